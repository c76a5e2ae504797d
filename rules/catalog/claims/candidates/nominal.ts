// Nominal claims: an effect noun carried by a support verb ("providing relief", "offers potent
// analgesic effects", "plays a role in"), a result the research reports ("the trial showed a
// reduction in pain with X") and a sequel ("was followed by an improvement").

import type { Candidate } from './candidate.js';
import { EFFECT_ON_NOUNS, TREATMENT_LINKS, effectQualifier } from './effect-result.js';
import { MEASURE_NOUNS } from './predicate.js';
import { verbRole } from './verb.js';
import type { ClaimLexicon, VerbFormInfo } from '../lexicon.js';
import { ASSERTIVE_AUX, BE, COMMA_ONLY, DETERMINERS, FIRST_PERSON, HAVE, HEDGING_AUX, RESEARCH_SUBJECTS, STARTS_WITH_DIGIT, type Token, isAdverb, isFunctionWord } from '../words.js';

/** Adjectives that compare an effect with another: "efficacy comparable to". */
const COMPARISON_WORDS = new Set(['comparable', 'similar', 'equivalent', 'equal', 'identical', 'superior', 'greater', 'larger']);
/** Comparatives that make an outcome a result of a comparison: "better outcomes", "greater benefits". */
const COMPARATIVE_OUTCOMES = new Set(['better', 'improved', 'superior', 'greater', 'larger', 'fewer', 'lower', 'higher', 'worse', 'poorer']);
/** Words that may stand between a support verb and its effect noun. */
const NOMINAL_FILLERS = new Set(['and', 'or', 'both', 'very', 'much', 'some', 'a', 'an']);

/** "providing relief from", "offers potent analgesic effects", "has beneficial effects on", "plays a key role in". */
/** `options`: the verb's entries in `lexicon.supportVerbs`. */
export function nominalCandidate(tokens: Token[], token: Token, lexicon: ClaimLexicon, options: readonly VerbFormInfo[]): Candidate | undefined {
  for (const info of options) {
    let role: { groupFirst: number } | undefined;
    let scanFrom = token.index + 1;
    if (info.kind === 'sequel') {
      // Only the passive "was followed by an improvement": the cause is the subject, the effect follows "by".
      role = sequelRole(tokens, token, info);
      scanFrom += info.particle.length;
    } else if (info.kind === 'finding') role = findingRole(tokens, token, info);
    else role = verbRole(tokens, token, { ...info, particle: [] });
    if (!role) continue;
    // Up to five modifiers (at most two unknown words), then the effect noun.
    let qualified = false;
    /** Qualified only by a comparative ("better outcomes"): a difference, an effect only with its cause named. */
    let comparativeOnly = false;
    let unknown = 0;
    for (let at = scanFrom; at < Math.min(tokens.length, scanFrom + 6); at++) {
      const word = tokens[at];
      if (word.breaks && !(qualified && COMMA_ONLY.test(word.gap))) break;
      const norm = word.norm;
      const next = tokens[at + 1];
      const nextNorm = next && !next.breaks ? next.norm : '';
      const found = (head: number): Candidate => ({
        kind: 'nominal',
        structure: 'effect noun',
        groupFirst: role.groupFirst,
        groupEnd: token.index + 1,
        head,
        info: { lemma: info.lemma, phrase: info.phrase, form: info.form, verbKind: info.kind },
        objectFrom: head + 1,
      });
      // "has a dramatic improvement" means experienced it; only heads ("beneficial effects") count after "have".
      const isEffectNoun = lexicon.effectNouns.has(norm) && !lexicon.effectHeads.has(nextNorm) && !lexicon.effectNouns.has(nextNorm) && !(info.lemma === 'have' && !lexicon.effectHeads.has(norm));
      if ((info.kind === 'support' || info.kind === 'sequel') && isEffectNoun) return found(at);
      // A change the research shows is an effect only with its cause named: "a reduction in falls
      // with the program"; "data show a reduction in teen smoking" may only describe a trend.
      const needsCause = info.kind === 'finding' && ((lexicon.effectNouns.has(norm) && !lexicon.agentiveEffects.has(norm)) || comparativeOnly) && !causeNamedAfter(tokens, at);
      if (info.kind === 'finding' && isEffectNoun && !needsCause) return found(at);
      // "showed benefit", "demonstrated efficacy": what the agent brought about, no qualifier needed.
      if ((info.kind === 'support-qualified' || info.kind === 'finding') && (info.lemma !== 'have' || effectNounEnds(tokens, at)) && info.lemma !== 'play' && lexicon.agentiveEffects.has(norm) && !lexicon.effectHeads.has(nextNorm) && !lexicon.effectNouns.has(nextNorm) && !ratesATest(tokens, at)) return found(at);
      if (lexicon.effectHeads.has(norm) || isEffectNoun) {
        // A qualified effect ("potent analgesic effects"), an effect on something ("an impact on"),
        // or a part in it ("plays a role in").
        if (qualified && !lexicon.effectHeads.has(nextNorm) && !needsCause) return found(at);
        if (EFFECT_ON_NOUNS.has(norm) && nextNorm === 'on') return found(at);
        if (info.lemma === 'play' && norm === 'role') return found(at);
      }
      if (effectQualifier(lexicon, norm)) {
        qualified = true;
        comparativeOnly = false;
        continue;
      }
      // A result may be comparative: "the trial showed better outcomes with", "the regimen yielded better outcomes".
      if ((info.kind === 'finding' || info.kind === 'support') && COMPARATIVE_OUTCOMES.has(norm)) {
        comparativeOnly = !qualified;
        qualified = true;
        continue;
      }
      // Amounts are modifiers too: "a 30% reduction", "a two-fold improvement".
      if (DETERMINERS.has(norm) || isAdverb(word) || NOMINAL_FILLERS.has(norm) || STARTS_WITH_DIGIT.test(norm)) continue;
      if (!isFunctionWord(norm) && unknown < 2) {
        unknown++;
        continue;
      }
      break;
    }
  }
  return undefined;
}

