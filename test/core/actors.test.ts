import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractActors, findActor, sameActor } from '../../src/core/actors.js';
import { splitSentences } from '../../src/core/text.js';
import type { Actor, ActorKind } from '../../src/core/types.js';

function actorsOf(text: string, title?: string): Actor[] {
  return extractActors(text, splitSentences(text, title));
}

/** The actor answering to `form` (name or alias), if any. */
function find(actors: Actor[], form: string): Actor | undefined {
  return actors.find((a) => a.name === form || a.aliases.includes(form));
}

/** Asserts that `text` yields an actor answering to `form`, of `kind`, that also answers to every form of `same`. */
function expectActor(text: string, form: string, kind: ActorKind, same?: readonly string[]): void {
  const actors = actorsOf(text);
  const a = find(actors, form);
  expect(a, `got ${actors.map((x) => `${x.name} [${x.kind}]`).join(', ')}`).toBeDefined();
  expect(a!.kind).toBe(kind);
  for (const s of same ?? []) expect([a!.name, ...a!.aliases]).toContain(s);
}

/** Asserts that no actor of `text` answers to `form`. */
function expectNoActor(text: string, form: string): void {
  const actors = actorsOf(text);
  expect(find(actors, form), `got ${actors.map((x) => `${x.name} [${x.kind}]`).join(', ')}`).toBeUndefined();
}

interface Expected {
  /** A form the actor must answer to (its name or an alias). */
  form: string;
  kind: ActorKind;
  /** Other forms that must be in the same cluster. */
  same?: string[];
  /** Text the role must contain. */
  role?: string;
}

interface Fixture {
  beat: string;
  text: string;
  expected: Expected[];
  /** Forms that must not become actors. */
  absent: string[];
}

const FIXTURES: Fixture[] = [
  {
    beat: 'UK politics',
    text:
      'Prime Minister Keir Starmer said on Monday that the government would not raise taxes on working people. ' +
      'Speaking at a Labour conference in Liverpool, Sir Keir told delegates the party had "turned the page". ' +
      'Conservative leader Kemi Badenoch accused him of breaking promises. The Office for Budget Responsibility (OBR) ' +
      'will publish its forecast next week. Chancellor Rachel Reeves is expected to set out the Budget on 30 October.',
    expected: [
      { form: 'Keir Starmer', kind: 'person', same: ['Sir Keir'], role: 'Prime Minister' },
      { form: 'Labour', kind: 'group' },
      { form: 'Liverpool', kind: 'place' },
      { form: 'Kemi Badenoch', kind: 'person', role: 'leader' },
      { form: 'Office for Budget Responsibility', kind: 'organization', same: ['OBR'] },
      { form: 'Rachel Reeves', kind: 'person', role: 'Chancellor' },
    ],
    absent: ['Speaking', 'Monday', 'October', 'Conservative', 'The', 'Prime Minister'],
  },
  {
    beat: 'war in Ukraine',
    text:
      'Russian forces launched a wave of drone attacks on Kyiv overnight, Ukrainian officials said on Sunday. ' +
      "Ukraine's air force said it shot down 40 of the 52 drones. Kyiv Mayor Vitali Klitschko said two people were " +
      'injured in the Darnytskyi district. Russian President Vladimir Putin has vowed to press on with what the ' +
      'Kremlin calls a "special military operation". NATO Secretary General Mark Rutte urged allies to send more air ' +
      'defence systems, according to Reuters.',
    expected: [
      { form: 'Kyiv', kind: 'place' },
      { form: 'Ukraine', kind: 'country' },
      { form: 'Vitali Klitschko', kind: 'person', role: 'Mayor' },
      { form: 'Darnytskyi', kind: 'place' },
      { form: 'Vladimir Putin', kind: 'person', role: 'Russian President' },
      { form: 'Kremlin', kind: 'organization' },
      { form: 'NATO', kind: 'organization' },
      { form: 'Mark Rutte', kind: 'person', role: 'Secretary General' },
      { form: 'Reuters', kind: 'organization' },
    ],
    absent: ['Russian', 'Ukrainian', 'Sunday', 'Secretary General'],
  },
  {
    beat: 'business and technology',
    text:
      'Shares of Nvidia rose 4% on Wednesday after the chipmaker reported record quarterly revenue. Chief executive ' +
      'Jensen Huang told analysts that demand for its Blackwell chips was "insane". The company, based in Santa Clara, ' +
      'California, said sales to China fell after new export rules from the Commerce Department. Microsoft and ' +
      'Alphabet also gained. "We expect the rally to continue," said Dan Ives, an analyst at Wedbush Securities.',
    expected: [
      { form: 'Nvidia', kind: 'organization' },
      { form: 'Jensen Huang', kind: 'person', role: 'Chief executive' },
      { form: 'Santa Clara', kind: 'place' },
      { form: 'California', kind: 'place' },
      { form: 'China', kind: 'country' },
      { form: 'Commerce Department', kind: 'organization' },
      { form: 'Microsoft', kind: 'organization' },
      { form: 'Alphabet', kind: 'organization' },
      { form: 'Dan Ives', kind: 'person', role: 'analyst at Wedbush Securities' },
      { form: 'Wedbush Securities', kind: 'organization' },
    ],
    absent: ['Shares', 'Blackwell', 'We', 'Chief', 'Wednesday'],
  },
  {
    beat: 'courts (US)',
    text:
      'A federal judge in New York on Tuesday sentenced Samuel Bankman-Fried to 25 years in prison. Judge Lewis ' +
      'Kaplan said the FTX founder had shown no remorse. Prosecutors from the Justice Department had sought up to 50 ' +
      "years. Bankman-Fried's lawyer, Marc Mukasey, said his client would appeal.",
    expected: [
      { form: 'New York', kind: 'place' },
      { form: 'Samuel Bankman-Fried', kind: 'person', same: ['Bankman-Fried'] },
      { form: 'Lewis Kaplan', kind: 'person', role: 'Judge' },
      { form: 'FTX', kind: 'organization' },
      { form: 'Justice Department', kind: 'organization' },
      { form: 'Marc Mukasey', kind: 'person' },
    ],
    absent: ['Prosecutors', 'A', 'Tuesday'],
  },
  {
    beat: 'health',
    text:
      'The World Health Organization declared the mpox outbreak in Africa a global health emergency on Wednesday. ' +
      'WHO Director-General Tedros Adhanom Ghebreyesus said the spread of a new strain in the Democratic Republic of ' +
      'Congo was deeply worrying. More than 500 people have died this year, according to the Africa Centres for ' +
      'Disease Control.',
    expected: [
      { form: 'World Health Organization', kind: 'organization', same: ['WHO'] },
      { form: 'Africa', kind: 'place' },
      { form: 'Tedros Adhanom Ghebreyesus', kind: 'person', role: 'Director-General' },
      { form: 'Democratic Republic of Congo', kind: 'country' },
      { form: 'Africa Centres for Disease Control', kind: 'organization' },
    ],
    absent: ['More', 'The World Health Organization'],
  },
  {
    beat: 'Middle East',
    text:
      'Israeli air strikes killed at least 30 people in the Gaza Strip on Saturday, the Hamas-run health ministry ' +
      "said. Israel's military said it targeted a Hamas command centre in Khan Younis. Egyptian and Qatari mediators " +
      'are pressing both sides to agree to a ceasefire, a senior official told Al Jazeera. US Secretary of State ' +
      'Antony Blinken is due in Cairo on Monday.',
    expected: [
      { form: 'Gaza Strip', kind: 'place' },
      { form: 'Hamas', kind: 'group' },
      { form: 'Israel', kind: 'country' },
      { form: 'Khan Younis', kind: 'place' },
      { form: 'Al Jazeera', kind: 'organization' },
      { form: 'US', kind: 'country' },
      { form: 'Antony Blinken', kind: 'person', role: 'Secretary of State' },
      { form: 'Cairo', kind: 'place' },
    ],
    absent: ['Israeli', 'Egyptian', 'Qatari', 'Saturday', 'Secretary of State'],
  },
  {
    beat: 'sport',
    text:
      'Manchester City beat Arsenal 2-1 at the Etihad Stadium on Sunday to move top of the Premier League. Erling ' +
      'Haaland scored twice before Declan Rice pulled one back for the visitors. City manager Pep Guardiola said his ' +
      'side had "suffered" in the second half. Arsenal boss Mikel Arteta said: "We were not good enough."',
    expected: [
      { form: 'Etihad Stadium', kind: 'place' },
      { form: 'Premier League', kind: 'organization' },
      { form: 'Erling Haaland', kind: 'person' },
      { form: 'Declan Rice', kind: 'person' },
      { form: 'Pep Guardiola', kind: 'person', role: 'manager' },
      { form: 'Mikel Arteta', kind: 'person', role: 'boss' },
    ],
    absent: ['We', 'Sunday'],
  },
  {
    beat: 'Japan',
    text:
      "Japan's Prime Minister Shigeru Ishiba called a snap election for October 27, Kyodo News reported. The ruling " +
      'Liberal Democratic Party (LDP) has governed Japan for most of the post-war era. Opposition leader Yoshihiko ' +
      'Noda of the Constitutional Democratic Party said voters wanted change. Mr Ishiba has promised to revive rural areas.',
    expected: [
      { form: 'Japan', kind: 'country' },
      { form: 'Shigeru Ishiba', kind: 'person', same: ['Mr Ishiba'], role: 'Prime Minister' },
      { form: 'Kyodo News', kind: 'organization' },
      { form: 'Liberal Democratic Party', kind: 'group', same: ['LDP'] },
      { form: 'Yoshihiko Noda', kind: 'person', role: 'Opposition leader' },
      { form: 'Constitutional Democratic Party', kind: 'group' },
    ],
    absent: ['Opposition', 'October'],
  },
  {
    beat: 'Africa',
    text:
      'Kenyan President William Ruto on Thursday withdrew a controversial finance bill after protesters stormed ' +
      'parliament in Nairobi. Amnesty International said at least 23 people were killed. Opposition figure Raila ' +
      'Odinga called for dialogue. Mr Ruto said he had listened to the young people of Kenya.',
    expected: [
      { form: 'William Ruto', kind: 'person', same: ['Mr Ruto'], role: 'President' },
      { form: 'Nairobi', kind: 'place' },
      { form: 'Amnesty International', kind: 'organization' },
      { form: 'Raila Odinga', kind: 'person' },
      { form: 'Kenya', kind: 'country' },
    ],
    absent: ['Kenyan', 'Thursday', 'Opposition'],
  },
  {
    beat: 'local crime (US)',
    text:
      'Police in Austin, Texas, arrested a 34-year-old man on Friday in connection with the shooting, the Austin ' +
      'Police Department said. Chief Lisa Davis said the suspect, identified as Marcus Reed, was being held at the ' +
      'Travis County jail.',
    expected: [
      { form: 'Austin', kind: 'place' },
      { form: 'Texas', kind: 'place' },
      { form: 'Austin Police Department', kind: 'organization' },
      { form: 'Lisa Davis', kind: 'person', role: 'Chief' },
      { form: 'Marcus Reed', kind: 'person' },
      { form: 'Travis County', kind: 'place' },
    ],
    absent: ['Police', 'Friday'],
  },
  {
    beat: 'EU regulation',
    text:
      'The European Commission on Wednesday fined Apple €1.8bn for abusing its dominance in music streaming. ' +
      'Competition commissioner Margrethe Vestager said the US tech giant had prevented rivals from informing users ' +
      "of cheaper options. Apple said it would appeal to the EU's General Court.",
    expected: [
      { form: 'European Commission', kind: 'organization' },
      { form: 'Apple', kind: 'organization' },
      { form: 'Margrethe Vestager', kind: 'person', role: 'commissioner' },
      { form: 'US', kind: 'country' },
      { form: 'EU', kind: 'organization' },
      { form: 'General Court', kind: 'organization' },
    ],
    absent: ['Competition', 'The European Commission'],
  },
  {
    beat: 'diplomacy',
    text:
      'Chinese President Xi Jinping met his American counterpart Joe Biden in San Francisco on Wednesday. Mr Xi said ' +
      'the two countries should be partners, not rivals. Mr Biden described the talks as "constructive". The White ' +
      'House later said the two leaders agreed to restore military communications.',
    expected: [
      { form: 'Xi Jinping', kind: 'person', same: ['Mr Xi'], role: 'President' },
      { form: 'Joe Biden', kind: 'person', same: ['Mr Biden'], role: 'counterpart' },
      { form: 'San Francisco', kind: 'place' },
      { form: 'White House', kind: 'organization' },
    ],
    absent: ['Chinese', 'American', 'The White House'],
  },
  {
    beat: 'obituary',
    text:
      'The actor Maggie Smith, best known for her roles in Downton Abbey and the Harry Potter films, has died aged 89, ' +
      'her family said in a statement. Dame Maggie died peacefully at Chelsea and Westminster Hospital in London on ' +
      'Friday. Prime Minister Keir Starmer called her "a true national treasure".',
    expected: [
      { form: 'Maggie Smith', kind: 'person', same: ['Dame Maggie'], role: 'actor' },
      { form: 'Chelsea and Westminster Hospital', kind: 'organization' },
      { form: 'London', kind: 'place' },
      { form: 'Keir Starmer', kind: 'person', role: 'Prime Minister' },
    ],
    absent: ['Harry Potter', 'Friday'],
  },
  {
    beat: 'weather',
    text:
      'Hurricane Milton made landfall near Siesta Key, Florida, on Wednesday night as a Category 3 storm, the ' +
      'National Hurricane Center said. Governor Ron DeSantis urged residents of Tampa Bay to evacuate.',
    expected: [
      { form: 'Siesta Key', kind: 'place' },
      { form: 'Florida', kind: 'place' },
      { form: 'National Hurricane Center', kind: 'organization' },
      { form: 'Ron DeSantis', kind: 'person', role: 'Governor' },
      { form: 'Tampa Bay', kind: 'place' },
    ],
    absent: ['Hurricane Milton', 'Milton', 'Category'],
  },
  {
    beat: 'US Congress',
    text:
      'Senate Majority Leader Chuck Schumer said Democrats would force a vote on the bill next week. Republicans, who ' +
      'control the House, have signalled they will block it. House Speaker Mike Johnson, a Louisiana Republican, ' +
      'called the measure "dead on arrival". The Congressional Budget Office estimated the plan would cost $1.2tn.',
    expected: [
      { form: 'Chuck Schumer', kind: 'person', role: 'Senate Majority Leader' },
      { form: 'Democrats', kind: 'group' },
      // "a Louisiana Republican": a member of the party, a mention of the group (not an actor of its own).
      { form: 'Republicans', kind: 'group', same: ['Republican'] },
      { form: 'Mike Johnson', kind: 'person', role: 'Speaker' },
      { form: 'Louisiana', kind: 'place' },
      { form: 'Congressional Budget Office', kind: 'organization' },
    ],
    absent: ['Senate Majority Leader'],
  },
  {
    beat: 'Sudan conflict',
    text:
      'Fighters from the Rapid Support Forces (RSF) seized the city of Wad Madani, the Sudanese army said. The RSF, ' +
      'led by Mohamed Hamdan Dagalo, has been at war with the army since April 2023. Islamist militias have joined ' +
      'the fighting on the side of the army.',
    expected: [
      { form: 'Rapid Support Forces', kind: 'organization', same: ['RSF'] },
      { form: 'Wad Madani', kind: 'place' },
      { form: 'Mohamed Hamdan Dagalo', kind: 'person' },
      { form: 'Islamist militias', kind: 'group' },
    ],
    absent: ['Fighters', 'Sudanese', 'April'],
  },
  {
    beat: 'tech and lawsuits',
    text:
      'OpenAI chief executive Sam Altman said on Thursday the company would restructure as a for-profit benefit ' +
      "corporation. Microsoft, OpenAI's biggest investor, declined to comment. Elon Musk, who co-founded OpenAI in " +
      '2015, has sued the firm in a federal court in California.',
    expected: [
      { form: 'OpenAI', kind: 'organization' },
      { form: 'Sam Altman', kind: 'person', role: 'chief executive' },
      { form: 'Microsoft', kind: 'organization' },
      { form: 'Elon Musk', kind: 'person' },
      { form: 'California', kind: 'place' },
    ],
    absent: ['Thursday'],
  },
  {
    beat: 'German politics',
    text:
      "Germany's Chancellor Olaf Scholz lost a confidence vote in the Bundestag on Monday, paving the way for early " +
      'elections in February. Friedrich Merz, leader of the opposition Christian Democratic Union (CDU), is the ' +
      "favourite to succeed him. Scholz's three-party coalition collapsed last month after he fired Finance Minister " +
      'Christian Lindner.',
    expected: [
      { form: 'Germany', kind: 'country' },
      { form: 'Olaf Scholz', kind: 'person', same: ['Scholz'], role: 'Chancellor' },
      { form: 'Bundestag', kind: 'organization' },
      { form: 'Friedrich Merz', kind: 'person', role: 'leader of the opposition' },
      { form: 'Christian Democratic Union', kind: 'organization', same: ['CDU'] },
      { form: 'Christian Lindner', kind: 'person', role: 'Finance Minister' },
    ],
    absent: ['February', 'Christian', 'Finance Minister'],
  },
  {
    beat: 'aviation',
    text:
      "Boeing's chief executive Dave Calhoun will step down at the end of the year, the company said on Monday. The " +
      'announcement came after a door panel blew off an Alaska Airlines 737 Max 9 jet in January. The Federal Aviation ' +
      'Administration (FAA) has capped production of the 737 Max. Calhoun said Stephanie Pope, the chief operating ' +
      'officer, would take on more responsibility.',
    expected: [
      { form: 'Boeing', kind: 'organization' },
      { form: 'Dave Calhoun', kind: 'person', same: ['Calhoun'], role: 'chief executive' },
      { form: 'Alaska Airlines', kind: 'organization' },
      { form: 'Federal Aviation Administration', kind: 'organization', same: ['FAA'] },
      { form: 'Stephanie Pope', kind: 'person', role: 'chief operating officer' },
    ],
    absent: ['Max', 'January', 'The'],
  },
  {
    beat: 'Brazil',
    text:
      "Brazil's former president Jair Bolsonaro was indicted by federal police on Thursday over an alleged plot to " +
      'overturn the 2022 election. The report, sent to the Supreme Court, names 36 other people. Justice Alexandre de ' +
      'Moraes will decide whether to forward it to Prosecutor General Paulo Gonet. Bolsonaro, who lost to Luiz Inácio ' +
      'Lula da Silva, denies wrongdoing.',
    expected: [
      { form: 'Brazil', kind: 'country' },
      { form: 'Jair Bolsonaro', kind: 'person', same: ['Bolsonaro'], role: 'former president' },
      { form: 'Supreme Court', kind: 'organization' },
      { form: 'Alexandre de Moraes', kind: 'person', role: 'Justice' },
      { form: 'Paulo Gonet', kind: 'person', role: 'Prosecutor General' },
      { form: 'Luiz Inácio Lula da Silva', kind: 'person' },
    ],
    absent: ['Thursday', 'Justice'],
  },
  {
    beat: 'appositive roles',
    text:
      'The deal was welcomed by Mohammed Shia al-Sudani, the Iraqi PM, and by Turkey, according to state media. ' +
      'Al-Sudani said it would bring investment to the southern city of Basra.',
    expected: [
      { form: 'Mohammed Shia al-Sudani', kind: 'person', same: ['Al-Sudani'], role: 'Iraqi PM' },
      { form: 'Turkey', kind: 'country' },
      { form: 'Basra', kind: 'place' },
    ],
    absent: ['Iraqi', 'The'],
  },
  {
    beat: 'dateline, rivers and markets',
    text:
      'KHARTOUM NORTH, June 3 (Reuters) - Shells hit the Souq al-Arabi market in Omdurman on Monday, medics said. ' +
      'The Blue Nile, White Nile and Atbara rivers are rising, and flooding near the Tuti river has cut roads.\n\n' +
      'Fighters of the militant Popular Defence Forces withdrew from Khartoum North on Tuesday.',
    expected: [
      { form: 'KHARTOUM NORTH', kind: 'place', same: ['Khartoum North'] },
      { form: 'Souq al-Arabi market', kind: 'place' },
      { form: 'Omdurman', kind: 'place' },
      { form: 'Blue Nile', kind: 'place' },
      { form: 'White Nile', kind: 'place' },
      { form: 'Atbara', kind: 'place' },
      { form: 'Tuti', kind: 'place' },
      { form: 'Popular Defence Forces', kind: 'group' },
    ],
    absent: ['June', 'Shells'],
  },
  {
    beat: 'US Congress, datelines in title case',
    text:
      'Boise, Idaho (AP) — The House voted 219-211 on Wednesday to approve the farm bill. Rep. Carla Moody, R-Idaho, ' +
      'said the bill would reach the Capitol rotunda ceremony next week. The Senate is expected to vote in June.',
    expected: [
      { form: 'Boise', kind: 'place' },
      { form: 'House', kind: 'organization' },
      { form: 'Carla Moody', kind: 'person' },
      { form: 'Capitol', kind: 'place' },
      { form: 'Senate', kind: 'organization' },
    ],
    absent: ['R-Idaho', 'Rep'],
  },
  {
    beat: 'armies and parties named by their country',
    text:
      'The Nepal Army was deployed after the vote. The governing Kenya Kwanza Party and the opposition Zambia Union ' +
      'Party both claimed victory, while the Green Party called for calm.',
    expected: [
      { form: 'Nepal Army', kind: 'organization' },
      { form: 'Kenya Kwanza Party', kind: 'group' },
      { form: 'Zambia Union Party', kind: 'group' },
      { form: 'Green Party', kind: 'group' },
    ],
    absent: ['Nepal', 'Kenya', 'Zambia'],
  },
  {
    beat: 'a football report',
    text:
      'Harlow Rovers came from behind to beat Kingsport City 3-2 in a league match on Saturday. Substitute Omar ' +
      'Haddad scored twice, and Kingsport defender Ben Oduya was sent off. "We never gave up," said Rovers manager ' +
      'Chris Doyle.\n\nKingsport, who were relegated from the Championship last season, have lost four games. ' +
      'Harlow visit Wigan on Tuesday, while Kingsport host Burton Albion. Their goalkeeper joined from Lille in May.',
    expected: [
      { form: 'Harlow Rovers', kind: 'organization', same: ['Harlow'] },
      { form: 'Kingsport City', kind: 'organization', same: ['Kingsport'] },
      { form: 'Omar Haddad', kind: 'person', role: 'ubstitute' },
      { form: 'Ben Oduya', kind: 'person', role: 'defender' },
      { form: 'Chris Doyle', kind: 'person', role: 'manager' },
      { form: 'Championship', kind: 'organization' },
      { form: 'Wigan', kind: 'organization' },
      { form: 'Burton Albion', kind: 'organization' },
      { form: 'Lille', kind: 'organization' },
    ],
    absent: ['Substitute Omar Haddad', 'Saturday'],
  },
  {
    beat: 'a tennis report (players stay people)',
    text:
      'Marta Kovacs beat Jessica Lindgren 6-4, 6-3 to reach the final, her third of the season. Kovacs, 24, will face ' +
      'Daria Petrenko, who beat Zoe Hart in a long match against the wind. Lindgren said her serve let her down.',
    expected: [
      { form: 'Marta Kovacs', kind: 'person', same: ['Kovacs'] },
      { form: 'Jessica Lindgren', kind: 'person', same: ['Lindgren'] },
      { form: 'Daria Petrenko', kind: 'person' },
      { form: 'Zoe Hart', kind: 'person' },
    ],
    absent: ['The'],
  },
  {
    beat: 'places that are no clubs outside sport',
    text: 'Flights from Mexico City and Kansas City were cancelled, officials in Bristol said.',
    expected: [
      { form: 'Mexico City', kind: 'place' },
      { form: 'Kansas City', kind: 'place' },
      { form: 'Bristol', kind: 'place' },
    ],
    absent: ['Mexico'],
  },
  {
    beat: 'science journals and firms named once in full',
    text:
      'The results, published on Monday in the journal Marine Ecology Letters, were funded by Oceanix Labs. ' +
      'A second study appeared in Frontiers. Oceanix said it would share the data. Shares of Corvella rose after ' +
      'Corvella Inc said it had agreed a deal. Prof Ana Ruiz of the Leibniz Institute for Baltic Sea Research (IOW) ' +
      'led the work.',
    expected: [
      { form: 'Marine Ecology Letters', kind: 'organization' },
      { form: 'Oceanix Labs', kind: 'organization', same: ['Oceanix'] },
      { form: 'Frontiers', kind: 'organization' },
      { form: 'Corvella Inc', kind: 'organization', same: ['Corvella'] },
      { form: 'Ana Ruiz', kind: 'person' },
      { form: 'Leibniz Institute for Baltic Sea Research', kind: 'organization', same: ['IOW'] },
    ],
    absent: ['Monday', 'Shares'],
  },
  {
    beat: 'a court report',
    text:
      'Courier Tom Bright, 41, of Wigston, denied the charge. Prosecutor Helen Marsh KC told the jury the crash on ' +
      'Mill Lane was avoidable. Residents of Oadby and Glen Parva said the road was dangerous. U.S. District Judge ' +
      'Sean Jordan was not involved. The victim, named as Amy Webb, was a nurse in Leicester, the city where she grew up.',
    expected: [
      { form: 'Tom Bright', kind: 'person', role: 'courier' },
      { form: 'Wigston', kind: 'place' },
      { form: 'Helen Marsh', kind: 'person', role: 'Prosecutor' },
      { form: 'Mill Lane', kind: 'place' },
      { form: 'Oadby', kind: 'place' },
      { form: 'Glen Parva', kind: 'place' },
      { form: 'Sean Jordan', kind: 'person', role: 'Judge' },
      { form: 'Amy Webb', kind: 'person' },
      { form: 'Leicester', kind: 'place' },
    ],
    absent: ['Courier Tom Bright', 'Helen Marsh KC', 'KC', 'Jordan'],
  },
  {
    beat: 'places in apposition and before their names',
    text:
      'Aid reached Kadugli, the besieged capital of South Kordofan, on Friday. Rescuers in the state capital ' +
      'Porto Velho and the towns of Ariquemes and Vilhena searched for survivors in Rio Grande do Norte.',
    expected: [
      { form: 'Kadugli', kind: 'place' },
      { form: 'Porto Velho', kind: 'place' },
      { form: 'Ariquemes', kind: 'place' },
      { form: 'Vilhena', kind: 'place' },
      { form: 'Rio Grande do Norte', kind: 'place' },
    ],
    absent: ['Rio Grande'],
  },
  {
    beat: 'organisations named by one word',
    text:
      'Shares in Veltrix jumped 8% on Thursday. Veltrix said demand from banks was strong. Analyst Priya Desai of ' +
      'Bernstein said the quarter was clean.\n\nGreenpeace warned that the plan was too slow. Leaders of the G7 meet ' +
      'in June.',
    expected: [
      { form: 'Veltrix', kind: 'organization' },
      { form: 'Priya Desai', kind: 'person', role: 'analyst' },
      { form: 'Bernstein', kind: 'organization' },
      { form: 'Greenpeace', kind: 'organization' },
      { form: 'G7', kind: 'group' },
    ],
    absent: ['Analyst Priya Desai', 'Shares', 'Leaders'],
  },
];

