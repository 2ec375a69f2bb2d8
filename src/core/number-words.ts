/**
 * Spelled-out English numbers: parse "twenty-five", "two hundred and fifty",
 * "a dozen", "half a million"; render integers and common fractions back into
 * words. Pure, no DOM.
 */

import { TENS_NAMES, UNIT_NAMES, valuesOf } from './lexicon.js';

const UNITS: Readonly<Record<string, number>> = valuesOf(UNIT_NAMES, 0);
const TENS: Readonly<Record<string, number>> = valuesOf(TENS_NAMES, 20, 10);

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
    wordValues = new Map([...Object.entries(UNITS), ...Object.entries(TENS)]);
    for (const [t, tv] of Object.entries(TENS)) {
      for (let u = 1; u < 10; u++) for (const h of '-‐–') wordValues.set(t + h + UNIT_NAMES[u], tv + u);
    }
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
  let i = 0;
  // "a dozen", "a hundred", "a million", "half a million"
  if (lw[0] === 'half' && lw[1] === 'a' && lw[2] !== undefined && lw[2] !== 'hundred' && SCALE_WORDS[lw[2]] !== undefined) {
    return { value: SCALE_WORDS[lw[2]]! / 2, used: 3 };
  }
  if (lw[0] === 'a' || lw[0] === 'one') {
    if (lw[1] === 'dozen') return { value: 12, used: 2 };
  }
  let total = 0;
  let current = 0;
  let any = false;
  let lastWasScale = false;
  if (lw[0] === 'a' && lw[1] !== undefined && SCALE_WORDS[lw[1]] !== undefined) {
    current = 1;
    any = false;
    i = 1;
  }
  for (; i < lw.length; i++) {
    const w = lw[i]!;
    const v = wordValue(w);
    if (v !== undefined) {
      // "two three" is not a number; units only follow scales or tens-less starts.
      if (any && !lastWasScale) break;
      current += v;
      any = true;
      lastWasScale = false;
      continue;
    }
    if (w === 'dozen' && any && !lastWasScale && current < 10) {
      current *= 12;
      lastWasScale = true;
      continue;
    }
    const s = SCALE_WORDS[w];
    if (s !== undefined && (any || current === 1)) {
      if (s === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * s;
        current = 0;
      }
      any = true;
      lastWasScale = true;
      continue;
    }
    if (w === 'and' && lastWasScale && i + 1 < lw.length && wordValue(lw[i + 1]!) !== undefined) {
      continue;
    }
    break;
  }
  if (!any) return undefined;
  // Do not swallow a trailing "and".
  let used = i;
  while (used > 0 && lw[used - 1] === 'and') used--;
  return { value: total + current, used };
}

/**
 * An integer in words ("three", "twenty-five", "three hundred and twelve",
 * "four thousand"), or undefined beyond 999,999 or for non-integers.
 */
export function numberToWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) return undefined;
  if (n < 20) return UNIT_NAMES[n];
  if (n < 100) {
    const t = TENS_NAMES[Math.floor(n / 10) - 2]!;
    return n % 10 ? `${t}-${UNIT_NAMES[n % 10]}` : t;
  }
  if (n < 1000) {
    const h = `${UNIT_NAMES[Math.floor(n / 100)]} hundred`;
    return n % 100 ? `${h} and ${numberToWords(n % 100)}` : h;
  }
  const th = `${numberToWords(Math.floor(n / 1000))} thousand`;
  const rest = n % 1000;
  if (!rest) return th;
  return rest < 100 ? `${th} and ${numberToWords(rest)}` : `${th} ${numberToWords(rest)}`;
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

/**
 * The value of a fraction phrase: "half", "a third", "one third", "two-thirds",
 * "two thirds", "a quarter", "three-quarters", "a fifth"; undefined otherwise.
 */
export function fractionValue(phrase: string): number | undefined {
  const p = phrase.toLowerCase().replace(/[-‐–\s]+/g, ' ').trim();
  if (p === 'half' || p === 'a half' || p === 'one half') return 0.5;
  const m = /^(a|an|one|two|three|four|five|six|seven|eight|nine) (third|quarter|fourth|fifth|sixth|eighth|tenth)s?$/.exec(p);
  if (!m) return undefined;
  const num = m[1] === 'a' || m[1] === 'an' ? 1 : wordValue(m[1]!)!;
  const den = { third: 3, quarter: 4, fourth: 4, fifth: 5, sixth: 6, eighth: 8, tenth: 10 }[m[2]!]!;
  if (num >= den) return undefined;
  return num / den;
}

/** The closest common fraction in words ("a third"), when within 0.01 of `value`. */
export function fractionToWords(value: number): string | undefined {
  for (const [words, v] of FRACTIONS) if (Math.abs(v - value) < 0.01) return words;
  return undefined;
}
