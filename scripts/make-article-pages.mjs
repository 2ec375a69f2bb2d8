#!/usr/bin/env node
/**
 * Builds a demo article page for each annotated corpus article, marked up as
 * real publishers write it (JSON-LD, Open Graph and article:* meta tags, a
 * masthead and navigation, share bars, figures with captions and credits,
 * video players, ad slots, "related" boxes, newsletter boxes, bylines, tags)
 * and with a `<news-quiz>` that builds its quiz from the page itself.
 *
 *   node scripts/make-article-pages.mjs [CORPUS_DIR]   (default /work/shared/corpus, or $CORPUS_DIR)
 *
 * Writes demo/articles/<id>.html, demo/articles/index.html and
 * test/element/pages/manifest.json: per page, the annotated sentences (which
 * the page's article text must contain) and every furniture string the page
 * adds (which it must not). Exits 1 when a furniture string also occurs in
 * the article body, or an annotated sentence is missing from it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(process.argv[2] ?? process.env.CORPUS_DIR ?? '/work/shared/corpus');
const OUT = join(ROOT, 'demo/articles');
const MANIFEST = join(ROOT, 'test/element/pages/manifest.json');

/** Escapes text for HTML content and attribute values. */
export function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JSON for a `<script>` block: `<` escaped so no `</script>` can end it early. */
function scriptJson(value) {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}