describe('extractActors on news from several beats', () => {
  describe.each(FIXTURES)('$beat', ({ text, expected, absent }) => {
    const actors = actorsOf(text);
    it.each(expected)('finds $form as $kind', ({ form, kind, same, role }) => {
      const a = find(actors, form);
      expect(a, `no actor answers to "${form}"; got ${actors.map((x) => x.name).join(', ')}`).toBeDefined();
      expect(a!.kind).toBe(kind);
      for (const s of same ?? []) expect([a!.name, ...a!.aliases]).toContain(s);
      if (role) expect(a!.role ?? '').toContain(role);
    });
    it.each(absent.map((form) => ({ form })))('does not make "$form" an actor', ({ form }) => {
      expect(find(actors, form)).toBeUndefined();
    });
  });
});

describe('extractActors conventions', () => {
  it('ignores sentence-initial function words, weekdays, months and demonyms', () => {
    const text =
      'Meanwhile, the Iraqi government said on Monday that talks would resume in March. Subsequently, American and ' +
      'British diplomats met. Critics say the plan is flawed. Nothing has been decided.';
    expect(actorsOf(text)).toEqual([]);
  });

  it('skips page furniture: video notices, credit lines, headings', () => {
    const text =
      'Blinken in Iraq: "We will protect our personnel"\n\nThis browser does not support the video element.\n\n' +
      'The Iraqi government condemned the attack.\n\njd/sms (AFP, Reuters)';
    const names = actorsOf(text).map((a) => a.name);
    expect(names).not.toContain('Blinken');
    expect(names).not.toContain('AFP');
    expect(names).not.toContain('Reuters');
  });

  it('gives every mention exact offsets and its sentence', () => {
    const text = 'Soleimani was killed in Baghdad. Qassem Soleimani led the Quds Force, the Pentagon said.';
    const actors = actorsOf(text);
    for (const a of actors) {
      for (const m of a.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(text).toContain(m.sentence);
        expect(m.sentence).toContain(m.text);
      }
    }
    const s = find(actors, 'Qassem Soleimani')!;
    expect(s.kind).toBe('person');
    expect(s.mentions.map((m) => m.text)).toEqual(['Soleimani', 'Qassem Soleimani']);
  });

  it('orders actors by first mention and strips possessives from aliases', () => {
    const text = "Iran condemned the strike. Al-Sudani's office said Prime Minister Mohamed Shia al-Sudani would respond.";
    const actors = actorsOf(text);
    expect(actors.map((a) => a.name)).toEqual(['Iran', 'Mohamed Shia al-Sudani']);
    expect(actors[1]!.aliases).toEqual(['Al-Sudani']);
    expect(actors[1]!.role).toBe('Prime Minister');
  });

  it('clusters gazetteer aliases: US = U.S. = United States, IS = ISIS = Islamic State', () => {
    const text =
      'The United States said U.S. troops would stay. The US has 2,500 soldiers in Iraq to fight the Islamic State ' +
      '(IS). ISIS claimed the attack.';
    const actors = actorsOf(text);
    const us = find(actors, 'US')!;
    expect(us.name).toBe('United States');
    expect(us.aliases.sort()).toEqual(['U.S.', 'US']);
    expect(us.mentions).toHaveLength(3);
    const is = find(actors, 'ISIS')!;
    expect(is).toBe(find(actors, 'Islamic State'));
    expect(is.kind).toBe('group');
  });

  it('keeps two people with the same surname apart and joins a surname to the nearest full name', () => {
    const text =
      'Hillary Clinton lost the election. Bill Clinton campaigned in Ohio. Clinton said the party must rebuild.';
    const actors = actorsOf(text);
    const hillary = find(actors, 'Hillary Clinton')!;
    const bill = find(actors, 'Bill Clinton')!;
    expect(hillary).not.toBe(bill);
    expect(bill.aliases).toContain('Clinton');
    expect(hillary.aliases).not.toContain('Clinton');
  });
});

describe('names found by general rules rather than word lists', () => {
  // Head words ("Bank", "Sea", "Valley"), compass words before a known name, place prefixes ("Los", "San") and
  // "-ese"/"-ish"/"-i"/"-ian" demonyms derived from country names type these without a gazetteer entry.
  it.each<[string, string, ActorKind]>([
    ['The World Bank cut its growth forecast on Tuesday.', 'World Bank', 'organization'],
    ['Officials at the European Commission declined to comment.', 'European Commission', 'organization'],
    ['Ships were attacked in the Red Sea last week.', 'Red Sea', 'place'],
    ['Exports to North America fell by a fifth.', 'North America', 'place'],
    ['The company moved its offices to Los Angeles in March.', 'Los Angeles', 'place'],
    ['Start-ups in Silicon Valley raised less money this year.', 'Silicon Valley', 'place'],
    ['The fighting spread to the Gaza Strip on Sunday.', 'Gaza Strip', 'place'],
  ])('%s → %s (%s)', (text, form, kind) => {
    expect(find(actorsOf(text), form)?.kind).toBe(kind);
  });

  it.each(['Israeli', 'Belgian', 'Palestinian', 'Burmese', 'English'])('reads the demonym "%s" as no actor', (adj) => {
    const actors = actorsOf(`The ${adj} officials said talks would resume with Ahmed Karimi on Monday.`);
    expect(find(actors, adj)).toBeUndefined();
    expect(find(actors, `${adj} officials`)).toBeUndefined();
  });
});

describe('sameActor and findActor', () => {
  const actors = actorsOf(
    'Donald Trump won. President-elect Trump thanked voters. The Islamic State (IS) lost ground, the U.S. said.',
  );
  it.each([
    ['Trump', 'Donald Trump', true],
    ['IS', 'Islamic State', true],
    ['ISIS', 'Islamic State', true],
    ['US', 'United States', true],
    ['U.S.', 'US', true],
    ["Trump's", 'Trump', true],
    ['Trump', 'Islamic State', false],
    ['US', 'UK', false],
    ['Donald Trump', 'Donald Duck', false],
  ])('sameActor(%s, %s) is %s', (a, b, want) => {
    expect(sameActor(a, b, actors)).toBe(want);
    expect(sameActor(b, a, actors)).toBe(want);
  });
  it('finds an actor by any of its forms', () => {
    expect(findActor('trump', actors)?.name).toBe('Donald Trump');
    expect(findActor('Nobody', actors)).toBeUndefined();
  });
});

interface Annotated {
  name: string;
  aliases: string[];
  kind: ActorKind;
}

describe('organisation names, makers and non-person pairs', () => {
  it.each([
    ['an "and" inside a body named by subject', 'Scientists at the Glasgow School of Physics and Marine Engineering said the tide was rising.', 'Glasgow School of Physics and Marine Engineering'],
    ['"on" and "and" inside a committee', 'The Standing Committee on Fisheries and Aquaculture will meet in March.', 'Standing Committee on Fisheries and Aquaculture'],
    ['a lower-case word inside a name its acronym spells', 'The Food and Farming products Safety Authority (FFSA) recalled the cheese.', 'Food and Farming products Safety Authority'],
    ['a panel spelled by its acronym', 'The International Panel on Ocean Acidity (IPOA) issued a warning on Monday.', 'International Panel on Ocean Acidity'],
    ['an academy with "of"', 'He studied at the Royal Academy of Stage Design in the 1980s.', 'Royal Academy of Stage Design'],
    ['a theatre', 'The play transferred to the Almeida Playhouse last spring.', 'Almeida Playhouse'],
    ['a sports desk of a broadcaster', 'The transfer was first reported by Sky Sport on Friday.', 'Sky Sport'],
    ['a tour run by a body', 'She has won four titles on the LPGA Tour this year.', 'LPGA Tour'],
    ['a journal with "The" in its name', 'The study was published in The Medical Review last week.', 'The Medical Review'],
    ['a maker before its model code', 'The Cessna C208 came down in a field near the town.', 'Cessna'],
    ['a maker before a vehicle noun', 'Witnesses saw a Tupolev jet circling the airport.', 'Tupolev'],
    ['an airline before its flight number', 'Northstar Regional Flight 880 was diverted after a warning light came on.', 'Northstar Regional'],
    ['a newspaper with "The" in its name', 'He told The Northern Times on Friday that he would resign.', 'The Northern Times'],
  ])('%s: %s', (_, text, form) => {
    const actors = actorsOf(text);
    const a = find(actors, form);
    expect(a, `got ${actors.map((x) => `${x.name} [${x.kind}]`).join(', ')}`).toBeDefined();
    expect(a!.kind).toBe('organization');
    // The tail of a cut name never stands alone.
    expect(actors.filter((x) => x !== a && form.includes(x.name)).map((x) => x.name)).toEqual([]);
  });

  it.each([
    ['a place after its street number', 'Hundreds marched along 5th Avenue towards the park.', '5th Avenue'],
    ['a city before "X-based"', 'A Santa Rosa, California-based winery said sales fell.', 'Santa Rosa'],
    ['a compass word opening a district', 'Rents in the North End have doubled since 2019, agents said.', 'North End'],
  ])('%s is a place: %s', (_, text, form) => {
    expect(find(actorsOf(text), form)?.kind).toBe('place');
  });

  it.each([
    ['a tax band', 'Owners of a Band E home will pay £180 more.', 'Band E'],
    ['a title in quotation marks', 'The band released "Silver Harbour" in 1994 and toured for a year.', 'Silver Harbour'],
    ['a title after "the film"', 'She starred in the film Broken Compass before moving to television.', 'Broken Compass'],
    ['a title in an appositive', 'His first novel, Quiet Fields, sold 2 million copies.', 'Quiet Fields'],
    ['a capitalised pair without any person cue', 'Drivers crossed the Granite Causeway early on Sunday to avoid delays.', 'Granite Causeway'],
    ['a model code', 'The Cessna C208 came down in a field near the town.', 'Cessna C208'],
    ['a product line after a possessive', 'The firm said its Falcon chips sold out.', 'Falcon'],
  ])('never makes %s an actor: %s', (_, text, form) => {
    const actors = actorsOf(text);
    expect(find(actors, form), actors.map((x) => x.name).join(', ')).toBeUndefined();
  });

  it.each([
    ['a given name', 'The award went to Zoe Marchetti in the end.', 'Zoe Marchetti'],
    ['a verb of speech', 'Harlan Voskuijlen said the vote was rigged.', 'Harlan Voskuijlen'],
    ['an age', 'Tobiah Renwick, 41, was taken to hospital.', 'Tobiah Renwick'],
  ])('keeps a person named with %s', (_, text, form) => {
    expect(find(actorsOf(text), form)?.kind).toBe('person');
  });

  it('keeps party members a group and a nickname in quotation marks an actor', () => {
    const actors = actorsOf('Republicans blocked the bill. The so-called "Harbour Rebels" vowed to fight on.');
    expect(find(actors, 'Republicans')?.kind).toBe('group');
    expect(find(actors, 'Harbour Rebels')).toBeDefined();
  });

  it('keeps a known name after a capitalised "The": "The Gambia" is Gambia', () => {
    expect(find(actorsOf('Aid reached villages in The Gambia on Friday.'), 'Gambia')?.kind).toBe('country');
  });

  it('does not join a second organisation after "and"', () => {
    const actors = actorsOf('The University of Exeter and Barclays signed the deal, the Bank of England and Lloyds said.');
    expect(actors.map((a) => a.name)).toEqual(expect.arrayContaining(['University of Exeter', 'Barclays', 'Bank of England']));
  });
});

