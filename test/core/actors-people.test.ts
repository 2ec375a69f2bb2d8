import { describe, it } from 'vitest';
import { checkActorProbe, type ActorProbe } from './helpers/actor-probes.js';


/**
 * A title, a given name, a lower-case particle and a surname: the person whole, whatever the given name looks like
 * (a month's abbreviation such as "Jan", or a word ending like a role noun such as "Walter", "Pieter").
 */
const PARTICLE_NAMES: ActorProbe[] = [
  ["Mayor Jan van Zanen issued an emergency order on Tuesday evening banning lorries from the centre.", [["Jan van Zanen", "person", "Mayor"]], ["van Zanen"]],
  ["Jan Kowalczyk, a miner from Silesia, said the pit would close.", [["Jan Kowalczyk", "person"]], []],
  ["The minister, Jan de Boer, told parliament the dikes were safe.", [["Jan de Boer", "person"]], []],
  ["Coach Jan ter Laak praised the defence after the 2-0 win.", [["Jan ter Laak", "person"]], ["ter Laak"]],
  ["Judge Pieter de Wit rejected the appeal on Monday.", [["Pieter de Wit", "person", "Judge"]], ["de Wit"]],
  ["Mayor Walter ter Braak said the bridge would reopen in spring.", [["Walter ter Braak", "person", "Mayor"]], ["ter Braak"]],
  ["Dieter von Kessel, the company's chairman, resigned.", [["Dieter von Kessel", "person"]], ["von Kessel"]],
  ["Governor Ana de Souza signed the decree in Belo Horizonte.", [["Ana de Souza", "person", "Governor"]], []],
  ["Senator Paulo dos Anjos voted against the measure.", [["Paulo dos Anjos", "person", "Senator"]], []],
  ["Minister Khalid bin Rashed told reporters the port would reopen.", [["Khalid bin Rashed", "person", "Minister"]], []],
  ["Chancellor Ulrike von Ahlen met union leaders in Berlin.", [["Ulrike von Ahlen", "person", "Chancellor"]], []],
  ["President Luisa da Cunha arrived in Luanda on Friday.", [["Luisa da Cunha", "person", "President"]], []],
  ["Prime Minister Henk van der Molen resigned after the vote.", [["Henk van der Molen", "person", "Prime Minister"]], []],
  ["Prices fell in Jan and Feb, the agency said.", [], ["Jan", "Feb"]],
  ["Driver Tom Harwood said the brakes had failed.", [["Tom Harwood", "person"]], ["Driver Tom Harwood"]],
];

/**
 * An unknown title (an acronym such as "MEC" or "PS") with a "for" portfolio before a name: the person whole, the
 * portfolio never glued to the name; and a body's comma list of subjects kept whole.
 */
