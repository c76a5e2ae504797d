// Hostile and odd input through the real server: it must answer every request, stay
// alive, and put every range inside the document.

import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit, editsFor, isCodeAction, lineStarts, LspTestClient, rangeOffsets } from './lsp-client.js';

const claim = 'Kratom cures anxiety and relieves chronic pain. Buy kratom now at https://shop.example.com/?aff=1.';

function nested(depth: number, open: string, close: string, inner: string): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

/** Inputs that take the engine seconds: the push-mode run checks them in one language only. */
const HEAVY = new Set(['a single 300,000-character line', '5,000-deep nested blockquotes']);

const inputs: [name: string, text: string][] = [
  ['an empty document', ''],
  ['only line breaks', '\n\r\n\r\n\n'],
  ['NUL bytes', `Kratom\0 cures\0 pain.\0\n${claim}`],
  ['NUL bytes after the binary sniffing window', `${'Plain prose line. '.repeat(600)}\n${claim}\0\0\n`],
  ['a single 300,000-character line', `${claim} `.repeat(Math.ceil(300_000 / (claim.length + 1))).slice(0, 300_000)],
  ['lone surrogates', `\ud800 ${claim} \udc00 trailing \ud83d`],
  ['surrogate pairs before a claim', `😀🧪😀 ${claim} 😀`],
  ['CRLF line breaks', `# Title\r\n\r\n${claim}\r\nSecond line.\r\n\r\n- item ${claim}\r\n`],
  ['lone CR line breaks', `First.\r${claim}\rLast.\r`],
  ['an unterminated code fence', `${claim}\n\n\`\`\`js\nconst cure = "kratom cures everything";\n${claim}\n`],
  ['5,000-deep nested blockquotes', `${'> '.repeat(5000)}${claim}\n`],
  ['5,000 lines of increasingly nested blockquotes', Array.from({ length: 5000 }, (_, i) => `${'>'.repeat(i + 1)} ${claim}`).join('\n')],
  ['deeply nested HTML', nested(5000, '<div><span>', '</span></div>', claim)],
  ['unclosed HTML tags', `${'<div><p><a href="https://shop.example.com/?aff=1">'.repeat(2000)}${claim}`],
  ['deeply nested lists', Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- ${claim}`).join('\n')],
  ['an unclosed HTML comment and directive', `<!-- health-lint-disable-next-line\n${claim}\n`],
  ['front matter that never ends', `---\ntitle: x\n${claim}\n`],
  ['control characters', `\u0001\u0002\u001b[31m${claim}\u007f\u2028\u2029\ufeff`],
];

function assertInside(text: string, diagnostics: Diagnostic[]): void {
  const starts = lineStarts(text);
  for (const diagnostic of diagnostics) {
    const { start, end } = rangeOffsets(text, diagnostic.range, starts); // throws when outside
    assert.ok(start <= end, 'range starts before it ends');
    assert.ok(diagnostic.range.end.line < starts.length);
  }
}

for (const pull of [true, false]) {
  describe(`language server: hostile input (${pull ? 'pull' : 'push'})`, function () {
    this.timeout(60_000);
    let client: LspTestClient;
    let counter = 0;

    before(async function () {
      this.timeout(120_000);
      client = await LspTestClient.start({ pull });
    });

    after(async () => {
      await client?.stop();
    });

    for (const [name, text] of inputs) {
      for (const language of !pull && HEAVY.has(name) ? ['markdown'] : ['markdown', 'html', 'plaintext']) {
        it(`${name} (${language}): answers, stays up, ranges inside the document`, async () => {
          const uri = `untitled:hostile-${++counter}`;
          await client.open(uri, language, text);
          const diagnostics = await client.diagnostics(uri);
          assertInside(text, diagnostics);
          const starts = lineStarts(text);
          const lastLine = starts.length - 1;
          const wholeDocument = { start: { line: 0, character: 0 }, end: { line: lastLine, character: text.length - starts[lastLine] } };
          // The first findings are enough to exercise every kind of action; all 15,000 would only measure JSON.
          const actions = (await client.codeActions(uri, wholeDocument, diagnostics.slice(0, 50))).filter(isCodeAction);
          for (const action of actions) {
            if (!action.edit) continue;
            // Every edit must land inside the document (the helper throws otherwise).
            applyWorkspaceEdit(new Map([[uri, text]]), { changes: { [uri]: editsFor(action.edit, uri) } });
          }
          await client.close(uri);
          assert.ok(client.isRunning, 'the server is still running');
        });
      }
    }

    it('a document over the default size limit (2 MB) gets an empty result', async () => {
      const uri = 'untitled:too-large';
      const text = `${claim}\n`.repeat(Math.ceil((2.2 * 1024 * 1024) / (claim.length + 1)));
      await client.open(uri, 'markdown', text);
      assert.deepEqual(await client.diagnostics(uri), []);
      assert.deepEqual((await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, [])).filter(isCodeAction), []);
      await client.close(uri);
    });

    it('a binary-looking document gets an empty result', async () => {
      const uri = 'untitled:binary';
      await client.open(uri, 'plaintext', `\0\0\0${claim}`);
      assert.deepEqual(await client.diagnostics(uri), []);
      await client.close(uri);
    });

    it('requests about documents it does not have get empty answers', async () => {
      const uri = 'untitled:never-opened';
      const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, []);
      assert.deepEqual(actions, []);
      if (pull) {
        const report = await client.pullReport(uri);
        assert.deepEqual(report, { kind: 'full', items: [] });
      }
    });

    it('a language it does not lint gets no diagnostics', async () => {
      const uri = 'untitled:code.js';
      await client.open(uri, 'javascript', `// ${claim}`);
      assert.deepEqual(await client.diagnostics(uri), []);
      await client.close(uri);
    });

    it('rapid incremental edits end in diagnostics for the final text', async () => {
      const uri = 'untitled:typing';
      await client.open(uri, 'markdown', '');
      let text = '';
      for (const character of `${claim}\n\nMore text.`) {
        const starts = lineStarts(text);
        const line = starts.length - 1;
        const position = { line, character: text.length - starts[line] };
        await client.editText(uri, [{ range: { start: position, end: position }, newText: character }]);
        text += character;
      }
      assert.equal(client.textOf(uri), text);
      const diagnostics = await client.diagnostics(uri);
      assertInside(text, diagnostics);
      await client.close(uri);
    });

    if (pull) {
      it('pulls fired while a long lint runs are all answered; the last answer fits the final text', async () => {
        const uri = 'untitled:queued';
        let text = `${claim} `.repeat(600);
        await client.open(uri, 'markdown', text);
        const answers: Promise<Diagnostic[]>[] = [];
        for (let i = 0; i < 5; i++) {
          const end = { line: 0, character: text.length };
          await client.editText(uri, [{ range: { start: end, end }, newText: ` ${claim}` }]);
          text += ` ${claim}`;
          answers.push(client.diagnostics(uri));
        }
        const results = await Promise.all(answers);
        assert.equal(results.length, 5);
        assertInside(text, results[4]);
        assert.ok(results[4].length > 0);
        assert.ok(client.isRunning);
        await client.close(uri);
      });

      it('an unchanged document answers "unchanged" to its previous result id', async () => {
        const uri = 'untitled:unchanged';
        await client.open(uri, 'markdown', claim);
        const first = await client.pullReport(uri);
        assert.equal(first.kind, 'full');
        const second = await client.pullReport(uri, first.resultId);
        assert.equal(second.kind, 'unchanged');
        // Moved a line down: every range differs, so the list is sent again under a new id.
        await client.replaceText(uri, `\n${claim}`);
        const third = await client.pullReport(uri, first.resultId);
        assert.equal(third.kind, 'full');
        assert.notEqual(third.resultId, first.resultId);
        await client.close(uri);
      });
    }
  });
}

describe('language server: a lint that takes too long', function () {
  let client: LspTestClient;

  before(async function () {
    this.timeout(120_000);
    // A 1 ms limit: every lint in the worker overruns it.
    client = await LspTestClient.start({ pull: true, initializationOptions: { lintTimeLimitMs: 1 } });
  });

  after(async () => {
    await client?.stop();
  });

  it('is abandoned: an empty answer, a log line, one message, and the server keeps answering', async () => {
    const uri = 'untitled:slow';
    await client.open(uri, 'markdown', `${'> '.repeat(200)}${claim}\n`);
    assert.deepEqual(await client.diagnostics(uri), []);
    await client.waitFor(() => client.shownMessages.some((message) => message.includes('took longer than')));
    assert.ok(client.logMessages.some((line) => line.includes(uri) && line.includes('took longer than')));
    // Asked again, the server tries again (with a fresh worker) and still answers.
    await client.replaceText(uri, claim);
    assert.deepEqual(await client.diagnostics(uri), []);
    assert.equal(client.shownMessages.filter((message) => message.includes('took longer than')).length, 1);
    assert.ok(client.isRunning);
    await client.close(uri);
  });
});
