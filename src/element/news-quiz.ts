import { LitElement, ReactiveElement, adoptStyles, html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { QuizValidationError, checkQuiz, scoreQuizWith, scoreWith, validWith, type QuestionRules } from '../core/rules.js';
import {
  allAnswered,
  createSession,
  goTo,
  nextQuestion,
  restoreSessionWith,
  serializeSession,
  storageKey,
  type QuizSession,
} from '../core/progress.js';
import type { AnswerValue, ChoiceQuestion, Question, Quiz } from '../core/types.js';
import {
  NewsQuizAnswerEvent,
  NewsQuizCompleteEvent,
  NewsQuizErrorEvent,
  NewsQuizReadyEvent,
  NewsQuizStartEvent,
} from './events.js';
import { catalog, en, format, language, type Language, type Messages } from './messages.js';
import { load, remove, save } from './storage.js';
import { styles } from './styles.js';
import { textFragmentLink } from './text-fragment.js';
import type { AutoBuildResult } from './auto-build.js';

/** What the element lends a question type's view (see {@link QuestionView}). */
export interface ViewHost {
  /** A UI string in the element's language, placeholders filled, plural picked by `count`. */
  t(key: keyof Messages, vars?: Record<string, string | number>, count?: number): string;
  /** The UI language tag, for `Intl` formatting. */
  tag: string;
  /** Quiz text inline, in its own language and direction. */
  text(text: string | undefined): TemplateResult;
  /** `✓` (true) or `✗` (false), hidden from assistive technology. */
  icon(ok: boolean): TemplateResult;
  /** The answer shown: recorded, picked but not yet checked, or the question's starting answer. */
  value: AnswerValue | undefined;
  /** True when the answer is final and shown with its result (the controls are read-only). */
  done: boolean;
  /** Sets the answer shown; with `commit` (the reader let go) it is recorded when `reveal="end"`. */
  set(value: AnswerValue, commit?: boolean): void;
  /** Says `text` in the polite live region. */
  say(text: string): void;
  /** Focuses the first match of `selector` in the shadow root once rendered. */
  focus(selector: string): void;
}

/**
 * A question type's view, loaded as a separate chunk the first time a quiz
 * uses the type: its rules (checks, scoring, answer checks), its styles and
 * how it renders.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table holds views of every type
export interface QuestionView<Q extends Question = any> extends QuestionRules<Q> {
  /** Styles added to the element's shadow root once the view is loaded. */
  css: CSSResult;
  /** The English text of the view's own strings, added to `en` when it loads (a publisher's wording stays). */
  en: Partial<Messages>;
  /** The answer a question starts with before the reader acts (an order's display order), or undefined. */
  start(q: Q): AnswerValue | undefined;
  /** The controls inside the question's fieldset. */
  input(h: ViewHost, q: Q): TemplateResult;
  /** The answer beside the key, after answering (feedback) and in the results review. */
  result(h: ViewHost, q: Q, answer: AnswerValue | undefined): TemplateResult;
  /** Announced once the reader checked `answer` (focus is then on the verdict). */
  said(h: ViewHost, q: Q, answer: AnswerValue): string;
}

/** The views loaded so far, by question type; also the rules table of the core runtime. */
const views: Record<string, QuestionView> = {};
/** Views loading (or failed to: the error tells the reader to reload the page), by question type. */
const loading: Record<string, Promise<unknown>> = {};

/** Loads the view of question type `type` unless it is built in or loaded; a promise while it loads. */
function loadView(type: unknown): Promise<unknown> | undefined {
  const chunk = type == 'estimate' ? () => import('./estimate-view.js') : type == 'order' ? () => import('./order-view.js') : 0;
  return chunk && !views[type as string]
    ? (loading[type as string] ||= chunk().then((m) => {
        views[type as string] = m.view as QuestionView;
        Object.assign(en, { ...m.view.en, ...en });
      }))
    : undefined;
}

