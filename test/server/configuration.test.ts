// Settings and `.healthlintrc.json` through the real server: problems in the config file
// are shown on the config file at their ranges, settings override the file per rule,
// untrusted workspaces ignore custom rules, and a config change re-lints.

import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, rangeOffsets, seedsDir } from './lsp-client.js';

const CUSTOM_RULE = { id: 'no-miracle', message: '"Miracle" overstates what any product does.', pattern: 'miracle' };
const seedText = readFileSync(join(seedsDir, '000_d35425ebc50fbd4b.txt'), 'utf8');

for (const pull of [true, false]) {
  describe(`language server: configuration (${pull ? 'pull' : 'push'})`, function () {
    let workspace: string;
    let configPath: string;
    let configUri: string;
    let client: LspTestClient;
    let counter = 0;

    function writeConfig(value: unknown): void {
      writeFileSync(configPath, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    }

    async function lintFresh(language: string, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
      const uri = pathToFileURL(join(workspace, `doc-${++counter}.${language === 'plaintext' ? 'txt' : language === 'html' ? 'html' : 'md'}`)).toString();
      await client.open(uri, language, text);
      const diagnostics = await client.diagnostics(uri);
      await client.close(uri);
      return { uri, diagnostics };
    }

    /** The config file's pushed diagnostics, once they satisfy `check`. */
    async function configDiagnostics(check: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
      await client.waitFor(() => {
        const published = client.pushed.get(configUri);
        return published !== undefined && check(published.diagnostics);
      });
      return client.pushed.get(configUri)!.diagnostics;
    }

    before(async function () {
      this.timeout(120_000);
      workspace = mkdtempSync(join(tmpdir(), 'health-lint-config-'));
      configPath = join(workspace, '.healthlintrc.json');
      configUri = pathToFileURL(configPath).toString();
      writeConfig({ customRules: [CUSTOM_RULE] });
      client = await LspTestClient.start({ pull, workspaceRoot: workspace });
    });

    after(async () => {
      await client?.stop();
      if (workspace) rmSync(workspace, { recursive: true, force: true });
    });

    afterEach(async () => {
      await client.changeSettings({});
      writeConfig({ customRules: [CUSTOM_RULE] });
      await client.configFileChanged(configUri, 2);
    });

    it('config file problems are diagnostics on the config file, at the problem', async () => {
      const text = '{\n  "rules": { "unhedged-claim": "loud", "not-a-rule": "off" },\n  "maxFileSize": -1,\n  "customRules": [' + JSON.stringify(CUSTOM_RULE) + ']\n}\n';
      writeConfig(text);
      await client.configFileChanged(configUri, 2);
      const diagnostics = await configDiagnostics((d) => d.length === 3);
      const located = diagnostics.map((d) => text.slice(rangeOffsets(text, d.range).start, rangeOffsets(text, d.range).end)).sort();
      assert.deepEqual(located, ['"loud"', '"not-a-rule"', '-1']);
      assert.ok(diagnostics.every((d) => d.source === 'health-lint' && String(d.message).length > 0));
      // The valid parts still apply: the custom rule runs.
      const { diagnostics: found } = await lintFresh('markdown', 'A miracle.\n');
      assert.equal(found.filter((d) => d.code === CUSTOM_RULE.id).length, 1);
    });

    it('invalid JSON is an error on the config file; defaults are used; fixing the file clears it', async () => {
      writeConfig('{ "rules": { "unhedged-claim": ');
      await client.configFileChanged(configUri, 2);
      const [problem] = await configDiagnostics((d) => d.length === 1 && d[0].severity === 1);
      assert.match(String(problem.message), /not valid JSON/);
      const { diagnostics } = await lintFresh('plaintext', seedText);
      assert.ok(diagnostics.length > 0, 'defaults still lint');
      assert.ok(!diagnostics.some((d) => d.code === CUSTOM_RULE.id));
      writeConfig({ customRules: [CUSTOM_RULE] });
      await client.configFileChanged(configUri, 2);
      await configDiagnostics((d) => d.length === 0);
    });

    it('a deleted config file clears its diagnostics', async () => {
      writeConfig('[1, 2]');
      await client.configFileChanged(configUri, 2);
      await configDiagnostics((d) => d.length === 1);
      rmSync(configPath);
      await client.configFileChanged(configUri, 3);
      await configDiagnostics((d) => d.length === 0);
    });

    it('healthLint.rules turns a rule off and changes severities, over the config file', async () => {
      writeConfig({ customRules: [CUSTOM_RULE], rules: { 'unhedged-claim': 'error' } });
      await client.configFileChanged(configUri, 2);
      const withFile = await lintFresh('plaintext', seedText);
      const claims = withFile.diagnostics.filter((d) => d.code === 'unhedged-claim');
      assert.ok(claims.length > 0 && claims.every((d) => d.severity === 1), 'the file sets error');
      await client.changeSettings({ rules: { 'unhedged-claim': 'hint', 'missing-provider-advice': 'off' } });
      const withSettings = await lintFresh('plaintext', seedText);
      const hinted = withSettings.diagnostics.filter((d) => d.code === 'unhedged-claim');
      assert.equal(hinted.length, claims.length);
      assert.ok(hinted.every((d) => d.severity === 4), 'the setting wins: hint');
      assert.ok(!withSettings.diagnostics.some((d) => d.code === 'missing-provider-advice'), 'the setting turns the rule off');
      await client.changeSettings({ rules: { 'unhedged-claim': 'off' } });
      const off = await lintFresh('plaintext', seedText);
      assert.ok(!off.diagnostics.some((d) => d.code === 'unhedged-claim'));
    });

    it('a settings change re-lints open documents', async () => {
      const uri = pathToFileURL(join(workspace, 'open.md')).toString();
      await client.open(uri, 'markdown', 'A miracle.\n');
      assert.equal((await client.diagnostics(uri)).filter((d) => d.code === CUSTOM_RULE.id).length, 1);
      const refreshes = client.refreshRequests;
      await client.changeSettings({ rules: { [CUSTOM_RULE.id]: 'off' } });
      if (pull) {
        await client.waitFor(() => client.refreshRequests > refreshes);
        assert.deepEqual((await client.diagnostics(uri)).filter((d) => d.code === CUSTOM_RULE.id), []);
      } else {
        await client.waitFor(() => client.pushed.get(uri)?.diagnostics.every((d) => d.code !== CUSTOM_RULE.id) === true);
      }
      await client.close(uri);
    });

    it('files matching "ignore" of the config file are not linted, as on the command line', async () => {
      writeConfig({ customRules: [CUSTOM_RULE], ignore: ['drafts/**'] });
      await client.configFileChanged(configUri, 2);
      const ignoredUri = pathToFileURL(join(workspace, 'drafts', 'a.md')).toString();
      await client.open(ignoredUri, 'markdown', 'A miracle.\n');
      assert.deepEqual(await client.diagnostics(ignoredUri), []);
      await client.close(ignoredUri);
      const linted = await lintFresh('markdown', 'A miracle.\n');
      assert.equal(linted.diagnostics.filter((d) => d.code === CUSTOM_RULE.id).length, 1);
    });

    it('healthLint.run onSave: a save brings diagnostics for the saved text', async () => {
      await client.changeSettings({ run: 'onSave' });
      const uri = pathToFileURL(join(workspace, 'saved.md')).toString();
      await client.open(uri, 'markdown', 'Nothing yet.\n');
      assert.deepEqual((await client.diagnostics(uri)).filter((d) => d.code === CUSTOM_RULE.id), []);
      await client.replaceText(uri, 'A miracle.\n');
      await client.save(uri);
      assert.equal((await client.diagnostics(uri)).filter((d) => d.code === CUSTOM_RULE.id).length, 1);
      await client.close(uri);
    });

    it('healthLint.enable false answers with no diagnostics', async () => {
      await client.changeSettings({ enable: false });
      assert.deepEqual((await lintFresh('plaintext', seedText)).diagnostics, []);
    });

    it('healthLint.providerAdviceText is what the provider-advice fix inserts', async () => {
      const advice = 'Ask your own clinician before trying kratom.';
      await client.changeSettings({ providerAdviceText: advice });
      const uri = pathToFileURL(join(workspace, 'advice.txt')).toString();
      await client.open(uri, 'plaintext', seedText);
      const diagnostic = (await client.diagnostics(uri)).find((d) => d.code === 'missing-provider-advice');
      assert.ok(diagnostic, 'missing-provider-advice reports on the seed');
      const actions = await client.codeActions(uri, diagnostic.range, [diagnostic]);
      assert.ok(JSON.stringify(actions).includes(advice), 'the configured advice text is offered');
      await client.close(uri);
    });

    it('an untrusted workspace ignores custom rules from the config file', async () => {
      await client.changeSettings({ workspaceTrusted: false });
      const untrusted = await lintFresh('markdown', 'A miracle.\n');
      assert.ok(!untrusted.diagnostics.some((d) => d.code === CUSTOM_RULE.id));
      await client.changeSettings({ workspaceTrusted: true });
      const trusted = await lintFresh('markdown', 'A miracle.\n');
      assert.equal(trusted.diagnostics.filter((d) => d.code === CUSTOM_RULE.id).length, 1);
    });

    it('a document over healthLint.maxFileSize gets an empty result, a log line and one message', async () => {
      await client.changeSettings({ maxFileSize: 1000 });
      const big = `${seedText}\n`.repeat(3);
      const shownBefore = client.shownMessages.length;
      const first = await lintFresh('plaintext', big);
      assert.deepEqual(first.diagnostics, []);
      await client.waitFor(() => client.shownMessages.length > shownBefore);
      assert.match(client.shownMessages[client.shownMessages.length - 1], /larger than/);
      assert.ok(client.logMessages.some((line) => line.includes(first.uri) && line.includes('larger than')));
      // Same file again: still empty, no second message.
      const uri = first.uri;
      await client.open(uri, 'plaintext', big);
      assert.deepEqual(await client.diagnostics(uri), []);
      await client.close(uri);
      assert.equal(client.shownMessages.filter((message) => message.includes(uri.slice(uri.lastIndexOf('/') + 1))).length, 1);
    });
  });
}
