/**
 * Number facts: every count, amount of money, percentage, fraction, age and
 * duration an article states, with the noun phrase it counts (ellipsis
 * resolved), its hedge ("around", "more than") and unit; each side of a score
 * or vote tally ("220-207", "five votes to four"); factors ("twice the rate",
 * "more than doubled"); vague magnitudes ("tens of thousands": floor and
 * ceiling). Years, dates, clock times, identifiers ("F-35", "Article 5",
 * "Boeing 737-800") and idiomatic or pronoun "one" are left out.
 * Pure, no DOM; every regex is linear.
 */

import type { NumberFact } from './types.js';
import type { Sentence } from './text.js';
import { L, Ll, Lu, M, N, re } from './letters.js';
import { MONTH_ABBRS, MONTH_NAMES, PAST_IRREGULAR, TENS_NAMES, UNIT_NAMES, hasAny, singular, wordSet } from './lexicon.js';
import { FRACTIONS, fractionToWords, fractionValue, numberToWords, ordinalSuffix, ordinalValue, parseNumberWords, wordValue } from './number-words.js';
import { currencyCode } from './currency.js';

/** What sort of quantity a number is. `ordinal` is a rank, a minute of a game or an occurrence ("third in the table", "the 88th minute", "his 53rd veto since 2017"). `multiple` is a factor ("twice", "doubled" → 2; "halved" → 0.5; "only once" → 1). */
export type NumberKind = 'count' | 'money' | 'percent' | 'fraction' | 'age' | 'duration' | 'measure' | 'score' | 'multiple' | 'ordinal';

/** Where `counts` came from: how much a question writer can trust it. */
export type CountsSource =
  | 'noun' // the noun phrase after the number: "2,500 US soldiers"
  | 'partitive' // "four of the electors"
  | 'sibling' // ellipsis resolved from another number: "another 900 (US soldiers)"
  | 'pronoun' // "three of them", resolved from the previous sentence
  | 'subject' // what the number measures: "the deficit hit $412bn"
  | 'default' // a generic fallback ("people" for "50 died", the currency, "age")
  | 'none'; // nothing found; `counts` is a generic word

/** A number fact with the extra detail a question writer needs. */
export interface NumberDetail extends NumberFact {
  kind: NumberKind;
  countsFrom: CountsSource;
  /**
   * Upper bound of a range ("$2-$3.8 trillion" → 3.8e12). `value` is the lower bound. Both ends must be one kind
   * ("26% to $1bn" is two facts); ends written in full ("$18.1 billion to $18.3 billion") are two facts.
   */
  valueMax?: number;
  /** ISO 4217 code for money: "USD", "GBP", "EUR". */
  currency?: string;
  /** A non-hedging word before the number: "another", "a further", "a record", "only". */
  modifier?: string;
  /** Whom an age or a "father-of-two" describes: "Mr Mousa", "Levi Guerra". */
  subject?: string;
  /**
   * Both sides of a sports score or vote tally ("3-1", "220-207", "31 to 9", "five votes to four"). Each side
   * is its own fact of kind `score` (value 3, then value 1), both carrying the pair: a question should not
   * ask for one side without the other's context. A run of set scores ("6-4, 3-6, 7-5") is one fact a set
   * instead ("6-4", value 6).
   */
  score?: [number, number];
  /** A vague magnitude ("tens of thousands", "hundreds"): `value` is its floor (10,000), `valueMax` its ceiling (99,999). */
  vague?: boolean;
  /** True when the number is written in words ("two", "a dozen", "half"). */
  spelled: boolean;
}

// ---------------------------------------------------------------------------
// Lexicon

/** A set of the space-separated words of `s`. */

/** A lookup table without a prototype: `TABLE["constructor"]` is undefined. */
const dict = <T>(o: Record<string, T>): Readonly<Record<string, T>> => Object.assign(Object.create(null) as Record<string, T>, o);

const MONTHS = `(?:${[...MONTH_NAMES, ...MONTH_ABBRS].join('|')})`;
// Currency signs and prefixes ("Rp 50 million", "RM2bn", "₦400"); East African shillings ("Sh2,500", "KSh 1.2bn", "USh", "TSh", "Shs");
// ISO codes of traded currencies before the amount ("USD 5 million", "NIS 619 billion", "AED 1.2bn");
// South African rand "R17.42", "R1.2bn", "R340-million", "R2,500" (not a road or a code: "the R445", "R2");
// Philippine pesos "P610 million", "P1.27-billion" (only with a scale word: not "P2", "P45" parking or a grade);
// Nigerian naira "N35,000", "N2.4bn" (comma groups or a scale word: not "N95" masks); Ghanaian cedis "GH¢5,000", "₵2m";
// Bangladeshi taka "Tk 500 crore", "৳50"; any ISO 4217 code before an amount with a scale word ("RON 250 million",
// "EUR 49 mln"; not after "the": "the NHS 1.4 million staff").
const CUR = String.raw`(?:US\$|A\$|C\$|NZ\$|HK\$|S\$|R\$|NT\$|\$|£|€|¥|₹|₦|₱|₩|₽|₺|₪|₵|৳|GH[¢₵]\s?|\bTk\.?\s?(?=\d)|Rs\.?\s?|\bRp\.?\s?|\bRM(?=\d)|\b[KUT]?Shs?\.?\s?(?=\d)|\b(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|CAD|AUD|NZD|HKD|SGD|INR|PKR|BDT|LKR|IDR|MYR|THB|VND|KRW|TWD|ZAR|NGN|KES|UGX|GHS|EGP|AED|SAR|QAR|KWD|NIS|ILS|RUB|UAH|PLN|CZK|HUF|SEK|NOK|DKK|BRL|MXN|ARS|CLP)\s?(?=\d)|\bR(?=\d{1,3}(?:,\d{3})+|\d+\.\d|\d+(?:\.\d+)?[\s-]?(?:bn|m|tn|million|billion|trillion)\b)|\bP(?=\d+(?:\.\d+)?[\s-]?(?:bn|million|billion|trillion)\b)|\bN(?=\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:\.\d+)?[\s-]?(?:bn|m|tn|million|billion|trillion)\b)|(?<!\b[Tt]he\s)\b[A-Z]{3}\s?(?=\d+(?:\.\d+)?[\s-]?(?:[mb]ln|bn|m|tn|million|billion|trillion)\b))`;
const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const SCALE = String.raw`(?:[\s-]?(?:(?:lakh|thousand)\s+crore|trillion|billion|million|thousand|crore|lakh)\b|\s?(?:bn|tn|trn|[mb]ln)\b|(?:mn|m|k)\b)`;
const PCT = String.raw`(?:\s?%|\s?per\s?cent\b|\s?percent\b)`;
const ONE_NUM = `(${CUR})?(${NUM})(${SCALE})?(${PCT})?`;
const UNIT_ATTACHED = /(?:kWh|GWh|TWh|km\/h|mph|kmh|kph|km|kg|cm|mm|ft|lbs|lb|oz|GW|MW|kW|ha|ml|mg|sq|C|F|g|t)\b/y;

/** Dates, day ranges, times and periods ending on a date ("7 October", "Jan. 6", "April 6 to 8", "12/03/2024", "9/11", "10:30 a.m.", "8 o'clock",
 * "1400 GMT", "at 4 in the morning", "the 12 months to September", "the first three months of the year"): their numbers are not number facts.
 * The alternatives of one regex, in parts in their order (§), each compiled only for a sentence that passes its cheap test in DATE_GATES
 * (something every match of the part holds): most are costly to compile and many articles never need them. */
