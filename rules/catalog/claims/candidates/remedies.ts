// A product in the role of a remedy: a remedy noun for a concept ("a natural remedy for
// fatigue", "your secret weapon against burnout", "is the answer to bloating"), a simile of one
// ("like a reset button for sore backs"), and comparisons with a medicine ("works like
// ibuprofen", "as strong as a statin", "outperforms ibuprofen", "replaces sleeping pills").

import type { Candidate } from './candidate.js';
import { DETERMINERS, PERSON_BY_TRADE, isFunctionWord, type Token } from '../words.js';
import type { ClaimLexicon } from '../lexicon.js';
import type { Word } from '../../../engine/sentences.js';
import { PRODUCT_DEMONSTRATIVES } from './means.js';
import { BREAK_PUNCTUATION, COMPARED_ADJECTIVES, COPULAS, type ConceptMention, MEDICINE_NAMES, MEDICINE_NOUNS, NOT_PRODUCT_SUBJECTS, OUTDOING_VERBS, PROMOTING_ADJECTIVES, READER, REMEDY_NOUNS, SEEKING_WORDS, type StructureInput, WORKING_VERBS, nounPhraseStart, presentVerb, superlativeProductBefore } from './structure-core.js';

export function remedyNounCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens, tags } = input;
  let at = nounPhraseStart(input, concept) - 1;
  if (at < 1 || !/^(?:for|from|to|against)$/.test(tokens[at].norm) || tokens[at + 1].breaks) return undefined;
  // "The best tea for better sleep": a product noun made the remedy by a superlative.
  const superlative = superlativeProductBefore(tokens, at);
  if (superlative >= 0) {
    // The phrase as a subject of another verb is a topic: "The best cream for eczema depends on your skin".
    const next = concept.endWord;
    const topic = next < tokens.length && !tokens[next].breaks && (tags[next].pos === 'VERB' || tags[next].pos === 'AUX') && !COPULAS.has(tokens[next].norm);
    return topic ? undefined : superlativeProductCandidate(superlative, at);
  }
  const noun = at - 1;
  const like = REMEDY_NOUNS.has(tokens[noun].norm) ? -1 : simileBefore(tokens, noun);
  if (tags[noun].pos === 'VERB' || (!REMEDY_NOUNS.has(tokens[noun].norm) && like < 0)) return undefined;
  // What comes before the noun: a promotional adjective, or a copula, colon or dash that makes it the product's role; or a simile.
  let endorsed = like >= 0;
  // "Experience relief from hay fever with our local honey", "Find relief ... with these drops": an imperative with a product of the writer's as means.
  const offered = productOfOursAfter(tokens, concept.endWord);
  for (at = noun - 1; at >= 0 && noun - at <= 4; at--) {
    const norm = tokens[at].norm;
    if ((SEEKING_WORDS.has(norm) || SEEKING_WORDS.has(tags[at].lemma)) && !(offered && at === 0)) return undefined;
    if (PROMOTING_ADJECTIVES.has(norm)) endorsed = true;
    if (COPULAS.has(norm)) {
      // A health concept as the subject describes the body: "the immune system is the body's shield against infection".
      if (at > 0 && input.concepts.some((concept) => concept.firstWord <= at - 1 && at - 1 < concept.endWord)) return undefined;
      endorsed = true;
    }
    if (tokens[at + 1].breaks) {
      if (BREAK_PUNCTUATION.test(tokens[at + 1].gap)) endorsed = true;
      break;
    }
  }
  if (!endorsed && !offered) return undefined;
  // The object is what follows the preposition ("for", "to"), which would end it otherwise.
  const role = remedyRole(tokens, noun, like >= 0 ? like : noun, noun + 1, noun + 2);
  return like >= 0 ? { ...role, structure: 'simile of a remedy' } : role;
}

