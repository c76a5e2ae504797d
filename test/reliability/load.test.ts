// A short version of `npm run bench:load` (bench/load.mjs) through the real server: 20 open
// documents of ~2,000 words, 50 edits per second for two rounds of 3 seconds. Checks
// correctness only, never time: every request answered, no diagnostics for a text the server
// had already replaced (push) or differing from a fresh lint of the final text (pull), every
// range inside its text, and memory that does not keep growing from one round to the next.

import { strict as assert } from 'node:assert';
import { runLoad } from '../../bench/load.mjs';
import { ensureServerBuilt } from '../server/lsp-client.js';

const SHORT = { documents: 20, words: 2000, rate: 50, seconds: 3, rounds: 2 } as const;
const MB = 2 ** 20;

for (const mode of ['pull', 'push'] as const) {
  describe(`load: many documents edited continuously (${mode}, short run)`, function () {
    this.timeout(300_000);

    it('answers every request, reports nothing stale or out of range, and memory settles', async () => {
      ensureServerBuilt();
      const result = await runLoad({ ...SHORT, mode });
      assert.deepEqual(result.problems, []);
      assert.ok(result.edits >= 2 * SHORT.rate, 'edits were sent');
      assert.equal(result.answered, result.requests, 'every request answered');
      assert.equal(result.failedRequests, 0);
      if (mode === 'pull') {
        assert.equal(result.compared, SHORT.documents, 'every document compared with a fresh lint');
      } else {
        assert.ok(result.pushed.count > 0);
        assert.equal(result.pushed.stale, 0);
        assert.equal(result.pushed.older, 0);
        assert.equal(result.pushed.outside, 0);
      }
      // Coarse: the second round of the same work may not need much more memory than the first.
      const [first, second] = result.rounds.map((round) => round.rssBytes ?? 0);
      assert.ok(first > 0 && second > 0, 'memory was sampled');
      assert.ok(second < first * 1.5 + 100 * MB, `RSS after round 1: ${(first / MB).toFixed(0)} MB, after round 2: ${(second / MB).toFixed(0)} MB`);
    });
  });
}
