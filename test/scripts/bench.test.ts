/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { benchPage } from '../../scripts/bench/pages.mjs';
import { benchQuiz, toSurveyJs } from '../../scripts/bench/quiz.mjs';
import { judge, median, ratio } from '../../scripts/bench/stats.mjs';
import { summarize, type Probe } from '../../scripts/bench/in-page.mjs';

describe('median', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1000, 10, 10, 10, 10], 10],
  ])('median(%j) = %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(/empty/);
  });
});

describe('ratio and judge', () => {
  it('is theirs over ours', () => {
    expect(ratio(500, 100)).toBe(5);
    expect(ratio(1, 0)).toBe(Infinity);
  });

  it.each([
    [[{ name: 'a', ours: 10, theirs: 50 }], true],
    [[{ name: 'a', ours: 10, theirs: 49.9 }], false],
    [[{ name: 'a', ours: 10, theirs: 60 }, { name: 'b', ours: 10, theirs: 20 }], false],
    [[], false],
  ])('goal 5x on %j → %s', (figures, met) => {
    expect(judge(figures).met).toBe(met);
  });
});

describe('bench quiz', () => {
  const quiz = benchQuiz();

  it('has 10 questions with unique ids', () => {
    expect(quiz.questions).toHaveLength(10);
    expect(new Set(quiz.questions.map((q) => q.id)).size).toBe(10);
  });

  it('gives SurveyJS the same questions with the same right answers', () => {
    const survey = toSurveyJs(quiz) as { pages: { elements: { title: string; choices: { value: number; text: string }[]; correctAnswer: number }[] }[] };
    const elements = survey.pages.flatMap((p) => p.elements);
    expect(elements).toHaveLength(10);
    elements.forEach((el, i) => {
      const q = quiz.questions[i]!;
      expect(el.title).toBe(q.prompt);
      expect(el.choices.map((c) => c.text)).toEqual(q.choices);
      expect(el.choices.find((c) => c.value === el.correctAnswer)?.text).toBe(q.choices[q.answer]);
    });
  });
});

describe('benchPage', () => {
  const quiz = benchQuiz();
  const survey = toSurveyJs(quiz);

  it.each([1, 50])('renders %d news-quiz instances with inline JSON', (count) => {
    const html = benchPage({ library: 'news-quiz', count, quiz, survey });
    expect(html.match(/<news-quiz no-persist>/g)).toHaveLength(count);
    expect(html).toContain('<script type="module" src="/dist/news-quiz.min.js"></script>');
    expect(html.indexOf('window.__t0')).toBeLessThan(html.indexOf('news-quiz.min.js'));
  });

  it('loads SurveyJS core and UI as classic scripts with one container per instance', () => {
    const html = benchPage({ library: 'surveyjs', count: 50, quiz, survey });
    expect(html.match(/class="bench-survey"/g)).toHaveLength(50);
    expect(html).toMatch(/survey\.core\.min\.js[\s\S]*survey-js-ui\.min\.js/);
  });

  it('keeps quiz text from closing its script element', () => {
    const evil = { ...quiz, title: '</script><script>alert(1)</script>' };
    const html = benchPage({ library: 'news-quiz', count: 1, quiz: evil, survey });
    expect(html).not.toContain('</script><script>alert(1)');
  });
});

describe('in-page generation figures (summarize)', () => {
  const base: Probe = { entered: 1000, ready: 1400, error: '', questions: 5, longTasks: [], shifts: [] };

  it('times from entering the viewport to the quiz; 0 when it was built before', () => {
    expect(summarize(base).toQuiz).toBe(400);
    expect(summarize({ ...base, entered: 2000 }).toQuiz).toBe(0);
  });

  it('the longest task counts only from entering (or building) to 300 ms after ready; the whole load apart', () => {
    const longTasks = [
      { start: 100, duration: 180 }, // page load, before the quiz
      { start: 1100, duration: 60 },
      { start: 1750, duration: 90 }, // after ready + 300 ms
    ];
    const r = summarize({ ...base, longTasks });
    expect(r.longestTask).toBe(60);
    expect(r.longestTaskAll).toBe(180);
  });

  it('sums the layout shifts', () => {
    expect(summarize({ ...base, shifts: [{ start: 1, value: 0.01 }, { start: 2, value: 0.02 }] }).cls).toBeCloseTo(0.03);
    expect(summarize(base).cls).toBe(0);
  });

  it('fails on an error box or no quiz', () => {
    expect(() => summarize({ ...base, error: 'No article to quiz on' })).toThrow(/No article to quiz on/);
    expect(() => summarize({ ...base, ready: -1 })).toThrow(/no generated quiz/);
  });
});