describe('annotated corpus', () => {
  const dir = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    files = [];
  }
  it.skipIf(files.length === 0)('finds >= 90% of annotated actors, >= 85% with the right kind, few extras', () => {
    let total = 0;
    let found = 0;
    let typed = 0;
    let extracted = 0;
    let matched = 0;
    for (const f of files) {
      const raw = readFileSync(dir + f.replace(/\.json$/, '.txt'), 'utf8');
      const cut = raw.indexOf('\n\n');
      const actors = actorsOf(raw.slice(cut + 2), raw.slice(0, cut));
      const annotated = (JSON.parse(readFileSync(dir + f, 'utf8')) as { facts: { actors: Annotated[] } }).facts.actors;
      const used = new Set<Actor>();
      for (const a of annotated) {
        const forms = [a.name, ...a.aliases];
        const hit = actors.find((x) => [x.name, ...x.aliases].some((y) => forms.includes(y)));
        total++;
        if (!hit) continue;
        found++;
        used.add(hit);
        if (hit.kind === a.kind) typed++;
      }
      extracted += actors.length;
      matched += used.size;
    }
    expect(found / total).toBeGreaterThanOrEqual(0.9);
    expect(typed / total).toBeGreaterThanOrEqual(0.85);
    expect(matched / extracted).toBeGreaterThanOrEqual(0.85);
  });
});

describe('long articles', () => {
  it('clusters a dense paragraph repeated nine times (570 words) into the same actors, every mention found', () => {
    const para =
      'Prime Minister Mohamed Shia al-Sudani said the US-led coalition would leave Iraq. The Pentagon said 2,500 US ' +
      'soldiers are stationed in Iraq and another 900 in Syria. Iranian general Qassem Soleimani was killed in ' +
      'Baghdad in 2020, and Al-Sudani attended his memorial in Kerman, Iran. Carla Ferstman, legal director of the ' +
      'human rights organisation Redress, said the Ministry of Defence (MoD) must act. ';
    const once = actorsOf(para);
    const nine = actorsOf(Array.from({ length: 9 }, () => para).join('\n\n'));
    expect(once.length).toBeGreaterThanOrEqual(10);
    // Speed is measured by `npm run bench:build`; here: no actor is lost, split or merged as the text grows.
    expect(nine.map((a) => [a.name, a.kind, a.aliases])).toEqual(once.map((a) => [a.name, a.kind, a.aliases]));
    nine.forEach((a, i) => expect(a.mentions.length).toBe(9 * once[i]!.mentions.length));
  });
});

describe('general rules for names without a cue word', () => {
  it.each<[string, string, string, ActorKind, string[]?]>([
    ['a plain two-word name after "by"', 'The record was set by Tavita Oduya against the visitors.', 'Tavita Oduya', 'person'],
    ['a plain name with an unknown given name', 'The prison was opened by Ilkin Marrow in 2023.', 'Ilkin Marrow', 'person'],
    ['a court title before a name that ends in a place word', 'Senior District Judge Robin Lane dismissed the case on Friday.', 'Robin Lane', 'person'],
    ['a street named after a king', 'Traffic was diverted around King Edward Street all day.', 'King Edward Street', 'place'],
    ['a UN member state missing before', 'Aid flights landed in Burundi and Lesotho on Monday.', 'Burundi', 'country'],
    ['a short form of a member state', 'Ferries to Cape Verde were cancelled.', 'Cape Verde', 'country'],
    ['a capital in apposition', 'The river flows through the capital, Montevale, before reaching the sea.', 'Montevale', 'place'],
    ['a UK councillor', 'Coun Petra Hollis said the plan was sound.', 'Petra Hollis', 'person'],
    ['"X-based"', 'Shares in the Heilbronn-based supplier fell 4% on Tuesday.', 'Heilbronn', 'place'],
    ['"the edge of X"', 'The homes will be built on the edge of Wendlebury.', 'Wendlebury', 'place'],
    ['"in nearby X"', 'She has lived in nearby Ashcombe for 20 years.', 'Ashcombe', 'place'],
    ['a plural organisation head', 'Developer Harrow Land Partnerships will build the homes.', 'Harrow Land Partnerships', 'organization'],
    ['a university campus', 'Lea Moss, a chemist at the University of Nevada, Reno, said the data were weak.', 'University of Nevada, Reno', 'organization'],
    ['a party and its acronym', 'Lena Ruiz of the centrist Civic Renewal party (PRC) came third.', 'Civic Renewal', 'group', ['Civic Renewal party', 'PRC']],
    ['a union named before its noun', 'The IG Druck union said it would strike.', 'IG Druck', 'organization'],
    ['an armed group named before its noun', 'The K17 armed group agreed to a truce on Sunday.', 'K17', 'group'],
    ['a people before its fighters', 'The militia was founded by Banyoro fighters in 1999.', 'Banyoro', 'group'],
    ['militias "known as" a name', 'Local militias known as Kifaru said they would keep fighting.', 'Kifaru', 'group'],
    ['an employer before a job and a name', '"It is credible," said Redburn analyst Tomas Vey.', 'Redburn', 'organization'],
    ['a court with an ordinal, and its short form', 'The 4th U.S. Circuit Court of Appeals ruled. The full 4th Circuit may rehear it.', '4th U.S. Circuit Court of Appeals', 'organization', ['4th Circuit']],
    ['a journal whose name opens with an acronym', 'The findings were published on Monday in BMJ Oncology.', 'BMJ Oncology', 'organization'],
    ['a river, with and without its noun', 'The Mahaweli river burst its banks. The Mahaweli rose again.', 'Mahaweli river', 'place', ['Mahaweli']],
    ['a C-suite title', 'Chief Financial Officer Jonas Brandt said costs rose.', 'Jonas Brandt', 'person'],
    ['an AP state abbreviation in a dateline', 'RALEIGH, N.C. (AP) — Storms cut power to 40,000 homes.', 'N.C.', 'place'],
    ['a place in a list, not an appositive', 'Cuts will fall at plants in Alsdorf and Wetzburg, with the remainder in France.', 'Wetzburg', 'place'],
  ])('%s: %s', (_, text, form, kind, same) => expectActor(text, form, kind, same));

  it('reads sports teams as organisations, with their short forms', () => {
    const text =
      'Rivera scored 30 points and grabbed 12 rebounds as the Portland Owls beat the Denton Foxes in overtime. ' +
      'The Owls host the Lakeshore 88ers on Friday, and the Foxes travel to face the Comets.';
    const actors = actorsOf(text);
    for (const form of ['Portland Owls', 'Denton Foxes', 'Lakeshore 88ers', 'Comets']) expect(find(actors, form)?.kind, form).toBe('organization');
    expect(find(actors, 'Portland Owls')!.aliases).toContain('Owls');
  });

  it.each([
    ['a multi-word demonym', 'Two out of three Costa Ricans voted for change.', 'Costa Ricans'],
    ['a market index', 'Shares fell 2% on the MDAX mid-cap index.', 'MDAX'],
    ['an accounting acronym', 'EBIT fell by a third in the quarter.', 'EBIT'],
    ['a family doctor', 'You cannot get a GP appointment for weeks, residents said.', 'GP'],
    ['an irregular demonym', 'German carmaker Vollwerk cut 900 jobs.', 'German'],
    ['a word of a C-suite title', 'Chief Operating Officer Ines Garde said costs rose.', 'Operating'],
    ['a name used as a modifier in a list', 'She opposed the Keystone and Tamsin Ridge pipelines.', 'Tamsin Ridge'],
  ])('never makes %s an actor: %s', (_, text, form) => {
    const actors = actorsOf(text);
    expect(find(actors, form), actors.map((x) => x.name).join(', ')).toBeUndefined();
  });

  it.each([
    ['a reporting clause', 'Production will move to Norway, the company said.', 'Norway'],
    ['a clause opened by a verb', 'The river, which flows through the capital, Montevale, rose above major flood level.', 'Montevale'],
  ])('gives no role from %s', (_, text, form) => {
    expect(find(actorsOf(text), form)?.role).toBeUndefined();
  });
});

describe('weak cues for towns, regions, party members and bodies', () => {
  it.each<[string, string, string, ActorKind, string[]?]>([
    ['a country after a sentence-initial "Neighbouring"', 'Neighbouring Botswana and Namibia have also closed schools.', 'Botswana', 'country'],
    ['a town in "a <town> Democrat"', 'Rep. Lou Barden, a Tulsa Democrat, opposed the bill.', 'Tulsa', 'place'],
    ['a lawmaker\'s home after "of"', 'State Sen. Dana Ruelle of Marston said the tax was unfair.', 'Marston', 'place'],
    ['a place ending in "Falls"', 'Mayor Jo Keene of Cedar Falls said the bridge would reopen.', 'Cedar Falls', 'place'],
    ['towns given as examples', 'The closures hit mill towns like Brackley and Dunmore hardest.', 'Dunmore', 'place'],
    ['border posts "such as" a town', 'Lorries queue at border posts such as Mwami for days.', 'Mwami', 'place'],
    ['the ends of a rail line', 'The railway between Trelby and Oskar-Neudorf stays shut until Friday.', 'Oskar-Neudorf', 'place'],
    ['a briefing given from a city', 'Osei told a news briefing from Porto Novo on Tuesday that aid was late.', 'Porto Novo', 'place'],
    ['a province with its noun', 'Most new cases were in Luapula province, officials said.', 'Luapula', 'place', ['Luapula province']],
    ['a mountain range named with a demonym', 'Two climbers died in the Italian Dolomites at the weekend.', 'Italian Dolomites', 'place'],
    ['a name with a middle initial', 'The seat went to Walter K. Brum by 400 votes.', 'Walter K. Brum', 'person'],
    ['a given name that is also a bill', 'Later, President Bill Clinton named her envoy to Norway.', 'Bill Clinton', 'person'],
    ['a maiden name in brackets', 'He was the son of Otto Lind, a baker, and Greta (Moll) Lind, a nurse.', 'Greta (Moll) Lind', 'person'],
    ['a UK police rank', 'Det Con Alys Brennan said the victims were targeted.', 'Alys Brennan', 'person'],
    ['a body named before "vaccine alliance"', 'The doses were paid for by the Medra vaccine alliance.', 'Medra', 'organization'],
    ['a region\'s own agency', 'Asia CDC and the WHO warned of a new wave.', 'Asia CDC', 'organization'],
    ['a lone armed service', 'Her father was a retired Navy pilot.', 'Navy', 'organization'],
  ])('%s: %s', (_, text, form, kind, same) => expectActor(text, form, kind, same));

  it.each([
    ['"a Democrat," as a party member', 'Ms. Rowe, a Democrat, won the seat in 1982.', 'Democrat'],
    ['"every Republican voting no"', 'The bill passed with every Republican voting no.', 'Republican'],
  ])('reads %s as the party\'s group: %s', (_, text, form) => {
    expect(find(actorsOf(text), form)?.kind).toBe('group');
  });

  it.each([
    ['a party label used as an adjective', 'The pressure on Republican electors grew all week.', 'Republican'],
    ['a party\'s nominee', 'Two electors defected to the Republican in 2016.', 'Republican'],
    ['a person after "of" with no lawmaker role', 'Analyst Mira Holt of Kessler Quinn said shares fell.', 'Kessler Quinn'],
  ])('keeps %s out of places and groups: %s', (_, text, form) => {
    const a = find(actorsOf(text), form);
    expect(a?.kind === 'group' || a?.kind === 'place').toBe(false);
  });

  it('joins "the Army" to the country\'s army', () => {
    const actors = actorsOf('The government ordered the Kenya Army to help. The Army said 300 soldiers were sent.');
    expect(find(actors, 'Army')?.name).toBe('Kenya Army');
  });
});

describe('states and provinces, listed towns, public bodies, clubs and stadiums', () => {
  /** Sport cue words, so that the story reads as a sports story. */
  const MATCH = 'The striker scored in the first half of the match, and the goalkeeper kept a clean sheet for the league leaders. ';
  it.each<[string, string, string, ActorKind, string[]?]>([
    ['an Australian state', 'Heavy rain fell across Victoria on Monday, and farmers in Tasmania braced for floods.', 'Victoria', 'place'],
    ['a Canadian province', 'Officials in Saskatchewan said the harvest was late; Manitoba reported the same.', 'Manitoba', 'place'],
    ['towns listed with a known place', 'Warnings were issued for Dunmore, Keel Bridge, Halston and Ballarat as the flood rose.', 'Keel Bridge', 'place'],
    ['the first town of a pair', 'The railway stays shut between Orrin and Sydney until Friday.', 'Orrin', 'place'],
    ['a body named by common nouns and its state', 'Staff from Forestry Tasmania joined the search, the police said.', 'Forestry Tasmania', 'organization'],
    ['a body named by common nouns and its country', 'The drug was approved by Health Canada last year, the maker said.', 'Health Canada', 'organization'],
    ['a two-word place before "-based"', 'She sits on the San Diego-based panel that reviews the grants.', 'San Diego', 'place'],
    ['a committee before a chair\'s title', 'Senate Rules Chair Dana Wilmot called the hearing. The Senate Rules Committee met on Friday.', 'Senate Rules Committee', 'organization', ['Senate Rules']],
    ['a chair\'s name after the title', 'Finance Committee Chair Roberta Quayle said the bill would pass.', 'Roberta Quayle', 'person'],
    ['a brand in capitals', 'The figures come from a VANTAGE survey of 2,000 voters published on Monday.', 'VANTAGE', 'organization'],
    ['a possessor with an unknown given name', 'Officers praised Tamsin Okoro\'s quick thinking after the crash.', 'Tamsin Okoro', 'person'],
    ['a club bought from', MATCH + 'Lyle, a £12m signing from Brentwick in June, scored twice.', 'Brentwick', 'organization'],
    ['a two-word club making a bid', MATCH + 'The club turned down a £40m bid from Inter Miland for the defender.', 'Inter Miland', 'organization'],
    ['a club beating a side', MATCH + 'It was their first home defeat by Castlebury since 2019.', 'Castlebury', 'organization'],
    ['a club with a plural verb', MATCH + 'Norbury entertain Castlebury on Sunday.', 'Castlebury', 'organization'],
    ['a city before "club"', MATCH + 'The Porto club rejected the offer on Friday.', 'Porto', 'place'],
    ['a club named three times with no cue', MATCH + 'The draw lifts Kelworth to fourth. Kelworth made them pay late on. It was Kelworth\'s night.', 'Kelworth', 'organization'],
    ['a stadium with a plural possessive', MATCH + 'The crowd at St Andrews\' Park rose as one.', "St Andrews' Park", 'place'],
    ['a stadium in another language', MATCH + 'They travel to the Stadio Olimpico next week and host the leaders at the Estadio do Mar.', 'Stadio Olimpico', 'place'],
    ['a Portuguese stadium name with a particle', MATCH + 'They travel to the Stadio Olimpico next week and host the leaders at the Estadio do Mar.', 'Estadio do Mar', 'place'],
  ])('%s: %s', (_, text, form, kind, same) => expectActor(text, form, kind, same));

  it.each([
    ['a region of a country', 'Factories in Mainland China slowed in March, the survey said.', 'Mainland China', 'organization'],
    ['a person named after a country', 'Former basketball star Michael Jordan said he would sell the team.', 'Michael Jordan', 'organization'],
    ['a state after a city in a comma pair', 'The conference opens in Salem, Ore., on Monday and Omar Reyes will speak.', 'Ore', 'place'],
    ['a party tag and a place in brackets', 'Cllr Ann Dole (Lab, Thornbury) voted against the plan.', 'Lab', 'place'],
    ['a word in capitals opening a sentence', 'NOTHING was left of the shed after the fire, the farmer said.', 'NOTHING', 'organization'],
  ])('does not read %s as the wrong kind: %s', (_, text, form, kind) => {
    expect(find(actorsOf(text), form)?.kind).not.toBe(kind);
  });
});

describe('round-4 generalisation rules', () => {
  it.each<[string, string, ActorKind, string[]]>([
    ['a lone family name joins a surname-first full name', 'Premier Li Qiang visited Tianjin on Monday. Li said growth would hold.', 'person', ['Li Qiang', 'Li']],
    ['a lone inner name joins a long full name', 'President Manuel Andrés Obrador Mendez spoke on Friday. Obrador later flew to Oaxaca.', 'person', ['Obrador']],
    ['a county sheriff before a name is a role', 'Polk County Sheriff Grady Judd said the suspect fled.', 'person', ['Grady Judd']],
    ['a capital made of two words is a place', 'The striker grew up in Kuala Lumpur and moved abroad at 17.', 'place', ['Kuala Lumpur']],
    ['a province of a large country is a place', 'Anhui said it would add subsidies of its own next year.', 'place', ['Anhui']],
    ['a system with a capitalised name is an organisation', 'Prices in the Carbon Credit Exchange System rose 4% last week.', 'organization', ['Carbon Credit Exchange System']],
  ])('%s', (_label, text, kind, forms) => {
    const actors = actorsOf(text);
    const a = find(actors, forms[0]!);
    expect(a?.kind).toBe(kind);
    for (const f of forms) expect(find(actors, f)).toBe(a);
  });
});

