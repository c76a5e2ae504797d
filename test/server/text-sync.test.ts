// What the server's main thread and its lint worker exchange after an edit (server/text-sync.ts):
// the editor's changes, the changed findings, and documents that keep their edits aside and
// carry their line index over. Each is compared with doing the whole thing again, on random
// texts and edits.

import { strict as assert } from 'node:assert';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../rules/index.js';
import { applyChanges, applyFindingsChange, EditedDocument, findingsChange } from '../../server/text-sync.js';
import { seeded } from './seeded.js';

const PIECES = ['a', 'b', ' ', '\n', '\r', '\r\n', 'word ', '\u00e9', '\ud83d\ude00', 'x'.repeat(50)];

function randomText(next: () => number, pieces: number): string {
  let text = '';
  for (let i = 0; i < pieces; i++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

describe('server text sync', () => {
  it('a findings change rebuilds exactly the new findings', () => {
    const next = seeded(23);
    const randomFinding = (start: number): Finding => {
      const withFix = next() < 0.3;
      const edit = { start: start + Math.floor(next() * 3), end: start + 3, newText: next() < 0.5 ? '' : 'may ' };
      return {
        ruleId: next() < 0.5 ? 'unhedged-claim' : 'hype-language',
        severity: next() < 0.5 ? 'warning' : 'info',
        start,
        end: start + 1 + Math.floor(next() * 5),
        message: next() < 0.5 ? 'A claim.' : 'Hype.',
        fixes: withFix ? [{ title: 'Fix', edits: [edit] }] : [],
        suggestions: next() < 0.3 ? [{ title: 'Reword', edits: [{ ...edit, newText: 'might ' }] }] : [],
      };
    };
    for (let round = 0; round < 2000; round++) {
      const count = Math.floor(next() * 12);
      const before = Array.from({ length: count }, (_, i) => randomFinding(i * 10));
      const delta = Math.floor(next() * 7) - 3;
      const cut = Math.floor(next() * (count + 1));
      // The findings after the cut move by delta (text inserted or deleted there); some change.
      let after = before.map((finding, i) =>
        i < cut ? finding : { ...finding, start: finding.start + delta, end: finding.end + delta, fixes: finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })) })), suggestions: finding.suggestions.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })) })) },
      );
      if (next() < 0.5) after.splice(Math.floor(next() * (after.length + 1)), Math.floor(next() * 2), ...Array.from({ length: Math.floor(next() * 3) }, () => randomFinding(Math.floor(next() * 100))));
      if (next() < 0.2) after = after.map((finding) => (next() < 0.2 ? { ...finding, message: 'Changed.' } : finding));
      const change = findingsChange(before, after, delta);
      assert.deepEqual(applyFindingsChange(before, change), after);
      // Across threads the change is copied: it must rebuild the same from a copy.
      assert.deepEqual(applyFindingsChange(before, structuredClone(change)), after);
    }
  });

  it('one edit leaves the findings around it out of the change', () => {
    const finding = (start: number): Finding => ({ ruleId: 'r', severity: 'warning', start, end: start + 2, message: 'm', fixes: [], suggestions: [] });
    const before = [finding(0), finding(10), finding(20), finding(30)];
    const after = [finding(0), finding(10), finding(21), finding(31)];
    const change = findingsChange(before, after, 1);
    assert.equal(change.keep, 2);
    assert.equal(change.tail, 2);
    assert.deepEqual(change.middle, []);
  });

  it('a document kept as edits answers like a TextDocument given the same changes', () => {
    const next = seeded(37);
    for (let chain = 0; chain < 150; chain++) {
      let version = 1;
      const start = randomText(next, Math.floor(next() * 60));
      let reference = TextDocument.create('file:///a.md', 'markdown', version, start);
      let document = EditedDocument.create('file:///a.md', 'markdown', version, start);
      // Every version's text, to check the changes told since any of them.
      const texts = new Map([[version, start]]);
      // The last version a whole new text was made from: changes before it are not told.
      let lastReplaced = -1;
      const replacedAfter = (known: number) => known <= lastReplaced;
      // Past the number of edits kept aside, so that the flat text is rebuilt on the way.
      for (let step = 0; step < 40; step++) {
        const changes = randomContentChanges(next, reference);
        if (changes.some((change) => !('range' in change))) lastReplaced = version;
        version += 1 + Math.floor(next() * 3);
        reference = TextDocument.update(reference, changes, version);
        document = document.update(changes, version);
        const text = reference.getText();
        texts.set(version, text);
        assert.equal(document.version, version);
        assert.equal(document.length, text.length);
        assert.equal(document.lineCount, reference.lineCount, JSON.stringify(text));
        for (let offset = -1; offset <= text.length; offset++) assert.equal(document.charCodeAt(offset), text.charCodeAt(offset), `offset ${offset}`);
        for (let offset = -1; offset <= text.length + 1; offset++) assert.deepEqual(document.positionAt(offset), reference.positionAt(offset), `offset ${offset} of ${JSON.stringify(text)}`);
        for (let line = -1; line <= reference.lineCount; line++) {
          assert.deepEqual(document.getLineRange(line), reference.getLineRange(line));
          assert.equal(document.getEOLCharacters(line), reference.getEOLCharacters(line));
          for (const character of [0, 1, 3, 1000]) {
            const position = { line, character };
            assert.equal(document.offsetAt(position), reference.offsetAt(position));
          }
        }
        for (const [known, knownText] of texts) {
          const told = document.changesSince(known);
          if (told) assert.equal(applyChanges(knownText, told), text, `changes since version ${known}`);
          else assert.ok(known < version - 64 || replacedAfter(known), `the changes since version ${known} of ${version} are known`);
        }
        // A version read whole once still answers the same after the next edits.
        if (next() < 0.2) assert.equal(document.getText(), text);
      }
      assert.equal(document.changesSince(version + 1), undefined, 'a version it never had');
    }
  });
});

/** One to three LSP content changes, each with a range in the text the ones before it made; now and then a whole text. */
function randomContentChanges(next: () => number, document: TextDocument): TextDocumentContentChangeEvent[] {
  if (next() < 0.03) return [{ text: randomText(next, Math.floor(next() * 30)) }];
  const changes: TextDocumentContentChangeEvent[] = [];
  // TextDocument.update changes the document it is given: work on a copy.
  let current = TextDocument.create(document.uri, document.languageId, document.version, document.getText());
  for (let count = 1 + Math.floor(next() * 3); count > 0; count--) {
    const length = current.getText().length;
    const start = Math.floor(next() * (length + 1));
    const end = Math.min(length, start + Math.floor(next() * 4));
    // Ranges may come backwards, or with a character past the line's end, as a client may send them.
    const range = next() < 0.1 ? { start: current.positionAt(end), end: current.positionAt(start) } : { start: current.positionAt(start), end: current.positionAt(end) };
    if (next() < 0.05) range.end = { line: range.end.line, character: range.end.character + 5 };
    const change = { range, text: randomText(next, Math.floor(next() * 3)) };
    changes.push(change);
    current = TextDocument.update(current, [change], current.version);
  }
  return changes;
}
