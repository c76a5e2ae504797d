// The language server's answer to a pull, as bytes for stdout: the whole message stringified and
// encoded at once (the writer before), against the writer's grouped encoding (server/stdio-writer.ts).
// The diagnostics are the real ones of the long-paragraph document, one answer per round with one
// position changed, as after a keystroke. Prints CPU ms per answer, interleaved rounds.
//
//   npx tsx bench/json-writer.ts [FILE]    (default: the long-paragraph document `npm run bench` writes)

import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Message } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLinter } from '../rules/index.js';
import { toDiagnostic } from '../server/linting.js';
import { encodeMessage } from '../server/stdio-writer.js';

const text = readFileSync(process.argv[2] ?? join(tmpdir(), 'health-lint-bench', 'doc-42000-long-paragraphs.md'), 'utf8');
const document = TextDocument.create('file:///a.md', 'markdown', 1, text);
const items = createLinter()
  .lint(text, 'markdown')
  .findings.map((finding) => toDiagnostic(finding, document));
const ROUNDS = 300;
const cpu = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function answer(round: number): Message {
  items[0].range.start.character = round % 7;
  return { jsonrpc: '2.0', id: round, result: { kind: 'full', resultId: `r${round}`, items } } as Message;
}

const times = { whole: [] as number[], grouped: [] as number[] };
let bytes = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const kind of round % 2 ? (['grouped', 'whole'] as const) : (['whole', 'grouped'] as const)) {
    const message = answer(round);
    const start = cpu();
    const body = kind === 'whole' ? [Buffer.from(JSON.stringify(message), 'utf8')] : encodeMessage(message);
    let length = 0;
    for (const part of body) length += part.length;
    Buffer.concat([Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'ascii'), ...body]);
    times[kind].push(cpu() - start);
    bytes = length;
  }
}
const percentile = (values: number[], p: number): string => [...values].sort((a, b) => a - b)[Math.floor((p / 100) * values.length)].toFixed(2);
console.log(`${items.length} diagnostics, ${Math.round(bytes / 1024)} KB of JSON per answer, ${ROUNDS} answers each, CPU ms per answer:`);
for (const kind of ['whole', 'grouped'] as const) console.log(`  ${kind.padEnd(8)} p50 ${percentile(times[kind], 50)}  p95 ${percentile(times[kind], 95)}`);
