// The conditional imperative (Russell, "Imperatives in conditional conjunction", 2007): "Take two
// capsules before bed and wake up refreshed", "Add a scoop to your smoothie and watch your
// bloating fade", "Two sprays and you'll breathe easy". An instruction to use something (or a
// product of the writer's), "and", then what the reader will experience: the second conjunct is
// promised as the first's result, as in "if you take it, you will wake up refreshed". The result
// may also be the imperative itself, with a product of the writer's as its means ("Breathe easy
// all season with our chest rub").
//
// The result counts when, after a verb of experience (claim-structure.json 'result-verb'), it
// names a state the reader is promised ("wake up refreshed", "feel lighter"), a concept gone
// ("without morning grogginess", "free of bloating"), a concept made better ("calmer skin"), a
// concept seen to change ("watch your bloating fade", "feel the difference in your knees"), or a
// body function done well ("sleep like a baby", "breathe easy", "drift off in minutes"). An
// instruction after "and" ("and see your doctor if it lasts", "and watch for stomach pain") is no
// result; nor is a warning ("Drink too much and you'll sleep badly") or the reader's own medicine
// ("Take your tablets every day and ...", advice on a prescription).

import structureData from '../../../data/claim-structure.json';
import type { Candidate } from './candidate.js';
import type { Word } from '../../../engine/sentences.js';
import { PRODUCT_DEMONSTRATIVES, conjunctNamesMeans, intakeAt } from './means.js';
import { isProfessional } from './verb.js';
import { AMOUNT, CHANGE_OF_STATE_FORMS, type ConceptMention, PROMISED_STATES, STATE_DEGREE, TIME_UNITS, isBetterState } from './structure-core.js';
import { WordSet } from '../../../engine/phrases.js';
import { firstPhraseAt, phraseAt } from '../words.js';

/** The structure's name in claims and explanations; the rewording reads it. */
export const CONDITIONAL_IMPERATIVE = 'conditional imperative';

type Words = readonly (Word & { breaks?: boolean })[];

/** Verbs of experience that carry the promised result, one or two words each ("wake", "drift off"). */
const RESULT_VERBS = structureData.entries.filter((entry) => entry.kind === 'result-verb').map((entry) => entry.phrase.split(' '));
/** Both forms need a result verb: a sentence without one of their first words is passed over in one look-up. */
const RESULT_VERB_STARTS = new WordSet(RESULT_VERBS.map((phrase) => phrase[0]));
/** Result verbs that are themselves the result when done well ("sleep soundly", "drift off in minutes"). */
const FUNCTION_VERBS = new Set(['sleep', 'breathe', 'drift', 'nod', 'fall']);
/** Verbs of perceiving a change in a concept ("watch your bloating fade", "see the difference in"). */
const PERCEIVING_VERBS = new Set(['see', 'watch', 'notice', 'feel']);
/** Verbs of seeing take the concept, not a state, as their object ("see clear skin" is read as a better concept). */
const SEEING_VERBS = new Set(['see', 'watch', 'notice']);
/** Manner adverbs that say sleep is done well ("sleep soundly", "drift off peacefully"), and a simile ("like a baby"). */
const SLEPT_WELL = new Set(['soundly', 'deeply', 'well', 'better', 'peacefully', 'straight', 'like']);
/** Manner adverbs that say breathing is done well; "deeply" and "slowly" instruct how to breathe. */
const BREATHED_WELL = new Set(['easy', 'easier', 'easily', 'freely', 'better', 'clearly']);
/** What a reader perceives of a change: "the difference in your joints", "real results in your skin". */
const CHANGE_NOUNS = new Set(['difference', 'results', 'improvement', 'change']);
/** Words between "and" and the result: "and then", "and just", "and you'll". */
const RESULT_OPENERS = new Set(['then', 'just', 'simply', 'soon', 'instantly']);
const READER_PROMISES = [["you'll"], ['you', 'will'], ['you', 'can']];
/** Adverbs before the opening instruction: "Simply add a scoop". */
const INSTRUCTION_OPENERS = new Set(['just', 'simply', 'now', 'then']);
/** How many words the instruction may have before its "and". */
const INSTRUCTION_REACH = 12;
/** How far into the result its concept or state may come ("wake up with noticeably calmer skin"). */
const RESULT_REACH = 5;
const DETERMINERS_OF_CONCEPT = new Set(['your', 'the', 'those', 'that', 'a', 'any', 'all']);

interface ConditionalResult {
  /** The "and" between the instruction and its result; -1 when the result is the imperative itself. */
  and: number;
  /** First word of the result's verb group ("you'll", or the verb). */
  groupFirst: number;
  verbAt: number;
  /** One past the result verb's last word ("wake up": after "up"). */
  verbEnd: number;
  /** Where the promised result's words start, after any preposition ("without | morning grogginess", "like | a baby"). */
  resultAt: number;
  lemma: string;
}

