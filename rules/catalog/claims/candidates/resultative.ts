// A symptom turned into a better state (Levin 26.6.1, turn verbs, with "into"): "Our serum turns
// dry, flaky skin into a smooth glow", "This tea transforms restless nights into deep, unbroken
// sleep", "Turn tired, achy muscles into relaxed ones with our bath salts"; and its path form with
// "from ... to" after a verb of taking or bringing (Levin 11.3, bring and take): "this spray took
// my hay fever from miserable to manageable", "Our greens took me from sluggish to energised". What
// is turned is a symptom or a disease (or the reader, the writer), what it becomes a better state or
// a concept people want, and the one who turns it a product of the writer's (the subject, or the
// means of an imperative): the product is said to remove the one and bring the other, as in the
// exchange (exchange.ts). It needs no tags: analyse.ts runs it.
// Left alone: a condition's own course, where the concept turns by itself ("a cold can turn into a
// chest infection", "the rash turned into blisters": no object before "into"); a change for the
// worse ("Stress can turn a headache into a migraine": no better state after "into"); and a turn
// with no product of the writer's ("Gentle yoga turns stiff mornings into easy ones" is advice,
// "Physio took me from bedbound to walking in a month" a story). The intransitive "become" (Levin
// 26.6.2) counts only with a product of the writer's named as the cause: "Thanks to our chamomile
// drops, colicky evenings become peaceful ones".

import consumerForms from '../../../data/claim-consumer-forms.json';
import structureData from '../../../data/claim-structure.json';
import type { Word } from '../../../engine/sentences.js';
import { inflect } from '../lexicon.js';
import { WordSet } from '../../../engine/phrases.js';
import { PERSON_BY_TRADE, type Token } from '../words.js';
import type { Candidate } from './candidate.js';
import { productNamedIn, productOfTheWriterIn } from './products.js';
import { meansNamedIn } from './means.js';
import { type ConceptMention, GONE_IDIOMS, MODALS, NOT_PRODUCT_SUBJECTS, PRODUCT_PRONOUNS, isBetterState } from './structure-core.js';

const TURNING_FORMS = new Set(
  structureData.entries.filter((entry) => entry.kind === 'turning-verb').flatMap((entry) => inflect(entry.phrase).map((form) => form.word)),
);
/** How far after the verb the symptom's phrase may start ("turns dry, flaky skin", "transforms those endless restless nights"). */
const TURNED_REACH = 4;
/** How far after "into" the better state may come ("into a smooth, healthy glow"). */
const RESULT_REACH = 4;
/** Words between the subject and the verb: modals and adverbs ("will gently turn", "can really transform"). */
const GROUP_REACH = 3;
/** Punctuation that ends a clause: what is turned, and what it becomes, stay inside one. */
const CLAUSE_END = /[.;:!?\u2013\u2014]/;

/** Verbs of taking or bringing whose path ("from ... to") is the change: Levin 11.3 ('taking-verb' entries). */
const TAKING_FORMS = new Set([
  ...structureData.entries.filter((entry) => entry.kind === 'taking-verb').flatMap((entry) => [...inflect(entry.phrase).map((form) => form.word), ...('forms' in entry ? (entry.forms as string[]) : [])]),
  ...TURNING_FORMS,
]);
/** `TAKING_FORMS` looked up by vocabulary id (made on first use). */
let takingWords: WordSet | undefined;
/** Every word that can open either form: what the check before the analysis looks up first. */
export const RESULTATIVE_TRIGGERS: ReadonlySet<string> = new Set([...TAKING_FORMS, 'become', 'becomes', 'became']);
/** The object of a path resultative that is a person: the reader or the writer ("took me from sluggish to energised"). */
const PERSON_OBJECTS = new Set(['me', 'you', 'us', 'him', 'her', 'them']);
/** Words from "from" to "to": the state left ("from miserable", "from achy and stiff"). */
const PATH_REACH = 4;
/** States of relief that a path may end in besides the better states ("to manageable"). */
const RELIEF_STATES = new Set(consumerForms.entries.filter((entry) => entry.kind === 'relief-adjective').map((entry) => entry.phrase));

/** Whether the words may hold either form (no tags needed): a turning verb before a symptom with "into" right after it, or a verb of taking with "from" and "to" after it. */
export function mayHoldResultative(words: readonly Word[], concepts: readonly ConceptMention[]): boolean {
  if (concepts.some((concept) => turningVerbBefore(words, concept) >= 0 && words[concept.endWord]?.norm === 'into')) return true;
  if (concepts.some((concept) => becomingAfter(words, concept) >= 0)) return true;
  const taking = (takingWords ??= new WordSet(TAKING_FORMS));
  for (let at = 1; at + 3 < words.length; at++) if (taking.has(words[at]) && pathEndsBetter(words, at)) return true;
  return false;
}

