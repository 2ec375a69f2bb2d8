/**
 * Wrong answers for generated questions: same kind and same format as the
 * key, and false for the question as read from its source sentence. Also the
 * name-matching helpers (aliases, "does this prompt name X?") that questions
 * and the evaluation share, and the table of hedges ("more than", "about").
 * Pure: no DOM, no Node APIs.
 */

import type { Actor, NumberFact, Span } from './types.js';
import { shuffle, type Rng } from './random.js';
import { memo } from './memo.js';
import { daysInMonth, weekdayOf } from './date-math.js';
import { gazetteer } from './gazetteer.js';
import { L, Lu, N, re } from './letters.js';
import { MONTH_NAMES, TENS_NAMES, UNIT_NAMES, WEEKDAY_NAMES, valuesOf } from './lexicon.js';
import { ordinalSuffix, wordValue } from './number-words.js';

/** A distractor text with the value used to order the choices. */
export interface Distractor {
  text: string;
  order: number;
}

/** `[a, -a, b, -b, …]`: offsets on both sides of a value, nearest first. */
const both = (...steps: number[]): number[] => steps.flatMap((n) => [n, -n]);

/** Trimmed and lower-cased: how choices are compared for duplicates. */
const fold = (s: string): string => s.trim().toLowerCase();

// ---------------------------------------------------------------------------
// Name matching
// ---------------------------------------------------------------------------

/** A short all-capital acronym ("US", "IS", "CBO", "U.S.") without its dots, else undefined. */
function acronym(form: string): string | undefined {
  const bare = form.replace(/\./g, '');
  return bare.length <= 6 && /^[A-Z]{2,}$/.test(bare) ? bare : undefined;
}

/** A letter or a digit (one character). */
export const WORD_CHAR = re('u')`[${L}${N}]`;
const NON_LETTER_RE = re('gu')`[^${L}]`;
const LETTER_RUN_RE = re('gu')`[${L}]+`;
/** Starts with an upper-case letter. */
export const UPPER_START_RE = re('u')`^[${Lu}]`;

/** Whether `s[i]` is a letter or a digit ({@link WORD_CHAR}; false out of range), ASCII by a char test. */
function wordCharAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return c === c && WORD_CHAR.test(s[i]!);
}

/**
 * How many times `needle` stands in `hay` with no letter or digit before it
 * (nor after it, unless `open`), counting no further than `upTo`. Case-sensitive; 0 for an empty needle.
 */
export function countForm(hay: string, needle: string, open = false, upTo = Infinity): number {
  let n = 0;
  for (let i = needle ? hay.indexOf(needle) : -1; i >= 0 && n < upTo; i = hay.indexOf(needle, i + 1)) {
    if (!wordCharAt(hay, i - 1) && (open || !wordCharAt(hay, i + needle.length))) n++;
  }
  return n;
}

/**
 * A form prepared for searching: a test of a text (given with a getter of its
 * lower-case form). Acronyms match case-sensitively, other forms ignore case;
 * only forms of four letters or more match as a prefix.
 */
const formTest = memo((form: string) => {
  const f = form.trim();
  const exact = acronym(f) !== undefined;
  const needle = exact ? f : f.toLowerCase();
  const long = f.replace(NON_LETTER_RE, '').length >= 4;
  return (text: string, lower: () => string, prefix: boolean): boolean => countForm(exact ? text : lower(), needle, prefix && long, 1) > 0;
});

/** {@link containsForm} for one form and many texts: `(text) => containsForm(text, form, prefix)`, the form prepared once. */
export function formFinder(form: string, prefix = false): (text: string) => boolean {
  const test = formTest(form);
  return (text) => test(text, () => text.toLowerCase(), prefix);
}

/**
 * {@link containsForm} for one text and many forms: the text is lower-cased once, when a form first needs it.
 * (Not remembered across texts: most texts are searched once, and hashing them for a cache cost more.)
 */
export function formMatcher(text: string): (form: string, prefix?: boolean) => boolean {
  let lower: string | undefined;
  return (form, prefix = false) => formTest(form)(text, () => (lower ??= text.toLowerCase()), prefix);
}

/**
 * Whether `text` names `form` as a whole word (letters and digits do not
 * continue it on either side). Acronyms match case-sensitively, so "US" is
 * not found in "join us"; other forms ignore case. With `prefix`, a form of
 * four letters or more also matches the start of a longer word ("Iraq" in
 * "Iraqi"), which catches demonyms that give a country away.
 */
export function containsForm(text: string, form: string, prefix = false): boolean {
  return formMatcher(text)(form, prefix);
}

/** Every form an actor goes by: its name, then its aliases. */
export function formsOf(actor: Pick<Actor, 'name' | 'aliases'>): string[] {
  return [actor.name, ...actor.aliases].filter((f) => f.trim() !== '');
}

const MINOR_WORDS = new Set('of and the for de du la le al on in to &'.split(' '));

/** Normalised name → index of its group: names that stand for the same actor although no spelling rule links them. */
const SAME_ACTOR = new Map<string, number>(
  (
    'us,usa,united states,united states of america,america,washington;uk,united kingdom,britain,great britain,london;' +
    'un,united nations;eu,european union,brussels;is,isis,isil,islamic state,daesh;russia,russian federation,moscow;' +
    "china,people's republic of china,prc,beijing;pentagon,department of defense,us department of defense,defense department;" +
    'white house,us administration,administration'
  )
    .split(';')
    .flatMap((g, i) => g.split(',').map((n) => [n, i] as [string, number])),
);

