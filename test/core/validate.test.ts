import { describe, expect, it } from 'vitest';
import { QuizValidationError, isQuiz, validateQuiz, type ValidationIssue } from '../../src/core/validate.js';

const SENTENCE =
  'Around 2,500 US soldiers are stationed in Iraq and another 900 in Syria to prevent a resurgence of the so-called Islamic State (IS).';

/** A fresh valid Quiz v1 (as loose JSON, so tests can break it). */
function validQuiz(): Record<string, any> {
  return {
    version: 1,
    id: 'iraq-coalition-2024-01-05',
    title: 'Iraq and the US-led coalition',
    lang: 'en',
    article: { title: 'Iraq wants US-led troops out', url: 'https://www.dw.com/en/iraq/a-67895', datePublished: '2024-01-05' },
    questions: [
      {
        id: 'q1',
        kind: 'number',
        prompt: 'About how many US soldiers are stationed in Iraq?',
        choices: ['900', '2,500', '3,400', '5,000'],
        answer: 1,
        explanation: 'Around 2,500 US soldiers are stationed in Iraq and another 900 in Syria.',
        source: { sentence: SENTENCE, start: 504, end: 504 + SENTENCE.length },
      },
      {
        id: 'q2',
        kind: 'actor',
        type: 'choice',
        prompt: 'Who is Iraq’s prime minister?',
        choices: ['Mohammed Shia al-Sudani', 'Antony Blinken', 'Qassem Soleimani'],
        answer: 0,
      },
      {
        id: 'q3',
        kind: 'date',
        prompt: 'When was the drone strike in Baghdad?',
        choices: ['Wednesday', 'Thursday'],
        answer: 1,
        source: { sentence: 'A US drone strike in Baghdad on Thursday killed a militia leader.' },
      },
    ],
  };
}

type Quizish = Record<string, any>;

function withChange(change: (q: Quizish) => void): Quizish {
  const quiz = validQuiz();
  change(quiz);
  return quiz;
}

function issuesOf(input: unknown): ValidationIssue[] {
  try {
    validateQuiz(input);
  } catch (error) {
    expect(error).toBeInstanceOf(QuizValidationError);
    return (error as QuizValidationError).issues;
  }
  return [];
}

function manyQuestions(n: number): Quizish[] {
  return Array.from({ length: n }, (_, i) => ({ id: `q${i}`, kind: 'other', prompt: `Question ${i}?`, choices: ['yes', 'no'], answer: 0 }));
}

describe('validateQuiz accepts valid quizzes', () => {
  it.each<[string, (q: Quizish) => void]>([
    ['the reference quiz', () => {}],
    ['no optional fields', (q) => {
      delete q.lang;
      delete q.article;
      delete q.questions[0].explanation;
      delete q.questions[0].source;
    }],
    ['an empty article object', (q) => (q.article = {})],
    ['unknown properties everywhere (forward compatible)', (q) => {
      q.generator = 'news-quiz 0.2';
      q.article.section = 'world';
      q.questions[0].difficulty = 'easy';
      q.questions[0].source.paragraph = 3;
    }],
    ['a region subtag in lang', (q) => (q.lang = 'en-GB')],
    ['a script and region in lang', (q) => (q.lang = 'zh-Hant-TW')],
    ['an upper-case URL scheme', (q) => (q.article.url = 'HTTP://EXAMPLE.COM')],
    ['a URL with query and fragment', (q) => (q.article.url = 'https://example.com/a?b=1#c')],
    ['a leap day', (q) => (q.article.datePublished = '2024-02-29')],
    ['a 400-year leap day', (q) => (q.article.datePublished = '2000-02-29')],
    ['an id of exactly 200 characters', (q) => (q.id = 'x'.repeat(200))],
    ['an id of 200 astral characters (counted as characters, not UTF-16 units)', (q) => (q.id = '😀'.repeat(200))],
    ['exactly 100 questions', (q) => (q.questions = manyQuestions(100))],
    ['exactly 10 choices', (q) => (q.questions[0].choices = Array.from({ length: 10 }, (_, i) => `choice ${i}`))],
    ['the last choice as answer', (q) => (q.questions[0].answer = 3)],
    ['offsets starting at 0', (q) => (q.questions[0].source = { sentence: 'Abc.', start: 0, end: 4 })],
    ['an empty explanation', (q) => (q.questions[0].explanation = '')],
    ['choices that differ only inside', (q) => (q.questions[0].choices = ['2,500', '2500', '25,00', '250'])],
  ])('%s', (_name, change) => {
    const quiz = withChange(change);
    expect(issuesOf(quiz)).toEqual([]);
    expect(validateQuiz(quiz)).toBe(quiz);
    expect(isQuiz(quiz)).toBe(true);
  });
});

