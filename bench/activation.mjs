// The extension's activation, as VS Code counts it, and the work it leaves for right after.
// Each run is a fresh Node process with a stand-in for the `vscode` module (only the extension
// host has the real one) that:
//   - requires the entry module dist/client.js and calls its activate() until the returned
//     promise settles: what VS Code reports as the activation time (code loading plus the
//     activate call);
//   - then waits for the language client bundle (dist/language-client.js), which the entry
//     loads after activation, and times loading it. Starting the language server needs a real
//     VS Code, so the stand-in stops there; the end-to-end test prints VS Code's own activation
//     figure and the extension's log of when the server answered.
// `npm run bench` includes it; `npm run bench:activation` runs it alone.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'client.js');
const languageClient = join(root, 'dist', 'language-client.js');

// Any property of the stand-in is another stand-in that can be called, constructed or extended.
// The module itself lists the API's names, as bundles copy them (`import * as vscode`).
// The language client module is loaded for real and timed; what it exports is replaced by a
// server that never starts (a real start needs VS Code).
const apiNames = [...new Set([...readFileSync(join(root, 'node_modules/@types/vscode/index.d.ts'), 'utf8').matchAll(/^\s*export (?:declare )?(?:class|namespace|enum|function|const|let) (\w+)/gm)].map((match) => match[1]))];
const probe = `
const Module = require('module');
const stub = () => new Proxy(function () {}, { get: (target, key) => (key === '__esModule' ? true : key === 'prototype' ? {} : key === 'then' ? undefined : stub()), apply: () => stub(), construct: () => stub() });
const vscode = new Proxy({}, {
  get: (target, key) => (key === 'then' ? undefined : stub()),
  ownKeys: () => ${JSON.stringify(apiNames)},
  getOwnPropertyDescriptor: () => ({ configurable: true, enumerable: true, writable: true, value: stub() }),
});
const times = {};
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'vscode') return vscode;
  if (!request.endsWith('language-client.js')) return load.call(this, request, ...rest);
  const started = performance.now();
  load.call(this, request, ...rest);
  times.deferredLoad = performance.now() - started;
  times.deferredLoadedAfterActivation = performance.now() - times.activatedAt;
  setImmediate(() => { process.stdout.write(JSON.stringify(times)); process.exit(0); });
  return { LanguageServer: class { start() { return new Promise(() => {}); } stop() {} restart() {} workspaceTrustGranted() {} } };
};
setTimeout(() => { process.stdout.write(JSON.stringify(times)); process.exit(0); }, 5000);
(async () => {
  const started = performance.now();
  const extension = require(${JSON.stringify(entry)});
  const loaded = performance.now();
  await extension.activate(stub());
  times.activatedAt = performance.now();
  times.codeLoading = loaded - started;
  times.activateCall = times.activatedAt - loaded;
  times.activation = times.activatedAt - started;
})().catch((error) => {
  process.stdout.write(JSON.stringify({ error: String(error?.stack ?? error).split('\\n').slice(0, 3).join(' / ') }));
  process.exit(0);
});
`;

/** Runs the production bundles (already built) in `runs` fresh processes; milliseconds. */
export function measureActivation(runs = 15) {
  if (!existsSync(entry)) throw new Error(`no ${entry}: build first (node esbuild.mjs --production)`);
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const sample = JSON.parse(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
    if (sample.error) throw new Error(`activating ${entry} with the stand-in failed: ${sample.error}`);
    samples.push(sample);
  }
  const figures = (key) => {
    const values = samples.map((sample) => sample[key]).filter((value) => typeof value === 'number').sort((a, b) => a - b);
    const at = (p) => values[Math.min(values.length - 1, Math.floor(values.length * p))];
    return values.length ? { median: at(0.5), p90: at(0.9), fastest: values[0] } : undefined;
  };
  return {
    runs,
    entryBytes: statSync(entry).size,
    deferredBytes: existsSync(languageClient) ? statSync(languageClient).size : undefined,
    activation: figures('activation'),
    codeLoading: figures('codeLoading'),
    activateCall: figures('activateCall'),
    deferredLoad: figures('deferredLoad'),
    deferredLoadedAfterActivation: figures('deferredLoadedAfterActivation'),
  };
}

const spread = (figures) => (figures ? `median ${figures.median.toFixed(1)} ms, p90 ${figures.p90.toFixed(1)} ms, fastest ${figures.fastest.toFixed(1)} ms` : 'not measured');

export function describeActivation({ runs, entryBytes, deferredBytes, activation, codeLoading, activateCall, deferredLoad, deferredLoadedAfterActivation }) {
  return (
    `activation as VS Code counts it (dist/client.js, ${(entryBytes / 1024).toFixed(0)} KB: loading it plus activate() until its promise settles): ${spread(activation)} ` +
    `(loading ${codeLoading ? codeLoading.median.toFixed(1) : 'n/a'} ms + activate ${activateCall ? activateCall.median.toFixed(1) : 'n/a'} ms, medians); ` +
    `after activation, loading the language client (dist/language-client.js${deferredBytes ? `, ${(deferredBytes / 1024).toFixed(0)} KB` : ''}): ${spread(deferredLoad)}, ` +
    `loaded ${deferredLoadedAfterActivation ? deferredLoadedAfterActivation.median.toFixed(1) : 'n/a'} ms after activation (median); ${runs} fresh processes`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!process.argv.includes('--no-build')) execFileSync(process.execPath, [join(root, 'esbuild.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
  console.log(describeActivation(measureActivation()));
}