/** After the verb at `verb`: "from", then "to" and a better state ("from miserable to manageable"). */
function pathEndsBetter(words: readonly Word[], verb: number): boolean {
  const from = words.findIndex((word, at) => at > verb + 1 && at <= verb + 1 + TURNED_REACH && word.norm === 'from');
  if (from < 0) return false;
  const to = words.findIndex((word, at) => at > from + 1 && at <= from + PATH_REACH && word.norm === 'to');
  const state = words[to + 1]?.norm ?? '';
  return to > 0 && (isBetterState(state) || RELIEF_STATES.has(state));
}

/** The resultatives of the sentence, either form. */
export function resultativeCandidates(tokens: readonly Token[], concepts: readonly ConceptMention[]): Candidate[] {
  const found: Candidate[] = [];
  for (const concept of concepts) {
    const candidate = resultativeCandidate(tokens, concept, concepts);
    if (candidate) found.push(candidate);
  }
  for (const concept of concepts) {
    const candidate = becomingCandidate(tokens, concept, concepts);
    if (candidate) found.push(candidate);
  }
  for (let verb = 1; verb + 3 < tokens.length; verb++) {
    if (!TAKING_FORMS.has(tokens[verb].norm)) continue;
    const candidate = pathCandidate(tokens, verb, concepts);
    if (candidate) found.push(candidate);
  }
  return found;
}

/**
 * "took my hay fever from miserable to manageable", "took me from sluggish to energised": a verb of
 * taking, a symptom or a person as its object, "from" a state "to" a better one, and a product of
 * the writer's as the subject.
 */
function pathCandidate(tokens: readonly Token[], verb: number, concepts: readonly ConceptMention[]): Candidate | undefined {
  let from = verb + 1;
  if (PERSON_OBJECTS.has(tokens[from].norm)) from++;
  else {
    const object = concepts.find((concept) => concept.firstWord > verb && concept.firstWord - verb <= TURNED_REACH && (concept.category === 'symptom' || concept.category === 'disease'));
    if (!object) return undefined;
    from = object.endWord;
  }
  if (tokens[from]?.norm !== 'from' || tokens[from].breaks) return undefined;
  let to = from + 1;
  while (to < tokens.length && to - from <= PATH_REACH && tokens[to].norm !== 'to' && !CLAUSE_END.test(tokens[to].gap)) to++;
  if (tokens[to]?.norm !== 'to' || CLAUSE_END.test(tokens[to].gap)) return undefined;
  const state = tokens[to + 1];
  if (!state || CLAUSE_END.test(state.gap) || !(isBetterState(state.norm) || RELIEF_STATES.has(state.norm))) return undefined;
  for (let at = verb + 1; at <= from; at++) if (CLAUSE_END.test(tokens[at].gap)) return undefined;
  const turner = turnerOf(tokens, verb, to);
  if (!turner || turner.subject !== 'product') return undefined;
  return {
    kind: 'verb',
    structure: 'resultative',
    subject: 'product',
    basis: 'taken to a better state by a product',
    groupFirst: turner.groupFirst,
    groupEnd: verb + 1,
    head: verb,
    info: { lemma: 'take', phrase: 'take from to', form: 'base', verbKind: 'neutral' },
    objectFrom: verb + 1,
  };
}

/** "become" and "turn into", intransitive: the symptom, their subject, changes by itself unless a cause is named (Levin 26.6.2). */
const BECOMING = [['become'], ['becomes'], ['became'], ['turn', 'into'], ['turns', 'into'], ['turned', 'into']];

/** After the symptom or disease `changed`, a verb of becoming: the index after it, or -1. */
function becomingAfter(words: readonly Word[], changed: ConceptMention): number {
  if (changed.category !== 'symptom' && changed.category !== 'disease') return -1;
  const phrase = BECOMING.find((verb) => verb.every((word, offset) => words[changed.endWord + offset]?.norm === word));
  return phrase ? changed.endWord + phrase.length : -1;
}

/**
 * "Thanks to our chamomile drops, colicky evenings become peaceful ones": the symptom becomes a
 * better state, and a product of the writer's is named as the cause or means. With no product
 * named it is a condition's course ("A blocked nose usually turns into a runny one").
 */