/** Credit rounded to one decimal, as shown: "4.7 out of 6". */
const round = (score: number): number => Math.round(score * 10) / 10;

/** Accent and background of the default light and dark themes (see styles.ts), as computed. */
const defaultTheme = ['rgb(11, 87, 208)rgb(255, 255, 255)', 'rgb(168, 199, 250)rgb(31, 31, 31)'];

/** `✓`, `≈` (part of the credit) or `✗` for a score, hidden from assistive technology (the word next to it says it). */
const icon = (score: number | boolean): TemplateResult =>
  html`<span class="i" aria-hidden="true">${score == 1 ? '✓' : score ? '≈' : '✗'}</span>`;

/**
 * A news comprehension quiz: one question at a time, feedback citing the
 * article's own sentence, a results review, sharing, and progress that
 * survives a reload.
 *
 * Data comes from the `quiz` property, else from `src` (fetched), else from a
 * child `<script type="application/json">`. Every quiz is validated; an invalid
 * or unreachable quiz shows a readable error in place of the quiz.
 *
 * @summary Accessible, tiny news quiz with source-sentence feedback.
 * @tagname news-quiz
 *
 * @fires {NewsQuizReadyEvent} news-quiz-ready - A quiz was loaded, validated and is shown (also after a reload of `src`).
 * @fires {NewsQuizStartEvent} news-quiz-start - The reader answered for the first time in an attempt.
 * @fires {NewsQuizAnswerEvent} news-quiz-answer - The reader answered: `questionId`, `score` (0 to 1), `correct`, and `choice` (index), `value` (estimate) or `order` (order).
 * @fires {NewsQuizCompleteEvent} news-quiz-complete - The reader finished: `score` (fractions for close estimates and partly right orders), `total`.
 * @fires {NewsQuizErrorEvent} news-quiz-error - The quiz could not be loaded or is invalid: `error` (a `QuizValidationError` lists `issues`).
 *
 * @csspart question - The fieldset of the current question (its legend is the prompt).
 * @csspart choice - Each answer choice (a label around a radio input); also `correct` / `incorrect` once revealed.
 * @csspart estimate - The slider and number field of an estimate question.
 * @csspart scale - The drawing of an estimate beside the true figure.
 * @csspart event - Each event of an order question (a list item); also `correct` / `incorrect` once revealed.
 * @csspart timeline - The true order of an order question's events, with their dates.
 * @csspart feedback - The feedback after an answer (`reveal="each"`).
 * @csspart results - The results: score, review of every question, try again and share.
 * @csspart button - Every action button.
 * @csspart progress - The "2 of 6" progress line.
 * @csspart error - The box explaining why the quiz cannot be shown.
 *
 * @cssproperty --news-quiz-accent - Buttons, links, focus ring and selected choice.
 * @cssproperty --news-quiz-font - Font family; inherits the page's font when unset.
 * @cssproperty --news-quiz-radius - Corner radius of the box, choices and buttons.
 * @cssproperty --news-quiz-correct - Colour of "correct" marks (always paired with a word and an icon).
 * @cssproperty --news-quiz-incorrect - Colour of "incorrect" marks and of the error box.
 * @cssproperty --news-quiz-bg - Background.
 * @cssproperty --news-quiz-fg - Text colour.
 * @cssproperty --news-quiz-height - Least height of the box (default 27em, plus up to 12em on viewports narrower than 40em, where questions wrap to more lines): reserved while the quiz loads, so the page does not shift when a question that fits appears.
 */
export class NewsQuiz extends LitElement {
  static override styles = styles;

