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

// ---------------------------------------------------------------------------
// Name matching
// ---------------------------------------------------------------------------

/** True for short all-capital acronyms ("US", "IS", "CBO", "U.S."), matched case-sensitively. */
function isAcronym(form: string): boolean {
  const bare = form.replace(/\./g, '');
  return bare.length <= 6 && /^[A-Z]{2,}$/.test(bare);
}

/**
 * Whether `text` names `form` as a whole word (letters and digits do not
 * continue it on either side). Acronyms match case-sensitively, so "US" is
 * not found in "join us"; other forms ignore case. With `prefix`, a form of
 * four letters or more also matches the start of a longer word ("Iraq" in
 * "Iraqi"), which catches demonyms that give a country away.
 */
export function containsForm(text: string, form: string, prefix = false): boolean {
  const f = formInfo(form);
  return f.needle !== '' && findForm(f.acronym ? text : lowerOf(text), f.needle, prefix && f.long);
}

/** A form prepared for searching: trimmed (and lower-cased unless an acronym); `long` for four letters or more. */
const formInfo = memo((form: string): { needle: string; acronym: boolean; long: boolean } => {
  const f = form.trim();
  const acronym = isAcronym(f);
  return { needle: acronym ? f : f.toLowerCase(), acronym, long: f.replace(NON_LETTER, '').length >= 4 };
});

/** Whether `needle` stands in `hay` with no letter or digit before it (nor after it, unless `open`). */
function findForm(hay: string, needle: string, open: boolean): boolean {
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (!isWordChar(hay[i - 1]) && (open || !isWordChar(hay[i + needle.length]))) return true;
  }
  return false;
}

/** Lower-case forms of the texts searched most recently (prompts, the article). */
const lowerOf = memo((text: string) => text.toLowerCase(), 64);

