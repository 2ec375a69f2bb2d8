import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ArticleError,
  MAX_ARTICLE_CHARS,
  checkArticle,
  detectFormat,
  parseArticle,
  type ArticleFormat,
} from '../../src/core/article.js';
import type { Article } from '../../src/core/types.js';

const corpus = new URL('../../../shared/corpus/', import.meta.url);
const corpusFiles = readdirSync(corpus).filter((f) => f.endsWith('.txt'));

const P1 = 'The Iraqi government announced plans on Friday to begin the process of ousting the US-led international military coalition.';
const P2 = 'Around 2,500 US soldiers are stationed in Iraq and another 900 in Syria to prevent a resurgence of the so-called Islamic State (IS).';

/** Runs `fn` and returns the ArticleError it throws. */
function articleError(fn: () => unknown): ArticleError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ArticleError);
    return e as ArticleError;
  }
  throw new Error('expected an ArticleError, but nothing was thrown');
}

describe('parseArticle: text', () => {
  it.each<[string, string, Partial<Article>]>([
    ['title, blank line, body', `Iraq and the coalition\n\n${P1}\n\n${P2}\n`, { title: 'Iraq and the coalition', text: `${P1}\n\n${P2}\n` }],
    ['CRLF line ends', `Iraq and the coalition\r\n\r\n${P1}\r\n${P2}`, { title: 'Iraq and the coalition', text: `${P1}\n${P2}` }],
    ['a byte-order mark', `\uFEFFHeadline\n\n${P1}`, { title: 'Headline', text: P1 }],
    ['several blank lines after the title', `Headline\n\n\n\n${P1}`, { title: 'Headline', text: P1 }],
    ['no blank line after line 1: all body', `${P1}\n${P2}`, { text: `${P1}\n${P2}` }],
    ['a single paragraph', P1, { text: P1 }],
    ['a first line too long to be a title', `${P1} ${P2}\n\n${P1}`, { text: `${P1} ${P2}\n\n${P1}` }],
  ])('%s', (_name, input, expected) => {
    const a = parseArticle(input, 'text');
    expect(a.text).toBe(expected.text);
    expect(a.title).toBe(expected.title);
  });

  it('keeps non-breaking spaces in the body', () => {
    expect(parseArticle(`T\n\n${P1} It cost $5\u00a0million.`, 'text').text).toContain('$5\u00a0million');
  });

  it.each(corpusFiles)('reads corpus article %s: title line apart, every annotated sentence in the body', (file) => {
    const input = readFileSync(new URL(file, corpus), 'utf8');
    const notes = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.json'), corpus), 'utf8')) as {
      title: string;
      facts: { numbers: { sentence: string }[]; dates: { sentence: string }[] };
    };
    const a = parseArticle(input, detectFormat(file, input));
    expect(a.title).toBe(input.split('\n')[0]!.trim());
    expect(a.text.startsWith(a.title!)).toBe(false);
    for (const f of [...notes.facts.numbers, ...notes.facts.dates]) expect(a.text).toContain(f.sentence);
  });
});

describe('parseArticle: json', () => {
  const body = `${P1}\n\n${P2}`;
  it.each<[string, unknown, Article]>([
    [
      'our Article shape',
      { text: body, title: 'T', datePublished: '2024-01-05', url: 'https://example.com/a', lang: 'en' },
      { text: body, title: 'T', datePublished: '2024-01-05', url: 'https://example.com/a', lang: 'en' },
    ],
    ['Article with a full timestamp and null fields', { text: body, datePublished: '2024-01-05T10:00:00Z', url: null }, { text: body, datePublished: '2024-01-05' }],
    [
      'schema.org NewsArticle',
      { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'H', articleBody: body, datePublished: '2024-01-05T09:30:00+01:00', url: 'https://example.com/n', inLanguage: 'en-GB' },
      { text: body, title: 'H', datePublished: '2024-01-05', url: 'https://example.com/n', lang: 'en-GB' },
    ],
    [
      'NewsArticle inside @graph',
      { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'Page' }, { '@type': 'NewsArticle', headline: 'G', articleBody: body }] },
      { text: body, title: 'G' },
    ],
    ['ReportageNewsArticle in an array', [{ '@type': 'Organization', name: 'DW' }, { '@type': 'ReportageNewsArticle', headline: 'R', articleBody: body }], { text: body, title: 'R' }],
    ['@type as a list, inLanguage as an object', { '@type': ['Article', 'Thing'], name: 'N', articleBody: body, inLanguage: { '@type': 'Language', name: 'English', alternateName: 'en' } }, { text: body, title: 'N', lang: 'en' }],
    ['mainEntityOfPage as the URL', { '@type': 'NewsArticle', articleBody: body, mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.com/m' } }, { text: body, url: 'https://example.com/m' }],
    ['articleBody given as HTML', { '@type': 'NewsArticle', articleBody: `<p>${P1}</p><p>${P2.replace('&', '&amp;')}</p>` }, { text: body }],
  ])('%s', (_name, json, expected) => {
    expect(parseArticle(JSON.stringify(json), 'json')).toEqual(expected);
  });
});

