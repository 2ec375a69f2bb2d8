import { describe, expect, it } from 'vitest';
import { actorQuestion, dateQuestion, numberQuestion, wordCount, BLANK, type QuestionContext } from '../../src/core/questions.js';
import { actorCandidates, actorDistractors, dateDistractors, hedgeBefore, isAliasOf, isCleanNumberText, parseDateParts, sameName, shapeOf } from '../../src/core/distractors.js';
import { parseEstimateFormat } from '../../src/core/estimate.js';
import { formatLike } from '../../src/core/numbers.js';
import { wordValue } from '../../src/core/number-words.js';
import { createRng } from '../../src/core/random.js';
import { extractDates } from '../../src/core/dates.js';
import { splitSentences } from '../../src/core/text.js';
import type { Actor, ActorKind, DateFact, Facts, NumberFact } from '../../src/core/types.js';

/** Locates `span` (the `nth` occurrence) in `text` with its sentence. */
function at(text: string, span: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(span, start + 1);
  if (start < 0) throw new Error(`not in text: ${span}`);
  const s = splitSentences(text).find((x) => x.start <= start && x.end >= start + span.length)!;
  return { text: span, sentence: s.text, start, end: start + span.length };
}

function num(text: string, span: string, value: number, counts: string, extra: Partial<NumberFact> = {}): NumberFact {
  return { ...at(text, span), value, counts, ...extra };
}

function date(text: string, span: string, iso: string | null, precision: DateFact['precision']): DateFact {
  return { ...at(text, span), iso, precision };
}

function actor(text: string, name: string, kind: ActorKind, aliases: string[] = []): Actor {
  const mentions = [name, ...aliases].flatMap((form) => {
    const out = [];
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      const before = text[i - 1];
      const after = text[i + form.length];
      if ((before && /\w/.test(before)) || (after && /\w/.test(after))) continue;
      out.push(at(text, form, out.length));
    }
    return out;
  });
  return { name, aliases, kind, mentions };
}

function context(text: string, facts: Partial<Facts>, datePublished?: string, seed = 1): QuestionContext {
  return {
    text,
    sentences: splitSentences(text),
    facts: { numbers: [], dates: [], actors: [], ...facts },
    rng: createRng(seed),
    formatNumber: formatLike,
    ...(datePublished ? { datePublished } : {}),
  };
}

const key = (q: { choices: string[]; answer: number }): string => q.choices[q.answer]!;

