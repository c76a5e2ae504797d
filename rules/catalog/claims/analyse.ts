// Claim analysis of one sentence: finds statements that something causes a health effect
// and decides, for each, whether the writer asserts it or not.
//
// A claim is a causal verb ("relieves", "can alleviate", "led to"), an effect noun carried
// by a support verb ("providing relief", "offers potent analgesic effects") or an efficacy
// predicate ("is effective for"). Whether it is asserted depends on its context:
// - hedges (Hyland's modal and epistemic hedges, attribution, reported uncertainty) scope
//   over the claims after them in the sentence, but not across a contrast ("but",
//   "however", ";") nor out of a subordinate clause that a comma has closed;
// - negation close before the verb ("does not cure", "failed to reduce") denies it;
// - correlational framing ("is associated with") states no cause; a correlational word inside
//   the claim's object ("reduced the odds of relapse") is what the cause acts on, not a framing;
// - an infinitive after a verb of purpose ("used to treat", "aims to reduce") asserts nothing,
//   after a factive verb ("shown to reduce", "known to relieve") it does;
// - a result the research reports ("the trial showed a reduction in pain with X"), an effect observed
//   with a treatment or sized as fact ("the effect of X on Y was small") takes the effect for granted;
// - objects that are no health effect (mechanisms, study properties, discourse) are left to the rule;
// - words in quotation marks are mentioned, not used.
// The claim-verb lexicon's families decide parts of speech with heuristics over function words
// ("aspirin reduced pain" against "with reduced pain"). The structural family (an open verb side
// over the health-concept vocabulary: "Chaga tames inflammation") reads the tagger's parts of
// speech and lemmas, asked only for sentences that hold a concept with room for a structure.
//
// The stages, one file each, run in this order for a sentence:
// - words.ts: tokens (words with the punctuation before them) and the closed word classes
//   every stage reads (determiners, prepositions, be/have, auxiliaries, adverbs);
// - scopes.ts: the cues (hedges, negators, boosters, correlational framing), quotation, and
//   how far each hedge reaches;
// - candidates/: candidate claims, one file per family (verb.ts, nominal.ts, predicate.ts,
//   effect-result.ts, causative-make.ts); triggers.ts maps the words that can start a claim
//   to the families that look for one there; structural.ts runs the structural families
//   over structure-core.ts (its header lists them: causes and means, consumer forms with no
//   causal verb, science news), with anaphora.ts giving a pronoun object the concept it
//   stands for; answered-question.ts reads an answer with the question before it
//   ("Brain fog? Sorted."); offered-way.ts ("the natural way to calmer nerves"),
//   caused-state.ts ("will have your knees moving freely again") and resultative.ts ("turns dry,
//   flaky skin into a smooth glow") need no tags and run here;
// - decide.ts: each candidate's extent and status (asserted, hedged, negated, correlational, quoted).
// The rewording of an asserted claim (rule suggestions) is in reword.ts.

