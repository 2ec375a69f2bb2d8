import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractNumberDetails, extractNumbers, formatLike, type NumberDetail } from '../../src/core/numbers.js';
import { splitSentences } from '../../src/core/text.js';
import type { NumberFact } from '../../src/core/types.js';

const facts = (s: string, title?: string) => extractNumberDetails(s, splitSentences(s, title));
/** Each number of `s` as [text, value, kind, counts]. */
const find = (s: string) => facts(s).map((f) => [f.text, f.value, f.kind, f.counts] as const);

interface Expect {
  text: string;
  value: number;
  counts?: string;
  hedge?: string;
  unit?: string;
  kind?: NumberDetail['kind'];
  valueMax?: number;
  modifier?: string;
}

// Short realistic news sentences from many beats: what a reader would be asked about.
const POSITIVE: Array<[string, Expect[]]> = [
  // war and conflict
  ['Around 2,500 US soldiers are stationed in Iraq and another 900 in Syria.', [
    { text: '2,500', value: 2500, counts: 'US soldiers', hedge: 'around' },
    { text: '900', value: 900, counts: 'US soldiers', modifier: 'another' },
  ]],
  ['At least 42 people were killed and more than 150 injured when a truck bomb exploded.', [
    { text: '42', value: 42, counts: 'people', hedge: 'at least' },
    { text: '150', value: 150, counts: 'people', hedge: 'more than' },
  ]],
  ['Some 5,000 troops will be deployed to the border, the Pentagon said.', [
    { text: '5,000', value: 5000, counts: 'troops', hedge: 'some' },
  ]],
  ['About 1.2 million people have been displaced by the fighting, according to the UN.', [
    { text: '1.2 million', value: 1.2e6, counts: 'people', hedge: 'about' },
  ]],
  ['The death toll from the earthquake has risen to 2,300.', [{ text: '2,300', value: 2300, counts: 'death toll' }]],
  ['A memorial service was ended by two explosions that killed nearly 100 people on Wednesday.', [
    { text: 'two', value: 2, counts: 'explosions' },
    { text: '100', value: 100, counts: 'people', hedge: 'nearly' },
  ]],
  // elections
  ['Among the 538 electors, five were faithless to the Democratic nominee and two to the Republican.', [
    { text: '538', value: 538, counts: 'electors' },
    { text: 'five', value: 5, counts: 'electors' },
    { text: 'two', value: 2, counts: 'electors' },
  ]],
  ['According to a final tally, Trump received 304 votes compared to Clinton’s 227.', [
    { text: '304', value: 304, counts: 'votes' },
    { text: '227', value: 227, counts: 'votes' },
  ]],
  ['Labour won 411 seats, giving it a majority of 174.', [{ text: '411', value: 411, counts: 'seats' }, { text: '174', value: 174 }]],
  ['Turnout was 59.7%, the lowest since 2001.', [{ text: '59.7%', value: 59.7, unit: '%', kind: 'percent', counts: 'Turnout' }]],
  ['Nearly two-thirds of voters said the economy was their top concern.', [
    { text: 'two-thirds', value: 2 / 3, counts: 'voters', hedge: 'nearly', kind: 'fraction' },
  ]],
  ['More than half of the states “bind” their electors.', [{ text: 'half', value: 0.5, counts: 'states', hedge: 'more than' }]],
  ['Prior to this year, there hasn’t been more than one faithless elector in any election since 1948.', [
    { text: 'one', value: 1, counts: 'faithless electors', hedge: 'more than' },
  ]],
  // economy and business
  ['The US budget deficit is set to hit a worse-than-expected $368bn (£197bn) this year.', [
    { text: '$368bn', value: 368e9, unit: '$', kind: 'money', counts: 'US budget deficit' },
    { text: '£197bn', value: 197e9, unit: '£', kind: 'money', counts: 'US budget deficit' },
  ]],
  ['Analysts say the deficit could end up a further $100bn in the red.', [
    { text: '$100bn', value: 100e9, counts: 'deficit', modifier: 'a further' },
  ]],
  ['The figures ignore the potential $2-$3.8 trillion costs of the plan.', [
    { text: '$2-$3.8 trillion', value: 2e12, valueMax: 3.8e12, counts: 'costs', unit: '$' },
  ]],
  ['The company reported a net profit of $4.5 billion for the quarter.', [{ text: '$4.5 billion', value: 4.5e9, counts: 'net profit' }]],
  ['Unemployment fell to 3.7 per cent in October.', [{ text: '3.7 per cent', value: 3.7, unit: '%', counts: 'Unemployment' }]],
  ['Inflation rose to 4.2 percent in March.', [{ text: '4.2 percent', value: 4.2, unit: '%', counts: 'Inflation' }]],
  ['Around 70 per cent of the population lives in cities.', [{ text: '70 per cent', value: 70, counts: 'population', hedge: 'around' }]],
  ['The minimum wage will rise from £10.42 to £11.44 an hour.', [
    { text: '£10.42', value: 10.42, counts: 'minimum wage' },
    { text: '£11.44', value: 11.44, counts: 'minimum wage' },
  ]],
  ['Between 2,000 and 3,000 people attended the rally.', [{ text: '2,000 and 3,000', value: 2000, valueMax: 3000, counts: 'people' }]],
  ['Sales could reach 5 to 10 million units.', [{ text: '5 to 10 million', value: 5e6, valueMax: 10e6 }]],
  ['Amazon is cutting 18,000 jobs, the biggest layoffs in its history.', [{ text: '18,000', value: 18000, counts: 'jobs' }]],
  ['The firm employs 1500 people at its plant in Swindon.', [{ text: '1500', value: 1500, counts: 'people' }]],
  ['Officials said 3m people had lost power.', [{ text: '3m', value: 3e6, counts: 'people' }]],
  ['Over the next two years the dollar will decline.', [{ text: 'two', value: 2, counts: 'years', kind: 'duration' }]],
  // disasters and weather
  ['The wildfire has burned more than 20,000 hectares and destroyed 300 homes.', [
    { text: '20,000', value: 20000, counts: 'hectares', hedge: 'more than' },
    { text: '300', value: 300, counts: 'homes' },
  ]],
  ['Wind speeds reached 140mph as the hurricane made landfall.', [{ text: '140mph', value: 140, unit: 'mph', counts: 'Wind speeds' }]],
  ['The temperature fell to minus 5 degrees overnight.', [{ text: 'minus 5', value: -5, counts: 'degrees' }]],
  ['Officials say 700 buildings were damaged and 12 destroyed.', [
    { text: '700', value: 700, counts: 'buildings' },
    { text: '12', value: 12, counts: 'buildings' },
  ]],
  // courts and crime
  ['He was sentenced to 12 years in prison and ordered to pay £250,000 in compensation.', [
    { text: '12', value: 12, counts: 'years' },
    { text: '£250,000', value: 250000, counts: 'compensation' },
  ]],
  ['Father-of-two Mr Mousa, 28, a hotel receptionist, was arrested with eight men seized at a hotel.', [
    { text: 'Father-of-two', value: 2, counts: 'children' },
    { text: '28', value: 28, counts: "Mr Mousa's age", kind: 'age' },
    { text: 'eight', value: 8, counts: 'men' },
  ]],
  ['Three of them--Bret Chiafalo, 19-year-old Levi Guerra, and Esther John--cast their votes for Powell.', [
    { text: 'Three', value: 3 },
    { text: '19-year-old', value: 19, counts: "Levi Guerra's age", kind: 'age' },
  ]],
  ['The jury deliberated for nine hours before finding him guilty on all 34 counts.', [
    { text: 'nine', value: 9, counts: 'hours' },
    { text: '34', value: 34, counts: 'counts' },
  ]],
  ['They face up to 10 years in prison if convicted.', [{ text: '10', value: 10, counts: 'years', hedge: 'up to' }]],
  ['She is a mother of three.', [{ text: 'three', value: 3, counts: 'children' }]],
  // sport
  ['Manchester City beat Arsenal 3-1 at the Etihad on Sunday.', [
    { text: '3', value: 3, kind: 'score' },
    { text: '1', value: 1, kind: 'score' },
  ]],
  ['Haaland has now netted 27 goals in 30 games this season.', [
    { text: '27', value: 27, counts: 'goals' },
    { text: '30', value: 30, counts: 'games' },
  ]],
  ['The 2,000-strong crowd chanted throughout.', [{ text: '2,000', value: 2000, counts: 'crowd' }]],
  // spelled numbers, ratios, dozens
  ['Twenty-five people were rescued from the collapsed building.', [{ text: 'Twenty-five', value: 25, counts: 'people' }]],
  ['A dozen protesters were arrested outside parliament.', [{ text: 'A dozen', value: 12, counts: 'protesters' }]],
  ['Only one in five adults gets enough exercise, the study found.', [{ text: 'one in five', value: 0.2, counts: 'adults' }]],
  ['One person died and three others were injured in the crash.', [
    { text: 'One', value: 1, counts: 'people' },
    { text: 'three', value: 3, counts: 'people' },
  ]],
];

