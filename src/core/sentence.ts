/**
 * A sentence of an article with its offsets, and the lookup of the sentence
 * at an offset: apart from text.ts (which splits sentences) so that modules
 * needing only these, such as the estimate view's rules, do not load the
 * splitter and its regular expressions.
 */

/** A sentence of the article body with its offsets in `Article.text`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (line block) it stands in. */
  paragraph: number;
  /** True for page furniture and headings: never a question source. */
  furniture: boolean;
}

/** The sentence containing offset `pos`, if any. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
