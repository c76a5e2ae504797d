// `--fix`: only safe fixes, written atomically, line endings and byte order mark kept,
// untouched files untouched (same bytes, same modification time).

import { strict as assert } from 'node:assert';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFile, writeAtomically } from '../../cli/lint-file.js';
import { builtInRules, Linter } from '../../rules/index.js';
import type { BlockRule } from '../../rules/engine/rule.js';
import { buildCli, copyFixture, runCli } from './helpers.js';

/** A test rule: "colour" has a safe fix, "TODO" a safe fix spanning two lines, "miracle" only a suggestion. */
const spellingRule: BlockRule = {
  meta: { id: 'test-spelling', description: 'Test rule with safe fixes and a suggestion.', defaultSeverity: 'warning', fixable: true, hasSuggestions: true },
  scope: 'block',
  check({ block }, context) {
    for (const match of block.text.matchAll(/colour|TODO|miracle/g)) {
      const start = match.index!;
      const end = start + match[0].length;
      if (!block.isVerbatim(start, end)) continue;
      const range = block.sourceRange(start, end);
      const edit = (newText: string) => [{ title: `Replace with ${JSON.stringify(newText)}`, edits: [{ ...range, newText }] }];
      if (match[0] === 'colour') context.report({ ...range, message: 'Spelling.', fixes: edit('color') });
      else if (match[0] === 'TODO') context.report({ ...range, message: 'Unfinished.', fixes: edit('first\nsecond') });
      else context.report({ ...range, message: 'Overclaim.', suggestions: edit('remedy') });
    }
  },
};

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function scratchFile(name: string, content: Buffer | string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'health-lint-fix-')), name);
  writeFileSync(path, content);
  return path;
}

describe('--fix', function () {
  this.timeout(60000);
  const linter = new Linter([spellingRule]);

  it('applies safe fixes only, keeping CRLF line ends and the byte order mark', () => {
    const original = Buffer.concat([BOM, Buffer.from('The colour of a miracle.\r\n\r\nTODO later.\r\n')]);
    const path = scratchFile('article.md', original);
    const outcome = lintFile(path, linter, {}, true);
    assert.equal(outcome.fixed, true);
    const written = readFileSync(path);
    assert.deepEqual(written.subarray(0, 3), BOM, 'BOM kept');
    assert.equal(written.subarray(3).toString('utf8'), 'The color of a miracle.\r\n\r\nfirst\r\nsecond later.\r\n', 'suggestion not applied; new line breaks follow the file');
    assert.deepEqual(
      outcome.findings.map((finding) => [finding.ruleId, finding.line, finding.column, finding.fixable]),
      [['test-spelling', 1, 16, false]],
      'what is left after fixing is reported, with positions in the fixed text',
    );
  });

  it('does not touch a file with nothing to fix: same bytes, same modification time', () => {
    const path = scratchFile('calm.md', 'A miracle, but nothing safe to fix.\n');
    const past = new Date('2020-01-02T03:04:05Z');
    utimesSync(path, past, past);
    const outcome = lintFile(path, linter, {}, true);
    assert.equal(outcome.fixed, false);
    assert.equal(outcome.findings.length, 1);
    assert.equal(statSync(path).mtime.getTime(), past.getTime());
  });

  it('does not rewrite a file that is not valid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('colour '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n')]);
    const path = scratchFile('latin.md', bytes);
    const outcome = lintFile(path, linter, {}, true);
    assert.equal(outcome.fixed, false);
    assert.deepEqual(readFileSync(path), bytes);
    assert.match(outcome.problems[0].message, /not valid UTF-8/);
  });

  it('writes through a temporary file renamed over the original, keeping its mode', () => {
    const path = scratchFile('mode.md', 'old');
    chmodSync(path, 0o640);
    const inodeBefore = statSync(path).ino;
    writeAtomically(path, Buffer.from('new'));
    assert.equal(readFileSync(path, 'utf8'), 'new');
    assert.equal(statSync(path).mode & 0o777, 0o640);
    assert.notEqual(statSync(path).ino, inodeBefore, 'a new file was renamed into place');
    assert.deepEqual(readdirSync(join(path, '..')), ['mode.md'], 'no temporary file left');
  });

  it('reports a file whose linting throws as a file problem instead of stopping', () => {
    const throwing: BlockRule = { ...spellingRule, check() { throw new Error('boom'); } };
    const path = scratchFile('any.md', 'Text.\n');
    // Rule failures are contained by the engine and listed per file.
    const outcome = lintFile(path, new Linter([throwing]), {}, false);
    assert.match(outcome.problems[0].message, /Rule "test-spelling" failed on this file.*boom/);
    const broken = { lint: () => { throw new Error('parser exploded'); } } as unknown as Linter;
    const crashed = lintFile(path, broken, {}, false);
    assert.deepEqual(crashed.problems, [{ severity: 'error', message: 'Internal error while linting this file: parser exploded' }]);
  });

  describe('from the command line, with the built-in commercial-link rule', () => {
    before(async () => {
      await buildCli();
    });

    it('fixes only files with safe fixes, keeps CRLF and BOM, leaves other files alone', async () => {
      const folder = copyFixture('clean');
      const onlyCommercialLink = Object.fromEntries(builtInRules.map((rule) => [rule.meta.id, rule.meta.id === 'commercial-link' ? 'warning' : 'off']));
      writeFileSync(join(folder, '.healthlintrc.json'), JSON.stringify({ rules: onlyCommercialLink }));
      const page = '<p>We like this one:</p>\r\n<p><a href="https://www.amazon.com/dp/B00EXAMPLE?tag=healthsite-20">magnesium glycinate</a> for sleep.</p>\r\n';
      writeFileSync(join(folder, 'page.html'), Buffer.concat([BOM, Buffer.from(page)]));
      const past = new Date('2021-05-06T07:08:09Z');
      utimesSync(join(folder, 'calm.md'), past, past);

      const before = JSON.parse((await runCli(['-f', 'json'], { cwd: folder })).stdout);
      const fixableBefore = before.files.flatMap((file: { findings: { fixable: boolean }[] }) => file.findings).filter((finding: { fixable: boolean }) => finding.fixable);
      assert.ok(fixableBefore.length > 0, 'the affiliate link has a safe fix');

      const run = await runCli(['--fix', '-f', 'json'], { cwd: folder });
      const after = JSON.parse(run.stdout);
      const fixedPage = after.files.find((file: { path: string }) => file.path === 'page.html');
      assert.equal(fixedPage.fixed, true);
      assert.equal(fixedPage.findings.filter((finding: { fixable: boolean }) => finding.fixable).length, 0);
      const written = readFileSync(join(folder, 'page.html'));
      assert.deepEqual(written.subarray(0, 3), BOM);
      const text = written.subarray(3).toString('utf8');
      assert.notEqual(text, page);
      assert.equal(text.split('\r\n').length, page.split('\r\n').length, 'CRLF line ends kept');
      assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/, 'no bare LF introduced');
      assert.equal(statSync(join(folder, 'calm.md')).mtime.getTime(), past.getTime());
    });
  });
});
