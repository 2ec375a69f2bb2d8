import { removeFile, resetMouse, sendKeys, sendMouse, writeFile } from '@web/test-runner-commands';
import { storageKey } from '../../src/core/session.js';
import type { EstimateQuestion, Quiz } from '../../src/core/types.js';
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

const range = (el: NewsQuiz) => q<HTMLInputElement>(el, 'input[type=range]')!;
const field = (el: NewsQuiz) => q<HTMLInputElement>(el, 'input[type=number]')!;
/** The value shown next to "Your estimate". */
const shown = (el: NewsQuiz) => text(el, '#o');
const answers = (events: Event[]) => events.filter((e): e is NewsQuizAnswerEvent => e.type === 'news-quiz-answer');

/** Digits grouped the English way: 2500 → "2,500". */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * The sentence the reader is told, built from the documented rule: the
 * distance from the key in percent of the key, rounded, "low" or "high".
 */
function offBy(guess: string, answer: string, g: number, a: number): string {
  const percent = Math.round((Math.abs(g - a) / a) * 100);
  if (percent === 0) return `You said ${guess}; the article says ${answer}: spot on.`;
  return `You said ${guess}; the article says ${answer}: ${percent}% ${g < a ? 'low' : 'high'}.`;
}

/** Linear-scale credit as documented: full within the tolerance, then falling linearly to 0 at 100% off. */
const linearCredit = (g: number, a: number, t: number) => {
  const e = Math.abs(g - a) / a;
  return e <= t ? 1 : Math.max(0, (1 - e) / (1 - t));
};

/** Clicks the slider `fraction` of the way along its track from its left edge. */
async function clickSlider(el: NewsQuiz, fraction: number): Promise<void> {
  const r = range(el).getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width * fraction), Math.round(r.top + r.height / 2)] });
  await el.updateComplete;
}

/** Types `value` into the number field, replacing what it holds, and leaves it (a `change`). */
async function typeNumber(el: NewsQuiz, value: string): Promise<void> {
  field(el).focus();
  field(el).select();
  await sendKeys({ type: value });
  await el.updateComplete;
}

/** An iframe showing `body` under the test page's origin (so `/dist/…` URLs resolve); resolves once it has loaded. */
async function frame(body: string): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.style.cssText = 'width: 700px; height: 900px; border: 0';
  f.srcdoc = `<!doctype html><html lang="en"><body>${body}</body></html>`;
  document.body.append(f);
  await new Promise((resolve) => f.addEventListener('load', resolve, { once: true }));
  return f;
}

/** The `<news-quiz>` in a frame, once its shadow root shows `selector`. */
async function inFrame(f: HTMLIFrameElement, selector: string): Promise<ShadowRoot> {
  return until(() => {
    const root = f.contentDocument?.querySelector('news-quiz')?.shadowRoot;
    return root?.querySelector(selector) ? root : null;
  }, `${selector} in the drop-in element`, 8000);
}

/** An inline quiz for the drop-in file (the fixture has no "</script>" in its text). */
const inline = (quiz: Quiz) => `<news-quiz no-persist><script type="application/json">${JSON.stringify(quiz)}</script></news-quiz>`;

/** Copies the built drop-in file and the chunks it imports statically (not the lazy ones) into test/element/`dir`. */
async function copyBundle(dir: string): Promise<string[]> {
  const written: string[] = [];
  const copy = async (name: string): Promise<void> => {
    const res = await fetch(`/dist/${name}`);
    assert(res.ok, `dist/${name} is missing: run \`npm run build\` first`);
    const code = await res.text();
    await writeFile({ path: `${dir}/${name}`, content: code });
    written.push(`${dir}/${name}`);
    for (const [, dep] of code.matchAll(/import\s*(?:[\w{},\s*$]+from\s*)?["']\.\/([^"']+)["']/g)) if (!written.includes(`${dir}/${dep}`)) await copy(dep!);
  };
  await copy('news-quiz.min.js');
  return written;
}