describe('extractNumbers: what a reader is asked about', () => {
  it.each(POSITIVE)('%s', (sentence, expected) => {
    const got = facts(sentence);
    for (const e of expected) {
      const f = got.find((x) => x.text === e.text);
      expect(f, `no fact "${e.text}" in ${JSON.stringify(got.map((x) => x.text))}`).toBeDefined();
      expect(f!.value).toBeCloseTo(e.value, 6);
      if (e.counts !== undefined) expect(f!.counts).toBe(e.counts);
      if (e.hedge !== undefined) expect(f!.hedge).toBe(e.hedge);
      if (e.unit !== undefined) expect(f!.unit).toBe(e.unit);
      if (e.kind !== undefined) expect(f!.kind).toBe(e.kind);
      if (e.valueMax !== undefined) expect(f!.valueMax).toBeCloseTo(e.valueMax, 6);
      if (e.modifier !== undefined) expect(f!.modifier).toBe(e.modifier);
    }
  });
});

// Numbers that are not quiz facts: years, dates, times, identifiers, idioms.
const NEGATIVE: Array<[string, string[]]> = [
  ['Iraq claimed to have defeated ISIS in 2017.', []],
  ['The attack happened on 7 October 2023.', []],
  ['On Jan. 6, Vice President Joe Biden will open the electoral votes.', []],
  ['Republicans blamed the deficit on the 11 September attacks.', []],
  ['The official tally came in around 8 p.m--though it was late.', []],
  ['The meeting is scheduled for March 15 at 10:30 a.m.', []],
  ['The polls close at 10pm on Thursday.', []],
  ['The CBO forecast a shortfall for the years from 2006 to 2015.', []],
  ['The budget for 2024-25 will be published in the spring.', []],
  ['In the 1990s, the economy boomed.', []],
  ['Hamilton was one of the Founding Fathers who wrote about it.', []],
  ['They will be counted one last time.', []],
  ['Vietnam has pledged to reach net zero emissions by 2050.', []],
  ['No one was injured in the blast.', []],
  ['One of his election pledges was to cut taxes.', []],
  ['The F-35 fighter jet and the G7 summit were discussed.', []],
  ['He cited Article 51 of the UN Charter and Resolution 2334.', []],
  ['The COVID-19 pandemic disrupted the Olympics.', []],
  ['She lives at 10 Downing Street.', []],
  ['The Boeing 747 landed safely at Heathrow.', []],
  ['World War Two ended in 1945.', []],
  ['Formula One returns to Las Vegas.', []],
  ['A spokesman for No 10 declined to comment.', []],
  ['He scored in the 19th century style.', []],
  ['The 9/11 attacks changed the world.', []],
  ['Apple unveiled the iPhone 15 on Tuesday.', []],
  ['The budget deficit hit a record in the 12 months to 30 September 2004.', []],
  ['Both sides agreed to meet again.', []],
  ['The 3D printer can produce 5G antennas.', []],
];

describe('extractNumbers: not numbers', () => {
  it.each(NEGATIVE)('%s', (sentence, expected) => {
    expect(facts(sentence).map((f) => f.text)).toEqual(expected);
  });
});

// Scores and tallies: one fact a side, each of kind `score` carrying the pair, counted in votes or the game's unit.
const SCORES: Array<[string, Array<[string, number]>, [number, number][], string?]> = [
  ['The Senate passed the measure 51-49 on Thursday.', [['51', 51], ['49', 49]], [[51, 49]], 'votes'],
  ['The justices ruled 7-2 against the company.', [['7', 7], ['2', 2]], [[7, 2]], 'votes'],
  ['Aldermen voted 12 to 3 to approve the budget.', [['12', 12], ['3', 3]], [[12, 3]], 'votes'],
  ['The committee backed the plan by six votes to two.', [['six', 6], ['two', 2]], [[6, 2]], 'votes'],
  ['Celtic beat Rangers 3-1, with Kyogo scoring two goals.', [['3', 3], ['1', 1]], [[3, 1]], 'goals'],
  ['The game finished 1-1 after extra time.', [['1', 1], ['1', 1]], [[1, 1]]],
  ['The Bucks beat the Knicks 118-104 on Sunday night.', [['118', 118], ['104', 104]], [[118, 104]]],
];

// Ranges need both ends of one kind; ends written in full are two facts (one range after "of", "at", "to" or a
// copula); a change and a new level are two facts.
const RANGES: Array<[string, Array<[string, number, number?]>]> = [
  ['Operating profit jumped 18% to $3.4 billion in the quarter.', [['18%', 18], ['$3.4 billion', 3.4e9]]],
  ['Retail sales slipped 2.5 per cent to £410m last month.', [['2.5 per cent', 2.5], ['£410m', 410e6]]],
  ['Wheat exports fell 7% to 1.5 million tonnes.', [['7%', 7], ['1.5 million', 1.5e6]]],
  ['The bank forecasts profit of $4.2bn to $4.6bn this year.', [['$4.2bn to $4.6bn', 4.2e9, 4.6e9]]],
  ['Tickets will cost between €20 and €35.', [['€20', 20], ['€35', 35]]],
  ['Mortgage rates are expected to settle between 4% and 4.5%.', [['4%', 4], ['4.5%', 4.5]]],
  ['Repairs could cost $2-3.8 trillion over a decade.', [['$2-3.8 trillion', 2e12, 3.8e12], ['a decade', 10]]],
  ['Repairs could cost $2-$3.8 trillion over the next ten years.', [['$2-$3.8 trillion', 2e12, 3.8e12], ['ten', 10]]],
  ['Prices rose 10-15% in the capital.', [['10-15%', 10, 15]]],
];

describe('extractNumbers: ranges', () => {
  it.each(RANGES)('%s', (sentence, expected) => {
    expect(facts(sentence).map((f) => [f.text, f.value, f.valueMax].filter((x) => x !== undefined))).toEqual(expected);
  });

  it('gives the new level after a change the subject of the change', () => {
    const [pct, money] = facts('Group revenue climbed 12% to €7.9 billion.');
    expect([pct!.kind, money!.kind]).toEqual(['percent', 'money']);
    expect(money!.counts).toBe(pct!.counts);
    expect(money!.counts).toMatch(/revenue/);
  });

  it('reads past a year to the counted noun: "2026 revenue of $9bn to $9.5bn"', () => {
    expect(facts('The firm expects 2026 revenue of $9bn to $9.5bn.').map((f) => f.counts)).toEqual(['revenue']);
  });
});

