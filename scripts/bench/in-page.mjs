/**
 * In-page generation bench: on the seed article page (demo/articles), the
 * time from `<news-quiz>` (no quiz data) entering the viewport to its
 * generated quiz being ready, the longest main-thread task while it loads and
 * builds, and the layout shift on the page.
 */

/** The publisher page of the seed article, with a `<news-quiz>` that builds its own quiz. */
export const SEED_PAGE = '/demo/articles/00-seed-iraq-coalition.html';

/**
 * Installed before any page script (playwright `addInitScript`): records
 * long tasks and layout shifts from the start, and when the first
 * `<news-quiz>` enters the viewport and fires `news-quiz-ready` or
 * `news-quiz-error`. Results in `window.__inPage`.
 */
export function probe() {
  const w = /** @type {any} */ (window);
  const state = (w.__inPage = { entered: -1, ready: -1, error: '', questions: 0, longTasks: [], shifts: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of /** @type {any[]} */ (list.getEntries())) if (!e.hadRecentInput) state.shifts.push({ start: e.startTime, value: e.value });
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('news-quiz-ready', (e) => {
    if (state.ready < 0) {
      state.ready = performance.now();
      state.questions = /** @type {any} */ (e.target).quiz?.questions?.length ?? 0;
    }
  });
  document.addEventListener('news-quiz-error', (e) => {
    state.error ||= String(/** @type {any} */ (e).error?.message ?? 'error');
  });
  const watch = () => {
    const el = document.querySelector('news-quiz');
    if (!el) return void requestAnimationFrame(watch);
    new IntersectionObserver((entries, io) => {
      if (entries.some((x) => x.isIntersecting) && state.entered < 0) {
        state.entered = performance.now();
        io.disconnect();
      }
    }).observe(el);
  };
  document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', watch) : watch();
}

/**
 * @typedef {{ entered: number, ready: number, error: string, questions: number,
 *   longTasks: { start: number, duration: number }[], shifts: { start: number, value: number }[] }} Probe
 * @typedef {{ toQuiz: number, longestTask: number, longestTaskAll: number, cls: number, questions: number }} InPageRun
 */

/**
 * The figures of one run from the probe's record: ms from entering the
 * viewport to ready (0 when built before it entered), the longest task from
 * entering to 300 ms after ready (what the quiz causes once the reader gets
 * there), the longest task of the whole page load, and the sum of layout
 * shifts.
 * @param {Probe} p
 * @returns {InPageRun}
 */
export function summarize(p) {
  if (p.error) throw new Error(`the quiz shows an error: ${p.error}`);
  if (p.ready < 0 || p.entered < 0) throw new Error('no generated quiz');
  const from = Math.min(p.entered, p.ready);
  const to = p.ready + 300;
  const during = p.longTasks.filter((t) => t.start + t.duration >= from && t.start <= to);
  return {
    toQuiz: Math.max(0, p.ready - p.entered),
    longestTask: Math.max(0, ...during.map((t) => t.duration)),
    longestTaskAll: Math.max(0, ...p.longTasks.map((t) => t.duration)),
    cls: p.shifts.reduce((sum, s) => sum + s.value, 0),
    questions: p.questions,
  };
}

/**
 * Loads the seed page cold with the quiz far below the fold, scrolls it into
 * view as soon as the document is parsed (before the page is idle, so the
 * viewport is what starts the build), and waits for the generated quiz.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {{ width: number, height: number }} [viewport] the page's viewport (default: the context's)
 * @returns {Promise<InPageRun>}
 */
export async function measureInPage(context, url, viewport) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript(probe);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => document.querySelector('news-quiz')?.scrollIntoView({ block: 'center' }));
    const handle = await page
      .waitForFunction(() => {
        const s = /** @type {any} */ (window).__inPage;
        return s && (s.ready >= 0 || s.error) ? s : null;
      }, undefined, { timeout: 20_000, polling: 50 })
      .catch(() => null);
    if (!handle) {
      const supports = await page.evaluate(() =>
        Boolean(/** @type {any} */ (customElements.get('news-quiz'))?.observedAttributes?.includes('for')),
      );
      throw new Error(
        supports
          ? `no generated quiz within 20 s${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`
          : '<news-quiz> in this build does not build quizzes from the page (no `for` attribute)',
      );
    }
    await page.waitForTimeout(400);
    return summarize(/** @type {Probe} */ (await page.evaluate(() => /** @type {any} */ (window).__inPage)));
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}
