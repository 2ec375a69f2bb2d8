/**
 * Order questions: dated events of an article become a "put these in time
 * order" question. Each event gets a short label in the article's own words,
 * cut from the clause its date stands in, with the date phrase taken out so
 * the label never gives the order away. Pure: no DOM, deterministic (the
 * display order is drawn from the seeded PRNG).
 *
 * Labelling, in order of preference:
 * 1. an event noun phrase right before the date ("… reacted with anger to the
 *    killing of X in Baghdad on Thursday" → "The killing of X in Baghdad");
 * 2. a relative clause holding the date, rewritten onto its head noun
 *    ("… general Qassem Soleimani, who was killed in a US strike in Baghdad
 *    in 2020" → "Qassem Soleimani was killed in a US strike in Baghdad");
 * 3. the date's clause (sentences split on commas, semicolons, dashes,
 *    brackets, "but", "while", "when" …), with a fronted date ("On Tuesday,
 *    the US …") giving way to the main clause, and a clause without its own
 *    subject borrowing the sentence's (appositives like ", Iran," dropped).
 */

import { parseIso, dayNumber, daysInMonth } from './date-math.js';
import { classifyDate } from './dates.js';
import type { Rng } from './random.js';
import { shuffle } from './random.js';
import { sentenceAt, type Sentence } from './text.js';
import type { DateFact, DatePrecision, OrderQuestion, QuizSource } from './types.js';

export { scoreOrder } from './score.js';
export { orderDisplay } from './session.js';

/** A dated event of the article, ready for an order question. */
export interface TimelineEvent {
  /** Short label in the article's own words, without its date: "Iraq claimed to have defeated ISIS". */
  text: string;
  /** The date as the article gives it: "2017", "Thursday", "last month". */
  date: string;
  /** The resolved date: `2024-01-04`, `2023-12` or `2017`. */
  iso: string;
  precision: DatePrecision;
  /** The sentence that dates the event, with its offsets in the article. */
  source: Required<QuizSource>;
  /** Offset of the date span in the article. */
  start: number;
  /** How good the label is: 3 a clause with a verb, 2 an event noun phrase, 1 a bare noun phrase; less when shortened. */
  quality: number;
}

/** Events an order question shows at most. */
export const MAX_ORDER_EVENTS = 5;
/** Events an order question needs at least. */
export const MIN_ORDER_EVENTS = 3;
/** Longest label, in words; longer ones are shortened with an ellipsis. */
const MAX_LABEL_WORDS = 18;
const MIN_LABEL_WORDS = 3;

// ---------------------------------------------------------------------------
// Words

