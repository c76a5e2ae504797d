// Pushed diagnostics are never for a text the server has already replaced. A request the
// server does not handle serves as a barrier: the server reads messages in order, so once its
// (error) answer to a request sent after version N arrives, the server has version N, and no
// later publishDiagnostics may carry an older version.

import { strict as assert } from 'node:assert';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../server/lsp-client.js';

const paragraph = 'Kratom cures anxiety and relieves chronic pain. Take 5 grams three times a day. ';

describe('push diagnostics: never for a replaced text', function () {
  this.timeout(120_000);
  let client: LspTestClient;

  before(async function () {
    this.timeout(120_000);
    client = await LspTestClient.start({ pull: false });
  });

  after(async () => {
    await client?.stop();
  });

  /** Resolves once the server has read every message sent before it. */
  async function barrier(): Promise<void> {
    await client.connection.sendRequest('healthLintTest/barrier', {}).then(
      () => undefined,
      () => undefined,
    );
  }

  it('a text edited while it is linted: its diagnostics are not pushed; the new text\'s are', async () => {
    const uri = 'untitled:edited-while-linting.md';
    // Long enough that the first lint is still running when the edit arrives.
    const text = Array.from({ length: 400 }, () => paragraph).join('\n\n');
    const published: PublishDiagnosticsParams[] = [];
    let serverHasVersion = 0;
    const stale: string[] = [];
    client.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      client.pushed.set(params.uri, params);
      if (params.uri !== uri) return;
      published.push(params);
      if (params.version !== undefined && params.version < serverHasVersion) stale.push(`version ${params.version} pushed after the server had version ${serverHasVersion}`);
      (client as unknown as { wake(): void }).wake();
    });
    await client.open(uri, 'markdown', text);
    await barrier();
    serverHasVersion = 1;
    for (let edit = 1; edit <= 3; edit++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await client.replaceText(uri, `${text}\n\nEdit ${edit}.`);
      await barrier();
      serverHasVersion = edit + 1;
    }
    await client.waitFor(() => client.pushed.get(uri)?.version === 4);
    assert.deepEqual(stale, []);
    assert.ok(published.length >= 1);
    await client.close(uri);
  });
});
