// Two verbless fragments of product copy that put a promise in a comma (Huddleston & Pullum 2002,
// ch. 17, verbless clauses):
// - a topic and the word that says it has gone, as the answered question says it after a question
//   mark: "Hay fever season, sorted.", "Brain fog, gone." (the `gone-answer` words of
//   claim-consumer-forms.json, closing the sentence);
// - a dose and its result: "One sachet, zero bloating.", "Two sprays, no more stuffy nose." (a count
//   and a dose unit or a product's form, a comma, then "zero" or "no" and a symptom or disease).
// Neither has a verb: "Hay fever, once the season is over, fades" is a clause for the other
// families; a symptom list with no dose ("No fever, no rash: probably a cold") is no promise.

import consumerForms from '../../../data/claim-consumer-forms.json';
import type { Word } from '../../../engine/sentences.js';
import type { ConceptMatch } from '../concepts.js';
import { ASSERTIVE_AUX, BE, HAVE, HEDGING_AUX, type Token } from '../words.js';
import type { Candidate } from './candidate.js';
import { DOSE_UNITS, PRODUCT_FORMS } from './structure-core.js';

const GONE_WORDS = new Set(consumerForms.entries.filter((entry) => entry.kind === 'gone-answer' && !entry.phrase.includes(' ')).map((entry) => entry.phrase));
/** Words that count a dose: "one sachet", "two sprays", "a single capsule". */
const DOSE_COUNTS = new Set(['one', 'two', 'three', 'a', 'single', 'just', 'daily']);
const ABSENCE = new Set(['zero', 'no']);
/** How long the topic before "sorted" may be: "Hay fever season", "Afternoon energy slumps". */
const TOPIC_WORDS = 4;

/** The engine's words before tagging carry no punctuation (`breaks` undefined): the check before is looser, the tokens decide. */
type Words = readonly (Word & { breaks?: boolean; gap?: string })[];
type Mention = Pick<ConceptMatch, 'firstWord' | 'endWord' | 'category'>;

/** Whether the words may hold one of the two fragments (no tags needed). */
export function mayHoldVerblessPromise(words: Words, concepts: readonly Mention[]): boolean {
  return concepts.length > 0 && (goneAfterTopic(words, concepts) >= 0 || absenceAfterDose(words, concepts) >= 0);
}

export function verblessPromiseCandidate(tokens: readonly Token[], concepts: readonly Mention[]): Candidate | undefined {
  const gone = goneAfterTopic(tokens, concepts);
  if (gone >= 0) return candidate(0, tokens.length, gone, 'topic, then gone');
  const absence = absenceAfterDose(tokens, concepts);
  if (absence >= 0) return candidate(0, tokens.length, absence, 'a dose, then its result');
  return undefined;
}

function candidate(groupFirst: number, end: number, head: number, structure: string): Candidate {
  return {
    kind: 'nominal',
    structure: `verbless promise (${structure})`,
    subject: 'reader',
    groupFirst,
    groupEnd: end,
    head,
    info: { lemma: 'promise', phrase: 'promise', form: 'base', verbKind: 'observed' },
    objectFrom: end,
    // "zero bloating", "no more stuffy nose": the fragment's "no" is the promise, not a denial.
    ownNegator: true,
  };
}

/** "Hay fever season, sorted.": the gone word closing a short verbless topic that opens with a concept; its index, or -1. */
function goneAfterTopic(words: Words, concepts: readonly Mention[]): number {
  const last = words.length - 1;
  if (last < 1 || last > TOPIC_WORDS || !GONE_WORDS.has(words[last].norm) || words[last].breaks === false) return -1;
  if (!concepts.some((concept) => concept.firstWord === 0 && concept.endWord <= last)) return -1;
  return hasVerbWord(words, 0, last) ? -1 : last;
}

/** "One sachet, zero bloating.": "zero" or "no" before a symptom or disease after a dose and a comma; the index of "zero"/"no", or -1. */
function absenceAfterDose(words: Words, concepts: readonly Mention[]): number {
  let at = 0;
  while (at < words.length && at < 3 && DOSE_COUNTS.has(words[at].norm)) at++;
  if (at === 0 || at >= words.length || !(DOSE_UNITS.has(words[at].norm) || PRODUCT_FORMS.has(words[at].norm))) return -1;
  const absence = at + 1;
  if (absence >= words.length || words[absence].breaks === false || !ABSENCE.has(words[absence].norm)) return -1;
  const concept = concepts.find((each) => each.firstWord > absence && each.firstWord <= absence + 2 && (each.category === 'symptom' || each.category === 'disease'));
  if (!concept || hasVerbWord(words, 0, words.length)) return -1;
  return absence;
}

/** A form of "be" or "have" or a modal in the words: the fragment is a clause. */
function hasVerbWord(words: Words, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (BE.has(words[at].norm) || HAVE.has(words[at].norm) || ASSERTIVE_AUX.has(words[at].norm) || HEDGING_AUX.has(words[at].norm)) return true;
  return false;
}
