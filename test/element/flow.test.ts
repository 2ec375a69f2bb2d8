import { sendKeys } from '@web/test-runner-commands';
import type { NewsQuizAnswerEvent, NewsQuizCompleteEvent } from '../../src/element/events.js';
import {
  assert,
  button,
  choose,
  cleanup,
  deepActive,
  equal,
  q,
  qa,
  quizElement,
  radios,
  recordEvents,
  tabTo,
  text,
  types,
  uniqueQuiz,
} from './helpers.js';

describe('<news-quiz> reading flow', () => {
  afterEach(cleanup);

  it('can be completed with the keyboard alone', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    const answers = [1, 0, 0]; // right, wrong, right
    for (const [n, answer] of answers.entries()) {
      const first = await tabTo((e) => e.matches('input[type=radio]'), `question ${n + 1}'s radios`);
      if (answer > 0) for (let i = 0; i < answer; i++) await sendKeys({ press: 'ArrowDown' });
      else await sendKeys({ press: 'Space' });
      assert(radios(el)[answer]!.checked, `choice ${answer} checked by keyboard (focused ${first.outerHTML})`);
      await tabTo((e) => e.textContent!.trim() === 'Check answer', 'the check button');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      assert(deepActive()?.matches('[part~=feedback] h3'), `focus on the feedback heading, got ${deepActive()?.outerHTML}`);
      await tabTo((e) => e.matches('button'), 'the next button');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    assert(deepActive()?.matches('[part~=results] h3'), `focus on the results heading, got ${deepActive()?.outerHTML}`);
    equal(text(el, '[part~=results] strong'), 'You scored 2 out of 3.', 'score');
  });

  it('shows progress as "n of total"', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    equal(text(el, '[part~=progress]'), '1 of 3', 'first');
    await choose(el, 1, 'Check answer');
    button(el, 'Next question').click();
    await el.updateComplete;
    equal(text(el, '[part~=progress]'), '2 of 3', 'second');
  });

  it('feedback says correct in words and icon, with explanation, quote and article link', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    await choose(el, 1, 'Check answer');
    const heading = text(el, '[part~=feedback] h3');
    equal(heading, '✓ Correct', 'heading');
    assert(text(el, '[part~=feedback]').includes('Around 2,500 US soldiers are stationed in Iraq and another 900 in Syria.'), 'explanation');
    assert(q(el, '[part~=feedback] blockquote')!.textContent!.includes('to prevent a resurgence'), 'quoted source sentence');
    const href = q<HTMLAnchorElement>(el, '[part~=feedback] a')!.href;
    assert(href.startsWith('https://example.com/news/iraq-coalition#:~:text=Around%202%2C500%20US%20soldiers,'), `link: ${href}`);
  });

  it('a wrong answer is marked incorrect in words, and the right choice is labelled', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    await choose(el, 3, 'Check answer');
    equal(text(el, '[part~=feedback] h3'), '✗ Incorrect', 'heading');
    assert(text(el, '[part~=feedback]').includes('Right answer: 2,500'), 'states the right answer');
    const labels = qa(el, 'label').map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    equal(labels, ['900', '2,500 ✓ Right answer', '3,400', '5,000 ✗ Your answer'], 'choice labels');
    assert(radios(el).every((r) => r.disabled), 'the answer is locked');
  });

  it('checking without a choice moves focus to the choices and records nothing', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    const events = recordEvents(el);
    button(el, 'Check answer').click();
    await el.updateComplete;
    assert(deepActive()?.matches('input[type=radio]'), 'focus on a radio');
    equal(types(events), [], 'no events');
  });

  it('fires start, answer and complete with their details on reader actions', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    const events = recordEvents(el);
    await choose(el, 1, 'Check answer');
    await choose(el, 2); // a pending choice is not an answer
    button(el, 'Next question').click();
    await el.updateComplete;
    await choose(el, 0, 'Check answer');
    button(el, 'Next question').click();
    await el.updateComplete;
    await choose(el, 0, 'Check answer');
    button(el, 'See results').click();
    await el.updateComplete;
    equal(types(events), ['start', 'answer', 'answer', 'answer', 'complete'], 'event order');
    const answers = events.filter((e) => e.type === 'news-quiz-answer') as NewsQuizAnswerEvent[];
    equal(answers.map((e) => [e.questionId, e.choice, e.correct]), [['q1', 1, true], ['q2', 0, false], ['q3', 0, true]], 'answer details');
    const complete = events.at(-1) as NewsQuizCompleteEvent;
    equal([complete.score, complete.total], [2, 3], 'complete details');
    assert(events.every((e) => e.bubbles && e.composed), 'bubbling and composed');
  });

  it('results review every question with the reader\'s and the right answer', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist reveal="end"');
    for (const [i, answer] of [3, 1, 0].entries()) {
      await choose(el, answer, i < 2 ? 'Next question' : 'Submit answers');
    }
    const items = qa(el, '[part~=results] li').map((li) => li.textContent!.replace(/\s+/g, ' '));
    equal(items.length, 3, 'one item per question');
    assert(items[0]!.includes('✗ Incorrect. Your answer: 5,000. Right answer: 2,500.'), items[0]!);
    assert(items[1]!.includes('✓ Correct. Your answer: 4 January. Right answer: 4 January.'), items[1]!);
    equal(text(el, '[part~=results] strong'), 'You scored 2 out of 3.', 'score');
  });

  it('reveal="end" lets the reader go back and change an answer before submitting', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist reveal="end"');
    const events = recordEvents(el);
    await choose(el, 0, 'Next question');
    assert(!q(el, '[part~=feedback]'), 'no feedback before the end');
    button(el, 'Previous question').click();
    await el.updateComplete;
    assert(radios(el)[0]!.checked && !radios(el)[0]!.disabled, 'earlier answer shown and changeable');
    await choose(el, 1, 'Next question');
    await choose(el, 1, 'Next question');
    await choose(el, 0, 'Submit answers');
    equal(text(el, '[part~=results] strong'), 'You scored 3 out of 3.', 'the changed answer counts');
    equal(types(events), ['start', 'answer', 'answer', 'answer', 'answer', 'complete'], 'events');
  });

  it('reveal="end" will not submit with questions left, and goes to the first one left', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist reveal="end"');
    button(el, 'Next question').click();
    await el.updateComplete;
    await choose(el, 1, 'Next question');
    await choose(el, 0, 'Submit answers');
    assert(!q(el, '[part~=results]'), 'no results yet');
    equal(text(el, '[part~=progress]'), '1 of 3', 'back at the unanswered question');
    assert(text(el, '[part~=question] ~ p').includes('Answer 1 more question first.'), 'says what is missing');
    assert(deepActive()?.matches('fieldset'), 'focus on the question');
  });

  it('changing reveal mid-quiz keeps the answers', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist reveal="end"');
    await choose(el, 3);
    el.reveal = 'each';
    await el.updateComplete;
    equal(text(el, '[part~=feedback] h3'), '✗ Incorrect', 'the answer given in end mode gets feedback');
    el.reveal = 'end';
    await el.updateComplete;
    assert(radios(el)[3]!.checked, 'still answered');
  });

  it('try again starts a fresh attempt and fires start again', async () => {
    const el = await quizElement(await uniqueQuiz('other.json'), 'no-persist reveal="end"');
    await choose(el, 0, 'Next question');
    await choose(el, 0, 'Submit answers');
    const events = recordEvents(el);
    button(el, 'Try again').click();
    await el.updateComplete;
    equal(text(el, '[part~=progress]'), '1 of 2', 'first question');
    assert(radios(el).every((r) => !r.checked), 'nothing selected');
    assert(deepActive()?.matches('fieldset'), 'focus on the question');
    await choose(el, 1);
    equal(types(events), ['start', 'answer'], 'events of the new attempt');
  });

  it('share copies a sentence that reads well aloud and confirms it', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist reveal="end"');
    for (const label of ['Next question', 'Next question', 'Submit answers']) await choose(el, 1, label);
    let copied = '';
    // Without the Web Share API (as on desktop Linux), the result goes to the clipboard.
    const share = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
    if (share) Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
    const write = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (t: string) => void (copied = t);
    try {
      button(el, 'Share result').click();
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      equal(copied, 'I scored 2 out of 3 on the quiz “Iraq and the US-led coalition”: https://example.com/news/iraq-coalition', 'copied text');
      assert(text(el, '[part~=results]').includes('Result copied to the clipboard.'), 'visible confirmation');
      assert(text(el, '[aria-live]') === 'Result copied to the clipboard.', 'announced');
    } finally {
      navigator.clipboard.writeText = write;
      if (share) Object.defineProperty(Navigator.prototype, 'share', share);
    }
  });

  it('share uses the Web Share API where present', async () => {
    const el = await quizElement(await uniqueQuiz('other.json'), 'no-persist reveal="end"');
    await choose(el, 1, 'Next question');
    await choose(el, 0, 'Submit answers');
    let shared: ShareData | undefined;
    Object.defineProperty(navigator, 'share', { value: async (d: ShareData) => void (shared = d), configurable: true });
    try {
      button(el, 'Share result').click();
      await new Promise((r) => setTimeout(r, 50));
      assert(shared?.text === 'I scored 2 out of 2 on the quiz “The city budget”', `shared text: ${shared?.text}`);
      assert(shared?.url === location.href.replace(/#.*/, ''), 'shares the page when the quiz has no article URL');
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  });

  it('two instances on one page are independent', async () => {
    const a = await quizElement(await uniqueQuiz(), 'no-persist');
    const b = await quizElement(await uniqueQuiz(), 'no-persist');
    await choose(a, 1, 'Check answer');
    assert(q(a, '[part~=feedback]') && !q(b, '[part~=feedback]'), 'feedback only in the first');
    assert(radios(b).every((r) => !r.checked), 'no choice in the second');
    await choose(b, 2);
    assert(radios(a)[1]!.checked, 'the first keeps its choice');
  });
});
