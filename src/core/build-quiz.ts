/**
 * Builds a quiz from an article: extract facts, turn each into a candidate
 * question, then pick a short mix of numbers, dates and actors spread over
 * the article, never two that give each other away. Deterministic: the same
 * article, options and seed always give the same quiz. Pure: no DOM.
 */

import type { Article, Facts, Question, QuestionKind, QuestionType, Quiz } from './types.js';
import { checkArticle } from './article.js';
import { factsOf } from './facts.js';
import { formatLike } from './numbers.js';
import { hashString } from './hash.js';
import { createRng, shuffle, type Rng } from './random.js';
import { splitSentences, type Sentence } from './text.js';
import { validateQuiz } from './validate.js';
import { formMatcher, formsOf } from './distractors.js';
import { actorCandidate, dateCandidate, numberCandidate, wordCount, type Candidate, type LazyDraft, type QuestionContext, type QuestionDraft } from './questions.js';
import { estimateQuestionFromFact } from './estimate.js';
import { orderQuestionFromDates } from './timeline.js';

/** Options of {@link buildQuiz}. */
export interface BuildOptions {
  /** How many questions at most (1–100). Default: 5 to 8, by article length, as the article allows. */
  count?: number;
  /** Which kinds of question to ask. Default: numbers, dates and actors. */
  kinds?: QuestionKind[];
  /** Seed of the pseudo-random choices. Default: a hash of the article text, so a quiz is stable. */
  seed?: string | number;
  /** The quiz id. Default: a slug of the title and the publication date. */
  id?: string;
  /**
   * How questions may be answered. Default: all three, keeping the quiz mostly multiple choice: at most one
   * `estimate` (a number the reader sets on a scale) and one `order` (dated events put in time order).
   */
  types?: QuestionType[];
}

/** Kinds the builder generates. */
const GENERATED: readonly QuestionKind[] = ['number', 'date', 'actor'];
/** Answer types the builder generates. */
const TYPES: readonly QuestionType[] = ['choice', 'estimate', 'order'];
const MAX_COUNT = 100;
/** Taken off the value of a candidate whose answer the headline spells out: more than any score gap between questions. */
const TITLE_PENALTY = 10;

/**
 * Builds a quiz about `article`'s numbers, dates and actors.
 *
 * @throws ArticleError when the article cannot be read (empty, binary, too long, bad date, not English).
 * @throws Error "no quizzable facts found in the article" when nothing can be asked.
 * @throws RangeError / TypeError for bad options.
 */
export function buildQuiz(article: Article, options: BuildOptions = {}): Quiz {
  return validateQuiz(draftQuiz(article, options));
}

/**
 * {@link buildQuiz} without the final validation of the quiz against Quiz v1:
 * for the in-page builder, whose quiz `<news-quiz>` validates anyway (so the
 * validation rules are not shipped twice). Prefer `buildQuiz` elsewhere.
 */
export function draftQuiz(article: Article, options: BuildOptions = {}): Quiz {
  const checked = checkArticle(article);
  // Checking is idempotent but for a second byte-order mark, which the facts' offsets must then skip too.
  const again = checked.text.charCodeAt(0) === 0xfeff ? checkArticle(checked) : checked;
  const sentences = splitSentences(again.text, again.title);
  return build(checked, factsOf(again, sentences), options, again === checked ? sentences : undefined);
}

/**
 * Builds a quiz from facts already extracted from `article` (offsets in
 * `article.text`). Facts from page furniture, and facts no fair question can
 * be asked about, are skipped.
 */
export function buildQuizFromFacts(article: Article, facts: Facts, options: BuildOptions = {}): Quiz {
  return validateQuiz(build(article, facts, options));
}