describe('number questions', () => {
  const text =
    'Around 2,500 US soldiers are stationed in Iraq and another 900 in Syria to prevent a resurgence of the group.\n' +
    'Two explosions killed nearly 100 people on Wednesday at the memorial in the city.';
  const soldiers = num(text, '2,500', 2500, 'US soldiers', { hedge: 'around' });
  const syria = num(text, '900', 900, 'US soldiers');
  const killed = num(text, '100', 100, 'people', { hedge: 'nearly' });

  it('asks a wh-question that keeps the hedge when the figure opens the sentence', () => {
    const q = numberQuestion(soldiers, context(text, { numbers: [soldiers, syria, killed] }))!;
    expect(q.prompt).toBe('About how many US soldiers are stationed in Iraq?');
    expect(key(q)).toBe('2,500');
    expect(q.choices).toHaveLength(4);
    expect(q.source.sentence).toBe(text.slice(q.source.start, q.source.end));
  });

  it.each([
    ['More than 31,000 people registered as candidates, the electoral institute said.', 'More than how many people registered as candidates?'],
    ['More than 31,000 people registered as candidates, said Guadalupe Taddei, the head of the electoral institute.', 'More than how many people registered as candidates?'],
    ['More than 31,000 people registered as candidates, Deputy Interior Minister Augustine F. Kollie told lawmakers last month.', 'More than how many people registered as candidates?'],
    ['More than 31,000 people registered as candidates, she said, but many withdrew before the vote.', 'More than how many people registered as candidates?'],
  ])('leaves an attribution out of a wh-question: %s', (sentence, prompt) => {
    const t = `${sentence} Another 4,200 withdrew.`;
    const n = num(t, '31,000', 31000, 'people', { hedge: 'more than' });
    const q = numberQuestion(n, context(t, { numbers: [n, num(t, '4,200', 4200, '')] }));
    expect(q?.prompt).toBe(prompt);
  });

  it.each([
    // A clause after a spaced dash goes.
    ['The club sold 4,500 season tickets in a week – a record for the league, its chairman said.', `The club sold ${BLANK} season tickets in a week.`],
    // A dash that closes an aside opened before the blank ends no clause: the sentence stays whole.
    [
      'The members – Cyprus, Egypt and Jordan, which pays 4,500 dinars – have kept the project running through wars and a pandemic.',
      `The members – Cyprus, Egypt and Jordan, which pays ${BLANK} dinars – have kept the project running through wars and a pandemic.`,
    ],
    // An aside between two dashes after the blank ends no clause: the clause goes on after it (it kept no verb before).
    [
      'Analysts said 4,500 people in the region -- nearly a quarter of the population -- face crisis levels of hunger.',
      `Analysts said ${BLANK} people in the region -- nearly a quarter of the population -- face crisis levels of hunger.`,
    ],
    [
      'Analysts said 4,500 people in the region -- nearly a quarter of the population -- face crisis levels of hunger -- a record.',
      `Analysts said ${BLANK} people in the region -- nearly a quarter of the population -- face crisis levels of hunger.`,
    ],
  ])('blanks "%s" as a whole clause', (sentence, prompt) => {
    const n = num(sentence, '4,500', 4500, '', {});
    const q = numberQuestion(n, context(sentence, { numbers: [n] }));
    expect(q?.prompt).toBe(prompt);
  });

  it('offers sibling figures and their sum beside the key, ordered by value', () => {
    const q = numberQuestion(soldiers, context(text, { numbers: [soldiers, syria, killed] }))!;
    expect(q.choices).toContain('900');
    expect(q.choices).toContain('3,400');
    expect(q.choices).not.toContain('100'); // people, not soldiers
    const values = q.choices.map((c) => Number(c.replace(/,/g, '')));
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it('blanks only the figure in a fill-in-the-blank prompt, keeping the hedge', () => {
    const q = numberQuestion(killed, context(text, { numbers: [soldiers, syria, killed] }))!;
    expect(q.form).toBe('cloze');
    expect(q.prompt).toContain(`nearly ${BLANK} people`);
    expect(q.prompt).not.toMatch(/\b100\b/);
    // "nearly 100": distractors stand well apart from the key.
    for (const c of q.choices.filter((c) => c !== '100')) expect(Math.abs(Number(c) - 100)).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ['given by the extractor', { hedge: 'more than', unit: '$' }],
    ['only in the text', { unit: '$' }],
  ])('keeps distractors above a "more than" figure (hedge %s), where a smaller one would also be true', (_how, extra) => {
    const t = 'In November, the gap between exports and imports widened to more than $60bn, a record figure.';
    const gap = num(t, '$60bn', 60e9, 'trade gap', extra);
    for (const seed of [1, 2, 3, 4, 5]) {
      const q = numberQuestion(gap, context(t, { numbers: [gap] }, undefined, seed))!;
      for (const c of q.choices) expect(Number(c.replace(/[$bn]/g, ''))).toBeGreaterThanOrEqual(60);
      for (const c of q.choices) expect(c).toMatch(/^\$\d+(?:\.\d+)?bn$/);
    }
  });

  it.each([
    ['Lufthansa (LHAG.DE), opens new tab said 1.6% of its flights were cancelled on Tuesday because of the strike.'],
    ['Rival Air France-KLM (AFLY.PA), opens in a new window said 1.6% of its flights were hit on Tuesday.'],
  ])('leaves a link\'s "opens new tab" note out of the prompt: %s', (t) => {
    const pct = num(t, '1.6%', 1.6, 'shares', { unit: '%' });
    const q = numberQuestion(pct, context(t, { numbers: [pct] }))!;
    expect(q.prompt).not.toMatch(/opens|new (tab|window)/);
    expect(q.source.sentence).toBe(t); // the cited source stays verbatim
  });

  it.each([
    ['81%', 'Some 81% of members backed the deal and 50% of them voted, the union said on Friday.', 81, '50%', 50],
    ['60 per cent', 'About 60 per cent of voters turned out, and 45 per cent backed the mayor, officials said.', 60, '45 per cent', 45],
  ])('never offers a share above 100 per cent beside %s (no sum of two shares)', (span, t, value, other, otherValue) => {
    const f = num(t, span, value, 'members', { unit: '%' });
    const g = num(t, other, otherValue, 'members', { unit: '%' });
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const q = numberQuestion(f, context(t, { numbers: [f, g] }, undefined, seed))!;
      for (const c of q.choices) expect(Number(c.replace(/[^\d.]/g, ''))).toBeLessThanOrEqual(100);
    }
  });

  it.each([
    ['four', 'The hospital has lost money in four of the past five years, its accounts show.', 4, 'years', 5],
    ['14', 'More than 180,000 people in 14 of the island\'s 25 districts have been affected, officials said.', 14, 'districts', 25],
    ['7', 'Judges ruled 7 of 9 counts unlawful on Tuesday.', 7, 'counts', 9],
  ])('never offers more than the whole beside "%s of …"', (span, t, value, counts, whole) => {
    const f = num(t, span, value, counts);
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const q = numberQuestion(f, context(t, { numbers: [f] }, undefined, seed));
      for (const c of q?.choices ?? []) expect(wordValue(c) ?? Number(c.replace(/,/g, ''))).toBeLessThanOrEqual(whole);
    }
  });

  it.each([
    ['a year written as a number', 'Iraq claimed to have defeated the group in 2017, officials said.', '2017', 2017],
    ['a range', 'The plan could cost $2-$3.8 trillion over ten years, analysts said.', '$3.8 trillion', 3.8e12],
    ['part of a compound', 'Bret Chiafalo and 19-year-old Levi Guerra voted for Colin Powell.', '19', 19],
  ])('asks nothing about %s', (_label, t, span, value) => {
    const f = num(t, span, value, 'things');
    expect(numberQuestion(f, context(t, { numbers: [f] }))).toBeUndefined();
  });

  it('never asks about a bracketed conversion, and drops it from the prompt of the figure it converts', () => {
    const t = 'The US budget deficit is set to hit a worse-than-expected $368bn (£197bn) this year, officials said on Tuesday.';
    const usd = num(t, '$368bn', 368e9, 'deficit', { unit: '$' });
    const gbp = num(t, '£197bn', 197e9, 'deficit', { unit: '£' });
    const ctx = context(t, { numbers: [usd, gbp] });
    expect(numberQuestion(gbp, ctx)).toBeUndefined();
    const q = numberQuestion(usd, ctx)!;
    expect(q.prompt).not.toContain('197');
    expect(q.choices.every((c) => c.startsWith('$'))).toBe(true);
  });

  it('asks nothing about a sentence that is page furniture', () => {
    const t = 'Around 2,500 soldiers are stationed in the country, officials said.\nImage caption: Some 300 soldiers arrived at the base in the north on Monday.';
    const body = num(t, '2,500', 2500, 'soldiers', { hedge: 'around' });
    const caption = num(t, '300', 300, 'soldiers', { hedge: 'some' });
    const ctx = context(t, { numbers: [body, caption] });
    expect(ctx.sentences.find((s) => s.text.startsWith('Image caption'))?.furniture).toBe(true);
    expect(numberQuestion(caption, ctx)).toBeUndefined();
    expect(numberQuestion(body, ctx)).toBeDefined();
  });
});

