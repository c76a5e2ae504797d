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
// The people may also be named as the users of a product of the writer's, whatever the verb:
//   [people] who/that [took, use, ...] [our/this/these ...] [verb] [a better state] [concept]
// "Kids who take our gummies catch fewer colds", "Women who used this serum had fewer breakouts".
// Or they may be said to endorse one for the concept: "Runners swear by our magnesium spray for
// cramp-free legs" ('endorsing-verb' entries).
// "Patients who took it had fewer migraines" names no product of the writer's (research reports
// its groups this way), and is left to the other families.

import structureData from '../../../data/claim-structure.json';
import type { ConceptMatch } from '../concepts.js';
import { PERSON_BY_TRADE, type Token, isFunctionWord, phraseAt } from '../words.js';
import type { Word } from '../../../engine/sentences.js';
import { PRODUCT_DEMONSTRATIVES, intakeAt } from './means.js';
import { inflect } from '../lexicon.js';
import type { Candidate } from './candidate.js';
import { isBetterState } from './structure-core.js';

type ConceptMention = Pick<ConceptMatch, 'firstWord' | 'endWord' | 'category'>;

export const PERCEIVED_RESULT = 'perceived result';

const PERCEPTION_VERBS = new Set(structureData.entries.filter((entry) => entry.kind === 'perception-verb' && !('present' in entry)).map((entry) => entry.phrase));
/** Present perception verbs: a share of customers "notice" a result, as a product page reports its own buyers ("Most people notice less pain within a week" is a course). */
const PRESENT_PERCEPTION_VERBS = new Set(structureData.entries.filter((entry) => entry.kind === 'perception-verb' && 'present' in entry).map((entry) => entry.phrase));
const PEOPLE = new Set(structureData.entries.filter((entry) => entry.kind === 'people-noun').map((entry) => entry.phrase));
const CUSTOMERS = new Set(structureData.entries.filter((entry) => entry.kind === 'people-noun' && 'customer' in entry).map((entry) => entry.phrase));
const SHARE_WORDS = /^(?:\d[\d.,]*%?|percent|per|cent|most|many|nearly|almost|over|all|one|two|three|four|five|six|seven|eight|nine|ten|in|out|of|the|our|every)$/;
/** The words that make a share of people: a number, a percentage, or a quantifier. */
const SHARE_HEADS = /^(?:\d.*|most|many|all|every|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/** Verbs of endorsing as word lists, every form of their first word: "swear by", "swore by", "raves about", "rely on". */
const ENDORSING_VERBS = structureData.entries
  .filter((entry) => entry.kind === 'endorsing-verb')
  .flatMap((entry) => {
    const [verb, ...rest] = entry.phrase.split(' ');
    const irregular = 'forms' in entry ? (entry.forms as string[]).map((form) => form.split(' ')) : [];
    return [...inflect(verb).map((form) => [form.word, ...rest]), ...irregular];
  });
/** How many words the endorsed product's name may have before "for": "our magnesium spray for". */
const ENDORSED_REACH = 5;

/** Whether the words may hold a perceived result or an endorsement about a concept (no tags needed). */
export function mayHoldPerceivedResult(words: readonly { norm: string }[], concepts: readonly ConceptMention[]): boolean {
  return concepts.some((concept) => perceptionVerbBefore(words, concept) >= 0 || endorsementBefore(words, concept) !== undefined);
}

export function perceivedResultCandidate(tokens: readonly Token[], concept: ConceptMention): Candidate | undefined {
  const endorsement = endorsementBefore(tokens, concept);
  if (endorsement) {
    const { verbAt, forAt } = endorsement;
    return {
      kind: 'nominal',
      structure: 'endorsement',
      groupFirst: verbAt,
      groupEnd: verbAt + 1,
      head: verbAt,
      info: { lemma: tokens[verbAt].norm, phrase: tokens[verbAt].norm, form: 'base', verbKind: 'observed' },
      // Past the product and "for", which would end the object: "swear by our spray for | cramp-free legs".
      objectFrom: forAt + 1,
    };
  }
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
  if (PERCEPTION_VERBS.has(words[verb].norm) && shareOfPeopleBefore(words, verb - 1)) return verb;
  if (PRESENT_PERCEPTION_VERBS.has(words[verb].norm) && CUSTOMERS.has(words[verb - 1]?.norm ?? '') && shareOfPeopleBefore(words, verb - 1)) return verb;
  return !isFunctionWord(words[verb].norm) && usersOfOurProductBefore(words, verb) ? verb : -1;
}

/** A share of people ends at `people`: "93% of users", "nine in ten women", "most of our customers". */
function shareOfPeopleBefore(words: readonly { norm: string }[], people: number): boolean {
  if (people < 1 || !PEOPLE.has(words[people].norm)) return false;
  // A share before the people word, up to four words back.
  for (let at = people - 1; at >= 0 && people - at <= 4; at--) {
    const norm = words[at].norm;
    if (!SHARE_WORDS.test(norm)) return false;
    if (SHARE_HEADS.test(norm)) return true;
  }
  return false;
}

/**
 * People said to endorse a product of the writer's for the concept: "Runners swear by our
 * magnesium spray for cramp-free legs", "Parents rave about these drops for teething pain". The
 * endorsing verb's index and that of "for", or undefined. A product not of the writer's ("Many people swear by cranberry
 * juice for bladder infections") is an anecdote, for anecdotal-evidence; a body part alone is no
 * health effect ("for their legs"), a better state of it is ("for cramp-free legs").
 */
function endorsementBefore(words: readonly { norm: string }[], concept: ConceptMention): { verbAt: number; forAt: number } | undefined {
  let forAt = concept.firstWord - 1;
  // Modifiers between "for" and the concept: "for cramp-free legs", "for smoother skin".
  while (forAt > 0 && concept.firstWord - forAt <= 2 && words[forAt].norm !== 'for') forAt--;
  if (words[forAt]?.norm !== 'for') return undefined;
  const bettered = forAt < concept.firstWord - 1 && words.slice(forAt + 1, concept.firstWord).every((word) => isBetterState(word.norm) || FREE_OF.test(word.norm));
  if (concept.category === 'body-part' && !bettered) return undefined;
  for (let product = forAt - 1; product >= 2 && forAt - product <= ENDORSED_REACH; product--) {
    if (!PRODUCT_DEMONSTRATIVES.has(words[product].norm)) continue;
    const verb = ENDORSING_VERBS.find((phrase) => phraseAt(words, product - phrase.length, phrase));
    if (!verb) return undefined;
    const verbAt = product - verb.length;
    return verbAt > 0 && namesPeople(words[verbAt - 1].norm) ? { verbAt, forAt } : undefined;
  }
  return undefined;
}
const FREE_OF = /^[a-z]+-free$/;
/** Agent nouns in -ers ("runners", "gardeners"), as the subject of an endorsing verb, name people. */
const AGENT_NOUN = /^[a-z]{3,}ers$/;
/** A word for people: the people-noun entries, a trade ("cyclists", "dietitians"), or an agent ("runners"). */
const namesPeople = (norm: string): boolean => PEOPLE.has(norm) || PERSON_BY_TRADE.test(norm) || AGENT_NOUN.test(norm);

/** How many words the relative clause of users may have ("who took two of our capsules a day"). */
const USERS_CLAUSE_REACH = 8;

/** The subject before the verb at `verb` is people who use a product of the writer's: "kids who take our gummies". */
function usersOfOurProductBefore(words: readonly { norm: string }[], verb: number): boolean {
  for (let who = verb - 2; who >= 1 && verb - who <= USERS_CLAUSE_REACH; who--) {
    if (words[who].norm !== 'who' && words[who].norm !== 'that') continue;
    if (!PEOPLE.has(words[who - 1].norm)) return false;
    for (let at = who + 1; at < verb - 1; at++) {
      if (intakeAt(words as readonly Word[], at) && words.slice(at + 1, Math.min(verb, at + 4)).some((word) => PRODUCT_DEMONSTRATIVES.has(word.norm))) return true;
    }
    return false;
  }
  return false;
}