const AUX = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may',
  'might', 'should', 'must', 'did', 'does', 'do', 'shall',
]);
/** Irregular past forms and common present forms: verbs a regex for "-ed" misses. */
const VERB_FORMS = new Set([
  'said', 'told', 'began', 'fell', 'found', 'gave', 'grew', 'held', 'led', 'left', 'lost', 'made', 'met', 'paid',
  'rose', 'sent', 'sold', 'spent', 'struck', 'took', 'went', 'won', 'wrote', 'saw', 'became', 'brought', 'built',
  'bought', 'chose', 'kept', 'shot', 'withdrew', 'came', 'ran', 'stood', 'spoke', 'broke', 'drove', 'fought', 'thought',
  'felt', 'heard', 'knew', 'meant', 'sat', 'threw', 'caught', 'drew', 'hid', 'sank', 'shook', 'shut', 'spread',
  'stuck', 'swept', 'tore', 'upheld', 'fled', 'hit', 'cast', 'cut', 'put', 'set', 'quit', 'beat', 'bid', 'hurt', 'let',
  'says', 'wants', 'plans', 'comes', 'remains', 'relies', 'depends', 'faces', 'holds', 'leads', 'seeks', 'warns',
  'claims', 'denies', 'takes', 'makes', 'gets', 'goes', 'shows', 'begins', 'ends', 'opens', 'announces', 'agrees',
  'taken', 'given', 'seen', 'written', 'driven', 'beaten', 'chosen', 'stolen', 'broken', 'known', 'shown', 'grown',
  'drawn', 'flown', 'begun', 'done', 'gone', 'fallen', 'risen', 'sworn', 'torn', 'worn', 'hidden', 'forgotten',
]);
/** Words that make a following "-ed" word an adjective: "a planned attack", "the injured". */
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|some|any|no|every|each)$/i;
const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|millions|several|many|few|both|all|\d[\d,.]*)$/i;
/** Reporting and thinking verbs: a "that" after them opens a complement, not a relative clause. */
const COMPLEMENT_VERB = /^(?:said|says|say|told|tells|ruled|rules|claimed|claims|announced|announces|believed|believes|thought|thinks|warned|warns|added|adds|argued|argues|insisted|insists|noted|notes|reported|reports|stated|states|showed|shows|found|finds|suggested|suggests|means|meant|hoped|hopes|feared|fears|knew|knows|know|confirmed|confirms|denied|denies|admitted|admits|agreed|agrees|decided|decides|ensure|ensured|revealed|reveals|signalled|signaled|indicated|indicates|so|such|now|given)$/i;
/** Nouns that name an event: "the killing of X", "the attack on Y". */
const EVENT_NOUNS = new Set([
  'death', 'deaths', 'murder', 'assassination', 'attack', 'attacks', 'strike', 'strikes', 'raid', 'raids', 'explosion',
  'explosions', 'blast', 'crash', 'collapse', 'election', 'vote', 'referendum', 'invasion', 'arrest', 'release',
  'launch', 'visit', 'ruling', 'verdict', 'resignation', 'defeat', 'victory', 'capture', 'fall', 'outbreak',
  'closure', 'inauguration', 'announcement', 'approval', 'passage', 'withdrawal', 'departure', 'arrival', 'return',
  'sale', 'purchase', 'acquisition', 'merger', 'publication', 'discovery', 'creation', 'destruction', 'evacuation',
  'occupation', 'liberation', 'annexation', 'siege', 'massacre', 'execution', 'coup', 'overthrow', 'dismissal',
  'appointment', 'nomination', 'birth', 'funeral', 'burial', 'sinking', 'disappearance', 'abduction', 'removal',
  'bombardment', 'shelling', 'unveiling', 'reopening', 'opening', 'signing', 'founding',
]);
/** Not event nouns though they end in "-ing". */
const NOT_EVENT_ING = new Set(['during', 'being', 'thing', 'king', 'morning', 'evening', 'building', 'meaning', 'spring', 'string', 'ring', 'wing', 'ceiling', 'feeling', 'something', 'nothing', 'anything', 'everything']);
/** Prepositions before a date that make it a deadline, a start or an end, not the time of the event. */
const NOT_EVENT_PREPOSITION = /\b(?:by|since|until|till|before|after|from|through|to|between|within|throughout|ahead of|prior to|as of|as early as|as late as|up to|starting|beginning|ending)\s+(?:the\s+)?$/i;
/** Words a clause opens with that are not part of its event. */
const LEADING_WORDS = /^(?:and|but|or|so|yet|while|whereas|although|though|because|when|since|after|before|until|as|then|subsequently|meanwhile|however|also|including|earlier|later|later on|early|late|previously|since then|separately|finally|first|last|now|still|even)\b[\s,]*/i;
/** Clauses that state no event that happened: hypotheses and conditions. */
const HYPOTHETICAL = /^(?:if|unless|whether)\b/i;
/** Marks of a clause about the future or a plan: "will", "is due to", "is expected to". */
const FUTURE = new RegExp(
  String.raw`\b(?:will|would|shall|won['’]t|scheduled|set to|expected to|going to|(?:is|are) to|could|may|might)\b` +
    String.raw`|\bdue(?=\s+(?:on|in|by|at|out|to\s+(?:be|begin|start|end|expire|take|open|close|meet|vote|arrive|return|finish|launch|sign|hold|run|come|go|make|resume|reopen|report|publish|release|rule|decide|appear|face)\b))`,
  'i',
);
/** A verb in the past: "was", "had", "killed", "began" (not "is expected"). */
const PAST_FORMS = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'began', 'fell', 'found', 'gave', 'grew', 'held', 'led', 'left', 'lost',
  'made', 'met', 'paid', 'rose', 'sent', 'sold', 'spent', 'struck', 'took', 'went', 'won', 'wrote', 'saw', 'became',
  'brought', 'built', 'bought', 'chose', 'kept', 'shot', 'withdrew', 'came', 'ran', 'stood', 'spoke', 'broke', 'drove',
  'fought', 'thought', 'felt', 'heard', 'knew', 'meant', 'sat', 'threw', 'caught', 'drew', 'hid', 'sank', 'shook',
  'swept', 'tore', 'upheld', 'fled', 'hit', 'cast', 'cut', 'put', 'set', 'quit', 'beat', 'hurt', 'let', 'taken', 'given',
  'seen', 'written', 'driven', 'beaten', 'chosen', 'stolen', 'broken', 'known', 'shown', 'grown', 'drawn', 'flown',
  'begun', 'done', 'gone', 'fallen', 'risen', 'sworn', 'torn', 'hidden', 'forgotten',
]);
/** Verbs of saying or showing: a label ending on one has lost what was said ("the UN said"). */
const REPORTING_END = /\b(?:said|says|say|told|tells|showed|shows|show|reported|reports|announced|announces|confirmed|added|noted|stated|wrote|heard|found|estimated|predicted|revealed|claimed|insisted|argued|warned)$/i;
/** Verbs of saying whose reported clause may hold the date. */
const REPORTING_VERB = /^(?:said|says|announced|reported|showed|shows|found|confirmed|added|noted|stated|claimed|warned|argued|insisted|believed|believes|thought|estimated|revealed|heard|wrote|explained|acknowledged|admitted)$/i;
/** A date after a baseline figure dates the figure, not the event: "widened to $114.8bn from $103.2bn in May". */
const BASELINE = /\b(?:from|than|compared (?:with|to)|versus|vs\.?|against)\s+[^,;]*\d[^,;]*$/i;
/** Pronouns a label must not open with: out of context the reader cannot tell who. */
const VAGUE_START = /^(?:he|she|they|it|we|i|you|this|these|those|his|her|their|its|our|there|him|them|each|both|all|some|many|most|others|one|such|here)\b/i;
/** A label that is a prepositional phrase names a place or an amount, not an event: "On Oxford Road", "Down from 500bn tonnes". */
const PREPOSITION_START = /^(?:(?:down|up|from|to|of|at|in|on|into|onto|compared|than|for|by|with|without|near|across|between|within|per)\b|(?:about|around|over|under)\b(?!\s+[\d$£€]))/i;
/** Words that may follow a name inside a noun phrase. */
const FUNCTION_WORD = /^(?:of|and|or|the|a|an|in|on|at|for|to|from|with|by|de|da|al|van|von)$/;
/** First-person words: a label in the speaker's voice, torn from its quotation. */
const FIRST_PERSON = /\b(?:I|I['’]m|I['’]ve|I['’]d|me|my|mine|we|we['’]re|we['’]ve|our|ours|us)\b/;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Word tokens of `s` ("U.S" keeps its inner dots), with offsets. */
function tokens(s: string, base = 0): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=\p{L}))*/gu)) {
    out.push({ text: m[0], start: base + m.index!, end: base + m.index! + m[0].length });
  }
  return out;
}

