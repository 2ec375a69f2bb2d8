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
 *
 * The extractor is one closure per article (no class), so that its helpers
 * and state minify to short names.
 *
 * Word lists are in `actor-words.ts`, name helpers in `actor-names.ts`, the
 * tokenizer of step 1 in `actor-tokens.ts`, steps 4 and 5 in `actor-cluster.ts`.
 */

import { gazetteer, type GazetteerEntry } from './gazetteer.js';
import { CURRENCY_CODES } from './currency.js';
import { MONTH_ABBRS, WEEKDAY_NAMES, oneOf, singular, stripS } from './lexicon.js';
import {
  KINDS, PERSON, ORG, PLACE, GROUP, NONE, PARTICLES, CONNECTORS, POSSESSIVE_NAMES, DETERMINERS, DIRECTIONS,
  STRONG_PLACE_PREPS, WEAK_PLACE_PREPS, PLACE_NOUNS, PLACE_BEFORE, FACILITY_NOUNS, PLANT_WORDS, PLANT_RE, ORG_FACILITIES,
  PLACE_OF, PLACE_ADJ, POST_NOMINALS, NOBLE, ROYAL, SPORT_WORDS, INDIGENOUS, PEOPLES, SHARE_VERBS, FIRMS, PLACE_WORDS,
  CONTACT_VERBS, WITHOUT, SURNAME_HEADS, CLUB_HEADS, TEAM_RE, CLUB_SUFFIXES, CLUB_AFTER, POSITIONS, CLUB_BEFORE,
  CLUB_MOVES, CLUB_PAYS, CLUB_PLURALS, CLUB_MOVE_PREPS, POSS_NAME_NEXT, SPORT_BODIES, ROMANCE_PARTIES, ROMANCE_BODIES,
  NAME_LINKS, LINK_ARTICLES, FOREIGN_ADJ_RE, BODY_FIRST, BODY_OWNS, REGION_NOUNS, DOC_NOUNS, CURRENCIES, ROADS, REGION_STATES_CUE_RE, ROUTE_WORDS,
  corpSuffix, DATELINE_LABELS, SAID, VERBS, EVENT_WORDS, EVENT_PREFIX, PLURAL_RE, PLACE_PREFIX, REGION_ADJ, PRODUCTS,
  WORKS, GROUP_ORG_NOUNS, EMPLOYEES, IRREGULAR, ARMED, HOLDS, HOLDS_RE, APPOSITIVE_STOP, APPOSITIVE_NOT, NOT_ROLE,
  OF_HEADS, PLURAL_ABSTRACT_RE, SUBJECT_RE, ON_HEADS, PORTFOLIO_OPENERS, PORTFOLIO_WORDS, LAWMAKER_RE, MODIFIER_BEFORE,
  LEANINGS, HOMES, PARTY_DET, PARTY_MEMBERS, PRE_MODIFIERS, ROLE_SUFFIX_RE, ACRONYM_RE, AGE_RE, ORDINAL_RE,
  ROMAN_RE, REGNAL, UNITS, NUMBERED, ELECTORAL, ARMS, MADE_BY_RE, PUBLISHED, REGION_STATES_RE, ADMIN_RE,
  COALITION_RE, COALITION_ALIAS_RE, COALITION_END_RE, GROUP_NOUN_RE, GROUP_PHRASE_RE, MEMBERS_RE, MEMBER_NOUNS,
  MEMBERS_CUE_RE, ITEM_RE, ALIAS_RE, COMMITTEE_RE, INSTITUTION_NOUNS, INSTITUTION_RE, LOWER_START_RE, LETTER_RE,
  HYPHEN_LOWER_RE, GIVEN_HYPHEN_RE, CAPS_WORD_RE, TITLE_CASE_START_RE, AGENCY_DASH_RE, DATELINE_AGENCY_RE,
  WORD_LOWER_START_RE, CAPITALISED_RE, PARTY_STATE_RE, MOVED, CARGO, EVENT_NOUNS,
} from './actor-words.js';
import { particleName, elided, nameShape, norm, vote, top, spells, inOrder } from './actor-names.js';
import { cluster, type Cand } from './actor-cluster.js';
import { commaGap, digitStart, tokenize, type Tok } from './actor-tokens.js';
import type { Sentence } from './text.js';
import type { Actor, ActorKind } from './types.js';

/**
 * A candidate's optional fields, all present from the start (never `delete`d): every candidate keeps one shape, so
 * the code that reads them stays fast (an object that gains fields in varying orders, or loses one, is slow to read).
 */
const newCand = (form: string, s: number, e: number, sent: number, words: string[], v: number[], honor: boolean, init: boolean): Cand => ({
  form, s, e, sent, words, v, honor, init, gaz: undefined, role: undefined, party: undefined, body: undefined, agent: undefined, link: undefined, key: undefined, alt: undefined, at: -1,
});

/**
 * Extracts the named actors of an article: people, organisations, countries,
 * places and groups, each with its alias cluster, kind, role (when the text
 * gives one) and every mention, ordered by first mention.
 *
 * @param text `Article.text`, the body the offsets count in.
 * @param sentences `splitSentences(text, title)`; furniture sentences are skipped.
 */
/** AP's abbreviations of US states that are other words elsewhere ("Miss", "La", "Pa"): read only after a party's letter. */
const AP_STATES = new Map(
  'Ark:Arkansas Del:Delaware Ga:Georgia Ill:Illinois Ind:Indiana Kan:Kansas La:Louisiana Mass:Massachusetts Miss:Mississippi Mo:Missouri Ore:Oregon Pa:Pennsylvania Wash:Washington'
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);

