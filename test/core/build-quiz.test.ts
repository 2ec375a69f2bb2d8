import { describe, expect, it } from 'vitest';
import { buildQuiz, buildQuizFromFacts } from '../../src/core/build-quiz.js';
import { checkQuiz } from '../../src/core/eval.js';
import { extractFacts } from '../../src/core/facts.js';
import { isQuiz } from '../../src/core/validate.js';
import { splitSentences } from '../../src/core/text.js';
import type { Article, Question, Quiz } from '../../src/core/types.js';
import { allArticles, corpusArticles, goldFacts } from './helpers/corpus.js';

const articles = allArticles();
const corpus = corpusArticles();
const seed = corpus.find((e) => e.id.startsWith('00-'))!;

/** The key as the reader sees it: the right choice, or an estimate's figure as the article writes it. */
function keyOf(q: Question): string | undefined {
  if (q.type === 'order') return undefined;
  if (q.type === 'estimate') return q.answerText ?? String(q.answerValue);
  return q.choices[q.answer];
}

/** Builds with the real extractors, or returns the error message. */
function tryBuild(article: Article, options = {}): Quiz | string {
  try {
    return buildQuiz(article, options);
  } catch (error) {
    return (error as Error).message;
  }
}

describe('buildQuiz on the annotated articles', () => {
  it('has the corpus to test against', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(4);
  });

  const cases = articles.flatMap((entry) =>
    [undefined, 'a', 7].map((s) => ({ name: `${entry.id} (seed ${String(s ?? 'default')})`, entry, options: s === undefined ? {} : { seed: s } })),
  );

  it.each(cases)('$name: every question is sound', ({ entry, options }) => {
    const quiz = tryBuild(entry.article, options);
    if (typeof quiz === 'string') {
      // Only an article with nothing to ask may fail, and it must say so.
      expect(quiz).toMatch(/^no quizzable facts found in the article/);
      expect(entry.annotation.facts.numbers.length + entry.annotation.facts.dates.length).toBe(0);
      return;
    }
    expect(isQuiz(quiz)).toBe(true);
    const report = checkQuiz(entry.article, quiz, extractFacts(entry.article));
    expect(report.questions.filter((q) => q.problems.length > 0)).toEqual([]);
    expect(report.supported).toBe(report.count);
    expect(report.aliasCollisions).toBe(0);
    expect(report.furniture).toBe(0);
    for (const q of quiz.questions) {
      if (q.type === 'order') {
        expect(q.events.length).toBeGreaterThanOrEqual(3);
        continue;
      }
      if (q.type !== 'estimate') {
        expect(q.choices.length).toBeGreaterThanOrEqual(3);
        expect(q.choices.length).toBeLessThanOrEqual(4);
      }
      expect(q.source!.sentence).toBe(entry.article.text.slice(q.source!.start, q.source!.end));
      // The source sentence is quoted to the reader; an explanation never just repeats it.
      expect(q.explanation).not.toBe(q.source!.sentence);
    }
  });

  it.each(corpus.map((e) => ({ name: e.id, entry: e })))('$name: 5 to 8 questions mixing numbers, dates and actors', ({ entry }) => {
    const quiz = buildQuiz(entry.article);
    expect(quiz.questions.length).toBeGreaterThanOrEqual(5);
    expect(quiz.questions.length).toBeLessThanOrEqual(8);
    expect(new Set(quiz.questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(2);
    // One question per sentence, in article order; an order question (over several sentences) comes last.
    const order = quiz.questions.findIndex((q) => q.type === 'order');
    expect(order === -1 || order === quiz.questions.length - 1).toBe(true);
    const starts: number[] = quiz.questions.filter((q) => q.type !== 'order').map((q) => q.source!.start!);
    expect(new Set(starts).size).toBe(starts.length);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it.each(articles.map((e) => ({ name: e.id, entry: e })))('$name: no question gives another away', ({ entry }) => {
    const quiz = tryBuild(entry.article);
    if (typeof quiz === 'string') return;
    for (const a of quiz.questions) {
      const key = keyOf(a);
      if (key === undefined) continue;
      const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${key.toLowerCase().replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u');
      for (const b of quiz.questions) {
        if (a === b) continue;
        // Another prompt, or an order question's event labels (shown before answering), must not hold the key.
        const shown = (b.type === 'order' ? `${b.prompt}\n${b.events.map((e) => e.text).join('\n')}` : b.prompt).toLowerCase();
        if (a.kind !== 'actor' || b.type === 'order') expect(shown).not.toMatch(pattern);
        expect(keyOf(b)).not.toBe(key);
      }
    }
  });

  it.each(corpus.map((e) => ({ name: e.id, entry: e })))('$name: the gold facts make a sound quiz too', ({ entry }) => {
    const facts = goldFacts(entry);
    const quiz = buildQuizFromFacts(entry.article, facts);
    const report = checkQuiz(entry.article, quiz, facts);
    expect(report.questions.filter((q) => q.problems.length > 0)).toEqual([]);
  });

  it('never asks about page furniture, even when a credit line holds a fact', () => {
    const text = `${seed.article.text}\nImage caption: Around 4,000 people marched in Baghdad on Saturday, Reuters reported.\n`;
    for (const s of ['1', '2', '3', '4', '5']) {
      const quiz = buildQuiz({ ...seed.article, text }, { seed: s, count: 8 });
      for (const q of quiz.questions) expect(q.source!.sentence).not.toMatch(/^Image caption/);
    }
    const sentences = splitSentences(text, seed.article.title);
    expect(sentences.find((s) => s.text.startsWith('Image caption'))?.furniture).toBe(true);
  });
});

describe('buildQuiz question types: estimate and order', () => {
  const quiz = buildQuiz(seed.article);

  it('the seed article yields an estimate of the US soldiers stationed in Iraq (2,500), not centred on its slider', () => {
    const estimates = quiz.questions.filter((q) => q.type === 'estimate');
    expect(estimates).toHaveLength(1);
    const e = estimates[0]!;
    if (e.type !== 'estimate') throw new Error('narrowing');
    expect(e.answerValue).toBe(2500);
    expect(e.answerText).toBe('2,500');
    expect(e.prompt).toMatch(/US soldiers/);
    expect(e.source!.sentence).toMatch(/^Around 2,500 US soldiers are stationed in Iraq/);
    const t = e.scale === 'log' ? Math.log(2500 / e.min) / Math.log(e.max / e.min) : (2500 - e.min) / (e.max - e.min);
    expect(t).toBeGreaterThanOrEqual(0.2);
    expect(t).toBeLessThanOrEqual(0.8);
  });

  it('the seed article yields an order question over 2017, 2020, Wednesday, Thursday and Friday', () => {
    const order = quiz.questions.find((q) => q.type === 'order');
    if (order?.type !== 'order') throw new Error('no order question');
    expect(order.events.map((e) => e.date)).toEqual(['2017', '2020', 'Wednesday', 'Thursday', 'Friday']);
    expect(order.events.map((e) => e.iso)).toEqual(['2017', '2020', '2024-01-03', '2024-01-04', '2024-01-05']);
    const labels = order.events.map((e) => e.text).join(' | ');
    expect(labels).toMatch(/defeated ISIS/);
    expect(labels).toMatch(/Soleimani/);
    expect(labels).toMatch(/explosions/);
    expect(labels).toMatch(/al-Jawari/);
    expect(labels).toMatch(/announced plans/);
    for (const e of order.events) expect(e.text).not.toContain(e.date);
    expect(order.initial).not.toEqual([0, 1, 2, 3, 4]);
  });

  it.each(articles.map((e) => ({ name: e.id, entry: e })))('$name: at most one estimate and one order question', ({ entry }) => {
    const built = tryBuild(entry.article);
    if (typeof built === 'string') return;
    expect(built.questions.filter((q) => q.type === 'estimate').length).toBeLessThanOrEqual(1);
    expect(built.questions.filter((q) => q.type === 'order').length).toBeLessThanOrEqual(1);
    expect(built.questions.filter((q) => (q.type ?? 'choice') === 'choice').length).toBeGreaterThanOrEqual(built.questions.length / 2);
  });

  it('asks only the types requested', () => {
    const choice = buildQuiz(seed.article, { types: ['choice'] });
    expect(choice.questions.every((q) => (q.type ?? 'choice') === 'choice')).toBe(true);
    const order = buildQuiz(seed.article, { types: ['order'] });
    expect(order.questions.map((q) => q.type)).toEqual(['order']);
    const noOrder = buildQuiz(seed.article, { types: ['choice', 'estimate'] });
    expect(noOrder.questions.some((q) => q.type === 'order')).toBe(false);
    expect(noOrder.questions.some((q) => q.type === 'estimate')).toBe(true);
  });

  it.each([
    [{ types: [] }, /types must be a non-empty array/],
    [{ types: ['slider'] }, /unknown type "slider"/],
  ])('rejects bad types %j with a clear message', (options, message) => {
    expect(() => buildQuiz(seed.article, options as never)).toThrow(message);
  });
});

describe('buildQuiz determinism and options', () => {
  it('gives the identical quiz for the same article, options and seed', () => {
    expect(buildQuiz(seed.article)).toEqual(buildQuiz(seed.article));
    expect(buildQuiz(seed.article, { seed: 'x', count: 6 })).toEqual(buildQuiz(seed.article, { seed: 'x', count: 6 }));
    expect(JSON.stringify(buildQuiz(seed.article, { seed: 42 }))).toBe(JSON.stringify(buildQuiz(seed.article, { seed: 42 })));
  });

  it('varies with the seed', () => {
    const quizzes = ['1', '2', '3', '4', '5', '6'].map((s) => JSON.stringify(buildQuiz(seed.article, { seed: s }).questions));
    expect(new Set(quizzes).size).toBeGreaterThan(1);
  });

  it('derives the id, title, language and article details from the article', () => {
    const quiz = buildQuiz({ ...seed.article, url: 'https://www.dw.com/en/iraq-coalition/a-1' });
    expect(quiz.version).toBe(1);
    expect(quiz.id).toBe('iraqi-pm-wants-to-end-presence-of-us-led-coalition-troops-2024-01-05');
    expect(quiz.title).toBe(seed.article.title);
    expect(quiz.lang).toBe('en');
    expect(quiz.article).toEqual({ title: seed.article.title, url: 'https://www.dw.com/en/iraq-coalition/a-1', datePublished: '2024-01-05' });
    expect(buildQuiz(seed.article, { id: 'my-quiz' }).id).toBe('my-quiz');
    expect(quiz.questions.map((q) => q.id)).toEqual(quiz.questions.map((_, i) => `q${i + 1}`));
  });

  it('keeps to the requested count and kinds', () => {
    expect(buildQuiz(seed.article, { count: 3 }).questions).toHaveLength(3);
    const dates = buildQuiz(seed.article, { kinds: ['date'] });
    expect(dates.questions.length).toBeGreaterThan(0);
    expect(dates.questions.every((q) => q.kind === 'date')).toBe(true);
    const mixed = buildQuiz(seed.article, { kinds: ['number', 'actor'], count: 8 });
    expect(new Set(mixed.questions.map((q) => q.kind))).toEqual(new Set(['number', 'actor']));
  });

  it.each([
    [{ count: 0 }, /count must be a whole number from 1 to 100, got 0/],
    [{ count: 2.5 }, /count must be a whole number/],
    [{ kinds: [] }, /kinds must be a non-empty array/],
    [{ kinds: ['colour'] }, /unknown kind "colour"/],
  ])('rejects bad options %j with a clear message', (options, message) => {
    expect(() => buildQuiz(seed.article, options as never)).toThrow(message);
  });

  it('says clearly when an article has nothing to ask', () => {
    const article = { text: 'The weather was pleasant and everyone enjoyed the long afternoon outside. Nobody said anything of note.' };
    expect(() => buildQuiz(article)).toThrow(/^no quizzable facts found in the article/);
  });

  it('gives a shorter quiz, never a wrong one, for an article with little to ask', () => {
    const article = {
      title: 'Harbour reopens',
      text:
        'The harbour at Port Ellen reopened on Tuesday after repairs to the old sea wall. ' +
        'Fishermen said they were relieved to be back at work.\n' +
        'The council thanked the engineers for finishing early.',
      datePublished: '2024-03-08',
    };
    const quiz = buildQuiz(article);
    expect(quiz.questions.length).toBeGreaterThanOrEqual(1);
    expect(quiz.questions.length).toBeLessThan(5);
    const report = checkQuiz(article, quiz, extractFacts(article));
    expect(report.questions.filter((q) => q.problems.length > 0)).toEqual([]);
  });

  it('builds a sound, capped quiz from a very long article (the corpus four times over)', () => {
    // Speed is measured by `npm run bench:build`; here: a long input still gives a capped, sound quiz.
    const long: Article = { text: corpus.map((e) => e.article.text).concat(corpus.map((e) => e.article.text)).join('\n\n').repeat(2) };
    const quiz = buildQuiz(long);
    expect(quiz.questions.length).toBe(8);
    const report = checkQuiz(long, quiz, extractFacts(long));
    expect(report.questions.filter((q) => q.problems.length > 0)).toEqual([]);
  });

  it('reports an unreadable article as an ArticleError', () => {
    expect(() => buildQuiz({ text: '   ' })).toThrow(/empty/);
    expect(() => buildQuiz({ text: seed.article.text, datePublished: '2024-13-45' })).toThrow(/not a real date/);
  });
});
