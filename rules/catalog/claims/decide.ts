// Decision of claim analysis: a candidate's extent (the verb group through its object) and its
// status: quoted, negated, hedged, correlational or asserted, with the deciding cue.

import type { Claim, ClaimStatus } from './analyse.js';
import type { Candidate } from './candidates/candidate.js';
import type { CueMatch } from './lexicon.js';
import type { CueMap } from './scopes.js';
import type { ConceptMatch } from './concepts.js';

/** What the decision reads of a concept mention: where it is and what kind (a pronoun standing for a concept is one too). */
type Mention = Pick<ConceptMatch, 'firstWord' | 'endWord' | 'category' | 'disease'>;
import deniedSupportData from '../../data/claim-denied-support.json';
import { COMMA_ONLY, FIRST_PERSON, isAdverb, PREPOSITIONS, ASSERTIVE_AUX, BE, CONJUNCTIONS, CONTRASTS, COPULAR_VERBS, DETERMINERS, HAVE, HEDGING_AUX, SUBORDINATORS, type Token, isFunctionWord, looksLikeVerb } from './words.js';

/** Closes the object of a claim: a new clause, a means or manner phrase, a comparison. */
const OBJECT_STOPS = new Set(['by', 'thanks', 'through', 'via', 'which', 'that', 'who', 'when', 'while', 'whilst', 'without', 'because', 'as', 'than', 'and', 'or', 'but', 'thus', 'thereby', 'whereas', 'if', 'although', 'though', 'compared', 'since', 'due', 'after', 'before', 'following', 'during', 'unless', 'until', 'so', 'whether', 'where', 'is', 'are', 'was', 'were', 'such', 'including', 'like', 'especially', 'particularly', 'with', 'to', 'in', 'within']);
// Patterns hoisted out of the hot functions (a regex literal in a function body is a new object per call).
const SEMICOLON = /;/;
const COMMA = /,/;

/** The word as written (`text` is the sentence, starting at `offset` in the block's prose). */
function rawOf(token: Token, text: string, offset: number): string {
  return text.slice(token.start - offset, token.end - offset);
}

/** The claim with another status (and the cue that gave it): set on the fresh object rather than copied, as a copy per claim costs more. */
function withStatus(claim: Claim, status: ClaimStatus, cue?: string): Claim {
  claim.status = status;
  if (cue !== undefined) claim.cue = cue;
  return claim;
}

/** Whether a concept of the object ends before word `at`: the object's head noun has been read. */
function headReached(concepts: readonly Mention[], objectFrom: number, at: number): boolean {
  return concepts.some((match) => match.firstWord >= objectFrom && match.endWord <= at);
}

