/// <reference types="node" />
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentType, createStaticServer, resolveRequestPath } from '../../scripts/serve.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

describe('resolveRequestPath', () => {
  it.each([
    ['/demo/index.html', join(ROOT, 'demo/index.html')],
    ['/demo/quizzes/seed.json?v=2', join(ROOT, 'demo/quizzes/seed.json')],
    ['/demo/a%20b.html', join(ROOT, 'demo/a b.html')],
    ['/../package.json', join(ROOT, 'package.json')], // URL parsing clamps ".." at the root
  ])('%s → a file inside the root', (url, expected) => {
    expect(resolveRequestPath(ROOT, url)).toBe(expected);
  });

  it.each([
    ['encoded slashes', '/demo/..%2f..%2f..%2fetc/passwd'],
    ['encoded backslashes', '/..%5c..%5cetc%5cpasswd'],
    ['a NUL byte', '/demo/index.html%00.js'],
    ['malformed escapes', '/demo/%E0%A4%A'],
    ['hidden files', '/.git/config'],
  ])('rejects %s', (_label, url) => {
    expect(resolveRequestPath(ROOT, url)).toBeNull();
  });
});

describe('contentType', () => {
  it.each([
    ['x.js', 'text/javascript; charset=utf-8'],
    ['x.JSON', 'application/json; charset=utf-8'],
    ['x.css', 'text/css; charset=utf-8'],
    ['x.svg', 'image/svg+xml'],
    ['x.html', 'text/html; charset=utf-8'],
    ['x.unknown', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentType(file)).toBe(type);
  });
});

describe('createStaticServer', () => {
  const server = createStaticServer({
    root: ROOT,
    routes: (pathname) => (pathname === '/virtual.html' ? { type: 'text/html', body: '<p>hi</p>' } : undefined),
  });
  let origin = '';
  beforeAll(async () => {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('redirects / to /demo/', async () => {
    const res = await fetch(`${origin}/`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/demo/');
  });

  it('serves /demo/ as its index.html', async () => {
    const res = await fetch(`${origin}/demo/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<news-quiz');
  });

  it('serves JSON with its MIME type', async () => {
    const res = await fetch(`${origin}/demo/quizzes/seed.json`);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await res.json()).version).toBe(1);
  });

  it('answers 404 for a missing file and 405 for POST', async () => {
    expect((await fetch(`${origin}/demo/nope.js`)).status).toBe(404);
    expect((await fetch(`${origin}/demo/`, { method: 'POST' })).status).toBe(405);
  });

  it('does not serve outside the root or hidden files', async () => {
    expect((await fetch(`${origin}/demo/..%2f..%2f..%2fetc/passwd`)).status).toBe(400);
    expect((await fetch(`${origin}/.git/HEAD`)).status).toBe(400);
  });

  it('answers in-memory routes first', async () => {
    expect(await (await fetch(`${origin}/virtual.html`)).text()).toBe('<p>hi</p>');
  });
});
