/**
 * Tiny test helpers for the element tests (no chai/open-wc here): fixtures,
 * waiting, shadow-DOM queries, assertions, events and axe-core.
 */
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { assert, until } from './assertions.js';

export { assert, equal, until } from './assertions.js';
import type { NewsQuiz } from '../../src/element/news-quiz.js';
import type { Quiz } from '../../src/core/types.js';

declare global {
  function describe(name: string, fn: () => void): void;
  function it(name: string, fn: () => void | Promise<void>): void;
  function beforeEach(fn: () => void | Promise<void>): void;
  function afterEach(fn: () => void | Promise<void>): void;
  interface Window {
    axe?: { run(context: Element, options?: object): Promise<{ violations: AxeViolation[] }> };
  }
}

/** One axe-core violation (the fields the tests print). */
export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/** URL of a JSON fixture in test/element/fixtures/. */
export const fixtureUrl = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).pathname;

/** A fixture quiz, parsed (a fresh copy every call). */
export async function quizFixture(name = 'quiz.json'): Promise<Quiz> {
  return (await (await fetch(fixtureUrl(name))).json()) as Quiz;
}

let counter = 0;
/** A fixture quiz with a fresh id, so its saved progress cannot leak between tests. */
export async function uniqueQuiz(name = 'quiz.json'): Promise<Quiz> {
  const quiz = await quizFixture(name);
  quiz.id = `${quiz.id}-${Date.now()}-${counter++}`;
  return quiz;
}

const containers: HTMLElement[] = [];

/** Renders trusted test markup into a fresh container in the body and returns its first `<news-quiz>`. */
export function render(markup: string, width?: number): NewsQuiz {
  const div = document.createElement('div');
  if (width) div.style.width = `${width}px`;
  div.innerHTML = markup;
  document.body.append(div);
  containers.push(div);
  return div.querySelector('news-quiz')!;
}

/** A `<news-quiz>` showing `quiz` (set as property), once it is ready. */
export async function quizElement(quiz: Quiz, attributes = '', width?: number): Promise<NewsQuiz> {
  const el = render(`<news-quiz ${attributes}></news-quiz>`, width);
  el.quiz = quiz;
  await settled(el);
  return el;
}

/** Removes everything {@link render} added and the page's test styles. */
export function cleanup(): void {
  for (const c of containers.splice(0)) c.remove();
  document.querySelectorAll('style[data-test]').forEach((s) => s.remove());
}

/** Adds page CSS (removed by {@link cleanup}). */
export function pageStyle(cssText: string): void {
  const style = document.createElement('style');
  style.dataset['test'] = '';
  style.textContent = cssText;
  document.head.append(style);
}

/** Waits until the element shows a question, results or an error (not the skeleton). */
export async function settled(el: NewsQuiz): Promise<void> {
  await until(() => q(el, 'fieldset, [part~=results], [part~=error]'), 'the quiz to settle');
  await el.updateComplete;
}

/** First match in the element's shadow root. */
export function q<T extends Element = HTMLElement>(el: NewsQuiz, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector as string) as T | null;
}

/** All matches in the element's shadow root. */
export function qa<T extends Element = HTMLElement>(el: NewsQuiz, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll(selector)] as T[];
}

/** Visible text of a shadow element, whitespace collapsed. */
export function text(el: NewsQuiz, selector: string): string {
  return (q(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The radio inputs of the current question. */
export const radios = (el: NewsQuiz): HTMLInputElement[] => qa<HTMLInputElement>(el, 'input[type=radio]');

/** The action button whose text is `label`. */
export function button(el: NewsQuiz, label: string): HTMLButtonElement {
  const b = qa<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === label);
  if (!b) throw new Error(`No button "${label}"; buttons: ${qa(el, 'button').map((b) => b.textContent!.trim()).join(', ')}`);
  return b;
}

/** Clicks choice `i` of the current question, then the button `label` (if any), and waits for the update. */
export async function choose(el: NewsQuiz, i: number, label?: string): Promise<void> {
  radios(el)[i]!.click();
  await el.updateComplete;
  if (label) {
    button(el, label).click();
    await el.updateComplete;
  }
}

/** The focused element, looking through shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Presses Tab until the deep active element matches `test` (at most `max` times). */
export async function tabTo(test: (e: Element) => boolean, what: string, max = 25): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const a = deepActive();
    if (a && test(a)) return a;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Records the element's news-quiz-* events. */
export function recordEvents(el: EventTarget): Event[] {
  const seen: Event[] = [];
  for (const type of ['ready', 'start', 'answer', 'complete', 'error']) {
    el.addEventListener(`news-quiz-${type}`, (e) => seen.push(e));
  }
  return seen;
}

/** The types of recorded events, without the `news-quiz-` prefix. */
export const types = (events: Event[]): string[] => events.map((e) => e.type.replace('news-quiz-', ''));

/** Runs axe-core on `el` and throws listing every violation. */
export async function expectAccessible(el: Element): Promise<void> {
  if (!window.axe) {
    await new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '/node_modules/axe-core/axe.min.js';
      s.onload = resolve;
      s.onerror = reject;
      document.head.append(s);
    });
  }
  const { violations } = await window.axe!.run(el);
  const report = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')}`);
  assert(violations.length === 0, `axe violations:\n${report.join('\n')}`);
}
