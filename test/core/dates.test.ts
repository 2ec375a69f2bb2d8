/// <reference types="node" />
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyDate, extractDateDetails, extractDates, formatDateLike, shiftIso } from '../../src/core/dates.js';
import { splitSentences } from '../../src/core/text.js';
import type { DateFact, DatePrecision } from '../../src/core/types.js';

type Expected = [text: string, iso: string | null, precision: DatePrecision | null];

/** Date facts of a small article body, as [text, iso, precision]. */
function dates(text: string, published?: string): Expected[] {
  return extractDates(text, splitSentences(text), published).map((d) => [d.text, d.iso, d.precision]);
}

// Friday 5 January 2024, the seed article's publication date.
const FRI = '2024-01-05';

describe('extractDates: weekdays are past-biased', () => {
  it.each<[string, string | undefined, Expected[]]>([
    ['The Iraqi government announced plans on Friday to begin the process.', FRI, [['Friday', '2024-01-05', 'day']]],
    ['A commander was killed in Baghdad on Thursday.', FRI, [['Thursday', '2024-01-04', 'day']]],
    ['Two explosions killed nearly 100 people on Wednesday – something ISIS has claimed.', FRI, [['Wednesday', '2024-01-03', 'day']]],
    ['Police said a man set himself on fire there Saturday.', FRI, [['Saturday', '2023-12-30', 'day']]],
    ['On Tuesday, the administration asked Congress for more funds.', FRI, [['Tuesday', '2024-01-02', 'day']]],
    ['The deal was signed last Friday.', FRI, [['last Friday', '2023-12-29', 'day']]],
    ['Officials said the talks will resume on Monday.', FRI, [['Monday', '2024-01-08', 'day']]],
    ['The vote is due to take place on Tuesday.', FRI, [['Tuesday', '2024-01-09', 'day']]],
    ['A Newcastle man is to appear in court on Thursday.', FRI, [['Thursday', '2024-01-11', 'day']]],
    ['The minister will visit Baghdad later on Friday.', FRI, [['Friday', '2024-01-05', 'day']]],
    ['Talks resume next Wednesday.', FRI, [['next Wednesday', '2024-01-10', 'day']]],
    // A past that looks like the present ("cut", "shut") gives way to a modal before it.
    ['The bank will cut rates on Thursday.', FRI, [['Thursday', '2024-01-11', 'day']]],
    ['The bank cut rates on Thursday.', FRI, [['Thursday', '2024-01-04', 'day']]],
    // Reported "would" with a weekday and no date for the saying looks ahead (had it happened, the story would
    // say so); after a dated saying the day is the first one after the saying.
    ['He said he would resign on Monday.', FRI, [['Monday', '2024-01-08', 'day']]],
    ['The mayor, who took office in May, said she would sign the bill Tuesday.', FRI, [['May', '2023-05', 'month'], ['Tuesday', '2024-01-09', 'day']]],
    ['He said on Wednesday that he would resign on Monday.', FRI, [['Wednesday', '2024-01-03', 'day'], ['Monday', '2024-01-08', 'day']]],
    ['The High Court ruled on Tuesday that his death fell within the convention.', undefined, [['Tuesday', null, null]]],
    ['Shops in the town now open on Sundays.', FRI, []],
    ['Black Friday sales beat the Good Friday figures, the Sunday Times reported.', FRI, []],
    ['The church holds services every Sunday, and average Sunday attendance is 40.', FRI, []],
    ['Bins are now collected every other Tuesday.', FRI, []],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });

  it('reads a past participle before the weekday as past even when the clause goes on in the future', () => {
    // Published Wednesday 21 December 2016.
    expect(dates('The votes cast Monday will be sent on to the capital by late December.', '2016-12-21')).toEqual([
      ['Monday', '2016-12-19', 'day'],
      ['late December', '2016-12', 'month'],
    ]);
  });
});

