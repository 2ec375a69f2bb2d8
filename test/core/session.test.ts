import { describe, expect, it } from 'vitest';
import {
  allAnswered,
  answerQuestion,
  answeredCount,
  createSession,
  goTo,
  isAnswered,
  isValidAnswer,
  nextQuestion,
  orderDisplay,
  quizHash,
  resetSession,
  restoreSession,
  serializeSession,
  storageKey,
  type QuizSession,
} from '../../src/core/session.js';
import type { ChoiceQuestion, EstimateQuestion, OrderQuestion, Quiz } from '../../src/core/types.js';

/** A quiz of choice questions only. */
type ChoiceQuiz = Omit<Quiz, 'questions'> & { questions: ChoiceQuestion[] };

function makeQuiz(): ChoiceQuiz {
  return {
    version: 1,
    id: 'iraq-2024',
    title: 'Iraq',
    questions: [
      { id: 'q1', kind: 'number', prompt: 'How many?', choices: ['900', '2,500', '3,400'], answer: 1 },
      { id: 'q2', kind: 'actor', prompt: 'Who?', choices: ['Sudani', 'Blinken'], answer: 0 },
      { id: 'q3', kind: 'date', prompt: 'When?', choices: ['Wednesday', 'Thursday', 'Friday', 'Monday'], answer: 3 },
    ],
  };
}

const quiz = makeQuiz();

function session(partial: Partial<QuizSession> = {}): QuizSession {
  return { ...createSession(), ...partial };
}

describe('createSession / resetSession', () => {
  it('start with nothing answered at the first question', () => {
    expect(createSession()).toEqual({ answers: {}, index: 0, finished: false });
    expect(resetSession()).toEqual({ answers: {}, index: 0, finished: false });
    expect(createSession()).not.toBe(createSession());
  });
});

describe('answerQuestion', () => {
  it('records an answer without changing the previous session', () => {
    const before = createSession();
    const after = answerQuestion(before, quiz, 'q2', 1);
    expect(after.answers).toEqual({ q2: 1 });
    expect(before.answers).toEqual({});
    expect(after.index).toBe(0);
    expect(after.finished).toBe(false);
  });

  it('keeps earlier answers', () => {
    const s = answerQuestion(answerQuestion(createSession(), quiz, 'q1', 0), quiz, 'q3', 3);
    expect(s.answers).toEqual({ q1: 0, q3: 3 });
  });

  it('does not let a reader change an answer', () => {
    const first = answerQuestion(createSession(), quiz, 'q1', 0);
    const again = answerQuestion(first, quiz, 'q1', 1);
    expect(again).toBe(first);
    expect(again.answers['q1']).toBe(0);
  });

  it('throws a clear error for an unknown question id', () => {
    expect(() => answerQuestion(createSession(), quiz, 'q9', 0)).toThrow("Unknown question id 'q9' in quiz 'iraq-2024'; its questions are 'q1', 'q2', 'q3'");
    expect(() => answerQuestion(createSession(), quiz, 'constructor', 0)).toThrow(/Unknown question id 'constructor'/);
  });

  it.each([[-1], [2], [1.5], [Number.NaN]])('throws for the out-of-range choice %d', (choice) => {
    expect(() => answerQuestion(createSession(), quiz, 'q2', choice)).toThrow(
      `Answer ${choice} is out of range for question 'q2': choose a choice index from 0 to 1`,
    );
  });

  it('accepts a question id that is also an Object.prototype name', () => {
    const odd: Quiz = { ...quiz, questions: [{ ...quiz.questions[0]!, id: '__proto__' }] };
    const s = answerQuestion(createSession(), odd, '__proto__', 2);
    expect(isAnswered(s, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(s.answers)).toBe(Object.prototype);
    expect(restoreSession(serializeSession(s, odd), odd)?.answers['__proto__']).toBe(2);
  });
});

describe('navigation', () => {
  it.each<[number, number]>([
    [1, 1],
    [2, 2],
    [-3, 0],
    [99, 2],
    [1.7, 1],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 2],
  ])('goTo(%d) lands on question %d', (target, expected) => {
    expect(goTo(createSession(), quiz, target).index).toBe(expected);
  });

  it('goTo returns the same session when it does not move, a new one otherwise', () => {
    const s = session({ index: 1 });
    expect(goTo(s, quiz, 1)).toBe(s);
    const moved = goTo(s, quiz, 2);
    expect(moved).not.toBe(s);
    expect(s.index).toBe(1);
  });

  it('nextQuestion walks through the quiz and finishes after the last question', () => {
    let s = createSession();
    s = nextQuestion(s, quiz);
    expect(s).toMatchObject({ index: 1, finished: false });
    s = nextQuestion(s, quiz);
    expect(s).toMatchObject({ index: 2, finished: false });
    const last = s;
    s = nextQuestion(s, quiz);
    expect(s).toMatchObject({ index: 2, finished: true });
    expect(last.finished).toBe(false);
    expect(nextQuestion(s, quiz)).toBe(s);
  });

  it('finishes a one-question quiz on the first next', () => {
    const one: Quiz = { ...quiz, questions: [quiz.questions[0]!] };
    expect(nextQuestion(createSession(), one)).toEqual({ answers: {}, index: 0, finished: true });
  });
});

