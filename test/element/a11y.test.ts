import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  assert,
  button,
  choose,
  cleanup,
  deepActive,
  equal,
  expectAccessible,
  fixtureUrl,
  q,
  qa,
  quizElement,
  radios,
  render,
  settled,
  tabTo,
  text,
  uniqueQuiz,
} from './helpers.js';

describe('<news-quiz> accessibility', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  it('has no axe violations on a question', async () => {
    await expectAccessible(await quizElement(await uniqueQuiz(), 'no-persist'));
  });

  it('has no axe violations with feedback for a wrong answer', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    await choose(el, 0, 'Check answer');
    await expectAccessible(el);
  });

  it('has no axe violations on the results', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist reveal="end"');
    for (const label of ['Next question', 'Next question', 'Submit answers']) await choose(el, 0, label);
    await expectAccessible(el);
  });

  it('has no axe violations on an error', async () => {
    const el = render(`<news-quiz src="${fixtureUrl('invalid-quiz.json')}"></news-quiz>`);
    await settled(el);
    await expectAccessible(el);
  });

  it('has no axe violations in dark mode', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    await choose(el, 0, 'Check answer');
    await expectAccessible(el);
  });

  it('the choices are native radios named by their text, grouped by the prompt', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    const fieldset = q(el, 'fieldset')!;
    equal(fieldset.querySelector('legend')!.textContent, 'About how many US soldiers are stationed in Iraq?', 'legend');
    equal(radios(el).map((r) => r.labels![0]!.textContent!.trim()), ['900', '2,500', '3,400', '5,000'], 'radio labels');
    assert(radios(el).every((r) => fieldset.contains(r)), 'radios inside the fieldset');
  });

  it('announces feedback and the score once in a polite live region', async () => {
    const el = await quizElement(await uniqueQuiz('other.json'), 'no-persist');
    const live = q(el, '[aria-live=polite]')!;
    equal(live.textContent, '', 'silent at first');
    await choose(el, 0, 'Check answer');
    equal(live.textContent, 'Incorrect. The right answer is $20 million.', 'feedback');
    button(el, 'Next question').click();
    await el.updateComplete;
    await choose(el, 0);
    equal(live.textContent, 'Incorrect. The right answer is $20 million.', 'a pending choice announces nothing new');
    button(el, 'Check answer').click();
    await el.updateComplete;
    button(el, 'See results').click();
    await el.updateComplete;
    equal(live.textContent, 'You scored 1 out of 2.', 'score');
    assert(q(el, '[aria-live=polite]') === live, 'the same region throughout');
  });

  it('moves focus to the next question after "Next question"', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    await choose(el, 1, 'Check answer');
    button(el, 'Next question').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const active = deepActive()!;
    assert(active.matches('fieldset'), `focus on the question, got ${active.outerHTML}`);
    equal(active.querySelector('legend')!.textContent, 'When did the drone strike in Baghdad take place?', 'the new question');
  });

  it('every radio and button is at least 24 by 24 px', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    await choose(el, 3, 'Check answer');
    for (const target of [...radios(el), ...qa(el, 'button')]) {
      const { width, height } = target.getBoundingClientRect();
      assert(width >= 24 && height >= 24, `${target.outerHTML} is ${width}x${height}`);
    }
  });

  it('keyboard focus is visible: an outline of 2px or more', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    for (const selector of ['input[type=radio]', 'button']) {
      const target = await tabTo((e) => e.matches(selector), selector);
      const style = getComputedStyle(target);
      assert(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, `${selector} outline: ${style.outline}`);
    }
    void el;
  });

  it('uses a dark scheme when the reader prefers it, unless the page sets color-scheme on the element', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    const bg = () => getComputedStyle(q(el, '.r')!).backgroundColor;
    equal(bg(), 'rgb(31, 31, 31)', 'dark background');
    el.style.colorScheme = 'light';
    equal(bg(), 'rgb(255, 255, 255)', 'light background when the page says so');
  });

  it('keeps the choices and their state distinguishable in forced colors', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    await choose(el, 3, 'Check answer');
    const labels = qa(el, 'label');
    assert(labels.every((l) => getComputedStyle(l).borderStyle === 'solid'), 'choices keep their borders');
    assert(text(el, 'label:last-of-type').includes('Your answer') && text(el, '[part~=feedback] h3') === '✗ Incorrect', 'state in words');
  });

  it('stops the skeleton animation when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = render('<news-quiz></news-quiz>');
    await el.updateComplete;
    equal(getComputedStyle(q(el, '.sk i')!).animationName, 'none', 'animation');
  });
});
