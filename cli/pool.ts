// Spreads files over worker threads. Each worker reads, lints (and fixes) whole files and
// sends back only findings in line/column form, so no document text crosses threads.
// Work is handed out in small batches as workers ask, so one slow file does not hold up
// the others; each worker holds two batches, so it never waits for the main thread between
// them (on a busy machine the main thread may not get a core at once). If a worker dies, its batch is reported as file problems and the rest of
// the run carries on (in this thread when no worker is left).

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createLinter, type HealthLintConfig, type Linter } from '../rules/index.js';
import { lintFile, type FileOutcome } from './lint-file.js';
import { unpackOutcomes, type PackedOutcomes } from './packed-outcomes.js';
import { emptyFileTimes, threadCpuMs, watchGarbageCollection, type ThreadTimes } from './timing.js';

export interface LintTask {
  path: string;
  /** Index into the run's list of configurations. */
  configIndex: number;
}

export interface LintRunOptions {
  configs: readonly HealthLintConfig[];
  fix: boolean;
  /** Called as each file finishes (for progress). */
  onResult?: (taskIndex: number, outcome: FileOutcome) => void;
  signal?: AbortSignal;
  /** When given, filled with each linting thread's times (HEALTH_LINT_TIMING). */
  timing?: ThreadTimes[];
}

export interface WorkerData {
  healthLintWorker: true;
  configs: readonly HealthLintConfig[];
  fix: boolean;
  timing?: boolean;
}

type BatchMessage = { type: 'batch'; tasks: [number, string, number][] };
type ResultMessage = { type: 'results'; outcomes: PackedOutcomes; timing?: ThreadTimes };

/** Below this many files, starting workers costs more than it saves. */
export const IN_PROCESS_LIMIT = 120;
const FILES_PER_WORKER = 60;
const WORKER_HEAP_MB = 160;
/** Batches a worker holds at once: the one it lints and the next. */
const BATCHES_IN_FLIGHT = 2;

/** How many workers a run of `fileCount` files should use; 0 means lint in this thread. */
export function chooseThreadCount(fileCount: number, requested?: number): number {
  const cores = Math.max(1, availableParallelism());
  if (requested !== undefined) return Math.min(requested, cores, Math.max(1, fileCount));
  if (fileCount < IN_PROCESS_LIMIT || cores < 2) return 0;
  return Math.min(cores, Math.ceil(fileCount / FILES_PER_WORKER));
}

/** Linters by configuration, built on first use. */
export class LinterCache {
  private readonly linters = new Map<number, Linter>();
  constructor(private readonly configs: readonly HealthLintConfig[]) {}
  get(index: number): Linter {
    let linter = this.linters.get(index);
    if (!linter) {
      linter = createLinter(this.configs[index] ?? {});
      this.linters.set(index, linter);
    }
    return linter;
  }
}

export async function lintInProcess(tasks: readonly LintTask[], options: LintRunOptions): Promise<(FileOutcome | undefined)[]> {
  const linters = new LinterCache(options.configs);
  const outcomes: (FileOutcome | undefined)[] = new Array(tasks.length);
  const times = options.timing ? { ...emptyFileTimes(), startupMs: 0, gcMs: 0, wallMs: 0, cpuMs: threadCpuMs() } : undefined;
  const started = performance.now();
  const gc = times ? watchGarbageCollection() : undefined;
  for (let index = 0; index < tasks.length; index++) {
    if (options.signal?.aborted) break;
    const task = tasks[index];
    const outcome = lintFile(task.path, linters.get(task.configIndex), options.configs[task.configIndex] ?? {}, options.fix, times);
    outcomes[index] = outcome;
    options.onResult?.(index, outcome);
    // Let progress, cancellation and other callbacks run now and then.
    if (index % 16 === 15) await new Promise((resolve) => setImmediate(resolve));
  }
  if (times && gc) {
    // The thread's CPU during this loop only: the main thread did other work before it.
    const cpuAfter = threadCpuMs();
    times.cpuMs = times.cpuMs !== undefined && cpuAfter !== undefined ? cpuAfter - times.cpuMs : undefined;
    times.wallMs = performance.now() - started;
    gc.stop();
    times.gcMs = gc.ms;
    options.timing?.push(times);
  }
  return outcomes;
}