describe('progress', () => {
  it('counts answered questions of the quiz only', () => {
    const s = session({ answers: { q1: 1, q3: 0, stale: 1 } });
    expect(isAnswered(s, 'q1')).toBe(true);
    expect(isAnswered(s, 'q2')).toBe(false);
    expect(isAnswered(s, 'toString')).toBe(false);
    expect(answeredCount(s, quiz)).toBe(2);
    expect(allAnswered(s, quiz)).toBe(false);
  });

  it('knows when everything is answered', () => {
    let s = createSession();
    expect(allAnswered(s, quiz)).toBe(false);
    for (const [id, choice] of [['q1', 1], ['q2', 1], ['q3', 0]] as const) s = answerQuestion(s, quiz, id, choice);
    expect(answeredCount(s, quiz)).toBe(3);
    expect(allAnswered(s, quiz)).toBe(true);
  });
});

describe('quizHash and storageKey', () => {
  it('do not depend on key order', () => {
    const reordered: Quiz = {
      questions: quiz.questions.map(({ answer, choices, prompt, kind, id }) => ({ answer, choices, prompt, kind, id })),
      title: quiz.title,
      id: quiz.id,
      version: 1,
    };
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(quiz));
    expect(quizHash(reordered)).toBe(quizHash(quiz));
  });

  it('change when the quiz is edited', () => {
    const edited = makeQuiz();
    edited.questions[0]!.answer = 2;
    expect(quizHash(edited)).not.toBe(quizHash(quiz));
    expect(storageKey(edited)).not.toBe(storageKey(quiz));
  });

  it('build the key from the quiz id and hash', () => {
    expect(quizHash(quiz)).toMatch(/^[0-9a-f]{8}$/);
    expect(storageKey(quiz)).toBe(`news-quiz:iraq-2024:${quizHash(quiz)}`);
  });
});