const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * Per-article page settings: the publisher style, where the quiz goes, and
 * what each furniture line of the corpus text is on the page.
 * `lines` maps a body line to its role: `title` (the `<title>` only), `h2`,
 * `video` (a video player's title), `videoNotice`, `credit`, `relatedLink`.
 */
const PAGES = [
  {
    id: '00-seed-iraq-coalition',
    style: 'dw',
    lang: 'en',
    section: 'Middle East',
    author: 'DW (with AFP)',
    headline: 'Iraqi PM wants to end presence of US-led coalition troops',
    url: 'https://www.dw.com/en/iraqi-pm-wants-to-end-presence-of-us-led-coalition-troops/a-67902741',
    image: '../img/baghdad-skyline.svg',
    caption: 'The Iraqi capital at dusk: coalition bases ring the city.',
    imageCredit: 'Image: Ameer Al-Mohammedawi/dpa/picture alliance',
    place: 'inside',
    lines: {
      'Iraqi PM wants to end presence of US-led coalition troops – DW (German)': 'title',
      'Why did the US carry out an attack in Iraq?': 'h2',
      'Blinken in Iraq: “We will protect our personnel”': 'video',
      'This browser does not support the video element.': 'videoNotice',
      'How “determined” is Iraq to withdraw US troops?': 'h2',
      'from/sms (Portal, AFP)': 'credit',
    },
    related: ['Iran blasts: death toll at Soleimani memorial rises', 'US strike in Baghdad kills militia commander'],
  },
  {
    id: '02-iraqi-custody-death-ruling',
    style: 'bbc',
    lang: 'en-GB',
    section: 'UK Politics',
    author: 'Political staff',
    url: 'https://meridian.example/news/uk-politics/iraqis-win-death-test-case-probe',
    caption: 'The Royal Courts of Justice in London, where the High Court sits.',
    imageCredit: 'PA Wire',
    place: 'for',
    lines: {},
    related: ['Timeline: the inquiry into army abuse claims', 'Soldiers face court martial over Basra deaths'],
  },
  {
    id: '08-faithless-electors',
    style: 'wordpress',
    lang: 'en-US',
    section: 'Politics',
    author: 'Staff writer',
    url: 'https://meridian.example/2016/12/which-candidates-did-faithless-electors-support/',
    caption: 'Electors cast their ballots in state capitals across the country.',
    imageCredit: 'Photo: Getty Images',
    place: 'after-related',
    lines: { 'What is next for the Electoral College?': 'relatedLink' },
    related: ['How the Electoral College really works', 'Five things to watch as electors meet'],
  },
  {
    id: '10-us-budget-deficit',
    style: 'microdata',
    lang: 'en-GB',
    section: 'Business',
    author: 'Business desk',
    url: 'https://meridian.example/news/business/us-budget-deficit-to-reach-368bn',
    caption: 'The US Capitol, where Congress will debate the budget.',
    imageCredit: 'Getty Images',
    place: 'after-body',
    lines: {},
    related: ['Dollar slides to new low against the euro', 'Bush unveils plan to halve the deficit'],
  },
];

/** Reads a corpus article: title line, blank line, body; and its annotation. */
function readCorpus(id) {
  const txt = readFileSync(join(CORPUS, `${id}.txt`), 'utf8').replace(/\r\n?/g, '\n');
  const json = JSON.parse(readFileSync(join(CORPUS, `${id}.json`), 'utf8'));
  const [title, , ...rest] = txt.split('\n');
  return { title: title.trim(), body: rest.join('\n'), json };
}

/**
 * A paragraph's HTML: the first mention of one annotated actor becomes a
 * topic link (so sentences run across inline elements, as on real pages).
 */
function paragraphHtml(text, actors, used) {
  const wordAt = (n) => {
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').exec(text);
    return m ? m.index : -1;
  };
  const name = actors
    .map((a) => a.name)
    .filter((n) => n.length > 3 && !used.has(n) && wordAt(n) >= 0)
    .sort((a, b) => b.length - a.length)[0];
  if (!name) return esc(text);
  used.add(name);
  const at = wordAt(name);
  return `${esc(text.slice(0, at))}<a href="/topics/${slug(name)}">${esc(name)}</a>${esc(text.slice(at + name.length))}`;
}

/** The share bar every template carries (links and buttons, as publishers do). */
function shareBar(cls, url, headline, furniture) {
  const labels = ['Share on Facebook', 'Share on X', 'Share by email', 'Copy link'];
  furniture.push(...labels);
  const enc = encodeURIComponent(url);
  return `<div class="${cls}" role="group" aria-label="Share this article">
          <a href="https://www.facebook.com/sharer/sharer.php?u=${enc}">Share on Facebook</a>
          <a href="https://twitter.com/intent/tweet?url=${enc}&amp;text=${encodeURIComponent(headline)}">Share on X</a>
          <a href="mailto:?subject=${encodeURIComponent(headline)}&amp;body=${enc}">Share by email</a>
          <button type="button">Copy link</button>
        </div>`;
}

function adSlot(n, furniture) {
  furniture.push('Advertisement', 'Story continues below this ad');
  return `<div class="ad-slot" id="div-gpt-ad-mpu-${n}" data-ad-unit="/1234/news/article">
            <p class="ad-label">Advertisement</p>
            <p class="ad-notice">Story continues below this ad</p>
          </div>`;
}

function relatedBox(cls, heading, titles, furniture) {
  furniture.push(...titles);
  return `<aside class="related ${cls}" aria-label="${esc(heading)}">
            <h2>${esc(heading)}</h2>
            <ul>
              ${titles.map((t) => `<li><a href="/news/${slug(t)}">${esc(t)}</a></li>`).join('\n              ')}
            </ul>
          </aside>`;
}

function figure(page, furniture) {
  furniture.push(page.caption, page.imageCredit);
  const src = page.image ?? '../img/baghdad-skyline.svg';
  return `<figure class="lead-image">
          <img src="${src}" width="1200" height="675" alt="">
          <figcaption><span class="caption-text">${esc(page.caption)}</span> <span class="image-credit">${esc(page.imageCredit)}</span></figcaption>
        </figure>`;
}

function newsletter(furniture) {
  furniture.push('Get the morning briefing in your inbox', 'Sign up');
  return `<div class="newsletter-signup">
            <p>Get the morning briefing in your inbox</p>
            <form action="#" method="dialog"><label>Email <input type="email" name="email" autocomplete="email"></label> <button type="submit">Sign up</button></form>
          </div>`;
}

/** The article body's blocks, with furniture lines marked up as what they are on the page. */
function bodyBlocks(page, body, actors, furniture, headings) {
  const used = new Set();
  const blocks = [];
  let videoTitle;
  let sawAd = false;
  let paragraphs = 0;
  for (const line of body.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const role = page.lines[line];
    if (role === 'title') continue;
    if (role === 'h2') {
      headings.push(line);
      blocks.push(`<h2>${esc(line)}</h2>`);
    } else if (role === 'video') {
      videoTitle = line;
    } else if (role === 'videoNotice') {
      furniture.push(line, videoTitle);
      blocks.push(`<figure class="video-card video-player">
            <video controls preload="none" width="640" height="360" poster="../img/baghdad-skyline.svg">
              <source src="/media/video.mp4" type="video/mp4">
              <p>${esc(line)}</p>
            </video>
            <figcaption><h3>${esc(videoTitle)}</h3></figcaption>
          </figure>`);
    } else if (role === 'credit') {
      furniture.push(line);
      blocks.push(`<p class="credit article-credit">${esc(line)}</p>`);
    } else if (role === 'relatedLink') {
      furniture.push(line);
      blocks.push(`<p class="read-more"><strong>Read more:</strong> <a href="/news/${slug(line)}">${esc(line)}</a></p>`);
    } else {
      const html = paragraphHtml(line, actors, used);
      blocks.push(paragraphs === 0 ? `<p class="lede"><strong>${html}</strong></p>` : `<p>${html}</p>`);
      paragraphs++;
      if (paragraphs === 2) blocks.push(relatedBox('related-inline', 'Related', page.related, furniture));
      if (paragraphs === 3 && !sawAd) {
        blocks.push(adSlot(1, furniture));
        sawAd = true;
      }
    }
  }
  return blocks;
}

function jsonLd(page, headline, datePublished, description) {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    description,
    ...(datePublished ? { datePublished: `${datePublished}T10:32:00Z`, dateModified: `${datePublished}T14:05:00Z` } : {}),
    inLanguage: page.lang,
    url: page.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': page.url },
    image: [new URL(page.image ?? '../img/baghdad-skyline.svg', page.url).href],
    author: [{ '@type': 'Person', name: page.author }],
    publisher: { '@type': 'Organization', name: 'The Meridian', logo: { '@type': 'ImageObject', url: 'https://meridian.example/logo.png' } },
    articleSection: page.section,
  };
  const crumbs = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'News', item: 'https://meridian.example/news' },
      { '@type': 'ListItem', position: 2, name: page.section, item: `https://meridian.example/news/${slug(page.section)}` },
    ],
  };
  return `<script type="application/ld+json">\n${scriptJson(page.style === 'bbc' ? { '@graph': [ld, crumbs] } : ld)}\n    </script>`;
}

