// Claim analysis shared by the rules that reason about health claims (unhedged-claim, and
// any rule that needs to know whether a sentence asserts, hedges, negates or only correlates
// an effect). Usage:
//   const lexicon = claimLexicon(settings.extraClaimVerbs, settings.extraHedges);
//   for (const claim of analyseSentence(sentence.text, sentence.start, lexicon)) ...
// Each claim carries prose offsets, its kind (verb, nominal, predicate) and its status
// ('asserted', 'hedged', 'negated', 'correlational', 'quoted') with the deciding cue.

export { analyseSentence, continuesList, type Claim, type ClaimStatus } from './analyse.js';
export { CAUSAL_ROLE_NOUNS } from './candidates/predicate.js';
export { claimLexicon, inflect, CueIndex, type ClaimLexicon, type CueEntry, type VerbFormInfo } from './lexicon.js';
export { rewordGroup, suggestionsFor } from './reword.js';
export { flaggedClaims, prepareVerdicts, sentenceVerdict, type SentenceVerdict } from './flagged.js';
export { explainClaim, explainSentence, type SentenceExplanation } from './explain.js';
