import { describe, expect, it } from 'vitest';
import { isCorrect, isPermutation, scoreOrder, scoreQuestion, scoreQuiz } from '../../src/core/score.js';
import type { EstimateQuestion, OrderQuestion, Question, Quiz } from '../../src/core/types.js';

const q1: Question = { id: 'q1', kind: 'number', prompt: 'How many soldiers?', choices: ['900', '2,500', '3,400'], answer: 1 };
const q2: Question = { id: 'q2', kind: 'actor', type: 'choice', prompt: 'Who?', choices: ['Sudani', 'Blinken'], answer: 0 };
const q3: Question = { id: 'q3', kind: 'date', prompt: 'When?', choices: ['Wednesday', 'Thursday', 'Friday', 'Monday'], answer: 3 };
const quiz: Quiz = { version: 1, id: 'quiz', title: 'Quiz', questions: [q1, q2, q3] };

describe('scoreQuestion and isCorrect (choice)', () => {
  it.each<[string, Question, number | undefined, number]>([
    ['the key', q1, 1, 1],
    ['another choice', q1, 0, 0],
    ['the last choice when it is the key', q3, 3, 1],
    ['no answer', q1, undefined, 0],
    ['an explicit type: choice', q2, 0, 1],
    ['a wrong answer to an explicit choice', q2, 1, 0],
    ['an out-of-range index', q1, 7, 0],
    ['a fractional index', q1, 1.5, 0],
  ])('%s', (_name, question, answer, expected) => {
    expect(scoreQuestion(question, answer)).toBe(expected);
    expect(isCorrect(question, answer)).toBe(expected === 1);
  });

  it('gives nothing for a type this build does not know (unvalidated data)', () => {
    const future = { ...q1, type: 'slider' } as unknown as Question;
    expect(scoreQuestion(future, 1)).toBe(0);
    expect(isCorrect(future, 1)).toBe(false);
  });
});

describe('scoreQuiz', () => {
  it('scores all correct', () => {
    expect(scoreQuiz(quiz, { q1: 1, q2: 0, q3: 3 })).toEqual({
      score: 3,
      total: 3,
      results: [
        { questionId: 'q1', answer: 1, correct: true, score: 1 },
        { questionId: 'q2', answer: 0, correct: true, score: 1 },
        { questionId: 'q3', answer: 3, correct: true, score: 1 },
      ],
    });
  });

  it('scores a mix of right, wrong and unanswered, in quiz order', () => {
    const result = scoreQuiz(quiz, { q3: 0, q1: 1 });
    expect(result.score).toBe(1);
    expect(result.total).toBe(3);
    expect(result.results).toEqual([
      { questionId: 'q1', answer: 1, correct: true, score: 1 },
      { questionId: 'q2', answer: undefined, correct: false, score: 0 },
      { questionId: 'q3', answer: 0, correct: false, score: 0 },
    ]);
  });

  it('scores no answers as zero out of the question count', () => {
    const result = scoreQuiz(quiz, {});
    expect(result).toMatchObject({ score: 0, total: 3 });
    expect(result.results.every((r) => r.answer === undefined && !r.correct)).toBe(true);
  });

  it('ignores answers to ids the quiz does not have, including inherited names', () => {
    const odd: Quiz = { ...quiz, questions: [{ ...q1, id: 'constructor' }, { ...q2, id: 'toString' }] };
    expect(scoreQuiz(odd, {})).toMatchObject({ score: 0, total: 2 });
    expect(scoreQuiz(quiz, { q9: 1, q1: 1 })).toMatchObject({ score: 1, total: 3 });
  });
});

const estimate: EstimateQuestion = {
  id: 'e1', kind: 'number', type: 'estimate', prompt: 'How many soldiers?',
  answerValue: 2500, min: 100, max: 20000, scale: 'log', tolerance: 0.1,
};
const order: OrderQuestion = {
  id: 'o1', kind: 'date', type: 'order', prompt: 'In which order?',
  events: [
    { text: 'Iraq claimed to have defeated ISIS', date: '2017' },
    { text: 'Soleimani was killed', date: '2020' },
    { text: 'Two explosions killed nearly 100 people', date: 'Wednesday' },
    { text: 'The killing of al-Jawari', date: 'Thursday' },
  ],
  initial: [2, 0, 3, 1],
};