/** Whether the words hold the construction (no tags needed: the check before tagging and the family both read this). */
export function mayHoldConditionalImperative(words: Words, concepts: readonly ConceptMention[]): boolean {
  return RESULT_VERB_STARTS.hasAny(words) && conditionalResultOf(words, concepts) !== undefined;
}

export function conditionalImperativeCandidate(words: Words, concepts: readonly ConceptMention[]): Candidate | undefined {
  const found = conditionalResultOf(words, concepts);
  if (!found) return undefined;
  return {
    kind: 'verb',
    structure: CONDITIONAL_IMPERATIVE,
    subject: 'imperative',
    basis: 'the result an instruction to use something promises',
    groupFirst: found.groupFirst,
    groupEnd: found.verbEnd,
    head: found.verbAt,
    info: { lemma: found.lemma, phrase: found.lemma, form: 'base', verbKind: 'neutral' },
    // The claim reads on to the result past the preposition that would end an object ("without", "like").
    objectFrom: found.resultAt,
  };
}

function conditionalResultOf(words: Words, concepts: readonly ConceptMention[]): ConditionalResult | undefined {
  const and = instructionEnd(words);
  if (and < 0) return resultWithOurProduct(words, concepts);
  let groupFirst = and + 1;
  while (groupFirst < words.length && RESULT_OPENERS.has(words[groupFirst].norm)) groupFirst++;
  let verbAt = groupFirst;
  const promise = firstPhraseAt(words, verbAt, READER_PROMISES);
  if (promise) verbAt += promise.length;
  const verb = firstPhraseAt(words, verbAt, RESULT_VERBS);
  if (!verb || words[verbAt].breaks) return undefined;
  let verbEnd = verbAt + verb.length;
  // "wake up", "look up": the particle belongs to the verb.
  if (words[verbEnd]?.norm === 'up' && !words[verbEnd].breaks) verbEnd++;
  const resultEnd = clauseEnd(words, verbEnd);
  if (words.slice(verbEnd, resultEnd).some((word) => isProfessional(word.norm))) return undefined;
  const resultAt = resultIn(words, concepts, verb, verbEnd, resultEnd);
  return resultAt < 0 ? undefined : { and, groupFirst, verbAt, verbEnd, resultAt, lemma: verb.join(' ') };
}

/**
 * The result as the imperative itself, with a product of the writer's as its means: "Breathe easy
 * all season with our eucalyptus chest rub", "Sleep soundly tonight thanks to these drops" (as
 * "use our rub and breathe easy"). "Sleep soundly, wake refreshed" names no product, and is advice.
 */
function resultWithOurProduct(words: Words, concepts: readonly ConceptMention[]): ConditionalResult | undefined {
  let verbAt = 0;
  while (verbAt < words.length && INSTRUCTION_OPENERS.has(words[verbAt].norm)) verbAt++;
  const verb = RESULT_VERBS.find((phrase) => FUNCTION_VERBS.has(phrase[0]) && phraseAt(words, verbAt, phrase));
  if (!verb) return undefined;
  const verbEnd = verbAt + verb.length;
  const resultEnd = clauseEnd(words, verbEnd);
  if (!ourProductAsMeans(words, verbEnd, resultEnd)) return undefined;
  const resultAt = resultIn(words, concepts, verb, verbEnd, resultEnd);
  return resultAt < 0 ? undefined : { and: -1, groupFirst: verbAt, verbAt, verbEnd, resultAt, lemma: verb.join(' ') };
}

/** "with our rub", "thanks to these drops", "using this spray" between `from` and `end`. */
function ourProductAsMeans(words: Words, from: number, end: number): boolean {
  for (let at = from; at + 1 < end; at++) {
    const norm = words[at].norm;
    const opener = norm === 'with' || norm === 'using' || (norm === 'to' && words[at - 1]?.norm === 'thanks');
    if (opener && PRODUCT_DEMONSTRATIVES.has(words[at + 1].norm)) return true;
  }
  return false;
}

/**
 * The "and" that closes an instruction to use something opening the sentence ("Take two capsules
 * before bed and"), or a first conjunct naming a product of the writer's or an intake ("Two sprays
 * of our mist and"); -1 when there is none. Not an excess ("Drink too much and"), a condition ("if"),
 * or the reader's own medicine ("Take your tablets and").
 */
