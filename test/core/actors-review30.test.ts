import { describe, it } from 'vitest';
import { checkActorProbe, type ActorProbe } from './helpers/actor-probes.js';

// Actor fixes found by reading the quizzes of blind batches 28-30 (each probe is wire copy of our own).

/**
 * A count before a plural name ("6.98 lakh Olive Ridleys", "2,000 Olive Ridleys") counts animals or things and names
 * no one (a quiz asked "Last year, a record 6.98 lakh ____ nested" with people as the other choices). A team before
 * its members stays an actor.
 */
const PROBES: ActorProbe[] = [
  ['Last year, a record 6.98 lakh Olive Ridleys nested at Rushikulya over eight nights.', [['Rushikulya', 'place']], ['Olive Ridleys']],
  ['Over 2,000 Olive Ridleys came ashore near Gahirmatha on Monday.', [['Gahirmatha', 'place']], ['Olive Ridleys']],
  ['More than 300 Manchester United fans travelled to Lisbon for the final.', [['Manchester United', 'organization'], ['Lisbon', 'place']], []],
];

describe('actors: a count before a plural name', () => {
  it.each(PROBES)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** A sentence's first word that compares its name with another ("Rival Spiro", "Fellow Democrat Ana Ruiz") is no part of the name. */
const LEADING: ActorProbe[] = [
  ['Rival Spiro, which assembles bikes at a plant in Bugesera district, said it would hire 300 more workers.', [['Bugesera', 'place']], ['Rival Spiro']],
  ['Fellow Democrat Ana Ruiz voted against the bill on Tuesday.', [['Ana Ruiz', 'person']], ['Fellow Democrat Ana Ruiz']],
];

describe('actors: a comparing word before a name', () => {
  it.each(LEADING)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** A name with a particle inside after "in", with no given name first, is a place ("in Foz do Iguaçu", not a person). */
const PARTICLE_PLACES: ActorProbe[] = [
  ["The presidents signed the memorandum at the dam's visitor centre in Foz do Iguaçu, on the Brazilian bank of the river.", [['Foz do Iguaçu', 'place']], []],
  ['She has worked at the fish plant in Bay de Verde for 22 years.', [['Bay de Verde', 'place']], []],
  ["The meeting in Luiz da Silva's office ended without a deal.", [['Luiz da Silva', 'person']], []],
];

describe('actors: a particle name after "in"', () => {
  it.each(PARTICLE_PLACES)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** A sea's or gulf's name with a country after "of" is one place ("the Gulf of Finland"), not the country alone. */
const SEAS: ActorProbe[] = [
  ['Researchers took samples at 146 stations between the Gulf of Finland and the Bornholm Basin in August.', [['Gulf of Finland', 'place'], ['Bornholm Basin', 'place']], []],
  ['Storms formed in the Bay of Bengal and the Gulf of Mexico on Monday.', [['Bay of Bengal', 'place'], ['Gulf of Mexico', 'place']], []],
  ['The US Secretary of State flew to Riyadh on Monday.', [['US', 'country'], ['Riyadh', 'place']], ['US Secretary of State']],
  ['The Gulf of Guinea saw 12 attacks on ships last year.', [['Gulf of Guinea', 'place']], ['Guinea']],
];

describe('actors: a gulf or a sea "of" a country', () => {
  it.each(SEAS)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** "Fort", "Pans" and "Deep" close a place's name ("Colombo Fort", "the Makgadikgadi Pans", "the Gotland Deep"). */
const PLACE_HEAD_WORDS: ActorProbe[] = [
  ['The slower speeds would add 40 minutes to the journey between Colombo Fort and Batticaloa.', [['Colombo Fort', 'place']], []],
  ['Bottom water in the Gotland Deep reached 7.4 degrees Celsius, the report said.', [['Gotland Deep', 'place']], []],
  ['The fence keeps wildlife from the Okavango Delta and the Makgadikgadi Pans away from cattle.', [['Makgadikgadi Pans', 'place'], ['Okavango Delta', 'place']], []],
  ['Matthew Fort wrote the review for the paper on Sunday.', [['Matthew Fort', 'person']], []],
];

describe('actors: more place head words', () => {
  it.each(PLACE_HEAD_WORDS)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});

/** The ends of a route after a route's noun or verb and "between" are places; the parties to talks are not. */
const ROUTE_ENDS: ActorProbe[] = [
  ['Volunteers fenced off a 6-km stretch of beach between Podampeta and Bateswar to keep out dogs.', [['Podampeta', 'place'], ['Bateswar', 'place']], []],
  ['Flights between Kisumu and Lodwar were cancelled after the storm.', [['Kisumu', 'place'], ['Lodwar', 'place']], []],
  ['The park will run buses every 20 minutes between Llanberis and Beddgelert from April.', [['Llanberis', 'place'], ['Beddgelert', 'place']], []],
  ['Talks between Acme and Zenith broke down on Friday.', [], ['Acme', 'Zenith']],
];

describe('actors: the ends of a route', () => {
  it.each(ROUTE_ENDS)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});