describe('date questions', () => {
  it('turns a main-clause date into "On which day did …?" with weekdays of the week before publication', () => {
    const t = 'The High Court ruled on Tuesday that the death fell within the convention. The judges were clear.';
    const d = date(t, 'Tuesday', '2004-12-14', 'day');
    const q = dateQuestion(d, context(t, { dates: [d] }, '2004-12-15'))!;
    expect(q.prompt).toBe('On which day did the High Court rule that the death fell within the convention?');
    expect(key(q)).toBe('Tuesday');
    // Published Wednesday 15 December: the other choices are days of the week before it.
    expect(q.choices.filter((c) => c !== 'Tuesday').every((c) => ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Wednesday'].includes(c))).toBe(true);
  });

  it('keeps the capital of a portfolio before a title in the question\'s subject', () => {
    const t = 'Interior Minister Carlos Negro announced the seizure on Tuesday at the port. Police were there.';
    const d = date(t, 'Tuesday', '2026-04-07', 'day');
    const q = dateQuestion(d, context(t, { dates: [d] }, '2026-04-08'));
    expect(q?.prompt).toBe('On which day did Interior Minister Carlos Negro announce the seizure at the port?');
  });

  it('keeps the sentence when the date belongs to a relative clause, not the main verb', () => {
    const t = 'The prime minister attended a memorial for Qassem Soleimani, who was killed in a strike in Baghdad in 2020.';
    const d = date(t, '2020', '2020', 'year');
    const q = dateQuestion(d, context(t, { dates: [d] }, '2024-01-05'))!;
    expect(q.form).toBe('cloze');
    expect(q.prompt).toBe(`The prime minister attended a memorial for Qassem Soleimani, who was killed in a strike in Baghdad in ${BLANK}.`);
    // A past event: no year after publication.
    for (const c of q.choices) expect(Number(c)).toBeLessThanOrEqual(2024);
  });

  it('only offers earlier years for "since" (a later year would also be true)', () => {
    const t = 'There has not been more than one faithless elector in any election since 1948, records show.';
    const d = date(t, '1948', '1948', 'year');
    for (const seed of [1, 2, 3]) {
      const q = dateQuestion(d, context(t, { dates: [d] }, undefined, seed))!;
      for (const c of q.choices) expect(Number(c)).toBeLessThanOrEqual(1948);
    }
  });

  it.each([
    ['2021', 'The plant spilled sewage into the river between 2021 and 2022, the regulator said.', (c: number) => c < 2022],
    ['2022', 'The plant spilled sewage into the river between 2021 and 2022, the regulator said.', (c: number) => c > 2021],
    ['2011', 'The drought lasted from 2011 to 2012, officials said.', (c: number) => c < 2012],
  ])('keeps a period\'s bounds in order: %s in "%s"', (span, t, fits) => {
    const d = date(t, span, span, 'year');
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const q = dateQuestion(d, context(t, { dates: [d] }, '2026-03-01', seed));
      for (const c of q?.choices ?? []) expect(fits(Number(c))).toBe(true);
    }
  });

  it.each([
    ['a participle before the date, the main verb after it', 'A peace accord signed in December set a timetable for new elections.', 'December', 'month'],
    ['a second date coordinated with it', 'Prices rose on deals agreed in December and January, the survey showed.', 'December', 'month'],
    ['a subject that is a conjunction and a pronoun', 'But it is twice the fine the regulator imposed on a rival in December, the first under the law.', 'December', 'month'],
    // "In which year did output fall to 3.4m tonnes …?": it fell last year; 2024 dates the figure it fell from.
    ['the date of a baseline figure', 'Output at the mine fell to 3.4 million tonnes from 5.1 million tonnes in 2024, the company said.', '2024', 'year'],
    ['a verb after an infinitive ("aims to lift sales of locally produced drugs … in 2030")', 'Norvik aims to lift sales of locally produced drugs to more than 2 trillion yen in 2030, roughly twice the level of 2022.', '2030', 'year'],
    ['the date of an event after "ahead of"', 'Investors are also wary ahead of a presidential election on May 31.', 'May 31', 'day'],
    ['the date of a figure compared with', 'Sales rose to 900 units, up from 700 units in 2024.', '2024', 'year'],
    ['the date of a figure it is measured against', 'Exports climbed to 4.1 million tonnes against 3.6 million tonnes in 2024.', '2024', 'year'],
    ['the date of what a figure is compared with ("less … than in 2008")', 'Resident doctors are still paid about a fifth less in real terms than in 2008, the union says.', '2008', 'year'],
    ['the date of a figure it is higher than', 'Exports climbed to 4.1 million tonnes higher than 3.6 million tonnes in 2024.', '2024', 'year'],
    ['a date in an opening prepositional phrase', 'Under the scheme approved by the cabinet on March 3, the port will be sold to a new owner.', 'March 3', 'day'],
    ['a date in an opening phrase with "after"', 'After talks held in Geneva in June, the two sides agreed to a ceasefire.', 'June', 'month'],
    ['a participle\'s date after the main verb\'s object', 'The court struck down the law passed by parliament in May, the judges said.', 'May', 'month'],
    ['a participle\'s date before a possessive clause', 'The club broke the league record set by its rival on Nov. 3, 2019.', 'Nov. 3, 2019', 'day'],
    ['a reported clause cut before its verb', 'Transport Minister Catherine King announced on Monday that two fuel tankers and a cargo ship would be chartered.', 'Monday', 'day'],
    ['the date of a period\'s end', 'The package would cost about $3.1 million through the end of the fiscal year on June 30.', 'June 30', 'day'],
    ['the date of a term\'s start', 'The board will review the plan at the start of the school year in September.', 'September', 'month'],
    ['a weekday after "a week on" (the question would keep "a week")', "Arsenal's next league game is the north London derby against Tottenham a week on Sunday, and Arteta was already looking ahead.", 'Sunday', 'day'],
  ])('keeps the sentence with a blank for %s', (_label, t, span, precision) => {
    const d = date(t, span, '2025-12', precision as DateFact['precision']);
    const q = dateQuestion(d, context(t, { dates: [d] }, '2026-03-01'));
    expect(q?.form).toBe('cloze');
  });

  it('blanks the whole of "a week on Sunday" (the Sunday after next), never asking "On which day … a week?"', () => {
    const t = "Arsenal's next league game is the north London derby against Tottenham a week on Sunday, and Arteta was already looking ahead.";
    const facts = extractDates(t, splitSentences(t), '2026-03-07');
    expect(facts.map((d) => [d.text, d.iso])).toEqual([['a week on Sunday', '2026-03-15']]);
    const q = dateQuestion(facts[0]!, context(t, { dates: facts }, '2026-03-07'));
    // A clean cloze with the whole span blanked, or no question.
    if (q) expect([q.form, q.prompt, key(q)]).toEqual(['cloze', t.replace('a week on Sunday', BLANK), 'a week on Sunday']);
  });

  it.each([
    ['a passive with an adverb', 'The bank\'s board is next scheduled to meet on April 23 to set rates.', 'April 23', 'On which date is the bank\'s board next scheduled to meet to set rates?'],
    ['a passive by an agent', 'The company was fined by regulators in March for misleading customers.', 'March', 'In which month was the company fined by regulators for misleading customers?'],
    ['a title before a name keeps its capital', 'Governor Nasir Idris visited the school on Tuesday and ordered the closure of boarding schools.', 'Tuesday', 'On which day did Governor Nasir Idris visit the school?'],
    ['a demonym keeps its capital', 'Russian drones struck a fuel depot near the border on Tuesday, officials said.', 'Tuesday', 'On which day did Russian drones strike a fuel depot near the border?'],
    ['a date before a clause with its own subject ("and the reservoir should")', 'Construction is due to start in July and the reservoir should be full by 2031.', 'July', 'In which month is construction due to start?'],
    ['a date before two coordinated nouns ("and the spread of")', 'Output fell sharply in March after heavy rains and the spread of a virus.', 'March', 'In which month did output fall sharply after heavy rains and the spread of a virus?'],
    ['a hedged figure ("more than 200"), not a baseline', 'Floods killed more than 200 people in March, officials said.', 'March', 'In which month did floods kill more than 200 people?'],
  ])('asks a wh-question for %s', (_label, t, span, prompt) => {
    const d = date(t, span, '2026-02', span === 'Tuesday' ? 'day' : span === 'March' ? 'month' : 'day');
    const q = dateQuestion(d, context(t, { dates: [d] }, '2026-03-01'));
    expect(q?.prompt).toBe(prompt);
  });

  it.each([
    ['the date of a noun\'s "due to" clause', 'Tesla will fix most of the vehicles with a free software update due to start on March 24, the agency said.', 'March 24', 'day'],
    ['a part of the day after the date ("on Tuesday afternoon")', 'Governor Nasir Idris visited the school on Tuesday afternoon and ordered the closure of boarding schools.', 'Tuesday', 'day'],
    ['a date in an opening "Following …" phrase', 'Following a deal signed in Doha in May, the rebels freed 40 prisoners.', 'May', 'month'],
  ])('keeps the sentence with a blank for %s', (_label, t, span, precision) => {
    const d = date(t, span, '2025-12', precision as DateFact['precision']);
    const q = dateQuestion(d, context(t, { dates: [d] }, '2026-03-01'));
    expect(q?.form).toBe('cloze');
  });

  it.each([
    ['a relative expression', 'The move comes a day after a strike killed the commander.', 'a day after'],
    ['a range of years', 'The office forecast a total shortfall for the years from 2006 to 2015, it said.', '2006 to 2015'],
    ['a time of day', 'The official tally came in around 8 p.m on the night of the vote.', '8 p.m'],
  ])('asks nothing about %s', (_label, t, span) => {
    const d = date(t, span, null, null);
    expect(dateQuestion(d, context(t, { dates: [d] }))).toBeUndefined();
  });

  it.each([
    ['Friday', 'weekday', ['Thursday', 'Wednesday']],
    ['September 2003', 'month-year', ['August 2003', 'October 2003', 'July 2003', 'November 2003', 'June 2003', 'January 2004', 'May 2003']],
    ['30 September 2004', 'day-month-year', []],
    ['Jan. 6', 'day-month', ['Jan. 5', 'Jan. 7']],
    ['late December', 'month', []],
  ])('writes distractors for %s in the same format (%s)', (text, format, examples) => {
    expect(parseDateParts(text)?.format).toBe(format);
    const out = dateDistractors({ text, iso: null, siblings: [], prompt: '', rng: createRng(3) })!;
    expect(out).toHaveLength(3);
    for (const d of out) {
      expect(shapeOf(d.text)).toBe(shapeOf(text));
      expect(d.text).not.toBe(text);
    }
    if (examples.length > 0) expect(out.some((d) => examples.includes(d.text))).toBe(true);
  });
});

describe('actor questions', () => {
  const text =
    'Iraq claimed to have defeated the Islamic State in 2017, but ISIS fighters remain. ' +
    'The Pentagon said the strike was legal. The White House called it a response to attacks. ' +
    'Officials at the State Department declined to comment on the strike.';
  const actors = [
    actor(text, 'Islamic State', 'group', ['ISIS']),
    actor(text, 'Pentagon', 'organization'),
    actor(text, 'White House', 'organization'),
    actor(text, 'State Department', 'organization'),
    actor(text, 'Iraq', 'country'),
  ];

  it('asks "Which organization …?" when the actor opens the sentence, with same-kind distractors', () => {
    const q = actorQuestion(actors[1]!, context(text, { actors }))!;
    expect(q.prompt).toBe('Which organization said the strike was legal?');
    expect(key(q)).toBe('Pentagon');
    expect(q.choices.sort()).toEqual(['Pentagon', 'State Department', 'White House']);
  });

  it('never offers an alias of the key nor a name that stands in the prompt', () => {
    for (const a of actors) {
      for (const seed of [1, 2, 3]) {
        const q = actorQuestion(a, context(text, { actors }, undefined, seed));
        if (!q) continue;
        const k = actors.find((x) => x.name === key(q))!;
        for (const c of q.choices.filter((c) => c !== key(q))) {
          expect(isAliasOf([c], k)).toBe(false);
          expect(q.prompt.toLowerCase()).not.toContain(c.toLowerCase());
        }
        for (const form of [k.name, ...k.aliases]) expect(q.prompt).not.toContain(form);
      }
    }
  });

  it('fills with well-known countries only when the article names too few, and never one it names', () => {
    const q = actorQuestion(actors[4]!, context(text, { actors }))!;
    expect(key(q)).toBe('Iraq');
    expect(q.prompt).toBe('Which country claimed to have defeated the Islamic State in 2017?');
    expect(q.choices).toHaveLength(4);
    for (const c of q.choices.filter((c) => c !== 'Iraq')) expect(text).not.toContain(c);
  });

  it.each([
    ['a reported clause cut at a dash', 'Moyo warned that new tariffs — imposed in August — and power cuts remained risks. Banda agreed. Phiri did not.'],
    ['a reported clause cut at a relative clause', 'Moyo said her ship, which had rescued 70 people, was sent north. Banda agreed. Phiri did not.'],
    ['"pointed out that" cut at a relative clause', 'Moyo pointed out that the commissioners, who hold the funds, had refused. Banda agreed. Phiri did not.'],
    ['a demonstrative whose referent stays in the sentence before ("11 of those")', 'The council received 40 complaints. Moyo accounted for 11 of those. Banda agreed. Phiri did not.'],
  ])('never asks "Who …?" without what was said or meant: %s', (_label, t) => {
    const people = ['Moyo', 'Banda', 'Phiri'].map((n) => actor(t, n, 'person'));
    const q = actorQuestion(people[0]!, context(t, { actors: people }));
    expect(q?.prompt.startsWith('Who')).not.toBe(true);
  });

  it('asks nothing about a person when the article names no other person', () => {
    const t = 'Margaret Lowe won the top prize at the awards. Lowe plans to train an apprentice.';
    const lowe = actor(t, 'Margaret Lowe', 'person', ['Lowe']);
    expect(actorQuestion(lowe, context(t, { actors: [lowe] }))).toBeUndefined();
  });
});

describe('name matching', () => {
  it.each([
    ['IS', 'Islamic State', true],
    ['ISIS', 'Islamic State', true],
    ['CBO', 'Congressional Budget Office', true],
    ['U.S.', 'United States', true],
    ['Trump', 'Donald Trump', true],
    ['the Pentagon', 'Pentagon', true],
    ['White House', 'Pentagon', false],
    ['Iraq', 'Iran', false],
    ['UK', 'United Nations', false],
  ])('%s and %s name the same actor: %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });

  it.each([
    ['2,500', 'D'],
    ['900', 'D'],
    // A scale is magnitude, not format; an abbreviated scale is a format of its own.
    ['$368bn', '$Dx'],
    ['$800 million', '$D'],
    ['$38m', '$Dx'],
    ['$1.1 billion', '$D'],
    ['1.75 million', 'D'],
    ['650,000', 'D'],
    ['5m', 'Dm'],
    ['two', 'w'],
    ['Four', 'W'],
    ['40%', 'D%'],
    ['Friday', 'WD'],
    ['2017', 'Y'],
    ['30 September 2004', 'D M Y'],
    ['Jan. 6', 'm D'],
    ['TWELVE', 'W'],
    ['twenty-one', 'w-w'],
    ['seventeen people', 'w people'],
    ['someone', 'someone'],
    ['ones', 'ones'],
    ['tent', 'tent'],
    ['constructor', 'constructor'],
  ])('the shape of %s is %s', (text, shape) => {
    expect(shapeOf(text)).toBe(shape);
  });
});

describe('hedgeBefore', () => {
  it.each([
    ['Police said more than ', 'more than'],
    ['an estimated ', 'an estimated'],
    ['AN ESTIMATED  ', 'an estimated'],
    ['it has no fewer than ', 'no fewer than'],
    ['Around ', 'around'],
    ['costs over\n', 'over'],
    ['the total is about', ''],
    ['the turnover ', ''],
    ['handsome ', ''],
    ['tally_some ', ''],
    ['he said ', ''],
    ['', ''],
  ])('finds the hedge before a figure in %j: %j', (text, hedge) => {
    expect(hedgeBefore(text)).toBe(hedge);
  });
});

describe('choice order and bounded hedges', () => {
  const WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

  it.each([1, 2, 3, 4, 5, 6])('lists weekdays Monday first when the article has no publication date (seed %i)', (seed) => {
    const t = 'The minister resigned on Friday after a week of protests in the capital.';
    const d = date(t, 'Friday', null, 'day');
    const q = dateQuestion(d, context(t, { dates: [d] }, undefined, seed))!;
    expect(key(q)).toBe('Friday');
    const idx = q.choices.map((c) => WEEK.indexOf(c));
    expect(idx.every((i) => i >= 0)).toBe(true);
    expect(idx).toEqual([...idx].sort((a, b) => a - b));
  });

  it.each([1, 2, 3, 4])('lists months the article names elsewhere in calendar order with the key (seed %i)', (seed) => {
    const t =
      'Exports grew in June from a year earlier, customs data showed. Imports had fallen in May and again in April, it said.';
    const dates = [date(t, 'June', null, 'month'), date(t, 'May', null, 'month'), date(t, 'April', null, 'month')];
    const q = dateQuestion(dates[0]!, context(t, { dates }, undefined, seed))!;
    expect(key(q)).toBe('June');
    const idx = q.choices.map((c) => MONTHS.indexOf(c));
    expect(idx).toEqual([...idx].sort((a, b) => a - b));
  });

  it.each([
    ['as much as', 'upper', 'The shortfall could be as much as £30bn this year, economists said on Tuesday.', '£30bn', 30e9, '£'],
    ['at most', 'upper', 'The council will allow at most 40 stalls at the market this summer.', '40', 40, undefined],
    ['upwards of', 'lower', 'The council expects upwards of 40 stalls at the market this summer.', '40', 40, undefined],
    ['in excess of', 'lower', 'The club paid in excess of £60m for the striker last summer, reports said.', '£60m', 60e6, '£'],
  ])('reads "%s" before a figure as an %s bound even when the extractor gave no hedge', (_hedge, bound, t, span, value, unit) => {
    const f = num(t, span, value, 'stalls', unit ? { unit } : {});
    for (const seed of [1, 2, 3, 4, 5]) {
      const q = numberQuestion(f, context(t, { numbers: [f] }, undefined, seed))!;
      expect(q.choices.length).toBeGreaterThanOrEqual(3);
      for (const c of q.choices.filter((c) => c !== span)) {
        const v = Number(c.replace(/[£,m]|bn/g, ''));
        const k = Number(span.replace(/[£,m]|bn/g, ''));
        // A distractor on the bounded side would also make a true sentence.
        if (bound === 'upper') expect(v).toBeLessThan(k);
        else expect(v).toBeGreaterThan(k);
      }
    }
  });
});

describe('wordCount (sets the default question count and the shortest source sentence)', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['Iraq', 1],
    ['  Around 2,500 US soldiers  ', 4],
    ['one\ntwo\tthree\r\nfour', 4],
    ['“Quoted,” she said — then left.', 6],
    ['non-breaking\u00a0space is part of a word', 6],
  ])('%j has %i words', (text, n) => {
    expect(wordCount(text)).toBe(n);
  });
});