const DATE_SOURCES = String.raw`[\w-]+\s+(?:month|week|year|day|quarter)s?\s+(?:to|ending|ended|through|until)\s+(?:the end of\s+)?(?:\d{1,2}\s+)?${MONTHS}§(?:first|last|final|opening|closing)\s+[\w-]+\s+(?:month|week|quarter)s\s+of\s+(?:(?:the|this|last|next)\s+)?(?:year|\d{4})|\d{1,4}([/.-])\d{1,2}\1\d{1,4}§(?:\d{1,2}\s*[-–]\s*)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+${MONTHS}§${MONTHS}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?![,.]\d)(?:\s*(?:[-–]|to|through)\s*\d{1,2}\b(?![,.:]\d|\s*(?:[ap]\.?m|%)))?§\d{1,2}(?:/\d{1,2}|:\d\d|(?:[:.]\d\d)?\s?(?:[ap]\.?m|o['’]clock))§\d{3,4}\s?(?:GMT|BST|UTC|CES?T|E[SD]?T|P[SD]T|hrs|hours local|local time)|(?<=\bat\s)\d{1,2}\s+in\s+the\s+(?:morning|afternoon|evening)`.split('§');
const DATE_GATES = [
  /(?:month|week|year|day|quarter)s?\s+(?:to|ending|ended|through|until)\s+(?:the end of\s+)?(?:\d{1,2}\s+)?(?:Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec)/,
  /./,
  /\d(?:st|nd|rd|th)?(?:\s+of)?\s+(?:Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec)/,
  /./,
  /\d[/:]\d|\d\s?(?:[ap]\.?m|o['’]clock)/,
  /\d{3}\s?(?:[GBUCP]|E[SD]?T|hrs|hours local|local time)|at\s\d{1,2}\s+in\s/,
];
/** DATE_SOURCES' regexes, built on first need. */
const dateRes: RegExp[] = [];

/** `{ name: code }` from "nameCODE" entries (the code is the last three letters). */
const codes = (entries: string) => dict(Object.fromEntries(entries.split(' ').map((x) => [x.slice(0, -3), x.slice(-3)])));
const CURRENCY_WORDS = codes('dollarsUSD dollarUSD poundsGBP eurosEUR euroEUR yenJPY yuanCNY rupeesINR roublesRUB rublesRUB francsCHF pesosMXN randZAR ' +
  'liraTRY lireITL rupiahIDR nairaNGN bahtTHB ringgitMYR zlotysPLN kronerNOK kronorSEK dirhamsAED riyalsSAR shillingsKES');
const SCALE_VALUES = dict<number>({
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, bln: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
  crore: 1e7, lakh: 1e5, 'lakh crore': 1e12, 'thousand crore': 1e10,
});

// Alternation order is free here: anchored at `\s+$`, at most one alternative can match from a given start.
const HEDGE_RE =
  /\b((?:more|less|fewer|greater) than|at (?:least|most)|up to|as (?:many|much|few|little) as|no (?:more|fewer|less) than|not more than|close to|just (?:over|under|above|below)|well (?:over|above|below)|upwards of|in excess of|an (?:estimated|average of)|approximately|roughly|around|about|nearly|almost|some|over|under|above|below|estimated)\s+$/i;
/** "only", "just", "exactly" right before a number: it is a count, not an idiom ("only once", "just one"). */
const EXACT_RE = /\b(?:only|just|exactly)\s+$/i;
const MODIFIER_RE = /\b(another|a (?:further|record|total of|mere|whopping)|an (?:additional|extra)|only|just|all)\s+$/i;

/** Words that never belong to a counted noun phrase. */
const STOP = wordSet(
  
    'a an the this that these those and or but nor so yet if of in on at to from for with by into onto over under ' +
    'about around above below after before since during until till through across against between among amid within without ' +
    'per as than via toward towards upon near off out up down beyond despite including plus minus who whom whose ' +
    'which what where when why how is are was were be been being am has have had do does did will would shall ' +
    'should can could may might must it its he she they them their his her we us our you your i me my there here ' +
    'not no all each both either neither also only just even still ever never already while whereas although ' +
    'though because according respectively apiece alone less too very such ago later earlier then now again ' +
    'instead rather almost nearly some any every many much most others total last next ' +
    'whether once twice',
);

/** Frequent verbs and participles that end a noun phrase even without a tell-tale suffix. */
const VERBS = wordSet(
  'said say says die dies live lives work works remain remains went go goes came come comes took take ' +
    'takes made make makes got get gets gave give gives left lost won saw see sees became become ran ' +
    'run held hold holds face faces need needs want wants own owns chosen taken given known seen shown ' +
    'born sent kept found built caught brought bought paid sold told hit hurt put set cut shot beaten stolen ' +
    'driven written drawn thrown flown grown dead stay stood includes contains adds shows means seeks receives ' +
    'pays spends earns has doing going',
);

/** Verbs after an elided count that say it counts people ("50 died"). */
const HUMAN_VERBS =
  /^(died|dead|killed|injured|wounded|hurt|arrested|detained|missing|fled|evacuated|rescued|hospitali[sz]ed|drowned|displaced|executed|sentenced|charged|convicted|jailed|deported|stranded|infected|survived|voted|protested|marched|gathered|attended|signed)$/;

const IRREGULAR_PLURALS = wordSet(
  'people men women children police staff personnel cattle sheep fish deer aircraft crew feet teeth mice geese data media livestock offspring',
);
// Exceptions to isVerbish's suffix rules; shorter words never reach them ("fly", "bed", "king").
const NOUNS_IN_LY = wordSet('family rally supply assembly anomaly monopoly bully belly italy');
const NOUNS_IN_ED = wordSet('hundred shed speed seed feed breed creed steed deed reed weed heed');
const NOUNS_IN_ING = wordSet(
  'building spring string morning evening meeting ceiling offering earning saving sibling ' +
    'outing pudding dumpling wedding bombing shooting killing stabbing uprising landing ' +
    'heating warming funding spending housing lending borrowing financing pricing polling shipping sterling',
);
/** Words ending in -s that are not plurals. */
const NOT_PLURAL = wordSet('gas bias news series species means lens atlas canvas alias christmas');
const TIME_UNITS = wordSet('second minute hour day week month year decade century');
const MEASURE_UNITS = wordSet(
  'km kilometre kilometer metre meter mile foot feet inch yard kg kilogram gram pound tonne ton litre liter ' +
    'gallon barrel acre hectare degree mph knot square cubic',
);

/** Lower-case words that make the following number a label, not a quantity ("page 5", "No 10"). */
const LABEL_WORDS = wordSet(
  'no nos number page pages chapter section article paragraph line item room flight route gate level grade ' +
    'stage phase round episode season series version model lane platform row seat category type tier step ' +
    'exhibit clause rule amendment resolution division district ward unit block zone box channel track verse ' +
    'volume issue part figure table appendix annex day week game match leg heat race pier terminal bus ' +
    'highway interstate squad size code',
);

/** Words after "one" that make it idiomatic rather than a count ("one of", "one day"). */
const ONE_IDIOM_NEXT = wordSet('of another day time thing way side hand point place last more less such or and by after other');
const ONE_IDIOM_PREV = wordSet('the this that no any every each some which no-one someone anyone');

/** Lower-case words whose capitalised form is not a name (STOP plus hedges). */
const FUNCTION_CAPS = new Set([...STOP, ...'roughly approximately another estimated exactly fewer'.split(' ')]);

/**
 * Plural nouns a year often qualifies ("the 2016 elections"): a four-digit number before them stays a year.
 * Only tested on words isPluralNoun accepts.
 */
const YEAR_NOUNS =
  /^(?:data|(?:election|game|olympic|protest|riot|flood|attack|poll|midterm|accord|talk|negotiation|budget|figure|result|level|price|rate|number|standard|account|final|championship|award|playoff|serie|law|rule|reform|event|uprising|war|crise|agreement|target|goal|emission|estimate|forecast|projection|sanction|cut|plan|regulation|guideline|protocol|ranking|model|edition|version|season|campaign|exam)s)$/;

/** Words of a vote: a tally "220-207" or "31 to 9" nearby is two counts of votes. */
const VOTE_RE = /\b(?:vot(?:e|es|ed|ing)|ballots?|tally|jury|justices|ruled|majority|passed|approved|rejected|senators|lawmakers|MPs|Senate)\b/i;

const SPORT_RE =
  /\b(wins?|won|beat|beats|beaten|defeat(?:ed|s)?|victory|draw|drew|lost|loses?|scored?|scoring|goals?|lead|led|match|game|final|semi-finals?|quarter-finals?|innings|half-time|halftime|leg|tie|set|sets|scoreline|thrashing|triumph|comeback|league|cup|tournament)\b/i;

// ---------------------------------------------------------------------------
// Tokens

/** A word or punctuation mark of a sentence. Short field names: they survive minification. */
interface Token {
  /** As written. */
  t: string;
  /** Lower-case. */
  l: string;
  /** Start offset in the sentence. */
  s: number;
  /** End offset in the sentence. */
  e: number;
  /** True when it starts with a letter. */
  w: boolean;
}

/** A word (letters, marks, digits, inner apostrophes, periods, hyphens) or any other non-space character. */
const TOKEN_RE = re('gu')`[${L}${M}${N}]+(?:['’.\-‐][${L}${M}${N}]+)*|\S`;
/** An initialism short of its last period: "U.S", "U.N". */
const INITIALISM_RE = re('u')`^(?:[${Lu}]\.)+[${Lu}]$`;
const LETTER_START_RE = re('u')`^[${L}]`;
/** Any letter. */
const LETTER_RE = re('u')`[${L}]`;
const UPPER_RE = re('u')`[${Lu}]`;

function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const re = TOKEN_RE;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    let text = m[0];
    // Initialisms keep their last period: "U.S.", "U.N.".
    if (s[re.lastIndex] === '.' && INITIALISM_RE.test(text)) text += s[re.lastIndex++];
    // ASCII by a char test (its only letters are A-Z and a-z), the rest by the regex.
    const c = text.charCodeAt(0) | 32;
    out.push({ t: text, l: text.toLowerCase(), s: m.index, e: m.index + text.length, w: c < 128 ? c >= 97 && c <= 122 : LETTER_START_RE.test(text) });
  }
  return out;
}

