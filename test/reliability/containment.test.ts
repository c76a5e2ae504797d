// Containment of a rule that throws. The engine (rules/engine/linter.ts) catches each rule's
// errors into `LintResult.failures`; these tests prove that the other rules' findings are
// complete and unchanged, that the failure names the rule once, and, through a real server
// process (the real server code bundled with a registry that also lists two broken test
// rules), that the failure is logged once with the rule id and the document never keeps
// diagnostics from an older text.

import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { builtInRules, createLinter, Linter, type Finding, type Rule } from '../../rules/index.js';
import { LspTestClient } from '../server/lsp-client.js';
import {
  BLOCK_TRIGGER,
  DOCUMENT_TRIGGER,
  fragileBlockRule,
  fragileDocumentRule,
  FRAGILE_BLOCK_RULE_ID,
  FRAGILE_DOCUMENT_RULE_ID,
} from './fragile-rules.js';
import { buildFragileServer } from './fragile-server.js';

const FRAGILE_IDS = new Set([FRAGILE_BLOCK_RULE_ID, FRAGILE_DOCUMENT_RULE_ID]);

/** Health writing with findings for several built-in rules, in three blocks. */
function article(trigger: string): string {
  return [
    '# Kratom for anxiety',
    '',
    `Kratom cures anxiety and relieves chronic pain. ${trigger} FLAGME`,
    '',
    'Take 5 grams of kratom powder three times a day. Buy it now at https://shop.example.com/kratom?aff=123.',
    '',
    'This miracle herb is completely safe and has no side effects. FLAGDOC',
    '',
  ].join('\n');
}

/** Same length as each trigger, so findings of other rules keep their offsets. */
const neutral = (trigger: string) => 'X'.repeat(trigger.length);

const builtIn = (findings: readonly Finding[]) => findings.filter((finding) => !FRAGILE_IDS.has(finding.ruleId));

describe('containment: a rule that throws (engine)', () => {
  const linter = new Linter([...builtInRules, fragileBlockRule, fragileDocumentRule]);

  for (const language of ['markdown', 'html', 'plaintext'] as const) {
    it(`a throwing block rule costs only its own findings (${language})`, () => {
      const calm = linter.lint(article(neutral(BLOCK_TRIGGER)), language);
      const broken = linter.lint(article(BLOCK_TRIGGER), language);
      assert.deepEqual(calm.failures, []);
      assert.ok(calm.findings.some((finding) => finding.ruleId === FRAGILE_BLOCK_RULE_ID), 'the fragile rule works when it does not throw');
      assert.ok(builtIn(calm.findings).length >= 3, 'the article has findings of built-in rules');
      assert.deepEqual(builtIn(broken.findings), builtIn(calm.findings), 'every other rule reports exactly as before');
      assert.deepEqual(builtIn(broken.findings), createLinter().lint(article(BLOCK_TRIGGER), language).findings, 'the same as a linter without the broken rules');
      assert.deepEqual(broken.failures.map((failure) => failure.ruleId), [FRAGILE_BLOCK_RULE_ID]);
      assert.match(broken.failures[0].message, /fragile block rule met BLOCKBOOM/);
      // Only the block where it threw lost the rule's findings; the document rule still ran.
      assert.ok(broken.findings.some((finding) => finding.ruleId === FRAGILE_DOCUMENT_RULE_ID));
    });
  }

  it('a throwing document rule costs only its own findings', () => {
    const text = article(neutral(BLOCK_TRIGGER)).replace('FLAGDOC', `FLAGDOC ${DOCUMENT_TRIGGER}`);
    const broken = linter.lint(text, 'markdown');
    assert.deepEqual(broken.failures.map((failure) => failure.ruleId), [FRAGILE_DOCUMENT_RULE_ID]);
    assert.deepEqual(builtIn(broken.findings), createLinter().lint(text, 'markdown').findings);
    assert.ok(!broken.findings.some((finding) => finding.ruleId === FRAGILE_DOCUMENT_RULE_ID));
    assert.ok(broken.findings.some((finding) => finding.ruleId === FRAGILE_BLOCK_RULE_ID), 'the block rule still reports');
  });

  it('a failure in many blocks is one failure; the block cache keeps reporting it, and forgets it once the text is fixed', () => {
    const cache = new Map();
    const many = Array.from({ length: 50 }, (_, i) => `Paragraph ${i}: kratom cures anxiety. ${BLOCK_TRIGGER}`).join('\n\n');
    const first = linter.lint(many, 'markdown', cache);
    assert.equal(first.failures.length, 1);
    // Cached blocks carry their failure, so a re-lint that re-runs nothing still says the rule failed.
    const again = linter.lint(`${many}\n\nOne more paragraph.`, 'markdown', cache);
    assert.deepEqual(again.failures.map((failure) => failure.ruleId), [FRAGILE_BLOCK_RULE_ID]);
    assert.deepEqual(builtIn(again.findings), createLinter().lint(`${many}\n\nOne more paragraph.`, 'markdown').findings);
    const fixed = many.replaceAll(BLOCK_TRIGGER, 'FLAGME');
    const healed = linter.lint(fixed, 'markdown', cache);
    assert.deepEqual(healed.failures, []);
    assert.equal(healed.findings.filter((finding) => finding.ruleId === FRAGILE_BLOCK_RULE_ID).length, 50);
  });

  it('whatever is thrown (not an Error, a stack overflow) is contained', () => {
    const throwsString: Rule = { ...fragileBlockRule, meta: { ...fragileBlockRule.meta, id: 'throws-string' }, check: () => { throw 'plain string'; } };
    const throwsUndefined: Rule = { ...fragileBlockRule, meta: { ...fragileBlockRule.meta, id: 'throws-undefined' }, check: () => { throw undefined; } };
    const recurse = (depth: number): number => recurse(depth + 1) + 1;
    const overflows: Rule = { ...fragileBlockRule, meta: { ...fragileBlockRule.meta, id: 'overflows' }, check: () => void recurse(0) };
    const text = article(neutral(BLOCK_TRIGGER));
    const result = new Linter([...builtInRules, throwsString, throwsUndefined, overflows]).lint(text, 'markdown');
    assert.deepEqual(result.failures.map((failure) => failure.ruleId).sort(), ['overflows', 'throws-string', 'throws-undefined']);
    assert.equal(result.failures.find((failure) => failure.ruleId === 'throws-string')!.message, 'plain string');
    assert.match(result.failures.find((failure) => failure.ruleId === 'overflows')!.message, /call stack/);
    assert.deepEqual(result.findings, createLinter().lint(text, 'markdown').findings);
  });
});

