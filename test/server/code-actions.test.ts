// Code actions through the real server: every fix and suggestion of the core rules on the
// seeds is applied and must remove its finding without touching other text; "fix all"
// applies exactly the safe fixes; disable comments silence a finding in Markdown and HTML
// and respect front matter, blockquotes and indentation; plain text offers the config file.

import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { createLinter, type DocumentLanguage, type Finding } from '../../rules/index.js';
import { applyTextEdits, applyWorkspaceEdit, editsFor, isCodeAction, LspTestClient, rangeOffsets, seedsDir, urisOf } from './lsp-client.js';

const CORE_RULES = ['unhedged-claim', 'missing-provider-advice', 'commercial-link'];
const FIX_ALL = 'source.fixAll.healthLint';
const CUSTOM_RULE = { id: 'no-miracle', message: '"Miracle" overstates what any product does.', pattern: 'miracle', replacement: 'remarkable' };

const seedFiles = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Where an edit set changed the text: the span in the NEW text between the first and last edit. */
function changedSpan(before: string, after: string): { start: number; end: number } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let fromEnd = 0;
  while (fromEnd < before.length - start && fromEnd < after.length - start && before[before.length - 1 - fromEnd] === after[after.length - 1 - fromEnd]) fromEnd++;
  return { start, end: after.length - fromEnd };
}

/** The engine's own finding behind a diagnostic (same rule, same range). */
function findingFor(findings: Finding[], text: string, diagnostic: Diagnostic): Finding {
  const range = rangeOffsets(text, diagnostic.range);
  const finding = findings.find((candidate) => candidate.ruleId === diagnostic.code && candidate.start === range.start && candidate.end === range.end);
  assert.ok(finding, `no engine finding for ${diagnostic.code} at ${range.start}-${range.end}`);
  return finding;
}

function sameEdits(text: string, lspEdits: TextEdit[], engineEdits: { start: number; end: number; newText: string }[]): boolean {
  const resolved = lspEdits.map((edit) => ({ ...rangeOffsets(text, edit.range), newText: edit.newText })).sort((a, b) => a.start - b.start);
  const expected = [...engineEdits].sort((a, b) => a.start - b.start);
  return JSON.stringify(resolved) === JSON.stringify(expected.map(({ start, end, newText }) => ({ start, end, newText })));
}

/** Independent statement of "fix all": the first safe fix of each finding, in order, skipping any that overlaps one taken. */
function expectedFixAll(text: string, language: DocumentLanguage, config = {}): string {
  const findings = createLinter(config).lint(text, language).findings;
  const taken: { start: number; end: number; newText: string }[] = [];
  const fixes = findings.map((finding) => finding.fixes[0]).filter((fix) => fix && fix.edits.length > 0);
  fixes.sort((a, b) => Math.min(...a.edits.map((e) => e.start)) - Math.min(...b.edits.map((e) => e.start)));
  for (const fix of fixes) {
    const clash = fix.edits.some((edit) => taken.some((other) => edit.start === other.start || (edit.start < other.end && other.start < edit.end)));
    if (!clash) taken.push(...fix.edits);
  }
  return applyTextEdits(
    text,
    taken.map((edit) => ({ range: { start: positionOf(text, edit.start), end: positionOf(text, edit.end) }, newText: edit.newText })),
  );
}

