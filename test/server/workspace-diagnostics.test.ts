// Workspace diagnostics (LSP 3.17 `workspace/diagnostic`) and the workspace report, asked of
// the built server over real stdio as any LSP editor would: which files are covered (ignore
// files, config `ignore`, `files.exclude`), findings equal to the command line's and to a
// document pull's, files that cannot be linted, result ids, partial results and work-done
// progress, open documents, cancellation, and the report model.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { WorkDoneProgress, WorkspaceDiagnosticRequest } from 'vscode-languageserver-protocol';
import type {
  Diagnostic,
  WorkspaceDiagnosticReport,
  WorkspaceDiagnosticReportPartialResult,
  WorkspaceDocumentDiagnosticReport,
  WorkspaceFullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol';
import type { WorkspaceReportResult } from '../../protocol/workspace.js';
import { LspTestClient, repoRoot } from './lsp-client.js';

const CLAIMS = 'This miracle supplement cures arthritis. Buy it at https://amzn.to/abc123 today.\n\nTake 500 mg of turmeric every day.\n';
const CALM = 'Some small trials suggest that turmeric may ease joint pain, but the evidence is weak.\n';

function write(root: string, path: string, content: string | Buffer): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

const uriOf = (root: string, path: string) => pathToFileURL(join(root, path)).toString();
const pathOf = (root: string, uri: string) => decodeURIComponent(uri).slice(pathToFileURL(root).toString().length + 1);

async function workspaceDiagnostics(client: LspTestClient, previousResultIds: { uri: string; value: string }[] = []): Promise<WorkspaceDocumentDiagnosticReport[]> {
  const report = await client.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });
  return report.items;
}

