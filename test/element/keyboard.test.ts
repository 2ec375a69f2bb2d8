import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { contrast, parseColor } from '../../src/element/contrast.js';
import type { NewsQuiz } from '../../src/element/news-quiz.js';
import { assert, cleanup, deepActive, equal, q, quizElement, radios, tabTo, text, uniqueQuiz } from './helpers.js';

/** Fails unless focus is inside the element (never lost to the body) and returns the focused element. */
function focused(el: NewsQuiz, after: string): Element {
  const a = deepActive();
  assert(a && a !== document.body && el.shadowRoot!.contains(a), `after ${after}, focus is on ${a?.outerHTML ?? 'nothing'}`);
  return a;
}

/** Presses a key and waits for the element to render. */
async function press(el: NewsQuiz, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
}

/** The element's Tab stops from its start, in order, by a short description. */
async function tabStops(el: NewsQuiz): Promise<Element[]> {
  const start = document.createElement('button');
  start.textContent = 'before';
  el.before(start);
  start.focus();
  const stops: Element[] = [];
  for (let i = 0; i < 30; i++) {
    await sendKeys({ press: 'Tab' });
    const a = deepActive()!;
    if (!el.shadowRoot!.contains(a)) break;
    stops.push(a);
  }
  start.remove();
  return stops;
}

/** Fails unless the stops follow the reading order: document order, top to bottom (rows left to right). */
function expectReadingOrder(stops: Element[], what: string): void {
  for (let i = 1; i < stops.length; i++) {
    const [a, b] = [stops[i - 1]!, stops[i]!];
    assert(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING, `${what}: stop ${i} goes backwards in the document`);
    const [ra, rb] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
    assert(rb.top >= ra.top - 1, `${what}: stop ${i} (${b.textContent?.trim()}) is above the previous one`);
  }
}

const describeStops = (stops: Element[]) =>
  stops.map((s) => (s instanceof HTMLInputElement ? `radio:${s.labels![0]!.textContent!.trim().split(/\s/)[0]}` : `${s.tagName.toLowerCase()}:${s.textContent!.trim()}`));

