// A better state put within a product's or a time's reach: "Clearer skin is just one capsule
// away", "Better sleep is only a few nights away", "A calmer mind starts with our chamomile
// tea". The subject is a health concept in a better state ("clearer skin") or a wellbeing state;
// the predicate measures the distance to it in doses of a product or in time (Huddleston &
// Pullum 2002, ch. 7: measure phrases before "away"), or names a product as its first step
// (rules/data/claim-consumer-forms.json 'reach-idiom'). "Good health starts with a balanced
// diet" names no product; "A long way away" measures no dose or time.

import consumerForms from '../../../data/claim-consumer-forms.json';
import type { Word } from '../../../engine/sentences.js';
import type { Candidate } from './candidate.js';
import { productNamedIn } from './products.js';
import { AMOUNT, type ConceptMention, DOSE_UNITS, PRODUCT_FORMS, type StructureInput, TIME_UNITS, isBetterState } from './structure-core.js';

const STARTS = new Set(consumerForms.entries.filter((entry) => entry.kind === 'reach-idiom' && entry.phrase.includes(' ')).map((entry) => entry.phrase.split(' ')[0]));
const BE = new Set(['is', 'are', "'s", "'re"]);
const DEGREE = new Set(['just', 'only', 'now', 'mere', 'single', 'few', 'little', 'short']);

/** Whether the words may hold a better state within reach (no tags needed). */
export function mayHoldWithinReach(words: readonly Word[], concepts: readonly ConceptMention[]): boolean {
  return concepts.some((concept) => reachAfter(words, concept.endWord) !== undefined);
}

export function withinReachCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens, tags } = input;
  const state = concept.firstWord > 0 && isBetterState(tokens[concept.firstWord - 1].norm) && !tokens[concept.firstWord].breaks;
  if (!state && concept.category !== 'wellbeing') return undefined;
  const reach = reachAfter(tokens, concept.endWord);
  if (!reach) return undefined;
  if (reach.kind === 'starts' && !productNamedIn(tokens, reach.end, tokens.length, tags)) return undefined;
  return {
    kind: 'nominal',
    structure: 'better state within reach',
    subject: 'reader',
    basis: reach.kind === 'starts' ? 'a better state said to start with a product' : 'a better state said to be a dose or a time away',
    groupFirst: concept.endWord,
    groupEnd: reach.end,
    head: reach.head,
    info: { lemma: tokens[reach.head].norm, phrase: tokens[reach.head].norm, form: 'base', verbKind: 'observed' },
    objectFrom: reach.end,
  };
}

/** "is just one capsule away" or "starts with" right after the concept: where it ends and its head word. */
function reachAfter(words: readonly (Word & { breaks?: boolean })[], from: number): { kind: 'away' | 'starts'; head: number; end: number } | undefined {
  const first = words[from];
  if (!first || first.breaks) return undefined;
  if (STARTS.has(first.norm) && words[from + 1]?.norm === 'with' && !words[from + 1].breaks) return { kind: 'starts', head: from, end: from + 2 };
  if (!BE.has(first.norm)) return undefined;
  // "is just one capsule away", "is only a few nights away": an amount, a dose or time unit, "away".
  let at = from + 1;
  while (at < words.length && DEGREE.has(words[at].norm)) at++;
  if (at >= words.length || !AMOUNT.test(words[at].norm)) return undefined;
  at++;
  while (at < words.length && DEGREE.has(words[at].norm)) at++;
  // One modifier of the unit may stand before it: "one daily capsule".
  if (!isUnit(words[at]) && isUnit(words[at + 1])) at++;
  if (!isUnit(words[at])) return undefined;
  const away = words[at + 1]?.norm === 'away' ? at + 1 : -1;
  if (away < 0 || words.slice(from + 1, away + 1).some((word) => word.breaks)) return undefined;
  return { kind: 'away', head: away, end: away + 1 };
}

function isUnit(word: Word | undefined): boolean {
  return word !== undefined && (DOSE_UNITS.has(word.norm) || TIME_UNITS.has(word.norm) || PRODUCT_FORMS.has(word.norm));
}
