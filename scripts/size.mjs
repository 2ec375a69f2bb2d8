#!/usr/bin/env node
/**
 * Size budget check for the browser bundles (`npm run size`).
 *
 * Prints the minified and gzip (zlib level 9) size of `dist/news-quiz.min.js`
 * and any other `dist/*.min.js` chunk, compares them with their budgets and
 * with peer libraries, and exits 1 when a bundle is over budget or missing.
 *
 *   node scripts/size.mjs [DIST_DIR]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The drop-in bundle every publisher loads; it must exist. */
export const MAIN_BUNDLE = 'news-quiz.min.js';

/** Gzip budgets in bytes, by file name in dist/ (1 KB = 1024 bytes): over one, `npm run size` fails. */
export const BUDGETS = Object.freeze({
  'news-quiz.min.js': 15 * 1024,
});

/**
 * Gzip targets not yet met and so not enforced: reported on every run (OVER, with the bytes to go) without
 * failing it. The in-page builder is over its 40 KB target (see README, Size and speed); once it fits, it moves
 * to BUDGETS.
 */
export const TARGETS = Object.freeze({
  'news-quiz-builder.min.js': 40 * 1024,
});

/** Peer bundles (minified + gzip, measured with esbuild; see DESIGN.md). */
export const PEERS = Object.freeze([
  { name: 'react-quiz-component + react', gzip: 64 * 1024 },
  { name: 'quizdown', gzip: 94 * 1024 },
  { name: 'SurveyJS (survey-core + survey-js-ui)', gzip: 356 * 1024 },
]);

/**
 * Minified (as on disk) and gzip level 9 size of a file's bytes.
 * @param {Uint8Array} bytes
 * @returns {{ min: number, gzip: number }}
 */
export function measure(bytes) {
  return { min: bytes.length, gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length };
}

/**
 * Formats a byte count as KB with one decimal (1 KB = 1024 bytes).
 * @param {number} bytes
 */
export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * @typedef {{ file: string, min: number, gzip: number }} Measured
 * @typedef {Measured & { budget: number | null, over: boolean, target?: boolean }} Checked
 */

/**
 * Compares measured bundles with their budgets. Files are sorted by name.
 * @param {Measured[]} measured
 * @param {Readonly<Record<string, number>>} [budgets]
 * @returns {{ rows: Checked[], failures: string[], warnings: string[] }}
 */
export function checkBudgets(measured, budgets = BUDGETS, targets = TARGETS) {
  const rows = [...measured]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map((m) => {
      const target = !Object.hasOwn(budgets, m.file) && Object.hasOwn(targets, m.file);
      const limits = target ? targets : budgets;
      const budget = Object.hasOwn(limits, m.file) ? limits[m.file] ?? null : null;
      return { ...m, budget, over: budget !== null && m.gzip > budget, target };
    });
  const warnings = rows
    .filter((r) => r.over && r.target)
    .map((r) => `${r.file} is ${kb(r.gzip)} gzip (${r.gzip} bytes), ${r.gzip - /** @type {number} */ (r.budget)} bytes over its ${kb(/** @type {number} */ (r.budget))} target (not enforced yet)`);
  const failures = rows
    .filter((r) => r.over && !r.target)
    .map(
      (r) =>
        `${r.file} is ${kb(r.gzip)} gzip (${r.gzip} bytes), over its budget of ${kb(/** @type {number} */ (r.budget))} ` +
        `(${r.budget} bytes) by ${r.gzip - /** @type {number} */ (r.budget)} bytes`,
    );
  if (!rows.some((r) => r.file === MAIN_BUNDLE)) {
    failures.unshift(`${MAIN_BUNDLE} is missing from dist/: run npm run build first`);
  }
  return { rows, failures, warnings };
}

/**
 * The report printed by `npm run size`: one line per bundle, then the peers
 * next to the main bundle.
 * @param {{ rows: Checked[], failures: string[], warnings?: string[] }} result
 * @returns {string}
 */
export function formatReport({ rows, failures, warnings = [] }) {
  const lines = [];
  const width = Math.max(24, ...rows.map((r) => r.file.length));
  lines.push(`${'bundle'.padEnd(width)}  ${'minified'.padStart(10)}  ${'gzip'.padStart(10)}  ${'gzip bytes'.padStart(10)}  budget (gzip)`);
  for (const r of rows) {
    const verdict = r.budget === null ? 'no budget' : `${kb(r.budget)}${r.target ? ' target' : ''} ${r.over ? 'OVER' : 'ok'}`;
    lines.push(
      `${r.file.padEnd(width)}  ${kb(r.min).padStart(10)}  ${kb(r.gzip).padStart(10)}  ${String(r.gzip).padStart(10)}  ${verdict}`,
    );
  }
  const main = rows.find((r) => r.file === MAIN_BUNDLE);
  if (main) {
    lines.push('', `${MAIN_BUNDLE} compared with peers (gzip):`);
    for (const p of PEERS) {
      lines.push(`  ${p.name.padEnd(40)} ${kb(p.gzip).padStart(9)}  ${(p.gzip / main.gzip).toFixed(1)}x larger`);
    }
  }
  lines.push('');
  lines.push(...warnings.map((w) => `WARN ${w}`));
  if (failures.length) {
    lines.push(...failures.map((f) => `FAIL ${f}`));
  } else {
    lines.push('All bundles are within budget.');
  }
  return lines.join('\n');
}

/**
 * Measures every `*.min.js` file directly in `distDir` and checks the budgets.
 * @param {string} distDir
 * @returns {{ exitCode: 0 | 1, output: string }}
 */
export function run(distDir) {
  const shown = relative(process.cwd(), distDir) || '.';
  if (!existsSync(distDir)) {
    return { exitCode: 1, output: `FAIL ${shown}/ does not exist: run npm run build first` };
  }
  const files = readdirSync(distDir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.min.js'))
    .map((d) => d.name)
    .sort();
  const measured = files.map((file) => ({ file, ...measure(readFileSync(join(distDir, file))) }));
  const result = checkBudgets(measured);
  return { exitCode: result.failures.length ? 1 : 0, output: formatReport(result) };
}

function main() {
  const dist = resolve(process.argv[2] ?? join(ROOT, 'dist'));
  const { exitCode, output } = run(dist);
  (exitCode ? console.error : console.log)(output);
  process.exitCode = exitCode;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
