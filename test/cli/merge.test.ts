// `health-lint merge`: the reports of 4 shards merge into the unsharded report (SARIF and
// JSON; order defined as by file, then position), SARIF tables are renumbered correctly,
// and inputs that cannot be merged are refused with a message, exit code 2 and nothing
// written.

import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeSarifLogs, sarifLogChunks } from '../../report/index.js';
import { buildCli, generatedWorkspace, runCli, runCliHere, validateSarif } from './helpers.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- SARIF and JSON reports read back as plain JSON */
type Json = any;

const SHARDS = 4;
const read = (path: string): Json => JSON.parse(readFileSync(path, 'utf8'));

/** The order merge defines: results by file, then position, then rule; unsharded reports already follow it for one folder. */
function sortedSarif(log: Json): Json {
  const key = (result: Json) => {
    const location = result.locations[0].physicalLocation;
    const region = location.region;
    return [location.artifactLocation.uri, region.startLine, region.startColumn, region.endLine, region.endColumn, result.ruleId] as const;
  };
  const compare = (a: Json, b: Json) => {
    const [ka, kb] = [key(a), key(b)];
    for (let index = 0; index < ka.length; index++) if (ka[index] !== kb[index]) return ka[index] < kb[index] ? -1 : 1;
    return 0;
  };
  const runs = log.runs.map((run: Json) => ({ ...run, results: [...run.results].sort(compare) }));
  return { ...log, runs };
}

function sortedJson(report: Json): Json {
  const files = [...report.files]
    .sort((a: Json, b: Json) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file: Json) => ({ ...file, findings: [...file.findings].sort((a: Json, b: Json) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || (a.ruleId < b.ruleId ? -1 : 1)) }));
  return { ...report, files, rules: [...report.rules].sort((a: Json, b: Json) => (a.id < b.id ? -1 : 1)) };
}

