// Untrusted workspaces through the real server (dist/server.js over stdio), driven the way
// the VS Code client drives it (client/extension.ts): its configuration middleware adds
// `workspaceTrusted: vscode.workspace.isTrusted` to every `healthLint` section the server
// asks for, and when the user grants trust it sends `workspace/didChangeConfiguration` with
// `settings: null`. The manifest promises: untrusted, open files are still linted, but
// `customRules` from `.healthlintrc.json` are ignored.

import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../server/lsp-client.js';

const CUSTOM_RULE = { id: 'house-style-miracle', message: '"Miracle" overstates what any product does.', pattern: '(?i)miracle' };
const TEXT = 'Kratom cures anxiety. This miracle leaf is sold everywhere.\n';
const customFindings = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === CUSTOM_RULE.id);

for (const pull of [true, false]) {
  describe(`untrusted workspace (${pull ? 'pull' : 'push'})`, function () {
    this.timeout(60_000);
    let workspace: string;
    let client: LspTestClient;
    let counter = 0;

    before(async function () {
      this.timeout(120_000);
      workspace = mkdtempSync(join(tmpdir(), 'health-lint-trust-'));
      // A workspace file that also tries to declare itself trusted (not a config key: it is reported and ignored).
      writeFileSync(
        join(workspace, '.healthlintrc.json'),
        JSON.stringify({ customRules: [CUSTOM_RULE], rules: { 'unhedged-claim': 'error' }, workspaceTrusted: true }),
      );
      // As VS Code answers in a workspace the user has not trusted.
      client = await LspTestClient.start({ pull, workspaceRoot: workspace, settings: { workspaceTrusted: false } });
    });

    after(async () => {
      await client?.stop();
      if (workspace) rmSync(workspace, { recursive: true, force: true });
    });

    const freshUri = () => pathToFileURL(join(workspace, `doc-${++counter}.md`)).toString();

    it('lints open files with the file\'s severities, but runs none of its custom rules', async () => {
      const uri = freshUri();
      await client.open(uri, 'markdown', TEXT);
      const diagnostics = await client.diagnostics(uri);
      assert.deepEqual(customFindings(diagnostics), []);
      const claims = diagnostics.filter((diagnostic) => diagnostic.code === 'unhedged-claim');
      assert.ok(claims.length > 0 && claims.every((diagnostic) => diagnostic.severity === 1), 'the rest of the config file applies (severity error)');
      await client.close(uri);
    });

    it('a workspace cannot claim trust through a configuration notification\'s payload', async () => {
      // The VS Code client forwards the raw `healthLint` section (which a workspace's
      // .vscode/settings.json could fill) in didChangeConfiguration; the server must keep
      // reading trust from its configuration requests, which the client's middleware answers.
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { healthLint: { workspaceTrusted: true } } });
      const uri = freshUri();
      await client.open(uri, 'markdown', TEXT);
      assert.deepEqual(customFindings(await client.diagnostics(uri)), []);
      await client.close(uri);
    });

    it('granting trust while running: the server re-reads settings and the custom rules apply to open files', async () => {
      const uri = freshUri();
      await client.open(uri, 'markdown', TEXT);
      assert.deepEqual(customFindings(await client.diagnostics(uri)), []);
      const refreshes = client.refreshRequests;
      // What client/extension.ts does on vscode.workspace.onDidGrantWorkspaceTrust.
      client.settings = { workspaceTrusted: true };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      if (pull) {
        await client.waitFor(() => client.refreshRequests > refreshes);
        assert.equal(customFindings(await client.diagnostics(uri)).length, 1);
      } else {
        // Pushed again without any edit to the document.
        await client.waitFor(() => customFindings(client.pushed.get(uri)?.diagnostics ?? []).length === 1);
      }
      await client.close(uri);
    });
  });
}

describe('untrusted workspace: clients that say nothing about trust', function () {
  this.timeout(60_000);

  it('are treated as trusted (editors other than VS Code have no workspace trust): custom rules run', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'health-lint-trust-'));
    writeFileSync(join(workspace, '.healthlintrc.json'), JSON.stringify({ customRules: [CUSTOM_RULE] }));
    const client = await LspTestClient.start({ pull: true, workspaceRoot: workspace });
    try {
      const uri = pathToFileURL(join(workspace, 'doc.md')).toString();
      await client.open(uri, 'markdown', TEXT);
      assert.equal(customFindings(await client.diagnostics(uri)).length, 1);
    } finally {
      await client.stop();
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});

describe('untrusted workspace: when the configuration request fails', function () {
  this.timeout(60_000);

  it('the VS Code client\'s server does not fall back to trusting the workspace', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'health-lint-trust-'));
    writeFileSync(join(workspace, '.healthlintrc.json'), JSON.stringify({ customRules: [CUSTOM_RULE] }));
    // As our VS Code client starts it (initializationOptions of client/extension.ts).
    const client = await LspTestClient.start({
      pull: true,
      workspaceRoot: workspace,
      settings: { workspaceTrusted: false },
      initializationOptions: { clientWatchesConfigFile: true, turnOffInSettingsCommand: true },
    });
    try {
      // The raw section forwarded by the client's configuration synchronization (a workspace can fill it)...
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { healthLint: { workspaceTrusted: true } } });
      // ...and then the configuration request fails (the client is busy stopping, a middleware throws).
      client.connection.onRequest('workspace/configuration', () => {
        throw new Error('configuration unavailable');
      });
      const uri = pathToFileURL(join(workspace, 'doc.md')).toString();
      await client.open(uri, 'markdown', TEXT);
      const diagnostics = await client.diagnostics(uri);
      assert.ok(diagnostics.length > 0, 'still lints');
      assert.deepEqual(customFindings(diagnostics), [], 'custom rules stay off without a positive answer about trust');
    } finally {
      await client.stop();
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
