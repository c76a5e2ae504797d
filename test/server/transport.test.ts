// The transports editors start the server with: node IPC (VS Code's language client) and stdio
// (Neovim, Helix, Emacs). On both the server answers, times its own answers (the request
// `healthLint/serverTimings`), and exits when told to.

import { strict as assert } from 'node:assert';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { ensureServerBuilt, repoRoot } from './lsp-client.js';

const claim = 'Kratom cures anxiety and relieves chronic pain.';

function start(transport: 'ipc' | 'stdio'): { child: ChildProcess; connection: MessageConnection } {
  const script = join(repoRoot, 'dist', 'server.js');
  if (transport === 'ipc') {
    const child = fork(script, ['--node-ipc'], { silent: true });
    return { child, connection: createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child)) };
  }
  const child = spawn(process.execPath, [script, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  return { child, connection: createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)) };
}

for (const transport of ['ipc', 'stdio'] as const) {
  describe(`language server over ${transport === 'ipc' ? 'node IPC' : 'stdio'}`, function () {
    this.timeout(60_000);

    it('answers pulls, records its own time per answer, and exits on shutdown and exit', async () => {
      ensureServerBuilt();
      const { child, connection } = start(transport);
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      connection.onRequest(() => null);
      connection.onNotification(() => undefined);
      connection.listen();
      try {
        await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { diagnostic: {} } } });
        await connection.sendNotification('initialized', {});
        const uri = 'untitled:transport.md';
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: claim } });
        const first: DocumentDiagnosticReport = await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
        assert.equal(first.kind, 'full');
        assert.ok(first.kind === 'full' && first.items.some((item) => item.code === 'unhedged-claim'));
        const second: DocumentDiagnosticReport = await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
        assert.equal(second.kind, 'unchanged');
        const timings: { durations: Record<string, number[]> } = await connection.sendRequest('healthLint/serverTimings', { reset: true });
        const diagnosticTimes = timings.durations['textDocument/diagnostic'];
        assert.equal(diagnosticTimes?.length, 2);
        assert.ok(diagnosticTimes.every((milliseconds) => milliseconds >= 0 && Number.isFinite(milliseconds)));
        // Reset: a new series starts.
        const after: { durations: Record<string, number[]> } = await connection.sendRequest('healthLint/serverTimings', {});
        assert.equal(after.durations['textDocument/diagnostic'], undefined);
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
        assert.equal(await exited, 0);
      } finally {
        connection.dispose();
        if (child.exitCode === null) child.kill();
      }
    });
  });
}

describe('language server over stdio, when the editor goes away', function () {
  this.timeout(30_000);

  it('exits when its stdin closes', async () => {
    ensureServerBuilt();
    const { child } = start('stdio');
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.stdin!.end();
    // Without a shutdown request first, the exit code says so.
    assert.equal(await exited, 1);
  });
});
