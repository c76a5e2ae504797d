// The command line end to end: a child process on fixture folders, as CI would run it.
// The fixtures switch every built-in rule off and use two custom rules, so the expected
// findings do not move when the built-in rules are tuned.

import { strict as assert } from 'node:assert';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { runCli as runCliInProcess } from '../../cli/run.js';
import { builtInRules } from '../../rules/index.js';
import { buildCli, copyFixture, repoRoot, runCli } from './helpers.js';

interface JsonReport {
  summary: { filesLinted: number; errors: number; warnings: number; findings: number; byRule: Record<string, number> };
  files: { path: string; problems: { severity: string; message: string }[]; findings: { ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number }[] }[];
}

const findingsOf = (report: JsonReport) =>
  report.files.flatMap((file) => file.findings.map((finding) => `${file.path}:${finding.line}:${finding.column} ${finding.severity} ${finding.ruleId}`)).sort();

describe('health-lint command line', function () {
  this.timeout(60000);
  before(async () => {
    await buildCli();
  });

  describe('exit codes and stylish output', () => {
    it('exits 0 and says so when nothing is found', async () => {
      const folder = copyFixture('clean');
      const run = await runCli([], { cwd: folder });
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /2 files linted, no problems found/);
      assert.equal(run.stderr, '');
    });

    it('exits 1 on errors and prints ESLint-style rows and a summary line', async () => {
      const folder = copyFixture('basic');
      const run = await runCli(['.'], { cwd: folder });
      assert.equal(run.code, 1, run.stderr);
      const lines = run.stdout.split('\n');
      const header = lines.indexOf('article.md');
      assert.ok(header >= 0, run.stdout);
      assert.match(lines[header + 1], /^ {2}3:6 {2}error {4}Avoid "miracle", it promises too much\.\s{2,}no-miracle$/);
      assert.match(lines[header + 2], /^ {2}5:7 {2}warning {2}"Very" adds little; cut it or be specific\.\s{2,}avoid-very$/);
      assert.match(run.stdout, /✖ 5 problems \(2 errors, 3 warnings\) in 4 files of 5 linted/);
      assert.doesNotMatch(run.stdout, /\u001b\[/, 'no colours when the output is not a terminal');
    });

    it('colours only when asked or on a terminal, and never with NO_COLOR', async () => {
      const folder = copyFixture('basic');
      const forced = await runCli(['--color'], { cwd: folder });
      assert.match(forced.stdout, /\u001b\[31merror/);
      const noColor = await runCli(['--color'], { cwd: folder, env: { NO_COLOR: '1' } });
      assert.doesNotMatch(noColor.stdout, /\u001b\[/);
      const off = await runCli(['--no-color'], { cwd: folder });
      assert.doesNotMatch(off.stdout, /\u001b\[/);
    });

    it('--max-warnings turns too many warnings into exit code 1', async () => {
      const folder = copyFixture('basic');
      const warningsOnly = ['--rule', 'no-miracle:off'];
      assert.equal((await runCli(warningsOnly, { cwd: folder })).code, 0);
      assert.equal((await runCli([...warningsOnly, '--max-warnings', '3'], { cwd: folder })).code, 0);
      const tooMany = await runCli([...warningsOnly, '--max-warnings', '2'], { cwd: folder });
      assert.equal(tooMany.code, 1);
      assert.match(tooMany.stderr, /too many warnings \(3; maximum: 2\)/);
    });

    it('--quiet reports errors only', async () => {
      const folder = copyFixture('basic');
      const run = await runCli(['--quiet', '--format', 'json'], { cwd: folder });
      assert.equal(run.code, 1);
      const report = JSON.parse(run.stdout) as JsonReport;
      assert.deepEqual(findingsOf(report), ['article.md:3:6 error no-miracle', 'nested/local.md:1:24 error no-miracle']);
    });

    it('--rule changes a severity', async () => {
      const folder = copyFixture('basic');
      const run = await runCli(['--rule', 'avoid-very:error', '--rule', 'no-miracle:off', '-f', 'json'], { cwd: folder });
      assert.equal(run.code, 1);
      const report = JSON.parse(run.stdout) as JsonReport;
      assert.equal(report.summary.errors, 3);
      assert.equal(report.summary.warnings, 0);
    });
  });

  describe('usage and configuration errors exit 2 with one line', () => {
    const cases: [string, string[], RegExp][] = [
      ['an unknown option', ['--frobnicate'], /^health-lint: Unknown option "--frobnicate"/],
      ['an unknown rule id', ['--rule', 'no-such-rule:error'], /^health-lint: Unknown rule "no-such-rule" in --rule/],
      ['a bad severity', ['--rule', 'no-miracle:loud'], /^health-lint: Bad severity "loud" for rule "no-miracle"/],
      ['a malformed --rule', ['--rule', 'no-miracle'], /^health-lint: --rule expects ID:SEVERITY/],
      ['an unknown format', ['--format', 'xml'], /^health-lint: Unknown format "xml"/],
      ['a bad --max-warnings', ['--max-warnings', 'many'], /^health-lint: --max-warnings expects a whole number/],
      ['a missing config file', ['--config', 'nope.json'], /^health-lint: invalid configuration: Cannot read the configuration file nope\.json/],
      ['a path that does not exist', ['missing-folder'], /^health-lint: No files match "missing-folder"/],
      ['a glob that matches nothing', ['**/*.nothing.md'], /^health-lint: No files match "\*\*\/\*\.nothing\.md"/],
    ];
    for (const [what, args, expected] of cases) {
      it(`on ${what}`, async () => {
        const folder = copyFixture('basic');
        const run = await runCli(args, { cwd: folder });
        assert.equal(run.code, 2, run.stdout + run.stderr);
        assert.match(run.stderr, expected);
        assert.equal(run.stdout, '');
      });
    }

    it('on invalid config JSON, naming file:line:col', async () => {
      const run = await runCli([], { cwd: copyFixture('bad-json') });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^health-lint: invalid configuration: \.healthlintrc\.json:3:31: The configuration is not valid JSON \(PropertyNameExpected\)\.?\n$/);
    });

    it('on an unknown rule in the config file, naming file:line:col', async () => {
      const run = await runCli([], { cwd: copyFixture('bad-config') });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^health-lint: invalid configuration: \.healthlintrc\.json:2:14: Unknown rule "not-a-rule"/);
    });

    it('on invalid JSON in a --config file', async () => {
      const folder = copyFixture('clean');
      writeFileSync(join(folder, 'broken.json'), '{ "rules": [ }');
      const run = await runCli(['--config', 'broken.json'], { cwd: folder });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^health-lint: invalid configuration: broken\.json:1:14: The configuration is not valid JSON/);
    });
  });

  describe('information', () => {
    it('--list-rules prints one line per rule: id, default severity, description', async () => {
      const run = await runCli(['--list-rules'], { cwd: copyFixture('clean') });
      assert.equal(run.code, 0);
      const lines = run.stdout.trimEnd().split('\n');
      assert.equal(lines.length, builtInRules.length);
      builtInRules.forEach((rule, index) => {
        const [id, severity, ...description] = lines[index].split(/\s{2,}/);
        assert.equal(id, rule.meta.id);
        assert.equal(severity, rule.meta.defaultSeverity);
        assert.equal(description.join('  '), rule.meta.description.replace(/\s+/g, ' '));
      });
    });

    it('the bin entry runs the bundled CLI (what `npx health-lint` starts)', () => {
      const run = spawnSync(process.execPath, [join(repoRoot, 'bin', 'health-lint.js'), '--version'], { encoding: 'utf8', timeout: 120000 });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^\d+\.\d+\.\d+\n$/);
    });

    it('shows progress on a terminal for long runs, never when CI is set or piped', async () => {
      const folder = copyFixture('clean');
      for (let index = 0; index < 60; index++) writeFileSync(join(folder, `note-${index}.md`), `Note ${index}.\n`);
      const progressOf = async (env: NodeJS.ProcessEnv, isTTY: boolean) => {
        let stderr = '';
        const code = await runCliInProcess(['--concurrency', '0'], {
          cwd: folder,
          env,
          stdout: { write: () => true },
          stderr: { isTTY, write: (text: string) => (stderr += text) },
          workerScript: '',
        });
        assert.equal(code, 0);
        return stderr;
      };
      assert.match(await progressOf({}, true), /Linting 62\/62 files/);
      assert.equal(await progressOf({ CI: 'true' }, true), '');
      assert.equal(await progressOf({}, false), '');
    });

    it('--help and --version', async () => {
      const folder = copyFixture('clean');
      const help = await runCli(['--help'], { cwd: folder });
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage: health-lint \[options\]/);
      const version = await runCli(['--version'], { cwd: folder });
      assert.equal(version.code, 0);
      assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version);
    });
  });

  describe('which files', () => {
    it('skips .gitignore, .healthlintignore and config "ignore" matches, and uses the nearest config per folder', async () => {
      const folder = copyFixture('basic');
      // Created here: the repository's own git would not keep a git-ignored fixture.
      writeFileSync(join(folder, '.gitignore'), 'build/\n');
      mkdirSync(join(folder, 'build'));
      writeFileSync(join(folder, 'build', 'out.md'), 'A miracle in build output.\n');
      writeFileSync(join(folder, 'image.png'), 'not text');
      const run = await runCli(['-f', 'json'], { cwd: folder });
      const report = JSON.parse(run.stdout) as JsonReport;
      assert.deepEqual(report.files.map((file) => file.path), ['article.md', 'clean.md', 'nested/local.md', 'notes.txt', 'page.html']);
      assert.deepEqual(findingsOf(report), [
        'article.md:3:6 error no-miracle',
        'article.md:5:7 warning avoid-very',
        'nested/local.md:1:24 error no-miracle',
        'notes.txt:1:14 warning avoid-very',
        'page.html:2:18 warning avoid-very',
      ]);
    });

    it('takes files and globs, and says when a named file is ignored', async () => {
      const folder = copyFixture('basic');
      const run = await runCli(['-f', 'json', 'notes.txt', '**/*.html', 'drafts/draft.md'], { cwd: folder });
      const report = JSON.parse(run.stdout) as JsonReport;
      assert.deepEqual(report.files.map((file) => file.path), ['notes.txt', 'page.html']);
      assert.match(run.stderr, /skipped drafts\/draft\.md: ignored by \.healthlintignore/);
    });

    it('reports a binary or too large file as a file problem and goes on', async () => {
      const folder = copyFixture('basic');
      writeFileSync(join(folder, 'binary.md'), Buffer.from([0x41, 0x00, 0x42, 0x0a]));
      writeFileSync(join(folder, 'huge.md'), 'very '.repeat(500_000));
      const run = await runCli(['-f', 'json'], { cwd: folder });
      const report = JSON.parse(run.stdout) as JsonReport;
      const problems = Object.fromEntries(report.files.filter((file) => file.problems.length > 0).map((file) => [file.path, file.problems[0].message]));
      assert.match(problems['binary.md'], /looks binary/);
      assert.match(problems['huge.md'], /larger than the 2\.0 MB limit/);
      assert.equal(report.summary.findings, 5, 'the other files are still linted');
    });

    it('lints the same with worker threads as in-process', async () => {
      const folder = copyFixture('basic');
      for (let index = 0; index < 40; index++) writeFileSync(join(folder, `extra-${index}.md`), `Entry ${index}: a very small miracle.\n`);
      const inProcess = await runCli(['-f', 'json', '--concurrency', '0'], { cwd: folder });
      const threaded = await runCli(['-f', 'json', '--concurrency', '2'], { cwd: folder });
      assert.equal(threaded.code, 1, threaded.stderr);
      assert.deepEqual(JSON.parse(threaded.stdout), JSON.parse(inProcess.stdout));
      assert.equal((JSON.parse(threaded.stdout) as JsonReport).summary.findings, 85);
    });

    it('HEALTH_LINT_TIMING adds a breakdown per thread on stderr and changes nothing else', async () => {
      const folder = copyFixture('basic');
      for (let index = 0; index < 40; index++) writeFileSync(join(folder, `extra-${index}.md`), `Entry ${index}: a very small miracle.\n`);
      const plain = await runCli(['-f', 'json', '--concurrency', '2'], { cwd: folder });
      const threaded = await runCli(['-f', 'json', '--concurrency', '2'], { cwd: folder, env: { HEALTH_LINT_TIMING: '1' } });
      const inProcess = await runCli(['-f', 'json', '--concurrency', '0'], { cwd: folder, env: { HEALTH_LINT_TIMING: '1' } });
      assert.equal(plain.stderr, '');
      for (const run of [threaded, inProcess]) {
        assert.equal(run.code, plain.code);
        assert.deepEqual(JSON.parse(run.stdout), JSON.parse(plain.stdout));
        assert.match(run.stderr, /^HEALTH_LINT_TIMING: where the time went\n  main thread: start-up \d+ ms/);
        assert.match(run.stderr, /process CPU [\d.]+ s: Linter\.lint [\d.]+ s/);
      }
      const workerLines = threaded.stderr.split('\n').filter((line) => /^  worker \d: \d+ files;/.test(line));
      assert.equal(workerLines.length, 2);
      const filesLinted = (JSON.parse(plain.stdout) as JsonReport).summary.filesLinted;
      assert.equal(workerLines.reduce((sum, line) => sum + Number(/(\d+) files/.exec(line)![1]), 0), filesLinted, 'every file is counted once');
      assert.match(inProcess.stderr, new RegExp(`\\n  in-process: ${filesLinted} files;`));
    });
  });

  describe('output', () => {
    it('--output writes the report to a file and nothing to stdout', async () => {
      const folder = copyFixture('basic');
      const run = await runCli(['-f', 'markdown', '-o', 'reports/health.md'], { cwd: folder });
      assert.equal(run.code, 1);
      assert.equal(run.stdout, '');
      assert.match(readFileSync(join(folder, 'reports', 'health.md'), 'utf8'), /^# Health Lint report/);
    });

    it('counts columns in UTF-16 code units', async () => {
      const folder = copyFixture('clean');
      writeFileSync(join(folder, '.healthlintrc.json'), JSON.stringify({ rules: Object.fromEntries(builtInRules.map((rule) => [rule.meta.id, 'off'])), customRules: [{ id: 'no-miracle', message: 'm', pattern: 'miracle' }] }));
      writeFileSync(join(folder, 'emoji.md'), '😀 é miracle\n');
      const run = await runCli(['-f', 'json'], { cwd: folder });
      const report = JSON.parse(run.stdout) as JsonReport;
      const finding = report.files.find((file) => file.path === 'emoji.md')!.findings[0];
      assert.deepEqual([finding.line, finding.column, finding.endLine, finding.endColumn], [1, 6, 1, 13]);
    });

    it('leaves no temporary files behind', async () => {
      const folder = copyFixture('basic');
      await runCli(['--fix'], { cwd: folder });
      assert.deepEqual(readdirSync(folder).filter((name) => name.endsWith('.tmp')), []);
    });
  });
});
