// A symptom traded for a better state (Levin 13.6, verbs of exchange): "Thousands of women have
// traded hot flushes for calm, cool nights with our menopause capsules", "Swap sleepless nights
// for sweet dreams with our pillow mist". What is given up is a symptom or a disease, what is got
// a better state or a concept of wellbeing, and a product of the writer's is named as the means:
// the product is said to remove the one and bring the other. "Swap sugary drinks for water" gives
// up no symptom, and "traded sleep for work" no ailment: both are left alone.

import structureData from '../../../data/claim-structure.json';
import type { Word } from '../../../engine/sentences.js';
import { inflect } from '../lexicon.js';
import type { Candidate } from './candidate.js';
import { productNamedIn } from './products.js';
import { type ConceptMention, isBetterState } from './structure-core.js';

const EXCHANGE_FORMS = new Set(
  structureData.entries.filter((entry) => entry.kind === 'exchange-verb').flatMap((entry) => inflect(entry.phrase).map((form) => form.word)),
);
/** How far after the verb what is given up may start ("traded those endless hot flushes"). */
const GIVEN_UP_REACH = 3;
/** How far after "for" what is got may start ("for calm, cool nights"). */
const GOT_REACH = 3;

/** Whether the words may hold the exchange (no tags needed). */
export function mayHoldExchange(words: readonly Word[], concepts: readonly ConceptMention[]): boolean {
  return concepts.some((concept) => exchangeVerbBefore(words, concept, concepts) >= 0);
}

export function exchangeCandidate(words: readonly Word[], concept: ConceptMention, concepts: readonly ConceptMention[]): Candidate | undefined {
  const verb = exchangeVerbBefore(words, concept, concepts);
  if (verb < 0) return undefined;
  return {
    kind: 'verb',
    structure: 'exchange',
    groupFirst: verb,
    groupEnd: verb + 1,
    head: verb,
    info: { lemma: 'trade', phrase: 'trade', form: 'base', verbKind: 'neutral' },
    objectFrom: verb + 1,
  };
}

/** The exchange verb before the symptom `given` given up, when a better state follows "for" and a product of the writer's is named; or -1. */
function exchangeVerbBefore(words: readonly Word[], given: ConceptMention, concepts: readonly ConceptMention[]): number {
  if (given.category !== 'symptom' && given.category !== 'disease') return -1;
  let verb = -1;
  for (let at = given.firstWord - 1; at >= 0 && given.firstWord - at <= GIVEN_UP_REACH; at--) {
    if (EXCHANGE_FORMS.has(words[at].norm)) {
      verb = at;
      break;
    }
  }
  if (verb < 0 || words[given.endWord]?.norm !== 'for') return -1;
  const forAt = given.endWord;
  const gotState = words.slice(forAt + 1, forAt + 1 + GOT_REACH).some((word) => isBetterState(word.norm));
  const gotConcept = concepts.some((concept) => concept.firstWord > forAt && concept.firstWord - forAt <= GOT_REACH && (concept.category === 'wellbeing' || concept.category === 'function'));
  if (!gotState && !gotConcept) return -1;
  return productNamedIn(words, 0, words.length) ? verb : -1;
}
