#!/usr/bin/env node
/**
 * Writes the hand-authored demo quizzes (demo/quizzes/*.json and the inline
 * quiz of demo/inline.html) from the question definitions below, computing
 * every `source.start`/`source.end` from the article file instead of by hand.
 *
 *   node scripts/make-seed-quiz.mjs           write the files
 *   node scripts/make-seed-quiz.mjs --check   exit 1 if a written file is stale
 *
 * The article files (title on line 1, a blank line, then the body) are read
 * from $NEWS_QUIZ_CORPUS, test/fixtures/corpus/, corpus/ or /work/shared/corpus/.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Finds the directory holding the annotated corpus articles.
 * @returns {string | null}
 */
export function findCorpusDir() {
  const candidates = [
    process.env.NEWS_QUIZ_CORPUS,
    join(ROOT, 'test/fixtures/corpus'),
    join(ROOT, 'corpus'),
    '/work/shared/corpus',
  ];
  for (const dir of candidates) {
    if (dir && existsSync(join(dir, '00-seed-iraq-coalition.txt'))) return dir;
  }
  return null;
}

/**
 * Splits a plain-text article file into its title (line 1) and body (after the blank line).
 * @param {string} file the whole file
 * @returns {{ title: string, body: string }}
 */
export function splitArticleFile(file) {
  const text = file.replace(/\r\n?/g, '\n');
  const cut = text.indexOf('\n\n');
  if (cut < 0) throw new Error('article file has no blank line after the title line');
  return { title: text.slice(0, cut), body: text.slice(cut + 2) };
}

/**
 * Locates a sentence in the body; it must occur exactly once.
 * @param {string} body
 * @param {string} sentence
 * @returns {{ sentence: string, start: number, end: number }}
 */
