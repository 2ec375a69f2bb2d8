/** Types for scripts/bench/quiz.mjs. */
import type { ChoiceQuestion, Quiz } from '../../src/core/types.js';
/** A quiz of multiple-choice questions only (what both benched libraries render). */
export type ChoiceQuiz = Omit<Quiz, 'questions'> & { questions: ChoiceQuestion[] };
export declare function benchQuiz(root?: string): ChoiceQuiz;
export declare function toSurveyJs(quiz: ChoiceQuiz): Record<string, unknown>;
