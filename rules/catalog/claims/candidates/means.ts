// Whether a sentence names something taken or done as the cause or means of a change ("thanks
// to this balm", "since I started the drops", "after a week of our tea", the sentence before a
// testimony of taking something), promises it ("for good", "overnight"), or says it is how a
// condition goes ("on its own", "Most colds clear up"). The change-of-state and state families
// ask; none of it makes a candidate by itself.

import structureData from '../../../data/claim-structure.json';
import { PERSON_BY_TRADE, RESEARCH_SUBJECTS, type Token, phraseAt } from '../words.js';
import { inflect } from '../lexicon.js';
import type { Word } from '../../../engine/sentences.js';
import { NATURAL_COURSE, NOT_PRODUCT_SUBJECTS, PRODUCT_NOUNS, type StructureInput, TIME_UNITS } from './structure-core.js';

/** Verbs of taking or using something (claim-structure.json 'intake-verb'), in every form: what a testimony or a means names. */
const INTAKE_FORMS = new Set(structureData.entries.filter((entry) => entry.kind === 'intake-verb').flatMap((entry) => [...inflect(entry.phrase).map((form) => form.word), ...('forms' in entry ? (entry.forms as string[]) : [])]));
/** Words that open a phrase or clause naming when or by what a change came: "after taking", "since I started", "within a week of using". */
const MEANS_OPENERS = new Set(['after', 'since', 'once', 'within', 'from', 'when', 'following', 'by', 'with', 'on']);
const PERSONAL_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', "i've", "we've", "you've", "i'd", "i'm", 'my', 'our', 'his', 'her', 'their']);
const MEANS_REACH = 6;
/** Determiners that make a noun a product the writer sells or shows ("our balm", "this tea"). */
export const PRODUCT_DEMONSTRATIVES = new Set(['our', 'this', 'these']);

/**
 * The sentence names something taken or done as the means of a change: a cause phrase ("thanks
 * to", "because of"), or a phrase of time or means that names taking or using something ("after
 * taking it", "since I started the drops", "within a week of using") or a product of the
 * writer's or shown ("with these lozenges", "after a week of our balm"). A name alone is not
 * enough: research reports changes "with vitamin D supplements" as observations.
 */
export function meansNamed(input: StructureInput): boolean {
  return meansNamedIn(input.tokens);
}

export function meansNamedIn(tokens: readonly (Word & { breaks?: boolean })[]): boolean {
  if (namesCause(tokens)) return true;
  for (let at = 0; at < tokens.length; at++) {
    if (MEANS_OPENERS.has(tokens[at].norm) && intakeNamedAfter(tokens, at + 1)) return true;
    // "One scoop of our greens powder and my bloating vanished", "Two weeks on these drops and ...":
    // a first conjunct that names a product of the writer's or an intake is the condition of what follows "and".
    if (tokens[at].norm === 'and' && at > 1 && conjunctNamesMeans(tokens, at)) return true;
  }
  return false;
}

/** The words before "and" at `and`, from the sentence's start, name a product of the writer's ("our greens powder", "this tea") or an intake. */
export function conjunctNamesMeans(tokens: readonly (Word & { breaks?: boolean })[], and: number): boolean {
  for (let at = 0; at < and; at++) {
    if (at < and - 1 && PRODUCT_DEMONSTRATIVES.has(tokens[at].norm) && tokens.slice(at + 1, Math.min(and, at + 4)).some((token) => PRODUCT_NOUNS.has(token.norm))) return true;
    // The intake may close the conjunct as a noun: "One sip and", "Two sprays and".
    if (intakeAt(tokens, at)) return true;
  }
  return false;
}

/** Within a few words of the clause from `from`, a verb of taking or using ("taking", "I started", "of using") or a product of ours or this one. */
export function intakeNamedAfter(words: readonly (Word & { breaks?: boolean })[], from: number): boolean {
  for (let at = from; at < words.length && at < from + MEANS_REACH; at++) {
    if (at > from && words[at].breaks) return false;
    const norm = words[at].norm;
    if (intakeAt(words, at) && (norm.endsWith('ing') || PERSONAL_SUBJECTS.has(words[at - 1]?.norm ?? '') || PERSONAL_SUBJECTS.has(words[at - 2]?.norm ?? ''))) return true;
    // "with our balm", "after a week of this tea"; not "within this week".
    if (PRODUCT_DEMONSTRATIVES.has(norm) && at + 1 < words.length && !words[at + 1].breaks && !TIME_UNITS.has(words[at + 1].norm) && !namesNoProduct(words, at + 1)) return true;
    // A testimony to the seller: "three weeks on your tea".
    if (norm === 'your' && PRODUCT_NOUNS.has(words[at + 1]?.norm ?? '')) return true;
  }
  return false;
}

const formsOfVerbs = (verbs: readonly string[]): Set<string> =>
  new Set(verbs.flatMap((verb) => [...inflect(verb).map((form) => form.word), ...(structureData.entries.find((entry) => entry.kind === 'intake-verb' && entry.phrase === verb && 'forms' in entry) as { forms?: string[] } | undefined)?.forms ?? []]));
