import { describe, it } from 'vitest';
import { checkActorProbe, type ActorProbe } from './helpers/actor-probes.js';

/**
 * A known name with "and" inside ("Bosnia and Herzegovina", "Newfoundland and Labrador", "Saint Vincent and the
 * Grenadines") is one actor, not two halves; names merely listed with "and" stay apart.
 */
const PROBES: ActorProbe[] = [
  ['Workers from Bosnia and Herzegovina and Serbia made up a third of new permits.', [['Bosnia and Herzegovina', 'country'], ['Serbia', 'country']], ['Bosnia', 'Herzegovina']],
  ['Harvesters in Newfoundland and Labrador kept their boats in port on Tuesday.', [['Newfoundland and Labrador', 'place']], ['Newfoundland', 'Labrador']],
  ['Officials in Trinidad and Tobago said the tanker had been refloated.', [['Trinidad and Tobago', 'country']], ['Tobago']],
  ['The minister flew to Antigua and Barbuda on Monday.', [['Antigua and Barbuda', 'country']], ['Antigua', 'Barbuda']],
  ['Saint Vincent and the Grenadines voted against the resolution.', [['Saint Vincent and the Grenadines', 'country']], ['Saint Vincent']],
  ['Croatia and Bosnia and Herzegovina signed the border deal in Zagreb.', [['Croatia', 'country'], ['Bosnia and Herzegovina', 'country'], ['Zagreb', 'place']], ['Croatia and Bosnia']],
  ["Trinidad and Tobago's prime minister spoke first.", [['Trinidad and Tobago', 'country']], ['Tobago']],
  // A plain list stays a list.
  ['Serbia and Montenegro split in 2006, and Kosovo declared independence two years later.', [['Serbia', 'country'], ['Montenegro', 'country'], ['Kosovo', 'country']], ['Serbia and Montenegro']],
  ['Brazil and Paraguay agreed to cut the tariff.', [['Brazil', 'country'], ['Paraguay', 'country']], ['Brazil and Paraguay']],
];

describe('actors: known names with "and" inside', () => {
  it.each(PROBES)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});
