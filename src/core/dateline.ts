/**
 * Wire datelines: "LUSAKA, March 18 (Reuters) -", "BILLINGS, Mont. (AP) —",
 * "LONDON, Jan 5 -". A dateline opens a story's first sentence and says where
 * and when the story was filed: it is no part of what the story reports, so a
 * question neither asks about it nor quotes it in its prompt.
 */

/** A place in capitals (a first word of 3+ letters, up to 4 words), then a comma part, an agency in brackets or both, then a dash. */
const CAPS_DATELINE_RE = /^[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]*){0,3}(?:,[^,()\n—–]{1,25}?(?:\s*\([A-Z][A-Za-z./ ]{0,24}\))?|\s*\([A-Z][A-Za-z./ ]{0,24}\))\s*[—–-]{1,2}\s+/;
/** A place in title case needs its agency: "Billings, Mont. (AP) —". */
const AGENCY_DATELINE_RE = /^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:,[^,()\n—–]{1,25}?)?\s*\([A-Z][A-Za-z./ ]{0,24}\)\s*[—–-]{1,2}\s+/;

/** Length of the dateline opening `sentence` (with the dash and spaces after it), or 0 when it opens with none. */
export function datelineLength(sentence: string): number {
  const m = CAPS_DATELINE_RE.exec(sentence) ?? AGENCY_DATELINE_RE.exec(sentence);
  // Something must follow: a dateline alone is no sentence.
  return m && m[0].length < sentence.length ? m[0].length : 0;
}
