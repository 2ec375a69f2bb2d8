/**
 * The quiz editor (demo/editor.html) in real Chromium: paste an article, build,
 * edit with validation as typed, reorder and drop, export, re-import. The
 * editor runs the npm build (dist/): run `npm run build` first.
 */
export {};

import { assert, equal, until } from './assertions.js';

declare global {
  function describe(name: string, fn: () => void): void;
  function it(name: string, fn: () => void | Promise<void>): void;
  function before(fn: () => void | Promise<void>): void;
  function after(fn: () => void | Promise<void>): void;
}


interface QuizLike {
  title: string;
  questions: { id: string; type?: string; prompt: string; choices: string[]; answer: number }[];
}

let frame: HTMLIFrameElement;
let doc: Document;
const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const el = doc.getElementById(id);
  assert(el, `no #${id} in the editor`);
  return el as T;
};
/** Types `value` into a field as a user would (an input event follows). */
function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
const click = (el: HTMLElement) => el.click();
const exported = (): QuizLike => JSON.parse($<HTMLTextAreaElement>('quiz-json').value) as QuizLike;
const questionItems = () => [...$('questions').querySelectorAll<HTMLLIElement>(':scope > li')];
const promptOf = (i: number) => questionItems()[i]!.querySelector<HTMLInputElement>('input[data-path$=".prompt"]')!;
const buttonIn = (li: Element, label: string) => {
  const b = [...li.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
  assert(b, `no "${label}" button`);
  return b;
};

describe('quiz editor', () => {
  before(async () => {
    const core = await fetch('/dist/core/index.js');
    assert(core.ok, 'dist/core/index.js is missing: run `npm run build` before the editor tests');
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1200px; height: 900px; border: 0';
    frame.src = '/demo/editor.html';
    document.body.append(frame);
    await until(() => frame.contentDocument?.documentElement?.dataset['editorReady'] === 'true', 'the editor to load');
    doc = frame.contentDocument!;
  });
  after(() => frame.remove());

  it('labels every control', () => {
    const unlabelled = [...doc.querySelectorAll<HTMLInputElement>('main input, main select, main textarea, main button')].filter(
      (c) => !((c.labels?.length ?? 0) > 0 || c.getAttribute('aria-label') || (c.tagName === 'BUTTON' && c.textContent!.trim())),
    );
    equal(unlabelled.map((c) => c.id || c.outerHTML.slice(0, 60)), [], 'controls without a label');
  });

  it('explains what is wrong with an article too short to quiz', () => {
    type($('article'), 'Short note\n\nHello there.');
    click($('build'));
    assert(/Cannot build a quiz/.test($('build-error').textContent!), `build error: ${$('build-error').textContent}`);
    equal(questionItems().length, 0, 'questions');
  });

  it('builds from a pasted publisher page: the facts found and the questions', async () => {
    const html = await (await fetch('/demo/articles/00-seed-iraq-coalition.html')).text();
    type($('article'), html);
    assert(/HTML/.test($('article-format').textContent!), `format: ${$('article-format').textContent}`);
    $<HTMLInputElement>('count').value = '4';
    $<HTMLInputElement>('seed').value = '1';
    click($('build'));
    equal($('build-error').textContent, '', 'build error');
    const n = questionItems().length;
    assert(n >= 1 && n <= 4, `expected 1 to 4 questions, got ${n}`);
    const facts = $('facts').textContent!;
    assert(/Numbers \(\d+\)/.test(facts) && /Dates \(\d+\)/.test(facts) && /Actors \(\d+\)/.test(facts), `facts panel: ${facts.slice(0, 200)}`);
    assert(facts.includes('2,500'), 'the figure 2,500 is not among the facts');
    assert(/valid: \d+ question/.test($('summary').textContent!), `summary: ${$('summary').textContent}`);
    equal(exported().questions.length, n, 'exported questions');
  });

  it('flags an emptied prompt at its field and in the summary, and clears it once fixed', () => {
    const prompt = promptOf(0);
    type(prompt, '');
    const issue = doc.getElementById(prompt.getAttribute('aria-describedby')!)!;
    assert(issue.textContent!.trim().length > 0, 'no issue shown next to the prompt');
    equal(prompt.getAttribute('aria-invalid'), 'true', 'aria-invalid');
    assert(/Question 1, prompt/.test($('summary').textContent!), `summary: ${$('summary').textContent}`);
    equal($<HTMLButtonElement>('copy-json').disabled, true, 'copy disabled while invalid');

    type(prompt, 'Edited: how many US soldiers are stationed in Iraq?');
    equal(issue.textContent, '', 'issue after the fix');
    equal(prompt.hasAttribute('aria-invalid'), false, 'aria-invalid after the fix');
    assert(/valid/.test($('summary').textContent!), `summary: ${$('summary').textContent}`);
    equal($<HTMLButtonElement>('copy-json').disabled, false, 'copy enabled');
    equal(exported().questions[0]!.prompt, 'Edited: how many US soldiers are stationed in Iraq?', 'exported prompt');
  });

  /** The first multiple-choice question (the built quiz may open with an estimate). */
  const firstChoice = (): number => exported().questions.findIndex((q) => (q.type ?? 'choice') === 'choice');

  it('flags an empty choice at that choice', () => {
    const i = firstChoice();
    const choice = questionItems()[i]!.querySelector<HTMLInputElement>('input[data-path$=".choices[1]"]')!;
    const before = choice.value;
    type(choice, '  ');
    assert(doc.getElementById(choice.getAttribute('aria-describedby')!)!.textContent!.trim(), 'no issue next to the choice');
    assert(new RegExp(`Question ${i + 1}, choice 2`).test($('summary').textContent!), `summary: ${$('summary').textContent}`);
    type(choice, before);
    assert(/valid/.test($('summary').textContent!), 'still invalid after the fix');
  });

  it('changes the right answer with the radio buttons', () => {
    const i = firstChoice();
    const radios = [...questionItems()[i]!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    const other = radios.findIndex((r) => !r.checked);
    radios[other]!.click();
    const q = exported().questions[i]!;
    equal(q.answer, other, 'answer');
  });

  it('moves and drops questions', () => {
    const ids = exported().questions.map((q) => q.id);
    assert(ids.length >= 2, 'needs two questions');
    click(buttonIn(questionItems()[0]!, 'Move down'));
    equal(exported().questions.map((q) => q.id), [ids[1], ids[0], ...ids.slice(2)], 'order after moving down');
    click(buttonIn(questionItems()[1]!, 'Move up'));
    equal(exported().questions.map((q) => q.id), ids, 'order after moving back up');
    click(buttonIn(questionItems()[ids.length - 1]!, 'Drop'));
    equal(exported().questions.map((q) => q.id), ids.slice(0, -1), 'after dropping the last');
    equal(questionItems().length, ids.length - 1, 'questions shown');
  });

  it('shows the valid draft in the live preview', async () => {
    const preview = $('preview') as HTMLElement & { quiz?: unknown };
    assert(frame.contentWindow!.customElements.get('news-quiz'), 'the element (dist/news-quiz.min.js) is not defined');
    equal(preview.quiz, exported(), 'preview quiz');
  });

  it('exports JSON that imports back to the same quiz', () => {
    const before = $<HTMLTextAreaElement>('quiz-json').value;
    const quiz = exported();
    // Start from another quiz, then import the exported one.
    click($('regenerate'));
    equal($<HTMLInputElement>('seed').value, '2', 'new seed');
    type($('import-json'), before);
    click($('import'));
    equal($('import-error').textContent, '', 'import error');
    equal($<HTMLTextAreaElement>('quiz-json').value, before, 'exported JSON after the round trip');
    equal(questionItems().map((_, i) => promptOf(i).value), quiz.questions.map((q) => q.prompt), 'prompts shown');
    equal($<HTMLInputElement>('quiz-title').value, quiz.title, 'title shown');
  });

  it('refuses an invalid import, listing each problem with its path, and keeps the draft', () => {
    const before = $<HTMLTextAreaElement>('quiz-json').value;
    type($('import-json'), JSON.stringify({ version: 1, id: 'x', title: 't', questions: [{ id: 'q1', kind: 'number', prompt: 'p', choices: ['a', 'b'], answer: 5 }] }));
    click($('import'));
    assert(/questions\[0\]\.answer/.test($('import-error').textContent!), `import error: ${$('import-error').textContent}`);
    type($('import-json'), '{ not json');
    click($('import'));
    assert(/Not valid JSON/.test($('import-error').textContent!), `import error: ${$('import-error').textContent}`);
    equal($<HTMLTextAreaElement>('quiz-json').value, before, 'draft unchanged');
  });

  it('gives an embed snippet that carries the quiz inline, safe from "</script>" in its text', () => {
    type(promptOf(0), 'Is </script><script>alert(1)</script> <!-- here?');
    const snippet = $<HTMLTextAreaElement>('snippet').value;
    assert(snippet.startsWith('<script type="module" src="https://unpkg.com/news-quiz/dist/news-quiz.min.js"></script>'), snippet.slice(0, 100));
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    equal(parsed.querySelectorAll('script').length, 2, 'script elements in the snippet');
    const inline = parsed.querySelector('news-quiz > script[type="application/json"]');
    assert(inline, 'no inline quiz script in <news-quiz>');
    equal(JSON.parse(inline.textContent!), exported(), 'inline quiz');
  });

  it('edits the answer settings of another question type as JSON, checked as typed', () => {
    const quiz = {
      version: 1,
      id: 'estimate-demo',
      title: 'Budget',
      questions: [
        { id: 'q1', kind: 'number', type: 'estimate', prompt: 'How big is the deficit?', answerValue: 368e9, min: 1e11, max: 1e12, scale: 'log', unit: '$', tolerance: 0.1 },
      ],
    };
    type($('import-json'), JSON.stringify(quiz));
    click($('import'));
    equal($('import-error').textContent, '', 'import error');
    const area = questionItems()[0]!.querySelector<HTMLTextAreaElement>('textarea[data-path$=".$settings"]');
    assert(area, 'no answer settings field for the estimate question');
    equal(JSON.parse(area.value), { answerValue: 368e9, min: 1e11, max: 1e12, scale: 'log', unit: '$', tolerance: 0.1 }, 'settings shown');

    type(area, '{ "answerValue": 368e9, ');
    assert(/Not valid JSON/.test(questionItems()[0]!.textContent!), 'no JSON syntax error shown');

    type(area, JSON.stringify({ answerValue: 368e9, min: 1e12, max: 1e11, scale: 'log', unit: '$', tolerance: 0.1 }));
    const slots = area.getAttribute('aria-describedby')!.split(' ').map((id) => doc.getElementById(id)!.textContent).join(' ');
    assert(/greater than min/.test(slots), `no range issue at the settings field: ${slots}`);
    assert(/Question 1, max/.test($('summary').textContent!), `summary: ${$('summary').textContent}`);

    type(area, JSON.stringify({ answerValue: 368e9, min: 1e11, max: 2e12, scale: 'log', unit: '$', tolerance: 0.1 }));
    assert(/valid/.test($('summary').textContent!) && !/problem/.test($('summary').textContent!), `summary: ${$('summary').textContent}`);
    equal((exported().questions[0] as unknown as { max: number }).max, 2e12, 'exported max');
  });
});
