// `npm run bench:load`: many open documents edited continuously through the REAL language
// server (dist/server.js over stdio). Prints figures, asserts nothing about time:
//   answered requests, p50/p95/max latency of textDocument/diagnostic (pull mode), server RSS
//   over time (/proc/PID/status, server and lint worker together), pushed diagnostics that were
//   for an older version than the client had already sent (push mode), and whether every
//   request was answered and the final diagnostics equal a fresh lint of the final texts.
//   Pulls name the result the client holds, as VS Code's client does (one pull per document at a
//   time does; others go without), so the server may answer "unchanged"; the client then keeps
//   the diagnostics it has, and those are what is compared at the end.
//
//   node bench/load.mjs [--documents 200] [--words 2000] [--rate 50] [--seconds 60] [--mode pull|push|both] [--heap-every 15] [--no-gc] [--server dist/server.js]
//
// Memory timeline: RSS every second, and every --heap-every seconds the heap in use of the
// server's main thread and of its lint worker (request healthLint/memoryUsage). The server runs
// with --expose-gc and each heap sample follows a forced full collection (unless --no-gc), so
// the heap figures are live data, not garbage V8 has not collected yet.
//
// `runLoad` is also used by test/reliability/load.test.ts (a short run checking correctness only).

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Sentences written for this benchmark in the register of consumer health writing.
const SENTENCES = [
  'Many readers ask whether {t} can help with {c}.',
  '{T} may help some people with {c}, although the evidence is mixed.',
  '{T} cures {c} and works for everyone.',
  'A small trial suggested that {t} might ease {c} in older adults.',
  'Studies show that {t} reverses {c} in just two weeks.',
  'Researchers found that mice given {t} had less {c}, but human data are limited.',
  'Take 500 mg of {t} twice a day with food.',
  '{T} is completely safe and has no side effects.',
  'Some people report stomach upset or headaches when they take {t}.',
  '{T} can interact with blood thinners and some antidepressants.',
  'My neighbour swears that {t} fixed her {c} overnight.',
  'This miracle supplement is the best thing you can do for {c}.',
  'You can buy {t} at https://shop.example.com/{t}?aff=42 today.',
  'Talk to your doctor before you start {t}, especially if you take other medicines.',
  'Sleep, exercise and a varied diet matter more for {c} than any single supplement.',
];
const TOPICS = ['magnesium', 'ashwagandha', 'turmeric', 'melatonin', 'zinc', 'kratom', 'fish oil', 'valerian'];
const CONDITIONS = ['sleep', 'joint pain', 'stress', 'low mood', 'digestion', 'memory', 'inflammation'];

/** A small seeded generator, so runs are comparable. */
function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

function sentence(next) {
  const topic = TOPICS[Math.floor(next() * TOPICS.length)];
  const template = SENTENCES[Math.floor(next() * SENTENCES.length)];
  return template
    .replaceAll('{T}', topic[0].toUpperCase() + topic.slice(1))
    .replaceAll('{t}', topic)
    .replaceAll('{c}', CONDITIONS[Math.floor(next() * CONDITIONS.length)]);
}

function makeDocument(words, next) {
  const parts = [`# Notes on supplements ${Math.floor(next() * 1000)}`, ''];
  let count = 0;
  while (count < words) {
    const paragraph = [];
    for (let i = 0; i < 4 + Math.floor(next() * 4); i++) paragraph.push(sentence(next));
    const text = paragraph.join(' ');
    count += text.split(/\s+/).length;
    parts.push(next() < 0.15 ? `## ${sentence(next).replace(/\.$/, '')}` : text, '');
  }
  return parts.join('\n');
}

function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

function lineLengths(text) {
  return text.split('\n').map((line) => line.length);
}

function rangeInside(lengths, range) {
  const ok = (p) => p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line];
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  return ok(range.start) && ok(range.end) && ordered;
}

/** One random edit: insert a sentence, delete a few characters, or retype a word. */
function randomEdit(text, next) {
  const at = Math.floor(next() * text.length);
  const kind = next();
  if (kind < 0.45) {
    const boundary = text.indexOf('. ', at);
    const offset = boundary < 0 ? text.length : boundary + 2;
    return { start: offset, end: offset, newText: `${sentence(next)} ` };
  }
  if (kind < 0.7) return { start: at, end: Math.min(text.length, at + 1 + Math.floor(next() * 12)), newText: '' };
  return { start: at, end: at, newText: next() < 0.5 ? 'really ' : 'x' };
}