describe('a blank inside a quotation', () => {
  it.each<[string, boolean]>([
    ['"We paid 45 euros a night in August and nobody complained," said hotel owner Anna Berg.', true],
    ['"We paid 45 euros a night in August and nobody complained," she told the council.', false],
    ['"We paid 45 euros a night in August and nobody complained about the price at all."', false],
  ])('is asked only when the prompt names the speaker: %s', (t, asked) => {
    const text = `Hotel owners met on Monday to discuss the new tax on rooms.\n${t}`;
    const n = num(text, '45', 45, 'euros');
    const q = numberQuestion(n, context(text, { numbers: [n] }));
    expect(q !== undefined && q !== null).toBe(asked);
  });
});

describe('round 18: wh-verbs, media, junk choices, wholes and scales', () => {
  it.each([
    ['The festival attracted an estimated 2.1 million guests in 2023, organisers said.', '2023'],
    ['The region attracts the most visitors of any in the country in 2019, a survey found.', '2019'],
    ['The proposed bridge was approved by councillors in 2021.', '2021'],
  ])('asks no wh-question whose verb is not the main verb: %s', (t, year) => {
    const d = date(t, year, year, 'year');
    const q = dateQuestion(d, context(t, { dates: [d] }))!;
    expect(q.form).toBe('cloze');
    expect(q.prompt).toContain(BLANK);
  });

  it.each([
    ['The rebel group said on Telegram that its fighters had taken the town.', 'Telegram'],
    ['The minister wrote on X that the talks had failed.', 'X'],
    ['The ministry announced on Facebook that schools would reopen.', 'Facebook'],
  ])('never blanks the medium a thing was said on: %s', (said, medium) => {
    const t = `${said} Reuters and Amnesty could not verify the claim independently.`;
    const actors = [actor(t, medium, 'organization'), actor(t, 'Reuters', 'organization'), actor(t, 'Amnesty', 'organization')];
    expect(actorQuestion(actors[0]!, context(t, { actors }))).toBeUndefined();
  });

  const people =
    'The mayor, Paolo Ferri, opened the hall. The critic Anna Conti praised it. Giulia Marino, a curator, spoke. ' +
    'In 2020 the Fondazione di Torino restored the frescoes. The firm trails Bintang Telekomunikasi in sales. ' +
    'Local miller Harina General Sur (HGS) said it would close. Hotels, B&Bs and hostels are full. ' +
    "Rome's levy starts in May, and Milan's in June.";
  it.each([1, 2, 3, 4, 5, 6])('offers beside a person only names that look like people (seed %i)', (seed) => {
    const actors = [
      actor(people, 'Paolo Ferri', 'person'),
      actor(people, 'Anna Conti', 'person'),
      actor(people, 'Giulia Marino', 'person'),
      actor(people, 'Fondazione di Torino', 'person'),
      actor(people, 'Bintang Telekomunikasi', 'person'),
      actor(people, 'Harina General Sur', 'person', ['HGS']),
    ];
    const q = actorQuestion(actors[0]!, context(people, { actors }, undefined, seed))!;
    expect(q.choices.sort()).toEqual(['Anna Conti', 'Giulia Marino', 'Paolo Ferri']);
  });

  it('offers no plural of capitals nor a possessive of a known name as an organisation', () => {
    const t = "The plan was backed by VisitRome, the Tourism Board and the Hotel Guild. Hotels, B&Bs and hostels are full. Rome's levy starts in May.";
    const actors = [
      actor(t, 'VisitRome', 'organization'),
      actor(t, 'Tourism Board', 'organization'),
      actor(t, 'Hotel Guild', 'organization'),
      actor(t, 'B&Bs', 'organization'),
      actor(t, "Rome's", 'organization'),
      actor(t, 'Rome', 'place'),
    ];
    expect(actorCandidates(actors[0]!, actors, undefined, t).map((a) => a.name)).toEqual(['Tourism Board', 'Hotel Guild']);
    expect(actorQuestion(actors[3]!, context(t, { actors }))).toBeUndefined();
  });

  it.each([1, 2, 3, 4, 5])('offers no figure at or above the whole a part is taken from (seed %i)', (seed) => {
    const t = 'The firm will pay a $40 million fine over the spill. The state will receive $10 million of the fine, officials said.';
    const whole = num(t, '$40 million', 40e6, 'fine', { unit: '$' });
    const part = num(t, '$10 million', 10e6, 'fine', { unit: '$' });
    const q = numberQuestion(part, context(t, { numbers: [whole, part] }, undefined, seed))!;
    for (const c of q.choices) expect(Number(c.replace(/[$ a-z]/g, ''))).toBeLessThan(40);
  });

  it.each([
    ['The wage rose to 1.8 million pesos from 1.2 million pesos last year.', '1.2 million', 1.2e6, 'pesos', /^\d{3},000$/],
    ['The deal is worth 1.1 trillion rupiah, the company said.', '1.1 trillion', 1.1e12, 'rupiah', /^\d{3} billion$/],
    ['It borrowed $1.2bn from banks, the company said.', '$1.2bn', 1.2e9, 'dollars', /^\$\d{3}m$/],
  ])('writes a figure below one of the key\'s scale in the scale below: %s', (t, span, value, counts, below) => {
    const n = num(t, span, value, counts, span.startsWith('$') ? { unit: '$' } : {});
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const q = numberQuestion(n, context(t, { numbers: [n] }, undefined, seed))!;
      for (const c of q.choices) expect(c).not.toMatch(/^\$?0\./);
      for (const c of q.choices.filter((c) => !c.includes(span.replace(/^\$?[\d.]+/, '').trim() || '§'))) expect(c).toMatch(below);
    }
  });
});

