// Linting off the server's main thread. The LSP connection lives on the main thread and
// must always answer (cancellations, code actions from the last result, shutdown), so the
// rules run in a worker thread. A lint that runs too long or crashes the worker (a stack
// overflow, out of memory) costs that one result: the worker is replaced and the server
// carries on. Where a worker cannot start, linting runs in-process instead.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { BlockCache, DocumentLanguage, DocumentText, Finding, HealthLintConfig, Linter, LintResult } from '../rules/index.js';
import { EXPOSE_GC_FLAG, FIRST_LINT_ANSWERED } from './code-cache.js';
import { LintSupersededError, LintTimeoutError } from './lint-errors.js';
import { applyFindingsChange, findingsChange, type FindingsChange, type TextChange, type VersionedText } from './text-sync.js';

type RulesModule = typeof import('../rules/index.js');
let rulesModule: RulesModule | undefined;

/**
 * The rules, loaded the first time something is linted. The server's bundle runs on the main
 * thread too, which never lints (unless no worker can start): loaded there at start-up, the
 * rules and their lexicons took ~6 MB of RSS. A `require` (not an import) is what lets the bundler
 * leave them out of start-up.
 */
function rules(): RulesModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  rulesModule ??= require('../rules/index.js') as RulesModule;
  return rulesModule;
}

/**
 * How much text (in characters) keeps its engine caches (parses and block results: ~8.5 bytes
 * per character, ~120 KB for a 2,000-word document): the documents being edited that were linted
 * most recently, up to this total (~25 MB of caches at most), and always the last one linted.
 * Another document's next lint is a full one (~20 ms for 2,000 words, ~250 ms for 42,000) and
 * keeps its caches from then on. Measured with `bench:load` (200 documents of 2,000 words, 2.3 M
 * characters, 50 edits a second spread over all of them): a budget of 500,000 characters left the
 * server behind (latency p50 1.5 s); 1.5 M: p50 15 ms, p95 74 ms; 3 M: p50 4.7 ms, p95 12.8 ms.
 */
export const CACHED_CHARACTERS = cacheBudget(process.env.HEALTH_LINT_CACHED_CHARACTERS) ?? 3_000_000;

/** `HEALTH_LINT_CACHED_CHARACTERS` sets another budget (less memory, or more documents kept fast); tests use a small one. */
function cacheBudget(value: string | undefined): number | undefined {
  const budget = Number(value);
  return value !== undefined && Number.isInteger(budget) && budget >= 10_000 ? budget : undefined;
}

/**
 * Of the documents linted only once (opened, never edited), how much text (in characters) keeps
 * its caches and text besides the last one linted. Opening many files lints each once; most are
 * never edited, and their caches were most of the worker's memory (measured with 200 documents
 * of 2,000 words: ~28 MB of the worker's 45 MB heap). Such a document's first edit is a full lint
 * (~20 ms for 2,000 words); from then on its caches are kept within `CACHED_CHARACTERS`.
 */
export const CACHED_CHARACTERS_LINTED_ONCE = 300_000;

interface DocumentState {
  linter: Linter;
  cache: BlockCache;
  /** The text last linted, which the worker applies the next change to (in pieces: never joined into one large string per keystroke). */
  text?: DocumentText;
  /** The editor's version of that text, when it came from an open document: a change must start from it. */
  version?: number;
  length: number;
  /** Its text changed since it was first linted: being edited. */
  edited: boolean;
}

/** FNV-1a over the UTF-16 code units, with the length: tells a changed text from the same one without keeping it. */
function fingerprintOf(text: DocumentText): number {
  let hash = 0x811c9dc5 ^ text.length;
  text.forEachPiece((piece) => {
    for (let i = 0; i < piece.length; i++) hash = Math.imul(hash ^ piece.charCodeAt(i), 0x01000193);
  });
  return hash >>> 0;
}

/** Whether two versions hold the same text (compared only when neither was made from the other). */
function sameText(a: DocumentText, b: DocumentText): boolean {
  return a === b || (a.length === b.length && a.toString() === b.toString());
}

/** Lints with a block cache per recently linted document and a linter per configuration; runs wherever it is put. */
export class LintEngine {
  private readonly linters = new Map<string, Linter>();
  /** In the order last linted (a Map keeps insertion order; a lint moves its document to the end). */
  private readonly documents = new Map<string, DocumentState>();
  private cachedCharacters = 0;
  private cachedCharactersLintedOnce = 0;
  /** Documents linted before whose state was dropped: whether they were being edited, or a fingerprint of the text linted. */
  private readonly dropped = new Map<string, { edited: true } | { edited: false; fingerprint: number }>();

