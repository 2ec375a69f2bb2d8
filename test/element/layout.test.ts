import { setViewport } from '@web/test-runner-commands';
import {
  assert,
  choose,
  cleanup,
  equal,
  pageStyle,
  q,
  qa,
  quizElement,
  radios,
  render,
  uniqueQuiz,
} from './helpers.js';
import type { NewsQuiz } from '../../src/element/news-quiz.js';

/** Shadow elements wider than the element's box (overflowing it). */
function overflowing(el: NewsQuiz): string[] {
  const box = el.getBoundingClientRect();
  return qa(el, '*')
    .filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5);
    })
    .map((e) => `${e.tagName.toLowerCase()}${e.getAttribute('part') ? `[${e.getAttribute('part')}]` : ''}`);
}

describe('<news-quiz> layout on real pages', () => {
  afterEach(async () => {
    cleanup();
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps its layout under hostile page CSS', async () => {
    pageStyle(`* { font-size: 40px !important; display: block; letter-spacing: 0.5em; text-transform: uppercase;
      line-height: 0 !important; visibility: visible; white-space: nowrap }
      button { display: none !important } input { display: none !important } label { display: none }
      fieldset { display: none }`);
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    await choose(el, 1, 'Check answer');
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width >= 24 && r.height >= 24 && getComputedStyle(e).visibility === 'visible';
    };
    assert(radios(el).every(visible), 'radios visible');
    assert(qa(el, 'button').length === 1 && qa(el, 'button').every(visible), 'the button is visible');
    const legend = getComputedStyle(q(el, 'legend')!);
    equal([legend.textTransform, legend.letterSpacing, legend.whiteSpace], ['none', 'normal', 'normal'], 'inherited text styles reset');
    assert(parseFloat(legend.lineHeight) >= parseFloat(legend.fontSize), `line height ${legend.lineHeight} for ${legend.fontSize}`);
    equal(overflowing(el), [], 'nothing overflows');
  });

  it('lays out its content even when the page makes the element inline', async () => {
    // A page rule on the element beats :host (by design: publishers keep control of the box).
    pageStyle('news-quiz { display: inline }');
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    const box = q(el, '.r')!.getBoundingClientRect();
    assert(box.height > 200 && box.width > 300, `inner box ${box.width}x${box.height}`);
  });

  it('respects the hidden attribute', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist hidden');
    equal(getComputedStyle(el).display, 'none', 'display');
  });

  it('wraps Arabic, emoji and very long words at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await quizElement(await uniqueQuiz('arabic.json'), 'no-persist');
    equal(getComputedStyle(q(el, 'legend')!).direction, 'rtl', 'the Arabic prompt runs right to left');
    equal(overflowing(el), [], 'nothing overflows on the question');
    await choose(el, 0, 'Check answer');
    equal(overflowing(el), [], 'nothing overflows with the feedback');
    assert(document.documentElement.scrollWidth <= 320, `page scroll width ${document.documentElement.scrollWidth}`);
  });

  it('inherits the page font unless --news-quiz-font is set', async () => {
    pageStyle('.serif { font-family: Georgia, serif; font-size: 18px }');
    const el = render('<div class="serif"><news-quiz no-persist></news-quiz></div>') ;
    el.quiz = await uniqueQuiz();
    await el.updateComplete;
    const font = () => getComputedStyle(q(el, 'legend')!);
    equal([font().fontFamily, font().fontSize], ['Georgia, serif', '18px'], 'page font');
    el.style.setProperty('--news-quiz-font', 'monospace');
    equal(font().fontFamily, 'monospace', 'custom font');
  });

  it('takes the theme from --news-quiz-* properties set on the element', async () => {
    const el = await quizElement(
      await uniqueQuiz(),
      'no-persist style="--news-quiz-accent: rgb(0, 100, 0); --news-quiz-radius: 0px; --news-quiz-bg: rgb(250, 250, 240); --news-quiz-fg: rgb(10, 10, 10)"',
    );
    const button = getComputedStyle(q(el, 'button')!);
    equal([button.backgroundColor, button.borderTopLeftRadius], ['rgb(0, 100, 0)', '0px'], 'button');
    const root = getComputedStyle(q(el, '.r')!);
    equal([root.backgroundColor, root.color], ['rgb(250, 250, 240)', 'rgb(10, 10, 10)'], 'colours');
  });

  it('the loading skeleton reserves about the height of a question', async () => {
    const loading = render('<news-quiz></news-quiz>');
    await loading.updateComplete;
    const reserved = loading.getBoundingClientRect().height;
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    const shown = el.getBoundingClientRect().height;
    assert(Math.abs(reserved - shown) / shown < 0.2, `skeleton ${reserved}px vs question ${shown}px`);
  });
});
