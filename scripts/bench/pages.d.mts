/** Types for scripts/bench/pages.mjs. */
export type Library = 'news-quiz' | 'surveyjs' | 'blank';
export declare const ASSETS: Readonly<Record<Library, { scripts: string[]; styles: string[] }>>;
export declare function benchPage(options: { library: Library; count: number; quiz: object; survey: object }): string;
