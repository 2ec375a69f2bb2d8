/**
 * The in-page quiz builder: the lazily loaded chunk `<news-quiz>` imports only
 * when it builds a quiz from the page's own article (`news-quiz-builder.min.js`
 * in the CDN build), so pages showing authored quizzes never download it.
 *
 * {@link buildInWorker} builds off the main thread in a module worker and
 * falls back to building on the page when workers are unavailable or blocked
 * (a Content-Security-Policy without `worker-src`, a file:// page). The
 * worker-starting part lives in `builder-client.ts`, which `<news-quiz>`
 * imports without this module, so a page whose worker runs never parses the
 * builder.
 */
import { ArticleError, type ArticleErrorCode } from './core/article.js';
import type { BuildOptions } from './core/build-quiz.js';
import type { Article, Quiz } from './core/types.js';
import { buildInWorker as buildWith, reviveBasic, type WorkerBuildOptions } from './builder-client.js';
import type { SerializedError } from './builder-worker.js';

// Only what the in-page build needs: buildQuiz, parseArticle (with its HTML reader) and the rest of the
// core come from `news-quiz/core`. The quiz built here is not validated: `<news-quiz>` validates every quiz.
export type { BuildOptions } from './core/build-quiz.js';
export type { WorkerBuildOptions } from './builder-client.js';
export { ArticleError } from './core/article.js';
// The page's fallback imports `answer` from this file in the CDN build, and the worker runs it.
export { answer } from './builder-worker.js';

/** Turns an error that crossed the worker boundary back into its class (`ArticleError`, `RangeError`, …). */
export function reviveError(e: SerializedError): Error {
  return e.name === 'ArticleError' && e.code ? new ArticleError(e.code as ArticleErrorCode, e.message) : reviveBasic(e);
}

/**
 * Builds a quiz about `article` (see `buildQuiz`) in a module worker, so the
 * page stays responsive whatever the article's length. When a worker cannot
 * be started or fails to load, it builds on the page instead, in a task of its
 * own. Errors keep their class, `code` and message: an `ArticleError` for an
 * article that cannot be read (empty, not English, …), an `Error` when
 * nothing in it can be asked about, a `RangeError`/`TypeError` for bad options.
 */
export function buildInWorker(article: Article, options: BuildOptions = {}, run: WorkerBuildOptions = {}): Promise<Quiz> {
  return buildWith(article, options, run, reviveError);
}
