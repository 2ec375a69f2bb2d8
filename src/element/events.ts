/**
 * Typed events fired by `<news-quiz>`. All bubble and are composed, so a page
 * can listen on `document`. Only the reader's own actions fire them (never a
 * restore from storage), except `news-quiz-ready` and `news-quiz-error`,
 * which report the element's lifecycle.
 */

const init: EventInit = { bubbles: true, composed: true };

/** `news-quiz-ready`: a quiz was loaded and validated and is shown. */
export class NewsQuizReadyEvent extends Event {
  constructor() {
    super('news-quiz-ready', init);
  }
}

/** `news-quiz-start`: the reader began the quiz (their first answer of an attempt). */
export class NewsQuizStartEvent extends Event {
  constructor() {
    super('news-quiz-start', init);
  }
}

/**
 * `news-quiz-answer`: the reader answered (or, with `reveal="end"`, changed) a
 * question. `score` is the credit earned, for every question type; `choice`
 * is set for choice questions, `value` for estimates, `order` for order
 * questions.
 */
export class NewsQuizAnswerEvent extends Event {
  constructor(
    /** Id of the question answered. */
    readonly questionId: string,
    /** Index of the chosen choice; -1 for an estimate or order question. */
    readonly choice: number,
    /** Whether the answer earned full credit (an estimate within its tolerance, an order fully right). */
    readonly correct: boolean,
    /** Credit earned, from 0 to 1: 0 or 1 for a choice, fractions for a close estimate or a partly right order. */
    readonly score: number = correct ? 1 : 0,
    /** The value an estimate question was answered with (as shown to the reader), else undefined. */
    readonly value?: number,
    /** An order question's answer: event indices in the reader's order (the question's `events` are earliest first), else undefined. */
    readonly order?: number[],
  ) {
    super('news-quiz-answer', init);
  }
}

/** `news-quiz-complete`: the reader finished and sees the results. */
export class NewsQuizCompleteEvent extends Event {
  constructor(
    /** Points scored: the sum of the question scores (fractions for close estimates and partly right orders). */
    readonly score: number,
    /** Best possible score (number of questions). */
    readonly total: number,
  ) {
    super('news-quiz-complete', init);
  }
}

/** `news-quiz-error`: the quiz could not be loaded or is invalid; the element shows why. */
export class NewsQuizErrorEvent extends Event {
  constructor(
    /** What went wrong: a `QuizValidationError` (with `.issues`) or a load `Error`. */
    readonly error: Error,
  ) {
    super('news-quiz-error', init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-quiz-ready': NewsQuizReadyEvent;
    'news-quiz-start': NewsQuizStartEvent;
    'news-quiz-answer': NewsQuizAnswerEvent;
    'news-quiz-complete': NewsQuizCompleteEvent;
    'news-quiz-error': NewsQuizErrorEvent;
  }
}