export function decide(tokens: Token[], candidate: Candidate, cues: CueMap, scopes: ReadonlyArray<CueMatch | undefined>, text: string, offset: number, concepts: readonly Mention[] = []): Claim {
  // The object: up to seven words after the group, to the first clause boundary.
  let last = candidate.objectEnd !== undefined ? candidate.objectEnd - 1 : Math.max(candidate.head, candidate.groupEnd - 1);
  for (let at = candidate.objectFrom; candidate.objectEnd === undefined && at < Math.min(tokens.length, candidate.objectFrom + 7); at++) {
    const word = tokens[at];
    if (candidate.passive && at === candidate.objectFrom && word.norm === 'by' && !word.breaks) {
      last = at;
      continue;
    }
    // A comma between the modifiers of the object's head noun does not end it: "calms angry, inflamed skin".
    if (word.breaks && COMMA_ONLY.test(word.gap) && !headReached(concepts, candidate.objectFrom, at) && concepts.some((match) => match.firstWord === at || match.firstWord === at + 1)) {
      last = at;
      continue;
    }
    // A correlational participle ends the object: "relieves pain | associated with arthritis".
    if (word.breaks || OBJECT_STOPS.has(word.norm) || cues.correlational.some((cue) => cue.firstWord === at && word.norm.endsWith('ed'))) break;
    last = at;
  }
  const group = tokens.slice(candidate.groupFirst, candidate.groupEnd);
  const strengtheners = group.filter((token) => ASSERTIVE_AUX.has(token.norm) || cues.boosterAt[token.index]).map((token) => rawOf(token, text, offset));
  const claim: Claim = {
    kind: candidate.kind,
    status: 'asserted',
    start: tokens[candidate.groupFirst].start,
    end: tokens[last].end,
    groupStart: tokens[candidate.groupFirst].start,
    groupEnd: tokens[candidate.groupEnd - 1].end,
    trigger: rawOf(tokens[candidate.head], text, offset),
    lemma: candidate.info.lemma,
    phrase: candidate.info.phrase,
    form: candidate.info.form,
    verbKind: candidate.info.verbKind,
    strengtheners,
    firstWord: candidate.groupFirst,
    structure: candidate.structure,
  };
  if (candidate.subject) claim.subject = candidate.subject;
  if (candidate.basis) claim.basis = candidate.basis;
  // The health concept the claim is about: the first one in its object (or, in a passive or a change of state, before it).
  const concept = concepts.find((match) => match.firstWord >= candidate.objectFrom && match.firstWord <= last) ?? nearestBefore(concepts, candidate.groupFirst);
  if (concept) claim.concept = { text: text.slice(tokens[concept.firstWord].start - offset, tokens[concept.endWord - 1].end - offset), category: concept.category, disease: concept.disease };
  if (cues.quoted[candidate.head]) return withStatus(claim, 'quoted');
  // Negation: a negator in the group, or at most three words before it in the same clause,
  // or between a support verb and its effect noun ("provides no relief").
  for (let at = Math.max(0, candidate.groupFirst - 3); at <= candidate.head && !candidate.ownNegator; at++) {
    const negator = cues.negatorAt[at];
    if (!negator) continue;
    let crossed = false;
    for (let between = negator.endWord; between <= candidate.groupFirst && between < tokens.length; between++) {
      if (tokens[between].breaks) crossed = true;
    }
    if (!crossed || at >= candidate.groupFirst) return withStatus(claim, 'negated', negator.entry.phrase);
  }
  // A subject that denies itself: "No supplement can cure", "there is no pill that melts fat".
  const denied = candidate.ownNegator ? undefined : deniedSubject(tokens, candidate.groupFirst);
  if (denied) return withStatus(claim, 'negated', denied);
  // Hedges reaching the claim, or inside the claim ("offering potential relief").
  const hedge = scopes[candidate.head] ?? scopes[candidate.groupFirst];
  if (hedge) return withStatus(claim, 'hedged', hedge.entry.phrase);
  for (let at = candidate.groupFirst; at <= last; at++) {
    const inside = cues.hedgeAt[at];
    if (inside && inside.entry.scope !== 'clause' && !(inside.entry.objectOfClaim && at === candidate.objectFrom)) return withStatus(claim, 'hedged', inside.entry.phrase);
  }
  // Attribution after the claim ("..., according to one review"), or reported uncertainty
  // about it ("the way X relieves pain is not fully understood"), unless a contrast intervenes.
  for (let at = last + 1; at < tokens.length; at++) {
    if (SEMICOLON.test(tokens[at].gap) || CONTRASTS.has(tokens[at].norm)) break;
    const after = cues.hedgeAt[at];
    if (after && (after.entry.kind === 'attribution' || after.entry.after === true)) return withStatus(claim, 'hedged', after.entry.phrase);
  }
  // A correlational word inside the claim's object is what the cause acts on ("lowered the odds of
  // relapse", "improved the relationship", "relieves pain associated with arthritis"); elsewhere in
  // the sentence it frames the statement.
  const framing = cues.correlational.find((cue) => (cue.firstWord <= candidate.head && !inClosedSubordinateClause(tokens, cue.firstWord, candidate.groupFirst) && (!cue.entry.variable || variableFrames(tokens, cue.firstWord, candidate.groupFirst))) || (cue.firstWord > last && !sameNounPhraseRun(tokens, last, cue.firstWord) && !modifiesNounBefore(tokens, cue.firstWord) && (!cue.entry.noun || predicateNoun(tokens, cue.firstWord))));
  if (framing) return withStatus(claim, 'correlational', framing.entry.phrase);
  // The sentence calls the claim's support weak: "Evidence that ginger prevents nausea is weak".
  const weak = supportCalledWeak(tokens, candidate.groupFirst, candidate.objectFrom);
  if (weak) return withStatus(claim, 'hedged', weak);
  // A cause limited to part of a class ("some supplements", "certain herbs") claims nothing of any one product.
  const limited = limitedCause(tokens, candidate);
  if (limited) return withStatus(claim, 'hedged', limited);
  return claim;
}

/**
 * A correlational participle right after a noun ("biomarkers associated with risk") describes that
 * noun, as a reduced relative clause: it frames no claim made earlier in the sentence.
 */
function modifiesNounBefore(tokens: Token[], at: number): boolean {
  const previous = tokens[at - 1];
  return tokens[at].norm.endsWith('ed') && previous !== undefined && !tokens[at].breaks && !isFunctionWord(previous.norm) && !isAdverb(previous) && !FIRST_PERSON.has(previous.norm);
}

