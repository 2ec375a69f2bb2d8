/**
 * One article in, one result out: shared by the single-file CLI and the
 * `--ndjson` workers. The builder modules are loaded on first use, so
 * `--help`, `--version` and argument errors stay fast.
 */
import { ArticleError } from '../core/article.js';
import { quizToJsonLd } from '../core/jsonld.js';
import type { Article, Facts, QuestionKind, QuestionType, Quiz } from '../core/types.js';

/** What the CLI passes to `buildQuiz`. */
type BuildOptions = { count?: number; kinds?: QuestionKind[]; types?: QuestionType[]; seed?: string };

/** What to do with each article. */
export interface RunOptions {
  command: 'build' | 'facts';
  count?: number;
  seed?: string;
  kinds?: QuestionKind[];
  types?: QuestionType[];
  format: 'json' | 'jsonld' | 'html';
}

/** The builder's entry points (src/core/build-quiz.ts, src/core/facts.ts). */
export interface Builder {
  buildQuiz(article: Article, options: BuildOptions): Quiz;
  extractFacts(article: Article): Facts;
}

let builder: Promise<Builder> | undefined;

/** Loads the builder once. */
export function loadBuilder(): Promise<Builder> {
  builder ??= Promise.all([import('../core/build-quiz.js'), import('../core/facts.js')]).then(([b, f]) => ({
    buildQuiz: b.buildQuiz as Builder['buildQuiz'],
    extractFacts: f.extractFacts as Builder['extractFacts'],
  }));
  return builder;
}

/** Builds the quiz (or facts) for a checked article: a JSON-safe value (the Quiz itself for `--format html`). */
export function runArticle(b: Builder, article: Article, options: RunOptions): unknown {
  if (options.command === 'facts') return b.extractFacts(article);
  const buildOptions: BuildOptions = {};
  if (options.count !== undefined) buildOptions.count = options.count;
  if (options.kinds !== undefined) buildOptions.kinds = options.kinds;
  if (options.types !== undefined) buildOptions.types = options.types;
  if (options.seed !== undefined) buildOptions.seed = options.seed;
  const quiz = b.buildQuiz(article, buildOptions);
  return options.format === 'jsonld' ? quizToJsonLd(quiz) : quiz;
}

/**
 * True for failures caused by the article rather than by the program: an
 * `ArticleError`, or an article with nothing to ask about.
 */
export function isInputError(e: unknown): e is Error {
  return e instanceof ArticleError || (e instanceof Error && /^no quizzable facts\b/.test(e.message));
}
