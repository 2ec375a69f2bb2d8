/**
 * In-page generation: `autoBuild` (src/element/auto-build.ts) finds the
 * article, waits for the viewport or an idle page, loads the builder and
 * builds; `emitJsonLd` adds the quiz as schema.org JSON-LD; and, once the
 * element observes `for`, `<news-quiz>` with no data does all of it itself.
 * Real Chromium; the corpus articles as publisher pages (demo/articles).
 */
import '../../src/define.js';
import { assert, equal } from './helpers.js';
import { autoBuild, AutoBuildError, nearViewportOrIdle } from '../../src/element/auto-build.js';
import { emitJsonLd, removeJsonLd } from '../../src/element/jsonld-emitter.js';
import { PageArticleError } from '../../src/element/page-article.js';
import { findSentenceRange, HIGHLIGHT_NAME } from '../../src/element/highlight.js';
import { NewsQuiz } from '../../src/element/news-quiz.js';
import type { Quiz } from '../../src/core/types.js';

declare global {
  function describe(name: string, fn: () => void): void;
  function it(name: string, fn: (this: { skip(): never; timeout(ms: number): void }) => void | Promise<void>): void;
  function afterEach(fn: () => void | Promise<void>): void;
}


/** The builder worker as the test server serves it. */
const WORKER = '/src/builder-worker.ts';

interface PageEntry {
  id: string;
  page: string;
  forId: string | null;
  sentences: string[];
  furniture: string[];
  headings: string[];
}
const manifest: PageEntry[] = await (await fetch('/test/element/pages/manifest.json')).json();

const STORY = [
  'The city council approved 120 new homes on Tuesday, the mayor, Jane Porter, said.',
  'The plan, first proposed in 2021, had been debated for two years. About 40 residents objected to it, and 300 supported it.',
  'The Housing Trust will build the homes by 2026, according to the council.',
];
const storyHtml = STORY.map((p) => `<p>${p}</p>`).join('');

const mounted: Element[] = [];
afterEach(() => {
  mounted.splice(0).forEach((m) => m.remove());
  document.querySelectorAll('script[data-news-quiz]').forEach((s) => s.remove());
});

/** Trusted test markup in a fresh container; returns the container. */
function mount(markup: string, style = ''): HTMLElement {
  const div = document.createElement('div');
  div.style.cssText = style;
  div.innerHTML = markup;
  document.body.append(div);
  mounted.push(div);
  return div;
}

/** Loads a page in a same-origin iframe. */
async function loadFrame(path: string, height = 700, width = 1000): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  mounted.push(frame);
  await loaded;
  return frame;
}

/** The error a promise rejects with (or a failure when it resolves). */
async function rejection(p: Promise<unknown>): Promise<Error> {
  return p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: Error) => e,
  );
}


describe('autoBuild: when it builds', () => {
  it('waits until the quiz is near the viewport (not idle yet), and starts the builder\'s worker only then', async function () {
    this.timeout(15000);
    const win = window as Window & { requestIdleCallback?: unknown };
    const ric = win.requestIdleCallback;
    win.requestIdleCallback = () => 0; // the page never goes idle
    // Which workers the page starts.
    const OwnWorker = window.Worker;
    const workers: string[] = [];
    window.Worker = class extends OwnWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        workers.push(String(url));
      }
    };
    try {
      const box = mount(`<article>${storyHtml}<div style="height: 4000px"></div><news-quiz></news-quiz></article>`);
      const host = box.querySelector('news-quiz') as HTMLElement;
      let done = false;
      const p = autoBuild(host, { workerUrl: WORKER }).then((r) => ((done = true), r));
      await new Promise((r) => setTimeout(r, 400));
      // (The element mounted here starts its own build too, with its default worker: only this call's counts.)
      const ours = () => workers.filter((u) => new URL(u, location.href).pathname === WORKER).length;
      equal({ done, workers: ours() }, { done: false, workers: 0 }, 'before the quiz nears the viewport');
      host.scrollIntoView();
      const { quiz } = await p;
      assert(quiz.questions.length > 0, 'no questions');
      // The builder runs in the worker.
      equal(ours(), 1, 'workers started');
    } finally {
      win.requestIdleCallback = ric;
      window.Worker = OwnWorker;
      window.scrollTo(0, 0);
    }
  });

  it('builds once the page is idle, even far from the viewport', async () => {
    const box = mount(`<article>${storyHtml}<div style="height: 4000px"></div><news-quiz></news-quiz></article>`);
    const host = box.querySelector('news-quiz') as HTMLElement;
    const t0 = performance.now();
    await nearViewportOrIdle(host, undefined, '600px', 2000);
    assert(performance.now() - t0 < 1900, `idle came only after ${Math.round(performance.now() - t0)} ms`);
  });

  it('aborts while waiting: an AbortError, and the page is left alone', async () => {
    const box = mount(`<article>${storyHtml}<news-quiz></news-quiz></article>`);
    const before = box.innerHTML;
    const ctl = new AbortController();
    const p = autoBuild(box.querySelector('news-quiz') as HTMLElement, { signal: ctl.signal, workerUrl: WORKER });
    ctl.abort();
    const e = await rejection(p);
    assert(e instanceof DOMException && e.name === 'AbortError', `expected an AbortError, got ${String(e)}`);
    equal(box.innerHTML, before, 'page markup');
  });
});

