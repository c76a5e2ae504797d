// Linting off the server's main thread. The LSP connection lives on the main thread and
// must always answer (cancellations, code actions from the last result, shutdown), so the
// rules run in a worker thread. A lint that runs too long or crashes the worker (a stack
// overflow, out of memory) costs that one result: the worker is replaced and the server
// carries on. Where a worker cannot start, linting runs in-process instead.

import { getHeapStatistics } from 'node:v8';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createLinter, type BlockCache, type DocumentLanguage, type HealthLintConfig, type Linter, type LintResult } from '../rules/index.js';

/** Lints with a block cache per document and a linter per configuration; runs wherever it is put. */
export class LintEngine {
  private readonly linters = new Map<string, Linter>();
  private readonly documents = new Map<string, { linter: Linter; cache: BlockCache }>();

  lint(uri: string, text: string, language: DocumentLanguage, config: HealthLintConfig): LintResult {
    const linter = this.linterFor(config);
    let state = this.documents.get(uri);
    // Cached block results belong to the linter (configuration) that made them.
    if (!state || state.linter !== linter) {
      state = { linter, cache: new Map() };
      this.documents.set(uri, state);
    }
    return linter.lint(text, language, state.cache);
  }

  drop(uri: string): void {
    this.documents.delete(uri);
  }

  clear(): void {
    this.linters.clear();
    this.documents.clear();
  }

  private linterFor(config: HealthLintConfig): Linter {
    const key = JSON.stringify(config);
    let linter = this.linters.get(key);
    if (!linter) {
      // Configurations are few (one per config file and settings); a bound keeps a long session small.
      if (this.linters.size >= 16) this.clear();
      linter = createLinter(config);
      this.linters.set(key, linter);
    }
    return linter;
  }
}

type ToWorker =
  | { kind: 'lint'; id: number; uri: string; text: string; language: DocumentLanguage; config: HealthLintConfig }
  | { kind: 'drop'; uri: string }
  | { kind: 'clear' }
  | { kind: 'memory'; id: number; collectGarbage: boolean };

type FromWorker = { id: number; result: LintResult } | { id: number; error: string } | { memoryId: number; memory: HeapFigures };

/** One V8 isolate's heap, in bytes (for the load benchmark's memory timeline). */
export interface HeapFigures {
  heapUsed: number;
  heapTotal: number;
  external: number;
  /** Whether a full garbage collection ran just before (only with `node --expose-gc`). */
  collected: boolean;
}

/** This thread's heap figures; with `--expose-gc`, after a full collection when asked. */
export function heapFigures(collectGarbage: boolean): HeapFigures {
  const gc = (globalThis as { gc?: () => void }).gc;
  const collected = collectGarbage && typeof gc === 'function';
  if (collected) gc!();
  const heap = getHeapStatistics();
  return { heapUsed: heap.used_heap_size, heapTotal: heap.total_heap_size, external: heap.external_memory, collected };
}

const WORKER_MARKER = 'health-lint-lint-worker';
const WORKER_HEAP_MB = 1536;

/** True in the worker thread that `LintRunner` starts from this same bundle. */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | undefined)?.role === WORKER_MARKER;
}

/** The worker thread's loop: lint requests in, results out. */
export function runLintWorker(): void {
  const engine = new LintEngine();
  parentPort!.on('message', (message: ToWorker) => {
    if (message.kind === 'drop') engine.drop(message.uri);
    else if (message.kind === 'clear') engine.clear();
    else if (message.kind === 'memory') parentPort!.postMessage({ memoryId: message.id, memory: heapFigures(message.collectGarbage) } satisfies FromWorker);
    else {
      let reply: FromWorker;
      try {
        reply = { id: message.id, result: engine.lint(message.uri, message.text, message.language, message.config) };
      } catch (error) {
        reply = { id: message.id, error: error instanceof Error ? error.message : String(error) };
      }
      parentPort!.postMessage(reply);
    }
  });
}

interface Job {
  id: number;
  uri: string;
  text: string;
  language: DocumentLanguage;
  config: HealthLintConfig;
  resolve(result: LintResult): void;
  reject(error: Error): void;
}

export class LintTimeoutError extends Error {}

/** The job was skipped because a newer text of the same document is queued behind it. */
export class LintSupersededError extends Error {}

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
  private readonly memoryProbes = new Map<number, (figures: HeapFigures | undefined) => void>();

  constructor(
    /** The script the worker runs: this bundle (dist/server.js). */
    private readonly script: string,
    public timeLimitMs: number,
    private readonly log: (message: string) => void,
  ) {}

  lint(uri: string, text: string, language: DocumentLanguage, config: HealthLintConfig): Promise<LintResult> {
    if (this.workerFailed) return Promise.resolve().then(() => this.inProcess.lint(uri, text, language, config));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, uri, text, language, config, resolve, reject });
      this.pump();
    });
  }

  drop(uri: string): void {
    this.inProcess.drop(uri);
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
        job.resolve(this.inProcess.lint(job.uri, job.text, job.language, job.config));
      } catch (error) {
        job.reject(error instanceof Error ? error : new Error(String(error)));
      }
      this.pump();
      return;
    }
    const timer = setTimeout(() => this.abandon(new LintTimeoutError(`took longer than ${Math.round(this.timeLimitMs / 1000)} s`)), this.timeLimitMs);
    this.running = { job, timer };
    worker.postMessage({ kind: 'lint', id: job.id, uri: job.uri, text: job.text, language: job.language, config: job.config } satisfies ToWorker);
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    if (this.workerFailed) return undefined;
    try {
      const worker = new Worker(this.script, {
        workerData: { role: WORKER_MARKER },
        stdout: true,
        stderr: true,
        // A runaway lint exhausts the worker's heap, not the server's.
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
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
    clearTimeout(running.timer);
    this.running = undefined;
    if ('result' in reply) running.job.resolve(reply.result);
    else running.job.reject(new Error(reply.error));
    this.pump();
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
    for (const answer of this.memoryProbes.values()) answer(undefined);
    this.memoryProbes.clear();
    if (workerBroke && !this.workerAnswered && ++this.startFailures >= 3) {
      this.workerFailed = true;
      this.log('the lint worker never started properly; linting on the main thread from now on');
    }
    this.pump();
  }
}