export function locate(body, sentence) {
  const start = body.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not found verbatim in the article body: ${JSON.stringify(sentence)}`);
  if (body.indexOf(sentence, start + 1) >= 0) {
    throw new Error(`sentence occurs more than once in the article body: ${JSON.stringify(sentence)}`);
  }
  const end = start + sentence.length;
  if (body.slice(start, end) !== sentence) throw new Error('offset computation failed');
  return { sentence, start, end };
}

/** Question definitions: `source` is the verbatim sentence; offsets are computed. */
const QUIZZES = [
  {
    file: 'demo/quizzes/seed.json',
    article: '00-seed-iraq-coalition.txt',
    quiz: {
      version: 1,
      id: 'iraq-coalition-2024-01-05',
      title: 'Iraq and the US-led coalition',
      lang: 'en',
      article: {
        title: 'Iraqi PM wants to end presence of US-led coalition troops',
        url: 'https://www.dw.com/en/iraqi-pm-wants-to-end-presence-of-us-led-coalition-troops/a-67902741',
        datePublished: '2024-01-05',
      },
    },
    questions: [
      {
        id: 'q1',
        kind: 'number',
        prompt: 'About how many US soldiers are stationed in Iraq?',
        choices: ['900', '2,500', '3,400', '5,000'],
        answer: 1,
        explanation: 'Around 2,500 US soldiers are stationed in Iraq, and another 900 in Syria.',
        source:
          'Around 2,500 US soldiers are stationed in Iraq and another 900 in Syria to prevent a resurgence of the so-called Islamic State (IS).',
      },
      {
        id: 'q2',
        kind: 'actor',
        prompt: "Who is Iraq's prime minister?",
        choices: ['Mushtaq Jawad Kazim al-Jawari', 'Qassem Soleimani', 'Mohamed Shia al-Sudani', 'Mustafa al-Kadhimi'],
        answer: 2,
        explanation: "Prime Minister Mohamed Shia al-Sudani's office announced the plan to end the coalition's presence.",
        source:
          "Prime Minister Mohamed Shia al-Sudani's office said the “government sets the date for the start of the bilateral committee to reach agreements to permanently end the presence of international coalition forces in Iraq.”",
      },
      {
        id: 'q3',
        kind: 'date',
        prompt: 'On which day was the militia commander Mushtaq Jawad Kazim al-Jawari killed in Baghdad?',
        choices: ['Tuesday', 'Wednesday', 'Thursday', 'Friday'],
        answer: 2,
        explanation:
          'He was killed in a US strike in Baghdad on Thursday, a day before the Iraqi government announced its plans on Friday.',
        source:
          "Al-Sudani's decision comes at a time when parliamentary factions allied with Iran and on whose support the prime minister relies have reacted with anger to the killing of Mushtaq Jawad Kazim al-Jawari in Baghdad on Thursday.",
      },
      {
        id: 'q4',
        kind: 'actor',
        prompt: 'The prime minister attended a memorial service for which Iranian general?',
        choices: ['Esmail Qaani', 'Qassem Soleimani', 'Abu Mahdi al-Muhandis', 'Mushtaq Jawad Kazim al-Jawari'],
        answer: 1,
        explanation: 'Qassem Soleimani was killed in a US strike in Baghdad in 2020.',
        source:
          'The prime minister attended a memorial service for Iranian general Qassem Soleimani, who was killed in a US strike in Baghdad in 2020.',
      },
      {
        id: 'q5',
        kind: 'number',
        prompt: "Nearly how many people were killed by the two explosions at Soleimani's grave in Kerman?",
        choices: ['20', '50', '100', '250'],
        answer: 2,
        explanation: 'Two explosions ended the memorial service in Kerman, Iran, killing nearly 100 people on Wednesday.',
        source:
          "A memorial service at Soleimani's grave in Kerman, Iran, was ended by two explosions that killed nearly 100 people on Wednesday – something ISIS has claimed ever since.",
      },
      {
        id: 'q6',
        kind: 'date',
        prompt: 'In which year did Iraq claim to have defeated ISIS?',
        choices: ['2014', '2017', '2020', '2023'],
        answer: 1,
        explanation: 'Iraq claimed victory over ISIS in 2017, but groups of militants still carry out sporadic attacks.',
        source:
          'Iraq claimed to have defeated ISIS in 2017, but there are still groups of militants carrying out sporadic attacks.',
      },
    ],
  },
  {
    file: 'demo/quizzes/budget.json',
    article: '10-us-budget-deficit.txt',
    quiz: {
      version: 1,
      id: 'us-budget-deficit-368bn',
      title: 'The US budget deficit',
      lang: 'en',
      article: { title: 'US budget deficit to reach $368bn' },
    },
    questions: [
      {
        id: 'q1',
        kind: 'number',
        prompt: 'How large is the US budget deficit set to be this year, according to officials?',
        choices: ['$348bn', '$368bn', '$412bn', '$855bn'],
        answer: 1,
        explanation: 'Officials said the deficit is set to hit a worse-than-expected $368bn (£197bn) this year.',
        source:
          'The US budget deficit is set to hit a worse-than-expected $368bn (£197bn) this year, officials said on Tuesday.',
      },
      {
        id: 'q2',
        kind: 'number',
        prompt: 'What record did the budget deficit hit in the 12 months to 30 September 2004?',
        choices: ['$348bn', '$377bn', '$412bn', '$855bn'],
        answer: 2,
        explanation: 'The deficit hit a record $412bn, after $377bn in the previous fiscal year.',
        source:
          'The budget deficit hit a record $412bn in the 12 months to 30 September 2004, after reaching $377bn in the previous fiscal year.',
      },
      {
        id: 'q3',
        kind: 'date',
        prompt: 'In which month did the gap between US exports and imports widen to more than $60bn?',
        choices: ['September', 'October', 'November', 'December'],
        answer: 2,
        explanation: 'The trade gap widened to more than $60bn in November, a record figure.',
        source: 'In November, the gap between US exports and imports widened to more than $60bn, a record figure.',
      },
      {
        id: 'q4',
        kind: 'actor',
        prompt: 'Which body forecast a total shortfall of $855bn for the years from 2006 to 2015?',
        choices: [
          'The Federal Reserve',
          'The Congressional Budget Office',
          'The Treasury Department',
          'The Office of Management and Budget',
        ],
        answer: 1,
        explanation: 'The Congressional Budget Office (CBO), a non-partisan fiscal watchdog, made the forecast.',
        source:
          'The CBO also forecast a total shortfall of $855bn for the years from 2006 to 2015, an improvement on previous projections.',
      },
      {
        id: 'q5',
        kind: 'number',
        prompt: 'Within how many years did President George W Bush pledge to halve the budget deficit?',
        choices: ['Two', 'Three', 'Five', 'Ten'],
        answer: 2,
        explanation: 'Halving the deficit within five years was one of his election pledges.',
        source:
          "One of President George W Bush's election pledges was to halve the budget deficit within five years.",
      },
    ],
  },
];

/** The short inline quiz of demo/inline.html: the seed quiz's first three questions. */
const INLINE = { file: 'demo/inline.html', from: 'demo/quizzes/seed.json', id: 'iraq-coalition-inline', take: 3 };
const INLINE_START = '<script type="application/json">';
const INLINE_MARK = '<!-- quiz:inline -->';

/**
 * Builds one quiz from its definition and the article body.
 * @param {(typeof QUIZZES)[number]} def
 * @param {string} body
 */
export function buildQuiz(def, body) {
  return {
    ...def.quiz,
    questions: def.questions.map((q) => {
      if (!Number.isInteger(q.answer) || q.answer < 0 || q.answer >= q.choices.length) {
        throw new Error(`${def.file} ${q.id}: answer ${q.answer} is not an index of its ${q.choices.length} choices`);
      }
      return { ...q, source: locate(body, q.source) };
    }),
  };
}

/**
 * JSON safe to put inside an HTML `<script>` element (no `</script>`, no `<!--`).
 * @param {unknown} value
 */
export function jsonForScript(value) {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}

function main() {
  const check = process.argv.includes('--check');
  const corpus = findCorpusDir();
  if (!corpus) {
    console.error('make-seed-quiz: corpus not found; set NEWS_QUIZ_CORPUS to the directory holding 00-seed-iraq-coalition.txt');
    process.exit(2);
  }
  /** @type {Map<string, string>} */
  const outputs = new Map();
  for (const def of QUIZZES) {
    const { body } = splitArticleFile(readFileSync(join(corpus, def.article), 'utf8'));
    outputs.set(def.file, JSON.stringify(buildQuiz(def, body), null, 2) + '\n');
  }
  const seed = JSON.parse(/** @type {string} */ (outputs.get(INLINE.from)));
  const inlineQuiz = { ...seed, id: INLINE.id, questions: seed.questions.slice(0, INLINE.take) };
  const htmlPath = join(ROOT, INLINE.file);
  if (existsSync(htmlPath)) {
    const html = readFileSync(htmlPath, 'utf8');
    const at = html.indexOf(INLINE_MARK);
    if (at < 0) throw new Error(`${INLINE.file}: marker ${INLINE_MARK} not found`);
    const open = html.indexOf(INLINE_START, at);
    const close = html.indexOf('</script>', open);
    const indent = ' '.repeat(12);
    const json = jsonForScript(inlineQuiz).replace(/\n/g, `\n${indent}`);
    outputs.set(INLINE.file, `${html.slice(0, open + INLINE_START.length)}\n${indent}${json}\n${' '.repeat(10)}${html.slice(close)}`);
  }
  let stale = 0;
  for (const [file, content] of outputs) {
    const path = join(ROOT, file);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (current === content) continue;
    if (check) {
      console.error(`make-seed-quiz: ${file} is out of date; run node scripts/make-seed-quiz.mjs`);
      stale++;
    } else {
      writeFileSync(path, content);
      console.log(`wrote ${file}`);
    }
  }
  if (stale) process.exit(1);
  if (check) console.log('make-seed-quiz: demo quizzes are up to date');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
