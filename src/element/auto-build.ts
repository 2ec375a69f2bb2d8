/**
 * In-page generation for `<news-quiz>` with no quiz data: find the page's
 * article, wait until the quiz is near the viewport or the page is idle, then
 * build the quiz off the main thread, in a worker that loads the builder
 * (`news-quiz-builder.min.js` in the CDN build; the page itself never parses it). The element loads this module lazily,
 * only in this mode, so pages with authored quizzes never download it.
 */
import type { QuestionKind, Quiz } from '../core/types.js';
import { buildInWorker } from '../builder-client.js';
import { highlightSentence } from './highlight.js';
import { findPageArticle, PageArticleError } from './page-article.js';

/** Why no quiz could be built from the page (besides a {@link PageArticleError}). */
export type AutoBuildErrorCode =
  /** The article has nothing to ask about: too short, or no figures, dates or named actors. */
  | 'too-short'
  /** The article is in a language the builder cannot read. */
  | 'unsupported-language'
  /** `count` or `kinds` has a value the builder does not take. */
  | 'bad-option'
  /** The builder chunk could not load, or failed. */
  | 'build-failed';

/** A quiz could not be built from the page; `message` says why and what to do, fit to show. */
export class AutoBuildError extends Error {
  /** Machine-readable reason. */
  readonly code: AutoBuildErrorCode;

  constructor(code: AutoBuildErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AutoBuildError';
    this.code = code;
  }
}

/** What {@link autoBuild} builds: attribute values as given, or parsed. */
export interface AutoBuildOptions {
  /** The `for` attribute: id of the article element; else the article around or before the quiz. */
  forId?: string | null;
  /** The `count` attribute: most questions (1–100). */
  count?: number | string | null;
  /** The `kinds` attribute: `number`, `date`, `actor`, comma- or space-separated. */
  kinds?: string | readonly string[] | null;
  /** The `seed` attribute: same seed, same quiz. */
  seed?: string | null;
  /** Aborts the wait and the build (the element was removed, or given other data). */
  signal?: AbortSignal;
  /** Build now, without waiting for the viewport or an idle moment. */
  eager?: boolean;
  /** How far from the viewport the build starts, as an IntersectionObserver `rootMargin`. Default `600px`. */
  rootMargin?: string;
  /** Most milliseconds to wait for an idle moment when the quiz stays far from the viewport. Default 5000. */
  idleTimeout?: number;
  /** URL of the builder worker module (tests). */
  workerUrl?: string | URL;
}

/** A quiz built from the page, and where its sentences are. */
export interface AutoBuildResult {
  quiz: Quiz;
  /** The element the article text was read from. */
  root: Element;
  /**
   * Scrolls to `sentence` in the article and highlights it (CSS Custom
   * Highlight API). False, changing nothing, when it cannot: the caller then
   * follows the `#:~:text=` link.
   */
  highlight(sentence: string): boolean;
}

const KINDS: readonly QuestionKind[] = ['number', 'date', 'actor'];

const abortError = () => new DOMException('The quiz build was aborted.', 'AbortError');

/** Resolves when `signal` aborts (never otherwise); rejects with an AbortError. */
function aborted(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    if (signal?.aborted) reject(abortError());
    signal?.addEventListener('abort', () => reject(abortError()), { once: true });
  });
}

/** Resolves once the document is parsed (the article after the quiz is in the DOM). */
function parsed(doc: Document): Promise<void> {
  return doc.readyState === 'loading'
    ? new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }))
    : Promise.resolve();
}

type IdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

/**
 * Resolves when `el` comes within `rootMargin` of the viewport or the page is
 * idle (at most `idleTimeout` ms after it loaded), whichever is first.
 */
export function nearViewportOrIdle(el: Element, signal?: AbortSignal, rootMargin = '600px', idleTimeout = 5000): Promise<void> {
  const win = (el.ownerDocument.defaultView ?? window) as IdleWindow;
  return new Promise<void>((resolve, reject) => {
    let io: IntersectionObserver | undefined;
    let idle: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (ok: boolean) => {
      io?.disconnect();
      if (idle !== undefined) win.cancelIdleCallback?.(idle);
      clearTimeout(timer);
      win.removeEventListener('load', onLoad);
      signal?.removeEventListener('abort', onAbort);
      if (ok) resolve();
      else reject(abortError());
    };
    const onAbort = () => done(false);
    const onLoad = () => {
      if (win.requestIdleCallback) idle = win.requestIdleCallback(() => done(true), { timeout: idleTimeout });
      else timer = setTimeout(() => done(true), Math.min(idleTimeout, 1000));
    };
    if (signal?.aborted) return reject(abortError());
    signal?.addEventListener('abort', onAbort, { once: true });
    if (typeof IntersectionObserver === 'function') {
      io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && done(true), { rootMargin });
      io.observe(el);
    }
    // Idle only counts once the page has loaded: until then it is busy with its own work.
    if (el.ownerDocument.readyState === 'complete') onLoad();
    else win.addEventListener('load', onLoad, { once: true });
  });
}

