// docs/ci.md runs as written: its GitHub Actions matrix commands, run for every shard in a
// generated workspace, and its merge command give the report of its single-runner command.

import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli, generatedWorkspace, repoRoot, runCliHere } from './helpers.js';

const doc = readFileSync(join(repoRoot, 'docs', 'ci.md'), 'utf8');

/** The arguments of a documented `npx health-lint` command, with CI variables filled in (no shell needed: the commands use no quoting tricks). */
function commandArguments(line: string, variables: Record<string, string>): string[] {
  let command = line.slice(line.indexOf('npx health-lint') + 'npx health-lint'.length);
  command = command.split(' || ')[0].split(' # ')[0];
  for (const [name, value] of Object.entries(variables)) command = command.split(name).join(value);
  return command.replace(/"/g, '').trim().split(/\s+/);
}

const documentedLine = (pattern: RegExp) => {
  const line = doc.split('\n').find((candidate) => pattern.test(candidate));
  assert.ok(line, `docs/ci.md has a line matching ${pattern}`);
  return line;
};

describe('docs/ci.md', function () {
  this.timeout(120000);
  before(async () => {
    await buildCli();
  });

  it('the matrix of shards and the merge job give the single runner report', async () => {
    const workspace = generatedWorkspace(40);
    const single = commandArguments(documentedLine(/run: npx health-lint --format sarif/), {});
    assert.equal((await runCliHere(single, { cwd: workspace })).stderr, '');
    const whole = JSON.parse(readFileSync(join(workspace, 'health-lint.sarif'), 'utf8'));

    const shardLine = documentedLine(/run: npx health-lint --shard \$\{\{ matrix\.shard \}\}/);
    const count = Number(/\/(\d+) /.exec(shardLine)![1]);
    mkdirSync(join(workspace, 'shards'));
    for (let shard = 1; shard <= count; shard++) {
      const args = commandArguments(shardLine, { '${{ matrix.shard }}': String(shard) });
      const run = await runCliHere(args, { cwd: workspace });
      assert.ok(run.code === 0 || run.code === 1, run.stderr); // the step accepts exit code 1
      // What upload-artifact and download-artifact (merge-multiple) do: every shard's file in shards/.
      const output = args[args.indexOf('--output') + 1];
      renameSync(join(workspace, output), join(workspace, 'shards', output));
    }
    const merge = await runCliHere(commandArguments(documentedLine(/run: npx health-lint merge/), {}), { cwd: workspace });
    assert.equal(merge.stderr, '');
    assert.deepEqual(JSON.parse(readFileSync(join(workspace, 'health-lint.sarif'), 'utf8')), whole);
  });

  it('the GitLab commands shard and merge JSON reports', async () => {
    const workspace = generatedWorkspace(40);
    const shardLine = documentedLine(/- npx health-lint --shard "\$CI_NODE_INDEX/);
    for (let shard = 1; shard <= 3; shard++) {
      const run = await runCliHere(commandArguments(shardLine, { $CI_NODE_INDEX: String(shard), $CI_NODE_TOTAL: '3' }), { cwd: workspace });
      assert.ok(run.code === 0 || run.code === 1, run.stderr);
    }
    // The shell expands the glob of the documented merge command.
    const mergeArgs = commandArguments(documentedLine(/- npx health-lint merge health-lint-\*\.json/), {}).flatMap((arg) =>
      arg === 'health-lint-*.json' ? ['health-lint-1.json', 'health-lint-2.json', 'health-lint-3.json'] : [arg],
    );
    const merge = await runCliHere(mergeArgs, { cwd: workspace });
    assert.equal(merge.stderr, '');
    const merged = JSON.parse(readFileSync(join(workspace, 'health-lint.json'), 'utf8'));
    assert.equal(merged.summary.filesLinted, 40);
  });
});
