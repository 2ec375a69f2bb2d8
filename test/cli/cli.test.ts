import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { isQuiz } from '../../src/core/validate.js';
import type { Facts, Quiz } from '../../src/core/types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const SEED = join(corpus, '00-seed-iraq-coalition.txt');
const DEFICIT = join(corpus, '10-us-budget-deficit.txt');
const seedText = readFileSync(SEED, 'utf8');
const seedBody = seedText.slice(seedText.indexOf('\n\n') + 2);

/** One NDJSON line: the seed article under another title. */
const line = (title: string) => JSON.stringify({ title, text: seedBody, datePublished: '2024-01-05' });

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with `stdin` as standard input. */
async function run(argv: string[], stdin = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readStdin: async () => new TextEncoder().encode(stdin),
  });
  return { code, stdout, stderr };
}

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'news-quiz-cli-'));
  writeFileSync(file('empty.txt'), '');
  writeFileSync(file('headlines.txt'), 'Markets live\n\nStocks rally\nOil slips\n');
  writeFileSync(file('image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(file('german.html'), '<html lang="de"><body><article><p>Die Regierung hat am Freitag den Abzug der Truppen verlangt, sagte ein Sprecher.</p></article></body></html>');
  writeFileSync(file('broken.json'), '{"text": "An article.",');
  writeFileSync(file('long.txt'), 'Title\n\n' + 'The council met again on Monday. '.repeat(7000));
  writeFileSync(file('bad-date.json'), JSON.stringify({ text: seedBody, datePublished: '2024-02-30' }));
  writeFileSync(file('news.json'), JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', headline: 'Iraq and the coalition', articleBody: seedBody, datePublished: '2024-01-05T12:00:00Z', url: 'https://example.com/iraq' }] }));
  const paragraphs = seedBody.split('\n\n').map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
  writeFileSync(file('page.html'), `<!doctype html><html lang="en"><head><title>x</title><meta property="article:published_time" content="2024-01-05T09:00:00Z"></head><body><nav><a href="/">Home</a></nav><article><h1>Iraq wants coalition out</h1><div class="share">Share on X</div>${paragraphs}</article><footer><p>Copyright Example News, all rights reserved worldwide.</p></footer></body></html>`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('news-quiz: arguments', () => {
  it('--help prints usage on stdout and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: news-quiz <command> FILE\|- \[options\]/);
    for (const opt of ['--published', '--count', '--seed', '--kinds', '--types', '--format', '--ndjson']) expect(r.stdout).toContain(opt);
    expect(r.stderr).toBe('');
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const r = await run(['--version']);
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it.each<[string[], string]>([
    [[], "news-quiz: missing command: use build or facts (see news-quiz --help)"],
    [['quiz', 'a.txt'], "news-quiz: unknown command 'quiz': use build or facts (see news-quiz --help)"],
    [['build'], 'news-quiz: build needs a FILE, or - for standard input'],
    [['build', 'a.txt', 'b.txt'], 'news-quiz: build reads one FILE, got 2 (use --ndjson for many articles)'],
    [['build', 'a.txt', '--cout', '3'], "news-quiz: unknown option '--cout' (see news-quiz --help)"],
    [['build', 'a.txt', '--count'], 'news-quiz: --count needs a value'],
    [['build', 'a.txt', '--count', '0'], 'news-quiz: --count must be from 1 to 100, not 0'],
    [['build', 'a.txt', '--count', 'three'], "news-quiz: --count must be a whole number from 1 to 100, not 'three'"],
    [['build', 'a.txt', '--count=2.5'], "news-quiz: --count must be a whole number from 1 to 100, not '2.5'"],
    [['build', 'a.txt', '--count', '2', '--count', '3'], 'news-quiz: --count is given twice'],
    [['build', 'a.txt', '--kinds', 'number,people'], "news-quiz: unknown question kind 'people' in --kinds: use number, date, actor"],
    [['build', 'a.txt', '--types', 'choice,slider'], "news-quiz: unknown question type 'slider' in --types: use choice, estimate, order"],
    [['facts', 'a.txt', '--types', 'order'], 'news-quiz: --types applies to build only, not facts'],
    [['build', 'a.txt', '--format', 'xml'], "news-quiz: --format must be json, jsonld or html, not 'xml'"],
    [['build', '-', '--ndjson', '--format', 'html'], 'news-quiz: --format html prints one HTML snippet, not NDJSON: drop --ndjson or use --format json'],
    [['facts', 'a.txt', '--format', 'html'], 'news-quiz: --format applies to build only, not facts'],
    [['build', 'a.txt', '--published', '2024-13-01'], "news-quiz: --published '2024-13-01' is not a real date: write it as YYYY-MM-DD, e.g. 2024-01-05"],
    [['build', 'a.txt', '--ndjson=yes'], 'news-quiz: --ndjson takes no value'],
    [['facts', 'a.txt', '--count', '3'], 'news-quiz: --count applies to build only, not facts'],
    [['facts', 'a.txt', '--format', 'jsonld'], 'news-quiz: --format applies to build only, not facts'],
  ])('%j → exit 2: %s', async (argv, message) => {
    const r = await run(argv);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });
});

describe('news-quiz: bad input files', () => {
  it.each<[string, RegExp]>([
    ['missing.txt', /^no such file$/],
    ['.', /^is a directory, not a file$/],
    ['empty.txt', /^the article text is empty: /],
    ['headlines.txt', /^the article text has no sentences /],
    ['image.png', /^the input is binary, not text \(it contains NUL bytes\)/],
    ['german.html', /^unsupported language 'de': the builder reads English articles only$/],
    ['broken.json', /^not valid JSON \(/],
    ['long.txt', /^the article text is 231,000 characters long, over the limit of 200,000/],
    ['bad-date.json', /^datePublished '2024-02-30' is not a real date: write it as YYYY-MM-DD/],
  ])('%s → exit 2, "news-quiz: <file>: <reason>" on one line', async (name, reason) => {
    const path = name === '.' ? dir : file(name);
    const r = await run(['build', path]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    expect(lines[0]!.startsWith(`news-quiz: ${path}: `)).toBe(true);
    expect(lines[0]!.slice(`news-quiz: ${path}: `.length)).toMatch(reason);
  });

  it('names stdin as "stdin"', async () => {
    const r = await run(['build', '-'], '{"text": ');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^news-quiz: stdin: not valid JSON/);
  });

  it('--published replaces a malformed date in the file', async () => {
    const r = await run(['facts', file('bad-date.json'), '--published', '2024-01-05']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('decodeInput', () => {
  it.each<[string, number[], string]>([
    ['UTF-8', [0x45, 0xc3, 0xa9, 0xe2, 0x80, 0x9c], 'Eé“'],
    ['UTF-8 with a BOM', [0xef, 0xbb, 0xbf, 0x41], 'A'],
    ['UTF-16LE with a BOM', [0xff, 0xfe, 0x41, 0x00, 0x19, 0x20], 'A’'],
    ['Windows-1252 curly quotes (not UTF-8)', [0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0xe9], '“Hi” – é'],
  ])('%s', (_name, bytes, text) => {
    expect(decodeInput(new Uint8Array(bytes))).toBe(text);
  });
});

describe('news-quiz build / facts', () => {
  it('builds a valid quiz whose every answer cites a sentence of the article', async () => {
    const r = await run(['build', SEED, '--published', '2024-01-05']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const quiz = JSON.parse(r.stdout) as Quiz;
    expect(isQuiz(quiz)).toBe(true);
    expect(quiz.questions.length).toBeGreaterThan(0);
    expect(quiz.article?.datePublished).toBe('2024-01-05');
    for (const q of quiz.questions) expect(seedBody).toContain(q.source!.sentence);
  });

  it('--count caps the questions and --kinds restricts their kind', async () => {
    const r = await run(['build', SEED, '--count', '2', '--kinds', 'number']);
    expect(r.code).toBe(0);
    const quiz = JSON.parse(r.stdout) as Quiz;
    expect(quiz.questions.length).toBeGreaterThan(0);
    expect(quiz.questions.length).toBeLessThanOrEqual(2);
    expect(quiz.questions.every((q) => q.kind === 'number')).toBe(true);
  });

  it('--types chooses how questions are answered', async () => {
    const only = async (types: string) => {
      const r = await run(['build', SEED, '--published', '2024-01-05', '--types', types]);
      expect(r.code).toBe(0);
      return (JSON.parse(r.stdout) as Quiz).questions.map((q) => q.type ?? 'choice');
    };
    expect(new Set(await only('choice'))).toEqual(new Set(['choice']));
    expect(await only('order')).toEqual(['order']);
    const all = await only('choice,estimate,order');
    expect(all).toContain('estimate');
    expect(all).toContain('order');
  });

  it('the same --seed gives the same quiz', async () => {
    const a = await run(['build', DEFICIT, '--seed', 'abc']);
    const b = await run(['build', DEFICIT, '--seed', 'abc']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('--format jsonld prints a schema.org Quiz with the same answers', async () => {
    const json = JSON.parse((await run(['build', SEED, '--seed', '7'])).stdout) as Quiz;
    const r = await run(['build', SEED, '--seed', '7', '--format', 'jsonld']);
    expect(r.code).toBe(0);
    const ld = JSON.parse(r.stdout) as {
      '@context': string;
      '@type': string;
      hasPart: { '@type': string; text: string; acceptedAnswer: { text: string }; suggestedAnswer: { text: string }[] }[];
    };
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Quiz');
    expect(ld.hasPart).toHaveLength(json.questions.length);
    ld.hasPart.forEach((part, i) => {
      const q = json.questions[i]!;
      expect(part['@type']).toBe('Question');
      expect(part.text).toBe(q.prompt);
      if (q.type === 'estimate' || q.type === 'order') {
        expect(part.acceptedAnswer.text).toBeTruthy();
        return;
      }
      expect(part.acceptedAnswer.text).toBe(q.choices[q.answer]);
      expect(part.suggestedAnswer.map((s) => s.text)).toEqual(q.choices.filter((_, k) => k !== q.answer));
    });
  });

  it('facts prints numbers, dates and actors with offsets into the body', async () => {
    const r = await run(['facts', SEED, '--published', '2024-01-05']);
    expect(r.code).toBe(0);
    const facts = JSON.parse(r.stdout) as Facts;
    expect(facts.numbers.length + facts.dates.length + facts.actors.length).toBeGreaterThan(0);
    for (const f of [...facts.numbers, ...facts.dates]) expect(seedBody.slice(f.start, f.end)).toBe(f.text);
  });

  it.each([
    ['an HTML page', 'page.html'],
    ['a schema.org NewsArticle in @graph', 'news.json'],
  ])('reads %s', async (_name, name) => {
    const r = await run(['build', file(name)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const quiz = JSON.parse(r.stdout) as Quiz;
    expect(quiz.article?.datePublished).toBe('2024-01-05');
    for (const q of quiz.questions) expect(seedBody).toContain(q.source!.sentence);
  });

  it('reads HTML from stdin (format sniffed)', async () => {
    const r = await run(['build', '-'], readFileSync(file('page.html'), 'utf8'));
    expect(r.code).toBe(0);
    expect(isQuiz(JSON.parse(r.stdout))).toBe(true);
  });
});

// Workers load the TypeScript sources through tsx: slow to start under test, fast when built.
/** The parts of a `--format html` snippet. */
function snippetParts(html: string) {
  const m = /^<news-quiz( [^>]*)?><template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template><script type="application\/json">([\s\S]*?)<\/script><\/news-quiz>$/.exec(html.trim());
  if (!m) throw new Error(`not an embed snippet: ${html.slice(0, 200)}`);
  return { attrs: m[1] ?? '', shadow: m[2]!, json: m[3]! };
}

/** Text of markup with tags dropped, entities decoded and whitespace collapsed (enough to find quiz text in it). */
const textOf = (markup: string) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('news-quiz build --format html (the CMS embed snippet)', { timeout: 30_000 }, () => {
  it('prints the tag with the quiz as inline JSON and its first question pre-rendered in a declarative shadow root', async () => {
    const json = JSON.parse((await run(['build', DEFICIT, '--seed', '7', '--types', 'choice'])).stdout) as Quiz;
    const r = await run(['build', DEFICIT, '--seed', '7', '--types', 'choice', '--format', 'html']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { shadow, json: inline } = snippetParts(r.stdout);
    expect(JSON.parse(inline)).toEqual(json);
    const first = json.questions[0]!;
    expect(first.type ?? 'choice').toBe('choice');
    const text = textOf(shadow);
    expect(text).toContain(json.title);
    expect(text).toContain(first.prompt);
    for (const choice of (first as { choices: string[] }).choices) expect(text).toContain(choice);
    // Real radio inputs and buttons, the styles inline, no lit hydration markers left.
    expect(shadow.match(/<input type="radio"/g)?.length).toBe((first as { choices: string[] }).choices.length);
    expect(shadow).toMatch(/^<style>[\s\S]*:host\{display:block/);
    expect(shadow).not.toMatch(/<!--\/?lit-part|<!--lit-node/);
  });

  it('pre-renders estimate and order questions too (their views load before the render)', async () => {
    const r = await run(['build', SEED, '--published', '2024-01-05', '--types', 'estimate', '--format', 'html']);
    expect(r.code).toBe(0);
    const { shadow, json } = snippetParts(r.stdout);
    const quiz = JSON.parse(json) as Quiz;
    expect(quiz.questions[0]!.type).toBe('estimate');
    expect(textOf(shadow)).toContain(quiz.questions[0]!.prompt);
    expect(shadow).toContain('type="range"');
    expect(shadow).not.toContain('class="sk"');
  });

  it('quiz text can neither close the script nor add markup', async () => {
    const { renderQuizHtml } = await import('../../src/ssr.js');
    const evil = '</script><img src=x onerror=alert(1)><!--';
    const quiz: Quiz = {
      version: 1,
      id: 'evil',
      title: `Title ${evil}`,
      questions: [{ id: 'q1', kind: 'other', prompt: `Prompt ${evil}?`, choices: [`A ${evil}`, 'B'], answer: 0 }],
    };
    const html = await renderQuizHtml(quiz, { reveal: 'end', lang: 'en' });
    expect(html.match(/<\/script>/gi)).toHaveLength(1);
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/<!--(?!-?>)/);
    const { attrs, shadow, json } = snippetParts(html);
    expect(attrs).toContain('reveal="end"');
    expect(attrs).toContain('lang="en"');
    expect(JSON.parse(json)).toEqual(quiz);
    expect(textOf(shadow)).toContain(`Prompt ${evil}?`);
  });

  it('an invalid quiz renders the error box, as in the browser', async () => {
    const { renderQuizHtml } = await import('../../src/ssr.js');
    const html = await renderQuizHtml({ version: 1, id: 'x', title: 'Broken', questions: [] } as unknown as Quiz);
    expect(snippetParts(html).shadow).toContain('part="error"');
  });
});

/**
 * The embed snippets test/element/ssr.test.ts loads in Chromium (JavaScript off, then hydrated). They are
 * rendered from fixed quizzes by the current element; regenerate them with UPDATE_SSR_FIXTURES=1.
 */
describe('SSR fixtures of the browser tests', { timeout: 30_000 }, () => {
  const fixtures = fileURLToPath(new URL('../element/fixtures/', import.meta.url));
  const cases: [string, () => Promise<string>][] = [
    ['ssr-choice.html', async () => {
      const { renderQuizHtml } = await import('../../src/ssr.js');
      return renderQuizHtml(JSON.parse(readFileSync(join(fixtures, 'quiz.json'), 'utf8')) as Quiz);
    }],
    ['ssr-estimate.html', async () => {
      const { renderQuizHtml } = await import('../../src/ssr.js');
      const quiz = JSON.parse(readFileSync(join(fixtures, 'quiz.json'), 'utf8')) as Quiz;
      const estimate = {
        id: 'q0', kind: 'number', type: 'estimate', prompt: 'About how many US soldiers are stationed in Iraq?',
        answerValue: 2500, min: 200, max: 100000, scale: 'log', tolerance: 0.1, answerText: '2,500', unit: 'US soldiers',
        source: { sentence: quiz.questions[0]!.source!.sentence, start: quiz.questions[0]!.source!.start, end: quiz.questions[0]!.source!.end },
      };
      return renderQuizHtml({ ...quiz, id: `${quiz.id}-estimate`, questions: [estimate as unknown as Quiz['questions'][number], ...quiz.questions] }, { reveal: 'end' });
    }],
  ];
  it.each(cases)('%s is what the element renders now (UPDATE_SSR_FIXTURES=1 regenerates it)', async (name, make) => {
    const html = (await make()) + '\n';
    const path = join(fixtures, name);
    if (process.env.UPDATE_SSR_FIXTURES) writeFileSync(path, html);
    expect(readFileSync(path, 'utf8')).toBe(html);
  });
});

describe('news-quiz --ndjson', { timeout: 30_000 }, () => {

  it('answers line by line in input order; a bad line gives an error object and exit 2', async () => {
    const input = [line('first'), '{"text": ', '', line('third'), JSON.stringify({ text: seedBody, lang: 'de' })].join('\n') + '\n';
    const r = await run(['build', '-', '--ndjson', '--seed', '1'], input);
    expect(r.code).toBe(2);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Quiz & { error?: string; line?: number });
    expect(out).toHaveLength(4);
    expect(out[0]!.title).toBe('first');
    expect(out[1]).toEqual({ error: expect.stringMatching(/^not valid JSON/), line: 2 });
    expect(out[2]!.title).toBe('third');
    expect(out[3]).toEqual({ error: "unsupported language 'de': the builder reads English articles only", line: 5 });
    expect(r.stderr).toBe('news-quiz: stdin: 2 of 4 lines failed (see their {"error", "line"} output lines)\n');
  });

  it('keeps input order across several workers', async () => {
    const titles = Array.from({ length: 12 }, (_, i) => `article ${i + 1}`);
    const r = await run(['build', '-', '--ndjson', '--jobs', '3'], titles.map(line).join('\n'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as Quiz).title)).toEqual(titles);
  });
});

describe('news-quiz as a process', { timeout: 30_000 }, () => {
  const tsx = join(root, 'node_modules/.bin/tsx');
  const cli = join(root, 'src/cli.ts');
  const spawn = (args: string[], input?: string) => spawnSync(tsx, [cli, ...args], { cwd: root, encoding: 'utf8', input, timeout: 60_000 });

  it('exits 0 and prints Quiz JSON', () => {
    const p = spawn(['build', SEED, '--count', '3']);
    expect(p.stderr).toBe('');
    expect(p.status).toBe(0);
    expect(isQuiz(JSON.parse(p.stdout))).toBe(true);
  });

  it('exits 2 with one line on stderr for a bad option', () => {
    const p = spawn(['build', SEED, '--count', 'x']);
    expect(p.status).toBe(2);
    expect(p.stdout).toBe('');
    expect(p.stderr).toBe("news-quiz: --count must be a whole number from 1 to 100, not 'x'\n");
  });

  it('runs --ndjson on worker threads', () => {
    const p = spawn(['build', '-', '--ndjson'], `${line('one')}\nnot json\n${line('two')}\n`);
    expect(p.status).toBe(2);
    const out = p.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { title?: string; line?: number });
    expect(out.map((o) => o.title ?? o.line)).toEqual(['one', 2, 'two']);
  });
});
