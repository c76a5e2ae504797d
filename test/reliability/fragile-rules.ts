// Two deliberately broken rules for containment tests. They are never registered in the
// product: the engine test passes them to `new Linter(...)`, and the server test bundles the
// real server with a registry that lists them (see fragile-server.ts).
//
// A block rule reports every FLAGME and throws when its block says BLOCKBOOM; a document rule
// reports the first FLAGDOC and throws when any block says DOCBOOM.

import type { BlockRule, DocumentRule } from '../../rules/engine/rule.js';

export const FRAGILE_BLOCK_RULE_ID = 'test-fragile-block';
export const FRAGILE_DOCUMENT_RULE_ID = 'test-fragile-document';
export const BLOCK_TRIGGER = 'BLOCKBOOM';
export const DOCUMENT_TRIGGER = 'DOCBOOM';

export const fragileBlockRule: BlockRule = {
  meta: { id: FRAGILE_BLOCK_RULE_ID, description: 'Test rule that throws on BLOCKBOOM.', defaultSeverity: 'warning', fixable: false, hasSuggestions: false },
  scope: 'block',
  check({ block }, context) {
    if (block.text.includes(BLOCK_TRIGGER)) throw new Error(`fragile block rule met ${BLOCK_TRIGGER}`);
    for (let at = block.text.indexOf('FLAGME'); at >= 0; at = block.text.indexOf('FLAGME', at + 1)) {
      context.report({ ...block.sourceRange(at, at + 6), message: 'FLAGME found.' });
    }
  },
};

interface DocumentFacts {
  /** Prose offset of the first FLAGDOC in the block, or -1. */
  flag: number;
  boom: boolean;
}

export const fragileDocumentRule: DocumentRule<DocumentFacts> = {
  meta: { id: FRAGILE_DOCUMENT_RULE_ID, description: 'Test rule that throws on DOCBOOM.', defaultSeverity: 'warning', fixable: false, hasSuggestions: false },
  scope: 'document',
  collect({ block }) {
    return { flag: block.text.indexOf('FLAGDOC'), boom: block.text.includes(DOCUMENT_TRIGGER) };
  },
  check(document, facts, context) {
    if (facts.some((fact) => fact?.boom)) throw new Error(`fragile document rule met ${DOCUMENT_TRIGGER}`);
    const index = facts.findIndex((fact) => fact !== undefined && fact.flag >= 0);
    if (index < 0) return;
    const at = facts[index]!.flag;
    context.report({ ...document.blocks[index].sourceRange(at, at + 7), message: 'FLAGDOC found.' });
  },
};
