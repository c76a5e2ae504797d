// DocumentText reads like the string it stands for, after any edits: pieces are an inside matter.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocumentText } from '../../rules/engine/text.js';
import { changedSpan } from '../../rules/engine/strings.js';

const SEED = Number(process.env.HEALTH_LINT_PROPERTY_SEED ?? 20261206);

/** Long enough to be kept in several pieces once edited; few letters, so searches find things across piece ends. */
const longText = fc
  .tuple(fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', ' ', '\u2019'), minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 150_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), removed: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 70_000 })), newText: fc.oneof(fc.string({ unit: fc.constantFrom('a', 'b', '\n', 'xy'), maxLength: 5 }), fc.constant('ab'.repeat(20_000))) });

function applyTo(text: string, edits: { start: number; end: number; newText: string }[]): string {
  for (const { start, end, newText } of edits) text = text.slice(0, start) + newText + text.slice(end);
  return text;
}

describe('DocumentText', () => {
  it('reads as the edited string: characters, slices, searches, and where it changed', () => {
    // Counterexamples are texts of many thousand characters: only the failure's message is shown.
    const run = fc.check(
      fc.property(longText, fc.array(fc.array(edit, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 8, maxLength: 8 }), (initial, batches, probes) => {
        let text = DocumentText.of(initial);
        let expected = initial;
        for (const batch of batches) {
          const before = expected;
          const edits: { start: number; end: number; newText: string }[] = [];
          let length = expected.length;
          for (const { at, removed, newText } of batch) {
            const start = Math.floor(at * length);
            const end = Math.min(length, start + removed);
            edits.push({ start, end, newText });
            length += newText.length - (end - start);
          }
          const previous = text;
          text = text.edited(edits);
          expected = applyTo(expected, edits);
          assert.equal(text.length, expected.length);
          // The span told is true (possibly wider than the smallest one).
          const span = text.changeSince(previous);
          assert.equal(span.shift, expected.length - before.length);
          assert.equal(expected.slice(0, span.before), before.slice(0, span.before));
          assert.equal(expected.slice(span.after), before.slice(span.after - span.shift));
          for (const [x, y] of probes) {
            const a = Math.floor(x * (expected.length + 1));
            const b = Math.floor(y * (expected.length + 1));
            const [from, to] = a <= b ? [a, b] : [b, a];
            assert.equal(text.charCodeAt(a), expected.charCodeAt(a));
            assert.equal(text.slice(from, Math.min(to, from + 100)), expected.slice(from, Math.min(to, from + 100)));
            for (const search of ['\n', '\r\n', 'ab\n', 'b\u2019 ']) {
              const found = expected.indexOf(search, from);
              assert.equal(text.indexOf(search, from, to), found >= 0 && found + search.length <= to ? found : -1, `indexOf ${JSON.stringify(search)} from ${from} to ${to}`);
              assert.equal(text.lastIndexOf(search, to), expected.lastIndexOf(search, to), `lastIndexOf ${JSON.stringify(search)} from ${to}`);
              assert.equal(text.lastIndexOf(search, from - 1), expected.lastIndexOf(search, from - 1), `lastIndexOf ${JSON.stringify(search)} from ${from - 1}`);
            }
            assert.equal(text.startsWith('ab', from), expected.startsWith('ab', from));
          }
          let joined = '';
          text.forEachPiece((piece, start) => {
            assert.equal(start, joined.length);
            assert.ok(piece.length <= 65_000 || text.pieceCount === 1, 'no piece is a large object');
            joined += piece;
          });
          assert.equal(joined, expected);
        }
        assert.equal(text.toString(), expected);
      }),
      { numRuns: 40, seed: SEED },
    );
    assert.ok(!run.failed, `failed (seed ${run.seed}, path ${run.counterexamplePath}): ${String(run.errorInstance).slice(0, 2000)}`);
  });

  it('compares texts it was not made from', () => {
    const a = DocumentText.of('one two three');
    const b = DocumentText.of('one too three');
    assert.deepEqual(b.changeSince(a), changedSpan('one two three', 'one too three'));
    assert.deepEqual(a.changeSince(a), { before: 13, after: 13, shift: 0 });
  });
});
