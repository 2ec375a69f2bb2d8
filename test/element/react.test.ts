import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { NewsQuiz } from '../../src/react.js';
import type { NewsQuiz as NewsQuizElement } from '../../src/element/news-quiz.js';
import type { NewsQuizAnswerEvent } from '../../src/element/events.js';
import { choose, equal, q, uniqueQuiz, until } from './helpers.js';

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  root?.unmount();
  host?.remove();
});

describe('news-quiz/react', () => {
  it('passes the quiz as a property and calls typed event callbacks', async () => {
    const quiz = await uniqueQuiz();
    const answers: NewsQuizAnswerEvent[] = [];
    let ready = 0;
    host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
    flushSync(() =>
      root!.render(
        createElement(NewsQuiz, {
          quiz,
          reveal: 'each',
          onReady: () => void ready++,
          onAnswer: (e) => void answers.push(e),
        }),
      ),
    );
    const el = await until(() => host!.querySelector('news-quiz') as NewsQuizElement | null, 'the element');
    equal(el.quiz, quiz, 'quiz property');
    await until(() => q(el, 'input[type=radio]'), 'the first question');
    equal(ready, 1, 'onReady calls');
    const first = quiz.questions[0]!;
    await choose(el, first.type === undefined || first.type === 'choice' ? first.answer : 0, 'Check answer');
    await until(() => answers.length === 1, 'onAnswer');
    equal(answers[0]!.questionId, first.id, 'questionId');
  });
});
