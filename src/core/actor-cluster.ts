/**
 * Clustering of actor candidates (steps 4 and 5 of `actors.ts`): candidates
 * found by `extractActors` join into alias clusters (gazetteer aliases,
 * acronyms, shorter forms, surnames), names listed together share a kind,
 * and each cluster with enough evidence becomes an actor named by its
 * fullest form.
 */

import {
  KINDS, PERSON, ORG, PLACE, GROUP, NONE, PARTICLES, PLACE_OF, PLACE_NOUNS, SAID, LOCAL_HEAD_RE, LOCAL_BODY, GROUP_ORG_NOUNS,
  PARTY_HEAD_RE, POLITICAL_RE, PARTY_CUE_RE, PARTY_NEXT_RE, PARTY_WORD_RE, ACRONYM_RE,
} from './actor-words.js';
import { nameShape, norm, vote, top, initials } from './actor-names.js';
import { oneOf, singular } from './lexicon.js';
import type { Gazetteer } from './gazetteer.js';
import type { Sentence } from './text.js';
import type { Actor, ActorKind, Span } from './types.js';

/** A candidate mention of an actor: its form and span, name words, kind votes and cues. */
export interface Cand {
  form: string;
  s: number;
  e: number;
  sent: number;
  /** Name words used for surname clustering (no titles). */
  words: string[];
  /** Votes per kind slot (see KINDS), then NONE. */
  v: number[];
  gaz?: string;
  honor: boolean;
  role?: string;
  /** Named as a political party ("his ANO party", "the Pirate Party"): the actor is a group. */
  party?: boolean;
  /** A body's cue ("X, which", "X said its"): no person, unless a person's cue shows. */
  body?: boolean;
  /** Typed a person by an agent noun before it that may name a firm ("partner", "bidder"). */
  agent?: boolean;
  /** Single unknown word at the start of a sentence. */
  init: boolean;
  /** Candidate this one must join ("(CBO)" after its expansion). */
  link?: Cand;
  /** Clustering key when not the form's ("Souk al-Naeem" for "Souk al-Naeem market"). */
  key?: string;
  /** Another form inside this one, an alias: "health ministry" of "Colombia's health ministry". */
  alt?: string;
  /** Slot in the deduplicated candidates that `cluster` reads (the slot of the same span's first candidate). */
  at: number;
}

/** `f.split(/\s+/).length` without the array: one more than the runs of white space. */
const words = (f: string): number => {
  let n = 1;
  for (let i = 0, sp = false; i < f.length; i++) {
    const c = f.charCodeAt(i);
    const w = c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(f[i]!));
    if (w && !sp) n++;
    sp = w;
  }
  return n;
};

/**
 * Clusters the candidates (deduplicated by span, each with its slot `at`) into actors: joins
 * gazetteer aliases, acronyms, shorter forms and surnames, types names listed together, then names and types each
 * cluster by its votes, ordered by first mention.
 */
