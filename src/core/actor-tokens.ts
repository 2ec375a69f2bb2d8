/**
 * Tokenizer of actor extraction (`actors.ts`, step 1): splits a sentence into
 * word tokens with absolute offsets, the possessive "'s" cut off, and the
 * cues a name run reads (capitalised, compound, gap before, sentence start).
 */

import { elided, particleName, upperStart } from './actor-names.js';
import { GIVEN_HYPHEN_RE, HYPHEN_LINKS, HYPHEN_LOWER_RE, KEEP_PERIOD, LETTER_RE, NOT_GIVEN_HYPHEN, SURNAME_SHAPE_RE, TOKEN_RE } from './actor-words.js';
import type { Gazetteer } from './gazetteer.js';

/** A word token of a sentence, with its absolute offsets and the cues a name run reads. */
export interface Tok {
  /** Token text without a possessive "'s". */
  t: string;
  /** Lower case, without a trailing period. */
  lo: string;
  s: number;
  e: number;
  poss: boolean;
  /** Can stand in a name: capitalised, or a particle-prefixed name ("al-Sudani"). */
  cap: boolean;
  /** Capitalised compound with a lower-case tail ("US-led", "Iraq-related"). */
  compound: boolean;
  /** Text between the previous token (or the sentence start) and this one. */
  gap: string;
  /** The gap is whitespace only (the token continues a phrase). */
  sp: boolean;
  /** First word of the sentence or of a quotation. */
  init: boolean;
  /** `lo` is a title or a title's modifier (`Gazetteer.titleish`: looked up once, read by many rules). */
  ti: boolean;
}

/** A gap of whitespace only, at least one character (`/^\s+$/`: `trim` strips what `\s` matches). */
const blank = (gap: string): boolean => gap !== '' && !gap.trim();

/** A comma and whitespace (`/^,\s+$/`): the gap of an apposition or a list. */
export const commaGap = (gap: string): boolean => gap.length > 1 && gap.trimEnd() === ',';

/** Whether `w` opens with a digit 0-9 (`/^\d/`, a cheap test before a regex of numbers). */
export const digitStart = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
};

/** A hyphenated name whose lower-case parts are links between capitalised ones ("Quaid-i-Azam"). */
const linked = (w: string): boolean => {
  const ps = w.split('-');
  return ps.length > 2 && ps.every((p, n) => (n && n < ps.length - 1 && HYPHEN_LINKS.has(p)) || (!!p && p[0] !== p[0]!.toLowerCase()));
};

/** An ASCII letter or digit: a token's character that the fast path of `tokenize` reads. */
const alnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/**
 * The end of the `TOKEN_RE` match that starts at `p` (an ASCII letter or digit), read with character tests; -1 when a
 * character above 127 (a letter or not), a "/" or a "+" decides where it ends: `TOKEN_RE` reads that match.
 */
const tokenEnd = (s: string, p: number): number => {
  for (let i = p + 1; ; i++) {
    const c = s.charCodeAt(i);
    if (alnum(c)) continue;
    if ((c > 127 && c !== 0x2019) || c === 47 || c === 43) return -1;
    // A joiner ("'", "’", ".", "&", "-") before more letters; else a final period.
    if (c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 45) {
      const d = s.charCodeAt(i + 1);
      if (alnum(d)) {
        i++;
        continue;
      }
      if (d > 127) return -1;
    }
    return c === 46 ? i + 1 : i;
  }
};

