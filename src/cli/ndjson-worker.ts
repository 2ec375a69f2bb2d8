/// <reference types="node" />
/**
 * The `--ndjson` worker thread: receives chunks of input lines, answers with
 * one output line (a result, or an error object) per input line.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseArticle } from '../core/article.js';
import type { Article } from '../core/types.js';
import { isInputError, loadBuilder, runArticle, type Builder, type RunOptions } from './run.js';

/** Settings every worker gets in `workerData.newsQuizNdjson`. */
export interface WorkerInit {
  options: RunOptions;
  published?: string;
}

/** One input line: its 1-based number and text. */
export interface InputLine {
  n: number;
  text: string;
}

/** One output line; `fault` is `input` for a bad article, `internal` for a builder failure. */
export interface OutputLine {
  json: string;
  fault?: 'input' | 'internal';
}

/** A chunk of lines sent to a worker. */
export interface Job {
  id: number;
  lines: InputLine[];
}

/** A worker's answer to a job. */
export interface JobResult {
  id: number;
  results: OutputLine[];
}

/** Processes one NDJSON line: an Article or schema.org NewsArticle JSON object. */
export function processLine(b: Builder, line: InputLine, init: WorkerInit): OutputLine {
  try {
    const overrides: Partial<Article> | undefined = init.published ? { datePublished: init.published } : undefined;
    const article = parseArticle(line.text, 'json', overrides);
    return { json: JSON.stringify(runArticle(b, article, init.options)) };
  } catch (e) {
    if (isInputError(e)) return { json: JSON.stringify({ error: e.message, line: line.n }), fault: 'input' };
    const message = e instanceof Error ? e.message : String(e);
    return { json: JSON.stringify({ error: `internal error: ${message}`, line: line.n }), fault: 'internal' };
  }
}

/**
 * Worker entry: answers `Job` messages with `JobResult`s until the port
 * closes. `load` supplies the builder (tests pass a stand-in).
 */
export function runNdjsonWorker(load: () => Promise<Builder> = loadBuilder): void {
  const port = parentPort;
  if (!port) throw new Error('runNdjsonWorker must run in a worker thread');
  const init = (workerData as { newsQuizNdjson: WorkerInit }).newsQuizNdjson;
  const ready = load();
  port.on('message', (job: Job) => {
    ready.then(
      (b) => port.postMessage({ id: job.id, results: job.lines.map((l) => processLine(b, l, init)) } satisfies JobResult),
      (e: unknown) => {
        const message = `internal error: cannot load the quiz builder: ${e instanceof Error ? e.message : String(e)}`;
        port.postMessage({
          id: job.id,
          results: job.lines.map((l) => ({ json: JSON.stringify({ error: message, line: l.n }), fault: 'internal' })),
        } satisfies JobResult);
      },
    );
  });
}
