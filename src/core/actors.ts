/**
 * Named actors (people, organisations, countries, places, groups) of a news
 * article, with their alias clusters, kinds, roles and every mention. Rules
 * and a compact gazetteer, no NLP dependency:
 *
 * 1. tokenise each non-furniture sentence and cut runs of capitalised words
 *    (with particles "al-", "bin", "van der" and connectors "of" in names
 *    like "Ministry of Defence");
 * 2. type each run: gazetteer, title + name ("Prime Minister X"), head word
 *    ("... Court", "... Times"), given name, particle;
 * 3. add evidence from context: "in X", "X, Iran", "X said", "X, 28,",
 *    "the organisation X", appositive roles, "(ACRONYM)";
 * 4. cluster forms: gazetteer aliases, acronyms, surnames, honorifics;
 * 5. keep clusters with enough evidence, name each by its fullest form.
 */

import { gazetteer, type Gazetteer } from './gazetteer.js';
import type { Sentence } from './text.js';
import type { Actor, ActorKind, Span } from './types.js';

const KINDS: readonly ActorKind[] = ['person', 'organization', 'country', 'place', 'group'];
const PERSON = 0;
const ORG = 1;
const PLACE = 3;
const GROUP = 4;
/** Vote for "not an actor" (documents, events, laws). */
const NONE = 5;
const KIND_INDEX: Record<ActorKind, number> = { person: 0, organization: 1, country: 2, place: 3, group: 4 };

interface Tok {
  /** Token text without a possessive "'s". */
  t: string;
  /** Lower case, without a trailing period. */
  lower: string;
  s: number;
  e: number;
  poss: boolean;
  /** Can stand in a name: capitalised, or a particle-prefixed name ("al-Sudani"). */
  cap: boolean;
  /** Capitalised compound with a lower-case tail ("US-led", "Iraq-related"). */
  compound: boolean;
  /** Text between the previous token (or the sentence start) and this one. */
  gap: string;
  /** First word of the sentence or of a quotation. */
  init: boolean;
}

