#!/usr/bin/env node
/// <reference types="node" />
/**
 * The `news-quiz` command (package `bin`, built to dist/cli.js).
 * `news-quiz build FILE|-` prints Quiz JSON; `news-quiz facts FILE|-` prints
 * Facts JSON. See `news-quiz --help` and src/cli/main.ts.
 */
import { workerData } from 'node:worker_threads';
import { main, nodeIO } from './cli/main.js';

/** The `--ndjson` worker loop; the worker bootstrap imports this module to reach it. */
export { runNdjsonWorker } from './cli/main.js';

const isNdjsonWorker = Boolean((workerData as { newsQuizBoot?: unknown } | null)?.newsQuizBoot);

if (!isNdjsonWorker) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // The reader went away (`news-quiz build x | head`): stop quietly.
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  main(process.argv.slice(2), nodeIO()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`news-quiz: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
