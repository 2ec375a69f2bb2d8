/**
 * Wrong answers for generated questions: same kind and same format as the
 * key, and false for the question as read from its source sentence. Also the
 * name-matching helpers (aliases, "does this prompt name X?") that questions
 * and the evaluation share. Pure: no DOM, no Node APIs.
 */

import type { Actor, ActorKind, NumberFact, Span } from './types.js';
import type { Rng } from './random.js';
import { shuffle } from './random.js';
import { memo } from './memo.js';
import { daysInMonth as monthDays } from './date-math.js';
import { MONTH_NAMES, TENS_NAMES, UNIT_NAMES, WEEKDAY_NAMES, valuesOf } from './lexicon.js';

/** A distractor text with the value used to order the choices. */
export interface Distractor {
  text: string;
  order: number;
}

/** `[a, -a, b, -b, …]`: offsets on both sides of a value, nearest first. */
const both = (...steps: number[]): number[] => steps.flatMap((n) => [n, -n]);

// ---------------------------------------------------------------------------
// Name matching
// ---------------------------------------------------------------------------

/** A short all-capital acronym ("US", "IS", "CBO", "U.S.") without its dots, else undefined. */
function acronym(form: string): string | undefined {
  const bare = form.replace(/\./g, '');
  return bare.length <= 6 && /^[A-Z]{2,}$/.test(bare) ? bare : undefined;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `needle` stands in `hay` with no letter or digit before it (nor after it, unless `open`). */
function findForm(hay: string, needle: string, open: boolean): boolean {
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (!WORD_CHAR.test(hay[i - 1] ?? '') && (open || !WORD_CHAR.test(hay[i + needle.length] ?? ''))) return true;
  }
  return false;
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
  const long = f.replace(/[^\p{L}]/gu, '').length >= 4;
  return (text: string, lower: () => string, prefix: boolean): boolean =>
    needle !== '' && findForm(exact ? text : lower(), needle, prefix && long);
});

/** Lower-case forms of the texts searched most recently (prompts, the article). */
const lowerOf = memo((text: string) => text.toLowerCase(), 64);

/** {@link containsForm} for one text and many forms: the text is lower-cased once. */
export function formMatcher(text: string): (form: string, prefix?: boolean) => boolean {
  let lower: string | undefined;
  const low = (): string => (lower ??= lowerOf(text));
  return (form, prefix = false) => formTest(form)(text, low, prefix);
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
  /** Normalised: lower case, no dots, no possessive, no leading "the", single spaces. */
  n: string;
  /** `n` between spaces, for whole-word containment. */
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
  return { n, p: ` ${n} `, g: SAME_ACTOR.get(n), a: acronym(s), i };
});

function sameKey(x: NameKey, y: NameKey): boolean {
  return (
    !!x.n &&
    !!y.n &&
    ((x.n.length <= y.n.length ? y.p.includes(x.p) : x.p.includes(y.p)) ||
      (x.g !== undefined && x.g === y.g) ||
      acronymOf(x, y) ||
      acronymOf(y, x))
  );
}

/** Whether `acr` is an acronym of `other`'s significant words. */
function acronymOf({ a }: NameKey, { a: b, i }: NameKey): boolean {
  return !!a && !b && i.length >= 2 && (i === a || a.startsWith(i) || i.startsWith(a));
}

/** Whether two spellings can name the same actor (equal, contained, acronym, known synonym). */
export function sameName(a: string, b: string): boolean {
  return sameKey(nameKey(a), nameKey(b));
}

/** Prepared keys of an actor's forms, computed once per actor object. */
const actorKeys = new WeakMap<Pick<Actor, 'name' | 'aliases'>, NameKey[]>();

function keysOf(forms: readonly string[] | Pick<Actor, 'name' | 'aliases'>): NameKey[] {
  if (Array.isArray(forms)) return (forms as readonly string[]).map(nameKey);
  const actor = forms as Pick<Actor, 'name' | 'aliases'>;
  let keys = actorKeys.get(actor);
  if (!keys) actorKeys.set(actor, (keys = formsOf(actor).map(nameKey)));
  return keys;
}

