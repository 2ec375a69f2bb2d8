import { describe, it } from 'vitest';
import { checkActorProbe, type ActorProbe } from './helpers/actor-probes.js';

/**
 * Found by reading the quizzes of blind batches 26 and 27: a body named in apposition after an owner's noun phrase
 * ("Spain's maritime rescue service, Salvamento Maritimo,"), a weather or health "service" as a body's noun; the
 * Australian councillor's title "Cr" kept out of the name; no person from a Spanish body's name cut after "General";
 * "and" inside a body's name after subject words; "Executive" as a body's head; a villager's or a fisherman's home
 * town after "from".
 */
const PROBES: ActorProbe[] = [
  ["Spain's maritime rescue service, Salvamento Maritimo, picked up eight survivors.", [['Salvamento Maritimo', 'organization'], ['Spain', 'country']], []],
  ["The country's weather service, Meteo Kanto, issued a warning for the coast.", [['Meteo Kanto', 'organization']], []],
  ["Kenya's wildlife agency, Kenya Wildlife Service, said the herd had grown.", [['Kenya Wildlife Service', 'organization'], ['Kenya', 'country']], []],
  ['The streaming service Kivora said it would invest $40 million in local films.', [['Kivora', 'organization']], []],
  ["Britain's health service, the NHS, is under strain, doctors said.", [['NHS', 'organization'], ['Britain', 'country']], []],
  // A person after an owner's role noun stays a person.
  ["Uganda's president, Yoweri Museveni, said the road would be finished in May.", [['Yoweri Museveni', 'person'], ['Uganda', 'country']], []],
  ["The club's chief executive, Anna Berg, said ticket sales had doubled.", [['Anna Berg', 'person']], []],
  ['The secret service agent, John Hale, testified on Tuesday.', [['John Hale', 'person']], []],
  // The tail of a Spanish body's name cut after its "General" is no person.
  ['Prosecutor Luciana Ibarra, of the Attorney General\'s Office (Fiscalía General de la Nación), charged the owner.', [['Luciana Ibarra', 'person']], ['de la Nación']],
  ['The Procuraduría General de la República opened an inquiry on Monday.', [], ['de la República']],
  ['Economy Minister Ángel de la Fuente said the deficit would narrow.', [['Ángel de la Fuente', 'person']], []],
  // Subject words before "and" name no body of their own: one name up to its head.
  ['Inspectors rated the flat under the Housing Health and Safety Rating System on Tuesday.', [['Housing Health and Safety Rating System', 'organization']], ['Housing Health', 'Safety Rating System']],
  ['Arrowhead Health and Mesabi Community Hospital agreed to merge.', [['Arrowhead Health', 'organization'], ['Mesabi Community Hospital', 'organization']], []],
  // "Executive" heads a body's name; a chief executive stays a title.
  ['The Health and Safety Executive fined the firm £200,000.', [['Health and Safety Executive', 'organization']], ['Safety Executive']],
  ['The Northern Ireland Executive met on Monday to agree the budget.', [['Northern Ireland Executive', 'organization']], []],
  ['Hong Kong Chief Executive John Lee said the city would reopen.', [['John Lee', 'person'], ['Hong Kong', 'place']], ['Chief Executive John Lee']],
  // Where a person who is no employee comes from is a place; an analyst "from" a firm stays with the firm.
  ['The ringleader, a 46-year-old fisherman from Ain Temouchent identified only as Mohamed B., was jailed.', [['Ain Temouchent', 'place']], []],
  ['A farmer from Ban Nong Khai told reporters the rice had died.', [['Ban Nong Khai', 'place']], []],
  ['A mother of three from Kafr Saad said the water had gone.', [['Kafr Saad', 'place']], []],
  ['An analyst from Goldman Sachs said the deal was cheap.', [['Goldman Sachs', 'organization']], []],
  // "Cr" (councillor) is a title.
  ['Cr Marcus Delaney said the rake had worked for years.', [['Marcus Delaney', 'person']], ['Cr Marcus Delaney']],
  ['Deputy mayor Cr Danielle Gibson voted against the motion.', [['Danielle Gibson', 'person']], ['Cr Danielle Gibson']],
];

describe('actors: names found by reading the quizzes of batches 26 and 27', () => {
  it.each(PROBES)('%s', (...probe) => checkActorProbe(probe as ActorProbe));
});