/** A product in the role of the remedy noun at `noun`, the claim's group and object as its family reads them. */
function remedyRole(tokens: readonly Token[], noun: number, groupFirst: number, groupEnd: number, objectFrom: number, objectEnd?: number): Candidate {
  const role: Candidate = {
    kind: 'nominal',
    structure: 'remedy noun',
    subject: 'product',
    groupFirst,
    groupEnd,
    head: noun,
    info: { lemma: tokens[noun].norm, phrase: tokens[noun].norm, form: 'base', verbKind: 'predicate' },
    objectFrom,
  };
  if (objectEnd !== undefined) role.objectEnd = objectEnd;
  return role;
}

/**
 * "Our tea is the ultimate hangover cure", "The humble kiwi is a natural sleep aid": a remedy noun
 * right after the concept it remedies, and a copula before their phrase that gives a product that
 * role. "There is no hangover cure" has no subject to give it to (and is negated); a health concept
 * or a person as the subject describes the body or a carer.
 */
export function remedyCompoundCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens, concepts } = input;
  const noun = concept.endWord;
  if (noun >= tokens.length || tokens[noun].breaks || !REMEDY_NOUNS.has(tokens[noun].norm)) return undefined;
  const copula = nounPhraseStart(input, concept) - 1;
  if (copula < 1 || tokens[copula + 1].breaks || !COPULAS.has(tokens[copula].norm) || tokens[copula].norm === 'as') return undefined;
  const subject = copula - 1;
  const norm = tokens[subject].norm;
  if (tokens[copula].breaks || norm === 'there' || NOT_PRODUCT_SUBJECTS.has(norm) || PERSON_BY_TRADE.test(norm) || concepts.some((other) => other.firstWord <= subject && subject < other.endWord)) return undefined;
  // The concept before the noun is what it remedies.
  return remedyRole(tokens, noun, copula, copula + 1, concept.firstWord, noun + 1);
}

/** From the superlative through "for" ("best tea for"): the product is the remedy for the concept; no verb to hedge in place. */
function superlativeProductCandidate(superlative: number, forAt: number): Candidate {
  return {
    kind: 'nominal',
    structure: 'superlative product', subject: 'product',
    groupFirst: superlative,
    groupEnd: forAt + 1,
    head: superlative,
    info: { lemma: 'remedy', phrase: 'remedy', form: 'base', verbKind: 'observed' },
    objectFrom: forAt + 1,
  };
}

/** "with our local honey", "with these drops" after `from`, in the clause. */
function productOfOursAfter(tokens: readonly Token[], from: number): boolean {
  for (let at = from; at + 1 < tokens.length; at++) {
    if (tokens[at].breaks && at > from) return false;
    if (tokens[at].norm === 'with' && PRODUCT_DEMONSTRATIVES.has(tokens[at + 1].norm)) return true;
  }
  return false;
}

/** A remedy noun closes the sentence after a copula, and a product of the writer's is named in it: the check before tagging for `remedyRoleCandidate`. */
export function remedyClosesSentence(words: readonly Word[]): boolean {
  const last = words.length - 1;
  if (last < 3 || !REMEDY_NOUNS.has(words[last].norm)) return false;
  if (!words.slice(Math.max(0, last - REMEDY_ROLE_REACH), last).some((word) => COPULAS.has(word.norm))) return false;
  return words.some((word) => PRODUCT_DEMONSTRATIVES.has(word.norm));
}

/**
 * "If you suffer from migraines, our feverfew tincture is the answer.": a product of the writer's
 * said to be the remedy, with the concept elsewhere in the sentence (a remedy noun after a
 * copula, closing the clause).
 */
