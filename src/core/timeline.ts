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
import { parseDateParts } from './distractors.js';
import { memo } from './memo.js';
import { L, Ll, Lu, N, re } from './letters.js';
import { MONTH_ABBRS, MONTH_NAMES, UNIT_NAMES, WEEKDAY_NAMES, hasAny, wordSet } from './lexicon.js';
import { shuffle, type Rng } from './random.js';
import { isSpace, sentenceAt, withoutLinkNotes, type Sentence } from './text.js';
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
// Words (space-separated lists, read into sets; words a set is asked about are lower-cased first)

const AUX_LIST = 'is are was were be been being has have had will would could can may might should must did does do shall';
/** Irregular past forms and past participles. */
const IRREGULAR_PAST =
  'said told began fell found gave grew held led left lost made met paid rose sent sold spent struck took went won ' +
  'wrote saw became brought built bought chose kept shot withdrew came ran stood spoke broke drove fought thought ' +
  'felt heard knew meant sat threw caught drew hid sank shook swept tore upheld fled hit cast cut put set quit beat ' +
  'hurt let taken given seen written driven beaten chosen stolen broken known shown grown drawn flown begun done ' +
  'gone fallen risen sworn torn hidden forgotten';
const AUX = wordSet(AUX_LIST);
/** Past participles a regex for "-ed" misses: "taken", "held". */
const PARTICIPLES = wordSet(IRREGULAR_PAST);
/** A verb in the past: "was", "had", "killed", "began" (not "is expected"). */
const PAST_FORMS = wordSet(`was were had did ${IRREGULAR_PAST}`);
/** Auxiliaries, irregular past forms and common present forms: verbs a regex for "-ed" misses. */
const VERB_FORMS = wordSet(
  `${AUX_LIST} ${IRREGULAR_PAST} shut spread stuck bid worn says wants plans comes remains relies depends faces ` +
    'holds leads seeks warns claims denies takes makes gets goes shows begins ends opens announces agrees',
);
/** Words before a verb that keep it out of the past: "is expected", "will vote", "to meet". */
const NOT_PAST = wordSet('is are am be being will to');
/** A regular past form: "killed", "re-elected". */
const ED = /^[a-z]{2,}(?:-[a-z]+)*ed$/;
const DETERMINERS = 'the a an this that these those its their his her our my your some any no every each';
/** Words that make a following "-ed" word an adjective: "a planned attack", "the injured". */
const DETERMINER = wordSet(DETERMINERS);
/** Determiners and number words: "the injured", "two wounded", "1,200 arrested" (digits are tested apart). */
const MODIFIERS = wordSet(`${DETERMINERS} ${UNIT_NAMES.slice(2, 13).join(' ')} dozens hundreds thousands millions several many few both all`);
const isModifier = (w: string): boolean => MODIFIERS.has(w.toLowerCase()) || /^\d+$/.test(w);
/** Verbs of saying that the lists below share. */
const SAYING = 'said says showed shows found confirmed added noted stated claimed warned argued insisted revealed reported announced';
/** Verbs of saying or showing: a label ending on one has lost what was said ("the UN said"). */
const REPORTING_END = wordSet(`${SAYING} say told tells show reports announces wrote heard estimated predicted`);
/** Verbs of saying whose reported clause may hold the date. */
const REPORTING_VERB = wordSet(`${SAYING} believed believes thought estimated heard wrote explained acknowledged admitted saying arguing claiming insisting noting`);
/**
 * Nouns that name an event: "the killing of X", "the attack on Y" (lower case). Nouns in "-ing" are events
 * anyway (see {@link NOT_EVENT_ING}).
 */
const EVENT_NOUN = wordSet(
  'death deaths attack attacks strike strikes raid raids explosion explosions assassination resignation inauguration ' +
  'publication creation evacuation occupation liberation annexation nomination election execution destruction ' +
  'abduction acquisition approval withdrawal arrival dismissal burial removal funeral announcement appointment ' +
  'bombardment closure departure capture murder blast crash collapse vote referendum invasion arrest release launch ' +
  'visit verdict defeat victory fall outbreak passage return sale purchase merger discovery siege massacre coup ' +
  'overthrow birth disappearance',
);
/** Not event nouns though they end in "-ing". */
const NOT_EVENT_ING = wordSet(
  'during being thing king morning evening building meaning spring string ring wing ceiling feeling something nothing anything everything',
);
/** Whether a lower-case word names an event: one of {@link EVENT_NOUN}, or a noun in "-ing" ("the killing"). */
const isEventNoun = (w: string): boolean => EVENT_NOUN.has(w) || (/^[a-z]{3,}ing$/.test(w) && !NOT_EVENT_ING.has(w));
/** Conjunctions that open a subordinate clause. */
const CONJUNCTIONS = 'while|whereas|although|though|because|when|since|after|before|until';
/** Prepositions before a date that make it a deadline, a start or an end, not the time of the event. */
const NOT_EVENT_PREPOSITION =
  /\b(?:by|since|until|till|before|after|from|(?:than|compared (?:with|to))(?:\s+(?:in|on|during))?|through|to|between|within|throughout|ahead of|prior to|as of|as early as|as late as|up to|starting|beginning|ending|for)\s+(?:the\s+)?$/i;
