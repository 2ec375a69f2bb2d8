/**
 * highlightSentence: "Read it in the article" on the same page, with the CSS
 * Custom Highlight API, in real Chromium.
 */
import { clearHighlight, findSentenceRange, highlightSentence, HIGHLIGHT_NAME } from '../../src/element/highlight.js';

import { assert, equal, until } from './assertions.js';

declare global {
  function describe(name: string, fn: () => void): void;
  function it(name: string, fn: () => void | Promise<void>): void;
  function afterEach(fn: () => void | Promise<void>): void;
}


const containers: Element[] = [];

/** A page stylesheet in <head>, as publishers have (removed after the test). */
function pageStyleSheet(): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = '::highlight(news-quiz-source) { background-color: rgb(1, 2, 3); }';
  document.head.append(style);
  containers.push(style);
  return style;
}
/** Trusted test markup in a fresh container. */
function mount(markup: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = markup;
  document.body.append(div);
  containers.push(div);
  return div;
}

/** Polls every frame until `fn()` is truthy, or fails after `ms`. */
/** The ranges registered under `name`. */
const ranges = (name = HIGHLIGHT_NAME): AbstractRange[] => [...(CSS.highlights.get(name) ?? [])];
const rangeText = (r: AbstractRange) => {
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range.toString();
};

describe('highlightSentence', () => {
  afterEach(() => {
    for (const c of containers.splice(0)) c.remove();
    CSS.highlights.clear();
    window.scrollTo(0, 0);
  });

  it('highlights a sentence that runs across links and emphasis', () => {
    const root = mount(
      '<article><p>Before. Prime Minister <a href="#">Mohamed Shia al-Sudani</a>\'s office said the <em>government</em> sets the date. After.</p></article>',
    );
    const sentence = "Prime Minister Mohamed Shia al-Sudani's office said the government sets the date.";
    equal(highlightSentence(root, sentence), true, 'result');
    equal(ranges().map(rangeText), [sentence], 'highlighted ranges');
  });

  it('returns false and highlights nothing when the sentence is not in the article', () => {
    const root = mount('<p>The council approved 120 homes.</p>');
    CSS.highlights.set(HIGHLIGHT_NAME, new Highlight());
    equal(highlightSentence(root, 'The council rejected 120 homes.'), false, 'result');
    equal(ranges().length, 0, 'ranges');
  });

  it('looks only inside root', () => {
    mount('<p>Outside the article stands this sentence.</p>');
    const root = mount('<p>Inside.</p>');
    equal(highlightSentence(root, 'Outside the article stands this sentence.'), false, 'result');
  });

  const loose: [string, string, string][] = [
    ['source line breaks and indentation', '<p>Around 2,500 US soldiers\n        are stationed   in Iraq.</p>', 'Around 2,500 US soldiers are stationed in Iraq.'],
    ['a non-breaking space', '<p>It cost $368\u00a0bn this year.</p>', 'It cost $368 bn this year.'],
    ['curly against straight quotes', '<p>He called it “blatant aggression.”</p>', 'He called it "blatant aggression."'],
    ['a soft hyphen', '<p>An extra\u00adordinary session.</p>', 'An extraordinary session.'],
  ];
  for (const [name, markup, sentence] of loose) {
    it(`matches despite ${name}`, () => {
      const root = mount(markup);
      equal(highlightSentence(root, sentence), true, 'result');
      equal(ranges().length, 1, 'ranges');
    });
  }

  it('prefers the body to a caption that repeats the sentence', () => {
    const root = mount(
      '<figure><figcaption>The US has 2,500 soldiers in Iraq.</figcaption></figure><p id="body">The US has 2,500 soldiers in Iraq.</p>',
    );
    assert(highlightSentence(root, 'The US has 2,500 soldiers in Iraq.'), 'not found');
    equal(ranges()[0]!.startContainer.parentElement!.id, 'body', 'highlighted element');
  });

  it('replaces the previous highlight of the same name, and uses the name given', () => {
    const root = mount('<p>First sentence here. Second sentence here.</p>');
    highlightSentence(root, 'First sentence here.');
    highlightSentence(root, 'Second sentence here.');
    equal(ranges().map(rangeText), ['Second sentence here.'], 'default name');
    assert(highlightSentence(root, 'First sentence here.', 'my-quiz'), 'custom name');
    equal(ranges('my-quiz').map(rangeText), ['First sentence here.'], 'custom name ranges');
    clearHighlight('my-quiz');
    equal(ranges('my-quiz').length, 0, 'cleared');
  });

  it('adds one default style, in a cascade layer before the page styles', () => {
    const root = mount('<p>One sentence here.</p>');
    highlightSentence(root, 'One sentence here.');
    highlightSentence(root, 'One sentence here.');
    const styles = document.head.querySelectorAll('style[data-news-quiz-highlight-news-quiz-source]');
    equal(styles.length, 1, 'default styles');
    const page = pageStyleSheet();
    assert(styles[0]!.compareDocumentPosition(page) & Node.DOCUMENT_POSITION_FOLLOWING, 'the default style is not before the page styles');
    const p = root.querySelector('p')!;
    equal(getComputedStyle(p, '::highlight(news-quiz-source)').backgroundColor, 'rgb(1, 2, 3)', "the page's highlight colour");
    page.remove();
    equal(getComputedStyle(p, '::highlight(news-quiz-source)').backgroundColor, 'rgb(255, 224, 102)', 'the default highlight colour');
    assert(/^@layer news-quiz\{::highlight\(news-quiz-source\)\{/.test(styles[0]!.textContent!), styles[0]!.textContent!);
  });

  it('scrolls the sentence into view and moves focus to its paragraph', async () => {
    const root = mount('<div style="height: 3000px"></div><p id="far">A sentence far down the page.</p><div style="height: 3000px"></div>');
    const link = document.createElement('a');
    link.href = '#';
    link.textContent = 'Read it in the article';
    document.body.prepend(link);
    containers.push(link);
    link.focus();
    assert(highlightSentence(root, 'A sentence far down the page.'), 'not found');
    const p = document.getElementById('far')!;
    await until(() => {
      const r = p.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    }, 'the sentence to scroll into view');
    equal(document.activeElement?.id, 'far', 'focused element');
    equal(p.getAttribute('tabindex'), '-1', 'tabindex');
  });

  it('with focus: false, leaves focus and the paragraph alone', () => {
    const root = mount('<p id="p">Quiet sentence.</p>');
    assert(highlightSentence(root, 'Quiet sentence.', HIGHLIGHT_NAME, { focus: false }), 'not found');
    assert(!document.getElementById('p')!.hasAttribute('tabindex'), 'tabindex added');
  });

  it('findSentenceRange gives the exact DOM range', () => {
    const root = mount('<p>A <b>bold</b> claim, made <i>twice</i>. Then more.</p>');
    const range = findSentenceRange(root, 'A bold claim, made twice.');
    equal(range?.toString(), 'A bold claim, made twice.', 'range text');
    equal(findSentenceRange(root, '   '), null, 'empty sentence');
  });
});
