/**
 * The `structured-data` option of `<news-quiz>`: once a quiz is shown, the
 * page gets the quiz as schema.org `Quiz` / `Question` / `Answer` JSON-LD, for
 * search engines and other readers of structured data. Loaded lazily by the
 * element, only when the option is on.
 *
 * Where: ONE `<script type="application/ld+json" data-news-quiz="…">` per
 * element, in `document.head` (not inside the element: its children are the
 * element's own data, and a change there makes it reload). A new quiz in the
 * same element replaces its script; {@link removeJsonLd} takes it away.
 */
import { quizToJsonLd } from '../core/jsonld.js';
import type { Quiz } from '../core/types.js';

/** The JSON-LD script each element added. */
const scripts = new WeakMap<Element, HTMLScriptElement>();

/** JSON safe inside `<script>` even when the page is serialised again: `<` escaped. */
const safeJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * Adds (or replaces) the JSON-LD of `quiz` for `host` in its document's
 * `<head>`; `data-news-quiz` holds the quiz id. Returns the script.
 */
export function emitJsonLd(host: Element, quiz: Quiz): HTMLScriptElement {
  const doc = host.ownerDocument;
  let script = scripts.get(host);
  if (!script || !script.isConnected) {
    script = doc.createElement('script');
    script.type = 'application/ld+json';
    scripts.set(host, script);
  }
  script.setAttribute('data-news-quiz', quiz.id);
  script.textContent = safeJson(quizToJsonLd(quiz));
  if (!script.isConnected) (doc.head ?? doc.documentElement).append(script);
  return script;
}

/** Removes the JSON-LD `host` added, if any (the element left the page or lost its quiz). */
export function removeJsonLd(host: Element): void {
  scripts.get(host)?.remove();
  scripts.delete(host);
}