  lint(uri: string, source: string | DocumentText, language: DocumentLanguage, config: HealthLintConfig, version?: number): LintResult {
    const text = rules().DocumentText.of(source);
    const linter = this.linterFor(config);
    const previous = this.documents.get(uri);
    this.remove(uri);
    const edited = previous ? previous.edited || previous.text === undefined || !sameText(previous.text, text) : this.editedSinceDropped(uri, text);
    // Cached block results belong to the linter (configuration) that made them.
    const state: DocumentState = previous?.linter === linter ? previous : { linter, cache: new Map(), length: 0, edited };
    state.edited = edited;
    state.text = text;
    state.version = version;
    state.length = text.length;
    this.add(uri, state);
    this.evict(uri);
    return linter.lint(text, language, state.cache);
  }

  /** Drops the least recently linted documents over the budgets; never `current`. */
  private evict(current: string): void {
    for (const [uri, state] of this.documents) {
      if (this.cachedCharacters <= CACHED_CHARACTERS && this.cachedCharactersLintedOnce <= CACHED_CHARACTERS_LINTED_ONCE) break;
      if (uri === current || (this.cachedCharacters <= CACHED_CHARACTERS && state.edited)) continue;
      this.forget(uri, state);
    }
  }

  /** Drops a document's state, remembering whether it was being edited. */
  private forget(uri: string, state: DocumentState): void {
    this.remove(uri);
    this.dropped.set(uri, state.edited || state.text === undefined ? { edited: true } : { edited: false, fingerprint: fingerprintOf(state.text) });
  }

  /** For a document without state: whether it was dropped while being edited, or its text changed since. */
  private editedSinceDropped(uri: string, text: DocumentText): boolean {
    const dropped = this.dropped.get(uri);
    this.dropped.delete(uri);
    return dropped !== undefined && (dropped.edited || dropped.fingerprint !== fingerprintOf(text));
  }

  /** The text last linted for a document whose caches are kept; another document's next lint needs its whole text. */
  textOf(uri: string): DocumentText | undefined {
    return this.documents.get(uri)?.text;
  }

  /** The version of the text last linted, if it came from an open document and is kept. */
  versionOf(uri: string): number | undefined {
    const state = this.documents.get(uri);
    return state?.text === undefined ? undefined : state.version;
  }

  /** Forgets the text (not the caches): the next lint of the document must bring its whole text. */
  forgetText(uri: string): void {
    const state = this.documents.get(uri);
    if (state) {
      state.text = undefined;
      state.version = undefined;
    }
  }

  drop(uri: string): void {
    this.remove(uri);
    this.dropped.delete(uri);
  }

  clear(): void {
    this.linters.clear();
    // A document being edited stays one: its next lint keeps its caches again.
    for (const [uri, state] of this.documents) this.forget(uri, state);
  }

  private add(uri: string, state: DocumentState): void {
    this.documents.set(uri, state);
    this.cachedCharacters += state.length;
    if (!state.edited) this.cachedCharactersLintedOnce += state.length;
  }

  private remove(uri: string): void {
    const state = this.documents.get(uri);
    if (!state) return;
    this.cachedCharacters -= state.length;
    if (!state.edited) this.cachedCharactersLintedOnce -= state.length;
    this.documents.delete(uri);
  }

  private linterFor(config: HealthLintConfig): Linter {
    const key = JSON.stringify(config);
    let linter = this.linters.get(key);
    if (!linter) {
      // Configurations are few (one per config file and settings); a bound keeps a long session small.
      if (this.linters.size >= 16) this.clear();
      linter = rules().createLinter(config);
      this.linters.set(key, linter);
    }
    return linter;
  }
}

/**
 * A lint request carries the whole text (with the editor's version, for an open document), or
 * the editor's changes from the version the worker holds to a new one (with the resulting
 * length, as a check). A worker that holds another version, or none, asks for the whole text.
 */
export type LintMessage = { kind: 'lint'; id: number; uri: string; language: DocumentLanguage; config: HealthLintConfig } & (
  | { text: string; version?: number }
  | { changes: readonly TextChange[]; fromVersion: number; version: number; length: number }
);

