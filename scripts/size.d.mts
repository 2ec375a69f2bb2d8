/** Types for scripts/size.mjs (the size budget check). */
export declare const MAIN_BUNDLE: 'news-quiz.min.js';
export declare const BUDGETS: Readonly<Record<string, number>>;
export declare const TARGETS: Readonly<Record<string, number>>;
export declare const PEERS: ReadonlyArray<{ name: string; gzip: number }>;
export interface Measured { file: string; min: number; gzip: number }
export interface Checked extends Measured { budget: number | null; over: boolean; target?: boolean }
export declare function measure(bytes: Uint8Array): { min: number; gzip: number };
export declare function kb(bytes: number): string;
export declare function checkBudgets(
  measured: Measured[],
  budgets?: Readonly<Record<string, number>>,
  targets?: Readonly<Record<string, number>>,
): { rows: Checked[]; failures: string[]; warnings: string[] };
export declare function formatReport(result: { rows: Checked[]; failures: string[]; warnings?: string[] }): string;
export declare function run(distDir: string): { exitCode: 0 | 1; output: string };
