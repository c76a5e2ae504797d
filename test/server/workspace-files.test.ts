// The server's workspace listing (server/workspace-files.ts, by URI through the file access)
// leaves out exactly what the command line's discovery (node/files.ts) leaves out, on a tree
// with nested ignore files that re-include, config `ignore` globs in a subfolder, skipped
// folders and unsupported files; and the editor's `files.exclude` on top.

import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { discoverFiles } from '../../node/files.js';
import { NodeFileAccess } from '../../server/node-file-access.js';
import { childUri } from '../../server/file-access.js';
import { listWorkspaceFiles } from '../../server/workspace-files.js';
import { ConfigResolver } from '../../cli/configs.js';

const TREE: Record<string, string> = {
  'a.md': 'x',
  'b.txt': 'x',
  'c.html': 'x',
  'image.png': 'x',
  '.gitignore': 'logs/\n*.tmp.md\nkept/*\n',
  'logs/run.md': 'x',
  'notes.tmp.md': 'x',
  'kept/one.md': 'x',
  'kept/.gitignore': '!one.md\n',
  'docs/guide.md': 'x',
  'docs/.healthlintignore': 'old/\n',
  'docs/old/legacy.md': 'x',
  'site/.healthlintrc.json': JSON.stringify({ ignore: ['generated/**', '*.draft.md'] }),
  'site/page.md': 'x',
  'site/post.draft.md': 'x',
  'site/generated/out.html': 'x',
  'node_modules/pkg/readme.md': 'x',
  '.git/notes.md': 'x',
  'vendor/lib.md': 'x',
  'deep/er/still/file.markdown': 'x',
};

describe('workspace listing in the server', () => {
  let root: string;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'health-lint-listing-'));
    for (const [path, content] of Object.entries(TREE)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  async function listed(excludes: string[]): Promise<string[]> {
    const access = new NodeFileAccess();
    const rootUri = pathToFileURL(root).toString();
    const files = await listWorkspaceFiles(access, rootUri, {
      excludes,
      isCancelled: () => false,
      configIgnoresIn: async (folderUri) => {
        const bytes = await access.readFile(childUri(folderUri, '.healthlintrc.json')).catch(() => undefined);
        return bytes ? (JSON.parse(new TextDecoder().decode(bytes)) as { ignore?: string[] }).ignore : undefined;
      },
    });
    for (const file of files) assert.equal(file.uri, pathToFileURL(join(root, file.path)).toString());
    return files.map((file) => file.path);
  }

  async function discovered(excludes: string[]): Promise<string[]> {
    const resolver = new ConfigResolver(root, undefined, {});
    const result = await discoverFiles({ cwd: root, patterns: [], excludes, configIgnoresIn: resolver.ignoresIn });
    return result.files.map((path) => relative(root, path).split('\\').join('/')).sort();
  }

  it('lists what the command line lints', async () => {
    const files = await listed([]);
    assert.deepEqual(files, await discovered([]));
    assert.deepEqual(files, ['a.md', 'b.txt', 'c.html', 'deep/er/still/file.markdown', 'docs/guide.md', 'kept/one.md', 'site/page.md', 'vendor/lib.md']);
  });

  it('leaves out the editor\'s files.exclude globs too', async () => {
    const excludes = ['**/vendor', 'deep/**'];
    const files = await listed(excludes);
    assert.deepEqual(files, await discovered(excludes));
    assert.ok(!files.includes('vendor/lib.md') && !files.includes('deep/er/still/file.markdown'));
  });
});
