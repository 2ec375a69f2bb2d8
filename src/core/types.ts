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

/** How a question is answered. `choice` is the default. */
export type QuestionType = 'choice';

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

export type Question = ChoiceQuestion;

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
 * question. (Other question types may answer with a value or an order.)
 */
export type AnswerValue = number;