export function remedyRoleCandidate({ tokens, concepts }: StructureInput): Candidate | undefined {
  if (concepts.length === 0) return undefined;
  for (let noun = 3; noun < tokens.length; noun++) {
    if (!REMEDY_NOUNS.has(tokens[noun].norm) || (noun + 1 < tokens.length && !tokens[noun + 1].breaks)) continue;
    let copula = noun - 1;
    // "is the answer", "is your best ally", "is your gut's secret weapon": the body part whose remedy it is may stand before the noun.
    while (copula > noun - REMEDY_ROLE_REACH && copula > 0 && (DETERMINERS.has(tokens[copula].norm) || PROMOTING_ADJECTIVES.has(tokens[copula].norm) || ROLE_MODIFIERS.has(tokens[copula].norm) || possessiveConceptAt(concepts, tokens, copula))) copula--;
    if (!COPULAS.has(tokens[copula].norm) || tokens[copula + 1].breaks) continue;
    // The subject is a product of the writer's: "our feverfew tincture", "this balm".
    let subject = copula - 1;
    while (subject > 0 && !tokens[subject + 1].breaks && !PRODUCT_DEMONSTRATIVES.has(tokens[subject].norm) && copula - subject < 5) subject--;
    if (!PRODUCT_DEMONSTRATIVES.has(tokens[subject].norm)) continue;
    return remedyRole(tokens, noun, copula, noun + 1, noun + 1);
  }
  return undefined;
}

/** How far before a closing remedy noun its copula may stand: "is your gut's new secret weapon". */
const REMEDY_ROLE_REACH = 5;
/** Words that may modify the closing remedy noun besides the promoting adjectives: "your skin's new best friend", "its very own secret weapon". */
const ROLE_MODIFIERS = new Set(['new', 'very', 'own']);

/** The word at `at` ends a possessive health concept: "your gut's", "your skin's". */
function possessiveConceptAt(concepts: readonly ConceptMention[], tokens: readonly Token[], at: number): boolean {
  return tokens[at].norm.endsWith("'s") && concepts.some((concept) => concept.endWord === at + 1);
}

/**
 * "is like a reset button for sore backs", "works like a charm for dry skin": a simile after a
 * copula or a verb of working that gives the noun before "for" a remedy's role, whatever the
 * noun. The index of "like", or -1.
 */
export function simileBefore(words: readonly (Word & { breaks?: boolean })[], noun: number): number {
  for (let at = noun - 1; at >= 1 && noun - at <= 4; at--) {
    if (words[at + 1].breaks) return -1;
    if (words[at].norm === 'like') return COPULAS.has(words[at - 1].norm) || WORKING_VERBS.has(words[at - 1].norm) ? at : -1;
  }
  return -1;
}

/** A remedy noun at `at` that the words before it seek, want or deny ("searching for a cure", "no treatment for"). */
export function remedySoughtOrLacking(words: readonly Word[], at: number): boolean {
  for (let back = at - 1; back >= 0 && at - back <= 4; back--) if (SEEKING_WORDS.has(words[back].norm)) return true;
  return false;
}

/** "works like ibuprofen", "as strong as a statin", "more effective than the leading cancer drug". Needs no tags. */
export function medicineComparisonCandidate(tokens: readonly Token[], lexicon: ClaimLexicon): Candidate | undefined {
  const outdoing = outdoingCandidate(tokens, lexicon);
  if (outdoing) return outdoing;
  for (let at = 1; at < tokens.length - 1; at++) {
    const norm = tokens[at].norm;
    if (norm !== 'like' && norm !== 'than' && norm !== 'as') continue;
    if (!medicineFollows(tokens, at + 1, lexicon)) continue;
    const previous = tokens[at - 1].norm;
    let groupFirst = -1;
    if (norm === 'like' && WORKING_VERBS.has(previous)) groupFirst = at - 1;
    else if (COMPARED_ADJECTIVES.has(previous) && !(norm === 'as' && previous === 'well' && !WORKING_VERBS.has(tokens[at - 3]?.norm ?? ''))) {
      groupFirst = at - 1;
      // "as strong as", "80 percent more effective than"
      for (let back = at - 2; back >= 0 && at - back <= 5 && !tokens[back + 1].breaks; back--) {
        if (/^(?:as|more|less|just|equally|percent|times|\d.*)$/.test(tokens[back].norm) || WORKING_VERBS.has(tokens[back].norm) || COPULAS.has(tokens[back].norm)) groupFirst = back;
        else break;
      }
    }
    if (groupFirst < 0) continue;
    // "as strong as" needs a verb before it: "as well as" is mostly a conjunction.
    if (norm === 'as' && !tokens.slice(Math.max(0, groupFirst - 2), at).some((token) => WORKING_VERBS.has(token.norm) || COPULAS.has(token.norm))) continue;
    return {
      kind: 'nominal',
      structure: 'comparison with a medicine', subject: 'product',
      groupFirst,
      groupEnd: at + 1,
      head: at - 1,
      info: { lemma: tokens[at - 1].norm, phrase: `${tokens[at - 1].norm} ${norm}`, form: 'base', verbKind: 'observed' },
      objectFrom: at + 1,
    };
  }
  return undefined;
}

