/**
 * One fact → one multiple-choice question: a wh-question where the sentence's
 * grammar allows it safely ("About how many US soldiers are stationed in
 * Iraq?"), otherwise the source sentence with the answer span blanked. The
 * key is always a span of the cited sentence; distractors come from
 * distractors.ts. Pure: no DOM, no Node APIs.
 */

import { datelineLength } from './dateline.js';
import type { Actor, DateFact, Facts, NumberFact, QuestionKind, Span } from './types.js';
import { createRng, shuffle, type Rng } from './random.js';
import { isSpace, sentenceAt, withoutLinkNotes, type Sentence } from './text.js';
import {
  actorCandidates,
  actorDistractors,
  containsForm,
  formFinder,
  countForm,
  formMatcher,
  dateDistractors,
  dateKeyOrder,
  fairActor,
  formsOf,
  hedgeBefore,
  hedgeDirection,
  howMany,
  isCleanNumberText,
  isKnownCountry,
  numberDistractors,
  parseDateParts,
  UPPER_START_RE,
  WORD_CHAR,
  type Distractor,
} from './distractors.js';
import { L, Ll, Lu, re } from './letters.js';
import { wordSet } from './lexicon.js';
import { gazetteer } from './gazetteer.js';
import { BASELINE_RE } from './timeline.js';

/** The blank of a fill-in-the-blank prompt. */
export const BLANK = '____';

/** A question before it gets its id and its place in the quiz. */
export interface QuestionDraft {
  kind: Exclude<QuestionKind, 'other'>;
  prompt: string;
  choices: string[];
  answer: number;
  explanation: string;
  source: { sentence: string; start: number; end: number };
  /** Texts that name the answer: a question whose prompt or explanation holds one would give it away. */
  answerForms: string[];
  /** Identity of the fact asked about (one question per fact). */
  factId: string;
  /** Paragraph of the source sentence, to spread questions over the article. */
  paragraph: number;
  /** How good the question is; higher is better. */
  score: number;
  /** A real question, or the sentence with a blank. */
  form: 'wh' | 'cloze';
}

/**
 * A candidate question before its distractors are drafted: what the quiz
 * builder needs to pick questions, so that it drafts choices only for those
 * it may keep.
 */
export interface LazyDraft {
  /** Paragraph of the source sentence (an actor's, once its mention is picked). */
  paragraph?: number;
  /** The highest score the drafted question can get: its {@link QuestionDraft.score} is never above it. */
  bound: number;
  /** The drafted question's prompt, explanation, source start and key, when known before drafting (numbers, dates). */
  known?: Pick<QuestionDraft, 'prompt' | 'explanation'> & { start: number; key: string };
  /**
   * Drafts the question with distractors drawn from generators seeded by `seed` and the fact (so a question
   * does not depend on which others were drafted); undefined when fewer than two distractors fit.
   */
  draft: (seed: string) => QuestionDraft | undefined;
}

/**
 * A fact that can make a question, before its prompt is written: what the
 * quiz builder needs to rank it, so that it writes prompts (and drafts
 * choices) only for the facts it may ask about.
 */
export interface Candidate {
  kind: QuestionDraft['kind'];
  /** {@link QuestionDraft.factId} */
  factId: string;
  /** {@link QuestionDraft.answerForms} */
  answerForms: string[];
  /** Paragraph of the source sentence, when known before writing (an actor picks its mention then). */
  paragraph?: number;
  /** An upper bound of the score of the question {@link Candidate.write} gives. */
  bound: number;
  /** Writes the prompt: the question before its distractors, or undefined when no fair prompt can be written. */
  write: () => LazyDraft | undefined;
}

/** Everything a question needs besides its fact. */
export interface QuestionContext {
  /** `Article.text`: every offset counts in it. */
  text: string;
  sentences: readonly Sentence[];
  facts: Facts;
  datePublished?: string;
  rng: Rng;
  /** Renders a value in the format of an example number (numbers.ts `formatLike`). */
  formatNumber: (value: number, example: NumberFact) => string;
}

// ---------------------------------------------------------------------------
// Verbs: just enough English to turn a sentence into a question safely
// ---------------------------------------------------------------------------

const AUXILIARIES = wordSet('is are was were has have had will would could can may might should must');

/**
 * Past tense → base form, for "When did X <base> …?". Only verbs listed here are inverted.
 * Packed by spelling rule: base + "d", base + "ed", base + last letter + "ed", base "-y" + "ied",
 * then irregular "past:base" pairs (a lone word is its own past).
 */
const PAST_TO_BASE = new Map<string, string>();
[
  'announce rule agree approve accuse decide declare die file introduce issue promise propose raise receive release ' +
    'urge vote close complete create describe estimate fire hire increase invade name move pledge reduce refuse seize ' +
    'blame acquire arrive charge sentence state surge decline welcome criticise criticize oppose produce sue evacuate ' +
    'injure free capture damage hear',
  'claim kill arrest attend ask call condemn confirm defeat elect end expect join launch open order publish reach ' +
    'reject report reveal sign start threaten warn deliver discover grant need offer overturn predict pull record ' +
    'return show suspend unveil visit appoint attack convict lift adopt resign add post jump climb widen narrow pass ' +
    'lower employ host signal back support invest borrow earn test wound detain destroy approach reopen',
  'plan admit ban signal',
  'carry deny',
].forEach((bases, rule) => {
  for (const b of bases.split(' ')) PAST_TO_BASE.set([b + 'd', b + 'ed', b + b.slice(-1) + 'ed', b.slice(0, -1) + 'ied'][rule]!, b);
});
for (const pair of (
  'said:say told:tell began:begin fell:fall found:find gave:give grew:grow held:hold led:lead left:leave lost:lose ' +
  'made:make met:meet paid:pay rose:rise sent:send sold:sell spent:spend struck:strike took:take went:go won:win ' +
  'wrote:write saw:see became:become brought:bring built:build bought:buy chose:choose kept:keep shot:shoot ' +
  'withdrew:withdraw fled:flee came:come ran:run stood:stand spoke:speak broke:break drove:drive fought:fight ' +
  'thought:think felt:feel knew:know meant:mean sat:sit taught:teach threw:throw understood:understand wore:wear ' +
  'caught:catch drew:draw forgot:forget hid:hide overtook:overtake rang:ring sang:sing sank:sink shook:shake ' +
  'stuck:stick swept:sweep tore:tear upheld:uphold withheld:withhold fed:feed sought:seek slid:slide swore:swear ' +
  'woke:wake cast hit cost shut spread let bet set put cut'
).split(' ')) {
  const [past, base = past] = pair.split(':') as [string, string?];
  PAST_TO_BASE.set(past, base);
}
const PRESENT_3SG = wordSet(
  'says wants plans expects believes thinks argues claims denies insists hopes faces leads holds owns runs needs seeks ' +
    'warns accuses blames supports opposes envisages estimates forecasts predicts notes reports describes remains ' +
    'depends relies comes represents controls employs includes',
);
/** Verbs whose following clause often carries its own time: the date must follow the verb directly. */
const REPORTING = wordSet('said told added stated wrote reported insisted argued warned claimed');

