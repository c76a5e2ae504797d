// States of body or mind promised or testified: a product said to put the reader in a state
// ("keeps you feeling full", "leaves your skin glowing"), the reader's body said to keep or reach
// one ("your belly stays flat"), a testimony of a state with its means ("Since switching to this
// spray, I sleep straight through"), and a before-and-after testimony ("Before our spray ...;
// now ...").

import structureData from '../../../data/claim-structure.json';
import restoredFunctions from '../../../data/claim-restored-functions.json';
import { inflect } from '../lexicon.js';
import { WordSet } from '../../../engine/phrases.js';
import type { Candidate } from './candidate.js';
import { DETERMINERS } from '../words.js';
import type { ClaimLexicon } from '../lexicon.js';
import type { Word } from '../../../engine/sentences.js';
import { CHANGE_BASES } from './change-of-state.js';
import { intakeNamedAfter, meansNamed, testimonyBefore } from './means.js';
import { type ConceptMention, FEELING_WORDS, PERSONAL_POSSESSIVES, PROMISED_STATES, STATE_CAUSATIVES, STATE_DEGREE, STATE_VERBS, type StructureInput, isVerb, presentVerb, subjectOf, verbForm, verbGroupBefore } from './structure-core.js';

/**
 * Where the reader's body, named by the concept after "your" ("your belly", "your blood sugar"),
 * is said to keep or reach a promised state ("stays flat", "will look younger"): the index of the
 * verb of state, or -1.
 */
export function bodyStateVerbAfter(words: readonly (Word & { breaks?: boolean })[], concept: ConceptMention): number {
  const owner = words[concept.firstWord - 1]?.norm ?? '';
  if (!PERSONAL_POSSESSIVES.has(owner)) return -1;
  let verb = concept.endWord;
  if (words[verb]?.norm === 'will' && !words[verb].breaks) verb++;
  if (verb >= words.length || words[verb].breaks) return -1;
  // "is", "was", and a better state after any verb of state: only with a cause named, which the candidate checks; the other owners too.
  const be = BE_FORMS.has(words[verb].norm);
  if (!STATE_VERBS.has(words[verb].norm) && !be) return -1;
  let state = verb + 1;
  while (state < verb + 3 && STATE_DEGREE.has(words[state]?.norm ?? '')) state++;
  const stateWord = words[state]?.norm ?? '';
  // "feels better", "is much better": a better state, which the candidate takes only with its cause named.
  return state < words.length && !words[state].breaks && (PROMISED_STATES.has(stateWord) || BETTER_STATES.has(stateWord)) ? verb : -1;
}
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', "'s", "'re"]);

/**
 * Where the reader ("you") or the reader's body ("your joints", "your skin"), at `at` after a
 * causative verb, is put in a promised state: the state word's index ("keeps you feeling full",
 * "leaves your skin glowing", "will have your gut feeling settled"), or -1. After "your" the
 * words up to the state must be one health concept (`concepts`).
 */
export function promisedStateAfter(words: readonly (Word & { breaks?: boolean })[], at: number, concepts: readonly ConceptMention[], lexicon: ClaimLexicon): number {
  const object = words[at].norm;
  if ((object !== 'you' && object !== 'your') || !STATE_CAUSATIVES.has(words[at - 1]?.norm ?? '') || words[at].breaks) return -1;
  let next = at + 1;
  if (object === 'your') {
    const concept = concepts.find((each) => each.firstWord === at + 1);
    // "your gut feeling settled": the idiom "gut feeling" hides the body part, which "feeling" then follows.
    const beforeFeeling = !concept && FEELING_WORDS.has(words[at + 2]?.norm ?? '') && lexicon.concepts.conceptsIn(words.slice(at + 1, at + 2)).length > 0;
    if (!concept && !beforeFeeling) return -1;
    next = concept ? concept.endWord : at + 2;
  }
  if (FEELING_WORDS.has(words[next]?.norm ?? '') && !words[next].breaks) next++;
  if (STATE_DEGREE.has(words[next]?.norm ?? '')) next++;
  return next < words.length && !words[next].breaks && PROMISED_STATES.has(words[next].norm) ? next : -1;
}

/**
 * Where a before-and-after testimony turns ("now", after the time before a product): the index
 * of "now" when the sentence opens with "Before" and a product or an intake ("Before our sleep
 * spray, I tossed and turned; now I drift off in minutes", "Before I tried these drops ..."), or
 * when the sentence before did and this one opens with "Now". -1 otherwise. The caller wants a
 * health concept in the sentence.
 */
