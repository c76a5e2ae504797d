// The server as the web extension runs it (rules in-process, no file system of its own: every
// read is a `healthLint/fs/*` request to the client), driven over stdio by a client that
// answers those requests from a folder on disk, as the web extension answers them with
// `workspace.fs`. Config discovery, workspace diagnostics, an ignore file and a config file's
// problems all go through it; and the answers equal the Node server's.

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkspaceDiagnosticReport, WorkspaceFullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import type { DirectoryEntry, FileStat, ReadFileResult, UriParams } from '../../protocol/workspace.js';
import { LspTestClient, repoRoot } from './lsp-client.js';

const CLAIMS = 'This miracle supplement cures arthritis. Buy it at https://amzn.to/abc123 today.\n\nTake 500 mg of turmeric every day.\n';

function write(root: string, path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

/** What the web extension does with `workspace.fs` (client/browser-client.ts), done on disk; counts the requests. */
function diskHandlers(asked: string[]) {
  const pathOf = (uri: string) => fileURLToPath(uri);
  return {
    'healthLint/fs/readDirectory': ({ uri }: UriParams): DirectoryEntry[] | null => {
      asked.push(`readDirectory ${uri}`);
      try {
        return readdirSync(pathOf(uri), { withFileTypes: true }).map((entry) => ({ name: entry.name, kind: entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other' }));
      } catch {
        return null;
      }
    },
    'healthLint/fs/stat': ({ uri }: UriParams): FileStat | null => {
      asked.push(`stat ${uri}`);
      try {
        const stats = statSync(pathOf(uri));
        return { kind: stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other', size: stats.size, mtime: stats.mtimeMs };
      } catch {
        return null;
      }
    },
    'healthLint/fs/readFile': ({ uri }: UriParams): ReadFileResult => {
      asked.push(`readFile ${uri}`);
      try {
        return { base64: readFileSync(pathOf(uri)).toString('base64') };
      } catch {
        return null;
      }
    },
  };
}

async function workspaceItems(client: LspTestClient): Promise<WorkspaceFullDocumentDiagnosticReport[]> {
  const report = await client.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
  return (report.items as WorkspaceFullDocumentDiagnosticReport[]).sort((a, b) => a.uri.localeCompare(b.uri));
}

describe('language server with the client file access of the web extension (stdio)', function () {
  this.timeout(60_000);
  let root: string;
  let browserLike: LspTestClient;
  let node: LspTestClient;
  const asked: string[] = [];

  before(async function () {
    this.timeout(120_000);
    root = mkdtempSync(join(tmpdir(), 'health-lint-client-fs-'));
    write(root, 'article.md', CLAIMS);
    write(root, 'notes/page.html', `<p>${CLAIMS.split('\n')[0]}</p>\n`);
    write(root, 'drafts/draft.md', CLAIMS);
    write(root, '.healthlintignore', 'drafts/\n');
    // hype-language off, and one mistake the server must show on the config file itself.
    write(root, '.healthlintrc.json', JSON.stringify({ rules: { 'hype-language': 'off', 'no-such-rule': 'error' } }, null, 2));
    browserLike = await LspTestClient.start({
      pull: true,
      workspaceRoot: root,
      script: join(repoRoot, 'test', 'server', 'fixtures', 'client-fs-server.ts'),
      env: { NODE_OPTIONS: '--import tsx' },
      requestHandlers: diskHandlers(asked),
    });
    node = await LspTestClient.start({ pull: true, workspaceRoot: root });
  });

  after(async () => {
    await browserLike?.stop();
    await node?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('lints an open document with the config file it finds through the client', async () => {
    const uri = pathToFileURL(join(root, 'open.md')).toString();
    await browserLike.open(uri, 'markdown', CLAIMS);
    const diagnostics = await browserLike.diagnostics(uri);
    await browserLike.close(uri);
    const rules = new Set(diagnostics.map((d) => d.code));
    assert.ok(rules.has('disease-claim') && rules.has('commercial-link'), [...rules].join(', '));
    assert.ok(!rules.has('hype-language'), 'hype-language is off in .healthlintrc.json');
    assert.ok(asked.some((entry) => entry === `readFile ${pathToFileURL(join(root, '.healthlintrc.json'))}`), asked.join('\n'));
  });

  it('shows the config file\'s problem on the config file, as the Node server does', async () => {
    const configUri = pathToFileURL(join(root, '.healthlintrc.json')).toString();
    await browserLike.waitFor(() => (browserLike.pushed.get(configUri)?.diagnostics.length ?? 0) > 0);
    await node.waitFor(() => (node.pushed.get(configUri)?.diagnostics.length ?? 0) > 0);
    assert.deepEqual(browserLike.pushed.get(configUri)!.diagnostics, node.pushed.get(configUri)!.diagnostics);
  });

  it('answers workspace diagnostics through the client, equal to the Node server\'s', async () => {
    const fromClientFiles = await workspaceItems(browserLike);
    const fromDisk = await workspaceItems(node);
    assert.deepEqual(
      fromClientFiles.map((item) => item.uri),
      ['article.md', 'notes/page.html'].map((path) => pathToFileURL(join(root, path)).toString()),
    );
    assert.deepEqual(
      fromClientFiles.map((item) => item.items),
      fromDisk.map((item) => item.items),
    );
    assert.ok(asked.some((entry) => entry.startsWith('readDirectory ')));
  });
});
