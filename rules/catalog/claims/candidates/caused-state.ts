// A product of the writer's said to put the reader, or a part of the reader's body, back in working
// order with a causative verb and its catenative complement ("have/get/keep someone doing", CGEL
// ch. 14): "Our joint formula will have your knees moving freely again", "This patch gets you
// back on your feet in days", "Our oat bars keep you going all morning", "Our heat patch makes that
// time of the month bearable". After "have", "get", "keep", "leave" or "help":
// - "you" and a state people want (a wellbeing concept: "back on your feet", "right as rain");
// - "you" or "your" and a body part or function, then a basic body function done ("moving",
//   "walking", "breathing"; rules/data/claim-restored-functions.json, and "going": 'sustaining-verb'
//   in claim-consumer-forms.json);
// - "you" or a person named with a possessive doing any activity "again" ("has my dad climbing
//   stairs again"): a function restored;
// after "make": a concept and an adjective of relief ("bearable", "manageable"; 'relief-adjective') or
// an idiom of having gone ("makes period cramps a thing of the past").
// Only a product of the writer's (or a pronoun for one) as the subject: "Gentle stretches get you
// moving in the morning" and "A week of rest should get you back on your feet" are advice, and
// "Most colds leave you under the weather" names no better state.

import consumerForms from '../../../data/claim-consumer-forms.json';
import restoredFunctions from '../../../data/claim-restored-functions.json';
import type { Word } from '../../../engine/sentences.js';
import { inflect } from '../lexicon.js';
import { PERSON_BY_TRADE, type Token } from '../words.js';
import type { Candidate } from './candidate.js';
import { productNamedIn } from './products.js';
import { type ConceptMention, GONE_IDIOMS, MODALS, NOT_PRODUCT_SUBJECTS, PERSONAL_POSSESSIVES, PRODUCT_PRONOUNS } from './structure-core.js';

const formsOf = (verbs: readonly string[]): Set<string> => new Set(verbs.flatMap((verb) => inflect(verb).map((form) => form.word)));
/** "have", "get", "keep", "leave", "help" in every form, irregular past forms too. */
const PUTTING_FORMS = new Set([...formsOf(['have', 'get', 'keep', 'leave', 'help']), 'has', 'had', 'got', 'gotten', 'kept', 'left']);
const MAKE_FORMS = new Set(['make', 'makes', 'made', 'making']);
/** The -ing forms of the basic body functions that a body or the reader is got doing again ("moving", "walking", "breathing"). */
const FUNCTION_DOING = new Set(
  [...restoredFunctions.entries.filter((entry) => entry.kind === 'function-verb').map((entry) => entry.phrase), ...consumerForms.entries.filter((entry) => entry.kind === 'sustaining-verb').map((entry) => entry.phrase)].flatMap((verb) =>
    inflect(verb)
      .filter((form) => form.form === 'ing')
      .map((form) => form.word),
  ),
);
const RELIEF_ADJECTIVES = new Set(consumerForms.entries.filter((entry) => entry.kind === 'relief-adjective').map((entry) => entry.phrase));
/** Words between "make" and the concept ("makes that time of the month", "makes your monthly cramps"). */
const MADE_REACH = 3;
/** Words between the subject and the causative: modals and adverbs ("will soon have", "can really get"). */
const GROUP_REACH = 3;

/** Whether the words may hold the structure (no tags needed): a causative before "you" or "your" (or another possessive, with "again" after it), or "make" before a concept. */
export function mayHoldCausedState(words: readonly Word[], concepts: readonly ConceptMention[]): boolean {
  for (let at = 1; at + 1 < words.length; at++) {
    const norm = words[at].norm;
    if (PUTTING_FORMS.has(norm) && (words[at + 1].norm === 'you' || words[at + 1].norm === 'your' || (PERSONAL_POSSESSIVES.has(words[at + 1].norm) && words.some((word, again) => again > at && word.norm === 'again')))) return true;
    if (MAKE_FORMS.has(norm) && concepts.some((concept) => concept.firstWord > at && concept.firstWord - at <= MADE_REACH)) return true;
  }
  return false;
}

export function causedStateCandidates(tokens: readonly Token[], concepts: readonly ConceptMention[]): Candidate[] {
  const found: Candidate[] = [];
  for (let verb = 1; verb + 1 < tokens.length; verb++) {
    const norm = tokens[verb].norm;
    const state = PUTTING_FORMS.has(norm) ? stateAfterPutting(tokens, verb, concepts) : MAKE_FORMS.has(norm) ? reliefAfterMaking(tokens, verb, concepts) : undefined;
    if (!state) continue;
    const groupFirst = productSubjectBefore(tokens, verb);
    if (groupFirst < 0) continue;
    found.push({
      kind: 'verb',
      structure: 'caused state',
      subject: 'product',
      basis: state.basis,
      groupFirst,
      groupEnd: verb + 1,
      head: verb,
      // "make" with relief is no causing of harm (flagged.ts reads "make" with a symptom as a harm): its sense is to ease.
      info: MAKE_FORMS.has(norm) ? { lemma: 'ease', phrase: 'make', form: 'base', verbKind: 'benefit' } : { lemma: norm, phrase: norm, form: 'base', verbKind: 'neutral' },
      objectFrom: verb + 1,
    });
  }
  return found;
}