import type { Sentence, Word } from '../../engine/sentences.js';
import { WordSet } from '../../engine/phrases.js';
import { tagAhead, tagWords, type SentenceToTag, type TaggedWord } from '../../engine/tagger.js';
import { candidatesOf, firstTriggerOf, triggerTable } from './candidates/triggers.js';
import { answeredQuestionCandidate, mayAnswerQuestion } from './candidates/answered-question.js';
import { deniedRival } from './candidates/rival.js';
import { practiceSubjectBefore } from './candidates/suitability.js';
import { medicineComparisonCandidate } from './candidates/remedies.js';
import { mayHoldStructuralClaim, structuralCandidates } from './candidates/structural.js';
import { mayHoldTreatedGroupResult, treatedGroupCandidates } from './candidates/treated-group.js';
import { headlinePassiveCandidates, mayHoldHeadlinePassive } from './candidates/headline-passive.js';
import { blamedCauseCandidates, mayHoldBlamedCause } from './candidates/blamed-cause.js';
import { mayHoldRestoredFunction, restoredFunctionCandidates } from './candidates/restored-function.js';
import { entailedResultCandidates, mayHoldEntailedResult } from './candidates/entailed-result.js';
import { headlineResultCandidate, mayHoldHeadlineResult } from './candidates/headline-result.js';
import { anaphoricMentions, mayHoldAnaphoricObject } from './candidates/anaphora.js';
import { OFFERED_WAY_TRIGGERS, mayHoldOfferedWay, offeredWayCandidates } from './candidates/offered-way.js';
import { CAUSED_STATE_TRIGGERS, causedStateCandidates, mayHoldCausedState } from './candidates/caused-state.js';
import { RESULTATIVE_TRIGGERS, mayHoldResultative, resultativeCandidates } from './candidates/resultative.js';
import { compoundEffectCandidates, mayHoldCompoundEffect } from './candidates/compound-effect.js';
import { mayHoldVerblessPromise, verblessPromiseCandidate } from './candidates/verbless-promise.js';
import type { ConceptMention } from './candidates/structure-core.js';
import { decide } from './decide.js';
import type { ConceptMatch } from './concepts.js';
import type { ClaimLexicon, VerbFormInfo } from './lexicon.js';
import { NO_SCOPES, cuesOf, hedgeScopes } from './scopes.js';
import { tokenize, tokensOfWords, type Token } from './words.js';

export type ClaimStatus = 'asserted' | 'hedged' | 'negated' | 'correlational' | 'quoted';

export interface Claim {
  kind: 'verb' | 'nominal' | 'predicate';
  status: ClaimStatus;
  /** The claim as flagged: verb group through its object (prose offsets). */
  start: number;
  end: number;
  /** The verb group a rewording replaces: modal, adverbs and the verb (prose offsets). */
  groupStart: number;
  groupEnd: number;
  /** The causal verb, noun or adjective itself, as written. */
  trigger: string;
  /** Base form of the verb carrying the claim ("relieve", "provide", "be"). */
  lemma: string;
  /** The verb as listed in the lexicon ("lead to"). */
  phrase: string;
  form: VerbFormInfo['form'] | 'predicate';
  verbKind: VerbFormInfo['kind'] | 'predicate' | 'observed';
  /** Boosters and ability modals inside the verb group ("can", "effectively"). */
  strengtheners: string[];
  /** The cue that hedges, negates or makes the claim correlational, when there is one. */
  cue?: string;
  /** Index of the claim's first word in the sentence. */
  firstWord: number;
  /** Which structure found the claim ("claim verb", "open verb", "passive", "remedy noun", ...). */
  structure: string;
  /** What the structure found the subject to be: a product or substance, the reader promised a result, an imperative. */
  subject?: 'product' | 'reader' | 'imperative';
  /** The health concept the claim changes, when the vocabulary names one in it. */
  concept?: { text: string; category: string; disease: boolean };
  /** Why the structure is a claim where it may also describe a condition's course (a change of state). */
  basis?: string;
  /** Its subject is a practice named by a gerund ("Walking is good for your heart"): no product's claim (flagged.ts). */
  practice?: boolean;
}

/**
 * The sentence's tags, or undefined when the tagger cannot run here (its model failed to load):
 * the lexicon's claims are still found, and the failure is reported once, not per sentence.
 */
function tagsOf(text: string, offset: number, tokens: readonly Token[]): readonly TaggedWord[] | undefined {
  if (taggerFailure) return undefined;
  try {
    return tagWords(text, offset, tokens);
  } catch (error) {
    reportTaggerFailure(error);
    return undefined;
  }
}
let taggerFailure: Error | undefined;

function reportTaggerFailure(error: unknown): void {
  taggerFailure = error instanceof Error ? error : new Error(String(error));
  console.error(`health-lint: the part-of-speech tagger could not run, so claims found by structure are left out: ${taggerFailure.message}`);
}

/**
 * Whether `analyseSentence` may ask for the sentence's tags: a superset of the sentences it asks
 * about, which also leaves out the concepts inside a claim of the lexicon (finding those claims
 * is most of the analysis).
 */
export function mayNeedTags(words: readonly Word[], lexicon: ClaimLexicon): boolean {
  return structuralAnalysis && (conceptsOf(words, lexicon).mayHoldStructure || mayHoldAnaphoricObject(words));
}

