/**
 * Plain, JSON-safe data shapes shared by the builder, the validator, the
 * element and the CLI. Nothing here touches the DOM.
 *
 * The shapes marked "normative" are a public contract (see DESIGN.md):
 * extend them only with optional fields.
 */

/** A news article as the builder reads it (normative). */
export interface Article {
  /** The body text alone (no title line). Every fact offset counts in it. */
  text: string;
  title?: string;
  /** Publication date, `YYYY-MM-DD`. Relative dates ("Friday") resolve against it. */
  datePublished?: string;
  url?: string;
  /** BCP 47 language tag of the article, e.g. `en`, `en-GB`. */
  lang?: string;
}

/** A piece of the article: its exact text, its sentence and its offsets in `Article.text` (normative). */
export interface Span {
  /** Exact text of the span, `article.text.slice(start, end)`. */
  text: string;
  /** The whole sentence the span stands in, verbatim. */
  sentence: string;
  start: number;
  end: number;
}

/** A number the article states (normative). Years are dates, not numbers. */
export interface NumberFact extends Span {
  /** The value with scale words applied: "$368bn" → 368e9, "40%" → 40, "two" → 2. */
  value: number;
  /** The noun phrase it counts, e.g. "US soldiers". Ellipsis is resolved ("another 900 in Syria"). */
  counts: string;
  /** A hedge in front of the number: "around", "nearly", "more than". */
  hedge?: string;
  /** Unit or currency when the span carries one: "$", "£", "€", "%". */
  unit?: string;
  /** Upper end of a range ("$2-$3.8 trillion": value 2e12, valueMax 3.8e12). */
  valueMax?: number;
}

export type DatePrecision = 'day' | 'month' | 'year';

/** A date expression (normative). `iso` is null when the text does not fix it. */
export interface DateFact extends Span {
  /** `2024-01-04`, `2023-12` or `2017`, or null when unresolved. */
  iso: string | null;
  precision: DatePrecision | null;
}

export type ActorKind = 'person' | 'organization' | 'country' | 'place' | 'group';

/** A named actor with its alias cluster (normative). */
export interface Actor {
  /** Fullest form used in the article. */
  name: string;
  /** Other forms the article uses for the same actor (not including `name`). */
  aliases: string[];
  kind: ActorKind;
  /** Role where the text gives one: "prime minister", "Iranian general". */
  role?: string;
  mentions: Span[];
}

/** Everything the extractor found (normative). */
export interface Facts {
  numbers: NumberFact[];
  dates: DateFact[];
  actors: Actor[];
}

/** What a question is about (normative). */
export type QuestionKind = 'number' | 'date' | 'actor' | 'other';

/**
 * How a question is answered. `choice` (the default when `type` is absent):
 * pick one of `choices`; `estimate`: set a number on a slider; `order`: put
 * events in time order.
 */
export type QuestionType = 'choice' | 'estimate' | 'order';

/** Where in the article a question's answer stands. */
export interface QuizSource {
  /** The sentence, verbatim from the article. */
  sentence: string;
  /** Offset of the sentence in the article body, when known. */
  start?: number;
  end?: number;
}

/** A multiple-choice question (normative). */
export interface ChoiceQuestion {
  id: string;
  kind: QuestionKind;
  type?: 'choice';
  prompt: string;
  choices: string[];
  /** Index into `choices` of the one correct choice. */
  answer: number;
  explanation?: string;
  /** Required for generated questions, optional for authored ones. */
  source?: QuizSource;
}

/**
 * How an estimate question shows numbers: `prefix` + digits of
 * `value / 10^exponent` with `decimals` decimals (thousands grouped unless
 * `grouping` is false) + `suffix`. "$368bn" is `{ prefix: "$", exponent: 9,
 * suffix: "bn" }`; "40%" is `{ suffix: "%" }`; "1.2 million" is
 * `{ exponent: 6, decimals: 1, suffix: " million" }`.
 */
