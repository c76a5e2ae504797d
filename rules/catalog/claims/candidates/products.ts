// What names a product of the writer's in the consumer forms without a causal verb
// (suitability.ts, personified.ts, answered-question.ts): the nouns for the forms products are
// sold in (structure-core.ts `PRODUCT_FORMS`), and the determiners that make something the
// writer's own.

import type { Word } from '../../../engine/sentences.js';
import type { TaggedWord } from '../../../engine/tagger.js';
import { PRODUCT_DEMONSTRATIVES } from './means.js';
import { PRODUCT_FORMS } from './structure-core.js';


/**
 * A product named in words `from` to `to` (one past the last): a noun phrase of the writer's
 * ("our broth", "these drops") or a product's form ("the capsules"). "this" or "these" count
 * only before a product noun: "this simple stretch" is no product. Where tags are given, a
 * product noun the tagger read as a verb is one ("drink more water").
 */
export function productNamedIn(words: readonly Word[], from: number, to: number, tags?: readonly TaggedWord[]): boolean {
  for (let at = from; at < words.length && at < to; at++) {
    if (writersProductAt(words, at, words.length) || (PRODUCT_FORMS.has(words[at].norm) && tags?.[at].pos !== 'VERB')) return true;
  }
  return false;
}

/**
 * A product of the writer's named in words `from` to `to` (one past the last): "our", or
 * "this"/"these" with a product's form ("with our overnight mask", "these drops"); a bare form is
 * not enough.
 */
export function productOfTheWriterIn(words: readonly Word[], from: number, to = words.length): boolean {
  for (let at = from; at < to; at++) if (writersProductAt(words, at, to)) return true;
  return false;
}

/** "our" at `at`, or "this"/"these" before a product's form within `to`. */
function writersProductAt(words: readonly Word[], at: number, to: number): boolean {
  const norm = words[at].norm;
  return norm === 'our' || (PRODUCT_DEMONSTRATIVES.has(norm) && at + 1 < to && PRODUCT_FORMS.has(words[at + 1].norm));
}