describe('round-5 rules: lower-case bodies, territories, roads, blocs and title-case acronyms', () => {
  /** Sport cue words, so that the story reads as a sports story. */
  const MATCH = 'The striker scored in the first half of the match, and the goalkeeper kept a clean sheet for the league leaders. ';
  it.each<[string, string, string, ActorKind, string[]?]>([
    ['a coastguard named by its demonym, then bare', 'The Greek coastguard said it had pulled 40 people from the sea. Two were still missing, the coastguard said.', 'Greek coastguard', 'organization', ['coastguard']],
    ["a country's ministry in lower case", "Peru's health ministry reported 12 new cases on Monday.", "Peru's health ministry", 'organization'],
    ['a ministry with no owner', 'The defence ministry said the drills would end on Friday.', 'defence ministry', 'organization'],
    ['a presidency named by its demonym', 'The text published by the Brazilian presidency on Tuesday offered nothing new.', 'Brazilian presidency', 'organization'],
    ['an overseas territory', 'The storm made landfall in Guadeloupe on Sunday.', 'Guadeloupe', 'place'],
    ['a planet', 'The probe will swing past Venus in 2027 on its way out.', 'Venus', 'place'],
    ['a road and its number', 'The crash closed Highway 17 near Santa Cruz for six hours.', 'Highway 17', 'place'],
    ['a US highway and its number', 'The crash happened on U.S. Highway 27 south of Lakeland.', 'U.S. Highway 27', 'place'],
    ['an interstate after a car model', 'Troopers stopped the Accord on Interstate 95 near Dover.', 'Interstate 95', 'place'],
    ['a township', 'Officers were called to a home in Lower Merion Township on Friday.', 'Lower Merion Township', 'place'],
    ['a township before a lower-case credit union', 'A man robbed a Derry Township credit union on Friday.', 'Derry Township', 'place'],
    ["a town's police in lower case", 'Cheltenham Township police said the driver fled on foot.', 'Cheltenham Township police', 'organization'],
    ['a road named "Pike"', 'The branch on Lititz Pike was robbed at noon.', 'Lititz Pike', 'place'],
    ['an acronym written in title case', 'The Economic Community of West African States (Ecowas) met in Abuja. Ecowas said it would send envoys.', 'Economic Community of West African States', 'organization', ['Ecowas']],
    ['a bloc named by its demonym and "Group"', 'Diplomats from the African Group walked out of the talks on Friday.', 'African Group', 'group'],
    ['a UN programme', 'The UN Development Programme said aid had been cut by a third.', 'UN Development Programme', 'organization'],
    ['a numbered bloc of countries', 'Ministers from the G77 met on Tuesday to agree a position.', 'G77', 'group'],
    ['a comet, also named without "Comet"', 'The telescope tracked Comet Halley-Brandt for weeks. Halley-Brandt will return in 2090.', 'Comet Halley-Brandt', 'place', ['Halley-Brandt']],
    ['a division named by a number word', 'The win lifts Kent to fifth in Division Two.', 'Division Two', 'organization'],
    ["a company's first word", 'Shares in Tarvex Medical Systems fell 9% on Monday. Analysts said Tarvex had lost two contracts.', 'Tarvex Medical Systems', 'organization', ['Tarvex']],
    ['a name opening a sentence, then "which"', 'Quorvia, which makes heat pumps, said it would cut 300 jobs.', 'Quorvia', 'organization'],
    ['a pollster', 'Support fell to 38% in a Gallup poll published on Monday.', 'Gallup', 'organization'],
    ['a town travelled to', 'She flew to Kelowna on Monday to meet the family.', 'Kelowna', 'place'],
    ["a party's members", 'The Liberals won 170 seats, while the Greens took two.', 'Liberals', 'group'],
    ['a club after "leaders"', MATCH + 'Kent are two points behind leaders Warwickshire.', 'Warwickshire', 'organization'],
  ])('%s: %s', (_, text, form, kind, same) => expectActor(text, form, kind, same));

  it.each([
    ['a capitalised run modifying a noun after an ordinal', 'She won her first Grand Slam title in Melbourne on Sunday.', 'Grand Slam'],
    ['an alternative name modifying a noun', 'The case recalls the Lava Jato, or Car Wash, investigation into kickbacks.', 'Car Wash'],
    ['an honour', "The king awarded him the Order of the Lion, the country's highest honour.", 'Order of the Lion'],
    ['a budget', 'The finance minister will present the Union Budget on February 1.', 'Union Budget'],
    ['the first word of a law', 'A Proceeds of Crime Act hearing will take place next year.', 'Proceeds'],
    ['a lone compass adjective in a list', 'Schools in the Western, Southern and Uva provinces will stay shut.', 'Southern'],
    ['a road word without its number', 'The crash happened on U.S. Highway 27 south of Lakeland.', 'U.S. Highway'],
    ["a dateline's agency", 'LIMA, Peru (Reuters) - Prices rose 3% in May, the central bank said.', 'Reuters'],
    ["a lawmaker's party and home", 'Sen. Ann Kole, D-South Bend, said the bill would pass.', 'D-South Bend'],
    ['a city naming a treaty', 'The goal was set in the Paris agreement in 2015.', 'Paris'],
    ['a climate conference', 'Leaders met at Cop28 in Dubai and again a year later.', 'Cop28'],
    ['a currency before an amount', 'Net profit rose to Rs 1,250 crore in the quarter.', 'Rs'],
    ['people of a state', 'Many Vermonters oppose the tax, a poll found.', 'Vermonters'],
    ['a car model before a road', 'Troopers stopped the Accord on Interstate 95 near Dover.', 'Accord on Interstate 95'],
  ])('does not make %s an actor: %s', (_, text, form) => expectNoActor(text, form));

  it('keeps the place of a dateline with a state before the agency', () => {
    const actors = actorsOf('LIMA, Peru (Reuters) - Prices rose 3% in May, the central bank said.');
    expect(find(actors, 'Peru')?.kind).toBe('country');
    expect(find(actors, 'LIMA')?.kind).toBe('place');
  });

  it('reads two ministries of different countries as two bodies', () => {
    const actors = actorsOf("Israel's foreign ministry denied the report. Iran's foreign ministry said it was true.");
    expect(find(actors, "Israel's foreign ministry")).toBeDefined();
    expect(find(actors, "Israel's foreign ministry")).not.toBe(find(actors, "Iran's foreign ministry"));
  });

  it('gives no "-ment" word as a role', () => {
    const actors = actorsOf('Under the merger agreement, Tarvex would pay a $1bn fee. Tarvex said it would appeal.');
    expect(find(actors, 'Tarvex')?.role ?? '').not.toContain('agreement');
  });

  it('does not read a bare military used as an adjective as a body', () => {
    const actors = actorsOf('The US military said on Monday that the military operation had ended.');
    expect(find(actors, 'US military')?.kind).toBe('organization');
    expect(actors.some((a) => a.aliases.includes('military operation') || a.name === 'military operation')).toBe(false);
  });
});

describe('round-6 rules: employers before people, branches of bodies, plural possessives, definite courts', () => {
  /** Motor-racing cue words, so that the story reads as a sports story. */
  const RACE = 'He led every lap of the race and stood on the podium after 58 laps. ';
  it.each<[string, string, string, ActorKind, string[]?]>([
    ["a team before its driver's full name", "Alpine's Pierre Gasly finished ninth after a slow stop.", 'Alpine', 'organization'],
    ['a team with a plural possessive', "Sauber's Nico Hulkenberg held off Haas' Oliver Bearman for the last point.", 'Haas', 'organization'],
    ['a firm before its chief', "Brightwell's Susan Okafor said the deal would close in May.", 'Brightwell', 'organization'],
    ['a team named often in a motor-racing story', RACE + 'Ferrari chose hard tyres. Ferrari kept both cars out. The stop cost Ferrari the win.', 'Ferrari', 'organization'],
    ['a country of two words after common nouns', 'Statistics New Zealand said prices rose 0.6% in the quarter.', 'Statistics New Zealand', 'organization'],
    ["a known body's branch in a country", 'BBC Scotland said the programme would return next year.', 'BBC Scotland', 'organization'],
    ["a known body's acronym opening a longer name", 'NHS Providers, which speaks for hospital trusts, backed the plan.', 'NHS Providers', 'organization'],
    ["a country's acronym opening an agency's name", 'The tremor was recorded by the U.S. Geological Survey at 4:10 a.m.', 'U.S. Geological Survey', 'organization'],
    ['a secretariat', "Chile's Disaster Relief Secretariat said 40 homes were damaged.", 'Disaster Relief Secretariat', 'organization'],
    ['a demonym before a consortium', 'The Irish Hospitality Consortium warned of closures.', 'Irish Hospitality Consortium', 'organization'],
    ['a pay body', 'Ministers accepted the advice of the Senior Salaries Review Body on Monday.', 'Senior Salaries Review Body', 'organization'],
    ['a firm after where it is based', 'said Ana Ruiz, an economist at Lisbon-based Tagus Wealth Partners.', 'Tagus Wealth Partners', 'organization'],
    ['a company ending in "Health", then its first word', 'Orvane Health of Tampa, Fla., recalled the pills. Orvane said it regretted the error.', 'Orvane Health', 'organization', ['Orvane']],
    ['a firm ending in "Advisory", then its first word', 'Kestrel Advisory was appointed on Monday. Kestrel said 200 jobs would go.', 'Kestrel Advisory', 'organization', ['Kestrel']],
    ['a body described with a plural possessive', "Unite, the workers' union, which has 1.2 million members, called a strike.", 'Unite', 'organization'],
    ['a given name that is also a modal verb', 'Will Hartigan, a partner at the firm, said the talks had stalled.', 'Will Hartigan', 'person'],
    ['a lower-case state utility', 'Blackouts by state utility Zesco hit the mines again.', 'Zesco', 'organization'],
    ['a border crossing', 'Trucks queued at the Kerem crossing for a second day.', 'Kerem crossing', 'place'],
    ['a lower-case high court', 'The high court in Dublin granted the injunction on Friday.', 'high court', 'organization'],
    ["a country's supreme court in lower case", "Kenya's supreme court overturned the ruling.", "Kenya's supreme court", 'organization'],
    // (A party is a group, as the corpus annotates them; "Parti" opens a French party's name.)
    ['a party led by someone', 'The Parti Vert, led by Anne Sorel, won four seats.', 'Parti Vert', 'group'],
    ['a company that collapsed', 'The chain is the biggest since the collapse of Thornbury in 2019.', 'Thornbury', 'organization'],
    ['a motor-racing series', 'He won his first race in Formula One last year.', 'Formula One', 'organization'],
    ['"the House" as the one House named', 'The bill passed the House of Commons on Monday. The House will vote again in June.', 'House of Commons', 'organization', ['House']],
    ['a circuit named after a driver', 'The race was held at the Circuit Gilles Villeneuve in June.', 'Circuit Gilles Villeneuve', 'place'],
  ])('%s: %s', (_, text, form, kind, same) => expectActor(text, form, kind, same));

  it.each([
    ['a compass word and a demonym', 'The Pacific plate dives beneath the South American plate there.', 'South American'],
    ['an indefinite court', 'He was sentenced by a Houthi court last year.', 'Houthi court'],
    ['a generic court after a preposition', 'The lawsuit, filed in federal court in Denver, seeks damages.', 'federal court'],
    ['a tennis tournament', 'She reached the final of the Madrid Open last May.', 'Madrid Open'],
    ['the start of a company with its place', 'Orvane Health of Tampa, Fla., recalled the pills.', 'Orvane Health of Tampa'],
    ['a modal verb opening a question', 'Will Trump sign the bill? Aides say he might.', 'Will Trump'],
  ])('does not make %s an actor: %s', (_, text, form) => expectNoActor(text, form));

  it("keeps a person's possessive before another person a person", () => {
    const actors = actorsOf('Donald Trump named a new envoy. Trump said the talks went well. Trump\'s Jared Kushner also attended.');
    expect(find(actors, 'Trump')?.kind).toBe('person');
  });

  it('keeps a place before its landmark a place', () => {
    const actors = actorsOf("Crowds gathered in Kelowna on Friday. Kelowna's City Park was closed.");
    expect(find(actors, 'Kelowna')?.kind).toBe('place');
  });
});

describe('round-7 rules: regions, pollsters, plural makers, gangs, demonym nouns, events after sponsors, labels before numbers', () => {
  it.each<[string, string, string, ActorKind, string[]?]>([
    ['a lower-case hospital after a name', 'Doctors at the Santa Lucia Ruiz hospital treated 40 patients.', 'Santa Lucia Ruiz hospital', 'organization'],
    ["a country's ministry, also by its bare name", "Peru's health ministry said 12 people had died.", "Peru's health ministry", 'organization', ['health ministry']],
    ["a country's navy, also by its bare noun", "Chile's navy rescued the crew on Monday.", "Chile's navy", 'organization', ['navy']],
    ['a military base after an ordinal', 'The squadron will move to the 41st Air Base near Poznan in 2028.', '41st Air Base', 'place'],
    ['a compass region after "the"', 'Home sales rose 3% in the Midwest and fell in the Northeast.', 'Midwest', 'place'],
    ['the Americas', 'Dengue cases in the Americas hit a record last year.', 'Americas', 'place'],
    ['a pollster', 'The figure beat the 2.1% forecast of economists polled by Ledgerline Data.', 'Ledgerline Data', 'organization'],
    ['an outlet told something', '"We will pay nobody," Grace Mwangi said. "Not a cent," Mwangi told Stratfield.', 'Stratfield', 'organization'],
    ['the second of two firms after a plural noun', 'Shares of carmakers Veltra Motors and Oskarsson rose on Monday.', 'Oskarsson', 'organization'],
    ['a gang that calls itself a name', 'A hacking group that calls itself Blackfin says it is behind the outage. Blackfin said it wanted money.', 'Blackfin', 'group'],
    ['a person after a demonym noun', 'Irishman Sean Doyle and Spaniard Pablo Reyes tied for fifth.', 'Sean Doyle', 'person'],
    ['a person after a demonym noun (Spaniard)', 'Irishman Sean Doyle and Spaniard Pablo Reyes tied for fifth.', 'Pablo Reyes', 'person'],
    ['a tour run by a body, three words', 'She has won three times on the LPGA Grand Tour this year.', 'LPGA Grand Tour', 'organization'],
    ["a body's acronym before its country", 'The PGA of Canada said entries had doubled.', 'PGA of Canada', 'organization'],
    ['a venue after "at"', 'Mensah, who won last year at Crooked Pine, never led this week.', 'Crooked Pine', 'place'],
    ['a ministry whose name ends in a subject after "and"', 'The Ministry of Rural Policy and Food said output fell.', 'Ministry of Rural Policy and Food', 'organization'],
    ["a state's buyer", "Algeria's state grain buyer Korvane Grains bought wheat on Tuesday.", 'Korvane Grains', 'organization'],
    ['places listed before "other" and their noun', 'Vaccines are free in Caldas, Narino and four other departments.', 'Narino', 'place'],
    ["a newspaper with a hyphenated head", 'The Pittsburgh Post-Gazette reported the deal first.', 'Pittsburgh Post-Gazette', 'organization'],
    ["an agency's head after its acronym", 'NWSA administrator Joan Pike toured the site on Monday.', 'NWSA', 'organization'],
  ])('%s: %s', (_, text, form, kind, same) => expectActor(text, form, kind, same));

  it.each([
    ['a demonym noun in a name', 'Englishman Tom Ashworth finished third.', 'Englishman Tom Ashworth'],
    ['an event named after its sponsor', 'He won the Bank of Utah Championship last October.', 'Bank of Utah Championship'],
    ['the sponsor inside an event', 'He won the Bank of Utah Championship last October.', 'Bank of Utah'],
    ['a stock index before its number', 'The FTSE 100 rose 0.5% while the S&P 500 fell.', 'FTSE'],
    ['an index with a number (S&P)', 'The FTSE 100 rose 0.5% while the S&P 500 fell.', 'S&P'],
    ['an index named "Composite"', 'The Nasdaq Composite fell 1.2% on Friday.', 'Nasdaq Composite'],
    ['a telescope', 'The Nancy Grace Roman Space Telescope will launch in 2027.', 'Nancy Grace Roman Space Telescope'],
    ['the country of an acronym that names a body', 'The PGA of Canada said entries had doubled.', 'Canada'],
  ])('does not make %s an actor: %s', (_, text, form) => expectNoActor(text, form));

  it.each([
    ['a place in a sentence with a bare number after a noun', 'In Khan Younis 30 people were killed overnight.', 'Khan Younis', 'place'],
    ['a state senator stays a person', 'State senator Dana Ortiz said the bill would pass.', 'Dana Ortiz', 'person'],
    ['a spokesperson after a state in another clause', 'The city, capital of Kordofan state, UN spokesperson Amal Idris told reporters.', 'Amal Idris', 'person'],
  ])('keeps %s: %s', (_, text, form, kind) => {
    const a = find(actorsOf(text), form);
    expect(a?.kind).toBe(kind);
  });

  it('gives no role to a country before a titled person, nor to a place opening the sentence', () => {
    const actors = actorsOf("The bloc's chairman, Ghana's President John Mahama, will host the summit. In Kenya, the ruling party and the opposition clashed.");
    expect(find(actors, 'Ghana')?.role).toBeUndefined();
    expect(find(actors, 'Kenya')?.role).toBeUndefined();
    expect(find(actors, 'John Mahama')?.role).toBe('President');
  });

  it('does not give a bare alias to one of two owned bodies of the same name', () => {
    const actors = actorsOf("Italy's interior ministry and Spain's interior ministry met in Rome.");
    expect(actors.some((a) => a.aliases.includes('interior ministry'))).toBe(false);
  });
});