function beforeAndAfterTurn(words: readonly (Word & { breaks?: boolean })[], previousWords?: () => readonly Word[]): number {
  if (words[0]?.norm === 'now') {
    const previous = previousWords?.();
    return previous && opensWithBeforeProduct(previous) ? 0 : -1;
  }
  if (!opensWithBeforeProduct(words)) return -1;
  for (let at = 3; at < words.length; at++) if (words[at].norm === 'now') return at;
  return -1;
}

function opensWithBeforeProduct(words: readonly (Word & { breaks?: boolean })[]): boolean {
  return words[0]?.norm === 'before' && intakeNamedAfter(words, 1);
}

export function beforeAndAfterCandidate(input: StructureInput): Candidate | undefined {
  const { tokens, concepts } = input;
  const now = beforeAndAfterTurn(tokens, input.previousWords);
  if (now < 0 || tokens[now + 1] === undefined) return undefined;
  if (concepts.length === 0) return undefined;
  return {
    kind: 'verb',
    structure: 'before and after',
    subject: 'product',
    basis: 'a before-and-after testimony of a product',
    groupFirst: now,
    groupEnd: now + 1,
    head: now,
    info: { lemma: 'now', phrase: 'now', form: 'base', verbKind: 'observed' },
    objectFrom: now + 1,
  };
}

export const TESTIFIERS = new Set(['i', 'we']);
/** Who else a review tells of: "he", "she", or a person of the writer's ("my husband", "our son": 'family-noun' entries). */
const THIRD_TESTIFIERS = new Set(['he', 'she']);
const FAMILY_NOUNS = new Set(structureData.entries.filter((entry) => entry.kind === 'family-noun').map((entry) => entry.phrase));
const FAMILY_OWNERS = new Set(['my', 'our', 'his', 'her']);
/** The basic body functions in their finite forms ("sleeps", "breathes", "walks"): what a review says someone does again. */
const FUNCTION_FORMS = new Set(restoredFunctions.entries.filter((entry) => entry.kind === 'function-verb').flatMap((entry) => inflect(entry.phrase).filter((form) => form.form !== 'ing').map((form) => form.word)));

/** Where the testifier at `at` ends (its last word), or -1: "I", "we", "he", "she", or "my husband", "our son". */
export function testifierEnd(words: readonly Word[], at: number): number {
  const norm = words[at].norm;
  if (TESTIFIERS.has(norm) || THIRD_TESTIFIERS.has(norm)) return at;
  return FAMILY_OWNERS.has(norm) && FAMILY_NOUNS.has(words[at + 1]?.norm ?? '') ? at + 1 : -1;
}

/** The first words of the testifiers, looked up by vocabulary id (made on first use). */
let testifierStarts: WordSet | undefined;

/** Whether the words hold a testifier anywhere: one look-up per word, then `testifierEnd` where one may start. */
export function holdsTestifier(words: readonly Word[]): boolean {
  testifierStarts ??= new WordSet([...TESTIFIERS, ...THIRD_TESTIFIERS, ...FAMILY_OWNERS]);
  for (let at = 0; at < words.length; at++) if (testifierStarts.has(words[at]) && testifierEnd(words, at) >= 0) return true;
  return false;
}
const FEEL_FORMS = new Set(['feel', 'feels', 'felt', 'look', 'looks', 'looked']);
/** States a testimony claims besides the promised ones: "I feel better", "I feel like new". */
const BETTER_STATES = new Set(['better', 'great', 'amazing', 'fantastic', 'incredible', 'wonderful', 'brand-new']);

/**
 * A testimony that names what was taken and the state it brought: "Since switching to this pillow
 * spray, I sleep straight through", "After a week of our tea I feel lighter". The writer ("I",
 * "we"), or a person a review tells of ("he", "my husband"), then does a body function ("sleep",
 * "breathe") or feels or looks a promised state, in a sentence that names the means (see `meansNamed`).
 */
