import { describe, it } from 'vitest';
import { checkActorProbe, type ActorProbe } from './helpers/actor-probes.js';

/**
 * Where a name starts and ends, by the grammar and shape of English names (names the gazetteer does not know):
 * an institution's head noun takes "of", "on", "for" and "to" and the capitalised words after them (with an inner
 * "and"); a compass adjective opening a sentence belongs to the body's name after it; a conference of a country is
 * a body; people named for their cause ("Neighbors for Clean Air"); a road's letter and number. Also the guards: a
 * weekday, a known name, a possessive or a lower-case word after the preposition ends the name.
 */
const PROBES: ActorProbe[] = [
  // An institution's head and "on" + its topic.
  ['Opium cultivation rose by a third, according to the United Nations Office on Drugs and Crime.', [['United Nations Office on Drugs and Crime', 'organization']], ['United Nations Office', 'Crime']],
  ['The Council on Foreign Relations published the report on Tuesday.', [['Council on Foreign Relations', 'organization']], []],
  ['The Institute on Taxation and Economic Policy said the tax was regressive.', [['Institute on Taxation and Economic Policy', 'organization']], []],
  ['The Center on Budget and Policy Priorities criticised the bill.', [['Center on Budget and Policy Priorities', 'organization']], []],
  ['Inspectors briefed the Board on Iran in June.', [['Iran', 'country']], ['Board on Iran']],
  ["The Agency on Iran's nuclear programme said nothing.", [['Iran', 'country']], ['Agency on Iran']],
  ['The Office on Monday said it would review the decision.', [], ['Office on Monday']],
  ['Inmates would be moved to the Geiger Corrections Center on the West Plains.', [['West Plains', 'place']], ['Geiger Corrections Center on the West Plains']],
  ['The Commission on the Status of Women met in New York.', [['Commission on the Status of Women', 'organization']], []],
  // "to" + an aim of two words or more, none a known name.
  ['The Committee to Protect Journalists said 12 reporters were jailed in Eritrea.', [['Committee to Protect Journalists', 'organization'], ['Eritrea', 'country']], ['Protect Journalists']],
  ['The money was sent by the Commission to Kenya and Uganda.', [['Kenya', 'country'], ['Uganda', 'country']], ['Commission to Kenya']],
  ['The Ministry to date has paid 3 billion rupees.', [], ['Ministry to']],
  // "for" and "of" with an inner "and" (a tail that is no known name).
  ['The Authority for Consumers and Markets fined the firm 2 million euros.', [['Authority for Consumers and Markets', 'organization']], ['Markets']],
  ['Blair set up the Commission for Africa in 2004.', [['Commission for Africa', 'organization']], []],
  ['Inflation fell to 3%, the Office for National Statistics said.', [['Office for National Statistics', 'organization']], []],
  ['The Ministry of Land and Natural Resources issued the licence.', [['Ministry of Land and Natural Resources', 'organization']], []],
  ['A spokesman for the Agency for Toxic Substances and Disease Registry declined to comment.', [['Agency for Toxic Substances and Disease Registry', 'organization']], []],
  ['The Foundation for Individual Rights and Expression sued the university.', [['Foundation for Individual Rights and Expression', 'organization']], []],
  ['The case went to the Court of Arbitration for Sport in Lausanne.', [['Court of Arbitration for Sport', 'organization'], ['Lausanne', 'place']], []],
  ['The Special Tribunal for Lebanon convicted Salim Ayyash in absentia.', [['Special Tribunal for Lebanon', 'organization'], ['Salim Ayyash', 'person']], []],
  ['The Minister for Europe Stephen Doughty spoke in Kyiv.', [['Stephen Doughty', 'person']], ['Europe Stephen Doughty']],
  // An observatory is an institution: its head takes "for".
  ['Agence France-Presse reported the blast, citing the Syrian Observatory for Human Rights.', [['Syrian Observatory for Human Rights', 'organization']], ['Human Rights']],
  ['The European Southern Observatory said the telescope was delayed.', [['European Southern Observatory', 'organization']], ['Southern Observatory']],
  // People named for their cause.
  ['Port Neches Neighbors for Clean Air sued the company.', [], ['Port Neches Neighbors', 'Clean Air']],
  ['The group Americans for Prosperity spent 5 million dollars on the race.', [['Americans for Prosperity', 'organization']], []],
  ['Calls by Democrats for Congress to act grew.', [['Congress', 'organization']], ['Democrats for Congress']],
  ["Support from Republicans for Johnson's bill waned.", [], ['Republicans for Johnson']],
  // A compass adjective opening a sentence before a body's head.
  ['Central Bank of Sri Lanka Governor Nandalal Weerasinghe said rates would stay on hold.', [['Central Bank of Sri Lanka', 'organization'], ['Nandalal Weerasinghe', 'person']], ['Bank of Sri Lanka']],
  ['Western Cape Education Department officials closed 20 schools.', [['Western Cape Education Department', 'organization']], ['Cape Education Department']],
  ['Eastern Province Police arrested two men on Sunday.', [['Eastern Province Police', 'organization']], []],
  ['Nearby Oxford University said it would help.', [['Oxford University', 'organization']], ['Nearby Oxford University']],
  ['Central Kansas residents were told to stay at home.', [['Kansas', 'place']], ['Central Kansas']],
  ['National Liberation Army commanders met government negotiators in Havana.', [['National Liberation Army', 'group'], ['Havana', 'place']], []],
  ['Federal Reserve Bank of Minneapolis President Neel Kashkari said inflation was too high.', [['Federal Reserve Bank of Minneapolis', 'organization'], ['Neel Kashkari', 'person']], []],
  ['Independent Electoral and Boundaries Commission chairman Wafula Chebukati announced the results.', [['Independent Electoral and Boundaries Commission', 'organization'], ['Wafula Chebukati', 'person']], []],
  ['Royal Thai Police spokesman Archayon Kraithong said three suspects were held.', [['Royal Thai Police', 'organization'], ['Archayon Kraithong', 'person']], []],
  // A conference of a country is its body; a conference as an event is no actor.
  ["The Episcopal Conference of Colombia, which represents the country's Catholic bishops, also signed the letter.", [['Episcopal Conference of Colombia', 'organization']], []],
  ['The Conference of Catholic Bishops of India condemned the attack.', [['Conference of Catholic Bishops of India', 'organization']], []],
  ['Delegates at the Conference of the Parties agreed on a text.', [], ['Conference of the Parties']],
  ['The Munich Security Conference opened on Friday.', [], ['Munich Security Conference']],
  // Roads: a letter and a number before a road's noun, and a road beside one.
  ['Police said farmers tried to drive onto the A12 motorway near Zoetermeer.', [['A12', 'place'], ['Zoetermeer', 'place']], []],
  ['Tractors blocked lanes on the A12 and A4. Farmers also tried to drive onto the A12 motorway.', [['A12', 'place'], ['A4', 'place']], []],
  ['The crash closed the M4 for hours. The M4 motorway reopened later.', [['M4', 'place']], []],
  ['The M23 armed group seized Goma in January.', [['M23', 'group']], []],
  // Names already whole that the rules must leave so.
  ['The Board of Governors of the International Atomic Energy Agency met in Vienna.', [['Board of Governors of the International Atomic Energy Agency', 'organization'], ['Vienna', 'place']], []],
  ['The Permanent Court of Arbitration in The Hague ruled against China.', [['Permanent Court of Arbitration', 'organization'], ['China', 'country']], []],
  ['A court in Nairobi blocked the plan, the Law Society of Kenya said.', [['Law Society of Kenya', 'organization'], ['Nairobi', 'place']], []],
  ['The Bank of England raised rates to 5.25%, its ninth straight increase.', [['Bank of England', 'organization']], []],
  ['Mexican Institute of Social Security director Zoé Robledo said 3,000 doctors would be hired.', [['Mexican Institute of Social Security', 'organization'], ['Zoé Robledo', 'person']], []],
  ['Workers at the Ministry of Health and Family Welfare in New Delhi went on strike.', [['Ministry of Health and Family Welfare', 'organization'], ['New Delhi', 'place']], []],
];

describe('where a name starts and ends, by grammar', () => {
  it.each(PROBES)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});
