/**
 * Spelled-out English numbers: parse "twenty-five", "two hundred and fifty",
 * "a dozen", "half a million"; render integers and common fractions back into
 * words. Pure, no DOM.
 */

import { TENS_NAMES, UNIT_NAMES } from './lexicon.js';

/** Scale words that multiply what precedes them. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

/** Every number word and hyphenated compound ("twenty-five", "twenty‐five", "twenty–five") → its value. */
let wordValues: Map<string, number> | undefined;

/**
 * The value of one number word or hyphenated compound ("seven", "twenty-five"),
 * or undefined. Case-insensitive. Scale words are not included.
 */
export function wordValue(word: string): number | undefined {
  if (!wordValues) {
    wordValues = new Map(UNIT_NAMES.map((u, i) => [u, i]));
    TENS_NAMES.forEach((t, i) => {
      wordValues!.set(t, i * 10 + 20);
      for (let u = 1; u < 10; u++) for (const h of '-‐–') wordValues!.set(t + h + UNIT_NAMES[u], i * 10 + 20 + u);
    });
  }
  return wordValues.get(word.toLowerCase());
}

/** Result of reading a run of number words. */
export interface WordsParse {
  value: number;
  /** How many of the given words make up the number. */
  used: number;
}

/**
 * Reads a spelled number from the start of `words` (already split on spaces):
 * "two hundred and fifty", "three million", "a dozen", "a thousand",
 * "half a million". Returns undefined when the words do not start with one.
 * A lone "a" or "and" is never a number.
 */
export function parseNumberWords(words: readonly string[]): WordsParse | undefined {
  const lw = words.map((w) => w.toLowerCase());
  const [a, b, c] = lw;
  if (a === 'half' && b === 'a' && c !== undefined && c !== 'hundred' && SCALE_WORDS[c] !== undefined) {
    return { value: SCALE_WORDS[c]! / 2, used: 3 };
  }
  if ((a === 'a' || a === 'one') && b === 'dozen') return { value: 12, used: 2 };
  let total = 0;
  let current = 0;
  let any = false;
  // After a scale word (or "dozen"): a unit may follow ("two hundred and five"), and "and" may join it.
  let scaled = false;
  let i = a === 'a' && b !== undefined && SCALE_WORDS[b] !== undefined ? ((current = 1), 1) : 0;
  for (; i < lw.length; i++) {
    const w = lw[i]!;
    const v = wordValue(w);
    const s = SCALE_WORDS[w];
    if (v !== undefined) {
      // "two three" is not a number; units only follow scales or tens-less starts.
      if (any && !scaled) break;
      current += v;
      scaled = false;
    } else if (w === 'dozen' && any && !scaled && current < 10) {
      current *= 12;
      scaled = true;
    } else if (s !== undefined && (any || current === 1)) {
      if (s === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * s;
        current = 0;
      }
      scaled = true;
    } else if (w === 'and' && scaled && i + 1 < lw.length && wordValue(lw[i + 1]!) !== undefined) continue;
    else break;
    any = true;
  }
  return any ? { value: total + current, used: i } : undefined;
}

/**
 * An integer in words ("three", "twenty-five", "three hundred and twelve",
 * "four thousand"), or undefined beyond 999,999 or for non-integers.
 */
export function numberToWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) return undefined;
  if (n < 20) return UNIT_NAMES[n];
  const [big, name, rest] = n < 100 ? [n / 10 - 2, '', n % 10] : n < 1000 ? [n / 100, ' hundred', n % 100] : [n / 1000, ' thousand', n % 1000];
  const head = name ? numberToWords(Math.floor(big)) + name : TENS_NAMES[Math.floor(big)]!;
  return !rest ? head : !name ? `${head}-${UNIT_NAMES[rest]}` : `${head}${rest < 100 ? ' and ' : ' '}${numberToWords(rest)}`;
}

/** Fractions news writes in words, with their values. */
export const FRACTIONS: ReadonlyArray<readonly [string, number]> = [
  ['half', 1 / 2],
  ['a third', 1 / 3],
  ['two-thirds', 2 / 3],
  ['a quarter', 1 / 4],
  ['three-quarters', 3 / 4],
  ['a fifth', 1 / 5],
  ['a tenth', 1 / 10],
];

/** Denominators of fractions in words. */
const DENOMINATORS: Readonly<Record<string, number>> = { third: 3, quarter: 4, fourth: 4, fifth: 5, sixth: 6, eighth: 8, tenth: 10 };

/**
 * The value of a fraction phrase: "half", "a third", "one third", "two-thirds",
 * "two thirds", "a quarter", "three-quarters", "a fifth"; undefined otherwise.
 */
export function fractionValue(phrase: string): number | undefined {
  const p = phrase.toLowerCase().replace(/[-‐–\s]+/g, ' ').trim();
  if (/^(?:(?:a|one) )?half$/.test(p)) return 0.5;
  const [n, d, extra] = p.split(' ');
  const num = /^an?$/.test(n!) ? 1 : wordValue(n!) ?? 0;
  const den = DENOMINATORS[d?.replace(/s$/, '') ?? ''];
  return !extra && num > 0 && num < den! ? num / den! : undefined;
}

/** The closest common fraction in words ("a third"), when within 0.01 of `value`. */
export function fractionToWords(value: number): string | undefined {
  return FRACTIONS.find(([, v]) => Math.abs(v - value) < 0.01)?.[0];
}

/** Ordinal word stems from "third" on ("first" and "second" are too often idioms or time units). */
const ORDINAL_UNITS: Readonly<Record<string, number>> = {
  third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
};

/** The ending every English ordinal word has. */
const ORDINAL_END_RE = /(?:st|nd|rd|th)$/;

/**
 * The value of a spelled ordinal from "third" on ("seventh" → 7, "nineteenth" → 19, "twentieth" → 20,
 * "forty-second" → 42), or undefined. "first" and "second" alone are not read (idioms, time units).
 */
export function ordinalValue(word: string): number | undefined {
  const w = word.toLowerCase();
  // Every ordinal ends like one ("third", "forty-second", "twentieth"): most words leave here.
  if (!ORDINAL_END_RE.test(w)) return undefined;
  const parts = w.split(/[-‐–]/);
  if (parts.length === 2) {
    const tens = wordValue(parts[0]!);
    const unit = parts[1] === 'first' ? 1 : parts[1] === 'second' ? 2 : ORDINAL_UNITS[parts[1]!];
    return tens !== undefined && tens >= 20 && tens % 10 === 0 && unit !== undefined && unit < 10 ? tens + unit : undefined;
  }
  if (ORDINAL_UNITS[w] !== undefined) return ORDINAL_UNITS[w];
  if (/teenth$/.test(w)) return wordValue(w.slice(0, -2));
  if (/tieth$/.test(w)) return wordValue(`${w.slice(0, -4)}y`);
  return undefined;
}

/** The English ordinal suffix of a whole number: 1 → "st", 22 → "nd", 13 → "th", 111 → "th". */
export function ordinalSuffix(n: number): string {
  const last2 = n % 100;
  return last2 >= 11 && last2 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
}
