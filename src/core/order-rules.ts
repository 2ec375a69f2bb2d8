/**
 * The rules of `order` questions: checks of their fields, scoring by pairs
 * in the right order ({@link scoreOrder}) and answer checks. Composed by
 * `validateQuiz`, `scoreQuiz` and sessions; the element loads them with its
 * order view, only for quizzes that have an order question.
 */

import {
  add,
  checkNonEmptyString,
  checkSource,
  describe,
  firstSeen,
  isCalendarDate,
  isIndex,
  isObject,
  type QuestionRules,
  type ValidationIssue,
} from './rules.js';
import { createRng, shuffle } from './random.js';
import type { OrderQuestion } from './types.js';

const MIN_EVENTS = 3;
const MAX_EVENTS = 8;
/** An ISO date as order events carry it: `2017`, `2023-12` or `2024-01-04`. */
const ISO_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

type Issues = ValidationIssue[];
type Obj = Record<string, unknown>;

/** The rules of `order` questions. */
export const orderRules: QuestionRules<OrderQuestion> = {
  check: checkOrder,
  score: (q, answer) => (Array.isArray(answer) ? scoreOrder(q, answer) : 0),
  valid: (q, answer) => isPermutation(answer, q.events.length),
  problem: (q, id, shown) =>
    `Answer ${shown} is not a valid order for question '${id}': give each event index from 0 to ${q.events.length - 1} exactly once, in the reader's order`,
};

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
  return Array.isArray(value) && value.length === n && value.every((v) => isIndex(v, n)) && new Set(value).size === n;
}

/**
 * The order an order question's events are first shown in: its `initial`
 * when that is a permutation of the event indices, else a shuffle seeded by
 * the question's id (the same on every load) that is never already in
 * order. `orderDisplay(q)[k]` is the index of the event shown k-th.
 */
export function orderDisplay(q: Pick<OrderQuestion, 'id' | 'events' | 'initial'>): number[] {
  const n = q.events.length;
  if (q.initial !== undefined && isPermutation(q.initial, n)) return q.initial.slice();
  const identity = Array.from({ length: n }, (_, i) => i);
  if (n < 2) return identity;
  const rng = createRng(`order:${q.id}:${n}`);
  for (let attempt = 0; attempt < 8; attempt++) {
    const order = shuffle(identity, rng);
    if (order.some((v, i) => v !== i)) return order;
  }
  return identity.map((_, i) => (i + 1) % n);
}

function checkOrder(q: Obj, path: string, issues: Issues): void {
  const events = q['events'];
  if (events === undefined) {
    add(issues, `${path}.events`, `is missing; add an array of ${MIN_EVENTS} to ${MAX_EVENTS} events ({ "text", "date" }), earliest first`);
    return;
  }
  if (!Array.isArray(events)) {
    add(issues, `${path}.events`, `must be an array of ${MIN_EVENTS} to ${MAX_EVENTS} events, earliest first, got ${describe(events)}`);
    return;
  }
  if (events.length < MIN_EVENTS || events.length > MAX_EVENTS) {
    add(issues, `${path}.events`, `must have ${MIN_EVENTS} to ${MAX_EVENTS} events, got ${events.length}`);
  }
  const seen = new Map<string, number>();
  let previous: { iso: string; index: number } | undefined;
  events.forEach((event: unknown, i) => {
    const eventPath = `${path}.events[${i}]`;
    if (!isObject(event)) {
      add(issues, eventPath, `must be an event object ({ "text": …, "date": … }), got ${describe(event)}`);
      return;
    }
    if (checkNonEmptyString(event, 'text', `${eventPath}.text`, issues, 'a short label of the event, without its date')) {
      const first = firstSeen(seen, event['text'] as string, i);
      if (first !== undefined) {
        add(
          issues,
          `${eventPath}.text`,
          `duplicates events[${first}].text (${JSON.stringify((events[first] as Obj)['text'])}) ignoring case and surrounding spaces; make every event distinct`,
        );
      }
    }
    checkNonEmptyString(event, 'date', `${eventPath}.date`, issues, 'the date as the article gives it, e.g. "Thursday" or "2017"');
    const iso = event['iso'];
    if (iso !== undefined && iso !== null) {
      if (typeof iso !== 'string' || !ISO_PATTERN.test(iso) || (iso.length === 10 && !isCalendarDate(iso))) {
        add(issues, `${eventPath}.iso`, `must be an ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD", or null, got ${describe(iso)}`);
      } else {
        if (previous && isoBefore(iso, previous.iso)) {
          add(
            issues,
            `${eventPath}.iso`,
            `${iso} is before events[${previous.index}].iso (${previous.iso}); list events in true chronological order, earliest first`,
          );
        }
        previous = { iso, index: i };
      }
    }
    if (event['source'] !== undefined) checkSource(event['source'], `${eventPath}.source`, issues);
  });
  const initial = q['initial'];
  if (initial !== undefined && !isPermutation(initial, events.length)) {
    const n = events.length;
    add(issues, `${path}.initial`, `must list each event index from 0 to ${n - 1} exactly once (the order events are first shown in), got ${describeList(initial)}; or leave it out`);
  }
}

/** True when ISO date `a` ends before ISO date `b` starts ("2017" before "2020-01-03"); overlapping dates are not. */
function isoBefore(a: string, b: string): boolean {
  const endOf = (iso: string): string => (iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-31` : iso);
  const startOf = (iso: string): string => (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
  return endOf(a) < startOf(b);
}

/** An array shown in full when short (`[2, 0, 1]`), else described. */
function describeList(value: unknown): string {
  if (Array.isArray(value) && value.length <= 10 && value.every((v) => typeof v === 'number')) return `[${value.join(', ')}]`;
  return describe(value);
}
