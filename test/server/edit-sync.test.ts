// The lint worker is told the editor's changes, not the text (server/text-sync.ts,
// server/lint-worker.ts). After random edits, sent as changes through the real worker, the
// findings must equal a full lint of the same text, including across a worker that is replaced
// in the middle; and a worker that holds another version than the changes start from must
// ask for the whole text rather than lint a wrong one.

import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { createLinter, type Finding } from '../../rules/index.js';
import { LintEngine, LintRunner, lintInWorker, LintTimeoutError, RecentFindings, type LintMessage } from '../../server/lint-worker.js';
import { EditedDocument } from '../../server/text-sync.js';
import { ensureServerBuilt, repoRoot } from './lsp-client.js';
import { seeded } from './seeded.js';


// Our own sentences: claims, hedges, advice, a sales link, in long and short paragraphs.
const ARTICLE = [
  '# Sleep and magnesium',
  '',
  'Magnesium cures insomnia in a week. Many readers take it at night. Our gummies are the best way to start, and they reduce anxiety too. ' +
    'Some people feel calmer after a few days. Studies show it works for everyone. Take 400 mg every evening with water. It is completely safe.',
  '',
  '- A warm bath may help you relax before bed.',
  '- Chamomile tea relieves stress instantly.',
  '',
  'Buy it now at [our shop](https://example.com/shop?ref=affiliate123) before the offer ends.',
  '',
  'Talk to your doctor before you start a supplement.',
  '',
].join('\n');

/** Pieces typed in: letters, spaces, line breaks, and phrases that make or break findings. */
const PIECES = ['x', 'e', ' ', '\n', '\n\n', 'cures anxiety', 'may ', 'Buy kratom now. ', 'Studies show it works. ', '\r\n', '- '];

/** One to three LSP content changes, each in the text the ones before it made. */
function randomChanges(next: () => number, text: string): TextDocumentContentChangeEvent[] {
  const changes: TextDocumentContentChangeEvent[] = [];
  for (let count = 1 + Math.floor(next() * 3); count > 0; count--) {
    const start = Math.floor(next() * (text.length + 1));
    const end = Math.min(text.length, start + (next() < 0.5 ? 0 : Math.floor(next() * 15)));
    const newText = next() < 0.3 ? '' : PIECES[Math.floor(next() * PIECES.length)];
    const probe = EditedDocument.create('file:///probe.md', 'markdown', 0, text);
    changes.push({ range: { start: probe.positionAt(start), end: probe.positionAt(end) }, text: newText });
    text = probe.update([changes[changes.length - 1]], 1).getText();
  }
  return changes;
}

/** Findings as plain data, for comparing a worker's answer with a lint in this thread. */
const plain = (findings: readonly Finding[]) => JSON.parse(JSON.stringify(findings)) as unknown;

