// Headline promises with no verb: a page's heading or a listicle's point that promises the reader
// a concept's end or a better state by a time, where the verb is left out as headlines leave it.
// - a farewell to a concept, opening the headline or a clause of it: "Goodbye, bloating", "So
//   long, sniffles!", "Hello energy, goodbye slumps", with "to" after any verb of saying it,
//   verb or not ("Wave bye-bye to itchy eyes"), or closing the clause after the concept ("Kiss
//   stubborn breakouts goodbye") (the farewells are data, `farewell` entries of
//   rules/data/claim-structure.json);
// - a better state of a concept by a time: "Clearer skin in days", "Better sleep tonight",
//   "A flatter belly in two weeks" (a comparative or promised state before the concept, and a
//   time or promise word after it; "Stronger bones: what to eat" has no time and is a topic), or
//   with a dose right after it: "A happier tummy in every sip".
// Neither has a finite verb: "Goodbye, bloating is what they promise" is a clause about it.
// "No more heartburn" is the same kind of promise, kept with the structures it shares words with.

import structureData from '../../../data/claim-structure.json';
import type { Word } from '../../../engine/sentences.js';
import type { TaggedWord } from '../../../engine/tagger.js';
import type { ConceptMatch } from '../concepts.js';
import { DETERMINERS, isFunctionWord, firstPhraseAt } from '../words.js';
import type { Candidate } from './candidate.js';
import { DOSE_UNITS, PRODUCT_FORMS, PROMISE_WORDS, SYMPTOM_ADJECTIVES, TIME_UNITS, isBetterState, type StructureInput } from './structure-core.js';
import { productOfTheWriterIn } from './products.js';
import { WordSet } from '../../../engine/phrases.js';

type ConceptMention = Pick<ConceptMatch, 'firstWord' | 'endWord' | 'category'>;

const FAREWELLS = structureData.entries.filter((entry) => entry.kind === 'farewell').map((entry) => entry.phrase.split(' '));
/** The farewells' first words: a sentence without one holds no farewell, which is found in one look-up rather than a scan per word. */
const FAREWELL_STARTS = new WordSet(FAREWELLS.map((parts) => parts[0]));
/** Words a farewell and its concept may have between them: "Goodbye to your", "Bye-bye, those". */
const FAREWELL_LINKS = new Set(['to', 'your', 'the', 'those', 'that', 'all']);
/** Time words that are no unit: "tonight", "by morning". */
const TIME_WORDS = new Set(['tonight', 'today', 'tomorrow', 'morning', 'weekend']);

/** Whether the words may hold a headline promise about one of the concepts; the tagger then decides. */
export function mayHoldHeadlinePromise(words: readonly Word[], concepts: readonly ConceptMention[]): boolean {
  if (concepts.length === 0) return false;
  if (FAREWELL_STARTS.hasAny(words)) {
    for (let at = 0; at < words.length; at++) if (farewellEnd(words, at) > 0) return true;
    if (concepts.some((concept) => farewellEnd(words, concept.endWord) > 0)) return true;
    if (concepts.some((concept) => farewellToBefore(words, concept) >= 0)) return true;
  }
  const state = betterStateAt(words, concepts[0]);
  if (state >= 0 && (timeAfter(words, concepts[0].endWord) || (doseAfter(words, concepts[0].endWord) && !MEASURED_COMPARATIVES.has(words[state].norm)))) return true;
  // A list of better states after the headline's opening clause: the tags and punctuation decide.
  return concepts.some((concept) => concept.firstWord > 1 && (isListedBetterState(words[concept.firstWord].norm) || isListedBetterState(words[concept.firstWord - 1].norm))) && timeAfter(words, 0);
}

