/**
 * Number facts: every count, amount of money, percentage, fraction, age and
 * duration an article states, with the noun phrase it counts (ellipsis
 * resolved), its hedge ("around", "more than") and unit. Years, dates, clock
 * times, identifiers ("F-35", "Article 5") and idiomatic "one" are left out.
 * Pure, no DOM; every regex is linear.
 */

import type { NumberFact } from './types.js';
import type { Sentence } from './text.js';
import { MONTH_ABBRS, MONTH_NAMES } from './lexicon.js';
import { fractionToWords, fractionValue, numberToWords, parseNumberWords, wordValue } from './number-words.js';

/** What sort of quantity a number is. */
export type NumberKind = 'count' | 'money' | 'percent' | 'fraction' | 'age' | 'duration' | 'measure' | 'score';

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
  /** Upper bound of a range ("$2-$3.8 trillion" → 3.8e12). `value` is the lower bound. */
  valueMax?: number;
  /** ISO 4217 code for money: "USD", "GBP", "EUR". */
  currency?: string;
  /** A non-hedging word before the number: "another", "a further", "a record", "only". */
  modifier?: string;
  /** Whom an age or a "father-of-two" describes: "Mr Mousa", "Levi Guerra". */
  subject?: string;
  /** Both sides of a sports score ("3-1" → [3, 1]). */
  score?: [number, number];
  /** True when the number is written in words ("two", "a dozen", "half"). */
  spelled: boolean;
}

// ---------------------------------------------------------------------------
// Lexicon

const MONTHS = `(?:${[...MONTH_NAMES, ...MONTH_ABBRS].join('|')})`;
const CUR = String.raw`(?:US\$|A\$|C\$|NZ\$|HK\$|S\$|R\$|\$|£|€|¥|₹|Rs\.?\s?)`;
const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const SCALE = String.raw`(?:\s?(?:trillion|billion|million|thousand|crore|lakh)\b|\s?(?:bn|tn|trn)\b|(?:mn|m|k)\b)`;
const PCT = String.raw`(?:\s?%|\s?per\s?cent\b|\s?percent\b)`;
const ONE_NUM = `(${CUR})?(${NUM})(${SCALE})?(${PCT})?`;
const UNIT_ATTACHED = /(?:kWh|GWh|TWh|km\/h|mph|kmh|kph|km|kg|cm|mm|ft|lbs|lb|oz|GW|MW|kW|ha|ml|mg|sq|C|F|g|t)\b/y;

/** Spans that are dates, times or periods ending on a date: their numbers are not number facts. */
const DATE_SOURCES: string[] = [
  String.raw`\b\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+${MONTHS}\b`,
  String.raw`\b${MONTHS}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?![,.]\d)`,
  String.raw`\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b`,
  String.raw`\b\d{1,2}/\d{1,2}\b`,
  String.raw`\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b\.?`,
  String.raw`\b\d{1,2}:\d{2}\b`,
  String.raw`\b\d{1,2}\s?o['’]clock\b`,
  String.raw`\b\d{3,4}\s?(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|hrs|hours local|local time)\b`,
  String.raw`\b[\w-]+\s+(?:months?|weeks?|years?|days?|quarters?)\s+(?:to|ending|ended|through|until)\s+(?:the end of\s+)?(?:\d{1,2}\s+)?${MONTHS}\b`,
];

const CURRENCY_CODES: Readonly<Record<string, string>> = {
  '$': 'USD', 'US$': 'USD', 'A$': 'AUD', 'C$': 'CAD', 'NZ$': 'NZD', 'HK$': 'HKD', 'S$': 'SGD', 'R$': 'BRL',
  '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', 'Rs': 'INR',
};
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollars: 'USD', dollar: 'USD', pounds: 'GBP', euros: 'EUR', euro: 'EUR', yen: 'JPY', yuan: 'CNY',
  rupees: 'INR', roubles: 'RUB', rubles: 'RUB', francs: 'CHF', pesos: 'MXN', rand: 'ZAR',
};
const SCALE_VALUES: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
  crore: 1e7, lakh: 1e5,
};

const HEDGE_RE =
  /\b(more than|less than|fewer than|greater than|at least|at most|up to|as many as|as much as|as few as|as little as|no more than|no fewer than|no less than|not more than|close to|just over|just under|just above|just below|well over|well above|well below|upwards of|in excess of|an estimated|approximately|roughly|around|about|nearly|almost|some|over|under|above|below|estimated|an average of)\s+$/i;
const MODIFIER_RE =
  /\b(another|a further|an additional|an extra|a record|a total of|a mere|a whopping|only|just|all)\s+$/i;

/** Words that never belong to a counted noun phrase. */
const STOP = new Set(
  (
    'a an the this that these those and or but nor so yet if of in on at to from for with by into onto over under ' +
    'about around after before since during until till through across against between among amid within without ' +
    'per as than via toward towards upon near off out up down beyond despite including plus minus who whom whose ' +
    'which what where when why how is are was were be been being am has have had do does did will would shall ' +
    'should can could may might must it its he she they them their his her we us our you your i me my there here ' +
    'not no all each both either neither also only just even still ever never already while whereas although ' +
    'though because according respectively apiece alone less too very such ago later earlier then now again ' +
    'instead rather almost nearly some any every many much most others total last next ' +
    'whether once twice each'
  ).split(' '),
);

/** Frequent verbs and participles that end a noun phrase even without a tell-tale suffix. */
const VERBS = new Set(
  (
    'said say says die dies live lives work works remain remains went go goes came come comes took take ' +
    'takes made make makes got get gets gave give gives left fled lost won saw see sees became become ran ' +
    'run held hold holds face faces need needs want wants own owns voted chosen taken given known seen shown ' +
    'born sent kept found built caught brought bought paid sold told hit hurt put set cut shot beaten stolen ' +
    'driven written drawn thrown flown grown dead missing stay stayed stood died includes contains adds ' +
    'shows means seeks receives pays spends earns has'
  ).split(' '),
);

/** Verbs after an elided count that say it counts people ("50 died"). */
const HUMAN_VERBS =
  /^(died|dead|killed|injured|wounded|hurt|arrested|detained|missing|fled|evacuated|rescued|hospitali[sz]ed|drowned|displaced|executed|sentenced|charged|convicted|jailed|deported|stranded|infected|survived|voted|protested|marched|gathered|attended|signed)$/;

const IRREGULAR_PLURALS = new Set(
  'people men women children police staff personnel cattle sheep fish deer aircraft crew feet teeth mice geese data media livestock offspring'.split(' '),
);
const NOUNS_IN_LY = new Set('family rally ally supply assembly anomaly monopoly bully belly lily fly italy july'.split(' '));
const NOUNS_IN_ED = new Set('hundred red bed shed need speed seed feed breed creed steed deed reed weed heed'.split(' '));
const NOUNS_IN_ING = new Set(
  'building thing king ring wing spring string morning evening meeting ceiling offering earning saving sibling ' +
    'outing pudding dumpling wedding bombing shooting killing stabbing uprising landing'
    .split(' '),
);
const TIME_UNITS = new Set('second minute hour day week month year decade century'.split(' '));
const MEASURE_UNITS = new Set(
  ('km kilometre kilometer metre meter mile foot feet inch yard kg kilogram gram pound tonne ton litre liter ' +
    'gallon barrel acre hectare degree mph knot square cubic').split(' '),
);