/** {@link buildQuizFromFacts}, with `article`'s sentences when already split. */
function build(article: Article, facts: Facts, options: BuildOptions, sentences?: readonly Sentence[]): Quiz {
  const kinds = checkList('kinds', options.kinds, GENERATED);
  const { count = defaultCount(article.text), seed = hashString(article.text) } = options;
  const { datePublished } = article;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_COUNT) {
    throw new RangeError(`options.count must be a whole number from 1 to ${MAX_COUNT}, got ${String(count)}`);
  }
  if (typeof seed !== 'string' && (typeof seed !== 'number' || !Number.isFinite(seed))) {
    throw new TypeError(`options.seed must be a string or a finite number, got ${String(seed)}`);
  }
  const rng = createRng(seed);
  const ctx: QuestionContext = {
    text: article.text,
    sentences: sentences ?? splitSentences(article.text, article.title),
    facts,
    rng,
    formatNumber: formatLike,
    ...(datePublished ? { datePublished } : {}),
  };
  const types = checkList('types', options.types, TYPES);
  // An order question puts several dated events in time order; its events' dates are then not asked
  // again, and nothing its labels name can be a choice question's answer.
  const order =
    types.includes('order') && kinds.includes('date') && count >= 2
      ? orderQuestionFromDates(facts.dates, article.text, ctx.sentences, 'order', rng, datePublished)
      : null;
  const used = new Set<string>();
  // The ids of the date facts the order question's events stand on.
  for (const { source: src, date } of order?.events ?? []) {
    for (const f of facts.dates) if (src?.end !== undefined && f.start >= src.start! && f.end <= src.end && f.text === date) used.add(`date:${f.start}`);
  }
  const labels = order && formMatcher(order.events.map((e) => e.text).join('\n'));

  // Candidates before their prompts and distractors: only those the selection reaches are written and drafted.
  // (A fact the order question asks about, or names in a label, is skipped before its question is written.)
  const candidates: Candidate[] = [];
  const add = (q: Candidate | undefined): unknown => q && candidates.push(q);
  const labelled = (forms: string[], actor = false): boolean | null => labels && forms.some((f) => labels(f, actor));
  if (kinds.includes('number')) for (const f of facts.numbers) if (!labelled([f.text])) add(numberCandidate(f, ctx));
  if (kinds.includes('date')) for (const f of facts.dates) if (!used.has(`date:${f.start}`) && !labelled([f.text])) add(dateCandidate(f, ctx));
  if (kinds.includes('actor')) for (const a of facts.actors) if (!labelled(formsOf(a), true)) add(actorCandidate(a, ctx));
  // The quiz shows the headline above every question: an answer it spells out is asked only when nothing else is left.
  const headline = article.title ? formMatcher(article.title) : undefined;
  const inTitle = (c: Candidate): boolean => !!headline && c.answerForms.some((f) => headline(f));
  const chosen = select(candidates, order ? count - 1 : count, kinds, rng, String(seed), inTitle).sort((a, b) => a.source.start - b.source.start);
  if (!chosen[0] && !order) {
    throw new Error(
      `no quizzable facts found in the article${kinds.length < 3 ? ` of kind ${kinds.join(' or ')}` : ''}: it needs sentences stating figures, dates or named people and organisations (page furniture is ignored)`,
    );
  }

  /** The estimate question for a number draft, or null when its fact makes no fair estimate. */
  const estimateFor = (q: QuestionDraft, id: string): Question | null => {
    const fact = facts.numbers.find((f) => `number:${f.start}` === q.factId);
    return fact ? estimateQuestionFromFact(fact, id, rng, q.prompt, ctx.sentences) : null;
  };
  // At most one estimate: the best number question asked as a real question about a clearly counted noun.
  const estimate = types.includes('estimate')
    ? chosen
        .filter((q) => q.kind === 'number' && q.form === 'wh')
        .sort((a, b) => b.score - a.score)
        .find((q) => estimateFor(q, 'estimate'))
    : undefined;
  const questions: Question[] = [];
  for (const q of chosen) {
    const id = `q${questions.length + 1}`;
    if (q === estimate) questions.push(estimateFor(q, id)!);
    else if (types.includes('choice')) {
      const { kind, prompt, choices, answer, explanation, source } = q;
      // (An explanation that only repeats the source is left out here rather than deleted below.)
      questions.push(explanation === source.sentence ? { id, kind, prompt, choices, answer, source } : { id, kind, prompt, choices, answer, explanation, source });
    }
  }
  if (order) questions.push({ ...order, id: `q${questions.length + 1}` });
  // The reader sees the source sentence quoted: an explanation that only repeats it is left out.
  for (const q of questions) if (q.explanation === q.source?.sentence) delete q.explanation;
  if (!questions[0]) {
    throw new Error(`no quizzable facts found in the article for question types ${types.join(' and ')}: try adding 'choice' to the types`);
  }
  const title = article.title?.trim();
  const url = article.url && /^https?:\/\/[^\s/?#]+/i.test(article.url) ? article.url : undefined;
  const info: Quiz['article'] = {};
  if (title) info.title = title;
  if (url) info.url = url;
  if (datePublished) info.datePublished = datePublished;
  return {
    version: 1,
    id: options.id ?? quizId(article),
    title: title || 'News quiz',
    lang: 'en',
    ...(Object.keys(info)[0] ? { article: info } : {}),
    questions,
  };
}

