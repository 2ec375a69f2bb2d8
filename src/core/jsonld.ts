/**
 * Quiz JSON → schema.org JSON-LD (`Quiz` with `hasPart` `Question`s), for
 * publishers who embed quizzes as structured data. Pure: no DOM.
 */
import { formatEstimate } from './estimate.js';
import type { Question, Quiz } from './types.js';

/** JSON-LD for one answer choice. */
interface AnswerLd {
  '@type': 'Answer';
  text: string;
  position: number;
  answerExplanation?: { '@type': 'Comment'; text: string };
  citation?: { '@type': 'Quotation'; text: string };
}

/**
 * Converts a quiz to a schema.org `Quiz`: each question becomes a `Question`
 * (`eduQuestionType` "Multiple choice") whose correct choice is its
 * `acceptedAnswer` (with the explanation as `answerExplanation` and the
 * source sentence as a `Quotation` `citation`) and whose other choices are
 * `suggestedAnswer`s; `position` is 1-based: the question's place in the quiz, the choice's place in `choices`. The
 * article the quiz is `about` becomes a `NewsArticle`.
 */
export function quizToJsonLd(quiz: Quiz): object {
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Quiz',
    identifier: quiz.id,
    name: quiz.title,
  };
  if (quiz.lang) ld.inLanguage = quiz.lang;
  const a = quiz.article;
  if (a && (a.title || a.url || a.datePublished)) {
    const about: Record<string, unknown> = { '@type': 'NewsArticle' };
    if (a.title) about.headline = a.title;
    if (a.url) about.url = a.url;
    if (a.datePublished) about.datePublished = a.datePublished;
    ld.about = about;
  }
  ld.hasPart = quiz.questions.map((q, i) => ({
    '@type': 'Question',
    identifier: q.id,
    position: i + 1,
    text: q.prompt,
    keywords: q.kind,
    ...answersLd(q),
  }));
  return ld;
}

/** The accepted answer carries the explanation and the source sentence. */
function accepted(answer: AnswerLd, q: Question): AnswerLd {
  if (q.explanation) answer.answerExplanation = { '@type': 'Comment', text: q.explanation };
  if (q.source?.sentence) answer.citation = { '@type': 'Quotation', text: q.source.sentence };
  return answer;
}

/**
 * The answers of one question: for a choice question the correct choice is the `acceptedAnswer` and the
 * others are `suggestedAnswer`s; an estimate's accepted answer is the figure as the article writes it; an
 * order question's is the events in time order, each with its date as the article gives it.
 */
function answersLd(q: Question): Record<string, unknown> {
  if (q.type === 'estimate') {
    const text = q.answerText ?? formatEstimate(q, q.answerValue);
    return { eduQuestionType: 'Estimate', acceptedAnswer: accepted({ '@type': 'Answer', text, position: 1 }, q) };
  }
  if (q.type === 'order') {
    const text = q.events.map((ev, k) => `${k + 1}. ${ev.text} (${ev.date})`).join('; ');
    return { eduQuestionType: 'Ordering', acceptedAnswer: accepted({ '@type': 'Answer', text, position: 1 }, q) };
  }
  const answers: AnswerLd[] = q.choices.map((text, k) => ({ '@type': 'Answer', text, position: k + 1 }));
  const key = answers[q.answer];
  return {
    eduQuestionType: 'Multiple choice',
    ...(key ? { acceptedAnswer: accepted(key, q) } : {}),
    suggestedAnswer: answers.filter((_, k) => k !== q.answer),
  };
}
