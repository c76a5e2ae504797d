// A short run of random edit sequences through the real language server (the long run is
// `npm run fuzz -- --server`). Needs dist/server.js, which `npm test` builds first.

import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { fuzzServer, SERVER_PATH } from './server.js';

describe('language server under random edits (fast-check, over stdio)', function () {
  this.timeout(180_000);

  it('never crashes or stops answering, and every diagnostic and code action edit lies inside the document', async () => {
    assert.ok(existsSync(SERVER_PATH), `${SERVER_PATH} is missing: run npm run build`);
    const problems = await fuzzServer(Number(process.env.HEALTH_LINT_SERVER_FUZZ_CASES ?? 25), Number(process.env.HEALTH_LINT_PROPERTY_SEED ?? 20261122));
    assert.deepEqual(problems, []);
  });
});
