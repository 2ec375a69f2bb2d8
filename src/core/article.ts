/**
 * Article input: parse plain text, HTML or JSON (our Article shape or a
 * schema.org NewsArticle) into an `Article`, and check that it is something
 * the builder can read. Pure: no DOM, no Node APIs.
 */
import { findSchemaArticle, htmlToArticle, schemaText } from './html.js';
import type { Article } from './types.js';
import { daysInMonth } from './date-math.js';
import { L, re } from './letters.js';

/** Why an article cannot be read. */
export type ArticleErrorCode =
  | 'empty'
  | 'no-sentences'
  | 'binary'
  | 'too-long'
  | 'bad-date'
  | 'unsupported-language'
  | 'bad-format'
  | 'bad-json';

/** An article the builder cannot read; `message` says what is wrong and how to fix it. */
export class ArticleError extends Error {
  /** Machine-readable reason. */
  readonly code: ArticleErrorCode;

  constructor(code: ArticleErrorCode, message: string) {
    super(message);
    this.name = 'ArticleError';
    this.code = code;
  }
}

/** The longest article body the builder reads, in UTF-16 code units. */
export const MAX_ARTICLE_CHARS = 200_000;

/** Input formats `parseArticle` reads. */
export type ArticleFormat = 'text' | 'html' | 'json';

/** Longest first line still read as a title in a plain-text article. */
const MAX_TITLE_CHARS = 200;

/** A word: letters joined by apostrophes or hyphens ("don't", "al-Sadr"). */
const WORD_RE = re('gu')`[${L}]+(?:['’-][${L}]+)*`;

/** True when the text has at least one run of three or more words ending in sentence punctuation. */
function hasSentence(text: string): boolean {
  // Runs end at a ".", "!", "?" or "…" before a space or the end (not inside a number or an abbreviation);
  // the words of a run count up to its last punctuation mark.
  return text
    .split(/(?<=[.!?…])(?=\s|$)/)
    .some((run) => (run.slice(0, run.search(/[.!?…][^.!?…]*$/) + 1).match(WORD_RE)?.length ?? 0) >= 3);
}

/**
 * Normalises a publication date to `YYYY-MM-DD`: accepts that form or a full
 * ISO 8601 timestamp (its date part is kept). Returns undefined when malformed.
 */
export function normaliseDate(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60)(?:[.,]\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?)?$/i.exec(value.trim());
  const [, y, mo, d] = m ?? [];
  return m && +mo! > 0 && +mo! < 13 && +d! > 0 && +d! <= daysInMonth(+y!, +mo!) ? `${y}-${mo}-${d}` : undefined;
}

function optionalString(article: Record<string, unknown>, key: string): string | undefined {
  const v = article[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') {
    throw new ArticleError('bad-format', `article.${key} must be a string, not ${Array.isArray(v) ? 'an array' : typeof v}: fix or remove it`);
  }
  const t = v.trim();
  return t === '' ? undefined : t;
}

/**
 * Checks that an article is something the builder can read and returns a
 * normalised copy (line ends as LF, a leading BOM removed, title collapsed to
 * one line, `datePublished` as `YYYY-MM-DD`; NBSP kept). Throws an
 * `ArticleError` naming the problem and how to fix it: empty text, text with
 * no sentence, binary data, text over `MAX_ARTICLE_CHARS`, a malformed
 * `datePublished`, a non-English `lang`, or a value of the wrong type.
 */
export function checkArticle(article: Article): Article {
  if (article === null || typeof article !== 'object' || Array.isArray(article)) {
    throw new ArticleError('bad-format', 'an article must be an object with a "text" string');
  }
  const raw = article as unknown as Record<string, unknown>;
  if (typeof raw.text !== 'string') {
    throw new ArticleError(
      'bad-format',
      raw.text === undefined
        ? 'the article has no "text": give the article body as a string in "text"'
        : `article.text must be a string, not ${Array.isArray(raw.text) ? 'an array' : typeof raw.text}`,
    );
  }
  let text = raw.text.replace(/\r\n?/g, '\n');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  if (text.includes('\0')) {
    throw new ArticleError('binary', 'the input is binary, not text (it contains NUL bytes): give a UTF-8 text, HTML or JSON file');
  }
  const sample = text.slice(0, 20_000);
  // C0/C1 controls (but tab, LF, CR and FF) and U+FFFD make text look binary.
  const bad = sample.match(/[\0-\b\v\x0e-\x1f\x7f-\x9f\ufffd]/g)?.length ?? 0;
  if (bad / sample.length > 0.02) {
    throw new ArticleError(
      'binary',
      `the input does not look like text (${Math.round((bad / sample.length) * 100)}% control or undecodable characters): give a UTF-8 text, HTML or JSON file`,
    );
  }
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new ArticleError(
      'too-long',
      `the article text is ${text.length.toLocaleString('en-US')} characters long, over the limit of ${MAX_ARTICLE_CHARS.toLocaleString('en-US')}: give one article's body alone, without comments or other pages`,
    );
  }
  if (text.trim() === '') {
    throw new ArticleError('empty', 'the article text is empty: give the article body (a .txt file is the title on line 1, a blank line, then the body)');
  }
  if (!hasSentence(text)) {
    throw new ArticleError(
      'no-sentences',
      'the article text has no sentences (no run of words ending in ".", "!" or "?"): give the article body as running prose, not a list of headlines or keywords',
    );
  }

  const out: Article = { text };
  const title = optionalString(raw, 'title');
  if (title !== undefined) out.title = title.replace(/\s+/g, ' ');

  const date = optionalString(raw, 'datePublished');
  if (date !== undefined) {
    const iso = normaliseDate(date);
    if (!iso) {
      throw new ArticleError(
        'bad-date',
        `datePublished '${date.length > 40 ? date.slice(0, 40) + '…' : date}' is not a real date: write it as YYYY-MM-DD, e.g. 2024-01-05`,
      );
    }
    out.datePublished = iso;
  }

  const url = optionalString(raw, 'url');
  if (url !== undefined) out.url = url;

  const lang = optionalString(raw, 'lang');
  if (lang !== undefined) {
    const primary = lang.split(/[-_]/)[0]!.toLowerCase();
    if (primary !== 'en' && primary !== 'eng') {
      throw new ArticleError('unsupported-language', `unsupported language '${lang}': the builder reads English articles only`);
    }
    out.lang = lang;
  }
  return out;
}

