// `npm test`: type-check, pure tests (vitest, Node), build, element tests (@web/test-runner, real Chromium).
// Finds Chrome/Chromium itself (see find-chrome.mjs) and prints one closing line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChrome } from './find-chrome.mjs';

const chrome = ensureChrome();
const env = { ...process.env, CHROME_PATH: chrome };
const bin = (name) => `node_modules/.bin/${name}`;
if (!existsSync(bin('vitest'))) {
  console.error('Dependencies are missing: run `npm ci` (or `npm install`) first.');
  process.exit(1);
}
mkdirSync('.cache', { recursive: true });

function run(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
const steps = [];

steps.push(run('Type-check (tsc, and the core without DOM types)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']));
steps.push(run('Core is DOM-free', bin('tsc'), ['-p', 'tsconfig.core.json']));

rmSync('.cache/vitest.json', { force: true });
steps.push(
  run('Pure tests (vitest)', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=.cache/vitest.json',
  ]),
);
const unit = readJson('.cache/vitest.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
}

// The demo editor and the in-page tests load the built files, as publishers do.
steps.push(run('Build (dist/ for the demo pages under test)', 'npm', ['run', '--silent', 'build']));

rmSync('.cache/wtr.json', { force: true });
steps.push(run(`Element tests (@web/test-runner, ${chrome})`, bin('web-test-runner'), []));
const browser = readJson('.cache/wtr.json');
if (browser) {
  passed += browser.passed ?? 0;
  failed += browser.failed ?? 0;
}

const ok = steps.every(Boolean);
if (!ok && failed === 0) failed = 1; // a step failed without a test result (type error, crash)
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
