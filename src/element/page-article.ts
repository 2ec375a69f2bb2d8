/**
 * Finds the article a `<news-quiz>` stands in (or names with `for`) and reads
 * it from the live DOM into an {@link Article}: the body text without page
 * furniture (captions, share bars, related links, ads, navigation, hidden
 * text), and its headline, publication date, URL and language from JSON-LD,
 * then `<meta>` tags, then the document. Reads only; never changes the page.
 */
import type { Article } from '../core/types.js';
import { ARTICLE_TYPES, isFurnitureName } from '../core/furniture.js';
import { textBlocks } from '../core/text-blocks.js';

/** Why no article could be read from the page. */
export type PageArticleErrorCode =
  /** No `<article>`, `[itemprop="articleBody"]` or JSON-LD `articleBody` around or before the quiz. */
  | 'no-article'
  /** `for="x"` names no element of the page. */
  | 'not-found-for'
  /** The article element was found but holds no readable text. */
  | 'empty'
  /** The article's language is one the builder cannot read. */
  | 'unsupported-language';

/** The page has no article the quiz can read; `message` is fit to show to readers and publishers. */
export class PageArticleError extends Error {
  /** Machine-readable reason, e.g. to pick a translated message. */
  readonly code: PageArticleErrorCode;

  constructor(code: PageArticleErrorCode, message: string) {
    super(message);
    this.name = 'PageArticleError';
    this.code = code;
  }
}

/** An article read from the page, and the element its text came from (where sentences can be highlighted). */
export interface PageArticle {
  article: Article;
  root: Element;
}

/** Elements never part of an article body. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGURE', 'FIGCAPTION', 'ASIDE', 'NAV', 'HEADER', 'FOOTER', 'FORM',
  'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'LABEL', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO',
  'CANVAS', 'PICTURE', 'IMG', 'DIALOG', 'MENU', 'H1', 'NEWS-QUIZ', 'ADDRESS',
]);

/** ARIA roles of page furniture. */
const SKIP_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert', 'toolbar',
  'button', 'form',
]);


/** Containers whose class never makes them furniture (they hold the story). */
const STRUCTURAL = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** Inline parents where a `<time>` is part of a sentence, not a dateline. */
const INLINE_HOSTS = new Set([
  'P', 'LI', 'BLOCKQUOTE', 'Q', 'SPAN', 'A', 'EM', 'STRONG', 'B', 'I', 'U', 'TD', 'DD', 'H2', 'H3', 'H4', 'H5', 'H6',
  'CITE', 'SMALL', 'MARK', 'ABBR', 'SUP', 'SUB', 'DT', 'TH',
]);

/** Elements whose text stands apart from its neighbours: each becomes its own paragraph. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'HTML', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL', 'CAPTION',
]);


/** What selects an article container. */
const ARTICLE_SELECTOR = 'article, [itemprop~="articleBody" i]';
const BODY_SELECTOR = '[itemprop~="articleBody" i]';

export { isFurnitureName };

/**
 * True for an element that is page furniture or hidden, never article text:
 * figures and captions, asides, navigation, scripts, forms and buttons,
 * `[hidden]`, `[aria-hidden="true"]`, inline `display: none`, furniture ARIA
 * roles, and share bars, related links, ads, credits and bylines by their
 * class or id. (Only the element itself is tested, not its ancestors.)
 */
export function isFurniture(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role.trim().toLowerCase())) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (/\barticlebody\b/i.test(el.getAttribute('itemprop') ?? '')) return false;
  if (tag === 'TIME' && !INLINE_HOSTS.has(el.parentElement?.tagName.toUpperCase() ?? '')) return true;
  if (STRUCTURAL.has(tag)) return false;
  return isFurnitureName(el.getAttribute('class')) || isFurnitureName(el.id) || isFurnitureName(el.getAttribute('data-component'));
}

/** True when `el` or an ancestor up to (not including) `stop` is furniture. */
function insideFurniture(el: Element, stop: Element | null): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) if (isFurniture(e)) return true;
  return false;
}

