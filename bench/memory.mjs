// `node bench/memory.mjs`: the server-memory part of `npm run bench` alone, with a breakdown.
// Opens N Markdown documents of W words in `node dist/server.js --stdio` (the same documents as
// bench/run.mjs), pulls diagnostics for each once, and reads the server's RSS right after start,
// 1 s after the last lint and 10 s later. With --breakdown it also prints where the memory is:
// both threads' V8 heaps by space (request healthLint/memoryUsage, without forcing a GC) and the
// process's resident memory by mapping (/proc/PID/smaps: the node binary, malloc, anonymous
// mappings, which hold the V8 heaps).
//
//   node bench/memory.mjs [--server dist/server.js] [--documents 200] [--words 2000] [--runs 1]
//                         [--breakdown] [--node-option=--flag ...] [--env NAME=VALUE ...]

import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const many = (name) => args.flatMap((arg, i) => (arg === `--${name}` ? [args[i + 1]] : arg.startsWith(`--${name}=`) ? [arg.slice(name.length + 3)] : []));
const serverPath = resolve(option('server', join(root, 'dist/server.js')));
const count = Number(option('documents', 200));
const words = Number(option('words', 2000));
const runs = Number(option('runs', 1));
const breakdown = args.includes('--breakdown');
const nodeOptions = many('node-option');
// The server inherits this process's environment.
for (const pair of many('env')) process.env[pair.slice(0, pair.indexOf('='))] = pair.slice(pair.indexOf('=') + 1);

const work = join(tmpdir(), 'health-lint-bench-memory');
mkdirSync(work, { recursive: true });
const bundle = async (entry) => {
  const outfile = join(work, entry.replace(/\W/g, '-') + '.mjs');
  await esbuild.build({ entryPoints: [join(root, entry)], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning', mainFields: ['module', 'main'] });
  return import(pathToFileURL(outfile).href);
};
const { LspClient, residentMegabytes } = await bundle('bench/lsp-client.ts');
const corpus = await bundle('bench/corpus.ts');
const seeds = corpus.readSeedParagraphs(join(root, '../shared/corpus/seeds'));

const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Resident KB by kind of mapping, from /proc/PID/smaps. */
function residentByMapping(pid) {
  const kinds = {};
  let kind = '';
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const mapping = /^[0-9a-f]+-[0-9a-f]+ (\S+) \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (mapping) {
      const name = mapping[2];
      kind = name === '' ? 'anonymous' : name.endsWith('/node') || name.includes('/bin/node') ? 'node binary' : name.startsWith('[') ? name : 'libraries and files';
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) kinds[kind] = (kinds[kind] ?? 0) + Number(rss[1]);
  }
  return Object.entries(kinds)
    .sort((a, b) => b[1] - a[1])
    .map(([name, kb]) => `${name} ${(kb / 1024).toFixed(1)}`)
    .join(', ');
}

function heapLine(name, heap) {
  if (!heap) return `  ${name}: n/a`;
  const spaces = Object.entries(heap.spaces)
    .filter(([, space]) => space.size > 0)
    .map(([space, { size, used }]) => `${space.replace(/_space$/, '')} ${mb(used)}/${mb(size)}`)
    .join(', ');
  return `  ${name}: used ${mb(heap.heapUsed)} of ${mb(heap.heapTotal)} MB, external ${mb(heap.external)} MB (${spaces})`;
}

async function printBreakdown(client, label) {
  const figures = await client.request('healthLint/memoryUsage', { collectGarbage: false });
  console.log(`${label}: RSS ${mb(figures.rss)} MB; by mapping MB: ${residentByMapping(client.pid)}`);
  console.log(heapLine('main', figures.main));
  console.log(heapLine('worker', figures.worker));
}

async function run() {
  const client = new LspClient(process.execPath, [...nodeOptions, serverPath, '--stdio'], { cwd: work });
  await client.initialize();
  const before = await residentMegabytes(client.pid);
  if (breakdown) await printBreakdown(client, 'after start');
  let characters = 0;
  for (let i = 0; i < count; i++) {
    // As bench/run.mjs: each document different, the seeds start at another paragraph.
    const rotated = [...seeds.slice(i % seeds.length), ...seeds.slice(0, i % seeds.length)];
    const text = `# Document ${i + 1}\n\n` + corpus.buildDocument(rotated, words, 'markdown').replace(/\n\n/g, ` (doc ${i + 1})\n\n`);
    characters += text.length;
    const uri = pathToFileURL(join(work, 'memory', `doc-${i + 1}.md`)).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await client.request('textDocument/diagnostic', { textDocument: { uri } });
  }
  await sleep(1000);
  const after = await residentMegabytes(client.pid);
  if (breakdown) await printBreakdown(client, '1 s after the last lint');
  await sleep(10_000);
  const settled = await residentMegabytes(client.pid);
  if (breakdown) await printBreakdown(client, '10 s later');
  await client.shutdown();
  return { before, after, settled, characters };
}

const results = [];
for (let i = 0; i < runs; i++) {
  const result = await run();
  results.push(result);
  console.log(
    `server RSS with ${count} open documents of ${words} words (${(result.characters / 1e6).toFixed(2)} M characters): ${result.after.toFixed(0)} MB 1 s after the last lint, ${result.settled.toFixed(0)} MB 10 s later (${result.before.toFixed(0)} MB after start)`,
  );
}
if (runs > 1) {
  const median = (key) => [...results.map((r) => r[key])].sort((a, b) => a - b)[Math.floor(runs / 2)].toFixed(0);
  console.log(`median of ${runs}: ${median('after')} MB 1 s after, ${median('settled')} MB 10 s later, ${median('before')} MB after start`);
}
