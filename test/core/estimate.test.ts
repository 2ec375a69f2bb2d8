import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TOLERANCE,
  estimateFormat,
  estimateOffBy,
  estimatePosition,
  estimateQuestionFromFact,
  estimateRange,
  estimateValueAt,
  formatEstimate,
  parseEstimateFormat,
  scoreEstimate,
  snapEstimate,
} from '../../src/core/estimate.js';
import { extractNumberDetails } from '../../src/core/numbers.js';
import { createRng } from '../../src/core/random.js';
import { splitSentences } from '../../src/core/text.js';
import type { EstimateQuestion, NumberFact, Quiz } from '../../src/core/types.js';
import { validateQuiz } from '../../src/core/validate.js';
import { allArticles } from './helpers/corpus.js';

function question(partial: Partial<EstimateQuestion>): EstimateQuestion {
  return {
    id: 'e1', kind: 'number', type: 'estimate', prompt: 'How many?',
    answerValue: 2500, min: 100, max: 100_000, scale: 'log', tolerance: 0.1,
    ...partial,
  };
}

const SEEDS = Array.from({ length: 300 }, (_, i) => `seed-${i}`);

describe('estimateRange', () => {
  // [value, percent?, expected scale]
  it.each<[number, boolean, 'linear' | 'log']>([
    [3, false, 'linear'],
    [2.4, false, 'linear'],
    [7, false, 'linear'],
    [100, false, 'linear'],
    [900, false, 'linear'],
    [999, false, 'linear'],
    [1000, false, 'log'],
    [2500, false, 'log'],
    [48e6, false, 'log'],
    [368e9, false, 'log'],
    [1.5, true, 'linear'],
    [40, true, 'linear'],
    [95, true, 'linear'],
    [99.5, true, 'linear'],
    [100, true, 'linear'],
    [150, true, 'linear'],
  ])('%d (percent: %s) → a %s range with the key off-centre, 20 to 80 per cent along the slider', (value, percent, scale) => {
    const positions: number[] = [];
    for (const seed of SEEDS) {
      const range = estimateRange(value, createRng(seed), { percent });
      expect(range.scale).toBe(scale);
      expect(range.min).toBeLessThan(value);
      expect(range.max).toBeGreaterThan(value);
      expect(range.min).toBeGreaterThanOrEqual(0);
      if (percent && value < 100) expect(range.max).toBeLessThanOrEqual(100);
      if (scale === 'log') {
        expect(range.min).toBeGreaterThan(0);
        // Orders of magnitude: at least two.
        expect(Math.log10(range.max / range.min)).toBeGreaterThanOrEqual(2);
      }
      const p = estimatePosition(range, value);
      expect(p).toBeGreaterThanOrEqual(0.2);
      expect(p).toBeLessThanOrEqual(0.8);
      positions.push(p);
    }
    // Not always in the same place: the slider's middle is no hint.
    expect(Math.max(...positions) - Math.min(...positions)).toBeGreaterThan(0.15);
  });

  it('rounds the ends to nice numbers', () => {
    const nice = (x: number, mantissas: number[]): boolean => {
      if (x === 0) return true;
      const m = x / Math.pow(10, Math.floor(Math.log10(x) + 1e-9));
      return mantissas.some((n) => Math.abs(m - n) < 1e-9);
    };
    for (const seed of SEEDS) {
      for (const value of [3, 17, 240, 900]) {
        const r = estimateRange(value, createRng(seed));
        expect(r.min).toBe(0);
        expect(nice(r.max, [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8])).toBe(true);
      }
      for (const value of [1000, 2500, 71_234, 368e9]) {
        const r = estimateRange(value, createRng(seed));
        expect(nice(r.min, [1, 2, 5])).toBe(true);
        expect(nice(r.max, [1, 2, 5])).toBe(true);
      }
    }
  });

  it('is deterministic for a seed and varies between seeds', () => {
    expect(estimateRange(2500, createRng('a'))).toEqual(estimateRange(2500, createRng('a')));
    const ranges = new Set(SEEDS.slice(0, 50).map((seed) => JSON.stringify(estimateRange(2500, createRng(seed)))));
    expect(ranges.size).toBeGreaterThan(3);
  });

  it.each([[0], [-5], [Number.NaN], [Number.POSITIVE_INFINITY]])('throws a RangeError for %d', (value) => {
    expect(() => estimateRange(value, createRng(1))).toThrow(RangeError);
    expect(() => estimateRange(value, createRng(1))).toThrow('value must be a positive finite number');
  });
});