/** `count` as a number, or a clear error. */
function parseCount(count: AutoBuildOptions['count']): number | undefined {
  if (count == null || count === '') return undefined;
  const n = typeof count === 'number' ? count : /^\s*\d+\s*$/.test(count) ? Number(count) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 100) {
    throw new AutoBuildError('bad-option', `No quiz: count="${String(count)}" must be a whole number from 1 to 100.`);
  }
  return n;
}

/** `kinds` as a list, or a clear error. */
function parseKinds(kinds: AutoBuildOptions['kinds']): QuestionKind[] | undefined {
  if (kinds == null) return undefined;
  const list = (typeof kinds === 'string' ? kinds.split(/[\s,]+/) : [...kinds]).map((k) => k.trim().toLowerCase()).filter(Boolean);
  if (!list.length) return undefined;
  const bad = list.filter((k) => !(KINDS as readonly string[]).includes(k));
  if (bad.length) {
    throw new AutoBuildError('bad-option', `No quiz: kinds="${String(kinds)}" lists ${bad.map((k) => `"${k}"`).join(', ')}: use ${KINDS.join(', ')}.`);
  }
  return [...new Set(list)] as QuestionKind[];
}

/** A builder error as a reader- and publisher-friendly one. */
function explain(e: unknown): Error {
  if (e instanceof DOMException && e.name === 'AbortError') return e;
  if (e instanceof PageArticleError || e instanceof AutoBuildError) return e;
  const err = e as Error & { code?: string };
  const message = err instanceof Error ? err.message : String(e);
  if (err?.code === 'unsupported-language') {
    return new AutoBuildError('unsupported-language', `No quiz: ${message.replace(/^unsupported language/, 'the article is in an unsupported language')}.`, { cause: e });
  }
  if (err?.code === 'empty' || err?.code === 'no-sentences' || /^no quizzable facts\b/.test(message)) {
    return new AutoBuildError(
      'too-short',
      'No quiz: the article is too short to quiz. It needs sentences stating figures, dates or named people and organisations.',
      { cause: e },
    );
  }
  if (err instanceof RangeError || err instanceof TypeError) return new AutoBuildError('bad-option', `No quiz: ${message}.`, { cause: e });
  return new AutoBuildError('build-failed', `No quiz: the quiz could not be built from the article (${message}).`, { cause: e });
}

/**
 * Builds a quiz from the article `host` stands in (or names with `forId`):
 * waits for the document to be parsed, finds and reads the article (an error
 * here shows at once), waits until `host` is near the viewport or the page is
 * idle, then loads the builder chunk and builds in a worker (on the page if
 * no worker can run).
 *
 * @throws PageArticleError when the page has no article to read (`no-article`,
 *   `not-found-for`, `empty`, `unsupported-language`).
 * @throws AutoBuildError when the article is too short to quiz, in another
 *   language, the options are bad, or the builder failed.
 * @throws DOMException `AbortError` when `signal` aborts.
 */
export async function autoBuild(host: HTMLElement, opts: AutoBuildOptions = {}): Promise<AutoBuildResult> {
  const { signal } = opts;
  const stop = aborted(signal);
  stop.catch(() => {}); // only raced below
  try {
    await Promise.race([parsed(host.ownerDocument), stop]);
    const options: { count?: number; kinds?: QuestionKind[]; seed?: string } = {};
    const count = parseCount(opts.count);
    const kinds = parseKinds(opts.kinds);
    if (count !== undefined) options.count = count;
    if (kinds) options.kinds = kinds;
    if (opts.seed != null && opts.seed !== '') options.seed = opts.seed;
    // Wait first: a page script may still give the element its quiz (which aborts this build).
    if (!opts.eager) await nearViewportOrIdle(host, signal, opts.rootMargin, opts.idleTimeout);
    if (signal?.aborted) throw signal.reason;
    const { article, root } = findPageArticle(host, opts.forId);
    const run: { signal?: AbortSignal; workerUrl?: string | URL } = {};
    if (signal) run.signal = signal;
    if (opts.workerUrl) run.workerUrl = opts.workerUrl;
    const quiz = await buildInWorker(article, options, run);
    return { quiz, root, highlight: (sentence) => highlightSentence(root, sentence) };
  } catch (e) {
    throw explain(e);
  }
}
