/**
 * Word lists, regexes and vote slots of actor extraction (`actors.ts`):
 * tokens, name particles and connectors, place, club, party and body cues,
 * foreign bodies' words, roles and titles, and the phrase regexes that find
 * lower-case actors ("the health ministry", "Shiite militias").
 */

import { L, Ll, Lu, N, re } from './letters.js';
import { wordSet } from './lexicon.js';
import type { ActorKind } from './types.js';

/** Vote slots: one per kind (this order), then "not an actor". */
export const KINDS: readonly ActorKind[] = ['person', 'organization', 'country', 'place', 'group'];
export const PERSON = 0;
export const ORG = 1;
export const PLACE = 3;
export const GROUP = 4;
/** Vote for "not an actor" (documents, events, laws). */
export const NONE = 5;

/** A space-separated word list as a Set. */

/** A word ("OPEC+", "Disney+": a plus closing a brand keeps it). */
// ("Aalund Surgical A/S": the Danish and Norwegian legal form is one word.)
export const TOKEN_RE = re('gu')`[${L}${N}]+(?:(?:['’.&-]|(?<=\bA)\/(?=S\b))[${L}${N}]+)*(?:\.|(?<=[${Lu}${Ll}])\+(?![${L}${N}+]))?`;
/** Particles joined by a hyphen to a capitalised name: "al-Sudani", "bin-Salman". */
export const HYPHEN_PARTICLES = wordSet('al el ad as ash at az an ar ibn bin abu abd abdul ben wal');
/** Lower-case links inside a hyphenated name: "Quaid-i-Azam", "Jamaat-e-Islami", "Stoke-on-Trent", "Zia-ul-Haq". */
export const HYPHEN_LINKS = wordSet('e i ul ud ur al el ad de du da la le en sur sous on upon am im and of the');
export const PARTICLES = wordSet('al el bin ibn bint abu van von der den de da di do du del della dei degli delle des la le dos das ter ten zu y e et es ap kwa');
export const CONNECTORS = wordSet('of for on');
export const KEEP_PERIOD = wordSet('mr mrs ms dr prof gen lt col sgt capt maj adm cmdr gov sen rep rev det insp supt ald cllr st jr sr inc corp co ltd bros mt ft');
export const POSSESSIVE_NAMES = wordSet('General Queen King People Children Women Men Workers Veterans Lloyd St Saint Prince Princess Farmers Teachers Sheriff Attorney Prosecutor Examiner Coroner');
export const DETERMINERS = wordSet('the a an');
export const DIRECTIONS = wordSet(
  'North South East West Northern Southern Eastern Western Central Upper Lower Greater Northeast Northwest ' +
    'Southeast Southwest Northeastern Northwestern Southeastern Southwestern Midwest',
);
export const STRONG_PLACE_PREPS = wordSet('in near outside across throughout inside');
export const WEAK_PLACE_PREPS = wordSet('at from into towards toward to around along off');
export const PLACE_NOUNS = wordSet(
  'city town village province region capital district county governorate state oblast island port suburb neighbourhood ' +
    'neighborhood area river lake valley market bridge airport volcano forest seat constituency electorate canton municipality prefecture commune zone',
);
/** Lower-case nouns straight before a place's name: "the capital Kyiv". */
export const PLACE_BEFORE = wordSet('capital city town village province region district county island port suburb');
/** Lower-case nouns kept in a place's name after "the": "the Souk al-Naeem market", "the Kelani river". */
export const FACILITY_NOUNS = wordSet('market bridge mosque camp airport airbase stadium river crossing checkpoint hospital clinic school college museum islands forest kingdom corridor border mountains hills valley island lake desert peninsula volcano archipelago area delta plateau highlands');
/** Energy and harbour words, then the facility noun: " nuclear power plant", " mega port". */
export const PLANT_WORDS = wordSet('nuclear atomic power coal coal-fired gas-fired hydroelectric hydropower thermal mega container deep-sea deepwater');
/** (The word after the name is tested in `PLANT_WORDS` first, a cheaper test.) */
export const PLANT_RE = new RegExp(`^(?: (?:${[...PLANT_WORDS].join('|')}))+ (?:plant|station|port|terminal|dam)\\b`);
/** Facilities of those that are organisations: "the Al-Shifa hospital". */
export const ORG_FACILITIES = wordSet('hospital clinic school college museum');
/** Nouns before "of" that make the name after it a place: "residents of Leeds". */
export const PLACE_OF = wordSet('residents people citizens natives outskirts suburbs edge parts streets centre center heart north south east west northeast northwest southeast southwest north-east north-west south-east south-west coast shores banks tributary mouth estuary');
/** Adjectives between a preposition and a place: "in nearby Thringstone", "in rural Kansas". */
export const PLACE_ADJ = wordSet('nearby neighbouring neighboring central northern southern eastern western rural downtown coastal north-eastern north-western south-eastern south-western northeastern northwestern southeastern southwestern');
/** Letters after a person's name: "James Whitaker KC". */
export const POST_NOMINALS = wordSet('KC QC SC SAN MP MEP MSP MLA TD OBE MBE CBE KBE DBE');
/** Titles that also name streets and parks: "King Street", "Queen Elizabeth Park". */
/** Royal and princely titles that name a person with the name after them: "Prince Harry", "Sheikh Tamim". */
export const NOBLE = wordSet('king queen prince princess emperor empress sheikh sheikha emir sultan crown');
export const ROYAL = wordSet('king queen prince princess emperor empress pope saint st duke duchess lord lady');
/** Words of an article about a sport; three of them make it a sports story, where places name clubs. */
export const SPORT_WORDS = wordSet(
  'goal goals scored striker midfielder defender goalkeeper penalty fixture fixtures league season play-offs ' +
    'relegation promoted relegated soccer footballer derby kick-off match matches squad equaliser equalizer overtime rebounds assists playoffs ' +
    'play-in touchdown touchdowns quarterback innings wicket wickets lap laps podium chicane peloton breakaway breakaways sprinter climber jersey',
);
/** Adjectives of a native people: "the Indigenous Tao community". */
export const INDIGENOUS = wordSet('indigenous aboriginal native ethnic tribal');
export const PEOPLES = wordSet('community people peoples tribe minority');
/** A share's verb and its particle: "make up", "account for". */
export const SHARE_VERBS = wordSet('make makes made account accounts up for');
/** Professionals whose plural names their firm: "consultants Grant Thornton", "auditors EY". */
export const FIRMS = wordSet('consultant auditor accountant adviser advisor broker solicitor');
/** Spanish and Portuguese adjectives of place names: "Barotac Nuevo", "Nueva Ecija", "Nova Iguaçu" (no person's). */
export const PLACE_WORDS = wordSet('Nuevo Nueva Nuevos Nuevas Viejo Vieja Novo Nova Velho Velha Norte Sur Oriental Occidental');
/** Imperatives of a contact line: "Contact Karen at ...", "Call Peter on ...". */
export const CONTACT_VERBS = wordSet('contact call email e-mail text message phone write');
/** "Without" in English, French, Spanish, German, Italian and Portuguese bodies' names. */
export const WITHOUT = wordSet('without sans sin ohne senza sem');
/** Nouns and verbs of a route before "between": "the journey between A and B", "buses run between A and B". */
export const ROUTE_WORDS = wordSet(
  'journey journeys route routes road roads railway line link stretch section border corridor highway pipeline flights flight trains train buses bus ferry ferries services service runs run running travel travels commute beach coast coastline',
);
/** Place head words that are also common surnames. */
export const SURNAME_HEADS = wordSet('Hill Park Lake Fort');
/** Last words of club names: "Leeds United"; in a sports story also "Derby County". */
export const CLUB_HEADS = wordSet('United Rovers Athletic Albion Wanderers Hotspur Rangers Villa Argyle Orient Thistle');
/** Last word of a team's name: "Hawks", "76ers". */
export const TEAM_RE = re('u')`^(?:[${Lu}][${Ll}]+[^s]|\d+[a-z]+)s$`;
export const CLUB_SUFFIXES = wordSet('City Town County Palace Forest');
/** Plural verbs after a club's name ("Leeds have", "Sunderland visit") and words before it ("beat Leeds"). */
export const CLUB_AFTER = wordSet('have are were host visit face play travel meet need sit lead trail remain come go entertain welcome climb boss fans supporters academy');
/** A player's position or a team's staff after the club's name: "the Edinburgh fly-half", "a Glasgow Warriors scrum-half". */
export const POSITIONS = wordSet('defender striker midfielder goalkeeper manager coach captain forward winger scrum-half fly-half hooker flanker full-back quarterback pitcher');
export const CLUB_BEFORE = wordSet('leaders champions holders rivals against beat beating v vs over host hosts visit visiting face faces facing entertain entertains welcome welcomes');
/** Words before "from"/"to"/"with"/"by" that name a club: "signed from Lille", "drew with Leeds", "a bid from Bayern Munich", "defeat by Fulham". */
export const CLUB_MOVES = wordSet('signed signing joined moved loan loaned transfer switch drew draw drawn lost defeat win victory bid offer');
/** Verbs before a club that pays or is paid ("Villa paid Bayer Leverkusen"), and plural verbs after one ("Borussia Dortmund have"). */
export const CLUB_PAYS = wordSet('paid pay pays paying beat beating');
export const CLUB_PLURALS = wordSet('have are were');
export const CLUB_MOVE_PREPS = wordSet('from to with over against by');
/** Words after a name ending in "'s" that show it owns nothing: "Christie's did", "at Sotheby's in 2018". */
export const POSS_NAME_NEXT = wordSet('on in at for from with by did does has had is was will would could said says declined confirmed announced');
/** Last words of a country's governing body of a sport after its demonym: "Scottish Rugby", "British Cycling". */
export const SPORT_BODIES = wordSet('Rugby Cycling Athletics Gymnastics Swimming Rowing Sailing Hockey Cricket Tennis Golf Boxing Triathlon Canoeing Judo');
// ("Coalition Avenir Québec": a coalition's name opening with its noun is a party's.)
/** First words of bodies' names in Spanish, Portuguese, Italian and French; group 1 catches parties and movements. */
export const ROMANCE_PARTIES = wordSet('Partido Partito Parti Movimiento Movimento Frente Coalition Coalición Coligação');
export const ROMANCE_BODIES = wordSet(
  'Unión União Unione Banque Société Caisse Federación Federação Federazione Fédération Confederación Asociación Associação Banco Banca Instituto Istituto Universidad Universidade Ministerio Ministério Consejo Conselho Consiglio Policía Polícia Polizia Guardia Corte Tribunal Congreso Senado Asamblea Assemblée Agencia Agência Grupo Caixa Fuerzas Ejército Exército ' +
    // (French, Italian, Spanish and Portuguese public bodies, courts, forces, firms and unions.)
    'Union Groupe Régie Conseil Cour Gendarmerie Sûreté Agence Autorité Ministère Direction Chambre Confédération Syndicat Comité Institut Compagnie Commissariat ' +
    'Cassa Agenzia Autorità Commissione Procura Camera Società Sindacato Confederazione Comisión Comissão Fiscalía Procuraduría Secretaría Servicio Serviço Autoridad Autoridade Cámara Câmara Compañía Companhia Sociedad Sociedade Sindicato Gendarmería ' +
    // (German: "Verband der Automobilindustrie", "Bundesamt für Sicherheit in der Informationstechnik".)
    'Verband Bundesverband Bundesamt Bundesanstalt Stiftung Gesellschaft',
);
/** Links inside a foreign body's name, before a word of any case: "Caisse de dépôt et placement du Québec", "Cassa Depositi e Prestiti". */
export const NAME_LINKS = wordSet('de du des et e y di del della dei degli delle do da dos das für');
/** Articles after a link: "de la", "de los". */
export const LINK_ARTICLES = wordSet('la las los le les il lo o a os as');
/** Lower-case adjectives that follow a foreign body's noun: "nationale", "agricoles", "publique", "costiera" (or any word with an accent). */
export const FOREIGN_ADJ_RE = re('u')`^[${Ll}]{3,}(?:ale|ales|aux|ali|ique|iques|aire|aires|elle|elles|ienne|iennes|aise|aises|oise|oises|euse|euses|oles|iera|iero|ica|ico|iche|ici)$|^[a-z]*[^\0-\x7f][${Ll}]*$`;
/** Elided particles before a name: "d'Ivoire", "l'énergie", "dell'Economia". */
export const ELIDED = wordSet('d l dell dall all nell sull degl');
/**
 * Nouns of bodies and firms that open names in French, Spanish, Portuguese, Italian, Dutch, German, Indonesian and Malay,
 * beside ROMANCE_BODIES (which also open a name's foreign tail):
 * "Groupe Calcul Nordique", "Aéroports de Paris", "Frigorífico Vale do Iriri", "Stichting Natuur", "Perusahaan Listrik Negara".
 */
