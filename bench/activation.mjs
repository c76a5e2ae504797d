// `npm run bench:activation`: how long loading the extension's code takes, the part of VS
// Code's activation time that the bundle decides. Each run is a fresh Node process that
// requires dist/client.js with a stand-in for the `vscode` module (only the extension host
// has the real one). The end-to-end test prints VS Code's own figure (code loading plus the
// activate call) from "Developer: Show Running Extensions".

import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const client = join(root, 'dist', 'client.js');
const RUNS = 15;

execFileSync(process.execPath, [join(root, 'esbuild.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
if (!existsSync(client)) throw new Error(`no ${client} after the build`);

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
const times = [];
for (let run = 0; run < RUNS; run++) times.push(Number(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' })));
times.sort((a, b) => a - b);
const at = (p) => times[Math.min(times.length - 1, Math.floor(times.length * p))].toFixed(1);
console.log(`dist/client.js: ${(statSync(client).size / 1024).toFixed(0)} KB; loading it: median ${at(0.5)} ms, p90 ${at(0.9)} ms, fastest ${times[0].toFixed(1)} ms (${RUNS} fresh processes)`);
