// Suitability predicates: an adjective or noun that rates what a product is for, with a health
// concept as the thing it is for (Quirk et al. 1985, 16.69: adjectives complemented by "for").
//   [subject be] [degree] ADJ [choice noun] for [modifiers] CONCEPT
//   "Our balm is excellent for cold sores", "This tea is great for bloating", "It's ideal for
//   sore muscles"; a product bullet or heading with no subject: "Great for bloating, cramps and
//   that monthly moodiness", "Perfect for sensitive tummies", "The perfect balm for cold sores",
//   "A must for brain fog"; a participle of making ("Made for sensitive stomachs", "Specially
//   formulated for joint pain") and a strength enough for it ("Strong enough for period pain").
// The words are data (rules/data/claim-consumer-forms.json). Left alone:
// - the people it is for: "Great for kids with eczema", "Ideal for anyone with dry skin" (the
//   concept sits after "with", not right after "for" and its modifiers);
// - permission and safety: "suitable", "safe", "recommended" are not suitability adjectives here;
// - a practice as the subject, named by a gerund: "Walking is great for stiff joints". Careful
//   writing states what a practice does plainly where it hedges what a product does (see
//   docs/rules/unhedged-claim.md for the figures); "Taking our gummies is great for sleep" names
//   a product of the writer's and is a claim;
// - "good" after "be", which the predicate family reads (claim-effects.json; analyse.ts asks
//   `practiceSubjectBefore` there too), and negation and hedges, which decide.ts reads as for
//   any claim.

import consumerForms from '../../../data/claim-consumer-forms.json';
import structureData from '../../../data/claim-structure.json';
import type { Word } from '../../../engine/sentences.js';
import { DETERMINERS, PERSON_BY_TRADE } from '../words.js';
import type { Candidate } from './candidate.js';
import { productNamedIn } from './products.js';
import { TREATMENT_ROLE_NOUNS } from './predicate.js';
import { type ConceptMention, NOT_PRODUCT_SUBJECTS, POSSESSIVES, PRODUCT_NOUNS, PRODUCT_PRONOUNS, RELATIVE_PRONOUNS, type StructureInput, isVerb, nounAfterConcept } from './structure-core.js';
import { WordSet } from '../../../engine/phrases.js';

const wordsOfKind = (kind: string): Set<string> => new Set(consumerForms.entries.filter((entry) => entry.kind === kind).map((entry) => entry.phrase));
const ADJECTIVES = wordsOfKind('suitability-adjective');
const NOUNS = wordsOfKind('suitability-noun');
const CHOICE_NOUNS = wordsOfKind('suitability-choice');
const PARTICIPLES = wordsOfKind('suitability-participle');
const STRENGTHS = wordsOfKind('strength-adjective');
/** `rated` needs one of these words at least: a sentence without any is passed over in one look-up. */
const RATING_WORDS = new WordSet([...ADJECTIVES, ...PARTICIPLES, ...NOUNS, 'enough']);
const INTAKE_VERBS = new Set(structureData.entries.filter((entry) => entry.kind === 'intake-verb').map((entry) => entry.phrase));

/** Words between the subject's "be" (or the opening of a bullet) and the adjective: "is also really great", "the very best", "Not great", "Our go-to". */
const DEGREE_WORDS = new Set(['a', 'an', 'the', 'our', 'my', 'so', 'really', 'just', 'truly', 'absolutely', 'simply', 'also', 'especially', 'particularly', 'very', 'equally', 'not', 'totally', 'seriously', 'always', 'specially', 'specifically', 'expertly', 'carefully', 'uniquely']);
/** A pronoun for the product and its copula in one word. */
const CONTRACTED_PRODUCT_COPULAS = new Set(["it's", "they're"]);
const COPULAS = new Set(['is', 'are', "'s", 'was', 'were', 'be', 'remains', 'remain', 'stays']);
/** Auxiliaries before the copula: "will be great for", "can be ideal for" (hedges among them are decide.ts's). */
const AUXILIARIES = new Set(['will', "'ll", 'can', 'must', 'may', 'might', 'could', 'would', 'should']);
/** How many modifiers may stand between "for" and the concept: "for that monthly moodiness", "for your tired, achy feet". */
const MODIFIER_REACH = 4;
/** Nouns of an effect after "for" whose "of" introduces the concept: "excellent for the relief of cold sores". */
const EFFECT_BEFORE_OF = new Set(['relief', 'treatment', 'prevention', 'management', 'care', ...TREATMENT_ROLE_NOUNS]);

