#!/usr/bin/env node
/**
 * Performance bench (`npm run bench`): news-quiz against SurveyJS in quiz mode,
 * same 10 questions, same run, headless Debian Chromium driven by playwright-core.
 *
 * Figures (median of RUNS cold page loads each, HTTP cache disabled):
 *   (a) time from the first script to 1 quiz showing its first question
 *   (b) the same for 50 instances on one page
 *   (c) JS heap used after GC, with 1 and 50 instances, as a whole and above a
 *       blank page with as many empty divs (the heap the library adds)
 * plus the JS bytes (gzip) each library loads. The goal "at least 5x faster and
 * lighter than SurveyJS" is judged on (a), (b) and the heap added.
 *
 * In-page generation (demo/articles seed page, `<news-quiz>` with no data, cold):
 *   (d) time from the tag entering the viewport to its generated quiz
 *   (e) the longest main-thread task from then until the quiz is shown (goal: <= 50 ms),
 *       and the longest of the whole page load
 *   (f) cumulative layout shift of the page (goal: 0 from the quiz), also on a 375 px phone viewport
 * Exits 1 if a page fails to render.
 *
 * Env: CHROME_PATH (default /usr/bin/chromium), BENCH_RUNS (default 7),
 * NEWS_QUIZ_BUNDLE (a news-quiz.min.js to bench instead of dist/news-quiz.min.js),
 * NEWS_QUIZ_DIST (a directory served as /dist/ instead of dist/, e.g. a build of a patch: its chunks and worker).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ASSETS, benchPage } from './bench/pages.mjs';
import { benchQuiz, toSurveyJs } from './bench/quiz.mjs';
import { formatBytes, formatMs, judge, median } from './bench/stats.mjs';
import { measureInPage, SEED_PAGE } from './bench/in-page.mjs';
import { createStaticServer } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE_URL = '/dist/news-quiz.min.js';
const DIST = process.env.NEWS_QUIZ_DIST ? resolve(process.env.NEWS_QUIZ_DIST) : join(ROOT, 'dist');
const BUNDLE = process.env.NEWS_QUIZ_BUNDLE ? resolve(process.env.NEWS_QUIZ_BUNDLE) : join(DIST, 'news-quiz.min.js');
/** Where a library file is read from (the news-quiz bundle may be overridden). */
const filePath = (/** @type {string} */ file) => ('/' + file === BUNDLE_URL ? BUNDLE : join(ROOT, file));
/** Viewport of the phone run of the in-page figures. */
const PHONE = { width: 375, height: 740 };
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7) || 7);
const COUNTS = /** @type {const} */ ([1, 50]);
const LIBRARIES = /** @type {const} */ (['news-quiz', 'surveyjs']);
const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @typedef {import('./bench/pages.mjs').Library} Library */

/** Gzip (level 9) size of the files a library loads. */
function assetBytes(/** @type {Library} */ library) {
  const size = (/** @type {string[]} */ files) =>
    files.reduce((sum, file) => {
      const bytes = readFileSync(filePath(file));
      return sum + gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
    }, 0);
  return { js: size(ASSETS[library].scripts), css: size(ASSETS[library].styles) };
}

/**
 * Loads one bench page cold and returns its render time and heap after GC.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @returns {Promise<{ rendered: number, heap: number, errors: string[] }>}
 */
