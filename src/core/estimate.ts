/**
 * Estimate questions: a number fact becomes a slider question ("About how
 * many US soldiers are stationed in Iraq?"), scored by closeness. Ranges,
 * scoring, "how far off" and number formatting. Pure: no DOM, no clock, no
 * `Math.random` (ranges draw from the seeded PRNG).
 */

import { isCurrencyUnit } from './currency.js';
import type { NumberDetail } from './numbers.js';
import type { Rng } from './random.js';
import { sentenceAt, type Sentence } from './sentence.js';
import type { EstimateFormat, EstimateQuestion, NumberFact } from './types.js';

/** A slider's range: its ends and how values spread between them. */
export interface EstimateRange {
  min: number;
  max: number;
  scale: 'linear' | 'log';
}

/** Options of {@link estimateRange}. */
export interface EstimateRangeOptions {
  /** The value is a percentage: the range stays within 0..100 (when the value does). */
  percent?: boolean;
}

/** How far a guess is from the key, for "You said 1,000; the article says 2,500: 60% low". */
export interface EstimateOffBy {
  /** `guess / answerValue` (NaN when the answer is 0). */
  ratio: number;
  /** `|guess − answerValue| / |answerValue| × 100`, unrounded (the distance over the range width when the answer is 0). */
  percent: number;
  /** `exact` when the guess rounds to the key (`percent < 0.5`), else which side it is on. */
  direction: 'low' | 'high' | 'exact';
}

/** Relative error that earns full marks in generated questions: within 10%. */
export const DEFAULT_TOLERANCE = 0.1;
/** Nice mantissas for linear range ends. */
const LINEAR_STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
/** Nice mantissas for logarithmic range ends. */
const LOG_STEPS = [1, 2, 5, 10];

// ---------------------------------------------------------------------------
// Scale positions

/**
 * Where `value` sits on a slider, from 0 (at `min`) to 1 (at `max`), in the
 * scale's own space: linear, or logarithmic (`log(value / min) / log(max / min)`).
 * Not clamped. On a log scale a value ≤ 0 maps to `-Infinity`.
 */
export function estimatePosition({ min, max, scale }: EstimateRange, value: number): number {
  return scale === 'log' ? Math.log(value / min) / Math.log(max / min) : (value - min) / (max - min);
}

/** The value at slider position `t` (0 = `min`, 1 = `max`); the inverse of {@link estimatePosition}. */
export function estimateValueAt({ min, max, scale }: EstimateRange, t: number): number {
  return scale === 'log' ? min * Math.pow(max / min, t) : min + t * (max - min);
}

// ---------------------------------------------------------------------------
// Ranges

/**
 * A slider range for a positive `value`, derived from it but NOT centred on
 * it: the value sits between 20% and 80% of the way along the slider (in the
 * scale's space), at a position drawn from `rng`, so the slider's middle is
 * no hint. Ends are nice round numbers.
 *
 * - Values below 1,000 (and percentages): a linear range from 0 up to a
 *   round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ⁿ). Percentages below
 *   100 stay within 0..100; one near 100 gets a lower end above 0.
 * - Values from 1,000: a logarithmic range spanning 2 to 3 orders of
 *   magnitude, ends rounded outward to 1, 2 or 5 × 10ⁿ; the lower end is ≥ 1.
 *
 * @throws RangeError when `value` is not a positive finite number.
 */