export const BODY_FIRST = wordSet('Gruppo Compagnia Empresa Empresas Azienda Mutuelle Crédit Électricité Aéroports Aeropuertos Aeroportos Aeroporti Chemins Ferrocarriles Carabinieri Dirección Direção Direzione Fundación Fundação Fondazione Fondation Cooperativa Coopérative Frigorífico Frigorifico Agropecuária Agropecuaria Industrias Indústrias Laboratorios Laboratórios Laboratoires Transportes Petróleos Servizio Ministero Università Université Universitas Stichting Vereniging Koninklijke Perusahaan Badan Kementerian Lembaga Yayasan Bank ' +
  // Polish and Czech public bodies' first words: "Krajowa Izba Odwoławcza", "Sąd Najwyższy", "Urząd Ochrony Konkurencji".
  'Krajowa Krajowy Naczelna Naczelny Najwyższa Najwyższy Państwowa Państwowy Narodowy Narodowa Izba Urząd Sąd Rada Ministerstwo Komisja Agencja Ministerstvo Úřad Soud');

/** What a firm owns or employs, after its possessive name: "Kalvari Tessin's plant". */
export const BODY_OWNS = wordSet('plant plants factory factories subsidiary subsidiaries unit units board shareholders investors employees workforce headquarters ceo brands products stores outlets mines refinery');
/** Lower-case nouns of a region after its name: "the Amazon basin". */
export const REGION_NOUNS = wordSet('region basin rainforest forest jungle biome delta state states river');

