/**
 * `news-quiz`: registers `<news-quiz>` and exports the element class, its
 * events and the pure quiz core (types, validation, scoring, sessions).
 *
 * @packageDocumentation
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
export type { Messages } from './element/messages.js';
export type * from './core/types.js';
export * from './core/index.js';
