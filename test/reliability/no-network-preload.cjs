// Preloaded with `node --require` (through NODE_OPTIONS) into the server and the CLI by
// no-network.test.ts: every way Node code can reach the network is replaced by a function
// that records the attempt in $HEALTH_LINT_NETWORK_LOG and throws. Each thread that loads
// this file (main thread and worker threads) records that it did, so the test can tell the
// guard covered the lint workers too.
'use strict';
const { appendFileSync } = require('node:fs');
const { threadId } = require('node:worker_threads');

const logFile = process.env.HEALTH_LINT_NETWORK_LOG;
const record = (entry) => {
  if (logFile) appendFileSync(logFile, `${JSON.stringify({ pid: process.pid, threadId, ...entry })}\n`);
};
record({ kind: 'loaded' });

function guard(target, name, label) {
  if (!target || typeof target[name] !== 'function') return;
  target[name] = function blockedNetworkCall(...args) {
    const what = typeof args[0] === 'string' || typeof args[0] === 'number' ? String(args[0]) : args[0] && (args[0].href || args[0].host || args[0].hostname || args[0].path || args[0].url);
    record({ kind: 'attempt', api: label, target: what === undefined ? null : String(what), stack: new Error().stack.split('\n').slice(2, 7).join(' | ') });
    throw new Error(`network access blocked by the Health Lint no-network test: ${label}`);
  };
}

const net = require('node:net');
guard(net, 'connect', 'net.connect');
guard(net, 'createConnection', 'net.createConnection');
guard(net.Socket.prototype, 'connect', 'net.Socket#connect');
const tls = require('node:tls');
guard(tls, 'connect', 'tls.connect');
for (const [module, label] of [[require('node:http'), 'http'], [require('node:https'), 'https']]) {
  guard(module, 'request', `${label}.request`);
  guard(module, 'get', `${label}.get`);
}
guard(require('node:http2'), 'connect', 'http2.connect');
guard(require('node:dgram'), 'createSocket', 'dgram.createSocket');
const dns = require('node:dns');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveTxt', 'resolveNs', 'resolveSrv', 'reverse']) {
  guard(dns, name, `dns.${name}`);
  guard(dns.promises, name, `dns.promises.${name}`);
}
guard(globalThis, 'fetch', 'fetch');
if (typeof globalThis.WebSocket === 'function') guard(globalThis, 'WebSocket', 'WebSocket');
if (typeof globalThis.EventSource === 'function') guard(globalThis, 'EventSource', 'EventSource');