// Tennis: a run of set scores is one fact a set (value = its first figure), tie-breaks skipped.
const SET_LINES: Array<[string, Array<[string, number]>]> = [
  ['Rybakina beat Sabalenka 6-3, 2-6, 7-5 in the quarter-final.', [['6-3', 6], ['2-6', 2], ['7-5', 7]]],
  ['Fritz won 6-4, 6-4 to reach the semi-finals.', [['6-4', 6], ['6-4', 6]]],
  ['Zverev lost 6-7 (4-7), 6-3, 6-2 on Court One.', [['6-7', 6], ['6-3', 6], ['6-2', 6]]],
  ['Draper won 7-6(5) 6-4 in the second round.', [['7-6', 7], ['6-4', 6]]],
];

describe('extractNumbers: set scores', () => {
  it.each(SET_LINES)('%s', (sentence, expected) => {
    const fs = facts(sentence);
    expect(fs.map((f) => [f.text, f.value])).toEqual(expected);
    expect(fs.every((f) => f.kind === 'score')).toBe(true);
  });
});

describe('extractNumbers: scores and tallies', () => {
  it.each(SCORES)('%s', (sentence, expected, pairs, counts) => {
    const scores = facts(sentence).filter((f) => f.kind === 'score');
    expect(scores.map((f) => [f.text, f.value])).toEqual(expected);
    expect(scores.map((f) => f.score)).toEqual(scores.map((_, i) => pairs[Math.min(i >> 1, pairs.length - 1)]));
    if (counts) for (const f of scores) expect(f.counts).toBe(counts);
  });

  it('reads a bare scoreline as a score in a match report', () => {
    const text = 'Rovers beat City at Ewood Park. Their striker scored before half-time. Jones made it 3-0 after the break. The win lifts Rovers to fourth.';
    expect(facts(text).filter((f) => f.kind === 'score').map((f) => f.value)).toEqual([3, 0]);
  });

  it('reports a repeated scoreline once', () => {
    const text = 'United won 2-1 at Anfield. The 2-1 win lifts them to third.';
    expect(facts(text).filter((f) => f.kind === 'score').map((f) => f.text)).toEqual(['2', '1']);
  });

  it.each([
    ['The Airbus A350-900 and the Boeing 777-300 were parked on the apron.', []],
    ['He swapped a 9-5 job for life on a farm.', []],
    ['The Boeing 737-800 returned to the gate after the vote.', []],
  ])('no score in %s', (sentence, expected) => {
    expect(facts(sentence).map((f) => f.text)).toEqual(expected);
  });

  it('keeps "from 12 to 8" as two counts, not a tally', () => {
    expect(facts('Ministers voted to cut the panel from 12 to 8 members.').map((f) => f.kind)).not.toContain('score');
  });
});

// Factors, fractions written in words, vague magnitudes and "one" in a list.
const WORDED: Array<[string, Expect[]]> = [
  ['Food prices have more than doubled since the war began.', [{ text: 'doubled', value: 2, hedge: 'more than', kind: 'multiple', counts: 'times' }]],
  ['Rents are now twice what they were a decade ago.', [{ text: 'twice', value: 2, kind: 'multiple' }]],
  ['The rate of sea-level rise is nearly double the average of the last century.', [{ text: 'double', value: 2, hedge: 'nearly', kind: 'multiple' }]],
  ['Profits tripled to $3bn.', [{ text: 'tripled', value: 3, kind: 'multiple' }, { text: '$3bn', value: 3e9 }]],
  ['The firm has halved its workforce.', [{ text: 'halved', value: 0.5, kind: 'multiple' }]],
  ['She has won the championship twice.', [{ text: 'twice', value: 2, kind: 'multiple' }]],
  ['The river has burst its banks only once since records began.', [{ text: 'once', value: 1, kind: 'multiple', modifier: 'only' }]],
  ['Turnout fell by a third in the by-election.', [{ text: 'a third', value: 1 / 3, kind: 'fraction', counts: 'Turnout' }]],
  ['Bus fares will be cut by half from Monday.', [{ text: 'half', value: 0.5, kind: 'fraction' }]],
  ['Nearly a quarter said they had skipped meals.', [{ text: 'a quarter', value: 0.25, hedge: 'nearly', kind: 'fraction' }]],
  ['Tens of thousands of people marched through Paris.', [
    { text: 'Tens of thousands', value: 1e4, valueMax: 99999, counts: 'people' },
  ]],
  ['Hundreds were evacuated from the tower.', [{ text: 'Hundreds', value: 100, valueMax: 999, counts: 'people' }]],
  ['The council spent hundreds of thousands of pounds on consultants.', [{ text: 'hundreds of thousands', value: 1e5, valueMax: 999999, counts: 'pounds' }]],
  ['Dozens of flights were cancelled at Gatwick.', [{ text: 'Dozens', value: 12, valueMax: 99, counts: 'flights' }]],
  ['About 300 homes were destroyed and thousands more damaged.', [{ text: 'thousands', value: 1000, counts: 'homes' }]],
  ['The storm left tens of thousands without power.', [{ text: 'tens of thousands', value: 1e4, counts: 'people' }]],
  ['The side have won four, drawn one and lost two of their games.', [
    { text: 'four', value: 4 },
    { text: 'one', value: 1 },
    { text: 'two', value: 2 },
  ]],
];

describe('extractNumbers: numbers written in words', () => {
  it.each(WORDED)('%s', (sentence, expected) => {
    const got = facts(sentence);
    for (const e of expected) {
      const f = got.find((x) => x.text === e.text);
      expect(f, `no fact "${e.text}" in ${JSON.stringify(got.map((x) => x.text))}`).toBeDefined();
      expect(f!.value).toBeCloseTo(e.value, 6);
      for (const k of ['counts', 'hedge', 'kind', 'valueMax', 'modifier'] as const) if (e[k] !== undefined) expect(f![k]).toBe(e[k]);
    }
  });

  it('marks vague magnitudes', () => {
    const [f] = facts('Thousands of fans lined the streets.');
    expect(f).toMatchObject({ text: 'Thousands', value: 1000, valueMax: 9999, vague: true });
  });

  it.each([
    'Voters should think twice before backing the plan.',
    'Residents will not pay twice for the same repairs.',
    'He once ran a bakery in Leeds.',
    'Once the votes are counted, the result will follow.',
    'The double act toured Europe.',
    'City won the double this season.',
    'Just once all the votes are in will the result be known.',
    'The gym doubled as a shelter during the storm.',
    'The party doubled down on its pledge.',
    'Profits rose in the first quarter.',
    'It was his first title in a quarter of a century.',
    'The central bank cut rates by a quarter point.',
    'The fans came in their thousands.',
    'She is the one who decided.',
    'Which one will voters choose?',
    'Sales rose in the first three months of the year.',
  ])('nothing in %s', (sentence) => {
    expect(facts(sentence).map((f) => f.text)).toEqual([]);
  });
});

// What a number counts or measures: the words a question stem is built from.
const COUNTS: Array<[string, string, string]> = [
  ['The death toll from the floods in Kenya has risen to 120.', '120', 'death toll'],
  ['Exports to the European Union rose 7.6%.', '7.6%', 'Exports'],
  ['Shipments to the U.S. rose 8.1% in June.', '8.1%', 'Shipments'],
  ['Sterling fell 0.4 per cent against the dollar.', '0.4 per cent', 'Sterling'],
  ['Spending on defence rose to £60bn.', '£60bn', 'Spending'],
  ['A crowd of 30,000 watched the final.', '30,000', 'crowd'],
  ['Ministers pledged £2bn for flood defences.', '£2bn', 'flood defences'],
  ['Revenue rose 12% year-on-year.', '12%', 'Revenue'],
  ['The vaccine was 85% effective.', '85%', 'vaccine'],
  ['Shares closed 3% higher.', '3%', 'Shares'],
  ['The win lifted them into the top four.', 'four', 'places'],
  ['The £3m scheme covers the town centre.', '£3m', 'scheme'],
  ['Less than 1% of global greenhouse gas emissions come from the region.', '1%', 'global greenhouse gas emissions'],
  ['He was doing 52mph at the time.', '52mph', 'mph'],
];

