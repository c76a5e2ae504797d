// The server's main thread takes the built-in rule ids, descriptions and default severities
// from the extension manifest (so it need not load the rules): they must be exactly the rules' own.

import { strict as assert } from 'node:assert';
import { builtInRuleIds, builtInRules } from '../../rules/index.js';
import { builtInReportRules, builtInRuleIds as manifestRuleIds } from '../../server/rule-ids.js';

describe('rule ids on the server main thread', () => {
  it('equal the built-in rules, in any order', () => {
    assert.deepEqual([...manifestRuleIds].sort(), [...builtInRuleIds].sort());
  });

  it('report the rules with their own descriptions and default severities, in registry order', () => {
    const fromRules = builtInRules.map((rule) => ({ id: rule.meta.id, description: rule.meta.description, defaultSeverity: rule.meta.defaultSeverity }));
    const byId = new Map(builtInReportRules.map((rule) => [rule.id, rule]));
    assert.deepEqual(fromRules.map((rule) => byId.get(rule.id)), fromRules);
  });
});
