// PLACEHOLDER: being written now; replaced before the first commit that claims this rule.
import type { BlockRule } from '../engine/rule.js';

export const missingAffiliateDisclosure: BlockRule = {
  meta: { id: 'missing-affiliate-disclosure', description: 'placeholder', defaultSeverity: 'warning', fixable: false, hasSuggestions: false },
  scope: 'block',
  check() {},
};
