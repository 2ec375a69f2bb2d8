import ar from '../../src/element/locales/ar.js';
import type { NewsQuiz } from '../../src/element/news-quiz.js';
import { assert, button, choose, cleanup, equal, q, qa, quizElement, render, settled, uniqueQuiz, until } from './helpers.js';

/** Left and right edges of a shadow element. */
const box = (el: NewsQuiz, selector: string) => q(el, selector)!.getBoundingClientRect();

/** Checks the layout is mirrored: radios right of their text, accent borders on the right, buttons from the right. */
async function expectMirrored(el: NewsQuiz, check: string): Promise<void> {
  equal(getComputedStyle(q(el, '[part~=progress]')!).direction, 'rtl', 'the interface runs right to left');
  const radio = box(el, 'label input');
  const label = box(el, 'label > span');
  assert(radio.left > label.right - 1, `radio (${radio.left}) right of its text (${label.right})`);
  const root = box(el, '.r');
  const action = box(el, '.a button');
  assert(action.left - root.left > root.right - action.right, `button at the right edge (${action.left}…${action.right} in ${root.left}…${root.right})`);
  await choose(el, 0, check);
  const feedback = getComputedStyle(q(el, '[part~=feedback]')!);
  equal([feedback.borderRightWidth, feedback.borderLeftWidth], ['4px', '0px'], 'feedback bar on the right (the start)');
  const mark = box(el, 'label .m');
  const text = box(el, 'label > span');
  assert(mark.right <= text.left + 1, 'the "your answer" mark follows the text leftwards');
}

describe('<news-quiz> right to left', () => {
  afterEach(cleanup);

  it('mirrors the layout for an Arabic interface', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist lang="ar"');
    await until(() => q(el, 'button')!.textContent!.trim() === ar.check, 'Arabic strings');
    equal(q(el, '.r')!.getAttribute('dir'), 'rtl', 'dir on the interface');
    await expectMirrored(el, ar.check as string);
  });

  it('mirrors the layout in any dir="rtl" context, whatever the language', async () => {
    const el = render('<div dir="rtl"><news-quiz no-persist></news-quiz></div>');
    el.quiz = await uniqueQuiz();
    await settled(el);
    equal(q(el, '.r')!.hasAttribute('dir'), false, 'direction inherited, not forced');
    await expectMirrored(el, 'Check answer');
  });

  it('keeps left-to-right quiz text left-to-right inside an Arabic interface, and Arabic quiz text RTL in English', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist lang="ar"');
    await until(() => q(el, 'button')!.textContent!.trim() === ar.check, 'Arabic strings');
    equal(getComputedStyle(q(el, 'label > span')!).direction, 'ltr', 'English choice in an Arabic interface');
    const english = await quizElement(await uniqueQuiz('arabic.json'), 'no-persist');
    equal(getComputedStyle(q(english, 'legend')!).direction, 'rtl', 'Arabic prompt in an English interface');
    equal(getComputedStyle(q(english, '.r')!).direction, 'ltr', 'English interface stays LTR');
    equal(q(english, 'legend')!.getAttribute('lang'), 'ar', 'quiz text marked as Arabic');
  });

  it('the results and actions read right to left', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist lang="ar" reveal="end"');
    await until(() => q(el, 'button')!.textContent!.trim() === ar.next, 'Arabic strings');
    for (const label of [ar.next, ar.next, ar.submit]) await choose(el, 1, label as string);
    const [retry, share] = qa(el, '[part~=results] button').map((b) => b.getBoundingClientRect());
    assert(retry!.left > share!.right - 1, '"try again" first, on the right');
    equal(getComputedStyle(q(el, '[part~=results] li')!).borderRightWidth, '4px', 'review marks on the right');
    button(el, ar.tryAgain as string);
  });
});