export function headlinePromiseCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens, tags } = input;
  // A farewell with "to", after any verb of saying it: "Wave bye-bye to itchy eyes", "kiss goodbye to cravings".
  const farewellTo = farewellToBefore(tokens, concept);
  if (farewellTo >= 0) return headlineCandidate(farewellTo, concept.endWord, farewellTo, 'farewell');
  // Or closing the clause after the concept, the verb before it: "Kiss stubborn breakouts goodbye".
  const closing = farewellEnd(tokens, concept.endWord);
  if (closing > 0 && concept.firstWord > 0 && (closing === tokens.length || tokens[closing].breaks)) {
    return headlineCandidate(verbBeforePhrase(tags, concept.firstWord), closing, concept.endWord, 'farewell');
  }
  if (hasFiniteVerb(tokens, tags)) return undefined;
  // The farewell opens the headline or a clause of it ("Hello energy, goodbye afternoon slump").
  for (let at = 0; at < concept.firstWord; at++) {
    if (at > 0 && !tokens[at].breaks) continue;
    const end = farewellEnd(tokens, at);
    if (end > 0 && concept.firstWord >= end && concept.firstWord - end <= 2 && tokens.slice(end, concept.firstWord).every((token) => FAREWELL_LINKS.has(token.norm))) {
      // The comma after the farewell would end its object: the group runs through the concept.
      return headlineCandidate(at, concept.endWord, at, 'farewell');
    }
  }
  const state = betterStateAt(tokens, concept);
  // The group opens the headline, with its article: "A flatter belly".
  if (state >= 0 && timeAfter(tokens, concept.endWord)) return headlineCandidate(0, state + 1, state, 'better state by a time');
  // Or with a dose: "A happier tummy in every sip" (not a measured comparative: "More protein in every scoop" states a content).
  if (state >= 0 && doseAfter(tokens, concept.endWord) && !MEASURED_COMPARATIVES.has(tokens[state].norm)) return headlineCandidate(0, state + 1, state, 'better state with a dose');
  // Or a clause after a colon or comma lists better states, the time anywhere: "Feel the difference from day one: deeper sleep, calmer mornings".
  const listed = isListedBetterState(tokens[concept.firstWord].norm) ? concept.firstWord : concept.firstWord - 1;
  if (listed > 0 && tokens[listed].breaks && isListedBetterState(tokens[listed].norm) && timeAfter(tokens, 0)) return headlineCandidate(listed, listed + 1, listed, 'better state by a time');
  return undefined;
}

/**
 * A headline of a transition from a symptom to a better state: "From achy to active in 7 days",
 * "From bloated to comfortable after one cup", "From sniffles to smiles overnight". The "from"
 * side is a symptom (a symptom's adjective or a symptom or disease of the vocabulary), the "to"
 * side anything, and a time, a dose or a product of the writer's closes it; with no verb ("From
 * age 50, your risk rises" is a clause, and its "from" no symptom).
 */
export function mayHoldTransition(words: readonly Word[], concepts: readonly ConceptMention[]): boolean {
  return transitionTo(words, concepts) > 0;
}

export function transitionCandidate(input: StructureInput): Candidate | undefined {
  const { tokens, tags, concepts } = input;
  const to = transitionTo(tokens, concepts);
  // The word after "to" is the new state, whatever the tagger read ("to smiles"): a verb elsewhere makes a clause.
  if (to < 0 || hasFiniteVerb(tokens, tags.map((tag, at) => (at === to + 1 ? { ...tag, pos: 'NOUN' as const } : tag)))) return undefined;
  let end = to + 2;
  while (end < tokens.length && !tokens[end].breaks) end++;
  if (!timeAfter(tokens, to + 1) && !doseAfterAnywhere(tokens, to + 1) && !productOfTheWriterIn(tokens, to + 1)) return undefined;
  const fromState = concepts.find((concept) => concept.firstWord === 1);
  return {
    ...headlineCandidate(0, to + 1, 0, 'transition'),
    objectEnd: end,
    ...(fromState ? {} : { basis: `"${tokens[1].norm}" is a symptom's adjective (symptom-modifiers.json)` }),
  };
}

/** Where "to" stands after an opening "From" and a symptom ("From achy to", "From hay fever to"): its index, or -1. */
function transitionTo(words: readonly Word[], concepts: readonly ConceptMention[]): number {
  if (words[0]?.norm !== 'from' || words.length < 4) return -1;
  const symptom = concepts.find((concept) => concept.firstWord === 1 && (concept.category === 'symptom' || concept.category === 'disease'));
  const end = symptom ? symptom.endWord : SYMPTOM_ADJECTIVES.has(words[1].norm) ? 2 : -1;
  return end > 0 && words[end]?.norm === 'to' ? end : -1;
}

