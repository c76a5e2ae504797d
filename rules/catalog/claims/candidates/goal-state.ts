// A better state named as the goal of a product or of using one, with no verb of change:
// - a product and "for" in a verbless heading or bullet: "Ashwagandha gummies for a calmer, more
//   focused you", "Zinc lozenges for fewer colds", "Our night cream for softer, smoother skin";
// - an imperative of arriving or waking whose goal, after "to" or "into", is the state, with a
//   product of the writer's named after it: "Wake up to clearer skin with our overnight mask",
//   "Step into pain-free mornings with our insoles".
// The goal is a better state: a comparative or promised state before a health concept ("deeper
// sleep", "fewer colds", "softer, smoother skin"), a concept that is a state already
// ("pain-free"), or the reader made better ("a calmer you", the pronoun modified as a noun). A
// bare concept is a topic, not a goal: "Ginger for nausea: what the evidence says", "Magnesium
// for sleep". A goal with no product is advice: "Wake up to better
// mornings by going to bed earlier", "Ten tips for better sleep".

import type { Word } from '../../../engine/sentences.js';
import type { TaggedWord } from '../../../engine/tagger.js';
import { isFunctionWord } from '../words.js';
import type { Candidate } from './candidate.js';
import { productOfTheWriterIn } from './products.js';
import { COMPARATIVE_WORDS, type ConceptMention, PARTICLES, PRODUCT_FORMS, PROMISED_STATES, type StructureInput, SYMPTOM_ADJECTIVES, isBetterState, isVerb } from './structure-core.js';

/** What may stand between the goal's preposition and its states: "for a calmer you", "to your best". */
const GOAL_DETERMINERS = new Set(['a', 'an', 'the', 'your']);
/** The reader made better: "a calmer, more focused you". */
const READER_GOALS = new Set(['you', 'yourself']);
/** How many states a goal may list before its concept: "softer, smoother, healthier skin". */
const MAX_STATES = 3;
/** Words that join the listed states: "calmer and more focused", "softer, more supple". */
const STATE_LINKS = new Set(['and', 'more']);

/** How many words a product heading may have before "for": "Our new ashwagandha sleep gummies". */
const MAX_HEADING = 5;
/** How many particles an opening imperative may have before "to": "Wake up to", "Come back home to". */
const MAX_PARTICLES = 2;

type Words = readonly (Word & { breaks?: boolean; gap?: string })[];

/** Whether the words may hold a better state as a product's goal (no tags needed). */
export function mayHoldGoalState(words: Words, concepts: readonly ConceptMention[]): boolean {
  for (let at = 1; at < words.length; at++) {
    const norm = words[at].norm;
    if (norm !== 'for' && norm !== 'to' && norm !== 'into') continue;
    // The product before "for", or the writer's product after an opening imperative's "to": the tags decide the rest.
    const placed = norm === 'for' ? at <= MAX_HEADING && productFormBefore(words, at) : at <= MAX_PARTICLES + 1 && productOfTheWriterIn(words, at + 1);
    if (placed && goalAfter(words, at + 1, concepts) >= 0) return true;
  }
  return false;
}

/** A product's form among the words before `end` (a loop: this runs on every "for" before tagging). */
function productFormBefore(words: Words, end: number): boolean {
  for (let at = 0; at < end; at++) if (PRODUCT_FORMS.has(words[at].norm)) return true;
  return false;
}

/** The better state after the preposition at `preposition` as a goal of a product, or undefined. */
export function goalStateCandidate(input: StructureInput, preposition: number): Candidate | undefined {
  const { tokens, tags, concepts } = input;
  const norm = tokens[preposition].norm;
  if (norm !== 'for' && norm !== 'to' && norm !== 'into') return undefined;
  const goalEnd = goalAfter(tokens, preposition + 1, concepts, tags);
  if (goalEnd < 0 || tokens[preposition].breaks) return undefined;
  if (norm === 'for') {
    if (!productHeading(input, preposition, goalEnd)) return undefined;
    return candidate(0, preposition, goalEnd, 'product', 'a better state named as what a product is for');
  }
  const verb = arrivingImperative(tokens, tags, preposition);
  if (verb < 0 || !productOfTheWriterIn(tokens, goalEnd)) return undefined;
  return candidate(verb, preposition, goalEnd, 'imperative', 'a better state named as where using a product of the writer\'s takes the reader');
}

function candidate(groupFirst: number, preposition: number, goalEnd: number, subject: 'product' | 'imperative', basis: string): Candidate {
  return {
    kind: 'nominal',
    structure: 'better state as a goal',
    subject,
    basis,
    groupFirst,
    groupEnd: preposition + 1,
    head: preposition,
    info: { lemma: 'goal', phrase: 'goal', form: 'base', verbKind: 'observed' },
    objectFrom: preposition + 1,
    objectEnd: goalEnd,
  };
}