describe('round-8 rules: plural titles, royal titles, administrations, quoted titles, studios, oblasts, local offices, oceans, coasts, islands, straits, lists with a known body, opening adverbs, brands with a plus', () => {
  it.each<[string, string, string, ActorKind, string[]?]>([
    ['a person after a plural title', 'The opinion was joined by Justices Maria Delgado and Owen Fitch.', 'Maria Delgado', 'person'],
    ['the second person after a plural title', 'The opinion was joined by Justices Maria Delgado and Owen Fitch.', 'Owen Fitch', 'person'],
    ['a prince, by his royal title too', 'Kuwaiti Energy Minister Prince Faisal bin Nawaf said output would rise.', 'Faisal bin Nawaf', 'person', ['Prince Faisal bin Nawaf']],
    ["a leader's administration", 'Lawyers for the Hollis administration appealed the ruling on Friday.', 'Hollis administration', 'organization'],
    ['a film studio', 'The rights went to Larkspur Pictures for $9 million.', 'Larkspur Pictures', 'organization'],
    ['a record label', 'She signed with Bluewater Records in 2019.', 'Bluewater Records', 'organization'],
    ['an oblast', 'Drones struck a depot in Tambov Oblast overnight.', 'Tambov Oblast', 'place'],
    ["a town before its mayor's title", 'Velmora Mayor Ivan Sokol said two people were hurt.', 'Velmora', 'place'],
    ['an ocean', 'The yacht was found drifting in the Atlantic on Sunday.', 'Atlantic', 'place'],
    ['a place after "the coast of"', 'The boat capsized off the coast of Kerrigan late on Friday.', 'Kerrigan', 'place'],
    ['islands named with a lower-case noun', 'The ferry was bound for the Selvaro islands.', 'Selvaro islands', 'place'],
    ['the shores of a strait', 'A tanker sank in the Tarvik Strait between Osmara and Lendt.', 'Osmara', 'place'],
    ['a firm listed with a known one', 'The studio outbid Pinegate Features and Netflix for the rights.', 'Pinegate Features', 'organization'],
    ['a brand with a plus', 'Ministers of OPEC+ meet on Sunday to set output.', 'OPEC+', 'organization'],
  ])('%s: %s', (_, text, form, kind, same) => expectActor(text, form, kind, same));

  it('keeps the royal title out of the role', () => {
    const a = find(actorsOf('Kuwaiti Energy Minister Prince Faisal bin Nawaf said output would rise.'), 'Faisal bin Nawaf');
    expect(a?.role).toBe('Kuwaiti Energy Minister');
  });

  it.each([
    ['a plural title in a name', 'The opinion was joined by Justices Maria Delgado and Owen Fitch.', 'Justices Maria Delgado'],
    ['a quoted title opening with "The"', 'Her film “The Harbour Watchers” won the prize. “The Harbour Watchers” opens in May.', 'Harbour Watchers'],
    ['a quoted title before a comma inside the quotes', 'The prize went to “Campo Seco,” a western set in a drought.', 'Campo Seco'],
    ['an adverb opening a sentence', 'Separately, the firm raised prices. Additionally, it cut jobs.', 'Separately'],
  ])('does not make %s an actor: %s', (_, text, form) => expectNoActor(text, form));
});

describe('round-9 rules: owners before roles, East Asian names, dioceses, platforms, company heads, leanings, coalition partners, comma names, missions', () => {
  it.each<[string, string, string, ActorKind, string[]?]>([
    ["an appositive role after an owner's possessive", 'Tickets sold out, said Alden Marsh, Corvia’s chief executive, on Friday.', 'Alden Marsh', 'person'],
    ['a given name that is no demonym ("Cameron", not Cameroon)', 'Cameron Tully, the firm’s CEO, said sales rose.', 'Cameron Tully', 'person'],
    ['a hyphenated Korean given name', 'The novel by Seo Min-jae was shortlisted on Monday.', 'Seo Min-jae', 'person'],
    ['a hyphenated Taiwanese given name', 'Hou Yu-ih said the port would reopen in May.', 'Hou Yu-ih', 'person'],
    ['a diocese', 'The Diocese of Carlow said it would merge three parishes.', 'Diocese of Carlow', 'organization'],
    ['a church body, not its school', 'Pupils at the Church of Ireland school were sent home.', 'Church of Ireland', 'organization'],
    ['a messaging platform', 'The governor posted the figures on Telegram late on Sunday.', 'Telegram', 'organization'],
    ['a chipmaker by its short name', 'Orvane Semiconductor cut its forecast. Orvane said demand for car chips was weak.', 'Orvane Semiconductor', 'organization', ['Orvane']],
    ['a party after its political leaning', 'Lawmakers of far-right Kelvo backed the motion.', 'Kelvo', 'group'],
    ['a coalition partner', 'Ministers from the junior coalition partner Vireo walked out.', 'Vireo', 'group'],
    ['a ministry whose name lists subjects with a comma', 'The Ministry of Ports, Shipping and Waterways (MPSW) approved the plan. MPSW said so.', 'Ministry of Ports, Shipping and Waterways', 'organization', ['MPSW']],
    ['a mission in a country', 'The Assistance Mission in Somalia said 12 civilians died.', 'Assistance Mission in Somalia', 'organization'],
    ['a state oil company with its country in the name', 'State oil giant Saudi Aramco raised prices. Aramco said demand held.', 'Saudi Aramco', 'organization', ['Aramco']],
  ])('%s: %s', (_, text, form, kind, same) => expectActor(text, form, kind, same));

  it.each([
    ['a Catalan adjective', 'The Catalan separatist party refused to back the bid.', 'Catalan'],
    ['an English compound after a short name', 'Rallies in Oslo Anti-war groups marched on Sunday.', 'Oslo Anti-war'],
    ['a compound after a name', 'The Iran-backed rebels fired on Monday.', 'Iran-backed'],
  ])('does not make %s an actor: %s', (_, text, form) => expectNoActor(text, form));
});

describe('round-10 rules: counties, East Asian names mid-sentence, plural titles, data providers, web addresses, bodies named like storms, clubs of two words, acronyms of laws', () => {
  const SPORT = 'The striker scored twice in the league match and the goalkeeper saved a penalty, the manager said. ';
  it.each<[string, string, string, ActorKind, string[]?]>([
    ['an English county after a verb', 'The trust, which covers Wiltshire and north Dorset, cut beds.', 'Wiltshire', 'place'],
    ['a county after a compass word', 'Flooding closed roads in rural areas of south Lincolnshire on Friday.', 'Lincolnshire', 'place'],
    ['a body named after a county', 'Berkshire Water raised bills by 8%.', 'Berkshire Water', 'organization'],
    ['a county cricket club in a sports story', SPORT + 'Surrey are ten points behind leaders Lancashire.', 'Lancashire', 'organization'],
    ['a hyphenated Korean name before a preposition', 'Voters in Busan backed Choi Sung-ho with 54% of the vote.', 'Choi Sung-ho', 'person'],
    ['a plural title closing a body’s name', 'The plan needs the approval of the Estate Commissioners, who meet in May.', 'Estate Commissioners', 'organization'],
    ['a data provider', 'The bonds fell 2 cents on Monday, Quantrix data showed.', 'Quantrix', 'organization'],
    ['a web address closing a sentence', 'About 90,000 homes lost power, according to GridWatch.us. Crews worked overnight.', 'GridWatch.us', 'organization'],
    ['a body whose name opens like a storm’s', 'The Storm Surge Centre in Hull issued a warning.', 'Storm Surge Centre', 'organization'],
    ['a two-word club paid a fee', SPORT + 'Rovers paid Dynamo Vorsk £12m for the winger.', 'Dynamo Vorsk', 'organization'],
    ['a two-word club before a plural verb', SPORT + 'Sparta Olvena have offered £9m for the defender.', 'Sparta Olvena', 'organization'],
    ['a league in Spanish', SPORT + 'Valora lead the Tercera Liga by four points.', 'Tercera Liga', 'organization'],
    ['a plateau', 'Herders crossed the Ardan Plateau in spring.', 'Ardan Plateau', 'place'],
  ])('%s: %s', (_, text, form, kind, same) => expectActor(text, form, kind, same));

  it.each([
    ['an indefinite pronoun opening a sentence', '"Nobody warned us," she said. Everybody was shocked.', 'Nobody'],
    ['the acronym of a law', 'Regulators acted under the Online Harms Act (OHA). The OHA allows fines of 10%.', 'OHA'],
    ['the acronym of a treaty', 'Both sides signed the Strategic Arms Treaty (SAT) in 2010. SAT expires next year.', 'SAT'],
  ])('does not make %s an actor: %s', (_, text, form) => expectNoActor(text, form));
});

describe('round-11 rules: firms named with an "’s", airlines in a list, rail brands, parties and pollsters of Australia, electorates, buildings, sports bodies and club positions, bodies in Romance languages, state police, military units and operations, forests, volcanoes, regional blocs', () => {
  const RUGBY = 'The fly-half kicked a penalty in the match and the league season resumes next week, the coach said. ';
  it.each<[string, string, string, ActorKind, string[]?]>([
    ['a firm named with an "’s" before a preposition', 'The vase sold at Bonham\'s on Friday for £2m.', "Bonham's", 'organization'],
    ['a firm named with an "’s" before a verb', 'Harrow\'s did not name the seller.', "Harrow's", 'organization'],
    ['a firm named with an "’s" after an article', 'A Bonham\'s auction raised £4m on Monday.', "Bonham's", 'organization'],
    ['a saint’s church named with an "’s"', 'The vicar of St Aidan\'s in Morwick said the roof leaks.', "St Aidan's", 'place'],
    ['a saint’s possessive inside a hospital’s name', 'He was taken to St. Jude\'s Riverside Hospital on Sunday.', "St. Jude's Riverside Hospital", 'organization'],
    ['the first of two airlines with one head word', 'Flights by Nordic Airlines and Alpine Airlines were cancelled.', 'Nordic Airlines', 'organization'],
    ['the second of two airlines with one head word', 'Flights by Nordic Airlines and Alpine Airlines were cancelled.', 'Alpine Airlines', 'organization'],
    ['a rail operator of two words before its trains', 'Passengers were moved on to Ferrovia Nord trains.', 'Ferrovia Nord', 'organization'],
    ['a railway company', 'Kestrel Valley Railway said services would resume.', 'Kestrel Valley Railway', 'organization'],
    ['an airport that speaks for its operator', 'Lindholm Airport said 200 flights were cancelled.', 'Lindholm Airport', 'organization'],
    ['Australia’s Labor party', 'Labor won 94 seats at the election.', 'Labor', 'group'],
    ['Australia’s Nationals', 'The Nationals leader said the agreement would stand.', 'Nationals', 'group'],
    ['a capitalised coalition', 'The poll put the Coalition on 30%, its lowest in years.', 'Coalition', 'group'],
    ['a pollster', 'A YouGov survey published on Sunday put the party third.', 'YouGov', 'organization'],
    ['an electorate after "member for"', 'Jane Doe, the member for Brindabella, resigned.', 'Brindabella', 'place'],
    ['an electorate after "seat of"', 'He lost his seat of Wakefield in the landslide.', 'Wakefield', 'place'],
    ['a constituency before its noun', 'She won the Tarnside constituency by 400 votes.', 'Tarnside', 'place'],
    ['a building named "House"', 'Ministers met at Government House in Perth.', 'Government House', 'place'],
    ['a newspaper named by a demonym', 'The survey, published in the Scotsman on Friday, found support fell.', 'Scotsman', 'organization'],
    ['a country’s rugby body', 'Welsh Rugby confirmed the hooker had been cited.', 'Welsh Rugby', 'organization'],
    ['a club of two words before a position', RUGBY + 'Tom Reid, the 24-year-old Bristol Bears scrum-half, was injured.', 'Bristol Bears', 'organization'],
    ['a one-word club before a position', RUGBY + 'Reid, the Munster flanker, was injured.', 'Munster', 'organization'],
    ['a Spanish body with a particle', 'The Federación Chilena de Tenis said the player was suspended.', 'Federación Chilena de Tenis', 'organization'],
    ['a Portuguese party', 'The Partido Novo tabled a motion on Tuesday.', 'Partido Novo', 'group'],
    ['a state’s police', 'A spokesman for the Kwara state police said two men were held.', 'Kwara state police', 'organization'],
    ['a region named with its "state"', 'The girls were taken from Dapchi, in Yobe state, in 2018.', 'Yobe state', 'place', ['Yobe']],
    ['a military unit with its arm', 'Troops from the Aosta mountain brigade arrived on Monday.', 'Aosta mountain brigade', 'organization'],
    ['a standing military operation', 'The army said troops of Operation Safe Corridor freed 12 hostages.', 'Operation Safe Corridor', 'organization'],
    ['a forest after "the"', 'The hostages were released in the Rugu forest on Friday.', 'Rugu forest', 'place'],
    ['a volcano', 'Ash fell on villages on the slopes of Kanlaon volcano.', 'Kanlaon', 'place'],
    ['a regional bloc of countries', 'Jets patrolled over the Nordic countries and Poland.', 'Nordic countries', 'place'],
    ['a party with a number', 'The leader of the 5-Star Movement spoke on Monday.', '5-Star Movement', 'group'],
    ['a designer’s name running into a compound', 'The opera house, a Renzo Vitali-designed hall, opened in May.', 'Renzo Vitali', 'person'],
    ['an owner’s name running into a compound', 'The Marta Kessler-owned chain shut 40 stores.', 'Marta Kessler', 'person'],
    ['an armed group some words after an armed noun', 'They joined jihadist fighters such as the Tawari group, which operates in the north.', 'Tawari', 'group'],
  ])('%s: %s', (_, text, form, kind, same) => expectActor(text, form, kind, same));

  it.each([
    ['a person’s possessive before a title in quotes', 'Irish director Aoife Byrne’s “Low Water” won the prize.', 'Aoife Byrne’s'],
    ['a possessive before what it owns', 'Trump\'s first aide quit on Monday.', "Trump's"],
    ['two names joined by "and" before one head', 'Flights by Nordic Airlines and Alpine Airlines were cancelled.', 'Nordic Airlines and Alpine Airlines'],
    ['a demonym before the noun it modifies', 'The text published by the Danish presidency on Tuesday offered little.', 'Danish'],
    ['a place’s fire brigade as a military unit', 'The commander of the Kessel volunteer fire brigade said two died.', 'Kessel volunteer fire brigade'],
    ['a lone word before an "-owned" compound', 'The Brightwater-owned firm grew.', 'Brightwater'],
    ['an operation that is an event', 'Operation Northern Dawn was launched in May.', 'Operation Northern Dawn'],
    ['a clinic of a place named before', 'Cases rose in Ashby, Idaho. Families queued outside the Ashby clinic.', 'Ashby clinic'],
  ])('does not make %s an actor: %s', (_, text, form) => expectNoActor(text, form));
});

describe('round-10 rules: parties as groups, portfolios, datelines, owners, makers, unions, possessive titles', () => {
  it.each<[string, string, string, ActorKind, string[]?]>([
    ['a party after an owner and before "party"', 'Ruiz said her Velora party would win. Velora took 40 seats.', 'Velora', 'group'],
    ['a party after a possessive name', "Tomas Brenk's Nova party led the count. Nova won 31 seats.", 'Nova', 'group'],
    ['a party with its acronym in brackets before "party"', 'He signed a deal with the far-right Civic Unity (CU) party on Monday.', 'Civic Unity', 'group'],
    ['a party named after the noun "party"', 'The regionalist party Vessa said it would abstain. Vessa holds two seats.', 'Vessa', 'group'],
    ['a possessive "General" inside an office', "The Attorney General's Office opened an inquiry.", "Attorney General's Office", 'organization'],
    ['a possessive "General" inside a prosecutor\'s office', "Officials at the Prosecutor General's Office said two men were held.", "Prosecutor General's Office", 'organization'],
    ['a trade union named by its members', "Leaders of the independent Tarvin miners' union called a strike.", "Tarvin miners' union", 'organization'],
    ['a maker before a model and a number', 'The probe flew aboard a Korvex Falcon 9 rocket in May.', 'Korvex', 'organization'],
    ['the owner of a known company', "Regulators fined Alphabet's Google on Tuesday.", 'Alphabet', 'organization'],
    ['an alderman by the abbreviation', 'Ald. Rosa Delgado, 25th, voted no.', 'Rosa Delgado', 'person'],
  ])('%s: %s', (_, text, form, kind, same) => expectActor(text, form, kind, same));

  it.each([
    ['a ministry portfolio before "Minister"', 'Emergency Situations Minister Arlan Sadykov said 400 rescuers were at work.', 'Emergency Situations'],
    ['a plural common noun opening the story after a dateline', 'KARAGANDA, Kazakhstan (AP) — Rescuers pulled four more bodies from the mine. More rescuers arrived.', 'Rescuers'],
    ['the abbreviation "Ald." of an alderman', 'Ald. Rosa Delgado, 25th, voted no.', 'Ald'],
    ['a model after its maker', 'The probe flew aboard a Korvex Falcon 9 rocket in May.', 'Korvex Falcon'],
    ['"a <town> Democrat" in a story naming no Democrats', 'The bill stalled, said Sen. Ray Ortiz, a Dayton Democrat who chairs the panel.', 'Democrat'],
  ])('does not make %s an actor: %s', (_, text, form) => expectNoActor(text, form));

  it('keeps a known name inside a ministry portfolio: Ukraine Foreign Minister', () => {
    const actors = actorsOf('Ukraine Foreign Minister Andrii Sybiha spoke on Monday.');
    expect(find(actors, 'Ukraine')?.kind).toBe('country');
  });

  it('types an ideology-named party as a group too (the convention since round 14): the Conservative Party', () => {
    const actors = actorsOf('He left the Conservative Party in May. The Conservative Party lost.');
    expect(find(actors, 'Conservative Party')?.kind).toBe('group');
  });
});

describe('round-11 kinds: bodies with no person cue, fronted phrases, parties, factions, places', () => {
  it.each<[string, string, string, ActorKind, string[]?]>([
    ['a body re-mentioned by its first word', 'Bristol-listed Velmora Minerva said it would appeal. Velmora shares fell 9%.', 'Velmora Minerva', 'organization', ['Velmora']],
    ['a name after "the" with no person cue', 'The Northfield Tenants Alliancex said it would sue. The Northfield Tenants Alliancex has 900 members.', 'Northfield Tenants Alliancex', 'organization'],
    ['a name ending in a common noun written in lower case', 'Tarn Water said the leak was fixed. Customers had no water for a day.', 'Tarn Water', 'organization'],
    ['a name ending in a country’s name', 'Heritage Scotland said the castle would reopen in May.', 'Heritage Scotland', 'organization'],
    ['a body whose name holds "of the"', 'Friends of the Brenna, a local charity, said the river was dying. The Brenna flows east.', 'Friends of the Brenna', 'organization'],
    ['a French bank', "Lenders, led by France's Banque Solveaux, declined to comment.", 'Banque Solveaux', 'organization'],
    ['a lone speaking name reported to later', 'Ofcomx said the fine stood. The firm wrote to Ofcomx in May.', 'Ofcomx', 'organization'],
    ['a place after "left" (a verb)', 'The boat left Qasrat, in western Libya, on Friday.', 'Qasrat', 'place'],
    ['a place in a country', 'Rescuers reached Bodrava, in northern Albania, on Monday.', 'Bodrava', 'place'],
    ['a region named by a place head after "the"', 'Mines across the Copper Range closed. Jobs on the Range fell by half.', 'Copper Range', 'place'],
    ['a name after "the opposition"', 'The opposition Lok Janshakti Morcha said the vote was rigged.', 'Lok Janshakti Morcha', 'group'],
    ['a known Indian party', 'The BJP won the state election on Sunday.', 'BJP', 'group'],
    ['an armed force owned by a person', "Fighters loyal to commander Salim Daroun clashed with police. Daroun's Free Sahel Army (FSA) took the town.", 'Free Sahel Army', 'group'],
    ['a force described as one of the militias', 'The prison is run by the Zawiya Security Force, one of the city’s strongest militias.', 'Zawiya Security Force', 'group'],
    ['a lone "al-" name near a town', 'The convoy stopped near al-Khums on Sunday.', 'al-Khums', 'place'],
  ])('%s: %s', (_, text, form, kind, same) => expectActor(text, form, kind, same));

  it.each<[string, string, string, ActorKind]>([
    ['a person named in full and re-mentioned by surname', 'Talia Brennock said the plan would fail. Brennock spoke in Leeds.', 'Talia Brennock', 'person'],
    ['a person with a title and a connector in the role', 'Under Secretary of Defense for Policy Odile Marchetti told allies in Oslo that troops would stay. Marchetti flew home.', 'Marchetti', 'person'],
    ['a person after a role and a comma', "The charity's founder, Imogen Tarrow, said the funds were gone.", 'Imogen Tarrow', 'person'],
    ['the ruling body of a junta (a head word) as an organisation', 'The ruling Supreme Transition Council said elections would wait.', 'Supreme Transition Council', 'organization'],
  ])('keeps %s: %s', (_, text, form, kind) => expectActor(text, form, kind));

  it('does not read a fronted phrase as a role: "Without a buyer, Kelso was"', () => {
    const actors = actorsOf('Kelso Foundry employs 300 people. "Without a buyer, Kelso was going to close," a union official said.');
    expect(find(actors, 'Kelso')?.kind).not.toBe('person');
  });
});

