// Predicate claims, stated after "be" or a linking verb: efficacy adjectives ("is effective
// for"), treatment roles ("is a remedy for"), causal roles ("is a major cause of"), named causes
// ("the most common cause of X is Y"), involvement in a disease process, and "is of benefit".

import type { Candidate } from './candidate.js';
import { HELPED_PEOPLE } from './verb.js';
import type { ClaimLexicon } from '../lexicon.js';
import { ASSERTIVE_AUX, BE, COMMA_ONLY, CONJUNCTIONS, COPULAR_VERBS, DETERMINERS, FIRST_PERSON, HAVE, HEDGING_AUX, PREPOSITIONS, PRONOUNS, RESEARCH_SUBJECTS, STARTS_WITH_DIGIT, type Token, isAdverb, isFunctionWord, skipAdverbs } from '../words.js';

/** People as the ones something matters to: "crucial for clinicians", "essential for anyone". */
const PEOPLE = new Set(['individuals', 'researchers', 'clinicians', 'doctors', 'physicians', 'nurses', 'consumers', 'readers', 'anyone', 'parents', 'caregivers', 'carers', 'providers', 'practitioners', 'writers', 'policymakers', 'patient', 'person', 'people', 'those', 'all', 'understanding', 'future', 'further']);
/** Nouns that name a causal role: "is a major cause of", "are independent determinants of". */
export const CAUSAL_ROLE_NOUNS = new Set(['cause', 'causes', 'driver', 'drivers', 'determinant', 'determinants', 'contributor', 'contributors', 'mediator', 'mediators', 'culprit']);
/** Nouns that name a treatment role: "is an alternative treatment for", "is a remedy for". */
export const TREATMENT_ROLE_NOUNS = new Set(['treatment', 'treatments', 'therapy', 'therapies', 'remedy', 'remedies', 'cure', 'cures', 'antidote']);
/** Nouns for something used instead of another: a treatment role only when endorsed and in place of a treatment. */
export const ALTERNATIVE_NOUNS = new Set(['alternative', 'alternatives']);
/** Words that describe how a treatment is used, not how well it works: "a common treatment for". */
const USAGE_ADJECTIVES = new Set(['common', 'usual', 'standard', 'popular', 'traditional', 'folk', 'conventional', 'frequent', 'typical', 'proposed', 'possible', 'potential', 'experimental', 'investigational', 'candidate', 'unproven', 'alternative-medicine', 'available', 'only', 'approved', 'recommended', 'prescribed', 'licensed', 'old', 'older', 'new', 'newer', 'novel']);
/** Nouns for what measures or predicts rather than treats: "an effective marker", "a useful screening tool". */
export const MEASURE_NOUNS = new Set(['marker', 'markers', 'biomarker', 'biomarkers', 'predictor', 'predictors', 'indicator', 'indicators', 'test', 'tests', 'tool', 'tools', 'measure', 'measures', 'instrument', 'instruments', 'index', 'scale', 'scales', 'score', 'scores', 'questionnaire', 'survey', 'assay', 'assays', 'screening', 'diagnostic', 'diagnosis']);
/** Words between "is" and an efficacy adjective: "is as effective as", "is a safe and effective". */
const PREDICATE_FILLERS = new Set(['as', 'more', 'most', 'the', 'an', 'a', 'very', 'safe', 'and', 'equally', 'particularly', 'especially', 'both', 'also', 'not', 'well']);
/** Prepositions that introduce the purpose of a purpose predicate: "successful in reducing", "useful for preventing", "key to preventing". */
const PURPOSE_PREPOSITIONS = new Set(['in', 'at', 'for', 'to']);
/** Words between "be of" and "benefit": "is of (great, clear, no) benefit". */
const OF_BENEFIT_DEGREE = new Set(['great', 'clear', 'significant', 'substantial', 'considerable', 'some', 'little', 'no', 'particular', 'real', 'major', 'clinical', 'therapeutic', 'greater', 'additional', 'added']);

