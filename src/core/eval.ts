/**
 * Evaluation of the builder against hand-annotated articles (the corpus
 * format of shared/corpus/README.md): fact recall and precision per kind, and
 * the soundness of each generated question. Pure: the caller reads the files
 * (scripts/eval.ts, tests) and passes their contents.
 */

import type {
  Actor,
  ActorKind,
  Article,
  ChoiceQuestion,
  DateFact,
  DatePrecision,
  EstimateQuestion,
  Facts,
  NumberFact,
  OrderQuestion,
  Question,
  Quiz,
  Span,
} from './types.js';
import { sentenceAt, splitSentences, type Sentence } from './text.js';
import { containsForm, formsOf, isAliasOf, shapeOf } from './distractors.js';

// ---------------------------------------------------------------------------
// Corpus files
// ---------------------------------------------------------------------------

/** An annotated number (corpus JSON). */
export interface AnnotatedNumber {
  text: string;
  value: number;
  valueMax?: number;
  unit?: string;
  counts: string;
  sentence: string;
}

/** An annotated date (corpus JSON). */
export interface AnnotatedDate {
  text: string;
  refersTo?: string;
  iso: string | null;
  sentence: string;
}

/** An annotated actor (corpus JSON). */
export interface AnnotatedActor {
  name: string;
  aliases: string[];
  kind: ActorKind;
  role?: string;
}

/** The annotation of one corpus article (`NN-slug.json`). */
export interface Annotation {
  id: string;
  title: string;
  datePublished: string | null;
  facts: { numbers: AnnotatedNumber[]; dates: AnnotatedDate[]; actors: AnnotatedActor[] };
}

/** One corpus article: the Article the builder reads and its annotation. */
export interface CorpusArticle {
  id: string;
  article: Article;
  annotation: Annotation;
}

/**
 * Reads a corpus article from its two files: `txt` is the title line, a
 * blank line, then the body (`Article.text`); `json` is the parsed annotation.
 *
 * @throws Error naming the article when a file is not in the corpus format.
 */
export function parseCorpusArticle(id: string, txt: string, json: unknown): CorpusArticle {
  const text = txt.replace(/\r\n?/g, '\n');
  const cut = text.indexOf('\n\n');
  if (cut < 0) throw new Error(`${id}.txt: no blank line after the title line; the format is title, blank line, body`);
  const title = text.slice(0, cut).trim();
  const body = text.slice(cut + 2);
  if (typeof json !== 'object' || json === null || !('facts' in json)) {
    throw new Error(`${id}.json: not an annotation object with "facts" (see shared/corpus/README.md)`);
  }
  const a = json as Partial<Annotation>;
  const facts = a.facts ?? { numbers: [], dates: [], actors: [] };
  const annotation: Annotation = {
    id: a.id ?? id,
    title: a.title ?? title,
    datePublished: a.datePublished ?? null,
    facts: { numbers: facts.numbers ?? [], dates: facts.dates ?? [], actors: facts.actors ?? [] },
  };
  for (const f of [...annotation.facts.numbers, ...annotation.facts.dates]) {
    if (!body.includes(f.sentence)) throw new Error(`${id}.json: sentence not found verbatim in the body: ${JSON.stringify(f.sentence)}`);
  }
  const article: Article = { text: body, title, lang: 'en' };
  if (annotation.datePublished) article.datePublished = annotation.datePublished;
  return { id, article, annotation };
}

function wordAt(text: string, form: string, from: number, to: number): number {
  let i = text.indexOf(form, from);
  while (i >= 0 && i + form.length <= to) {
    const pre = text[i - 1];
    const post = text[i + form.length];
    // A number may have its unit glued on ("230" in "230km/h"), not an ordinal's ending ("20th").
    const glued = post && /\d$/.test(form) && /\p{L}/u.test(post) && !/^(?:st|nd|rd|th)(?!\p{L})/u.test(text.slice(i + form.length, i + form.length + 3));
    if (!(pre && /[\p{L}\p{N}]/u.test(pre)) && (!(post && /[\p{L}\p{N}]/u.test(post)) || glued)) return i;
    i = text.indexOf(form, i + 1);
  }
  return -1;
}