export function testimonyStateCandidate(input: StructureInput): Candidate | undefined {
  const { tokens, tags, concepts } = input;
  for (let first = 0; first < tokens.length - 1; first++) {
    const person = testifierEnd(tokens, first);
    if (person < 0) continue;
    let verb = person + 1;
    while (verb < tokens.length && verb - person <= 3 && !tokens[verb].breaks && (tags[verb].pos === 'ADV' || tags[verb].pos === 'AUX') && !FEEL_FORMS.has(tokens[verb].norm)) verb++;
    if (verb >= tokens.length || tokens[verb].breaks) continue;
    // "I sleep" (a function of the vocabulary) or "my husband sleeps" (a basic function's finite form).
    const doesFunction = (concepts.some((concept) => concept.firstWord === verb && concept.endWord === verb + 1 && concept.category === 'function') && tags[verb].pos === 'VERB') || (person > first || THIRD_TESTIFIERS.has(tokens[first].norm) ? FUNCTION_FORMS.has(tokens[verb].norm) : false);
    let state = verb + 1;
    while (state < verb + 3 && STATE_DEGREE.has(tokens[state]?.norm ?? '')) state++;
    const feelsState = FEEL_FORMS.has(tokens[verb].norm) && state < tokens.length && !tokens[state].breaks && (PROMISED_STATES.has(tokens[state].norm) || BETTER_STATES.has(tokens[state].norm));
    if (!doesFunction && !feelsState) continue;
    if (!meansNamed(input)) return undefined;
    const tag = isVerb(tags[verb]) ? tags[verb] : presentVerb(tokens[verb].norm);
    return {
      kind: 'verb',
      structure: 'testimony',
      subject: 'product',
      basis: CHANGE_BASES.cause,
      groupFirst: verb,
      groupEnd: verb + 1,
      head: verb,
      info: { lemma: tag.lemma, phrase: tag.lemma, form: verbForm(tag), verbKind: 'neutral' },
      objectFrom: verb + 1,
    };
  }
  return undefined;
}

/** "Your belly stays flat all day", "your skin will look younger": a promise to the reader about their body. */
export function bodyStateCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens } = input;
  const verbAt = bodyStateVerbAfter(tokens, concept);
  if (verbAt < 0) return undefined;
  const future = tokens[verbAt - 1].norm === 'will';
  const groupFirst = future ? verbAt - 1 : verbAt;
  // "Your skin will look younger" promises; "my skin is clear", "your joints are so much better" need their cause named.
  // "Your symptoms will be better in a few days" is a course: "better" is promised only with a cause named.
  const stateWord = tokens.slice(verbAt + 1, verbAt + 4).find((token) => !STATE_DEGREE.has(token.norm))?.norm ?? '';
  const promised = tokens[concept.firstWord - 1].norm === 'your' && (future || !BE_FORMS.has(tokens[verbAt].norm)) && !BETTER_STATES.has(stateWord);
  const caused = !promised && (meansNamed(input) || testimonyBefore(input));
  if (!promised && !caused) return undefined;
  const verb = BE_FORMS.has(tokens[verbAt].norm) ? { pos: 'VERB' as const, verbForm: 'base' as const, lemma: 'be' } : presentVerb(tokens[verbAt].norm);
  return {
    kind: 'verb',
    structure: 'promised state',
    subject: promised ? 'reader' : 'product',
    basis: promised ? undefined : CHANGE_BASES.cause,
    groupFirst,
    groupEnd: verbAt + 1,
    head: verbAt,
    info: { lemma: verb.lemma, phrase: verb.lemma, form: verbForm(verb), verbKind: 'neutral' },
    objectFrom: verbAt + 1,
  };
}

/**
 * A product said to put the reader in a state of body or mind: "This shake keeps you feeling
 * full for hours", "Our tea will have you sleeping like a baby" (a causative verb, "you", the
 * state). Its subject must be able to be a product, as for an active verb: "Exercise" counts,
 * "Your doctor" does not.
 */
export function promisedStateCandidate(input: StructureInput, you: number): Candidate | undefined {
  const { tokens, tags } = input;
  const state = promisedStateAfter(tokens, you, input.concepts, input.lexicon);
  if (state < 0) return undefined;
  const verbAt = you - 1;
  if (tokens[verbAt].breaks && verbAt > 0) return undefined;
  const group = verbGroupBefore(input, verbAt);
  if (!group) return undefined;
  const { groupFirst, promising } = group;
  const before = groupFirst > 0 && !tokens[groupFirst].breaks ? groupFirst - 1 : -1;
  const tag = isVerb(tags[verbAt]) ? tags[verbAt] : presentVerb(tokens[verbAt].norm);
  const form = verbForm(tag);
  const stateMention: ConceptMention = { firstWord: state, endWord: state + 1, category: 'wellbeing', disease: false, ambiguous: false };
  // "This shake keeps": after a determiner, the word the tagger read as a verb is the subject noun.
  const subjectMisread = before > 0 && isVerb(tags[before]) && DETERMINERS.has(tokens[before - 1].norm);
  if (subjectOf(input, before, groupFirst, verbAt, form, promising, stateMention, subjectMisread) !== 'product') return undefined;
  return {
    kind: 'verb',
    structure: 'promised state',
    subject: 'product',
    groupFirst,
    groupEnd: verbAt + 1,
    head: verbAt,
    info: { lemma: tag.lemma, phrase: tag.lemma, form, verbKind: 'benefit' },
    objectFrom: verbAt + 1,
  };
}