async function measurePage(context, url) {
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url, { waitUntil: 'load' });
    const handle = await page.waitForFunction(() => /** @type {any} */ (window).__bench, undefined, {
      timeout: 65_000,
      polling: 50,
    });
    const result = /** @type {{ rendered?: number, error?: string }} */ (await handle.jsonValue());
    if (result.error || typeof result.rendered !== 'number') {
      throw new Error(`${result.error ?? 'no render time'}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
    }
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { rendered: result.rendered, heap: usedSize, errors };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

/**
 * The in-page generation figures, median of RUNS cold loads of the seed article page.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} origin
 * @returns {Promise<string[]>}
 */
async function inPageFigures(context, origin) {
  /** @type {import('./bench/in-page.mjs').InPageRun[]} */
  const runs = [];
  /** The same page on a phone-sized viewport (questions wrap to more lines there). @type {import('./bench/in-page.mjs').InPageRun[]} */
  const phone = [];
  for (let round = 0; round <= RUNS; round++) {
    try {
      const run = await measureInPage(context, `${origin}${SEED_PAGE}`);
      const onPhone = await measureInPage(context, `${origin}${SEED_PAGE}`, PHONE);
      if (round > 0) {
        runs.push(run);
        phone.push(onPhone);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/does not build quizzes from the page/.test(message)) return [`In-page generation: not measured: ${message}.`];
      throw new Error(`in-page generation on ${SEED_PAGE} failed: ${message}`);
    }
  }
  /** @typedef {(r: import('./bench/in-page.mjs').InPageRun) => number} Pick */
  const med = (/** @type {Pick} */ pick, list = runs) => median(list.map(pick));
  const worst = (/** @type {Pick} */ pick, list = runs) => Math.max(...list.map(pick));
  const longest = worst((r) => r.longestTask);
  const cls = worst((r) => r.cls);
  const phoneCls = worst((r) => r.cls, phone);
  return [
    `In-page generation on ${SEED_PAGE} (${runs.length} cold runs, ${runs[0]?.questions ?? 0} questions):`,
    `  viewport -> generated quiz             median ${formatMs(med((r) => r.toQuiz))}, worst ${formatMs(worst((r) => r.toQuiz))}`,
    `  longest main-thread task (quiz)        median ${formatMs(med((r) => r.longestTask))}, worst ${formatMs(longest)}  ${longest <= 50 ? '<= 50 ms ok' : 'OVER 50 ms'}`,
    `  longest main-thread task (whole load)  median ${formatMs(med((r) => r.longestTaskAll))}`,
    `  cumulative layout shift (page)         worst ${cls.toFixed(4)}  ${cls === 0 ? 'ok' : 'NOT 0'}`,
    `  ${`the same on a ${PHONE.width}x${PHONE.height} phone`.padEnd(38)} worst ${phoneCls.toFixed(4)}  ${phoneCls === 0 ? 'ok' : 'NOT 0'}; viewport -> quiz median ${formatMs(med((r) => r.toQuiz, phone))}`,
    '',
  ];
}

async function main() {
  const started = performance.now();
  const quiz = benchQuiz();
  const survey = toSurveyJs(quiz);
  for (const library of LIBRARIES) {
    for (const file of ASSETS[library].scripts) {
      try {
        readFileSync(filePath(file));
      } catch {
        const hint = file.startsWith('dist/') ? 'run npm run build first' : 'run npm install';
        console.error(`bench: ${filePath(file)} is missing: ${hint}`);
        process.exit(1);
      }
    }
  }

  /** @type {Map<string, string>} */
  const pages = new Map();
  for (const library of /** @type {Library[]} */ ([...LIBRARIES, 'blank'])) {
    for (const count of COUNTS) pages.set(`/bench/${library}-${count}.html`, benchPage({ library, count, quiz, survey }));
  }
  const server = createStaticServer({
    root: ROOT,
    routes: (pathname) => {
      if (pathname === BUNDLE_URL) return { type: 'text/javascript; charset=utf-8', body: readFileSync(BUNDLE) };
      if (DIST !== join(ROOT, 'dist') && pathname.startsWith('/dist/') && !pathname.includes('..')) {
        try {
          const file = join(DIST, decodeURIComponent(pathname.slice('/dist/'.length)));
          return { type: file.endsWith('.json') ? 'application/json' : 'text/javascript; charset=utf-8', body: readFileSync(file) };
        } catch {
          return undefined;
        }
      }
      const html = pages.get(pathname);
      return html === undefined ? undefined : { type: 'text/html; charset=utf-8', body: html };
    },
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const userDataDir = mkdtempSync(join(tmpdir(), 'news-quiz-bench-'));
  /** @type {import('playwright-core').BrowserContext | undefined} */
  let context;
  let failed = false;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROME_ARGS,
      viewport: { width: 1280, height: 800 },
    });
    const version = context.browser()?.version() ?? 'unknown';
    console.log(`news-quiz bench: Chromium ${version}, ${RUNS} cold runs per figure, 10-question quiz\n`);

    /** @type {Record<string, { rendered: number[], heap: number[] }>} */
    const samples = {};
    const configs = [...LIBRARIES.flatMap((library) => COUNTS.map((count) => ({ library, count }))),
      ...COUNTS.map((count) => ({ library: /** @type {Library} */ ('blank'), count }))];
    // One warm-up round (discarded), then RUNS rounds, interleaved so drift hits every config alike.
    for (let round = 0; round <= RUNS; round++) {
      for (const { library, count } of configs) {
        const key = `${library}-${count}`;
        const result = await measurePage(context, `${origin}/bench/${key}.html`).catch((error) => {
          console.error(`bench: ${key} failed: ${error instanceof Error ? error.message : error}`);
          failed = true;
          return null;
        });
        if (!result || round === 0) continue;
        (samples[key] ??= { rendered: [], heap: [] }).rendered.push(result.rendered);
        samples[key].heap.push(result.heap);
      }
      if (failed) break;
    }
    if (failed) throw new Error('a bench page failed to render');

    const med = (/** @type {string} */ key, /** @type {'rendered' | 'heap'} */ field) => median(samples[key]?.[field] ?? []);
    const plural = (/** @type {number} */ count) => `${count} instance${count > 1 ? 's' : ''}`;
    const blankHeap = Object.fromEntries(COUNTS.map((count) => [count, med(`blank-${count}`, 'heap')]));
    const aboveBlank = (/** @type {string} */ key, /** @type {number} */ count) =>
      Math.max(0, med(key, 'heap') - (blankHeap[count] ?? 0));
    // The goal figures: render time (a, b) and the heap each library adds to a page (c).
    const goal = judge([
      ...COUNTS.map((count) => ({
        name: `render time, ${plural(count)}`,
        unit: 'ms',
        ours: med(`news-quiz-${count}`, 'rendered'),
        theirs: med(`surveyjs-${count}`, 'rendered'),
      })),
      ...COUNTS.map((count) => ({
        name: `JS heap added, ${plural(count)}`,
        unit: 'bytes',
        ours: aboveBlank(`news-quiz-${count}`, count),
        theirs: aboveBlank(`surveyjs-${count}`, count),
      })),
    ]);
    const bytes = { ours: assetBytes('news-quiz'), theirs: assetBytes('surveyjs') };
    const info = judge([
      ...COUNTS.map((count) => ({
        name: `JS heap after GC (whole page), ${plural(count)}`,
        unit: 'bytes',
        ours: med(`news-quiz-${count}`, 'heap'),
        theirs: med(`surveyjs-${count}`, 'heap'),
      })),
      { name: 'JS loaded (gzip)', unit: 'bytes', ours: bytes.ours.js, theirs: bytes.theirs.js },
    ]);

    const fmt = (/** @type {number} */ v, /** @type {string} */ unit) => (unit === 'ms' ? formatMs(v) : formatBytes(v));
    const row = (/** @type {string} */ name, /** @type {string} */ ours, /** @type {string} */ theirs, rest = '') =>
      `${name.padEnd(44)} ${ours.padStart(10)} ${theirs.padStart(10)}  ${rest}`.trimEnd();
    const lines = [row('median of runs', 'news-quiz', 'SurveyJS', 'SurveyJS/news-quiz')];
    for (const f of goal.figures) {
      lines.push(row(f.name, fmt(f.ours, f.unit), fmt(f.theirs, f.unit), `${f.ratio.toFixed(1).padStart(5)}x  ${f.met ? '>= 5x' : '< 5x'}`));
    }
    lines.push('');
    for (const f of info.figures) {
      lines.push(row(f.name, fmt(f.ours, f.unit), fmt(f.theirs, f.unit), `${f.ratio.toFixed(1).padStart(5)}x`));
    }
    lines.push(row('CSS loaded (gzip)', 'in the JS', formatBytes(bytes.theirs.css)));
    lines.push(
      `(JS heap added = page heap minus a blank page with as many empty divs: ${COUNTS.map((c) => formatBytes(blankHeap[c] ?? 0)).join(' / ')})`,
      '',
    );
    for (const key of Object.keys(samples).sort()) {
      lines.push(`  ${key.padEnd(14)} render ms: ${samples[key]?.rendered.map((v) => v.toFixed(1)).join(', ')}`);
    }
    lines.push('');
    const missed = goal.figures.filter((f) => !f.met).map((f) => `${f.name} (${f.ratio.toFixed(1)}x)`);
    lines.push(
      goal.met
        ? 'Goal MET: news-quiz renders at least 5x faster and adds at least 5x less JS heap than SurveyJS, with 1 and with 50 instances.'
        : `Goal NOT met: under 5x on ${missed.join('; ')}.`,
    );
    lines.push('', ...(await inPageFigures(context, origin)));
    lines.push(`(bench took ${((performance.now() - started) / 1000).toFixed(0)} s)`);
    console.log(lines.join('\n'));
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : error}`);
    if (!context) console.error(`bench: could not start Chromium at ${executablePath}; set CHROME_PATH`);
    process.exitCode = 1;
  } finally {
    await context?.close().catch(() => {});
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

await main();
