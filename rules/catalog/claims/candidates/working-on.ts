// A product said to work on a health concept: the verb of working or acting with the concept
// after "on", "against" or "for" (Wiktionary, "work": "to have the intended effect"; "act on":
// "to have an effect on"): "This gel works in minutes on tension headaches", "Our balm acts fast
// against cold sores", "Our rub works wonders for stiff shoulders". What stands between the
// verb and the preposition is its manner or time ("in minutes", "fast", "wonders"), unbroken by
// punctuation. The subject must be a product, as for any open verb (subjectOf): "Antibiotics do
// not work on colds" is negated, "Researchers are working on a malaria vaccine" names people,
// and "She works for a diabetes charity" has the concept modifying another noun. What it works
// on must be an ailment or a state: "Vitamin D acts on cells in the gut" is a mechanism.

import type { Word } from '../../../engine/sentences.js';
import type { Candidate } from './candidate.js';
import { type ConceptMention, type StructureInput, isVerb, nounAfterConcept, nounPhraseStart, subjectOf, verbForm, verbGroupBefore } from './structure-core.js';

/** The verbs of working, every form ("work", "acts", "worked"). */
const WORKING_FORMS = new Set(['work', 'works', 'worked', 'act', 'acts', 'acted']);
const WORKING_LEMMAS = new Set(['work', 'act']);
const PREPOSITIONS = new Set(['on', 'against', 'for']);
const AILMENTS_AND_STATES = new Set<ConceptMention['category']>(['symptom', 'disease', 'wellbeing']);
/** How many words of manner or time may stand between the verb and its preposition: "works in just ten minutes on". */
const MANNER_REACH = 4;
/** How many modifiers may stand between the preposition and the concept: "on stubborn tension headaches". */
const MODIFIER_REACH = 3;

/** Whether the words may hold a product working on a concept (no tags needed). */
export function mayHoldWorkingOn(words: readonly (Word & { breaks?: boolean })[], concepts: readonly ConceptMention[]): boolean {
  return concepts.some((concept) => workingVerbBefore(words, concept.firstWord) >= 0);
}

export function workingOnCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens, tags } = input;
  // What a product works on to be a claim is an ailment or a state; "acts on cells", "works on the gut lining" describe a mechanism.
  if (!AILMENTS_AND_STATES.has(concept.category)) return undefined;
  const phraseStart = nounPhraseStart(input, concept);
  const preposition = phraseStart - 1;
  if (preposition < 1 || !PREPOSITIONS.has(tokens[preposition].norm) || tokens[phraseStart].breaks) return undefined;
  const verbAt = workingVerbBefore(tokens, phraseStart);
  if (verbAt < 0 || !isVerb(tags[verbAt]) || !WORKING_LEMMAS.has(tags[verbAt].lemma)) return undefined;
  if (nounAfterConcept(input, concept)) return undefined;
  const group = verbGroupBefore(input, verbAt);
  if (!group) return undefined;
  const before = group.groupFirst > 0 && !tokens[group.groupFirst].breaks ? group.groupFirst - 1 : -1;
  const form = verbForm(tags[verbAt]);
  // A bare imperative ("Work on your posture") is advice: only a product, named or a pronoun for one, or a product bullet.
  if (subjectOf(input, before, group.groupFirst, verbAt, form, group.promising, concept, false) !== 'product') return undefined;
  return {
    kind: 'verb',
    structure: 'working on a concept',
    subject: 'product',
    groupFirst: group.groupFirst,
    groupEnd: verbAt + 1,
    head: verbAt,
    info: { lemma: tags[verbAt].lemma, phrase: `${tags[verbAt].lemma} ${tokens[preposition].norm}`, form, verbKind: 'benefit' },
    objectFrom: verbAt + 1,
    objectEnd: concept.endWord,
  };
}

/**
 * The verb of working before the preposition that opens the concept's phrase (the phrase starts
 * at `phraseStart`, or up to three modifiers later before tagging): its index, or -1.
 */
function workingVerbBefore(words: readonly (Word & { breaks?: boolean })[], phraseStart: number): number {
  for (let preposition = phraseStart - 1; preposition > 0 && phraseStart - preposition <= MODIFIER_REACH + 1; preposition--) {
    if (words[preposition + 1].breaks) return -1;
    if (!PREPOSITIONS.has(words[preposition].norm)) continue;
    for (let verb = preposition - 1; verb >= 0 && preposition - verb <= MANNER_REACH + 1; verb--) {
      if (words[verb + 1].breaks) return -1;
      if (WORKING_FORMS.has(words[verb].norm)) return verb;
    }
    return -1;
  }
  return -1;
}