  /**
   * Reactive properties (declared here rather than with decorators: no
   * decorator runtime in the drop-in file). `_`-prefixed ones are internal state
   * (`attribute: false` is all lit's `state: true` does; the manifest analyzer
   * reads these literals, so keep them inline).
   */
  static override properties = {
    src: {},
    reveal: {},
    noPersist: { type: Boolean, attribute: 'no-persist' },
    timeout: { type: Number },
    for: {},
    count: {},
    kinds: {},
    seed: {},
    structuredData: { type: Boolean, attribute: 'structured-data' },
    quiz: { attribute: false },
    messages: { attribute: false },
    _quiz: { attribute: false },
    _session: { attribute: false },
    _error: { attribute: false },
    _picked: { attribute: false },
    _live: { attribute: false },
    _note: { attribute: false },
  };

  /**
   * UI strings by language tag, shared by every `<news-quiz>`: English is built
   * in, `de`, `fr`, `es` and `ar` load on first use. Add a language or reword
   * one (`NewsQuiz.messages.pt = { check: 'Verificar', … }`); missing strings
   * come from the built-in language, else English.
   */
  static messages: Record<string, Partial<Messages>> = catalog;

  /**
   * Registers the element as `tag` unless that tag is already defined, so
   * loading the script twice (even two versions) never throws.
   */
  static define(tag = 'news-quiz', registry: CustomElementRegistry = customElements): typeof NewsQuiz {
    if (!registry.get(tag)) {
      try {
        registry.define(tag, this);
      } catch {
        // This class is already registered under another tag: register a subclass.
        registry.define(tag, class extends this {});
      }
    }
    return this;
  }

  /** Storage key of the quiz shown: the same quiz (re)loaded keeps the reader's session. */
  private _key = '';
  /** The reader has answered in this attempt (so `news-quiz-start` is not fired again). */
  private _started = false;
  /** A `src` fetch is under way (possibly cut short by a removal). */
  private _pending = false;
  private _abort?: AbortController;
  private _observer?: MutationObserver;
  /** Re-renders when a `lang` attribute changes (the element's or an ancestor's). */
  private _langObserver?: MutationObserver;
  /** The quiz built from the page, if any, with the highlighter of its article's sentences. */
  private _built?: AutoBuildResult;
  /** The shadow root holds pre-rendered (SSR) content, shown until the first render replaces it. */
  private _ssr = false;
  /** The last UI language shown, kept while another one loads. */
  private _last?: Language;
  /** Counts quizzes given to {@link _use}, so that one waiting for its views does not replace a newer one. */
  private _uses = 0;

  /** The quiz shown; until there is one, a skeleton reserves its space. */
  private _quiz?: Quiz;
  /** The reader's progress (answers, current question, finished). */
  private _session: QuizSession = createSession();
  /** Why the quiz cannot be shown; shown instead of the quiz. */
  private _error?: Error;
  /** The answer picked but not yet checked (`reveal="each"`), or being changed (`reveal="end"`). */
  private _picked?: AnswerValue;
  /** Text for the polite live region. */
  private _live = '';
  /** Visible note: the share confirmation, or which questions are left (`reveal="end"`). */
  private _note = '';

  /** URL of the quiz JSON. Changing it aborts a pending load and loads the new quiz. */
  src = '';

  /** `each` (default): feedback after every answer. `end`: answer all, change answers freely, then review. */
  reveal: 'each' | 'end' = 'each';

  /** Do not save the reader's answers in localStorage. */
  noPersist = false;

  /** Milliseconds to wait for `src` before showing a time-out error. */
  timeout = 15000;

  /** Id of the article element to build the quiz from (with no `quiz`, `src` or inline JSON); else the article the quiz stands in. */
  for?: string;

  /** Most questions of a quiz built from the page (1–100). */
  count?: string;

  /** Kinds of question of a quiz built from the page: `number`, `date`, `actor`, comma-separated. */
  kinds?: string;

  /** Seed of a quiz built from the page: the same seed, the same quiz. */
  seed?: string;

  /** Add the quiz to the page as schema.org `Quiz` JSON-LD (a script in `<head>`). */
  structuredData?: boolean;

  /** The quiz data; takes precedence over `src` and the inline script. Validated like any other source. */
  quiz: Quiz | null = null;

