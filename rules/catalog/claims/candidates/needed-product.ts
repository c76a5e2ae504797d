// A product of the writer's said to be what a reader with a symptom or disease needs: "If you
// struggle with cold sores, you need this patch in your life", "Got dry eyes? You'll need these
// drops". The need is the reader's (`needing-phrase` entries of claim-consumer-forms.json, Levin
// 32.1), its object a product of the writer's named right after it, and the sentence names the
// ailment. "If you have asthma, you need your inhaler with you" names the reader's own medicine;
// "you need to see a pharmacist" names no product.

import consumerForms from '../../../data/claim-consumer-forms.json';
import type { Word } from '../../../engine/sentences.js';
import type { Candidate } from './candidate.js';
import { productOfTheWriterIn } from './products.js';
import type { ConceptMention } from './structure-core.js';

const NEEDING = new Set(consumerForms.entries.filter((entry) => entry.kind === 'needing-phrase' && !entry.phrase.includes(' ')).map((entry) => entry.phrase));
/** Who needs: the reader. */
const NEEDERS = new Set(['you', "you'll"]);
/** How many words the product's phrase may take after the verb: "this little patch", "our new foot balm". */
const PRODUCT_REACH = 4;
/** How far the claim's extent runs after the verb, to the clause's end: "need this patch in your life". */
const OBJECT_REACH = 6;

type Words = readonly (Word & { breaks?: boolean })[];

/** Whether the words may hold a needed product (no tags needed). */
export function mayHoldNeededProduct(words: Words, concepts: readonly ConceptMention[]): boolean {
  return concepts.some((concept) => concept.category === 'symptom' || concept.category === 'disease') && neededAt(words) >= 0;
}

export function neededProductCandidate(words: Words, concepts: readonly ConceptMention[]): Candidate | undefined {
  const ailment = concepts.find((concept) => concept.category === 'symptom' || concept.category === 'disease');
  const verb = neededAt(words);
  if (!ailment || verb < 0) return undefined;
  let end = verb + 1;
  while (end < words.length && end - verb <= OBJECT_REACH && !words[end].breaks) end++;
  return {
    kind: 'verb',
    structure: 'needed product',
    subject: 'product',
    basis: 'a product of the writer\'s named as what a reader with the ailment needs',
    groupFirst: verb,
    groupEnd: verb + 1,
    head: verb,
    info: { lemma: 'need', phrase: 'need', form: 'base', verbKind: 'benefit' },
    objectFrom: verb + 1,
    objectEnd: end,
  };
}

/** The verb of needing after the reader, with a product of the writer's right after it ("you need this patch"): its index, or -1. */
function neededAt(words: Words): number {
  for (let verb = 1; verb < words.length; verb++) {
    if (!NEEDING.has(words[verb].norm) || words[verb].breaks || !NEEDERS.has(words[verb - 1].norm)) continue;
    const next = words[verb + 1]?.norm ?? '';
    if (next === 'to') continue;
    if (productOfTheWriterIn(words, verb + 1, Math.min(words.length, verb + 1 + PRODUCT_REACH))) return verb;
  }
  return -1;
}