/** Lower-case words that make the following number a label, not a quantity ("page 5", "No 10"). */
const LABEL_WORDS = new Set(
  ('no nos number page pages chapter section article paragraph line item room flight route gate level grade ' +
    'stage phase round episode season series version model lane platform row seat category type tier step ' +
    'exhibit clause rule amendment resolution division district ward unit block zone box channel track verse ' +
    'volume issue part figure table appendix annex day week game match leg heat race pier terminal bus ' +
    'highway interstate squad size code').split(' '),
);

/** Words after "one" that make it idiomatic rather than a count ("one of", "one day"). */
const ONE_IDIOM_NEXT = new Set(
  'of another day time thing way side hand point place last more less such or and by after other'.split(' '),
);
const ONE_IDIOM_PREV = new Set('the this that no any every each some which no-one someone anyone'.split(' '));

const FUNCTION_CAPS = new Set([...STOP, 'around', 'some', 'nearly', 'roughly', 'approximately', 'almost', 'over',
  'under', 'about', 'only', 'just', 'another', 'all', 'estimated', 'up', 'exactly', 'fewer', 'those', 'among']);

/** Plural nouns a year often qualifies ("the 2016 elections"): a four-digit number before them stays a year. */
const YEAR_NOUNS =
  /^(elections|games|olympics|protests|riots|floods|attacks|polls|midterms|accords|talks|negotiations|budgets|figures|data|results|levels|prices|rates|numbers|standards|census|accounts|finals|championships|awards|playoffs|series|laws|rules|reforms|events|uprisings|wars|crises|agreements|targets|goals|emissions|estimates|forecasts|projections|sanctions|cuts|plans|regulations|guidelines|protocols|rankings|models|editions|versions|seasons|campaigns|exams)$/;

const SPORT_RE =
  /\b(wins?|won|beat|beats|beaten|defeat(?:ed|s)?|victory|draw|drew|lost|loses?|scored?|scoring|goals?|lead|led|match|game|final|semi-finals?|quarter-finals?|innings|half-time|halftime|leg|tie|set|sets|scoreline|thrashing|triumph|comeback|league|cup|tournament)\b/i;

// ---------------------------------------------------------------------------
// Tokens

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{M}\p{N}]+(?:['’.\-‐][\p{L}\p{M}\p{N}]+)*|\S/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const text = m[0];
    const c = text.charCodeAt(0);
    const word = c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /^[\p{L}]/u.test(text);
    out.push({ text, lower: text.toLowerCase(), start: m.index, end: m.index + text.length, word });
  }
  return out;
}