function spanIn(text: string, sentences: readonly Sentence[], spanText: string, sentence: string): Span | undefined {
  const s = indexOfSentence(text, sentences, sentence);
  if (s < 0) return undefined;
  const i = wordAt(text, spanText, s, s + sentence.length);
  if (i < 0) return undefined;
  return { text: spanText, sentence, start: i, end: i + spanText.length };
}

const HEDGE_BEFORE =
  /(around|about|approximately|roughly|some|nearly|almost|more than|over|at least|fewer than|less than|up to|an estimated)\s+$/i;

function precisionOf(iso: string | null): DatePrecision | null {
  if (!iso) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return 'day';
  if (/^\d{4}-\d{2}$/.test(iso)) return 'month';
  if (/^\d{4}$/.test(iso)) return 'year';
  return null;
}

/**
 * The annotation as Facts, with offsets located in the article: the "gold"
 * facts, to judge question building apart from extraction.
 */
export function annotationToFacts(article: Article, annotation: Annotation): Facts {
  const text = article.text;
  const sentences = splitSentences(text, article.title);
  const numbers: NumberFact[] = [];
  for (const n of annotation.facts.numbers) {
    const span = spanIn(text, sentences, n.text, n.sentence);
    if (!span) continue;
    const hedge = HEDGE_BEFORE.exec(text.slice(Math.max(0, span.start - 20), span.start))?.[1]?.toLowerCase();
    const unit = /^[$£€¥]/.exec(n.text)?.[0] ?? (/%$/.test(n.text) ? '%' : undefined);
    // The annotation's `counts` describes; its `unit` names the counted noun ("soldiers"), closer to what an extractor gives.
    const counts = n.unit && !/^[A-Z]{3}$/.test(n.unit) && n.unit !== '%' ? n.unit.replace(/\s*\(.*\)$/, '') : n.counts;
    numbers.push({ ...span, value: n.value, counts, ...(hedge ? { hedge } : {}), ...(unit ? { unit } : {}) });
  }
  const dates: DateFact[] = [];
  for (const d of annotation.facts.dates) {
    const span = spanIn(text, sentences, d.text, d.sentence);
    if (!span) continue;
    const precision = precisionOf(d.iso);
    dates.push({ ...span, iso: d.iso, precision });
  }
  const actors: Actor[] = annotation.facts.actors.map((a) => {
    const mentions: Span[] = [];
    const forms = [a.name, ...a.aliases].sort((x, y) => y.length - x.length);
    const taken: [number, number][] = [];
    for (const form of forms) {
      for (let i = wordAt(text, form, 0, text.length); i >= 0; i = wordAt(text, form, i + 1, text.length)) {
        const end = i + form.length;
        if (taken.some(([s, e]) => i < e && end > s)) continue;
        const s = sentenceAt(sentences, i);
        if (!s) continue;
        taken.push([i, end]);
        mentions.push({ text: form, sentence: s.text, start: i, end });
      }
    }
    mentions.sort((x, y) => x.start - y.start);
    return { name: a.name, aliases: a.aliases.slice(), kind: a.kind, ...(a.role ? { role: a.role } : {}), mentions };
  });
  return { numbers, dates, actors };
}

// ---------------------------------------------------------------------------
// Fact recall and precision
// ---------------------------------------------------------------------------

/** Recall and precision of one kind of fact. */
export interface KindScore {
  annotated: number;
  found: number;
  /** Annotated facts the extractor found. */
  matched: number;
  /** Annotated facts it missed, described. */
  missed: string[];
  /** Facts found that the annotation lacks, described, for a person to judge. */
  extra: string[];
}

/** Fact recall and precision of one article. */
export interface FactReport {
  numbers: KindScore;
  dates: KindScore & { isoAnnotated: number; isoCorrect: number; isoWrong: string[] };
  actors: KindScore & { kindCorrect: number; wrongKind: string[] };
}

/**
 * Where an annotated `sentence` stands in `text` (split into `sentences`): its
 * first copy in the story body, since annotations skip page furniture (a
 * key-points box or standfirst may repeat a body sentence word for word above
 * it); else its first copy.
 */