/** What conflict checks need of a question, its texts prepared. */
interface Probe {
  kind: QuestionKind;
  factId: string;
  answerForms: string[];
  /** Start of the source sentence. */
  start: number;
  key: string;
  /** Matches a form in the prompt or the explanation. */
  shows: (form: string, prefix?: boolean) => boolean;
  /** Matches a form in the prompt. */
  asks: (form: string, prefix?: boolean) => boolean;
}

/** A drafted candidate, prepared for conflict checks. */
interface Prepared extends Probe {
  draft: QuestionDraft;
}

/** The {@link Probe} of a question of `lazy`, from its drafted texts. */
const probe = (lazy: Candidate, prompt: string, explanation: string, start: number, key: string): Probe => ({
  kind: lazy.kind,
  factId: lazy.factId,
  answerForms: lazy.answerForms,
  start,
  key: key.trim().toLowerCase(),
  shows: formMatcher(`${prompt}\n${explanation}`),
  asks: formMatcher(prompt),
});

/**
 * Whether one question would give the other's answer away: the same sentence,
 * the same fact or key, a figure or date that stands in the other's prompt or
 * explanation, or an actor the other's prompt names. (An actor merely named in
 * another explanation gives nothing away: news sentences name the same actors
 * again and again.)
 */
function conflicts(a: Probe, b: Probe): boolean {
  const reveals = (x: Probe, y: Probe): boolean => x.answerForms.some((f) => (x.kind === 'actor' ? y.asks(f) : y.shows(f)));
  return a.factId === b.factId || a.start === b.start || a.key === b.key || reveals(a, b) || reveals(b, a);
}

/**
 * A candidate in {@link select}: its seeded jitter, its place, its question once written (`w`) and drafted
 * (`p`) (null: none), and its probe when known before drafting.
 */
interface Entry {
  lazy: Candidate;
  w?: LazyDraft | null;
  /** Its seeded jitter, less {@link TITLE_PENALTY} when the headline gives its answer. */
  jitter: number;
  index: number;
  known?: Probe;
  p?: Prepared | null;
}

/**
 * Picks up to `count` questions: kinds in turn (in a seeded order), the best
 * remaining candidate of each kind (by score, a seeded jitter, fewer picks
 * from its paragraph, an answer the headline does not spell out (`inTitle`);
 * the earliest on a tie) that conflicts with none already
 * picked. A candidate's prompt is written, then its distractors drawn from
 * `seed`, only when its score bound could still beat the best one found, in
 * order of that bound (each step tightens it): the same pick as drafting
 * every candidate first, for a fraction of the work. One that cannot make a
 * fair question gives way to the next.
 */