  /** This element's own wording: strings merged over those of its language (see `NewsQuiz.messages`). */
  messages?: Partial<Messages> | null;

  override connectedCallback(): void {
    super.connectedCallback();
    (this._observer ||= new MutationObserver(() => this.quiz == null && !this.src && this._load())).observe(this, { childList: true, subtree: true, characterData: true });
    const lang = (this._langObserver ||= new MutationObserver(() => this.requestUpdate()));
    lang.observe(this, { attributeFilter: ['lang'] });
    lang.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
    // A load cut short by a removal resumes on re-attachment; a loaded quiz and its progress stay.
    if (this._pending) this._load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
    this._langObserver?.disconnect();
    this._abort?.abort();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this._ssr = !!this.shadowRoot?.firstChild;
    const root = super.createRenderRoot();
    // Lit renders before the root's first child: none, once the pre-rendered content is replaced.
    if (this._ssr) this.renderOptions.renderBefore = null;
    return root;
  }

  /** Pre-rendered content stays until there is a quiz (or an error) to render in its place, with the same DOM. */
  protected override update(changed: PropertyValues<this>): void {
    if (this._ssr) {
      // Until then, only the bookkeeping of an update (ReactiveElement's), no render.
      if (!(this._error || (this._quiz && this._ui()))) return ReactiveElement.prototype['update'].call(this, changed);
      this._ssr = false;
      this.renderRoot.replaceChildren();
    }
    super.update(changed);
  }

  /**
   * Loads the quiz when its source changes. When `for`, `count`, `kinds` or
   * `seed` change, a quiz built from the page is built again, and with no quiz
   * yet the loading starts over (a build under way, `src` or the inline
   * script); a quiz the page gave stays.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const rebuild = this.quiz == this._built?.quiz && ['for', 'count', 'kinds', 'seed'].some((k) => changed.has(k as keyof NewsQuiz));
    if (rebuild || changed.has('quiz') || changed.has('src')) this._load(rebuild);
  }

  /**
   * Keeps text on and in the accent colour readable whatever colours the page
   * sets. The default themes meet WCAG AA, so the check (a separate chunk) only
   * loads for other colours, or to undo a fix.
   */
  protected override updated(): void {
    const r = this.renderRoot.querySelector<HTMLElement>('.r')!;
    const { columnRuleColor: a, backgroundColor: b } = getComputedStyle(r);
    if (!defaultTheme.includes(a + b) || r.style.length) import('./contrast.js').then((m) => m.fixContrast(r));
  }