function head(page, docTitle, headline, datePublished, description) {
  const metas = [
    `<meta name="description" content="${esc(description)}">`,
    `<link rel="canonical" href="${esc(page.url)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:site_name" content="The Meridian">`,
    `<meta property="og:title" content="${esc(headline)}">`,
    `<meta property="og:description" content="${esc(description)}">`,
    `<meta property="og:url" content="${esc(page.url)}">`,
    ...(page.lang.includes('-') ? [`<meta property="og:locale" content="${page.lang.replace('-', '_')}">`] : []),
    `<meta name="twitter:card" content="summary_large_image">`,
    ...(datePublished ? [`<meta property="article:published_time" content="${datePublished}T10:32:00+00:00">`] : []),
    `<meta property="article:section" content="${esc(page.section)}">`,
  ];
  // The microdata page states its metadata in the markup only (no JSON-LD).
  const ld = page.style === 'microdata' ? '' : `\n    ${jsonLd(page, headline, datePublished, description)}`;
  return `<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${esc(docTitle)}</title>
    ${metas.join('\n    ')}
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="../demo.css">
    <link rel="stylesheet" href="articles.css">${ld}
    <script type="module" src="../../dist/news-quiz.min.js"></script>
  </head>`;
}

function masthead(page, furniture) {
  furniture.push('Skip to content', 'Subscribe');
  return `<a class="skip-link" href="#main">Skip to content</a>
    <header class="masthead">
      <div class="wrap">
        <a class="logo" href="index.html">The <span>Meridian</span></a>
        <nav aria-label="Sections">
          <ul class="sections">
            <li><a href="index.html"${page.section === 'Middle East' ? ' aria-current="page"' : ''}>World</a></li>
            <li><a href="index.html">UK</a></li>
            <li><a href="index.html"${page.section === 'Business' ? ' aria-current="page"' : ''}>Business</a></li>
            <li><a href="index.html"${page.section === 'Politics' ? ' aria-current="page"' : ''}>Politics</a></li>
          </ul>
        </nav>
        <a class="subscribe-button" href="#">Subscribe</a>
      </div>
    </header>`;
}

function footer(source) {
  return `<footer class="site-footer">
      <div class="wrap">
        <p>The Meridian is a fictional publisher: this page demonstrates <code>&lt;news-quiz&gt;</code> building its quiz from the article it stands in.</p>
        <p>Article text: ${esc(source)}, reproduced for demonstration.</p>
      </div>
    </footer>`;
}