/** User + system CPU seconds the process has used (all threads), from /proc/PID/stat. */
function readCpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

function readRss(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb * 1024 : undefined;
  } catch {
    return undefined;
  }
}

const percentile = (sorted, p) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);

/**
 * Runs one load session and returns its figures and the problems found (an empty list when
 * every request was answered, no diagnostic was stale or outside its text, and the final
 * diagnostics equal those of a fresh lint).
 */
export async function runLoad(options = {}) {
  const documents = options.documents ?? 200;
  const words = options.words ?? 2000;
  const rate = options.rate ?? 50;
  const seconds = options.seconds ?? 60;
  const mode = options.mode ?? 'pull';
  const rounds = options.rounds ?? 1;
  const serverScript = options.serverScript ?? join(root, 'dist', 'server.js');
  const heapEvery = options.heapEverySeconds ?? 15;
  const collectGarbage = options.collectGarbage ?? true;
  const log = options.log ?? (() => {});
  const next = random(options.seed ?? 20261122);
  if (!existsSync(serverScript)) throw new Error(`${serverScript} is missing: run npm run build`);

  const server = spawn(process.execPath, [...(collectGarbage ? ['--expose-gc'] : []), serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  let exited = false;
  server.stderr.on('data', (chunk) => (stderr += chunk));
  server.on('exit', () => (exited = true));
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const problems = [];
  // uri -> { text, version, texts (push: text by version, for range checks), serverHas (newest version the server has read), lastPushed }
  const state = new Map();
  const pushed = { count: 0, supersededInFlight: 0, stale: 0, older: 0, outside: 0 };

  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('window/logMessage', () => {});
  connection.onNotification('window/showMessage', (params) => problems.push(`unexpected message to the user: ${params.message}`));
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const doc = state.get(params.uri);
    if (!doc || params.version === undefined) return;
    pushed.count++;
    if (doc.lastPushed !== undefined && params.version < doc.lastPushed) {
      pushed.older++;
      problems.push(`${params.uri}: pushed version ${params.version} after version ${doc.lastPushed}`);
    }
    doc.lastPushed = Math.max(doc.lastPushed ?? 0, params.version);
    if (params.version > doc.version) problems.push(`${params.uri}: pushed version ${params.version}, newer than any sent (${doc.version})`);
    if (params.version < doc.serverHas) {
      // The server had already read a newer text (see `barrier`): stale.
      pushed.stale++;
      problems.push(`${params.uri}: pushed version ${params.version} after the server had version ${doc.serverHas}`);
    } else if (params.version < doc.version) pushed.supersededInFlight++;
    const text = doc.texts.get(params.version);
    if (text !== undefined) {
      const lengths = lineLengths(text);
      if (params.diagnostics.some((diagnostic) => !rangeInside(lengths, diagnostic.range))) {
        pushed.outside++;
        problems.push(`${params.uri}: a pushed range outside version ${params.version}`);
      }
    }
    // Texts older than what was pushed are no longer needed.
    for (const version of doc.texts.keys()) if (version < params.version) doc.texts.delete(version);
  });
  connection.listen();

  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: {
      workspace: { configuration: true, diagnostics: mode === 'pull' ? { refreshSupport: true } : undefined },
      textDocument: {
        synchronization: { didSave: true },
        publishDiagnostics: { versionSupport: true },
        diagnostic: mode === 'pull' ? { dynamicRegistration: false } : undefined,
      },
    },
  });
  await connection.sendNotification('initialized', {});

  const rss = [];
  const started = performance.now();
  const sampleRss = () => {
    const bytes = readRss(server.pid);
    if (bytes !== undefined) rss.push({ seconds: (performance.now() - started) / 1000, bytes });
  };
  sampleRss();
  const sampler = setInterval(sampleRss, 1000);
  const heap = [];
  const sampleHeap = async (label) => {
    try {
      const seconds = (performance.now() - started) / 1000;
      const figures = await connection.sendRequest('healthLint/memoryUsage', { collectGarbage });
      let textChars = 0;
      for (const doc of state.values()) textChars += doc.text.length;
      const sample = { seconds, label, rssBytes: figures.rss, main: figures.main, worker: figures.worker, textChars, cpuSeconds: readCpuSeconds(server.pid) };
      heap.push(sample);
      return sample;
    } catch (error) {
      problems.push(`healthLint/memoryUsage failed: ${error.message}`);
      return undefined;
    }
  };
  await sampleHeap('start');

  const latencies = [];
  let sentRequests = 0;
  let answered = 0;
  let failedRequests = 0;
  const pending = new Set();
  // Per document: the diagnostics the client holds, the result id they came with, pulls in flight.
  const held = new Map();
  let unchangedAnswers = 0;
  const pull = (uri) => {
    sentRequests++;
    const sent = performance.now();
    let state = held.get(uri);
    if (!state) held.set(uri, (state = { items: [], resultId: undefined, inFlight: 0 }));
    // With another pull of the document in flight, the id held may be outdated by its answer.
    const previousResultId = state.inFlight === 0 ? state.resultId : undefined;
    state.inFlight++;
    const request = connection
      .sendRequest('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId === undefined ? {} : { previousResultId }) })
      .then((report) => {
        answered++;
        latencies.push(performance.now() - sent);
        if (report?.kind === 'unchanged') {
          unchangedAnswers++;
          if (report.resultId !== state.resultId) problems.push(`${uri}: "unchanged" answer for result ${report.resultId}, the client holds ${state.resultId}`);
        } else state.items = report?.items ?? [];
        state.resultId = report?.resultId;
        return { ...report, items: state.items };
      })
      .finally(() => state.inFlight--)
      .catch((error) => {
        failedRequests++;
        problems.push(`${uri}: textDocument/diagnostic failed: ${error.message}`);
      })
      .finally(() => pending.delete(request));
    pending.add(request);
    return request;
  };

  // A request the server does not handle, answered (with an error) in order: once it is
  // answered, the server has read every change sent before it.
  let barriers = 0;
  const barrier = (doc, version) => {
    sentRequests++;
    const request = connection
      .sendRequest('healthLintLoad/barrier', {})
      .catch(() => undefined)
      .then(() => {
        answered++;
        barriers++;
        doc.serverHas = Math.max(doc.serverHas, version);
      })
      .finally(() => pending.delete(request));
    pending.add(request);
    return request;
  };

  const uris = [];
  for (let i = 0; i < documents; i++) {
    const uri = pathToFileURL(join(root, 'bench', 'load', `doc-${i}.md`)).toString();
    const text = makeDocument(words, next);
    uris.push(uri);
    state.set(uri, { text, version: 1, texts: new Map([[1, text]]), serverHas: 0, lastPushed: undefined });
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    if (mode === 'pull') void pull(uri);
    else void barrier(state.get(uri), 1);
  }
  await Promise.all([...pending]);
  const openedRss = readRss(server.pid);
  const opened = await sampleHeap('opened');
  log(`opened ${documents} documents of ~${words} words (${mode} diagnostics); RSS ${(openedRss / 2 ** 20).toFixed(0)} MB${opened ? `; ${heapLine(opened)}` : ''}`);

  const roundFigures = [];
  let edits = 0;
  let nextHeapSample = performance.now() + heapEvery * 1000;
  let heapSampling;
  for (let round = 1; round <= rounds; round++) {
    const roundStart = performance.now();
    const latencyStart = latencies.length;
    let roundEdits = 0;
    while (performance.now() - roundStart < seconds * 1000 && !exited) {
      const due = Math.floor(((performance.now() - roundStart) / 1000) * rate);
      while (roundEdits < due) {
        const uri = uris[Math.floor(next() * uris.length)];
        const doc = state.get(uri);
        const edit = randomEdit(doc.text, next);
        const range = { start: positionAt(doc.text, edit.start), end: positionAt(doc.text, edit.end) };
        doc.text = doc.text.slice(0, edit.start) + edit.newText + doc.text.slice(edit.end);
        doc.version++;
        if (mode === 'push') doc.texts.set(doc.version, doc.text);
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ range, text: edit.newText }] });
        if (mode === 'pull') void pull(uri);
        else void barrier(doc, doc.version);
        roundEdits++;
        edits++;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
      // Sampled while the edits go on (not awaited here), so the load does not pause.
      if (performance.now() >= nextHeapSample && !heapSampling) {
        nextHeapSample += heapEvery * 1000;
        const at = `${((performance.now() - roundStart) / 1000).toFixed(0)} s`;
        heapSampling = sampleHeap(`round ${round}`).then((sample) => {
          heapSampling = undefined;
          log(`  ${at}: ${edits} edits, ${answered}/${sentRequests} answered, RSS ${(readRss(server.pid) / 2 ** 20).toFixed(0)} MB${sample ? `; ${heapLine(sample)}` : ''}`);
        });
      }
    }
    await heapSampling;
    await Promise.all([...pending]);
    const roundLatencies = latencies.slice(latencyStart).sort((a, b) => a - b);
    roundFigures.push({ round, edits: roundEdits, rssBytes: readRss(server.pid), p50: percentile(roundLatencies, 50), p95: percentile(roundLatencies, 95) });
  }

  // Quiet: wait for the last pushes, then compare every document with a fresh lint of its text.
  if (mode === 'push') {
    const deadline = performance.now() + 30_000;
    while ([...state.values()].some((doc) => doc.lastPushed !== doc.version) && performance.now() < deadline && !exited) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const [uri, doc] of state) if (doc.lastPushed !== doc.version) problems.push(`${uri}: the last version pushed is ${doc.lastPushed}, the document is at ${doc.version}`);
  }
  let compared = 0;
  if (mode === 'pull') {
    for (const uri of uris.slice(0, options.compare ?? uris.length)) {
      const doc = state.get(uri);
      const current = await pull(uri);
      const freshUri = uri.replace(/\.md$/, '-fresh.md');
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: freshUri, languageId: 'markdown', version: 1, text: doc.text } });
      const fresh = await pull(freshUri);
      await connection.sendNotification('textDocument/didClose', { textDocument: { uri: freshUri } });
      if (JSON.stringify(current?.items) !== JSON.stringify(fresh?.items)) problems.push(`${uri}: diagnostics differ from a fresh lint of the same text (stale results)`);
      const lengths = lineLengths(doc.text);
      if ((current?.items ?? []).some((diagnostic) => !rangeInside(lengths, diagnostic.range))) problems.push(`${uri}: a range outside the final text`);
      compared++;
    }
  }

  clearInterval(sampler);
  sampleRss();
  await sampleHeap('end');
  if (exited) problems.push(`the server exited: ${stderr.slice(-2000)}`);
  if (answered + failedRequests !== sentRequests) problems.push(`${sentRequests - answered - failedRequests} requests never answered`);
  try {
    await Promise.race([connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 5000))]);
    await connection.sendNotification('exit');
  } catch {
    // Already gone; the kill below makes sure.
  }
  await Promise.race([new Promise((resolve) => server.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, 3000))]);
  connection.dispose();
  if (!exited) server.kill('SIGKILL');

  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    mode,
    documents,
    edits,
    requests: sentRequests,
    answered,
    barriers,
    failedRequests,
    latency: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? NaN },
    rss,
    heap,
    collectGarbage,
    openedRssBytes: openedRss,
    rounds: roundFigures,
    pushed,
    compared,
    unchangedAnswers,
    problems,
  };
}