describe('estimatePosition / estimateValueAt', () => {
  it.each<[string, { min: number; max: number; scale: 'linear' | 'log' }, number, number]>([
    ['linear middle', { min: 0, max: 100, scale: 'linear' }, 50, 0.5],
    ['linear quarter', { min: 20, max: 60, scale: 'linear' }, 30, 0.25],
    ['log: one decade of two', { min: 100, max: 10_000, scale: 'log' }, 1000, 0.5],
    ['log: lower end', { min: 100, max: 10_000, scale: 'log' }, 100, 0],
  ])('%s', (_name, range, value, position) => {
    expect(estimatePosition(range, value)).toBeCloseTo(position, 12);
    expect(estimateValueAt(range, position)).toBeCloseTo(value, 9);
  });
});

describe('scoreEstimate', () => {
  const linear = question({ answerValue: 40, min: 0, max: 100, scale: 'linear' });
  const log = question({ answerValue: 2500, min: 100, max: 100_000, scale: 'log' });
  // Formula: log scale 1 − (d − dt) / (1 − dt), d = |log10(g/a)|, dt = log10(1.1).
  const dt = Math.log10(1.1);
  const logScore = (ratio: number): number => 1 - (Math.abs(Math.log10(ratio)) - dt) / (1 - dt);

  it.each<[string, EstimateQuestion, number, number]>([
    ['linear: exact', linear, 40, 1],
    ['linear: 10% high, at the tolerance', linear, 44, 1],
    ['linear: 10% low, at the tolerance', linear, 36, 1],
    ['linear: 50% high → (1 − 0.5) / (1 − 0.1)', linear, 60, 0.5 / 0.9],
    ['linear: 25% low → 0.75 / 0.9', linear, 30, 0.75 / 0.9],
    ['linear: twice the answer', linear, 80, 0],
    ['linear: zero', linear, 0, 0],
    ['linear: far above', linear, 100, 0],
    ['log: exact', log, 2500, 1],
    ['log: 8% high', log, 2700, 1],
    ['log: twice too high', log, 5000, logScore(2)],
    ['log: half, scored like twice', log, 1250, logScore(2)],
    ['log: 60% low', log, 1000, logScore(0.4)],
    ['log: ten times too high', log, 25_000, 0],
    ['log: ten times too low', log, 250, 0],
    ['log: zero', log, 0, 0],
    ['log: negative', log, -2500, 0],
    ['NaN', log, Number.NaN, 0],
    ['Infinity', linear, Number.POSITIVE_INFINITY, 0],
  ])('%s', (_name, q, guess, expected) => {
    expect(scoreEstimate(q, guess)).toBeCloseTo(expected, 10);
  });

  it('never rises as a guess moves away from the answer, on either side and scale', () => {
    for (const q of [linear, log]) {
      let previous = 1;
      for (let g = q.answerValue; g <= q.max; g *= 1.05) {
        const s = scoreEstimate(q, g);
        expect(s).toBeLessThanOrEqual(previous + 1e-12);
        expect(s).toBeGreaterThanOrEqual(0);
        previous = s;
      }
      previous = 1;
      for (let g = q.answerValue; g >= Math.max(q.min, 1e-9); g /= 1.05) {
        const s = scoreEstimate(q, g);
        expect(s).toBeLessThanOrEqual(previous + 1e-12);
        previous = s;
      }
    }
  });

  it('honours the quiz tolerance: 0 asks for the exact figure, 0.5 forgives half', () => {
    expect(scoreEstimate(question({ tolerance: 0 }), 2500)).toBe(1);
    expect(scoreEstimate(question({ tolerance: 0 }), 2501)).toBeLessThan(1);
    expect(scoreEstimate(question({ tolerance: 0.5 }), 3700)).toBe(1);
    expect(scoreEstimate(question({ tolerance: 0.5, scale: 'linear', min: 0 }), 1250)).toBe(1);
  });

  it('measures an answer of 0 against the range width', () => {
    const zero = question({ answerValue: 0, min: -10, max: 10, scale: 'linear' });
    expect(scoreEstimate(zero, 0)).toBe(1);
    expect(scoreEstimate(zero, 1)).toBe(1); // 1 / 20 = 5%
    expect(scoreEstimate(zero, 10)).toBeCloseTo(0.5 / 0.9, 10);
  });
});

