import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { NewsQuiz } from '../../src/element/news-quiz.js';
import { assert, choose, cleanup, equal, fixtureUrl, qa, quizElement, render, settled, uniqueQuiz } from './helpers.js';

/** Each state of the quiz, reached from a fresh element: name → set-up. */
const states: [string, () => Promise<NewsQuiz>][] = [
  ['loading', async () => {
    const el = render('<news-quiz></news-quiz>');
    await el.updateComplete;
    return el;
  }],
  ['error', async () => {
    const el = render(`<news-quiz src="${fixtureUrl('invalid-quiz.json')}"></news-quiz>`);
    await settled(el);
    return el;
  }],
  ['question', async () => quizElement(await uniqueQuiz(), 'no-persist')],
  ['feedback', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    await choose(el, 3, 'Check answer');
    return el;
  }],
  ['results', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist reveal="end"');
    for (const label of ['Next question', 'Next question', 'Submit answers']) await choose(el, 0, label);
    return el;
  }],
  ['Arabic feedback', async () => {
    const el = await quizElement(await uniqueQuiz('arabic.json'), 'no-persist lang="ar"');
    await new Promise((r) => setTimeout(r, 100)); // the Arabic strings
    await el.updateComplete;
    qa<HTMLInputElement>(el, 'input')[0]!.click();
    await el.updateComplete;
    qa<HTMLButtonElement>(el, 'button')[0]!.click();
    await el.updateComplete;
    return el;
  }],
];

/** Shadow elements sticking out of the element's box, or whose content is cut off. */
function problems(el: NewsQuiz): string[] {
  const box = el.getBoundingClientRect();
  const name = (e: Element) => `${e.tagName.toLowerCase()}${e.className ? `.${e.className}` : ''}`;
  return qa(el, '*').flatMap((e) => {
    const r = e.getBoundingClientRect();
    if (!r.width || e.closest('.sr')) return [];
    const out: string[] = [];
    if (r.right > box.right + 0.5 || r.left < box.left - 0.5) out.push(`${name(e)} overflows (${r.left}…${r.right} in ${box.left}…${box.right})`);
    const style = getComputedStyle(e);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
      if (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1) out.push(`${name(e)} clips its content`);
    }
    return out;
  });
}

function expectReflow(el: NewsQuiz, what: string): void {
  equal(problems(el), [], `${what}: nothing overflows or is clipped`);
  const page = document.documentElement;
  assert(page.scrollWidth <= page.clientWidth, `${what}: no horizontal scrolling (${page.scrollWidth} > ${page.clientWidth})`);
}

describe('<news-quiz> reflow, zoom, text spacing and motion', () => {
  afterEach(async () => {
    cleanup();
    document.documentElement.style.zoom = '';
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  for (const [state, make] of states) {
    it(`${state}: reflows at 320 CSS px`, async () => {
      await setViewport({ width: 320, height: 640 });
      expectReflow(await make(), `${state} at 320 px`);
    });

    it(`${state}: reflows at 200% zoom of a 640 px window`, async () => {
      await setViewport({ width: 640, height: 480 });
      document.documentElement.style.zoom = '2';
      expectReflow(await make(), `${state} at 200%`);
    });

    it(`${state}: WCAG 1.4.12 text spacing clips nothing`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await make();
      const spacing = new CSSStyleSheet();
      // The WCAG 1.4.12 test values, applied to every element as a user style sheet would.
      spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
        word-spacing: 0.16em !important } p, li, legend, blockquote { margin-bottom: 2em !important }`);
      const root = el.shadowRoot!;
      const heightBefore = el.getBoundingClientRect().height;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
      assert(getComputedStyle(qa(el, 'h2, [part~=progress], .sk')[0]!).letterSpacing !== 'normal', 'the spacing applies');
      expectReflow(el, `${state} with text spacing`);
      const buttons = qa(el, 'button');
      for (const b of buttons) assert(b.scrollWidth <= b.clientWidth + 1, `button "${b.textContent!.trim()}" fits its text`);
      assert(el.getBoundingClientRect().height >= heightBefore, 'the box grows instead of cutting text');
    });
  }

  it('reduced motion: no animation or transition in any state', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    for (const [state, make] of states) {
      const el = await make();
      for (const e of qa(el, '*')) {
        const s = getComputedStyle(e);
        assert(s.animationName === 'none', `${state}: ${e.tagName} animates (${s.animationName})`);
        assert(s.transitionDuration.split(',').every((d) => parseFloat(d) === 0), `${state}: ${e.tagName} transitions`);
      }
      cleanup();
    }
  });

  it('the loading skeleton is still: no motion at all while the quiz loads', async () => {
    const el = render('<news-quiz></news-quiz>');
    await el.updateComplete;
    const bars = qa(el, '.sk i');
    assert(bars.length > 0, 'a skeleton shows');
    assert(bars.every((b) => getComputedStyle(b).animationName === 'none'), 'no animation');
  });
});
