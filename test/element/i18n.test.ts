import { NewsQuiz } from '../../src/element/news-quiz.js';
import { catalog, en, format, type Messages, type Text } from '../../src/element/messages.js';
import {
  assert,
  button,
  choose,
  cleanup,
  equal,
  q,
  qa,
  quizElement,
  radios,
  render,
  settled,
  text,
  uniqueQuiz,
  until,
} from './helpers.js';

const languages = ['en', 'de', 'fr', 'es', 'ar'] as const;

/** A built-in language's strings (imported on demand, so the first test sees what the element alone loads). */
async function strings(lang: (typeof languages)[number]): Promise<Messages> {
  const load = {
    de: () => import('../../src/element/locales/de.js'),
    fr: () => import('../../src/element/locales/fr.js'),
    es: () => import('../../src/element/locales/es.js'),
    ar: () => import('../../src/element/locales/ar.js'),
  };
  return lang === 'en' ? en : (await load[lang]()).default;
}

/** Placeholders of every form of a message. */
const placeholders = (t: Text): string[] =>
  [...new Set((typeof t == 'string' ? [t] : Object.values(t)).flatMap((s) => s.match(/\{\w+\}/g) ?? []))].sort();

/** The UI strings currently shown by an element: progress, buttons, labels. */
const buttons = (el: NewsQuiz) => qa(el, 'button').map((b) => b.textContent!.trim());