describe('round 23: fragments, split figures, nicknames, wire agencies', () => {
  it.each<[string, string, string]>([
    // A sentence split at "Rs." is no question source, at either end.
    ['The utility still owed Rs. 94 billion to private power producers as of March.', 'March', '2024-05'],
    ['The utility still owed Rs. 94 billion to private power producers in 2025, the ministry said.', '2025', '2025'],
  ])('asks nothing about a fragment of "%s"', (text, span, iso) => {
    const ctx = context(text, {});
    const s = ctx.sentences.find((x) => x.text.includes(span));
    // (Only meaningful if the splitter does split at "Rs.".)
    if (s && !s.text.startsWith('The utility')) expect(dateQuestion(date(text, span, iso, iso.length === 4 ? 'year' : 'month'), ctx)).toBeUndefined();
    else expect(s).toBeDefined();
  });

  it('asks nothing about half of a figure grouped by spaces ("430 000 people")', () => {
    const text = 'The town, which serves about 430 000 people, was admitted to the relief programme in 2023 after years of losses.';
    expect(numberQuestion(num(text, '430', 430, 'people', { hedge: 'about' }), context(text, {}))).toBeUndefined();
  });

  it('never offers a nickname of the key, nor two names of one person', () => {
    const text =
      'Its commander, Rafael Ortiz Mena, who goes by the alias "El Tigre," faces 12 arrest warrants. ' +
      'El Tigre spoke in a video. Defence minister Laura Vega Ruiz said the army was ready. ' +
      'Senator Carlos Ibarra Luna said the talks would resume in May.';
    const ortiz = actor(text, 'Rafael Ortiz Mena', 'person');
    const tigre = actor(text, 'El Tigre', 'person');
    const vega = actor(text, 'Laura Vega Ruiz', 'person');
    const ibarra = actor(text, 'Carlos Ibarra Luna', 'person');
    const all = [ortiz, tigre, vega, ibarra];
    expect(actorCandidates(ortiz, all, undefined, text).map((a) => a.name)).not.toContain('El Tigre');
    expect(actorCandidates(vega, all, undefined, text).map((a) => a.name)).not.toContain('El Tigre');
    expect(actorCandidates(tigre, all, undefined, text).map((a) => a.name)).not.toContain('Rafael Ortiz Mena');
  });

  it('never offers a wire agency or a ticker as a wrong organization', () => {
    const text =
      'Nordair said on Monday it would buy 20 jets from Airbus, Reuters reported. Its shares closed up 3% against the index (.OMXC), ' +
      'and the Transport Ministry said it backed the deal. Skyline Capital said the order was large.';
    const orgs = ['Nordair', 'Airbus', 'Reuters', 'OMXC', 'Transport Ministry', 'Skyline Capital'].map((n) => actor(text, n, 'organization'));
    const names = actorCandidates(orgs[0]!, orgs, undefined, text).map((a) => a.name);
    expect(names).not.toContain('Reuters');
    expect(names).not.toContain('OMXC');
    expect(names).toContain('Skyline Capital');
  });

  it.each([1, 2, 3, 4, 5])('gives no "1,350 million" beside "350 million" (seed %i)', (seed) => {
    const text = 'The country aims to produce 1.7 billion cubic metres of desalinated water a year by 2030, up from about 350 million cubic metres in 2025.';
    const q = numberQuestion(num(text, '350 million', 350e6, 'cubic metres', { hedge: 'about' }), context(text, {}, undefined, seed));
    for (const c of q?.choices ?? []) expect(c).not.toMatch(/\d,\d{3}(?:\.\d+)? million/);
  });
});

