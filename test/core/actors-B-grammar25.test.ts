import { describe, it } from 'vitest';
import { checkActorProbe, type ActorProbe } from './helpers/actor-probes.js';

/**
 * Where a name starts and ends, by grammar (round 25): an office opened by "Head"/"Member" + "of"/"for" after its
 * place's words; "the" + a title + portfolio + name; a portfolio's last subject that is also a body's head word; a
 * body's "of" that takes an office ("Office of the ... High Commissioner for ..."); a possessive inside a body's name
 * that takes "for"/"of"; words after an untaken "of"/"for" are no person; a hyphenated name whose known part is
 * joined to an unknown one; a conference that speaks. When a name cannot be cut right, no actor rather than a garbled one.
 */
const PROBES: ActorProbe[] = [
  // An office opened by "Head" after its place's words.
  ['Mexico City Head of Government Clara Brugada said the metro line would reopen.', [['Mexico City', 'place'], ['Clara Brugada', 'person']], ['Mexico City Head', 'Government Clara Brugada']],
  ['Head of State Mamady Doumbouya dissolved the government.', [['Mamady Doumbouya', 'person']], ['State Mamady Doumbouya']],
  ['Deputy Head of Mission Anna Clunes attended the ceremony.', [['Anna Clunes', 'person']], ['Mission Anna Clunes']],
  ['Kano State Commissioner for Agriculture Yusuf Kura said the farms flooded.', [['Kano State', 'place'], ['Yusuf Kura', 'person']], ['Agriculture Yusuf Kura']],
  ['Punjab Minister for Health Ravi Kumar said the hospital was full.', [['Punjab', 'place'], ['Ravi Kumar', 'person']], []],
  // "The" + a title, its portfolio and a name.
  ['The Minister for Economic Affairs Airlangga Hartarto said growth would rise.', [['Airlangga Hartarto', 'person']], ['Affairs Airlangga Hartarto']],
  ['The US Secretary of State Marco Rubio arrived in Riyadh.', [['US', 'country'], ['Marco Rubio', 'person'], ['Riyadh', 'place']], []],
  ['The leader of the 5-Star Movement spoke on Monday.', [['5-Star Movement', 'group']], []],
  // A portfolio's last subject that is also a body's head word ("Health") makes no place of the portfolio.
  ['Secretary of State for Health Claudia Mello said beds were full.', [['Claudia Mello', 'person']], ['State for Health']],
  ["Rio de Janeiro's Secretary of State for Health Claudia Mello said beds were full.", [['Rio de Janeiro', 'place'], ['Claudia Mello', 'person']], ['State for Health']],
  ['Minister of State for Home Affairs Bandi Sanjay Kumar visited the site.', [['Bandi Sanjay Kumar', 'person']], []],
  ['Governor of the Central Bank of Nigeria Olayemi Cardoso raised rates.', [['Central Bank of Nigeria', 'organization'], ['Olayemi Cardoso', 'person']], []],
  // A body's "of" takes an office and its portfolio.
  ['The Office of the United Nations High Commissioner for Human Rights condemned the killings.', [['Office of the United Nations High Commissioner for Human Rights', 'organization']], ['Office of the United Nations']],
  ['A report by the Office of the Special Envoy for Yemen was released.', [['Office of the Special Envoy for Yemen', 'organization']], []],
  ['The Bank of England Governor Andrew Bailey said inflation would fall.', [['Bank of England', 'organization'], ['Andrew Bailey', 'person']], []],
  ['Secretariat of the Pacific Community Director General Stuart Minchin said the funds were late.', [['Secretariat of the Pacific Community', 'organization'], ['Stuart Minchin', 'person']], []],
  // A possessive inside a body's name takes "for" and "of".
  ["The People's Solidarity for Participatory Democracy called the cap pocket change.", [["People's Solidarity for Participatory Democracy", 'organization']], ['Participatory Democracy']],
  ["The People's Alliance for Democracy blocked the airport.", [["People's Alliance for Democracy", 'organization']], ['Democracy']],
  ["The Women's Coalition for Peace marched to parliament.", [["Women's Coalition for Peace", 'organization']], []],
  ["The People's Bank of China cut rates.", [["People's Bank of China", 'organization']], []],
  // Words after a capitalised word's untaken "for" or "of" end a body's name: no person.
  ['Solidarity for Participatory Democracy criticised the plan.', [], ['Participatory Democracy']],
  ['Analyst Priya Desai of Bernstein said the quarter was clean.', [['Priya Desai', 'person']], []],
  // A known name joined by a hyphen to an unknown one, inside a longer name or before "'s", is one name.
  ["In January 2022, the eruption of the Hunga Tonga-Hunga Ha'apai volcano severed the cable.", [["Hunga Tonga-Hunga Ha'apai", 'place']], ["Hunga Ha'apai"]],
  ["Bosnia-Herzegovina's Serb leader Milorad Dodik rejected the ruling.", [['Bosnia-Herzegovina', 'country'], ['Milorad Dodik', 'person']], ['Bosnia']],
  ['The Russia-Ukraine war entered its fourth year.', [['Russia', 'country'], ['Ukraine', 'country']], []],
  ['Fares on the Seattle-Tacoma and Denver-Fort Collins routes rose.', [['Seattle', 'place'], ['Tacoma', 'place'], ['Denver', 'place'], ['Fort Collins', 'place']], []],
  ['Trucks queued on the Kabul-Torkham highway.', [['Kabul', 'place']], ['Kabul-Torkham']],
  ['The Israel-Hamas ceasefire held on Sunday.', [['Israel', 'country'], ['Hamas', 'group']], []],
  // A conference that speaks is a body; one that opens is an event.
  ['Meeting in Warsaw on Wednesday, the Polish Episcopal Conference said the plan was unlawful.', [['Warsaw', 'place'], ['Polish Episcopal Conference', 'organization']], []],
  ['The Munich Security Conference opened on Friday.', [], ['Munich Security Conference']],
  // Names already cut right stay so.
  ['Secretary of State Marco Rubio met Indian Foreign Minister Subrahmanyam Jaishankar in Washington.', [['Marco Rubio', 'person'], ['Subrahmanyam Jaishankar', 'person'], ['Washington', 'place']], []],
  ['Chief of Staff Susie Wiles declined to comment.', [['Susie Wiles', 'person']], ['Staff Susie Wiles']],
  ['Director of National Intelligence Tulsi Gabbard testified on Tuesday.', [['Tulsi Gabbard', 'person']], []],
  ['The Korea Centers for Disease Control and Prevention reported 30 cases.', [['Korea Centers for Disease Control and Prevention', 'organization']], []],
  ['The Federal Office for Civil Protection and Disaster Assistance issued an alert.', [['Federal Office for Civil Protection and Disaster Assistance', 'organization']], []],
  ["Sri Lanka's Ministry of Health and Indigenous Medical Services said cases rose.", [['Sri Lanka', 'country'], ['Ministry of Health and Indigenous Medical Services', 'organization']], []],
  ['Emergency services in Rhineland-Palatinate said three people died.', [['Rhineland-Palatinate', 'place']], []],
  ['The Guinea-Bissau army said the coup failed.', [['Guinea-Bissau', 'country']], []],
  ['Bombardier Aviation and Air Canada signed a deal.', [['Air Canada', 'organization']], ['Aviation and Air Canada']],
  ['Environment and Climate Change Canada issued a heat warning.', [['Environment and Climate Change Canada', 'organization']], []],
  ['Leader of the Opposition Rahul Gandhi walked out of parliament.', [['Rahul Gandhi', 'person']], []],
  ['Attorney General of Kenya Dorcas Oduor filed the case.', [['Kenya', 'country'], ['Dorcas Oduor', 'person']], []],
];

describe('actor names: where a name starts and ends (round 25)', () => {
  it.each(PROBES)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});