/** "is effective in", "proved efficacious", "is an effective treatment for", "was superior to". */
export function predicateCandidate(tokens: Token[], token: Token, lexicon: ClaimLexicon): Candidate | undefined {
  if (CAUSAL_ROLE_NOUNS.has(token.norm)) return causalRoleCandidate(tokens, token);
  if (TREATMENT_ROLE_NOUNS.has(token.norm) || ALTERNATIVE_NOUNS.has(token.norm)) return treatmentRoleCandidate(tokens, token, lexicon);
  if (token.norm === 'benefit') return ofBenefitCandidate(tokens, token);
  if (INVOLVEMENT_PARTICIPLES.has(token.norm)) return involvementCandidate(tokens, token);
  if (MEANS_NOUNS.has(token.norm)) return meansCandidate(tokens, token, lexicon);
  const next = tokens[token.index + 1];
  const nextJoined = next && !next.breaks ? next : undefined;
  if (lexicon.comparativePredicates.has(token.norm)) {
    // "was superior to placebo in reducing pain": a comparison of effects. Without the effect
    // ("superior to CT", "non-inferior to standard care") it may compare accuracy, cost or safety.
    if (nextJoined?.norm !== 'to' || !purposeFollows(tokens, token.index + 2, 5, lexicon, true)) return undefined;
  } else if (lexicon.purposePredicates.has(token.norm)) {
    // "was successful in reducing falls", "is a useful treatment option"; "is useful for diagnosis" claims no effect.
    if (!purposeFollows(tokens, token.index + 1, 0, lexicon) && !nounFollowsInPhrase(tokens, token.index, TREATMENT_ROLE_NOUNS)) return undefined;
  } else if (lexicon.necessityPredicates.has(token.norm)) {
    if (!necessityForOutcome(tokens, token.index, lexicon)) return undefined;
  } else if (!lexicon.predicates.has(token.norm)) return undefined;
  if (token.norm === 'good' && !goodForHealth(tokens, token.index)) return undefined;
  // "Ibuprofen is an anti-inflammatory painkiller": before a noun a drug's action names its class.
  if (lexicon.actionPredicates.has(token.norm) && nextJoined && !isFunctionWord(nextJoined.norm)) return undefined;
  // "an effective predictive marker", "a useful screening tool": the adjective rates a measure or a test, not a treatment.
  if (nounFollowsInPhrase(tokens, token.index, MEASURE_NOUNS)) return undefined;
  // Walk back over adverbs, "as", "more", "an", "safe and" to a form of "be" or "prove".
  let at = token.index - 1;
  let steps = 0;
  while (at >= 0 && steps < 6 && (!tokens[at + 1].breaks || COMMA_ONLY.test(tokens[at + 1].gap) && at + 1 < token.index)) {
    const norm = tokens[at].norm;
    if (BE.has(norm) || COPULAR_VERBS.has(norm)) {
      let start = at;
      const aux = tokens[at - 1];
      if (aux && !tokens[at].breaks && (ASSERTIVE_AUX.has(aux.norm) || HEDGING_AUX.has(aux.norm) || HAVE.has(aux.norm) || aux.norm === 'to')) start = aux.index;
      if (lexicon.necessityPredicates.has(token.norm)) {
        // "Further studies are essential for ...", "it is vital for ...": about the research or the reader.
        const subject = tokens[start - 1];
        if (subject && !tokens[start].breaks && (PRONOUNS.has(subject.norm) && subject.norm !== 'they' || subject.norm === 'there' || RESEARCH_SUBJECTS.has(subject.norm))) return undefined;
      }
      return predicateClaimCandidate(tokens, start, token.index, token.index + 1);
    }
    const adjectiveBeforeAnd = (tokens[at + 1]?.norm === 'and' || COMMA_ONLY.test(tokens[at + 1]?.gap ?? '')) && !isFunctionWord(norm);
    // An amount of efficacy: "is 90 percent effective".
    const amount = STARTS_WITH_DIGIT.test(norm) || norm === 'percent' || norm === 'per' || norm === 'cent';
    if (adjectiveBeforeAnd || isAdverb(tokens[at]) || PREDICATE_FILLERS.has(norm) || amount) {
      at--;
      steps++;
      continue;
    }
    break;
  }
  return undefined;
}

