/**
 * A tiny HTML-to-article extractor: a linear tokenizer, a forgiving tree
 * builder and a body picker. Pure TypeScript, no DOM: it runs in Node,
 * browsers and workers alike. It never executes anything: script contents are
 * skipped as raw text (JSON-LD blocks are read with `JSON.parse` only).
 */
import type { Article } from './types.js';
import { ARTICLE_TYPES, isFurnitureName } from './furniture.js';
import { textBlocks } from './text-blocks.js';

/** An element of the lightweight tree. */
interface El {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: El | null;
  /** Memo: this element is furniture. */
  dropped?: boolean;
  /** Memo: this element or an ancestor is furniture. */
  insideDropped?: boolean;
  /** Characters of `<p>` text inside this element. */
  paragraphs?: number;
  /** Characters of real (non-furniture, non-link) paragraph text inside this element. */
  weight?: number;
}

/** Deepest nesting kept (as in browsers' tree builders); deeper tags are flattened. */
const MAX_DEPTH = 256;
type Node = El | string;

/** Elements with no content and no end tag. */
const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'keygen', 'frame',
]);

/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

/** Block elements: their text stands apart from its neighbours. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'caption',
]);

/** Elements that close an open `<p>` when they start. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main',
  'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);

/** Elements never part of an article body. */
const DROP_TAGS = new Set([
  'nav', 'header', 'footer', 'aside', 'script', 'style', 'noscript', 'template', 'figure', 'figcaption', 'form',
  'button', 'svg', 'math', 'iframe', 'object', 'embed', 'select', 'textarea', 'input', 'canvas', 'video', 'audio',
  'picture', 'img', 'dialog', 'menu', 'head', 'title', 'label', 'h1', 'noembed', 'noframes', 'xmp',
]);

/** ARIA roles of page furniture. */
const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert', 'toolbar']);


/** Elements whose text is running prose, where a <time> is part of a sentence. */
const INLINE_HOSTS = new Set([
  'p', 'li', 'blockquote', 'q', 'span', 'a', 'em', 'strong', 'b', 'i', 'u', 'td', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6',
  'cite', 'small', 'mark', 'abbr', 'sup', 'sub',
]);

/** Containers whose class names never make them furniture (they hold the whole page). */
const STRUCTURAL = new Set(['#root', 'html', 'body', 'main', 'article']);

export { ARTICLE_TYPES } from './furniture.js';

// ---------------------------------------------------------------------------
// Entities

/** Latin-1 entity names for code points 160..255, in order. */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute ' +
  'micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig ' +
  'Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash ' +
  'Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ' +
  'ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc ' +
  'uuml yacute thorn yuml';

/** Other common named entities. */
const OTHER_ENTITIES: Record<string, number> = {
  amp: 38, lt: 60, gt: 62, quot: 34, apos: 39, ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018, rsquo: 0x2019,
  sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d, bdquo: 0x201e, hellip: 0x2026, bull: 0x2022, prime: 0x2032,
  Prime: 0x2033, euro: 0x20ac, trade: 0x2122, larr: 0x2190, rarr: 0x2192, uarr: 0x2191, darr: 0x2193,
  minus: 0x2212, thinsp: 0x2009, ensp: 0x2002, emsp: 0x2003, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e,
  rlm: 0x200f, dagger: 0x2020, Dagger: 0x2021, permil: 0x2030, lsaquo: 0x2039, rsaquo: 0x203a, OElig: 0x152,
  oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192, circ: 0x2c6, tilde: 0x2dc,
  le: 0x2264, ge: 0x2265, ne: 0x2260, asymp: 0x2248, infin: 0x221e, hyphen: 0x2010, dash: 0x2010,
  NewLine: 10, Tab: 9, nbhy: 0x2011, numsp: 0x2007, puncsp: 0x2008, hairsp: 0x200a, half: 0xbd,
};

