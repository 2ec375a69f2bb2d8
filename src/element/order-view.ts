/**
 * The view of `order` questions, loaded as its own chunk the first time a
 * quiz has one: a list of events the reader puts in time order by dragging
 * (Pointer Events, so mouse, pen and touch alike) or with each event's
 * "Move up" and "Move down" buttons; after answering, the true timeline with
 * each event's date as the article gives it, marking which were in place.
 */

import { css, html, nothing, type TemplateResult } from 'lit';
import { orderDisplay, orderRules } from '../core/order-rules.js';
import type { AnswerValue, OrderQuestion } from '../core/types.js';
import type { Messages } from './messages.js';
import type { QuestionView, ViewHost } from './news-quiz.js';

/** The order shown: the answer (or pick) when it is one, else the question's display order. */
const shownOrder = (h: ViewHost, q: OrderQuestion): number[] =>
  orderRules.valid(q, h.value) ? (h.value as number[]) : orderDisplay(q);

/** Moves the event shown at `from` to `to` and tells the reader where it landed. */
function move(h: ViewHost, q: OrderQuestion, from: number, to: number): void {
  const order = shownOrder(h, q).slice();
  const total = order.length;
  if (to < 0 || to >= total || to == from) return;
  order.splice(to, 0, order.splice(from, 1)[0]!);
  h.set(order);
  h.say(h.t('moved', { n: to + 1, total }, total));
}

/**
 * Drags an event with a pointer: it follows the pointer, the others make
 * room, and letting go drops it where it is. Touch drags start on the grip
 * (which has `touch-action: none`, so the page does not scroll instead).
 */
function drag(h: ViewHost, q: OrderQuestion, e: PointerEvent): void {
  const li = e.currentTarget as HTMLElement;
  if (h.done || e.button || (e.target as Element).closest('button')) return;
  const items = [...li.parentElement!.children] as HTMLElement[];
  const rects = items.map((i) => i.getBoundingClientRect());
  const from = items.indexOf(li);
  // The distance from one item's top to the next: how far the others shift to make room.
  const step = (rects[1]?.top ?? 0) - (rects[0]?.top ?? 0) || rects[from]!.height;
  const centre = rects[from]!.top + rects[from]!.height / 2;
  let to = from;
  try {
    li.setPointerCapture(e.pointerId);
  } catch {
    /* a synthetic pointer cannot be captured; its events still come here */
  }
  e.preventDefault();
  li.classList.add('dr');
  const onMove = (ev: PointerEvent): void => {
    const dy = ev.clientY - e.clientY;
    const y = centre + dy;
    to = rects.filter((r, i) => i != from && y > r.top + r.height / 2).length;
    items.forEach((item, i) => {
      const shift = i == from ? dy : i > from && i <= to ? -step : i < from && i >= to ? step : 0;
      item.style.transform = shift ? `translateY(${shift}px)` : '';
    });
  };
  const onEnd = (ev: Event): void => {
    li.removeEventListener('pointermove', onMove);
    li.removeEventListener('pointerup', onEnd);
    li.removeEventListener('pointercancel', onEnd);
    li.classList.remove('dr');
    for (const item of items) item.style.transform = '';
    if (ev.type == 'pointerup') move(h, q, from, to);
  };
  li.addEventListener('pointermove', onMove);
  li.addEventListener('pointerup', onEnd);
  li.addEventListener('pointercancel', onEnd);
}