describe('extractNumbers: counted noun phrases', () => {
  it.each(COUNTS)('%s', (sentence, text, counts) => {
    expect(facts(sentence).find((f) => f.text === text)?.counts).toBe(counts);
  });

  it('reports a repeated measure once', () => {
    expect(facts('The goal is to limit warming to 1.5C. Scientists warn 1.5C is slipping away.').map((f) => f.text)).toEqual(['1.5C']);
  });
});

describe('extractNumbers: contract', () => {
  const body = [
    'Headline of the story',
    '',
    'Around 2,500 US soldiers are stationed in Iraq and another 900 in Syria.',
    'This browser does not support the video element.',
    'The US budget deficit is set to hit $368bn (£197bn) this year. Three people died.',
    'jd/sms (AFP, Reuters)',
  ].join('\n');

  it('returns offsets into the text, verbatim sentences, sorted by start', () => {
    const fs = extractNumbers(body, splitSentences(body));
    expect(fs.length).toBeGreaterThanOrEqual(5);
    for (const f of fs) {
      expect(body.slice(f.start, f.end)).toBe(f.text);
      expect(body).toContain(f.sentence);
      expect(f.sentence).toContain(f.text);
    }
    expect(fs.map((f) => f.start)).toEqual([...fs.map((f) => f.start)].sort((a, b) => a - b));
  });

  it('returns only the normative fields (plus valueMax for ranges)', () => {
    const [f] = extractNumbers('About 40% of voters stayed home.', splitSentences('About 40% of voters stayed home.'));
    expect(Object.keys(f!).sort()).toEqual(['counts', 'end', 'hedge', 'sentence', 'start', 'text', 'unit', 'value']);
  });

  it('skips furniture sentences', () => {
    const text = 'Video: 5,000 people marched\nWatch: 12 minutes of highlights\nFive people were hurt.';
    const fs = extractNumbers(text, splitSentences(text));
    expect(fs.map((f) => f.text)).toEqual(['Five']);
  });

  it('resolves "of them" from the previous sentence', () => {
    const fs = facts('Four of the “faithless” electors came from Washington. Three of them voted for Powell.');
    expect(fs.map((f) => [f.text, f.counts])).toEqual([
      ['Four', 'faithless electors'],
      ['Three', 'faithless electors'],
    ]);
  });

  it('reports a repeated figure once', () => {
    const fs = facts('Reviews into five other deaths were ruled out. The other five Iraqis did not die in custody.');
    expect(fs.map((f) => f.text)).toEqual(['five']);
  });

  it('reads a long adversarial input (runs of digits, dashes and letters) correctly', () => {
    const unit = '1,2,3,4,5 ' + '9'.repeat(60) + ' - -- '.repeat(60) + 'a'.repeat(3000) + ' of the of the. ';
    const bad = unit.repeat(20);
    const found = extractNumbers(bad, splitSentences(bad));
    // Speed is measured by `npm run bench:build`; here: the figures repeated in every sentence count once,
    // and nothing in the runs of dashes and letters is read as a number.
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((f) => f.value)).size).toBe(found.length);
    expect(found.some((f) => f.text === '9'.repeat(60))).toBe(true);
    for (const f of found) {
      expect(bad.slice(f.start, f.end)).toBe(f.text);
      expect(f.start % unit.length).toBeLessThan(70);
    }
  });
});

const ex = (text: string, value: number, extra: Partial<NumberFact> & { valueMax?: number } = {}): NumberFact => ({
  text, value, counts: '', sentence: text, start: 0, end: text.length, ...extra,
});

describe('formatLike', () => {
  it.each<[NumberFact, number, string]>([
    [ex('2,500', 2500), 3400, '3,400'],
    [ex('900', 900), 3400, '3,400'],
    [ex('1500', 1500), 2200, '2200'],
    [ex('two', 2), 3, 'three'],
    [ex('Four', 4), 7, 'Seven'],
    [ex('five', 5), 1500, '1,500'],
    [ex('Twenty-five', 25), 31, 'Thirty-one'],
    [ex('$368bn', 368e9), 412e9, '$412bn'],
    [ex('£197bn', 197e9), 250e9, '£250bn'],
    [ex('$4.5 billion', 4.5e9), 6e9, '$6 billion'],
    [ex('£10.42', 10.42), 11.5, '£11.50'],
    [ex('40%', 40), 35, '35%'],
    [ex('3.7 per cent', 3.7), 4.15, '4.2 per cent'],
    [ex('1.2 million', 1.2e6), 1.5e6, '1.5 million'],
    [ex('two million', 2e6), 3e6, 'three million'],
    [ex('$2-$3.8 trillion', 2e12, { valueMax: 3.8e12 }), 3e12, '$3-$5.7 trillion'],
    [ex('3-1', 3), 2, '2-1'],
    [ex('Father-of-two', 2), 3, 'Father-of-three'],
    [ex('19-year-old', 19), 22, '22-year-old'],
    [ex('half', 0.5), 1 / 3, 'a third'],
    [ex('two-thirds', 2 / 3), 0.75, 'three-quarters'],
    [ex('one in five', 0.2), 0.25, 'one in four'],
    [ex('140mph', 140), 120, '120mph'],
    [ex('minus 5', -5), -8, 'minus 8'],
    [ex('430 000', 430000), 512000, '512 000'],
    [ex('R1 200 000', 1.2e6), 950000, 'R950 000'],
  ])('%o as %d → %s', (example, value, expected) => {
    expect(formatLike(value, example)).toBe(expected);
  });

  it('renders every extracted fact of a sentence back to its own text', () => {
    const s = 'Around 2,500 US soldiers, $368bn, 40% of voters, two explosions and 1.2 million people.';
    for (const f of facts(s)) expect(formatLike(f.value, f)).toBe(f.text);
  });
});

/** The annotated corpus, when present (it is not shipped with the package). */
function corpusDir(): string | undefined {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
  const candidates = [process.env['NEWS_QUIZ_CORPUS'], join(root, 'test/fixtures/corpus'), join(root, 'corpus'), '/work/shared/corpus'];
  return candidates.find((d): d is string => !!d && existsSync(join(d, '00-seed-iraq-coalition.txt')));
}

const CORPUS = corpusDir();

describe.skipIf(!CORPUS)('extractNumbers on the annotated corpus', () => {
  const articles = CORPUS
    ? readdirSync(CORPUS)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => {
          const raw = readFileSync(join(CORPUS, f), 'utf8');
          const nl = raw.indexOf('\n\n');
          const ann = JSON.parse(readFileSync(join(CORPUS, f.replace(/\.txt$/, '.json')), 'utf8')) as {
            facts: { numbers: Array<{ value: number; sentence: string }> };
          };
          return { name: f, title: raw.slice(0, nl), body: raw.slice(nl + 2), gold: ann.facts.numbers };
        })
    : [];

  it('finds at least 90% of the annotated numbers (by value and sentence) with little noise', () => {
    let found = 0;
    let gold = 0;
    let extracted = 0;
    let correct = 0;
    for (const a of articles) {
      const fs = extractNumbers(a.body, splitSentences(a.body, a.title));
      const same = (x: { value: number; sentence: string }, y: { value: number; sentence: string }) =>
        Math.abs(x.value - y.value) < 1e-9 * Math.max(1, Math.abs(y.value)) && x.sentence === y.sentence;
      gold += a.gold.length;
      found += a.gold.filter((g) => fs.some((f) => same(f, g))).length;
      extracted += fs.length;
      correct += fs.filter((f) => a.gold.some((g) => same(f, g))).length;
    }
    expect(gold).toBeGreaterThan(20);
    expect(found / gold).toBeGreaterThanOrEqual(0.9);
    expect(correct / extracted).toBeGreaterThanOrEqual(0.85);
  });
});