/** Windows-1252 meanings of numeric references 128..159, as browsers decode them. */
const CP1252: Record<number, number> = {
  128: 0x20ac, 130: 0x201a, 131: 0x192, 132: 0x201e, 133: 0x2026, 134: 0x2020, 135: 0x2021, 136: 0x2c6,
  137: 0x2030, 138: 0x160, 139: 0x2039, 140: 0x152, 142: 0x17d, 145: 0x2018, 146: 0x2019, 147: 0x201c,
  148: 0x201d, 149: 0x2022, 150: 0x2013, 151: 0x2014, 152: 0x2dc, 153: 0x2122, 154: 0x161, 155: 0x203a,
  156: 0x153, 158: 0x17e, 159: 0x178,
};

let entityTable: Map<string, number> | undefined;

function entities(): Map<string, number> {
  if (!entityTable) {
    entityTable = new Map(Object.entries(OTHER_ENTITIES));
    LATIN1.split(' ').forEach((name, i) => entityTable!.set(name, 160 + i));
  }
  return entityTable;
}

/** Entities browsers also decode without their `;`. */
const NO_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

function codePointText(cp: number): string {
  if (cp >= 128 && cp <= 159) cp = CP1252[cp] ?? 0xfffd;
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) cp = 0xfffd;
  return String.fromCodePoint(cp);
}

/** Decodes HTML character references: common named ones and all numeric ones. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g, (m, dec?: string, hex?: string, name?: string, semi?: string) => {
    if (dec !== undefined) return codePointText(parseInt(dec, 10));
    if (hex !== undefined) return codePointText(parseInt(hex, 16));
    const cp = entities().get(name!);
    if (cp === undefined) return m;
    if (!semi && !NO_SEMICOLON.has(name!)) return m;
    return String.fromCodePoint(cp);
  });
}

// ---------------------------------------------------------------------------
// Tokenizer + tree

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

/** Reads a tag's attributes from `s` starting at `i`; returns them and the index after `>`. */
function readAttrs(s: string, i: number): { attrs: Record<string, string>; end: number; selfClosing: boolean } {
  const attrs: Record<string, string> = {};
  const n = s.length;
  let selfClosing = false;
  while (i < n) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const c = s[i];
    if (c === '>') return { attrs, end: i + 1, selfClosing };
    if (c === '/') {
      selfClosing = s[i + 1] === '>';
      i++;
      continue;
    }
    const nameStart = i;
    while (i < n) {
      const ch = s.charCodeAt(i);
      if (isSpace(ch) || ch === 61 /* = */ || ch === 62 /* > */ || (ch === 47 /* / */ && i > nameStart)) break;
      i++;
    }
    const name = s.slice(nameStart, i).toLowerCase();
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    let value = '';
    if (s[i] === '=') {
      i++;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      const q = s[i];
      if (q === '"' || q === "'") {
        const close = s.indexOf(q, i + 1);
        const stop = close < 0 ? n : close;
        value = s.slice(i + 1, stop);
        i = stop + 1;
      } else {
        const vs = i;
        while (i < n && !isSpace(s.charCodeAt(i)) && s[i] !== '>') i++;
        value = s.slice(vs, i);
      }
    }
    if (name && !(name in attrs)) attrs[name] = decodeEntities(value);
  }
  return { attrs, end: n, selfClosing };
}

/** Finds the case-insensitive end tag `</tag` from `from`; returns its index or -1. */
function findEndTag(lower: string, tag: string, from: number): number {
  const needle = '</' + tag;
  let at = lower.indexOf(needle, from);
  while (at >= 0) {
    const after = lower.charCodeAt(at + needle.length);
    if (Number.isNaN(after) || isSpace(after) || after === 62 || after === 47) return at;
    at = lower.indexOf(needle, at + 1);
  }
  return -1;
}

