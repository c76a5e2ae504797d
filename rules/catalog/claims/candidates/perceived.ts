// A result that a share of people is said to have perceived: "93% of users saw firmer skin",
// "Nine in ten women noticed fewer breakouts", "Most customers felt calmer within a week". Product
// pages state efficacy this way (a survey of their own buyers), with no verb of cause: the
// product's effect is what the people are said to see. The structure:
//   [a share of people] [perception verb] [a better state] [concept]
// - the share: a number or percentage, "N in/out of M", or "most", "many", and a word for people
//   ("users", "women", "customers"), with "of" and an article between them or not;
// - the perception verb: `perception-verb` entries of rules/data/claim-structure.json;
// - the better state: a comparative ("firmer", "fewer", "less") or a promised state, right
//   before the concept or with one more modifier between ("firmer, smoother skin").
// "Patients who took it had fewer migraines" names its people by what they did, not by a share,
// and is left to the other families.

import structureData from '../../../data/claim-structure.json';
import type { ConceptMatch } from '../concepts.js';
import type { Token } from '../words.js';
import type { Candidate } from './candidate.js';
import { isBetterState } from './structure-core.js';

type ConceptMention = Pick<ConceptMatch, 'firstWord' | 'endWord' | 'category'>;

export const PERCEIVED_RESULT = 'perceived result';

const PERCEPTION_VERBS = new Set(structureData.entries.filter((entry) => entry.kind === 'perception-verb').map((entry) => entry.phrase));
const PEOPLE = new Set(structureData.entries.filter((entry) => entry.kind === 'people-noun').map((entry) => entry.phrase));
const SHARE_WORDS = /^(?:\d[\d.,]*%?|percent|per|cent|most|many|nearly|almost|over|all|one|two|three|four|five|six|seven|eight|nine|ten|in|out|of|the|our|every)$/;
/** The words that make a share of people: a number, a percentage, or a quantifier. */
const SHARE_HEADS = /^(?:\d.*|most|many|all|every|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/** Whether the words may hold a perceived result about a concept (no tags needed). */
export function mayHoldPerceivedResult(words: readonly { norm: string }[], concepts: readonly ConceptMention[]): boolean {
  return concepts.some((concept) => perceptionVerbBefore(words, concept) >= 0);
}

export function perceivedResultCandidate(tokens: readonly Token[], concept: ConceptMention): Candidate | undefined {
  const verb = perceptionVerbBefore(tokens, concept);
  if (verb < 0) return undefined;
  return {
    kind: 'nominal',
    structure: PERCEIVED_RESULT,
    // Through the states, whose commas would end the object: "saw firmer, smoother skin".
    groupFirst: verb,
    groupEnd: concept.firstWord,
    head: verb,
    info: { lemma: tokens[verb].norm, phrase: tokens[verb].norm, form: 'ed', verbKind: 'observed' },
    objectFrom: concept.firstWord,
  };
}

/** The perception verb of the structure before the concept, after a share of people: its index, or -1. */
function perceptionVerbBefore(words: readonly { norm: string }[], concept: ConceptMention): number {
  // The better state, right before the concept or one modifier earlier ("less frequent headaches"),
  // the first of a list of them ("firmer, smoother skin").
  let state = concept.firstWord - 1;
  if (state >= 1 && !isBetterState(words[state].norm)) state--;
  if (state < 1 || !isBetterState(words[state].norm)) return -1;
  while (state > 1 && isBetterState(words[state - 1].norm)) state--;
  // More of a symptom, or less of a good, is a harm they saw: no benefit is claimed.
  const more = words[state].norm === 'more';
  const less = words[state].norm === 'less' || words[state].norm === 'fewer';
  const bad = concept.category === 'symptom' || concept.category === 'disease';
  if ((more && bad) || (less && !bad)) return -1;
  const verb = state - 1;
  if (!PERCEPTION_VERBS.has(words[verb].norm)) return -1;
  const people = verb - 1;
  if (people < 1 || !PEOPLE.has(words[people].norm)) return -1;
  // A share before the people word, up to four words back: "93% of", "nine in ten", "most of our".
  for (let at = people - 1; at >= 0 && people - at <= 4; at--) {
    const norm = words[at].norm;
    if (!SHARE_WORDS.test(norm)) return -1;
    if (SHARE_HEADS.test(norm)) return verb;
  }
  return -1;
}

