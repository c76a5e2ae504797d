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
export { prepareTagger } from './engine/tagger.js';
export { applyEdits } from './engine/edits.js';
export { DocumentText } from './engine/text.js';
export { builtInRules, builtInRuleIds } from './catalog/index.js';

import { builtInRules } from './catalog/index.js';
import { explainSentence } from './catalog/claims/index.js';
import { parseDocument as parseForExplanation } from './engine/document.js';
import { splitSentences as sentencesForExplanation } from './engine/sentences.js';
import { resolveSettings as settingsForExplanation } from './engine/config.js';
import type { DocumentLanguage, Range } from './engine/types.js';
import { Linter } from './engine/linter.js';
import type { HealthLintConfig } from './engine/config.js';

/** A linter with every built-in rule and the given configuration. */
export function createLinter(config: HealthLintConfig = {}): Linter {
  return new Linter(builtInRules, config);
}

/** One sentence's claim analysis, in source offsets (`health-lint --explain`). */
export interface ClaimExplanation extends Range {
  flagged: boolean;
  /** The sentence as written, in prose (markup taken out). */
  sentence: string;
  why: string;
}

/**
 * The claim analysis of every sentence of a document, flagged by `unhedged-claim` or not: the
 * structure that found each claim, its subject and health concept, and the hedge, negation,
 * quotation, attribution or source that decided it, or what was looked for and not found.
 */
export function explainClaims(text: string, language: DocumentLanguage, config: HealthLintConfig = {}): ClaimExplanation[] {
  const settings = settingsForExplanation(config);
  const explanations: ClaimExplanation[] = [];
  for (const block of parseForExplanation(text, language).blocks) {
    for (const sentence of sentencesForExplanation(block.text)) {
      const { flagged, why } = explainSentence(block, sentence, settings);
      const range = block.sourceRange(sentence.start, sentence.end);
      explanations.push({ start: range.start, end: range.end, flagged, sentence: sentence.text.trim(), why });
    }
  }
  return explanations;
}