/** Builds a forgiving element tree from any string in one linear pass. */
function parseTree(html: string): El {
  const root: El = { tag: '#root', attrs: {}, children: [], parent: null };
  const stack: El[] = [root];
  const top = () => stack[stack.length - 1]!;
  let lower: string | undefined;
  const n = html.length;
  let i = 0;
  let textStart = 0;

  const flushText = (end: number) => {
    if (end > textStart) top().children.push(html.slice(textStart, end));
  };
  const closeTo = (index: number) => {
    stack.length = index;
  };
  const closeTag = (tag: string) => {
    const inline = !BLOCK.has(tag);
    for (let k = stack.length - 1; k > 0; k--) {
      const t = stack[k]!.tag;
      if (t === tag) {
        closeTo(k);
        return;
      }
      // As in browsers, a stray inline end tag never closes a block around it.
      if (inline && BLOCK.has(t)) return;
    }
  };
  const closeOpenP = () => {
    for (let k = stack.length - 1; k > 0; k--) {
      const t = stack[k]!.tag;
      if (t === 'p') {
        closeTo(k);
        return;
      }
      if (BLOCK.has(t)) return;
    }
  };

  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      flushText(lt);
      if (html.startsWith('<!--', lt)) {
        const end = html.indexOf('-->', lt + 4);
        i = end < 0 ? n : end + 3;
      } else if (html.startsWith('<![CDATA[', lt)) {
        const end = html.indexOf(']]>', lt + 9);
        const stop = end < 0 ? n : end;
        top().children.push(html.slice(lt + 9, stop).replace(/&/g, '&amp;'));
        i = end < 0 ? n : end + 3;
      } else {
        const end = html.indexOf('>', lt + 2);
        i = end < 0 ? n : end + 1;
      }
      textStart = i;
      continue;
    }
    if (next === 63 /* ? */) {
      flushText(lt);
      const end = html.indexOf('>', lt + 2);
      i = end < 0 ? n : end + 1;
      textStart = i;
      continue;
    }
    const isEnd = next === 47; /* / */
    const nameAt = isEnd ? lt + 2 : lt + 1;
    if (!isNameStart(html.charCodeAt(nameAt))) {
      if (isEnd && html[nameAt] === '>') {
        flushText(lt);
        i = textStart = nameAt + 1;
        continue;
      }
      i = lt + 1; // a lone "<" is text
      continue;
    }
    flushText(lt);
    let j = nameAt;
    while (j < n) {
      const ch = html.charCodeAt(j);
      if (isSpace(ch) || ch === 62 || ch === 47) break;
      j++;
    }
    const tag = html.slice(nameAt, j).toLowerCase();
    const { attrs, end, selfClosing } = readAttrs(html, j);
    i = textStart = end;
    if (isEnd) {
      if (tag === 'p' && !stack.some((e) => e.tag === 'p')) continue;
      closeTag(tag);
      continue;
    }
    if (CLOSES_P.has(tag)) closeOpenP();
    if (tag === 'li' || tag === 'dt' || tag === 'dd' || tag === 'option' || tag === 'tr' || tag === 'td' || tag === 'th') {
      // Implicitly close a sibling of the same family.
      const family = tag === 'dd' || tag === 'dt' ? ['dd', 'dt'] : tag === 'td' || tag === 'th' ? ['td', 'th'] : [tag];
      const stopAt = tag === 'li' ? ['ul', 'ol', 'menu'] : tag === 'tr' ? ['table', 'tbody', 'thead', 'tfoot'] : tag === 'td' || tag === 'th' ? ['tr', 'table'] : ['dl', 'select'];
      for (let k = stack.length - 1; k > 0; k--) {
        const t = stack[k]!.tag;
        if (family.includes(t)) {
          closeTo(k);
          break;
        }
        if (stopAt.includes(t)) break;
      }
    }
    const el: El = { tag, attrs, children: [], parent: top() };
    top().children.push(el);
    if (VOID.has(tag) || selfClosing && !RAW_TEXT.has(tag) && tag !== 'p' && !BLOCK.has(tag)) continue;
    if (RAW_TEXT.has(tag)) {
      lower ??= html.toLowerCase();
      const close = findEndTag(lower, tag, i);
      const stop = close < 0 ? n : close;
      if (stop > i) el.children.push(html.slice(i, stop));
      if (close < 0) {
        i = textStart = n;
      } else {
        const gt = html.indexOf('>', close);
        i = textStart = gt < 0 ? n : gt + 1;
      }
      continue;
    }
    if (stack.length < MAX_DEPTH) stack.push(el);
    else {
      // Too deep: keep the element empty and let its content flow into the parent.
      el.children = [];
    }
  }
  textStart = Math.min(textStart, n);
  flushText(n);
  return root;
}