describe('autoBuild: what it builds', () => {
  it('count, kinds and seed pass to the builder; the same seed gives the same quiz', async () => {
    const box = mount(`<article>${storyHtml}<news-quiz></news-quiz></article>`);
    const host = box.querySelector('news-quiz') as HTMLElement;
    const a = await autoBuild(host, { eager: true, count: '2', kinds: 'number, date', seed: 'x', workerUrl: WORKER });
    const b = await autoBuild(host, { eager: true, count: 2, kinds: ['number', 'date'], seed: 'x', workerUrl: WORKER });
    assert(a.quiz.questions.length > 0 && a.quiz.questions.length <= 2, `${a.quiz.questions.length} questions for count="2"`);
    assert(a.quiz.questions.every((q) => q.kind === 'number' || q.kind === 'date'), `kinds: ${a.quiz.questions.map((q) => q.kind)}`);
    equal(a.quiz, b.quiz, 'same seed, same quiz');
  });

  it('highlight() scrolls to a cited sentence in the article and highlights it', async () => {
    const box = mount(`<article>${storyHtml}<news-quiz></news-quiz></article>`);
    const { quiz, root, highlight } = await autoBuild(box.querySelector('news-quiz') as HTMLElement, { eager: true, workerUrl: WORKER });
    equal(root, box.querySelector('article'), 'root');
    const sentence = quiz.questions[0]!.source!.sentence;
    assert(highlight(sentence), 'highlight() returned false');
    const ranges = [...(CSS.highlights.get(HIGHLIGHT_NAME) ?? [])] as Range[];
    equal(ranges.map((r) => r.toString()), [sentence], 'highlighted text');
    equal(highlight('A sentence that is not in the article.'), false, 'a sentence not in the article');
    CSS.highlights.delete(HIGHLIGHT_NAME);
  });

  for (const entry of manifest) {
    it(`${entry.id}: builds from the publisher page, citing only article sentences (no furniture, no headings)`, async function () {
      this.timeout(20000);
      const frame = await loadFrame(entry.page);
      const doc = frame.contentDocument!;
      // A fresh host of ours where the page's own quiz is (its attributes copied), not upgraded by the page's script.
      const own = doc.querySelector('news-quiz')!;
      const host = doc.createElement('div');
      own.before(host);
      const html = doc.body.innerHTML;
      const { quiz, root } = await autoBuild(host, {
        forId: own.getAttribute('for'),
        count: own.getAttribute('count'),
        seed: own.getAttribute('seed'),
        eager: true,
        workerUrl: WORKER,
      });
      assert(quiz.questions.length > 0, 'no questions');
      for (const q of quiz.questions) {
        const sentence = q.source?.sentence ?? '';
        assert(findSentenceRange(root, sentence), `${q.id} cites a sentence not in the article: ${sentence}`);
        equal(entry.furniture.filter((f) => sentence.includes(f)), [], `${q.id} asks from furniture`);
        assert(!entry.headings.includes(sentence), `${q.id} asks from a heading`);
      }
      const count = own.getAttribute('count');
      if (count) assert(quiz.questions.length <= Number(count), `count="${count}" not passed`);
      equal(doc.body.innerHTML, html, 'page markup after the build');
    });
  }

  it('the seed article page: finding, loading the builder and building cause no main-thread task over 50 ms', async function () {
    this.timeout(20000);
    const seed = manifest.find((m) => m.id.startsWith('00-'))!;
    const frame = await loadFrame(seed.page);
    const doc = frame.contentDocument!;
    const host = doc.createElement('div');
    doc.querySelector('news-quiz')!.before(host);
    const long: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => long.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    const t0 = performance.now();
    const { quiz } = await autoBuild(host, { eager: true, count: 5, workerUrl: WORKER });
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    assert(quiz.questions.length > 0, 'no quiz');
    equal(long.filter((e) => e.startTime >= t0).map((e) => Math.round(e.duration)), [], 'long tasks (ms)');
  });
});