/** Teaser cards: `<article>` elements inside a "more stories" box, which the quiz must pass over. */
function moreStories(titles, furniture) {
  furniture.push('More stories', ...titles.map((t) => `${t}: the latest`));
  return `<section class="more-stories" aria-labelledby="more-heading">
        <h2 id="more-heading">More stories</h2>
        ${titles
          .map((t) => `<article class="teaser-card"><h3><a href="/news/${slug(t)}-latest">${esc(t)}: the latest</a></h3><p>${esc(t)}: the latest.</p></article>`)
          .join('\n        ')}
      </section>`;
}

const QUIZ_INTRO = 'Test yourself';

function quizBox(attrs) {
  return `<section class="quiz-section" aria-labelledby="quiz-heading">
          <h2 id="quiz-heading">${QUIZ_INTRO}</h2>
          <news-quiz${attrs}></news-quiz>
        </section>`;
}

/** One page's HTML and its manifest entry. */
function renderPage(page) {
  const { title, body, json } = readCorpus(page.id);
  const headline = page.headline ?? title;
  const datePublished = json.datePublished ?? undefined;
  const lede = body.split('\n').map((l) => l.trim()).filter((l) => l && !page.lines[l])[0];
  const description = lede.length > 160 ? `${lede.slice(0, 157).replace(/\s+\S*$/, '')}…` : lede;
  const furniture = [];
  const headings = [];
  const blocks = bodyBlocks(page, body, json.facts.actors, furniture, headings);
  const docTitle = page.style === 'dw' ? Object.keys(page.lines).find((l) => page.lines[l] === 'title') : `${headline} - The Meridian`;
  const dateLine = datePublished
    ? `<time datetime="${datePublished}T10:32:00Z">${new Date(`${datePublished}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}</time>`
    : '';
  furniture.push(`By ${page.author}`);
  const byline = `<p class="byline"><span class="author">By ${esc(page.author)}</span> ${dateLine}</p>`;
  const share = shareBar('share-bar social-share', page.url, headline, furniture);
  const tags = `<ul class="tags" aria-label="Topics">${json.facts.actors.slice(0, 3).map((a) => `<li><a href="/topics/${slug(a.name)}">${esc(a.name)}</a></li>`).join('')}</ul>`;
  const more = page.related.map((t) => t.replace(/:.*/, ''));
  const news = newsletter(furniture);
  const body1 = blocks.join('\n          ');
  let forId = null;
  let main;
  if (page.style === 'dw') {
    main = `<main id="main" class="wrap">
      <article class="story" lang="${page.lang}">
        <header>
          <p class="kicker">${esc(page.section)}</p>
          <h1>${esc(headline)}</h1>
          ${byline}
        </header>
        ${share}
        ${figure(page, furniture)}
        <div class="story-body rich-text">
          ${body1}
        </div>
        ${news}
        ${quizBox(' count="5"')}
        ${tags}
      </article>
      ${moreStories(more, furniture)}
    </main>`;
  } else if (page.style === 'bbc') {
    forId = 'story';
    main = `<main id="main" class="wrap layout has-sidebar">
      <div class="column-primary">
        <article class="story" id="${forId}">
          <header class="story-header">
            <p class="kicker">${esc(page.section)}</p>
            <h1 class="story-headline">${esc(headline)}</h1>
            ${byline}
          </header>
          ${figure(page, furniture)}
          <div class="story-body">
            ${share}
            ${body1}
          </div>
        </article>
      </div>
      <aside class="column-secondary sidebar" aria-label="Most read">
        <h2>Most read</h2>
        ${more.map((t, i) => `<article class="most-read-item"><span class="rank">${i + 1}</span> <a href="/news/${slug(t)}-latest">${esc(t)}: the latest</a></article>`).join('\n        ')}
      </aside>
      ${quizBox(` for="${forId}" count="4"`)}
    </main>`;
    furniture.push('Most read');
  } else if (page.style === 'wordpress') {
    main = `<main id="main" class="wrap site-main">
      <article id="post-192" class="post-192 post type-post status-publish format-standard has-post-thumbnail category-politics story">
        <header class="entry-header">
          <h1 class="entry-title">${esc(headline)}</h1>
          <div class="entry-meta">${byline}</div>
        </header>
        ${figure(page, furniture)}
        <div class="sharedaddy sd-sharing-enabled">${share}</div>
        <div class="entry-content story-body">
          ${body1}
        </div>
        <footer class="entry-footer">${tags}</footer>
      </article>
      <section class="jp-relatedposts" aria-label="Related posts">
        <h2>Related posts</h2>
        ${more.map((t) => `<article class="jp-relatedposts-post"><h3><a href="/news/${slug(t)}-latest">${esc(t)}: the latest</a></h3></article>`).join('\n        ')}
      </section>
      ${quizBox('')}
      <section id="comments" class="comments-area"><h2>Join the conversation</h2><p>Comments are closed for this demo.</p></section>
    </main>`;
    furniture.push('Related posts', 'Join the conversation', 'Comments are closed for this demo.');
  } else {
    // Microdata, no <article> element: the body is an [itemprop=articleBody] block.
    main = `<main id="main" class="wrap">
      <div class="story" itemscope itemtype="https://schema.org/NewsArticle">
        <meta itemprop="url" content="${esc(page.url)}">
        <p class="kicker">${esc(page.section)}</p>
        <h1 itemprop="headline">${esc(headline)}</h1>
        ${byline}
        ${share}
        ${figure(page, furniture)}
        <div class="story-body" itemprop="articleBody">
          ${body1}
        </div>
        ${quizBox(' count="5" seed="demo"')}
        ${news}
      </div>
    </main>`;
  }
  const html = `<!doctype html>
