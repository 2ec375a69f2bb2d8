/** Types for scripts/serve.mjs (the demo's static file server). */
import type { Server } from 'node:http';
export declare const MIME_TYPES: Readonly<Record<string, string>>;
export declare function contentType(path: string): string;
export declare function resolveRequestPath(root: string, urlPath: string): string | null;
export interface RouteResponse {
  status?: number;
  type: string;
  body: string | Uint8Array;
  headers?: Record<string, string>;
}
export type Routes = (pathname: string) => RouteResponse | undefined;
export declare function createStaticServer(options?: { root?: string; routes?: Routes; log?: boolean }): Server;