/**
 * One of `nouns` within the next two words of the same phrase: a treatment role ("successful
 * treatment", "useful therapeutic option") or a measure ("effective predictive marker").
 */
function nounFollowsInPhrase(tokens: Token[], index: number, nouns: ReadonlySet<string>): boolean {
  for (let at = index + 1; at <= index + 2 && at < tokens.length; at++) {
    if (tokens[at].breaks) return false;
    if (nouns.has(tokens[at].norm)) return true;
    if (isFunctionWord(tokens[at].norm)) return false;
  }
  return false;
}

/** The -ing forms of the verbs of keeping a condition in hand or overcoming it ("controlling asthma", "beating depression"). */
const MANAGING_FORMS = new Set(['controlling', 'managing', 'regulating', 'stabilizing', 'stabilising', 'normalizing', 'normalising', 'fighting', 'keeping', 'supporting', 'beating', 'overcoming', 'combating', 'combatting', 'tackling', 'avoiding', 'warding', 'staving']);

/**
 * "in/at/for" and a causal verb in -ing, at `from` or after at most `skip` more words of the same
 * clause; with `managing`, also a verb of keeping a condition in hand with a health concept as its
 * object ("superior to X in controlling asthma": a comparison of effects; "important in managing
 * the ward" is not one).
 */
function purposeFollows(tokens: Token[], from: number, skip: number, lexicon: ClaimLexicon, managing = false): boolean {
  for (let at = from; at <= from + skip && at < tokens.length - 1; at++) {
    if (tokens[at].breaks) return false;
    if (!PURPOSE_PREPOSITIONS.has(tokens[at].norm)) continue;
    const verb = tokens[skipAdverbs(tokens, at + 1, 1)];
    return !!verb && !verb.breaks && ((managing && MANAGING_FORMS.has(verb.norm) && lexicon.concepts.conceptsIn(tokens.slice(verb.index + 1, verb.index + 5)).length > 0) || !!lexicon.verbs.get(verb.norm)?.some((info) => info.form === 'ing' && info.kind !== 'help'));
  }
  return false;
}

/** Nouns for the work of care: a need for them is advice about care, not a health effect. */
const CARE_NOUNS = new Set(['treatment', 'diagnosis', 'management', 'care', 'planning', 'screening', 'assessment', 'evaluation', 'monitoring', 'decision', 'decisions', 'diagnoses', 'follow-up', 'counselling', 'counseling', 'referral']);

/** "is essential for bone health", "is crucial in preventing", not "is crucial for readers", "critical in hot weather" nor "it is vital for patients to rest". */
function necessityForOutcome(tokens: Token[], index: number, lexicon?: ClaimLexicon): boolean {
  const next = tokens[index + 1];
  if (!next || next.breaks) return false;
  // "critical to reducing relapse": "to" and a causal verb in -ing (not "essential to ask", an infinitive).
  if (next.norm === 'to') return lexicon !== undefined && purposeFollows(tokens, index + 1, 0, lexicon, true);
  if (next.norm !== 'for' && next.norm !== 'in') return false;
  const object = tokens[index + 2];
  // "crucial in preventing", not "critical in hot weather".
  if (next.norm === 'in' && !object?.norm.endsWith('ing')) return false;
  if (!object || object.breaks || HELPED_PEOPLE.has(object.norm) || PEOPLE.has(object.norm) || FIRST_PERSON.has(object.norm)) return false;
  // "is essential for (appropriate) treatment", "crucial for diagnosis": a need of the care, not a health
  // outcome. Not "for treatment success" nor "for the treatment of depression", which name what the care achieves.
  const careAt = CARE_NOUNS.has(object.norm) ? index + 2 : index + 3;
  const afterCare = tokens[careAt + 1];
  if (CARE_NOUNS.has(tokens[careAt]?.norm ?? '') && !tokens[careAt].breaks && (!afterCare || afterCare.breaks || isFunctionWord(afterCare.norm) && afterCare.norm !== 'of')) return false;
  for (let at = index + 2; at < Math.min(tokens.length, index + 7); at++) {
    if (tokens[at].breaks) break;
    if (tokens[at].norm === 'to') return false;
  }
  return true;
}

