// What a rule is. One rule per file in rules/catalog/, its metadata beside its check.
//
// A block rule looks at one prose block at a time; its findings depend only on that block,
// so the engine can cache them by the block's text. A document rule collects small facts
// per block (also cacheable) and then decides once for the whole document.

import type { LintDocument } from './document.js';
import type { ProseBlock } from './prose.js';
import type { Sentence } from './sentences.js';
import type { DocumentLanguage, FindingInput, SeveritySetting } from './types.js';
import type { LintSettings } from './config.js';

export interface RuleMeta {
  id: string;
  /** One line, shown by `--list-rules` and in SARIF. */
  description: string;
  defaultSeverity: SeveritySetting;
  /** Offers safe fixes that "fix all" may apply. */
  fixable: boolean;
  /** Offers suggestions a person must choose. */
  hasSuggestions: boolean;
}

export interface RuleContext {
  readonly language: DocumentLanguage;
  readonly settings: LintSettings;
  report(finding: FindingInput): void;
}

export interface BlockInput {
  readonly block: ProseBlock;
  readonly sentences: readonly Sentence[];
}

export interface BlockRule {
  readonly meta: RuleMeta;
  readonly scope: 'block';
  check(input: BlockInput, context: RuleContext): void;
}

export interface DocumentRule<Facts = unknown> {
  readonly meta: RuleMeta;
  readonly scope: 'document';
  /** Facts about one block; must depend on nothing but the block and the settings. */
  collect(input: BlockInput, settings: LintSettings): Facts | undefined;
  check(document: LintDocument, facts: ReadonlyArray<Facts | undefined>, context: RuleContext): void;
}

export type Rule = BlockRule | DocumentRule<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Where a rule's documentation lives. Kept in one place so every surface links the same page. */
export const DOCS_BASE_URL = 'https://github.com/health-lint/health-lint/blob/main/docs/rules/';

export function docsUrl(ruleId: string, base = DOCS_BASE_URL): string {
  return `${base}${ruleId}.md`;
}