const PORTFOLIOS: ActorProbe[] = [
  // "Member of" a chamber before a name: the chamber is a body, the person whole.
  ["Member of Parliament Jane Doe said the bill would pass.", [["Jane Doe", "person"], ["Parliament", "organization"]], ["Parliament Jane Doe"]],
  ["Member of Congress Ro Khanna voted against the bill.", [["Ro Khanna", "person"]], ["Congress Ro Khanna"]],
  ["Free State MEC for Cooperative Governance and Traditional Affairs Lerato Mokoena said the council had failed.", [["Lerato Mokoena", "person", "MEC for Cooperative Governance and Traditional Affairs"], ["Free State", "place"]], ["Traditional Affairs Lerato Mokoena", "Cooperative Governance", "Free State MEC"]],
  ["Limpopo MEC for Health Thabo Ramokgopa visited the hospital on Sunday.", [["Thabo Ramokgopa", "person", "MEC for Health"]], ["Health Thabo Ramokgopa"]],
  ["MEC for Transport and Human Settlements Sipho Ndlovu said the road would be rebuilt.", [["Sipho Ndlovu", "person", "MEC for Transport and Human Settlements"]], ["Settlements Sipho Ndlovu"]],
  ["The PS for Water and Sanitation Joseph Kamau said the tanks had arrived.", [["Joseph Kamau", "person", "PS for Water and Sanitation"]], ["Sanitation Joseph Kamau"]],
  ["Gauteng MEC for Education Nandi Khumalo said schools would reopen.", [["Nandi Khumalo", "person"]], ["Education Nandi Khumalo"]],
  ["Minister of Foreign Affairs Omar Haddad said the talks would resume.", [["Omar Haddad", "person", "Minister of Foreign Affairs"]], ["Affairs Omar Haddad"]],
  ["Cabinet Secretary for Lands and Physical Planning Alice Wahome toured the site.", [["Alice Wahome", "person"]], ["Physical Planning Alice Wahome"]],
  ["Cooperative Governance and Traditional Affairs Lerato Mokoena said the council had failed.", [], ["Traditional Affairs Lerato Mokoena", "Cooperative Governance"]],
  ["International Relations Thandi Moyo spoke at the summit.", [], ["International Relations Thandi Moyo"]],
  ["Kenya's Ministry of Science, Technology, Knowledge and Innovation announced the grants.", [["Ministry of Science, Technology, Knowledge and Innovation", "organization"], ["Kenya", "country"]], ["Innovation", "Ministry of Science"]],
  ["The Institute for Science, Technology, Research and Innovation opened in Kigali.", [["Institute for Science, Technology, Research and Innovation", "organization"]], ["Innovation"]],
  ["The Ministry of Defence, Reuters and AFP reported the strike.", [["Ministry of Defence", "organization"], ["Reuters", "organization"], ["AFP", "organization"]], []],
  ["Officials at the Department of Energy, Apple and Google met on Friday.", [["Department of Energy", "organization"], ["Apple", "organization"], ["Google", "organization"]], []],
  ["Heritage Scotland said the castle would reopen in May.", [["Heritage Scotland", "organization"]], []],
  ["Support from the IMF for Ghana was approved on Friday.", [["IMF", "organization"], ["Ghana", "country"]], []],
];

/** Capitalised common nouns, a role's noun alone or a product's plural after its model's code: no actor. */
const COMMON_NOUNS: ActorProbe[] = [
  ["Member states will share the cost of the new fund.", [], ["Member"]],
  ["The motion passed, with 212 Members voting in favour and 40 against.", [], ["Members"]],
  ["Members of the ruling party walked out before the vote.", [], ["Members"]],
  ["The airline agreed to buy 30 Airbus A350-1000 Freighters and 12 Boeing 777-9 Dreamliners.", [], ["Dreamliners", "Freighters"]],
  ["The air force will receive 24 F-16V Vipers next year.", [], ["Vipers"]],
  ["Delegates from 40 countries met in Nairobi.", [["Nairobi", "place"]], ["Delegates"]],
  ["Officials said the border would reopen.", [], ["Officials"]],
  ["Candidates must register by Friday, the commission said.", [], ["Candidates"]],
  ["Witnesses said the gunmen fled on motorbikes.", [], ["Witnesses"]],
  ["Analysts expect the central bank to cut rates.", [], ["Analysts"]],
  ["Republicans blocked the bill in the Senate.", [["Republicans", "group"], ["Senate", "organization"]], []],
  ["Houthis fired two missiles at the ship, the navy said.", [["Houthis", "group"]], []],
  ["About 3,000 Marines landed on the island.", [], ["Marines"]],
  ["In the 1990s Democrats controlled the chamber.", [["Democrats", "group"]], []],
  ["Boeing said its 787 jets were safe.", [["Boeing", "organization"]], []],
];

describe('people with particles after a title', () => {
  it.each(PARTICLE_NAMES)('%s', (...p) => checkActorProbe(p as ActorProbe));
});
describe('unknown titles with a portfolio; bodies with a list of subjects', () => {
  it.each(PORTFOLIOS)('%s', (...p) => checkActorProbe(p as ActorProbe));
});
describe('capitalised common nouns and product plurals', () => {
  it.each(COMMON_NOUNS)('%s', (...p) => checkActorProbe(p as ActorProbe));
});