/** Whether any form of `a` can name the same actor as any form of `b` (lists of spellings, or actors). */
export function isAliasOf(
  a: readonly string[] | Pick<Actor, 'name' | 'aliases'>,
  b: readonly string[] | Pick<Actor, 'name' | 'aliases'>,
): boolean {
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
const NUMBER_WORD_RE = new RegExp(words(Object.keys(NUMBER_WORDS)), 'giu');
const WEEKDAY_RE = new RegExp(words(WEEKDAYS), 'g');
const MONTH_RE = new RegExp(words(MONTHS), 'g');
const MONTH_ABBR_RE = new RegExp(MONTH_ABBR, 'g');

/**
 * The shape of an answer text, for "same format" checks: digits become `D`,
 * number words `W` (capitalised) or `w`, weekdays `WD`, months `M`, years `Y`.
 * "$368bn" → "$Dbn", "2,500" and "900" → "D", "two" → "w", "30 September 2004" → "D M Y".
 */
export const shapeOf: (text: string) => string = memo((text: string): string =>
  text
    // Placeholders first (no word characters, so `\b` still sees the digits beside them).
    .replace(WEEKDAY_RE, '\u0001')
    .replace(MONTH_ABBR_RE, '\u0003')
    .replace(MONTH_RE, '\u0002')
    .replace(/\b(1[5-9]\d\d|20\d\d)\b(?![,.]\d)/g, '\u0004')
    .replace(/\d[\d,]*(\.\d+)?/g, 'D')
    .replace(NUMBER_WORD_RE, (w) => (/^\p{Lu}/u.test(w) ? 'W' : 'w'))
    .replace(/[\u0001-\u0004]/g, (c) => ['WD', 'M', 'm', 'Y'][c.charCodeAt(0) - 1]!),
);

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

/** Hedges that state a lower bound: a smaller distractor would also be true. */
const LOWER_BOUND = /^(more than|over|at least|upwards of|in excess of|above|greater than|no fewer than|no less than)$/i;
/** Hedges that state an upper bound: a larger distractor would also be true. */
const UPPER_BOUND = /^(less than|fewer than|under|up to|at most|below|no more than|as many as|as much as)$/i;

/** Whether a hedge bounds the figure from below (`1`), above (`-1`), roughly or otherwise (`0`), or not at all (`null`). */
export function hedgeDirection(hedge: string | undefined): 1 | -1 | 0 | null {
  const h = (hedge ?? '').trim();
  return !h ? null : LOWER_BOUND.test(h) ? 1 : UPPER_BOUND.test(h) ? -1 : 0;
}

/** The number as printed in the span ("$368bn" → 368, "2,500" → 2500, "two" → 2), if readable. */
export function displayedNumber(text: string): number | undefined {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(text);
  if (digits) return Number(digits[0].replace(/,/g, ''));
  const t = text.trim();
  return WORDY.test(t) ? NUMBER_WORDS[t.toLowerCase()] : undefined;
}

/** Whether a number span is a clean figure a reader can pick from a list ("2,500", "$368bn", "40%", "two"). */
export function isCleanNumberText(text: string): boolean {
  const t = text.trim();
  if (WORDY.test(t)) return t.toLowerCase() in NUMBER_WORDS;
  return /^[$£€¥]?\s?\d[\d,]*(\.\d+)?(\s?(%|per ?cent|bn|m|k|tn|billion|million|trillion|thousand))?$/i.test(t);
}

/**
 * Plausible neighbours of a displayed figure (±1..3 for small counts, scaled
 * and rounded for the rest), alternating below and above the figure from a
 * seeded side, so that the key is not always the largest or smallest choice.
 */
function perturbations(shown: number, isPercent: boolean, rng: Rng): number[] {
  const all = neighbours(shown, isPercent);
  const below = all.filter((v) => v < shown);
  const above = all.filter((v) => v > shown);
  const out: number[] = [];
  for (let up = rng() < 0.5; below.length > 0 || above.length > 0; up = !up) {
    out.push(((up && above.length > 0) || below.length === 0 ? above : below).shift()!);
  }
  return out;
}

function neighbours(shown: number, isPercent: boolean): number[] {
  const s = String(shown);
  const dot = s.indexOf('.');
  const places = dot < 0 ? 0 : s.length - dot - 1;
  if (isPercent) {
    return (shown <= 10 ? [...both(1, 2, 3), 5] : both(5, 10, 15, 20))
      .map((d) => Number((shown + d).toFixed(places)))
      .filter((v) => v > 0 && v <= 100);
  }
  const int = Number.isInteger(shown);
  if (int && shown <= 12) return [...both(1, 2, 3), 4].map((d) => shown + d).filter((v) => v > 0);
  // Round like the figure: to its decimals, or to its two leading digits when it ends in zeros.
  const step = places > 0 ? 10 ** -places : int && /0$/.test(s) ? 10 ** Math.max(0, String(Math.floor(shown)).length - 2) : 1;
  return [0.75, 1.25, 0.6, 1.5, 0.5, 1.4, 2, 3]
    .map((f) => Number((Math.round((shown * f) / step) * step).toFixed(places)))
    .filter((v) => v > 0 && v !== shown);
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
  let head = heads.get(fact);
  if (head === undefined) {
    const words = (fact.counts ?? '').replace(/\([^)]*\)/g, ' ').toLowerCase().match(/\p{L}+/gu) ?? [];
    const last = words[words.length - 1] ?? '';
    heads.set(fact, (head = last.length > 3 ? last.replace(/(?:es|s)$/, '') : last));
  }
  return head;
}

