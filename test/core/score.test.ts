import { describe, expect, it } from 'vitest';
import { isCorrect, scoreQuestion, scoreQuiz } from '../../src/core/score.js';
import type { Question, Quiz } from '../../src/core/types.js';

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
    const future = { ...q1, type: 'estimate' } as unknown as Question;
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
