// The lint worker's V8 code cache (server/code-cache.ts, server/lint-worker-loader.ts): where it
// lives, and that a missing, corrupt or unwritable cache changes nothing but speed.

import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeCacheDirectory, codeCacheFile, writeCodeCache } from '../../server/code-cache.js';
import { LspTestClient } from './lsp-client.js';

describe('lint worker code cache: where it lives', () => {
  it('HEALTH_LINT_CACHE_DIR names it, and an empty one turns it off', () => {
    assert.equal(codeCacheDirectory({ HEALTH_LINT_CACHE_DIR: '/srv/cache' }, 'linux', '/home/ana'), '/srv/cache');
    assert.equal(codeCacheDirectory({ HEALTH_LINT_CACHE_DIR: '' }, 'linux', '/home/ana'), undefined);
  });

  it("is the user's own cache directory on each platform, never the shared temporary one", () => {
    assert.equal(codeCacheDirectory({}, 'linux', '/home/ana'), join('/home/ana', '.cache', 'health-lint'));
    assert.equal(codeCacheDirectory({ XDG_CACHE_HOME: '/home/ana/.xdg' }, 'linux', '/home/ana'), join('/home/ana/.xdg', 'health-lint'));
    assert.equal(codeCacheDirectory({}, 'darwin', '/Users/ana'), join('/Users/ana', 'Library', 'Caches', 'health-lint'));
    assert.equal(codeCacheDirectory({ LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, 'win32', 'C:\\Users\\ana'), join('C:\\Users\\ana\\AppData\\Local', 'health-lint', 'Cache'));
    assert.equal(codeCacheDirectory({}, 'win32', 'C:\\Users\\ana'), undefined);
    assert.equal(codeCacheDirectory({}, 'linux', ''), undefined);
  });
});

describe('lint worker code cache: through the real server', function () {
  this.timeout(60_000);
  const text = [
    '# Turmeric',
    '',
    'Turmeric cures arthritis in a week. Buy it now at https://shop.example.com/turmeric?aff=7 for 40% off.',
    '',
    'Take 2,000 mg every morning with food.',
    '',
  ].join('\n');
  const uri = pathToFileURL(join(tmpdir(), 'code-cache-check.md')).href;
  let directory: string;

  beforeEach(() => (directory = mkdtempSync(join(tmpdir(), 'health-lint-code-cache-'))));
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  /** The diagnostics of the sample from a fresh server; `until` is waited for before the server stops (the cache is written just after the first answer). */
  async function diagnosticsWith(cacheDirectory: string, until: (log: string) => boolean = () => true): Promise<{ diagnostics: string; log: string }> {
    const client = await LspTestClient.start({ pull: true, env: { HEALTH_LINT_CACHE_DIR: cacheDirectory } });
    try {
      await client.open(uri, 'markdown', text);
      const diagnostics = await client.diagnostics(uri);
      assert.ok(diagnostics.length >= 2, 'the sample has findings');
      const log = () => client.logMessages.filter((line) => line.includes('code cache')).join('\n');
      await waitUntil(() => until(log()));
      return { diagnostics: JSON.stringify(diagnostics), log: log() };
    } finally {
      await client.stop();
    }
  }

  const cacheFiles = () => readdirSync(directory).filter((name) => name.endsWith('.v8cache'));
  const cacheWritten = () => cacheFiles().length === 1 && readFileSync(join(directory, cacheFiles()[0])).length > 100_000;

  it('is written after the first lint and used by the next server, with the same diagnostics', async () => {
    const first = await diagnosticsWith(directory, cacheWritten);
    assert.equal(first.log, '');
    const written = readFileSync(join(directory, cacheFiles()[0]));
    const second = await diagnosticsWith(directory, (log) => log !== '');
    assert.equal(second.diagnostics, first.diagnostics);
    assert.match(second.log, /code cache used/);
    assert.deepEqual(readFileSync(join(directory, cacheFiles()[0])), written);
    assert.deepEqual(readdirSync(directory).filter((name) => name.endsWith('.tmp')), []);
  });

  it('a corrupt cache is compiled around and replaced', async () => {
    const first = await diagnosticsWith(directory, cacheWritten);
    const file = join(directory, cacheFiles()[0]);
    writeFileSync(file, 'not V8 code, written by a test');
    const again = await diagnosticsWith(directory, (log) => log !== '' && cacheWritten());
    assert.equal(again.diagnostics, first.diagnostics);
    assert.match(again.log, /code cache rejected by V8, made anew/);
  });

  it('an unwritable cache directory only means no cache', async () => {
    // A file where the directory should be: nothing can be created under it.
    const blocked = join(directory, 'blocked');
    writeFileSync(blocked, '');
    const withoutCache = await diagnosticsWith('');
    const blockedRun = await diagnosticsWith(join(blocked, 'cache'), (log) => log !== '');
    assert.match(blockedRun.log, /code cache not written/);
    assert.equal(blockedRun.diagnostics, withoutCache.diagnostics);
    assert.deepEqual(readdirSync(directory), ['blocked']);
  });
});

async function waitUntil(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('lint worker code cache: old files', () => {
  it("writing a cache removes other bundles' caches untouched for a week, and nothing else", () => {
    const directory = mkdtempSync(join(tmpdir(), 'health-lint-code-cache-'));
    try {
      const old = join(directory, 'lint-worker-0123456789abcdef01234567.v8cache');
      const recent = join(directory, 'lint-worker-89abcdef0123456789abcdef.v8cache');
      const unrelated = join(directory, 'notes.txt');
      for (const file of [old, recent, unrelated]) writeFileSync(file, 'x');
      const eightDaysAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
      utimesSync(old, eightDaysAgo, eightDaysAgo);
      utimesSync(unrelated, eightDaysAgo, eightDaysAgo);
      const file = codeCacheFile(directory, 'bundle text');
      assert.ok(writeCodeCache(file, Buffer.from('cached code')));
      assert.deepEqual(readdirSync(directory).sort(), [basename(file), basename(recent), 'notes.txt'].sort());
      assert.equal(readFileSync(file, 'utf8'), 'cached code');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