describe('serializeSession / restoreSession', () => {
  it('round-trips a session', () => {
    const s: QuizSession = { answers: { q1: 2, q3: 3 }, index: 2, finished: true };
    const raw = serializeSession(s, quiz);
    expect(JSON.parse(raw)).toEqual({ v: 1, hash: quizHash(quiz), answers: { q1: 2, q3: 3 }, index: 2, finished: true });
    expect(restoreSession(raw, quiz)).toEqual(s);
    expect(restoreSession(serializeSession(createSession(), quiz), quiz)).toEqual(createSession());
  });

  it('restores for an equal copy of the quiz (same content, new object)', () => {
    const raw = serializeSession(session({ answers: { q2: 0 }, index: 1 }), quiz);
    expect(restoreSession(raw, makeQuiz())).toEqual({ answers: { q2: 0 }, index: 1, finished: false });
  });

  const hash = quizHash(quiz);
  it.each<[string, string | null | undefined]>([
    ['null (nothing stored)', null],
    ['undefined', undefined],
    ['an empty string', ''],
    ['truncated JSON', serializeSession(createSession(), quiz).slice(0, 20)],
    ['not JSON', 'answers=q1:1'],
    ['JSON null', 'null'],
    ['a JSON array', '[1,2]'],
    ['a JSON string', '"session"'],
    ['no version', JSON.stringify({ hash, answers: {}, index: 0, finished: false })],
    ['version 2', JSON.stringify({ v: 2, hash, answers: {}, index: 0, finished: false })],
    ['version "1"', JSON.stringify({ v: '1', hash, answers: {}, index: 0, finished: false })],
    ['no hash', JSON.stringify({ v: 1, answers: { q1: 1 }, index: 0, finished: false })],
    ['answers as an array', JSON.stringify({ v: 1, hash, answers: [1, 0], index: 0, finished: false })],
    ['answers as a string', JSON.stringify({ v: 1, hash, answers: 'q1', index: 0, finished: false })],
  ])('gives null for %s', (_name, raw) => {
    expect(restoreSession(raw, quiz)).toBeNull();
  });

  it('starts fresh (null) when the quiz was edited since saving', () => {
    const raw = serializeSession(session({ answers: { q1: 1 } }), quiz);
    const edited = makeQuiz();
    edited.questions[1]!.prompt = 'Who leads Iraq?';
    expect(restoreSession(raw, edited)).toBeNull();
  });

  it('drops answers the quiz cannot hold and keeps the rest', () => {
    const raw = JSON.stringify({
      v: 1,
      hash,
      answers: { q1: 2, q2: 5, q3: '1', q9: 0, toString: 1 },
      index: 1,
      finished: false,
    });
    expect(restoreSession(raw, quiz)).toEqual({ answers: { q1: 2 }, index: 1, finished: false });
    const negative = JSON.stringify({ v: 1, hash, answers: { q1: -1, q2: 0.5, q3: null }, index: 0, finished: false });
    expect(restoreSession(negative, quiz)?.answers).toEqual({});
  });

  it.each<[unknown, number]>([
    [-4, 0],
    [17, 2],
    [1.9, 1],
    ['2', 0],
    [null, 0],
    [undefined, 0],
  ])('clamps a stored index of %j to %d', (index, expected) => {
    const raw = JSON.stringify({ v: 1, hash, answers: {}, index, finished: false });
    expect(restoreSession(raw, quiz)?.index).toBe(expected);
  });

  it('reads finished only when it is true and treats missing answers as none', () => {
    expect(restoreSession(JSON.stringify({ v: 1, hash, index: 0, finished: 'yes' }), quiz)).toEqual(createSession());
    expect(restoreSession(JSON.stringify({ v: 1, hash, answers: null, finished: true }), quiz)).toEqual({ answers: {}, index: 0, finished: true });
  });

  it('never throws, even for a quiz it cannot hash', () => {
    const cyclic = makeQuiz() as Quiz & { self?: unknown };
    cyclic.self = cyclic;
    expect(restoreSession(serializeSession(createSession(), quiz), cyclic)).toBeNull();
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
  ],
  initial: [2, 0, 1],
};
const typed: Quiz = { version: 1, id: 'typed', title: 'Typed', questions: [makeQuiz().questions[0]!, estimate, order] };

describe('answers to estimate and order questions', () => {
  it.each<[string, string, unknown, boolean]>([
    ['an estimate value inside the range', 'e1', 3100.5, true],
    ['an estimate at the lower end', 'e1', 100, true],
    ['an estimate at the upper end', 'e1', 20000, true],
    ['an estimate below the range', 'e1', 99, false],
    ['an estimate above the range', 'e1', 20001, false],
    ['an estimate of NaN', 'e1', Number.NaN, false],
    ['an estimate of Infinity', 'e1', Number.POSITIVE_INFINITY, false],
    ['an estimate as text', 'e1', '2500', false],
    ['an estimate as an array', 'e1', [2500], false],
    ['an order permutation', 'o1', [1, 0, 2], true],
    ['the true order', 'o1', [0, 1, 2], true],
    ['an order with a repeat', 'o1', [0, 0, 2], false],
    ['an order too short', 'o1', [0, 1], false],
    ['an order out of range', 'o1', [0, 1, 3], false],
    ['an order as a number', 'o1', 1, false],
    ['a choice answered with an array', 'q1', [1], false],
  ])('%s → valid %s', (_name, id, answer, valid) => {
    const question = typed.questions.find((q) => q.id === id)!;
    expect(isValidAnswer(question, answer)).toBe(valid);
  });

  it('records a value and an order', () => {
    let s = answerQuestion(createSession(), typed, 'e1', 3000);
    s = answerQuestion(s, typed, 'o1', [1, 0, 2]);
    expect(s.answers).toEqual({ e1: 3000, o1: [1, 0, 2] });
  });

  it('throws a clear error for an estimate out of range and an order that is not a permutation', () => {
    expect(() => answerQuestion(createSession(), typed, 'e1', 50)).toThrow(
      "Answer 50 is out of range for estimate question 'e1': give a finite number from 100 to 20000",
    );
    expect(() => answerQuestion(createSession(), typed, 'o1', [0, 0, 1])).toThrow(
      "Answer [0, 0, 1] is not a valid order for question 'o1': give each event index from 0 to 2 exactly once, in the reader's order",
    );
    expect(() => answerQuestion(createSession(), typed, 'q1', [1])).toThrow("Answer [1] is out of range for question 'q1'");
  });

  it('round-trips estimate and order answers through storage', () => {
    const s: QuizSession = { answers: { q1: 1, e1: 2750.5, o1: [2, 1, 0] }, index: 2, finished: true };
    expect(restoreSession(serializeSession(s, typed), typed)).toEqual(s);
  });

  it('drops stored estimate and order answers the questions cannot hold', () => {
    const hash = quizHash(typed);
    const raw = JSON.stringify({ v: 1, hash, answers: { q1: [1], e1: 1e9, o1: [0, 1] }, index: 0, finished: false });
    expect(restoreSession(raw, typed)?.answers).toEqual({});
    const swapped = JSON.stringify({ v: 1, hash, answers: { q1: 0, e1: [0, 1, 2], o1: 2000 }, index: 0, finished: false });
    expect(restoreSession(swapped, typed)?.answers).toEqual({ q1: 0 });
  });
});

describe('orderDisplay', () => {
  it('uses initial when it is a permutation, as a copy', () => {
    const shown = orderDisplay(order);
    expect(shown).toEqual([2, 0, 1]);
    expect(shown).not.toBe(order.initial);
  });

  it.each<[string, number[] | undefined]>([
    ['no initial', undefined],
    ['an initial that is not a permutation', [0, 0, 1]],
  ])('with %s, shuffles deterministically by id and never shows the true order', (_name, initial) => {
    for (let n = 2; n <= 8; n++) {
      for (const id of ['o1', 'o2', 'timeline', 'q7']) {
        const q = { id, events: Array.from({ length: n }, (_, i) => ({ text: `e${i}`, date: `${2000 + i}` })), ...(initial ? { initial } : {}) };
        const shown = orderDisplay(q);
        expect([...shown].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(shown).not.toEqual(Array.from({ length: n }, (_, i) => i));
        expect(orderDisplay(q)).toEqual(shown);
      }
    }
  });
});
