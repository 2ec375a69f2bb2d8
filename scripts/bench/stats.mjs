/** Small, pure helpers for the bench: medians, ratios and the 5x goal. */

/**
 * Median of a non-empty list of numbers (mean of the middle two for even lengths).
 * @param {readonly number[]} values
 * @returns {number}
 */
export function median(values) {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? /** @type {number} */ (sorted[mid]) : (/** @type {number} */ (sorted[mid - 1]) + /** @type {number} */ (sorted[mid])) / 2;
}

/**
 * How many times larger `theirs` is than `ours` (higher is better for us).
 * @param {number} theirs
 * @param {number} ours
 * @returns {number} Infinity when ours is 0 and theirs is not
 */
export function ratio(theirs, ours) {
  if (ours === 0) return theirs === 0 ? 1 : Infinity;
  return theirs / ours;
}

/**
 * @typedef {{ name: string, ours: number, theirs: number }} Figure
 * @typedef {Figure & { ratio: number, met: boolean }} Judged
 */

/**
 * Judges each figure against the goal "at least `factor` times smaller/faster".
 * @param {readonly Figure[]} figures
 * @param {number} [factor]
 * @returns {{ figures: Judged[], met: boolean }}
 */
export function judge(figures, factor = 5) {
  const judged = figures.map((f) => {
    const r = ratio(f.theirs, f.ours);
    return { ...f, ratio: r, met: r >= factor };
  });
  return { figures: judged, met: judged.length > 0 && judged.every((f) => f.met) };
}

/**
 * Formats milliseconds for the report.
 * @param {number} ms
 */
export function formatMs(ms) {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;
}

/**
 * Formats bytes as KB or MB (1024-based) for the report.
 * @param {number} bytes
 */
export function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}