function isVerbToken(word: string, previous: string | undefined): boolean {
  const w = word.toLowerCase();
  if (AUX.has(w) || VERB_FORMS.has(w)) return true;
  if (/^[a-z]{2,}(?:-[a-z]+)*ed$/.test(word)) return !(previous !== undefined && (DETERMINER.test(previous) || NUMBER_WORD.test(previous)));
  return false;
}

function hasVerb(text: string): boolean {
  const toks = tokens(text);
  return toks.some((t, i) => isVerbToken(t.text, toks[i - 1]?.text));
}

/** True when `text` has a verb in the past tense or perfect ("was killed", "voted", "have hosted"), not "is expected". */
function hasPast(text: string): boolean {
  const toks = tokens(text);
  return toks.some((t, i) => {
    const w = t.text.toLowerCase();
    const prev = toks[i - 1]?.text.toLowerCase();
    if (prev !== undefined && /^(?:is|are|am|be|being|will|to)$/.test(prev)) return false;
    if (PAST_FORMS.has(w)) return true;
    return /^[a-z]{2,}(?:-[a-z]+)*ed$/.test(t.text) && !(prev !== undefined && (DETERMINER.test(prev) || NUMBER_WORD.test(prev)));
  });
}

function wordCount(s: string): number {
  return tokens(s).length;
}

// ---------------------------------------------------------------------------
// Clauses

/** A clause boundary inside a sentence: `hard` ones (";", dashes, brackets) end the subject's reach. */
interface Boundary {
  start: number;
  end: number;
  hard: boolean;
}

/** Where a sentence splits into clauses and phrases. */
function boundaries(s: string): Boundary[] {
  const out: Boundary[] = [];
  const re = /\s*(?:;|:(?!\d)|\s[–—]\s|\s-\s|--|[()[\]]|,(?=\s|$))\s*|\s+(?=(?:but|while|whereas|although|though|because|when|since|after|before|until|unless|if)\s)/g;
  for (const m of s.matchAll(re)) {
    const mark = m[0].trim();
    out.push({ start: m.index!, end: m.index! + m[0].length, hard: mark !== ',' && mark !== '' });
  }
  return out;
}

interface Segment {
  start: number;
  end: number;
  /** The boundary before this segment, if any. */
  before?: Boundary;
}

