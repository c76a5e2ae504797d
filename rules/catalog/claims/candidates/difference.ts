// A promise that the reader will perceive a change in a health concept: "Feel the difference in
// your knees within a week", "You'll notice the difference in your skin after one jar". The verb
// of perception (Levin 30.1-30.2; rules/data/claim-consumer-forms.json 'difference-verb') opens
// an imperative or follows "you'll" / "you will"; "the difference" and "in" or "to" come before
// the concept. A hedge ("You may notice a difference") or a condition ("if you don't notice a
// difference in your symptoms") is decide.ts's to read.

import consumerForms from '../../../data/claim-consumer-forms.json';
import type { Word } from '../../../engine/sentences.js';
import type { Candidate } from './candidate.js';
import { type ConceptMention, POSSESSIVES, type StructureInput } from './structure-core.js';

const VERBS = new Set(consumerForms.entries.filter((entry) => entry.kind === 'difference-verb').map((entry) => entry.phrase));
const PROMISES = new Set(["you'll", 'will', 'shall']);

/** Whether the words may hold a promised difference before a concept (no tags needed). */
export function mayHoldDifference(words: readonly Word[], concepts: readonly ConceptMention[]): boolean {
  return concepts.some((concept) => differenceBefore(words, concept.firstWord) >= 0);
}

export function differenceCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const verb = differenceBefore(input.tokens, concept.firstWord);
  if (verb < 0) return undefined;
  const groupFirst = verb > 0 ? verb - (input.tokens[verb - 1].norm === 'will' ? 1 : 0) : 0;
  return {
    kind: 'verb',
    structure: 'promised difference',
    subject: verb === 0 ? 'imperative' : 'reader',
    groupFirst,
    groupEnd: verb + 1,
    head: verb,
    info: { lemma: input.tokens[verb].norm, phrase: input.tokens[verb].norm, form: 'base', verbKind: 'observed' },
    objectFrom: concept.firstWord,
  };
}

/** The perception verb of "[verb] the difference in [your] concept", opening the sentence or after "you'll"/"you will": its index, or -1. */
function differenceBefore(words: readonly (Word & { breaks?: boolean })[], conceptFirst: number): number {
  let at = conceptFirst - 1;
  while (at >= 0 && conceptFirst - at <= 2 && POSSESSIVES.has(words[at].norm)) at--;
  if (at < 3 || !/^(?:in|to|on)$/.test(words[at].norm) || words[at - 1].norm !== 'difference' || !/^(?:the|a)$/.test(words[at - 2].norm)) return -1;
  const verb = at - 3;
  if (!VERBS.has(words[verb].norm)) return -1;
  for (let between = verb + 1; between < conceptFirst; between++) if (words[between].breaks) return -1;
  if (verb === 0) return verb;
  const before = words[verb - 1].norm;
  const promised = PROMISES.has(before) && (before === "you'll" || words[verb - 2]?.norm === 'you');
  return promised && !words[verb].breaks ? verb : -1;
}