describe('round-11 recall rules: prisons, numbered units, NGOs, owned bodies, portfolios, routes, party members', () => {
  it.each<[string, string, string, ActorKind, string[]?]>([
    ['a prison named after a preposition, without "the"', 'The activist was held at Qarawi prison for a year.', 'Qarawi prison', 'place', ['Qarawi']],
    ['a prison named after "the"', 'Guards at the Dunmore prison went on strike.', 'Dunmore prison', 'place'],
    ['a military unit with a number in digits', 'Soldiers of the 217 Brigade took the bridge on Friday.', '217 Brigade', 'group'],
    ['a numbered union branch', 'The vote was called by Teamsters Local 912, which covers the port.', 'Teamsters Local 912', 'organization'],
    ['an organisation after the acronym NGO', 'The boat was chartered by German NGO Seebrücke Nord last week.', 'Seebrücke Nord', 'organization'],
    ['a hotline named before its noun', 'Families can call the Kind Voices helpline at any hour.', 'Kind Voices', 'organization'],
    ['a team set off by commas after "team"', "Moreno's team, Velox-Sierra Pro Racing, said it had fired him. The racing team said more.", 'Velox-Sierra Pro Racing', 'organization'],
    ['a ministry of a lower-case portfolio', 'Output fell 4%, according to the mines ministry.', 'mines ministry', 'organization'],
    ['a state cabinet in lower case', 'The Kerala cabinet on Monday approved the new port.', 'Kerala cabinet', 'organization'],
    ['a demonym before "Ministry of"', 'Talks resumed, according to the Omani Ministry of Foreign Affairs.', 'Omani Ministry of Foreign Affairs', 'organization', ['Ministry of Foreign Affairs']],
    ['the end of a trip by helicopter', 'Two survivors were taken by helicopter to Pantelleria on Sunday.', 'Pantelleria', 'place'],
    ['the end of a route from a known place', 'The new line will run from Lagos to Ikorodu within two years.', 'Ikorodu', 'place'],
    ['a street after "along"', 'Crews cut down 400 trees along Rajpath last spring.', 'Rajpath', 'place'],
    ['a river after "a tributary of the"', 'The Lune, a tributary of the Severn, is polluted.', 'Severn', 'place'],
    ['a party named by its adjective before a member', 'Anne Royle, a Conservative member of the panel, said the rules were weak.', 'Conservative', 'group'],
    ['a firm complete at its head before "and"', 'Regulators cleared the merger of Larchmont Health and Bayside Community Hospital on Friday.', 'Larchmont Health', 'organization'],
  ])('%s: %s', (_, text, form, kind, same) => expectActor(text, form, kind, same));

  it.each([
    ['a county jail as a separate prison', 'He was booked into the Harlan County jail.', 'Harlan County jail'],
    ['two firms joined by "and" as one name', 'Regulators cleared the merger of Larchmont Health and Bayside Community Hospital on Friday.', 'Larchmont Health and Bayside Community Hospital'],
  ])('does not make %s an actor: %s', (_, text, form) => expectNoActor(text, form));

  it('types UK Labour before a member as a party: a group', () => {
    expectActor('Tom Hale, a Labour member of the panel, said no.', 'Labour', 'group');
  });
});

describe('round-12 kind rules: ampersands, appositive heads, foreign place words, waterways, speaking ports, regnal numerals, lists, party letters', () => {
  it.each<[string, string, string, ActorKind, string[]?]>([
    ['an ampersand joining a firm’s names', "Ohio's Dorrance & Whitby filed for bankruptcy on Monday.", 'Dorrance & Whitby', 'organization'],
    ['an ampersand in a longer firm name', 'Grey Tarrant & Holloway said it would cut 200 jobs.', 'Grey Tarrant & Holloway', 'organization'],
    ['the last head noun of an appositive ("state ... company")', 'Voltrana, the state power company that runs the dam, said repairs would take a week.', 'Voltrana', 'organization'],
    ['the last head noun of an appositive ("district court judge")', 'Amira Selkirk, a district court judge, ruled on Friday.', 'Amira Selkirk', 'person'],
    ['the first head noun when a preposition follows it', 'Troops entered Bashira, a town in northern Chad, on Monday.', 'Bashira', 'place'],
    ['a Malay island word opening a place', 'The new berths will be built on Pulau Serindit by 2030.', 'Pulau Serindit', 'place'],
    ['an Arabic valley word opening a place', 'Bedouin families moved to Wadi Qarun last year.', 'Wadi Qarun', 'place'],
    ['a Spanish island word opening a place', 'The ferry reached Isla Corvina on Tuesday.', 'Isla Corvina', 'place'],
    ['a compass word before "Channel"', "The authority will dredge the harbour's North Channel to 16 metres.", 'North Channel', 'place'],
    ['a demonym before "Channel"', 'Migrants crossed the English Channel in small boats.', 'English Channel', 'place'],
    ['a compass word before "Bank" (a shore)', 'Crowds gathered on the South Bank on Saturday.', 'South Bank', 'place'],
    ['a port that speaks through its letters', 'Ships will skip the Port of Kembang Baru (PKB) in Selangor. PKB said it would cut fees.', 'Port of Kembang Baru', 'organization', ['PKB']],
    ['an airport that speaks', 'Flights were cancelled at Brenley Airport. Brenley Airport said the runway would reopen on Monday.', 'Brenley Airport', 'organization'],
    ['a regnal numeral after a chief’s name', 'The crowns were returned to the palace of Nana Kwaku Ampem III, who thanked the museum.', 'Nana Kwaku Ampem III', 'person'],
    ['a lone title after "the" set off before a person’s name', 'The drums were handed to the Okyenhene, Osagyefo Amoatia Ofori Panin IV, on Friday. The Okyenhene thanked the city.', 'Osagyefo Amoatia Ofori Panin IV', 'person', ['Okyenhene']],
    ['a list item after a city’s compound and a country’s possessive', "The deal groups Lisbon-based Atlantica Freight Lines, Chile's Vientos Marine and Dubai-registered Sandcrest Shipping.", 'Vientos Marine', 'organization'],
    ['a party known by its letters', 'The LNP said the budget would fail.', 'LNP', 'group'],
    ['a Canadian party named in full with its letters', 'The New Democratic Party (NDP) won three seats.', 'New Democratic Party', 'group', ['NDP']],
  ])('%s: %s', (_, text, form, kind, same) => expectActor(text, form, kind, same));

  it.each<[string, string, string, ActorKind]>([
    ['a city that speaks as its government', 'Officials met in Brussels. Beijing said the tariffs were unfair.', 'Beijing', 'place'],
    ['a port as a place where ships call', 'Carriers will call at the Port of Kembara from May.', 'Port of Kembara', 'place'],
    ['a bank after a compass adjective as a lender', 'Shares in Eastern Bank rose 4% after the lender said profit doubled.', 'Eastern Bank', 'organization'],
    ['a broadcaster named "Channel"', 'The Discovery Channel said the series would return.', 'Discovery Channel', 'organization'],
  ])('keeps %s: %s', (_, text, form, kind) => expectActor(text, form, kind));

  it.each([
    ['a model named with a numeral before its noun', 'The army sent Centavo III armoured vehicles to the border.', 'Centavo III'],
    ['a war named with a numeral', 'The museum covers World War II in detail.', 'World War II'],
  ])('does not make %s a person: %s', (_, text, form) => {
    const a = find(actorsOf(text), form);
    expect(a?.kind).not.toBe('person');
  });
});

describe('round-12 recall and junk rules: plants, national societies, X, employers, hyphenated titles, appositives', () => {
  it.each<[string, string, string, ActorKind, string[]?]>([
    ['a nuclear power plant named by its place', 'Shelling hit the Rivne region, and the nearby Rivne nuclear power plant cut output.', 'Rivne nuclear power plant', 'place'],
    ['a power station after "the"', 'Workers at the Longannet power station walked out on Monday.', 'Longannet power station', 'place'],
    ['a port named with "mega"', 'The carrier will move its ships to the Kalvik mega port next year.', 'Kalvik mega port', 'place'],
    ['a national Red Cross society', 'The Canadian Red Cross said 200 people slept in the arena.', 'Canadian Red Cross', 'organization'],
    ['a national Red Crescent society', 'Aid was sent by the Qatari Red Crescent on Friday.', 'Qatari Red Crescent', 'organization'],
    ['the platform X after "on"', 'The mayor said on X that the roads would reopen.', 'X', 'organization'],
    ['an employer of several words before "chief executive"', 'Harbour Freight Alliance chief executive Mona Reyes said costs had doubled.', 'Harbour Freight Alliance', 'organization'],
    ['a person after a hyphenated title', '"We waited too long," AFN Vice-Chief Daniel Redsky said.', 'Daniel Redsky', 'person'],
    ['a lone name described as an authority', 'The deal was cleared by the Konkurrensverket, the country\'s competition authority, in May.', 'Konkurrensverket', 'organization'],
    ['a lone name described as a museum', 'The masks were kept by the Ashmolean, the university\'s museum, for decades.', 'Ashmolean', 'organization'],
    ['a place after a compound compass word and "of"', 'The reserve lies 80 kilometres southwest of Brandon.', 'Brandon', 'place'],
    ['a place before "governor" after "the"', 'Jane Oduya, the Kitui governor, said the dam was safe.', 'Kitui', 'place'],
    ['a kingdom in lower case', 'The crowns were taken from the Buganda kingdom in 1897.', 'Buganda kingdom', 'place'],
  ])('%s: %s', (_, text, form, kind, same) => expectActor(text, form, kind, same));

  it.each([
    ['the plant\'s town as the plant', 'Russia seized the Enerhodar nuclear plant in March.', 'Enerhodar'],
    ['a contraction', '"I\'ve asked the board to act," Ms Tran said. "I\'m sure it will."', "I've"],
    ['a contraction opening a quote', '"I\'m not leaving," said Rhea Collins.', "I'm"],
    ['the international Red Cross for a national society', 'The Canadian Red Cross said 200 people slept in the arena.', 'Red Cross'],
    ['a country in "military-industrial"', 'The strikes hit plants supporting Ukraine\'s military-industrial complex.', "Ukraine's military"],
    ['the letter X in a name', 'Malcolm X spoke in Harlem in 1964.', 'X'],
  ])('does not make %s an actor: %s', (_, text, form) => expectNoActor(text, form));
});

describe('round-13 kind rules: offices before names, electoral districts, employers, parties, wings, irregular forces', () => {
  it.each<[string, string, string, ActorKind, string[]?]>([
    ['a person after a county office', 'Marion County Registrar Delia Forsythe said ballots were counted twice.', 'Delia Forsythe', 'person'],
    ['the county of that office', 'Marion County Registrar Delia Forsythe said ballots were counted twice.', 'Marion County', 'place'],
    ['a person after a hyphenated office', 'Pike County Auditor-Controller Owen Blevins signed the report.', 'Owen Blevins', 'person'],
    ['a person after a state office', 'State Treasurer Lorna Achebe said the fund was solvent.', 'Lorna Achebe', 'person'],
    ['a numbered legislative district', 'The race for Assembly District 44 is the closest in the state.', 'Assembly District 44', 'place'],
    ['a numbered congressional district', 'She won Congressional District 7 by 300 votes.', 'Congressional District 7', 'place'],
    ['a union\'s numbered region', 'UAW Region 8 said the strike would go ahead.', 'UAW Region 8', 'organization'],
    ['an employer after "worked at"', 'Tamsin Holt, who previously worked at Brightwell, joined the board.', 'Brightwell', 'organization'],
    ['an employer after "a stint at"', 'Gareth Lowe joined after a stint at Quillon.', 'Quillon', 'organization'],
    ['a campaign group set off after a modified noun', 'A residents\' group formed last year. A campaign group, Keep Rydale Green, said its petition grew.', 'Keep Rydale Green', 'organization'],
    ['a party set off after "sister party, the"', 'The alliance of the Centre Democrats, their northern sister party, the Alpine People\'s Union (APU), and the Greens holds power.', 'Alpine People\'s Union', 'group'],
    ['a youth wing set off after "the"', 'The party\'s youth wing, the Young Federalist Union, opposed the bill.', 'Young Federalist Union', 'group'],
    ['a party listed with a party', 'The Greens and the Farmers Party voted against the bill.', 'Farmers Party', 'group'],
    ['a mining company after "miner"', 'Australian miner Tarrabee Copper said output fell. Tarrabee shares dropped 4% in Sydney.', 'Tarrabee Copper', 'organization', ['Tarrabee']],
    ['a union named with the Welsh name of Wales', 'Later, Unite Cymru said 40 jobs were at risk.', 'Unite Cymru', 'organization'],
    ['an irregular force described after its letters', 'Troops and members of the Guardians of the Valley (GDV), a civilian auxiliary force, patrol the road.', 'GDV', 'group'],
    ['a town ending in "-ns" (no demonym of a "-o" city)', 'Tour operators in Cairns said bookings held up.', 'Cairns', 'place'],
    ['a region listed after a town with a verb after it', 'Hotels in Mackay and the Whitsundays said bookings held up.', 'Whitsundays', 'place'],
  ])('%s: %s', (_, text, form, kind, same) => expectActor(text, form, kind, same));

  it.each<[string, string, string, ActorKind]>([
    ['a miner with a known given name', 'The rescue of coal miner Mario Vidal took three days.', 'Mario Vidal', 'person'],
    ['a rugby wing before his name', 'The wing Tomas Ruiz scored two tries for the Pumas in the first half of the test at Twickenham; the fly-half kicked a penalty and the scrum-half a drop goal.', 'Tomas Ruiz', 'person'],
    ['a newspaper after "the party, the"', 'The leak damaged the party, the Guardian reported on Friday.', 'Guardian', 'organization'],
  ])('keeps %s: %s', (_, text, form, kind) => expectActor(text, form, kind));

  it.each([
    ['an office with its county as a place', 'Marion County Registrar Delia Forsythe said ballots were counted twice.', 'Marion County Registrar Delia Forsythe'],
  ])('does not keep %s: %s', (_, text, form) => expectNoActor(text, form));
});

describe('round-13 recall and junk rules: local offices, post-nominals, currencies, listings, aims, rating agencies', () => {
  it.each<[string, string, string, ActorKind, string[]?]>([
    ['a person after a county office', 'Marsh County Clerk Delia Ortmann said the count was final.', 'Delia Ortmann', 'person'],
    ['a person after a joined pair of offices', 'Ballots were rescanned, Pike County Auditor-Controller Reuben Vasko said.', 'Reuben Vasko', 'person'],
    ['a barrister with "SC" after the name', "The defendant's counsel, Alan Cheung SC, asked for leniency.", 'Alan Cheung', 'person'],
    ['a place before "-listed"', 'A Mumbai-listed shipping firm lost half its value.', 'Mumbai', 'place'],
    ['a group before "-linked" after a hyphenated particle', 'The Al-Shabaab-linked fighters crossed the border.', 'Al-Shabaab', 'group'],
    ['a body named for its aim, with its letters', 'The Committee to End Child Labour (CECL) said 40 firms had signed.', 'Committee to End Child Labour', 'organization', ['CECL']],
    ['a body whose second subject word follows "and", with its letters', 'Traders blamed Delta Exchange and Settlement (DES) for the delay.', 'Delta Exchange and Settlement', 'organization', ['DES']],
    ['a person whose given name is a state\'s abbreviation and a letter', 'His counsel, Alan Brody, said the client was ill.', 'Alan Brody', 'person'],
    ['a rating agency whose name ends in "\'s"', "Moody's cut the city's rating on Tuesday.", "Moody's", 'organization'],
    ['a reef', 'Divers mapped damage across the Ningaloo Reef this year.', 'Ningaloo Reef', 'place'],
    ['a city ending in "-ns" after "in"', 'Hotels in Cairns were full for the festival.', 'Cairns', 'place'],
    ['a place after "off"', 'A fishing boat sank off Geraldton overnight.', 'Geraldton', 'place'],
    ['a state capital', 'The minister flew to Adelaide for talks.', 'Adelaide', 'place'],
  ])('%s: %s', (_, text, form, kind, same) => expectActor(text, form, kind, same));

  it('clusters a surname with the governor a lower-case body noun introduced', () => {
    const actors = actorsOf('The cut was explained by bank Governor Lucia Ferraz in Lisbon. "Prices will ease," Ferraz said.');
    expect(find(actors, 'Ferraz')?.name).toBe('Lucia Ferraz');
    expect(find(actors, 'Ferraz')?.kind).toBe('person');
  });

  it.each([
    ['a county and its clerk as one place', 'Marsh County Clerk Delia Ortmann said the count was final.', 'Marsh County Clerk Delia Ortmann'],
    ['a law named an ordinance', 'He was convicted under the Public Order Ordinance last year.', 'Public Order Ordinance'],
    ['a tail of an ordinance as a person', 'He was convicted under the Banking and Credit Ordinance last year.', 'Credit Ordinance'],
    ['a currency\'s letters before "$"', 'The group lost NZ$40 million last year.', 'NZ'],
    ['a currency\'s letters before "francs"', 'The debt stands at 30 billion CFA francs.', 'CFA'],
    ['the second half of a body split at "and"', 'Traders blamed Delta Exchange and Settlement (DES) for the delay.', 'Settlement'],
    ['the "-linked" compound with the next word', 'The Al-Shabaab-linked Brigade attacked a base.', 'Al-Shabaab-linked Brigade'],
    ['the words after "to" as a person', 'The Committee to End Child Labour (CECL) said 40 firms had signed.', 'End Child Labour'],
    ['a city before "-ns" as a demonym\'s plural', 'Hotels in Cairns were full for the festival.', 'Cairo'],
  ])('does not make %s an actor: %s', (_, text, form) => expectNoActor(text, form));

  it.each([
    ['two companies, the second no subject word', 'Shares of Acme Holdings and Brightline rose.', 'Acme Holdings', 'Brightline'],
    ['a bank and a company ending in "-ing"', 'Meridian Bank and Stirling both fell.', 'Meridian Bank', 'Stirling'],
  ])('keeps %s apart at "and": %s', (_, text, left, right) => {
    const actors = actorsOf(text);
    expect(find(actors, left)).toBeDefined();
    expect(find(actors, right)).toBeDefined();
  });

  it('does not join a place after "to" to a body without its letters', () => {
    const actors = actorsOf('The Army to Kharkiv convoy was hit. The Council to Kyiv (AP) went.');
    expect(find(actors, 'Council to Kyiv')).toBeUndefined();
  });
});

