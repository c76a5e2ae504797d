// `--shard K/N` end to end: on a generated workspace, the shards together lint exactly the
// files of an unsharded run and find exactly its findings; a file's shard never changes
// when other files come and go; every format, --fix and the worker pool work on a shard.

import { strict as assert } from 'node:assert';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseShard, shardOfPath } from '../../cli/shard.js';
import { escapeHtml } from '../../report/index.js';
import { buildCli, generatedWorkspace, runCli, runCliHere } from './helpers.js';

interface JsonReport {
  shard?: { index: number; count: number };
  summary: { filesLinted: number; findings: number };
  files: { path: string; findings: { ruleId: string; line: number; column: number; message: string }[] }[];
}

const SHARDS = 4;

/** file:line:column rule message, one per finding. */
const findingRows = (reports: JsonReport[]) =>
  reports.flatMap((report) => report.files.flatMap((file) => file.findings.map((finding) => `${file.path}:${finding.line}:${finding.column} ${finding.ruleId} ${finding.message}`))).sort();

async function lintJson(folder: string, args: string[]): Promise<JsonReport> {
  const run = await runCliHere(['-f', 'json', ...args], { cwd: folder });
  assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as JsonReport;
}

async function shardsOf(folder: string, args: string[] = []): Promise<JsonReport[]> {
  const reports = [];
  for (let index = 1; index <= SHARDS; index++) reports.push(await lintJson(folder, [...args, '--shard', `${index}/${SHARDS}`]));
  return reports;
}

/** Which shard each file path of the reports is in. */
const shardOfEachFile = (reports: JsonReport[]) => new Map(reports.flatMap((report) => report.files.map((file) => [file.path, report.shard!.index] as const)));

