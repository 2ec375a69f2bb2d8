/// <reference types="node" />
/**
 * `npm run bench:build`: how fast the builder turns each annotated article
 * into a quiz.
 *
 * - warm: median wall time of many `buildQuiz` calls in this process, after
 *   warm-up; and CPU time (`process.cpuUsage`) per call, the best of several
 *   batches: on a shared, busy machine the CPU figure is the one to trust;
 * - cold: a fresh `node` process per run (median of 5): import the builder and
 *   build one quiz, in wall and CPU time. Imports a minified esbuild bundle of
 *   `buildQuiz` from src/core (what the in-page chunk loads; `--dist`:
 *   dist/core/index.js instead), else tsx.
 *
 * Goals (the "median time to build a quiz from each article"): a
 * median of <= 5 ms warm per 600-word article and <= 100 ms cold (import +
 * first build), judged on CPU time; it also prints how many articles are
 * within each goal. Articles: the shared corpus and
 * test/fixtures/articles. Prints a table; always exits 0.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArticle } from '../src/core/article.js';
import { buildQuiz } from '../src/core/build-quiz.js';
import type { Article } from '../src/core/types.js';

const WARM_GOAL_MS = 5; // per 600-word article
const COLD_GOAL_MS = 100;
const COLD_RUNS = 5;
const CPU_BATCHES = 9;

const articleDirs = [new URL('../../shared/corpus/', import.meta.url), new URL('../test/fixtures/articles/', import.meta.url)];
const repo = fileURLToPath(new URL('../', import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function loadCorpus(): { name: string; article: Article; words: number }[] {
  return articleDirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => {
        const metaUrl = new URL(f.replace(/\.txt$/, '.json'), dir);
        const meta = (existsSync(metaUrl) ? JSON.parse(readFileSync(metaUrl, 'utf8')) : {}) as { datePublished?: string | null };
        const overrides = meta.datePublished ? { datePublished: meta.datePublished } : undefined;
        const article = parseArticle(readFileSync(new URL(f, dir), 'utf8'), 'text', overrides);
        return { name: f.replace(/\.txt$/, ''), article, words: article.text.split(/\s+/).filter(Boolean).length };
      }),
  );
}

/** `buildQuiz`, ignoring "nothing to ask" (an article without facts still costs its extraction). */
function build(article: Article): void {
  try {
    buildQuiz(article);
  } catch {
    // measured all the same
  }
}

/** Median wall ms of `buildQuiz` after warm-up: at least 50 runs and about 0.5 s. */
function warm(article: Article): number {
  for (let i = 0; i < 30; i++) build(article);
  const times: number[] = [];
  const until = performance.now() + 500;
  while (times.length < 50 || (performance.now() < until && times.length < 5000)) {
    const t = performance.now();
    build(article);
    times.push(performance.now() - t);
  }
  return median(times);
}

/** CPU ms per `buildQuiz` call (user + system), the best of several batches of about 50 ms each. */
function warmCpu(article: Article, wallMs: number): number {
  const perBatch = Math.max(5, Math.ceil(50 / Math.max(wallMs, 0.05)));
  let best = Infinity;
  for (let b = 0; b < CPU_BATCHES; b++) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < perBatch; i++) build(article);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000 / perBatch);
  }
  return best;
}

interface ColdModule {
  url: string;
  how: string;
}

/**
 * The builder module a fresh process imports, and how it was made: a minified
 * esbuild bundle of `buildQuiz` from the sources (what the in-page chunk
 * loads), or dist/core/index.js with `--dist` (which may be older than the
 * sources), else tsx.
 */
