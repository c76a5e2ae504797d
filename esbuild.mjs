// Bundles the extension client, the language server, the command line and its worker.
// Each bundle is self-contained, so the packaged extension ships no node_modules.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's "main" is a UMD build whose dynamic requires a bundle cannot resolve;
  // its ESM build ("module") bundles cleanly.
  mainFields: ['module', 'main'],
  // Some ESM dependencies probe `import.meta.url`; nothing here needs it.
  define: { 'import.meta.url': 'undefined' },
};

// The tagger's English model (rules/engine/tagger.ts) is 3.7 MB of JavaScript. The Node server,
// the command line and the browser server each carry the engine, so it is one bundle of its own
// that they load from beside them, once, on the first sentence tagged: the package holds one
// copy. Node loads it with `require`; a web worker, which has no `require`, with `importScripts`.
const sharedTaggerModel = {
  name: 'shared-tagger-model',
  setup(build) {
    build.onResolve({ filter: /^wink-eng-lite-web-model$/ }, () => ({ path: './tagger-model.js', external: true }));
  },
};

/** For bundles that run in a browser's web worker: no Node built-ins. */
const browser = { platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] };

const builds = [
  // The extension's entry: small, because VS Code counts loading it as activation time.
  { entryPoints: ['client/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // Loaded by the entry right after activation: vscode-languageclient (see client/extension.ts).
  { entryPoints: ['client/language-client.ts'], outfile: 'dist/language-client.js', external: ['vscode'] },
  // Loaded by the client on the first workspace command: it holds the engine (see client/workspace-commands.ts).
  { entryPoints: ['server/main.ts'], outfile: 'dist/server.js' },
  // The lint worker's entry: runs dist/server.js with V8's code cache (see server/code-cache.ts).
  { entryPoints: ['server/lint-worker-loader.ts'], outfile: 'dist/lint-worker-loader.js' },
  // The web extension (package.json "browser"): its entry runs in VS Code for the web's web worker
  // extension host, and starts the same server in a web worker of its own (see client/browser-client.ts).
  { entryPoints: ['client/browser-client.ts'], outfile: 'dist/browser-client.js', external: ['vscode'], ...browser },
  // A web worker has no DOM: packages' "worker" builds, not their "browser" ones (which may use `document`).
  { entryPoints: ['server/browser-main.ts'], outfile: 'dist/browser-server.js', ...browser, conditions: ['worker'], format: 'iife' },
  { entryPoints: ['cli/main.ts'], outfile: 'dist/cli.js' },
  // One file for Node (require: module.exports) and the browser's web worker (importScripts: a global), see rules/engine/tagger.ts.
  {
    entryPoints: ['wink-eng-lite-web-model'],
    outfile: 'dist/tagger-model.js',
    format: 'iife',
    globalName: 'healthLintTaggerModel',
    footer: { js: "if (typeof module === 'object' && module.exports) module.exports = healthLintTaggerModel;" },
  },
];

const contexts = await Promise.all(builds.map((build) => esbuild.context({ ...common, plugins: build.outfile === 'dist/tagger-model.js' ? [] : [sharedTaggerModel], ...build })));
if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
}