/** Lower-case nouns of documents after a name: "the Paris agreement". */
export const DOC_NOUNS = wordSet('agreement agreements accord accords treaty protocol declaration');
/** Currencies named after letters: "CFA francs". */
export const CURRENCIES = wordSet('franc francs dollar dollars peso pesos rupee rupees shilling shillings dinar dinars cedi cedis');
/** Words of roads before their number: "Route 222", "Interstate 83". */
export const ROADS = wordSet('Route Highway Interstate Hwy Road Motorway Autobahn');
/**
 * Legal forms of companies: "Lumetra Inc", "Acme plc"; with the Nordic, Baltic, German, French, Italian, Latin
 * American, Russian and Malaysian forms: "Ekvik Invest AB", "Equinor ASA", "Nokia Oyj".
 */
export const CORP_SUFFIXES = wordSet('Inc Corp Ltd plc PLC LLC LLP AG SA NV BV SE Co GmbH SpA Pty Bhd ICAV DAC Limited Incorporated Berhad Tbk Pte Pvt S.A N.V B.V S.p.A S.L AB ASA AS A/S ApS Oyj Oy KG KGaA SARL Sarl SAS SRL Srl Ltda PJSC JSC OJSC Sdn KK K.K SAB AŞ A.Ş');
export const corpSuffix = (t: string): boolean => CORP_SUFFIXES.has(t.endsWith('.') ? t.slice(0, -1) : t);
/** Newsroom labels before a dateline: "UPDATE 2-", "EXCLUSIVE-". */
export const DATELINE_LABELS = wordSet('UPDATE BREAKING EXCLUSIVE ANALYSIS FACTBOX EXPLAINER WATCH LIVE OPINION INSIGHT');
export const SAID = wordSet(
  'said says told added stated argued claimed warned wrote explained insisted announced noted asked urged replied ' +
    'denied admitted acknowledged confirmed tweeted posted testified recalled believes thinks vowed pledged promised',
);
export const VERBS = wordSet(
  'is was has had will would could can did does may might must should won lost met led took made became left ran ' +
    'gave came went held beat kept sent brought fought sold stood rose fell spoke wrote hit struck began thought knew ' +
    'found put set got also then later',
);
/** Last words of events' names. */
export const EVENT_WORDS = wordSet('Championship Championships Cup Open Prix Festival Trophy Games Series Award Awards Prize Summit Conference');
/** Names of storms and operations: "Hurricane Milton". */
export const EVENT_PREFIX = wordSet('Hurricane Storm Typhoon Cyclone Tropical Operation Operação Operación Opération Operazione Operasi');
/** Plural endings of group names: "Republicans", "Democrats", "Founding Fathers", "Electors", "Kurds". */
export const PLURAL_RE = re('u')`[${Ll}](?:ans|ists|ers|ors|ites|ats|ards|ds|ies|ens|ets)$`;
/** First words of places' names, with stadiums and land and water words in other languages: "Stade Vélodrome",
 * "Estádio da Luz", "Isla Mujeres", "Wadi Rum", "Pulau Ubin" (Malay "island"), "Kampung Baru" (Malay "village"). */
