// Public face of the rule engine. The server, the CLI and tests import from here only.

export * from './engine/types.js';
export { Linter, reasonNotToLint, type LintResult, type BlockCache, type RuleFailure } from './engine/linter.js';
export { parseDocument, languageOfPath, languageOfId, computeLineStarts, lineOfOffset, type LintDocument } from './engine/document.js';
export {
  parseConfigText,
  validateConfig,
  resolveSettings,
  DEFAULT_PROVIDER_ADVICE,
  DEFAULT_DISCLOSURE,
  DEFAULT_MAX_FILE_SIZE,
  SEVERITY_SETTINGS,
  type HealthLintConfig,
  type LintSettings,
  type ConfigProblem,
} from './engine/config.js';
export { docsUrl, DOCS_BASE_URL, type Rule, type RuleMeta } from './engine/rule.js';
export { ProseBlock, SKIPPED } from './engine/prose.js';
export { splitSentences, splitWords } from './engine/sentences.js';
export { applyEdits } from './engine/edits.js';
export { builtInRules, builtInRuleIds } from './catalog/index.js';

import { builtInRules } from './catalog/index.js';
import { Linter } from './engine/linter.js';
import type { HealthLintConfig } from './engine/config.js';

/** A linter with every built-in rule and the given configuration. */
export function createLinter(config: HealthLintConfig = {}): Linter {
  return new Linter(builtInRules, config);
}