/** True when one figure restates the other in brackets or another unit: "$368bn (£197bn)". */
export function isConversionOf(sibling: NumberFact, key: NumberFact, text: string): boolean {
  const [a, b] = sibling.start < key.start ? [sibling, key] : [key, sibling];
  const between = text.slice(a.end, b.start);
  return /^\s*[([]\s*$/.test(between) || /^\s*(,|or|about|around|roughly)?\s*$/i.test(between) && (sibling.unit ?? '') !== (key.unit ?? '');
}

const CURRENCY = /[$£€¥]/;

/**
 * Up to `want` wrong figures for a number question, in the key's format:
 * sibling figures of the sentence and their sums first, then other figures of
 * the article with the same unit, then rounded neighbours. Never the key's
 * value, never a figure that would also be true for a bounded hedge ("more
 * than 60" rules out anything below 60), never one printed in the prompt.
 */
export function numberDistractors(input: NumberDistractorInput, articleText: string): Distractor[] {
  const { key, rng, prompt } = input;
  const { text: keyText, value } = key;
  const want = input.want ?? 3;
  const shown = displayedNumber(keyText);
  if (shown === undefined || !(value > 0)) return [];
  const scale = value / shown;
  const unit = key.unit ?? '';
  const isWord = WORDY.test(keyText.trim());
  const direction = hedgeDirection(key.hedge);
  const keyShape = shapeOf(keyText);

  const plausible = (v: number): boolean => {
    const ratio = v / value;
    return (
      v > 0 &&
      Number.isFinite(v) &&
      Math.abs(v - value) >= 1e-9 * Math.max(1, value) &&
      ratio <= 10 &&
      ratio >= 0.1 &&
      !(isWord && v / scale > 20) &&
      !(Number.isInteger(shown) && !Number.isInteger(Number((v / scale).toFixed(6)))) &&
      !(direction === 1 && v < value * 1.2) &&
      !(direction === -1 && v > value * 0.8) &&
      !(direction === 0 && Math.abs(ratio - 1) < 0.2)
    );
  };

  // Money and percentages compare by unit; plain counts also need the same counted noun.
  const keyHead = headOf(key);
  const keyMoney = /[$£€¥%]/.test(keyText);
  const comparable = (f: NumberFact): boolean =>
    (f.unit ?? '') === unit &&
    CURRENCY.test(f.text) === CURRENCY.test(keyText) &&
    /%/.test(f.text) === /%/.test(keyText) &&
    (keyMoney || (keyHead !== '' && headOf(f) === keyHead));
  const siblings = input.siblings.filter((s) => s !== key && comparable(s) && !isConversionOf(s, key, articleText));
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
  for (const p of perturbations(shown, unit === '%' || /%|per ?cent/i.test(keyText), rng)) perturbed.push(p * scale);

  // A figure the prompt shows (in whatever spelling) is no fair distractor.
  const shownValues = input.siblings.filter((s) => s !== key && containsForm(prompt, s.text)).map((s) => s.value);
  const out: Distractor[] = [];
  const seen = new Set<string>([keyText.trim().toLowerCase()]);
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
      const fold = text.trim().toLowerCase();
      if (!text.trim() || seen.has(fold) || shapeOf(text) !== keyShape || containsForm(prompt, text)) continue;
      seen.add(fold);
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

const MONTH_INDEX = new Map<string, number>([['sept', 8]]);
MONTHS.forEach((m, i) => MONTH_INDEX.set(m.toLowerCase(), i).set(m.slice(0, 3).toLowerCase(), i));

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
        ? MONTH_INDEX.get(month.replace('.', '').toLowerCase())
        : year
          ? Number(year)
          : Number.parseInt(day!, 10);
    if (month) parts.abbreviated = month.endsWith('.');
    rest = rest.replace(token, ' ');
  }
  if (count === 0 || /\d/.test(rest)) return undefined;
  const qualified = rest.replace(/[\s,.]+/g, '') !== '';
  const { weekday, month, day, year } = parts;
  const hasDay = day !== undefined;
  const hasYear = year !== undefined;
  let format: DateParts['format'];
  if (weekday !== undefined) {
    if (month !== undefined || hasYear || hasDay) return undefined;
    format = 'weekday';
  } else if (month !== undefined) {
    format = `${hasDay ? 'day-' : ''}month${hasYear ? '-year' : ''}` as DateParts['format'];
  } else if (hasYear && !hasDay) {
    format = 'year';
  } else {
    return undefined;
  }
  return { ...parts, format, qualified } as DateParts;
});