export const PLACE_PREFIX = wordSet('Boulevard Avenue Avenida Rue Calle Place Circuit Comet Asteroid River Lake Mount Mt Mt. Fort Port Cape Isle Loch Lough San Santa Santo Los Las El São Sao Porto Mato Stade Stadio Estadio Estádio Stadion Parc Parque Isla Isola Île Lago Monte Cerro Playa Puerto Ciudad Teatro Piazza Plaza Palazzo Castello Castillo Praça Wadi Jabal Jebel Deir Beit Kafr Pulau Bukit Sungai Kampung Tanjung Gunung Kuala Kota');
/** Adjectives opening a region's name before a country's: "Mainland China", "Greater London". */
export const REGION_ADJ = wordSet('great greater mainland metropolitan continental upper lower inner outer new old regional remote');
/** Nouns of a maker's product after its name: "an Embraer jet", "a Ford truck". */
export const PRODUCTS = wordSet('jet jets plane planes aircraft airliner airliners helicopter helicopters car cars truck trucks lorry van bus buses vehicle vehicles drone drones rocket ship vessel tanker train trains engine engines phone phones smartphone laptop chip chips');
/** Nouns of works before their title: "the film Hollow Ground", "her play, Low Tide". */
export const WORKS = wordSet('film movie novel book album song single play musical opera series sitcom drama documentary memoir poem painting show');
/** The head words `LOCAL_BODY` needs, a cheaper test to try first. */
export const LOCAL_HEAD_RE = / (?:Council|Police|Fire|Mayor|Sheriff)\b/;
/** Heads of a local body named after its place: "Riverton Council", "Austin Police Department". */
export const LOCAL_BODY = re('u')`^([${Lu}][${L}'-]+(?: [${Lu}][${L}'-]+)?) (?:City |County |Borough |District |Town |Parish )?(?:Council|Police|Fire|Mayor|Sheriff)\b`;
/** Nouns of groups among organisations' ("the party's youth wing, the ...": a wing of a party or a movement). */
export const GROUP_ORG_NOUNS = wordSet('militia faction movement gang cartel wing mafia syndicate');
/** Jobs held at an organisation, between its name and a person's: "Bernstein analyst Daniel Koh". */
export const EMPLOYEES = wordSet('analyst analysts economist strategist spokesman spokeswoman spokesperson executive engineer employee reporter correspondent researcher administrator director chief boss chairman chairwoman founder ceo');
/** Words of an irregular force before its noun: "a civilian auxiliary force". */
export const IRREGULAR = wordSet('auxiliary civilian volunteer vigilante self-defence self-defense tribal');
export const ARMED = wordSet('guerrilla splinter militant rebel armed jihadist extremist terrorist terror islamist paramilitary insurgent separatist criminal ransomware hacking hacker');
/** What a body does or has after its name: "will hold a 20% stake", "signed the contract", "holds the remaining 49%". */
export const HOLDS = wordSet('hold holds held own owns owned signed signs won wins took takes will would also has had');
export const HOLDS_RE = /^\s+(?:(?:will|would|also|has|had)\s+)*(?:hold|holds|held|owns?|owned|signed|signs|won|wins|took|takes)\s+(?:[a-z]+\s+){0,3}?(?:\d[\d.,]*\s*(?:%|per ?cent)\s+)?(?:stake|contract|concession|licen[cs]e|tender|\d[\d.,]*\s*(?:%|per ?cent))/;
export const APPOSITIVE_STOP = wordSet('who whose where when which that said says told and was is has had will would');
/** Words that open a clause after a comma, never an appositive: "X, with the remainder in France". */
export const APPOSITIVE_NOT = wordSet('with in on at by for from to of after before while as including mainly mostly both never also still already just only then now even');
export const NOT_ROLE = wordSet(
  'under over after other whether either neither rather however together never later another further number order ' +
    'power water center centre border percent recent event present murder plant ' +
    'important significant human german ' +
    // ("lower Brent crude prices": comparatives.)
    'lower higher greater bigger larger smaller wider older younger earlier fewer cheaper stronger weaker faster slower longer shorter tighter',
);
/** Capitalised words (besides head words and titles) that take "of": "Republic of", "Bank of". */
export const OF_HEADS = wordSet('Republic Kingdom States House Isle Cape Chief Minister Secretary Friends Bank Church Diocese Archdiocese Museum Gulf Bay Sea Strait Sultanate Emirate Commonwealth Federation Union');
/** Endings of subject nouns that close an organisation's name after "and": "Immunisation", "Medicine", "Social Care". */
/** A plural abstract noun ("Settlements", "Relations"): never a name's word. */
export const PLURAL_ABSTRACT_RE = /(?:tion|sion|ment|ity|nce)s$/;
export const SUBJECT_RE = /(?:tion|sion|ment|ity|ine|ics|ies|ing|gy|cy|nce|ism|ure|ry|care|trade|sport|arts|affairs|health|food|fare|ice|youth|water|labou?r|transport|media)$/;
/** Institution heads that take "on" (and "to" before an aim): "Committee on", "Office on Drugs and Crime", "Committee to Protect Journalists", besides non-actor heads ("Convention on"). */
export const ON_HEADS = wordSet('Committee Commission Council Panel Office Institute Centre Center Agency Authority Board Bureau Forum');