/**
 * The health concepts of a sentence's words, and whether they leave room for a structural claim:
 * worked out once when the engine's preparation asks (`mayNeedTags`) and the analysis of the
 * same words array asks again (the rules' sentences share their words, `wordsOfSentence`).
 */
function conceptsOf(words: readonly Word[], lexicon: ClaimLexicon): { concepts: ConceptMatch[]; mayHoldStructure: boolean } {
  const known = conceptsOfWords.get(words);
  if (known?.lexicon === lexicon) return known;
  const concepts = lexicon.concepts.conceptsOfSentence(words);
  const found = { lexicon, concepts, mayHoldStructure: mayHoldStructuralClaim(words, concepts, lexicon) };
  conceptsOfWords.set(words, found);
  return found;
}
const conceptsOfWords = new WeakMap<readonly Word[], { lexicon: ClaimLexicon; concepts: ConceptMatch[]; mayHoldStructure: boolean }>();

/**
 * Tags the sentences in one pass for the lint under way (`tagAhead`), and returns what releases
 * their tags; nothing when the tagger cannot run (reported once, as in `tagsOf`).
 */
export function tagSentencesAhead(sentences: readonly SentenceToTag[]): (() => void) | undefined {
  if (taggerFailure || sentences.length === 0) return undefined;
  try {
    return tagAhead(sentences);
  } catch (error) {
    reportTaggerFailure(error);
    return undefined;
  }
}

let structuralAnalysis = true;
/** Whether claims found by structure are looked for (on by default; `bench/engine-bench.ts` turns it off to measure the linter without the tagger). */
export function setStructuralAnalysis(enabled: boolean): void {
  structuralAnalysis = enabled;
}

const NO_MENTIONS: readonly ConceptMention[] = [];

/** The words that can open offered-way.ts's, caused-state.ts's and resultative.ts's structures, looked up by vocabulary id (made on first use). */
let consumerFormTriggers: WordSet | undefined;

/** How far after its group a candidate's object reaches (as `decide` reads it). */
const OBJECT_REACH = 7;

/** Words between two coordinated complements of one verb: commas, "and", "or", "nor". */
const LIST_GAP = /^(?:\s*,\s*|\s+|\s*,?\s*(?:and|or|nor)\s+)$/i;

/** The text between two complements of one verb is a list's: it ends in a comma or a conjunction, with no clause break or contrast. */
export function continuesList(between: string): boolean {
  const lastGap = /(?:[\s,]|\b(?:and|or|nor)\b)*$/i.exec(between)?.[0] ?? '';
  return LIST_GAP.test(lastGap) && !/[;:.!?]|\b(?:but|however|yet|while|whereas)\b/i.test(between);
}

/**
 * Negation reaches across a list of complements of one negated verb: "does not result in living
 * longer, slowing decline, or lowering the risk": each -ing complement after the negated one is
 * denied too.
 */
function negateCoordinated(claim: Claim, previous: Claim | undefined, tokens: readonly Token[], text: string, offset: number): void {
  if (claim.status !== 'asserted' || previous?.status !== 'negated' || claim.form !== 'ing') return;
  if (!continuesList(text.slice(previous.end - offset, claim.start - offset))) return;
  // The complement has no subject of its own: the word before it is the list's comma or conjunction.
  const first = tokens[claim.firstWord];
  if (!first || !(/,/.test(first.gap) || /^(?:and|or|nor)$/.test(tokens[claim.firstWord - 1]?.norm ?? ''))) return;
  claim.status = 'negated';
  claim.cue = previous.cue;
}

/**
 * Analyses one sentence. `offset` is the sentence's start in the block's prose. `words`, when
 * given, are the sentence's words as the engine split them (`wordsOfSentence`), offsets in the
 * same prose; they spare a second split. `previousWords` gives the words of the sentence before
 * (read only where a change of state names no cause of its own: a testimony before it may);
 * `previousSentence` gives that sentence itself (read only where the sentence may answer a question).
 */