describe('validateQuiz reports the path and cause of each problem', () => {
  it.each<[string, unknown, string, string]>([
    // root
    ['a JSON string', JSON.stringify(validQuiz()), '$', 'parse the JSON text first'],
    ['null', null, '$', 'must be a quiz object'],
    ['an array', [validQuiz()], '$', 'got an array'],
    ['a number', 1, '$', 'got 1'],
    // version
    ['a missing version', withChange((q) => delete q.version), 'version', 'is missing; add "version": 1'],
    ['a newer version', withChange((q) => (q.version = 2)), 'version', 'unsupported version 2; this build reads version 1'],
    ['version as a string', withChange((q) => (q.version = '1')), 'version', 'must be the number 1, got "1"'],
    // id
    ['a missing id', withChange((q) => delete q.id), 'id', 'is missing'],
    ['an empty id', withChange((q) => (q.id = '')), 'id', 'got an empty string'],
    ['a blank id', withChange((q) => (q.id = '   ')), 'id', 'got a blank string'],
    ['a numeric id', withChange((q) => (q.id = 42)), 'id', 'must be a non-empty string'],
    ['an id of 201 characters', withChange((q) => (q.id = 'x'.repeat(201))), 'id', 'at most 200 characters, got 201'],
    // title
    ['a missing title', withChange((q) => delete q.title), 'title', 'is missing'],
    ['an empty title', withChange((q) => (q.title = '')), 'title', 'must be a non-empty string'],
    ['a title that is not a string', withChange((q) => (q.title = ['Iraq'])), 'title', 'got an array'],
    // lang
    ['a language name instead of a tag', withChange((q) => (q.lang = 'english')), 'lang', 'BCP 47 language tag'],
    ['an empty lang', withChange((q) => (q.lang = '')), 'lang', 'BCP 47'],
    ['a lang with a space', withChange((q) => (q.lang = 'en GB')), 'lang', 'BCP 47'],
    ['a numeric lang', withChange((q) => (q.lang = 5)), 'lang', 'got 5'],
    // article
    ['a null article', withChange((q) => (q.article = null)), 'article', 'must be an object'],
    ['an article array', withChange((q) => (q.article = [])), 'article', 'got an array'],
    ['a numeric article title', withChange((q) => (q.article.title = 5)), 'article.title', 'must be a string'],
    ['a URL without scheme', withChange((q) => (q.article.url = 'www.dw.com/en/iraq')), 'article.url', 'absolute http(s) URL'],
    ['an ftp URL', withChange((q) => (q.article.url = 'ftp://dw.com/a')), 'article.url', 'absolute http(s) URL'],
    ['a relative URL', withChange((q) => (q.article.url = '/en/iraq')), 'article.url', 'absolute http(s) URL'],
    ['a URL without host', withChange((q) => (q.article.url = 'https://')), 'article.url', 'absolute http(s) URL'],
    ['a URL with a space', withChange((q) => (q.article.url = 'https://dw.com/a b')), 'article.url', 'absolute http(s) URL'],
    ['a javascript: URL', withChange((q) => (q.article.url = 'javascript:alert(1)')), 'article.url', 'absolute http(s) URL'],
    ['a non-leap 29 February', withChange((q) => (q.article.datePublished = '2023-02-29')), 'article.datePublished', 'real calendar date'],
    ['a century non-leap 29 February', withChange((q) => (q.article.datePublished = '1900-02-29')), 'article.datePublished', 'YYYY-MM-DD'],
    ['31 April', withChange((q) => (q.article.datePublished = '2024-04-31')), 'article.datePublished', 'YYYY-MM-DD'],
    ['month 13', withChange((q) => (q.article.datePublished = '2024-13-01')), 'article.datePublished', 'YYYY-MM-DD'],
    ['month 00', withChange((q) => (q.article.datePublished = '2024-00-10')), 'article.datePublished', 'YYYY-MM-DD'],
    ['day 00', withChange((q) => (q.article.datePublished = '2024-01-00')), 'article.datePublished', 'YYYY-MM-DD'],
    ['a prose date', withChange((q) => (q.article.datePublished = '5 Jan 2024')), 'article.datePublished', 'got "5 Jan 2024"'],
    ['an unpadded date', withChange((q) => (q.article.datePublished = '2024-1-5')), 'article.datePublished', 'YYYY-MM-DD'],
    ['a date-time', withChange((q) => (q.article.datePublished = '2024-01-05T10:00:00Z')), 'article.datePublished', 'YYYY-MM-DD'],
    ['a numeric date', withChange((q) => (q.article.datePublished = 20240105)), 'article.datePublished', 'got 20240105'],
    // questions
    ['missing questions', withChange((q) => delete q.questions), 'questions', 'is missing'],
    ['questions as an object', withChange((q) => (q.questions = { q1: {} })), 'questions', 'must be an array'],
    ['no questions', withChange((q) => (q.questions = [])), 'questions', 'at least one question'],
    ['101 questions', withChange((q) => (q.questions = manyQuestions(101))), 'questions', 'at most 100 questions, got 101'],
    ['a null question', withChange((q) => (q.questions[1] = null)), 'questions[1]', 'must be a question object'],
    ['a string question', withChange((q) => (q.questions[2] = 'Who?')), 'questions[2]', 'got "Who?"'],
    // question id
    ['a question without id', withChange((q) => delete q.questions[0].id), 'questions[0].id', 'is missing'],
    ['an empty question id', withChange((q) => (q.questions[1].id = '')), 'questions[1].id', 'must be a non-empty string'],
    ['a numeric question id', withChange((q) => (q.questions[1].id = 2)), 'questions[1].id', 'must be a non-empty string'],
    ['a duplicate question id', withChange((q) => (q.questions[2].id = 'q1')), 'questions[2].id', 'duplicate id "q1" (also used by questions[0])'],
    // kind
    ['a missing kind', withChange((q) => delete q.questions[0].kind), 'questions[0].kind', "one of 'number', 'date', 'actor', 'other'"],
    ['an unknown kind', withChange((q) => (q.questions[1].kind = 'person')), 'questions[1].kind', 'got "person"'],
    // type
    ['an unknown type', withChange((q) => (q.questions[0].type = 'slider')), 'questions[0].type', "unknown type 'slider'; expected 'choice', 'estimate' or 'order'"],
    ['a numeric type', withChange((q) => (q.questions[0].type = 1)), 'questions[0].type', "unknown type 1; expected 'choice'"],
    ['a null type', withChange((q) => (q.questions[0].type = null)), 'questions[0].type', "expected 'choice'"],
    // prompt
    ['a missing prompt', withChange((q) => delete q.questions[2].prompt), 'questions[2].prompt', 'is missing'],
    ['a blank prompt', withChange((q) => (q.questions[2].prompt = ' \n')), 'questions[2].prompt', 'got a blank string'],
    // choices
    ['missing choices', withChange((q) => delete q.questions[0].choices), 'questions[0].choices', 'is missing'],
    ['choices as a string', withChange((q) => (q.questions[0].choices = '900, 2,500')), 'questions[0].choices', 'must be an array'],
    ['a single choice', withChange((q) => {
      q.questions[0].choices = ['2,500'];
      q.questions[0].answer = 0;
    }), 'questions[0].choices', '2 to 10 choices, got 1'],
    ['11 choices', withChange((q) => (q.questions[0].choices = Array.from({ length: 11 }, (_, i) => `c${i}`))), 'questions[0].choices', '2 to 10 choices, got 11'],
    ['an empty choice', withChange((q) => (q.questions[0].choices[2] = '')), 'questions[0].choices[2]', 'non-empty answer text'],
    ['a blank choice', withChange((q) => (q.questions[0].choices[3] = '  ')), 'questions[0].choices[3]', 'got a blank string'],
    ['a numeric choice', withChange((q) => (q.questions[0].choices[0] = 900)), 'questions[0].choices[0]', 'got 900'],
    ['an identical choice', withChange((q) => (q.questions[0].choices[3] = '900')), 'questions[0].choices[3]', 'duplicates choices[0] ("900")'],
    ['a choice equal but for case and spaces', withChange((q) => (q.questions[1].choices[2] = '  antony BLINKEN ')), 'questions[1].choices[2]', 'duplicates choices[1] ("Antony Blinken")'],
    ['a choice equal but for inner spacing', withChange((q) => (q.questions[1].choices[2] = 'Antony  Blinken')), 'questions[1].choices[2]', 'duplicates choices[1]'],
    // answer
    ['a missing answer', withChange((q) => delete q.questions[0].answer), 'questions[0].answer', 'is missing; set it to an index into choices (0 to 3)'],
    ['an answer past the last choice', withChange((q) => (q.questions[0].answer = 4)), 'questions[0].answer', 'must be an index into choices (0 to 3), got 4'],
    ['a negative answer', withChange((q) => (q.questions[1].answer = -1)), 'questions[1].answer', 'must be an index into choices (0 to 2), got -1'],
    ['a fractional answer', withChange((q) => (q.questions[0].answer = 1.5)), 'questions[0].answer', 'got 1.5'],
    ['an answer as a string', withChange((q) => (q.questions[0].answer = '1')), 'questions[0].answer', 'got "1"'],
    ['an answer given as the choice text', withChange((q) => (q.questions[0].answer = '2,500')), 'questions[0].answer', 'got "2,500"'],
    ['a null answer', withChange((q) => (q.questions[2].answer = null)), 'questions[2].answer', 'got null'],
    ['a boolean answer', withChange((q) => (q.questions[2].answer = true)), 'questions[2].answer', 'got true'],
    // explanation
    ['a numeric explanation', withChange((q) => (q.questions[0].explanation = 5)), 'questions[0].explanation', 'must be a string'],
    // source
    ['a source given as a string', withChange((q) => (q.questions[0].source = SENTENCE)), 'questions[0].source', 'must be an object'],
    ['a null source', withChange((q) => (q.questions[0].source = null)), 'questions[0].source', 'got null'],
    ['a source without sentence', withChange((q) => (q.questions[2].source = {})), 'questions[2].source.sentence', 'is missing'],
    ['an empty source sentence', withChange((q) => (q.questions[2].source.sentence = '')), 'questions[2].source.sentence', 'must be a non-empty string'],
    ['start without end', withChange((q) => delete q.questions[0].source.end), 'questions[0].source.end', 'is missing while start is given'],
    ['end without start', withChange((q) => delete q.questions[0].source.start), 'questions[0].source.start', 'is missing while end is given'],
    ['a negative start', withChange((q) => {
      q.questions[0].source.start = -1;
      q.questions[0].source.end = SENTENCE.length - 1;
    }), 'questions[0].source.start', 'non-negative integer'],
    ['a fractional start', withChange((q) => (q.questions[0].source.start = 504.5)), 'questions[0].source.start', 'got 504.5'],
    ['end as a string', withChange((q) => (q.questions[0].source.end = '636')), 'questions[0].source.end', 'got "636"'],
    ['end equal to start', withChange((q) => (q.questions[0].source.end = 504)), 'questions[0].source.end', 'must be greater than start (504), got 504'],
    ['end before start', withChange((q) => (q.questions[0].source.end = 10)), 'questions[0].source.end', 'must be greater than start (504), got 10'],
    ['offsets that do not span the sentence', withChange((q) => (q.questions[0].source.end = 504 + SENTENCE.length + 1)), 'questions[0].source.end',
      `must equal start + sentence length (504 + ${SENTENCE.length} = ${504 + SENTENCE.length}), got ${505 + SENTENCE.length}`],
  ])('%s → %s', (_name, input, path, message) => {
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe(path);
    expect(issues[0]?.message).toContain(message);
    expect(isQuiz(input)).toBe(false);
  });
});

