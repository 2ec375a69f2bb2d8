/**
 * Date expressions in English news text, resolved against the publication
 * date: weekdays ("Thursday"), relative phrases ("last month"), months
 * ("September 2003", "late December"), years ("in 2017", "2005 fiscal year"),
 * year ranges ("2006 to 2015"), full dates ("30 September 2004", "Jan. 6"),
 * fixed-date holidays ("Christmas"), seasons and parts of a year as month
 * ranges ("spring 2025" → 2025-03/2025-05, "the three months to September"),
 * decades ("1990s" → 1990/1999), event-relative phrases ("a day after") and
 * clock times ("8 p.m").
 *
 * A hand-written matcher of linear regular expressions: a few KB, no
 * dependency, and news conventions built in (bare weekdays are past-biased,
 * bare years need a year context so "2,500" or "538 electors" never match).
 */

import type { DateFact, DatePrecision } from './types.js';
import { sentenceAt, type Sentence } from './text.js';
import { L, N, re } from './letters.js';
import { MONTH_ABBRS, MONTH_NAMES, PAST_IRREGULAR, UNIT_NAMES, WEEKDAY_NAMES, hasAny } from './lexicon.js';
import {
  addDays, daysInMonth, dayNumber, easterSunday, formatIso, nthWeekday, parseIso, shiftParts, weekdayOf,
  type IsoParts, type Ymd,
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

/** A match before resolution. */
interface Cand {
  start: number;
  end: number;
  kind: DateKind;
  y?: number;
  m?: number;
  d?: number;
  /** Last day of a day range in one month: "April 6 to 8". */
  d2?: number;
  y2?: number;
  wd?: number;
  /** Explicit direction word: "last Friday", "next March", "this May". */
  dir?: string;
  /**
   * Shift as [unit, amount]: from the publication date for a relative phrase,
   * from the anchor date for an event-relative one; null when it cannot be
   * resolved ("recent months", "a few days later", "hours after").
   */
  sh?: [DatePrecision, number] | null;
  /** Event-relative phrase followed by the noun phrase it dates from: "a day after a US strike". */
  np?: boolean;
  /** A month range ending at month `m` (of year `y`): how many months before `m` it starts ("spring 2025": m 5, span 2). */
  span?: number;
  /** The year as an offset from the publication year: "the first half of next year" → 1. */
  yo?: number;
  /** "Of the year": the publication year, once the period has begun. */
  cur?: boolean;
  /** "The previous quarter": shifts only a three-month range. */
  q?: boolean;
  /** "The weekend": Saturday and Sunday. */
  we?: boolean;
  /** A bare "third quarter": kept only when the article shows it counts calendar quarters. */
  cq?: boolean;
  /** An Indian (April-March) financial year, `yo` years from the one publication falls in. */
  fy?: boolean;
  /** A season: resolved to its year only (seasons differ by hemisphere), a winter not at all. */
  sea?: boolean;
  /** A season bounded by its start ("before spring", "by the summer"): dated by its first month. */
  st?: boolean;
  /** A period of this many weeks ending on the date: "the six weeks to 3 January". */
  wk?: number;
  /** "The end of the month": the last day of the publication month, in a clause about the future. */
  eom?: boolean;
  /** A part of a day ("by midday", "in the afternoon"): kept only when a day for it is found. */
  dp?: boolean;
  /** A moving holiday's code in HOLIDAYS ("W911", "E-2"), when its year is not given: `m` and `d` are then placeholders. */
  hd?: string;
  /** "Overnight": a part of a day dated by its sentence or the lede. */
  ov?: boolean;
  /** A month modifying a noun ("the April price"): dated by nearness, not tense. */
  mod?: boolean;
  /** A month dated from its anchor's year: 0 "March of that year", 1 "the following January", -1 "the previous May". */
  am?: number;
  /** The weekday written before a full date without its year ("Sunday 16 August"): it picks the year. */
  dw?: number;
  /** Index of the sentence it is in, once kept. */
  s?: number;
  /** Its resolution, once it anchors event-relative phrases. */
  r?: Resolved;
}

/** A regex source as written, backslashes and all (shorter than doubled escapes once minified). */
const raw = String.raw;
/** A set of space-separated words; `word+` stands for both `word` and `words`. */
const words = (list: string): Set<string> => new Set(list.replace(/(\w+)\+/g, '$1 $1s').split(' '));
/** A number group of a match, or undefined when the group did not take part. */
const num = (s: string | undefined): number | undefined => (s ? +s : undefined);
/** An exact, case-sensitive test for one of the `|`-separated words (a Set: no regex to compile). */
const oneOf = (list: string): { test(s: string): boolean } => {
  const set = new Set(list.split('|'));
  return { test: (s) => set.has(s) };
};

const MONTH_FULL = MONTH_NAMES.join('|');
/** A month name or abbreviation ("Jan.", "Sept."), never followed by a letter. */
const MONTH_ANY = `(?:${MONTH_FULL}|(?:${MONTH_ABBRS.join('|')})\\.?)(?![a-z])`;
const WEEKDAYS = WEEKDAY_NAMES.join('|');
const YEAR = raw`(?:1\d{3}|20\d{2}|2100)`; // 2100: climate targets
/** Not followed by more digits, a percent sign or a decimal part: "2017" but not "2017%" or "2017.5". */
const NO_MORE = raw`(?![\d%]|[,.]\d)`;
const ORD = '(?:st|nd|rd|th)?';
const RANGE_SEP = raw`\s*(?:[-–—/]|to|through|until|and)\s*`;
const NUM_WORD = `an?|${UNIT_NAMES.slice(1, 13).join('|')}|\\d{1,3}|a few|a couple of|several|few|some|many`;
const LAST_NEXT = raw`(?:([Ll]ast|[Nn]ext|[Tt]his)\s+)?`;
const PART = raw`(?:([Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?`;
const DAY_PARTS = 'morning|afternoon|evening|night';
/** An optional year after a day and month or a holiday: ", 2004". */
const AND_YEAR = `(?:,?\\s+(${YEAR})${NO_MORE})?`;
/** "30 September 2004", "4th of July", or "Jan. 6, 2021", "September 11th". */
const DAY_MONTH = raw`\b(?:(\d{1,2})${ORD}\s+(?:of\s+)?(${MONTH_ANY})|(${MONTH_ANY})\s+(\d{1,2})${ORD}(?![\d:%]|[,.]\d))${AND_YEAR}`;
const RE_DAY_MONTH = new RegExp(DAY_MONTH, 'g');
/** A second day and month after "and"/"or", its year the first's too: "March 5 and March 23, 2024". */
const RE_AND_DAY_MONTH = new RegExp(raw`^,?\s+(?:and|or)\s+${DAY_MONTH}`);
/** "September 2003", "late Dec. 2004", "in November", "next March"; "spring 2025", "last summer". */
/** Day ranges within a month: "April 6 to 8", "6-8 April"; never clock times ("March 3 to 5 p.m."). */
const DAY_SEP = `${ORD}\\s*(?:[-–]|to|through|and)\\s*`;
const RE_DAY_RANGE = new RegExp(raw`\b(?:(${MONTH_ANY})\s+(\d{1,2})${DAY_SEP}(\d{1,2})|(\d{1,2})${DAY_SEP}(\d{1,2})${ORD}\s+(?:of\s+)?(${MONTH_ANY}))${ORD}(?![\d:%]|[,.]\d|\s*(?:[ap]\.?m\b|o['’]clock))${AND_YEAR}`, 'g');
/** A week of a month: "the first week of May" (days 1-7), "the last week of June 2025". */
const RE_WEEK_OF_MONTH = new RegExp(raw`\b(first|second|third|fourth|last|final)\s+week\s+of\s+(${MONTH_FULL})\b${AND_YEAR}`, 'gi');
/** A comma may join a year ("In May, 2024,"), not a count ("In May, 2000 people"). */
const RE_MONTH = new RegExp(raw`\b${PART}${LAST_NEXT}(${MONTH_ANY}|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:(?:\s+of|,(?!\s+\d+\s+[a-z]))?\s+(${YEAR})${NO_MORE})?`, 'g');
const RE_YEAR = new RegExp(raw`(?<![\d,.$£€¥#/])(?<!(?<!\bmid)-)\b(${YEAR})(?![\d%s]|[-,.:]\d)`, 'g');
const RE_RANGE = new RegExp(raw`\b(?:([Ff]rom|[Bb]etween)\s+)?(${YEAR})(${RANGE_SEP})(${YEAR}|\d{2})${NO_MORE}`, 'g');
// British "a week on Sunday", "Sunday week": the Sunday after next (dir "week"); not "a week on Sunday since the fire".
const RE_WEEKDAY = new RegExp(raw`\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Aa]\s+week\s+on(?!\s+\w+\s+since\b))\s+)?(${WEEKDAYS})(?![a-z])(\s+week\b(?!\s+since\b))?`, 'g');
const RE_AGO = new RegExp(raw`\b(${NUM_WORD})\s+((?:day|week|month|year|decade|season)s?|centur(?:y|ies))\s+ago\b`, 'gi');
const RE_EVENT = new RegExp(raw`\b(${NUM_WORD}|the)\s+((?:day|week|month|year|hour|minute|night)s?)\s+(after|before|later|earlier)\b`, 'gi');
const NUM_MONTHS = `(${UNIT_NAMES.slice(2, 13).join('|')}|\\d{1,2})\\s+months`;
/**
 * Public holidays, each followed by its date: fixed ones by month × 100 + day; moving ones by "W" and month × 100 +
 * weekday × 10 + which one (5: the last), or by "E" and days from Easter Sunday. Only names one country uses
 * (not "Independence Day", "Thanksgiving", "Memorial Day", "Labour Day", which differ by country).
 */
const HOLIDAYS = ("Christmas Eve|1224|Christmas(?: Day)?|1225|Boxing Day|1226|New Year['’]s Day|101|New Year['’]s Eve|1231|Hogmanay|1231|" +
  "Halloween|1031|Valentine['’]s Day|214|St\\.? Patrick['’]s Day|317|Bastille Day|714|Armistice Day|1111|Bonfire Night|1105|Guy Fawkes Night|1105|" +
  "Juneteenth|619|Veterans Day|1111|Remembrance Day|1111|Canada Day|701|Australia Day|126|Anzac Day|425|Waitangi Day|206|" +
  "Labor Day|W911|Martin Luther King(?: Jr\\.?)? Day|W113|MLK Day|W113|Presidents['’]? Day|W213|Columbus Day|W1012|" +
  "Good Friday|E-2|Easter Monday|E1|Easter(?: Sunday)?|E0").split('|');
const RE_HOLIDAY = new RegExp(raw`\b(?:(${HOLIDAYS.filter((_, i) => i % 2 === 0).join(')|(')}))\b${AND_YEAR}`, 'g');
const RE_PART_OF_YEAR = new RegExp(raw`\b(first|second|third|fourth|final|last)\s+(?:(quarter|half)|${NUM_MONTHS})\s+of\s+(?:(the|this|last|next)\s+year|(${YEAR})(?:([-–/])\d{2})?${NO_MORE})`, 'gi');
const RE_MONTHS_TO = new RegExp(raw`\b(?:${NUM_MONTHS}|(?:(?:fiscal|financial)\s+)?(quarter|year))\s+(?:to|through|ended|ending(?:\s+in)?)\s+(?:the\s+end\s+of\s+)?(${MONTH_FULL})(?:\s+\d{1,2}${ORD}\b)?(?:,?\s+(${YEAR}))?(?!\s*\d)`, 'g');
const RE_MONTH_MONTH = new RegExp(raw`\b(${MONTH_FULL})(\s*[-–—/]\s*|\s+(?:to|through)\s+)(${MONTH_FULL})(?:\s+(${YEAR}))?(?:\s+(quarter|period))?`, 'g');
/** "The six weeks to 3 January": the words before the day that make it a period's end. */
const RE_WEEKS_TO = new RegExp(raw`\b(${NUM_WORD})\s+weeks\s+(?:to|ending|ended|through)\s+$`, 'i');
/** Words after "the summer" that make it no season ("the fall of Kabul", "the fall in prices"); "for" (group 1) only after "the fall". */
const NOT_SEASON_AFTER = /^\s+(?:of|in|to|from|on|at|was|is|has|had|came|comes|will|would|and|(for))\b/;
/** "A year and a half ago", "two and a half years ago". */
const RE_AND_A_HALF_AGO = new RegExp(raw`\b(${NUM_WORD})\s+(?:years?\s+and\s+a\s+half|and\s+a\s+half\s+years)\s+ago\b`, 'gi');
/** "The end of 2027", "the start of next year". */
const RE_END_OF_YEAR = new RegExp(raw`\b(?:the\s+)?(?:(end)|start|beginning)\s+of\s+(?:(${YEAR})${NO_MORE}|(this|next|last)\s+year\b|(?<!end\s+of\s+)the\s+year\b)`, 'gi');
/** "The following January", "the previous May". */
const RE_FOLLOWING_MONTH = new RegExp(raw`\bthe\s+(following|previous|preceding)\s+(${MONTH_FULL})\b`, 'g');
/** "Last week", "this month", "next season". */
const RE_LAST_NEXT_PERIOD = new RegExp(raw`\b(last|this|next)\s+(week|month|year|weekend|${DAY_PARTS}|season)\b(?!-)`, 'gi');
/** "Earlier this week", "later in the day". */
const RE_EARLIER_LATER = new RegExp(raw`\b(earlier|later)\s+(this|in the)\s+(day|week|month|year|${DAY_PARTS})\b(?!-)`, 'gi');
/** "The next day", "the previous fiscal year", "the same week". */
const RE_THE_NEXT_PERIOD = new RegExp(raw`\bthe\s+(next|following|previous|preceding|prior|same)\s+(?:(?:fiscal|financial|calendar|tax)\s+)?(day|week|month|quarter|year|${DAY_PARTS}|weekend)\b(?!-)`, 'gi');
/** "That day", "later that week", "that same evening". */
const RE_THAT_PERIOD = new RegExp(raw`\b(?:(later|earlier)\s+)?that\s+(?:(same)\s+)?(day|week|month|year|${DAY_PARTS})\b(?![-'’])`, 'gi');
/** A clock time before a weekday: "10 a.m. Tuesday". */
const RE_CLOCK_WEEKDAY = new RegExp(raw`\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.?|[ap]m\b|[AP]M\b)\s+(${WEEKDAYS})\b`, 'g');

/** Nouns after which a four-digit number is a year whatever comes before: "sees 2005 earnings". */
const STRONG_LIST = 'election+ campaign budget census season olympic+ results fiscal presidential ' +
  'midterm+ referendum general financial';
const STRONG_YEAR_NOUNS = words(STRONG_LIST + ' earnings revenue+');

/** Nouns that make a preceding four-digit number a year: "the 2016 election". */
const YEAR_NOUNS = words(STRONG_LIST +
  ' games cup war invasion attack+ crisis vote poll+ race report law act agreement accord+ deal ' +
  'summit earthquake tsunami flood+ fire+ pandemic revolution coup uprising protest+ riots model ' +
  'film movie album book novel edition survey study tournament final+ championship+ ' +
  'parliamentary legislative local federal ceasefire peace nuclear level+ figure+ ' +
  'record high low peak average baseline target+ deadline plan strategy review data statistics ' +
  'estimate+ forecast+ projection+ version world paris convention treaty ruling ' +
  'decision bombing+ shooting massacre killing+ visit meeting talks conference session term ' +
  'brief filing opinion bill finding verdict judgment judgement inquiry investigation audit assessment analysis memo letter statement lawsuit settlement ' +
  'quarter half rebellion genocide famine drought hurricane storm strike+ recession crash bailout merger ' +
  'cycle primaries primary caucus caucuses debate+ graduating class tour');

/** Nouns a month before them dates: "May output", "the June figures". */
const MONTH_NOUNS = words(STRONG_LIST + ' output production sale+ export+ import+ contract+ delivery deliveries price+ payrolls jobs inflation shipment+ ' +
  'meeting+ deadline data figure+ report+ survey election+ vote');

/** Lower-case words that may follow a year without making it a count ("in 2017 the ..."). */
const FUNCTION_WORDS = words(
  'and or but as when while after before the a an to in on at for with by from of that which who was were is are ' +
  'has have had will would could should can may might did do does said says saw until since there it he she they ' +
  'we i its his her their not under over during alone compared than because so then amid despite following ' +
  'against into up through also ahead about this these those without unless if');

const NOT_PAST_ED = words(
  'need seed speed feed breed indeed shed exceed proceed succeed embed hundred kindred sacred naked wicked ' +
  'aged based armed alleged united');
const FUTURE_WORDS = words(
  'will shall won’t won\'t wont going due scheduled slated upcoming next expected expect expects likely unlikely may might tomorrow deadline');
/** Words of a plan, future only as one: "plans to", "hope to", "the planned strike", "a proposed tax"; else a noun or a past verb. */
const PLAN_WORDS = words('plan+ planned proposed hope+ aim+');
/** Reported speech with "would" before a date: "officials said the bridge would reopen in". */
const REPORTED_WOULD_RE = /\b(?:said|says|told|announced|promised|pledged|vowed|insisted|confirmed)\b.*\bwould\s+(?!have\b)[^.;]*$/i;
const reportedWould = (left: string): boolean => left.toLowerCase().includes('would') && REPORTED_WOULD_RE.test(left);
/** Modals that leave past and future open: "would". */
const UNCERTAIN_WORDS = words('would could should');
/** Present-tense verbs of scheduled events, read as future: "his term ends in September", "the Games open on 26 July". */
const SCHEDULED_PRESENT = words(
  'end+ begin+ start+ open+ close+ expire+ run+ last+ resume+ reopen+ ' +
  'meet+ arrive+ launch launches take+ kick+ convene+ leave+ adjourn+ come+');
/**
 * Present-tense verbs of fixtures, hearings and trips, read as future after a subject: "Charlotte hosts the
 * Knicks on Friday", "the Bucks travel to Boston", "the court hears the appeal on Monday". Also nouns, so
 * "a state visit on Friday" or "postal votes" stay open.
 */
const FIXTURE_VERBS = words(
  'host+ play+ face+ visit+ travel+ tour+ head+ fly flies goes move+ return+ hold+ hear+ vote+ debate+ sit+ decide+ unveil+ ' +
  'reports publishes releases announces'); // a company's results: "the company reports deliveries in April"
/**
 * A result after a score or its side's possessive is over, whatever the main verb: "after their 1-1 draw at Newcastle
 * on Friday", "City's win over Leeds on Tuesday", "a 3-1 defeat on Saturday" (not "the draw is on Friday", "a win on Sunday would").
 */
const RESULTS = ['win', 'draw', 'defeat', 'loss', 'victory'];
const RESULT_RE = new RegExp(raw`(?:\b(?:[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur|\w+['’]s)\s+(?:\d+[-–]\d+\s+)?|\d[-–]\d+\s+)(?:${RESULTS.join('|')})\s+(?:(?:at|against|over|to|with|in|by)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+)?(?:on\s+)?$`);
/** Words before a participle that make it a verb of its clause, not a reduced relative: "will be set up by", "has been". */
const PASSIVE_PREV = words('be being been is are was were has have had get got to will would not and or');
const DETERMINERS = words('the a an his her its their our this every each');
/** Where the search for a tense to the left stops: clause words, and -ing forms ("the quarter ending June 30"). */
/** Verbs a "that" clause follows ("will show that", "would mean that"): there "that" starts a clause. */
const THAT_VERBS = words('say show mean ensure believe think argue note claim warn find suggest know insist confirm add admit deny agree decide hope expect predict signal prove demand require accept acknowledge see');
const CLAUSE_WORDS = words('that which who whom whose but because although while where when whereas ending starting beginning running lasting');

/** A new date or a deadline set by an action: "the vote was postponed to", "classes were suspended until". */
const DEADLINE_VERBS = 'postponed|delayed|deferred|adjourned|rescheduled|moved|pushed back|put off|brought forward|extended|suspended|cancel'.split('|');
const DEADLINE_RE = new RegExp(raw`\b(?:${DEADLINE_VERBS.join('|')})(?:l?ed)?\s+(?:[\w’'-]+\s+){0,7}?(?:to|until|till)\s+(?:the\s+|at\s+least\s+)?$`, 'i');
const isDeadline = (left: string): boolean => hasAny(left.toLowerCase(), DEADLINE_VERBS) && DEADLINE_RE.test(left);

/** A verb of intent or order (past or -ing) and the verb it governs: "agreed on Sunday to raise output in", "urged him to present one by",
 * "ordering it to file a plan by". */
const INTENT_STEMS = 'decid|pledg|promis|resolv|hop|urg|requir|plann|vow|opt|offer|threaten|aim|intend|want|order|ask|direct|instruct';
const INTENT_RE = new RegExp(raw`\b(?:(?:${INTENT_STEMS})(?:ed|ing)|agree(?:d|ing)|chose|choosing|sought|seeking|call(?:ed|ing) on)\b(?:\s+[^\s,;]+){0,8}?\s+to\s+(?!the\b|a\b|an\b|\d)[a-z]+\b(?:[^,;]|,\d)*$`);
/** An intent in the present perfect, in force at publication: "has been ordered to", "have agreed to". */
const STANDING_INTENT_RE = new RegExp(raw`\b(?:has|have)\s+(?:been\s+|already\s+)?(?:(?:${INTENT_STEMS})ed|agreed)\b`);
/** The verbs of INTENT_RE as plain strings, a necessary check before it. */
const INTENT_WORDS = INTENT_STEMS.split('|').flatMap((w) => [`${w}ed`, `${w}ing`]).concat('agree', 'chose', 'choosing', 'sought', 'seeking', 'called on', 'calling on');

/** `new Set` of the first four letters of each `|`-separated word: a cheap necessary check of a word list. */
const starts4 = (list: string): Set<string> => new Set(list.split('|').map((w) => w.slice(0, 4)));
/** Words before a weekday that make it a holiday or a title ("Good Friday", "Mail on Sunday"). */
const HOLIDAY_WD = 'Good|Black|Super|Ash|Cyber|Bloody|Holy|Easter|Palm|Maundy|Shrove|Giving|Blue|Low|Whit|Trinity|Fat|Mail';
const HOLIDAY_WD_RE = new RegExp(raw`\b(?:${HOLIDAY_WD} on)\s+$`);
/** Words before a weekday that make it recurring or typical. */
const TYPICAL = 'every|each|most|average|typical|usual|regular|weekly';
const TYPICAL_RE = new RegExp(raw`\b(?:${TYPICAL})(?:\s+other)?\s+$`, 'i');
/** Weekly institutions after a weekday ("Sunday trading", "Friday prayers"). */
const WEEKLY = 'trading|prayers?|school|services?|mass|roast|opening|hours|markets?|papers|editions?|supplement|shifts?|worship|sermons?|sabbath|closing|licen[cs]e';
const WEEKLY_RE = new RegExp(raw`^\s+(?:${WEEKLY})\b`);
/** Titles after a weekday ("Sunday Times", "Monday Night Football"). */
const TITLES = 'Times|Telegraph|Mirror|Express|Post|Herald|Mail|Tribune|Independent|Night Football|Sport|Star|People|Book|Club|League|Show|Review';
const TITLES_RE = new RegExp(raw`^\s+(?:${TITLES})\b`);
const WEEKLY4 = starts4(WEEKLY);
const HOLIDAY_WDS = HOLIDAY_WD.split('|');
const TYPICALS = TYPICAL.split('|');
const TITLES4 = starts4(TITLES);
/** Words of a yearly recurrence ("every year in", "annually in"). */
const YEARLY = 'every|each|annually|yearly';
const YEARLY_WORDS = YEARLY.split('|');
const YEARLY_BEFORE_RE = new RegExp(raw`\b(?:${YEARLY})\s+(?:(?:year|spring|summer|autumn|winter)\s+)?(?:in|on|at|from|around|by|until|between)?\s*(?:the\s+)?(?:(?:early|mid|late|end\s+of)[\s-]+)?$`, 'i');

/** The verbs after a comma that close an embedded clause (see {@link commaVerb}). */
const COMMA_VERBS = 'is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did';
const COMMA_VERB_RE = new RegExp(raw`^\s*,\s+(?:${COMMA_VERBS})\b`, 'i');
const COMMA_VERB_LIST = COMMA_VERBS.split('|');
/** True when `right` opens with a comma and a verb: ", is averaging". The regex runs only after a cheap check. */
function commaVerb(right: string): boolean {
  const r = right.trimStart();
  if (!r.startsWith(',')) return false;
  const w = r.slice(1).trimStart().slice(0, 6).toLowerCase();
  return COMMA_VERB_LIST.some((v) => w.startsWith(v)) && COMMA_VERB_RE.test(right);
}

/** Tense of a clause, as the direction in which to look for a date. */
const enum Tense { Past = -1, Uncertain = 0, Future = 1 }
const WEAK = 2;
/** A scheduled verb after "to" ("agreed to meet"): future unless a past verb governs it, then open. */
const INF = 3;

/** Days from day number `from` to month `m`, day `d` of year `y`. */
const daysTo = (y: number, { m, d }: Ymd, from: number): number => dayNumber(y, m, d) - from;

/** A month name or abbreviation ("Sept", "January") → 1-12, by its first three letters. */
function monthIndex(name: string): number {
  return 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(name.slice(0, 3).toLowerCase()) / 3 + 1;
}

/** The day of a moving holiday (a HOLIDAYS code: "W911" the first Monday of September, "E-2" Good Friday) in year `y`. */
function holidayDay(code: string, y: number): Ymd {
  const n = +code.slice(1);
  return code[0] === 'E' ? addDays(easterSunday(y), n) : { y, m: Math.floor(n / 100), d: nthWeekday(y, Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10) };
}

/** The value of a lower-cased `NUM_WORD` match; null for vague counts ("a few", "several"). */
function numberWord(k: string): number | null {
  const i = UNIT_NAMES.indexOf(k);
  return /\d/.test(k) ? +k : /^an?$/.test(k) ? 1 : i > 0 ? i : null;
}

/** The `n` characters before `pos` (fewer at the start of the text). */
function textBefore(text: string, pos: number, n: number): string {
  return text.slice(Math.max(0, pos - n), pos);
}

/** The word right before `pos` (lower-cased), skipping spaces. */
function wordBefore(text: string, pos: number): string {
  // As /([A-Za-z’']+)\s+$/ on the 30 characters before (trimEnd drops exactly \s), without scanning them from the left.
  const w = textBefore(text, pos, 30), e = w.trimEnd().length;
  let b = e;
  for (let c; e < w.length && b > 0 && (((c = w.charCodeAt(b - 1)) | 32) >= 97 && (c | 32) <= 122 || c === 39 || c === 0x2019); ) b--;
  return w.slice(b, e).toLowerCase();
}

/** The word right after `pos` with its case, skipping spaces. */
function wordAfter(text: string, pos: number): string {
  return /^\s+([A-Za-z][A-Za-z’'-]*)/.exec(text.slice(pos, pos + 40))?.[1] ?? '';
}

/** A following word that keeps a four-digit number a year (punctuation, capital, function or year noun). */
function yearFollowerOk(text: string, end: number): boolean {
  const w = wordAfter(text, end);
  const l = w.toLowerCase();
  return !w || /^[A-Z]/.test(w) || FUNCTION_WORDS.has(l) || YEAR_NOUNS.has(l);
}

/**
 * Whether a four-digit number at [start, end) reads as a year, and the span to
 * report (widened to "mid-2024", "fiscal 2005", "2005 fiscal year").
 */
function yearSpan(text: string, start: number, end: number, y: number): { start: number; end: number } | null {
  const pre = textBefore(text, start, 40);
  const after = text.slice(end, end + 40);
  // Widened by a modifier ("mid-", "late"), a fiscal prefix ("fiscal", "FY") or suffix ("fiscal year").
  const lead = /\b(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?|(?:early|mid|late)[\s-]+)$/i.exec(pre)?.[0] ?? '';
  const trail = /^\s+(?:fiscal|financial|tax|calendar|academic|school|model)\s+year\b/i.exec(after)?.[0] ?? '';
  if (lead || trail) return { start: start - lead.length, end: end + trail.length };
  const w = wordBefore(text, start);
  const next = wordAfter(text, end).toLowerCase();
  // "from 1500 to 2000 troops": the range matcher decides, never the first number alone.
  if (/^(from|between)$/.test(w) && /^\s*(?:[-–—]|to|through|until|and)\s*[$£€]?\d/.test(after)) return null;
  return /^(in|since|until|till|during|before|after|circa|from|between|year)$/.test(w) ||
    // A new date set by a delay: "pushed back to 2028", "extended to 2030".
    (w === 'to' && y >= 1900 && isDeadline(pre) && yearFollowerOk(text, end)) ||
    /\b(?:as of|as (?:early|late|recently|far back) as|back in|(?:dat|trac|go|went|stretch)\w*\s+back\s+to)\s+$/i.test(pre) ||
    (/^(?:by|around|for|into)$/.test(w) ? y >= 1900 && yearFollowerOk(text, end)
      : w === 'of' ? /\b(?:end|start|beginning|middle|half|quarter|spring|summer|autumn|fall|winter|rest|course|part|class|close|turn|same\s+(?:period|time|month|quarter|week))\s+of\s+$/i.test(pre) ||
        // "three times the level of 2020", "below the levels of 1990" (not "a level of 1500 metres").
        (/\blevels?\s+of\s+$/i.test(pre) && yearFollowerOk(text, end)) ||
        // "the fires of 2017", "the crisis of 2008": an event the year names (not "the figures of 2000 firms").
        (y >= 1900 && y < 2100 && YEAR_NOUNS.has(/\b(?:the|its|their|his|her)\s+([a-z]+)\s+of\s+$/i.exec(pre)?.[1]?.toLowerCase() ?? '') && yearFollowerOk(text, end))
      // "the 2016 election", "compared with 1990 levels"; "the 2009 US Open" (a modern year before a name).
      : /^(the|a|an|its|his|her|their|our|this|that|whose|last)$/.test(w) ? YEAR_NOUNS.has(next) || (y >= 1900 && y < 2100 && /^[A-Z]/.test(wordAfter(text, end))) ||
        // "a 2016 robbery", "the 2022 thriller", "its 2026 deficit target" (a singular noun; not a round count: "a 2000 word essay").
        (/^(?:an?|the|its|his|her|their|our)$/.test(w) && y >= 1900 && y < 2100 && y % 10 !== 0 && /^[a-z]{3,}[^s]$/.test(wordAfter(text, end)) && !/^(?:word|page|mile|metre|meter|foot|acre|seat|point|person|member|strong|ton|tonne)$/.test(next))
      : /^(?:with|than|below|above|on|at|against|as)$/.test(w) ? y >= 1900 && y < 2100 && (YEAR_NOUNS.has(next) ||
        // "almost as large as 2024", "worse than 2023." (a comparison ending its clause; not a round count).
        (/^(?:than|as)$/.test(w) && y % 10 !== 0 && /^\s*(?:[,.;:!?)"”’]|$)/.test(after)))
      // "Russia's 2026 wheat crop", "the company's 2024 results" (not "the city's 2000 homes").
      : /['’]s$/.test(w) ? y >= 1900 && y < 2100 && (YEAR_NOUNS.has(next) || (y % 10 !== 0 && /^[a-z]{3,}[^s]$/.test(wordAfter(text, end))))
      : /\($/.test(pre) && /^\)/.test(after)) ||
    (!/^(?:to|by|around|of|about|some|nearly|almost|over|than)$/.test(w) && STRONG_YEAR_NOUNS.has(next)) || // "sees 2005 earnings"
    /^['’]s\b|^\s+(?:was|saw|marked|brought)\b/.test(after) ||
    // A change against a year: "up 6 per cent on 2025", "a 3% rise over 2024." (not "a 5% discount on 2000 units").
    (/^(?:on|over|versus|vs)$/.test(w) && y >= 1900 && y < 2100 && /(?:%|\bper\s?cent|\bpercent|\bpoints?)\s+(?:on|over|versus|vs\.?)\s+$/i.test(pre) &&
      (YEAR_NOUNS.has(next) || /^\s*(?:[,.;:!?)"”’]|and\b|$)/.test(after))) ||
    // "The dispute echoes 2022, when floods …": a time a clause describes.
    (y >= 1900 && y < 2100 && /^,\s+when\b/.test(after)) ? { start, end } : null;
}

function validDay(y: number | undefined, m: number, d: number): boolean {
  return d >= 1 && d <= daysInMonth(y ?? 2024, m); // undefined (so false) for a month outside 1-12
}

/**
 * The shift of `n` units (a lower-cased unit word: "nights" is days, "weeks"
 * are 7 days, "quarters" 3 months) in direction `dir`; null when `n` is null
 * (vague) or the unit is a clock unit or a "decade".
 */
function eventShift(unitWord: string, n: number | null, dir: number): Cand['sh'] {
  const u = unitWord.replace(/s$/, '');
  return n === null ? null : /^(day|night|morning|afternoon|evening)$/.test(u) ? ['day', n * dir] : /^week/.test(u) ? ['day', 7 * n * dir]
    : u === 'quarter' ? ['month', 3 * n * dir] : u === 'month' || u === 'year' ? [u, n * dir] : null;
}

/** What a matcher returns to drop a match. */
type Skip = false | null | undefined | '' | 0 | void;

/** The shift of "last/this/next <unit>" from the publication date; null when that names no date ("last week", "next morning"). */
function relShift(dir: string, unit: string): Cand['sh'] {
  return unit === 'month' || unit === 'year' ? [unit, dir === 'last' ? -1 : dir === 'next' ? 1 : 0]
    : unit === 'night' && dir === 'last' ? ['day', -1] : !/^week|season/.test(unit) && dir === 'this' ? ['day', 0] : null;
}

/** Words before a month, a day or a holiday that make it a date: "on Christmas", "by March", "until May 10". */
const PREP = oneOf('in|on|at|since|until|till|by|from|to|through|during|before|after|of|over|around|for|and|or|between|early|late|mid');

/** A word before "last"/"next" that makes a span of time or a thing, not a date: "the last year", "his last fall". */
const OWNER = oneOf('the|a|his|her|its|their|our|my|your|every|each|one|whose');

/** The start of a noun phrase after "after"/"before": a word, a figure, a currency sign or an opening quote. */
const NOUN_PHRASE_START_RE = re('u')`^\s+[${L}${N}$£€"“‘']`;

/** Collects every candidate date expression in the text (overlaps allowed). */
function candidates(text: string): Cand[] {
  const out: Cand[] = [];
  const before = (pos: number): string => wordBefore(text, pos);
  /**
   * Runs a global regex over the text; `fn` (given the match, its
   * lower-cased groups and its span) returns the fields of a candidate of
   * `kind` spanning the match (and may override the span or kind), or a
   * falsy value to skip the match.
   */
  const scan = (
    re: RegExp,
    kind: DateKind,
    fn: (m: RegExpExecArray, lc: Array<string | undefined>, start: number, end: number) => Partial<Cand> | Skip,
  ): void => {
    // An exec loop (as matchAll, without its copy of the regex); an empty match steps on.
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index, end = start + m[0].length;
      if (end === start) re.lastIndex++;
      // (A loop, not Array.from(m, …): the iterator protocol cost more than the lower-casing.)
      const lc: Array<string | undefined> = [];
      for (let g = 0; g < m.length; g++) lc.push(m[g]?.toLowerCase());
      const c = fn(m, lc, start, end);
      if (c) out.push({ start, end, kind, ...c });
    }
  };
  // Gates: a regex runs only when a word it needs is in the text.
  const lower = text.toLowerCase(), has = (...parts: string[]): boolean => hasAny(lower, parts);

  scan(/\b\d{4}-\d{2}-\d{2}\b/g, 'full-date', (m) => parseIso(m[0]));
  if (text.includes('9/11')) scan(/\b9\/11\b/g, 'full-date', () => ({ y: 2001, m: 9, d: 11 }));
  scan(RE_DAY_MONTH, 'full-date', (m, _lc, start, end) => {
    const name = m[2] ?? m[3]!, mo = monthIndex(name), d = +(m[1] ?? m[4]!),
      // "March 5 and March 23, 2024": the year after the second date is the first's too (not "Dec. 28 or Jan. 3, 2025").
      and = m[5] ? null : RE_AND_DAY_MONTH.exec(text.slice(end, end + 40)),
      y = num(m[5] ?? (and && monthIndex(and[2] ?? and[3]!) >= mo ? and[5] : undefined));
    // "The six weeks to 3 January": the period ending that day.
    const tb = textBefore(text, start, 30);
    const wk = tb.toLowerCase().includes('weeks') ? RE_WEEKS_TO.exec(tb) : null;
    const n = wk && numberWord(wk[1]!.toLowerCase());
    if (n && n > 1 && validDay(y, mo, d)) return { y, m: mo, d, wk: n, start: start - wk![0].length, kind: 'range' };
    // "on 7 May next year", "March 3 last year": that year's day, one date (as "June last year").
    const rel = y === undefined ? /^\s+(?:of\s+)?(last|this|next)\s+year\b/.exec(text.slice(end, end + 20)) : null;
    if (rel && validDay(undefined, mo, d)) return { m: mo, d, yo: rel[1] === 'last' ? -1 : rel[1] === 'next' ? 1 : 0, end: end + rel[0].length };
    // "May 10 people" is not a date: "May 10" without a year needs a preposition. "The March 23 Movement" is a name.
    return validDay(y, mo, d) && (name !== 'May' || m[1] || y || PREP.test(before(start)) || /\bat\s+least\s+$/.test(textBefore(text, start, 10))) &&
      !(before(start) === 'the' && /^\s+[A-Z][a-z]/.test(text.slice(end, end + 3))) &&
      // "11 September attacks", "September 11 attacks": the 2001 attacks.
      { y: y ?? (mo === 9 && d === 11 && /^\s+(?:terror\w*\s+)?(?:attacks?|hijack)/i.test(text.slice(end, end + 30)) ? 2001 : undefined), m: mo, d };
  });
  scan(RE_DAY_RANGE, 'full-date', (m) => {
    const mo = monthIndex(m[1] ?? m[6]!), d = +(m[2] ?? m[4]!), d2 = +(m[3] ?? m[5]!), y = num(m[7]);
    return d2 > d && validDay(y, mo, d2) && d >= 1 && { y, m: mo, d, d2 };
  });
  // "The first week of May": days 1-7; "the last week of June": its last seven days (of February, unknown before its year).
  if (/week\s+of\s/i.test(text)) scan(RE_WEEK_OF_MONTH, 'range', (m, lc) => {
    const mo = monthIndex(m[2]!), n = ['first', 'second', 'third', 'fourth'].indexOf(lc[1]!) + 1;
    const d2 = n > 0 ? 7 * n : mo === 2 && !m[3] ? 0 : daysInMonth(+(m[3] ?? 2001), mo);
    return d2 ? { y: num(m[3]), m: mo, d: d2 - 6, d2 } : {};
  });
  // Months: "September 2003", "in November", "next March". Seasons: "spring 2025" (2025-03/2025-05), "last
  // summer"; winter with a year and "late summer" stay unresolved.
  scan(RE_MONTH, 'month', (m, lc, start, end) => {
    // "Since at least October": the preposition before the hedge.
    const [, part, dir, name, year] = lc, after = text.slice(end, end + 20), pre30 = textBefore(text, start, 30),
      w = (hasAny(pre30, ['least', 'latest', 'earliest']) ? /([a-z]+)\s+at\s+(?:least|the\s+(?:latest|earliest))\s+$/.exec(pre30)?.[1] : undefined) ?? before(start);
    const season = 'sprsumautfalwin'.indexOf(name!.slice(0, 3)) / 3;
    if (season >= 0) {
      // "his last fall", "falls", "winter-proof" are not seasons.
      // "before the fall", "in the summer": that season, by the clause's tense (not "the fall of Kabul", "the fall in prices").
      const notSeason = NOT_SEASON_AFTER.exec(after);
      // "Before spring", "by summer," (bare, when a clause or a list goes on after it) too.
      const prep = /\b(in|during|before|after|by|until|till|over|through|since|from)\s+(the\s+)?$/i.exec(textBefore(text, start, 14));
      const the = !dir && !year && !part && !!prep && (prep[2] ? !(notSeason && (!notSeason[1] || name === 'fall'))
        : /^(?:\s*(?:[,.;:)]|$)|\s+(?:and|or|but|when|as|if|while)\b)/.test(after));
      if (/^[\w-]/.test(after) || (!the && (dir ? OWNER.test(w) : !year || (name === 'fall' && !/^(in|the|since|by|until|during)$/.test(w))))) return;
      const mo = [5, 8, 11, 11, 2][season]!; // the last month
      return part ? { kind: 'relative' } : {
        kind: 'range', m: mo, span: 2, y: num(year), dir, sea: true, st: the && /^(?:before|by|until|till)$/i.test(prep![1]!), ...(the && prep![2] ? { start: start - 4 } : {}),
      };
    }
    const mo = monthIndex(name!);
    if (year) return { y: +year, m: mo };
    // An abbreviation needs a year; day or year forms are matched elsewhere.
    if (MONTH_NAMES[mo - 1] !== m[3] || /^\s+\d/.test(after)) return;
    // "(early) June last year", "June of last year": that year's June, one date.
    // "March of that year": the month in the year of the date before it.
    const that = /^\s+(?:of\s+)?that\s+(?:same\s+)?year\b/.exec(text.slice(end, end + 30));
    if (that && !dir) return { kind: 'event-relative', m: mo, am: 0, sh: ['year', 0], end: end + that[0].length };
    const rel = /^\s+(?:of\s+)?(last|this|next)\s+year\b/.exec(after);
    if (rel && !dir) return { m: mo, yo: rel[1] === 'last' ? -1 : rel[1] === 'next' ? 1 : 0, end: end + rel[0].length };
    if (!part && !dir) {
      if (/^\s+[A-Z]/.test(after)) return; // "April Ryan", "May Day", "June Carter"
      // A month before a noun it dates: "the April selling price", "to decide May output". Dated by nearness, not by
      // the clause's verb (a price for April is set before it).
      const next = wordAfter(text, end);
      if (!PREP.test(w) && (MONTH_NOUNS.has(next) || (w === 'the' && m[3] !== 'May' && /^[a-z]{3,}$/.test(next) && !FUNCTION_WORDS.has(next)))) return { m: mo, mod: true };
      // "By the end of May", "the start of May": May after a part of a month is the month, not the verb.
      if (m[3] === 'May' ? !/^(in|since|until|till|during)$/.test(w) && !(w === 'of' && /\b(?:end|start|beginning|middle)\s+of\s+$/.test(textBefore(text, start, 14))) : !PREP.test(w) && !/^['’]s\b/.test(after)) return;
    }
    return { m: mo, dir };
  });

  // "The following January", "the previous May": the first such month after (before) the date before it.
  if (has('following', 'previous', 'preceding')) scan(RE_FOLLOWING_MONTH, 'event-relative', (m) =>
    ({ m: monthIndex(m[2]!), am: m[1] === 'following' ? 1 : -1, sh: ['year', 0] }));
  // Holidays on fixed dates: "over Christmas", "New Year's Eve", "Christmas 2024" (a bare name needs a preposition).
  scan(RE_HOLIDAY, 'full-date', (m, _lc, start, end) => {
    const i = m.findIndex((g, j) => j && g), y = num(m[m.length - 1]), code = HOLIDAYS[2 * i - 1]!, md = +code;
    // A moving holiday without its year is dated once the year is known ("by Labor Day": this year's or next?).
    const day = md ? { y, m: Math.floor(md / 100), d: md % 100 } : y ? holidayDay(code, y) : { hd: code, m: 4, d: 1 };
    // A bare name needs a preposition; none may name something else: "the Good Friday Agreement", "Labor Day weekend".
    return (y || ((/\s/.test(m[i]!) ? !/^(?:the|a|an|this|that)$/.test(before(start)) : PREP.test(before(start))) &&
      !/^\s+(?:[A-Z]|period|holiday|break|season|shop|trad|sale|market|tree|light|part|dinner|lunch|card|rush|present|gift|egg|service|mass|weekend)/.test(text.slice(end, end + 20)))) && day;
  });
  // Parts of a year: "the first three months of the year", "the second half of 2024", "the fourth quarter of last year".
  // Of a split year ("the first half of 2026-27") it is fiscal: April-March in Indian news (₹, crore, lakh), else unknown.
  const fyApril = hasAny(text, ['₹', 'Rs', 'crore', 'lakh']) && /₹|\bRs\.?\s?\d|\b(?:crore|lakh)s?\b/.test(text);
  if (/(?:quarter|half|months)\s+of\s/i.test(text)) scan(RE_PART_OF_YEAR, 'range', (_m, lc, start) => {
    const len = lc[2] ? (lc[2] === 'half' ? 6 : 3) : numberWord(lc[3]!) ?? 0;
    let end = /^(final|last)$/.test(lc[1]!) ? 12 : ('firsecthifou'.indexOf(lc[1]!.slice(0, 3)) / 3 + 1) * len;
    let y = num(lc[5]);
    // A fiscal quarter is not a calendar one.
    if (/fiscal\s+$/i.test(textBefore(text, start, 8)) || !(len > 0 && end <= 12)) return;
    if (lc[6]) {
      if (!fyApril) return {};
      end += 3;
      if (end > 12) [end, y] = [end - 12, y! + 1];
    }
    return { m: end, span: len - 1, y, yo: lc[4] === 'last' ? -1 : lc[4] === 'next' ? 1 : 0, cur: lc[4] === 'the' };
  });
  // "A year and a half ago", "two and a half years ago": months back.
  if (/and\s+a\s+half/i.test(text)) scan(RE_AND_A_HALF_AGO, 'relative', (_m, lc) => {
    const n = numberWord(lc[1]!);
    return n !== null && { sh: ['month', -(12 * n + 6)] };
  });
  // "By the end of the month": the last day of the publication month when the clause looks ahead.
  scan(/\b(?:the\s+)?end\s+of\s+(?:the|this)\s+month\b/gi, 'relative', () => ({ eom: true }));
  // "The end of 2027", "the end of next year": that December; "the start of 2025", "since the start of the year": that January.
  if (/(?:end|start|beginning)\s+of\s/i.test(text)) scan(RE_END_OF_YEAR, 'month', (_m, lc) =>
    ({ m: lc[1] === 'end' ? 12 : 1, ...(lc[2] ? { y: +lc[2] } : { yo: lc[3] === 'last' ? -1 : lc[3] === 'next' ? 1 : 0 }) }));
  // A bare "third quarter" / "third-quarter profit"; a fiscal one is not a calendar quarter.
  if (has('quarter')) scan(/\b(first|second|third|fourth)[\s-]quarter(?![\w-])/gi, 'range', (_m, lc, start) =>
    !/fiscal\s+$/i.test(textBefore(text, start, 8)) && { m: ('firsecthifou'.indexOf(lc[1]!.slice(0, 3)) / 3 + 1) * 3, span: 2, cq: true });
  // Periods ending in a month: "the three months to September", "the year to March 2024", "the April-June quarter".
  if (/(?:months|quarter|year)\s+(?:to|through|end)/.test(text)) scan(RE_MONTHS_TO, 'range', (m, lc) => {
    const len = lc[2] ? (lc[2] === 'year' ? 12 : 3) : numberWord(lc[1]!) ?? 0;
    return len > 1 && len <= 12 && { m: monthIndex(m[3]!), span: len - 1, y: num(m[4]) };
  });
  // "January-March"; "April to June" only with a year or "quarter"/"period" (else two months).
  scan(RE_MONTH_MONTH, 'range', (m) => {
    const b = monthIndex(m[3]!);
    return (m[4] || m[5] || !/[a-z]/.test(m[2]!)) && { m: b, span: (b - monthIndex(m[1]!) + 12) % 12, y: num(m[4]) };
  });

  // A year, a separator and two more digits first (RE_RANGE, with its optional start, is slow to scan).
  if (/\d\d\s*(?:[-–—/]|to|through|until|and)\s*\d\d/.test(text)) scan(RE_RANGE, 'range', (m, lc, from, end) => {
    const start = from + m[0].indexOf(m[2]!); // "from" stays out
    const y1 = +m[2]!;
    const sep = lc[3]!.trim();
    let y2 = +m[4]!;
    if (m[4]!.length === 2) {
      if (!/^[-–—/]$/.test(sep)) return;
      y2 += Math.floor(y1 / 100) * 100;
      if (y2 <= y1) y2 += 100;
    }
    const span = yearSpan(text, start, end, y1); // widened by "fiscal", "school year": "the 2023-24 school year"
    // "for 2025-26", "in 2023/24": a split (fiscal, season, school) year after a preposition.
    const split = m[4]!.length === 2 && y2 === y1 + 1 && /^(?:for|in|of|to|by|from|over|during|through|until|since)$/.test(wordBefore(text, start));
    const ok = y2 > y1 && y2 - y1 <= 200 && (split || ((yearFollowerOk(text, end) || (span && span.end - span.start > end - start)) && (m[1] || span)));
    if (!ok || sep !== 'and') return ok && { start, end, ...span, y: y1, y2 };
    // "In 2021 and 2022": two years (the first one is matched on its own).
    if (lc[1] !== 'between') return { start: end - 4, end, kind: 'year', y: y2 };
    // "Between 2020 and 2024": two years, each its own date (the second one dates the period's end).
    out.push({ start, end: start + 4, kind: 'year', y: y1 });
    return { start: end - 4, end, kind: 'year', y: y2 };
  });
  scan(RE_YEAR, 'year', (m, _lc, start, end) => {
    const y = +m[1]!;
    const span = yearSpan(text, start, end, y);
    return span && { ...span, y };
  });
  // "the 1990s" is 1990/1999; "the early 1990s" and "the 1900s" (a decade or a century?) stay unresolved.
  if (lower.includes('0s')) scan(/\b((?:early|mid|late)[\s-]+)?((?:1\d|20)\d0)s\b/gi, 'decade', (m) => {
    const y = +m[2]!;
    return m[1] || !(y % 100) ? {} : { y, y2: y + 9 };
  });

  scan(RE_WEEKDAY, 'weekday', (m, lc, start, end) => {
    // Each rare regex below runs only when its words are there (a cheap check first).
    const pre = textBefore(text, start, 20);
    const after = text.slice(end, end + 20);
    const next4 = after.trimStart().slice(0, 4);
    return !(hasAny(pre, HOLIDAY_WDS) && HOLIDAY_WD_RE.test(pre)) &&
      // A recurring or typical weekday is no date: "services every Sunday", "average Sunday attendance".
      !(hasAny(pre.toLowerCase(), TYPICALS) && TYPICAL_RE.test(pre)) &&
      // A weekly institution is no date: "Sunday trading laws", "during Friday prayers" (but "on Sunday trading resumed").
      !(WEEKLY4.has(next4) && WEEKLY_RE.test(after) &&
        !/^(?:on|by|since|until|till|from|before)$/.test(before(start))) &&
      !(TITLES4.has(next4) && TITLES_RE.test(after)) &&
      { wd: WEEKDAY_NAMES.indexOf(m[2] as (typeof WEEKDAY_NAMES)[number]), dir: m[3] || lc[1]?.[0] === 'a' ? 'week' : lc[1] };
  });

  // British "a week today" is a week ahead, "a week yesterday" a week before yesterday (not "a week today since the fire").
  if (has('yesterday', 'today', 'tomorrow', 'tonight')) scan(/\b(a\s+week\s+(?!\w+\s+since\b))?(yesterday|today|tomorrow|tonight)\b/gi, 'relative', (m, lc, start) => {
    const before3 = textBefore(text, start, 3), k = lc[2] === 'yesterday' ? -1 : lc[2] === 'tomorrow' ? 1 : 0;
    // "Today" mid-sentence is a title ("USA Today", the "Today programme").
    return (m[2] !== 'Today' || !/[^\s"'“‘(]\s*$/.test(before3) || /[.!?]["'”’]?\s*$/.test(before3)) &&
      { sh: ['day', k + (m[1] ? (k < 0 ? -7 : 7) : 0)] };
  });
  // "last season" (sports) is left unresolved: a season may or may not straddle two years.
  // "the last year", "his last month in office", "over the next year" are spans of time, not dates.
  scan(RE_LAST_NEXT_PERIOD, 'relative', (_m, lc, start) =>
    !OWNER.test(before(start)) && (lc[2] === 'weekend' ? { we: true, dir: lc[1] } : { sh: relShift(lc[1]!, lc[2]!) }));
  // "Later in the day", "earlier in the evening": a part of the day the text is about, dated like a clock time.
  if (has('earlier', 'later')) scan(RE_EARLIER_LATER, 'relative', (_m, lc) =>
    lc[2] === 'this' ? { sh: relShift('this', lc[3]!) } : /^(?:day|morning|afternoon|evening|night)$/.test(lc[3]!) ? { kind: 'time' } : { sh: null });
  // "in recent months" → "recent months"; "in the coming weeks" → "the coming weeks"; "the weekend"; "the past decade" or
  // "year" (a rolling period: no iso).
  if (has('recent', 'coming', 'weekend', 'decade', 'past')) scan(/\b(?:(the)\s+)?(recent|coming)\s+(days|weeks|months|years)\b|\bthe\s+(?:weekend|(?:past|last|previous)\s+decade|past\s+year)\b/gi, 'relative', (m, lc, start) =>
    ({ start: m[2] && !(m[1] && lc[2] === 'coming') ? start + m[0].indexOf(m[2]) : start, we: /weekend$/i.test(m[0]) }));
  // "The same quarter a year ago" is the stated quarter a year back, not the year before publication.
  if (/\sago\b/i.test(text)) scan(RE_AGO, 'relative', (_m, lc, start) => /\bsame\s+(?:quarter|period|month|week|day)\s+$/i.test(textBefore(text, start, 30))
    ? { kind: 'event-relative', sh: eventShift(lc[2]!, numberWord(lc[1]!), -1) }
    // Days back from a quoted speaker's day, which may not be the publication's ("We won nine days ago," he said).
    : { sh: /^w/.test(lc[2]!) || (/^d/.test(lc[2]!) && (text.slice(text.lastIndexOf('\n', start) + 1, start).match(/["“”]/g)?.length ?? 0) % 2) ? null : eventShift(lc[2]!, numberWord(lc[1]!), -1) });

  // In Indian news "the next financial year" counts from the April-March year of publication.
  if (fyApril) {
    scan(/\bthe\s+(current|next|previous|last)\s+(?:financial|fiscal)\s+year\b/gi, 'relative', (_m, lc) =>
      ({ fy: true, yo: lc[1] === 'current' ? 0 : lc[1] === 'next' ? 1 : -1 }));
  }
  if (/(?:day|week|month|year|hour|minute|night)s?\s+(?:after|before|later|earlier)\b/i.test(text)) scan(RE_EVENT, 'event-relative', (_m, lc, _start, end) => {
    const rel = lc[3]!;
    const the = lc[1] === 'the';
    // "the days after" is a period, not a date.
    return !(the && /s$/.test(lc[2]!)) && {
      sh: eventShift(lc[2]!, the ? 1 : numberWord(lc[1]!), rel === 'after' || rel === 'later' ? 1 : -1),
      // "after"/"before" followed by a noun phrase names its own anchor: "a day after a US strike".
      np: /^(after|before)$/.test(rel) && NOUN_PHRASE_START_RE.test(text.slice(end, end + 3)),
    };
  });
  if (/\bthe\s+(?:next|following|previous|preceding|prior|same)\s/i.test(text)) scan(RE_THE_NEXT_PERIOD, 'event-relative', (_m, lc, start, end) => {
    const which = lc[1]!;
    const forward = /^(next|following)$/.test(which);
    // "the same quarter last year" is not the anchor's quarter.
    const ly = which === 'same' && /^\s+(?:of\s+)?(?:last|a|the\s+(?:previous|prior))\s+year/i.test(text.slice(end, end + 30));
    return !(forward && /^(over|within|for|during|through|throughout)$/.test(before(start))) &&
      { sh: ly ? null : eventShift(lc[2]!, 1, which === 'same' ? 0 : forward ? 1 : -1), q: lc[2] === 'quarter' };
  });
  if (/\bthat\s+(?:same\s+)?(?:day|week|month|year|morning|afternoon|evening|night)\b/i.test(text)) scan(RE_THAT_PERIOD, 'event-relative', (m, lc, start) =>
    (m[1] || m[2] || /^(on|in|by|until|since|from|during)$/.test(before(start))) && { sh: eventShift(lc[3]!, 0, 0) });

  // Clock times ("8 p.m", "10:15 GMT", Reuters' "1015 GMT"); a 24-hour one is already bounded by the pattern
  // (its first group is undefined, so NaN).
  scan(/\b(\d{1,2})(?:[:.](\d{2}))?\s*(?:[ap]\.m\.?|[ap]m\b|[AP]M\b)|\b(?:([01]?\d|2[0-3]):|([01]\d|2[0-3]))([0-5]\d)\s*(?:GMT|BST|UTC|CES?T|[ECP][SD]T|[EP]T|local time)\b/g, 'time', (m) =>
    !(+m[1]! < 1 || +m[1]! > 12) && {});
  // Parts of a day: "by midday", "in the afternoon" (not "the morning session", "the evening of May 2"); dated like
  // a clock time, and dropped when no day is found for them.
  if (has('midday', 'noon', 'morning', 'afternoon', 'evening')) scan(/\b(?:(?:by|at|around|before|after|until|since|from)\s+(midday|noon)|(?<!\d\s|\b(?:o['’]clock|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s)(?:in|during|by|until|through|throughout)\s+(the\s+(?:morning|afternoon|evening)))\b(?!\s+(?:of|session|news|rush|paper|commute|peak|show|prayers?|service|meeting|shift)\b|-)/gi,
    'time', (m, _lc, start) => ({ start: start + m[0].lastIndexOf(m[1] ?? m[2]!), dp: true }));
  // "Overnight" as an adverb ("launched 147 drones overnight, …"): the night of the day the text is about, dated like a
  // part of a day; not an adjective ("an overnight stay"), an idiom ("almost overnight", "won't happen overnight") or
  // a night a weekday or a date names ("overnight Monday", "overnight on Jan. 5").
  if (text.includes('overnight')) scan(new RegExp(raw`(?<!\b(?:an?|the|almost|virtually|practically|literally|nearly|seemingly|not|happen|change)\s+)\bovernight(?=\s*[,.;]|\s+(?:in|at|as|and|for|near|over|with|amid|after|before|across|while|when|but)\b)(?!\s+(?:(?:on|into|to|and)\s+)?(?:${WEEKDAYS}|${MONTH_FULL}|\d))`, 'g'),
    'time', (_m, _lc, start) => !/\b(?:can|could|will|would|may|might|not|never)\b|n['’]t\b/i.test(textBefore(text, start, 40)) && { dp: true, ov: true });
  // A clock time with its weekday is one date, that day's: "4:30 a.m. Wednesday" ("6.50am on Thursday" stays two).
  if (/\d\s*(?:[ap]\.?m|[AP]M)/.test(text)) scan(RE_CLOCK_WEEKDAY, 'weekday', (m) =>
    ({ wd: WEEKDAY_NAMES.indexOf(m[1] as (typeof WEEKDAY_NAMES)[number]) }));
  // A month or a day that recurs is no one date: "every year in March", "on 1 July each year", "held annually in May".
  return out.filter((c) => c.m === undefined || c.y !== undefined || c.yo !== undefined || c.am !== undefined ||
    !recurs(textBefore(text, c.start, 50), text.slice(c.end, c.end + 30)));
}

/** Whether the words around a month or a day make it recur: "every year in …", "… each year", "held annually in …". */
function recurs(before: string, after: string): boolean {
  return (hasAny(before.toLowerCase(), YEARLY_WORDS) && YEARLY_BEFORE_RE.test(before)) ||
    (hasAny(after.toLowerCase(), ['year', 'annually']) && /^,?\s+(?:(?:of\s+)?(?:every|each)\s+year|annually|yearly)\b/i.test(after));
}


/**
 * Tense of the clause around a date in its sentence: future ("will", "is due
 * to", "next"), uncertain ("would"), past, or null when nothing shows it.
 */
function tenseAt(sentence: string, from: number, to: number, note?: { weak?: boolean }): Tense | null {
  /** Whether a future found rests on weak evidence: a noun or an adjective ("the deadline", "the likely"), an infinitive. */
  let soft = false;
  /** A tense, WEAK for a regular -ed form that may be a participle ("keep the government funded"), or null. */
  const classify = (words: string[], i: number): Tense | typeof WEAK | typeof INF | null => {
    const w = words[i]!;
    if (/^[A-Z]/.test(w) && i > 0) return null; // names: "United", "Ahmed"
    const l = w.toLowerCase();
    const prev = words[i - 1]?.toLowerCase() ?? '';
    // A participle right after a noun, with its agent ("the company set up by the government in March", "a law passed
    // by parliament on Monday"), is a reduced relative clause: a done action, whatever the main clause's tense ("will be
    // moved to the company set up … in March"). Not a sequence ("followed by a release in January"),
    // a passive after "be" ("will be set up by"), nor a date the action aims at ("set by the judge for June 5").
    if ((words[i + 1] === 'by' || (/^(?:up|out|down|off)$/.test(words[i + 1] ?? '') && words[i + 2] === 'by')) &&
      (l === 'set' || PAST_IRREGULAR.has(l) || (l.endsWith('ed') && !NOT_PAST_ED.has(l))) &&
      !/^(?:followed|preceded|accompanied|replaced|succeeded)$/.test(l) && /[a-z]/.test(prev) && !PASSIVE_PREV.has(prev) &&
      !DETERMINERS.has(prev) && /\b(?:in|on|at)\s+$/.test(sentence.slice(0, from))) return Tense.Past;
    if (/^(set|is|are)$/.test(l)) {
      if (words[i + 1]?.toLowerCase() === 'to') return Tense.Future; // "is to appear", "set to hit"
      return l === 'set' ? null : Tense.Uncertain; // "the vote is on Friday": scheduled or current
    }
    // "A cut is possible in August" looks ahead like "likely" (not "was possible", "the possible sale").
    if (FUTURE_WORDS.has(l) || /['’]ll$/.test(l) || (l === 'possible' && /^(?:is|are|be|remains?|seems?|looks?)$/.test(prev))) return Tense.Future;
    // An obligation looks ahead ("the works must be completed by 30 September"), not "must have".
    if (l === 'must') return words[i + 1]?.toLowerCase() === 'have' ? Tense.Past : Tense.Future;
    // "A planned €500 cut from September", "the promised rise in April": a noun after a plan's adjective, no verb.
    const planAdj = (k: number) => /^(?:planned|proposed|promised|expected|scheduled|anticipated)$/.test(words[k] ?? '') && DETERMINERS.has(words[k - 1]?.toLowerCase() ?? '');
    if (planAdj(i - 1) || (planAdj(i - 2) && /^[a-z]+$/.test(prev))) return null;
    if (PLAN_WORDS.has(l) || (l === 'promised' && DETERMINERS.has(prev))) {
      // "Marsh proposed the plan in January" is past; "the spending plan" says nothing.
      if (words[i + 1]?.toLowerCase() === 'to' || /^(?:the|a|an|its|his|her|their|our|this|these)$/.test(prev)) return Tense.Future;
      // "A conference planned for 24 March": the plan may have been kept or dropped; by nearness.
      if (l.endsWith('ed') && words[i + 1]?.toLowerCase() === 'for') return Tense.Uncertain;
      if (l.startsWith('plan') && !l.endsWith('ed')) return null;
    }
    if (UNCERTAIN_WORDS.has(l)) return Tense.Uncertain;
    const fixture = FIXTURE_VERBS.has(l);
    // "last year", "last Friday": an adjective, not the verb "last".
    if (l === 'last' && /^(?:year|month|week|weekend|night|season|time|decade|summer|winter|spring|autumn|fall)$|^[A-Z]/.test(words[i + 1] ?? '')) return null;
    if (SCHEDULED_PRESENT.has(l) || fixture) {
      // "Open" after a past linking verb is an adjective, so that verb dates it: "the seat came open in August", "stayed open".
      if (l === 'open' && /^(?:came|was|were|stayed|remained|became|kept|fell|swung|broke|burst)$/.test(prev)) return null;
      // "Reports", "releases" before a preposition are nouns: "media reports on Monday said", "press releases from".
      if (/^re(?:port|lease)s$/.test(l) && /^(?:on|of|in|from|about|by|that)$/.test(words[i + 1] ?? '')) return null;
      // "the end of November", "Travel on Friday was …" are nouns; "agreed to meet" depends on "agreed".
      if (DETERMINERS.has(prev) || !prev) return null;
      if (prev === 'to') return INF;
      // A bare infinitive after "let"/"make"/"help" and its object takes that verb's tense: "let the offer expire in".
      if (!l.endsWith('s') && words.slice(Math.max(0, i - 4), i - 1).some((x) => /^(?:let|lets|letting|made|make|makes|making|help|helps|helped|helping|saw|watched)$/i.test(x))) return null;
      if (/^(did|had|was|were)$/.test(prev)) return Tense.Past;
      if (UNCERTAIN_WORDS.has(prev)) return Tense.Uncertain;
      // A subject before it: a name, a pronoun or adverb, a plural before a plain form ("the teams meet"), a
      // determiner two back before an -s form ("the court hears"); not "a state visit", "postal votes".
      const p = words[i - 1]!;
      return !fixture || /^[A-Z]|^(?:he|she|it|they|we|you|then|again|also|now|still|later|next)$/.test(p) ||
        (l.endsWith('s') ? DETERMINERS.has(words[i - 2]?.toLowerCase() ?? '') : /[^s]s$/.test(p) && !/^(?:is|was|has|this|its|his)$/.test(prev))
        ? Tense.Future : null;
    }
    if (!PAST_IRREGULAR.has(l) && !(l.length > 3 && l.endsWith('ed') && !NOT_PAST_ED.has(l))) return null;
    // After a determiner, a quantifier or a preposition it is a noun or an adjective: "one more cut", "a reported
    // attack", "in limited release"; before "by" without an auxiliary, a participle: "followed by a release in January".
    if (/^(?:a|an|the|one|more|another|any|no|further|its|his|her|their|our|in|on|at|of|for|with|from|into)$/.test(prev) ||
      (words[i + 1] === 'by' && l.endsWith('ed') && !/^(?:is|are|was|were|be|been|being|has|have|had|get|got)$/.test(prev))) return null;
    if (/^be(ing)?$/.test(prev)) return null; // "will be sent": look further
    if (/^(is|are|am)$/.test(prev)) {
      // "is believed to have died": look further; "results are announced in January": present passive.
      return /^(?:said|thought|believed|understood|reported|alleged|known|feared|estimated)$/.test(l) ? null : Tense.Uncertain;
    }
    // A passive present perfect is a state reaching to now, not a past date: "a fire ban has been declared on Wednesday".
    if (prev === 'been' && /^(?:has|have)$/i.test(words[i - 2] ?? '')) return Tense.Uncertain;
    // After a subject or an auxiliary a regular -ed form ("funded") or a past like the present ("shut") is
    // a past verb; else it may be a participle ("keep the museum funded") or a present ("will stay shut").
    return (PAST_IRREGULAR.has(l) && !/^(?:hit|put|cut|let|beat|cast|quit|shut|spread|split)$/.test(l)) ||
      /^(?:[A-Z].*|he|she|it|they|we|i|you|was|were|had|has|have)$/.test(words[i - 1] ?? 'x') ? Tense.Past : WEAK;
  };
  /**
   * The first word from `i` on (going by `step`, up to a `stop` word) that
   * shows a tense; a weak past gives way to a later modal ("would keep the
   * government funded through Jan. 30").
   */
  const first = (words: string[], i: number, step: number, stop?: Set<string>): Tense | null => {
    let weak = false, inf = false;
    soft = false;
    // "Would cut that ratio by December": "that" after a verb of a modal and before a noun is a determiner, no clause start.
    const det = (k: number) => words[k] === 'that' && /^(?:will|would|could|should|can|may|might|must)$/i.test(words[k - 2] ?? '') &&
      /^[a-z]+$/.test(words[k - 1] ?? '') && !THAT_VERBS.has(words[k - 1]!) && /^[a-z]+$/.test(words[k + 1] ?? '') && !FUNCTION_WORDS.has(words[k + 1]!);
    for (; i in words && (!stop?.has(words[i]!.toLowerCase()) || det(i)); i += step) {
      const t = classify(words, i);
      if (t === INF) inf = true;
      // "Agreed to meet on Friday" may look either way; "refused to leave Monday" did not happen: the refusal's day.
      else if (inf && (t === Tense.Past || t === WEAK)) return /^(?:declined|refused|failed)$/i.test(words[i]!) ? Tense.Past : Tense.Uncertain;
      else if (t === WEAK) weak = true;
      // After a weak past a present verb it complements is open like a modal: "keeps the government funded through March 13".
      else if (weak && /^(?:keeps|leaves)$/i.test(words[i]!)) return Tense.Uncertain;
      // Else only a modal counts: "would keep … funded", not "last" in "last shut down".
      else if (t !== null) {
        const w = words[i]!.toLowerCase();
        if (weak && t !== Tense.Past && !/^(?:will|shall|would|could|should|may|might|must|due)$/.test(w)) return Tense.Past;
        // "Must" is firm unless reported ("said it must repay by Dec. 31" may be a past obligation).
        soft = t === Tense.Future && (w === 'deadline' || (w === 'must' && /\b(?:said|says|told|warned|insisted|added)\b/.test(sentence)) || (/likely$/.test(w) && !/^(?:is|are|was|were|be|been|seems?|looks?)$/i.test(words[i - 1] ?? '')) ||
          (PLAN_WORDS.has(w) && words[i + 1] !== 'to'));
        return t;
      }
    }
    soft = inf;
    return inf ? Tense.Future : weak ? Tense.Past : null;
  };
  const left = sentence.slice(0, from);
  if (/\b(?:since(?:\s+the)?|ago)\s+$/i.test(left) || (hasAny(left, RESULTS) && RESULT_RE.test(left))) return Tense.Past;
  // A new date or a deadline set by a past action may still lie ahead: "the vote was postponed to May 10",
  // "the ban was extended until March". Such a date is the nearer of the two years, or none when unclear.
  const deadline = isDeadline(left);
  const wordsOf = (s: string): string[] => s.match(/[A-Za-z’']+(?:-[A-Za-z’']+)*/g) ?? []; // "play-offs" is one word
  // A relative clause set off by commas is left out, so the verb after it has its subject: "Ireland, who finished third, host".
  const lw = wordsOf(left.replace(/,\s+(?:who|which)\b[^,;]*,(?=\s[^,]*$)/, '')
    .replace(/^[^]*(?:,(?!\d)|[;:(–—“"]|-(?=-))/, '')); // not the comma of "1,200"
  const right = sentence.slice(to);
  // A comma then a verb closes an embedded clause: "Ashby, who signed … in July, is averaging" is the main
  // clause's tense, not the date's; the date's clause is then the one to its left.
  const rw = commaVerb(right) ? []
    // A quotation ends its clause: the attribution after it ("…on October 20," he said) is another clause;
    // So does an attribution after a comma: "…before spring, Yurchenko said".
    : wordsOf(right.split(/[;"”]|,\s*(?:and|but|or|where|[a-z]+ing)\b|,(?=(?:\s+[\w.'’-]+){1,4}\s+(?:said|says|told|added)\b)|\b(?:that|which|who|because|although|while|whereas)\b/)[0]!);
  const aw = wordsOf(left);
  // Left back to the clause boundary, nearest word first; then right, forward to the next clause; then
  // the main clause before it ("GDP grew 0.3% in the spring, after 0.7% growth in January").
  // "Postal votes on Friday were counted": an auxiliary straight after the date is the clause's verb, so a
  // word before it that could be a verb ("votes", "talks", "visits") is its subject, a noun.
  const near = lw.filter((w) => !/^(?:on|at|in|by|from)$/i.test(w)).pop()?.toLowerCase() ?? '';
  const aux = FIXTURE_VERBS.has(near) &&
    /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)$/i.test(rw[0] ?? '');
  const tense = (aux ? first(rw, 0, 1) : null) ?? first(lw, lw.length - 1, -1, CLAUSE_WORDS) ?? first(rw, 0, 1) ??
    first(aw, aw.length - 1, -1, CLAUSE_WORDS);
  // "Until" a date looks ahead unless the clause is in the past: "schools remain closed until Wednesday",
  // "forecasters have warned of rain until Wednesday" (a present perfect reaches to now), but "it lasted until May".
  if (/\b(?:until|till|through)\s+(?:at\s+least\s+)?$/i.test(left) && !lw.some((w) => UNCERTAIN_WORDS.has(w)) &&
    (tense !== Tense.Past || lw.some((w) => /^(?:has|have|remains?|stays?)$/i.test(w)))) {
    if (note) note.weak = tense !== Tense.Future || soft;
    return Tense.Future;
  }
  if (note) note.weak = soft;
  // A first conditional looks ahead: "if approved, the school would close on 31 August" (not "if it had …, would have").
  if (tense === Tense.Uncertain && /^(?:[^,]*,)?\s*(?:if|unless)\b(?![^,]*\b(?:had|were|was)\b)[^,]*,[^,]*\bwould\s+(?!have\b)[^,]*$/i.test(left)) return Tense.Future;
  return deadline && tense === Tense.Past ? Tense.Uncertain : tense;
}

/** A past measurement a date belongs to, whatever the main clause's tense: "a premium to the closing price on Friday", "Friday's close". */
function pastMeasure(left: string, right: string): boolean {
  return (/^['’]s\s/.test(right) && /^['’]s\s+(?:close|closing|opening)\b/i.test(right)) ||
    (hasAny(left.toLowerCase(), ['clos', 'open', 'settle']) &&
      /\b(?:(?:clos(?:e|ing)|opening|settlement)\s+(?:price|level|value|rate|figure)s?|(?:the|its|their|[A-Za-z]+['’]s)\s+close)\s+(?:on|as\s+of)\s+$/i.test(left));
}

/** Phrases before a month that look ahead (WEAK when the date may be the act's, not the aim's). */
const AHEAD_WORDS = ['aimed', 'designed', 'intended', 'meant', ' for ', 'demand'];
/** A purpose with a deadline: "a scheme aimed at cutting 85 posts by December", "rules designed to end waits before June". */
const PURPOSE_RE = /(?<!\b(?:had|was|were|he|she|they|we|i)\s+)\b(?:aimed\s+at|designed\s+to|intended\s+to|meant\s+to)\s+[^,;]*\b(?:by|before|until|till)\s+$/i;
/** A word CONTENDER_RE needs (lower case). */
const CONTENDER_WORDS = ['frame', 'contention', 'running', 'hunt', 'prepar', 'gearing', 'qualified'];
/** An event a subject is in line for: "put him in the frame for the world championships in September", "is preparing for". */
const CONTENDER_RE = /(?<!\b(?:was|were|been|being)\s+(?:\w+\s+)?)\b(?:in\s+(?:the\s+)?(?:frame|contention|running|hunt)|prepar(?:ing|es?)|gearing\s+up|(?:has|have)\s+qualified)["”’']?\s+for\s+[^,;]*$/i;
/** A month, a year, "ago" or "last year": a purpose's clause already dated ("had aimed in 2019 at cutting … by May"). */
const PURPOSE_DATED_RE = new RegExp(raw`\b(?:${MONTH_FULL}|ago|last\s+year)\b|\b(?:1\d|20)\d\d\b`);
/** What is called for or demanded: "called for snap elections in June" (or the call's month: WEAK). */
const DEMAND_RE = /\b(?:call(?:ed|ing|s)?\s+for|demand(?:ed|ing|s)?|(?:press|push)(?:ed|ing|es)?\s+for)\s+(?:[a-z-]+\s+){0,4}?(?:in|by|for|from)\s+$/i;

/**
 * The tense a phrase before a month sets, beyond the clause's verb: a purpose with a deadline and an event a subject is in
 * line for look ahead; a demand too, but WEAK (its month may be the demand's). Undefined when none applies.
 */
function aheadOf(left: string): Tense | typeof WEAK | undefined {
  const l = left.toLowerCase();
  if (!hasAny(l, AHEAD_WORDS)) return undefined;
  if (PURPOSE_RE.test(left) && !PURPOSE_DATED_RE.test(left)) return Tense.Future;
  if (l.includes(' for ') && hasAny(l, CONTENDER_WORDS) && CONTENDER_RE.test(left)) return Tense.Future;
  return DEMAND_RE.test(left) ? WEAK : undefined;
}

/** A month, a year or a past time word: the clause before "the end of the month" may be about another month. */
const MONTH_DATED_RE = new RegExp(raw`\b(?:${MONTH_FULL}|last\s+month|earlier|ago)\b|\b(?:1\d|20)\d\d\b`);

/** A date or time word: the clause before a date already has one ("said on Monday it would …"). */
const DATED_RE = new RegExp(raw`\b(?:${WEEKDAYS}|${MONTH_FULL}|yesterday|today|last|earlier|ago)\b|\b(?:1\d|20)\d\d\b`);

/**
 * Reported "would" with no earlier date in its sentence looks ahead from publication: "she said she would sign
 * it Monday", "the line would stay closed until at least Sunday" (used for weekdays, a week either way; a month
 * may have been promised long before). Undefined otherwise.
 */
function reportedAhead(left: string): Tense | undefined {
  return reportedWould(left) && !DATED_RE.test(left.replace(/,\s*(?:who|which|whose)\b[^,]*,/g, ',')) && !/\bwould\s+(?:have|be\s+\w+ed\s+(?:since|by))\b/i.test(left) ? Tense.Future : undefined;
}

interface Resolved {
  iso: string | null;
  precision: DatePrecision | null;
}

const NONE: Resolved = { iso: null, precision: null };

/** The precision of an ISO date, or of the first end of a range. */
function precisionOf(iso: string): DatePrecision {
  const n = iso.split('/')[0]!.length;
  return n > 7 ? 'day' : n > 4 ? 'month' : 'year';
}

/** `iso` at its own precision, or NONE when there is no iso. */
function res(iso: string | null | undefined): Resolved {
  return iso ? { iso, precision: precisionOf(iso) } : NONE;
}

/** `iso` shifted by `sh`, both ends of a month range alike; NONE when it cannot be. */
function shift(iso: string, sh: Cand['sh']): Resolved {
  const out = sh ? iso.split('/').map((e) => shiftParts(parseIso(e)!, ...sh)) : [null];
  return out.includes(null) || (out.length > 1 && precisionOf(iso) === 'year') ? NONE : res(out.join('/'));
}

/**
 * Resolves an event-relative phrase against its anchor: the nearest date the
 * text states before it in its sentence, else the last one of the previous
 * sentence. Anchors come in text order, all before `c`.
 */
function resolveEvent(c: Cand, sent: Sentence, anchors: readonly Cand[]): Resolved {
  const anchor = anchors[anchors.length - 1];
  // "The previous quarter" needs a quarter the text states ("the three months to September").
  if (!c.sh || !anchor || anchor.s! < c.s! - 1 || (c.q && anchor.span !== 2)) return NONE;
  const left = sent.text.slice(0, c.start - sent.start);
  // "The move comes a day after a US strike": the phrase dates the move, which the anchor dates; so does
  // one set off by a comma right after the anchor: "on Sunday, a day after the landslide" is that Sunday.
  if (c.np) {
    return /\b(?:comes?|came|coming)\s+(?:just\s+|only\s+|barely\s+)?$/i.test(left) ||
      (anchor.s === c.s && /^\s*,\s*(?:just\s+|only\s+|barely\s+)?$/.test(sent.text.slice(anchor.end - sent.start, c.start - sent.start)))
      ? anchor.r! : NONE;
  }
  const iso = anchor.r!.iso!;
  if (c.am !== undefined) {
    // The anchor's year (both ends of a range in one year); for "following"/"previous", its month decides the year;
    // after a bare year only "the following January" and "the previous December" are sure ("in 2022 … the following January").
    const a = parseIso(iso.split('/')[0]!)!, b = parseIso(iso.split('/').pop()!)!;
    const y = c.am === 0 ? a.y : a.m === undefined ? (c.m === (c.am > 0 ? 1 : 12) ? a.y + c.am : NaN) : a.y + (c.am > 0 ? +(c.m! <= a.m) : -(c.m! >= a.m));
    return a.y === b.y && y === y ? res(formatIso(y, c.m, undefined, 'month')) : NONE;
  }
  const [u, n] = c.sh;
  const yearOn = u === 'year' && !/^the\b/i.test(sent.text.slice(left.length));
  // "As of Aug 3 … a year earlier": that day a year before (a weekday's year-ago is a period, not a day).
  const p = parseIso(iso);
  if (yearOn && n === -1 && p?.precision === 'day' && anchor.kind === 'full-date' && !iso.includes('/')) {
    return validDay(p.y + n, p.m!, p.d!) ? res(formatIso(p.y + n, p.m, p.d, 'day')) : NONE;
  }
  // "A year earlier" than June is June a year before; "the previous year" is a year.
  // "Five years later" than January 1989 is a year.
  return shift(iso, yearOn && precisionOf(iso) === 'month' && (n === 1 || n === -1) ? ['month', 12 * n] : c.sh);
}

/**
 * The year of a month or day named without one, given `dist`, the signed days
 * from publication to it in a year (undefined when that year has no such
 * day): the latest on or before publication in a past clause, the earliest on
 * or after in a future one (`strict` leaves out publication itself);
 * otherwise the nearer of the two when it is nearer by over a month (news
 * leaves out the year of a date within about six months), else undefined.
 */
function nearYear(pubY: number, dist: (y: number) => number | undefined, tense: Tense | null, strict: boolean, reported = false): number | undefined {
  let past: [number, number] | undefined;
  let next: [number, number] | undefined;
  for (const y of [pubY - 1, pubY, pubY + 1]) {
    const x = dist(y);
    if (x === undefined) continue;
    if (x < 0 || (x === 0 && !strict)) past = [y, x];
    if (!next && (x > 0 || (x === 0 && !strict))) next = [y, x];
  }
  if (tense === Tense.Past || tense === Tense.Future) return (tense === Tense.Past ? past : next)?.[0];
  const margin = (past?.[1] ?? -1e9) + (next?.[1] ?? 1e9); // > 0: the past one is nearer
  // Reported "would" ("she said they would return in February") may look either way: only a far nearer date.
  const by = reported ? 150 : 31;
  return margin > by || past?.[1] === 0 ? past?.[0] : margin < -by ? next?.[0] : undefined;
}

/**
 * Resolves a candidate against the publication date. Bare weekdays take the
 * nearest such day on or before publication (on or after in a future clause);
 * dates and months without a year go by {@link nearYear}; "last"/"next"
 * exclude the publication day or month itself.
 */
function resolve(c: Cand, pub: IsoParts | null, sent: Sentence): Resolved {
  const { m, d, dir, span = 0 } = c;
  if (c.y2 !== undefined) return res(`${c.y}/${c.y2}`);
  // "The last quarter of the year" before October: this year's or last year's? No answer.
  if (c.cur && pub && pub.m! < m! - span) return NONE;
  if (c.fy) {
    const f = pub ? pub.y + c.yo! - (pub.m! < 4 ? 1 : 0) : 0;
    return res(pub && `${f}/${f + 1}`);
  }
  if (c.eom) {
    // Also in reported speech about the future when no other month or year is in view: "said it would allow
    // rebooking until the end of the month" (not "said in March it would close by the end of the month").
    const left = sent.text.slice(0, c.start - sent.start), t = tenseAt(sent.text, c.start - sent.start, c.end - sent.start);
    return pub && (t === Tense.Future || (t === Tense.Uncertain && reportedWould(left) && !MONTH_DATED_RE.test(left)))
      ? res(formatIso(pub.y, pub.m, daysInMonth(pub.y, pub.m!), 'day')) : NONE;
  }
  let y = c.y ?? (pub && c.yo !== undefined ? pub.y + c.yo : undefined);
  // ("29 February next year" in a year without one: no date.)
  if (c.y === undefined && y !== undefined && c.d !== undefined && !validDay(y, c.m!, c.d)) return NONE;
  if (y === undefined) {
    // Relative phrases, and decades and clock times (which have no shift).
    if (!pub || (m === undefined && c.wd === undefined && !c.we)) return pub && c.sh ? res(shiftParts(pub, ...c.sh)) : NONE;
    const strict = dir === 'last' || dir === 'next' || dir === 'week';
    const left = sent.text.slice(0, c.start - sent.start);
    let lowerCase: string | undefined;
    /** `left` lower-cased, once: words a rare regex needs are looked for in it first. */
    const lowerLeft = (): string => (lowerCase ??= left.toLowerCase());
    // A period something is for ("plans for the January-March period", "a pause for the first quarter") is dated by
    // nearness, the current one included, not by the tense of the plan.
    const forPeriod = span > 0 && !c.sea && !dir && /\bfor\s+the\s+$/i.test(left) && !/\s(?:to|through|ending|ended)\s/.test(sent.text.slice(c.start - sent.start, c.end - sent.start));
    // A month the infinitive of an agreement or a request names may lie on either side of publication: by nearness.
    const intent = m !== undefined && hasAny(left, INTENT_WORDS) && INTENT_RE.test(left);
    const note: { weak?: boolean } = {};
    // "For September delivery" (a commodity's month) and "urged supporters to march on Saturday" look ahead.
    // A month modifying a noun ("the April price") goes by nearness, unless its clause clearly looks ahead or is
    // open: "would force the question onto the November ballot".
    const modTense = () => {
      const t = tenseAt(sent.text, c.start - sent.start, c.end - sent.start, note);
      return t === Tense.Uncertain || (t === Tense.Future && !note.weak) ? t : (note.weak = false, null);
    };
    // An order or a pledge in force now sets a deadline ahead: "has been directed to … by Sept 30", "have agreed to … before May".
    let tense = strict ? (dir === 'last' ? Tense.Past : Tense.Future) : forPeriod ? null
      : intent ? (/\b(?:by|before)\s+$/.test(left) && !DATED_RE.test(left) && STANDING_INTENT_RE.test(left) ? Tense.Future : null) : c.mod ? modTense()
      : /^\s+(?:delivery|supply|shipment|loading)\b/.test(sent.text.slice(c.end - sent.start)) ||
        (c.wd !== undefined && hasAny(lowerLeft(), ['urg', 'called on', 'asked', 'invited', 'encouraged', 'appealed to']) && /\b(?:urged|urging|called on|asked|invited|encouraged|appealed to)\b[^,;.]{0,60}\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\s)[a-z]+(?:\s+[a-z]+){0,3}\s+(?:on\s+)?$/i.test(left)) ||
        // A present negative of an expectation: "we don't see that before Saturday", "doesn't expect a ruling until".
        (hasAny(lowerLeft(), ['do']) && /\b(?:do|does)(?:\s+not|n['’]t)\s+(?:[a-z]+\s+){1,5}(?:before|until|till)\s+$/i.test(left))
        ? Tense.Future : (c.wd !== undefined ? reportedAhead(left) : undefined) ?? tenseAt(sent.text, c.start - sent.start, c.end - sent.start, note);
    // A meeting one was summoned or invited to may be coming or over: "had been summoned to a new meeting on Thursday".
    if (tense === Tense.Past && c.wd !== undefined && !strict && hasAny(lowerLeft(), ['summoned', 'invited', 'called']) && /\b(?:summoned|invited|called)\s+to\s+(?:an?|the)\s+(?:[a-z]+\s+)?(?:meeting|talks|hearing|session|summit)\s+(?:on\s+)?$/i.test(left)) tense = Tense.Uncertain;
    if (!strict) {
      const ahead = pastMeasure(left, sent.text.slice(c.end - sent.start)) ? Tense.Past : m !== undefined && !forPeriod ? aheadOf(left) : undefined;
      if (ahead !== undefined) {
        tense = ahead === WEAK ? Tense.Future : ahead;
        note.weak = ahead === WEAK;
      }
    }
    // "The tax rises 6 cents starting Jan. 1", "effective Monday": a start with no past verb is a coming one.
    if (tense === null && /\b(?:starting|effective|beginning)\s+(?:on\s+|from\s+|in\s+)?$/i.test(left)) tense = Tense.Future;
    // "voted on Wednesday to cut the allowance … from 1 July", "announced a sit-in outside the Assembly on March 18 if
    // the decision was not revised": a start a decision sets, or an action announced or threatened (a condition after
    // it), may lie on either side of the telling: by nearness.
    if (m !== undefined && !strict && tense === Tense.Past && (
      (/\bfrom\s+$/i.test(left) && /\b(?:voted|agreed|decided|approved|moved)\s+(?:[^.;]*\s)?to\s+[a-z]+\b[^.;]*$/i.test(left)) ||
      (/^,?\s+(?:if|unless)\b/i.test(sent.text.slice(c.end - sent.start)) && /\b(?:announced|threatened|vowed|warned|planned|called)\b/i.test(left)) ||
      /\b(?:announced|threatened|planned|called)\s+(?:an?|another)\s+(?:[\w-]+\s+){0,2}(?:sit-in|strike|protest|march|rally|walkout|boycott|shutdown|blockade)\b[^.;]*$/i.test(left)
    )) tense = null;
    // "Markets priced in a 30% chance of a cut by December", "told Reuters that a cut in June was unlikely": a possible
    // policy move (an indefinite cut, hike or rise, in a sentence weighing its chances) is a coming month, whatever
    // the tense of the telling (not "The Fed delivered a cut in December").
    if (m !== undefined && !strict && hasAny(lowerLeft(), ['cut', 'hike', 'increase', 'rise', 'move']) &&
      /\b(?:an?|another|further)\s+(?:[\w-]+\s+){0,2}(?:cut|hike|increase|rise|move)\s+(?:in|by|at|before)\s+$/i.test(left) &&
      /\b(?:unlikely|likely|chances?|odds|bets?|pric(?:ed|ing)\s+in|door|ruled\s+out|possib\w*|expect\w*|could|might|may|forecast\w*|see)\b/i.test(sent.text)) tense = Tense.Future;
    // A plain "would" of a proposal or a condition, not reported and after no other date, looks ahead: "under the
    // plans the pool would shut in September" (not "said it would", "would have", "closed in May and would reopen in").
    if (tense === Tense.Uncertain && m !== undefined && /\bwould\s+(?!have\b|not\s+have\b)[a-z]+\b[^,;]*$/i.test(left) &&
      !reportedWould(left) && !DATED_RE.test(left)) tense = Tense.Future;
    if (m === undefined) {
      // A weekday, or the weekend (its Saturday): past unless the clause says otherwise. A deadline set by an
      // action looks ahead ("classes were suspended until Monday"); "after Monday's vote" names an event, the nearer.
      const pwd = weekdayOf(pub.y, pub.m!, pub.d!);
      // A weekday declared a holiday or a day of mourning is a day set aside, past or coming: no date.
      if (c.wd !== undefined && !dir && sent.text.includes('day', c.end - sent.start) && /^\s+(?:an?|as)\s+(?:[\w-]+\s+){0,3}?(?:day|holiday)\b/.test(sent.text.slice(c.end - sent.start))) return NONE;
      const modal = /\b(?:would|could|should)\b/i.test(left);
      // A forecast or an expectation ("storms could hit the region Thursday", "the report should be out by Friday")
      // looks ahead: within a week a possible weekday is a coming one ("could have", "could not" stay open).
      if (tense === Tense.Uncertain && c.wd !== undefined && !dir && /\b(?:could|should)\s+(?!have\b|not\b|never\b|hardly\b|barely\b|only\b|also\b)[a-z]+\b[^,;]*$/i.test(left)) tense = Tense.Future;
      // The publication's own weekday in a present or open clause is that day: "at Wednesday's exchange rates".
      if (tense === Tense.Uncertain && c.wd === pwd && !modal && !isDeadline(left)) return res(shiftParts(pub, 'day', 0));
      const sign = tense === Tense.Uncertain && isDeadline(left) && !modal ? Tense.Future
        : !strict && c.wd !== undefined && /\b(?:after|following)\s+$/i.test(left) && /^['’]s\b/.test(sent.text.slice(c.end - sent.start))
          ? ((pwd - c.wd + 7) % 7 <= 3 ? Tense.Past : Tense.Future) : tense ?? Tense.Past;
      // "Next weekend" is the coming one only when published on a weekend (else this one or the one after?).
      if (sign === Tense.Uncertain || (c.we && (dir === 'next') !== (pwd % 6 === 0))) return NONE;
      let k = sign * ((((c.we ? 6 : c.wd!) - pwd) * sign + 7) % 7 || (strict ? 7 : 0));
      // "A week on Sunday" is the first Sunday after publication and a week.
      if (dir === 'week') k += 7;
      // "Next Thursday" said on a Wednesday is the one of the following week (the nearer one is plain "Thursday");
      // "next Sunday" midweek is the week's end or the next one's, by where one starts weeks: no date.
      if (dir === 'next' && !c.we && (c.wd! + 6) % 7 > (pwd + 6) % 7) {
        if (!c.wd) return NONE;
        k += 7;
      }
      return res(shiftParts(pub, 'day', k) + (c.we ? `/${shiftParts(pub, 'day', k + 1)}` : ''));
    }
    if (dir === 'this') {
      const k = (m - pub.m! + 12) % 12; // months from publication to the next month m
      // "Have been hit by bleaching this summer" in April, "will open this March" in May: this year's is on the
      // other side of publication from the clause's tense (another hemisphere's season, another year?): none.
      // (A present perfect tells of the past too: "has been hit".)
      const past = tense === Tense.Past || /\b(?:has|have)\s+(?:already\s+|not\s+|never\s+|just\s+)?(?:been|[a-z]+(?:ed|en|wn|ne))\b/i.test(left);
      if (k > span && (past ? pub.m! < m - span : tense === Tense.Future && pub.m! > m)) return NONE;
      y = k <= span ? pub.y + (pub.m! + k > 12 ? 1 : 0) : m > span ? pub.y : undefined;
    } else {
      const s = m - (dir === 'next' || c.st ? span : 0); // "next winter", "before spring" count from its first month
      const pubN = dayNumber(pub.y, pub.m!, pub.d!);
      const hd = c.hd;
      const dist = (yy: number) => d === undefined ? ((yy - pub.y) * 12 + s - pub.m!) * 30
        : hd ? daysTo(yy, holidayDay(hd, yy), pubN) : validDay(yy, m, d) ? dayNumber(yy, m, d) - pubN : undefined;
      // A period ending in a month ("the quarter ending June 30") is over only after that month.
      y = nearYear(pub.y, dist, tense, strict || (span > 0 && !c.sea && !forPeriod) || !!c.wk,
        tense === Tense.Uncertain && reportedWould(sent.text.slice(0, c.start - sent.start)));
      // A date over half a year ahead on weak evidence of a future (a noun like "deadline", an infinitive) is the
      // nearest one, when that is within two months ("before the deadline six days after the Nov. 3 election", in
      // December), else none: never a guess a question could key. (News is past-biased: a weak past stands.)
      if (note.weak && tense === Tense.Future && y !== undefined && dist(y)! > 183) {
        const near = nearYear(pub.y, dist, null, false);
        y = near !== undefined && Math.abs(dist(near)!) <= 62 ? near : undefined;
      }
    }
    // A bare quarter more than half a year back is more likely a fiscal or a game quarter than a calendar one.
    if (y === undefined || (c.cq && (y - pub.y) * 12 + m - pub.m! < -6)) return NONE;
  }
  if (c.hd) {
    const { m: hm, d: hd } = holidayDay(c.hd, y);
    return res(formatIso(y, hm, hd, 'day'));
  }
  // A winter straddles two years, unless the text names its year: "the winter of 1962".
  if (c.sea) return m === 2 && c.y === undefined ? NONE : res(String(y));
  const iso = formatIso(y, m, d, m === undefined ? 'year' : d === undefined ? 'month' : 'day');
  if (c.wk) {
    const first = addDays({ y, m: m!, d: d! }, 1 - 7 * c.wk);
    return res(`${formatIso(first.y, first.m, first.d, 'day')}/${iso}`);
  }
  return res(span ? `${shiftParts({ y, m, precision: 'month' }, 'month', -span)}/${iso}` : c.d2 ? `${iso}/${formatIso(y, m, c.d2, 'day')}` : iso);
}

/** Parses `datePublished` (a `YYYY-MM-DD` prefix; a full timestamp is accepted). */
function parsePublished(datePublished: string | undefined): IsoParts | null {
  const p = !datePublished || (/^\d{4}-\d{2}-\d{2}(?:$|T)/.test(datePublished) && parseIso(datePublished.slice(0, 10)));
  if (!p) {
    throw new RangeError(`extractDates: datePublished "${datePublished}" is not a calendar date; pass YYYY-MM-DD (e.g. "2024-01-05") or leave it out`);
  }
  return p === true ? null : p;
}

/**
 * Finds every date expression in an article body, with its kind, resolved
 * against the publication date. See {@link extractDates}.
 * @throws RangeError when `datePublished` is not a YYYY-MM-DD date.
 */
export function extractDateDetails(text: string, sentences: readonly Sentence[], datePublished?: string): DateDetail[] {
  const pub = parsePublished(datePublished);
  let all = candidates(text).sort((a, b) => a.start - b.start || b.end - a.end);
  // A bare "third quarter" may be a fiscal quarter or a period of a game: it is a date only when the article
  // never says "fiscal" and names a calendar quarter itself ("the July-September period", "the first quarter of 2025")
  // or a month or a year in the quarter's sentence ("a pause in April after one for the first quarter"; a game's are not).
  const fiscal = /\bfiscal\b/i.test(text), calendar = all.some((c) => c.kind === 'range' && c.span === 2 && c.m! % 3 === 0 && !c.cq);
  const dated = (c: Cand) => all.some((x) => !x.cq && /^(?:month|year)$/.test(x.kind) && sentenceAt(sentences, x.start) === sentenceAt(sentences, c.start));
  all = all.filter((c) => !c.cq || (!fiscal && (calendar || dated(c))));
  // Longest match wins; then drop a weekday naming the full date that follows ("Thursday, January 4").
  const kept: Cand[] = [];
  for (const c of all) {
    const prev = kept[kept.length - 1];
    if (prev && c.start < prev.end) continue;
    const sent = sentenceAt(sentences, c.start);
    if (!sent || c.end > sent.end || sent.furniture) continue;
    c.s = sentences.indexOf(sent);
    if (prev?.kind === 'weekday' && !prev.dir && c.kind === 'full-date' &&
        /^,?\s+(?:the\s+)?$/.test(text.slice(prev.end, c.start))) {
      kept.pop();
      c.dw = prev.wd;
    }
    kept.push(c);
  }
  const anchors: Cand[] = [];
  const out = kept.map((c) => {
    const sent = sentences[c.s!]!;
    let r = c.kind === 'event-relative' ? resolveEvent(c, sent, anchors) : resolve(c, pub, sent);
    // A month or day with no year, in a phrase set off by "after"/"before" right after a date with its year,
    // lies on that side of it: "tested positive on Aug. 9, 2025, after finishing sixth in July" is July 2025.
    const a = anchors[anchors.length - 1];
    const cue = a && a.s === c.s && a.y !== undefined && a.m !== undefined && !a.span && !a.y2 && c.m !== undefined && c.y === undefined &&
      c.yo === undefined && !c.dir && !c.span && !c.d2 && !c.hd && /^(?:month|full-date)$/.test(c.kind) &&
      /^,?\s+(?:[\w-]+\s+){0,2}?(after|following|before)\s(?![^,;]*\b(?:will|would|that|which|who)\b)[^,;]*$/i.exec(text.slice(a.end, c.start))?.[1];
    if (cue && r.precision) {
      const back = cue.toLowerCase() !== 'before', k = c.m! * 100 + (c.d ?? (back ? 0 : 99)), ka = a.m! * 100 + (a.d ?? (back ? 99 : 0));
      const y = a.y! + (back ? -(k > ka) : +(k < ka));
      r = c.d === undefined ? res(formatIso(y, c.m, undefined, 'month')) : validDay(y, c.m!, c.d) ? res(formatIso(y, c.m, c.d, 'day')) : NONE;
    }
    // "Until Sunday 16 August": a day written with its weekday falls in a year where that day is that weekday; when
    // the year found by tense does not fit, the next or previous year that does (else no date rather than a wrong one).
    if (c.dw !== undefined && c.y === undefined && c.yo === undefined && r.precision === 'day' && !c.d2) {
      const ry = +r.iso!.slice(0, 4), fit = (y: number) => weekdayOf(y, c.m!, c.d!) === c.dw;
      const y = fit(ry) ? ry : fit(ry + 1) ? ry + 1 : fit(ry - 1) ? ry - 1 : undefined;
      if (y !== ry) r = y === undefined || !validDay(y, c.m!, c.d!) ? NONE : res(formatIso(y, c.m, c.d, 'day'));
    }
    // A plan reported on a stated day lies after that day: "said on Tuesday it would fly over the island on Wednesday",
    // "said on Wednesday that it would hold a retrospective in September" (the first such day or month after it).
    const told = a && a.s === c.s && a.kind === 'weekday' && a.r!.precision === 'day' && !c.dir && !c.span && !c.we && !c.hd && !c.sea &&
      c.y === undefined && c.yo === undefined && (c.kind === 'weekday' || c.kind === 'month') &&
      /\b(?:said|says|told|announced)\s+(?:on\s+)?$/.test(text.slice(sent.start, a.start)) &&
      /^\s(?:[^.;]|\.\d)*?\bwould\s+(?!have\b)(?:[^.;]|\.\d)*$/.test(text.slice(a.end, c.start)) ? parseIso(a.r!.iso!) : null;
    if (told) {
      r = c.kind === 'weekday' ? res(shiftParts(told, 'day', ((c.wd! - weekdayOf(told.y, told.m!, told.d!) + 7) % 7) || 7))
        : res(formatIso(told.y + +(c.m! < told.m!), c.m, undefined, 'month'));
    }
    // An event-relative date on the wrong side of publication for its clause's tense came from the wrong anchor
    // ("Regulators have until Jan. 27. The FTC a day earlier asked …"): no date rather than a wrong one.
    if (c.kind === 'event-relative' && r.iso && pub) {
      const ends = r.iso.split('/');
      const at = formatIso(pub.y, pub.m, pub.d, 'day').slice(0, ends[0]!.length); // publication, at the date's precision
      const tense = tenseAt(sent.text, c.start - sent.start, c.end - sent.start);
      if ((tense === Tense.Past && ends[0]! > at) || (tense === Tense.Future && ends[ends.length - 1]! < at)) r = NONE;
    }
    // Anchors for event-relative phrases: dates the text states, not other relative phrases
    // ("the same time last year … the prior year" must not become two years back).
    if (r.iso && (c.span || /^(?:full-date|month|year|weekday)$/.test(c.kind))) {
      c.r = r;
      anchors.push(c);
    }
    c.r = r;
    return { text: text.slice(c.start, c.end), sentence: sent.text, start: c.start, end: c.end, ...r, kind: c.kind };
  });
  // "Six days after the Nov. 3 election", "a week before the 5 May vote": the day its noun phrase starts with, shifted
  // (whole days only, not hedged: "nearly five years after the Jan. 6 attack" is no date).
  kept.forEach((c, i) => {
    const k = kept[i + 1];
    if (c.np && !c.r!.iso && c.sh?.[0] === 'day' && !/\b(?:nearly|almost|about|around|roughly|some|over|under|than|within)\s+$/i.test(textBefore(text, c.start, 12)) && k?.kind === 'full-date' && !k.d2 && k.r!.precision === 'day' && /^\s+(?:the\s+)?$/.test(text.slice(c.end, k.start))) {
      Object.assign(out[i]!, c.r = shift(k.r!.iso!, c.sh));
    }
  });
  // A clock time is on the day its sentence names ("6pm on Friday", "10 a.m. on March 4"; the nearest day), else on
  // the last day the previous sentence names (or dated a time); else, when neither sentence has any date, the
  // day of the lede (news tells one day's events: "The quake hit at 4:12 a.m." after "struck … Tuesday"); never
  // a guess from publication.
  const days = kept.filter((c) => c.r!.precision === 'day' && !c.r!.iso!.includes('/') && c.kind !== 'time');
  const first = kept.find((c) => c.kind !== 'time');
  const lede = first && days.find((x) => x.s === first.s);
  kept.forEach((c, i) => {
    if (c.kind !== 'time') return;
    const near = (s: number) => days.filter((x) => x.s === s);
    // "Overnight" with no day in its sentence is the night into the lede's day, not the previous sentence's.
    // (Beside a day of its own sentence it may be the night before or after it: none.)
    // (Of the previous sentence's days, not the day something was said: "exploded on Saturday night, officials said on
    // Sunday. … at about 9:40 p.m." is Saturday's.)
    const prev = near(c.s! - 1), told = (x: Cand) => /\b(?:said|says|told|announced|confirmed|added)\s+(?:on\s+)?$/i.test(textBefore(text, x.start, 24));
    const day = c.ov ? (near(c.s!).length ? undefined : lede) : near(c.s!).sort((a, b) => Math.abs(a.start - c.start) - Math.abs(b.start - c.start))[0] ?? prev.filter((x) => !told(x)).pop() ?? prev.pop() ??
      (!kept.some((x) => x !== c && x.kind !== 'time' && (x.s === c.s || x.s === c.s! - 1)) ? lede : undefined);
    // "Polls closed at 22:00 on Thursday, and the result was declared shortly after 03:00": a clock time after its
    // day and after a later hour of that day in its sentence has passed midnight; no date rather than a day early.
    const sent = sentences[c.s!]!;
    const past = day && day.start < c.start && !c.ov &&
      Math.max(...clockTimes(text.slice(sent.start, c.start))) > Math.min(...clockTimes(text.slice(c.start, c.end)));
    if (day && !past) {
      Object.assign(out[i]!, day.r);
      c.r = day.r;
      days.push(c);
    }
  });
  return out.filter((_, i) => !kept[i]!.dp || kept[i]!.r!.iso);
}

/** Minutes after midnight of each clock time in `s` ("22:00", "10.30pm", "3 a.m."). */
function clockTimes(s: string): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(/\b(\d{1,2})(?:([:.])(\d\d))?\s*(?:([ap])\.?m\b\.?)?/gi)) {
    // (A dot needs "am"/"pm": "6.25 percent" is no time.)
    if (!m[4] && m[2] !== ':') continue;
    const h = +m[1]!, pm = m[4]?.toLowerCase() === 'p';
    if (h > 23 || (m[4] && (h < 1 || h > 12))) continue;
    out.push(((m[4] ? (h % 12) + (pm ? 12 : 0) : h) * 60) + +(m[3] ?? 0));
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
 * `classifyDate("last month")` → `relative`. For facts read back from JSON:
 * the kind {@link extractDateDetails} gives the whole text after "in".
 */
export function classifyDate(text: string): DateKind {
  const t = text.trim();
  let best: Cand | undefined;
  for (const c of candidates(`in ${t}`)) if (c.start === 3 && c.end > (best?.end ?? 0)) best = c;
  return best?.kind ?? (/\d{4}/.test(t) ? 'year' : 'relative');
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
    const rm = new RegExp(raw`^(.*?)(${YEAR})(${RANGE_SEP})(\d{2,4})(.*)$`).exec(ex);
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
  const wdRe = new RegExp(raw`\b(?:${WEEKDAYS})\b`);
  const monRe = new RegExp(raw`\b${MONTH_ANY}`);
  const mon = monRe.exec(ex);
  if (!mon && wdRe.test(ex)) {
    return precision === 'day' ? ex.replace(wdRe, WEEKDAY_NAMES[weekdayOf(p.y, p.m!, p.d!)]!) : generic;
  }
  if (mon) {
    const dayRe = new RegExp(raw`(?:\b(\d{1,2})(st|nd|rd|th)?(?=\s+(?:of\s+)?${MONTH_ANY}))|(?:(?<=${MONTH_ANY}\s+)(\d{1,2})(st|nd|rd|th)?(?!\d))`);
    const hasDay = dayRe.test(ex);
    if ((precision === 'day') !== hasDay || precision === 'year') return generic;
    let out = ex.replace(monRe, monthLike(p.m!, mon[0]));
    if (hasDay) out = out.replace(dayRe, (_all, _d1, s1, _d2, s2) => ((s1 ?? s2) ? ordinal(p.d!) : String(p.d)));
    return out.replace(new RegExp(raw`\b${YEAR}\b`), String(p.y));
  }
  const yr = new RegExp(raw`\b${YEAR}(?!\d)`);
  if (precision === 'year' && yr.test(ex)) return ex.replace(yr, String(p.y));
  return generic;
}