/** "is of benefit", "were of clear benefit to": efficacy stated with "be of" and the noun. */
function ofBenefitCandidate(tokens: Token[], token: Token): Candidate | undefined {
  let at = token.index - 1;
  if (at >= 0 && OF_BENEFIT_DEGREE.has(tokens[at].norm) && !tokens[at + 1].breaks) at--;
  if (at < 1 || tokens[at].norm !== 'of' || tokens[at + 1].breaks || tokens[at].breaks) return undefined;
  let be = at - 1;
  while (be > 0 && isAdverb(tokens[be]) && !tokens[be + 1].breaks) be--;
  if (!BE.has(tokens[be].norm) && !COPULAR_VERBS.has(tokens[be].norm)) return undefined;
  let start = be;
  const aux = tokens[be - 1];
  if (aux && !tokens[be].breaks && (ASSERTIVE_AUX.has(aux.norm) || HEDGING_AUX.has(aux.norm) || HAVE.has(aux.norm) || aux.norm === 'to')) start = aux.index;
  const subject = tokens[start - 1];
  if (subject && !tokens[start].breaks && (subject.norm === 'it' || subject.norm === 'there' || RESEARCH_SUBJECTS.has(subject.norm))) return undefined;
  return predicateClaimCandidate(tokens, start, token.index, token.index + 1);
}

/** Nouns for a means to an end: "the best way to lose weight", "an effective strategy for preventing falls". */
export const MEANS_NOUNS = new Set(['way', 'ways', 'method', 'methods', 'strategy', 'strategies', 'approach', 'approaches', 'means']);
/** Adjectives that endorse a means as working: "the best way to", "a proven method for"; not "one way", "a possible approach". */
const MEANS_ENDORSING = new Set(['best', 'effective', 'successful', 'proven', 'reliable', 'good', 'great', 'excellent', 'efficient', 'powerful', 'fastest', 'quickest', 'easiest', 'surest', 'safest', 'simplest', 'ideal', 'optimal', 'natural', 'guaranteed']);

/**
 * "Cutting sugar is the best way to lose weight", "walking is a proven method for lowering blood
 * pressure": a means endorsed as working, after "be" or a linking verb, to an effect: a causal verb
 * (infinitive or -ing after "for"), or a verb of keeping a condition in hand with a health concept.
 */
function meansCandidate(tokens: Token[], token: Token, lexicon: ClaimLexicon): Candidate | undefined {
  const next = tokens[token.index + 1];
  if (!next || next.breaks) return undefined;
  if (next.norm === 'to') {
    const verb = tokens[skipAdverbs(tokens, token.index + 2, 1)];
    if (!verb || verb.breaks) return undefined;
    const causal = lexicon.verbs.get(verb.norm)?.some((info) => info.form === 'base' && info.kind !== 'help');
    const handling = INFINITIVES_OF_HANDLING.has(verb.norm) && lexicon.concepts.conceptsIn(tokens.slice(verb.index + 1, verb.index + 5)).length > 0;
    if (!causal && !handling) return undefined;
  } else if (!purposeFollows(tokens, token.index + 1, 0, lexicon, true)) return undefined;
  const copula = copulaBeforeRole(tokens, token.index, TREATMENT_ROLE_COPULAS, 2);
  if (copula === undefined) return undefined;
  if (!tokens.slice(copula, token.index).some((word) => MEANS_ENDORSING.has(word.norm))) return undefined;
  let start = copula;
  const aux = tokens[copula - 1];
  if (aux && !tokens[copula].breaks && (ASSERTIVE_AUX.has(aux.norm) || HEDGING_AUX.has(aux.norm) || HAVE.has(aux.norm))) start = aux.index;
  // "This is the best way to", "it is the best way to": what "this" stands for is not named here.
  const subject = tokens[start - 1];
  if (!subject || tokens[start].breaks || subject.norm === 'it' || subject.norm === 'this' || subject.norm === 'that' || subject.norm === 'there' || subject.norm === 'what' || RESEARCH_SUBJECTS.has(subject.norm)) return undefined;
  return predicateClaimCandidate(tokens, start, token.index, token.index + 1);
}