function indexOfSentence(text: string, sentences: readonly Sentence[], sentence: string): number {
  const first = text.indexOf(sentence);
  if (first < 0 || text.indexOf(sentence, first + 1) < 0) return first;
  for (let at = first; at >= 0; at = text.indexOf(sentence, at + 1)) if (sentenceAt(sentences, at)?.furniture === false) return at;
  return first;
}

function sentenceRange(text: string, sentences: readonly Sentence[], sentence: string): [number, number] {
  const s = indexOfSentence(text, sentences, sentence);
  return s < 0 ? [-1, -1] : [s, s + sentence.length];
}

function snippet(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function normDate(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/^(?:on|in|at|by|since|until|during|from|the)\s+/, '')
    .replace(/[.,]+$/, '');
}

function normName(s: string): string {
  return s.trim().toLowerCase().replace(/^the\s+/, '');
}

/**
 * How far an extracted value may be from an annotated one and still match:
 * exact (up to float error), except that a value written with two or more
 * decimals is taken as rounded where its annotator stopped ("two-thirds"
 * annotated 0.67 or 0.6667 matches 2/3).
 */
function valueTolerance(annotated: number): number {
  const decimals = /\.(\d+)$/.exec(String(annotated))?.[1]?.length ?? 0;
  return decimals >= 2 ? 0.5 * 10 ** -decimals : 1e-9 * Math.max(1, Math.abs(annotated));
}

/**
 * Compares extracted facts with the annotation. A number matches by value
 * and sentence; a date by span text and sentence (its iso is scored where
 * annotated); an actor by name or alias, its kind scored apart.
 */
export function factRecall(article: Article, annotation: Annotation, facts: Facts): FactReport {
  const text = article.text;
  const sentences = splitSentences(text, article.title);

  const numUsed = new Set<NumberFact>();
  const numbers: KindScore = { annotated: annotation.facts.numbers.length, found: facts.numbers.length, matched: 0, missed: [], extra: [] };
  for (const a of annotation.facts.numbers) {
    const [s, e] = sentenceRange(text, sentences, a.sentence);
    const hit = facts.numbers.find(
      (n) => !numUsed.has(n) && n.start >= s && n.start < e && Math.abs(n.value - a.value) <= valueTolerance(a.value),
    );
    if (hit) {
      numUsed.add(hit);
      numbers.matched++;
    } else {
      numbers.missed.push(`"${a.text}" (${a.value}) in "${snippet(a.sentence)}"`);
    }
  }
  for (const n of facts.numbers) if (!numUsed.has(n)) numbers.extra.push(`"${n.text}" = ${n.value} (${n.counts || '?'}) in "${snippet(n.sentence)}"`);

  const dateUsed = new Set<DateFact>();
  const dates: FactReport['dates'] = {
    annotated: annotation.facts.dates.length,
    found: facts.dates.length,
    matched: 0,
    missed: [],
    extra: [],
    isoAnnotated: 0,
    isoCorrect: 0,
    isoWrong: [],
  };
  for (const a of annotation.facts.dates) {
    const [s, e] = sentenceRange(text, sentences, a.sentence);
    const at = spanIn(text, sentences, a.text, a.sentence);
    const hit =
      facts.dates.find((d) => !dateUsed.has(d) && d.start >= s && d.start < e && normDate(d.text) === normDate(a.text)) ??
      facts.dates.find(
        (d) =>
          !dateUsed.has(d) &&
          at !== undefined &&
          d.start < at.end &&
          d.end > at.start &&
          (normDate(d.text).includes(normDate(a.text)) || normDate(a.text).includes(normDate(d.text))),
      );
    if (a.iso) dates.isoAnnotated++;
    if (hit) {
      dateUsed.add(hit);
      dates.matched++;
      if (a.iso) {
        if (hit.iso === a.iso) dates.isoCorrect++;
        else dates.isoWrong.push(`"${a.text}": ${String(hit.iso)}, annotated ${a.iso}`);
      }
    } else {
      dates.missed.push(`"${a.text}" (${String(a.iso)}) in "${snippet(a.sentence)}"`);
    }
  }
  for (const d of facts.dates) if (!dateUsed.has(d)) dates.extra.push(`"${d.text}" → ${String(d.iso)} in "${snippet(d.sentence)}"`);

  const actorUsed = new Set<Actor>();
  const actors: FactReport['actors'] = {
    annotated: annotation.facts.actors.length,
    found: facts.actors.length,
    matched: 0,
    missed: [],
    extra: [],
    kindCorrect: 0,
    wrongKind: [],
  };
  for (const a of annotation.facts.actors) {
    const names = [a.name, ...a.aliases].map(normName);
    const hit = facts.actors.find((x) => !actorUsed.has(x) && formsOf(x).some((f) => names.includes(normName(f))));
    if (hit) {
      actorUsed.add(hit);
      actors.matched++;
      if (hit.kind === a.kind) actors.kindCorrect++;
      else actors.wrongKind.push(`${a.name}: ${hit.kind}, annotated ${a.kind}`);
    } else {
      actors.missed.push(`${a.name} [${a.kind}]`);
    }
  }
  for (const x of facts.actors) {
    if (!actorUsed.has(x)) actors.extra.push(`${x.name} [${x.kind}]${x.aliases.length ? ` aka ${x.aliases.join(', ')}` : ''}`);
  }
  return { numbers, dates, actors };
}

