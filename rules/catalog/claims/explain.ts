// Why a sentence was or was not flagged, in one line: the thread through the stages of the
// claim analysis. For each claim, the structure that found it (a claim verb, an open verb on a
// health concept, a passive, ...), its subject and the health concept it changes, and what the
// context stage looked for: a hedge, a negation, a quotation, an attribution, a source, a
// correlational framing. `unhedged-claim` and `disease-claim` put the short form on their
// findings (the editor's hover shows it); `health-lint --explain FILE` prints the line for
// every sentence, flagged or not.

import type { LintSettings } from '../../engine/config.js';
import type { ProseBlock } from '../../engine/prose.js';
import { wordsOfSentence, type Sentence } from '../../engine/sentences.js';
import type { Claim } from './analyse.js';
import { sentenceVerdict } from './flagged.js';
import { claimLexicon } from './lexicon.js';

const SUBJECT_WORDS = 4;
const CLAUSE_BREAK = /[,;:()\u2013\u2014]/;

const COPULA = /^(?:is|are|was|were|be|been|becomes|remains)$/i;

/** The words before the claim in its clause, at most four, and before a copula ("Black seed oil is nature's answer"): what the claim is about. */
function subjectText(block: ProseBlock, sentence: Sentence, claim: Claim): string {
  const lead = block.text.slice(sentence.start, claim.groupStart);
  const clause = lead.split(CLAUSE_BREAK).pop() ?? '';
  const words = clause.trim().split(/\s+/).filter(Boolean);
  const copula = words.findIndex((word) => COPULA.test(word));
  return (copula > 0 ? words.slice(0, copula) : words).slice(-SUBJECT_WORDS).join(' ');
}

const SUBJECT_KINDS: Record<NonNullable<Claim['subject']>, string> = {
  product: 'a product or substance',
  reader: 'the reader, promised a result',
  imperative: 'an imperative that promises a result',
};

/** The short form: what the claim is and why nothing excused it. */
export function explainClaim(block: ProseBlock, sentence: Sentence, claim: Claim): string {
  const parts = [`${claim.structure} "${claim.trigger}"`];
  const subject = subjectText(block, sentence, claim);
  if (claim.basis) parts.push(claim.basis);
  else if (claim.subject === 'imperative') parts.push(SUBJECT_KINDS.imperative);
  else if (claim.structure === 'passive') parts.push('the product is the agent after "by" or "with"');
  else if (subject) parts.push(`subject "${subject}"${claim.subject ? ` (${SUBJECT_KINDS[claim.subject]})` : ''}`);
  else if (claim.subject) parts.push(`subject left out (${SUBJECT_KINDS[claim.subject]})`);
  if (claim.concept) parts.push(`health concept "${claim.concept.text}" (${claim.concept.category}${claim.concept.disease && claim.concept.category !== 'disease' ? ', a disease sign' : ''})`);
  return `${parts.join('; ')}; no hedge, negation, quotation, attribution, source or correlational framing found.`;
}

function describeUnflagged(block: ProseBlock, claim: Claim): string {
  const text = block.text.slice(claim.start, claim.end);
  switch (claim.status) {
    case 'hedged':
      return `"${text}" is hedged by "${claim.cue}"`;
    case 'negated':
      return `"${text}" is negated by "${claim.cue}"`;
    case 'correlational':
      return `"${text}" is framed as a correlation by "${claim.cue}"`;
    case 'quoted':
      return `"${text}" is inside quotation marks`;
    default:
      return `"${text}" is asserted`;
  }
}

export interface SentenceExplanation {
  /** The sentence in the block's prose. */
  start: number;
  end: number;
  flagged: boolean;
  /** One line: each claim and what decided it, or why there is none. */
  why: string;
}

/** The claim analysis of one sentence, flagged or not. */
export function explainSentence(block: ProseBlock, sentence: Sentence, settings: LintSettings): SentenceExplanation {
  const verdict = sentenceVerdict(block, sentence, settings);
  const parts: string[] = [];
  if (verdict.skipped) parts.push(verdict.skipped);
  for (const claim of verdict.flagged) parts.push(`FLAGGED "${block.text.slice(claim.start, claim.end)}": ${explainClaim(block, sentence, claim)}`);
  for (const { claim, reason } of verdict.dropped) parts.push(`"${block.text.slice(claim.start, claim.end)}" is asserted but ${reason}`);
  for (const claim of verdict.claims) {
    if (claim.status !== 'asserted') parts.push(describeUnflagged(block, claim));
    else if (verdict.skipped) parts.push(`"${block.text.slice(claim.start, claim.end)}" is asserted`);
  }
  if (parts.length === 0) {
    const lexicon = claimLexicon(settings.extraClaimVerbs, settings.extraHedges, settings.extraHealthConcepts);
    const words = wordsOfSentence(sentence);
    const concepts = lexicon.concepts.conceptsIn(words).map((concept) => `"${block.text.slice(concept.start, concept.end)}" (${concept.category})`);
    parts.push(concepts.length > 0 ? `no claim: health concepts ${concepts.join(', ')}, but no structure that says something changes them` : 'no claim: no claim word and no health concept');
  }
  return { start: sentence.start, end: sentence.end, flagged: verdict.flagged.length > 0, why: parts.join(' | ') };
}
