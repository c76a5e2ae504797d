// PLACEHOLDER: being written now; replaced before the first commit that claims this rule.
import type { BlockRule } from '../engine/rule.js';

export const missingSupplementDisclaimer: BlockRule = {
  meta: { id: 'missing-supplement-disclaimer', description: 'placeholder', defaultSeverity: 'warning', fixable: false, hasSuggestions: false },
  scope: 'block',
  check() {},
};
