import { describe, expect, it } from 'vitest';
import {
  checkQuiz,
  factRecall,
  parseCorpusArticle,
  percent,
  sumRecall,
  type FactReport,
} from '../../src/core/eval.js';
import { buildQuizFromFacts } from '../../src/core/build-quiz.js';
import { extractFacts } from '../../src/core/facts.js';
import type { ChoiceQuestion, EstimateQuestion, Facts, OrderQuestion, Question, Quiz } from '../../src/core/types.js';
import { allArticles, corpusArticles, goldFacts } from './helpers/corpus.js';

const isChoice = (q: Question): q is ChoiceQuestion => (q.type ?? 'choice') === 'choice';

const corpus = corpusArticles();
const seed = corpus.find((e) => e.id.startsWith('00-'))!;

describe('corpus files', () => {
  it('splits the title line from the body, which is Article.text', () => {
    const entry = parseCorpusArticle('x', 'The title\n\nFirst sentence here. Second one.\n', {
      facts: { numbers: [], dates: [], actors: [] },
    });
    expect(entry.article.title).toBe('The title');
    expect(entry.article.text).toBe('First sentence here. Second one.\n');
    expect(entry.article.datePublished).toBeUndefined();
  });

  it.each([
    ['a unit glued to it', 'Gusts of 230km/h hit the 20th village.', '230', 9],
    ['an ordinal before it', 'The 20th village is 20km away.', '20', 20],
  ])('locates an annotated number with %s', (_label, sentence, text, start) => {
    const entry = parseCorpusArticle('x', `T\n\n${sentence}\n`, {
      facts: { numbers: [{ text, value: +text, counts: 'x', sentence }], dates: [], actors: [] },
    });
    expect(goldFacts(entry).numbers.map((n) => n.start)).toEqual([start]);
  });

  it('places an annotated sentence in the story body when a furniture box above repeats it', () => {
    const body = 'Home sales rose 4.7% in February, the group said.';
    const txt = `Home sales jump\n\nKEY POINTS\n${body}\nPublished Mar 20, 2026 10:00 am\n\n${body} Prices also rose. Buyers returned as rates fell. Economists expect more gains this spring.\n`;
    const entry = parseCorpusArticle('x', txt, {
      facts: { numbers: [{ text: '4.7%', value: 4.7, counts: 'sales', sentence: body }], dates: [], actors: [] },
    });
    const [n] = goldFacts(entry).numbers;
    expect(n!.start).toBe(entry.article.text.lastIndexOf('4.7%'));
  });

  it.each([
    ['no blank line after the title', 'Just one line of text.', { facts: { numbers: [], dates: [], actors: [] } }, /no blank line/],
    ['no facts', 'T\n\nBody text here.', {}, /not an annotation object/],
    [
      'a sentence that is not in the body',
      'T\n\nBody text here.',
      { facts: { numbers: [{ text: '2', value: 2, counts: 'x', sentence: 'Not here 2.' }], dates: [], actors: [] } },
      /sentence not found verbatim/,
    ],
  ])('rejects a file with %s', (_label, txt, json, message) => {
    expect(() => parseCorpusArticle('bad', txt, json)).toThrow(message);
  });

  it.each(allArticles().map((e) => ({ name: e.id, entry: e })))('$name: gold facts sit at their offsets', ({ entry }) => {
    const facts = goldFacts(entry);
    expect(facts.numbers).toHaveLength(entry.annotation.facts.numbers.length);
    expect(facts.dates).toHaveLength(entry.annotation.facts.dates.length);
    for (const f of [...facts.numbers, ...facts.dates]) {
      expect(entry.article.text.slice(f.start, f.end)).toBe(f.text);
      expect(f.sentence).toContain(f.text);
    }
    for (const a of facts.actors) {
      for (const m of a.mentions) expect(entry.article.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('reads the hedge in front of an annotated number', () => {
    const facts = goldFacts(seed);
    expect(facts.numbers.find((n) => n.text === '2,500')?.hedge).toBe('around');
    expect(facts.numbers.find((n) => n.text === '100')?.hedge).toBe('nearly');
  });
});

describe('fact recall and precision', () => {
  const gold = goldFacts(seed);

  it('scores the annotation itself as complete and precise', () => {
    const r = factRecall(seed.article, seed.annotation, gold);
    expect([r.numbers.matched, r.dates.matched, r.actors.matched]).toEqual([
      seed.annotation.facts.numbers.length,
      seed.annotation.facts.dates.length,
      seed.annotation.facts.actors.length,
    ]);
    expect([...r.numbers.extra, ...r.dates.extra, ...r.actors.extra, ...r.dates.isoWrong, ...r.actors.wrongKind]).toEqual([]);
  });

  it('lists what the extractor missed, what it found beyond the annotation, and wrong kinds and dates', () => {
    const facts: Facts = {
      numbers: [
        ...gold.numbers.filter((n) => n.text !== '900'),
        { ...gold.numbers[0]!, text: '3', value: 3, counts: 'things' },
      ],
      dates: gold.dates.map((d) => (d.text === 'Thursday' ? { ...d, iso: '2024-01-11' } : d)),
      actors: gold.actors.map((a) => (a.name === 'Pentagon' ? { ...a, kind: 'place' as const } : a)),
    };
    const r = factRecall(seed.article, seed.annotation, facts);
    expect(r.numbers.matched).toBe(gold.numbers.length - 1);
    expect(r.numbers.missed).toEqual([expect.stringContaining('"900"')]);
    expect(r.numbers.extra).toEqual([expect.stringContaining('"3" = 3')]);
    expect(r.dates.isoWrong).toEqual([expect.stringContaining('"Thursday": 2024-01-11, annotated 2024-01-04')]);
    expect(r.actors.wrongKind).toEqual(['Pentagon: place, annotated organization']);
    expect(r.actors.kindCorrect).toBe(r.actors.matched - 1);
  });

  it('matches an actor by any of its names, and a date whose span takes in the preposition', () => {
    const facts: Facts = {
      numbers: [],
      dates: gold.dates.map((d) => (d.text === 'Friday' ? { ...d, text: 'on Friday', start: d.start - 3 } : d)),
      actors: gold.actors.map((a) => (a.name === 'Islamic State' ? { ...a, name: 'ISIS', aliases: ['IS'] } : a)),
    };
    const r = factRecall(seed.article, seed.annotation, facts);
    expect(r.dates.matched).toBe(gold.dates.length);
    expect(r.actors.matched).toBe(gold.actors.length);
  });

  it.each([
    ['two-thirds annotated to 4 decimals', 0.6667, 2 / 3, true],
    ['two-thirds annotated to 3 decimals', 0.667, 2 / 3, true],
    ['a third annotated to 2 decimals', 0.33, 1 / 3, true],
    ['a value off by more than its written rounding', 0.667, 0.66, false],
    ['a one-decimal value is matched exactly', 1.5, 1.46, false],
    ['a whole number is matched exactly', 2500, 2499.9, false],
  ])('matches a number by value: %s', (_what, annotated, extracted, matches) => {
    const n = gold.numbers.find((x) => x.text === '2,500')!;
    const annotation = { ...seed.annotation, facts: { ...seed.annotation.facts, numbers: seed.annotation.facts.numbers.filter((x) => x.text === '2,500').map((x) => ({ ...x, value: annotated })) } };
    const r = factRecall(seed.article, annotation, { numbers: [{ ...n, value: extracted }], dates: [], actors: [] });
    expect(r.numbers.matched).toBe(matches ? 1 : 0);
  });

  it('adds up and rounds', () => {
    const r = factRecall(seed.article, seed.annotation, gold);
    const t = sumRecall([r, r]);
    expect(t.numbers.annotated).toBe(2 * r.numbers.annotated);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBe(100);
  });
});

describe('quiz checks', () => {
  const facts = goldFacts(seed);
  const quiz = buildQuizFromFacts(seed.article, facts, { count: 8, seed: 'checks', types: ['choice'] });
  const clone = (): Quiz => JSON.parse(JSON.stringify(quiz)) as Quiz;

  it('passes a built quiz', () => {
    const r = checkQuiz(seed.article, quiz, facts);
    expect(r.count).toBe(quiz.questions.length);
    expect(r.supported).toBe(r.count);
    expect(r.questions.flatMap((q) => q.problems)).toEqual([]);
  });

  it('flags a distractor that is an alias of the key or named in the prompt', () => {
    const q = clone();
    const question = q.questions.filter(isChoice).find((x) => x.kind === 'actor')!;
    const key = question.choices[question.answer]!;
    const actor = facts.actors.find((a) => a.name === key)!;
    const other = question.answer === 0 ? 1 : 0;
    question.choices[other] = actor.aliases[0] ?? `${key} Jr`;
    const r = checkQuiz(seed.article, q, facts);
    expect(r.aliasCollisions).toBe(1);
  });

  it('flags a key the source sentence does not support, and a source that is page furniture', () => {
    const q = clone();
    const first = q.questions[0]!;
    const other = q.questions[1]!;
    first.source = other.source;
    const furniture = 'This browser does not support the video element.';
    const at = seed.article.text.indexOf(furniture);
    other.source = { sentence: furniture, start: at, end: at + furniture.length };
    const r = checkQuiz(seed.article, q, facts);
    expect(r.questions[0]!.supported).toBe(false);
    expect(r.questions[1]!.furniture).toBe(true);
  });

  it('flags mixed formats, too few choices, an answer in the prompt, a year as a count and bad offsets', () => {
    const q = clone();
    const number = q.questions.filter(isChoice).find((x) => x.kind === 'number')!;
    const wrong = number.answer === 0 ? 1 : 0;
    number.choices[wrong] = 'twelve';
    const date = q.questions.filter(isChoice).find((x) => x.kind === 'date')!;
    date.prompt = `${date.prompt} (${date.choices[date.answer]})`;
    date.choices = [date.choices[date.answer]!, date.choices[(date.answer + 1) % date.choices.length]!];
    date.answer = 0;
    const r = checkQuiz(seed.article, q, facts);
    const n = r.questions.find((x) => x.id === number.id)!;
    const d = r.questions.find((x) => x.id === date.id)!;
    expect(n.oneFormat).toBe(false);
    expect(d.distinctChoices).toBe(false);
    expect(d.promptHasAnswer).toBe(true);

    const year: Quiz = { ...clone(), questions: [{ ...number, choices: ['2017', '2018', '2019'], answer: 0 } as ChoiceQuestion] };
    expect(checkQuiz(seed.article, year, facts).yearAsCount).toBe(1);
    const shifted: Quiz = { ...clone(), questions: [{ ...number, source: { ...number.source!, start: number.source!.start! + 1 } }] };
    expect(checkQuiz(seed.article, shifted, facts).sourceMismatch).toBe(1);
  });

  it('checks an estimate key against its sentence and an order question against its dates', () => {
    const number = clone().questions.filter(isChoice).find((x) => x.kind === 'number')!;
    const key = number.choices[number.answer]!;
    const value = Number(key.replace(/,/g, ''));
    const estimate: EstimateQuestion = {
      id: 'e1', kind: 'number', type: 'estimate', prompt: number.prompt, answerValue: value, answerText: key,
      min: 0, max: value * 4, scale: 'linear', tolerance: 0.1, source: number.source,
    };
    const wrongKey: EstimateQuestion = { ...estimate, answerValue: value + 1, answerText: (value + 1).toLocaleString('en') };
    const est = checkQuiz(seed.article, { ...clone(), questions: [estimate, wrongKey] }, facts);
    expect(est.questions.map((c) => c.supported)).toEqual([true, false]);

    const text = seed.article.text;
    const at = (sentence: string) => ({ sentence, start: text.indexOf(sentence), end: text.indexOf(sentence) + sentence.length });
    const s2017 = 'Iraq claimed to have defeated ISIS in 2017, but there are still groups of militants carrying out sporadic attacks.';
    const sThu = text.slice(text.indexOf("Al-Sudani's decision"), text.indexOf('Thursday.') + 'Thursday.'.length);
    const sFri = text.slice(text.indexOf('The Iraqi government announced'), text.indexOf('coalition.') + 'coalition.'.length);
    const order: OrderQuestion = {
      id: 'o1', kind: 'date', type: 'order', prompt: 'Put these events in the order they happened.',
      events: [
        { text: 'Iraq claimed to have defeated ISIS', date: '2017', iso: '2017', source: at(s2017) },
        { text: 'the killing of Mushtaq Jawad Kazim al-Jawari', date: 'Thursday', iso: '2024-01-04', source: at(sThu) },
        { text: 'The Iraqi government announced plans', date: 'Friday', iso: '2024-01-05', source: at(sFri) },
      ],
    };
    const swapped: OrderQuestion = { ...order, id: 'o2', events: [order.events[1]!, order.events[0]!, order.events[2]!] };
    const ord = checkQuiz(seed.article, { ...clone(), questions: [order, swapped] }, facts);
    expect(ord.questions.map((c) => c.supported)).toEqual([true, false]);
    expect(ord.questions[1]!.problems).toContain('events are not in time order by their dates');
  });
});

describe('extractor recall on the corpus (targets from the issue)', () => {
  const reports: FactReport[] = corpus.map((e) => factRecall(e.article, e.annotation, extractFacts(e.article)));
  const t = sumRecall(reports);

  it.each([
    ['numbers', t.numbers.matched, t.numbers.annotated, 90],
    ['dates', t.dates.matched, t.dates.annotated, 85],
    ['actors', t.actors.matched, t.actors.annotated, 90],
    ['actors of the right kind', t.actors.kindCorrect, t.actors.annotated, 85],
  ])('%s: at least the target', (_kind, matched, annotated, floor) => {
    expect(percent(matched, annotated)).toBeGreaterThanOrEqual(floor);
  });
});
