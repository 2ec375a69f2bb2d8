import { describe, it } from 'vitest';
import { checkActorProbe, type ActorProbe } from './helpers/actor-probes.js';

/**
 * Places by grammar (round 27): "on" after a landfall or a site's noun; a motion verb before "to"/"from" and the
 * names it coordinates; a compass word's region before "of"; a place before a disaster's or a ferry's noun; rail
 * lines as places and hotels as businesses (head words); a title-case dateline with a spaced dash; bodies set off
 * after a lone name, plurals before "of" and acronyms' councils.
 */
const PROBES: ActorProbe[] = [
  // "on" after a landfall, a site's or a people's noun: an island.
  ['Hurricane Beryl made landfall on Carriacou as a Category 4 storm.', [['Carriacou', 'place']], []],
  ['The rebuilt hospital on Carriacou will open in September.', [['Carriacou', 'place']], []],
  ['Typhoon Haikui made landfall on Penghu early on Sunday.', [['Penghu', 'place']], []],
  ['Thousands of migrants are held in camps on Lesbos, officials said.', [['Lesbos', 'place']], []],
  ['The ferry service to residents on Ometepe was suspended.', [['Ometepe', 'place']], []],
  ['Cyclone Mocha made landfall on Sittwe on Sunday.', [['Sittwe', 'place']], []],
  ['The only airport on Ometepe was closed for repairs.', [['Ometepe', 'place']], []],
  ['Residents on Lamu said the water had run out.', [['Lamu', 'place']], []],
  ['The storm came ashore on Hainan with winds of 200 km/h.', [['Hainan', 'place']], []],
  ['The sanctions will weigh on Gazprom, analysts said.', [['Gazprom', 'organization']], []],
  ['The minister called on Paul Kagame to release the detainees.', [['Paul Kagame', 'person']], []],
  ['Analysts said the sanctions would weigh on Vantora Steel.', [['Vantora Steel', 'organization']], []],
  ['Ana Lucía y Pérez, a lawyer, said the ruling was unfair.', [['Ana Lucía y Pérez', 'person']], []],
  // A motion verb (and what it moves) before "to" or "from"; the second of two names takes the first's kind.
  ['Researchers had to send samples to Grenoble or Hamburg and wait months.', [['Grenoble', 'place'], ['Hamburg', 'place']], []],
  ['Patients travel to Thessaloniki or Patras for treatment.', [['Thessaloniki', 'place'], ['Patras', 'place']], []],
  ['Goods are trucked from Mersin and Iskenderun to the border.', [['Mersin', 'place'], ['Iskenderun', 'place']], []],
  ['Many families moved to Kisumu or Eldoret after the clashes.', [['Kisumu', 'place'], ['Eldoret', 'place']], []],
  ['The airline flies from Cebu and Davao to Tokyo twice a week.', [['Cebu', 'place'], ['Davao', 'place']], []],
  ['The army shipped supplies to Kidal and Tessalit by road.', [['Kidal', 'place'], ['Tessalit', 'place']], []],
  ['Rice is exported to Senegal and Mauritania.', [['Senegal', 'country']], []],
  ['The cocaine was smuggled from Paranaguá to Antwerp in containers.', [['Paranaguá', 'place']], []],
  ['Dozens of families moved to Kakuma after the floods.', [['Kakuma', 'place']], []],
  ['She sent a letter to Jacob Zuma in 2016.', [['Jacob Zuma', 'person']], []],
  // A compass word's region before "of"; a particle with no given name.
  ['The company was registered in the eastern department of Treinta y Tres.', [['Treinta y Tres', 'place']], []],
  ['The firm was registered in the northern province of Cabo Delgado.', [['Cabo Delgado', 'place']], []],
  ['Officials in the western region of Huehuetenango reported floods.', [['Huehuetenango', 'place']], []],
  ['Police in Rio de Janeiro arrested 12 people.', [['Rio de Janeiro', 'place']], []],
  ['The mayor of San Juan de Lurigancho said water was cut.', [['San Juan de Lurigancho', 'place']], []],
  // A place before a disaster's or a ferry's noun (a year may stand between); a border crossing is also its place.
  ['A suspect left the country through the Chuy border crossing on March 29.', [['Chuy', 'place']], []],
  ['A suspect fled through the Chuy border crossing on March 29.', [['Chuy', 'place']], []],
  ['Services will connect with the Orkney ferry at Scrabster.', [['Orkney', 'place'], ['Scrabster', 'place']], []],
  ['Metsamor was shut after the 1988 Spitak earthquake killed 25,000 people.', [['Spitak', 'place']], []],
  ['Survivors of the Gorkha earthquake still live in tents.', [['Gorkha', 'place']], []],
  ['Passengers waited for the Calais ferry for hours.', [['Calais', 'place']], []],
  ['The Kahramanmaras earthquake destroyed 50,000 buildings.', [['Kahramanmaras', 'place']], []],
  ['The 2015 Gorkha earthquake killed nearly 9,000 people.', [['Gorkha', 'place']], []],
  ['Memorials were held for victims of the Srebrenica massacre.', [['Srebrenica', 'place']], []],
  ['Many still live in tents after the Wenchuan quake.', [['Wenchuan', 'place']], []],
  ['Passengers waited for hours for the Scrabster ferry.', [['Scrabster', 'place']], []],
  ['The Mombasa highway was closed by protesters.', [['Mombasa', 'place']], []],
  // Lines are places; hotels and resorts are businesses.
  ['Travellers were promised faster trains on the Far North Line.', [['Far North Line', 'place']], []],
  ['The Elizabeth Line carried 200 million passengers.', [['Elizabeth Line', 'place']], []],
  ['Work on the Gautrain Line was delayed.', [['Gautrain Line', 'place']], []],
  ['Talks on the Line of Control resumed.', [['Line of Control', 'place']], []],
  ['The Jubilee Line was suspended after a signal failure.', [['Jubilee Line', 'place']], []],
  ['Trains on the Purple Line will run every five minutes.', [['Purple Line', 'place']], []],
  ['Maersk Line said it would reroute ships around the Cape.', [['Maersk Line', 'organization']], []],
  ['Delta Air Lines cancelled 300 flights.', [['Delta Air Lines', 'organization']], []],
  ['Among them is the Mermaid Beach Hotel in Hillsborough.', [['Mermaid Beach Hotel', 'organization'], ['Hillsborough', 'place']], []],
  ['Guests were evacuated from the Grand Palace Hotel in Lagos.', [['Grand Palace Hotel', 'organization']], []],
  ['The Serena Hotel in Kabul was attacked.', [['Serena Hotel', 'organization']], []],
  ['The Marriott Resort said bookings rose.', [['Marriott Resort', 'organization']], []],
  ['The Lagoon Beach Resort cut 40 jobs.', [['Lagoon Beach Resort', 'organization']], []],
  // A title-case dateline and a spaced dash before the story's first sentence.
  ['Monrovia – The Ministry of Health has extended the vaccine to all counties.', [['Monrovia', 'place'], ['Ministry of Health', 'organization']], []],
  ['Kigali – The Rwanda Development Board said arrivals rose.', [['Kigali', 'place']], []],
  ['DHAKA — Bangladesh Bank cut its policy rate on Monday.', [['DHAKA', 'place']], []],
  // "at" after a plant: a place, not an employer; "Al" places.
  ['The plant at Al Tunaib will run on solar power.', [['Al Tunaib', 'place']], []],
  ['Fighting continued near Al Fashir on Sunday.', [['Al Fashir', 'place']], []],
  ['Residents fled from Al Qusayr after the strikes.', [['Al Qusayr', 'place']], []],
  ['Al Jazeera reported the strike.', [['Al Jazeera', 'organization']], []],
  // Bodies: a body set off after a lone name names it; a plural before "of" heads a body; a capitalised acronym's council names no town.
  ['Money came from Unitaid, the Global Health Agency, last year.', [['Unitaid', 'organization']], []],
  ['In Riverton, the Town Council, which met on Monday, voted no.', [['Riverton', 'place']], []],
  ['Friends of the Lake District opposed the road.', [['Friends of the Lake District', 'organization']], []],
  ['Friends of the Far North Line said the line needed more trains.', [['Friends of the Far North Line', 'organization']], []],
  ['The SESAME Council will meet in Amman. SESAME said it needed more money.', [['SESAME', 'organization']], []],
  ['The Riverton Council said Riverton would get a new bridge.', [['Riverton', 'place']], []],
  ['Funding came from Gavi, the Vaccine Alliance, officials said.', [['Gavi', 'organization'], ['Vaccine Alliance', 'organization']], []],
  ['He was charged under the Proceeds of Crime Act.', [], ['Proceeds of Crime Act']],
];

describe('actors: places by grammar (round 27)', () => {
  it.each(PROBES)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});