// ---------------------------------------------------------------------------
// Tree helpers

function* walk(el: El): Generator<El> {
  const todo: El[] = [el];
  while (todo.length) {
    const e = todo.pop()!;
    yield e;
    for (let k = e.children.length - 1; k >= 0; k--) {
      const c = e.children[k]!;
      if (typeof c !== 'string') todo.push(c);
    }
  }
}

function rawText(el: El): string {
  let out = '';
  const todo: Node[] = [el];
  while (todo.length) {
    const n = todo.pop()!;
    if (typeof n === 'string') out += n;
    else for (let k = n.children.length - 1; k >= 0; k--) todo.push(n.children[k]!);
  }
  return out;
}

/** Collapses HTML whitespace (not NBSP) to single spaces. */
function collapse(s: string): string {
  return s.replace(/[ \t\n\r\f]+/g, ' ');
}

function inlineText(el: El): string {
  return collapse(decodeEntities(rawText(el))).trim();
}


/** True for elements that are page furniture, never article text. */
function isDropped(el: El): boolean {
  el.dropped ??= computeDropped(el);
  return el.dropped;
}

function computeDropped(el: El): boolean {
  if (DROP_TAGS.has(el.tag)) return true;
  const a = el.attrs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  if (a.role && DROP_ROLES.has(a.role.toLowerCase())) return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style ?? '')) return true;
  if (a.itemprop && /articlebody/i.test(a.itemprop)) return false;
  // A <time> standing alone (a dateline), not inside running text.
  if (el.tag === 'time' && el.parent && !INLINE_HOSTS.has(el.parent.tag)) return true;
  if (STRUCTURAL.has(el.tag)) return false;
  const named =
    isFurnitureName(a.class) || isFurnitureName(a.id) || isFurnitureName(a['data-component']) || isFurnitureName(a['data-testid']);
  // A furniture-sounding wrapper that holds most of the page's paragraphs is a layout box, not furniture.
  return named && !(el.paragraphs !== undefined && el.paragraphs > 0.5 * (rootOf(el).paragraphs ?? 0));
}

function rootOf(el: El): El {
  let e = el;
  while (e.parent) e = e.parent;
  return e;
}

/** Stores on every element the length of paragraph text inside it (furniture not yet known). */
function countParagraphs(root: El): void {
  for (const e of walk(root)) {
    if (e.tag !== 'p') continue;
    const len = collapse(rawText(e)).trim().length;
    for (let a: El | null = e; a; a = a.parent) a.paragraphs = (a.paragraphs ?? 0) + len;
  }
}

/** Renders the text of a body element: blocks joined with "\n\n", `<br>` as "\n". */
function renderText(root: El): string {
  const out = textBlocks();
  const visit = (el: El, isRoot: boolean) => {
    if (!isRoot && isDropped(el)) return;
    const block = BLOCK.has(el.tag);
    if (block) out.flush();
    for (const c of el.children) {
      if (typeof c === 'string') out.add(collapse(decodeEntities(c)).replace(/[\u00ad\u200b\ufeff]/g, ''));
      else if (c.tag === 'br') out.add('\n');
      else visit(c, false);
    }
    if (block) out.flush();
  };
  visit(root, true);
  return out.done();
}

/** Length of the visible text of a paragraph, link text left out (link lists are furniture). */
function paragraphWeight(p: El): number {
  let text = 0;
  const todo: [El, boolean][] = [[p, false]];
  while (todo.length) {
    const [e, inLink] = todo.pop()!;
    for (const c of e.children) {
      if (typeof c === 'string') {
        if (!inLink) text += collapse(c).trim().length;
      } else if (!isDropped(c)) {
        todo.push([c, inLink || c.tag === 'a']);
      }
    }
  }
  return text;
}

