/**
 * Worker entry of the in-page builder: builds a quiz off the main thread so a
 * long article never blocks the reader's page. Started by `buildInWorker`
 * (src/builder.ts); answers each `{ id, article, options }` message with
 * `{ id, quiz }` or `{ id, error }` (the error's name, message and `code`
 * kept, so the page shows the same clear message).
 */
import { draftQuiz, type BuildOptions } from './core/build-quiz.js';
import type { Article, Quiz } from './core/types.js';

/** A build request from the page. */
export interface BuildRequest {
  id: number;
  article: Article;
  options?: BuildOptions;
}

/** An error as it crosses the worker boundary. */
export interface SerializedError {
  name: string;
  message: string;
  code?: string;
}

/** The worker's answer to one request. */
export type BuildResponse = { id: number; quiz: Quiz } | { id: number; error: SerializedError };

/** An error as plain, structured-cloneable data. */
export function serializeError(e: unknown): SerializedError {
  if (!(e instanceof Error)) return { name: 'Error', message: String(e) };
  const out: SerializedError = { name: e.name, message: e.message };
  const code = (e as Error & { code?: unknown }).code;
  if (typeof code === 'string') out.code = code;
  return out;
}

/**
 * Builds the quiz a request asks for, or describes why it cannot. The quiz is
 * not validated here: the `<news-quiz>` it is for validates every quiz.
 */
export function answer(req: BuildRequest): BuildResponse {
  try {
    return { id: req.id, quiz: draftQuiz(req.article, req.options ?? {}) };
  } catch (e) {
    return { id: req.id, error: serializeError(e) };
  }
}

interface WorkerScope {
  onmessage: ((ev: MessageEvent<BuildRequest>) => void) | null;
  postMessage(message: BuildResponse): void;
}

// Only inside a worker (where there is no `document`): importing this module on a page does nothing.
if (typeof document === 'undefined' && typeof self !== 'undefined') {
  const scope = self as unknown as WorkerScope;
  scope.onmessage = (ev) => scope.postMessage(answer(ev.data));
}
