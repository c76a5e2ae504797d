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
// - a symptom or disease and a verb of its disappearance or healing ("gets bruises fading in record
//   time", "will have your spots shrinking");
// - the reader, or a body part, symptom or function, and "back" to, in or on a place ("gets your
//   digestion back on track"; with "put" and "bring" too, which are read only with "back");
// after "have", with the cause named: a better state of a body part ("My mum finally has comfortable
// feet thanks to your compression socks");
// after "make": a concept and an adjective of relief ("bearable", "manageable"; 'relief-adjective') or
// an idiom of having gone ("makes period cramps a thing of the past").
// Only a product of the writer's (or a pronoun for one) as the subject: "Gentle stretches get you
// moving in the morning" and "A week of rest should get you back on your feet" are advice, and
// "Most colds leave you under the weather" names no better state.

import consumerForms from '../../../data/claim-consumer-forms.json';
import restoredFunctions from '../../../data/claim-restored-functions.json';
import structureData from '../../../data/claim-structure.json';
import type { Word } from '../../../engine/sentences.js';
import { inflect } from '../lexicon.js';
import { WordSet } from '../../../engine/phrases.js';
import { PERSON_BY_TRADE, type Token } from '../words.js';
import type { Candidate } from './candidate.js';
import { productNamedIn } from './products.js';
import { meansNamedIn } from './means.js';
import { type ConceptMention, GONE_IDIOMS, MODALS, NOT_PRODUCT_SUBJECTS, FEELING_WORDS, PERSONAL_POSSESSIVES, PRODUCT_PRONOUNS, PROMISED_STATES, isBetterState } from './structure-core.js';

const formsOf = (verbs: readonly string[]): Set<string> => new Set(verbs.flatMap((verb) => inflect(verb).map((form) => form.word)));
/** "have", "get", "keep", "leave", "help" in every form, irregular past forms too; "put" and "bring", read only with "back". */
const PUTTING_FORMS = new Set([...formsOf(['have', 'get', 'keep', 'leave', 'help', 'put', 'bring']), 'has', 'had', 'got', 'gotten', 'kept', 'left', 'brought']);
const MAKE_FORMS = new Set(['make', 'makes', 'made', 'making']);
const HAVING_FORMS = new Set(['have', 'has', 'had', 'having']);
/** Every word that can open the structure: what the check before the analysis looks up first. */
export const CAUSED_STATE_TRIGGERS: ReadonlySet<string> = new Set([...PUTTING_FORMS, ...MAKE_FORMS, ...HAVING_FORMS]);
/** `CAUSED_STATE_TRIGGERS` looked up by vocabulary id (made on first use). */
let causedStateTriggers: WordSet | undefined;
/** Words with the punctuation before them where the caller has it (the candidates), without where it has not (the check before). */
type Words = readonly (Word & { breaks?: boolean })[];
/** Verbs of change that say no end or healing: "soaring", "going". */
const RISING_OR_GOING = new Set(['soar', 'skyrocket', 'go', 'stop', 'plunge']);
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
/** Adverbs not in -ly that the verb group may hold: "will soon have", "also gets". */
const GROUP_ADVERBS = new Set(['soon', 'just', 'also', 'even', 'now', 'always']);
/** Words between the subject and the causative: modals and adverbs ("will soon have", "can really get"). */
const GROUP_REACH = 3;

/** Whether the words may hold the structure (no tags needed): the candidates' readings after each causative, without the subject. */
export function mayHoldCausedState(words: Words, concepts: readonly ConceptMention[]): boolean {
  const triggers = (causedStateTriggers ??= new WordSet(CAUSED_STATE_TRIGGERS));
  for (let at = 1; at + 1 < words.length; at++) {
    if (!triggers.has(words[at])) continue;
    const norm = words[at].norm;
    // The same readings as the candidates', without the subject (which wants the punctuation).
    if (PUTTING_FORMS.has(norm) && stateAfterPutting(words, at, concepts)) return true;
    if (HAVING_FORMS.has(norm) && betterBodyAfter(words, at, concepts) >= 0) return true;
    if (MAKE_FORMS.has(norm) && reliefAfterMaking(words, at, concepts)) return true;
  }
  return false;
}

