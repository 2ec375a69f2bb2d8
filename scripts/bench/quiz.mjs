/**
 * The 10-question quiz both libraries render in the bench, in Quiz JSON v1
 * and as the equivalent SurveyJS quiz (radiogroups with `correctAnswer`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Ten questions: the six of demo/quizzes/seed.json, then the first four of
 * demo/quizzes/budget.json (ids renumbered q1…q10).
 * @param {string} [root] repository root
 * @returns {import('./quiz.d.mts').ChoiceQuiz}
 */
export function benchQuiz(root = ROOT) {
  const read = (/** @type {string} */ name) => JSON.parse(readFileSync(join(root, 'demo/quizzes', name), 'utf8'));
  const seed = read('seed.json');
  const budget = read('budget.json');
  const questions = [...seed.questions, ...budget.questions]
    .filter((q) => (q.type ?? 'choice') === 'choice')
    .slice(0, 10).map((q, i) => ({ ...q, id: `q${i + 1}` }));
  if (questions.length !== 10) throw new Error(`bench quiz needs 10 questions, the demo quizzes give ${questions.length}`);
  return { version: 1, id: 'bench-10', title: 'News quiz (bench)', lang: 'en', questions };
}

/**
 * The same quiz as a SurveyJS survey in quiz mode: one radiogroup per page,
 * a progress bar and `correctAnswer` per question, scored on completion.
 * @param {import('./quiz.d.mts').ChoiceQuiz} quiz
 * @returns {Record<string, unknown>}
 */
export function toSurveyJs(quiz) {
  return {
    title: quiz.title,
    locale: quiz.lang ?? 'en',
    showProgressBar: true,
    progressBarLocation: 'top',
    progressBarType: 'questions',
    questionsOnPageMode: 'questionPerPage',
    showQuestionNumbers: 'on',
    completedHtml: '<p>You got {correctAnswers} of {questionCount} right.</p>',
    pages: [
      {
        elements: quiz.questions.map((q) => ({
          type: 'radiogroup',
          name: q.id,
          title: q.prompt,
          isRequired: true,
          choices: q.choices.map((text, value) => ({ value, text })),
          correctAnswer: q.answer,
        })),
      },
    ],
  };
}
