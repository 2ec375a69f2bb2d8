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
import { formMatcher } from './distractors.js';
import { actorQuestion, dateQuestion, numberQuestion, wordCount, type QuestionContext, type QuestionDraft } from './questions.js';
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

  const candidates: QuestionDraft[] = [];
  const add = (q: QuestionDraft | undefined): void => {
    if (q && !used.has(q.factId) && !(labels && q.answerForms.some((f) => labels(f, q.kind === 'actor')))) candidates.push(q);
  };
  if (kinds.includes('number')) for (const f of facts.numbers) add(numberQuestion(f, ctx));
  if (kinds.includes('date')) for (const f of facts.dates) add(dateQuestion(f, ctx));
  if (kinds.includes('actor')) for (const a of facts.actors) add(actorQuestion(a, ctx));
  if (!candidates[0] && !order) {
    throw new Error(
      `no quizzable facts found in the article${kinds.length < 3 ? ` of kind ${kinds.join(' or ')}` : ''}: it needs sentences stating figures, dates or named people and organisations (page furniture is ignored)`,
    );
  }

  const chosen = select(candidates, order ? count - 1 : count, kinds, rng).sort((a, b) => a.source.start - b.source.start);
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
      questions.push({ id, kind, prompt, choices, answer, explanation, source });
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
  const info: Quiz['article'] = Object.fromEntries(Object.entries({ title, url, datePublished }).filter((e) => e[1]));
  return {
    version: 1,
    id: options.id ?? quizId(article),
    title: title || 'News quiz',
    lang: 'en',
    ...(Object.keys(info)[0] ? { article: info } : {}),
    questions,
  };
}

/** A candidate with its texts prepared for conflict checks. */
interface Prepared {
  draft: QuestionDraft;
  key: string;
  /** Matches a form in the prompt or the explanation. */
  shows: (form: string, prefix?: boolean) => boolean;
  /** Matches a form in the prompt. */
  asks: (form: string, prefix?: boolean) => boolean;
}

/**
 * Whether one question would give the other's answer away: the same sentence,
 * the same fact or key, a figure or date that stands in the other's prompt or
 * explanation, or an actor the other's prompt names. (An actor merely named in
 * another explanation gives nothing away: news sentences name the same actors
 * again and again.)
 */
function conflicts(a: Prepared, b: Prepared): boolean {
  const reveals = (x: Prepared, y: Prepared): boolean =>
    x.draft.answerForms.some((f) => (x.draft.kind === 'actor' ? y.asks(f) : y.shows(f)));
  return a.draft.factId === b.draft.factId || a.draft.source.start === b.draft.source.start || a.key === b.key || reveals(a, b) || reveals(b, a);
}

/**
 * Picks up to `count` questions: kinds in turn (in a seeded order), the best
 * remaining candidate of each kind that conflicts with none already picked,
 * preferring paragraphs not yet used.
 */
function select(candidates: QuestionDraft[], count: number, kinds: QuestionKind[], rng: Rng): QuestionDraft[] {
  const jitter = new Map<QuestionDraft, number>(candidates.map((c) => [c, rng() * 0.6]));
  const order = shuffle(GENERATED.filter((k) => kinds.includes(k)), rng);
  const chosen: Prepared[] = [];
  const remaining = new Set(
    candidates.map((draft): Prepared => ({
      draft,
      key: draft.choices[draft.answer]!.trim().toLowerCase(),
      shows: formMatcher(`${draft.prompt}\n${draft.explanation}`),
      asks: formMatcher(draft.prompt),
    })),
  );
  let progress = true;
  while (chosen.length < count && progress) {
    progress = false;
    for (const kind of order) {
      if (chosen.length >= count) break;
      let best: Prepared | undefined;
      let bestValue = -Infinity;
      for (const c of remaining) {
        if (c.draft.kind !== kind) continue;
        const v = c.draft.score + jitter.get(c.draft)! - chosen.filter((q) => q.draft.paragraph === c.draft.paragraph).length * 0.8;
        if (best && v <= bestValue) continue;
        if (chosen.some((q) => conflicts(q, c))) remaining.delete(c);
        else [best, bestValue] = [c, v];
      }
      if (best) {
        chosen.push(best);
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