/** Whether the words may hold a suitability predicate about one of the concepts (no tags needed). */
export function mayHoldSuitability(words: readonly Word[], concepts: readonly ConceptMention[]): boolean {
  return RATING_WORDS.hasAny(words) && concepts.some((concept) => {
    const forAt = forBefore(words, concept.firstWord);
    return forAt > 0 && rated(words, forAt - 1) >= 0;
  });
}

export function suitabilityCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens, tags } = input;
  const forAt = forBefore(tokens, concept.firstWord, tags);
  if (forAt < 1) return undefined;
  const head = rated(tokens, forAt - 1);
  if (head < 0 || tokens[forAt].breaks) return undefined;
  // "Great for energy bills": the concept modifies the noun after it, which is what it is for.
  if (nounAfterConcept(input, concept)) return undefined;
  // "it is ideal for sore muscles to rest": the subject is an infinitive put last, not a product.
  if (tokens[concept.endWord]?.norm === 'to' && !tokens[concept.endWord].breaks) return undefined;
  let first = head;
  while (first > 0 && !tokens[first].breaks && DEGREE_WORDS.has(tokens[first - 1].norm)) first--;
  const noun = NOUNS.has(tokens[head].norm);
  const info = { lemma: tokens[head].norm, phrase: tokens.slice(head, forAt + 1).map((token) => token.norm).join(' '), form: 'predicate' as const, verbKind: noun ? ('observed' as const) : ('predicate' as const) };
  const candidate = (groupFirst: number): Candidate => ({ kind: noun ? 'nominal' : 'predicate', structure: 'suitability', subject: 'product', groupFirst, groupEnd: head + 1, head, info, objectFrom: forAt + 1 });
  // A product bullet or heading with no subject ("Great for bloating"), or one after a colon or dash ("Our balm: ideal for cold sores");
  // not the subject of a verb after it, a topic ("The best cream for dry skin varies from person to person").
  if (first === 0 || (tokens[first].breaks && /[:\u2013\u2014]|\s-\s/.test(tokens[first].gap))) return finiteVerbAfter(input, concept.endWord) ? undefined : candidate(first);
  const copula = first - 1;
  if (tokens[first].breaks) return undefined;
  // "good" after "be" is the predicate family's (claim-effects.json).
  if (tokens[head].norm === 'good') return undefined;
  // "It's ideal for": the pronoun and its copula are one word.
  if (CONTRACTED_PRODUCT_COPULAS.has(tokens[copula].norm)) return candidate(copula);
  if (!COPULAS.has(tokens[copula].norm)) return undefined;
  let groupFirst = copula;
  while (groupFirst > 0 && !tokens[groupFirst].breaks && AUXILIARIES.has(tokens[groupFirst - 1].norm)) groupFirst--;
  const subject = groupFirst - 1;
  if (subject < 0 || tokens[groupFirst].breaks) return undefined;
  if (!nounSubject(input, subject)) return undefined;
  // A practice is found, for the explanation, and left alone by flagged.ts.
  return practiceSubject(input, subject) ? { ...candidate(groupFirst), practice: true } : candidate(groupFirst);
}

/** A finite verb after the concept in its clause: the phrase before it is that verb's subject. */
function finiteVerbAfter({ tokens, tags }: StructureInput, from: number): boolean {
  for (let at = from; at < tokens.length && !tokens[at].breaks; at++) {
    const tag = tags[at];
    if (tag.pos === 'AUX' || (isVerb(tag) && (tag.verbForm === 's' || tag.verbForm === 'past'))) return true;
  }
  return false;
}

/** The "for" before the concept's phrase, over at most four modifiers (no "with": "for people with eczema" names the people), or -1. */
function forBefore(words: readonly (Word & { breaks?: boolean; gap?: string })[], conceptFirst: number, tags?: StructureInput['tags']): number {
  for (let at = conceptFirst - 1; at >= 0 && conceptFirst - at <= MODIFIER_REACH + 1; at--) {
    const norm = words[at].norm;
    if (norm === 'for') return at;
    if (words[at + 1].breaks && !/^,\s*$/.test(words[at + 1].gap ?? '')) return -1;
    if (norm === 'of' && EFFECT_BEFORE_OF.has(words[at - 1]?.norm ?? '')) continue;
    if (norm === 'with' || norm === 'of' || norm === 'who' || norm === 'to' || NOT_PRODUCT_SUBJECTS.has(norm) || PERSON_BY_TRADE.test(norm)) return -1;
    // With tags, only the words of a noun phrase: "great for [that monthly] moodiness".
    if (tags && !(DETERMINERS.has(norm) || POSSESSIVES.has(norm) || norm === 'that' || ['ADJ', 'NOUN', 'PROPN', 'NUM', 'DET', 'PRON', 'ADV'].includes(tags[at].pos) || (isVerb(tags[at]) && /(?:ed|ing)$/.test(norm)))) return -1;
  }
  return -1;
}

