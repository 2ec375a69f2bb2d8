/**
 * The element's UI strings, one typed {@link Messages} object per language.
 * Counts and numbers go through `Intl.PluralRules` / `Intl.NumberFormat`, so
 * another language (or a publisher's wording) is one more object of this shape.
 */

/** Every string the element shows or announces. */
export interface Messages {
  /** BCP 47 tag used for numbers and plurals. */
  locale: string;
  loading: string;
  /** Progress, e.g. "2 of 6". */
  progress(n: number, total: number): string;
  check: string;
  next: string;
  previous: string;
  finish: string;
  submit: string;
  /** Shown when submitting with questions left: "Answer 2 more questions first." */
  unanswered(left: number): string;
  correct: string;
  incorrect: string;
  yourAnswer: string;
  rightAnswer: string;
  notAnswered: string;
  /** The feedback announced after an answer. */
  feedback(correct: boolean, answer: string): string;
  source: string;
  readInArticle: string;
  results: string;
  /** "You scored 5 out of 6." */
  score(score: number, total: number): string;
  tryAgain: string;
  share: string;
  /** Sentence shared, without the link. */
  shareText(score: number, total: number, title: string): string;
  shared: string;
  copied: string;
  copyFailed: string;
  /** Heading of the error box. */
  errorTitle: string;
  /** A `src` answered with an HTTP error. */
  httpError(src: string, status: number, statusText: string): string;
  badJson(where: string, detail: string): string;
  timeout(src: string, ms: number): string;
  network(src: string): string;
  /** Where the inline quiz came from, for `badJson`. */
  inlineScript: string;
}

/** Formats `n` for `locale`. */
const num = (locale: string, n: number): string => new Intl.NumberFormat(locale).format(n);

/** English (the default). */
export const en: Messages = {
  locale: 'en',
  loading: 'Loading quiz…',
  progress: (n, total) => `${num('en', n)} of ${num('en', total)}`,
  check: 'Check answer',
  next: 'Next question',
  previous: 'Previous question',
  finish: 'See results',
  submit: 'Submit answers',
  unanswered: (left) =>
    `Answer ${num('en', left)} more ${new Intl.PluralRules('en').select(left) === 'one' ? 'question' : 'questions'} first.`,
  correct: 'Correct',
  incorrect: 'Incorrect',
  yourAnswer: 'Your answer',
  rightAnswer: 'Right answer',
  notAnswered: 'Not answered',
  feedback: (correct, answer) => (correct ? `Correct: ${answer}.` : `Incorrect. The right answer is ${answer}.`),
  source: 'From the article',
  readInArticle: 'Read it in the article',
  results: 'Your results',
  score: (score, total) => `You scored ${num('en', score)} out of ${num('en', total)}.`,
  tryAgain: 'Try again',
  share: 'Share result',
  shareText: (score, total, title) => `I scored ${num('en', score)} out of ${num('en', total)} on the quiz “${title}”`,
  shared: 'Result shared.',
  copied: 'Result copied to the clipboard.',
  copyFailed: 'Could not copy. Your result:',
  errorTitle: 'This quiz cannot be shown',
  httpError: (src, status, statusText) => `Could not load the quiz from ${src}: the server answered ${status} ${statusText}.`.replace(' .', '.'),
  badJson: (where, detail) => `The quiz ${where} is not valid JSON (${detail}).`,
  timeout: (src, ms) => `The quiz from ${src} did not load within ${num('en', ms / 1000)} seconds.`,
  network: (src) => `Could not load the quiz from ${src}: the network request failed.`,
  inlineScript: 'in the inline <script type="application/json">',
};

/** Messages for `lang` (a BCP 47 tag); English until more languages are added. */
export function messagesFor(_lang?: string): Messages {
  return en;
}
