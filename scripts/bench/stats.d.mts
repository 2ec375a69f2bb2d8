/** Types for scripts/bench/stats.mjs. */
export interface Figure { name: string; ours: number; theirs: number }
export interface Judged extends Figure { ratio: number; met: boolean }
export declare function median(values: readonly number[]): number;
export declare function ratio(theirs: number, ours: number): number;
export declare function judge<F extends Figure>(figures: readonly F[], factor?: number): { figures: (F & Judged)[]; met: boolean };
export declare function formatMs(ms: number): string;
export declare function formatBytes(bytes: number): string;