/** A spelling prepared for comparison (short keys: these are compared by the thousand). */
interface NameKey {
  /** Normalised: lower case, no dots, no possessive, no leading "the", single spaces, between spaces. */
  p: string;
  /** Index of its SAME_ACTOR group, if any. */
  g: number | undefined;
  /** The acronym it is ("CBO", "US"), if it is one. */
  a: string | undefined;
  /** Initials of its significant words: "Congressional Budget Office" → "CBO". */
  i: string;
}

const nameKey = memo((s: string): NameKey => {
  const n = s
    .replace(/\./g, '')
    .replace(/[’']s$/u, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[\s\-–]+/gu, ' ')
    .trim();
  const i = s
    .split(/[\s\-–]+/u)
    .filter((w) => w && !MINOR_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return { p: n && ` ${n} `, g: SAME_ACTOR.get(n), a: acronym(s), i };
});

/** Whether `x`'s acronym stands for `y`'s significant words. */
const acronymOf = ({ a }: NameKey, { a: b, i }: NameKey): boolean =>
  !!a && !b && i.length >= 2 && (i === a || a.startsWith(i) || i.startsWith(a));

const sameKey = (x: NameKey, y: NameKey): boolean =>
  !!x.p &&
  !!y.p &&
  ((x.p.length <= y.p.length ? y.p.includes(x.p) : x.p.includes(y.p)) ||
    (x.g !== undefined && x.g === y.g) ||
    acronymOf(x, y) ||
    acronymOf(y, x));

/** Whether two spellings can name the same actor (equal, contained, acronym, known synonym). */
export function sameName(a: string, b: string): boolean {
  return sameKey(nameKey(a), nameKey(b));
}

type Named = readonly string[] | Pick<Actor, 'name' | 'aliases'>;

/** Prepared keys of an actor's forms, computed once per actor object. */
const actorKeys = new WeakMap<object, NameKey[]>();

function keysOf(forms: Named): NameKey[] {
  if (Array.isArray(forms)) return forms.map(nameKey);
  let keys = actorKeys.get(forms);
  if (!keys) actorKeys.set(forms, (keys = formsOf(forms as Actor).map(nameKey)));
  return keys;
}

/** Whether any form of `a` can name the same actor as any form of `b` (lists of spellings, or actors). */
export function isAliasOf(a: Named, b: Named): boolean {
  const kb = keysOf(b);
  return keysOf(a).some((x) => kb.some((y) => sameKey(x, y)));
}

// ---------------------------------------------------------------------------
// Format signatures
// ---------------------------------------------------------------------------

const NUMBER_WORDS: Record<string, number> = { ...valuesOf(UNIT_NAMES.slice(1), 1), ...valuesOf(TENS_NAMES, 20, 10), hundred: 100, dozen: 12 };
const WORDY = /^[a-z]+$/i;

const WEEKDAYS: readonly string[] = WEEKDAY_NAMES;
const MONTHS: readonly string[] = MONTH_NAMES;
/** `\b(?:a|b|…)\b` */
const words = (list: readonly string[]): string => `\\b(?:${list.join('|')})\\b`;
/** Month abbreviations written with a period ("Jan.", "Sept."); "May." is its full name. */
const MONTH_ABBR = '\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.';
/** A word that may be a number word (all are 3 to 9 letters): {@link shapeOf} looks it up. */
const NUMBER_WORD_RE = /\b[a-z]{3,9}\b/giu;
const WEEKDAY_RE = new RegExp(words(WEEKDAYS), 'g');
const MONTH_RE = new RegExp(words(MONTHS), 'g');
const MONTH_ABBR_RE = new RegExp(MONTH_ABBR, 'g');

/** A figure: digits grouped by spaces ("430 000": a 1-3 digit head, then groups of exactly three), or by commas. */
const FIGURE = '\\d{1,3}(?:[\\u0020\\u00a0\\u202f]\\d{3})+(?![\\d,])(?:\\.\\d+)?|\\d[\\d,]*(?:\\.\\d+)?';
const FIGURE_RE = new RegExp(FIGURE, 'g');
const FIRST_FIGURE_RE = new RegExp(FIGURE);

/**
 * The shape of an answer text, for "same format" checks: digits become `D`,
 * number words `W` (capitalised) or `w`, weekdays `WD`, months `M`, years `Y`.
 * "$368bn" and "$38m" → "$Dx", "2,500", "900" and "1.75 million" → "D", "two" → "w", "30 September 2004" → "D M Y".
 */
export const shapeOf: (text: string) => string = memo((text: string): string =>
  // Placeholders first (no word characters, so `\b` still sees the digits beside them). Weekday and month names are
  // capitalised: a text without a capital (most figures) skips their patterns.
  (/[A-Z]/.test(text) ? text.replace(WEEKDAY_RE, '\u0001').replace(MONTH_ABBR_RE, '\u0003').replace(MONTH_RE, '\u0002') : text)
    .replace(/\b(1[5-9]\d\d|20\d\d)\b(?![,.]\d)/g, '\u0004')
    .replace(FIGURE_RE, 'D')
    // A scale is magnitude, not format: "$800 million" and "$1.1 billion", "650,000" and "1.75 million" are one; an
    // abbreviated scale is a format of its own: "$800m" and "$1.1bn" are one ("$Dx"), "$1.1 billion" is another.
    .replace(/(D) (?:million|billion|trillion)\b/g, '$1')
    .replace(/(D)(?:bn|tn|mn)\b|([$£€¥]D)m\b/g, '$1$2x')
    // (A number word in any case: `/iu` also folds "ſ" to "s".)
    .replace(NUMBER_WORD_RE, (w) => (Object.hasOwn(NUMBER_WORDS, w.toLowerCase().replaceAll('ſ', 's')) ? (UPPER_START_RE.test(w) ? 'W' : 'w') : w))
    .replace(/[\u0001-\u0004]/g, (c) => ['WD', 'M', 'm', 'Y'][c.charCodeAt(0) - 1]!),
);

// ---------------------------------------------------------------------------
// Hedges
// ---------------------------------------------------------------------------

/**
 * Hedge → what it says of the figure (1: a lower bound, so a smaller
 * distractor would also be true; -1: an upper bound; 0: roughly) and the start
 * of its "how many" question, if it has one. Groups "bound stem:hedge|hedge".
 */
const HEDGES = new Map<string, [1 | -1 | 0, string | undefined]>();
for (const group of (
  '0About:about|around|approximately|roughly|some|an estimated|estimated;0Nearly:nearly|almost|close to;' +
  '1More than:more than|over;1At least:at least;-1Fewer than:fewer than|less than|under;-1Up to:up to;' +
  '1:upwards of|in excess of|above|greater than|no fewer than|no less than;-1:at most|below|no more than|as many as|as much as'
).split(';')) {
  const [, bound, stem, list] = /^(-?\d)([^:]*):(.*)$/.exec(group)!;
  for (const h of list!.split('|')) HEDGES.set(h, [Number(bound) as 1 | -1 | 0, stem ? `${stem} how many` : undefined]);
}

/**
 * The hedge written right before a figure, lower-cased: "More than " → "more than" (`/\b(hedge)\s+$/i` without
 * compiling a regex of every hedge); '' for none.
 */
export function hedgeBefore(text: string): string {
  const t = text.trimEnd();
  let found = '';
  if (t === text) return found;
  // (Lower-cased once; a text whose length that changes is compared piece by piece, as the hedges are ASCII.)
  const lower = t.toLowerCase();
  const same = lower.length === t.length;
  // The longest that fits (the regex's leftmost match), standing as a whole word.
  for (const h of HEDGES.keys()) {
    if (h.length > found.length && (same ? lower.endsWith(h) : t.slice(-h.length).toLowerCase() === h) && !/\w$/.test(t.slice(0, -h.length))) found = h;
  }
  return found;
}

/** What {@link HEDGES} says of a hedge; undefined for none. */
const hedgeOf = (hedge: string | undefined): [1 | -1 | 0, string | undefined] | undefined => {
  const h = fold(hedge ?? '');
  return h ? (HEDGES.get(h) ?? [0, undefined]) : undefined;
};

/** Whether a hedge bounds the figure from below (`1`), above (`-1`), roughly or otherwise (`0`), or not at all (`null`). */
export function hedgeDirection(hedge: string | undefined): 1 | -1 | 0 | null {
  return hedgeOf(hedge)?.[0] ?? null;
}

/** "How many", "About how many", "Nearly how many", … or undefined for a hedge with no question form. */
export function howMany(hedge: string | undefined): string | undefined {
  const h = hedgeOf(hedge);
  return h ? h[1] : 'How many';
}

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

const CLEAN_FIGURE_RE = new RegExp(`^[$£€¥]?\\s?(?:${FIGURE})(\\s?(%|per ?cent|bn|m|k|tn|billion|million|trillion|thousand))?$`, 'i');

/** Whether a number span is a clean figure a reader can pick from a list ("2,500", "$368bn", "40%", "two"). */
export function isCleanNumberText(text: string): boolean {
  const t = text.trim();
  if (WORDY.test(t)) return t.toLowerCase() in NUMBER_WORDS;
  return CLEAN_FIGURE_RE.test(t);
}

/**
 * Plausible neighbours of a displayed figure (±1..3 for small counts, scaled
 * and rounded for the rest), alternating below and above the figure from a
 * seeded side, so that the key is not always the largest or smallest choice.
 */
function perturbations(shown: number, isPercent: boolean, rng: Rng): number[] {
  const s = String(shown);
  const dot = s.indexOf('.');
  const places = dot < 0 ? 0 : s.length - dot - 1;
  const int = Number.isInteger(shown);
  // Round like the figure: to its decimals, or to its two leading digits when it ends in zeros.
  const step = places > 0 ? 10 ** -places : int && /0$/.test(s) ? 10 ** Math.max(0, String(Math.floor(shown)).length - 2) : 1;
  const all = isPercent
    ? (shown <= 10 ? [...both(1, 2, 3), 5] : both(5, 10, 15, 20)).map((d) => Number((shown + d).toFixed(places))).filter((v) => v <= 100)
    : int && shown <= 12
      ? [...both(1, 2, 3), 4].map((d) => shown + d)
      : [0.75, 1.25, 0.6, 1.5, 0.5, 1.4, 2, 3].map((f) => Number((Math.round((shown * f) / step) * step).toFixed(places)));
  const below = all.filter((v) => v > 0 && v < shown);
  const above = all.filter((v) => v > shown);
  const out: number[] = [];
  for (let up = rng() < 0.5; below.length > 0 || above.length > 0; up = !up) {
    out.push(((up && above.length > 0) || below.length === 0 ? above : below).shift()!);
  }
  return out;
}

/** What {@link numberDistractors} needs to know. */
export interface NumberDistractorInput {
  key: NumberFact;
  /** The other numbers of the key's sentence. */
  siblings: readonly NumberFact[];
  /** Every number the article states (the key among them is ignored). */
  all: readonly NumberFact[];
  /** The question text: a distractor that stands in it is never offered. */
  prompt: string;
  /** Renders a value in the format of an example fact (numbers.ts `formatLike`). */
  format: (value: number, example: NumberFact) => string;
  rng: Rng;
  /** How many distractors to find (3 gives 4 choices). */
  want?: number;
}

const heads = new WeakMap<NumberFact, string>();

/** The counted noun's head, singular and lower case ("US soldiers" → "soldier"), computed once per fact. */
function headOf(fact: NumberFact): string {
  if (!fact.counts) return '';
  let head = heads.get(fact);
  if (head === undefined) {
    const last = (fact.counts ?? '').replace(/\([^)]*\)/g, ' ').toLowerCase().match(LETTER_RUN_RE)?.pop() ?? '';
    heads.set(fact, (head = last.length > 3 ? last.replace(/e?s$/, '') : last));
  }
  return head;
}

/** A scale word one step down: "trillion" → "billion"; "" for plain digits. */
const SCALE_DOWN: Record<string, string> = { trillion: ' billion', billion: ' million', million: '', tn: 'bn', bn: 'm', m: '', mn: '' };

/**
 * A figure below one of its scale word ("0.65 million", "$0.8bn") in the next scale down ("650,000", "$800m"),
 * as a writer would put it; undefined for any other text.
 */
function scaledDown(text: string): string | undefined {
  const m = /(?<![\d.,])0\.(\d+)\s?(trillion|billion|million|tn|bn|mn|m)\b/.exec(text);
  if (!m) return undefined;
  const down = SCALE_DOWN[m[2]!]!;
  const n = Number((Number(`0.${m[1]}`) * (down ? 1000 : 1e6)).toFixed(Math.max(0, m[1]!.length - (down ? 3 : 6))));
  const digits = down ? String(n) : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${text.slice(0, m.index)}${digits}${down}${text.slice(m.index + m[0].length)}`;
}

/** After a figure, the whole it is part of: " of the past five", " of its 25", " of 9". */
const PART_OF_RE = /^ of (?:(?:the|its|their|his|her|our|[A-Za-z]+['’]s) )?(?:(?:past|last|next|first|remaining) )?(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b/;

/**
 * Up to `want` wrong figures for a number question, in the key's format:
 * sibling figures of the sentence and their sums first, then other figures of
 * the article with the same unit, then rounded neighbours. Never the key's
 * value, never a figure that would also be true for a bounded hedge ("more
 * than 60" rules out anything below 60), never one printed in the prompt.
 */
export function numberDistractors(input: NumberDistractorInput, articleText: string): Distractor[] {
  const { key, rng, prompt, want = 3 } = input;
  const { text: keyText, value } = key;
  const digits = FIRST_FIGURE_RE.exec(keyText)?.[0];
  const isWord = WORDY.test(keyText.trim());
  // The number as printed ("$368bn" → 368, "430 000" → 430000, "two" → 2).
  const shown = digits ? Number(digits.replace(/[^\d.]/g, '')) : isWord ? NUMBER_WORDS[keyText.trim().toLowerCase()] : undefined;
  if (shown === undefined || !(value > 0)) return [];
  const scale = value / shown;
  const unit = key.unit ?? '';
  const direction = hedgeDirection(key.hedge);
  const keyShape = shapeOf(keyText);
  const isPercent = unit === '%' || /%|per ?cent/i.test(keyText);
  // A part of a whole ("four of the past five years", "14 of the island's 25 districts"): no figure above the whole.
  const of = articleText.startsWith(' of ', key.end) ? PART_OF_RE.exec(articleText.slice(key.end, key.end + 40))?.[1] : undefined;
  const whole = of && (wordValue(of) ?? Number(of.replace(/,/g, '')));
  // "will receive $9.5 million of the penalty" after "a $38 million civil penalty": the smallest larger figure
  // the article counts with the key's noun is the whole, which no distractor reaches. (A share's whole is 100%.)
  const keyHead = headOf(key);
  const ofWhole =
    keyHead && !isPercent && articleText.startsWith(' of ', key.end)
      ? Math.min(...input.all.filter((f) => f !== key && f.value > value && (f.unit ?? '') === unit && headOf(f) === keyHead).map((f) => f.value))
      : Infinity;

  const plausible = (v: number): boolean => {
    const ratio = v / value;
    return (
      v > 0 &&
      Number.isFinite(v) &&
      Math.abs(v - value) >= 1e-9 * Math.max(1, value) &&
      ratio <= 10 &&
      ratio >= 0.1 &&
      !(isWord && v / scale > 20) &&
      // "350 million" has no neighbour "1,350 million": a writer moves up a scale ("1.35 billion").
      !(scale >= 1e6 && /\d\s?(?:million|billion|m|bn|mn)\b/i.test(keyText) && v / scale >= 1000) &&
      !(Number.isInteger(shown) && !Number.isInteger(Number((v / scale).toFixed(6)))) &&
      // A share ("81% of members") has no sum of shares for a neighbour: 131% would be plainly wrong.
      !(isPercent && shown <= 100 && v / scale > 100) &&
      !(whole && whole > shown && v / scale > whole) &&
      v < ofWhole &&
      !(direction === 1 && v < value * 1.2) &&
      !(direction === -1 && v > value * 0.8) &&
      !(direction === 0 && Math.abs(ratio - 1) < 0.2)
    );
  };

  // Money and percentages compare by unit; plain counts also need the same counted noun.
  const keyMoney = /[$£€¥]/.test(keyText);
  const keyPercent = keyText.includes('%');
  const comparable = (f: NumberFact): boolean =>
    (f.unit ?? '') === unit &&
    /[$£€¥]/.test(f.text) === keyMoney &&
    f.text.includes('%') === keyPercent &&
    (keyMoney || keyPercent || (keyHead !== '' && headOf(f) === keyHead));
  // Not a restatement of the key in brackets: "2,500 (2,400)". (One in another unit is not comparable.)
  const siblings = input.siblings.filter(
    (s) => s !== key && comparable(s) && !/^\s*[([]\s*$/.test(articleText.slice(Math.min(s.end, key.end), Math.max(s.start, key.start))),
  );
  const near = siblings.filter((s) => s.value / value <= 5 && s.value / value >= 0.2);
  const perturbed: number[] = [];
  const tiers: number[][] = [
    siblings.map((s) => s.value),
    near.length > 0 ? [near.reduce((sum, s) => sum + s.value, value), ...near.flatMap((s) => [Math.abs(value - s.value), value + s.value])] : [],
    input.all
      .filter((f) => f !== key && !siblings.includes(f) && f.sentence !== key.sentence && comparable(f) && isCleanNumberText(f.text))
      .map((f) => f.value),
    perturbed,
  ];
  for (const p of perturbations(shown, isPercent, rng)) perturbed.push(p * scale);

  // A figure the prompt shows (in whatever spelling) is no fair distractor.
  const shownValues = input.siblings.filter((s) => s !== key && containsForm(prompt, s.text)).map((s) => s.value);
  const out: Distractor[] = [];
  const seen = new Set([fold(keyText)]);
  for (const tier of tiers) {
    // Perturbations closest to the key come first, so the result stays plausible. Shuffled lazily: the
    // generator is shared, so a tier never reached must not draw from it.
    for (const v of tier === perturbed ? tier : shuffle(tier, rng)) {
      if (out.length >= want) return out;
      if (!plausible(v) || shownValues.includes(v)) continue;
      let text: string;
      try {
        text = input.format(v, key);
      } catch {
        continue;
      }
      // ("1.75 million" beside "650,000", not "0.65 million".)
      const down = shown >= 1 && v / scale < 1 ? scaledDown(text) : undefined;
      if (down) text = down;
      const f = fold(text);
      if (!f || seen.has(f) || shapeOf(text) !== keyShape || containsForm(prompt, text)) continue;
      seen.add(f);
      out.push({ text, order: v });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

/** The parts of a date span that can be swapped for same-format distractors. */
export interface DateParts {
  /** What the span is: a weekday, a year, a month (maybe with a year), a day of a month. */
  format: 'weekday' | 'year' | 'month' | 'month-year' | 'day-month' | 'day-month-year';
  weekday?: number;
  /** 0-11 */
  month?: number;
  day?: number;
  year?: number;
  /** True when the month is written abbreviated ("Jan.") */
  abbreviated?: boolean;
  /** True when the span holds words other than the date itself ("late December", "the 2005 fiscal year"). */
  qualified: boolean;
}

/** Date parts to write into a key's text instead of its own. */
type DateTo = Pick<DateParts, 'weekday' | 'month' | 'day' | 'year'>;

/** One date token: groups 1-4 are a weekday, a month (full, or abbreviated with a period), a year, a day. */
const DATE_TOKEN_RE = new RegExp(
  `(${words(WEEKDAYS)})|(${words(MONTHS)}|${MONTH_ABBR})|(\\b(?:1[5-9]\\d\\d|20\\d\\d)\\b)|(\\b(?:[12]?\\d|3[01])(?:st|nd|rd|th)?\\b)`,
  'g',
);

/**
 * Reads a date span into swappable parts, or `undefined` when it holds no
 * concrete weekday, month or year, or more than one date (a range, a time).
 */
export const parseDateParts: (text: string) => DateParts | undefined = memo((text: string): DateParts | undefined => {
  const t = text.trim();
  if (/\d\s*(?:a\.?m\b|p\.?m\b|:)/i.test(t) || /\b(?:to|until|through|and|or)\b|[–-]\s*\d/.test(t)) return undefined;
  const parts: Partial<DateParts> = {};
  let rest = t;
  let count = 0;
  for (const [token, weekday, month, year, day] of t.matchAll(DATE_TOKEN_RE)) {
    count++;
    const part = weekday ? 'weekday' : month ? 'month' : year ? 'year' : 'day';
    if (parts[part] !== undefined) return undefined;
    parts[part] = weekday
      ? WEEKDAYS.indexOf(weekday)
      : month
        ? MONTHS.findIndex((m) => m.startsWith(month.slice(0, 3)))
        : Number.parseInt(year ?? day!, 10);
    if (month) parts.abbreviated = month.endsWith('.');
    rest = rest.replace(token, ' ');
  }
  if (count === 0 || /\d/.test(rest)) return undefined;
  const { weekday, month, day, year } = parts;
  const hasDay = day !== undefined;
  const hasYear = year !== undefined;
  const format: DateParts['format'] | undefined =
    weekday !== undefined
      ? month === undefined && !hasYear && !hasDay
        ? 'weekday'
        : undefined
      : month !== undefined
        ? (`${hasDay ? 'day-' : ''}month${hasYear ? '-year' : ''}` as DateParts['format'])
        : hasYear && !hasDay
          ? 'year'
          : undefined;
  return format && ({ ...parts, format, qualified: rest.replace(/[\s,.]+/g, '') !== '' } as DateParts);
});

/** The key text with its date parts replaced: format, spacing and qualifiers stay as written. */
function rewriteDate(text: string, abbreviated: boolean | undefined, to: DateTo): string {
  const { weekday: w, month: m, year: y, day: d } = to;
  return text.replace(DATE_TOKEN_RE, (token, weekday?: string, month?: string, year?: string): string =>
    weekday
      ? w === undefined
        ? token
        : WEEKDAYS[w]!
      : month
        ? m === undefined
          ? token
          : // AP style: March to July are never abbreviated; September is "Sept."
            !abbreviated || (m >= 2 && m <= 6)
            ? MONTHS[m]!
            : m === 8
              ? 'Sept.'
              : `${MONTHS[m]!.slice(0, 3)}.`
        : year
          ? y === undefined
            ? token
            : String(y)
          : d === undefined
            ? token
            : token
                .replace(/^\d+/, String(d))
                .replace(/(st|nd|rd|th)$/, ordinalSuffix(d)),
  );
}

/** What {@link dateDistractors} needs to know. */
export interface DateDistractorInput {
  /** The key's text as written ("Friday", "September 2003"). */
  text: string;
  /** The key's resolved date, when known (`2024-01-04`, `2023-12`, `2017`). */
  iso: string | null;
  /** Publication date `YYYY-MM-DD`, when known. */
  datePublished?: string;
  /** Other date spans of the article: same-format siblings make the best distractors. */
  siblings: readonly { text: string; iso: string | null }[];
  prompt: string;
  /** Only earlier dates may stand beside the key ("since 1948": a later year could also be true). */
  earlierOnly?: boolean;
  /** Only later dates may stand beside the key ("between 2020 and 2024" asking 2024: 2019 would end before it began). */
  laterOnly?: boolean;
  rng: Rng;
  want?: number;
}

/** `[year, month, day]` of a `YYYY-MM-DD` publication date, or undefined. */
const pubOf = (datePublished: string | undefined): number[] | undefined =>
  /^(\d{4})-(\d\d)-(\d\d)$/.exec(datePublished ?? '')?.slice(1).map(Number);

/**
 * Sortable number of a date in a format: a weekday as days before publication
 * (−6 … 0, or Monday-first without one), a month (0-11), a month index
 * (year × 12 + month), a year, or year × 10000 + month × 100 + day.
 */
function orderOf(p: DateTo, format: DateParts['format'], pub: number[] | undefined): number {
  const { weekday: w, month: m, year: y, day: d } = p;
  return format === 'weekday'
    ? pub
      ? -((weekdayOf(pub[0]!, pub[1]!, pub[2]!) - w! + 7) % 7)
      : (w! + 6) % 7
    : format === 'month'
      ? m!
      : format === 'year'
        ? y!
        : format === 'month-year'
          ? y! * 12 + m!
          : (y ?? 0) * 10000 + (m! + 1) * 100 + d!;
}

/**
 * Up to `want` wrong dates in the key's exact format: a weekday beside the
 * weekdays of the week before publication, a year beside nearby years (never
 * after publication for a past event), a month beside neighbouring months.
 * Same-format dates the article mentions elsewhere come first.
 */
export function dateDistractors(input: DateDistractorInput): Distractor[] | undefined {
  const parts = parseDateParts(input.text);
  if (!parts) return undefined;
  const { text, rng, datePublished, iso } = input;
  const { format, weekday, month, day, year, abbreviated } = parts;
  const pub = pubOf(datePublished);
  const order = (p: DateTo): number => orderOf({ ...parts, ...p }, format, pub);
  // A past event's distractors never lie after publication (years and months of a year only).
  const limit =
    pub && iso !== null && iso <= datePublished! && (format === 'year' || format === 'month-year')
      ? order({ year: pub[0], month: pub[1]! - 1 })
      : undefined;
  const keyOrder = order({});
  /** Candidates by tier: the article's own dates, near neighbours, far ones. */
  const tiers: Distractor[][] = [[], [], []];
  const add = (to: DateTo, tier: number): void => {
    tiers[tier]!.push({ text: rewriteDate(text, abbreviated, to), order: order(to) });
  };
  // Tier of a candidate `d` steps from the key: 1 within `near` steps, else 2.
  const addNear = (to: DateTo | undefined, d: number, near: number): void => {
    if (to) add(to, Math.abs(d) <= near ? 1 : 2);
  };
  if (!format.startsWith('day')) {
    for (const s of input.siblings) {
      const p = parseDateParts(s.text);
      if (p?.format === format && !(format === 'year' && Math.abs(p.year! - year!) > 15)) add(p, 0);
    }
  }
  if (format === 'weekday') {
    // With a publication date, the week up to it (the days a past weekday can name), nearest the key's day first.
    const back = pub ? order({}) : 0;
    for (const d of pub ? [0, 1, 2, 3, 4, 5, 6].map((b) => -back - b) : both(1, 2, 3)) {
      addNear({ weekday: (weekday! + d + 7) % 7 }, d, 2);
    }
  } else {
    const byMonth = format[0] === 'm';
    const dayOnly = !byMonth && (abbreviated || format === 'day-month');
    // Offsets to try, and how many of them count as near.
    const [steps, near] =
      format === 'year' ? [both(1, 2, 3, 4, 5), 3] : byMonth ? [both(1, 2, 3, 4), 2] : dayOnly ? [both(1, 2, 3, 7), 3] : [both(1, 2, 3), 2];
    for (const d of shuffle(steps, rng)) {
      // Month indexes (year × 12 + month), a year of 2001 standing in for none.
      const idx = (year ?? 2001) * 12 + month! + d;
      const m = idx % 12;
      const y = Math.floor(idx / 12);
      const to = day! + d;
      addNear(
        format === 'year'
          ? { year: year! + d }
          : byMonth
            ? { month: m, year: y }
            : dayOnly
              ? to >= 1 && to <= daysInMonth(year ?? 2001, month! + 1)
                ? { day: to }
                : undefined
              : { month: m, year: y, day: Math.min(day!, daysInMonth(y, m + 1)) },
        d,
        near,
      );
    }
  }

  const out: Distractor[] = [];
  const keyShape = shapeOf(text);
  const seen = new Set([fold(text)]);
  for (const tier of tiers) {
    for (const c of shuffle(tier, rng)) {
      const f = fold(c.text);
      if (
        out.length < (input.want ?? 3) &&
        !seen.has(f) &&
        shapeOf(c.text) === keyShape &&
        !(limit !== undefined && c.order > limit) &&
        !(input.earlierOnly && format !== 'weekday' && c.order >= keyOrder) &&
        !(input.laterOnly && format !== 'weekday' && c.order <= keyOrder) &&
        !containsForm(input.prompt, c.text)
      ) {
        seen.add(f);
        out.push(c);
      }
    }
  }
  return out;
}

/** The sort order of the key date among its distractors (see {@link dateDistractors}). */
export function dateKeyOrder(input: Pick<DateDistractorInput, 'text' | 'datePublished'>): number {
  const parts = parseDateParts(input.text);
  return parts ? orderOf(parts, parts.format, pubOf(input.datePublished)) : 0;
}

// ---------------------------------------------------------------------------
// Actors
// ---------------------------------------------------------------------------

/** Built-in fillers, used only when the article has too few actors of the key's kind. */
const POOL: Partial<Record<Actor['kind'], string[]>> = {
  country: (
    'France|Germany|Russia|China|Japan|India|Brazil|Canada|Australia|Italy|Spain|Turkey|Egypt|Saudi Arabia|Israel|' +
    'Pakistan|Mexico|South Africa|Nigeria|Poland|Ukraine|Jordan|Kuwait|Lebanon|Indonesia|Argentina|Sweden|Kenya'
  ).split('|'),
  organization: (
    'United Nations|Nato|European Union|World Health Organization|International Monetary Fund|World Bank|Red Cross|' +
    'World Trade Organization|African Union|Amnesty International'
  ).split('|'),
};

/** Names of international bodies, beside which the built-in organisations are fair fillers. */
const INTERNATIONAL = /\b(?:International|World|United Nations|UN|European|African|Arab|Nato|NATO|Atlantic|Global|Interpol|Opec|OPEC|G7|G20)\b/;

/** Whether `name` is a country the builder knows, so "Which country …?" is safe to ask. */
export function isKnownCountry(name: string): boolean {
  return gazetteer().names.get(name.trim())?.kind === 'country';
}

/** What {@link actorDistractors} needs to know. */
export interface ActorDistractorInput {
  key: Actor;
  actors: readonly Actor[];
  /** The question text: an actor named in it is never offered. */
  prompt: string;
  /** The whole article body: a built-in filler the article names is never offered. */
  articleText: string;
  /** Whether a mention stands in the article body (not page furniture); actors seen only in furniture are never offered. */
  inBody?: (mention: Span) => boolean;
  /** {@link actorCandidates} of the key, when already computed (they do not depend on the prompt). */
  candidates?: readonly Actor[];
  rng: Rng;
  want?: number;
}

const UPPER_RE = re('u')`[${Lu}]`;
/** A pronoun or a determiner opening a sentence, which an extractor may take for a name. */
const NOT_NAME_RE = /^(?:Wh(?:o|at|ich)ever|(?:Any|Every|Some|No)(?:one|body))$/;

/** A plural of capitals ("B&Bs", "NGOs", "MPs"): a common noun, no actor. */
const CAPS_PLURAL_RE = /^[A-Z][A-Z&.]*[A-Z]s$/;
/** What follows a name standing alone after "the": a mark, a possessive, a verb ("restored", "says", "said", "has"). */
const THE_NAME_NEXT_RE = /^(?:[,.;:)'’]|\s+(?:[a-z]+(?:ed|s)|said|has|had|is|was|will|would|can|could|may|might|must)\b)/;
/** A word of a telecoms or broadcasting company in many languages: "Telekom", "Telecom", "Telekomunikasi", "Televisa". */
const TELE_RE = /^Tele[ckfv]/;

/**
 * Whether an actor makes a fair choice (or key): not a possessive of a known name ("Edinburgh's") nor a plural of capitals
 * ("B&Bs"); a person whose name looks like a person's: not named after "the" ("the Cineteca di Bologna"), not
 * abbreviated to its initials ("Aceitera General Deheza (AGD)"), no company word in it ("Dayamitra
 * Telekomunikasi"). `text` is the article's text, which the mentions' offsets count in; `actors`, the article's
 * actors (a possessive of one is no other).
 */
export function fairActor(a: Actor, text?: string, actors: readonly Actor[] = []): boolean {
  const name = a.name.trim();
  // ("Edinburgh's" beside "Edinburgh"; not "Moody's", "Christie's", "St Michael's".)
  const stem = /^(.+)['’]s$/.exec(name)?.[1];
  if ((stem && (gazetteer().names.has(stem) || actors.some((x) => x.name !== a.name && formsOf(x).includes(stem)))) || CAPS_PLURAL_RE.test(name)) return false;
  // No name: no capital ("agriculture ministry"), one letter ("X"), a pronoun ("Whoever"), demonyms ("French-Saudi").
  if (!UPPER_RE.test(name) || name.length < 2 || ((name.endsWith('ever') || name.endsWith('one') || name.endsWith('body')) && NOT_NAME_RE.test(name)) || name.split('-').every(gazetteer().isDemonym)) return false;
  if (a.kind !== 'person') return true;
  const words = name.split(/\s+/);
  if (words.length < 2) return true;
  const initials = words.map((w) => w[0]).join('');
  const { companyHeads, firstNames } = gazetteer();
  return !(
    words.some((w, i) => i > 0 && (TELE_RE.test(w) || (companyHeads.has(w) && w !== 'Steel'))) ||
    // (A known given name keeps it: "John F. Kennedy (JFK)".)
    (a.aliases.includes(initials) && !firstNames.has(words[0]!)) ||
    // ("the Cineteca di Bologna restored", not "the Donald Trump administration", "the Zaha Hadid-designed".)
    (text !== undefined &&
      a.mentions.some(
        (m) => m.text === a.name && /^(?:the|The) $/.test(text.slice(m.start - 4, m.start)) && THE_NAME_NEXT_RE.test(text.slice(m.end, m.end + 20)),
      ))
  );
}

/**
 * The article's other actors that may stand beside `key`: same kind, named in
 * the body, no alias of the key, {@link fairActor} (with the article's `text`). Independent of the prompt, so callers trying
 * several prompts for one key compute it once.
 */
export function actorCandidates(key: Actor, actors: readonly Actor[], inBody: (mention: Span) => boolean = () => true, text?: string): Actor[] {
  // A nickname the text gives an actor ("… who goes by the alias "El Profe"") is that actor: never beside it, nor
  // beside the key as a second choice for one person.
  const nicknames = text !== undefined && mayNameNickname(text) ? actors.flatMap((a) => nicknamesOf(a, text).map((n) => [a, n] as const)) : [];
  const nickname = (a: Actor): boolean => nicknames.some(([, n]) => n === a.name) || nicknames.some(([x, n]) => x === a && n === key.name);
  return actors.filter(
    (a) => a !== key && a.kind === key.kind && !isAliasOf(a, key) && !WIRE_AGENCY_RE.test(a.name) && !nickname(a) && !(text !== undefined && a.mentions.every((m) => text.charAt(m.start - 1) === '.')) && a.mentions.some(inBody) && fairActor(a, text, actors),
  );
}

/** A news agency: the story's source, not one of its actors, so no fair wrong choice. */
const WIRE_AGENCY_RE = /^(?:AP|Associated Press|The Associated Press|Reuters|AFP|Agence France-Presse|PTI|Press Trust of India|ANI|IANS|UNI|dpa|Bernama|Yonhap|Kyodo)$/;

/** Words that may introduce a nickname (see {@link NICKNAME_RE}). */
const NICKNAME_HINT_RE = /alias|known as|nicknamed|goes by|went by|dubbed|nom de/i;

/** Whether an article's text holds a word of {@link NICKNAME_HINT_RE} (cached: asked once for every actor question). */
const mayNameNickname = memo((text: string): boolean => NICKNAME_HINT_RE.test(text), 8);

/** "Hernán Quiñones, who goes by the alias "El Profe"": a nickname the text gives right after a key's mention. */
const NICKNAME_RE = /^[^.;]{0,40}?\b(?:(?:goes|went) by|known as|nicknamed|dubbed|alias(?:es)?|nom de guerre)(?:\s+(?:the\s+|a\s+)?(?:alias|nickname|name|nom de guerre))?\s+["“‘']?([^"”’',.;()]{2,40})/i;

/** Names the text gives `key` as a nickname or alias (see {@link NICKNAME_RE}), trimmed. */
function nicknamesOf(key: Actor, text: string): string[] {
  const out: string[] = [];
  for (const m of key.mentions) {
    const after = text.slice(m.end, m.end + 100);
    // (Cheap pre-check: most mentions are followed by no such word.)
    if (!NICKNAME_HINT_RE.test(after)) continue;
    const n = NICKNAME_RE.exec(after)?.[1]?.trim();
    if (n) out.push(n);
  }
  return out;
}

/**
 * Up to `want` other actors of the key's kind, by their fullest name: never an
 * alias of the key, never one named in the prompt. People with a full name sit
 * beside people with a full name. Only when the article has too few, a small
 * built-in list of countries or international organisations fills in.
 */
export function actorDistractors(input: ActorDistractorInput): Distractor[] {
  const { key, rng, want = 3 } = input;
  const inPrompt = formMatcher(input.prompt);
  const ok = (forms: string[]): boolean => !forms.some((f) => inPrompt(f, true));
  const others = (input.candidates ?? actorCandidates(key, input.actors, input.inBody, input.articleText)).filter((a) => ok(formsOf(a)));
  // A one-word name beside full names of people (or the reverse) stands out: such a choice only makes up the
  // two a question needs. (Not for other kinds: "UNICEF" beside "World Health Organization" tells nothing.)
  const many = (name: string): boolean => /\S\s+\S/.test(name.trim());
  const similar = (name: string): boolean => key.kind !== 'person' || many(name) === many(key.name);
  // International organisations only stand beside an international organisation.
  const pool = key.kind === 'organization' && !INTERNATIONAL.test(key.name) ? [] : (POOL[key.kind] ?? []);
  const out: Distractor[] = [];
  const chosen: Named[] = [];
  const take = (text: string, forms: Named): void => {
    if (out.length < want && !chosen.some((c) => isAliasOf(c, forms))) {
      chosen.push(forms);
      out.push({ text, order: out.length });
    }
  };
  for (const a of shuffle(others.filter((a) => similar(a.name)), rng)) take(a.name, a);
  const unlike = shuffle(others.filter((a) => !similar(a.name)), rng);
  // (Two or more unlike choices do not stand out: they fill a four-choice set.)
  const fill = unlike.length >= 2 && want - out.length >= 2 ? want : 2;
  for (const a of unlike) if (out.length < fill) take(a.name, a);
  if (out.length < want) {
    const inArticle = formMatcher(input.articleText);
    for (const name of shuffle(pool, rng)) {
      const forms = [name];
      if (out.length < (similar(name) ? want : 2) && ok(forms) && !isAliasOf(forms, key) && !inArticle(name, true) && !input.actors.some((a) => isAliasOf(a, forms))) take(name, forms);
    }
  }
  // A one-word "person" alone beside full names ("Maersk") would be guessed from its shape (and is seldom a person).
  return key.kind !== 'person' || out.some((d) => similar(d.text)) ? out : [];
}
