/**
 * Quiz JSON validation: `unknown` → `Quiz`, or an error that lists every
 * problem with its path and how to fix it. Rules are Quiz version 1 (see
 * DESIGN.md); `quiz.schema.json` states the same rules as far as JSON Schema
 * can. Unknown properties are allowed, so newer quizzes stay readable.
 *
 * The common and choice rules live in `rules.ts`, each other question type's
 * in its own module (`estimate-rules.ts`, `order-rules.ts`); this module
 * composes them all.
 */

import { builtInTypes } from './question-types.js';
import { QuizValidationError, quizIssues, type ValidationIssue } from './rules.js';
import type { Quiz } from './types.js';

export { QuizValidationError, type ValidationIssue } from './rules.js';

/**
 * Checks that `input` is a valid Quiz (version 1), every question type's
 * rules included, and returns it, typed. The object is returned as is
 * (unknown properties kept), not copied.
 *
 * @throws QuizValidationError listing every problem, each with its path.
 */
export function validateQuiz(input: unknown): Quiz {
  const issues = allIssues(input);
  if (issues.length > 0) throw new QuizValidationError(issues);
  return input as Quiz;
}

/** True when {@link validateQuiz} would accept `input`. */
export function isQuiz(input: unknown): input is Quiz {
  return allIssues(input).length === 0;
}

function allIssues(input: unknown): ValidationIssue[] {
  if (typeof input === 'string') {
    return [
      {
        path: '$',
        message: 'must be a parsed quiz object, got a string; parse the JSON text first (JSON.parse) and pass the result',
      },
    ];
  }
  return quizIssues(input, builtInTypes);
}
