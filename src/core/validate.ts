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
const TYPES = ['choice', 'estimate', 'order'] as const;
const SCALES = ['linear', 'log'] as const;
const MIN_EVENTS = 3;
const MAX_EVENTS = 8;
/** An ISO date as order events carry it: `2017`, `2023-12` or `2024-01-04`. */
const ISO_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
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
    issues.push({ path: `${path}.type`, message: `unknown type ${shown}; expected ${listOf(TYPES, 'or')} (or leave it out for 'choice')` });
  }
  checkNonEmptyString(q, 'prompt', `${path}.prompt`, issues, 'the question text');
  // Each type's own fields; an unknown type is reported once above.
  if (type === 'estimate') checkEstimate(q, path, issues);
  else if (type === 'order') checkOrder(q, path, issues);
  else if (knownType) checkChoices(q, path, issues);
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

function checkEstimate(q: Obj, path: string, issues: Issues): void {
  const finite = (key: string, what: string): number | undefined => {
    const value = q[key];
    if (value === undefined) {
      issues.push({ path: `${path}.${key}`, message: `is missing; add ${what} (a finite number)` });
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.push({ path: `${path}.${key}`, message: `must be a finite number (${what}), got ${describe(value)}` });
      return undefined;
    }
    return value;
  };
  const answer = finite('answerValue', 'the true figure');
  const min = finite('min', 'the lower end of the slider');
  const max = finite('max', 'the upper end of the slider');
  const rangeOk = min !== undefined && max !== undefined && min < max;
  if (min !== undefined && max !== undefined && !rangeOk) {
    issues.push({ path: `${path}.max`, message: `must be greater than min (${min}), got ${max}` });
  }
  if (rangeOk && answer !== undefined && (answer < min || answer > max)) {
    issues.push({ path: `${path}.answerValue`, message: `must lie within the slider's range [${min}, ${max}], got ${answer}; widen min/max or fix the figure` });
  }
  const scale = q['scale'];
  if (scale === undefined) {
    issues.push({ path: `${path}.scale`, message: `is missing; set it to ${listOf(SCALES, 'or')} ('log' when the range spans orders of magnitude)` });
  } else if (!(SCALES as readonly unknown[]).includes(scale)) {
    issues.push({ path: `${path}.scale`, message: `must be ${listOf(SCALES, 'or')}, got ${describe(scale)}` });
  } else if (scale === 'log' && min !== undefined && min <= 0) {
    issues.push({ path: `${path}.min`, message: `must be greater than 0 on a 'log' scale, got ${min}; raise min or use scale 'linear'` });
  }
  const tolerance = q['tolerance'];
  if (tolerance === undefined) {
    issues.push({ path: `${path}.tolerance`, message: 'is missing; add the relative error that still earns full marks, from 0 to 1 (0.1 = within 10%)' });
  } else if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0 || tolerance > 1) {
    issues.push({ path: `${path}.tolerance`, message: `must be a number from 0 to 1 (0.1 = within 10% earns full marks), got ${describe(tolerance)}` });
  }
  for (const key of ['unit', 'answerText'] as const) {
    const value = q[key];
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) {
      const what = key === 'unit' ? 'what the value counts, e.g. "soldiers", "$" or "%"' : 'the figure as the article writes it, e.g. "2,500"';
      issues.push({ path: `${path}.${key}`, message: `must be a non-empty string (${what}), got ${describe(value)}; or leave it out` });
    }
  }
  if (q['format'] !== undefined) checkFormat(q['format'], `${path}.format`, issues);
}

function checkFormat(format: unknown, path: string, issues: Issues): void {
  if (!isObject(format)) {
    issues.push({ path, message: `must be an object with optional prefix, suffix, exponent, decimals and grouping, got ${describe(format)}` });
    return;
  }
  for (const key of ['prefix', 'suffix'] as const) {
    const value = format[key];
    if (value !== undefined && typeof value !== 'string') {
      issues.push({ path: `${path}.${key}`, message: `must be a string (e.g. ${key === 'prefix' ? '"$"' : '"bn" or "%"'}), got ${describe(value)}` });
    }
  }
  const exponent = format['exponent'];
  if (exponent !== undefined && (typeof exponent !== 'number' || !Number.isInteger(exponent) || exponent < -12 || exponent > 15)) {
    issues.push({ path: `${path}.exponent`, message: `must be an integer power of ten from -12 to 15 (9 for "bn"), got ${describe(exponent)}` });
  }
  const decimals = format['decimals'];
  if (decimals !== undefined && (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 6)) {
    issues.push({ path: `${path}.decimals`, message: `must be an integer from 0 to 6, got ${describe(decimals)}` });
  }
  const grouping = format['grouping'];
  if (grouping !== undefined && typeof grouping !== 'boolean') {
    issues.push({ path: `${path}.grouping`, message: `must be true or false, got ${describe(grouping)}` });
  }
}