export function estimateRange(value: number, rng: Rng, options: EstimateRangeOptions = {}): EstimateRange {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`estimateRange: value must be a positive finite number, got ${String(value)}`);
  }
  const percent = options.percent === true && value < 100;
  if (!percent && value >= 1000) {
    // Span of 2 to 3 decades, key at [0.3, 0.7] of it; rounding each end outward moves it by ≤ 0.4 decade,
    // which keeps the key within [0.21, 0.75].
    const span = 2 + rng();
    const p = 0.3 + 0.4 * rng();
    const min = Math.max(1, nice(value / Math.pow(10, p * span), LOG_STEPS, false));
    return { min, max: nice(value * Math.pow(10, (1 - p) * span), LOG_STEPS, true), scale: 'log' };
  }
  // Key position before rounding: in [0.3, 0.8], so rounding the top end up (by at most ×1.5) keeps it ≥ 0.2.
  let max = nice(value / (0.3 + 0.5 * rng()), LINEAR_STEPS, true);
  let min = 0;
  if (percent && max > 100) {
    max = 100;
    if (value / 100 > 0.8) {
      // Near 100%: lift the lower end so the key is not pinned to the top. Position in [0.3, 0.7].
      const q = 0.3 + 0.4 * rng();
      const step = 100 - value >= 5 ? 5 : 100 - value >= 1 ? 1 : 0.1;
      min = Number(Math.max(0, Math.floor((value - 100 * q) / (1 - q) / step) * step).toFixed(1));
    }
  }
  return { min, max, scale: 'linear' };
}

/** The smallest `step × 10ⁿ` ≥ `x` when rounding `up`, else the largest ≤ `x` (x > 0). */
function nice(x: number, steps: readonly number[], up: boolean): number {
  const exp = Math.floor(Math.log10(x));
  let below: number | undefined;
  // Candidates in increasing order.
  for (let e = exp - 1; e <= exp + 1; e++) {
    for (const s of steps) {
      const v = roundSig(s * Math.pow(10, e));
      if (up && v >= x * (1 - 1e-12)) return v;
      if (!up && v <= x * (1 + 1e-12)) below = v;
    }
  }
  return below ?? roundSig(up ? 10 * Math.pow(10, exp + 1) : Math.pow(10, exp - 1));
}

/** Removes floating-point noise: 0.30000000000000004 → 0.3. */
function roundSig(x: number): number {
  return Number(x.toPrecision(12));
}

// ---------------------------------------------------------------------------
// Scoring

/**
 * Credit in `[0, 1]` for `guess` to an estimate question.
 *
 * Let `a` be `answerValue`, `t` the tolerance and `e = |guess − a| / |a|` the
 * relative error (when `a` is 0: `|guess| / (max − min)`).
 *
 * - `e ≤ t`: full marks, 1.
 * - Linear scale: `(1 − e) / (1 − t)`, falling linearly to 0 at `e = 1` (a
 *   guess of 0 or of twice the answer earns nothing).
 * - Log scale: with `d = |log10(guess / a)|` (orders of magnitude off) and
 *   `dt = log10(1 + t)`, `1 − (d − dt) / (1 − dt)`, falling linearly to 0 at
 *   10 times too high or too low. A guess ≤ 0 earns 0.
 *
 * The result is clamped to `[0, 1]`; a non-finite guess earns 0.
 */
export function scoreEstimate(q: EstimateQuestion, guess: number): number {
  if (typeof guess !== 'number' || !Number.isFinite(guess)) return 0;
  const a = q.answerValue;
  const t = clamp01(q.tolerance);
  const e = relativeError(q, guess);
  if (e <= t + 1e-12) return 1;
  if (q.scale === 'log' && a > 0) {
    if (guess <= 0) return 0;
    const dt = Math.log10(1 + t);
    return clamp01(1 - (Math.abs(Math.log10(guess / a)) - dt) / (1 - dt));
  }
  return clamp01(t >= 1 ? 0 : (1 - e) / (1 - t));
}

/**
 * How far `guess` is from the key, for messages like "You said 1,000; the
 * article says 2,500: 60% low" (`{ ratio: 0.4, percent: 60, direction: 'low' }`).
 */
export function estimateOffBy(q: EstimateQuestion, guess: number): EstimateOffBy {
  const a = q.answerValue;
  const percent = relativeError(q, guess) * 100;
  return { ratio: a === 0 ? Number.NaN : guess / a, percent, direction: percent < 0.5 ? 'exact' : guess < a ? 'low' : 'high' };
}