describe('<news-quiz> estimate questions', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
  });

  // First in the file: the estimate view has not been loaded on this page yet.
  it('loads the estimate view only for a quiz that has one, showing the skeleton meanwhile', async () => {
    const loaded = () => performance.getEntriesByType('resource').some((r) => r.name.includes('estimate-view'));
    await quizElement(await uniqueQuiz(), 'no-persist');
    assert(!loaded(), 'a quiz of choices loads no estimate view');
    const quiz = await uniqueQuiz('estimate.json');
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
    assert(loaded(), 'the estimate view was fetched');
    assert(range(el) && field(el), 'slider and number field shown');
  });

  it('labels the slider and the number field, shows the ends of the scale and passes axe', async () => {
    const el = await quizElement(await uniqueQuiz('estimate.json'), 'no-persist');
    equal(range(el).labels![0]!.textContent, 'Your estimate', 'slider label');
    equal(field(el).labels![0]!.textContent, 'Or type a number', 'number field label');
    equal(field(el).getAttribute('inputmode'), 'decimal', 'decimal keyboard on phones');
    equal(qa(el, '.e .ends span').map((s) => s.textContent), ['0', '5,000'], 'min and max labels');
    assert(range(el).getAttribute('aria-valuetext')!.endsWith(' US soldiers'), 'the slider speaks its value with its unit');
    equal(shown(el), '–', 'nothing chosen yet');
    await expectAccessible(el);
  });

  it('keyboard only: arrows on the slider and typing keep both inputs in sync; checking says how far off', async () => {
    const el = await quizElement(await uniqueQuiz('estimate.json'), 'no-persist');
    const events = recordEvents(el);
    await tabTo((e) => e === range(el), 'the slider');
    const start = Number(range(el).value);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    equal(Number(range(el).value), start + 3, 'three steps along');
    const value = Number(field(el).value);
    equal(shown(el), `${grouped(value)} US soldiers`, 'the shown value is the typed one');
    equal(range(el).getAttribute('aria-valuetext'), `${grouped(value)} US soldiers`, 'aria-valuetext');
    assert(value > 2500 && value <= 2600, `3 steps of 25 from the middle, got ${value}`);

    await tabTo((e) => e === field(el), 'the number field');
    await sendKeys({ press: 'Control+A' });
    await sendKeys({ type: '2600' });
    await el.updateComplete;
    equal(shown(el), '2,600 US soldiers', 'typing updates the shown value');
    equal(Number(range(el).value), 104, 'and moves the slider: 2,600 of 5,000 is 52% of 200 steps');
    equal(answers(events).length, 0, 'nothing recorded before checking');

    await tabTo((e) => e.textContent?.trim() === 'Check answer', 'Check answer');
    await sendKeys({ press: 'Enter' });
    await until(() => text(el, '[part~=feedback] h3'), 'feedback');
    equal(text(el, '[part~=feedback] h3'), '✓ Correct', 'within 10% is correct');
    equal(deepActive()?.tagName, 'H3', 'focus on the verdict');
    equal(text(el, '[aria-live]'), offBy('2,600', '2,500', 2600, 2500), 'announced');
    const [event] = answers(events);
    equal([event!.questionId, event!.value, event!.score, event!.correct, event!.choice, event!.order], ['e1', 2600, 1, true, -1, undefined], 'answer event');
    assert(range(el).disabled && field(el).disabled, 'the answer is final');
  });

  it('mouse: clicking the track sets the value; the result draws the guess beside the key', async () => {
    const el = await quizElement(await uniqueQuiz('estimate.json'), 'no-persist');
    const events = recordEvents(el);
    await clickSlider(el, 0.8);
    const value = Number(field(el).value);
    assert(value >= 3700 && value <= 4300, `about 80% of 5,000, got ${value}`);
    button(el, 'Check answer').click();
    await until(() => text(el, '[part~=feedback] h3'), 'feedback');
    const credit = linearCredit(value, 2500, 0.1);
    equal(text(el, '[part~=feedback] h3'), `≈ Partly right (${Math.round(credit * 100) / 100} points)`, 'partial credit');
    equal(answers(events)[0]!.score.toFixed(6), credit.toFixed(6), 'event score by the documented formula');
    equal(
      qa(el, '[part~=scale] .l').map((l) => l.textContent),
      [`Your answer: ${grouped(value)}`, 'Right answer: 2,500'],
      'both marks labelled in words',
    );
    const bar = q(el, '.bar')!.getBoundingClientRect();
    const mark = (c: string) => (q(el, `.bar .${c}`)!.getBoundingClientRect().left - bar.left) / bar.width;
    assert(Math.abs(mark('k') - 0.5) < 0.03 && Math.abs(mark('g') - value / 5000) < 0.03, `marks at ${mark('k')} and ${mark('g')}`);
    assert(text(el, '[part~=feedback]').includes(offBy(grouped(value), '2,500', value, 2500)), 'how far off, in words');
    await expectAccessible(el);
  });

  it('touch-style drag: input events show the value live, the release (change) records it with reveal="end"', async () => {
    const el = await quizElement(await uniqueQuiz('estimate.json'), 'no-persist reveal="end"');
    const events = recordEvents(el);
    const r = range(el);
    for (const pos of [120, 140, 160]) {
      r.value = String(pos);
      r.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
    }
    equal(shown(el), '4,000 US soldiers', 'the value follows the drag');
    equal(answers(events).length, 0, 'nothing recorded while dragging');
    r.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    equal(answers(events).map((e) => e.value), [4000], 'recorded once on release');
  });

  it('a logarithmic scale: the slider spreads orders of magnitude evenly; the number field counts in the key\'s "bn"', async () => {
    const quiz = await uniqueQuiz('estimate.json');
    const el = await quizElement(quiz, 'no-persist');
    button(el, 'Check answer').click(); // nothing chosen: focus goes to the slider, nothing is recorded
    await el.updateComplete;
    await el.updateComplete;
    assert(deepActive() === range(el), 'checking with nothing chosen focuses the slider');
    el.quiz = { ...quiz, questions: [quiz.questions[1]!] };
    await until(() => q(el, 'legend')?.textContent?.includes('deficit'), 'the log question');
    equal(qa(el, '.e .ends span').map((s) => s.textContent), ['$10bn', '$5tn'], 'ends in the key\'s format');
    equal(q(el, '.n')!.textContent!.replace(/\s+/g, ''), '$bn', 'prefix and scale word around the number field');
    await typeNumber(el, '368');
    equal(shown(el), '$368bn', 'typed in billions');
    const { min, max } = quiz.questions[1] as EstimateQuestion;
    const expected = Math.round((Math.log(368e9 / min) / Math.log(max / min)) * 200);
    equal(Number(range(el).value), expected, 'slider position on the log scale');
    // Halfway along a log slider is the geometric mean of its ends.
    range(el).value = '100';
    range(el).dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    equal(shown(el), '$224bn', 'sqrt(10bn × 5tn) ≈ 224bn at the middle');
  });

  it('persists a checked estimate and an unchecked reveal="end" one across a re-created element', async () => {
    const quiz = await uniqueQuiz('estimate.json');
    const first = await quizElement(quiz);
    await typeNumber(first, '5000');
    button(first, 'Check answer').click();
    await until(() => q(first, '[part~=feedback]'), 'feedback');
    first.remove();
    assert(localStorage.getItem(storageKey(quiz)), 'saved');
    const again = await quizElement(structuredClone(quiz));
    equal(text(again, '[part~=feedback] h3'), '✗ Incorrect', 'twice the figure earns nothing on a linear scale');
    equal(shown(again), '5,000 US soldiers', 'the value is restored');
    assert(range(again).disabled, 'and final');
    assert(text(again, '[part~=feedback]').includes(offBy('5,000', '2,500', 5000, 2500)), 'with its result');
  });

  it('reveal="end": a value set but not checked is saved and restored too', async () => {
    const quiz = await uniqueQuiz('estimate.json');
    const first = await quizElement(quiz, 'reveal="end"');
    await typeNumber(first, '1200');
    field(first).blur();
    await first.updateComplete;
    first.remove();
    const again = await quizElement(structuredClone(quiz), 'reveal="end"');
    equal(shown(again), '1,200 US soldiers', 'restored');
    equal(field(again).value, '1200', 'in the number field too');
    equal(Number(range(again).value), 48, 'and on the slider');
    assert(!range(again).disabled, 'still changeable');
  });

  it('an estimate question with bad fields shows where and what, like any invalid quiz', async () => {
    const quiz = await uniqueQuiz('estimate.json');
    const e1 = quiz.questions[0] as EstimateQuestion;
    e1.min = 3000; // above the answer
    delete (e1 as Partial<EstimateQuestion>).tolerance;
    const el = await quizElement(quiz, 'no-persist');
    const issues = qa(el, '[part~=error] li').map((li) => li.textContent!.replace(/\s+/g, ' '));
    assert(issues.some((i) => i.startsWith('questions[0].answerValue: must lie within the slider\'s range [3000, 5000]')), issues.join(' | '));
    assert(issues.some((i) => i.startsWith('questions[0].tolerance: is missing')), issues.join(' | '));
    await expectAccessible(el);
  });

  it('reveal="end": change the value freely, then the review shows guess against figure and a fractional score', async () => {
    const quiz = await uniqueQuiz('estimate.json');
    const el = await quizElement(quiz, 'reveal="end" no-persist');
    const events = recordEvents(el);
    await typeNumber(el, '3000');
    field(el).blur(); // a change: recorded
    await typeNumber(el, '4000');
    field(el).blur();
    await el.updateComplete;
    button(el, 'Next question').click();
    await until(() => q(el, 'legend')?.textContent?.includes('deficit'), 'second question');
    button(el, 'Previous question').click();
    await until(() => q(el, 'legend')?.textContent?.includes('soldiers'), 'back');
    equal(shown(el), '4,000 US soldiers', 'the latest value is kept');
    button(el, 'Next question').click();
    await el.updateComplete;
    await typeNumber(el, '368');
    field(el).blur();
    button(el, 'Next question').click();
    await el.updateComplete;
    q<HTMLInputElement>(el, 'input[type=radio]')!.click();
    await el.updateComplete;
    button(el, 'Submit answers').click();
    await until(() => q(el, '[part~=results]'), 'results');
    const complete = events.find((e) => e.type === 'news-quiz-complete') as NewsQuizCompleteEvent;
    const expected = linearCredit(4000, 2500, 0.1) + 1 + 1;
    equal(complete.score.toFixed(6), expected.toFixed(6), 'complete event: the sum of fractional scores');
    equal(text(el, '[part~=results] strong'), `You scored ${Math.round(expected * 10) / 10} out of 3.`, 'score to one decimal');
    const items = qa(el, '[part~=results] > ol > li');
    assert(items[0]!.textContent!.replace(/\s+/g, ' ').includes('Your answer: 4,000'), 'review shows the guess');
    assert(items[0]!.textContent!.replace(/\s+/g, ' ').includes('Right answer: 2,500'), 'and the figure');
    assert(items[1]!.textContent!.includes('✓ Correct'), 'the exact log answer is correct');
    equal(answers(events).filter((e) => e.questionId === 'e1').map((e) => e.value), [3000, 4000], 'one event per committed change');
    await expectAccessible(el);
  });

  it('right to left: the scale runs from the right, the drawing too, and axe passes', async () => {
    const el = await quizElement(await uniqueQuiz('estimate.json'), 'no-persist lang="ar"');
    await until(() => range(el)?.labels?.[0]?.textContent === 'تقديرك', 'Arabic strings');
    equal(getComputedStyle(range(el)).direction, 'rtl', 'slider direction');
    const [lo, hi] = qa(el, '.e .ends span').map((s) => s.getBoundingClientRect().left);
    assert(lo! > hi!, 'the minimum is on the right');
    await clickSlider(el, 0.1);
    const value = Number(field(el).value);
    assert(value > 4000, `clicking near the left end sets a high value, got ${value}`);
    await expectAccessible(el);
    button(el, 'تحقّق من الإجابة').click();
    await until(() => q(el, '.bar .g'), 'the drawing');
    const bar = q(el, '.bar')!.getBoundingClientRect();
    const guess = q(el, '.bar .g')!.getBoundingClientRect();
    assert(guess.left < bar.left + bar.width * 0.25, 'the high guess is drawn on the left');
    await expectAccessible(el);
  });

  it('the drop-in file (dist/news-quiz.min.js) loads the estimate chunk next to it and runs the question', async () => {
    const f = await frame(`<script type="module" src="/dist/news-quiz.min.js"></script>${inline(await uniqueQuiz('estimate.json'))}`);
    try {
      const root = await inFrame(f, 'input[type=range]');
      assert(
        f.contentWindow!.performance.getEntriesByType('resource').some((r) => /news-quiz-estimate-view\.min\.js$/.test(r.name)),
        'the estimate chunk was loaded',
      );
      const slider = root.querySelector<HTMLInputElement>('input[type=range]')!;
      slider.value = '40';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      slider.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => root.querySelector('#o')?.textContent === '1,000 US soldiers', 'the value shown');
      [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Check answer')!.click();
      await until(() => root.querySelector('[part~=feedback]'), 'feedback');
      assert(root.querySelector('[part~=feedback]')!.textContent!.includes(offBy('1,000', '2,500', 1000, 2500)), 'how far off');
    } finally {
      f.remove();
    }
  });

  it('a chunk that fails to load shows a clear error instead of the quiz', async () => {
    const files = await copyBundle('fixtures');
    const f = await frame(`<script type="module" src="/test/element/fixtures/news-quiz.min.js"></script>${inline(await uniqueQuiz('estimate.json'))}`);
    try {
      const root = await inFrame(f, '[part~=error]');
      const message = root.querySelector('[part~=error]')!.textContent!.replace(/\s+/g, ' ');
      assert(message.includes('This quiz cannot be shown'), message);
      assert(message.includes('Part of the quiz could not load (') && message.includes('Check your connection and reload the page.'), message);
    } finally {
      f.remove();
      for (const path of files) await removeFile({ path });
    }
  });
});