function select(
  candidates: Candidate[],
  count: number,
  kinds: QuestionKind[],
  rng: Rng,
  seed: string,
  inTitle: (c: Candidate) => boolean,
): QuestionDraft[] {
  const remaining = new Set(candidates.map((lazy, index): Entry => ({ lazy, index, jitter: rng() * 0.6 - (inTitle(lazy) ? TITLE_PENALTY : 0) })));
  const order = shuffle(GENERATED.filter((k) => kinds.includes(k)), rng);
  const chosen: Prepared[] = [];
  const prepare = (e: Entry): Prepared | null => {
    if (e.p === undefined) {
      const d = e.w!.draft(seed);
      e.p = d && { ...(e.known ?? probe(e.lazy, d.prompt, d.explanation, d.source.start, d.choices[d.answer]!)), draft: d };
    }
    return e.p ?? null;
  };
  // An actor's paragraph is known once drafted: before, its bound takes no paragraph penalty.
  const value = (score: number, e: Entry, paragraph: number | undefined): number =>
    score + e.jitter - (paragraph === undefined ? 0 : chosen.filter((q) => q.draft.paragraph === paragraph).length * 0.8);
  let progress = true;
  while (chosen.length < count && progress) {
    progress = false;
    for (const kind of order) {
      if (chosen.length >= count) break;
      const pool: [Entry, number][] = [];
      for (const e of remaining) {
        const q = e.p?.draft ?? e.w ?? e.lazy;
        if (e.lazy.kind === kind) pool.push([e, value('score' in q ? q.score : q.bound, e, q.paragraph)]);
      }
      pool.sort((a, b) => b[1] - a[1] || a[0].index - b[0].index);
      let best: Entry | undefined;
      let bestValue = -Infinity;
      for (const [e, bound] of pool) {
        if (best && bound < bestValue) break;
        // Its prompt written, a candidate may fall below the best found: it waits for a later turn.
        const w = e.w === undefined ? (e.w = e.lazy.write() ?? null) : e.w;
        if (!w) {
          remaining.delete(e);
          continue;
        }
        if (best && !e.p && value(w.bound, e, w.paragraph) < bestValue) continue;
        // A number or date that conflicts is dropped before it is drafted.
        const k = w.known;
        if (k) e.known ??= probe(e.lazy, k.prompt, k.explanation, k.start, k.key);
        const c = !(e.known && chosen.some((q) => conflicts(q, e.known!))) && prepare(e);
        if (!c || (!e.known && chosen.some((q) => conflicts(q, c)))) {
          remaining.delete(e);
          continue;
        }
        const v = value(c.draft.score, e, c.draft.paragraph);
        if (!best || v > bestValue || (v === bestValue && e.index < best.index)) [best, bestValue] = [e, v];
      }
      if (best) {
        chosen.push(best.p!);
        remaining.delete(best);
        progress = true;
      }
    }
  }
  return chosen.map((p) => p.draft);
}

/** 5 questions for a short article, up to 8 for a long one (one more per 200 words). */
function defaultCount(text: string): number {
  return Math.min(8, 5 + Math.floor(wordCount(text) / 200));
}

/** `list` (`options.kinds` or `options.types`) when every value is `allowed`, else all of `allowed`. */
function checkList<T>(name: string, list: T[] | undefined, allowed: readonly T[]): T[] {
  if (list === undefined) return allowed.slice();
  const use = allowed.map((x) => `'${x}'`).join(', ');
  if (!Array.isArray(list) || list.length === 0) throw new TypeError(`options.${name} must be a non-empty array of ${use}`);
  for (const k of list) {
    if (!allowed.includes(k)) throw new TypeError(`options.${name}: unknown ${name.slice(0, -1)} ${JSON.stringify(k)}; use ${use}`);
  }
  return list;
}

/** "Iraqi PM wants to end …" + 2024-01-05 → "iraqi-pm-wants-to-end-…-2024-01-05". */
function quizId(article: Article): string {
  const slug = (article.title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  const base = slug || `article-${hashString(article.text)}`;
  return article.datePublished ? `${base}-${article.datePublished}` : base;
}