describe('round 24: fair blanks and choices', () => {
  it.each(['430 000', '1 250 000', '$12 500'])('reads the space-grouped figure %s as one figure', (t) => {
    expect(shapeOf(t)).toBe(shapeOf(t.replace(/ (?=\d{3})/g, ',')));
    expect(isCleanNumberText(t)).toBe(true);
  });

  it('reads a space-grouped estimate key as one figure', () => {
    expect(parseEstimateFormat('430 000', 430000)).toMatchObject({ decimals: 0, grouping: true });
    expect(parseEstimateFormat('430 000', 430000)?.exponent).toBeUndefined();
  });

  it('offers space-grouped neighbours for a space-grouped key', () => {
    const text = 'The district, which serves about 280 000 residents, lost power for two days.\nOfficials said repairs would take weeks.';
    const q = numberQuestion(num(text, '280 000', 280000, 'residents', { hedge: 'about' }), context(text, {}))!;
    expect(key(q)).toBe('280 000');
    for (const c of q.choices) expect(c).toMatch(/^\d{3} 000$/);
  });

  it.each([
    ['seven', 'Crews said the work could take seven to 12 days once the ship docks in the port.', '12', 12],
    ['a scaled', 'The strike cost the carrier $300 million to $450 million in lost revenue, analysts at the bank said.', '$450 million', 450e6],
  ])('asks no question about the end of a range after %s figure', (_, text, span, value) => {
    const first = text.startsWith('Crews') ? num(text, 'seven', 7, 'days') : num(text, '$300 million', 300e6, '');
    const q = numberQuestion(num(text, span, value, text.startsWith('Crews') ? 'days' : ''), context(text, { numbers: [first] }));
    expect(q).toBeUndefined();
  });

  const staff = 'Maria Lopez Garcia, Tomas Reyes Vidal and Elena Ruiz Soto attended the hearing in the capital on Monday.';
  const bodies = 'The Harbour Pilots Guild, the Port Authority Board and the Coastal Freight Council sent delegates.';
  it.each([
    ['a possessive pronoun', 'The Harbour Pilots Guild met on Monday. Its national secretary, Daniel Okoro, said the union would strike next month.', 'Daniel Okoro'],
    ['a bracketed acronym of the name before it', 'A spokesman for the National Union of Port Workers (NUPW) said members would strike next month.', 'NUPW'],
    ['a venue after "told reporters at"', 'The minister told reporters at Riverside Hall that the fee would raise about $40 million a year.', 'Riverside Hall'],
    ['an item of a list', 'Exams in Applied Physics, Modern History, Civic Studies were moved online this year, the council said.', 'Civic Studies'],
    ['the capitalised head of a longer name', 'The levy is paid to the state Platform-based Riverside Hall Trust, officials said on Monday.', 'Riverside Hall Trust'],
    ['"and" inside a longer name', 'Inspectors rated the flat under the Housing Health and Safety Rating System, officials said on Monday.', 'Safety Rating System'],
  ])('asks no actor question after %s', (_, sentence, name) => {
    const text = `${staff}\n${bodies}\n${sentence}`;
    const kind: ActorKind = name === 'Daniel Okoro' ? 'person' : 'organization';
    const others: Actor[] =
      kind === 'person'
        ? ['Maria Lopez Garcia', 'Tomas Reyes Vidal', 'Elena Ruiz Soto'].map((n) => actor(text, n, 'person'))
        : ['Harbour Pilots Guild', 'Port Authority Board', 'Coastal Freight Council'].map((n) => actor(text, n, 'organization'));
    const a = actor(text, name, kind);
    const q = actorQuestion(a, context(text, { actors: [a, ...others] }));
    expect(q?.prompt.includes(BLANK) ? q.prompt : '').toBe('');
  });

  it.each([
    ['a one-letter name', 'X', 'organization'],
    ['a pronoun taken for a name', 'Whoever', 'organization'],
    ['a lower-case name', 'agriculture ministry', 'organization'],
    ['joined demonyms', 'French-Saudi', 'organization'],
  ] as const)('offers no %s beside multi-word names', (_, odd, kind) => {
    const names = ['Harbour Pilots Guild', 'Port Authority Board', 'Coastal Freight Council', 'National Dock Workers Union', odd];
    const text = names.map((n) => `The ${n} said on Monday it backed the plan.`).join('\n');
    const actors = names.map((n) => actor(text, n, kind));
    for (const seed of [1, 2, 3, 4]) {
      const ds = actorDistractors({ key: actors[0]!, actors, prompt: 'Which organization said it backed the plan?', articleText: text, rng: createRng(seed) });
      expect(ds.map((d) => d.text)).not.toContain(odd);
      expect(ds).toHaveLength(3);
    }
  });

  it('offers no one-word "person" beside full names of people', () => {
    const names = ['Fadi Khoury', 'Karim Nassar', 'Rana Haddad', 'Samir Aoun', 'Captagon'];
    const text = names.map((n) => `${n} said on Monday the plan was sound.`).join('\n');
    const actors = names.map((n) => actor(text, n, 'person'));
    for (const seed of [1, 2, 3, 4]) {
      const ds = actorDistractors({ key: actors[0]!, actors, prompt: 'Who said the plan was sound?', articleText: text, rng: createRng(seed) });
      expect(ds.map((d) => d.text)).not.toContain('Captagon');
      expect(ds).toHaveLength(3);
    }
  });

  it('gives a one-word person key no full names alone to stand beside', () => {
    const names = ['Maersk', 'Rogelio Aparicio', 'Eliseo Quintero', 'Laura Mendez Ruiz'];
    const text = names.map((n) => `${n} said on Monday the plan was sound.`).join('\n');
    const actors = names.map((n) => actor(text, n, 'person'));
    expect(actorDistractors({ key: actors[0]!, actors, prompt: 'Who said the plan was sound?', articleText: text, rng: createRng(1) })).toEqual([]);
  });
});