describe('health-lint merge', function () {
  this.timeout(120000);
  let workspace: string;
  let reports: string;
  const shardFile = (index: number, extension: string) => join(reports, `shard-${index}.${extension}`);

  before(async () => {
    await buildCli();
    workspace = generatedWorkspace(48);
    // A file with a problem (binary) so that notifications are merged too.
    writeFileSync(join(workspace, 'news', 'binary.md'), Buffer.from([0x41, 0x00, 0x42]));
    reports = mkdtempSync(join(tmpdir(), 'health-lint-shard-reports-'));
    for (const format of ['sarif', 'json']) {
      await runCliHere(['-f', format, '-o', join(reports, `whole.${format}`)], { cwd: workspace });
      for (let index = 1; index <= SHARDS; index++) {
        await runCliHere(['-f', format, '--shard', `${index}/${SHARDS}`, '-o', shardFile(index, format)], { cwd: workspace });
      }
    }
  });

  const shardFiles = (extension: string) => Array.from({ length: SHARDS }, (_, index) => shardFile(index + 1, extension));

  it('merges the SARIF of 4 shards into the unsharded SARIF, valid against the schema', async () => {
    const run = await runCli(['merge', ...shardFiles('sarif').reverse(), '-o', join(reports, 'merged.sarif')], { cwd: workspace });
    const merged = read(join(reports, 'merged.sarif'));
    const whole = read(join(reports, 'whole.sarif'));
    assert.equal(run.code, whole.runs[0].results.some((result: Json) => result.level === 'error') ? 1 : 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.deepEqual(validateSarif(merged), []);
    assert.ok(whole.runs[0].results.length >= 48);
    assert.equal(merged.runs.length, 1);
    assert.deepEqual(merged, sortedSarif(whole));
    for (const result of merged.runs[0].results) assert.equal(merged.runs[0].tool.driver.rules[result.ruleIndex].id, result.ruleId);
    assert.equal(merged.runs[0].invocations[0].toolExecutionNotifications.length, 1, 'the binary file is reported once');
  });

  it('merges the JSON of 4 shards into the unsharded JSON, totals recomputed', async () => {
    const run = await runCliHere(['merge', ...shardFiles('json'), '-o', join(reports, 'merged.json')], { cwd: workspace });
    const merged = read(join(reports, 'merged.json'));
    const whole = read(join(reports, 'whole.json'));
    assert.equal(merged.summary.filesLinted, 49);
    assert.deepEqual(sortedJson(merged), sortedJson(whole));
    assert.equal(merged.shard, undefined);
    assert.equal(run.code, whole.summary.errors > 0 ? 1 : 0);
  });

  it('writes SARIF from JSON shards (with each finding of the unsharded SARIF), and to standard output without -o', async () => {
    const run = await runCliHere(['merge', '--format', 'sarif', ...shardFiles('json')], { cwd: workspace });
    const merged = JSON.parse(run.stdout);
    assert.deepEqual(validateSarif(merged), []);
    const whole = read(join(reports, 'whole.sarif'));
    const essentials = (log: Json) => log.runs[0].results.map((result: Json) => ({ ...result, ruleIndex: undefined, rule: log.runs[0].tool.driver.rules[result.ruleIndex].id }));
    assert.deepEqual(essentials(merged), essentials(sortedSarif(whole)));
  });

  it('merges shards that linted no file (more shards than files)', async () => {
    const folder = generatedWorkspace(3);
    for (let index = 1; index <= 8; index++) await runCliHere(['-f', 'sarif', '--shard', `${index}/8`, '-o', `shards/${index}.sarif`], { cwd: folder });
    const emptyShards = readdirSync(join(folder, 'shards')).filter((name) => read(join(folder, 'shards', name)).runs[0].results.length === 0);
    assert.ok(emptyShards.length >= 5, `${emptyShards.length} of 8 shards are empty`);
    const merged = await runCliHere(['merge', 'shards'], { cwd: folder });
    const whole = await runCliHere(['-f', 'sarif'], { cwd: folder });
    assert.equal(merged.stdout, whole.stdout);
  });

  it('takes a folder for the reports in it', async () => {
    const folder = join(reports, 'only-sarif');
    mkdirSync(folder);
    for (const [index, path] of shardFiles('sarif').entries()) writeFileSync(join(folder, `part-${index}.sarif`), readFileSync(path));
    const run = await runCliHere(['merge', folder], { cwd: workspace });
    assert.deepEqual(JSON.parse(run.stdout), sortedSarif(read(join(reports, 'whole.sarif'))));
  });

  it('exits 1 when the merged report has errors or too many warnings, like a lint run', async () => {
    const report = read(shardFile(1, 'json'));
    const withoutErrors = { ...report, shard: undefined, files: report.files.map((file: Json) => ({ ...file, problems: [], findings: file.findings.map((finding: Json) => ({ ...finding, severity: 'warning' })) })) };
    const warningCount = withoutErrors.files.reduce((sum: number, file: Json) => sum + file.findings.length, 0);
    assert.ok(warningCount > 0);
    const path = join(reports, 'warnings.json');
    writeFileSync(path, JSON.stringify(withoutErrors));
    assert.equal((await runCliHere(['merge', path], { cwd: reports })).code, 0);
    assert.equal((await runCliHere(['merge', path, '--max-warnings', String(warningCount)], { cwd: reports })).code, 0);
    const tooMany = await runCliHere(['merge', path, '--max-warnings', String(warningCount - 1)], { cwd: reports });
    assert.equal(tooMany.code, 1);
    assert.match(tooMany.stderr, /too many warnings/);
    const withError = { ...withoutErrors, files: [{ ...withoutErrors.files[0], problems: [{ severity: 'error', message: 'Cannot read the file.' }] }, ...withoutErrors.files.slice(1)] };
    writeFileSync(path, JSON.stringify(withError));
    assert.equal((await runCliHere(['merge', path], { cwd: reports })).code, 1);
  });

  describe('SARIF tables', () => {
    const tool = (version = '1.0.0') => ({ driver: { name: 'health-lint', version, rules: [] as Json[] } });
    const rule = (id: string) => ({ id, shortDescription: { text: `Rule ${id}` } });
    const result = (ruleId: string, ruleIndex: number, artifactIndex: number, uri: string, line: number) => ({
      ruleId,
      ruleIndex,
      message: { text: `${ruleId} at ${line}` },
      locations: [{ physicalLocation: { artifactLocation: { uri, index: artifactIndex }, region: { startLine: line } } }],
    });
    const logA = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { ...tool().driver, rules: [rule('r1'), rule('r2')] } },
          artifacts: [{ location: { uri: 'b.md' } }, { location: { uri: 'a.md' } }],
          results: [result('r2', 1, 0, 'b.md', 3), result('r1', 0, 1, 'a.md', 1)],
        },
      ],
    };
    const logB = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { ...tool().driver, rules: [rule('r3'), rule('r2')] } },
          artifacts: [{ location: { uri: 'c.md' } }, { location: { uri: 'b.md' } }],
          results: [result('r2', 1, 1, 'b.md', 1), result('r3', 0, 0, 'c.md', 2)],
        },
        { tool: { driver: { name: 'other-tool', version: '3.0', rules: [rule('x1')] } }, results: [result('x1', 0, 0, 'z.md', 1)], artifacts: [{ location: { uri: 'z.md' } }] },
      ],
    };

    it('lists each rule and artifact once and points every index at the same rule and file as before', () => {
      const { log } = mergeSarifLogs([
        { name: 'a.sarif', content: structuredClone(logA) },
        { name: 'b.sarif', content: structuredClone(logB) },
      ]);
      assert.deepEqual(validateSarif(log), []);
      const runs = log.runs as Json[];
      assert.equal(runs.length, 2, 'one run per tool');
      const [ours, other] = runs;
      assert.deepEqual(ours.tool.driver.rules.map((entry: Json) => entry.id), ['r1', 'r2', 'r3']);
      assert.deepEqual(ours.artifacts.map((entry: Json) => entry.location.uri), ['b.md', 'a.md', 'c.md']);
      assert.deepEqual(
        ours.results.map((entry: Json) => `${entry.locations[0].physicalLocation.artifactLocation.uri}:${entry.locations[0].physicalLocation.region.startLine} ${entry.ruleId}`),
        ['a.md:1 r1', 'b.md:1 r2', 'b.md:3 r2', 'c.md:2 r3'],
      );
      for (const entry of ours.results) {
        assert.equal(ours.tool.driver.rules[entry.ruleIndex].id, entry.ruleId);
        const location = entry.locations[0].physicalLocation.artifactLocation;
        assert.equal(ours.artifacts[location.index].location.uri, location.uri);
      }
      assert.deepEqual(other.results[0].ruleIndex, 0);
      assert.equal(other.tool.driver.name, 'other-tool');
    });

    it('keeps the first %SRCROOT% when shards were made in different folders, and says so', () => {
      const at = (log: Json, uri: string) => ({ ...structuredClone(log), runs: [{ ...structuredClone(log.runs[0]), originalUriBaseIds: { '%SRCROOT%': { uri } } }] });
      const { log, notes } = mergeSarifLogs([
        { name: 'a.sarif', content: at(logA, 'file:///home/runner/work/site/') },
        { name: 'b.sarif', content: at(logB, 'file:///D:/a/site/') },
      ]);
      assert.deepEqual((log.runs as Json[])[0].originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///home/runner/work/site/' } });
      assert.deepEqual(notes, ['b.sarif was made in another folder (%SRCROOT% file:///D:/a/site/, not file:///home/runner/work/site/); the merged report keeps the first.']);
    });

    it('writes the log in pieces exactly as JSON.stringify would', () => {
      const { log } = mergeSarifLogs([{ name: 'b.sarif', content: structuredClone(logB) }]);
      for (const value of [log, { ...log, runs: [] }, { version: '2.1.0', runs: [{ tool: tool(), results: [] }] }, { version: '2.1.0', runs: [{ results: [1, 2], tool: tool() }] }]) {
        assert.equal([...sarifLogChunks(value)].join(''), JSON.stringify(value, null, 2) + '\n');
      }
    });

    it('refuses runs of one tool in two versions, or with a rule described two ways', () => {
      const newer = { ...logB, runs: [{ ...logB.runs[0], tool: { driver: { ...logB.runs[0].tool.driver, version: '1.1.0' } } }] };
      assert.throws(() => mergeSarifLogs([{ name: 'a.sarif', content: structuredClone(logA) }, { name: 'b.sarif', content: structuredClone(newer) }]), /different versions of health-lint: a\.sarif is from 1\.0\.0, b\.sarif from 1\.1\.0/);
      const changed = { ...logB, runs: [{ ...logB.runs[0], tool: { driver: { ...tool().driver, rules: [rule('r3'), { ...rule('r2'), shortDescription: { text: 'Other' } }] } } }] };
      assert.throws(() => mergeSarifLogs([{ name: 'a.sarif', content: structuredClone(logA) }, { name: 'b.sarif', content: structuredClone(changed) }]), /Rule "r2" is described differently in a\.sarif and b\.sarif/);
      const badIndex = { ...logA, runs: [{ ...logA.runs[0], results: [result('r1', 7, 0, 'b.md', 1)] }] };
      assert.throws(() => mergeSarifLogs([{ name: 'a.sarif', content: badIndex }]), /a\.sarif is not a valid SARIF log: ruleIndex 7 points past the end of its table/);
    });
  });

  describe('inputs it refuses: exit 2, one message, nothing written', () => {
    const cases: [string, (folder: string) => string[], RegExp][] = [
      ['a mix of SARIF and JSON', () => [shardFile(1, 'sarif'), shardFile(2, 'json')], /Cannot merge a mix of formats: .*shard-1\.sarif is a SARIF log, .*shard-2\.json is a Health Lint JSON report/],
      ['a file that is not JSON', (folder) => [write(folder, 'broken.sarif', '{"version": "2.1.0", "runs": ['), shardFile(1, 'sarif')], /broken\.sarif is not valid JSON \(/],
      ['JSON that is not a report', (folder) => [write(folder, 'other.json', '{"name": "package"}')], /other\.json is neither a SARIF log nor a Health Lint JSON report/],
      ['a file that does not exist', (folder) => [join(folder, 'missing.sarif')], /Cannot read missing\.sarif: there is no such file\./],
      ['a malformed finding', (folder) => [write(folder, 'bad.json', JSON.stringify(edited(read(shardFile(1, 'json')), (report) => (report.files.find((file: Json) => file.findings.length > 0).findings[0].line = 0))))], /bad\.json is not a valid Health Lint JSON report: files\[\d+\]\.findings\[0\]\.line must be a whole number of 1 or more/],
      ['a SARIF log of another version of SARIF', (folder) => [write(folder, 'old.sarif', JSON.stringify({ ...read(shardFile(1, 'sarif')), version: '2.0.0' }))], /old\.sarif is not a valid SARIF log: its version is "2\.0\.0"; only SARIF 2\.1\.0 can be merged/],
      [
        'JSON reports of different versions of Health Lint',
        (folder) => [shardFile(1, 'json'), write(folder, 'newer.json', JSON.stringify(edited(read(shardFile(2, 'json')), (report) => (report.tool.version = '9.9.9'))))],
        /Cannot merge reports of different versions of health-lint: .*shard-1\.json is from \d+\.\d+\.\d+, newer\.json from 9\.9\.9\. Lint every shard with the same version\./,
      ],
      [
        'SARIF logs of different versions of Health Lint',
        (folder) => [shardFile(1, 'sarif'), write(folder, 'newer.sarif', JSON.stringify(edited(read(shardFile(2, 'sarif')), (log) => (log.runs[0].tool.driver.version = log.runs[0].tool.driver.semanticVersion = '9.9.9'))))],
        /Cannot merge reports of different versions of health-lint: .*shard-1\.sarif is from \d+\.\d+\.\d+, newer\.sarif from 9\.9\.9/,
      ],
      ['a missing shard (SARIF)', () => shardFiles('sarif').slice(0, 3), /Shard 4 of 4 is missing: their files' findings would be lost\. Merge the SARIF runs of every shard\./],
      ['missing shards (JSON)', () => shardFiles('json').slice(0, 2), /Shards 3, 4 of 4 are missing/],
      ['a shard given twice', (folder) => [...shardFiles('json'), write(folder, 'copy.json', readFileSync(shardFile(2, 'json'), 'utf8'))], /Shard 2\/4 is given twice: .*shard-2\.json and copy\.json\./],
      ['a file given twice', () => [join(reports, 'whole.sarif'), join(reports, '.', 'whole.sarif')], /.*whole\.sarif is given twice \(also as .*whole\.sarif\): its findings would be counted twice\./],
      ['shards of different splits', (folder) => [shardFile(1, 'json'), write(folder, 'three.json', JSON.stringify(edited(read(shardFile(2, 'json')), (report) => (report.shard = { index: 2, count: 3 }))))], /.*shard-1\.json is shard 1\/4 but three\.json is shard 2\/3/],
      ['a shard with an unsharded report', () => [shardFile(1, 'json'), join(reports, 'whole.json')], /.*shard-1\.json is the report of shard 1\/4 but .*whole\.json is not the report of a shard/],
      ['the same file in two reports', (folder) => [join(reports, 'whole.json'), write(folder, 'again.json', readFileSync(join(reports, 'whole.json'), 'utf8'))], /article-0\.md is in both .*whole\.json and again\.json: a file linted twice would be counted twice\./],
      [
        'shards linted with different configurations',
        (folder) => [...shardFiles('sarif').slice(1), write(folder, 'custom.sarif', JSON.stringify(edited(read(shardFile(1, 'sarif')), (log) => (log.runs[0].tool.driver.rules[0].shortDescription.text = 'Changed.'))))],
        /Rule "unhedged-claim" is described differently in .*shard-2\.sarif and custom\.sarif: were the shards linted with different configurations\?/,
      ],
      ['SARIF into JSON', () => [...shardFiles('sarif'), '--format', 'json'], /SARIF logs cannot be merged into a JSON report: SARIF does not say which findings --fix can fix/],
      ['an unknown output format', () => [...shardFiles('json'), '--format', 'html'], /merge writes sarif or json; got --format "html"/],
      ['no files', () => [], /merge needs the report files to join/],
      ['an unknown option', () => ['--shard', '1/2'], /Unknown option "--shard" for merge\. Run health-lint merge --help for the options\./],
    ];
    for (const [what, argsOf, expected] of cases) {
      it(`on ${what}`, async () => {
        const folder = mkdtempSync(join(tmpdir(), 'health-lint-merge-'));
        const output = join(folder, 'out', 'merged.sarif');
        const run = await runCliHere(['merge', ...argsOf(folder), '-o', output], { cwd: folder });
        assert.equal(run.code, 2, run.stderr);
        assert.match(run.stderr, new RegExp(`^health-lint: ${expected.source}`));
        assert.equal(run.stderr.split('\n').length, 2, 'one line');
        assert.equal(run.stdout, '');
        assert.equal(existsSync(output), false);
      });
    }

    it('never writes over one of its inputs, under any name', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'health-lint-merge-'));
      const input = write(folder, 'only.json', readFileSync(join(reports, 'whole.json'), 'utf8'));
      for (const output of ['only.json', './only.json', join(folder, 'only.json'), `../${folder.split('/').pop()}/only.json`]) {
        const run = await runCliHere(['merge', 'only.json', '-f', 'sarif', '-o', output], { cwd: folder });
        assert.equal(run.code, 2, output);
        assert.match(run.stderr, /is one of the reports to merge; choose another file name\./);
      }
      assert.equal(readFileSync(input, 'utf8'), readFileSync(join(reports, 'whole.json'), 'utf8'));
      assert.deepEqual(readdirSync(folder), ['only.json'], 'no temporary file left');
    });

    it('exits 2 from the real process too', async () => {
      const run = await runCli(['merge', shardFile(1, 'sarif'), shardFile(1, 'json')], { cwd: reports });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^health-lint: Cannot merge a mix of formats/);
    });
  });

  it('--help', async () => {
    const run = await runCliHere(['merge', '--help'], { cwd: reports });
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Usage: health-lint merge \[options\] FILE\.\.\./);
    const main = await runCliHere(['--help'], { cwd: reports });
    assert.match(main.stdout, /--shard K\/N/);
    assert.match(main.stdout, /health-lint merge FILE\.\.\./);
  });
});

function write(folder: string, name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

function edited(value: Json, change: (value: Json) => unknown): Json {
  change(value);
  return value;
}
