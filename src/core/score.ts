/**
 * Scoring: how much credit a reader's answer earns. Dispatches on the
 * question's `type`: a `choice` earns 0 or 1, an `estimate` is scored by
 * closeness (estimate.ts), an `order` by the share of event pairs in the
 * right order (order-rules.ts).
 */

import { builtInTypes } from './question-types.js';
import { scoreQuizWith, scoreWith, type QuizScore } from './rules.js';
import type { AnswerValue, Question, Quiz } from './types.js';

export { scoreOrder, isPermutation } from './order-rules.js';
export type { QuestionResult, QuizScore } from './rules.js';

/**
 * Credit in `[0, 1]` for `answer` to `q`; an unanswered question scores 0,
 * and so does an answer of the wrong shape (an array for a choice, a number
 * for an order).
 */
export function scoreQuestion(q: Question, answer: AnswerValue | undefined): number {
  return scoreWith(builtInTypes, q, answer);
}

/** True when `answer` earns full credit for `q` (an estimate within its tolerance, an order fully right). */
export function isCorrect(q: Question, answer: AnswerValue | undefined): boolean {
  return scoreQuestion(q, answer) === 1;
}

/**
 * Scores every question of `quiz` against `answers` (question id → answer).
 * Answers to ids the quiz does not have are ignored.
 */
export function scoreQuiz(quiz: Quiz, answers: Readonly<Record<string, AnswerValue>>): QuizScore {
  return scoreQuizWith(builtInTypes, quiz, answers);
}
