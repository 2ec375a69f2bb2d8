#!/usr/bin/env node
/**
 * A dependency-free static file server for the demo: serves the repository
 * root, so demo pages can load `../dist/news-quiz.min.js`.
 *
 *   node scripts/serve.mjs            http://localhost:8000/ (→ /demo/)
 *   PORT=9000 node scripts/serve.mjs
 *
 * The bench reuses `createStaticServer` with extra in-memory routes.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Content types by file extension (lower case, with the dot). */
export const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
});

/**
 * The content type to serve a file with.
 * @param {string} path
 * @returns {string}
 */
export function contentType(path) {
  return MIME_TYPES[/** @type {keyof typeof MIME_TYPES} */ (extname(path).toLowerCase())] ?? 'application/octet-stream';
}

/**
 * Maps a request URL path to a file under `root`, or null when the path is
 * malformed, names a hidden file or escapes the root (directory traversal).
 * @param {string} root absolute directory
 * @param {string} urlPath the request target, e.g. `/demo/index.html?x=1`
 * @returns {string | null}
 */
export function resolveRequestPath(root, urlPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://localhost').pathname);
  } catch {
    return null;
  }
  // NUL bytes and backslashes (a separator on Windows) have no place in a URL path.
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  // Hidden files and folders (.git, .env) are never served.
  if (pathname.split('/').some((segment) => segment.startsWith('.') && segment !== '.' && segment !== '..')) return null;
  const base = resolve(root);
  const file = resolve(base, '.' + pathname);
  if (file !== base && !file.startsWith(base + sep)) return null;
  return file;
}

/**
 * @typedef {{ status?: number, type: string, body: string | Uint8Array, headers?: Record<string, string> }} RouteResponse
 * @typedef {(pathname: string) => RouteResponse | undefined} Routes
 */

/**
 * Creates (does not start) a static file server.
 * @param {{ root?: string, routes?: Routes, log?: boolean }} [options]
 *   `routes` answers some paths from memory first (used by the bench).
 * @returns {import('node:http').Server}
 */
export function createStaticServer({ root = ROOT, routes, log = false } = {}) {
  return createServer(async (req, res) => {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const done = (/** @type {number} */ status) => {
      if (log) console.log(`${status} ${method} ${url}`);
    };
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
      return done(405);
    }
    const pathname = new URL(url, 'http://localhost').pathname;
    const routed = routes?.(pathname);
    if (routed) {
      const status = routed.status ?? 200;
      res.writeHead(status, { 'content-type': routed.type, 'cache-control': 'no-store', ...routed.headers });
      res.end(method === 'HEAD' ? undefined : routed.body);
      return done(status);
    }
    if (pathname === '/') {
      res.writeHead(302, { location: '/demo/' }).end();
      return done(302);
    }
    let file = resolveRequestPath(root, url);
    if (!file) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request\n');
      return done(400);
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { location: pathname + '/' }).end();
          return done(301);
        }
        file = join(file, 'index.html');
        info = await stat(file);
      }
      if (!info.isFile()) throw new Error('not a file');
      res.writeHead(200, {
        'content-type': contentType(file),
        'content-length': info.size,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      if (method === 'HEAD') {
        res.end();
      } else {
        createReadStream(file).pipe(res);
      }
      return done(200);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}\n`);
      return done(404);
    }
  });
}

function main() {
  const port = Number(process.env.PORT ?? 8000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: PORT must be a port number (0-65535), got ${JSON.stringify(process.env.PORT)}`);
    process.exit(2);
  }
  const server = createStaticServer({ log: process.env.QUIET ? false : true });
  server.on('error', (/** @type {NodeJS.ErrnoException} */ error) => {
    const hint = error.code === 'EADDRINUSE' ? ` (port ${port} is in use; try PORT=${port + 1} npm start)` : '';
    console.error(`serve: ${error.message}${hint}`);
    process.exit(1);
  });
  server.listen(port, () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`news-quiz demo: http://localhost:${actual}/demo/  (serving ${ROOT}; Ctrl+C to stop)`);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
