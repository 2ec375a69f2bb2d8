import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import schema from '../../src/core/quiz.schema.json';
import { isQuiz, validateQuiz, QuizValidationError } from '../../src/core/validate.js';

const SENTENCE = 'Around 2,500 US soldiers are stationed in Iraq and another 900 in Syria.';

function validQuiz(): Record<string, any> {
  return {
    version: 1,
    id: 'iraq-2024-01-05',
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
        explanation: 'Around 2,500 US soldiers are stationed in Iraq.',
        source: { sentence: SENTENCE, start: 10, end: 10 + SENTENCE.length },
      },
      { id: 'q2', kind: 'actor', type: 'choice', prompt: 'Who leads Iraq?', choices: ['Mohammed Shia al-Sudani', 'Antony Blinken'], answer: 0 },
    ],
  };
}

function withChange(change: (q: Record<string, any>) => void): Record<string, any> {
  const quiz = validQuiz();
  change(quiz);
  return quiz;
}

/** The reference quiz plus an estimate question (questions[2]) and an order question (questions[3]). */
function typedQuiz(change: (e: Record<string, any>, o: Record<string, any>) => void = () => {}): Record<string, any> {
  const quiz = validQuiz();
  const e: Record<string, any> = {
    id: 'e1', kind: 'number', type: 'estimate', prompt: 'About how many US soldiers are stationed in Iraq?',
    answerValue: 2500, min: 100, max: 20000, scale: 'log', tolerance: 0.1, unit: 'US soldiers', answerText: '2,500',
    format: { decimals: 0 }, source: { sentence: SENTENCE },
  };
  const o: Record<string, any> = {
    id: 'o1', kind: 'date', type: 'order', prompt: 'Put these events in order.',
    events: [
      { text: 'Iraq claimed to have defeated ISIS', date: '2017', iso: '2017' },
      { text: 'Soleimani was killed', date: '2020', iso: '2020', source: { sentence: 'Soleimani was killed in 2020.' } },
      { text: 'Two explosions killed nearly 100 people', date: 'Wednesday', iso: null },
    ],
    initial: [2, 0, 1],
  };
  change(e, o);
  quiz.questions.push(e, o);
  return quiz;
}

const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
const validateSchema = ajv.compile(schema);

/** `questions[2].answer` → `/questions/2/answer` (ajv's instancePath). */
function toPointer(path: string): string {
  if (path === '$') return '';
  return `/${path.replace(/\[(\d+)\]/g, '.$1').split('.').join('/')}`;
}

/** Every instance path an ajv error points at, counting a missing property and duplicate items as their own paths. */
function schemaErrorPaths(): string[] {
  return (validateSchema.errors ?? []).flatMap((e) => {
    const params = e.params as { missingProperty?: string; i?: number; j?: number };
    if (params.missingProperty !== undefined) return [`${e.instancePath}/${params.missingProperty}`];
    if (e.keyword === 'uniqueItems') return [`${e.instancePath}/${params.i}`, `${e.instancePath}/${params.j}`];
    return [e.instancePath];
  });
}

function firstIssuePath(input: unknown): string | undefined {
  try {
    validateQuiz(input);
    return undefined;
  } catch (error) {
    return (error as QuizValidationError).issues[0]?.path;
  }
}

describe('quiz.schema.json', () => {
  it('is a draft 2020-12 schema with the published $id and a title', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://unpkg.com/news-quiz/dist/quiz.schema.json');
    expect(schema.title).toMatch(/quiz/i);
    expect(ajv.validateSchema(schema)).toBe(true);
  });

  it('describes every field', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const obj = node as Record<string, unknown>;
      for (const [key, value] of Object.entries(obj)) {
        if ((key === 'properties' || key === '$defs') && typeof value === 'object' && value !== null) {
          for (const [name, sub] of Object.entries(value)) {
            if (typeof (sub as { description?: unknown }).description !== 'string') undocumented.push(`${path}/${key}/${name}`);
          }
        }
        walk(value, `${path}/${key}`);
      }
    };
    walk(schema, '#');
    expect(undocumented).toEqual([]);
  });
});