describe('extractNumbers: Indian compound scales and day ranges', () => {
  it.each<[string, Array<[string, number]>]>([
    ['The state borrowed ₹4.5 lakh crore last year.', [['₹4.5 lakh crore', 4.5e12]]],
    ['Farm loans of Rs 1 lakh crore were waived, and ₹40,000 crore more is due.', [['Rs 1 lakh crore', 1e12], ['₹40,000 crore', 4e11]]],
    ['The port will cost ₹15 thousand crore.', [['₹15 thousand crore', 1.5e11]]],
    // A day range is a date, not two numbers.
    ['The festival runs from Aug. 14 to 16 in Edinburgh.', []],
    ['Voting takes place on 2-4 February.', []],
  ])('%s', (text, expected) => {
    expect(extractNumbers(text, splitSentences(text)).map((f) => [f.text, f.value])).toEqual(expected);
  });

  it('renders a lakh-crore distractor in the same scale', () => {
    expect(formatLike(3e12, ex('₹2.3 lakh crore', 2.3e12))).toBe('₹3 lakh crore');
  });
});

describe('extractNumbers: "half that" and repeated factors', () => {
  it.each<[string, Array<[string, number]>]>([
    ['The plant now produces barely half that amount.', [['half', 0.5]]],
    ['Officials expect about half those funds to arrive.', [['half', 0.5]]],
    // Each factor is its own fact, even when an earlier sentence has the same one.
    ['She has won the title twice. Her rival earns almost double her salary.', [['twice', 2], ['double', 2]]],
  ])('%s', (text, expected) => {
    expect(extractNumbers(text, splitSentences(text)).map((f) => [f.text, f.value])).toEqual(expected);
  });
});

describe('ordinals, infinitive factors, durations in words (round 3)', () => {
  it.each([
    ['The draw leaves Lyon fifth in the table, one point behind Monaco.', ['fifth', 5, 'ordinal', 'place']],
    ['The defeat drops United to ninth, their lowest position since 1990.', ['ninth', 9, 'ordinal', 'place']],
    ['Ferrari, 4th in the constructors standings, brought a new floor to Monza.', ['4th', 4, 'ordinal', 'place']],
    ['Okafor finished sixth in the 400m final.', ['sixth', 6, 'ordinal', 'place']],
    ['Mbeki equalised in the 63rd minute with a low shot.', ['63rd', 63, 'ordinal', 'minute']],
    ['A 90th-minute penalty settled the tie.', ['90th-minute', 90, 'ordinal', 'minute']],
    ['It was the mayor’s seventh veto this year.', ['seventh', 7, 'ordinal', 'veto']],
    ['The blaze is the city’s 21st since January and the fourth at a warehouse.', ['21st', 21, 'ordinal', 'occurrence'], ['fourth', 4, 'ordinal', 'occurrence']],
    ['Ministers agreed to triple spending on flood defences.', ['triple', 3, 'multiple', 'times']],
    ['The utility promised to double capacity at the plant.', ['double', 2, 'multiple', 'times']],
    ['She ran the charity for a decade until she retired.', ['a decade', 10, 'duration', 'years']],
    ['The patient was seen in less than an hour.', ['an hour', 1, 'duration', 'hours']],
    ['Set 240 to win, the visitors collapsed.', ['240', 240, 'count']],
  ] as Array<[string, ...Array<readonly unknown[]>]>)('%s', (s, ...want) => {
    const got = find(s);
    for (const w of want) expect(got).toContainEqual(expect.arrayContaining(w as unknown[]));
  });
  it.each([
    'The Ninth Circuit heard the appeal.',
    'The 82nd Airborne Division was deployed.',
    'Profit rose in the third quarter.',
    'She won a fourth Grand Slam title.',
    'It was his first win and the second of the tour.',
    'Fans queued on the third floor.',
    'The firm doubled down on its bet.',
    'The company was founded a decade ago.',
    'It was his first title in a quarter of a century.',
    'He earned $50,000 a year.',
    'The team’s eighth straight defeat ended the run.',
  ])('no ordinal, factor or duration in words: %s', (s) => {
    expect(facts(s).filter((f) => /ordinal|multiple|duration/.test(f.kind))).toEqual([]);
  });
  it('keeps a noun-counted repeat that an inferred count had matched ("143 for three" … "three wickets")', () => {
    const got = facts('They resumed on 143 for three. He took three wickets in 11 balls.');
    expect(got.filter((f) => f.value === 3)).toHaveLength(2);
  });
});

describe('extractNumberDetails: round 4 rules (race results, rand, margins, repeats)', () => {
  it.each([
    // Places in a race or table: after "started", "finishing", a copula or a name in a sports story, before "on" points.
    ['Alonso, who started ninth, finished the race in the points.', ['ninth', 9, 'ordinal', 'place']],
    ['Ocon claimed a point for Haas by finishing 10th in the race.', ['10th', 10, 'ordinal', 'place']],
    ['In the standings Bagnaia is second on 201 points, with Marquez on 190.', ['second', 2, 'ordinal', 'place']],
    ['Rossi, the nine-time champion, is seventh on 88.', ['seventh', 7, 'ordinal', 'place']],
    ['Vingegaard won the stage, with Pogacar third after a late attack.', ['third', 3, 'ordinal', 'place']],
    ['The rookie driver was eighth, while his team mate won the race.', ['eighth', 8, 'ordinal', 'place']],
    // Titles: "a three-time Olympic champion", "Seven-times world champion".
    ['A three-time Olympic champion, she retired in tears.', ['three-time', 3, 'count', 'times Olympic champion']],
    ['Seven-times world champion Lewis Hamilton finished fifth.', ['Seven-times', 7, 'count', 'times world champion']],
    // Race and lap times in seconds.
    ['Her winning time of 3:52.41 was a championship record.', ['3:52.41', 232.41, 'duration', 'seconds']],
    // South African rand.
    ['The rand slipped to R18.05 against the dollar.', ['R18.05', 18.05, 'money']],
    ['Eskom needs R254bn to fix its plants.', ['R254bn', 254e9, 'money']],
    // A margin after a name is a number, not a label ("Article 5"): "leaving Arsenal 4 points clear".
    ['The win left Arsenal 4 points clear at the top of the league.', ['4', 4, 'count', 'points']],
    // "one more" with a counted noun.
    ['The central bank expects one more hike this year.', ['one', 1, 'count']],
  ] as Array<[string, readonly unknown[]]>)('%s', (s, want) => {
    expect(find(s)).toContainEqual(expect.arrayContaining(want as unknown[]));
  });

  it.each([
    'It was second only to London in size.',
    'He was second in command of the unit.',
    'Let me try one more time.',
    'A one-time aide to the mayor was charged.',
    'The R445 road was closed after the crash.',
    'Apollo 11 astronauts landed on the moon.',
    'People were up at 4 in the morning.',
  ])('no number: %s', (s) => {
    expect(facts(s)).toEqual([]);
  });

  it('formats a race time like the article ("1:14.853")', () => {
    const ex = { text: '1:14.853', value: 74.853, counts: 'seconds', sentence: '', start: 0, end: 0 };
    expect([73.078, 65.5, 119.9996].map((v) => formatLike(v, ex))).toEqual(['1:13.078', '1:05.500', '2:00.000']);
  });

  it.each<[string, number[]]>([
    // Vague and exact amounts are different facts; "the other two" of "one of three" is the rest, not a repeat.
    ['Hospitals treated dozens of people. A 2023 quake killed more than a dozen people.', [12, 12]],
    ['Two guards were on duty. The raid was one of three this year. Police have not linked him to the other two.', [2, 3, 2]],
    ['Reviews into five other deaths were ruled out. The other five Iraqis did not die in custody.', [5]],
    // Two drivers in the same place at different moments are two facts.
    ['Norris started sixth in the final. Antonelli was sixth, while Perez was 10th in the final.', [6, 6, 10]],
  ])('repeats: %s', (s, values) => {
    expect(facts(s).map((f) => f.value)).toEqual(values);
  });
});