describe('round-14 kind rules: parties as groups, party cues, known places by their letters, cartels and gangs, think tanks, housing sites', () => {
  it.each([
    ['a named party', 'The Lakeside Unity Party won 12 seats, officials said.', 'Lakeside Unity Party', 'group'],
    ['a party named by ideology', 'The Liberal Party said on Monday it would oppose the bill.', 'Liberal Party', 'group'],
    ['UK Labour known by one word', 'Labour said it would vote against the plan.', 'Labour', 'group'],
    ['the Scottish National Party by its letters', 'The SNP said the vote would be close.', 'SNP', 'group'],
    ['an Irish party', 'Sinn Fein housing spokesman Ciaran Duffy said rents were too high.', 'Sinn Fein', 'group'],
    ['a "League" in a sentence about a coalition', 'The Rural Workers League, which leads the ruling coalition, backed the budget.', 'Rural Workers League', 'group'],
    ['a hyphenated "League" in an opposition story', 'The opposition Tamar People\'s League-Haddad boycotted the session.', "Tamar People's League-Haddad", 'group'],
    ['a "Front" named with its seats', 'The National Renewal Front won 40 seats in the election.', 'National Renewal Front', 'group'],
    ['a body that quit the coalition, then "its MPs"', 'Unity Torah Front, which quit the coalition in May, was split: three of its five MPs voted yes.', 'Unity Torah Front', 'group'],
    ['a name with no head that quit the coalition', 'Tikva Hadasha, which quit the coalition in May, was split: three of its five MPs voted yes.', 'Tikva Hadasha', 'group'],
    ['a lone name before "chairman" in a story with a party', 'The Vessa party backed the plan. Kadima chairman Ori Tal said the deal was fair.', 'Kadima', 'group'],
    ['a cartel by its head word', 'Police blamed the Sonora Valley Cartel for the killings.', 'Sonora Valley Cartel', 'group'],
    ['a gang named after "cartel"', 'The killings were blamed on the Los Rojos cartel.', 'Los Rojos', 'group'],
    ['a gang described as a splinter group', 'Clashes broke out with Los Halcones, a local splinter group, on Friday.', 'Los Halcones', 'group'],
    ['a think tank named after its two-word noun', 'said Ana Ruiz, an economist at the Lima think tank Peru Futuro.', 'Peru Futuro', 'organization'],
    ['a housing estate', 'Police sealed off the Ashgrove Park housing estate on Monday.', 'Ashgrove Park', 'place'],
    ['a development where tenants live', 'Tenants at Oakdene Rise were told to leave. The Oakdene Rise development has 90 flats.', 'Oakdene Rise', 'place'],
    ['a known province opening a title', 'Punjab Chief Minister Ali Raza spoke. Khyber Pakhtunkhwa Chief Minister Omar Gul said the KP government had acted.', 'Khyber Pakhtunkhwa', 'place', ['KP']],
  ] as [string, string, string, ActorKind, string[]?][])('types %s: %s', (_, text, form, kind, same) => expectActor(text, form, kind, same));

  it.each([
    ['a league of sport facing opposition', 'The Premier League said its TV deal faced opposition from clubs.', 'Premier League', 'organization'],
    ['a league of states named by a demonym', 'The Arab League met as the ruling coalition in Yemen lost ground.', 'Arab League', 'organization'],
    ['a city with "Las" and a plural', 'He flew to Las Vegas on Monday for the talks.', 'Las Vegas', 'place'],
    ['a person who left the coalition', 'Arben Shehu, who left the ruling coalition in May, spoke on Friday.', 'Arben Shehu', 'person'],
    ['a lone name before "chairman" in a story with no party', 'Zentra chairman Ori Tal said the deal was fair.', 'Zentra', 'organization'],
    ['an assembly with its lawmakers', 'The Regional Assembly, which joined the coalition of cities, said its 90 lawmakers agreed.', 'Regional Assembly', 'organization'],
    ['a team of developers', 'The Nimbus Labs development team shipped the update.', 'Nimbus Labs', 'organization'],
  ] as [string, string, string, ActorKind][])('keeps %s its kind: %s', (_, text, form, kind) => expectActor(text, form, kind));
});

describe('round-14 recall and junk rules: business lists, place lists, hyphenated place pairs, US cities, teams by their city, legal forms, nicknames', () => {
  it.each([
    ['members listed after "airlines —"', 'Rivals fear the three largest carriers — Frontier, United and Allegiant — will gain.', ['Frontier', 'United', 'Allegiant']],
    ['members listed after "lenders such as"', 'Mortgage lenders such as Halifax, Nationwide or Coventry Building Society cut rates.', ['Halifax', 'Nationwide', 'Coventry Building Society']],
    ['members listed after "companies including"', 'Tech companies including Palantir, Bank of America and American pulled out.', ['Palantir', 'Bank of America', 'American']],
  ])('types %s as organisations: %s', (_, text, forms) => {
    for (const form of forms) expectActor(text, form, 'organization');
  });

  it.each([
    ['names listed after "through"', 'Storms tore through Chitral, Dir and Bajaur overnight.', ['Chitral', 'Dir', 'Bajaur']],
    ['names listed after "across"', 'Schools closed across Lurgan and Portadown on Monday.', ['Lurgan', 'Portadown']],
    ['both ends of a hyphenated route', 'Fares on the Seattle-Tacoma and Denver-Fort Collins routes rose.', ['Seattle', 'Tacoma', 'Denver', 'Fort Collins']],
    ['two countries joined by a hyphen', 'Talks on the Mexico-Guatemala border resumed.', ['Mexico', 'Guatemala']],
  ])('finds %s as places: %s', (_, text, forms) => {
    const actors = actorsOf(text);
    for (const form of forms) expect(['place', 'country']).toContain(find(actors, form)?.kind);
  });

  it.each([
    ['a company by its first word after "Inc."', 'Rivals bid for Quillon Freight Inc. last year. Quillon said it would fight.', 'Quillon Freight Inc.', ['Quillon']],
    ['a fund by its first word after "ICAV"', 'Tenants sued Brackley Housing Fund ICAV in May. Brackley declined to comment.', 'Brackley Housing Fund ICAV', ['Brackley']],
    ['a Spanish nickname in quotes', 'Police arrested a man identified only as "El Güero," a cell leader.', 'El Güero', []],
  ])('finds %s: %s', (_, text, form, same) => {
    const kind: ActorKind = form.startsWith('El ') ? 'person' : 'organization';
    expectActor(text, form, kind, same);
  });

  it.each([
    ['a name run on past "Inc." into the next sentence', 'Vector bought Tallis Airlines Inc. Tallis later failed.', 'Tallis Airlines Inc. Tallis'],
    ['a hyphenated route as a person', 'Fares on the Boston-Fort Myers route rose.', 'Boston-Fort Myers'],
    ['a currency code before a sum', 'The plan costs NIS 40 billion over two years.', 'NIS'],
    ['a plural of letters', 'Three MKs and two MLAs voted against the bill.', 'MKs'],
    ['a sum in rupees', 'The province spent Rs12bn of its own money.', 'Rs12bn'],
  ])('does not make %s an actor: %s', (_, text, form) => expectNoActor(text, form));

  it('keeps a campus after "of" in one name', () => {
    expect(find(actorsOf('She studied at the University of Texas-Austin for years.'), 'University of Texas-Austin')).toBeDefined();
  });
});

describe('round-15 kind rules: portfolio titles, municipalities, teams, fields, caucuses, residents\' lists, foreign company words', () => {
  it.each([
    ['a firm after "brokerage", with a foreign company word', 'Ayla Kaya, an analyst at Ankara-based brokerage Deniz Yatirim, expects a rate hold.', 'Deniz Yatirim', 'organization'],
    ['a Turkish holding company', 'Shares of Koru Holding fell 4% after Mert Ozdemir resigned as chairman.', 'Koru Holding', 'organization'],
    ['a municipality that acts', 'A judge ordered the City of Mbombela to restore power within a week.', 'City of Mbombela', 'organization'],
    ['a municipality as a place', 'Flooding closed three schools in the City of Westmoor on Monday.', 'City of Westmoor', 'place'],
    ['a treatment works', 'A pipe burst at the Kloof Water Treatment Works on Sunday, officials said.', 'Kloof Water Treatment Works', 'place'],
    ['a refinery', 'Workers walked out at the Harlow Bay Refinery over pay.', 'Harlow Bay Refinery', 'place'],
    ['a party by its caucus', 'Freedom Alliance (FA) caucus leader Jono Mokoena said the budget had failed.', 'Freedom Alliance', 'group'],
    ['a team named after its city in a business story', 'The Denver Comets want a new arena, and the team has asked the city for $200 million.', 'Denver Comets', 'organization'],
    ['a ground named after a person', 'The club will play at Harold J. Whitcombe Field until the roof is fixed.', 'Harold J. Whitcombe Field', 'place'],
    ['a ground named after a sponsor', 'The game was moved to the Riverhawks stadium at Halvorsen Field after the storm.', 'Halvorsen Field', 'place'],
    ['a First Nation where people live', 'Fires forced residents of Red Sucker Lake, Garden Hill and Wasagamack Cree Nation from their homes.', 'Wasagamack Cree Nation', 'place'],
    ['an actress with the surname Field', 'Sally Field said she was thrilled by the award.', 'Sally Field', 'person'],
    ['a person with the surname Field after a given name', 'The award went to Tom Field, who wrote the play.', 'Tom Field', 'person'],
  ])('types %s: %s', (_, text, form, kind) => expectActor(text, form, kind as ActorKind));

  it.each([
    ['"Minister for <portfolio>"', 'Minister for Transport Aoife Nolan opened the line on Monday. Ms Nolan said more trains would follow.', 'Aoife Nolan', ['Ms Nolan'], 'Minister for Transport'],
    ['a two-word portfolio and a three-word name', 'Federal Minister for Water Resources Tariq Hameed Qureshi denied the claim. Mr Qureshi said the funds were safe.', 'Tariq Hameed Qureshi', ['Mr Qureshi'], 'Minister for Water Resources'],
    ['"Secretary of State for <place>"', 'Secretary of State for Scotland Morag Baillie visited the yard. Ms Baillie praised the workers.', 'Morag Baillie', ['Ms Baillie'], 'Secretary of State for Scotland'],
  ])('strips %s before a person: %s', (_, text, name, same, role) => {
    const a = find(actorsOf(text), name);
    expect(a?.name).toBe(name);
    expect(a!.kind).toBe('person');
    for (const s of same) expect(a!.aliases).toContain(s);
    expect(a!.role).toContain(role);
  });

  it('lets a team be named by its last word', () => {
    const actors = actorsOf('The Portland Herons signed a 30-year lease. The Herons said the team would move in 2029.');
    expect(find(actors, 'Herons')?.name).toBe('Portland Herons');
  });
});

describe('round-15 recall and junk rules: compass place names, islands, place-named surnames, subject-named bodies, committees, party names before titles', () => {
  it.each([
    ['an island of the gazetteer after "on"', 'Hoteliers on Corfu reported a wave of cancellations.', 'Corfu', 'place'],
    ['an island group after "across the"', 'Storms closed ports across the Dodecanese on Friday.', 'Dodecanese', 'place'],
    ['a gulf before a lower-case "islands"', 'Only boats serving the Argolic Gulf islands were allowed to sail.', 'Argolic Gulf', 'place'],
    ['a compass word opening a province', 'The storm made landfall in Eastern Pelara on Friday.', 'Eastern Pelara', 'place'],
    ['a compass word opening a region', 'Officials in Western Visayas said 12 roads were shut.', 'Western Visayas', 'place'],
    ['a ministry named with "and"', 'The Ministry of Rural Affairs and Coastal Policy said 80 trips were cancelled.', 'Ministry of Rural Affairs and Coastal Policy', 'organization'],
    ['a chamber committee in lower case', 'Sen. Ana Cruz, chair of the Senate finance committee, called a hearing.', 'Senate finance committee', 'organization'],
    ['a newspaper by its head word', 'The minister told the Enquirer on Monday that he had nothing to hide.', 'Enquirer', 'organization'],
    ['a party named before its leader', 'Progressive Liberal Leader Dana Holt said the plan had failed.', 'Progressive Liberal', 'group'],
    ['a party leading a coalition', 'The council coalition led by RiseUp has had a year to fix the pipes.', 'RiseUp', 'group'],
    ['subjects before a country as a public body', 'Agriculture and Agri-Food Canada issued a warning on Monday.', 'Agriculture and Agri-Food Canada', 'organization'],
    ['a place listed after "neighboring"', 'The town of Ruvel and neighboring Kastow will merge their schools.', 'Kastow', 'place'],
    ['a person after a portfolio named with "for"', 'Federal Minister for Economic Affairs Omar Rafiq Khan rejected the claim.', 'Omar Rafiq Khan', 'person'],
  ] as const)('finds %s: %s', (_, text, form, kind) => expectActor(text, form, kind));

  it.each([
    ['a known place as a surname', 'Ben Rhodes, a former aide, said the talks failed. Rhodes said he was worried.', 'Ben Rhodes', ['Rhodes'], 'person'],
    ['a place with its lower-case "region"', 'Oil from Iraq\'s Kurdistan region began flowing again on Monday.', 'Kurdistan', ['Kurdistan region'], 'place'],
    ['a department by its first and last words', 'Fisheries and Oceans Canada closed the bay. Fisheries Canada said stocks had fallen.', 'Fisheries and Oceans Canada', ['Fisheries Canada'], 'organization'],
  ] as const)('joins %s: %s', (_, text, form, same, kind) => expectActor(text, form, kind, same));

  it.each([
    ['an acronym spelled out to another body', 'The Commission on Audit (COA) flagged the deal. A freeze needs an order of the Court of Appeals.', 'Court of Appeals', 'COA'],
  ])('keeps %s apart: %s', (_, text, a, b) => {
    const actors = actorsOf(text);
    expect(find(actors, a)).toBeDefined();
    expect(find(actors, a)!.aliases).not.toContain(b);
  });

  it.each([
    ['the half of a ministry cut at "and"', 'The Ministry of Rural Affairs and Coastal Policy said 80 trips were cancelled.', 'Coastal Policy'],
    ['the tail of a department cut at "and"', 'Environment and Climate Change Canada issued a smoke warning.', 'Climate Change Canada'],
    ['a portfolio before "and ... Minister"', 'Treasury and Finance Minister Ana Ruiz said the plan would continue.', 'Treasury'],
    ['a hospital unit', 'Patients were lining up in the ER all night.', 'ER'],
    ['an owner joined to a name by "and"', 'Under a deal between the KRG and Iraq\'s Oil Ministry, exports resumed.', "KRG and Iraq's Oil Ministry"],
    ['a lone party label before a title', 'A spokesperson for Republican Gov. Brad Little said no.', 'Republicans'],
    ['a court\'s circuit after "for" as a person', 'The Court of Appeals for the Ninth Circuit ruled on Friday.', 'Ninth Circuit'],
  ])('does not make %s an actor: %s', (_, text, form) => expectNoActor(text, form));
});

describe('extractActors: kinds of companies, places and clubs (round 16)', () => {
  it.each([
    ['a company ending in "Limited"', 'A spokesman said Brightwater Feed Mills Limited would close its plant for a month.', 'Brightwater Feed Mills Limited', 'organization'],
    ['a company ending in "Berhad"', 'Kenanga Timur Berhad said profits rose 12% last year.', 'Kenanga Timur Berhad', 'organization'],
    ['a company ending in "Tbk"', 'Shares of Sinar Gading Tbk fell on Monday after the ruling.', 'Sinar Gading Tbk', 'organization'],
    ['a company ending in "S.A."', 'Torres Quintal S.A. agreed to sell the mine for $40 million.', 'Torres Quintal S.A.', 'organization'],
    ['a name with a particle before a lower-case "station"', 'Commuters walked from Porta di Vento station to the square.', 'Porta di Vento', 'place'],
    ['a local government area of a state', 'Floods hit Dambatta Local Government Area of Jigawa State on Sunday.', 'Dambatta Local Government Area', 'place'],
    ['a newspaper after "daily"', 'The Mexican daily El Vigilante reported the arrests on Friday.', 'El Vigilante', 'organization'],
    ['a newspaper after "gazette"', 'The decree was published in the official gazette El Registro on Monday.', 'El Registro', 'organization'],
  ] as const)('types %s: %s', (_, text, form, kind) => expectActor(text, form, kind));

  it('keeps the state apart from a local government area "of" it', () => {
    const actors = actorsOf('Floods hit Dambatta Local Government Area of Jigawa State on Sunday.');
    expect(find(actors, 'Jigawa State')?.kind).toBe('place');
  });

  it('does not take a place as the surname of a bracketed short name', () => {
    const text =
      'Cases rose in Tamarca, Veloso and San Rufino. Tamarca accounts for most of them. ' +
      'Dr. Ana Ruiz, head of the Tamarca Regional Health Office (Oresa Tamarca), said beds were short.';
    const a = find(actorsOf(text), 'Tamarca');
    expect(a?.kind).toBe('place');
    expect(a?.aliases).not.toContain('Oresa Tamarca');
  });

  it('types a club named after a place in a sports story, despite "from"', () => {
    const text =
      'The league approved the deal for next season despite opposition from Alvorada. ' +
      'Alvorada voted against it, and the club said the matches would lose fans. ' +
      'Alvorada, whose goalkeeper was promoted to the squad, will appeal.';
    expect(find(actorsOf(text), 'Alvorada')?.kind).toBe('organization');
  });
});

