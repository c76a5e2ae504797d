// `npm run bench`: prints Health Lint's speed and memory figures and compares it with the prose
// linters people use today, on the same documents, then writes bench/RESULTS.md.
//
//   node bench/run.mjs [--quick] [--no-peers] [--no-lsp] [--no-engine] [--no-memory] [--no-write] [--words=42000,...] [--edits=N] [--server=dist/server.js]
//
// --words and --edits choose the document sizes and the number of edits (for a quick look at one
// size; RESULTS.md is then written only with --write-partial, so a partial run cannot replace it).
//
// Figures (wall time and CPU time in ms; the machine may be shared, so CPU time is the steadier
// one): engine cold lint (first lint in a fresh process) and warm full lint (no caches), re-lint
// after one-character edits in-process, extension code loading, and through a real LSP session (client-side round trip of
// didChange + textDocument/diagnostic; and the server's own time per request, which it records
// itself from receiving the request to having written the answer), server memory with 200 open documents, server bundle
// size, and the peers' cold and warm times on the same documents.

import { execFileSync, execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { describeActivation, measureActivation } from './activation.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const withPeers = !process.argv.includes('--no-peers');
const withLsp = !process.argv.includes('--no-lsp');
const withMemory = !process.argv.includes('--no-memory');
const withEngine = !process.argv.includes('--no-engine');
const optionValue = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const chosenSizes = optionValue('words')?.split(',').map(Number).filter((words) => words > 0);
const chosenEdits = Number(optionValue('edits')) || undefined;
const partial = chosenSizes !== undefined || chosenEdits !== undefined || !withMemory || optionValue('server') !== undefined;
const work = join(tmpdir(), 'health-lint-bench');
mkdirSync(work, { recursive: true });

const SIZES = chosenSizes ?? (quick ? [1000, 10000] : [1000, 10000, 42000]);
const PEERS = ['write-good', 'retext-intensify', 'alex', 'textlint', 'harper.js'];
const EDITS = chosenEdits ?? (quick ? 40 : 200);

const log = (...parts) => console.log(...parts);
const ms = (value) => (value === undefined || Number.isNaN(value) ? 'n/a' : value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

// ---- machine -----------------------------------------------------------------------------

const machine = {
  date: new Date().toISOString(),
  nproc: execSync('nproc').toString().trim(),
  cpu: cpus()[0]?.model ?? 'unknown',
  memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free)`,
  node: process.version,
  loadBefore: loadavg().map((value) => value.toFixed(2)).join(' '),
};
log(`Health Lint benchmark, ${machine.date}`);
log(`machine: ${machine.nproc} CPUs (${machine.cpu}), ${machine.memory}, Node ${machine.node}, load average ${machine.loadBefore}`);

// ---- builds --------------------------------------------------------------------------------

log('\nbuilding the production bundles (node esbuild.mjs --production) ...');
execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: root, stdio: 'inherit' });
const bundleBytes = statSync(join(root, 'dist/server.js')).size;
log(`server bundle dist/server.js: ${(bundleBytes / 2 ** 20).toFixed(2)} MB (${bundleBytes} bytes)`);
const activation = measureActivation();
log(`extension ${describeActivation(activation)}`);

// The engine benchmark and the document builder, bundled like the shipped code.
const bundle = async (entry, outfile) => {
  await esbuild.build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    minify: true,
    logLevel: 'warning',
    mainFields: ['module', 'main'],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return outfile;
};
const engineBench = await bundle('bench/engine-bench.ts', join(work, 'engine-bench.mjs'));
const firstLintBench = await bundle('bench/first-lint.ts', join(work, 'first-lint.mjs'));
const { LspClient, residentMegabytes, positionAt, processCpuMilliseconds, mainThreadCpuMilliseconds } = await import(pathToFileURL(await bundle('bench/lsp-client.ts', join(work, 'lsp-client.mjs'))).href);
const corpus = await import(pathToFileURL(await bundle('bench/corpus.ts', join(work, 'corpus.mjs'))).href);

// ---- documents -----------------------------------------------------------------------------

const seeds = corpus.readSeedParagraphs(join(root, '../shared/corpus/seeds'));
const documents = [];
for (const words of SIZES) {
  for (const format of words === 42000 ? ['markdown', 'plaintext'] : ['markdown']) {
    const file = join(work, `doc-${words}.${format === 'markdown' ? 'md' : 'txt'}`);
    writeFileSync(file, corpus.buildDocument(seeds, words, format));
    documents.push({ words, format, file, text: readFileSync(file, 'utf8'), shape: 'short paragraphs' });
  }
  if (words === 42000) {
    // What a writer pastes from a CMS: the seed articles as they are, ten times (42,570
    // words), so most of each article is one long Markdown paragraph.
    const file = join(work, `doc-42000-long-paragraphs.md`);
    writeFileSync(file, corpus.buildLongParagraphDocument(corpus.readSeedArticles(join(root, '../shared/corpus/seeds')), 10));
    documents.push({ words, format: 'markdown', file, text: readFileSync(file, 'utf8'), shape: 'long paragraphs' });
  }
}
/** How a document is named in the output: its size, format and, for the pasted seeds, its shape. */
const label = (document) => `${String(document.words).padStart(6)} words ${document.format.padEnd(9)}${document.shape === 'long paragraphs' ? ' long paragraphs' : ''}`;

// ---- engine, in-process --------------------------------------------------------------------

if (withEngine) log('\nengine, in a fresh process per document (bundled):');
for (const document of withEngine ? documents : []) {
  const output = execFileSync(process.execPath, [engineBench, document.file, document.format, String(EDITS)], { encoding: 'utf8', maxBuffer: 2 ** 26 });
  document.engine = JSON.parse(output.trim().split('\n').pop());
  const e = document.engine;
  log(
    `  ${label(document)} cold ${ms(e.cold)} ms (cpu ${ms(e.coldCpu)}), warm full ${ms(e.warmFullMedian)} ms (cpu ${ms(e.warmFullCpuMedian)}), ` +
      `re-lint p50 ${ms(e.relintP50)} / p95 ${ms(e.relintP95)} ms (cpu ${ms(e.relintCpuP50)} / ${ms(e.relintCpuP95)}), ${e.findings} findings${e.failures.length ? `, FAILED RULES: ${e.failures.join(', ')}` : ''}`,
  );
  log(`    ${describeTagger(e)}`);
}

/** The part-of-speech tagger's share of the engine figures: the same lints without the structural claims, and the model's load in the cold lint. */
function describeTagger(e) {
  return (
    `tagger: warm full cpu ${ms(e.warmFullCpuMedian)} with it, ${ms(e.warmFullWithoutTaggerCpuMedian)} without (${signed(e.warmFullCpuMedian - e.warmFullWithoutTaggerCpuMedian)}); ` +
    `re-lint cpu p50 ${ms(e.relintCpuP50)} / ${ms(e.relintWithoutTaggerCpuP50)}, p95 ${ms(e.relintCpuP95)} / ${ms(e.relintWithoutTaggerCpuP95)}; ` +
    `model load in the cold lint ${ms(e.taggerRequireMs + e.taggerInstanceMs)} ms (code ${ms(e.taggerRequireMs)}, instance ${ms(e.taggerInstanceMs)})`
  );
}
function signed(value) {
  return `${value >= 0 ? '+' : '−'}${ms(Math.abs(value))}`;
}

// Where a first lint goes, in fresh processes (medians of 3): loading the engine (compiling its
// code, building its lexicons), parsing, running the rules.
const firstLints = [];
if (withEngine) log('\nfirst lint in a fresh process, where it goes (medians of 3 processes, wall ms; CPU = all of it):');
for (const document of withEngine ? documents.filter((d) => d.words === 42000 && d.format === 'markdown') : []) {
  const runs = [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, [firstLintBench, document.file, document.format], { encoding: 'utf8' }).trim().split('\n').pop()));
  const median = (key) => percentile(runs.map((run) => run[key]), 50);
  const figures = Object.fromEntries(['nodeStart', 'load', 'taggerModel', 'firstSentence', 'parse', 'rules', 'first', 'firstCpu', 'garbageCollection', 'warm'].map((key) => [key, median(key)]));
  firstLints.push({ document, ...figures });
  log(
    `  ${label(document)} Node start-up ${ms(figures.nodeStart)}, loading the engine ${ms(figures.load)}, the tagger's model ${ms(figures.taggerModel)}, a one-sentence lint ${ms(figures.firstSentence)}, ` +
      `parse ${ms(figures.parse)}, rules ${ms(figures.rules)}: first lint ${ms(figures.first)} ms (CPU ${ms(figures.firstCpu)}; garbage collection ${ms(figures.garbageCollection)} of it); the same lint warm ${ms(figures.warm)} ms`,
  );
}

