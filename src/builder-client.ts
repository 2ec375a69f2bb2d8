/**
 * Runs the in-page quiz builder in a module worker, from the page: the small
 * part `<news-quiz>` loads to build a quiz from its own article. The builder
 * itself (`builder-worker.js`; `news-quiz-builder.min.js` in the CDN build)
 * is loaded by the worker only, so the page never parses it; only when no
 * worker can run (a Content-Security-Policy without `worker-src`, a file://
 * page) does the page import it and build in a task of its own.
 */
import type { BuildOptions } from './core/build-quiz.js';
import type { Article, Quiz } from './core/types.js';
import type { BuildRequest, BuildResponse, SerializedError } from './builder-worker.js';

/** How {@link buildInWorker} runs. */
export interface WorkerBuildOptions {
  /** Stops the build: the worker is terminated and the promise rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** URL of the worker module. Default: `builder-worker.js` beside this module. */
  workerUrl?: string | URL;
  /** Build on the page, never in a worker. */
  mainThread?: boolean;
  /** Called when no worker could run the build and it runs on the page instead (with the reason). */
  onFallback?: (reason: unknown) => void;
}

/**
 * Turns an error that crossed the worker boundary back into a `RangeError` or a `TypeError`, or an `Error` with its
 * name and `code` (the builder's own {@link Revive}, in builder.ts, also restores an `ArticleError`).
 */
export function reviveBasic(e: SerializedError): Error {
  if (e.name === 'RangeError') return new RangeError(e.message);
  if (e.name === 'TypeError') return new TypeError(e.message);
  const err = new Error(e.message);
  err.name = e.name;
  if (e.code) (err as Error & { code?: string }).code = e.code;
  return err;
}

/** Turns a serialised error back into an `Error`: {@link reviveBasic}, or the builder's own (with `ArticleError`). */
export type Revive = (e: SerializedError) => Error;

/** Settles a promise from a worker's (or the fallback's) answer. */
function settle(res: BuildResponse, resolve: (q: Quiz) => void, reject: (e: Error) => void, revive: Revive): void {
  if ('quiz' in res) resolve(res.quiz);
  else reject(revive(res.error));
}

const abortError = () => new DOMException('The quiz build was aborted.', 'AbortError');

/**
 * Builds on the page, in a task of its own (so it never lengthens the caller's task). The builder is imported only
 * here: when a worker runs the build, the page never loads (parses) the builder itself.
 */
function buildHere(article: Article, options: BuildOptions, revive: Revive, signal?: AbortSignal): Promise<Quiz> {
  return import('./builder-worker.js').then(
    ({ answer }) =>
      new Promise((resolve, reject) => {
        setTimeout(() => {
          if (signal?.aborted) return reject(abortError());
          settle(answer({ id: 0, article, options }), resolve, reject, revive);
        }, 0);
      }),
  );
}

let nextId = 1;

/**
 * Starts the builder worker. A worker must come from the page's own origin,
 * so when this module is served from a CDN the worker is a same-origin blob
 * module that imports the CDN's worker file (CORS-enabled, as unpkg and
 * jsDelivr are). Returns the worker and a clean-up function.
 */
function startWorker(url?: string | URL): { worker: Worker; dispose: () => void } {
  const here = globalThis.location?.href ?? 'about:blank';
  const own = url ? new URL(url, here) : new URL('./builder-worker.js', import.meta.url);
  if (own.origin === globalThis.location?.origin) {
    const worker = url ? new Worker(own, { type: 'module' }) : new Worker(new URL('./builder-worker.js', import.meta.url), { type: 'module' });
    return { worker, dispose: () => worker.terminate() };
  }
  const shim = URL.createObjectURL(new Blob([`import ${JSON.stringify(own.href)};\n`], { type: 'text/javascript' }));
  try {
    const worker = new Worker(shim, { type: 'module' });
    return {
      worker,
      dispose: () => {
        worker.terminate();
        URL.revokeObjectURL(shim);
      },
    };
  } catch (e) {
    URL.revokeObjectURL(shim);
    throw e;
  }
}

/**
 * Builds a quiz about `article` (see `buildQuiz`) in a module worker, so the
 * page stays responsive whatever the article's length. When a worker cannot
 * be started or fails to load, it builds on the page instead, in a task of its
 * own. Errors keep their name, `code` and message (revived by `revive`; the
 * default keeps `RangeError`/`TypeError` and gives others their name): an
 * article that cannot be read (empty, not English, …), nothing in it to ask
 * about, bad options.
 */
export function buildInWorker(article: Article, options: BuildOptions = {}, run: WorkerBuildOptions = {}, revive: Revive = reviveBasic): Promise<Quiz> {
  const { signal } = run;
  if (signal?.aborted) return Promise.reject(abortError());
  if (run.mainThread || typeof Worker === 'undefined' || typeof URL === 'undefined') return buildHere(article, options, revive, signal);

  let started: ReturnType<typeof startWorker>;
  try {
    started = startWorker(run.workerUrl);
  } catch (e) {
    run.onFallback?.(e);
    return buildHere(article, options, revive, signal);
  }
  const { worker, dispose } = started;
  return new Promise<Quiz>((resolve, reject) => {
    const id = nextId++;
    let done = false;
    const finish = () => {
      done = true;
      signal?.removeEventListener('abort', onAbort);
      dispose();
    };
    const onAbort = () => {
      if (done) return;
      finish();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (ev: MessageEvent<BuildResponse>) => {
      if (done || ev.data?.id !== id) return;
      finish();
      settle(ev.data, resolve, reject, revive);
    };
    // The worker could not load (blocked by CSP, offline, old browser): build on the page instead.
    const fallBack = (reason: unknown) => {
      if (done) return;
      finish();
      run.onFallback?.(reason);
      buildHere(article, options, revive, signal).then(resolve, reject);
    };
    worker.onerror = (ev) => {
      ev.preventDefault();
      fallBack(ev.error ?? new Error(ev.message || 'the quiz builder worker could not be loaded'));
    };
    worker.onmessageerror = () => fallBack(new Error('the quiz builder worker sent a message that could not be read'));
    const req: BuildRequest = { id, article, options };
    try {
      worker.postMessage(req);
    } catch (e) {
      fallBack(e);
    }
  });
}