export function analyseSentence(text: string, offset: number, lexicon: ClaimLexicon, words?: readonly Word[], previousWords?: () => readonly Word[], previousSentence?: () => Sentence | undefined): Claim[] {
  // Most sentences hold no word that can start a claim and no health concept: look-ups per word, and no further analysis.
  const table = triggerTable(lexicon);
  const triggers = table.words;
  // The engine's words and the tokens made from them carry the same words and ids: the checks run on the words, before any token is made.
  const sentenceWords = words ?? tokenize(text, offset);
  const from = firstTriggerOf(triggers, sentenceWords);
  const { concepts, mayHoldStructure } = conceptsOf(sentenceWords, lexicon);
  // A pronoun object standing for a concept named before it ("Cracked heels? Our cream softens them") is a mention of it for the structures.
  const anaphoric = structuralAnalysis && mayHoldAnaphoricObject(sentenceWords) ? anaphoricMentions(sentenceWords, concepts, () => (previousWords ? lexicon.concepts.conceptsOfSentence(previousWords()) : [])) : NO_MENTIONS;
  const structural = structuralAnalysis && (mayHoldStructure || (anaphoric.length > 0 && mayHoldStructuralClaim(sentenceWords, anaphoric, lexicon)));
  const comparison = medicineComparisonCandidate(sentenceWords as readonly Token[], lexicon);
  // "Brain fog? Sorted.": the answer's first word is checked before the sentence before is read.
  const answer = previousSentence !== undefined && previousWords !== undefined && mayAnswerQuestion(sentenceWords);
  // The families of news and research reporting (a treated group's result, a headline passive, a
  // blamed cause, a restored function, a result entailed by "mean", a verbless headline result): a look-up per word each.
  const treatedGroup = mayHoldTreatedGroupResult(sentenceWords, lexicon);
  const headlinePassive = mayHoldHeadlinePassive(sentenceWords, lexicon);
  const blamedCause = concepts.length > 0 && mayHoldBlamedCause(sentenceWords);
  const restoredFunction = mayHoldRestoredFunction(sentenceWords);
  const entailedResult = concepts.length > 0 && mayHoldEntailedResult(sentenceWords);
  const headlineResult = concepts.length > 0 && mayHoldHeadlineResult(sentenceWords);
  // Three consumer forms read from the words alone, no tags; one look-up per word first finds whether any may be here.
  const consumerForm = (consumerFormTriggers ??= new WordSet([...OFFERED_WAY_TRIGGERS, ...CAUSED_STATE_TRIGGERS, ...RESULTATIVE_TRIGGERS])).hasAny(sentenceWords);
  // A way or an answer offered ("the natural way to calmer nerves").
  const offeredWay = consumerForm && mayHoldOfferedWay(sentenceWords, concepts);
  // A product said to put the reader or the reader's body back in order ("will have your knees moving freely again").
  const causedState = consumerForm && mayHoldCausedState(sentenceWords, concepts);
  // A symptom turned into a better state ("turns dry, flaky skin into a smooth glow", "took my hay fever from miserable to manageable").
  const resultative = consumerForm && mayHoldResultative(sentenceWords, concepts);
  // "gut-healing bone broth": a claim inside one hyphenated word, which the vocabulary does not match whole.
  const compoundEffect = mayHoldCompoundEffect(sentenceWords, lexicon);
  // "Hay fever season, sorted.", "One sachet, zero bloating.": a promise in a comma, no verb to tag.
  const verblessPromise = mayHoldVerblessPromise(sentenceWords, concepts);
  if (from < 0 && !structural && !comparison && !answer && !treatedGroup && !headlinePassive && !blamedCause && !restoredFunction && !entailedResult && !headlineResult && !offeredWay && !causedState && !resultative && !compoundEffect && !verblessPromise) return [];
  const tokens = words ? tokensOfWords(text, offset, words) : (sentenceWords as Token[]);
  const cues = cuesOf(tokens, lexicon, text, offset);
  const scopes = cues.anyHedge ? hedgeScopes(tokens, cues) : NO_SCOPES;
  const candidates = from < 0 ? [] : candidatesOf(tokens, from, lexicon, table);
  let sentenceTags: readonly TaggedWord[] | undefined;
  // The tagger runs only on sentences with a health concept that has room for a structure and
  // that no claim of the lexicon's already holds in its object (it would be the same claim).
  const mentions: readonly ConceptMention[] = anaphoric.length > 0 ? [...concepts, ...anaphoric].sort((a, b) => a.firstWord - b.firstWord) : concepts;
  if (structural) {
    const open = mentions.filter((concept) => !candidates.some((candidate) => candidate.groupFirst <= concept.firstWord && concept.firstWord <= candidate.objectFrom + OBJECT_REACH));
    const tags = mayHoldStructuralClaim(sentenceWords, open, lexicon) ? tagsOf(text, offset, tokens) : undefined;
    sentenceTags = tags;
    if (tags) candidates.push(...structuralCandidates({ text, offset, tokens, tags, concepts: mentions, lexicon, previousWords }, open));
  }
  if (comparison) candidates.push(medicineComparisonCandidate(tokens, lexicon)!);
  if (answer) {
    const answered = answeredQuestionCandidate(tokens, previousSentence(), previousWords(), lexicon);
    if (answered) candidates.push(answered);
  }
  if (treatedGroup) candidates.push(...treatedGroupCandidates(tokens, concepts, lexicon));
  if (headlinePassive) candidates.push(...headlinePassiveCandidates(tokens, lexicon, concepts));
  if (blamedCause) candidates.push(...blamedCauseCandidates(tokens, concepts));
  if (restoredFunction) candidates.push(...restoredFunctionCandidates(tokens, concepts));
  if (entailedResult) candidates.push(...entailedResultCandidates(tokens, concepts));
  const headline = headlineResult ? headlineResultCandidate(tokens, concepts) : undefined;
  if (headline) candidates.push(headline);
  if (offeredWay) candidates.push(...offeredWayCandidates(tokens, concepts));
  if (causedState) candidates.push(...causedStateCandidates(tokens, concepts));
  if (resultative) candidates.push(...resultativeCandidates(tokens, concepts));
  if (compoundEffect) candidates.push(...compoundEffectCandidates(tokens, lexicon));
  const verbless = verblessPromise ? verblessPromiseCandidate(tokens, concepts) : undefined;
  if (verbless) candidates.push(verbless);
  if (candidates.length > 1) candidates.sort((a, b) => a.groupFirst - b.groupFirst || b.groupEnd - a.groupEnd);
  const claims: Claim[] = [];
  let coveredUntil = 0;
  for (const candidate of candidates) {
    if (candidate.groupFirst < coveredUntil) continue;
    const claim = decide(tokens, candidate, cues, scopes, text, offset, mentions);
    if (candidate.concept && !claim.concept) claim.concept = candidate.concept;
    if (candidate.practice) claim.practice = true;
    // "Nothing calms it faster than our drops": the denied subject is every rival of the product.
    if (claim.status === 'negated' && (claim.cue === 'nothing' || claim.cue === 'no') && deniedRival(tokens, candidate.groupFirst)) {
      claim.status = 'asserted';
      claim.cue = undefined;
      claim.basis = 'nothing else is said to do it as well: the product is said to do it best';
    }
    // "Walking is good for your heart": a practice, which careful writing states plainly (suitability.ts).
    if (claim.status === 'asserted' && claim.kind === 'predicate' && claim.trigger.toLowerCase() === 'good' && structuralAnalysis) {
      sentenceTags ??= tagsOf(text, offset, tokens);
      if (sentenceTags && practiceSubjectBefore(tokens, sentenceTags, candidate.groupFirst)) claim.practice = true;
    }
    negateCoordinated(claim, claims[claims.length - 1], tokens, text, offset);
    claims.push(claim);
    // Later candidates inside this claim's phrase are part of it ("helps relieve", "reduce pain and swelling").
    const afterClaim = tokens.findIndex((token) => token.start >= claim.end);
    coveredUntil = Math.max(candidate.groupEnd, afterClaim === -1 ? tokens.length : afterClaim);
  }
  return claims;
}
