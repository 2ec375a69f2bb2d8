/**
 * Article text structure: paragraphs, sentences with offsets, and page
 * furniture (video notices, credit lines, headings) that must never become a
 * question. Pure: no DOM.
 */

import { L, Lt, Lu, N, re } from './letters.js';
import { MONTH_ABBRS } from './lexicon.js';
import type { Sentence } from './sentence.js';

export { sentenceAt, type Sentence } from './sentence.js';

/**
 * The note news sites put after a link for screen readers, left in text copied from the page
 * ("Lufthansa (LHAG.DE), opens new tab said"): what the reader is shown leaves it out; a cited source keeps it.
 */
const LINK_NOTE_RE = /,? opens (?:in )?(?:a )?new (?:tab|window)\b/g;

/** `s` without {@link LINK_NOTE_RE}'s notes (the pattern runs only when " opens " is there). */
export const withoutLinkNotes = (s: string): string => (s.includes(' opens ') ? s.replace(LINK_NOTE_RE, '') : s);


/** Set of space-separated words. */
const wordSet = (words: string, more: readonly string[] = []): Set<string> => new Set([...words.split(' '), ...more]);

/** Titles before a name: their period never ends a sentence ("Gen. Milley", "Dr. Jones"). Case-sensitive. */
const TITLES = wordSet('Mr Mrs Ms Messrs Dr Prof Gen Lt Col Sgt Capt Cpt Maj Adm Cmdr Brig Cpl Pvt Gov Sen Rep Pres Rev Hon Fr St Mt Ft Supt Insp Det Sr Jr Adv Smt Sh Ald Cllr');

/** Abbreviations before a number: "No. 10", "Vol. 3", "Jan. 6", "Rs. 12 crore", "Rp. 5,000", "Tk. 500", "KSh. 200". Case-sensitive. */
const BEFORE_NUMBER = wordSet('No Nos no nos Vol vol Fig fig Art art Op op p pp Rs Rp Tk KSh', MONTH_ABBRS);

/** Lower-case abbreviations that never end a sentence ("e.g.", "vs.", "Illinois v. Department of Transportation"). */
const NEVER_END = wordSet('e.g i.e vs v cf approx est al ca viz');

/**
 * Abbreviations that end a sentence only when a capitalised function word
 * follows ("in the U.S. The next day"): "Inc.", "U.S.", "a.m.", weekday and
 * month abbreviations, and any dotted acronym ("D.C.").
 */
const MAY_END = wordSet('St etc Inc Co Corp Ltd Bros Dept Univ a.m p.m A.M P.M Mon Tue Tues Wed Thu Thurs Fri Sat Sun Jr Sr', MONTH_ABBRS);

/** Capitalised words that start a new sentence after an ambiguous abbreviation. */
const SENTENCE_STARTERS = wordSet(
  'The A An It He She They We I But And In On At This That These Those His Her Their Its There Then However Meanwhile ' +
    'After When While Some Many Most Officials According If As Yet So Now Still Later Earlier Our You',
);

/**
 * Lines that are page furniture whatever their punctuation (case-insensitive), tested on the trimmed line. Each
 * pattern is run (so compiled) only for a line that starts, maybe after "The ", with one of its starts: one 1.4 KB
 * alternation of them all cost ~3 ms on every article. One entry a line, `starts=rest`: the pattern
 * `^(?:starts)rest`; or `starts=^pattern`, a whole pattern with its literal starts.
 */
