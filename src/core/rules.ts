/**
 * The type-agnostic half of the quiz runtime: the rules every quiz and every
 * choice question follow, and a table of {@link QuestionRules} for the other
 * question types. `validate.ts`, `score.ts` and `session.ts` compose this
 * with every built-in type (`question-types.ts`); the `<news-quiz>` element
 * uses it directly, with the rules of the types a quiz uses loaded on demand,
 * so a page of choice questions never downloads the estimate or order rules.
 */

import type { AnswerValue, ChoiceQuestion, Question, Quiz } from './types.js';

/** One problem in a quiz: where (`$`, `title`, `questions[2].answer`) and what is wrong. */
export interface ValidationIssue {
  /** Path of the offending value: `$` for the whole input, else e.g. `questions[0].source.sentence`. */
  path: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Thrown by `validateQuiz`; `issues` lists every problem found, not just the first. */
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

/**
 * What a question type other than `choice` adds to the runtime: checks of its
 * own fields, scoring and answer checks. The common fields (`id`, `kind`,
 * `type`, `prompt`, `explanation`, `source`) are checked for every type.
 */
export interface QuestionRules<Q extends Question = Question> {
  /** Pushes one issue per problem with the type's own fields of `q` (at `path`, e.g. `questions[2]`). */
  check(q: Record<string, unknown>, path: string, issues: ValidationIssue[]): void;
  /** Credit in `[0, 1]` for `answer` (of the right shape or not: a wrong shape earns 0). */
  score(q: Q, answer: AnswerValue): number;
  /** True when `answer` is an answer `q` can hold. */
  valid(q: Q, answer: unknown): boolean;
  /** Why `answer` (shown as `shown`) does not fit question `id`, for an error message. */
  problem?(q: Q, id: string, shown: string): string;
}

/** Rules by question `type` (`estimate`, `order`); `choice` is built in. */
export type QuestionTypes = Readonly<Partial<Record<string, QuestionRules<never>>>>;

/** Every question type this build knows. */
export const TYPES = ['choice', 'estimate', 'order'] as const;

/** The rules for `q`'s type from `types`; `choice` (or no `type`) is built in; undefined for a type not in `types`. */
export function rulesFor(q: Question, types: QuestionTypes): QuestionRules | undefined {
  const type = (q as { type?: string }).type;
  return (type === undefined || type === 'choice' ? choiceRules : types[type]) as QuestionRules | undefined;
}

/** Credit in `[0, 1]` for `answer` to `q`: 0 when unanswered or of a type not in `types`. */
export function scoreWith(types: QuestionTypes, q: Question, answer: AnswerValue | undefined): number {
  return answer === undefined ? 0 : (rulesFor(q, types)?.score(q, answer) ?? 0);
}

/** True when `answer` fits `q` (false for a type not in `types`). */
export function validWith(types: QuestionTypes, q: Question, answer: unknown): boolean {
  return rulesFor(q, types)?.valid(q, answer) === true;
}

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
 * `scoreQuiz` with the rules of `types` for questions other than
 * choices (a question of a type not in `types` scores 0).
 */
export function scoreQuizWith(types: QuestionTypes, quiz: Quiz, answers: Readonly<Record<string, AnswerValue>>): QuizScore {
  let sum = 0;
  const results = quiz.questions.map((q): QuestionResult => {
    const answer = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    const score = scoreWith(types, q, answer);
    sum += score;
    return { questionId: q.id, answer, correct: score === 1, score };
  });
  return { score: sum, total: quiz.questions.length, results };
}

/** Checks `input` against the common and choice rules and those of `types`; returns it typed, or throws. */
export function checkQuiz(input: unknown, types: QuestionTypes): Quiz {
  const issues = quizIssues(input, types);
  if (issues.length > 0) throw new QuizValidationError(issues);
  return input as Quiz;
}

// ---------------------------------------------------------------------------
// Choice questions

const MIN_CHOICES = 2;
const MAX_CHOICES = 10;

/** The built-in rules of choice questions (`answerQuestion` words their answer problems itself). */
const choiceRules: QuestionRules<ChoiceQuestion> = {
  check(q, path, issues) {
    const choices = q['choices'];
    const count = Array.isArray(choices) && choices.length > 0 ? choices.length : undefined;
    if (choices === undefined) {
      add(issues, `${path}.choices`, `is missing; add an array of ${MIN_CHOICES} to ${MAX_CHOICES} answer texts`);
    } else if (!Array.isArray(choices)) {
      add(issues, `${path}.choices`, `must be an array of ${MIN_CHOICES} to ${MAX_CHOICES} answer texts, got ${describe(choices)}`);
    } else {
      if (choices.length < MIN_CHOICES || choices.length > MAX_CHOICES) {
        add(issues, `${path}.choices`, `must have ${MIN_CHOICES} to ${MAX_CHOICES} choices, got ${choices.length}`);
      }
      const seen = new Map<string, number>();
      choices.forEach((choice: unknown, i) => {
        const choicePath = `${path}.choices[${i}]`;
        if (typeof choice !== 'string' || choice.trim() === '') {
          add(issues, choicePath, `must be a non-empty answer text, got ${describe(choice)}`);
          return;
        }
        const first = firstSeen(seen, choice, i);
        if (first !== undefined) {
          add(
            issues,
            choicePath,
            `duplicates choices[${first}] (${JSON.stringify(choices[first])}) ignoring case and surrounding spaces; make every choice distinct`,
          );
        }
      });
    }
    const answer = q['answer'];
    const range = count === undefined ? 'a non-negative integer' : `an index into choices (0 to ${count - 1})`;
    if (answer === undefined) {
      add(issues, `${path}.answer`, `is missing; set it to ${range}, the position of the correct choice`);
    } else if (!isIndex(answer, count ?? Infinity)) {
      add(issues, `${path}.answer`, `must be ${range}, got ${describe(answer)}`);
    }
  },
  score: (q, answer) => (answer === q.answer ? 1 : 0),
  valid: (q, answer) => isIndex(answer, q.choices.length),
};

/** True when `v` is an integer from 0 to `n - 1`. */
export function isIndex(v: unknown, n: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < n;
}

// ---------------------------------------------------------------------------
// The quiz and the fields every question has

/** The only Quiz JSON version this build reads. */
const VERSION = 1;
const MAX_ID_LENGTH = 200;
const MAX_QUESTIONS = 100;
const KINDS = ['number', 'date', 'actor', 'other'] as const;
/** BCP 47-ish: a 2–3 letter language, then subtags of 1–8 letters or digits. */
const LANG_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
/** Absolute http(s) URL with a host and no whitespace. */
const URL_PATTERN = /^[hH][tT][tT][pP][sS]?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

type Issues = ValidationIssue[];
type Obj = Record<string, unknown>;

/**
 * Every problem of `input` as a quiz: the common and choice rules, and each
 * question type's own rules from `types`. A question of a known type whose
 * rules are not in `types` gets its common fields checked only. (A JSON
 * string passed by mistake gets its own advice from `validateQuiz`.)
 */
export function quizIssues(input: unknown, types: QuestionTypes): Issues {
  const issues: Issues = [];
  if (!isObject(input)) {
    add(issues, '$', `must be a quiz object ({ "version": 1, "id": …, "title": …, "questions": [...] }), got ${describe(input)}`);
    return issues;
  }
  checkVersion(input, issues);
  const id = input['id'];
  if (checkNonEmptyString(input, 'id', 'id', issues, 'a short unique id such as "budget-2024-05-01"') && codePoints(id as string) > MAX_ID_LENGTH) {
    add(issues, 'id', `must be at most ${MAX_ID_LENGTH} characters, got ${codePoints(id as string)}; use a shorter id`);
  }
  checkNonEmptyString(input, 'title', 'title', issues, 'the quiz title shown to readers');
  if (input['lang'] !== undefined) {
    const lang = input['lang'];
    if (typeof lang !== 'string' || !LANG_PATTERN.test(lang)) {
      add(issues, 'lang', `must be a BCP 47 language tag such as "en" or "en-GB", got ${describe(lang)}; or leave it out`);
    }
  }
  if (input['article'] !== undefined) checkArticle(input['article'], issues);
  checkQuestions(input, types, issues);
  return issues;
}

function checkVersion(input: Obj, issues: Issues): void {
  const version = input['version'];
  if (version === VERSION) return;
  if (version === undefined) {
    add(issues, 'version', `is missing; add "version": ${VERSION}`);
  } else if (typeof version === 'number') {
    add(issues, 'version', `unsupported version ${version}; this build reads version ${VERSION}`);
  } else {
    add(issues, 'version', `must be the number ${VERSION}, got ${describe(version)}`);
  }
}

function checkArticle(article: unknown, issues: Issues): void {
  if (!isObject(article)) {
    add(issues, 'article', `must be an object with optional title, url and datePublished, got ${describe(article)}`);
    return;
  }
  const title = article['title'];
  if (title !== undefined && typeof title !== 'string') {
    add(issues, 'article.title', `must be a string (the article's headline), got ${describe(title)}`);
  }
  const url = article['url'];
  if (url !== undefined && (typeof url !== 'string' || !URL_PATTERN.test(url))) {
    add(issues, 'article.url', `must be an absolute http(s) URL such as "https://example.com/story", got ${describe(url)}`);
  }
  const date = article['datePublished'];
  if (date !== undefined && (typeof date !== 'string' || !isCalendarDate(date))) {
    add(issues, 'article.datePublished', `must be a real calendar date written YYYY-MM-DD, such as "2024-01-05", got ${describe(date)}`);
  }
}

function checkQuestions(input: Obj, types: QuestionTypes, issues: Issues): void {
  const questions = input['questions'];
  if (questions === undefined) {
    add(issues, 'questions', 'is missing; add "questions": an array of 1 to 100 question objects');
    return;
  }
  if (!Array.isArray(questions)) {
    add(issues, 'questions', `must be an array of question objects, got ${describe(questions)}`);
    return;
  }
  if (questions.length === 0) {
    add(issues, 'questions', 'must contain at least one question, got an empty array');
    return;
  }
  if (questions.length > MAX_QUESTIONS) {
    add(issues, 'questions', `must contain at most ${MAX_QUESTIONS} questions, got ${questions.length}; split the quiz`);
  }
  const seenIds = new Map<string, number>();
  questions.forEach((q, i) => checkQuestion(q, `questions[${i}]`, i, seenIds, types, issues));
}

function checkQuestion(q: unknown, path: string, index: number, seenIds: Map<string, number>, types: QuestionTypes, issues: Issues): void {
  if (!isObject(q)) {
    add(issues, path, `must be a question object with id, kind, prompt, choices and answer, got ${describe(q)}`);
    return;
  }
  if (checkNonEmptyString(q, 'id', `${path}.id`, issues, 'an id unique within the quiz, such as "q1"')) {
    const id = q['id'] as string;
    const first = seenIds.get(id);
    if (first === undefined) {
      seenIds.set(id, index);
    } else {
      add(issues, `${path}.id`, `duplicate id ${JSON.stringify(id)} (also used by questions[${first}]); give every question a unique id`);
    }
  }
  const kind = q['kind'];
  if (kind === undefined) {
    add(issues, `${path}.kind`, `is missing; set it to one of ${listOf(KINDS)}`);
  } else if (!(KINDS as readonly unknown[]).includes(kind)) {
    add(issues, `${path}.kind`, `must be one of ${listOf(KINDS)}, got ${describe(kind)}`);
  }
  const type = q['type'];
  const knownType = type === undefined || (TYPES as readonly unknown[]).includes(type);
  if (!knownType) {
    const shown = typeof type === 'string' ? `'${type}'` : describe(type);
    add(issues, `${path}.type`, `unknown type ${shown}; expected ${listOf(TYPES, 'or')} (or leave it out for 'choice')`);
  }
  checkNonEmptyString(q, 'prompt', `${path}.prompt`, issues, 'the question text');
  // Each type's own fields; an unknown type is reported once above.
  if (knownType) rulesFor(q as unknown as Question, types)?.check(q, path, issues);
  const explanation = q['explanation'];
  if (explanation !== undefined && typeof explanation !== 'string') {
    add(issues, `${path}.explanation`, `must be a string shown after answering, got ${describe(explanation)}; or leave it out`);
  }
  if (q['source'] !== undefined) checkSource(q['source'], `${path}.source`, issues);
}

/** Checks a `source` object (`{ sentence, start?, end? }`) at `path`. */
export function checkSource(source: unknown, path: string, issues: Issues): void {
  if (!isObject(source)) {
    add(issues, path, `must be an object with the verbatim article sentence ({ "sentence": … }), got ${describe(source)}`);
    return;
  }
  const hasSentence = checkNonEmptyString(source, 'sentence', `${path}.sentence`, issues, 'the article sentence that holds the answer, verbatim');
  const start = source['start'];
  const end = source['end'];
  const startOk = checkOffset(start, `${path}.start`, issues);
  const endOk = checkOffset(end, `${path}.end`, issues);
  if (start === undefined && end !== undefined) {
    add(issues, `${path}.start`, 'is missing while end is given; give both start and end, or neither');
  } else if (end === undefined && start !== undefined) {
    add(issues, `${path}.end`, 'is missing while start is given; give both start and end, or neither');
  } else if (startOk && endOk && start !== undefined) {
    const s = start as number;
    const e = end as number;
    if (e <= s) {
      add(issues, `${path}.end`, `must be greater than start (${s}), got ${e}`);
    } else if (hasSentence) {
      const length = (source['sentence'] as string).length;
      if (e - s !== length) {
        add(
          issues,
          `${path}.end`,
          `must equal start + sentence length (${s} + ${length} = ${s + length}), got ${e}; the offsets must cover the sentence exactly`,
        );
      }
    }
  }
}

/** Reports a present offset that is not a non-negative integer; true when it is present and valid. */
function checkOffset(value: unknown, path: string, issues: Issues): boolean {
  if (value === undefined) return false;
  if (isIndex(value, Infinity)) return true;
  add(issues, path, `must be a non-negative integer offset into the article text, got ${describe(value)}`);
  return false;
}

/** Reports a missing, non-string or blank property; true when it is a non-blank string. */
export function checkNonEmptyString(obj: Obj, key: string, path: string, issues: Issues, what: string): boolean {
  const value = obj[key];
  if (value === undefined) {
    add(issues, path, `is missing; add ${what}`);
    return false;
  }
  if (typeof value !== 'string' || value.trim() === '') {
    add(issues, path, `must be a non-empty string (${what}), got ${describe(value)}`);
    return false;
  }
  return true;
}

/** Records a problem: `message` about the value at `path`. */
export function add(issues: ValidationIssue[], path: string, message: string): void {
  issues.push({ path, message });
}

/** True for a plain object (not null, not an array). */
export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `s` is `YYYY-MM-DD` naming a day that exists (no 2023-02-29). */
export function isCalendarDate(s: string): boolean {
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

/**
 * Records `text` at index `i` in `seen`, keyed ignoring surrounding spaces,
 * inner space runs and case; returns the index of an earlier equal text.
 */
export function firstSeen(seen: Map<string, number>, text: string, i: number): number | undefined {
  const key = text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  const first = seen.get(key);
  if (first === undefined) seen.set(key, i);
  return first;
}

/** Length in Unicode code points, as JSON Schema's maxLength counts. */
function codePoints(s: string): number {
  return Array.from(s).length;
}

/** `'a', 'b', 'c'`, or `'a', 'b' or 'c'` with `last`. */
export function listOf(values: readonly string[], last?: 'or'): string {
  const quoted = values.map((v) => `'${v}'`);
  if (last === undefined || quoted.length < 2) return quoted.join(', ');
  return `${quoted.slice(0, -1).join(', ')} ${last} ${quoted[quoted.length - 1]}`;
}

/** A short description of a value for messages: `4`, `"abc"`, `null`, `an array`, `an object`. */
export function describe(value: unknown): string {
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
