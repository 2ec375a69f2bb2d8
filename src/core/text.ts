/**
 * Article text structure: paragraphs, sentences with offsets, and page
 * furniture (video notices, credit lines, headings) that must never become a
 * question. Pure: no DOM.
 */

/** A sentence of the article body with its offsets in `Article.text`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (line block) it stands in. */
  paragraph: number;
  /** True for page furniture and headings: never a question source. */
  furniture: boolean;
}

/** Words whose trailing period does not end a sentence. Lower-case, no period. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'cpt', 'maj', 'adm', 'cmdr', 'gov',
  'sen', 'rep', 'pres', 'rev', 'hon', 'st', 'jr', 'sr', 'mt', 'ft', 'no', 'nos', 'vs', 'etc', 'inc', 'co',
  'corp', 'ltd', 'bros', 'dept', 'univ', 'approx', 'est', 'fig', 'vol', 'op', 'cf', 'al', 'ca', 'e.g',
  'i.e', 'a.m', 'p.m', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'u.s', 'u.k', 'u.n', 'e.u',
]);

/** Lines that are page furniture whatever their punctuation. */
const FURNITURE_PATTERNS: RegExp[] = [
  /\bbrowser does not support\b/i,
  /\b(enable|requires?) javascript\b/i,
  /^\s*(image|photo|picture|video|media) (caption|copyright|credit|source)\b/i,
  /^\s*(read|see) (more|also)\b/i,
  /^\s*(related|more on this story|advertisement|sponsored|share this|follow us|click here|sign up|subscribe)\b/i,
  /^\s*(getty images|reuters|ap photo|afp|epa|dpa)\b[^.]*$/i,
  // Credit lines: "from/sms (Portal, AFP)", "jd/sms (AFP, Reuters)", "(Reporting by ...; Editing by ...)"
  /^\s*[a-z]{1,5}(\/[a-z]{1,5})+\s*\([^)]*\)\s*$/i,
  /^\s*\((reporting|writing|editing|additional reporting) by\b/i,
  /^\s*(copyright|©)/i,
];

const CLOSERS = `"'”’)]»`;
const OPENERS = `"'“‘([«`;

function isUpperStart(ch: string | undefined): boolean {
  if (!ch) return false;
  return /[\p{Lu}\p{Lt}\p{N}]/u.test(ch);
}

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
    if (ch === '.') {
      // The word before the period: abbreviation or initial?
      const before = para.slice(0, i);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
      const lower = word.toLowerCase();
      if (ABBREVIATIONS.has(lower)) {
        // Month/weekday abbreviations followed by a digit ("Jan. 6") never end a sentence;
        // titles ("Mr.", "Gen.") never do; "U.S." may, when a capitalised function word follows.
        if (!/^(u\.s|u\.k|u\.n|e\.u|etc|inc|co|corp|ltd|jr|sr|a\.m|p\.m)$/.test(lower)) continue;
        const nextWord = /^[\p{L}]+/u.exec(para.slice(m))?.[0] ?? '';
        if (!/^(The|A|An|It|He|She|They|We|I|But|And|In|On|At|This|That|These|Those|His|Her|Their|Its|There)$/.test(nextWord)) continue;
      }
      // A single capital letter ("George W. Bush") is an initial.
      if (/^\p{Lu}$/u.test(word)) continue;
    }
    ends.push(j);
  }
  ends.push(para.length);
  return ends;
}

function isFurnitureLine(line: string, title: string | undefined): boolean {
  const t = line.trim();
  if (FURNITURE_PATTERNS.some((re) => re.test(t))) return true;
  if (title) {
    const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const nt = norm(title);
    const nl = norm(t);
    // The headline repeated, maybe with a site suffix: "Headline – DW (German)".
    if (nt.length > 0 && (nl === nt || nl.startsWith(nt + ' '))) return true;
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
  let paragraph = 0;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const para = raw.trim();
    if (!para) continue;
    const base = m.index + lead;
    const ends = sentenceEnds(para);
    const furniture = isFurnitureLine(para, title) || isHeading(para, ends.length);
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
  return out;
}

/** The sentence containing offset `pos`, if any. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