/** Splits a plain-text article: title on line 1, a blank line, then the body. */
function textToArticle(input: string): Article {
  const text = input.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const m = /^([^\n]*)\n[ \t]*\n/.exec(text);
  if (m) {
    const first = m[1]!.trim();
    const words = first.split(/\s+/).length;
    if (first && first.length <= MAX_TITLE_CHARS && words <= 30) {
      const body = text.slice(m[0].length).replace(/^([ \t]*\n)+/, '');
      return { text: body, title: first };
    }
  }
  return { text };
}

function looksLikeHtml(s: string): boolean {
  return /<(p|div|br|span|a|em|strong|b|i)\b[^>]*>/i.test(s);
}

/** Maps our Article JSON or a schema.org article to an Article (unchecked). */
function jsonToArticle(input: string): Article {
  let json: unknown;
  try {
    json = JSON.parse(input.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new ArticleError('bad-json', `not valid JSON (${detail}): give an Article {"text": ...} or a schema.org NewsArticle`);
  }
  if (json && typeof json === 'object' && !Array.isArray(json) && 'text' in json) {
    return json as Article;
  }
  const node = findSchemaArticle(json);
  if (!node) {
    throw new ArticleError(
      'bad-format',
      'the JSON is neither an Article ({"text": "..."}) nor a schema.org NewsArticle/Article with "articleBody"',
    );
  }
  let body = node.articleBody;
  if (Array.isArray(body)) body = body.filter((b) => typeof b === 'string').join('\n\n');
  if (typeof body !== 'string') {
    throw new ArticleError(
      'bad-format',
      `the schema.org ${schemaText(node['@type']) ?? 'article'} has no "articleBody" text: add the article body to it, or give the article as text or HTML`,
    );
  }
  if (looksLikeHtml(body)) body = htmlToArticle(body).text;

  const article: Article = { text: body as string };
  const title = schemaText(node.headline) ?? schemaText(node.name);
  if (title) article.title = title;
  const date = node.datePublished ?? node.dateCreated;
  if (date !== undefined && date !== null) {
    if (typeof date !== 'string') throw new ArticleError('bad-date', 'datePublished must be a string like 2024-01-05');
    article.datePublished = date;
  }
  const url = schemaText(node.url) ?? schemaText(node.mainEntityOfPage);
  if (url) article.url = url;
  const lang = schemaText(node.inLanguage, ['alternateName', 'name']);
  if (lang) article.lang = lang;
  return article;
}

/**
 * Parses an article given as plain text (title on line 1, a blank line, then
 * the body; without that blank line, or when line 1 is too long for a
 * headline — over 200 characters or 30 words — the whole input is the body), HTML (the
 * article body only, furniture dropped) or JSON (our Article shape, or a
 * schema.org NewsArticle/Article/ReportageNewsArticle, also inside `@graph`
 * or an array), then checks it with `checkArticle`.
 *
 * `overrides` replace fields before the check (the CLI's `--published`).
 */
export function parseArticle(input: string, format: ArticleFormat, overrides?: Partial<Article>): Article {
  if (typeof input !== 'string') throw new ArticleError('bad-format', 'the input must be a string');
  // Binary input is reported as such whatever the format (not as bad JSON or empty HTML).
  if (input.includes('\0')) checkArticle({ text: input });
  let article: Article;
  switch (format) {
    case 'text':
      article = textToArticle(input);
      break;
    case 'html':
      article = htmlToArticle(input);
      break;
    case 'json':
      article = jsonToArticle(input);
      break;
    default:
      throw new ArticleError('bad-format', `unknown article format '${String(format)}': use text, html or json`);
  }
  if (overrides) article = { ...article, ...overrides };
  return checkArticle(article);
}

/**
 * Picks the format of an input: by file extension (.txt, .html/.htm, .json),
 * else by sniffing the content (for stdin or other extensions).
 */
export function detectFormat(fileName: string | undefined, input: string): ArticleFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'text') return 'text';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'json' || ext === 'jsonld') return 'json';
  const head = input.replace(/^\uFEFF/, '').trimStart().slice(0, 2000);
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('[')) {
    try {
      JSON.parse(input.replace(/^\uFEFF/, ''));
      return 'json';
    } catch {
      return 'text';
    }
  }
  if (/^<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|\?xml|!--)/i.test(head)) return 'html';
  if (/^</.test(head) && /<\/?(p|div|article|section|main|body|span|h[1-6])[\s>]/i.test(head)) return 'html';
  return 'text';
}
