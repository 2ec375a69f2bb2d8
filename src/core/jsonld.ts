/**
 * Quiz JSON → schema.org JSON-LD (`Quiz` with `hasPart` `Question`s), for
 * publishers who embed quizzes as structured data. Pure: no DOM.
 */
import type { Quiz } from './types.js';

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
  ld.hasPart = quiz.questions.map((q, i) => {
    const answers: AnswerLd[] = q.choices.map((text, k) => ({ '@type': 'Answer', text, position: k + 1 }));
    const accepted = answers[q.answer];
    if (accepted) {
      if (q.explanation) accepted.answerExplanation = { '@type': 'Comment', text: q.explanation };
      if (q.source?.sentence) accepted.citation = { '@type': 'Quotation', text: q.source.sentence };
    }
    const question: Record<string, unknown> = {
      '@type': 'Question',
      identifier: q.id,
      position: i + 1,
      eduQuestionType: 'Multiple choice',
      text: q.prompt,
      keywords: q.kind,
    };
    if (accepted) question.acceptedAnswer = accepted;
    question.suggestedAnswer = answers.filter((_, k) => k !== q.answer);
    return question;
  });
  return ld;
}