// ---- language server -----------------------------------------------------------------------

// --server=PATH measures another build of the server (e.g. the main branch's, for before/after runs).
const serverPath = optionValue('server') ? resolve(optionValue('server')) : join(root, 'dist/server.js');
const lsp = { sessions: [], memory: undefined };

async function lspSession(document) {
  const spawned = performance.now();
  const client = new LspClient(process.execPath, [serverPath, '--stdio'], { cwd: work });
  await client.initialize();
  const initialized = performance.now() - spawned;
  const uri = pathToFileURL(join(work, `lsp-${document.words}${document.shape === 'long paragraphs' ? '-long' : ''}.${document.format === 'markdown' ? 'md' : 'txt'}`)).href;
  let text = document.text;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: document.format, version: 1, text } });
  let start = performance.now();
  const first = await client.request('textDocument/diagnostic', { textDocument: { uri } });
  const cold = performance.now() - start;
  const coldFromSpawn = performance.now() - spawned;
  // CPU of the whole start-up and first lint, all threads, and the main (LSP) thread's share.
  const coldCpu = processCpuMilliseconds(client.pid);
  const coldMainCpu = mainThreadCpuMilliseconds(client.pid);
  const times = [];
  const cpuTimes = [];
  const mainCpuTimes = [];
  let unchanged = 0;
  // Like VS Code's client, each pull names the result it holds, so the server may answer "unchanged".
  let resultId = first?.resultId;
  // The server's own times from here on (a server without the request, an older build, has none).
  const serverTimings = (reset) => client.request('healthLint/serverTimings', { reset }).catch(() => undefined);
  await serverTimings(true);
  let seed = 4242;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < EDITS; i++) {
    // Type a letter, then delete it, at a random place; the position is computed before the
    // clock starts so that only the server's work (and the pipe) is timed.
    const at = Math.floor(random() * text.length);
    const insert = i % 2 === 0;
    const range = insert ? { start: positionAt(text, at), end: positionAt(text, at) } : { start: positionAt(text, at), end: positionAt(text, Math.min(text.length, at + 1)) };
    if (!insert && /[\r\n\ud800-\udfff]/.test(text.slice(at, at + 1))) continue;
    text = insert ? text.slice(0, at) + 'x' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
    const cpuStart = processCpuMilliseconds(client.pid);
    const mainCpuStart = mainThreadCpuMilliseconds(client.pid);
    start = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ range, text: insert ? 'x' : '' }] });
    const report = await client.request('textDocument/diagnostic', { textDocument: { uri }, ...(resultId === undefined ? {} : { previousResultId: resultId }) });
    times.push(performance.now() - start);
    // The server's CPU time for this edit, all its threads (the lint worker, GC helpers), and its main thread's.
    cpuTimes.push(processCpuMilliseconds(client.pid) - cpuStart);
    mainCpuTimes.push(mainThreadCpuMilliseconds(client.pid) - mainCpuStart);
    if (report?.kind === 'unchanged') unchanged++;
    resultId = report?.resultId;
  }
  const timings = await serverTimings(true);
  const serverTimes = timings?.durations?.['textDocument/diagnostic'] ?? [];
  const lintWaits = timings?.durations?.['textDocument/diagnostic: waiting for the lint'] ?? [];
  const rss = await residentMegabytes(client.pid);
  await client.shutdown();
  return {
    cold,
    coldFromSpawn,
    initialized,
    coldCpu,
    coldMainCpu,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    serverP50: serverTimes.length ? percentile(serverTimes, 50) : undefined,
    serverP95: serverTimes.length ? percentile(serverTimes, 95) : undefined,
    lintWaitP50: lintWaits.length ? percentile(lintWaits, 50) : undefined,
    lintWaitP95: lintWaits.length ? percentile(lintWaits, 95) : undefined,
    cpuP50: percentile(cpuTimes, 50),
    cpuP95: percentile(cpuTimes, 95),
    mainCpuP50: percentile(mainCpuTimes, 50),
    mainCpuP95: percentile(mainCpuTimes, 95),
    unchanged,
    edits: times.length,
    diagnostics: first?.items?.length ?? 0,
    rss,
  };
}

