// The trigger table: the words that can start a candidate claim, and which candidate families
// (the other files of this folder) look for a claim at each; `candidatesOf` runs them.

import { WordSet, lexiconIdOfWord, vocabularyId } from '../../../engine/phrases.js';
import type { Word } from '../../../engine/sentences.js';
import type { Candidate } from './candidate.js';
import { MAKE_FORMS, causativeMakeCandidate } from './causative-make.js';
import { EFFECT_ON_NOUNS, OBSERVATION_PARTICIPLES, observedEffectCandidate, qualifiedEffectCandidate, sizedEffectCandidate } from './effect-result.js';
import { nominalCandidate } from './nominal.js';
import { ALTERNATIVE_NOUNS, CAUSAL_ROLE_NOUNS, INVOLVEMENT_PARTICIPLES, MEANS_NOUNS, TREATMENT_ROLE_NOUNS, predicateCandidate } from './predicate.js';
import { verbCandidate } from './verb.js';
import type { ClaimLexicon, VerbFormInfo } from '../lexicon.js';
import type { Token } from '../words.js';

/** Index of the first word that can start a claim, or -1. */
export function firstTriggerOf(triggers: WordSet, words: readonly Word[]): number {
  for (let at = 0; at < words.length; at++) if (triggers.has(words[at])) return at;
  return -1;
}

/** Which candidate functions a trigger word can start, beyond the verb and support-verb look-ups (bits of `TriggerTable.kinds`). */
const STARTS_PREDICATE = 1;
const STARTS_QUALIFIED = 2;
const STARTS_OBSERVED = 4;
const STARTS_SIZED = 8;
const STARTS_MADE = 16;

/**
 * The candidate functions' entry tests, by vocabulary id: a trigger costs array reads instead of
 * a dozen string look-ups, most of which fail.
 */
interface TriggerTable {
  /** Every word at which a candidate function below can find a claim (the union of their entry tests). */
  words: WordSet;
  /** `lexicon.verbs` and `lexicon.supportVerbs` by id. */
  verbs: Array<VerbFormInfo[] | undefined>;
  supportVerbs: Array<VerbFormInfo[] | undefined>;
  /** STARTS_* bits by id (0 past the end). */
  kinds: Uint8Array;
}

const triggersByLexicon = new WeakMap<ClaimLexicon, TriggerTable>();

/** The last table asked for: one lexicon serves a whole lint. */
let lastTable: { lexicon: ClaimLexicon; table: TriggerTable } | undefined;

export function triggerTable(lexicon: ClaimLexicon): TriggerTable {
  if (lastTable?.lexicon === lexicon) return lastTable.table;
  let table = triggersByLexicon.get(lexicon);
  if (!table) {
    // Dense arrays: ids are assigned in no particular order, and a sparse array is a slow dictionary.
    const byId = (map: Map<string, VerbFormInfo[]>): Array<VerbFormInfo[] | undefined> => {
      const ids = [...map.keys()].map(vocabularyId);
      const array = new Array<VerbFormInfo[] | undefined>(Math.max(0, ...ids) + 1).fill(undefined);
      for (const [word, options] of map) array[vocabularyId(word)] = options;
      return array;
    };
    // The entry test of each function: predicateCandidate's chain of sets, then the others' single tests.
    const starts: Array<[number, Iterable<string>]> = [
      [STARTS_PREDICATE, [...CAUSAL_ROLE_NOUNS, ...TREATMENT_ROLE_NOUNS, ...ALTERNATIVE_NOUNS, 'benefit', ...INVOLVEMENT_PARTICIPLES, ...MEANS_NOUNS, ...lexicon.comparativePredicates, ...lexicon.purposePredicates, ...lexicon.necessityPredicates, ...lexicon.predicates]],
      [STARTS_QUALIFIED, lexicon.effectHeads],
      [STARTS_OBSERVED, OBSERVATION_PARTICIPLES],
      [STARTS_SIZED, EFFECT_ON_NOUNS],
      [STARTS_MADE, MAKE_FORMS.keys()],
    ];
    const startWords: string[] = [];
    const bits: Array<[number, number]> = [];
    for (const [bit, words] of starts) {
      for (const word of words) {
        startWords.push(word);
        bits.push([vocabularyId(word), bit]);
      }
    }
    const verbs = byId(lexicon.verbs);
    const supportVerbs = byId(lexicon.supportVerbs);
    const kinds = new Uint8Array(Math.max(0, ...bits.map(([id]) => id + 1)));
    for (const [id, bit] of bits) kinds[id] |= bit;
    table = {
      words: new WordSet([...lexicon.verbs.keys(), ...lexicon.supportVerbs.keys(), ...startWords]),
      verbs,
      supportVerbs,
      kinds,
    };
    triggersByLexicon.set(lexicon, table);
  }
  lastTable = { lexicon, table };
  return table;
}

/** The candidate claims that the trigger words of the sentence start, from word `from` on, in word order. */
export function candidatesOf(tokens: Token[], from: number, lexicon: ClaimLexicon, table: TriggerTable): Candidate[] {
  const triggers = table.words;
  const candidates: Candidate[] = [];
  for (let at = from; at < tokens.length; at++) {
    const token = tokens[at];
    if (!triggers.has(token)) continue;
    // Only the candidate functions whose entry test this word passes (the others would return undefined).
    const id = lexiconIdOfWord(token);
    const verbOptions = table.verbs[id];
    if (verbOptions) {
      const verb = verbCandidate(tokens, token, lexicon, verbOptions);
      if (verb) candidates.push(verb);
    }
    const supportOptions = table.supportVerbs[id];
    if (supportOptions) {
      const nominal = nominalCandidate(tokens, token, lexicon, supportOptions);
      if (nominal) candidates.push(nominal);
    }
    const kinds = table.kinds[id];
    if (kinds & STARTS_PREDICATE) {
      const predicate = predicateCandidate(tokens, token, lexicon);
      if (predicate) candidates.push(predicate);
    }
    if (kinds & STARTS_QUALIFIED) {
      const qualified = qualifiedEffectCandidate(tokens, token, lexicon);
      if (qualified) candidates.push(qualified);
    }
    if (kinds & STARTS_OBSERVED) {
      const observed = observedEffectCandidate(tokens, token, lexicon);
      if (observed) candidates.push(observed);
    }
    if (kinds & STARTS_SIZED) {
      const sized = sizedEffectCandidate(tokens, token);
      if (sized) candidates.push(sized);
    }
    if (kinds & STARTS_MADE) {
      const made = causativeMakeCandidate(tokens, token);
      if (made) candidates.push(made);
    }
  }
  return candidates;
}