async function coldModule(tmp: string): Promise<ColdModule> {
  const dist = join(repo, 'dist/core/index.js');
  if (process.argv.includes('--dist') && existsSync(dist)) return { url: pathToFileURL(dist).href, how: 'dist/core/index.js' };
  try {
    const esbuild = (await import('esbuild')) as typeof import('esbuild');
    const out = join(tmp, 'core.mjs');
    await esbuild.build({
      stdin: { contents: "export { buildQuiz } from './src/core/build-quiz.ts';", resolveDir: repo, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      outfile: out,
      logLevel: 'silent',
    });
    return { url: pathToFileURL(out).href, how: 'minified esbuild bundle of buildQuiz from src/core (--dist: dist/core/index.js)' };
  } catch {
    return { url: pathToFileURL(join(repo, 'src/core/index.ts')).href, how: 'tsx on sources (includes TypeScript transpiling)' };
  }
}

interface ColdRun {
  /** Import + first build, measured inside the process. */
  work: number;
  /** CPU ms of import + first build. */
  cpu: number;
  /** Whole process, spawn to exit. */
  wall: number;
}

function cold(mod: ColdModule, articleFile: string, tmp: string): ColdRun[] {
  const script = join(tmp, 'cold.mjs');
  writeFileSync(
    script,
    `import { readFileSync } from 'node:fs';
const article = JSON.parse(readFileSync(${JSON.stringify(articleFile)}, 'utf8'));
const t0 = performance.now();
const c0 = process.cpuUsage();
const { buildQuiz } = await import(${JSON.stringify(mod.url)});
try { buildQuiz(article); } catch {}
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ work: performance.now() - t0, cpu: (c.user + c.system) / 1000 }));
`,
  );
  const viaTsx = mod.url.endsWith('.ts');
  const runs: ColdRun[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const t = performance.now();
    const p = viaTsx
      ? spawnSync(join(repo, 'node_modules/.bin/tsx'), [script], { encoding: 'utf8' })
      : spawnSync(process.execPath, [script], { encoding: 'utf8' });
    const wall = performance.now() - t;
    if (p.status !== 0) throw new Error(`cold run failed: ${p.stderr}`);
    const out = JSON.parse(p.stdout) as { work: number; cpu: number };
    runs.push({ work: out.work, cpu: out.cpu, wall });
  }
  return runs;
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
const ms = (x: number) => x.toFixed(2);

async function mainBench(): Promise<void> {
  const corpus = loadCorpus();
  const tmp = mkdtempSync(join(tmpdir(), 'news-quiz-bench-'));
  try {
    const mod = await coldModule(tmp);
    console.log(`news-quiz builder benchmark — Node ${process.version}, ${corpus.length} articles`);
    console.log(`cold runs import: ${mod.how}\n`);
    const header =
      `${'article'.padEnd(40)} ${pad('words', 6)} ${pad('warm ms', 8)} ${pad('cpu ms', 8)} ${pad('cpu/600w', 8)} ` +
      `${pad('cold ms', 8)} ${pad('cold cpu', 8)} ${pad('proc ms', 8)}  goals (cpu)`;
    console.log(header);
    console.log('-'.repeat(header.length));
    const per600s: number[] = [];
    const colds: number[] = [];
    let cpuSum = 0;
    let wordSum = 0;
    let worstCold = 0;
    for (const { name, article, words } of corpus) {
      const w = warm(article);
      const cpu = warmCpu(article, w);
      const per600 = (cpu * 600) / words;
      cpuSum += cpu;
      wordSum += words;
      const file = join(tmp, `${name}.json`);
      writeFileSync(file, JSON.stringify(article));
      const runs = cold(mod, file, tmp);
      const coldWork = median(runs.map((r) => r.work));
      const coldCpu = median(runs.map((r) => r.cpu));
      worstCold = Math.max(worstCold, coldCpu);
      const wall = median(runs.map((r) => r.wall));
      const warmOk = per600 <= WARM_GOAL_MS;
      const coldOk = coldCpu <= COLD_GOAL_MS;
      per600s.push(per600);
      colds.push(coldCpu);
      console.log(
        `${name.padEnd(40)} ${pad(words, 6)} ${pad(ms(w), 8)} ${pad(ms(cpu), 8)} ${pad(ms(per600), 8)} ` +
          `${pad(ms(coldWork), 8)} ${pad(ms(coldCpu), 8)} ${pad(ms(wall), 8)}  warm ${warmOk ? 'ok' : 'MISS'}, cold ${coldOk ? 'ok' : 'MISS'}`,
      );
    }
    const warmMedian = median(per600s);
    const coldMedian = median(colds);
    const within = (xs: number[], goal: number) => `${xs.filter((x) => x <= goal).length} of ${xs.length} articles within it`;
    console.log(`\nall articles: ${ms((cpuSum * 600) / wordSum)} cpu ms per 600 words; worst cold cpu ${ms(worstCold)} ms`);
    console.log(
      `warm: wall median, and cpu ms per build (best of ${CPU_BATCHES} batches); cpu/600w scales it to a 600-word article. ` +
        `Median ${ms(warmMedian)} ms (goal <= ${WARM_GOAL_MS} ms): ${warmMedian <= WARM_GOAL_MS ? 'met' : 'NOT met'}; ${within(per600s, WARM_GOAL_MS)}`,
    );
    console.log(
      `cold: median of ${COLD_RUNS} fresh processes, import + first build, wall and cpu; proc ms is the whole process including Node's own start-up. ` +
        `Median ${ms(coldMedian)} ms cpu (goal <= ${COLD_GOAL_MS} ms): ${coldMedian <= COLD_GOAL_MS ? 'met' : 'NOT met'}; ${within(colds, COLD_GOAL_MS)}`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await mainBench();
