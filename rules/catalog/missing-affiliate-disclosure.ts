// missing-affiliate-disclosure: a page with commercial links (affiliate, tracking or sales
// links, as `commercial-link` sees them) and no disclosure of the commercial relationship at
// the top or near the links. The FTC Endorsement Guides (16 CFR Part 255, §255.5) require a
// clear and conspicuous disclosure of a material connection, and "Disclosures 101" asks for
// it where readers will see it before they click, in plain words ("we earn a commission").
//
// The fix is a suggestion, not a safe fix: a disclosure states a fact about the writer's
// business (that they are paid) which only they can confirm, and the right answer may be to
// remove the links instead. "Fix all" must never publish a legal statement on its own.

import type { DocumentRule } from '../engine/rule.js';
import { commercialLinksIn, disclosesCommercialRelationship } from './links/commercial.js';
import { prependParagraph } from './links/document-edits.js';

/** Per-block facts: which of the block's links are commercial (indices into block.links), and whether it discloses. */
export interface DisclosureFacts {
  commercialLinks: { index: number; labels: string[] }[];
  discloses: boolean;
}

/** Blocks at the start of a document that count as "the top". */
const TOP_BLOCKS = 3;
/** How many blocks away from a link a disclosure still counts as near it. */
const NEAR_BLOCKS = 1;

export const missingAffiliateDisclosure: DocumentRule<DisclosureFacts> = {
  meta: {
    id: 'missing-affiliate-disclosure',
    description: 'Commercial links without a disclosure of the commercial relationship at the top or near them.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  scope: 'document',
  collect({ block, sentences }, settings) {
    const commercialLinks = commercialLinksIn(block, settings).map((found) => ({ index: found.index, labels: found.reasons.map((reason) => reason.label) }));
    const discloses = disclosesCommercialRelationship(block, sentences, settings);
    return commercialLinks.length === 0 && !discloses ? undefined : { commercialLinks, discloses };
  },
  check(document, facts, context) {
    const firstLinkBlock = facts.findIndex((fact) => (fact?.commercialLinks.length ?? 0) > 0);
    if (firstLinkBlock < 0) return;
    // A disclosure at the top (the first blocks, or anywhere up to the first link) covers the page.
    const topEnd = Math.max(firstLinkBlock, TOP_BLOCKS - 1);
    for (let i = 0; i <= topEnd && i < facts.length; i++) if (facts[i]?.discloses) return;
    for (let i = firstLinkBlock; i < facts.length; i++) {
      const fact = facts[i];
      if (!fact || fact.commercialLinks.length === 0) continue;
      let near = false;
      for (let j = Math.max(0, i - NEAR_BLOCKS); j <= Math.min(facts.length - 1, i + NEAR_BLOCKS); j++) near ||= facts[j]?.discloses ?? false;
      if (near) continue;
      const first = fact.commercialLinks[0];
      const link = document.blocks[i].links[first.index];
      if (!link) continue;
      context.report({
        start: link.range.start,
        end: link.range.end,
        message: `This page has commercial links (${first.labels.join(', ')}) but no disclosure of the commercial relationship at the top or near them. The FTC Endorsement Guides (16 CFR Part 255) require readers to be told, before they click, that the writer may be paid.`,
        suggestions: [{ title: 'Insert a disclosure at the top of the document', edits: [prependParagraph(document, context.settings.disclosureText)] }],
      });
      return;
    }
  },
};
