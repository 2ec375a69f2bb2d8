/**
 * Wire datelines: "LUSAKA, March 18 (Reuters) -", "BILLINGS, Mont. (AP) —",
 * "LONDON, Jan 5 -", "JAKARTA -- ". A dateline opens a story's first sentence and says where
 * and when the story was filed: it is no part of what the story reports, so a
 * question neither asks about it nor quotes it in its prompt.
 */

import { gazetteer } from './gazetteer.js';

/** A place in capitals (a first word of 3+ letters, up to 4 words), then a comma part, an agency in brackets or both, then a dash. */
const CAPS_DATELINE_RE = /^[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]*){0,3}(?:,[^,()\n—–]{1,25}?(?:\s*\([A-Z][A-Za-z./ ]{0,24}\))?|\s*\([A-Z][A-Za-z./ ]{0,24}\))\s*[—–-]{1,2}\s+/;
/** A place in title case needs its agency: "Billings, Mont. (AP) —". */
const AGENCY_DATELINE_RE = /^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:,[^,()\n—–]{1,25}?)?\s*\([A-Z][A-Za-z./ ]{0,24}\)\s*[—–-]{1,2}\s+/;

/**
 * A place in capitals alone, then a spaced double hyphen or dash and a capital: "JAKARTA -- PT Arunika …",
 * "PRAGUE — Billionaire …". (No single hyphen: "US - the …" is a heading's aside.)
 */
const BARE_DATELINE_RE = /^([A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]*){0,3})\s+(?:--|[—–])\s+(?=[A-Z"“‘])/;

/** Whether `caps` ("JAKARTA", "NASA") is an organisation or a group the gazetteer knows, in capitals or title case. */
function knownBody(caps: string): boolean {
  const { names } = gazetteer();
  const kind = (names.get(caps) ?? names.get(caps.replace(/\B[A-Z]+/g, (w) => w.toLowerCase())))?.kind;
  return kind === 'organization' || kind === 'group';
}

/** Length of the dateline opening `sentence` (with the dash and spaces after it), or 0 when it opens with none. */
export function datelineLength(sentence: string): number {
  let m = CAPS_DATELINE_RE.exec(sentence) ?? AGENCY_DATELINE_RE.exec(sentence);
  // (Only a sentence opening with two capitals may open with a bare one; an organisation is no dateline.)
  if (!m && /[A-Z]/.test(sentence[1] ?? '')) {
    const bare = BARE_DATELINE_RE.exec(sentence);
    if (bare && !knownBody(bare[1]!)) m = bare;
  }
  // Something must follow: a dateline alone is no sentence.
  return m && m[0].length < sentence.length ? m[0].length : 0;
}