/** `YYYY-MM-DD` of a publication date, matched, or null. */
function pubOf(datePublished: string | undefined): RegExpExecArray | null {
  return datePublished ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(datePublished) : null;
}

/** Day of the week (0 = Sunday) of a `YYYY-MM-DD` match, by Sakamoto's method (no Date objects). */
function weekdayOf(m: RegExpExecArray): number {
  let y = Number(m[1]);
  const month = Number(m[2]);
  if (month < 3) y -= 1;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4][month - 1]! + Number(m[3])) % 7;
}

/** The key text with its date parts replaced: format, spacing and qualifiers stay as written. */
function rewriteDate(text: string, abbreviated: boolean | undefined, to: DateTo): string {
  return text.replace(DATE_TOKEN_RE, (token, weekday?: string, month?: string, year?: string): string => {
    const { weekday: w, month: m, year: y, day: d } = to;
    if (weekday) return w === undefined ? token : WEEKDAYS[w]!;
    if (month) {
      if (m === undefined) return token;
      const full = MONTHS[m]!;
      // AP style: March to July are never abbreviated; September is "Sept."
      return !abbreviated || (m >= 2 && m <= 6) ? full : m === 8 ? 'Sept.' : `${full.slice(0, 3)}.`;
    }
    if (year) return y === undefined ? token : String(y);
    return d === undefined ? token : token.replace(/^\d+/, String(d)).replace(/(st|nd|rd|th)$/, ordinalSuffix(d));
  });
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
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
  rng: Rng;
  want?: number;
}

/** Sortable number for a day of a month (0-11) of a year: good enough to order choices. */
function dateOrder(year: number, month: number, day: number): number {
  return year * 10000 + (month + 1) * 100 + day;
}