// ---------------------------------------------------------------------------
// Quiz soundness
// ---------------------------------------------------------------------------

/** What was checked about one question; every flag is a problem when true (except `supported`). */
export interface QuestionCheck {
  id: string;
  kind: string;
  /** How the question is answered: `choice`, `estimate` or `order`. */
  type: string;
  prompt: string;
  key: string;
  /** The key's text stands in the source sentence, and no distractor fills the same slot there. */
  supported: boolean;
  /** `source.sentence === article.text.slice(start, end)` */
  sourceExact: boolean;
  /** Choices are distinct (ignoring case), at least 3. */
  distinctChoices: boolean;
  choiceCount: number;
  /** Every choice has the key's kind and format. */
  oneFormat: boolean;
  /** A distractor that is an alias of the key, or named in the prompt. */
  aliasCollision: boolean;
  /** The source sentence is page furniture. */
  furniture: boolean;
  /** The prompt contains the answer. */
  promptHasAnswer: boolean;
  /** A number question whose key is a year. */
  yearAsCount: boolean;
  problems: string[];
}

/** The question checks of one quiz. */
export interface QuizReport {
  questions: QuestionCheck[];
  count: number;
  supported: number;
  aliasCollisions: number;
  furniture: number;
  badChoices: number;
  mixedFormat: number;
  promptHasAnswer: number;
  yearAsCount: number;
  sourceMismatch: number;
}

function wordsAround(sentence: string, form: string): [string, string] | undefined {
  const i = wordAt(sentence, form, 0, sentence.length);
  if (i < 0) return undefined;
  const before = /(\S+)\s*$/.exec(sentence.slice(0, i))?.[1] ?? '';
  const after = /^\s*(\S+)/.exec(sentence.slice(i + form.length))?.[1] ?? '';
  return [before.toLowerCase(), after.toLowerCase()];
}

function actorFor(name: string, facts: Facts | undefined): Actor | undefined {
  return facts?.actors.find((a) => formsOf(a).some((f) => normName(f) === normName(name)));
}

/** What a type-specific check adds to the common source checks. */
type AnswerCheck = Pick<
  QuestionCheck,
  'key' | 'supported' | 'distinctChoices' | 'choiceCount' | 'oneFormat' | 'aliasCollision' | 'promptHasAnswer' | 'yearAsCount'
>;