const megabytes = (bytes) => (bytes === undefined ? 'n/a' : `${(bytes / 2 ** 20).toFixed(1)} MB`);

function heapLine(sample) {
  return `heap used main ${megabytes(sample.main?.heapUsed)}, worker ${megabytes(sample.worker?.heapUsed)}`;
}

function argument(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] !== undefined ? process.argv[index + 1] : fallback;
}

async function main() {
  const settings = {
    documents: Number(argument('documents', 200)),
    words: Number(argument('words', 2000)),
    rate: Number(argument('rate', 50)),
    seconds: Number(argument('seconds', 60)),
    heapEverySeconds: Number(argument('heap-every', 15)),
    collectGarbage: !process.argv.includes('--no-gc'),
    serverScript: argument('server', undefined),
  };
  const modes = argument('mode', 'both') === 'both' ? ['pull', 'push'] : [argument('mode', 'pull')];
  const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  const ms = (value) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(value >= 100 ? 0 : 1)} ms`);
  console.log(`Health Lint load: ${settings.documents} documents of ~${settings.words} words, ${settings.rate} edits/s in total for ${settings.seconds} s, through ${settings.serverScript ?? "dist/server.js"}`);
  let failed = false;
  for (const mode of modes) {
    console.log(`\n== ${mode} diagnostics`);
    const result = await runLoad({ ...settings, mode, log: (line) => console.log(line) });
    console.log(`edits sent: ${result.edits}`);
    if (mode === 'pull') {
      console.log(`textDocument/diagnostic: ${result.answered} of ${result.requests} answered (${result.failedRequests} failed), ${result.unchangedAnswers} of them "unchanged"`);
      console.log(`latency, all requests: p50 ${ms(result.latency.p50)}, p95 ${ms(result.latency.p95)}, max ${ms(result.latency.max)}`);
      for (const round of result.rounds) console.log(`latency, requests after edits only (round ${round.round}): p50 ${ms(round.p50)}, p95 ${ms(round.p95)}`);
      console.log(`final diagnostics equal a fresh lint of the same text: ${result.compared - result.problems.filter((p) => p.includes('fresh lint')).length} of ${result.compared} documents`);
    } else {
      console.log(`requests (in-order barriers after each change): ${result.answered} of ${result.requests} answered`);
      console.log(`publishDiagnostics: ${result.pushed.count}; stale (older than a text the server had read): ${result.pushed.stale}; crossed a newer change in flight: ${result.pushed.supersededInFlight}; out of order: ${result.pushed.older}; ranges outside their version: ${result.pushed.outside}`);
    }
    const samples = result.rss;
    const step = Math.max(1, Math.floor(samples.length / 12));
    console.log(`server RSS: start ${mb(samples[0].bytes)}, after opening ${mb(result.openedRssBytes)}, end ${mb(samples[samples.length - 1].bytes)}, peak ${mb(Math.max(...samples.map((s) => s.bytes)))}`);
    console.log(`  over time: ${samples.filter((_, i) => i % step === 0 || i === samples.length - 1).map((s) => `${s.seconds.toFixed(0)}s ${mb(s.bytes)}`).join(', ')}`);
    console.log(`memory timeline (heap used ${result.collectGarbage ? 'after a forced full GC' : 'without forcing GC'}; heap total = what V8 has reserved):`);
    console.log('(open text = characters in all open documents, which grow as sentences are typed in; server CPU = user + system seconds of the server process so far)');
    console.log('   seconds  when      RSS MB  main used/total MB  worker used/total MB  open text MB chars  server CPU s');
    for (const sample of result.heap) {
      const pair = (heap) => (heap ? `${(heap.heapUsed / 2 ** 20).toFixed(1)} / ${(heap.heapTotal / 2 ** 20).toFixed(1)}` : 'n/a');
      console.log(
        `  ${sample.seconds.toFixed(0).padStart(7)}  ${sample.label.padEnd(8)} ${(sample.rssBytes / 2 ** 20).toFixed(0).padStart(7)}  ${pair(sample.main).padStart(18)}  ${pair(sample.worker).padStart(20)}  ${(sample.textChars / 1e6).toFixed(2).padStart(18)}  ${sample.cpuSeconds.toFixed(1).padStart(12)}`,
      );
    }
    // Bounded means the live heap follows the open text (which the edits make longer), not the number of edits.
    const opened = result.heap.find((sample) => sample.label === 'opened');
    const last = result.heap[result.heap.length - 1];
    const perMillion = (sample, thread) => (sample?.[thread] && sample.textChars > 0 ? `${(sample[thread].heapUsed / 2 ** 20 / (sample.textChars / 1e6)).toFixed(1)}` : 'n/a');
    if (opened && last && opened !== last) {
      console.log(`live heap (code and lexicons included) per million characters of open text, after opening -> at the end: main ${perMillion(opened, 'main')} -> ${perMillion(last, 'main')} MB, worker ${perMillion(opened, 'worker')} -> ${perMillion(last, 'worker')} MB`);
    }
    if (result.problems.length > 0) {
      failed = true;
      console.log(`PROBLEMS (${result.problems.length}):\n  ${result.problems.slice(0, 20).join('\n  ')}`);
    } else console.log('no problems: every request answered, no stale or out-of-range diagnostics');
  }
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
