import { describe, it } from 'vitest';
import { checkActorProbe, type ActorProbe } from './helpers/actor-probes.js';

// Actor fixes found by reading the eval of blind batches 31 to 34 (each probe is wire copy of our own).

/** The Welsh patronymic particle "ap" joins a name ("Rhun ap Iorwerth" was a person "Rhun" and a body "Iorwerth"). */
const WELSH: ActorProbe[] = [
  ['Plaid Cymru leader Rhun ap Iorwerth, who joined activists at the count, called it a historic night.', [['Rhun ap Iorwerth', 'person']], ['Rhun', 'Iorwerth']],
  ['The poet Dafydd ap Gwilym was born near Aberystwyth.', [['Dafydd ap Gwilym', 'person']], ['Dafydd']],
  ['An AP reporter saw the fire.', [['AP', 'organization']], []],
];

describe('actors: the particle "ap" inside a Welsh name', () => {
  it.each(WELSH)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/**
 * A given name written with an accent the list leaves out ("Luís", "Sebastián") is still a given name: "Prime Minister
 * Luís Montenegro" was an organisation (its last word a country), and "Montenegro said" after it the country.
 */
const ACCENTED: ActorProbe[] = [
  ['Prime Minister Luís Montenegro visited the command post in Arganil on Wednesday. Montenegro said aid would come fast.', [['Luís Montenegro', 'person'], ['Arganil', 'place']], ['Prime Minister Luís Montenegro']],
];

describe('actors: a given name with an accent', () => {
  it.each(ACCENTED)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** "Sheikh" after a given name is inside a name ("Hassan Sheikh Mohamud" was "Hassan" and "Sheikh Mohamud"); before one it is a title. */
const SHEIKH: ActorProbe[] = [
  ['President Hassan Sheikh Mohamud visited Baidoa on Monday. Mohamud said the aid was late.', [['Hassan Sheikh Mohamud', 'person']], ['Hassan']],
  ['The talks were led by Mohamed Sheikh Ali, the deputy minister.', [['Mohamed Sheikh Ali', 'person']], ['Sheikh Ali']],
  ['Prime Minister Sheikh Hasina spoke in Dhaka.', [['Hasina', 'person'], ['Dhaka', 'place']], []],
];

describe('actors: "Sheikh" inside a name', () => {
  it.each(SHEIKH)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** "Zone" is a place noun like "region" and "district": "the Afder, Liben and Shabelle zones", "Oromia's Borena zone". */
const ZONES: ActorProbe[] = [
  ['About 2 million people needed food aid in the Afder, Liben and Shabelle zones of the Somali region.', [['Afder', 'place'], ['Liben', 'place'], ['Shabelle', 'place']], []],
  ["Rains failed in neighbouring Oromia's Borena zone.", [['Borena', 'place']], []],
];

describe('actors: names before "zone"', () => {
  it.each(ZONES)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/**
 * A name set off by "the … opposition bloc", "the ruling coalition" is a group of parties ("Perikatan Nasional" was a
 * person offered among governors); a regional bloc or a trade alliance stays an organisation.
 */
const BLOCS: ActorProbe[] = [
  ['Perikatan Nasional, the main opposition bloc at the federal level, won one seat.', [['Perikatan Nasional', 'group']], []],
  ['Zorvan Alliance, the ruling coalition, won 40 seats.', [['Zorvan Alliance', 'group']], []],
  ['Vantora Pact, a regional bloc, met in Accra on Monday.', [['Vantora Pact', 'organization'], ['Accra', 'place']], []],
];

describe('actors: a name set off by a bloc or a coalition', () => {
  it.each(BLOCS)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/**
 * After a title, a word only shaped like a role noun is a given name ("Chief Minister Sukhvinder Singh Sukhu" was
 * "Singh Sukhu", the Chief Minister "Sukhvinder"); a listed role noun opening a sentence is a role ("Evacuee Brenda
 * Strang" was offered as a person's name).
 */
const ROLE_SHAPED: ActorProbe[] = [
  ['Chief Minister Sukhvinder Singh Sukhu announced the package in Shimla.', [['Sukhvinder Singh Sukhu', 'person', 'Chief Minister'], ['Shimla', 'place']], ['Singh Sukhu']],
  ['Douglas County Clerk-Treasurer Ben Sorensen said the count was over.', [['Ben Sorensen', 'person', 'Clerk-Treasurer']], []],
  ['Evacuee Brenda Strang, 54, said the family left with only one bag each.', [['Brenda Strang', 'person']], ['Evacuee Brenda Strang']],
];

describe('actors: role-shaped words before names', () => {
  it.each(ROLE_SHAPED)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** The Irish "Lough" opens a lake's name as "Loch" and "Lake" do ("Lough Gill" was a person). */
const LOUGHS: ActorProbe[] = [
  ['The route crosses 22 townlands and passes within sight of Lough Gill.', [['Lough Gill', 'place']], []],
];

describe('actors: "Lough" before a name', () => {
  it.each(LOUGHS)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** A place noun before another noun in an appositive modifies it ("chief euro zone economist", "a city council member"). */
const PLACE_MODIFIERS: ActorProbe[] = [
  ['"Nothing to frighten the market," said Katharina Vogt, chief euro zone economist at Helaba.', [['Katharina Vogt', 'person'], ['Helaba', 'organization']], []],
  ['Maria Silva, a city council member, spoke against the plan.', [['Maria Silva', 'person']], []],
  ['Kerry Town, a coastal town in Wales, voted against the plan.', [['Kerry Town', 'place'], ['Wales', 'country']], []],
];

describe('actors: a place noun modifying an appositive head', () => {
  it.each(PLACE_MODIFIERS)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** Central banks and state-owned commodity giants named once ("Bundesbank President Joachim Nagel", "State-owned Codelco"). */
const KNOWN_BODIES: ActorProbe[] = [
  ['Bundesbank President Joachim Nagel told reporters in Berlin that the bar was high.', [['Bundesbank', 'organization'], ['Joachim Nagel', 'person']], []],
  ['State-owned Codelco suspended some operations at its El Teniente mine.', [['Codelco', 'organization']], []],
];

describe('actors: known central banks and state firms', () => {
  it.each(KNOWN_BODIES)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** The Swahili particle "kwa" joins a place's name ("Mukuru kwa Njenga"); "Ground" closes a venue's ("the Racecourse Ground"). */
const KWA_GROUND: ActorProbe[] = [
  ['In Mukuru kwa Njenga, residents blamed burst sewer lines.', [['Mukuru kwa Njenga', 'place']], ['Kwa Njenga']],
  ['The match was played at the Racecourse Ground in front of 12,914 fans.', [['Racecourse Ground', 'place']], []],
];

describe('actors: "kwa" inside a place name, "Ground" after a venue', () => {
  it.each(KWA_GROUND)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** A name after two political leanings ("the left-wing regionalist Adelante Andalucía") is a party, not a person. */
const LEANING_PARTIES: ActorProbe[] = [
  ['Vox won 15 seats, while the left-wing regionalist Adelante Andalucía tripled its tally to six.', [['Adelante Andalucía', 'group']], []],
  ['The nationalist Fidesz party won a fifth term.', [['Fidesz', 'group']], []],
];

describe('actors: a party after political leanings', () => {
  it.each(LEANING_PARTIES)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});
