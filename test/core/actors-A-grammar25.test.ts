import { describe, it } from 'vitest';
import { checkActorProbe, type ActorProbe } from './helpers/actor-probes.js';

/**
 * Round 25: an actor's kind decided by the grammar around names never seen before: a sentence's opening phrase
 * ("In Warsaw and Wrocław, ...") is no appositive; a participle clause ("X, saying ...") and a role guessed from a
 * word's ending before another noun ("container line") or with no article ("Flicka, marks content") make no person;
 * places named by their administrative noun ("the canton of Valais", "the provinces of Colon and Cocle"), a local
 * office ("governor of X"), a share ("much of X") or an owner's capital ("Kerala's capital, X"); a natural feature's
 * head ("Current"); a plural role before one name (a team); a party with its letters; "his initials, H.J.".
 */
const PROBES: ActorProbe[] = [
  ['In Warsaw and Wrocław, fewer than a third of voters backed the plan.', [['Warsaw', 'place'], ['Wrocław', 'place']], []],
  ['In Tromsø and Bodø, officials said the storm had passed.', [['Tromsø', 'place'], ['Bodø', 'place']], []],
  ['Officials in Mumbai and Thane said the rains would continue.', [['Mumbai', 'place'], ['Thane', 'place']], []],
  ['Flights from Dakar and Abidjan were cancelled.', [['Dakar', 'place'], ['Abidjan', 'place']], []],
  ['Amina Sow and Kofi Mensah were elected.', [['Amina Sow', 'person'], ['Kofi Mensah', 'person']], []],
  ['The minister spoke in Iqaluit, saying higher subsidy rates would take effect in April.', [['Iqaluit', 'place']], []],
  ['Kuressaare, reeling from the storm, asked for help.', [], []],
  ["Maersk, the world's second-largest container line, said its ships would avoid the Red Sea.", [['Maersk', 'organization']], []],
  ['The ministry asked startup Momentix how its face-swap app, Flicka, marks content made with AI.', [['Momentix', 'organization']], ['Flicka']],
  ['Zubeida Osman, a nurse in Garowe, said supplies had run out.', [['Zubeida Osman', 'person'], ['Garowe', 'place']], []],
  ['Verlux, a French software maker, cut 400 jobs.', [['Verlux', 'organization']], []],
  ['Baraka Otieno, a 45-year-old farmer, said the rains had failed.', [['Baraka Otieno', 'person']], []],
  ['A glacier collapse buried the village of Blatten in the canton of Valais.', [['Valais', 'place']], []],
  ['Two glaciers in the canton of Graubünden broke apart.', [['Graubünden', 'place']], []],
  ['The dam will flood land in the provinces of Herrera and Cocle.', [['Herrera', 'place'], ['Cocle', 'place']], []],
  ['Voters in the municipality of Ciudad Quesada went to the polls.', [['Ciudad Quesada', 'place']], []],
  ['Hisham Al Saeedi, deputy governor of Hadramawt, said 140 families had moved.', [['Hisham Al Saeedi', 'person'], ['Hadramawt', 'place']], []],
  ['A tropical storm flooded much of Hadramawt in 2008.', [['Hadramawt', 'place']], []],
  ["Kerala's capital, Thiruvananthapuram, was flooded.", [['Kerala', 'place'], ['Thiruvananthapuram', 'place']], []],
  ['The Kyrgyz town of Batken will host the first meeting.', [['Batken', 'place']], []],
  ['Fish stocks fell as the Oyashio Current, which carries cold water south, weakened.', [['Oyashio Current', 'place']], []],
  ['The Humboldt Current brings cold water north along the coast of Peru.', [['Peru', 'country']], []],
  ['He said that league champions Nyasa Big Bullets would play in the preliminary round.', [['Nyasa Big Bullets', 'organization']], []],
  ['Liberal Democrats councillor Ruaraidh MacAskill, who represents Eilean a’ Cheò, spoke out.', [['Ruaraidh MacAskill', 'person']], ['Eilean']],
  ['The opposition Law and Justice (PiS) party, which governed Poland until 2023, said it would table a bill.', [['Poland', 'country']], []],
  ['The opposition Pravo Naroda (PN) party said it would table a bill.', [['Pravo Naroda', 'group']], []],
  ['Police arrested a man it identified only by his initials, H.J., on Monday.', [['H.J.', 'person']], []],
  ["Camille Verdier, the ship's search and rescue coordinator, said people were drowning.", [['Camille Verdier', 'person']], []],
  ["Turnout was lowest in Iztapalapa, the city's most populous borough, where 47 complaints were filed.", [['Iztapalapa', 'place']], []],
  ['Rescue teams reached the Kinnaur district late on Monday.', [['Kinnaur', 'place']], []],
  ['Drought struck Oromia state, the UN said.', [['Oromia', 'place']], []],
  ['Shelling hit the district of Kupiansk, the governor said.', [['Kupiansk', 'place']], []],
  ['Gunmen attacked the village of Tamou overnight.', [['Tamou', 'place']], []],
  ['The prime minister flew to Suva on Tuesday.', [['Suva', 'place']], []],
  ['Nyasa Big Bullets, the country’s most successful club, won the league.', [['Nyasa Big Bullets', 'organization']], []],
  ['Kobrina, a Lithuanian dairy company, raised prices.', [['Kobrina', 'organization']], []],
  ['Ruslana, a Ukrainian singer, performed in Kyiv.', [['Ruslana', 'person'], ['Kyiv', 'place']], []],
  ['The Rohingya fled to Bangladesh.', [['Rohingya', 'group'], ['Bangladesh', 'country']], []],
  ['Tigray People’s Liberation Front leaders met in Mekelle.', [['Mekelle', 'place']], []],
  ['Heavy snow fell on the Tatra Mountains.', [['Tatra Mountains', 'place']], []],
];

describe('actor kinds from the grammar around unseen names (round 25)', () => {
  it.each(PROBES)('%s', (text, expected, absent) => checkActorProbe([text, expected, absent]));
});
