// A testimony that a symptom has ended since the writer took something: a negated verb of having
// or getting with the symptom as its object, and a word that closes it in time ("since",
// "anymore", "again"), in a sentence that names the means (means.ts `meansNamed`): "Swapped my
// coffee for our mushroom blend and haven't had a single afternoon crash since", "Since starting
// these drops I don't get headaches anymore", "I no longer wake up with a stiff neck since
// switching to our pillow". The negation is the claim here, as "No more heartburn" is
// (`ownNegator`). Left alone: no means named ("I haven't had a cold since I started washing my
// hands more" names a habit, not a product), a symptom never had ("I don't get migraines") and a
// denial of an effect ("Our tea hasn't stopped my headaches").

import type { Word } from '../../../engine/sentences.js';
import { inflect } from '../lexicon.js';
import type { Candidate } from './candidate.js';
import { meansNamed } from './means.js';
import { TESTIFIERS } from './states.js';
import { type ConceptMention, type StructureInput, nounPhraseStart } from './structure-core.js';

/** Verbs of having or getting a symptom, every form (Levin 1993, 13.5.1 "get" and 29.5 "have"; FrameNet Perception_body): "had", "get", "suffered", "wake up with". */
const HAVING_FORMS = new Set([...['have', 'get', 'experience', 'suffer', 'feel', 'notice'].flatMap((verb) => inflect(verb).map((form) => form.word)), 'has', 'had', 'got', 'gotten', 'felt']);
/** Verbs whose symptom follows "up with": "wake up with a headache". */
const WAKING_FORMS = new Set(['wake', 'wakes', 'woke', 'waking']);
const NEGATORS = new Set(["haven't", "hasn't", "hadn't", "don't", "doesn't", "didn't", "never", 'not', "can't", "won't"]);
/** Words that close the symptom's absence in time: "since", "anymore", "again". */
const ENDINGS = new Set(['since', 'anymore', 'again']);
/** Words of amount that may open the symptom's phrase: "a single", "any", "one". */
const AMOUNTS = new Set(['a', 'an', 'any', 'single', 'one', 'another', 'those', 'that', 'my', 'the']);

/** Whether the words may hold such a testimony (no tags needed): a closing word after a concept. */
export function mayHoldEndedTestimony(words: readonly Word[], concepts: readonly ConceptMention[]): boolean {
  return concepts.some((concept) => endingAfter(words, concept.endWord) >= 0 && havingVerbBefore(words, concept.firstWord) >= 0);
}

export function endedTestimonyCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens } = input;
  const phraseStart = nounPhraseStart(input, concept);
  const verb = havingVerbBefore(tokens, phraseStart);
  if (verb < 0 || endingAfter(tokens, concept.endWord) < 0) return undefined;
  const negator = negatorBefore(tokens, verb);
  if (negator < 0) return undefined;
  // The writer testifies, or the subject is left out after "and" in a testimony: "... and haven't had".
  const subject = negator - 1;
  if (subject < 0 || tokens[negator].breaks || !(TESTIFIERS.has(tokens[subject].norm) || tokens[subject].norm === 'and')) return undefined;
  if (!meansNamed(input)) return undefined;
  return {
    kind: 'verb',
    structure: 'testimony of a symptom ended',
    subject: 'product',
    basis: 'a symptom said to have ended since a product of the writer\'s was taken',
    ownNegator: true,
    groupFirst: negator,
    groupEnd: verb + 1,
    head: verb,
    info: { lemma: 'end', phrase: 'end', form: 'base', verbKind: 'neutral' },
    objectFrom: verb + 1,
    objectEnd: concept.endWord,
  };
}

/** The closing word right after the concept (or after one word: "since then", "a day since"): its index, or -1. */
function endingAfter(words: readonly (Word & { breaks?: boolean })[], from: number): number {
  for (let at = from; at < words.length && at <= from + 1; at++) {
    if (ENDINGS.has(words[at].norm)) return at;
    if (words[at].norm === 'any' && words[at + 1]?.norm === 'more') return at;
  }
  return -1;
}

/** The verb of having right before the symptom's phrase, over its words of amount ("had a single", "wake up with"): its index, or -1. */
function havingVerbBefore(words: readonly (Word & { breaks?: boolean })[], phraseStart: number): number {
  let at = phraseStart - 1;
  while (at > 0 && AMOUNTS.has(words[at].norm) && phraseStart - at <= 3) at--;
  if (at < 0) return -1;
  if (HAVING_FORMS.has(words[at].norm)) return at;
  if (words[at].norm === 'with' && words[at - 1]?.norm === 'up' && WAKING_FORMS.has(words[at - 2]?.norm ?? '')) return at - 2;
  return -1;
}

/** The negator of the verb at `verb`, right before it or before "no longer" / an auxiliary ("haven't had", "no longer get", "do not get"): its index, or -1. */
function negatorBefore(words: readonly (Word & { breaks?: boolean })[], verb: number): number {
  for (let at = verb - 1; at >= 0 && verb - at <= 3; at--) {
    if (words[at + 1].breaks) return -1;
    if (NEGATORS.has(words[at].norm)) return at > 0 && /^(?:do|does|did|have|has|had)$/.test(words[at - 1].norm) && words[at].norm === 'not' ? at - 1 : at;
    if (words[at].norm === 'no' && words[at + 1]?.norm === 'longer') return at;
  }
  return -1;
}
