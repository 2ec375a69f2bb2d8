/**
 * Small, dependency-free hashing helpers: a stable fingerprint of a quiz
 * (to key saved progress and to seed the PRNG). Not cryptographic.
 */

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The Encoding Standard's UTF-8 encoder: global in Node, browsers and workers (typed here, as the core's lib is ES only). */
declare const TextEncoder: { new (): { encode(input: string): Uint8Array } };

/**
 * FNV-1a 32-bit hash of the UTF-8 bytes of `s`, as 8 lower-case hex digits.
 * A lone surrogate is hashed as U+FFFD (as `TextEncoder` encodes it).
 *
 * @example hashString('') === '811c9dc5'; hashString('a') === 'e40c292c'
 */
export function hashString(s: string): string {
  let h = FNV_OFFSET_BASIS;
  const bytes = new TextEncoder().encode(s);
  // (An indexed loop: iterating the bytes is several times slower, and the builder hashes the whole article.)
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * `JSON.stringify` with object keys sorted, so that two objects with the same
 * content give the same string whatever their key order. Follows JSON rules:
 * `undefined`, functions and symbols are dropped from objects and become
 * `null` in arrays, non-finite numbers become `null`, `toJSON()` is honoured.
 * A top-level value that JSON cannot represent gives `'null'`.
 *
 * @throws TypeError on a circular structure or a bigint.
 */
export function stableStringify(v: unknown): string {
  return write(v, []) ?? 'null';
}

function write(v: unknown, seen: object[]): string | undefined {
  if (typeof (v as { toJSON?: unknown } | null)?.toJSON === 'function') v = (v as { toJSON: () => unknown }).toJSON();
  // Strings, numbers (non-finite ones as null), booleans, null; undefined for what JSON drops; a bigint throws
  // JSON.stringify's own TypeError.
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (seen.includes(v)) throw new TypeError('stableStringify: cannot serialise a circular structure');
  seen.push(v);
  const out = Array.isArray(v)
    ? `[${v.map((item) => write(item, seen) ?? 'null')}]`
    : `{${Object.keys(v)
        .sort()
        .flatMap((key) => {
          const value = write((v as Record<string, unknown>)[key], seen);
          return value === undefined ? [] : [`${JSON.stringify(key)}:${value}`];
        })}}`;
  seen.pop();
  return out;
}
