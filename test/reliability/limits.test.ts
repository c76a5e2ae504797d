// Limits through the real server (dist/server.js over stdio): a document over `maxFileSize`
// (from the editor setting or from `.healthlintrc.json`) and a binary-looking one are not
// linted, and the user is told once per file however often it is edited; when the document
// comes back under the limit it is linted again. Extreme shapes (a 300,000-character line,
// 10,000-deep quotes and elements) get an answer and leave the server running.

import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { lineStarts, LspTestClient, rangeOffsets } from '../server/lsp-client.js';

const claim = 'Kratom cures anxiety and relieves chronic pain. Buy kratom now at https://shop.example.com/?aff=1.';
const LIMIT = 2000;
const large = `${claim}\n\n`.repeat(Math.ceil((LIMIT * 1.5) / (claim.length + 2)));
const small = `${claim}\n`;

function assertInside(text: string, diagnostics: Diagnostic[]): void {
  const starts = lineStarts(text);
  for (const diagnostic of diagnostics) {
    const { start, end } = rangeOffsets(text, diagnostic.range, starts); // throws when outside
    assert.ok(start <= end);
  }
}

for (const pull of [true, false]) {
  describe(`limits: files not linted are reported once (${pull ? 'pull' : 'push'})`, function () {
    this.timeout(60_000);
    let workspace: string;
    let client: LspTestClient;

    before(async function () {
      this.timeout(120_000);
      workspace = mkdtempSync(join(tmpdir(), 'health-lint-limits-'));
      // Files under limited/ take maxFileSize from the config file; the others from the setting.
      const limited = join(workspace, 'limited');
      mkdirSync(limited);
      writeFileSync(join(limited, '.healthlintrc.json'), JSON.stringify({ maxFileSize: LIMIT }));
      client = await LspTestClient.start({ pull, workspaceRoot: workspace });
    });

    after(async () => {
      await client?.stop();
      if (workspace) rmSync(workspace, { recursive: true, force: true });
    });

    const uriOf = (relative: string) => pathToFileURL(join(workspace, relative)).toString();
    // Messages name the file by its base name.
    const messagesAbout = (name: string) => client.shownMessages.filter((message) => message.includes(` ${name.slice(name.lastIndexOf('/') + 1)} `));

    /** Opens `name`, edits it `edits` times keeping it unlintable, and checks: empty every time, one message. */
    async function unlintableUnderEdits(name: string, first: string, edit: (i: number) => string, reason: RegExp): Promise<string> {
      const uri = uriOf(name);
      await client.open(uri, 'markdown', first);
      assert.deepEqual(await client.diagnostics(uri), []);
      for (let i = 0; i < 5; i++) {
        await client.replaceText(uri, edit(i));
        assert.deepEqual(await client.diagnostics(uri), []);
      }
      await client.waitFor(() => messagesAbout(name).length > 0);
      assert.equal(messagesAbout(name).length, 1, 'told once, not once per edit');
      assert.match(messagesAbout(name)[0], reason);
      assert.ok(client.logMessages.some((line) => line.includes(uri) && reason.test(line)), 'the log says which file and why');
      return uri;
    }

    it('over healthLint.maxFileSize: not linted, told once; back under the limit it is linted again', async () => {
      await client.changeSettings({ maxFileSize: LIMIT });
      const uri = await unlintableUnderEdits('too-large.md', large, (i) => `${large}Edit ${i}.\n`, /larger than/);
      await client.replaceText(uri, small);
      assert.ok((await client.diagnostics(uri)).length > 0, 'linted once it is small again');
      await client.replaceText(uri, `${large}Again.\n`);
      assert.deepEqual(await client.diagnostics(uri), []);
      assert.equal(messagesAbout('too-large.md').length, 1, 'still one message for this file in this session');
      await client.close(uri);
      await client.changeSettings({});
    });

    it('over maxFileSize of .healthlintrc.json: not linted, told once', async () => {
      const uri = await unlintableUnderEdits('limited/large.md', large, (i) => `Edit ${i}.\n${large}`, /larger than/);
      // A file of the same size outside limited/ is linted (the 2 MB default applies there).
      const elsewhere = uriOf('not-limited.md');
      await client.open(elsewhere, 'markdown', large);
      assert.ok((await client.diagnostics(elsewhere)).length > 0);
      await client.close(elsewhere);
      await client.close(uri);
    });

    it('a binary-looking file (NUL characters): not linted, told once; without the NULs it is linted', async () => {
      const binary = `\0\0PNG\0${claim}`;
      const uri = await unlintableUnderEdits('binary.md', binary, (i) => `${binary}\0${i}`, /binary/);
      await client.replaceText(uri, small);
      assert.ok((await client.diagnostics(uri)).length > 0);
      await client.close(uri);
    });
  });
}

describe('limits: extreme shapes get an answer (pull)', function () {
  // No time is asserted: each test awaits the server's answer, however long it takes.
  this.timeout(300_000);
  let client: LspTestClient;

  before(async function () {
    this.timeout(120_000);
    client = await LspTestClient.start({ pull: true });
  });

  after(async () => {
    await client?.stop();
  });

  const shapes: [name: string, language: string, text: string][] = [
    ['a single 300,000-character line', 'markdown', `${claim} `.repeat(Math.ceil(300_000 / (claim.length + 1))).slice(0, 300_000)],
    ['10,000-deep nested Markdown quotes', 'markdown', `${'> '.repeat(10_000)}${claim}\n`],
    ['10,000-deep nested HTML elements', 'html', `${'<div><blockquote>'.repeat(5_000)}${claim}${'</blockquote></div>'.repeat(5_000)}`],
    ['10,000-deep unclosed HTML elements in Markdown', 'markdown', `${'<span>'.repeat(10_000)}\n\n${claim}\n`],
  ];

  for (const [name, language, text] of shapes) {
    it(`${name}: answered, ranges inside, the server keeps running`, async () => {
      const uri = `untitled:extreme-${name.replace(/\W+/g, '-')}`;
      await client.open(uri, language, text);
      const diagnostics = await client.diagnostics(uri);
      assertInside(text, diagnostics);
      await client.close(uri);
      // The server still lints an ordinary document afterwards.
      const after = `untitled:after-${name.replace(/\W+/g, '-')}`;
      await client.open(after, 'markdown', small);
      assert.ok((await client.diagnostics(after)).length > 0);
      await client.close(after);
      assert.ok(client.isRunning);
    });
  }
});