interface CausedState {
  basis: string;
}

/** After "have/get/keep/leave/help" at `verb`: "you" and a wellbeing concept, or "you"/"your" + body part and a body function done, or anyone doing anything "again". */
function stateAfterPutting(tokens: readonly Token[], verb: number, concepts: readonly ConceptMention[]): CausedState | undefined {
  const object = verb + 1;
  if (tokens[object].breaks) return undefined;
  const again = activityAgainAfter(tokens, object);
  if (again) return again;
  if (tokens[object].norm === 'you') {
    const wanted = concepts.find((concept) => concept.firstWord === object + 1 && concept.category === 'wellbeing' && !concept.ambiguous);
    if (wanted && !tokens[object + 1].breaks) return { basis: 'the reader put in a state people want' };
    if (FUNCTION_DOING.has(tokens[object + 1]?.norm ?? '') && !tokens[object + 1].breaks) return { basis: 'the reader got doing a body function' };
    return undefined;
  }
  if (tokens[object].norm !== 'your') return undefined;
  const body = concepts.find((concept) => concept.firstWord === object + 1 && (concept.category === 'body-part' || concept.category === 'function'));
  if (!body) return undefined;
  const doing = tokens[body.endWord];
  if (!doing || doing.breaks || !FUNCTION_DOING.has(doing.norm)) return undefined;
  return { basis: "the reader's body got doing a body function" };
}

/** Words of the causative's object before an activity done again: "my dad", "our little boy", "you". */
const PERSON_OBJECT_REACH = 3;
/** Words of the activity before "again": "climbing stairs", "playing with the grandkids". */
const ACTIVITY_REACH = 3;

/**
 * "has my dad climbing stairs again", "will have you gardening again", "gets Grandma dancing again":
 * the object (the reader, or a person named with a possessive) doing an activity again is a
 * function restored, whatever the activity (as restored-function.ts reads "walk again").
 */
function activityAgainAfter(tokens: readonly Token[], object: number): CausedState | undefined {
  const norm = tokens[object].norm;
  let doing = object + 1;
  if (norm !== 'you') {
    if (!PERSONAL_POSSESSIVES.has(norm)) return undefined;
    while (doing < tokens.length && doing - object <= PERSON_OBJECT_REACH && !tokens[doing].norm.endsWith('ing')) doing++;
  }
  const activity = tokens[doing];
  if (!activity || activity.breaks || !activity.norm.endsWith('ing') || activity.norm.length < 5) return undefined;
  for (let at = doing + 1; at < tokens.length && at - doing <= ACTIVITY_REACH; at++) {
    if (tokens[at].breaks) return undefined;
    if (tokens[at].norm === 'again') return { basis: 'an activity done again: a function restored' };
  }
  return undefined;
}

/** After "make" at `verb`: a concept's phrase and an adjective of relief right after it ("makes that time of the month bearable"). */
function reliefAfterMaking(tokens: readonly Token[], verb: number, concepts: readonly ConceptMention[]): CausedState | undefined {
  const made = concepts.find((concept) => concept.firstWord > verb && concept.firstWord - verb <= MADE_REACH);
  if (!made) return undefined;
  for (let at = verb + 1; at <= made.endWord; at++) if (tokens[at]?.breaks) return undefined;
  const adjective = tokens[made.endWord];
  if (!adjective || adjective.breaks) return undefined;
  if (RELIEF_ADJECTIVES.has(adjective.norm)) return { basis: 'a concept made easier to bear' };
  // "makes period cramps a thing of the past", "makes heartburn history".
  if (GONE_IDIOMS.some((idiom) => idiom.every((word, offset) => tokens[made.endWord + offset]?.norm === word))) return { basis: 'a concept made a thing of the past' };
  return undefined;
}

/**
 * Where the verb group starts (modals and adverbs before the causative: "will soon have") when the
 * subject before it names a product of the writer's or is a pronoun for one ("Our joint formula
 * will have", "It gets"); -1 otherwise. People and research are no product.
 */
function productSubjectBefore(tokens: readonly Token[], verb: number): number {
  let end = verb;
  while (end > 0 && verb - end < GROUP_REACH && !tokens[end].breaks && (MODALS.has(tokens[end - 1].norm) || tokens[end - 1].norm.endsWith('ly'))) end--;
  if (end === 0 || tokens[end].breaks) return -1;
  const head = tokens[end - 1].norm;
  if (NOT_PRODUCT_SUBJECTS.has(head) || PERSON_BY_TRADE.test(head)) return -1;
  let clauseStart = end - 1;
  while (clauseStart > 0 && !tokens[clauseStart].breaks) clauseStart--;
  if (clauseStart === end - 1 && PRODUCT_PRONOUNS.has(head)) return end;
  return productNamedIn(tokens, clauseStart, end) ? end : -1;
}