const PUBLISHER_PAGE = `<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
  <meta charset="utf-8">
  <title>Iraq wants US-led coalition out | World News | Example Times</title>
  <meta property="og:title" content="Iraq wants the US-led coalition out">
  <meta property="og:url" content="https://news.example.com/world/iraq-coalition?utm=og">
  <meta property="article:published_time" content="2024-01-05T18:22:00+01:00">
  <link rel="canonical" href="https://news.example.com/world/iraq-coalition">
  <script type="application/ld+json">
  {"@context":"https://schema.org","@graph":[
    {"@type":"WebSite","name":"Example Times"},
    {"@type":"NewsArticle","headline":"Iraq PM wants coalition out","datePublished":"2024-01-05T17:22:00Z","author":{"@type":"Person","name":"A. Writer"}}]}
  </script>
  <script>window.dataLayer = []; document.write("<p>Injected paragraph that must never appear.</p>");</script>
  <style>p { color: red } .x:after { content: "Styled text." }</style>
</head>
<body class="article-page has-sidebar">
  <div id="cookie-banner" role="dialog"><p>We use cookies to improve your experience on our site. Accept all cookies?</p></div>
  <header class="site-header">
    <a class="logo" href="/">Example Times</a>
    <nav aria-label="Main"><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  </header>
  <main id="content">
    <article class="story">
      <header>
        <h1 class="headline">Iraqi PM wants end of US-led coalition&rsquo;s presence</h1>
        <p class="byline">By A. Writer, Middle East correspondent</p>
        <time datetime="2024-01-05T18:22:00+01:00">5 January 2024</time>
      </header>
      <div class="share-bar" aria-label="Share this article">
        <a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a>
      </div>
      <figure class="lead-image">
        <img src="/img/baghdad.jpg" alt="US soldiers at a base near Baghdad">
        <figcaption>US soldiers at a base near Baghdad in 2023. <span class="credit">Photo: AFP/Getty Images</span></figcaption>
      </figure>
      <div class="story-body">
        <p>The Iraqi government announced plans on Friday to begin the process of ousting the <a href="/tags/us">US-led</a> international military coalition.</p>
        <p>Prime Minister Mohamed Shia al-Sudani&#39;s office said the &ldquo;government sets the date&rdquo; for talks.</p>
        <div class="ad ad-slot" data-ad-unit="mid1"><span>Advertisement</span><p>Buy our sponsored product today, it is the best one around.</p></div>
        <p>Around 2,500 US soldiers are stationed in Iraq and another 900 in Syria &#8212; to prevent a resurgence of the so-called Islamic State&nbsp;(IS).</p>
        <aside class="related-links"><h3>Related</h3><ul><li><a href="/a">Who was Qassem Soleimani?</a></li><li><a href="/b">US strikes militia in Baghdad</a></li></ul></aside>
        <h2>Why did the US carry out an attack?</h2>
        <p>The Pentagon said he led a militant group that carried out attacks on U.S. personnel in Iraq.</p>
        <div class="newsletter-signup"><p>Get our morning briefing in your inbox every weekday. Sign up now, it is free.</p><form><input type="email"><button>Subscribe</button></form></div>
        <p class="read-more"><a href="/c">Read more: Iran vows revenge after the Kerman bombings</a></p>
      </div>
      <footer class="story-footer"><p>Additional reporting by the wire services. Copyright Example Times 2024, all rights reserved.</p></footer>
    </article>
    <section class="more-stories">
      <h2>More stories</h2>
      <article class="teaser"><h3><a href="/d">Markets fall</a></h3><p>Stocks fell sharply on Friday as investors worried about the Middle East.</p></article>
    </section>
  </main>
  <aside class="sidebar"><p>Most read: the ten things you need to know about the week ahead in politics.</p></aside>
  <footer class="site-footer"><p>&copy; 2024 Example Times Ltd. Terms of use. Privacy policy. Contact us at any time.</p></footer>
  <noscript><p>Please enable JavaScript to view the comments powered by a third party.</p></noscript>
</body>
</html>`;