export function extractActors(text: string, sentences: readonly Sentence[]): Actor[] {
  const g = gazetteer();
  const { names, isDemonym, firstNames, titles, honorifics, titleModifiers, roleNouns, orgNouns, heads, nonActorHeads, stopWords, calendar, nonActorAcronyms, partyLabels, companyHeads, mediaHeads } = g;
  const cands: Cand[] = [];
  /** Words the article writes in lower case somewhere. */
  const lowerWords = new Set<string>();
  /** Month abbreviations used as given names ("Mayor Jan van Zanen", "Jan Smit": a date's "Jan" has a number after it). */
  const calNames = new Set<Tok>();
  const cal = (k: Tok): boolean => calendar.has(k.t) && !calNames.has(k);
  const byEnd = new Map<number, Cand>();
  /** Offices with no name in their run, by end offset: the role of a name set off after them. */
  const offices = new Map<number, string>();
  /** Index of the sentence being read, and its tokens. */
  let sent = 0;
  /** A sports story: place names may be clubs ("Leeds host Sunderland"). */
  let sports = false;
  /** Clubs and firms by a short form ("Leeds", "Villa", "Swiftdrop"); null when two share it. */
  const bases = new Map<string, Cand | null>();
  const base = (f: string, c: Cand): void => {
    const prev = bases.get(f);
    bases.set(f, prev === undefined || prev?.form === c.form ? (prev ?? c) : null);
  };
  let toks: Tok[] = [];
  /** End offset of words a name already took beyond its run ("the University of California, Irvine"). */
  let taken = 0;
  /** Offsets of a dateline's agency ("(Reuters)"), a credit to skip. */
  let credit = [0, 0];

  let parties: boolean | undefined;
  /** Whether the text has " party", " parties", "caucus" or "chief whip" anywhere (tested once, before per-name slices). */
  let partyNoun: boolean | undefined;
  let caucus: boolean | undefined;
  /** Whether the article speaks of parties or an opposition (tested once). */
  const partyTalk = (): boolean => (parties ??= /\bpart(?:y|ies)\b|\bopposition\b/i.test(text));
  /** A head word's kind; the plural of an organisation head is one too ("Institutes", "Partnerships"; not the surname "Banks"). */
  const headKind = (t: string): ActorKind | undefined =>
    heads.get(t) ??
    // ("the Atlanta Journal-Constitution", "the Pittsburgh Post-Gazette")
    (mediaHeads.has(t.includes('-') ? t.slice(0, t.indexOf('-')) : t) ? 'organization' : undefined) ??
    // (`/[^s]s$/` as character tests.)
    (t.length > 1 && t.endsWith('s') && t[t.length - 2] !== 's' && t !== 'Banks' && heads.get(t.slice(0, -1)) === 'organization' ? 'organization' : undefined);
  const isHead = (t: string): boolean => !!headKind(t) || nonActorHeads.has(t);
  /** placeNoun's answers for this article's words. */
  const placeNouns = new Map<string, boolean>();
  /** A lower-case noun (or its plural) of a place or a site: "town", "prisons", "dams", "substations" (a place head in lower case). */
  const placeNoun = (lo: string): boolean => {
    // (Remembered per word: the test builds a capitalised copy to look up.)
    let r = placeNouns.get(lo);
    if (r === undefined) {
      // (`singular` only strips an "s".)
      const w = lo.endsWith('s') ? singular(lo) : lo;
      r = PLACE_NOUNS.has(w) || w === 'substation' || heads.get(w[0]!.toUpperCase() + w.slice(1)) === 'place';
      placeNouns.set(lo, r);
    }
    return r;
  };
  /** An honorific that is not a role: "Mr", "Sir" (but not "Justice"). */
  const courtesy = (lo: string): boolean => honorifics.has(lo) && !oneOf(lo, 'justice judge');
  const isRoleNoun = (lo: string): boolean =>
    // (Not "agreement", "government": a "-ment" is never a role.)
    roleNouns.has(lo) || (lo.length > 4 && ROLE_SUFFIX_RE.test(lo) && !lo.endsWith('ment') && !NOT_ROLE.has(lo) && !stopWords.has(lo));
  const slice = (a: Tok, b: Tok): string => text.slice(a.s, b.e);
  /** Whether a token may continue a name run after `prev`. */
  const isNameToken = (k: Tok, prev?: Tok): boolean =>
    // "Theresa May": a month after a given name is a surname.
    (k.cap && (!cal(k) || (!!prev && firstNames.has(prev.t) && !(WEEKDAY_NAMES as readonly string[]).includes(k.t)))) ||
    // ("Oakridge Tamsin plc": a British legal form in lower case ends a firm's name.)
    (k.t === 'plc' && !!prev?.cap);

  const add = (form: string, s: number, e: number, v: number[], gaz?: string, honor = false, init = false, words = form.split(' ')): Cand => {
    const c = newCand(form, s, e, sent, words, v, honor, init);
    if (gaz) c.gaz = gaz;
    cands.push(c);
    byEnd.set(e, c);
    return c;
  };

  /** Adds toks[a..b] as a candidate; `ctx` reads evidence around it. */
  const addRun = (a: number, b: number, v: number[], ctx: boolean, gaz?: string, init = false): void => {
    // (One token: its text is the slice, and the only word.)
    const form = a === b ? toks[a]!.t : slice(toks[a]!, toks[b]!);
    const c = add(form, toks[a]!.s, toks[b]!.e, v, gaz, false, init, a === b ? [form] : form.split(' '));
    if (ctx) context(c, a, b);
  };

  /** "CEO of", "MP for": an acronym of two to four capitals before "of" or "for", within four tokens from `i`. */
  const acronymFor = (i: number): boolean => {
    for (let d = 0; d < 4; d++) {
      const lo = toks[i + d + 1]?.lo;
      if ((lo === 'for' || lo === 'of') && /^[A-Z]{2,4}$/.test(toks[i + d]!.t)) return true;
    }
    return false;
  };

  /** Cuts name runs out of the sentence's tokens and types each. */
  const scan = (): void => {
    const forced = acronymSpans();
    for (let i = dateline(); i < toks.length; i++) {
      const k = toks[i]!;
      if (k.s < taken || (k.s > credit[0] && k.s < credit[1])) continue;
      // "HK$1.3 billion", "US$166 million", "87 billion CFA francs": a currency's letters name no actor.
      // ("NIS 619 billion", "AED 5 million": a currency's code before a sum.)
      // (The acronym's test last: it is the slow one. An acronym is always `cap`, and a token that is not goes on below.)
      // ("Tk 16,000", "Rs 20": a currency's sign before a spaced amount.)
      if (k.cap && toks[i + 1]?.gap === ' ' && digitStart(toks[i + 1]!.t) && CURRENCY_CODES[k.t]) continue;
      if (toks[i + 1]?.gap === '$' || (k.cap && toks[i + 1]?.sp && (CURRENCIES.has(toks[i + 1]!.lo) || (oneOf(toks[i + 2]?.lo, 'million billion trillion bn mn tn') && /^\d[\d.,]*$/.test(toks[i + 1]!.t))) && ACRONYM_RE.test(k.t))) continue;
      // "Sh180.6", "KSh250", "Rs1,240": a currency's letters glued to digits, no actor.
      const z = k.t.charCodeAt(k.t.length - 1);
      // (A sign, not any three capitals: "LVM3", "COP28" stay; a one-letter sign needs two digits: not "P5".)
      if (z >= 48 && z <= 57 && /^([A-Z][A-Za-z]?h?)(\d[\d.,]+|\d)$/.exec(k.t)?.slice(1).every((x, n) => (n ? x.length > 1 || k.t.length > 2 : CURRENCY_CODES[x] || /^[KUT]?Shs?$/.test(x)))) continue;
      if (!isNameToken(k)) {
        // "US-led", "Iraq-related": the capitalised head, when it is a known name, is a mention.
        if (k.compound) {
          // ("Al-Qaeda-linked": the head up to the lower-case part.)
          const head = k.t.slice(0, k.t.search(HYPHEN_LOWER_RE));
          const entry = names.get(head);
          if (entry) add(head, k.s, k.s + head.length, vote(), entry.key);
          // "the Stuttgart-based company": a place.
          else if (/-(?:based|listed)$/.test(k.lo) && !k.init && CAPITALISED_RE.test(head) && !isDemonym(head) && !lowerWords.has(head.toLowerCase())) {
            add(head, k.s, k.s + head.length, vote(PLACE, 3));
          }
        }
        continue;
      }
      // "Minister of Supply and Internal Trade Sherif Farouk": a title, its portfolio and a name.
      const pt =
        PORTFOLIO_OPENERS.has(k.lo) || k.ti || k.lo.startsWith('under-') || isDemonym(k.t) || acronymFor(i)
          ? portfolioTitle(i)
          : // ("The Coordinating Minister for Economic Affairs Airlangga Hartarto")
            DETERMINERS.has(k.lo) && toks[i + 1]?.cap && toks[i + 1]!.ti
            ? portfolioTitle(i + 1)
            : 0;
      if (pt) {
        i = pt;
        continue;
      }
      let j = i;
      // A connector taken: later ones belong to the name too ("Society for the Prevention of Accidents").
      let joined = false;
      // "Mexico City Head of Government Clara Brugada": an office opened by "Head" or "Member" after its place's words.
      let office = 0;
      for (;;) {
        const cur = toks[j]!;
        if (j > i && PORTFOLIO_OPENERS.has(cur.lo) && oneOf(toks[j + 1]?.lo ?? '', 'of for') && (office = portfolioTitle(j))) break;
        // ("St. Luke's Nampa Medical Center", "St Mary's Hospital": a saint's possessive inside a name.)
        if (cur.poss && !((POSSESSIVE_NAMES.has(cur.t) || /[a-z]men$/.test(cur.t) || (j > i && oneOf(toks[j - 1]!.lo, 'st saint'))) && toks[j + 1]?.cap)) break;
        const next = toks[j + 1];
        // "Frieda (Gold) Adler": a maiden name in brackets.
        const maiden = (k?: Tok): boolean => !!k && nameShape(k.t) && !names.has(k.t) && !cal(k) && !k.poss;
        if (j === i && next?.gap === ' (' && toks[j + 2]?.gap === ') ' && maiden(cur) && maiden(next) && maiden(toks[j + 2])) {
          j += 2;
          break;
        }
        // "St James' Park", "Queens' College": a plural possessive inside a place's or body's name.
        if (next && (next.gap === "' " || next.gap === '’ ') && cur.t.endsWith('s') && next.cap && headKind(next.t) === 'place') {
          j++;
          continue;
        }
        // "Korean Metal Workers' Union", "Teachers' Pension Fund", "Norwegian Fishermen's Association": a plural
        // possessive inside a body's name, when a body's head follows within three words (not "the Philippines'
        // Department of Health": a known name owns the body).
        if (next?.cap && (cur.poss ? /[a-z]men$/.test(cur.t) : (next.gap === "' " || next.gap === '’ ') && /[a-z]s$/.test(cur.t)) && !names.has(cur.t) && !names.has(slice(toks[i]!, cur)) && !firstNames.has(cur.t)) {
          let m = j + 1;
          while (m < j + 3 && !isHead(toks[m]!.t) && toks[m + 1]?.sp && toks[m + 1]!.cap && !toks[m]!.poss) m++;
          const hk = headKind(toks[m]!.t);
          if (hk === 'organization' || hk === 'group') {
            j = m;
            continue;
          }
          if (cur.poss && !POSSESSIVE_NAMES.has(cur.t)) break;
        }
        // "National Center for Epidemiology, Prevention and Disease Control": a body's list of subjects after its connector.
        // ("Department of Climate Change, Energy, the Environment and Water": a two-word subject first, "the" before one.)
        if (joined && next?.gap === ', ' && next.cap && (ofSubject(j) || (j > i + 2 && toks[j - 1]!.cap && ofSubject(j - 1)))) {
          let p = j + 1;
          let end = 0;
          for (;;) {
            let q = p;
            while (q < p + 2 && toks[q + 1]?.sp && toks[q + 1]!.cap && !toks[q]!.poss) q++;
            const nq = toks[q + 1];
            // ("Science, Technology, Knowledge and Innovation": a plain word between subjects is one too.)
            const k = toks[q]!;
            if (!(subject(k) || (q === p && !k.poss && !names.has(k.t) && !firstNames.has(k.t) && (nq?.gap === ', ' || nq?.lo === 'and'))) || !nq) break;
            if (nq.gap === ', ' && (nq.cap || (nq.lo === 'the' && toks[q + 2]?.cap)) && nq.lo !== 'and') {
              p = nq.cap ? q + 1 : q + 2;
              continue;
            }
            if (nq.lo === 'and' && /^,? $/.test(nq.gap) && toks[q + 2]?.sp && toks[q + 2]!.cap) {
              let m = q + 2;
              while (toks[m + 1]?.sp && !toks[m]!.poss && isNameToken(toks[m + 1]!, toks[m])) m++;
              if (m < q + 4 && subjectTail(i, q, m)) end = m;
            }
            break;
          }
          if (end) {
            j = end;
            break;
          }
        }
        // "Bosnia and Herzegovina", "Saint Vincent and the Grenadines": a known name with "and" inside is one name.
        if (next?.lo === 'and' && next.sp && !cur.poss) {
          let m = j + 2;
          if (toks[m]?.lo === 'the' && toks[m]!.sp) m++;
          let hit = 0;
          for (let n = m; n < m + 2 && toks[n]?.cap && toks[n]!.sp; n++) if (names.has(slice(toks[i]!, toks[n]!))) hit = n;
          if (hit) {
            j = hit;
            break;
          }
        }
        // "Ba Ria - Vung Tau Province", "the Bien Hoa - Vung Tau Expressway": names joined by a spaced hyphen before a
        // place's head word are one place's.
        if (next?.gap === ' - ' && next.cap && !cur.poss) {
          let m = j + 1;
          while (m < j + 4 && toks[m + 1]?.sp && toks[m + 1]!.cap && !toks[m]!.poss) m++;
          if (headKind(toks[m]!.t) === 'place') {
            j = m;
            break;
          }
        }
        // ("JetBlue bought Spirit Airlines Inc. Spirit later...": a company's legal form ends its name.)
        if (!next || !(next.sp || (next.gap.trim() === '&' && next.cap)) || (j > i && corpSuffix(cur.t))) break;
        // ("the Philadelphia 76ers")
        if (isNameToken(next, cur) || (digitStart(next.t) && /^\d+[a-z]+s$/.test(next.t))) {
          j++;
          continue;
        }
        // Connectors and particles inside names: "Ministry of Defence", "Ursula von der Leyen".
        const after = toks[j + 2];
        const after2 = toks[j + 3];
        // ("the PGA of America", "the ACLU of Texas": a body's acronym before its country or state.)
        const acrOf = (j === i || (j === i + 1 && toks[i]!.lo === 'the')) && ACRONYM_RE.test(cur.t) && !names.has(cur.t) && !nonActorAcronyms.has(cur.t) && !!after && (names.get(after.t)?.kind === 'country' || g.usStates.has(after.t));
        // ("Garun Mallam Local Government Area of Kano State": a place's last word takes no "of" of where it lies.)
        // ("briefed the Board on Iran": a known name after "on" is the topic of a talk, not of the name; "the Geiger
        // Corrections Center on the West Plains": "on the" after a body other than a committee is where it stands.)
        if (CONNECTORS.has(next.lo) && (joined || ((takesConnector(cur, next.lo) || (j > i && toks[j - 1]!.poss && next.lo !== 'on')) && !(j > i && !(j === i + 1 && DETERMINERS.has(toks[i]!.lo)) && next.lo === 'of' && headKind(cur.t) === 'place') && !(next.lo === 'on' && after?.lo === 'the' && !oneOf(cur.t, 'Committee Commission Council Panel')) && !((next.lo === 'on' || (next.lo === 'for' && !isHead(cur.t) && !titles.has(cur.lo) && !OF_HEADS.has(cur.t))) && (names.has(after?.t ?? '') || firstNames.has(after?.t ?? '') || !!after?.poss))) || (next.lo === 'of' && (lawTail(j + 2) || acrOf)))) {
          joined = true;
          if (after?.sp && isNameToken(after)) {
            j += 2;
            continue;
          }
          if (after?.lo === 'the' && after2?.sp && after2.cap) {
            j += 3;
            continue;
          }
        }
        // "the Brothers of Italy party", "Alternative for Germany": a party's word, "of" or "for" and a country before
        // "party", or named so before.
        if (j === i && (next.lo === 'of' || next.lo === 'for') && after?.sp && !isHead(cur.t) && names.get(after.t)?.kind === 'country' && ((after2?.lo === 'party' && after2.sp) || cands.some((c) => c.s < cur.s && c.form.startsWith(slice(cur, after))))) {
          j += 2;
          break;
        }
        // "Committee to Protect Journalists (CPJ)", "Group to Support Islam and Muslims (JNIM)": a body named for its
        // aim, when its letters follow.
        if (next.lo === 'to' && headKind(cur.t) && after?.sp && after.cap && !names.has(after.t)) {
          let m = j + 2;
          while (toks[m + 1]?.sp && (toks[m + 1]!.cap || (toks[m + 1]!.lo === 'and' && toks[m + 2]?.cap))) m++;
          const acr = toks[m + 1];
          // (Or an institution's head and two words or more, none a known name: "Committee to Protect Journalists said".)
          if ((acr && acr.gap.trimStart() === '(' && ACRONYM_RE.test(acr.t) && !names.has(acr.t) && (toks[m + 2]?.gap ?? ')').startsWith(')')) || (ON_HEADS.has(cur.t) && m > j + 2 && toks.slice(j + 2, m + 1).every((k) => !names.has(k.t) && !firstNames.has(k.t) && !cal(k)))) {
            j = m;
            break;
          }
        }
        // "UN Assistance Mission in Afghanistan": a mission's country belongs to its name.
        if (next.lo === 'in' && cur.t === 'Mission' && after?.sp && after.cap) {
          const two = toks[j + 3]?.sp && names.has(slice(after, toks[j + 3]!));
          if (two || names.has(after.t)) {
            j += two ? 3 : 2;
            continue;
          }
        }
        // "Chelsea and Westminster Hospital": "and" inside a name that ends in an organisation head.
        // ("the Victoria and Albert Museum": a known place's name opens it too.)
        if (next.lo === 'and' && after?.cap && after.sp && (!names.has(slice(toks[i]!, cur)) || (j === i && toks[i - 1]?.lo === 'the' && names.get(cur.t)!.kind === 'place'))) {
          let m = j + 2;
          // (Not "the KRG and Iraq's Oil Ministry": a possessive owns the name after it.)
          while (toks[m + 1]?.sp && !toks[m]!.poss && isNameToken(toks[m + 1]!, toks[m])) m++;
          // (Not "Austrian Airlines and Brussels Airlines", "Arrowhead Health and Mesabi Community Hospital": a name
          // complete at its own head word before "and"; a plural of one is no head here: "Law Enforcement Standards and Training Council".)
          // "Hong Kong Exchanges and Clearing": one subject word after a body's head is no name of its own.
          const lone = toks[m]!;
          // "Environment and Climate Change Canada", "Fisheries and Oceans Canada": subjects before a country make a public body.
          const subj = (k: Tok): boolean => !names.has(k.t) && !firstNames.has(k.t) && (lowerWords.has(k.lo) || SUBJECT_RE.test(k.lo));
          if (j === i && m > j + 2 && names.get(lone.t)?.kind === 'country' && subj(cur) && toks.slice(j + 2, m).every((k) => !names.has(k.t) && !firstNames.has(k.t) && !k.poss)) {
            j = m;
            break;
          }
          // ("the Housing Health and Safety Rating System": subject words before "and" name no body of their own.)
          if ((headKind(lone.t) === 'organization' && (joined || j === i || (lone.t !== cur.t && heads.get(cur.t) !== 'organization') || toks.slice(i, j + 1).every(subj))) || (joined && m < j + 5 && subjectTail(i, j, m)) || (m === j + 2 && headKind(cur.t) === 'organization' && !lone.poss && !isHead(lone.t) && !names.has(lone.t) && !firstNames.has(lone.t) && SUBJECT_RE.test(lone.lo) && (lowerWords.has(lone.lo) || (toks[m + 1]?.gap.trimStart() === '(' && toks[m + 1]!.t[0] === toks[i]!.t[0] && ACRONYM_RE.test(toks[m + 1]!.t))))) {
            j = m;
            continue;
          }
        }
        if ((PARTICLES.has(next.t) || WITHOUT.has(next.t)) && after?.sp) {
          if (after.cap) {
            j += 2;
            continue;
          }
          if (PARTICLES.has(after.t) && after2?.cap && after2.sp) {
            j += 3;
            continue;
          }
        }
        break;
      }
      if (office) {
        while (DETERMINERS.has(toks[i]!.lo)) i++;
        officeOf(i, j, j);
        i = office;
        continue;
      }
      // "Caisse de dépôt et placement du Québec", "Régie de l'énergie", "Gendarmerie nationale": a foreign body's name,
      // opened by its noun, runs on over links and lower-case words as its language writes them.
      const h = toks[i]!.lo === 'the' ? i + 1 : i;
      if (h <= j && (ROMANCE_BODIES.has(toks[h]!.t) || ROMANCE_PARTIES.has(toks[h]!.t))) {
        const e = foreignTail(h, j);
        if (e > j) {
          addRun(h, e, vote(ROMANCE_PARTIES.has(toks[h]!.t) ? GROUP : ORG, 6), true);
          i = e;
          continue;
        }
      }
      // "Medicines and Healthcare products Regulatory Agency (MHRA)": the span the acronym spells.
      for (const [fs, fe] of forced) if (fs >= i && fs <= j && fe > j) j = fe;
      // "Route 222", "U.S. Highway 441": a road's number belongs to its name.
      if ((ROADS.has(toks[j]!.t) || (j > i && NUMBERED.has(toks[j]!.t))) && toks[j + 1]?.sp && /^\d{1,4}[A-Z]?$/.test(toks[j + 1]!.t)) j++;
      // "the second-tier Liga 2", "Channel 4", "Radio 3": a body's lone head word and its digit.
      else if (j === i && toks[j + 1]?.sp && toks[j + 1]!.t.length === 1 && digitStart(toks[j + 1]!.t) && !toks[j + 2]?.cap && headKind(toks[j]!.t) === 'organization' && !k.init && !k.poss) {
        addRun(i, ++i, vote(ORG, 6), true);
        continue;
      }
      // "the San Francisco-based court", "a New York-based firm": the run and the compound's head name one place.
      const nx = toks[j + 1];
      // ("a Hong Kong-listed firm": where its shares trade.)
      if (nx?.sp && nx.compound && /^[^-]+-(?:based|listed)$/.test(nx.t)) {
        let a = i;
        while (a <= j && (DETERMINERS.has(toks[a]!.lo) || (toks[a]!.init && stopWords.has(toks[a]!.lo)))) a++;
        const e = nx.s + nx.t.indexOf('-');
        const form = text.slice(toks[a]?.s ?? nx.s, e);
        const entry = names.get(form);
        if (a <= j && (entry || toks.slice(a, j + 1).every((k) => nameShape(k.t) && !isDemonym(k.t) && !lowerWords.has(k.lo)))) {
          add(form, toks[a]!.s, e, vote(PLACE, entry ? 0 : 3), entry?.key);
          i = j + 1;
          continue;
        }
      }
      // "the Zaha Hadid-designed tower", "the Elon Musk-owned platform": a maker's or owner's name runs into the compound.
      if (nx?.sp && nx.compound && MADE_BY_RE.test(nx.lo)) {
        const e = nx.s + nx.t.lastIndexOf('-');
        const f = DETERMINERS.has(toks[i]!.lo) ? i + 1 : i;
        const ws = [...toks.slice(f, j + 1), { t: text.slice(nx.s, e) }].map((k) => k.t);
        if (j >= f && ws.length < 4 && ws.every((w) => nameShape(w) && !names.has(w) && !stopWords.has(w.toLowerCase()) && !lowerWords.has(w.toLowerCase()))) {
          add(text.slice(toks[f]!.s, e), toks[f]!.s, e, vote(PERSON, 4));
          i = j + 1;
          continue;
        }
      }
      // "the A12 motorway", "the N7 highway" and a road beside it ("the A12 and A4"): a road's letter and number.
      if (i === j && k.t.length < 5 && k.t.charCodeAt(1) < 58 && [i, i - 2, i + 2].some((m) => (m === i || oneOf(toks[(m + i) / 2]?.lo ?? '', 'and or')) && road(toks[m]?.t ?? ''))) {
        addRun(i, i, vote(PLACE, 6), false);
        continue;
      }
      run(i, j);
      i = j;
    }
  };

  /** Whether `t` is a road's letter and number that the article puts before a road's noun: "A12" of "the A12 motorway". */
  const road = (t: string): boolean => /^[A-Z]\d{1,3}$/.test(t) && new RegExp(`\\b${t} (?:motorway|highway|road|expressway|freeway|bypass|trunk road)\\b`).test(text);

  /**
   * The last token of a foreign body's name opened by its noun at toks[h] and read up to toks[j]: links ("de", "du",
   * "et", "de la") before a word of any case, elided words ("l'énergie"), and adjectives of the language's shape after
   * the noun or a lower-case word ("nationale", "agricoles"; not "the Banque de France executive").
   */
  const foreignTail = (h: number, j: number): number => {
    let end = j;
    let adj = j === h || !toks[j]!.cap;
    for (let m = j; !toks[m]!.poss; ) {
      const x = toks[m + 1];
      if (!x?.sp) break;
      let y: Tok | undefined;
      if (elided(x.t)) y = x;
      else if (NAME_LINKS.has(x.lo)) {
        const w = LINK_ARTICLES.has(toks[m + 2]?.lo ?? '') && toks[m + 3]?.sp ? m + 3 : m + 2;
        y = toks[w];
        if (!y?.sp || stopWords.has(y.lo) || /\d/.test(y.t) || NAME_LINKS.has(y.lo)) break;
      } else if (adj && !x.cap && FOREIGN_ADJ_RE.test(x.lo) && !stopWords.has(x.lo)) y = x;
      else break;
      m = end = toks.indexOf(y);
      adj = !y.cap;
    }
    return end;
  };

  /**
   * Spans spelled by a bracketed acronym after them, as [first, last] token
   * indices: "Joint Committee on Vaccination and Immunisation (JCVI)" is one name
   * even with "and" or a lower-case word ("products") inside.
   */
  const acronymSpans = (): [number, number][] => {
    const out: [number, number][] = [];
    for (let p = 1; p < toks.length; p++) {
      const k = toks[p]!;
      if (!k.gap.endsWith('(') || k.gap.trimStart() !== '(' || !(toks[p + 1]?.gap ?? ')').startsWith(')') || !(ACRONYM_RE.test(k.t) || (CAPITALISED_RE.test(k.t) && k.t.length > 2))) continue;
      const letters = k.t.replace(/\./g, '').toLowerCase();
      // ("Ministry of Economy, Trade and Industry (METI)": a comma inside the name.)
      for (let a = p - 2; a >= 0 && a >= p - 12 && (toks[a + 1]!.sp || toks[a + 1]!.gap === ', ') && !toks[a]!.poss && !/\d/.test(toks[a]!.t); a--) {
        if (toks[a]!.cap && spells(toks.slice(a, p).map((x) => x.t), letters)) {
          out.push([a, p - 1]);
          break;
        }
      }
    }
    return out;
  };

  /**
   * Whether toks[j+2..m], after "and", ends a name whose toks[i..j] holds an
   * organisation head and a connector: "School of Hygiene and Tropical Medicine",
   * "Committee on Vaccination and Immunisation" (a subject, not another name).
   */
  const subjectTail = (i: number, j: number, m: number): boolean => {
    if (!toks.slice(i, j + 1).some((k) => headKind(k.t) === 'organization' || ON_HEADS.has(k.t))) return false;
    // ("Ministry of Science and ICT": one unknown acronym after a lone subject word is a subject too.)
    const tail = toks.slice(j + 2, m + 1);
    const last = tail[tail.length - 1]!;
    return (
      !last.poss &&
      // ("Ministry of Employment and Labor": the party label that is also a subject, last.)
      tail.every((k) => !(names.has(k.t) && !(k === last && partyLabels.has(k.t) && SUBJECT_RE.test(k.lo))) && !firstNames.has(k.t) && !(ACRONYM_RE.test(k.t) && (tail.length > 1 || nonActorAcronyms.has(k.t) || !CONNECTORS.has(toks[j - 1]?.lo ?? '') || !listedOnly(k.t)))) &&
      ((lowerWords.has(last.lo) || SUBJECT_RE.test(last.lo)) ||
        // "Ministry of Environment and Natural Resources": a subject before "and" makes the words after it one too.
        // ("Ministry of Transport and Communications": a title's modifier may end the name, not open a role.)
        // ("Office of Management and Budget": a document's head word may be a subject.)
        (tail.length < 3 && ofSubject(j) && !headKind(last.t) && !tail.some((k) => (k.ti && (k !== last || titles.has(k.lo))) || isDemonym(k.t))))
    );
  };

  /** Whether the letters `t` recur in the article, each use after "and" or a comma: a subject in lists, never a body alone ("KEMRI said"). */
  const listedOnly = (t: string): boolean => {
    let n = 0;
    for (let x = text.indexOf(t); x >= 0; x = text.indexOf(t, x + 1), n++) if (!/(?:and|,) $/.test(text.slice(x - 4, x))) return false;
    return n > 1;
  };

  /** A subject's word, or any plain capitalised word right after "of": "Ministry of Interior", "Department of Energy". */
  const ofSubject = (j: number): boolean => {
    const k = toks[j]!;
    return subject(k) || (CONNECTORS.has(toks[j - 1]?.lo ?? '') && !k.poss && !names.has(k.t) && !firstNames.has(k.t) && CAPITALISED_RE.test(k.t));
  };

  /** A subject's word, no name: "Environment", "Prevention", "Epidemiology". */
  const subject = (k: Tok): boolean => !k.poss && !names.has(k.t) && !firstNames.has(k.t) && !isHead(k.t) && (SUBJECT_RE.test(k.lo) || lowerWords.has(k.lo));

  /**
   * A dateline opening a paragraph, in capitals: "PORT SUDAN (Reuters) -",
   * "BILLINGS, Mont. (AP) —", "LONDON, Jan 5 -". Adds it as a place and
   * returns the number of tokens it takes (0 for none).
   */
  const dateline = (): number => {
    const s = sentences[sent]!;
    if (sent && sentences[sent - 1]!.paragraph === s.paragraph) return 0;
    // ("NOUAKCHOTT/GENEVA –": two places of one dateline, split at each slash.)
    const cuts: number[] = [];
    const take = (re: RegExp): number => {
      let j = 0;
      while (j < 5 && toks[j] && re.test(toks[j]!.t) && (!j || toks[j]!.sp || (toks[j]!.gap === '/' && cuts.push(j)))) j++;
      return j;
    };
    // In capitals, or in title case before an agency: "Billings, Mont. (AP) —".
    let j = take(CAPS_WORD_RE);
    const agency = !j;
    if (agency) j = take(TITLE_CASE_START_RE);
    if (!j || DATELINE_LABELS.has(toks[0]!.t)) return 0;
    const end = toks[j - 1]!.e;
    const after = text.slice(end, end + 50);
    // (An agency's bracket tested first: the pattern with letters is slow to compile.)
    // ("Monrovia – The Ministry of Health has": in title case, a spaced dash before the story's first sentence.)
    if (!(agency ? (after.includes('(') && AGENCY_DASH_RE.test(after)) || (j < 3 && (after[1] === '—' || after[1] === '–') && /^ [—–] \p{Lu}/u.test(after) && sentences.slice(0, sent).every((x) => x.furniture)) : /^(?:,[^,()\n—–]{1,25})?\s*(?:\(|[—–:-]\s)/.test(after))) return 0;
    // "(Reuters)", "(AP)": the agency of a dateline is a credit, no actor.
    const m = DATELINE_AGENCY_RE.exec(after);
    if (m) credit = [end + m[0].length - m[1]!.length, end + m[0].length];
    for (let p = 0; p < j; ) {
      const q = cuts.find((x) => x > p) ?? j;
      const form = slice(toks[p]!, toks[q - 1]!);
      if (((!agency && names.has(form)) || nonActorAcronyms.has(form)) && !cuts.length) return 0;
      const entry = names.get(form.toLowerCase().replace(WORD_LOWER_START_RE, (x) => x.toUpperCase()));
      add(form, toks[p]!.s, toks[q - 1]!.e, vote(PLACE, 6), entry?.key);
      p = q;
    }
    return j;
  };

  /** Whether the capitalised words from toks[m] end in a law's or document's head: "(Proceeds of) Crime Act". */
  const lawTail = (m: number): boolean => {
    while (!toks[m]?.poss && toks[m + 1]?.sp && toks[m + 1]!.cap) m++;
    return !!toks[m]?.cap && !toks[m]!.poss && nonActorHeads.has(toks[m]!.t);
  };

  const takesConnector = (k: Tok, connector: string): boolean =>
    connector === 'on'
      ? nonActorHeads.has(k.t) || ON_HEADS.has(k.t)
      : // (Not a company's last word: "Solvane Health of Boca Raton".)
        (isHead(k.t) && !(companyHeads.has(k.t) && k.t !== 'Group')) || titles.has(k.lo) || OF_HEADS.has(k.t) ||
        // "Port Neches Neighbors for Clean Air", "Americans for Prosperity": people for their cause (a plural, not a known name's).
        (connector === 'for' && PLURAL_RE.test(k.t) && !names.has(k.t));

  /** Handles the run toks[a..b] (inclusive). */
  const run = (a: number, b: number): void => {
    // A whole-run gazetteer name first ("The Hague"), then strip sentence-initial function words.
    // "the Paris agreement", "the Oslo peace accords": a place naming a document is no actor there.
    const nx = toks[b + 1];
    const doc = nx?.sp && !nx.cap ? (DOC_NOUNS.has(nx.lo) ? nx : toks[b + 2]?.sp && DOC_NOUNS.has(toks[b + 2]!.lo) ? toks[b + 2] : undefined) : undefined;
    if (doc && toks[a - 1]?.lo === 'the' && (doc === nx || !toks[b + 2]!.cap)) return;
    // "Treasury and Finance Minister Ana Ruiz", "Health and Social Care Secretary": a portfolio before a title, no actor.
    let t = b + 2;
    while (t < b + 5 && toks[t]?.cap && toks[t]!.sp && !oneOf(toks[t]!.lo, 'minister secretary')) t++;
    if (toks[b + 1]?.lo === 'and' && t > b + 2 && oneOf(toks[t]?.t ?? '', 'Minister Secretary') && !oneOf(names.get(slice(toks[a]!, toks[b]!))?.kind ?? '', 'country place')) return;
    if (gazMatch(a, b)) return;
    // "Minister for Tourism, Culture and Creative Arts, Kwabena Adu-Darko", "the Reform and Growth Facility": after a
    // common noun's capitalised word and "and", a run goes on an unnamed phrase (a portfolio, a fund), no actor; a
    // person's full name may close it ("... Further and Higher Education James Lawless").
    const x = toks[a - 2];
    if (x?.cap && toks[a - 1]!.lo === 'and' && !toks.slice(a, b + 1).some((k) => titles.has(k.lo)) && toks[a - 1]!.gap === ' ' && toks[a]!.sp && !x.poss && !names.has(x.t) && !firstNames.has(x.t) && !firstNames.has(toks[a]!.t) && (((lowerWords.has(x.lo) || SUBJECT_RE.test(x.lo)) && (!toks[a - 3]?.cap || commaGap(x.gap))) || (CONNECTORS.has(toks[a - 3]?.lo ?? '') && !!toks[a - 4]?.ti))) {
      for (let p = a + 1; p < b; p++) if (firstNames.has(toks[p]!.t)) return classify(p, b, true);
      return;
    }
    // "Contact Karen at ...", "Call Peter Smith on ...": a contact line's imperative before a given name, no actor.
    if (toks[a]!.init && a < b && CONTACT_VERBS.has(toks[a]!.lo) && firstNames.has(toks[a + 1]!.t)) return;
    // "R-Ohio", "D-South Burlington": a lawmaker's party and home, no actor.
    if (toks[a]!.t[1] === '-' && PARTY_STATE_RE.test(toks[a]!.t)) return;
    // ("Will Carrow, a director,", "Will Carrow said": a given name that is also a function word.)
    const given = (k: Tok): boolean => firstNames.has(k.t) && k === toks[a] && b === a + 1 && /^(?:,|\s+(?:said|says|told)\b)/.test(text.slice(toks[b]!.e));
    // ("Central Bank of Sri Lanka Governor", "Western Cape Education Department": a compass adjective opening a body's name.)
    const skip = (k: Tok): boolean =>
      (k.init && CAPITALISED_RE.test(k.t) && (stopWords.has(k.lo) || (PLACE_ADJ.has(k.lo) && !(/^(?:cen|nor|sou|eas|wes)/.test(k.lo) && toks.slice(a + 1, b + 1).some((x) => heads.get(x.t) === 'organization' && !companyHeads.has(x.t))))) && !given(k)) ||
      // "Rival Spiro, which …", "Fellow Democrat Ana Ruiz": a sentence's first word that compares its name with another.
      (k.init && k === toks[a] && a < b && (k.lo === 'rival' || k.lo === 'fellow')) ||
      // (Not "published in The Lancet": a capitalised "The" inside a sentence is part of the name.)
      (DETERMINERS.has(k.lo) &&
        (k.t !== 'The' || a === b || !k.sp || !LOWER_START_RE.test(toks[a - 1]?.t ?? 'A') || names.has(slice(toks[a + 1]!, toks[b]!)))) ||
      cal(k) ||
      CONNECTORS.has(k.lo);
    const a0 = a;
    while (a <= b && skip(toks[a]!)) a++;
    // "The Senate is": a known name after the stripped words (none when none was stripped: `gazMatch` said so above).
    if (a > a0 && a <= b && gazMatch(a, b)) return;
    // "a Democrat, was elected", "a 10-term Republican,", "every Democrat voting yes": a party member stands for
    // the party (not "Republican electors", "to the Republican").
    if (a === b && party(a)) return;
    // "the House" (of a legislature)
    if (a === b && toks[a]!.t === 'House' && toks[a - 1]?.lo === 'the') return addRun(a, a, vote(ORG, 3), true);
    // "published in the Australian", "reported by the Scotsman": a newspaper named by a demonym.
    if (a === b && isDemonym(toks[a]!.t) && toks[a - 1]?.lo === 'the' && oneOf(toks[a - 2]?.lo ?? '', 'in by') && PUBLISHED.has(toks[a - 3]?.lo ?? '') && (!toks[a + 1]?.sp || stopWords.has(toks[a + 1]!.lo))) return addRun(a, a, vote(ORG, 6), true);
    // "said on X", "a post on X,": the platform formerly called Twitter.
    if (a === b && toks[a]!.t === 'X' && toks[a - 1]?.lo === 'on' && !toks[a + 1]?.cap && toks[a + 1]?.gap !== '-') return addRun(a, a, vote(ORG, 6), false);
    // (Not "the 9th Circuit": an ordinal before a head word.)
    // "Montenegrins make up 41 per cent, Serbs 33 per cent and Bosniaks 9 per cent": peoples' shares of a population.
    const nx1 = toks[a + 1];
    if (a === b && nx1?.sp && toks[a]!.t.endsWith('s') && /[a-z]s$/.test(toks[a]!.t) && !toks[a]!.poss && !lowerWords.has(toks[a]!.lo) && (SHARE_VERBS.has(nx1.lo) ? SHARE_VERBS.has(toks[a + 2]?.lo ?? '') : /^\d[\d.]*$/.test(nx1.t) && /^\s*(?:%|per ?cent)/.test(text.slice(nx1.e, nx1.e + 9)))) return addRun(a, a, vote(GROUP, 6), true);
    if (a > b || (a === b && notActorWord(toks[a]!) && !(ORDINAL_RE.test(toks[a - 1]?.t ?? '') && isHead(toks[a]!.t)) && !oneOf(toks[a]!.t, 'Army Navy Cabinet'))) return;
    // "Driver James Whitaker said": a role noun opening the sentence is no part of the name.
    const k = toks[a]!;
    // "Rivals Snowflake and Palantir"
    if (a < b && k.init && k.lo.endsWith('s') && roleNouns.has(k.lo.slice(0, -1))) return classify(a + 1, b, true);
    // "joined by Justices Sonia Sotomayor and Elena Kagan", "Senators Ann Lee and Tom Park": a plural title before a list of people.
    if (a < b && k.t.endsWith('s') && titles.has(k.lo.slice(0, -1)) && nameWord(toks[a + 1]!)) return sub(a + 1, b, true, (c) => (c.v[PERSON] += 4));
    if (
      a < b &&
      k.init &&
      !firstNames.has(k.t) &&
      !names.has(k.t) &&
      // (Not "Khyber Pakhtunkhwa Chief Minister": the first word of a known name.)
      !names.has(`${k.t} ${toks[a + 1]!.t}`) &&
      !roleWord(k) &&
      isRoleNoun(k.lo) &&
      // ("Walter de Groot": a particle after it makes it a given name.)
      !PARTICLES.has(toks[a + 1]!.t) &&
      (firstNames.has(toks[a + 1]!.t) || b > a + 1) &&
      (!headOf(a + 1, b) || orgNouns.has(k.lo)) &&
      // (Not "Suncor Energy Inc. evacuated": a word only shaped like a role opens a firm's full name.)
      (roleNouns.has(k.lo) || !corpSuffix(toks[b]!.t))
    ) {
      // ("Developer Mercia Land Partnerships": an organisation's noun.)
      const org = orgNouns.has(k.lo) || k.lo.endsWith('maker');
      return sub(a + 1, b, true, (c) => {
        c.v[org ? ORG : PERSON] += 3;
        c.role ??= k.lo;
      });
    }
    // "People's Solidarity for Participatory Democracy": words after a capitalised word's "of" or "for" that did not
    // take them end a body's name; no person.
    const w = toks[a - 2];
    if (b > a && CONNECTORS.has(toks[a - 1]?.lo ?? '') && w?.cap && !w.poss && !w.ti && !firstNames.has(k.t)) return sub(a, b, true, (c) => top(c.v) === PERSON && (c.v = vote()));
    classify(a, b, true);
  };

  /** A lone "Democrat" or "Republican" used as a noun (or `noun` known) is a mention of the party's members. */
  const party = (i: number, noun = false): boolean => {
    const k = toks[i]!;
    const nx = toks[i + 1];
    const det = PARTY_DET.has(toks[i - 1]?.lo ?? '') || (PARTY_DET.has(toks[i - 2]?.lo ?? '') && /\d-term$/.test(toks[i - 1]?.lo ?? ''));
    if (
      names.get(k.t + 's')?.kind !== 'group' ||
      !(
        (noun && oneOf(k.t, 'Democrat Republican')) ||
        (det && (!nx?.sp || (!nx.cap && (stopWords.has(nx.lo) || nx.lo.endsWith('ing'))))) ||
        // "a Conservative member of the committee", "a Republican senator": a member of the party.
        (det && nx?.sp && PARTY_MEMBERS.has(nx.lo))
      )
    ) {
      return false;
    }
    add(k.t, k.s, k.e, vote(), names.get(k.t + 's')!.key);
    return true;
  };

  const notActorWord = (k: Tok): boolean => {
    const t = k.t;
    return (
      t.length < 2 ||
      // (Each regex below only where its first or last character can match: most words skip them.)
      ('IVXLC'.includes(t[0]!) && ROMAN_RE.test(t)) ||
      // "R-Ohio", "D-N.M.": a lawmaker's party and state
      (t[1] === '-' && PARTY_STATE_RE.test(t)) ||
      // "the Western, Southern and Sabaragamuwa provinces": a lone compass adjective; "Cop26": a conference.
      (DIRECTIONS.has(t) && /ern$|^Central$/.test(t)) ||
      (digitStart(t.slice(-1)) && /^COP\d+$/i.test(t)) ||
      calendar.has(t) ||
      partyLabels.has(t) ||
      isDemonym(t) ||
      (t.endsWith('s') && isDemonym(t.slice(0, -1))) ||
      nonActorAcronyms.has(t) ||
      (t.includes('.') && nonActorAcronyms.has(t.replace(/\./g, ''))) ||
      // "MKs", "CEOs": a plural of letters names people, no body; "Rs14bn": a sum.
      (t.endsWith('s') && /^[A-Z]{2,5}s$/.test(t) && !names.has(t)) ||
      nonActorAcronyms.has(t.replace(/\d.*$/, '')) ||
      k.ti ||
      // "Member states", "148 Members voting": a role's noun, alone, names no one.
      ((roleNouns.has(k.lo) || (k.lo.endsWith('s') && roleNouns.has(k.lo.slice(0, -1)))) && !names.has(t)) ||
      (k.init && (stopWords.has(k.lo) || lowerWords.has(k.lo))) ||
      // "Separately, ...", "Previously, ...": an adverb opening the sentence.
      (k.init && text.charAt(k.e) === ',' && /(?:al|ous|ive|ed|ing|ate|ent|ant|ful|less|ar|ic)ly$/.test(k.lo))
    );
  };

  const gazMatch = (a: number, b: number): boolean => {
    // (One token's text is its slice: no new string to hash.)
    const entry = names.get(a === b ? toks[a]!.t : slice(toks[a]!, toks[b]!));
    // "Ben Rhodes ... Rhodes said", "Michael Jordan ... Jordan told": a known place's name, not after a preposition,
    // is the surname of a person named in full before.
    const p = toks[a - 1]?.lo ?? '';
    if (entry && a === b && entry.kind !== 'organization' && !STRONG_PLACE_PREPS.has(p) && !WEAK_PLACE_PREPS.has(p) && !oneOf(p, 'of on via') && cands.some((c) => !c.gaz && c.words.length > 1 && c.words[c.words.length - 1] === toks[a]!.t && top(c.v) === PERSON && (c.v[PERSON]! >= 4 || firstNames.has(c.words[0]!)))) {
      addRun(a, b, vote(PERSON, 3), true);
      return true;
    }
    // "the Amazon basin", then "in the Amazon": a firm's name that is also a region's names the region there (not "in the
    // Senate", "in the Knesset": after "in the", only once read as the region; nor "Japan's Toyota", a firm).
    // ("Brazil's Amazon rainforest": after an owner too; "the Brazilian Amazon": a nation's part of the region read so before.)
    const p0 = toks[a - 1]?.t ?? '';
    if (entry?.kind === 'organization' && a === b && !ACRONYM_RE.test(toks[a]!.t) && (((p === 'the' || toks[a - 1]?.poss || isDemonym(p0)) && (REGION_NOUNS.has(toks[a + 1]?.lo ?? '') || ((STRONG_PLACE_PREPS.has(toks[a - 2]?.lo ?? '') || toks[a - 2]?.lo === 'of' || (toks[a - 2]?.lo === 'the' && isDemonym(p0))) && cands.some((c) => !c.gaz && c.words[0] === toks[a]!.t && top(c.v) === PLACE)))))) {
      addRun(a, b, vote(PLACE, 6), true);
      return true;
    }
    if (entry) addRun(a, b, vote(), true, entry.key);
    // "Moody's revised": a known name that ends in "'s".
    const own = toks[b]!.poss && !entry ? text.slice(toks[a]!.s, toks[b]!.e + 2).replace('’', "'") : '';
    const named = names.get(own);
    if (named) context(add(own, toks[a]!.s, toks[b]!.e + 2, vote(), named.key), a, b);
    return !!(entry || named);
  };

  /** A word of a role phrase: title word, demonym, party label or known name ("US Secretary of State"). */
  const roleWord = (k: Tok): boolean => k.ti || isDemonym(k.t) || partyLabels.has(k.t) || names.has(k.t);

  /** Types toks[a..b] with `classify`, then calls `f` on each new candidate that starts at toks[a]. */
  const sub = (a: number, b: number, main: boolean, f: (c: Cand) => unknown): void => {
    const before = cands.length;
    classify(a, b, main);
    for (const c of cands.slice(before)) if (c.s === toks[a]!.s) f(c);
  };

  /** Types the run toks[a..b]; `main` adds context evidence. */
  const classify = (a: number, b: number, main: boolean): void => {
    if (gazMatch(a, b)) return;
    // "James Whitaker KC"
    if (b > a + 1 && POST_NOMINALS.has(toks[b]!.t)) b--;
    // "Lumetra Inc" is "Lumetra".
    if (b > a && corpSuffix(toks[b]!.t)) {
      addRun(a, b, vote(ORG, 6), main);
      const c = cands[cands.length - 1]!;
      c.key = norm(slice(toks[a]!, toks[b - 1]!));
      // "Sunward Airways Inc." is also "Sunward Airways" and "Sunward".
      const w = toks[a]!;
      if (b > a + 1) base(slice(w, toks[b - 1]!), c);
      if (b > a + 1 && nameShape(w.t) && !firstNames.has(w.t) && !names.has(w.t) && !isHead(w.t) && !w.ti && !lowerWords.has(w.lo)) base(w.t, c);
      return;
    }
    const first = toks[a]!;
    const last = toks[b]!;
    const range = toks.slice(a, b + 1);
    const n = b - a + 1;
    // "the French NGO Mer Solidaire": an organisation's noun written as an acronym before its name.
    if (n >= 2 && oneOf(first.t, 'NGO NGOs')) return sub(a + 1, b, main, (c) => (c.v[ORG] += 4));
    // "Costa Ricans", "Sri Lankan": people of a country, no actor. "the MDAX index": a market index.
    const form = slice(first, last);
    if (n >= 2 && (isDemonym(form) || (form.endsWith('s') && isDemonym(form.slice(0, -1))))) return;
    for (let m = b + 1; m < b + 4 && toks[m]?.sp && (m === b + 1 || !toks[m - 1]!.cap); m++) if (oneOf(toks[m]!.lo, 'index indices')) return;
    // "the FTSE 100 rose", "the S&P 500", "Euro 2028": outside sports (scores), a name before a bare number is a label.
    const num = toks[b + 1];
    const after = toks[b + 2];
    if (!sports && num?.sp && /^\d{2,4}$/.test(num.t) && last.t !== 'Flight' && !ROADS.has(last.t) && !isHead(last.t) && (!after?.sp || oneOf(after.lo, 'index rose fell gained lost closed ended slipped climbed dropped jumped added was is has had'))) return;
    // "the Indigenous Tao community", "the Maasai people", "about 700 Parakanã people": a people named before its noun
    // (after "the" or a count) is a group.
    const ind = INDIGENOUS.has(first.lo) ? a + 1 : a;
    const pn = toks[b + 1];
    // (A community needs its adjective: not "the Fairview community", a place.)
    const adj = ind > a || INDIGENOUS.has(toks[a - 1]?.lo ?? '');
    const det = toks[ind === a && adj ? a - 2 : a - 1];
    if (ind === b && pn?.sp && PEOPLES.has(pn.lo) && (adj || pn.lo !== 'community' && pn.lo !== 'minority') && (DETERMINERS.has(det?.lo ?? '') || (pn.lo === 'people' && /^\d[\d,.]*$/.test(det?.t ?? ''))) && nameShape(last.t) && !names.has(last.t) && !isDemonym(last.t)) return addRun(b, b, vote(GROUP, 6), main);
    // "a TransAsia Airways ATR 72": a body's name, then a model's letters and number.
    if (n >= 2 && num?.sp && digitStart(num.t) && /^\d{1,4}$/.test(num.t) && ACRONYM_RE.test(last.t) && headKind(toks[b - 1]!.t) === 'organization') return sub(a, b - 1, main, (c) => (c.v[ORG] += 3));
    // "the Atlanta Hawks", "the Philadelphia 76ers": in a sports story, a name ending in a capitalised plural
    // after "the" is a team (a person's name never follows "the"); "Atlanta" and "Hawks" name it too.
    // (Not "the Luigi Ferraris stadium": a ground named after a person.)
    if (sports && n >= 2 && n <= 4 && TEAM_RE.test(last.t) && DETERMINERS.has(toks[a - 1]?.lo!) && !lowerWords.has(last.lo) && !isHead(last.t) && !FACILITY_NOUNS.has(toks[b + 1]?.lo ?? '')) {
      addRun(a, b, vote(ORG, 7), main);
      const c = cands[cands.length - 1]!;
      base(slice(first, toks[b - 1]!), c);
      base(last.t, c);
      return;
    }
    // "the Tampa Bay Rays", "New York Yankees", "Golden State Warriors": a known place (or a place's head word) before a
    // capitalised plural is a team, in a story about a team even outside sport (not "the Florida Keys"); "Rays" too.
    if (!sports && n >= 2 && n <= 4 && ['team', 'teams', 'franchise'].some((w) => lowerWords.has(w)) && TEAM_RE.test(last.t) && !lowerWords.has(last.lo) && !isHead(last.t) && (oneOf(names.get(first.t)?.kind ?? names.get(slice(first, toks[a + 1]!))?.kind ?? '', 'place country') || range.slice(1, -1).some((k) => headKind(k.t) === 'place'))) {
      addRun(a, b, vote(ORG, 7), main);
      base(last.t, cands[cands.length - 1]!);
      return;
    }
    // "Northern Iraq", "East Jerusalem"
    if (n >= 2 && DIRECTIONS.has(first.t) && names.has(slice(toks[a + 1]!, last))) return addRun(a, b, vote(PLACE, 6), main);
    // "Barotac Nuevo", "Nueva Ecija", "Nova Iguaçu": a Spanish or Portuguese place adjective makes a place, no person
    // (a body's or party's word wins: "Banco Nuevo Mundo", "Partido Novo").
    if (n >= 2 && n <= 4 && !isHead(last.t) && !ROMANCE_PARTIES.has(first.t) && !ROMANCE_BODIES.has(first.t) && !BODY_FIRST.has(first.t) && range.some((k) => PLACE_WORDS.has(k.t))) return addRun(a, b, vote(PLACE, 4), main);
    // "the South American plate", "West African states": a compass word and a demonym make an adjective.
    if (n === 2 && DIRECTIONS.has(first.t) && isDemonym(last.t)) return;
    // (Not "the Storm Prediction Center": a body's head word wins.)
    if (n >= 2 && EVENT_PREFIX.has(first.t) && headKind(last.t) !== 'organization') {
      // "troops of Operation Hadin Kai", "Operation Safe Haven said": a standing military operation is a force.
      if (/^Opera/.test(first.t) && ((toks[a - 1]?.lo === 'of' && oneOf(toks[a - 2]?.lo ?? '', 'troops soldiers forces personnel units commander spokesman spokesperson')) || SAID.has(toks[b + 1]?.lo ?? ''))) addRun(a, b, vote(ORG, 6), main);
      return;
    }
    // "sales rose in the South and the Midwest": a compass noun after "the" is a region.
    if (n === 1 && DIRECTIONS.has(first.t) && toks[a - 1]?.lo === 'the') return addRun(a, a, vote(PLACE, 3), main);
    // "Embraer E175", "Skyline Connect Flight 2931": a model code or a flight number follows its maker or airline.
    // "UAW Region 8", "Teamsters Local 727": a body's numbered branch.
    // ("Senate District 16", "Assembly District 44", "Congressional District 7": an electoral district is a place.)
    if (n >= 3 && NUMBERED.has(toks[b - 1]!.t) && digitStart(last.t)) return addRun(a, b, vote(oneOf(toks[b - 1]!.t, 'District Ward Precinct') && range.slice(0, -2).every((k) => ELECTORAL.has(k.t)) ? PLACE : ORG, 6), main);
    if (n >= 2 && ROADS.has(toks[b - 1]!.t) && digitStart(last.t)) {
      // (Not "the Accord on Interstate 83": the road's name starts after a connector.)
      let r = b - 1;
      while (r > a && toks[r - 1]!.cap) r--;
      return addRun(r, b, vote(PLACE, 6), main);
    }
    const code = range.findIndex((k, i) => i && (/\d/.test(k.t) || (k.t === 'Flight' && i === n - 1 && digitStart(toks[b + 1]?.t ?? ''))));
    if (code > 0) {
      return sub(a, a + code - 1, main, (c) => (c.v[ORG] += 3));
    }
    // "Team Jayco AlUla", "Team GB": a team (also "Jayco AlUla", "Jayco"). "the Tour de France", "the Tour Down Under": a race, named
    // after its organiser (the corpus types races as organisations).
    if (n >= 2 && (first.t === 'Team' || first.t === 'Tour')) {
      addRun(a, b, vote(ORG, 6), main);
      if (first.t === 'Team') {
        base(slice(toks[a + 1]!, last), cands[cands.length - 1]!);
        if (n === 3 && !firstNames.has(toks[a + 1]!.t)) base(toks[a + 1]!.t, cands[cands.length - 1]!);
      }
      return;
    }
    // "Air India", "Air Canada": airlines.
    if (n >= 2 && first.t === 'Air' && names.get(slice(toks[a + 1]!, last))?.kind === 'country') return addRun(a, b, vote(ORG, 6), main);
    // "Health Canada", "Ambulance Victoria", "Forest Fire Management Victoria": common nouns before a country's or
    // state's name make a public body (not "Mainland China", "Regional Victoria", "Michael Jordan").
    // ("Statistics South Africa": a country of two words; "NHS England", "BBC Scotland": a body's branch.)
    // (Not "Port Sudan", "Lake Chad": a place's prefix.)
    let ck = g.stateEnds.has(last.t) ? a + 1 : b + 1;
    for (let f; ck <= b && !(names.get((f = slice(toks[ck]!, last)))?.kind === 'country' || g.usStates.has(f)); ) ck++;
    if (
      ck <= b && !PLACE_PREFIX.has(first.t) &&
      range.slice(0, ck - a).every((k, i) => k.lo === 'and' || (k.cap && range.slice(1, i).some((x) => x.lo === 'and') && !names.has(k.t) && !firstNames.has(k.t)) || (!i && ACRONYM_RE.test(k.t) && names.get(k.t)?.kind === 'organization') || (k.cap && !firstNames.has(k.t) && !names.has(k.t) && !REGION_ADJ.has(k.lo) && !PLACE_ADJ.has(k.lo) && !DIRECTIONS.has(k.t) && !titles.has(k.lo) && !isDemonym(k.t) && (lowerWords.has(k.lo) || SUBJECT_RE.test(k.lo) || isHead(k.t))))
    ) {
      return addRun(a, b, vote(ORG, 6), main);
    }
    // "Nasdaq Stockholm", "Euronext Paris", "BBC London": a known body's branch or market in a known city.
    if (n === 2 && names.get(first.t)?.kind === 'organization' && names.get(last.t)?.kind === 'place' && !g.usStates.has(last.t)) return addRun(a, b, vote(ORG, 6), main);
    // "Africa CDC": a region's own agency.
    if (n === 2 && regionBody(a)) return addRun(a, b, vote(ORG, 6), main);
    // "a Portland Democrat", "a Texas Republican": a lawmaker's home before the party; a mention of the party only
    // in a story that names the party's members ("Democrats"), else a label of the person's.
    if (n >= 2 && oneOf(last.t, 'Democrat Republican') && oneOf(toks[a - 1]?.lo, 'a an')) {
      if (text.includes(last.t + 's')) party(b, true);
      return sub(a, b - 1, main, (c) => (c.v[PLACE] += 4));
    }
    if (titled(a, b, main) || officeRun(a, b)) return;
    // "Band D", "Plan B", "Terminal C": a name ending in a lone letter is a label (not "Serie B", a league's tier).
    if (n >= 2 && LETTER_RE.test(last.t) && !firstNames.has(first.t) && !(n === 2 && /^S[ée]rie$/.test(first.t))) return;
    // "at Tropicana Field", "George M. Steinbrenner Field": a ground named after a sponsor or a person (not "Sally Field said").
    if (last.t === 'Field' && (n > 2 || (n === 2 && !firstNames.has(first.t) && oneOf(toks[a - 1]?.lo ?? '', 'at in into inside outside the')))) return addRun(a, b, vote(PLACE, 6), main);
    // "Parliament House", "Government House": a building (not "the House", "House Speaker").
    if (n === 2 && last.t === 'House' && !titles.has(first.lo) && !partyLabels.has(first.t)) return addRun(a, b, vote(PLACE, 6), main);
    // "Scottish Conservative transport spokesman", "Welsh Labour leader": a nation's party before a role is a group.
    if (n >= 2 && partyLabels.has(last.t) && isDemonym(first.t) && toks.slice(b + 1, b + 4).some((k) => k.sp && !k.cap && (k.ti || isRoleNoun(k.lo)))) return addRun(a, b, vote(GROUP, 6), main);
    // Only title words, demonyms and country names: "US Secretary of State", "Iraqi PM" (not "the Gulf of Finland": a
    // place's head word first).
    if (range.some((k) => titles.has(k.lo) || names.has(k.t)) && range.every((k) => k.lo === 'of' || roleWord(k)) && !heads.has(last.t) && headKind((DETERMINERS.has(first.lo) ? toks[a + 1]! : first).t) !== 'place') {
      for (let i = a; i <= b; i++) if (names.has(toks[i]!.t)) classify(i, i, false);
      return;
    }
    // Party label or demonym before a name: "Libertarian Ron Paul".
    // "in the Austrian Alps", "across the Scottish Highlands": a demonym opening a region's name.
    /** (Once: a demonym opening a run of two words or more.) */
    const dem = n >= 2 && isDemonym(first.t);
    if (dem && !headOf(a, b) && toks[a - 1]?.lo === 'the' && STRONG_PLACE_PREPS.has(toks[a - 2]?.lo!) && /[^s]s$/.test(last.t) && !names.has(slice(toks[a + 1]!, last)) && !firstNames.has(toks[a + 1]!.t)) {
      return addRun(a, b, vote(PLACE, 4), main);
    }
    // "Scottish Rugby", "British Cycling": a country's governing body of a sport.
    if (n === 2 && dem && SPORT_BODIES.has(last.t)) return addRun(a, b, vote(ORG, 6), main);
    // "the American Red Cross", "the Turkish Red Crescent": a national society, not the international body.
    if (n >= 3 && dem && /^Red Cr/.test(toks[a + 1]!.t + ' ' + last.t)) return addRun(a, b, vote(ORG, 6), main);
    // ("Eastern Samar", "Western Visayas": a compass adjective opening an unknown name is part of a region's name.)
    if (n >= 2 && (partyLabels.has(first.t) || (dem && !(DIRECTIONS.has(first.t) && !names.has(slice(toks[a + 1]!, last))))) && !headOf(a, b)) {
      return sub(a + 1, b, main, (c) => {
        if (partyLabels.has(first.t) && !c.role && !c.gaz) c.role = first.t;
      });
    }
    // "Fiona Hill said", "Sarah Park": a given name before a head word that is also a common surname is a person's.
    const head = n === 2 && SURNAME_HEADS.has(last.t) && firstNames.has(first.t) && !names.has(first.t) ? undefined : headOf(a, b);
    const votes = vote();
    // "Unión Argentina de Rugby", "Partido Popular", "Banco Santander": a body's noun opening a name in Spanish,
    // Portuguese, Italian or French (a party or a movement is a group).
    if (n >= 2 && !head && (ROMANCE_PARTIES.has(first.t) || ROMANCE_BODIES.has(first.t) || BODY_FIRST.has(first.t) || (toks[a + 1]!.lo === 'of' && /[^s]s$/.test(first.t) && !names.has(first.t)))) return addRun(a, b, vote(ROMANCE_PARTIES.has(first.t) ? GROUP : ORG, 6), main);
    // "Leeds United"; "Derby County", "Bristol City", "Crystal Palace" in a sports story.
    if (n >= 2 && (CLUB_HEADS.has(last.t) || (sports && CLUB_SUFFIXES.has(last.t)))) {
      addRun(a, b, vote(ORG, 7), main);
      const c = cands[cands.length - 1]!;
      base(slice(first, toks[b - 1]!), c);
      base(last.t, c);
      return;
    }
    // In a sports story, "the Championship" (a league) and a lone club name: "Rangers", "Villa".
    // ("the Celtics": a lone capitalised plural after "the".)
    if (sports && n === 1 && (((first.t === 'Championship' || (TEAM_RE.test(first.t) && !lowerWords.has(first.lo))) && toks[a - 1]?.lo === 'the') || CLUB_HEADS.has(first.t))) {
      return addRun(a, a, vote(ORG, 3), main);
    }
    // "River Avon", "Mount Everest", "Lake Geneva"
    // ("Los Zetas", "Los Palmeros": an article and a plural also name gangs, and "El" newspapers ("the daily El
    // Universal"): a weaker place's cue.)
    if (n >= 2 && !head && PLACE_PREFIX.has(first.t)) {
      addRun(a, b, vote(PLACE, (n === 2 && /^L[ao]s$/.test(first.t) && last.t.endsWith('s')) || first.t === 'El' ? 3 : 6), main);
      // "Comet Tessaro-Kim" is also "Tessaro-Kim".
      if (oneOf(first.t, 'Comet Asteroid')) cands[cands.length - 1]!.key = norm(slice(toks[a + 1]!, last));
      return;
    }
    // "the G77": a bloc of countries; "the Liberals", "the Greens": a party's members.
    if (n === 1 && ((first.t.startsWith('G') && /^G\d{1,2}$/.test(first.t)) || partyLabels.has(stripS(first.t)) && first.t.endsWith('s'))) return addRun(a, a, vote(GROUP, 6), main);
    if (head) {
      // "the University of California, Irvine,": a campus after a university's name (not a country or state:
      // "the University of Sydney, Australia"; nor a list: "the University of Leeds, Oxford and Bath").
      if (head.t === 'University' && toks[a + 1]?.lo === 'of' && commaGap(toks[b + 1]?.gap ?? '') && toks[b + 1]!.cap) {
        let e = b + 1;
        while (e < b + 3 && toks[e + 1]?.sp && toks[e + 1]!.cap) e++;
        const campus = slice(toks[b + 1]!, toks[e]!);
        const kind = names.get(campus)?.kind;
        if (kind !== 'country' && !g.usStates.has(campus) && !/^\s/.test(toks[e + 1]?.gap ?? ',') && !roleWord(toks[b + 1]!)) {
          b = e;
          taken = toks[e]!.e;
        }
      }
      // "the WTA Tour", "the DP World Tour": a tour run by a body is the body.
      if (head.t === 'Tour' && ACRONYM_RE.test(first.t)) return addRun(a, b, vote(ORG, 6), main);
      // (Not "UN Environment Programme", "World Food Programme": bodies.)
      // "The Ohio Innocence Project says", "sued by the Clean Air Project": a project that speaks or sues is a body.
      // ("The Episcopal Conference of Colombia": a conference of a country is its bishops' or governors' body; so is one
      // that speaks: "the Polish Episcopal Conference said".)
      const acts = (head.t === 'Conference' && head !== last && oneOf(names.get(last.t)?.kind ?? '', 'country place')) || n > 1 && head === last && oneOf(head.t, 'Project Program Programme Conference') && (SAID.has(toks[b + 1]?.lo ?? '') || oneOf(toks[b + 1]?.lo ?? '', 'sued sues suing filed files') || (toks[a - 1]?.lo === 'the' && oneOf(toks[a - 2]?.lo ?? '', 'to by') && oneOf(toks[a - 3]?.lo ?? '', 'according sued filed brought')));
      if (nonActorHeads.has(head.t) && !acts && !(/^Program(?:me)?$/.test(head.t) && (names.get(first.t)?.kind === 'organization' || first.t === 'World'))) {
        // "the Digital Services Act (DSA)": the letters of a law, a treaty or an event are no actor either.
        const acr = toks[b + 1];
        if (acr && acr.gap.trimStart() === '(' && ACRONYM_RE.test(acr.t) && !names.has(acr.t) && spells(range.map((k) => k.t), acr.t.replace(/\./g, '').toLowerCase())) add(acr.t, acr.s, acr.e, vote(NONE, 9));
        return;
      }
      // "7th Street", "42nd Avenue", "the 9th U.S. Circuit Court of Appeals", "the 9th Circuit"
      // ("the 444 Brigade", "3 Commando Brigade": a military unit's number in digits.)
      if ((ORDINAL_RE.test(toks[a - 1]?.t ?? '') || (digitStart(toks[a - 1]?.t ?? '') && /^\d{1,4}$/.test(toks[a - 1]!.t) && head === last && UNITS.has(head.lo))) && first.sp && (head === last || headKind(head.t) === 'organization')) {
        return addRun(a - 1, b, vote(KINDS.indexOf(headKind(head.t)!), 6), main);
      }
      // "ordered the City of Tshwane to", "the Town of Cary said": a municipality's name after "the" is its council, a
      // body (not "in the City of London"); "Tshwane" names it too.
      if (head === first && oneOf(head.t, 'City Town Municipality Borough') && b > a + 1 && toks[a + 1]!.lo === 'of' && toks[a - 1]?.lo === 'the' && !STRONG_PLACE_PREPS.has(toks[a - 2]?.lo!) && !oneOf(toks[a - 2]?.lo ?? '', 'at into around of')) {
        addRun(a, b, vote(ORG, 6), main);
        return base(slice(toks[a + 2]!, last), cands[cands.length - 1]!);
      }
      if (n === 1) {
        // A lone head word is generic ("the Court"), except newspapers ("the Guardian") and a country's armed
        // services ("a retired Navy captain", "the Army said").
        // "the Coalition" (Australia's Liberal-National alliance): a capitalised coalition is a named group.
        if (head.t === 'Coalition' && toks[a - 1]?.lo === 'the') return addRun(a, a, vote(GROUP, 4), main);
        // ("called on the Government to", "proposals to Cabinet": a state's executive capitalised as a name, not a
        // modifier: "Government spending", "a Cabinet minister".)
        const nx = toks[a + 1];
        const exec = oneOf(head.t, 'Government Cabinet') && (head.poss || !nx?.sp || nx.cap || stopWords.has(nx.lo) || SAID.has(nx.lo) || VERBS.has(nx.lo) || /[^e]ed$/.test(nx.lo));
        if (!(mediaHeads.has(head.t) && toks[a - 1]?.lo === 'the') && !(oneOf(head.t, 'Army Navy') && !head.init) && !exec) return;
        votes[ORG] = 3;
      }
      // "the National Liberation Army", "the Revolutionary Armed Forces of Colombia": an armed force named for a cause is
      // an insurgency's (not "the Chinese People's Liberation Army", "the People's Liberation Army": a state's).
      else votes[(n === 2 && head === last && last.t === 'Group' && dem) || (oneOf(head.t, 'Army Forces Front') && !dem && first.t !== 'People' && range.some((k) => oneOf(k.t, 'Liberation Revolutionary Resistance Independence'))) ? GROUP : KINDS.indexOf(headKind(head.t) ?? 'organization')] = 6;
      // "the English Channel", "the port's South Channel", "the South Bank": a compass word (or a demonym) before
      // "Channel" or "Bank" names water or a shore, not a broadcaster or a lender (not "Eastern Bank").
      // ("the Sarambwe Nature Reserve", "the Selous Game Reserve": land kept for nature, not a central bank or a military reserve.)
      if ((n === 2 && oneOf(last.t, 'Channel Bank') && (oneOf(first.t, 'North South East West') || (last.t === 'Channel' && dem))) || (n > 2 && last.t === 'Reserve' && oneOf(toks[b - 1]!.t, 'Nature Game Wildlife Forest Marine Biosphere National'))) {
        votes[ORG] = 0;
        votes[PLACE] = 6;
      }
      // ("the Arab Group": a bloc of countries.)
      const k0 = cands.length;
      addRun(a, b, votes, main);
      // "the Kuwaiti Ministry of Foreign Affairs" is also "the Ministry of Foreign Affairs".
      if (n >= 4 && dem && headKind(toks[a + 1]!.t) === 'organization' && toks[a + 2]!.lo === 'of') cands[k0]!.alt = slice(toks[a + 1]!, last);
      // "Swiftdrop Logistics" is also "Swiftdrop".
      if (n >= 2 && head === last && companyHeads.has(last.t)) {
        const c = cands[cands.length - 1]!;
        base(slice(first, toks[b - 1]!), c);
        // "Pinecrest Health Systems" is also "Pinecrest".
        if (n > 2 && nameShape(first.t) && !firstNames.has(first.t) && !names.has(first.t) && !lowerWords.has(first.lo)) base(first.t, c);
      }
      return;
    }
    // A name-shaped run.
    // (An acronym may open a longer name: "IG Metall", "JAMA Pediatrics".)
    const notName = (k: Tok): boolean =>
      !(k.cap || PARTICLES.has(k.t) || WITHOUT.has(k.t) || CONNECTORS.has(k.lo) || k.lo === 'the') ||
      // ("NHS Providers", "U.S. Geological Survey": a known body's or country's acronym may open one.)
      (ACRONYM_RE.test(k.t) && n > 1 && !LETTER_RE.test(k.t) && (k !== first || (names.has(k.t) && !oneOf(names.get(k.t)!.kind, 'organization country')) || nonActorAcronyms.has(k.t)));
    // "Osei Tutu II", "Charles III": a regnal numeral after name-shaped words closes a person's name (not a model's
    // before its noun: "Centauro II tanks").
    const nw = toks[b + 1];
    if (n >= 2 && REGNAL.has(last.t) && range.slice(0, -1).every((k) => nameShape(k.t) && !names.has(k.t) && !isHead(k.t)) && (last.poss || !nw?.sp || nw.cap || stopWords.has(nw.lo) || SAID.has(nw.lo) || VERBS.has(nw.lo))) return addRun(a, b, vote(PERSON, 6), main);
    if (range.some(notName)) return;
    const acronymFirst = n > 1 && ACRONYM_RE.test(first.t) && !LETTER_RE.test(first.t);
    if (acronymFirst) votes[ORG] += 1.5;
    if (n >= 2) {
      if (firstNames.has(first.t)) votes[PERSON] += 4;
      // "Harold J. Voss": a middle initial between name-shaped words.
      if (n >= 3 && nameShape(first.t) && nameShape(last.t) && range.slice(1, -1).some((k) => /^[A-Z]\.$/.test(k.t))) votes[PERSON] += 3;
      // (Not after "the": "the Eastbourne International".)
      if (!DETERMINERS.has(toks[a - 1]?.lo!)) {
        votes[PERSON] += 0.5;
        // "opened by Nayib Bukele": two or three plain name-shaped words, none written in lower case
        // elsewhere nor known as anything else, are a person's name even with an unknown given name
        // (not before a noun they modify: "the Keystone and Dakota Access pipelines").
        const nx = toks[b + 1];
        // ("sweeping Tino Adebayo's low cross": a possessor too.)
        const free = last.poss || !nx || !nx.sp || nx.cap || stopWords.has(nx.lo) || SAID.has(nx.lo) || VERBS.has(nx.lo) || /[^e]ed$/.test(nx.lo);
        // ("Nana Kwadwo Agyemang Duah": four words, as West African and Latin American names run.)
        if (free && n <= 4 && range.every((k) => nameShape(k.t) && !lowerWords.has(k.lo) && !names.has(k.t) && !roleWord(k) && !cal(k) && !stopWords.has(k.lo))) votes[PERSON] += 0.5;
      }
      // (Not "Rio Grande do Sul": a place of a Portuguese name; "San", "Santa", "Puerto" open places above.)
      // ("the department of Treinta y Tres": weaker with no given name.)
      if (range.slice(1).some((k) => PARTICLES.has(k.t) || particleName(k.t)) && first.t !== 'Rio') votes[PERSON] += firstNames.has(first.t) ? 3 : 1.5;
      if (names.get(first.t)?.kind === 'country' && !firstNames.has(toks[a + 1]!.t)) votes[ORG] += 1;
      // "Kang Dong-jin": a short surname and a hyphenated given name (joined as one name when read).
      if (n === 2 && GIVEN_HYPHEN_RE.test(last.t)) votes[PERSON] += 3;
      // (Alone, "al-Bayda", "al-Jufra" are as often places: a person is named in full first.)
    } else if (particleName(first.t)) votes[PERSON] += 2;
    // "the West End", "East Side": a compass word opens a place's name, never a person's.
    // (Nor does "The": "The Rolling Stones".)
    if (n >= 2 && (DIRECTIONS.has(first.t) || first.t === 'The' || acronymFirst)) {
      votes[PERSON] = -9;
      if (DIRECTIONS.has(first.t)) votes[PLACE] += 1;
    }
    // "its long-promised Strategic Fleet", "their Sky Alliance": a possessive determiner (and its modifiers, no noun:
    // not "its chief executive Mark Hadley", "its reliance on Elon Musk") opens no person's name.
    let q = a - 1;
    while (q > a - 3 && toks[q] && toks[q + 1]!.sp && (MODIFIER_BEFORE.has(toks[q]!.lo) ? !oneOf(toks[q]!.lo, 'its their our') : /-|[^e]ed$/.test(toks[q]!.lo))) q--;
    if (oneOf(toks[q]?.lo ?? '', 'its their our') && toks[q + 1]!.sp) votes[PERSON] = -9;
    // "Pacific Gas & Electric", "Marks & Spencer": an ampersand joins a firm's names, never a person's.
    // ("Reporters Without Borders", "Médecins Sans Frontières", "Ärzte ohne Grenzen": "without" inside a body's name.)
    if (range.some((k, i) => i && (k.gap.includes('&') || (i < n - 1 && WITHOUT.has(k.lo) && !firstNames.has(first.t))))) {
      votes[PERSON] = -9;
      votes[ORG] += 3;
    }
    // "Growth Facility", "Regional Integration": an abstract noun closes no person's name.
    if (n >= 2 && /(?:tion|sion|ity|ness)$/.test(last.t) && !firstNames.has(first.t)) votes[PERSON] = -9;
    // "Traditional Affairs Thabo Mokoena", "Cooperative Governance": a portfolio's noun glued to a name makes no person.
    if (n >= 2 && !firstNames.has(first.t) && range.some((k) => (PORTFOLIO_WORDS.has(k.lo) && /(?:s|ance)$/.test(k.lo)) || PLURAL_ABSTRACT_RE.test(k.lo))) votes[PERSON] = -9;
    // ("the Church Commissioners", "the County Commissioners": a plural title closing a name is a body.)
    // "Herefordshire", "north Yorkshire": an English county (in a sports story, a county's club); before another word,
    // a body named after one ("Yorkshire Water").
    if (last.t.endsWith('shire') && /[a-z]shire$/.test(last.t)) votes[sports ? ORG : PLACE] += 3;
    else if (first.t.endsWith('shire') && /[a-z]shire$/.test(first.t)) {
      votes[PERSON] = -9;
      votes[ORG] += 1.5;
    }
    // "in the Midlands", "across the Dolomites": a plural name after "in the" is a region's (a group is "among" or "within").
    // (Not a house, a corps or a body of members: "in the Commons", "served in the Marines", "in the Rangers".)
    if (n === 1 && !sports && /[^s]s$/.test(last.t) && !last.poss && toks[a - 1]?.lo === 'the' && STRONG_PLACE_PREPS.has(toks[a - 2]?.lo ?? '') && !oneOf(last.t, 'Commons Lords Marines Guards Scouts Games Olympics Paralympics') && !isRoleNoun(last.lo.slice(0, -1))) votes[PLACE] += 4;
    // (Not "Youri Tielemans' through-ball": a longer name's plural possessive is a surname's.)
    else if (PLURAL_RE.test(last.t) && !last.poss && (n >= 2 ? !/^['’]/.test(toks[b + 1]?.gap ?? '') : !first.init)) {
      // "45 Boeing 787-9 Dreamliners", "A321neos": a product's plural after its model's code is no one.
      const code = toks[a - 1]?.t ?? '';
      if (n === 1 && first.sp && /\d/.test(code) && /[A-Za-z-]/.test(code) && !ORDINAL_RE.test(code) && !/^\d+s$/.test(code)) return;
      if (n >= 2 && titles.has(last.lo.slice(0, -1))) votes[ORG] += 3;
      else votes[GROUP] += 1.5;
    }
    // "SPD", and a brand in capitals inside a sentence: "a POLITICO tally".
    if (n === 1 && (ACRONYM_RE.test(first.t.endsWith('+') ? first.t.slice(0, -1) : first.t) || (first.t.length > 3 && CAPS_WORD_RE.test(first.t) && !first.init && !lowerWords.has(first.lo)))) votes[ORG] += 1.5;
    const n1 = toks[b + 1];
    if (n >= 2 && n1?.sp && !n1.cap && !last.poss) {
      // "Erling Haaland scored": a verb after a name; "the Harry Potter films": a name used as a modifier.
      if (SAID.has(n1.lo) || VERBS.has(n1.lo) || /[^e]ed$/.test(n1.lo)) votes[PERSON] += 1;
      else if (MODIFIER_BEFORE.has(toks[a - 1]?.lo ?? '') && first.sp) votes[PERSON] -= 4;
    }
    addRun(a, b, votes, main, undefined, n === 1 && first.init);
  };

  /** The head word deciding an organisation/place/group name: "Bank" of "Bank of England", "Times" of "Seattle Times". */
  const headOf = (a: number, b: number): Tok | undefined => {
    // "the Bank of Utah Championship", "the Tour de France": an event named after its sponsor or place.
    if (b > a && EVENT_WORDS.has(toks[b]!.t)) return toks[b];
    for (let i = a + 1; i < b; i++) {
      if (CONNECTORS.has(toks[i]!.lo) || toks[i]!.lo === 'to') {
        const h = toks[i - 1]!;
        if (isHead(h.t)) return h;
        // ("Friends of the Far North Line": a plural before "of" heads a body; the place is its cause.)
        if (/[^s]s$/.test(h.t) && headKind(toks[b]!.t) === 'place') return undefined;
        break;
      }
    }
    // "Division One", "League Two": a head before a number word; "Serie B", "Liga 1": a league's before its tier's letter.
    if (b === a + 1 && isHead(toks[a]!.t) && /^(?:One|Two|Three|Four)$|^[A-D1-4]$/.test(toks[b]!.t)) return toks[a];
    // The last word, never the first of a longer run.
    // ("President Bill Clinton": a given name before a surname is no head.)
    for (let i = b; i >= Math.min(a + 1, b); i--) if (isHead(toks[i]!.t) && !(i < b && firstNames.has(toks[i]!.t))) return toks[i];
    return undefined;
  };

  /** "Prime Minister Mohamed Shia al-Sudani", "Lord Justice Rix", "Bank of England Governor Andrew Bailey". */
  const titled = (a: number, b: number, main: boolean): boolean => {
    let j = b;
    // "Judge Sean Jordan": a country's name after a given name is a surname; so is a place head after a title and a
    // name ("District Judge Ellen Park"; not "King Edward Street").
    // ("Rear Admiral Roy Vincent Trinidad": a country's or place's name after a title and one or two name words too.)
    const surnameHead = (): boolean => {
      let m = b - 1;
      while (m > b - 3 && m > a && nameWord(toks[m]!)) m--;
      return m < b - 1 && (headKind(toks[b]!.t) === 'place' || oneOf(names.get(toks[b]!.t)?.kind ?? '', 'country place')) && titles.has(toks[m]!.lo) && !ROYAL.has(toks[m]!.lo);
    };
    // "Lyon County Clerk Janet Pruitt", "State Treasurer Ana Ruiz", "Douglas County Clerk-Treasurer Ben Sorensen": a
    // capitalised role noun after a body's or place's head word (or a title word) is an office before two name words.
    // ("Dr Peter Mwaura Gichuki", "Dr Victor Ochieng Otieno": a given name shaped like a role noun, or any word after a
    // courtesy title, is none; nor, after a title, a word only shaped like one: "Chief Minister Sukhvinder Singh Sukhu".)
    const office = (k: number): boolean =>
      k > a && b - k >= 2 && toks[k]!.cap && !toks[k]!.poss && !firstNames.has(toks[k]!.t) && !PARTICLES.has(toks[k + 1]!.t) && !courtesy(toks[k - 1]!.lo) && toks[k]!.lo.split('-').every((p) => isRoleNoun(p) && (roleNouns.has(p) || !toks[k - 1]!.ti)) && toks[k - 1]!.cap && (toks[k - 1]!.ti || (!!headKind(toks[k - 1]!.t) && !nonActorHeads.has(toks[k - 1]!.t)));
    // ("Mr Hill", "Dr Park": a surname that is also a place's head word after an honorific.)
    // ("Transport Minister Catherine King", "Governor Okello Judge": a title word after a title and a name-shaped word
    // that is no title's, portfolio's or known word is a surname.)
    const given = toks[b - 1];
    // ("Hassan Sheikh Mohamud", "Mohamed Sheikh Ali": "Sheikh" after a given name is inside the name.)
    const inner = (k: number): boolean => k > a && k < b && /^(?:Sheikh|Shaikh)$/.test(toks[k]!.t) && toks[k]!.sp && firstNames.has(toks[k - 1]!.t) && !toks[k - 1]!.ti;
    while (j >= a && !office(j) && (nameWord(toks[j]!) || inner(j) || (j === b && j > a && ((firstNames.has(toks[j - 1]!.t) && !isHead(toks[j]!.t)) || surnameHead() || (SURNAME_HEADS.has(toks[j]!.t) && honorifics.has(toks[j - 1]!.lo)) || (b - 2 >= a && titles.has(toks[b]!.lo) && titles.has(toks[b - 2]!.lo) && toks[b - 2]!.cap && nameWord(given!) && nameShape(given!.t) && !lowerWords.has(given!.lo) && !names.has(given!.t)))))) j--;
    // "Minister for Housing James Browne", "Federal Minister for Economic Affairs Sheharyar Ahmed Bhutta": a title's
    // portfolio after "for" or "of" ends where the person's name, its last two or three name-shaped words, starts.
    let port = 0;
    for (let k = a + 1; k < b - 2; k++) if (oneOf(toks[k]!.lo, 'for of') && toks[k - 1]!.cap && toks[k - 1]!.ti) port = k;
    if (port && j >= port) {
      // ("Director of Public Prosecutions Max Hill": a subject's noun, a known name or a lower-case word is the portfolio's.)
      let s = b;
      const portWord = (k: Tok): boolean => k.ti || lowerWords.has(k.lo) || SUBJECT_RE.test(stripS(k.lo)) || isHead(k.t) || names.has(k.t);
      while (s > port + 1 && b - s < 3 && nameShape(toks[s]!.t) && !toks[s]!.poss && !portWord(toks[s]!)) s--;
      port = b - s >= 2 && s > port ? ((j = s), port) : 0;
    } else port = 0;
    const off = !port && j >= a && office(j);
    if (j < a || j === b || toks[j]!.poss || !(toks[j]!.ti || off || port)) return false;
    // "Puerto General Belgrano", "Aceitera General Deheza (AGD)": a title inside a place's name, or inside a name its
    // acronym spells, names no person.
    const nx = toks[b + 1];
    if (j > a && ((j === a + 1 && PLACE_PREFIX.has(toks[a]!.t) && !toks[a]!.ti) || (nx?.gap === ' (' && spells(toks.slice(a, b + 1).map((k) => k.t), nx.lo)))) return false;
    // The role: title words, modifiers, demonyms and country names before the name.
    const r = roleStart(a, port ? port - 1 : j, j);
    if (!off && !toks.slice(r, j + 1).some((k) => titles.has(k.lo) && k.cap && !k.poss)) return false;
    // Honorifics stay in a bare surname's form: "Mr Mousa", "Lord Justice Rix".
    let nameStart = j + 1;
    let honor = false;
    if (b === j + 1) {
      let h = j + 1;
      while (h - 1 >= r && honorifics.has(toks[h - 1]!.lo)) h--;
      if (h <= j) {
        nameStart = h;
        honor = true;
      }
    }
    officeOf(a, r, j);
    const nameTok = toks[nameStart]!;
    const noble = !honor && toks[j]!.cap && NOBLE.has(toks[j]!.lo);
    // ("Saudi Energy Minister Prince Abdulaziz": the role ends before the royal title.)
    const roleEnd = honor ? nameStart - 1 : noble && j > r && toks[j - 1]!.ti ? j - 1 : j;
    const words = toks.slice(j + 1, b + 1).map((k) => k.t);
    const c = add(slice(nameTok, toks[b]!), nameTok.s, toks[b]!.e, vote(PERSON, 6), undefined, honor, false, words);
    // "Prince Abdulaziz bin Salman", "Sheikh Tamim": a royal title is part of the name too.
    if (noble) c.alt = slice(toks[j]!, toks[b]!);
    if (
      roleEnd >= r &&
      !(roleEnd === r && courtesy(toks[r]!.lo)) &&
      (off || toks.slice(r, roleEnd + 1).some((k) => titles.has(k.lo) && !courtesy(k.lo)))
    ) {
      const from = (r === a ? preModifiers(a) : undefined) ?? r;
      c.role = text.slice(toks[from]!.s, toks[roleEnd]!.e);
    }
    if (main) context(c, r === a ? a : nameStart, b, r === a);
    return true;
  };

  /**
   * "Minister of Supply and Internal Trade Sherif Farouk", "Secretary of State for Health and Social Care Wes Streeting",
   * "Chief of Army Staff Asim Munir": a title, "of" or "for", and a portfolio (subjects joined by commas and "and",
   * bodies and places joined by "of", "for" or "the") before a name. The name is the last words of the last subject,
   * from a given name or after a portfolio's noun; when nothing shows where it starts, no person (a portfolio's word
   * glued to a name makes a wrong answer). Returns the last token read, or 0 when toks[i] opens no such phrase.
   */
  const portfolioTitle = (i: number): number => {
    // The title: title words, demonyms and countries, then a title word before "of"/"for" ("Vice Minister of").
    let t = i;
    // An unknown title ("Gauteng MEC for Health"): an acronym known as nothing else; then a name must follow.
    let odd = false;
    let free = false;
    const ptitle = (k: Tok): boolean => {
      const lo = k.lo.startsWith('under-') ? k.lo.slice(6) : k.lo;
      return (titles.has(lo) && !honorifics.has(lo) && !ROYAL.has(lo)) || lo === 'head' || lo === 'member' || (odd = /^[A-Z]{2,4}$/.test(k.t) && !names.has(k.t) && !nonActorAcronyms.has(k.t));
    };
    while (!((ptitle(toks[t]!) || (t > i && toks[t]!.ti && ptitle(toks[t - 1]!))) && oneOf(toks[t + 1]?.lo ?? '', 'of for') && toks[t + 1]!.sp)) {
      const k = toks[t]!;
      if (t > i + 3 || k.poss || !k.cap || !(k.ti || PORTFOLIO_OPENERS.has(k.lo) || isDemonym(k.t) || names.get(k.t)?.kind === 'country' || (free = nameShape(k.t) || /^[A-Z]{2,4}$/.test(k.t))) || !toks[t + 1]?.sp) return 0;
      t++;
    }
    // ("Free State MEC for": other words before an unknown title only.)
    if (free && !odd) return 0;
    // The portfolio's parts up to the end of the capitalised words.
    const segs: [number, number][] = [];
    let and = false;
    let p = t + 2;
    for (;;) {
      if (toks[p]?.lo === 'the' && toks[p]!.sp) p++;
      if (!toks[p]?.cap || !(toks[p]!.sp || toks[p]!.gap === ', ')) return 0;
      let m = p;
      while (!toks[m]!.poss && toks[m + 1]?.sp && (toks[m + 1]!.cap || (PARTICLES.has(toks[m + 1]!.t) && toks[m + 2]?.sp && (toks[m + 2]!.cap || PARTICLES.has(toks[m + 2]!.t))))) m++;
      if (toks[m]!.poss) return 0;
      segs.push([p, m]);
      const nx = toks[m + 1];
      const after = toks[m + 2];
      // "Labour, Employment and Social Affairs"; "Joint Chiefs of Staff", "State for Health".
      if (nx && !and && nx.gap === ', ' && nx.cap) p = m + 1;
      else if (nx?.lo === 'and' && /^,? $/.test(nx.gap) && after?.cap && after.sp && (and = true)) p = m + 2;
      else if (nx && CONNECTORS.has(nx.lo) && nx.sp && after?.sp && (after.cap || after.lo === 'the')) p = m + 2;
      else break;
    }
    const [s0, e] = segs[segs.length - 1]!;
    // (Not "Minister of Finance, Nirmala Rao": a part after a bare comma is a name set off.)
    if (segs.length > 1 && toks[s0]!.gap === ', ') return 0;
    // (A name's first word may end like a subject: "Hilary", "Henry".)
    const portLike = (k: Tok, first = false): boolean =>
      !firstNames.has(k.t) && (k.ti || PORTFOLIO_WORDS.has(k.lo) || lowerWords.has(k.lo) || (first ? /(?:tion|sion|ment|ity|ics|ism|ure|gy)$/.test(k.lo) || PLURAL_ABSTRACT_RE.test(k.lo) : SUBJECT_RE.test(k.lo) || SUBJECT_RE.test(stripS(k.lo))) || isHead(k.t) || names.has(k.t));
    // A word that needs a noun after it ("Foreign", "Natural") closes no portfolio.
    const portNoun = (k: Tok): boolean => !/^(?:home|net|higher|further)$|(?:al|ign|ic|ive|ary)$/.test(k.lo);
    let name = 0;
    for (let n = Math.min(5, e - s0); n >= 1 && !name; n--) {
      const k = e - n + 1;
      const w = toks[k]!;
      const given = firstNames.has(w.t);
      if (!w.cap || PARTICLES.has(w.t) || (toks.slice(k, e + 1).filter((x) => !PARTICLES.has(x.t)).length > 3 && !given) || (!given && portLike(w, true))) continue;
      const prev = toks[k - 1]!;
      if (n === 1 ? !given && portLike(prev) && portNoun(prev) : given || (portNoun(prev) && (portLike(prev) || (n === 2 && k - 1 === s0)))) name = k;
    }
    // Known names and bodies in the portfolio: "Bank of England", "Lagos State", "Ukraine".
    if (odd && !name) return 0;
    const end = name ? name - 1 : e;
    if (!and && segs.length > 1 && toks.slice(segs[0]![0], end + 1).some((k) => headKind(k.t) === 'organization' && !(k === toks[end] && SUBJECT_RE.test(k.lo)))) classify(segs[0]![0], end, false);
    else for (const [a, b] of segs) if (a <= end) gazMatch(a, Math.min(b, end));
    let r = i;
    if (free && !gazMatch(i, t - 1)) classify(i, t - 1, false);
    if (free) r = t;
    while (r < t && !toks[r]!.ti && !PORTFOLIO_OPENERS.has(toks[r]!.lo)) gazMatch(r, r++);
    if (!name) return e > s0 || !toks[e + 1]?.gap.startsWith(',') ? e : 0;
    const c = add(slice(toks[name]!, toks[e]!), toks[name]!.s, toks[e]!.e, vote(PERSON, 6), undefined, false, false, toks.slice(name, e + 1).map((k) => k.t));
    c.role = text.slice(toks[(r === i ? preModifiers(i) : undefined) ?? r]!.s, toks[end]!.e);
    context(c, name, e, false);
    return e;
  };

  /** Where the role ending in toks[j] starts before its title word toks[t]: title words, modifiers, demonyms and country names. */
  const roleStart = (a: number, t: number, j: number): number => {
    let r = t;
    for (let k = r - 1; k >= a; k--) {
      if (toks[k]!.lo === 'of') {
        if (k > a && toks[k - 1]!.ti) continue;
        // "Bank of England Governor": "of England" belongs to the organisation; so does a word that is also a title's
        // ("Columbus Division of Police Chief", "Department of Health Secretary": no name ends in "of").
        let m = k + 1;
        while (m < j && (m === k + 1 || !toks[m]!.ti)) m++;
        return m;
      }
      if (!roleWord(toks[k]!)) break;
      // "Kano State Governor", "Metropolitan Police Commissioner": a head word after an unknown capitalised word closes
      // a place's or a body's name.
      // (Not "Magisterial District Judge": an adjective before it.)
      if (k > a && isHead(toks[k]!.t) && toks[k - 1]!.cap && !toks[k - 1]!.poss && !roleWord(toks[k - 1]!) && !isHead(toks[k - 1]!.t) && !/(?:al|ic|ive|ary)$/.test(toks[k - 1]!.lo)) break;
      r = k;
    }
    return r;
  };

  /**
   * "Kano State Commissioner for Agriculture, Yusuf Kura,", "the Ogun State Governor said": a run closed by an office (a
   * capitalised title, then title words or "for"/"of" and a portfolio) names no actor but the office's place or body
   * before it; the office is the role of a name set off after it.
   */
  const officeRun = (a: number, b: number): boolean => {
    let t = a;
    while (t <= b && !(toks[t]!.cap && titles.has(toks[t]!.lo) && !toks[t]!.poss)) t++;
    let k = t + 1;
    while (k <= b && toks[k]!.ti && !toks[k]!.poss) k++;
    // (Not "the UN High Commissioner for Refugees (UNHCR)": letters after it make it a body; nor "the Princess of Wales
    // Theatre": a body's or a place's head word closing it.)
    const nx = toks[b + 1];
    if (isHead(toks[b]!.t) && !toks[b]!.ti) return false;
    if (t > b || (k <= b && !(oneOf(toks[k]!.lo, 'for of') && k < b && toks.slice(k + 1, b + 1).every((x, n) => (x.cap || (n === 0 && x.lo === 'the')) && !x.poss))) || (nx && nx.gap.trimStart() === '(' && ACRONYM_RE.test(nx.t))) return false;
    const r = roleStart(a, t, t);
    // (Not "the Office of the United Nations High Commissioner for Human Rights": a body's "of" takes the office too.)
    if (k <= b && toks[a + 1]?.lo === 'of' && headKind(toks[a]!.t) === 'organization') return false;
    // (Not "the Office of the Director of National Intelligence": a body's name ends in no "of" or "the".)
    // (Not "Stephanie Pope", "Tom Judge": a lone title after unknown words may be a surname; but not after letters: "WFP
    // Country Director", nor title words: "Oxfam Country Manager".)
    if (r > a && (!(toks[r - 1]!.cap && !CONNECTORS.has(toks[r - 1]!.lo)) || firstNames.has(toks[a]!.t) || (k === t + 1 && r === t && !isHead(toks[r - 1]!.t) && !toks.slice(a, r).some((x) => names.has(x.t) || ACRONYM_RE.test(x.t))))) return false;
    officeOf(a, r, t);
    if (nx?.gap.startsWith(',')) offices.set(toks[b]!.e, slice(toks[r]!, toks[b]!));
    return true;
  };

  /** The actors of an office toks[r..j] and of the words toks[a..r-1] before it: the office's place, body or party. */
  const officeOf = (a: number, r: number, j: number): void => {
    // "Progressive Conservative Leader Obby Khan", "Liberal Democrat leader Ed Davey": a party's name before the role.
    let p = r;
    while (p < j && partyLabels.has(toks[p]!.t)) p++;
    const party = p > r && (r > a ? r - a < 3 && toks.slice(a, r).every((k) => k.cap && !k.poss && !names.has(k.t) && !isDemonym(k.t) && !k.ti && !firstNames.has(k.t)) : p - r > 1 && names.get(slice(toks[r]!, toks[p - 1]!) + 's')?.kind === 'group');
    if (party) {
      const entry = names.get(slice(toks[a]!, toks[p - 1]!) + 's');
      addRun(a, p - 1, vote(GROUP, entry ? 0 : 6), false, entry?.key);
    }
    // "Senate Judiciary Chair Gordon Hale": a legislature's committee before the role.
    else if (r > a + 1 && headKind(toks[a]!.t) === 'organization' && toks.slice(a, r).every((k) => k.cap)) addRun(a, r - 1, vote(ORG, 4), false);
    // ("Kharkiv Mayor Ihor Terekhov", "Bryansk Governor": a local office's place.)
    // ("Emergency Situations Minister Chingis Arinov": unknown words before a minister are a portfolio, no actor.)
    else if (r > a && !(oneOf(toks[r]!.lo, 'minister secretary') && !toks.slice(a, r).some((k) => names.has(k.t)))) {
      // "Franklin County Common Pleas Judge": before a capitalised title, words after a place's head word and before
      // no body's head word are the court's or office's, no name ("Franklin County").
      let e = r - 1;
      if (toks[r]!.cap && !headKind(toks[e]!.t)) {
        for (let k = e - 1; k > a && e === r - 1; k--) if (headKind(toks[k]!.t) === 'place') e = k;
      }
      sub(a, e, false, (c) => {
        if (c.gaz) return;
        if (oneOf(toks[r]!.lo, 'mayor governor')) c.v[PLACE] += 3;
        // "Caithness, Sutherland and Ross MSP Maree Todd", "Dublin Bay South TD": a lawmaker's constituency, and the
        // places listed with it, before a post-nominal used as a title.
        // ("SJB MP Kavinda Jayawardena": letters are a party's, no constituency's.)
        if (POST_NOMINALS.has(toks[r]!.t) && a === e && ACRONYM_RE.test(toks[a]!.t) && partyTalk()) c.v[GROUP] += 4;
        else if (POST_NOMINALS.has(toks[r]!.t) && !headOf(a, e)) {
          c.v[PLACE] += 3;
          for (let k = a, and = false; k > 1 && (and = toks[k - 1]!.lo === 'and') !== commaGap(toks[k]!.gap); ) {
            const prev = byEnd.get(toks[and ? k - 2 : k - 1]!.e);
            k = toks.findIndex((x) => x.s === prev?.s);
            if (!prev || prev.gaz || prev.words.length > 1 || firstNames.has(prev.form) || toks[k - 1]?.cap && toks[k]!.sp) break;
            prev.v[PLACE] += 3;
          }
        }
        // "Common Pleas Judge Renata Osterhaus", "Goldman Sachs Chief Economist": capitalised words before a capitalised
        // title name its court or body, never a person (a body by its head word: "Family Court", "Delta Air Lines").
        // (No votes: alone it is dropped; "Vantora Chief Executive" still names the firm's cluster.)
        // ("EU Enlargement Commissioner": a known name and a portfolio's word, no head word, are the known name's.)
        if (toks[r]!.cap && ((top(c.v) === PERSON && !firstNames.has(c.words[0]!)) || (c.words.length > 1 && names.has(c.words[0]!) && !isHead(c.words[c.words.length - 1]!)))) {
          c.v = vote();
          if (c.words.length > 1 && names.has(c.words[0]!)) classify(a, a, false);
        }
        // "Oxfam Country Manager", "Arvela Chief Economist": an unknown name before a firm's or an agency's job (a
        // title word, then an employee's noun) is the employer.
        if (r < j && toks[r]!.cap && toks[r]!.ti && (EMPLOYEES.has(toks[j]!.lo) || toks[j]!.lo === 'manager') && !c.v[PLACE]) c.v[ORG] += 2;
        // "Nishnawbe Aski Nation Grand Chief", "Navajo Nation President": a nation or tribe with a chief or a president
        // is its governing body (a cue stronger than the head word's at its other mentions).
        if (oneOf(toks[e]!.t, 'Nation Nations Tribe') && oneOf(toks[j]!.lo, 'chief president')) c.v = vote(ORG, 14);
      });
    }
    // "US Secretary of State", "Kyiv Mayor", "WHO Director-General": the name in the role is a mention too.
    // (Not "Labor Undersecretary", "Labour Minister": a party label that is also a subject, before a government post,
    // is the post's portfolio.)
    for (let k = r; k < j; k++) if (toks[k]!.cap && names.has(toks[k]!.t) && !(partyLabels.has(toks[k]!.t) && SUBJECT_RE.test(toks[k]!.lo) && oneOf(toks[k + 1]!.lo, 'minister secretary under-secretary undersecretary'))) classify(k, regionBody(k) ? ++k : k, false);
  };

  /** Whether toks[i] is a region of the gazetteer ("Africa") before an acronym: "Africa CDC". */
  const regionBody = (i: number): boolean => {
    const nx = toks[i + 1];
    return names.get(toks[i]!.t)?.kind === 'place' && !!nx?.sp && ACRONYM_RE.test(nx.t) && !LETTER_RE.test(nx.t) && !nonActorAcronyms.has(nx.t);
  };

  /** Whether a run token can be part of a person's name. */
  const nameWord = (k: Tok): boolean =>
    (k.cap || PARTICLES.has(k.t)) &&
    !k.ti &&
    (!isHead(k.t) || firstNames.has(k.t)) &&
    !cal(k) &&
    !stopWords.has(k.lo) &&
    (names.get(k.t)?.kind !== 'country' || firstNames.has(k.t));

  /** Lower-case modifiers straight before a run ("former"): index of the first, or undefined. */
  const preModifiers = (a: number): number | undefined => {
    let r: number | undefined;
    for (let k = a - 1; k >= 0 && toks[k + 1]!.sp && PRE_MODIFIERS.has(toks[k]!.lo); k--) r = k;
    return r;
  };

  /**
   * Evidence from the words around a mention toks[a..b]. `before` is false
   * when the words before were already read as a role inside the run.
   */
  const context = (c: Cand, a: number, b: number, before = true): void => {
    const v = c.v;
    // "the coalition led by ActionSA": a party leads a coalition.
    if (text.startsWith('by ', c.s - 3) && /\bcoalition (?:led|headed) by $/.test(text.slice(c.s - 24, c.s))) v[GROUP] += 3;
    const p1 = toks[a - 1];
    const p2 = toks[a - 2];
    const first = toks[a]!;
    // "Lawmaker Tony Ng of the Democratic Alliance for ...", "MP Ana Ruiz of the Progressive Rally": a lawmaker's body
    // is a party when no head word shows another body (not "of the National Assembly", "of the Senate Finance Committee").
    // ("lawmakers from the Armenia Alliance", "MPs of the Patriotic Front": so is their members' body.)
    if ((p2?.lo === 'of' || p2?.lo === 'from') && p1!.lo === 'the' && !c.gaz && (/^(?:lawmaker|legislator|mp|mep|senator|deputy|congress(?:wo)?man|councill?or)$/i.test(/\S+$/.exec(byEnd.get(toks[a - 3]?.e ?? -1)?.role ?? '')?.[0] ?? '') || oneOf(toks[a - 3]?.lo ?? '', 'mps lawmakers legislators senators deputies')) && c.words.every((w) => oneOf(w, 'Party Alliance Front League Movement Rally Bloc Coalition Union') || !isHead(w))) c.party = true;
    // "BJD legislator Sarat Kar", "BBB leader Caroline van der Plas": letters before a lawmaker's or a leader's noun and
    // a name are the lawmaker's party (not "Wagner leader": a word may be any body's; "SJB MP" in `officeOf`).
    const n0 = toks[b + 1];
    if (a === b && !c.gaz && n0?.sp && toks[b + 2]?.cap && oneOf(n0.t, 'leader legislator legislators lawmaker lawmakers') && ACRONYM_RE.test(first.t) && !isHead(first.t) && partyTalk()) v[GROUP] += 4;
    // "sold at Christie's on Tuesday", "Sotheby's did not", "a Sotheby's sale": a firm named with an "'s" (a shop,
    // an auction house), not a possessor: nothing it owns follows, or an article stands before it.
    const nx0 = toks[b + 1];
    // (Not "Leeds's levy starts in May, and Hull's on June 1": a possessive whose noun is left out after a conjunction
    // echoes an earlier name's possessive.)
    if (toks[b]!.poss && !c.gaz && (!nx0 || /^[,.;:)!?]/.test(nx0.gap) || (nx0.sp && POSS_NAME_NEXT.has(nx0.t)) || (/^an?$/i.test(p1?.t ?? '') && first.sp)) && !(oneOf(p1?.lo ?? '', 'and or but while') && toks.some((k, n) => n < a - 1 && k.poss && k.cap))) {
      // ("a churchwarden at St Michael's": a saint's is a church, a school, a place.)
      v[oneOf(first.t, 'St St. Saint') ? PLACE : ORG] += 3;
      c.e += 2;
      c.form = text.slice(c.s, c.e);
    }
    // "a record 6.98 lakh Olive Ridleys nested": a count before a plural name counts animals or things; it names no one
    // (not "12 Tamil Tigers": a people's group; nor "3 Golden State Warriors players": a team before its members).
    if (a < b && !c.gaz && p1 && first.sp && (digitStart(p1.t) ? /^\d[\d,.]*$/.test(p1.t) : oneOf(p1.t, 'lakh crore thousand million hundreds thousands dozens')) && /[a-z]s$/.test(toks[b]!.t) && !toks[b]!.poss && !isDemonym(first.t) && !isHead(toks[b]!.t) && !/^[a-z]+s$/.test(toks[b + 1]?.sp ? toks[b + 1]!.t : '')) v[NONE] += 8;
    // "the film Hollow Ground", "her play, Low Tide", a name in quotation marks: titles of works.
    let art = false;
    if (
      !c.gaz &&
      ((p1 && WORKS.has(p1.lo) && (/^(?:,\s+|\s*[“"‘]\s*)$/.test(first.gap) || (first.sp && oneOf(p2?.lo!, 'the a an his her their its new latest debut first')))) ||
        // (Not the so-called "Hamilton Electors": a group's nickname.)
        // (“The Lantern Keepers”, “Rio Seco,”: a title may open with an article and close after a comma.)
        ((/[“"‘]$/.test(first.gap) || (art = !!p1 && first.sp && oneOf(p1.t, 'The A An') && /[“"‘]$/.test(p1.gap))) && /^[,.!?]?[”"’]/.test(text.slice(c.e, c.e + 2)) && (art || !PLURAL_RE.test(toks[b]!.t)) && !/called|dubbed|named$/.test(p1?.lo ?? '')))
    ) {
      v[NONE] += 6;
    }
    // "Iker Arrieta (Lidl-Trek)": in a sports story, a name in brackets after a player's is the team's.
    const player = sports && !c.gaz && p1 && first.gap.includes('(') && first.gap.trimStart() === '(' && (toks[b + 1]?.gap ?? ')').startsWith(')') && !firstNames.has(first.t) ? byEnd.get(p1.e) : undefined;
    if (player && player.words.length > 1 && top(player.v) === PERSON) v[ORG] += 3;
    // "Haftar's Libyan National Army": an armed force owned by a person (a state's is a country's) is a faction.
    if (p1?.poss && first.sp && oneOf(toks[b]!.t, 'Army Force Forces Guard Guards Brigade Brigades Militia Militias') && cands.some((x) => x.words.length > 1 && x.words[x.words.length - 1] === p1.t && top(x.v) === PERSON && x.v[PERSON]! >= 3)) v[GROUP] += 8;
    // "the Asantehene, Otumfuo Osei Tutu II,": a lone unknown word after "the", set off before a person's name, is
    // his or her title, another name of the person (not "told the Guardian, Jane Smith, ...": a body's head word).
    const ttl = p1?.cap && !p1.poss && commaGap(first.gap) && toks[a - 2]?.lo === 'the' && !isHead(p1.t) && /^(?:,|$)/.test(toks[b + 1]?.gap ?? '') ? byEnd.get(p1.e) : undefined;
    if (ttl && ttl !== c && ttl.words.length === 1 && !ttl.gaz && Math.max(ttl.v[ORG]!, ttl.v[PLACE]!, ttl.v[GROUP]!) < 2 && top(v) === PERSON && v[PERSON]! >= 4) ttl.link = c;
    // "the capital, Colombo,": a place noun in apposition before the name.
    // ("Kerala's capital, Thiruvananthapuram,": after an owner too.)
    if (before && p1 && commaGap(first.gap) && PLACE_BEFORE.has(p1.lo) && (DETERMINERS.has(p2?.lo!) || p2?.poss)) v[PLACE] += 3;
    // "the prisons of Lantin, Ruiselede and Haren": a word inside a list after a place is a place.
    const nl = toks[b + 1];
    if (before && a === b && p1?.cap && first.gap === ', ' && nl && (oneOf(nl.lo, 'and or') || (nl.gap === ', ' && nl.cap))) {
      const prev = byEnd.get(p1.e);
      if (prev && prev.words.length === 1 && (prev.gaz ? names.get(prev.gaz)!.kind !== 'organization' : top(prev.v) === PLACE && prev.v[PLACE]! >= 2)) v[PLACE] += prev.gaz ? 2 : Math.min(prev.v[PLACE]! + 1, 4);
    }
    if (before && p1 && first.sp && !first.poss) {
      const pl = p1.lo;
      if (STRONG_PLACE_PREPS.has(pl)) v[PLACE] += 2;
      // "the visitor centre in Foz do Iguaçu", "a village in Bay de Verde": a name with a particle inside, after "in" and
      // with no given name first, is a place's (a person's "de"/"da" name rarely follows "in").
      if (STRONG_PLACE_PREPS.has(pl) && a + 1 < b && !firstNames.has(first.t) && !toks[b]!.poss && toks.slice(a + 1, b).some((k) => PARTICLES.has(k.t))) v[PLACE] += 6;
      // "in nearby Thringstone", "in northern Kivu"
      // ("across the southern Andes": a compass word after "the".)
      // ("on neighbouring Petite Martinique": an island's "on".)
      else if (PLACE_ADJ.has(pl) && p2 && (STRONG_PLACE_PREPS.has(p2.lo) || WEAK_PLACE_PREPS.has(p2.lo) || p2.lo === 'on' || (p2.lo === 'the' && STRONG_PLACE_PREPS.has(toks[a - 3]?.lo ?? '')))) v[PLACE] += 2;
      // ("won at Quail Hollow": "at" before a pair with no given name is a venue's.)
      else if (WEAK_PLACE_PREPS.has(pl)) v[PLACE] += pl === 'to' ? 0.5 : pl === 'at' && a < b && !firstNames.has(first.t) ? 1.5 : 1;
      // ("the prisons of Lantin", "the camps of Kalma": a site's lower-case noun too.)
      if (pl === 'of' && p2 && !p2.cap && placeNoun(p2.lo) && !firstNames.has(first.t)) v[PLACE] += 4;
      // "the leader of La France Insoumise", "a member of Forza Nuova": a party's or a body's leader or member (a
      // founder's body is typed below).
      else if (pl === 'of' && !c.gaz && !firstNames.has(first.t) && oneOf(p2?.lo ?? '', 'leader leaders member members')) v[p2!.lo.startsWith('l') ? GROUP : ORG] += 3;
      // "made landfall on Carriacou", "the hospital on Lesbos", "a solar plant at Al Tunaib": "on" or "at" after a landfall
      // or a site's noun is an island's, a place's; "the eastern department of Treinta y Tres": a compass word's region.
      // (Not "people at Vantora", "a clinic at Vantora Health": an employer's.)
      if ((pl === 'on' || pl === 'at') && p2 && (!p2.cap || p2.init) && (placeNoun(p2.lo) || (pl === 'on' ? p2.lo === 'landfall' || p2.lo === 'ashore' || PLACE_OF.has(p2.lo) || FACILITY_NOUNS.has(p2.lo) : p2.lo === 'plant' || (FACILITY_NOUNS.has(p2.lo) && !ORG_FACILITIES.has(p2.lo))))) v[PLACE] += 2;
      if (pl === 'of' && p2 && !p2.cap && !!toks[a - 3]?.lo.endsWith('ern')) v[PLACE] += 3;
      // "had to send samples to Grenoble", "goods trucked from Mersin": where a shipment goes or comes from.
      const mv = toks[a - 3]?.lo ?? '';
      if ((pl === 'to' || pl === 'from') && ((MOVED.has(p2?.lo ?? '') && (p2!.lo !== 'moved' || CARGO.has(mv))) || (CARGO.has(p2?.lo ?? '') && MOVED.has(mv)))) v[PLACE] += 1.5;
      // "buses between Llanberis, Pen-y-Pass and Beddgelert", "the journey between Colombo Fort and Batticaloa": the ends
      // of a route, after a route's noun or verb, are places (not "talks between Acme and Zenith").
      if (pl === 'between' || pl === 'and') {
        let k = a - 1;
        while (k > a - 8 && k > 0 && toks[k]!.lo !== 'between' && (toks[k]!.cap || toks[k]!.lo === 'and')) k--;
        // (Within four words: "run buses every 20 minutes between".)
        if (toks[k]?.lo === 'between' && toks.slice(Math.max(0, k - 4), k).some((x) => ROUTE_WORDS.has(x.lo))) v[PLACE] += 3;
      }
      // "the member for Canning", "MP for Bath": a lawmaker's electorate.
      if (pl === 'for' && oneOf(p2?.lo ?? '', 'member mp mla msp mep mpp candidate')) v[PLACE] += 4;
      // "a briefing from Addis Ababa", "fled from Port Harcourt": a move or a broadcast starts at a place.
      // ("the stage from McLaren Vale": a race's stage.)
      if (pl === 'from' && oneOf(p2?.lo!, 'briefing speaking reporting broadcasting flew returned returning traveled travelled arrived fled evacuated flight flights train trains stage stages')) v[PLACE] += 1.5;
      // "a fisherman from Ain Temouchent", "a mother of three from Kafr Saad": where a person who is no employee comes from.
      else if (pl === 'from' && oneOf(p2?.lo!, 'man woman men women boy girl mother father resident villager farmer fisherman fishermen herder shepherd trader native migrant refugee teenager pensioner grandmother grandfather family three two four five') && !firstNames.has(first.t)) v[PLACE] += 5;
      // "the line between Selzthal and Liezen", "flights between Lagos and Abuja": the ends of a route.
      // ("the Bali Strait between Java and Bali": a strait's, a sea's shores.)
      if (pl === 'between' && p2 && (p2.cap ? headKind(p2.t) === 'place' : oneOf(p2.lo, 'line road route railway rail highway motorway border flight flights train trains service services stretch section corridor'))) v[PLACE] += 3;
      // "towns like Wausau", "border posts such as Chirundu": places given as examples.
      const ex = pl === 'like' || pl === 'including' ? a - 2 : pl === 'as' && p2?.lo === 'such' ? a - 3 : -1;
      const exNoun = toks[ex];
      if (exNoun && !exNoun.cap && exNoun.lo.endsWith('s') && (PLACE_NOUNS.has(singular(exNoun.lo)) || toks[ex - 1]?.lo === 'border')) v[PLACE] += 3;
      // "the state capital Porto Alegre", "the port city Odesa"
      if (PLACE_BEFORE.has(pl)) v[PLACE] += 3;
      // "Daniel Frost, 34, of Salford", "residents of Leeds"
      // ("a tributary of the Wye")
      // ("deputy governor of Hadramawt", "flooded much of Hadramawt": a local office's, a share's place.)
      if (pl === 'of' ? /,\s*$/.test(p1.gap) || PLACE_OF.has(p2?.lo!) || oneOf(p2?.lo ?? '', 'governor mayor much') : pl === 'the' && p2?.lo === 'of' && PLACE_OF.has(toks[a - 3]?.lo!)) v[PLACE] += 3;
      // "published in Nature", "writing in the Lancet"
      // ("published on Wednesday in JAMA Pediatrics")
      const q = DETERMINERS.has(pl) ? a - 2 : a - 1;
      if (toks[q]?.lo === 'in') {
        for (let m = q - 1; m >= q - 4 && m >= 0 && toks[m + 1]!.sp; m--) {
          // (Not "protests were reported in Eldoret": a report's "in" needs a publication's article, "in the Lancet".)
          if (PUBLISHED.has(toks[m]!.lo) && (q < a - 1 || toks[m]!.lo !== 'reported')) v[ORG] += 5;
        }
      }
      // "the paramilitary Rapid Support Forces", "rebel M23"; "fighters of the Arakan Army"
      const gw = pl === 'of' ? p2 : pl === 'the' && p2?.lo === 'of' ? toks[a - 3] : undefined;
      if (ARMED.has(pl) || (gw && GROUP_NOUN_RE.test(' ' + gw.lo))) v[GROUP] += 8;
      // "made by Pfizer", "shares of Lumetra", "Priya Desai of Bernstein"
      if (pl === 'by' && oneOf(p2?.lo!, 'made owned acquired bought developed produced manufactured operated funded published')) v[ORG] += 1.5;
      // "economists polled by Dow Jones", "analysts surveyed by Reuters": a pollster is a body.
      if (pl === 'by' && oneOf(p2?.lo!, 'polled surveyed')) v[ORG] += 3;
      // "Heller told Ars": a lone word, no given name, told something is a news outlet (a surname joins its person).
      if (pl === 'told' && a === b && !firstNames.has(first.t)) v[ORG] += 1;
      if ((pl === 'of' || pl === 'in') && oneOf(p2?.lo!, 'shares stock stake investor investors shareholder shareholders customers employees staff')) v[ORG] += 3;
      // "the collapse of Wilko", "the takeover of Twitter"
      if (pl === 'of' && oneOf(p2?.lo!, 'collapse takeover acquisition bankruptcy founder founders owner owners')) v[ORG] += 3;
      if (pl === 'of' && p1.sp && p2?.cap) {
        const prev = byEnd.get(p2.e);
        // ("House Speaker Anna Lindqvist of Eugene", "Republican Ron Paul of Texas": a lawmaker's home.)
        if (prev && !prev.gaz && top(prev.v) === PERSON && prev.v[PERSON]! >= 1) {
          if (LAWMAKER_RE.test(prev.role ?? '')) v[PLACE] += 2;
          else v[ORG] += 1.5;
        }
      }
      if (sports && !c.gaz && a === b && (CLUB_BEFORE.has(pl) || (CLUB_MOVE_PREPS.has(pl) && CLUB_MOVES.has(p2?.lo!)))) v[ORG] += 2;
      // "a bid from Bayern Munich": a longer club name too, when it opens with no given name.
      else if (sports && !c.gaz && a < b && !firstNames.has(first.t) && CLUB_MOVE_PREPS.has(pl) && CLUB_MOVES.has(p2?.lo!)) v[ORG] += 2;
      // "Villa paid Bayer Leverkusen", "Borussia Dortmund have offered": a longer club name before a plural verb or after a fee's verb.
      else if (sports && !c.gaz && a < b && !firstNames.has(first.t) && CLUB_PAYS.has(pl)) v[ORG] += 2;
      if (pl === 'to' && p2?.lo === 'according') v[ORG] += 1;
      // "Somerset travel to Chelmsford", "she flew to Oslo": a trip ends at a place.
      // ("airlifted by helicopter to Lampedusa", "the line from Leeds to Hull": a carrier's or a route's end.)
      const from = p2 && byEnd.get(p2.e);
      // ("the stage to Uraidla": a race's stage.)
      if (pl === 'to' && (/^(?:travel(?:s|led|ed|ling)?|trips?|stages?|journey|fl[eiy]w?[ns]?|returned|returning|drove|sailed|deported|evacuated|airlifted|transferred|rushed)$/.test(p2?.lo!) || (toks[a - 3]?.lo === 'by' && oneOf(p2?.lo!, 'helicopter boat plane air sea road ship ferry bus train ambulance')) || (from && /\bfrom (?:the )?$/.test(text.slice(from.s - 9, from.s)) && (from.gaz ? names.get(from.gaz)!.kind !== 'organization' : top(from.v) === PLACE && from.v[PLACE]! >= 2)))) v[PLACE] += 1.5;
      // "analysts at Goldman Sachs", "a professor at Harvard"
      // ("tenants at Tolka Vale", "residents at Grange Court": a home's place.)
      if (pl === 'at' && p2 && (!p2.cap || p2.init) && isRoleNoun(stripS(p2.lo))) v[HOMES.has(p2.lo) ? PLACE : ORG] += 2;
      // "who previously worked at Stripe", "a stint at Google": an employer.
      if (oneOf(pl, 'at for') && oneOf(p2?.lo ?? '', 'work works worked working employed job jobs stint career tenure internship')) v[ORG] += 2;
      if (pl.endsWith('-year-old') && AGE_RE.test(pl)) v[PERSON] += 4;
      // "the merger of XL Axiata and Smartfren", "its takeover of Figma": a deal's parties are firms.
      if (oneOf(pl, 'of between with') && oneOf(p2?.lo ?? '', 'merger takeover acquisition buyout')) v[ORG] += 3;
      // "Cape Town-based Meridian Asset Management": a firm after where it is based.
      if (p1.compound && /-based$/.test(pl)) v[ORG] += 3;
      // "the suspect, identified as Marcus Reed"
      if (pl === 'as' && (p2?.lo === 'identified' || p2?.lo === 'named')) v[PERSON] += 3;
      // "militias known as Wazalendo", "a company called Yondr"
      // ("a ransomware group that calls itself Nightjar")
      let w = pl === 'called' ? a - 2 : pl === 'as' && p2?.lo === 'known' ? a - 3 : oneOf(pl, 'itself themselves') && /^call(?:s|ed|ing)?$/.test(p2?.lo!) ? a - 3 : 0;
      if (oneOf(toks[w]?.lo!, 'that which who')) w--;
      const p3 = w > 0 ? toks[w]!.lo : '';
      if (p3 && !c.gaz) {
        if (GROUP_NOUN_RE.test(' ' + p3) || GROUP_ORG_NOUNS.has(p3) || (p3 === 'group' && ARMED.has(toks[w - 1]!.lo))) v[GROUP] += 5;
        else if (orgNouns.has(p3) || orgNouns.has(stripS(p3))) v[ORG] += 3;
      }
      if (!c.gaz) roleBefore(c, a);
      // "Microsoft and Alphabet": the kind of the first conjunct, weakly.
      // ("Ashby Road and the A511"; not a person, who never follows "the", nor a modifier: "the Harry Potter films")
      const nx = toks[b + 1];
      // ("Cairns and the Whitsundays said": a verb after the name.)
      const [c1, c2] = pl !== 'the' ? [p1, p2] : nx?.sp && !nx.cap && !stopWords.has(nx.lo) && !SAID.has(nx.lo) && !VERBS.has(nx.lo) && !/[^e]ed$/.test(nx.lo) ? [] : [p2, toks[a - 3]];
      if ((c1?.lo === 'and' || c1?.lo === 'or') && c2) {
        const prev = byEnd.get(c2.e);
        if (prev && prev !== c) {
          const k = prev.gaz ? KINDS.indexOf(names.get(prev.gaz)!.kind) : top(prev.v);
          // "residents of Bishopstoke and Fair Oak": as strong as the first, up to 4.
          if ((prev.gaz || prev.v[k]! >= 2) && !(pl === 'the' && k === PERSON)) {
            v[k]! += prev.gaz ? 1 : Math.min(prev.v[k]! + 1, 4);
          }
        }
      }
    } else if (before && p1?.lo === 'initials' && /^(?:his|her),?\s+$/.test(p2?.lo + first.gap)) {
      // "identified only by his initials, H.J.": a person.
      v[PERSON] += 4;
    } else if (before && p1 && commaGap(first.gap) && offices.has(p1.e)) {
      // "Kano State Commissioner for Agriculture, Yusuf Kura,": the office set off before a full name is its role.
      if (!c.gaz && a < b && toks[b + 1]?.gap.startsWith(',') !== false) c.role ??= offices.get(p1.e);
    } else if (before && p1 && commaGap(first.gap) && !p1.cap && (orgNouns.has(p1.lo) ? orgAppositive(a, b) : isRoleNoun(p1.lo)) && !c.gaz && !toks[b]!.poss) {
      // (Not "the bloc's chairman, Sierra Leone's President Julius Maada Bio": the role is the person's.)
      // "Bankman-Fried's lawyer, Marc Mukasey, said"
      // (Not "Without a partner, Mesabi was": a phrase opened by a preposition is an adverbial, no role.)
      let f = a - 1;
      while (f > 0 && !toks[f]!.init && toks[f]!.sp) f--;
      if (!(toks[f]!.init && oneOf(toks[f]!.lo, 'without with as like unlike for after before despite from by in on at under among'))) roleBefore(c, a);
    }
    // "Gavi, the Vaccine Alliance,": a body's name set off after a lone unknown word names it (not after "in": "In
    // Riverton, the Town Council, which ...").
    const ap = p1?.lo === 'the' && p1.gap === ', ' && p2?.cap && first.sp && headKind(toks[b]!.t) === 'organization' && toks[b + 1]?.gap === ', ' ? byEnd.get(p2.e) : undefined;
    if (ap && !ap.gaz && ap.words.length === 1 && !STRONG_PLACE_PREPS.has(toks[a - 3]?.lo ?? '')) {
      ap.v[ORG] += 4;
      c.link = ap;
    }
    // "its sister party, the Christian Social Union (CSU),", "the CDU's youth wing, the Junge Union,": "the" and a name
    // set off after an organisation's noun say what the name is.
    if (before && p1?.lo === 'the' && first.sp && commaGap(p1.gap) && p2 && !p2.cap && (orgNouns.has(p2.lo) || GROUP_ORG_NOUNS.has(p2.lo)) && !c.gaz && /^(?:\s*\(|,)/.test(toks[b + 1]?.gap ?? ',')) {
      if (p2.lo === 'party') c.party = true;
      v[p2.lo === 'party' || GROUP_ORG_NOUNS.has(p2.lo) ? GROUP : ORG] += GROUP_ORG_NOUNS.has(p2.lo) ? 7 : 3;
    }
    const n1 = toks[b + 1];
    const last = toks[b]!;
    if (!n1) return;
    const gap = n1.gap;
    if (n1.sp && !last.poss && !c.gaz) {
      // "Orvana Minerals said its output", "Velmora Steel and its chief executive": the name's own "its" is a body's;
      // "Siddharth Menon said he" a person's.
      const pr = toks[b + 2]?.lo;
      if ((SAID.has(n1.lo) || n1.lo === 'and') && pr === 'its') body(c);
      else if (SAID.has(n1.lo) && (pr === 'he' || pr === 'she')) v[PERSON] += 2;
      // "partner Marsa Énergies will hold a 20% stake": what a body does, whatever the noun before it.
      else if (HOLDS.has(n1.lo) && HOLDS_RE.test(text.slice(c.e, c.e + 70))) {
        if (c.agent) v[PERSON] -= 4;
        body(c);
      }
    }
    // "Juventus' stadium", "Sampdoria's fans": in a sports story, a lone name owning a stadium or fans is a club.
    if (sports && a === b && !c.gaz && (last.poss || ((gap === "' " || gap === '’ ') && last.t.endsWith('s'))) && (n1.lo === 'stadium' || CLUB_AFTER.has(n1.lo) || POSITIONS.has(n1.lo))) v[ORG] += 2;
    // "Ferrari's Charles Leclerc", "Mercedes' George Russell": a team or employer before a person (read once all is typed).
    if (!c.gaz && n1.cap && (last.poss || ((gap === "' " || gap === '’ ') && last.t.endsWith('s')))) owners.push([c, n1.s]);
    // ("AusCycling's national performance director Simon Kearns": an employer's job, in lower case, before the name.)
    else if (!c.gaz && last.poss && a === b && !firstNames.has(first.t)) {
      let m = b + 1;
      while (m < b + 4 && toks[m + 1]?.sp && !toks[m]!.cap && !stopWords.has(toks[m]!.lo)) m++;
      if (m > b + 1 && toks[m]!.cap && EMPLOYEES.has(toks[m - 1]!.lo)) owners.push([c, toks[m]!.s]);
    }
    // "the Rapid Support Forces, or Rapid Forces, said": another name of the one before (not in a list: "A, B, or C,");
    // before a noun, both name what it is: "the Lava Jato, or Car Wash, investigation".
    const prev = p1?.lo === 'or' && commaGap(p1.gap) && commaGap(gap) ? byEnd.get(p2!.e) : undefined;
    if (prev && !/,\s*$/.test(toks.find((k) => k.s === prev.s)?.gap ?? ',')) {
      if (LOWER_START_RE.test(n1.t) && !stopWords.has(n1.lo) && !SAID.has(n1.lo) && !VERBS.has(n1.lo) && !APPOSITIVE_STOP.has(n1.lo)) v[NONE] = prev.v[NONE] = 6;
      else c.link = prev;
    }
    // "Manheim Township police": a local force named after its town (a place by its head word), a body of its own.
    // "the Pozzuolo del Friuli cavalry brigade", "the Azov regiment": a military unit, its noun (and arm) in its name.
    const unit = UNITS.has(n1.lo) ? n1 : ARMS.has(n1.lo) && toks[b + 2]?.sp && UNITS.has(toks[b + 2]!.lo) ? toks[b + 2] : undefined;
    if (n1.sp && unit && p1?.lo === 'the' && !last.poss && !c.gaz) {
      v[ORG] += 6;
      add(text.slice(c.s, unit.e), c.s, unit.e, vote(), undefined, false, false, c.words).link = c;
    }
    // ("the Zamfara state police", "the Kano state police": a state's force, whatever the place.)
    const pol = n1.lo === 'police' ? n1 : toks[b + 2]?.lo === 'police' && toks[b + 2]!.sp && oneOf(n1.lo, 'state county city provincial regional municipal metropolitan') ? toks[b + 2] : undefined;
    // ("the Hyderabad police's task force": a force, when "police" is the head noun after "the" and a name; "a Roswell
    // police officer": a town named by its force's officer.)
    const pn = pol && toks[toks.indexOf(pol) + 1];
    const force = !!pol && (pol.poss || !pn?.sp || pn.cap || stopWords.has(pn.lo) || SAID.has(pn.lo) || VERBS.has(pn.lo) || /[^e]ed$/.test(pn.lo));
    if (pol === n1 && a === b && !c.gaz && !force && n1.sp) v[PLACE] += 3;
    if (n1.sp && pol && !last.poss && (pol === n1 ? (!c.gaz && v[PLACE]! >= 4) || (force && !c.gaz && (v[PLACE]! >= 2 || p1?.lo === 'the')) : true)) add(text.slice(c.s, pol.e), c.s, pol.e, vote(ORG, 6));
    // "the Ekström family", "controlled by the Amsler family": a family named by its surname is a group.
    if (n1.sp && n1.lo === 'family' && !last.poss && !c.gaz && (p1?.lo === 'the' || (p1 && !p1.cap && p2?.lo === 'the')) && toks.slice(a, b + 1).every((k) => nameShape(k.t) && !isHead(k.t))) {
      c.form = text.slice(c.s, (c.e = n1.e));
      c.words = [...c.words, n1.t];
      c.v = vote(GROUP, 6);
      return;
    }
    // "Lumetra shares", "Lumetra's revenue"
    if (n1.sp && oneOf(n1.lo, 'shares stock revenue profit profits sales earnings shareholders')) v[ORG] += 2;
    // "Brightwater Okoro's chief executive", "Kalvari Tessin's plant": what a firm owns or employs, never a person's.
    else if (last.poss && a < b && !c.gaz && (BODY_OWNS.has(n1.lo) || (n1.lo === 'chief' && toks[b + 2]?.lo === 'executive'))) v[ORG] += 3;
    // "Tradeweb data showed", "LSEG data shows": a lone name whose data show something is their provider.
    if (n1.sp && a === b && !c.gaz && oneOf(n1.lo, 'data figures statistics') && oneOf(toks[b + 2]?.lo ?? '', 'show shows showed suggest suggests suggested indicate indicates indicated')) v[ORG] += 3;
    // "a Bloomberg survey", "an Ipsos poll": a pollster or publisher.
    if (n1.sp && a === b && oneOf(p1?.lo, 'a an') && oneOf(n1.lo, 'survey poll tally analysis study forecast')) v[ORG] += 3;
    // "Alphabet's Google", "Meta's Instagram": the owner of a known company is a company.
    if (last.poss && n1.sp && !c.gaz && !firstNames.has(first.t) && names.get(n1.t)?.kind === 'organization') v[ORG] += 3;
    // "a SpaceX Falcon 9 rocket", "an Airbus A320neo jet": a maker, then a model's name and number (no actor).
    if (n1.sp && a < b && !c.gaz && !firstNames.has(first.t) && /^[A-Z]?\d/.test(n1.t) && toks[b + 2]?.sp && PRODUCTS.has(toks[b + 2]!.lo)) {
      v[NONE] += 9;
      addRun(a, a, vote(ORG, 4), false);
    }
    // "an Embraer jet": a maker.
    // (Not "its Blackwell chips", "Nvidia's Blackwell chips": a product line.)
    // ("on to Deutsche Bahn trains": a longer name too, with no given name.)
    if (n1.sp && (a === b || (!firstNames.has(first.t) && !c.gaz && !headOf(a, b))) && PRODUCTS.has(n1.lo) && !last.poss && !p1?.poss && !oneOf(p1?.lo!, 'its their his her our')) v[ORG] += 3;
    if (n1.sp && !last.poss) {
      // "Europol has repeatedly warned", "Frontex had earlier said": auxiliaries and adverbs between a sentence's
      // one-word subject and its speech verb.
      let m = b + 1;
      while (first.init && m < b + 4 && toks[m + 1]?.sp && /^(?:ha[sdv]e?|not|yet|never|long|also|already|earlier|previously|[a-z]{3,}ly)$/.test(toks[m]!.lo)) m++;
      if (SAID.has(toks[m]!.lo)) {
        v[PERSON] += 1.5;
        // "Munich Airport said": an airport or a port that speaks is its operator.
        if (oneOf(last.t, 'Airport Port') && a < b) v[ORG] += 7;
        // "Greenpeace warned": a name opening the sentence, not a plural noun ("Scientists said").
        if (!last.t.endsWith('s')) c.init = false;
      }
      // "the Tolka Vale development", "the Ashgrove housing estate", "the 90-unit Quay Court complex": a housing site.
      const site = toks[n1.lo === 'housing' ? b + 2 : b + 1];
      if (n1.sp && !c.gaz && a < b && site?.sp && oneOf(site.lo, 'estate development complex') && !/^\s+[a-z]/.test(text.slice(site.e, site.e + 2))) v[PLACE] += 3;
      // ("the Cardiff fly-half": a known city's club.)
      if (sports && c.gaz && a === b && POSITIONS.has(n1.lo) && names.get(c.gaz)!.kind === 'place') {
        c.gaz = undefined;
        v[ORG] += 8;
      } else if (sports && !c.gaz && a === b && (CLUB_AFTER.has(n1.lo) || POSITIONS.has(n1.lo)) && !oneOf(p1?.lo!, 'and &')) v[ORG] += 2;
      // (A longer name: more than a player's age before it, "the 22-year-old Glasgow Warriors scrum-half".)
      else if (sports && !c.gaz && a < b && POSITIONS.has(n1.lo) && !firstNames.has(first.t)) v[ORG] += 8;
      else if (sports && !c.gaz && a < b && CLUB_PLURALS.has(n1.lo) && !firstNames.has(toks[a]!.t) && !oneOf(p1?.lo!, 'and &')) v[ORG] += 2;
      // "the Souk al-Naeem market": the noun belongs to the name.
      // (Not "the Church of England school": a body's name owns the facility.)
      // ("in Caldwell, Idaho ... the Caldwell clinic": a clinic of a place named before is no body's name.)
      // ("held at Evin prison", "the Mitiga prison": a prison's name, also without "the" after a preposition of
      // place; not "the Travis County jail", a place's own name.)
      // "the Zaporizhzhia nuclear plant", "the nearby Drax power station", "the Tuas mega port": a plant or a port named
      // by its place is a place of its own (not the town, the region).
      const plant = (p1?.lo === 'the' || (p1 && !p1.cap && p2?.lo === 'the')) && PLANT_WORDS.has(n1.lo) && PLANT_RE.exec(text.slice(c.e, c.e + 40));
      if (plant) {
        c.form = text.slice(c.s, (c.e += plant[0].length));
        c.key = norm(c.form);
        c.gaz = undefined;
        c.v = vote(PLACE, 6);
        return;
      }
      // "the Kakhovka dam", "the Kakuma refugee camp", "its Ras Al Khaimah site", "the Dhalkebar and Inaruwa substations":
      // a name before a place's or a site's lower-case noun (after up to two lower-case words) is a place.
      if (!c.gaz && !FACILITY_NOUNS.has(n1.lo)) {
        const det = oneOf(p1?.lo ?? '', 'its their our');
        // ("the 1988 Spitak earthquake", "the Orkney ferry": a disaster or a ferry named by its place, a year before it.)
        const fac = (lo: string): boolean => placeNoun(lo) || FACILITY_NOUNS.has(lo) || EVENT_NOUNS.has(lo) || (det && oneOf(lo, 'site plant facility factory'));
        let f = b + 1;
        if (n1.lo === 'and' && toks[b + 2]?.cap && toks[b + 2]!.sp) f = b + 3;
        while (f < b + 4 && toks[f]?.sp && !toks[f]!.cap && !fac(toks[f]!.lo) && toks[f + 1]?.sp && !toks[f + 1]!.cap) f++;
        const fn = toks[f];
        if (fn?.sp && !fn.cap && (p1?.lo === 'the' || det || (p2?.lo === 'the' && /^\d{4}$/.test(p1!.t)) || (p1?.lo === 'and' && fn.lo.endsWith('s'))) && (f !== b + 3 || fn.lo.endsWith('s')) && fac(fn.lo)) v[PLACE] += 4;
      }
      // "the Kurdistan region", "Ethiopia's Tigray region": a known place is also named with its lower-case "region".
      if (n1.lo === 'region' && (p1?.lo === 'the' || p1?.poss) && c.gaz && names.get(c.gaz)!.kind === 'place') c.alt = text.slice(c.s, n1.e);
      const jail = oneOf(n1.lo, 'prison jail station') && oneOf(p1?.lo ?? '', 'the at in from to near inside outside') && !headOf(a, b);
      if (((FACILITY_NOUNS.has(n1.lo) && p1?.lo === 'the') || jail) && !c.gaz && headKind(headOf(a, b)?.t ?? '') !== 'organization' && !(ORG_FACILITIES.has(n1.lo) && cands.some((x) => x !== c && x.form === c.form && top(x.v) === PLACE && x.v[PLACE]! >= 2))) {
        // ("the San Raffaele hospital": more than a Spanish place's first word.)
        if (ORG_FACILITIES.has(n1.lo)) v[ORG] += 7;
        else v[PLACE] += 5;
        // ("the Saronic Gulf islands": the islands of a named gulf or sea are named by it.)
        if (n1.lo === 'islands' && headKind(last.t) === 'place') return;
        // "the Attari-Wagah border", "the Kartarpur corridor", "the Rafah border crossing": a crossing named by its
        // place is an actor of its own, not a mention of the place.
        if (oneOf(n1.lo, 'border corridor')) {
          const n2 = toks[b + 2];
          // (The place alone names it too: "the Chuy border crossing" is "Chuy".)
          c.alt = c.form;
          c.e = n2?.sp && oneOf(n2.lo, 'crossing post checkpoint') ? n2.e : n1.e;
          c.key = norm((c.form = text.slice(c.s, c.e)));
          return;
        }
        // ("the Kelani river" is also "Kelani".)
        // ("the Tricity area": a place's area is the place.)
        // ("the Athabasca River bridge": a place with its own head word names the bridge; the place is the actor.)
        if (n1.lo === 'area' || (a < b && headKind(last.t) === 'place')) return;
        if (oneOf(n1.lo, 'river airbase mountains hills valley island lake desert peninsula volcano archipelago delta plateau highlands')) {
          add(text.slice(c.s, n1.e), c.s, n1.e, vote(), undefined, false, false, c.words).link = c;
          return;
        }
        c.key = norm(c.form);
        if (jail) c.alt = c.form;
        c.form = text.slice(c.s, n1.e);
        c.e = n1.e;
        return;
      }
    }
    // "the IG Metall union", "the governing Pueblo Soberano party", "the M23 armed group": an organisation's noun
    // after a name that follows a determiner (and at most one modifier).
    // (Not "a Manheim Township credit union": a place's name before the noun.)
    // ("the group's Amaq propaganda agency": after an owner too.)
    if (n1.sp && !last.poss && !c.gaz && v[PLACE]! < 4 && (DETERMINERS.has(p1?.lo!) || (p1 && !p1.cap && ((p1.sp && DETERMINERS.has(p2?.lo!)) || (p1.poss && first.sp))))) {
      let m = b + 1;
      while (m < b + 3 && toks[m + 1]?.sp && !toks[m]!.cap && !orgNouns.has(toks[m]!.lo)) m++;
      const noun = toks[m]!;
      // "the Lisbon club": in a sports story a club is named after its city.
      if (sports && noun.lo === 'club' && m === b + 1 && a === b && DETERMINERS.has(p1?.lo!)) v[PLACE] += 4;
      else if (!noun.cap && orgNouns.has(noun.lo) && !isRoleNoun(noun.lo)) {
        // ("jihadist fighters such as the Lakurawa group": an armed word shortly before a group.)
        const armed = toks.slice(b + 1, m).some((k) => ARMED.has(k.lo)) || (p1 && ARMED.has(p1.lo)) || (noun.lo === 'group' && toks.slice(Math.max(0, a - 6), a).some((k) => ARMED.has(k.lo)));
        v[armed || GROUP_ORG_NOUNS.has(noun.lo) ? GROUP : ORG] += 6;
        // "the National Liberation party (PLN)": the noun belongs to a party's name, and so does an acronym after it.
        if (noun.lo === 'party' && m === b + 1) {
          c.party = true;
          add(text.slice(c.s, noun.e), c.s, noun.e, vote(), undefined, false, false, c.words).link = c;
          const acr = toks[m + 1];
          if (acr && acr.gap.trimStart() === '(' && ACRONYM_RE.test(acr.t) && (toks[m + 2]?.gap ?? ')').startsWith(')')) add(acr.t, acr.s, acr.e, vote()).link = c;
        }
      }
    }
    // "the Kenshi miners' union", "the Vale workers' association": a trade union named by its members' noun.
    const un = toks[b + 2];
    if (n1.sp && !c.gaz && un && /^['’]\s+$/.test(un.gap) && /[a-z]s$/.test(n1.t) && oneOf(un.t, 'union association federation')) {
      v[ORG] += 6;
      add(text.slice(c.s, un.e), c.s, un.e, vote(ORG, 6), undefined, false, false, c.words).link = c;
    }
    // "his ANO party", "Babiš's ANO party", "the Freedom and Direct Democracy (SPD) party": a party's name before
    // its noun, after an owner or an acronym in brackets (the corpus types parties as groups).
    // (Cheap tests first, for this and the caucus below: letters each pattern needs.)
    if (!c.gaz && !last.poss && (partyNoun ??= /\spart(?:y|ies)/.test(text)) && text.slice(c.e, c.e + 16).includes('part') && /^(?:\s+\([A-Z][A-Za-z]{1,5}\))?\s+part(?:y|ies)\b/.test(text.slice(c.e, c.e + 16)) && (p1?.poss || oneOf(p1?.lo ?? '', 'his her its their our the opposition ruling governing') || LEANINGS.has(p1?.lo ?? ''))) {
      c.party = true;
      v[GROUP] += 3;
    }
    // "Democratic Alliance (DA) caucus leader", "the ANC chief whip": a caucus or a whip is a party's.
    if (!c.gaz && (caucus ??= /caucus|chief whip/.test(text)) && /ca|ch/.test(text.slice(c.e, c.e + 20)) && /^(?:\s+\([A-Z]{2,6}\))?\s+(?:caucus|chief whip)\b/.test(text.slice(c.e, c.e + 20))) c.party = true;
    // "the Garissa governor", "the Kharkiv mayor": a local office's place.
    if (n1.sp && a === b && !c.gaz && p1?.lo === 'the' && oneOf(n1.lo, 'governor mayor premier') && !partyLabels.has(first.t)) v[PLACE] += 3;
    // "Bernstein analyst Daniel Koh": an employer before its employee's job and name.
    // ("Master Builders Queensland chief executive Grant Ellery": a longer name too, with no given name.)
    // ("Acme chief executive Jo Lee": two words of the job.)
    const emp = toks[b + 2] && !toks[b + 2]!.cap && (EMPLOYEES.has(toks[b + 2]!.lo) || toks[b + 2]!.ti) ? toks[b + 3] : toks[b + 2];
    if (n1.sp && (a === b || !firstNames.has(first.t)) && !c.gaz && !last.poss && (EMPLOYEES.has(n1.lo) || (titleModifiers.has(n1.lo) && EMPLOYEES.has(toks[b + 2]?.lo ?? ''))) && emp?.cap && emp.sp) v[ORG] += 3;
    // "Hutu fighters", "M23 rebels": a group's name before its members.
    if (n1.sp && a === b && !last.poss && !c.gaz && GROUP_NOUN_RE.test(' ' + n1.lo)) v[GROUP] += 3;
    // "Soweto residents": the residents of a place.
    else if (n1.sp && !last.poss && !c.gaz && oneOf(n1.lo, 'residents villagers inhabitants townspeople')) v[PLACE] += 3;
    // "the Indus river", "the Ravi, Sutlej and Chenab rivers", "Kasur district"
    let m = b + 1;
    while (m < b + 12 && toks[m] && (toks[m]!.cap || toks[m]!.lo === 'and' || toks[m]!.lo === 'or') && (toks[m]!.sp || commaGap(toks[m]!.gap))) m++;
    // "in Tolima, Huila and five other departments": a count and "other" before the list's noun.
    const k0 = m;
    if (toks[m - 1]?.lo === 'and' || toks[m - 1]?.lo === 'or') while (m < k0 + 2 && toks[m + 1]?.sp && /^[a-z\d]+$/.test(toks[m]!.t) && toks[m - 1]!.lo !== 'other') m++;
    const other = m > k0 && toks[m - 1]!.lo === 'other';
    if (m > k0 && !other) m = k0;
    const noun = toks[m]?.sp && (toks[m]!.lo.endsWith('s') ? singular(toks[m]!.lo) : toks[m]!.lo);
    if (noun && noun !== 'area' && (PLACE_NOUNS.has(noun) || (other && toks[m]!.lo === 'departments')) && !last.poss) {
      v[PLACE] += 4;
      // "in Copperbelt province": the noun of a region is also part of its name.
      if (m === b + 1 && !c.gaz && !oneOf(p1?.lo, 'a an') && oneOf(toks[m]!.t, 'province district county region governorate oblast state')) {
        add(text.slice(c.s, toks[m]!.e), c.s, toks[m]!.e, vote(), undefined, false, false, c.words).link = c;
      }
    }
    // "Congressional Budget Office (CBO)"
    // ("Alliance of Small Island States (Aosis)": an acronym in title case, as some papers write them.)
    if (gap.trimStart() === '(' && (toks[b + 2]?.gap ?? ')').startsWith(')') && (ACRONYM_RE.test(n1.t) || (CAPITALISED_RE.test(n1.t) && n1.t.length > 2 && spells(c.form.split(' '), n1.lo))) && !nonActorAcronyms.has(n1.t)) {
      const entry = names.get(n1.t);
      const acr = add(n1.t, n1.s, n1.e, vote(ORG, 1), entry?.key);
      const letters = n1.t.replace(/\./g, '').toLowerCase();
      const w = c.form.split(' ');
      for (let k = 0; k < w.length - 1 || (k === 0 && entry); k++) {
        const rest = w.slice(k);
        // ("Médecins Sans Frontières (MSF)": another language's name of a known body, which its letters spell.)
        if (entry ? entry.key === c.gaz || (!c.gaz && entry.kind === 'organization' && spells(rest, letters)) : spells(rest, letters)) {
          // "Past Congressional Budget Office (CBO)": the expansion is what the letters spell.
          const cut = w.slice(0, k).join(' ').length + (k ? 1 : 0);
          c.s += cut;
          c.form = c.form.slice(cut);
          c.words = rest;
          acr.link = c;
          // "Intergovernmental Panel on Climate Change (IPCC)": a name with its own acronym is a body.
          if (!c.gaz && Math.max(...v) < 2) v[ORG] += 2;
          break;
        }
      }
      // "Potsdam Institute for Climate Impact Research (PIK)": letters of another language.
      if (!acr.link && !c.gaz && Math.max(v[ORG]!, v[GROUP]!) >= 6) acr.link = c;
      // "Sunrisers Hyderabad (SRH)", "Integrated Food Security Phase Classification (IPC)": letters taken in order from
      // inside the words, the first word's first, name a body too (no person: a given name opens no such name).
      if (!acr.link && !c.gaz && !firstNames.has(c.words[0]!) && letters[0] === c.form[0]!.toLowerCase() && inOrder(letters, c.form.toLowerCase())) {
        acr.link = c;
        if (Math.max(...v) < 2) v[ORG] += 2;
      }
      // "the Volunteers for the Defence of the Homeland (VDP), a civilian auxiliary force,": an appositive after the letters.
      if (/^\),\s+$/.test(toks[b + 2]?.gap ?? '')) appositive(acr.link ? c : acr, b + 2);
      return;
    }
    if (!commaGap(gap) || last.poss) return;
    // "the Bosniak Party, BS, announced", "Europe Now Movement, PES, won": a body's letters set off by commas.
    const nx2 = toks[b + 2];
    if (nx2 && commaGap(nx2.gap) && !nx2.cap && !oneOf(nx2.lo, 'and or') && !c.gaz && oneOf(headKind(last.t) ?? '', 'organization group') && ACRONYM_RE.test(n1.t) && !names.has(n1.t) && !nonActorAcronyms.has(n1.t)) {
      add(n1.t, n1.s, n1.e, vote()).link = c;
      return;
    }
    // "San Jose, California-based": a place before its state or country.
    const kind = n1.compound && /-based$/.test(n1.t) ? names.get(n1.t.slice(0, n1.t.indexOf('-')))?.kind : undefined;
    if (kind === 'country' || kind === 'place') {
      v[PLACE] += 4;
      return;
    }
    let i = b + 1;
    // "Jane Smith, 28,"
    if (digitStart(n1.t) && /^\d{1,3}$/.test(n1.t) && !!toks[b + 2]?.gap.startsWith(',')) {
      v[PERSON] += 4;
      i = b + 2;
    }
    const n = toks[i];
    if (!n) return;
    if (n.lo === 'who') v[PERSON] += 2;
    // "the Bloc Québécois, led by Yves Blanchet,": a party, team or group.
    else if (n.lo === 'led' && toks[i + 1]?.lo === 'by' && !c.gaz) v[ORG] += 3;
    // "Arianespace, which markets the rocket,", "Harmony Gold, which operates several shafts": a body's (not "a report
    // by Jane Obi, which found", "for the Camp Fire, which": an object's relative may be its noun's; nor a title, "The
    // Lost Hours, which", nor a name cut after another capitalised word).
    else if (n.lo === 'which' && !c.gaz && !(c.init && lowerWords.has(first.lo)) && !APPOSITIVE_NOT.has((p1?.lo === 'the' ? p2 : p1)?.lo!) && !p1?.cap && first.t !== 'The') body(c);
    // "Kerman, Iran", "Bobo-Dioulasso, Burkina Faso"
    const [entry, q, f] = nameAt(i);
    if (i === b + 1 && entry && (entry.kind === 'country' || g.usStates.has(f)) && !c.gaz && !toks[q + 1]?.sp) v[PLACE] += 4;
    // "Zuwara, in western Libya,", "Saint-Louis, in northern Senegal": a place in a known country or region.
    // ("Roraima, on the border with Venezuela,": a place by a border, a coast or a bank.)
    if (i === b + 1 && oneOf(n.lo, 'on near along') && toks[i + 1]?.lo === 'the' && oneOf(toks[i + 2]?.lo ?? '', 'border coast banks shores edge outskirts')) v[PLACE] += 3;
    if (i === b + 1 && n.lo === 'in' && oneOf(nameAt(PLACE_ADJ.has(toks[i + 1]?.lo ?? '') ? i + 2 : i + 1)[0]?.kind ?? '', 'country place')) v[PLACE] += 3;
    // ("In Kenya, the ruling party ...", "In Warsaw and Wrocław, fewer ...": the comma closes an opening phrase, no appositive.)
    if (STRONG_PLACE_PREPS.has(toks[0]!.lo) && toks.slice(1, a).every((k) => k.cap || oneOf(k.lo, 'and or'))) return;
    appositive(c, i);
  };

  /** A body's cue: an organisation's (a place's when place cues say so), never a person's without a person's cue. */
  const body = (c: Cand): void => {
    c.body = true;
    c.v[c.v[PLACE]! > c.v[ORG]! ? PLACE : ORG] += 3;
  };

  /** "Carla Ferstman, legal director of the human rights organisation Redress, said" */
  const appositive = (c: Cand, i: number): void => {
    // "Radaa, one of the capital's most powerful militias": one of a plural head's kind.
    const one = toks[i]?.lo === 'one' && toks[i + 1]?.lo === 'of';
    let k = one ? i + 2 : i;
    if (DETERMINERS.has(toks[k]?.lo!)) k++;
    // "R Murugesu, a 62-year-old tea plucker": an age is a person's.
    if (toks[k]?.lo.endsWith('-year-old') && AGE_RE.test(toks[k]!.lo) && toks[k + 1]?.sp) {
      c.v[PERSON] += 3;
      k++;
    }
    const start = toks[k];
    if (!start || (!start.sp && k !== i)) return;
    // ("Cameron Bailey, TIFF's CEO,": an owner's possessive opens the role.)
    // ("Acme, the Ohio toolmaker,": after an article, a place's name may modify the lower-case head.)
    if (start.cap && !start.poss && !isDemonym(start.t) && !titles.has(start.lo) && !names.has(start.t) && !(k > i && toks[k + 1]?.sp && LOWER_START_RE.test(toks[k + 1]!.t))) return;
    // "Saarbruecken, with the remainder in France", "the capital, Colombo, rose above": no appositive.
    // ("Iqaluit, saying higher rates ...": a participle clause, no appositive.)
    if (!start.cap && (APPOSITIVE_NOT.has(start.lo) || VERBS.has(start.lo) || SAID.has(start.lo) || (k === i && start.lo.endsWith('ing') && !start.ti && !roleNouns.has(start.lo)))) return;
    let headIdx = -1;
    let end = k;
    /** A head noun: 2 a place ("city"), 1 a role or organisation, 0 none. */
    // ("Usdaw, the shopworkers' union,": a plural possessive inside the phrase.)
    const joins = (tk: Tok): boolean => tk.sp || ((tk.gap === "' " || tk.gap === '’ ') && text.slice(tk.s - 3, tk.s - 2).endsWith('s'));
    const sg = (m: number): string => (one ? singular(toks[m]!.lo) : toks[m]!.lo);
    const headAt = (m: number): number => {
      const tk = toks[m];
      // (A possessive owns the head: "the firm's CEO".)
      if (!tk || (m > k && !joins(tk)) || tk.poss) return 0;
      if (tk.cap) return titles.has(tk.lo) && !toks[m + 1]?.cap ? 1 : 0;
      const lo = sg(m);
      // ("VDP, a civilian auxiliary force,": an irregular or armed force.)
      // (A role guessed from its ending, "-er", "-ant", heads the phrase only after an article or an age, and not before
      // another noun: not "Flicka, marks content", "Maersk, the world's second-largest container line".)
      const nx = toks[m + 1];
      // ("Katharina Vogt, chief euro zone economist at Helaba,": a place noun before another noun modifies it.)
      return PLACE_NOUNS.has(lo) && lo !== 'area' ? (nx?.sp && !nx.cap && !stopWords.has(nx.lo) ? 0 : 2) : orgNouns.has(lo) || GROUP_ORG_NOUNS.has(lo) || roleNouns.has(lo) || oneOf(lo, 'coalition bloc') || (isRoleNoun(lo) && k > i && !(nx?.sp && !nx.cap && !stopWords.has(nx.lo) && !/(?:ing|ed)$/.test(nx.lo))) || (oneOf(lo, 'force forces') && toks.slice(k, m).some((x) => ARMED.has(x.lo) || IRREGULAR.has(x.lo))) ? 1 : 0;
    };
    let run = true;
    for (let m = k; m < toks.length && m < k + 12; m++) {
      const tk = toks[m]!;
      // "Mexico, the company said": a reporting clause, not an appositive.
      if (m > k && tk.sp && SAID.has(tk.lo)) return;
      if ((m > k && !joins(tk)) || APPOSITIVE_STOP.has(tk.lo) || digitStart(tk.t)) break;
      // "the last major city", "a city councillor", "the state nuclear company": the last head noun of the
      // lower-case words that follow the first one.
      if (headIdx >= 0 && (tk.cap || stopWords.has(tk.lo))) run = false;
      if (run && m < (headIdx < 0 ? k + 4 : k + 5) && headAt(m)) headIdx = m;
      end = m;
    }
    // "Maersk, the world's second-largest container line, said": a rank, of no person's noun, before a verb of speech is a body's.
    if (headIdx < 0) {
      if (k > i && start.poss && !start.cap && toks.slice(k, end + 1).some((x) => x.lo.endsWith('est')) && toks[end + 1]?.gap[0] === ',' && SAID.has(toks[end + 1]!.lo)) c.v[ORG] += 3;
      return;
    }
    const head = sg(headIdx);
    // ("Glen Rosa, sister ship of the Glen Sannox,": a vessel, no actor.)
    // (Not "a ferry operator": the vessel's noun ends the phrase or takes "of".)
    if (toks.slice(k, end + 1).some((x, j, r) => oneOf(x.lo, 'ship vessel ferry tanker freighter frigate warship destroyer yacht') && (!r[j + 1] || r[j + 1]!.lo === 'of'))) {
      c.v[NONE] += 9;
      return;
    }
    const isOrg = (orgNouns.has(head) || GROUP_ORG_NOUNS.has(head)) && !roleNouns.has(head);
    // ("Radaa Special Deterrence Force, a militia,": a group so described, whatever its head word.)
    // ("Los Tigres, a local splinter group,": an armed or criminal group too.)
    // ("Perikatan Nasional, the main opposition bloc,": a political coalition, bloc or alliance is a group of parties; a
    // regional bloc or a military coalition is an organisation.)
    const political = oneOf(head, 'coalition bloc alliance') && toks.slice(k, headIdx).some((x) => LEANINGS.has(x.lo) || oneOf(x.lo, 'opposition ruling governing electoral political'));
    // ("the Christian Democratic Union, its Bavarian sister party,": a party is a group.)
    const kind = headAt(headIdx) > 1 ? PLACE : political || oneOf(head, 'force forces party') || (head === 'group' && toks.slice(k, headIdx).some((x) => ARMED.has(x.lo))) ? GROUP : isOrg || head.endsWith('maker') || oneOf(head, 'coalition bloc') ? (GROUP_ORG_NOUNS.has(head) ? GROUP : ORG) : PERSON;
    c.v[kind] += kind === GROUP ? 7 : 3;
    c.role ??= text.slice((one ? toks[i]! : start).s, toks[end]!.e);
  };

  /** "the team, Solaris-Andes Pro Cycling, said", "its charity, Hope Rising,": a name set off by commas after an owned organisation noun. */
  const orgAppositive = (a: number, b: number): boolean => {
    const p1 = toks[a - 1]!;
    const p2 = toks[a - 2];
    // ("A campaign group, Save Our Parks, said", "the national space research institute, Inpe,": a determiner and up
    // to three modifiers before the noun.)
    const det = (k?: Tok): boolean => oneOf(k?.lo ?? '', 'the a an its their his her');
    let m = a - 2;
    while (m > a - 5 && toks[m] && !toks[m]!.cap && toks[m]!.sp && toks[m + 1]!.sp && !stopWords.has(toks[m]!.lo)) m--;
    return /^,/.test(toks[b + 1]?.gap ?? '') && !firstNames.has(toks[a]!.t) && (/^['’]\s+$/.test(p1.gap) || !!p2?.poss || det(p2) || (m < a - 2 && (det(toks[m]) || !!toks[m]!.poss)));
  };

  /** The gazetteer entry of a name of one to three words opening at toks[m] ("Iran", "Burkina Faso"), its last token and its form. */
  const nameAt = (m: number): [GazetteerEntry | undefined, number, string] => {
    let r: [GazetteerEntry | undefined, number, string] = [undefined, m, ''];
    for (let q = m, f = ''; q < m + 3 && toks[q] && (q === m || toks[q]!.sp); q++) {
      f += (q > m ? ' ' : '') + toks[q]!.t;
      const e = names.get(f);
      if (e) r = [e, q, f];
    }
    return r;
  };

  /** Role words straight before a name: "Iranian general", "Texas elector", "the human rights organisation". */
  const roleBefore = (c: Cand, a: number): void => {
    const p1 = toks[a - 1]!;
    const pl = p1.lo;
    if (p1.cap || p1.poss || (sports && CLUB_BEFORE.has(pl))) return;
    // "far-right Vox", "the centre-left Sumar": a lone unknown name after a political leaning is a party.
    // ("the opposition Biju Janata Dal", "the ruling Pueblo Soberano": so is a name after the opposition's or the government's word.)
    // (Not "the ruling High Military Command": a body's head word.)
    // ("the far-right Vlaams Belang", "the centre-left Social Democrats": so is a longer one after "the" and a leaning.)
    // ("the left-wing regionalist Adelante Andalucía": two leanings.)
    const ruling = (toks[a - 2]?.lo === 'the' || (LEANINGS.has(toks[a - 2]?.lo ?? '') && toks[a - 3]?.lo === 'the')) && (oneOf(pl, 'opposition ruling governing') || LEANINGS.has(pl)) && !c.words.some((w) => headKind(w) === 'organization' || PARTICLES.has(w.toLowerCase()));
    if ((c.words.length === 1 || ruling) && (ruling || LEANINGS.has(pl)) && !firstNames.has(toks[a]!.t)) {
      c.v[GROUP] += 6;
      c.party = true;
      return;
    }
    let r = a - 1;
    let slot = PERSON;
    // ("homebuilders D.R. Horton and Lennar", "lenders HSBC and Barclays": a plural noun too.)
    // ("the think tank Bruegel": two words.)
    const sg = pl === 'tank' && toks[a - 2]?.lo === 'think' ? 'think-tank' : pl.endsWith('ies') ? pl.slice(0, -3) + 'y' : pl.length > 1 && pl.endsWith('s') && pl[pl.length - 2] !== 's' ? pl.slice(0, -1) : pl;
    // (Not "bank Governor Ana Ruiz": a body's noun before a title is the person's employer.)
    // ("consultants Grant Thornton", "auditors KPMG": a firm of professionals, named after a plural of their job.)
    if ((orgNouns.has(sg) || (sg.endsWith('maker') || sg.endsWith('builder')) || (sg !== pl && FIRMS.has(sg))) && !titles.has(toks[a]!.lo)) {
      let armed = false;
      for (let k = a - 2; k >= 0 && k >= a - 4; k--) {
        const tk = toks[k]!;
        if (!toks[k + 1]!.sp || tk.cap || stopWords.has(tk.lo) || DETERMINERS.has(tk.lo)) break;
        armed ||= ARMED.has(tk.lo);
        if (sg === pl || (k === a - 2 && sg === 'think-tank')) r = k;
      }
      slot = GROUP_ORG_NOUNS.has(sg) || (sg === 'group' && armed) ? GROUP : ORG;
      // "Canadian miner Valcourt Gold" is also "Valcourt".
      const [w0, w1] = c.words;
      if (slot === ORG && w1 && c.words.length === 2 && nameShape(w0!) && !firstNames.has(w0!) && !names.has(w0!) && !lowerWords.has(w0!.toLowerCase())) base(w0!, c);
      // "the Catalan separatist party Junts"
      if (sg === 'party') c.party = true;
    } else if (sg !== pl && (roleNouns.has(sg) || /(?:er|or|ist|ian|ion)$/.test(sg)) && !oneOf(toks[a - 2]?.lo ?? '', 'which who that it he she') && !/^(?:,|\s+(?:and|or|&)\s)/.test(text.slice(c.e, c.e + 5))) {
      // "league champions Nyasa Big Bullets", "holders Al Ahly": a plural role before one name names a team or a body
      // (not a verb's "-s": "which represents Inuit").
      slot = ORG;
    } else {
      if (!isRoleNoun(pl)) return;
      for (let k = a - 2; k >= 0; k--) {
        const tk = toks[k]!;
        const gap = toks[k + 1]!.gap;
        if (!/^['’]?\s+$/.test(gap)) break;
        const ok =
          tk.ti ||
          isDemonym(tk.t) ||
          partyLabels.has(tk.t) ||
          (tk.cap && names.has(tk.t)) ||
          (/^['’]/.test(gap) && !tk.cap) ||
          tk.poss;
        if (!ok || DETERMINERS.has(tk.lo)) break;
        r = k;
      }
    }
    // "coalition partner Sumar": a partner in a coalition is a party (a group); "trading partner X" a body.
    if (oneOf(pl, 'partner ally') && oneOf(toks[a - 2]?.lo ?? '', 'coalition governing trading')) slot = toks[a - 2]!.lo === 'trading' ? ORG : GROUP;
    // "market leader Telkomsel", "industry leader Nvidia": a leader of a market is a firm.
    if (pl === 'leader' && oneOf(toks[a - 2]?.lo ?? '', 'market industry sector')) slot = ORG;
    // "Egypt's state grain buyer Mostakbal Misr": a state's buyer or supplier is a body (not "state senator": a title).
    for (let k = a - 2; !slot && !titles.has(pl) && k >= a - 3 && toks[k + 1]!.sp && !toks[k]!.cap; k--) if (/^state(?:-run|-owned)?$/.test(toks[k]!.t)) slot = ORG;
    c.v[slot] += 4;
    c.agent = !slot && !roleNouns.has(pl);
    c.role ??= text.slice(toks[r]!.s, p1.e);
  };

  /** Adds a phrase matched in a sentence starting at `base`. */
  const addMatch = (m: RegExpMatchArray, base: number, v: number[]): Cand =>
    add(m[0], base + m.index!, base + m.index! + m[0].length, v);

  /** Lower-case actors: "the US-led international military coalition", "Shiite groups". */
  const phrases = (sentence: string, base: number): void => {
    // (Cheap tests first: each of these scans is tried at every position of the sentence.)
    if (sentence.includes('-led') || sentence.includes('-backed')) for (const m of sentence.matchAll(COALITION_RE)) addMatch(m, base, vote(ORG, 6));
    // "Sen. John Thune, R-S.D.,", "Rep. Jane Doe, D-Maine,": a lawmaker's state after the party's letter (AP style).
    // (AP's abbreviations the gazetteer leaves out, as words elsewhere: "Miss", "La", "Pa".)
    if (sentence.includes('-')) for (const m of sentence.matchAll(/\b[RDI]-((?:[A-Z]\.){2}|[A-Z][a-z]+)\.?(?=[,);])/g)) {
      const f = m[0].slice(2), key = names.get(m[1]!)?.key ?? AP_STATES.get(m[1]!);
      if (key && g.usStates.has(key)) add(f, base + m.index! + 2, base + m.index! + m[0].length, vote(PLACE, 6), names.has(key) ? key : undefined);
    }
    // "the Baltic states", "the Gulf states": a region's countries together.
    if (REGION_STATES_CUE_RE.test(sentence)) for (const m of sentence.matchAll(REGION_STATES_RE)) add(m[1]!, base + m.index! + 4, base + m.index! + m[0].length, vote(PLACE, 6));
    // "the Trump administration", "the Obama administration": a leader's government.
    if (sentence.includes(' administration')) for (const m of sentence.matchAll(ADMIN_RE)) if (!names.has(m[1]!) && !lowerWords.has(m[1]!.toLowerCase())) add(m[0].slice(4), base + m.index! + 4, base + m.index! + m[0].length, vote(ORG, 6));
    // "the biggest airlines — American, Delta, United and Southwest", "lenders such as Barclays and Lloyds": the
    // members listed after an organisation's plural noun are organisations, even words that are otherwise common.
    if (MEMBERS_CUE_RE.test(sentence)) for (const m of sentence.matchAll(MEMBERS_RE)) {
      // ("Clubs like Sampdoria": a capitalised noun opens the sentence; "rivals such as CMA CGM", "shipping lines",
      // "chipmakers": a firm's rivals, lines and makers.)
      const w = m.index ? m[1]! : m[1]!.toLowerCase();
      const rival = MEMBER_NOUNS.has(w);
      if (!rival && !/[a-z]maker$/.test(w) && !orgNouns.has(w.replace(/ie$/, 'y')) && !orgNouns.has(w.replace(/e$/, '')) && !orgNouns.has(w)) continue;
      if (/^(?:group|party|movement|militia|faction|gang|side)/.test(w)) continue;
      const items: [string, number][] = [];
      let and = false;
      let done = false;
      ITEM_RE.lastIndex = m.index! + m[0].length;
      for (let it; !done && (it = ITEM_RE.exec(sentence)); ) {
        items.push([it[1]!, it.index]);
        done = and || !it[2];
        and = / (?:and|or) $/.test(it[2]!);
      }
      // (A whole list, "A, B and C", of names that are no one's: not "Mr", "Barclays' Jes Staley".)
      // ("rivals such as CMA CGM raised": one name after "such as", "including" or "like" too; not a rival's given name.)
      if (done && !and && (items.length > 1 ? / (?:and|or) $/.test(sentence.slice(0, items[items.length - 1]![1])) : /[a-z] $/.test(m[0])) && !items.some(([f]) => /['’]s$/.test(f) || (rival && firstNames.has(f.split(' ')[0]!)))) for (const [f, at] of items) add(f, base + at, base + at + f.length, vote(ORG, 6));
    }
    if (/(?:El|La) /.test(sentence)) for (const m of sentence.matchAll(ALIAS_RE)) {
      const at = m.index! + m[0].indexOf(m[1]!);
      add(m[1]!, base + at, base + at + m[1]!.length, vote(PERSON, 6));
    }
    // (A cheap test first: the look-behind is slow to try at every position.)
    if (GROUP_NOUN_RE.test(sentence)) for (const m of sentence.matchAll(GROUP_PHRASE_RE)) if (isDemonym(m[1]!)) addMatch(m, base, vote(GROUP, 6));
    // "the Senate blue ribbon committee", "the House oversight committee": a chamber's committee named in lower case.
    if (sentence.includes(' committee')) for (const m of sentence.matchAll(COMMITTEE_RE)) if (!m[1]!.split(' ').some((w) => stopWords.has(w))) add(m[0].slice(4), base + m.index! + 4, base + m.index! + m[0].length, vote(ORG, 6));
    if (INSTITUTION_NOUNS.test(sentence)) for (const m of sentence.matchAll(INSTITUTION_RE)) {
      const [all, who0 = '', poss, mod0 = '', noun] = m;
      const end = m.index! + all.length;
      const who = who0.replace(/^The /, '');
      const entry = names.get(who);
      // Owned by a country or a place: "Italy's", "Italian", "US"; not "Reuters'".
      // ("the Odisha cabinet", "the Bavarian cabinet": a state's too.)
      const owned = !!who && (poss ? !!entry && entry.kind !== 'organization' && entry.kind !== 'group' : isDemonym(who) || entry?.kind === 'country' || (noun === 'cabinet' && entry?.kind === 'place'));
      const mod = titleModifiers.has(mod0.trim()) ? mod0 : '';
      // ("Italy's powerful army", "the military operation": no body's name.)
      // ("the high court", "Kenya's supreme court"; not "a Houthi court", "in federal court": no one court.)
      if ((noun === 'court' && !poss && !/\bthe $/i.test(sentence.slice(0, end - noun.length - mod0.length))) || (owned && mod0 && !mod) || (noun === 'military' && /^ [a-z]/.test(sentence.slice(end)) && !/^ (?:said|says|has|had|is|was|will|and)\b/.test(sentence.slice(end)))) continue;
      let start = end - noun!.length - mod.length;
      if (owned) start = m.index! + who0.length - who.length;
      else if (!mod && !/\bthe $/i.test(sentence.slice(0, start))) continue;
      const c = newCand(sentence.slice(start, end), base + start, base + end, sent, [], vote(ORG, owned || (mod && oneOf(noun!, 'ministry court')) ? 6 : 0), false, false);
      // "Colombia's health ministry" is also "the health ministry".
      if (owned) c.alt = mod + noun;
      bodies.push([c, (mod + noun).toLowerCase(), owned ? norm(who) : '']);
    }
  };

  /** Lower-case bodies found in `phrases`, each with its tail ("interior ministry") and owner ("italy"), added once
   * the article is read: "the coastguard" joins the one owned coastguard ("the Italian coastguard"), or is dropped. */
  const bodies: [Cand, string, string][] = [];
  /** Possessors and the offset of the name after them: "Ferrari's Charles Leclerc". */
  const owners: [Cand, number][] = [];
  const addBodies = (): void => {
    const owners = new Map<string, Set<string>>();
    for (const [, tail, who] of bodies) if (who) owners.set(tail, (owners.get(tail) ?? new Set()).add(who));
    for (const [c, tail, who] of bodies) {
      const one = owners.get(tail)?.size === 1;
      if (!who && !c.v[ORG] && !one) continue;
      if (one || !who) c.key = tail;
      if (!one) c.alt = undefined;
      cands.push(c);
      byEnd.set(c.e, c);
    }
  };

  /** Later lower-case references to a coalition: "the international coalition". */
  const coalitionAliases = (): void => {
    const full = new Map<string, Cand>();
    for (const c of cands) {
      const m = c.form.includes('-') && COALITION_END_RE.exec(c.form);
      if (m && /-(?:led|backed)\b/.test(c.form)) full.set(m[1]!, c);
    }
    if (!full.size) return;
    const taken = new Set(cands.map((c) => c.s));
    sentences.forEach((s, si) => {
      if (s.furniture) return;
      sent = si;
      for (const m of s.text.matchAll(COALITION_ALIAS_RE)) {
        const f = full.get(m[2]!);
        const start = s.start + m.index!;
        if (!f || start < f.e || !f.form.split(/\s+/).slice(1, -1).includes(m[1]!) || taken.has(start)) continue;
        add(m[0], start, start + m[0].length, vote(), undefined, false, false, []).link = f;
      }
    });
  };

  const tokens = sentences.map((s) => (s.furniture ? [] : tokenize(s.text, s.start, g)));
  // (Nested loops, not `tokens.flat()`: flattening is slow.)
  for (const ts of tokens)
    for (let i = 0; i < ts.length; i++) {
      const k = ts[i]!;
      const nx = ts[i + 1];
      if (k.cap && nx?.sp && calendar.has(k.t) && (MONTH_ABBRS as readonly string[]).includes(k.t) && !k.poss && ((nx.cap && /^\p{Lu}\p{Ll}/u.test(nx.t) && !calendar.has(nx.t)) || PARTICLES.has(nx.t))) calNames.add(k);
      const c = k.t.charCodeAt(0);
      // A word written in lower case (an ASCII letter a-z, or another letter with an upper-case form).
      if (!k.cap && ((c >= 97 && c <= 122) || (c > 127 && k.t[0] !== k.t[0]!.toUpperCase()))) lowerWords.add(k.lo);
    }
  let cues = 0;
  for (const w of SPORT_WORDS) if (lowerWords.has(w)) cues++;
  sports = cues >= 3;
  sentences.forEach((s, i) => {
    if (s.furniture) return;
    sent = i;
    toks = tokens[i]!;
    phrases(s.text, s.start);
    scan();
  });
  // (A loop, not `new Map(cands.map(...))`: no pair per candidate; none at all without owners.)
  const starts = new Map<number, Cand>();
  if (owners.length) for (const c of cands) starts.set(c.s, c);
  for (const [c, s] of owners) {
    const p = starts.get(s);
    if (p && p.words.length > 1 && top(p.v) === PERSON && p.v[PERSON]! >= 1) {
      c.v[ORG] += 2;
      c.init = false;
    }
  }
  coalitionAliases();
  addBodies();
  // "Leeds", "Villa" and "Swiftdrop" name "Leeds United", "Aston Villa" and "Swiftdrop Logistics".
  for (const c of cands) {
    const full = bases.get(c.form);
    // ("Milwaukee" of "the Milwaukee Bucks": in a sports story, a known city too.)
    if (full && full !== c && (!c.gaz || (sports && names.get(c.gaz)?.kind === 'place')) && c.v[PLACE]! < (sports ? 2 : 1)) {
      c.link = full;
      c.gaz = undefined;
    }
  }
  // "the House" is the one "House of ..." the article names ("House of Commons").
  const houses = new Set(cands.filter((c) => c.gaz?.startsWith('House of')).map((c) => c.gaz));
  const house = cands.find((c) => c.gaz && houses.size === 1 && houses.has(c.gaz));
  for (const c of cands) if (house && c.form === 'House') c.link = house;
  // The same span found twice (a phrase and a run) counts once.
  cands.sort((p, q) => p.s - q.s || p.e - q.e);
  const kept: Cand[] = [];
  for (const c of cands) {
    const prev = kept[kept.length - 1];
    if (!prev || c.s !== prev.s || c.e !== prev.e) kept.push(c);
    c.at = kept.length - 1;
  }
  return cluster(kept, sentences, g, text, sports, lowerWords);
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
  const entry = (s: string) => gazetteer().names.get(s.replace(/^the\s+/i, '').replace(/['’]s$/, ''));
  const ga = entry(a);
  if (ga && ga.key === entry(b)?.key) return true;
  const wa = na.split(' ');
  const wb = nb.split(' ');
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.length < long.length && long.slice(long.length - short.length).join(' ') === short.join(' ');
}
