import { describe, expect, it } from 'vitest';
import { datelineLength } from '../../src/core/dateline.js';

describe('datelineLength', () => {
  it.each([
    ['LUSAKA, March 18 (Reuters) - Zambia has recorded more cases.', 'Zambia has recorded more cases.'],
    ['BILLINGS, Mont. (AP) — A plane skidded off the runway.', 'A plane skidded off the runway.'],
    ['LONDON, Jan 5 - Shares fell on Monday.', 'Shares fell on Monday.'],
    ['PORT SUDAN (Reuters) - The army said it had retaken the town.', 'The army said it had retaken the town.'],
    ['WASHINGTON, Dec. 3 (Reuters) -- The Senate voted 52-48.', 'The Senate voted 52-48.'],
    ['ST. LOUIS (AP) — Police arrested two men.', 'Police arrested two men.'],
    ['Billings, Mont. (AP) — A plane skidded off the runway.', 'A plane skidded off the runway.'],
    ['Kyiv (AFP) - Russia launched 90 drones overnight.', 'Russia launched 90 drones overnight.'],
  ])('%s: the story starts after the dateline', (sentence, story) => {
    expect(sentence.slice(datelineLength(sentence))).toBe(story);
  });

  it.each([
    'The US, UK and France - the three allies - agreed on Tuesday.',
    'NATO said on Friday that 1,200 troops would deploy.',
    'US, UK trade talks - what we know so far.',
    'Paris - the city of light - hosted the summit.',
    'London (pictured) is the capital.',
    'LONDON (Reuters) -',
  ])('%s: no dateline', (sentence) => {
    expect(datelineLength(sentence)).toBe(0);
  });
});

describe('datelineLength: a place in capitals alone before a dash', () => {
  it.each([
    ['NAIROBI -- Kenya cut its benchmark rate on Tuesday.', 'Kenya cut its benchmark rate on Tuesday.'],
    ['OSLO — Norway’s wealth fund posted a record return.', 'Norway’s wealth fund posted a record return.'],
    ['SAO PAULO – Brazil’s central bank held rates.', 'Brazil’s central bank held rates.'],
  ])('%s: the story starts after the dateline', (sentence, story) => {
    expect(sentence.slice(datelineLength(sentence))).toBe(story);
  });

  it.each(['NASA -- The agency delayed the launch again.', 'NATO — The alliance met in Brussels.', 'LONDON -- the city of light.', 'US - The talks resumed.'])(
    '%s: no dateline',
    (sentence) => {
      expect(datelineLength(sentence)).toBe(0);
    },
  );
});
