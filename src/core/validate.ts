/**
 * Quiz JSON validation: `unknown` → `Quiz`, or an error that lists every
 * problem with its path and how to fix it. Rules are Quiz version 1 (see
 * DESIGN.md); `quiz.schema.json` states the same rules as far as JSON Schema
 * can. Unknown properties are allowed, so newer quizzes stay readable.
 */

import type { Quiz } from './types.js';

/** One problem in a quiz: where (`$`, `title`, `questions[2].answer`) and what is wrong. */
export interface ValidationIssue {
  /** Path of the offending value: `$` for the whole input, else e.g. `questions[0].source.sentence`. */
  path: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Thrown by {@link validateQuiz}; `issues` lists every problem found, not just the first. */
export class QuizValidationError extends Error {
  /** Every problem found, in document order. */
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[]) {
    const count = `${issues.length} problem${issues.length === 1 ? '' : 's'}`;
    super([`Invalid quiz: ${count}`, ...issues.map((i) => `- ${i.path}: ${i.message}`)].join('\n'));
    this.name = 'QuizValidationError';
    this.issues = issues;
  }
}

/** The only Quiz JSON version this build reads. */
const VERSION = 1;
const MAX_ID_LENGTH = 200;
const MAX_QUESTIONS = 100;
const MIN_CHOICES = 2;
const MAX_CHOICES = 10;
const KINDS = ['number', 'date', 'actor', 'other'] as const;
const TYPES = ['choice'] as const;
/** BCP 47-ish: a 2–3 letter language, then subtags of 1–8 letters or digits. */
const LANG_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
/** Absolute http(s) URL with a host and no whitespace. */
const URL_PATTERN = /^[hH][tT][tT][pP][sS]?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks that `input` is a valid Quiz (version 1) and returns it, typed.
 * The object is returned as is (unknown properties kept), not copied.
 *
 * @throws QuizValidationError listing every problem, each with its path.
 */
export function validateQuiz(input: unknown): Quiz {
  const issues = collectIssues(input);
  if (issues.length > 0) throw new QuizValidationError(issues);
  return input as Quiz;
}

/** True when {@link validateQuiz} would accept `input`. */
export function isQuiz(input: unknown): input is Quiz {
  return collectIssues(input).length === 0;
}

type Issues = ValidationIssue[];
type Obj = Record<string, unknown>;

function collectIssues(input: unknown): Issues {
  const issues: Issues = [];
  if (typeof input === 'string') {
    issues.push({
      path: '$',
      message: 'must be a parsed quiz object, got a string; parse the JSON text first (JSON.parse) and pass the result',
    });
    return issues;
  }
  if (!isObject(input)) {
    issues.push({ path: '$', message: `must be a quiz object ({ "version": 1, "id": …, "title": …, "questions": [...] }), got ${describe(input)}` });
    return issues;
  }
  checkVersion(input, issues);
  const id = input['id'];
  if (checkNonEmptyString(input, 'id', 'id', issues, 'a short unique id such as "budget-2024-05-01"') && codePoints(id as string) > MAX_ID_LENGTH) {
    issues.push({ path: 'id', message: `must be at most ${MAX_ID_LENGTH} characters, got ${codePoints(id as string)}; use a shorter id` });
  }
  checkNonEmptyString(input, 'title', 'title', issues, 'the quiz title shown to readers');
  if (input['lang'] !== undefined) {
    const lang = input['lang'];
    if (typeof lang !== 'string' || !LANG_PATTERN.test(lang)) {
      issues.push({ path: 'lang', message: `must be a BCP 47 language tag such as "en" or "en-GB", got ${describe(lang)}; or leave it out` });
    }
  }
  if (input['article'] !== undefined) checkArticle(input['article'], issues);
  checkQuestions(input, issues);
  return issues;
}

function checkVersion(input: Obj, issues: Issues): void {
  const version = input['version'];
  if (version === VERSION) return;
  if (version === undefined) {
    issues.push({ path: 'version', message: `is missing; add "version": ${VERSION}` });
  } else if (typeof version === 'number') {
    issues.push({ path: 'version', message: `unsupported version ${version}; this build reads version ${VERSION}` });
  } else {
    issues.push({ path: 'version', message: `must be the number ${VERSION}, got ${describe(version)}` });
  }
}