/** Checks each question of a quiz against its article (and the facts it was built from, for actor kinds and aliases). */
export function checkQuiz(article: Article, quiz: Quiz, facts?: Facts): QuizReport {
  const sentences = splitSentences(article.text, article.title);
  const questions = quiz.questions.map((q): QuestionCheck => {
    const problems: string[] = [];
    const sentence = q.source?.sentence ?? '';
    const s = q.source?.start;
    const e = q.source?.end;
    const sourceExact = s !== undefined && e !== undefined && article.text.slice(s, e) === sentence;
    if (!sourceExact) problems.push('source offsets do not match the sentence');
    const at = s !== undefined ? sentenceAt(sentences, s) : undefined;
    const furniture = !at || at.furniture;
    if (furniture) problems.push('source is page furniture (or not a sentence of the article)');
    const answer = checkAnswer(article, q, sentence, facts, problems);
    return { id: q.id, kind: q.kind, type: q.type ?? 'choice', prompt: q.prompt, sourceExact, furniture, problems, ...answer };
  });
  const n = (f: (c: QuestionCheck) => boolean): number => questions.filter(f).length;
  return {
    questions,
    count: questions.length,
    supported: n((c) => c.supported),
    aliasCollisions: n((c) => c.aliasCollision),
    furniture: n((c) => c.furniture),
    badChoices: n((c) => !c.distinctChoices),
    mixedFormat: n((c) => !c.oneFormat),
    promptHasAnswer: n((c) => c.promptHasAnswer),
    yearAsCount: n((c) => c.yearAsCount),
    sourceMismatch: n((c) => !c.sourceExact),
  };
}

function checkAnswer(article: Article, q: Question, sentence: string, facts: Facts | undefined, problems: string[]): AnswerCheck {
  if (q.type === 'estimate') return checkEstimate(q, sentence, problems);
  if (q.type === 'order') return checkOrder(article, q, problems);
  return checkChoice(q, sentence, facts, problems);
}

function checkChoice(q: ChoiceQuestion, sentence: string, facts: Facts | undefined, problems: string[]): AnswerCheck {
  const key = q.choices[q.answer] ?? '';
  const distractors = q.choices.filter((_, i) => i !== q.answer);

  const keyActor = q.kind === 'actor' ? actorFor(key, facts) : undefined;
  const keyForms = keyActor ? formsOf(keyActor) : [key];
  let keyInSentence = containsForm(sentence, key);
  if (!keyInSentence && q.kind === 'actor') {
    const last = key.trim().split(/\s+/).pop() ?? '';
    keyInSentence = (keyActor?.kind ?? 'person') === 'person' && last.length > 1 && containsForm(sentence, last);
  }
  const keyWords = wordsAround(sentence, key);
  const sameSlot = distractors.some((d) => {
    if (!containsForm(sentence, d)) return false;
    if (q.kind === 'actor') return true;
    const w = wordsAround(sentence, d);
    return !!(w && keyWords && ((w[0] && w[0] === keyWords[0]) || (w[1] && w[1] === keyWords[1])));
  });
  const supported = keyInSentence && !sameSlot;
  if (!keyInSentence) problems.push('key not in the source sentence');
  if (sameSlot) problems.push('a distractor fills the same slot in the sentence');

  const folded = new Set(q.choices.map((c) => c.trim().toLowerCase()));
  const distinctChoices = folded.size === q.choices.length && q.choices.length >= 3;
  if (!distinctChoices) problems.push(`choices not distinct or fewer than 3 (${q.choices.length})`);

  let oneFormat = true;
  if (q.kind === 'number' || q.kind === 'date') {
    const shape = shapeOf(key);
    oneFormat = q.choices.every((c) => shapeOf(c) === shape);
  } else if (q.kind === 'actor' && keyActor) {
    oneFormat = distractors.every((d) => {
      const a = actorFor(d, facts);
      return a ? a.kind === keyActor.kind : keyActor.kind === 'country' || keyActor.kind === 'organization';
    });
  }
  if (!oneFormat) problems.push('choices of mixed kind or format');

  let aliasCollision = false;
  if (q.kind === 'actor') {
    aliasCollision = distractors.some((d) => {
      const forms = actorFor(d, facts) ? formsOf(actorFor(d, facts)!) : [d];
      return isAliasOf(forms, keyForms) || forms.some((f) => containsForm(q.prompt, f, true));
    });
  }
  if (aliasCollision) problems.push('a distractor is an alias of the key or named in the prompt');

  const promptHasAnswer = keyForms.some((f) => containsForm(q.prompt, f, q.kind === 'actor'));
  if (promptHasAnswer) problems.push('the prompt contains the answer');
  const yearAsCount = q.kind === 'number' && /^(1[5-9]\d\d|20\d\d)$/.test(key.trim());
  if (yearAsCount) problems.push('a year asked as a count');

  return {
    key,
    supported,
    distinctChoices,
    choiceCount: q.choices.length,
    oneFormat,
    aliasCollision,
    promptHasAnswer,
    yearAsCount,
  };
}

