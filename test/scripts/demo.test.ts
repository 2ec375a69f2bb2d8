/// <reference types="node" />
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChoiceQuestion, Quiz } from '../../src/core/types.js';
import { validateQuiz } from '../../src/core/validate.js';
import { findCorpusDir, splitArticleFile } from '../../scripts/make-seed-quiz.mjs';

/** The demo quizzes are multiple-choice only. */
type ChoiceQuiz = Omit<Quiz, 'questions'> & { questions: ChoiceQuestion[] };

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = join(ROOT, 'demo');
const read = (path: string) => readFileSync(join(DEMO, path), 'utf8');
const quizFiles = [
  ['quizzes/seed.json', '00-seed-iraq-coalition.txt'],
  ['quizzes/budget.json', '10-us-budget-deficit.txt'],
] as const;
const pages = readdirSync(DEMO).filter((f) => f.endsWith('.html'));

/** The JSON text of every `<script type="application/json">` in a page. */
function inlineJson(html: string): string[] {
  return [...html.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
}

describe.each(quizFiles)('demo %s', (file, article) => {
  const quiz = JSON.parse(read(file)) as ChoiceQuiz;

  it('passes the quiz validator the element uses', () => {
    expect(() => validateQuiz(quiz)).not.toThrow();
  });

  it('is Quiz JSON v1 with unique question ids', () => {
    expect(quiz.version).toBe(1);
    expect(quiz.id).toMatch(/\S/);
    expect(quiz.title).toMatch(/\S/);
    expect(new Set(quiz.questions.map((q) => q.id)).size).toBe(quiz.questions.length);
  });

  it.each(quiz.questions.map((q) => [q.id, q] as const))('%s has four distinct choices and an answer among them', (_id, q) => {
    expect(q.choices).toHaveLength(4);
    expect(new Set(q.choices).size).toBe(4);
    expect(q.type ?? 'choice').toBe('choice');
    expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.choices.length).toBe(true);
    expect(['number', 'date', 'actor', 'other']).toContain(q.kind);
    expect(q.prompt.endsWith('?')).toBe(true);
  });

  const corpus = findCorpusDir();
  describe.skipIf(!corpus)('against the article text', () => {
    const body = corpus ? splitArticleFile(readFileSync(join(corpus, article), 'utf8')).body : '';

    it.each(quiz.questions.map((q) => [q.id, q] as const))('%s cites a verbatim sentence at its offsets', (_id, q) => {
      const { sentence, start, end } = q.source ?? { sentence: '' };
      expect(start).toBeTypeOf('number');
      expect(body.slice(start, end)).toBe(sentence);
    });

    it.each(quiz.questions.map((q) => [q.id, q] as const))('%s: the right answer stands in the article', (_id, q) => {
      const key = (q.choices[q.answer] ?? '').toLowerCase().replace(/^the /, '');
      const where = q.kind === 'actor' ? body : (q.source?.sentence ?? '');
      expect(where.toLowerCase()).toContain(key);
    });
  });
});

describe('demo pages', () => {
  it('include the index and every variant', () => {
    expect(pages).toEqual(
      expect.arrayContaining(['index.html', 'inline.html', 'src.html', 'reveal-end.html', 'theme.html', 'dark.html', 'two-quizzes.html', 'error.html']),
    );
  });

  it.each(pages)('%s loads the drop-in bundle and links every other demo page', (page) => {
    const html = read(page);
    expect(html).toContain('<script type="module" src="../dist/news-quiz.min.js"></script>');
    expect(html).toMatch(/<html lang="en"/);
    for (const other of pages) expect(html).toContain(`href="${other}"`);
  });

  it.each(pages)('%s loads nothing from the network and nothing that is missing', (page) => {
    const html = read(page);
    const refs = [...html.matchAll(/<(?:script|img|link|news-quiz)\b[^>]*?\s(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    const tags = [...html.matchAll(/<(script|img|link|news-quiz)\b([^>]*)>/g)];
    for (const [, tag, attrs] of tags) {
      const url = /\s(?:src|href)="([^"]+)"/.exec(attrs ?? '')?.[1];
      if (!url) continue;
      if (tag === 'link' && /rel="canonical"/.test(attrs ?? '')) continue; // not fetched
      expect(url, `${page}: <${tag}> loads ${url}`).not.toMatch(/^(https?:)?\/\//);
    }
    for (const url of refs) {
      if (url.startsWith('data:') || /^(https?:)?\/\//.test(url) || url.startsWith('../dist/')) continue;
      if (page === 'error.html' && url === 'quizzes/missing.json') continue; // the 404 example
      expect(existsSync(join(DEMO, url)), `${page} refers to missing ${url}`).toBe(true);
    }
  });

  it.skipIf(!findCorpusDir())('index.html has the whole article body, each paragraph once', () => {
    const corpus = findCorpusDir()!;
    const html = read('index.html');
    const { body } = splitArticleFile(readFileSync(join(corpus, '00-seed-iraq-coalition.txt'), 'utf8'));
    const lines = body.split('\n').filter((l) => l.trim() !== '');
    for (const line of lines.slice(1)) expect(html.split(line).length - 1, line).toBe(1);
    expect(html).toContain('<meta property="article:published_time" content="2024-01-05">');
    expect(html).toContain('"@type": "NewsArticle"');
  });

  it('error.html breaks the validator the way its text says', () => {
    const [bad] = inlineJson(read('error.html'));
    expect(() => validateQuiz(JSON.parse(bad ?? ''))).toThrow(/questions\[0\]\.answer/);
  });

  it('inline.html carries the first questions of the seed quiz, script-safe', () => {
    const [json] = inlineJson(read('inline.html'));
    const quiz = JSON.parse(json ?? '') as ChoiceQuiz;
    const seed = JSON.parse(read('quizzes/seed.json')) as ChoiceQuiz;
    expect(quiz.questions.length).toBeGreaterThanOrEqual(2);
    expect(quiz.questions).toEqual(seed.questions.slice(0, quiz.questions.length));
    expect(json).not.toMatch(/<\/?script|<!--/i);
  });

  it('error.html shows broken data: an answer index out of range, and JSON that does not parse', () => {
    const [bad, notJson] = inlineJson(read('error.html'));
    const quiz = JSON.parse(bad ?? '') as ChoiceQuiz;
    const q = quiz.questions[0]!;
    expect(q.answer).toBeGreaterThanOrEqual(q.choices.length);
    expect(() => JSON.parse(notJson ?? '')).toThrow();
  });

  it('json-ld of index.html parses', () => {
    const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(read('index.html'));
    const data = JSON.parse(m?.[1] ?? '') as Record<string, unknown>;
    expect(data['@type']).toBe('NewsArticle');
    expect(data['datePublished']).toBe('2024-01-05');
  });
});
