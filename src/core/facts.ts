/**
 * Facts of an article: the numbers, dates and actors it states, each with its
 * sentence and offsets in `Article.text`. Pure: no DOM.
 */

import type { Article, Facts } from './types.js';
import { checkArticle } from './article.js';
import { splitSentences, type Sentence } from './text.js';
import { extractNumbers } from './numbers.js';
import { extractDates } from './dates.js';
import { extractActors } from './actors.js';

/**
 * Checks the article and extracts its facts. Offsets count in the checked
 * article's text (line ends normalised to LF, a leading BOM removed), which
 * equals `article.text` for ordinary input.
 *
 * @throws ArticleError when the article cannot be read (empty, binary, too long, bad date, not English).
 */
export function extractFacts(article: Article): Facts {
  const checked = checkArticle(article);
  return factsOf(checked, splitSentences(checked.text, checked.title));
}

/** The facts of an article already checked, from its sentences (`splitSentences(text, title)`). */
export function factsOf(checked: Article, sentences: readonly Sentence[]): Facts {
  return {
    numbers: extractNumbers(checked.text, sentences),
    dates: extractDates(checked.text, sentences, checked.datePublished),
    actors: extractActors(checked.text, sentences),
  };
}