async function lspMemory(count, words) {
  const client = new LspClient(process.execPath, [serverPath, '--stdio'], { cwd: work });
  await client.initialize();
  const before = await residentMegabytes(client.pid);
  for (let i = 0; i < count; i++) {
    // Each document different: the seeds start at another paragraph, and each says which it is.
    const rotated = [...seeds.slice(i % seeds.length), ...seeds.slice(0, i % seeds.length)];
    const text = `# Document ${i + 1}\n\n` + corpus.buildDocument(rotated, words, 'markdown').replace(/\n\n/g, ` (doc ${i + 1})\n\n`);
    const uri = pathToFileURL(join(work, 'memory', `doc-${i + 1}.md`)).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await client.request('textDocument/diagnostic', { textDocument: { uri } });
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = await residentMegabytes(client.pid);
  // V8 gives memory back some seconds after the work stops (the lint worker's idle collection after 2 s).
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  const settled = await residentMegabytes(client.pid);
  await client.shutdown();
  return { before, after, settled, count, words };
}

if (withLsp && existsSync(serverPath)) {
  log(`\nlanguage server (node dist/server.js --stdio), pull diagnostics, client-side round trip of didChange + textDocument/diagnostic, ${EDITS} one-character edits:`);
  for (const document of documents) {
    try {
      const session = await lspSession(document);
      lsp.sessions.push({ document, ...session });
      log(
        `  ${label(document)} first ${ms(session.cold)} ms (${ms(session.coldFromSpawn)} from starting the server, initialized after ${ms(session.initialized)}; CPU ${ms(session.coldCpu)}, main thread ${ms(session.coldMainCpu)}), re-lint: server time p50 ${ms(session.serverP50)} / p95 ${ms(session.serverP95)} ms (waiting for the lint p50 ${ms(session.lintWaitP50)} / p95 ${ms(session.lintWaitP95)}), ` +
          `round trip p50 ${ms(session.p50)} / p95 ${ms(session.p95)} ms (server CPU p50 ${ms(session.cpuP50)} / p95 ${ms(session.cpuP95)} ms, main thread ${ms(session.mainCpuP50)} / ${ms(session.mainCpuP95)}), ` +
          `${session.unchanged} of ${session.edits} answers "unchanged", ${session.diagnostics} diagnostics, server RSS ${session.rss.toFixed(0)} MB`,
      );
    } catch (error) {
      log(`  ${document.words} words: LSP session failed: ${error.message}`);
    }
  }
  if (withMemory) try {
    lsp.memory = await lspMemory(quick ? 40 : 200, 2000);
    log(`  server RSS with ${lsp.memory.count} open documents of ${lsp.memory.words} words: ${lsp.memory.after.toFixed(0)} MB 1 s after the last lint, ${lsp.memory.settled.toFixed(0)} MB 10 s later (${lsp.memory.before.toFixed(0)} MB after start)`);
  } catch (error) {
    log(`  memory run failed: ${error.message}`);
  }
}

// ---- peers ---------------------------------------------------------------------------------

const peerResults = [];
if (withPeers) {
  const peersDir = join(root, 'bench/peers');
  if (!existsSync(join(peersDir, 'node_modules'))) {
    log('\ninstalling the peer linters (npm ci --prefix bench/peers) ...');
    execSync('npm ci --prefix bench/peers --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
  }
  log('\npeers, in-process, one fresh process per peer and document (setup = import and initialisation; cold = first run; warm = median of later runs):');
  for (const document of documents.filter((d) => d.format === 'markdown' && d.shape === 'short paragraphs')) {
    for (const peer of PEERS) {
      const repeats = document.words >= 42000 ? 1 : 3;
      const result = spawnSync(process.execPath, [join(peersDir, 'run-peer.mjs'), peer, document.file, String(repeats)], { encoding: 'utf8', timeout: 600_000, maxBuffer: 2 ** 26 });
      const line = result.stdout.trim().split('\n').pop();
      let figures;
      try {
        figures = JSON.parse(line);
      } catch {
        log(`  ${peer} on ${document.words} words failed: ${(result.stderr || result.error?.message || 'no output').split('\n').slice(0, 3).join(' ')}`);
        continue;
      }
      peerResults.push({ peer, document, ...figures });
      log(`  ${String(document.words).padStart(6)} words ${peer.padEnd(17)} setup ${ms(figures.setup)} ms, cold ${ms(figures.cold)} ms (cpu ${ms(figures.coldCpu)}), warm ${ms(figures.warm)} ms (cpu ${ms(figures.warmCpu)}), ${figures.problems} problems`);
    }
  }
}

machine.loadAfter = loadavg().map((value) => value.toFixed(2)).join(' ');
if (!withEngine) {
  // The tables need the engine figures: a run without them only prints.
  log('\n--no-engine: bench/RESULTS.md left as it was');
  process.exit(0);
}

// ---- RESULTS.md --------------------------------------------------------------------------------

const formatOf = (document) => (document.shape === 'long paragraphs' ? `${document.format}, long paragraphs (the seeds as they are, ×10)` : document.format);
const ratio = (peer, ours) => (peer && ours ? `${peer / ours >= 10 ? (peer / ours).toFixed(0) : (peer / ours).toFixed(2)}×` : 'n/a');
const lines = [];
lines.push('# Health Lint benchmark results', '');
lines.push(`Written by \`npm run bench\` (bench/run.mjs) on ${machine.date}.`, '');
lines.push(`Machine: ${machine.nproc} CPUs (${machine.cpu}), ${machine.memory}, Node ${machine.node}. Load average ${machine.loadBefore} before the run, ${machine.loadAfter} after: the machine is shared, so wall times include waiting for the CPU; CPU times (user + system of the measuring process) are the steadier figures.`, '');
lines.push('Documents: the five seed articles repeated to the word count (each repetition of a paragraph ends with "Copy N." so that no two paragraphs are equal and no cache can reuse one for another); Markdown with a heading every five paragraphs, and plain text for 42,000 words. "Long paragraphs": the five seed articles as they are (their lines kept, no blank line added; articles separated by a blank line), ten times, 42,570 words, as Markdown: most of each article is one paragraph of up to 7,000 characters, as in text pasted from a CMS or a word processor.', '');
lines.push('## Health Lint engine (in-process, bundled like the shipped code)', '');
lines.push('| Words | Format | Cold lint ms (CPU) | Warm full lint ms (CPU) | Re-lint after a 1-char edit p50 / p95 ms (CPU p50 / p95) | Findings |');
lines.push('|---:|---|---:|---:|---:|---:|');
for (const d of documents) {
  const e = d.engine;
  lines.push(`| ${d.words} | ${formatOf(d)} | ${ms(e.cold)} (${ms(e.coldCpu)}) | ${ms(e.warmFullMedian)} (${ms(e.warmFullCpuMedian)}) | ${ms(e.relintP50)} / ${ms(e.relintP95)} (${ms(e.relintCpuP50)} / ${ms(e.relintCpuP95)}) | ${e.findings} |`);
}
if (firstLints.length) {
  lines.push('', "First lint in a fresh process, where it goes (bench/first-lint.ts, medians of 3 processes, wall ms): Node start-up = before the benchmark's code runs (Node itself and compiling the bundle); loading the engine = evaluating its bundled code (the lexicons built into word tries); the tagger's model = requiring `tagger-model.js` and wink-nlp reading it; a one-sentence lint = the lexicons built on first use and the rules' code compiled for the first time; then parse and rules of the document; CPU = the whole first lint, all threads; garbage collection = the collections' time within it.", '');
  lines.push('| Document | Node start-up | Loading the engine | Tagger model | One-sentence lint | Parse | Rules | First lint (CPU) | Garbage collection | Same lint warm |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const f of firstLints) lines.push(`| ${f.document.words} ${formatOf(f.document)} | ${ms(f.nodeStart)} | ${ms(f.load)} | ${ms(f.taggerModel)} | ${ms(f.firstSentence)} | ${ms(f.parse)} | ${ms(f.rules)} | ${ms(f.first)} (${ms(f.firstCpu)}) | ${ms(f.garbageCollection)} | ${ms(f.warm)} |`);
}
lines.push('', 'Cold = the first lint in a fresh process (code not yet optimised by the JIT). Warm full = a full lint with no caches once the code is warm. Re-lint = a lint with the document\'s caches after typing or deleting one character at a random place.', '');
lines.push('The part-of-speech tagger\'s share (issue 13): the same warm full lints (tag cache off) and re-lints (tag cache on), alternating in one process, with and without the structural claims, which alone ask for tags; model load = loading the model\'s code and building the wink instance, in the cold lint (wall ms).', '');
lines.push('| Words | Format | Warm full lint CPU with / without | Re-lint CPU p50 with / without | Re-lint CPU p95 with / without | Model load (code + instance) |', '|---:|---|---:|---:|---:|---:|');
for (const d of documents) {
  const e = d.engine;
  lines.push(`| ${d.words} | ${formatOf(d)} | ${ms(e.warmFullCpuMedian)} / ${ms(e.warmFullWithoutTaggerCpuMedian)} | ${ms(e.relintCpuP50)} / ${ms(e.relintWithoutTaggerCpuP50)} | ${ms(e.relintCpuP95)} / ${ms(e.relintWithoutTaggerCpuP95)} | ${ms(e.taggerRequireMs + e.taggerInstanceMs)} (${ms(e.taggerRequireMs)} + ${ms(e.taggerInstanceMs)}) |`);
}
lines.push('');
if (lsp.sessions.length) {
  lines.push('## Through the language server (`node dist/server.js --stdio`, pull diagnostics)', '');
  lines.push(`${EDITS} one-character edits per document (incremental sync), each followed by \`textDocument/diagnostic\` naming the previous result id, as VS Code's client does. Server time = what the server records itself (request \`healthLint/serverTimings\`): from the connection handing it the diagnostic request to the answer being written to the pipe, waiting for the lint worker and writing the JSON included. Round trip = the client's time from sending \`didChange\` to receiving the answer: adds the pipe and JSON-RPC on the client's side. Server CPU = CPU time of the server process per edit, all threads (main, lint worker, GC helpers), from /proc; main thread = the LSP thread alone. Waiting for the lint = the part of the server time from the request to the lint worker's result (the rest: making, comparing and writing the diagnostics). First diagnostics = from \`didOpen\` (sent right after \`initialized\`) to the answer of the first pull, in a fresh server; in brackets, from starting the server process, and its CPU time to then, all threads (the lint worker starts with the process and loads its code with V8's code cache, written by an earlier server). "Unchanged" = answers of kind \`unchanged\` (the diagnostics equal the result the client holds, so none are sent).`, '');
  lines.push('| Words | Format | First diagnostics ms (from start; CPU) | Server time p50 / p95 ms | Waiting for the lint p50 / p95 ms | Round trip p50 / p95 ms | Server CPU p50 / p95 ms | Main thread CPU p50 / p95 ms | Unchanged answers | Server RSS MB |');
  lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of lsp.sessions) {
    lines.push(`| ${s.document.words} | ${formatOf(s.document)} | ${ms(s.cold)} (${ms(s.coldFromSpawn)}; ${ms(s.coldCpu)}) | ${ms(s.serverP50)} / ${ms(s.serverP95)} | ${ms(s.lintWaitP50)} / ${ms(s.lintWaitP95)} | ${ms(s.p50)} / ${ms(s.p95)} | ${ms(s.cpuP50)} / ${ms(s.cpuP95)} | ${ms(s.mainCpuP50)} / ${ms(s.mainCpuP95)} | ${s.unchanged} of ${s.edits} | ${s.rss.toFixed(0)} |`);
  }
  lines.push('');
}
if (lsp.memory) lines.push(`Server memory with ${lsp.memory.count} open Markdown documents of ${lsp.memory.words} words (each linted once): **${lsp.memory.after.toFixed(0)} MB RSS** 1 s after the last lint, ${lsp.memory.settled.toFixed(0)} MB 10 s later (${lsp.memory.before.toFixed(0)} MB right after start).`, '');
lines.push(`Server bundle (\`dist/server.js\` after \`node esbuild.mjs --production\`): **${(bundleBytes / 2 ** 20).toFixed(2)} MB** (${bundleBytes} bytes).`, '');
lines.push(`Extension activation (bench/activation.mjs: fresh Node processes with a stand-in for \`vscode\`): ${describeActivation(activation)}. VS Code's own activation figure, and the extension's log of when the language server answered, are printed by \`npm run test:e2e\`.`, '');
if (peerResults.length) {
  lines.push('## Peers on the same Markdown documents', '');
  lines.push('Each peer runs in-process in its own fresh Node process (bench/peers/run-peer.mjs): setup = importing and initialising it (for harper.js: compiling its WebAssembly); cold = its first run; warm = the median of later runs (one later run at 42,000 words). Ratios compare with Health Lint\'s cold lint and warm full lint (no caches) on the same document, by CPU time.', '');
  lines.push('| Words | Linter | Setup ms | Cold ms (CPU) | Warm ms (CPU) | Problems | Cold CPU ratio to Health Lint | Warm CPU ratio to Health Lint |');
  lines.push('|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const d of documents.filter((doc) => doc.format === 'markdown' && doc.shape === 'short paragraphs')) {
    lines.push(`| ${d.words} | **Health Lint** | – | ${ms(d.engine.cold)} (${ms(d.engine.coldCpu)}) | ${ms(d.engine.warmFullMedian)} (${ms(d.engine.warmFullCpuMedian)}) | ${d.engine.findings} | 1× | 1× |`);
    for (const p of peerResults.filter((r) => r.document === d)) {
      lines.push(`| ${d.words} | ${p.peer} | ${ms(p.setup)} | ${ms(p.cold)} (${ms(p.coldCpu)}) | ${ms(p.warm)} (${ms(p.warmCpu)}) | ${p.problems} | ${ratio(p.coldCpu, d.engine.coldCpu)} | ${ratio(p.warmCpu, d.engine.warmFullCpuMedian)} |`);
    }
  }
  lines.push('');
}
// Targets, judged on this run's figures.
const big = documents.find((d) => d.words === 42000 && d.format === 'markdown' && d.shape === 'short paragraphs');
const long = documents.find((d) => d.shape === 'long paragraphs');
const longLsp = lsp.sessions.find((s) => s.document === long);
const bigLsp = lsp.sessions.find((s) => s.document === big);
const fastestPeer = big && peerResults.filter((r) => r.document === big).sort((a, b) => a.warmCpu - b.warmCpu)[0];
const verdict = (ok) => (ok === undefined ? 'not measured' : ok ? 'met' : '**missed**');
lines.push('## Targets', '');
lines.push('| Target | Measured | Verdict |', '|---|---|---|');
if (big) {
  lines.push(`| 42,000-word document, cold lint ≤ 40 ms | first lint in a fresh process ${ms(big.engine.cold)} ms (CPU ${ms(big.engine.coldCpu)}); warm full lint ${ms(big.engine.warmFullMedian)} ms (CPU ${ms(big.engine.warmFullCpuMedian)}) | ${verdict(big.engine.warmFullCpuMedian <= 40)} (judged on warm full lint CPU time) |`);
  lines.push(`| Re-lint after a 1-char edit ≤ 3 ms at p95 (server time, pull diagnostics) | server time p95 ${ms(bigLsp?.serverP95)} ms (p50 ${ms(bigLsp?.serverP50)}); client round trip p95 ${ms(bigLsp?.p95)} ms; server CPU p95 ${ms(bigLsp?.cpuP95)}; engine in-process p95 ${ms(big.engine.relintP95)} ms (CPU ${ms(big.engine.relintCpuP95)}) | ${verdict(bigLsp?.serverP95 !== undefined ? bigLsp.serverP95 <= 3 : undefined)} (judged on the server time) |`);
  if (fastestPeer) lines.push(`| ≥ 10× faster than the fastest peer | fastest peer at 42,000 words: ${fastestPeer.peer}, warm CPU ${ms(fastestPeer.warmCpu)} ms vs ${ms(big.engine.warmFullCpuMedian)} ms: ${ratio(fastestPeer.warmCpu, big.engine.warmFullCpuMedian)} | ${verdict(fastestPeer.warmCpu / big.engine.warmFullCpuMedian >= 10)} |`);
}
if (longLsp) {
  lines.push(`| Typing in long paragraphs (42,570 words, Markdown): keystroke round trip p50 ≤ 5 ms, p95 ≤ 10 ms | round trip p50 ${ms(longLsp.p50)} / p95 ${ms(longLsp.p95)} ms (server time p50 ${ms(longLsp.serverP50)} / p95 ${ms(longLsp.serverP95)}); short paragraphs: p50 ${ms(bigLsp?.p50)} / p95 ${ms(bigLsp?.p95)} ms | ${verdict(longLsp.p50 <= 5 && longLsp.p95 <= 10)} |`);
  lines.push(`| First diagnostics for it in a fresh server ≤ 300 ms | ${ms(longLsp.cold)} ms (short paragraphs: ${ms(bigLsp?.cold)} ms) | ${verdict(longLsp.cold <= 300)} |`);
}
if (lsp.memory) lines.push(`| Server ≤ 80 MB with 200 open documents of 2,000 words | ${lsp.memory.after.toFixed(0)} MB RSS with ${lsp.memory.count} documents | ${verdict(lsp.memory.count >= 200 ? lsp.memory.after <= 80 : undefined)} |`);
lines.push(`| Server bundle ≤ 1.5 MB | ${(bundleBytes / 2 ** 20).toFixed(2)} MB | ${verdict(bundleBytes <= 1.5 * 2 ** 20)} |`);
lines.push(
  `| Activation under 50 ms | what VS Code counts (loading dist/client.js and activate() until its promise settles, with a stand-in for vscode): median ${activation.activation.median.toFixed(1)} ms (fastest ${activation.activation.fastest.toFixed(1)} ms); ` +
    `after it, loading the language client (dist/language-client.js): median ${activation.deferredLoad ? activation.deferredLoad.median.toFixed(0) : 'n/a'} ms | ${verdict(activation.activation.median < 50)} (judged on what VS Code counts; the language client loads right after) |`,
  '',
);
// Hand-written notes after the marker survive a new run.
const NOTES_MARKER = '<!-- notes: kept by bench/run.mjs -->';
const resultsPath = join(root, 'bench/RESULTS.md');
const previous = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '';
const notes = previous.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)) : `${NOTES_MARKER}\n`;
if (process.argv.includes('--no-write')) log('\n--no-write: bench/RESULTS.md left as it was');
else if (partial && !process.argv.includes('--write-partial')) log('\na partial run (--words, --edits or --no-memory): bench/RESULTS.md left as it was (--write-partial writes it anyway)');
else {
  writeFileSync(resultsPath, lines.join('\n') + '\n' + notes);
  log('\nwrote bench/RESULTS.md');
}
