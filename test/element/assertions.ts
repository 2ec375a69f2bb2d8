/**
 * Assertions and polling for the browser tests, free of side effects: unlike
 * helpers.ts, importing this module does not register `<news-quiz>`, so pages
 * that mount article markup (editor, highlight, page-article tests) can use it
 * without starting auto-builds.
 */

/** Throws with `message` unless `condition`. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Throws unless `actual` deep-equals `expected` (JSON comparison). */
export function equal(actual: unknown, expected: unknown, what = 'value'): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** Polls `fn` every frame until it returns something truthy, or fails after `ms`. */
export async function until<T>(fn: () => T, what = 'condition', ms = 5000): Promise<NonNullable<T>> {
  const end = performance.now() + ms;
  for (;;) {
    const value = fn();
    if (value) return value as NonNullable<T>;
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}