/** An estimate's key must stand in its sentence as the article writes it, and not in the prompt. */
function checkEstimate(q: EstimateQuestion, sentence: string, problems: string[]): AnswerCheck {
  const key = q.answerText ?? String(q.answerValue);
  const supported = containsForm(sentence, key);
  if (!supported) problems.push('key not in the source sentence');
  const promptHasAnswer = containsForm(q.prompt, key);
  if (promptHasAnswer) problems.push('the prompt contains the answer');
  const yearAsCount = /^(1[5-9]\d\d|20\d\d)$/.test(key.trim());
  if (yearAsCount) problems.push('a year asked as a count');
  return { key, supported, distinctChoices: true, choiceCount: 0, oneFormat: true, aliasCollision: false, promptHasAnswer, yearAsCount };
}

/**
 * An order question is supported when every event cites a sentence of the article that states its date,
 * and the events stand in time order (earliest first) by their resolved dates.
 */
function checkOrder(article: Article, q: OrderQuestion, problems: string[]): AnswerCheck {
  const cited = q.events.every((ev) => {
    const src = ev.source;
    if (!src) return false;
    const exact = src.start === undefined || article.text.slice(src.start, src.end) === src.sentence;
    return exact && article.text.includes(src.sentence) && src.sentence.includes(ev.date);
  });
  if (!cited) problems.push('an event does not cite a sentence of the article stating its date');
  const isos = q.events.map((ev) => ev.iso ?? '');
  const ordered = isos.every((iso, i) => iso !== '' && (i === 0 || isos[i - 1]! <= iso));
  if (!ordered) problems.push('events are not in time order by their dates');
  const texts = new Set(q.events.map((ev) => ev.text.trim().toLowerCase()));
  const distinctChoices = texts.size === q.events.length && q.events.length >= 3;
  if (!distinctChoices) problems.push(`events not distinct or fewer than 3 (${q.events.length})`);
  const promptHasAnswer = q.events.some((ev) => containsForm(q.prompt, ev.date));
  if (promptHasAnswer) problems.push('the prompt gives a date away');
  return {
    key: q.events.map((ev) => ev.text).join(' → '),
    supported: cited && ordered,
    distinctChoices,
    choiceCount: q.events.length,
    oneFormat: true,
    aliasCollision: false,
    promptHasAnswer,
    yearAsCount: false,
  };
}

/** Sums of fact scores over several articles. */
export interface RecallTotals {
  numbers: { annotated: number; found: number; matched: number };
  dates: { annotated: number; found: number; matched: number; isoAnnotated: number; isoCorrect: number };
  actors: { annotated: number; found: number; matched: number; kindCorrect: number };
}

/** Adds up fact reports. */
export function sumRecall(reports: readonly FactReport[]): RecallTotals {
  const t: RecallTotals = {
    numbers: { annotated: 0, found: 0, matched: 0 },
    dates: { annotated: 0, found: 0, matched: 0, isoAnnotated: 0, isoCorrect: 0 },
    actors: { annotated: 0, found: 0, matched: 0, kindCorrect: 0 },
  };
  for (const r of reports) {
    for (const k of ['numbers', 'dates', 'actors'] as const) {
      t[k].annotated += r[k].annotated;
      t[k].found += r[k].found;
      t[k].matched += r[k].matched;
    }
    t.dates.isoAnnotated += r.dates.isoAnnotated;
    t.dates.isoCorrect += r.dates.isoCorrect;
    t.actors.kindCorrect += r.actors.kindCorrect;
  }
  return t;
}

/** `part / whole` as a percentage with one decimal, or 100 when `whole` is 0. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10;
}