describe('extractDates: relative phrases', () => {
  it.each<[string, string | undefined, Expected[]]>([
    ['It included mortar fire on the embassy grounds last month.', FRI, [['last month', '2023-12', 'month']]],
    ['Prices rose 5% last year.', FRI, [['last year', '2023', 'year']]],
    ['The deficit will hit $368bn this year.', FRI, [['this year', '2024', 'year']]],
    ['Elections are due next year.', FRI, [['next year', '2025', 'year']]],
    ['He was released yesterday.', FRI, [['yesterday', '2024-01-04', 'day']]],
    ['Earlier this month, the bank cut rates.', FRI, [['Earlier this month', '2024-01', 'month']]],
    ['He moved to Paris two years ago.', FRI, [['two years ago', '2022', 'year']]],
    ['In recent months, the dollar has weakened.', FRI, [['recent months', null, null]]],
    ['The firm announced the deal last week.', FRI, [['last week', null, null]]],
    ['Protesters gathered at the weekend.', FRI, [['the weekend', '2023-12-30/2023-12-31', 'day']]],
    ['Prices will rise in the coming weeks.', FRI, [['the coming weeks', null, null]]],
    // Spans of time, not dates.
    ['In the last year, prices doubled.', FRI, []],
    ['In the past, such cases were rare.', FRI, []],
    ['They will be counted one last time.', FRI, []],
    // Without a publication date nothing relative resolves.
    ['The deficit is set to hit $368bn this year, officials said on Tuesday.', undefined, [['this year', null, null], ['Tuesday', null, null]]],
    ['Prior to this year, no election had more than one faithless elector since 1948.', undefined, [['this year', null, null], ['1948', '1948', 'year']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: months without a year', () => {
  it.each<[string, string | undefined, Expected[]]>([
    // Year boundary: published in early January.
    ['In December, exports fell.', FRI, [['December', '2023-12', 'month']]],
    ['In January, exports fell.', FRI, [['January', '2024-01', 'month']]],
    ['The plant will close in March.', FRI, [['March', '2024-03', 'month']]],
    ['The plant will close in January.', FRI, [['January', '2024-01', 'month']]],
    ['The ceasefire collapsed last November.', FRI, [['last November', '2023-11', 'month']]],
    // Present tense of scheduled events reads as future; "the end of" is a noun, not a verb.
    ['The president must finish before his term ends in September.', FRI, [['September', '2024-09', 'month']]],
    ['The Games open on 26 July.', FRI, [['26 July', '2024-07-26', 'day']]],
    ['Trade fell in the three months to the end of November.', FRI, [['three months to the end of November', '2023-09/2023-11', 'month']]],
    ['The state has been under curfew since March.', '2024-02-10', [['March', '2023-03', 'month']]],
    // Present passive leaves the tense open: the nearest January; "ending" leaves it to the main clause.
    ['The final results are announced in Congress in January.', '2023-11-07', [['January', '2024-01', 'month']]],
    ['For the quarter ending June 30, revenue rose.', '2024-06-15', [['quarter ending June 30', '2023-04/2023-06', 'month']]],
    ['For the nine months ended December 31, profit rose 14%.', '2026-01-23', [['nine months ended December 31', '2025-04/2025-12', 'month']]],
    ['The gap widened in November to more than $60bn.', undefined, [['November', null, null]]],
    ['Last month, the gap widened to more than $60bn.', '2024-01-15', [['Last month', '2023-12', 'month']]],
    // Names and verbs are not months.
    ['Theresa May said the plan was sound, and April Ryan asked why.', FRI, []],
    ['He spoke to May on the phone before the march.', FRI, []],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: a day or month without a year is the nearest one unless the tense says otherwise', () => {
  it.each<[string, string, Expected[]]>([
    // No tense cue: the nearest date, whichever side of publication.
    ['City host United on 3 November, and Rovers visit Town on the same day.', '2025-10-20',
      [['3 November', '2025-11-03', 'day'], ['the same day', '2025-11-03', 'day']]],
    ['Applications for the grant are open until 14 February.', '2025-12-01', [['14 February', '2026-02-14', 'day']]],
    ['The ban would apply from 1 March.', '2025-11-20', [['1 March', '2026-03-01', 'day']]],
    ['The quota could be used up from 1 January onwards.', '2025-06-09', [['1 January', '2025-01-01', 'day']]],
    // Reported "would" looks either way: no answer unless one side is far nearer.
    ['She said lawmakers would return in February for a short session.', '2025-06-27', [['February', null, null]]],
    ['Officials said the bridge would reopen in July.', '2025-06-20', [['July', '2025-07', 'month']]],
    // "Plan" and "proposed" are future only as a plan: "the proposed tax", "plans to"; a past verb stays past.
    ['The governor proposed the spending plan in January.', '2025-06-27', [['January', '2025-01', 'month']]],
    ['Ministers plan to publish the report in September.', '2025-06-27', [['September', '2025-09', 'month']]],
    // A participle is not a past verb: "would keep the museum funded" looks ahead.
    ['The deal would keep the museum funded through Feb. 28.', '2025-12-10', [['Feb. 28', '2026-02-28', 'day']]],
    // So is a present verb it complements: "keeps … funded through" looks ahead; "kept" stays past.
    ['The Senate voted 71-28 Thursday to pass a stopgap spending bill that keeps the federal government funded through March 13.', '2026-01-29',
      [['Thursday', '2026-01-29', 'day'], ['March 13', '2026-03-13', 'day']]],
    ['The ruling leaves the museum funded until Feb. 28.', '2025-12-10', [['Feb. 28', '2026-02-28', 'day']]],
    ['The grant kept the museum funded until Feb. 28.', '2025-12-10', [['Feb. 28', '2025-02-28', 'day']]],
    ['The tax credits that expire Dec. 31 were not renewed.', '2025-12-17', [['Dec. 31', '2025-12-31', 'day']]],
    ['The committee must decide before the Jan. 15 deadline, aides said.', '2025-12-02', [['Jan. 15', '2026-01-15', 'day']]],
    ['The forecast shows rain until 4 September, and officials said roads were shut.', '2025-08-29', [['4 September', '2025-09-04', 'day']]],
    // A past clause is past even when the coming date is nearer; a future clause is future.
    ['The striker joined the club in December.', '2025-10-05', [['December', '2024-12', 'month']]],
    ['He signed in January, the club said.', '2025-10-05', [['January', '2025-01', 'month']]],
    ['The bridge will reopen in January.', '2025-02-10', [['January', '2026-01', 'month']]],
    ['The leap-day wedding took place on 29 February.', '2025-03-10', [['29 February', '2024-02-29', 'day']]],
    // "last" here is an adverb, not the verb of "talks last until May".
    ['The plant last closed from 3 March to 9 April.', '2025-12-01', [['3 March', '2025-03-03', 'day'], ['9 April', '2025-04-09', 'day']]],
    // Six months either way and no tense: no answer rather than a guess.
    ['Tickets go on sale in January.', '2025-07-10', [['January', null, null]]],
    // A date a past action postponed or extended to may lie ahead: the nearest one, or none when unclear.
    ['The talks were postponed to 10 May, the ministry said.', '2025-04-20', [['10 May', '2025-05-10', 'day']]],
    ['Judges adjourned the trial until Jan. 12.', '2025-12-15', [['Jan. 12', '2026-01-12', 'day']]],
    ['The ban was extended until March 3 after protests.', '2025-04-20', [['March 3', '2025-03-03', 'day']]],
    // A weekday a deadline was set to lies ahead of the action that set it.
    ['The vote was delayed until Friday.', '2025-04-20', [['Friday', '2025-04-25', 'day']]],
    ['Schools were closed and exams suspended until Monday.', '2025-04-16', [['Monday', '2025-04-21', 'day']]],
    ['He served in the post until 3 March.', '2025-04-20', [['3 March', '2025-03-03', 'day']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: holidays, seasons, parts of a year', () => {
  it.each<[string, string | undefined, Expected[]]>([
    ['Shops will stay shut over Christmas.', '2025-12-10', [['Christmas', '2025-12-25', 'day']]],
    ['The flat was burgled on New Year\'s Eve.', '2026-01-04', [['New Year\'s Eve', '2025-12-31', 'day']]],
    ['She married on Valentine\'s Day 2019.', undefined, [['Valentine\'s Day 2019', '2019-02-14', 'day']]],
    ['Sales of Christmas trees rose. Flights to Christmas Island resumed.', '2025-12-10', []],
    // Seasons resolve to their year only (their months differ by hemisphere); a winter straddles two years.
    ['Spring 2025 was the warmest on record.', undefined, [['Spring 2025', '2025', 'year']]],
    ['Rainfall was low in the fall of 2024.', undefined, [['fall of 2024', '2024', 'year']]],
    ['Prices fell last summer.', '2025-10-01', [['last summer', '2025', 'year']]],
    ['Prices fell last summer.', '2025-07-15', [['last summer', '2024', 'year']]],
    ['The works will finish next winter.', '2025-06-01', [['next winter', null, null]]],
    ['The heatwave this summer broke records.', '2025-10-01', [['this summer', '2025', 'year']]],
    ['Energy bills will rise this winter.', '2025-12-05', [['this winter', null, null]]],
    ['A verdict is not expected before the autumn.', '2025-04-10', [['the autumn', '2025', 'year']]],
    ['Crops failed during the summer, farmers said.', '2025-02-03', [['the summer', '2024', 'year']]],
    ['The fall of the regime and the fall in prices followed.', '2025-02-03', []],
    ['Talks resumed over the winter.', '2025-02-03', [['the winter', null, null]]],
    // A winter with its year named is dated to that year; which part of a summer, the text does not say.
    ['The lake froze in winter 2021 and thawed in late summer 2022.', undefined, [['winter 2021', '2021', 'year'], ['late summer 2022', null, null]]],
    ['It was the spring of discontent, and his last fall hurt.', FRI, []],
    // A sports season may straddle two years: the span counts, its date stays open.
    ['Leeds won the title last season.', FRI, [['last season', null, null]]],
    ['It was his last season at the club.', FRI, []],
    ['Sea levels rose faster over the past decade.', FRI, [['the past decade', null, null]]],
    ['The economy shrank in the first three months of the year.', '2025-08-14', [['first three months of the year', '2025-01/2025-03', 'month']]],
    ['Output rose in the second half of 2023.', undefined, [['second half of 2023', '2023-07/2023-12', 'month']]],
    ['Profits fell in the fourth quarter of last year.', '2025-02-20', [['fourth quarter of last year', '2024-10/2024-12', 'month']]],
    // "Of the year" is the current year once that part has begun; before, it could be last year's.
    ['Output fell in the final quarter of the year.', '2025-11-20', [['final quarter of the year', '2025-10/2025-12', 'month']]],
    ['Output fell in the final quarter of the year.', '2025-02-20', [['final quarter of the year', null, null]]],
    ['Inflation eased in the three months to August.', '2025-10-15', [['three months to August', '2025-06/2025-08', 'month']]],
    ['Sales rose in the July-September quarter.', '2025-11-05', [['July-September quarter', '2025-07/2025-09', 'month']]],
    // The main clause before a comma sets the tense of a date after it.
    ['GDP grew 0.3% in the April to June period, after 0.7% growth in January-March.', '2025-08-14',
      [['April to June period', '2025-04/2025-06', 'month'], ['January-March', '2025-01/2025-03', 'month']]],
    ['Exports slumped in the spring, after a strong showing in January.', '2025-08-14', [['the spring', '2025', 'year'], ['January', '2025-01', 'month']]],
    ['The museum is open from April to June.', '2025-01-10', [['April', '2025-04', 'month'], ['June', '2025-06', 'month']]],
    ['Growth was 0.4% in the three months to June, up from 0.2% in the previous quarter.', '2025-08-14',
      [['three months to June', '2025-04/2025-06', 'month'], ['the previous quarter', '2025-01/2025-03', 'month']]],
    // "The previous quarter" moves only a quarter; "the same quarter last year" is not the anchor's.
    ['Sales rose in June after falling in the previous quarter.', '2025-08-14', [['June', '2025-06', 'month'], ['the previous quarter', null, null]]],
    ['Sales in the three months to June rose 3% from the same quarter last year.', '2025-08-14',
      [['three months to June', '2025-04/2025-06', 'month'], ['the same quarter', null, null], ['last year', '2024', 'year']]],
    // "A year earlier" than a month is that month a year before; than a year, the year before.
    ['Exports rose 5% in June from a year earlier.', '2025-07-14', [['June', '2025-06', 'month'], ['a year earlier', '2024-06', 'month']]],
    ['The plant opened in 2019 and closed two years later.', undefined, [['2019', '2019', 'year'], ['two years later', '2021', 'year']]],
    ['He was jailed on 3 March 2020 and freed two years later.', undefined, [['3 March 2020', '2020-03-03', 'day'], ['two years later', '2022', 'year']]],
    ['Sales in May 2025 were below the year before.', undefined, [['May 2025', '2025-05', 'month'], ['the year before', '2024', 'year']]],
    // The weekend: Saturday and Sunday, past unless the clause looks ahead; unknown when published on one.
    ['The festival takes place this weekend.', '2025-07-09', [['this weekend', '2025-07-12/2025-07-13', 'day']]],
    ['Fans gathered at the weekend.', '2025-07-12', [['the weekend', null, null]]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: absolute dates', () => {
  it.each<[string, Expected[]]>([
    ['He was arrested at a hotel in Basra in September 2003.', [['September 2003', '2003-09', 'month']]],
    ['The shooting of four civilians happened in May 2003.', [['May 2003', '2003-05', 'month']]],
    ['Prices peaked in late December 2004.', [['late December 2004', '2004-12', 'month']]],
    ['Iraq claimed to have defeated ISIS in 2017, but attacks continue.', [['2017', '2017', 'year']]],
    ['Forecasts said there would be a $348bn shortfall in the 2005 fiscal year.', [['2005 fiscal year', '2005', 'year']]],
    ['The company plans to restate its fiscal 2007 results.', [['fiscal 2007', '2007', 'year']]],
    ['The CBO forecast a shortfall of $855bn for the years from 2006 to 2015.', [['2006 to 2015', '2006/2015', 'year']]],
    // "Between X and Y" names two years, each its own date; "from X to Y" is one period.
    ['Growth averaged 2% between 1990 and 2000.', [['1990', '1990', 'year'], ['2000', '2000', 'year']]],
    ['Fares rose by a third between 2011 and 2019, the audit found.', [['2011', '2011', 'year'], ['2019', '2019', 'year']]],
    ['Some 700 people were hired between 1500 and 2000 hours.', []],
    ['He scored 30 goals in the 2005-06 season.', [['2005-06', '2005/2006', 'year']]],
    ['No faithless elector had mattered since 1948.', [['1948', '1948', 'year']]],
    ['Turnout in the 2016 election was high.', [['2016', '2016', 'year']]],
    ['Output should recover by mid-2024.', [['mid-2024', '2024', 'year']]],
    ['The deficit hit $412bn in the 12 months to 30 September 2004.', [['30 September 2004', '2004-09-30', 'day']]],
    ['The law was signed on January 4, 2024.', [['January 4, 2024', '2024-01-04', 'day']]],
    // The year after the second of two days joined by "and"/"or" is the first's too (not back across a new year).
    ['Ships fired water cannon on March 5 and March 23, 2024, injuring sailors.', [['March 5', '2024-03-05', 'day'], ['March 23, 2024', '2024-03-23', 'day']]],
    ['Ships fired water cannon on 5 March or 23 March 2024.', [['5 March', '2024-03-05', 'day'], ['23 March 2024', '2024-03-23', 'day']]],
    ['Talks were held on December 28 and January 3, 2025.', [['December 28', null, null], ['January 3, 2025', '2025-01-03', 'day']]],
    // A comma joins a month and its year, not a month and a count.
    ['In May, 2024, another fire forced the evacuation of four neighbourhoods.', [['May, 2024', '2024-05', 'month']]],
    ['The deal was signed in September, 2019, officials said.', [['September, 2019', '2019-09', 'month']]],
    ['In May, 2,000 people marched, and in June, 2000 more joined.', [['May', null, null], ['June', null, null]]],
    ['Shares were issued on 4 Jan 2024.', [['4 Jan 2024', '2024-01-04', 'day']]],
    ['The file is dated 2024-01-04.', [['2024-01-04', '2024-01-04', 'day']]],
    ['Analysts expect earnings for the year ending Dec. 31, 2007.', [['Dec. 31, 2007', '2007-12-31', 'day']]],
    ['Conditions slowed after the 11 September attacks.', [['11 September', '2001-09-11', 'day']]],
    ['Security changed after 9/11.', [['9/11', '2001-09-11', 'day']]],
    ['Crime fell sharply in the 1990s.', [['1990s', '1990/1999', 'year']]],
    // Part of a decade, or a decade that may be a century: no answer.
    ['Crime fell sharply in the early 1990s and in the 1800s.', [['early 1990s', null, null], ['1800s', null, null]]],
    ['On Jan. 6, the votes will be counted.', [['Jan. 6', null, null]]],
    ['The official tally came in around 8 p.m--though he had won earlier in the evening.', [['8 p.m', null, null], ['earlier in the evening', null, null]]],
    ['Polls close at 10pm.', [['10pm', null, null]]],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it('drops a weekday that names the full date after it', () => {
    expect(dates('He will appear in court later today (Monday, June 15).', '2020-06-15')).toEqual([
      ['today', '2020-06-15', 'day'],
      ['June 15', '2020-06-15', 'day'],
    ]);
  });

  it('rejects a datePublished that is not a calendar date, saying what to pass', () => {
    expect(() => extractDates('In 2017.', splitSentences('In 2017.'), '05/01/2024')).toThrow(/datePublished "05\/01\/2024".*YYYY-MM-DD/);
    expect(() => extractDates('In 2017.', splitSentences('In 2017.'), '2024-02-30')).toThrow(RangeError);
  });
});

describe('extractDates: words that fix or unsettle the day of a date', () => {
  it.each<[string, string, Expected[]]>([
    // "Last/this/next year" after a day and month is that year's day, one date (as after a month alone).
    ['Plaid said it was ready for the Senedd election on 7 May next year.', '2025-06-20', [['7 May next year', '2026-05-07', 'day']]],
    ['India closed it on May 7 last year.', '2026-04-02', [['May 7 last year', '2025-05-07', 'day']]],
    ['The fair opened on 9 May this year.', '2025-06-20', [['9 May this year', '2025-05-09', 'day']]],
    ['The vote is on 29 February next year.', '2026-05-01', [['29 February next year', null, null]]],
    // A possible policy move weighed in its sentence is a coming month, whatever the tense of the telling.
    ['Four policymakers told Reuters that a cut in June was unlikely.', '2026-04-30', [['June', '2026-06', 'month']]],
    ['Markets priced in a 30% chance of a 25-basis-point cut by December.', '2026-04-30', [['December', '2026-12', 'month']]],
    ['The Fed delivered a cut in December.', '2026-04-30', [['December', '2025-12', 'month']]],
    // A start a decision sets, or an action announced with a condition after it, by nearness, not the telling's tense.
    ['Councillors voted on Wednesday to cut the daily allowance from 1 July.', '2026-02-18', [['Wednesday', '2026-02-18', 'day'], ['1 July', '2026-07-01', 'day']]],
    ['The union announced a sit-in outside the Assembly on March 18 if the decision was not revised.', '2026-03-11', [['March 18', '2026-03-18', 'day']]],
    ['The union held a strike on March 3.', '2026-03-11', [['March 3', '2026-03-03', 'day']]],
    // A weekday before a day and month: the year where that day falls on it, whatever the tense suggested.
    ['The government had extended the alert until Sunday 16 August.', '2026-08-12', [['16 August', '2026-08-16', 'day']]],
    ['The fair closed on Saturday, 16 August.', '2026-08-12', [['16 August', '2025-08-16', 'day']]],
    // No year near publication fits: no date rather than a wrong one.
    ['The plant closed on Monday 16 August.', '2026-08-12', [['16 August', null, null]]],
    // "The fires of 2017": an event noun, then "of" and a year, names a year; a count after "of" does not.
    ['Portugal is scarred by the fires of 2017, which killed 66 people in June that year.', '2026-08-12',
      [['2017', '2017', 'year'], ['June that year', '2017-06', 'month']]],
    ['The figures of 2000 firms were added up.', '2026-08-12', []],
    // A clock time after an earlier, later hour of its sentence's day has passed midnight: no date, not a day early.
    ['Polls closed at 22:00 on Thursday, and the result was declared shortly after 03:00 BST.', '2025-06-20',
      [['Thursday', '2025-06-19', 'day'], ['03:00 BST', null, null]]],
    ['Fighting began on Friday and stopped at 2am GMT.', '2025-06-20', [['Friday', '2025-06-20', 'day'], ['2am', '2025-06-20', 'day']]],
    ['Rates rose 6.25 percent on Monday, and trading ended at 4pm GMT.', '2025-06-20', [['Monday', '2025-06-16', 'day'], ['4pm', '2025-06-16', 'day']]],
    // A clock time with no day of its own takes the previous sentence's last day, but not the day something was said.
    ['A tanker exploded on the highway on Saturday night, officials said on Sunday. It overturned at about 9:40 p.m., the FRSC said.', '2026-03-15',
      [['Saturday', '2026-03-14', 'day'], ['Sunday', '2026-03-15', 'day'], ['9:40 p.m.', '2026-03-14', 'day']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: numbers that are not dates', () => {
  it.each([
    'Around 2,500 US soldiers are stationed in Iraq and another 900 in Syria.',
    'The US budget deficit is set to hit a worse-than-expected $368bn (£197bn).',
    'Among the 538 electors chosen, five were faithless to the Democratic nominee.',
    'The company employs 2000 people in the region.',
    'The party won by 1500 votes.',
    'Between 1500 and 2000 troops were deployed.',
    'Unemployment fell to 3.9% in 2,300 towns.',
    'Flight 2020 landed safely, a 2019-20 rise of 5.3%.',
  ])('%s', (text) => {
    expect(dates(text, FRI).filter(([, , p]) => p !== null)).toEqual([]);
  });
});

describe('extractDates: event-relative phrases', () => {
  it.each<[string, string | undefined, Expected[]]>([
    // An anchor that puts a past action after publication is the wrong anchor: no date rather than a wrong one.
    [
      'Regulators now have until Jan. 27 to rule. The trade commission a day earlier asked both companies for more information.',
      '2025-09-16',
      [['Jan. 27', '2026-01-27', 'day'], ['a day earlier', null, null]],
    ],
    [
      'The Iraqi government announced plans on Friday to oust the coalition. The move comes a day after a US strike killed a commander.',
      FRI,
      [['Friday', '2024-01-05', 'day'], ['a day after', '2024-01-05', 'day']],
    ],
    [
      'He was arrested on 3 March 2020. He was released two days later.',
      undefined,
      [['3 March 2020', '2020-03-03', 'day'], ['two days later', '2020-03-05', 'day']],
    ],
    [
      'The deficit hit $412bn in the 12 months to 30 September 2004, after reaching $377bn in the previous fiscal year.',
      undefined,
      [['30 September 2004', '2004-09-30', 'day'], ['the previous fiscal year', '2003', 'year']],
    ],
    [
      'Fighting broke out on Thursday. The next day, the army withdrew.',
      FRI,
      [['Thursday', '2024-01-04', 'day'], ['The next day', '2024-01-05', 'day']],
    ],
    // Not against the publication date: no anchor in the text, no answer.
    ['Two days later, police arrested him.', FRI, [['Two days later', null, null]]],
    ['The attack came a day after the elections.', FRI, [['a day after', null, null]]],
    // A relative phrase is not an anchor: "the prior year" here is not two years back.
    [
      'Revenue fell from the same time last year after elevated levels in the prior year.',
      FRI,
      [['last year', '2023', 'year'], ['the prior year', null, null]],
    ],
  ])('%s', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: output contract', () => {
  const text = 'Fighting broke out on Thursday in Basra.\n\nThis browser does not support the video element.\n\nOn Monday, officials met in Basra. Talks end in March 2024.';
  const sentences = splitSentences(text);
  const found = extractDates(text, sentences, FRI);

  it('gives exact offsets, verbatim sentences and sorted spans', () => {
    expect(found.map((d) => d.text)).toEqual(['Thursday', 'Monday', 'March 2024']);
    for (const d of found) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
      expect(d.sentence).toBe(sentences.find((s) => s.start <= d.start && d.end <= s.end)!.text);
    }
    expect([...found].sort((a, b) => a.start - b.start)).toEqual(found);
  });

  it('skips page furniture', () => {
    const t = 'Officials met on Monday.\n\nfrom/sms (AFP, Reuters, 2024)';
    expect(extractDates(t, splitSentences(t), FRI).map((d) => d.text)).toEqual(['Monday']);
  });

  it('reports the kind of each expression', () => {
    const t = 'On Friday, a day after the strike, officials recalled the 2005 fiscal year, last month and 8 p.m.';
    expect(extractDateDetails(t, splitSentences(t), FRI).map((d) => d.kind)).toEqual(
      ['weekday', 'event-relative', 'year', 'relative', 'time']);
  });
});

describe('classifyDate', () => {
  it.each([
    ['Thursday', 'weekday'], ['last Friday', 'weekday'], ['last month', 'relative'], ['this year', 'relative'],
    ['recent months', 'relative'], ['September 2003', 'month'], ['late December', 'month'], ['2017', 'year'],
    ['2005 fiscal year', 'year'], ['2006 to 2015', 'range'], ['30 September 2004', 'full-date'], ['Jan. 6', 'full-date'],
    ['2024-01-04', 'full-date'], ['a day after', 'event-relative'], ['the previous fiscal year', 'event-relative'],
    ['8 p.m', 'time'], ['1990s', 'decade'],
  ])('%s → %s', (text, kind) => {
    expect(classifyDate(text)).toBe(kind);
  });
});

describe('formatDateLike', () => {
  const fact = (text: string): DateFact => ({ text, sentence: text, start: 0, end: text.length, iso: null, precision: null });
  it.each<[string, DatePrecision, string, string]>([
    ['2024-01-02', 'day', 'Thursday', 'Tuesday'],
    ['2003-03', 'month', 'September 2003', 'March 2003'],
    ['2015', 'year', '2017', '2015'],
    ['2004-06-12', 'day', '30 September 2004', '12 June 2004'],
    ['2017-02-03', 'day', 'Jan. 6', 'Feb. 3'],
    ['2017-05-03', 'day', 'Jan. 6', 'May 3'],
    ['2024-03-21', 'day', 'January 4th, 2024', 'March 21st, 2024'],
    ['2023-03', 'month', 'late December', 'late March'],
    ['2003', 'year', '2005 fiscal year', '2003 fiscal year'],
    ['2008/2017', 'year', '2006 to 2015', '2008 to 2017'],
    ['2006/2007', 'year', '2005-06', '2006-07'],
    ['2024-01-03', 'day', '2024-01-04', '2024-01-03'],
    // Relative spans cannot show another date: a plain date instead.
    ['2023-10', 'month', 'last month', 'October 2023'],
    ['2024-01-03', 'day', 'a day after', '3 January 2024'],
  ])('%s like "%s"', (iso, precision, example, expected) => {
    expect(formatDateLike(iso, precision, fact(example))).toBe(expected);
  });

  it('explains a malformed iso', () => {
    expect(() => formatDateLike('Jan 2024', 'month', fact('March 2003'))).toThrow(/"Jan 2024" is not an ISO date/);
  });
});

describe('shiftIso', () => {
  it.each<[string, DatePrecision, number, string]>([
    ['2024-01-04', 'day', -2, '2024-01-02'],
    ['2024-02-28', 'day', 1, '2024-02-29'],
    ['2023-12-31', 'day', 1, '2024-01-01'],
    ['2024-01', 'month', -1, '2023-12'],
    ['2023-12', 'month', 14, '2025-02'],
    ['2017', 'year', -2, '2015'],
    ['2024-01-04', 'year', 1, '2025'],
    ['2006/2015', 'year', 2, '2008/2017'],
  ])('%s %s %i → %s', (iso, precision, amount, expected) => {
    expect(shiftIso(iso, precision, amount)).toBe(expected);
  });

  it('refuses to shift a year by days, saying which precision works', () => {
    expect(() => shiftIso('2017', 'day', 1)).toThrow(/year precision.*use precision "year"/);
    expect(() => shiftIso('2017', 'year', 0.5)).toThrow(/integer/);
  });
});

// ---------------------------------------------------------------------------
// Recall on real articles.

interface Annotated { text: string; iso: string | null; sentence: string }

/** Share of annotated dates found with the same span, sentence and iso. */
function recall(body: string, title: string | undefined, published: string | undefined, gold: Annotated[]): number {
  const got = extractDates(body, splitSentences(body, title), published);
  const ok = gold.filter((g) => got.some((d) => d.text === g.text && d.sentence === g.sentence && d.iso === g.iso));
  return ok.length / gold.length;
}

describe('recall on the annotated corpus', () => {
  const dir = new URL('../../../shared/corpus/', import.meta.url);
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    files = [];
  }
  it.runIf(files.length > 0)('finds at least 85% of the annotated dates with the right iso', () => {
    let total = 0;
    let hits = 0;
    for (const f of files) {
      const gold = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { datePublished: string | null; facts: { dates: Annotated[] } };
      const raw = readFileSync(new URL(f.replace(/\.json$/, '.txt'), dir), 'utf8');
      const nl = raw.indexOf('\n');
      const body = raw.slice(nl + 1).replace(/^\r?\n/, '');
      const r = recall(body, raw.slice(0, nl), gold.datePublished ?? undefined, gold.facts.dates);
      total += gold.facts.dates.length;
      hits += r * gold.facts.dates.length;
    }
    expect(total).toBeGreaterThan(20);
    expect(hits / total).toBeGreaterThanOrEqual(0.85);
  });
});

describe('recall on unseen real news (hand-annotated excerpts)', () => {
  // Short excerpts of published articles (Guardian, Reuters, local UK papers, AP), annotated by hand.
  const articles: Array<{ published: string; body: string; gold: Array<[string, string | null]> }> = [
    {
      published: '2018-12-15', // Saturday
      body: 'The 33-year-old was to appear at Westminster magistrates court on Saturday charged with one count of preparing an act of terrorism.\n\n' +
        'Police helped counter-terrorism officers arrest the man, who has not been named, on Tuesday. He had been arrested earlier this week.',
      gold: [['Saturday', '2018-12-15'], ['Tuesday', '2018-12-11'], ['earlier this week', null]],
    },
    {
      published: '2020-09-14', // Monday
      body: 'British police said on Monday they charged a man with attempting to cause an explosion.\n\n' +
        'The man, who was arrested by counter-terrorism officers in Cambridge on Saturday, will appear at Westminster Magistrates\' Court later on Monday.\n\n' +
        'He was detained after a package was sent to a house in north London on Thursday, police said.',
      gold: [['Monday', '2020-09-14'], ['Saturday', '2020-09-12'], ['Thursday', '2020-09-10']],
    },
    {
      published: '2018-06-18', // Monday
      body: 'A 32-year-old man is due to appear before magistrates today (Monday, June 18) charged with arson.\n\n' +
        'He was arrested on Saturday (June 16) in connection with a number of fires.\n\n' +
        'The fires were started some time between 5.30pm on Friday (June 15) and 4am on Saturday (June 16).',
      gold: [['today', '2018-06-18'], ['June 18', '2018-06-18'], ['Saturday', '2018-06-16'], ['June 16', '2018-06-16'],
        ['5.30pm', null], ['Friday', '2018-06-15'], ['June 15', '2018-06-15'], ['4am', null]],
    },
    {
      published: '2024-04-19', // Friday
      body: 'Salvage crews are removing debris from the ship that caused the deadly collapse last month.\n\n' +
        'The Environmental Protection Agency on Friday designated two forever chemicals as hazardous substances.\n\n' +
        'The company acquired the business in 2007 and expects 2024 earnings to rise. In July, it signed a private placement deal. A year ago, its shares opened at $29.25.',
      gold: [['last month', '2024-03'], ['Friday', '2024-04-19'], ['2007', '2007'], ['2024', '2024'], ['July', '2023-07'], ['A year ago', '2023']],
    },
  ];
  it('finds at least 85% of the dates with the right iso', () => {
    let total = 0;
    let hits = 0;
    for (const a of articles) {
      const got = extractDates(a.body, splitSentences(a.body), a.published);
      for (const [text, iso] of a.gold) {
        total++;
        if (got.some((d) => d.text === text && d.iso === iso)) hits++;
      }
    }
    expect(hits / total).toBeGreaterThanOrEqual(0.85);
  });
});

describe('extractDates: a month, a day or a holiday after a preposition', () => {
  it.each<[string, string, Expected[]]>([
    ['The vote is scheduled for March.', FRI, [['March', '2024-03', 'month']]],
    ['Shops expect crowds around Christmas.', '2025-12-10', [['Christmas', '2025-12-25', 'day']]],
    ['The deadline will be moved to May 10.', '2025-04-20', [['May 10', '2025-05-10', 'day']]],
    // A name or a modal stays out.
    ['Theresa May told MPs the deal was done.', FRI, []],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('classifyDate agrees with the extractor', () => {
  it.each([
    ['a year earlier', 'event-relative'], ['The next month', 'event-relative'], ['spring 2025', 'range'],
    ['three months to September', 'range'], ['May', 'month'], ['Christmas', 'full-date'],
  ])('%s → %s', (text, kind) => {
    expect(classifyDate(text)).toBe(kind);
  });
});

// Thursday 15 January 2026.
const THU = '2026-01-15';

describe('extractDates: scheduled events in the present tense look ahead', () => {
  it.each<[string, string, Expected[]]>([
    // Fixture, hearing and travel verbs after a subject read as future.
    ['Leeds host Everton on Saturday in a match moved for television.', THU, [['Saturday', '2026-01-17', 'day']]],
    ['The champions travel to Turin to play Juventus on Tuesday.', THU, [['Tuesday', '2026-01-20', 'day']]],
    ['The tribunal hears the case on Monday.', THU, [['Monday', '2026-01-19', 'day']]],
    ['They fly to Geneva on Wednesday for the summit.', THU, [['Wednesday', '2026-01-21', 'day']]],
    ['The Senate votes on the bill on Tuesday.', THU, [['Tuesday', '2026-01-20', 'day']]],
    // The same words as nouns leave the past bias alone.
    ['The prince paid a state visit to Oslo on Monday.', THU, [['Monday', '2026-01-12', 'day']]],
    ['The club unveiled new faces on Tuesday.', THU, [['Tuesday', '2026-01-13', 'day']]],
    // A verb straight after the date makes the word before it a noun: "votes" here is counted, not voting.
    ['Postal votes on Friday were counted overnight.', THU, [['Friday', '2026-01-09', 'day']]],
    ['Opposition votes on Monday were annulled by the court.', THU, [['Monday', '2026-01-12', 'day']]],
    // A scheduled verb after "to" depends on what governs it: a past verb leaves it open, a present one looks ahead.
    ['The ministers agreed to meet on Friday.', THU, [['Friday', null, null]]],
    ['The ministers plan to meet on Friday.', THU, [['Friday', '2026-01-16', 'day']]],
    ['Union leaders to meet on Friday.', THU, [['Friday', '2026-01-16', 'day']]],
    // "Open" after a past linking verb is an adjective: the past verb dates it (not "the Games open", "announced open market").
    ['The seat came open in August when Liberal MP Helen Tsai resigned to take a job as president of a Toronto hospital foundation.', '2025-11-25', [['August', '2025-08', 'month']]],
    ['The post remained open in August.', '2025-11-25', [['August', '2025-08', 'month']]],
    ['The pools stayed open in September.', '2025-11-25', [['September', '2025-09', 'month']]],
    ['The Games open on 26 July.', '2025-11-25', [['26 July', '2026-07-26', 'day']]],
    ['The bank announced open market purchases on February 13.', '2026-02-06', [['February 13', '2026-02-13', 'day']]],
    // A company reporting, publishing or releasing results after ", and" looks ahead; "reports on", "reports in" are nouns.
    ["Tesla's global deliveries fell for a second straight year in 2025, and the company reports first-quarter deliveries in early April.", '2026-02-17',
      [['2025', '2025', 'year'], ['first-quarter', '2026-01/2026-03', 'month'], ['early April', '2026-04', 'month']]],
    ['Profits fell last year, and the group announces full-year results in early April.', '2026-02-17', [['last year', '2025', 'year'], ['early April', '2026-04', 'month']]],
    ['Sales fell in 2025, and the agency publishes its figures in March.', '2026-02-17', [['2025', '2025', 'year'], ['March', '2026-03', 'month']]],
    ['Exports slumped in 2025, and the ministry releases trade data in April.', '2026-02-17', [['2025', '2025', 'year'], ['April', '2026-04', 'month']]],
    ['Media reports on Monday said the talks had stalled.', '2026-02-17', [['Monday', '2026-02-16', 'day']]],
    ['Local media reports in January said the plant had closed.', '2026-02-17', [['January', '2026-01', 'month']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: "until" a date', () => {
  // Monday 2 June 2025.
  const MON = '2025-06-02';
  it.each<[string, string, Expected[]]>([
    // A present or present perfect clause reaches to now, so "until" looks ahead.
    ['Forecasters have warned of strong winds until Thursday, with gusts of 80mph.', MON, [['Thursday', '2025-06-05', 'day']]],
    ['The border crossing remains closed until Friday.', MON, [['Friday', '2025-06-06', 'day']]],
    ['Libraries are shut until Wednesday.', MON, [['Wednesday', '2025-06-04', 'day']]],
    // A past clause stays past; "would" stays open.
    ['The strike lasted until Saturday.', MON, [['Saturday', '2025-05-31', 'day']]],
    ['The museum was closed until Thursday.', MON, [['Thursday', '2025-05-29', 'day']]],
    ['She said she would stay until Friday.', MON, [['Friday', '2025-06-06', 'day']]],
    ['Officials said last month the line would stay closed until Friday.', MON, [['last month', '2025-05', 'month'], ['Friday', null, null]]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: the clause a date belongs to', () => {
  it.each<[string, string, Expected[]]>([
    // A relative clause closed by a comma and a verb keeps its own tense: past here, not the main clause's present.
    ['The striker, who joined on a three-year, $20 million deal in August, is now injured.', THU, [['August', '2025-08', 'month']]],
    ['The mayor, who took office in May, has ordered a review.', '2025-12-01', [['May', '2025-05', 'month']]],
    // A hyphenated word is one word: "play-offs" is not the verb "play".
    ['Derby, relegated via the play-offs in May, have lost twice since.', '2025-10-05', [['May', '2025-05', 'month']]],
    // A verb after a relative clause set off by commas has the clause's antecedent as its subject: "Ireland …, host" looks ahead.
    ['Ireland, who finished third last season, host Italy at the Aviva Stadium on February 14th.', '2026-02-06', [['last season', null, null], ['February 14th', '2026-02-14', 'day']]],
    ['The champions, who won the title in style, play Leeds on February 14th.', '2026-02-06', [['February 14th', '2026-02-14', 'day']]],
    // A date inside the relative clause keeps its own past ("4,600" is no clause end).
    ['The peso, which weakened past 4,600 per dollar for the first time on Tuesday, rallied 1.8%.', '2026-02-06', [['Tuesday', '2026-02-03', 'day']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: new forms', () => {
  it.each<[string, string | undefined, Expected[]]>([
    // An event-relative phrase set off by a comma right after a date dates the same event.
    ['Rescuers reached the village on Tuesday, two days after the avalanche, officials said.', THU,
      [['Tuesday', '2026-01-13', 'day'], ['two days after', '2026-01-13', 'day']]],
    ['The storm hit on Monday. Aid arrived a day after the storm.', THU, [['Monday', '2026-01-12', 'day'], ['a day after', null, null]]],
    // A month followed by "last/next year" is that year's month.
    ['Prices fell in early March last year and again in April.', '2025-06-20', [['early March last year', '2024-03', 'month'], ['April', '2025-04', 'month']]],
    ['The bridge opens in October next year.', '2025-06-20', [['October next year', '2026-10', 'month']]],
    // School, fiscal and sports-season year ranges, with their noun.
    ['Enrolment fell during the 2022-23 school year.', undefined, [['2022-23 school year', '2022/2023', 'year']]],
    ['Revenue in fiscal 2024-25 rose 4%.', undefined, [['fiscal 2024-25', '2024/2025', 'year']]],
    // A year before a finding, a verdict, an audit or an inquiry.
    ['The report cited a 2018 audit and a 2016 inquiry.', undefined, [['2018', '2018', 'year'], ['2016', '2016', 'year']]],
    ['Lawyers challenged a 2021 verdict.', undefined, [['2021', '2021', 'year']]],
    // Wire-style clock times.
    ['The shares were up 3% at 1430 GMT.', THU, [['1430 GMT', null, null]]],
    // "A season ago" is a date, left unresolved: seasons may straddle two years.
    ['She scored 12 goals a season ago.', THU, [['a season ago', null, null]]],
    // A date inside a name is not a date.
    ['Leaders of the April 6 Youth Movement met in Cairo.', THU, []],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: a bare "third quarter" is a date only in an article that counts calendar quarters', () => {
  // Thursday 23 October 2025.
  const OCT = '2025-10-23';
  it.each<[string, Expected[]]>([
    ['Third-quarter sales fell 5%. Profit in the July-September period halved. Costs will peak in the fourth quarter.', [
      ['Third-quarter', '2025-07/2025-09', 'month'], ['July-September period', '2025-07/2025-09', 'month'],
      ['fourth quarter', '2025-10/2025-12', 'month']]],
    // More than half a year back it is more likely a fiscal quarter: no answer.
    ['Sales in the three months to September rose. First-quarter sales had fallen.', [
      ['three months to September', '2025-07/2025-09', 'month'], ['First-quarter', null, null]]],
    // No calendar quarter named, or the article speaks of fiscal quarters, or a game's quarters: not dates.
    ['Third-quarter sales fell 5%.', []],
    ['Fiscal fourth-quarter revenue rose. Sales in the April-June quarter fell.', [['April-June quarter', '2025-04/2025-06', 'month']]],
    ['He scored 22 points in the fourth quarter.', []],
  ])('%s', (text, expected) => {
    expect(dates(text, OCT)).toEqual(expected);
  });
});

describe('extractDates: split fiscal years, day ranges and present-tense departures', () => {
  // Monday 9 March 2026: the Indian financial year 2025-26 ends on 31 March.
  const MAR = '2026-03-09';
  it.each<[string, string, Expected[]]>([
    // A split year after a preposition is a date; its halves and quarters are fiscal, April-March in Indian news.
    ['The state budget for 2027-28 plans ₹4,000 crore for roads.', MAR, [['2027-28', '2027/2028', 'year']]],
    ['Exports rose 6% in 2024/25.', MAR, [['2024/25', '2024/2025', 'year']]],
    ['Tax receipts of ₹80 crore are seen in the second half of 2026-27.', MAR, [['second half of 2026-27', '2026-10/2027-03', 'month']]],
    ['Rs 90 crore is due in the first quarter of 2026-27.', MAR, [['first quarter of 2026-27', '2026-04/2026-06', 'month']]],
    // Elsewhere a fiscal year may start in July or October: no answer rather than a calendar half.
    ['The deficit will narrow in the first half of 2026-27, the treasurer said.', MAR, [['first half of 2026-27', null, null]]],
    ['Borrowing of ₹12 lakh crore is planned for the next financial year.', MAR, [['the next financial year', '2026/2027', 'year']]],
    ['Subsidies cost ₹2 lakh crore in the current fiscal year.', MAR, [['the current fiscal year', '2025/2026', 'year']]],
    // Day ranges within one month, either order; a clock range is not one.
    ['The summit runs from May 12 to 14.', MAR, [['May 12 to 14', '2026-05-12/2026-05-14', 'day']]],
    ['Voting took place on 2-4 February.', MAR, [['2-4 February', '2026-02-02/2026-02-04', 'day']]],
    ['Talks were held Jan. 20-22, 2025.', MAR, [['Jan. 20-22, 2025', '2025-01-20/2025-01-22', 'day']]],
    // A present-tense departure after a subject looks ahead, even after a past verb in the main clause.
    ['Leaders vowed to pass the bill before parliament adjourns March 27.', MAR, [['March 27', '2026-03-27', 'day']]],
    ['They promised a deal before the delegation leaves on March 20.', MAR, [['March 20', '2026-03-20', 'day']]],
    // A passive present perfect is a state now, not a past date: no answer rather than last week.
    ['A state of emergency has been declared on Wednesday.', MAR, [['Wednesday', null, null]]],
    ['A 2019 brief argued the opposite.', MAR, [['2019', '2019', 'year']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });

  it('leaves a clock range alone', () => {
    const found = dates('Polls stay open on March 12 to 9 p.m.', MAR);
    expect(found[0]).toEqual(['March 12', '2026-03-12', 'day']);
    expect(found.map(([t]) => t)).not.toContain('March 12 to 9');
  });
});

describe('extractDates: bare years after "for", before a year noun or an event name; clock time with weekday; next weekend', () => {
  // Sunday 1 March 2026 and Wednesday 4 March 2026.
  const SUN = '2026-03-01', WED = '2026-03-04';
  it.each<[string, string, Expected[]]>([
    // "for" + year, like "by" + year: a modern year followed by punctuation, a capital or a function word.
    ['The ministry set a growth target of 5% for 2027, officials said.', WED, [['2027', '2027', 'year']]],
    ['The board approved the accounts for 1998 on Tuesday.', WED, [['1998', '1998', 'year'], ['Tuesday', '2026-03-03', 'day']]],
    // A year before a year noun after a preposition: "compared with 2005 levels".
    ['Emissions must fall 40% compared with 2005 levels.', WED, [['2005', '2005', 'year']]],
    ['Prices are still above 2019 levels.', WED, [['2019', '2019', 'year']]],
    // A modern year between a determiner and a name: "the 2012 London Olympics".
    ['She won silver at the 2012 London Olympics.', WED, [['2012', '2012', 'year']]],
    // A clock time directly before a weekday is that day; with "on" between, the weekday alone is.
    ['The fire broke out at 2:15 a.m. Tuesday.', WED, [['2:15 a.m. Tuesday', '2026-03-03', 'day']]],
    ['Police were called at 9pm Saturday.', WED, [['9pm Saturday', '2026-02-28', 'day']]],
    // A clock time is on the day its sentence (else the sentence before) names.
    ['The crash happened at 6.50am on Monday.', WED, [['6.50am', '2026-03-02', 'day'], ['Monday', '2026-03-02', 'day']]],
    ['Police were called on Monday. The suspect fled at 9 p.m.', WED, [['Monday', '2026-03-02', 'day'], ['9 p.m.', '2026-03-02', 'day']]],
    ['The suspect fled at 9 p.m., police said.', WED, [['9 p.m.', null, null]]],
    // Ends of years; 2100; "the same quarter a year ago"; future-looking "expect", "likely".
    ['Layoffs are ruled out until the end of 2027.', WED, [['the end of 2027', '2027-12', 'month']]],
    ['The plant will close by the end of next year.', WED, [['the end of next year', '2027-12', 'month']]],
    ['Seas could rise a metre by 2100.', WED, [['2100', '2100', 'year']]],
    ['Sales hit $3bn in the October-December quarter. Sales were $2bn in the same quarter a year ago.', WED,
      [['October-December quarter', '2025-10/2025-12', 'month'], ['the same quarter', null, null], ['a year ago', '2024-10/2024-12', 'month']]],
    ['Few observers expect a deal before Saturday.', WED, [['Saturday', '2026-03-07', 'day']]],
    ['She said the listing was likely by September.', WED, [['September', '2026-09', 'month']]],
    // "Next weekend" is the coming one when published on a weekend, unknown on a weekday.
    ['The team travels to Madrid next weekend.', SUN, [['next weekend', '2026-03-07/2026-03-08', 'day']]],
    ['The team travels to Madrid next weekend.', WED, [['next weekend', null, null]]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });

  it.each([
    'Officials asked for 2000 more troops.',
    'The fund paid for 1500 laptops.',
    'Fans bought the 2500 tickets in an hour.',
    'He was one of 1200 strikers.',
  ])('a count is not a year: %s', (text) => {
    expect(dates(text, WED).filter(([, , p]) => p !== null)).toEqual([]);
  });
});

describe('extractDates: round 4 rules (periods, parts of days, leads, deadlines)', () => {
  // Tuesday 13 January 2026; Wednesday 21 October 2026; Sunday 24 May 2026.
  const TUE = '2026-01-13', WED = '2026-10-21', SUN = '2026-05-24';
  it.each<[string, string, Expected[]]>([
    // A period of weeks ending on a day; a year to the end of a month, and the year before it.
    ['Takings in the eight weeks to 4 January rose 3%.', TUE, [['eight weeks to 4 January', '2025-11-10/2026-01-04', 'day']]],
    ['The group lost £12m in the year to the end of March 2025, against £8m a year earlier.', TUE,
      [['year to the end of March 2025', '2024-04/2025-03', 'month'], ['a year earlier', '2023-04/2024-03', 'month']]],
    // Start of the year; end of the month when the clause looks ahead (not in a past narrative).
    ['The index has gained 6% since the start of the year.', TUE, [['the start of the year', '2026-01', 'month']]],
    ['The plant will shut by the end of the month.', TUE, [['the end of the month', '2026-01-31', 'day']]],
    ['Prices rose steadily until the end of the month.', TUE, [['the end of the month', null, null]]],
    // A month "of last year" is one date; a year and a half back is a month.
    ['Tariffs were raised in August of last year.', TUE, [['August of last year', '2025-08', 'month']]],
    ['Turnout fell from a peak a year and a half ago.', WED, [['a year and a half ago', '2025-04', 'month']]],
    ['The firm was sold two and a half years ago.', WED, [['two and a half years ago', '2024-04', 'month']]],
    // "after Monday's vote" names a past event when that Monday is the nearer one, even in a future clause.
    ['The coalition will govern alone after Monday\'s election, projections show.', WED, [['Monday', '2026-10-19', 'day']]],
    ['Trading will resume after Friday\'s holiday.', WED, [['Friday', '2026-10-23', 'day']]],
    // A relative clause after ", where" has its own tense; a noun after "more" is no past verb.
    ['The tour moves on to Rome on June 7, where she won in 2024.', SUN, [['June 7', '2026-06-07', 'day'], ['2024', '2024', 'year']]],
    ['"We expect one more cut in July," the economist said.', SUN, [['July', '2026-07', 'month']]],
    // A modern year after "a" before a singular noun; not a round count.
    ['He was jailed for a 2017 burglary in Leeds.', TUE, [['2017', '2017', 'year']]],
    ['Pupils wrote a 2000 word essay.', TUE, []],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });

  it.each<[string, string, Expected[]]>([
    // Parts of a day take the day of their sentence or the one before, like clock times; else they are dropped.
    ['The storm made landfall on Sunday. Power was restored by midday.', SUN, [['Sunday', '2026-05-24', 'day'], ['midday', '2026-05-24', 'day']]],
    ['Rescuers reached the village in the afternoon.', SUN, []],
    ['Farmers are up at 4 in the morning.', SUN, []],
    ['The minister spoke on Friday. The morning session ran late.', SUN, [['Friday', '2026-05-22', 'day']]],
    // With no date in its own or the previous sentence, a clock time is on the lede's day.
    ['A tremor shook the city on Friday, officials said. Buildings swayed in the centre. Shops shut early. The alert was lifted at 6 a.m.', SUN,
      [['Friday', '2026-05-22', 'day'], ['6 a.m.', '2026-05-22', 'day']]],
    ['A tremor shook the city on Friday, officials said. Buildings swayed in the centre. A vigil is planned next week. The alert was lifted at 6 a.m.', SUN,
      [['Friday', '2026-05-22', 'day'], ['next week', null, null], ['6 a.m.', null, null]]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: years after "into" and possessives, starts of years, commodity months, requests, year-ago days', () => {
  // Wednesday 8 October 2025.
  const WED = '2025-10-08';
  it.each<[string, string, Expected[]]>([
    // "into 2028"; a year between a possessive and its noun.
    ['Analysts expect the drought to last into 2028.', WED, [['2028', '2028', 'year']]],
    ["The ministry lifted Brazil's 2025 soybean forecast again.", WED, [['2025', '2025', 'year']]],
    ["The company's 2024 results beat forecasts.", WED, [['2024', '2024', 'year']]],
    ["The city's 2000 homes were flooded.", WED, []],
    // "In the summer for …" is the season; "the fall for …" is not.
    ['The plan is expected in the summer for consultation.', WED, [['the summer', '2026', 'year']]],
    // The start of a named year is its January, like the end of one is its December.
    ['Prices have doubled since the start of 2023.', WED, [['the start of 2023', '2023-01', 'month']]],
    ['Output fell at the beginning of last year.', WED, [['the beginning of last year', '2024-01', 'month']]],
    // A commodity's delivery month lies ahead.
    ['Wheat for September delivery was quoted at $230 a ton on Monday.', WED, [['September', '2026-09', 'month'], ['Monday', '2025-10-06', 'day']]],
    ['Cocoa for December shipment rose 3%.', WED, [['December', '2025-12', 'month']]],
    // A request to others looks ahead; the publication's own weekday in an open clause is that day.
    ['The union called on members to walk out on Friday.', WED, [['Friday', '2025-10-10', 'day']]],
    ['Protest leaders urged supporters to rally in the capital on Sunday.', WED, [['Sunday', '2025-10-12', 'day']]],
    ["The ransom is worth about $1m at Wednesday's prices.", WED, [['Wednesday', '2025-10-08', 'day']]],
    ['The talks would resume on Wednesday, officials hoped.', WED, [['Wednesday', null, null]]],
    // "A year earlier" than a stated day is that day a year before; not so for a weekday or "two years later".
    ['Stocks stood at 12 million tons as of Sept 30, against 10 million a year earlier.', WED, [['Sept 30', '2025-09-30', 'day'], ['a year earlier', '2024-09-30', 'day']]],
    ['Sales rose 4% on Tuesday from a year earlier.', WED, [['Tuesday', '2025-10-07', 'day'], ['a year earlier', '2024', 'year']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: round 6 rules (months before nouns, periods something is for, conditionals, agreements, participles)', () => {
  it.each<[string, string | undefined, Expected[]]>([
    // A month before a noun it dates goes by nearness, not by the clause's past verb.
    ['Ministers will meet on May 4 to set June output quotas.', '2026-04-20', [['May 4', '2026-05-04', 'day'], ['June', '2026-06', 'month']]],
    ['The exporter raised the March contract price last week.', '2026-02-10', [['March', '2026-03', 'month'], ['last week', null, null]]],
    ['Ministers said the March figures were weak.', '2026-04-10', [['March', '2026-03', 'month']]],
    // A period something is for may be the current one.
    ['The airline trimmed its schedule for the April-June quarter.', '2026-05-03', [['April-June quarter', '2026-04/2026-06', 'month']]],
    ['Output will rise in April after a freeze for the first quarter.', '2026-03-02', [['April', '2026-04', 'month'], ['first quarter', '2026-01/2026-03', 'month']]],
    // A game's quarter is not a date: a day in the sentence does not make it a calendar quarter.
    ['He scored 12 points in the third quarter on Dec. 28.', '2026-01-05', [['Dec. 28', '2025-12-28', 'day']]],
    // A fiscal year ending in a month; a winter with its year; a year before a singular noun after "the".
    ['The group expects a record profit for the fiscal year ending in March.', '2026-02-06', [['fiscal year ending in March', '2025-04/2026-03', 'month']]],
    ['The novel is set in the winter of 1962.', undefined, [['winter of 1962', '1962', 'year']]],
    ['She directed the 2019 thriller that made her name.', undefined, [['2019', '2019', 'year']]],
    // A first conditional looks ahead; an agreement or a request names a month by nearness.
    ['If approved, the mine would open on 1 September.', '2026-01-14', [['1 September', '2026-09-01', 'day']]],
    ['If it had rained, the race would have ended on 1 September.', '2026-01-14', [['1 September', '2025-09-01', 'day']]],
    ['Creditors agreed on Monday to extend the loan in June.', '2026-05-20', [['Monday', '2026-05-18', 'day'], ['June', '2026-06', 'month']]],
    ['The opposition urged the minister to publish the report by the end of June.', '2026-04-22', [['June', '2026-06', 'month']]],
    // "In limited release", "followed by": not the clause's verb.
    ['The studio plans to open the film in limited release on 13 November, followed by a wide release in January.', '2026-09-20',
      [['13 November', '2026-11-13', 'day'], ['January', '2027-01', 'month']]],
    // A month with "last/next year" is one date; "the past year" a rolling period.
    ['The ferry sank in July last year.', '2026-02-09', [['July last year', '2025-07', 'month']]],
    ['Copper has gained 20% over the past year.', '2026-02-09', [['the past year', null, null]]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: round 9 rules (plans, forecasts, anchored months, weekly and yearly events)', () => {
  // Wednesday 18 February 2026; Monday 19 October 2026.
  const WED = '2026-02-18', MON = '2026-10-19';
  it.each<[string, string, Expected[]]>([
    // A thousands comma is no clause break: the plan's "will" still governs the month.
    ['The army will send 1,500 more soldiers and 30 armoured trucks to the border from April.', WED, [['April', '2026-04', 'month']]],
    ['The agency will hire 2,400 staff, mostly engineers, in March.', MON, [['March', '2027-03', 'month']]],
    // A forecast with "could"/"should" looks ahead for a weekday; "could have" + past participle looks back.
    ['Meteorologists said the cyclone could reach the coast by Thursday.', MON, [['Thursday', '2026-10-22', 'day']]],
    ['Heavy snow could close mountain passes Saturday.', MON, [['Saturday', '2026-10-24', 'day']]],
    ['The final report should be published on Friday.', WED, [['Friday', '2026-02-20', 'day']]],
    ['The fire could have started on Friday.', WED, [['Friday', '2026-02-13', 'day']]],
    // A month in "that year" or "the following"/"previous" month name is dated from the date before it.
    ['Pilots struck twice in mid-2023 and settled in October of that year.', WED, [['mid-2023', '2023', 'year'], ['October of that year', '2023-10', 'month']]],
    ['She won the seat in November 2010 and took office the following January.', WED, [['November 2010', '2010-11', 'month'], ['the following January', '2011-01', 'month']]],
    ['The ban took effect in March 2019, after talks that began the previous May.', WED, [['March 2019', '2019-03', 'month'], ['the previous May', '2018-05', 'month']]],
    ['He was elected in 1998 and sworn in the following June.', WED, [['1998', '1998', 'year'], ['the following June', null, null]]],
    // Several years on from a month is a year.
    ['The plant opened in May 2001. Ten years later, it shut.', WED, [['May 2001', '2001-05', 'month'], ['Ten years later', '2011', 'year']]],
    // A weekly institution is no date; a weekday after "on" still is.
    ['Campaigners want to relax Sunday trading laws.', WED, []],
    ['Worshippers gathered for Friday prayers at the mosque.', WED, []],
    ['On Sunday trading resumed at the port.', WED, [['Sunday', '2026-02-15', 'day']]],
    // A yearly event is no one date.
    ['The carnival is held every year in March.', WED, []],
    ['Licences must be renewed on 1 April each year.', WED, []],
    ['The river floods annually in late May.', WED, []],
    ['The carnival was held in March.', WED, [['March', '2025-03', 'month']]],
    // Since the start of the year: its first month, like "the start of 2025".
    ['Shares have fallen 12% since the beginning of the year.', MON, [['the beginning of the year', '2026-01', 'month']]],
    // A start with no past verb looks ahead ("starting Jan. 1", "effective Monday"); with one it does not.
    ['The levy rises to 40 cents a litre starting Jan. 1.', MON, [['Jan. 1', '2027-01-01', 'day']]],
    ['Bus fares go up 5% effective Monday.', WED, [['Monday', '2026-02-23', 'day']]],
    ['Beginning in May, the mill laid off 90 workers.', WED, [['May', '2025-05', 'month']]],
    // "Possible" looks ahead like "likely"; "was possible" does not.
    ['"Another hike is possible in September," the governor said.', WED, [['September', '2026-09', 'month']]],
    ['A deal was possible in September, aides recalled.', WED, [['September', '2025-09', 'month']]],
    ['Officials approved the possible sale in September.', WED, [['September', '2025-09', 'month']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: round 11 rules (bare infinitives, months beside a dated event, split year pairs)', () => {
  const JAN = '2026-01-08', NOV = '2026-11-19', JUN = '2026-06-01';
  it.each<[string, string, Expected[]]>([
    // A bare infinitive after "let"/"made"/"help" and its object takes that verb's (past) tense, not a scheduled present.
    ['The regulator let its licence expire in October without a ruling.', JAN, [['October', '2025-10', 'month']]],
    ['Strikes made the plant close in November, the union said.', JAN, [['November', '2025-11', 'month']]],
    ['The current contract expires in October.', JAN, [['October', '2026-10', 'month']]],
    // A month or day with no year, set off by "after"/"before" right after a date with a year, lies on that side of it.
    ['The boxer failed a drug test on Aug. 9, 2025, after winning a title fight in July.', NOV, [['Aug. 9, 2025', '2025-08-09', 'day'], ['July', '2025-07', 'month']]],
    ['The striker signed on Jan. 10, 2025, after a trial in December.', JUN, [['Jan. 10, 2025', '2025-01-10', 'day'], ['December', '2024-12', 'month']]],
    ['Police questioned him on Nov. 28, 2024, before charging him in February.', JUN, [['Nov. 28, 2024', '2024-11-28', 'day'], ['February', '2025-02', 'month']]],
    // Without such a word the month keeps the usual reading (the nearest past one).
    ['The firm listed on Aug. 9, 2025, and it reported a loss in July.', NOV, [['Aug. 9, 2025', '2025-08-09', 'day'], ['July', '2026-07', 'month']]],
    // "The same period of 2025" names that year.
    ['Arrivals were down 15 percent on the same period of 2025.', JUN, [['2025', '2025', 'year']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: round 12 rules (holidays, bare seasons, overnight, quotes, refusals, "back to", year pairs)', () => {
  // Wednesday 2 September 2026; Thursday 19 November 2026; Wednesday 18 March 2026.
  const SEP = '2026-09-02', NOV = '2026-11-19', MAR = '2026-03-18';
  it.each<[string, string, Expected[]]>([
    // Moving public holidays, dated in the year the clause points to.
    ['Crews aim to reopen the highway by Labor Day.', SEP, [['Labor Day', '2026-09-07', 'day']]],
    ['The strike began on Labor Day.', SEP, [['Labor Day', '2025-09-01', 'day']]],
    ['The museum will reopen on Martin Luther King Jr. Day.', SEP, [['Martin Luther King Jr. Day', '2027-01-18', 'day']]],
    ['Pilgrims gathered in the square on Good Friday.', MAR, [['Good Friday', '2025-04-18', 'day']]],
    ['The ferry will run a reduced timetable over Easter.', MAR, [['Easter', '2026-04-05', 'day']]],
    ['The bridge closed on Easter Monday 2024.', MAR, [['Easter Monday 2024', '2024-04-01', 'day']]],
    ['The parade on Canada Day drew large crowds.', SEP, [['Canada Day', '2026-07-01', 'day']]],
    // A holiday weekend is no one day; a name shared by countries stays out.
    ['Traffic was heavy over the Labor Day weekend.', SEP, []],
    ['Crowds marked Independence Day with fireworks.', SEP, []],
    ['Talks on the Good Friday Agreement resumed.', SEP, []],
    // A bare season after a preposition, dated by its first month when bounded by it ("before", "by").
    ['The ministry needs new transformers before winter, officials said.', SEP, [['winter', null, null]]],
    ['The dam must be repaired before spring, the engineer said.', NOV, [['spring', '2027', 'year']]],
    ['Sales slumped in summer and recovered in the autumn.', NOV, [['summer', '2026', 'year'], ['the autumn', '2026', 'year']]],
    ['Spring water is bottled at the site.', NOV, []],
    ['The club signs players in spring training.', NOV, []],
    // "Overnight" is the night into the day the story is about.
    ['Rebels shelled the city on Thursday. Drones struck a depot overnight, officials said.', NOV, [['Thursday', '2026-11-19', 'day'], ['overnight', '2026-11-19', 'day']]],
    ['The storm hit on Thursday. Prices could change overnight, he warned.', NOV, [['Thursday', '2026-11-19', 'day']]],
    ['The climber made an overnight ascent on Thursday.', NOV, [['Thursday', '2026-11-19', 'day']]],
    ['The shop became famous almost overnight on Thursday.', NOV, [['Thursday', '2026-11-19', 'day']]],
    ['An essay with no day in it: the world changed overnight.', NOV, []],
    // A quotation ends its clause: the attribution's "said" does not date it.
    ['"The exams start on December 1," the minister said.', NOV, [['December 1', '2026-12-01', 'day']]],
    ['"We will meet them on December 3," the union said.', NOV, [['December 3', '2026-12-03', 'day']]],
    // A refusal's infinitive did not happen: the date is the refusal's.
    ['A driver who refused to leave his cab Monday was arrested.', SEP, [['Monday', '2026-08-31', 'day']]],
    ['The company agreed to meet the union Monday.', SEP, [['Monday', null, null]]],
    // "Dates back to 1889", "since at least October", "in 2019 and 2020", "a century ago".
    ['The feud dates back to 1921, when the mill closed.', MAR, [['1921', '1921', 'year']]],
    ['The rivalry goes back to 1990 at least.', MAR, [['1990', '1990', 'year']]],
    ['Budgets were cut back to 2000 staff.', MAR, []],
    ['Regulators had known about the leak since at least October.', MAR, [['October', '2025-10', 'month']]],
    ['Prices rose sharply in 2019 and 2020, the survey found.', MAR, [['2019', '2019', 'year'], ['2020', '2020', 'year']]],
    ['Floods hit in 2019 and 1500 homes were lost.', MAR, [['2019', '2019', 'year']]],
    ['The treaty was signed more than a century ago.', MAR, [['a century ago', null, null]]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: round 13 rules (weak futures, this-season contradictions, day parts, proposals, noun-phrase anchors)', () => {
  // Thursday 3 December 2026; Thursday 16 April 2026; Sunday 10 May 2026; Wednesday 21 January 2026; Friday 20 March 2026.
  const DEC = '2026-12-03', APR = '2026-04-16', MAY = '2026-05-10', JAN = '2026-01-21', MAR = '2026-03-20';
  it.each<[string, string, Expected[]]>([
    // A noun ("deadline") is weak evidence of a future: a month-day no year names is then the nearest one, or none.
    ['Staff missed the filing deadline two days after the Nov. 10 count.', DEC,
      [['two days after', '2026-11-12', 'day'], ['Nov. 10', '2026-11-10', 'day']]],
    ['Clubs face a registration deadline in July.', DEC, [['July', null, null]]],
    ['The league will hold its draft on Nov. 10.', DEC, [['Nov. 10', '2027-11-10', 'day']]],
    // "This <season/month>" on the other side of publication from its clause's tense is no date.
    ['Reefs have been hit by bleaching this summer.', APR, [['this summer', null, null]]],
    ['The pool will open this March.', MAY, [['this March', null, null]]],
    ['The pool will open this August.', MAY, [['this August', '2026-08', 'month']]],
    // "Later in the day" is dated like a clock time, by the day the text is about.
    ['Troops entered the town on Monday. The mayor fled later in the day.', APR,
      [['Monday', '2026-04-13', 'day'], ['later in the day', '2026-04-13', 'day']]],
    // A plain "would" of a proposal looks ahead; a reported one stays open.
    ['Under the plan, two pools would close in September.', JAN, [['September', '2026-09', 'month']]],
    ['The council said the pools would close in September.', JAN, [['September', null, null]]],
    // "A week after the March 2 primary": that day, shifted; a hedged interval is none.
    ['Ballots arriving a week after the March 2 primary were rejected.', MAR,
      [['a week after', '2026-03-09', 'day'], ['March 2', '2026-03-02', 'day']]],
    ['The bill passed almost two weeks after the March 2 primary.', MAR, [['two weeks after', null, null], ['March 2', '2026-03-02', 'day']]],
    // A year before a possessive's singular noun, or ending a comparison.
    ['The firm cut its 2027 deficit goal. Losses were nearly as bad as 2019. Its 2000 employees left.', MAR,
      [['2027', '2027', 'year'], ['2019', '2019', 'year']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: round 14 rules (obligations, plans for a date, years a clause describes, a year anchor)', () => {
  // Thursday 11 June 2026; Wednesday 11 March 2026; Tuesday 17 February 2026.
  const JUN = '2026-06-11', MAR = '2026-03-11', FEB = '2026-02-17';
  it.each<[string, string, Expected[]]>([
    // "Must" looks ahead (weakly: far ahead is none); "must have" looks back.
    ['Officials said the repairs must be finished by 31 August.', JUN, [['31 August', '2026-08-31', 'day']]],
    ['The regulator said lenders must report by 1 April.', JUN, [['1 April', null, null]]],
    ['She must have arrived on 2 June.', JUN, [['2 June', '2026-06-02', 'day']]],
    // A date something was planned for may have come or not: the nearer one.
    ['A summit planned for 20 March in Vienna is likely to be delayed.', MAR, [['20 March', '2026-03-20', 'day']]],
    ['A strike planned for 4 March was called off.', MAR, [['4 March', '2026-03-04', 'day']]],
    // A year a "when" clause describes; a year before "without"; "the level of" a year.
    ['The crisis recalls 2008, when banks failed across Europe.', MAR, [['2008', '2008', 'year']]],
    ['Debt may top 90% of output by 2029 without reforms.', MAR, [['2029', '2029', 'year']]],
    ['Output is still below the level of 2019.', MAR, [['2019', '2019', 'year']]],
    ['The lift rises to a level of 1500 metres.', MAR, []],
    // After a bare year only "the following January" and "the previous December" are sure.
    ['The storm struck in 2021, and aid arrived the following January.', MAR,
      [['2021', '2021', 'year'], ['the following January', '2022-01', 'month']]],
    ['He was sentenced in 2020 after his arrest the previous December.', MAR,
      [['2020', '2020', 'year'], ['the previous December', '2019-12', 'month']]],
    ['The mine opened in 2021 and closed the following June.', MAR, [['2021', '2021', 'year'], ['the following June', null, null]]],
    // Days back in a quotation count from the speaker's day, which may not be the publication's.
    ['"We signed the deal four days ago," the minister said.', FEB, [['four days ago', null, null]]],
    ['The company signed the deal four days ago.', FEB, [['four days ago', '2026-02-13', 'day']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: round 15 rules (orders in -ing, "next" a weekday this week, negated expectations, month ends, holidays in words)', () => {
  // Wednesday 18 February 2026; Saturday 21 March 2026; Wednesday 15 July 2026; Thursday 10 September 2026.
  const FEB = '2026-02-18', SAT = '2026-03-21', JUL = '2026-07-15', SEP = '2026-09-10';
  it.each<[string, string, Expected[]]>([
    // An order or a plan in an -ing clause names a deadline on either side: the nearer one.
    ['The tribunal fined the firm on Monday, ordering it to submit an audit by 2 March.', FEB,
      [['Monday', '2026-02-16', 'day'], ['2 March', '2026-03-02', 'day']]],
    ['The union struck a deal, agreeing to resume talks in January.', JUL, [['January', null, null]]],
    // "Next Friday" said midweek is the following week's Friday (plain "Friday" is this week's); "next Monday" is
    // the coming one either way; "next Sunday" midweek depends on where weeks start: none.
    ['The hearing is set for next Friday.', FEB, [['next Friday', '2026-02-27', 'day']]],
    ['The vote is due next Monday.', FEB, [['next Monday', '2026-02-23', 'day']]],
    ['The vote is due next Tuesday.', SAT, [['next Tuesday', '2026-03-24', 'day']]],
    ['The fair closes next Sunday.', FEB, [['next Sunday', null, null]]],
    // A present negative of an expectation before a weekday looks ahead; a past one stays past.
    ['"We don\'t expect any rain before Friday," the forecaster said.', JUL, [['Friday', '2026-07-17', 'day']]],
    ['Police did not find the car before Monday.', JUL, [['Monday', '2026-07-13', 'day']]],
    // "The end of the month" in reported speech about the future is this month's end, unless another month is in view.
    ['The airline said it would waive change fees until the end of the month.', JUL, [['the end of the month', '2026-07-31', 'day']]],
    ['He said in May that the plant would close by the end of the month.', JUL, [['May', '2026-05', 'month'], ['the end of the month', null, null]]],
    // A month before a noun in a clause that clearly looks ahead; a reported "would" leaves a far one open.
    ['Voters will decide the measure on the November ballot.', SEP, [['November', '2026-11', 'month']]],
    ['The group said it would try to put the question on the March ballot.', SEP, [['March', null, null]]],
    ['The April price was the highest in years.', SEP, [['April', '2026-04', 'month']]],
    // A holiday name is a whole word: "Eastern" is no Easter.
    ['Floods hit villages in Eastern Cape last week.', SEP, [['last week', null, null]]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: round 16 rules (a week of a month, a reduced relative with its agent, a standing order\'s deadline)', () => {
  it.each<[string, string | undefined, Expected[]]>([
    // A week of a month is a day range ("since the" looks back); the last week counts back from the month's end (February's needs its year).
    ['The mill has run at half speed since the first week of March.', '2026-03-20', [['first week of March', '2026-03-01/2026-03-07', 'day']]],
    ['Hearings resume in the third week of October.', '2026-03-20', [['third week of October', '2026-10-15/2026-10-21', 'day']]],
    ['Ticket sales peaked in the last week of November.', '2026-03-20', [['last week of November', '2025-11-24/2025-11-30', 'day']]],
    ['Snow closed the pass in the last week of February 2028.', '2026-03-20', [['last week of February 2028', '2028-02-23/2028-02-29', 'day']]],
    ['Snow closed the pass in the last week of February.', '2026-03-20', [['last week of February', null, null]]],
    // A participle after a noun with its agent is a done action, whatever the main clause's tense.
    ['The workers will join the agency set up by parliament in January.', '2026-03-20', [['January', '2026-01', 'month']]],
    ['Farmers will be paid under the scheme worked out by ministers on Monday.', '2026-03-20', [['Monday', '2026-03-16', 'day']]],
    // Not after "be", and not a sequence.
    ['The agency will be set up by parliament in January.', '2026-03-20', [['January', '2027-01', 'month']]],
    // An order or a pledge in force at publication sets a deadline ahead.
    ['The bank has been ordered to repay customers by Aug 31.', '2026-03-20', [['Aug 31', '2026-08-31', 'day']]],
    ['Both sides have agreed to sign the accord before October.', '2026-03-20', [['October', '2026-10', 'month']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe('extractDates: round 17 rules (purposes, plans, contenders, demands, reduced relatives, past measurements)', () => {
  // Wednesday 18 March 2026.
  const MAR = '2026-03-18';
  it.each<[string, string | undefined, Expected[]]>([
    // A purpose with a deadline looks ahead of the act that set it; not after "had", nor when another month or a year dates it.
    ['The council adopted a plan last week aimed at clearing the backlog by November.', MAR, [['last week', null, null], ['November', '2026-11', 'month']]],
    ['New rules designed to end hospital queues before October took effect.', MAR, [['October', '2026-10', 'month']]],
    ['He had intended to retire by December.', MAR, [['December', '2025-12', 'month']]],
    ['A levy introduced in May 2024 and meant to raise funds by October fell short.', MAR, [['May 2024', '2024-05', 'month'], ['October', '2025-10', 'month']]],
    // A planned, promised or proposed thing is a noun, not a past verb: its date looks ahead.
    ['Tenants said a planned rent cut from August would not help.', MAR, [['August', '2026-08', 'month']]],
    ['A promised tax cut from April has been delayed.', MAR, [['April', '2026-04', 'month']]],
    ['The firm cut prices from August.', MAR, [['August', '2025-08', 'month']]],
    // An event a subject is in line for lies ahead; "was in contention" is past.
    ['The result puts her in contention for the European title in August.', MAR, [['August', '2026-08', 'month']]],
    ['The squad is preparing for the qualifiers in June.', MAR, [['June', '2026-06', 'month']]],
    ['She was in contention for the title in May but faded.', MAR, [['May', '2025-05', 'month']]],
    // What is called for or demanded looks ahead, but weakly (the month may be the call's): a far month is none.
    ['Opposition leaders called for a referendum in July.', MAR, [['July', '2026-07', 'month']]],
    ['The union demanded a pay rise in January.', MAR, [['January', '2026-01', 'month']]],
    ['The union demanded a pay rise in December.', MAR, [['December', null, null]]],
    ['The governor proposed the spending plan in January.', MAR, [['January', '2026-01', 'month']]],
    // A participle after a noun is past; "urged … to" a person is no infinitive.
    ['Residents urged a recount in a petition delivered to the mayor Monday.', MAR, [['Monday', '2026-03-16', 'day']]],
    ['Officials urged residents to stay indoors on Saturday.', MAR, [['Saturday', '2026-03-21', 'day']]],
    // A past measurement keeps its date whatever the main clause's tense; a plain "close" verb does not.
    ['The buyer will pay a 30% premium to the closing price on Friday.', MAR, [['Friday', '2026-03-13', 'day']]],
    ['The shares will be priced at a discount to Tuesday\'s close.', MAR, [['Tuesday', '2026-03-17', 'day']]],
    ['The offer will close on Friday.', MAR, [['Friday', '2026-03-20', 'day']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });

  it.each<[string, Expected[]]>([
    // A change against a year names the year; a discount on a count does not.
    ['Visitor numbers were up 4 per cent on 2024, the board said.', [['2024', '2024', 'year']]],
    ['Sales rose 3% over 2023 levels.', [['2023', '2023', 'year']]],
    ['Buyers get a 5% discount on 2000 units.', []],
  ])('%s', (text, expected) => {
    expect(dates(text, MAR)).toEqual(expected);
  });
});

describe('extractDates: round 18 rules (dated sayings, delays, "through", "comes into force", "the end of May")', () => {
  // Wednesday 18 March 2026.
  const MAR = '2026-03-18';
  it.each<[string, Expected[]]>([
    // A plan reported on a stated day lies after that day (its weekday, its month).
    ['The ministry said on Monday it would publish the figures on Thursday.', [['Monday', '2026-03-16', 'day'], ['Thursday', '2026-03-19', 'day']]],
    ['The festival said on Tuesday that it would screen the restored print in February.', [['Tuesday', '2026-03-17', 'day'], ['February', '2027-02', 'month']]],
    ['Rome said Monday it would send 3.5 tonnes of aid, while Paris said its ship would sail on Friday.', [['Monday', '2026-03-16', 'day'], ['Friday', '2026-03-20', 'day']]],
    // A new date set by a delay is a year after "to".
    ['The opening of the line has been pushed back to 2029 and the budget cut.', [['2029', '2029', 'year']]],
    ['The firm moved 2029 staff to its new site.', []],
    // "Through" a month after a present perfect or no verb reaches ahead; after a past verb it is past.
    ['The landlord has offered a rent freeze through August.', [['August', '2026-08', 'month']]],
    ['Exports fell through February.', [['February', '2026-02', 'month']]],
    // "Comes into force" is a scheduled present, also in a clause that leaves the verb out.
    ["Wales's tax comes into force on April 1, and Scotland's on October 5.", [['April 1', '2026-04-01', 'day'], ['October 5', '2026-10-05', 'day']]],
    // "May" after the end or the start of is the month; a hedge between "until" and "May 20" keeps the date.
    ['The reservoir will be empty by the end of May, engineers warned.', [['May', '2026-05', 'month']]],
    ['The bridge stays shut until at least May 20.', [['May 20', '2026-05-20', 'day']]],
    // A cancellation or a closure "until" a day sets a deadline: the nearer such day, not last year's.
    ['The airline cancelled its three daily flights to the island until at least March 25.', [['March 25', '2026-03-25', 'day']]],
    // A weekday declared a holiday may be past or coming: no date; "must" is firm unless reported.
    ['The governor declared Friday a public holiday.', [['Friday', null, null]]],
    ['Under the deal, the plant must cut its emissions by Nov. 30.', [['Nov. 30', '2026-11-30', 'day']]],
    // "That" between a modal's verb and a noun is a determiner: the modal dates the clause; after "show" it starts a clause.
    ['The merger will lift that share to a third by October.', [['October', '2026-10', 'month']]],
    ['The audit will show that costs in January rose.', [['January', '2026-01', 'month']]],
    // A meeting one was summoned to may be coming or over: no day.
    ['Both unions had been summoned to a fresh meeting on Friday.', [['Friday', null, null]]],
  ])('%s', (text, expected) => {
    expect(dates(text, MAR)).toEqual(expected);
  });
});

describe('extractDates: round 19 rules (a result after a score or its side, "a week on Sunday")', () => {
  // Saturday 7 March 2026 (a match day).
  const SAT = '2026-03-07';
  it.each<[string, Expected[]]>([
    // A result after a score or its side's possessive is over, whatever the main verb ("takes"); a fixture or a
    // cup draw still looks ahead, a plain "a win" stays open.
    ["The 3-1 win takes Mikel Arteta's side to 65 points from 29 games, with second-placed Manchester City on 60 after their 1-1 draw at Newcastle on Friday night.", [['Friday', '2026-03-06', 'day']]],
    ['United are in action after their win over Leeds on Tuesday.', [['Tuesday', '2026-03-03', 'day']]],
    ['Arsenal play Spurs on Sunday.', [['Sunday', '2026-03-08', 'day']]],
    ['The draw is on Friday.', [['Friday', null, null]]],
    ['A win at Newcastle on Friday would send them top.', [['Friday', null, null]]],
    // British "a week on Sunday", "Sunday week": the first such day after publication and a week; "a week today" a week
    // ahead, "a week yesterday" a week back; not "a week today since" (a time elapsed).
    ["Arsenal's next league game is the north London derby against Tottenham a week on Sunday, and Arteta was already looking ahead.", [['a week on Sunday', '2026-03-15', 'day']]],
    ['Chelsea face Spurs a week on Saturday.', [['a week on Saturday', '2026-03-21', 'day']]],
    ['The final is Sunday week.', [['Sunday week', '2026-03-15', 'day']]],
    ['The hearing resumes a week today.', [['a week today', '2026-03-14', 'day']]],
    ['They meet a week tomorrow.', [['a week tomorrow', '2026-03-15', 'day']]],
    ['He died a week yesterday.', [['a week yesterday', '2026-02-27', 'day']]],
    ['It is a week today since the floods.', [['today', '2026-03-07', 'day']]],
  ])('%s', (text, expected) => {
    expect(dates(text, SAT)).toEqual(expected);
  });
});
