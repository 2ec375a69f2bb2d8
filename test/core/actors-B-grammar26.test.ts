import { describe, it } from 'vitest';
import { checkActorProbe, type ActorProbe } from './helpers/actor-probes.js';

/**
 * Places and organisations by grammar (round 26): a list of single capitalised words after "the <facility plural>
 * of", "in", "at", "near" is a list of places; names before a facility noun (substation, plant, line, prison, camp)
 * are places; Taskforce and Collaboration head bodies; geographic heads (Reserve after a nature word, Massif, Delta) make places.
 */
const PROBES: ActorProbe[] = [
  // A list governed by "the <facility plural> of", "in", "at", "near".
  ['The ministry will install modular units at the prisons of Lantin, Ruiselede and Haren, officials said.', [['Lantin', 'place'], ['Ruiselede', 'place'], ['Haren', 'place']], []],
  ['Floods cut roads in Kasese, Bundibugyo and Ntoroko on Monday.', [['Kasese', 'place'], ['Bundibugyo', 'place'], ['Ntoroko', 'place']], []],
  ['Troops were deployed near Kupiansk, Borova and Lyman overnight.', [['Kupiansk', 'place'], ['Borova', 'place'], ['Lyman', 'place']], []],
  ['Protests were held at Tamale, Bolgatanga and Wa on Friday.', [['Tamale', 'place'], ['Bolgatanga', 'place']], []],
  ['The ports of Mombasa and Lamu handled more cargo.', [['Mombasa', 'place'], ['Lamu', 'place']], []],
  ['The towns of Sumy and Okhtyrka lost power.', [['Sumy', 'place'], ['Okhtyrka', 'place']], []],
  ['The airports of Tromsø, Bodø and Alta were closed by snow.', [['Bodø', 'place'], ['Alta', 'place']], []],
  // Names before a facility noun.
  ['The utility plans to upgrade the Dhalkebar and Inaruwa substations next year.', [['Dhalkebar', 'place'], ['Inaruwa', 'place']], []],
  ['Engineers inspected the Kakhovka dam before it burst.', [['Kakhovka', 'place']], []],
  ['Inmates rioted at the Kirikiri prison on Sunday.', [['Kirikiri', 'place']], []],
  ['The Zaporizhzhia nuclear plant lost external power again.', [['Zaporizhzhia nuclear plant', 'place']], []],
  ['Flights resumed at the Juba and Malakal airports.', [['Juba', 'place'], ['Malakal', 'place']], []],
  ['Families fled to the Kakuma refugee camp in northern Kenya.', [['Kakuma', 'place'], ['Kenya', 'country']], []],
  ['The Lobito rail corridor will carry copper to the coast.', [['Lobito', 'place']], []],
  ['Repairs on the Tarbela and Mangla dams will take a year.', [['Tarbela', 'place'], ['Mangla', 'place']], []],
  // Taskforce, Task Force and Collaboration head bodies.
  ['The Strategic Fleet Taskforce, which reported to the government, recommended new ships.', [['Strategic Fleet Taskforce', 'organization']], []],
  ['The Joint Maritime Taskforce said it had seized 2 tonnes of cocaine.', [['Joint Maritime Taskforce', 'organization']], []],
  ['The Financial Action Task Force kept Nigeria on its grey list.', [['Financial Action Task Force', 'organization'], ['Nigeria', 'country']], []],
  ['The Greater Virunga Transboundary Collaboration said gorilla numbers rose.', [['Greater Virunga Transboundary Collaboration', 'organization']], []],
  ['The Mekong Basin Collaboration published the survey.', [['Mekong Basin Collaboration', 'organization']], []],
  // "its <Name> site", "in the Gulf".
  ['The company said its Ras Al Khaimah site would close.', [['Ras Al Khaimah', 'place']], []],
  ['The firm said its Pune plant would double output.', [['Pune', 'place']], []],
  ['Shipping in the Gulf of Aden slowed after the attacks.', [['Gulf of Aden', 'place']], []],
  // Geographic heads are places.
  ['Rangers patrol the Sarambwe Nature Reserve near the border.', [['Sarambwe Nature Reserve', 'place']], []],
  ['Gorillas live in the Virunga Massif.', [['Virunga Massif', 'place']], []],
  ['Oil spills have fouled the Niger Delta for decades.', [['Niger Delta', 'place']], []],
  ['Poachers entered the Selous Game Reserve at night.', [['Selous Game Reserve', 'place']], []],
  ['The Maasai Mara National Reserve reopened to tourists.', [['Maasai Mara National Reserve', 'place']], []],
  ['Snow fell across the Ethiopian Highlands.', [['Ethiopian Highlands', 'place']], []],
  ['The Federal Reserve held rates steady.', [['Federal Reserve', 'organization']], []],
  ['The Reserve Bank of India cut rates.', [['Reserve Bank of India', 'organization']], []],
  ['The Army Reserve called up 500 soldiers.', [['Army Reserve', 'organization']], []],
  // Names already right stay so.
  ['Residents of Goma fled towards Sake and Minova.', [['Goma', 'place']], []],
  ['The Ministry of Defence said the Royal Navy would send a frigate.', [['Ministry of Defence', 'organization'], ['Royal Navy', 'organization']], []],
  ['Delta Air Lines cancelled 300 flights.', [['Delta Air Lines', 'organization']], []],
  ['The prison service said Lantin was full.', [], []],
  ['Talks between Addis Ababa and Asmara stalled.', [['Addis Ababa', 'place'], ['Asmara', 'place']], []],
  ['Ministers from France, Germany and Italy met in Rome.', [['France', 'country'], ['Germany', 'country'], ['Italy', 'country'], ['Rome', 'place']], []],
  ['Apple, Google and Meta were fined in Brussels.', [['Brussels', 'place']], []],
];

describe('places and organisations by grammar (round 26)', () => {
  it.each(PROBES)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});
