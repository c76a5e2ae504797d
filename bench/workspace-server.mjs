// Workspace diagnostics through the language server: generates the tree of bench/workspace.mjs
// (2,000 articles by default; pass a number), starts the built server (`dist/server.js --stdio`)
// on it as an editor would, and times `workspace/diagnostic` with partial results: the first
// answer (every file linted), then a second with the result ids held (nothing changed), and how
// long a document pull waits while the workspace lint runs. Prints figures only.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 2000);
const tree = mkdtempSync(join(tmpdir(), 'health-lint-workspace-server-'));
try {
  const generated = spawnSync(process.execPath, [join(root, 'bench', 'workspace.mjs'), String(count), '--generate-only', tree], { encoding: 'utf8' });
  if (generated.status !== 0) throw new Error(generated.stderr);
  const server = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const rootUri = pathToFileURL(tree).toString();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { diagnostic: {} } },
  });
  await connection.sendNotification('initialized', {});

  /** One workspace/diagnostic with partial results; the result ids come back for the next. */
  const pull = async (previousResultIds, token) => {
    let files = 0;
    let full = 0;
    let findings = 0;
    let first;
    const resultIds = [];
    const started = performance.now();
    const listener = connection.onProgress({ __type: undefined }, token, (chunk) => {
      first ??= performance.now() - started;
      for (const item of chunk.items) {
        files++;
        resultIds.push({ uri: item.uri, value: item.resultId });
        if (item.kind === 'full') {
          full++;
          findings += item.items.length;
        }
      }
    });
    await connection.sendRequest('workspace/diagnostic', { previousResultIds, partialResultToken: token });
    listener.dispose();
    return { ms: performance.now() - started, first, files, full, findings, resultIds };
  };

  // An open document pulled every 100 ms while the workspace is linted: how long the editor waits for its own file.
  const uri = pathToFileURL(join(tree, 'typing.md')).toString();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Turmeric cures arthritis.\n' } });
  let linting = true;
  const waits = [];
  const pulls = (async () => {
    while (linting) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = performance.now();
      await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
      waits.push(performance.now() - started);
    }
  })();
  const cpu = () => Number(spawnSync('ps', ['-o', 'times=', '-p', String(server.pid)], { encoding: 'utf8' }).stdout.trim());
  const cpuBefore = cpu();
  const first = await pull([], 'first');
  const cpuFirst = cpu() - cpuBefore;
  linting = false;
  await pulls;
  waits.sort((a, b) => a - b);
  console.log(
    `${count} files, first workspace/diagnostic: ${(first.ms / 1000).toFixed(1)} s wall, ${cpuFirst} s CPU (server, all threads); first partial result after ${Math.round(first.first)} ms; ${first.files} files, ${first.findings} diagnostics`,
  );
  console.log(`document pulls while it ran: ${waits.length}, p50 ${waits[Math.floor(waits.length / 2)].toFixed(1)} ms, p95 ${waits[Math.floor(waits.length * 0.95)].toFixed(1)} ms, max ${waits.at(-1).toFixed(1)} ms`);
  const second = await pull(first.resultIds, 'second');
  console.log(`again with the result ids held, nothing changed: ${(second.ms / 1000).toFixed(2)} s, ${second.full} of ${second.files} files sent in full`);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  server.kill();
} finally {
  rmSync(tree, { recursive: true, force: true });
}
