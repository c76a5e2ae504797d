// A pronoun as the object of a product's verb, standing for a health concept named before it:
// "Cracked heels? Our foot cream softens them overnight", "Why put up with bloating when this
// tea settles it in minutes?". Seller copy names the ailment in a question or a clause and then
// says what the product does to it. The pronoun takes the concept's place for the structural
// families, as a mention of the concept it stands for: the nearest one before it in the sentence,
// or the last one of the sentence before.
//
// Only where a product stands before the pronoun as the verb's likely subject ("our cream", "this
// tea", "the drops"): "Take it with food" and "Stress affects sleep, and it ..." name none.

import type { Word } from '../../../engine/sentences.js';
import { DETERMINERS, isFunctionWord } from '../words.js';
import { PRODUCT_DEMONSTRATIVES } from './means.js';
import { type ConceptMention, MODALS, PRODUCT_FORMS } from './structure-core.js';

const OBJECT_PRONOUNS = new Set(['it', 'them']);
const THIRD_PERSON = /[a-z]s$/;
/** How far before the pronoun the product may stand: "our foot cream | softens | them", "this tea gently settles it". */
const PRODUCT_REACH = 5;

/** Pronouns in the words that may stand for a concept: after a word that can be a verb, with a product before it. */
export function mayHoldAnaphoricObject(words: readonly Word[]): boolean {
  for (let at = 2; at < words.length; at++) if (productBefore(words, at) >= 0) return true;
  return false;
}

/**
 * The mentions that the object pronouns stand for, each at the pronoun's place, with the category
 * of the concept it refers to; `previousConcepts` is asked only when the sentence names none
 * before the pronoun.
 */
export function anaphoricMentions(words: readonly Word[], concepts: readonly ConceptMention[], previousConcepts: () => readonly ConceptMention[]): ConceptMention[] {
  const found: ConceptMention[] = [];
  for (let at = 2; at < words.length; at++) {
    const product = productBefore(words, at);
    if (product < 0) continue;
    // Not a concept inside the product's own name ("our foot cream").
    const productStart = nounPhraseStart(words, product);
    let antecedent = lastOf(concepts.filter((concept) => concept.endWord <= productStart));
    if (!antecedent) antecedent = lastOf(previousConcepts());
    if (antecedent) found.push({ firstWord: at, endWord: at + 1, category: antecedent.category, disease: antecedent.disease, ambiguous: antecedent.ambiguous });
  }
  return found;
}

/** The product word before the object pronoun at `at` ("cream" in "our foot cream softens them"), or -1 when `at` holds no such pronoun. */
function productBefore(words: readonly Word[], at: number): number {
  if (!OBJECT_PRONOUNS.has(words[at].norm)) return -1;
  // The verb's -s form ("softens them"), or its base after a modal ("will ease it").
  const verb = words[at - 1].norm;
  if (isFunctionWord(verb) || !(THIRD_PERSON.test(verb) || MODALS.has(words[at - 2].norm))) return -1;
  for (let back = at - 2; back >= 0 && at - back <= PRODUCT_REACH; back--) {
    const norm = words[back].norm;
    if (PRODUCT_FORMS.has(norm) || (PRODUCT_DEMONSTRATIVES.has(norm) && back < at - 2)) return back;
  }
  return -1;
}

/** Where the noun phrase that ends at `head` starts: back over its modifiers to its determiner ("our foot cream"). */
function nounPhraseStart(words: readonly Word[], head: number): number {
  let start = head;
  while (start > 0 && head - start < 3 && !isFunctionWord(words[start - 1].norm)) start--;
  return start > 0 && DETERMINERS.has(words[start - 1].norm) ? start - 1 : start;
}

/** The last concept named, the longest where two end together ("cracked heels", not "heels"). */
function lastOf(concepts: readonly ConceptMention[]): ConceptMention | undefined {
  let last: ConceptMention | undefined;
  for (const concept of concepts) if (!last || concept.endWord > last.endWord || (concept.endWord === last.endWord && concept.firstWord < last.firstWord)) last = concept;
  return last;
}
