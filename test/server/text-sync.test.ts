// What the server's main thread and its lint worker exchange after an edit (server/text-sync.ts):
// the changed span of text, the changed findings, and snapshots whose line index is carried
// over. Each is compared with doing the whole thing again, on random texts and edits.

import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../rules/index.js';
import { applyChange, applyFindingsChange, changeBetween, findingsChange, TextSnapshot } from '../../server/text-sync.js';

function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const PIECES = ['a', 'b', ' ', '\n', '\r', '\r\n', 'word ', '\u00e9', '\ud83d\ude00', 'x'.repeat(50)];

function randomText(next: () => number, pieces: number): string {
  let text = '';
  for (let i = 0; i < pieces; i++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

function randomEdit(next: () => number, text: string): string {
  const start = Math.floor(next() * (text.length + 1));
  const end = Math.min(text.length, start + Math.floor(next() * 4));
  return text.slice(0, start) + randomText(next, Math.floor(next() * 3)) + text.slice(end);
}

describe('server text sync', () => {
  it('the changed span turns the old text into the new one, and is no larger than needed', () => {
    const next = seeded(11);
    for (let round = 0; round < 2000; round++) {
      const before = round % 10 === 0 ? randomText(next, Math.floor(next() * 2000)) : randomText(next, Math.floor(next() * 40));
      const after = next() < 0.1 ? randomText(next, Math.floor(next() * 40)) : randomEdit(next, before);
      const change = changeBetween(before, after);
      assert.equal(applyChange(before, change), after);
      assert.ok(change.start <= change.end && change.end <= before.length);
      // Neither end of the span could be trimmed.
      if (change.start < change.end && change.newText.length > 0) {
        assert.notEqual(before[change.start], change.newText[0]);
        assert.notEqual(before[change.end - 1], change.newText[change.newText.length - 1]);
      }
    }
  });

  it('finds long common prefixes and suffixes exactly', () => {
    const base = 'x'.repeat(10_000) + 'y'.repeat(7_777);
    for (const at of [0, 1, 4095, 4096, 4097, 9_999, 10_000, 12_345, 17_776, 17_777]) {
      const after = base.slice(0, at) + 'z' + base.slice(at);
      const change = changeBetween(base, after);
      assert.equal(applyChange(base, change), after);
      assert.equal(change.newText.length, 1);
      assert.equal(change.end - change.start, 0);
    }
  });

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

  it('snapshots with carried-over line starts answer like a TextDocument of the same text', () => {
    const next = seeded(37);
    for (let chain = 0; chain < 150; chain++) {
      let text = randomText(next, Math.floor(next() * 60));
      let snapshot = TextSnapshot.of('file:///a.md', 'markdown', 1, text);
      snapshot.positionAt(0);
      for (let step = 0; step < 12; step++) {
        text = randomEdit(next, text);
        snapshot = TextSnapshot.of('file:///a.md', 'markdown', step + 2, text, snapshot);
        const reference = TextDocument.create('file:///a.md', 'markdown', step + 2, text);
        assert.equal(snapshot.lineCount, reference.lineCount, JSON.stringify(text));
        assert.equal(snapshot.getText(), text);
        for (let offset = -1; offset <= text.length + 1; offset++) assert.deepEqual(snapshot.positionAt(offset), reference.positionAt(offset), `offset ${offset} of ${JSON.stringify(text)}`);
        for (let line = -1; line <= reference.lineCount; line++) {
          assert.deepEqual(snapshot.getLineRange(line), reference.getLineRange(line));
          assert.equal(snapshot.getEOLCharacters(line), reference.getEOLCharacters(line));
          for (const character of [0, 1, 3, 1000]) {
            const position = { line, character };
            assert.equal(snapshot.offsetAt(position), reference.offsetAt(position));
          }
        }
        const range = { start: snapshot.positionAt(Math.floor(next() * text.length)), end: snapshot.positionAt(text.length) };
        assert.equal(snapshot.getText(range), reference.getText(range));
      }
    }
  });
});