/** Verbs of keeping a condition in hand or losing it, as infinitives: "the best way to lose weight", "to manage diabetes". */
const INFINITIVES_OF_HANDLING = new Set(['lose', 'burn', 'control', 'manage', 'beat', 'overcome', 'fight', 'combat', 'tackle', 'avoid', 'keep', 'regulate', 'stabilize', 'stabilise', 'normalize', 'normalise', 'get']);

/** Forms of "be" and the linking verbs before a causal role: "remains a leading cause of". */
const CAUSAL_ROLE_COPULAS = new Set([...BE, 'remain', 'remains', 'become', 'becomes']);
/** Forms of "be" and the linking verbs before a treatment role: "proved an effective therapy for". */
const TREATMENT_ROLE_COPULAS = new Set([...BE, ...COPULAR_VERBS]);
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * The linking verb of a role noun ("is a major cause", "remains the best therapy"): walks back at most
 * five words of the same phrase over determiners, adverbs, "and", "one" and at most `unknownBudget`
 * content words (the role's modifiers). Undefined when the walk meets anything else, or a word of
 * `refusing` (a modifier that takes the claim out of the role).
 */
function copulaBeforeRole(tokens: Token[], roleIndex: number, copulas: ReadonlySet<string>, unknownBudget: number, refusing: ReadonlySet<string> = NO_WORDS): number | undefined {
  let unknown = 0;
  for (let at = roleIndex - 1; at >= 0 && roleIndex - at <= 5 && !tokens[at + 1].breaks; at--) {
    const norm = tokens[at].norm;
    if (refusing.has(norm)) return undefined;
    if (copulas.has(norm)) return at;
    if (DETERMINERS.has(norm) && norm !== 'no' || isAdverb(tokens[at]) || norm === 'a' || norm === 'an' || norm === 'and' || norm === 'one') continue;
    if (!isFunctionWord(norm) && !STARTS_WITH_DIGIT.test(norm) && unknown < unknownBudget) {
      unknown++;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** A predicate claim from `groupFirst` through the role or adjective at `head`; the object starts at `objectFrom`. */
function predicateClaimCandidate(tokens: Token[], groupFirst: number, head: number, objectFrom: number): Candidate {
  return {
    kind: 'predicate',
    structure: 'predicate',
    groupFirst,
    groupEnd: head + 1,
    head,
    info: { lemma: 'be', phrase: tokens[head].norm, form: 'predicate', verbKind: 'predicate' },
    objectFrom,
  };
}

/** Participles that put something inside a disease process: "is involved in the pathogenesis of". */
export const INVOLVEMENT_PARTICIPLES = new Set(['involved', 'implicated']);
/**
 * Nouns for how a disease comes about (MeSH's etiology subheading and its pathogenesis scope).
 * "Development" is left out: people are involved in the development of guidelines and apps.
 */
const DISEASE_PROCESS_NOUNS = new Set(['pathogenesis', 'etiology', 'aetiology', 'onset', 'progression', 'causation', 'pathophysiology', 'worsening']);

/**
 * "Inflammation is involved in the pathogenesis of asthma", "are implicated in the onset of":
 * a part in causing a disease, stated after "be" (with its modal, if any, so that "may be involved" is hedged).
 */
function involvementCandidate(tokens: Token[], token: Token): Candidate | undefined {
  let be = token.index - 1;
  while (be > 0 && isAdverb(tokens[be]) && !tokens[be + 1].breaks) be--;
  if (be < 0 || !BE.has(tokens[be].norm) || tokens[be + 1].breaks) return undefined;
  let at = token.index + 1;
  if (tokens[at]?.norm !== 'in' || tokens[at].breaks) return undefined;
  at++;
  if (tokens[at] && DETERMINERS.has(tokens[at].norm)) at++;
  const process = tokens[at];
  if (!process || process.breaks || !DISEASE_PROCESS_NOUNS.has(process.norm) || tokens[at + 1]?.norm !== 'of') return undefined;
  let start = be;
  const aux = tokens[be - 1];
  if (aux && !tokens[be].breaks && (ASSERTIVE_AUX.has(aux.norm) || HEDGING_AUX.has(aux.norm) || HAVE.has(aux.norm))) start = aux.index;
  const subject = tokens[start - 1];
  if (subject && !tokens[start].breaks && (FIRST_PERSON.has(subject.norm) || RESEARCH_SUBJECTS.has(subject.norm))) return undefined;
  // The claim runs through the process and what it is of: "is involved in the onset of migraine".
  return predicateClaimCandidate(tokens, start, token.index, at + 1);
}

/** "is a major cause of", "are key drivers of": a causal role stated after "be". ("responsible for" is left out: it mostly describes mechanisms, "receptors responsible for".) */
function causalRoleCandidate(tokens: Token[], token: Token): Candidate | undefined {
  const next = tokens[token.index + 1];
  if (!next || next.breaks || !(next.norm === 'of' || next.norm === 'for' || ((next.norm === 'in' || next.norm === 'to') && token.norm.startsWith('contribut')))) return undefined;
  const copula = copulaBeforeRole(tokens, token.index, CAUSAL_ROLE_COPULAS, 2);
  if (copula === undefined) return next.norm === 'of' ? namedCauseCandidate(tokens, token) : undefined;
  const subject = tokens[copula - 1];
  if (subject && (subject.norm === 'it' || subject.norm === 'this' || subject.norm === 'there' || RESEARCH_SUBJECTS.has(subject.norm))) return undefined;
  // "a contributor to gum disease": "to" and "in" would close the object; "of" does not.
  return predicateClaimCandidate(tokens, copula, token.index, next.norm === 'to' || next.norm === 'in' ? token.index + 2 : token.index + 1);
}

/** Adjectives that rank a cause among others: "the main cause of", "the most common cause of". */
const RANKING_ADJECTIVES = new Set(['main', 'leading', 'common', 'commonest', 'major', 'primary', 'principal', 'chief', 'predominant', 'dominant', 'biggest', 'largest', 'greatest', 'single', 'underlying', 'direct', 'root', 'usual', 'frequent']);
/** Words after "is" that describe the causes instead of naming one: "the causes of migraine are complex". */
const CAUSE_DESCRIPTIONS = new Set(['complex', 'multiple', 'many', 'varied', 'various', 'diverse', 'numerous', 'multifactorial', 'unknown', 'unclear', 'uncertain', 'debated', 'disputed', 'different', 'similar', 'not', 'never', 'still', 'often', 'likely', 'probably', 'poorly', 'largely', 'partly', 'listed', 'discussed', 'described', 'shown', 'summarized', 'summarised', 'below', 'above', 'as', 'less', 'more']);

/**
 * "The most common cause of diarrhoea in infants is rotavirus": a ranked cause at the head of the
 * subject, named after "be". The claim is the whole statement, which has no verb group to hedge in
 * place (attribution is offered). Not "the causes of migraine are complex" nor "is not".
 */
function namedCauseCandidate(tokens: Token[], token: Token): Candidate | undefined {
  // The subject starts its clause: "The", "However, the most common".
  let first = token.index;
  let ranked = false;
  while (first > 0 && !tokens[first].breaks && token.index - first < 4) {
    const norm = tokens[first - 1].norm;
    if (RANKING_ADJECTIVES.has(norm)) ranked = true;
    else if (!DETERMINERS.has(norm) && !isAdverb(tokens[first - 1]) && norm !== 'most') break;
    first--;
  }
  // A clause start: the sentence's, after punctuation, or after a conjunction ("..., and the main cause was").
  if (!ranked || (first > 0 && !tokens[first].breaks && !CONJUNCTIONS.has(tokens[first - 1].norm))) return undefined;
  for (let at = token.index + 2; at < tokens.length && at - token.index <= 8; at++) {
    const word = tokens[at];
    if (word.breaks || isFunctionWord(word.norm) && !BE.has(word.norm) && !PREPOSITIONS.has(word.norm) && !DETERMINERS.has(word.norm)) return undefined;
    if (!BE.has(word.norm)) continue;
    const named = tokens[at + 1];
    if (!named || named.breaks || CAUSE_DESCRIPTIONS.has(named.norm) || named.norm === 'that' || named.norm === 'to') return undefined;
    return {
      kind: 'nominal',
      structure: 'named cause',
      groupFirst: first,
      groupEnd: at + 1,
      head: token.index,
      info: { lemma: 'be', phrase: token.norm, form: 'base', verbKind: 'observed' },
      objectFrom: at + 1,
    };
  }
  return undefined;
}

/**
 * "is an alternative treatment for gout", "remains the best therapy for": a treatment role for a
 * condition stated after "be". Not when the role is only usage ("a common treatment for") or the
 * subject is "it", "there" or the research.
 */
function treatmentRoleCandidate(tokens: Token[], token: Token, lexicon: ClaimLexicon): Candidate | undefined {
  const next = tokens[token.index + 1];
  if (!next || next.breaks) return undefined;
  const alternative = ALTERNATIVE_NOUNS.has(token.norm);
  // "an alternative therapy to surgery", "an acceptable alternative to statins for ...": a role compared with another treatment.
  const comparedRole = next.norm === 'to' && (alternative || ALTERNATIVE_NOUNS.has(tokens[token.index - 1]?.norm ?? ''));
  if (next.norm !== 'for' && !comparedRole) return undefined;
  const copula = copulaBeforeRole(tokens, token.index, TREATMENT_ROLE_COPULAS, 3, USAGE_ADJECTIVES);
  if (copula === undefined) return undefined;
  // "an alternative" alone may replace anything ("a good alternative to soda"): a treatment role only when
  // endorsed and in place of a treatment ("an acceptable alternative to statins").
  if (alternative && !(endorsedBetween(tokens, copula, token.index) && next.norm === 'to' && treatmentNamed(tokens, token.index + 2, 3, lexicon))) return undefined;
  let start = copula;
  const aux = tokens[copula - 1];
  if (aux && !tokens[copula].breaks && (ASSERTIVE_AUX.has(aux.norm) || HEDGING_AUX.has(aux.norm) || HAVE.has(aux.norm))) start = aux.index;
  const subject = tokens[start - 1];
  if (subject && (subject.norm === 'it' || subject.norm === 'this' || subject.norm === 'there' || subject.norm === 'what' || RESEARCH_SUBJECTS.has(subject.norm))) return undefined;
  return predicateClaimCandidate(tokens, start, token.index, token.index + 1);
}

/** Adjectives that endorse an alternative as working: "an acceptable alternative", "a viable alternative". */
const ENDORSING_ADJECTIVES = new Set(['acceptable', 'viable', 'valid', 'effective', 'efficacious', 'suitable', 'reasonable', 'appropriate', 'useful', 'good', 'excellent', 'attractive', 'safe', 'better', 'best', 'feasible']);

function endorsedBetween(tokens: Token[], from: number, to: number): boolean {
  for (let at = from + 1; at < to; at++) if (ENDORSING_ADJECTIVES.has(tokens[at].norm)) return true;
  return false;
}

/** A treatment, a medicine or a kind of care among the next `reach` words of the phrase: "to (oral) painkillers", "to atorvastatin". */
function treatmentNamed(tokens: Token[], from: number, reach: number, lexicon: ClaimLexicon): boolean {
  for (let at = from; at < tokens.length && at - from < reach; at++) {
    if (tokens[at].breaks) return false;
    const norm = tokens[at].norm;
    const singular = norm.endsWith('s') ? norm.slice(0, -1) : norm;
    if (lexicon.treatmentNouns.has(norm) || lexicon.medicineStems.some((stem) => singular.length >= stem.length + 3 && singular.endsWith(stem))) return true;
    if (isFunctionWord(norm) && !DETERMINERS.has(norm)) return false;
  }
  return false;
}

/** "is good for back pain", not "it is good for you to rest" nor "is good practice". */
function goodForHealth(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (!next || next.breaks || next.norm !== 'for') return false;
  for (let at = index + 2; at < Math.min(tokens.length, index + 6); at++) {
    if (tokens[at].breaks) break;
    if (tokens[at].norm === 'to') return false;
  }
  const subject = tokens[index - 2];
  return !(subject && (subject.norm === 'it' || subject.norm === 'this' || subject.norm === 'that'));
}
