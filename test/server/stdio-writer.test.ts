// The server's own stdio writer keeps the JSON of frozen items (diagnostics of long documents)
// between answers: what it writes must still be exactly JSON.stringify of the message.

import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Message } from 'vscode-languageserver/node';
import { encodeMessage } from '../../server/stdio-writer.js';
import { diagnosticFor } from '../../server/linting.js';
import type { Finding } from '../../rules/index.js';

function finding(start: number, end: number, message = 'Say "may help" (“quoted”).'): Finding {
  return { ruleId: 'unhedged-claim', severity: 'warning', start, end, message, fixes: [], suggestions: [] };
}

const expected = (message: unknown) => Buffer.from(JSON.stringify(message), 'utf8');

describe('server: stdio writer', () => {
  it('writes exactly JSON.stringify of every message, items kept or not', () => {
    const document = TextDocument.create('file:///a.md', 'markdown', 1, 'Kratom cures pain.\n'.repeat(200));
    const diagnostics = Array.from({ length: 100 }, (_, i) => diagnosticFor(finding(i * 19, i * 19 + 6), document));
    const messages: unknown[] = [
      { jsonrpc: '2.0', id: 1, result: { kind: 'full', resultId: 'r1', items: diagnostics } },
      // Again: the kept JSON is used this time.
      { jsonrpc: '2.0', id: 2, result: { kind: 'full', resultId: 'r2', items: diagnostics } },
      // Unfrozen and odd items among frozen ones.
      { jsonrpc: '2.0', id: 3, result: { items: [...diagnostics, { changing: 1 }, undefined, null, 'text', 5], resultId: 'items of this result' } },
      { jsonrpc: '2.0', id: 4, result: { kind: 'full', items: diagnostics.slice(0, 3) } },
      { jsonrpc: '2.0', id: 5, result: null },
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'ü ✓ \u0000' } },
    ];
    for (const message of messages) assert.deepEqual(encodeMessage(message as Message), expected(message));
  });

  it('does not keep the JSON of an item that can still change', () => {
    const items = Array.from({ length: 70 }, (_, i) => ({ value: i }));
    const message = { jsonrpc: '2.0', id: 1, result: { items } } as Message;
    assert.deepEqual(encodeMessage(message), expected(message));
    items[0].value = 1000;
    assert.deepEqual(encodeMessage(message), expected(message));
  });

  it('gives a finding the same frozen diagnostic while its range is the same, a new one when it moves', () => {
    const before = TextDocument.create('file:///a.md', 'markdown', 1, 'Kratom cures pain.\nIt cures anxiety.\n');
    const cures = finding(22, 27);
    const first = diagnosticFor(cures, before);
    assert.ok(Object.isFrozen(first) && Object.isFrozen(first.range) && Object.isFrozen(first.range.start));
    assert.equal(diagnosticFor(cures, before), first);
    // Same offsets, another line: a line break typed before it.
    const after = TextDocument.create('file:///a.md', 'markdown', 2, 'Kratom\ncures pain.It cures anxiety.\n');
    const moved = diagnosticFor(cures, after);
    assert.notEqual(moved, first);
    assert.deepEqual(moved.range, { start: { line: 1, character: 15 }, end: { line: 1, character: 20 } });
  });
});
