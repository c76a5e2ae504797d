// Property-based tests of the engine on random documents (a short run; `npm run fuzz` runs
// many more cases of the same properties).

import fc from 'fast-check';
import { anyDocument } from '../fuzz/generators.js';
import { checkDocumentProperties, checkEditsKeepCharactersWhole, checkFixesIdempotent } from '../fuzz/properties.js';

const RUNS = Number(process.env.HEALTH_LINT_PROPERTY_RUNS ?? 50);
// A fixed seed keeps `npm test` repeatable; `npm run fuzz` explores with fresh seeds.
const SEED = Number(process.env.HEALTH_LINT_PROPERTY_SEED ?? 20261122);

describe('engine properties (fast-check)', () => {
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
});
