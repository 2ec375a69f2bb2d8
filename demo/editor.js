// The quiz editor (demo/editor.html): paste an article, see the facts found and the generated quiz,
// edit / reorder / drop questions with validation as typed, preview live, export and re-import the
// Quiz JSON. Plain ES module, no framework. Text is only ever set with textContent / value, never as HTML.
import { ArticleError, QuizValidationError, buildQuiz, extractFacts, parseArticle, validateQuiz } from '../dist/core/index.js';

/** The CDN file the embed snippet loads. */
export const CDN_URL = 'https://unpkg.com/news-quiz/dist/news-quiz.min.js';
const KINDS = ['number', 'date', 'actor', 'other'];
const MIN_CHOICES = 2;
const MAX_CHOICES = 10;

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * Creates an element: `attrs` are attributes (or `on*` listeners, or `text` for textContent);
 * children are nodes or strings (added as text).
 * @param {string} tag
 * @param {Record<string, unknown>} [attrs]
 * @param {...(Node|string|null|undefined|false)} children
 */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') el.textContent = String(v);
    else if (k === 'value') /** @type {HTMLInputElement} */ (el).value = String(v);
    else if (k === 'checked') /** @type {HTMLInputElement} */ (el).checked = Boolean(v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), /** @type {EventListener} */ (v));
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** Picks the article format from the pasted text: markup is HTML, `{`/`[` is JSON, else plain text. */
export function detectFormat(input) {
  const head = input.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return 'html';
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  return 'text';
}

/**
 * The embed snippet for a quiz: the CDN script and a `<news-quiz>` with the quiz inline. `</` and `<!--`
 * are escaped inside the JSON so no text of the quiz can end the script element early.
 */
