import { describe, expect, it } from 'vitest';
import { hashString, stableStringify } from '../../src/core/hash.js';
import { createRng, pick, shuffle, type Rng } from '../../src/core/random.js';

function take(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, () => rng());
}

describe('hashString (FNV-1a 32-bit)', () => {
  // Reference vectors from the FNV specification (draft-eastlake-fnv, test suite).
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ])('hashes %j to %s', (input, expected) => {
    expect(hashString(input)).toBe(expected);
  });

  it('always gives 8 lower-case hex digits', () => {
    for (const s of ['', 'x', 'news-quiz', 'é', '😀', 'a'.repeat(1000)]) expect(hashString(s)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('hashes the UTF-8 bytes, so non-ASCII text matches its byte-wise hash', () => {
    // 'é' is C3 A9 in UTF-8; '€' is E2 82 AC; '😀' is F0 9F 98 80. Compare with a byte-wise FNV-1a.
    const fnvBytes = (bytes: number[]): string => {
      let h = 0x811c9dc5;
      for (const b of bytes) h = Math.imul(h ^ b, 0x01000193);
      return (h >>> 0).toString(16).padStart(8, '0');
    };
    expect(hashString('é')).toBe(fnvBytes([0xc3, 0xa9]));
    expect(hashString('€')).toBe(fnvBytes([0xe2, 0x82, 0xac]));
    expect(hashString('😀')).toBe(fnvBytes([0xf0, 0x9f, 0x98, 0x80]));
    // Lone surrogates hash as U+FFFD (EF BF BD), like a UTF-8 encoder would write them.
    expect(hashString('\ud83d')).toBe(fnvBytes([0xef, 0xbf, 0xbd]));
    expect(hashString('\ude00x')).toBe(fnvBytes([0xef, 0xbf, 0xbd, 0x78]));
  });

  it('tells apart strings that differ by one character', () => {
    expect(hashString('quiz-1')).not.toBe(hashString('quiz-2'));
  });
});

describe('stableStringify', () => {
  it('ignores key order', () => {
    expect(stableStringify({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'x' } })).toBe(
      stableStringify({ a: { c: 'x', d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    expect(stableStringify({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('keeps array order', () => {
    expect(stableStringify([2, 1])).not.toBe(stableStringify([1, 2]));
  });

  it.each<[string, unknown]>([
    ['a string with quotes', 'say "hi"\n'],
    ['a number', -1.5e-7],
    ['booleans and null', [true, false, null]],
    ['nested data', { questions: [{ id: 'q1', choices: ['a', 'b'], answer: 0 }], version: 1 }],
    ['an empty object and array', { a: {}, b: [] }],
  ])('reads back as the same data: %s', (_name, value) => {
    expect(JSON.parse(stableStringify(value))).toEqual(value);
  });

  it('follows JSON rules for values JSON cannot hold', () => {
    expect(stableStringify({ a: undefined, b: () => 1, c: Symbol('x'), d: 1 })).toBe('{"d":1}');
    expect(stableStringify([undefined, () => 1, NaN, Infinity])).toBe('[null,null,null,null]');
    expect(stableStringify(undefined)).toBe('null');
    expect(stableStringify({ when: new Date(Date.UTC(2024, 0, 5)) })).toBe('{"when":"2024-01-05T00:00:00.000Z"}');
  });

  it('allows the same object twice but rejects cycles and bigints', () => {
    const shared = { x: 1 };
    expect(stableStringify([shared, shared])).toBe('[{"x":1},{"x":1}]');
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() => stableStringify(cyclic)).toThrow(/circular/);
    expect(() => stableStringify({ n: 1n })).toThrow(TypeError);
  });
});

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(take(createRng('article-1'), 50)).toEqual(take(createRng('article-1'), 50));
    expect(take(createRng(42), 10)).toEqual(take(createRng(42), 10));
  });

  it('treats a number seed and its string form alike', () => {
    expect(take(createRng(7), 10)).toEqual(take(createRng('7'), 10));
  });

  it.each<[string | number, string | number]>([
    ['a', 'b'],
    ['article-1', 'article-2'],
    [0, 1],
    ['', ' '],
  ])('gives different sequences for seeds %j and %j', (a, b) => {
    expect(take(createRng(a), 10)).not.toEqual(take(createRng(b), 10));
  });

  it('returns floats in [0, 1) spread evenly over the interval', () => {
    const rng = createRng('uniformity');
    const buckets = new Array<number>(10).fill(0);
    const n = 20000;
    for (const x of take(rng, n)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      buckets[Math.floor(x * 10)]! += 1;
    }
    for (const count of buckets) expect(Math.abs(count - n / 10)).toBeLessThan(n / 10 / 10);
  });

  it('does not repeat a short cycle', () => {
    expect(new Set(take(createRng('cycle'), 1000)).size).toBe(1000);
  });
});

describe('shuffle', () => {
  const items = Object.freeze(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);

  it('returns a permutation of the items and leaves the input unchanged', () => {
    const copy = items.slice();
    const out = shuffle(items, createRng('perm'));
    expect(out).not.toBe(items);
    expect(out.slice().sort()).toEqual(copy);
    expect(items).toEqual(copy);
  });

  it('is deterministic for a seed and varies across seeds', () => {
    expect(shuffle(items, createRng('s1'))).toEqual(shuffle(items, createRng('s1')));
    const orders = new Set(['s1', 's2', 's3', 's4', 's5'].map((s) => shuffle(items, createRng(s)).join('')));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('handles empty and one-item lists', () => {
    expect(shuffle([], createRng(1))).toEqual([]);
    expect(shuffle(['only'], createRng(1))).toEqual(['only']);
  });

  it('makes every order about equally likely', () => {
    const rng = createRng('fisher-yates');
    const counts = new Map<string, number>();
    const n = 12000;
    for (let i = 0; i < n; i++) {
      const key = shuffle([1, 2, 3], rng).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const count of counts.values()) expect(Math.abs(count - n / 6)).toBeLessThan(n / 6 / 8);
  });
});

describe('pick', () => {
  it('returns undefined for an empty list', () => {
    expect(pick([], createRng(1))).toBeUndefined();
  });

  it('returns items of the list, each about equally often, deterministically', () => {
    const rng = createRng('pick');
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 3000; i++) counts[pick(['a', 'b', 'c'] as const, rng)!] += 1;
    for (const count of Object.values(counts)) expect(Math.abs(count - 1000)).toBeLessThan(125);
    expect(pick(['x', 'y', 'z'], createRng('same'))).toBe(pick(['x', 'y', 'z'], createRng('same')));
  });

  it('can pick the first and the last item', () => {
    const rng = createRng('ends');
    const seen = new Set(Array.from({ length: 200 }, () => pick([0, 1, 2, 3, 4], rng)));
    expect(seen).toEqual(new Set([0, 1, 2, 3, 4]));
  });
});
