/**
 * Every question type of this build besides `choice` (built in), with its
 * rules: what `validateQuiz`, `scoreQuiz` and sessions from `news-quiz/core`
 * apply. The element does not import this table: it loads each type's rules
 * with its view, when a quiz uses the type.
 */

import { estimateRules } from './estimate-rules.js';
import { orderRules } from './order-rules.js';
import type { QuestionTypes } from './rules.js';

/** The rules of every built-in question type besides `choice`. */
export const builtInTypes: QuestionTypes = { estimate: estimateRules, order: orderRules };
