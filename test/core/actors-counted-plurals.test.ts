import { describe, it } from 'vitest';
import { checkActorProbe, type ActorProbe } from './helpers/actor-probes.js';

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