describe('validateQuiz lists every problem', () => {
  it('reports all issues, in document order, with their paths', () => {
    const quiz = withChange((q) => {
      q.version = 2;
      q.title = '';
      q.article.url = 'dw.com';
      q.questions[0].answer = 4;
      q.questions[1].kind = 'person';
      q.questions[1].choices[1] = 'MOHAMMED SHIA AL-SUDANI';
      q.questions[2].id = 'q1';
      q.questions[2].source.end = 3;
    });
    expect(issuesOf(quiz).map((i) => i.path)).toEqual([
      'version',
      'title',
      'article.url',
      'questions[0].answer',
      'questions[1].kind',
      'questions[1].choices[1]',
      'questions[2].id',
      'questions[2].source.start',
    ]);
  });

  it('reports several problems in one question and keeps checking the next ones', () => {
    const quiz = withChange((q) => {
      q.questions[0] = { id: '', kind: 'x', prompt: 3, choices: ['a'], answer: 'b', source: { sentence: '', start: 1 } };
      q.questions[1].answer = 9;
    });
    expect(issuesOf(quiz).map((i) => i.path)).toEqual([
      'questions[0].id',
      'questions[0].kind',
      'questions[0].prompt',
      'questions[0].choices',
      'questions[0].answer',
      'questions[0].source.sentence',
      'questions[0].source.end',
      'questions[1].answer',
    ]);
  });

  it('does not check choice fields of a question whose type it does not know', () => {
    const quiz = withChange((q) => (q.questions[0] = { id: 'q1', kind: 'number', type: 'slider', prompt: 'How many?', value: 2500 }));
    expect(issuesOf(quiz)).toEqual([
      { path: 'questions[0].type', message: "unknown type 'slider'; expected 'choice', 'estimate' or 'order' (or leave it out for 'choice')" },
    ]);
  });

  it('still reports the other problems of a quiz with an unsupported version', () => {
    const issues = issuesOf({ version: 2, id: 'x', title: 'T' });
    expect(issues.map((i) => i.path)).toEqual(['version', 'questions']);
  });

  it('asks for a plain non-negative integer answer when the choices are unusable', () => {
    const issues = issuesOf(withChange((q) => {
      delete q.questions[0].choices;
      q.questions[0].answer = -2;
    }));
    expect(issues).toEqual([
      { path: 'questions[0].choices', message: 'is missing; add an array of 2 to 10 answer texts' },
      { path: 'questions[0].answer', message: 'must be a non-negative integer, got -2' },
    ]);
  });

  it('checks offsets of a source whose sentence is blank without comparing lengths', () => {
    const issues = issuesOf(withChange((q) => (q.questions[2].source = { sentence: ' ', start: 0, end: 5 })));
    expect(issues.map((i) => i.path)).toEqual(['questions[2].source.sentence']);
  });

  it('reports every missing top-level field of an empty object', () => {
    expect(issuesOf({}).map((i) => i.path)).toEqual(['version', 'id', 'title', 'questions']);
  });
});

