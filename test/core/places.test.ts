import { describe, expect, it } from 'vitest';
import { extractActors } from '../../src/core/actors.js';
import { isWorldPlace } from '../../src/core/places.js';
import { splitSentences } from '../../src/core/text.js';
import type { ActorKind } from '../../src/core/types.js';

describe('isWorldPlace', () => {
  it.each([
    ['Mombasa', true], ['Kraków', true], ['Krakow', true], ['Lodz', true], ['Svalbard', true], ['Andes', true],
    ['Danube', true], ['Sahara', true],
    // Words, given names and unknown names are never world places.
    ['Nice', false], ['Split', false], ['Mobile', false], ['Reading', false], ['Charlotte', false], ['Florence', false],
    ['mombasa', false], ['Zorblax', false],
  ])('%s → %s', (form, want) => expect(isWorldPlace(form)).toBe(want));
});

/** Wire-copy sentences naming world places with no other cue, and person names that must stay persons. */
const PROBES: [string, [string, ActorKind][], string[]][] = [
  ['Prices at the Mombasa auction fell for a third week.', [['Mombasa', 'place']], []],
  ['A new rail line will link Warsaw with Kraków and Łódź.', [['Kraków', 'place'], ['Łódź', 'place']], []],
  ['Polar bears roam the Svalbard archipelago.', [['Svalbard', 'place']], []],
  ['Snowfall in the southern Andes closed two passes.', [['Andes', 'place']], []],
  ['Ferries to Skye were cancelled because of high winds.', [['Skye', 'place']], []],
  ['Heavy rain lashed Chittagong overnight, officials said.', [['Chittagong', 'place']], []],
  ['Temperatures in the Sahara topped 50C.', [['Sahara', 'place']], []],
  ['Cargo traffic on the Danube has resumed.', [['Danube', 'place']], []],
  ['Charlotte Evans said the plan would cost too much.', [['Charlotte Evans', 'person']], ['Charlotte']],
  ['Austin Reed, the coach, said his team was ready.', [['Austin Reed', 'person']], ['Austin']],
  ['Paris Hilton said she was delighted.', [['Paris Hilton', 'person']], ['Paris']],
  ['Nice work, said the coach.', [], ['Nice']],
];

describe('world places in sentences', () => {
  it.each(PROBES)('%s', (text, want, not) => {
    const actors = extractActors(text, splitSentences(text));
    for (const [name, kind] of want) expect(actors.find((a) => a.name === name || a.aliases?.includes(name))?.kind, name).toBe(kind);
    for (const name of not) expect(actors.some((a) => a.name === name), name).toBe(false);
  });
});