describe('scoreOrder: the share of event pairs in the right order', () => {
  it.each<[string, number[], number]>([
    ['the true order', [0, 1, 2, 3], 1],
    ['fully reversed', [3, 2, 1, 0], 0],
    ['one neighbour swap (5 of 6 pairs right)', [1, 0, 2, 3], 5 / 6],
    ['first and last swapped (1 of 6 pairs right)', [3, 1, 2, 0], 1 / 6],
    ['the shown order left as it was', [2, 0, 3, 1], 3 / 6],
    ['the last event moved to the front', [3, 0, 1, 2], 3 / 6],
    ['too few indices', [0, 1, 2], 0],
    ['a repeated index', [0, 1, 1, 3], 0],
    ['an index out of range', [0, 1, 2, 4], 0],
    ['a fractional index', [0, 1, 2, 2.5], 0],
  ])('%s', (_name, answer, expected) => {
    expect(scoreOrder(order, answer)).toBeCloseTo(expected, 12);
    expect(scoreQuestion(order, answer)).toBeCloseTo(expected, 12);
    expect(isCorrect(order, answer)).toBe(expected === 1);
  });

  it('counts n(n-1)/2 pairs: one swap among 5 events costs 1/10', () => {
    const five = { events: Array.from({ length: 5 }, (_, i) => ({ text: `e${i}`, date: `${2000 + i}` })) };
    expect(scoreOrder(five, [0, 1, 2, 4, 3])).toBeCloseTo(0.9, 12);
    expect(scoreOrder(five, [4, 3, 2, 1, 0])).toBe(0);
  });
});

describe('isPermutation', () => {
  it.each<[unknown, number, boolean]>([
    [[2, 0, 1], 3, true],
    [[], 0, true],
    [[0, 1], 3, false],
    [[0, 0, 1], 3, false],
    [[0, 1, 3], 3, false],
    [[0, 1, -1], 3, false],
    [['0', 1, 2], 3, false],
    ['012', 3, false],
    [null, 3, false],
  ])('%j of %d → %s', (value, n, expected) => {
    expect(isPermutation(value, n)).toBe(expected);
  });
});

describe('scoreQuestion dispatches by type', () => {
  it.each<[string, Question, number | number[] | undefined, number]>([
    ['an estimate within tolerance', estimate, 2700, 1],
    ['an estimate off by a factor of 10', estimate, 250, 0],
    ['an estimate answered with an array', estimate, [2500], 0],
    ['an unanswered estimate', estimate, undefined, 0],
    ['an order answered with a number', order, 0, 0],
    ['a choice answered with an array', q1, [1], 0],
  ])('%s', (_name, question, answer, expected) => {
    expect(scoreQuestion(question, answer)).toBe(expected);
  });

  it('gives partial credit between 0 and 1 for a near estimate, and isCorrect only for full marks', () => {
    const partial = scoreQuestion(estimate, 3500);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(1);
    expect(isCorrect(estimate, 3500)).toBe(false);
    expect(isCorrect(estimate, 2300)).toBe(true);
  });

  it('sums fractional scores over a mixed quiz', () => {
    const mixed: Quiz = { version: 1, id: 'mixed', title: 'Mixed', questions: [q1, estimate, order] };
    const result = scoreQuiz(mixed, { q1: 1, e1: 2500, o1: [1, 0, 2, 3] });
    expect(result.total).toBe(3);
    expect(result.score).toBeCloseTo(1 + 1 + 5 / 6, 12);
    expect(result.results.map((r) => r.correct)).toEqual([true, true, false]);
    expect(result.results[2]).toMatchObject({ questionId: 'o1', answer: [1, 0, 2, 3] });
  });
});