describe('QuizValidationError', () => {
  it('has a name, a count and one line per issue in its message', () => {
    const quiz = withChange((q) => (q.questions[2].answer = 4));
    let error: unknown;
    try {
      validateQuiz(quiz);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(QuizValidationError);
    expect((error as Error).name).toBe('QuizValidationError');
    expect((error as Error).message).toBe(
      'Invalid quiz: 1 problem\n- questions[2].answer: must be an index into choices (0 to 1), got 4',
    );
  });

  it('counts several problems in the first line', () => {
    const error = new QuizValidationError([
      { path: 'title', message: 'a' },
      { path: 'id', message: 'b' },
    ]);
    expect(error.message.split('\n')).toEqual(['Invalid quiz: 2 problems', '- title: a', '- id: b']);
    expect(error.issues).toHaveLength(2);
  });

  it('shortens long strings quoted in messages', () => {
    const issues = issuesOf(withChange((q) => (q.article.url = `www.${'a'.repeat(100)}.com`)));
    expect(issues[0]?.message).toContain('...');
    expect(issues[0]?.message.length).toBeLessThan(200);
  });

  it('names the type of an unexpected value that JSON cannot hold', () => {
    expect(issuesOf(withChange((q) => (q.title = () => 'x')))[0]?.message).toContain('got a function');
    expect(issuesOf(withChange((q) => (q.title = { text: 'x' })))[0]?.message).toContain('got an object');
  });
});

// ---------------------------------------------------------------------------
// Estimate and order questions

const ESTIMATE_SENTENCE = 'Around 2,500 US soldiers are stationed in Iraq.';

function estimateQuestion(): Quizish {
  return {
    id: 'e1',
    kind: 'number',
    type: 'estimate',
    prompt: 'About how many US soldiers are stationed in Iraq?',
    answerValue: 2500,
    min: 100,
    max: 20000,
    scale: 'log',
    unit: 'US soldiers',
    tolerance: 0.1,
    answerText: '2,500',
    format: { decimals: 0, grouping: true },
    source: { sentence: ESTIMATE_SENTENCE, start: 0, end: ESTIMATE_SENTENCE.length },
  };
}

function orderQuestion(): Quizish {
  return {
    id: 'o1',
    kind: 'date',
    type: 'order',
    prompt: 'Put these events in the order they happened, earliest first.',
    events: [
      { text: 'Iraq claimed to have defeated ISIS', date: '2017', iso: '2017' },
      { text: 'Qassem Soleimani was killed in a US strike in Baghdad', date: '2020', iso: '2020' },
      { text: 'Two explosions killed nearly 100 people', date: 'Wednesday', iso: '2024-01-03', source: { sentence: 'Two explosions killed nearly 100 people on Wednesday.' } },
      { text: 'The Iraqi government announced plans to oust the coalition', date: 'Friday', iso: null },
    ],
    initial: [2, 0, 3, 1],
  };
}

/** A valid quiz with an estimate question then an order question. */
function typedQuiz(change: (e: Quizish, o: Quizish) => void = () => {}): Quizish {
  const quiz = validQuiz();
  const e = estimateQuestion();
  const o = orderQuestion();
  change(e, o);
  quiz.questions = [e, o];
  return quiz;
}

describe('validateQuiz accepts estimate and order questions', () => {
  it.each<[string, (e: Quizish, o: Quizish) => void]>([
    ['the reference estimate and order questions', () => {}],
    ['an estimate without optional fields', (e) => {
      delete e.unit;
      delete e.answerText;
      delete e.format;
      delete e.source;
    }],
    ['a linear estimate from 0', (e) => Object.assign(e, { scale: 'linear', min: 0, max: 5000 })],
    ['the key at either end of the range', (e) => Object.assign(e, { min: 2500 })],
    ['a negative linear range', (e) => Object.assign(e, { scale: 'linear', min: -40, max: 10, answerValue: -5 })],
    ['tolerance 0 (exact answers only)', (e) => (e.tolerance = 0)],
    ['tolerance 1', (e) => (e.tolerance = 1)],
    ['a money format', (e) => (e.format = { prefix: '$', suffix: 'bn', exponent: 9, decimals: 1, grouping: false })],
    ['an estimate still carrying choices (ignored)', (e) => (e.choices = ['a'])],
    ['an order without initial', (_e, o) => delete o.initial],
    ['an order of 3 events', (_e, o) => {
      o.events = o.events.slice(0, 3);
      o.initial = [2, 0, 1];
    }],
    ['an order of 8 events', (_e, o) => {
      o.events = Array.from({ length: 8 }, (_, i) => ({ text: `event ${i}`, date: `${2000 + i}`, iso: `${2000 + i}` }));
      delete o.initial;
    }],
    ['events without iso', (_e, o) => o.events.forEach((ev: Quizish) => delete ev.iso)],
    ['two events whose dates overlap (a year and a day in it)', (_e, o) => {
      o.events[0].iso = '2024';
      o.events[1].iso = '2024-01-02';
    }],
  ])('%s', (_name, change) => {
    const quiz = typedQuiz(change);
    expect(issuesOf(quiz)).toEqual([]);
    expect(isQuiz(quiz)).toBe(true);
  });
});

describe('validateQuiz reports problems of estimate and order questions', () => {
  it.each<[string, (e: Quizish, o: Quizish) => void, string, string]>([
    // estimate
    ['a missing answerValue', (e) => delete e.answerValue, 'questions[0].answerValue', 'is missing; add the true figure'],
    ['an answerValue as text', (e) => (e.answerValue = '2,500'), 'questions[0].answerValue', 'must be a finite number (the true figure), got "2,500"'],
    ['an infinite answerValue', (e) => (e.answerValue = Infinity), 'questions[0].answerValue', 'got Infinity'],
    ['a NaN min', (e) => (e.min = NaN), 'questions[0].min', 'must be a finite number'],
    ['a missing max', (e) => delete e.max, 'questions[0].max', 'is missing; add the upper end of the slider'],
    ['max equal to min', (e) => Object.assign(e, { min: 2500, max: 2500 }), 'questions[0].max', 'must be greater than min (2500), got 2500'],
    ['max below min', (e) => Object.assign(e, { min: 5000, max: 100 }), 'questions[0].max', 'must be greater than min (5000), got 100'],
    ['the key above the range', (e) => (e.answerValue = 30000), 'questions[0].answerValue', "must lie within the slider's range [100, 20000], got 30000"],
    ['the key below the range', (e) => (e.answerValue = 50), 'questions[0].answerValue', 'within the slider'],
    ['a missing scale', (e) => delete e.scale, 'questions[0].scale', "is missing; set it to 'linear' or 'log'"],
    ['an unknown scale', (e) => (e.scale = 'logarithmic'), 'questions[0].scale', "must be 'linear' or 'log', got \"logarithmic\""],
    ['a log scale from 0', (e) => Object.assign(e, { min: 0 }), 'questions[0].min', "must be greater than 0 on a 'log' scale, got 0"],
    ['a missing tolerance', (e) => delete e.tolerance, 'questions[0].tolerance', 'is missing'],
    ['a tolerance in percent', (e) => (e.tolerance = 10), 'questions[0].tolerance', 'must be a number from 0 to 1 (0.1 = within 10% earns full marks), got 10'],
    ['a negative tolerance', (e) => (e.tolerance = -0.1), 'questions[0].tolerance', 'got -0.1'],
    ['a blank unit', (e) => (e.unit = ' '), 'questions[0].unit', 'must be a non-empty string'],
    ['a numeric answerText', (e) => (e.answerText = 2500), 'questions[0].answerText', 'got 2500'],
    ['a format string', (e) => (e.format = '$0bn'), 'questions[0].format', 'must be an object'],
    ['a numeric prefix', (e) => (e.format = { prefix: 1 }), 'questions[0].format.prefix', 'must be a string'],
    ['a fractional exponent', (e) => (e.format = { exponent: 1.5 }), 'questions[0].format.exponent', 'integer power of ten'],
    ['too many decimals', (e) => (e.format = { decimals: 7 }), 'questions[0].format.decimals', 'from 0 to 6, got 7'],
    ['grouping as text', (e) => (e.format = { grouping: 'yes' }), 'questions[0].format.grouping', 'must be true or false'],
    ['a bad estimate source', (e) => (e.source = { sentence: '' }), 'questions[0].source.sentence', 'must be a non-empty string'],
    // order
    ['missing events', (_e, o) => delete o.events, 'questions[1].events', 'is missing; add an array of 3 to 8 events'],
    ['events as an object', (_e, o) => (o.events = {}), 'questions[1].events', 'must be an array'],
    ['two events', (_e, o) => {
      o.events = o.events.slice(0, 2);
      delete o.initial;
    }, 'questions[1].events', 'must have 3 to 8 events, got 2'],
    ['nine events', (_e, o) => {
      o.events = Array.from({ length: 9 }, (_, i) => ({ text: `event ${i}`, date: `${2000 + i}` }));
      delete o.initial;
    }, 'questions[1].events', 'got 9'],
    ['a string event', (_e, o) => (o.events[1] = '2020: Soleimani killed'), 'questions[1].events[1]', 'must be an event object'],
    ['an event without text', (_e, o) => delete o.events[0].text, 'questions[1].events[0].text', 'is missing'],
    ['a blank event text', (_e, o) => (o.events[2].text = '  '), 'questions[1].events[2].text', 'got a blank string'],
    ['a duplicate event text', (_e, o) => (o.events[3].text = ' iraq claimed to have defeated ISIS'), 'questions[1].events[3].text',
      'duplicates events[0].text ("Iraq claimed to have defeated ISIS")'],
    ['an event without date', (_e, o) => delete o.events[1].date, 'questions[1].events[1].date', 'is missing'],
    ['a numeric date', (_e, o) => (o.events[1].date = 2020), 'questions[1].events[1].date', 'must be a non-empty string'],
    ['a prose iso', (_e, o) => (o.events[2].iso = 'Wednesday'), 'questions[1].events[2].iso', 'must be an ISO date'],
    ['an iso day that does not exist', (_e, o) => (o.events[2].iso = '2023-02-29'), 'questions[1].events[2].iso', 'got "2023-02-29"'],
    ['events out of order', (_e, o) => {
      o.events[0].iso = '2021';
    }, 'questions[1].events[1].iso', '2020 is before events[0].iso (2021); list events in true chronological order, earliest first'],
    ['a day before an earlier month', (_e, o) => {
      o.events[1].iso = '2024-02';
    }, 'questions[1].events[2].iso', '2024-01-03 is before events[1].iso (2024-02)'],
    ['a bad event source', (_e, o) => (o.events[0].source = 'the article'), 'questions[1].events[0].source', 'must be an object'],
    ['initial too short', (_e, o) => (o.initial = [0, 1, 2]), 'questions[1].initial', 'must list each event index from 0 to 3 exactly once'],
    ['initial with a repeat', (_e, o) => (o.initial = [0, 1, 1, 2]), 'questions[1].initial', 'got [0, 1, 1, 2]'],
    ['initial out of range', (_e, o) => (o.initial = [1, 2, 3, 4]), 'questions[1].initial', 'from 0 to 3'],
    ['initial as text', (_e, o) => (o.initial = '2031'), 'questions[1].initial', 'got "2031"'],
  ])('%s → %s', (_name, change, path, message) => {
    const issues = issuesOf(typedQuiz(change));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe(path);
    expect(issues[0]?.message).toContain(message);
  });

  it('lists every problem of an empty estimate and an empty order, choice fields not asked for', () => {
    const quiz = typedQuiz();
    quiz.questions = [
      { id: 'e', kind: 'number', type: 'estimate', prompt: 'How many?' },
      { id: 'o', kind: 'date', type: 'order', prompt: 'In which order?' },
    ];
    expect(issuesOf(quiz).map((i) => i.path)).toEqual([
      'questions[0].answerValue',
      'questions[0].min',
      'questions[0].max',
      'questions[0].scale',
      'questions[0].tolerance',
      'questions[1].events',
    ]);
  });
});