describe('parseArticle: html', () => {
  const a = parseArticle(PUBLISHER_PAGE, 'html');

  it('keeps every paragraph of the story, in order, as separate paragraphs', () => {
    const paragraphs = [
      'The Iraqi government announced plans on Friday to begin the process of ousting the US-led international military coalition.',
      'Prime Minister Mohamed Shia al-Sudani\'s office said the “government sets the date” for talks.',
      'Around 2,500 US soldiers are stationed in Iraq and another 900 in Syria — to prevent a resurgence of the so-called Islamic State\u00a0(IS).',
      'Why did the US carry out an attack?',
      'The Pentagon said he led a militant group that carried out attacks on U.S. personnel in Iraq.',
    ];
    expect(a.text).toBe(paragraphs.join('\n\n'));
  });

  it.each([
    ['navigation', 'Business'],
    ['the cookie banner', 'cookies'],
    ['the byline', 'correspondent'],
    ['the share bar', 'Share on'],
    ['the figure caption and credit', 'base near Baghdad'],
    ['the photo credit', 'Getty'],
    ['the ad', 'Advertisement'],
    ['the sponsored copy', 'sponsored product'],
    ['related links', 'Soleimani'],
    ['the newsletter box', 'morning briefing'],
    ['"read more" links', 'Kerman'],
    ['the article footer', 'Additional reporting'],
    ['teasers of other stories', 'Stocks fell'],
    ['the sidebar', 'Most read'],
    ['the site footer', 'Privacy policy'],
    ['script text', 'Injected paragraph'],
    ['style text', 'Styled text'],
    ['noscript text', 'enable JavaScript'],
    ['the headline (it is the title)', 'wants end of'],
  ])('drops %s', (_what, fragment) => {
    expect(a.text).not.toContain(fragment);
  });

  it('reads title, date, canonical URL and language from the markup', () => {
    expect(a.title).toBe('Iraqi PM wants end of US-led coalition’s presence');
    expect(a.datePublished).toBe('2024-01-05');
    expect(a.url).toBe('https://news.example.com/world/iraq-coalition');
    expect(a.lang).toBe('en-GB');
  });

  it.each<[string, string, Partial<Article>]>([
    [
      'itemprop=articleBody wins over the rest of the page',
      `<html><body><div class="intro"><p>An introduction paragraph that is long enough to count as text.</p></div>
       <div itemprop="articleBody"><p>${P1}</p><p>${P2}</p></div></body></html>`,
      { text: `${P1}\n\n${P2}` },
    ],
    [
      'no <article>: the largest cluster of paragraphs',
      `<html><body><div class="col"><p>A short note on the left column that is somewhat long.</p></div>
       <div class="main-col"><p>${P1}</p><p>${P2}</p><p>${P1}</p></div></body></html>`,
      { text: `${P1}\n\n${P2}\n\n${P1}` },
    ],
    [
      'paragraphs each wrapped in a block (BBC style)',
      `<html><body><main><div data-component="text-block"><p>${P1}</p></div><div data-component="image-block"><p>Caption-ish text</p></div>
       <div data-component="text-block"><p>${P2}</p></div></main></body></html>`,
      { text: `${P1}\n\nCaption-ish text\n\n${P2}` },
    ],
    [
      'og:title, og:url and <time> when there is no h1, canonical or JSON-LD',
      `<html lang="en"><head><meta property="og:title" content="OG &amp; title"><meta property="og:url" content="https://e.com/x"></head>
       <body><article><time datetime="2023-12-31">Dec 31</time><p>${P1}</p></article></body></html>`,
      { text: P1, title: 'OG & title', url: 'https://e.com/x', datePublished: '2023-12-31', lang: 'en' },
    ],
    [
      '<title> as the last resort; an unparseable date is ignored',
      `<html><head><title>Plain title</title><meta property="article:published_time" content="Friday"></head><body><p>${P1}</p></body></html>`,
      { text: P1, title: 'Plain title' },
    ],
    [
      'JSON-LD articleBody when the markup has no text',
      `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"LD","articleBody":${JSON.stringify(P1)},"datePublished":"2024-02-29"}</script></head><body><div id="app"></div></body></html>`,
      { text: P1, title: 'LD', datePublished: '2024-02-29' },
    ],
  ])('%s', (_name, html, expected) => {
    const got = parseArticle(html, 'html');
    for (const [k, v] of Object.entries(expected)) expect(got[k as keyof Article]).toBe(v);
  });

  it('rejects a page in another language', () => {
    const e = articleError(() => parseArticle(`<html lang="de"><body><p>${P1}</p></body></html>`, 'html'));
    expect(e.code).toBe('unsupported-language');
  });
});

