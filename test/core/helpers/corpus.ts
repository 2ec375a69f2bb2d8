/**
 * Test helper: loads the annotated articles (shared/corpus and
 * test/fixtures/articles) with their annotations and gold facts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { annotationToFacts, parseCorpusArticle, type CorpusArticle } from '../../../src/core/eval.js';
import type { Facts } from '../../../src/core/types.js';

/** The shared corpus directory ($NEWS_QUIZ_CORPUS, else ../shared/corpus beside the repo). */
export function corpusDir(): string {
  return process.env['NEWS_QUIZ_CORPUS'] ?? fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
}

/** This repo's own annotated test articles. */
export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/articles/', import.meta.url));

/** Every `NN-slug.txt` + `NN-slug.json` pair of a directory, in name order. */
export function loadArticles(dir: string): CorpusArticle[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && existsSync(join(dir, f.replace(/\.txt$/, '.json'))))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, '');
      const txt = readFileSync(join(dir, f), 'utf8');
      const json: unknown = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8'));
      return parseCorpusArticle(id, txt, json);
    });
}

/** The shared corpus articles. */
export function corpusArticles(): CorpusArticle[] {
  return loadArticles(corpusDir());
}

/** Corpus plus fixture articles. */
export function allArticles(): CorpusArticle[] {
  return [...corpusArticles(), ...loadArticles(FIXTURE_DIR)];
}

/** The annotation of an article as Facts with offsets (the "gold" facts). */
export function goldFacts(entry: CorpusArticle): Facts {
  return annotationToFacts(entry.article, entry.annotation);
}