function relativeError({ answerValue: a, min, max }: EstimateQuestion, guess: number): number {
  return Math.abs(guess - a) / (a !== 0 ? Math.abs(a) : Math.abs(max - min) || 1);
}

function clamp01(x: number): number {
  return Number.isNaN(x) ? 0 : Math.min(1, Math.max(0, x));
}

// ---------------------------------------------------------------------------
// Formatting

/** True when `unit` is a currency sign alone: "$", "US$", "£", "GH₵", "Tk", "N" (the extractor's list, {@link isCurrencyUnit}). */
const isCurrency = isCurrencyUnit;
const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u0020\u00a0\u202f]\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?/;

/**
 * Reads the number format of a key as the article writes it: "$368bn" (value
 * 368e9) → `{ prefix: "$", exponent: 9, suffix: "bn", decimals: 0, grouping: true }`;
 * "2,500" → `{ exponent: 0, decimals: 0, grouping: true }`; "40%" →
 * `{ suffix: "%" }`; "1.2 million" → `{ exponent: 6, decimals: 1, suffix: " million" }`.
 * Undefined when the text holds no digits ("seven") or more than one figure.
 */
export function parseEstimateFormat(text: string, value: number): EstimateFormat | undefined {
  const t = text.trim();
  const m = DIGITS.exec(t);
  if (!m) return undefined;
  const digits = m[0];
  const prefix = t.slice(0, m.index);
  const suffix = t.slice(m.index + digits.length);
  const literal = Number(digits.replace(/[^\d.]/g, ''));
  if (DIGITS.test(suffix) || !(literal > 0) || !Number.isFinite(value) || value === 0 || (prefix && !isCurrency(prefix))) return undefined;
  const exponent = Math.round(Math.log10(Math.abs(value) / literal));
  const dot = digits.indexOf('.');
  const format: EstimateFormat = {};
  if (prefix) format.prefix = prefix;
  if (suffix) format.suffix = suffix;
  if (exponent !== 0) format.exponent = exponent;
  format.decimals = dot < 0 ? 0 : digits.length - dot - 1;
  // (Grouped by commas or by spaces, "430 000": shown with commas, the only grouping a format holds.)
  format.grouping = /[^\d.]/.test(digits) || literal < 1000;
  return format;
}

/** The format an estimate question shows its values in: `format`, else read from `answerText`, else from `unit`. */
export function estimateFormat(q: EstimateQuestion): EstimateFormat {
  if (q.format) return q.format;
  const fromText = q.answerText === undefined ? undefined : parseEstimateFormat(q.answerText, q.answerValue);
  if (fromText) return fromText;
  const unit = q.unit?.trim() ?? '';
  const format: EstimateFormat = { decimals: decimalsIn(q.answerValue) };
  if (isCurrency(unit)) format.prefix = unit;
  else if (unit === '%') format.suffix = '%';
  return format;
}

/** Scale words that step up and down together, for 10⁶, 10⁹ and 10¹²: "$20bn" … "$50tn", "£500m" … "£2bn". */
const SCALE_FAMILIES = [
  ['m', 'bn', 'tn'],
  ['mn', 'bn', 'trn'],
  [' million', ' billion', ' trillion'],
];

/**
 * Renders `value` in the key's format: "2,500", "$368bn", "40%". Rounds to
 * `format.decimals` decimals, or up to 3 more when fewer would move the
 * value by more than 5% ("$0.4bn", not "$0bn"); trailing zeros are dropped
 * ("3 billion", not "3.0 billion") except a currency's two decimals ("£11.50"). A scale word steps with
 * the value: with the key "$368bn", 5e13 shows as "$50tn" and 5e8 as "$500m";
 * below a million the figure is written out ("$500,000").
 */
