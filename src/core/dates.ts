/**
 * Date expressions in English news text, resolved against the publication
 * date: weekdays ("Thursday"), relative phrases ("last month"), months
 * ("September 2003", "late December"), years ("in 2017", "2005 fiscal year"),
 * year ranges ("2006 to 2015"), full dates ("30 September 2004", "Jan. 6"),
 * event-relative phrases ("a day after") and clock times ("8 p.m").
 *
 * A hand-written matcher of linear regular expressions: a few KB, no
 * dependency, and news conventions built in (bare weekdays are past-biased,
 * bare years need a year context so "2,500" or "538 electors" never match).
 */

import type { DateFact, DatePrecision } from './types.js';
import type { Sentence } from './text.js';
import { MONTH_ABBRS, MONTH_NAMES, WEEKDAY_NAMES } from './lexicon.js';
import {
  addDays, addMonths, daysInMonth, dayNumber, formatIso, parseIso, weekdayOf,
  type Ymd,
} from './date-math.js';

export { shiftIso } from './date-math.js';

/** What sort of date expression a span is. */
export type DateKind =
  | 'full-date' // "30 September 2004", "Jan. 6", "2024-01-04"
  | 'month' // "September 2003", "in November", "late December"
  | 'year' // "2017", "2005 fiscal year", "mid-2024"
  | 'range' // "2006 to 2015" (iso "2006/2015")
  | 'decade' // "1990s"
  | 'weekday' // "Thursday", "last Friday"
  | 'relative' // "last month", "yesterday", "this year", "recent months"
  | 'event-relative' // "a day after", "the next day", "the previous fiscal year"
  | 'time'; // "8 p.m"

/** A date fact with the kind of expression it came from. */
export interface DateDetail extends DateFact {
  kind: DateKind;
}

type Unit = 'day' | 'week' | 'month' | 'year' | 'time';

/** A match before resolution. */
interface Cand {
  start: number;
  end: number;
  kind: DateKind;
  y?: number;
  m?: number;
  d?: number;
  y2?: number;
  wd?: number;
  /** Explicit direction word: "last Friday", "next March", "this May". */
  dir?: 'last' | 'next' | 'this';
  /** Offset from the publication date, or null when a relative phrase cannot be resolved. */
  rel?: { unit: 'day' | 'month' | 'year'; n: number } | null;
  /** Event-relative offset from an anchor date; n null = vague ("a few days later"). */
  ev?: { unit: Unit; n: number | null; dir: -1 | 0 | 1; np: boolean };
  fixed?: string;
}

const MONTH_FULL = MONTH_NAMES.join('|');
/** A month name or abbreviation ("Jan.", "Sept."), never followed by a letter. */
const MONTH_ANY = `(?:${MONTH_FULL}|(?:${MONTH_ABBRS.join('|')})\\.?)(?![a-z])`;
const WEEKDAYS = WEEKDAY_NAMES.join('|');
const YEAR = '(?:1\\d{3}|20\\d{2})';
const NUM_WORD = 'a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3}|a few|a couple of|several|few|some|many';

