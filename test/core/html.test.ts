import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToArticle } from '../../src/core/html.js';

const S1 = 'The minister resigned on Friday after a week of protests in the capital.';
const S2 = 'More than 40 people were arrested, police said in a statement on Saturday.';

describe('decodeEntities', () => {
  it.each([
    ['&amp; &lt; &gt; &quot; &apos;', '& < > " \''],
    ['&nbsp;', '\u00a0'],
    ['&ndash;&mdash;&lsquo;&rsquo;&ldquo;&rdquo;&hellip;', '–—‘’“”…'],
    ['&eacute;&Eacute;&uuml;&ntilde;&szlig;&copy;&pound;&euro;&frac12;', 'éÉüñß©£€½'],
    ['&#8217; &#x2019; &#X2019;', '’ ’ ’'],
    ['&#150; &#146;', '– ’'], // Windows-1252 code points, as browsers read them
    ['&#0; &#xD800; &#1114112;', '\ufffd \ufffd \ufffd'],
    ['AT&T &amp AT&T;', 'AT&T & AT&T;'], // unknown names stay; &amp without ";" is decoded
    ['&notaname; &copy &hellip', '&notaname; © &hellip'],
    ['no entities here', 'no entities here'],
  ])('%s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe('htmlToArticle: markup', () => {
  it.each<[string, string, string]>([
    ['paragraphs joined by a blank line', `<p>${S1}</p><p>${S2}</p>`, `${S1}\n\n${S2}`],
    ['unclosed <p> tags', `<p>${S1}<p>${S2}`, `${S1}\n\n${S2}`],
    ['uppercase tags and attributes', `<P CLASS="x">${S1}</P><DIV>${S2}</DIV>`, `${S1}\n\n${S2}`],
    ['<br> as a line break', `<p>${S1}<br>${S2}</p>`, `${S1}\n${S2}`],
    ['whitespace collapsed, NBSP kept', `<p>  The   minister\n\tresigned&nbsp;on Friday after a week of protests.  </p>`, 'The minister resigned\u00a0on Friday after a week of protests.'],
    ['inline markup flows into its sentence', `<p>The <b>minister</b> <a href="/x">resigned</a> on <time datetime="2024-01-05">Friday</time> after a week of protests.</p>`, 'The minister resigned on Friday after a week of protests.'],
    ['list items as paragraphs', `<ul><li>${S1}</li><li>${S2}</ul>`, `${S1}\n\n${S2}`],
    ['comments, CDATA and processing instructions', `<?xml version="1.0"?><!-- <p>hidden</p> --><p>${S1}</p><![CDATA[]]>`, S1],
    ['an unterminated comment swallows the rest', `<p>${S1}</p><!-- <p>${S2}</p>`, S1],
    ['a lone "<" and a stray end tag are text and nothing', `<p>Prices rose 3% as 2 < 3 and</span> costs fell.</p>`, 'Prices rose 3% as 2 < 3 and costs fell.'],
    ['unquoted and single-quoted attributes', `<p class=lead id='x' data-a=1>${S1}</p>`, S1],
    ['a ">" inside a quoted attribute', `<p title="a > b">${S1}</p>`, S1],
    ['script with markup-like strings is skipped', `<p>${S1}</p><script>if (a < b) document.write("</p><p>evil</p>")</script><p>${S2}</p>`, `${S1}\n\n${S2}`],
    ['an unterminated script swallows the rest', `<p>${S1}</p><script>var x = 1;`, S1],
    ['hidden elements are dropped', `<p>${S1}</p><p hidden>Hidden paragraph text that is long enough.</p><div style="display: none">Also hidden.</div><span aria-hidden="true">x</span>`, S1],
    ['soft hyphens and zero-width spaces are removed', `<p>The minis&shy;ter re\u200bsigned on Friday after a week of protests.</p>`, 'The minister resigned on Friday after a week of protests.'],
    ['a stray inline end tag does not close the paragraph', `<div><p>${S1}</em></p><p>${S2}</p></div>`, `${S1}\n\n${S2}`],
  ])('%s', (_name, html, text) => {
    expect(htmlToArticle(html).text).toBe(text);
  });

  it('layout classes such as "has-sidebar" or "no-ads" on a wrapper do not drop the article', () => {
    const html = `<body class="single has-sidebar"><div id="page" class="site no-ads"><div class="entry-content"><p>${S1}</p><p>${S2}</p></div></div>
      <div class="widget"><p>A widget paragraph that is long enough to count as text.</p></div></body>`;
    expect(htmlToArticle(html).text).toBe(`${S1}\n\n${S2}`);
  });

  it('a wrapper whose class sounds like furniture but holds the story is kept', () => {
    const html = `<div class="story-promo-wrapper"><p>${S1}</p><p>${S2}</p><p>${S1}</p></div><div class="x"><p>Short side note paragraph with some words.</p></div>`;
    expect(htmlToArticle(html).text).toContain(S2);
  });

  it('picks the main <article> over teaser <article>s', () => {
    const teaser = '<article class="card"><p>A teaser paragraph about another story entirely.</p></article>';
    const html = `${teaser}<article><p>${S1}</p><p>${S2}</p></article>${teaser}`;
    expect(htmlToArticle(html).text).toBe(`${S1}\n\n${S2}`);
  });

  it('takes the headline from the article h1 over a site-logo h1', () => {
    const html = `<header><h1>Example News</h1></header><article><h1>Minister resigns</h1><p>${S1}</p></article>`;
    expect(htmlToArticle(html).title).toBe('Minister resigns');
  });

  it('prefers the JSON-LD date; a broken JSON-LD block is ignored', () => {
    const page = (ld: string) =>
      `<html><head><script type="application/ld+json">${ld}</script><meta property="article:published_time" content="2024-03-02T08:00:00Z"></head><body><p>${S1}</p></body></html>`;
    expect(htmlToArticle(page('{"@type":"NewsArticle","datePublished":"2024-03-01"}')).datePublished).toBe('2024-03-01');
    expect(htmlToArticle(page('{"@type": "NewsArticle", ')).datePublished).toBe('2024-03-02');
  });
});

describe('htmlToArticle: hostile input', () => {
  it.each<[string, string]>([
    ['100,000 unclosed divs', '<div>'.repeat(100_000) + `<p>${S1}</p>`],
    ['100,000 lone "<"', '< '.repeat(100_000) + `<p>${S1}</p>`],
    ['50,000 nested spans in the headline', `<h1>${'<span>'.repeat(50_000)}Title</h1><p>${S1}</p>`],
    ['a 1 MB page of paragraphs', `<article>${`<div class="block"><p>${S1}</p></div>`.repeat(10_000)}</article>`],
    ['50,000 attributes', `<p ${'a=1 '.repeat(50_000)}>${S1}</p>`],
    ['an unclosed quoted attribute', `<p class="never closed>${S1}</p>`],
  ])('%s: parses in linear time without throwing', (_name, html) => {
    const t = performance.now();
    const a = htmlToArticle(html);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(typeof a.text).toBe('string');
  });

  it('never runs anything: event handlers and javascript: URLs are ignored, not text', () => {
    const html = `<p onclick="alert(1)">${S1}<img src=x onerror="globalThis.pwned = true"><a href="javascript:alert(2)">link</a></p>`;
    const a = htmlToArticle(html);
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
    expect(a.text).toBe(`${S1}link`);
  });
});
