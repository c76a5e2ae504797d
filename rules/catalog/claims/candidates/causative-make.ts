// The causative "make" with a complement that states a change in health ("makes symptoms worse").

import type { Candidate } from './candidate.js';
import { verbRole } from './verb.js';
import type { VerbFormInfo } from '../lexicon.js';
import { DETERMINERS, PRONOUNS, type Token, isFunctionWord } from '../words.js';

/** Forms of the causative "make". */
export const MAKE_FORMS = new Map<string, VerbFormInfo['form']>([['make', 'base'], ['makes', 's'], ['made', 'ed'], ['making', 'ing']]);
/** Complements of "make" that state a change in health: "makes symptoms worse". */
const HEALTH_COMPARATIVES = new Set(['worse', 'better', 'stronger', 'weaker', 'healthier', 'sicker', 'happier', 'calmer', 'fitter', 'leaner', 'slimmer', 'younger', 'older', 'fatter', 'heavier', 'sleepier', 'drowsy', 'sleepy', 'ill', 'sick', 'dizzy', 'nauseous', 'infertile', 'immune', 'resistant']);
/** Adjectives after "more"/"less" in such a complement: "makes people more prone to". */
const HEALTH_DEGREE_ADJECTIVES = new Set(['likely', 'prone', 'susceptible', 'vulnerable', 'resistant', 'sensitive', 'severe', 'painful', 'effective', 'tolerable', 'alert', 'anxious', 'tired', 'energetic', 'fertile', 'active']);

/**
 * "Alcohol makes reflux worse", "poor sleep makes people more prone to infection": the causative
 * "make" with an object and a complement that states a change in health (Wolff & Song's CAUSE verbs).
 */
export function causativeMakeCandidate(tokens: Token[], token: Token): Candidate | undefined {
  const form = MAKE_FORMS.get(token.norm);
  if (!form) return undefined;
  const role = verbRole(tokens, token, { lemma: 'make', phrase: 'make', form, kind: 'neutral', particle: [], ergative: false });
  if (!role) return undefined;
  // "made me sleepy" is the writer's own experience (an anecdote), not a claim about others.
  if (tokens[token.index + 1]?.norm === 'me') return undefined;
  // Object: one to three words, then the complement.
  for (let at = token.index + 2; at <= token.index + 4 && at < tokens.length; at++) {
    if (tokens[at].breaks || tokens[at - 1].breaks && at - 1 > token.index) return undefined;
    const norm = tokens[at].norm;
    const degree = norm === 'more' || norm === 'less';
    const complement = degree ? tokens[at + 1] : tokens[at];
    if (!complement || complement.breaks) return undefined;
    if ((!degree && HEALTH_COMPARATIVES.has(norm)) || (degree && HEALTH_DEGREE_ADJECTIVES.has(complement.norm))) {
      return {
        kind: 'verb',
        structure: 'causative make',
        groupFirst: role.groupFirst,
        groupEnd: token.index + 1,
        head: token.index,
        info: { lemma: 'make', phrase: 'make', form, verbKind: 'neutral' },
        objectFrom: token.index + 1,
      };
    }
    if (isFunctionWord(norm) && !DETERMINERS.has(norm) && !PRONOUNS.has(norm)) return undefined;
  }
  return undefined;
}
