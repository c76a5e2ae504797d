// Effects taken for granted as results: a qualified effect named as fact ("the beneficial
// effects of X"), an effect observed with a treatment ("a reduction was seen with X") and the
// size of an effect stated as fact ("the effect of X on Y was small").

import type { Candidate } from './candidate.js';
import type { ClaimLexicon } from '../lexicon.js';
import { ASSERTIVE_AUX, BE, CONJUNCTIONS, DETERMINERS, HAVE, HEDGING_AUX, STARTS_WITH_DIGIT, type Token, isAdverb, isFunctionWord, looksLikeVerb } from '../words.js';

/** Words that state how large or how alike an effect is: "the effect was small", "its impact is greater". */
const EFFECT_SIZES = new Set(['significant', 'substantial', 'large', 'larger', 'largest', 'great', 'greater', 'greatest', 'strong', 'stronger', 'strongest', 'marked', 'modest', 'small', 'smaller', 'smallest', 'minor', 'moderate', 'similar', 'comparable', 'equivalent', 'independent', 'additive', 'synergistic', 'sustained', 'dose-dependent', 'pronounced', 'evident', 'apparent', 'robust', 'consistent', 'proportionate', 'proportional', 'weak', 'weaker', 'mild', 'dramatic', 'profound', 'considerable', 'negligible', 'superior', 'inferior', 'beneficial', 'harmful', 'detrimental', 'protective', 'positive', 'negative']);
/** Sizes that compare an effect with another's: "similar to", "greater than". */
const COMPARED_SIZES = new Set(['similar', 'comparable', 'equivalent', 'greater', 'larger', 'stronger', 'smaller', 'weaker', 'superior', 'inferior']);
/** Passive participles that report an observed result: "a reduction was seen with". */
export const OBSERVATION_PARTICIPLES = new Set(['observed', 'seen', 'noted', 'found', 'achieved', 'obtained', 'attained', 'demonstrated', 'documented', 'recorded', 'produced']);
/** Prepositions that name the treatment after an observed result. */
export const TREATMENT_LINKS = new Set(['with', 'after', 'following', 'by']);
/** Nouns that name an effect when followed by "on": "an impact on sleep". */
export const EFFECT_ON_NOUNS = new Set(['effect', 'effects', 'impact', 'influence']);
/** Words before a qualified effect that deny or weaken it: "no beneficial effect", "potential benefits". */
const EFFECT_DENIERS = new Set(['no', 'any', 'without', 'potential', 'possible', 'putative']);
/** Adjectives that name what an effect brings about by their ending: "-genic" (producing: "carcinogenic", "diabetogenic") and "-protective" ("renoprotective"). */
const CAUSING_ADJECTIVE = /^[a-z-]{3,}(?:genic|protective)$/;
/** Possessive determiners that name whose effect it is: "its protective effect". */
const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her']);

/** A noun in the possessive ("caffeine's", "the drugs'"): the owner of what follows. */
export function isPossessive(token: Token | undefined): boolean {
  if (!token) return false;
  return token.norm.endsWith("'s") || POSSESSIVE_DETERMINERS.has(token.norm);
}

/** An adjective that qualifies an effect as a health effect: listed, or by its ending ("obesogenic"). */
export function effectQualifier(lexicon: ClaimLexicon, norm: string): boolean {
  return lexicon.effectQualifiers.has(norm) || CAUSING_ADJECTIVE.test(norm);
}

/**
 * "the beneficial effects of X", "a protective effect on", "the drug's neuroprotective effects": a
 * qualified effect named as a fact, with what it is of or on after it, or its owner before it.
 */
export function qualifiedEffectCandidate(tokens: Token[], token: Token, lexicon: ClaimLexicon): Candidate | undefined {
  if (!lexicon.effectHeads.has(token.norm) || token.index === 0) return undefined;
  const next = tokens[token.index + 1];
  const ofOrOn = next !== undefined && !next.breaks && (next.norm === 'of' || next.norm === 'on');
  const determiner = tokens[token.index - 1];
  if ((token.norm === 'benefits' || token.norm === 'benefit') && next?.norm === 'of' && determiner && (determiner.norm === 'the' || determiner.norm === 'its' || determiner.norm === 'their') && !token.breaks) {
    // "the benefits of kratom" takes the benefit for granted.
    return { structure: 'qualified effect', kind: 'nominal', groupFirst: token.index, groupEnd: token.index + 1, head: token.index, info: { lemma: token.norm, phrase: token.norm, form: 'base', verbKind: 'predicate' }, objectFrom: token.index + 1 };
  }
  let first = token.index;
  let unknown = 0;
  // Qualifiers, adverbs between them, and one other adjective ("beneficial cardiovascular effect").
  while (first > 0 && !tokens[first].breaks) {
    const previous = tokens[first - 1];
    if (effectQualifier(lexicon, previous.norm) || (isAdverb(previous) && first < token.index)) first--;
    else if (unknown === 0 && first === token.index && !isFunctionWord(previous.norm) && effectQualifier(lexicon, tokens[first - 2]?.norm ?? '')) {
      unknown++;
      first--;
    } else break;
  }
  if (first === token.index || !effectQualifier(lexicon, tokens[first].norm)) return undefined;
  const before = tokens[first - 1];
  if (before && EFFECT_DENIERS.has(before.norm)) return undefined;
  // Without "of" or "on" after it, the effect needs its owner before it: "the drug's protective effect".
  const owner = before && !tokens[first].breaks && isPossessive(before);
  if (!ofOrOn && !owner) return undefined;
  return {
    kind: 'nominal',
    structure: 'qualified effect',
    groupFirst: first,
    groupEnd: token.index + 1,
    head: token.index,
    info: { lemma: token.norm, phrase: token.norm, form: 'base', verbKind: 'predicate' },
    objectFrom: token.index + 1,
  };
}

