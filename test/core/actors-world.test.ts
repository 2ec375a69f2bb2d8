import { describe, expect, it } from 'vitest';
import { extractActors } from '../../src/core/actors.js';
import { splitSentences } from '../../src/core/text.js';
import type { ActorKind } from '../../src/core/types.js';

/**
 * World names found whole: wire-copy sentences from many regions and languages, each with the actors a reader would
 * name (form and kind) and forms that must not become actors (a name cut short, a clause swallowed). Covers accented
 * and hyphenated names, elided particles ("d'Ivoire", "l'énergie"), particles and links ("da", "es", "e", "et"), long
 * foreign bodies' names with lower-case words, native and official forms of countries, and title-case acronyms.
 */
const PROBES: [string, [string, ActorKind][], string[]][] = [
    ["Hydro-Quebec said the outage affected 40,000 customers.", [["Hydro-Quebec","organization"]], []],
    ["Exports to Côte d'Ivoire rose by 12 per cent last year.", [["Côte d'Ivoire","country"]], ["Côte"]],
    ["Cocoa farmers in Côte d’Ivoire and Ghana have struggled with disease.", [["Côte d’Ivoire","country"],["Ghana","country"]], ["Côte"]],
    ["Cocoa prices in Cote d'Ivoire fell sharply.", [["Cote d'Ivoire","country"]], ["Cote"]],
    ["Workers at the Groupe Renault plant walked out on Tuesday.", [["Groupe Renault","organization"]], []],
    ["The pension fund manager Caisse de dépôt et placement du Québec said it would sell the stake.", [["Caisse de dépôt et placement du Québec","organization"]], []],
    ["The Régie de l'énergie approved a 3 per cent increase in electricity rates.", [["Régie de l'énergie","organization"]], []],
    ["The Fédération des chambres de commerce du Québec welcomed the budget.", [["Fédération des chambres de commerce du Québec","organization"]], []],
    ["The Union des producteurs agricoles, which represents farmers, opposed the plan.", [["Union des producteurs agricoles","organization"]], []],
    ["Officers of the Gendarmerie nationale arrested two men near Lyon.", [["Gendarmerie nationale","organization"],["Lyon","place"]], []],
    ["The flooding hit Saint-Louis, in northern Senegal, on Sunday.", [["Saint-Louis","place"],["Senegal","country"]], []],
    ["The Asantehene's envoy, Nana Kwadwo Agyemang Duah, read the statement.", [["Nana Kwadwo Agyemang Duah","person"]], []],
    ["Brazil's space research institute Inpe said deforestation fell in March.", [["Inpe","organization"],["Brazil","country"]], []],
    ["President Luiz Inácio Lula da Silva said on Monday that the deal was fair.", [["Luiz Inácio Lula da Silva","person"]], []],
    ["Jean-Luc Mélenchon, the leader of La France Insoumise, called for a vote.", [["Jean-Luc Mélenchon","person"]], []],
    ["Recep Tayyip Erdoğan said Türkiye would not back down.", [["Recep Tayyip Erdoğan","person"],["Türkiye","country"]], []],
    ["Prosecutors in Düsseldorf and Zürich opened an inquiry.", [["Düsseldorf","place"],["Zürich","place"]], []],
    ["The train from Kraków to Gdańsk was delayed by three hours.", [["Kraków","place"],["Gdańsk","place"]], []],
    ["Rescuers in Şanlıurfa and İzmir searched the rubble.", [["Şanlıurfa","place"],["İzmir","place"]], []],
    ["Former Prime Minister Ahmet Davutoğlu criticised the decision.", [["Ahmet Davutoğlu","person"]], []],
    ["Andrés Manuel López Obrador told reporters the refinery would open.", [["Andrés Manuel López Obrador","person"]], []],
    ["The state oil company Petróleos Mexicanos (Pemex) reported a loss.", [["Petróleos Mexicanos","organization"]], []],
    ["Police in Ciudad Juárez found the bodies on Saturday.", [["Ciudad Juárez","place"]], []],
    ["Floods in Rio Grande do Sul killed more than 100 people.", [["Rio Grande do Sul","place"]], []],
    ["Loans from Banco do Brasil rose 9 per cent in the quarter.", [["Banco do Brasil","organization"]], []],
    ["Italy's Istituto Superiore di Sanità reported 40 new cases.", [["Istituto Superiore di Sanità","organization"]], []],
    ["The state lender Cassa Depositi e Prestiti bought a 10 per cent stake.", [["Cassa Depositi e Prestiti","organization"]], []],
    ["Officers of the Guardia di Finanza seized the villa.", [["Guardia di Finanza","organization"]], []],
    ["Électricité de France (EDF) said two reactors were offline.", [["Électricité de France","organization"]], []],
    ["The ruling was overturned by the Conseil d'État on Thursday.", [["Conseil d'État","organization"]], []],
    ["The bill passed the Assemblée nationale by 300 votes to 200.", [["Assemblée nationale","organization"]], []],
    ["Valéry Giscard d'Estaing died in 2020 at the age of 94.", [["Valéry Giscard d'Estaing","person"]], []],
    ["The Consejo Nacional Electoral declared Nicolás Maduro the winner.", [["Consejo Nacional Electoral","organization"],["Nicolás Maduro","person"]], []],
    ["Frank-Walter Steinmeier met Félix Tshisekedi in Kinshasa.", [["Frank-Walter Steinmeier","person"],["Félix Tshisekedi","person"],["Kinshasa","place"]], []],
    ["Chad's capital N'Djamena was hit by flooding.", [["N'Djamena","place"]], []],
    ["The eruption at Kīlauea on Hawaiʻi Island drew crowds.", [["Kīlauea","place"]], []],
    ["General Secretary Nguyễn Phú Trọng died in Hanoi.", [["Nguyễn Phú Trọng","person"],["Hanoi","place"]], []],
    ["Trade between Czechia and Timor-Leste remains small.", [["Czechia","country"],["Timor-Leste","country"]], []],
    ["Eswatini and Cabo Verde signed the accord.", [["Eswatini","country"],["Cabo Verde","country"]], []],
    ["The ruling junta in Myanmar, also known as Burma, extended emergency rule.", [["Myanmar","country"]], []],
    ["Officials in Viet Nam and Lao PDR agreed on a railway.", [["Viet Nam","country"],["Lao PDR","country"]], []],
    ["Exports from Turkiye rose sharply.", [["Turkiye","country"]], []],
    ["Ursula von der Leyen met Pedro Sánchez in Brussels.", [["Ursula von der Leyen","person"],["Pedro Sánchez","person"]], []],
    ["Crown Prince Mohammed bin Salman met Abdel Fattah el-Sisi in Riyadh.", [["Mohammed bin Salman","person"],["Abdel Fattah el-Sisi","person"]], []],
    ["L'Oréal said sales rose 5 per cent.", [["L'Oréal","organization"]], []],
    ["The Sûreté du Québec said the driver was 34.", [["Sûreté du Québec","organization"]], []],
    ["The Banque de France cut its growth forecast.", [["Banque de France","organization"]], []],
    ["The Cour de cassation upheld the ruling.", [["Cour de cassation","organization"]], []],
    ["Police in Dar es Salaam arrested 12 people.", [["Dar es Salaam","place"]], []],
    ["Thousands marched in São Paulo and Bogotá on Sunday.", [["São Paulo","place"],["Bogotá","place"]], []],
    ["Officials at Hydro-Québec and the Régie de l'énergie met on Monday.", [["Hydro-Québec","organization"],["Régie de l'énergie","organization"]], []],
    ["Nato and Unesco welcomed the decision.", [["Nato","organization"],["Unesco","organization"]], []],
    ["Mexico's electoral institute Ine said turnout was 60 per cent.", [["Ine","organization"]], []],
    ["Investors sold shares of Société Générale after the results.", [["Société Générale","organization"]], []],
    ["Police in Łódź arrested a man on Tuesday.", [["Łódź","place"]], []],
    ["The Nada Gogo Shuzo Kumiai, a sake brewers' association, said exports rose.", [["Nada Gogo Shuzo Kumiai","organization"]], []],
    ["Ahmed al-Sharaa said on Monday the talks had failed.", [["Ahmed al-Sharaa","person"]], []],
    ["Bank of Montreal said it agreed to buy Desjardins' unit.", [["Bank of Montreal","organization"]], []],
    ["Students from the Universidad Nacional Autónoma de México marched.", [["Universidad Nacional Autónoma de México","organization"]], []],
    ["The Mouvement Desjardins reported record profits.", [["Mouvement Desjardins","organization"]], []],
    ["The Banque de France executive board met on Tuesday.", [["Banque de France","organization"]], ["Banque de France executive","Banque de France executive board"]],
    ["The Gendarmerie nationale set up 64 checkpoints on the roads.", [["Gendarmerie nationale","organization"]], ["Gendarmerie nationale set"]],
    ["The Cour de cassation upheld the ruling against the company.", [["Cour de cassation","organization"]], ["Cour de cassation upheld"]],
    ["The Régie de l'énergie approved the rate, the utility said.", [["Régie de l'énergie","organization"]], ["Régie de l'énergie approved"]],
    ["Smith et al. found that the drug worked.", [], ["Smith et al"]],
    ["Macron de facto controls the agenda, critics say.", [], ["Macron de facto"]],
    ["The Union des producteurs agricoles said farmers in Québec were angry.", [["Union des producteurs agricoles","organization"]], ["Union des producteurs agricoles said"]],
    ["The Caisse de dépôt et placement du Québec, the province's pension fund, sold the stake.", [["Caisse de dépôt et placement du Québec","organization"]], []],
    ["The flooding hit Bobo-Dioulasso, in Burkina Faso, on Monday.", [["Bobo-Dioulasso","place"],["Burkina Faso","country"]], []],
    ["Data from the national space research institute, Inpe, shows clearing fell.", [["Inpe","organization"]], []],
    ["The association's president, Nana Kwadwo Agyemang Duah, welcomed the increase.", [["Nana Kwadwo Agyemang Duah","person"]], []],
    ["The Verband der Automobilindustrie said car sales fell.", [["Verband der Automobilindustrie","organization"]], []],
    ["The Asahi Shimbun reported the plan on Sunday.", [["Asahi Shimbun","organization"]], []],
    ["Officials in Congo-Brazzaville and the Kyrgyz Republic signed the deal.", [["Congo-Brazzaville","country"],["Kyrgyz Republic","country"]], []],
    ["The Ministerio de Hacienda y Crédito Público said revenue rose.", [["Ministerio de Hacienda y Crédito Público","organization"]], []],
    ["The Agence nationale de sécurité du médicament said it would review the drug.", [["Agence nationale de sécurité du médicament","organization"]], []],
    ["The Protezione civile and the Guardia costiera rescued 40 people.", [["Guardia costiera","organization"]], []],
];

describe('world names found whole, in any language', () => {
  it.each(PROBES)('%s', (text, expected, absent) => {
    const actors = extractActors(text, splitSentences(text));
    const got = actors.map((a) => `${a.name} [${a.kind}]`).join(', ');
    const find = (form: string) => actors.find((a) => a.name === form || a.aliases.includes(form));
    for (const [form, kind] of expected) expect(find(form)?.kind, `${form} in: ${got}`).toBe(kind);
    for (const form of absent) expect(find(form), `${form} in: ${got}`).toBeUndefined();
  });
});