/**
 * The word at `at` lies in a subordinate clause that a comma closes before `claimFirst`: "Although
 * the tea is linked to better sleep, melatonin shortens ...", "As predicted by the model, ...". What
 * that clause frames is its own statement, not the main clause's.
 */
function inClosedSubordinateClause(tokens: Token[], at: number, claimFirst: number): boolean {
  let start = at;
  while (start > 0 && !tokens[start].breaks) start--;
  if (!SUBORDINATORS.has(tokens[start].norm)) return false;
  for (let between = at + 1; between <= claimFirst && between < tokens.length; between++) {
    if (tokens[between].breaks && COMMA.test(tokens[between].gap)) return true;
  }
  return false;
}

/** The concept that ends closest before the group, at most three words before it (the subject of a passive or a change of state). */
function nearestBefore(concepts: readonly Mention[], groupFirst: number): Mention | undefined {
  for (let index = concepts.length - 1; index >= 0; index--) {
    const match = concepts[index];
    if (match.endWord <= groupFirst) return match.endWord >= groupFirst - 3 ? match : undefined;
  }
  return undefined;
}

const supportNouns = new Set(deniedSupportData.entries.filter((entry) => entry.kind === 'support').map((entry) => entry.phrase));
const weakWords = new Set(deniedSupportData.entries.filter((entry) => entry.kind === 'weak').map((entry) => entry.phrase));
const JUDGING_VERBS = new Set([...BE, 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'look', 'looks', 'appear', 'appears']);
const STRONG_WORDS = new Set(['strong', 'clear', 'convincing', 'conclusive', 'solid', 'robust', 'good', 'consistent', 'sufficient', 'enough']);

/**
 * The claim sits in a "that" clause whose head is a support noun ("evidence", "proof",
 * "data"), and the main clause after it calls that support weak ("is weak", "remains thin",
 * "is not convincing"): the writer reports that the claim lacks support.
 */
function supportCalledWeak(tokens: Token[], groupFirst: number, objectFrom: number): string | undefined {
  let that = -1;
  for (let at = groupFirst - 1; at >= 1 && groupFirst - at <= 6; at--) {
    if (tokens[at + 1].breaks) break;
    if (tokens[at].norm === 'that') {
      that = at;
      break;
    }
  }
  if (that < 1 || !supportNouns.has(tokens[that - 1].norm)) return undefined;
  // The judging verb follows the claim's object, which can run on to it ("... over the long term remains thin").
  const judgement = weakJudgementAfter(tokens, objectFrom, 12);
  return judgement && `${tokens[that - 1].norm} ... ${judgement}`;
}

/**
 * A judging verb within `reach` words from `from`, and after it a word that calls the support
 * weak ("is mixed", "remains thin", "is not convincing"): that word, or "not" and the strong word.
 */
function weakJudgementAfter(words: readonly { norm: string }[], from: number, reach: number): string | undefined {
  for (let at = from; at < words.length && at - from <= reach; at++) {
    if (!JUDGING_VERBS.has(words[at].norm)) continue;
    for (let next = at + 1; next < words.length && next - at <= 3; next++) {
      const norm = words[next].norm;
      if (weakWords.has(norm)) return norm;
      if (norm === 'not' && STRONG_WORDS.has(words[next + 1]?.norm ?? '')) return `not ${words[next + 1].norm}`;
    }
  }
  return undefined;
}

/** Words a support noun and the verb judging it may be apart: "evidence on supplements such as glucosamine is mixed". */
const SUPPORT_TO_JUDGEMENT = 8;

/**
 * Whether the words say that the support for something is weak: a support noun ("evidence",
 * "research", "studies") and, within its clause, a judging verb calling it weak ("the evidence
 * on glucosamine is mixed", "research into it remains limited"). The same judgement as a claim's
 * "that" clause called weak, for rules that weigh a whole sentence (anecdotal-evidence).
 */
export function callsSupportWeak(words: readonly { norm: string }[]): boolean {
  for (let at = 0; at < words.length; at++) {
    if (supportNouns.has(words[at].norm) && weakJudgementAfter(words, at + 1, SUPPORT_TO_JUDGEMENT)) return true;
  }
  return false;
}

/** Determiners that deny the noun phrase they open. */
const DENYING_DETERMINERS = new Set(['no', 'neither', 'none', 'nothing']);
/** Determiners that limit a cause to part of its class. */
const LIMITING_DETERMINERS = new Set(['some', 'certain']);