/** A past tense this module can invert ("did … <base>"), or an auxiliary. */
const isPastOrAux = (word: string): boolean => AUXILIARIES.has(word) || PAST_TO_BASE.has(word);

const isVerb = (word: string): boolean => isPastOrAux(word) || PRESENT_3SG.has(word) || /^[a-z]{3,}ed$/.test(word);

/** Lower-case word sets: pronouns, determiners, words that open a clause inside a would-be subject. */
const PRONOUNS = wordSet('he she it they we i you this that these those there his her its their');
const DETERMINERS = wordSet('the a an this that these those its their his her our some many most several both all');
/** A sentence opening with a conjunction, or a subject holding a personal pronoun, makes no question's subject. */
const CONJUNCTION_WORDS = wordSet('but and or yet so nor');
const PERSONAL_PRONOUNS = wordSet('he she it they we i you');
const MODALS = wordSet('to will would can could may might must should shall');
/**
 * Words that open a prepositional or subordinate phrase, not a subject: "Under the plan approved by the
 * cabinet on May 2, the firm will …" has no subject before "approved".
 */
const PHRASE_OPENERS = wordSet(
  'under after before following with without despite amid in on at by for from since until during through across ' +
    'against among over within beyond like unlike upon via toward towards as if when while although though because once',
);
const RELATIVE = wordSet('who whom whose which that where when while if because but as although though said says');
/** A pronoun whose referent a question cut from its sentence may lose. */
const VAGUE_PRONOUN = /\b(?:he|she|they|him|her|them|his|their)\b|\b(?:those|these)\b(?!\s+[a-z])/i;

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

/**
 * The last run of non-space characters in `t` before `end`, trailing white space skipped ('' for none):
 * `/(\S+)\s*$/.exec(t.slice(0, end))?.[1] ?? ''` without its scan from every position.
 */