describe('extractActors: round 16 recall and junk rules', () => {
  it.each([
    ['subjects joined by "and" after a ministry\'s "of"', 'The permit was granted by the Ministry of Forestry and Inland Waters last year.', 'Ministry of Forestry and Inland Waters', 'organization'],
    ['a list of subjects after a centre\'s "for"', 'Figures come from the Institute for Nutrition, Sanitation and Food Safety, officials said.', 'Institute for Nutrition, Sanitation and Food Safety', 'organization'],
    ['a civil-law superintendency', 'The General Superintendency of Banks and Insurance fined the lender on Monday.', 'General Superintendency of Banks and Insurance', 'organization'],
    ['a project that speaks', 'The Midwest Tenant Defense Project says it has won 12 eviction appeals.', 'Midwest Tenant Defense Project', 'organization'],
    ['a project quoted with "according to"', 'Rents rose 9%, according to the Harbor Housing Project.', 'Harbor Housing Project', 'organization'],
    ['a hyphenated name with a lower-case link', 'She studied at Allama-i-Iqbal College in Lahore.', 'Allama-i-Iqbal College', 'organization'],
    ['a town with "on" inside', 'The match was played in Burton-upon-Trent on Saturday.', 'Burton-upon-Trent', 'place'],
    ['a body\'s head word and its digit', 'The bill will be shown on Channel 5 before the vote.', 'Channel 5', 'organization'],
  ] as const)('finds %s: %s', (_, text, form, kind) => expectActor(text, form, kind));

  it('links an acronym that skips a hyphenated name\'s lower-case link', () => {
    expectActor('Leaders of the Pakistan Awami-e-Tanzeem said on Sunday they would march. PAT said it had 4,000 members.', 'Pakistan Awami-e-Tanzeem', 'organization', ['PAT']);
  });

  it.each([
    ['a subject list\'s fragment', 'Figures come from the Institute for Nutrition, Sanitation and Food Safety, officials said.', 'Food Safety'],
    ['the half of a ministry before "and"', 'The permit was granted by the Ministry of Forestry and Inland Waters last year.', 'Ministry of Forestry'],
    ['a wartime project that does not act', 'The Manhattan Project built the first bombs in 1945.', 'Manhattan Project'],
    ['a title with a hyphenated link', 'The Commander-in-Chief visited the troops on Friday.', 'Commander-in-Chief'],
  ])('does not make %s an actor: %s', (_, text, form) => expectNoActor(text, form));

  it('keeps two bodies joined by "and" apart when the second is a known name', () => {
    const actors = actorsOf('The Department of Energy and Microsoft signed a deal on Tuesday.');
    expect(find(actors, 'Department of Energy')).toBeDefined();
    expect(find(actors, 'Microsoft')).toBeDefined();
  });
});

describe('extractActors: courts and offices before names, crossings, portfolio tails (round 16b)', () => {
  it.each([
    ['Probate Court of Appeals clerks said Common Pleas Judge Dana Whitfield denied bail on Friday.', 'Common Pleas'],
    ['The ruling by Orphans Bench Judge Lena Ortiz came late.', 'Orphans Bench'],
    ['Lake County Common Pleas Judge Ann Ho ruled on the motion.', 'Lake County Common Pleas'],
    ['Ekiti State Commissioner for Lands, Bola Adeyemi, said the plots were seized.', 'Ekiti State Commissioner for Lands'],
    ['Benue State Governor, Hyacinth Alia, said the roads would be rebuilt.', 'Benue State Governor'],
    ['Riverton Division of Police Chief Marcus Bell said the unit would grow.', 'Riverton Division of'],
    ['The Minister for Sport, Youth and Creative Industries, Kofi Mensah, flew to Accra.', 'Creative Industries'],
    ['The fund, the Recovery and Growth Facility, pays out in June.', 'Growth Facility'],
  ])('%s has no actor %j', (text, form) => {
    const actors = actorsOf(text);
    expect(find(actors, form), `got ${actors.map((x) => `${x.name} [${x.kind}]`).join(', ')}`).toBeUndefined();
  });

  it.each<[string, string, ActorKind, string?]>([
    ['Ekiti State Commissioner for Lands, Bola Adeyemi, said the plots were seized.', 'Ekiti State', 'place'],
    ['Ekiti State Commissioner for Lands, Bola Adeyemi, said the plots were seized.', 'Bola Adeyemi', 'person', 'Commissioner for Lands'],
    ['Riverton Division of Police Chief Marcus Bell said the unit would grow.', 'Riverton Division of Police', 'organization'],
    ['Lake County Common Pleas Judge Ann Ho ruled on the motion.', 'Lake County', 'place'],
    ['Pilgrims gathered at the Torkham border on Tuesday before the talks.', 'Torkham border', 'place'],
    ['Trucks queued at the Kerem Shalom border crossing for days.', 'Kerem Shalom border crossing', 'place'],
    ['The Wakhan corridor links the two valleys, officials in Kabul said.', 'Wakhan corridor', 'place'],
    ['Minister for Further and Higher Education Ciaran Dunne said fees would fall.', 'Ciaran Dunne', 'person'],
  ])('%s finds %j as %s', (text, form, kind, role) => {
    const actors = actorsOf(text);
    const a = find(actors, form);
    expect(a, `got ${actors.map((x) => `${x.name} [${x.kind}]`).join(', ')}`).toBeDefined();
    expect(a!.kind).toBe(kind);
    if (role) expect(a!.role).toBe(role);
  });

  it.each([
    ['Calhoun said Stephanie Pope, the chief operating officer, would lead.', 'Stephanie Pope'],
    ['The UN High Commissioner for Refugees (UNHCR) said on Monday that camps were full.', 'UN High Commissioner for Refugees'],
    ['The play premiered at the Princess of Wales Theatre on Friday.', 'Princess of Wales Theatre'],
    ['Existing investors Accel and Y Combinator joined the round.', 'Y Combinator'],
  ])('%s keeps %j', (text, form) => {
    const actors = actorsOf(text);
    expect(find(actors, form), `got ${actors.map((x) => `${x.name} [${x.kind}]`).join(', ')}`).toBeDefined();
  });
});

describe('extractActors: round 17 legal forms, peoples, races and executives', () => {
  it.each([
    ['a Swedish company\'s legal form', 'Shares were pledged by the holding company Lindqvist Invest AB on Monday.', 'Lindqvist Invest AB', 'organization'],
    ['a Danish company\'s "A/S"', 'The group bought hearing-aid maker Vestby Audio A/S for 300 million kroner.', 'Vestby Audio A/S', 'organization'],
    ['a Norwegian "ASA"', 'Fjordline Shipping ASA reported a loss for the quarter.', 'Fjordline Shipping ASA', 'organization'],
    ['a Finnish "Oyj"', 'Talvi Paper Oyj said it would close two mills.', 'Talvi Paper Oyj', 'organization'],
    ['a fund named in another language', 'Hallberg Kapital, which owns 4% of the shares, said it would vote against.', 'Hallberg Kapital', 'organization'],
    ['a firm named after "consultants"', 'The review, written by consultants Harrow Pemberton, found waste.', 'Harrow Pemberton', 'organization'],
    ['a body named with "Sans"', 'Pharmaciens Sans Frontières said it had run out of insulin.', 'Pharmaciens Sans Frontières', 'organization'],
    ['a body named with lower-case "ohne"', 'The charity Clowns ohne Grenzen visited the camp on Tuesday.', 'Clowns ohne Grenzen', 'organization'],
    ['a family named by its surname', 'The brewery is still controlled by the Vandermolen family, the filing showed.', 'Vandermolen family', 'group'],
    ['a known exchange in a known city', 'The company first listed on Nasdaq Helsinki in 2011.', 'Nasdaq Helsinki', 'organization'],
    ['a hill named in a race', 'He attacked on the final climb of Corryong Hill and won alone.', 'Corryong Hill', 'place'],
    ['an Indian district\'s "Nagar"', 'Tests at the drug laboratory in Kiran Rao Nagar found the vials were fake.', 'Kiran Rao Nagar', 'place'],
    ['a state named "Pradesh"', 'The vials were made at a unit in Solan, Arunachal Pradesh, investigators said.', 'Arunachal Pradesh', 'place'],
    ['a team opening with "Team"', 'The 22-year-old Team Kestrel Rubio rider won the sprint.', 'Team Kestrel Rubio', 'organization'],
    ['a race opening with "Tour"', 'She finished fourth at the Tour de Pologne last summer.', 'Tour de Pologne', 'organization'],
    ['the capitalised Government', 'The students\' union called on the Government to scrap the fee.', 'Government', 'organization'],
    ['Cabinet without "the"', 'The minister said he would bring the plan to Cabinet within weeks.', 'Cabinet', 'organization'],
    ['an Irish deputy before "TD"', 'Labour\'s health spokeswoman, Áine Ní Dhonnchadha TD, said the plan was late.', 'Áine Ní Dhonnchadha', 'person'],
    ['peoples\' shares of a census', 'According to the census, Latvians make up 63 per cent of residents and Livonians 1 per cent.', 'Latvians', 'group'],
    ['a people after "Indigenous"', 'Most residents belong to the Indigenous Amis community, officials said.', 'Amis', 'group'],
    ['a town before "police officer"', 'The man was shot by a Carrollton police officer on Sunday.', 'Carrollton', 'place'],
    ['a force after "the" and a town', 'Officers of the Nellore police\'s special unit arrested four men.', 'Nellore police', 'organization'],
    ['towns listed after "around"', 'Clashes spread around Kouroumari and Dioura in March.', 'Dioura', 'place'],
    ['an airline before its aircraft model', 'In 2015 a Sunbird Airways ATR 72 crashed near the coast.', 'Sunbird Airways', 'organization'],
    ['a council with a plural before "and"', 'Funding goes to the Ohio Peace Officer Standards and Training Council next year.', 'Ohio Peace Officer Standards and Training Council', 'organization'],
  ] as const)('finds %s: %s', (_, text, form, kind) => expectActor(text, form, kind));

  it.each([
    ['a dateline of two cities split by a slash', 'DAKAR/GENEVA – Thousands fled the fighting, the agency said.', 'GENEVA', 'place'],
    ['the first city of that dateline', 'DAKAR/GENEVA – Thousands fled the fighting, the agency said.', 'DAKAR', 'place'],
  ] as const)('finds %s', (_, text, form, kind) => expectActor(text, form, kind));

  it.each([
    ['a foreign-language name with its known acronym', 'Médecins Sans Frontières (MSF), which runs the clinic, reported a rise in cases.', 'Médecins Sans Frontières', 'organization', ['MSF']],
    ['an armed group\'s name with "wal-" and its letters', 'Fighters of Jama\'at Nusrat al-Islam wal-Muslimin (JNIM), an armed group, attacked the town.', 'Jama\'at Nusrat al-Islam wal-Muslimin', 'group', ['JNIM']],
    ['a party\'s letters set off by commas', 'The coalition lost its majority after the Civic Renewal Party, GOS, quit the government.', 'Civic Renewal Party', 'group', ['GOS']],
    ['a party with "of" in its name', 'The Democratic Party of Pensioners said it would back the motion in parliament.', 'Democratic Party of Pensioners', 'group', []],
  ] as const)('links %s', (_, text, form, kind, same) => expectActor(text, form, kind, same));

  it('types a bracketed name after a rider\'s as the team in a sports story', () => {
    const text = 'The peloton split on the climb and the breakaway was caught before the podium. Spain\'s Pau Ferrer (Velocita-Nord) finished third overall.';
    expectActor(text, 'Velocita-Nord', 'organization');
  });

  it('types the possessor of a job before a person\'s name as the employer', () => {
    expectActor('RowingNZ\'s national performance director Ana Kemp said the crew was ready.', 'RowingNZ', 'organization');
  });

  it.each([
    ['a given name before a surname that is a head word', 'Fiona Hill said the talks had failed.', 'Fiona Hill', 'person'],
    ['an honorific before such a surname', 'Sarah Park said the talks had failed. Ms Park declined to comment.', 'Ms Park', 'person'],
  ] as const)('keeps %s a person: %s', (_, text, form, kind) => expectActor(text, form, kind));

  it.each([
    ['a capitalised Government used as a modifier', 'Government spending rose by 4% last year.', 'Government'],
    ['a Cabinet minister', 'A Cabinet minister resigned on Friday.', 'Cabinet'],
    ['a community named by a place', 'The Fairview community met on Monday to discuss the plan.', 'Fairview'],
    ['a person called with "Sin" as a given name', 'Tom Sin Chen said he would appeal.', 'Tom Sin Chen'],
  ])('does not make %s an organisation or group: %s', (_, text, form) => {
    const a = find(actorsOf(text), form);
    expect(a === undefined || a.kind === 'person').toBe(true);
  });

  it('does not make a known city\'s police an organisation of its own', () => {
    expectNoActor('London police said the march passed off peacefully.', 'London police');
  });
});

describe('extractActors: an agency\'s title after a person is a role, not an organisation', () => {
  it.each([
    ['a country director', '"We need more funds," said Jane Roe, WFP Country Director in Chad.', 'WFP'],
    ['a plain director', 'The camp is full, said Amadou Sy, NRC Director in Niger.', 'NRC'],
    ['a regional representative', 'Aid is late, said Ana Ruiz, IOM Regional Representative for the Sahel.', 'IOM'],
  ])('%s: %s', (_, text, agency) => {
    const actors = actorsOf(text);
    expect(actors.filter((a) => a.kind === 'organization').map((a) => a.name)).toEqual([agency]);
  });
});

describe('places, people and groups (round 18)', () => {
  it.each<[string, string, ActorKind]>([
    // A known UK capital, also at a sentence start.
    ['Cardiff will host the summit next spring, the organisers said.', 'Cardiff', 'place'],
    // A natural feature's lower-case noun after "the": the feature is a place, named with or without it.
    ['Rebels retreated into the Gol Daran hills after the raid, officials said.', 'Gol Daran hills', 'place'],
    ['Rebels retreated into the Gol Daran hills after the raid, officials said.', 'Gol Daran', 'place'],
    // Natural features' plural heads.
    ['Hikers crowded the Emerald Pools on Sunday, rangers said.', 'Emerald Pools', 'place'],
    // Italian and Spanish place prefixes, even before a title word.
    ['The concert will be held at the Teatro Massimo next week.', 'Teatro Massimo', 'place'],
    ['Ships queued off Puerto General Belgrano on Monday, the port authority said.', 'Puerto General Belgrano', 'place'],
    // A plural name after "in the" is a region.
    ['House prices rose fastest in the Cotswolds last year, the agency said.', 'Cotswolds', 'place'],
    // Kin named by the given name alone.
    ['The singer is survived by his two sons, Tobias and Elric, and a sister.', 'Tobias', 'person'],
    ['The singer is survived by his two sons, Tobias and Elric, and a sister.', 'Elric', 'person'],
    ['He moved to Lisbon with his niece, Odalys, in 1990.', 'Odalys', 'person'],
    // A criminal group set off by "the ... mafia".
    ['The film exposed the Sacra Corona, the Apulian mafia, and its grip on the ports.', 'Sacra Corona', 'group'],
    ['Prosecutors said the Vellani, the Turin syndicate, ran the racket.', 'Vellani', 'group'],
  ])('reads "%s" with %s as %s', (text, form, kind) => expectActor(text, form, kind));

  it.each<[string, string]>([
    // A title inside a name its acronym spells names no person.
    ['Its partners include local crusher Molinos General Ortiz (MGO) and two traders.', 'Ortiz'],
    // A possessive whose noun is left out after a conjunction is no firm's "'s" name.
    ["Dundee's levy starts in April, and Perth's on July 1.", "Perth's"],
    // A title after a modifier that is also a place prefix stays a person's.
    ['Circuit Judge Marla Quince ruled on Tuesday that the law stands.', 'Circuit Judge Marla Quince'],
  ])('does not read "%s" as giving %s', (text, form) => expectNoActor(text, form));

  it('keeps a "Circuit Judge" a person', () => expectActor('Circuit Judge Marla Quince ruled on Tuesday that the law stands.', 'Marla Quince', 'person'));

  it('makes a known city before a position a club in a sports story', () => {
    const text =
      'Scotland beat Wales 24-10 at Murrayfield on Saturday. The wing scored two tries and the fly-half kicked three conversions. ' +
      'Drummond, the Glasgow scrum-half, scored a try in the second half. The forwards won the match with a late penalty try.';
    expectActor(text, 'Glasgow', 'organization');
  });
});

describe('extractActors: round 18 organisations and companies', () => {
  it.each([
    ['bare firms listed before a named company and a lower-case role', 'The chamber, whose members include Varga, Tessin, Holt Grain Company and local miller Aberfa Mills, opposed the tax.', 'Tessin', 'organization'],
    ['the first of those firms', 'The chamber, whose members include Varga, Tessin, Holt Grain Company and local miller Aberfa Mills, opposed the tax.', 'Varga', 'organization'],
    ['a studio named after its noun', 'The series, made by the Danish studio Nordlys, sold well abroad.', 'Nordlys', 'organization'],
    ['an agency owned by a group before its noun', 'The movement\'s Tarsa news agency said 12 fighters had died.', 'Tarsa', 'organization'],
    ['a firm called "market leader"', 'Market leader Zentrafon cut its prices by 10% in May.', 'Zentrafon', 'organization'],
    ['a firm called "industry leader" mid-sentence', 'Rivals are chasing industry leader Brightwell, analysts said.', 'Brightwell', 'organization'],
    ['a party to a merger', 'The carrier was formed by the merger of Orvana and Telquist last year.', 'Orvana', 'organization'],
    ['the other party to a merger', 'The carrier was formed by the merger of Orvana and Telquist last year.', 'Telquist', 'organization'],
    ['a museum named with a known place and "and"', 'The gowns were lent by the Victoria and Albert Museum last spring.', 'Victoria and Albert Museum', 'organization'],
    ['a former state as a country', 'Only the Soviet Union and the United States had tested such a bomb by then.', 'Soviet Union', 'country'],
    ['another former state', 'He was born in Yugoslavia in 1961.', 'Yugoslavia', 'country'],
    ['a charity before a title and its job', '"Prices are rising," said Mary Wanjiru, Tumaini Country Manager for Kenya.', 'Tumaini', 'organization'],
  ] as const)('finds %s: %s', (_, text, form, kind) => expectActor(text, form, kind));

  it.each([
    ['no junk half of a museum named with "and"', 'The gowns were lent by the Victoria and Albert Museum (V&A) last spring.', 'Albert Museum'],
    ['no person after "and" and a role in a list of firms', 'The chamber, whose members include Varga, Tessin, Holt Grain Company and chief executive Ruiz, met.', 'Ruiz'],
  ] as const)('gives %s: %s', (_, text, form) => {
    const a = find(actorsOf(text), form);
    expect(a === undefined || a.kind === 'person').toBe(true);
  });

  it('does not make a place before a mayor an employer', () => {
    const a = find(actorsOf('"The roads are closed," said Tom Reyes, Carrowmore Mayor since 2019.'), 'Carrowmore');
    expect(a?.kind).not.toBe('organization');
  });
});