const RE_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ANY})(?:,?\\s+(${YEAR})(?![\\d%]|[,.]\\d))?`, 'g');
const RE_MDY = new RegExp(`\\b(${MONTH_ANY})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:%]|[,.]\\d)(?:,?\\s+(${YEAR})(?![\\d%]|[,.]\\d))?`, 'g');
const RE_MY = new RegExp(`\\b(?:(early|mid|late|Early|Mid|Late)[\\s-]+)?(${MONTH_ANY})\\s+(?:of\\s+)?(${YEAR})(?![\\d%]|[,.]\\d)`, 'g');
const RE_MONTH = new RegExp(`\\b(?:(early|mid|late|Early|Mid|Late)[\\s-]+)?(?:(last|next|this|Last|Next|This)\\s+)?(${MONTH_FULL})(?![a-z])`, 'g');
const RE_ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const RE_911 = /\b9\/11\b/g;
const RE_YEAR = new RegExp(`(?<![\\d,.$£€¥#/])(?<!(?<!\\bmid)-)\\b(${YEAR})(?![\\d%s]|[,.:]\\d|-\\d)`, 'g');
const RE_RANGE = new RegExp(
  `\\b(?:(from|between|From|Between)\\s+)?(${YEAR})(\\s*(?:-|–|—|/|to|through|until|and)\\s*)(${YEAR}|\\d{2})(?![\\d%]|[,.]\\d)`, 'g');
const RE_DECADE = /\b(?:(?:early|mid|late)[\s-]+)?(1\d|20)\d0s\b/gi;
const RE_WEEKDAY = new RegExp(`\\b(?:(last|next|this|Last|Next|This)\\s+)?(${WEEKDAYS})(?![a-z])`, 'g');
const RE_DAYWORD = /\b(yesterday|today|tomorrow|tonight)\b/gi;
const RE_LAST_NEXT = /\b(last|this|next)\s+(week|month|year|weekend|morning|afternoon|evening|night)\b(?!-)/gi;
const RE_EARLIER_THIS = /\b(earlier|later)\s+(this|that|in the)\s+(day|week|month|year|morning|afternoon|evening|night)\b(?!-)/gi;
const RE_RECENT = /\b(?:(the)\s+)?(recent|coming)\s+(days|weeks|months|years)\b/gi;
const RE_WEEKEND = /\b(the\s+weekend)\b/gi;
const RE_AGO = new RegExp(`\\b(${NUM_WORD})\\s+(days?|weeks?|months?|years?|decades?)\\s+ago\\b`, 'gi');
const RE_EVENT = new RegExp(`\\b(${NUM_WORD}|the)\\s+(days?|weeks?|months?|years?|hours?|minutes?|nights?)\\s+(after|before|later|earlier)\\b`, 'gi');
const RE_NEXT_DAY = /\bthe\s+(next|following|previous|preceding|prior|same)\s+(?:(?:fiscal|financial|calendar|tax)\s+)?(day|week|month|year|morning|afternoon|evening|night|weekend)\b(?!-)/gi;
const RE_THAT_DAY = /\b(?:(later|earlier)\s+)?that\s+(?:(same)\s+)?(day|week|month|year|morning|afternoon|evening|night)\b(?![-'’])/gi;
const RE_TIME = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b|AM\b|PM\b)|\b([01]?\d|2[0-3]):([0-5]\d)\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|local time)\b/g;

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};

/** Nouns that make a preceding four-digit number a year: "the 2016 election". */
const YEAR_NOUNS = new Set((
  'election elections campaign budget census season olympics olympic games cup war invasion attack attacks crisis ' +
  'referendum vote poll polls midterms midterm race report law act agreement accord accords deal summit earthquake ' +
  'tsunami flood floods fire fires pandemic revolution coup uprising protest protests riots model film movie album ' +
  'book novel edition survey study tournament final finals championship championships fiscal financial ' +
  'presidential general parliamentary legislative local federal ceasefire peace nuclear level levels figure figures ' +
  'record high low peak average baseline target targets deadline plan strategy review results data statistics ' +
  'estimate estimates forecast forecasts projection projections version world paris convention treaty ruling ' +
  'decision bombing bombings shooting massacre killing killings visit meeting talks conference session term ' +
  'quarter half rebellion genocide famine drought hurricane storm strike strikes recession crash bailout merger ' +
  'cycle primaries primary caucus caucuses debate debates graduating class tour world games'
).split(' '));

/** Nouns after which a four-digit number is a year whatever comes before: "sees 2005 earnings". */
const STRONG_YEAR_NOUNS = new Set((
  'election elections campaign budget census season olympics olympic earnings results revenue revenues fiscal ' +
  'presidential midterms midterm referendum general financial'
).split(' '));

/** Lower-case words that may follow a year without making it a count ("in 2017 the ..."). */
const FUNCTION_WORDS = new Set((
  'and or but as when while after before the a an to in on at for with by from of that which who was were is are ' +
  'has have had will would could should can may might did do does said says saw until since there it he she they ' +
  'we i its his her their not under over during alone compared than because so then amid despite following ' +
  'against into up through also ahead about this these those'
).split(' '));

const PAST_IRREGULAR = new Set((
  'was were had did said told made took came went saw gave won lost met held cast began left fell rose hit struck ' +
  'shot ran sent spent put got found thought brought bought paid kept built broke chose drove flew fought grew knew ' +
  'led meant sold sat stood spoke stole swore taught threw understood wrote became quit cut let beat bit hid laid ' +
  'rang sang shut slept spread split woke wore forgot sank sought caught dealt fled hung lit upheld withdrew ago ' +
  'been'
).split(' '));
const NOT_PAST_ED = new Set((
  'need seed speed feed breed indeed bed red shed exceed proceed succeed embed hundred kindred sacred naked wicked ' +
  'aged based armed alleged united'
).split(' '));
const FUTURE_WORDS = new Set((
  'will shall won’t won\'t wont ’ll \'ll going due scheduled slated upcoming next expected planned plans plan ' +
  'proposed may might tomorrow'
).split(' '));
/** Modals and -ing forms that leave past and future open: "would", "the quarter ending June 30". */
const UNCERTAIN_WORDS = new Set('would could should ending starting beginning running lasting'.split(' '));
/** Present-tense verbs of scheduled events, read as future: "his term ends in September", "the Games open on 26 July". */
const SCHEDULED_PRESENT = new Set((
  'end ends begin begins start starts open opens close closes expire expires run runs last lasts resume resumes ' +
  'meet meets arrive arrives launch launches take takes kick kicks convene convenes'
).split(' '));
const DETERMINERS = new Set('the a an his her its their our this that every each'.split(' '));
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'but', 'because', 'although', 'while', 'where', 'when', 'whereas']);

type Tense = 'past' | 'future' | 'uncertain';

/** Case-folded first three letters of a month name → 1-12. */
function monthIndex(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((n) => n.slice(0, 3).toLowerCase() === key) + 1;
}

function numberWord(w: string): number | null {
  const k = w.toLowerCase();
  if (/^\d+$/.test(k)) return Number(k);
  return NUMBERS[k] ?? null;
}