describe('autoBuild: clear errors, and the page is never harmed', () => {
  const cases: [string, string, string, string, RegExp][] = [
    ['no article on the page', '<div><p>Just a page.</p></div><news-quiz></news-quiz>', 'PageArticleError', 'no-article', /No article to quiz on/],
    ['for= names no element', `<article>${storyHtml}</article><news-quiz for="nope"></news-quiz>`, 'PageArticleError', 'not-found-for', /"nope"/],
    ['an article too short to quiz', '<article><p>It rained.</p><news-quiz></news-quiz></article>', 'AutoBuildError', 'too-short', /too short to quiz/],
    ['an article in French', `<article lang="fr"><p>Le conseil a approuvé 120 logements mardi, a déclaré la maire.</p><news-quiz></news-quiz></article>`, '', 'unsupported-language', /language|English/i],
    ['count="0"', `<article>${storyHtml}<news-quiz count="0"></news-quiz></article>`, 'AutoBuildError', 'bad-option', /count="0".*1 to 100/],
    ['kinds="people"', `<article>${storyHtml}<news-quiz kinds="people"></news-quiz></article>`, 'AutoBuildError', 'bad-option', /kinds="people".*number, date, actor/],
  ];
  for (const [name, markup, cls, code, message] of cases) {
    it(`${name}: ${code}`, async () => {
      const box = mount(markup);
      const before = box.innerHTML;
      const host = box.querySelector('news-quiz') as HTMLElement;
      const e = (await rejection(
        autoBuild(host, { eager: true, workerUrl: WORKER, forId: host.getAttribute('for'), count: host.getAttribute('count'), kinds: host.getAttribute('kinds') }),
      )) as Error & { code?: string };
      assert(e instanceof PageArticleError || e instanceof AutoBuildError, `unexpected ${String(e)}`);
      if (cls) equal(e.name, cls, 'error class');
      equal(e.code, code, 'code');
      assert(message.test(e.message), `message: ${e.message}`);
      equal(box.innerHTML, before, 'page markup');
    });
  }
});

describe('structured-data: the quiz as schema.org JSON-LD', () => {
  const quiz: Quiz = {
    version: 1,
    id: 'ld-test',
    title: 'Homes </script><b>approved</b>',
    article: { title: 'Homes approved', url: 'https://example.com/homes', datePublished: '2024-01-05' },
    questions: [{ id: 'q1', kind: 'number', prompt: 'How many homes were approved?', choices: ['40', '120', '300'], answer: 1 }],
  };

  it('adds ONE script per element to <head>, replaces it for a new quiz, removes it', () => {
    const host = mount('<news-quiz no-persist></news-quiz>');
    const el = host.firstElementChild!;
    emitJsonLd(el, quiz);
    emitJsonLd(el, { ...quiz, id: 'ld-test-2' });
    const scripts = [...document.querySelectorAll('script[type="application/ld+json"][data-news-quiz]')];
    equal(scripts.length, 1, 'scripts');
    equal(scripts[0]!.parentElement, document.head, 'parent');
    equal(scripts[0]!.getAttribute('data-news-quiz'), 'ld-test-2', 'quiz id');
    const ld = JSON.parse(scripts[0]!.textContent!) as { '@type': string; name: string; hasPart: { acceptedAnswer: { text: string } }[] };
    equal([ld['@type'], ld.name, ld.hasPart[0]!.acceptedAnswer.text], ['Quiz', quiz.title, '120'], 'JSON-LD');
    assert(!scripts[0]!.textContent!.includes('</'), 'raw "</" in the script');
    equal(el.children.length, 0, 'children of the element');
    removeJsonLd(el);
    equal(document.querySelectorAll('script[data-news-quiz]').length, 0, 'scripts after removal');
  });

  it('two elements get a script each', () => {
    const box = mount('<news-quiz no-persist></news-quiz><news-quiz no-persist></news-quiz>');
    const [a, b] = [...box.children];
    emitJsonLd(a!, quiz);
    emitJsonLd(b!, { ...quiz, id: 'other' });
    equal([...document.querySelectorAll('script[data-news-quiz]')].map((s) => s.getAttribute('data-news-quiz')), ['ld-test', 'other'], 'scripts');
  });
});

