import { describe, expect, it } from 'vitest';
import { ordinalValue } from '../../src/core/number-words.js';

describe('ordinalValue', () => {
  it.each([
    ['third', 3], ['Seventh', 7], ['twelfth', 12], ['nineteenth', 19], ['twentieth', 20], ['ninetieth', 90],
    ['twenty-first', 21], ['forty-second', 42], ['sixty-fifth', 65],
  ])('%s → %d', (w, v) => expect(ordinalValue(w)).toBe(v));
  it.each(['first', 'second', 'three', 'tenths', 'ten-third', 'seconds', 'teenth'])('%s is not read', (w) => expect(ordinalValue(w)).toBeUndefined());
});
