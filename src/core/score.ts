/**
 * Scoring: how much credit a reader's answer earns. Dispatches on the
 * question's `type`: a `choice` earns 0 or 1, an `estimate` is scored by
 * closeness (estimate.ts), an `order` by the share of event pairs in the
 * right order.
 */

import { scoreEstimate } from './estimate.js';
import type { AnswerValue, ChoiceQuestion, OrderQuestion, Question, Quiz } from './types.js';

/** One question's outcome. */
export interface QuestionResult {
  questionId: string;
  /** The reader's answer, or `undefined` when unanswered. */
  answer: AnswerValue | undefined;
  /** True when the answer earned full credit. */
  correct: boolean;
  /** Credit earned, in `[0, 1]`. */
  score: number;
}

/** A whole quiz's outcome. */
export interface QuizScore {
  /** Sum of the question scores (fractions for partly right estimates and orders). */
  score: number;
  /** Number of questions (the best possible score). */
  total: number;
  /** One result per question, in quiz order. */
  results: QuestionResult[];
}

/**
 * Credit in `[0, 1]` for `answer` to `q`; an unanswered question scores 0,
 * and so does an answer of the wrong shape (an array for a choice, a number
 * for an order).
 */
export function scoreQuestion(q: Question, answer: AnswerValue | undefined): number {
  if (answer === undefined) return 0;
  if (q.type === undefined || q.type === 'choice') return typeof answer === 'number' ? scoreChoice(q, answer) : 0;
  if (q.type === 'estimate') return typeof answer === 'number' ? scoreEstimate(q, answer) : 0;
  if (q.type === 'order') return Array.isArray(answer) ? scoreOrder(q, answer) : 0;
  // A type this build does not know (only reachable with unvalidated data) earns nothing.
  return 0;
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
  const results = quiz.questions.map((q): QuestionResult => {
    const answer = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    const score = scoreQuestion(q, answer);
    return { questionId: q.id, answer, correct: score === 1, score };
  });
  const score = results.reduce((sum, r) => sum + r.score, 0);
  return { score, total: quiz.questions.length, results };
}

/**
 * Credit for an order answer: the share of event pairs the reader put in the
 * right relative order (Kendall's concordant pairs over all pairs). `order`
 * lists event indices in the reader's order; `events` are stored earliest
 * first, so pair (i, j) with i before j in `order` is right when
 * `order[i] < order[j]`. With n events there are n(n−1)/2 pairs: all right
 * scores 1, fully reversed 0, one swap of neighbours 1 − 2/(n(n−1)).
 * An `order` that is not a permutation of `0..n-1` scores 0.
 */
export function scoreOrder(q: Pick<OrderQuestion, 'events'>, order: readonly number[]): number {
  const n = q.events.length;
  if (!isPermutation(order, n)) return 0;
  if (n < 2) return 1;
  let right = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) if (order[i]! < order[j]!) right++;
  }
  return right / ((n * (n - 1)) / 2);
}

/** True when `value` is an array holding each integer `0..n-1` exactly once. */
export function isPermutation(value: unknown, n: number): value is number[] {
  if (!Array.isArray(value) || value.length !== n) return false;
  const seen = new Set<number>();
  for (const v of value) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= n || seen.has(v)) return false;
    seen.add(v);
  }
  return true;
}

function scoreChoice(q: ChoiceQuestion, answer: number): number {
  return answer === q.answer ? 1 : 0;
}