<html lang="${page.lang}">
  ${head(page, docTitle, headline, datePublished, description)}
  <body>
    ${masthead(page, furniture)}

    ${main}

    ${footer(json.source.replace(/ @ .*|\(.*$/, '').trim())}
  </body>
</html>
`;
  const storyLines = body.split('\n').map((l) => l.trim()).filter((l) => l && !page.lines[l]);
  const sentences = [
    ...new Set([...json.facts.numbers, ...json.facts.dates].map((f) => f.sentence)),
  ];
  const uniqueFurniture = [...new Set(furniture.filter(Boolean))];
  for (const f of uniqueFurniture) {
    if (body.split('\n').some((l) => !page.lines[l.trim()] && l.includes(f))) {
      throw new Error(`${page.id}: furniture string "${f}" also occurs in the article body; choose another`);
    }
  }
  for (const s of sentences) if (!body.includes(s)) throw new Error(`${page.id}: annotated sentence not in body: ${s}`);
  return {
    html,
    entry: {
      id: page.id,
      page: `/demo/articles/${page.id}.html`,
      style: page.style,
      place: page.place,
      forId,
      headline,
      datePublished: datePublished ?? null,
      url: page.url,
      lang: page.lang,
      headings,
      sentences,
      furniture: uniqueFurniture,
      // Annotated actors named in the story itself (not only in a furniture line such as the <title> suffix).
      actors: json.facts.actors.map((a) => a.name).filter((n) => storyLines.some((l) => l.includes(n))),
    },
  };
}

function indexPage(entries) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Article pages – news-quiz demo</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="../demo.css">
  </head>
  <body>
    <main id="main" class="wrap">
      <div class="page-intro">
        <h1>Quizzes built from the page</h1>
        <p>Each page below is a real news article marked up as publishers do (JSON-LD, meta tags, captions, share bars, ads, related links). Its <code>&lt;news-quiz&gt;</code> has no quiz data: it finds the article and builds the quiz itself. Generated by <code>scripts/make-article-pages.mjs</code>.</p>
      </div>
      <ul>
        ${entries.map((e) => `<li><a href="${e.id}.html">${esc(e.headline)}</a> (${e.style} markup; quiz ${e.forId ? `for="${e.forId}"` : e.place})</li>`).join('\n        ')}
      </ul>
      <p><a href="../editor.html">Quiz editor</a> · <a href="../index.html">Other demos</a></p>
    </main>
  </body>
</html>
`;
}

function main() {
  mkdirSync(OUT, { recursive: true });
  mkdirSync(dirname(MANIFEST), { recursive: true });
  const entries = [];
  for (const page of PAGES) {
    const { html, entry } = renderPage(page);
    writeFileSync(join(OUT, `${page.id}.html`), html);
    entries.push(entry);
  }
  writeFileSync(join(OUT, 'index.html'), indexPage(entries));
  writeFileSync(MANIFEST, `${JSON.stringify(entries, null, 2)}\n`);
  console.log(`wrote ${entries.length} pages to ${OUT} and ${MANIFEST}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