/** A dose anywhere after `from`: "in every sip", "after one cup". */
function doseAfterAnywhere(words: readonly { norm: string }[], from: number): boolean {
  for (let at = from; at < words.length; at++) if (doseAfter(words, at)) return true;
  return false;
}

function headlineCandidate(groupFirst: number, groupEnd: number, head: number, structure: string): Candidate {
  return {
    kind: 'nominal',
    structure: `headline promise (${structure})`,
    subject: 'reader',
    groupFirst,
    groupEnd,
    head,
    info: { lemma: 'promise', phrase: 'promise', form: 'base', verbKind: 'observed' },
    objectFrom: groupEnd,
  };
}

/** Where a farewell followed by "to" stands before the concept's phrase ("bye-bye to dry, itchy eyes"), or -1. */
function farewellToBefore(words: readonly { norm: string }[], concept: ConceptMention): number {
  for (let to = concept.firstWord - 1; to >= 1 && concept.firstWord - to <= 4; to--) {
    if (words[to].norm !== 'to') continue;
    for (const parts of FAREWELLS) {
      const first = to - parts.length;
      if (first >= 0 && farewellEnd(words, first) === to) return first;
    }
  }
  return -1;
}

/** The verb before a concept's noun phrase ("Kiss stubborn breakouts", "Wave your cravings"), walking back over its modifiers by their tags; the phrase's start if no verb. */
function verbBeforePhrase(tags: readonly TaggedWord[], conceptFirst: number): number {
  let at = conceptFirst - 1;
  while (at >= 0 && (tags[at].pos === 'ADJ' || tags[at].pos === 'DET' || tags[at].pos === 'PRON' || tags[at].pos === 'NOUN')) at--;
  return at >= 0 && tags[at].pos === 'VERB' ? at : at + 1;
}

/** One past the farewell ("Goodbye", "So long") at word `from`, or 0. */
function farewellEnd(words: readonly { norm: string }[], from: number): number {
  const farewell = firstPhraseAt(words, from, FAREWELLS);
  return farewell ? from + farewell.length : 0;
}

/**
 * The comparative or promised state that opens the headline, after at most an article, right
 * before the concept ("A flatter belly") or as the concept's own first word ("Better sleep"):
 * its index, or -1.
 */
function betterStateAt(words: readonly { norm: string }[], concept: ConceptMention): number {
  const at = concept.firstWord - 1 >= 0 && !isHeadlineState(words[concept.firstWord].norm) ? concept.firstWord - 1 : concept.firstWord;
  if (at <= 1 && (at === 0 || DETERMINERS.has(words[0].norm))) return isHeadlineState(words[at].norm) ? at : -1;
  // A better state opening a list of adjectives before the concept: "Clear, comfortable sinuses", "Softer, more supple skin".
  const first = DETERMINERS.has(words[0].norm) ? 1 : 0;
  if (concept.firstWord - first > MAX_LISTED_STATES || !isHeadlineState(words[first].norm)) return -1;
  for (let between = first + 1; between < concept.firstWord; between++) if (isFunctionWord(words[between].norm) && words[between].norm !== 'and' && words[between].norm !== 'more') return -1;
  return first;
}
/** How many adjectives a headline's list of states may have before its concept. */
const MAX_LISTED_STATES = 3;

/** The comparatives of research prose ("lower blood pressure", "more pain") are left to the clause's verb. */
const MEASURED_COMPARATIVES = new Set(['lower', 'higher', 'greater', 'more', 'less', 'fewer', 'better', 'larger', 'smaller', 'longer', 'shorter', 'faster', 'slower', 'older', 'younger', 'earlier', 'later']);

/** A better state that may head an item of a list in a headline ("deeper sleep, calmer mornings"). */
function isListedBetterState(norm: string): boolean {
  return isHeadlineState(norm) && !MEASURED_COMPARATIVES.has(norm);
}