/** True when the element or one of its ancestors is furniture. */
function isInsideDropped(el: El): boolean {
  if (el.insideDropped === undefined) {
    el.insideDropped = isDropped(el) || (el.parent ? isInsideDropped(el.parent) : false);
  }
  return el.insideDropped;
}

/** Picks the element holding the article body. */
function pickBody(root: El): El {
  countParagraphs(root);
  const all = [...walk(root)];
  const bodyProp = all.find((e) => /\barticlebody\b/i.test(e.attrs.itemprop ?? ''));
  if (bodyProp) return bodyProp;

  // Score parents (fully) and grandparents (half) of each paragraph by its text;
  // `weight` keeps every element's total of real paragraph text.
  const score = new Map<El, number>();
  const add = (e: El | null, w: number) => {
    if (e) score.set(e, (score.get(e) ?? 0) + w);
  };
  for (const e of all) {
    if (e.tag !== 'p' || isInsideDropped(e)) continue;
    const w = paragraphWeight(e);
    if (w < 25) continue;
    add(e.parent, w);
    add(e.parent?.parent ?? null, w / 2);
    for (let a: El | null = e; a; a = a.parent) a.weight = (a.weight ?? 0) + w;
  }
  let cluster: El | undefined;
  let best = 0;
  for (const [e, s] of score) {
    if (s > best) {
      best = s;
      cluster = e;
    }
  }
  // One block of a body built from repeated blocks (a <div> per paragraph, or
  // columns of paragraphs): climb to the container of its same-shaped siblings.
  for (let k = 0; cluster?.parent && cluster.parent !== root && k < 6; k++) {
    const c: El = cluster;
    const sig = signature(c);
    const repeated = c.parent!.children.some((s) => typeof s !== 'string' && s !== c && (s.weight ?? 0) > 0 && signature(s) === sig);
    if (!repeated) break;
    cluster = c.parent!;
  }

  // Among <article> elements, the one with the most paragraph text wins, unless
  // it holds only a small part of the main cluster (a teaser card).
  let article: El | undefined;
  let articleText = -1;
  for (const e of all) {
    if (e.tag !== 'article' || (e.parent && isInsideDropped(e.parent))) continue;
    const t = e.weight ?? 0;
    if (t > articleText) {
      articleText = t;
      article = e;
    }
  }
  const clusterText = cluster?.weight ?? 0;
  if (article && (!cluster || articleText >= clusterText * 0.5 || contains(article, cluster))) return article;
  if (cluster) return cluster;
  return all.find((e) => e.tag === 'main') ?? all.find((e) => e.tag === 'body') ?? root;
}

/** Tag, class and component name: what repeated blocks of one body share. */
function signature(e: El): string {
  return `${e.tag}|${e.attrs.class ?? ''}|${e.attrs['data-component'] ?? ''}`;
}

function contains(outer: El, inner: El): boolean {
  for (let e: El | null = inner; e; e = e.parent) if (e === outer) return true;
  return false;
}

// ---------------------------------------------------------------------------
// Metadata

/** A date string's `YYYY-MM-DD` part, when it starts with a plausible one. */
function datePart(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value);
  return m ? m[1] : undefined;
}

