/**
 * One fact → one multiple-choice question: a wh-question where the sentence's
 * grammar allows it safely ("About how many US soldiers are stationed in
 * Iraq?"), otherwise the source sentence with the answer span blanked. The
 * key is always a span of the cited sentence; distractors come from
 * distractors.ts. Pure: no DOM, no Node APIs.
 */

import type { Actor, DateFact, Facts, NumberFact, QuestionKind, Span } from './types.js';
import type { Rng } from './random.js';
import { sentenceAt, type Sentence } from './text.js';
import { memo } from './memo.js';
import {
  actorCandidates,
  actorDistractors,
  containsForm,
  formMatcher,
  dateDistractors,
  dateKeyOrder,
  formsOf,
  hedgeDirection,
  isCleanNumberText,
  isKnownCountry,
  numberDistractors,
  parseDateParts,
  type Distractor,
} from './distractors.js';
import { wordSet } from './lexicon.js';

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

/** Set of space-separated words. */

const AUXILIARIES = wordSet('is are was were has have had will would could can may might should must');
const PLURAL_AUXILIARIES = wordSet('are were have');

/**
 * Past tense → base form, for "When did X <base> …?". Only verbs listed here are inverted.
 * Packed by spelling rule: base + "d", base + "ed", base + last letter + "ed", base "-y" + "ied",
 * then irregular "past:base" pairs (a lone word is its own past).
 */
const PAST_TO_BASE: Record<string, string> = {};
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
  for (const b of bases.split(' ')) PAST_TO_BASE[[b + 'd', b + 'ed', b + b.slice(-1) + 'ed', b.slice(0, -1) + 'ied'][rule]!] = b;
});
for (const pair of (
  'said:say told:tell began:begin fell:fall found:find gave:give grew:grow held:hold led:lead left:leave lost:lose ' +
  'made:make met:meet paid:pay rose:rise sent:send sold:sell spent:spend struck:strike took:take went:go won:win ' +
  'wrote:write saw:see became:become brought:bring built:build bought:buy chose:choose kept:keep shot:shoot ' +
  'withdrew:withdraw fled:flee came:come ran:run stood:stand spoke:speak broke:break drove:drive fought:fight ' +
  'thought:think felt:feel knew:know meant:mean sat:sit taught:teach threw:throw understood:understand wore:wear ' +
  'caught:catch drew:draw forgot:forget hid:hide overtook:overtake rang:ring sang:sing sank:sink shook:shake ' +
  'stuck:stick swept:sweep tore:tear upheld:uphold withheld:withhold fed:feed sought:seek slid:slide swore:swear ' +
  'woke:wake cast hit cost shut spread let bet'
).split(' ')) {
  const [past, base = past] = pair.split(':') as [string, string?];
  PAST_TO_BASE[past] = base;
}
const PRESENT_3SG = wordSet(
  'says wants plans expects believes thinks argues claims denies insists hopes faces leads holds owns runs needs seeks ' +
    'warns accuses blames supports opposes envisages estimates forecasts predicts notes reports describes remains ' +
    'depends relies comes represents controls employs includes',
);
/** Verbs whose following clause often carries its own time: the date must follow the verb directly. */
const REPORTING = wordSet('said told added stated wrote reported insisted argued warned claimed');

/** A past tense this module can invert ("did … <base>"), or an auxiliary. */
const isPastOrAux = (word: string): boolean => AUXILIARIES.has(word) || word in PAST_TO_BASE;

function isVerb(word: string): boolean {
  return isPastOrAux(word) || PRESENT_3SG.has(word) || /^[a-z]{3,}ed$/.test(word);
}

