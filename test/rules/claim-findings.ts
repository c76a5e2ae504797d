// What the claims tests read of a lint: the findings of the two claim rules, and the text each
// flags. Shared by the tests of claim forms (sentences of our own).

import { createLinter, type Finding } from '../../rules/index.js';

const CLAIM_RULES = new Set(['unhedged-claim', 'disease-claim']);

/** The findings of unhedged-claim and disease-claim on a Markdown text. */
export function claimsIn(text: string): Finding[] {
  return createLinter()
    .lint(text, 'markdown')
    .findings.filter((finding) => CLAIM_RULES.has(finding.ruleId));
}

/** The distinct texts those findings flag, in order. */
export const flaggedText = (text: string): string[] => [...new Set(claimsIn(text).map((finding) => text.slice(finding.start, finding.end)))];
