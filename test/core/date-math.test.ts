import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayNumber, daysInMonth, easterSunday, formatIso, fromDayNumber, isLeapYear, nthWeekday, parseIso, weekdayOf } from '../../src/core/date-math.js';

describe('date-math', () => {
  it.each<[number, number, number | undefined]>([
    [2024, 2, 29], [2023, 2, 28], [1900, 2, 28], [2000, 2, 29], [2024, 4, 30], [2024, 12, 31], [2024, 0, undefined], [2024, 13, undefined],
    [2024, 1.5, undefined],
  ])('daysInMonth(%i, %s) = %s', (y, m, n) => {
    expect(daysInMonth(y, m)).toBe(n);
  });

  it('counts days across the epoch and keeps years 0-99 themselves', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
    expect(fromDayNumber(dayNumber(2024, 2, 29))).toEqual({ y: 2024, m: 2, d: 29 });
    expect(addDays({ y: 99, m: 12, d: 31 }, 1)).toEqual({ y: 100, m: 1, d: 1 });
    expect(isLeapYear(2024) && !isLeapYear(2100)).toBe(true);
  });

  it.each<[number, number, number, { y: number; m: number }]>([
    [2024, 1, -1, { y: 2023, m: 12 }], [2023, 12, 14, { y: 2025, m: 2 }], [2024, 3, -27, { y: 2021, m: 12 }],
  ])('addMonths(%i, %i, %i)', (y, m, n, out) => {
    expect(addMonths(y, m, n)).toEqual(out);
  });

  it('gives the weekday, 0 for Sunday', () => {
    expect(weekdayOf(2024, 1, 5)).toBe(5); // a Friday
    expect(weekdayOf(2023, 12, 31)).toBe(0);
  });

  it('parses only real calendar dates, without parts it does not have', () => {
    expect(parseIso('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29, precision: 'day' });
    expect(parseIso('2023-02-29')).toBeNull();
    expect(parseIso('2024-13')).toBeNull();
    expect(parseIso('2024-00-10')).toBeNull();
    expect(parseIso('2024-01-00')).toBeNull();
    expect(parseIso('2024-07')).toEqual({ y: 2024, m: 7, precision: 'month' });
    expect(parseIso('2024')).toEqual({ y: 2024, precision: 'year' });
    expect(formatIso(5, 3, 1, 'day')).toBe('0005-03-01');
    expect(() => formatIso(2024, undefined, undefined, 'month')).toThrow(/a month is needed/);
  });

  // Published Easter dates (Western churches), early and late ones included.
  it.each<[number, number, number]>([[2008, 3, 23], [2011, 4, 24], [2019, 4, 21], [2024, 3, 31], [2025, 4, 20], [2038, 4, 25], [1943, 4, 25]])(
    'easterSunday(%i) is %i/%i',
    (y, m, d) => {
      expect(easterSunday(y)).toEqual({ y, m, d });
      expect(weekdayOf(y, m, d)).toBe(0);
    },
  );

  // [year, month, weekday, which (5 = last), day]: US Labor Day, Memorial Day, MLK Day; a fifth Thursday.
  it.each<[number, number, number, number, number]>([[2025, 9, 1, 1, 1], [2027, 9, 1, 1, 6], [2025, 5, 1, 5, 26], [2027, 1, 1, 3, 18], [2024, 2, 4, 5, 29], [2023, 2, 4, 5, 23]])(
    'nthWeekday(%i, %i, %i, %i) = %i',
    (y, m, wd, n, d) => {
      expect(nthWeekday(y, m, wd, n)).toBe(d);
    },
  );
});