export function formatEstimate(q: EstimateQuestion, value: number): string {
  return Number.isFinite(value) ? render(value, estimateFormat(q))[0] : String(value);
}

/**
 * The value {@link formatEstimate} shows for `value`: a slider or typed
 * value rounded to the key's displayed precision, so that what the reader
 * sees is what is recorded and scored.
 */
export function snapEstimate(q: EstimateQuestion, value: number): number {
  return Number.isFinite(value) ? render(value, estimateFormat(q))[1] : value;
}

/** `value` as text in `format`, and the value that text shows. */
function render(value: number, { prefix = '', suffix = '', exponent = 0, decimals = 0, grouping = true }: EstimateFormat): [string, number] {
  const family = SCALE_FAMILIES.find((f) => f[(exponent - 6) / 3] === suffix);
  if (family && value !== 0) {
    const magnitude = Math.log10(Math.abs(value));
    let i = 2;
    while (i >= 0 && 6 + 3 * i > magnitude + 1e-9) i--;
    [suffix, exponent, grouping] = i < 0 ? ['', 0, true] : [family[i]!, 6 + 3 * i, grouping];
  }
  const n = Math.abs(value) / Math.pow(10, exponent);
  let places = Math.max(0, Math.min(6, Math.trunc(decimals)));
  let r = Number(n.toFixed(places));
  const maxPlaces = places + 3;
  while (n !== 0 && Math.abs(r - n) > n * 0.05 && places < maxPlaces) r = Number(n.toFixed(++places));
  let fixed = r.toFixed(places);
  // "3 billion", not "3.0 billion" (but "£11.50" keeps its pence).
  if (!(places === 2 && isCurrency(prefix)) && fixed.includes('.')) fixed = fixed.replace(/0+$/, '').replace(/\.$/, '');
  const [int, frac] = fixed.split('.');
  const grouped = grouping ? int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int!;
  const rounded = Number((r * Math.pow(10, exponent)).toPrecision(15)) * (value < 0 ? -1 : 1);
  return [`${value < 0 && rounded !== 0 ? '-' : ''}${prefix}${frac ? `${grouped}.${frac}` : grouped}${suffix}`, rounded];
}

function decimalsIn(x: number): number {
  let d = 0;
  while (d < 3 && Number(x.toFixed(d)) !== x) d++;
  return d;
}

// ---------------------------------------------------------------------------
// From a number fact

/** Counted nouns too vague to estimate (lower case): the reader would not know what is counted. */
const VAGUE_COUNT =
  /^(?:(?:number|figure|total|amount|value|one|other|thing|way|year|month|week|day|hour|minute|second|level|estimate|dollar|pound|euro|side|lot|part)s?|sum|it|them|those|these|more|some|each|all|yen|money|cash|percent|per cent|percentage|points|times|age|top|bottom|half|rest|bit|share|majority|minority)$/;
/** Plurals without a final "s": "2,500 people", "347 children". */
const IRREGULAR_PLURALS = new Set(
  'people children men women police staff personnel cattle sheep fish deer aircraft crew feet teeth mice geese data media livestock militia infantry clergy youth'.split(' '),
);
/** Hedges that bound the figure instead of approximating it: the key is not a point to aim at. */
const BOUND_HEDGE = /^(?:more than|over|at least|fewer than|less than|up to|under|no more than|as many as|as much as|almost all)$/i;
/**
 * A participle or past tense, not a counted noun: "wounded", "displaced". Compiled on first use (building an
 * estimate question), so the element's estimate view, which shares this module, loads no extractor code.
 */
let participleRe: RegExp | undefined;
const isParticiple = (word: string): boolean => (participleRe ??= /^\p{Ll}+ed$/u).test(word);

