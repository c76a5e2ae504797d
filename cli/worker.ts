// The worker thread's side of the pool: lint each batch of files and post the outcomes.

import { parentPort, workerData } from 'node:worker_threads';
import { lintFile, type FileOutcome } from './lint-file.js';
import { LinterCache, type WorkerData } from './pool.js';

export function isWorkerData(data: unknown): data is WorkerData {
  return typeof data === 'object' && data !== null && (data as WorkerData).healthLintWorker === true;
}

export function runWorker(): void {
  const data = workerData as WorkerData;
  const linters = new LinterCache(data.configs);
  parentPort?.on('message', (message: { type: string; tasks: [number, string, number][] }) => {
    if (message.type !== 'batch') return;
    const results: [number, FileOutcome][] = message.tasks.map(([index, path, configIndex]) => [
      index,
      lintFile(path, linters.get(configIndex), data.configs[configIndex] ?? {}, data.fix),
    ]);
    parentPort?.postMessage({ type: 'results', results });
  });
}
