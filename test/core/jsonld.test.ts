import { describe, expect, it } from 'vitest';
import { quizToJsonLd } from '../../src/core/jsonld.js';
import type { ChoiceQuestion, Quiz } from '../../src/core/types.js';

const quiz: Quiz & { questions: ChoiceQuestion[] } = {
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

  it('gives an estimate the figure as the article writes it, and an order question the true order with dates', () => {
    const typed = quizToJsonLd({
      version: 1,
      id: 't',
      title: 'T',
      questions: [
        { id: 'e', kind: 'number', type: 'estimate', prompt: 'How many?', answerValue: 2500, answerText: '2,500', min: 0, max: 10000, scale: 'linear', tolerance: 0.1 },
        {
          id: 'o',
          kind: 'date',
          type: 'order',
          prompt: 'Order these.',
          events: [
            { text: 'A happened', date: '2017', iso: '2017' },
            { text: 'B happened', date: '2020', iso: '2020' },
            { text: 'C happened', date: 'Friday', iso: '2024-01-05' },
          ],
        },
      ],
    }) as Ld;
    expect(typed.hasPart.map((p) => [(p as { eduQuestionType?: string }).eduQuestionType, p.acceptedAnswer.text])).toEqual([
      ['Estimate', '2,500'],
      ['Ordering', '1. A happened (2017); 2. B happened (2020); 3. C happened (Friday)'],
    ]);
    expect(typed.hasPart.every((p) => !('suggestedAnswer' in p))).toBe(true);
  });

  it('leaves out what the quiz does not have', () => {
    const bare = quizToJsonLd({ version: 1, id: 'x', title: 'X', questions: [] }) as Ld;
    expect(bare).toEqual({ '@context': 'https://schema.org', '@type': 'Quiz', identifier: 'x', name: 'X', hasPart: [] });
  });
});
