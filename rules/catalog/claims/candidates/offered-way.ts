// A way or an answer offered for a health effect: "Our valerian drops are the natural way to calmer
// nerves", "The drug-free way to beat a migraine", "Your answer to aching joints", "Our collagen:
// the key to supple joints". A noun of a route or a remedy's role ('offered-role-noun' entries of
// rules/data/claim-consumer-forms.json) with "to" or "for" and a health concept, or an infinitive
// and one, after it. It is offered, not advised, where a product (the writer's, or named by its form) is what the
// phrase says it is (after a copula, or before a colon or dash), or where the phrase is itself the
// headline and a selling word ('selling-adjective' entries: "natural", "drug-free") or the
// reader's "your" offers it.
// Left alone: the phrase as a topic ("The easiest way to ease a headache is rest", "the safest way
// to treat a burn depends on"), anything else said to be the way ("Exercise is the natural way to
// lower blood pressure"), plural ways (a list of advice), and a plain headline ("The way to
// healthy joints") with neither a selling word nor a product.

import consumerForms from '../../../data/claim-consumer-forms.json';
import type { Word } from '../../../engine/sentences.js';
import { PERSON_BY_TRADE, type Token } from '../words.js';
import type { Candidate } from './candidate.js';
import { productNamedIn } from './products.js';
import { BREAK_PUNCTUATION, COPULAS, type ConceptMention, MODALS, NOT_PRODUCT_SUBJECTS, PRODUCT_PRONOUNS, PROMOTING_ADJECTIVES, REMEDY_NOUNS, isBetterState } from './structure-core.js';

const wordsOfKind = (kind: string): Set<string> => new Set(consumerForms.entries.filter((entry) => entry.kind === kind).map((entry) => entry.phrase));
const ROLE_NOUNS = wordsOfKind('offered-role-noun');
/** The role nouns: what the check before the analysis looks up first. */
export const OFFERED_WAY_TRIGGERS: ReadonlySet<string> = ROLE_NOUNS;
const SELLING_ADJECTIVES = wordsOfKind('selling-adjective');
/** Words between the role noun's determiner and the noun: "the easy, natural way", "your new favourite answer". */
const MODIFIER_REACH = 3;
/** Words between "to" and the concept: an infinitive and its object's modifiers ("to beat a nagging migraine"). */
const TARGET_REACH = 4;
/** What opens the phrase: an article or the reader's "your"; opening a headline, a selling possessive too ("Nature's way to"). */
const OPENING_DETERMINERS = new Set(['the', 'a', 'an', 'your']);
/** A selling possessive before a remedy noun ("Nature's answer to") is remedies.ts's to read. */
const opensPhrase = (tokens: readonly Token[], at: number, noun: number): boolean => OPENING_DETERMINERS.has(tokens[at].norm) || (at === 0 && SELLING_ADJECTIVES.has(tokens[at].norm) && !REMEDY_NOUNS.has(tokens[noun].norm));

/** Whether the words may hold the phrase before a concept or a better state (no tags needed). */
export function mayHoldOfferedWay(words: readonly Word[], concepts: readonly ConceptMention[]): boolean {
  return concepts.some((concept) => roleNounBefore(words, concept) >= 0) || betterStateTargets(words).length > 0;
}

export function offeredWayCandidates(tokens: readonly Token[], concepts: readonly ConceptMention[]): Candidate[] {
  const found: Candidate[] = [];
  for (const target of [...concepts, ...betterStateTargets(tokens)]) {
    const candidate = offeredWayCandidate(tokens, target);
    if (candidate) found.push(candidate);
  }
  return found;
}

/** Words ending in "-er" that are no comparative of a state: "other", "water", "winter". */
const NOT_COMPARATIVES = new Set(['other', 'another', 'over', 'under', 'after', 'never', 'ever', 'rather', 'either', 'neither', 'together', 'whether', 'water', 'paper', 'dinner', 'number', 'summer', 'winter', 'order', 'power', 'partner', 'danger', 'matter', 'letter', 'member', 'later', 'sooner', 'longer']);

/**
 * A better state after a role noun's "to" or "for" as the target, with no concept: "the drug-free
 * way to calmer, happier kids", "your ticket to a slimmer you". The target runs from the first
 * better state through the noun after the list.
 */
function betterStateTargets(words: readonly Word[]): Pick<ConceptMention, 'firstWord' | 'endWord'>[] {
  const targets: Pick<ConceptMention, 'firstWord' | 'endWord'>[] = [];
  for (let noun = 1; noun + 3 < words.length; noun++) {
    if (!ROLE_NOUNS.has(words[noun].norm) || (words[noun + 1].norm !== 'to' && words[noun + 1].norm !== 'for')) continue;
    let first = noun + 2;
    if (OPENING_DETERMINERS.has(words[first].norm)) first++;
    let end = first;
    while (end < words.length && end - first < MODIFIER_REACH && isBetterState(words[end].norm) && !NOT_COMPARATIVES.has(words[end].norm)) end++;
    if (end > first && end < words.length) targets.push({ firstWord: first, endWord: end + 1 });
  }
  return targets;
}

