import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { storageKey } from '../../src/core/session.js';
import type { OrderQuestion, Quiz } from '../../src/core/types.js';
import type { NewsQuizAnswerEvent, NewsQuizCompleteEvent } from '../../src/element/events.js';
import type { NewsQuiz } from '../../src/element/news-quiz.js';
import {
  assert,
  button,
  cleanup,
  deepActive,
  equal,
  expectAccessible,
  q,
  qa,
  quizElement,
  recordEvents,
  render,
  settled,
  tabTo,
  text,
  uniqueQuiz,
  until,
} from './helpers.js';

/** The event texts in the order shown. */
const shownOrder = (el: NewsQuiz) => qa(el, '.o li').map((li) => li.querySelector('[dir=auto]')!.textContent!.trim());
const answers = (events: Event[]) => events.filter((e): e is NewsQuizAnswerEvent => e.type === 'news-quiz-answer');
const question = (quiz: Quiz) => quiz.questions[0] as OrderQuestion;
/** Event texts of `quiz`'s order question for event indices `order`. */
const texts = (quiz: Quiz, order: number[]) => order.map((i) => question(quiz).events[i]!.text);

/** Share of event pairs in the right relative order (the documented scoring rule), computed independently. */
function pairCredit(order: number[]): number {
  let right = 0;
  let all = 0;
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length; j++) {
      all++;
      if (order[i]! < order[j]!) right++;
    }
  }
  return right / all;
}

/** Drags item `from` (0-based, as shown) by its grip to the slot of item `to` with synthetic Pointer Events of `pointerType`. */
async function dragWith(el: NewsQuiz, pointerType: 'touch' | 'pen', from: number, to: number): Promise<void> {
  const items = qa(el, '.o li');
  const grip = items[from]!.querySelector('.g')!;
  const start = grip.getBoundingClientRect();
  const target = items[to]!.getBoundingClientRect();
  const x = start.left + start.width / 2;
  const y0 = start.top + start.height / 2;
  const y1 = target.top + target.height / 2 + (to > from ? 4 : -4);
  const init = (y: number): PointerEventInit => ({ bubbles: true, composed: true, pointerId: 7, pointerType, isPrimary: true, clientX: x, clientY: y, button: 0 });
  grip.dispatchEvent(new PointerEvent('pointerdown', init(y0)));
  for (let k = 1; k <= 5; k++) items[from]!.dispatchEvent(new PointerEvent('pointermove', init(y0 + ((y1 - y0) * k) / 5)));
  items[from]!.dispatchEvent(new PointerEvent('pointerup', init(y1)));
  await el.updateComplete;
}

