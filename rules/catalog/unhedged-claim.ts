// unhedged-claim: a sentence that asserts, with no hedge, that a substance, product or
// practice causes a health effect ("kratom relieves pain", "can effectively alleviate",
// "thereby providing relief"). Health claims need evidence; a writer who has no strong
// evidence should qualify the claim ("may help relieve") or attribute it to its source.
// The claim analysis (causal verbs, effect nouns, hedge and negation scope, correlational
// framing) lives in ./claims/ so that other rules can reuse it, and so does the rewording
// this rule suggests (./claims/reword.ts).

import type { SentenceRule } from '../engine/rule.js';
import { explainClaim, flaggedClaims, prepareVerdicts, suggestionsFor, type Claim } from './claims/index.js';

export const unhedgedClaim: SentenceRule = {
  meta: {
    id: 'unhedged-claim',
    description: 'Flags sentences that assert, without a hedge, that a substance, product or practice causes a health effect.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  scope: 'sentence',
  // The claim analysis's parts of speech, made in one pass per batch of the lint's sentences.
  prepare: prepareVerdicts,
  check({ block, sentences }, context) {
    for (const sentence of sentences) {
      for (const claim of flaggedClaims(block, sentence, context.settings)) {
        const range = block.sourceRange(claim.start, claim.end);
        context.report({
          start: range.start,
          end: range.end,
          message: messageFor(block.text.slice(claim.start, claim.end), claim),
          suggestions: suggestionsFor(block, sentence, claim),
          explanation: explainClaim(block, sentence, claim),
        });
      }
    }
  },
};

function messageFor(flagged: string, claim: Claim): string {
  const plain = flagged.replace(/\uFFFC/g, '\u2026'); // skipped code or URL
  const quoted = plain.length > 60 ? `${plain.slice(0, 57).trimEnd()}...` : plain;
  const strength = claim.strengtheners.length > 0 ? ` ("${claim.strengtheners.join('", "')}" make${claim.strengtheners.length === 1 ? 's' : ''} it stronger, not weaker)` : '';
  return `"${quoted}" states a health effect as fact${strength}. Unless strong evidence backs it, hedge the claim ("may help") or attribute it to its source, so readers do not take it as proven.`;
}
