// PLACEHOLDER: being written now; replaced before the first commit that claims this rule.
import type { BlockRule } from '../engine/rule.js';

export const anecdotalEvidence: BlockRule = {
  meta: { id: 'anecdotal-evidence', description: 'placeholder', defaultSeverity: 'warning', fixable: false, hasSuggestions: false },
  scope: 'block',
  check() {},
};