function becomingCandidate(tokens: readonly Token[], changed: ConceptMention, concepts: readonly ConceptMention[]): Candidate | undefined {
  const after = becomingAfter(tokens, changed);
  if (after < 0 || tokens[changed.endWord].breaks || !betterStateAfter(tokens, after - 1, concepts)) return undefined;
  // The writer's own product ("our drops", "this balm"), not a product noun anywhere ("once they drink more water").
  if (!meansNamedIn(tokens) || !productOfTheWriterIn(tokens, 0)) return undefined;
  return {
    kind: 'verb',
    structure: 'resultative',
    subject: 'product',
    basis: 'a symptom becomes a better state, a product named as its cause',
    groupFirst: changed.endWord,
    groupEnd: after,
    head: changed.endWord,
    info: { lemma: 'become', phrase: 'become', form: 'base', verbKind: 'neutral' },
    objectFrom: after,
  };
}

function resultativeCandidate(tokens: readonly Token[], concept: ConceptMention, concepts: readonly ConceptMention[]): Candidate | undefined {
  const verb = turningVerbBefore(tokens, concept);
  if (verb < 0) return undefined;
  const into = concept.endWord;
  if (tokens[into]?.norm !== 'into' || tokens[into].breaks) return undefined;
  for (let at = verb + 1; at <= into; at++) if (CLAUSE_END.test(tokens[at].gap)) return undefined;
  if (!betterStateAfter(tokens, into, concepts)) return undefined;
  const turner = turnerOf(tokens, verb, into);
  if (!turner) return undefined;
  return {
    kind: 'verb',
    structure: 'resultative',
    subject: turner.subject,
    basis: 'a symptom turned into a better state by a product',
    // The modals and adverbs before the verb belong to its group ("will gently turn"): the rewording hedges them.
    groupFirst: turner.groupFirst,
    groupEnd: verb + 1,
    head: verb,
    info: { lemma: 'turn', phrase: 'turn into', form: 'base', verbKind: 'neutral' },
    objectFrom: verb + 1,
  };
}

/** The turning verb a few words before the symptom or disease `turned`, or -1. */
function turningVerbBefore(words: readonly Word[], turned: ConceptMention): number {
  if (turned.category !== 'symptom' && turned.category !== 'disease') return -1;
  for (let at = turned.firstWord - 1; at >= 0 && turned.firstWord - at <= TURNED_REACH; at--) if (TURNING_FORMS.has(words[at].norm)) return at;
  return -1;
}

/** After "into", in the clause: a better state ("relaxed", "calmer"), a concept people want or a function ("glow", "sleep"), or its end ("into a distant memory"). */
function betterStateAfter(tokens: readonly Token[], into: number, concepts: readonly ConceptMention[]): boolean {
  if (GONE_IDIOMS.some((idiom) => idiom.every((word, offset) => tokens[into + 1 + offset]?.norm === word))) return true;
  for (let at = into + 1; at < tokens.length && at - into <= RESULT_REACH; at++) {
    if (CLAUSE_END.test(tokens[at].gap)) return false;
    if (isBetterState(tokens[at].norm)) return true;
    const concept = concepts.find((each) => each.firstWord === at);
    if (concept) return concept.category === 'wellbeing' || concept.category === 'function';
  }
  return false;
}

/**
 * Who turns: a product of the writer's or a pronoun for one as the subject of the clause ("Our
 * serum turns", "It will transform"), or the means of an imperative named after the result ("Turn
 * ... into relaxed ones with our bath salts"). People and research are no product.
 */
function turnerOf(tokens: readonly Token[], verb: number, into: number): { subject: Candidate['subject']; groupFirst: number } | undefined {
  let subjectEnd = verb;
  while (subjectEnd > 0 && verb - subjectEnd < GROUP_REACH && !tokens[subjectEnd].breaks && (MODALS.has(tokens[subjectEnd - 1].norm) || tokens[subjectEnd - 1].norm.endsWith('ly'))) subjectEnd--;
  if (subjectEnd === 0) return productNamedIn(tokens, into + 1, tokens.length) ? { subject: 'imperative', groupFirst: 0 } : undefined;
  if (tokens[subjectEnd].breaks) return undefined;
  let clauseStart = subjectEnd - 1;
  while (clauseStart > 0 && !tokens[clauseStart].breaks) clauseStart--;
  // The subject's head noun, right before the verb group, is no person or research ("Our physiotherapists turn ...").
  const head = tokens[subjectEnd - 1].norm;
  if (NOT_PRODUCT_SUBJECTS.has(head) || PERSON_BY_TRADE.test(head)) return undefined;
  if ((PRODUCT_PRONOUNS.has(tokens[subjectEnd - 1].norm) && subjectEnd - 1 === clauseStart) || productNamedIn(tokens, clauseStart, subjectEnd)) return { subject: 'product', groupFirst: subjectEnd };
  return undefined;
}
