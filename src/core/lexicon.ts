/**
 * English word lists several builder modules share (months, weekdays, number
 * words): one source, so the builder chunk carries each list once. Pure data.
 */

/** English month names, January first. */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** English weekday names, Sunday first (the index is the day of the week). */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Month abbreviations news text writes (with or without a period): "Jan", "Sept". */
export const MONTH_ABBRS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "zero" … "nineteen": the index is the value. */
export const UNIT_NAMES = (
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
  'seventeen eighteen nineteen'
).split(' ');

/** "twenty" … "ninety": the value is (index + 2) × 10. */
export const TENS_NAMES = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** `{ name: value }` for the given names, the first worth `first`, each next `step` more. */
export function valuesOf(names: readonly string[], first: number, step = 1): Record<string, number> {
  const out: Record<string, number> = {};
  names.forEach((n, i) => (out[n] = first + i * step));
  return out;
}

/** A set of words from one packed string: `wordSet('a b c')`, or with another separator `wordSet('a|b', '|')`. */
export function wordSet(words: string, separator = ' '): Set<string> {
  return new Set(words.split(separator));
}

/** The sets of {@link oneOf}, by their packed word list. */
const oneOfSets = new Map<string, Set<string>>();

/**
 * Whether `w` is one of the space-separated `words`: `oneOf(lo, 'for of')` in place of `/^(?:for|of)$/.test(lo)`, a
 * Set lookup (each list split once, on first use) with no regex to compile; false for `undefined`.
 */
export function oneOf(w: string | undefined, words: string): boolean {
  let set = oneOfSets.get(words);
  if (!set) oneOfSets.set(words, (set = wordSet(words)));
  return set.has(w!);
}

/** Irregular past forms (and "ago", "been"): a clause in the past. */
export const PAST_IRREGULAR = wordSet(
  'was were had did said told made took came went saw gave won lost met held cast began left fell rose hit struck ' +
  'shot ran sent spent put got found thought brought bought paid kept built broke chose drove flew fought grew knew ' +
  'led meant sold sat stood spoke stole swore taught threw understood wrote became quit cut let beat bit hid laid ' +
  'rang sang shut slept spread split woke wore forgot sank sought caught dealt hung lit upheld withdrew ago ' +
  'been');

/**
 * True when `s` contains one of `parts`. A cheap necessary check before a rare regex, so the regex is not even
 * run (and compiled) on text where it cannot match.
 */
export function hasAny(s: string, parts: readonly string[]): boolean {
  for (let i = 0; i < parts.length; i++) if (s.includes(parts[i]!)) return true;
  return false;
}

/** A plural noun's singular, by its ending only: "provinces" → "province", "counties" → "county". */
export const singular = (w: string): string => (w.endsWith('ies') ? w.slice(0, -3) + 'y' : stripS(w));

/** `w` without a final "s", if any (`w.replace(/s$/, '')` with no regex). */
export const stripS = (w: string): string => (w.endsWith('s') ? w.slice(0, -1) : w);
