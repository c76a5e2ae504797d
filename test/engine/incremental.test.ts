// Incremental linting gives exactly what a full lint gives: random documents edited at random
// (fast-check), and the seed articles as a long Markdown document edited in many places.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { createLinter, DocumentText } from '../../rules/index.js';
import { parseMarkdown, parseWhole } from '../../rules/engine/markdown.js';
import { parsePlainText } from '../../rules/engine/plaintext.js';
import { planMarkdownChunks } from '../../rules/engine/markdown-chunks.js';
import { parseDocument } from '../../rules/engine/document.js';
import { buildDocument, buildLongParagraphDocument, readSeedArticles, readSeedParagraphs } from '../../bench/corpus.js';
import { Linter } from '../../rules/engine/linter.js';
import type { SentenceRule } from '../../rules/engine/rule.js';
import { anyDocument, applyEditSpec, edit, longParagraphDocument, markdownDocument, pastedArticle, sentenceEdit } from '../fuzz/generators.js';
import { checkIncrementalEqualsFull, comparableParse } from '../fuzz/properties.js';

const RUNS = Number(process.env.HEALTH_LINT_PROPERTY_RUNS ?? 50);
const SEED = Number(process.env.HEALTH_LINT_PROPERTY_SEED ?? 20261122);

describe('engine: incremental linting equals full linting', () => {
  it('parses Markdown chunk by chunk exactly as the whole document at once', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        assert.deepStrictEqual(comparableParse(parseMarkdown(text)), comparableParse(parseWhole(text)));
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });

  it('parses pasted plain lines and bullets without the parser exactly as the parser does', () => {
    fc.assert(
      fc.property(fc.array(pastedArticle, { minLength: 1, maxLength: 3 }), (articles) => {
        const text = articles.join('\n\n');
        assert.deepStrictEqual(comparableParse(parseMarkdown(text)), comparableParse(parseWhole(text)));
      }),
      { numRuns: RUNS * 4, seed: SEED },
    );
  });

  it('lints long paragraphs after edits that split and join sentences and paragraphs exactly as from scratch', () => {
    fc.assert(
      fc.property(longParagraphDocument, fc.array(fc.oneof(sentenceEdit, edit), { minLength: 1, maxLength: 6 }), ({ text, language }, edits) => checkIncrementalEqualsFull(text, language, edits)),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });

  it('re-parses an edited Markdown document from its chunk cache exactly as from scratch', () => {
    fc.assert(
      fc.property(markdownDocument, fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) => {
        const cache = new Map();
        parseMarkdown(text, cache);
        for (const spec of edits) {
          text = applyEditSpec(text, spec);
          assert.deepStrictEqual(comparableParse(parseMarkdown(text, cache)), comparableParse(parseWhole(text)));
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('plans the chunks of an edited Markdown document from its last plan exactly as from scratch', () => {
    fc.assert(
      fc.property(markdownDocument, fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) => {
        let plan = planMarkdownChunks(text);
        for (const spec of edits) {
          const edited = applyEditSpec(text, spec);
          const fromScratch = planMarkdownChunks(edited);
          const resumed = plan ? planMarkdownChunks(edited, { source: text, chunks: plan.map((start) => ({ start })) }) : fromScratch;
          assert.deepStrictEqual(resumed, fromScratch);
          text = edited;
          plan = fromScratch;
        }
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });

  it('lints random documents after random edits with the caches exactly as from scratch', () => {
    fc.assert(
      fc.property(anyDocument, fc.array(edit, { minLength: 1, maxLength: 4 }), ({ text, language }, edits) => checkIncrementalEqualsFull(text, language, edits)),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('keeps the blocks of chunks an edit did not touch, before and after it, and parses the touched one again', () => {
    const text = '# Title\n\nFirst paragraph, *untouched*.\n\nSecond paragraph.\n\n- a list item\n';
    const cache = new Map();
    const before = parseMarkdown(text, cache).blocks;
    const edited = text.replace('Second', 'The second');
    const after = parseMarkdown(edited, cache).blocks;
    assert.deepStrictEqual(comparableParse({ blocks: after, directives: [] }), comparableParse(parseWhole(edited)));
    // Before the edit: the very same block objects; after it: the same parses, moved.
    assert.equal(after[0], before[0]);
    assert.equal(after[1], before[1]);
    assert.notEqual(after[2].origin, before[2].origin);
    assert.equal(after[3].origin, before[3].origin);
    assert.equal(after[3].sourceStart, before[3].sourceStart + 'The s'.length - 'S'.length);
  });

  it('plain text: keeps the blocks of paragraphs an edit did not touch, and gives what a fresh parse gives', () => {
    const text = 'Title\n\nFirst paragraph.\r\nStill the first.\n\nSecond paragraph.\n\n- a list item\n';
    const cache = new Map();
    const before = parsePlainText(text, cache);
    const edited = text.replace('Second', 'The second');
    const after = parsePlainText(edited, cache);
    assert.deepStrictEqual(comparableParse({ blocks: after, directives: [] }), comparableParse({ blocks: parsePlainText(edited), directives: [] }));
    assert.equal(after[1], before[1]);
    assert.notEqual(after[2].origin, before[2].origin);
    assert.equal(after[3].origin, before[3].origin);
    // A long line switches the file to one block per line: everything is regrouped.
    const unwrapped = edited + 'x'.repeat(120) + '\n';
    assert.deepStrictEqual(comparableParse({ blocks: parsePlainText(unwrapped, cache), directives: [] }), comparableParse({ blocks: parsePlainText(unwrapped), directives: [] }));
  });

  it('does not reuse a block whose source text is the same but whose prose is not (markup before it changed)', () => {
    // "*emphasis* buy now." and "emphasis* buy now." share the source text of their blocks
    // ("emphasis* buy now."), but the first block's prose has no asterisk.
    const linter = createLinter();
    const cache = new Map<string, never>();
    linter.lint('*emphasis* buy now. Kratom.\n', 'markdown', cache);
    for (const text of ['emphasis* buy now. Kratom.\n', 'Kratom.emphasis* buy now. Kratom.\n']) {
      assert.deepStrictEqual(linter.lint(text, 'markdown', cache), createLinter().lint(text, 'markdown'));
    }
  });

  it('keeps the block cache bounded while a document is edited: stale results are swept out', () => {
    const seeds = readSeedParagraphs('../shared/corpus/seeds');
    let text = buildDocument(seeds, 3000, 'markdown');
    const linter = createLinter();
    const cache = new Map<string, never>();
    const blockCount = parseDocument(text, 'markdown').blocks.length;
    linter.lint(text, 'markdown', cache);
    let largest = cache.size;
    for (let i = 0; i < 400; i++) {
      const at = Math.floor(((i * 7919) % 997) / 997 * text.length);
      text = i % 2 === 0 ? text.slice(0, at) + 'x' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
      linter.lint(text, 'markdown', cache);
      largest = Math.max(largest, cache.size);
    }
    // Two entries per block at most (by parse and by text), plus the stale fifth swept at.
    assert.ok(largest <= 2 * blockCount * 1.25 + 16, `cache grew to ${largest} entries for ${blockCount} blocks`);
    assert.deepStrictEqual(linter.lint(text, 'markdown', cache), createLinter().lint(text, 'markdown'));
  });

  it('notices absurd nesting typed into a long document, and its removal, as a fresh parse does', () => {
    const seeds = readSeedParagraphs('../shared/corpus/seeds');
    const plain = buildDocument(seeds, 1500, 'markdown');
    const middle = plain.indexOf('\n\n', plain.length / 2) + 2;
    const deepLine = '> '.repeat(150) + 'Kratom cures anxiety.\n\n';
    const caches = { markdown: new Map(), plaintext: new Map() };
    const blocksOf = (text: string, withCaches?: typeof caches) => parseDocument(text, 'markdown', withCaches).blocks.map((block) => [block.kind, block.text, block.sourceStart]);
    blocksOf(plain, caches);
    // Typed one character at a time: the line becomes absurdly deep only at its 101st marker.
    let text = plain;
    for (let typed = 1; typed <= deepLine.length; typed += 37) {
      text = plain.slice(0, middle) + deepLine.slice(0, typed) + plain.slice(middle);
      assert.deepStrictEqual(blocksOf(text, caches), blocksOf(text), `after typing ${typed} characters`);
    }
    text = plain.slice(0, middle) + deepLine + plain.slice(middle);
    assert.deepStrictEqual(blocksOf(text, caches), blocksOf(text));
    assert.deepStrictEqual(blocksOf(plain, caches), blocksOf(plain));
  });

  it('lints the seed articles as one long Markdown document, edited in many places, as from scratch', () => {
    const seeds = readSeedParagraphs('../shared/corpus/seeds');
    let text = buildDocument(seeds, 2500, 'markdown');
    const linter = createLinter();
    const cache = new Map<string, never>();
    linter.lint(text, 'markdown', cache);
    const edits = ['x', '', '*', '\n\n', '[link](https://amzn.to/x?tag=1)', '```\n', ' may ', '> ', '\n- '];
    for (let i = 0; i < 16; i++) {
      const at = Math.floor(((i * 7919) % 1000) / 1000 * text.length);
      const replacement = edits[i % edits.length];
      text = text.slice(0, at) + replacement + text.slice(at + (i % 3 === 0 ? 1 : 0));
      assert.deepStrictEqual(linter.lint(text, 'markdown', cache), createLinter().lint(text, 'markdown'), `after edit ${i + 1}`);
    }
  });

  it('lints the seed articles as they are (long paragraphs and pasted bullets), edited in many places, as from scratch', () => {
    let text = buildLongParagraphDocument(readSeedArticles('../shared/corpus/seeds'), 2);
    // Also as the lint worker keeps it: in pieces (the text is ~60,000 characters), edited in place.
    let pieces = DocumentText.of(text);
    const linter = createLinter();
    const cache = new Map<string, never>();
    const piecesCache = new Map<string, never>();
    linter.lint(text, 'markdown', cache);
    linter.lint(pieces, 'markdown', piecesCache);
    const edits = ['x', '', '. ', '\n\n', '\n', ' may ', '"', 'Studies show that it cures cancer. ', '\n- '];
    for (let i = 0; i < 18; i++) {
      const at = Math.floor(((i * 7919) % 1000) / 1000 * text.length);
      const edit = { start: at, end: at + (i % 3 === 0 ? 2 : 0), newText: edits[i % edits.length] };
      text = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
      pieces = pieces.edited([edit]);
      const full = createLinter().lint(text, 'markdown');
      assert.deepStrictEqual(linter.lint(text, 'markdown', cache), full, `after edit ${i + 1}`);
      assert.deepStrictEqual(linter.lint(pieces, 'markdown', piecesCache), full, `after edit ${i + 1}, in pieces`);
    }
    assert.ok(pieces.pieceCount > 1, 'the edited text is kept in pieces');
  });

  it('re-runs sentence rules only on the sentences around an edit in a long paragraph', () => {
    const checked: string[] = [];
    const recorder: SentenceRule = {
      meta: { id: 'recorder', description: 'Records the sentences it checks.', defaultSeverity: 'warning', fixable: false, hasSuggestions: false },
      scope: 'sentence',
      check({ block, sentences }, context) {
        for (const sentence of sentences) {
          checked.push(sentence.text);
          if (sentence.text.includes('cures')) context.report({ ...block.sourceRange(sentence.start, sentence.end), message: 'cures' });
        }
      },
    };
    const linter = new Linter([recorder]);
    const sentences = Array.from({ length: 20 }, (_, i) => `Sentence number ${i + 1} is about ${i % 5 === 0 ? 'a tea that cures colds' : 'sleep'}.`);
    const text = sentences.join(' ') + '\n';
    const cache = new Map<string, never>();
    linter.lint(text, 'markdown', cache);
    assert.equal(checked.length, 20);
    checked.length = 0;
    const edited = text.replace('number 10 is', 'number 10 really is');
    const result = linter.lint(edited, 'markdown', cache);
    // The edited sentence and its neighbours, whose windows hold it.
    assert.deepEqual(checked, [9, 10, 11].map((n) => sentences[n - 1].replace('number 10 is', 'number 10 really is')));
    assert.deepStrictEqual(result, new Linter([recorder]).lint(edited, 'markdown'));
    assert.deepEqual(result.findings.map((finding) => edited.slice(finding.start, finding.end)), sentences.filter((sentence) => sentence.includes('cures')));
  });
});
