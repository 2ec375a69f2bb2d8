import { describe, it } from 'vitest';
import { checkActorProbe, type ActorProbe } from './helpers/actor-probes.js';

/**
 * Round 27: persons and bodies by grammar. A constituency (a list of places) before a lawmaker's post-nominal and a
 * name; compound title words kept out of the name; a one-word sentence subject of a reporting verb after
 * auxiliaries and adverbs; a lower-case body noun before a name; a party adjective before a role; parties named by
 * their lawmakers ("lawmakers from the X").
 */
const PROBES: ActorProbe[] = [
  // Constituency + lawmaker post-nominal + name.
  ['Caithness, Sutherland and Ross MSP Maree Todd said the decision was wrong.', [['Maree Todd', 'person'], ['Caithness', 'place'], ['Sutherland', 'place'], ['Ross', 'place']], ['Caithness, Sutherland and Ross MSP Maree Todd', 'Ross MSP Maree Todd']],
  ['Orkney and Shetland MP Alistair Carmichael called the plan reckless.', [['Alistair Carmichael', 'person'], ['Orkney', 'place'], ['Shetland', 'place']], ['Shetland MP Alistair Carmichael']],
  ['Glasgow Kelvin MSP Kaukab Stewart welcomed the funding.', [['Kaukab Stewart', 'person']], ['Glasgow Kelvin MSP Kaukab Stewart']],
  ['Tiverton and Honiton MP Richard Foord said farmers had been ignored.', [['Richard Foord', 'person']], []],
  ['Dublin Bay South TD Ivana Bacik raised the issue in the Dail.', [['Ivana Bacik', 'person']], ['Dublin Bay South TD Ivana Bacik']],
  ['Malabar Hill MLA Mangal Prabhat Lodha inaugurated the road on Sunday.', [['Mangal Prabhat Lodha', 'person']], []],
  // Compound title words stay out of the name.
  ['Undersecretary Maria Cecilia Ronquillo said the talks would resume.', [['Maria Cecilia Ronquillo', 'person']], ['Undersecretary Maria Cecilia Ronquillo']],
  ['Labor Undersecretary Maria Cecilia Ronquillo said the first batch would start in May.', [['Maria Cecilia Ronquillo', 'person']], ['Labor Undersecretary Maria Cecilia Ronquillo']],
  ['Under-Secretary Rosemary DiCarlo briefed the council on Monday.', [['Rosemary DiCarlo', 'person']], ['Under-Secretary Rosemary DiCarlo']],
  ['Assistant Secretary Daniel Kritenbrink met officials in Hanoi.', [['Daniel Kritenbrink', 'person'], ['Hanoi', 'place']], []],
  ['Deputy Secretary Kurt Campbell travelled to Manila on Tuesday.', [['Kurt Campbell', 'person'], ['Manila', 'place']], []],
  ['Permanent Secretary Esther Wanjiru said the funds had been released.', [['Esther Wanjiru', 'person']], ['Permanent Secretary Esther Wanjiru']],
  ['Director-General Tedros Adhanom Ghebreyesus said the outbreak was contained.', [['Tedros Adhanom Ghebreyesus', 'person']], ['Director-General Tedros Adhanom Ghebreyesus']],
  ['Health Undersecretary Hugo López-Gatell said cases were falling.', [['Hugo López-Gatell', 'person']], ['Health Undersecretary Hugo López-Gatell']],
  // One-word sentence subject + auxiliaries/adverbs + reporting verb.
  ['Europol has repeatedly warned that gangs recruit teenagers online.', [['Europol', 'organization']], []],
  ['Frontex had earlier said that crossings fell by a third.', [['Frontex', 'organization']], []],
  ['Pemex has not yet announced a new price for diesel.', [['Pemex', 'organization']], []],
  ['Rosneft has long denied any role in the deal.', [['Rosneft', 'organization']], []],
  ['Safaricom has previously said its network was secure.', [['Safaricom', 'organization']], []],
  ['Unicef has consistently warned about malnutrition in Gaza.', [['Unicef', 'organization'], ['Gaza', 'place']], []],
  ['Meanwhile prices have repeatedly warned investors.', [], ['Meanwhile']],
  ['Officials have repeatedly warned that the dam could fail.', [], ['Officials']],
  // Lower-case body noun before a name.
  ["Russia's state nuclear corporation Rosatom will build the plant.", [['Rosatom', 'organization'], ['Russia', 'country']], []],
  ['The deal with the state nuclear corporation Rosatom was signed in Moscow.', [['Rosatom', 'organization'], ['Moscow', 'place']], []],
  ['The state oil company Pemex reported a loss of $2 billion.', [['Pemex', 'organization']], []],
  ['The mining giant Glencore agreed to pay the fine.', [['Glencore', 'organization']], []],
  ['Shares in telecoms operator Safaricom fell 3% on Tuesday.', [['Safaricom', 'organization']], []],
  ['The state lender Sberbank raised its forecast.', [['Sberbank', 'organization']], []],
  ['The energy regulator Ofgem will cap prices from April.', [['Ofgem', 'organization']], []],
  ['The defence contractor Hanwha won the tender.', [['Hanwha', 'organization']], []],
  ['The logistics firm Maersk said it would reroute ships.', [['Maersk', 'organization']], []],
  ['The corporation said profits would fall.', [], ['The corporation']],
  // Party adjective + role.
  ['Scottish Conservative transport spokesman Iain Fraser said ministers had failed.', [['Iain Fraser', 'person'], ['Scottish Conservative', 'group']], ['Conservative']],
  ['Welsh Labour leader Eluned Morgan said the plan was fair.', [['Eluned Morgan', 'person'], ['Welsh Labour', 'group']], []],
  ['Conservative health spokesman Edward Argar criticised the delays.', [['Edward Argar', 'person']], ['Conservative health spokesman Edward Argar']],
  ['Scottish Liberal Democrat leader Alex Cole-Hamilton said the plan was fair.', [['Alex Cole-Hamilton', 'person'], ['Scottish Liberal Democrat', 'group']], []],
  ['Labor Undersecretary Maria Cecilia Ronquillo said the first batch would start in May.', [['Maria Cecilia Ronquillo', 'person']], ['Labor']],
  ['Labour leader Keir Starmer said the talks would resume.', [['Labour', 'group'], ['Keir Starmer', 'person']], []],
  ['Scottish Labour finance spokesman Michael Marra said taxes would rise.', [['Michael Marra', 'person'], ['Scottish Labour', 'group']], []],
  // Parties named by their lawmakers; civic groups named by an appositive.
  ['Opposition lawmakers from the Armenia Alliance accused the government of double standards.', [['Armenia Alliance', 'group']], []],
  ['Deputies from the Civic Platform walked out of the chamber.', [['Civic Platform', 'group']], []],
  ['MPs of the Patriotic Front voted against the bill.', [['Patriotic Front', 'group']], []],
  ['Analysts at TD Securities said rates would fall.', [['TD Securities', 'organization']], []],
  ['John Smith, Mary Jones and Leeds MP Alex Sobel spoke on Monday.', [['John Smith', 'person'], ['Mary Jones', 'person'], ['Alex Sobel', 'person']], []],
  ['Parliament has repeatedly warned the government about the deficit.', [], ['Parliament has']],
  ['The Sky Alliance, an airline group, added routes to Lagos.', [['Sky Alliance', 'organization'], ['Lagos', 'place']], []],
];

describe('actor grammar, round 27 (A2)', () => {
  it.each(PROBES)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});