/** True once `<news-quiz>` reads its page (src/element/news-quiz.ts observes `for`; see notes/issue4-element-patch.md). */
const inPage = () => (NewsQuiz as unknown as { observedAttributes: string[] }).observedAttributes.includes('for');

type Host = NewsQuiz & { quiz: Quiz | null };

/** Answers the current question: its first choice, or the middle of an estimate's slider. */
async function answer(host: Host): Promise<void> {
  const root = host.shadowRoot!;
  const radio = root.querySelector<HTMLInputElement>('input[type=radio]');
  const range = root.querySelector<HTMLInputElement>('input[type=range]');
  if (radio) radio.click();
  else if (range) {
    range.value = String((Number(range.min) + Number(range.max)) / 2);
    range.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    range.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  await host.updateComplete;
}

/** Waits for the element's quiz or its error box. */
async function built(host: Host, ms = 15000): Promise<Quiz> {
  const end = performance.now() + ms;
  while (!host.quiz?.questions?.length) {
    const error = host.shadowRoot?.querySelector('[part~=error]')?.textContent;
    if (error) throw new Error(`the quiz shows an error: ${error.replace(/\s+/g, ' ').trim()}`);
    if (performance.now() > end) throw new Error(`no quiz within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 30));
  }
  await host.updateComplete;
  return host.quiz;
}

describe('<news-quiz> with no quiz data', () => {
  it('builds from the article it stands in: quiz property set, news-quiz-ready fired, count passed', async function () {
    if (!inPage()) this.skip();
    this.timeout(20000);
    const box = mount(`<article>${storyHtml}<news-quiz count="2" no-persist></news-quiz></article>`);
    const host = box.querySelector('news-quiz') as Host;
    const ready = new Promise((r) => host.addEventListener('news-quiz-ready', r, { once: true }));
    const quiz = await built(host);
    await ready;
    assert(quiz.questions.length <= 2, 'count not passed');
    equal(host.shadowRoot!.querySelector('legend')?.textContent?.trim(), quiz.questions[0]!.prompt, 'first question shown');
    equal(box.querySelector('article')!.textContent!.includes(STORY[0]!), true, 'article intact');
  });

  it('builds again when count, kinds or seed change after the build; a quiz the page gave stays', async function () {
    if (!inPage()) this.skip();
    this.timeout(30000);
    const box = mount(`<article>${storyHtml}<news-quiz count="1" no-persist></news-quiz></article>`);
    const host = box.querySelector('news-quiz') as Host;
    /** The next quiz the element shows after `old`. */
    const next = async (old: Quiz): Promise<Quiz> => {
      const end = performance.now() + 15000;
      while (host.quiz === old || !host.quiz) {
        if (performance.now() > end) throw new Error('the quiz was not built again');
        await new Promise((r) => setTimeout(r, 30));
      }
      return built(host);
    };
    const first = await built(host);
    equal(first.questions.length, 1, 'questions with count="1"');
    host.setAttribute('count', '3');
    const second = await next(first);
    assert(second.questions.length > 1, `count="3" gave ${second.questions.length} question(s)`);
    host.kinds = 'date'; // the property, as a framework sets it
    const third = await next(second);
    equal([...new Set(third.questions.map((q) => q.kind))], ['date'], 'kinds after kinds = "date"');
    equal(host.shadowRoot!.querySelector('legend')?.textContent?.trim(), third.questions[0]!.prompt, 'the new quiz is shown');
    const given = { ...third, id: 'given-by-the-page' };
    host.quiz = given;
    await host.updateComplete;
    host.setAttribute('seed', 'another');
    await new Promise((r) => setTimeout(r, 1000));
    equal(host.quiz === given, true, 'a quiz the page gave stays when seed changes');
  });

  it('shows a clear error in place of the quiz when there is no article, and the page is unharmed', async function () {
    if (!inPage()) this.skip();
    const box = mount('<p>No story here.</p><news-quiz no-persist></news-quiz>');
    const host = box.querySelector('news-quiz') as Host;
    const failed = new Promise<Event>((r) => host.addEventListener('news-quiz-error', r, { once: true }));
    await failed;
    await host.updateComplete;
    const text = host.shadowRoot!.querySelector('[part~=error]')?.textContent ?? '';
    assert(/No article to quiz on/.test(text), `error box: ${text}`);
    equal(box.querySelector('p')!.textContent, 'No story here.', 'page text');
  });

  it('"Read in the article" scrolls to the sentence on the same page and highlights it', async function () {
    if (!inPage()) this.skip();
    this.timeout(20000);
    const box = mount(`<article>${storyHtml}<news-quiz count="1" kinds="number" no-persist></news-quiz></article>`);
    const host = box.querySelector('news-quiz') as Host;
    const quiz = await built(host);
    const root = host.shadowRoot!;
    await answer(host);
    (root.querySelector('.a button') as HTMLButtonElement).click();
    await host.updateComplete;
    const link = [...root.querySelectorAll('a')].find((a) => /article/i.test(a.textContent ?? ''));
    assert(link, 'no "Read in the article" link');
    let navigated = false;
    const onClick = (e: Event) => {
      navigated = !e.defaultPrevented;
      e.preventDefault();
    };
    window.addEventListener('click', onClick);
    link.click();
    window.removeEventListener('click', onClick);
    equal(navigated, false, 'followed the link instead of highlighting');
    const ranges = [...(CSS.highlights.get(HIGHLIGHT_NAME) ?? [])] as Range[];
    equal(ranges.map((r) => r.toString()), [quiz.questions[0]!.source!.sentence], 'highlighted sentence');
    CSS.highlights.delete(HIGHLIGHT_NAME);
  });

  it('structured-data adds the quiz JSON-LD to <head> once built', async function () {
    if (!inPage()) this.skip();
    this.timeout(20000);
    const box = mount(`<article>${storyHtml}<news-quiz structured-data no-persist></news-quiz></article>`);
    const quiz = await built(box.querySelector('news-quiz') as Host);
    const end = performance.now() + 3000;
    let script: Element | null = null;
    while (!(script = document.head.querySelector('script[data-news-quiz]')) && performance.now() < end) await new Promise((r) => setTimeout(r, 20));
    assert(script, 'no JSON-LD script');
    equal((JSON.parse(script.textContent!) as { name: string }).name, quiz.title, 'JSON-LD name');
  });

  // A desktop column, and a phone, where questions wrap to more lines and the reserved box is taller.
  for (const entry of manifest) for (const width of [1000, 375]) {
    it(`${entry.id} at ${width} px: the page's own quiz builds in the CDN builder's worker as the reader scrolls to it, with no layout shift and no long task`, async function () {
      this.timeout(20000);
      const frame = await loadFrame(entry.page, 700, width);
      const win = frame.contentWindow as Window & typeof globalThis;
      const doc = frame.contentDocument!;
      const ctor = (await win.customElements.whenDefined('news-quiz')) as unknown as { observedAttributes: string[] };
      // The page runs dist/news-quiz.min.js: runs once it reads the page (npm run build after the element patch).
      if (!ctor.observedAttributes.includes('for')) this.skip();
      const shifts: number[] = [];
      const long: number[] = [];
      // Each shift with what moved, for the failure message.
      type Shift = PerformanceEntry & { value: number; sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
      const moved: string[] = [];
      new win.PerformanceObserver((l) => {
        for (const e of l.getEntries() as Shift[]) {
          shifts.push(e.value);
          const what = (e.sources ?? []).map((s) => `${(s.node as Element | undefined)?.localName ?? '?'} ${s.previousRect.y}→${s.currentRect.y}`);
          moved.push(`${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms: ${what.join(', ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
      new win.PerformanceObserver((l) => long.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
      // Which workers the page starts (the CDN builder file is its own worker: one file to load).
      const workers: string[] = [];
      win.Worker = class extends win.Worker {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          workers.push(String(url));
        }
      };
      const host = doc.querySelector('news-quiz') as Host;
      host.scrollIntoView({ block: 'center' });
      const quiz = await built(host);
      await new Promise((r) => setTimeout(r, 300));
      assert(quiz.questions.length > 0, 'no quiz');
      equal(workers.map((u) => new URL(u).pathname), ['/dist/news-quiz-builder.min.js'], 'workers started');
      // The page reserves the box before the script runs (news-quiz:not(:defined), as the README shows), and the
      // box keeps that height (--news-quiz-height: 27em, up to 12em more on a narrow viewport) whenever its first
      // question fits, as these do at both widths: no shift at all. npm run bench prints the figure for the seed page.
      const cls = shifts.reduce((a, b) => a + b, 0);
      equal(cls, 0, `cumulative layout shift (${moved.join('; ')})`);
      equal(long.map(Math.round), [], 'long tasks (ms)');
    });
  }
});