export function causedStateCandidates(tokens: readonly Token[], concepts: readonly ConceptMention[]): Candidate[] {
  const found: Candidate[] = [];
  const had = betterBodyHad(tokens, concepts);
  if (had) found.push(had);
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

const BETTER_DEGREE = new Set(['much', 'far', 'so', 'finally', 'now']);

/** After "have" at `verb`: a better state and a body part or function ("has comfortable feet", "have much calmer skin"): where the concept ends, or -1. */
function betterBodyAfter(words: Words, verb: number, concepts: readonly ConceptMention[]): number {
  let state = verb + 1;
  while (state < words.length && state - verb <= 2 && BETTER_DEGREE.has(words[state].norm)) state++;
  const word = words[state]?.norm ?? '';
  if (!(PROMISED_STATES.has(word) || RELIEF_ADJECTIVES.has(word) || (isBetterState(word) && word.endsWith('er')))) return -1;
  const body = concepts.find((concept) => concept.firstWord === state + 1 && (concept.category === 'body-part' || concept.category === 'function'));
  return body ? body.endWord : -1;
}

/**
 * "My mum finally has comfortable feet thanks to your compression socks", "I have calmer skin
 * since switching to this serum": a better state of a body part had, with its cause named (a
 * cause phrase, or an intake or a product of the writer's as the means).
 */
function betterBodyHad(tokens: readonly Token[], concepts: readonly ConceptMention[]): Candidate | undefined {
  for (let verb = 1; verb + 2 < tokens.length; verb++) {
    if (!HAVING_FORMS.has(tokens[verb].norm) || tokens[verb + 1].breaks) continue;
    const end = betterBodyAfter(tokens, verb, concepts);
    if (end < 0 || !meansNamedIn(tokens) || practiceAsCause(tokens, end)) continue;
    return { kind: 'verb', structure: 'caused state', subject: 'product', basis: 'a better state of the body had, its cause named', groupFirst: verb, groupEnd: verb + 1, head: verb, info: { lemma: 'have', phrase: 'have', form: 'base', verbKind: 'neutral' }, objectFrom: verb + 1 };
  }
  return undefined;
}

/** Whose body a causative's object is: the reader's, the writer's, a person's of theirs. */
const BODY_OWNERS = new Set(['your', 'my', 'his', 'her', 'their', 'our']);
/** How far after "feeling" the better state may come ("feeling light and cramp-free"). */
const FELT_REACH = 4;

/** A promised or better state, or a wellbeing concept, within a few words of `from`, in the clause. */
function feltBetter(tokens: Words, from: number, concepts: readonly ConceptMention[]): boolean {
  for (let at = from; at < tokens.length && at - from < FELT_REACH; at++) {
    if (at > from && tokens[at].breaks) return false;
    if (PROMISED_STATES.has(tokens[at].norm) || (isBetterState(tokens[at].norm) && tokens[at].norm.endsWith('er'))) return true;
    if (concepts.some((concept) => concept.firstWord === at && concept.category === 'wellbeing')) return true;
  }
  return false;
}

/** Words that open the cause after the state: "thanks to", "because of", "due to". */
const CAUSE_OPENERS = [['thanks', 'to'], ['because', 'of'], ['due', 'to']];

/**
 * The cause named after `from` is a practice named by a gerund, not a product: "thanks to regular
 * brushing" (as suitability.ts leaves "Walking is good for your heart" alone).
 */
function practiceAsCause(tokens: readonly Token[], from: number): boolean {
  for (let at = from; at + 1 < tokens.length; at++) {
    if (!CAUSE_OPENERS.some(([first, second]) => tokens[at].norm === first && tokens[at + 1].norm === second)) continue;
    const cause = tokens.slice(at + 2, at + 6);
    return cause.some((token) => token.norm.endsWith('ing') && token.norm.length >= 5) && !productNamedIn(tokens, at + 2, at + 6) && !cause.some((token) => token.norm === 'your');
  }
  return false;
}

/** After "have/get/keep/leave/help" at `verb`: "you" and a wellbeing concept, or "you"/"your" + body part and a body function done, or anyone doing anything "again". */
function stateAfterPutting(tokens: Words, verb: number, concepts: readonly ConceptMention[]): CausedState | undefined {
  const object = verb + 1;
  if (tokens[object].breaks) return undefined;
  const again = activityAgainAfter(tokens, object);
  if (again) return again;
  const changing = conceptChangingAfter(tokens, object, concepts);
  if (changing) return changing;
  const restored = backToStateAfter(tokens, object, concepts);
  if (restored) return restored;
  // "put" and "bring" only put something back ("puts your hormones back in balance").
  if (/^(?:put|puts|putting|bring|brings|bringing|brought)$/.test(tokens[verb].norm)) return undefined;
  if (tokens[object].norm === 'you') {
    const wanted = concepts.find((concept) => concept.firstWord === object + 1 && concept.category === 'wellbeing' && !concept.ambiguous);
    if (wanted && !tokens[object + 1].breaks) return { basis: 'the reader put in a state people want' };
    if (FUNCTION_DOING.has(tokens[object + 1]?.norm ?? '') && !tokens[object + 1].breaks) return { basis: 'the reader got doing a body function' };
    return undefined;
  }
  if (!BODY_OWNERS.has(tokens[object].norm)) return undefined;
  const body = concepts.find((concept) => concept.firstWord === object + 1 && (concept.category === 'body-part' || concept.category === 'function'));
  if (!body) return undefined;
  const doing = tokens[body.endWord];
  if (!doing || doing.breaks) return undefined;
  if (FUNCTION_DOING.has(doing.norm)) return { basis: "the reader's body got doing a body function" };
  // "have my legs feeling light and cramp-free", "keeps your skin looking plump": a body part made to feel or look a better state.
  if (FEELING_WORDS.has(doing.norm) && feltBetter(tokens, body.endWord + 1, concepts)) return { basis: 'a body part made to feel or look a better state' };
  return undefined;
}

/** The -ing forms of the verbs of disappearance and healing (claim-structure.json 'change-of-state', less those of rising or going on): "fading", "shrinking", "healing". */
const CHANGING_FORMS = new Set(
  structureData.entries
    .filter((entry) => entry.kind === 'change-of-state' && !RISING_OR_GOING.has(entry.phrase))
    .flatMap((entry) => inflect(entry.phrase).filter((form) => form.form === 'ing').map((form) => form.word)),
);
/** Words the object's phrase may open with before its concept: "gets those bruises fading", "has your spots shrinking". */
const OBJECT_OPENERS = new Set(['your', 'my', 'the', 'those', 'that', 'any', 'their', 'his', 'her']);

/**
 * "gets bruises fading in record time", "will have your spots shrinking": a symptom or disease made
 * to disappear or heal, the verb's -ing form after it.
 */
function conceptChangingAfter(tokens: Words, object: number, concepts: readonly ConceptMention[]): CausedState | undefined {
  let first = object;
  if (OBJECT_OPENERS.has(tokens[first].norm)) first++;
  const changed = concepts.find((concept) => concept.firstWord >= first && concept.firstWord - first <= 1 && (concept.category === 'symptom' || concept.category === 'disease'));
  if (!changed) return undefined;
  for (let at = object + 1; at <= changed.endWord; at++) if (tokens[at]?.breaks) return undefined;
  const verb = tokens[changed.endWord];
  return verb && CHANGING_FORMS.has(verb.norm) ? { basis: 'a symptom made to disappear or heal' } : undefined;
}

/** What "back" opens after the object: "back to baby-soft", "back in balance", "back on track". */
const BACK_PREPOSITIONS = new Set(['to', 'in', 'on', 'into']);

/**
 * "gets cracked heels back to baby-soft", "gets your digestion back on track", "puts your hormones
 * back in balance": the reader, or a body part, symptom or function, put back where it was.
 */
function backToStateAfter(tokens: Words, object: number, concepts: readonly ConceptMention[]): CausedState | undefined {
  let back = object + 1;
  if (tokens[object].norm !== 'you') {
    let first = object;
    if (OBJECT_OPENERS.has(tokens[first].norm)) first++;
    const put = concepts.find((concept) => concept.firstWord >= first && concept.firstWord - first <= 1 && concept.category !== 'disease');
    if (!put) return undefined;
    back = put.endWord;
  }
  for (let at = object + 1; at <= back + 1; at++) if (tokens[at]?.breaks) return undefined;
  return tokens[back]?.norm === 'back' && BACK_PREPOSITIONS.has(tokens[back + 1]?.norm ?? '') ? { basis: 'put back as it was' } : undefined;
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
function activityAgainAfter(tokens: Words, object: number): CausedState | undefined {
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
function reliefAfterMaking(tokens: Words, verb: number, concepts: readonly ConceptMention[]): CausedState | undefined {
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
  while (end > 0 && verb - end < GROUP_REACH && !tokens[end].breaks && (MODALS.has(tokens[end - 1].norm) || tokens[end - 1].norm.endsWith('ly') || GROUP_ADVERBS.has(tokens[end - 1].norm))) end--;
  if (end === 0 || tokens[end].breaks) return -1;
  const head = tokens[end - 1].norm;
  if (NOT_PRODUCT_SUBJECTS.has(head) || PERSON_BY_TRADE.test(head)) return -1;
  let clauseStart = end - 1;
  while (clauseStart > 0 && !tokens[clauseStart].breaks) clauseStart--;
  if (clauseStart === end - 1 && PRODUCT_PRONOUNS.has(head)) return end;
  return productNamedIn(tokens, clauseStart, end) ? end : -1;
}
