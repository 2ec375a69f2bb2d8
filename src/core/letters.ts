/**
 * Character classes for the builder's regular expressions, in place of Unicode property escapes.
 *
 * `\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{N}`, `\p{M}` are costly in V8: every regex using one spends 1.5-2.8 ms compiling
 * on first use (the cost is not shared between regexes), and src/core had ~60 of them, about a third of the
 * builder's cold start. An explicit class of ranges compiles in ~0.15 ms. The classes below equal those properties
 * restricted to the scripts English news text holds: U+0000-U+052F (Basic Latin, Latin-1, Latin Extended-A/B, IPA,
 * spacing modifiers, combining diacritics, Greek, Cyrillic, Cyrillic Supplement) and U+1E00-U+1FFF (Latin Extended
 * Additional, Greek Extended). Trade-off: letters and digits of other scripts (Arabic, Hebrew, CJK, Devanagari…),
 * rare in English news, are not letters or digits to the builder; they behave like punctuation or symbols.
 *
 * Each export is the body of a class, to put inside `[...]` of a regex with the `u` flag: `[${L}${N}]` means
 * `[\p{L}\p{N}]`. Build regexes once, at module level, with {@link re}. test/core/letters.test.ts checks every code
 * point of both blocks against the `\p{...}` it replaces.
 *
 * The classes are built once at module load (~0.3 ms) from the compact run lists below rather than shipped as a
 * ~3 KB literal: upper- and lower-case letters alternate code point by code point in the Latin Extended and Cyrillic
 * blocks, which a run list says in one entry ("every other code point from Ā to Ķ") but a class spells out in 400.
 */

/**
 * Runs of code points, space separated, numbers in base 36: `g` is the code point `g` after the end of the
 * previous run (0 = right after it; the first run counts from U+0000), `g-n` that one and the `n` after it, `g+n`
 * that one and every other code point `n` times (an alternating upper/lower run). So "1t-p 6-p" is U+0041-U+005A
 * (A-Z) then U+0061-U+007A (a-z); in {@link UPPER}, "x+r" after Þ is Ā Ă … Ķ.
 */
type RunList = string;

/** Letters (`\p{L}`) in the two blocks. */
const LETTERS: RunList =
  '1t-p 6-p 1b a 4 5-m 1-u 1-cp 4-b e-4 7 1 3l-4 1-1 2-3 1 6 1-2 1 1-j 1-2a 1-3u 8-4l 4wg-7p 2-5 2-11 2-5 2-7 1+3 ' +
  '0-t 2-1g 1-6 1 3-2 1-6 3-3 2-5 4-c 5-2 1-6';
/** Upper-case letters (`\p{Lu}`). */
const UPPER: RunList =
  '1t-p 2t-m 1-6 x+r 2+7 2+n 0+2 3-1 1 1-1 1-2 2-3 1-1 1-2 3-1 1-1 1+2 0 1 2 1-1 1-2 1 1-1 3 7 2 2 2+7 2+8 2 2 1-2 ' +
  '1+s 7-1 1-1 2 1-3 1+3 81 1 3 8 6 1-2 1 1-1 1-g 1-8 z 2-2 3+b 5 2 1-1 2-1e 1c+g 9+r 0+6 2+1b 4wh+22 9+1c 9-7 8-5 ' +
  'a-7 8-7 8-5 b+3 8-7 20-3 c-3 c-3 c-4 b-3';
/** Lower-case letters (`\p{Ll}`); not the caseless letters ª º ʰ ʼ ˈ ǀ ʔ (`\p{Lm}`, `\p{Lo}`). */
const LOWER: RunList =
  '2p-p 1m 15-n 1-7 1+r 0+8 0+n 2+2 0-1 2 1 2 3-1 4 2 3-2 2 2+2 2 1-1 1 2 3 1 2-1 2-2 6 2 2+8 0+9 0 2 1 3+t 0-5 2 ' +
  '2-1 1 4+4 0-1v 2-p 5d 1 3 3-2 i r-y 1-1 3-2 1+b 0-3 1 2 2-1 1f-1b 1+g 9+q 2+6 0+1c 4wh+22 0-7 1+1c 0-7 8-5 a-7 ' +
  '8-7 8-5 a-7 8-7 8-d 2-7 8-7 8-7 8-4 1-1 6 3-2 1-1 8-3 2-1 8-7 a-2 1-1';
/** Title-case letters (`\p{Lt}`): digraphs such as ǅ, Greek capitals with prosgegrammeni such as ᾈ. */
const TITLE: RunList = 'cl 2 2 12 5ud-7 8-7 8-7 c f 1b';

/** The class body of a {@link RunList}: `a-z` for a run of 3+, the code points one by one otherwise. */
function classBody(list: RunList): string {
  const char = String.fromCharCode;
  let body = '';
  let next = 0;
  for (const run of list.split(' ')) {
    // (indexOf, not a regex: compiling one would cost more than all the rest.)
    let sep = run.indexOf('-');
    if (sep < 0) sep = run.indexOf('+');
    const first = next + parseInt(sep < 0 ? run : run.slice(0, sep), 36);
    const n = sep < 0 ? 0 : parseInt(run.slice(sep + 1), 36);
    if (run[sep] === '+') {
      for (let k = 0; k <= n; k++) body += char(first + 2 * k);
      next = first + 2 * n + 1;
    } else {
      body += char(first) + (n > 1 ? '-' : '') + (n ? char(first + n) : '');
      next = first + n + 1;
    }
  }
  return body;
}

/** Letters, `\p{L}` in Latin, Greek and Cyrillic: A-Z, a-z, ª, µ, É, ß, Ł, ñ, Ş, ʼ, Ω, Ж… */
export const L: string = classBody(LETTERS);
/** Upper-case letters, `\p{Lu}` in Latin, Greek and Cyrillic: A-Z, É, Ł, Đ, Ş, Ω, Ж… (not title-case ǅ). */
export const Lu: string = classBody(UPPER);
/** Lower-case letters, `\p{Ll}` in Latin, Greek and Cyrillic: a-z, µ, é, ß, ł, ñ, ω, ж… (not ª º ʰ, which are Lm/Lo). */
export const Ll: string = classBody(LOWER);
/** Title-case letters, `\p{Lt}` in Latin and Greek: ǅ ǈ ǋ ǲ and Greek capitals with prosgegrammeni (ᾈ, ᾼ…). */
export const Lt: string = classBody(TITLE);
/** Numbers, `\p{N}` in those blocks: 0-9, superscripts ² ³ ¹ and fractions ¼ ½ ¾. */
export const N = '0-9\u00B2\u00B3\u00B9\u00BC-\u00BE';
/** Combining marks, `\p{M}` in those blocks: combining diacritics U+0300-U+036F and Cyrillic U+0483-U+0489. */
export const M = '\u0300-\u036F\u0483-\u0489';

/**
 * Tagged template building a RegExp from raw source with these classes interpolated, as a regex literal would read:
 * ``re('gu')`[${L}${N}]+(?:['’-][${L}${N}]+)*\.?` `` is `/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\.?/gu` (backslashes
 * are kept as written). Call it at module level: each call compiles a regex.
 */
export const re =
  (flags: string) =>
  (source: TemplateStringsArray, ...classes: string[]): RegExp =>
    new RegExp(String.raw(source, ...classes), flags);
