/**
 * The element's UI strings. English is built in; German, French, Spanish and
 * Arabic are separate modules loaded on first use (in the CDN build each is a
 * small file next to `news-quiz.min.js`), so a page pays only for its own
 * language. Publishers add or reword languages through {@link catalog}
 * (`NewsQuiz.messages`) or the element's `messages` property.
 *
 * A message is plain data: text with `{name}` placeholders, or one text per
 * `Intl.PluralRules` category. Numbers are formatted with `Intl.NumberFormat`
 * in the element's language.
 */

/** One text per plural category of the message's count (`Intl.PluralRules`); `other` is required. */
export type Plural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** A message: text with `{placeholders}`, or its plural forms. */
export type Text = string | Plural;

/**
 * Every string the element shows or announces. Placeholders are listed per
 * message; where a count picks the plural form, it is named.
 */
export interface Messages {
  /** Screen-reader text of the loading skeleton. */
  loading: Text;
  /** Progress: `{n}` of `{total}` (plural by `total`), e.g. "2 of 6". */
  progress: Text;
  check: Text;
  next: Text;
  previous: Text;
  finish: Text;
  submit: Text;
  /** Submitting with questions left: `{n}` (plural by `n`), e.g. "Answer 2 more questions first." */
  unanswered: Text;
  correct: Text;
  incorrect: Text;
  yourAnswer: Text;
  rightAnswer: Text;
  notAnswered: Text;
  /** Announced after an answer, once focus is on the "Correct"/"Incorrect" heading: `{answer}`. */
  feedback: Text;
  source: Text;
  readInArticle: Text;
  results: Text;
  /** The score: `{score}`, `{total}` (plural by `score`), e.g. "You scored 5 out of 6." */
  score: Text;
  tryAgain: Text;
  share: Text;
  /** Sentence shared, without the link: `{score}`, `{total}` (plural by `score`), `{title}`. */
  shareText: Text;
  shared: Text;
  copied: Text;
  /** Followed by the result to copy by hand. */
  copyFailed: Text;
  /** Heading of the error box. */
  errorTitle: Text;
  /** A `src` answered with an HTTP error: `{src}`, `{status}` (e.g. "404 Not Found"). */
  httpError: Text;
  /** The quiz is not JSON: `{where}` (`fromUrl` or `inlineScript`), `{detail}` (the parser's words). */
  badJson: Text;
  /** `src` took too long: `{src}`, `{n}` seconds (plural by `n`). */
  timeout: Text;
  /** `src` could not be reached: `{src}`. */
  network: Text;
  /** Where an inline quiz came from, for `badJson`. */
  inlineScript: Text;
  /** Where a fetched quiz came from, for `badJson`: `{src}`. */
  fromUrl: Text;
  /** Between a label and its value ("Your answer: 2,500"); French puts a no-break space before the colon. */
  colon: Text;
  /** A question type's part of the element could not be loaded: `{detail}` (the browser's words). */
  chunkError: Text;
  /** Verdict of an answer that earned part of the credit (an estimate off by more than the tolerance, an order partly right). */
  partly: Text;
  /** Credit of one question: `{score}` (plural by `score`), e.g. "0.6 points". */
  points: Text;
  /** Label of an estimate question's slider (its value is shown next to it). */
  estimate: Text;
  /** Label of the number field beside the slider. */
  typeNumber: Text;
  /** An estimate below the key: `{guess}`, `{answer}`, `{percent}` (formatted, e.g. "60%"). */
  saidLow: Text;
  /** An estimate above the key: `{guess}`, `{answer}`, `{percent}`. */
  saidHigh: Text;
  /** An estimate that rounds to the key: `{guess}`, `{answer}`. */
  saidExact: Text;
  /** How to answer an order question. */
  orderHint: Text;
  /** Accessible name of an event's "move up" button: `{event}` (the event's text). */
  moveUp: Text;
  /** Accessible name of an event's "move down" button: `{event}`. */
  moveDown: Text;
  /** Announced after an event moved: `{n}`, `{total}` (plural by `total`). */
  moved: Text;
  /** Mark of an event the reader put in its right place. */
  rightPlace: Text;
  /** Mark of an event the reader put elsewhere: `{n}` (the reader's position for it). */
  yourPlace: Text;
}

/** The strings whose English text ships with the views of estimate and order questions (the only ones with partial credit). */
export type ViewKey =
  | 'partly'
  | 'points'
  | 'estimate'
  | 'typeNumber'
  | 'saidLow'
  | 'saidHigh'
  | 'saidExact'
  | 'orderHint'
  | 'moveUp'
  | 'moveDown'
  | 'moved'
  | 'rightPlace'
  | 'yourPlace';

