/// <reference types="node" />
/**
 * `npm run bench:build`: how fast the builder turns each corpus article into
 * a quiz.
 *
 * - warm: median of many `buildQuiz` calls in this process, after warm-up;
 * - cold: a fresh `node` process per run (median of 5): import the builder and
 *   build one quiz. Uses dist/core/index.js when built, else an esbuild bundle
 *   of src/core (what a published build would load), else tsx.
 *
 * Goals: <= 5 ms warm per 600-word article, <= 100 ms cold (import + first build).
 * Prints a table; always exits 0.
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

const corpusDir = new URL('../../shared/corpus/', import.meta.url);
const repo = fileURLToPath(new URL('../', import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function loadCorpus(): { name: string; article: Article; words: number }[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const meta = JSON.parse(readFileSync(new URL(f.replace(/\.txt$/, '.json'), corpusDir), 'utf8')) as { datePublished?: string | null };
      const overrides = meta.datePublished ? { datePublished: meta.datePublished } : undefined;
      const article = parseArticle(readFileSync(new URL(f, corpusDir), 'utf8'), 'text', overrides);
      return { name: f.replace(/\.txt$/, ''), article, words: article.text.split(/\s+/).filter(Boolean).length };
    });
}

/** Median ms of `buildQuiz` after warm-up: at least 50 runs and about 0.5 s. */
function warm(article: Article): number {
  for (let i = 0; i < 30; i++) buildQuiz(article);
  const times: number[] = [];
  const until = performance.now() + 500;
  while (times.length < 50 || (performance.now() < until && times.length < 5000)) {
    const t = performance.now();
    buildQuiz(article);
    times.push(performance.now() - t);
  }
  return median(times);
}

interface ColdModule {
  url: string;
  how: string;
}

/** The builder module a fresh process imports, and how it was made. */
async function coldModule(tmp: string): Promise<ColdModule> {
  const dist = join(repo, 'dist/core/index.js');
  if (existsSync(dist)) return { url: pathToFileURL(dist).href, how: 'dist/core/index.js' };
  try {
    const esbuild = (await import('esbuild')) as typeof import('esbuild');
    const out = join(tmp, 'core.mjs');
    await esbuild.build({
      entryPoints: [join(repo, 'src/core/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      outfile: out,
      logLevel: 'silent',
    });
    return { url: pathToFileURL(out).href, how: 'esbuild bundle of src/core (run npm run build to measure dist)' };
  } catch {
    return { url: pathToFileURL(join(repo, 'src/core/index.ts')).href, how: 'tsx on sources (includes TypeScript transpiling)' };
  }
}

interface ColdRun {
  /** Import + first build, measured inside the process. */
  work: number;
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
const { buildQuiz } = await import(${JSON.stringify(mod.url)});
buildQuiz(article);
console.log(JSON.stringify({ work: performance.now() - t0 }));
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
    runs.push({ work: (JSON.parse(p.stdout) as { work: number }).work, wall });
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
    console.log(`news-quiz builder benchmark — Node ${process.version}, ${corpus.length} corpus articles`);
    console.log(`cold runs import: ${mod.how}\n`);
    const header = `${'article'.padEnd(32)} ${pad('words', 6)} ${pad('warm ms', 8)} ${pad('ms/600w', 8)} ${pad('cold ms', 8)} ${pad('proc ms', 8)}  goals`;
    console.log(header);
    console.log('-'.repeat(header.length));
    let allWarm = true;
    let allCold = true;
    for (const { name, article, words } of corpus) {
      const w = warm(article);
      const per600 = (w * 600) / words;
      const file = join(tmp, `${name}.json`);
      writeFileSync(file, JSON.stringify(article));
      const runs = cold(mod, file, tmp);
      const coldWork = median(runs.map((r) => r.work));
      const wall = median(runs.map((r) => r.wall));
      const warmOk = per600 <= WARM_GOAL_MS;
      const coldOk = coldWork <= COLD_GOAL_MS;
      allWarm &&= warmOk;
      allCold &&= coldOk;
      console.log(
        `${name.padEnd(32)} ${pad(words, 6)} ${pad(ms(w), 8)} ${pad(ms(per600), 8)} ${pad(ms(coldWork), 8)} ${pad(ms(wall), 8)}  warm ${warmOk ? 'ok' : 'MISS'}, cold ${coldOk ? 'ok' : 'MISS'}`,
      );
    }
    console.log(
      `\nwarm: median buildQuiz time; ms/600w scales it to a 600-word article (goal <= ${WARM_GOAL_MS} ms): ${allWarm ? 'met' : 'NOT met'}`,
    );
    console.log(
      `cold: median of ${COLD_RUNS} fresh processes, import + first build (goal <= ${COLD_GOAL_MS} ms): ${allCold ? 'met' : 'NOT met'}; proc ms is the whole process including Node's own start-up`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await mainBench();
