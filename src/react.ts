/**
 * `news-quiz/react`: `<NewsQuiz>` as a React component (via @lit/react), with typed props for the
 * element's properties and typed callbacks for its events. Importing it registers `<news-quiz>`.
 *
 * ```tsx
 * import { NewsQuiz } from 'news-quiz/react';
 * <NewsQuiz quiz={quiz} reveal="end" onComplete={(e) => save(e.score, e.total)} />
 * ```
 *
 * @packageDocumentation
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import './define.js';
import { NewsQuiz as NewsQuizElement } from './element/news-quiz.js';
import type {
  NewsQuizAnswerEvent,
  NewsQuizCompleteEvent,
  NewsQuizErrorEvent,
  NewsQuizReadyEvent,
  NewsQuizStartEvent,
} from './element/events.js';

/** The `<news-quiz>` element as a React component. Events map to `onReady`, `onStart`, `onAnswer`, `onComplete`, `onError`. */
export const NewsQuiz = createComponent({
  tagName: 'news-quiz',
  elementClass: NewsQuizElement,
  react: React,
  events: {
    onReady: 'news-quiz-ready' as EventName<NewsQuizReadyEvent>,
    onStart: 'news-quiz-start' as EventName<NewsQuizStartEvent>,
    onAnswer: 'news-quiz-answer' as EventName<NewsQuizAnswerEvent>,
    onComplete: 'news-quiz-complete' as EventName<NewsQuizCompleteEvent>,
    onError: 'news-quiz-error' as EventName<NewsQuizErrorEvent>,
  },
  displayName: 'NewsQuiz',
});
