// @web/test-runner: element tests in real Chromium (Debian's, or CHROME_PATH). No browser download.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { axTreePlugin } from './scripts/wtr-ax-tree.mjs';
import { reactEsmPlugin } from './scripts/wtr-react.mjs';

/** Answers `/test/element/fixtures/slow/<file>` after a delay, to test `src` time-outs and aborts. */
function slowFixtures() {
  return async (ctx, next) => {
    if (ctx.path.includes('/fixtures/slow/')) {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      ctx.path = ctx.path.replace('/slow/', '/');
    }
    return next();
  };
}

export default {
  files: ['test/element/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time: the in-page tests measure long tasks and layout shift, which a second file running
  // beside them (on a 2-core CI machine) would distort.
  concurrency: 1,
  middleware: [slowFixtures()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), axTreePlugin(), reactEsmPlugin()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), countReporter()],
};
