// What a rule is. One rule per file in rules/catalog/, its metadata beside its check.
//
// A block rule looks at one prose block at a time; its findings depend only on that block,
// so the engine can cache them by the block's text. A sentence rule's findings in a sentence
// depend only on that sentence, the one before and the one after, and a small block context
// it declares: the engine caches them by sentence, so an edit in a long paragraph re-runs it
// on the sentences around the edit only. A document rule collects small facts per block (also
// cacheable) and then decides once for the whole document.

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

/**
 * What a sentence rule checks: `sentences` (every sentence of the block, or one), in `block`,
 * which for one sentence is only the part of the real block from the sentence before it
 * (`previous`) to the sentence after it (`next`), with the links that overlap it and its share
 * of the block's quotation spans. Offsets are prose offsets of `block`, as for a block rule.
 */
export interface SentenceInput<BlockContext = unknown> extends BlockInput {
  /** The sentence before the first one checked, or after the last: to read, never to report on. */
  readonly previous?: Sentence;
  readonly next?: Sentence;
  /** What `blockContext` says about the whole block (worked out on first call when the block is checked whole). */
  readonly blockContext: () => BlockContext;
}

/**
 * Work that rules' checks share and that costs less done for many sentences at once than one
 * by one (the claim analysis tags, in one pass, the sentences that will need parts of speech).
 * The engine calls it for a batch of blocks at a time (a few hundred sentences), before any rule
 * checks them, with the sentences it is about to check in them, by block (those whose results
 * are cached are left out), and calls what each call returned once the lint has checked all its
 * blocks. Rules that name the same function share one call per batch. It only saves time: the
 * findings must be the same without it.
 */
export type SentencePreparation = (blocks: readonly BlockInput[], settings: LintSettings) => (() => void) | void;

export interface SentenceRule<BlockContext = unknown> {
  readonly meta: RuleMeta;
  readonly scope: 'sentence';
  readonly prepare?: SentencePreparation;
  /**
   * All the check needs from the block beyond its sentences and their neighbours (e.g. "the
   * paragraph sells something"), as plain JSON: the engine reuses a sentence's findings only
   * while it is the same. It runs on every edit of the block, so it must be cheap.
   */
  blockContext?(input: BlockInput, settings: LintSettings): BlockContext;
  /** Reports findings inside `input.sentences` only. */
  check(input: SentenceInput<BlockContext>, context: RuleContext): void;
}

export interface DocumentRule<Facts = unknown, SentenceFacts = unknown> {
  readonly meta: RuleMeta;
  readonly scope: 'document';
  readonly prepare?: SentencePreparation;
  /**
   * Facts about one sentence (`input.sentences` holds it; `input.block` may be only its window,
   * as for a sentence rule), cached by sentence in long blocks so that an edit does not make the
   * rule read the whole paragraph again. When given, `collect` receives them in order.
   */
  collectSentence?(input: SentenceInput<undefined>, settings: LintSettings): SentenceFacts;
  /** Facts about one block; must depend on nothing but the block and the settings. */
  collect(input: BlockInput & { readonly sentenceFacts?: readonly SentenceFacts[] }, settings: LintSettings): Facts | undefined;
  check(document: LintDocument, facts: ReadonlyArray<Facts | undefined>, context: RuleContext): void;
}

export type Rule = BlockRule | SentenceRule<any> | DocumentRule<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Where a rule's documentation lives. Kept in one place so every surface links the same page. */
export const DOCS_BASE_URL = 'https://github.com/health-lint/health-lint/blob/main/docs/rules/';

export function docsUrl(ruleId: string, base = DOCS_BASE_URL): string {
  return `${base}${ruleId}.md`;
}
