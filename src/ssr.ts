/// <reference types="node" />
/**
 * Server-side rendering of a quiz (Node only, used by `news-quiz build
 * --format html`): the embed snippet a CMS pastes into an article. It is the
 * `<news-quiz>` tag holding the quiz as inline JSON and its first screen
 * pre-rendered as declarative shadow DOM (lit SSR), so the title, the first
 * question and its choices show before any script runs, and with JavaScript
 * off. Once the element's script loads, it reads the inline JSON and takes
 * the pre-rendered screen over with the same DOM.
 *
 * Never import this module in a browser bundle: it loads `@lit-labs/ssr`.
 */
import type { Quiz } from './core/types.js';

/** Options of {@link renderQuizHtml}. */
export interface RenderQuizHtmlOptions {
  /** The element's `reveal` attribute: `each` (default) or `end`. */
  reveal?: 'each' | 'end';
  /** The element's `lang` attribute (its UI language; the quiz's own `lang` still marks its text). */
  lang?: string;
}

/** A no-op `MutationObserver` for the server, where the element's observers have nothing to observe. */
class ServerMutationObserver {
  observe(): void {}
  disconnect(): void {}
  takeRecords(): [] {
    return [];
  }
}

/** Just enough of a document for lit's `adoptStyles` to make (and drop) style elements on the server. */
const SERVER_DOCUMENT = {
  createElement: () => ({ setAttribute() {}, textContent: '' }),
};

/** The quiz as JSON safe inside `<script>`: `<` (so `</script>` and `<!--`), U+2028 and U+2029 escaped. */
export function scriptJson(quiz: Quiz): string {
  return JSON.stringify(quiz)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Lit's hydration markers: `<!--lit-part …-->`, `<!--/lit-part-->`, `<!--lit-node N-->`, and `<?>` (an empty part). */
const LIT_MARKERS = /<!--(?:\/?lit-part[^>]*|lit-node \d+)-->|<\?>/g;

/**
 * Boolean properties lit SSR reflects as text: `.checked=${false}` comes out
 * as `checked="false"`, which HTML reads as checked. Written as HTML booleans.
 */
const BOOLEAN_PROPS = /\s(checked|disabled|selected|hidden|readonly|required|multiple|open|autofocus|indeterminate)="(true|false)"/g;

/** The loading skeleton's box, rendered while the element waits for a chunk. */
const SKELETON = /<div class="sk"/;

let ready: Promise<typeof import('@lit-labs/ssr')> | undefined;

/** Loads lit SSR and registers `<news-quiz>` in its DOM shim, once. */
function setUp(): Promise<typeof import('@lit-labs/ssr')> {
  ready ??= (async () => {
    const g = globalThis as { MutationObserver?: unknown };
    g.MutationObserver ??= ServerMutationObserver;
    const ssr = await import('@lit-labs/ssr');
    // The render root is a stand-in on the server: the renderer writes the styles into the template itself.
    ssr.LitElementRenderer.renderOptions.push((el) => {
      const host = el as unknown as { renderRoot?: unknown };
      host.renderRoot ??= { adoptedStyleSheets: [], appendChild() {} };
      return undefined;
    });
    const { NewsQuiz } = await import('./element/news-quiz.js');
    NewsQuiz.define();
    return ssr;
  })();
  return ready;
}

/** CSS text of the estimate and order views when the quiz has such questions. */
async function viewStyles(quiz: Quiz): Promise<string> {
  const types = new Set((Array.isArray(quiz?.questions) ? quiz.questions : []).map((q) => (q as { type?: string } | null)?.type));
  const css: string[] = [];
  if (types.has('estimate')) css.push((await import('./element/estimate-view.js')).view.css.cssText);
  if (types.has('order')) css.push((await import('./element/order-view.js')).view.css.cssText);
  return css.join('\n');
}

/**
 * The embed snippet for `quiz`:
 *
 * ```html
 * <news-quiz reveal="each"><template shadowrootmode="open">…first question…</template>
 * <script type="application/json">…quiz…</script></news-quiz>
 * ```
 *
 * The quiz is validated by the element as it renders: an invalid quiz renders
 * its error box, as in the browser. Lit's hydration markers are left out (the
 * element renders the same DOM again rather than hydrating), and `<` in the
 * JSON is escaped so no quiz text can close the script.
 */
export async function renderQuizHtml(quiz: Quiz, options: RenderQuizHtmlOptions = {}): Promise<string> {
  const ssr = await setUp();
  const { html, nothing } = await import('lit');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const reveal = options.reveal ?? 'each';
  const lang = options.lang;
  const once = async () => {
    // adoptStyles (lit) makes <style> elements where the DOM has no constructable style sheets: lend it a
    // document for the render only, so nothing else in the process sees one.
    const g = globalThis as { document?: unknown };
    const lent = g.document === undefined;
    if (lent) g.document = SERVER_DOCUMENT;
    try {
      const rendered = await collectResult(ssr.render(html`<news-quiz reveal=${reveal} lang=${lang || nothing} .quiz=${quiz}></news-quiz>`));
      return rendered
        .replace(LIT_MARKERS, '')
        .replace(BOOLEAN_PROPS, (_, name: string, value: string) => (value === 'true' ? ` ${name}` : ''))
        .replace(/<news-quiz\s+/, '<news-quiz ')
        .trim();
    } finally {
      if (lent) delete g.document;
    }
  };
  // A question type's view or a UI language the element has not loaded yet renders the loading skeleton
  // while its chunk loads: render again once it has (a few turns of the event loop at most).
  let out: string = await once();
  for (let tries = 0; SKELETON.test(out) && tries < 20; tries++) {
    await new Promise((resolve) => setTimeout(resolve, tries < 5 ? 0 : 10));
    out = await once();
  }
  if (SKELETON.test(out)) throw new Error('the quiz could not be pre-rendered: its question views or UI language did not load');
  // The styles of the question views the quiz uses, which the element adopts beside its own once they load.
  const css = await viewStyles(quiz);
  if (css) out = out.replace('</style>', `</style><style>${css}</style>`);
  const end = out.lastIndexOf('</news-quiz>');
  if (end < 0) throw new Error('lit SSR rendered no <news-quiz> element');
  return `${out.slice(0, end)}<script type="application/json">${scriptJson(quiz)}</script></news-quiz>`;
}