/**
 * One past the goal that starts at `from`: over an article or "your", one to three better states
 * and a concept or the reader ("a calmer, more focused you", "fewer colds", "pain-free
 * mornings"); -1 when no better state is there.
 */
function goalAfter(words: Words, from: number, concepts: readonly ConceptMention[], tags?: readonly TaggedWord[]): number {
  const isState = (at: number): boolean => at < words.length && isGoalState(words[at].norm, tags?.[at]);
  let at = from;
  if (GOAL_DETERMINERS.has(words[at]?.norm ?? '')) at++;
  const stated = concepts.find((concept) => concept.firstWord === at);
  // A concept that is a better state itself: "pain-free mornings", "deeper sleep" (its first word a comparative).
  // A "-free" state takes the noun it is said of along: "a pain-free life", "itch-free nights".
  if (stated && words[stated.endWord - 1].norm.endsWith('-free')) {
    const next = words[stated.endWord];
    return next && !next.breaks && !isFunctionWord(next.norm) ? stated.endWord + 1 : stated.endWord;
  }
  if (stated && isState(at)) return stated.endWord;
  let states = 0;
  while (at < words.length && states < MAX_STATES) {
    if (words[at].norm === 'more' && isState(at + 1)) at++;
    if (!isState(at) || (at > from && words[at].breaks && !/^,\s*$/.test(words[at].gap ?? ''))) break;
    states++;
    at++;
    if (STATE_LINKS.has(words[at]?.norm ?? '') && words[at].norm !== 'more') at++;
  }
  if (states === 0 || at >= words.length || (words[at].breaks && !/^,\s*$/.test(words[at].gap ?? ''))) return -1;
  const concept = concepts.find((each) => each.firstWord === at);
  if (concept) return concept.endWord;
  // The reader made better needs a promised state, not any comparative: "for an older you" is no health state.
  return READER_GOALS.has(words[at].norm) && PROMISED_STATES.has(words[at - 1].norm) ? at + 1 : -1;
}

/**
 * A better state that can head a goal: a promised state, or a comparative ("fewer", "lower",
 * "softer"). Before tagging any word in -er may be one; with tags, a word in -er must be an
 * adjective whose lemma is its positive ("softer" -> "soft"), not a noun ("winter colds").
 */
function isGoalState(norm: string, tag?: TaggedWord): boolean {
  if (COMPARATIVE_WORDS.has(norm) || PROMISED_STATES.has(norm)) return true;
  if (!isBetterState(norm)) return false;
  // "for drier skin", "for oilier hair": the comparative of a symptom's adjective names who it is for, not a goal.
  return tag === undefined || ((tag.pos === 'ADJ' || tag.pos === 'ADV') && tag.lemma !== norm && !SYMPTOM_ADJECTIVES.has(tag.lemma));
}

/**
 * The words before "for" are a heading or bullet that names a product by its form and nothing
 * else: "Ashwagandha gummies", "Our night cream" (no finite verb anywhere: "Our cream works for
 * drier skin" is a clause whose verb the other families read).
 */
function productHeading({ tokens, tags }: StructureInput, preposition: number, goalEnd: number): boolean {
  if (preposition > MAX_HEADING) return false;
  let product = false;
  for (let at = 0; at < preposition; at++) {
    if (at > 0 && tokens[at].breaks) return false;
    const tag = tags[at];
    if (PRODUCT_FORMS.has(tokens[at].norm)) product = true;
    else if (tag.pos === 'VERB' || tag.pos === 'AUX' || tag.pos === 'ADP') return false;
  }
  if (!product) return false;
  // The goal's own states may be participles the tagger reads as past verbs ("more focused").
  return !tags.some((tag, at) => at >= goalEnd && (tag.pos === 'AUX' || (isVerb(tag) && (tag.verbForm === 's' || tag.verbForm === 'past'))));
}

/** The imperative that opens the sentence right before the preposition, over its particles ("Wake up to", "Step into"): its index, or -1. */
function arrivingImperative(tokens: StructureInput['tokens'], tags: readonly TaggedWord[], preposition: number): number {
  let verb = preposition - 1;
  while (verb > 0 && PARTICLES.has(tokens[verb].norm) && tokens[verb].norm !== 'to') verb--;
  if (verb !== 0 || preposition - verb > MAX_PARTICLES + 1) return -1;
  const tag = tags[verb];
  // A sentence's first word in its base form: the tagger reads some imperatives as nouns ("Wake").
  if (isVerb(tag) ? tag.verbForm !== 'base' : /(?:ed|ing|s)$/.test(tokens[verb].norm) || tag.pos === 'DET' || tag.pos === 'PRON' || tag.pos === 'ADP') return -1;
  return verb;
}
