// Random edits through the real server, pulled the way VS Code's client pulls: each request
// names the result the client holds, and an "unchanged" answer means the client keeps its
// diagnostics. After every edit, what the client holds must equal a full lint of the same
// text in a document the server has never seen (no caches, no earlier result to refer to).

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Position } from 'vscode-languageserver-protocol';
import { LspTestClient, seedsDir } from './lsp-client.js';

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Pieces typed in: letters, spaces, line breaks, and phrases that make or break findings. */
const PIECES = ['x', 'e', ' ', '\n', '\n\n', 'cures anxiety', 'may ', 'Buy kratom now. ', 'Talk to your doctor first. ', 'Studies show it works. ', '# Heading\n', '> '];

/** One random edit: a deletion of 0-20 characters and an insertion of a piece, somewhere in the text. */
function randomEdit(text: string, next: () => number): { start: number; end: number; newText: string } {
  // Edits cluster near one place, as typing does, and sometimes jump elsewhere.
  const start = Math.floor(next() * (text.length + 1));
  const end = Math.min(text.length, start + (next() < 0.5 ? 0 : Math.floor(next() * 20)));
  const newText = next() < 0.3 ? '' : PIECES[Math.floor(next() * PIECES.length)];
  // Never split a CR LF pair or a surrogate pair: editors do not send such edits.
  const splits = (at: number) => at > 0 && at < text.length && ((text.charCodeAt(at - 1) === 13 && text.charCodeAt(at) === 10) || (text.charCodeAt(at) & 0xfc00) === 0xdc00);
  if (splits(start) || splits(end)) return { start, end: start, newText: '' };
  return { start, end, newText };
}

const seeds = readdirSync(seedsDir).filter((file) => file.endsWith('.txt')).sort();

for (const language of ['markdown', 'plaintext'] as const) {
  describe(`language server: pulled diagnostics after random edits equal a full lint (${language})`, function () {
    this.timeout(180_000);
    let client: LspTestClient;

    before(async function () {
      client = await LspTestClient.start({ pull: true });
    });

    after(async () => {
      await client?.stop();
    });

    it('the diagnostics the client holds, full or unchanged answers, always equal a fresh full lint', async () => {
      const next = generator(language === 'markdown' ? 20261122 : 6);
      const counts = { full: 0, unchanged: 0 };
      for (const [index, seed] of seeds.slice(0, 2).entries()) {
        const uri = `untitled:edited-${language}-${index}`;
        await client.open(uri, language, readFileSync(join(seedsDir, seed), 'utf8'));
        let held: Diagnostic[] = [];
        let resultId: string | undefined;
        for (let step = 0; step < 40; step++) {
          const text = client.textOf(uri);
          const edit = randomEdit(text, next);
          await client.editText(uri, [{ range: { start: positionAt(text, edit.start), end: positionAt(text, edit.end) }, newText: edit.newText }]);
          const report = await client.pullReport(uri, resultId);
          if (report.kind === 'full') held = report.items;
          counts[report.kind]++;
          resultId = report.resultId;

          const freshUri = `untitled:fresh-${language}-${index}-${step}`;
          await client.open(freshUri, language, client.textOf(uri));
          const fresh = await client.pullReport(freshUri);
          await client.close(freshUri);
          assert.equal(fresh.kind, 'full');
          assert.deepEqual(held, fresh.kind === 'full' ? fresh.items : [], `${seed}, step ${step}: held diagnostics differ from a full lint`);
        }
        await client.close(uri);
      }
      // Both kinds of answer were exercised.
      assert.ok(counts.full > 0 && counts.unchanged > 0, JSON.stringify(counts));
    });
  });
}

describe('language server: more open documents than the lint worker keeps caches for', function () {
  this.timeout(180_000);
  let client: LspTestClient;

  // A small cache budget for this server (the default holds ~100 such documents).
  const budget = 500_000;

  before(async function () {
    client = await LspTestClient.start({ pull: true, env: { HEALTH_LINT_CACHED_CHARACTERS: String(budget) } });
  });

  after(async () => {
    await client?.stop();
  });

  it('documents edited in turn, their caches dropped and rebuilt, still equal a fresh full lint', async () => {
    const next = generator(77);
    // The worker keeps caches for the documents linted last, up to the budget in all:
    // 24 documents of every seed article, edited at random, lose theirs again and again.
    const allSeeds = seeds.map((seed) => readFileSync(join(seedsDir, seed), 'utf8'));
    const uris = Array.from({ length: 24 }, (_, i) => `untitled:many-${i}.md`);
    const texts = uris.map((_, i) => `# Document ${i}\n\n${[...allSeeds.slice(i % 5), ...allSeeds.slice(0, i % 5)].join('\n\n')}`);
    assert.ok(texts.reduce((sum, text) => sum + text.length, 0) > 1.3 * budget, 'more text than the worker keeps caches for');
    const held = new Map<string, { items: Diagnostic[]; resultId?: string }>();
    for (const [i, uri] of uris.entries()) {
      await client.open(uri, 'markdown', texts[i]);
      const report = await client.pullReport(uri);
      held.set(uri, { items: report.kind === 'full' ? report.items : [], resultId: report.resultId });
    }
    for (let step = 0; step < 60; step++) {
      const uri = uris[Math.floor(next() * uris.length)];
      const text = client.textOf(uri);
      const edit = randomEdit(text, next);
      await client.editText(uri, [{ range: { start: positionAt(text, edit.start), end: positionAt(text, edit.end) }, newText: edit.newText }]);
      const state = held.get(uri)!;
      const report = await client.pullReport(uri, state.resultId);
      if (report.kind === 'full') state.items = report.items;
      state.resultId = report.resultId;

      const freshUri = `untitled:many-fresh-${step}.md`;
      await client.open(freshUri, 'markdown', client.textOf(uri));
      const fresh = await client.pullReport(freshUri);
      await client.close(freshUri);
      assert.deepEqual(state.items, fresh.kind === 'full' ? fresh.items : [], `${uri}, step ${step}: held diagnostics differ from a full lint`);
    }
  });
});