function checkArticle(article: unknown, issues: Issues): void {
  if (!isObject(article)) {
    issues.push({ path: 'article', message: `must be an object with optional title, url and datePublished, got ${describe(article)}` });
    return;
  }
  const title = article['title'];
  if (title !== undefined && typeof title !== 'string') {
    issues.push({ path: 'article.title', message: `must be a string (the article's headline), got ${describe(title)}` });
  }
  const url = article['url'];
  if (url !== undefined && (typeof url !== 'string' || !URL_PATTERN.test(url))) {
    issues.push({ path: 'article.url', message: `must be an absolute http(s) URL such as "https://example.com/story", got ${describe(url)}` });
  }
  const date = article['datePublished'];
  if (date !== undefined && (typeof date !== 'string' || !isCalendarDate(date))) {
    issues.push({ path: 'article.datePublished', message: `must be a real calendar date written YYYY-MM-DD, such as "2024-01-05", got ${describe(date)}` });
  }
}

function checkQuestions(input: Obj, issues: Issues): void {
  const questions = input['questions'];
  if (questions === undefined) {
    issues.push({ path: 'questions', message: 'is missing; add "questions": an array of 1 to 100 question objects' });
    return;
  }
  if (!Array.isArray(questions)) {
    issues.push({ path: 'questions', message: `must be an array of question objects, got ${describe(questions)}` });
    return;
  }
  if (questions.length === 0) {
    issues.push({ path: 'questions', message: 'must contain at least one question, got an empty array' });
    return;
  }
  if (questions.length > MAX_QUESTIONS) {
    issues.push({ path: 'questions', message: `must contain at most ${MAX_QUESTIONS} questions, got ${questions.length}; split the quiz` });
  }
  const seenIds = new Map<string, number>();
  questions.forEach((q, i) => checkQuestion(q, `questions[${i}]`, i, seenIds, issues));
}

function checkQuestion(q: unknown, path: string, index: number, seenIds: Map<string, number>, issues: Issues): void {
  if (!isObject(q)) {
    issues.push({ path, message: `must be a question object with id, kind, prompt, choices and answer, got ${describe(q)}` });
    return;
  }
  if (checkNonEmptyString(q, 'id', `${path}.id`, issues, 'an id unique within the quiz, such as "q1"')) {
    const id = q['id'] as string;
    const first = seenIds.get(id);
    if (first === undefined) {
      seenIds.set(id, index);
    } else {
      issues.push({ path: `${path}.id`, message: `duplicate id ${JSON.stringify(id)} (also used by questions[${first}]); give every question a unique id` });
    }
  }
  const kind = q['kind'];
  if (kind === undefined) {
    issues.push({ path: `${path}.kind`, message: `is missing; set it to one of ${listOf(KINDS)}` });
  } else if (!(KINDS as readonly unknown[]).includes(kind)) {
    issues.push({ path: `${path}.kind`, message: `must be one of ${listOf(KINDS)}, got ${describe(kind)}` });
  }
  const type = q['type'];
  const knownType = type === undefined || (TYPES as readonly unknown[]).includes(type);
  if (!knownType) {
    const shown = typeof type === 'string' ? `'${type}'` : describe(type);
    issues.push({ path: `${path}.type`, message: `unknown type ${shown}; expected 'choice' (or leave it out)` });
  }
  checkNonEmptyString(q, 'prompt', `${path}.prompt`, issues, 'the question text');
  // Choice fields only mean something for a choice question; an unknown type is reported once above.
  if (knownType) checkChoices(q, path, issues);
  const explanation = q['explanation'];
  if (explanation !== undefined && typeof explanation !== 'string') {
    issues.push({ path: `${path}.explanation`, message: `must be a string shown after answering, got ${describe(explanation)}; or leave it out` });
  }
  if (q['source'] !== undefined) checkSource(q['source'], `${path}.source`, issues);
}