describe('estimateOffBy', () => {
  const q = question({});
  it.each<[number, number, number, 'low' | 'high' | 'exact']>([
    [1000, 0.4, 60, 'low'],
    [5000, 2, 100, 'high'],
    [2500, 1, 0, 'exact'],
    [2510, 1.004, 0.4, 'exact'],
    [2520, 1.008, 0.8, 'high'],
    [0, 0, 100, 'low'],
  ])('%d against 2,500 → ratio %d, %d per cent %s', (guess, ratio, percent, direction) => {
    const off = estimateOffBy(q, guess);
    expect(off.ratio).toBeCloseTo(ratio, 10);
    expect(off.percent).toBeCloseTo(percent, 10);
    expect(off.direction).toBe(direction);
  });
});

describe('parseEstimateFormat', () => {
  it.each<[string, number, ReturnType<typeof parseEstimateFormat>]>([
    ['2,500', 2500, { decimals: 0, grouping: true }],
    ['2500', 2500, { decimals: 0, grouping: false }],
    ['900', 900, { decimals: 0, grouping: true }],
    ['$368bn', 368e9, { prefix: '$', suffix: 'bn', exponent: 9, decimals: 0, grouping: true }],
    ['40%', 40, { suffix: '%', decimals: 0, grouping: true }],
    ['1.2 million', 1.2e6, { suffix: ' million', exponent: 6, decimals: 1, grouping: true }],
    ['£11.50', 11.5, { prefix: '£', decimals: 2, grouping: true }],
    ['Rp 50 billion', 50e9, { prefix: 'Rp ', suffix: ' billion', exponent: 9, decimals: 0, grouping: true }],
    ['₦400bn', 400e9, { prefix: '₦', suffix: 'bn', exponent: 9, decimals: 0, grouping: true }],
    ['RM2bn', 2e9, { prefix: 'RM', suffix: 'bn', exponent: 9, decimals: 0, grouping: true }],
    ['NT$1,200', 1200, { prefix: 'NT$', decimals: 0, grouping: true }],
    ['Sh18.6 billion', 18.6e9, { prefix: 'Sh', suffix: ' billion', exponent: 9, decimals: 1, grouping: true }],
    ['KSh2,500', 2500, { prefix: 'KSh', decimals: 0, grouping: true }],
    ['seven', 7, undefined],
    ['31 to 9', 31, undefined],
    ['about 40', 40, undefined],
  ])('%s', (text, value, expected) => {
    expect(parseEstimateFormat(text, value)).toEqual(expected);
  });
});

describe('formatEstimate and snapEstimate show values like the key', () => {
  const soldiers = question({ answerText: '2,500' });
  const deficit = question({ answerValue: 368e9, min: 1e10, max: 1e13, answerText: '$368bn', unit: '$' });
  const share = question({ answerValue: 40, min: 0, max: 100, scale: 'linear', answerText: '40%' });
  const million = question({ answerValue: 1.2e6, min: 1e4, max: 1e8, answerText: '1.2 million' });
  const spelled = question({ answerValue: 7, min: 0, max: 10, scale: 'linear', answerText: 'seven', unit: 'faithless electors' });
  const plain = question({ answerText: '2500' });
  const euros = question({ answerValue: 30, min: 0, max: 50, scale: 'linear', unit: '€' });
  const explicit = question({ answerValue: 368e9, min: 1e10, max: 1e13, answerText: '$368bn', format: { prefix: 'US$', suffix: ' billion', exponent: 9 } });

  it.each<[string, EstimateQuestion, number, string]>([
    ['a count', soldiers, 2500, '2,500'],
    ['a count, rounded', soldiers, 1234.5, '1,235'],
    ['a large count', soldiers, 200_000, '200,000'],
    ['money', deficit, 412e9, '$412bn'],
    ['money stepping up a scale word', deficit, 5e13, '$50tn'],
    ['money with a decimal where needed', deficit, 1.5e12, '$1.5tn'],
    ['money stepping down', deficit, 5e8, '$500m'],
    ['money below a million, written out', deficit, 250_000, '$250,000'],
    ['money near zero keeps two significant digits', deficit, 4.2e10, '$42bn'],
    ['a percentage', share, 37.4, '37%'],
    ['a small percentage gains a decimal', share, 1.26, '1.3%'],
    ['a spelled key shows digits', spelled, 8, '8'],
    ['an ungrouped key', plain, 12000, '12000'],
    ['words scale', million, 2.4e6, '2.4 million'],
    ['words scale stepping up', million, 3e9, '3 billion'],
    ['words scale below a million', million, 900_000, '900,000'],
    ['a currency unit without answerText', euros, 12, '€12'],
    ['an explicit format wins over answerText', explicit, 412e9, 'US$412 billion'],
  ])('%s: %d → %s', (_name, q, value, text) => {
    expect(formatEstimate(q, value)).toBe(text);
  });

  it.each<[string, EstimateQuestion, number, number]>([
    ['a count', soldiers, 2512.7, 2513],
    ['money', deficit, 368.49e9, 368e9],
    ['money on a stepped scale', deficit, 1.5123e12, 1.5e12],
    ['a percentage', share, 37.4, 37],
  ])('snaps %s: %d → %d, the value shown', (_name, q, value, snapped) => {
    expect(snapEstimate(q, value)).toBe(snapped);
    expect(formatEstimate(q, snapEstimate(q, value))).toBe(formatEstimate(q, value));
  });

  it('falls back to the unit for the format', () => {
    expect(estimateFormat(question({ unit: '%', answerValue: 12.5 }))).toEqual({ decimals: 1, suffix: '%' });
    expect(estimateFormat(question({ unit: '$' }))).toEqual({ decimals: 0, prefix: '$' });
    expect(estimateFormat(question({ unit: 'soldiers' }))).toEqual({ decimals: 0 });
  });
});