describe('<news-quiz> keyboard', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('reveal="each": a whole quiz with Tab, arrows, Space and Enter; focus never falls to the body', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    const plan = [
      { arrows: 1, verdict: '✓ Correct', next: 'Next question' },
      { arrows: 0, verdict: '✗ Incorrect', next: 'Next question' },
      { arrows: 0, verdict: '✓ Correct', next: 'See results' },
    ];
    for (const [n, step] of plan.entries()) {
      const stops = await tabStops(el);
      equal(describeStops(stops).slice(1), ['button:Check answer'], `question ${n + 1}: the radio group, then the check button`);
      await tabTo((e) => e.matches('input'), 'the radios');
      if (step.arrows) await press(el, 'ArrowDown');
      else await press(el, 'Space');
      assert(radios(el)[step.arrows]!.checked, `question ${n + 1}: choice ${step.arrows} checked`);
      focused(el, 'choosing');
      await press(el, 'Tab');
      equal(focused(el, 'Tab').textContent!.trim(), 'Check answer', 'Tab reaches the check button');
      await press(el, 'Enter');
      assert(focused(el, 'checking').matches('[part~=feedback] h3'), 'focus on the verdict');
      equal(text(el, '[part~=feedback] h3'), step.verdict, 'verdict');
      const after = await tabStops(el);
      expectReadingOrder(after, `feedback ${n + 1}`);
      equal(describeStops(after).slice(-1), [`button:${step.next}`], 'then the next button');
      await tabTo((e) => e.textContent!.trim() === step.next, step.next);
      await press(el, 'Enter');
      focused(el, step.next);
    }
    assert(deepActive()!.matches('[part~=results] h3'), 'focus on the results heading');
    equal(text(el, '[part~=results] strong'), 'You scored 2 out of 3.', 'score');
  });

  it('reveal="end": arrows answer, Previous goes back, Submit with a gap returns to it, then results', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist reveal="end"');
    const activate = async (label: string) => {
      await tabTo((e) => e.textContent!.trim() === label, label);
      await press(el, 'Enter');
      return focused(el, label);
    };
    equal(describeStops(await tabStops(el)), ['radio:900', 'button:Next question'], 'first question');
    await tabTo((e) => e.matches('input'), 'the radios');
    await press(el, 'ArrowDown'); // answers 2,500
    equal((await activate('Next question')).tagName, 'FIELDSET', 'focus on the next question');
    const stops = await tabStops(el);
    expectReadingOrder(stops, 'second question');
    equal(describeStops(stops), ['radio:1', 'button:Previous question', 'button:Next question'], 'second question stops');
    equal((await activate('Previous question')).tagName, 'FIELDSET', 'back on a question');
    equal(text(el, '[part~=progress]'), '1 of 3', 'the first one');
    assert(radios(el)[1]!.checked, 'with its answer');
    await activate('Next question');
    await activate('Next question'); // the second is left unanswered
    await tabTo((e) => e.matches('input'), 'the radios');
    await press(el, 'Space');
    equal((await activate('Submit answers')).tagName, 'FIELDSET', 'sent to the unanswered question');
    equal(text(el, '[part~=progress]'), '2 of 3', 'question 2');
    equal(text(el, '[aria-live]'), 'Answer 1 more question first.', 'told why');
    await tabTo((e) => e.matches('input'), 'the radios');
    await press(el, 'Space');
    await activate('Next question');
    assert((await activate('Submit answers')).matches('[part~=results] h3'), 'focus on the results');
  });

  it('results: Tab order, share and retry by keyboard keep focus in the quiz', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist reveal="end"');
    for (let i = 0; i < 3; i++) {
      radios(el)[0]!.click();
      await el.updateComplete;
      q(el, '.a button:last-child')!.click();
      await el.updateComplete;
    }
    const stops = await tabStops(el);
    expectReadingOrder(stops, 'results');
    equal(describeStops(stops).slice(-2), ['button:Try again', 'button:Share result'], 'actions last');
    assert(stops.slice(0, -2).every((s) => s.matches('a')), 'before them, the article links of the review');
    await tabTo((e) => e.textContent!.trim() === 'Share result', 'Share');
    await press(el, 'Enter');
    await new Promise((r) => setTimeout(r, 100)); // share or clipboard settles
    await el.updateComplete;
    equal(focused(el, 'Share').textContent!.trim(), 'Share result', 'focus stays on Share');
    assert(text(el, '[aria-live]').length > 0, `the outcome is announced: ${text(el, '[aria-live]')}`);
    await sendKeys({ press: 'Shift+Tab' });
    await press(el, 'Enter');
    equal(focused(el, 'Try again').tagName, 'FIELDSET', 'focus on the first question again');
    equal(text(el, '[part~=progress]'), '1 of 3', 'from the start');
  });

  for (const [scheme, style] of [
    ['light', ''],
    ['dark', ''],
    ['light', 'style="--news-quiz-accent: #ffcc00"'],
  ] as const) {
    it(`focus is visible: an outline of 2px or more at 3:1 on the background (${scheme}${style ? ', pale accent' : ''})`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const el = await quizElement(await uniqueQuiz(), `no-persist ${style}`);
      await new Promise((r) => setTimeout(r, 50));
      radios(el)[3]!.click();
      await el.updateComplete;
      const bg = parseColor(getComputedStyle(q(el, '.r')!).backgroundColor);
      const start = document.createElement('button');
      el.before(start);
      start.focus();
      const stops: Element[] = [];
      for (let s: Element | null; (await sendKeys({ press: 'Tab' }), (s = deepActive())) && el.shadowRoot!.contains(s); ) {
        stops.push(s);
        const css = getComputedStyle(s);
        assert(s.matches(':focus-visible'), `${s.tagName} shows keyboard focus`);
        assert(css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) >= 2, `${s.tagName} outline ${css.outlineWidth} ${css.outlineStyle}`);
        const ratio = contrast(parseColor(css.outlineColor), bg);
        assert(ratio >= 3, `${s.tagName} outline ${css.outlineColor} is ${ratio.toFixed(2)}:1 on the background`);
      }
      start.remove();
      equal(describeStops(stops), ['radio:5,000', 'button:Check answer'], 'the checked radio, then the button');
    });
  }
});