export function embedSnippet(quiz) {
  const json = JSON.stringify(quiz, null, 2).replace(/<\//g, '<\\/').replace(/<!--/g, '\\u003c!--');
  return `<script type="module" src="${CDN_URL}"></script>\n<news-quiz>\n<script type="application/json">\n${json}\n</script>\n</news-quiz>\n`;
}

// ---------------------------------------------------------------------------
// State

/** @type {any} The quiz being edited (plain JSON, may be invalid while typing). */
let draft = null;
/** @type {{path: string, message: string}[]} */
let issues = [];
let uid = 0;

const els = {
  form: /** @type {HTMLFormElement} */ ($('article-form')),
  example: /** @type {HTMLSelectElement} */ ($('example')),
  article: /** @type {HTMLTextAreaElement} */ ($('article')),
  format: $('article-format'),
  published: /** @type {HTMLInputElement} */ ($('published')),
  count: /** @type {HTMLInputElement} */ ($('count')),
  seed: /** @type {HTMLInputElement} */ ($('seed')),
  regenerate: /** @type {HTMLButtonElement} */ ($('regenerate')),
  buildError: $('build-error'),
  facts: $('facts'),
  summary: $('summary'),
  title: /** @type {HTMLInputElement} */ ($('quiz-title')),
  questions: $('questions'),
  preview: /** @type {any} */ ($('preview')),
  previewNote: $('preview-note'),
  json: /** @type {HTMLTextAreaElement} */ ($('quiz-json')),
  snippet: /** @type {HTMLTextAreaElement} */ ($('snippet')),
  copyJson: /** @type {HTMLButtonElement} */ ($('copy-json')),
  copySnippet: /** @type {HTMLButtonElement} */ ($('copy-snippet')),
  copyStatus: $('copy-status'),
  importText: /** @type {HTMLTextAreaElement} */ ($('import-json')),
  importButton: /** @type {HTMLButtonElement} */ ($('import')),
  importError: $('import-error'),
};

// ---------------------------------------------------------------------------
// Building

function showFormat() {
  const text = els.article.value;
  els.format.textContent = text.trim() ? `Reading it as ${{ html: 'HTML', json: 'JSON', text: 'plain text' }[detectFormat(text)]}.` : '';
}

/** Builds the quiz from the article form and shows facts, questions, preview and export. */
function build() {
  els.buildError.textContent = '';
  const input = els.article.value;
  if (!input.trim()) {
    els.buildError.textContent = 'Paste an article first: its text (headline on line 1, a blank line, then the body) or its HTML.';
    els.article.focus();
    return;
  }
  const count = Number(els.count.value);
  if (!Number.isInteger(count) || count < 1 || count > 20) {
    els.buildError.textContent = 'The number of questions must be a whole number from 1 to 20.';
    els.count.focus();
    return;
  }
  const seedText = els.seed.value.trim();
  const seed = /^-?\d+$/.test(seedText) ? Number(seedText) : seedText || 1;
  try {
    const overrides = els.published.value ? { datePublished: els.published.value } : undefined;
    const article = parseArticle(input, detectFormat(input), overrides);
    const facts = extractFacts(article);
    renderFacts(article, facts);
    const quiz = buildQuiz(article, { count, seed });
    setDraft(quiz);
    els.regenerate.disabled = false;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    els.buildError.textContent = `Cannot build a quiz: ${message}`;
    if (!(e instanceof ArticleError)) console.error(e);
  }
}

/** The same article with the next seed. */
function regenerate() {
  const seed = els.seed.value.trim();
  els.seed.value = /^-?\d+$/.test(seed) ? String(Number(seed) + 1) : `${seed || 'seed'}-2`;
  build();
}

// ---------------------------------------------------------------------------
// Facts panel

/** The facts found, as three lists, each fact with its sentence. */
function renderFacts(article, facts) {
  const sentenceOf = (span) => h('q', { class: 'sentence', text: span.sentence });
  const section = (title, items, render) =>
    h(
      'details',
      { open: items.length > 0 && items.length <= 12 },
      h('summary', { text: `${title} (${items.length})` }),
      items.length ? h('ul', { class: 'fact-list' }, ...items.map((f) => h('li', {}, ...render(f)))) : h('p', { class: 'help', text: 'None found.' }),
    );
  els.facts.replaceChildren(
    h('p', { class: 'help', text: `${article.title ? `“${article.title}”` : 'Untitled article'}${article.datePublished ? `, published ${article.datePublished}` : ', no publication date'}.` }),
    section('Numbers', facts.numbers, (f) => [
      h('strong', { text: f.text }),
      ` ${f.hedge ? `(${f.hedge}) ` : ''}counts “${f.counts}” `,
      sentenceOf(f),
    ]),
    section('Dates', facts.dates, (f) => [h('strong', { text: f.text }), ` → ${f.iso ?? 'not fixed by the text'} `, sentenceOf(f)]),
    section('Actors', facts.actors, (a) => [
      h('strong', { text: a.name }),
      ` ${a.kind}${a.role ? `, ${a.role}` : ''}${a.aliases.length ? ` (also ${a.aliases.join(', ')})` : ''}, ${a.mentions.length} mention${a.mentions.length === 1 ? '' : 's'} `,
      a.mentions[0] ? sentenceOf(a.mentions[0]) : null,
    ]),
  );
}

// ---------------------------------------------------------------------------
// Question list

/** Replaces the draft (a deep copy) and redraws everything. */
function setDraft(quiz) {
  draft = structuredClone(quiz);
  els.title.value = draft.title ?? '';
  renderQuestions();
  changed();
}

/** One question's editor. */
function questionItem(q, i) {
  const n = draft.questions.length;
  const id = `q${++uid}`;
  const path = `questions[${i}]`;
  const field = (label, control, fieldPath) =>
    h('div', { class: 'field' }, h('label', { for: control.id, text: label }), control, issueFor(fieldPath));

  const prompt = h('input', { id: `${id}-prompt`, type: 'text', value: q.prompt ?? '', 'data-path': `${path}.prompt`, 'aria-describedby': issueId(`${path}.prompt`) });
  prompt.addEventListener('input', () => {
    draft.questions[i].prompt = prompt.value;
    changed();
  });

  const kind = h('select', { id: `${id}-kind`, 'data-path': `${path}.kind`, 'aria-describedby': issueId(`${path}.kind`) }, ...KINDS.map((k) => h('option', { value: k, text: k })));
  kind.value = KINDS.includes(q.kind) ? q.kind : 'other';
  kind.addEventListener('change', () => {
    draft.questions[i].kind = kind.value;
    changed();
  });

  const answerEditor = !q.type || q.type === 'choice' ? choiceEditor(q, i, id, path) : settingsEditor(q, i, id, path);

  const explanation = h('textarea', { id: `${id}-explanation`, rows: '2', value: q.explanation ?? '', 'data-path': `${path}.explanation`, 'aria-describedby': issueId(`${path}.explanation`) });
  explanation.addEventListener('input', () => {
    if (explanation.value === '') delete draft.questions[i].explanation;
    else draft.questions[i].explanation = explanation.value;
    changed();
  });

  const move = (label, to, disabled) =>
    h('button', {
      type: 'button',
      class: 'small',
      text: label,
      'aria-label': `${label}: question ${i + 1}`,
      disabled,
      onclick: () => {
        const [moved] = draft.questions.splice(i, 1);
        draft.questions.splice(to, 0, moved);
        structural(null, to, (li) => li.querySelector(`button[data-action="${label === 'Move up' ? 'up' : 'down'}"]:not([disabled])`) ?? li.querySelector('input'));
      },
    });
  const up = move('Move up', i - 1, i === 0);
  up.dataset.action = 'up';
  const down = move('Move down', i + 1, i === n - 1);
  down.dataset.action = 'down';
  const drop = h('button', {
    type: 'button',
    class: 'small danger',
    text: 'Drop',
    'aria-label': `Drop question ${i + 1}`,
    onclick: () => {
      draft.questions.splice(i, 1);
      structural(null, Math.min(i, draft.questions.length - 1), (li) => li.querySelector('input'));
    },
  });

  const headingId = `${id}-heading`;
  return h(
    'li',
    { class: 'question', 'aria-labelledby': headingId, 'data-index': String(i) },
    h('div', { class: 'question-head' }, h('h3', { id: headingId, text: `Question ${i + 1}` }), h('div', { class: 'actions' }, up, down, drop)),
    issueFor(path),
    field('Prompt', prompt, `${path}.prompt`),
    field('Kind', kind, `${path}.kind`),
    answerEditor,
    field('Explanation (optional)', explanation, `${path}.explanation`),
    q.source?.sentence
      ? h('p', { class: 'source' }, h('span', { class: 'source-label', text: 'Source sentence: ' }), h('q', { text: q.source.sentence }))
      : null,
  );
}

/** The choices of a choice question: text, right-answer radio, remove; and "Add choice". */
function choiceEditor(q, i, id, path) {
  const choices = (q.choices ?? []).map((c, k) => {
    const text = h('input', {
      id: `${id}-choice-${k}`,
      type: 'text',
      value: c,
      'data-path': `${path}.choices[${k}]`,
      'aria-describedby': issueId(`${path}.choices[${k}]`),
    });
    text.addEventListener('input', () => {
      draft.questions[i].choices[k] = text.value;
      changed();
    });
    const radio = h('input', {
      type: 'radio',
      name: `${id}-answer`,
      value: String(k),
      checked: q.answer === k,
      'aria-label': `Choice ${k + 1} is the right answer`,
      'data-path': `${path}.answer`,
    });
    radio.addEventListener('change', () => {
      draft.questions[i].answer = k;
      changed();
    });
    const remove = h('button', {
      type: 'button',
      class: 'small',
      text: 'Remove',
      'aria-label': `Remove choice ${k + 1} of question ${i + 1}`,
      disabled: q.choices.length <= MIN_CHOICES,
      onclick: () => {
        const question = draft.questions[i];
        question.choices.splice(k, 1);
        if (question.answer === k) question.answer = -1;
        else if (question.answer > k) question.answer--;
        structural(null, i, (li) => li.querySelectorAll('.choice input[type=text]')[Math.max(0, k - 1)]);
      },
    });
    return h(
      'li',
      { class: 'choice' },
      radio,
      h('label', { for: text.id, class: 'choice-label', text: `Choice ${k + 1}` }),
      text,
      remove,
      issueFor(`${path}.choices[${k}]`),
    );
  });
  const addChoice = h('button', {
    type: 'button',
    class: 'small',
    text: 'Add choice',
    disabled: (q.choices ?? []).length >= MAX_CHOICES,
    onclick: () => {
      (draft.questions[i].choices ??= []).push('');
      structural(null, i, (li) => li.querySelector('.choice:last-of-type input[type=text]'));
    },
  });

  return h(
    'fieldset',
    { class: 'choices', 'aria-describedby': issueId(`${path}.answer`) },
    h('legend', { text: 'Choices (select the right answer)' }),
    h('ol', {}, ...choices),
    addChoice,
    issueFor(`${path}.choices`),
    issueFor(`${path}.answer`),
  );
}

/** Keys every question type shares, edited as fields of their own. */
const COMMON_KEYS = new Set(['id', 'kind', 'type', 'prompt', 'explanation', 'source']);

/**
 * The answer settings of another question type (estimate, order, …) as JSON, checked as typed: a JSON
 * syntax error is shown here, the quiz rules in the summary and at the question.
 */
function settingsEditor(q, i, id, path) {
  const settings = Object.fromEntries(Object.entries(q).filter(([k]) => !COMMON_KEYS.has(k)));
  const localPath = `${path}.$settings`;
  const area = h('textarea', {
    id: `${id}-settings`,
    rows: String(Math.min(12, JSON.stringify(settings, null, 2).split('\n').length)),
    spellcheck: 'false',
    value: JSON.stringify(settings, null, 2),
    'data-path': localPath,
    'aria-describedby': `${issueId(localPath)}-json ${issueId(localPath)}`,
  });
  const syntax = h('p', { class: 'issue', id: `${issueId(localPath)}-json` });
  area.addEventListener('input', () => {
    let parsed;
    try {
      parsed = JSON.parse(area.value);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('give an object: { … }');
    } catch (e) {
      syntax.textContent = `Not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
      area.setAttribute('aria-invalid', 'true');
      return;
    }
    syntax.textContent = '';
    const question = draft.questions[i];
    for (const k of Object.keys(question)) if (!COMMON_KEYS.has(k)) delete question[k];
    for (const [k, v] of Object.entries(parsed)) if (!COMMON_KEYS.has(k)) question[k] = v;
    changed();
  });
  return h(
    'div',
    { class: 'field' },
    h('label', { for: area.id, text: `Answer settings of this ${q.type} question (JSON)` }),
    area,
    syntax,
    issueFor(localPath),
  );
}

/** Id of the issue element for a JSON path. */
const issueId = (path) => `issue-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
/** The (initially empty) element that shows the issue at `path`. */
const issueFor = (path) => h('p', { class: 'issue', id: issueId(path), 'data-issue-for': path });

function renderQuestions() {
  els.questions.replaceChildren(...(draft?.questions ?? []).map((q, i) => questionItem(q, i)));
}

/**
 * Redraws the list after a structural change (move, drop, add/remove choice) and puts focus back in
 * question `index`, on `selector` or what `pick` finds in it.
 */
function structural(selector, index, pick) {
  renderQuestions();
  changed();
  const li = els.questions.children[index];
  const target = (selector && document.querySelector(selector)) || (li && pick?.(li)) || li?.querySelector('input') || els.title;
  /** @type {HTMLElement} */ (target).focus();
}

// ---------------------------------------------------------------------------
// Validation as typed, preview and export

/** Validates the draft, shows every issue next to its field, and refreshes the preview and the export. */
function changed() {
  if (!draft) return;
  issues = [];
  let valid = true;
  try {
    validateQuiz(draft);
  } catch (e) {
    if (!(e instanceof QuizValidationError)) throw e;
    issues = e.issues;
    valid = false;
  }
  showIssues();
  const text = JSON.stringify(draft, null, 2);
  els.json.value = text;
  els.snippet.value = embedSnippet(draft);
  els.copyJson.disabled = els.copySnippet.disabled = !valid;
  if (valid) {
    els.preview.quiz = structuredClone(draft);
    els.previewNote.textContent = `The preview shows the quiz as readers will see it (${draft.questions.length} question${draft.questions.length === 1 ? '' : 's'}).`;
  } else {
    els.previewNote.textContent = 'The preview shows the last valid version: fix the problems listed above to update it.';
  }
}

/** The field element for a path, if one is shown. */
function fieldFor(path) {
  return document.querySelector(`[data-path="${CSS.escape(path)}"]`);
}

function showIssues() {
  for (const el of document.querySelectorAll('[data-issue-for]')) el.textContent = '';
  for (const el of document.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const issue of issues) {
    // The nearest shown issue slot: questions[0].choices[2] → questions[0].choices → questions[0] → summary.
    let path = issue.path;
    let slot = null;
    // A type-specific field (min, max, events…) is shown at its question's answer settings.
    const own = /^(questions\[\d+\])\.([A-Za-z_$][\w$]*)/.exec(path);
    if (own && !COMMON_KEYS.has(own[2]) && document.querySelector(`[data-issue-for="${CSS.escape(`${own[1]}.$settings`)}"]`)) {
      path = `${own[1]}.$settings`;
    }
    while (path && !(slot = document.querySelector(`[data-issue-for="${CSS.escape(path)}"]`))) {
      const shorter = path.replace(/(\.[A-Za-z_$][\w$]*|\[\d+\])$/, '');
      if (shorter === path) break;
      path = shorter;
    }
    if (slot) {
      slot.textContent = slot.textContent ? `${slot.textContent} ${issue.message}` : issue.message;
      const field = fieldFor(issue.path) ?? fieldFor(path);
      if (field) field.setAttribute('aria-invalid', 'true');
    }
  }
  if (issues.length === 0) {
    els.summary.className = 'summary ok';
    els.summary.replaceChildren(h('p', { text: `The quiz is valid: ${draft.questions.length} question${draft.questions.length === 1 ? '' : 's'}.` }));
  } else {
    els.summary.className = 'summary bad';
    els.summary.replaceChildren(
      h('p', { text: `${issues.length} problem${issues.length === 1 ? '' : 's'} to fix before export:` }),
      h('ul', {}, ...issues.map((i) => h('li', { text: `${describePath(i.path)}: ${i.message}` }))),
    );
  }
}

/** "questions[0].choices[2]" → "Question 1, choice 3". */
function describePath(path) {
  if (path === '$') return 'Quiz';
  const m = /^questions\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?)?/.exec(path);
  if (!m) return path;
  let out = `Question ${Number(m[1]) + 1}`;
  if (m[2]) out += `, ${m[2] === 'choices' && m[3] !== undefined ? `choice ${Number(m[3]) + 1}` : m[2]}`;
  return out;
}

async function copy(text, what) {
  try {
    await navigator.clipboard.writeText(text);
    els.copyStatus.textContent = `${what} copied to the clipboard.`;
  } catch {
    // No clipboard permission (an insecure origin, an iframe): select the text for a manual copy.
    const area = what === 'Quiz JSON' ? els.json : els.snippet;
    area.focus();
    area.select();
    els.copyStatus.textContent = `Could not copy automatically: the ${what} is selected, press Ctrl+C (or ⌘C) to copy it.`;
  }
}

function importJson() {
  els.importError.replaceChildren();
  let data;
  try {
    data = JSON.parse(els.importText.value);
  } catch (e) {
    els.importError.textContent = `Not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
    return;
  }
  try {
    setDraft(validateQuiz(data));
    els.importError.textContent = '';
    els.copyStatus.textContent = `Imported “${draft.title}” (${draft.questions.length} questions).`;
  } catch (e) {
    if (!(e instanceof QuizValidationError)) throw e;
    els.importError.replaceChildren(
      h('p', { text: `This is not a valid quiz (${e.issues.length} problem${e.issues.length === 1 ? '' : 's'}):` }),
      h('ul', {}, ...e.issues.map((i) => h('li', { text: `${i.path}: ${i.message}` }))),
    );
  }
}

async function loadExample() {
  const url = els.example.value;
  if (!url) return;
  els.buildError.textContent = '';
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    els.article.value = await res.text();
    showFormat();
    build();
  } catch (e) {
    els.buildError.textContent = `Could not load the example ${url}: ${e instanceof Error ? e.message : String(e)}`;
  }
}

els.form.addEventListener('submit', (e) => {
  e.preventDefault();
  build();
});
els.article.addEventListener('input', showFormat);
els.regenerate.addEventListener('click', regenerate);
els.example.addEventListener('change', loadExample);
els.title.addEventListener('input', () => {
  if (!draft) return;
  draft.title = els.title.value;
  changed();
});
els.copyJson.addEventListener('click', () => copy(els.json.value, 'Quiz JSON'));
els.copySnippet.addEventListener('click', () => copy(els.snippet.value, 'embed snippet'));
els.importButton.addEventListener('click', importJson);
document.documentElement.dataset.editorReady = 'true';
