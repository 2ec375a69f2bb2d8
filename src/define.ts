/**
 * Registers `<news-quiz>` (the package's only side effect). Safe to load more
 * than once: an already defined tag is left alone.
 */
import { NewsQuiz } from './element/news-quiz.js';

NewsQuiz.define();

declare global {
  interface HTMLElementTagNameMap {
    'news-quiz': NewsQuiz;
  }
}