export function cluster(cands: Cand[], sentences: readonly Sentence[], g: Gazetteer, text: string, sports: boolean, lowerWords: Set<string>): Actor[] {
  // Union-find over candidate indices.
  const parent = cands.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const afterThe = (c: Cand): boolean => /\bthe\s+$/i.test(text.slice(c.s - 4, c.s));
  /** A person's cue: an honorific, or votes beyond what "X said" alone gives (3.5 for a pair, 1.5 for a word). */
  const cue = (c: Cand): boolean => c.honor || c.v[PERSON]! >= (c.words.length > 1 ? 4 : 3);
  const byKey = new Map<string, number>();
  cands.forEach((c, i) => {
    const key = c.gaz ? 'g:' + c.gaz : 'f:' + (c.key ?? norm(c.form));
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, i);
    else union(seen, i);
    if (c.link) union(c.link.at, i);
  });
  const members = (): Map<number, number[]> => {
    const m = new Map<number, number[]>();
    cands.forEach((_, i) => {
      const r = find(i);
      const list = m.get(r);
      if (list) list.push(i);
      else m.set(r, [i]);
    });
    return m;
  };
  // Acronyms: "CBO" = "Congressional Budget Office", "MoD" = "Ministry of Defence".
  let groups = members();
  /** Initials of a candidate's words (of all, of the capitalised), computed once. */
  const inits: string[][] = [];
  // ("KP" = "Khyber Pakhtunkhwa", "NSW": the letters of a known place of two words or more, too.)
  // (Listed at the first acronym: most articles have none.)
  let multi: [number, number[]][] | undefined;
  for (const [root, idx] of groups) {
    let acr: Cand | undefined;
    for (const i of idx) {
      const c = cands[i]!;
      if (!c.gaz && c.words.length === 1 && ACRONYM_RE.test(c.form)) {
        acr = c;
        break;
      }
    }
    if (!acr) continue;
    const letters = acr.form.replace(/\./g, '').toLowerCase();
    // ("Commission on Audit (COA) ... the Court of Appeals": an acronym already spelled out in its cluster takes no other name.)
    if (idx.some((i) => cands[i]!.words.length >= 2 && (inits[i] ??= [initials(cands[i]!.words, true), initials(cands[i]!.words, false)]).includes(letters))) continue;
    let best: number | undefined;
    multi ??= [...groups].filter(([, idx]) => idx.some((i) => cands[i]!.words.length >= 2 && (!cands[i]!.gaz || g.names.get(cands[i]!.gaz!)!.kind === 'place')));
    for (const [r2, idx2] of multi) {
      if (r2 === root) continue;
      const match = idx2.some((i) => cands[i]!.words.length >= 2 && (inits[i] ??= [initials(cands[i]!.words, true), initials(cands[i]!.words, false)]).includes(letters));
      if (match && (best === undefined || cands[r2]!.s < acr.s)) best = r2;
    }
    if (best !== undefined) union(best, root);
  }
  // Shorter forms of an organisation's name, leaving out country names: "Supreme Court" (U.S. Supreme Court),
  // "9th Circuit" (9th U.S. Circuit Court of Appeals); not "National Party" (Scottish National Party).
  // ("the Army": Pakistan Army.)
  const orgs = cands.filter((c) => !c.gaz && (c.words.length >= 2 ? c.v[ORG]! >= 4 : oneOf(c.form, 'Army Navy')) && top(c.v) === ORG);
  const longs = orgs.map((y) => y.words.filter((w) => g.names.get(w)?.kind !== 'country').join(' '));
  for (const x of orgs) {
    const short = x.words.join(' ');
    for (const [n, y] of orgs.entries()) {
      if (y.words.length <= x.words.length) continue;
      const long = longs[n]!;
      // ("Environment Canada": the first and last words of "Environment and Climate Change Canada".)
      if (long === short || long.startsWith(short + ' ') || (x.words.length === 2 && y.words[1] === 'and' && y.words[0] === x.words[0] && y.words[y.words.length - 1] === x.words[1])) union(y.at, x.at);
    }
  }
  // Surnames and shorter forms of a person's name: "Soleimani", "Mr Mousa", "Al-Sudani".
  groups = members();
  /** Lower-case name words of candidate `i`, without a "Jr"; computed when first read (only people's clusters read them). */
  const keys: string[][] = [];
  const key = (i: number): string[] => {
    let ws = keys[i];
    if (!ws) {
      ws = keys[i] = cands[i]!.words.map((w) => (w.includes('’') ? w.toLowerCase().replace(/[’']/g, "'") : w.toLowerCase()));
      // (A suffix only ends a name of two words or more: one test of the last word, no filtered copy.)
      if (ws.length > 1 && ws[ws.length - 1]!.length <= 4 && /^(?:jr|sr|ii|iii|iv)\.?$/.test(ws[ws.length - 1]!)) ws.pop();
    }
    return ws;
  };
  const people: [number, number[]][] = [];
  const shortForms: [number, number][] = [];
  for (const [root, idx] of groups) {
    // Clusters with strong non-person evidence are no people.
    if (idx.some((i) => cands[i]!.gaz || Math.max(cands[i]!.v[ORG]!, cands[i]!.v[PLACE]!, cands[i]!.v[GROUP]!, cands[i]!.v[NONE]!) >= 4)) continue;
    let shortest = idx[0]!;
    for (const i of idx) if (key(i).length < key(shortest).length) shortest = i;
    shortForms.push([root, shortest]);
    // ("Friends of the Lugg": a connector makes a name with no person's cue a body's, whose last word is no surname.)
    if (idx.some((i) => key(i).length >= 2) && !idx.some((i) => cands[i]!.v[PERSON]! < 3 && key(i).some((w) => oneOf(w, 'of the for and on')))) people.push([root, idx]);
  }
  for (const [root, shortest] of shortForms) {
    const c0 = cands[shortest]!;
    const w = key(shortest);
    const wl = w.length;
    let best: number | undefined;
    let bestPos = -1;
    // ("in Loreto" and "Diresa Loreto": a lone word seen as a place is no surname of a name with no person's cue.)
    const placed = wl === 1 && groups.get(root)!.reduce((t, i) => t + cands[i]!.v[PLACE]! - cands[i]!.v[PERSON]!, 0) >= 2;
    for (const [r2, idx2] of people) {
      if (r2 === root || (placed && !idx2.some((i) => cue(cands[i]!)))) continue;
      const match = idx2.some((i) => {
        const v = key(i);
        const vl = v.length;
        if (vl <= wl) return false;
        let suffix = true;
        for (let k = 0; k < wl && suffix; k++) suffix = v[vl - wl + k] === w[k];
        const ends = wl >= 2 && v[0] === w[0] && v[vl - 1] === w[wl - 1];
        // "Sir Keir" (Keir Starmer), "Mr Xi" (Xi Jinping)
        const given = c0.honor && wl === 1 && v[0] === w[0];
        return suffix || ends || given;
      });
      if (!match) continue;
      const pos = cands[r2]!.s;
      // Prefer the nearest full name before the short form, else the first after it.
      const better = best === undefined || (pos < c0.s ? bestPos > c0.s || pos > bestPos : bestPos > c0.s && pos < bestPos);
      if (better) {
        best = r2;
        bestPos = pos;
      }
    }
    // "Xi" (Xi Jinping), "Lula" (Luiz Inácio Lula da Silva): a lone word that is the first or an inner word of
    // exactly one person's full name, when no surname matched.
    if (best === undefined && wl === 1 && !PARTICLES.has(w[0]!) && nameShape(c0.form)) {
      const hits = people.filter(([r2, idx2]) => r2 !== root && !(placed && !idx2.some((i) => cue(cands[i]!))) && idx2.some((i) => {
        const v = key(i);
        const k = v.indexOf(w[0]!);
        return v.length >= 2 && k >= 0 && k < v.length - 1 && top(cands[i]!.v) === PERSON;
      }));
      if (hits.length === 1) {
        best = hits[0]![0];
        // "Aurantis" of "Aurantis Resources": the first word alone, of a name with no person's cue (given name,
        // title, age, role), is a body's short form (a person is re-mentioned by surname).
        if (!hits[0]![1].some((i) => cue(cands[i]!)) && key(hits[0]![1].find((i) => key(i).length >= 2)!)[0] === w[0]) {
          c0.v[ORG] += 3;
          union(best, root);
          best = undefined;
        }
      }
    }
    if (best !== undefined) {
      // (Not "Water" of "Marches Water", "the Range" of "the Iron Range": a common noun, written in lower case
      // elsewhere, or a word after "the" is no surname's cue.)
      if (!lowerWords.has(w[wl - 1]!) && !afterThe(c0)) c0.v[PERSON] += 3;
      union(best, root);
    }
  }
  // "Riverton Council" makes a lone "Riverton" a place.
  const localPlaces = new Set<string>();
  for (const c of cands) {
    const m = !c.gaz && LOCAL_HEAD_RE.test(c.form) && LOCAL_BODY.exec(c.form);
    // (Not "the SESAME Council": a body's acronym, in capitals, names no town.)
    if (m && m[1] !== m[1]!.toUpperCase()) localPlaces.add(m[1]!);
  }
  for (const c of cands) if (localPlaces.has(c.form)) c.v[PLACE] += 3;
  // "Raglan, Main Lead, Lexton and Waterloo": names listed with a place are places when nothing else types them.
  const sums = new Map<number, number[]>();
  cands.forEach((c, i) => {
    const r = find(i);
    const sum = sums.get(r) ?? vote();
    for (let k = 0; k < 6; k++) sum[k]! += c.v[k]!;
    sums.set(r, sum);
  });
  const isPlace = (i: number): boolean => {
    const c = cands[i]!;
    const sum = sums.get(find(i))!;
    return c.gaz ? g.names.get(c.gaz)!.kind === 'place' : top(sum) === PLACE && sum[PLACE]! >= 2;
  };
  const isOrg = (i: number): boolean => {
    const c = cands[i]!;
    return c.gaz ? g.names.get(c.gaz)!.kind === 'organization' : top(sums.get(find(i))!) === ORG && sums.get(find(i))![ORG]! >= 3;
  };
  // (A mention's own weak cue counts once: "Toa Payoh" named twice with no cue has 2 of a default person's votes.)
  const weak = (i: number): boolean => !cands[i]!.gaz && Math.max(...cands[i]!.v) < 2 && Math.max(...sums.get(find(i))!) < 3 && !g.firstNames.has(cands[i]!.words[0]!);
  // ("Taiwan-based Formosa Lines, South Korea's Hanbit Marine and Dubai-registered Gulfstar": an owner or a
  // compound's name before an item is no item of the list.)
  const mods = new Set<number>();
  cands.forEach((c, i) => {
    if (cands[i + 1]?.sent === c.sent && "'’-".includes(text[c.e]!) && /^(?:['’]s|-[a-z]+)\s+$/.test(text.slice(c.e, cands[i + 1]!.s))) mods.add(i);
  });
  const items = cands.map((_, i) => i).filter((i) => !mods.has(i));
  const sep = (x: number, y: number): string => {
    while (mods.has(y - 1)) y--;
    return text.slice(cands[x]!.e, cands[y]!.s);
  };
  for (let i = 0, j = 0; i < items.length; i = j) {
    j = i + 1;
    // ("Cargill, Bunge and local crusher AGD": after two items, the last may follow lower-case words.)
    while (j < items.length && cands[items[j]!]!.sent === cands[items[j - 1]!]!.sent && (/^(?:,\s+|,?\s+(?:and|or)\s+)(?:(?:neighbou?ring|nearby)\s+)?$/.test(sep(items[j - 1]!, items[j]!)) || (j - i > 1 && /^,?\s+(?:and|or)\s+(?:[a-z]+\s+){1,2}$/.test(sep(items[j - 1]!, items[j]!))))) j++;
    const list = items.slice(i, j);
    // (A list ends in "and" or "or": not "Salem, Ore.", "(Lab, Thringstone)".)
    // ("outbidding Focus Features and Apple": so are names listed with a known organisation.)
    if (list.length > 1 && /\s(?:and|or)\s/.test(sep(items[j - 2]!, items[j - 1]!))) {
      // "residents of Flin Flon, Cranberry Portage and Mathias Colomb Cree Nation": where people live are places, whatever
      // their head words.
      const pre = text.slice(cands[list[0]!]!.s - 20, cands[list[0]!]!.s);
      const res = pre.trimEnd().endsWith(' of') ? /\b([a-z-]+) of\s+$/.exec(pre) : null;
      // ("the provinces of Colon and Cocle": so are those a place's noun names.)
      if (res && (PLACE_OF.has(res[1]!) || PLACE_NOUNS.has(singular(res[1]!)))) {
        for (const m of list) cands[m]!.v[PLACE] += 7;
        continue;
      }
      let k = list.some(isPlace) ? PLACE : list.some(isOrg) ? ORG : -1;
      // "convoys from Gelderland, Overijssel and Friesland": else the kind the cues of a list of three or more add up to
      // (not a person's; "A and B" may be one name: "HM Revenue and Customs").
      if (k < 0) {
        const t = vote();
        for (const m of list) sums.get(find(m))!.forEach((x, n) => (t[n]! += x));
        if (list.length > 2 && top(t) && t[top(t)]! >= 1) k = top(t);
      }
      // "the Peugeot, Fiat and Jeep brands", "the Zorvek and Halloran banks": names listed before a plural body's noun
      // are bodies (parties, militias and gangs are groups).
      const noun = /^\s+([a-z]+)s\b/.exec(text.slice(cands[list[list.length - 1]!]!.e, cands[list[list.length - 1]!]!.e + 16))?.[1];
      if (noun && (g.orgNouns.has(noun) || noun === 'marque' || noun === 'partie') && noun !== 'group' && !g.roleNouns.has(noun)) {
        for (const m of list) if (!cands[m]!.gaz) cands[m]!.v[noun === 'partie' || GROUP_ORG_NOUNS.has(noun) ? GROUP : ORG] += 4;
        continue;
      }
      // "swept through Swat, Buner and Shangla": unknown names listed after "in", "through" or "across" are places.
      // ("fighting around Léré and Nampala", "near Kidal and Gao")
      if (k < 0 && list.every(weak) && /\b(?:in|through|across|throughout|around|near)\s+$/.test(text.slice(cands[list[0]!]!.s - 12, cands[list[0]!]!.s))) k = PLACE;
      // (Not the last item after lower-case words: "and chief executive Ana Ruiz" may be a person.)
      if (k >= 0) for (const m of list) if (weak(m) && (m !== list[list.length - 1] || /^,?\s+(?:and|or)\s+(?:(?:neighbou?ring|nearby)\s+)?$/.test(sep(items[j - 2]!, m)))) cands[m]!.v[k] += 3;
    }
  }
  /** A name of two words or more after "the", or ending in a common noun or a known name. */
  const bodyShape = (c: Cand): boolean => {
    const last = c.words[c.words.length - 1]!;
    return c.words.length > 1 && (afterThe(c) || lowerWords.has(last.toLowerCase()) || g.names.has(last));
  };
  // A party's cue after a name, up to the next name of its sentence: "X, which quit the coalition, ... its seven MPs";
  // in a story that calls a body a party, also "X leader Ana Ruiz", "X lawmakers". (Not a body with a head word:
  // "the National Assembly and its 300 lawmakers".)
  const partyStory = cands.some((c) => c.party);
  /** Per sentence: whether it has a party cue's word (tested once per sentence, not per name). */
  const partyWords: boolean[] = [];
  cands.forEach((c, i) => {
    // (A cheap test first: a cue's word in the sentence.)
    if (c.gaz || !(partyWords[c.sent] ??= PARTY_WORD_RE.test(sentences[c.sent]!.text)) || c.words.some((w) => g.heads.has(w))) return;
    // (The next name's start: candidates are sorted by start, and none before this one starts after its end.)
    let end = sentences[c.sent]!.end;
    for (let j = i + 1; j < cands.length && cands[j]!.s < end; j++) if (cands[j]!.sent === c.sent && cands[j]!.s >= c.e) end = cands[j]!.s;
    const after = text.slice(c.e, end);
    if (PARTY_WORD_RE.test(after) && (PARTY_CUE_RE.test(after) || (partyStory && c.words.length === 1 && PARTY_NEXT_RE.test(after)))) c.party = true;
  });
  const hasUsState = cands.some((c) => c.gaz && g.usStates.has(c.gaz) && c.gaz !== 'Georgia');
  const actors: [number, Actor][] = [];
  for (const idx of members().values()) {
    // (In mention order already: `members` lists indices in order, and `cands` is sorted by start.)
    const list = idx.map((i) => cands[i]!);
    const votes = vote();
    let gazKind: ActorKind | undefined;
    const long = list.some((c) => c.words.length > 1);
    for (const c of list) {
      // "RSF said": an acronym's context says little when its expansion is known.
      if (long && c.words.length === 1 && ACRONYM_RE.test(c.form)) continue;
      for (let k = 0; k < 6; k++) votes[k]! += c.v[k]!;
      if (c.gaz && !gazKind) gazKind = g.names.get(c.gaz)!.kind;
    }
    let kind: ActorKind;
    if (gazKind) kind = list[0]!.gaz === 'Georgia' && hasUsState ? 'place' : gazKind;
    else {
      let best = top(votes);
      // "Lumetra said": a name never written in full is rarely a person (news names people in full first); nor is
      // one with no person's cue (a given name, title, age, role or surname re-mention) when a body's shape shows:
      // after "the" ("the United Auto Workers"), ending in a common noun ("Marches Water") or a known name ("Natural England").
      // (Nor one with a body's cue: "officials at Tessaly Marin said", "shares in Ardentis Lowe".)
      if (best === PERSON && (!long || list.some(bodyShape) || votes[ORG]! >= 2 || list.some((c) => c.body)) && !list.some(cue)) {
        // (A body speaks, a place rarely: "Ofwat said", then "reported to Ofwat".)
        const alt = votes[PLACE]! >= 1 && votes[PLACE]! > votes[ORG]! ? PLACE : ORG;
        votes[alt] = Math.max(votes[alt]!, votes[PERSON]!);
        best = alt;
      }
      // In a sports story, a lone word named three times with no other cue is a club ("Newcastle made them pay").
      // (A weak place's cue does not stop it: "opposition from Benfica".)
      if ((votes[best]! < 1 || (best === PLACE && votes[PLACE]! < 2)) && sports && !long && list.length >= 3 && list.some((c) => !c.init) && !votes[NONE]) votes[(best = ORG)] = 1;
      const total = votes[best]!;
      // A capitalised pair with no given name nor cue ("Low Tide", "Dakota Access") is no person.
      if (total < 1 || votes[NONE]! >= total) continue;
      // A capitalised word only ever seen at the start of a sentence needs strong evidence.
      if (list.every((c) => c.init) && total < 3) continue;
      kind = KINDS[best]!;
    }
    // "the Port of Tanjung Pelepas (PTP) ... PTP said", "Gatwick Airport said", "Maersk Line said": a port, an airport,
    // a line or a venue that speaks is its operator (a city that speaks stays a place: "Beijing said").
    if (kind === 'place' && !gazKind && list.some((c) => c.words.some((w, i, ws) => ws.length > 1 && oneOf(w, 'Port Airport Harbor Harbour Stadium Arena Line') && (i === ws.length - 1 || ws[i + 1] === 'of'))) && list.some((c) => SAID.has(/^\s+([a-z]+)/.exec(text.slice(c.e, c.e + 16))?.[1] ?? ''))) kind = 'organization';
    // Name: the fullest form without an honorific; aliases: every other form, verbatim.
    const plain = list.filter((c) => !c.honor && c.link === undefined);
    const pool = plain.length ? plain : list;
    let name = pool[0]!.form;
    let nameWords = words(name);
    const caps = (f: string): boolean => f === f.toUpperCase();
    for (const c of pool) {
      const cw = words(c.form);
      const d = cw - nameWords;
      // The fullest form; "Port Sudan" rather than the dateline's "PORT SUDAN".
      // ("Christie's" rather than "Christie": a firm's own "'s".)
      if (d > 0 || (!d && ((caps(name) && !caps(c.form)) || (/['’]s$/.test(c.form) && !/['’]s$/.test(name))))) {
        name = c.form;
        nameWords = cw;
      }
    }
    // ("Fiscalía General de la Nación" cut after its "General": a name that opens with a Romance article's
    // particles, "de la", "del", is the tail of a longer name, no person.)
    if (!gazKind && /^(?:de l[ao]s?|del) /.test(name)) continue;
    // A party is a group, the corpus's convention: a body called a party in the text ("his ANO party", "the
    // separatist party Junts"), an "X Party", and outside sport an "X League" or "X Front" named in a political
    // sentence ("the Awami League, which leads the coalition"; not "the Premier League", "the Arab League").
    if (
      // ("United Torah Judaism, which quit the coalition": no person, for "which".)
      (kind === 'organization' || (kind === 'person' && !list.some(cue) && list.some((c) => /^,\s+which\b/.test(text.slice(c.e, c.e + 9))))) &&
      !gazKind &&
      (list.some((c) => c.party) ||
        // ("Democratic Party of Socialists")
        /\bPart(?:y|ies)$|\bParty of\b/.test(name) ||
        (!sports && PARTY_HEAD_RE.test(name) && !g.isDemonym(name.split(' ')[0]!) && list.some((c) => POLITICAL_RE.test(sentences[c.sent]!.text) || /\b(?:opposition|ruling|governing) $/.test(text.slice(c.s - 11, c.s)))))
    )
      kind = 'group';
    const role = list.find((c) => c.role)?.role;
    const mentions: Span[] = list.map((c) => ({ text: c.form, sentence: sentences[c.sent]!.text, start: c.s, end: c.e }));
    const aliases = new Set([name]);
    for (const c of list) aliases.add(c.form).add(c.alt || name);
    aliases.delete(name);
    const actor: Actor = { name, aliases: [...aliases], kind, mentions };
    if (role) actor.role = role;
    actors.push([list[0]!.s, actor]);
  }
  return actors.sort((p, q) => p[0] - q[0]).map((p) => p[1]);
}