  /** Reads the quiz from the first source present and shows it (or why it cannot); `rebuild` passes over a built quiz. */
  private async _load(rebuild?: boolean): Promise<void> {
    this._abort?.abort();
    this._pending = false;
    if (this.quiz != null && !rebuild) return this._use(this.quiz);
    const src = this.src;
    if (!src) {
      const text = this.querySelector(':scope > script[type="application/json"]')?.textContent;
      if (text != null) this._parse(text, this._t('inlineScript'));
      else this._build();
      return;
    }
    const t = this._t;
    const ctl = (this._abort = new AbortController());
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      ctl.abort();
    }, this.timeout);
    this._pending = true;
    try {
      const res = await fetch(new URL(src, document.baseURI), { signal: ctl.signal, credentials: 'omit' });
      const text = await res.text();
      if (ctl.signal.aborted) return;
      this._pending = false;
      if (!res.ok) throw new Error(t('httpError', { src, status: `${res.status} ${res.statusText}`.trim() }));
      this._parse(text, t('fromUrl', { src }));
    } catch (e) {
      if (ctl.signal.aborted && !timedOut) return; // superseded or removed
      this._pending = false;
      this._fail(
        timedOut
          ? new Error(t('timeout', { src, n: this.timeout / 1000 }, this.timeout / 1000))
          : e instanceof TypeError
            ? new Error(t('network', { src }))
            : (e as Error),
      );
    } finally {
      clearTimeout(timer);
    }
  }

  /** Builds the quiz from the page's article (the builder loads near the viewport or when idle). */
  private async _build(): Promise<void> {
    const ctl = (this._abort = new AbortController());
    this._pending = true;
    try {
      const r = await (await import('./auto-build.js')).autoBuild(this, { forId: this.for, count: this.count, kinds: this.kinds, seed: this.seed, signal: ctl.signal });
      this._pending = false;
      this._built = r;
      this.quiz = r.quiz;
    } catch (e) {
      if (ctl.signal.aborted) return;
      this._pending = false;
      this._fail(e as Error);
    }
  }

  private _parse(text: string, where: string): void {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return this._fail(new Error(this._t('badJson', { where, detail: (e as Error).message })));
    }
    this._use(data);
  }

  /**
   * Validates `data` and shows it; the same quiz again keeps the reader's
   * progress. The views (and rules) of the question types it uses load first;
   * until they have, the skeleton or the previous quiz stays.
   */
  private async _use(data: unknown): Promise<void> {
    const n = ++this._uses;
    const questions = (data as { questions?: unknown } | null)?.questions;
    const pending = (Array.isArray(questions) ? questions : []).map((q) => loadView((q as Question | null)?.type)).filter(Boolean);
    if (pending.length) {
      try {
        await Promise.all(pending);
      } catch (e) {
        if (n == this._uses) this._fail(new Error(this._t('chunkError', { detail: (e as Error).message })));
        return;
      }
      if (n != this._uses) return;
    }
    try {
      const quiz = checkQuiz(data, views);
      const key = storageKey(quiz);
      if (this.shadowRoot) adoptStyles(this.shadowRoot, [styles, ...Object.values(views).map((v) => v.css)]);
      if (key != this._key) {
        this._key = key;
        this._session = (!this.noPersist && restoreSessionWith(views, load(key), quiz)) || createSession();
        this._started = Object.keys(this._session.answers).length > 0;
        this._picked = undefined;
        this._live = this._note = '';
      }
      this._quiz = quiz;
      this._error = undefined;
      this.dispatchEvent(new NewsQuizReadyEvent());
      if (this.structuredData) import('./jsonld-emitter.js').then((m) => m.emitJsonLd(this, quiz));
    } catch (e) {
      this._fail(e as Error);
    }
  }

  private _fail(error: Error): void {
    this._uses++; // a quiz still waiting for its views must not replace the error
    this._error = error;
    this.dispatchEvent(new NewsQuizErrorEvent(error));
  }

  /** Language of the page around the element: its `lang`, else the nearest ancestor's, across shadow roots. */
  private get _pageLang(): string | undefined {
    for (let n: Node | null = this; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
      const lang = (n as Element).getAttribute?.('lang');
      if (lang) return lang;
    }
    return undefined;
  }

  /** The UI language; while its strings load, the last one shown (undefined at first: the skeleton shows). */
  private _ui(): Language | undefined {
    const l = language(this._pageLang);
    if (!(l instanceof Promise)) return (this._last = l);
    l.then(() => this.requestUpdate());
    return this._last;
  }

  /** A UI string in the element's language, `messages` applied, placeholders filled, plural picked by `count`. */
  private _t = (key: keyof Messages, vars?: Record<string, string | number>, count?: number): string => {
    const { tag, messages } = this._ui() ?? { tag: 'en', messages: en };
    return format(tag, this.messages?.[key] ?? messages[key], vars, count);
  };

  /** Sets the polite live region; the same text again is still announced. */
  private _say = (text: string): void => {
    this._live = text && text == this._live ? `${text}\u00a0` : text;
  };

  /** Language of the quiz's own text: the quiz's `lang`, else the page's. */
  private get _lang(): string | typeof nothing {
    return this._quiz?.lang || this._pageLang || nothing;
  }

  /** Stores the session, unless `no-persist`; a failed write keeps it in memory. */
  private _set(session: QuizSession): void {
    this._session = session;
    if (!this.noPersist && this._quiz) save(this._key, serializeSession(session, this._quiz));
  }

  /** Moves focus into the shadow root once rendered. */
  private _focus = async (selector: string): Promise<void> => {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  };

  private get _current(): Question {
    return this._quiz!.questions[this._session.index]!;
  }

  /** The view of `q`'s type; undefined for a choice question. */
  private _view(q: Question): QuestionView | undefined {
    return q.type && views[q.type];
  }

  /** Shows `value` as the current question's answer; with `commit`, records it when `reveal="end"`. */
  private _pick = (value: AnswerValue, commit = true): void => {
    this._picked = value;
    if (commit && this.reveal == 'end') this._answer(value);
  };

  private _answer(value: AnswerValue): void {
    const q = this._current;
    // The controls only make answers the question can hold; with reveal="end" a new one replaces the last.
    if (!validWith(views, q, value)) return;
    this._set({ ...this._session, answers: { ...this._session.answers, [q.id]: value } });
    if (!this._started) {
      this._started = true;
      this.dispatchEvent(new NewsQuizStartEvent());
    }
    const score = scoreWith(views, q, value);
    const choice = !q.type || q.type == 'choice';
    this.dispatchEvent(
      new NewsQuizAnswerEvent(
        q.id,
        choice ? (value as number) : -1,
        score == 1,
        score,
        choice || Array.isArray(value) ? undefined : value,
        Array.isArray(value) ? [...value] : undefined,
      ),
    );
  }

  private _check(): void {
    const q = this._current;
    const view = this._view(q);
    const value = this._picked ?? view?.start(q);
    if (value === undefined) return void this._focus('input');
    this._answer(value);
    const c = q as ChoiceQuestion;
    this._say(view ? view.said(this._host(value, true), q, value) : this._t('feedback', { answer: c.choices[c.answer]! }));
    this._focus('[part~=feedback] h3');
  }

  private _next(): void {
    const quiz = this._quiz!;
    const q = this._current;
    const start = this._view(q)?.start(q);
    // An order left as shown is an answer too.
    if (this.reveal == 'end' && start !== undefined && !(q.id in this._session.answers)) this._answer(start);
    let session = this._session;
    this._picked = undefined;
    this._note = '';
    if (this.reveal == 'end' && session.index == quiz.questions.length - 1 && !allAnswered(session, quiz)) {
      const left = quiz.questions.findIndex((q) => !(q.id in session.answers));
      const n = quiz.questions.length - Object.keys(session.answers).length;
      this._say((this._note = this._t('unanswered', { n }, n)));
      session = goTo(session, quiz, left);
    } else {
      session = nextQuestion(session, quiz);
    }
    this._set(session);
    if (session.finished) {
      const { score, total } = scoreQuizWith(views, quiz, session.answers);
      this._say(this._t('score', { score: round(score), total }, round(score)));
      this.dispatchEvent(new NewsQuizCompleteEvent(score, total));
      this._focus('[part~=results] h3');
    } else {
      this._focus('fieldset');
    }
  }

  private _previous(): void {
    this._note = '';
    this._picked = undefined;
    this._set(goTo(this._session, this._quiz!, this._session.index - 1));
    this._focus('fieldset');
  }

  private _retry(): void {
    remove(this._key);
    this._set(createSession());
    this._picked = undefined;
    this._started = false;
    this._live = this._note = '';
    this._focus('fieldset');
  }

  /** Shares the result (share.ts, loaded with the results). */
  private async _share(): Promise<void> {
    const t = this._t;
    const quiz = this._quiz!;
    const { score: exact, total } = scoreQuizWith(views, quiz, this._session.answers);
    const score = round(exact);
    const text = t('shareText', { score, total, title: quiz.title }, score);
    const url = quiz.article?.url ?? location.href.replace(/#.*/, '');
    const outcome = await (await import('./share.js')).share({ text, url });
    const note =
      outcome == 'shared' || outcome == 'copied' ? t(outcome) : outcome == 'failed' ? `${t('copyFailed')} ${text}: ${url}` : '';
    this._say((this._note = note));
  }

  override render(): TemplateResult {
    const ui = this._ui();
    const quiz = ui && this._quiz;
    const s = this._session;
    const view = this._error
      ? this._renderError()
      : !quiz
        ? html`<div class="sk" role="status"><span class="sr">${this._t('loading')}</span><i></i><i></i><i></i><i></i><i></i></div>`
        : html`<h2 dir="auto" lang=${this._lang}>${quiz.title}</h2>
              ${s.finished ? this._renderResults(quiz, s) : this._renderQuestion(quiz, s)}`;
    return html`<div class="r" lang=${ui?.tag ?? 'en'} dir=${ui?.dir ?? nothing}>
      ${view}<p class="sr" aria-live="polite">${this._live}</p>
    </div>`;
  }

  private _renderError(): TemplateResult {
    const e = this._error!;
    const issues = e instanceof QuizValidationError ? e.issues : [];
    return html`<div part="error">
      <h2>${this._t('errorTitle')}</h2>
      <p>${e.message.split('\n')[0]}</p>
      ${issues.length ? html`<ul>${issues.map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}</ul>` : nothing}
    </div>`;
  }

  /** What the element lends a view to render an answer. */
  private _host(value: AnswerValue | undefined, done: boolean): ViewHost {
    return {
      t: this._t,
      tag: this._ui()?.tag ?? 'en',
      text: this._text,
      icon,
      value,
      done,
      set: this._pick,
      say: this._say,
      focus: this._focus,
    };
  }

  private _renderQuestion(quiz: Quiz, s: QuizSession): TemplateResult {
    const t = this._t;
    const q = this._current;
    const view = this._view(q);
    const lang = this._lang;
    const each = this.reveal != 'end';
    const answer = s.answers[q.id];
    const done = each && answer !== undefined;
    const value = done ? answer : (this._picked ?? answer ?? view?.start(q));
    const last = s.index == quiz.questions.length - 1;
    const c = q as ChoiceQuestion;
    const input = view
      ? view.input(this._host(value, done), q)
      : c.choices.map((choice, i) => {
          const mark = done && (i === c.answer ? 'correct' : i === answer ? 'incorrect' : '');
          return html`<label part="choice ${mark || ''}" class=${mark == 'correct' ? 'ok' : mark ? 'no' : ''}>
            <input type="radio" name="c" .checked=${value === i} ?disabled=${done} @change=${() => this._pick(i)} />
            <span dir="auto" lang=${lang}>${choice}</span>
            ${mark ? html`<span class="m">${icon(mark == 'correct')} ${t(mark == 'correct' ? 'rightAnswer' : 'yourAnswer')}</span>` : nothing}
          </label>`;
        });
    const total = quiz.questions.length;
    return html`<p part="progress" id="p">${t('progress', { n: s.index + 1, total }, total)}</p>
      <fieldset part="question" tabindex="-1" aria-describedby="p">
        <legend dir="auto" lang=${lang}>${q.prompt}</legend>
        ${input}
      </fieldset>
      ${done ? this._renderFeedback(quiz, q, answer) : nothing}
      <div class="a">
        ${each || !s.index ? nothing : html`<button part="button" class="s" @click=${this._previous}>${t('previous')}</button>`}
        <button part="button" @click=${each && !done ? this._check : this._next}>
          ${t(each && !done ? 'check' : !last ? 'next' : each ? 'finish' : 'submit')}
        </button>
      </div>
      ${this._note ? html`<p>${this._note}</p>` : nothing}`;
  }

  /** "✓ Correct", "≈ Partly right (0.44 points)" or "✗ Incorrect". */
  private _verdict(score: number): TemplateResult {
    const t = this._t;
    const shown = Math.round(score * 100) / 100;
    return html`${icon(score)} ${t(score == 1 ? 'correct' : score ? 'partly' : 'incorrect')}${score && score < 1 ? ` (${t('points', { score: shown }, shown)})` : ''}`;
  }

  /** The class of a result: `ok` (full credit), `pt` (part of it) or `no`. */
  private _mark(score: number): string {
    return score == 1 ? 'ok' : score ? 'pt' : 'no';
  }

  private _renderFeedback(quiz: Quiz, q: Question, answer: AnswerValue): TemplateResult {
    const view = this._view(q);
    const score = scoreWith(views, q, answer);
    const c = q as ChoiceQuestion;
    return html`<div part="feedback" class=${this._mark(score)}>
      <h3 tabindex="-1">${this._verdict(score)}</h3>
      ${view
        ? view.result(this._host(answer, true), q, answer)
        : score == 1
          ? nothing
          : html`<p>${this._label('rightAnswer', c.choices[c.answer])}</p>`}
      ${this._renderSource(quiz, q)}
    </div>`;
  }

  /** The explanation, the quoted source sentence and the link into the article. */
  private _renderSource(quiz: Quiz, q: Question): TemplateResult {
    const sentence = q.source?.sentence;
    const link = textFragmentLink(quiz.article?.url, sentence);
    return html`${q.explanation ? html`<p dir="auto" lang=${this._lang}>${q.explanation}</p>` : nothing}
    ${sentence ? html`<p>${this._t('source')}${this._t('colon')}</p><blockquote dir="auto" lang=${this._lang}>${sentence}</blockquote>` : nothing}
    ${link ? html`<p><a href=${link} target="_blank" rel="noopener" @click=${(e: Event) => this._built?.highlight(sentence!) && e.preventDefault()}>${this._t('readInArticle')}</a></p>` : nothing}`;
  }

  /** Quiz text inline, in its own direction and language. */
  private _text = (text: string | undefined): TemplateResult => html`<span dir="auto" lang=${this._lang}>${text}</span>`;

  /** "Label: choice", the choice in the quiz's language (and `notAnswered` when there is none). */
  private _label(key: keyof Messages, choice: string | undefined): TemplateResult {
    return html`${this._t(key)}${this._t('colon')}${choice === undefined ? this._t('notAnswered') : this._text(choice)}`;
  }

  private _renderResults(quiz: Quiz, s: QuizSession): TemplateResult {
    // Sharing is a chunk of its own, loaded with the results so that the share sheet opens within the click's
    // user activation.
    import('./share.js');
    const t = this._t;
    const { score, total, results } = scoreQuizWith(views, quiz, s.answers);
    const shown = round(score);
    return html`<section part="results">
      <h3 tabindex="-1">${t('results')}</h3>
      <p><strong>${t('score', { score: shown, total }, shown)}</strong></p>
      <ol>
        ${quiz.questions.map((q, i) => {
          const { answer, score } = results[i]!;
          const view = this._view(q);
          const c = q as ChoiceQuestion;
          return html`<li class=${this._mark(score)}>
            <p dir="auto" lang=${this._lang}><strong>${q.prompt}</strong></p>
            <p>${this._verdict(score)}.
              ${view
                ? nothing
                : html`${this._label('yourAnswer', answer === undefined ? answer : c.choices[answer as number])}.
                  ${this._label('rightAnswer', c.choices[c.answer])}.`}</p>
            ${view?.result(this._host(answer, true), q, answer)}
            ${this._renderSource(quiz, q)}
          </li>`;
        })}
      </ol>
      <div class="a">
        <button part="button" @click=${this._retry}>${t('tryAgain')}</button>
        <button part="button" class="s" @click=${this._share}>${t('share')}</button>
      </div>
      ${this._note ? html`<p>${this._note}</p>` : nothing}
    </section>`;
  }
}