function instructionEnd(words: Words): number {
  let verb = 0;
  while (verb < words.length && INSTRUCTION_OPENERS.has(words[verb].norm)) verb++;
  const instruction = verb < words.length && intakeAt(words, verb);
  if (instruction && words[verb + 1]?.norm === 'your') return -1;
  for (let at = verb + 1; at < words.length && at <= verb + INSTRUCTION_REACH; at++) {
    const norm = words[at].norm;
    if (EXCESS.has(norm) || norm === 'if' || norm === 'unless') return -1;
    if (norm !== 'and') continue;
    if (instruction || conjunctNamesMeans(words, at)) return at;
    return -1;
  }
  return -1;
}
const EXCESS = new Set(['too', 'excess', 'excessive', 'overdo']);

/** Where the result's clause ends: a break (comma, colon, dash) or the end of the sentence; not the comma between two adjectives ("softer, calmer skin"). */
function clauseEnd(words: Words, from: number): number {
  let at = from;
  while (at < words.length && !(at > from && words[at].breaks && !isBetterState(words[at - 1].norm))) at++;
  return at;
}

/** Where the result the verb promises starts, or -1 when it promises none. */
function resultIn(words: Words, concepts: readonly ConceptMention[], verb: readonly string[], verbEnd: number, resultEnd: number): number {
  // A state: "wake up refreshed", "feel so much lighter".
  let state = verbEnd;
  while (state < resultEnd && STATE_DEGREE.has(words[state].norm)) state++;
  if (state < resultEnd && !SEEING_VERBS.has(verb[0]) && (PROMISED_STATES.has(words[state].norm) || words[state].norm === 'better' || words[state].norm === 'great')) return state;
  // A body function done well: "sleep like a baby", "breathe easier", "drift off in minutes".
  if (FUNCTION_VERBS.has(verb[0]) && verbEnd < resultEnd && doneWell(words, verbEnd, verb[0] === 'breathe' ? BREATHED_WELL : SLEPT_WELL)) return MANNER_PREPOSITIONS.has(words[verbEnd].norm) ? verbEnd + 1 : verbEnd;
  for (const concept of concepts) {
    if (concept.firstWord < verbEnd || concept.firstWord >= resultEnd || concept.firstWord - verbEnd > RESULT_REACH) continue;
    if (conceptGoneOrBetter(words, concept, verbEnd) || (PERCEIVING_VERBS.has(verb[0]) && conceptSeenToChange(words, concept, verbEnd))) {
      // From the concept's modifiers on: "calmer skin", "your joints".
      let from = concept.firstWord;
      while (from > verbEnd && (DETERMINERS_OF_CONCEPT.has(words[from - 1].norm) || isBetterState(words[from - 1].norm))) from--;
      return from;
    }
  }
  return -1;
}

/** After a body function: a manner of its own ("soundly", "like a baby"; "easier"), the whole night ("through the night", "all night"), or a time ("in minutes"); not an instruction ("breathe in slowly", "through your nose"). */
function doneWell(words: Words, at: number, manners: ReadonlySet<string>): boolean {
  const norm = words[at].norm;
  const next = words[at + 1]?.norm ?? '';
  if (manners.has(norm)) return true;
  if ((norm === 'through' && next === 'the' && NIGHT.has(words[at + 2]?.norm ?? '')) || (norm === 'all' && NIGHT.has(next))) return true;
  return (norm === 'in' || norm === 'within') && (TIME_UNITS.has(next) || (next === 'no' && words[at + 2]?.norm === 'time') || (AMOUNT.test(next) && TIME_UNITS.has(words[at + 2]?.norm ?? '')));
}
const NIGHT = new Set(['night', 'nights']);
/** Prepositions that open the manner or time (the claim reads on past them: "like | a baby", "in | minutes"). */
const MANNER_PREPOSITIONS = new Set(['like', 'in', 'within', 'through']);

/** "without morning grogginess", "free of bloating", "with no cravings", "with calmer skin". */
function conceptGoneOrBetter(words: Words, concept: ConceptMention, from: number): boolean {
  const before = words[concept.firstWord - 1]?.norm ?? '';
  const twoBefore = words[concept.firstWord - 2]?.norm ?? '';
  if (before === 'without' || (before === 'of' && twoBefore === 'free') || (before === 'no' && concept.firstWord - 1 >= from)) return true;
  return concept.firstWord - 1 >= from && isBetterState(before) && before !== 'more';
}

/** "watch your bloating fade", "see your skin glowing", "feel the difference in your joints". */
function conceptSeenToChange(words: Words, concept: ConceptMention, from: number): boolean {
  for (let at = from; at < concept.firstWord; at++) {
    const norm = words[at].norm;
    if (CHANGE_NOUNS.has(norm) && words[at + 1]?.norm === 'in') return true;
    if (!DETERMINERS_OF_CONCEPT.has(norm)) return false;
  }
  const after = words[concept.endWord];
  return after !== undefined && !after.breaks && (CHANGE_OF_STATE_FORMS.has(after.norm) || PROMISED_STATES.has(after.norm));
}
