// The server's main thread takes the built-in rule ids from the extension manifest (so it
// need not load the rules): the list must be exactly the rules' own.

import { strict as assert } from 'node:assert';
import { builtInRuleIds } from '../../rules/index.js';
import { builtInRuleIds as manifestRuleIds } from '../../server/rule-ids.js';

describe('rule ids on the server main thread', () => {
  it('equal the built-in rules, in any order', () => {
    assert.deepEqual([...manifestRuleIds].sort(), [...builtInRuleIds].sort());
  });
});
