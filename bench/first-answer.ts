// The language server's first answer for a document opened some time after `initialize` (as an
// editor does: it starts the server, then opens the documents it restores), for one or more
// builds of the server, alternating between them. Issue 13 and 15: the lint worker starts at
// `initialize` and loads the rules and then the tagger's model, so a document opened later
// finds them loaded. Prints wall ms from `didOpen` to the diagnostics, the server's RSS after
// them, and the median per build and delay; no figure is asserted.
//   npx tsx bench/first-answer.ts FILE.md [--server=dist/server.js ...] [--delays=0,500,1500] [--rounds=3]

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, residentMegabytes } from './lsp-client.js';

const args = process.argv.slice(2);
const option = (name: string) => args.filter((arg) => arg.startsWith(`--${name}=`)).map((arg) => arg.slice(name.length + 3));
const file = resolve(args.find((arg) => !arg.startsWith('--')) ?? '');
const servers = option('server').length > 0 ? option('server').map((path) => resolve(path)) : [resolve('dist/server.js')];
const delays = (option('delays')[0] ?? '0,500,1500').split(',').map(Number);
const rounds = Number(option('rounds')[0] ?? 3);
const text = readFileSync(file, 'utf8');
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function firstAnswer(server: string, delay: number): Promise<{ ms: number; rssMB: number; diagnostics: number }> {
  const client = new LspClient(process.execPath, [server, '--stdio']);
  try {
    await client.initialize();
    await sleep(delay);
    const uri = pathToFileURL(file).href;
    const start = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: file.endsWith('.md') ? 'markdown' : 'plaintext', version: 1, text } });
    const report = (await client.request('textDocument/diagnostic', { textDocument: { uri } }, 60_000)) as { items: unknown[] };
    const ms = performance.now() - start;
    return { ms, rssMB: await residentMegabytes(client.pid), diagnostics: report.items.length };
  } finally {
    await client.shutdown();
  }
}

async function main(): Promise<void> {
const results = new Map<string, number[]>();
for (let round = 0; round < rounds; round++) {
  for (const delay of delays) {
    for (const server of servers) {
      const result = await firstAnswer(server, delay);
      const key = `${server} | opened ${delay} ms after initialize`;
      results.set(key, [...(results.get(key) ?? []), result.ms]);
      console.log(`${key}: first diagnostics ${result.ms.toFixed(0)} ms, ${result.diagnostics} diagnostics, RSS ${result.rssMB.toFixed(0)} MB`);
    }
  }
}
console.log('\nmedians:');
for (const [key, times] of results) console.log(`${key}: ${[...times].sort((a, b) => a - b)[Math.floor(times.length / 2)].toFixed(0)} ms (${times.map((ms) => ms.toFixed(0)).join(', ')})`);
}

void main();
