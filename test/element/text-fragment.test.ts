import { encodeTextTerm, textFragmentLink } from '../../src/element/text-fragment.js';
import { equal } from './helpers.js';

describe('textFragmentLink', () => {
  const cases: [string, string | undefined, string | undefined, string | null][] = [
    ['a short sentence as one term', 'https://x.test/a', 'Iraq wants them out.', 'https://x.test/a#:~:text=Iraq%20wants%20them%20out.'],
    ['syntax characters - , & encoded', 'https://x.test/a', 'US-led, Iraq & Syria', 'https://x.test/a#:~:text=US%2Dled%2C%20Iraq%20%26%20Syria'],
    [
      'a long sentence as start,end',
      'https://x.test/a',
      'Around 2,500 US soldiers are stationed in Iraq and another 900 in Syria to prevent a resurgence.',
      'https://x.test/a#:~:text=Around%202%2C500%20US%20soldiers,to%20prevent%20a%20resurgence.',
    ],
    ['an existing fragment is kept', 'https://x.test/a#top', 'Hello there.', 'https://x.test/a#top:~:text=Hello%20there.'],
    ['an existing directive is replaced', 'https://x.test/a#:~:text=old', 'New one.', 'https://x.test/a#:~:text=New%20one.'],
    ['whitespace collapsed', 'https://x.test/a', '  two\n  words ', 'https://x.test/a#:~:text=two%20words'],
    ['no sentence: the plain URL', 'https://x.test/a', undefined, 'https://x.test/a'],
    ['non-ASCII encoded', 'https://x.test/ar', 'قالت اللجنة', 'https://x.test/ar#:~:text=%D9%82%D8%A7%D9%84%D8%AA%20%D8%A7%D9%84%D9%84%D8%AC%D9%86%D8%A9'],
    ['no URL: no link', undefined, 'Hello.', null],
    ['javascript: URL refused', 'javascript:alert(1)', 'Hello.', null],
    ['relative URL refused', '/news/a', 'Hello.', null],
  ];
  for (const [name, url, sentence, expected] of cases) {
    it(name, () => equal(textFragmentLink(url, sentence), expected, name));
  }

  it('long sentences keep four words at each end', () => {
    const words = 'one two three four five six seven eight nine ten eleven'.split(' ');
    equal(textFragmentLink('https://x.test/', words.join(' ')), 'https://x.test/#:~:text=one%20two%20three%20four,eight%20nine%20ten%20eleven', 'link');
  });

  it('encodeTextTerm round-trips through decodeURIComponent', () => {
    const text = 'a-b, c&d 50% “quoted” #hash';
    equal(decodeURIComponent(encodeTextTerm(text)), text, 'decoded');
  });
});