const PRONOUNS = /^(he|she|it|they|we|i|you|this|that|these|those|there|his|her|its|their)$/i;
const DETERMINERS = /^(the|a|an|this|that|these|those|its|their|his|her|our|some|many|most|several|both|all)$/i;
/** A pronoun whose referent a question cut from its sentence may lose. */
const VAGUE_PRONOUN = /\b(?:he|she|they|him|her|them|his|their)\b/i;
/** Words that open a clause inside what would otherwise be read as a subject. */
const RELATIVE = /^(who|whom|whose|which|that|where|when|while|if|because|but|as|although|though|said|says)$/i;
/** Common nouns that open sentences as subjects; lower-cased inside a question. */
const COMMON_SUBJECTS = wordSet(
  'officials police analysts experts researchers scientists residents voters councillors councilors investors ' +
    'prosecutors lawyers doctors critics protesters students workers troops soldiers judges ministers lawmakers ' +
    'legislators officers authorities economists campaigners activists witnesses parents teachers shareholders ' +
    'regulators firefighters rescuers diplomats negotiators senators delegates electors members leaders',
);

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

/** Balanced straight and curly double quotes, brackets. */
function balanced(s: string): boolean {
  let open = 0, close = 0, quotes = 0, paren = 0, bracket = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x201c) open++;
    else if (c === 0x201d) close++;
    else if (c === 0x22) quotes++;
    else if (c === 0x28) paren++;
    else if (c === 0x29) paren--;
    else if (c === 0x5b) bracket++;
    else if (c === 0x5d) bracket--;
  }
  return open === close && quotes % 2 === 0 && paren === 0 && bracket === 0;
}