/** A stop word, unless written as an acronym ("US", "IT"). */
const isStopTok = (t: Token) => STOP.has(t.lower) && !/^\p{Lu}{2,}$/u.test(t.text);
const isQuote = (t: string) => /^["'“”‘’«»]$/.test(t);
const isCap = (t: string) => /^\p{Lu}/u.test(t);

function isPluralNoun(w: string): boolean {
  if (IRREGULAR_PLURALS.has(w)) return true;
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

interface NP {
  words: string[];
  from: number; // token index of first word
  to: number; // token index after last word
}

/** A noun phrase starting at token `i`: up to four words, ending at its plural head or a stop word. */
function forwardNP(toks: Token[], i: number): NP | undefined {
  const words: string[] = [];
  const from = i;
  let j = i;
  while (j < toks.length && words.length < 4) {
    const t = toks[j]!;
    if (isQuote(t.text)) {
      j++;
      continue;
    }
    if (!t.word) break;
    const w = t.lower;
    const acronym = /^\p{Lu}{2,}$/u.test(t.text);
    if (!acronym && (STOP.has(w) || (CURRENCY_WORDS[w] !== undefined && words.length > 0))) break;
    if (words.length > 0 && /^(more|another|other|additional|extra|further)$/.test(w)) break;
    if (wordValue(w) !== undefined && words.length === 0) break;
    if (isVerbish(w)) {
      if (words.length > 0) break;
      // A leading participle is an adjective only when a noun follows ("wounded soldiers").
      const nx = toks[j + 1];
      if (!nx || !nx.word || STOP.has(nx.lower) || isVerbish(nx.lower)) break;
    }
    // Proper nouns after a common noun start a new phrase ("five explosions Wednesday").
    if (words.length > 0 && isCap(t.text) && !isCap(words[words.length - 1]!)) break;
    words.push(t.text);
    j++;
    // "the country's 110 million people": read past the possessive and its number.
    if (/['’]s$/.test(w)) {
      while (j < toks.length && (/^\d/.test(toks[j]!.text) || wordValue(toks[j]!.lower) !== undefined || SCALE_VALUES[toks[j]!.lower] !== undefined || toks[j]!.text === ',')) j++;
      continue;
    }
    if (isPluralNoun(w)) break;
  }
  if (!words.length) return undefined;
  return { words, from, to: j };
}

/** Skippable words when looking back from a number for what it measures ("the deficit is set to hit a record"). */
const BACK_SKIP = new Set(
  ('is are was were be been being has have had will would could should may might must set expected forecast ' +
    'projected estimated likely to at by of hit hits reach reached reaches reaching rose rise rises risen ' +
    'rising fell fall falls fallen falling dropped drop drops climbed climb jumped jump surged soared grew grow ' +
    'grown increased decreased declined totalled totaled totals total stood stands stand came come end ended up ' +
    'down amounted amount worth valued hovered topped exceeded passed widened narrowed shrank doubled tripled ' +
    'slipped slid plunged tumbled rebounded edged a an record further another additional extra new mere ' +
    'whopping staggering just only than more less nearly almost around about some over under roughly reportedly ' +
    'now still already also currently put from cost costs pay pays spend spends raise raises owe owes earn ' +
    'earns invest lend borrow receive between includes include including contains contain').split(' '),
);

/** The noun phrase a number measures, looking back from token index `i` (inclusive). */
function backNP(toks: Token[], i: number, allowApposition: boolean): NP | undefined {
  let steps = 0;
  let crossed = false;
  while (i >= 0 && steps < 10) {
    const t = toks[i]!;
    if (!t.word) {
      if (isQuote(t.text)) {
        i--;
        continue;
      }
      if (allowApposition && !crossed && steps === 0 && /^[-–—,:(]$/.test(t.text)) {
        crossed = true;
        while (i > 0 && /^[-–—]$/.test(toks[i - 1]!.text)) i--;
        i--;
        continue;
      }
      return undefined;
    }
    const w = t.lower;
    const netWorth = w === 'worth' && toks[i - 1]?.lower === 'net';
    if (!netWorth && (BACK_SKIP.has(w) || isVerbish(w) || (w.includes('-') && !isCap(t.text)))) {
      i--;
      steps++;
      continue;
    }
    if (isStopTok(t) || /\d/.test(w)) return undefined;
    // Collect the phrase backwards.
    const to = i + 1;
    let from = i;
    while (from - 1 >= 0 && to - from < 4) {
      const p = toks[from - 1]!;
      if (isQuote(p.text)) {
        from--;
        continue;
      }
      if (!p.word || isStopTok(p) || isVerbish(p.lower) || BACK_SKIP.has(p.lower)) break;
      from--;
    }
    while (from < to && isQuote(toks[from]!.text)) from++;
    // The noun of another number ("by 0.25 percentage points to 5.25%"): look further back.
    const beforeNP = toks[from - 1];
    if (beforeNP && /^\d/.test(beforeNP.text)) {
      i = from - 2;
      steps += 2;
      continue;
    }
    const np: NP = { words: toks.slice(from, to).filter((x) => !isQuote(x.text)).map((x) => x.text), from, to };
    // "the gap between US exports and imports" → "gap"; but "the number of people" → "people".
    let pre = toks[from - 1];
    // Coordination: "between US exports and imports".
    if (pre && /^(and|or)$/.test(pre.lower)) {
      let k = from - 2;
      let n = 0;
      while (k >= 0 && n < 3 && toks[k]!.word && !isStopTok(toks[k]!) && !isVerbish(toks[k]!.lower)) {
        k--;
        n++;
      }
      if (n > 0 && toks[k] && /^(of|between|for|among)$/.test(toks[k]!.lower)) {
        from = k + 1;
        pre = toks[k];
      }
    }
    if (pre && /^(the|a|an|its|their|his|her)$/.test(pre.lower) && toks[from - 2] && /^(of|for|from|in|on)$/.test(toks[from - 2]!.lower)) {
      from--;
      pre = toks[from - 1];
    }
    if (pre && /^(of|between|for|among|on|in|from)$/.test(pre.lower)) {
      let k = from - 2;
      if (k >= 0 && !isStopTok(toks[k]!) && toks[k]!.word && !isVerbish(toks[k]!.lower)) {
        const head = toks[k]!.lower;
        if (!/^(number|total|count|tally|majority|share|proportion|percentage|group|handful)$/.test(head)) {
          const outerTo = k + 1;
          let outerFrom = k;
          while (outerFrom - 1 >= 0 && outerTo - outerFrom < 3) {
            const p = toks[outerFrom - 1]!;
            if (!p.word || isStopTok(p) || isVerbish(p.lower) || BACK_SKIP.has(p.lower)) break;
            outerFrom--;
          }
          return { words: toks.slice(outerFrom, outerTo).map((x) => x.text), from: outerFrom, to: outerTo };
        }
      }
    }
    return np;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Candidates

interface Cand {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  kind: NumberKind;
  unit?: string;
  currency?: string;
  spelled: boolean;
  hedge?: string;
  modifier?: string;
  counts?: string;
  countsFrom?: CountsSource;
  subject?: string;
  score?: [number, number];
  /** Counted word carried by the span itself ("five-year" → "years"). */
  compound?: string;
  /** Index of the money fact this one converts ("$368bn (£197bn)"). */
  conversionOf?: number;
  /** Currency written as a word after the number ("dollars"). */
  currencyWord?: string;
}

function parseNum(s: string): number {
  return Number(s.replace(/,/g, ''));
}

function scaleOf(raw: string | undefined): number {
  if (!raw) return 1;
  return SCALE_VALUES[raw.trim().toLowerCase()] ?? 1;
}

function overlaps(ranges: Array<[number, number]>, s: number, e: number): boolean {
  for (const [a, b] of ranges) if (s < b && e > a) return true;
  return false;
}

/** Compiled once; every use resets `lastIndex` first. */
const DATE_RES = DATE_SOURCES.map((src) => new RegExp(src, 'g'));
const NUM_G = new RegExp(ONE_NUM, 'g');
const NUM_Y = new RegExp(ONE_NUM, 'y');

function dateRanges(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const re of DATE_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      out.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}

/** Names a capitalised word before a number forms ("Article 5", "Flight 370"), unless it is a function word or possessive. */
function isLabelBefore(toks: Token[], ti: number): boolean {
  const p = toks[ti];
  if (!p || !p.word) return false;
  if (LABEL_WORDS.has(p.lower)) return true;
  if (!/\p{Lu}/u.test(p.text)) return false; // "Article 5", "iPhone 15"
  if (FUNCTION_CAPS.has(p.lower)) return false;
  if (/['’]s$/.test(p.text)) return false;
  return true;
}

function prevTokenIndex(toks: Token[], pos: number): number {
  let i = toks.length - 1;
  while (i >= 0 && toks[i]!.end > pos) i--;
  return i;
}

function nextTokenIndex(toks: Token[], pos: number): number {
  let i = 0;
  while (i < toks.length && toks[i]!.start < pos) i++;
  return i;
}

function numericCandidates(s: string, toks: Token[], excluded: Array<[number, number]>): Cand[] {
  const out: Cand[] = [];
  const re = NUM_G;
  const sticky = NUM_Y;
  re.lastIndex = 0;
  const sep = /\s?[-–—]\s?|\s+to\s+|\s+and\s+/y;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = m.index;
    let end = start + m[0].length;
    const [, cur, num, scaleRaw, pct] = m;
    const before = s[start - 1] ?? '';
    const before2 = s[start - 2] ?? '';
    // Part of a word or code: "MH17", "COVID-19", "24/7", "'90s", "#1".
    if (/[\p{L}\p{N}#/:@'’_.]/u.test(before) && !cur) continue;
    if (/[-‐]/.test(before) && /[\p{L}\p{N}]/u.test(before2)) continue;
    if (before === ',' && /\d/.test(before2)) continue;
    let value = parseNum(num!) * scaleOf(scaleRaw);
    let kind: NumberKind = cur ? 'money' : pct ? 'percent' : 'count';
    let unit: string | undefined = cur ? cur.replace(/\s|\./g, '') : pct ? '%' : undefined;
    const cand: Cand = { start, end, value, kind, spelled: false };
    if (unit) cand.unit = unit;
    if (cur) cand.currency = CURRENCY_CODES[unit!] ?? 'USD';
    // Attached unit or letters: "5km", "40C", "1990s", "5G", "2nd".
    if (/\p{L}/u.test(s[end] ?? '')) {
      if (scaleRaw || pct) continue;
      UNIT_ATTACHED.lastIndex = end;
      const u = UNIT_ATTACHED.exec(s);
      if (!u) continue;
      end += u[0].length;
      cand.end = end;
      cand.kind = 'measure';
      cand.unit = u[0];
      unit = u[0];
    }
    // Ranges and scores: "$2-$3.8 trillion", "10-15%", "3-1", "between 2 and 3 million".
    sep.lastIndex = end;
    const sm = sep.exec(s);
    let second: RegExpExecArray | null = null;
    if (sm) {
      sticky.lastIndex = end + sm[0].length;
      second = sticky.exec(s);
      if (second && /\p{L}/u.test(s[second.index + second[0].length] ?? '') && !second[3]) second = null;
    }
    if (second && sm) {
      const glue = sm[0].trim();
      const v2 = parseNum(second[2]!) * scaleOf(second[3] ?? scaleRaw);
      const lower = s.slice(Math.max(0, start - 10), start).toLowerCase();
      const secondMore = (!!second[3] && !scaleRaw) || (!!second[4] && !pct);
      const isYearish = (n: string) => /^\d{4}$/.test(n) && +n >= 1000 && +n < 2200;
      if (isYearish(num!) && !cur && !scaleRaw && !pct) {
        re.lastIndex = second.index + second[0].length;
        continue; // "2006-07", "2006 to 2015"
      }
      let asRange = false;
      if (glue === 'and') asRange = /\bbetween\s+$/.test(lower);
      else if (glue === 'to') asRange = secondMore && !/\bfrom\s+$/.test(lower);
      else asRange = true;
      if (asRange) {
        const v1 = parseNum(num!) * scaleOf(scaleRaw ?? second[3]);
        const plain = !cur && !scaleRaw && !pct && !second[1] && !second[3] && !second[4];
        const nextWord = /^\s+([a-z]+)/.exec(s.slice(second.index + second[0].length))?.[1] ?? '';
        const isScore =
          plain && glue !== 'to' && glue !== 'and' && Number.isInteger(v1) && Number.isInteger(v2) && v1 <= 200 &&
          v2 <= 200 && SPORT_RE.test(s) && !(nextWord && isPluralNoun(nextWord));
        // Ranges ascend; "220-207" is a tally.
        const isTally = plain && glue !== 'to' && glue !== 'and' && v2 < v1 && Number.isInteger(v1) && Number.isInteger(v2);
        cand.end = second.index + second[0].length;
        cand.value = v1;
        if (isScore || isTally) {
          cand.kind = 'score';
          cand.score = [v1, v2];
        } else {
          cand.valueMax = v2;
          if (second[4] && !pct) {
            cand.kind = 'percent';
            cand.unit = '%';
          }
          if (second[1] && !cur) {
            cand.kind = 'money';
            cand.unit = second[1].replace(/\s|\./g, '');
            cand.currency = CURRENCY_CODES[cand.unit] ?? 'USD';
          }
        }
        re.lastIndex = cand.end;
        if (!overlaps(excluded, cand.start, cand.end)) out.push(cand);
        continue;
      }
      if (secondMore && glue !== '-' && glue !== '–' && glue !== '—') {
        // "from 5 to 10 million", "rose from 4 to 5%": the first number inherits the scale and unit.
        cand.value = parseNum(num!) * scaleOf(second[3] ?? scaleRaw);
        if (second[4] && !pct) {
          cand.kind = 'percent';
          cand.unit = '%';
        }
      }
    }
    value = cand.value;
    // Years: a bare four-digit number, unless hedged ("some 1500 people").
    if (!cur && !scaleRaw && !pct && cand.kind !== 'measure' && /^\d{4}$/.test(num!) && value >= 1000 && value < 2200) {
      const nextWord = /^\s+([a-z]+)\b/.exec(s.slice(end, end + 30))?.[1] ?? '';
      const prevWord = /([A-Za-z]+)['’]?s?\s+$/.exec(s.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase() ?? '';
      const countNoun =
        isPluralNoun(nextWord) && !YEAR_NOUNS.test(nextWord) &&
        !/^(in|since|by|from|until|till|before|after|to|of|the|during|between|and|or|early|late|mid|year|fiscal|since|around|circa|this|that|last|next|its|their|his|her)$/.test(prevWord);
      if (!countNoun && !HEDGE_RE.test(s.slice(Math.max(0, start - 24), start))) continue;
    }
    if (overlaps(excluded, start, cand.end)) continue;
    // Addresses: "10 Downing Street".
    if (/^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Drive|Way|Place|Square)\b/u.test(s.slice(cand.end, cand.end + 60))) {
      continue;
    }
    // A bare "m" is million before a plural noun ("2m people"), else metres ("the 100m final").
    if (!cur && scaleRaw === 'm') {
      const nw = /^\s+([a-z]+)/.exec(s.slice(end, end + 30))?.[1] ?? '';
      if (!isPluralNoun(nw) && nw !== 'of') {
        cand.value = parseNum(num!);
        cand.kind = 'measure';
        cand.unit = 'm';
      }
    }
    // "minus 5 degrees"
    if (/\bminus\s+$/i.test(s.slice(Math.max(0, start - 6), start)) && !cur) {
      cand.start = start - (/\bminus\s+$/i.exec(s.slice(Math.max(0, start - 6), start))![0].length);
      cand.value = -cand.value;
    }
    const pti = prevTokenIndex(toks, start);
    if (!cur && isLabelBefore(toks, pti)) continue;
    if (/\b(?:No|no|Nos|Number|number)\.?\s*$/.test(s.slice(Math.max(0, start - 8), start))) continue;
    // Compounds: "19-year-old", "five-year", "500-strong", "12-member".
    const comp = /^[-‐]([a-z]+(?:[-‐][a-z]+)*)/.exec(s.slice(cand.end, cand.end + 40));
    if (comp && !pct) {
      const parts = comp[1]!.split(/[-‐]/);
      if (parts[0] === 'plus') {
        cand.hedge = 'more than';
        cand.end += comp[0].length;
      } else if (parts[0] === 'odd') {
        cand.hedge = 'about';
        cand.end += comp[0].length;
      } else if (/^(fold|something|ish|yard|pronged)$/.test(parts[0]!)) {
        continue;
      } else if (parts[1] === 'old' && TIME_UNITS.has(parts[0]!)) {
        cand.end += comp[0].length;
        cand.kind = 'age';
        cand.compound = pluralize(parts[0]!);
      } else if (cand.kind === 'count') {
        cand.compound = parts[0] === 'strong' ? '' : pluralize(parts[0]!);
        if (TIME_UNITS.has(parts[0]!)) cand.kind = 'duration';
      }
    }
    out.push(cand);
    re.lastIndex = cand.end;
  }
  return out;
}

const FRACTION_DEN = /^(thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)$/;

function spelledCandidates(s: string, toks: Token[], excluded: Array<[number, number]>): Cand[] {
  const out: Cand[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.word) continue;
    const w = t.lower;
    const prev = toks[i - 1];
    const atStart = !prev || (!prev.word && /^["'“‘(\[:—–-]$/.test(prev.text));
    // Mid-sentence capitals are names: "World War Two", "Formula One", "the Big Three".
    if (isCap(t.text) && !atStart && !/^(a|an|half)$/.test(w)) {
      if (wordValue(w) !== undefined) continue;
    }
    // Labels: "day three", "number one", "game seven".
    if (prev?.word && LABEL_WORDS.has(prev.lower) && wordValue(w) !== undefined) continue;
    // Parent-of: "father-of-two".
    const parent = /^(?:father|mother|dad|mum|mom|parent|grandfather|grandmother|grandparent)s?-of-([a-z-]+)$/.exec(w);
    if (parent) {
      const v = wordValue(parent[1]!) ?? (/^\d+$/.test(parent[1]!) ? +parent[1]! : undefined);
      if (v !== undefined) out.push({ start: t.start, end: t.end, value: v, kind: 'count', spelled: true, compound: 'children' });
      continue;
    }
    // Fractions: "two-thirds", "three-quarters", "a third of", "half of".
    const hy = /^([a-z]+)[-‐]([a-z]+)(?:[-‐]([a-z]+))?$/.exec(w);
    if (hy) {
      const fv = FRACTION_DEN.test(hy[2]!) ? fractionValue(`${hy[1]} ${hy[2]}`) : undefined;
      if (fv !== undefined) {
        out.push({ start: t.start, end: t.end, value: fv, kind: 'fraction', spelled: true });
        continue;
      }
      const v = wordValue(hy[1]!);
      const cv = wordValue(w);
      if (cv !== undefined) {
        // "twenty-five"
      } else if (v !== undefined && hy[2] !== undefined) {
        if (isCap(t.text) && !atStart) continue;
        const unit = hy[2];
        if (hy[3] === 'old' && TIME_UNITS.has(unit)) {
          out.push({ start: t.start, end: t.end, value: v, kind: 'age', spelled: true, compound: pluralize(unit) });
        } else if (!hy[3] && /^[a-z]+$/.test(unit) && !/^(way|sided|time|times|fold|off|tier|thirds|quarters|dimensional|party|horse|faced|track|pronged|handed|legged|nil|all|plus|odd)$/.test(unit) && !(v === 1 && !TIME_UNITS.has(unit))) {
          out.push({
            start: t.start,
            end: t.start + hy[1]!.length,
            value: v,
            kind: TIME_UNITS.has(unit) ? 'duration' : 'count',
            spelled: true,
            compound: unit === 'strong' ? '' : pluralize(unit),
          });
        }
        continue;
      } else continue;
    }
    if (w === 'half') {
      const nx = toks[i + 1]?.lower;
      const pv = prev?.lower ?? '';
      if (nx === 'a' && toks[i + 2] && /^(million|billion|trillion|dozen)$/.test(toks[i + 2]!.lower)) {
        // handled by the word parser below
      } else {
        const hedged = HEDGE_RE.test(s.slice(Math.max(0, t.start - 24), t.start));
        if (/^(first|second|a|the|and|one|other|latter|former|back)$/.test(pv)) continue;
        if (!(hedged || (nx && /^(of|the|its|their|his|her|our|all|them)$/.test(nx)))) continue;
        out.push({ start: t.start, end: t.end, value: 0.5, kind: 'fraction', spelled: true });
        continue;
      }
    }
    // "a third of", "one quarter of", "two thirds of"
    if (/^(a|an|one|two|three|four)$/.test(w) && toks[i + 1] && FRACTION_DEN.test(toks[i + 1]!.lower) && toks[i + 2]?.lower === 'of') {
      const fv = fractionValue(`${w} ${toks[i + 1]!.lower}`);
      if (fv !== undefined) {
        out.push({ start: t.start, end: toks[i + 1]!.end, value: fv, kind: 'fraction', spelled: true });
        i++;
        continue;
      }
    }
    if (wordValue(w) === undefined && w !== 'a' && w !== 'half') continue;
    // Ratios: "one in five adults".
    const den = toks[i + 2];
    if (toks[i + 1]?.lower === 'in' && den && (wordValue(den.lower) !== undefined || /^\d+$/.test(den.text))) {
      const a = wordValue(w)!;
      const b = wordValue(den.lower) ?? +den.text;
      if (a > 0 && b > a && b <= 1000) {
        out.push({ start: t.start, end: den.end, value: a / b, kind: 'fraction', spelled: true });
        i += 2;
        continue;
      }
    }
    // Read the run of number words separated by single spaces.
    const run: Token[] = [];
    for (let j = i; j < toks.length && run.length < 8; j++) {
      const x = toks[j]!;
      if (!x.word) break;
      if (run.length && !/^\s+$/.test(s.slice(run[run.length - 1]!.end, x.start))) break;
      run.push(x);
    }
    const parsed = parseNumberWords(run.map((x) => x.text));
    if (!parsed) continue;
    const last = run[parsed.used - 1]!;
    const nextTok = toks[i + parsed.used];
    const nx = nextTok?.lower ?? '';
    // Vague plurals follow: "two thousands"? no; "hundreds of" never parses. Skip "one"/"zero" idioms.
    if ((w === 'one' || w === 'zero') && parsed.used === 1) {
      const hedged = /\b(more than|at least|only|just|fewer than|less than|exactly|nearly|almost|over|under|up to|about|around|no more than)\s+$/i.test(
        s.slice(Math.max(0, t.start - 24), t.start),
      );
      if (ONE_IDIOM_PREV.has(prev?.lower ?? '') || (prev && prev.text === '-')) continue;
      if (ONE_IDIOM_NEXT.has(nx) || STOP.has(nx) || !nextTok?.word) {
        if (!hedged || nx === 'of' || nx === 'another') continue;
      }
      if (nx && isVerbish(nx) && !hedged) continue;
      if (nextTok && isCap(nextTok.text)) continue;
    }
    const cand: Cand = { start: t.start, end: last.end, value: parsed.value, kind: 'count', spelled: true };
    // "five per cent"
    const pm = /^\s?(?:%|per\s?cent\b|percent\b)/.exec(s.slice(cand.end, cand.end + 12));
    if (pm) {
      cand.end += pm[0].length;
      cand.kind = 'percent';
      cand.unit = '%';
    }
    if (!overlaps(excluded, cand.start, cand.end)) out.push(cand);
    i += parsed.used - 1;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Context: hedges, counted noun phrases, ellipsis

function applyHedge(s: string, c: Cand): void {
  const pre = s.slice(Math.max(0, c.start - 40), c.start);
  const h = HEDGE_RE.exec(pre);
  let rest = pre;
  if (h && !c.hedge) {
    c.hedge = h[1]!.toLowerCase();
    rest = pre.slice(0, h.index);
  }
  const m = MODIFIER_RE.exec(rest);
  if (m) c.modifier = m[1]!.toLowerCase();
  const post = /^\s+or\s+(more|so)\b/.exec(s.slice(c.end, c.end + 12));
  if (post && !c.hedge) c.hedge = post[1] === 'more' ? 'at least' : 'about';
}

/** The capitalised name just before `ti` (inclusive), e.g. "Mr Mousa". */
function nameBefore(toks: Token[], ti: number): string | undefined {
  const words: string[] = [];
  for (let i = ti; i >= 0 && words.length < 4; i--) {
    const t = toks[i]!;
    if (!t.word || !isCap(t.text) || t.text.includes('-') || FUNCTION_CAPS.has(t.lower)) break;
    words.unshift(t.text);
  }
  return words.length ? words.join(' ') : undefined;
}

function nameAfter(toks: Token[], ti: number): string | undefined {
  const words: string[] = [];
  for (let i = ti; i < toks.length && words.length < 4; i++) {
    const t = toks[i]!;
    if (!t.word || !isCap(t.text) || FUNCTION_CAPS.has(t.lower)) break;
    words.push(t.text);
  }
  return words.length ? words.join(' ') : undefined;
}

function classifyByNoun(c: Cand, head: string): void {
  if (c.kind !== 'count') return;
  const h = head.toLowerCase();
  const sing = h.replace(/ies$/, 'y').replace(/s$/, '');
  if (TIME_UNITS.has(sing) || TIME_UNITS.has(h) || h === 'centuries') c.kind = 'duration';
  else if (MEASURE_UNITS.has(sing) || MEASURE_UNITS.has(h)) c.kind = 'measure';
}

/** Fills `counts`, `countsFrom`, `subject` and refines `kind` from the words right around one candidate. */
function resolveOwnCounts(toks: Token[], c: Cand): void {
  const pi = prevTokenIndex(toks, c.start);
  let ni = nextTokenIndex(toks, c.end);
  const setAge = (subject: string | undefined) => {
    c.kind = 'age';
    if (subject) c.subject = subject;
    c.counts = subject ? `${subject}'s age` : 'age';
    c.countsFrom = subject ? 'noun' : 'default';
  };
  // Ages: "19-year-old Levi Guerra", "a 45-year-old man", "Mr Mousa, 28,", "(28)", "aged 28", "28 years old".
  if (c.kind === 'age') {
    const n = toks[ni];
    if (n && n.word && isCap(n.text) && !FUNCTION_CAPS.has(n.lower)) setAge(nameAfter(toks, ni));
    else {
      const np = forwardNP(toks, ni);
      setAge(np ? `the ${cleanPhrase(np.words)}` : undefined);
    }
    return;
  }
  if (c.kind === 'count' && !c.spelled && Number.isInteger(c.value) && c.value > 0 && c.value < 125) {
    const p = toks[pi];
    const n = toks[ni];
    const named = (k: number) => !!toks[k]?.word && isCap(toks[k]!.text) && !FUNCTION_CAPS.has(toks[k]!.lower);
    if (p?.text === ',' && named(pi - 1) && n && /^[,)]$/.test(n.text)) return setAge(nameBefore(toks, pi - 1));
    if (p?.text === '(' && n?.text === ')' && named(pi - 1)) return setAge(nameBefore(toks, pi - 1));
    if (p && /^(aged|age)$/.test(p.lower)) return setAge(toks[pi - 1]?.text === ',' ? nameBefore(toks, pi - 2) : undefined);
    if (n?.lower === 'years' && toks[ni + 1]?.lower === 'old') {
      return setAge(p?.text === ',' && named(pi - 1) ? nameBefore(toks, pi - 1) : undefined);
    }
  }
  // "a mother of three"
  if (toks[pi]?.lower === 'of' && /^(father|mother|dad|mum|mom|parent|grandfather|grandmother)s?$/.test(toks[pi - 1]?.lower ?? '')) {
    c.counts = 'children';
    c.countsFrom = 'noun';
    return;
  }
  if (c.kind === 'score') {
    c.counts = /\bvot(?:e|es|ed|ing)\b/i.test(toks.map((x) => x.text).join(' ')) ? 'votes' : 'score';
    c.countsFrom = 'default';
    return;
  }
  if (c.compound !== undefined && c.compound !== '') {
    if (c.compound === 'children') {
      const subject = nameAfter(toks, ni);
      if (subject) c.subject = subject;
    }
    c.counts = c.compound;
    c.countsFrom = 'noun';
    return;
  }
  // Currency words after the number: "5 million dollars".
  const cw = toks[ni];
  if (cw && CURRENCY_WORDS[cw.lower] !== undefined && c.kind === 'count') {
    c.kind = 'money';
    c.currency = CURRENCY_WORDS[cw.lower];
    c.currencyWord = cw.lower;
    ni++;
  }
  // Partitive: "four of the electors", "40% of voters", "three of them".
  if (toks[ni]?.lower === 'of') {
    let j = ni + 1;
    while (j < toks.length && /^(the|these|those|its|their|his|her|our|all|this|that|them|whom|which|us|you)$/.test(toks[j]!.lower)) {
      if (/^(them|whom|which|us|you|those|these)$/.test(toks[j]!.lower) && !forwardNP(toks, j + 1)) {
        c.countsFrom = 'pronoun';
        return;
      }
      j++;
    }
    const np = forwardNP(toks, j);
    if (np) {
      const phrase = cleanPhrase(np.words);
      c.counts = c.kind === 'count' ? pluralizePhrase(phrase) : phrase;
      c.countsFrom = 'partitive';
      return;
    }
  }
  // Money "in" a noun: "£250,000 in compensation", "$5m in aid" (not "in the red").
  if (c.kind === 'money' && toks[ni]?.lower === 'in') {
    const np = forwardNP(toks, ni + 1);
    if (np && !isCap(np.words[0]!)) {
      c.counts = cleanPhrase(np.words);
      c.countsFrom = 'noun';
      return;
    }
  }
  const np = forwardNP(toks, ni);
  if (!np) return;
  // "90mph gusts" names what is measured; "the 100m final" does not.
  if (c.kind === 'measure' && c.unit && !isPluralNoun(np.words[np.words.length - 1]!.toLowerCase())) return;
  let words = np.words.slice();
  if (/^(other|more|additional|extra|further|another)$/i.test(words[0]!)) {
    c.modifier ??= words[0]!.toLowerCase();
    words = words.slice(1);
  }
  const phrase = cleanPhrase(words);
  if (!phrase) return;
  c.counts = c.kind === 'count' && c.value === 1 ? pluralizePhrase(phrase) : phrase;
  c.countsFrom = 'noun';
  if (c.compound === '') return; // "500-strong crowd"
  classifyByNoun(c, words[words.length - 1]!);
}

/** Index of the token before the candidate, skipping its hedge and modifier words. */
function tokenBeforeHedge(toks: Token[], c: Cand): number {
  let pi = prevTokenIndex(toks, c.start);
  const skip = `${c.modifier ?? ''} ${c.hedge ?? ''}`.trim().split(/\s+/).filter(Boolean).length;
  for (let k = 0; k < skip && pi >= 0 && toks[pi]!.word; k++) pi--;
  return pi;
}

/** Resolves `counts` that the words after the number did not give: conversions, subjects, ellipsis, pronouns. */
function resolveElided(s: string, toks: Token[], c: Cand, i: number, all: Cand[], prevCounts: string | undefined): void {
  if (c.counts !== undefined) return;
  const set = (counts: string, from: CountsSource) => {
    c.counts = counts;
    c.countsFrom = from;
  };
  if (c.countsFrom === 'pronoun' && prevCounts) return set(prevCounts, 'pronoun');
  const compatible = (o: Cand) =>
    o !== c && !!o.counts && (o.countsFrom === 'noun' || o.countsFrom === 'partitive' || o.countsFrom === 'subject') &&
    (o.kind === c.kind || (c.kind === 'count' && (o.kind === 'duration' || o.kind === 'measure')));
  const sibling = (): Cand | undefined => {
    for (let k = i - 1; k >= 0; k--) if (compatible(all[k]!)) return all[k];
    for (let k = i + 1; k < all.length; k++) if (compatible(all[k]!)) return all[k];
    return undefined;
  };
  // Money in brackets right after money is a conversion: "$368bn (£197bn)".
  if (c.kind === 'money' && i > 0) {
    const p = all[i - 1]!;
    if (p.kind === 'money' && /^\s*[([]\s*$/.test(s.slice(p.end, c.start)) && p.counts) {
      c.conversionOf = i - 1;
      return set(p.counts, 'sibling');
    }
  }
  const pi = tokenBeforeHedge(toks, c);
  // Money, percentages, fractions and measures say what they measure: "the deficit hit a record $412bn".
  if (c.kind !== 'count') {
    const np = backNP(toks, pi, false);
    if (np) return set(cleanPhrase(np.words), 'subject');
  }
  // "a crowd of 53,000": the collective noun before "of" says what is counted.
  if (c.kind === 'count' && toks[pi]?.lower === 'of') {
    const np = backNP(toks, pi, false);
    const head = np?.words[np.words.length - 1]?.toLowerCase() ?? '';
    if (np && !/^(majority|total|number|maximum|minimum|average|tally|sum|amount|figure|value|rate)$/.test(head)) {
      return set(cleanPhrase(np.words), 'subject');
    }
  }
  const sib = sibling();
  if (sib) {
    if (c.kind === 'count' && sib.kind !== 'count') c.kind = sib.kind;
    return set(sib.counts!, 'sibling');
  }
  if (c.countsFrom === 'pronoun' && prevCounts) return set(prevCounts, 'pronoun');
  // "up 12%" after a figure: the percentage changes what the figure before it measures.
  if (c.kind === 'percent' && i > 0 && all[i - 1]!.counts) return set(all[i - 1]!.counts!, 'sibling');
  if (c.kind === 'count') {
    // Apposition: "faithless electors -- seven in total".
    const p = toks[pi];
    const np = p && /^[-–—:]$/.test(p.text) ? backNP(toks, pi, true) : backNP(toks, pi, false);
    if (np) return set(p && /^[-–—:]$/.test(p.text) ? pluralizePhrase(cleanPhrase(np.words)) : cleanPhrase(np.words), 'subject');
    // "50 died", "three were killed"
    let ni = nextTokenIndex(toks, c.end);
    while (toks[ni] && /^(were|are|have|had|has|was|been|is|reportedly|also|later|still|all|being)$/.test(toks[ni]!.lower)) ni++;
    if (toks[ni] && HUMAN_VERBS.test(toks[ni]!.lower)) return set('people', 'default');
  }
  if (c.kind === 'money') {
    const word = c.currencyWord ?? ({ GBP: 'pounds', EUR: 'euros', JPY: 'yen', INR: 'rupees' } as Record<string, string>)[c.currency ?? ''] ?? 'dollars';
    return set(word, 'default');
  }
  if (c.kind === 'measure' && c.unit) return set(c.unit, 'default');
  if (c.kind === 'percent') return set('per cent', 'none');
  if (c.kind === 'fraction') return set('share', 'none');
  set('number', 'none');
}

// ---------------------------------------------------------------------------
// Public API

/**
 * Every number fact in the article with its counted noun phrase, hedge, unit,
 * kind and the other details a question writer needs. `sentences` come from
 * `splitSentences(text, title)`; furniture sentences are skipped. Sorted by
 * `start`; `text.slice(f.start, f.end) === f.text` and `f.sentence` is verbatim.
 */
export function extractNumberDetails(text: string, sentences: readonly Sentence[]): NumberDetail[] {
  const out: NumberDetail[] = [];
  let prevCounts: string | undefined;
  for (const sent of sentences) {
    if (sent.furniture) continue;
    const s = sent.text;
    if (!/[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third|quarter)/i.test(s)) {
      continue;
    }
    const toks = tokenize(s);
    const excluded = dateRanges(s);
    const cands = [...numericCandidates(s, toks, excluded), ...spelledCandidates(s, toks, excluded)].sort(
      (a, b) => a.start - b.start,
    );
    // Drop candidates nested in another one; merge digit ratios ("1 in 5").
    const kept: Cand[] = [];
    for (const c of cands) {
      const last = kept[kept.length - 1];
      if (last && c.start < last.end) continue;
      if (
        last && last.kind === 'count' && c.kind === 'count' && !last.spelled && !c.spelled && s.slice(last.end, c.start) === ' in ' &&
        last.value > 0 && last.value < c.value && c.value <= 1000 && Number.isInteger(last.value) && Number.isInteger(c.value)
      ) {
        kept[kept.length - 1] = { start: last.start, end: c.end, value: last.value / c.value, kind: 'fraction', spelled: false };
        continue;
      }
      kept.push(c);
    }
    for (const c of kept) {
      applyHedge(s, c);
      resolveOwnCounts(toks, c);
    }
    kept.forEach((c, i) => resolveElided(s, toks, c, i, kept, prevCounts));
    // "over six weeks" is a preposition, not "more than".
    for (const c of kept) if (c.kind === 'duration' && (c.hedge === 'over' || c.hedge === 'under')) delete c.hedge;
    for (const c of kept) {
      // A repeated fact is kept once: "five other deaths ... The other five Iraqis".
      const definite = /\b(?:the|the other|those|these|all|all the|all of the)\s+$/i.test(s.slice(Math.max(0, c.start - 16), c.start));
      const repeat = out.some(
        (o) => o.value === c.value && o.kind === c.kind && (definite || o.counts.toLowerCase() === (c.counts ?? '').toLowerCase()),
      );
      if (repeat) continue;
      const start = sent.start + c.start;
      const end = sent.start + c.end;
      const fact: NumberDetail = {
        text: text.slice(start, end),
        sentence: s,
        start,
        end,
        value: c.value,
        counts: c.counts ?? 'number',
        kind: c.kind,
        countsFrom: c.countsFrom ?? 'none',
        spelled: c.spelled,
      };
      if (c.hedge) fact.hedge = c.hedge;
      if (c.unit) fact.unit = c.unit;
      if (c.valueMax !== undefined) fact.valueMax = c.valueMax;
      if (c.currency) fact.currency = c.currency;
      if (c.modifier) fact.modifier = c.modifier;
      if (c.subject) fact.subject = c.subject;
      if (c.score) fact.score = c.score;
      out.push(fact);
    }
    const lastCount = [...kept].reverse().find((c) => c.kind === 'count' && c.countsFrom !== 'none' && c.countsFrom !== 'default');
    prevCounts = lastCount?.counts ?? undefined;
  }
  return out;
}

/**
 * Number facts of an article (normative shape: span, value, counts, hedge,
 * unit; plus `valueMax` for ranges). `text` is `Article.text`, `sentences` is
 * `splitSentences(text, title)`.
 */
export function extractNumbers(text: string, sentences: readonly Sentence[]): NumberFact[] {
  return extractNumberDetails(text, sentences).map((d) => {
    const f: NumberFact & { valueMax?: number } = {
      text: d.text,
      sentence: d.sentence,
      start: d.start,
      end: d.end,
      value: d.value,
      counts: d.counts,
    };
    if (d.hedge) f.hedge = d.hedge;
    if (d.unit) f.unit = d.unit;
    if (d.valueMax !== undefined) f.valueMax = d.valueMax;
    return f;
  });
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
  const grouped = core.includes(',') || !(parseNum(core) >= 1000);
  let fixed = Math.abs(r).toFixed(decimals);
  // "$6bn", not "$6.0bn" (but "£11.50" keeps its pence).
  if (!keepZeros && fixed.includes('.')) fixed = fixed.replace(/0+$/, '').replace(/\.$/, '');
  const [int, frac] = fixed.split('.');
  const intOut = grouped ? int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int!;
  return (r < 0 ? '-' : '') + intOut + (frac ? `.${frac}` : '');
}

function matchCase(out: string, like: string): string {
  if (/^\p{Lu}/u.test(like)) return out.charAt(0).toUpperCase() + out.slice(1);
  return out;
}

/**
 * Renders `value` in the format of `example`'s span, for distractors:
 * "2,500" → "3,400"; "two" → "three"; "$368bn" → "$412bn"; "40%" → "35%";
 * "1.2 million" → "1.5 million"; "Father-of-two" → "Father-of-three";
 * a range "$2-$3.8 trillion" keeps its width ratio: 3e12 → "$3-$5.7 trillion";
 * a score "3-1" keeps its second side. Rounds to the example's precision, so
 * callers should compare rendered strings to keep choices distinct.
 */
export function formatLike(value: number, example: NumberFact): string {
  const t = example.text;
  // "minus 5": a non-negative value drops the word.
  const minus = /^minus\s+/i.exec(t);
  if (minus && value >= 0) return formatLike(value, { ...example, text: t.slice(minus[0].length), value: Math.abs(example.value) });
  // Ratios: "one in five" → "one in four".
  const ratio = /^(\w+) in (\w+)$/.exec(t);
  if (ratio && value > 0 && value < 1) {
    const num = wordValue(ratio[1]!) ?? Number(ratio[1]);
    const den = Math.max(num + 1, Math.round(num / value));
    const spelled = wordValue(ratio[2]!) !== undefined;
    return `${ratio[1]} in ${spelled ? numberToWords(den) ?? String(den) : String(den)}`;
  }
  const valueMax = (example as { valueMax?: number }).valueMax;
  const digitRe = /\d+(?:,\d{3})*(?:\.\d+)?/g;
  const cores = [...t.matchAll(digitRe)];
  if (cores.length > 0) {
    const c0 = cores[0]!;
    const lit0 = parseNum(c0[0]);
    const factor = lit0 !== 0 && example.value !== 0 ? example.value / lit0 : 1;
    const v0 = value / factor;
    const keep = decimalsOf(c0[0]) === 2 && /[$£€¥₹]/.test(t);
    let out = t.slice(0, c0.index) + renderDigits(v0, c0[0], keep);
    let tail = t.slice(c0.index! + c0[0].length);
    if (cores.length > 1) {
      const c1 = cores[1]!;
      const offset = c1.index! - (c0.index! + c0[0].length);
      const lit1 = parseNum(c1[0]);
      // A range keeps its width ratio; a score or tally keeps its other side.
      const v1 = valueMax !== undefined && example.value !== 0 ? (value * valueMax) / example.value / factor : lit1;
      out += tail.slice(0, offset) + renderDigits(v1, c1[0], keep);
      tail = tail.slice(offset + c1[0].length);
    }
    return out + tail;
  }
  // Words: fractions first ("half", "two-thirds"), then spelled integers.
  const lower = t.toLowerCase();
  for (const [words] of [['half'], ['a third'], ['two-thirds'], ['a quarter'], ['three-quarters'], ['a fifth'], ['a tenth']] as const) {
    const idx = lower.indexOf(words);
    if (idx >= 0 && Math.abs(example.value) < 1) {
      const rendered = fractionToWords(value) ?? `${renderDigits(value * 100, '0')}%`;
      return t.slice(0, idx) + matchCase(rendered, t.slice(idx)) + t.slice(idx + words.length);
    }
  }
  const wordRe = /[A-Za-z]+(?:-[A-Za-z]+)*/g;
  for (const m of t.matchAll(wordRe)) {
    const parts = m[0].split('-');
    // Find the first number word inside the token ("Father-of-two" → "two", "twenty-five").
    for (let p = 0; p < parts.length; p++) {
      const single = wordValue(parts[p]!);
      const pair = p + 1 < parts.length ? wordValue(`${parts[p]}-${parts[p + 1]}`) : undefined;
      if (single === undefined && pair === undefined && !/^(a|dozen|hundred|thousand|million|billion)$/i.test(parts[p]!)) continue;
      // The whole run of words from here.
      const startIdx = m.index! + parts.slice(0, p).reduce((n, x) => n + x.length + 1, 0);
      const rest = t.slice(startIdx);
      const run = rest.split(/\s+/);
      const first = run[0]!.split('-');
      const tokens = pair !== undefined ? [`${parts[p]}-${parts[p + 1]}`, ...run.slice(1)] : [first[0]!, ...(first.length > 1 ? [] : run.slice(1))];
      const parsed = parseNumberWords(tokens);
      if (!parsed) continue;
      const consumed = tokens.slice(0, parsed.used).join(' ');
      const lit = parsed.value;
      const factor = lit !== 0 && example.value !== 0 ? example.value / lit : 1;
      const v = value / factor;
      const words = v >= 100 && lit < 100 ? undefined : numberToWords(Math.round(v * 1000) / 1000);
      const scaleWords = tokens.slice(0, parsed.used).filter((x) => /^(thousand|million|billion|trillion)$/i.test(x));
      let rendered: string;
      if (scaleWords.length === 1 && factor === 1 && value >= 1e6) {
        // "two million" → "three million"
        const sc = { million: 1e6, billion: 1e9, trillion: 1e12 }[scaleWords[0]!.toLowerCase()] ?? 1e6;
        const lead = numberToWords(value / sc);
        rendered = lead ? `${lead} ${scaleWords[0]!.toLowerCase()}` : `${renderDigits(value / sc, '0.0')} ${scaleWords[0]}`;
      } else {
        rendered = words ?? renderDigits(v, v >= 1000 ? '0,000' : '0');
      }
      return t.slice(0, startIdx) + matchCase(rendered, consumed) + t.slice(startIdx + consumed.length);
    }
  }
  return renderDigits(value, '0');
}
