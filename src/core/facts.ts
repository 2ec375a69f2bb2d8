/**
 * Facts of an article: the numbers, dates and actors it states, each with its
 * sentence and offsets in `Article.text`. Pure: no DOM.
 */

import type { Article, Facts } from './types.js';
import { checkArticle } from './article.js';
import { splitSentences } from './text.js';
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
  const sentences = splitSentences(checked.text, checked.title);
  return {
    numbers: extractNumbers(checked.text, sentences),
    dates: extractDates(checked.text, sentences, checked.datePublished),
    actors: extractActors(checked.text, sentences),
  };
}
