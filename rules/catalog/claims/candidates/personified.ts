// A body part made a person and promised a feeling for a product: "Your joints will thank you
// for switching to our collagen broth", "Your gut will love this", "Your skin will never look
// back". The subject is the reader's body part or a body function (a health concept with a
// personal possessive), the verb one of gratitude or fondness (Levin 31.2 admire verbs, 33
// "thank"; rules/data/claim-consumer-forms.json), promised with "will" or "is going to", or
// in the present ("Your gut loves this blend"). The feeling stands for the product's effect on
// that body part, so the sentence claims one, when a product is named: one of the writer's
// ("our", "these capsules"), a product's form ("drops", "balm"), "it" or "this" as what is
// loved, or a product named so in the sentence before ("Try our broth. Your joints will thank
// you."). "Your back will thank you for lifting properly" names a practice, which careful
// writing recommends in plain words (docs/rules/unhedged-claim.md has the figures): no claim.
// The idioms of a lasting change ("will never look back") promise it with no product named.

import consumerForms from '../../../data/claim-consumer-forms.json';
import type { Word } from '../../../engine/sentences.js';
import type { Candidate } from './candidate.js';
import { productNamedIn } from './products.js';
import { type ConceptMention, PERSONAL_POSSESSIVES, type StructureInput } from './structure-core.js';

const AFFECTION_ENTRIES = consumerForms.entries.filter((entry) => entry.kind === 'affection-verb').map((entry) => entry.phrase);
const AFFECTION_VERBS = new Set(AFFECTION_ENTRIES.filter((phrase) => !phrase.includes(' ')));
/** Phrases of gratitude after the promise: "will be grateful", "will say thank you". */
const AFFECTION_PHRASES = AFFECTION_ENTRIES.filter((phrase) => phrase.includes(' ')).map((phrase) => phrase.split(' '));
/** The verbs in their base and -s forms ("love", "loves", "thanks"). */
const AFFECTION_FORMS = new Map([...AFFECTION_VERBS].flatMap((verb) => [[verb, verb], [`${verb}s`, verb]]));
/** The verbs' -ing forms, a final silent "e" dropped ("loving", "thanking"). */
const AFFECTION_ING = new Map([...AFFECTION_VERBS].map((verb) => [`${verb.endsWith('e') ? verb.slice(0, -1) : verb}ing`, verb]));
const LASTING_IDIOMS = consumerForms.entries.filter((entry) => entry.kind === 'lasting-idiom').map((entry) => entry.phrase.split(' '));
/** What promises the feeling: "will", "'ll", "won't" (decide.ts reads its negation), "is going to". */
const FUTURE = new Set(['will', "'ll", 'shall', "won't", 'wont']);
const GOING_TO = new Set(['is', 'are', "'s", "'re"]);
/** Adverbs between the promise and the verb: "will really thank you", "will absolutely love". */
const ADVERBS = new Set(['really', 'absolutely', 'truly', 'so', 'just', 'definitely', 'totally', 'seriously', 'also', 'soon']);
/** Body parts and functions ("your gut", "your immune system"); a symptom too where its head is a body part ("your tired feet"). */
const CONCEPT_KINDS = new Set(['body-part', 'function', 'symptom']);

/** Whether the words may hold a personified body part's promised feeling (no tags needed). */
export function mayHoldPersonified(words: readonly Word[], concepts: readonly ConceptMention[]): boolean {
  return concepts.some((concept) => CONCEPT_KINDS.has(concept.category) && feelingAfter(words, concept.endWord) !== undefined);
}

export function personifiedCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens, lexicon } = input;
  if (!CONCEPT_KINDS.has(concept.category) || !personalPossessiveBefore(tokens, concept.firstWord)) return undefined;
  if (concept.category === 'symptom' && lexicon.concepts.conceptsIn(tokens.slice(concept.endWord - 1, concept.endWord))[0]?.category !== 'body-part') return undefined;
  const feeling = feelingAfter(tokens, concept.endWord);
  if (!feeling) return undefined;
  if (!feeling.lasting && !productNamed(tokens, feeling.groupEnd, feeling.verb, input.tags) && !productNamed(input.previousWords?.() ?? [], 0)) return undefined;
  return {
    kind: 'verb',
    structure: 'personified body part',
    subject: 'product',
    basis: 'a body part promised a feeling for the product stands for its effect',
    groupFirst: feeling.groupFirst,
    groupEnd: feeling.groupEnd,
    head: feeling.verbAt,
    info: { lemma: feeling.verb, phrase: feeling.verb, form: 'base', verbKind: 'neutral' },
    objectFrom: feeling.groupEnd,
    // "never look back" promises; its "never" denies nothing.
    ownNegator: feeling.lasting,
  };
}

