/**
 * WCAG contrast for the publisher's theme. The element's defaults meet WCAG
 * 2.2 AA in both colour schemes; a page's `--news-quiz-accent` may not. When
 * the accent is under 4.5:1 on the background, {@link fixContrast} keeps text
 * readable: links, secondary buttons, focus rings and the selected-choice
 * marks take the text colour, and button labels whichever of the text colour,
 * black or white reads on the accent. It warns once in the console.
 */

/** An sRGB colour: red, green, blue (0–255) and alpha (0–1). */
export type RGBA = [number, number, number, number];

/** WCAG AA minimum for text. */
export const TEXT_CONTRAST = 4.5;

let ctx: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour the browser understands (`rgb()`, `oklch()`, `color()`,
 * named…) as sRGB bytes, by painting one pixel; black when it cannot parse.
 */
export function parseColor(color: string): RGBA {
  ctx ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!ctx) return [0, 0, 0, 1];
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** `top` painted over the opaque `bottom` (alpha compositing). */
export function over([r, g, b, a]: RGBA, bottom: RGBA): RGBA {
  return [r * a + bottom[0] * (1 - a), g * a + bottom[1] * (1 - a), b * a + bottom[2] * (1 - a), 1];
}

/** Relative luminance (WCAG 2.2, sRGB). */
export function luminance([r, g, b]: RGBA): number {
  const f = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

/** WCAG contrast ratio of two opaque colours, from 1 to 21. */
export function contrast(a: RGBA, b: RGBA): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** What {@link readable} decided: CSS colours to use instead of the accent, or none. */
export interface Readable {
  /** Contrast of the accent with the background. */
  ratio: number;
  /** Text in the accent's place (links, secondary buttons, focus ring, selected choice): the text colour. */
  ink?: string;
  /** Text on an accent fill (buttons): the text colour, else black or white, whichever reads. */
  on?: string;
}

/**
 * Readable colours for an `accent` on `bg` with text `fg` (CSS colours; a
 * translucent background counts as over white). Nothing changes when the
 * accent reaches 4.5:1 with the background (the background is then also the
 * button label colour, the same pair).
 */
export function readable(accent: string, bg: string, fg: string): Readable {
  const back = over(parseColor(bg), [255, 255, 255, 1]);
  const acc = over(parseColor(accent), back);
  const ratio = contrast(acc, back);
  if (ratio >= TEXT_CONTRAST) return { ratio };
  // Black or white always reaches 4.5:1 on any colour, so one of the three fits.
  const on = [fg, '#000', '#fff'].find((c) => contrast(over(parseColor(c), back), acc) >= TEXT_CONTRAST);
  return { ratio, ink: fg, on };
}

const warned = new Set<string>();

/**
 * Measures the theme of the element's inner root `root` (text colour,
 * background, and `column-rule-color`, which carries the accent) and sets
 * `--_i` (ink) and `--_o` (on accent) on it where the accent would not be
 * readable; warns once per accent and background.
 */
export function fixContrast(root: HTMLElement): void {
  const { columnRuleColor: accent, backgroundColor: bg, color } = getComputedStyle(root);
  const r = readable(accent, bg, color);
  root.style.setProperty('--_i', r.ink ?? '');
  root.style.setProperty('--_o', r.on ?? '');
  const key = accent + bg;
  if (r.ink && !warned.has(key)) {
    warned.add(key);
    console.warn(
      `<news-quiz>: --news-quiz-accent ${accent} on ${bg} has a contrast of ${r.ratio.toFixed(2)}:1, under ${TEXT_CONTRAST}:1 ` +
        `(WCAG 1.4.3): text uses ${r.ink} instead, button labels ${r.on}.`,
    );
  }
}