/** Tier of a candidate `d` steps from the key: 1 within `near` steps, else 2. */
const tierOf = (d: number, near: number): number => (Math.abs(d) <= near ? 1 : 2);

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
  // A past event's distractors never lie after publication (years and months of a year only).
  const limit =
    pub && iso !== null && iso <= datePublished!
      ? format === 'year'
        ? Number(pub[1])
        : format === 'month-year'
          ? Number(pub[1]) * 12 + Number(pub[2]) - 1
          : undefined
      : undefined;
  const keyOrder = dateKeyOrder(input);
  /** Candidates by tier: the article's own dates, near neighbours, far ones. */
  const tiers: Distractor[][] = [[], [], []];
  const add = (to: DateTo, tier: number, order: number): void => {
    tiers[tier]!.push({ text: rewriteDate(text, abbreviated, to), order });
  };
  const siblings = input.siblings.map((s) => parseDateParts(s.text)).filter((p): p is DateParts => p?.format === format);

  if (format === 'weekday') {
    for (const s of siblings) add({ weekday: s.weekday }, 0, weekdayOrderOf(s.weekday!, pub));
    if (pub) {
      // The week up to publication: the days a past weekday can name, nearest the key's day first.
      const pubDay = weekdayOf(pub);
      const keyBack = (pubDay - weekday! + 7) % 7;
      for (let back = 0; back <= 6; back++) add({ weekday: (pubDay - back + 7) % 7 }, tierOf(back - keyBack, 2), -back);
    } else {
      for (const d of both(1, 2, 3)) add({ weekday: (weekday! + d + 7) % 7 }, tierOf(d, 2), d);
    }
  } else if (format === 'year') {
    for (const s of siblings) if (Math.abs(s.year! - year!) <= 15) add({ year: s.year }, 0, s.year!);
    for (const d of shuffle(both(1, 2, 3, 4, 5), rng)) add({ year: year! + d }, tierOf(d, 3), year! + d);
  } else if (format === 'month' || format === 'month-year') {
    // Month indexes (year × 12 + month), a year of 2001 standing in for none.
    for (const s of siblings) add({ month: s.month, year: s.year }, 0, (s.year ?? 2001) * 12 + s.month!);
    for (const d of shuffle(both(1, 2, 3, 4), rng)) {
      const idx = (year ?? 2001) * 12 + month! + d;
      add({ month: idx % 12, year: Math.floor(idx / 12) }, tierOf(d, 2), year === undefined ? idx % 12 : idx);
    }
  } else if (abbreviated || format === 'day-month') {
    // Keep the month, move the day: "Jan. 6" → "Jan. 3", "Jan. 9".
    const len = monthDays(year ?? 2001, month! + 1);
    for (const d of shuffle(both(1, 2, 3, 7), rng)) {
      const to = day! + d;
      if (to >= 1 && to <= len) add({ day: to }, tierOf(d, 3), dateOrder(year ?? 0, month!, to));
    }
  } else {
    for (const d of shuffle(both(1, 2, 3), rng)) {
      const idx = year! * 12 + month! + d;
      const m = idx % 12;
      const y = Math.floor(idx / 12);
      const to = Math.min(day!, monthDays(y, m + 1));
      add({ month: m, year: y, day: to }, tierOf(d, 2), dateOrder(y, m, to));
    }
  }

  const out: Distractor[] = [];
  const keyShape = shapeOf(text);
  const seen = new Set<string>([text.trim().toLowerCase()]);
  for (const tier of tiers) {
    for (const c of shuffle(tier, rng)) {
      if (out.length >= (input.want ?? 3)) break;
      const fold = c.text.trim().toLowerCase();
      if (seen.has(fold) || shapeOf(c.text) !== keyShape || (limit !== undefined && c.order > limit)) continue;
      if (input.earlierOnly && format !== 'weekday' && c.order >= keyOrder) continue;
      if (containsForm(input.prompt, c.text)) continue;
      seen.add(fold);
      out.push(c);
    }
  }
  return out;
}

/** Orders weekdays as days before publication (−6 … 0), or Monday-first without one. */
function weekdayOrderOf(weekday: number, pub: RegExpExecArray | null): number {
  return pub ? -((weekdayOf(pub) - weekday + 7) % 7) : (weekday + 6) % 7;
}

/** The sort order of the key date among its distractors (see {@link dateDistractors}). */
export function dateKeyOrder(input: Pick<DateDistractorInput, 'text' | 'datePublished' | 'iso' | 'siblings' | 'prompt' | 'rng'>): number {
  const parts = parseDateParts(input.text);
  if (!parts) return 0;
  const { format, month, year } = parts;
  return format === 'weekday'
    ? weekdayOrderOf(parts.weekday!, pubOf(input.datePublished))
    : format === 'month'
      ? month!
      : format === 'month-year'
        ? year! * 12 + month!
        : format === 'year'
          ? year!
          : dateOrder(year ?? 0, month!, parts.day!);
}

// ---------------------------------------------------------------------------
// Actors
// ---------------------------------------------------------------------------

/** Built-in fillers, used only when the article has too few actors of the key's kind. */
const POOL_COUNTRIES =
  'France|Germany|Russia|China|Japan|India|Brazil|Canada|Australia|Italy|Spain|Turkey|Egypt|Saudi Arabia|Israel|' +
  'Pakistan|Mexico|South Africa|Nigeria|Poland|Ukraine|Jordan|Kuwait|Lebanon|Indonesia|Argentina|Sweden|Kenya';