for (const pull of [true, false]) {
  describe(`containment: a rule that throws (real server bundle, ${pull ? 'pull' : 'push'})`, function () {
    this.timeout(60_000);
    let serverScript: string;
    let client: LspTestClient;

    before(async function () {
      this.timeout(120_000);
      serverScript = await buildFragileServer();
      client = await LspTestClient.start({ pull, script: serverScript });
    });

    after(async () => {
      await client?.stop();
      if (serverScript) rmSync(dirname(serverScript), { recursive: true, force: true });
    });

    const failureLines = (ruleId: string) => client.logMessages.filter((line) => line.includes(`rule ${ruleId} failed`));
    const withoutFragile = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => !FRAGILE_IDS.has(String(diagnostic.code)));
    const fragileBlockDiagnostics = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === FRAGILE_BLOCK_RULE_ID);

    it('the other rules still report, the failure is logged once with the rule id, and no diagnostic outlives its text', async () => {
      const uri = 'untitled:fragile-block.md';
      await client.open(uri, 'markdown', article(neutral(BLOCK_TRIGGER)));
      const calm = await client.diagnostics(uri);
      assert.equal(fragileBlockDiagnostics(calm).length, 1, 'the fragile rule reports FLAGME while it works');
      assert.ok(withoutFragile(calm).length >= 3);

      // The rule now throws on the first paragraph: its FLAGME finding there must go, the rest stays.
      await client.replaceText(uri, article(BLOCK_TRIGGER));
      const broken = await client.diagnostics(uri);
      assert.deepEqual(fragileBlockDiagnostics(broken), [], 'no finding of the failed rule is left from the older text');
      assert.deepEqual(withoutFragile(broken), withoutFragile(calm), 'the other rules report exactly as before');
      if (!pull) assert.equal(client.pushed.get(uri)!.version, 2, 'the pushed diagnostics are for the text that made the rule fail');
      await client.waitFor(() => failureLines(FRAGILE_BLOCK_RULE_ID).length > 0);
      assert.match(failureLines(FRAGILE_BLOCK_RULE_ID)[0], /fragile block rule met BLOCKBOOM/);

      // More edits that still make it throw, and a second document: still one log line.
      for (let i = 0; i < 3; i++) {
        await client.replaceText(uri, `${article(BLOCK_TRIGGER)}\nEdit ${i}.\n`);
        assert.deepEqual(withoutFragile(await client.diagnostics(uri)), withoutFragile(calm));
      }
      const other = 'untitled:fragile-block-2.md';
      await client.open(other, 'markdown', `Another ${BLOCK_TRIGGER} paragraph. FLAGME\n`);
      assert.deepEqual(fragileBlockDiagnostics(await client.diagnostics(other)), []);
      await client.close(other);
      assert.equal(failureLines(FRAGILE_BLOCK_RULE_ID).length, 1, 'logged once');
      assert.ok(!client.shownMessages.some((message) => message.includes(FRAGILE_BLOCK_RULE_ID)), 'a log line, not a pop-up per lint');

      // Fixed text: the rule reports again.
      await client.replaceText(uri, article(neutral(BLOCK_TRIGGER)));
      assert.equal(fragileBlockDiagnostics(await client.diagnostics(uri)).length, 1);
      await client.close(uri);
      assert.ok(client.isRunning);
    });

    it('a throwing document rule: the block rules and other document rules still report; logged once', async () => {
      const uri = 'untitled:fragile-document.md';
      const calmText = article(neutral(BLOCK_TRIGGER));
      await client.open(uri, 'markdown', calmText);
      const calm = await client.diagnostics(uri);
      assert.equal(calm.filter((diagnostic) => diagnostic.code === FRAGILE_DOCUMENT_RULE_ID).length, 1);
      await client.replaceText(uri, calmText.replace('FLAGDOC', `FLAGDOC ${DOCUMENT_TRIGGER}`));
      const broken = await client.diagnostics(uri);
      assert.deepEqual(broken.filter((diagnostic) => diagnostic.code === FRAGILE_DOCUMENT_RULE_ID), []);
      assert.deepEqual(
        broken.filter((diagnostic) => diagnostic.code !== FRAGILE_DOCUMENT_RULE_ID),
        calm.filter((diagnostic) => diagnostic.code !== FRAGILE_DOCUMENT_RULE_ID),
      );
      await client.waitFor(() => failureLines(FRAGILE_DOCUMENT_RULE_ID).length > 0);
      await client.replaceText(uri, `${calmText.replace('FLAGDOC', `FLAGDOC ${DOCUMENT_TRIGGER}`)}\nMore.\n`);
      await client.diagnostics(uri);
      assert.equal(failureLines(FRAGILE_DOCUMENT_RULE_ID).length, 1);
      await client.close(uri);
    });
  });
}
