import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, RollupOptions } from 'rollup';
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
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    // Collapse whitespace inside html`` and css`` templates before TypeScript and terser.
    literalsHtmlCssMinifier({ include: ['src/**/*.ts'] }),
    typescript({
      tsconfig: './tsconfig.json',
      include: ['src/**/*.ts'],
      exclude: ['test/**', 'scripts/**', '*.config.ts'],
      filterRoot: '.',
      declaration: false,
      declarationMap: false,
      sourceMap: true,
      outDir: 'dist',
    }),
    terser({
      module: true,
      ecma: 2020,
      compress: { passes: 2, unsafe_arrows: true },
      format: { comments: false },
    }),
  ],
};

export default [library, cdn];