describe('extractNumbers: golf holes and places, ranks, margins, single and once', () => {
  it.each([
    // A hole, lap or inning after an ordinal; a bare one in a golf sentence.
    ['She chipped in for eagle on the 14th hole to take the lead.', [['14th', 14, 'ordinal', 'hole']]],
    ['He dropped shots at the third and ninth holes before the turn.', [['third', 3, 'ordinal', 'hole'], ['ninth', 9, 'ordinal', 'hole']]],
    ['The leader crashed out on the 23rd lap of the race.', [['23rd', 23, 'ordinal', 'lap']]],
    ['Park made a double bogey at the 17th, and her lead was gone.', [['17th', 17, 'ordinal', 'hole']]],
    // Shared and sole places.
    ['The Dane tied for fifth after a closing 70.', [['fifth', 5, 'ordinal', 'place']]],
    ['The Australian finished alone in second at 7 under.', [['second', 2, 'ordinal', 'place']]],
    // A rank in a table or ranking after "No.".
    ['She rose to No. 12 in the world rankings after the win.', [['12', 12, 'ordinal', 'place']]],
    ['The side climbed to No. 3 in the league table.', [['3', 3, 'ordinal', 'place']]],
    // A margin: "one shot behind" after "the day", a compound lead besides a margin of victory.
    ['The Korean began the day one shot behind the leader.', [['one', 1, 'count', 'shots']]],
    ['He won by three shots after a three-shot lead at the turn.', [['three', 3, 'count'], ['three', 3, 'count']]],
    // "once" beside "twice": a tally.
    ['She has won twice in Europe and once in Asia.', [['twice', 2, 'multiple'], ['once', 1, 'multiple']]],
    // "a single dose", "at half price", "a quarter-point cut".
    ['One needs only a single jab to be protected for life.', [['single', 1, 'count', 'jabs']]],
    ['Unsold stock will go at half price next week.', [['half', 0.5, 'fraction']]],
    ['Markets expect a half-point cut in June and a quarter-point cut in July.', [['half-point', 0.5, 'fraction', 'percentage points'], ['quarter-point', 0.25, 'fraction', 'percentage points']]],
  ] as Array<[string, Array<readonly unknown[]>]>)('%s', (s, want) => {
    const got = find(s);
    for (const w of want) expect(got).toContainEqual(expect.arrayContaining(w as unknown[]));
    expect(got.filter((g) => want.some((w) => w[0] === g[0] && w[1] === g[1])).length).toBe(want.length);
  });

  it.each([
    'The fourth “faithless” elector voted for someone else.',
    'He is a single father of two.',
    'I have never taken a single penny from them.',
    'The museum reopened on the 18th after repairs.',
    'She lives at No. 10 in the old quarter.',
    'Once the war ends, he said, the troops will leave.',
  ])('no such number: %s', (s) => {
    expect(find(s).filter((f) => f[2] === 'ordinal' || f[0] === 'single' || f[0] === 'once')).toEqual([]);
  });

  it('renders an ordinal with its suffix ("16th" → "21st", "2nd", "13th")', () => {
    const ex = { text: '16th', value: 16, counts: 'hole', sentence: '', start: 0, end: 0 };
    expect([21, 2, 3, 13, 12].map((v) => formatLike(v, ex))).toEqual(['21st', '2nd', '3rd', '13th', '12th']);
  });
});

describe('extractNumberDetails: currency prefixes beyond the dollar, pound, euro, yen and rupee', () => {
  const find = (s: string) => facts(s).map((f) => [f.text, f.value, f.kind] as const);
  it.each([
    ['The insurer will pay Rp 25 million to each family.', ['Rp 25 million', 25e6, 'money']],
    ['Petronas booked a charge of RM1.2 billion in the quarter.', ['RM1.2 billion', 1.2e9, 'money']],
    ['Lagos raised bus fares to ₦700 a trip.', ['₦700', 700, 'money']],
    ['The fine was ₩3 billion.', ['₩3 billion', 3e9, 'money']],
    ['Taipei set aside NT$80 billion for the programme.', ['NT$80 billion', 80e9, 'money']],
  ] as Array<[string, readonly unknown[]]>)('%s', (s, want) => {
    expect(find(s)).toContainEqual(expect.arrayContaining(want as unknown[]));
  });

  it.each(['The RM team met in Room 4.', 'Grade RM 5 students sat the test.'])('no money: %s', (s) => {
    expect(facts(s).filter((f) => f.kind === 'money')).toEqual([]);
  });
});

describe('extractNumberDetails: round 11 rules (spans after time verbs, irregular pasts, framed periods, merged bodies)', () => {
  const ofOne = (s: string) => facts(s).map((f) => [f.text, f.value] as const);
  // "a/an" + a time unit after a preposition or verb of time is one unit (value 1); a rate or a noun after it is not.
  it.each([
    ['The panel must report within a week, the minister said.', 'a week'],
    ['Talks on the border could take a year or more to finish.', 'a year'],
    ['Villagers now drive an hour to reach the nearest clinic.', 'an hour'],
    ['The striker has been out injured for a month.', 'a month'],
  ])('a span of one unit: %s', (s, text) => {
    expect(ofOne(s)).toContainEqual([text, 1]);
  });
  it.each([
    'Visitors can buy a ticket for a day pass at the gate.',
    'Patients take the pill twice a day.',
    'Nurses are paid $25 an hour.',
    'The march was planned for a week of protests.',
  ])('no span: %s', (s) => {
    expect(facts(s).filter((f) => /^an? /.test(f.text))).toEqual([]);
  });
  // "twice" after an irregular past verb is how often it happened; "thought twice" is an idiom.
  it('counts "twice" after an irregular past verb', () => {
    expect(ofOne('Gunmen struck the convoy twice before dawn.')).toContainEqual(['twice', 2]);
    expect(ofOne('The minister thought twice about resigning.')).toEqual([]);
  });
  // A framing word ("past", "next", "first") makes a period a fact of its own, even with the same number.
  it('keeps "over five years" and "four of the past five years" as two facts', () => {
    const s = 'The owner will invest $20 million over five years. The mill has lost money in four of the past five years.';
    expect(ofOne(s).filter(([, v]) => v === 5)).toHaveLength(2);
    const t = 'The plan runs for the next five years. Over the next five years, rents will rise.';
    expect(ofOne(t).filter(([, v]) => v === 5)).toHaveLength(1);
  });
  // A merger's "a single body" is one body made of several, not a count.
  it.each([
    ['Ministers will replace the three agencies with a single regulator.', false],
    ['The two councils were merged into a single authority.', false],
    ['Children were vaccinated with a single dose.', true],
  ])('"single": %s', (s, counted) => {
    expect(facts(s).some((f) => f.text === 'single')).toBe(counted);
  });
});