/** A stop word, unless written as an acronym ("US", "IT"). */
/** Written as an acronym: "US", "IT". */
const ACRONYM_RE = re('u')`^[${Lu}]{2,}$`;
const isAcronym = (t: Token) => ACRONYM_RE.test(t.t);
const isStopTok = (t: Token) => STOP.has(t.l) && !isAcronym(t);
const isQuote = (t: string) => /^["'“”‘’«»]$/.test(t);
const UPPER_START_RE = re('u')`^[${Lu}]`;
const isCap = (t: string) => UPPER_START_RE.test(t);

function isPluralNoun(w: string): boolean {
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (NOT_PLURAL.has(w)) return false;
  return /[^su'’]s$/.test(w) && w.length > 2 && !/(?:ss|is|us|ics)$/.test(w);
}

function isVerbish(w: string): boolean {
  if (VERBS.has(w)) return true;
  if (w.length > 3 && w.endsWith('ed') && !NOUNS_IN_ED.has(w)) return true;
  if (w.length > 5 && w.endsWith('ing') && !NOUNS_IN_ING.has(w)) return true;
  if (w.length > 4 && w.endsWith('ly') && !NOUNS_IN_LY.has(w)) return true;
  return false;
}

function pluralize(w: string): string {
  const irregular: Record<string, string> = { man: 'men', woman: 'women', person: 'people', child: 'children', foot: 'feet', century: 'centuries' };
  if (irregular[w]) return irregular[w]!;
  if (isPluralNoun(w) || w === 'police' || w === 'staff') return w;
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (/(?:s|x|z|ch|sh)$/.test(w)) return w + 'es';
  return w + 's';
}

function pluralizePhrase(p: string): string {
  const words = p.split(' ');
  const last = words.pop()!;
  return [...words, pluralize(last)].join(' ');
}

function cleanPhrase(words: string[]): string {
  return words.map((w) => w.replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')).filter(Boolean).join(' ');
}

/**
 * A noun phrase starting at token `j`: up to four words (as written), ending at its plural head or a stop word.
 */
function forwardNP(toks: Token[], j: number): string[] | undefined {
  const words: string[] = [];
  while (j < toks.length && words.length < 4) {
    const t = toks[j]!;
    if (isQuote(t.t)) {
      j++;
      continue;
    }
    const w = t.l;
    const n = words.length;
    if (
      !t.w ||
      (!isAcronym(t) && (STOP.has(w) || (n > 0 && CURRENCY_WORDS[w] !== undefined))) ||
      /-on-/.test(w) || // "12% year-on-year"
      (n > 0
        ? // Proper nouns after a common noun start a new phrase ("five explosions Wednesday"); a plural before
          // a determiner is a verb ("the £1.2m scheme covers the road").
          /^(more|another|other|additional|extra|further|behind|ahead|clear|adrift)$/.test(w) || isVerbish(w) || (isCap(t.t) && !isCap(words[n - 1]!)) ||
          (isPluralNoun(w) && /^(?:the|a|an|its|their|his|her|this|these|those)$/.test(toks[j + 1]?.l ?? ''))
        : wordValue(w) !== undefined ||
          // A leading participle is an adjective only when a noun follows ("wounded soldiers").
          (isVerbish(w) && (!toks[j + 1]?.w || STOP.has(toks[j + 1]!.l) || isVerbish(toks[j + 1]!.l))))
    ) break;
    words.push(t.t);
    j++;
    // "the country's 110 million people": read past the possessive and its number.
    if (/['’]s$/.test(w)) {
      for (let x = toks[j]; x && (/^\d/.test(x.t) || wordValue(x.l) !== undefined || SCALE_VALUES[x.l] !== undefined || x.t === ','); x = toks[++j]);
    } else if (isPluralNoun(w)) break;
  }
  // "46,118 watched Sunderland": a verb, not a noun phrase.
  return words.some((x) => !isVerbish(x.toLowerCase())) ? words : undefined;
}

/** Skippable words when looking back from a number for what it measures ("the deficit is set to hit a record"). */
// Verbish words (see isVerbish) are skipped anyway and left out: "hit", "reached", "nearly".
const BACK_SKIP = wordSet(
  'is are was were be been being have had will would could should may might must forecast to at by of hits ' +
    'reach reaches rose rise rises risen fell fall falls fallen drop drops climb jump grew grow totals total ' +
    'stands stand end up down amount worth shrank slid a an record further another additional extra new mere ' +
    'just only than more less almost around about some over under now still already also from cost costs pay ' +
    'spend raise raises owe owes earn invest lend borrow receive between include contain',
);

/** Ends a noun phrase read backwards. */
const endsBackNP = (p: Token) => !p.w || isStopTok(p) || isVerbish(p.l) || BACK_SKIP.has(p.l);

/** The noun phrase (words as written) a number measures, looking back from token index `i` (inclusive). */
function backNP(toks: Token[], i: number, allowApposition: boolean): string[] | undefined {
  let steps = 0;
  let crossed = false;
  while (i >= 0 && steps < 10) {
    const t = toks[i]!;
    if (!t.w) {
      if (isQuote(t.t)) {
        i--;
        continue;
      }
      if (allowApposition && !crossed && steps === 0 && /^[-–—,:(]$/.test(t.t)) {
        crossed = true;
        while (i > 0 && /^[-–—]$/.test(toks[i - 1]!.t)) i--;
        i--;
        continue;
      }
      return undefined;
    }
    const w = t.l;
    if ((BACK_SKIP.has(w) || (isVerbish(w) && !isCap(t.t)) || (w.includes('-') && !isCap(t.t)))) {
      i--;
      steps++;
      continue;
    }
    if (isStopTok(t) || /\d/.test(w)) return undefined;
    // Collect the phrase backwards.
    const to = i + 1;
    let from = i;
    while (from > 0 && to - from < 4) {
      const p = toks[from - 1]!;
      if (!isQuote(p.t) && endsBackNP(p)) break;
      from--;
    }
    while (from < to && isQuote(toks[from]!.t)) from++;
    // The noun of another number ("by 0.25 percentage points to 5.25%"): look further back.
    if (/^\d/.test(toks[from - 1]?.t ?? '') && !isYearDigits(toks[from - 1]!.t)) {
      i = from - 2;
      steps += 2;
      continue;
    }
    let np = toks.slice(from, to).filter((x) => !isQuote(x.t));
    // "the gap between US exports and imports" → "gap"; "the death toll from floods in Pakistan" → "death toll";
    // but "the number of people" → "people".
    for (let level = 0; level < 3; level++) {
      let pre = toks[from - 1];
      // Coordination: "between US exports and imports".
      if (pre && /^(and|or)$/.test(pre.l)) {
        let k = from - 2;
        while (k >= 0 && from - k < 5 && toks[k]!.w && !isStopTok(toks[k]!) && !isVerbish(toks[k]!.l)) k--;
        if (k < from - 2 && /^(of|between|for|among)$/.test(toks[k]?.l ?? '')) {
          from = k + 1;
          pre = toks[k];
        }
      }
      if (pre && /^(the|a|an|its|their|his|her)$/.test(pre.l) && /^(of|for|from|in|on|to|with|without)$/.test(toks[from - 2]?.l ?? '')) {
        pre = toks[--from - 1];
      }
      const k = from - 2;
      const head = toks[k];
      if (
        !/^(of|between|for|among|on|in|from|to|with|without)$/.test(pre?.l ?? '') || !head || isStopTok(head) || !head.w || isVerbish(head.l) ||
        /^(number|total|count|tally|majority|share|proportion|percentage|group|handful)$/.test(head.l)
      ) break;
      from = k;
      while (from > 0 && k + 1 - from < 3 && !endsBackNP(toks[from - 1]!)) from--;
      np = toks.slice(from, k + 1);
    }
    return np.map((x) => x.t);
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Candidates

interface Cand {
  /** Start and end offsets in the sentence, value, kind, counted noun phrase and its source (short names survive minification). */
  s: number;
  e: number;
  v: number;
  valueMax?: number;
  k: NumberKind;
  unit?: string;
  currency?: string;
  sp?: boolean;
  hedge?: string;
  modifier?: string;
  n?: string;
  cf?: CountsSource;
  subject?: string;
  score?: [number, number];
  /** Which side of `score` this is. */
  side?: 0 | 1;
  vague?: boolean;
  /** Counted word carried by the span itself ("five-year" → "years"). */
  cp?: string;
  /** Currency written as a word after the number ("dollars"). */
  cw?: string;
}

function parseNum(s: string): number {
  return Number(s.replace(/[,\s]/g, ''));
}

/**
 * Thousands grouped by spaces ("430 000", "R1 200 000": SI, French and South African style): a 1-3 digit head, then
 * groups of exactly three; not after a digit, a code, a month or a label word ("in 2023 300 people", "March 3 100",
 * "aged 18 500"), nor before more digits ("2 1", "5 000 3").
 */
const SPACE_GROUPS_RE = /(?<=^|[^\w.,/:'’-]|\bR)(?<!\b(?:Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec|aged?|[Nn]umber)[a-z]*\.?\s)[1-9]\d{0,2}(?:\s\d{3})+(?!\d|,\d|\s\d)/g;

function scaleOf(raw: string | undefined): number {
  if (!raw) return 1;
  return SCALE_VALUES[raw.replace(/[\s-]+/g, ' ').trim().toLowerCase()] ?? 1; // "$142-million"
}

function overlaps(ranges: Array<[number, number]>, s: number, e: number): boolean {
  for (const [a, b] of ranges) if (s < b && e > a) return true;
  return false;
}

/** Compiled once; every use resets `lastIndex` first. */
const NUM_G = new RegExp(ONE_NUM, 'g');

/** Something every date match needs: a digit, a month name or abbreviation, "first"/"last"/"final"/"opening"/"closing". */
const MAY_HAVE_DATE_RE = /[0-9]|Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec|first|last|final|opening|closing/;

/** DATE_SOURCES' first part ("the 12 months to September") needs one of these words, then one of the next as the following token. */
const PERIOD_UNITS = wordSet('month months week weeks year years day days quarter quarters');
const PERIOD_ENDS = wordSet('to ending ended through until');

/** A unit token followed by a period's end ("months to"): needed by DATE_SOURCES' first part, cheaper than its regex gate. */
function mayEndPeriod(toks: Token[]): boolean {
  for (let i = 1; i < toks.length; i++) if (PERIOD_ENDS.has(toks[i]!.t) && PERIOD_UNITS.has(toks[i - 1]!.t)) return true;
  return false;
}

/** The spans of DATE_SOURCES' matches, one from every start (so overlapping ones too). */
function dateRanges(s: string, toks: Token[]): Array<[number, number]> {
  // Every date match holds a digit, a month or one of its "first … months of" words.
  if (!MAY_HAVE_DATE_RE.test(s)) return [];
  // At each start the first part that matches wins, as the first alternative of one regex would.
  const ends = new Map<number, number>();
  DATE_SOURCES.forEach((source, i) => {
    if (i ? !DATE_GATES[i]!.test(s) : !(mayEndPeriod(toks) && DATE_GATES[0]!.test(s))) return;
    const re = (dateRes[i] ??= new RegExp(`\\b(?:${source})\\b`, 'g'));
    // Each loop runs until exec fails, which resets lastIndex to 0.
    for (let m; (m = re.exec(s)); re.lastIndex = m.index + 1) if (!ends.has(m.index)) ends.set(m.index, m.index + m[0].length);
  });
  return [...ends].sort((a, b) => a[0] - b[0]);
}

/** Names a capitalised word before a number forms ("Article 5", "Flight 370"), unless it is a function word or possessive. */
function isLabelBefore(toks: Token[], pos: number): boolean {
  const p = toks[prevTokenIndex(toks, pos)];
  if (!p || !p.w) return false;
  if (LABEL_WORDS.has(p.l)) return true;
  if (!UPPER_RE.test(p.t)) return false; // "Article 5", "iPhone 15"
  // A verb opening the sentence is no name: "Set 331 to win, …", "Give 10 examples".
  if (toks.indexOf(p) === countWhile(toks, (t) => !t.w) && (VERBS.has(p.l) || isVerbish(p.l))) return false;
  if (FUNCTION_CAPS.has(p.l)) return false;
  if (/['’]s$/.test(p.t)) return false;
  return true;
}

/** How many tokens pass `f` before the first that does not (tokens are in text order). */
function countWhile(toks: Token[], f: (t: Token) => boolean): number {
  let i = 0;
  while (i < toks.length && f(toks[i]!)) i++;
  return i;
}

/** Index of the last token ending at or before `pos` (-1 when none). */
const prevTokenIndex = (toks: Token[], pos: number) => countWhile(toks, (t) => t.e <= pos) - 1;

/** Index of the first token starting at or after `pos` (`toks.length` when none). */
const nextTokenIndex = (toks: Token[], pos: number) => countWhile(toks, (t) => t.s < pos);

/** Marks `c` as money in the currency written `cur` ("US$", "£", "Rs."). */
function asMoney(c: Cand, cur: string): void {
  c.k = 'money';
  c.unit = cur.replace(/\s|\./g, '');
  // A bare "Sh" is the Kenyan or the Tanzanian shilling: no code, but counted in shillings.
  c.currency = currencyCode(c.unit);
  if (/^Shs?$/.test(c.unit)) c.cw = 'shillings';
}

function asPercent(c: Cand): void {
  c.k = 'percent';
  c.unit = '%';
}

/** Compounds: "-year-old" (`old`) makes an age, "-year" a duration, "-member" counts members, "-strong" nothing. */
function setCompound(c: Cand, unit: string, old: boolean): void {
  if (old) c.k = 'age';
  else if (TIME_UNITS.has(unit)) c.k = 'duration';
  else if (MEASURE_UNITS.has(unit)) c.k = 'measure';
  c.cp = unit === 'strong' ? '' : pluralize(unit);
}

/** Up to `n` characters of `s` before offset `i`. */
const textBefore = (s: string, i: number, n: number) => s.slice(Math.max(0, i - n), i);

/** A hedge ("about", "more than") ends right before offset `i`. */
const hedgedAt = (s: string, i: number) => HEDGE_RE.test(textBefore(s, i, 24));

/** The first lower-case word `re` finds at the start of `text` (after spaces), or "". */
const firstWord = (text: string, re = /^\s+([a-z]+)/) => re.exec(text)?.[1] ?? '';

/** Four digits 1000–2199: a year unless something says otherwise. */
const isYearDigits = (n: string) => /^(?:1\d|2[01])\d\d$/.test(n);
/** A character that makes a number before it part of a word or code: "MH17", "#1", "24/7", "'90s". */
const WORD_OR_CODE_CHAR_RE = re('u')`[${L}${N}#/:@'’_.]`;
const ALNUM_RE = re('u')`[${L}${N}]`;
/** One to three capitalised words and a street noun: " Downing Street". */
const ADDRESS_RE = re('u')`^\s+(?:[${Lu}][${L}'’-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Drive|Way|Place|Square)\b`;
/** A street word after a space: what ADDRESS_RE needs, tested first so its costly letter classes are compiled only then. */
const STREET_WORD_RE = /\s(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Drive|Way|Place|Square)\b/;

function numericCandidates(s: string, toks: Token[], excluded: Array<[number, number]>, sport: () => boolean): Cand[] {
  const out: Cand[] = [];
  const re = NUM_G;
  re.lastIndex = 0;
  const sep = /\s?[-–—]\s?|\s+to\s+|\s+and\s+/y;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = m.index;
    let end = start + m[0].length;
    const [, cur, num, scaleRaw, pct] = m;
    const before = s[start - 1] ?? '';
    const before2 = s[start - 2] ?? '';
    // Part of a word or code: "MH17", "COVID-19", "24/7", "'90s", "#1".
    if (
      (WORD_OR_CODE_CHAR_RE.test(before) && !cur) || (/[-‐]/.test(before) && ALNUM_RE.test(before2) && !cur) ||
      (before === ',' && /\d/.test(before2))
    ) continue;
    const cand: Cand = { s: start, e: end, v: parseNum(num!) * scaleOf(scaleRaw), k: 'count' };
    if (cur) asMoney(cand, cur);
    else if (pct) asPercent(cand);
    // Attached unit or letters: "5km", "40C", "1990s", "5G", "2nd".
    if (LETTER_RE.test(s[end] ?? '')) {
      if (scaleRaw || pct) continue;
      UNIT_ATTACHED.lastIndex = end;
      const u = UNIT_ATTACHED.exec(s);
      if (!u) continue;
      cand.e = end += u[0].length;
      cand.k = 'measure';
      cand.unit = u[0];
    }
    // Ranges and scores: "$2-$3.8 trillion", "10-15%", "3-1", "between 2 and 3 million".
    sep.lastIndex = end;
    const sm = sep.exec(s);
    let second: RegExpExecArray | null = null;
    if (sm) {
      // NUM_G's match from there if it starts there (a sticky twin would cost one more regex compilation).
      const at = end + sm[0].length, resume = re.lastIndex;
      re.lastIndex = at;
      second = re.exec(s);
      if (second?.index !== at) second = null;
      re.lastIndex = resume;
      if (second && LETTER_RE.test(s[second.index + second[0].length] ?? '') && !second[3]) second = null;
      // A year then an amount: "its budget for 2026 to 1.9 billion pesos" is no range.
      if (second && isYearDigits(num!) && !cur && !scaleRaw && !pct && (second[1] || second[3] || second[4])) second = null;
    }
    if (second) {
      const secondEnd = second.index + second[0].length;
      const glue = sm![0].trim();
      const dash = glue.length < 2; // not "to" or "and"
      const v2 = parseNum(second[2]!) * scaleOf(second[3] ?? scaleRaw);
      const lower = textBefore(s, start, 10).toLowerCase();
      const secondMore = (!!second[3] && !scaleRaw) || (!!second[4] && !pct);
      if (isYearDigits(num!) && !cur && !scaleRaw && !pct) {
        re.lastIndex = secondEnd;
        continue; // "2006-07", "2006 to 2015"
      }
      // Both ends must be one kind of quantity: "26% to $1.03 billion" is a change and a new level, two facts.
      // The second end may carry the unit for both ("$2-3.8 trillion", "10-15%"), never another one.
      const unit1 = cur ? cur.trim() : pct ? '%' : '';
      const unit2 = second[1] ? second[1].trim() : second[4] ? '%' : '';
      const sameKind = unit1 === unit2 || (!unit2 && !!cur) || (!unit1 && unit2 === '%');
      // Both ends written in full ("3% and 4%", "rose $1 billion to $5 billion"): two facts, as readers list them;
      // but an ascending pair after "at", "of", "to" or a copula is one estimate's range ("put the damage at 30
      // million to 35 million euros", "a margin of 4% to 4.5%"), not a change and a new level.
      const fullForm = sameKind && (!!unit1 || !!scaleRaw) && unit1 === unit2 && !!scaleRaw === !!second[3];
      const span = fullForm && glue !== 'and' && v2 > parseNum(num!) * scaleOf(scaleRaw) &&
        /\b(?:at|of|to|is|are|was|were|be|been)\s+$/i.test(textBefore(s, start, 40).replace(HEDGE_RE, ''));
      const full = fullForm && !span;
      if (
        sameKind && !full &&
        (dash || span || (glue === 'and' ? /\bbetween\s+$/.test(lower) : secondMore && !/\bfrom\s+$/.test(lower)))
      ) {
        const v1 = parseNum(num!) * scaleOf(scaleRaw ?? second[3]);
        const plain = !cur && !scaleRaw && !pct && !second[1] && !second[3] && !second[4];
        re.lastIndex = secondEnd;
        // Dashed plain integers: a score in a sports story ("3-1") or a tally ("220-207": ranges ascend), one
        // fact a side. Without a game or a vote nearby a descending pair is a label ("747-400", "a 9-5 job").
        if (
          plain && dash && cand.k === 'count' && Number.isInteger(v1) && Number.isInteger(v2) &&
          (v2 < v1 || (v1 <= 200 && v2 <= 200 && sport() && !isPluralNoun(firstWord(s.slice(secondEnd)))))
        ) {
          if (
            (VOTE_RE.test(s) || sport()) && !overlaps(excluded, start, secondEnd) &&
            !(v1 > 200 && isLabelBefore(toks, start))
          ) {
            const score: [number, number] = [v1, v2];
            // A run of set scores ("6-4, 3-6, 7-6 (7-4)", "6-4 6-2"): one fact a set, valued by its first figure;
            // a tie-break in brackets is skipped.
            const tb = /^\s?\(\d+(?:[-–]\d+)?\)/.exec(s.slice(secondEnd));
            const setAfter = /^,?\s\d{1,2}\s?[-–]\s?\d{1,2}\b/.test(s.slice(secondEnd + (tb?.[0].length ?? 0)));
            if (setAfter || /\d\s?[-–]\s?\d{1,2}(?:\s?\(\d+(?:[-–]\d+)?\))?,?\s$/.test(textBefore(s, start, 16))) {
              out.push({ s: start, e: secondEnd, v: v1, k: 'score', score });
              re.lastIndex = secondEnd + (tb?.[0].length ?? 0);
              continue;
            }
            out.push({ s: start, e: end, v: v1, k: 'score', score, side: 0 });
            out.push({ s: second.index, e: secondEnd, v: v2, k: 'score', score, side: 1 });
          }
          continue;
        }
        // "Boeing 737-800", "Articles 5-7": a label's range.
        if (plain && isLabelBefore(toks, start)) continue;
        cand.e = secondEnd;
        cand.v = v1;
        cand.valueMax = v2;
        if (second[4] && !pct) asPercent(cand);
        if (second[1] && !cur) asMoney(cand, second[1]);
        if (!overlaps(excluded, start, secondEnd)) out.push(cand);
        continue;
      }
      if (secondMore && sameKind) {
        // "from 5 to 10 million", "rose from 4 to 5%": the first number inherits the scale and unit.
        cand.v = parseNum(num!) * scaleOf(second[3] ?? scaleRaw);
        if (second[4] && !pct) asPercent(cand);
      }
    }
    // Years: a bare four-digit number, unless hedged ("some 1500 people"). (A scaled value is far above 2200.)
    if (!cur && !scaleRaw && !pct && cand.k !== 'measure' && isYearDigits(num!) && cand.v < 2200) {
      const nextWord = firstWord(s.slice(end, end + 30), /^\s+([a-z]+)\b/);
      const prevWord = /([A-Za-z]+)['’]?s?\s+$/.exec(textBefore(s, start, 20))?.[1]?.toLowerCase() ?? '';
      const countNoun =
        isPluralNoun(nextWord) && !YEAR_NOUNS.test(nextWord) &&
        !/^(in|since|by|from|until|till|before|after|to|of|the|during|between|and|or|early|late|mid|year|fiscal|around|circa|this|that|last|next|its|their|his|her)$/.test(prevWord);
      if (!countNoun && !HEDGE_RE.test(textBefore(s, start, 24))) continue;
    }
    if (
      overlaps(excluded, start, end) ||
      // Addresses: "10 Downing Street".
      (STREET_WORD_RE.test(s.slice(end, end + 60)) && ADDRESS_RE.test(s.slice(end, end + 60))) ||
      // Emergency numbers: "a 911 call", "dialled 999" (not "called 112 witnesses").
      (!cur && /^(?:911|999|112|000)$/.test(num!) && (/^\s*(?:calls?|callers?|dispatch|operators?|emergency|line|hotline|services?|cent)/i.test(s.slice(end, end + 12)) ||
        (/\b(?:dial|call|ring|rang|phon|text)\w*\s+$/i.test(textBefore(s, start, 12)) && !isPluralNoun(firstWord(s.slice(end, end + 30))))))
    ) continue;
    // A bare "m" is million before a plural noun ("2m people"), else metres ("the 100m final").
    if (!cur && scaleRaw === 'm') {
      const nw = firstWord(s.slice(end, end + 30));
      // Also before a currency word ("40m lire") or a noun then a plural after no article ("sold 9m cinema tickets").
      const nw2 = firstWord(s.slice(end + nw.length + 1, end + 60));
      if (!isPluralNoun(nw) && nw !== 'of' && CURRENCY_WORDS[nw] === undefined &&
        !(/^[a-z]+$/.test(nw) && isPluralNoun(nw2) && !/\b(?:the|an?|his|her|its|their|our)\s+$/i.test(textBefore(s, start, 6)))) {
        cand.v = parseNum(num!);
        cand.k = 'measure';
        cand.unit = 'm';
      }
    }
    // "minus 5 degrees"
    const minus = !cur && /\bminus\s+$/i.exec(textBefore(s, start, 6));
    if (minus) {
      cand.s = start - minus[0].length;
      cand.v = -cand.v;
    }
    // A margin is no label: "leaving McLaren 27 points ahead", "put Smith two shots clear".
    // A rank in a table: "No. 34 in the world ranking", "up to No. 5 in the standings".
    if (!cur && /\bNo\.\s*$/.test(textBefore(s, start, 5)) && RANKING_RE.test(s.slice(end, end + 60))) {
      out.push({ ...cand, k: 'ordinal', n: 'place', cf: 'noun' });
      continue;
    }
    if ((!cur && !pct && isLabelBefore(toks, start) && !/^\s+[a-z]+s\s+(?:ahead|behind|clear|adrift|short|back|ago|later|earlier)\b/.test(s.slice(end, end + 30)) && !unitAfter(s.slice(end, end + 40))) ||
      /\b(?:No|no|Nos|Number|number)\.?\s*$/.test(textBefore(s, start, 8))) continue;
    // Compounds: "19-year-old", "five-year", "500-strong", "12-member"; "40-plus", "30-odd" are hedges.
    const comp = /^[-‐]([a-z]+(?:[-‐][a-z]+)*)/.exec(s.slice(end, end + 40));
    if (comp && !pct) {
      const [unit, next] = comp[1]!.split(/[-‐]/) as [string, string?];
      if (unit === 'plus' || unit === 'odd') {
        cand.hedge = unit === 'plus' ? 'more than' : 'about';
        cand.e += comp[0].length;
      } else if (/^(fold|something|ish|yard|pronged)$/.test(unit)) continue;
      else if (next === 'old' && TIME_UNITS.has(unit)) {
        cand.e += comp[0].length;
        setCompound(cand, unit, true);
      } else if (cand.k === 'count') setCompound(cand, unit, false);
    }
    out.push(cand);
    re.lastIndex = cand.e;
  }
  return out;
}

/**
 * Whether a unit follows a number, which a label ("Article 5", "iPhone 15") never has: a currency word, after up to
 * two capitalised words ("fined Team Sky 500 Swiss francs"), or a time unit ("docked Smith 20 seconds").
 */
function unitAfter(rest: string): boolean {
  const m = /^\s+((?:[A-Z][a-z]+\s+){0,2})([a-z]+)\b/.exec(rest);
  return !!m && (CURRENCY_WORDS[m[2]!] !== undefined || (!m[1] && (m[2] === 'times' || TIME_UNITS.has(m[2]!.replace(/s$/, '')))));
}

/** A hyphen: a number right before one is a compound ("two-shot lead"). */
const HYPHEN_RE = /[-‐]/;
/** After "No. 5": a place in a table ("in the world ranking", "in the U.S. Ryder Cup standings"). */
const RANKING_RE = /^\s+in\s+the\s+(?:[\w.'’-]+\s+){0,4}?(?:rankings?|standings|table|charts?|polls?|seedings?|list)\b/i;
/** After a number and its noun, a margin: "one shot behind", "two points clear". */
const MARGIN_RE = /^(?:behind|ahead|clear|adrift|back)$/;

const FRACTION_DEN = /^(?:third|quarter|fifth|sixth|eighth|tenth)s?$/;
/** Words after a fraction that opens an item of a split: "half goes to", ": a quarter on results", ", a third for". */
const SHARE_NEXT = wordSet('in on to for from goes go went is was are were will would being');
/** Another share in the sentence: a percentage, a fraction or "the rest". */
const OTHER_SHARE_RE = /%|\bper ?cent|\b(?:rest|remain|half|quarter|third|fifth|tenth)/i;

/** A fraction from token `i` to `end` opening an item of a split ("8% goes to the league; half in equal shares, a quarter on
 * results and a tenth on audiences"): a clause start or "and", a verb or preposition after it, and another share elsewhere
 * in the sentence. */
function isShareItem(s: string, toks: Token[], i: number, end: number): boolean {
  const p = toks[i - 1], nx = toks[nextTokenIndex(toks, end)];
  return (!p || (!p.w && /^[:;,—–]$/.test(p.t)) || p.l === 'and') && !!nx && SHARE_NEXT.has(nx.l) && OTHER_SHARE_RE.test(s.slice(0, toks[i]!.s) + ' ' + s.slice(end));
}

/** Factor words: "twice", "doubled", "treble", "halved", "once". */
const MULTIPLES = dict<number>({
  once: 1, twice: 2, double: 2, doubled: 2, triple: 3, tripled: 3, treble: 3, trebled: 3, quadruple: 4, quadrupled: 4, halved: 0.5,
});
/** What follows a factor used as one: "twice the rate", "double its size", "twice as many". */
const MULTIPLE_NEXT = /^(?:the|as|that|its|their|his|her|what|this|those|these|our)$/;
/** Vague plural magnitudes and their floors; "of thousands" multiplies ("tens of thousands" = 10,000). */
const VAGUE_BASES = dict<number>({
  tens: 10, dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
});

/** The words besides number words {@link spelledCandidates} reads without a hyphen. */
const SPELLED_OTHER = new Set([...Object.keys(MULTIPLES), ...Object.keys(VAGUE_BASES), 'a', 'an', 'half', 'single']);
/** Their first letters and those of the number words, a bit each from a (bit 0) to z. */
const SPELLED_FIRST = [...SPELLED_OTHER, ...UNIT_NAMES, ...TENS_NAMES].reduce((bits, w) => bits | (1 << (w.charCodeAt(0) - 97)), 0);

/** A past-tense or perfect verb: "paid", "has", "were". */
const PAST_RE = re('u')`^(?:[${Ll}]+ed|has|have|had|was|were|been)$`;

function spelledCandidates(s: string, toks: Token[], excluded: Array<[number, number]>): Cand[] {
  const out: Cand[] = [];
  const add = (start: number, end: number, value: number, kind: NumberKind = 'fraction'): Cand => {
    const c: Cand = { s: start, e: end, v: value, k: kind, sp: true };
    out.push(c);
    return c;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.w) continue;
    const w = t.l;
    const hyphen = w.includes('-') || w.includes('‐');
    // Most words are none of the forms below: skip them before any lookup (by their first letter), then any regex.
    const c0 = w.charCodeAt(0) - 97;
    if (!hyphen && !(c0 >= 0 && c0 < 26 && (SPELLED_FIRST >> c0) & 1)) continue;
    const wv = wordValue(w);
    if (wv === undefined && !hyphen && !SPELLED_OTHER.has(w)) continue;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    const atStart = !prev || (!prev.w && /^["'“‘(\[:—–-]$/.test(prev.t));
    const midCap = isCap(t.t) && !atStart;
    if (
      wv !== undefined &&
      // Mid-sentence capitals are names: "World War Two", "Formula One", "the Big Three".
      ((midCap && !/^(a|an|half)$/.test(w)) ||
        // Labels: "day three", "number one", "game seven" (not a margin, nor a time back: "won a match nine days ago").
        (prev?.w && LABEL_WORDS.has(prev.l) && !/^(?:behind|ahead|clear|adrift|back|ago|later|earlier)$/.test(toks[i + 2]?.l ?? '')))
    ) continue;
    // Parent-of: "father-of-two".
    const parent = hyphen && w.includes('-of-') ? /^(?:(?:grand)?(?:father|mother|parent)|dad|mum|mom)s?-of-([a-z-]+)$/.exec(w) : null;
    if (parent) {
      const v = wordValue(parent[1]!) ?? (/^\d+$/.test(parent[1]!) ? +parent[1]! : undefined);
      if (v !== undefined) add(t.s, t.e, v, 'count').cp = 'children';
      continue;
    }
    // Fractions: "two-thirds", "three-quarters", "a third of", "half of".
    const hy = hyphen ? /^([a-z]+)[-‐]([a-z]+)(?:[-‐]([a-z]+))?$/.exec(w) : null;
    if (hy) {
      const [, first, unit, third] = hy as unknown as [string, string, string, string?];
      const fv = FRACTION_DEN.test(unit) ? fractionValue(`${first} ${unit}`) : undefined;
      if (fv !== undefined) {
        add(t.s, t.e, fv);
        continue;
      }
      // A rate move: "a quarter-point cut", "a half-point rise" (percentage points).
      if (/^(?:quarter|half)$/.test(first) && unit === 'point' && !third) {
        add(t.s, t.e, first === 'half' ? 0.5 : 0.25).cp = 'percentage points';
        continue;
      }
      // Not "twenty-five": "five-year-old", "ten-year", "500-strong" in words.
      if (wv === undefined) {
        const v = wordValue(first);
        if (v !== undefined && !midCap) {
          if (third === 'old' && TIME_UNITS.has(unit)) setCompound(add(t.s, t.e, v, 'count'), unit, true);
          // "a three-time Olympic champion", "four-times world champion": how many titles (a "one-time" is former).
          else if (!third && /^times?$/.test(unit) && v > 1 && next?.w) {
            const np = forwardNP(toks, i + 1);
            if (np) Object.assign(add(t.s, t.e, v, 'count'), { n: `times ${cleanPhrase(np)}`, cf: 'default' });
          }
          else if (
            !third && !(v === 1 && !TIME_UNITS.has(unit)) &&
            !/^(way|sided|time|times|fold|off|tier|thirds|quarters|dimensional|party|horse|faced|track|pronged|handed|legged|nil|all|plus|odd)$/.test(unit)
          ) setCompound(add(t.s, t.s + first.length, v, 'count'), unit, false);
        }
        continue;
      }
    }
    // "a single dose", "gave agencies a single day": one (not "a single mother", "a single market", nor a merger's
    // "fold them into a single body", "replace it with a single regulator": unified, not counted; nor the time
    // frame of an emphasis: "rose 11% in a single year").
    if (w === 'single' && prev?.l === 'a' && next?.w && !/\b(?:not|never|no|without)\b[^,;.]*$|\b(?:into|in|within|during|over|replac\w*\b[^,;.]*\bwith)\s+a\s+$/i.test(textBefore(s, t.s, 40)) && !isVerbish(next.l) && !/^(?:mother|father|parent|mum|mom|dad|market|currency|file|point|source|payer)s?$/.test(next.l)) {
      add(t.s, t.e, 1, 'count').cp = pluralize(next.l);
      continue;
    }
    // "half of", "about half", "cut by half"; "half a million" is read below.
    if (w === 'half' && !(next?.l === 'a' && /^(million|billion|trillion|dozen)$/.test(toks[i + 2]?.l ?? ''))) {
      if (
        !/^(first|second|a|the|and|one|other|latter|former|back)$/.test(prev?.l ?? '') &&
        (hedgedAt(s, t.s) || prev?.l === 'by' || /^(of|the|its|their|his|her|our|all|them|that|this|those|these|price)$/.test(next?.l ?? '') ||
          isShareItem(s, toks, i, t.e))
      ) add(t.s, t.e, 0.5);
      continue;
    }
    // Factors: "twice the rate", "more than doubled", "nearly double the target", "scored twice", "only once".
    const factor = MULTIPLES[w];
    if (factor !== undefined) {
      const nx = next?.l ?? '';
      // A past or perfect verb earlier in the clause, with no modal after it: "has won the title twice", "met her
      // twice", not "said residents should not pay twice".
      const clause = textBefore(s, t.s, 60).split(/[,;:—–]/).pop()!.split(/\s+/);
      const pastAt = clause.findLastIndex((x) => PAST_RE.test(x) || VERBS.has(x) || (PAST_IRREGULAR.has(x) && x !== 'thought'));
      const pastBefore = pastAt >= 0 && !clause.slice(pastAt).some((x) => /^(?:should|would|could|will|shall|can|may|might|must|to|not)$/.test(x));
      if (
        w === 'once'
          ? // "only once at home", not "only once the war ends"
            // "won twice on the DP World Tour and once on the PGA Tour": a tally beside another.
            (hedgedAt(s, t.s) || EXACT_RE.test(textBefore(s, t.s, 9)) || /\b(?:twice|\w+ times)\b[^.;]*\b(?:and|or|but)\s+$/i.test(textBefore(s, t.s, 80))) &&
            (!next?.w || /^(?:in|at|since|before|during|against|for|on|last|over|after|every|per)$/.test(nx))
          : w === 'twice'
            ? MULTIPLE_NEXT.test(nx) || hedgedAt(s, t.s) || pastBefore || /^(?:only|just)$/.test(prev?.l ?? '')
            : /ed$/.test(w)
              ? !/^(?:down|up|as|over|back)$/.test(nx)
              : // "double the target", "promised to triple aid", not "won the double this season", "to double down"
                (MULTIPLE_NEXT.test(nx) && nx !== 'as' && !/^(?:a|an|the|his|her|their|its)$/.test(prev?.l ?? '')) ||
                (/^(?:to|will|would|could|can|may|might|should|must)$/.test(prev?.l ?? '') && !!next?.w && !/^(?:down|up|back|over|as|in|on|out)$/.test(nx))
      ) add(t.s, t.e, factor, 'multiple');
      continue;
    }
    // Vague magnitudes: "tens of thousands", "hundreds of millions", "thousands of", "dozens more" (floor and ceiling).
    const vague = VAGUE_BASES[w];
    if (vague !== undefined && !/^(?:the|their|its|in|into|by|of|to)$/.test(prev?.l ?? '')) {
      let end = t.e;
      let v = vague;
      let top = vague === 12 ? 100 : vague * 10;
      const scale = toks[i + 2];
      if (next?.l === 'of' && scale && VAGUE_BASES[scale.l]! >= 1000 && vague < 1000) {
        v *= VAGUE_BASES[scale.l]!;
        top *= VAGUE_BASES[scale.l]!;
        end = scale.e;
        i += 2;
      }
      const after = toks[nextTokenIndex(toks, end)];
      if (after?.w && (/^(?:of|more|others|without|across|were|are|have|had|took|remain)$/.test(after.l) || isVerbish(after.l))) {
        const c = add(t.s, end, v, 'count');
        c.valueMax = top - 1;
        c.vague = true;
      }
      continue;
    }
    // "a third of", "one quarter of", "two thirds of"; "by a quarter", "nearly a third"
    if (
      /^(a|an|one|two|three|four)$/.test(w) && next && FRACTION_DEN.test(next.l) &&
      // Not a span of time: "a quarter of a century", "a quarter of an hour", "by a quarter past six".
      (toks[i + 2]?.l === 'of' ? !/^(?:century|hour)$/.test(toks[i + 4]?.l ?? '') :
        (prev?.l === 'by' || hedgedAt(s, t.s) || isShareItem(s, toks, i, next.e)) && !/^(?:past|century|hour|mile|final|finals|point|points|percentage)$/.test(toks[i + 2]?.l ?? ''))
    ) {
      const fv = fractionValue(`${w} ${next.l}`);
      if (fv !== undefined) {
        add(t.s, next.e, fv);
        i++;
        continue;
      }
    }
    // "a decade" (10 years), "a century"; hedged "less than an hour", "more than a year" (durations, not dates: "a decade ago").
    if ((w === 'a' || w === 'an') && next && prev?.l !== 'of') {
      // A span after a preposition or verb of time ("within a week", "for a year", "drive an hour", "take a year or
      // more"), when the clause goes on or ends there (not "for a day pass", "for a week of talks").
      const after = toks[i + 2], span = /^(?:minute|hour|day|week|month|year)$/.test(next.l) &&
        /^(?:for|within|take|takes|took|taking|taken|last|lasts|lasted|lasting|spend|spends|spent|spending|wait|waits|waited|waiting|drive|drove|driving|walk|walked|walking)$/.test(prev?.l ?? '') &&
        (!after || (after.w ? /^(?:in|at|on|to|for|from|and|but|while|when|because|with|without|as|until|since|now)$/.test(after.l) ||
          (after.l === 'or' && /^(?:more|longer|so)$/.test(toks[i + 3]?.l ?? '')) : /^[.,;:!?)"”]/.test(after.t)));
      const per = next.l === 'decade' ? 10 : next.l === 'century' ? 100 : (hedgedAt(s, t.s) || span) && /^(?:minute|hour|day|week|month|year)$/.test(next.l) ? 1 : 0;
      if (per && (span || !/^(?:ago|earlier|later|before|after|old|or|and)$/.test(after?.l ?? '')) && !overlaps(excluded, t.s, next.e)) {
        add(t.s, next.e, per, 'duration').cp = per > 1 ? 'years' : pluralize(next.l);
        i++;
        continue;
      }
    }
    if (wv === undefined && w !== 'a' && w !== 'half') continue;
    // Ratios: "one in five adults".
    const den = toks[i + 2];
    if (next?.l === 'in' && den && (wordValue(den.l) !== undefined || /^\d+$/.test(den.t))) {
      const b = wordValue(den.l) ?? +den.t;
      if (wv! > 0 && b > wv! && b <= 1000) {
        add(t.s, den.e, wv! / b);
        i += 2;
        continue;
      }
    }
    // Read the run of number words separated by single spaces.
    const run: Token[] = [];
    for (let j = i; j < toks.length && run.length < 8; j++) {
      const x = toks[j]!;
      if (!x.w || (run.length && !/^\s+$/.test(s.slice(run[run.length - 1]!.e, x.s)))) break;
      run.push(x);
    }
    const parsed = parseNumberWords(run.map((x) => x.t));
    if (!parsed) continue;
    const nextTok = toks[i + parsed.used];
    const nx = nextTok?.l ?? '';
    // A margin: "one shot behind", "two points clear".
    const margin = nextTok?.w && MARGIN_RE.test(toks[i + parsed.used + 1]?.l ?? '');
    // "Two and a half years": the half is part of the number.
    const rest = s.slice(run[parsed.used - 1]!.e, run[parsed.used - 1]!.e + 30);
    const half = parsed.value >= 1 && Number.isInteger(parsed.value) && rest.includes('half') ? /^\s+and\s+a\s+half\b(?!\s+(?:hundred|thousand|million|billion|trillion|dozen)\b)/.exec(rest) : null;
    // Skip "one"/"zero" idioms ("one of", "no one", "one day") unless hedged ("at least one").
    if ((w === 'one' || w === 'zero') && parsed.used === 1 && !half) {
      const hedged = hedgedAt(s, t.s) || EXACT_RE.test(textBefore(s, t.s, 9));
      // "won three and drawn one of their four games": a count in a list of counts after a verb.
      const counted = (k: number) => toks.slice(Math.max(0, i - k), i - 1).some((x) => /^\d/.test(x.t) || (x.l !== 'one' && wordValue(x.l) !== undefined));
      // "With two directors favoring a cut and one backing a hold": the last of a list of counts, its noun left out.
      const listed = !!prev?.w && ((isVerbish(prev.l) && counted(6)) || (prev.l === 'and' && /(?:ing|ed)$/.test(nx) && isVerbish(nx) && counted(12)));
      if (
        // ("net zero emissions": a target's name, not a count.)
        !listed && !margin && (ONE_IDIOM_PREV.has(prev?.l ?? '') || prev?.t === '-' || (w === 'zero' && prev?.l === 'net') ||
        ((ONE_IDIOM_NEXT.has(nx) || STOP.has(nx) || !nextTok?.w) && (!hedged || nx === 'of' || nx === 'another') &&
          // "one more cut", "one more win" count; "one more time", "one more thing" are idioms.
          !(nx === 'more' && toks[i + 2]?.w && !ONE_IDIOM_NEXT.has(toks[i + 2]!.l) && !STOP.has(toks[i + 2]!.l))) ||
        (isVerbish(nx) && !hedged) || (nextTok && isCap(nextTok.t)) ||
        // "One tenant, Declan Farrelly, said": one of them, named, not a count.
        (!hedged && toks[i + 2]?.t === ',' && isCap(toks[i + 3]?.t ?? '')))
      ) continue;
    }
    // "five per cent"
    let end = run[parsed.used - 1]!.e;
    if (half) end += half[0].length;
    const pm = /^\s?(?:%|per\s?cent\b|percent\b)/.exec(s.slice(end, end + 12));
    if (pm) end += pm[0].length;
    if (!overlaps(excluded, t.s, end)) {
      const c = add(t.s, end, parsed.value + (half ? 0.5 : 0), 'count');
      if (pm) asPercent(c);
      else if (margin) c.cp = pluralize(nx);
    }
    i += parsed.used - 1;
  }
  return out;
}

/** A race or lap time in minutes, seconds and a decimal part ("1:14.853", "3:29.07"): never a clock time. */
const TIMED_RE = /(?<![\d:.,])(\d{1,2}):([0-5]\d\.\d{1,3})(?![\d:])/g;

/** Race and lap times, valued in seconds ("a 1:14.853 lap" = 74.853). */
function timedCandidates(s: string): Cand[] {
  return [...s.matchAll(TIMED_RE)].map((m) => ({ s: m.index, e: m.index + m[0].length, v: +m[1]! * 60 + +m[2]!, k: 'duration' as const, n: 'seconds', cf: 'default' as const }));
}

/** Verbs before a bare ordinal that make it a place in a table: "finished third", "slip to seventh". */
const RANK_VERB_RE = /^(?:came|come|comes|finished|finish|finishes|finishing|placed|placing|ranked|ranks|sit|sits|lie|lies|remain|remains|stay|stays|started|starts|starting|qualified|qualifies|qualifying)$/;
/** After an ordinal in its clause: it counts occurrences ("his 53rd veto since 2017", "the fourth this year"). */
const OCCURRENCE_RE = /^[^,;:.!?—–()]*?\b(?:since|this (?:year|season|month|week|term|decade|century)|so far|to date|of the (?:year|season)|in a row)\b/i;
/** Before "for"/"in" and a place: "tied for third", "alone in second". */
const TIED_RE = /^(?:tied|tie|ties|alone|joint|outright|solo|share|shares|shared)$/;
/** Nouns of a numbered stretch of a game after an ordinal: "the 16th hole", "the 31st lap". */
const SEQUENCE_RE = /^((?:hole|lap|inning|stage|green|tee)s?|innings)$/;
/** A verb or adverb before a place in a table: "is fourth", "now third". */
const COPULA_RE = /^(?:is|are|was|were|now|currently)$/;
/** A digit ordinal with its right suffix: "1st", "22nd", "13th"; optionally "-minute". */
const DIGIT_ORDINAL_RE = /^(\d{1,3})(st|nd|rd|th)$/i;

/**
 * Ordinals that state a quantity a reader can be asked about: a place in a table ("lifts Somerset to third",
 * "Newcastle, 12th in the Premier League", "finished fourth"), a minute of a game ("the 23rd minute",
 * "an 88th-minute header") and a count of occurrences ("the governor's fourth veto this year and his 53rd
 * since 2017"). "first" and "second", names ("Fifth Avenue", "9th Circuit") and quarters or centuries are left out.
 */
function ordinalCandidates(s: string, toks: Token[], excluded: Array<[number, number]>, sporty: () => boolean): Cand[] {
  const out: Cand[] = [];
  let occurrence = false;
  toks.forEach((t, i) => {
    // Only a word ending like an ordinal ("23rd", "fourth", "88th-minute") can be one: most tokens leave here.
    const cut = t.l.endsWith('minute') ? 7 : 0;
    const tail = t.l.slice(t.l.length - cut - 2, t.l.length - cut);
    if (tail !== 'st' && tail !== 'nd' && tail !== 'rd' && tail !== 'th') return;
    const parts = t.l.split(/[-‐]/);
    const minute = parts.length > 1 && parts[parts.length - 1] === 'minute';
    const word = (minute ? parts.slice(0, -1) : parts).join('-');
    const dm = DIGIT_ORDINAL_RE.exec(word);
    const prev = toks[i - 1];
    const next = toks[i + 1];
    const pl = prev?.l ?? '';
    const nl = next?.l ?? '';
    // "tied for third", "alone in second": a shared or sole place.
    const tied = /^(?:for|in)$/.test(pl) && TIED_RE.test(toks[i - 2]?.l ?? '');
    // "is second on 112 points", "finished second, behind": "second" only as a place after a ranking verb.
    const v = dm ? +dm[1]! : word === 'second' && (RANK_VERB_RE.test(pl) || COPULA_RE.test(pl) || tied) &&
      (/^(?:on|behind|overall)$/.test(nl) || (tied && /^(?:at|with|after)$/.test(nl)) || (nl === 'in' && toks[i + 2]?.l === 'the') || /^[,.;]$/.test(next?.t ?? '.')) ? 2 : ordinalValue(word);
    if (!v || (dm && dm[2] !== ordinalSuffix(+dm[1]!))) return;
    // Names: "Fifth Avenue", "the 9th Circuit", "82nd Airborne"; dates and periods: "12th of May", "third quarter".
    if ((isCap(t.t) && i > countWhile(toks, (x) => !x.w)) || (next && isCap(next.t) && next.w) || overlaps(excluded, t.s, t.e) ||
      /^(?:quarter|half|century|centuries|millennium|birthday|anniversary|floor|of)$/.test(nl)) return;
    let counts: string | undefined;
    // A hole, lap or inning: "the 16th hole", "the fourth and seventh holes"; in a sports story a bare "a birdie at
    // the 10th", "bogeyed the 18th after …" (not "on the 18th", a date).
    const seq = SEQUENCE_RE.exec(/^(?:and|or)$/.test(nl) && ordinalValue(toks[i + 2]?.l ?? '') ? toks[i + 3]?.l ?? '' : nl)?.[1];
    if (minute || nl === 'minute') counts = 'minute';
    else if (seq) counts = seq === 'innings' ? seq : seq.replace(/s$/, '');
    else if (
      pl === 'the' && !/^(?:on|of|by|until|till|from|since)$/.test(toks[i - 2]?.l ?? '') && !/^(?:first|second)$/.test(word) &&
      (/^(?:after|with|before|when|to)$/.test(nl) || /^[,.;:]?$/.test(next?.t ?? '')) && /\b(?:birdie|bogey|eagle|par|putt|hole|fairway)(?:s|d|ed|ing)?\b/i.test(s)
    ) counts = 'hole';
    else if (
      /^(?:place|position|spot)$/.test(nl) || RANK_VERB_RE.test(pl) || tied ||
      (/^(?:to|into)$/.test(pl) && (!next?.w || /^(?:in|on|with|after|behind|ahead|place|position)$/.test(nl))) ||
      ((pl === ',' || isName(prev) || COPULA_RE.test(pl)) && nl === 'in' && toks[i + 2]?.l === 'the') ||
      // "fourth on 96 points"; in a sports story "was sixth, while …", "with Norris third after a late pass".
      (nl === 'on' && /^\d/.test(toks[i + 2]?.t ?? '')) ||
      ((COPULA_RE.test(pl) || isName(prev)) && (!next?.w || /^(?:after|behind|ahead|overall)$/.test(nl)) && sporty())
    ) counts = 'place';
    else if (
      (/^(?:the|his|her|its|their)$|['’]s$/.test(pl) && OCCURRENCE_RE.test(s.slice(t.e, t.e + 80))) ||
      (occurrence && pl === 'the' && toks[i - 2]?.l === 'and') ||
      // A numbered edition or run: "the festival's 83rd edition", "the 32nd straight month".
      (dm && /^(?:the|his|her|its|their)$|['’]s$/.test(pl) && /^(?:edition|straight|consecutive|successive)$/.test(nl))
    ) {
      occurrence = true;
      const np = next?.w && !isVerbish(nl) ? forwardNP(toks, i + 1) : undefined;
      counts = np ? cleanPhrase(np) : 'occurrence';
    }
    if (counts) out.push({ s: t.s, e: t.e, v, k: 'ordinal', n: counts, cf: counts === 'occurrence' ? 'default' : 'noun', sp: !dm });
  });
  return out;
}

/**
 * Two counts joined by "to" in a sentence about a vote or a game are a tally or score, higher side first:
 * "voted 31 to 9", "by five votes to four" (not "from 10 to 5").
 */
function markTallies(s: string, cands: Cand[], sport: () => boolean): void {
  for (let i = 1; i < cands.length; i++) {
    const a = cands[i - 1]!;
    const b = cands[i]!;
    if (
      a.k === 'count' && b.k === 'count' && Number.isInteger(a.v) && Number.isInteger(b.v) && a.v >= b.v &&
      /^\s+(?:votes?\s+)?to\s+$/.test(s.slice(a.e, b.s)) && !/\bfrom\s+$/i.test(textBefore(s, a.s, 8)) &&
      (VOTE_RE.test(s) || sport())
    ) {
      a.k = b.k = 'score';
      a.score = b.score = [a.v, b.v];
      a.side = 0;
      b.side = 1;
    }
  }
}

// ---------------------------------------------------------------------------
// Context: hedges, counted noun phrases, ellipsis

function applyHedge(s: string, c: Cand): void {
  const pre = textBefore(s, c.s, 40);
  const h = HEDGE_RE.exec(pre);
  let rest = pre;
  if (h && !c.hedge) {
    c.hedge = h[1]!.toLowerCase();
    rest = pre.slice(0, h.index);
  }
  const m = MODIFIER_RE.exec(rest);
  if (m) c.modifier = m[1]!.toLowerCase();
  const post = /^\s+or\s+(more|so)\b/.exec(s.slice(c.e, c.e + 12));
  if (post && !c.hedge) c.hedge = post[1] === 'more' ? 'at least' : 'about';
}

/** A capitalised word that is not a function word: part of a name. */
const isName = (t: Token | undefined) => !!t?.w && isCap(t.t) && !FUNCTION_CAPS.has(t.l);

/**
 * The capitalised name from token `ti` on, read forwards (`dir` 1: "Levi Guerra") or backwards
 * (-1: "Mr Mousa", no hyphenated words); at most four words.
 */
function nameAt(toks: Token[], ti: number, dir: 1 | -1): string | undefined {
  const words: string[] = [];
  for (let t = toks[ti]; words.length < 4 && isName(t) && !(dir < 0 && t!.t.includes('-')); t = toks[(ti += dir)]) words.push(t!.t);
  return words.length ? (dir < 0 ? words.reverse() : words).join(' ') : undefined;
}

function classifyByNoun(c: Cand, head: string): void {
  if (c.k !== 'count') return;
  const h = head.toLowerCase();
  const sing = singular(h);
  if (TIME_UNITS.has(sing)) c.k = 'duration';
  else if (MEASURE_UNITS.has(sing)) c.k = 'measure';
}


/** Fills `counts`, `countsFrom`, `subject` and refines `kind` from the words right around one candidate. */
function resolveOwnCounts(toks: Token[], c: Cand): void {
  if (c.n) return; // set by ordinalCandidates, or a "four-times" title count
  const pi = prevTokenIndex(toks, c.s);
  let ni = nextTokenIndex(toks, c.e);
  const set = (counts: string, from: CountsSource) => void ((c.n = counts), (c.cf = from));
  const setAge = (subject: string | undefined) => {
    c.k = 'age';
    if (subject) c.subject = subject;
    set(subject ? `${subject}'s age` : 'age', subject ? 'noun' : 'default');
  };
  // Ages: "19-year-old Levi Guerra", "a 45-year-old man", "Mr Mousa, 28,", "(28)", "aged 28", "28 years old".
  if (c.k === 'age') {
    if (isName(toks[ni])) return setAge(nameAt(toks, ni, 1));
    const np = forwardNP(toks, ni);
    return setAge(np && `the ${cleanPhrase(np)}`);
  }
  const p = toks[pi];
  if (c.k === 'count' && !c.sp && Number.isInteger(c.v) && c.v > 0 && c.v < 125) {
    const n = toks[ni];
    const named = isName(toks[pi - 1]);
    if (named && ((p?.t === ',' && /^[,)]$/.test(n?.t ?? '')) || (p?.t === '(' && n?.t === ')'))) {
      return setAge(nameAt(toks, pi - 1, -1));
    }
    if (/^(aged|age)$/.test(p?.l ?? '')) return setAge(toks[pi - 1]?.t === ',' ? nameAt(toks, pi - 2, -1) : undefined);
    if (n?.l === 'years' && toks[ni + 1]?.l === 'old') {
      return setAge(p?.t === ',' && named ? nameAt(toks, pi - 1, -1) : undefined);
    }
  }
  // "a mother of three"
  if (p?.l === 'of' && /^(?:(?:grand)?(?:father|mother)|parent|dad|mum|mom)s?$/.test(toks[pi - 1]?.l ?? '')) {
    return set('children', 'noun');
  }
  if (c.k === 'score') {
    const s = toks.map((x) => x.t).join(' ');
    return set(
      VOTE_RE.test(s) ? 'votes' : /\bgoals?\b|\bscor(?:ed|er|ing)\b|penalt|header|equali[sz]/i.test(s) ? 'goals' : /\bpoints\b/i.test(s) ? 'points' : 'score',
      'default',
    );
  }
  if (c.k === 'multiple') return set('times', 'default');
  if (c.cp) {
    if (c.cp === 'children') {
      const subject = nameAt(toks, ni, 1);
      if (subject) c.subject = subject;
    }
    return set(c.cp, 'noun');
  }
  // Currency words after the number: "5 million dollars".
  // "500 Swiss francs", "20 Hong Kong dollars": a place before the word says which currency (not the plain word's).
  let k = ni;
  while (k < ni + 2 && /^[A-Z][a-z]+$/.test(toks[k]?.t ?? '')) k++;
  const cw = toks[k]?.l ?? '';
  if (CURRENCY_WORDS[cw] !== undefined && c.k === 'count' && (k === ni || /^[a-z]+s$/.test(cw))) {
    c.k = 'money';
    if (k === ni) c.currency = CURRENCY_WORDS[cw];
    c.cw = toks.slice(ni, k + 1).map((x) => x.t).join(' ');
    ni = k + 1;
  }
  // Partitive: "four of the electors", "40% of voters", "three of them".
  if (toks[ni]?.l === 'of') {
    let j = ni + 1;
    for (let x; (x = toks[j]?.l) && /^(the|these|those|its|their|his|her|our|all|this|that|them|whom|which|us|you)$/.test(x); j++) {
      if (/^(them|whom|which|us|you|those|these)$/.test(x) && !forwardNP(toks, j + 1)) {
        c.cf = 'pronoun';
        return;
      }
    }
    const np = forwardNP(toks, j);
    if (np) {
      const phrase = cleanPhrase(np);
      return set(c.k === 'count' ? pluralizePhrase(phrase) : phrase, 'partitive');
    }
  }
  // Money "in" or "for" a noun: "£250,000 in compensation", "$5m for flood defences" (not "in the red").
  if (c.k === 'money' && /^(?:in|for)$/.test(toks[ni]?.l ?? '')) {
    const np = forwardNP(toks, ni + 1);
    // Not "in fiscal 2025".
    if (np && !isCap(np[0]!) && !/^\d/.test(toks[ni + 1 + np.length]?.t ?? '')) return set(cleanPhrase(np), 'noun');
  }
  let words = forwardNP(toks, ni);
  // "90mph gusts" names what is measured; "the 100m final" does not; "5% higher", "82% effective" are adjectives.
  if (
    !words || (c.k === 'measure' && c.unit && !isPluralNoun(words[words.length - 1]!.toLowerCase())) ||
    (c.k === 'percent' && words.length === 1 && /(?:ive|ous|ful|[ai]ble)$|^(?:high|low|bigg|small|cheap|dear|fast|slow|strong|weak|great|long|short|wid|larg|warm|cold|hott|heavi|light|easi|hard)er$/.test(words[0]!))
  ) return;
  if (/^(other|more|additional|extra|further|another)$/i.test(words[0]!)) {
    c.modifier ??= words[0]!.toLowerCase();
    words = words.slice(1);
  }
  const phrase = cleanPhrase(words);
  if (!phrase) return;
  set(c.k === 'count' && c.v === 1 ? pluralizePhrase(phrase) : phrase, 'noun');
  if (c.cp !== '') classifyByNoun(c, words[words.length - 1]!); // not for a "500-strong crowd"
}

/** Index of the token before the candidate, skipping its hedge and modifier words. */
function tokenBeforeHedge(toks: Token[], c: Cand): number {
  let pi = prevTokenIndex(toks, c.s);
  const skip = `${c.modifier ?? ''} ${c.hedge ?? ''}`.trim().split(/\s+/).filter(Boolean).length;
  for (let k = 0; k < skip && pi >= 0 && toks[pi]!.w; k++) pi--;
  return pi;
}

/** Resolves `counts` that the words after the number did not give: conversions, subjects, ellipsis, pronouns. */
function resolveElided(s: string, toks: Token[], c: Cand, i: number, all: Cand[], prevCounts: string | undefined): void {
  if (c.n !== undefined) return;
  const set = (counts: string, from: CountsSource) => void ((c.n = counts), (c.cf = from));
  if (c.cf === 'pronoun' && prevCounts) return set(prevCounts, 'pronoun');
  // "tens of thousands forced to flee": a crowd without a noun is people, not its neighbour's noun ("thousands more"
  // takes it from a sibling).
  if (c.vague && !/^(?:more|others)$/.test(toks[nextTokenIndex(toks, c.e)]?.l ?? '')) return set('people', 'default');
  const compatible = (o: Cand) =>
    o !== c && !!o.n && (o.cf === 'noun' || o.cf === 'partitive' || o.cf === 'subject') &&
    (o.k === c.k || (c.k === 'count' && (o.k === 'duration' || o.k === 'measure')));
  const prev = all[i - 1];
  // Money in brackets right after money is a conversion: "$368bn (£197bn)".
  if (c.k === 'money' && prev?.k === 'money' && /^\s*[([]\s*$/.test(s.slice(prev.e, c.s)) && prev.n) {
    return set(prev.n, 'sibling');
  }
  const pi = tokenBeforeHedge(toks, c);
  // "moved into the top four": places in a ranking.
  if (c.k === 'count' && /^(?:top|bottom)$/.test(toks[pi]?.l ?? '')) return set('places', 'default');
  // Money, percentages, fractions and measures say what they measure: "the deficit hit a record $412bn";
  // "a crowd of 53,000": the collective noun before "of" says what is counted.
  if (c.k !== 'count' || toks[pi]?.l === 'of') {
    const np = backNP(toks, pi, false);
    if (np && (c.k !== 'count' || !/^(majority|total|number|maximum|minimum|average|tally|sum|amount|figure|value|rate)$/.test(np[np.length - 1]!.toLowerCase()))) {
      return set(cleanPhrase(np), 'subject');
    }
  }
  const sib = all.slice(0, i).findLast(compatible) ?? all.slice(i + 1).find(compatible);
  if (sib) {
    if (c.k === 'count' && sib.k !== 'count') c.k = sib.k;
    return set(sib.n!, 'sibling');
  }
  if (c.cf === 'pronoun' && prevCounts) return set(prevCounts, 'pronoun');
  // "up 12%" after a figure: the percentage changes what the figure before it measures; "rose 26% to $1bn": the
  // new level of what the percentage measures.
  if ((c.k === 'percent' || (prev?.k === 'percent' && /^\s+to\s+$/.test(s.slice(prev.e, c.s)))) && prev?.n) return set(prev.n, 'sibling');
  if (c.k === 'count') {
    // Apposition: "faithless electors -- seven in total".
    const appos = /^[-–—:]$/.test(toks[pi]?.t ?? '');
    const np = backNP(toks, pi, appos);
    if (np) return set(appos ? pluralizePhrase(cleanPhrase(np)) : cleanPhrase(np), 'subject');
    // "50 died", "three were killed"
    let ni = nextTokenIndex(toks, c.e);
    while (/^(were|are|have|had|has|was|been|is|reportedly|also|later|still|all|being)$/.test(toks[ni]?.l ?? '')) ni++;
    if (HUMAN_VERBS.test(toks[ni]?.l ?? '')) return set('people', 'default');
  }
  if (c.k === 'money') {
    return set(c.cw ?? ({ GBP: 'pounds', EUR: 'euros', JPY: 'yen', INR: 'rupees', ZAR: 'rand', PHP: 'pesos', MXN: 'pesos', NGN: 'naira', GHS: 'cedis', BDT: 'taka' } as Record<string, string>)[c.currency ?? ''] ?? 'dollars', 'default');
  }
  if (c.k === 'measure' && c.unit) return set(c.unit, 'default');
  if (c.k === 'percent') return set('per cent', 'none');
  if (c.vague) return set('people', 'default');
  set(c.k === 'fraction' ? 'share' : 'number', 'none');
}

// ---------------------------------------------------------------------------
// Public API

/** A digit or a number word ("one" … "ninety", "hundred", "half", …) starts somewhere in the sentence. */
const MAY_HAVE_NUMBER = new RegExp(
  `[0-9]|\\b(?:${[...UNIT_NAMES.slice(1), ...TENS_NAMES, 'hundred', 'thousand', 'million', 'billion', 'dozen', 'half', 'third', 'quarter', 'twice', 'once', 'doubl', 'tripl', 'trebl', 'quadrupl', 'halved', 'fifth', 'ninth', 'twelfth', 'twent', 'single', 'an? (?:decade|century|hour|minute|day|week|month|year)'].join('|')})`,
  'i',
);

/** The word that frames a period or a set before a number: "the past five years", "the first three games", "every five years". */
const frame = (before: string): string => (/\b(?:past|last|next|previous|coming|first|final|every)\s+$/i.exec(before) ??
  // A named owner tells two facts apart: "a 5% levy … Glasgow's 5% levy".
  /\b[A-Z][a-z]+['’]s\s+$/.exec(before))?.[0].trim().toLowerCase() ?? '';

/**
 * Every number fact in the article with its counted noun phrase, hedge, unit,
 * kind and the other details a question writer needs. `sentences` come from
 * `splitSentences(text, title)`; furniture sentences are skipped. Sorted by
 * `start`; `text.slice(f.start, f.end) === f.text` and `f.sentence` is verbatim.
 */
export function extractNumberDetails(text: string, sentences: readonly Sentence[]): NumberDetail[] {
  const out: NumberDetail[] = [];
  const seenScores = new Set<string>();
  // A match report (sport words in three sentences): a bare "made it 2-0" is a score there.
  let sportReport: boolean | undefined;
  const sport = () => (sportReport ??= sentences.filter((x) => SPORT_RE.test(x.text)).length > 2);
  let prevCounts: string | undefined;
  let prevText = '';
  for (const sent of sentences) {
    if (sent.furniture) continue;
    // Space-grouped thousands read as comma-grouped ones (one length: offsets and the fact's text stay the article's).
    const s = /\d\s\d{3}/.test(sent.text) ? sent.text.replace(SPACE_GROUPS_RE, (g) => g.replace(/\s/g, ',')) : sent.text;
    if (!MAY_HAVE_NUMBER.test(s)) continue;
    const toks = tokenize(s);
    const excluded = dateRanges(s, toks);
    // A sport sentence, or any sentence of a match report.
    const sporty = () => SPORT_RE.test(s) || sport();
    const cands = [...timedCandidates(s), ...ordinalCandidates(s, toks, excluded, sporty), ...numericCandidates(s, toks, excluded, sporty), ...spelledCandidates(s, toks, excluded)].sort(
      (a, b) => a.s - b.s,
    );
    // Drop candidates nested in another one; merge digit ratios ("1 in 5").
    const kept: Cand[] = [];
    for (const c of cands) {
      const last = kept[kept.length - 1];
      if (last && c.s < last.e) continue;
      if (
        last && last.k === 'count' && c.k === 'count' && !last.sp && !c.sp && s.slice(last.e, c.s) === ' in ' &&
        last.v > 0 && last.v < c.v && c.v <= 1000 && Number.isInteger(last.v) && Number.isInteger(c.v)
      ) {
        kept[kept.length - 1] = { s: last.s, e: c.e, v: last.v / c.v, k: 'fraction' };
        continue;
      }
      kept.push(c);
    }
    markTallies(s, kept, sporty);
    for (const c of kept) {
      applyHedge(s, c);
      resolveOwnCounts(toks, c);
    }
    kept.forEach((c, i) => resolveElided(s, toks, c, i, kept, prevCounts));
    for (const c of kept) {
      // "over six weeks" is a preposition, not "more than".
      if (c.k === 'duration' && (c.hedge === 'over' || c.hedge === 'under')) delete c.hedge;
    }
    for (const c of kept) {
      // A repeated fact is kept once: "five other deaths ... The other five Iraqis".
      const start = sent.start + c.s;
      const lead = textBefore(s, c.s, 16), leadLower = lead.toLowerCase();
      // "One of three robberies … the other two": the rest of a stated total is a new fact, not a repeat.
      const rest = leadLower.includes('other') && /\bother\s+$/i.test(lead) && Number.isInteger(c.v) && new RegExp(`\\bone of (?:the )?(?:${c.v + 1}|${numberToWords(c.v + 1)})\\b`, 'i').test(prevText + s.slice(0, c.s));
      const definite = !rest && /\b(?:the(?: other)?|those|these|all(?: the| of the)?)\s+$/i.test(lead);
      // "Another 25-basis-point rise", "a further 200 jobs": a new instance, never a repeat.
      const fresh = hasAny(leadLower, ['another', 'further', 'additional']) && /\b(?:another|a further|an additional)\s+$/i.test(lead);
      // A number whose noun is left out takes its sibling's frame: "every five years instead of seven".
      const sib = c.cf === 'sibling' ? kept.findLast((o) => o.s < c.s && o.n === c.n) : undefined;
      const fr = frame(lead) || (sib ? frame(textBefore(s, sib.s, 12)) : '');
      // A score repeats as a pair: both sides of a 2-2 draw are facts, a later "the 2-1 win" is not.
      const scoreKey = c.score && `${c.score}:${c.side ?? start}`;
      if (
        scoreKey ? seenScores.has(scoreKey) :
        // A factor ("twice", "double") says how often or how much, not which thing, and a place whose: each one is its own fact.
        c.k !== 'multiple' && c.k !== 'ordinal' && !fresh && out.some(
          (o) =>
            o.value === c.v && o.kind === c.k && !o.vague === !c.vague && // "dozens of people", then "a dozen people"
            // "won by two shots" and "a two-shot lead" are two facts.
            HYPHEN_RE.test(text[o.end] ?? '') === HYPHEN_RE.test(s[c.e] ?? '') &&
            // "1.5C" again is the same target; a measure's unit says what it counts.
            // "Over five years" and "in four of the past five years" are two periods: a framing word sets them apart.
            // "Since I was six years old … across the six days": a time unit tells two periods apart.
            ((definite && !(c.k === 'duration' && o.counts !== c.n)) || (o.counts.toLowerCase() === (c.n ?? '').toLowerCase() && !(c.cf === 'noun' && o.countsFrom === 'sibling') && frame(textBefore(text, o.start, 16)) === fr) ||
              (c.k === 'measure' && !!c.unit && o.unit === c.unit)),
        )
      ) {
        continue;
      }
      if (scoreKey) seenScores.add(scoreKey);
      const end = sent.start + c.e;
      out.push(
        pick<Cand, NumberDetail>(c, OPTIONAL_DETAILS, {
          text: text.slice(start, end),
          sentence: sent.text,
          start,
          end,
          value: c.v,
          counts: c.n ?? 'number',
          kind: c.k,
          countsFrom: c.cf ?? 'none',
          spelled: !!c.sp,
        }),
      );
    }
    prevCounts = kept.findLast((c) => c.k === 'count' && c.cf !== 'none' && c.cf !== 'default')?.n;
    prevText = s + ' ';
  }
  return out;
}

/** Optional NumberDetail fields, in output order: present only when set. */
const OPTIONAL_DETAILS = ['hedge', 'unit', 'valueMax', 'currency', 'modifier', 'subject', 'score', 'vague'] as const;

/** Adds to `to` (in `keys` order) the fields of `from` that are not undefined. */
function pick<F, T>(from: F, keys: readonly (keyof F & keyof T)[], to: T): T {
  for (const k of keys) if (from[k] !== undefined) to[k] = from[k] as never;
  return to;
}

/**
 * Number facts of an article (normative shape: span, value, counts, hedge,
 * unit; plus `valueMax` for ranges and vague magnitudes). `text` is `Article.text`, `sentences` is
 * `splitSentences(text, title)`.
 */
export function extractNumbers(text: string, sentences: readonly Sentence[]): NumberFact[] {
  return extractNumberDetails(text, sentences).map((d) =>
    pick<NumberDetail, NumberFact & { valueMax?: number }>(d, ['text', 'sentence', 'start', 'end', 'value', 'counts', 'hedge', 'unit', 'valueMax'], {} as NumberFact),
  );
}

// ---------------------------------------------------------------------------
// Formatting distractors like the key

function decimalsOf(core: string): number {
  const dot = core.indexOf('.');
  return dot < 0 ? 0 : core.length - dot - 1;
}

function renderDigits(v: number, core: string, keepZeros = false): string {
  let decimals = decimalsOf(core);
  let r = Number(v.toFixed(decimals));
  while (Math.abs(r - v) > Math.abs(v) * 0.05 && decimals < 3) {
    decimals++;
    r = Number(v.toFixed(decimals));
  }
  // Grouped as the example is: "2,500", "430 000".
  const sep = /\d([,\s])\d/.exec(core)?.[1];
  const grouped = sep || !(parseNum(core) >= 1000);
  let fixed = Math.abs(r).toFixed(decimals);
  // "$6bn", not "$6.0bn" (but "£11.50" keeps its pence).
  if (!keepZeros && fixed.includes('.')) fixed = fixed.replace(/0+$/, '').replace(/\.$/, '');
  const [int, frac] = fixed.split('.');
  const intOut = grouped ? int!.replace(/\B(?=(\d{3})+(?!\d))/g, sep ?? ',') : int!;
  return (r < 0 ? '-' : '') + intOut + (frac ? `.${frac}` : '');
}

function matchCase(out: string, like: string): string {
  return isCap(like) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

/**
 * Renders `value` in the format of `example`'s span, for distractors:
 * "2,500" → "3,400"; "two" → "three"; "$368bn" → "$412bn"; "40%" → "35%";
 * "1.2 million" → "1.5 million"; "Father-of-two" → "Father-of-three";
 * a range "$2-$3.8 trillion" keeps its width ratio: 3e12 → "$3-$5.7 trillion";
 * a score "3-1" keeps its second side. Rounds to the example's precision, so
 * callers should compare rendered strings to keep choices distinct.
 */
export function formatLike(value: number, example: NumberFact & { valueMax?: number }): string {
  const { text: t, value: ev, valueMax } = example;
  // A race time "1:14.853" (in seconds) keeps its minutes, seconds and decimals.
  const timed = /^\d{1,2}:\d\d\.(\d+)$/.exec(t);
  if (timed && value >= 0) {
    const places = timed[1]!.length;
    const [min, sec] = ((x) => [Math.floor(x / 60), (x % 60).toFixed(places)])(Math.round(value * 10 ** places) / 10 ** places);
    return `${min}:${sec.padStart(places + 3, '0')}`;
  }
  // "minus 5": a non-negative value drops the word.
  const minus = /^minus\s+/i.exec(t);
  if (minus && value >= 0) return formatLike(value, { ...example, text: t.slice(minus[0].length), value: Math.abs(ev) });
  // Ratios: "one in five" → "one in four".
  const ratio = /^(\w+) in (\w+)$/.exec(t);
  if (ratio && value > 0 && value < 1) {
    const num = wordValue(ratio[1]!) ?? Number(ratio[1]);
    const den = Math.max(num + 1, Math.round(num / value));
    return `${ratio[1]} in ${(wordValue(ratio[2]!) !== undefined && numberToWords(den)) || den}`;
  }
  // Digits: the first figure takes the value, a second one (a range's top, a score's other side) follows it.
  let k = 0;
  let factor = 1;
  let keep = false;
  const digits = t.replace(/\d+(?:[,\s]\d{3})*(?:\.\d+)?/g, (c) => {
    const lit = parseNum(c);
    if (k++) return k > 2 ? c : renderDigits(valueMax !== undefined && ev !== 0 ? (value * valueMax) / ev / factor : lit, c, keep);
    factor = lit !== 0 && ev !== 0 ? ev / lit : 1;
    keep = decimalsOf(c) === 2 && /[$£€¥₹]/.test(t);
    return renderDigits(value / factor, c, keep);
  });
  // An ordinal keeps its right suffix: "16th" → "21st", "2nd".
  if (k) return digits.replace(/\b(\d+)(?:st|nd|rd|th)\b/, (_, n: string) => n + ordinalSuffix(+n));
  // Words: fractions first ("half", "two-thirds"), then spelled integers.
  const lower = t.toLowerCase();
  for (const [words] of FRACTIONS) {
    const idx = lower.indexOf(words);
    if (idx >= 0 && Math.abs(ev) < 1) {
      return t.slice(0, idx) + matchCase(fractionToWords(value) ?? `${renderDigits(value * 100, '0')}%`, t.slice(idx)) + t.slice(idx + words.length);
    }
  }
  for (const m of t.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)*/g)) {
    const parts = m[0].split('-');
    // The first number word inside the token ("Father-of-two" → "two", "twenty-five"), and the run of words from it.
    for (let p = 0, at = m.index!; p < parts.length; at += parts[p++]!.length + 1) {
      const pair = p + 1 < parts.length && wordValue(`${parts[p]}-${parts[p + 1]}`) !== undefined;
      if (!pair && wordValue(parts[p]!) === undefined && !/^(a|dozen|hundred|thousand|million|billion)$/i.test(parts[p]!)) continue;
      const run = t.slice(at).split(/\s+/);
      const first = run[0]!.split('-');
      const tokens = pair ? [`${parts[p]}-${parts[p + 1]}`, ...run.slice(1)] : first.length > 1 ? [first[0]!] : run;
      const parsed = parseNumberWords(tokens);
      if (!parsed) continue;
      const used = tokens.slice(0, parsed.used);
      const consumed = used.join(' ');
      const lit = parsed.value;
      const f = lit !== 0 && ev !== 0 ? ev / lit : 1;
      const v = value / f;
      const scales = used.filter((x) => /^(thousand|million|billion|trillion)$/i.test(x));
      const scale = scales[0]?.toLowerCase();
      let rendered: string | undefined;
      if (scales.length === 1 && f === 1 && value >= 1e6) {
        // "two million" → "three million"
        const sc = scale === 'thousand' ? 1e6 : SCALE_VALUES[scale!]!;
        const lead = numberToWords(value / sc);
        rendered = lead ? `${lead} ${scale}` : `${renderDigits(value / sc, '0.0')} ${scales[0]}`;
      } else rendered = (v < 100 || lit >= 100 ? numberToWords(Math.round(v * 1000) / 1000) : undefined) ?? renderDigits(v, v >= 1000 ? '0,000' : '0');
      return t.slice(0, at) + matchCase(rendered, consumed) + t.slice(at + consumed.length);
    }
  }
  return renderDigits(value, '0');
}