/** Collapses HTML whitespace (not NBSP) and drops soft hyphens and zero-width characters. */
function clean(s: string): string {
  return s.replace(/[ \t\n\r\f]+/g, ' ').replace(/[\u00ad\u200b\ufeff]/g, '');
}

/**
 * The readable text of `root`: furniture skipped, each block element its own
 * paragraph (paragraphs separated by a blank line, as in a plain-text
 * article and as the core's HTML reader does), `<br>` a line break.
 * `skip` (the quiz's own box) is left out too.
 */
export function readableText(root: Element, skip?: Element | null): string {
  const out = textBlocks();
  const visit = (el: Element, isRoot: boolean) => {
    if (!isRoot && (el === skip || isFurniture(el))) return;
    const tag = el.tagName.toUpperCase();
    const block = BLOCKS.has(tag);
    if (block) out.flush();
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.add(clean((c as Text).data));
      else if (c.nodeType === 1) {
        if ((c as Element).tagName.toUpperCase() === 'BR') out.add('\n');
        else visit(c as Element, false);
      }
    }
    if (block) out.flush();
  };
  visit(root, true);
  return out.done();
}

// ---------------------------------------------------------------------------
// JSON-LD and meta tags

type Json = Record<string, unknown>;

function typesOf(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

/** Every schema.org article object in parsed JSON-LD (arrays, `@graph`, `mainEntity`), a few levels deep. */
function schemaArticles(json: unknown, out: Json[], depth = 0): void {
  if (depth > 4 || json === null || typeof json !== 'object') return;
  if (Array.isArray(json)) {
    for (const item of json) schemaArticles(item, out, depth + 1);
    return;
  }
  const node = json as Json;
  if (typesOf(node).some((t) => ARTICLE_TYPES.has(t))) out.push(node);
  for (const key of ['@graph', 'mainEntity']) schemaArticles(node[key], out, depth + 1);
}

/** A text value of a schema.org property given as text, a list or an object. */
function schemaText(value: unknown, keys: readonly string[] = ['@id', 'url', 'name']): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return schemaText(value[0], keys);
  if (value && typeof value === 'object') {
    const o = value as Json;
    for (const k of keys) if (typeof o[k] === 'string' && (o[k] as string).trim()) return (o[k] as string).trim();
  }
  return undefined;
}

/** The schema.org article objects of the document's JSON-LD blocks (broken blocks ignored). */
function jsonLdArticles(doc: Document): Json[] {
  const out: Json[] = [];
  for (const s of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      schemaArticles(JSON.parse(s.textContent ?? ''), out);
    } catch {
      // A broken JSON-LD block is the publisher's bug; the markup still has the article.
    }
  }
  return out;
}

const norm = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The JSON-LD article that describes `heading` when there are several, else the first. */
function pickSchemaArticle(nodes: Json[], heading: string | undefined): Json | undefined {
  if (nodes.length > 1 && heading) {
    const h = norm(heading);
    const match = nodes.find((n) => norm(schemaText(n.headline) ?? schemaText(n.name)) === h);
    if (match) return match;
  }
  return nodes[0];
}

/** Content of the first `<meta property|name="key">` for the first key present. */
function meta(doc: Document, keys: readonly string[]): string | undefined {
  const metas = [...doc.querySelectorAll('meta[content]')];
  for (const key of keys) {
    for (const m of metas) {
      const k = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
      const v = m.getAttribute('content')?.trim();
      if (k === key && v) return v;
    }
  }
  return undefined;
}

