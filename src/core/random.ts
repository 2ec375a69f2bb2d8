/**
 * Seeded pseudo-random numbers for deterministic quiz building: the same seed
 * always gives the same quiz. Never use `Math.random` in the builder.
 */

import { hashString } from './hash.js';

/** A source of pseudo-random floats in `[0, 1)`. */
export type Rng = () => number;

/**
 * A mulberry32 generator seeded from the FNV-1a hash of `String(seed)`.
 * The same seed always yields the same sequence; `1` and `'1'` are the same seed.
 */
export function createRng(seed: string | number): Rng {
  let state = Number.parseInt(hashString(String(seed)), 16) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniformly shuffled copy of `items` (Fisher-Yates). `items` is not changed. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/** One item of `items` chosen uniformly, or `undefined` when `items` is empty. */
export function pick<T>(items: readonly T[], rng: Rng): T | undefined {
  if (items.length === 0) return undefined;
  return items[Math.floor(rng() * items.length)];
}
