// A cause named by a predicate of blame or responsibility rather than a causal verb, as news
// states it: "Air pollution (is) behind the rise in dementia", "Sugary drinks are to blame for
// childhood obesity", "Salt is responsible for a third of strokes", "Screens blamed for surge in
// myopia". What the cause is blamed for is a health concept, or a change of one ("the rise in",
// "a surge of"). "Behind" names a cause only before such a change: "pain behind the eyes" is a
// place. The words are data: rules/data/claim-blame.json.

import data from '../../../data/claim-blame.json';
import { WordSet } from '../../../engine/phrases.js';
import type { Word } from '../../../engine/sentences.js';
import type { ConceptMatch } from '../concepts.js';
import { DETERMINERS, type Token, isFunctionWord, phraseAt } from '../words.js';
import type { Candidate } from './candidate.js';

const BLAME_PHRASES = data.entries.filter((entry) => entry.kind === 'blame').map((entry) => ({ words: entry.phrase.split(' '), needsChange: entry.needsChange === true }));
/** Nouns of a change in how common or how bad something is (also read by headline-result.ts). */
export const CHANGE_NOUNS = new Set(data.entries.filter((entry) => entry.kind === 'change-noun').map((entry) => entry.phrase));
const BLAME_FIRST_WORDS = new Set(BLAME_PHRASES.map((phrase) => phrase.words[0]));
/** The same, by vocabulary id: the check before any token is made runs on every sentence. */
const BLAME_FIRST_WORD_IDS = new WordSet(BLAME_FIRST_WORDS);
/** Words between the subject and the blame phrase: "is", "are largely". */
const LINKS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'largely', 'partly', 'mainly', 'mostly', 'partially']);
const QUESTION_WORDS = new Set(['who', 'what', 'whoever', 'whatever']);
/** How many words may stand between the blame phrase and the concept: "for the recent rise in". */
const OBJECT_REACH = 5;

export function mayHoldBlamedCause(words: readonly Word[]): boolean {
  for (let at = 1; at < words.length; at++) if (BLAME_FIRST_WORD_IDS.has(words[at]) && blamePhraseAt(words, at)) return true;
  return false;
}

/** The blame phrase whose words start at `at` ("to blame for", not any "to"). */
function blamePhraseAt(words: readonly Word[], at: number): (typeof BLAME_PHRASES)[number] | undefined {
  return BLAME_PHRASES.find((phrase) => phraseAt(words, at, phrase.words));
}

export function blamedCauseCandidates(tokens: readonly Token[], concepts: readonly ConceptMatch[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (let at = 1; at < tokens.length; at++) {
    if (!BLAME_FIRST_WORDS.has(tokens[at].norm)) continue;
    const phrase = blamePhraseAt(tokens, at);
    if (!phrase || phrase.words.some((_, offset) => offset > 0 && tokens[at + offset].breaks)) continue;
    const end = at + phrase.words.length;
    // A subject before it in its clause, over "be" and a degree ("Salt is largely", "Screens"); not a question of who or what is ("who is behind").
    let subject = at - 1;
    while (subject > 0 && LINKS.has(tokens[subject].norm) && !tokens[subject + 1].breaks) subject--;
    const before = tokens[at - 1];
    if (tokens[at].breaks || QUESTION_WORDS.has(tokens[subject].norm) || (isFunctionWord(before.norm) && !LINKS.has(before.norm))) continue;
    // What it is blamed for: a concept within reach, after at most determiners, amounts, modifiers and a change noun with "in" or "of".
    let changed = false;
    let concept: ConceptMatch | undefined;
    for (let word = end; word < tokens.length && word - end < OBJECT_REACH; word++) {
      if (word > end && tokens[word].breaks) break;
      concept = concepts.find((match) => match.firstWord === word);
      if (concept) break;
      const norm = tokens[word].norm;
      if (CHANGE_NOUNS.has(norm)) changed = true;
      else if (isFunctionWord(norm) && !DETERMINERS.has(norm) && norm !== 'of' && norm !== 'in') break;
      // A verb in -ing names what something does ("responsible for mediating pain relief"): a mechanism, unless it modifies the concept ("rising obesity").
      else if (norm.endsWith('ing') && !concepts.some((match) => match.firstWord === word + 1)) break;
    }
    if (!concept || (phrase.needsChange && !changed)) continue;
    candidates.push({
      kind: 'predicate',
      structure: 'blamed cause',
      groupFirst: at,
      groupEnd: end,
      head: at,
      info: { lemma: phrase.words.join(' '), phrase: phrase.words.join(' '), form: 'predicate', verbKind: 'predicate' },
      objectFrom: end,
    });
  }
  return candidates;
}