describe('health-lint --shard', function () {
  this.timeout(120000);
  let workspace: string;
  let unsharded: JsonReport;
  let shards: JsonReport[];

  before(async () => {
    await buildCli();
    workspace = generatedWorkspace(48);
    unsharded = await lintJson(workspace, []);
    shards = await shardsOf(workspace);
  });

  it('the shards together lint every file once and find exactly the unsharded findings', async () => {
    assert.equal(unsharded.summary.filesLinted, 48);
    assert.ok(unsharded.summary.findings >= 48, `the generated articles trip the rules (${unsharded.summary.findings} findings)`);
    const paths = shards.flatMap((report) => report.files.map((file) => file.path));
    assert.deepEqual([...paths].sort(), unsharded.files.map((file) => file.path).sort(), 'each file in exactly one shard');
    for (const [index, report] of shards.entries()) {
      assert.deepEqual(report.shard, { index: index + 1, count: SHARDS });
      assert.ok(report.files.length >= 4, `shard ${index + 1} has a fair share (${report.files.length} of 48 files)`);
    }
    assert.deepEqual(findingRows(shards), findingRows([unsharded]));
  });

  it('gives the same split with the worker pool as in-process', async () => {
    const threaded = await shardsOf(workspace, ['--concurrency', '2']);
    assert.deepEqual(threaded, shards);
  });

  it('shard 1/1 is the unsharded run, in every format', async () => {
    for (const format of ['json', 'sarif', 'csv', 'stylish', 'markdown']) {
      const whole = await runCliHere(['-f', format], { cwd: workspace });
      const single = await runCliHere(['-f', format, '--shard', '1/1'], { cwd: workspace });
      assert.equal(single.code, whole.code);
      assert.equal(single.stdout, whole.stdout, format);
    }
  });

  it("keeps every file in its shard when files are added or removed, and puts a file in the same shard wherever it's linted from", async () => {
    // A fresh copy of the generated workspace (same relative paths), so the shared one stays as it is.
    const folder = generatedWorkspace(48);
    const before = shardOfEachFile(shards);
    writeFileSync(join(folder, 'news', 'added-1.md'), 'A new article about miracle pills.\n');
    writeFileSync(join(folder, 'added 2.txt'), 'Another one, with no claims.\n');
    const removed = [...before.keys()][7];
    rmSync(join(folder, removed));
    const after = shardOfEachFile(await shardsOf(folder));
    assert.equal(after.size, before.size + 1);
    for (const [path, shard] of after) {
      if (path.includes('added')) continue;
      assert.equal(shard, before.get(path), `${path} moved from shard ${before.get(path)} to ${shard}`);
    }
    // Naming the folder explicitly or by glob selects the same files with the same relative paths.
    const byGlob = shardOfEachFile(await shardsOf(folder, ['**/*.md', '**/*.txt', '**/*.html']));
    assert.deepEqual(new Map([...byGlob].sort()), new Map([...after].sort()));
  });

  it('lints only the shard in every output format', async () => {
    const json = await lintJson(workspace, ['--shard', `2/${SHARDS}`]);
    const withFindings = json.files.filter((file) => file.findings.length > 0).map((file) => file.path);
    const csv = await runCliHere(['-f', 'csv', '--shard', `2/${SHARDS}`], { cwd: workspace });
    const csvFiles = new Set(csv.stdout.split('\r\n').slice(1, -1).map((row) => (row.startsWith('"') ? row.slice(1, row.indexOf('"', 1)) : row.split(',')[0])));
    assert.deepEqual([...csvFiles].sort(), [...withFindings].sort());
    const stylish = await runCliHere(['--shard', `2/${SHARDS}`], { cwd: workspace });
    assert.match(stylish.stdout, new RegExp(`in ${withFindings.length} files of ${json.files.length} linted`));
    const markdown = await runCliHere(['-f', 'markdown', '--shard', `2/${SHARDS}`], { cwd: workspace });
    assert.match(markdown.stdout, new RegExp(`\\(${json.files.length} files linted\\)`));
    const html = await runCliHere(['-f', 'html', '--shard', `2/${SHARDS}`], { cwd: workspace });
    for (const file of unsharded.files) {
      const inShard = json.files.some((entry) => entry.path === file.path);
      if (file.findings.length > 0) assert.equal(html.stdout.includes(`<span class="path">${escapeHtml(file.path)}</span>`), inShard, file.path);
    }
    const sarif = JSON.parse((await runCliHere(['-f', 'sarif', '--shard', `2/${SHARDS}`], { cwd: workspace })).stdout);
    assert.deepEqual(sarif.runs[0].properties, { shard: { index: 2, count: SHARDS } });
    assert.equal(sarif.runs[0].results.length, json.files.reduce((sum, file) => sum + file.findings.length, 0));
  });

  it('--fix with shards writes the same files as --fix without', async () => {
    const sharded = generatedWorkspace(48);
    const whole = generatedWorkspace(48);
    const pristine = generatedWorkspace(48);
    await runCliHere(['--fix'], { cwd: whole });
    for (let index = 1; index <= 2; index++) await runCliHere(['--fix', '--shard', `${index}/2`], { cwd: sharded });
    const paths = unsharded.files.map((file) => file.path);
    const read = (folder: string, path: string) => readFileSync(join(folder, path), 'utf8');
    assert.ok(paths.filter((path) => read(whole, path) !== read(pristine, path)).length >= 10, 'the unsharded run fixed files');
    for (const path of paths) assert.equal(read(sharded, path), read(whole, path), path);
  });

  it('lints no file, and says so, in a shard that gets none', async () => {
    const folder = generatedWorkspace(2);
    const reports = [];
    for (let index = 1; index <= 8; index++) reports.push(await lintJson(folder, ['--shard', `${index}/8`]));
    assert.ok(reports.some((report) => report.files.length === 0));
    assert.equal(reports.reduce((sum, report) => sum + report.files.length, 0), 2);
  });

  describe('a bad --shard is a usage error (exit 2, one line, no report)', () => {
    const cases: [string, RegExp][] = [
      ['0/4', /^health-lint: --shard 0\/4: K must be from 1 to 4 \(shards are numbered from 1\)\.\n$/],
      ['5/4', /^health-lint: --shard 5\/4: K must be from 1 to 4/],
      ['1/0', /^health-lint: --shard 1\/0: the number of shards must be 1 or more\.\n$/],
      ['a/b', /^health-lint: --shard expects K\/N, shard K of N \(e\.g\. 2\/4\); got "a\/b"\.\n$/],
      ['1/', /--shard expects K\/N/],
      ['/4', /--shard expects K\/N/],
      ['2.5/4', /--shard expects K\/N/],
      ['-1/4', /--shard expects K\/N/],
      ['1/4/2', /--shard expects K\/N/],
      ['', /--shard expects K\/N/],
    ];
    for (const [value, expected] of cases) {
      it(`--shard "${value}"`, async () => {
        const run = await runCliHere([`--shard=${value}`], { cwd: workspace });
        assert.equal(run.code, 2, run.stderr);
        assert.match(run.stderr, expected);
        assert.equal(run.stdout, '');
      });
    }
    it('--shard with no value, and the exit code of the real process', async () => {
      const run = await runCli(['--shard'], { cwd: workspace });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^health-lint: Option "--shard" needs a value\.\n$/);
    });
  });

  describe('the assignment', () => {
    it('parses K/N', () => {
      assert.deepEqual(parseShard('3/4'), { index: 3, count: 4 });
      assert.deepEqual(parseShard('1/1'), { index: 1, count: 1 });
      assert.ok('problem' in parseShard('4/3'));
    });

    it('spreads many paths evenly and depends on nothing but the path and N', () => {
      const counts = new Array(8).fill(0);
      for (let index = 0; index < 8000; index++) counts[shardOfPath(`articles/${index}/post.md`, 8) - 1]++;
      for (const count of counts) assert.ok(count > 850 && count < 1150, `shard sizes ${counts.join(', ')}`);
      assert.equal(shardOfPath('news/a.md', 4), shardOfPath('news/a.md', 4));
    });

    it('splits a copy of the workspace elsewhere the same way: only the relative path counts', async () => {
      const copy = join(generatedWorkspace(0), 'copy');
      cpSync(workspace, copy, { recursive: true });
      assert.deepEqual(shardOfEachFile(await shardsOf(copy)), shardOfEachFile(shards));
    });
  });
});
