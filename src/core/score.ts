/**
 * Scoring: how much credit a reader's answer earns. Dispatches on the
 * question's `type` so that later types (an `estimate` scored by closeness, an
 * `order` scored by correct positions) slot in beside `choice`.
 */

import type { AnswerValue, ChoiceQuestion, Question, Quiz } from './types.js';

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
  /** Sum of the question scores. */
  score: number;
  /** Number of questions (the best possible score). */
  total: number;
  /** One result per question, in quiz order. */
  results: QuestionResult[];
}

/** Credit in `[0, 1]` for `answer` to `q`; an unanswered question scores 0. */
export function scoreQuestion(q: Question, answer: AnswerValue | undefined): number {
  if (answer === undefined) return 0;
  const type = q.type ?? 'choice';
  switch (type) {
    case 'choice':
      return scoreChoice(q, answer);
    default:
      // A type this build does not know (only reachable with unvalidated data) earns nothing.
      return 0;
  }
}

/** True when `answer` earns full credit for `q`. */
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

function scoreChoice(q: ChoiceQuestion, answer: AnswerValue): number {
  return answer === q.answer ? 1 : 0;
}
