/** Types for scripts/make-seed-quiz.mjs (writes the hand-authored demo quizzes). */
export declare function findCorpusDir(): string | null;
export declare function splitArticleFile(file: string): { title: string; body: string };
export declare function locate(body: string, sentence: string): { sentence: string; start: number; end: number };
export declare function jsonForScript(value: unknown): string;
