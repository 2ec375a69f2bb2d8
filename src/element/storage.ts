/**
 * A localStorage wrapper that never throws. When storage is missing, blocked
 * (privacy modes, sandboxed iframes) or full, values are kept in memory for
 * the life of the page, so the reader loses nothing.
 */

const memory = new Map<string, string>();

/** The stored value for `key`, or null. Values that failed to persist are read from memory first. */
export function load(key: string): string | null {
  if (memory.has(key)) return memory.get(key)!;
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value` under `key`; returns false when it is only kept in memory. */
export function save(key: string, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    memory.delete(key);
    return true;
  } catch {
    memory.set(key, value);
    return false;
  }
}

/** Removes `key` from storage and memory. */
export function remove(key: string): void {
  memory.delete(key);
  try {
    localStorage.removeItem(key);
  } catch {
    /* storage unavailable: nothing stored there */
  }
}