function segments(s: string): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  let before: Boundary | undefined;
  for (const b of boundaries(s)) {
    if (b.start > from) out.push({ start: from, end: b.start, ...(before ? { before } : {}) });
    from = b.end;
    before = b;
  }
  const end = s.replace(/[.!?…"'”’]+$/u, '').length;
  if (end > from) out.push({ start: from, end, ...(before ? { before } : {}) });
  return out;
}

function tidy(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?’'”)])/g, '$1')
    .replace(/([(“‘])\s+/g, '$1')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .trim();
}

/** The date phrase to remove: the span, a preposition and "the" before it, a time of day or "'s" after it. */
function datePhrase(s: string, ds: number, de: number): { from: number; to: number; possessive: boolean } {
  const before = s.slice(0, ds);
  const lead = /(?:\b(?:earlier|later|early|late)\s+)?(?:\b(?:in|on|at|during|of|over)\s+)?(?:\bthe\s+)?$/i.exec(before);
  let from = ds - (lead ? lead[0].length : 0);
  const after = s.slice(de);
  const trail = /^(?:['’]s\b|\s+(?:morning|afternoon|evening|night)\b)?/i.exec(after)!;
  const possessive = /^['’]s/.test(trail[0]);
  // "Thursday's attack" → "the attack": keep a determiner.
  if (possessive) from = ds;
  return { from, to: de + trail[0].length, possessive };
}

/** The noun phrase that ends at `end` in `s`: a name ("Qassem Soleimani") or determiner + nouns ("two explosions"). */
function headBefore(s: string, end: number): string | undefined {
  const toks = tokens(s.slice(0, end));
  if (toks.length === 0) return undefined;
  const last = toks[toks.length - 1]!;
  if (/^\p{Lu}/u.test(last.text)) {
    // A name: the run of capitalised words and name particles.
    let i = toks.length - 1;
    while (i > 0) {
      const prev = toks[i - 1]!.text;
      if (/^\p{Lu}/u.test(prev) || /^(?:al|el|bin|ibn|de|da|du|del|der|van|von|la|le|of)$/.test(prev)) i--;
      else break;
    }
    while (i < toks.length - 1 && /^(?:of|al|el|bin|ibn|de|da|du|del|der|van|von|la|le)$/.test(toks[i]!.text)) i++;
    const name = tidy(s.slice(toks[i]!.start, end));
    return /\p{L}/u.test(name) ? name : undefined;
  }
  // A common noun: back to a determiner or number word, across "of" ("the commander of a militia").
  let i = toks.length - 1;
  for (let steps = 0; i >= 0 && steps < 8; steps++, i--) {
    const w = toks[i]!.text;
    if (isVerbToken(w, toks[i - 1]?.text) || /^(?:by|for|with|to|from|in|on|at|into|than|and|or|but)$/i.test(w)) return undefined;
    if (DETERMINER.test(w) || NUMBER_WORD.test(w) || /['’]s$/.test(w)) {
      if (i > 1 && toks[i - 1]!.text === 'of') {
        i -= 1;
        continue;
      }
      return tidy(s.slice(toks[i]!.start, end));
    }
  }
  return undefined;
}

/**
 * The subject a clause without one borrows from the text before it (`before`,
 * from the last hard boundary): the words before the first comma ("A memorial
 * service at Soleimani's grave in Kerman", dropping ", Iran,"), cut before
 * their first verb ("Smith was elected …" → "Smith").
 */
function subjectOf(before: string): string | undefined {
  const first = before.split(/,\s/)[0]!;
  const toks = tokens(first);
  const verb = toks.findIndex((t, i) => isVerbToken(t.text, toks[i - 1]?.text));
  const subject = verb < 0 ? first : first.slice(0, toks[verb]!.start);
  const words = wordCount(subject);
  if (words === 0 || words > 12 || /\b(?:that|which|who|whom|whose)\b/i.test(subject)) return undefined;
  return tidy(subject);
}

/** Index of a relative pronoun in `s` between `from` and `to` that opens a relative clause, or -1. */
function relativeAt(s: string, from: number, to: number): number {
  const toks = tokens(s);
  let found = -1;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.start < from || t.start >= to) continue;
    const w = t.text.toLowerCase();
    const prev = toks[i - 1]!.text;
    const next = toks[i + 1]?.text;
    if (w === 'who' || w === 'which') found = t.start;
    else if (w === 'that' && !COMPLEMENT_VERB.test(prev) && !isVerbToken(prev, toks[i - 2]?.text) && next !== undefined && isVerbToken(next, undefined)) found = t.start;
  }
  return found;
}

/** An event noun phrase ending right before the date ("the killing of X in Baghdad"), or undefined. */
function eventNounPhrase(s: string, segStart: number, dateFrom: number): string | undefined {
  const text = s.slice(segStart, dateFrom);
  const toks = tokens(text, segStart);
  for (let i = toks.length - 2; i >= 0; i--) {
    const w = toks[i]!.text.toLowerCase();
    const next = toks[i + 1]!.text.toLowerCase();
    const isEvent = EVENT_NOUNS.has(w) || (/^[a-z]{3,}ing$/.test(w) && !NOT_EVENT_ING.has(w));
    if (!isEvent || !/^(?:of|on|against)$/.test(next)) continue;
    // Between the noun and the date: no verb, no clause opener.
    const between = s.slice(toks[i]!.end, dateFrom);
    if (hasVerb(between) || /\b(?:who|which|that|and|but)\b|[,;]/i.test(between)) return undefined;
    // Back to its determiner (one or two modifiers allowed: "the deadly attack on").
    let j = i;
    while (j > 0 && i - j < 3 && !DETERMINER.test(toks[j]!.text) && !/['’]s$/.test(toks[j]!.text)) j--;
    if (!DETERMINER.test(toks[j]!.text) && !/['’]s$/.test(toks[j]!.text)) return undefined;
    const phrase = tidy(s.slice(toks[j]!.start, dateFrom));
    return wordCount(phrase) >= MIN_LABEL_WORDS + 1 ? phrase : undefined;
  }
  return undefined;
}

/** A label for the event dated by `[ds, de)` in sentence `s`, with its quality, or undefined. */
function labelFor(s: string, ds: number, de: number, otherDates: ReadonlyArray<readonly [number, number]>): { text: string; quality: number } | undefined {
  const phrase = datePhrase(s, ds, de);
  const segs = segments(s);
  let index = segs.findIndex((g) => g.start <= ds && de <= g.end);
  if (index < 0) return undefined;
  let seg = { ...segs[index]! };
  // Another date in the same clause: split at the "and"/"then" between them.
  for (const [os, oe] of otherDates) {
    if (os >= seg.start && oe <= seg.end) {
      const lo = Math.min(oe, de);
      const hi = Math.max(os, ds);
      const m = /\s(?:and|then|before|after|that|which|who|when|while)\s/.exec(s.slice(lo, hi));
      if (!m) return undefined;
      const at = lo + m.index!;
      // After a relative pronoun, keep it: the clause is rewritten onto its head below.
      const pronoun = /^\s(?:that|which|who)\s$/.test(m[0]);
      if (os < ds) seg = { start: pronoun ? at + 1 : at + m[0].length - 1, end: seg.end };
      else seg = { ...seg, end: at };
    }
  }

  // A date inside what someone said dates what was said: "X said global emissions hit a record in 2023".
  const reported = complementStart(s, seg.start, phrase.from);
  if (reported !== undefined) seg = { start: reported, end: seg.end };

  const from = Math.max(phrase.from, seg.start);
  const to = Math.min(phrase.to, seg.end);
  const gap = phrase.possessive ? ' the ' : ' ';
  /** Text of `[a, seg.end)` with the date phrase taken out. */
  const without = (a: number): string => tidy(`${s.slice(a, from)}${gap}${s.slice(to, seg.end)}`);

  // Not an event that happened: a condition, a plan, or the date of a baseline figure.
  if (HYPOTHETICAL.test(s.slice(seg.start, seg.end).trimStart()) || FUTURE.test(without(seg.start))) return undefined;
  const baseline = BASELINE.exec(s.slice(seg.start, from));
  if (baseline && !hasVerb(baseline[0])) return undefined;

  // 1. An event noun phrase right before the date.
  const nominal = eventNounPhrase(s, seg.start, from);
  if (nominal) return { text: nominal, quality: 2 };

  const raw = without(seg.start);
  const body = tidy(raw.replace(LEADING_WORDS, '').replace(LEADING_WORDS, ''));
  // A bare noun phrase is an event only as an item of a list ("including mortar fire on …", "and an award …"),
  // not a role ("as a retired judge") or a circumstance ("with output shrinking …").
  const lead = raw.slice(0, raw.length - body.length).trim().toLowerCase();
  const nounPhraseOk = lead === '' || /^(?:and|but|including)$/.test(lead);

  // 2. A relative clause holding the date, onto its head noun.
  if (/^(?:who|which)\s/i.test(body) && seg.before && !seg.before.hard) {
    // Skip an age between the name and "who": "Maya Delgado, 34, who …".
    const age = /,\s*\d{1,3}\s*$/.exec(s.slice(0, seg.before.start));
    const head = headBefore(s, seg.before.start - (age ? age[0].length : 0));
    if (!head) return undefined;
    return { text: `${head} ${body.replace(/^\S+\s+/, '')}`, quality: 3 };
  }
  const rel = relativeAt(s, seg.start, ds);
  if (rel >= 0) {
    const head = headBefore(s, rel);
    if (!head) return undefined;
    // The relative clause ends where the main clause's verb follows the date: "The man who was arrested
    // on Monday | has been released".
    const after = tokens(s.slice(to, seg.end), to);
    const main = after.findIndex((t, i) => isVerbToken(t.text, after[i - 1]?.text));
    const relEnd = main < 0 ? seg.end : after[main]!.start;
    const clause = tidy(`${s.slice(rel, from)}${gap}${s.slice(to, Math.max(to, relEnd))}`);
    return { text: `${head} ${clause.replace(/^\S+\s+/, '')}`, quality: 3 };
  }

  // 3. The clause. A fronted date ("On Tuesday, …") gives way to the main clause after it.
  if (wordCount(body) === 0) {
    const next = segs[index + 1];
    if (!next || next.before?.hard) return undefined;
    const clause = tidy(s.slice(next.start, next.end).replace(LEADING_WORDS, ''));
    if (!hasVerb(clause)) {
      // "In 2015, Mr Smith, then a junior minister, was accused …": the subject, then the first segment
      // that opens with a verb.
      for (let k = index + 2; k < segs.length && !segs[k]!.before?.hard; k++) {
        const text = tidy(s.slice(segs[k]!.start, segs[k]!.end));
        const first = tokens(text)[0];
        if (first && isVerbToken(first.text, undefined)) return clauseLabel(`${clause} ${text}`, '', false, true);
      }
      return undefined;
    }
    return clauseLabel(clause, s.slice(regionStart(segs, index + 1), next.start), isAside(segs, index + 1, s), true);
  }
  // A sentence opening with a participle phrase: "Born in Leeds on 14 March 1936, …, Ashdown won …".
  const firstWord = tokens(body)[0]?.text.toLowerCase();
  if (index === 0 && seg.start === segs[0]!.start && firstWord !== undefined && isParticiple(firstWord)) {
    for (let k = 1; k < segs.length && !segs[k]!.before?.hard; k++) {
      const text = s.slice(segs[k]!.start, segs[k]!.end);
      if (!hasVerb(text)) continue;
      const subject = subjectOf(text);
      if (!subject) return undefined;
      return { text: `${subject} ${pluralHead(subject) ? 'were' : 'was'} ${body.charAt(0).toLowerCase()}${body.slice(1)}`, quality: 3 };
    }
    return undefined;
  }
  return clauseLabel(body, s.slice(regionStart(segs, index), seg.start), isAside(segs, index, s), nounPhraseOk);
}

/** True when segment `index` is an aside between commas, the main verb following it: "The film, released in 2021, earned …". */
function isAside(segs: readonly Segment[], index: number, s: string): boolean {
  const next = segs[index + 1];
  if (!next || next.before?.hard) return false;
  const first = tokens(s.slice(next.start, next.end))[0];
  return first !== undefined && isVerbToken(first.text, undefined);
}

/**
 * Where the clause reported by a verb of saying starts, when the date stands
 * in it: "… said global emissions hit a record … in 2023" → at "global".
 * Undefined when the date dates the saying itself ("said on Tuesday that …")
 * or no reported clause holds it.
 */
function complementStart(s: string, segStart: number, dateFrom: number): number | undefined {
  const toks = tokens(s.slice(segStart, dateFrom), segStart);
  for (let i = toks.length - 2; i >= 0; i--) {
    if (!REPORTING_VERB.test(toks[i]!.text)) continue;
    let j = i + 1;
    if (toks[j]!.text.toLowerCase() === 'that') j++;
    const first = toks[j];
    if (!first || /^(?:to|on|in|at|for|by|with)$/i.test(first.text)) return undefined;
    // The reported clause needs its own verb before the date.
    const rest = toks.slice(j);
    if (!rest.some((t, k) => k > 0 && isVerbToken(t.text, rest[k - 1]?.text))) return undefined;
    return first.start;
  }
  return undefined;
}

/** Where the stretch of clauses holding segment `index` starts: after the last hard boundary. */
function regionStart(segs: readonly Segment[], index: number): number {
  let first = index;
  while (first > 0 && !segs[first]!.before?.hard) first--;
  return segs[first]!.start;
}

/**
 * A clause as a label. A clause opening with its verb borrows the subject
 * from `before` (the text before it up to the last hard boundary); a bare
 * noun phrase scores lower.
 */
function clauseLabel(clause: string, before: string, aside: boolean, nounPhraseOk: boolean): { text: string; quality: number } | undefined {
  const toks = tokens(clause);
  if (toks.length === 0) return undefined;
  if (isVerbToken(toks[0]!.text, undefined)) {
    const subject = subjectOf(before);
    if (!subject) return undefined;
    // "The film, released in March 2021, earned …": a participle after a bare subject is passive.
    const first = toks[0]!.text.toLowerCase();
    if (aside && !AUX.has(first) && !hasVerb(before) && /,\s*$/.test(before)) {
      return { text: `${subject} ${pluralHead(subject) ? 'were' : 'was'} ${clause}`, quality: 3 };
    }
    return { text: `${subject} ${clause}`, quality: 3 };
  }
  if (hasVerb(clause)) return { text: clause, quality: 3 };
  // No verb found: a name followed by a lower-case word is a present-tense clause the lists missed
  // ("Sunderland visit Aston Villa"), not a noun phrase.
  if (/^\p{Lu}/u.test(toks[0]!.text) && toks[1] && /^\p{Ll}/u.test(toks[1].text) && !FUNCTION_WORD.test(toks[1].text)) return undefined;
  return nounPhraseOk ? { text: clause, quality: 1 } : undefined;
}

/** True when a noun phrase's last word is a common plural ("the protests"), for "was"/"were". */
function pluralHead(phrase: string): boolean {
  const head = tokens(phrase).pop()?.text ?? '';
  return /^\p{Ll}.*[^siu]s$/u.test(head);
}

/** A past participle: "born", "released", "taken". */
function isParticiple(word: string): boolean {
  return word === 'born' || (PAST_FORMS.has(word) && !AUX.has(word)) || /^[a-z]{2,}(?:-[a-z]+)*ed$/.test(word);
}

/** Shortens a label to {@link MAX_LABEL_WORDS} words with an ellipsis; trims dangling words. */
function finishLabel(raw: string): { text: string; shortened: boolean } {
  let text = tidy(raw).replace(/\s+(?:and|or|but|that|which|who|of|in|on|at|to|the|a|an|with|for|by)$/i, '');
  let shortened = false;
  const toks = tokens(text);
  if (toks.length > MAX_LABEL_WORDS) {
    let end = toks[MAX_LABEL_WORDS - 1]!.end;
    // End on a content word.
    for (let i = MAX_LABEL_WORDS - 1; i > MIN_LABEL_WORDS; i--) {
      if (!/^(?:and|or|but|that|which|who|of|in|on|at|to|the|a|an|with|for|by|from|as|is|are|was|were)$/i.test(toks[i]!.text)) {
        end = toks[i]!.end;
        break;
      }
    }
    text = `${text.slice(0, end).replace(/[\s,;:–—-]+$/, '')}…`;
    shortened = true;
  }
  // Unbalanced quotes or brackets read badly: drop the stray marks.
  if ((text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length || (text.match(/"/g) ?? []).length % 2 !== 0) {
    text = text.replace(/[“”"]/g, '');
  }
  if ((text.match(/\(/g) ?? []).length !== (text.match(/\)/g) ?? []).length) text = text.replace(/[()]/g, '');
  text = tidy(text);
  return { text: text.charAt(0).toUpperCase() + text.slice(1), shortened };
}

/** A date word a label must never show, whether or not the extractor found it. */
const DATE_WORDS = new RegExp(
  [
    String.raw`\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b`,
    String.raw`(?<![\d,.$£€])\b(?:1[5-9]\d\d|20\d\d)s?\b(?![,.]?\d)`,
    String.raw`\b(?:January|February|September|October|November|December)\b`,
    String.raw`\b(?:March|April|May|June|July|August|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:March|April|May|June|July|August)\b`,
    String.raw`\b(?:yesterday|today|tomorrow|tonight)\b`,
    String.raw`\b(?:last|next|this)\s+(?:week|month|year|weekend)\b`,
  ].join('|'),
  'i',
);

/** True when `label` shows a date (a weekday, a year, a month with a day, "last month"…). */
export function labelHasDate(label: string): boolean {
  return DATE_WORDS.test(label);
}

// ---------------------------------------------------------------------------
// Dates as intervals

/** The days a date covers, as day numbers `[first, last]`; null for a range or a malformed date. */
function interval(iso: string): [number, number] | null {
  if (iso.includes('/')) return null;
  const p = parseIso(iso);
  if (!p) return null;
  if (p.precision === 'year') return [dayNumber(p.y, 1, 1), dayNumber(p.y, 12, 31)];
  if (p.precision === 'month') return [dayNumber(p.y, p.m!, 1), dayNumber(p.y, p.m!, daysInMonth(p.y, p.m!))];
  return [dayNumber(p.y, p.m!, p.d!), dayNumber(p.y, p.m!, p.d!)];
}

/**
 * Compares two dates for a timeline: -1 when `a` is wholly before `b`, 1
 * when wholly after, 0 when they overlap (the same day, or "2024" and
 * "2024-01-03": which came first is not known) or cannot be read.
 */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  const x = interval(a);
  const y = interval(b);
  if (!x || !y) return 0;
  if (x[1] < y[0]) return -1;
  if (y[1] < x[0]) return 1;
  return 0;
}

// ---------------------------------------------------------------------------
// Events

function fold(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** True when the span `[start, end)` of `sentence` is inside quotation marks. */
function quoted(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  const open = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return open > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
}

/**
 * The article's dated events that can be put in order, earliest first. A
 * date qualifies when it is resolved (`iso`), is a day, month or year (not a
 * range, decade, clock time or event-relative phrase such as "a day after"),
 * dates an event (not a deadline or a start: "by 2027", "since 2000"), stands
 * outside quotation marks, and yields a readable label that shows no date.
 * Every pair of events returned is strictly ordered: two dates that overlap
 * ("2024" and "Wednesday" 2024-01-03, or two things on one day) are never
 * both kept; the better-labelled one wins. Labels are distinct. Only events
 * that happened count: clauses about plans or the future ("will", "is due
 * to"), conditions ("if …") and, with `datePublished`, dates after it are
 * left out.
 *
 * @param dates `extractDates(text, sentences, datePublished)`
 * @param text `Article.text`
 * @param sentences `splitSentences(text, title)`
 * @param datePublished `Article.datePublished` (YYYY-MM-DD), to leave out events after it
 */
export function orderEvents(
  dates: readonly DateFact[],
  text: string,
  sentences: readonly Sentence[],
  datePublished?: string,
): TimelineEvent[] {
  const candidates: TimelineEvent[] = [];
  for (const d of dates) {
    // "Put these events in the order they happened": nothing after publication.
    if (datePublished !== undefined && d.iso && compareDates(d.iso, datePublished) === 1) continue;
    const event = eventOf(d, dates, text, sentences);
    if (event) candidates.push(event);
  }
  // Best labels first, then article order; keep those strictly ordered against all kept so far.
  const ranked = candidates.slice().sort((a, b) => b.quality - a.quality || a.start - b.start);
  const kept: TimelineEvent[] = [];
  const labels = new Set<string>();
  for (const e of ranked) {
    if (labels.has(fold(e.text))) continue;
    if (kept.some((k) => compareDates(k.iso, e.iso) === 0)) continue;
    kept.push(e);
    labels.add(fold(e.text));
  }
  return kept.sort((a, b) => compareDates(a.iso, b.iso) || a.start - b.start);
}

function eventOf(d: DateFact, all: readonly DateFact[], text: string, sentences: readonly Sentence[]): TimelineEvent | undefined {
  if (!d.iso || !d.precision || !interval(d.iso)) return undefined;
  const kind = classifyDate(d.text);
  if (kind === 'event-relative' || kind === 'time' || kind === 'range' || kind === 'decade') return undefined;
  const sentence = sentenceAt(sentences, d.start);
  if (!sentence || sentence.furniture || d.end > sentence.end) return undefined;
  const ds = d.start - sentence.start;
  const de = d.end - sentence.start;
  if (text.slice(d.start, d.end) !== d.text) return undefined;
  // Brackets the date is not in are asides ("the Congressional Budget Office (CBO)"): blank them out.
  const s = sentence.text.replace(/\([^()]*\)|\[[^[\]]*\]/g, (m, at: number) => (at <= ds && de <= at + m.length ? m : ' '.repeat(m.length)));
  if (NOT_EVENT_PREPOSITION.test(s.slice(0, ds)) || quoted(s, ds)) return undefined;
  const others = all
    .filter((o) => o !== d && o.start >= sentence.start && o.end <= sentence.end)
    .map((o) => [o.start - sentence.start, o.end - sentence.start] as const);
  const label = labelFor(s, ds, de, others);
  if (!label) return undefined;
  const { text: labelText, shortened } = finishLabel(label.text);
  const words = wordCount(labelText);
  if (words < MIN_LABEL_WORDS || VAGUE_START.test(labelText) || PREPOSITION_START.test(labelText) || labelHasDate(labelText)) return undefined;
  if (FIRST_PERSON.test(labelText) || FUTURE.test(labelText) || REPORTING_END.test(labelText.replace(/…$/, ''))) return undefined;
  // A clause must tell what happened, in the past.
  if (label.quality === 3 && !hasPast(labelText)) return undefined;
  if (fold(labelText).includes(fold(d.text))) return undefined;
  return {
    text: labelText,
    date: d.text,
    iso: d.iso,
    precision: d.precision,
    source: { sentence: sentence.text, start: sentence.start, end: sentence.end },
    start: d.start,
    quality: label.quality - (shortened ? 1 : 0),
  };
}

/**
 * Picks at most `max` events for one question, spread in time: the best
 * labelled ones (the quality of the `max`-th best sets the bar), then, when
 * more than `max` clear it, evenly spaced in time from the earliest to the
 * latest. Returns them earliest first.
 */
export function pickTimeline(events: readonly TimelineEvent[], max = MAX_ORDER_EVENTS): TimelineEvent[] {
  if (events.length <= max) return events.slice();
  const bar = events.map((e) => e.quality).sort((a, b) => b - a)[max - 1]!;
  const pool = events.filter((e) => e.quality >= bar);
  if (pool.length <= max) return pool;
  const picked = new Set<number>();
  for (let i = 0; i < max; i++) picked.add(Math.round((i * (pool.length - 1)) / (max - 1)));
  return pool.filter((_, i) => picked.has(i));
}

/** The prompt of generated order questions. */
export const ORDER_PROMPT = 'Put these events from the article in the order they happened, earliest first.';

/**
 * An order question over 3 to 5 of the article's dated events (see
 * {@link orderEvents} and {@link pickTimeline}), stored earliest first, with
 * a display order shuffled by `rng` that is never already correct. Each event
 * cites its sentence; the question cites the sentence of the event that comes
 * first in the article. Null when fewer than 3 events qualify. Pass
 * `datePublished` to leave out events dated after publication.
 */
export function orderQuestionFromDates(
  dates: readonly DateFact[],
  text: string,
  sentences: readonly Sentence[],
  id: string,
  rng: Rng,
  datePublished?: string,
): OrderQuestion | null {
  const events = pickTimeline(orderEvents(dates, text, sentences, datePublished));
  if (events.length < MIN_ORDER_EVENTS) return null;
  const first = events.reduce((a, b) => (b.start < a.start ? b : a));
  return {
    id,
    kind: 'date',
    type: 'order',
    prompt: ORDER_PROMPT,
    events: events.map((e) => ({ text: e.text, date: e.date, iso: e.iso, source: { ...e.source } })),
    initial: shuffledOrder(events.length, rng),
    source: { ...first.source },
  };
}

/** A permutation of `0..n-1` drawn from `rng` that is not the identity (n ≥ 2). */
function shuffledOrder(n: number, rng: Rng): number[] {
  const identity = Array.from({ length: n }, (_, i) => i);
  for (let attempt = 0; attempt < 8; attempt++) {
    const order = shuffle(identity, rng);
    if (order.some((v, i) => v !== i)) return order;
  }
  return identity.map((_, i) => (i + 1) % n);
}
