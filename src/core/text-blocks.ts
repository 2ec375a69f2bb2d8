/**
 * Collects the running text of a page into paragraphs, as the HTML reader (html.ts) and the element's page
 * reader (page-article.ts) both need: text and line breaks are appended, a block element ends a paragraph,
 * and the paragraphs are joined with a blank line, as in a plain-text article. Pure: no DOM.
 */
export interface TextBlocks {
  /** Appends running text (`\n` for a `<br>`). */
  add(text: string): void;
  /** Ends the current paragraph, if it has any text. */
  flush(): void;
  /** Ends the last paragraph and returns them all, separated by "\n\n". */
  done(): string;
}

/** A new paragraph collector: spaces collapsed, empty lines and paragraphs dropped. */
export function textBlocks(): TextBlocks {
  const blocks: string[] = [];
  let line = '';
  const flush = (): void => {
    const t = line
      .split('\n')
      .map((l) => l.replace(/ +/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (t) blocks.push(t);
    line = '';
  };
  return {
    add: (text) => void (line += text),
    flush,
    done: () => {
      flush();
      return blocks.join('\n\n');
    },
  };
}