function offeredWayCandidate(tokens: readonly Token[], concept: Pick<ConceptMention, 'firstWord' | 'endWord'>): Candidate | undefined {
  const noun = roleNounBefore(tokens, concept);
  if (noun < 0) return undefined;
  // A list of adjectives may come before the concept ("to a deeper, calmer sleep"); no other punctuation.
  for (let at = noun + 1; at <= concept.firstWord; at++) if (tokens[at].breaks && (at <= noun + 1 || !/^,\s*$/.test(tokens[at].gap))) return undefined;
  let determiner = noun - 1;
  while (determiner >= 0 && noun - determiner <= MODIFIER_REACH && !opensPhrase(tokens, determiner, noun)) {
    if (tokens[determiner + 1].breaks && !/,/.test(tokens[determiner + 1].gap)) return undefined;
    determiner--;
  }
  if (determiner < 0 || !opensPhrase(tokens, determiner, noun)) return undefined;
  for (let at = determiner + 1; at <= noun; at++) if (tokens[at].breaks && !/,/.test(tokens[at].gap)) return undefined;
  if (isTopic(tokens, concept.endWord)) return undefined;
  const offeredBy = offerer(tokens, determiner, noun);
  if (!offeredBy) return undefined;
  return {
    kind: 'nominal',
    structure: 'offered way',
    subject: 'product',
    basis: offeredBy,
    groupFirst: determiner,
    groupEnd: noun + 2,
    head: noun,
    info: { lemma: tokens[noun].norm, phrase: `${tokens[noun].norm} ${tokens[noun + 1].norm}`, form: 'base', verbKind: 'predicate' },
    objectFrom: noun + 2,
  };
}

/** The role noun before "to" or "for" a few words before the concept ("way to calmer", "answer to aching", "way to beat a"), or -1. */
function roleNounBefore(words: readonly Word[], concept: Pick<ConceptMention, 'firstWord' | 'endWord'>): number {
  for (let to = concept.firstWord - 1; to >= 1 && concept.firstWord - to <= TARGET_REACH; to--) {
    const norm = words[to].norm;
    if (norm === 'to' || norm === 'for') return ROLE_NOUNS.has(words[to - 1].norm) ? to - 1 : -1;
  }
  return -1;
}

/** A verb after the phrase in its clause makes it the topic ("The easiest way to ease a headache is rest"). */
function isTopic(tokens: readonly Token[], from: number): boolean {
  for (let at = from; at < tokens.length && !tokens[at].breaks; at++) if (COPULAS.has(tokens[at].norm) || MODALS.has(tokens[at].norm) || tokens[at].norm === 'depends' || tokens[at].norm === 'varies') return true;
  return false;
}

/**
 * Why the phrase is offered, or undefined: a product (or a pronoun for one) as the
 * subject of a copula before it, or named before a colon or dash that opens it; the headline
 * opening with it, with a selling word or "your".
 */
function offerer(tokens: readonly Token[], determiner: number, noun: number): string | undefined {
  const before = determiner - 1;
  if (before < 0) {
    if (tokens[determiner].norm === 'your') return "a headline offers it to the reader ('your')";
    for (let at = determiner; at < noun; at++) if (SELLING_ADJECTIVES.has(tokens[at].norm)) return `a headline sells it ('${tokens[at].norm}')`;
    // "The way to a calmer tummy: our slippery elm powder": the product named after a colon or dash.
    const colon = tokens.findIndex((token, at) => at > noun && token.breaks && BREAK_PUNCTUATION.test(token.gap));
    if (colon > 0 && productNamedIn(tokens, colon, tokens.length)) return 'a headline names a product after it';
    return undefined;
  }
  let clauseStart = before;
  while (clauseStart > 0 && !tokens[clauseStart].breaks) clauseStart--;
  // The subject's head noun, before the copula or the colon, is no person ("Our pharmacists are your answer to ...").
  if (isPerson(tokens[before].norm) || isPerson(tokens[before - 1]?.norm ?? '')) return undefined;
  if (tokens[determiner].breaks) {
    // "Our valerian drops: the natural way to calmer nerves".
    if (!BREAK_PUNCTUATION.test(tokens[determiner].gap)) return undefined;
    return productNamedIn(tokens, clauseStart, determiner) ? 'a product named before it' : undefined;
  }
  let copula = before;
  while (copula > clauseStart && PROMOTING_ADJECTIVES.has(tokens[copula].norm)) copula--;
  if (!COPULAS.has(tokens[copula].norm) && !/'s$/.test(tokens[copula].norm)) return undefined;
  // "It's the natural way to ...", "This is your answer to ...": a pronoun for the product.
  const subjectEnd = /'s$/.test(tokens[copula].norm) ? copula + 1 : copula;
  if (subjectEnd - clauseStart === 1 && (PRODUCT_PRONOUNS.has(tokens[clauseStart].norm) || /^(?:it|this)'s$/.test(tokens[clauseStart].norm))) return 'a pronoun for a product is said to be it';
  return productNamedIn(tokens, clauseStart, subjectEnd) ? 'a product is said to be it' : undefined;
}

const isPerson = (norm: string): boolean => NOT_PRODUCT_SUBJECTS.has(norm) || PERSON_BY_TRADE.test(norm);
