export const SEED_PAGE: string;
export interface Probe {
  entered: number;
  ready: number;
  error: string;
  questions: number;
  longTasks: { start: number; duration: number }[];
  shifts: { start: number; value: number }[];
}
export interface InPageRun {
  toQuiz: number;
  longestTask: number;
  longestTaskAll: number;
  cls: number;
  questions: number;
}
export function probe(): void;
export function summarize(p: Probe): InPageRun;
export function measureInPage(context: import('playwright-core').BrowserContext, url: string): Promise<InPageRun>;