type ToWorker = LintMessage | { kind: 'drop'; uri: string } | { kind: 'clear' } | { kind: 'memory'; id: number; collectGarbage: boolean };

/** A result whose findings are all there, or told as a change of the previous result's. */
type WorkerResult = Omit<LintResult, 'findings'> & ({ findings: Finding[] } | { findingsChange: FindingsChange });

export type FromWorker =
  | { id: number; result: WorkerResult }
  | { id: number; error: string }
  /** The worker does not hold the text the change applies to: send the whole text. */
  | { id: number; resync: true }
  | { memoryId: number; memory: HeapFigures };

/** One V8 isolate's heap, in bytes (for the load benchmark's memory timeline). */
export interface HeapFigures {
  heapUsed: number;
  heapTotal: number;
  external: number;
  /** Whether a full garbage collection ran just before (only with `node --expose-gc`). */
  collected: boolean;
  /** Reserved (size) and used bytes of each V8 heap space. */
  spaces: Record<string, { size: number; used: number }>;
}

/** This thread's heap figures; with `--expose-gc`, after a full collection when asked. */
export function heapFigures(collectGarbage: boolean): HeapFigures {
  const gc = (globalThis as { gc?: () => void }).gc;
  const collected = collectGarbage && typeof gc === 'function';
  if (collected) gc!();
  const heap = getHeapStatistics();
  const spaces: HeapFigures['spaces'] = {};
  for (const space of getHeapSpaceStatistics()) spaces[space.space_name] = { size: space.space_size, used: space.space_used_size };
  return { heapUsed: heap.used_heap_size, heapTotal: heap.total_heap_size, external: heap.external_memory, collected, spaces };
}

const WORKER_MARKER = 'health-lint-lint-worker';
const WORKER_HEAP_MB = 1536;
/** 12 MB = two 4 MB semi-spaces and room for new large objects; measured no slower than V8's default. */
const WORKER_YOUNG_GENERATION_MB = 12;

/** True in the worker thread that `LintRunner` starts from this same bundle. */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | undefined)?.role === WORKER_MARKER;
}

/** The worker thread's loop: lint requests in, results out. */
export function runLintWorker(): void {
  // The worker starts when the client initializes (see `LintRunner.prepare`): the rules and
  // their lexicons load now, while the editor is still opening documents, not on the first lint.
  rules();
  // The engine keeps the text last sent for each document whose caches it keeps; another
  // document's next lint is a full one anyway, and the main thread sends its whole text when
  // asked (resync).
  const engine = new LintEngine();
  const idleCollection = new IdleCollection();
  const lastFindings = new RecentFindings();
  let firstLintAnswered = false;
  parentPort!.on('message', (message: ToWorker) => {
    idleCollection.busy();
    if (message.kind === 'drop') {
      engine.drop(message.uri);
      lastFindings.delete(message.uri);
    } else if (message.kind === 'clear') engine.clear();
    else if (message.kind === 'memory') parentPort!.postMessage({ memoryId: message.id, memory: heapFigures(message.collectGarbage) } satisfies FromWorker);
    else {
      parentPort!.postMessage(lintInWorker(engine, lastFindings, message));
      // The loader writes the code cache once the code linting needs is compiled (code-cache.ts).
      if (!firstLintAnswered) (process as NodeJS.EventEmitter).emit(FIRST_LINT_ANSWERED);
      firstLintAnswered = true;
    }
    idleCollection.idle();
  });
  // The tagger's model (~0.35 s of CPU) loads now too, while the editor is still opening documents.
  // A lint that arrives meantime waits for it, as it would on its first sentence with a health concept.
  setImmediate(() => rules().prepareTagger());
}

