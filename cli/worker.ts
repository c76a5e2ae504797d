// The worker thread's side of the pool: lint each batch of files and post the outcomes.

import { parentPort, workerData } from 'node:worker_threads';
import { lintFile, type FileOutcome } from './lint-file.js';
import { packOutcomes } from './packed-outcomes.js';
import { LinterCache, type WorkerData } from './pool.js';
import { emptyFileTimes, threadCpuMs, watchGarbageCollection, type ThreadTimes } from './timing.js';

export function isWorkerData(data: unknown): data is WorkerData {
  return typeof data === 'object' && data !== null && (data as WorkerData).healthLintWorker === true;
}

export function runWorker(): void {
  const data = workerData as WorkerData;
  const linters = new LinterCache(data.configs);
  // performance.now() counts from this thread's start, so it is the start-up time here.
  const times: ThreadTimes | undefined = data.timing ? { ...emptyFileTimes(), startupMs: performance.now(), gcMs: 0, wallMs: 0 } : undefined;
  const gc = times ? watchGarbageCollection() : undefined;
  // Batches wait here and are linted one per turn of the event loop, so that what else is
  // queued (the next batch, garbage collection records) is taken in between.
  const queue: [number, string, number][][] = [];
  const lintNext = () => {
    const tasks = queue.shift();
    if (!tasks) return;
    const results: [number, FileOutcome][] = tasks.map(([index, path, configIndex]) => [
      index,
      lintFile(path, linters.get(configIndex), data.configs[configIndex] ?? {}, data.fix, times),
    ]);
    if (times && gc) {
      times.gcMs = gc.ms;
      times.wallMs = performance.now();
      times.cpuMs = threadCpuMs();
    }
    const outcomes = packOutcomes(results);
    parentPort?.postMessage({ type: 'results', outcomes, timing: times }, [outcomes.numbers.buffer]);
    if (queue.length > 0) setImmediate(lintNext);
  };
  parentPort?.on('message', (message: { type: string; tasks: [number, string, number][] }) => {
    if (message.type !== 'batch') return;
    queue.push(message.tasks);
    if (queue.length === 1) setImmediate(lintNext);
  });
}