/**
 * "A marked reduction in pain was seen with the gel", "improvements were achieved with": an effect
 * reported as observed after a treatment. The effect noun is the subject of a passive verb of
 * observation followed by "with", "after" or "following" (without them it may only describe a change).
 */
export function observedEffectCandidate(tokens: Token[], token: Token, lexicon: ClaimLexicon): Candidate | undefined {
  if (!OBSERVATION_PARTICIPLES.has(token.norm) || token.breaks) return undefined;
  const be = tokens[token.index - 1];
  if (!be || !BE.has(be.norm) || be.breaks) return undefined;
  const cause = tokens[token.index + 1];
  if (!cause || cause.breaks || !TREATMENT_LINKS.has(cause.norm)) return undefined;
  // The subject: an effect noun (or a qualified effect head) at most six words back, in the same clause.
  for (let at = be.index - 1; at >= 0 && be.index - at <= 6; at--) {
    const norm = tokens[at].norm;
    const qualifiedHead = lexicon.effectHeads.has(norm) && at > 0 && lexicon.effectQualifiers.has(tokens[at - 1].norm) && !tokens[at].breaks;
    if (lexicon.effectNouns.has(norm) || qualifiedHead) {
      let first = qualifiedHead ? at - 1 : at;
      while (first > 0 && !tokens[first].breaks && (lexicon.effectQualifiers.has(tokens[first - 1].norm) || isAdverb(tokens[first - 1]) || STARTS_WITH_DIGIT.test(tokens[first - 1].norm))) first--;
      return {
        kind: 'nominal',
        structure: 'observed effect',
        groupFirst: first,
        groupEnd: token.index + 1,
        head: at,
        info: { lemma: token.norm, phrase: token.norm, form: 'ed', verbKind: 'observed' },
        objectFrom: token.index + 1,
      };
    }
    if (tokens[at + 1].breaks || BE.has(norm) || CONJUNCTIONS.has(norm) && norm !== 'and') return undefined;
  }
  return undefined;
}

/**
 * "The effect of caffeine on sleep was small", "its impact on survival is greater than": the size of
 * an effect of something on something, stated as fact, takes the effect for granted. Only with a
 * word of size or comparison after "be" ("the effects of X on Y are complex" or "unclear" is no claim).
 */
export function sizedEffectCandidate(tokens: Token[], token: Token): Candidate | undefined {
  if (!EFFECT_ON_NOUNS.has(token.norm)) return undefined;
  // The noun phrase starts the clause: "The effect", "However, its impact"; not "evidence of an effect".
  let first = token.index;
  // A possessive owner belongs to it too: "green tea's effect on".
  while (first > 0 && !tokens[first].breaks && token.index - first < 3 && (DETERMINERS.has(tokens[first - 1].norm) || isPossessive(tokens[first - 1]) || !isFunctionWord(tokens[first - 1].norm) && !looksLikeVerb(tokens[first - 1]))) first--;
  if (first > 0 && !tokens[first].breaks) return undefined;
  let on = -1;
  let be = -1;
  for (let at = token.index + 1; at < tokens.length && at - token.index <= 12; at++) {
    const word = tokens[at];
    if (word.breaks) return undefined;
    if (word.norm === 'on' && on < 0 && at - token.index <= 6) on = at;
    else if (BE.has(word.norm)) {
      be = at;
      break;
    } else if (word.norm === 'that' || word.norm === 'which' || ASSERTIVE_AUX.has(word.norm) || HEDGING_AUX.has(word.norm) || HAVE.has(word.norm)) return undefined;
  }
  if (be < 0) return undefined;
  let predicate = be + 1;
  while (predicate < tokens.length && !tokens[predicate].breaks && (isAdverb(tokens[predicate]) || tokens[predicate].norm === 'more' || tokens[predicate].norm === 'most') && tokens[predicate].norm !== 'not') predicate++;
  const size = tokens[predicate];
  if (!size || size.breaks || !EFFECT_SIZES.has(size.norm)) return undefined;
  // Without "on", only an effect compared with another's: "the effect of the diet was similar to that of fibre".
  if (on < 0 && !(tokens[token.index + 1]?.norm === 'of' && COMPARED_SIZES.has(size.norm) && (tokens[predicate + 1]?.norm === 'to' || tokens[predicate + 1]?.norm === 'than') && !tokens[predicate + 1].breaks)) return undefined;
  return {
    kind: 'nominal',
    structure: 'sized effect',
    groupFirst: first,
    groupEnd: predicate + 1,
    head: token.index,
    info: { lemma: token.norm, phrase: token.norm, form: 'base', verbKind: 'observed' },
    objectFrom: predicate + 1,
  };
}