const FURNITURE_START = String.raw`image|photo|picture|video|media= (caption|copyright|credit|source)\b
read|see= (more|also)\b
more on this story|share this|follow us|click here|sign up|subscribe=\b
related|advertisement|sponsored=(\s*[:|–—-]|\s*$|\s+(content|links?|stor(y|ies)|articles?|coverage|reading|topics|posts?|videos?)\b|\s+by\b[^.]{0,40}$)
join=\b[^.]{0,40}\b(whatsapp|telegram|channel|newsletter|mailing list)\b
getty images|reuters|ap photo|afp|epa|dpa=\b[^.]*$
(=^\((reporting|writing|editing|additional reporting) by\b|^\(updates? (with|to|throughout)\b
(|ap|afp|reuters|dpa|epa|ani|pti|xinhua=^\(?(ap|afp|reuters|dpa|epa|ani|pti|xinhua)\)?\s*$
-|with=^-*\s*with (additional )?assistance (from|by)\b
copyright|©=
all rights reserved=\b
this =(article|story|report|piece|interview) (was|has been) (originally |first |last )?(written|published|translated|adapted|updated|corrected|amended)\b
edited|written|produced|translated|compiled|updated= by:\s
with |additional |reporting|writing=^(with |additional )?(reporting|writing) by\b[^.]*\.?\s*$
associated press|ap|reuters|afp|bloomberg|staff|writer|reporter|correspondent|journalist=^(?:the )?(?:associated press|ap|reuters|afp|bloomberg|staff)?\s*(?:writers?|reporters?|correspondents?|journalists?)\b[^.]*\bcontributed\b
listen to this article|copy link|skip to |download =^(listen to this article|copy link|skip to (main )?content|download (the|our) app)\b
a version of this =\w+ appear(s|ed) in print\b
associated press|ap=^(the )?(associated press|ap)\b[^.]{0,80}\breceives (financial )?support\b|^(the )?(associated press|ap) is solely responsible for all content\b
file|photo|image|picture=^(file (photo|image)s?:|(photo|image|picture)s? \|)
our standards=:
tags|topics|filed under=\s*:
follow=\b[^.]{0,60}\bon (facebook|x|twitter|instagram|tiktok|youtube|threads|bluesky|linkedin|whatsapp)\b`
  .split('\n')
  .map((entry) => {
    const [starts, rest] = entry.split('=') as [string, string];
    return [starts.split('|'), new RegExp(rest[0] === '^' ? rest : `^(?:${starts})${rest}`, 'i')] as const;
  });
/** Credit lines: "from/sms (Portal, AFP)", "jd/sms (AFP, Reuters)"; only for a line with a slash among its first six characters. */
const CREDIT_LINE_RE = /^[a-z]{1,5}(\/[a-z]{1,5})+\s*\([^)]*\)\s*$/i;
/**
 * A photo caption's closing credit (only for a line under 400 characters): "… Photo: Remko de Waal/ANP.",
 * "… (AP Photo/Peter Dejong).", "… (Photo by X).", "… REUTERS/Yves Herman.", and after a sentence "… (Reuters).",
 * "… (Jaco Marais/News24)." (ending on a bracket or a name the line is already a heading).
 */
const CAPTION_END_RE =
  /(?:[.|—–]\s*|\([^()]*\b)(?:photo\w*|image|picture|credit)s?\s*(?:by\s|[:/])[^.()]{0,60}\)?\.?$|[.!?]\s*\((?:AP|AFP|Reuters|EPA|Supplied|File|[a-z][^()/]*\/[^()]*)\)\.?$/i;
/** Only for a line holding "contributed", "javascript" or "browser". */
const FURNITURE_ANYWHERE =
  /\bbrowser does not support\b|\b(enable|requires?) javascript\b|\bcontributed (reporting )?to this (report|story|article)\.?\s*$|\bcontributed reporting\b/i;

/** A clock time with am/pm or a zone: "5:41 pm", "00.01 BST". */
const CLOCK = String.raw`\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\b|GMT|BST|UTC|[ECMP][SD]T\b|ET\b|IST|CET)`;
const CLOCK_RE = new RegExp(CLOCK, 'i');
/**
 * A timestamp line: a publishing verb, a clock time, or a date with its year ("Nov 4, 2025", "23 February 2026"). In
 * two parts: the dates' letter class is costly to compile case-insensitively, so {@link isStamp} runs that part only
 * for a line with a four-digit run after a space, as its every match has.
 */
