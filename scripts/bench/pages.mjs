/**
 * Bench pages, generated in memory: the same N-instance 10-question quiz
 * rendered by news-quiz, by SurveyJS, or not at all (blank baseline).
 *
 * Each page stamps `window.__t0` in a classic script before any library
 * loads, then polls (unclamped, via MessageChannel) until every instance
 * shows its first question with its choices laid out, and stores
 * `window.__bench = { rendered }` (ms since `__t0`) or `{ error }`.
 */

/** @typedef {'news-quiz' | 'surveyjs' | 'blank'} Library */

/**
 * Files each library loads (paths from the repository root), for the byte count.
 * @type {Readonly<Record<Library, { scripts: string[], styles: string[] }>>}
 */
export const ASSETS = Object.freeze({
  'news-quiz': { scripts: ['dist/news-quiz.min.js'], styles: [] },
  surveyjs: {
    scripts: ['node_modules/survey-core/survey.core.min.js', 'node_modules/survey-js-ui/survey-js-ui.min.js'],
    styles: ['node_modules/survey-core/survey-core.fontless.min.css'],
  },
  blank: { scripts: [], styles: [] },
});

/** JSON safe inside an HTML <script> element. */
const scriptJson = (/** @type {unknown} */ value) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The polling detector, as source of a classic inline script.
 * @param {Library} library
 * @param {number} count
 */
function detector(library, count) {
  return `(() => {
  const count = ${count};
  const library = ${JSON.stringify(library)};
  const limit = 60000;
  const laidOut = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const rendered = {
    'news-quiz': () => {
      const els = document.querySelectorAll('news-quiz');
      if (els.length !== count) return false;
      for (const el of els) {
        const root = el.shadowRoot;
        const question = root && root.querySelector('[part~="question"]');
        if (!question || !laidOut(question)) return false;
        if (root.querySelectorAll('input[type="radio"], [role="radio"]').length < 4) return false;
      }
      return true;
    },
    surveyjs: () => {
      const els = document.querySelectorAll('.bench-survey');
      if (els.length !== count) return false;
      for (const el of els) {
        const question = el.querySelector('.sd-question');
        if (!question || !laidOut(question)) return false;
        if (el.querySelectorAll('input[type="radio"]').length < 4) return false;
      }
      return true;
    },
    blank: () => document.querySelectorAll('.bench-blank').length === count,
  }[library];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const now = performance.now() - window.__t0;
    if (rendered()) { window.__bench = { rendered: now }; return; }
    if (now > limit) { window.__bench = { error: library + ': ' + count + ' instance(s) not rendered after ' + limit + ' ms' }; return; }
    channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
})();`;
}

/**
 * A bench page.
 * @param {{ library: Library, count: number, quiz: object, survey: object }} options
 *   `quiz` is Quiz JSON v1, `survey` the equivalent SurveyJS JSON.
 * @returns {string}
 */
export function benchPage({ library, count, quiz, survey }) {
  const assets = ASSETS[library];
  const head = [
    ...assets.styles.map((href) => `<link rel="stylesheet" href="/${href}">`),
    ...assets.scripts.map((src) =>
      library === 'news-quiz' ? `<script type="module" src="/${src}"></script>` : `<script src="/${src}"></script>`,
    ),
  ];
  let body = '';
  if (library === 'news-quiz') {
    const item = `<news-quiz no-persist><script type="application/json">${scriptJson(quiz)}</script></news-quiz>\n`;
    body = item.repeat(count);
  } else if (library === 'surveyjs') {
    body =
      '<div class="bench-survey"></div>\n'.repeat(count) +
      `<script>
  const json = ${scriptJson(survey)};
  for (const el of document.querySelectorAll('.bench-survey')) new Survey.Model(json).render(el);
</script>\n`;
  } else {
    body = '<div class="bench-blank"></div>\n'.repeat(count);
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: ${library} x ${count}</title>
<link rel="icon" href="data:,">
<script>window.__t0 = performance.now();</script>
${head.join('\n')}
</head>
<body>
<main>
${body}</main>
<script>${detector(library, count)}</script>
</body>
</html>
`;
}
