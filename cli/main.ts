// Entry of `dist/cli.js`. The same bundle is the worker thread's script: in a worker it
// lints the batches it is sent; otherwise it is the command line.

import { isMainThread, workerData } from 'node:worker_threads';
import { runCli } from './run.js';
import { isWorkerData, runWorker } from './worker.js';

if (!isMainThread && isWorkerData(workerData)) {
  runWorker();
} else {
  runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    workerScript: __filename,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`health-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