const brief = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code ?? '-'}@${d.range.start.line + 1}:${d.range.start.character + 1}`).sort();

describe('language server: workspace diagnostics and report (stdio)', function () {
  this.timeout(60_000);
  let root: string;
  let client: LspTestClient;

  before(async function () {
    this.timeout(120_000);
    root = mkdtempSync(join(tmpdir(), 'health-lint-workspace-'));
    write(root, 'claims.md', CLAIMS);
    write(root, 'notes/calm.txt', CALM);
    write(root, 'notes/page.html', `<p>${CLAIMS.split('\n')[0]}</p>\n`);
    write(root, 'image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    write(root, 'binary.md', Buffer.concat([Buffer.from('# Title\n'), Buffer.from([0, 1, 2, 3])]));
    write(root, 'big.md', `${CLAIMS}\n`.repeat(40));
    write(root, '.gitignore', 'build/\n');
    write(root, 'build/out.md', CLAIMS);
    write(root, '.healthlintignore', 'private/*\n');
    write(root, 'private/secret.md', CLAIMS);
    write(root, 'private/keep/.healthlintignore', '');
    write(root, 'drafts/draft.md', CLAIMS);
    write(root, 'vendor/copied.md', CLAIMS);
    write(root, 'node_modules/pkg/readme.md', CLAIMS);
    // maxFileSize small enough that big.md (about 4 KB) is not linted.
    write(root, '.healthlintrc.json', JSON.stringify({ ignore: ['drafts/**'], maxFileSize: 2048 }));
    client = await LspTestClient.start({ pull: true, workspaceRoot: root, sections: { 'files.exclude': { '**/vendor': true, '**/.git': true } } });
  });

  after(async () => {
    await client?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('declares workspace diagnostics', () => {
    const provider = client.initializeResult?.capabilities.diagnosticProvider as { workspaceDiagnostics?: boolean } | undefined;
    assert.equal(provider?.workspaceDiagnostics, true);
  });

  it('covers every supported file except what .gitignore, .healthlintignore, the config and files.exclude leave out', async () => {
    const items = await workspaceDiagnostics(client);
    assert.deepEqual(items.map((item) => pathOf(root, item.uri)).sort(), ['big.md', 'binary.md', 'claims.md', 'notes/calm.txt', 'notes/page.html']);
    for (const item of items) assert.equal(item.kind, 'full');
  });

  it('gives the findings of the command line, and of a document pull of the same text', async () => {
    const items = (await workspaceDiagnostics(client)) as WorkspaceFullDocumentDiagnosticReport[];
    const cli = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), '--format', 'json', '.'], { cwd: root, encoding: 'utf8' });
    const report = JSON.parse(cli.stdout) as { files: { path: string; findings: { ruleId: string; line: number; column: number }[] }[] };
    for (const path of ['claims.md', 'notes/calm.txt', 'notes/page.html']) {
      const item = items.find((candidate) => pathOf(root, candidate.uri) === path)!;
      const fromCli = report.files.find((file) => file.path === path)!.findings.map((finding) => `${finding.ruleId}@${finding.line}:${finding.column}`).sort();
      assert.deepEqual(brief(item.items), fromCli, path);
    }
    const claims = items.find((item) => pathOf(root, item.uri) === 'claims.md')!;
    assert.ok(claims.items.length >= 4, `claims.md has ${claims.items.length} findings`);
    const scratch = uriOf(root, 'scratch.md');
    await client.open(scratch, 'markdown', CLAIMS);
    const pulled = await client.diagnostics(scratch);
    await client.close(scratch);
    assert.deepEqual(claims.items, pulled);
  });

  it('reports a binary file and a file over maxFileSize as not linted, and goes on', async () => {
    const items = (await workspaceDiagnostics(client)) as WorkspaceFullDocumentDiagnosticReport[];
    const messages = (path: string) => items.find((item) => pathOf(root, item.uri) === path)!.items.map((d) => String(d.message));
    assert.deepEqual(messages('binary.md'), ['Not linted: the file looks binary (it contains NUL bytes).']);
    assert.match(messages('big.md')[0], /^Not linted: \d KB is larger than the 2 KB limit \(setting "maxFileSize"\)\.$/);
    assert.equal(messages('big.md').length, 1);
  });

  it('answers "unchanged" for files whose result the client holds, and a new result for a changed file', async () => {
    const first = await workspaceDiagnostics(client);
    const held = first.map((item) => ({ uri: item.uri, value: item.resultId! }));
    const second = await workspaceDiagnostics(client, held);
    assert.deepEqual(second.map((item) => item.kind), first.map(() => 'unchanged'));
    // A later modification time and other content: that file alone is new.
    write(root, 'notes/calm.txt', CLAIMS);
    const third = await workspaceDiagnostics(client, held);
    const changed = third.filter((item) => item.kind === 'full').map((item) => pathOf(root, item.uri));
    assert.deepEqual(changed, ['notes/calm.txt']);
    write(root, 'notes/calm.txt', CALM);
  });

  it('answers an open document from its live text, with its version', async () => {
    const uri = uriOf(root, 'claims.md');
    await client.open(uri, 'markdown', CALM);
    try {
      const item = (await workspaceDiagnostics(client)).find((candidate) => candidate.uri === uri) as WorkspaceFullDocumentDiagnosticReport;
      assert.equal(item.version, 1);
      assert.deepEqual(item.items, await client.diagnostics(uri));
      assert.ok(item.items.length < 4);
    } finally {
      await client.close(uri);
    }
  });

  it('streams partial results and work-done progress, and the answer itself is then empty', async () => {
    const partialToken = 'partial-1';
    const workToken = 'work-1';
    const partials: WorkspaceDocumentDiagnosticReport[] = [];
    const progress: { kind: string; message?: string }[] = [];
    const partialListener = client.connection.onProgress(WorkspaceDiagnosticRequest.partialResult, partialToken, (value: WorkspaceDiagnosticReportPartialResult) => {
      partials.push(...value.items);
    });
    const workListener = client.connection.onProgress(WorkDoneProgress.type, workToken, (value) => {
      progress.push(value);
    });
    try {
      const answer = await client.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', {
        previousResultIds: [],
        partialResultToken: partialToken,
        workDoneToken: workToken,
      });
      assert.deepEqual(answer.items, []);
      assert.equal(partials.length, 5);
      assert.equal(progress[0].kind, 'begin');
      assert.equal(progress.at(-1)!.kind, 'end');
    } finally {
      partialListener.dispose();
      workListener.dispose();
    }
  });

  it('the report model: every file with its findings at their lines, totals by rule, severity and file, and a rendering', async () => {
    const result = await client.connection.sendRequest<WorkspaceReportResult>('healthLint/workspaceReport', { render: { format: 'markdown' } });
    assert.deepEqual(result.data.files.map((file) => file.path), ['big.md', 'binary.md', 'claims.md', 'notes/calm.txt', 'notes/page.html']);
    assert.deepEqual(result.uris.map((uri) => pathOf(root, uri)), result.data.files.map((file) => file.path));
    const items = (await workspaceDiagnostics(client)) as WorkspaceFullDocumentDiagnosticReport[];
    const findings = items.reduce((sum, item) => sum + item.items.filter((d) => d.code !== undefined).length, 0);
    assert.equal(result.summary.findings, findings);
    assert.equal(result.summary.filesLinted, 5);
    assert.equal(result.summary.byRule.reduce((sum, total) => sum + total.total, 0), findings);
    assert.equal(result.summary.problems, 2);
    const claims = result.data.files.find((file) => file.path === 'claims.md')!;
    const hype = claims.findings.find((finding) => finding.ruleId === 'hype-language')!;
    assert.equal(CLAIMS.split('\n')[hype.line - 1].slice(hype.column - 1, hype.endColumn - 1).toLowerCase(), 'miracle supplement');
    assert.ok(result.data.rules.some((rule) => rule.id === 'unhedged-claim' && rule.defaultSeverity === 'warning' && rule.helpUri?.endsWith('unhedged-claim.md')));
    assert.ok(result.rendered?.includes('claims.md'), 'the Markdown report names the file');
  });

  it('renders the report in every export format, the HTML for a webview with its nonce and CSP source', async () => {
    const render = (format: string, html?: Record<string, unknown>) =>
      client.connection.sendRequest<WorkspaceReportResult>('healthLint/workspaceReport', { render: { format, html } }).then((result) => result.rendered ?? '');
    const html = await render('html', { nonce: 'bm9uY2Utb2YtdGhlLXRlc3Q=', cspSource: 'https://webview.example', interactive: true });
    assert.ok(html.includes('script-src &#39;nonce-bm9uY2Utb2YtdGhlLXRlc3Q=&#39;'), 'the CSP allows the script with the nonce');
    assert.ok(html.includes('<script nonce="bm9uY2Utb2YtdGhlLXRlc3Q="'), 'the script carries the nonce');
    assert.ok(html.includes('https://webview.example'));
    const sarif = JSON.parse(await render('sarif'));
    assert.equal(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri, `${pathToFileURL(root).toString()}/`);
    assert.ok(sarif.runs[0].results.length > 0);
    const json = JSON.parse(await render('json'));
    assert.equal(json.summary.filesLinted, 5);
    assert.match((await render('csv')).split('\n')[0], /rule/i);
    assert.match(await render('markdown'), /claims\.md/);
  });

  it('a cancelled workspace lint ends with RequestCancelled, and the server goes on answering', async () => {
    for (let i = 0; i < 150; i++) write(root, `many/article-${String(i).padStart(3, '0')}.md`, `${CLAIMS}\n${CALM}`.repeat(3));
    try {
      const source = new CancellationTokenSource();
      const partialToken = 'partial-cancel';
      let partials = 0;
      const listener = client.connection.onProgress(WorkspaceDiagnosticRequest.partialResult, partialToken, () => {
        partials++;
        source.cancel();
      });
      const answer = client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [], partialResultToken: partialToken }, source.token);
      await assert.rejects(answer, (error: { code?: number }) => error.code === -32800);
      listener.dispose();
      assert.ok(partials >= 1);
      const uri = uriOf(root, 'claims.md');
      await client.open(uri, 'markdown', CLAIMS);
      assert.ok((await client.diagnostics(uri)).length >= 4);
      await client.close(uri);
    } finally {
      rmSync(join(root, 'many'), { recursive: true, force: true });
    }
  });
});