/**
 * Turns a number fact into an estimate question asking `stem` (the prompt,
 * e.g. "About how many US soldiers are stationed in Iraq?"), with a range
 * drawn by {@link estimateRange}, tolerance 10%, the key's own format and
 * its source sentence. Pass `sentences` (from `splitSentences`) to give the
 * source its offsets.
 *
 * Returns null when the fact does not make a fair estimate: a blank stem; a
 * value that is not a positive finite number; a range ("$2-$3.8 trillion");
 * an age, duration, fraction or score; a bound ("more than $60bn"); a
 * counted noun that is missing or vague ("number", "dollars", "times") or
 * guessed by the extractor; a count whose noun is not a plural ("top",
 * "watched"); or a count below 3 (nothing to estimate).
 */
export function estimateQuestionFromFact(
  fact: NumberFact,
  id: string,
  rng: Rng,
  stem: string,
  sentences?: readonly Sentence[],
): EstimateQuestion | null {
  const prompt = stem.trim();
  const { value, text, unit: factUnit, sentence } = fact;
  if (prompt === '' || !Number.isFinite(value) || value <= 0 || fact.valueMax !== undefined || (fact.hedge !== undefined && BOUND_HEDGE.test(fact.hedge.trim()))) {
    return null;
  }
  const detail = fact as Partial<NumberDetail>;
  const kind = detail.kind ?? inferKind(fact);
  const counts = fact.counts.trim();
  const head = counts.toLowerCase().split(/\s+/).pop() ?? '';
  if (
    !/^(?:count|money|percent)$/.test(kind) ||
    /^(?:none|default|pronoun)$/.test(detail.countsFrom ?? '') ||
    counts === '' ||
    VAGUE_COUNT.test(counts.toLowerCase()) ||
    VAGUE_COUNT.test(head) ||
    isParticiple(head) ||
    // Three or more of something: a plural noun ("soldiers", "people"), not an age or an adjective ("top").
    (kind === 'count' && (/\bage\b/i.test(counts) || value < 3 || (!IRREGULAR_PLURALS.has(head) && !/[^s]s$|ies$|sses$/.test(head)))) ||
    (kind === 'percent' && value < 1)
  ) {
    return null;
  }
  const question: EstimateQuestion = {
    id,
    kind: 'number',
    type: 'estimate',
    prompt,
    answerValue: value,
    ...estimateRange(value, rng, { percent: kind === 'percent' }),
    tolerance: DEFAULT_TOLERANCE,
    answerText: text,
  };
  const unit = kind === 'percent' ? '%' : kind === 'money' ? factUnit : counts.split(/\s+/).length <= 4 ? counts : undefined;
  if (unit) question.unit = unit;
  const format =
    parseEstimateFormat(text, value) ??
    (kind === 'percent' ? { suffix: '%' } : kind === 'money' && factUnit ? { prefix: factUnit } : undefined);
  if (format) question.format = format.decimals === undefined ? { ...format, decimals: decimalsIn(value) } : format;
  // The source: from the sentence list, else the span located in its sentence when it occurs there once.
  const s = sentences ? sentenceAt(sentences, fact.start) : undefined;
  const at = sentence.indexOf(text);
  question.source =
    s && s.text === sentence
      ? { sentence, start: s.start, end: s.end }
      : at >= 0 && sentence.indexOf(text, at + 1) < 0 && fact.start - at >= 0
        ? { sentence, start: fact.start - at, end: fact.start - at + sentence.length }
        : { sentence };
  return question;
}

/** The kind of a plain NumberFact: from its unit and counted noun. */
function inferKind(fact: NumberFact): NumberDetail['kind'] {
  const unit = fact.unit?.trim() ?? '';
  if (unit === '%' || /^per ?cent$/i.test(unit)) return 'percent';
  if (isCurrency(unit)) return 'money';
  if (/\bage\b|-year-old/i.test(`${fact.counts} ${fact.text}`)) return 'age';
  if (/^(?:second|minute|hour|day|week|month|year|decade)s?$/i.test(fact.counts.trim())) return 'duration';
  if (fact.value > 0 && fact.value < 1) return 'fraction';
  return 'count';
}