/** Words that make an effect noun rate a test or a prediction: "the usefulness of ultrasound for diagnosis". */
const TEST_PURPOSES = new Set([...MEASURE_NOUNS, 'detection', 'detecting', 'prediction', 'predicting', 'diagnosing', 'identifying', 'identification', 'prognosis', 'staging']);

/** One of TEST_PURPOSES among the next eight words of the clause after the effect noun at `at`. */
function ratesATest(tokens: Token[], at: number): boolean {
  for (let next = at + 1; next < tokens.length && next - at <= 8; next++) {
    if (tokens[next].breaks) return false;
    if (TEST_PURPOSES.has(tokens[next].norm)) return true;
  }
  return false;
}

/**
 * "The trial showed a reduction in", "we confirmed the benefit of": the research (or its authors)
 * reports an effect as its result. The subject is the research or "we", directly before the verb
 * or before "has", "have" or an adverb.
 */
function findingRole(tokens: Token[], token: Token, info: VerbFormInfo): { groupFirst: number } | undefined {
  if (info.form === 'ing') return undefined;
  let first = token.index;
  while (first > 0 && isAdverb(tokens[first - 1]) && !tokens[first].breaks) first--;
  let subjectAt = first - 1;
  if (subjectAt >= 0 && HAVE.has(tokens[subjectAt].norm) && !tokens[first].breaks && info.form === 'ed') {
    first = subjectAt;
    subjectAt--;
  }
  const subject = subjectAt >= 0 && !tokens[first].breaks ? tokens[subjectAt] : undefined;
  if (!subject || !(RESEARCH_SUBJECTS.has(subject.norm) || subject.norm === 'we')) return undefined;
  return { groupFirst: first };
}

/** The effect noun ends its phrase ("has efficacy comparable to", "had benefits for"), not "had efficacy endpoints". */
function effectNounEnds(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  return !next || next.breaks || isFunctionWord(next.norm) || COMPARISON_WORDS.has(next.norm);
}

/** "with", "after", "following", "from" or "by" later in the clause: the cause of a reported change. */
function causeNamedAfter(tokens: Token[], index: number): boolean {
  for (let at = index + 1; at < tokens.length && at - index <= 12; at++) {
    if (tokens[at].breaks && !COMMA_ONLY.test(tokens[at].gap)) return false;
    if (TREATMENT_LINKS.has(tokens[at].norm) || tokens[at].norm === 'from' || tokens[at].norm === 'compared' || (tokens[at].norm === 'when' && treatmentTakenAfter(tokens, at))) return true;
  }
  return false;
}

/** Verbs that say a treatment was taken or given: "when patients received", "when combined with". */
const TREATMENT_TAKING_VERBS = new Set(['received', 'receive', 'receiving', 'given', 'treated', 'took', 'take', 'taking', 'used', 'using', 'combined', 'added', 'administered', 'exposed', 'switched', 'started']);

/** "when" opens a clause about taking a treatment within its next three words: "when patients received X", "when given early". */
function treatmentTakenAfter(tokens: Token[], when: number): boolean {
  for (let at = when + 1; at < tokens.length && at - when <= 3; at++) {
    if (tokens[at].breaks) return false;
    if (TREATMENT_TAKING_VERBS.has(tokens[at].norm)) return true;
  }
  return false;
}

/** "was followed by": a passive form of "be" right before, the particle right after. */
function sequelRole(tokens: Token[], token: Token, info: VerbFormInfo): { groupFirst: number } | undefined {
  if (info.form !== 'ed' || token.breaks) return undefined;
  for (let k = 0; k < info.particle.length; k++) {
    const next = tokens[token.index + 1 + k];
    if (!next || next.breaks || next.norm !== info.particle[k]) return undefined;
  }
  let first = token.index;
  while (first > 0 && isAdverb(tokens[first - 1]) && !tokens[first].breaks) first--;
  const be = first > 0 && !tokens[first].breaks ? tokens[first - 1] : undefined;
  if (!be || !BE.has(be.norm)) return undefined;
  const subject = tokens[be.index - 1];
  if (subject && !tokens[be.index].breaks && (RESEARCH_SUBJECTS.has(subject.norm) || FIRST_PERSON.has(subject.norm))) return undefined;
  const aux = tokens[be.index - 1];
  if (aux && !tokens[be.index].breaks && (ASSERTIVE_AUX.has(aux.norm) || HEDGING_AUX.has(aux.norm) || HAVE.has(aux.norm))) return { groupFirst: aux.index };
  return { groupFirst: be.index };
}
