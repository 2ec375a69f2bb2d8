import { describe, it } from 'vitest';
import { checkActorProbe, type ActorProbe } from './helpers/actor-probes.js';

/**
 * An actor's kind (and the recall of list members) decided by the grammar around a name never seen before: relative
 * pronouns and the name's own "its" ("X, which ...", "X said its ...", "X and its chief executive" make a body; "X,
 * who ...", "X said he" a person), appositives, coordination (an unknown member of "A, B and C" takes the kind its
 * list's cues add up to), what the sentence says the actor does or has ("will hold a 20% stake", "signed the
 * contract") against an agent noun before it ("partner"), and armed forces named for a cause (groups, not a state's
 * forces). Wire-copy sentences with invented names, each with the actors a reader would name and forms that must not
 * become actors.
 */
const PROBES: ActorProbe[] = [
    ["Harmony Gold, which operates several shafts around Welkom, said its mines were safe.", [["Harmony Gold","organization"],["Welkom","place"]], []],
    ["Kestrel Ridge Holdings, which owns three hotels in Mombasa, said it would cut jobs.", [["Kestrel Ridge Holdings","organization"],["Mombasa","place"]], []],
    ["Tamar Lindqvist, who runs a bakery in Uppsala, said prices had doubled.", [["Tamar Lindqvist","person"],["Uppsala","place"]], []],
    ["Orvana Minerals said its output fell 12% in the quarter.", [["Orvana Minerals","organization"]], []],
    ["Siddharth Menon said he would appeal the ruling.", [["Siddharth Menon","person"]], []],
    ["Nokuthula Dlamini said she had not been told of the decision.", [["Nokuthula Dlamini","person"]], []],
    ["Banco Ridgemont and its chief executive were fined $2 million.", [["Banco Ridgemont","organization"]], []],
    ["Velmora Steel and its chief executive, Rafael Quintero, denied wrongdoing.", [["Velmora Steel","organization"],["Rafael Quintero","person"]], []],
    ["Tessaly Foods, whose shares fell 8%, declined to comment.", [["Tessaly Foods","organization"]], []],
    ["Kavango Water, which supplies 2 million people, said it had restored service.", [["Kavango Water","organization"]], []],
    ["Aurelio Benedetti, whose son was killed in the attack, called for an inquiry.", [["Aurelio Benedetti","person"]], []],
    ["Zambezi Copper, the country's largest miner, said output fell.", [["Zambezi Copper","organization"]], []],
    ["Eskara Power, a state-owned utility, raised tariffs by 9%.", [["Eskara Power","organization"]], []],
    ["Baraka Otieno, a 45-year-old farmer, said the rains had failed.", [["Baraka Otieno","person"]], []],
    ["Dodoma, the capital of Tanzania, recorded heavy rain.", [["Dodoma","place"],["Tanzania","country"]], []],
    ["Marlow Okafor, a spokesman for the ministry, declined to comment.", [["Marlow Okafor","person"]], []],
    ["Quillon Pharma, a unit of Hexa Group, recalled the drug.", [["Quillon Pharma","organization"]], []],
    ["Tindouf, a town near the Algerian border, hosts refugee camps.", [["Tindouf","place"]], []],
    ["Rutendo Chikwanha, the firm's chief executive, said sales rose.", [["Rutendo Chikwanha","person"]], []],
    ["Convoys from Gelderland, Overijssel and Friesland blocked the roads.", [["Gelderland","place"],["Overijssel","place"],["Friesland","place"]], []],
    ["Floods hit Assam, Meghalaya and Tripura on Sunday.", [["Assam","place"],["Meghalaya","place"],["Tripura","place"]], []],
    ["Farmers in Limburg and Drenthe protested.", [["Limburg","place"],["Drenthe","place"]], []],
    ["Schools closed in Kayes, Sikasso and Bamako.", [["Kayes","place"],["Sikasso","place"],["Bamako","place"]], []],
    ["Toyota, Honda and Suzuki all raised prices.", [["Toyota","organization"],["Honda","organization"],["Suzuki","organization"]], []],
    ["Officials from Kenya, Uganda and Rwanda met in Kampala.", [["Kenya","country"],["Uganda","country"],["Rwanda","country"],["Kampala","place"]], []],
    ["Moroccan partner Marsa Énergies will hold a 20% stake in the project.", [["Marsa Énergies","organization"]], []],
    ["Local partner Jubail Ventures signed the contract on Monday.", [["Jubail Ventures","organization"]], []],
    ["Joint venture partner Kiran Infra holds the remaining 49%.", [["Kiran Infra","organization"]], []],
    ["Tanzanian supplier Mwanga Agro said its exports doubled.", [["Mwanga Agro","organization"]], []],
    ["Rival bidder Castellan Partners offered $4.1 billion.", [["Castellan Partners","organization"]], []],
    ["Vietnamese carrier Bamboo Airways said its flights would resume.", [["Bamboo Airways","organization"]], []],
    ["The Revolutionary Armed Forces of Colombia signed a peace deal in 2016.", [["Revolutionary Armed Forces of Colombia","group"]], []],
    ["The National Liberation Army attacked a pipeline in Arauca.", [["National Liberation Army","group"],["Arauca","place"]], []],
    ["The Armed Forces of the Philippines said five soldiers were killed.", [["Armed Forces of the Philippines","organization"]], []],
    ["The Sudan People's Liberation Army clashed with government troops.", [["Sudan People's Liberation Army","group"]], []],
    ["Fighters of the Arakan Army seized the town.", [["Arakan Army","group"]], []],
    ["The Kachin Independence Army said it had captured a base.", [["Kachin Independence Army","group"]], []],
    ["The Ogaden National Liberation Front signed a ceasefire.", [["Ogaden National Liberation Front","group"]], []],
    ["Pemba Sherpa, who led the expedition, said conditions were poor.", [["Pemba Sherpa","person"]], []],
    ["Lakeshore Transit and its union reached a deal.", [["Lakeshore Transit","organization"]], []],
    ["Adaeze Nwosu and her lawyer left the court.", [["Adaeze Nwosu","person"]], []],
    ["Ifeoma Chukwu, 52, said she was relieved.", [["Ifeoma Chukwu","person"]], []],
    ["Residents of Pokrovsk, which lies 50km from the front line, were told to leave.", [["Pokrovsk","place"]], []],
    ["A study by Amara Okoye, which was published on Monday, found rates had doubled.", [["Amara Okoye","person"]], []],
    ["Utility bills rose after the Dixie Fire, which burned 960,000 acres.", [], ["Dixie Fire"]],
    ["Viewers knew her from the BBC drama The Quiet Shore, which ran for six series.", [], ["The Quiet Shore"]],
    ["Larger rivals Bosch, Continental and ZF have announced job cuts.", [["Bosch","organization"],["Continental","organization"],["ZF","organization"]], []],
    ["Debts of £38m are owed to HM Revenue and Customs.", [], ["Customs"]],
    ["Militants of the Allied Democratic Forces killed 12 villagers near Beni.", [["Allied Democratic Forces","group"]], []],
    ["Her business partner Lukas Brenner signed the lease in 2019.", [["Lukas Brenner","person"]], []],
    ["Kenyan farmer Wanjiru Kamau, 38, said her crops had failed.", [["Wanjiru Kamau","person"]], []],
    ["The Chinese People's Liberation Army held drills near Taiwan.", [["Chinese People's Liberation Army","organization"]], []],
    ["The Sudanese Armed Forces and the Rapid Support Forces agreed a truce.", [["Sudanese Armed Forces","organization"]], []],
];

describe('actor kinds from the grammar around unseen names', () => {
  it.each(PROBES)('%s', (...p) => checkActorProbe(p as ActorProbe));
});