describe('lint worker told the edits: the same findings as a full lint', function () {
  this.timeout(180_000);
  let runner: LintRunner;
  const log: string[] = [];

  before(() => {
    ensureServerBuilt();
    runner = new LintRunner(join(repoRoot, 'dist', 'server.js'), 60_000, (message) => log.push(message));
  });

  after(() => runner.dispose());

  it('after random edits, with versions skipped, whole texts between, and the worker replaced twice', async () => {
    const next = seeded(2026);
    const uri = 'file:///edit-sync.md';
    const fullLinter = createLinter({});
    let document = EditedDocument.create(uri, 'markdown', 1, ARTICLE);
    let compared = 0;
    for (let step = 0; step < 150; step++) {
      document = document.update(randomChanges(next, document.getText()), document.version + 1 + Math.floor(next() * 2));
      // Some versions are never linted: the next lint tells the changes of several.
      if (next() < 0.3) continue;
      if (step === 50) {
        // The worker is stopped (as at a crash or shutdown) and a new one starts with nothing.
        runner.dispose();
      }
      if (step === 100) {
        // A lint that runs out of time: the worker is terminated mid-lint and replaced.
        runner.timeLimitMs = 1;
        await runner.lint(uri, document, 'markdown', {}).catch((error: unknown) => assert.ok(error instanceof LintTimeoutError, String(error)));
        runner.timeLimitMs = 60_000;
      }
      // Now and then the same document comes as a whole text (as a workspace lint of it does).
      const source = next() < 0.1 ? document.getText() : document;
      const result = await runner.lint(uri, source, 'markdown', {});
      assert.deepEqual(plain(result.findings), plain(fullLinter.lint(document.getText(), 'markdown').findings), `step ${step}`);
      compared++;
    }
    assert.ok(compared > 90, `${compared} lints compared`);
    assert.deepEqual(
      log.filter((line) => !/code cache/.test(line)),
      [],
      'nothing went wrong on the way',
    );
  });

  it('in a long document, which the worker keeps in pieces', async () => {
    const next = seeded(1206);
    const uri = 'file:///edit-sync-long.md';
    const fullLinter = createLinter({});
    // ~100,000 characters: past V8's large-object size, so the worker's text is cut into pieces.
    const long = Array.from({ length: 130 }, (_, i) => ARTICLE.replace('# Sleep and magnesium', `# Sleep and magnesium, part ${i}`)).join('\n');
    let document = EditedDocument.create(uri, 'markdown', 1, long);
    for (let step = 0; step < 40; step++) {
      document = document.update(randomChanges(next, document.getText()), document.version + 1);
      const result = await runner.lint(uri, document, 'markdown', {});
      assert.deepEqual(plain(result.findings), plain(fullLinter.lint(document.getText(), 'markdown').findings), `step ${step}`);
    }
  });
});

describe('lint worker told the edits: a version it does not hold', () => {
  const base = { kind: 'lint', uri: 'file:///a.md', language: 'markdown', config: {} } as const;

  it('asks for the whole text, and lints once it has it', () => {
    const engine = new LintEngine();
    const findings = new RecentFindings();
    const text = 'Magnesium cures insomnia. Talk to your doctor first.';
    // Nothing held yet.
    const change = { start: 0, end: 0, newText: 'x' };
    assert.deepEqual(lintInWorker(engine, findings, { ...base, id: 1, changes: [change], fromVersion: 1, version: 2, length: text.length + 1 }), { id: 1, resync: true });
    assert.ok('result' in lintInWorker(engine, findings, { ...base, id: 2, text, version: 3 }));
    // Changes from a version it does not hold (a message missed): never applied.
    assert.deepEqual(lintInWorker(engine, findings, { ...base, id: 3, changes: [change], fromVersion: 2, version: 4, length: text.length + 1 }), { id: 3, resync: true });
    assert.equal(engine.textOf(base.uri)?.toString(), text);
    // A length that does not match the changes: the text is forgotten, the whole one asked for.
    assert.deepEqual(lintInWorker(engine, findings, { ...base, id: 4, changes: [change], fromVersion: 3, version: 4, length: text.length + 2 }), { id: 4, resync: true });
    assert.deepEqual(lintInWorker(engine, findings, { ...base, id: 5, changes: [change], fromVersion: 3, version: 4, length: text.length + 1 }), { id: 5, resync: true });
    // The right version: applied and linted.
    assert.ok('result' in lintInWorker(engine, findings, { ...base, id: 6, text, version: 3 }));
    const applied = lintInWorker(engine, findings, { ...base, id: 7, changes: [change], fromVersion: 3, version: 4, length: text.length + 1 } satisfies LintMessage);
    assert.ok('result' in applied);
    assert.equal(engine.textOf(base.uri)?.toString(), `x${text}`);
    assert.equal(engine.versionOf(base.uri), 4);
    // A whole text without a version (a file linted from disk under the same key) leaves no version to start changes from.
    lintInWorker(engine, findings, { ...base, id: 8, text });
    assert.deepEqual(lintInWorker(engine, findings, { ...base, id: 9, changes: [change], fromVersion: 4, version: 5, length: text.length + 1 }), { id: 9, resync: true });
  });
});
