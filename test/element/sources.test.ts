import { NewsQuiz } from '../../src/element/news-quiz.js';
import { QuizValidationError } from '../../src/core/validate.js';
import type { NewsQuizErrorEvent } from '../../src/element/events.js';
import {
  assert,
  cleanup,
  equal,
  fixtureUrl,
  q,
  quizFixture,
  recordEvents,
  render,
  settled,
  text,
  types,
  until,
} from './helpers.js';

/** The error event the element fired, once it fired one. */
async function errorOf(el: NewsQuiz, events: Event[]): Promise<Error> {
  await settled(el);
  const e = await until(() => events.find((e) => e.type === 'news-quiz-error') as NewsQuizErrorEvent | undefined, 'an error event');
  return e.error;
}

describe('<news-quiz> data sources', () => {
  afterEach(cleanup);

  it('loads a quiz from src and shows its first question', async () => {
    const el = render(`<news-quiz no-persist src="${fixtureUrl('quiz.json')}"></news-quiz>`);
    await settled(el);
    equal(text(el, 'legend'), 'About how many US soldiers are stationed in Iraq?', 'legend');
    equal(text(el, 'h2'), 'Iraq and the US-led coalition', 'title');
  });

  it('loads a quiz from a child <script type="application/json">', async () => {
    const json = JSON.stringify(await quizFixture('other.json'));
    const el = render(`<news-quiz no-persist><script type="application/json">${json}</script></news-quiz>`);
    await settled(el);
    equal(text(el, 'legend'), 'How much will the city spend on buses?', 'legend');
  });

  it('loads an inline script added after the element (CMS order)', async () => {
    const el = render('<news-quiz no-persist></news-quiz>');
    await el.updateComplete;
    assert(q(el, '.sk'), 'shows the loading skeleton while waiting for data');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(await quizFixture('other.json'));
    el.append(script);
    await settled(el);
    equal(text(el, 'legend'), 'How much will the city spend on buses?', 'legend');
  });

  it('shows a quiz set as the quiz property, over src', async () => {
    const el = render(`<news-quiz no-persist src="${fixtureUrl('quiz.json')}"></news-quiz>`);
    el.quiz = await quizFixture('other.json');
    await settled(el);
    equal(text(el, 'h2'), 'The city budget', 'title');
  });

  it('fires news-quiz-ready once the quiz is validated', async () => {
    const quiz = await quizFixture();
    const el = render('<news-quiz no-persist></news-quiz>');
    const events = recordEvents(el);
    el.quiz = quiz; // in the same task: an empty element would otherwise start reading the page
    await settled(el);
    equal(types(events), ['ready'], 'events');
  });

  it('changing src loads the new quiz', async () => {
    const el = render(`<news-quiz no-persist src="${fixtureUrl('quiz.json')}"></news-quiz>`);
    await settled(el);
    el.src = fixtureUrl('other.json');
    await until(() => text(el, 'h2') === 'The city budget', 'the new quiz');
  });

  it('a src changed mid-load wins over the slow first one', async () => {
    const el = render(`<news-quiz no-persist src="${fixtureUrl('slow/quiz.json')}"></news-quiz>`);
    await el.updateComplete;
    el.src = fixtureUrl('other.json');
    await until(() => text(el, 'h2') === 'The city budget', 'the second quiz');
    await new Promise((r) => setTimeout(r, 1800)); // the slow response has arrived by now
    equal(text(el, 'h2'), 'The city budget', 'title after the slow response');
  });

  it('aborts the pending fetch when src changes or the element is removed', async () => {
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    };
    try {
      const el = render(`<news-quiz no-persist src="${fixtureUrl('slow/quiz.json')}"></news-quiz>`);
      await el.updateComplete;
      el.src = fixtureUrl('slow/other.json');
      await el.updateComplete;
      equal(signals.map((s) => s.aborted), [true, false], 'aborted after the src change');
      el.remove();
      equal(signals.map((s) => s.aborted), [true, true], 'aborted after removal');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('re-attached during a load, it loads the quiz after all', async () => {
    const el = render(`<news-quiz no-persist src="${fixtureUrl('slow/quiz.json')}"></news-quiz>`);
    await el.updateComplete;
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await settled(el);
    equal(text(el, 'h2'), 'Iraq and the US-led coalition', 'title');
  });

  it('a src that 404s shows the status and fires news-quiz-error', async () => {
    const el = render(`<news-quiz src="${fixtureUrl('missing.json')}"></news-quiz>`);
    const error = await errorOf(el, recordEvents(el));
    const shown = text(el, '[part~=error]');
    assert(/404/.test(shown) && shown.includes('missing.json'), `error names the status and the file: ${shown}`);
    assert(/404/.test(error.message), `event error: ${error.message}`);
  });

  it('a src with invalid JSON says so', async () => {
    const el = render(`<news-quiz src="${fixtureUrl('not-json.json')}"></news-quiz>`);
    await errorOf(el, recordEvents(el));
    const shown = text(el, '[part~=error]');
    assert(/not valid JSON/.test(shown) && shown.includes('not-json.json'), `error: ${shown}`);
  });

  it('a src that does not answer in time says it timed out', async () => {
    const el = render(`<news-quiz timeout="200" src="${fixtureUrl('slow/quiz.json')}?uncached=${Date.now()}"></news-quiz>`);
    await errorOf(el, recordEvents(el));
    const shown = text(el, '[part~=error]');
    assert(/did not load within 0\.2 s\./.test(shown), `error: ${shown}`);
  });

  it('an invalid quiz lists every issue with its path', async () => {
    const el = render(`<news-quiz src="${fixtureUrl('invalid-quiz.json')}"></news-quiz>`);
    const error = await errorOf(el, recordEvents(el));
    assert(error instanceof QuizValidationError, 'the event carries the QuizValidationError');
    const items = [...el.shadowRoot!.querySelectorAll('[part~=error] li')].map((li) => li.textContent!);
    equal(items.length, error.issues.length, 'one item per issue');
    assert(items[0]!.includes('questions[0].answer'), `names the field: ${items[0]}`);
  });

  it('invalid JSON in the inline script shows an error, not a blank box', async () => {
    const el = render('<news-quiz><script type="application/json">{ "version": 1, </script></news-quiz>');
    await errorOf(el, recordEvents(el));
    assert(/inline <script/.test(text(el, '[part~=error]')), 'names the inline script');
  });

  it('a quiz property that is not a quiz shows an error, without throwing', async () => {
    const el = render('<news-quiz></news-quiz>');
    const events = recordEvents(el);
    (el as unknown as { quiz: unknown }).quiz = 'not a quiz';
    await errorOf(el, events);
    assert(text(el, '[part~=error]').includes('$'), 'names the path');
  });

  it('a later valid quiz replaces the error', async () => {
    const el = render(`<news-quiz no-persist src="${fixtureUrl('missing.json')}"></news-quiz>`);
    await settled(el);
    el.src = fixtureUrl('quiz.json');
    await until(() => q(el, 'fieldset'), 'the quiz');
    assert(!q(el, '[part~=error]'), 'error gone');
  });

  it('define() twice, or under another tag, does not throw', () => {
    NewsQuiz.define();
    NewsQuiz.define('news-quiz');
    NewsQuiz.define('other-news-quiz');
    assert(customElements.get('news-quiz') === NewsQuiz, 'news-quiz is NewsQuiz');
    assert(document.createElement('other-news-quiz') instanceof NewsQuiz, 'other tag is a NewsQuiz');
  });
});
