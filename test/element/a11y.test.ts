import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { NewsQuiz } from '../../src/element/news-quiz.js';
import {
  assert,
  button,
  choose,
  cleanup,
  deepActive,
  equal,
  expectAccessible,
  fixtureUrl,
  q,
  qa,
  quizElement,
  radios,
  render,
  settled,
  tabTo,
  text,
  uniqueQuiz,
  until,
} from './helpers.js';

/** Colour modes and themes every state is checked in. */
const modes: { name: string; media: Parameters<typeof emulateMedia>[0]; attributes: string }[] = [
  { name: 'light', media: { colorScheme: 'light' }, attributes: '' },
  { name: 'dark', media: { colorScheme: 'dark' }, attributes: '' },
  { name: 'forced colors', media: { forcedColors: 'active' }, attributes: '' },
  { name: 'custom accent', media: { colorScheme: 'light' }, attributes: 'style="--news-quiz-accent: #ffcc00"' },
  { name: 'custom accent, dark', media: { colorScheme: 'dark' }, attributes: 'style="--news-quiz-accent: navy"' },
  { name: 'Arabic', media: { colorScheme: 'light' }, attributes: 'lang="ar"' },
];

/** Every state of the element, reached from scratch with extra attributes. */
const states: [string, (attributes: string) => Promise<NewsQuiz>][] = [
  ['loading', async (a) => {
    const el = render(`<news-quiz ${a}></news-quiz>`);
    await el.updateComplete;
    return el;
  }],
  ['error', async (a) => {
    const el = render(`<news-quiz ${a} src="${fixtureUrl('invalid-quiz.json')}"></news-quiz>`);
    await settled(el);
    return el;
  }],
  ['question', async (a) => ready(await quizElement(await uniqueQuiz(), `no-persist ${a}`))],
  ['wrong-answer feedback', async (a) => {
    const el = await ready(await quizElement(await uniqueQuiz(), `no-persist ${a}`));
    await pick(el, 0);
    await press(el, 0);
    return el;
  }],
  ['right-answer feedback', async (a) => {
    const el = await ready(await quizElement(await uniqueQuiz(), `no-persist ${a}`));
    await pick(el, 1);
    await press(el, 0);
    return el;
  }],
  ['reveal="end" question with Previous', async (a) => {
    const el = await ready(await quizElement(await uniqueQuiz(), `no-persist reveal="end" ${a}`));
    await pick(el, 1);
    await press(el, 0);
    await pick(el, 0);
    return el;
  }],
  ['results review', async (a) => {
    const el = await ready(await quizElement(await uniqueQuiz(), `no-persist reveal="end" ${a}`));
    for (const i of [1, 0, 0]) {
      await pick(el, i);
      await press(el, -1);
    }
    assert(q(el, '[part~=results] li'), 'the review is shown');
    return el;
  }],
];

/** A node of Chromium's accessibility tree (see the `ax-tree` test-runner command). */
interface AXNode {
  role: string;
  name: string;
  description?: string;
  checked?: string;
  disabled?: boolean;
  focused?: boolean;
  level?: number;
  live?: string;
  children?: AXNode[];
}

let axIds = 0;
/** Chromium's accessibility tree of `el` (its shadow content), as a screen reader gets it. */
async function axTree(el: NewsQuiz): Promise<AXNode[]> {
  el.id ||= `ax-${axIds++}`;
  await el.updateComplete;
  const tree = await executeServerCommand<AXNode[], { selector: string }>('ax-tree', { selector: `#${el.id}` }).catch((e: Error) => {
    throw new Error(`${e.message}\nThe ax-tree command comes from scripts/wtr-ax-tree.mjs, registered in web-test-runner.config.mjs.`);
  });
  assert(Array.isArray(tree), 'the ax-tree command answered');
  return tree;
}

/** Nodes of `tree` (depth first) matching `test`. */
function find(tree: AXNode[], test: (n: AXNode) => boolean): AXNode[] {
  return tree.flatMap((n) => [...(test(n) ? [n] : []), ...find(n.children ?? [], test)]);
}

/** Text of the live region, as announced. */
function liveText(tree: AXNode[]): string {
  const [region] = find(tree, (n) => !!n.live);
  return find(region ? [region] : [], (n) => n.role === 'StaticText').map((n) => n.name).join('').trim();
}

/** Waits for the element's language to load. */
async function ready(el: NewsQuiz): Promise<NewsQuiz> {
  await until(() => !q(el, '.sk'), 'the strings');
  await el.updateComplete;
  return el;
}

/** Picks choice `i` of the current question. */
async function pick(el: NewsQuiz, i: number): Promise<void> {
  radios(el)[i]!.click();
  await el.updateComplete;
}

