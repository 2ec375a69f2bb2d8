import { describe, expect, it } from 'vitest';
import { extractActors } from '../../src/core/actors.js';
import { splitSentences } from '../../src/core/text.js';
import type { Actor, ActorKind } from '../../src/core/types.js';

/** The actor answering to `form` (name or alias) in `text`, if any. */
function actorIn(text: string, form: string): Actor | undefined {
  return extractActors(text, splitSentences(text)).find((a) => a.name === form || a.aliases.includes(form));
}

// Wire-style sentences from many regions: an unknown name of a body, told by its institutional or corporate word
// (in any major language), its legal form, or its context, is typed as the body, not guessed to be a person.
describe('actor kinds of foreign and unknown names', () => {
  it.each<[string, string, ActorKind]>([
    // Institutional and corporate words opening a name (French, Spanish, Portuguese, Italian, Dutch, Indonesian).
    ['Aéroports de Paris said passenger traffic rose 4% in March.', 'Aéroports de Paris', 'organization'],
    ['Officials at Électricité de France said the reactor would restart next week.', 'Électricité de France', 'organization'],
    ['Groupe Calcul Nordique will build a second data centre near Montreal, the company said.', 'Groupe Calcul Nordique', 'organization'],
    ['Meatpacker Frigorífico Vale do Iriri bought cattle from the ranch, prosecutors said.', 'Frigorífico Vale do Iriri', 'organization'],
    ['Companhia Siderúrgica Nacional reported a quarterly loss on Thursday.', 'Companhia Siderúrgica Nacional', 'organization'],
    ['Fundación Solidaridad Andina said it had delivered food to 3,000 families.', 'Fundación Solidaridad Andina', 'organization'],
    ['Sociedad Química y Minera said lithium output rose.', 'Sociedad Química y Minera', 'organization'],
    ['Cooperativa Agroindustrial Lar opened a new plant in Paraná.', 'Cooperativa Agroindustrial Lar', 'organization'],
    ['Industrias Peñoles and Grupo Carso led gains in Mexico City.', 'Industrias Peñoles', 'organization'],
    ['Shares in Koninklijke Vopak fell in Amsterdam.', 'Koninklijke Vopak', 'organization'],
    ['Perusahaan Listrik Negara said the blackout was caused by a fault.', 'Perusahaan Listrik Negara', 'organization'],
    ['Banque Misr raised its deposit rates, the lender said.', 'Banque Misr', 'organization'],
    // A coalition's name opening with its noun is a party's: a group.
    ['The Coalition Avenir Québec government tabled the bill on Tuesday.', 'Coalition Avenir Québec', 'group'],
    // Last words of bodies in romanised Japanese, German, Scandinavian, and industries.
    ['Sakuragawa Shuzo will raise prices from April, the brewer said.', 'Sakuragawa Shuzo', 'organization'],
    ['Mitsui Kinzoku Kogyo and Sumitomo Shoji signed the supply deal in Tokyo.', 'Mitsui Kinzoku Kogyo', 'organization'],
    ['Mitsui Kinzoku Kogyo and Sumitomo Shoji signed the supply deal in Tokyo.', 'Sumitomo Shoji', 'organization'],
    ['Sumitomo Mitsui Ginko and Nomura Shoken agreed to the plan.', 'Nomura Shoken', 'organization'],
    ['The Bertelsmann Stiftung said in a report that child poverty had risen.', 'Bertelsmann Stiftung', 'organization'],
    ['Deutsche Bahn and Österreichische Bundesbahnen will run the night train.', 'Österreichische Bundesbahnen', 'organization'],
    ['The Bayerische Motoren Werke plant in Munich will close for a week.', 'Bayerische Motoren Werke', 'organization'],
    ['Hanwha Aerospace and Korea Zinc said they would bid.', 'Hanwha Aerospace', 'organization'],
    ['Hanwha Aerospace and Korea Zinc said they would bid.', 'Korea Zinc', 'organization'],
    ['Hindustan Zinc and Southern Copper raised output.', 'Southern Copper', 'organization'],
    // Legal forms.
    ['Rakuten Mobile KK and Tomoda Seiki K.K. signed the deal.', 'Rakuten Mobile KK', 'organization'],
    ['Oakridge Tamsin plc said profit rose, while Veldhoven Smit NV cut its forecast.', 'Oakridge Tamsin plc', 'organization'],
    ['Valmora SpA and Brenner Kessler GmbH will build the plant.', 'Valmora SpA', 'organization'],
    ['Sime Darby Plantation Bhd shares rose in Kuala Lumpur.', 'Sime Darby Plantation Bhd', 'organization'],
    ['Nordhavn Rederi ASA and Saarinen Oyj agreed to merge.', 'Saarinen Oyj', 'organization'],
    // Context cues of a body beat a guess of a person from a bare capitalised pair.
    ['Officials at Tessaly Marin said the plant would close.', 'Tessaly Marin', 'organization'],
    ['Shares in Ardentis Lowe fell 12% after the profit warning.', 'Ardentis Lowe', 'organization'],
    ["Brightwater Okoro's chief executive resigned on Monday.", 'Brightwater Okoro', 'organization'],
    ["Workers at Kalvari Tessin's plant in Pune walked out.", 'Kalvari Tessin', 'organization'],
    ['The deal made Oravan Pell the largest shareholder in Meridane Costa.', 'Meridane Costa', 'organization'],
    // Names listed before a plural body's noun, or as examples of one.
    ['Stellantis, which also owns the Peugeot, Fiat and Jeep brands, has been reviewing its plants.', 'Peugeot', 'organization'],
    ['Stellantis, which also owns the Peugeot, Fiat and Jeep brands, has been reviewing its plants.', 'Jeep', 'organization'],
    ['The Zorvek and Halloran banks agreed to merge.', 'Halloran', 'organization'],
    ['The Kalinga and Mbeya militias clashed near the border.', 'Mbeya', 'group'],
    ['The market is dominated by firms such as Harlow Mercer, Quintrell and Dovebrook.', 'Dovebrook', 'organization'],
    // A people counted before "people" is a group; a firm's name that is also a region's, read as the region.
    ['The reserve is home to about 700 Parakanã people, prosecutors said.', 'Parakanã', 'group'],
    ['Ranchers cleared forest in the Amazon basin; deforestation in the Amazon fell last year.', 'Amazon', 'place'],
    // People stay people: a given name, an age, a role, "who", a title, a surname re-mention.
    ['Kwabena Asante, a cocoa farmer in Ashanti, said prices were too low.', 'Kwabena Asante', 'person'],
    ['Chidinma Okafor said the scheme had failed. Okafor said she would sue.', 'Chidinma Okafor', 'person'],
    ['Mr Oyelaran Batunde told reporters the port would reopen.', 'Oyelaran Batunde', 'person'],
    ['Tomás Echeverría, 61, said the water had risen overnight.', 'Tomás Echeverría', 'person'],
    ['The ruling was welcomed by Ahmadou Diallo, who leads the union.', 'Ahmadou Diallo', 'person'],
    ['Speaking in Nairobi, Wanjiku Kamau said she would appeal.', 'Wanjiku Kamau', 'person'],
    ['Dangote Cement said output rose 8%, according to Aliko Dangote.', 'Dangote Cement', 'organization'],
  ])('%s → %s is %s', (text, form, kind) => {
    expect(actorIn(text, form)?.kind).toBe(kind);
  });

  it.each([
    // A police operation is an event, no actor (not a person).
    ['Police executed 23 warrants in an operation codenamed Operação Cinzas do Xingu.', 'Operação Cinzas do Xingu'],
    ['Operación Tormenta del Norte ended with 40 arrests.', 'Operación Tormenta del Norte'],
  ])('%s → %s is no person', (text, form) => {
    expect(actorIn(text, form)?.kind).not.toBe('person');
  });

  it.each([
    // A country's firm stays a firm; a legislature after "in the" stays a body.
    ["South Korea's Samsung and China's Alibaba raised prices.", 'Alibaba', 'organization'],
    ['The bill was debated in the Senate on Tuesday.', 'Senate', 'organization'],
    ['Amazon said it would hire 500 people in Seattle.', 'Amazon', 'organization'],
  ])('%s → %s stays %s', (text, form, kind) => {
    expect(actorIn(text, form)?.kind).toBe(kind);
  });
});
