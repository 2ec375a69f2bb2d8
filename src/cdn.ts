/**
 * Entry of the self-contained CDN file (`news-quiz.min.js`): lit, the element
 * and the quiz runtime (validate, score, sessions) in one ES module that
 * registers `<news-quiz>`. The article → quiz builder is left out to keep the
 * file small; import it from `news-quiz/core`.
 */
import './define.js';

export { NewsQuiz } from './element/news-quiz.js';
export {
  NewsQuizReadyEvent,
  NewsQuizStartEvent,
  NewsQuizAnswerEvent,
  NewsQuizCompleteEvent,
  NewsQuizErrorEvent,
} from './element/events.js';
export { validateQuiz, isQuiz, QuizValidationError } from './core/validate.js';
export { scoreQuiz, scoreQuestion, isCorrect } from './core/score.js';
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
} from './core/session.js';
