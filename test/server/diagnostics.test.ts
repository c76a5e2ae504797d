// The language server over real stdio: the seed articles' expectations for the core
// rules, through pulled diagnostics and through pushed ones, and the diagnostic's shape.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, rangeOffsets, repoRoot, seedsDir } from './lsp-client.js';

const CORE_RULES = new Set(['unhedged-claim', 'missing-provider-advice', 'commercial-link']);

interface PhraseExpectation {
  rule: string;
  phrase: string;
}

interface FileExpectations {
  doc?: string[];
  nodoc?: string[];
  flag?: PhraseExpectation[];
  noflag?: PhraseExpectation[];
}

const expectations = JSON.parse(readFileSync(join(seedsDir, 'expectations.json'), 'utf8')) as { files: Record<string, FileExpectations> };

function seedUri(file: string): string {
  return pathToFileURL(join(seedsDir, file)).toString();
}

function covers(text: string, diagnostics: Diagnostic[], rule: string, phrase: string): boolean {
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, `phrase not in the seed: ${phrase}`);
  return diagnostics.some((diagnostic) => {
    if (diagnostic.code !== rule) return false;
    const range = rangeOffsets(text, diagnostic.range);
    return range.start < at + phrase.length && at < range.end;
  });
}

function checkExpectations(file: string, text: string, diagnostics: Diagnostic[]): string[] {
  const expected = expectations.files[file];
  const failures: string[] = [];
  for (const rule of expected.doc ?? []) {
    if (CORE_RULES.has(rule) && !diagnostics.some((d) => d.code === rule)) failures.push(`${file}: ${rule} should report`);
  }
  for (const rule of expected.nodoc ?? []) {
    if (CORE_RULES.has(rule) && diagnostics.some((d) => d.code === rule)) failures.push(`${file}: ${rule} should not report`);
  }
  for (const { rule, phrase } of expected.flag ?? []) {
    if (CORE_RULES.has(rule) && !covers(text, diagnostics, rule, phrase)) failures.push(`${file}: ${rule} should flag "${phrase}"`);
  }
  for (const { rule, phrase } of expected.noflag ?? []) {
    if (CORE_RULES.has(rule) && covers(text, diagnostics, rule, phrase)) failures.push(`${file}: ${rule} should not flag "${phrase}"`);
  }
  return failures;
}

for (const pull of [true, false]) {
  describe(`language server: seed expectations (${pull ? 'pull' : 'push'} diagnostics)`, function () {
    let client: LspTestClient;

    before(async function () {
      this.timeout(120_000); // the first run may build dist/
      client = await LspTestClient.start({ pull, workspaceRoot: seedsDir });
    });

    after(async () => {
      await client?.stop();
    });

    it(`declares ${pull ? 'a diagnostic provider' : 'no diagnostic provider'} and both sync kinds`, () => {
      const capabilities = client.initializeResult!.capabilities;
      assert.equal(capabilities.diagnosticProvider !== undefined, pull);
      assert.equal(typeof capabilities.textDocumentSync === 'object' && capabilities.textDocumentSync.change, 2);
    });

    for (const file of Object.keys(expectations.files)) {
      it(`${file}: core-rule expectations hold`, async () => {
        const text = readFileSync(join(seedsDir, file), 'utf8');
        const uri = seedUri(file);
        await client.open(uri, 'plaintext', text);
        const diagnostics = await client.diagnostics(uri);
        assert.deepEqual(checkExpectations(file, text, diagnostics), []);
        for (const diagnostic of diagnostics) {
          assert.equal(diagnostic.source, 'health-lint');
          assert.equal(typeof diagnostic.code, 'string');
          assert.ok(diagnostic.codeDescription?.href.endsWith(`/${diagnostic.code}.md`), `docs link for ${diagnostic.code}`);
          assert.ok([1, 2, 3, 4].includes(diagnostic.severity!));
          rangeOffsets(text, diagnostic.range); // throws when the range is outside the text
        }
        await client.close(uri);
      });
    }

    it('follows incremental and whole-document changes', async () => {
      const uri = 'untitled:changes';
      await client.open(uri, 'markdown', '# Notes\n\nNothing here yet.\n');
      const before = await client.diagnostics(uri);
      // Incremental: insert a seed's claim sentence at the end; then whole-document: put the original back.
      const claim = 'Many users report that kratom can effectively alleviate pain.';
      const lines = client.textOf(uri).split('\n').length - 1;
      await client.editText(uri, [{ range: { start: { line: lines, character: 0 }, end: { line: lines, character: 0 } }, newText: `${claim}\n` }]);
      assert.ok(client.textOf(uri).endsWith(`${claim}\n`));
      const during = await client.diagnostics(uri);
      for (const diagnostic of during) rangeOffsets(client.textOf(uri), diagnostic.range);
      await client.replaceText(uri, '# Notes\n\nNothing here yet.\n');
      const after = await client.diagnostics(uri);
      assert.deepEqual(after, before);
      await client.close(uri);
    });
  });
}

describe('health-lint-ls (bin wrapper) over stdio', function () {
  let client: LspTestClient;

  before(async function () {
    this.timeout(120_000);
    client = await LspTestClient.start({ pull: false, script: join(repoRoot, 'bin', 'health-lint-ls.js') });
  });

  after(async () => {
    await client?.stop();
  });

  it('initializes and pushes diagnostics, as Neovim, Helix or Emacs would see them', async () => {
    assert.equal(client.initializeResult?.serverInfo?.name, 'health-lint');
    const file = Object.keys(expectations.files)[0];
    const text = readFileSync(join(seedsDir, file), 'utf8');
    await client.open(seedUri(file), 'plaintext', text);
    const diagnostics = await client.diagnostics(seedUri(file));
    assert.deepEqual(checkExpectations(file, text, diagnostics), []);
  });
});
