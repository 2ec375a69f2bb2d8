import { describe, expect, it } from 'vitest';
import { ordinalSuffix, ordinalValue } from '../../src/core/number-words.js';

describe('ordinalValue', () => {
  it.each([
    ['third', 3], ['Seventh', 7], ['twelfth', 12], ['nineteenth', 19], ['twentieth', 20], ['ninetieth', 90],
    ['twenty-first', 21], ['forty-second', 42], ['sixty-fifth', 65],
  ])('%s → %d', (w, v) => expect(ordinalValue(w)).toBe(v));
  it.each(['first', 'second', 'three', 'tenths', 'ten-third', 'seconds', 'teenth'])('%s is not read', (w) => expect(ordinalValue(w)).toBeUndefined());
});

describe('ordinalSuffix', () => {
  it.each([
    [1, 'st'], [2, 'nd'], [3, 'rd'], [4, 'th'], [10, 'th'], [11, 'th'], [12, 'th'], [13, 'th'], [14, 'th'],
    [21, 'st'], [22, 'nd'], [23, 'rd'], [101, 'st'], [111, 'th'], [112, 'th'], [113, 'th'], [122, 'nd'],
  ])('%i%s', (n, suffix) => {
    expect(ordinalSuffix(n)).toBe(suffix);
  });
});
