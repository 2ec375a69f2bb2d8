/**
 * A small string-keyed cache for pure functions the builder calls again and
 * again with the same argument (a name's comparison key, a date span's parts,
 * a form's text matcher). Bounded: it forgets everything once full, so a
 * long-running process never grows it without limit. Pure: no DOM.
 */

/**
 * `fn` with its results cached by argument (at most `max` of them). `fn` must be
 * pure and its results never mutated by callers.
 */
export function memo<T>(fn: (s: string) => T, max = 512): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      if (cache.size >= max) cache.clear();
      cache.set(s, (v = fn(s)));
    }
    return v as T;
  };
}