describe('ArticleError', () => {
  const ok = `${P1}\n\n${P2}`;
  it.each<[ArticleError['code'], () => unknown, RegExp]>([
    ['empty', () => checkArticle({ text: '  \n\t\n ' }), /^the article text is empty: give the article body/],
    ['empty', () => parseArticle('<html><body><nav>Home</nav></body></html>', 'html'), /text is empty/],
    ['no-sentences', () => checkArticle({ text: 'Breaking news\nMarkets live\nWeather' }), /has no sentences .*running prose/],
    ['no-sentences', () => checkArticle({ text: '1. 2. 3. ... !!!' }), /has no sentences/],
    ['binary', () => checkArticle({ text: `${P1}\u0000\u0001` }), /binary, not text \(it contains NUL bytes\)/],
    ['binary', () => checkArticle({ text: `${P1} ${'\u0001\u0002\ufffd\u0003'.repeat(20)}` }), /does not look like text \(\d+% control or undecodable characters\)/],
    ['binary', () => parseArticle('{"text": "a\u0000b"}', 'json'), /binary/],
    ['too-long', () => checkArticle({ text: 'A sentence of words. '.repeat(10_000) }), /is 210,000 characters long, over the limit of 200,000/],
    ['bad-date', () => checkArticle({ text: ok, datePublished: '2024-02-30' }), /^datePublished '2024-02-30' is not a real date: write it as YYYY-MM-DD, e\.g\. 2024-01-05$/],
    ['bad-date', () => checkArticle({ text: ok, datePublished: '2023-02-29' }), /'2023-02-29' is not a real date/],
    ['bad-date', () => checkArticle({ text: ok, datePublished: '05/01/2024' }), /'05\/01\/2024' is not a real date/],
    ['bad-date', () => checkArticle({ text: ok, datePublished: '2024-1-5' }), /not a real date/],
    ['bad-date', () => checkArticle({ text: ok, datePublished: '2024-01-05T25:99' }), /not a real date/],
    ['unsupported-language', () => checkArticle({ text: ok, lang: 'de' }), /^unsupported language 'de': the builder reads English articles only$/],
    ['unsupported-language', () => checkArticle({ text: ok, lang: 'fr-CA' }), /^unsupported language 'fr-CA'/],
    ['bad-format', () => checkArticle({ text: 42 } as unknown as Article), /article\.text must be a string, not number/],
    ['bad-format', () => checkArticle({} as Article), /has no "text"/],
    ['bad-format', () => checkArticle({ text: ok, title: ['a'] } as unknown as Article), /article\.title must be a string, not an array/],
    ['bad-format', () => parseArticle('{"headline": "x"}', 'json'), /neither an Article .* nor a schema\.org NewsArticle/],
    ['bad-format', () => parseArticle('{"@type": "NewsArticle", "headline": "x"}', 'json'), /NewsArticle has no "articleBody"/],
    ['bad-json', () => parseArticle('{"text": "unterminated', 'json'), /^not valid JSON \(.+\): give an Article/],
  ])('%s: %s', (code, fn, message) => {
    const e = articleError(fn);
    expect(e.code).toBe(code);
    expect(e.name).toBe('ArticleError');
    expect(e.message).toMatch(message);
  });

  it('accepts an article of exactly MAX_ARTICLE_CHARS', () => {
    const text = 'Word word word. '.repeat(MAX_ARTICLE_CHARS / 16);
    expect(text.length).toBe(MAX_ARTICLE_CHARS);
    expect(checkArticle({ text }).text).toBe(text);
  });
});

