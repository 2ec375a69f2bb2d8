/// <reference types="node" />
/**
 * `--ndjson`: one article JSON per input line, one result JSON per output
 * line, in input order, built in parallel on worker threads.
 */
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputLine, Job, JobResult, OutputLine, WorkerInit } from './ndjson-worker.js';

/** How the pool reaches the worker code. */
export interface WorkerSource {
  /** URL of a module that exports `runNdjsonWorker`. */
  moduleUrl: string;
  /** Worker threads to start at most (default: available parallelism). */
  jobs?: number;
}

/** Summary of an NDJSON run. */
export interface NdjsonSummary {
  lines: number;
  inputErrors: number;
  internalErrors: number;
}

/**
 * The worker bootstrap (a CommonJS script): when the CLI runs from
 * TypeScript sources (tests, `tsx`), registers tsx first; then imports the
 * CLI module and starts its worker loop.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
(async () => {
  const { moduleUrl, tsxApi } = workerData.newsQuizBoot;
  if (tsxApi) (await import(tsxApi)).register();
  const mod = await import(moduleUrl);
  mod.runNdjsonWorker();
})().catch((e) => { setImmediate(() => { throw e; }); });
`;

function tsxApiUrl(moduleUrl: string): string | undefined {
  if (!/\.[cm]?tsx?$/.test(moduleUrl)) return undefined;
  try {
    // require.resolve finds tsx's CommonJS build; its ESM twin is the one that works in a worker.
    const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
    const mjs = cjs.replace(/\.cjs$/, '.mjs');
    return pathToFileURL(existsSync(mjs) ? mjs : cjs).href;
  } catch {
    return undefined;
  }
}

/** Splits NDJSON input into numbered, non-blank lines. */
export function ndjsonLines(input: string): InputLine[] {
  const out: InputLine[] = [];
  const raw = input.replace(/^\uFEFF/, '').split('\n');
  for (let i = 0; i < raw.length; i++) {
    const text = raw[i]!.replace(/\r$/, '');
    if (text.trim()) out.push({ n: i + 1, text });
  }
  return out;
}

/**
 * Runs every line through the builder on a pool of worker threads and writes
 * the results in input order as soon as they are ready.
 */
export async function runNdjson(
  lines: InputLine[],
  init: WorkerInit,
  source: WorkerSource,
  write: (chunk: string) => void,
): Promise<NdjsonSummary> {
  const summary: NdjsonSummary = { lines: lines.length, inputErrors: 0, internalErrors: 0 };
  if (lines.length === 0) return summary;
  const cores = source.jobs ?? availableParallelism();
  const chunkSize = Math.max(1, Math.min(32, Math.ceil(lines.length / (cores * 4))));
  const jobs: Job[] = [];
  for (let i = 0; i < lines.length; i += chunkSize) jobs.push({ id: jobs.length, lines: lines.slice(i, i + chunkSize) });
  const poolSize = Math.max(1, Math.min(cores, jobs.length));

  const done = new Map<number, OutputLine[]>();
  let nextToWrite = 0;
  let nextToSend = 0;
  const flush = () => {
    let out = '';
    while (done.has(nextToWrite)) {
      for (const r of done.get(nextToWrite)!) {
        out += r.json + '\n';
        if (r.fault === 'input') summary.inputErrors++;
        else if (r.fault === 'internal') summary.internalErrors++;
      }
      done.delete(nextToWrite);
      nextToWrite++;
    }
    if (out) write(out);
  };

  const tsxApi = tsxApiUrl(source.moduleUrl);
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      const sendNext = (w: Worker) => {
        if (nextToSend < jobs.length) w.postMessage(jobs[nextToSend++]);
      };
      for (let k = 0; k < poolSize; k++) {
        const w = new Worker(BOOTSTRAP, {
          eval: true,
          workerData: { newsQuizBoot: { moduleUrl: source.moduleUrl, tsxApi }, newsQuizNdjson: init },
        });
        workers.push(w);
        w.on('message', (r: JobResult) => {
          done.set(r.id, r.results);
          flush();
          finished++;
          if (finished === jobs.length) resolve();
          else sendNext(w);
        });
        w.on('error', (e) => reject(new Error(`worker thread failed: ${e instanceof Error ? e.message : String(e)}`)));
        w.on('exit', (code) => {
          if (finished < jobs.length) reject(new Error(`worker thread exited early (code ${code})`));
        });
        sendNext(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return summary;
}