/** Verbs of beginning, trying or changing: what they take up must be something taken ("started the drops", not "started the new job"). */
const TAKE_UP_FORMS = formsOfVerbs(['start', 'begin', 'try', 'switch']);
/** "take" and "use" name an intake except in light-verb phrases ("took a nap", "take a walk"). */
const TAKE_FORMS = formsOfVerbs(['take', 'use']);
const LIGHT_VERB_OBJECTS = new Set(['nap', 'naps', 'walk', 'walks', 'break', 'breaks', 'bath', 'baths', 'shower', 'showers', 'rest', 'breath', 'breather', 'look', 'seat', 'step', 'steps', 'trip', 'holiday', 'vacation', 'time', 'day', 'days', 'turn', 'stroll', 'swim', 'run', 'jog']);

/**
 * A verb of taking or using at `at`. "started", "tried", "switched" only with a product after them
 * (a product noun, or one of ours or this one: "started the drops", "switched to our tea") or a
 * verb of taking ("started taking"); "took", "used" not in a light-verb phrase ("took a nap").
 */
export function intakeAt(words: readonly Word[], at: number): boolean {
  const norm = words[at].norm;
  if (!INTAKE_FORMS.has(norm)) return false;
  // Four words: the product noun may follow a possessive and a modifier ("switching to your sleep tea").
  const next = words.slice(at + 1, at + 5).map((word) => word.norm);
  if (TAKE_UP_FORMS.has(norm)) {
    if (next[0]?.endsWith('ing')) return INTAKE_FORMS.has(next[0]);
    return next.some((word, offset) => PRODUCT_NOUNS.has(word) || (offset < 2 && (word === 'our' || word === 'this' || word === 'these')));
  }
  if (TAKE_FORMS.has(norm)) return !next.some((word) => LIGHT_VERB_OBJECTS.has(word));
  return true;
}

/** The noun phrase at `from` (its first two words) is the research, a person or a place of care, not a product: "this study", "our results", "our team". */
function namesNoProduct(words: readonly Word[], from: number): boolean {
  return words.slice(from, from + 2).some((word) => RESEARCH_SUBJECTS.has(word.norm) || NOT_PRODUCT_SUBJECTS.has(word.norm) || PERSON_BY_TRADE.test(word.norm) || CARE_PLACES.has(word.norm));
}
const CARE_PLACES = new Set(['clinic', 'clinics', 'hospital', 'hospitals', 'practice', 'surgery', 'ward', 'unit', 'centre', 'center', 'service', 'services', 'programme', 'program', 'population', 'community', 'country', 'area', 'region']);

/** The sentence before is a testimony of taking or using something ("I started taking X.", "My husband tried the drops.") or is about a product of the writer's ("Our serum contains ..."). */
export function testimonyBefore({ previousWords }: StructureInput): boolean {
  const words = previousWords?.();
  if (!words) return false;
  // The sentence before is about a product of the writer's: "Our acne serum contains salicylic acid."
  if (PRODUCT_DEMONSTRATIVES.has(words[0]?.norm ?? '') && words.slice(1, 4).some((word) => PRODUCT_NOUNS.has(word.norm))) return true;
  for (let at = 0; at < words.length; at++) {
    if (!PERSONAL_SUBJECTS.has(words[at].norm) || words[at].norm === 'you') continue;
    for (let verb = at + 1; verb < words.length && verb <= at + 3; verb++) if (intakeAt(words, verb) && !words[verb].norm.endsWith('ing')) return true;
  }
  return false;
}

/** Words that promise a change: "overnight", "for good", "like magic". */
export function promiseWordIn(tokens: readonly Token[]): boolean {
  for (let at = 0; at < tokens.length; at++) {
    const norm = tokens[at].norm;
    if (CHANGE_PROMISE_WORDS.has(norm)) return true;
    if (norm === 'for' && tokens[at + 1]?.norm === 'good') return true;
    if (norm === 'like' && tokens[at + 1]?.norm === 'magic') return true;
  }
  return false;
}
const CHANGE_PROMISE_WORDS = new Set(['overnight', 'instantly', 'permanently', 'forever', 'effortlessly', 'guaranteed', 'magically', 'miraculously']);

/** Determiners that make the subject a share of a class of conditions ("Most colds clear up"): the sentence tells how such conditions go. */
const CLASS_QUANTIFIERS = new Set(['most', 'many', 'some', 'few', 'all', 'several']);

export function quantifiedSubject(tokens: readonly Token[], phraseStart: number, conceptFirst: number): boolean {
  for (let at = phraseStart; at < conceptFirst; at++) if (CLASS_QUANTIFIERS.has(tokens[at].norm)) return true;
  return false;
}

const CAUSE_PHRASES = [['thanks', 'to'], ['because', 'of'], ['due', 'to']];

/** A cause phrase starts at word `at`. */
export function causeAt(words: readonly Word[], at: number): boolean {
  // A plain loop: this runs at every word of a sentence with a concept, before any tagging.
  const first = words[at]?.norm;
  const second = words[at + 1]?.norm;
  for (const phrase of CAUSE_PHRASES) if (first === phrase[0] && second === phrase[1]) return true;
  return false;
}

/** The sentence names what brought a change about: "thanks to", "because of", "due to". */
export function namesCause(words: readonly Word[]): boolean {
  for (let at = 0; at + 1 < words.length; at++) if (causeAt(words, at)) return true;
  return false;
}

export function naturalCourse(tokens: readonly Token[]): boolean {
  for (let at = 0; at < tokens.length; at++) {
    for (const phrase of NATURAL_COURSE) {
      if (phraseAt(tokens, at, phrase)) return true;
    }
  }
  return false;
}
