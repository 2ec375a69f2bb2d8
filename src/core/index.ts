/**
 * `news-quiz/core`: the pure quiz core. No DOM, no lit: runs in Node, browsers and workers.
 *
 * - Quiz runtime: {@link validateQuiz}, {@link scoreQuiz}, reader sessions.
 * - Builder: {@link parseArticle}, {@link extractFacts}, {@link buildQuiz}.
 *
 * @packageDocumentation
 */
export type * from './types.js';
export { validateQuiz, isQuiz, QuizValidationError, type ValidationIssue } from './validate.js';
export { scoreQuiz, scoreQuestion, isCorrect, type QuizScore, type QuestionResult } from './score.js';
export {
  createSession,
  answerQuestion,
  goTo,
  nextQuestion,
  isAnswered,
  answeredCount,
  allAnswered,
  resetSession,
  quizHash,
  storageKey,
  serializeSession,
  restoreSession,
  type QuizSession,
} from './session.js';
export { createRng, shuffle, type Rng } from './random.js';
export { splitSentences, type Sentence } from './text.js';
export { parseArticle, checkArticle, ArticleError, MAX_ARTICLE_CHARS, type ArticleFormat } from './article.js';
export { extractFacts } from './facts.js';
export { buildQuiz, type BuildOptions } from './build-quiz.js';
export { quizToJsonLd } from './jsonld.js';
