// The stdio writer's grouped JSON: whatever the message, its bytes are exactly those of
// `JSON.stringify`, and the long lists it groups arrive whole at a client.

import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import type { Message } from 'vscode-languageserver/node';
import { StreamMessageReader } from 'vscode-jsonrpc/node';
import { encodeMessage, StdioMessageWriter } from '../../server/stdio-writer.js';

const jsonValue = fc.jsonValue({ maxDepth: 3 });
/** Lists of any length, of JSON values and of things JSON writes as null (undefined, functions). */
const list = fc.array(fc.oneof({ weight: 8, arbitrary: jsonValue }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(() => 1) }), { maxLength: 130 });
const message: fc.Arbitrary<Message> = fc.oneof(
  fc.record({ jsonrpc: fc.constant('2.0'), id: fc.nat(), result: fc.record({ kind: fc.constantFrom('full', 'unchanged'), resultId: fc.string(), items: list }, { requiredKeys: ['kind'] }) }),
  fc.record({ jsonrpc: fc.constant('2.0'), id: fc.nat(), result: fc.oneof(list, jsonValue, fc.constant(null)) }),
  fc.record({ jsonrpc: fc.constant('2.0'), method: fc.constant('textDocument/publishDiagnostics'), params: fc.record({ uri: fc.webUrl(), version: fc.nat(), diagnostics: list }) }),
  fc.record({ jsonrpc: fc.constant('2.0'), method: fc.string(), params: jsonValue }),
) as fc.Arbitrary<Message>;

const diagnostic = (i: number): unknown => ({ range: { start: { line: i, character: 1 }, end: { line: i, character: 9 } }, severity: 2, code: 'unhedged-claim', source: 'health-lint', message: `“Claim ${i}” isn’t hedged \u{1F600}` });

describe('stdio writer', () => {
  it('writes exactly the bytes of JSON.stringify for any message, long lists grouped or not', () => {
    fc.assert(
      fc.property(message, (sent) => {
        assert.deepEqual(Buffer.concat(encodeMessage(sent)), Buffer.from(JSON.stringify(sent), 'utf8'));
      }),
      { numRuns: 400 },
    );
  });

  it('groups a long list of diagnostics into parts that are each small', () => {
    const items = Array.from({ length: 500 }, (_, i) => diagnostic(i));
    const parts = encodeMessage({ jsonrpc: '2.0', id: 3, result: { kind: 'full', resultId: 'r1', items } } as Message);
    assert.ok(parts.length > 10, `${parts.length} parts`);
    assert.ok(parts.every((part) => part.length < 64 * 1024));
  });

  it('delivers long answers whole, with a Content-Length that counts bytes', async () => {
    const stream = new PassThrough();
    const reader = new StreamMessageReader(stream);
    const received: Message[] = [];
    reader.listen((message) => received.push(message));
    const writer = new StdioMessageWriter(stream);
    const sent: Message[] = [
      { jsonrpc: '2.0', id: 1, result: { kind: 'full', resultId: 'a', items: Array.from({ length: 300 }, (_, i) => diagnostic(i)) } } as Message,
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.md', diagnostics: Array.from({ length: 90 }, (_, i) => diagnostic(i)) } } as Message,
      { jsonrpc: '2.0', id: 2, result: null } as Message,
    ];
    for (const message of sent) await writer.write(message);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(received, JSON.parse(JSON.stringify(sent)));
    reader.dispose();
  });
});
