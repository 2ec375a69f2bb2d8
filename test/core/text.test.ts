import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '../../src/core/text.js';

const texts = (text: string, title?: string) => splitSentences(text, title).map((s) => s.text);

describe('splitSentences: sentence boundaries', () => {
  it.each<[string, string[]]>([
    ['Gen. Mark Milley spoke. Mr. Smith agreed with Dr. Jones at St. Mary’s hospital.', [
      'Gen. Mark Milley spoke.',
      'Mr. Smith agreed with Dr. Jones at St. Mary’s hospital.',
    ]],
    ['Two aldermen, Ald. Kevin Frost and Cllr. Gina Meeks, voted no. The motion passed.', [
      'Two aldermen, Ald. Kevin Frost and Cllr. Gina Meeks, voted no.',
      'The motion passed.',
    ]],
    ['The U.S. said it would respond. The U.S. Army was deployed.', [
      'The U.S. said it would respond.',
      'The U.S. Army was deployed.',
    ]],
    ['Officials in the U.S. The next day, they left.', ['Officials in the U.S.', 'The next day, they left.']],
    ['The Pentagon said he planned attacks on U.S. personnel in Iraq.', ['The Pentagon said he planned attacks on U.S. personnel in Iraq.']],
    ['George W. Bush was president. He left in 2009.', ['George W. Bush was president.', 'He left in 2009.']],
    ['On Jan. 6, Congress met. It was cold.', ['On Jan. 6, Congress met.', 'It was cold.']],
    ['It happened in Jan. The next month was worse.', ['It happened in Jan.', 'The next month was worse.']],
    // A state's abbreviation before the agency of a dateline ends no sentence; before a bracketed sentence it does.
    ['NEWTOWN SQUARE, Pa. (AP) — Anders Holmqvist won the title on Sunday.', ['NEWTOWN SQUARE, Pa. (AP) — Anders Holmqvist won the title on Sunday.']],
    ['He lives in Erie, Pa. (He moved there in 2019.) It is cold.', ['He lives in Erie, Pa.', '(He moved there in 2019.)', 'It is cold.']],
    ['She works at No. 10 with him. He said no. The meeting ended.', [
      'She works at No. 10 with him.',
      'He said no.',
      'The meeting ended.',
    ]],
    ['They sat. Then they left.', ['They sat.', 'Then they left.']],
    ['They met at 8 p.m. The talks lasted hours.', ['They met at 8 p.m.', 'The talks lasted hours.']],
    ['The firm, Acme Inc., said profits rose. Shares fell.', ['The firm, Acme Inc., said profits rose.', 'Shares fell.']],
    ['Washington, D.C. is the capital. It is busy.', ['Washington, D.C. is the capital.', 'It is busy.']],
    ['The cost was $3.8 trillion. That is a lot.', ['The cost was $3.8 trillion.', 'That is a lot.']],
    ['He said: "It is over." Then he left.', ['He said: "It is over."', 'Then he left.']],
    ['“Is it over?” she asked. He nodded.', ['“Is it over?” she asked.', 'He nodded.']],
    ['Ferstman said: "It is not enough. "There must be an inquiry."', [
      'Ferstman said: "It is not enough.',
      '"There must be an inquiry."',
    ]],
    ['Prices rose... Then they fell.', ['Prices rose...', 'Then they fell.']],
    ['Smith et al. found a link. e.g. this one.', ['Smith et al. found a link. e.g. this one.']],
    ['The case, Ohio v. Department of Labor, was heard in May. It failed.', ['The case, Ohio v. Department of Labor, was heard in May.', 'It failed.']],
    // Currency abbreviations before an amount, and titles before a name, never end a sentence.
    ['The board paid Rs. 45 crore for the land. It was sold in 2019.', ['The board paid Rs. 45 crore for the land.', 'It was sold in 2019.']],
    ['The levy is Rp. 7,500 a litre. Drivers protested.', ['The levy is Rp. 7,500 a litre.', 'Drivers protested.']],
    ['Fares rose to KSh. 150 and Tk. 80 respectively. Few complained.', ['Fares rose to KSh. 150 and Tk. 80 respectively.', 'Few complained.']],
    ['Adv. Thandi Mokoena argued the appeal. Smt. Rekha Rao opposed it.', ['Adv. Thandi Mokoena argued the appeal.', 'Smt. Rekha Rao opposed it.']],
    ['Capt. Ravi Nair and Col. Ann Ode met approx. 40 families. They left.', ['Capt. Ravi Nair and Col. Ann Ode met approx. 40 families.', 'They left.']],
    // A real end: an abbreviation before a capitalised sentence opener.
    ['The shop is on Long St. The owner fled.', ['The shop is on Long St.', 'The owner fled.']],
    ['Prices were quoted in Rs. The dollar figure was higher.', ['Prices were quoted in Rs.', 'The dollar figure was higher.']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('keeps paragraphs apart and counts them', () => {
    const s = splitSentences('First one. Second one.\n\nThird one.\nFourth one.');
    expect(s.map((x) => [x.text, x.paragraph])).toEqual([
      ['First one.', 0],
      ['Second one.', 0],
      ['Third one.', 1],
      ['Fourth one.', 2],
    ]);
  });

  it('gives exact offsets, even with indentation and CRLF line ends', () => {
    const text = '  Lead sentence here.  Next one?\r\n\r\n\t“Quoted,” he said. Done!  \r\n';
    const s = splitSentences(text);
    expect(s.length).toBe(4);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.text)).toEqual(['Lead sentence here.', 'Next one?', '“Quoted,” he said.', 'Done!']);
  });
});

describe('splitSentences: furniture', () => {
  const title = 'Iraqi PM wants to end presence of US led coalition troops';
  it.each<[string]>([
    ['This browser does not support the video element.'],
    ['from/sms (Portal, AFP)'],
    ['jd/sms (AFP, Reuters)'],
    ['Iraqi PM wants to end presence of US-led coalition troops – DW (German)'],
    ['Why did the US carry out an attack in Iraq?'],
    ['Blinken in Iraq: “We will protect our personnel”'],
    ['Read more: Why the war in Gaza matters'],
    // A tag or topic list at the foot of a story.
    ['Tags: Carlos Negro, Cocaine, Port of Montevideo, Uruguay.'],
    ['Topics: Elections, Congress'],
    ['Image caption, Rescuers searched the rubble for survivors'],
    ['Image source, Getty Images'],
    ['Photo: Reuters'],
    ['Advertisement'],
    ['Edited by: Sean Sinico'],
    ['This article was originally written in German.'],
    ['(Reporting by John Smith; Editing by Jane Doe)'],
    ['Copyright 2024 The Associated Press. All rights reserved.'],
    ['Additional reporting by Jane Doe.'],
    ['Associated Press writer Jane Doe contributed from Concord, New Hampshire.'],
    ['AP writers Jane Doe and John Roe contributed to this report.'],
    ['John Roe in Paris contributed reporting.'],
    ['Follow BBC Shropshire on Facebook, X and Instagram.'],
    // A wire's credit for help and its update note: "--With assistance from …", "(Updates with …)".
    ['--With assistance from Priya Anand and Tom Keane.'],
    ['(Updates with analyst comment in fifth paragraph.)'],
    // A newspaper's print line, a wire's sponsorship note.
    ['A version of this article appears in print on Nov. 26, 2026, Section C, Page 1 of the New York edition with the headline: Rates Rise Again.'],
    ['A version of this article appears in print on March 3, 2019, on Page A1 of the New York edition with the headline: A Storm Arrives. Order Reprints | Today’s Paper | Subscribe'],
    ['A version of this review appears in print on Sept. 8, 2025, Section AR, Page 12 of the New York edition with the headline: Old Songs, New Voices.'],
    ['  a version of this obituary appeared in print on Jan. 2, 2024, Section B, Page 11.'],
    ['The Associated Press Health and Science Department receives support from the Howard Hughes Medical Institute. The AP is solely responsible for all content.'],
    ['The Associated Press’ climate and environmental coverage receives financial support from multiple private foundations. AP is solely responsible for all content.'],
    ['AP is solely responsible for all content.'],
    // After "The ", in any case.
    ['The Associated Press writer Jane Doe in Geneva contributed.'],
    ['THE STAFF WRITERS JANE DOE AND JOHN ROE CONTRIBUTED.'],
    ['Staff writer Jane Doe contributed from Kyiv.'],
    ['See also: The wider crisis in the region.'],
    // Labels of promotions and links, and invitations to a messaging channel.
    ['Related: Floods close the coast road again.'],
    ['RELATED COVERAGE'],
    ['Advertisement'],
    ['Sponsored content'],
    ['Sponsored by Acme Bank'],
    ["Join The Courier's WhatsApp channel and get the latest news."],
    ['Join our Telegram channel for breaking news.'],
    // Photo captions whose credit ends on a period, or that open with a wire's photo label.
    ['Riot police stand guard outside parliament in Nairobi on Monday. (Reuters).'],
    ['Miners queue for their shift near Rustenburg. Photo: Gallo Images.'],
    ['Pilgrims gather at the shrine before dawn (Photo by Jane Roe/AFP).'],
    ['A ferry leaves the harbour at Piraeus. (AP Photo/John Roe, File).'],
    ['Residents collect water from a tanker in Soweto. (Thabo Dube/News24).'],
    ['Workers repair a pylon outside Kimberley. Picture: Supplied.'],
    ['FILE PHOTO: A worker walks past containers at a port in Durban, South Africa, June 3, 2025. REUTERS/Jane Roe/File Photo.'],
    ['PHOTO | FILE | A worker checks meters in a Kisumu street.'],
    ['Our Standards: The Thomson Reuters Trust Principles.'],
  ])('%s', (line) => {
    const body = `The story begins here.\n${line}\nThe story goes on.`;
    const s = splitSentences(body, title);
    const furniture = s.filter((x) => x.furniture).map((x) => x.text).join(' ');
    expect(furniture).toBe(line.trim());
    expect(s.filter((x) => !x.furniture).map((x) => x.text)).toEqual(['The story begins here.', 'The story goes on.']);
  });

  it.each<[string]>([
    ['Around 2,500 US soldiers are stationed in Iraq and another 900 in Syria.'],
    ['Read the full judgment, the lawyer urged, before deciding anything.'],
    ['Is it legal? Lawyers disagree, and the court will decide next week.'],
    ['Published figures show the deficit grew by 5%.'],
    ['Each of the 12 member states contributed to the fund, the writers of the report said.'],
    ['The Associated Press receives no money from the campaign, its editor said on Friday.'],
    ['A version of this bill passed the Senate in 2024, and 12 lawmakers backed it.'],
    ['The article appears in print on Sunday, the editor said, on Page 1.'],
    ['He said a version of this article appears in print every year.'],
    ['Subscribers rose by 5% in the year to March.'],
    ['The writers said the plan was ready.'],
    ['Seeing also matters, the report said.'],
    // Prose that opens with a furniture word.
    ['Sponsored by Sen. Ana Ruiz, D-Taos, the bill would fine agencies up to $500 a day.'],
    ['Related protests broke out in three other cities on Sunday.'],
    ['Advertisement spending fell 4% last year, the group said.'],
    ['Join talks with the union, the minister urged the company on Friday.'],
    // Photos, credits and agencies named in prose.
    ['Parents will get a larger tax credit: up to $1,500 for each child.'],
    ['The scene was captured in a photo by a local resident on his phone.'],
    ['The plan was first reported by the news agency (Reuters).'],
    ['Police released a picture: they said the man is 35.'],
    ['A Reuters/Ipsos poll found 41% of voters backed the plan.'],
  ])('keeps article prose: %s', (line) => {
    const s = splitSentences(line, 'Some headline');
    expect(s.every((x) => !x.furniture)).toBe(true);
  });
});

describe('splitSentences: the page header above a timestamp line', () => {
  const body = (header: string) => `${header}\nThe council approved the plan on Tuesday.\nWork starts in May.`;
  it.each<[string, string]>([
    // A standfirst, a "Key points" box and a byline above the timestamp restate the story: all furniture.
    ['Council backs £20m plan; work to start in May.\nBy Jo Bloggs\nPublished 12 March 2025', 'standfirst'],
    ['KEY POINTS\nThe council approved a £20m flood plan.\nWork starts in May.\nJo Bloggs\nThu 13 Mar 2025 09.30 GMT', 'key points'],
    ['Councillors vote 31 to 9 for the scheme.\nJo Bloggs – Mar 13, 2025 5:41 pm | 12', 'dated byline'],
  ])('%s (%s)', (header) => {
    const s = splitSentences(body(header), 'Flood plan approved');
    expect(s.filter((x) => !x.furniture).map((x) => x.text)).toEqual(['The council approved the plan on Tuesday.', 'Work starts in May.']);
  });

  it.each<[string]>([
    // A dated photo caption is no timestamp; nor is a date line deep in the story.
    ['The council approved the plan.\nFILE - The town hall in Riverton, on Sept. 9, 2024. (AP Photo/Jo Bloggs, File)\nWork starts in May.'],
    ['The council approved the plan.\nWork starts in May.\n12 March 2025'],
  ])('keeps the story: %s', (text) => {
    const s = splitSentences(text, 'Flood plan approved');
    expect(s.filter((x) => !x.furniture).map((x) => x.text)).toEqual(['The council approved the plan.', 'Work starts in May.']);
  });
});

describe('sentenceAt', () => {
  const text = 'One two. Three four.\nFive six.';
  const s = splitSentences(text);
  it.each<[number, string | undefined]>([
    [0, 'One two.'],
    [7, 'One two.'],
    [8, undefined],
    [9, 'Three four.'],
    [text.indexOf('Five'), 'Five six.'],
    [text.length, undefined],
  ])('offset %d → %s', (pos, expected) => {
    expect(sentenceAt(s, pos)?.text).toBe(expected);
  });
});
