// File discovery shared by the CLI and the editor: ignore files by folder (with git's
// re-include), config ignore globs, the editor's excludes, globs, symlinks, cancellation.

import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { discoverFiles } from '../../node/files.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'health-lint-files-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function found(root: string, options: Partial<Parameters<typeof discoverFiles>[0]> = {}): Promise<string[]> {
  const result = await discoverFiles({ cwd: root, patterns: [], ...options });
  return result.files.map((file) => relative(root, file).split('\\').join('/'));
}

describe('file discovery', () => {
  it('finds Markdown, HTML and text files, skipping node_modules, .git and other types', async () => {
    const root = tree({
      'a.md': '',
      'b.markdown': '',
      'c.html': '',
      'd.txt': '',
      'e.js': '',
      'node_modules/pkg/readme.md': '',
      '.git/notes.txt': '',
      'docs/f.htm': '',
    });
    assert.deepEqual(await found(root), ['a.md', 'b.markdown', 'c.html', 'd.txt', 'docs/f.htm']);
  });

  it('applies ignore files per folder, a deeper one re-including what a shallower one ignored', async () => {
    const root = tree({
      '.gitignore': 'drafts/\n*.tmp.md\n',
      '.healthlintignore': 'legacy/**\n',
      'drafts/x.md': '',
      'keep.md': '',
      'scratch.tmp.md': '',
      'legacy/old.md': '',
      'guides/.healthlintignore': '*.md\n!important.md\n',
      'guides/minor.md': '',
      'guides/important.md': '',
      'guides/page.html': '',
    });
    assert.deepEqual(await found(root), ['guides/important.md', 'guides/page.html', 'keep.md']);
  });

  it('applies ignore files of the folders above a walked folder, up to the base', async () => {
    const root = tree({ '.healthlintignore': 'docs/private/\n', 'docs/private/secret.md': '', 'docs/public.md': '' });
    assert.deepEqual(await found(root, { patterns: ['docs'] }), ['docs/public.md']);
  });

  it('applies config ignore globs relative to the config folder, and the editor excludes', async () => {
    const root = tree({ 'site/gen/a.md': '', 'site/b.md': '', 'out/c.md': '', 'd.md': '' });
    const configIgnoresIn = (directory: string) => (directory === join(root, 'site') ? ['gen/'] : undefined);
    assert.deepEqual(await found(root, { configIgnoresIn, excludes: ['**/out'] }), ['d.md', 'site/b.md']);
  });

  it('expands globs relative to the base and reports patterns that match nothing', async () => {
    const root = tree({ 'a/one.md': '', 'a/two.txt': '', 'b/three.md': '' });
    const result = await discoverFiles({ cwd: root, patterns: ['a/*.md', '**/three.md', 'nothing/**/*.md', 'missing.md'] });
    assert.deepEqual(result.files.map((file) => relative(root, file)), ['a/one.md', 'b/three.md']);
    assert.deepEqual(result.unmatched, ['nothing/**/*.md', 'missing.md']);
  });

  it('follows links to files but not links to folders (no loops)', async () => {
    const root = tree({ 'real/a.md': '' });
    symlinkSync(join(root, 'real', 'a.md'), join(root, 'link.md'));
    symlinkSync(root, join(root, 'real', 'loop'));
    assert.deepEqual(await found(root), ['link.md', 'real/a.md']);
  });

  it('stops when cancelled', async () => {
    const root = tree({ 'a.md': '', 'b/c.md': '' });
    const controller = new AbortController();
    controller.abort();
    assert.deepEqual(await found(root, { signal: controller.signal }), []);
  });
});
