import { describe, it } from 'vitest';
import { checkActorProbe, type ActorProbe } from './helpers/actor-probes.js';

/**
 * A title joined to "general" by a hyphen ("Attorney-General", "Governor-General", "Inspector-General") is a title,
 * not the first words of the person's name (which made the key "Attorney-General Sonya Kilkenny" stand out among
 * bare names in a quiz).
 */
const PROBES: ActorProbe[] = [
  ['"The heart of the law still stands," Attorney-General Sonya Kilkenny said.', [['Sonya Kilkenny', 'person']], ['Attorney-General Sonya Kilkenny']],
  ['Governor-General Sam Mostyn swore in the new ministers on Monday.', [['Sam Mostyn', 'person']], ['Governor-General Sam Mostyn']],
  ['Inspector-General Ruth Odhiambo said the audit would be published in May.', [['Ruth Odhiambo', 'person']], ['Inspector-General Ruth Odhiambo']],
  ['The report by Auditor-General Karen Hogan found the subsidy was not verified.', [['Karen Hogan', 'person']], ['Auditor-General Karen Hogan']],
];

describe('actors: hyphenated titles with "general"', () => {
  it.each(PROBES)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});