/** In a headline a determiner is no state ("Other skin ...", "Further help"), though the comparatives "more" and "less" are. */
function isHeadlineState(norm: string): boolean {
  return isBetterState(norm) && (!DETERMINERS.has(norm) || norm === 'more' || norm === 'less');
}

/** A time or promise word after the concept: "in days", "in two weeks", "tonight", "overnight". */
function timeAfter(words: readonly { norm: string }[], from: number): boolean {
  for (let at = from; at < words.length; at++) {
    const norm = words[at].norm;
    if (TIME_UNITS.has(norm) || TIME_WORDS.has(norm) || PROMISE_WORDS.has(norm)) return true;
  }
  return false;
}

/**
 * "Your hormones, finally in balance", "Your gut, back in balance": the reader's body and a state
 * phrase (`state-phrase` entries) after an adverb of arrival, closing a verbless headline. Without
 * the adverb it may name a goal ("Your asthma under control: a guide" is a topic).
 */
export function restoredStateCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens, tags } = input;
  const end = restoredStateEnd(tokens, concept);
  if (end < 0 || hasFiniteVerb(tokens, tags)) return undefined;
  // The state phrase closes the sentence, or a product of the writer's follows it ("under control: a guide" is a topic).
  if (end < tokens.length && !(/^(?:with|thanks)$/.test(tokens[end].norm) && productOfTheWriterIn(tokens, end))) return undefined;
  return { ...headlineCandidate(concept.endWord, end, concept.endWord, 'restored state'), objectEnd: end };
}

export function mayHoldRestoredState(words: readonly Word[], concepts: readonly ConceptMention[]): boolean {
  return concepts.length > 0 && restoredStateEnd(words, concepts[0]) > 0;
}

/** One past the state phrase after "your", the concept and an adverb of arrival ("Your gut, back in balance"), or -1. */
function restoredStateEnd(words: readonly { norm: string; breaks?: boolean }[], concept: ConceptMention): number {
  if (concept.firstWord !== 1 || words[0].norm !== 'your') return -1;
  const at = concept.endWord + 1;
  if (!ARRIVAL_ADVERBS.has(words[concept.endWord]?.norm ?? '')) return -1;
  const phrase = STATE_PHRASES.find((parts) => parts.every((word, offset) => words[at + offset]?.norm === word && !words[at + offset].breaks));
  return phrase ? at + phrase.length : -1;
}
const ARRIVAL_ADVERBS = new Set(['finally', 'back', 'naturally', 'now', 'always', 'at']);
const STATE_PHRASES = structureData.entries.filter((entry) => entry.kind === 'state-phrase').map((entry) => entry.phrase.split(' '));

/** A dose right after the concept: "in every sip", "with each scoop", "in one capsule", or after a comma "one sachet at a time". */
function doseAfter(words: readonly { norm: string }[], from: number): boolean {
  const first = DOSE_PREPOSITIONS.has(words[from]?.norm ?? '') ? from + 1 : from;
  let at = first;
  while (at < words.length && at <= first + 2 && DOSE_COUNTS.has(words[at].norm)) at++;
  return at > first && at < words.length && (DOSE_UNITS.has(words[at].norm) || PRODUCT_FORMS.has(words[at].norm));
}
const DOSE_PREPOSITIONS = new Set(['in', 'with', 'after', 'from']);
const DOSE_COUNTS = new Set(['every', 'each', 'one', 'a', 'single', 'just', 'daily']);

/**
 * A verb that makes the headline a clause ("Goodbye, bloating is what they promised", "Healthier
 * skin starts with sunscreen", "Healthier teeth start with brushing"): an auxiliary or a present or past verb. A participle after a comma
 * is an aside ("Clearer skin in days, guaranteed").
 */
function hasFiniteVerb(tokens: StructureInput['tokens'], tags: readonly TaggedWord[]): boolean {
  // A base form right after a noun is a plural subject's present ("Healthier teeth start with brushing").
  return tags.some((tag, at) => tag.pos === 'AUX' || (tag.pos === 'VERB' && (tag.verbForm === 's' || (tag.verbForm === 'past' && !tokens[at].breaks) || (tag.verbForm === 'base' && at > 0 && !tokens[at].breaks && tags[at - 1].pos === 'NOUN'))));
}