// [name, input, rule expressible in JSON Schema]
const rows: [string, unknown, boolean][] = [
  ['the reference quiz', validQuiz(), true],
  ['a minimal quiz', { version: 1, id: 'x', title: 'T', questions: [{ id: 'a', kind: 'other', prompt: 'P?', choices: ['y', 'n'], answer: 1 }] }, true],
  ['unknown properties', withChange((q) => {
    q.extra = true;
    q.questions[0].extra = 1;
    q.questions[0].source.extra = 's';
    q.article.extra = [];
  }), true],
  ['a region language tag', withChange((q) => (q.lang = 'pt-BR')), true],
  ['a leap day', withChange((q) => (q.article.datePublished = '2024-02-29')), true],
  ['an id of 200 astral characters', withChange((q) => (q.id = '😀'.repeat(200))), true],
  ['a string', JSON.stringify(validQuiz()), true],
  ['null', null, true],
  ['an array', [], true],
  ['no version', withChange((q) => delete q.version), true],
  ['version 2', withChange((q) => (q.version = 2)), true],
  ['no id', withChange((q) => delete q.id), true],
  ['an empty id', withChange((q) => (q.id = '')), true],
  ['a blank id', withChange((q) => (q.id = '  ')), true],
  ['an id of 201 characters', withChange((q) => (q.id = 'x'.repeat(201))), true],
  ['a blank title', withChange((q) => (q.title = ' ')), true],
  ['a language name', withChange((q) => (q.lang = 'english')), true],
  ['an article array', withChange((q) => (q.article = [])), true],
  ['a numeric article title', withChange((q) => (q.article.title = 1)), true],
  ['a relative URL', withChange((q) => (q.article.url = '/en/iraq')), true],
  ['an ftp URL', withChange((q) => (q.article.url = 'ftp://x.org/a')), true],
  ['a URL with a space', withChange((q) => (q.article.url = 'https://x.org/a b')), true],
  ['month 13', withChange((q) => (q.article.datePublished = '2024-13-01')), true],
  ['a prose date', withChange((q) => (q.article.datePublished = 'Jan 5, 2024')), true],
  ['no questions', withChange((q) => (q.questions = [])), true],
  ['101 questions', withChange((q) => (q.questions = Array.from({ length: 101 }, (_, i) => ({ ...q.questions[1], id: `q${i}` })))), true],
  ['a null question', withChange((q) => (q.questions[1] = null)), true],
  ['a question without kind', withChange((q) => delete q.questions[1].kind), true],
  ['an unknown kind', withChange((q) => (q.questions[1].kind = 'person')), true],
  ['an unknown type', withChange((q) => (q.questions[1].type = 'slider')), true],
  ['a blank prompt', withChange((q) => (q.questions[1].prompt = '')), true],
  ['one choice', withChange((q) => {
    q.questions[1].choices = ['a'];
  }), true],
  ['11 choices', withChange((q) => (q.questions[1].choices = Array.from({ length: 11 }, (_, i) => `c${i}`))), true],
  ['a blank choice', withChange((q) => (q.questions[0].choices[1] = '\t')), true],
  ['identical choices', withChange((q) => (q.questions[0].choices[2] = '900')), true],
  ['a fractional answer', withChange((q) => (q.questions[0].answer = 0.5)), true],
  ['a negative answer', withChange((q) => (q.questions[0].answer = -1)), true],
  ['an answer of 10', withChange((q) => (q.questions[0].choices = Array.from({ length: 10 }, (_, i) => `c${i}`), q.questions[0].answer = 10)), true],
  ['a numeric explanation', withChange((q) => (q.questions[0].explanation = 3)), true],
  ['a source without sentence', withChange((q) => delete q.questions[0].source.sentence), true],
  ['start without end', withChange((q) => delete q.questions[0].source.end), true],
  ['end without start', withChange((q) => delete q.questions[0].source.start), true],
  ['a negative start', withChange((q) => (q.questions[0].source.start = -1)), true],
  // Estimate and order questions
  ['estimate and order questions', typedQuiz(), true],
  ['an estimate with unknown extra fields', typedQuiz((e) => (e.sliderStep = 10)), true],
  ['an order without initial', typedQuiz((_e, o) => delete o.initial), true],
  ['an estimate without answerValue', typedQuiz((e) => delete e.answerValue), true],
  ['an estimate without tolerance', typedQuiz((e) => delete e.tolerance), true],
  ['an estimate with a text answerValue', typedQuiz((e) => (e.answerValue = '2500')), true],
  ['an unknown scale', typedQuiz((e) => (e.scale = 'exp')), true],
  ['a tolerance above 1', typedQuiz((e) => (e.tolerance = 5)), true],
  ['a blank unit', typedQuiz((e) => (e.unit = '')), true],
  ['a fractional format exponent', typedQuiz((e) => (e.format.exponent = 0.5)), true],
  ['an order without events', typedQuiz((_e, o) => delete o.events), true],
  ['an order of two events', typedQuiz((_e, o) => (o.events = o.events.slice(0, 2), delete o.initial)), true],
  ['an event without date', typedQuiz((_e, o) => delete o.events[1].date), true],
  ['a blank event text', typedQuiz((_e, o) => (o.events[0].text = ' ')), true],
  ['a prose event iso', typedQuiz((_e, o) => (o.events[0].iso = 'in 2017')), true],
  ['an initial given as text', typedQuiz((_e, o) => (o.initial = '201')), true],
  ['a choice question without choices', withChange((q) => delete q.questions[1].choices), true],
  // Rules JSON Schema cannot state: the schema accepts these, validateQuiz rejects them.
  ['a duplicate question id', withChange((q) => (q.questions[1].id = 'q1')), false],
  ['choices equal but for case', withChange((q) => (q.questions[1].choices[1] = 'MOHAMMED SHIA AL-SUDANI')), false],
  ['an answer past the last choice', withChange((q) => (q.questions[1].answer = 2)), false],
  ['end not covering the sentence', withChange((q) => (q.questions[0].source.end += 1)), false],
  ['end before start', withChange((q) => (q.questions[0].source.end = 5)), false],
  ['a non-leap 29 February', withChange((q) => (q.article.datePublished = '2023-02-29')), false],
  ['an estimate with max below min', typedQuiz((e) => (e.max = 50)), false],
  ['an estimate key outside its range', typedQuiz((e) => (e.answerValue = 50000)), false],
  ['a log scale from 0', typedQuiz((e) => (e.min = 0)), false],
  ['events out of chronological order', typedQuiz((_e, o) => (o.events[0].iso = '2024')), false],
  ['duplicate event texts', typedQuiz((_e, o) => (o.events[2].text = 'IRAQ CLAIMED TO HAVE DEFEATED ISIS')), false],
  ['an initial that is not a permutation', typedQuiz((_e, o) => (o.initial = [0, 1, 3])), false],
];

describe('quiz.schema.json agrees with validateQuiz', () => {
  it.each(rows.filter(([, , expressible]) => expressible))('%s', (_name, input) => {
    const valid = isQuiz(input);
    expect(validateSchema(input)).toBe(valid);
    if (!valid) {
      // The schema flags the value validateQuiz reports first.
      expect(schemaErrorPaths()).toContain(toPointer(firstIssuePath(input) as string));
    }
  });

  it.each(rows.filter(([, , expressible]) => !expressible))('%s: only validateQuiz can catch it', (_name, input) => {
    expect(validateSchema(input)).toBe(true);
    expect(isQuiz(input)).toBe(false);
  });
});