const english: Omit<Messages, ViewKey> = {
  loading: 'Loading quiz…',
  progress: '{n} of {total}',
  check: 'Check answer',
  next: 'Next question',
  previous: 'Previous question',
  finish: 'See results',
  submit: 'Submit answers',
  unanswered: { one: 'Answer {n} more question first.', other: 'Answer {n} more questions first.' },
  correct: 'Correct',
  incorrect: 'Incorrect',
  yourAnswer: 'Your answer',
  rightAnswer: 'Right answer',
  notAnswered: 'Not answered',
  feedback: 'The right answer is {answer}.',
  source: 'From the article',
  readInArticle: 'Read in the article',
  results: 'Your results',
  score: 'You scored {score} out of {total}.',
  tryAgain: 'Try again',
  share: 'Share result',
  shareText: 'I scored {score} out of {total} on the quiz “{title}”',
  shared: 'Result shared.',
  copied: 'Result copied to the clipboard.',
  copyFailed: 'Could not copy. Your result:',
  errorTitle: 'This quiz cannot be shown',
  httpError: 'Could not load the quiz from {src}: the server answered {status}.',
  badJson: 'The quiz {where} is not valid JSON ({detail}).',
  timeout: 'The quiz from {src} did not load within {n} s.',
  network: 'Could not load the quiz from {src}: the network request failed.',
  inlineScript: 'in the inline <script type="application/json">',
  fromUrl: 'from {src}',
  colon: ': ',
  chunkError: 'Part of the quiz could not load ({detail}). Check your connection and reload the page.',
};

/**
 * English (built in, and the fallback for any missing string). The strings
 * of estimate and order questions ({@link ViewKey}) ship with their views and
 * are added here when a view loads.
 */
export const en = english as Messages;

/**
 * Strings by language tag (`NewsQuiz.messages`). Add a language or reword one:
 * `NewsQuiz.messages.pt = { check: 'Verificar resposta', … }`. A tag's entry is
 * merged over its base language's (`pt-BR` over `pt`), which is merged over the
 * built-in language if there is one, else over English.
 */
export const catalog: Record<string, Partial<Messages>> = { en };

/** Built-in languages besides English, each loaded once, on first use. */
const builtIn: Record<string, () => Promise<{ default: Messages }>> = {
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ar: () => import('./locales/ar.js'),
};

/** Built-in languages loading (a promise) or settled (1; a failed load settles too, on English). */
const loads: Record<string, Promise<unknown> | 1> = {};

/** Right-to-left scripts' languages: the interface mirrors for them. */
const rtl = /^(ar|ckb|dv|fa|he|ks|ps|sd|ug|ur|yi)$/;

/** The strings for one language tag, ready to format. */
export interface Language {
  /** The tag numbers, plurals and the `lang` attribute use: the tag asked for, or `en` when nothing matches. */
  tag: string;
  /** `rtl` for a right-to-left language, else undefined (the page's direction applies). */
  dir: 'rtl' | undefined;
  /** Every message, with English filling any gap. */
  messages: Messages;
}

/**
 * The strings for `tag` (a BCP 47 tag such as `de-AT`), from {@link catalog}
 * and what has loaded; when a built-in language is not loaded yet, a promise
 * that resolves once it is (call again then).
 */
export function language(tag = 'en'): Language | Promise<unknown> {
  try {
    Intl.getCanonicalLocales((tag = tag.replace(/_/g, '-'))); // CMSs often write "de_DE"
  } catch {
    tag = 'en'; // not a language tag: Intl would throw on it
  }
  const base = tag.split('-')[0]!.toLowerCase();
  const load = builtIn[base];
  if (load && loads[base] != 1) {
    return (loads[base] ||= load()
      .then(
        (m) => void (catalog[base] = { ...m.default, ...catalog[base] }),
        (e) => console.warn(`<news-quiz>: no '${base}' strings, showing English.`, e),
      )
      .then(() => (loads[base] = 1))) as Promise<unknown>;
  }
  const known = catalog[base] || catalog[tag];
  return {
    tag: known ? tag : 'en',
    dir: known && rtl.test(base) ? 'rtl' : undefined,
    messages: { ...en, ...catalog[base], ...catalog[tag] },
  };
}

/**
 * Formats a message: picks the plural form for `count` (`Intl.PluralRules`,
 * default `other`), then fills `{name}` placeholders from `vars`, numbers
 * formatted with `Intl.NumberFormat`. An unknown placeholder stays as it is.
 */
export function format(tag: string, text: Text, vars: Record<string, string | number> = {}, count?: number): string {
  // English small whole numbers skip Intl: its first use loads locale data (~20 ms), on the first render.
  const en = tag == 'en';
  const t =
    typeof text == 'string'
      ? text
      : (count != null && text[en ? (count == 1 ? 'one' : 'other') : intl(tag, Intl.PluralRules).select(count)]) ||
        text.other;
  return t.replace(/\{(\w+)\}/g, (all, name: string) => {
    const v = vars[name];
    return typeof v == 'number' ? (en && v % 1 == 0 && v * v < 1e6 ? '' + v : intl(tag, Intl.NumberFormat).format(v)) : (v ?? all);
  });
}

/** `Intl` formatters made once per kind and language (making one costs far more than using it). */
const formatters: Record<string, unknown> = {};

/** A cached `new kind(tag)`, e.g. `intl('de', Intl.NumberFormat)`. */
export function intl<T>(tag: string, kind: { new (tag: string): T; name: string }): T {
  return (formatters[kind.name + tag] ??= new kind(tag)) as T;
}