/** {@link containsForm} for one text and many forms: the text is lower-cased once. */
export function formMatcher(text: string): (form: string, prefix?: boolean) => boolean {
  let lower: string | undefined;
  return (form, prefix = false) => {
    const f = formInfo(form);
    return f.needle !== '' && findForm(f.acronym ? text : (lower ??= text.toLowerCase()), f.needle, prefix && f.long);
  };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const NON_LETTER = /[^\p{L}]/gu;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** Every form an actor goes by: its name, then its aliases. */
export function formsOf(actor: Pick<Actor, 'name' | 'aliases'>): string[] {
  return [actor.name, ...actor.aliases].filter((f) => f.trim() !== '');
}

/** Lower case, no dots, no leading "the", single spaces. */
function normalName(s: string): string {
  return s
    .replace(/\./g, '')
    .replace(/[’']s$/u, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[\s\-–]+/gu, ' ')
    .trim();
}

const MINOR_WORDS = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'la', 'le', 'al', 'on', 'in', 'to', '&']);

/** Initials of the significant words: "Congressional Budget Office" → "CBO". */
function initials(s: string): string {
  return s
    .split(/[\s\-–]+/u)
    .filter((w) => w && !MINOR_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** Names that stand for the same actor although no spelling rule links them. */
const SAME_ACTOR_GROUPS: string[][] = [
  ['us', 'usa', 'united states', 'united states of america', 'america', 'washington'],
  ['uk', 'united kingdom', 'britain', 'great britain', 'london'],
  ['un', 'united nations'],
  ['eu', 'european union', 'brussels'],
  ['is', 'isis', 'isil', 'islamic state', 'daesh'],
  ['russia', 'russian federation', 'moscow'],
  ['china', "people's republic of china", 'prc', 'beijing'],
  ['pentagon', 'department of defense', 'us department of defense', 'defense department'],
  ['white house', 'us administration', 'administration'],
];
/** Normalised name → index of its group in SAME_ACTOR_GROUPS. */
const SAME_ACTOR = new Map<string, number>(SAME_ACTOR_GROUPS.flatMap((g, i) => g.map((n) => [n, i] as [string, number])));

/** A spelling prepared for comparison. */
interface NameKey {
  /** Normalised: lower case, no dots, no leading "the". */
  norm: string;
  /** The normalised form between spaces, for whole-word containment. */
  pad: string;
  /** Index of its group in SAME_ACTOR_GROUPS, if any. */
  group: number | undefined;
  /** The acronym it is ("CBO", "US"), if it is one. */
  acronym: string | undefined;
  /** Initials of its significant words. */
  initials: string;
}

const nameKey = memo((s: string): NameKey => {
  const norm = normalName(s);
  return { norm, pad: ` ${norm} `, group: SAME_ACTOR.get(norm), acronym: isAcronym(s) ? s.replace(/\./g, '') : undefined, initials: initials(s) };
});

function sameKey(x: NameKey, y: NameKey): boolean {
  if (!x.norm || !y.norm) return false;
  if (x.norm === y.norm) return true;
  if (x.norm.length <= y.norm.length ? y.pad.includes(x.pad) : x.pad.includes(y.pad)) return true;
  if (x.group !== undefined && x.group === y.group) return true;
  return acronymOf(x, y) || acronymOf(y, x);
}

/** Whether `acr` is an acronym of `other`'s significant words. */
function acronymOf(acr: NameKey, other: NameKey): boolean {
  if (!acr.acronym || other.acronym) return false;
  const ini = other.initials;
  return ini.length >= 2 && (ini === acr.acronym || acr.acronym.startsWith(ini) || ini.startsWith(acr.acronym));
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
  if (!keys) {
    keys = formsOf(actor).map(nameKey);
    actorKeys.set(actor, keys);
  }
  return keys;
}

/** Whether any form of `a` can name the same actor as any form of `b` (lists of spellings, or actors). */
export function isAliasOf(
  a: readonly string[] | Pick<Actor, 'name' | 'aliases'>,
  b: readonly string[] | Pick<Actor, 'name' | 'aliases'>,
): boolean {
  const ka = keysOf(a);
  const kb = keysOf(b);
  return ka.some((x) => kb.some((y) => sameKey(x, y)));
}

// ---------------------------------------------------------------------------
// Format signatures
// ---------------------------------------------------------------------------

const NUMBER_WORDS: Record<string, number> = { ...valuesOf(UNIT_NAMES.slice(1), 1), ...valuesOf(TENS_NAMES, 20, 10), hundred: 100, dozen: 12 };
const NUMBER_WORD_RE = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'giu');

const WEEKDAYS: readonly string[] = WEEKDAY_NAMES;
const MONTHS: readonly string[] = MONTH_NAMES;
const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept?', 'Oct', 'Nov', 'Dec'];
const WEEKDAY_RE = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g');
const MONTH_RE = new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g');
const MONTH_ABBR_RE = new RegExp(`\\b(${MONTH_ABBR.join('|')})\\.`, 'g');

/**
 * The shape of an answer text, for "same format" checks: digits become `D`,
 * number words `W` (capitalised) or `w`, weekdays `WD`, months `M`, years `Y`.
 * "$368bn" → "$Dbn", "2,500" and "900" → "D", "two" → "w", "30 September 2004" → "D M Y".
 */
export const shapeOf: (text: string) => string = memo((text: string): string =>
  text
    .replace(WEEKDAY_RE, '\u0001')
    .replace(MONTH_ABBR_RE, '\u0003')
    .replace(MONTH_RE, '\u0002')
    .replace(/\b(1[5-9]\d\d|20\d\d)\b(?![,.]\d)/g, '\u0004')
    .replace(/\d[\d,]*(\.\d+)?/g, 'D')
    .replace(NUMBER_WORD_RE, (w) => (/^\p{Lu}/u.test(w) ? 'W' : 'w'))
    .replace(/\u0001/g, 'WD')
    .replace(/\u0002/g, 'M')
    .replace(/\u0003/g, 'm')
    .replace(/\u0004/g, 'Y'),
);

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

/** Hedges that state a lower bound: a smaller distractor would also be true. */
const LOWER_BOUND = /^(more than|over|at least|upwards of|in excess of|above|greater than|no fewer than|no less than)$/i;
/** Hedges that state an upper bound: a larger distractor would also be true. */
const UPPER_BOUND = /^(less than|fewer than|under|up to|at most|below|no more than|as many as|as much as)$/i;
/** Hedges that say "roughly": distractors must stand well apart from the key. */
const APPROXIMATE = /^(about|around|approximately|roughly|some|nearly|almost|close to|an estimated|estimated|just over|just under|just below|more or less)$/i;

/** Whether a hedge bounds the figure from below (`1`), above (`-1`), roughly (`0`), or not at all (`null`). */
export function hedgeDirection(hedge: string | undefined): 1 | -1 | 0 | null {
  const h = (hedge ?? '').trim();
  if (!h) return null;
  if (LOWER_BOUND.test(h)) return 1;
  if (UPPER_BOUND.test(h)) return -1;
  if (APPROXIMATE.test(h)) return 0;
  return 0;
}

/** The number as printed in the span ("$368bn" → 368, "2,500" → 2500, "two" → 2), if readable. */
export function displayedNumber(text: string): number | undefined {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(text);
  if (digits) return Number(digits[0].replace(/,/g, ''));
  const word = /^[a-z]+$/i.test(text.trim()) ? NUMBER_WORDS[text.trim().toLowerCase()] : undefined;
  return word;
}

/** Whether a number span is a clean figure a reader can pick from a list ("2,500", "$368bn", "40%", "two"). */
export function isCleanNumberText(text: string): boolean {
  const t = text.trim();
  if (/^[a-z]+$/i.test(t)) return t.toLowerCase() in NUMBER_WORDS;
  return /^[$£€¥]?\s?\d[\d,]*(\.\d+)?(\s?(%|per ?cent|bn|m|k|tn|billion|million|trillion|thousand))?$/i.test(t);
}

function decimals(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

function roundTo(n: number, step: number, places: number): number {
  const r = Math.round(n / step) * step;
  return Number(r.toFixed(places));
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
  let up = rng() < 0.5;
  while (below.length > 0 || above.length > 0) {
    const side = (up && above.length > 0) || below.length === 0 ? above : below;
    out.push(side.shift()!);
    up = !up;
  }
  return out;
}

function neighbours(shown: number, isPercent: boolean): number[] {
  const places = decimals(shown);
  if (isPercent) {
    const out: number[] = [];
    for (const d of shown <= 10 ? [1, -1, 2, -2, 3, -3, 5] : [5, -5, 10, -10, 15, -15, 20, -20]) {
      const v = Number((shown + d).toFixed(places));
      if (v > 0 && v <= 100) out.push(v);
    }
    return out;
  }
  if (Number.isInteger(shown) && shown <= 12) {
    return [1, -1, 2, -2, 3, -3, 4].map((d) => shown + d).filter((v) => v > 0);
  }
  const intDigits = String(Math.floor(shown)).length;
  const trailingZeros = Number.isInteger(shown) ? (/0*$/.exec(String(shown))?.[0].length ?? 0) : 0;
  const step = places > 0 ? 10 ** -places : trailingZeros > 0 ? 10 ** Math.max(0, intDigits - 2) : 1;
  const out: number[] = [];
  for (const f of [0.75, 1.25, 0.6, 1.5, 0.5, 1.4, 2, 3]) {
    const v = roundTo(shown * f, step, places);
    if (v > 0 && v !== shown) out.push(v);
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

/** A distractor text with the value used to order the choices. */
export interface Distractor {
  text: string;
  order: number;
}

const heads = new WeakMap<NumberFact, string>();

/** {@link headNoun} of a fact's `counts`, computed once per fact. */
function headOf(fact: NumberFact): string {
  let head = heads.get(fact);
  if (head === undefined) {
    head = headNoun(fact.counts);
    heads.set(fact, head);
  }
  return head;
}

/** The counted noun's head, singular and lower case: "US soldiers" → "soldier". */
function headNoun(counts: string | undefined): string {
  const words = (counts ?? '').replace(/\([^)]*\)/g, ' ').toLowerCase().match(/\p{L}+/gu) ?? [];
  const last = words[words.length - 1] ?? '';
  return last.length > 3 ? last.replace(/(?:es|s)$/, '') : last;
}

/** True when one figure restates the other in brackets or another unit: "$368bn (£197bn)". */
export function isConversionOf(sibling: NumberFact, key: NumberFact, text: string): boolean {
  const [a, b] = sibling.start < key.start ? [sibling, key] : [key, sibling];
  const between = text.slice(a.end, b.start);
  return /^\s*[([]\s*$/.test(between) || /^\s*(,|or|about|around|roughly)?\s*$/i.test(between) && (sibling.unit ?? '') !== (key.unit ?? '');
}

/**
 * Up to `want` wrong figures for a number question, in the key's format:
 * sibling figures of the sentence and their sums first, then other figures of
 * the article with the same unit, then rounded neighbours. Never the key's
 * value, never a figure that would also be true for a bounded hedge ("more
 * than 60" rules out anything below 60), never one printed in the prompt.
 */
export function numberDistractors(input: NumberDistractorInput, articleText: string): Distractor[] {
  const { key, rng } = input;
  const want = input.want ?? 3;
  const shown = displayedNumber(key.text);
  if (shown === undefined || !(key.value > 0)) return [];
  const scale = key.value / shown;
  const unit = key.unit ?? '';
  const isPercent = unit === '%' || /%|per ?cent/i.test(key.text);
  const isWord = /^[a-z]+$/i.test(key.text.trim());
  const direction = hedgeDirection(key.hedge);
  const approx = direction === 0;
  const keyShape = shapeOf(key.text);

  const sameUnit = (f: NumberFact): boolean =>
    (f.unit ?? '') === unit && /[$£€¥]/.test(f.text) === /[$£€¥]/.test(key.text) && /%/.test(f.text) === /%/.test(key.text);
  const plausible = (v: number): boolean => {
    if (!(v > 0) || !Number.isFinite(v)) return false;
    if (Math.abs(v - key.value) < 1e-9 * Math.max(1, key.value)) return false;
    const ratio = v / key.value;
    if (ratio > 10 || ratio < 0.1) return false;
    if (isWord && v / scale > 20) return false;
    if (Number.isInteger(shown) && !Number.isInteger(Number((v / scale).toFixed(6)))) return false;
    if (direction === 1 && v < key.value * 1.2) return false;
    if (direction === -1 && v > key.value * 0.8) return false;
    if (approx && Math.abs(ratio - 1) < 0.2) return false;
    return true;
  };

  // Money and percentages compare by unit; plain counts also need the same counted noun.
  const keyHead = headOf(key);
  const keyMoney = /[$£€¥%]/.test(key.text);
  const comparable = (f: NumberFact): boolean => sameUnit(f) && (keyMoney || (keyHead !== '' && headOf(f) === keyHead));
  const siblings = input.siblings.filter((s) => s !== key && comparable(s) && !isConversionOf(s, key, articleText));
  const tiers: number[][] = [[], [], [], []];
  for (const s of siblings) tiers[0]!.push(s.value);
  const near = siblings.filter((s) => s.value / key.value <= 5 && s.value / key.value >= 0.2);
  if (near.length > 0) {
    tiers[1]!.push(near.reduce((sum, s) => sum + s.value, key.value));
    for (const s of near) tiers[1]!.push(Math.abs(key.value - s.value), key.value + s.value);
  }
  for (const f of input.all) {
    if (f === key || siblings.includes(f) || f.sentence === key.sentence) continue;
    if (comparable(f) && isCleanNumberText(f.text)) tiers[2]!.push(f.value);
  }
  for (const p of perturbations(shown, isPercent, rng)) tiers[3]!.push(p * scale);

  // A figure the prompt shows (in whatever spelling) is no fair distractor.
  const shownValues = input.siblings.filter((s) => s !== key && containsForm(input.prompt, s.text)).map((s) => s.value);
  const out: Distractor[] = [];
  const seen = new Set<string>([key.text.trim().toLowerCase()]);
  for (const tier of tiers) {
    // Perturbations closest to the key come first, so the result stays plausible.
    const ordered = tier === tiers[3] ? tier : shuffle(tier, rng);
    for (const v of ordered) {
      if (out.length >= want) return out;
      if (!plausible(v) || shownValues.includes(v)) continue;
      let text: string;
      try {
        text = input.format(v, key);
      } catch {
        continue;
      }
      const fold = text.trim().toLowerCase();
      if (!text.trim() || seen.has(fold) || shapeOf(text) !== keyShape) continue;
      if (containsForm(input.prompt, text)) continue;
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

const MONTH_INDEX = new Map<string, number>();
MONTHS.forEach((m, i) => {
  MONTH_INDEX.set(m.toLowerCase(), i);
  MONTH_INDEX.set(m.slice(0, 3).toLowerCase(), i);
});
MONTH_INDEX.set('sept', 8);

const DATE_TOKEN_RE = new RegExp(
  [
    `(?<weekday>\\b(?:${WEEKDAYS.join('|')})\\b)`,
    `(?<month>\\b(?:${MONTHS.join('|')})\\b|\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)`,
    `(?<year>\\b(?:1[5-9]\\d\\d|20\\d\\d)\\b)`,
    `(?<day>\\b(?:[12]?\\d|3[01])(?:st|nd|rd|th)?\\b)`,
  ].join('|'),
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
  for (const m of t.matchAll(DATE_TOKEN_RE)) {
    const g = m.groups ?? {};
    count++;
    if (g['weekday']) {
      if (parts.weekday !== undefined) return undefined;
      parts.weekday = WEEKDAYS.indexOf(g['weekday']);
    } else if (g['month']) {
      if (parts.month !== undefined) return undefined;
      parts.month = MONTH_INDEX.get(g['month'].replace('.', '').toLowerCase());
      parts.abbreviated = g['month'].endsWith('.');
    } else if (g['year']) {
      if (parts.year !== undefined) return undefined;
      parts.year = Number(g['year']);
    } else if (g['day']) {
      if (parts.day !== undefined) return undefined;
      parts.day = Number.parseInt(g['day'], 10);
    }
    rest = rest.replace(m[0], ' ');
  }
  if (count === 0) return undefined;
  if (/\d/.test(rest)) return undefined;
  const qualified = rest.replace(/[\s,.]+/g, '') !== '';
  const { weekday, month, day, year } = parts;
  let format: DateParts['format'];
  if (weekday !== undefined) {
    if (month !== undefined || year !== undefined || day !== undefined) return undefined;
    format = 'weekday';
  } else if (month !== undefined) {
    if (day !== undefined) format = year !== undefined ? 'day-month-year' : 'day-month';
    else format = year !== undefined ? 'month-year' : 'month';
  } else if (year !== undefined && day === undefined) {
    format = 'year';
  } else {
    return undefined;
  }
  return { ...parts, format, qualified } as DateParts;
});

/** Days in month `month` (0-11) of `year`. */
function daysInMonth(year: number, month: number): number {
  return monthDays(year, month + 1);
}

/** Day of the week (0 = Sunday) of a `YYYY-MM-DD` match, by Sakamoto's method (no Date objects). */
function weekdayOf(m: RegExpExecArray): number {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  let y = Number(m[1]);
  const month = Number(m[2]);
  const d = Number(m[3]);
  if (month < 3) y -= 1;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + t[month - 1]! + d) % 7;
}

/** A date text cut into its date tokens (with the part each names) and the text between them. */
type DateSegments = Array<{ text: string; part?: 'weekday' | 'month' | 'year' | 'day' }>;

function dateSegments(text: string): DateSegments {
  const out: DateSegments = [];
  let at = 0;
  for (const m of text.matchAll(DATE_TOKEN_RE)) {
    const g = m.groups!;
    out.push({ text: text.slice(at, m.index) });
    out.push({ text: m[0], part: g['weekday'] ? 'weekday' : g['month'] ? 'month' : g['year'] ? 'year' : 'day' });
    at = m.index + m[0].length;
  }
  out.push({ text: text.slice(at) });
  return out;
}

/** The key text with its date parts replaced: format, spacing and qualifiers stay as written. */
function rewriteDate(segs: DateSegments, from: DateParts, to: { weekday?: number; month?: number; day?: number; year?: number }): string {
  let out = '';
  for (const { text: token, part } of segs) {
    if (part === 'weekday' && to.weekday !== undefined) out += WEEKDAYS[to.weekday]!;
    else if (part === 'month' && to.month !== undefined) {
      const full = MONTHS[to.month]!;
      // AP style: March to July are never abbreviated; September is "Sept."
      out += !from.abbreviated || (to.month >= 2 && to.month <= 6) ? full : to.month === 8 ? 'Sept.' : `${full.slice(0, 3)}.`;
    } else if (part === 'year' && to.year !== undefined) out += String(to.year);
    else if (part === 'day' && to.day !== undefined) out += token.replace(/^\d+/, String(to.day)).replace(/(st|nd|rd|th)$/, ordinalSuffix(to.day));
    else out += token;
  }
  return out;
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

/** Sortable number for a date: days since epoch-ish, good enough to order choices. */
function dateOrder(parts: { weekday?: number; month?: number; day?: number; year?: number }, weekdayOrder?: number): number {
  if (weekdayOrder !== undefined) return weekdayOrder;
  return (parts.year ?? 0) * 10000 + ((parts.month ?? 0) + 1) * 100 + (parts.day ?? 0);
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
  const want = input.want ?? 3;
  const { rng } = input;
  const pub = input.datePublished ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.datePublished) : null;
  const pubYear = pub ? Number(pub[1]) : undefined;
  const pubMonthIndex = pub ? Number(pub[1]) * 12 + Number(pub[2]) - 1 : undefined;
  const keyIsPast = input.iso !== null && input.datePublished !== undefined && input.iso <= input.datePublished;
  const keyShape = shapeOf(input.text);

  const keyOrder = dateKeyOrder(input);
  const candidates: { text: string; order: number; tier: number }[] = [];
  const segs = dateSegments(input.text);
  const add = (to: Parameters<typeof rewriteDate>[2], tier: number, order: number): void => {
    candidates.push({ text: rewriteDate(segs, parts, to), order, tier });
  };

  const siblingParts = input.siblings
    .map((s) => parseDateParts(s.text))
    .filter((p): p is DateParts => p !== undefined && p.format === parts.format);

  switch (parts.format) {
    case 'weekday': {
      const wd = parts.weekday!;
      for (const s of siblingParts) add({ weekday: s.weekday! }, 0, weekdayOrderOf(s.weekday!, input));
      if (pub) {
        // The week up to publication: the days a past weekday can name, nearest the key's day first.
        const pubDay = weekdayOf(pub);
        const keyBack = (pubDay - wd + 7) % 7;
        for (let back = 0; back <= 6; back++) {
          const d = (pubDay - back + 7) % 7;
          add({ weekday: d }, Math.abs(back - keyBack) <= 2 ? 1 : 2, -back);
        }
      } else {
        for (const d of [1, -1, 2, -2, 3, -3]) {
          const w = (wd + d + 7) % 7;
          add({ weekday: w }, Math.abs(d) <= 2 ? 1 : 2, d);
        }
      }
      break;
    }
    case 'year': {
      const y = parts.year!;
      for (const s of siblingParts) if (Math.abs(s.year! - y) <= 15) add({ year: s.year! }, 0, s.year!);
      for (const d of shuffle([1, -1, 2, -2, 3, -3, 4, -4, 5, -5], rng)) add({ year: y + d }, Math.abs(d) <= 3 ? 1 : 2, y + d);
      break;
    }
    case 'month':
    case 'month-year': {
      const base = (parts.year ?? 2001) * 12 + parts.month!;
      for (const s of siblingParts) {
        const idx = (s.year ?? parts.year ?? 2001) * 12 + s.month!;
        if (parts.year === undefined || s.year !== undefined) add({ month: s.month!, year: s.year! }, 0, idx);
      }
      for (const d of shuffle([1, -1, 2, -2, 3, -3, 4, -4], rng)) {
        const idx = base + d;
        const to = parts.year === undefined ? { month: ((idx % 12) + 12) % 12 } : { month: ((idx % 12) + 12) % 12, year: Math.floor(idx / 12) };
        add(to, Math.abs(d) <= 2 ? 1 : 2, parts.year === undefined ? (parts.month! + d + 12) % 12 : idx);
      }
      break;
    }
    case 'day-month':
    case 'day-month-year': {
      const year = parts.year ?? 2001;
      if (parts.abbreviated || parts.format === 'day-month') {
        // Keep the month, move the day: "Jan. 6" → "Jan. 3", "Jan. 9".
        const len = daysInMonth(year, parts.month!);
        for (const d of shuffle([1, -1, 2, -2, 3, -3, 7, -7], rng)) {
          const day = parts.day! + d;
          if (day >= 1 && day <= len) add({ day }, Math.abs(d) <= 3 ? 1 : 2, dateOrder({ ...parts, day }));
        }
      } else {
        for (const d of shuffle([1, -1, 2, -2, 3, -3], rng)) {
          const idx = year * 12 + parts.month! + d;
          const month = ((idx % 12) + 12) % 12;
          const y = Math.floor(idx / 12);
          const day = Math.min(parts.day!, daysInMonth(y, month));
          add({ month, year: y, day }, Math.abs(d) <= 2 ? 1 : 2, dateOrder({ year: y, month, day }));
        }
      }
      break;
    }
  }

  const inFuture = (c: { order: number }): boolean => {
    if (!keyIsPast || parts.format === 'weekday') return false;
    if (parts.format === 'year') return pubYear !== undefined && c.order > pubYear;
    if ((parts.format === 'month-year') && pubMonthIndex !== undefined) return c.order > pubMonthIndex;
    return false;
  };

  const out: Distractor[] = [];
  const seen = new Set<string>([input.text.trim().toLowerCase()]);
  for (const tier of [0, 1, 2]) {
    const pool = shuffle(candidates.filter((c) => c.tier === tier), rng);
    for (const c of pool) {
      if (out.length >= want) break;
      const fold = c.text.trim().toLowerCase();
      if (seen.has(fold) || shapeOf(c.text) !== keyShape || inFuture(c)) continue;
      if (input.earlierOnly && parts.format !== 'weekday' && c.order >= keyOrder) continue;
      if (containsForm(input.prompt, c.text)) continue;
      seen.add(fold);
      out.push({ text: c.text, order: c.order });
    }
  }
  return out;
}

/** Orders weekdays as days before publication (−6 … 0), or Monday-first without one. */
function weekdayOrderOf(weekday: number, input: DateDistractorInput): number {
  const pub = input.datePublished ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.datePublished) : null;
  if (!pub) return (weekday + 6) % 7;
  const pubDay = weekdayOf(pub);
  return -((pubDay - weekday + 7) % 7);
}

/** The sort order of the key date among its distractors (see {@link dateDistractors}). */
export function dateKeyOrder(input: Pick<DateDistractorInput, 'text' | 'datePublished' | 'iso' | 'siblings' | 'prompt' | 'rng'>): number {
  const parts = parseDateParts(input.text);
  if (!parts) return 0;
  if (parts.format === 'weekday') return weekdayOrderOf(parts.weekday!, input as DateDistractorInput);
  if (parts.format === 'month') return parts.month!;
  if (parts.format === 'month-year') return parts.year! * 12 + parts.month!;
  if (parts.format === 'year') return parts.year!;
  return dateOrder(parts);
}

// ---------------------------------------------------------------------------
// Actors
// ---------------------------------------------------------------------------

/** Built-in fillers, used only when the article has too few actors of the key's kind. */
const POOL: Partial<Record<ActorKind, string[]>> = {
  country: [
    'France', 'Germany', 'Russia', 'China', 'Japan', 'India', 'Brazil', 'Canada', 'Australia', 'Italy',
    'Spain', 'Turkey', 'Egypt', 'Saudi Arabia', 'Israel', 'Pakistan', 'Mexico', 'South Africa', 'Nigeria',
    'Poland', 'Ukraine', 'Jordan', 'Kuwait', 'Lebanon', 'Indonesia', 'Argentina', 'Sweden', 'Kenya',
  ],
  organization: [
    'United Nations', 'Nato', 'European Union', 'World Health Organization', 'International Monetary Fund',
    'World Bank', 'Red Cross', 'World Trade Organization', 'African Union', 'Amnesty International',
  ],
};

/** Names of international bodies, beside which the built-in organisations are fair fillers. */
const INTERNATIONAL = /\b(?:International|World|United Nations|UN|European|African|Arab|Nato|NATO|Atlantic|Global|Interpol|Opec|OPEC|G7|G20)\b/;

/** Country names the builder may call "a country" in a question stem. */
const COUNTRIES = new Set(
  [
    ...POOL.country!,
    'US', 'U.S.', 'USA', 'United States', 'America', 'UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom',
    'Iraq', 'Iran', 'Syria', 'Afghanistan', 'Yemen', 'Libya', 'Qatar', 'Oman', 'Bahrain', 'United Arab Emirates',
    'UAE', 'North Korea', 'South Korea', 'Taiwan', 'Vietnam', 'Thailand', 'Philippines', 'Malaysia', 'Singapore',
    'Bangladesh', 'Sri Lanka', 'Nepal', 'Ireland', 'Scotland', 'Wales', 'England', 'Netherlands', 'Belgium',
    'Switzerland', 'Austria', 'Greece', 'Portugal', 'Norway', 'Denmark', 'Finland', 'Hungary', 'Romania',
    'Czech Republic', 'Serbia', 'Belarus', 'Georgia', 'Armenia', 'Azerbaijan', 'Kazakhstan', 'Cuba', 'Venezuela',
    'Colombia', 'Chile', 'Peru', 'Ethiopia', 'Sudan', 'Somalia', 'Ghana', 'Zimbabwe', 'Morocco', 'Algeria',
    'Tunisia', 'New Zealand', 'Palestine', 'Gaza',
  ].map((c) => c.toLowerCase()),
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
  const keyForms = formsOf(key);
  const keyWords = key.name.trim().split(/\s+/).length;
  const inPrompt = formMatcher(input.prompt);
  const inArticle = formMatcher(input.articleText);
  const ok = (forms: string[]): boolean => !forms.some((f) => inPrompt(f, true));
  const others = (input.candidates ?? actorCandidates(key, input.actors, input.inBody)).filter((a) => ok(formsOf(a)));
  const similar = (a: Actor): boolean => key.kind !== 'person' || (a.name.trim().split(/\s+/).length >= 2) === (keyWords >= 2);
  const ordered = [...shuffle(others.filter(similar), rng), ...shuffle(others.filter((a) => !similar(a)), rng)];
  const out: Distractor[] = [];
  const chosen: string[][] = [];
  for (const a of ordered) {
    if (out.length >= want) break;
    const forms = formsOf(a);
    if (chosen.some((c) => isAliasOf(c, a))) continue;
    chosen.push(forms);
    out.push({ text: a.name, order: out.length });
  }
  // International organisations only stand beside an international organisation.
  const pool = key.kind === 'organization' && !INTERNATIONAL.test(key.name) ? undefined : POOL[key.kind];
  if (out.length < want && pool) {
    for (const name of shuffle(pool, rng)) {
      if (out.length >= want) break;
      if (!ok([name]) || isAliasOf([name], keyForms) || inArticle(name, true)) continue;
      if (chosen.some((c) => isAliasOf(c, [name]))) continue;
      if (input.actors.some((a) => isAliasOf(a, [name]))) continue;
      chosen.push([name]);
      out.push({ text: name, order: out.length });
    }
  }
  return out;
}
