/**
 * The rules of `estimate` questions: checks of their fields, scoring by
 * closeness ({@link scoreEstimate}) and answer checks. Composed by
 * `validateQuiz`, `scoreQuiz` and sessions; the element loads them with its
 * estimate view, only for quizzes that have an estimate question.
 */

import { scoreEstimate } from './estimate.js';
import { add, describe, isObject, listOf, type QuestionRules, type ValidationIssue } from './rules.js';
import type { EstimateQuestion } from './types.js';

const SCALES = ['linear', 'log'] as const;

type Issues = ValidationIssue[];
type Obj = Record<string, unknown>;

/** The rules of `estimate` questions. */
export const estimateRules: QuestionRules<EstimateQuestion> = {
  check: checkEstimate,
  score: (q, answer) => (typeof answer === 'number' ? scoreEstimate(q, answer) : 0),
  valid: (q, answer) => typeof answer === 'number' && Number.isFinite(answer) && answer >= q.min && answer <= q.max,
  problem: (q, id, shown) =>
    `Answer ${shown} is out of range for estimate question '${id}': give a finite number from ${q.min} to ${q.max}`,
};

function checkEstimate(q: Obj, path: string, issues: Issues): void {
  const finite = (key: string, what: string): number | undefined => {
    const value = q[key];
    if (value === undefined) {
      add(issues, `${path}.${key}`, `is missing; add ${what} (a finite number)`);
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      add(issues, `${path}.${key}`, `must be a finite number (${what}), got ${describe(value)}`);
      return undefined;
    }
    return value;
  };
  const answer = finite('answerValue', 'the true figure');
  const min = finite('min', 'the lower end of the slider');
  const max = finite('max', 'the upper end of the slider');
  const rangeOk = min !== undefined && max !== undefined && min < max;
  if (min !== undefined && max !== undefined && !rangeOk) {
    add(issues, `${path}.max`, `must be greater than min (${min}), got ${max}`);
  }
  if (rangeOk && answer !== undefined && (answer < min || answer > max)) {
    add(issues, `${path}.answerValue`, `must lie within the slider's range [${min}, ${max}], got ${answer}; widen min/max or fix the figure`);
  }
  const scale = q['scale'];
  if (scale === undefined) {
    add(issues, `${path}.scale`, `is missing; set it to ${listOf(SCALES, 'or')} ('log' when the range spans orders of magnitude)`);
  } else if (!(SCALES as readonly unknown[]).includes(scale)) {
    add(issues, `${path}.scale`, `must be ${listOf(SCALES, 'or')}, got ${describe(scale)}`);
  } else if (scale === 'log' && min !== undefined && min <= 0) {
    add(issues, `${path}.min`, `must be greater than 0 on a 'log' scale, got ${min}; raise min or use scale 'linear'`);
  }
  const tolerance = q['tolerance'];
  if (tolerance === undefined) {
    add(issues, `${path}.tolerance`, 'is missing; add the relative error that still earns full marks, from 0 to 1 (0.1 = within 10%)');
  } else if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0 || tolerance > 1) {
    add(issues, `${path}.tolerance`, `must be a number from 0 to 1 (0.1 = within 10% earns full marks), got ${describe(tolerance)}`);
  }
  for (const key of ['unit', 'answerText'] as const) {
    const value = q[key];
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) {
      const what = key === 'unit' ? 'what the value counts, e.g. "soldiers", "$" or "%"' : 'the figure as the article writes it, e.g. "2,500"';
      add(issues, `${path}.${key}`, `must be a non-empty string (${what}), got ${describe(value)}; or leave it out`);
    }
  }
  if (q['format'] !== undefined) checkFormat(q['format'], `${path}.format`, issues);
}

function checkFormat(format: unknown, path: string, issues: Issues): void {
  if (!isObject(format)) {
    add(issues, path, `must be an object with optional prefix, suffix, exponent, decimals and grouping, got ${describe(format)}`);
    return;
  }
  for (const key of ['prefix', 'suffix'] as const) {
    const value = format[key];
    if (value !== undefined && typeof value !== 'string') {
      add(issues, `${path}.${key}`, `must be a string (e.g. ${key === 'prefix' ? '"$"' : '"bn" or "%"'}), got ${describe(value)}`);
    }
  }
  const exponent = format['exponent'];
  if (exponent !== undefined && (typeof exponent !== 'number' || !Number.isInteger(exponent) || exponent < -12 || exponent > 15)) {
    add(issues, `${path}.exponent`, `must be an integer power of ten from -12 to 15 (9 for "bn"), got ${describe(exponent)}`);
  }
  const decimals = format['decimals'];
  if (decimals !== undefined && (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 6)) {
    add(issues, `${path}.decimals`, `must be an integer from 0 to 6, got ${describe(decimals)}`);
  }
  const grouping = format['grouping'];
  if (grouping !== undefined && typeof grouping !== 'boolean') {
    add(issues, `${path}.grouping`, `must be true or false, got ${describe(grouping)}`);
  }
}
