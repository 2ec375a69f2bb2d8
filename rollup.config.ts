import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, RollupOptions, TransformHook } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';

/** Every TypeScript module under src/, so the npm output mirrors the source tree. */
function sourceModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceModules(path);
    return /\.ts$/.test(entry.name) && !/\.(d|test)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Publishes the Quiz v1 JSON Schema as dist/quiz.schema.json (exported as news-quiz/schema.json). */
function quizSchema(): Plugin {
  return {
    name: 'quiz-schema',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'quiz.schema.json',
        source: readFileSync('src/core/quiz.schema.json', 'utf8'),
      });
    },
  };
}

const external = (id: string) =>
  /^(lit|@lit|@lit-labs|tslib|react)(\/|$)/.test(id) || id.startsWith('node:');

/** npm output: unbundled ESM, declarations and source maps; lit and tslib stay dependencies. */
const library: RollupOptions = {
  input: sourceModules('src').filter((f) => !f.endsWith('cdn.ts')),
  external,
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
  plugins: [
    typescript({
      tsconfig: './tsconfig.json',
      include: ['src/**/*.ts'],
      exclude: ['test/**', 'scripts/**', '*.config.ts'],
      filterRoot: '.',
      rootDir: 'src',
      outDir: 'dist',
      declaration: true,
      declarationMap: true,
      sourceMap: true,
    }),
    quizSchema(),
  ],
};

/** TypeScript for the self-contained browser files (CDN and in-page builder): no declarations, source maps. */
const bundleTypescript = (): Plugin =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    exclude: ['test/**', 'scripts/**', '*.config.ts'],
    filterRoot: '.',
    declaration: false,
    declarationMap: false,
    sourceMap: true,
    outDir: 'dist',
  });

/** The worker's URL as src/builder-client.ts writes it (the form bundlers recognise in the npm output). */
const WORKER_URL = "new URL('./builder-worker.js', import.meta.url)";
/** The module that starts the builder's worker from the page. */
const CLIENT_RE = /[\\/]src[\\/]builder-client\.ts$/;

/** A transform hook that writes `url` for the worker's URL in src/builder-client.ts (and fails if it is not there). */
function workerUrlTo(url: string): TransformHook {
  return function (code, id) {
    if (!CLIENT_RE.test(id)) return null;
    if (!code.includes(WORKER_URL)) this.error(`src/builder-client.ts no longer contains ${WORKER_URL}: update rollup.config.ts`);
    return { code: code.split(WORKER_URL).join(url), map: null };
  };
}

/** What the CDN files call the in-page builder: its own file, not a chunk of news-quiz.min.js. */
const BUILDER_ID = 'news-quiz:builder';

/**
 * Keeps the in-page builder out of the CDN graph: the page's fallback
 * `import('./builder-worker.js')` in builder-client.ts becomes
 * `import('./news-quiz-builder.min.js')`, and the worker it starts runs that
 * file, built on its own (below). As a chunk of this graph, the core modules it
 * shares with the element (text, validate, estimate rules, …) would move into
 * news-quiz.min.js whole, for the builder's sake (+2.6 KB gzip measured).
 */
function separateBuilder(): Plugin {
  return {
    name: 'separate-builder',
    resolveId(source, importer) {
      if (source === './builder-worker.js' && importer && CLIENT_RE.test(importer)) return { id: BUILDER_ID, external: true };
      return null;
    },
    transform: workerUrlTo("new URL('./news-quiz-builder.min.js', import.meta.url)"),
  };
}

/** The drop-in file for `<script type="module" src=".../news-quiz.min.js">`, lit included. */
const cdn: RollupOptions = {
  input: { 'news-quiz.min': 'src/cdn.ts' },
  // Keep shared code in the entry file (lazy chunks import from it) rather than in a separate chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'news-quiz-[name].min.js',
    sourcemap: true,
    paths: { [BUILDER_ID]: './news-quiz-builder.min.js' },
  },
  plugins: [
    separateBuilder(),
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    // Collapse whitespace inside html`` and css`` templates before TypeScript and terser.
    literalsHtmlCssMinifier({ include: ['src/**/*.ts'] }),
    bundleTypescript(),
    terser({
      module: true,
      ecma: 2022,
      compress: { passes: 3, unsafe_arrows: true, keep_fargs: false },
      // Shortens the element's private `_names` (lit's own `_$…` internals excluded). Safe because the
      // element declares its reactive properties in `static properties` (no decorators naming them in
      // strings) and no chunk reads another chunk's `_names` (each chunk is minified on its own).
      mangle: { properties: { regex: /^_(?!\$)/ } },
      format: { comments: false },
    }),
  ],
};

/**
 * Makes the CDN builder its own worker: `new URL('./builder-worker.js', import.meta.url)`
 * in builder-client.ts (bundled into this file for `buildInWorker`) becomes this
 * very file, which answers build requests when it runs in a worker.
 */
function builderIsItsWorker(): Plugin {
  return {
    name: 'builder-is-its-worker',
    transform: workerUrlTo('new URL(import.meta.url)'),
  };
}

/**
 * The in-page builder of the CDN build (`news-quiz-builder.min.js`): the
 * article → quiz builder, self-contained, loaded by `<news-quiz>` only when it
 * builds a quiz from its page, and also the module its worker runs.
 */
const builder: RollupOptions = {
  input: { 'news-quiz-builder.min': 'src/builder.ts' },
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', sourcemap: true },
  plugins: [
    builderIsItsWorker(),
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    bundleTypescript(),
    terser({ module: true, ecma: 2020, compress: { passes: 2, unsafe_arrows: true }, format: { comments: false } }),
  ],
};

export default [library, cdn, builder];
