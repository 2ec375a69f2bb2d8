import { describe, expect, it } from 'vitest';
import { quizToJsonLd } from '../../src/core/jsonld.js';
import type { Quiz } from '../../src/core/types.js';

const quiz: Quiz = {
  version: 1,
  id: 'iraq-2024-01-05',
  title: 'Iraq and the coalition',
  lang: 'en',
  article: { title: 'Iraq wants coalition out', url: 'https://example.com/iraq', datePublished: '2024-01-05' },
  questions: [
    {
      id: 'q1',
      kind: 'number',
      prompt: 'About how many US soldiers are stationed in Iraq?',
      choices: ['900', '2,500', '3,400'],
      answer: 1,
      explanation: 'Around 2,500 US soldiers are stationed in Iraq.',
      source: { sentence: 'Around 2,500 US soldiers are stationed in Iraq and another 900 in Syria.', start: 0, end: 72 },
    },
    { id: 'q2', kind: 'other', prompt: 'Who?', choices: ['A', 'B'], answer: 0 },
  ],
};

type Answer = { '@type': string; text: string; position: number; answerExplanation?: { text: string }; citation?: { text: string } };
type Ld = {
  '@context': string;
  '@type': string;
  name: string;
  identifier: string;
  inLanguage?: string;
  about?: Record<string, string>;
  hasPart: { '@type': string; identifier: string; position: number; text: string; acceptedAnswer: Answer; suggestedAnswer: Answer[] }[];
};

describe('quizToJsonLd', () => {
  const ld = quizToJsonLd(quiz) as Ld;

  it('is a schema.org Quiz about the article', () => {
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Quiz');
    expect(ld.name).toBe(quiz.title);
    expect(ld.identifier).toBe(quiz.id);
    expect(ld.inLanguage).toBe('en');
    expect(ld.about).toEqual({ '@type': 'NewsArticle', headline: 'Iraq wants coalition out', url: 'https://example.com/iraq', datePublished: '2024-01-05' });
  });

  it.each(quiz.questions.map((q, i) => [q.id, i] as const))('question %s: the key is the acceptedAnswer, the rest suggestedAnswers', (_id, i) => {
    const q = quiz.questions[i]!;
    const part = ld.hasPart[i]!;
    expect(part['@type']).toBe('Question');
    expect(part.position).toBe(i + 1);
    expect(part.text).toBe(q.prompt);
    expect(part.acceptedAnswer.text).toBe(q.choices[q.answer]);
    expect(part.acceptedAnswer.position).toBe(q.answer + 1);
    expect(part.suggestedAnswer.map((a) => a.text)).toEqual(q.choices.filter((_, k) => k !== q.answer));
    expect(part.suggestedAnswer.every((a) => a['@type'] === 'Answer')).toBe(true);
  });

  it('carries the explanation and the source sentence on the accepted answer', () => {
    const a = ld.hasPart[0]!.acceptedAnswer;
    expect(a.answerExplanation?.text).toBe(quiz.questions[0]!.explanation);
    expect(a.citation?.text).toBe(quiz.questions[0]!.source!.sentence);
    expect(ld.hasPart[1]!.acceptedAnswer.citation).toBeUndefined();
  });

  it('leaves out what the quiz does not have', () => {
    const bare = quizToJsonLd({ version: 1, id: 'x', title: 'X', questions: [] }) as Ld;
    expect(bare).toEqual({ '@context': 'https://schema.org', '@type': 'Quiz', identifier: 'x', name: 'X', hasPart: [] });
  });
});
