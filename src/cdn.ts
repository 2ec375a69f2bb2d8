/**
 * Entry of the self-contained CDN file (`news-quiz.min.js`): lit and the element in one ES module that
 * registers `<news-quiz>`. Question types other than multiple choice, languages other than English, and the
 * in-page builder load as separate files beside it, only when a quiz needs them.
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
// The core's functions (validateQuiz, scoreQuiz, sessions, the builder) come from `news-quiz/core`:
// re-exporting them here would put every question type's rules into this file.
export { QuizValidationError } from './core/rules.js';