export interface EstimateFormat {
  /** Text before the digits: "$", "£". */
  prefix?: string;
  /** Text after the digits: "bn", " million", "%". */
  suffix?: string;
  /** Power of ten the digits count in: 9 for "$368bn", 6 for "1.2 million". Default 0. */
  exponent?: number;
  /** Decimals values are rounded to (more when rounding would move a value by over 5%; trailing zeros dropped). Default 0. */
  decimals?: number;
  /** Group thousands with commas ("2,500"). Default true. */
  grouping?: boolean;
}

/**
 * An estimate question: the reader sets a number on a slider (or types it)
 * and is scored by closeness (see `scoreEstimate` in estimate.ts).
 */
export interface EstimateQuestion {
  id: string;
  /** Usually `number`. */
  kind: QuestionKind;
  type: 'estimate';
  prompt: string;
  /** The true figure, with scale words applied: "$368bn" → 368e9. */
  answerValue: number;
  /** Lower end of the slider (at most `answerValue`). Must be > 0 on a `log` scale. */
  min: number;
  /** Upper end of the slider (at least `answerValue`, greater than `min`). */
  max: number;
  /** `log` when the range spans orders of magnitude. */
  scale: 'linear' | 'log';
  /** What the value counts or measures, shown beside the input: "US soldiers", "$", "%". */
  unit?: string;
  /** Relative error that still earns full marks: 0.1 = within 10% of `answerValue`. In `[0, 1]`. */
  tolerance: number;
  /** The key as the article writes it: "2,500", "$368bn", "seven". */
  answerText?: string;
  /** How values are shown; when absent it is read from `answerText`, else digits plus `unit`. */
  format?: EstimateFormat;
  explanation?: string;
  /** Required for generated questions, optional for authored ones. */
  source?: QuizSource;
}

/** One event of an order question. */
export interface OrderEvent {
  /** A short label in the article's own words, never containing its date. */
  text: string;
  /** The date as the article gives it: "Thursday", "2017", "last month". Shown after answering. */
  date: string;
  /** The resolved date, `2024-01-04` | `2023-12` | `2017`, or null/absent when unknown. */
  iso?: string | null;
  /** The sentence that dates the event. */
  source?: QuizSource;
}

/**
 * An order question: the reader puts 3 to 8 events in time order. `events`
 * are stored in their TRUE chronological order (earliest first); `initial`
 * is the order they are first shown in. An answer is the array of event
 * indices in the reader's order, so the key is `[0, 1, …, n - 1]`.
 */
export interface OrderQuestion {
  id: string;
  /** Usually `date`. */
  kind: QuestionKind;
  type: 'order';
  prompt: string;
  /** The events, earliest first. */
  events: OrderEvent[];
  /**
   * Display order: a permutation of event indices, e.g. `[2, 0, 3, 1]` shows
   * `events[2]` first. When absent, use `orderDisplay()` (timeline.ts): a
   * deterministic shuffle that is never already in order.
   */
  initial?: number[];
  explanation?: string;
  /** Required for generated questions, optional for authored ones (each event may cite its own). */
  source?: QuizSource;
}

/** Any question; narrow by `type` (`undefined` means `choice`). */
export type Question = ChoiceQuestion | EstimateQuestion | OrderQuestion;

/** Publication details of the article a quiz is about. */
export interface QuizArticle {
  title?: string;
  url?: string;
  /** `YYYY-MM-DD` */
  datePublished?: string;
}

/** Quiz JSON, version 1 (normative). */
export interface Quiz {
  version: 1;
  id: string;
  title: string;
  lang?: string;
  article?: QuizArticle;
  questions: Question[];
}

/**
 * A reader's answer to one question: the chosen index for a choice
 * question, the value set for an estimate, or the event indices in the
 * reader's order for an order question.
 */
export type AnswerValue = number | number[];