describe('estimateQuestionFromFact', () => {
  const SEED_SENTENCE =
    'Around 2,500 US soldiers are stationed in Iraq and another 900 in Syria to prevent a resurgence of the so-called Islamic State (IS).';
  const seedText = `The Iraqi government announced plans on Friday.\n\n${SEED_SENTENCE}`;
  const seedSentences = splitSentences(seedText);
  const [soldiers, syria] = extractNumberDetails(seedText, seedSentences);

  it('turns "Around 2,500 US soldiers" into a valid estimate question citing its sentence', () => {
    const q = estimateQuestionFromFact(soldiers!, 'q9', createRng(7), 'About how many US soldiers are stationed in Iraq?', seedSentences);
    expect(q).not.toBeNull();
    expect(q).toMatchObject({
      id: 'q9',
      kind: 'number',
      type: 'estimate',
      prompt: 'About how many US soldiers are stationed in Iraq?',
      answerValue: 2500,
      answerText: '2,500',
      unit: 'US soldiers',
      tolerance: DEFAULT_TOLERANCE,
      scale: 'log',
    });
    const source = q!.source!;
    expect(source.sentence).toBe(SEED_SENTENCE);
    expect(seedText.slice(source.start, source.end)).toBe(SEED_SENTENCE);
    expect(formatEstimate(q!, q!.answerValue)).toBe('2,500');
    const p = estimatePosition(q!, 2500);
    expect(p).toBeGreaterThanOrEqual(0.2);
    expect(p).toBeLessThanOrEqual(0.8);
    const quiz: Quiz = { version: 1, id: 'x', title: 'X', questions: [q!] };
    expect(validateQuiz(quiz)).toBe(quiz);
  });

  it('keeps the sibling figure ("another 900 in Syria") as its own question with a linear range', () => {
    const q = estimateQuestionFromFact(syria!, 'q2', createRng(1), 'How many US soldiers are stationed in Syria?', seedSentences);
    expect(q).toMatchObject({ answerValue: 900, scale: 'linear', min: 0, unit: 'US soldiers' });
  });

  it('finds the sentence offsets without the sentence list when the span occurs once in it', () => {
    const q = estimateQuestionFromFact(soldiers!, 'q1', createRng(1), 'How many?');
    expect(q!.source).toEqual({ sentence: SEED_SENTENCE, start: seedText.indexOf(SEED_SENTENCE), end: seedText.indexOf(SEED_SENTENCE) + SEED_SENTENCE.length });
  });

  it('is deterministic by seed', () => {
    const a = estimateQuestionFromFact(soldiers!, 'q1', createRng('s'), 'How many?');
    const b = estimateQuestionFromFact(soldiers!, 'q1', createRng('s'), 'How many?');
    expect(a).toEqual(b);
  });

  it('keeps a percentage within 0..100 and shows it with %', () => {
    const text = 'Turnout rose to 67% in the capital.';
    const fact = extractNumberDetails(text, splitSentences(text))[0]!;
    const q = estimateQuestionFromFact(fact, 'p', createRng(3), 'What was turnout in the capital?');
    expect(q).toMatchObject({ answerValue: 67, scale: 'linear', unit: '%' });
    expect(q!.max).toBeLessThanOrEqual(100);
    expect(formatEstimate(q!, 55)).toBe('55%');
  });

  it('writes money with its currency and scale word', () => {
    const text = 'The US budget deficit is set to hit a worse-than-expected $368bn this year.';
    const fact = extractNumberDetails(text, splitSentences(text))[0]!;
    const q = estimateQuestionFromFact(fact, 'm', createRng(3), 'How big is the deficit set to be?');
    expect(q).toMatchObject({ answerValue: 368e9, scale: 'log', unit: '$', answerText: '$368bn' });
    expect(formatEstimate(q!, q!.min)).toMatch(/^\$\d+(?:bn|m)$/);
  });

  const base: NumberFact = { text: '40', sentence: 'Police arrested 40 protesters.', start: 16, end: 18, value: 40, counts: 'protesters' };
  it.each<[string, Partial<NumberFact> & Record<string, unknown>, string]>([
    ['a range', { valueMax: 60 }, 'How many?'],
    ['a zero', { value: 0, text: '0' }, 'How many?'],
    ['a negative value', { value: -3 }, 'How many?'],
    ['a count below 3', { value: 2, text: 'two' }, 'How many?'],
    ['an age', { counts: "Levi Guerra's age", text: '19-year-old', value: 19 }, 'How old?'],
    ['an age by kind', { kind: 'age' }, 'How old?'],
    ['a duration', { counts: 'years', value: 5, text: 'five' }, 'How long?'],
    ['a fraction', { kind: 'fraction', value: 0.5, text: 'half' }, 'How many?'],
    ['a bound, not a point', { hedge: 'more than' }, 'How many?'],
    ['an upper bound', { hedge: 'up to' }, 'How many?'],
    ['a vague counted noun', { counts: 'number' }, 'How many?'],
    ['money counted as "dollars"', { counts: 'dollars', unit: '$', text: '$40' }, 'How much?'],
    ['a count of "times"', { counts: 'times' }, 'How often?'],
    ['an empty counted noun', { counts: '' }, 'How many?'],
    ['a counted noun the extractor only guessed', { countsFrom: 'default' }, 'How many?'],
    ['a counted noun taken from a pronoun', { countsFrom: 'pronoun' }, 'How many?'],
    ['a blank stem', {}, '  '],
  ])('gives null for %s', (_name, change, stem) => {
    expect(estimateQuestionFromFact({ ...base, ...change } as NumberFact, 'q', createRng(1), stem)).toBeNull();
  });

  it.each<[string, Partial<NumberFact>]>([
    ['an approximate hedge', { hedge: 'around' }],
    ['"nearly"', { hedge: 'nearly' }],
    ['exactly 3', { value: 3, text: 'three' }],
  ])('accepts %s', (_name, change) => {
    expect(estimateQuestionFromFact({ ...base, ...change }, 'q', createRng(1), 'How many?')).not.toBeNull();
  });

  it('makes valid questions with the key inside the range from every number of the annotated articles', () => {
    let made = 0;
    for (const entry of allArticles()) {
      const sentences = splitSentences(entry.article.text, entry.article.title);
      for (const fact of extractNumberDetails(entry.article.text, sentences)) {
        const q = estimateQuestionFromFact(fact, 'q1', createRng(entry.id), 'How many?', sentences);
        if (!q) continue;
        made++;
        expect(() => validateQuiz({ version: 1, id: 'x', title: 'X', questions: [q] })).not.toThrow();
        expect(entry.article.text.slice(q.source!.start, q.source!.end)).toBe(q.source!.sentence);
        const p = estimatePosition(q, q.answerValue);
        expect(p).toBeGreaterThanOrEqual(0.2);
        expect(p).toBeLessThanOrEqual(0.8);
        expect(scoreEstimate(q, q.answerValue)).toBe(1);
      }
    }
    expect(made).toBeGreaterThan(10);
  });
});

describe('estimate questions in every currency the extractor knows', () => {
  it.each<[string, number, string, RegExp]>([
    ['GH₵2.5bn', 2.5e9, 'GH₵', /^GH₵\d[\d.]*(?:m|bn|tn)$/],
    ['Tk 500 crore', 5e9, 'Tk', /^Tk \d[\d,.]* crore$/],
    ['N35,000', 35000, 'N', /^N\d[\d,]*$/],
    ['NIS 40 million', 4e7, 'NIS', /^NIS \d[\d.]* (?:million|billion)$/],
  ])('shows the range ends of %s with its currency and scale', (text, value, unit, shape) => {
    const sentence = `The ministry will spend ${text} on the new bridge.`;
    const fact: NumberFact = { text, sentence, start: 24, end: 24 + text.length, value, unit, counts: 'spending' };
    const q = estimateQuestionFromFact(fact, 'q', createRng(1), 'How much will the ministry spend on the bridge?')!;
    expect(q).not.toBeNull();
    expect(formatEstimate(q, q.min)).toMatch(shape);
    expect(formatEstimate(q, q.max)).toMatch(shape);
  });
});