function lastWordBefore(t: string, end: number): string {
  let e = end;
  while (e > 0 && isSpace(t.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > 0 && !isSpace(t.charCodeAt(b - 1))) b--;
  return t.slice(b, e);
}

/** Balanced straight and curly double quotes, brackets. */
function balanced(s: string): boolean {
  if (!/[“”"()[\]]/.test(s)) return true;
  // One pass: opening minus closing curly quotes and brackets; straight quotes counted.
  let curly = 0;
  let straight = 0;
  let round = 0;
  let square = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '“') curly++;
    else if (c === '”') curly--;
    else if (c === '"') straight++;
    else if (c === '(') round++;
    else if (c === ')') round--;
    else if (c === '[') square++;
    else if (c === ']') square--;
  }
  return curly === 0 && straight % 2 === 0 && round === 0 && square === 0;
}

/** Where a clause after the key ends: a conjunction after a comma, a semicolon, a spaced dash. */
const CLAUSE_END = /,\s+(in contrast|[a-z]+)\b|;\s|\s[–—]\s|\s--|--\s|\s*\(/g;
/** Words that open a new clause after a comma: a Set, not a long alternation to compile. */
const CLAUSE_WORDS = wordSet(
  'but|and|while|although|though|whereas|which|who|whom|whose|where|when|as|according|with|after|before|because|so|yet|amid|despite|in contrast',
  '|',
);

/**
 * A closing attribution: "…, officials said.", "…, the IECM said.", "…, the minister told lawmakers last month.",
 * "…, said Chief Administrative Officer Michael Ortega." It is no part of a question.
 */
const ATTRIBUTION_END_RE = /,\s+(?:[^,]{1,60}\s)?(?:said|says|(?:told|tells)(?:\s[a-z]+){1,3})\.?$|,\s+(?:said|says)\s[^,]{1,60}(?:,[^,]{1,60})?$/u;
/** `text` without a closing attribution (the regex runs only when a verb of it is there). */
const withoutAttribution = (text: string): string =>
  text.includes(' sa') || text.includes(' tol') || text.includes(' tel') ? text.replace(ATTRIBUTION_END_RE, '') : text;

/**
 * Cuts a predicate ("are stationed in Iraq and another 900 in Syria …") down
 * to its first clause, and before the first of `stops` (offsets within `rest`
 * of figures that must not appear). Returns undefined when what is left is not
 * a clean, balanced clause.
 */
function firstClause(rest: string, stops: number[] = []): string | undefined {
  let out = rest.replace(/[.!?…]+["'”’]*\s*$/u, '');
  for (const m of out.matchAll(CLAUSE_END)) {
    // (Skipping ", <other word>" misses no other match: none can start inside it.)
    if (!m[1] || CLAUSE_WORDS.has(m[1])) {
      out = out.slice(0, m.index);
      break;
    }
  }
  const stop = Math.min(...stops.filter((s) => s < out.length));
  if (stop < Infinity) {
    const head = out.slice(0, stop);
    const cut = Math.max(...[' and ', ', ', ' compared ', ' while ', ' against ', ' versus ', ' vs '].map((w) => head.lastIndexOf(w)));
    if (cut <= 0) return undefined;
    out = out.slice(0, cut);
  }
  // ("are in the academy, he said, but …": an attribution before the clause's end goes too.)
  out = withoutAttribution(out.replace(/[\s,;:]+$/u, ''));
  return out.trim() && balanced(out) ? out : undefined;
}

/** Whether a predicate is missing or under three words (too little context to ask about). */
const tooShort = (predicate: string | undefined): predicate is undefined => !predicate || predicate.trim().split(/\s+/).length < 3;

/**
 * The sentence with `[start, end)` (article offsets) replaced by the blank,
 * without a trailing clause after a spaced dash or a semicolon. A bracketed
 * conversion right after a figure ("$368bn (£197bn)") goes too, as it would
 * give the figure away.
 */
function clozeOf(sentence: Sentence, start: number, end: number, dropConversion = false): string {
  // (Without a wire dateline: "LUSAKA, March 18 (Reuters) - ".)
  const before = `${sentence.text.slice(datelineOf(sentence), start - sentence.start)}${BLANK}`;
  let after = sentence.text.slice(end - sentence.start);
  if (dropConversion && after.trimStart()[0] === '(') after = after.replace(/^\s*\([^()]*\d[^()]*\)/u, '');
  // "____ people in Somalia -- nearly a quarter of the population -- face …": an aside between two dashes after the
  // blank ends no clause; the clause goes on after it (cut at its first dash, the question lost its verb). The aside
  // stays: it may be what answers the question ("SESAME's members – Cyprus, …, Turkey – have kept …").
  let from = 0;
  const first = /\s([–—]|--)\s/.exec(after);
  if (first && ((before.match(/\s(?:[–—]|--)\s/g)?.length ?? 0) % 2 === 0)) {
    const close = after.indexOf(` ${first[1]} `, first.index + first[0].length);
    if (close > 0 && !/[;.!?]/.test(after.slice(first.index, close))) from = close + first[1]!.length + 1;
  }
  const m = /\s[–—]\s|\s--\s|;\s/.exec(after.slice(from));
  if (m) m.index += from;
  // ("SESAME's members – Cyprus, …, the ____ and Turkey – have kept …": a dash that closes an aside opened before
  // the blank ends no clause.)
  const aside = m && m[0][0] !== ';' && (before.match(/\s(?:[–—]|--)\s/g)?.length ?? 0) % 2 === 1;
  const kept = m && !aside && `${before}${after.slice(0, m.index)}`.replace(/[\s,]+$/u, '');
  return kept && kept.split(/\s+/).length >= 6 && balanced(kept) ? `${kept}.` : before + after;
}

/** Number of whitespace-separated words (counting no further than `upTo`). */
export function wordCount(text: string, upTo = Infinity): number {
  // A word is a run of characters above U+0020.
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n < upTo; i++) {
    const w = text.charCodeAt(i) > 32;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Whether `text` ends in a question mark, maybe before closing quotes or brackets: `/\?["'”’)\]]*$/`. */
function isQuestion(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && `"'”’)]`.includes(text[i]!)) i--;
  return text[i] === '?';
}

/** Length of a sentence's wire dateline (0: none), found once per sentence. */
const datelines = new WeakMap<Sentence, number>();

/** {@link datelineLength} of a sentence, remembered. */
function datelineOf(s: Sentence): number {
  let n = datelines.get(s);
  if (n === undefined) datelines.set(s, (n = datelineLength(s.text)));
  return n;
}

/**
 * The sentence a span stands in, if it can be a question source (not furniture, not a question, five words or
 * more) and the span is no part of its wire dateline (where and when the story was filed, not what it reports).
 */
function sourceOf(span: Span, ctx: QuestionContext): Sentence | undefined {
  const s = sentenceAt(ctx.sentences, span.start);
  if (!s || span.end > s.end || ctx.text.slice(span.start, span.end) !== span.text) return undefined;
  return !s.furniture && !isQuestion(s.text) && wordCount(s.text, 5) >= 5 && span.start - s.start >= datelineOf(s) && !brokenAtAbbreviation(s, ctx.text) ? s : undefined;
}

/** A short abbreviation closing a text: "Rs.", "Feb.", "Dr." (group 0 with its space). */
const ABBREVIATION_END_RE = /(?:^|[\s(])(?:[A-Z][a-z]{0,2}|[a-z]{1,2})\.\s*$/;

/**
 * Whether a sentence is a fragment split at an abbreviation: it ends with one and the text goes on with a digit or
 * a lower-case word ("… still owed Rs." | "94 billion …"), or it starts so after one.
 */
function brokenAtAbbreviation(s: Sentence, text: string): boolean {
  const first = s.text.charAt(0);
  return (
    (s.text.endsWith('.') && /^\s*[\da-z]/.test(text.slice(s.end, s.end + 3)) && ABBREVIATION_END_RE.test(s.text.slice(-6))) ||
    (/[\da-z]/.test(first) && ABBREVIATION_END_RE.test(text.slice(Math.max(0, s.start - 8), s.start)))
  );
}

const CAPITALISED_RE = re('u')`^[${Lu}][${Ll}]+$`;
const LOWER_OR_COMMA_RE = re('u')`[${Ll},]`;
const LETTER_RE = re('u')`[${L}]`;
const UPPER_RE = re('u')`[${Lu}]`;

/**
 * Whether `text` holds `word` as a whole word after a lower-case letter or a comma and a space ("…, Officials"):
 * `/[\p{Ll},] word(?!\p{L})/u` without compiling a regex per word.
 */
function afterLowerOrComma(text: string, word: string): boolean {
  for (let i = text.indexOf(` ${word}`); i >= 0; i = text.indexOf(` ${word}`, i + 1)) {
    if (LOWER_OR_COMMA_RE.test(text[i - 1] ?? '') && !LETTER_RE.test(text[i + 1 + word.length] ?? '')) return true;
  }
  return false;
}

/**
 * Lower-cases a subject's first word inside a question unless it looks like a
 * name: a determiner always; another capitalised word ("Officials") when no
 * actor bears it and the article never capitalises it mid-sentence (after a
 * lower-case letter or a comma and a space).
 */
function subjectInQuestion(subject: string, ctx: QuestionContext): string {
  const first = /^\S+/.exec(subject)?.[0] ?? '';
  const lower = first.toLowerCase();
  const lowered = lower + subject.slice(first.length);
  const named = formFinder(first);
  return DETERMINERS.has(lower) ||
    (CAPITALISED_RE.test(first) &&
      !ctx.facts.actors.some((a) => formsOf(a).some((f) => named(f))) &&
      // ("Russian drones", "British officials": a demonym keeps its capital; so does a portfolio before a
      // capitalised title: "Transport Minister Catherine King".)
      !gazetteer().isDemonym(first) &&
      !gazetteer().titles.has(/^\S+\s+(\p{Lu}\S*)/u.exec(subject)?.[1]?.toLowerCase() ?? '') &&
      // ("Governor Nasir Idris": so does a title before a name.)
      !(gazetteer().titles.has(lower) && /^\S+\s+\p{Lu}/u.test(subject)) &&
      !afterLowerOrComma(ctx.text, first))
    ? lowered
    : subject;
}

function finish(question: string): string {
  const q = question.replace(/\s+/g, ' ').replace(/\s+([,?])/g, '$1').trim();
  return q.charAt(0).toUpperCase() + q.slice(1);
}

/** A verb or phrase that attributes a quotation to its speaker. */
const ATTRIBUTION_RE =
  /\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|warned|warns|called|calls|described|describes|insisted|insists|declared|declares|argued|argues|stated|states|noted|notes|explained|explains|quoted|according to)\b/;
/** A speaker who is only a pronoun, next to its verb: "she told the chamber", "said he". */
const PRONOUN_SPEAKER_RE = /\b(?:he|she|they|we|i|it)(?:\s+\S+)?\s+\S+\s*$|^\s*\S+\s+(?:he|she|they|we|i|it)\b/i;

/**
 * Whether the blank of a fill-in-the-blank `prompt` stands inside a quotation whose speaker the prompt does not
 * name: no verb of saying outside the quotation marks, or only a pronoun for its subject ("…,” she said). A
 * reader cannot weigh words without knowing who said them.
 */
function unattributedQuote(prompt: string): boolean {
  const at = prompt.indexOf(BLANK);
  if (at < 0 || !/[“"]/.test(prompt)) return false;
  const before = prompt.slice(0, at);
  const open = (before.split('“').length - before.split('”').length) > 0 || (before.split('"').length - 1) % 2 === 1;
  if (!open) return false;
  const outside = prompt.replace(/“[^”]*”?|"[^"]*"?/g, ' | ');
  const verb = ATTRIBUTION_RE.exec(outside);
  if (!verb) return true;
  const around = `${outside.slice(0, verb.index).split('|').pop()!}${verb[0]}`;
  const after = outside.slice(verb.index).split('|')[0]!;
  // ("…,” said he": a pronoun after the verb only when nothing else stands before it.)
  return PRONOUN_SPEAKER_RE.test(around) || (around.replace(/[^\p{L}\s]/gu, '').trim() === verb[0] && PRONOUN_SPEAKER_RE.test(after));
}

/**
 * A question's score: its fact's `score`, more with four choices; prompts cut
 * from a quotation that runs on, or very long ones, read badly: last resort only.
 */
const scoreOf = (score: number, prompt: string, four: boolean): number =>
  score + (four ? 0.5 : 0) - (balanced(prompt) ? 0 : 2) - (VAGUE_PRONOUN.test(prompt) ? 0.5 : 0) - Math.max(0, prompt.length - 180) / 100;

/**
 * The question: the key and up to three distractors (at least two), in order
 * of value (numbers, dates) or shuffled (actors).
 */
function draft(
  kind: QuestionDraft['kind'],
  sentence: Sentence,
  prompt: string,
  key: Distractor,
  distractors: Distractor[] | undefined,
  rng: Rng,
  answerForms: string[],
  factId: string,
  score: number,
  wh: string | undefined,
): QuestionDraft | undefined {
  // A figure or date the source sentence also gives in the key's slot (the same word before or after it)
  // could be read as the answer too.
  const t = sentence.text;
  const slotOf = (text: string): string[] | undefined => {
    for (let i = t.indexOf(text); i >= 0; i = t.indexOf(text, i + 1)) {
      if (!WORD_CHAR.test(t[i - 1] ?? '') && !WORD_CHAR.test(t[i + text.length] ?? '')) {
        return [lastWordBefore(t, i), /^\s*(\S+)/.exec(t.slice(i + text.length))?.[1] ?? ''].map((w) => w.toLowerCase());
      }
    }
    return undefined;
  };
  const keySlot = kind !== 'actor' && slotOf(key.text);
  const fair = keySlot
    ? distractors?.filter((d) => {
        const w = slotOf(d.text);
        return !w || !((w[0] && w[0] === keySlot[0]) || (w[1] && w[1] === keySlot[1]));
      })
    : distractors;
  if (!fair || fair.length < 2 || unattributedQuote(prompt)) return undefined;
  const all = [key, ...fair.slice(0, 3)];
  const choices = kind === 'actor' ? shuffle(all, rng) : all.sort((a, b) => a.order - b.order);
  return {
    kind,
    // (Without the screen-reader note a scraped web page leaves after its links: "Lufthansa (LHAG.DE), opens new tab".)
    prompt: withoutLinkNotes(prompt),
    choices: choices.map((d) => d.text),
    answer: choices.indexOf(key),
    explanation: sentence.text,
    source: { sentence: sentence.text, start: sentence.start, end: sentence.end },
    answerForms,
    factId,
    paragraph: sentence.paragraph,
    score: scoreOf(score, prompt, choices.length > 3),
    form: wh ? 'wh' : 'cloze',
  };
}

/**
 * A number or date {@link Candidate}. `score` is its score without a wh-question, which `whMaybe` says may
 * be possible; `write` gives the prompt, its wh-stem if any, and the distractors' drafting.
 */
function candidate(
  kind: 'number' | 'date',
  sentence: Sentence,
  key: Distractor,
  start: number,
  score: number,
  whMaybe: boolean,
  write: () => [prompt: string, wh: string | undefined, distractorsOf: (rng: Rng) => Distractor[] | undefined] | undefined,
): Candidate {
  const factId = `${kind}:${start}`;
  const answerForms = [key.text];
  const { paragraph } = sentence;
  return {
    kind,
    factId,
    answerForms,
    paragraph,
    // Four choices and a clean prompt add at most 0.5.
    bound: score + (whMaybe ? 1 : 0) + 0.5,
    write: () => {
      const w = write();
      if (!w) return undefined;
      const [prompt, wh, distractorsOf] = w;
      const total = score + (wh ? 1 : 0);
      return {
        paragraph,
        bound: scoreOf(total, prompt, true),
        known: { prompt, explanation: sentence.text, start: sentence.start, key: key.text },
        draft: (seed) => {
          const rng = createRng(`${seed} ${factId}`);
          return draft(kind, sentence, prompt, key, distractorsOf(rng), rng, answerForms, factId, total, wh);
        },
      };
    },
  };
}

/**
 * "<wh> <predicate>?" when the text after a sentence's subject opens with a
 * verb and its first clause gives enough context, else undefined.
 */
function whOf(wh: string, rest: string, stops?: number[]): string | undefined {
  const verb = /^ ([a-z]+)\b/.exec(rest)?.[1];
  const predicate = verb && isVerb(verb) ? firstClause(withoutAttribution(rest), stops) : undefined;
  return tooShort(predicate) || reportsNothing(predicate) ? undefined : finish(`${wh}${predicate}?`);
}

/**
 * A verb of saying, or "… that", whose reported clause was cut before its own verb: "warned that US tariffs"
 * (a dash aside followed), "said its ship" (a relative clause followed), "pointed out that the Commissioners".
 * The question would not say what was said.
 */
function reportsNothing(predicate: string): boolean {
  const words = predicate.trim().toLowerCase().split(/\s+/);
  // The reported clause: after a verb of saying, or after "that" among the first words ("pointed out that …").
  const that = words.slice(0, 4).indexOf('that');
  if (!REPORTING.has(words[0]!) && that < 0) return false;
  return !words.slice(that < 0 ? 1 : that + 1).some((w) => isVerb(w.replace(/[^a-z]/g, '')));
}

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

/**
 * "Around 2,500 US soldiers are stationed in Iraq and another 900 in Syria" →
 * "About how many US soldiers are stationed in Iraq?": only when the figure
 * opens the sentence as its subject and the counted noun follows it verbatim.
 */
function numberWhStem(fact: NumberFact, s: Sentence, siblings: readonly NumberFact[]): string | undefined {
  const pre = s.text.slice(0, fact.start - s.start).trim().toLowerCase();
  const wh = howMany(pre ? fact.hedge : undefined);
  if (!wh || pre !== (pre && (fact.hedge ?? '').trim().toLowerCase()) || /[$£€¥%]|\b(bn|billion|million|trillion|per ?cent)\b/i.test(fact.text)) {
    return undefined;
  }
  const rest = s.text.slice(fact.end - s.start);
  const counts = fact.counts.trim();
  let noun = counts;
  let after = counts.length + 1;
  if (!counts || /[()]/.test(counts) || !rest.startsWith(` ${counts} `)) {
    // "Four of the “faithless” electors came from …": the noun phrase runs up to the first verb.
    const m = /^ of (?:the|these|those|its|their|his|her|them)\b/u.exec(rest);
    if (!m) return undefined;
    const tokens = rest.slice(m[0].length).split(' ').slice(1, 7);
    const k = tokens.findIndex(isVerb);
    if (k < 0 || tokens.slice(0, k).some((t) => /[,;:()]|--|–/.test(t))) return undefined;
    const phrase = tokens.slice(0, k).join(' ');
    noun = `${m[0]}${k > 0 ? ` ${phrase}` : ''}`.trim();
    after = m[0].length + (k > 0 ? phrase.length + 1 : 0);
  }
  // "How many people were killed?" could match another figure of the article: keep some context.
  return whOf(
    `${wh} ${noun}`,
    rest.slice(after),
    siblings.map((x) => x.start - fact.end - after).filter((x) => x >= 0),
  );
}

/** After a number: the rest of a range ("-$3.8", " to 12") or a compound ("-year-old"). */
const RANGE_AFTER_RE = re('u')`^\s*(?:[-–]|to|or)\s*[$£€¥]?\d|^[-–][${L}]`;
/** Before a number: the start of a range ("10 to ", "$2-") or a compound ("COVID-"). */
const RANGE_BEFORE_RE = re('iu')`\d[%a-z]*\s*(?:[-–]|to|or)\s*[$£€¥]?$|[${L}][-–]$`;

/** Between the two ends of a range: "to", "or", a dash. */
const RANGE_GAP_RE = /^\s*(?:[-–]|to|or)\s*[$£€¥]?$/;

/** Turns a number fact into a question, or undefined when no fair question can be asked. */
export function numberQuestion(input: NumberFact, ctx: QuestionContext): QuestionDraft | undefined {
  return numberCandidate(input, ctx)?.write()?.draft(String(ctx.rng()));
}

/** {@link numberQuestion} with its prompt written and its distractors drafted on demand (`ctx.rng` is not used). */
export function numberCandidate(input: NumberFact, ctx: QuestionContext): Candidate | undefined {
  // A hedge the extractor left out still bounds the figure ("more than $60bn").
  const hedge = input.hedge ?? hedgeBefore(ctx.text.slice(Math.max(0, input.start - 24), input.start));
  const fact: NumberFact = hedge && hedge !== input.hedge ? { ...input, hedge } : input;
  const { text: raw, value, start, end } = fact;
  const text = raw.trim();
  const s = sourceOf(fact, ctx);
  // A range ("$2-$3.8 trillion", "10 to 12") has no single key; part of a compound ("19-year-old") reads badly as a blank.
  const after = ctx.text.slice(end, end + 8);
  const before = ctx.text.slice(Math.max(0, start - 8), start);
  const direction = hedgeDirection(fact.hedge);
  if (
    !isCleanNumberText(text) ||
    // A four-digit figure without separators or unit is a year, never a count.
    (/^\d{4}$/.test(text) && (/^(1[5-9]|20)/.test(text) || (Number.isInteger(value) && value >= 1500 && value <= 2100))) ||
    !(value > 0 && value < Infinity) ||
    /^one$/i.test(text) ||
    !s ||
    RANGE_AFTER_RE.test(after) ||
    // "430 000 people": a figure grouped by spaces the extractor cut in two; its blank would leave "____ 000".
    (/^\d{1,3}$/.test(text) && /^[\u0020\u00a0\u202f]\d{3}(?![\d,.])/.test(after)) ||
    (/^\d{3}\b/.test(text) && /(?:^|[^\d.,])\d{1,3}[\u0020\u00a0\u202f]$/.test(before)) ||
    // (The regex needs a digit or a final dash.)
    (/\d|[-–]$/.test(before) && RANGE_BEFORE_RE.test(before)) ||
    // A range whose other end is in words or scaled: "seven to 10 days", "$500 million to $700 million".
    ctx.facts.numbers.some((n) => n !== input && RANGE_GAP_RE.test(n.end <= start ? ctx.text.slice(n.end, start) : n.start >= end ? ctx.text.slice(end, n.start) : '.')) ||
    countForm(s.text, raw) !== 1 ||
    (direction !== null && direction !== 0 && /\b(?:not|never|no)\b|n[’']t\b/iu.test(s.text))
  ) {
    return undefined;
  }
  const siblings = ctx.facts.numbers.filter((n) => n !== fact && n.start >= s.start && n.end <= s.end);
  // A bracketed conversion ("$368bn (£197bn)") is given away by the figure before it.
  if (siblings.some((n) => n.end <= start && /^\s*[([]\s*$/u.test(ctx.text.slice(n.end, start)))) return undefined;
  // A wh-question needs the figure to open the sentence, after its hedge if any (see numberWhStem).
  const pre = s.text.slice(0, start - s.start).trim().toLowerCase();
  return candidate('number', s, { text: raw, order: value }, start, 3 + (siblings.length > 0 ? 0.3 : 0), !pre || pre === (fact.hedge ?? '').trim().toLowerCase(), () => {
    const wh = numberWhStem(fact, s, siblings);
    const prompt = wh ?? clozeOf(s, start, end, true);
    return containsForm(prompt, raw)
      ? undefined
      : [prompt, wh, (rng) => numberDistractors({ key: fact, siblings, all: ctx.facts.numbers, prompt, format: ctx.formatNumber, rng }, ctx.text)];
  });
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

/** A word of a subject: letters, apostrophes, periods, ampersands, hyphens ("U.S.", "AT&T", "O'Neill"). */
const SUBJECT_WORD_RE = re('u')`^[${L}’'.&-]+$`;
const GERUND_RE = re('u')`^[${Ll}]+ing$`;


/**
 * "The High Court ruled on Tuesday that …" → "On which day did the High Court
 * rule that …?". Only for a short subject, a verb this module knows, and a
 * date that modifies that verb in the main clause.
 */
function dateWhStem(fact: DateFact, s: Sentence, format: string, ctx: QuestionContext): string | undefined {
  const wh = format === 'weekday' ? 'On which day' : format === 'year' ? 'In which year' : format[0] === 'd' ? 'On which date' : 'In which month';
  const relStart = fact.start - s.start;
  const relEnd = fact.end - s.start;
  // (A wire story's first sentence, after its dateline, runs long with its attribution: the blank reads better.)
  if (datelineOf(s) > 0) return undefined;
  let bodyOffset = 0;
  // A date that opens the sentence ("On Tuesday, the court ruled …"): the question is about the rest.
  // (At most 19 characters besides spaces, "Subsequently, during", can match.)
  const lead = s.text.slice(0, relStart);
  const opening =
    lead.replace(/\s+/g, '').length <= 19 && /^(?:(?:Subsequently|Earlier|Later|Meanwhile|Then|Also|However|But|And),?\s+)?(?:on|in|at|during|by)?\s*$/i.test(lead);
  if (opening) {
    const m = /^,\s+/.exec(s.text.slice(relEnd));
    if (!m) return undefined;
    bodyOffset = relEnd + m[0].length;
  }
  // (Only the first nine words are looked at; the rest is cut from the text as is.)
  const body = s.text.slice(bodyOffset);
  const words = body.split(' ', 9);
  let v = 1;
  for (; v < Math.min(words.length, 8) && !isPastOrAux(words[v]!); v++) {
    if (!SUBJECT_WORD_RE.test(words[v - 1]!) || RELATIVE.has(words[v]!.toLowerCase()) || GERUND_RE.test(words[v]!)) return undefined;
  }
  const first = words[0]!;
  const verb = words[v];
  if (
    !verb ||
    v >= 8 ||
    !SUBJECT_WORD_RE.test(words[v - 1]!) ||
    PRONOUNS.has(first.toLowerCase()) ||
    PHRASE_OPENERS.has(first.toLowerCase()) ||
    // ("METI aims to lift sales of domestically produced chips in 2030": no subject before "produced".)
    words.slice(1, v).some((w) => MODALS.has(w.toLowerCase())) ||
    /^[a-z]+ly$/.test(words[v - 1]!) ||
    // ("The region attracted an estimated 6 million visitors": after a determiner the word is an adjective, and
    // a verb this module cannot invert, "attracted", stands before it; so does one followed by a determiner.)
    DETERMINERS.has(words[v - 1]!.toLowerCase()) ||
    words.slice(1, v - 1).some((w, i) => (/^[a-z]{3,}ed$/.test(w) || PRESENT_3SG.has(w)) && DETERMINERS.has(words[i + 2]!.toLowerCase())) ||
    // ("But it is …": an opening conjunction, or a personal pronoun in the subject, leaves the question without one.)
    CONJUNCTION_WORDS.has(first.toLowerCase()) ||
    words.slice(1, v).some((w) => PERSONAL_PRONOUNS.has(w.toLowerCase())) ||
    !(UPPER_START_RE.test(first) || DETERMINERS.has(first.toLowerCase()))
  ) {
    return undefined;
  }
  const subject = subjectInQuestion(words.slice(0, v).join(' '), ctx);
  const restOffset = words.slice(0, v + 1).join(' ').length + 1;
  let rest = body.slice(restOffset);
  if (!opening) {
    const dStart = relStart - restOffset;
    const mid = rest.slice(0, dStart);
    const prep = /(?:^|\s)(on|in|at|during)\s$/.exec(mid);
    if (dStart < 0 || !prep) return undefined;
    const between = mid.slice(0, prep.index);
    if (
      (REPORTING.has(verb) && between.trim() !== '') ||
      // ("wary ahead of a presidential election on May 31": the date is the election's, not the wariness's.)
      /[,;:“”"()]|\b(?:that|who|which|when|where|after|before|because|while|if|whose|whom|as|since|until|through|and|but|ahead of|following|amid|despite)\b/i.test(between) ||
      // ("cost $3.1 million through the end of the fiscal year on June 30": the date is the end's, not the cost's.)
      /\b(?:end|start|beginning|close) of\b/.test(between) ||
      // "fell to 3.4m tonnes from 5.1m tonnes in 2024": the date of the figure it fell from, not of the fall.
      BASELINE_RE.test(between) ||
      // "paid a fifth less than in 2008": the date of what is compared, not of the pay; "is the derby a week on Sunday"
      // (the Sunday after next): the "on" is the week's, and the question would keep "a week".
      /\b(?:than\s+\w+|(?:week|fortnight)s?\s+on)\s$/.test(mid) ||
      // "will fix the cars with an update due to start on March 24": the date is the update's, not the fix's.
      /\S+\s+\S+\s+(?:due|set|slated|scheduled|expected)\s+to\s+\S+$/.test(between) ||
      // "ruled against the law passed in May": the date is the participle's ("passed"), not the main verb's.
      // (After an auxiliary the main verb's own participle opens it: "was fined by regulators", "had been sold to".)
      participleIn(between, AUXILIARIES.has(verb))
    ) {
      return undefined;
    }
    const after = rest.slice(relEnd - restOffset);
    // "contracts signed in December and January": a second date coordinated with this one would dangle;
    // "a charter signed in December set …": the verb before the date was a participle, the main verb follows.
    const next = /^\s+([a-z]+)\b/.exec(after)?.[1];
    // ("visited the school on Tuesday afternoon": a part of the day after the date would be left behind.)
    if (/^\s*(?:and|or|to|through|[-–])\s*[A-Z0-9]/.test(after) || (next !== undefined && (isPastOrAux(next) || /^(?:morning|afternoon|evening|night)$/.test(next)))) return undefined;
    // "start in March and to finish by 2027": the date belongs to the first of two coordinated verbs;
    // "start in July and the reservoir should be full by 2031": a clause with its own subject (a pronoun, or a
    // determiner's noun before an auxiliary) goes too; "after rains and the spread of a virus" stays.
    const tail = after.replace(/\s+and\s+(?:to|will|would|then)\b.*$|\s+and\s+([a-z]+)\b.*$/su, (all, w?: string) =>
      w === undefined || isVerb(w) || PERSONAL_PRONOUNS.has(w) || (DETERMINERS.has(w) && all.split(' ', 8).slice(3).some((x) => AUXILIARIES.has(x)))
        ? ''
        : all,
    );
    rest = `${rest.slice(0, prep.index)}${tail}`;
  }
  // A closing attribution ("…, officials said") is no part of the question.
  const predicate = firstClause(` ${withoutAttribution(rest)}`);
  // An unresolved pronoun would leave the question vague; the sentence with a blank keeps its context.
  // ("On which day did X announce that two fuel tankers?": a reported clause cut before its verb says nothing.)
  if (predicate === undefined || /^ (?:not|never|no longer)\b/.test(predicate) || VAGUE_PRONOUN.test(predicate) || reportsNothing(verb + predicate)) return undefined;
  if (AUXILIARIES.has(verb)) return finish(`${wh} ${verb} ${subject}${predicate}?`);
  return finish(`${wh} did ${subject} ${PAST_TO_BASE.get(verb)}${predicate}?`);
}

/**
 * A past form or "-ed" word in `between`; with `afterAux`, besides the first, the main verb's own participle
 * ("was fined by regulators", "is next scheduled to").
 */
function participleIn(between: string, afterAux: boolean): boolean {
  const past = between.split(' ').filter((w) => PAST_TO_BASE.has(w) || /^[a-z]{3,}ed$/.test(w));
  return past.length > (afterAux ? 1 : 0);
}

/** Turns a date fact into a question, or undefined when no fair question can be asked. */
export function dateQuestion(fact: DateFact, ctx: QuestionContext): QuestionDraft | undefined {
  return dateCandidate(fact, ctx)?.write()?.draft(String(ctx.rng()));
}

/** {@link dateQuestion} with its prompt written and its distractors drafted on demand (`ctx.rng` is not used). */
export function dateCandidate(fact: DateFact, ctx: QuestionContext): Candidate | undefined {
  const parts = parseDateParts(fact.text);
  const s = sourceOf(fact, ctx);
  if (!parts || !s || countForm(s.text, fact.text) !== 1) return undefined;
  const { datePublished } = ctx;
  return candidate('date', s, { text: fact.text, order: dateKeyOrder({ text: fact.text, datePublished }) }, fact.start, 2.5 + (fact.iso ? 0.2 : 0), !parts.qualified, () => {
    const wh = parts.qualified ? undefined : dateWhStem(fact, s, parts.format, ctx);
    const prompt = wh ?? clozeOf(s, fact.start, fact.end);
    return containsForm(prompt, fact.text)
      ? undefined
      : [
          prompt,
          wh,
          (rng) =>
            dateDistractors({
              text: fact.text,
              iso: fact.iso,
              siblings: ctx.facts.dates.filter((d) => d !== fact && d.text !== fact.text),
              prompt,
              // The first of two dates bounding a period ("between 2020 and 2024") comes before the second.
              earlierOnly:
                /\b(?:since|after)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, fact.start - 12), fact.start)) ||
                (/\b(?:between|from)\s+$/i.test(ctx.text.slice(Math.max(0, fact.start - 9), fact.start)) && /^\s+(?:and|to)\s+\d/.test(ctx.text.slice(fact.end, fact.end + 8))),
              laterOnly: /\b(?:between|from)\s+\S+\s+(?:and|to)\s+$/i.test(ctx.text.slice(Math.max(0, fact.start - 30), fact.start)),
              rng,
              datePublished,
            }),
        ];
  });
}

// ---------------------------------------------------------------------------
// Actors
// ---------------------------------------------------------------------------

const KIND_SCORE: Record<Actor['kind'], number> = { person: 2.6, organization: 2.3, group: 1.8, country: 1.6, place: 1.5 };

/** Words after a mention that do not make it a modifier ("Iraq and …", "Iraq said"). */
const FUNCTION_WORDS = wordSet(
  'and or but nor to in on at for of with by from as than that which who where when after before since until over into itself alone',
);

/** Normalised for comparing a mention with a name: lower case, no leading "the". */
const bare = (s: string): string => s.toLowerCase().replace(/^the\s+/, '');

/**
 * The text to offer for an actor mentioned by `mention`: its fullest name when
 * the sentence shows it, or when the mention is a person's surname (with or
 * without a title); undefined for other short forms ("MoD", "IS"), whose
 * full name the sentence alone would not support.
 */
function keyTextFor(actor: Actor, mention: Span): string | undefined {
  const m = mention.text.trim();
  // Honorifics may stand before a surname in a mention ("Mr Mousa").
  // (A title opens with one of "mdpsl": a cheap check before the regex.)
  const short = ('mdpsl'.includes(m.charAt(0).toLowerCase()) ? m.replace(/^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady)\.?\s+/i, '') : m).toLowerCase();
  return containsForm(mention.sentence, actor.name) ||
    bare(m) === bare(actor.name) ||
    (actor.kind === 'person' && short && actor.name.toLowerCase().split(/\s+/).slice(-short.split(/\s+/).length).join(' ') === short)
    ? actor.name
    : undefined;
}

/** "Who said …?", "Whose decision …?", "Which organization said …?" when the actor opens the sentence. */
function actorWhStem(actor: Actor, mention: Span, s: Sentence): string | undefined {
  const lead = s.text.slice(0, mention.start - s.start);
  const rest = s.text.slice(mention.end - s.start);
  const possessive = /^[’']s\s/u.exec(rest);
  const { kind, name } = actor;
  const wh = possessive
    ? 'Whose'
    : kind === 'person'
      ? 'Who'
      : kind === 'organization'
        ? 'Which organization'
        : kind === 'country' && isKnownCountry(name)
          ? 'Which country'
          : '';
  if ((lead && !/^the $/i.test(lead)) || !wh || (possessive && kind !== 'person')) return undefined;
  if (possessive) {
    const predicate = firstClause(` ${rest.slice(possessive[0].length)}`);
    return tooShort(predicate) ? undefined : finish(`Whose${predicate}?`);
  }
  // A plural verb after the name ("the Netherlands are") makes an odd "Which country are …?".
  const q = /^ (are|were|have)\b/.test(rest) ? undefined : whOf(wh, rest);
  return q && !VAGUE_PRONOUN.test(q) ? q : undefined;
}

/** After a mention: a lower-case word, a capitalised one (a longer name), a hyphen and a letter ("UK-run"). */
const LOWER_WORD_AFTER_RE = re('u')`^ ([${Ll}]+)\b`;
const NAME_AFTER_RE = re('u')`^ [${Lu}](?:[${Ll}]|[${Lu}\d]*[-\d])`;
/** Before a blank, a possessive pronoun whose owner the question loses, maybe with a title: "Its ____", "his lawyer, ____". */
const POSSESSIVE_BEFORE_RE = re('u')`(?:^|\s)(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:(?!(?:the|a|an)\s)[${L}-]+[\s,]+){0,3}$`;
/** Before a blank, a place where something was said or held: "told reporters at ____", "a rally in ____". */
const VENUE_BEFORE_RE = /\b(?:reporters|journalists|spoke|rally|held|met|meeting|conference|summit) (?:at|in) (?:the )?$/i;
/** Before a blank in brackets, a name it abbreviates: "the Indian Federation of Workers (____)". */
const ACRONYM_BEFORE_RE = re('u')`[${Lu}][${L}.-]*\s*\($`;
/** Before a blank, two items of a list of capitalised names: "English Language, Mathematics, ____". */
const LIST_BEFORE_RE = re('u')`[${Lu}][${L}]*(?: [${Lu}][${L}]*)*, [${Lu}][${L}]*(?: [${Lu}][${L}]*)*, $`;
/** A capitalised word and "and" right before a blank: "Housing Health and ____". */
const CAPITAL_AND_BEFORE_RE = re('u')`[${Lu}][${L}]* and $`;
/** The word right before a blank, when it is capitalised and not the sentence's first: group 1. */
const CAPITAL_BEFORE_RE = re('u')`\S\s+([${Lu}][${L}]*(?:-[${L}]+)*) $`;
const HYPHEN_LETTER_RE = re('u')`^-[${L}]`;

/** A verb of saying or posting, or a post, then "on": "said on", "wrote on", "in a post on". */
const SAID_ON_RE = /\b(?:said|says|say|saying|wrote|writes|write|writing|posted|posts|post|posting|tweeted|announced|announces|stated|states|added|adds|claimed|claims|reported|reports|published|publishes|shared|shares|commented|comments|message|messages|video|videos|statement|statements|broadcast)\s+on\s+(?:the\s+)?$/i;

/**
 * Whether the mention at `start` follows a verb of saying or posting and "on": the medium a thing was said on
 * ("said on Telegram", "wrote on X"), no actor of the story, whose other actors would make odd choices.
 */
function onMedium(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return (before.endsWith(' on ') || before.endsWith(' on the ')) && SAID_ON_RE.test(before);
}

/** Turns an actor into a question about one of its mentions, or undefined when none makes a fair question. */
export function actorQuestion(actor: Actor, ctx: QuestionContext): QuestionDraft | undefined {
  return actorCandidate(actor, ctx)?.write()?.draft(String(ctx.rng()));
}

/** Sentences of the body (not furniture), counted once per article. */
const bodySentences = new WeakMap<readonly Sentence[], number>();

/**
 * {@link actorQuestion} with its prompt written and its distractors drafted
 * on demand (`ctx.rng` is not used): writing tries up to six mentions;
 * drafting tries those that can be asked about, best first, and keeps the
 * best question (the earliest mention on a tie).
 */
export function actorCandidate(actor: Actor, ctx: QuestionContext): Candidate | undefined {
  const { kind, mentions, name } = actor;
  const forms = formsOf(actor);
  const { sentences } = ctx;
  let body = bodySentences.get(sentences);
  if (body === undefined) bodySentences.set(sentences, (body = sentences.filter((x) => !x.furniture).length));
  const at = mentions.map((m) => sentenceAt(sentences, m.start));
  // The story's central actor, named all through it, makes an easy guess and would be named in the other questions.
  const mentionedIn = new Set(at.map((x) => x?.start)).size;
  if (!name.trim() || !UPPER_RE.test(name) || (mentionedIn >= 4 && mentionedIn > body * 0.3) || !fairActor(actor, ctx.text, ctx.facts.actors)) return undefined;
  const factId = `actor:${name}`;
  // The best score a mention's question may get: a wh-question needs a person, an organisation or a known
  // country opening its sentence (see actorWhStem).
  const base = KIND_SCORE[kind] + (actor.role ? 0.3 : 0) - Math.max(0, mentions.length - 3) * 0.1;
  const whMaybe =
    (kind === 'person' || kind === 'organization' || (kind === 'country' && isKnownCountry(name))) &&
    mentions.some((m, i) => at[i] && /^(?:the )?$/i.test(at[i].text.slice(0, m.start - at[i].start)));
  return { kind: 'actor', factId, answerForms: forms, bound: base + (whMaybe ? 1 : 0) + 0.5, write: () => writeActor(actor, ctx, forms, factId) };
}

/** The mentions of `actor` that can be asked about, as a question before its distractors (see {@link actorCandidate}). */
function writeActor(actor: Actor, ctx: QuestionContext, forms: string[], factId: string): LazyDraft | undefined {
  const { kind, mentions } = actor;
  const { sentences } = ctx;
  const place = kind === 'country' || kind === 'place';
  /** Mentions to ask about: sentence, prompt, wh-stem, score, its bound, text whose names are not offered, key, offset. */
  const asks: [Sentence, string, string | undefined, number, number, string, string, number][] = [];
  const seen = new Set<number>();
  for (const mention of mentions) {
    if (asks.length >= 6) break;
    const s = sourceOf(mention, ctx);
    if (!s || seen.has(s.start)) continue;
    seen.add(s.start);
    const keyText = keyTextFor(actor, mention);
    const next = ctx.text.slice(mention.end, mention.end + 30);
    // Part of a longer name ("Washington Post") makes a misleading blank; so does a place used as a
    // modifier ("the US administration", "Iraqi soldiers", "UK-run").
    const word = LOWER_WORD_AFTER_RE.exec(next)?.[1];
    const before = ctx.text.slice(s.start, mention.start);
    const named = kind !== 'country' && kind !== 'place';
    const capital = named && kind !== 'person' && CAPITAL_BEFORE_RE.exec(before)?.[1];
    const prevChar = ctx.text.charAt(mention.start - 1);
    if (
      !keyText ||
      NAME_AFTER_RE.test(next) ||
      (/(?:^|\s)(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s/.test(before) && POSSESSIVE_BEFORE_RE.test(before)) ||
      (before.endsWith('(') && ACRONYM_BEFORE_RE.test(before)) ||
      (kind === 'organization' && / (?:at|in) (?:the )?$/i.test(before) && VENUE_BEFORE_RE.test(before)) ||
      // An item of a list ("Mathematics, ____"): its neighbours, named in the prompt, are no choices, or are
      // no actors; a longer name's tail ("Platform-based ____").
      (named && before.endsWith(', ') && LIST_BEFORE_RE.test(before)) ||
      (capital && !gazetteer().isDemonym(capital) && !gazetteer().names.has(capital.split('-')[0]!)) ||
      // ("the Housing Health and ____", key "Safety Rating System": after a capitalised word that ends no actor's
      // mention, "and" joins the key to a longer name's head.)
      (named && before.endsWith(' and ') && CAPITAL_AND_BEFORE_RE.test(before) && !ctx.facts.actors.some((a) => a.mentions.some((m) => m.end === mention.start - 5))) ||
      onMedium(ctx.text, mention.start) ||
      // A ticker ("index (.SETI)") or a part of a dotted name: the blank would leave the dot ("(.____)").
      (prevChar < '\x80' ? /[.a-zA-Z\d]/ : /\p{L}/u).test(prevChar) ||
      (place && (HYPHEN_LETTER_RE.test(next) || (word !== undefined && !FUNCTION_WORDS.has(word) && !isVerb(word))))
    ) {
      continue;
    }
    const wh = actorWhStem(actor, mention, s);
    const prompt = wh ?? clozeOf(s, mention.start, mention.end);
    // The actor must not be named (or its demonym used) anywhere else in the prompt. (Such a mention still
    // counts among the six tried.)
    const inPrompt = formMatcher(prompt);
    // An actor named all through the article makes an easy guess: prefer the less central ones.
    const score = KIND_SCORE[kind] + (wh ? 1 : 0) + (actor.role ? 0.3 : 0) - prompt.length / 400 - Math.max(0, mentions.length - 3) * 0.1;
    // A "Who …?" stem shortens the sentence: no other actor the sentence names may be offered either.
    asks.push([s, prompt, wh, score, forms.some((f) => inPrompt(f, true)) ? -Infinity : scoreOf(score, prompt, true), wh ? `${prompt} ${s.text}` : prompt, keyText, mention.start]);
  }
  const ok = asks.filter((a) => a[4] > -Infinity).sort((a, b) => b[4] - a[4]);
  return ok[0]
    ? {
        bound: ok[0][4],
        draft: (seed) => {
          const candidates = actorCandidates(actor, ctx.facts.actors, (m) => sentenceAt(sentences, m.start)?.furniture === false, ctx.text);
          if (candidates.length < 2 && !(kind === 'country' || kind === 'organization')) return undefined;
          let best: QuestionDraft | undefined;
          let bestAt = 0;
          for (const [s, prompt, wh, score, bound, avoid, keyText, at] of ok) {
            if (best && bound < best.score) break;
            const rng = createRng(`${seed} ${factId} ${at}`);
            const distractors = actorDistractors({ key: actor, actors: ctx.facts.actors, prompt: avoid, articleText: ctx.text, candidates, rng });
            const q = draft('actor', s, prompt, { text: keyText, order: -1 }, distractors, rng, forms, factId, score, wh);
            if (q && (!best || q.score > best.score || (q.score === best.score && at < bestAt))) [best, bestAt] = [q, at];
          }
          return best;
        },
      }
    : undefined;
}
