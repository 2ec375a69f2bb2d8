/**
 * A reader's progress through a quiz, as plain immutable data: answer, move,
 * finish, and save to / restore from storage. No DOM, no storage access here:
 * the element passes `serializeSession()` to `localStorage` under
 * `storageKey()` and feeds what it reads back to `restoreSession()`.
 *
 * Every built-in question type is answered and restored here; the
 * type-agnostic half lives in `progress.ts`.
 */

import { answerQuestionWith, restoreSessionWith, type QuizSession } from './progress.js';
import { builtInTypes } from './question-types.js';
import { validWith } from './rules.js';
import type { AnswerValue, Question, Quiz } from './types.js';

export {
  createSession,
  resetSession,
  goTo,
  nextQuestion,
  isAnswered,
  answeredCount,
  allAnswered,
  quizHash,
  storageKey,
  serializeSession,
  type QuizSession,
} from './progress.js';
export { orderDisplay } from './order-rules.js';

/**
 * Records `answer` to question `questionId`. An answer, once given, is final:
 * answering an already answered question returns `session` unchanged.
 *
 * @throws Error when the quiz has no question `questionId`, or `answer` does not fit it: not one of its
 *   choice indexes, not a finite number within an estimate's range, not a permutation of an order's events.
 */
export function answerQuestion(session: QuizSession, quiz: Quiz, questionId: string, answer: AnswerValue): QuizSession {
  return answerQuestionWith(builtInTypes, session, quiz, questionId, answer);
}

/**
 * Reads back a stored session. Returns `null` when `raw` is missing, not JSON,
 * not a version-1 session, or was saved for a different version of the quiz
 * (an edited quiz starts fresh). Answers the quiz cannot hold (unknown ids,
 * out-of-range choices or estimates, orders that are not permutations) are
 * dropped and the index is clamped. Never throws.
 */
export function restoreSession(raw: string | null | undefined, quiz: Quiz): QuizSession | null {
  return restoreSessionWith(builtInTypes, raw, quiz);
}

/**
 * True when `answer` fits `question`: a choice index (an integer from 0 to
 * choices − 1) for a choice question, a finite number within `[min, max]`
 * for an estimate, a permutation of the event indices for an order.
 */
export function isValidAnswer(question: Question, answer: unknown): answer is AnswerValue {
  return validWith(builtInTypes, question, answer);
}
