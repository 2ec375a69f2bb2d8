// @web/test-runner plugin: serves React (CommonJS only) as ES modules for the React wrapper's test.
// One esbuild bundle holds react, react-dom and react-dom/client (one copy of React); small shims
// give each bare specifier its default and named exports.
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
/** Each bare specifier: its name in the bundle and its export names (read from the package itself). */
const SHIMS = Object.fromEntries(
  [
    ['react', 'R'],
    ['react-dom', 'D'],
    ['react-dom/client', 'C'],
  ].map(([name, local]) => [name, [local, Object.keys(require(name)).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k))]]),
);

export function reactEsmPlugin() {
  let bundle;
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (source in SHIMS) return `/__react/${source.replace('/', '-')}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith('/__react/')) return;
      if (context.path === '/__react/all.js') {
        bundle ??= build({
          stdin: {
            contents: "import R from 'react'; import D from 'react-dom'; import C from 'react-dom/client'; export { R, D, C };",
            resolveDir: process.cwd(),
          },
          bundle: true,
          format: 'esm',
          write: false,
          define: { 'process.env.NODE_ENV': '"development"' },
        }).then((r) => r.outputFiles[0].text);
        return { body: await bundle, type: 'js' };
      }
      const entry = Object.entries(SHIMS).find(([name]) => context.path === `/__react/${name.replace('/', '-')}.js`);
      if (!entry) return;
      const [, [local, names]] = entry;
      return {
        body: `import { ${local} } from '/__react/all.js';\nexport default ${local};\nexport const { ${names.join(', ')} } = ${local};\n`,
        type: 'js',
      };
    },
  };
}