/** Clicks the `i`th action button (negative: from the end). */
async function press(el: NewsQuiz, i: number): Promise<void> {
  qa(el, '.a button').at(i)!.click();
  await el.updateComplete;
}

describe('<news-quiz> accessibility', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  for (const mode of modes) {
    for (const [state, make] of states) {
      it(`has no axe violations: ${state}, ${mode.name}`, async () => {
        await emulateMedia(mode.media);
        const el = await make(mode.attributes);
        await new Promise((r) => setTimeout(r, 30)); // the contrast check of a custom accent
        await expectAccessible(el);
      });
    }
  }

  it('the choices are native radios named by their text, grouped by the prompt', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    const fieldset = q(el, 'fieldset')!;
    equal(fieldset.querySelector('legend')!.textContent, 'About how many US soldiers are stationed in Iraq?', 'legend');
    equal(radios(el).map((r) => r.labels![0]!.textContent!.trim()), ['900', '2,500', '3,400', '5,000'], 'radio labels');
    assert(radios(el).every((r) => fieldset.contains(r)), 'radios inside the fieldset');
  });

  it('announces the right answer after the verdict, and the score, in one polite live region', async () => {
    const el = await quizElement(await uniqueQuiz('other.json'), 'no-persist');
    const live = q(el, '[aria-live=polite]')!;
    equal(live.textContent, '', 'silent at first');
    await choose(el, 0, 'Check answer');
    equal(live.textContent, 'The right answer is $20 million.', 'feedback');
    button(el, 'Next question').click();
    await el.updateComplete;
    await choose(el, 0);
    equal(live.textContent, 'The right answer is $20 million.', 'a pending choice announces nothing new');
    button(el, 'Check answer').click();
    await el.updateComplete;
    button(el, 'See results').click();
    await el.updateComplete;
    equal(live.textContent, 'You scored 1 out of 2.', 'score');
    assert(q(el, '[aria-live=polite]') === live, 'the same region throughout');
  });

  it('moves focus to the next question after "Next question"', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    await choose(el, 1, 'Check answer');
    button(el, 'Next question').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const active = deepActive()!;
    assert(active.matches('fieldset'), `focus on the question, got ${active.outerHTML}`);
    equal(active.querySelector('legend')!.textContent, 'When did the drone strike in Baghdad take place?', 'the new question');
  });

  it('every radio and button is at least 24 by 24 px', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    await choose(el, 3, 'Check answer');
    for (const target of [...radios(el), ...qa(el, 'button')]) {
      const { width, height } = target.getBoundingClientRect();
      assert(width >= 24 && height >= 24, `${target.outerHTML} is ${width}x${height}`);
    }
  });

  it('keyboard focus is visible: an outline of 2px or more', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    for (const selector of ['input[type=radio]', 'button']) {
      const target = await tabTo((e) => e.matches(selector), selector);
      const style = getComputedStyle(target);
      assert(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, `${selector} outline: ${style.outline}`);
    }
    void el;
  });

  it('uses a dark scheme when the reader prefers it, unless the page sets color-scheme on the element', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    const bg = () => getComputedStyle(q(el, '.r')!).backgroundColor;
    equal(bg(), 'rgb(31, 31, 31)', 'dark background');
    el.style.colorScheme = 'light';
    equal(bg(), 'rgb(255, 255, 255)', 'light background when the page says so');
  });

  it('keeps the choices and their state distinguishable in forced colors', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await quizElement(await uniqueQuiz(), 'no-persist');
    await choose(el, 3, 'Check answer');
    const labels = qa(el, 'label');
    assert(labels.every((l) => getComputedStyle(l).borderStyle === 'solid'), 'choices keep their borders');
    assert(text(el, 'label:last-of-type').includes('Your answer') && text(el, '[part~=feedback] h3') === '✗ Incorrect', 'state in words');
  });

  it('stops the skeleton animation when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = render('<news-quiz></news-quiz>');
    await el.updateComplete;
    equal(getComputedStyle(q(el, '.sk i')!).animationName, 'none', 'animation');
  });

  describe('in the Chromium accessibility tree', () => {
    it('a question: the group is named by the prompt and described by the progress; radios by their choices', async () => {
      const el = await quizElement(await uniqueQuiz(), 'no-persist');
      const tree = await axTree(el);
      equal(find(tree, (n) => n.role === 'heading').map((n) => [n.name, n.level]), [['Iraq and the US-led coalition', 2]], 'title');
      const [group] = find(tree, (n) => n.role === 'group');
      equal([group!.name, group!.description], ['About how many US soldiers are stationed in Iraq?', '1 of 3'], 'group');
      const choices = find([group!], (n) => n.role === 'radio');
      equal(choices.map((n) => [n.name, n.checked ?? 'false', n.disabled ?? false]), [
        ['900', 'false', false], ['2,500', 'false', false], ['3,400', 'false', false], ['5,000', 'false', false],
      ], 'radios');
      assert(find(tree, (n) => n.role === 'StaticText' && n.name === '1 of 3').length === 1, 'progress is text');
      equal(find(tree, (n) => n.role === 'button').map((n) => n.name), ['Check answer'], 'buttons');
      equal(find(tree, (n) => !!n.live).map((n) => n.live), ['polite'], 'one polite live region');
    });

    it('feedback: the choice checked, all disabled, the verdict focused, the right answer announced', async () => {
      const el = await quizElement(await uniqueQuiz(), 'no-persist');
      await choose(el, 3, 'Check answer');
      const tree = await axTree(el);
      const choices = find(tree, (n) => n.role === 'radio');
      equal(choices.map((n) => [n.name, n.checked ?? 'false', n.disabled ?? false]), [
        ['900', 'false', true], ['2,500 Right answer', 'false', true], ['3,400', 'false', true], ['5,000 Your answer', 'true', true],
      ], 'radios (the icons are hidden)');
      const [focused] = find(tree, (n) => !!n.focused);
      equal([focused!.role, focused!.name, focused!.level], ['heading', 'Incorrect', 3], 'the verdict has focus');
      equal(liveText(tree), 'The right answer is 2,500.', 'announced');
      equal(find(tree, (n) => n.role === 'link').map((n) => n.name), ['Read in the article'], 'link to the article');
      equal(find(tree, (n) => n.role === 'blockquote').length, 1, 'the source sentence is quoted');
    });

    it('results: the heading focused, the score announced, the review as a list', async () => {
      const el = await quizElement(await uniqueQuiz(), 'no-persist reveal="end"');
      for (const label of ['Next question', 'Next question', 'Submit answers']) await choose(el, 1, label);
      const tree = await axTree(el);
      const [focused] = find(tree, (n) => !!n.focused);
      equal([focused!.role, focused!.name], ['heading', 'Your results'], 'focus');
      equal(liveText(tree), 'You scored 2 out of 3.', 'announced');
      const [list] = find(tree, (n) => n.role === 'list');
      equal(find([list!], (n) => n.role === 'listitem').length, 3, 'one item per question');
      equal(find(tree, (n) => n.role === 'button').map((n) => n.name), ['Try again', 'Share result'], 'actions');
    });

    it('Arabic: interface names in Arabic, the question in its own words', async () => {
      const el = await ready(await quizElement(await uniqueQuiz(), 'no-persist lang="ar"'));
      const tree = await axTree(el);
      equal(find(tree, (n) => n.role === 'group')[0]!.name, 'About how many US soldiers are stationed in Iraq?', 'group');
      equal(find(tree, (n) => n.role === 'group')[0]!.description, '1 من 3', 'progress in Arabic');
      equal(find(tree, (n) => n.role === 'button').map((n) => n.name), ['تحقّق من الإجابة'], 'button');
    });

    it('announces each answer and the end once; never what the focused element already says', async () => {
      const el = await quizElement(await uniqueQuiz(), 'no-persist');
      const heard: string[] = [];
      for (const [i, next] of [[1, 'Next question'], [0, 'Next question'], [0, 'See results']] as const) {
        await choose(el, i, 'Check answer');
        let tree = await axTree(el);
        const said = liveText(tree);
        const focus = find(tree, (n) => !!n.focused)[0]!;
        assert(!said.includes(focus.name) && !focus.name.includes(said), `"${said}" repeats the focused "${focus.name}"`);
        heard.push(said);
        button(el, next).click();
        await el.updateComplete;
        await until(() => deepActive() !== document.body, 'focus placed');
        tree = await axTree(el);
        if (next !== 'See results') equal(liveText(tree), said, 'moving on announces nothing new');
        else heard.push(liveText(tree));
        equal(find(tree, (n) => !!n.live).length, 1, 'one live region');
      }
      equal(heard, [
        'The right answer is 2,500.',
        'The right answer is 4 January.',
        'The right answer is Mohammed Shia al-Sudani.',
        'You scored 2 out of 3.',
      ], 'announcements');
    });

    it('the same message twice is announced twice (the region changes)', async () => {
      const el = await quizElement(await uniqueQuiz(), 'no-persist reveal="end"');
      for (const label of ['Next question', 'Next question', 'Submit answers']) await choose(el, 1, label);
      const live = q(el, '[aria-live]')!;
      const share = button(el, 'Share result');
      share.click();
      await until(() => !live.textContent!.startsWith('You scored'), 'the share outcome');
      const first = live.textContent!;
      share.click();
      await until(() => live.textContent !== first, 'a change for the same outcome');
      equal(live.textContent!.trim(), first.trim(), 'same words');
    });
  });
});