function typesOf(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

/**
 * Finds the first schema.org article object in parsed JSON(-LD): the value
 * itself, an array member or a `@graph` member (searched a few levels deep).
 */
export function findSchemaArticle(json: unknown, depth = 0): Record<string, unknown> | undefined {
  if (depth > 4 || json === null || typeof json !== 'object') return undefined;
  if (Array.isArray(json)) {
    for (const item of json) {
      const found = findSchemaArticle(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const node = json as Record<string, unknown>;
  if (typesOf(node).some((t) => ARTICLE_TYPES.has(t))) return node;
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    const found = findSchemaArticle(node[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** A string value of a schema.org property that may be text, an object or a list. */
export function schemaText(value: unknown, keys: readonly string[] = ['@id', 'url', 'name']): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return schemaText(value[0], keys);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k of keys) {
      if (typeof o[k] === 'string' && o[k]) return (o[k] as string).trim();
    }
  }
  return undefined;
}

function metaContent(all: El[], keys: string[]): string | undefined {
  for (const key of keys) {
    for (const e of all) {
      if (e.tag !== 'meta') continue;
      const k = (e.attrs.property ?? e.attrs.name ?? e.attrs.itemprop ?? '').toLowerCase();
      if (k === key && e.attrs.content?.trim()) return e.attrs.content.trim();
    }
  }
  return undefined;
}

/**
 * Extracts an article from an HTML page: the body text only (navigation,
 * share bars, captions, related links, ads and scripts dropped; blocks
 * joined with a blank line), and its title, publication date, URL and
 * language from the markup and its JSON-LD. The result is not yet checked:
 * `parseArticle` runs `checkArticle` on it.
 */
export function htmlToArticle(html: string): Article {
  const root = parseTree(html);
  const all = [...walk(root)];

  let ld: Record<string, unknown> | undefined;
  for (const e of all) {
    if (e.tag !== 'script' || !/ld\+json/i.test(e.attrs.type ?? '')) continue;
    try {
      ld = findSchemaArticle(JSON.parse(rawText(e).trim()));
    } catch {
      // A broken JSON-LD block is ignored: the markup still has the article.
    }
    if (ld) break;
  }

  const body = pickBody(root);
  let text = renderText(body);
  if (!text.trim() && typeof ld?.articleBody === 'string') text = ld.articleBody.trim();

  const firstH1 = (within: El) => {
    for (const e of walk(within)) if (e.tag === 'h1') return inlineText(e) || undefined;
    return undefined;
  };
  const articleEl = body.tag === 'article' ? body : (() => {
    for (let e: El | null = body; e; e = e.parent) if (e.tag === 'article') return e;
    return undefined;
  })();
  const titleEl = all.find((e) => e.tag === 'title');
  const title =
    (articleEl && firstH1(articleEl)) ??
    firstH1(body) ??
    metaContent(all, ['og:title', 'twitter:title']) ??
    schemaText(ld?.headline) ??
    firstH1(root) ??
    (titleEl ? inlineText(titleEl) || undefined : undefined);

  const timeEls = (within: El | undefined) => (within ? [...walk(within)] : []).filter((e) => e.tag === 'time');
  const dateCandidates: unknown[] = [
    ld?.datePublished,
    metaContent(all, ['article:published_time', 'datepublished', 'og:published_time', 'date', 'pubdate', 'publish-date', 'dc.date.issued', 'dc.date', 'parsely-pub-date', 'sailthru.date']),
    ...timeEls(articleEl).map((e) => e.attrs.datetime),
    ...all.filter((e) => e.tag === 'time').map((e) => e.attrs.datetime),
    ld?.dateCreated,
  ];
  let datePublished: string | undefined;
  for (const c of dateCandidates) {
    datePublished = datePart(c);
    if (datePublished) break;
  }

  const canonical = all.find((e) => e.tag === 'link' && /(^|\s)canonical(\s|$)/i.test(e.attrs.rel ?? '') && e.attrs.href?.trim());
  const url = canonical?.attrs.href?.trim() ?? metaContent(all, ['og:url']) ?? schemaText(ld?.url) ?? schemaText(ld?.mainEntityOfPage);

  const htmlEl = all.find((e) => e.tag === 'html');
  const lang =
    htmlEl?.attrs.lang?.trim() ||
    htmlEl?.attrs['xml:lang']?.trim() ||
    schemaText(ld?.inLanguage, ['alternateName', 'name']) ||
    metaContent(all, ['og:locale'])?.replace('_', '-') ||
    undefined;

  const article: Article = { text };
  if (title) article.title = title;
  if (datePublished) article.datePublished = datePublished;
  if (url) article.url = url;
  if (lang) article.lang = lang;
  return article;
}
