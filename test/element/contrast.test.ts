import { emulateMedia } from '@web/test-runner-commands';
import { contrast, luminance, parseColor, readable, type RGBA } from '../../src/element/contrast.js';
import type { NewsQuiz } from '../../src/element/news-quiz.js';
import { assert, choose, cleanup, equal, q, quizElement, uniqueQuiz, until } from './helpers.js';

/** Contrast of two CSS colours, the first painted over the second. */
function ratio(fg: string, bg: string): number {
  const b = parseColor(bg);
  const [r, g, bl, a] = parseColor(fg);
  return contrast([r * a + b[0] * (1 - a), g * a + b[1] * (1 - a), bl * a + b[2] * (1 - a), 1], b);
}

/** Every colour pair of a question with feedback, with its WCAG minimum. */
async function pairs(el: NewsQuiz): Promise<[string, number, number][]> {
  const bg = getComputedStyle(q(el, '.r')!).backgroundColor;
  const css = (selector: string) => getComputedStyle(q(el, selector)!);
  await choose(el, 3);
  const selected = ratio(css('label:has(:checked)').borderTopColor, bg);
  await choose(el, 3, 'Check answer'); // wrong: marks both "right answer" and "your answer"
  const button = css('.a button');
  const rows: [string, number, number][] = [
    ['text', ratio(css('.r').color, bg), 4.5],
    ['button label on accent', ratio(button.color, button.backgroundColor), 4.5],
    ['link', ratio(css('a').color, bg), 4.5],
    ['"right answer" mark', ratio(css('label.ok .m').color, bg), 4.5],
    ['"your answer" mark', ratio(css('label.no .m').color, bg), 4.5],
    ['feedback heading', ratio(css('[part~=feedback] h3').color, bg), 4.5],
    ['selected choice border', selected, 3],
  ];
  q(el, '.a button')!.focus();
  // The focus ring as drawn: outline colour of the focused button.
  rows.push(['focus ring (drawn)', ratio(css('.a button').outlineColor, bg), 3]);
  return rows;
}

/** Fails listing every pair under its minimum. */
function expectReadable(rows: [string, number, number][], what: string): void {
  const bad = rows.filter(([, r, min]) => r < min).map(([name, r, min]) => `${name} ${r.toFixed(2)}:1 < ${min}:1`);
  assert(!bad.length, `${what}: ${bad.join('; ')}`);
}

/** Records console.warn calls until restored. */
function spyWarn(): { calls: unknown[][]; restore(): void } {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => void calls.push(args);
  return { calls, restore: () => (console.warn = original) };
}

describe('contrast maths', () => {
  it('WCAG contrast of black on white is 21:1, of a colour with itself 1:1', () => {
    equal(contrast([0, 0, 0, 1], [255, 255, 255, 1]), 21, 'black/white');
    equal(contrast([11, 87, 208, 1], [11, 87, 208, 1]), 1, 'same');
    assert(Math.abs(luminance([128, 128, 128, 1]) - 0.2158) < 0.001, 'mid grey luminance');
    // #767676 is the darkest grey that passes 4.5:1 on white.
    assert(Math.abs(contrast(parseColor('#767676'), parseColor('#fff')) - 4.54) < 0.01, '#767676 on white');
  });

  it('reads any CSS colour syntax the browser knows', () => {
    const rows: [string, RGBA][] = [
      ['rgb(11, 87, 208)', [11, 87, 208, 1]],
      ['#0b57d0', [11, 87, 208, 1]],
      ['hsl(0 100% 50%)', [255, 0, 0, 1]],
      ['rebeccapurple', [102, 51, 153, 1]],
      ['oklch(1 0 0)', [255, 255, 255, 1]],
      ['color(srgb 0 1 0)', [0, 255, 0, 1]],
      ['transparent', [0, 0, 0, 0]],
    ];
    for (const [css, rgba] of rows) equal(parseColor(css), rgba, css);
  });

  it('keeps a readable accent, replaces an unreadable one', () => {
    equal(readable('#0b57d0', '#fff', '#1f1f1f').ink, undefined, 'default accent kept');
    const yellow = readable('#ffcc00', '#fff', '#1f1f1f');
    equal([yellow.ink, yellow.on], ['#1f1f1f', '#1f1f1f'], 'yellow: dark text for links and on buttons');
    const navyOnDark = readable('navy', '#1f1f1f', '#e3e3e3');
    equal([navyOnDark.ink, navyOnDark.on], ['#e3e3e3', '#e3e3e3'], 'navy on dark: light text');
    const grey = readable('#777', '#fff', '#999');
    equal([grey.ink, grey.on], ['#999', '#000'], 'a pale text colour is not used on the accent: black is');
  });
});

