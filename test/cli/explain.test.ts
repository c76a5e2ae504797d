// `health-lint --explain`: one line of claim analysis per sentence, flagged or not.

import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../cli/run.js';
import { createLinter, explainClaims } from '../../rules/index.js';

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { cwd, env: {}, stdout: { write: (text: string) => ((stdout += text), true), isTTY: false }, stderr: { write: (text: string) => ((stderr += text), true) } };
  const code = await runCli(args, io as unknown as Parameters<typeof runCli>[1]);
  return { code, stdout, stderr };
}

describe('health-lint --explain', () => {
  const folder = mkdtempSync(join(tmpdir(), 'health-lint-explain-'));
  writeFileSync(join(folder, 'page.md'), '# Pine bark\n\nPine bark extract quiets restless legs.\n\nPine bark extract may quiet restless legs.\n\nThe bark is harvested in spring.\n');

  it('prints every sentence with whether it is flagged and why', async () => {
    const { code, stdout } = await run(['--explain', 'page.md'], folder);
    assert.equal(code, 0);
    const lines = stdout.split('\n').filter((line) => line.startsWith('  '));
    assert.equal(lines.length, 4, stdout);
    assert.match(lines[1], /^ {2}3:1 {2}flagged .*open verb "quiets".*subject "Pine bark extract".*health concept "restless legs"/);
    assert.match(lines[2], /not flagged.*hedged by "may"/);
    assert.match(lines[3], /not flagged.*no claim: no claim word and no health concept/);
  });

  it('agrees with the rule: the flagged sentences are the ones unhedged-claim reports', () => {
    const text = 'Pine bark extract quiets restless legs. It may also ease cramps. Nettle tea clears up hay fever.';
    const flagged = explainClaims(text, 'plaintext').filter((sentence) => sentence.flagged).map((sentence) => text.slice(sentence.start, sentence.end).trim());
    const findings = createLinter().lint(text, 'plaintext').findings.filter((finding) => finding.ruleId === 'unhedged-claim');
    assert.deepEqual(flagged.length, findings.length);
    for (const finding of findings) assert.ok(flagged.some((sentence) => sentence.includes(text.slice(finding.start, finding.end))));
  });

  it('findings of unhedged-claim carry the short reason', () => {
    const [finding] = createLinter().lint('Pine bark extract quiets restless legs.', 'plaintext').findings.filter((found) => found.ruleId === 'unhedged-claim');
    assert.match(finding.explanation ?? '', /open verb "quiets".*restless legs.*no hedge, negation/);
  });

  it('a binary file is reported and the others are still explained', async () => {
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x50, 0x00, 0x41, 0x00]));
    const { code, stdout, stderr } = await run(['--explain', 'page.md', 'binary.txt'], folder);
    assert.equal(code, 0);
    assert.match(stderr, /binary\.txt: Not linted: the file looks binary/);
    assert.match(stdout, /page\.md\n {2}1:3/);
  });
});

describe('disease-claim findings say why', () => {
  it('with the shared analysis where it found the claim, and with its own claim word otherwise', () => {
    const lint = (text: string) => createLinter().lint(text, 'plaintext').findings.filter((finding) => finding.ruleId === 'disease-claim');
    const [open] = lint('Tart cherry juice knocks down gout.');
    assert.match(open.explanation ?? '', /open verb "knocks".*health concept "gout" \(disease\)/);
    const [listed] = lint('Use it as an alternative to your medication.');
    assert.match(listed.explanation ?? '', /disease-claim word "alternative to" on the medicine "medication"/);
  });
});
