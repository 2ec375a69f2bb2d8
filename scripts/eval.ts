/**
 * `npm run eval`: runs the quiz builder over every annotated article (the
 * shared corpus, or $NEWS_QUIZ_CORPUS, plus test/fixtures/articles) and prints,
 * per article and in total, fact recall and precision per kind and the
 * soundness of each generated question.
 *
 *   npm run eval                   metrics, problem questions, facts the annotation lacks
 *   npm run eval -- --questions    also print every question with its choices (key marked *)
 *   npm run eval -- --gold         build quizzes from the annotated facts instead of the extractors
 *   npm run eval -- --json         one JSON report on stdout
 *
 * Exits non-zero only when the script itself crashes; a weak score is a result, not a failure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { checkArticle } from '../src/core/article.js';
import { buildQuizFromFacts } from '../src/core/build-quiz.js';
import {
  annotationToFacts,
  checkQuiz,
  factRecall,
  parseCorpusArticle,
  percent,
  sumRecall,
  type CorpusArticle,
  type FactReport,
  type QuizReport,
} from '../src/core/eval.js';
import { extractFacts } from '../src/core/facts.js';
import type { Facts, Question, Quiz } from '../src/core/types.js';

const argv = process.argv.slice(2);
const args = new Set(argv);
/** `--only=00,6` / `--skip=7`: article id prefixes to keep or leave out (e.g. to keep a held-out set unseen). */
const prefixes = (name: string): string[] | undefined =>
  argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3).split(',').filter(Boolean);
const only = prefixes('only');
const skip = prefixes('skip');
const showQuestions = args.has('--questions') || args.has('-q');
const gold = args.has('--gold');
const asJson = args.has('--json');

const corpusDir = process.env['NEWS_QUIZ_CORPUS'] ?? fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const fixtureDir = fileURLToPath(new URL('../test/fixtures/articles/', import.meta.url));

function load(dir: string): CorpusArticle[] {
  if (!existsSync(dir)) {
    console.error(`eval: no corpus at ${dir} (set NEWS_QUIZ_CORPUS to the directory of NN-slug.txt/.json files)`);
    return [];
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && existsSync(join(dir, f.replace(/\.txt$/, '.json'))))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, '');
      return parseCorpusArticle(id, readFileSync(join(dir, f), 'utf8'), JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')));
    });
}

interface ArticleResult {
  id: string;
  recall: FactReport;
  quiz?: Quiz;
  checks?: QuizReport;
  error?: string;
  buildMs?: number;
  words: number;
}

function evaluate(entry: CorpusArticle): ArticleResult {
  const article = checkArticle(entry.article);
  const words = article.text.split(/\s+/).filter(Boolean).length;
  let facts: Facts;
  try {
    facts = gold ? annotationToFacts(article, entry.annotation) : extractFacts(article);
  } catch (error) {
    // An extractor that throws is a result to report, not a reason to stop the evaluation.
    const none: Facts = { numbers: [], dates: [], actors: [] };
    return { id: entry.id, recall: factRecall(article, entry.annotation, none), error: `extraction failed: ${(error as Error).message}`, words };
  }
  const recall = factRecall(article, entry.annotation, facts);
  const build = (): Quiz => buildQuizFromFacts(article, gold ? facts : extractFacts(article));
  try {
    build(); // warm up
    const runs = 20;
    const t0 = performance.now();
    let quiz = build();
    for (let i = 1; i < runs; i++) quiz = build();
    const buildMs = (performance.now() - t0) / runs;
    return { id: entry.id, recall, quiz, checks: checkQuiz(article, quiz, facts), buildMs, words };
  } catch (error) {
    return { id: entry.id, recall, error: (error as Error).message, words };
  }
}

function pct(part: number, whole: number): string {
  return `${part}/${whole} (${percent(part, whole)}%)`;
}

function printArticle(r: ArticleResult): void {
  console.log(`\n━━ ${r.id} (${r.words} words)`);
  const { numbers, dates, actors } = r.recall;
  console.log(`  numbers  recall ${pct(numbers.matched, numbers.annotated)}  precision ${pct(numbers.matched, numbers.found)}`);
  console.log(
    `  dates    recall ${pct(dates.matched, dates.annotated)}  precision ${pct(dates.matched, dates.found)}  iso ${pct(dates.isoCorrect, dates.isoAnnotated)}`,
  );
  console.log(
    `  actors   recall ${pct(actors.matched, actors.annotated)}  precision ${pct(actors.matched, actors.found)}  right kind ${pct(actors.kindCorrect, actors.matched)}`,
  );
  const list = (label: string, items: string[]): void => {
    if (items.length > 0) console.log(`  ${label}:\n${items.map((i) => `    - ${i}`).join('\n')}`);
  };
  list('missed numbers', numbers.missed);
  list('missed dates', dates.missed);
  list('missed actors', actors.missed);
  list('wrong iso', dates.isoWrong);
  list('wrong kind', actors.wrongKind);
  list('numbers not annotated (judge)', numbers.extra);
  list('dates not annotated (judge)', dates.extra);
  list('actors not annotated (judge)', actors.extra);
  if (r.error) {
    console.log(`  quiz: ERROR ${r.error}`);
    return;
  }
  const c = r.checks!;
  console.log(
    `  quiz: ${c.count} questions, ${r.buildMs!.toFixed(2)} ms; keys supported ${pct(c.supported, c.count)}; alias collisions ${c.aliasCollisions}; furniture ${c.furniture}; bad choices ${c.badChoices}; mixed format ${c.mixedFormat}; answer in prompt ${c.promptHasAnswer}; year as count ${c.yearAsCount}; source mismatch ${c.sourceMismatch}`,
  );
  r.quiz!.questions.forEach((q, i) => {
    const check = c.questions[i]!;
    if (!showQuestions && check.problems.length === 0) return;
    console.log(`  ${q.id} [${q.kind}] ${q.prompt}`);
    console.log(`      ${answerLine(q)}`);
    if (check.problems.length > 0) console.log(`      !! ${check.problems.join('; ')}`);
  });
}