/** The suitability adjective or noun that ends right before `end` ("great", "a must", "an ideal choice", "the perfect balm"): its index, or -1. */
function rated(words: readonly Word[], end: number): number {
  const norm = words[end]?.norm ?? '';
  if (ADJECTIVES.has(norm) || PARTICIPLES.has(norm) || (NOUNS.has(norm) && /^(?:a|an|the)$/.test(words[end - 1]?.norm ?? ''))) return end;
  if (norm === 'enough' && end > 0 && STRENGTHS.has(words[end - 1].norm)) return end - 1;
  if ((CHOICE_NOUNS.has(norm) || PRODUCT_NOUNS.has(norm)) && end > 0 && ADJECTIVES.has(words[end - 1].norm)) return end - 1;
  return -1;
}

/**
 * The subject before the copula can be a product or a practice: a product pronoun, a noun that is
 * no person, research or health concept (a relative pronoun standing for one), or a gerund.
 */
function nounSubject(input: StructureInput, at: number): boolean {
  const { tokens, tags, concepts } = input;
  const norm = tokens[at].norm;
  if (PRODUCT_PRONOUNS.has(norm)) return true;
  if (RELATIVE_PRONOUNS.has(norm)) return at > 0 && !tokens[at].breaks && nounSubject(input, at - 1);
  if (NOT_PRODUCT_SUBJECTS.has(norm) || PERSON_BY_TRADE.test(norm)) return false;
  if (concepts.some((concept) => concept.firstWord <= at && at < concept.endWord)) return false;
  const tag = tags[at];
  // After a determiner the word heads a noun phrase, whatever the tagger read ("This roll-on").
  const afterDeterminer = at > 0 && !tokens[at].breaks && /^(?:this|these|our|the|my)$/.test(tokens[at - 1].norm);
  return tag.pos === 'NOUN' || tag.pos === 'PROPN' || (isVerb(tag) && tag.verbForm === 'ing') || afterDeterminer;
}

/**
 * The subject phrase ending at `end` opens with a gerund ("Walking", "Lifting weights properly"):
 * a practice, unless the gerund takes something of the writer's ("Taking our gummies"). The
 * tagger reads many gerunds as nouns; an -ing noun is a gerund when it is the whole subject
 * ("Swimming is") or takes a determiner, possessive or adverb after it ("Walking every day"),
 * not when it modifies a noun ("Evening primrose oil").
 */
function practiceSubject({ tokens, tags }: Pick<StructureInput, 'tokens' | 'tags'>, end: number): boolean {
  let first = end;
  while (first > 0 && end - first < 4 && !tokens[first].breaks && !/^(?:and|or|but|that|which)$/.test(tokens[first - 1].norm)) first--;
  // The -ing word that opens a phrase: not one a determiner, possessive or adjective modifies ("the swimming pool").
  let gerund = -1;
  for (let at = first; at <= end && gerund < 0; at++) {
    const modified = at > first && (tags[at - 1].pos === 'DET' || tags[at - 1].pos === 'ADJ' || POSSESSIVES.has(tokens[at - 1].norm));
    if (tokens[at].norm.endsWith('ing') && tokens[at].norm.length >= 5 && !modified) gerund = at;
  }
  if (gerund < 0) return false;
  const next = tags[gerund + 1];
  const verbal = (isVerb(tags[gerund]) && tags[gerund].verbForm === 'ing') || gerund === end || next.pos === 'DET' || next.pos === 'PRON' || tags.slice(gerund + 1, end + 1).some((tag) => tag.pos === 'ADV');
  if (!verbal) return false;
  if (!INTAKE_VERBS.has(tags[gerund].lemma) && !INTAKE_VERBS.has(tokens[gerund].norm.slice(0, -3))) return true;
  return !productNamedIn(tokens, gerund + 1, end + 1);
}

/**
 * A practice named by a gerund is the subject that ends right before the group at `groupFirst`
 * ("Walking is good for your heart"): the predicate family's "good" leaves it alone, as the
 * suitability predicates do.
 */
export function practiceSubjectBefore(tokens: StructureInput['tokens'], tags: StructureInput['tags'], groupFirst: number): boolean {
  return groupFirst > 0 && !tokens[groupFirst].breaks && practiceSubject({ tokens, tags }, groupFirst - 1);
}
