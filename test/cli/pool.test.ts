// The worker pool when a worker dies: the batch it was linting is reported as a file problem
// for each of its files, and every other file is still linted.

import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintInProcess, lintInWorkers, type LintTask } from '../../cli/pool.js';

describe('worker pool', () => {
  it('a worker that dies costs only the batch it was linting; the rest is linted in-process', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'health-lint-pool-'));
    // A worker that fails on the first batch it gets, while a second batch waits in its queue.
    const crashingWorker = join(folder, 'crashing-worker.js');
    writeFileSync(crashingWorker, "require('node:worker_threads').parentPort.on('message', () => { throw new Error('boom'); });\n");
    const tasks: LintTask[] = [];
    for (let index = 0; index < 10; index++) {
      const path = join(folder, `article-${index}.md`);
      writeFileSync(path, `# Article ${index}\n\nThis miracle cure works for everyone.\n`);
      tasks.push({ path, configIndex: 0 });
    }
    const options = { configs: [{}], fix: false };
    const outcomes = await lintInWorkers(tasks, { ...options, threads: 1, workerScript: crashingWorker });
    const expected = await lintInProcess(tasks, options);

    const failed = outcomes.filter((outcome) => outcome?.problems.some((problem) => /Internal error while linting: boom/.test(problem.message)));
    // The worker held two batches of equal size; only the first was being linted.
    assert.ok(failed.length > 0 && failed.length < tasks.length / 2, `one batch fails, not the one queued behind it (${failed.length} of ${tasks.length} files)`);
    outcomes.forEach((outcome, index) => {
      assert.ok(outcome, `file ${index} has an outcome`);
      assert.equal(outcome.path, tasks[index].path);
      if (failed.includes(outcome)) assert.deepEqual(outcome.findings, []);
      else assert.deepEqual(outcome, expected[index], `file ${index} is linted as usual`);
    });
    // The failed files are the first ones handed out (the batch the worker had started on).
    assert.deepEqual(
      failed.map((outcome) => outcome!.path),
      tasks.slice(0, failed.length).map((task) => task.path),
    );
  });
});
