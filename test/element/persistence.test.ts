import { storageKey } from '../../src/core/session.js';
import type { Quiz } from '../../src/core/types.js';
import {
  assert,
  button,
  choose,
  cleanup,
  equal,
  fixtureUrl,
  q,
  quizElement,
  radios,
  recordEvents,
  render,
  settled,
  text,
  types,
  uniqueQuiz,
  until,
} from './helpers.js';

/** Answers the first question of `quiz` (right) in a new element, and removes it. */
async function answerFirstAndLeave(quiz: Quiz, attributes = ''): Promise<void> {
  const el = await quizElement(quiz, attributes);
  await choose(el, 1, 'Check answer');
  el.remove();
}

describe('<news-quiz> persistence', () => {
  afterEach(cleanup);

  it('answers survive a re-created element (a reload)', async () => {
    const quiz = await uniqueQuiz();
    await answerFirstAndLeave(quiz);
    const el = await quizElement(structuredClone(quiz));
    equal(text(el, '[part~=feedback] h3'), '✓ Correct', 'the answered question shows its feedback');
    assert(radios(el)[1]!.checked, 'the choice is restored');
  });

  it('restoring fires no reader events, only ready', async () => {
    const quiz = await uniqueQuiz();
    await answerFirstAndLeave(quiz);
    const el = render('<news-quiz></news-quiz>');
    const events = recordEvents(el);
    el.quiz = quiz;
    await settled(el);
    equal(types(events), ['ready'], 'events');
    button(el, 'Next question').click();
    await el.updateComplete;
    await choose(el, 1, 'Check answer');
    equal(types(events), ['ready', 'answer'], 'no second start after a restore');
  });

  it('finished quizzes restore to their results without announcing them', async () => {
    const quiz = await uniqueQuiz('other.json');
    const first = await quizElement(quiz, 'reveal="end"');
    await choose(first, 1, 'Next question');
    await choose(first, 0, 'Submit answers');
    first.remove();
    const el = await quizElement(quiz, 'reveal="end"');
    equal(text(el, '[part~=results] strong'), 'You scored 2 out of 2.', 'results');
    equal(text(el, '[aria-live]'), '', 'nothing announced');
  });

  it('saves under storageKey(quiz), so an edited quiz starts fresh', async () => {
    const quiz = await uniqueQuiz();
    await answerFirstAndLeave(quiz);
    assert(localStorage.getItem(storageKey(quiz)), 'saved under the storage key');
    const edited = structuredClone(quiz);
    edited.questions[0]!.prompt = 'About how many US troops are in Iraq?';
    const el = await quizElement(edited);
    assert(!q(el, '[part~=feedback]') && radios(el).every((r) => !r.checked), 'the edited quiz starts fresh');
  });

  it('no-persist writes nothing and restores nothing', async () => {
    const quiz = await uniqueQuiz();
    await answerFirstAndLeave(quiz, 'no-persist');
    equal(localStorage.getItem(storageKey(quiz)), null, 'stored value');
    const el = await quizElement(quiz);
    assert(!q(el, '[part~=feedback]'), 'starts fresh');
  });

  it('keeps working in memory when localStorage.setItem throws', async () => {
    const quiz = await uniqueQuiz();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await answerFirstAndLeave(quiz);
      const el = await quizElement(quiz);
      equal(text(el, '[part~=feedback] h3'), '✓ Correct', 'progress kept in memory for the page');
      button(el, 'Next question').click();
      await el.updateComplete;
      await choose(el, 0, 'Check answer');
      equal(text(el, '[part~=feedback] h3'), '✗ Incorrect', 'later answers still work');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('keeps working when localStorage itself cannot be read', async () => {
    const quiz = await uniqueQuiz();
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('Access is denied.', 'SecurityError');
    };
    try {
      const el = await quizElement(quiz);
      await choose(el, 1, 'Check answer');
      equal(text(el, '[part~=feedback] h3'), '✓ Correct', 'feedback');
    } finally {
      Storage.prototype.getItem = getItem;
    }
  });

  it('re-attaching the element to the DOM keeps everything', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    await choose(el, 3, 'Check answer');
    const events = recordEvents(el);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    equal(text(el, '[part~=feedback] h3'), '✗ Incorrect', 'feedback still shown');
    equal(types(events), [], 'no events');
  });

  it('a src reload of the same quiz keeps the progress, even with no-persist', async () => {
    const el = render(`<news-quiz no-persist src="${fixtureUrl('other.json')}"></news-quiz>`);
    await settled(el);
    await choose(el, 1, 'Check answer');
    const events = recordEvents(el);
    el.src = `${fixtureUrl('other.json')}?again`;
    await until(() => events.length, 'the reload');
    await el.updateComplete;
    equal(types(events), ['ready'], 'reloaded');
    equal(text(el, '[part~=feedback] h3'), '✓ Correct', 'answer kept');
  });
});
