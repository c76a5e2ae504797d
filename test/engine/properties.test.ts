// Property-based tests of the engine on random documents (a short run; `npm run fuzz` runs
// many more cases of the same properties).

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseMarkdown, parseWhole } from '../../rules/engine/markdown.js';
import { anyDocument, applyEditSpec, edit, markdownDocument } from '../fuzz/generators.js';
import { checkDocumentProperties, checkEditsKeepCharactersWhole, checkFixesIdempotent, checkIncrementalEqualsFull, comparableParse } from '../fuzz/properties.js';

const RUNS = Number(process.env.HEALTH_LINT_PROPERTY_RUNS ?? 50);
// A fixed seed keeps `npm test` repeatable; `npm run fuzz` explores with fresh seeds.
const SEED = Number(process.env.HEALTH_LINT_PROPERTY_SEED ?? 20261122);

describe('engine properties (fast-check)', () => {
  it('parses Markdown chunk by chunk exactly as the whole document at once', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        assert.deepStrictEqual(comparableParse(parseMarkdown(text)), comparableParse(parseWhole(text)));
      }),
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

  it('never throws; findings and fixes stay inside the document; each fix edits only its own ranges', () => {
    fc.assert(
      fc.property(anyDocument, ({ text, language }) => {
        checkDocumentProperties(text, language);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('applying all safe fixes twice gives the same text as once', () => {
    fc.assert(
      fc.property(anyDocument, ({ text, language }) => checkFixesIdempotent(text, language)),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('no fix or suggestion cuts a surrogate pair or a CRLF in two', () => {
    fc.assert(
      fc.property(anyDocument, ({ text, language }) => checkEditsKeepCharactersWhole(text, language)),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('lints incrementally (with the caches) exactly as from scratch', () => {
    fc.assert(
      fc.property(anyDocument, fc.array(edit, { minLength: 1, maxLength: 4 }), ({ text, language }, edits) => checkIncrementalEqualsFull(text, language, edits)),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
