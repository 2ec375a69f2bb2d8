/// <reference types="node" />
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, formatReport, kb, measure, run } from '../../scripts/size.mjs';

const dirs: string[] = [];
function dist(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'size-test-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Bytes that gzip hardly compresses (a fixed xorshift stream, so the test is deterministic). */
function incompressible(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe('measure', () => {
  it('reports the file size and a much smaller gzip size for repetitive code', () => {
    const bytes = new TextEncoder().encode('customElements.define("news-quiz", X);'.repeat(50));
    const { min, gzip } = measure(bytes);
    expect(min).toBe(bytes.length);
    expect(gzip).toBeLessThan(min / 5);
  });

  it('is deterministic', () => {
    const bytes = incompressible(4096);
    expect(measure(bytes)).toEqual(measure(bytes));
    expect(measure(bytes).gzip).toBeGreaterThan(4096); // incompressible data grows a little
  });
});

describe('checkBudgets', () => {
  it.each([
    ['at the budget', 15 * 1024, false],
    ['one byte over', 15 * 1024 + 1, true],
    ['well under', 8000, false],
  ])('news-quiz.min.js %s', (_label, gzip, over) => {
    const { rows, failures } = checkBudgets([{ file: 'news-quiz.min.js', min: 30000, gzip }]);
    expect(rows[0]?.over).toBe(over);
    expect(failures.length).toBe(over ? 1 : 0);
    if (over) expect(failures[0]).toMatch(/news-quiz\.min\.js .*over its budget of 15\.0 KB \(15360 bytes\) by 1 bytes/);
  });

  it('reports the builder chunk against its 40 KB target without failing, and fails it once it is a budget', () => {
    const measured = [
      { file: 'news-quiz.min.js', min: 20000, gzip: 9000 },
      { file: 'news-quiz-builder.min.js', min: 120000, gzip: 40 * 1024 + 10 },
    ];
    const { failures, warnings, rows } = checkBudgets(measured);
    expect(failures).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/news-quiz-builder\.min\.js .*10 bytes over its 40\.0 KB target/)]);
    expect(formatReport({ rows, failures, warnings })).toMatch(/40\.0 KB target OVER/);
    const enforced = checkBudgets(measured, { 'news-quiz-builder.min.js': 40 * 1024 }, {});
    expect(enforced.failures).toEqual([expect.stringContaining('news-quiz-builder.min.js')]);
  });

  it('fails when the main bundle is missing, and says how to fix it', () => {
    const { failures } = checkBudgets([]);
    expect(failures[0]).toMatch(/news-quiz\.min\.js is missing.*npm run build/);
  });

  it('lists chunks without a budget but does not fail on them', () => {
    const { rows, failures } = checkBudgets([
      { file: 'zz-extra.min.js', min: 900000, gzip: 500000 },
      { file: 'news-quiz.min.js', min: 100, gzip: 80 },
    ]);
    expect(rows.map((r) => r.file)).toEqual(['news-quiz.min.js', 'zz-extra.min.js']);
    expect(rows[1]?.budget).toBeNull();
    expect(failures).toEqual([]);
  });

  it('uses 15 KB = 15360 bytes for the drop-in bundle', () => {
    expect(BUDGETS['news-quiz.min.js']).toBe(15360);
  });
});

describe('formatReport', () => {
  it('compares the main bundle with the peers', () => {
    const report = formatReport(checkBudgets([{ file: 'news-quiz.min.js', min: 25000, gzip: 8 * 1024 }]));
    expect(report).toContain('SurveyJS');
    expect(report).toContain('44.5x larger'); // 356 / 8
    expect(report).toContain('within budget');
  });

  it('formats KB with one decimal', () => {
    expect(kb(15360)).toBe('15.0 KB');
    expect(kb(1536)).toBe('1.5 KB');
  });
});

describe('run', () => {
  it('exits 1 with "run npm run build first" when dist is missing', () => {
    const { exitCode, output } = run(join(tmpdir(), 'no-such-dist-for-size-test'));
    expect(exitCode).toBe(1);
    expect(output).toMatch(/run npm run build first/);
  });

  it('exits 1 when dist has no news-quiz.min.js', () => {
    const { exitCode, output } = run(dist({ 'index.js': 'export {};' }));
    expect(exitCode).toBe(1);
    expect(output).toMatch(/news-quiz\.min\.js is missing/);
  });

  it('exits 0 for a small bundle and 1 for an oversized one', () => {
    expect(run(dist({ 'news-quiz.min.js': 'export const a = 1;' })).exitCode).toBe(0);
    const big = run(dist({ 'news-quiz.min.js': incompressible(20000) }));
    expect(big.exitCode).toBe(1);
    expect(big.output).toMatch(/FAIL news-quiz\.min\.js is \d+\.\d KB gzip/);
  });

  it('measures only *.min.js files, including other chunks', () => {
    const dir = dist({ 'news-quiz.min.js': 'x', 'news-quiz-builder.min.js': incompressible(50000), 'index.js': 'y' });
    mkdirSync(join(dir, 'core'));
    const { exitCode, output } = run(dir);
    expect(exitCode).toBe(0);
    expect(output).toMatch(/WARN news-quiz-builder\.min\.js/);
    expect(output).not.toContain('index.js ');
  });
});
