/**
 * Calendar arithmetic on ISO date strings (`2024-01-04`, `2023-12`, `2017`)
 * and year ranges (`2006/2015`). Pure and proleptic Gregorian: day arithmetic
 * uses UTC `Date` time values only, never the clock or the local time zone.
 */

import type { DatePrecision } from './types.js';

export { MONTH_NAMES, WEEKDAY_NAMES } from './lexicon.js';

/** A calendar day. `m` is 1-12. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** A parsed ISO date at its own precision (`m`/`d` are absent when coarser). */
export interface IsoParts {
  y: number;
  m?: number;
  d?: number;
  precision: DatePrecision;
}

/**
 * The UTC `Date` of day `d` of month `m` of year `y`, out-of-range parts
 * carried over ("day 0" is the last day of the month before). Unlike
 * `Date.UTC`, years 0-99 stay themselves.
 */
const utc = (y: number, m: number, d: number): Date => new Date(new Date(0).setUTCFullYear(y, m - 1, d));

/** True for a Gregorian leap year. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in month `m` (1-12) of year `y`; undefined for any other `m`. */
export function daysInMonth(y: number, m: number): number {
  return (m > 0 && m < 13 && m % 1 === 0 ? utc(y, m + 1, 0).getUTCDate() : undefined)!;
}

/** Days since 1970-01-01 (negative before). Valid for years -270000 to 270000. */
export function dayNumber(y: number, m: number, d: number): number {
  return +utc(y, m, d) / 864e5; // milliseconds in a day
}

/** The calendar day `n` days after 1970-01-01. Inverse of {@link dayNumber}. */
export function fromDayNumber(n: number): Ymd {
  return addDays({ y: 1970, m: 1, d: 1 }, n);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(y: number, m: number, d: number): number {
  return utc(y, m, d).getUTCDay();
}

/** `d` plus `n` days (n may be negative). */
export function addDays(day: Ymd, n: number): Ymd {
  const t = utc(day.y, day.m, day.d + n);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Easter Sunday of year `y` (Gregorian, the anonymous algorithm): `easterSunday(2025)` → 20 April 2025. */
export function easterSunday(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, e = b % 4;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * e + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const n = h + l - 7 * Math.floor((a + 11 * h + 22 * l) / 451) + 114;
  return { y, m: Math.floor(n / 31), d: (n % 31) + 1 };
}

/**
 * The `n`th weekday `wd` (0 = Sunday) of month `m` of year `y`; `n` 5 is the last one:
 * `nthWeekday(2026, 9, 1, 1)` (the first Monday of September 2026) → 7.
 */
export function nthWeekday(y: number, m: number, wd: number, n: number): number {
  const d = ((wd - weekdayOf(y, m, 1) + 7) % 7) + 1 + 7 * (n - 1);
  return d > daysInMonth(y, m) ? d - 7 : d;
}

/** Year and month `n` months after `y`-`m`. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const i = y * 12 + m - 1 + n;
  return { y: Math.floor(i / 12), m: (((i % 12) + 12) % 12) + 1 };
}

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** Formats a date at a precision: `2024-01-04`, `2024-01` or `2024`. */
export function formatIso(y: number, m: number | undefined, d: number | undefined, precision: DatePrecision): string {
  const parts = [y, m, d].slice(0, RANK[precision] + 1);
  const missing = parts.indexOf(undefined);
  if (missing > 0) throw new RangeError(`formatIso: a ${missing > 1 ? 'day' : 'month'} is needed for precision "${precision}"`);
  return parts.map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when malformed or not a real calendar date. */
export function parseIso(iso: string): IsoParts | null {
  const r = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!r) return null;
  const [, y, m, d] = r.map(Number) as [number, number, number, number];
  // A month 1-12 (else daysInMonth is undefined and every comparison false), a day 1 to its length.
  return !r[2] ? { y, precision: 'year' } : !r[3] ? (daysInMonth(y, m) ? { y, m, precision: 'month' } : null)
    : d > 0 && d <= daysInMonth(y, m) ? { y, m, d, precision: 'day' } : null;
}

/**
 * Moves a parsed date by `amount` units of `precision` and formats it at that
 * precision (a finer date is truncated first); null when `p` is coarser than
 * `precision`. The non-throwing core of {@link shiftIso}.
 */
export function shiftParts(p: IsoParts, precision: DatePrecision, amount: number): string | null {
  if (RANK[p.precision] < RANK[precision]) return null;
  const r: { y: number; m?: number; d?: number } = precision === 'day' ? addDays(p as Ymd, amount)
    : precision === 'month' ? addMonths(p.y, p.m!, amount) : { y: p.y + amount };
  return formatIso(r.y, r.m, r.d, precision);
}

/**
 * Moves an ISO date by `amount` units of `precision` and returns it at that
 * precision: `shiftIso('2024-01-04', 'day', -2)` → `2024-01-02`,
 * `shiftIso('2023-12', 'month', 1)` → `2024-01`, `shiftIso('2017', 'year', -2)` → `2015`.
 * A finer input is truncated first (`shiftIso('2024-01-04', 'year', 1)` → `2025`).
 * A year range `2006/2015` shifts both ends.
 * @throws RangeError when `iso` is malformed, coarser than `precision`, or `amount` is not an integer.
 */
export function shiftIso(iso: string, precision: DatePrecision, amount: number): string {
  if (!Number.isInteger(amount)) {
    throw new RangeError(`shiftIso: amount must be an integer number of ${precision}s, got ${amount}`);
  }
  const slash = iso.indexOf('/');
  if (slash >= 0) {
    return `${shiftIso(iso.slice(0, slash), precision, amount)}/${shiftIso(iso.slice(slash + 1), precision, amount)}`;
  }
  const p = parseIso(iso);
  if (!p) {
    throw new RangeError(`shiftIso: "${iso}" is not an ISO date; expected YYYY, YYYY-MM or YYYY-MM-DD (or a range YYYY/YYYY)`);
  }
  const out = shiftParts(p, precision, amount);
  if (out === null) {
    throw new RangeError(`shiftIso: "${iso}" has ${p.precision} precision and cannot be shifted by ${precision}s; use precision "${p.precision}"`);
  }
  return out;
}
