/**
 * Name-shape helpers of actor extraction: particle and elided names, the
 * shape of a name's word, the normalised form names are compared by, vote
 * arrays by kind slot, and initials (to match acronyms).
 */

import { HYPHEN_PARTICLES, HYPHEN_LINKS, ELIDED, UPPER_START_RE, CAPITALISED_RE } from './actor-words.js';

/** Whether `w` opens with an upper-case letter (`UPPER_START_RE`, read with a character test when it is ASCII). */
export const upperStart = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START_RE.test(w);
};

/** A particle-prefixed name: "al-Sudani" (a Set and a letter test, cheaper than one regex). */
export function particleName(w: string): boolean {
  const i = w.indexOf('-');
  return i > 0 && HYPHEN_PARTICLES.has(w.slice(0, i)) && upperStart(w.slice(i + 1));
}

/** The word after an elided particle ("Ivoire" of "d'Ivoire", "énergie" of "l'énergie"), or '' for none. */
export function elided(w: string): string {
  const i = Math.max(w.indexOf("'"), w.indexOf('’'));
  return i > 0 && ELIDED.has(w.slice(0, i)) ? w.slice(i + 1) : '';
}

/** What may open a name's capitalised part: nothing, "Mc", "Mac", "O'". */
const NAME_PREFIXES = ['', 'Mc', 'Mac', "O'", 'O’'];

/**
 * A word shaped like a name: "Bukele", "O'Brien", "Jean-Pierre", "McDonald"; `/^(?:Mc|Mac|O['’])?[Lu][Ll]+(?:-[Lu][Ll]+)?$/u`
 * spelled with `CAPITALISED_RE` (always compiled anyway: one regex fewer).
 */
export function nameShape(w: string): boolean {
  return NAME_PREFIXES.some((p) => {
    if (!w.startsWith(p)) return false;
    const parts = w.slice(p.length).split('-');
    return parts.length < 3 && parts.every((x) => x.length > 1 && CAPITALISED_RE.test(x));
  });
}

/** Normalised form used to compare names: lower case, no periods, straight apostrophes, no leading "the". */
export function norm(s: string): string {
  // (Each replacement only when its character is there: most forms have no quote, period, "the" or "s".)
  let t = s.toLowerCase();
  if (t.includes('’') || t.includes('‘')) t = t.replace(/[’‘]/g, "'");
  if (t.includes('.')) t = t.replace(/\./g, '');
  if (t.startsWith('the')) t = t.replace(/^the\s+/, '');
  if (t.endsWith("'s") || t.endsWith('’s')) t = t.slice(0, -2);
  // (Most forms have single spaces only.)
  return (/\s\s|[^\S ]/.test(t) ? t.replace(/\s+/g, ' ') : t).trim();
}

/** Fresh votes, `n` in slot `k`. */
export function vote(k = 0, n = 0): number[] {
  const v = [0, 0, 0, 0, 0, 0];
  v[k] = n;
  return v;
}

/** The kind slot with most votes (the first on ties). */
export function top(v: number[]): number {
  let best = 0;
  for (let k = 1; k < 5; k++) if (v[k]! > v[best]!) best = k;
  return best;
}

/** Initials of `words` in lower case: of every word, or (`all` false) of the capitalised ones, skipping lower-case links. */
export function initials(words: readonly string[], all: boolean): string {
  let s = '';
  for (const w of words) {
    if (!all && !upperStart(w) && !particleName(w)) continue;
    // ("Tehreek-i-Insaf" spells TI: a lower-case link, when only the capitals count; "Nusrat al-Islam wal-Muslimin" NIM.)
    if (!w.includes('-')) {
      if (all || !(HYPHEN_LINKS.has(w) || HYPHEN_PARTICLES.has(w))) s += w[0] ?? '';
    } else for (const part of w.split('-')) if (all || !(HYPHEN_LINKS.has(part) || HYPHEN_PARTICLES.has(part))) s += part[0] ?? '';
  }
  return s.toLowerCase();
}

/** Whether `letters` (lower case) are the initials of `words`, of all or of the capitalised ones. */
export function spells(words: readonly string[], letters: string): boolean {
  return initials(words, true) === letters || initials(words, false) === letters;
}

/** Whether the characters of `letters` occur in `s` in that order, not necessarily together ("srh" in "sunrisers hyderabad"). */
export function inOrder(letters: string, s: string): boolean {
  let i = 0;
  for (const ch of letters) {
    i = s.indexOf(ch, i) + 1;
    if (!i) return false;
  }
  return true;
}