function checkOrder(q: Obj, path: string, issues: Issues): void {
  const events = q['events'];
  if (events === undefined) {
    issues.push({ path: `${path}.events`, message: `is missing; add an array of ${MIN_EVENTS} to ${MAX_EVENTS} events ({ "text", "date" }), earliest first` });
    return;
  }
  if (!Array.isArray(events)) {
    issues.push({ path: `${path}.events`, message: `must be an array of ${MIN_EVENTS} to ${MAX_EVENTS} events, earliest first, got ${describe(events)}` });
    return;
  }
  if (events.length < MIN_EVENTS || events.length > MAX_EVENTS) {
    issues.push({ path: `${path}.events`, message: `must have ${MIN_EVENTS} to ${MAX_EVENTS} events, got ${events.length}` });
  }
  const seen = new Map<string, number>();
  let previous: { iso: string; index: number } | undefined;
  events.forEach((event: unknown, i) => {
    const eventPath = `${path}.events[${i}]`;
    if (!isObject(event)) {
      issues.push({ path: eventPath, message: `must be an event object ({ "text": …, "date": … }), got ${describe(event)}` });
      return;
    }
    if (checkNonEmptyString(event, 'text', `${eventPath}.text`, issues, 'a short label of the event, without its date')) {
      const key = foldChoice(event['text'] as string);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
      } else {
        issues.push({
          path: `${eventPath}.text`,
          message: `duplicates events[${first}].text (${JSON.stringify((events[first] as Obj)['text'])}) ignoring case and surrounding spaces; make every event distinct`,
        });
      }
    }
    checkNonEmptyString(event, 'date', `${eventPath}.date`, issues, 'the date as the article gives it, e.g. "Thursday" or "2017"');
    const iso = event['iso'];
    if (iso !== undefined && iso !== null) {
      if (typeof iso !== 'string' || !ISO_PATTERN.test(iso) || (iso.length === 10 && !isCalendarDate(iso))) {
        issues.push({ path: `${eventPath}.iso`, message: `must be an ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD", or null, got ${describe(iso)}` });
      } else {
        if (previous && isoBefore(iso, previous.iso)) {
          issues.push({
            path: `${eventPath}.iso`,
            message: `${iso} is before events[${previous.index}].iso (${previous.iso}); list events in true chronological order, earliest first`,
          });
        }
        previous = { iso, index: i };
      }
    }
    if (event['source'] !== undefined) checkSource(event['source'], `${eventPath}.source`, issues);
  });
  const initial = q['initial'];
  if (initial !== undefined) {
    const n = events.length;
    const ok = Array.isArray(initial) && initial.length === n &&
      initial.every((v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < n) &&
      new Set(initial).size === n;
    if (!ok) {
      issues.push({ path: `${path}.initial`, message: `must list each event index from 0 to ${n - 1} exactly once (the order events are first shown in), got ${describeList(initial)}; or leave it out` });
    }
  }
}

/** True when ISO date `a` ends before ISO date `b` starts ("2017" before "2020-01-03"); overlapping dates are not. */
function isoBefore(a: string, b: string): boolean {
  const endOf = (iso: string): string => (iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-31` : iso);
  const startOf = (iso: string): string => (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
  return endOf(a) < startOf(b);
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

function listOf(values: readonly string[], last?: 'or'): string {
  const quoted = values.map((v) => `'${v}'`);
  if (last === undefined || quoted.length < 2) return quoted.join(', ');
  return `${quoted.slice(0, -1).join(', ')} ${last} ${quoted[quoted.length - 1]}`;
}

/** An array shown in full when short (`[2, 0, 1]`), else described. */
function describeList(value: unknown): string {
  if (Array.isArray(value) && value.length <= 10 && value.every((v) => typeof v === 'number')) return `[${value.join(', ')}]`;
  return describe(value);
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
