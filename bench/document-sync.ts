// The language server's main-thread work on its copy of a document per keystroke, in-process:
// the LSP library's TextDocument (the change applied into a new string, which V8 copies whole on
// the next read) against the server's EditedDocument (edits kept aside, flattened once per 32),
// each followed by what a pull reads from it (the changes for the worker, 430 diagnostic positions).
//
//   npx tsx bench/document-sync.ts [FILE]    (default: the long-paragraph document `npm run bench` writes)

import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { positionOf } from '../server/linting.js';
import { EditedDocument } from '../server/text-sync.js';

const text = readFileSync(process.argv[2] ?? join(tmpdir(), 'health-lint-bench', 'doc-42000-long-paragraphs.md'), 'utf8');
const EDITS = 2000;
const FINDINGS = 430;

function offsets(seed: number, count: number, limit: number): number[] {
  const values: number[] = [];
  for (let i = 0; i < count; i++) values.push(Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * limit));
  return values;
}

function run(kind: 'TextDocument' | 'EditedDocument'): { wall: number; cpu: number } {
  let stock = TextDocument.create('file:///a.md', 'markdown', 1, text);
  let edited = EditedDocument.create('file:///a.md', 'markdown', 1, text);
  const findings = offsets(7, FINDINGS, text.length - 1000);
  const at = offsets(42, EDITS, text.length - 10);
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < EDITS; i++) {
    const position = (kind === 'TextDocument' ? stock : edited).positionAt(at[i]);
    const change = { range: { start: position, end: position }, text: 'x' };
    if (kind === 'TextDocument') {
      stock = TextDocument.update(stock, [change], i + 2);
      // The text the worker was sent before (compared with the last one there).
      stock.getText().charCodeAt(0);
      for (const offset of findings) positionOf(stock, offset);
    } else {
      edited = edited.update([change], i + 2);
      edited.changesSince(i + 1);
      for (const offset of findings) positionOf(edited, offset);
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  return { wall: (performance.now() - start) / EDITS, cpu: (cpu.user + cpu.system) / 1000 / EDITS };
}

console.log(`${text.length} characters, ${EDITS} one-character insertions, ${FINDINGS} positions read after each`);
for (let round = 1; round <= 3; round++) {
  for (const kind of ['TextDocument', 'EditedDocument'] as const) {
    const { wall, cpu } = run(kind);
    console.log(`round ${round} ${kind.padEnd(14)} ${wall.toFixed(3)} ms wall, ${cpu.toFixed(3)} ms CPU per edit`);
  }
}