const STAMP_RE = new RegExp(String.raw`^(?:Published|Updated|Posted)\b|${CLOCK}`, 'iu');
const MON = `(?:${MONTH_ABBRS.join('|')}|May)[${L}]*\\.?`;
const STAMP_DATE_RE = re('iu')`${MON}\s+\d{1,2},?\s+\d{4}|\b\d{1,2}\s+${MON}\s+\d{4}`;
const isStamp = (s: string): boolean => STAMP_RE.test(s) || (/\s\d{4}/.test(s) && STAMP_DATE_RE.test(s));

const CLOSERS = `"'”’)]»`;
const OPENERS = `"'“‘([«`;

const UPPER_OR_DIGIT_RE = re('u')`[${Lu}${Lt}${N}]`;
/** The letters and periods before a period: "U.S", "Mr", "Jan". */
const WORD_BEFORE_DOT_RE = re('u')`([${L}.]+)$`;
const LEADING_WORD_RE = re('u')`^[${L}${N}]+`;
const DIGIT_START_RE = re('u')`^[${N}]`;
const CAPITAL_RE = re('u')`^[${Lu}]$`;
/** Letters each followed by a period but the last: "U.S", "e.g". */
const DOTTED_ACRONYM_RE = re('u')`^(?:[${L}]\.)+[${L}]$`;
const NON_ALNUM_RUN_RE = re('gu')`[^${L}${N}]+`;
const ALNUM_RE = re('u')`[${L}${N}]`;

function isUpperStart(ch: string | undefined): boolean {
  if (!ch) return false;
  return UPPER_OR_DIGIT_RE.test(ch);
}

/**
 * Whether the period at `dot` ends a sentence, given that the next sentence
 * would start at `next` (after spaces and opening quotes).
 */
function isAbbreviationEnd(para: string, dot: number, next: number): boolean {
  const word = WORD_BEFORE_DOT_RE.exec(para.slice(Math.max(0, dot - 24), dot))?.[1] ?? '';
  if (!word) return true;
  const nextWord = LEADING_WORD_RE.exec(para.slice(next, next + 24))?.[0] ?? '';
  const digitNext = DIGIT_START_RE.test(nextWord);
  if (TITLES.has(word) && !MAY_END.has(word)) return false;
  if (BEFORE_NUMBER.has(word) && digitNext) return false;
  if (NEVER_END.has(word.toLowerCase())) return false;
  // A single capital letter is an initial ("George W. Bush").
  if (CAPITAL_RE.test(word)) return false;
  const dottedAcronym = DOTTED_ACRONYM_RE.test(word);
  if (MAY_END.has(word) || dottedAcronym) return SENTENCE_STARTERS.has(nextWord);
  return true;
}

/** A wire agency in brackets, then a dash: "(AP) —", "(Reuters) -". */
const AGENCY_DASH_RE = /^\([A-Z][A-Za-z./ ]{0,24}\)\s*[—–-]/;

/** Where the sentences of one paragraph end (exclusive offsets within `para`). */
function sentenceEnds(para: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < para.length; i++) {
    const ch = para[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    // Runs of terminal punctuation and closing quotes/brackets belong to this sentence.
    while (j < para.length && ('.!?…'.includes(para[j]!) || CLOSERS.includes(para[j]!))) j++;
    if (j >= para.length) break;
    if (!/\s/.test(para[j]!)) continue;
    let k = j;
    while (k < para.length && /\s/.test(para[k]!)) k++;
    if (k >= para.length) break;
    let next = para[k];
    let m = k;
    while (m < para.length && OPENERS.includes(para[m]!)) m++;
    next = para[m];
    if (!isUpperStart(next)) continue;
    // "NEWTOWN SQUARE, Pa. (AP) — …": an agency in brackets and a dash after a period close a dateline, no sentence.
    if (para[k] === '(' && AGENCY_DASH_RE.test(para.slice(k, k + 32))) continue;
    if (ch === '.' && !isAbbreviationEnd(para, i, m)) continue;
    ends.push(j);
  }
  ends.push(para.length);
  return ends;
}

