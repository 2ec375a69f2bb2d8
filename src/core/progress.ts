/**
 * A reader's progress through a quiz, as plain immutable data: answer, move,
 * finish, and save to / restore from storage, with the rules of the question
 * types given (`session.ts` gives every built-in type). No DOM, no storage
 * access here: the element passes `serializeSession()` to `localStorage`
 * under `storageKey()` and feeds what it reads back to `restoreSessionWith()`.
 */

import { hashString, stableStringify } from './hash.js';
import { rulesFor, validWith, type QuestionTypes } from './rules.js';
import type { AnswerValue, ChoiceQuestion, Quiz } from './types.js';

/** Where a reader stands in a quiz. Treat as immutable: every update returns a new object. */
export interface QuizSession {
  /** Question id → the reader's answer: a choice index, an estimate's value, or an order of event indices. */
  answers: Record<string, AnswerValue>;
  /** Index of the current question. */
  index: number;
  /** True once the reader moved past the last question. */
  finished: boolean;
}

/** Version of the stored session format. */
const STORAGE_VERSION = 1;

/** A fresh session: nothing answered, first question, not finished. */
export function createSession(): QuizSession {
  return { answers: {}, index: 0, finished: false };
}

/** A fresh session, for "try again". */
export function resetSession(): QuizSession {
  return createSession();
}

/**
 * Records `answer` to question `questionId`. An answer, once given, is final:
 * answering an already answered question returns `session` unchanged.
 *
 * Questions of a type not in `types` cannot be answered.
 *
 * @throws Error when the quiz has no question `questionId`, or `answer` does not fit it: not one of its
 *   choice indexes, not a finite number within an estimate's range, not a permutation of an order's events.
 */
export function answerQuestionWith(
  types: QuestionTypes,
  session: QuizSession,
  quiz: Quiz,
  questionId: string,
  answer: AnswerValue,
): QuizSession {
  const question = quiz.questions.find((q) => q.id === questionId);
  if (!question) {
    const ids = quiz.questions.map((q) => `'${q.id}'`).join(', ');
    throw new Error(`Unknown question id '${questionId}' in quiz '${quiz.id}'; its questions are ${ids}`);
  }
  if (!validWith(types, question, answer)) {
    const shown = Array.isArray(answer) ? `[${answer.map(String).join(', ')}]` : String(answer);
    const rules = rulesFor(question, types);
    throw new Error(
      rules?.problem
        ? rules.problem(question, questionId, shown)
        : rules
          ? `Answer ${shown} is out of range for question '${questionId}': choose a choice index from 0 to ${(question as ChoiceQuestion).choices.length - 1}`
          : `Question '${questionId}' has a type this build cannot answer (${String((question as { type?: unknown }).type)})`,
    );
  }
  if (isAnswered(session, questionId)) return session;
  return { ...session, answers: { ...session.answers, [questionId]: answer } };
}

/** Moves to question `index`, clamped to the quiz's questions. Fractions are truncated, NaN counts as 0. */
export function goTo(session: QuizSession, quiz: Quiz, index: number): QuizSession {
  const target = clampIndex(index, quiz);
  return target === session.index ? session : { ...session, index: target };
}

/** Moves to the next question, or marks the session finished after the last one. */
export function nextQuestion(session: QuizSession, quiz: Quiz): QuizSession {
  if (session.finished) return session;
  const last = quiz.questions.length - 1;
  if (session.index < last) return { ...session, index: Math.max(0, session.index + 1) };
  return { ...session, finished: true };
}

/** True when the reader has answered question `questionId`. */
export function isAnswered(session: QuizSession, questionId: string): boolean {
  return Object.hasOwn(session.answers, questionId);
}

/** How many of the quiz's questions are answered (answers to unknown ids do not count). */
export function answeredCount(session: QuizSession, quiz: Quiz): number {
  return quiz.questions.filter((q) => isAnswered(session, q.id)).length;
}

/** True when every question of the quiz is answered. */
export function allAnswered(session: QuizSession, quiz: Quiz): boolean {
  return answeredCount(session, quiz) === quiz.questions.length;
}

/** Fingerprint of a quiz's whole content (key order does not matter): 8 hex digits. */
export function quizHash(quiz: Quiz): string {
  return hashString(stableStringify(quiz));
}

/** The storage key for a quiz's saved progress: `news-quiz:<id>:<hash>`. */
export function storageKey(quiz: Quiz): string {
  return `news-quiz:${quiz.id}:${quizHash(quiz)}`;
}

/** The session as a JSON string for storage: `{ v: 1, hash, answers, index, finished }`. */
export function serializeSession(session: QuizSession, quiz: Quiz): string {
  return JSON.stringify({
    v: STORAGE_VERSION,
    hash: quizHash(quiz),
    answers: session.answers,
    index: session.index,
    finished: session.finished,
  });
}

/**
 * Reads back a stored session. Returns `null` when `raw` is missing, not JSON,
 * not a version-1 session, or was saved for a different version of the quiz
 * (an edited quiz starts fresh). Answers the quiz cannot hold (unknown ids,
 * out-of-range choices or estimates, orders that are not permutations) are
 * dropped and the index is clamped. Never throws.
 */
export function restoreSessionWith(types: QuestionTypes, raw: string | null | undefined, quiz: Quiz): QuizSession | null {
  if (typeof raw !== 'string') return null;
  try {
    const data: unknown = JSON.parse(raw);
    if (!isRecord(data) || data['v'] !== STORAGE_VERSION) return null;
    if (data['hash'] !== quizHash(quiz)) return null;
    const stored = data['answers'] ?? {};
    if (!isRecord(stored)) return null;
    const entries: [string, AnswerValue][] = [];
    for (const question of quiz.questions) {
      const answer = stored[question.id];
      if (Object.hasOwn(stored, question.id) && validWith(types, question, answer)) entries.push([question.id, answer as AnswerValue]);
    }
    const index = typeof data['index'] === 'number' ? clampIndex(data['index'], quiz) : 0;
    return { answers: Object.fromEntries(entries), index, finished: data['finished'] === true };
  } catch {
    return null;
  }
}

function clampIndex(index: number, quiz: Quiz): number {
  const last = Math.max(0, quiz.questions.length - 1);
  const i = Number.isNaN(index) ? 0 : Math.trunc(index);
  return Math.min(Math.max(i, 0), last);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
