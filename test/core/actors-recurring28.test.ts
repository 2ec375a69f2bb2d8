import { describe, it } from 'vitest';
import { checkActorProbe, type ActorProbe } from './helpers/actor-probes.js';

/**
 * Error classes that recurred across the first sight of eight unseen batches: a body's name with a list of subjects
 * inside it ("Department of Climate Change, Energy, the Environment and Water", "Ministry of Science and ICT") read as
 * one name, not cut into a short body and junk; a party named only by its letters before a lawmaker's or a leader's
 * noun ("SJB MP Kavinda Jayawardena", "BBB leader ...") typed as a group in a story about parties. Each probe is
 * wire copy with invented or real names of many regions, the actors a reader would name, and forms that must not be
 * actors (the neighbours of each rule: a known body after "and", a constituency before "MP", a body's letters that
 * stand alone elsewhere in the story).
 */
const PROBES: ActorProbe[] = [
  // A body's list of subjects: a two-word subject first, "the" before a later one.
  ["Diesel stocks covered 24 days, according to the Department of Climate Change, Energy, the Environment and Water, well short of the 90 days required.", [['Department of Climate Change, Energy, the Environment and Water', 'organization']], ['Department of Climate Change', 'Water']],
  ['The Ministry of Land, Infrastructure, Transport and Tourism said the bridge would reopen on Friday.', [['Ministry of Land, Infrastructure, Transport and Tourism', 'organization']], ['Tourism']],
  ['The National Center for Epidemiology, Prevention and Disease Control reported 14 new cases.', [['National Center for Epidemiology, Prevention and Disease Control', 'organization']], ['Disease Control']],
  ['The Ministry of Trade, Industry and Energy said exports rose 8% in May.', [['Ministry of Trade, Industry and Energy', 'organization']], ['Energy']],
  // A list of separate bodies stays a list.
  ['He met officials of the Ministry of Foreign Affairs, the Treasury and the Central Bank in Accra.', [['Ministry of Foreign Affairs', 'organization'], ['Accra', 'place']], ['Ministry of Foreign Affairs, the Treasury and the Central Bank']],
  ['The Ministry of Health, UNICEF and the Red Cross sent teams to Cox\'s Bazar.', [['Ministry of Health', 'organization'], ['UNICEF', 'organization']], ['Ministry of Health, UNICEF']],
  // One unknown acronym after a lone subject word, used again and never alone, is a subject of the body's name.
  ['The Ministry of Science and ICT said it had asked the startup to remove the clips within 24 hours. The Ministry of Science and ICT will fine it.', [['Ministry of Science and ICT', 'organization']], ['Ministry of Science', 'ICT']],
  ['Vice Minister of Science and ICT Lee Do-hyun said the Ministry of Science and ICT would act.', [['Ministry of Science and ICT', 'organization']], ['ICT']],
  ['The Ministry of Information and ICT Affairs said the tender would close in June.', [], ['ICT']],
  // ... but not a body's own letters, used alone in the story, nor a known body's.
  ['The Ministry of Health and KEMRI said on Monday the outbreak was contained. KEMRI is based in Nairobi.', [['Ministry of Health', 'organization'], ['Nairobi', 'place']], ['Ministry of Health and KEMRI']],
  ['The Department of Justice and SEC said they would seek penalties.', [['Department of Justice', 'organization'], ['SEC', 'organization']], ['Department of Justice and SEC']],
  ['The Ministry of Health and WHO officials met in Kinshasa on Friday.', [['Ministry of Health', 'organization'], ['WHO', 'organization'], ['Kinshasa', 'place']], ['Ministry of Health and WHO']],
  ['The Ministry of Defence and NATO agreed to expand the base.', [['Ministry of Defence', 'organization'], ['NATO', 'organization']], ['Ministry of Defence and NATO']],
  ['Staff of the Department of Energy and EDF inspected the reactor in Flamanville.', [['Department of Energy', 'organization'], ['Flamanville', 'place']], ['Department of Energy and EDF']],
  // A party by its letters before a lawmaker's noun, in a story about parties.
  ['SJB MP Kavinda Jayawardena said the opposition would vote against the bill.', [['SJB', 'group'], ['Kavinda Jayawardena', 'person']], []],
  ['BJD legislator Sarat Kar said the party would boycott the session.', [['BJD', 'group'], ['Sarat Kar', 'person']], []],
  ['BBB leader Caroline van der Plas, whose party has four ministers, said farmers would not pay.', [['BBB', 'group'], ['Caroline van der Plas', 'person']], []],
  ['DPS leader Danijel Zivkovic said the party would leave the coalition.', [['DPS', 'group'], ['Danijel Zivkovic', 'person']], []],
  ['PTI lawmakers Ali Khan and Sana Baig walked out, the opposition party said.', [['PTI', 'group']], []],
  ['DMK MP Kanimozhi Karunanidhi said the party opposed the delimitation plan.', [['DMK', 'group'], ['Kanimozhi Karunanidhi', 'person']], []],
  ['AKP lawmaker Mehmet Yilmaz said the ruling party would back the measure.', [['AKP', 'group']], []],
  ['The UNM leader Tina Bokuchava said the opposition would stay out of parliament.', [['UNM', 'group'], ['Tina Bokuchava', 'person']], []],
  ['EFF leader Julius Malema said the party would march on Pretoria.', [['EFF', 'group'], ['Julius Malema', 'person'], ['Pretoria', 'place']], []],
  ['PAN legislator Lilly Tellez said the opposition party would challenge the reform.', [['PAN', 'group'], ['Lilly Tellez', 'person']], []],
  // ... a constituency before "MP", and letters in a story with no party, keep their kind.
  ['Bath MP Wera Hobhouse said the party would table an amendment.', [['Bath', 'place'], ['Wera Hobhouse', 'person']], []],
  ['Caithness, Sutherland and Ross MSP Maree Todd said the ferry was late again.', [['Caithness', 'place'], ['Maree Todd', 'person']], []],
  ['NSW MP Jane Holloway said the rail line would reopen in March.', [['Jane Holloway', 'person']], []],
  ['Dunfermline MP Graeme Downie said the party backed the shipyard.', [['Dunfermline', 'place'], ['Graeme Downie', 'person']], []],
  // Known parties and armed groups before the same nouns keep their own kinds.
  ['Labour MP Jane Smith said the party would vote for the bill.', [['Labour', 'group'], ['Jane Smith', 'person']], []],
  ['Hamas leader Yahya Sinwar was killed in Rafah, the party said.', [['Hamas', 'group'], ['Yahya Sinwar', 'person'], ['Rafah', 'place']], []],
  ['ANC leader Cyril Ramaphosa told the party congress in Johannesburg that unity mattered.', [['ANC', 'group'], ['Cyril Ramaphosa', 'person'], ['Johannesburg', 'place']], []],
  // A body's letters before "leader" that are no party's stay what they were.
  ['NHS leader Amanda Pritchard said waiting lists fell, as parties argued over funding.', [['NHS', 'organization'], ['Amanda Pritchard', 'person']], []],
  ['IMF leader Kristalina Georgieva said growth would slow, as opposition parties protested.', [['IMF', 'organization'], ['Kristalina Georgieva', 'person']], []],
  // Existing neighbours of the list rule, unchanged.
  ['The Joint Committee on Vaccination and Immunisation (JCVI) said older adults should get the jab.', [['Joint Committee on Vaccination and Immunisation', 'organization']], []],
  ['The Ministry of Environment and Natural Resources said the fire was out.', [['Ministry of Environment and Natural Resources', 'organization']], []],
  ['Environment and Climate Change Canada issued a heat warning for Toronto.', [['Environment and Climate Change Canada', 'organization'], ['Toronto', 'place']], []],
  ['Austrian Airlines and Brussels Airlines cancelled flights to Tel Aviv.', [['Austrian Airlines', 'organization'], ['Brussels Airlines', 'organization']], ['Austrian Airlines and Brussels Airlines']],
  ['The Ministry of Employment and Labor said the strike was illegal.', [['Ministry of Employment and Labor', 'organization']], ['Labor']],
  ['Chelsea and Westminster Hospital said the patient was stable.', [['Chelsea and Westminster Hospital', 'organization']], []],
  ['The Ministry of Economy, Trade and Industry (METI) said it would subsidise the plant.', [['Ministry of Economy, Trade and Industry', 'organization']], []],
];

describe('actors: recurring first-sight error classes (round 28)', () => {
  it.each(PROBES)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});