describe('extractNumberDetails: round 12 rules (East African shillings, hyphenated scales, emergency numbers)', () => {
  const find = (s: string) => facts(s).map((f) => [f.text, f.value, f.kind, f.currency, f.counts] as const);
  it.each([
    ['The county owes suppliers Sh4.3 billion, the auditor said.', ['Sh4.3 billion', 4.3e9, 'money']],
    ['Bus operators raised the fare to Sh150 a trip.', ['Sh150', 150, 'money']],
    ['Each farmer received KSh 12,000 in compensation.', ['KSh 12,000', 12000, 'money', 'KES']],
    ['The ministry budgeted USh3.5 trillion for roads.', ['USh3.5 trillion', 3.5e12, 'money', 'UGX']],
    ['Dar es Salaam port fees rose to TSh45,000 per container.', ['TSh45,000', 45000, 'money', 'TZS']],
    ['Residents raised Shs20 million for the clinic.', ['Shs20 million', 20e6, 'money']],
    ['Alberta announced a $2.7-billion spending plan on Thursday.', ['$2.7-billion', 2.7e9, 'money']],
    ['The club agreed a £45-million transfer fee.', ['£45-million', 45e6, 'money']],
  ] as Array<[string, readonly unknown[]]>)('%s', (s, want) => {
    expect(find(s)).toContainEqual(expect.arrayContaining(want as unknown[]));
  });

  it('counts a bare shilling amount in shillings, with no guessed currency code', () => {
    const [f] = facts('He paid Sh5,000.');
    expect(f).toMatchObject({ text: 'Sh5,000', value: 5000, kind: 'money', counts: 'shillings' });
    expect(f!.currency).toBeUndefined();
  });

  it('reads a hyphenated amount as one figure, not a second bare one', () => {
    expect(find('Ottawa signed a $310-million settlement with the band.').map(([t]) => t)).toEqual(['$310-million']);
  });

  it.each([
    'Neighbours made the first 911 call shortly after midnight.',
    'She dialled 999 when the smoke reached the stairs.',
    'A caller rang 000 to report the crash.',
    'The 112 emergency line was overwhelmed.',
  ])('no emergency number: %s', (s) => {
    expect(facts(s).map((f) => f.value).filter((v) => [911, 999, 0, 112].includes(v))).toEqual([]);
  });

  it.each([
    ['Police called 112 witnesses over three months.', 112],
    ['The fund supported 911 families last year.', 911],
  ])('still counts: %s', (s, v) => {
    expect(facts(s).map((f) => f.value)).toContain(v);
  });
});

describe('extractNumbers: round 13 rules (a list\'s last count, "another", a recurring interval)', () => {
  it.each<[string, number, number]>([
    // The last of a list of counts, its noun left out: "and one abstaining".
    ['The panel split three to two, with two judges dissenting and one abstaining.', 1, 1],
    // "Another 50 basis points" is a new instance, not a repeat of the first.
    ['Rates rose by 50 basis points in May. Analysts expect another 50 basis points in July.', 50, 2],
    // "Every five years" is a recurring interval, not a repeat of a stated period; nor is its "instead of seven".
    ['He served five years in prison. Auditors must now be replaced every five years instead of seven.', 5, 2],
    ['He served seven years in prison. Auditors must now be replaced every five years instead of seven.', 7, 2],
    // A true repeat stays one fact.
    ['He served five years in prison. The five years broke him.', 5, 1],
  ])('%s → %d counted %d times', (s, value, times) => {
    expect(facts(s).filter((f) => f.value === value)).toHaveLength(times);
  });
});

describe('extractNumbers: round 14 rules (currency codes, a year before an amount, emphasis, a named one, a match days ago)', () => {
  it.each<[string, string, number, string]>([
    // An ISO code of a traded currency before the amount is money in that currency.
    ['The cabinet approved a NIS 48 billion housing plan.', 'NIS 48 billion', 48e9, 'ILS'],
    ['The utility raised USD 750 million in bonds.', 'USD 750 million', 750e6, 'USD'],
    ['Dubai firms paid AED 1.2bn in fees.', 'AED 1.2bn', 1.2e9, 'AED'],
    ['Lenders wrote off RMB 30 billion of debt.', 'RMB 30 billion', 30e9, 'CNY'],
  ])('%s', (s, text, value, currency) => {
    expect(facts(s)).toContainEqual(expect.objectContaining({ text, value, kind: 'money', currency }));
  });

  it.each([
    'Delegates met at COP 28 in Dubai.',
    'The FTSE 100 fell sharply.',
  ])('no currency code in a name: %s', (s) => {
    expect(facts(s).filter((f) => f.kind === 'money')).toEqual([]);
  });

  it.each<[string, string[]]>([
    // A year then a new level is no range: the amount is a fact, the year is not.
    ['The city raised its police budget for 2027 to 2.4 billion rupees.', ['2.4 billion']],
    ['Exports climbed in 2025 to $310 million.', ['$310 million']],
    // A year range stays no number.
    ['Output doubled from 2015 to 2020.', ['doubled']],
    // "In a single year" is the frame of an emphasis, not a count; "a single day" given is one.
    ['Fees went up by as much as 9% in a single year.', ['9%']],
    ['The agency was given a single day to reply.', ['single']],
    // "One tenant, Mary Byrne, said": one of them, named; "one person died" counts.
    ['One resident, Aoife Brennan, said the lift had been broken for weeks.', []],
    ['One person died and four were hurt.', ['One', 'four']],
    // A number after a label word is a count when a time back follows: "won a match nine days ago".
    ['We beat them in a league match six days ago.', ['six']],
    ['They played game seven on Sunday.', []],
  ])('%s', (s, texts) => {
    expect(facts(s).map((f) => f.text)).toEqual(texts);
  });
});

describe('extractNumbers: round 15 rules (rand and peso prefixes, estimates written in full, "and a half")', () => {
  it.each<[string, string, number, string]>([
    // The rand's "R" before a hyphenated scale; the Philippine peso's bare "P" only before a scale word.
    ['The province set aside R450-million for new clinics.', 'R450-million', 450e6, 'ZAR'],
    ['The metro owes Eskom R2.3-billion.', 'R2.3-billion', 2.3e9, 'ZAR'],
    ['Lawmakers questioned the P85-million flood control project.', 'P85-million', 85e6, 'PHP'],
    ['The agency asked for P2.4 billion more next year.', 'P2.4 billion', 2.4e9, 'PHP'],
    ['Congress approved a P6.3-trillion budget.', 'P6.3-trillion', 6.3e12, 'PHP'],
  ])('%s', (s, text, value, currency) => {
    expect(facts(s)).toContainEqual(expect.objectContaining({ text, value, kind: 'money', currency }));
  });

  it.each([
    'He handed in his P45 and left the firm.',
    'The drug passed a P2 trial on schedule.',
    'Traffic was diverted onto the R21 near the airport.',
  ])('no rand or peso without a scale word: %s', (s) => {
    expect(facts(s).filter((f) => f.kind === 'money')).toEqual([]);
  });

  it.each<[string, Array<[string, number, number?]>]>([
    // An estimate's ends written in full after "at", "of", "to" or a copula: one range.
    ['Insurers put the losses at 40 million to 45 million dollars.', [['40 million to 45 million', 40e6, 45e6]]],
    ['The target is 2.5% to 3%.', [['2.5% to 3%', 2.5, 3]]],
    ['Analysts cut their forecast to about $7bn to $8bn.', [['$7bn to $8bn', 7e9, 8e9]]],
    // A change and a new level, a descending pair, a list: two facts.
    ['Net income rose $2 billion to $9 billion.', [['$2 billion', 2e9], ['$9 billion', 9e9]]],
    ['Its share fell from 12% to 9%.', [['12%', 12], ['9%', 9]]],
    ['Turnout was 61% and 64% in the last rounds.', [['61%', 61], ['64%', 64]]],
  ])('%s', (sentence, expected) => {
    expect(facts(sentence).filter((f) => f.kind !== 'duration').map((f) => [f.text, f.value, f.valueMax].filter((x) => x !== undefined))).toEqual(expected);
  });

  it.each<[string, string, number, string]>([
    ['The mine stayed closed for three and a half years.', 'three and a half', 3.5, 'years'],
    ['Volunteers walked one and a half miles to the shelter.', 'one and a half', 1.5, 'miles'],
  ])('%s', (s, text, value, counts) => {
    expect(facts(s)).toContainEqual(expect.objectContaining({ text, value, counts }));
  });

  it('keeps "and a half" before a scale word out of the number: "two and a half thousand"', () => {
    expect(facts('Two and a half thousand fans queued.').map((f) => f.value)).not.toContain(2.5);
  });
});