/** The word right before `pos` (lower-cased), skipping spaces. */
function wordBefore(text: string, pos: number): string {
  return /([A-Za-z’']+)\s+$/.exec(text.slice(Math.max(0, pos - 30), pos))?.[1]?.toLowerCase() ?? '';
}

/** The word right after `pos` with its case, skipping spaces. */
function wordAfter(text: string, pos: number): string {
  return /^\s+([A-Za-z][A-Za-z’'-]*)/.exec(text.slice(pos, pos + 40))?.[1] ?? '';
}

/** A following word that keeps a four-digit number a year (punctuation, capital, function or year noun). */
function yearFollowerOk(text: string, end: number): boolean {
  const w = wordAfter(text, end);
  if (!w || /^[A-Z]/.test(w)) return true;
  const l = w.toLowerCase();
  return FUNCTION_WORDS.has(l) || YEAR_NOUNS.has(l);
}

/**
 * Whether a four-digit number at [start, end) reads as a year, and the span to
 * report (widened to "mid-2024", "fiscal 2005", "2005 fiscal year").
 */
function yearSpan(text: string, start: number, end: number, y: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  let ok = false;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  const mod = /\b(?:early|mid|late)[\s-]+$|\bmid-$/i.exec(before);
  if (mod) {
    s = start - mod[0].length;
    ok = true;
  }
  const fiscal = /\b(?:fiscal|financial)\s+(?:year\s+)?$|\bFY\s?$/i.exec(before);
  if (fiscal) {
    s = start - fiscal[0].length;
    ok = true;
  }
  const fy = /^\s+(?:fiscal|financial|tax|calendar|academic|school|model)\s+year\b/i.exec(after);
  if (fy) {
    e = end + fy[0].length;
    ok = true;
  }
  if (ok) return { start: s, end: e };
  const pre = text.slice(Math.max(0, s - 40), s);
  const w = wordBefore(text, s);
  // "from 1500 to 2000 troops": the range matcher decides, never the first number alone.
  if ((w === 'from' || w === 'between') && /^\s*(?:-|–|—|to|through|until|and)\s*\d/.test(after)) return null;
  if (/^(in|since|until|till|during|before|after|circa|from|between|year)$/.test(w)) ok = true;
  else if (/\b(?:as of|as (?:early|late|recently|far back) as|back in)\s+$/i.test(pre)) ok = true;
  else if (w === 'by' || w === 'around') ok = y >= 1900 && yearFollowerOk(text, end);
  else if (w === 'of') {
    ok = /\b(?:end|start|beginning|middle|half|quarter|spring|summer|autumn|fall|winter|rest|course|part|class|close|turn)\s+of\s+$/i.test(pre);
  } else if (/^(the|a|an|its|his|her|their|our|this|that|whose|last)$/.test(w)) {
    ok = YEAR_NOUNS.has(wordAfter(text, end).toLowerCase());
  } else if (/\($/.test(pre) && /^\)/.test(after)) ok = true;
  if (!ok && !/^(?:to|by|around|of|about|some|nearly|almost|over|than)$/.test(w)) ok = STRONG_YEAR_NOUNS.has(wordAfter(text, end).toLowerCase()); // "sees 2005 earnings"
  if (!ok && /^['’]s\b/.test(after)) ok = true;
  if (!ok && /^\s+(?:was|saw|marked|brought)\b/.test(after)) ok = true;
  return ok ? { start: s, end: e } : null;
}

/** Runs a global regex over the text, calling `fn` for each match. */
function scan(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  for (const m of text.matchAll(re)) fn(m as RegExpExecArray);
}

function validDay(y: number | undefined, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y ?? 2024, m);
}

function unitOf(word: string): Unit {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'day' || w === 'night' || w === 'morning' || w === 'afternoon' || w === 'evening') return 'day';
  if (w === 'week' || w === 'weekend') return 'week';
  if (w === 'month') return 'month';
  if (w === 'year') return 'year';
  return 'time';
}

/** Collects every candidate date expression in the text (overlaps allowed). */
function candidates(text: string): Cand[] {
  const out: Cand[] = [];
  const push = (c: Cand): void => void out.push(c);

  scan(RE_ISO, text, (m) => {
    const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    if (!validDay(y, mo, d)) return;
    push({ start: m.index, end: m.index + m[0].length, kind: 'full-date', y, m: mo, d });
  });
  scan(RE_911, text, (m) => push({ start: m.index, end: m.index + m[0].length, kind: 'full-date', fixed: '2001-09-11' }));

  const dayMonth = (m: RegExpExecArray, dayStr: string, monStr: string, yearStr: string | undefined): void => {
    const mo = monthIndex(monStr), d = Number(dayStr);
    const y = yearStr ? Number(yearStr) : undefined;
    if (!validDay(y, mo, d)) return;
    const c: Cand = { start: m.index, end: m.index + m[0].length, kind: 'full-date', m: mo, d };
    if (y !== undefined) c.y = y;
    // "11 September attacks", "September 11 attacks": the 2001 attacks.
    if (y === undefined && mo === 9 && d === 11 && /^\s+(?:terror\w*\s+)?(?:attacks?|hijack)/i.test(text.slice(c.end, c.end + 30))) {
      c.fixed = '2001-09-11';
    }
    push(c);
  };
  scan(RE_DMY, text, (m) => dayMonth(m, m[1]!, m[2]!, m[3]));
  scan(RE_MDY, text, (m) => {
    // "May 10 people" is not a date: "May 10" without a year needs a preposition.
    if (m[1] === 'May' && !m[3] && !/^(in|on|since|until|till|by|from|of|before|after|early|late|mid)$/.test(wordBefore(text, m.index))) return;
    dayMonth(m, m[2]!, m[1]!, m[3]);
  });
  scan(RE_MY, text, (m) => {
    push({ start: m.index, end: m.index + m[0].length, kind: 'month', y: Number(m[3]), m: monthIndex(m[2]!) });
  });
  scan(RE_MONTH, text, (m) => {
    const start = m.index, end = start + m[0].length;
    const name = m[3]!;
    const modified = Boolean(m[1] || m[2]);
    const after = text.slice(end, end + 20);
    if (/^\s+\d/.test(after)) return; // day or year forms are matched elsewhere
    if (!modified) {
      if (/^\s+[A-Z]/.test(after)) return; // "April Ryan", "May Day", "June Carter"
      const w = wordBefore(text, start);
      const preps = name === 'May'
        ? /^(in|since|until|till|during)$/
        : /^(in|on|since|until|till|by|from|to|through|during|before|after|of|and|or|between)$/;
      if (!preps.test(w) && !(name !== 'May' && /^['’]s\b/.test(after))) return;
    }
    const c: Cand = { start, end, kind: 'month', m: monthIndex(name) };
    if (m[2]) c.dir = m[2].toLowerCase() as Cand['dir'];
    push(c);
  });

  scan(RE_RANGE, text, (m) => {
    const start = m.index + m[0].indexOf(m[2]!), end = m.index + m[0].length; // "from" stays out
    const y1 = Number(m[2]);
    const sep = m[3]!.trim().toLowerCase();
    let y2 = Number(m[4]);
    if (m[4]!.length === 2) {
      if (!/^[-–—/]$/.test(sep)) return;
      y2 = Math.floor(y1 / 100) * 100 + y2;
      if (y2 <= y1) y2 += 100;
    }
    if (y2 <= y1 || y2 - y1 > 200) return;
    if (sep === 'and' && !/^between$/i.test(m[1] ?? '')) return;
    if (!yearFollowerOk(text, end)) return;
    const framed = Boolean(m[1]) || yearSpan(text, start, end, y1) !== null;
    if (!framed) return;
    push({ start, end, kind: 'range', y: y1, y2 });
  });
  scan(RE_YEAR, text, (m) => {
    const y = Number(m[1]);
    const span = yearSpan(text, m.index, m.index + m[0].length, y);
    if (span) push({ ...span, kind: 'year', y });
  });
  scan(RE_DECADE, text, (m) => push({ start: m.index, end: m.index + m[0].length, kind: 'decade' }));

  scan(RE_WEEKDAY, text, (m) => {
    const start = m.index, end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 20), start);
    if (/\b(?:Good|Black|Super|Ash|Cyber|Bloody|Holy|Easter|Palm|Maundy|Shrove|Giving|Blue|Low|Whit|Trinity|Fat|Mail on)\s+$/.test(before)) return;
    if (/^\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Mail|Tribune|Independent|Night Football|Sport|Star|People|Book|Club|League|Show|Review)\b/.test(text.slice(end, end + 20))) return;
    const c: Cand = { start, end, kind: 'weekday', wd: WEEKDAY_NAMES.indexOf(m[2] as (typeof WEEKDAY_NAMES)[number]) };
    if (m[1]) c.dir = m[1].toLowerCase() as Cand['dir'];
    push(c);
  });

  scan(RE_DAYWORD, text, (m) => {
    const w = m[1]!;
    // "Today" mid-sentence is a title ("USA Today", the "Today programme").
    if (w === 'Today' && /[^\s"'“‘(]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && !/[.!?]["'”’]?\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return;
    const n = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 }[w.toLowerCase() as 'today'];
    push({ start: m.index, end: m.index + w.length, kind: 'relative', rel: { unit: 'day', n } });
  });
  scan(RE_LAST_NEXT, text, (m) => {
    const w = wordBefore(text, m.index);
    // "the last year", "his last month in office", "over the next year" are spans of time, not dates.
    if (/^(the|a|his|her|its|their|our|my|your|every|each|one|whose)$/.test(w)) return;
    const dir = m[1]!.toLowerCase();
    const unit = m[2]!.toLowerCase();
    const n = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
    let rel: Cand['rel'] = null;
    if (unit === 'month' || unit === 'year') rel = { unit, n };
    else if (unit === 'night' && dir === 'last') rel = { unit: 'day', n: -1 };
    else if (unit !== 'week' && unit !== 'weekend' && dir === 'this') rel = { unit: 'day', n: 0 };
    push({ start: m.index, end: m.index + m[0].length, kind: 'relative', rel });
  });
  scan(RE_EARLIER_THIS, text, (m) => {
    const which = m[2]!.toLowerCase();
    const unit = m[3]!.toLowerCase();
    const start = m.index, end = start + m[0].length;
    if (which === 'that') {
      push({ start, end, kind: 'event-relative', ev: { unit: unitOf(unit), n: 0, dir: 0, np: false } });
      return;
    }
    let rel: Cand['rel'] = null;
    if (which === 'this' && (unit === 'month' || unit === 'year')) rel = { unit, n: 0 };
    else if (which === 'this' && unit !== 'week') rel = { unit: 'day', n: 0 };
    push({ start, end, kind: 'relative', rel });
  });
  scan(RE_RECENT, text, (m) => {
    // "in recent months" → "recent months"; "in the coming weeks" → "the coming weeks".
    const keepThe = m[1] && m[2]!.toLowerCase() === 'coming';
    const start = keepThe ? m.index : m.index + m[0].indexOf(m[2]!);
    push({ start, end: m.index + m[0].length, kind: 'relative', rel: null });
  });
  scan(RE_WEEKEND, text, (m) => push({ start: m.index, end: m.index + m[0].length, kind: 'relative', rel: null }));
  scan(RE_AGO, text, (m) => {
    const n = numberWord(m[1]!);
    const unit = unitOf(m[2]!);
    let rel: Cand['rel'] = null;
    if (n !== null && (unit === 'day' || unit === 'month' || unit === 'year')) rel = { unit, n: -n };
    push({ start: m.index, end: m.index + m[0].length, kind: 'relative', rel });
  });

  scan(RE_EVENT, text, (m) => {
    const start = m.index, end = start + m[0].length;
    const rel = m[3]!.toLowerCase();
    const the = m[1]!.toLowerCase() === 'the';
    if (the && /s$/i.test(m[2]!)) return; // "the days after" is a period, not a date
    const n = the ? 1 : numberWord(m[1]!);
    // "after"/"before" followed by a noun phrase names its own anchor: "a day after a US strike".
    const np = (rel === 'after' || rel === 'before') && /^\s+[\p{L}\p{N}$£€"“‘']/u.test(text.slice(end, end + 3));
    const dir = rel === 'after' || rel === 'later' ? 1 : -1;
    push({ start, end, kind: 'event-relative', ev: { unit: unitOf(m[2]!), n, dir, np } });
  });
  scan(RE_NEXT_DAY, text, (m) => {
    const which = m[1]!.toLowerCase();
    const w = wordBefore(text, m.index);
    if ((which === 'next' || which === 'following') && /^(over|within|for|during|through|throughout)$/.test(w)) return;
    const dir = which === 'same' ? 0 : which === 'next' || which === 'following' ? 1 : -1;
    push({ start: m.index, end: m.index + m[0].length, kind: 'event-relative', ev: { unit: unitOf(m[2]!), n: 1, dir, np: false } });
  });
  scan(RE_THAT_DAY, text, (m) => {
    if (!m[1] && !m[2] && !/^(on|in|by|until|since|from|during)$/.test(wordBefore(text, m.index))) return;
    push({ start: m.index, end: m.index + m[0].length, kind: 'event-relative', ev: { unit: unitOf(m[3]!), n: 0, dir: 0, np: false } });
  });

  scan(RE_TIME, text, (m) => {
    const h = Number(m[1] ?? m[3]);
    if (m[1] !== undefined && (h < 1 || h > 12)) return;
    push({ start: m.index, end: m.index + m[0].length, kind: 'time' });
  });
  return out;
}

/** Index of the sentence containing [start, end), or -1. */
function sentenceIndex(sentences: readonly Sentence[], start: number, end: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (start < s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return end <= s.end ? mid : -1;
  }
  return -1;
}

/**
 * Tense of the clause around a date in its sentence: future ("will", "is due
 * to", "next"), uncertain ("would"), else past (news reports what happened).
 */
function tenseAt(sentence: string, from: number, to: number): Tense {
  const classify = (words: string[], i: number): Tense | null => {
    const w = words[i]!;
    if (/^[A-Z]/.test(w) && i > 0) return null; // names: "United", "Ahmed"
    const l = w.toLowerCase();
    if (l === 'set' || l === 'is' || l === 'are') {
      if (words[i + 1]?.toLowerCase() === 'to') return 'future'; // "is to appear", "set to hit"
      return l === 'set' ? null : 'uncertain'; // "the vote is on Friday": scheduled or current
    }
    if (FUTURE_WORDS.has(l) || /['’]ll$/.test(l)) return 'future';
    if (UNCERTAIN_WORDS.has(l)) return 'uncertain';
    if (SCHEDULED_PRESENT.has(l)) {
      const prev = words[i - 1]?.toLowerCase() ?? '';
      if (DETERMINERS.has(prev)) return null; // "the end of November" is a noun
      if (prev === 'did' || prev === 'had' || prev === 'was' || prev === 'were') return 'past';
      return UNCERTAIN_WORDS.has(prev) ? 'uncertain' : 'future';
    }
    const past = PAST_IRREGULAR.has(l) || (l.length > 3 && l.endsWith('ed') && !NOT_PAST_ED.has(l));
    if (!past) return null;
    const prev = words[i - 1]?.toLowerCase();
    if (prev === 'be' || prev === 'being') return null; // "will be sent": look further
    if (prev === 'is' || prev === 'are' || prev === 'am') {
      // "is believed to have died": look further; "results are announced in January": present passive.
      return /^(?:said|thought|believed|understood|reported|alleged|known|feared|estimated)$/.test(l) ? null : 'uncertain';
    }
    return 'past';
  };
  // Left: back to the clause boundary, nearest word first.
  const left = sentence.slice(0, from);
  if (/\b(?:since|ago)\s+$/i.test(left)) return 'past';
  const cut = Math.max(left.lastIndexOf(','), left.lastIndexOf(';'), left.lastIndexOf(':'), left.lastIndexOf('('),
    left.lastIndexOf('–'), left.lastIndexOf('—'), left.lastIndexOf('--'), left.lastIndexOf('“'), left.lastIndexOf('"'));
  const lw = left.slice(cut + 1).match(/[A-Za-z’']+/g) ?? [];
  for (let i = lw.length - 1; i >= 0; i--) {
    if (CLAUSE_WORDS.has(lw[i]!.toLowerCase())) break;
    const t = classify(lw, i);
    if (t) return t;
  }
  // Right: forward to the next subordinate clause.
  const right = sentence.slice(to).split(/;|\b(?:that|which|who|because|although|while|whereas)\b/)[0]!;
  const rw = right.match(/[A-Za-z’']+/g) ?? [];
  for (let i = 0; i < rw.length; i++) {
    const t = classify(rw, i);
    if (t) return t;
  }
  return 'past';
}

interface Resolved {
  iso: string | null;
  precision: DatePrecision | null;
}

const NONE: Resolved = { iso: null, precision: null };

function dayIso(d: Ymd): Resolved {
  return { iso: formatIso(d.y, d.m, d.d, 'day'), precision: 'day' };
}

/** Point dates already resolved, for event-relative anchors. */
interface Anchor {
  sentence: number;
  start: number;
  iso: string;
  precision: DatePrecision;
}

function resolveEvent(c: Cand, sIdx: number, sentenceText: string, sStart: number, anchors: readonly Anchor[]): Resolved {
  const ev = c.ev!;
  if (ev.n === null || ev.unit === 'time') return NONE;
  // Nearest resolved date before the phrase in this sentence, else the last one of the previous sentence.
  let anchor: Anchor | undefined;
  for (let i = anchors.length - 1; i >= 0; i--) {
    const a = anchors[i]!;
    if (a.sentence === sIdx && a.start < c.start) { anchor = a; break; }
    if (a.sentence === sIdx - 1) { anchor = a; break; }
    if (a.sentence < sIdx - 1) break;
  }
  if (!anchor) return NONE;
  if (ev.np) {
    // "The move comes a day after a US strike": the phrase dates the move, which the anchor dates.
    const left = sentenceText.slice(0, c.start - sStart);
    return /\b(?:comes?|came|coming)\s+(?:just\s+|only\s+|barely\s+)?$/i.test(left)
      ? { iso: anchor.iso, precision: anchor.precision }
      : NONE;
  }
  const a = parseIso(anchor.iso);
  if (!a) return NONE;
  const amount = ev.n * ev.dir;
  if (ev.unit === 'day' || ev.unit === 'week') {
    if (a.precision !== 'day') return NONE;
    return dayIso(addDays({ y: a.y, m: a.m!, d: a.d! }, ev.unit === 'week' ? 7 * amount : amount));
  }
  if (ev.unit === 'month') {
    if (a.precision === 'year') return NONE;
    const r = addMonths(a.y, a.m!, amount);
    return { iso: formatIso(r.y, r.m, undefined, 'month'), precision: 'month' };
  }
  return { iso: formatIso(a.y + amount, undefined, undefined, 'year'), precision: 'year' };
}

function resolve(c: Cand, pub: Ymd | null, tense: () => Tense): Resolved {
  if (c.fixed) return { iso: c.fixed, precision: 'day' };
  switch (c.kind) {
    case 'full-date': {
      if (c.y !== undefined) return dayIso({ y: c.y, m: c.m!, d: c.d! });
      if (!pub) return NONE;
      const t = tense();
      if (t === 'uncertain') return NONE;
      const pubN = dayNumber(pub.y, pub.m, pub.d);
      for (const y of t === 'future' ? [pub.y, pub.y + 1] : [pub.y, pub.y - 1]) {
        if (!validDay(y, c.m!, c.d!)) continue;
        const n = dayNumber(y, c.m!, c.d!);
        if (t === 'future' ? n >= pubN : n <= pubN) return dayIso({ y, m: c.m!, d: c.d! });
      }
      return NONE;
    }
    case 'month': {
      if (c.y !== undefined) return { iso: formatIso(c.y, c.m, undefined, 'month'), precision: 'month' };
      if (!pub) return NONE;
      let y: number;
      if (c.dir === 'last') y = c.m! < pub.m ? pub.y : pub.y - 1;
      else if (c.dir === 'next') y = c.m! > pub.m ? pub.y : pub.y + 1;
      else if (c.dir === 'this') y = pub.y;
      else {
        const t = tense();
        if (t === 'uncertain') return NONE;
        y = t === 'future' ? (c.m! >= pub.m ? pub.y : pub.y + 1) : c.m! <= pub.m ? pub.y : pub.y - 1;
      }
      return { iso: formatIso(y, c.m, undefined, 'month'), precision: 'month' };
    }
    case 'year':
      return { iso: formatIso(c.y!, undefined, undefined, 'year'), precision: 'year' };
    case 'range':
      return { iso: `${formatIso(c.y!, undefined, undefined, 'year')}/${formatIso(c.y2!, undefined, undefined, 'year')}`, precision: 'year' };
    case 'weekday': {
      if (!pub) return NONE;
      const pubWd = weekdayOf(pub.y, pub.m, pub.d);
      const back = (pubWd - c.wd! + 7) % 7; // days back to the most recent such day, 0 = today
      const fwd = (c.wd! - pubWd + 7) % 7;
      let delta: number;
      if (c.dir === 'last') delta = -(back || 7);
      else if (c.dir === 'next') delta = fwd || 7;
      else {
        const t = tense();
        if (t === 'uncertain') return NONE;
        delta = t === 'future' ? fwd : -back;
      }
      return dayIso(addDays(pub, delta));
    }
    case 'relative': {
      if (!pub || !c.rel) return NONE;
      const { unit, n } = c.rel;
      if (unit === 'day') return dayIso(addDays(pub, n));
      if (unit === 'month') {
        const r = addMonths(pub.y, pub.m, n);
        return { iso: formatIso(r.y, r.m, undefined, 'month'), precision: 'month' };
      }
      return { iso: formatIso(pub.y + n, undefined, undefined, 'year'), precision: 'year' };
    }
    default:
      return NONE;
  }
}

/** Parses `datePublished` (a `YYYY-MM-DD` prefix; a full timestamp is accepted). */
function parsePublished(datePublished: string | undefined): Ymd | null {
  if (datePublished === undefined || datePublished === '') return null;
  const p = parseIso(datePublished.slice(0, 10));
  if (!p || p.precision !== 'day' || !/^\d{4}-\d{2}-\d{2}(?:$|T)/.test(datePublished)) {
    throw new RangeError(`extractDates: datePublished "${datePublished}" is not a calendar date; pass YYYY-MM-DD (e.g. "2024-01-05") or leave it out`);
  }
  return { y: p.y, m: p.m!, d: p.d! };
}

/**
 * Finds every date expression in an article body, with its kind, resolved
 * against the publication date. See {@link extractDates}.
 * @throws RangeError when `datePublished` is not a YYYY-MM-DD date.
 */
export function extractDateDetails(text: string, sentences: readonly Sentence[], datePublished?: string): DateDetail[] {
  const pub = parsePublished(datePublished);
  const all = candidates(text).sort((a, b) => a.start - b.start || b.end - a.end);
  // Longest match wins; then drop a weekday naming the full date that follows ("Thursday, January 4").
  const kept: Array<{ c: Cand; s: number }> = [];
  let lastEnd = -1;
  for (const c of all) {
    if (c.start < lastEnd) continue;
    const s = sentenceIndex(sentences, c.start, c.end);
    if (s < 0 || sentences[s]!.furniture) continue;
    const prev = kept[kept.length - 1];
    if (prev && prev.c.kind === 'weekday' && !prev.c.dir && c.kind === 'full-date' &&
        /^,?\s+(?:the\s+)?$/.test(text.slice(prev.c.end, c.start))) kept.pop();
    kept.push({ c, s });
    lastEnd = c.end;
  }
  const out: DateDetail[] = [];
  const anchors: Anchor[] = [];
  for (const { c, s } of kept) {
    const sent = sentences[s]!;
    const tense = (): Tense => tenseAt(sent.text, c.start - sent.start, c.end - sent.start);
    const r = c.kind === 'event-relative' ? resolveEvent(c, s, sent.text, sent.start, anchors) : resolve(c, pub, tense);
    // Anchors for event-relative phrases: dates the text states, not other relative phrases
    // ("the same time last year … the prior year" must not become two years back).
    if (r.iso && r.precision && /^(?:full-date|month|year|weekday)$/.test(c.kind)) anchors.push({ sentence: s, start: c.start, iso: r.iso, precision: r.precision });
    out.push({ text: text.slice(c.start, c.end), sentence: sent.text, start: c.start, end: c.end, iso: r.iso, precision: r.precision, kind: c.kind });
  }
  return out;
}

/**
 * Finds every date expression in an article body: weekdays, relative
 * phrases, months, years, year ranges, full dates, event-relative phrases
 * and clock times. Spans leave out prepositions ("Thursday", not "on
 * Thursday"); sentences marked `furniture` are skipped. Weekdays and
 * relative phrases resolve against `datePublished` (past-biased: a bare
 * weekday is the most recent such day on or before publication unless the
 * clause is future); without it they get `iso: null`. Sorted by `start`.
 *
 * @param text `Article.text`
 * @param sentences `splitSentences(text, title)`
 * @param datePublished `YYYY-MM-DD`
 * @throws RangeError when `datePublished` is not a YYYY-MM-DD date.
 */
export function extractDates(text: string, sentences: readonly Sentence[], datePublished?: string): DateFact[] {
  return extractDateDetails(text, sentences, datePublished).map(({ kind: _kind, ...fact }) => fact);
}

/**
 * Classifies a date span's text: `classifyDate("Jan. 6")` → `full-date`,
 * `classifyDate("last month")` → `relative`. For facts read back from JSON.
 */
export function classifyDate(text: string): DateKind {
  const t = text.trim();
  if (/^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b|[AP]M\b)|^\d{1,2}:\d{2}\s*[A-Z]/i.test(t)) return 'time';
  if (/^\d{4}-\d{2}-\d{2}$/.test(t) || t === '9/11') return 'full-date';
  if (new RegExp(`^${YEAR}\\s*(?:-|–|—|/|to|through|until|and)\\s*\\d{2,4}$`).test(t)) return 'range';
  if (/\d0s$/.test(t)) return 'decade';
  if (new RegExp(`${MONTH_ANY}\\s+\\d{1,2}(?!\\d)|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_ANY}`).test(t)) return 'full-date';
  if (new RegExp(`^(?:(?:last|next|this)\\s+)?(?:${WEEKDAYS})$`, 'i').test(t)) return 'weekday';
  if (new RegExp(`(?:${MONTH_FULL})|\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+\\d{4}`).test(t)) return 'month';
  if (/\b(?:after|before|later|earlier that|later that|next|following|previous|preceding|prior|same)\b|^that\b/i.test(t) && !/\b(?:next|this)\s+(?:week|month|year)$/i.test(t)) {
    if (!/^(?:next|this|last)\s/i.test(t)) return 'event-relative';
  }
  if (/\d{4}/.test(t)) return 'year';
  return 'relative';
}

// ---------------------------------------------------------------------------
// Rendering other dates like a fact's span (for distractors).

const AP_ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function ordinal(n: number): string {
  const r10 = n % 10, r100 = n % 100;
  if (r10 === 1 && r100 !== 11) return `${n}st`;
  if (r10 === 2 && r100 !== 12) return `${n}nd`;
  if (r10 === 3 && r100 !== 13) return `${n}rd`;
  return `${n}th`;
}

/** The month name `m` in the style of `sample` ("Jan." → AP abbreviations, "Jan" → three letters). */
function monthLike(m: number, sample: string): string {
  const full = MONTH_NAMES[m - 1]!;
  if (MONTH_NAMES.some((n) => n === sample)) return full;
  if (sample.endsWith('.')) return AP_ABBR[m - 1]!;
  return m === 9 && sample.startsWith('Sept') ? 'Sept' : full.slice(0, 3);
}

function genericFormat(p: { y: number; m?: number; d?: number }, precision: DatePrecision): string {
  if (precision === 'year') return String(p.y);
  if (precision === 'month') return `${MONTH_NAMES[p.m! - 1]} ${p.y}`;
  return `${p.d} ${MONTH_NAMES[p.m! - 1]} ${p.y}`;
}

/**
 * Renders `iso` in the surface format of a date fact's span, so distractors
 * look like the answer: with a "Thursday" fact, `2024-01-02` → "Tuesday";
 * "September 2003" → "March 2003"; "2017" → "2015"; "30 September 2004" →
 * "12 June 2004"; "Jan. 6" → "Feb. 3"; "late December" → "late March";
 * "2006 to 2015" with `2008/2017` → "2008 to 2017". Parts the span leaves
 * out (the year of "Jan. 6") are left out. When the span's format cannot
 * show `iso` at `precision` (a relative phrase, a weekday for a month) it
 * falls back to "4 January 2024", "January 2024" or "2024".
 * @throws RangeError when `iso` is malformed or coarser than `precision`.
 */
export function formatDateLike(iso: string, precision: DatePrecision, example: Pick<DateFact, 'text'>): string {
  const ex = example.text;
  const slash = iso.indexOf('/');
  if (slash >= 0) {
    const rm = new RegExp(`^(.*?)(${YEAR})(\\s*(?:-|–|—|/|to|through|until|and)\\s*)(\\d{2,4})(.*)$`).exec(ex);
    const a = formatDateLike(iso.slice(0, slash), precision, { text: '2000' });
    const b = formatDateLike(iso.slice(slash + 1), precision, { text: '2000' });
    if (!rm) return `${a} to ${b}`;
    return `${rm[1]}${a}${rm[3]}${rm[4]!.length === 2 ? b.slice(-2) : b}${rm[5]}`;
  }
  const p = parseIso(iso);
  if (!p) throw new RangeError(`formatDateLike: "${iso}" is not an ISO date; expected YYYY, YYYY-MM, YYYY-MM-DD or a range YYYY/YYYY`);
  const rank = { year: 0, month: 1, day: 2 };
  if (rank[p.precision] < rank[precision]) {
    throw new RangeError(`formatDateLike: "${iso}" has ${p.precision} precision, finer "${precision}" was asked for`);
  }
  const generic = genericFormat(p, precision);
  if (/^\d{4}-\d{2}-\d{2}$/.test(ex)) return precision === 'day' ? iso : generic;
  const wdRe = new RegExp(`\\b(?:${WEEKDAYS})\\b`);
  const monRe = new RegExp(`\\b${MONTH_ANY}`);
  const mon = monRe.exec(ex);
  if (!mon && wdRe.test(ex)) {
    return precision === 'day' ? ex.replace(wdRe, WEEKDAY_NAMES[weekdayOf(p.y, p.m!, p.d!)]!) : generic;
  }
  if (mon) {
    const dayRe = new RegExp(`(?:\\b(\\d{1,2})(st|nd|rd|th)?(?=\\s+(?:of\\s+)?${MONTH_ANY}))|(?:(?<=${MONTH_ANY}\\s+)(\\d{1,2})(st|nd|rd|th)?(?!\\d))`);
    const hasDay = dayRe.test(ex);
    if ((precision === 'day') !== hasDay || precision === 'year') return generic;
    let out = ex.replace(monRe, monthLike(p.m!, mon[0]));
    if (hasDay) out = out.replace(dayRe, (_all, _d1, s1, _d2, s2) => ((s1 ?? s2) ? ordinal(p.d!) : String(p.d)));
    return out.replace(new RegExp(`\\b${YEAR}\\b`), String(p.y));
  }
  const yr = new RegExp(`\\b${YEAR}(?!\\d)`);
  if (precision === 'year' && yr.test(ex)) return ex.replace(yr, String(p.y));
  return generic;
}