/** "Your", "my tired", "your poor old": a personal possessive opens the concept's phrase, at most two words before it. */
function personalPossessiveBefore(words: readonly (Word & { breaks?: boolean })[], conceptFirst: number): boolean {
  for (let at = conceptFirst - 1; at >= 0 && conceptFirst - at <= 3; at--) {
    if (words[at + 1].breaks) return false;
    if (PERSONAL_POSSESSIVES.has(words[at].norm)) return true;
  }
  return false;
}

/** The promised feeling right after the subject: the group's words, the verb and whether it is an idiom of lasting change. */
function feelingAfter(words: readonly (Word & { breaks?: boolean })[], from: number): { groupFirst: number; groupEnd: number; verbAt: number; verb: string; lasting: boolean } | undefined {
  let at = from;
  if (at >= words.length || words[at].breaks) return undefined;
  const groupFirst = at;
  if (FUTURE.has(words[at].norm)) at++;
  else if (GOING_TO.has(words[at].norm) && words[at + 1]?.norm === 'going' && words[at + 2]?.norm === 'to') at += 3;
  const promised = at > groupFirst;
  while (at < words.length && ADVERBS.has(words[at].norm) && !words[at].breaks) at++;
  if (at >= words.length || words[at].breaks) return undefined;
  for (const idiom of LASTING_IDIOMS) {
    if (promised && idiom.every((word, offset) => words[at + offset]?.norm === word && (offset === 0 || !words[at + offset].breaks))) {
      return { groupFirst, groupEnd: at + idiom.length, verbAt: at + 1, verb: idiom.join(' '), lasting: true };
    }
  }
  if (promised) {
    for (const phrase of AFFECTION_PHRASES) {
      // An adverb may stand after the phrase's first word: "will be so grateful".
      const skip = ADVERBS.has(words[at + 1]?.norm ?? '') && words[at + 2]?.norm === phrase[1] ? 1 : 0;
      if (words[at].norm === phrase[0] && phrase.slice(1).every((word, offset) => words[at + 1 + skip + offset]?.norm === word && !words[at + 1 + skip + offset].breaks)) {
        const end = at + skip + phrase.length;
        return { groupFirst, groupEnd: end, verbAt: at + skip + 1, verb: phrase.join(' '), lasting: false };
      }
    }
  }
  // The progressive after the promise: "will be thanking you", "is going to be loving this".
  if (promised && words[at].norm === 'be' && !words[at + 1]?.breaks) {
    const progressive = AFFECTION_ING.get(words[at + 1]?.norm ?? '');
    if (progressive) return { groupFirst, groupEnd: at + 2, verbAt: at + 1, verb: progressive, lasting: false };
  }
  const verb = AFFECTION_FORMS.get(words[at].norm);
  // The base form after the promise ("will love"), the -s form without one ("loves").
  if (!verb || (promised ? words[at].norm !== verb : words[at].norm === verb)) return undefined;
  return { groupFirst, groupEnd: at + 1, verbAt: at, verb, lasting: false };
}

/**
 * A product named after the verb: a product of the writer's or a product's form (products.ts),
 * or, as all that follows a verb of fondness, "it", "this", "these" or "them" ("will love this").
 */
function productNamed(words: readonly Word[], from: number, verb?: string, tags?: StructureInput['tags']): boolean {
  const first = words[from]?.norm;
  if (verb && verb !== 'thank' && from + 1 === words.length && (first === 'it' || first === 'this' || first === 'these' || first === 'them')) return true;
  return productNamedIn(words, from, words.length, tags);
}