/**
 * The claim's subject is a denied noun phrase: "no" opens it and it ends right before the verb
 * group, or before the relative pronoun that links the group to it ("No herb cures", "no pill
 * that can help"). Not a "that" clause after a denied noun ("no doubt that X relieves"): there
 * the clause has its own subject.
 */
function deniedSubject(tokens: Token[], groupFirst: number): string | undefined {
  let at = groupFirst - 1;
  if (at >= 0 && RELATIVE_PRONOUNS.has(tokens[at].norm) && !tokens[at + 1]?.breaks) at--;
  for (let nouns = 0; at >= 0 && nouns < 3; at--, nouns++) {
    if (tokens[at + 1].breaks) return undefined;
    const norm = tokens[at].norm;
    if (DENYING_DETERMINERS.has(norm)) return nouns > 0 ? norm : undefined;
    if (isFunctionWord(norm)) return undefined;
  }
  return at >= 0 && DENYING_DETERMINERS.has(tokens[at].norm) && !tokens[at + 1].breaks ? tokens[at].norm : undefined;
}

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

/** "some supplements help", "health benefits of certain herbs": the cause opens with a limiting determiner. */
function limitedCause(tokens: Token[], candidate: Candidate): string | undefined {
  // The subject, up to three words before the group in its clause.
  for (let at = candidate.groupFirst - 1; at >= 0 && candidate.groupFirst - at <= 3; at--) {
    // Not after a preposition: "obstruction at certain levels" limits the place, not the cause.
    if (LIMITING_DETERMINERS.has(tokens[at].norm)) return at > 0 && !tokens[at].breaks && PREPOSITIONS.has(tokens[at - 1].norm) ? undefined : tokens[at].norm;
    if (tokens[at].breaks || !(DETERMINERS.has(tokens[at].norm) || !isFunctionWord(tokens[at].norm))) break;
  }
  // The cause named after an effect noun: "benefits of some supplements".
  if (candidate.kind === 'nominal') {
    for (let at = candidate.objectFrom; at < tokens.length && at - candidate.objectFrom <= 4 && !tokens[at].breaks; at++) {
      if (tokens[at].norm === 'of' && LIMITING_DETERMINERS.has(tokens[at + 1]?.norm ?? '')) return tokens[at + 1].norm;
    }
  }
  return undefined;
}

/**
 * A noun that renames the claim: after a form of "be" or "as" at most three words back ("is a risk
 * factor", "as predictors"), or opening an apposition after a comma ("..., an association that").
 */
function predicateNoun(tokens: Token[], at: number): boolean {
  for (let back = at - 1; back >= 0 && at - back <= 3; back--) {
    if (tokens[back + 1].breaks) return COMMA.test(tokens[back + 1].gap) && DETERMINERS.has(tokens[back + 1].norm);
    if (BE.has(tokens[back].norm) || tokens[back].norm === 'as' || COPULAR_VERBS.has(tokens[back].norm)) return true;
  }
  return false;
}

/**
 * A correlational noun that names a factor ("risk factors", "odds") frames a claim after it when it
 * renames something ("smoking is a risk factor for") or is what its clause is about ("Risk factors for
 * gout include ..."). Not when a cause acts on it ("controlling risk factors is effective in") or it is
 * the claim's own subject ("the odds of relapse were reduced by the program").
 */
function variableFrames(tokens: Token[], at: number, claimFirst: number): boolean {
  if (predicateNoun(tokens, at)) return true;
  if (at < claimFirst && sameNounPhraseRun(tokens, at, claimFirst - 1)) return false;
  // The subject of its clause: at most three determiners or adjectives before it, back to the clause start.
  for (let back = at; back >= 0 && at - back <= 3; back--) {
    if (back === 0 || tokens[back].breaks) return true;
    const previous = tokens[back - 1];
    if (!DETERMINERS.has(previous.norm) && (isFunctionWord(previous.norm) || looksLikeVerb(previous) || previous.norm.endsWith('ing'))) return false;
  }
  return false;
}

/** Words from `from` to `to` continue one phrase: no punctuation break, no new clause (a conjunction, a verb of being, a modal). */
function sameNounPhraseRun(tokens: Token[], from: number, to: number): boolean {
  for (let at = from + 1; at <= to; at++) {
    const norm = tokens[at].norm;
    if (tokens[at].breaks || CONJUNCTIONS.has(norm) || SUBORDINATORS.has(norm) || BE.has(norm) || HAVE.has(norm) || ASSERTIVE_AUX.has(norm) || HEDGING_AUX.has(norm) || CONTRASTS.has(norm) || norm === 'that' || norm === 'which' || norm === 'who') return false;
  }
  return true;
}
