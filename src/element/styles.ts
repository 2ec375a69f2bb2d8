import { css } from 'lit';

/**
 * Styles of `<news-quiz>`. Custom properties have their defaults on `:host`
 * (set them on the element: `news-quiz { --news-quiz-accent: teal }`).
 * Colours use `light-dark()`, so the quiz follows the reader's colour scheme
 * unless the page sets `color-scheme` on the element. The inner root resets
 * everything the page could leak in by inheritance (`all: initial`) and then
 * takes back the page's font.
 *
 * `:host { display: block }` is deliberately not `!important`: an important
 * `:host` rule beats even the page's `!important` rules and the `hidden`
 * attribute (measured in Chromium), which would take the box away from the
 * publisher. Page CSS cannot reach inside the shadow root, so the quiz keeps
 * its layout even when the page makes the element inline.
 */
export const styles = css`
  :host{display:block;color-scheme:light dark;--news-quiz-accent:light-dark(#0b57d0, #a8c7fa);--news-quiz-correct:light-dark(#146c2e, #6dd58c);--news-quiz-incorrect:light-dark(#b3261e, #ffb4ab);--news-quiz-bg:light-dark(#fff, #1f1f1f);--news-quiz-fg:light-dark(#1f1f1f, #e3e3e3);--news-quiz-radius:8px;--news-quiz-font:inherit}
  :host([hidden]){display:none}
  .r{all:initial;display:block;position:relative;color-scheme:inherit;font:inherit;font-family:var(--news-quiz-font);line-height:1.5;color:var(--news-quiz-fg);background:var(--news-quiz-bg);border:1px solid color-mix(in srgb,currentColor 25%,#0000);border-radius:var(--news-quiz-radius);padding:1em;overflow-wrap:anywhere;text-align:start;min-height:var(--news-quiz-height,calc(27em + clamp(0em,(40em - 100vw)*.4,12em)));column-rule-color:var(--news-quiz-accent);--_a:var(--_i, var(--news-quiz-accent))}
  h2,h3{margin:0 0 0.5em;font-size:1.25em;line-height:1.3}
  h3{font-size:1.1em}
  p,ol,ul{margin:0.5em 0}
  fieldset{border:0;margin:0;padding:0;min-width:0}
  legend{font-weight:600;padding:0;margin-bottom:0.25em}
  label{display:flex;align-items:center;gap:0.5em 0.75em;flex-wrap:wrap;min-height:2.75em;box-sizing:border-box;margin:0.5em 0;padding:0.25em 0.75em;border:1px solid color-mix(in srgb,currentColor 30%,#0000);border-radius:var(--news-quiz-radius);cursor:pointer}
  label>span{flex:1;min-width:0}
  label:has(:checked){border-color:var(--_a);box-shadow:inset 0 0 0 1px var(--_a)}
  input{flex:none;width:max(24px, 1.25em);height:max(24px, 1.25em);margin:0;accent-color:var(--_a)}
  :disabled{cursor:default}
  label .m{flex:none;font-weight:600}
  .ok{--c:var(--news-quiz-correct)}
  .no{--c:var(--news-quiz-incorrect)}
  label.ok,label.no{border-color:var(--c);box-shadow:inset 0 0 0 1px var(--c)}
  .m,h3 .i,.ok > h3,.no > h3,li .i{color:var(--c)}
  [part~='feedback'],li{margin:1em 0;padding:0.5em 1em;border-inline-start:4px solid var(--c)}
  ol{padding:0;list-style:none}
  blockquote{margin:0.5em 0;padding-inline-start:0.75em;border-inline-start:2px solid color-mix(in srgb,currentColor 40%,#0000);font-style:italic}
  a{color:var(--_a)}
  .a{display:flex;flex-wrap:wrap;gap:0.5em;margin-top:1em}
  button{font:inherit;font-weight:600;min-height:2.75em;min-width:44px;padding:0.25em 1em;border:2px solid var(--news-quiz-accent);border-radius:var(--news-quiz-radius);background:var(--news-quiz-accent);color:var(--_o, var(--news-quiz-bg));cursor:pointer}
  .s{background:none;color:var(--_a)}
  :focus-visible{outline:3px solid var(--_a);outline-offset:2px}
  [part~='error']{border-inline-start:4px solid var(--news-quiz-incorrect);padding-inline-start:1em}
  .sk i{display:block;height:2.75em;margin:0.5em 0;border-radius:var(--news-quiz-radius);background:color-mix(in srgb,currentColor 10%,#0000)}
  .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
  @media (forced-colors: active){label:has(:checked){outline:2px solid Highlight}}
`;