describe('extractNumbers: round 16 rules (any ISO code with a scale word, "mln"/"bln", naira, cedi and taka signs, shares of a split)', () => {
  it.each<[string, string, number, string]>([
    // Any three-letter ISO 4217 code before an amount with a scale word, and the agency scales "mln", "bln".
    ['The state lender posted a profit of HUF 42.5 bln last year.', 'HUF 42.5 bln', 42.5e9, 'HUF'],
    ['The port operator will invest BGN 120 million in new cranes.', 'BGN 120 million', 120e6, 'BGN'],
    ['Exports reached EUR 815 mln in the first quarter.', 'EUR 815 mln', 815e6, 'EUR'],
    ['Kazakhstan set aside KZT 2.1 trillion for roads.', 'KZT 2.1 trillion', 2.1e12, 'KZT'],
    // The naira's "N" with comma groups or a scale word; the cedi and the taka.
    ['A bag of rice now costs N78,500 in Kano.', 'N78,500', 78500, 'NGN'],
    ['The state approved N1.7bn for school meals.', 'N1.7bn', 1.7e9, 'NGN'],
    ['Traders paid GH¢2,400 for a tonne of maize.', 'GH¢2,400', 2400, 'GHS'],
    ['The ministry released Tk 350 crore for flood relief.', 'Tk 350 crore', 3.5e9, 'BDT'],
  ])('%s', (s, text, value, currency) => {
    expect(facts(s)).toContainEqual(expect.objectContaining({ text, value, kind: 'money', currency }));
  });

  it.each([
    'Nurses were short of N95 masks.',
    'The NHS 2 million figure was disputed.',
    'Drivers were diverted onto the N7 near the border.',
  ])('no money from a bare "N" or a code after "the": %s', (s) => {
    expect(facts(s).filter((f) => f.kind === 'money')).toEqual([]);
  });

  it.each<[string, Array<[string, number]>]>([
    // A fraction opening an item of a split, beside another share, is a fact.
    ['Of the levy, 10% funds the regulator; half goes to local councils and a quarter to rural roads.', [['10%', 10], ['half', 0.5], ['a quarter', 0.25]]],
    ['The prize money is shared out: a third to the winner, the rest split among the crew.', [['a third', 1 / 3]]],
  ])('%s', (s, expected) => {
    expect(facts(s).map((f) => [f.text, f.value])).toEqual(expected);
  });

  it.each([
    'Half is better than nothing, she said.',
    'At half time, the visitors led.',
    'She arrived at a quarter to nine, with 20% of the seats empty.',
  ])('no share without a split: %s', (s) => {
    expect(facts(s).filter((f) => f.kind === 'fraction')).toEqual([]);
  });
});

describe('extractNumbers: round 17 rules (a unit after a name, a currency after a place, periods told apart by their unit)', () => {
  it.each<[string, Array<[string, number]>]>([
    // A label ("Article 5") never carries a unit: after a name, a percentage, a currency or a time unit is a fact.
    ['Labour took 38.5 per cent of the vote, Reform 21.3 per cent and the Greens 9.8 per cent.', [['38.5 per cent', 38.5], ['21.3 per cent', 21.3], ['9.8 per cent', 9.8]]],
    ['Stewards fined Ferrari 10,000 euros and handed Leclerc 5 seconds.', [['10,000', 10000], ['5', 5]]],
    ['Officials fined Sky Racing 800 Swiss francs.', [['800', 800]]],
  ])('%s', (s, expected) => {
    expect(facts(s).map((f) => [f.text, f.value])).toEqual(expected);
  });

  it.each([
    'The rules are set out in Article 5 of the treaty.',
    'He bought an iPhone 15 last year.',
  ])('a label stays no number: %s', (s) => {
    expect(facts(s)).toEqual([]);
  });

  it('counts a sum in a currency named with its place, with no wrong code', () => {
    const [f] = facts('They paid 40 Hong Kong dollars each.');
    expect(f).toMatchObject({ value: 40, kind: 'money', counts: 'Hong Kong dollars' });
    expect(f!.currency).toBeUndefined();
    expect(facts('They paid 40 dollars each.')[0]).toMatchObject({ value: 40, kind: 'money', currency: 'USD' });
  });

  it.each<[string, number]>([
    // "the six days" repeats no earlier "six years"; "the five others" still repeats "five".
    ['She has raced here since she was seven years old. Crowds lined the roads across the seven days.', 2],
    ['Seven days of rain flooded the valley. The seven days cost farmers dearly.', 1],
  ])('%s', (s, n) => {
    expect(facts(s).filter((f) => f.value === 7)).toHaveLength(n);
  });
});

describe('extractNumbers: round 18 rules (times, "m" before currency or a counted noun, named owners, editions)', () => {
  it.each<[string, Array<[string, number]>]>([
    // "N times" after a name is a count, not a label.
    ['The probe orbited Mars 112 times before it failed.', [['112', 112]]],
    // A bare "m" is million before a currency word or a noun and a plural, metres after an article or before a singular.
    ['The film cost 25m rupiah and sold 4m theatre seats.', [['25m', 25e6], ['4m', 4e6]]],
    ['She won the 200m relay heats and climbed a 30m cliff.', [['200m', 200], ['30m', 30]]],
    // A digit ordinal of an edition or a run.
    ["The fair's 61st edition opens in June.", [['61st', 61]]],
    ['It was the 14th consecutive quarter of growth.', [['14th', 14]]],
  ])('%s', (s, expected) => {
    expect(facts(s).map((f) => [f.text, f.value])).toEqual(expected);
  });

  it('keeps a figure a named owner sets apart from the same figure before', () => {
    expect(facts("Guests resent a 7% charge. They say Leeds's 7% charge is steep.").filter((f) => f.value === 7)).toHaveLength(2);
    expect(facts("Guests resent Leeds's 7% charge. They say Leeds's 7% charge is steep.").filter((f) => f.value === 7)).toHaveLength(1);
  });
});

describe('extractNumbers: thousands grouped by spaces', () => {
  it.each<[string, Array<[string, number]>]>([
    ['The strike left 380 000 households without water.', [['380 000', 380000]]],
    ['The mine will lay off 3 200 workers this year.', [['3 200', 3200]]],
    ['The council spent R2 750 000 on the new clinic.', [['R2 750 000', 2750000]]],
    ['Turnout reached 4 512 300 voters.', [['4 512 300', 4512300]]],
    ['Each family received R1 500.50 in relief.', [['R1 500.50', 1500.5]]],
    // Two figures side by side stay two: a year, a date, a label word, a score, a phone number, a list.
    ['In 2024 600 people applied.', [['600', 600]]],
    ['In 2024 600 000 people applied.', [['600 000', 600000]]],
    ['On June 4 250 delegates arrived.', [['250', 250]]],
    ['A man aged 45 300 metres away saw the crash.', [['45', 45], ['300', 300]]],
    ['Call 021 555 7890 for details.', [['555', 555], ['7890', 7890]]],
    ['The agency counted 7 000 and 9 000 claims in the two regions.', [['7 000', 7000], ['9 000', 9000], ['two', 2]]],
  ])('%s', (s, expected) => {
    expect(facts(s).map((f) => [f.text, f.value])).toEqual(expected);
  });

  it('keeps the sentence as written and renders distractors in its grouping', () => {
    const s = 'Nearly 26 400 learners sat the exam.';
    const [f] = facts(s);
    expect(f?.sentence).toBe(s);
    expect(formatLike(f!.value, f!)).toBe('26 400');
    expect(formatLike(31000, f!)).toBe('31 000');
  });
});