/** Where a clause after the key ends: a conjunction after a comma, a semicolon, a spaced dash. */
const CLAUSE_END =
  /,\s+(?:but|and|while|although|though|whereas|which|who|whom|whose|where|when|as|according|with|after|before|because|so|yet|amid|despite|in contrast)\b|;\s|\s[–—]\s|\s--|--\s|\s*\(/;

/**
 * Cuts a predicate ("are stationed in Iraq and another 900 in Syria …") down
 * to its first clause, and before any of `stops` (offsets within `rest` of
 * figures that must not appear). Returns undefined when what is left is not a
 * clean, balanced clause.
 */
function firstClause(rest: string, stops: number[] = []): string | undefined {
  let out = rest.replace(/[.!?…]+["'”’]*\s*$/u, '');
  const m = CLAUSE_END.exec(out);
  if (m) out = out.slice(0, m.index);
  for (const stop of stops.filter((s) => s < out.length).sort((a, b) => a - b)) {
    const head = out.slice(0, stop);
    const cut = Math.max(...[' and ', ', ', ' compared ', ' while ', ' against ', ' versus ', ' vs '].map((w) => head.lastIndexOf(w)));
    if (cut <= 0) return undefined;
    out = out.slice(0, cut);
    break;
  }
  out = out.replace(/[\s,;:]+$/u, '');
  if (!out.trim() || !balanced(out)) return undefined;
  return out;
}

/** Whether a predicate is missing or under three words (too little context to ask about). */
const tooShort = (predicate: string | undefined): predicate is undefined => !predicate || predicate.trim().split(/\s+/).length < 3;

/** Drops a trailing clause after a spaced dash or a semicolon, when the blank stands before it. */
function trimAfterBlank(prompt: string): string {
  const at = prompt.indexOf(BLANK);
  const tail = prompt.slice(at + BLANK.length);
  const m = /\s[–—]\s|\s--\s|;\s/.exec(tail);
  if (!m) return prompt;
  const kept = prompt.slice(0, at + BLANK.length + m.index).replace(/[\s,]+$/u, '');
  if (kept.split(/\s+/).length < 6 || !balanced(kept)) return prompt;
  return `${kept}.`;
}

/**
 * The sentence with `[start, end)` (article offsets) replaced by the blank.
 * A bracketed conversion right after a figure ("$368bn (£197bn)") goes too, as
 * it would give the figure away.
 */
function clozeOf(sentence: Sentence, start: number, end: number, dropConversion = false): string {
  const before = sentence.text.slice(0, start - sentence.start);
  let after = sentence.text.slice(end - sentence.start);
  if (dropConversion) after = after.replace(/^\s*\([^()]*\d[^()]*\)/u, '');
  return trimAfterBlank(`${before}${BLANK}${after}`);
}

/** Number of whitespace-separated words. */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** {@link wordCount} of a sentence, remembered. */
const sentenceWords = memo(wordCount);

/** Occurrences of `form` in `text` as a whole word. */
function countForm(text: string, form: string): number {
  let n = 0;
  let from = 0;
  for (;;) {
    const i = text.indexOf(form, from);
    if (i < 0) return n;
    const pre = text[i - 1];
    const post = text[i + form.length];
    if (!(pre && /[\p{L}\p{N}]/u.test(pre)) && !(post && /[\p{L}\p{N}]/u.test(post))) n++;
    from = i + form.length;
  }
}

/** The sentence a span stands in, if it can be a question source (not furniture, not a question). */
function sourceOf(span: Span, ctx: QuestionContext): Sentence | undefined {
  if (ctx.text.slice(span.start, span.end) !== span.text) return undefined;
  const s = sentenceAt(ctx.sentences, span.start);
  if (!s || s.furniture || span.end > s.end) return undefined;
  if (/\?["'”’)\]]*$/u.test(s.text)) return undefined;
  if (sentenceWords(s.text) < 5) return undefined;
  return s;
}

/**
 * Lower-cases a subject's first word inside a question unless it looks like a
 * name: a determiner or a known common noun always; another capitalised word
 * when no actor bears it and the article never capitalises it mid-sentence.
 */
function subjectInQuestion(subject: string, ctx: QuestionContext): string {
  const first = /^\S+/.exec(subject)?.[0] ?? '';
  const lower = first.toLowerCase();
  const lowered = lower + subject.slice(first.length);
  if (DETERMINERS.test(first) || COMMON_SUBJECTS.has(lower)) return lowered;
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return subject;
  const named = ctx.facts.actors.some((a) => formsOf(a).some((f) => containsForm(f, first)));
  const midSentence = capitalisedMidSentence(ctx.text, first);
  return named || midSentence ? subject : lowered;
}

/** Whether `word` (letters only) follows a lower-case letter or a comma and a space in `text`, and no letter follows it. */
function capitalisedMidSentence(text: string, word: string): boolean {
  const needle = ` ${word}`;
  for (let i = text.indexOf(needle, 1); i >= 0; i = text.indexOf(needle, i + 1)) {
    // A low surrogate before the space: the character before it is astral.
    const pc = text.charCodeAt(i - 1);
    const prevChar = pc >= 0xdc00 && pc <= 0xdfff && i >= 2 ? String.fromCodePoint(text.codePointAt(i - 2)!) : text[i - 1]!;
    if (prevChar !== ',' && !LOWER_LETTER.test(prevChar)) continue;
    const after = text.codePointAt(i + needle.length);
    if (after !== undefined && LETTER.test(String.fromCodePoint(after))) continue;
    return true;
  }
  return false;
}

const LOWER_LETTER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;

function finish(question: string): string {
  const q = question.replace(/\s+/g, ' ').replace(/\s+([,?])/g, '$1').trim();
  return q.charAt(0).toUpperCase() + q.slice(1);
}

/** Orders distractors and key, returning choices and the key's index. */
function assemble(key: Distractor, distractors: Distractor[], sort: 'order' | 'shuffle', rng: Rng): { choices: string[]; answer: number } {
  let all = [key, ...distractors];
  if (sort === 'order') {
    all = all.slice().sort((a, b) => a.order - b.order);
  } else {
    // Fisher-Yates with the seeded generator.
    for (let i = all.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [all[i], all[j]] = [all[j]!, all[i]!];
    }
  }
  return { choices: all.map((d) => d.text), answer: all.indexOf(key) };
}

function draft(
  kind: QuestionDraft['kind'],
  sentence: Sentence,
  prompt: string,
  key: Distractor,
  distractors: Distractor[],
  sort: 'order' | 'shuffle',
  ctx: QuestionContext,
  extra: Pick<QuestionDraft, 'answerForms' | 'factId' | 'score'>,
  wh: string | undefined,
): QuestionDraft | undefined {
  if (distractors.length < 2) return undefined;
  const { choices, answer } = assemble(key, distractors.slice(0, 3), sort, ctx.rng);
  return {
    kind,
    prompt,
    choices,
    answer,
    explanation: sentence.text,
    source: { sentence: sentence.text, start: sentence.start, end: sentence.end },
    paragraph: sentence.paragraph,
    ...extra,
    form: wh ? 'wh' : 'cloze',
    // Prompts cut from a quotation that runs on, or very long ones, read badly: last resort only.
    score:
      extra.score +
      (choices.length === 4 ? 0.5 : 0) -
      (balanced(prompt) ? 0 : 2) -
      (VAGUE_PRONOUN.test(prompt) ? 0.5 : 0) -
      Math.max(0, prompt.length - 180) / 100,
  };
}

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

/** Hedge → the start of its "how many" question ("About how many"). */
const HOW_MANY = new Map<string, string>(
  'About:about|around|approximately|roughly|some|an estimated|estimated;Nearly:nearly|almost|close to;More than:more than|over;At least:at least;Fewer than:fewer than|less than|under;Up to:up to'
    .split(';')
    .flatMap((rule) => {
      const [stem, hedges] = rule.split(':') as [string, string];
      return hedges.split('|').map((h) => [h, `${stem} how many`] as [string, string]);
    }),
);

/** "How many", "About how many", "Nearly how many", … or undefined for a hedge with no question form. */
function howMany(hedge: string | undefined): string | undefined {
  const h = (hedge ?? '').trim().toLowerCase();
  return h ? HOW_MANY.get(h) : 'How many';
}

/**
 * "Around 2,500 US soldiers are stationed in Iraq and another 900 in Syria" →
 * "About how many US soldiers are stationed in Iraq?": only when the figure
 * opens the sentence as its subject and the counted noun follows it verbatim.
 */
function numberWhStem(fact: NumberFact, s: Sentence, siblings: readonly NumberFact[]): string | undefined {
  const pre = s.text.slice(0, fact.start - s.start).trim();
  if (pre && pre.toLowerCase() !== (fact.hedge ?? '').trim().toLowerCase()) return undefined;
  const wh = howMany(pre ? fact.hedge : undefined);
  if (!wh || /[$£€¥%]/.test(fact.text) || /\b(bn|billion|million|trillion|per ?cent)\b/i.test(fact.text)) return undefined;
  const rest = s.text.slice(fact.end - s.start);
  const restStart = fact.end;
  const counts = fact.counts.trim();
  let nounPhrase: string;
  let afterNoun: number;
  if (counts && !/[()]/.test(counts) && rest.startsWith(` ${counts} `)) {
    nounPhrase = counts;
    afterNoun = counts.length + 1;
  } else {
    // "Four of the “faithless” electors came from …": the noun phrase runs up to the first verb.
    const m = /^ of (?:the|these|those|its|their|his|her|them)\b/u.exec(rest);
    if (!m) return undefined;
    const tokens = rest.slice(m[0].length).split(' ').slice(1, 7);
    let k = 0;
    while (k < tokens.length && !isVerb(tokens[k]!)) {
      if (/[,;:()]|--|–/.test(tokens[k]!)) return undefined;
      k++;
    }
    if (k >= tokens.length) return undefined;
    nounPhrase = `${m[0]}${k > 0 ? ` ${tokens.slice(0, k).join(' ')}` : ''}`.trim();
    afterNoun = m[0].length + (k > 0 ? tokens.slice(0, k).join(' ').length + 1 : 0);
  }
  const predicateRaw = rest.slice(afterNoun);
  const verb = /^ ([a-z]+)\b/.exec(predicateRaw)?.[1];
  if (!verb || !isVerb(verb)) return undefined;
  const stops = siblings.map((x) => x.start - (restStart + afterNoun)).filter((x) => x >= 0);
  const predicate = firstClause(predicateRaw, stops);
  // "How many people were killed?" could match another figure of the article: keep some context.
  if (tooShort(predicate)) return undefined;
  return finish(`${wh} ${nounPhrase}${predicate}?`);
}

/** A hedge written right before a figure. */
const HEDGE_BEFORE =
  /\b(around|about|approximately|roughly|some|nearly|almost|more than|over|at least|fewer than|less than|up to|under|an estimated|as many as|no more than)\s+$/i;

/** A four-digit figure without separators or unit: a year, never a count. */
function looksLikeYear(fact: NumberFact): boolean {
  return /^(1[5-9]\d\d|20\d\d)$/.test(fact.text.trim()) || (Number.isInteger(fact.value) && fact.value >= 1500 && fact.value <= 2100 && /^\d{4}$/.test(fact.text.trim()));
}

/** Turns a number fact into a question, or undefined when no fair question can be asked. */
export function numberQuestion(input: NumberFact, ctx: QuestionContext): QuestionDraft | undefined {
  // A hedge the extractor left out still bounds the figure ("more than $60bn").
  const hedge = input.hedge ?? HEDGE_BEFORE.exec(ctx.text.slice(Math.max(0, input.start - 24), input.start))?.[1]?.toLowerCase();
  const fact: NumberFact = hedge && hedge !== input.hedge ? { ...input, hedge } : input;
  const text = fact.text.trim();
  if (!isCleanNumberText(text) || looksLikeYear(fact) || !(fact.value > 0) || !Number.isFinite(fact.value)) return undefined;
  if (/^one$/i.test(text)) return undefined;
  const s = sourceOf(fact, ctx);
  if (!s) return undefined;
  // A range ("$2-$3.8 trillion", "10 to 12") has no single key.
  const after = ctx.text.slice(fact.end, fact.end + 8);
  const before = ctx.text.slice(Math.max(0, fact.start - 8), fact.start);
  if (/^\s*(?:[-–]|to|or)\s*[$£€¥]?\d/u.test(after) || /\d[%a-z]*\s*(?:[-–]|to|or)\s*[$£€¥]?$/iu.test(before)) return undefined;
  // Part of a compound ("19-year-old", "father-of-two") reads badly as a blank.
  if (/^[-–]\p{L}/u.test(after) || /\p{L}[-–]$/u.test(before)) return undefined;
  if (countForm(s.text, fact.text) !== 1) return undefined;
  const direction = hedgeDirection(fact.hedge);
  if ((direction === 1 || direction === -1) && /\b(?:not|never|no)\b|n[’']t\b/iu.test(s.text)) return undefined;

  const siblings = ctx.facts.numbers.filter((n) => n !== fact && n.start >= s.start && n.end <= s.end);
  // A bracketed conversion ("$368bn (£197bn)") is given away by the figure before it.
  if (siblings.some((n) => n.end <= fact.start && /^\s*[([]\s*$/u.test(ctx.text.slice(n.end, fact.start)))) return undefined;
  const wh = numberWhStem(fact, s, siblings);
  const prompt = wh ?? clozeOf(s, fact.start, fact.end, true);
  if (containsForm(prompt, fact.text)) return undefined;
  const distractors = numberDistractorsFor(fact, siblings, prompt, ctx);
  return draft('number', s, prompt, { text: fact.text, order: fact.value }, distractors, 'order', ctx, {
    answerForms: [fact.text],
    factId: `number:${fact.start}`,
    score: 3 + (wh ? 1 : 0) + (siblings.length > 0 ? 0.3 : 0),
    },
    wh,
  );
}


function numberDistractorsFor(fact: NumberFact, siblings: NumberFact[], prompt: string, ctx: QuestionContext): Distractor[] {
  return numberDistractors(
    { key: fact, siblings, all: ctx.facts.numbers, prompt, format: ctx.formatNumber, rng: ctx.rng },
    ctx.text,
  );
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

/**
 * "The High Court ruled on Tuesday that …" → "On which day did the High Court
 * rule that …?". Only for a short subject, a verb this module knows, and a
 * date that modifies that verb in the main clause.
 */
function dateWhStem(fact: DateFact, s: Sentence, format: string, ctx: QuestionContext): string | undefined {
  const wh = format === 'weekday' ? 'On which day' : format === 'year' ? 'In which year' : format[0] === 'd' ? 'On which date' : 'In which month';
  const relStart = fact.start - s.start;
  const relEnd = fact.end - s.start;
  let body = s.text;
  let bodyOffset = 0;
  let dateInBody = true;
  const lead = s.text.slice(0, relStart);
  if (/^(?:(?:Subsequently|Earlier|Later|Meanwhile|Then|Also|However|But|And),?\s+)?(?:on|in|at|during|by)?\s*$/i.test(lead)) {
    const m = /^,\s+/.exec(s.text.slice(relEnd));
    if (!m) return undefined;
    bodyOffset = relEnd + m[0].length;
    body = s.text.slice(bodyOffset);
    dateInBody = false;
  }
  const words = body.split(' ');
  let v = -1;
  for (let i = 1; i < Math.min(words.length, 8); i++) {
    const w = words[i]!;
    if (!/^[\p{L}’'.&-]+$/u.test(words[i - 1]!)) return undefined;
    if (isPastOrAux(w)) {
      v = i;
      break;
    }
    if (RELATIVE.test(w) || /^\p{Ll}+(?:ing)$/u.test(w)) return undefined;
  }
  if (v < 1) return undefined;
  const subjectWords = words.slice(0, v);
  if (PRONOUNS.test(subjectWords[0]!) || !(/^\p{Lu}/u.test(subjectWords[0]!) || DETERMINERS.test(subjectWords[0]!))) return undefined;
  const verb = words[v]!;
  const subject = subjectInQuestion(subjectWords.join(' '), ctx);
  let rest = words.slice(v + 1).join(' ');
  const restOffset = bodyOffset + words.slice(0, v + 1).join(' ').length + 1;
  if (dateInBody) {
    const dStart = relStart - restOffset;
    const dEnd = relEnd - restOffset;
    if (dStart < 0) return undefined;
    const mid = rest.slice(0, dStart);
    const prep = /(?:^|\s)(on|in|at|during)\s$/.exec(mid);
    if (!prep) return undefined;
    const between = mid.slice(0, prep.index);
    if (REPORTING.has(verb) && between.trim() !== '') return undefined;
    if (/[,;:“”"()]|\b(?:that|who|which|when|where|after|before|because|while|if|whose|whom|as|since|until|and|but)\b/i.test(between)) {
      return undefined;
    }
    // "start in March and to finish by 2027": the date belongs to the first of two coordinated verbs.
    const tail = rest.slice(dEnd).replace(/\s+and\s+(?:to|will|would|then)\b.*$|\s+and\s+([a-z]+)\b.*$/su, (all, w?: string) =>
      w === undefined || isVerb(w) ? '' : all,
    );
    rest = `${rest.slice(0, prep.index)}${tail}`;
  }
  const predicate = firstClause(` ${rest}`);
  if (predicate === undefined || /^ (?:not|never|no longer)\b/.test(predicate)) return undefined;
  if (VAGUE_PRONOUN.test(predicate)) {
    // An unresolved pronoun would leave the question vague; the sentence with a blank keeps its context.
    return undefined;
  }
  if (AUXILIARIES.has(verb)) return finish(`${wh} ${verb} ${subject}${predicate}?`);
  const base = PAST_TO_BASE[verb];
  if (!base) return undefined;
  return finish(`${wh} did ${subject} ${base}${predicate}?`);
}

/** Turns a date fact into a question, or undefined when no fair question can be asked. */
export function dateQuestion(fact: DateFact, ctx: QuestionContext): QuestionDraft | undefined {
  const parts = parseDateParts(fact.text);
  if (!parts) return undefined;
  const s = sourceOf(fact, ctx);
  if (!s) return undefined;
  if (countForm(s.text, fact.text) !== 1) return undefined;
  const wh = parts.qualified ? undefined : dateWhStem(fact, s, parts.format, ctx);
  const prompt = wh ?? clozeOf(s, fact.start, fact.end);
  if (containsForm(prompt, fact.text)) return undefined;
  const siblings = ctx.facts.dates.filter((d) => d !== fact && d.text !== fact.text);
  const earlierOnly = /\b(?:since|after)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, fact.start - 12), fact.start));
  const input = {
    text: fact.text,
    iso: fact.iso,
    siblings,
    prompt,
    earlierOnly,
    rng: ctx.rng,
    ...(ctx.datePublished ? { datePublished: ctx.datePublished } : {}),
  };
  const distractors = dateDistractors(input);
  if (!distractors) return undefined;
  return draft('date', s, prompt, { text: fact.text, order: dateKeyOrder(input) }, distractors, 'order', ctx, {
    answerForms: [fact.text],
    factId: `date:${fact.start}`,
    score: 2.5 + (wh ? 1 : 0) + (fact.iso ? 0.2 : 0),
    },
    wh,
  );
}

// ---------------------------------------------------------------------------
// Actors
// ---------------------------------------------------------------------------

const KIND_SCORE: Record<Actor['kind'], number> = { person: 2.6, organization: 2.3, group: 1.8, country: 1.6, place: 1.5 };

/** Honorifics that may stand before a surname in a mention ("Mr Mousa"). */
const TITLES = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady)\.?\s+/i;

/**
 * The text to offer for an actor mentioned by `mention`: its fullest name when
 * the sentence shows it, or when the mention is a person's surname (with or
 * without a title); undefined for other short forms ("MoD", "IS"), whose
 * full name the sentence alone would not support.
 */
function keyTextFor(actor: Actor, mention: Span): string | undefined {
  const m = mention.text.trim();
  if (containsForm(mention.sentence, actor.name)) return actor.name;
  if (m.toLowerCase().replace(/^the\s+/, '') === actor.name.toLowerCase().replace(/^the\s+/, '')) return actor.name;
  if (actor.kind === 'person') {
    const bare = m.replace(TITLES, '').toLowerCase();
    const nameWords = actor.name.toLowerCase().split(/\s+/);
    const tail = nameWords.slice(-bare.split(/\s+/).length).join(' ');
    if (bare && tail === bare) return actor.name;
  }
  return undefined;
}

/** "Who said …?", "Whose decision …?", "Which organization said …?" when the actor opens the sentence. */
function actorWhStem(actor: Actor, mention: Span, s: Sentence): string | undefined {
  const rel = mention.start - s.start;
  const lead = s.text.slice(0, rel);
  if (lead !== '' && !/^the $/i.test(lead)) return undefined;
  const rest = s.text.slice(mention.end - s.start);
  const possessive = /^[’']s\s/u.exec(rest);
  if (possessive) {
    if (actor.kind !== 'person') return undefined;
    const predicate = firstClause(` ${rest.slice(possessive[0].length)}`);
    if (tooShort(predicate)) return undefined;
    return finish(`Whose${predicate}?`);
  }
  const verb = /^ ([a-z]+)\b/.exec(rest)?.[1];
  if (!verb || !isVerb(verb)) return undefined;
  let wh: string;
  if (actor.kind === 'person') wh = 'Who';
  else if (actor.kind === 'organization') wh = 'Which organization';
  else if (actor.kind === 'country' && isKnownCountry(actor.name)) wh = 'Which country';
  else return undefined;
  if (PLURAL_AUXILIARIES.has(verb)) return undefined;
  const predicate = firstClause(rest);
  if (tooShort(predicate) || VAGUE_PRONOUN.test(predicate)) return undefined;
  return finish(`${wh}${predicate}?`);
}

const FUNCTION_WORDS = /^(and|or|but|nor|to|in|on|at|for|of|with|by|from|as|than|that|which|who|where|when|after|before|since|until|over|into|itself|alone)$/;

/** Whether the text after a mention starts with a noun it modifies ("US soldiers", "UK-run"). */
function isModifier(after: string): boolean {
  if (/^-\p{L}/u.test(after)) return true;
  const next = /^ (\p{Ll}+)\b/u.exec(after)?.[1];
  return next !== undefined && !FUNCTION_WORDS.test(next) && !isVerb(next);
}

/** Turns an actor into a question about one of its mentions, or undefined when none makes a fair question. */
export function actorQuestion(actor: Actor, ctx: QuestionContext): QuestionDraft | undefined {
  const forms = formsOf(actor);
  if (!actor.name.trim() || !/\p{Lu}/u.test(actor.name)) return undefined;
  // The story's central actor, named all through it, makes an easy guess and would be named in the other questions.
  const bodySentences = ctx.sentences.filter((x) => !x.furniture).length;
  const mentionedIn = new Set(actor.mentions.map((m) => sentenceAt(ctx.sentences, m.start)?.start)).size;
  if (mentionedIn >= 4 && mentionedIn > bodySentences * 0.3) return undefined;
  let best: QuestionDraft | undefined;
  const seen = new Set<number>();
  const inBody = (m: Span): boolean => sentenceAt(ctx.sentences, m.start)?.furniture === false;
  const candidates = actorCandidates(actor, ctx.facts.actors, inBody);
  if (candidates.length < 2 && !(actor.kind === 'country' || actor.kind === 'organization')) return undefined;
  let tried = 0;
  for (const mention of actor.mentions) {
    if (tried >= 6) break;
    const s = sourceOf(mention, ctx);
    if (!s || seen.has(s.start)) continue;
    seen.add(s.start);
    const keyText = keyTextFor(actor, mention);
    if (!keyText) continue;
    // Part of a longer name ("Washington Post") makes a misleading blank.
    if (/^ \p{Lu}\p{Ll}/u.test(ctx.text.slice(mention.end, mention.end + 3))) continue;
    // "the US administration", "Iraqi soldiers": a place used as a modifier makes an odd blank.
    if ((actor.kind === 'country' || actor.kind === 'place') && isModifier(ctx.text.slice(mention.end, mention.end + 30))) continue;
    tried++;
    const wh = actorWhStem(actor, mention, s);
    const prompt = wh ?? clozeOf(s, mention.start, mention.end);
    // The actor must not be named (or its demonym used) anywhere else in the prompt.
    const inPrompt = formMatcher(prompt);
    if (forms.some((f) => inPrompt(f, true))) continue;
    const distractors = actorDistractors({
      key: actor,
      actors: ctx.facts.actors,
      // A "Who …?" stem shortens the sentence: no other actor the sentence names may be offered either.
      prompt: wh ? `${prompt} ${s.text}` : prompt,
      articleText: ctx.text,
      candidates,
      rng: ctx.rng,
    });
    const q = draft('actor', s, prompt, { text: keyText, order: -1 }, distractors, 'shuffle', ctx, {
      answerForms: forms,
      factId: `actor:${actor.name}`,
      // An actor named all through the article makes an easy guess: prefer the less central ones.
      score: KIND_SCORE[actor.kind] + (wh ? 1 : 0) + (actor.role ? 0.3 : 0) - prompt.length / 400 - Math.max(0, actor.mentions.length - 3) * 0.1,
      },
      wh,
    );
    if (q && (!best || q.score > best.score)) best = q;
  }
  return best;
}
