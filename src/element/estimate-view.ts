/**
 * The view of `estimate` questions, loaded as its own chunk the first time a
 * quiz has one: a slider on the question's scale (logarithmic when it spans
 * orders of magnitude) and a number field, in sync; after answering, the
 * guess beside the true figure on a drawn scale, with how far off it was.
 */

import { css, html, type TemplateResult } from 'lit';
import { estimateRules } from '../core/estimate-rules.js';
import { estimateFormat, estimateOffBy, estimatePosition, estimateValueAt, formatEstimate, snapEstimate } from '../core/estimate.js';
import type { AnswerValue, EstimateQuestion } from '../core/types.js';
import type { Messages } from './messages.js';
import type { QuestionView, ViewHost } from './news-quiz.js';

/** Slider positions from `min` to `max`: fine enough for a 10% tolerance over 3 orders of magnitude (3.5% a step). */
const STEPS = 200;

/** `v` within the question's range. */
const clamp = (q: EstimateQuestion, v: number): number => Math.min(q.max, Math.max(q.min, v));

/** The value at slider position `pos`, rounded to the precision shown (what is shown is what is scored). */
const valueAt = (q: EstimateQuestion, pos: number): number => clamp(q, snapEstimate(q, estimateValueAt(q, pos / STEPS)));

/** Where `v` sits from 0 (`min`) to 1 (`max`). */
const at = (q: EstimateQuestion, v: number): number => Math.min(1, Math.max(0, estimatePosition(q, v))) || 0;

/** The value as the article would write it, with what it counts when that is a word: "2,500 US soldiers", "$368bn". */
function spoken(q: EstimateQuestion, v: number): string {
  const shown = formatEstimate(q, v);
  return q.unit && !shown.includes(q.unit) ? `${shown} ${q.unit}` : shown;
}

/** The number field counts in the key's scale: "368" with "bn" after it for "$368bn". */
const scaleOf = (q: EstimateQuestion): number => 10 ** (estimateFormat(q).exponent ?? 0);

/** "You said 1,000; the article says 2,500: 60% low." */
function said(h: ViewHost, q: EstimateQuestion, guess: number): string {
  const { percent, direction } = estimateOffBy(q, guess);
  const vars = {
    guess: formatEstimate(q, guess),
    answer: formatEstimate(q, q.answerValue),
    percent: new Intl.NumberFormat(h.tag, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100),
  };
  return h.t(direction == 'exact' ? 'saidExact' : direction == 'low' ? 'saidLow' : 'saidHigh', vars);
}

/** The value typed in the number field (in the key's scale), or NaN. */
const typed = (q: EstimateQuestion, e: Event): number => (e.target as HTMLInputElement).valueAsNumber * scaleOf(q);

function input(h: ViewHost, q: EstimateQuestion): TemplateResult {
  const value = typeof h.value == 'number' ? h.value : undefined;
  const pos = Math.round(at(q, value ?? estimateValueAt(q, 0.5)) * STEPS);
  const f = estimateFormat(q);
  const after = `${f.suffix ?? ''}${q.unit && q.unit != f.prefix && q.unit != f.suffix ? ` ${q.unit}` : ''}`;
  const slide = (commit: boolean) => (e: Event) => h.set(valueAt(q, +(e.target as HTMLInputElement).value), commit);
  return html`<div part="estimate" class="e">
    <p><label for="r">${h.t('estimate')}</label>${h.t('colon')}<strong id="o">${value === undefined ? '–' : spoken(q, value)}</strong></p>
    <input
      type="range"
      id="r"
      min="0"
      max=${STEPS}
      .value=${String(pos)}
      aria-valuetext=${spoken(q, value ?? valueAt(q, pos))}
      ?disabled=${h.done}
      @input=${slide(false)}
      @change=${slide(true)}
    />
    <p class="ends"><span>${formatEstimate(q, q.min)}</span><span>${formatEstimate(q, q.max)}</span></p>
    <p>
      <label for="n">${h.t('typeNumber')}</label>
      <span class="n">${f.prefix ?? ''}<input
          type="number"
          id="n"
          inputmode="decimal"
          step="any"
          min=${q.min / scaleOf(q)}
          max=${q.max / scaleOf(q)}
          aria-describedby="o"
          .value=${value === undefined ? '' : String(+(value / scaleOf(q)).toPrecision(12))}
          ?disabled=${h.done}
          @input=${(e: Event) => {
            const v = typed(q, e);
            if (v >= q.min && v <= q.max) h.set(snapEstimate(q, v), false);
          }}
          @change=${(e: Event) => {
            const v = typed(q, e);
            if (!Number.isNaN(v)) h.set(clamp(q, snapEstimate(q, v)));
          }}
        />${after}</span
      >
    </p>
  </div>`;
}

