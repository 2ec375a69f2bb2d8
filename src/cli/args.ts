/**
 * Command-line arguments of `news-quiz`: parsing and validation, with one-line
 * errors that say what is wrong and how to fix it.
 */
import { normaliseDate } from '../core/article.js';
import type { QuestionKind, QuestionType } from '../core/types.js';

/** A usage error: bad option, missing argument. The CLI exits 2 with its message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The subcommands. */
export type Command = 'build' | 'facts';

/** Kinds of question `--kinds` may list. */
export const KINDS: readonly QuestionKind[] = ['number', 'date', 'actor'];

/** Answer types `--types` may list. */
export const TYPES: readonly QuestionType[] = ['choice', 'estimate', 'order'];

/** Largest `--count`. */
export const MAX_COUNT = 100;

/** Parsed command line. */
export interface CliArgs {
  /** `help` and `version` short-circuit everything else. */
  command: Command | 'help' | 'version';
  /** The input path, or `-` for stdin. */
  file?: string;
  published?: string;
  count?: number;
  seed?: string;
  kinds?: QuestionKind[];
  types?: QuestionType[];
  format: 'json' | 'jsonld' | 'html';
  ndjson: boolean;
  /** Worker threads for `--ndjson` (default: available parallelism). */
  jobs?: number;
}

/** `news-quiz --help`. */
export const HELP = `Usage: news-quiz <command> FILE|- [options]

Build a comprehension quiz from an English news article.

Commands:
  build FILE|-        print Quiz JSON for the article
  facts FILE|-        print the facts found in the article (numbers, dates, actors)

FILE is a .txt (title on line 1, a blank line, then the body), .html (a page:
the article body is extracted) or .json (an Article {"text", "title",
"datePublished", "url", "lang"} or a schema.org NewsArticle) file, or - for
standard input (its format is detected from the content).

Options:
  --published YYYY-MM-DD   publication date (relative dates resolve against it)
  --count N                number of questions (1-${MAX_COUNT}; build only)
  --seed S                 seed for choice order (same seed, same quiz; build only)
  --kinds LIST             question kinds, comma-separated: ${KINDS.join(',')} (build only)
  --types LIST             answer types, comma-separated: ${TYPES.join(',')} (build only;
                           default all: at most one estimate and one order question)
  --format json|jsonld|html
                           output Quiz JSON (default), a schema.org Quiz, or the HTML
                           embed snippet for a CMS: the <news-quiz> tag with the quiz
                           as inline JSON and its first question pre-rendered, shown
                           before scripts run and with JavaScript off (build only)
  --ndjson                 one article JSON per input line, one result JSON per output line
  --jobs N                 worker threads for --ndjson (default: one per core)
  -h, --help               show this help
  -v, --version            show the version

Exit status: 0 on success, 2 on bad input (the reason is printed on stderr).
`;

const VALUE_OPTIONS = new Set(['--published', '--count', '--seed', '--kinds', '--types', '--format', '--jobs']);

function positiveInt(name: string, value: string, max: number): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`${name} must be a whole number from 1 to ${max}, not '${value}'`);
  const n = Number(value);
  if (n < 1 || n > max) throw new UsageError(`${name} must be from 1 to ${max}, not ${value}`);
  return n;
}

/** Parses `argv` (without the node and script paths). Throws `UsageError`. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const out: CliArgs = { command: 'help', format: 'json', ndjson: false };
  const positional: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return { ...out, command: 'help' };
    if (arg === '-v' || arg === '--version') return { ...out, command: 'version' };
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--ndjson') {
      if (eq > 0) throw new UsageError('--ndjson takes no value');
      out.ndjson = true;
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`unknown option '${name}' (see news-quiz --help)`);
    if (seen.has(name)) throw new UsageError(`${name} is given twice`);
    seen.add(name);
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) throw new UsageError(`${name} needs a value`);
      value = next;
      i++;
    }
    switch (name) {
      case '--published': {
        const iso = normaliseDate(value);
        if (!iso) throw new UsageError(`--published '${value}' is not a real date: write it as YYYY-MM-DD, e.g. 2024-01-05`);
        out.published = iso;
        break;
      }
      case '--count':
        out.count = positiveInt('--count', value, MAX_COUNT);
        break;
      case '--jobs':
        out.jobs = positiveInt('--jobs', value, 256);
        break;
      case '--seed':
        if (value === '') throw new UsageError('--seed needs a non-empty value');
        out.seed = value;
        break;
      case '--kinds': {
        const kinds = value.split(',').map((k) => k.trim().toLowerCase()).filter(Boolean);
        if (kinds.length === 0) throw new UsageError(`--kinds needs a comma-separated list of ${KINDS.join(', ')}`);
        for (const k of kinds) {
          if (!(KINDS as readonly string[]).includes(k)) {
            throw new UsageError(`unknown question kind '${k}' in --kinds: use ${KINDS.join(', ')}`);
          }
        }
        out.kinds = [...new Set(kinds)] as QuestionKind[];
        break;
      }
      case '--types': {
        const types = value.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
        if (types.length === 0) throw new UsageError(`--types needs a comma-separated list of ${TYPES.join(', ')}`);
        for (const t of types) {
          if (!(TYPES as readonly string[]).includes(t)) {
            throw new UsageError(`unknown question type '${t}' in --types: use ${TYPES.join(', ')}`);
          }
        }
        out.types = [...new Set(types)] as QuestionType[];
        break;
      }
      case '--format':
        if (value !== 'json' && value !== 'jsonld' && value !== 'html') {
          throw new UsageError(`--format must be json, jsonld or html, not '${value}'`);
        }
        out.format = value;
        break;
    }
  }

  if (positional.length === 0) throw new UsageError('missing command: use build or facts (see news-quiz --help)');
  const [command, ...files] = positional;
  if (command !== 'build' && command !== 'facts') {
    throw new UsageError(`unknown command '${command}': use build or facts (see news-quiz --help)`);
  }
  out.command = command;
  if (files.length === 0) throw new UsageError(`${command} needs a FILE, or - for standard input`);
  if (files.length > 1) throw new UsageError(`${command} reads one FILE, got ${files.length} (use --ndjson for many articles)`);
  out.file = files[0]!;

  if (out.ndjson && out.format === 'html') {
    throw new UsageError('--format html prints one HTML snippet, not NDJSON: drop --ndjson or use --format json');
  }
  if (command === 'facts') {
    for (const opt of ['--count', '--seed', '--kinds', '--types', '--format'] as const) {
      if (seen.has(opt)) throw new UsageError(`${opt} applies to build only, not facts`);
    }
  }
  return out;
}