function input(h: ViewHost, q: OrderQuestion): TemplateResult {
  const order = shownOrder(h, q);
  const last = order.length - 1;
  const button = (k: number, up: boolean, event: string) => {
    const edge = k == (up ? 0 : last);
    return html`<button
      type="button"
      part="button"
      class="s ${up ? 'u' : 'd'}"
      aria-label=${h.t(up ? 'moveUp' : 'moveDown', { event })}
      aria-disabled=${edge ? 'true' : 'false'}
      @click=${() => {
        if (edge) return;
        move(h, q, k, up ? k - 1 : k + 1);
        h.focus(`.o li:nth-child(${up ? k : k + 2}) .${up ? 'u' : 'd'}`);
      }}
    >
      <span aria-hidden="true">${up ? '↑' : '↓'}</span>
    </button>`;
  };
  return html`${h.done ? nothing : html`<p id="oh">${h.t('orderHint')}</p>`}
    <ol class="o" aria-describedby=${h.done ? nothing : 'oh'}>
      ${order.map((e, k) => {
        const text = q.events[e]!.text;
        return html`<li part="event" class=${h.done ? '' : 'mv'} @pointerdown=${(ev: PointerEvent) => drag(h, q, ev)}>
          ${h.done ? nothing : html`<span class="g" aria-hidden="true">⠿</span>`}
          ${h.text(text)}
          ${h.done ? nothing : html`${button(k, true, text)}${button(k, false, text)}`}
        </li>`;
      })}
    </ol>`;
}

/** The true timeline: each event with its date as the article gives it, marked right or where the reader had it. */
function result(h: ViewHost, q: OrderQuestion, answer: AnswerValue | undefined): TemplateResult {
  const order = orderRules.valid(q, answer) ? (answer as number[]) : undefined;
  return html`${order ? nothing : html`<p>${h.t('yourAnswer')}${h.t('colon')}${h.t('notAnswered')}.</p>`}
    <p>${h.t('rightAnswer')}${h.t('colon')}</p>
    <ol part="timeline" class="tl">
      ${q.events.map((event, i) => {
        const k = order?.indexOf(i) ?? -1;
        const ok = k == i;
        return html`<li part="event ${order ? (ok ? 'correct' : 'incorrect') : ''}" class=${order ? (ok ? 'ok' : 'no') : ''}>
          <strong>${h.text(event.date)}</strong> ${h.text(event.text)}
          ${order ? html`<span class="m">${h.icon(ok)} ${ok ? h.t('rightPlace') : h.t('yourPlace', { n: k + 1 })}</span>` : nothing}
        </li>`;
      })}
    </ol>`;
}

/** The order view: its rules, styles and rendering. */
export const view: QuestionView<OrderQuestion> = {
  ...orderRules,
  start: orderDisplay,
  input,
  result,
  said: (h, q) => h.t('feedback', { answer: q.events.map((e) => `${e.text} (${e.date})`).join('; ') }),
  en: {
    partly: 'Partly right',
    points: { one: '{score} point', other: '{score} points' },
    orderHint: 'Earliest first. Drag the events, or use their Move up and Move down buttons.',
    moveUp: 'Move up: {event}',
    moveDown: 'Move down: {event}',
    moved: 'Moved to position {n} of {total}.',
    rightPlace: 'Right place',
    yourPlace: 'You had it at position {n}',
  } satisfies Pick<Messages, 'partly' | 'points' | 'orderHint' | 'moveUp' | 'moveDown' | 'moved' | 'rightPlace' | 'yourPlace'>,
  css: css`
    .pt{--c:currentColor}
    .o,.tl{margin:0.5em 0;padding:0}
    .o li{display:flex;align-items:center;gap:0.5em;margin:0.5em 0;padding:0.25em 0.5em;border:1px solid color-mix(in srgb, currentColor 30%, transparent);border-radius:var(--news-quiz-radius);background:var(--news-quiz-bg);user-select:none}
    .o li > span:not(.g){flex:1 1 8em;min-width:0}
    .mv{cursor:grab}
    .dr{position:relative;z-index:1;cursor:grabbing;box-shadow:0 2px 8px color-mix(in srgb, currentColor 30%, transparent)}
    .g{display:grid;place-items:center;min-width:24px;min-height:2.75em;touch-action:none;font-size:1.25em}
    .o button{min-width:2.75em;padding:0}
    [aria-disabled='true']{opacity:0.5;cursor:default}
    .tl{border-inline-start:2px solid color-mix(in srgb, currentColor 40%, transparent);margin-inline-start:0.5em}
    .tl li{margin:0.5em 0;padding:0.25em 0.75em;border:0}
    .tl .m{display:block;font-weight:600}
    @media (prefers-reduced-motion: no-preference){.o li:not(.dr){transition:transform 0.15s}}
  `,
};