/**
 * "Our balm outperforms ibuprofen", "Rivals prescription painkillers", "this tea replaces sleeping
 * pills": a verb of outdoing or replacing with a medicine as its object (21 CFR 101.93(g)(2)(iv)).
 * Not when a person does it ("the pharmacist replaces antibiotics"); an imperative's base form
 * ("Ditch the inhaler ... with our herbal steam") promises only with a product of the writer's named.
 */
function outdoingCandidate(tokens: readonly Token[], lexicon: ClaimLexicon): Candidate | undefined {
  for (let at = 0; at < tokens.length - 1; at++) {
    const norm = tokens[at].norm;
    if (!OUTDOING_VERBS.has(norm) || !medicineIsObject(tokens, at + 1, lexicon)) continue;
    const subject = at > 0 && !tokens[at].breaks ? tokens[at - 1].norm : undefined;
    if (subject !== undefined && (NOT_PRODUCT_SUBJECTS.has(subject) || PERSON_BY_TRADE.test(subject) || READER.has(subject))) continue;
    const imperative = subject === undefined && presentVerb(norm).verbForm === 'base';
    if (imperative && !tokens.some((token, index) => index > at + 1 && PRODUCT_DEMONSTRATIVES.has(token.norm))) continue;
    return {
      kind: 'nominal',
      structure: 'comparison with a medicine',
      subject: imperative ? 'imperative' : 'product',
      groupFirst: at,
      groupEnd: at + 1,
      head: at,
      info: { lemma: norm, phrase: norm, form: 'base', verbKind: 'observed' },
      objectFrom: at + 1,
    };
  }
  return undefined;
}

/** A medicine heads the noun phrase at `from`: only determiners and modifiers before it ("most prescription painkillers"; not "that of older drugs", "faster on these drugs"). */
function medicineIsObject(tokens: readonly Token[], from: number, lexicon: ClaimLexicon): boolean {
  for (let at = from; at < tokens.length && at - from < 3; at++) {
    if (tokens[at].breaks) return false;
    const norm = tokens[at].norm;
    if (isMedicine(norm, lexicon)) return true;
    // A comparative or an adverb ends the phrase ("faster on these drugs"); a compound modifier does not ("over-the-counter").
    if (isFunctionWord(norm) && !DETERMINERS.has(norm) || (/(?:er|ly)$/.test(norm) && !norm.includes('-'))) return false;
  }
  return false;
}

const isMedicine = (norm: string, lexicon: ClaimLexicon): boolean => MEDICINE_NOUNS.has(norm) || MEDICINE_NAMES.has(norm) || lexicon.medicineStemEnding.test(norm);

function medicineFollows(tokens: readonly Token[], from: number, lexicon: ClaimLexicon): boolean {
  for (let at = from; at < tokens.length && at - from < 6; at++) {
    if (at > from && tokens[at].breaks) return false;
    const norm = tokens[at].norm;
    if (isMedicine(norm, lexicon)) return true;
  }
  return false;
}