const POOL: Partial<Record<ActorKind, string[]>> = {
  country: POOL_COUNTRIES.split('|'),
  organization: (
    'United Nations|Nato|European Union|World Health Organization|International Monetary Fund|World Bank|Red Cross|' +
    'World Trade Organization|African Union|Amnesty International'
  ).split('|'),
};

/** Names of international bodies, beside which the built-in organisations are fair fillers. */
const INTERNATIONAL = /\b(?:International|World|United Nations|UN|European|African|Arab|Nato|NATO|Atlantic|Global|Interpol|Opec|OPEC|G7|G20)\b/;

/** Country names (lower case) the builder may call "a country" in a question stem. */
const COUNTRIES = new Set(
  (
    `${POOL_COUNTRIES}|US|U.S.|USA|United States|America|UK|U.K.|Britain|Great Britain|United Kingdom|Iraq|Iran|Syria|` +
    'Afghanistan|Yemen|Libya|Qatar|Oman|Bahrain|United Arab Emirates|UAE|North Korea|South Korea|Taiwan|Vietnam|' +
    'Thailand|Philippines|Malaysia|Singapore|Bangladesh|Sri Lanka|Nepal|Ireland|Scotland|Wales|England|Netherlands|' +
    'Belgium|Switzerland|Austria|Greece|Portugal|Norway|Denmark|Finland|Hungary|Romania|Czech Republic|Serbia|' +
    'Belarus|Georgia|Armenia|Azerbaijan|Kazakhstan|Cuba|Venezuela|Colombia|Chile|Peru|Ethiopia|Sudan|Somalia|Ghana|' +
    'Zimbabwe|Morocco|Algeria|Tunisia|New Zealand|Palestine|Gaza'
  )
    .toLowerCase()
    .split('|'),
);

/** Whether `name` is a country the builder knows, so "Which country …?" is safe to ask. */
export function isKnownCountry(name: string): boolean {
  return COUNTRIES.has(name.trim().toLowerCase());
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

/**
 * The article's other actors that may stand beside `key`: same kind, named in
 * the body, no alias of the key. Independent of the prompt, so callers trying
 * several prompts for one key compute it once.
 */
export function actorCandidates(key: Actor, actors: readonly Actor[], inBody: (mention: Span) => boolean = () => true): Actor[] {
  return actors.filter((a) => a !== key && a.kind === key.kind && !isAliasOf(a, key) && a.mentions.some(inBody));
}

/**
 * Up to `want` other actors of the key's kind, by their fullest name: never an
 * alias of the key, never one named in the prompt. People with a full name sit
 * beside people with a full name. Only when the article has too few, a small
 * built-in list of countries or international organisations fills in.
 */
export function actorDistractors(input: ActorDistractorInput): Distractor[] {
  const { key, rng } = input;
  const want = input.want ?? 3;
  const inPrompt = formMatcher(input.prompt);
  const inArticle = formMatcher(input.articleText);
  const ok = (forms: string[]): boolean => !forms.some((f) => inPrompt(f, true));
  const others = (input.candidates ?? actorCandidates(key, input.actors, input.inBody)).filter((a) => ok(formsOf(a)));
  const fullName = (a: Actor): boolean => a.name.trim().split(/\s+/).length >= 2;
  const similar = (a: Actor): boolean => key.kind !== 'person' || fullName(a) === fullName(key);
  const out: Distractor[] = [];
  const chosen: string[][] = [];
  const take = (text: string, forms: string[]): void => {
    chosen.push(forms);
    out.push({ text, order: out.length });
  };
  for (const a of [...shuffle(others.filter(similar), rng), ...shuffle(others.filter((a) => !similar(a)), rng)]) {
    if (out.length >= want) break;
    if (!chosen.some((c) => isAliasOf(c, a))) take(a.name, formsOf(a));
  }
  // International organisations only stand beside an international organisation.
  const pool = key.kind === 'organization' && !INTERNATIONAL.test(key.name) ? undefined : POOL[key.kind];
  if (out.length < want && pool) {
    for (const name of shuffle(pool, rng)) {
      if (out.length >= want) break;
      const forms = [name];
      if (!ok(forms) || isAliasOf(forms, key) || inArticle(name, true)) continue;
      if (chosen.some((c) => isAliasOf(c, forms)) || input.actors.some((a) => isAliasOf(a, forms))) continue;
      take(name, forms);
    }
  }
  return out;
}