/** Words opening a title before its portfolio ("Under Secretary of"), and portfolios' nouns beyond `SUBJECT_RE` and the title modifiers. */
export const PORTFOLIO_OPENERS = wordSet('under head member');
export const PORTFOLIO_WORDS = wordSet('affairs governance resources development gas water sanitation competition works control orientation administration employment welfare services zero planning investment heritage lands power ecology climate change security communities cities regions women children family prosecutions intelligence policy relations cooperation integration refugees revenue customs railways roads ports maritime digital enterprise mining minerals irrigation livestock pensions equality nature conservation wildlife forests forestry fisheries food supply supplies works youth');
/** Lower-case words straight before a titled name that belong to its role: "former". */
export const LAWMAKER_RE = /\b(?:sen(?:ator)?|rep(?:resentative)?|congress(?:wo)?man|speaker|leader|gov(?:ernor)?|mayor|lawmaker|democrat(?:ic)?|republican)\b/i;
/** Words before a name used as a modifier: "the Harry Potter films", "his first Grand Slam title". */
export const MODIFIER_BEFORE = wordSet('the a an his her its their our my your this that first second third fourth fifth last next latest new');
/** (Hyphenated only: "left Zuwara", "turned right" are a verb's and an adverb's.) */
export const LEANINGS = wordSet('far-right far-left hard-right hard-left centre-right centre-left center-right center-left ultra-right ultra-left right-wing left-wing regionalist nationalist separatist populist ultranationalist');
/** Last words of party names that also name other bodies ("Awami League", "Pakistan Muslim League-Nawaz", "National Front"). */
export const PARTY_HEAD_RE = /\b(?:League|Front)(?:-[A-Z][a-z]+)?$/;
/** Words of a sentence about party politics. */
export const POLITICAL_RE = /\b(?:MPs|MKs|lawmakers|legislators|coalition|parliament|parties|polls|ballot|elections?)\b/;
/** A party's cue after its name: "..., which quit the coalition", "... its seven MPs". */
export const PARTY_CUE_RE = /\b(?:quit|quits|left|leaves|joined|joins|rejoined|leads|led|exited) the (?:[a-z]+ )?coalition\b(?! of)|\b(?:its|their) (?:[a-z0-9]+ )?(?:MPs|MKs|lawmakers|legislators)\b/;
/** Words straight after a party's name: "X leader", "X lawmakers". */
export const PARTY_NEXT_RE = /^\s+(?:leader|chairman|chairwoman|MPs|MKs|lawmakers|legislators)\b/;
/** A word that either cue above needs. */
export const PARTY_WORD_RE = /coalition|MPs|MKs|lawmakers|legislators|leader|chairman|chairwoman/;
/** People at a home's place: "tenants at X". */
export const HOMES = wordSet('tenant tenants resident residents homeowner homeowners occupant occupants');
export const PARTY_DET = wordSet('a an every each one no another fellow');
/** Political roles after a party's adjective: "a Conservative member", "a Republican senator". */
export const PARTY_MEMBERS = wordSet('member members mp mps lawmaker lawmakers legislator legislators politician politicians councillor councillors councilor councilors peer peers senator senators congressman congresswoman candidate candidates backbencher backbenchers donor donors strategist strategists activist activists');
export const PRE_MODIFIERS = wordSet('former then acting interim late disgraced embattled outgoing incoming ousted jailed exiled');
export const ROLE_SUFFIX_RE = /(?:er|or|ist|man|woman|ian|ent|ant|eon|aire)$/;
export const ACRONYM_RE = re('u')`^(?:[${Lu}]\.){2,}$|^(?=(?:.*[${Lu}]){2})[${Lu}][${L}&]{1,6}$`;
export const AGE_RE = /^\d+-year-old$/;
export const ORDINAL_RE = /^\d+(?:st|nd|rd|th)$/;
export const ROMAN_RE = /^[IVXLC]+$/;
/** A monarch's or a chief's numeral after the name: "II", "XIV" (not a lone "V" or "X"). */
export const REGNAL = wordSet('II III IV VI VII VIII IX XI XII XIII XIV XV XVI XVII XVIII XIX XX');
/** Nouns of a coalition ("the US-led coalition") and of armed groups ("Shiite militias"). */
export const COALITION = '(coalition|alliance|bloc|mission|force)';
export const GROUP_NOUNS = '(groups|militias|militants|factions|rebels|guerrillas|insurgents|separatists|tribes|clans|jihadists|extremists|paramilitaries|fighters)\\b';
/** Nouns of military units after their name, and the arms before them: "the Azov regiment", "cavalry brigade". */
export const UNITS = wordSet('brigade regiment battalion squadron');
/** Words of a body's branches and areas before their number: "UAW Region 8", "Teamsters Local 727". */
export const NUMBERED = wordSet('Region District Local Precinct Ward Sector Zone Area');
/** Words of a legislature or an election before a numbered district: "Senate District 16". */
export const ELECTORAL = wordSet('Senate House Assembly Congressional Legislative Council Electoral Parliamentary State');
export const ARMS = wordSet('cavalry infantry armoured armored mechanised mechanized airborne marine artillery mountain parachute tank assault');
/** Tails of compounds after a maker's or owner's name: "Hadid-designed". */
export const MADE_BY_RE = /^[^-]+-(?:designed|owned|founded|funded|built|directed|produced)$/;
/** Verbs before "in" and a publication: "published in Nature". */
export const PUBLISHED = wordSet('published writing wrote appeared reported');
/** What every match of `REGION_STATES_RE` holds (one search, cheaper than three `includes`). */
export const REGION_STATES_CUE_RE = / (?:states|countries|nations)/;
export const REGION_STATES_RE = /\b[Tt]he ((?:Baltic|Gulf|Nordic|Balkan|Scandinavian|Caribbean) (?:states|countries|nations))\b/g;
export const ADMIN_RE = re('gu')`\b[Tt]he ([${Lu}][${Ll}]+) administration\b`;
export const COALITION_RE = re('gu')`\b([${Lu}][${L}.]*)-(?:led|backed)((?:\s+[a-z]+){0,3}?)\s+${COALITION}\b`;
export const COALITION_ALIAS_RE = new RegExp(`\\b([a-z]+) ${COALITION}\\b`, 'g');
export const COALITION_END_RE = new RegExp(COALITION + '$');
export const GROUP_NOUN_RE = new RegExp(' ' + GROUP_NOUNS);
export const GROUP_PHRASE_RE = re('gu')`(?<![${Lu}][${L}]*[ -])\b([${Lu}][${L}'’]*) ${GROUP_NOUNS}`;
/** "airlines such as", "lenders including", "carriers —": a plural noun before a list of its members. */
export const MEMBERS_RE = /\b([A-Za-z][a-z]+)s,?(?:\s*[—–:]\s*|\s+(?:such as|including|like)\s+)/g;
/** Plural nouns whose members, listed after them, are organisations, beyond the organisation nouns: "rivals such as". */
export const MEMBER_NOUNS = wordSet('rival competitor peer line major service');
/** What every match of `MEMBERS_RE` holds, a cheaper test to try first. */
export const MEMBERS_CUE_RE = /s,?(?:\s*[—–:]|\s+(?:such as|including|like)\s)/;
/** One item of such a list and the separator after it ("Bank of America, "). */
export const ITEM_RE = re('uy')`([${Lu}][${L}${N}&'’.-]*(?: (?:of (?:the )?)?[${Lu}][${L}${N}&'’.-]*){0,4})(,? (?:and|or) |, |)`;
/** "a man known as "El Chino"": a Spanish nickname in quotes after "as", "alias" or "nicknamed". */
export const ALIAS_RE = re('gu')`\b(?:as|alias|nicknamed|dubbed) ["“‘']((?:El|La) [${Lu}][${Ll}]+)[,.]?["”’']`;
export const COMMITTEE_RE = /\b[Tt]he (?:Senate|House|Assembly)((?: [a-z]+){1,3}) committee\b/g;
/**
 * The nouns of `INSTITUTION_RE`, a cheap pre-check: one search for the bare alternation (measured faster than ten
 * `includes` calls; its matches are a superset of `INSTITUTION_RE`'s).
 */
