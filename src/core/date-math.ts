/**
 * Calendar arithmetic on ISO date strings (`2024-01-04`, `2023-12`, `2017`)
 * and year ranges (`2006/2015`). Pure and proleptic Gregorian; never reads
 * the clock.
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

/** True for a Gregorian leap year. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in month `m` (1-12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** Days since 1970-01-01 (negative before). Valid for any year. */
export function dayNumber(y: number, m: number, d: number): number {
  // Howard Hinnant's days_from_civil.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar day `n` days after 1970-01-01. Inverse of {@link dayNumber}. */
export function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(y: number, m: number, d: number): number {
  return (((dayNumber(y, m, d) + 4) % 7) + 7) % 7;
}

/** `d` plus `n` days (n may be negative). */
export function addDays(day: Ymd, n: number): Ymd {
  return fromDayNumber(dayNumber(day.y, day.m, day.d) + n);
}

/** Year and month `n` months after `y`-`m`. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (((idx % 12) + 12) % 12) + 1 };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** Formats a date at a precision: `2024-01-04`, `2024-01` or `2024`. */
export function formatIso(y: number, m: number | undefined, d: number | undefined, precision: DatePrecision): string {
  if (precision === 'year') return pad4(y);
  if (m === undefined) throw new RangeError(`formatIso: a month is needed for precision "${precision}"`);
  if (precision === 'month') return `${pad4(y)}-${pad2(m)}`;
  if (d === undefined) throw new RangeError('formatIso: a day is needed for precision "day"');
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when malformed or not a real calendar date. */
export function parseIso(iso: string): IsoParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return { y, precision: 'year' };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (m[3] === undefined) return { y, m: mo, precision: 'month' };
  const d = Number(m[3]);
  if (d < 1 || d > daysInMonth(y, mo)) return null;
  return { y, m: mo, d, precision: 'day' };
}

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

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
  if (RANK[p.precision] < RANK[precision]) {
    throw new RangeError(`shiftIso: "${iso}" has ${p.precision} precision and cannot be shifted by ${precision}s; use precision "${p.precision}"`);
  }
  if (precision === 'year') return formatIso(p.y + amount, undefined, undefined, 'year');
  if (precision === 'month') {
    const r = addMonths(p.y, p.m!, amount);
    return formatIso(r.y, r.m, undefined, 'month');
  }
  const r = addDays({ y: p.y, m: p.m!, d: p.d! }, amount);
  return formatIso(r.y, r.m, r.d, 'day');
}