/** Lower case, every run of other characters than letters and digits as one space. */
function normLine(s: string): string {
  return s.toLowerCase().replace(NON_ALNUM_RUN_RE, ' ').trim();
}

/** `nt`: the normalised title, or '' without one. */
function isFurnitureLine(line: string, nt: string): boolean {
  const t = line.trim();
  // The patterns are case-insensitive and their starts ASCII: the lower-cased line starts as they do. None but the
  // wire patterns may match a line starting "The ", and those only with their starts after it.
  const low = t.toLowerCase().replace(/^the\s+/, '');
  if (
    FURNITURE_START.some(([starts, re]) => starts.some((p) => low.startsWith(p)) && re.test(t)) ||
    (t.slice(1, 6).includes('/') && CREDIT_LINE_RE.test(t)) ||
    (/contributed|javascript|browser/.test(low) && FURNITURE_ANYWHERE.test(t)) ||
    (t.length < 400 && (((t.endsWith(')') || t.endsWith(').') || /photo|image|picture|credit/.test(low)) && CAPTION_END_RE.test(t)) || t.includes(' REUTERS/')))
  )
    return true;
  if (nt) {
    // The headline repeated, maybe with a site suffix: "Headline – DW (German)". Most lines differ at once.
    const first = ALNUM_RE.exec(t)?.[0];
    if (!first || (first !== 'Σ' && first.toLowerCase()[0] !== nt[0])) return false;
    const nl = normLine(t);
    if (nl === nt || nl.startsWith(nt + ' ')) return true;
  }
  return false;
}

/** A paragraph that is a heading: no terminal punctuation, or a lone short question. */
function isHeading(para: string, sentenceCount: number): boolean {
  const t = para.trim();
  if (!/[.!?…]["'”’)\]»]*$/.test(t)) return true;
  if (sentenceCount === 1 && /\?["'”’)\]»]*$/.test(t) && t.split(/\s+/).length <= 20) return true;
  return false;
}

/**
 * Splits an article body into sentences with offsets, marking furniture.
 * Paragraphs are separated by line breaks.
 */
export function splitSentences(text: string, title?: string): Sentence[] {
  const out: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  const nt = title ? normLine(title) : '';
  let paragraph = 0;
  let header = -1;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const para = raw.trim();
    if (!para) continue;
    const base = m.index + lead;
    const ends = sentenceEnds(para);
    const heading = isHeading(para, ends.length);
    const furniture = isFurnitureLine(para, nt) || heading;
    // A timestamp line near the top ("Published Fri, Mar 20 2026 10:06 AM EDT", "23 February 2026") ends the page
    // header: a standfirst or "Key points" box above it restates the story.
    if (header < 0 && heading && paragraph < 10 && isStamp(para) && (para.split(/\s+/).length <= 8 || CLOCK_RE.test(para)) &&
      out.filter((x) => !x.furniture).length <= 5) header = out.length;
    let from = 0;
    for (const end of ends) {
      const chunk = para.slice(from, end);
      const s = from + (chunk.length - chunk.trimStart().length);
      const sentence = para.slice(s, end).trimEnd();
      if (sentence) {
        out.push({
          text: sentence,
          start: base + s,
          end: base + s + sentence.length,
          paragraph,
          furniture,
        });
      }
      from = end;
    }
    paragraph++;
  }
  // Only when the story follows it: a date line at the foot of a short story is no header.
  if (header > 0 && out.slice(header).some((x) => !x.furniture)) for (const x of out.slice(0, header)) x.furniture = true;
  return out;
}

/** Whether the UTF-16 unit `c` is white space as `\s` reads it (ASCII by a char test). */
export const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