describe('checkArticle', () => {
  it.each<[string, Article, Article]>([
    ['CRLF and lone CR become LF', { text: `${P1}\r\n\r\n${P2}\r` }, { text: `${P1}\n\n${P2}\n` }],
    ['NBSP is kept', { text: `It cost $5\u00a0million, he said.` }, { text: `It cost $5\u00a0million, he said.` }],
    ['a timestamp keeps its date part', { text: P1, datePublished: '2024-01-05T10:00:00Z' }, { text: P1, datePublished: '2024-01-05' }],
    ['a leap day is a real date', { text: P1, datePublished: '2024-02-29' }, { text: P1, datePublished: '2024-02-29' }],
    ['English variants pass', { text: P1, lang: 'en-US' }, { text: P1, lang: 'en-US' }],
    ['empty optional fields are dropped', { text: P1, title: '  ', datePublished: '', lang: '' }, { text: P1 }],
    ['the title becomes one line', { text: P1, title: ' Iraq\n and the\tcoalition ' }, { text: P1, title: 'Iraq and the coalition' }],
  ])('%s', (_name, input, expected) => {
    const before = JSON.stringify(input);
    const out = checkArticle(input);
    expect(out).toEqual(expected);
    expect(out).not.toBe(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('detectFormat', () => {
  it.each<[string | undefined, string, ArticleFormat]>([
    ['story.txt', '<p>looks like html</p>', 'text'],
    ['story.HTML', 'plain', 'html'],
    ['story.htm', 'plain', 'html'],
    ['story.json', 'plain', 'json'],
    [undefined, '  {"text": "x"}', 'json'],
    [undefined, '[{"@type": "NewsArticle"}]', 'json'],
    [undefined, '[Updated] Headline\n\nBody text here.', 'text'],
    [undefined, '<!DOCTYPE html><html><body></body></html>', 'html'],
    [undefined, '\uFEFF<html lang="en">', 'html'],
    [undefined, '<div class="story"><p>Text.</p></div>', 'html'],
    [undefined, 'Headline\n\nThe body says x < y and <b> is bold.', 'text'],
    ['notes.md', 'Headline\n\nBody.', 'text'],
  ])('%s %j → %s', (name, input, format) => {
    expect(detectFormat(name, input)).toBe(format);
  });
});

describe('checkArticle: what counts as a sentence', () => {
  it.each<[string, string, boolean]>([
    ['three words and a full stop', 'Markets fell sharply.', true],
    ['a later run of three words', 'Ok. Fine. Then prices rose.', true],
    ['apostrophes and hyphens join a word', "It's well-known, isn't it?", true],
    ['an abbreviation does not end the run', 'Inflation in the U.S. rose', true],
    ['only runs of two words', 'Ok. Fine. Yes, sure!', false],
    ['a run without end punctuation', 'Markets fell sharply today', false],
    ['a full stop after two words resets the count', 'Markets fell. Sharply', false],
  ])('%s', (_name, text, ok) => {
    const check = () => checkArticle({ text });
    if (ok) expect(check).not.toThrow();
    else expect(check).toThrow(/has no sentences/);
  });
});