/** Words a clause opens with that are not part of its event (lower case; "later on", "since then" lose one word at a time). */
const LEADING_WORDS = wordSet(
  `and|but|or|so|yet|${CONJUNCTIONS}|as|then|subsequently|meanwhile|however|also|including|earlier|later|` +
    'early|late|previously|separately|finally|first|last|now|still|even',
  '|',
);
/** An ASCII word character (a regex `\w`). */
const isAsciiWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/** `s` without its opening word when that is one of {@link LEADING_WORDS} (any case), nor the spaces and commas after it. */
function dropLeadingWord(s: string): string {
  let i = 0;
  while (i < s.length && isAsciiWord(s.charCodeAt(i))) i++;
  if (!LEADING_WORDS.has(s.slice(0, i).toLowerCase())) return s;
  while (i < s.length && (s[i] === ',' || isSpace(s.charCodeAt(i)))) i++;
  return s.slice(i);
}
/** Marks of a clause about the future or a plan: "will", "is due to", "is expected to". */
const FUTURE_RE =
  /\b(?:will|would|shall|won['’]t|scheduled|set to|expected to|going to|(?:is|are) to|could|may|might|planned (?:for|to))\b|\bdue(?=\s+(?:on|in|by|at|out|to\s+(?:be|begin|start|end|expire|take|open|close|meet|vote|arrive|return|finish|launch|sign|hold|run|come|go|make|resume|reopen|report|publish|release|rule|decide|appear|face)\b))/i;
/** The words of {@link FUTURE_RE} (lower case): a cheap necessary check before it. */
const FUTURE_WORDS = 'will|would|shall|won\'t|won’t|schedul|set to|expected to|going to|is to|are to|could|may|might|planned|due'.split('|');
/** True when `s` is about the future or a plan (see {@link FUTURE_RE}). */
const isFuture = (s: string): boolean => hasAny(s.toLowerCase(), FUTURE_WORDS) && FUTURE_RE.test(s);
/**
 * Words before a date that end on a baseline figure: the date dates the figure, not the event ("widened to
 * $114.8bn from $103.2bn in May", "fell to 3.4m tonnes from 5.1m tonnes in 2024", "higher than 3.1% in May"; not
 * a hedge: "killed more than 200 people in May"). Shared with questions.ts.
 */
export const BASELINE_RE = /\b(?:from|(?<!\b(?:more|less|fewer|other|rather) )than|compared (?:with|to)|versus|vs\.?|against)\s+[^,;]*\d[^,;]*$/i;
/**
 * First words a label must not open with: a pronoun (out of context the reader cannot tell who), or a
 * preposition (a prepositional phrase names a place or an amount, not an event: "On Oxford Road").
 */
const BAD_START = wordSet(
  'he she they it we i you this that these those his her their its our there him them each both all some many most others one such here ' +
    'down up from to of at in on into onto compared than for by with without near across between within per ' +
    // A source or a subordinate clause is no event: "According to a 2017 report", "where corals had died by March".
    'according where when whereas whose noting above below beyond after before since until amid despite',
);
/** Prepositions a label must not open with unless a figure follows: "Down from …", not "About 200 people …". */
const AMOUNT_START = wordSet('about around over under');
/** Words that may follow a name inside a noun phrase. */
const FUNCTION_WORD = wordSet('of and or the a an in on at for to from with by de da al van von');
/** Particles inside a name: "Abu Bakr al-Baghdadi", "Ursula von der Leyen". */
const NAME_PARTICLE = wordSet('of al el bin ibn de da du del der van von la le');
/** First-person words: a label in the speaker's voice, torn from its quotation. */
const FIRST_PERSON = /\b(?:I|I['’]m|I['’]ve|I['’]d|me|my|mine|we|we['’]re|we['’]ve|our|ours|us)\b/;
/** The verbs one of which {@link SAYING_ONLY_END} needs (a cheap check first). */
const SAYING_WORDS = ['said', 'says', 'told', 'tells', 'announced', 'added', 'stated', 'wrote'];
/** A label that is only the saying, where it was said: "The company said in a statement", "X told reporters". */
const SAYING_ONLY_END = /\b(?:said|says|told|tells|announced|added|stated|wrote)(?:\s+(?:in|on|at|to|during|a|an|the|its|his|her|their|statement|statements|news|press|conference|briefing|interview|filing|release|post|email|letter|reporters|journalists))*(?:\s+[A-Z][\w&.'’-]*){0,3}$/;
/** Words a label must not end on. */
const DANGLING = 'and|or|but|that|which|who|of|in|on|at|to|the|a|an|with|for|by';
const DANGLING_END = new RegExp(`\\s+(?:${DANGLING})$`, 'i');
/** Words a shortened label must not end on. */
const FUNCTION_END = wordSet(`${DANGLING}|from|as|is|are|was|were`, '|');

/** A word of a sentence and its offsets. */
interface Token {
  w: string;
  start: number;
  end: number;
}

/** A word: letters, digits, inner apostrophes and hyphens, and periods before a letter ("U.S"). */
// ("U.S.", and a figure whole: "3.5", "1,200", "1:14.853".)
const TOKEN_RE = re('gu')`[${L}${N}](?:[${L}${N}'’-]|\.(?=[${L}])|[.,:](?=\d))*`;

/** Word tokens of `s` ("U.S" keeps its inner dots), with offsets; only the first `limit` when given. */
function tokens(s: string, base = 0, limit = Infinity): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m; out.length < limit && (m = TOKEN_RE.exec(s)); ) out.push({ w: m[0], start: base + m.index, end: base + m.index + m[0].length });
  return out;
}

/** True when `word` (after `prev`) is a verb of `forms` or an "-ed" word that a determiner or number does not make an adjective. */
function isVerb(word: string, prev = '', forms = VERB_FORMS): boolean {
  return forms.has(word.toLowerCase()) || (ED.test(word) && !isModifier(prev));
}

/** True when token `i` of `toks` is a verb. */
const verbAt = (toks: readonly Token[], i: number): boolean => isVerb(toks[i]!.w, toks[i - 1]?.w);

/**
 * True when `text` has a verb; with `past`, a verb in the past tense or perfect ("was killed", "voted",
 * "have hosted"), not "is expected".
 */
function hasVerb(text: string, past?: boolean): boolean {
  // (Token by token: most texts have a verb early.)
  TOKEN_RE.lastIndex = 0;
  for (let m, prev = ''; (m = TOKEN_RE.exec(text)); prev = m[0]) {
    if (past ? !NOT_PAST.has(prev.toLowerCase()) && isVerb(m[0], prev, PAST_FORMS) : isVerb(m[0], prev)) return true;
  }
  return false;
}

/** A word that may be a verb in the present, third person: "bars", "lets" (not "-ss", "-us", "-is", "news"). */
const PRESENT_S_RE = /^[a-z]{2,}[^siu'’]s$/;

/**
 * True when token `i` of `toks` is a present-tense verb the word lists miss, seen by what follows it: an "-s" word
 * before a determiner or a plural noun ("a law passed in 1963 bars the museum …", "Kindroot lets parents book …").
 * After a name only, with `afterName` ("Acme users" stays a noun phrase; "US forces commander" too).
 */
function presentVerbAt(toks: readonly Token[], i: number, afterName = false): boolean {
  const next = toks[i + 1]?.w ?? '';
  return (
    !!toks[i] &&
    PRESENT_S_RE.test(toks[i].w) &&
    toks[i]!.w !== 'news' &&
    (!afterName || (isUpper(toks[i - 1]?.w) && !POSSESSIVE.test(toks[i - 1]!.w))) &&
    (DETERMINER.has(next.toLowerCase()) || LOWER_PLURAL_RE.test(next))
  );
}

/** True when the first word of `text` is a verb. */
const opensWithVerb = (text: string): boolean => isVerb(tokens(text, 0, 1)[0]?.w ?? '');

// ---------------------------------------------------------------------------
// Clauses

/** A clause or phrase of a sentence, between boundaries. */
interface Segment {
  start: number;
  end: number;
  /** Where the boundary before it starts; -1 for none. */
  cut: number;
  /** The boundary before it is hard (";", dashes, brackets): it ends the subject's reach. */
  hard?: boolean;
}

/** A clause boundary: a soft one is a comma or a conjunction, a hard one ";", a dash or a bracket. */
const BOUNDARY = new RegExp(
  `\\s*(?:;|:(?!\\d)|\\s[–—]\\s|\\s-\\s|--|[()[\\]]|,(?=\\s|$))\\s*|\\s+(?=(?:but|${CONJUNCTIONS}|unless|if)\\s)`,
  'g',
);

/** The clauses and phrases of a sentence. */
function segments(s: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  let cut = -1;
  let hard = false;
  for (const m of [...s.matchAll(BOUNDARY), { index: s.replace(/[.!?…"'”’]+$/u, '').length, 0: '' }]) {
    if (m.index! > start) out.push({ start, end: m.index!, cut, hard });
    const mark = m[0].trim();
    start = m.index! + m[0].length;
    cut = m.index!;
    hard = mark !== ',' && mark !== '';
  }
  return out;
}

function tidy(s: string): string {
  const t = s
    .replace(/\s+/g, ' ')
    // (No space before a closing mark, none after an opening one: one pass.)
    .replace(/\s+([,.;:!?’'”)])|([(“‘])\s+/g, '$1$2');
  // (Then trimmed of spaces and , ; : – — - at both ends by a char test: `/^[\s,;:–—-]+|[\s,;:–—-]+$/g` tries a run
  // at every position.)
  let a = 0;
  let b = t.length;
  while (a < b && isTrim(t.charCodeAt(a))) a++;
  while (b > a && isTrim(t.charCodeAt(b - 1))) b--;
  return t.slice(a, b);
}

/** The run of `\w` characters `s` ends with ('' for none): `/\w*$/.exec(s)[0]` without trying every position. */
function lastWord(s: string): string {
  let a = s.length;
  for (let c = s.charCodeAt(a - 1); c === 95 || (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122); c = s.charCodeAt(--a - 1));
  return s.slice(a);
}

/** A character {@link tidy} trims from the ends: white space, `,` `;` `:` `–` `—` `-`. */
const isTrim = (c: number): boolean => c === 44 || c === 59 || c === 58 || c === 0x2013 || c === 0x2014 || c === 45 || isSpace(c);

/** A label and its quality (see {@link TimelineEvent.quality}). */
type Label = [text: string, quality: number];

const POSSESSIVE = /['’]s$/;
const UPPER_START_RE = re('u')`^[${Lu}]`;
const LOWER_START_RE = re('u')`^[${Ll}]`;
const LETTER_RE = re('u')`[${L}]`;
/** A word in lower case ending in a plural "s" (not "-ss", "-is", "-us"): "protests". */
const LOWER_PLURAL_RE = re('u')`^[${Ll}].*[^siu]s$`;
const NON_ALNUM_RUN_RE = re('gu')`[^${L}${N}]+`;
const isUpper = (w = ''): boolean => UPPER_START_RE.test(w);
/** Words inside a long name between capitalised words: "Youth and Sport", "Minister for Energy", "Bank of England". */
const NAME_JOINER = wordSet('and for of &');
/** Words a common noun phrase does not reach back across. */
const HEAD_STOP = wordSet(`by for with to from in on at into than and or but ${CONJUNCTIONS.replace(/\|/g, ' ')}`);

/** The noun phrase that ends at `end` in `s`: a name ("Qassem Soleimani") or determiner + nouns ("two explosions"). */
function headBefore(s: string, end: number): string | undefined {
  const toks = tokens(s.slice(0, end));
  const from = (k: number): string => tidy(s.slice(toks[k]!.start, end));
  let i = toks.length - 1;
  if (isUpper(toks[i]?.w)) {
    // A name: the run of capitalised words and name particles, within its commas ("… Creative Arts, Kwabena Mensah").
    /** Whether token `k` joins the name at `k + 1`: no comma between them. */
    const joins = (k: number): boolean => !s.slice(toks[k]!.end, toks[k + 1]!.start).includes(',');
    for (;;) {
      while (i > 0 && (isUpper(toks[i - 1]!.w) || NAME_PARTICLE.has(toks[i - 1]!.w)) && joins(i - 1)) i--;
      // A name holding "and" or "for" goes on: "the Secretariat of State for Youth and Sport".
      if (i > 1 && NAME_JOINER.has(toks[i - 1]!.w) && isUpper(toks[i - 2]!.w) && joins(i - 2) && joins(i - 1)) i -= 2;
      else break;
    }
    while (i < toks.length - 1 && NAME_PARTICLE.has(toks[i]!.w)) i++;
    // After "of", "for" or "and" the name is part of a longer noun phrase ("the head of Acme", "the ministry for
    // Youth and Sport"), which a relative clause may be about: no head rather than a part of it.
    if (i > 0 && NAME_JOINER.has(toks[i - 1]!.w.toLowerCase()) && joins(i - 1)) return undefined;
    // Keep a "the" before the name: "the Indus Waters Treaty".
    if (i > 0 && toks[i - 1]!.w.toLowerCase() === 'the' && joins(i - 1)) i--;
    const name = from(i);
    return LETTER_RE.test(name) ? name : undefined;
  }
  // A common noun: back to a determiner or number word, across "of" ("the commander of a militia").
  for (let steps = 0; i >= 0 && steps < 8; steps++, i--) {
    const w = toks[i]!.w;
    if (verbAt(toks, i) || HEAD_STOP.has(w.toLowerCase())) return undefined;
    // ("the Category 5 cyclone": a number after a capitalised word is part of a name, not a count.)
    if (i > 0 && /^\d+$/.test(w) && isUpper(toks[i - 1]!.w)) continue;
    if (isModifier(w) || POSSESSIVE.test(w)) {
      if (i < 2 || toks[i - 1]!.w !== 'of') return from(i);
      i--;
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
  const verb = toks.findIndex((_, i) => verbAt(toks, i) || presentVerbAt(toks, i, true));
  const words = verb < 0 ? toks.length : verb;
  const subject = first.slice(0, toks[words]?.start);
  return words === 0 || words > 12 || /\b(?:that|which|who|whom|whose)\b/i.test(subject) ? undefined : tidy(subject);
}

/** Words after which "that" is no relative pronoun. */
const NOT_BEFORE_RELATIVE = new RegExp(`^(?:${CONJUNCTIONS}|and|but|or|so|yet|nor|if|as|than)$`, 'i');

/** Index of a relative pronoun in `s` between `from` and `to` that opens a relative clause, or -1. */
function relativeAt(s: string, from: number, to: number): number {
  // (Most spans hold no pronoun at all: skip tokenizing the sentence.)
  const span = s.slice(from, to + 5).toLowerCase();
  if (!span.includes('wh') && !span.includes('that')) return -1;
  const toks = tokens(s);
  let found = -1;
  toks.forEach(({ w, start }, i) => {
    w = w.toLowerCase();
    if (
      i &&
      start >= from &&
      start < to &&
      (w === 'who' ||
        w === 'which' ||
        // After a verb ("said that", "claims that"), "that" opens a complement; after a conjunction
        // ("though that was short of …") it is a demonstrative subject.
        (w === 'that' && !verbAt(toks, i - 1) && !NOT_BEFORE_RELATIVE.test(toks[i - 1]!.w) && isVerb(toks[i + 1]?.w ?? '')))
    ) {
      found = start;
    }
  });
  return found;
}

/** True when `w` opens a noun phrase: a determiner or a possessive ("Iran's"). */
const opensPhrase = (w: string): boolean => DETERMINER.has(w.toLowerCase()) || POSSESSIVE.test(w);

/** An event noun phrase ending right before the date ("the killing of X in Baghdad"), or undefined. */
function eventNounPhrase(s: string, segStart: number, dateFrom: number): string | undefined {
  const toks = tokens(s.slice(segStart, dateFrom), segStart);
  for (let i = toks.length - 2; i >= 0; i--) {
    const w = toks[i]!.w.toLowerCase();
    if (!isEventNoun(w) || !/^(?:of|on|against)$/i.test(toks[i + 1]!.w)) continue;
    // Between the noun and the date: no verb, no clause opener.
    const between = s.slice(toks[i]!.end, dateFrom);
    if (hasVerb(between) || /\b(?:who|which|that|and|but)\b|[,;]/i.test(between)) return undefined;
    // Back to its determiner (one or two modifiers allowed: "the deadly attack on").
    let j = i;
    while (j > 0 && i - j < 3 && !opensPhrase(toks[j]!.w)) j--;
    const phrase = tidy(s.slice(toks[j]!.start, dateFrom));
    return opensPhrase(toks[j]!.w) && tokens(phrase, 0, MIN_LABEL_WORDS + 1).length > MIN_LABEL_WORDS ? phrase : undefined;
  }
  return undefined;
}

/**
 * `clause`, a relative clause, rewritten onto its `head` noun: "X" + "who was killed …" → "X was killed …". When
 * the pronoun is the object ("which Acme bought in 2019"), the clause's own subject and verb come first: "Acme
 * bought X"; none for a pronoun subject ("which it put …": out of context the reader cannot tell who).
 */
function onto(head: string | undefined, clause: string): Label | undefined {
  if (!head) return undefined;
  const toks = tokens(clause, 0, 8);
  if (!toks[1] || isVerb(toks[1].w)) return [`${head} ${clause.slice(toks[1]?.start ?? clause.length)}`, 3];
  const v = toks.findIndex((_, k) => k > 1 && verbAt(toks, k));
  if (v < 0 || BAD_START.has(toks[1].w.toLowerCase()) || (!isUpper(toks[1].w) && !opensPhrase(toks[1].w))) return undefined;
  const object = head.replace(/^The\s/, 'the ');
  return [`${clause.slice(toks[1].start, toks[v]!.end)} ${object} ${clause.slice(toks[v]!.end)}`, 3];
}

/** What joins two coordinated dates: "May 6 and May 7", "2020 or 2021", "Monday and on Tuesday" (not ", and": two clauses). */
const COORDINATED_RE = /^\s+(?:and|or|&)\s+(?:(?:on|in)\s+)?(?:the\s+)?$/i;
/** Before a date, the start of the period it ends: "between 2019 and ". */
const PERIOD_END_RE = /\bbetween\s+\S+\s+and\s+$/i;
/** The last words eventOf's participle check needs before a date ("released in", "held on the"). */
const PARTICIPLE_ENDS = ['in', 'on', 'at', 'during', 'the'];
/** A stem TIME_OBJECT_VERB_RE needs (lower case). */
const TIME_OBJECT_STEMS = ['spen', 'mark', 'celebrat', 'commemorat', 'observ', 'declar'];
/** Verbs that take a time as their object, right before it: "spent Tuesday night", "marked Sunday". */
const TIME_OBJECT_VERB_RE = /\b(?:spen[dt]s?|spending|mark(?:s|ed)?|celebrat(?:es?|ed)|commemorat(?:es?|ed)|observ(?:es?|ed)|declar(?:es?|ed))\s+(?:the\s+)?$/i;

/**
 * Whether the head before a relative clause at `at` is the object of another noun's preposition, so "which" or
 * "that" may refer to that noun: "its inquiry into the company, which began in 2023" (the inquiry began), "a bridge
 * in Eastern Samar that was swept away". Not after a verb's: "run by Acme Co., which bought it in 2019".
 */
function ofAnotherNoun(s: string, at: number, head: string | undefined): boolean {
  const pp = /(\S*)\s+(\S+)\s+(?:into|of|on|against|for|with|from|by|at|in|about|over|to|under|between|among|across|through)\s*$/i.exec(
    s.slice(0, at).trimEnd().replace(/,$/, '').slice(0, -(head?.replace(/^the\s+(?=[A-Z])/, '').length ?? 0)),
  );
  return !!pp && !isVerb(pp[2]!) && !AUX.has(pp[1]!.toLowerCase());
}

/** A label for the event dated by `[ds, de)` in sentence `s`, or undefined. */
/**
 * Words of a date phrase before its span: "in the", "late on", "earlier in"; "at the end of" goes whole ("Debts
 * stood at €2bn at the end of June" → "Debts stood at €2bn").
 */
const LEAD_RE =
  /(?:\b(?:at|by|until|before|after|since|from|in|towards?)\s+the\s+(?:end|start|beginning|middle|close|turn)\s+of\s+|(?:\b(?:earlier|later|early|late)\s+)?(?:\b(?:in|on|at|during|of|over)\s+)?(?:\bthe\s+)?)$/i;
/**
 * {@link LEAD_RE} before "that": a participle of a noun goes too ("said in a notice published on Tuesday that …",
 * "documents posted Tuesday that …" → "said in a notice that …"), or it dangles ("a notice published that …"); not a
 * verb's ("was published").
 */
const LEAD_THAT_RE = new RegExp(
  `(?:(?<!\\b(?:is|are|was|were|be|been|being|has|have|had)\\s)\\b(?:published|released|issued|posted|dated)\\s+(?=on\\s|$))?(?:${LEAD_RE.source.slice(0, -1)})$`,
  'i',
);

function labelFor(s: string, ds: number, de: number, otherDates: ReadonlyArray<readonly [number, number]>): Label | undefined {
  // The date phrase to take out: the span, a preposition and "the" before it, a time of day or "'s" after it.
  // "at the end of August" goes whole; "said in a notice published on Tuesday that …" loses its participle too ("in a
  // notice that …"), which left alone dangles before "that" ("a notice published that …").
  // "Portugal remains scarred by the fires of 2017": a year after a noun and "of" dates that noun, not the clause (not
  // "at the end of 2017", "in March of that year").
  const near = s.slice(Math.max(0, ds - 40), ds);
  const ofNoun = /\b(?:the|its|their|his|her)\s+([a-z]+)\s+of\s+$/i.exec(near)?.[1]?.toLowerCase();
  if (ofNoun && !/^(?:end|start|beginning|middle|half|quarter|spring|summer|autumn|fall|winter|rest|course|part|close|turn|month|year|week|day|weekend|morning|afternoon|evening|night|first|last|eve)$/.test(ofNoun)) return undefined;
  // "roughly four times the number for the same period last year": the date of a comparison's baseline, no event.
  if (/\bthe\s+same\s+(?:period|time|month|week|quarter|day|stage|point)\s+(?:of\s+|in\s+)?$/i.test(near)) return undefined;
  // "The justices upheld a ruling by a district judge last February": a date after an event noun and its agent ("by
  // …") dates that event, not the clause's verb.
  // (Not "sentenced to death by a court last year": the noun needs its determiner.)
  const agent = /\b(?:a|an|the|its|their|his|her)\s+(?:[a-z-]+\s+)?([a-z]+)\s+by\s+([^,;]{1,60})$/i.exec(s.slice(Math.max(0, ds - 90), ds));
  if (agent && (isEventNoun(agent[1]!) || /^(?:decision|judg(?:e)?ment)$/.test(agent[1]!)) && !hasVerb(agent[2]!)) return undefined;
  const lead = (/^\s+that\b/.test(s.slice(de)) ? LEAD_THAT_RE : LEAD_RE).exec(s.slice(0, ds))!;
  const trail = /^(?:['’]s\b|\s+(?:morning|afternoon|evening|night)\b)?/i.exec(s.slice(de))![0];
  // "Thursday's attack" → "the attack": keep a determiner.
  const possessive = /^['’]s/.test(trail);
  // "in the 2024 election", "in the 2025 World Press Freedom Index": a date before its noun goes alone ("in the
  // election"). (Only after a preposition: "the 2023 world champion" is a role, no event.)
  const attributive = !trail && lead[0].trimEnd().toLowerCase().endsWith('the') && /\b(?:in|on|at|during|over)\s+the\s+$/i.test(lead[0]) && /^\s+(?:[a-z]|[A-Z][a-z])/.test(s.slice(de));
  const phraseFrom = possessive || attributive ? ds : ds - lead[0].length;
  const segs = segments(s);
  /** The text of segment `k`. */
  const segText = (k: number): string => s.slice(segs[k]!.start, segs[k]!.end);
  const index = segs.findIndex((g) => g.start <= ds && de <= g.end);
  let seg = segs[index];
  if (!seg) return undefined;
  // Another date in the same clause: split at the "and"/"then" between them.
  for (const [os, oe] of otherDates) {
    if (os >= seg.start && oe <= seg.end) {
      const lo = Math.min(oe, de);
      const m = /\s(and|then|before|after|that|which|who|when|while)\s/.exec(s.slice(lo, Math.max(os, ds)));
      if (!m) return undefined;
      const at = lo + m.index;
      // After a relative pronoun, keep it: the clause is rewritten onto its head below.
      seg = os < ds ? { start: /^(?:that|which|who)$/.test(m[1]!) ? at + 1 : at + m[0].length - 1, end: seg.end, cut: -1 } : { ...seg, end: at };
    }
  }

  // A date inside what someone said dates what was said: "X said global emissions hit a record in 2023".
  const reported = complementStart(s, seg.start, phraseFrom);
  if (reported !== undefined) seg = { start: reported, end: seg.end, cut: -1 };

  const { start, end, cut, hard } = seg;
  const from = Math.max(phraseFrom, start);
  const to = Math.min(de + trail.length, end);
  /** Text of `[a, stop)` with the date phrase taken out. */
  const without = (a: number, stop = end): string => tidy(`${s.slice(a, from)}${possessive ? ' the ' : ' '}${s.slice(to, stop)}`);
  /** `text` as the label of a clause of segment `k` starting at `at`: see {@link clauseLabel}. */
  const inContext = (k: number, at: number, text: string, nounPhraseOk: boolean, joined = false): Label | undefined => {
    let r = k;
    while (r > 0 && !segs[r]!.hard) r--;
    const next = segs[k + 1];
    return clauseLabel(text, s.slice(segs[r]!.start, at), !!next && !next.hard && opensWithVerb(segText(k + 1)), nounPhraseOk, joined);
  };

  // Not an event that happened: a condition, a plan, or the date of a baseline figure.
  const raw = without(start);
  if (/^(?:if|unless|whether)\b/i.test(s.slice(start, end).trimStart()) || isFuture(raw)) return undefined;
  const baseline = BASELINE_RE.exec(s.slice(start, from));
  if (baseline && !hasVerb(baseline[0])) return undefined;
  // "peaked near the record level reached in February 2019", "close to the record set in February last year": a noun's
  // participle before the date dates that noun (a reduced relative), not the clause.
  if (/\b(?:the|a|an|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}(?:set|reached|recorded|signed|passed|adopted|approved|imposed|introduced|launched|issued|built|awarded|granted|established|founded)\s+$/.test(s.slice(start, from))) return undefined;
  // "followed the same script as in 2024", "more than in 2008": the date of what is compared with.
  if (/\b(?:as|than)\s+$/i.test(s.slice(start, from)) && /^(?:in|on|during)\s/i.test(s.slice(from))) return undefined;

  // 1. An event noun phrase right before the date.
  const nominal = eventNounPhrase(s, start, from);
  if (nominal) return [nominal, 2];

  const body = tidy(dropLeadingWord(dropLeadingWord(raw)));

  // 2. A relative clause holding the date, onto its head noun. Skip an age between a name and "who":
  // "Maya Delgado, 34, who …".
  if (/^(?:who|which)\s/i.test(body) && cut >= 0 && !hard) {
    const at = cut - (/,\s*\d{1,3}\s*$/.exec(s.slice(0, cut))?.[0].length ?? 0);
    const head = headBefore(s, at);
    return /^which/i.test(body) && ofAnotherNoun(s, at, head) ? undefined : onto(head, body);
  }
  const rel = relativeAt(s, start, ds);
  if (rel >= 0) {
    // The relative clause ends where the main clause's verb follows the date: "The man who was arrested
    // on Monday | has been released".
    const after = tokens(s.slice(to, end), to);
    const main = after.findIndex((_, i) => verbAt(after, i));
    const head = headBefore(s, rel);
    // ("a bridge in Eastern Samar that was swept away": the bridge was.)
    return /^(?:which|that)\b/i.test(s.slice(rel)) && ofAnotherNoun(s, rel, head) ? undefined : onto(head, without(rel, Math.max(to, after[main]?.start ?? end)));
  }

  // 3. The clause. A fronted date ("On Tuesday, …") gives way to the main clause after it.
  const first = tokens(body, 0, 1)[0]?.w.toLowerCase();
  if (!first) {
    // "made landfall … on Monday, September 21, packing winds of …": a date in apposition to a weekday belongs to the
    // clause before it, not to the phrase after it.
    if (index > 0 && (WEEKDAY_NAMES as readonly string[]).includes(/(\w+)\s*$/.exec(segText(index - 1))?.[1] ?? '')) return undefined;
    const next = segs[index + 1];
    // "… in Chattanooga, Tennessee, in April 2024 but lost one a month later": a date before "but" closes the
    // clause before it; it is not fronted before the next.
    if (!next || next.hard || /^\s*(?:but|yet|while|whereas|although|though)\s/i.test(segText(index + 1))) return undefined;
    const clause = tidy(dropLeadingWord(segText(index + 1)));
    if (hasVerb(clause)) return inContext(index + 1, next.start, clause, true);
    // "In 2015, Mr Smith, then a junior minister, was accused …": the subject, then the first segment
    // that opens with a verb.
    for (let k = index + 2; k < segs.length && !segs[k]!.hard; k++) {
      const text = tidy(segText(k));
      if (opensWithVerb(text)) return clauseLabel(`${clause} ${text}`, '', false, true);
    }
    return undefined;
  }
  // A sentence opening with a participle phrase: "Born in Leeds on 14 March 1936, …, Ashdown won …".
  // (Not an adjective in "-ed" before its noun: "Unplanned breakdowns peaked …, Eskom said"; a participle takes a
  // preposition, an adverb, a determiner or a date.)
  if (index === 0 && start === segs[0]!.start && (first === 'born' || PARTICIPLES.has(first) || ED.test(first)) &&
    !/^\s+(?!(?:in|on|at|by|from|to|for|with|after|before|during|as|into|over|under|and|or|since|until|last|earlier|this|the|an?|his|her|its|their|[a-z]+ly)\b)[a-z]/.test(body.slice(first.length))) {
    for (let k = 1; k < segs.length && !segs[k]!.hard; k++) {
      const text = segText(k);
      const toks = tokens(text);
      if (!hasVerb(text) && !toks.some((_, i) => presentVerbAt(toks, i, true))) continue;
      const subject = subjectOf(text);
      return subject ? [`${subject} ${wasOrWere(subject)} ${body.charAt(0).toLowerCase()}${body.slice(1)}`, 3] : undefined;
    }
    return undefined;
  }
  // A bare noun phrase is an event only as an item of a list ("including mortar fire on …", "and an award …"),
  // not a role ("as a retired judge") or a circumstance ("with output shrinking …").
  const joiner = raw.slice(0, raw.length - body.length).trim();
  // ", and the other three during a second expedition": after a clause (asides skipped), a noun phrase joined by
  // "and" is the clause with its verb left out, not an item of a list.
  let k = index - 1;
  while (k > 0 && !segs[k + 1]!.hard && /^\s*(?:in\s+)?(?:what|which|who|where)\s/i.test(segText(k))) k--;
  // "Chile's Ministry of Science, Technology, Knowledge and Innovation said …": a clause opening with the end of a
  // name's comma list ("Knowledge and Innovation") after a capitalised word would show a torn name.
  // (The costly `\p{Lu}` pattern runs only for a body starting with a capital or a non-ASCII letter, holding "and" or "&".)
  const c0 = body.charCodeAt(0);
  if (
    index > 0 && !seg.hard && s.slice(0, start).trimEnd().endsWith(',') && (c0 > 127 || (c0 >= 65 && c0 <= 90)) &&
    (body.includes('and') || body.includes('&')) && /^\p{Lu}\S*\s+(?:and|&)\s+\p{Lu}/u.test(body) && /\p{Lu}[\p{L}’'.-]*\s*,\s*$/u.test(s.slice(0, start))
  ) return undefined;
  const gapped = /^(?:and|but)$/i.test(joiner) && k >= 0 && !segs[k + 1]!.hard && hasVerb(segText(k));
  // "fell ill with nausea, vomiting and diarrhoea on Monday": a pair after a comma ends the list of the clause before
  // it, no event of its own.
  const listTail = !joiner && index > 0 && !seg.hard && /^[a-z]+\s+(?:and|or)\s+[a-z]+\b/.test(body) && hasVerb(segText(index - 1));
  return inContext(index, start, body, !gapped && !listTail && /^(?:|and|but|including)$/i.test(joiner), joiner !== '');
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
    // (A capitalised "Said" inside a sentence is a name: "President Said Abdullahi Deni".)
    if (!REPORTING_VERB.has(toks[i]!.w.toLowerCase()) || (toks[i]!.start > 0 && isUpper(toks[i]!.w))) continue;
    const j = toks[i + 1]!.w.toLowerCase() === 'that' ? i + 2 : i + 1;
    const first = toks[j];
    // The reported clause needs its own verb before the date.
    return first && !/^(?:to|on|in|at|for|by|with)$/i.test(first.w) && toks.some((_, k) => k > j && verbAt(toks, k)) ? first.start : undefined;
  }
  return undefined;
}

/**
 * A clause as a label. A clause opening with its verb borrows the subject
 * from `before` (the text before it up to the last hard boundary); a bare
 * noun phrase scores lower. `aside`: the clause stands between commas before
 * the main verb.
 */
function clauseLabel(clause: string, before: string, aside: boolean, nounPhraseOk: boolean, joined = false): Label | undefined {
  const [a, b] = tokens(clause, 0, 2);
  if (!a) return undefined;
  // "The death toll, initially put at 21 by the police on Sunday, rose …": an adverb before the verb goes with it
  // ("The death toll was initially put at 21 by the police", not "Initially put at 21 by the police").
  if (b && VERB_ADVERBS.has(a.w.toLowerCase()) && isVerb(b.w)) {
    const rest = clause.slice(b.start);
    const sub = clauseLabel(rest, before, aside, nounPhraseOk, joined);
    return sub && sub[0].endsWith(rest) && sub[0] !== rest ? [`${sub[0].slice(0, -rest.length)}${a.w.toLowerCase()} ${rest}`, sub[1]] : sub && sub[0] === rest ? [clause, sub[1]] : undefined;
  }
  if (isVerb(a.w)) {
    const aux = AUX.has(a.w.toLowerCase());
    const afterComma = /,\s*$/.test(before);
    // "… banned bonuses through the Act, passed last year, and …": a participle after a clause's object
    // describes that object, not the clause's subject ("A spokesperson passed"); no "and" joins it to the verb.
    // "… faces scrutiny in Germany, where the cartel office, the authority, placed it …": nor after a clause
    // complete before the first comma, whose subject is not this verb's.
    // (The part before the comma can be an aside of the subject itself: "The CBA, signed in 2021, expired in June".)
    // "Perović, whose party, PES, won …": the verb's subject is the party, not the name before "whose".
    if (/\bwhose\b/i.test(before)) return undefined;
    const parts = before.replace(/,\s*$/, '').split(',');
    const part = parts.pop()!.trim();
    if (!joined && afterComma && (hasVerb(parts[0] ?? '') || (!aux && hasVerb(part) && !opensWithVerb(part) && !/^(?:who|which|whose)\b/i.test(part)))) return undefined;
    // "X told the court the sales made up 40%, and helped push …": after a verb of saying and its reported clause,
    // a joined verb may belong to the reported subject, not the speaker.
    const toks = tokens(before);
    const v = toks.findIndex((_, i) => verbAt(toks, i));
    if (!aux && v >= 0 && REPORTING_END.has(toks[v]!.w.toLowerCase()) && toks.some((_, i) => i > v + 1 && verbAt(toks, i))) return undefined;
    // "… for the programme, which was approved in 2018 and expanded …": a verb joined inside a relative clause has
    // the relative's head for its subject, not the sentence's.
    const relative = /,\s*(?:which|who)\s[^,]*$/i.exec(before);
    const subject = relative ? headBefore(before, relative.index) : subjectOf(before);
    // "The film, released in March 2021, earned …": a participle after a bare subject is passive.
    // "The bill was approved in 2018 and amended …": a joined participle shares the passive's "was".
    const shared = aux ? undefined : SHARED_PASSIVE_RE.exec(before);
    const passive = shared && (ED.test(a.w) || PARTICIPLES.has(a.w)) ? `${shared[1]} ` : aside && !aux && !hasVerb(before) && afterComma ? `${wasOrWere(subject ?? '')} ` : '';
    return subject ? [`${subject} ${passive}${clause}`, 3] : undefined;
  }
  if (hasVerb(clause)) return [clause, 3];
  // No verb found: a name followed by a lower-case word is a present-tense clause the lists missed
  // ("Sunderland visit Aston Villa"), not a noun phrase.
  // (Nor a figure with no verb: "6-0 in the final", a score torn from "who beat X 6-0, 6-0 in last year's final".)
  // (Nor a bare name: "Castile and Leon", left of "after polls in Aragon in February and Castile and Leon in March".)
  return nounPhraseOk && !/^\d/.test(clause) && !tokens(clause).every((t) => isUpper(t.w) || NAME_JOINER.has(t.w)) && !(isUpper(a.w) && b && LOWER_START_RE.test(b.w) && !FUNCTION_WORD.has(b.w)) ? [clause, 1] : undefined;
}

/** Adverbs that may open a clause before its verb: "initially put at 21", "later moved to". */
const VERB_ADVERBS = wordSet(
  'initially originally previously first finally eventually recently formally officially jointly largely partly mostly ' +
  'widely quickly subsequently briefly temporarily reportedly allegedly later then also',
);

/** Before a joined verb, a passive it shares: "… was approved in 2018 and " (group 1 "was"). */
const SHARED_PASSIVE_RE = /\b(was|were)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b[^,;]*\sand\s*$/i;

/**
 * "were" when a noun phrase's head (its last word before a preposition) is a common plural ("the protests", "the
 * draft amendments to the Law"), else "was".
 */
function wasOrWere(phrase: string): string {
  const head = phrase.split(/\s(?:of|to|on|in|for|at|from|with|by|about|against|over|under)\s/)[0]!;
  return LOWER_PLURAL_RE.test(tokens(head).pop()?.w ?? '') ? 'were' : 'was';
}

/** How often `mark` occurs in `s`. */
const count = (s: string, mark: string): number => s.split(mark).length - 1;

/** Shortens a label to {@link MAX_LABEL_WORDS} words with an ellipsis; trims dangling words. */
function finishLabel(raw: string): [text: string, shortened: boolean] {
  let text = tidy(withoutLinkNotes(raw)).replace(DANGLING_END, '');
  const toks = tokens(text, 0, MAX_LABEL_WORDS + 1);
  const shortened = toks.length > MAX_LABEL_WORDS;
  if (shortened) {
    // End on a content word.
    let i = MAX_LABEL_WORDS - 1;
    while (i > MIN_LABEL_WORDS && FUNCTION_END.has(toks[i]!.w.toLowerCase())) i--;
    text = `${text.slice(0, toks[i > MIN_LABEL_WORDS ? i : MAX_LABEL_WORDS - 1]!.end).replace(/[\s,;:–—-]+$/, '')}…`;
  }
  // Unbalanced quotes or brackets read badly: drop the stray marks.
  if (count(text, '“') !== count(text, '”') || count(text, '"') % 2) text = text.replace(/[“”"]/g, '');
  if (count(text, '(') !== count(text, ')')) text = text.replace(/[()]/g, '');
  text = tidy(text);
  return [text.charAt(0).toUpperCase() + text.slice(1), shortened];
}

/** Months whose names are also ordinary words or names ("May", "August"): dates only with a day. */
const MARCH_TO_AUGUST = MONTH_NAMES.slice(2, 8).join('|');
/** A date word a label must never show, whether or not the extractor found it. */
const DATE_WORDS = new RegExp(
  `\\b(?:${WEEKDAY_NAMES.join('|')})\\b|(?<![\\d,.$£€])\\b(?:1[5-9]\\d\\d|20\\d\\d)s?\\b(?![,.]?\\d)` +
    `|\\b(?:${MONTH_NAMES.filter((_, i) => i < 2 || i > 7).join('|')})\\b` +
    `|\\b(?:${MARCH_TO_AUGUST}|${MONTH_ABBRS.join('|')})\\.?\\s+\\d` +
    `|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MARCH_TO_AUGUST})\\b` +
    '|\\b(?:yesterday|today|tomorrow|tonight)\\b|\\b(?:last|next|this)\\s+(?:week|month|year|weekend)\\b',
  'i',
);

/** Words of {@link DATE_WORDS} that need no digit (lower case). */
const DATE_HINTS = [...WEEKDAY_NAMES, ...MONTH_NAMES, 'yesterday', 'today', 'tomorrow', 'tonight'].map((w) => w.toLowerCase());

/** A month's first three letters, lower case. */
const MONTH_STEMS = MONTH_NAMES.map((m) => m.slice(0, 3).toLowerCase());

/** The longest run of digits in `s`. */
function digitRun(s: string): number {
  let best = 0;
  let run = 0;
  for (const c of s) {
    run = c >= '0' && c <= '9' ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/**
 * A cheap necessary check before {@link DATE_WORDS} (`l` lower-cased): a weekday, a month or "today"; "last",
 * "next" or "this" with "week", "month" or "year"; four digits (a year); or a digit and a month's first letters.
 */
function mayShowDate(l: string): boolean {
  const digits = digitRun(l);
  return hasAny(l, DATE_HINTS) || (hasAny(l, ['last', 'next', 'this']) && hasAny(l, ['week', 'month', 'year'])) ||
    digits > 3 || (digits > 0 && hasAny(l, MONTH_STEMS));
}

/** True when `label` shows a date (a weekday, a year, a month with a day, "last month"…). */
export function labelHasDate(label: string): boolean {
  return mayShowDate(label.toLowerCase()) && DATE_WORDS.test(label);
}

// ---------------------------------------------------------------------------
// Dates as intervals

/**
 * The days a date covers, as day numbers `[first, last]`; null for a range or a malformed date.
 * Remembered: events are compared with each other many times.
 */
const interval = memo((iso: string): readonly [number, number] | null => {
  const p = parseIso(iso);
  if (!p) return null;
  const { y, m, d } = p;
  return [dayNumber(y, m ?? 1, d ?? 1), dayNumber(y, m ?? 12, d ?? daysInMonth(y, m ?? 12))];
});

/**
 * Compares two dates for a timeline: -1 when `a` is wholly before `b`, 1
 * when wholly after, 0 when they overlap (the same day, or "2024" and
 * "2024-01-03": which came first is not known) or cannot be read.
 */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  const x = interval(a);
  const y = interval(b);
  return !x || !y ? 0 : x[1] < y[0] ? -1 : y[1] < x[0] ? 1 : 0;
}

// ---------------------------------------------------------------------------
// Events

const fold = (s: string): string => s.toLowerCase().replace(NON_ALNUM_RUN_RE, ' ').trim();

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
  const kept: TimelineEvent[] = [];
  const labels = new Set<string>();
  for (const e of candidates.sort((a, b) => b.quality - a.quality || a.start - b.start)) {
    const label = fold(e.text);
    if (labels.has(label) || kept.some((k) => compareDates(k.iso, e.iso) === 0)) continue;
    kept.push(e);
    labels.add(label);
  }
  return kept.sort((a, b) => compareDates(a.iso, b.iso) || a.start - b.start);
}

/**
 * True when a date span is nothing but one weekday, day, month and/or year ("Friday", "5 January 2024",
 * "Sept. 2003"): never a range, a decade, a clock time or an event-relative phrase, so the costly
 * {@link classifyDate} need not be asked.
 */
function isPlainDate(text: string): boolean {
  const parts = parseDateParts(text);
  return !!parts && !parts.qualified;
}

function eventOf(d: DateFact, all: readonly DateFact[], text: string, sentences: readonly Sentence[]): TimelineEvent | undefined {
  if (!d.iso || !d.precision || !interval(d.iso)) return undefined;
  const sentence = sentenceAt(sentences, d.start);
  if (!sentence || sentence.furniture || d.end > sentence.end || text.slice(d.start, d.end) !== d.text) return undefined;
  const ds = d.start - sentence.start;
  const de = d.end - sentence.start;
  // Brackets the date is not in are asides ("the Congressional Budget Office (CBO)"): blank them out.
  const s = sentence.text.replace(/\([^()]*\)|\[[^[\]]*\]/g, (m, at: number) => (at <= ds && de <= at + m.length ? m : ' '.repeat(m.length)));
  // Inside quotation marks: what someone said, not an event. (Checked before the costly classifyDate.)
  // Nor the second bound of a period ("between 2019 and 2024"; the first is a NOT_EVENT_PREPOSITION), nor a time
  // a verb takes as its object ("spent Tuesday night at a shelter", "declared Monday a day of mourning").
  const before = s.slice(0, ds);
  if (
    NOT_EVENT_PREPOSITION.test(before) ||
    PERIOD_END_RE.test(before) ||
    (hasAny(before.toLowerCase(), TIME_OBJECT_STEMS) && TIME_OBJECT_VERB_RE.test(before)) ||
    count(before, '“') > count(before, '”') ||
    count(before, '"') % 2
  ) {
    return undefined;
  }
  if (!isPlainDate(d.text) && /^(?:event-relative|time|range|decade)$/.test(classifyDate(d.text))) return undefined;
  const others = all
    .filter((o) => o !== d && o.start >= sentence.start && o.end <= sentence.end)
    .map((o) => [o.start - sentence.start, o.end - sentence.start] as const);
  // A date coordinated with another ("on May 6 and May 7", "in 2019 or 2020"): the event has both, and a label
  // cannot take out one without leaving the other dangling.
  if (others.some(([os, oe]) => (oe <= ds ? ds - oe : os - de) < 16 && COORDINATED_RE.test(oe <= ds ? s.slice(oe, ds) : s.slice(de, os)))) return undefined;
  // "a poll released in February found …": the date is the participle's ("released"), a noun's modifier; the
  // clause's event is the main verb's ("found"), undated.
  // (Run only when `before` ends in one of those words and a space (trimEnd drops exactly \s): the regex scans it from the left.)
  const bt = before.trimEnd();
  const participle = bt.length < before.length && PARTICIPLE_ENDS.some((w) => bt.endsWith(w)) ? /\b([a-z]+)\s+([a-z]+)\s+(?:in|on|at|during)\s+(?:the\s+)?$/.exec(before) : null;
  if (
    participle &&
    (ED.test(participle[2]!) || PARTICIPLES.has(participle[2]!)) &&
    !/^(?:who|which|that|and|or|but|also|then|later|not|never|has|have|had|is|are|was|were|be|been|being|it|they|he|she|we)$/.test(participle[1]!) &&
    (isVerb(tokens(s.slice(de), 0, 1)[0]?.w ?? '') || presentVerbAt(tokens(s.slice(de), 0, 2), 0))
  ) {
    return undefined;
  }
  const label = labelFor(s, ds, de, others);
  if (!label) return undefined;
  const [labelText, shortened] = finishLabel(label[0]);
  const firstWord = /^\w*/.exec(labelText)![0].toLowerCase();
  const said = /\b(?:said|says|announced|stated|added)\s+that\s+(.*)$/.exec(labelText);
  if (
    tokens(labelText, 0, MIN_LABEL_WORDS).length < MIN_LABEL_WORDS ||
    BAD_START.has(firstWord) ||
    // "Meeting in Warsaw": an opening participle phrase with no verb of its own ("Meeting in Warsaw on Wednesday,
    // the bishops said …"); not a gerund subject ("Trading in the shares was halted").
    (firstWord.endsWith('ing') && /^[A-Z][a-z]+ing (?:in|at|on|with|for|to|after|before|during|from|outside|near)\b/.test(labelText) && !hasVerb(labelText.slice(firstWord.length))) ||
    // "Saying that …": what someone was dated saying, with no one saying it.
    (firstWord.endsWith('ing') && REPORTING_VERB.has(firstWord) && /^\S+\s+that\b/.test(labelText)) ||
    // "Surpassing the previous record set", "Putting it on course to …": a participle with its object and no subject,
    // not an event (a gerund subject has a verb of its own: "Building the bridge took three years").
    (firstWord.endsWith('ing') && /^\S+\s+(?:it|its|the|a|an|his|her|their|them|this|these|those)\s/.test(labelText) && !/\b(?:was|were|is|are|has|have|had|took|takes|cost|costs)\b/.test(labelText)) ||
    (AMOUNT_START.has(firstWord) && !/^\w+\s+[\d$£€]/.test(labelText)) ||
    labelHasDate(labelText) ||
    FIRST_PERSON.test(labelText) ||
    // "The contractor whose contract was terminated": a relative clause left as a fragment.
    /\bwhose\b/i.test(labelText) ||
    isFuture(labelText) ||
    REPORTING_END.has(lastWord(labelText.replace(/…$/, '')).toLowerCase()) ||
    (hasAny(labelText, SAYING_WORDS) && SAYING_ONLY_END.test(labelText)) ||
    // "The commission said that Kestrel": what was said has lost its verb.
    (said !== null && !hasVerb(said[1]!)) ||
    // A clause must tell what happened, in the past.
    (label[1] === 3 && !hasVerb(labelText, true)) ||
    fold(labelText).includes(fold(d.text)) ||
    // "The EPA classified it as …": out of context the reader cannot tell what "it" is.
    pronounObject(labelText) ||
    // "Mare di mezzo, a 1994 drama about …": a dated thing, not an event.
    (label[1] === 1 && DETERMINER.has(/(\S+)\s+$/.exec(before)?.[1]?.toLowerCase() ?? ''))
  ) {
    return undefined;
  }
  return {
    text: labelText,
    date: d.text,
    iso: d.iso,
    precision: d.precision,
    source: { sentence: sentence.text, start: sentence.start, end: sentence.end },
    start: d.start,
    quality: label[1] - (shortened ? 1 : 0),
  };
}

/** True when "it" or "them" is the object of a verb in `label` ("bought it"; not "said it had …"). */
function pronounObject(label: string): boolean {
  if (!/\b(?:it|them)\b/.test(label)) return false;
  const toks = tokens(label);
  return toks.some(({ w }, i) => i > 0 && (w === 'it' || w === 'them') && verbAt(toks, i - 1) && !AUX.has(toks[i - 1]!.w.toLowerCase()) && !REPORTING_VERB.has(toks[i - 1]!.w.toLowerCase()) && !REPORTING_END.has(toks[i - 1]!.w.toLowerCase()));
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
  const n = events.length;
  if (n < MIN_ORDER_EVENTS) return null;
  const first = events.reduce((a, b) => (b.start < a.start ? b : a));
  // A display order drawn from `rng` that is not the identity.
  const identity = events.map((_, i) => i);
  let initial: number[] | undefined;
  for (let attempt = 0; attempt < 8 && !initial; attempt++) {
    const order = shuffle(identity, rng);
    if (order.some((v, i) => v !== i)) initial = order;
  }
  return {
    id,
    kind: 'date',
    type: 'order',
    prompt: ORDER_PROMPT,
    events: events.map((e) => ({ text: e.text, date: e.date, iso: e.iso, source: { ...e.source } })),
    initial: initial ?? identity.map((i) => (i + 1) % n),
    source: { ...first.source },
  };
}
