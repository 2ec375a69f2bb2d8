import { describe, expect, it } from 'vitest';
import {
  allAnswered,
  answerQuestion,
  answeredCount,
  createSession,
  goTo,
  isAnswered,
  nextQuestion,
  quizHash,
  resetSession,
  restoreSession,
  serializeSession,
  storageKey,
  type QuizSession,
} from '../../src/core/session.js';
import type { Quiz } from '../../src/core/types.js';

function makeQuiz(): Quiz {
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