/** Splits one sentence into word tokens with absolute offsets (`g` gives the names, titles and stop words it reads). */
export const tokenize = (sentence: string, base: number, g: Gazetteer): Tok[] => {
  const { names, titles, stopWords, titleish } = g;
  const out: Tok[] = [];
  let prevEnd = 0;
  /** Whether the sentence has an apostrophe at all (most words have none: tested once). */
  const quotes = sentence.includes("'") || sentence.includes('’');
  const one = (t: string, start: number): void => {
    if (t.endsWith('.')) {
      const bare = t.slice(0, -1);
      // ("according to PowerOutage.us.": a web address ends before the sentence's period.)
      // ("stayed in Serie A.": a letter's period that ends the sentence after a name's word is its full stop.)
      if (!(bare.includes('.') || (LETTER_RE.test(bare) && !(start + t.length >= sentence.trimEnd().length && out[out.length - 1]?.cap && sentence[start - 1] === ' ')) || KEEP_PERIOD.has(bare.toLowerCase())) || /[^.]\.[a-z]{2,}$/.test(bare)) t = bare;
    }
    // (`/['’]s$/` as character tests.)
    // (No apostrophe in the sentence, no possessive.)
    const poss = quotes && t.length > 2 && t.endsWith('s') && "'’".includes(t[t.length - 2]!);
    const word = poss ? t.slice(0, -2) : t;
    const gap = sentence.slice(prevEnd, start);
    prevEnd = start + t.length;
    const lower = word.toLowerCase();
    // ("the 5-Star Movement": a number opening a capitalised compound.)
    const upper = word[0] !== lower[0] || (word[0]! <= '9' && /^\d+-[A-Z]/.test(word));
    const prevTok = out[out.length - 1];
    const compound =
      upper &&
      word.includes('-') &&
      HYPHEN_LOWER_RE.test(word) &&
      !titles.has(lower) &&
      !linked(word) &&
      // "Park Ji-won", "Kim Jong-un", "Tsai Ing-wen": a hyphenated East Asian given name after a short surname.
      !(gap === ' ' && prevTok && GIVEN_HYPHEN_RE.test(word) && SURNAME_SHAPE_RE.test(prevTok.t) && !prevTok.poss && !NOT_GIVEN_HYPHEN.has(lower.slice(0, lower.indexOf('-'))) && !NOT_GIVEN_HYPHEN.has(lower.slice(lower.indexOf('-') + 1)) && !stopWords.has(prevTok.lo));
    const quote = quotes && (word.includes("'") || word.includes('’'));
    const lo = lower.endsWith('.') ? lower.slice(0, -1) : lower;
    out.push({
      t: word,
      lo,
      s: base + start,
      e: base + start + word.length,
      poss,
      // ("I've", "Don't": a contraction is never a name.)
      // ("Côte d'Ivoire", "Valéry Giscard d'Estaing", "Conseil d'État": an elided particle before a capital.)
      cap: (upper || particleName(word) || (quote && upperStart(elided(word)))) && !compound && !(quote && /['’](?:ve|m|ll|d|re|t)$/.test(word)),
      compound,
      gap,
      sp: gap === ' ' || blank(gap),
      // ("SHAKHTINSK, Kazakhstan (AP) — Rescuers", "PRAGUE — Billionaire": a dateline's dash opens the story.)
      init: !out.length || (gap !== ' ' && (/[“"‘:(]\s*$/.test(gap) || (/^\)?\s*[—–]\s*$/.test(gap) && out[out.length - 1]!.t === out[out.length - 1]!.t.toUpperCase()))),
      ti: titleish.has(lo),
    });
  };
  // The matches of `TOKEN_RE`, read with character tests where every character is ASCII (most words), else with the
  // regex (`exec` on the shared regex, not `matchAll`: that clones the large regex for every sentence).
  const n = sentence.length;
  for (let q = 0; q < n; ) {
    const c = sentence.charCodeAt(q);
    if (c <= 127 && !alnum(c)) {
      q++;
      continue;
    }
    let at = q;
    let end = c <= 127 ? tokenEnd(sentence, q) : -1;
    if (end < 0) {
      TOKEN_RE.lastIndex = q;
      const m0 = TOKEN_RE.exec(sentence);
      if (!m0) break;
      at = m0.index!;
      end = at + m0[0].length;
    }
    q = end;
    const w0 = sentence.slice(at, end);
    // "Orlando-Newark routes", "US-China talks": a known place joined to another name by a hyphen is two names.
    const pair = w0.includes('-') ? /^([^-]+)-(?=[A-Z])/.exec(w0) : null;
    // (Not "the University of Wisconsin-Madison": a campus after "of" belongs to the name.)
    // (Nor "Hunga Tonga-Hunga Ha'apai", "Bosnia-Herzegovina's": an unknown name after the hyphen makes one name with the
    // known one, when a name's word comes before it or an "'s" after it.)
    const prev = out[out.length - 1];
    const kind = pair && !names.has(w0) && sentence.slice(at - 3, at) !== 'of ' && (names.has(w0.slice(pair[0].length)) || !(w0.endsWith("'s") || w0.endsWith('’s') || (prev?.cap && prev.e - base === at - 1))) ? names.get(pair[1]!)?.kind : undefined;
    if (kind === 'place' || kind === 'country') {
      one(pair![1]!, at);
      one(w0.slice(pair![0].length), at + pair![0].length);
    } else one(w0, at);
  }
  return out;
};