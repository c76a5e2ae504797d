// The way construction (Goldberg, Constructions, 1995, ch. 9): "Sip your way to a stronger immune
// system", "Snack your way to a flatter belly". Any verb, a possessive and "way", and "to" before
// the concept: the verb's action is said to take the reader to the concept, the result promised.
// As with any imperative, the promise is a claim when a product of the writer's is its means or
// a time or amount is promised ("with our daily greens", "in two weeks"); "Walk your way to
// better health" with no product is advice.

import type { ConceptMatch } from '../concepts.js';
import type { Candidate } from './candidate.js';
import { PERSONAL_POSSESSIVES, promisesResult, type StructureInput } from './structure-core.js';

type ConceptMention = Pick<ConceptMatch, 'firstWord' | 'endWord' | 'category' | 'disease' | 'ambiguous'>;

/** Words between "to" and the concept: articles and a better state ("to a stronger", "to better"). */
const MAX_WORDS_BEFORE_CONCEPT = 2;

/** Whether the words may hold the construction before a concept (no tags needed). */
export function mayHoldWayConstruction(words: readonly { norm: string }[], concepts: readonly ConceptMention[]): boolean {
  return concepts.some((concept) => wayBefore(words, concept) >= 0);
}

export function wayCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const way = wayBefore(input.tokens, concept);
  if (way < 0 || !promisesResult(input, concept)) return undefined;
  const verb = way - 2;
  return {
    kind: 'verb',
    structure: 'way construction',
    subject: verb === 0 ? 'imperative' : 'product',
    groupFirst: verb,
    groupEnd: way + 2,
    head: verb,
    info: { lemma: input.tags[verb].lemma, phrase: `${input.tags[verb].lemma} one's way to`, form: 'base', verbKind: 'neutral' },
    objectFrom: way + 2,
  };
}

/** The index of "way" in "[verb] your way to [a stronger] concept", or -1. */
function wayBefore(words: readonly { norm: string }[], concept: ConceptMention): number {
  for (let to = concept.firstWord - 1; to >= 3 && concept.firstWord - to <= MAX_WORDS_BEFORE_CONCEPT + 1; to--) {
    if (words[to].norm === 'to') return words[to - 1].norm === 'way' && PERSONAL_POSSESSIVES.has(words[to - 2].norm) ? to - 1 : -1;
  }
  return -1;
}
