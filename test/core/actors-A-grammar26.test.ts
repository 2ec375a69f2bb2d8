import { describe, it } from 'vitest';
import { checkActorProbe, type ActorProbe } from './helpers/actor-probes.js';

/**
 * Round 26: persons, titles and parties by grammar. A surname that is also a title word ("King", "Bishop") after a
 * title and a name-shaped word; a capitalised phrase after a possessive determiner ("its Strategic Fleet") is no
 * person; a party named after a political leaning and "the", after "lawmaker X of the", or before its lawmakers.
 */
const PROBES: ActorProbe[] = [
  // Title + given name + a surname that is also a title word.
  ['Transport Minister Catherine King announced on Monday that the government would act. Ms King said the plan was sound.', [['Catherine King', 'person', 'Transport Minister']], ['Transport Minister Catherine King']],
  ['Transport Minister Catherine King spoke on Monday. King said the vessels would arrive in 2027.', [['Catherine King', 'person']], ['Transport Minister Catherine King']],
  ['Foreign Minister Julie Bishop met her Chinese counterpart on Tuesday.', [['Julie Bishop', 'person', 'Foreign Minister']], ['Foreign Minister Julie Bishop']],
  ['Health Secretary Olamide Prince said hospitals were ready.', [['Olamide Prince', 'person', 'Health Secretary']], []],
  ['Police Commissioner Karen Marshall said officers were investigating.', [['Karen Marshall', 'person']], []],
  ['Former Prime Minister John Major criticised the plan.', [['John Major', 'person']], []],
  ['Opposition Leader Tamsin Dean said the budget had failed.', [['Tamsin Dean', 'person']], []],
  ['Governor Okello Judge signed the bill into law on Friday.', [['Okello Judge', 'person', 'Governor']], []],
  ['Mayor Rangi Chancellor opened the bridge in Hamilton.', [['Rangi Chancellor', 'person', 'Mayor']], []],
  ['Finance Minister Siosaia Bishop told parliament the deficit would narrow. Bishop said taxes would not rise.', [['Siosaia Bishop', 'person', 'Finance Minister']], []],
  ['Catherine King said the plan was sound.', [['Catherine King', 'person']], []],
  ['Defence Minister Richard Marles and Treasurer Jim Chalmers met in Canberra.', [['Richard Marles', 'person'], ['Jim Chalmers', 'person'], ['Canberra', 'place']], []],
  ['King Charles III visited Nairobi on Tuesday.', [['Nairobi', 'place']], []],
  ['Prince William visited the hospital on Monday.', [['Prince William', 'person']], []],
  ['Bishop Desmond Ndlovu led the service in Bulawayo.', [['Desmond Ndlovu', 'person'], ['Bulawayo', 'place']], []],
  ['Judge Amara Okafor adjourned the case until May.', [['Amara Okafor', 'person']], []],
  // A capitalised phrase after a possessive determiner is no person.
  ['The government will bring the first three vessels of its long-promised Strategic Fleet under the Australian flag.', [], ['Strategic Fleet']],
  ['The company said its Green Horizon plan would cut emissions by half.', [], ['Green Horizon']],
  ['Kenya said its Blue Economy Strategy would create 10,000 jobs.', [['Kenya', 'country']], ['Blue Economy Strategy']],
  ['The carriers said their Sky Alliance network would add routes to Lagos.', [['Sky Alliance', 'organization'], ['Lagos', 'place']], []],
  ['Samsung said its Galaxy Ring would ship in July.', [['Samsung', 'organization']], ['Galaxy Ring']],
  ['The army said its Northern Command had sent troops.', [['Northern Command', 'organization']], []],
  ['The bank said its Silver Arrow fund had lost money.', [], ['Silver Arrow']],
  ["Russia's Vladimir Putin met China's Xi Jinping in Moscow.", [['Vladimir Putin', 'person'], ['Xi Jinping', 'person']], []],
  ['The club said its captain Moses Banda had signed a new deal.', [['Moses Banda', 'person']], []],
  ['Its chief executive, Mark Hadley, said the deal was costly.', [['Mark Hadley', 'person']], []],
  ['The union said its members, led by Paddy Crumlin, would strike.', [['Paddy Crumlin', 'person']], []],
  // Parties: leaning + "the", "Lawmaker X of the Y", "Y lawmakers".
  ['The far-right Vlaams Belang attacked the early release plan.', [['Vlaams Belang', 'group']], []],
  ['The centre-right Nea Dimokratia won 40 percent of the vote.', [['Nea Dimokratia', 'group']], []],
  ['The centre-left Social Democrats lost ground in Saturday\'s vote.', [['Social Democrats', 'group']], []],
  ['The hard-right Konfederacja Korony Polskiej won three seats.', [['Konfederacja Korony Polskiej', 'group']], []],
  ['The far-right Marine Le Pen said she would run.', [['Marine Le Pen', 'person']], []],
  ['Far-right Vox gained seats in Andalusia.', [['Vox', 'group']], []],
  ['Lawmaker Tony Ng Wing-hei of the Democratic Alliance for the Betterment and Progress of Hong Kong (DAB) urged the department to act.', [['Tony Ng Wing-hei', 'person'], ['Democratic Alliance for the Betterment and Progress of Hong Kong', 'group']], []],
  ['Legislator Maria Kouris of the Progressive Rally said the bill was flawed.', [['Maria Kouris', 'person'], ['Progressive Rally', 'group']], []],
  ['MP Kristof De Smet of the New Flemish Alliance said prisons were full.', [['Kristof De Smet', 'person'], ['New Flemish Alliance', 'group']], []],
  ['Senator Ana Ruiz of the Senate Finance Committee questioned the plan.', [['Ana Ruiz', 'person']], []],
  ['Lawmaker Kim Min-seok of the National Assembly said the vote would go ahead.', [['Kim Min-seok', 'person'], ['National Assembly', 'organization']], []],
  ['Senator Peter Abbott of the Senate said the vote would go ahead.', [['Peter Abbott', 'person']], []],
  ['Sinn Féin leader Mary Lou McDonald said the vote was historic.', [['Mary Lou McDonald', 'person']], []],
  ['Dr Samuel Okoro of the University of Lagos led the study.', [['Samuel Okoro', 'person'], ['University of Lagos', 'organization']], []],
  ['Professor Anna Berg of the Karolinska Institute said the results were clear.', [['Anna Berg', 'person'], ['Karolinska Institute', 'organization']], []],
  // A name before a chief's title is the body the chief heads.
  ['Nishnawbe Aski Nation Grand Chief Alvin Fiddler called the deal overdue. The complaint was filed by Nishnawbe Aski Nation, which argued that underfunding was discriminatory.', [['Alvin Fiddler', 'person'], ['Nishnawbe Aski Nation', 'organization']], []],
  ['They base their ideology on Alexander Hamilton, one of the Founding Fathers.', [['Alexander Hamilton', 'person']], []],
  ['Argentina, who had lost their lock Nicolás Arregui to the sin-bin, came back.', [['Nicolás Arregui', 'person']], []],
  ['Reem Al-Otaibi, a health economist at King Saud University, said prices could fall.', [['Reem Al-Otaibi', 'person'], ['King Saud University', 'organization']], []],
  ['Navajo Nation President Buu Nygren signed the order.', [['Buu Nygren', 'person'], ['Navajo Nation', 'organization']], []],
  ['Hezbollah chief Naim Qassem said the group would not disarm.', [['Naim Qassem', 'person'], ['Hezbollah', 'group']], []],
  ['One Nation leader Pauline Hanson said the vote was a win.', [['Pauline Hanson', 'person']], []],
];

describe('actors: round 26 persons, titles and parties by grammar', () => {
  it.each(PROBES)('%s', (...probe) => checkActorProbe(probe as unknown as ActorProbe));
});
