/**
 * "Read it in the article" on the page itself: finds a sentence in the
 * article's DOM (across links, emphasis and other inline elements), scrolls to
 * it and highlights it with the CSS Custom Highlight API. The page's DOM is
 * not rewrapped: only a `Highlight` range is registered (and, with `focus`, a
 * `tabindex="-1"` is added to the sentence's block so focus can move there).
 *
 * Publishers style it with `::highlight(news-quiz-source) { … }`; the default
 * style sits in a cascade layer, so any unlayered page rule wins.
 */
import { isFurniture } from './page-article.js';

/** The highlight name registered by default (style it with `::highlight(news-quiz-source)`). */
export const HIGHLIGHT_NAME = 'news-quiz-source';

/** Options of {@link highlightSentence}. */
export interface HighlightOptions {
  /** Move keyboard focus to the sentence's paragraph, so screen readers read on from there. Default: true. */
  focus?: boolean;
}

/** Elements whose text is never page text. */
const NEVER = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'NEWS-QUIZ']);

/** Inline elements: text on either side of them runs on in one line. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP',
  'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'INS', 'DEL',
]);

/** One character of the searchable text and where it stands in the DOM. */
interface Pos {
  node: Text;
  offset: number;
}

/**
 * Folds a character for matching: any whitespace (NBSP too) to a space,
 * curly quotes to straight ones, dashes to `-`, letters to lower case; one
 * character in, one out, so positions map back to the DOM.
 */
function fold(ch: string): string {
  if (/\s/.test(ch)) return ' ';
  if (ch === '\u2018' || ch === '\u2019' || ch === '\u201b' || ch === '\u2032') return "'";
  if (ch === '\u201c' || ch === '\u201d' || ch === '\u201e' || ch === '\u2033') return '"';
  if (ch === '\u2010' || ch === '\u2011' || ch === '\u2012' || ch === '\u2013' || ch === '\u2014' || ch === '\u2212') return '-';
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

/** Folds a whole needle the same way, whitespace runs collapsed and ends trimmed. */
function foldNeedle(s: string): string {
  let out = '';
  for (const ch of s.replace(/[\u00ad\u200b\ufeff]/g, '')) {
    const f = fold(ch);
    if (f === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += f;
  }
  return out.trimEnd();
}

/** The block element a node's text belongs to (its nearest non-inline ancestor). */
function blockOf(node: Node, root: Element): Element {
  let e = node.parentElement;
  while (e && e !== root && INLINE.has(e.tagName.toUpperCase())) e = e.parentElement;
  return e ?? root;
}

/**
 * The searchable text under `root` with the DOM position of each character:
 * whitespace collapsed, a space between blocks, hidden and script text left
 * out; with `skipFurniture`, captions, asides, share bars etc. left out too.
 */
function textMap(root: Element, skipFurniture: boolean): { text: string; pos: Pos[] } {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        const el = node as Element;
        if (NEVER.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden')) return NodeFilter.FILTER_REJECT;
        if (skipFurniture && el !== root && isFurniture(el)) return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  let text = '';
  const pos: Pos[] = [];
  let block: Element | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    const b = blockOf(t, root);
    if (block && b !== block && text !== '' && !text.endsWith(' ')) {
      text += ' ';
      pos.push({ node: t, offset: 0 });
    }
    block = b;
    const data = t.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (ch === '\u00ad' || ch === '\u200b' || ch === '\ufeff') continue;
      const f = fold(ch);
      if (f === ' ' && (text === '' || text.endsWith(' '))) continue;
      text += f;
      pos.push({ node: t, offset: i });
    }
  }
  return { text, pos };
}

/** A DOM range over `needle` in `root`'s text, or null. Body text is searched before furniture. */
export function findSentenceRange(root: Element, sentence: string): Range | null {
  const needle = foldNeedle(sentence.trim());
  if (!needle) return null;
  for (const skip of [true, false]) {
    const { text, pos } = textMap(root, skip);
    const at = text.indexOf(needle);
    if (at < 0) continue;
    const first = pos[at]!;
    const last = pos[at + needle.length - 1]!;
    const range = root.ownerDocument.createRange();
    range.setStart(first.node, first.offset);
    range.setEnd(last.node, last.offset + 1);
    return range;
  }
  return null;
}

type HighlightWindow = Window & { CSS?: typeof CSS; Highlight?: typeof Highlight };

/** True when the window (default: this one) has the CSS Custom Highlight API. */
export function supportsHighlights(win: Window | null = globalThis.window ?? null): boolean {
  const w = win as HighlightWindow | null;
  return !!w && typeof w.CSS !== 'undefined' && 'highlights' in w.CSS && typeof w.Highlight === 'function';
}

/** Adds, once per document, the default look of a highlight name (in a cascade layer, first in `<head>`). */
function ensureDefaultStyle(doc: Document, name: string): void {
  if (!/^[A-Za-z_][\w-]*$/.test(name)) return;
  const marker = `data-news-quiz-highlight-${name.toLowerCase()}`;
  if (doc.head.querySelector(`style[${marker}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(marker, '');
  style.textContent = `@layer news-quiz{::highlight(${name}){background-color:#ffe066;color:#111}}`;
  doc.head.prepend(style);
}

/** Removes the highlight `name` from a document (default: this one), e.g. when the quiz is removed. */
export function clearHighlight(name = HIGHLIGHT_NAME, doc: Document = document): void {
  const win = doc.defaultView as HighlightWindow | null;
  if (win && supportsHighlights(win)) win.CSS!.highlights.delete(name);
}

/**
 * Scrolls to `sentence` inside `root` (smoothly, unless the reader prefers
 * reduced motion) and highlights it as `::highlight(name)`, replacing an
 * earlier highlight of that name. Whitespace, curly quotes, dashes and case
 * are matched loosely; the sentence may span inline elements (`<a>`, `<em>`).
 * The article body is searched before captions and other furniture.
 *
 * Returns false, changing nothing, when the sentence is not in `root` or the
 * browser lacks the CSS Custom Highlight API: the caller then follows the
 * `#:~:text=` link instead. Returns true when it scrolled and highlighted, so
 * the caller can `preventDefault()` the link.
 */
export function highlightSentence(root: Element, sentence: string, name = HIGHLIGHT_NAME, options: HighlightOptions = {}): boolean {
  const doc = root.ownerDocument;
  // The registry of the article's own window (an iframe's, when the article is in one).
  const view = doc.defaultView as HighlightWindow | null;
  if (!view || !supportsHighlights(view)) return false;
  const range = findSentenceRange(root, sentence);
  if (!range) return false;
  ensureDefaultStyle(doc, name);
  view.CSS!.highlights.set(name, new view.Highlight!(range));

  const start = range.startContainer;
  const target = start.parentElement ?? root;
  const block = blockOf(start, root);
  const reduced = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  target.scrollIntoView({ behavior: reduced ? 'auto' : 'smooth', block: 'center', inline: 'nearest' });
  if (options.focus !== false && 'focus' in block && typeof (block as HTMLElement).focus === 'function') {
    const el = block as HTMLElement;
    if (!el.hasAttribute('tabindex') && el.tabIndex < 0) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
  }
  return true;
}
