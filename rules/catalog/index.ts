// The rule registry: every built-in rule, in the order `--list-rules` prints them.
// Add a rule by creating its file beside this one and listing it here.

import type { Rule } from '../engine/rule.js';
import { unhedgedClaim } from './unhedged-claim.js';
import { missingProviderAdvice } from './missing-provider-advice.js';
import { commercialLink } from './commercial-link.js';

export const builtInRules: readonly Rule[] = [
  unhedgedClaim,
  missingProviderAdvice,
  commercialLink,
];

export const builtInRuleIds: ReadonlySet<string> = new Set(builtInRules.map((rule) => rule.meta.id));