interface Cand {
  form: string;
  s: number;
  e: number;
  sent: number;
  /** Name words used for surname clustering (no titles). */
  words: string[];
  votes: number[];
  gaz?: string;
  honor: boolean;
  role?: string;
  /** Single unknown word at the start of a sentence. */
  init: boolean;
  /** Candidate this one must join ("(CBO)" after its expansion). */
  link?: Cand;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*\.?/gu;
const PARTICLE_HYPHEN_RE = /^(?:al|el|ad|as|ash|at|az|an|ar|ibn|bin|abu|abd|abdul|ben)-\p{Lu}/u;
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'dos', 'das', 'ter', 'ten', 'y']);
const CONNECTORS = new Set(['of', 'for', 'on']);
const KEEP_PERIOD = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'det', 'insp', 'supt', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'bros', 'mt', 'ft']);
const POSSESSIVE_NAMES = new Set(['Queen', 'King', 'People', 'Children', 'Women', 'Men', 'Workers', 'Veterans', 'Lloyd', 'St', 'Saint', 'Prince', 'Princess', 'Farmers', 'Teachers']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const DIRECTIONS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower', 'Greater', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Northeastern', 'Northwestern', 'Southeastern', 'Southwestern']);
const STRONG_PLACE_PREPS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'inside']);
const WEAK_PLACE_PREPS = new Set(['at', 'from', 'into', 'towards', 'toward', 'to']);
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'province', 'region', 'capital', 'district', 'county', 'governorate', 'state', 'oblast', 'island', 'port', 'suburb', 'neighbourhood', 'neighborhood', 'area']);
const SAID = new Set(['said', 'says', 'told', 'added', 'stated', 'argued', 'claimed', 'warned', 'wrote', 'explained', 'insisted', 'announced', 'noted', 'asked', 'urged', 'replied', 'denied', 'admitted', 'acknowledged', 'confirmed', 'tweeted', 'posted', 'testified', 'recalled', 'believes', 'thinks', 'vowed', 'pledged', 'promised']);
const VERBS = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'could', 'can', 'did', 'does', 'may', 'might', 'must', 'should', 'won', 'lost', 'met', 'led', 'took', 'made', 'became', 'left', 'ran', 'gave', 'came', 'went', 'held', 'beat', 'kept', 'sent', 'brought', 'fought', 'sold', 'stood', 'rose', 'fell', 'spoke', 'wrote', 'hit', 'struck', 'began', 'thought', 'knew', 'found', 'put', 'set', 'got', 'also', 'then', 'later']);
/** Names of storms and operations: "Hurricane Milton". */
const EVENT_PREFIX = /^(?:Hurricane|Storm|Typhoon|Cyclone|Tropical|Operation)$/;
/** Plural endings of group names: "Republicans", "Democrats", "Founding Fathers", "Electors", "Kurds". */
const PLURAL_RE = /\p{Ll}(?:ans|ists|ers|ors|ites|ats|ards|ds|ies|ens|ets)$/u;
const PLACE_PREFIX = /^(?:River|Lake|Mount|Mt\.?|Fort|Port|Cape|Isle|Loch)$/;
/** Heads of a local body named after its place: "Riverton Council", "Austin Police Department". */
const LOCAL_BODY = /^(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?) (?:City |County |Borough |District |Town |Parish )?(?:Council|Police|Fire|Mayor|Sheriff)\b/u;
const MEDIA_HEADS = new Set(['Times', 'Guardian', 'Telegraph', 'Independent', 'Economist', 'Observer', 'Mirror', 'Post', 'Journal', 'Herald', 'Tribune', 'Express', 'Mail', 'Standard', 'Globe', 'Inquirer']);
const GROUP_ORG_NOUNS = new Set(['militia', 'faction', 'movement']);
const ARMED = /^(?:militant|rebel|armed|jihadist|extremist|terrorist|terror|islamist|paramilitary|insurgent|separatist)$/;
const APPOSITIVE_STOP = new Set(['who', 'which', 'that', 'said', 'says', 'told', 'and', 'was', 'is', 'has', 'had', 'will', 'would']);
const NOT_ROLE = new Set(['under', 'over', 'after', 'other', 'whether', 'either', 'neither', 'rather', 'however', 'together', 'never', 'later', 'another', 'further', 'number', 'order', 'power', 'water', 'center', 'centre', 'border', 'percent', 'recent', 'event', 'moment', 'government', 'statement', 'department', 'parliament', 'present', 'important', 'significant', 'human', 'german']);
const ROLE_SUFFIX_RE = /(?:er|or|ist|man|woman|ian|ent|ant|eon|aire)$/;
const ACRONYM_RE = /^(?:\p{Lu}\.){2,}$|^(?=(?:.*\p{Lu}){2})[\p{Lu}][\p{L}&]{1,6}$/u;
const AGE_RE = /^\d+-year-old$/;
const ROMAN_RE = /^[IVXLC]+$/;
const COALITION_RE = /\b(\p{Lu}[\p{L}.]*)-(?:led|backed)((?:\s+[a-z]+){0,3}?)\s+(coalition|alliance|bloc|mission|force)\b/gu;
const COALITION_ALIAS_RE = /\b([a-z]+) (coalition|alliance|bloc|mission|force)\b/g;
const GROUP_NOUN_RE = / (?:groups|militias|militants|factions|rebels|insurgents|separatists|tribes|clans|jihadists|extremists|paramilitaries|fighters)\b/;
const GROUP_PHRASE_RE = /(?<!\p{Lu}\p{L}*[ -])\b(\p{Lu}[\p{L}'’]*) (groups|militias|militants|factions|rebels|insurgents|separatists|tribes|clans|jihadists|extremists|paramilitaries|fighters)\b/gu;

/** Normalised form used to compare names: lower case, no periods, straight apostrophes, no leading "the". */
function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function newVotes(): number[] {
  return [0, 0, 0, 0, 0, 0];
}

function isRoleNoun(lower: string, g: Gazetteer): boolean {
  if (g.roleNouns.has(lower)) return true;
  return lower.length > 4 && ROLE_SUFFIX_RE.test(lower) && !NOT_ROLE.has(lower) && !g.stopWords.has(lower);
}

function isAcronym(t: string): boolean {
  return ACRONYM_RE.test(t);
}

/** Splits one sentence into word tokens with absolute offsets. */
function tokenize(text: string, base: number, g: Gazetteer): Tok[] {
  const out: Tok[] = [];
  let prevEnd = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    let t = m[0];
    const start = m.index;
    if (t.endsWith('.')) {
      const bare = t.slice(0, -1);
      const keep = bare.includes('.') || /^\p{Lu}$/u.test(bare) || KEEP_PERIOD.has(bare.toLowerCase());
      if (!keep) t = bare;
    }
    const poss = t.length > 2 && (t.endsWith("'s") || t.endsWith('’s'));
    const word = poss ? t.slice(0, -2) : t;
    const gap = text.slice(prevEnd, start);
    prevEnd = start + t.length;
    const lower = word.toLowerCase();
    const upper = word[0] !== lower[0];
    const hyphen = word.includes('-');
    const compound = upper && hyphen && /^[^-]*-\p{Ll}/u.test(word) && !g.titles.has(lower);
    out.push({
      t: word,
      lower: lower.endsWith('.') ? lower.slice(0, -1) : lower,
      s: base + start,
      e: base + start + word.length,
      poss,
      cap: (upper || (hyphen && PARTICLE_HYPHEN_RE.test(word))) && !compound,
      compound,
      gap,
      init: out.length === 0 || (gap !== ' ' && /[“"‘:(]\s*$/.test(gap)),
    });
  }
  return out;
}

/** Whether a token may continue a name run after `prev`. */
function isNameToken(k: Tok, prev: Tok | undefined, g: Gazetteer): boolean {
  if (!k.cap) return false;
  if (g.calendar.has(k.t)) {
    // "Theresa May": a month after a given name is a surname.
    return !!prev && g.firstNames.has(prev.t) && !/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(k.t);
  }
  return true;
}

/** Extractor state for one article. */
class Extractor {
  readonly g = gazetteer();
  readonly cands: Cand[] = [];
  readonly lowerWords = new Set<string>();
  readonly byEnd = new Map<number, Cand>();
  readonly text: string;
  sentIndex = 0;

  constructor(text: string) {
    this.text = text;
  }

  slice(a: Tok, b: Tok): string {
    return this.text.slice(a.s, b.e);
  }

  add(c: { form: string; s: number; e: number; votes: number[]; gaz?: string; honor?: boolean; init?: boolean; words?: string[] }): Cand {
    const cand: Cand = {
      form: c.form,
      s: c.s,
      e: c.e,
      sent: this.sentIndex,
      words: c.words ?? c.form.split(' '),
      votes: c.votes,
      honor: c.honor ?? false,
      init: c.init ?? false,
    };
    if (c.gaz) cand.gaz = c.gaz;
    this.cands.push(cand);
    this.byEnd.set(cand.e, cand);
    return cand;
  }

  /** Cuts name runs out of a sentence's tokens and types each. */
  scan(toks: Tok[]): void {
    const g = this.g;
    let i = 0;
    while (i < toks.length) {
      const k = toks[i]!;
      if (k.compound) {
        this.compoundHead(k);
        i++;
        continue;
      }
      if (!isNameToken(k, undefined, g)) {
        i++;
        continue;
      }
      const start = i;
      let j = i;
      for (;;) {
        const cur = toks[j]!;
        if (cur.poss && !(POSSESSIVE_NAMES.has(cur.t) && toks[j + 1]?.cap)) break;
        const next = toks[j + 1];
        if (!next) break;
        const gapOk = /^\s+$/.test(next.gap) || (/^\s*&\s*$/.test(next.gap) && next.cap);
        if (!gapOk) break;
        if (isNameToken(next, cur, g)) {
          j++;
          continue;
        }
        // Connectors and particles inside names: "Ministry of Defence", "Ursula von der Leyen".
        const after = toks[j + 2];
        const after2 = toks[j + 3];
        if (CONNECTORS.has(next.lower) && this.takesConnector(cur, next.lower)) {
          if (after && /^\s+$/.test(after.gap) && isNameToken(after, undefined, g) && !after.compound) {
            j += 2;
            continue;
          }
          if (after?.lower === 'the' && after2 && /^\s+$/.test(after2.gap) && after2.cap) {
            j += 3;
            continue;
          }
        }
        // "Chelsea and Westminster Hospital": "and" inside a name that ends in an organisation head.
        if (next.lower === 'and' && after?.cap && /^\s+$/.test(after.gap) && !g.names.has(this.slice(toks[start]!, cur))) {
          let m = j + 2;
          while (toks[m + 1] && /^\s+$/.test(toks[m + 1]!.gap) && isNameToken(toks[m + 1]!, toks[m], g)) m++;
          if (g.heads.get(toks[m]!.t) === 'organization') {
            j = m;
            continue;
          }
        }
        if (PARTICLES.has(next.t) && after && /^\s+$/.test(after.gap)) {
          if (after.cap && !after.compound) {
            j += 2;
            continue;
          }
          if (PARTICLES.has(after.t) && after2?.cap && /^\s+$/.test(after2.gap)) {
            j += 3;
            continue;
          }
        }
        break;
      }
      this.run(toks, start, j);
      i = j + 1;
    }
  }

  takesConnector(k: Tok, connector: string): boolean {
    const g = this.g;
    if (connector === 'on') return g.nonActorHeads.has(k.t) || /^(?:Committee|Commission|Council)$/.test(k.t);
    return (
      g.heads.has(k.t) ||
      g.nonActorHeads.has(k.t) ||
      g.titles.has(k.lower) ||
      /^(?:Republic|Kingdom|States|House|Isle|Cape|Chief|Minister|Secretary|Friends|Bank|Church|Museum|Gulf|Bay|Sea|Strait|Sultanate|Emirate|Commonwealth|Federation|Union|Order)$/.test(k.t)
    );
  }

  /** "US-led", "Iraq-related": the capitalised head, when it is a known name, is a mention. */
  compoundHead(k: Tok): void {
    const head = k.t.slice(0, k.t.indexOf('-'));
    const entry = this.g.names.get(head);
    if (entry) this.add({ form: head, s: k.s, e: k.s + head.length, votes: newVotes(), gaz: entry.key });
  }

  /** Handles the run toks[a..b] (inclusive). */
  run(toks: Tok[], a: number, b: number): void {
    const g = this.g;
    // A whole-run gazetteer name first ("The Hague"), then strip sentence-initial function words.
    const whole = this.gazMatch(toks, a, b);
    if (whole) return;
    while (a <= b) {
      const k = toks[a]!;
      const plain = /^\p{Lu}\p{Ll}*$/u.test(k.t);
      if ((k.init && plain && g.stopWords.has(k.lower)) || DETERMINERS.has(k.lower) || g.calendar.has(k.t) || CONNECTORS.has(k.lower)) a++;
      else break;
    }
    if (a > b) return;
    if (a === b) {
      const k = toks[a]!;
      if (this.notActorWord(k)) return;
    }
    this.classify(toks, a, b, true);
  }

  notActorWord(k: Tok): boolean {
    const g = this.g;
    const t = k.t;
    if (t.length < 2 || ROMAN_RE.test(t) || g.calendar.has(t) || g.partyLabels.has(t)) return true;
    if (g.isDemonym(t) || (t.endsWith('s') && g.isDemonym(t.slice(0, -1)))) return true;
    if (g.nonActorAcronyms.has(t) || g.nonActorAcronyms.has(t.replace(/\./g, ''))) return true;
    if (g.titles.has(k.lower) || g.titleModifiers.has(k.lower)) return true;
    if (k.init && (g.stopWords.has(k.lower) || this.lowerWords.has(k.lower))) return true;
    return false;
  }

  gazMatch(toks: Tok[], a: number, b: number): Cand | undefined {
    const form = this.slice(toks[a]!, toks[b]!);
    const entry = this.g.names.get(form);
    if (!entry) return undefined;
    const c = this.add({ form, s: toks[a]!.s, e: toks[b]!.e, votes: newVotes(), gaz: entry.key });
    this.context(c, toks, a, b);
    return c;
  }

  /** Types the run toks[a..b]; `main` adds context evidence. */
  classify(toks: Tok[], a: number, b: number, main: boolean): void {
    const g = this.g;
    if (this.gazMatch(toks, a, b)) return;
    const first = toks[a]!;
    const n = b - a + 1;
    // "Northern Iraq", "East Jerusalem"
    if (n >= 2 && DIRECTIONS.has(first.t) && g.names.has(this.slice(toks[a + 1]!, toks[b]!))) {
      const c = this.add({ form: this.slice(first, toks[b]!), s: first.s, e: toks[b]!.e, votes: newVotes() });
      c.votes[PLACE] = 6;
      if (main) this.context(c, toks, a, b);
      return;
    }
    if (n >= 2 && EVENT_PREFIX.test(first.t)) return;
    if (this.titled(toks, a, b, main)) return;
    // Only title words, demonyms and country names: "US Secretary of State", "Iraqi PM".
    let allRole = false;
    for (let i = a; i <= b; i++) if (g.titles.has(toks[i]!.lower) || g.names.has(toks[i]!.t)) allRole = true;
    for (let i = a; i <= b && allRole; i++) {
      const k = toks[i]!;
      if (!(g.titles.has(k.lower) || g.titleModifiers.has(k.lower) || k.lower === 'of' || g.isDemonym(k.t) || g.partyLabels.has(k.t) || g.names.has(k.t))) {
        allRole = false;
        break;
      }
    }
    if (allRole) {
      for (let i = a; i <= b; i++) if (g.names.has(toks[i]!.t)) this.classify(toks, i, i, false);
      return;
    }
    // Party label or demonym before a name: "Libertarian Ron Paul".
    if (n >= 2 && (g.partyLabels.has(first.t) || g.isDemonym(first.t)) && !this.headOf(toks, a, b)) {
      const before = this.cands.length;
      this.classify(toks, a + 1, b, main);
      if (g.partyLabels.has(first.t)) {
        for (let i = before; i < this.cands.length; i++) {
          const c = this.cands[i]!;
          if (c.s === toks[a + 1]!.s && !c.role && !c.gaz) c.role = first.t;
        }
      }
      return;
    }
    const head = this.headOf(toks, a, b);
    const form = this.slice(first, toks[b]!);
    const votes = newVotes();
    // "River Avon", "Mount Everest", "Lake Geneva"
    if (n >= 2 && !head && PLACE_PREFIX.test(first.t)) {
      votes[PLACE] = 6;
      const c = this.add({ form, s: first.s, e: toks[b]!.e, votes });
      if (main) this.context(c, toks, a, b);
      return;
    }
    if (head) {
      if (g.nonActorHeads.has(head.t)) return;
      if (n === 1) {
        // A lone head word is generic ("the Court"), except newspapers: "the Guardian".
        if (!(MEDIA_HEADS.has(head.t) && toks[a - 1]?.lower === 'the')) return;
        votes[ORG] = 3;
      } else votes[KIND_INDEX[g.heads.get(head.t)!]] = 6;
      const c = this.add({ form, s: first.s, e: toks[b]!.e, votes });
      if (main) this.context(c, toks, a, b);
      return;
    }
    // A name-shaped run.
    let nameShaped = true;
    for (let i = a; i <= b; i++) {
      const k = toks[i]!;
      if (!(k.cap || PARTICLES.has(k.t) || CONNECTORS.has(k.lower) || k.lower === 'the') || (isAcronym(k.t) && n > 1 && !/^\p{Lu}\.?$/u.test(k.t))) nameShaped = false;
    }
    if (!nameShaped) return;
    const last = toks[b]!;
    if (n >= 2) {
      if (g.firstNames.has(first.t)) votes[PERSON] += 4;
      votes[PERSON] += 0.5;
      for (let i = a + 1; i <= b; i++) {
        if (PARTICLES.has(toks[i]!.t) || PARTICLE_HYPHEN_RE.test(toks[i]!.t)) {
          votes[PERSON] += 3;
          break;
        }
      }
      if (g.names.get(first.t)?.kind === 'country' && !g.firstNames.has(toks[a + 1]!.t)) votes[ORG] += 1;
    } else if (PARTICLE_HYPHEN_RE.test(first.t)) votes[PERSON] += 3;
    if (PLURAL_RE.test(last.t) && !last.poss && (n >= 2 || !first.init)) votes[GROUP] += 1.5;
    if (n === 1 && isAcronym(first.t)) votes[ORG] += 1.5;
    const n1 = toks[b + 1];
    if (n >= 2 && n1 && !n1.cap && /^\s+$/.test(n1.gap) && !last.poss) {
      // "Erling Haaland scored": a verb after a name; "the Harry Potter films": a name used as a modifier.
      if (SAID.has(n1.lower) || VERBS.has(n1.lower) || /[^e]ed$/.test(n1.lower)) votes[PERSON] += 1;
      else if (DETERMINERS.has(toks[a - 1]?.lower ?? '') && /^\s+$/.test(first.gap)) votes[PERSON] -= 4;
    }
    const c = this.add({ form, s: first.s, e: last.e, votes, init: n === 1 && first.init });
    if (main) this.context(c, toks, a, b);
  }

  /** The head word deciding an organisation/place/group name: "Bank" of "Bank of England", "Times" of "Seattle Times". */
  headOf(toks: Tok[], a: number, b: number): Tok | undefined {
    const g = this.g;
    for (let i = a + 1; i < b; i++) {
      if (CONNECTORS.has(toks[i]!.lower)) {
        const h = toks[i - 1]!;
        if (g.heads.has(h.t) || g.nonActorHeads.has(h.t)) return h;
        break;
      }
    }
    for (let i = b; i >= a; i--) {
      const h = toks[i]!;
      if (i === a && b > a) break;
      if (g.heads.has(h.t) || g.nonActorHeads.has(h.t)) return h;
    }
    return undefined;
  }

  /** "Prime Minister Mohamed Shia al-Sudani", "Lord Justice Rix", "Bank of England Governor Andrew Bailey". */
  titled(toks: Tok[], a: number, b: number, main: boolean): boolean {
    const g = this.g;
    let j = b;
    while (j >= a && this.nameWord(toks[j]!)) j--;
    if (j < a || j === b || toks[j]!.poss) return false;
    if (!(g.titles.has(toks[j]!.lower) || g.titleModifiers.has(toks[j]!.lower))) return false;
    // The role: title words, modifiers, demonyms and country names before the name.
    let r = j;
    for (let k = j - 1; k >= a; k--) {
      const tk = toks[k]!;
      if (tk.lower === 'of') {
        if (k > a && (g.titles.has(toks[k - 1]!.lower) || g.titleModifiers.has(toks[k - 1]!.lower))) continue;
        // "Bank of England Governor": "of England" belongs to the organisation.
        let m = k + 1;
        while (m < j && !(g.titles.has(toks[m]!.lower) || g.titleModifiers.has(toks[m]!.lower))) m++;
        r = m;
        break;
      }
      if (g.titles.has(tk.lower) || g.titleModifiers.has(tk.lower) || g.isDemonym(tk.t) || g.partyLabels.has(tk.t) || g.names.has(tk.t)) r = k;
      else break;
    }
    let titleFound = false;
    for (let k = r; k <= j; k++) if (g.titles.has(toks[k]!.lower) && toks[k]!.cap && !toks[k]!.poss) titleFound = true;
    if (!titleFound) return false;
    // Honorifics stay in a bare surname's form: "Mr Mousa", "Lord Justice Rix".
    let nameStart = j + 1;
    let honor = false;
    if (b === j + 1 || toks[j]!.lower === 'mr' || toks[j]!.lower === 'mrs' || toks[j]!.lower === 'ms' || toks[j]!.lower === 'miss') {
      let h = j + 1;
      while (h - 1 >= r && g.honorifics.has(toks[h - 1]!.lower)) h--;
      if (h <= j && b === j + 1) {
        nameStart = h;
        honor = true;
      }
    }
    if (r > a) this.classify(toks, a, r - 1, false);
    // "US Secretary of State", "Kyiv Mayor", "WHO Director-General": the name in the role is a mention too.
    for (let k = r; k < j; k++) if (toks[k]!.cap && g.names.has(toks[k]!.t)) this.classify(toks, k, k, false);
    const nameTok = toks[nameStart]!;
    const votes = newVotes();
    votes[PERSON] = 6;
    const roleEnd = honor ? nameStart - 1 : j;
    let role: string | undefined;
    if (roleEnd >= r && !(roleEnd === r && g.honorifics.has(toks[r]!.lower) && !/^(?:justice|judge)$/.test(toks[r]!.lower))) {
      const roleToks = toks.slice(r, roleEnd + 1);
      if (roleToks.some((k) => g.titles.has(k.lower) && (!g.honorifics.has(k.lower) || /^(?:justice|judge)$/.test(k.lower)))) role = this.slice(toks[r]!, toks[roleEnd]!);
    }
    const c = this.add({
      form: this.slice(nameTok, toks[b]!),
      s: nameTok.s,
      e: toks[b]!.e,
      votes,
      honor,
      words: toks.slice(j + 1, b + 1).map((k) => k.t),
    });
    if (role) {
      const pre = r === a ? this.preModifiers(toks, a) : undefined;
      c.role = pre !== undefined ? this.text.slice(toks[pre]!.s, toks[roleEnd]!.e) : role;
    }
    if (main) this.context(c, toks, r === a ? a : nameStart, b, r === a);
    return true;
  }

  /** Whether a run token can be part of a person's name. */
  nameWord(k: Tok): boolean {
    const g = this.g;
    if (!(k.cap || PARTICLES.has(k.t)) || g.titles.has(k.lower) || g.heads.has(k.t) || g.nonActorHeads.has(k.t)) return false;
    if (g.calendar.has(k.t) || g.stopWords.has(k.lower) || g.titleModifiers.has(k.lower)) return false;
    return g.names.get(k.t)?.kind !== 'country' || g.firstNames.has(k.t);
  }

  /** Lower-case modifiers straight before a run ("former"): index of the first, or undefined. */
  preModifiers(toks: Tok[], a: number): number | undefined {
    let r: number | undefined;
    for (let k = a - 1; k >= 0; k--) {
      if (!/^\s+$/.test(toks[k + 1]!.gap)) break;
      if (/^(?:former|then|acting|interim|late|disgraced|embattled|outgoing|incoming|ousted|jailed|exiled)$/.test(toks[k]!.lower)) r = k;
      else break;
    }
    return r;
  }

  /**
   * Evidence from the words around a mention toks[a..b]. `skipBefore` when
   * the words before were already read as a role inside the run.
   */
  context(c: Cand, toks: Tok[], a: number, b: number, before = true): void {
    const g = this.g;
    const p1 = toks[a - 1];
    const p2 = toks[a - 2];
    const first = toks[a]!;
    const ws = /^\s+$/.test(first.gap);
    if (before && p1 && ws && !first.poss) {
      if (STRONG_PLACE_PREPS.has(p1.lower)) c.votes[PLACE] += 2;
      else if (WEAK_PLACE_PREPS.has(p1.lower)) c.votes[PLACE] += p1.lower === 'to' ? 0.5 : 1;
      if (p1.lower === 'of' && p2 && PLACE_NOUNS.has(p2.lower)) c.votes[PLACE] += 4;
      if (p1.lower === 'to' && p2?.lower === 'according') c.votes[ORG] += 1;
      // "analysts at Goldman Sachs", "a professor at Harvard"
      if (p1.lower === 'at' && p2 && !p2.cap && isRoleNoun(p2.lower.replace(/s$/, ''), g)) c.votes[ORG] += 2;
      if (AGE_RE.test(p1.lower)) c.votes[PERSON] += 4;
      // "the suspect, identified as Marcus Reed"
      if (p1.lower === 'as' && (p2?.lower === 'identified' || p2?.lower === 'named')) c.votes[PERSON] += 3;
      if (!c.gaz) this.roleBefore(c, toks, a);
      // "Microsoft and Alphabet": the kind of the first conjunct, weakly.
      if ((p1.lower === 'and' || p1.lower === 'or') && p2) {
        const prev = this.byEnd.get(p2.e);
        if (prev && prev !== c) {
          let k = prev.gaz ? KIND_INDEX[g.names.get(prev.gaz)!.kind] : 0;
          if (!prev.gaz) for (let v = 1; v < 5; v++) if (prev.votes[v]! > prev.votes[k]!) k = v;
          if (prev.gaz || prev.votes[k]! >= 2) c.votes[k]! += 1;
        }
      }
    } else if (before && p1 && /^,\s+$/.test(first.gap) && !p1.cap && !g.orgNouns.has(p1.lower) && isRoleNoun(p1.lower, g)) {
      // "Bankman-Fried's lawyer, Marc Mukasey, said"
      this.roleBefore(c, toks, a);
    }
    const n1 = toks[b + 1];
    const last = toks[b]!;
    if (!n1) return;
    const gap = n1.gap;
    if (/^\s+$/.test(gap)) {
      if (SAID.has(n1.lower) && !last.poss) c.votes[PERSON] += 1.5;
      if (PLACE_NOUNS.has(n1.lower) && n1.lower !== 'area' && !last.poss) c.votes[PLACE] += 4;
    }
    // "Congressional Budget Office (CBO)"
    if (/^\s*\($/.test(gap) && /^\)/.test(toks[b + 2]?.gap ?? ')') && isAcronym(n1.t) && !this.g.nonActorAcronyms.has(n1.t)) {
      const entry = g.names.get(n1.t);
      const acr = this.add({ form: n1.t, s: n1.s, e: n1.e, votes: newVotes() });
      if (entry) acr.gaz = entry.key;
      acr.votes[ORG] += 1;
      const letters = n1.t.replace(/\./g, '').toLowerCase();
      const w = c.form.split(' ');
      for (let k = 0; k < w.length - 1 || (k === 0 && entry); k++) {
        const rest = w.slice(k);
        if (entry ? entry.key === c.gaz : initials(rest, true) === letters || initials(rest, false) === letters) {
          // "Past Congressional Budget Office (CBO)": the expansion is what the letters spell.
          const cut = w.slice(0, k).join(' ').length + (k ? 1 : 0);
          c.s += cut;
          c.form = c.form.slice(cut);
          c.words = rest;
          acr.link = c;
          break;
        }
      }
      return;
    }
    if (!/^,\s+$/.test(gap) || last.poss) return;
    let i = b + 1;
    if (/^\d{1,3}$/.test(n1.t) && /^,/.test(toks[b + 2]?.gap ?? '')) {
      c.votes[PERSON] += 4;
      i = b + 2;
    }
    const n = toks[i]!;
    if (!n) return;
    if (n.lower === 'who') c.votes[PERSON] += 2;
    // "Kerman, Iran"
    const entry = g.names.get(n.t);
    if (i === b + 1 && entry && (entry.kind === 'country' || g.usStates.has(n.t)) && !c.gaz && (!toks[i + 1] || !/^\s+$/.test(toks[i + 1]!.gap))) c.votes[PLACE] += 4;
    this.appositive(c, toks, i);
  }

  /** "Carla Ferstman, legal director of the human rights organisation Redress, said" */
  appositive(c: Cand, toks: Tok[], i: number): void {
    const g = this.g;
    let k = i;
    if (DETERMINERS.has(toks[k]?.lower ?? '')) k++;
    const startTok = toks[k];
    if (!startTok || !/^\s+$/.test(startTok.gap) && k !== i) return;
    if (startTok.cap && !g.isDemonym(startTok.t) && !g.titles.has(startTok.lower) && !g.names.has(startTok.t)) return;
    let headIdx = -1;
    let end = k;
    for (let m = k; m < toks.length && m < k + 12; m++) {
      const tk = toks[m]!;
      if (m > k && !/^\s+$/.test(tk.gap)) break;
      if (APPOSITIVE_STOP.has(tk.lower) || /^\d/.test(tk.t)) break;
      if (headIdx < 0 && m < k + 4 && !tk.cap && (g.orgNouns.has(tk.lower) || isRoleNoun(tk.lower, g))) headIdx = m;
      if (headIdx < 0 && m < k + 4 && tk.cap && g.titles.has(tk.lower) && !toks[m + 1]?.cap) headIdx = m;
      end = m;
    }
    if (headIdx < 0) return;
    const head = toks[headIdx]!.lower;
    const isOrg = g.orgNouns.has(head) && !g.roleNouns.has(head);
    c.votes[isOrg ? (GROUP_ORG_NOUNS.has(head) ? GROUP : ORG) : PERSON] += 3;
    c.role ??= this.text.slice(startTok.s, toks[end]!.e);
  }

  /** Role words straight before a name: "Iranian general", "Texas elector", "the human rights organisation". */
  roleBefore(c: Cand, toks: Tok[], a: number): void {
    const g = this.g;
    const p1 = toks[a - 1]!;
    if (p1.cap || p1.poss) return;
    if (g.orgNouns.has(p1.lower) && !(g.roleNouns.has(p1.lower) && !g.orgNouns.has(p1.lower))) {
      let r = a - 1;
      let armed = false;
      for (let k = a - 2; k >= 0 && k >= a - 4; k--) {
        const tk = toks[k]!;
        if (!/^\s+$/.test(toks[k + 1]!.gap) || tk.cap || g.stopWords.has(tk.lower) || DETERMINERS.has(tk.lower)) break;
        if (ARMED.test(tk.lower)) armed = true;
        r = k;
      }
      const group = GROUP_ORG_NOUNS.has(p1.lower) || (p1.lower === 'group' && armed);
      c.votes[group ? GROUP : ORG] += 4;
      c.role ??= this.text.slice(toks[r]!.s, p1.e);
      return;
    }
    if (!isRoleNoun(p1.lower, g)) return;
    let r = a - 1;
    for (let k = a - 2; k >= 0; k--) {
      const tk = toks[k]!;
      const gap = toks[k + 1]!.gap;
      if (!/^['’]?\s+$/.test(gap)) break;
      const ok =
        g.titles.has(tk.lower) ||
        g.titleModifiers.has(tk.lower) ||
        g.isDemonym(tk.t) ||
        g.partyLabels.has(tk.t) ||
        (tk.cap && g.names.has(tk.t)) ||
        (/^['’]/.test(gap) && !tk.cap) ||
        tk.poss;
      if (!ok || DETERMINERS.has(tk.lower)) break;
      r = k;
    }
    c.votes[PERSON] += 4;
    c.role ??= this.text.slice(toks[r]!.s, p1.e);
  }

  /** Lower-case actors: "the US-led international military coalition", "Shiite groups". */
  phrases(sentence: string, base: number): void {
    const g = this.g;
    if (!sentence.includes('-led') && !sentence.includes('-backed')) COALITION_RE.lastIndex = sentence.length;
    else COALITION_RE.lastIndex = 0;
    for (let m = COALITION_RE.exec(sentence); m; m = COALITION_RE.exec(sentence)) {
      const votes = newVotes();
      votes[ORG] = 6;
      this.add({ form: m[0], s: base + m.index, e: base + m.index + m[0].length, votes });
    }
    GROUP_PHRASE_RE.lastIndex = GROUP_NOUN_RE.test(sentence) ? 0 : sentence.length;
    for (let m = GROUP_PHRASE_RE.exec(sentence); m; m = GROUP_PHRASE_RE.exec(sentence)) {
      if (!g.isDemonym(m[1]!)) continue;
      const votes = newVotes();
      votes[GROUP] = 6;
      this.add({ form: m[0], s: base + m.index, e: base + m.index + m[0].length, votes });
    }
  }

  /** Later lower-case references to a coalition: "the international coalition". */
  coalitionAliases(sentences: readonly Sentence[]): void {
    const heads = new Map<string, Cand>();
    for (const c of this.cands) {
      const m = /(coalition|alliance|bloc|mission|force)$/.exec(c.form);
      if (m && /-(?:led|backed)\b/.test(c.form)) heads.set(m[1]!, c);
    }
    if (!heads.size) return;
    const taken = new Set(this.cands.map((c) => c.s));
    sentences.forEach((s, si) => {
      if (s.furniture) return;
      COALITION_ALIAS_RE.lastIndex = 0;
      for (let m = COALITION_ALIAS_RE.exec(s.text); m; m = COALITION_ALIAS_RE.exec(s.text)) {
        const full = heads.get(m[2]!);
        const start = s.start + m.index;
        if (!full || start < full.s || (start >= full.s && start < full.e)) continue;
        const mods = full.form.split(/\s+/).slice(1, -1);
        if (!mods.includes(m[1]!) || taken.has(start)) continue;
        this.cands.push({ form: m[0], s: start, e: start + m[0].length, sent: si, words: [], votes: newVotes(), honor: false, init: false, link: full });
      }
    });
  }
}

/** Union-find over candidate indices. */
function makeUnion(n: number): { find(i: number): number; union(a: number, b: number): void } {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  return {
    find,
    union(a, b) {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    },
  };
}

function initials(words: readonly string[], all: boolean): string {
  let s = '';
  for (const w of words) {
    if (!all && !/^\p{Lu}/u.test(w)) continue;
    for (const part of w.split('-')) s += part[0] ?? '';
  }
  return s.toLowerCase();
}

function surnameKey(w: string): string {
  return w.toLowerCase().replace(/[’']/g, "'");
}

/**
 * Extracts the named actors of an article: people, organisations, countries,
 * places and groups, each with its alias cluster, kind, role (when the text
 * gives one) and every mention, ordered by first mention.
 *
 * @param text `Article.text`, the body the offsets count in.
 * @param sentences `splitSentences(text, title)`; furniture sentences are skipped.
 */
export function extractActors(text: string, sentences: readonly Sentence[]): Actor[] {
  const x = new Extractor(text);
  const g = x.g;
  const tokens: Tok[][] = [];
  for (const s of sentences) {
    const toks = s.furniture ? [] : tokenize(s.text, s.start, g);
    tokens.push(toks);
    for (const k of toks) {
      if (k.cap) continue;
      const c = k.t.charCodeAt(0);
      // A word written in lower case (an ASCII letter a-z, or another letter with an upper-case form).
      if ((c >= 97 && c <= 122) || (c > 127 && k.t[0] !== k.t[0]!.toUpperCase())) x.lowerWords.add(k.lower);
    }
  }
  sentences.forEach((s, i) => {
    if (s.furniture) return;
    x.sentIndex = i;
    x.phrases(s.text, s.start);
    x.scan(tokens[i]!);
  });
  x.coalitionAliases(sentences);
  // The same span found twice (a phrase and a run) counts once.
  const cands = x.cands.sort((p, q) => p.s - q.s || p.e - q.e);
  const kept: Cand[] = [];
  const index = new Map<Cand, number>();
  for (const c of cands) {
    const prev = kept[kept.length - 1];
    if (prev && c.s === prev.s && c.e === prev.e) index.set(c, kept.length - 1);
    else {
      index.set(c, kept.length);
      kept.push(c);
    }
  }
  return cluster(kept, index, sentences, g);
}

function cluster(cands: Cand[], index: Map<Cand, number>, sentences: readonly Sentence[], g: Gazetteer): Actor[] {
  const u = makeUnion(cands.length);
  const byKey = new Map<string, number>();
  cands.forEach((c, i) => {
    const key = c.gaz ? 'g:' + c.gaz : 'f:' + norm(c.form);
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, i);
    else u.union(seen, i);
    if (c.link) u.union(index.get(c.link)!, i);
  });
  const members = (): Map<number, number[]> => {
    const m = new Map<number, number[]>();
    cands.forEach((_, i) => {
      const r = u.find(i);
      const list = m.get(r);
      if (list) list.push(i);
      else m.set(r, [i]);
    });
    return m;
  };
  const strongNonPerson = (idx: number[]): boolean => idx.some((i) => cands[i]!.gaz || Math.max(cands[i]!.votes[ORG]!, cands[i]!.votes[PLACE]!, cands[i]!.votes[GROUP]!, cands[i]!.votes[NONE]!) >= 4);
  // Acronyms: "CBO" = "Congressional Budget Office", "MoD" = "Ministry of Defence".
  let groups = members();
  const multi = [...groups.entries()].filter(([, idx]) => idx.some((i) => cands[i]!.words.length >= 2 && !cands[i]!.gaz));
  for (const [root, idx] of groups) {
    const acr = idx.map((i) => cands[i]!).find((c) => !c.gaz && isAcronym(c.form) && c.words.length === 1);
    if (!acr) continue;
    const letters = acr.form.replace(/\./g, '').toLowerCase();
    let best: number | undefined;
    for (const [r2, idx2] of multi) {
      if (r2 === root) continue;
      const match = idx2.some((i) => {
        const w = cands[i]!.words;
        return w.length >= 2 && (initials(w, true) === letters || initials(w, false) === letters);
      });
      if (match && (best === undefined || cands[r2]!.s < acr.s)) best = r2;
    }
    if (best !== undefined) u.union(best, root);
  }
  // Surnames and shorter forms of a person's name: "Soleimani", "Mr Mousa", "Al-Sudani".
  groups = members();
  const keys = cands.map((c) => c.words.map(surnameKey).filter((w, i, all) => i === 0 || i < all.length - 1 || !/^(?:jr|sr|ii|iii|iv)\.?$/.test(w)));
  const people: [number, number[]][] = [];
  const shortForms: [number, number][] = [];
  for (const [root, idx] of groups) {
    if (strongNonPerson(idx)) continue;
    let shortest = idx[0]!;
    for (const i of idx) if (keys[i]!.length < keys[shortest]!.length) shortest = i;
    shortForms.push([root, shortest]);
    if (idx.some((i) => keys[i]!.length >= 2)) people.push([root, idx]);
  }
  for (const [root, shortest] of shortForms) {
    const c0 = cands[shortest]!;
    const w = keys[shortest]!;
    const wl = w.length;
    let best: number | undefined;
    let bestPos = -1;
    for (const [r2, idx2] of people) {
      if (r2 === root) continue;
      const match = idx2.some((i) => {
        const v = keys[i]!;
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
    if (best !== undefined) {
      c0.votes[PERSON] += 3;
      u.union(best, root);
    }
  }
  // "Riverton Council" makes a lone "Riverton" a place.
  const localPlaces = new Set<string>();
  for (const c of cands) {
    const m = LOCAL_BODY.exec(c.form);
    if (m && !c.gaz) localPlaces.add(m[1]!);
  }
  if (localPlaces.size) for (const c of cands) if (localPlaces.has(c.form)) c.votes[PLACE] += 3;
  groups = members();
  const hasUsState = cands.some((c) => c.gaz && g.usStates.has(c.gaz) && c.gaz !== 'Georgia');
  const actors: (Actor & { first: number })[] = [];
  for (const idx of groups.values()) {
    const list = idx.map((i) => cands[i]!).sort((p, q) => p.s - q.s);
    const votes = newVotes();
    let gazKind: ActorKind | undefined;
    for (const c of list) {
      for (let k = 0; k < 6; k++) votes[k]! += c.votes[k]!;
      if (c.gaz && !gazKind) gazKind = g.names.get(c.gaz)!.kind;
    }
    let kind: ActorKind;
    if (gazKind) {
      kind = gazKind;
      if (list[0]!.gaz === 'Georgia' && hasUsState) kind = 'place';
    } else {
      let best = 0;
      for (let k = 1; k < 5; k++) if (votes[k]! > votes[best]!) best = k;
      const total = votes[best]!;
      if (total < 1 || votes[NONE]! >= total) continue;
      // A capitalised word only ever seen at the start of a sentence needs strong evidence.
      if (list.every((c) => c.init) && total < 3) continue;
      kind = KINDS[best]!;
    }
    // Name: the fullest form without an honorific; aliases: every other form, verbatim.
    const forms: string[] = [];
    for (const c of list) if (!forms.includes(c.form)) forms.push(c.form);
    const plain = list.filter((c) => !c.honor && c.link === undefined);
    const pool = plain.length ? plain : list;
    let name = pool[0]!.form;
    for (const c of pool) if (c.form.split(/\s+/).length > name.split(/\s+/).length) name = c.form;
    const role = list.find((c) => c.role)?.role;
    const mentions: Span[] = list.map((c) => ({ text: c.form, sentence: sentences[c.sent]!.text, start: c.s, end: c.e }));
    const actor: Actor & { first: number } = { name, aliases: forms.filter((f) => f !== name), kind, mentions, first: list[0]!.s };
    if (role) actor.role = role;
    actors.push(actor);
  }
  actors.sort((p, q) => p.first - q.first);
  return actors.map(({ first: _first, ...a }) => a);
}

/**
 * Finds the actor that `form` names (by name or alias, ignoring case,
 * periods and a possessive "'s"), if any.
 */
export function findActor(form: string, actors: readonly Actor[]): Actor | undefined {
  const n = norm(form);
  return actors.find((a) => norm(a.name) === n || a.aliases.some((x) => norm(x) === n));
}

/**
 * Whether two strings name the same actor: equal forms, forms of one alias
 * cluster in `actors`, gazetteer aliases ("ISIS" and "Islamic State") or a
 * surname and a full name ("Trump" and "Donald Trump"). The question writer
 * uses it so that a distractor is never an alias of the key.
 */
export function sameActor(a: string, b: string, actors: readonly Actor[]): boolean {
  const na = norm(a);
  const nb = norm(b);
  if (!na || !nb) return false;
  if (na === nb) return true;
  const x = findActor(a, actors);
  if (x && x === findActor(b, actors)) return true;
  const names = gazetteer().names;
  const ga = names.get(a.replace(/^the\s+/i, '').replace(/['’]s$/, ''));
  const gb = names.get(b.replace(/^the\s+/i, '').replace(/['’]s$/, ''));
  if (ga && gb && ga.key === gb.key) return true;
  const wa = na.split(' ');
  const wb = nb.split(' ');
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.length < long.length && long.slice(long.length - short.length).join(' ') === short.join(' ');
}
