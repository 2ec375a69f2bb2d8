/**
 * Links into the article at the source sentence with a URL text fragment
 * (`#:~:text=`), which browsers that support it scroll to and highlight;
 * others simply open the article.
 */

/** Sentences longer than this many words are matched by their first and last words (`text=start,end`). */
const MAX_WORDS = 10;
/** Words kept at each end of a long sentence. */
const EDGE_WORDS = 4;

/** Percent-encodes a text directive term; `-`, `,` and `&` are syntax there and must be encoded too. */
export function encodeTextTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * `url` with a text fragment pointing at `sentence`, or null when `url` is not
 * an absolute http(s) URL. An existing `#fragment` is kept before the directive.
 *
 * @example textFragmentLink('https://x.test/a', 'Around 2,500 soldiers.')
 *   === 'https://x.test/a#:~:text=Around%202%2C500%20soldiers.'
 */
export function textFragmentLink(url: string | undefined, sentence: string | undefined): string | null {
  if (!url || !/^https?:\/\/\S+$/i.test(url)) return null;
  const base = url.replace(/:~:.*$/, '');
  const words = sentence?.match(/\S+/g);
  if (!words) return base;
  const term = (w: string[]) => encodeTextTerm(w.join(' '));
  const text = words.length > MAX_WORDS ? `${term(words.slice(0, EDGE_WORDS))},${term(words.slice(-EDGE_WORDS))}` : term(words);
  return `${base}${base.includes('#') ? '' : '#'}:~:text=${text}`;
}
