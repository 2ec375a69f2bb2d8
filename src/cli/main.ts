/// <reference types="node" />
/**
 * The `news-quiz` command, as a function: `main(argv, io)` returns the exit
 * code. `src/cli.ts` runs it with the process's streams; tests call it with
 * in-memory ones.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { detectFormat, parseArticle } from '../core/article.js';
import { HELP, parseArgs, UsageError, type CliArgs } from './args.js';
import { decodeInput } from './io.js';
import { ndjsonLines, runNdjson } from './ndjson.js';
import { isInputError, loadBuilder, runArticle, type RunOptions } from './run.js';
import type { Quiz } from '../core/types.js';

export { runNdjsonWorker } from './ndjson-worker.js';

/** Where the CLI reads and writes. */
export interface CliIO {
  stdout(chunk: string): void;
  stderr(chunk: string): void;
  /** Reads standard input to its end. */
  readStdin(): Promise<Uint8Array>;
  /** Reads a file; defaults to `fs.promises.readFile`. */
  readFile?(path: string): Promise<Uint8Array>;
  /** URL of the module whose `runNdjsonWorker` the `--ndjson` workers run; defaults to this module. */
  workerModuleUrl?: string;
}

/** Largest input read, in bytes (an HTML page may be far longer than its article). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** Exit codes. */
export const EXIT = { ok: 0, internal: 1, badInput: 2 } as const;

/** The package version, read from the nearest news-quiz package.json. */
export function version(): string {
  let url = new URL('.', import.meta.url);
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'news-quiz' && pkg.version) return pkg.version;
    } catch {
      // keep looking upwards
    }
    url = new URL('..', url);
  }
  return 'unknown';
}

function fileError(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot read it (${e instanceof Error ? e.message : String(e)})`;
}

/** One line on stderr: `news-quiz: [where: ]reason`. */
function fail(io: CliIO, reason: string, where?: string): void {
  const oneLine = reason.replace(/\s*\n\s*/g, ' ');
  io.stderr(`news-quiz: ${where ? `${where}: ` : ''}${oneLine}\n`);
}

function runOptions(args: CliArgs & { command: 'build' | 'facts' }): RunOptions {
  const o: RunOptions = { command: args.command, format: args.format };
  if (args.count !== undefined) o.count = args.count;
  if (args.seed !== undefined) o.seed = args.seed;
  if (args.kinds !== undefined) o.kinds = args.kinds;
  if (args.types !== undefined) o.types = args.types;
  return o;
}

/**
 * Runs `news-quiz` with `argv` (the arguments after the script name).
 * Resolves to the exit code: 0 success, 2 bad input (reason on stderr), 1
 * internal failure.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      fail(io, e.message);
      return EXIT.badInput;
    }
    throw e;
  }
  if (args.command === 'help') {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (args.command === 'version') {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const command = args.command;
  const file = args.file!;
  const where = file === '-' ? 'stdin' : file;

  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await io.readStdin() : await (io.readFile ?? readFile)(file);
  } catch (e) {
    fail(io, fileError(e), where);
    return EXIT.badInput;
  }
  if (bytes.length > MAX_INPUT_BYTES) {
    fail(io, `the input is ${Math.round(bytes.length / 1024 / 1024)} MB, over the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit: give one article`, where);
    return EXIT.badInput;
  }
  const input = decodeInput(bytes);
  const options = runOptions({ ...args, command });

  if (args.ndjson) {
    const init = args.published ? { options, published: args.published } : { options };
    const source = { moduleUrl: io.workerModuleUrl ?? import.meta.url, ...(args.jobs ? { jobs: args.jobs } : {}) };
    let summary;
    try {
      summary = await runNdjson(ndjsonLines(input), init, source, (chunk) => io.stdout(chunk));
    } catch (e) {
      fail(io, e instanceof Error ? e.message : String(e), where);
      return EXIT.internal;
    }
    const bad = summary.inputErrors + summary.internalErrors;
    if (bad > 0) {
      fail(io, `${bad} of ${summary.lines} lines failed (see their {"error", "line"} output lines)`, where);
    }
    if (summary.internalErrors > 0) return EXIT.internal;
    return summary.inputErrors > 0 ? EXIT.badInput : EXIT.ok;
  }

  let result: unknown;
  try {
    const format = detectFormat(file === '-' ? undefined : file, input);
    const article = parseArticle(input, format, args.published ? { datePublished: args.published } : undefined);
    let builder;
    try {
      builder = await loadBuilder();
    } catch (e) {
      fail(io, `cannot load the quiz builder: ${e instanceof Error ? e.message : String(e)}`);
      return EXIT.internal;
    }
    result = runArticle(builder, article, options);
  } catch (e) {
    if (isInputError(e)) {
      fail(io, e.message, where);
      return EXIT.badInput;
    }
    fail(io, `internal error: ${e instanceof Error ? e.message : String(e)}`, where);
    return EXIT.internal;
  }
  if (args.format === 'html') {
    let snippet: string;
    try {
      snippet = await renderHtml(result as Quiz);
    } catch (e) {
      fail(io, `cannot render the HTML snippet: ${e instanceof Error ? e.message : String(e)}`, where);
      return EXIT.internal;
    }
    io.stdout(snippet + '\n');
    return EXIT.ok;
  }
  io.stdout(JSON.stringify(result, null, 2) + '\n');
  return EXIT.ok;
}

/** The `--format html` snippet; lit SSR loads only for it. */
async function renderHtml(quiz: Quiz): Promise<string> {
  let ssr: typeof import('../ssr.js');
  try {
    ssr = await import('../ssr.js');
  } catch (e) {
    throw new Error(`--format html needs @lit-labs/ssr (npm install @lit-labs/ssr): ${e instanceof Error ? e.message : String(e)}`);
  }
  return ssr.renderQuizHtml(quiz);
}

/** The real process's streams. */
export function nodeIO(): CliIO {
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    },
  };
}
