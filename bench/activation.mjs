// How long loading the extension's code takes: the part of VS Code's activation time that the
// bundle decides. Each run is a fresh Node process that requires dist/client.js with a
// stand-in for the `vscode` module (only the extension host has the real one). The end-to-end
// test prints VS Code's own figure (code loading plus the activate call) from "Developer: Show
// Running Extensions". `npm run bench` includes it; `npm run bench:activation` runs it alone.

import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const client = join(root, 'dist', 'client.js');

// Any property of the stand-in is another stand-in that can be called, constructed or extended.
const probe = `
const Module = require('module');
const stub = () => new Proxy(function () {}, { get: (target, key) => (key === '__esModule' ? true : key === 'prototype' ? {} : stub()), apply: () => stub(), construct: () => stub() });
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? stub() : load.call(this, request, ...rest); };
const started = performance.now();
require(${JSON.stringify(client)});
process.stdout.write(String(performance.now() - started));
`;

/** Loads the production client bundle (already built) in `runs` fresh processes; milliseconds, sorted. */
export function measureActivation(runs = 15) {
  if (!existsSync(client)) throw new Error(`no ${client}: build first (node esbuild.mjs --production)`);
  const times = [];
  for (let run = 0; run < runs; run++) times.push(Number(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' })));
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(times.length * p))];
  return { bytes: statSync(client).size, runs, median: at(0.5), p90: at(0.9), fastest: times[0] };
}

export function describeActivation({ bytes, runs, median, p90, fastest }) {
  return `dist/client.js: ${(bytes / 1024).toFixed(0)} KB; loading it: median ${median.toFixed(1)} ms, p90 ${p90.toFixed(1)} ms, fastest ${fastest.toFixed(1)} ms (${runs} fresh processes)`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  execFileSync(process.execPath, [join(root, 'esbuild.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
  console.log(describeActivation(measureActivation()));
}