describe('<news-quiz> order questions', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
  });

  // First in the file: the order view has not been loaded on this page yet.
  it('loads the order view only for a quiz that has one, showing the skeleton meanwhile', async () => {
    const loaded = () => performance.getEntriesByType('resource').some((r) => r.name.includes('order-view'));
    await quizElement(await uniqueQuiz('estimate.json'), 'no-persist');
    assert(!loaded(), 'a quiz without order questions loads no order view');
    const quiz = await uniqueQuiz('order.json');
    const el = render('<news-quiz no-persist></news-quiz>');
    el.quiz = quiz; // in the same task: an empty element would otherwise start reading the page
    await el.updateComplete; // the first render
    // Until the question shows, every frame shows the loading skeleton (never a blank box or an error).
    const frames: boolean[] = [];
    await until(() => {
      if (q(el, 'fieldset')) return true;
      frames.push(!!q(el, '.sk[role=status]'));
      return false;
    }, 'the question');
    assert(frames.every(Boolean), 'the loading skeleton shows while the view loads');
    await settled(el);
    assert(loaded(), 'the order view was fetched');
  });

  it('shows the events in their initial order, each with named Move up / Move down buttons; axe passes', async () => {
    const quiz = await uniqueQuiz('order.json');
    const el = await quizElement(quiz, 'no-persist');
    equal(shownOrder(el), texts(quiz, question(quiz).initial!), 'initial display order');
    const first = texts(quiz, question(quiz).initial!)[0];
    equal(
      qa(el, '.o li')[0]!.querySelectorAll('button').length && [...qa(el, '.o li')[0]!.querySelectorAll('button')].map((b) => b.getAttribute('aria-label')),
      [`Move up: ${first}`, `Move down: ${first}`],
      'accessible names include the event',
    );
    equal(q(el, '.o')!.getAttribute('aria-describedby'), 'oh', 'the list is described by how to answer');
    await expectAccessible(el);
  });

  it('keyboard only: Move up / Move down reorder, focus follows the event, the new place is announced', async () => {
    const quiz = await uniqueQuiz('order.json');
    const el = await quizElement(quiz, 'no-persist');
    const events = recordEvents(el);
    const [a, b, c, d] = texts(quiz, question(quiz).initial!);
    // Move the second event (b) to the top: Tab to its Move up button and press Enter.
    await tabTo((e) => e.getAttribute('aria-label') === `Move up: ${b}`, `Move up on ${b}`);
    await sendKeys({ press: 'Enter' });
    await until(() => shownOrder(el)[0] === b, 'the move');
    equal(shownOrder(el), [b, a, c, d], 'moved up one place');
    equal(deepActive()?.getAttribute('aria-label'), `Move up: ${b}`, 'focus stays on the moved event');
    equal(text(el, '[aria-live]'), 'Moved to position 1 of 4.', 'announced');
    // At the top, Move up does nothing but keeps focus.
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    equal(shownOrder(el), [b, a, c, d], 'nothing above the first');
    equal(deepActive()?.getAttribute('aria-disabled'), 'true', 'the button says it cannot move further');
    // Move c down to the bottom with Tab and Space.
    await tabTo((e) => e.getAttribute('aria-label') === `Move down: ${c}`, `Move down on ${c}`);
    await sendKeys({ press: 'Space' });
    await until(() => shownOrder(el)[3] === c, 'the move down');
    equal(shownOrder(el), [b, a, d, c], 'moved down one place');
    equal(deepActive()?.getAttribute('aria-label'), `Move down: ${c}`, 'focus follows the event down');
    equal(answers(events).length, 0, 'reveal="each": nothing recorded before checking');

    await tabTo((e) => e.textContent?.trim() === 'Check answer', 'Check answer');
    await sendKeys({ press: 'Enter' });
    await until(() => text(el, '[part~=feedback] h3'), 'feedback');
    const order = [b, a, d, c].map((t) => question(quiz).events.findIndex((e) => e.text === t));
    const credit = pairCredit(order);
    equal(text(el, '[part~=feedback] h3'), `≈ Partly right (${Math.round(credit * 100) / 100} points)`, 'verdict');
    equal(deepActive()?.tagName, 'H3', 'focus on the verdict');
    const [event] = answers(events);
    equal([event!.questionId, event!.order, event!.choice, event!.value, event!.correct], ['o1', order, -1, undefined, false], 'answer event');
    equal(event!.score.toFixed(6), credit.toFixed(6), 'score: share of pairs in order');
    // The true timeline, earliest first, with the article's dates and where the reader had each event.
    const timeline = qa(el, '[part~=timeline] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    const events4 = question(quiz).events;
    equal(timeline.length, 4, 'four events');
    events4.forEach((e, i) => {
      const at = order.indexOf(i);
      const mark = at === i ? '✓ Right place' : `✗ You had it at position ${at + 1}`;
      equal(timeline[i], `${e.date} ${e.text} ${mark}`, `timeline row ${i + 1}`);
    });
    assert(qa(el, '.o button').length === 0, 'the list is final');
    await expectAccessible(el);
  });

  it('mouse: dragging an event by its grip drops it in the slot it is over', async () => {
    const quiz = await uniqueQuiz('order.json');
    const el = await quizElement(quiz, 'no-persist');
    const [a, b, c, d] = texts(quiz, question(quiz).initial!);
    const grip = qa(el, '.o li')[0]!.querySelector('.g')!.getBoundingClientRect();
    const third = qa(el, '.o li')[2]!.getBoundingClientRect();
    const x = Math.round(grip.left + grip.width / 2);
    await sendMouse({ type: 'move', position: [x, Math.round(grip.top + grip.height / 2)] });
    await sendMouse({ type: 'down' });
    for (let y = grip.top + grip.height / 2; y < third.top + third.height / 2 + 5; y += 10) {
      await sendMouse({ type: 'move', position: [x, Math.round(y)] });
    }
    await sendMouse({ type: 'move', position: [x, Math.round(third.top + third.height / 2 + 5)] });
    await sendMouse({ type: 'up' });
    await until(() => shownOrder(el)[2] === a, 'the drop');
    equal(shownOrder(el), [b, c, a, d], 'the first event now third');
    equal(text(el, '[aria-live]'), 'Moved to position 3 of 4.', 'announced');
    assert(qa(el, '.o li').every((li) => !li.style.transform), 'no item left displaced');
  });

  it('touch: a drag with touch Pointer Events reorders too; reveal="end" records it at once', async () => {
    const quiz = await uniqueQuiz('order.json');
    const el = await quizElement(quiz, 'no-persist reveal="end"');
    const events = recordEvents(el);
    const [a, b, c, d] = texts(quiz, question(quiz).initial!);
    equal(getComputedStyle(qa(el, '.o li')[0]!.querySelector('.g')!).touchAction, 'none', 'the grip takes touch drags from scrolling');
    await dragWith(el, 'touch', 3, 0);
    equal(shownOrder(el), [d, a, b, c], 'the last event dragged to the top');
    const order = [d, a, b, c].map((t) => question(quiz).events.findIndex((e) => e.text === t));
    equal(answers(events).map((e) => e.order), [order], 'recorded with reveal="end"');
    await dragWith(el, 'pen', 0, 0);
    equal(answers(events).length, 1, 'a drop in place changes nothing');
  });

  it('the right order scores 1; review shows each event with its date; share and score read plainly', async () => {
    const quiz = await uniqueQuiz('order.json');
    const el = await quizElement(quiz, 'no-persist reveal="end"');
    const events = recordEvents(el);
    // Sort by keyboard: the initial order is [2, 0, 3, 1]; three moves make [0, 1, 2, 3].
    const move = async (label: string) => {
      qa<HTMLButtonElement>(el, '.o button').find((btn) => btn.getAttribute('aria-label') === label)!.click();
      await el.updateComplete;
    };
    const e = question(quiz).events.map((x) => x.text);
    await move(`Move up: ${e[0]}`); // [0, 2, 3, 1]
    await move(`Move up: ${e[1]}`); // [0, 2, 1, 3]
    await move(`Move up: ${e[1]}`); // [0, 1, 2, 3]
    equal(shownOrder(el), e, 'in time order');
    button(el, 'Next question').click();
    await until(() => q(el, 'input[type=radio]'), 'the choice question');
    q<HTMLInputElement>(el, 'input[type=radio]')!.click();
    await el.updateComplete;
    button(el, 'Submit answers').click();
    await until(() => q(el, '[part~=results]'), 'results');
    equal((events.find((x) => x.type === 'news-quiz-complete') as NewsQuizCompleteEvent).score, 2, 'full marks');
    equal(answers(events).filter((x) => x.questionId === 'o1').at(-1)!.correct, true, 'the last order is right');
    const review = qa(el, '[part~=results] [part~=timeline] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    equal(review, question(quiz).events.map((x) => `${x.date} ${x.text} ✓ Right place`), 'timeline in the review');
    // Sharing: plain words, no symbols to read aloud.
    let copied = '';
    const share = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
    if (share) Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
    const write = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (t: string) => void (copied = t);
    try {
      button(el, 'Share result').click();
      await until(() => copied, 'the copy');
      equal(copied, `I scored 2 out of 2 on the quiz “${quiz.title}”: ${quiz.article!.url}`, 'shared text');
    } finally {
      navigator.clipboard.writeText = write;
      if (share) Object.defineProperty(Navigator.prototype, 'share', share);
    }
    await expectAccessible(el);
  });

  it('an order left as shown counts as the answer when moving on with reveal="end"', async () => {
    const quiz = await uniqueQuiz('order.json');
    const el = await quizElement(quiz, 'no-persist reveal="end"');
    const events = recordEvents(el);
    button(el, 'Next question').click();
    await el.updateComplete;
    equal(answers(events).map((e) => e.order), [question(quiz).initial], 'the initial order was recorded');
    const credit = pairCredit(question(quiz).initial!);
    equal(answers(events)[0]!.score.toFixed(6), credit.toFixed(6), 'and scored by pairs');
  });

  it('persistence: a checked order and its timeline survive a re-created element', async () => {
    const quiz = await uniqueQuiz('order.json');
    const first = await quizElement(quiz);
    const [a, b, c, d] = texts(quiz, question(quiz).initial!);
    qa<HTMLButtonElement>(first, '.o button').find((btn) => btn.getAttribute('aria-label') === `Move down: ${a}`)!.click();
    await first.updateComplete;
    button(first, 'Check answer').click();
    await until(() => q(first, '[part~=feedback]'), 'feedback');
    first.remove();
    assert(localStorage.getItem(storageKey(quiz)), 'saved');
    const again = await quizElement(structuredClone(quiz));
    equal(shownOrder(again), [b, a, c, d], 'the reader’s order is restored');
    assert(q(again, '[part~=feedback] [part~=timeline]'), 'with the true timeline');
    assert(qa(again, '.o button').length === 0, 'and final');
  });

  it('right to left: buttons at the inline end, the timeline line on the right; axe passes in both states', async () => {
    const el = await quizElement(await uniqueQuiz('order.json'), 'no-persist lang="ar"');
    await until(() => q(el, '#oh')?.textContent?.startsWith('الأقدم'), 'Arabic strings');
    const li = qa(el, '.o li')[0]!.getBoundingClientRect();
    const grip = qa(el, '.o li')[0]!.querySelector('.g')!.getBoundingClientRect();
    const up = qa(el, '.o li')[0]!.querySelector('button')!.getBoundingClientRect();
    assert(grip.right > li.right - 40 && up.left < li.left + 120, 'the grip starts on the right, the buttons end on the left');
    await expectAccessible(el);
    button(el, 'تحقّق من الإجابة').click();
    await until(() => q(el, '.tl'), 'timeline');
    const tl = q(el, '.tl')!;
    equal(getComputedStyle(tl).borderRightStyle, 'solid', 'the timeline line runs on the start (right) side');
    await expectAccessible(el);
  });

  it('the drop-in file (dist/news-quiz.min.js) loads the order chunk next to it; moving and checking work', async () => {
    const quiz = await uniqueQuiz('order.json');
    const f = document.createElement('iframe');
    f.style.cssText = 'width: 700px; height: 900px; border: 0';
    f.srcdoc = `<!doctype html><html lang="en"><body><script type="module" src="/dist/news-quiz.min.js"></script><news-quiz no-persist><script type="application/json">${JSON.stringify(quiz)}</script></news-quiz></body></html>`;
    document.body.append(f);
    try {
      const root = await until(() => f.contentDocument?.querySelector('news-quiz')?.shadowRoot?.querySelector('.o') && f.contentDocument!.querySelector('news-quiz')!.shadowRoot!, 'the order list', 8000);
      const items = () => [...root.querySelectorAll('.o li')].map((li) => li.querySelector('[dir=auto]')!.textContent!.trim());
      const [a, b, c, d] = texts(quiz, question(quiz).initial!);
      [...root.querySelectorAll('button')].find((x) => x.getAttribute('aria-label') === `Move up: ${b}`)!.click();
      await until(() => items()[0] === b, 'the move');
      equal(items(), [b, a, c, d], 'moved');
      await until(() => root.querySelector('[aria-live]')!.textContent === 'Moved to position 1 of 4.', 'announced');
      [...root.querySelectorAll('button')].find((x) => x.textContent!.trim() === 'Check answer')!.click();
      await until(() => root.querySelector('[part~=timeline]'), 'the timeline');
      equal(root.querySelectorAll('[part~=timeline] li').length, 4, 'every event on the timeline');
    } finally {
      f.remove();
    }
  });
});