/** The answer side of a question on one line: choices with the key starred, the key value, or the true order. */
function answerLine(q: Question): string {
  if (q.type === 'estimate') return `estimate ${q.answerText ?? q.answerValue} on ${q.min}…${q.max} (${q.scale})`;
  if (q.type === 'order') return `order: ${q.events.map((ev) => `${ev.text} [${ev.date}]`).join(' → ')}`;
  return q.choices.map((ch, j) => (j === q.answer ? `*${ch}*` : ch)).join(' | ');
}

function main(): void {
  const entries = [...load(corpusDir), ...load(fixtureDir)].filter(
    (e) => (!only || only.some((p) => e.id.startsWith(p))) && !skip?.some((p) => e.id.startsWith(p)),
  );
  const results = entries.map(evaluate);
  const totals = sumRecall(results.map((r) => r.recall));
  const quizzes = results.filter((r) => r.checks);
  const sum = (f: (c: QuizReport) => number): number => quizzes.reduce((n, r) => n + f(r.checks!), 0);
  const questionCount = sum((c) => c.count);
  const summary = {
    mode: gold ? 'gold facts' : 'extracted facts',
    articles: results.length,
    numbers: { recall: percent(totals.numbers.matched, totals.numbers.annotated), precision: percent(totals.numbers.matched, totals.numbers.found) },
    dates: {
      recall: percent(totals.dates.matched, totals.dates.annotated),
      precision: percent(totals.dates.matched, totals.dates.found),
      iso: percent(totals.dates.isoCorrect, totals.dates.isoAnnotated),
    },
    actors: {
      recall: percent(totals.actors.matched, totals.actors.annotated),
      precision: percent(totals.actors.matched, totals.actors.found),
      rightKind: percent(totals.actors.kindCorrect, totals.actors.annotated),
    },
    quiz: {
      built: quizzes.length,
      failed: results.filter((r) => r.error).map((r) => `${r.id}: ${r.error}`),
      questions: questionCount,
      types: Object.fromEntries(
        (['choice', 'estimate', 'order'] as const).map((t) => [
          t,
          quizzes.reduce((n, r) => n + r.quiz!.questions.filter((q) => (q.type ?? 'choice') === t).length, 0),
        ]),
      ) as Record<'choice' | 'estimate' | 'order', number>,
      keysSupported: percent(sum((c) => c.supported), questionCount),
      aliasCollisions: sum((c) => c.aliasCollisions),
      furniture: sum((c) => c.furniture),
      badChoices: sum((c) => c.badChoices),
      mixedFormat: sum((c) => c.mixedFormat),
      answerInPrompt: sum((c) => c.promptHasAnswer),
      yearAsCount: sum((c) => c.yearAsCount),
      sourceMismatch: sum((c) => c.sourceMismatch),
      msPer600Words: quizzes.length
        ? Math.round((quizzes.reduce((n, r) => n + (r.buildMs! * 600) / r.words, 0) / quizzes.length) * 100) / 100
        : 0,
    },
  };
  if (asJson) {
    console.log(JSON.stringify({ summary, articles: results }, null, 2));
    return;
  }
  results.forEach(printArticle);
  const t = summary;
  console.log(`\n━━ TOTAL (${t.articles} articles, ${t.mode})`);
  console.log(`  numbers  recall ${pct(totals.numbers.matched, totals.numbers.annotated)} (target ≥ 90%)  precision ${t.numbers.precision}%`);
  console.log(
    `  dates    recall ${pct(totals.dates.matched, totals.dates.annotated)} (target ≥ 85%)  precision ${t.dates.precision}%  iso ${pct(totals.dates.isoCorrect, totals.dates.isoAnnotated)}`,
  );
  console.log(
    `  actors   recall ${pct(totals.actors.matched, totals.actors.annotated)} (target ≥ 90%)  right kind ${pct(totals.actors.kindCorrect, totals.actors.annotated)} (target ≥ 85%)  precision ${t.actors.precision}%`,
  );
  console.log(
    `  quizzes  ${t.quiz.built} built, ${t.quiz.questions} questions (${t.quiz.types.choice} choice, ${t.quiz.types.estimate} estimate, ${t.quiz.types.order} order); keys supported ${t.quiz.keysSupported}%; alias collisions ${t.quiz.aliasCollisions}; furniture ${t.quiz.furniture}; bad choices ${t.quiz.badChoices}; mixed format ${t.quiz.mixedFormat}; answer in prompt ${t.quiz.answerInPrompt}; year as count ${t.quiz.yearAsCount}; source mismatch ${t.quiz.sourceMismatch}`,
  );
  console.log(`  speed    ${t.quiz.msPer600Words} ms per 600 words (warm, extraction included unless --gold)`);
  for (const f of t.quiz.failed) console.log(`  no quiz: ${f}`);
}

main();