function positionOf(text: string, offset: number) {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

describe('language server: code actions', function () {
  let workspace: string;
  let client: LspTestClient;
  let counter = 0;

  before(async function () {
    this.timeout(120_000);
    workspace = mkdtempSync(join(tmpdir(), 'health-lint-actions-'));
    for (const file of seedFiles) copyFileSync(join(seedsDir, file), join(workspace, file));
    client = await LspTestClient.start({ pull: true, workspaceRoot: workspace });
  });

  after(async () => {
    await client?.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  async function openScratch(language: string, text: string): Promise<string> {
    const uri = `untitled:scratch-${++counter}`;
    await client.open(uri, language, text);
    return uri;
  }

  async function actionsFor(uri: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    const items = await client.codeActions(uri, diagnostic.range, [diagnostic], only);
    return items.filter(isCodeAction);
  }

  for (const file of seedFiles) {
    it(`${file}: each fix and suggestion of the core rules removes its finding and edits nothing else`, async function () {
      this.timeout(60_000);
      const text = readFileSync(join(seedsDir, file), 'utf8');
      const uri = pathToFileURL(join(workspace, file)).toString();
      await client.open(uri, 'plaintext', text);
      const diagnostics = (await client.diagnostics(uri)).filter((d) => CORE_RULES.includes(String(d.code)));
      const findings = createLinter().lint(text, 'plaintext').findings;
      for (const diagnostic of diagnostics) {
        const finding = findingFor(findings, text, diagnostic);
        const actions = await actionsFor(uri, diagnostic);
        const documentActions = actions.filter((action) => action.kind === 'quickfix' && action.edit && urisOf(action.edit).every((target) => target === uri));
        assert.equal(documentActions.length, finding.fixes.length + finding.suggestions.length, `one action per fix and suggestion of ${diagnostic.code}`);
        const preferred = documentActions.filter((action) => action.isPreferred);
        assert.equal(preferred.length, finding.fixes.length > 0 ? 1 : 0, 'the first safe fix, and only it, is preferred');
        for (const action of documentActions) {
          const edits = editsFor(action.edit!, uri);
          const own = [...finding.fixes, ...finding.suggestions].some((fix) => fix.title === action.title && sameEdits(text, edits, fix.edits));
          assert.ok(own, `"${action.title}" makes exactly its finding's own edits`);
          const fixed = applyTextEdits(text, edits);
          const span = changedSpan(text, fixed);
          assert.equal(fixed.slice(0, span.start), text.slice(0, span.start));
          assert.equal(fixed.slice(span.end), text.slice(text.length - (fixed.length - span.end)));
          const scratch = await openScratch('plaintext', fixed);
          const after = (await client.diagnostics(scratch)).filter((d) => d.code === diagnostic.code);
          const before = diagnostics.filter((d) => d.code === diagnostic.code);
          assert.ok(after.length < before.length, `"${action.title}" removes a ${diagnostic.code} finding (${before.length} -> ${after.length})`);
          assert.ok(!after.some((d) => overlaps(rangeOffsets(fixed, d.range), span) && span.end > span.start), `"${action.title}": no ${diagnostic.code} finding left on the edited text`);
          await client.close(scratch);
        }
        // Plain text has no comments: silencing goes through configuration, never a comment in the text.
        assert.ok(!actions.some((action) => action.title.startsWith('Disable ')), 'no disable comment in plain text');
        assert.ok(actions.some((action) => action.title === `Turn off ${diagnostic.code} in .healthlintrc.json`), 'offers turning the rule off in the config file');
      }
      await client.close(uri);
    });
  }

  it('a core-rule finding in Markdown is silenced by "Disable RULE for this line", and only that one', async () => {
    const text = readFileSync(join(seedsDir, seedFiles[0]), 'utf8');
    const uri = await openScratch('markdown', text);
    const diagnostics = (await client.diagnostics(uri)).filter((d) => d.code === 'unhedged-claim');
    assert.ok(diagnostics.length > 0, 'the seed has unhedged claims (rule landed?)');
    const target = diagnostics[0];
    const action = (await actionsFor(uri, target)).find((a) => a.title === 'Disable unhedged-claim for this line');
    assert.ok(action?.edit, 'offers the disable-next-line comment');
    const edited = applyWorkspaceEdit(new Map([[uri, text]]), action.edit).get(uri)!;
    const lineStart = rangeOffsets(text, { start: { line: target.range.start.line, character: 0 }, end: target.range.start }).start;
    assert.equal(edited, `${text.slice(0, lineStart)}<!-- health-lint-disable-next-line unhedged-claim -->\n${text.slice(lineStart)}`);
    await client.replaceText(uri, edited);
    const after = (await client.diagnostics(uri)).filter((d) => d.code === 'unhedged-claim');
    assert.ok(!after.some((d) => d.range.start.line === target.range.start.line + 1), 'the finding is silenced');
    const otherLines = diagnostics.filter((d) => d.range.start.line !== target.range.start.line).length;
    assert.equal(after.length, otherLines, 'findings on other lines remain');
    await client.close(uri);
  });

  describe('with a custom rule from .healthlintrc.json', () => {
    let customClient: LspTestClient;
    let customWorkspace: string;

    before(async function () {
      this.timeout(120_000);
      customWorkspace = mkdtempSync(join(tmpdir(), 'health-lint-custom-'));
      writeFileSync(join(customWorkspace, '.healthlintrc.json'), JSON.stringify({ customRules: [CUSTOM_RULE] }, null, 2));
      customClient = await LspTestClient.start({ pull: true, workspaceRoot: customWorkspace });
    });

    after(async () => {
      await customClient?.stop();
      if (customWorkspace) rmSync(customWorkspace, { recursive: true, force: true });
    });

    async function silence(language: string, text: string, line: number, title: string): Promise<{ edited: string; remaining: Diagnostic[] }> {
      const uri = pathToFileURL(join(customWorkspace, `doc-${++counter}.${language === 'markdown' ? 'md' : 'html'}`)).toString();
      await customClient.open(uri, language, text);
      const diagnostics = (await customClient.diagnostics(uri)).filter((d) => d.code === CUSTOM_RULE.id);
      const target = diagnostics.find((d) => d.range.start.line === line);
      assert.ok(target, `a finding on line ${line}`);
      const actions = (await customClient.codeActions(uri, target.range, [target])).filter(isCodeAction);
      const action = actions.find((a) => a.title === title);
      assert.ok(action?.edit, `offers "${title}"; got ${actions.map((a) => a.title).join(' | ')}`);
      const edited = applyWorkspaceEdit(new Map([[uri, text]]), action.edit).get(uri)!;
      await customClient.replaceText(uri, edited);
      const remaining = (await customClient.diagnostics(uri)).filter((d) => d.code === CUSTOM_RULE.id);
      await customClient.close(uri);
      return { edited, remaining };
    }

    const markdown = [
      '---',
      'title: Miracle notes',
      '---',
      '',
      'Kratom is a miracle plant.',
      'This line says miracle again.',
      '',
      '> A quoted miracle.',
      '',
      '- first item',
      '  - nested miracle item',
      '',
    ].join('\n');

    it('Markdown: disable-next-line inside a paragraph silences only that line', async () => {
      const { edited, remaining } = await silence('markdown', markdown, 5, `Disable ${CUSTOM_RULE.id} for this line`);
      assert.ok(edited.includes(`Kratom is a miracle plant.\n<!-- health-lint-disable-next-line no-miracle -->\nThis line says miracle again.`));
      assert.equal(remaining.length, 3);
    });

    it('Markdown: in a blockquote the comment keeps the quote marker; in a list, the indentation', async () => {
      const quoted = await silence('markdown', markdown, 7, `Disable ${CUSTOM_RULE.id} for this line`);
      assert.ok(quoted.edited.includes('> <!-- health-lint-disable-next-line no-miracle -->\n> A quoted miracle.'));
      assert.equal(quoted.remaining.length, 3);
      const listed = await silence('markdown', markdown, 10, `Disable ${CUSTOM_RULE.id} for this line`);
      assert.ok(listed.edited.includes('- first item\n  <!-- health-lint-disable-next-line no-miracle -->\n  - nested miracle item'));
      assert.equal(listed.remaining.length, 3);
    });

    it('Markdown: disable-file goes after the front matter and silences the rule in the file', async () => {
      const { edited, remaining } = await silence('markdown', markdown, 4, `Disable ${CUSTOM_RULE.id} for this file`);
      assert.ok(edited.startsWith('---\ntitle: Miracle notes\n---\n<!-- health-lint-disable-file no-miracle -->\n\nKratom'));
      assert.equal(remaining.length, 0);
    });

    it('Markdown tables: the comment goes inside the cell, so the table stays a table', async () => {
      const table = ['| Claim | Source |', '| --- | --- |', '| A miracle cure | vendor |', '| A miracle again | blog |', ''].join('\n');
      const { edited, remaining } = await silence('markdown', table, 2, `Disable ${CUSTOM_RULE.id} for this line`);
      assert.equal(edited, table.replace('| A miracle cure |', '| A miracle cure <!-- health-lint-disable-line no-miracle --> |'));
      assert.equal(remaining.length, 1);
      assert.equal(remaining[0].range.start.line, 3);
    });

    it('HTML: disable-next-line and disable-file (after the doctype), with CRLF line breaks kept', async () => {
      const html = '<!DOCTYPE html>\r\n<html><body>\r\n  <p>Kratom is a miracle plant.</p>\r\n  <p>Another miracle here.</p>\r\n</body></html>\r\n';
      const line = await silence('html', html, 2, `Disable ${CUSTOM_RULE.id} for this line`);
      assert.ok(line.edited.includes('\r\n  <!-- health-lint-disable-next-line no-miracle -->\r\n  <p>Kratom is a miracle plant.</p>'));
      assert.equal(line.remaining.length, 1);
      const file = await silence('html', html, 3, `Disable ${CUSTOM_RULE.id} for this file`);
      assert.ok(file.edited.startsWith('<!DOCTYPE html>\r\n<!-- health-lint-disable-file no-miracle -->\r\n<html>'));
      assert.equal(file.remaining.length, 0);
    });

    it('a suggestion is a quick fix that is not preferred, and "fix all" never applies it', async () => {
      const uri = pathToFileURL(join(customWorkspace, 'suggest.md')).toString();
      const text = 'Kratom is a miracle plant.\n';
      await customClient.open(uri, 'markdown', text);
      const [diagnostic] = (await customClient.diagnostics(uri)).filter((d) => d.code === CUSTOM_RULE.id);
      const actions = (await customClient.codeActions(uri, diagnostic.range, [diagnostic])).filter(isCodeAction);
      const suggestion = actions.find((a) => a.title === 'Replace with "remarkable"');
      assert.ok(suggestion?.edit && !suggestion.isPreferred && suggestion.kind === 'quickfix');
      assert.equal(applyWorkspaceEdit(new Map([[uri, text]]), suggestion.edit).get(uri), 'Kratom is a remarkable plant.\n');
      const fixAll = (await customClient.codeActions(uri, diagnostic.range, [], [FIX_ALL])).filter(isCodeAction);
      const expected = expectedFixAll(text, 'markdown', { customRules: [CUSTOM_RULE] });
      if (fixAll.length === 0) assert.equal(expected, text, 'no fix-all action only when there is no safe fix');
      else assert.equal(applyWorkspaceEdit(new Map([[uri, text]]), fixAll[0].edit!).get(uri), expected);
      assert.ok(expected.includes('miracle'), 'the suggestion is not part of fix all');
      await customClient.close(uri);
    });

    it('plain text: "Turn off RULE in .healthlintrc.json" edits the config file, and the rule goes quiet', async () => {
      const uri = pathToFileURL(join(customWorkspace, 'notes.txt')).toString();
      await customClient.open(uri, 'plaintext', 'Kratom is a miracle plant.\n');
      const [diagnostic] = (await customClient.diagnostics(uri)).filter((d) => d.code === CUSTOM_RULE.id);
      const actions = (await customClient.codeActions(uri, diagnostic.range, [diagnostic])).filter(isCodeAction);
      assert.ok(!actions.some((a) => a.title.startsWith('Disable')));
      const turnOff = actions.find((a) => a.title === `Turn off ${CUSTOM_RULE.id} in .healthlintrc.json`);
      assert.ok(turnOff?.edit);
      const configPath = join(customWorkspace, '.healthlintrc.json');
      const configUri = pathToFileURL(configPath).toString();
      assert.deepEqual(urisOf(turnOff.edit), [configUri]);
      const newConfig = applyWorkspaceEdit(new Map([[configUri, readFileSync(configPath, 'utf8')]]), turnOff.edit).get(configUri)!;
      assert.deepEqual(JSON.parse(newConfig), { customRules: [CUSTOM_RULE], rules: { [CUSTOM_RULE.id]: 'off' } });
      writeFileSync(configPath, newConfig);
      await customClient.configFileChanged(configUri, 2);
      assert.deepEqual((await customClient.diagnostics(uri)).filter((d) => d.code === CUSTOM_RULE.id), []);
      await customClient.close(uri);
      writeFileSync(configPath, JSON.stringify({ customRules: [CUSTOM_RULE] }, null, 2));
      await customClient.configFileChanged(configUri, 2);
    });
  });

  for (const [language, text] of [
    ['plaintext', readFileSync(join(seedsDir, seedFiles[1]), 'utf8')],
    ['markdown', `${readFileSync(join(seedsDir, seedFiles[0]), 'utf8')}\n\nBuy it at [our shop](https://shop.example.com/kratom?ref=affiliate123).\n`],
    ['html', '<p>Kratom relieves pain. <a href="https://shop.example.com/buy?aff=42">Buy kratom now</a></p>\n<p>It cures anxiety.</p>\n'],
  ] as const) {
    it(`${language}: "fix all" applies exactly the safe fixes, none overlapping, computed on the current text`, async () => {
      const uri = await openScratch(language, text);
      const diagnostics = await client.diagnostics(uri);
      const actions = (await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], [FIX_ALL])).filter(isCodeAction);
      const expected = expectedFixAll(text, language);
      assert.ok(actions.every((action) => action.kind === FIX_ALL));
      if (expected === text) assert.equal(actions.length, 0, 'no fix-all action without safe fixes');
      else {
        assert.equal(actions.length, 1);
        const fixed = applyWorkspaceEdit(new Map([[uri, text]]), actions[0].edit!).get(uri)!;
        assert.equal(fixed, expected);
        await client.replaceText(uri, fixed);
        assert.ok((await client.diagnostics(uri)).length < diagnostics.length, 'fix all removed findings');
      }
      await client.close(uri);
    });
  }

  it('clients without documentChanges get plain `changes` edits; with no workspace folder, plain text offers no config file edit', async () => {
    const plain = await LspTestClient.start({ pull: true, documentChanges: false });
    try {
      const uri = 'untitled:plain-changes';
      const text = readFileSync(join(seedsDir, seedFiles[0]), 'utf8');
      await plain.open(uri, 'markdown', text);
      const [diagnostic] = await plain.diagnostics(uri);
      assert.ok(diagnostic, 'the seed has findings');
      const actions = (await plain.codeActions(uri, diagnostic.range, [diagnostic])).filter(isCodeAction);
      assert.ok(actions.length > 0);
      for (const action of actions) {
        if (!action.edit) continue;
        assert.equal(action.edit.documentChanges, undefined);
        assert.ok(action.edit.changes?.[uri]);
      }
      // Plain text, no workspace folder and no way to create a file: no config action to offer, and nothing breaks.
      const textUri = 'untitled:plain-text';
      await plain.open(textUri, 'plaintext', text);
      const [textDiagnostic] = await plain.diagnostics(textUri);
      const textActions = (await plain.codeActions(textUri, textDiagnostic.range, [textDiagnostic])).filter(isCodeAction);
      assert.ok(!textActions.some((action) => action.title.includes('.healthlintrc.json')));
    } finally {
      await plain.stop();
    }
  });

  it('offers actions only for diagnostics in the request', async () => {
    const text = 'Kratom is a miracle plant.\n\nAnother paragraph.\n';
    const uri = await openScratch('markdown', text);
    const actions = await client.codeActions(uri, { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } }, []);
    assert.deepEqual(actions.filter(isCodeAction).filter((a) => a.kind === 'quickfix'), []);
    await client.close(uri);
  });
});