describe('<news-quiz> contrast', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the default ${scheme} theme meets 4.5:1 for text and 3:1 for the focus ring`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const warn = spyWarn();
      try {
        const rows = await pairs(await quizElement(await uniqueQuiz(), 'no-persist'));
        expectReadable(rows, scheme);
        equal(warn.calls.length, 0, 'no warning');
      } finally {
        warn.restore();
      }
    });
  }

  const accents: [string, 'light' | 'dark'][] = [
    ['#ffcc00', 'light'],
    ['rgb(144, 238, 144)', 'light'],
    ['oklch(0.85 0.12 200)', 'light'],
    ['#777', 'light'],
    ['navy', 'dark'],
    ['#b3261e', 'dark'],
  ];
  for (const [accent, scheme] of accents) {
    it(`keeps text readable with --news-quiz-accent: ${accent} (${scheme}) and warns once`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const warn = spyWarn();
      try {
        const el = await quizElement(await uniqueQuiz(), `no-persist style="--news-quiz-accent: ${accent}"`);
        await until(() => q(el, '.r')!.style.getPropertyValue('--_i'), 'the fix');
        expectReadable(await pairs(el), accent);
        await quizElement(await uniqueQuiz(), `no-persist style="--news-quiz-accent: ${accent}"`);
        await new Promise((r) => setTimeout(r, 50));
        equal(warn.calls.length, 1, 'one warning for two elements and many renders');
        const message = String(warn.calls[0]![0]);
        assert(message.includes('--news-quiz-accent') && message.includes('4.5:1'), `the warning says what and why: ${message}`);
      } finally {
        warn.restore();
      }
    });
  }

  it('keeps a readable custom accent as it is, silently', async () => {
    const warn = spyWarn();
    try {
      const el = await quizElement(await uniqueQuiz(), 'no-persist style="--news-quiz-accent: rgb(0, 100, 0)"');
      await new Promise((r) => setTimeout(r, 50));
      equal(getComputedStyle(q(el, 'button')!).backgroundColor, 'rgb(0, 100, 0)', 'the accent fills the button');
      equal(getComputedStyle(q(el, 'button')!).color, 'rgb(255, 255, 255)', 'with the background colour as label');
      equal(warn.calls.length, 0, 'no warning');
    } finally {
      warn.restore();
    }
  });

  it('undoes the fix when the page moves to a readable accent', async () => {
    const el = await quizElement(await uniqueQuiz(), 'no-persist style="--news-quiz-accent: #ffcc00"');
    await until(() => q(el, '.r')!.style.getPropertyValue('--_i'), 'the fix');
    el.style.setProperty('--news-quiz-accent', 'rgb(0, 100, 0)');
    await choose(el, 1); // any update re-checks
    await until(() => !q(el, '.r')!.style.getPropertyValue('--_i'), 'the fix removed');
    equal(getComputedStyle(q(el, 'a, .a button')!).color, 'rgb(255, 255, 255)', 'button label back to the background colour');
  });

  it('forced colours: the system palette, no warning', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const warn = spyWarn();
    try {
      const el = await quizElement(await uniqueQuiz(), 'no-persist style="--news-quiz-accent: #ffcc00"');
      await new Promise((r) => setTimeout(r, 50));
      const css = getComputedStyle(q(el, '.r')!);
      assert(ratio(css.color, css.backgroundColor) >= 4.5, 'system text on system background');
      equal(warn.calls.length, 0, 'no warning');
    } finally {
      warn.restore();
    }
  });
});
