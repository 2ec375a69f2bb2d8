/**
 * Small, dependency-free hashing helpers: a stable fingerprint of a quiz
 * (to key saved progress and to seed the PRNG). Not cryptographic.
 */

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a 32-bit hash of the UTF-8 bytes of `s`, as 8 lower-case hex digits.
 *
 * @example hashString('') === '811c9dc5'; hashString('a') === 'e40c292c'
 */
export function hashString(s: string): string {
  let h = FNV_OFFSET_BASIS;
  const byte = (b: number): void => {
    h = Math.imul(h ^ b, FNV_PRIME);
  };
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    // Combine a surrogate pair into one code point; a lone surrogate is hashed as U+FFFD.
    if (cp >= 0xd800 && cp <= 0xdbff) {
      const low = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      } else {
        cp = 0xfffd;
      }
    } else if (cp >= 0xdc00 && cp <= 0xdfff) {
      cp = 0xfffd;
    }
    if (cp < 0x80) {
      byte(cp);
    } else if (cp < 0x800) {
      byte(0xc0 | (cp >> 6));
      byte(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      byte(0xe0 | (cp >> 12));
      byte(0x80 | ((cp >> 6) & 0x3f));
      byte(0x80 | (cp & 0x3f));
    } else {
      byte(0xf0 | (cp >> 18));
      byte(0x80 | ((cp >> 12) & 0x3f));
      byte(0x80 | ((cp >> 6) & 0x3f));
      byte(0x80 | (cp & 0x3f));
    }
  }
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
  return write(v, new Set()) ?? 'null';
}

function write(v: unknown, seen: Set<object>): string | undefined {
  if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    v = (v as { toJSON: () => unknown }).toJSON();
  }
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      return Number.isFinite(v) ? JSON.stringify(v) : 'null';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('stableStringify: cannot serialise a bigint');
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
  }
  if (v === null) return 'null';
  const obj = v as object;
  if (seen.has(obj)) throw new TypeError('stableStringify: cannot serialise a circular structure');
  seen.add(obj);
  let out: string;
  if (Array.isArray(obj)) {
    out = `[${obj.map((item) => write(item, seen) ?? 'null').join(',')}]`;
  } else {
    const parts: string[] = [];
    for (const key of Object.keys(obj).sort()) {
      const value = write((obj as Record<string, unknown>)[key], seen);
      if (value !== undefined) parts.push(`${JSON.stringify(key)}:${value}`);
    }
    out = `{${parts.join(',')}}`;
  }
  seen.delete(obj);
  return out;
}