/** The scale with the guess above it and the key below it, each labelled in words. */
function drawing(h: ViewHost, q: EstimateQuestion, guess: number): TemplateResult {
  const mark = (key: 'yourAnswer' | 'rightAnswer', v: number, cls: string) => {
    const p = at(q, v) * 100;
    // The label runs from its mark towards the middle, so it never leaves the box.
    const side = p <= 50 ? `padding-inline-start:${p}%` : `padding-inline-end:${100 - p}%;text-align:end`;
    return html`<p class="l ${cls}" style=${side}>${h.t(key)}${h.t('colon')}${formatEstimate(q, v)}</p>`;
  };
  return html`<div part="scale" class="sc" aria-hidden="true">
    ${mark('yourAnswer', guess, 'g')}
    <div class="bar">
      <i class="g" style="inset-inline-start:${at(q, guess) * 100}%"></i>
      <i class="k" style="inset-inline-start:${at(q, q.answerValue) * 100}%"></i>
    </div>
    ${mark('rightAnswer', q.answerValue, 'k')}
    <p class="ends"><span>${formatEstimate(q, q.min)}</span><span>${formatEstimate(q, q.max)}</span></p>
  </div>`;
}

function result(h: ViewHost, q: EstimateQuestion, answer: AnswerValue | undefined): TemplateResult {
  if (typeof answer != 'number') {
    return html`<p>${h.t('yourAnswer')}${h.t('colon')}${h.t('notAnswered')}. ${h.t('rightAnswer')}${h.t('colon')}${formatEstimate(q, q.answerValue)}.</p>`;
  }
  return html`${drawing(h, q, answer)}
    <p>${said(h, q, answer)}</p>`;
}

/** The estimate view: its rules, styles and rendering. */
export const view: QuestionView<EstimateQuestion> = {
  ...estimateRules,
  start: () => undefined,
  input,
  result,
  said: (h, q, answer) => (typeof answer == 'number' ? said(h, q, answer) : ''),
  en: {
    partly: 'Partly right',
    points: { one: '{score} point', other: '{score} points' },
    estimate: 'Your estimate',
    typeNumber: 'Or type a number',
    saidLow: 'You said {guess}; the article says {answer}: {percent} low.',
    saidHigh: 'You said {guess}; the article says {answer}: {percent} high.',
    saidExact: 'You said {guess}; the article says {answer}: spot on.',
  } satisfies Pick<Messages, 'partly' | 'points' | 'estimate' | 'typeNumber' | 'saidLow' | 'saidHigh' | 'saidExact'>,
  css: css`
    .pt{--c:currentColor}
    .e input{width:100%;height:auto;min-height:24px;margin:0.25em 0}
    .e input[type='number']{width:9em;font:inherit;padding:0.25em 0.5em;box-sizing:border-box;border:1px solid color-mix(in srgb, currentColor 50%, transparent);border-radius:var(--news-quiz-radius);background:none;color:inherit;margin:0 0.25em}
    .e label{all:unset;font-weight:600}
    .n{display:inline-flex;align-items:center;flex-wrap:wrap}
    .ends{display:flex;justify-content:space-between;gap:1em;margin:0;font-size:0.875em}
    .sc{margin:1em 0}
    .l{margin:0.25em 0;font-weight:600}
    .bar{position:relative;height:0.75em;margin:0.5em 0;border:1px solid color-mix(in srgb, currentColor 40%, transparent);border-radius:0.375em;background:color-mix(in srgb, currentColor 10%, transparent)}
    .bar i{position:absolute;top:-0.5em;bottom:-0.5em;margin-inline-start:-2px;border-inline-start:4px solid var(--news-quiz-fg)}
    .bar .k{border-color:var(--news-quiz-correct);top:0}
    .bar .g{bottom:0}
  `,
};