describe('<news-quiz> languages', () => {
  afterEach(() => {
    cleanup();
    for (const k of Object.keys(catalog)) if (!['en', 'de', 'fr', 'es', 'ar'].includes(k)) delete catalog[k];
  });

  // First in the file: the page has loaded no other language yet.
  it('loads a language only when an element uses it', async () => {
    const loaded = (lang: string) => performance.getEntriesByType('resource').some((r) => r.name.includes(`/locales/${lang}.`));
    assert(!loaded('es') && !loaded('fr'), 'no language loaded before use');
    const el = await quizElement(await uniqueQuiz(), 'no-persist lang="es"');
    await until(() => buttons(el)[0] === 'Comprobar respuesta', 'Spanish strings');
    assert(loaded('es') && !loaded('fr') && !loaded('de') && !loaded('ar'), 'only Spanish was loaded');
  });

  for (const lang of languages) {
    it(`shows the interface in ${lang}, numbers by Intl.NumberFormat('${lang}'), quiz text untouched`, async () => {
      const m = await strings(lang);
      const el = await quizElement(await uniqueQuiz(), `no-persist lang="${lang}"`);
      await until(() => buttons(el)[0] === m.check, `the ${lang} check button`);
      const n = new Intl.NumberFormat(lang);
      equal(text(el, '[part~=progress]'), format(lang, m.progress, { n: 1, total: 3 }), 'progress');
      assert(text(el, '[part~=progress]').includes(n.format(3)), `progress uses ${lang} digits`);
      equal(q(el, '.r')!.getAttribute('lang'), lang, 'UI language marked up');
      equal(text(el, 'legend'), 'About how many US soldiers are stationed in Iraq?', 'the question stays in the article language');
      equal(q(el, 'legend')!.getAttribute('lang'), 'en', 'and is marked up as English');
      await choose(el, 0, m.check as string);
      equal(text(el, '[part~=feedback] h3'), `✗ ${m.incorrect}`, 'feedback heading');
      equal(text(el, '[aria-live]'), format(lang, m.feedback, { answer: '2,500' }), 'announcement');
      equal(buttons(el), [m.next], 'next button');
    });
  }

  it('every language has every string, with the placeholders English has and an `other` plural form', async () => {
    // English strings of estimate and order questions ship with their (lazily loaded) views.
    const views = [(await import('../../src/element/estimate-view.js')).view, (await import('../../src/element/order-view.js')).view];
    const english = { ...en, ...views[0].en, ...views[1].en } as Messages;
    for (const lang of languages) {
      const m = lang === 'en' ? english : await strings(lang);
      equal(Object.keys(m).sort(), Object.keys(english).sort(), `${lang} keys`);
      for (const key of Object.keys(english) as (keyof Messages)[]) {
        equal(placeholders(m[key]), placeholders(english[key]), `${lang}.${key} placeholders`);
        const t = m[key];
        assert(typeof t == 'string' ? t.trim() : t.other.trim(), `${lang}.${key} is not empty`);
      }
    }
  });

  it('Arabic counts take all six plural forms', async () => {
    const ar = await strings('ar');
    const rules = new Intl.PluralRules('ar');
    const forms = ar.unanswered as Record<string, string>;
    for (const n of [0, 1, 2, 3, 10, 11, 99, 100, 102]) {
      const category = rules.select(n);
      const expected = forms[category]!.replace('{n}', new Intl.NumberFormat('ar').format(n));
      equal(format('ar', ar.unanswered, { n }, n), expected, `${n} (${category})`);
    }
    equal(
      [1, 2, 3, 11, 100].map((n) => rules.select(n)),
      ['one', 'two', 'few', 'many', 'other'],
      'Chromium plural categories',
    );
  });

  it('French singular covers 0 and 1, Spanish and German do not', async () => {
    const [fr, es, de] = await Promise.all([strings('fr'), strings('es'), strings('de')]);
    const score = (m: Messages, lang: string, s: number) => format(lang, m.score, { score: s, total: 3 }, s);
    equal(score(fr, 'fr', 0), 'Vous avez 0 bonne réponse sur 3.', 'fr 0');
    equal(score(fr, 'fr', 1), 'Vous avez 1 bonne réponse sur 3.', 'fr 1');
    equal(score(fr, 'fr', 2), 'Vous avez 2 bonnes réponses sur 3.', 'fr 2');
    equal(score(es, 'es', 0), 'Has acertado 0 preguntas de 3.', 'es 0');
    equal(score(es, 'es', 1), 'Has acertado 1 pregunta de 3.', 'es 1');
    equal(format('de', de.unanswered, { n: 1 }, 1), 'Beantworten Sie zuerst noch eine Frage.', 'de 1');
    equal(format('de', de.unanswered, { n: 2 }, 2), 'Beantworten Sie zuerst noch 2 Fragen.', 'de 2');
  });

  it('formats large numbers per language', () => {
    for (const [lang, grouped] of [['en', '1,200'], ['de', '1.200'], ['fr', '1\u202f200'], ['es', '1200']] as const) {
      equal(format(lang, '{n}', { n: 1200 }), grouped, `${lang} grouping`);
    }
    equal(format('ar-EG', '{n}', { n: 12 }), '١٢', 'Egyptian Arabic digits');
  });

  it('tells the reader how many questions are left in their language (reveal="end")', async () => {
    const ar = await strings('ar');
    const el = await quizElement(await uniqueQuiz(), 'no-persist reveal="end" lang="ar"');
    await until(() => buttons(el)[0] === ar.next, 'Arabic');
    await choose(el, 0, ar.next as string);
    button(el, ar.next as string).click();
    await el.updateComplete;
    button(el, ar.submit as string).click(); // two questions left unanswered
    await el.updateComplete;
    equal(text(el, '[aria-live]'), (ar.unanswered as Record<string, string>).two, 'two left');
  });

  it('shows the score in the language, plural by the score', async () => {
    const fr = await strings('fr');
    const el = await quizElement(await uniqueQuiz(), 'no-persist lang="fr"');
    await until(() => buttons(el)[0] === fr.check, 'French');
    for (const [i, label] of [fr.next, fr.next, fr.finish].entries()) {
      await choose(el, i === 0 ? 1 : 2, fr.check as string); // right, wrong, wrong
      button(el, label as string).click();
      await el.updateComplete;
    }
    equal(text(el, '[part~=results] strong'), 'Vous avez 1 bonne réponse sur 3.', 'score');
    equal(text(el, '[aria-live]'), 'Vous avez 1 bonne réponse sur 3.', 'announced');
    const review = q(el, '[part~=results] li')!.textContent!;
    assert(/Votre réponse\u00a0: \s*2,500/.test(review), `French colon spacing: ${JSON.stringify(review)}`);
  });

  it('takes the nearest [lang] ancestor, a region subtag, and its own lang first', async () => {
    const [fr, de, es] = await Promise.all([strings('fr'), strings('de'), strings('es')]);
    const el = render('<div lang="de-AT"><section lang="fr"><news-quiz no-persist></news-quiz></section></div>');
    el.quiz = await uniqueQuiz();
    await settled(el);
    await until(() => buttons(el)[0] === fr.check, 'French from the nearest ancestor');
    const other = render('<div lang="de-AT"><news-quiz no-persist></news-quiz></div>');
    other.quiz = await uniqueQuiz();
    await settled(other);
    await until(() => buttons(other)[0] === de.check, 'German for de-AT');
    equal(q(other, '.r')!.getAttribute('lang'), 'de-AT', 'numbers and plurals use the full tag');
    const own = render('<div lang="de"><news-quiz no-persist lang="es"></news-quiz></div>');
    own.quiz = await uniqueQuiz();
    await settled(own);
    await until(() => buttons(own)[0] === es.check, 'its own lang wins');
  });

  it('falls back to English for an unknown language or a malformed tag, and reads "de_DE" as de-DE', async () => {
    for (const [lang, tag] of [['pt', 'en'], ['!!', 'en'], ['zz-Latn', 'en'], ['en_US', 'en-US']]) {
      const el = await quizElement(await uniqueQuiz(), `no-persist lang="${lang}"`);
      equal(buttons(el), ['Check answer'], `${lang}: English`);
      equal(q(el, '.r')!.getAttribute('lang'), tag, `${lang}: marked up as ${tag}`);
    }
    const de = await strings('de');
    const el = await quizElement(await uniqueQuiz(), 'no-persist lang="de_DE"');
    await until(() => buttons(el)[0] === de.check, 'German');
  });

  it('re-renders in a new language when lang changes, keeping the reader\'s progress', async () => {
    const [de, ar] = await Promise.all([strings('de'), strings('ar')]);
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    await choose(el, 1, 'Check answer');
    button(el, 'Next question').click();
    await el.updateComplete;
    await choose(el, 2);
    el.setAttribute('lang', 'de');
    await until(() => buttons(el)[0] === de.check, 'German after the change');
    equal(text(el, '[part~=progress]'), '2 von 3', 'same question');
    assert(radios(el)[2]!.checked, 'the pending choice is kept');
    el.parentElement!.setAttribute('lang', 'ar');
    el.removeAttribute('lang');
    await until(() => buttons(el)[0] === ar.check, 'Arabic from the ancestor');
    equal(q(el, '.r')!.getAttribute('dir'), 'rtl', 'mirrored');
    button(el, ar.check as string).click();
    await el.updateComplete;
    equal(text(el, '[part~=feedback] h3'), `✗ ${ar.incorrect}`, 'answers in Arabic');
  });

  it('publishers add a language with NewsQuiz.messages; missing strings fall back to English', async () => {
    NewsQuiz.messages['pt'] = { check: 'Verificar resposta', progress: '{n} de {total}' };
    const el = await quizElement(await uniqueQuiz(), 'no-persist lang="pt-BR"');
    equal(buttons(el), ['Verificar resposta'], 'Portuguese button');
    equal(text(el, '[part~=progress]'), '1 de 3', 'Portuguese progress');
    equal(q(el, '.r')!.getAttribute('lang'), 'pt-BR', 'marked up as Portuguese');
    await choose(el, 1, 'Verificar resposta');
    equal(text(el, '[part~=feedback] h3'), '✓ Correct', 'English where no Portuguese string is given');
  });

  it('a publisher string for a built-in language is merged over it', async () => {
    const es = await strings('es');
    NewsQuiz.messages['es'] = { ...NewsQuiz.messages['es'], check: 'Comprobar' };
    const el = await quizElement(await uniqueQuiz(), 'no-persist lang="es"');
    await until(() => buttons(el)[0] === 'Comprobar', 'the publisher wording');
    equal(text(el, '[part~=progress]'), '1 de 3', 'the rest stays Spanish');
    NewsQuiz.messages['es'] = { ...NewsQuiz.messages['es'], check: es.check };
  });

  it('the messages property rewords one element, over its language', async () => {
    const de = await strings('de');
    const el = await quizElement(await uniqueQuiz(), 'no-persist lang="de"');
    el.messages = { check: 'Auflösen', score: { one: '{score} Treffer von {total}', other: '{score} Treffer von {total}' } };
    await until(() => buttons(el)[0] === 'Auflösen', 'the element wording');
    equal(text(el, '[part~=progress]'), '1 von 3', 'German elsewhere');
    const other = await quizElement(await uniqueQuiz(), 'no-persist lang="de"');
    await until(() => buttons(other)[0] === de.check, 'other elements unchanged');
  });
});
