// The worker thread's side of the pool: lint each batch of files and post the outcomes.

import { parentPort, workerData } from 'node:worker_threads';
import { lintFile, type FileOutcome } from './lint-file.js';
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
  parentPort?.on('message', (message: { type: string; tasks: [number, string, number][] }) => {
    if (message.type !== 'batch') return;
    const results: [number, FileOutcome][] = message.tasks.map(([index, path, configIndex]) => [
      index,
      lintFile(path, linters.get(configIndex), data.configs[configIndex] ?? {}, data.fix, times),
    ]);
    if (times && gc) {
      times.gcMs = gc.ms;
      times.wallMs = performance.now();
      times.cpuMs = threadCpuMs();
    }
    parentPort?.postMessage({ type: 'results', results, timing: times });
  });
}
