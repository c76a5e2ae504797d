// Random edit sequences through the real language server (dist/server.js over stdio): the
// server must never crash or stop answering, and every diagnostic and code action edit must
// lie inside the document as the server last heard it.

import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, lineLengths, positionAt, type Position } from '../../bench/lsp-client.js';
import { anyDocument, applyEditSpec, edit, type EditSpec } from './generators.js';

export const SERVER_PATH = resolve('dist/server.js');

interface LspRange {
  start: Position;
  end: Position;
}

function insideDocument(text: string, range: LspRange): boolean {
  const lengths = lineLengths(text);
  const valid = (position: Position) => position.line >= 0 && position.line < lengths.length && position.character >= 0 && position.character <= lengths[position.line];
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  return valid(range.start) && valid(range.end) && ordered;
}

/** One random session: open a document, edit it several times, pull diagnostics and code actions after each edit. Returns problems found. */
async function runCase(client: LspClient, caseNumber: number, document: { text: string; language: string }, edits: readonly EditSpec[]): Promise<string[]> {
  const problems: string[] = [];
  const uri = pathToFileURL(join(tmpdir(), 'health-lint-fuzz', `case-${caseNumber}.${document.language === 'markdown' ? 'md' : document.language === 'html' ? 'html' : 'txt'}`)).href;
  let text = document.text;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: document.language, version: 1, text } });
  const check = async (step: string): Promise<void> => {
    const report = await client.request<{ items?: { range: LspRange; message: string }[] }>('textDocument/diagnostic', { textDocument: { uri } }, 20_000);
    for (const item of report?.items ?? []) {
      if (!insideDocument(text, item.range)) problems.push(`${step}: diagnostic range ${JSON.stringify(item.range)} outside the document ${JSON.stringify(text.slice(0, 200))}`);
    }
    const end = positionAt(text, text.length);
    const actions = await client.request<{ edit?: { changes?: Record<string, { range: LspRange }[]> } }[] | null>(
      'textDocument/codeAction',
      { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end }, context: { diagnostics: (report?.items ?? []).slice(0, 5) } },
      20_000,
    );
    for (const action of actions ?? []) {
      for (const edits of Object.values(action.edit?.changes ?? {})) {
        for (const change of edits) if (!insideDocument(text, change.range)) problems.push(`${step}: code action edit ${JSON.stringify(change.range)} outside the document`);
      }
    }
  };
  await check('after open');
  let version = 1;
  for (const spec of edits) {
    const next = applyEditSpec(text, spec);
    // Send the change as an incremental range edit, the way editors do.
    const start = Math.min(text.length, Math.floor(spec.start * (text.length + 1)));
    const end = Math.min(text.length, start + spec.length);
    const range = { start: positionAt(text, start), end: positionAt(text, end) };
    text = next;
    client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: spec.text }] });
    await check(`after edit ${version - 1}`);
  }
  client.notify('textDocument/didClose', { textDocument: { uri } });
  return problems;
}

/** Runs `cases` random sessions against one server (restarted if it dies); returns the distinct problems. */
export async function fuzzServer(cases: number, seed: number): Promise<string[]> {
  if (!existsSync(SERVER_PATH)) return [`${SERVER_PATH} does not exist: run npm run build first`];
  const samples = fc.sample(fc.tuple(anyDocument, fc.array(edit, { minLength: 1, maxLength: 6 })), { numRuns: cases, seed });
  const problems = new Set<string>();
  let client = new LspClient(process.execPath, [SERVER_PATH, '--stdio']);
  await client.initialize();
  for (let i = 0; i < samples.length; i++) {
    const [document, edits] = samples[i];
    try {
      for (const problem of await runCase(client, i, document, edits)) problems.add(problem);
    } catch (error) {
      problems.add(`case ${i} (${document.language}, ${JSON.stringify(document.text.slice(0, 300))}, edits ${JSON.stringify(edits)}): ${error instanceof Error ? error.message : String(error)}`);
      await client.shutdown();
      client = new LspClient(process.execPath, [SERVER_PATH, '--stdio']);
      await client.initialize();
    }
    if (client.hasExited) problems.add(`the server exited after case ${i}: ${client.stderr.slice(-1000)}`);
  }
  await client.shutdown();
  return [...problems];
}
