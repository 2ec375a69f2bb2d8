import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/article.js';
import { buildQuiz } from '../../src/core/build-quiz.js';
import type { ChoiceQuestion, Question } from '../../src/core/types.js';

// What the reader sees above and in each question: the quiz's title (the headline) over every question, and the
// prompt quoting the story. Neither may hand over an answer or quote the wire's filing line.

const article = (title: string, body: string) => parseArticle(`${title}\n\n${body}`, 'text', { datePublished: '2026-03-19' });
const key = (q: Question): string => (q as ChoiceQuestion).choices[(q as ChoiceQuestion).answer]!;
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

const council = article(
  'Riverton council approves £48m flood defence plan',
  'Riverton council has approved a £48m plan to protect the town from flooding. ' +
    'The scheme will build 3.2 miles of new walls along the river Dee. ' +
    'About 1,400 homes flooded in the storms of last winter, the council said. ' +
    'Work is due to start next spring and will take four years, officials said. ' +
    'The Environment Agency will pay £30m of the cost, with the rest from local taxes.',
);
const airline = article(
  'Skyline Air hit by pilots strike',
  'Pilots at Skyline Air walked out on Tuesday in a row over pay. ' +
    'The strike was called by the Airline Pilots Union after talks collapsed. ' +
    'Rival carrier Northwind Airways added extra flights to carry stranded passengers. ' +
    'Budget airline Aurora Jet said it would cap its fares for the week. ' +
    'Union leader Mark Evans said the pilots had not had a pay rise since 2022.',
);

describe('buildQuiz and the headline shown above every question', () => {
  it.each([
    ['a figure', council, 'number', '£48m'],
    ['an organisation', airline, 'actor', 'Skyline Air'],
  ] as const)('does not ask for %s the headline spells out while the story has others', (_what, a, kind, inTitle) => {
    for (const seed of SEEDS) {
      const quiz = buildQuiz(a, { seed, kinds: [kind], count: 3, types: ['choice'] });
      expect(quiz.questions.map(key)).not.toContain(inTitle);
    }
  });

  it('still asks about it when nothing else of that kind is left', () => {
    const one = article('Council approves £48m flood defence plan', 'Riverton council has approved a £48m plan to protect the town from flooding, its leader said on Tuesday.');
    expect(buildQuiz(one, { kinds: ['number'] }).questions.map(key)).toEqual(['£48m']);
  });
});

describe('buildQuiz and wire datelines', () => {
  const wire = article(
    'Zambia cholera cases top 4,100',
    'LUSAKA, March 18 (Reuters) - Zambia has recorded more than 4,100 suspected cholera cases since the outbreak began in January, the health ministry said on Wednesday. ' +
      'The World Health Organization approved 1.4 million vaccine doses on Monday, officials said. ' +
      'Schools in Lusaka will stay shut until April 6, the education ministry said.',
  );

  it.each(SEEDS)('seed %s: never asks for the filing date or place of the dateline', (seed) => {
    const quiz = buildQuiz(wire, { seed, count: 8 });
    const keys = quiz.questions.filter((q) => q.type !== 'order').map(key);
    expect(keys).not.toContain('March 18');
    expect(keys).not.toContain('LUSAKA');
  });

  it('quotes the story without its dateline', () => {
    const quiz = buildQuiz(wire, { kinds: ['number', 'date'], count: 8 });
    const fromFirst = quiz.questions.filter((q) => q.source?.sentence.startsWith('LUSAKA'));
    expect(fromFirst.length).toBeGreaterThan(0);
    for (const q of fromFirst) {
      expect(q.prompt).not.toMatch(/LUSAKA|Reuters/);
      expect(q.source!.sentence).toMatch(/^LUSAKA, March 18 \(Reuters\) - /); // the cited source stays verbatim
    }
  });
});
