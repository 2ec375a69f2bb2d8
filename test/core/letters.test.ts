import { describe, expect, it } from 'vitest';
import { L, Ll, Lt, Lu, M, N, re } from '../../src/core/letters.js';

const CLASSES = { L, Lu, Ll, Lt, N, M };
type Name = keyof typeof CLASSES;
const inClass = (name: Name, ch: string): boolean => new RegExp(`^[${CLASSES[name]}]$`, 'u').test(ch);

/** Every code point of the blocks the classes cover: U+0000-U+052F and U+1E00-U+1FFF. */
const covered: number[] = [];
for (let c = 0; c <= 0x1fff; c++) if (c <= 0x52f || c >= 0x1e00) covered.push(c);

describe('letter classes', () => {
  it.each(Object.keys(CLASSES) as Name[])('[${%s}] equals \\p{…} on every code point of U+0000-U+052F and U+1E00-U+1FFF', (name) => {
    const mine = new RegExp(`^[${CLASSES[name]}]$`, 'u');
    const property = new RegExp(`^\\p{${name}}$`, 'u');
    const wrong = covered
      .filter((c) => mine.test(String.fromCharCode(c)) !== property.test(String.fromCharCode(c)))
      .map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
    expect(wrong).toEqual([]);
  });

  it.each([
    ['Ł', 'Lu'],
    ['Ş', 'Lu'],
    ['Đ', 'Lu'],
    ['É', 'Lu'],
    ['Ω', 'Lu'],
    ['Ж', 'Lu'],
    ['Ẽ', 'Lu'],
    ['ß', 'Ll'],
    ['ñ', 'Ll'],
    ['ł', 'Ll'],
    ['ω', 'Ll'],
    ['ж', 'Ll'],
    ['ἀ', 'Ll'],
    ['ǅ', 'Lt'],
  ] as const)('%s is a letter of case %s and no other', (ch, kind) => {
    expect(inClass('L', ch)).toBe(true);
    for (const other of ['Lu', 'Ll', 'Lt'] as const) expect(inClass(other, ch)).toBe(other === kind);
    expect(inClass('N', ch)).toBe(false);
  });

  it.each(['ª', 'ʼ', 'ʰ'])('caseless letter %s is a letter but neither upper nor lower case', (ch) => {
    expect([inClass('L', ch), inClass('Lu', ch), inClass('Ll', ch)]).toEqual([true, false, false]);
  });

  it.each(['0', '7', '²', '½'])('%s is a number, not a letter', (ch) => {
    expect([inClass('N', ch), inClass('L', ch)]).toEqual([true, false]);
  });

  it.each(['.', ',', '-', '’', "'", ' ', '$', '€', '%', '_', '—', '\n'])('%j is neither letter, number nor mark', (ch) => {
    expect((Object.keys(CLASSES) as Name[]).filter((name) => inClass(name, ch))).toEqual([]);
  });

  it('combining marks are marks, so "é" written e + U+0301 reads as one word', () => {
    expect(inClass('M', '\u0301')).toBe(true);
    expect(re('u')`^[${L}${M}]+$`.test('Cafe\u0301')).toBe(true);
  });

  it.each(['中', 'א', 'ب', 'क', '٣'])('%s, of a script outside the covered blocks, is deliberately neither letter nor number', (ch) => {
    expect([inClass('L', ch), inClass('N', ch)]).toEqual([false, false]);
  });
});

describe('re', () => {
  it('keeps backslashes as a regex literal would and applies the flags', () => {
    const words = re('gu')`[${L}]+\.?`;
    expect(words.flags).toBe('gu');
    expect('Mr. Łukasz Żuk, 42'.match(words)).toEqual(['Mr.', 'Łukasz', 'Żuk']);
    expect(re('u')`^\d+[${Ll}]$`.test('42é')).toBe(true);
  });
});