/** `YYYY-MM-DD` from a date or timestamp string that starts with a real date. */
function dateOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** An absolute http(s) URL, or undefined. */
function absoluteUrl(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const u = new URL(value, base);
    return /^https?:$/.test(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------
// Finding the article

/** True when `a` comes before `b` in document order and does not contain it. */
function precedes(a: Node, b: Node): boolean {
  const pos = a.compareDocumentPosition(b);
  return (pos & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && (pos & Node.DOCUMENT_POSITION_CONTAINED_BY) === 0;
}

/** The article container around `host`, else the last one before it; containers inside furniture (teaser cards) are passed over. */
function nearestArticle(host: Element): Element | undefined {
  const doc = host.ownerDocument;
  const around = host.parentElement?.closest(ARTICLE_SELECTOR);
  if (around) return around;
  const before = [...doc.querySelectorAll(ARTICLE_SELECTOR)].filter((el) => precedes(el, host) && !insideFurniture(el, null));
  // Document order puts an articleBody after its <article>: the last one is the nearest. A teaser card
  // (a few words, or mostly a link to another page) is passed over when another candidate stands before it.
  for (let k = before.length - 1; k > 0; k--) if (!isTeaser(bodyOf(before[k]!))) return before[k];
  return before[0];
}

/** Fewer words than this make an `<article>` a teaser card, not a story. */
const MIN_STORY_WORDS = 15;

/** True for a teaser card: under {@link MIN_STORY_WORDS} words, or half its text or more is link text. */
function isTeaser(el: Element): boolean {
  const text = readableText(el);
  const words = wordCount(text);
  if (words < MIN_STORY_WORDS) return true;
  let linked = 0;
  for (const a of el.querySelectorAll('a[href]')) linked += wordCount(a.textContent ?? '');
  return linked * 2 >= words;
}

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * The box the quiz sits in inside `root` (a section with a "Quiz" heading):
 * its highest ancestor below `root` with under {@link MAX_BOX_CHARS} of other text.
 */
function quizBox(host: Element, root: Element): Element | null {
  if (!root.contains(host) || root === host) return null;
  let box: Element = host;
  for (let e = host.parentElement; e && e !== root; e = e.parentElement) {
    if (readableText(e, host).length >= MAX_BOX_CHARS) break;
    box = e;
  }
  return box;
}

/** Most text a wrapper around the quiz may hold and still be the quiz's own box. */
const MAX_BOX_CHARS = 100;

/** The element whose text is the story: the `[itemprop=articleBody]` inside an article, else the article itself. */
function bodyOf(container: Element): Element {
  if (container.matches(BODY_SELECTOR)) return container;
  return [...container.querySelectorAll(BODY_SELECTOR)].find((b) => !insideFurniture(b, container)) ?? container;
}

/** The text of an `articleBody` from JSON-LD: plain text, a list of paragraphs, or HTML. */
function jsonLdBody(node: Json | undefined): string | undefined {
  let body = node?.articleBody;
  if (Array.isArray(body)) body = body.filter((b) => typeof b === 'string').join('\n\n');
  if (typeof body !== 'string' || !body.trim()) return undefined;
  if (/<(p|div|br|span|a|em|strong|b|i)\b[^>]*>/i.test(body)) {
    // Parsed inert (no scripts run, no resources load) and read like the page.
    return readableText(new DOMParser().parseFromString(body, 'text/html').body);
  }
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n|\n/)
    .map((p) => p.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** The first `<h1>` inside `el`, as text. */
function headingIn(el: Element | null | undefined): string | undefined {
  const h = el?.querySelector('h1');
  const t = h ? clean(h.textContent ?? '').trim() : '';
  return t || undefined;
}

/**
 * Reads the metadata of the article at `root` (`container` is the enclosing
 * `<article>`, if any): JSON-LD first, then `<meta property="article:*">` and
 * `og:*`, then the document (the article's `<h1>`, `<title>`, the nearest
 * `lang`, the canonical link, the page address without its fragment).
 */
function metadata(doc: Document, root: Element, container: Element, ld: Json | undefined): Omit<Article, 'text'> {
  const out: Omit<Article, 'text'> = {};
  const article = container.closest('article') ?? root.closest('article');
  const title =
    schemaText(ld?.headline) ??
    schemaText(ld?.name) ??
    meta(doc, ['og:title', 'twitter:title']) ??
    headingIn(article) ??
    headingIn(root) ??
    (clean(doc.title).trim() || undefined);
  if (title) out.title = title;

  const date =
    dateOf(ld?.datePublished) ??
    dateOf(meta(doc, ['article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'dc.date.issued', 'dc.date'])) ??
    dateOf(article?.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    dateOf(ld?.dateCreated);
  if (date) out.datePublished = date;

  const base = doc.baseURI || doc.URL;
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? undefined;
  const here = doc.location ? doc.location.href.replace(/#.*$/, '') : undefined;
  const url =
    absoluteUrl(schemaText(ld?.url), base) ??
    absoluteUrl(schemaText(ld?.mainEntityOfPage), base) ??
    absoluteUrl(meta(doc, ['og:url']), base) ??
    absoluteUrl(canonical, base) ??
    absoluteUrl(here, base);
  if (url) out.url = url;

  const lang =
    schemaText(ld?.inLanguage, ['alternateName', 'name']) ??
    meta(doc, ['og:locale'])?.replace(/_/g, '-') ??
    (root.closest('[lang]')?.getAttribute('lang')?.trim() || undefined) ??
    (doc.documentElement.lang.trim() || undefined);
  if (lang) out.lang = lang;
  return out;
}

/** True for a language tag the builder reads (English, or none). */
function isSupportedLanguage(lang: string | undefined): boolean {
  if (!lang) return true;
  const primary = lang.split(/[-_]/)[0]!.toLowerCase();
  return primary === 'en' || primary === 'eng';
}

/**
 * Finds the article a quiz is about and reads it from the page.
 *
 * - With `forId`, the element with that id: an `[itemprop="articleBody"]`
 *   inside it is preferred (leaving out the headline block and byline).
 * - Else the nearest enclosing `<article>` or `[itemprop="articleBody"]`,
 *   else the nearest one before `host` in document order (passing over
 *   teaser cards inside related/aside boxes), else the `articleBody` of a
 *   schema.org article in the page's JSON-LD (then `root` is `<body>`).
 *
 * The text leaves out furniture ({@link isFurniture}) and the quiz itself.
 * Headline, publication date, URL and language come from JSON-LD, then meta
 * tags, then the document.
 *
 * @throws PageArticleError with code `not-found-for` (no element has the id),
 *   `no-article`, `empty` (the article has no readable text) or
 *   `unsupported-language` (not English).
 */
export function findPageArticle(host: Element, forId?: string | null): PageArticle {
  const doc = host.ownerDocument;
  const ldNodes = jsonLdArticles(doc);
  let container: Element | undefined;
  if (forId != null && forId.trim() !== '') {
    const id = forId.trim();
    container = doc.getElementById(id) ?? undefined;
    if (!container) {
      throw new PageArticleError(
        'not-found-for',
        `No article to quiz on: this quiz reads the element with id "${id}" (its for attribute), but the page has no element with that id.`,
      );
    }
  } else {
    container = nearestArticle(host);
  }

  let root: Element;
  let text: string;
  let ld: Json | undefined;
  if (container) {
    root = bodyOf(container);
    text = readableText(root, quizBox(host, root));
    ld = pickSchemaArticle(ldNodes, headingIn(container.closest('article') ?? container) ?? headingIn(root));
    if (!text.trim()) {
      // A container rendered empty (the body is filled in later, or only in JSON-LD).
      const fromLd = forId ? undefined : jsonLdBody(ld);
      if (!fromLd) {
        throw new PageArticleError(
          'empty',
          forId
            ? `No article to quiz on: the element with id "${forId.trim()}" has no readable text.`
            : 'No article to quiz on: the article on this page has no readable text.',
        );
      }
      text = fromLd;
    }
  } else {
    ld = ldNodes.find((n) => jsonLdBody(n));
    const fromLd = jsonLdBody(ld);
    if (!fromLd) {
      throw new PageArticleError(
        'no-article',
        'No article to quiz on: put the quiz inside or after the <article>, or give it for="id of the article".',
      );
    }
    root = doc.body ?? doc.documentElement;
    container = root;
    text = fromLd;
  }

  const article: Article = { text, ...metadata(doc, root, container, ld) };
  if (!isSupportedLanguage(article.lang)) {
    throw new PageArticleError(
      'unsupported-language',
      `This quiz cannot be built: the article is in a language the quiz builder does not read yet (lang="${article.lang}"); it reads English only.`,
    );
  }
  return { article, root };
}