export async function lintInWorkers(
  tasks: readonly LintTask[],
  options: LintRunOptions & { workerScript: string; threads: number },
): Promise<(FileOutcome | undefined)[]> {
  const outcomes: (FileOutcome | undefined)[] = new Array(tasks.length);
  let next = 0;
  const takeBatch = (): [number, string, number][] => {
    const remaining = tasks.length - next;
    const size = Math.max(1, Math.min(32, Math.ceil(remaining / (options.threads * 4))));
    const batch: [number, string, number][] = [];
    for (; batch.length < size && next < tasks.length; next++) batch.push([next, tasks[next].path, tasks[next].configIndex]);
    return batch;
  };
  // Each message arrives as a fresh copy; keeping one copy of each repeated text saves
  // most of the memory a large run's findings take.
  const strings = new Map<string, string>();
  const intern = (text: string) => {
    const known = strings.get(text);
    if (known !== undefined) return known;
    strings.set(text, text);
    return text;
  };
  const pathOf = (index: number) => tasks[index].path;
  const finish = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    options.onResult?.(index, outcome);
  };

  const runWorker = (workerIndex: number) =>
    new Promise<void>((resolve) => {
      const data: WorkerData = { healthLintWorker: true, configs: options.configs, fix: options.fix, timing: options.timing !== undefined };
      // A bounded heap makes a worker collect its garbage early instead of growing; files are
      // at most a few MB, so this is far above what one batch needs.
      const worker = new Worker(options.workerScript, {
        workerData: data,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
      // Batches sent and not answered yet, oldest first (the worker answers in order).
      const inFlight: [number, string, number][][] = [];
      let settled = false;
      const fill = () => {
        while (inFlight.length < BATCHES_IN_FLIGHT && !options.signal?.aborted) {
          const batch = takeBatch();
          if (batch.length === 0) break;
          inFlight.push(batch);
          worker.postMessage({ type: 'batch', tasks: batch } satisfies BatchMessage);
        }
        if (inFlight.length === 0) {
          settled = true;
          void worker.terminate().then(() => resolve());
        }
      };
      worker.on('message', (message: ResultMessage) => {
        if (message.type !== 'results') return;
        inFlight.shift();
        for (const [index, outcome] of unpackOutcomes(message.outcomes, pathOf, intern)) finish(index, outcome);
        if (message.timing && options.timing) options.timing[workerIndex] = message.timing;
        fill();
      });
      worker.on('error', (error) => {
        // The worker answers in order, so it died on the oldest batch; the files of the
        // batches after it were never tried and are linted at the end like any left over.
        for (const [index, path] of inFlight[0] ?? []) {
          if (!outcomes[index]) finish(index, { path, findings: [], problems: [{ severity: 'error', message: `Internal error while linting: ${error.message}` }], fixed: false });
        }
        inFlight.length = 0;
      });
      worker.on('exit', () => {
        if (!settled) resolve();
      });
      fill();
    });

  await Promise.all(Array.from({ length: options.threads }, (_, workerIndex) => runWorker(workerIndex)));
  // Workers that died leave files behind; lint those here.
  const leftover = tasks.map((task, index) => ({ task, index })).filter(({ index }) => !outcomes[index]);
  if (leftover.length > 0 && !options.signal?.aborted) {
    const results = await lintInProcess(
      leftover.map(({ task }) => task),
      { ...options, onResult: (position, outcome) => finish(leftover[position].index, outcome) },
    );
    results.forEach((outcome, position) => {
      if (outcome) outcomes[leftover[position].index] = outcome;
    });
  }
  return outcomes;
}