function checkChoices(q: Obj, path: string, issues: Issues): void {
  const choices = q['choices'];
  const count = Array.isArray(choices) && choices.length > 0 ? choices.length : undefined;
  if (choices === undefined) {
    issues.push({ path: `${path}.choices`, message: `is missing; add an array of ${MIN_CHOICES} to ${MAX_CHOICES} answer texts` });
  } else if (!Array.isArray(choices)) {
    issues.push({ path: `${path}.choices`, message: `must be an array of ${MIN_CHOICES} to ${MAX_CHOICES} answer texts, got ${describe(choices)}` });
  } else {
    if (choices.length < MIN_CHOICES || choices.length > MAX_CHOICES) {
      issues.push({ path: `${path}.choices`, message: `must have ${MIN_CHOICES} to ${MAX_CHOICES} choices, got ${choices.length}` });
    }
    const seen = new Map<string, number>();
    choices.forEach((choice: unknown, i) => {
      const choicePath = `${path}.choices[${i}]`;
      if (typeof choice !== 'string' || choice.trim() === '') {
        issues.push({ path: choicePath, message: `must be a non-empty answer text, got ${describe(choice)}` });
        return;
      }
      const key = foldChoice(choice);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
      } else {
        issues.push({
          path: choicePath,
          message: `duplicates choices[${first}] (${JSON.stringify(choices[first])}) ignoring case and surrounding spaces; make every choice distinct`,
        });
      }
    });
  }
  const answer = q['answer'];
  const range = count === undefined ? 'a non-negative integer' : `an index into choices (0 to ${count - 1})`;
  if (answer === undefined) {
    issues.push({ path: `${path}.answer`, message: `is missing; set it to ${range}, the position of the correct choice` });
  } else if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 0 || (count !== undefined && answer >= count)) {
    issues.push({ path: `${path}.answer`, message: `must be ${range}, got ${describe(answer)}` });
  }
}

function checkSource(source: unknown, path: string, issues: Issues): void {
  if (!isObject(source)) {
    issues.push({ path, message: `must be an object with the verbatim article sentence ({ "sentence": … }), got ${describe(source)}` });
    return;
  }
  const hasSentence = checkNonEmptyString(source, 'sentence', `${path}.sentence`, issues, 'the article sentence that holds the answer, verbatim');
  const start = source['start'];
  const end = source['end'];
  const startOk = checkOffset(start, `${path}.start`, issues);
  const endOk = checkOffset(end, `${path}.end`, issues);
  if (start === undefined && end !== undefined) {
    issues.push({ path: `${path}.start`, message: 'is missing while end is given; give both start and end, or neither' });
  } else if (end === undefined && start !== undefined) {
    issues.push({ path: `${path}.end`, message: 'is missing while start is given; give both start and end, or neither' });
  } else if (startOk && endOk && start !== undefined) {
    const s = start as number;
    const e = end as number;
    if (e <= s) {
      issues.push({ path: `${path}.end`, message: `must be greater than start (${s}), got ${e}` });
    } else if (hasSentence) {
      const length = (source['sentence'] as string).length;
      if (e - s !== length) {
        issues.push({
          path: `${path}.end`,
          message: `must equal start + sentence length (${s} + ${length} = ${s + length}), got ${e}; the offsets must cover the sentence exactly`,
        });
      }
    }
  }
}

/** Reports a present offset that is not a non-negative integer; true when it is present and valid. */
function checkOffset(value: unknown, path: string, issues: Issues): boolean {
  if (value === undefined) return false;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return true;
  issues.push({ path, message: `must be a non-negative integer offset into the article text, got ${describe(value)}` });
  return false;
}

/** Reports a missing, non-string or blank property; true when it is a non-blank string. */
function checkNonEmptyString(obj: Obj, key: string, path: string, issues: Issues, what: string): boolean {
  const value = obj[key];
  if (value === undefined) {
    issues.push({ path, message: `is missing; add ${what}` });
    return false;
  }
  if (typeof value !== 'string' || value.trim() === '') {
    issues.push({ path, message: `must be a non-empty string (${what}), got ${describe(value)}` });
    return false;
  }
  return true;
}

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `s` is `YYYY-MM-DD` naming a day that exists (no 2023-02-29). */
function isCalendarDate(s: string): boolean {
  const m = DATE_PATTERN.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= days;
}

/** Choices compare equal ignoring surrounding spaces, inner space runs and case. */
function foldChoice(s: string): string {
  return s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Length in Unicode code points, as JSON Schema's maxLength counts. */
function codePoints(s: string): number {
  return Array.from(s).length;
}

function listOf(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}

/** A short description of a value for messages: `4`, `"abc"`, `null`, `an array`, `an object`. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
      return value.trim() === '' ? (value === '' ? 'an empty string' : 'a blank string') : JSON.stringify(shown);
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}