/** One lint request in the worker: the text it names (whole, or changes of the version held), linted; exported for tests. */
export function lintInWorker(engine: LintEngine, lastFindings: RecentFindings, message: LintMessage): FromWorker {
  let text: string | DocumentText;
  if ('text' in message) text = message.text;
  else {
    const known = engine.textOf(message.uri);
    // Never lint a text the changes were not made to: a missed message, a restarted worker, a
    // text linted meanwhile from a file. The main thread answers with the whole text.
    if (known === undefined || engine.versionOf(message.uri) !== message.fromVersion) return { id: message.id, resync: true };
    // Applied to the pieces the text is kept in: only the pieces the changes touch are rebuilt.
    text = known.edited(message.changes);
    if (text.length !== message.length) {
      engine.forgetText(message.uri);
      return { id: message.id, resync: true };
    }
  }
  try {
    const result = engine.lint(message.uri, text, message.language, message.config, message.version);
    const previous = lastFindings.get(message.uri);
    lastFindings.set(message.uri, result.findings, text.length);
    if (!previous) return { id: message.id, result };
    const { findings, ...rest } = result;
    return { id: message.id, result: { ...rest, findingsChange: findingsChange(previous.findings, findings, text.length - previous.textLength) } };
  } catch (error) {
    // The main thread keeps its previous findings too: the next change is told against them.
    return { id: message.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/** How many documents' last findings the worker keeps to tell the next result as a change. */
const RECENT_FINDINGS_DOCUMENTS = 8;

/**
 * The last findings sent for the documents linted most recently (the ones being edited): a
 * change is worth telling for those. Keeping them for every open document would hold a second
 * copy of all findings (the main thread has the first), megabytes with 200 documents.
 */
export class RecentFindings {
  private readonly entries = new Map<string, { findings: Finding[]; textLength: number }>();

  get(uri: string): { findings: Finding[]; textLength: number } | undefined {
    return this.entries.get(uri);
  }

  set(uri: string, findings: Finding[], textLength: number): void {
    // Map order is insertion order: re-inserting makes this the most recent.
    this.entries.delete(uri);
    this.entries.set(uri, { findings, textLength });
    if (this.entries.size > RECENT_FINDINGS_DOCUMENTS) this.entries.delete(this.entries.keys().next().value as string);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}

/** Quiet time after the last message before the worker collects its garbage. */
const IDLE_COLLECTION_MS = 2000;
/** Heap growth since the last idle collection below which it is not worth one. */
const IDLE_COLLECTION_MIN_GROWTH = 4 * 2 ** 20;

/**
 * Collects garbage once the worker falls idle after linting. V8 does not shrink a worker's heap
 * by itself (the main thread's heap shrinks after some seconds of quiet, a worker's stays at its
 * peak: measured 89 MB of heap holding 39 MB of live data after 200 documents were opened); a
 * full collection gives the pages back. Costs ~20-50 ms of the worker's time, only after a burst
 * of work, never while lints are queued.
 */
class IdleCollection {
  private readonly collect = garbageCollector();
  private timer?: NodeJS.Timeout;
  private usedAfterLast = 0;

  busy(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  idle(): void {
    if (!this.collect) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (getHeapStatistics().used_heap_size - this.usedAfterLast < IDLE_COLLECTION_MIN_GROWTH) return;
      this.collect!();
      this.usedAfterLast = getHeapStatistics().used_heap_size;
    }, IDLE_COLLECTION_MS);
    // An idle timer must not keep a worker alive that is being shut down.
    this.timer.unref();
  }
}

/** V8's `gc()` for this thread, or undefined where it cannot be had. */
function garbageCollector(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    // The flag exposes `gc` in contexts created after it is set: a fresh one hands it over.
    setFlagsFromString(EXPOSE_GC_FLAG);
    const collect = runInNewContext('gc') as unknown;
    return typeof collect === 'function' ? (collect as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts a worker on the server bundle `script`: through the code-cache loader built beside it
 * (`dist/lint-worker-loader.js`, see code-cache.ts), or on the bundle itself where there is none.
 */
function startWorker(script: string): Worker {
  const loader = join(dirname(script), 'lint-worker-loader.js');
  return new Worker(existsSync(loader) ? loader : script, {
    workerData: { role: WORKER_MARKER, script },
    stdout: true,
    stderr: true,
    // A runaway lint exhausts the worker's heap, not the server's. The young generation is
    // kept small: by default it grows to 32 MB of semi-spaces that a worker never gives back.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
}

/** A worker started before the server's connection exists, waiting for the first `LintRunner`. */
let earlyWorker: { script: string; worker: Worker; failed: boolean } | undefined;

/**
 * Starts the lint worker as the process starts, before the main thread loads the LSP library
 * and the client sends `initialize`: loading the worker's code and rules (~0.2 s) then runs on
 * the second core beside the main thread's own start-up (~0.3 s) instead of after it.
 */
export function startLintWorkerEarly(script: string): void {
  if (earlyWorker) return;
  try {
    const early = { script, worker: startWorker(script), failed: false };
    // Until a runner takes it, a failure only means the runner starts its own.
    early.worker.once('error', () => (early.failed = true));
    early.worker.once('exit', () => (early.failed = true));
    // An unused worker must not keep the process alive (a `--version` run, a server that never initializes).
    early.worker.unref();
    earlyWorker = early;
  } catch {
    // The runner tries again, and says why if it cannot.
  }
}

/** The early worker for `script`, if it is still alive; taken once. */
function takeEarlyWorker(script: string): Worker | undefined {
  const early = earlyWorker;
  earlyWorker = undefined;
  if (!early || early.script !== script) {
    void early?.worker.terminate();
    return undefined;
  }
  if (early.failed) {
    void early.worker.terminate();
    return undefined;
  }
  early.worker.ref();
  return early.worker;
}

interface Job {
  id: number;
  uri: string;
  /** A whole text, or an open document's version (whose changes since the worker's version can be sent). */
  text: string | VersionedText;
  language: DocumentLanguage;
  config: HealthLintConfig;
  resolve(result: LintResult): void;
  reject(error: Error): void;
}

export { LintSupersededError, LintTimeoutError };

function wholeText(text: string | VersionedText): string {
  return typeof text === 'string' ? text : text.getText();
}

/** Main-thread side: one job at a time in the worker, a time limit per job. */
export class LintRunner {
  private worker?: Worker;
  private workerFailed = false;
  /** Whether any worker ever answered: a worker that cannot even start is not retried forever. */
  private workerAnswered = false;
  private startFailures = 0;
  private readonly inProcess = new LintEngine();
  private readonly queue: Job[] = [];
  private running?: { job: Job; timer: NodeJS.Timeout };
  private nextId = 1;
  /**
   * Per document, what the current worker holds: the text sent last and the findings it sent
   * back last. Both sides update them in the same order, so a change can be told against them.
   */
  private readonly synced = new Map<string, { version?: number; findings?: Finding[] }>();
  private readonly memoryProbes = new Map<number, (figures: HeapFigures | undefined) => void>();

  constructor(
    /** The script the worker runs: this bundle (dist/server.js). */
    private readonly script: string,
    public timeLimitMs: number,
    private readonly log: (message: string) => void,
  ) {}

  lint(uri: string, text: string | VersionedText, language: DocumentLanguage, config: HealthLintConfig): Promise<LintResult> {
    if (this.workerFailed) return Promise.resolve().then(() => this.inProcess.lint(uri, wholeText(text), language, config));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, uri, text, language, config, resolve, reject });
      this.pump();
    });
  }

  drop(uri: string): void {
    this.inProcess.drop(uri);
    this.synced.delete(uri);
    this.worker?.postMessage({ kind: 'drop', uri } satisfies ToWorker);
  }

  clear(): void {
    this.inProcess.clear();
    this.worker?.postMessage({ kind: 'clear' } satisfies ToWorker);
  }

  /** The worker's heap figures (undefined without a worker); answered after the lint running now. */
  workerHeap(collectGarbage: boolean): Promise<HeapFigures | undefined> {
    const worker = this.worker;
    if (!worker) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.memoryProbes.set(id, resolve);
      worker.postMessage({ kind: 'memory', id, collectGarbage } satisfies ToWorker);
    });
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.synced.clear();
    void worker?.terminate();
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    // While a slow lint runs, keystrokes queue up: only the newest text of a document is worth linting.
    if (this.queue.some((later) => later.uri === job.uri)) {
      job.reject(new LintSupersededError('a newer version is queued'));
      this.pump();
      return;
    }
    const worker = this.ensureWorker();
    if (!worker) {
      // No worker: lint here, so the answer still comes.
      try {
        job.resolve(this.inProcess.lint(job.uri, wholeText(job.text), job.language, job.config));
      } catch (error) {
        job.reject(error instanceof Error ? error : new Error(String(error)));
      }
      this.pump();
      return;
    }
    const timer = setTimeout(() => this.abandon(new LintTimeoutError(`took longer than ${Math.round(this.timeLimitMs / 1000)} s`)), this.timeLimitMs);
    this.running = { job, timer };
    this.post(worker, job, false);
  }

  /** Sends a job: the editor's changes since the version the worker holds, or the whole text. */
  private post(worker: Worker, job: Job, whole: boolean): void {
    const known = this.synced.get(job.uri);
    const base = { kind: 'lint', id: job.id, uri: job.uri, language: job.language, config: job.config } as const;
    const version = typeof job.text === 'string' ? undefined : job.text.version;
    this.synced.set(job.uri, { version, findings: known?.findings });
    if (typeof job.text !== 'string' && known?.version !== undefined && !whole) {
      const changes = job.text.changesSince(known.version);
      // A change as large as the text (a file replaced) goes whole.
      if (changes && changes.reduce((size, change) => size + change.newText.length, 0) < job.text.length / 2) {
        worker.postMessage({ ...base, changes, fromVersion: known.version, version: job.text.version, length: job.text.length } satisfies ToWorker);
        return;
      }
    }
    worker.postMessage({ ...base, text: wholeText(job.text), version } satisfies ToWorker);
  }

  /**
   * Starts the worker before the first lint, so that starting a thread and loading the rules
   * (most of a first lint's wait in a fresh server) overlap with the editor's start-up.
   */
  prepare(): void {
    this.ensureWorker();
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    if (this.workerFailed) return undefined;
    try {
      const worker = takeEarlyWorker(this.script) ?? startWorker(this.script);
      worker.on('message', (reply: FromWorker) => this.finish(reply));
      worker.on('error', (error) => {
        this.log(`lint worker failed: ${error.message}`);
        if (this.worker === worker) this.abandon(error, true);
      });
      worker.on('exit', (code) => {
        if (this.worker !== worker) return;
        this.abandon(new Error(`lint worker exited (code ${code})`), true);
      });
      // Rules must not write to stdout (it carries LSP messages in --stdio mode): keep worker output in the log.
      worker.stdout.on('data', (chunk) => this.log(`lint worker: ${String(chunk).trimEnd()}`));
      worker.stderr.on('data', (chunk) => this.log(`lint worker: ${String(chunk).trimEnd()}`));
      this.worker = worker;
      return worker;
    } catch (error) {
      this.workerFailed = true;
      this.log(`cannot start a lint worker (${error instanceof Error ? error.message : String(error)}); linting on the main thread`);
      return undefined;
    }
  }

  private finish(reply: FromWorker): void {
    this.workerAnswered = true;
    if ('memoryId' in reply) {
      this.memoryProbes.get(reply.memoryId)?.(reply.memory);
      this.memoryProbes.delete(reply.memoryId);
      return;
    }
    const running = this.running;
    if (!running || running.job.id !== reply.id) return;
    if ('resync' in reply) {
      if (this.worker) this.post(this.worker, running.job, true);
      return;
    }
    clearTimeout(running.timer);
    this.running = undefined;
    if ('result' in reply) {
      try {
        running.job.resolve(this.resultOf(running.job.uri, reply.result));
      } catch (error) {
        // Out of step with the worker (a bug): start this document afresh on both sides.
        this.synced.delete(running.job.uri);
        this.worker?.postMessage({ kind: 'drop', uri: running.job.uri } satisfies ToWorker);
        running.job.reject(error instanceof Error ? error : new Error(String(error)));
      }
    } else running.job.reject(new Error(reply.error));
    this.pump();
  }

  /** The full result from the worker's answer, remembered as the base of the next change. */
  private resultOf(uri: string, result: WorkerResult): LintResult {
    const synced = this.synced.get(uri);
    let findings: Finding[];
    if ('findings' in result) findings = result.findings;
    else {
      if (!synced?.findings) throw new Error('the worker sent a change of findings this thread does not have');
      findings = applyFindingsChange(synced.findings, result.findingsChange);
    }
    if (synced) synced.findings = findings;
    return { findings, skipped: result.skipped, failures: result.failures };
  }

  /** The running job fails; the worker is replaced (its state may be wrecked); the queue goes on. */
  private abandon(error: Error, workerBroke = false): void {
    const running = this.running;
    this.running = undefined;
    if (running) {
      clearTimeout(running.timer);
      running.job.reject(error);
    }
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    // The next worker starts with nothing: every document goes whole to it.
    this.synced.clear();
    for (const answer of this.memoryProbes.values()) answer(undefined);
    this.memoryProbes.clear();
    if (workerBroke && !this.workerAnswered && ++this.startFailures >= 3) {
      this.workerFailed = true;
      this.log('the lint worker never started properly; linting on the main thread from now on');
    }
    this.pump();
  }
}