export const INSTITUTION_NOUNS = /ministry|army|navy|coast ?guard|military|presidency|air force|court|cabinet/;
/** Lower-case public bodies: "the Italian coastguard", "Italy's interior ministry", "the health ministry", "the high court". */
export const INSTITUTION_RE = re('gu')`(?:\b([${Lu}][${L}.]*(?: [${Lu}][${L}.]*){0,2})(['’]s)? )?\b([a-z]+ )?(ministry|army|navy|coastguard|coast guard|military|presidency|air force|court|cabinet)\b(?!-)`;
export const UPPER_START_RE = re('u')`^[${Lu}]`;
export const LOWER_START_RE = re('u')`^[${Ll}]`;
/** A lone capital, with or without its period: "B", "J." */
export const LETTER_RE = re('u')`^[${Lu}]\.?$`;
/** A word with a lower-case part after a hyphen: "US-led", "Iranian-born". */
export const HYPHEN_LOWER_RE = re('u')`-[${Ll}]`;
/** A hyphenated East Asian given name ("Ji-won", "Jong-un", "Ing-wen") and the short surname before it ("Park", "Tsai"). */
export const GIVEN_HYPHEN_RE = /^[A-Z][a-z]{1,4}-[a-z]{1,5}$/;
export const SURNAME_SHAPE_RE = /^[A-Z][a-z]{0,5}$/;
/** English prefixes and tails of compounds that are no given name: "Anti-war", "Iran-backed". */
export const NOT_GIVEN_HYPHEN = wordSet('anti pro non post pre mid ex co re sub semi self multi far led backed based run owned born made style like wide era');
/** A word in capitals ("WASHINGTON", "ST. LOUIS"), then one in title case ("Billings"): a dateline's place. */
export const CAPS_WORD_RE = re('u')`^[${Lu}][${Lu}.'’-]+$`;
export const TITLE_CASE_START_RE = re('u')`^[${Lu}][${Ll}]`;
/** What follows a dateline's place before an agency: ", Mont. (AP) —". */
export const AGENCY_DASH_RE = re('u')`^(?:,[^,()\n—–]{1,25})?\s*\([${Lu}][${L}. ]{1,24}\)\s*[—–-]`;
/** A dateline's agency in brackets after its place: ", Feb 10 (Reuters)". */
export const DATELINE_AGENCY_RE = /^(?:,[^,()\n—–]{1,25})?\s*(\([^()\n]{1,30}\))/;
/** The first lower-case letter of each word (to title-case a form). */
export const WORD_LOWER_START_RE = re('gu')`(^|[\s-])[${Ll}]`;
export const CAPITALISED_RE = re('u')`^[${Lu}][${Ll}]*$`;
/** A lawmaker's party and state: "R-Ohio", "D-N.M.". */
export const PARTY_STATE_RE = re('u')`^[RDI]-[${Lu}]`;

/** Verbs that move goods or people, and what they move: "sent samples to", "trucked from". */
export const MOVED = wordSet('send sent sending ship shipped shipping export exported exporting import imported importing trucked smuggled relocated moved');
export const CARGO = wordSet('samples goods troops patients cargo shipments migrants refugees supplies aid families people children');
/** Disasters and ferries named by their place: "the 1988 Spitak earthquake", "the Orkney ferry". */
export const EVENT_NOUNS = wordSet('earthquake quake tsunami eruption landslide floods massacre ferry');
