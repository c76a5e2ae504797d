// Verb claims: a causal verb used as a finite verb ("relieves", "can alleviate", "led to",
// "helps reduce"), and `verbRole`, which decides whether a verb form is a verb at all and where
// its verb group starts (also used by the nominal and causative families).

import consumerForms from '../../../data/claim-consumer-forms.json';
import providersData from '../../../data/providers.json';
import treatmentTermsData from '../../../data/treatment-terms.json';
import type { Candidate } from './candidate.js';
import { NON_EFFECT_VERBS, NOT_PRODUCT_SUBJECTS } from './structure-core.js';
import type { ClaimLexicon, VerbFormInfo } from '../lexicon.js';
import { ASSERTIVE_AUX, BE, CONJUNCTIONS, DETERMINERS, FIRST_PERSON, HAVE, HEDGING_AUX, PARTICIPLE_OR_COMPARATIVE, PERSON_BY_TRADE, PREPOSITIONS, PRONOUNS, RESEARCH_SUBJECTS, STARTS_WITH_DIGIT, type Token, assertingPhraseBefore, isAdverb, isFormulationParticiple, isFunctionWord, looksLikeVerb, skipAdverbs } from '../words.js';

/** Verbs (as participles or adjectives) before "to": the infinitive after them is asserted. */
const FACTIVE_BEFORE_TO = new Set(['shown', 'found', 'proven', 'proved', 'known', 'demonstrated', 'confirmed', 'able', 'works', 'work', 'worked', 'serves', 'serve', 'served', 'acts', 'act', 'continues', 'continue', 'helps', 'help', 'helped', 'helping', 'guaranteed', 'certain', 'sure', 'bound']);
/** Nouns that can be read as a verb form of a causal verb ("an increase in", "no cure"). */
const NOUN_LIKE_FORMS = new Set(['increase', 'increases', 'decrease', 'decreases', 'cure', 'cures', 'boost', 'boosts', 'benefit', 'benefits', 'change', 'changes', 'help', 'helps', 'aid', 'aids', 'damage', 'damages', 'delay', 'delays', 'block', 'blocks', 'trigger', 'triggers', 'stop', 'stops', 'balance', 'lower', 'raise', 'raises', 'fight', 'fights', 'repair', 'repairs', 'calm', 'cause', 'causes', 'effect', 'effects', 'impact', 'impacts', 'alter', 'protect', 'treat', 'treats', 'result', 'results', 'lead', 'leads', 'release', 'slow', 'halt', 'relax', 'support', 'cut', 'cuts', 'double', 'doubles', 'lift', 'lifts', 'harm', 'harms', 'speed', 'offset', 'drive', 'drives']);
/** Singular subjects that cannot determine a plural noun: "this leads to" is a verb, "these leads" a noun. */
const SINGULAR_DEMONSTRATIVES = new Set(['this', 'that']);
/** Adjectives before "to" that assert the infinitive after them when the subject is not an expletive "it". */
const NECESSITY_BEFORE_TO = new Set(['necessary', 'essential', 'critical', 'crucial', 'vital', 'sufficient', 'key', 'important']);
const POPULATION_OBJECTS = /^(?:\d.*|millions|thousands|hundreds|billions|many|most|people|individuals|patients|adults|children|women|men|everyone|users|americans|one|about|around|nearly|up|over|roughly|approximately|some)$/;
/** Verbs that before an -ing word mark aspect ("stop taking"), not a cause. */
const ASPECTUAL_VERBS = new Set(['stop', 'halt', 'quit', 'start', 'keep', 'avoid']);
export const HELPED_PEOPLE = new Set(['you', 'people', 'them', 'us', 'patients', 'users', 'adults', 'children', 'women', 'men', 'someone', 'everyone']);
/** Verbs outside the claim lexicon that still make a health claim after "helps": "helps maintain", "helps manage". */
const HELPED_VERBS = new Set(['maintain', 'manage', 'control', 'keep', 'support', 'regulate', 'fight', 'ward', 'lose', 'burn', 'sleep', 'recover']);
/** Verbs after which a participle or noun-like form is a modifier of the object: "showed increased levels". */
const VERBS_TAKING_OBJECT = new Set(['show', 'shows', 'showed', 'shown', 'had', 'has', 'have', 'found', 'saw', 'exhibit', 'exhibits', 'exhibited', 'identified', 'observed', 'revealed', 'demonstrated', 'displayed', 'reported', 'noted', 'yielded', 'produced', 'caused', 'induced', 'experienced', 'developed', 'presented', 'suffered']);
const QUANTITY_AFTER_BY = /^(?:\d.*|one|two|three|four|five|ten|half|a|an|about|around|nearly|almost|approximately|up|over|more|less|roughly)$/;
/** Verbs that take an object and an asserted infinitive: "found X to reduce". */
const RAISING_VERBS = new Set(['found', 'shown', 'showed', 'proven', 'proved', 'demonstrated', 'known']);
/** Adjectives of degree that put a noun after them: "a high impact context", "a minor increased risk". */
const DEGREE_ADJECTIVES = new Set(['high', 'low', 'great', 'major', 'minor', 'big', 'small', 'large', 'strong', 'weak', 'positive', 'negative', 'little', 'direct', 'indirect', 'modest', 'slight', 'nominal', 'marginal', 'overall', 'net', 'total', 'initial', 'further']);
/** Degree words between a verb and its particle: "contributes more to". */
const DEGREE_BEFORE_PARTICLE = new Set(['more', 'most', 'less', 'least']);
const ADJECTIVE_LIKE_BASES = new Set(['lower', 'slow', 'calm', 'balance']);
/** Words after a noun-like form that show it is a noun: "an increase in", "causes of". */
const AFTER_NOUN_USE = new Set(['in', 'of', 'for', 'on', 'to', 'is', 'are', 'was', 'were']);
/** Words after a participle that show it modifies a noun: "patients treated with", "increased in". */
const AFTER_PARTICIPLE_MODIFIER = new Set(['with', 'by', 'in', 'among', 'at', 'than', 'from', 'during', 'after', 'for', 'as']);
/** Adverbs that open a participial clause stating a result: "thereby providing relief". */
const PARTICIPIAL_CLAUSE_OPENERS = new Set(['thereby', 'thus', 'hence', 'while', 'whilst', 'still', 'so', 'therefore', 'consequently', 'ultimately', 'eventually']);
/** The same, directly before the -ing word. */
const RESULT_ADVERBS_BEFORE_ING = new Set(['thereby', 'thus', 'hence', 'while', 'whilst', 'still', 'therefore']);
const MANNER_NOUNS = new Set(['manner', 'way', 'fashion', 'degree', 'extent']);

/** "in a negative manner", "in a major way", "to a large extent" between a verb and its particle: the index after it, or `from`. */
function skipMannerPhrase(tokens: Token[], from: number): number {
  const opener = tokens[from];
  if (!opener || opener.breaks || (opener.norm !== 'in' && opener.norm !== 'to')) return from;
  let at = from + 1;
  if (tokens[at]?.norm !== 'a' && tokens[at]?.norm !== 'an') return from;
  for (at++; at < tokens.length && at - from <= 4; at++) {
    if (tokens[at].breaks) return from;
    if (MANNER_NOUNS.has(tokens[at].norm)) return at + 1 < tokens.length && !tokens[at + 1].breaks ? at + 1 : from;
    if (isFunctionWord(tokens[at].norm)) return from;
  }
  return from;
}

/** Particles of phrasal verbs that a verb of change takes with or without an object ("calm down", "clear up"). */
const PARTICLES_AFTER_VERB = new Set(['up', 'down', 'off', 'away', 'out', 'back']);

/** A direct object follows the verb: after adverbs, a word that starts a noun phrase. */
function hasObject(tokens: Token[], index: number): boolean {
  let at = index + 1;
  while (at < tokens.length && isAdverb(tokens[at]) && !tokens[at].breaks && tokens[at].norm !== 'not') at++;
  const next = tokens[at];
  if (!next || next.breaks) return false;
  if ((next.norm === 'more' || next.norm === 'less') && (isAdverb(tokens[at + 1]) || tokens[at + 1]?.norm === 'than' || !tokens[at + 1])) return false; // "decreased more rapidly"
  if (DETERMINERS.has(next.norm) || PRONOUNS.has(next.norm) && next.norm !== 'which' && next.norm !== 'who') return true;
  // A particle is no object: "calms down an upset stomach" has one after it, "the itching calmed down after an hour" none.
  if (PARTICLES_AFTER_VERB.has(next.norm)) return hasObject(tokens, at);
  // "calmed right down": an intensifier before the particle.
  if ((next.norm === 'right' || next.norm === 'all') && PARTICLES_AFTER_VERB.has(tokens[at + 1]?.norm ?? '') && !tokens[at + 1].breaks) return hasObject(tokens, at + 1);
  // "30-day mortality" is an object, "2-fold" or "20" alone is an amount.
  return !isFunctionWord(next.norm) && (!STARTS_WITH_DIGIT.test(next.norm) || /^\d+-(?!fold)\p{L}/u.test(next.norm));
}

/** One of `words` within the next four words of the clause. */
function objectMentions(tokens: Token[], from: number, words: ReadonlySet<string>): boolean {
  for (let at = from; at < Math.min(tokens.length, from + 4); at++) {
    if (tokens[at].breaks) return false;
    if (words.has(tokens[at].norm)) return true;
    // The object noun phrase ends at a preposition or a conjunction, except the "of" of an amount ("thousands of lives").
    if (tokens[at].norm === 'of' && at > from && AMOUNT_BEFORE_OF.test(tokens[at - 1].norm)) continue;
    if (isFunctionWord(tokens[at].norm) && !DETERMINERS.has(tokens[at].norm)) return false;
  }
  return false;
}

/** Nouns for the people studied or treated, as the subject of a verb. */
const PEOPLE_SUBJECTS = new Set(['patients', 'participants', 'subjects', 'volunteers', 'respondents', 'individuals', 'people', 'adults', 'children', 'adolescents', 'women', 'men', 'mothers', 'infants', 'smokers', 'users', 'students', 'workers']);

/** Health professionals by name (the providers of rules/data/providers.json) or by trade ("physiotherapist", "herbalist", "optician"). */
const PROFESSIONALS = new Set(providersData.entries.filter((entry) => entry.kind === 'provider' && !entry.phrase.includes(' ')).map((entry) => entry.phrase));
export const isProfessional = (norm: string): boolean => PROFESSIONALS.has(norm) || PERSON_BY_TRADE.test(norm);
const HELP_FORMS = new Set(['help', 'helps', 'helped']);

/** The subject of the verb at `at`, over its auxiliaries ("your GP can help"), is a health professional. */
function professionalBefore(tokens: Token[], at: number): boolean {
  let subject = at - 1;
  while (subject >= 0 && !tokens[subject + 1].breaks && (ASSERTIVE_AUX.has(tokens[subject].norm) || HEDGING_AUX.has(tokens[subject].norm) || isAdverb(tokens[subject]))) subject--;
  return subject >= 0 && !tokens[subject + 1].breaks && isProfessional(tokens[subject].norm);
}

/** The noun at `at` ends a prepositional phrase ("administration in older women results in"): not the subject. */
function afterPreposition(tokens: Token[], at: number): boolean {
  for (let back = at - 1; back >= 0 && at - back <= 3; back--) {
    if (tokens[back + 1].breaks) return false;
    if (PREPOSITIONS.has(tokens[back].norm)) return true;
    if (isFunctionWord(tokens[back].norm) && !DETERMINERS.has(tokens[back].norm)) return false;
  }
  return false;
}

/** A health concept or an effect noun among the next five words of the clause from `from`. */
function healthObjectFollows(tokens: Token[], from: number, lexicon: ClaimLexicon): boolean {
  let end = from;
  while (end < tokens.length && end - from < 5 && (end === from || !tokens[end].breaks)) end++;
  const words = tokens.slice(from, end);
  return words.some((word) => lexicon.effectNouns.has(word.norm)) || lexicon.concepts.conceptsIn(words).length > 0;
}

/** Amounts that take "of" before the noun they count: "thousands of lives", "millions of people". */
const AMOUNT_BEFORE_OF = /^(?:\d.*|dozens|hundreds|thousands|millions|billions|lots|many|most|some|all)$/;

/** "by" follows within the clause: a passive that names its cause. */
function agentFollows(tokens: Token[], index: number): boolean {
  for (let at = index + 1; at < Math.min(tokens.length, index + 4); at++) {
    if (tokens[at].breaks) return false;
    if (tokens[at].norm === 'by') return !QUANTITY_AFTER_BY.test(tokens[at + 1]?.norm ?? ''); // "reduced by one third" is an amount
  }
  return false;
}

/** "walks lower blood pressure and reduce stress": a claim verb of the same form earlier in the clause. */
function coordinatedWithVerb(tokens: Token[], conjunction: number, form: VerbFormInfo['form'], lexicon: ClaimLexicon): boolean {
  for (let at = conjunction - 1; at >= 0 && conjunction - at <= 8; at--) {
    if (lexicon.verbs.get(tokens[at].norm)?.some((info) => info.form === form) && verbRole(tokens, tokens[at], lexicon.verbs.get(tokens[at].norm)!.find((info) => info.form === form)!)) return true;
    if (tokens[at].breaks) return false;
  }
  return false;
}

/** "we" earlier in the sentence (always a subject): the participial clause at `index` states the writers' aim. ("I" is left out: "type I", "phase I".) */
function writerIsSubject(tokens: Token[], index: number): boolean {
  for (let at = 0; at < index; at++) {
    if (tokens[at].norm === 'we') return true;
  }
  return false;
}

/** A modal or a form of be/have/do later in the same clause: the -ing word heads a subject. */
function finiteVerbAfter(tokens: Token[], index: number): boolean {
  for (let at = index + 1; at < tokens.length && at - index <= 10; at++) {
    if (tokens[at].breaks) return false;
    const norm = tokens[at].norm;
    if (norm === 'that' || norm === 'which' || norm === 'who' || norm === 'when' || norm === 'while') return false;
    if (BE.has(norm) || ASSERTIVE_AUX.has(norm) || HEDGING_AUX.has(norm) || norm === 'has' || norm === 'have' || norm === 'remains') return true;
  }
  return false;
}

/** A form of "be", "have" or a modal within the three words after `index`, with no break or conjunction between. */
function verbAfterShortPhrase(tokens: Token[], index: number): boolean {
  for (let at = index + 1; at < tokens.length && at - index <= 3; at++) {
    const norm = tokens[at].norm;
    if (tokens[at].breaks || CONJUNCTIONS.has(norm) || norm === 'that' || norm === 'which' || norm === 'who') return false;
    if (at > index + 1 && (BE.has(norm) || HAVE.has(norm) || ASSERTIVE_AUX.has(norm) || HEDGING_AUX.has(norm))) return true;
    if (isFunctionWord(norm) && !DETERMINERS.has(norm)) return false;
  }
  return false;
}

/** A finite verb earlier in the clause (a form of be, do, a modal, or an -ed/-s verb after a subject). */
function finiteVerbBefore(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= 0 && index - at <= 20; at--) {
    const norm = tokens[at].norm;
    if (BE.has(norm) || ASSERTIVE_AUX.has(norm) || HEDGING_AUX.has(norm) || norm === 'did') return true;
    // A simple past after its subject: "antibodies developed in most patients and ...".
    if (norm.endsWith('ed') && at > 0 && !tokens[at].breaks && !isFunctionWord(tokens[at - 1].norm) && !isAdverb(tokens[at - 1]) && !STARTS_WITH_DIGIT.test(tokens[at - 1].norm)) return true;
    if (tokens[at + 1]?.breaks && at < index - 1) return false;
  }
  return false;
}

/** `options`: the verb's entries in `lexicon.verbs`. */
export function verbCandidate(tokens: Token[], token: Token, lexicon: ClaimLexicon, options: readonly VerbFormInfo[]): Candidate | undefined {
  // "Night Calm capsules", "Relax tea": before the form a product is sold in, the word is part of its name, no verb with an object.
  const following = tokens[token.index + 1];
  if (following && !following.breaks && SOLD_FORMS.has(following.norm)) return undefined;
  for (const info of options) {
    // Particles: "lead" must be followed by "to", after at most two adverbs ("contributes substantially to").
    let end = token.index + 1;
    let ok = true;
    if (info.particle.length > 0) {
      // "contributes more to", "leads most often to": a degree word may stand before the particle too.
      if (DEGREE_BEFORE_PARTICLE.has(tokens[end]?.norm ?? '') && !tokens[end].breaks && tokens[end + 1]?.norm !== 'than') end++;
      end = skipAdverbs(tokens, end, 2);
      end = skipMannerPhrase(tokens, end);
    }
    for (const particle of info.particle) {
      const next = tokens[end];
      if (!next || next.norm !== particle || next.breaks) {
        ok = false;
        break;
      }
      end++;
    }
    if (!ok) continue;
    if (info.kind === 'help') {
      // "helps (to) relieve", "helps with", "helps you sleep": the claim is the helped verb.
      let next = tokens[end];
      if (next && HELPED_PEOPLE.has(next.norm) && !next.breaks) end++;
      next = tokens[end];
      // "helps in reducing": a preposition and a causal verb in -ing.
      const helpsIn = next?.norm === 'in' && !tokens[end + 1]?.breaks && lexicon.verbs.get(tokens[end + 1]?.norm ?? '')?.some((other) => other.form === 'ing' && other.kind !== 'help');
      if (next?.norm === 'to' || next?.norm === 'with' || helpsIn) end++;
      next = tokens[end];
      if (!next || next.breaks) continue;
      if (tokens[end - 1].norm !== 'with' && !helpsIn && !HELPED_VERBS.has(next.norm) && !lexicon.verbs.get(next.norm)?.some((other) => other.form === 'base' && other.kind !== 'help')) continue;
      // "helps with bloating", not "helps with forms": what is helped with is a health concept or an effect.
      if (tokens[end - 1].norm === 'with' && !healthObjectFollows(tokens, end, lexicon)) continue;
      if (tokens[end - 1].norm !== 'with') end++;
    }
    const role = verbRole(tokens, token, info, lexicon);
    if (!role) continue;
    if (info.objects && !objectMentions(tokens, end, info.objects)) continue;
    return {
      kind: 'verb',
      structure: 'claim verb',
      passive: role.passive,
      groupFirst: role.groupFirst,
      groupEnd: end,
      head: token.index,
      info: { lemma: info.lemma, phrase: info.phrase, form: info.form, verbKind: info.kind },
      objectFrom: end,
      // A fragment opening with the -s form ("Soothes achy joints") leaves out its subject: the product.
      subject: role.groupFirst === 0 && info.form === 's' ? 'product' : undefined,
    };
  }
  return undefined;
}

/**
 * Decides whether a verb form is used as a finite (or participial-clause) verb that asserts
 * something, and where its verb group starts. Undefined when it is a noun, an adjective, a
 * reduced relative ("patients treated with"), an imperative or a purpose infinitive.
 */
export function verbRole(tokens: Token[], token: Token, info: VerbFormInfo, lexicon?: ClaimLexicon): { groupFirst: number; passive?: boolean } | undefined {
  const index = token.index;
  const next = tokens[index + 1 + info.particle.length];
  const nextJoined = next && !next.breaks ? next : undefined;
  let first = index;
  // Adverbs and "not" directly before the verb belong to its group.
  while (first > 0 && isAdverb(tokens[first - 1]) && !tokens[first].breaks) first--;
  const before = first > 0 && !tokens[first].breaks ? tokens[first - 1] : undefined;
  const nounLike = NOUN_LIKE_FORMS.has(token.norm);
  const helpsInDoing = info.kind === 'help' && nextJoined?.norm === 'in' && (tokens[index + 2]?.norm.endsWith('ing') ?? false);
  if (nounLike && nextJoined && AFTER_NOUN_USE.has(nextJoined.norm) && info.particle.length === 0 && !helpsInDoing) {
    // "an increase in", "the cause of", "causes of": a noun.
    return undefined;
  }
  if (before && (FIRST_PERSON.has(before.norm) || RESEARCH_SUBJECTS.has(before.norm) || DEGREE_ADJECTIVES.has(before.norm))) return undefined;
  // People as the subject do something ("participants reduced their intake", "subjects maintained activity"): behaviour, not a
  // cause's effect. Except a verb whose subject is who gains ("older adults benefit from stretching").
  if (before && PEOPLE_SUBJECTS.has(before.norm) && info.form !== 'ing' && info.lemma !== 'benefit' && !afterPreposition(tokens, before.index)) return undefined;
  // A health professional as the subject ("your GP can help lower your blood pressure", "a dietitian can
  // help you manage IBS") points the reader to care: no product is said to work.
  if (before && isProfessional(before.norm) && !afterPreposition(tokens, before.index)) return undefined;
  const subjectBeforeAux = before && (ASSERTIVE_AUX.has(before.norm) || HEDGING_AUX.has(before.norm)) && !before.breaks ? tokens[before.index - 1] : undefined;
  if (subjectBeforeAux && (FIRST_PERSON.has(subjectBeforeAux.norm) || RESEARCH_SUBJECTS.has(subjectBeforeAux.norm) || isProfessional(subjectBeforeAux.norm))) return undefined;
  // Two finite verbs do not follow each other: after "showed" or "yielded", "increased levels"
  // and "results" are an adjective and a noun.
  if (before && info.form !== 'ing' && (VERBS_TAKING_OBJECT.has(before.norm) || before.norm.endsWith('ed') && !BE.has(before.norm) && info.form !== 'ed')) {
    if (!(info.form === 'ed' && HAVE.has(before.norm))) return undefined;
  }
  if ((info.lemma === 'affect' || info.lemma === 'impact') && POPULATION_OBJECTS.test(nextJoined?.norm ?? '')) return undefined; // "affects millions", "impacts millions": afflicts, not causes
  // "stop taking", "start using": aspect, not cause.
  if (nextJoined && nextJoined.norm.endsWith('ing') && ASPECTUAL_VERBS.has(info.lemma)) return undefined;
  const progressive = info.form === 'ing' && before !== undefined && BE.has(before.norm);
  if (info.ergative && info.particle.length === 0 && (info.form !== 'ing' || progressive) && !hasObject(tokens, index)) {
    // "levels increased over time" describes a change; only "X increased Y" names a cause.
    // Passives keep their agent check below.
    if (!(info.form === 'ed' && before && BE.has(before.norm))) return undefined;
  }
  switch (info.form) {
    case 'base': {
      if (!before) return undefined; // sentence-initial: an imperative, or a heading fragment
      if (before.norm === 'to') {
        let governorAt = before.index - 1;
        while (governorAt > 0 && isAdverb(tokens[governorAt]) && !tokens[governorAt + 1].breaks) governorAt--;
        const governor = tokens[governorAt];
        if (!governor || tokens[governorAt + 1].breaks) return undefined;
        if (FACTIVE_BEFORE_TO.has(governor.norm) || isFormulationParticiple(governor.norm)) return { groupFirst: governor.index };
        const evidence = assertingPhraseBefore(tokens, before.index);
        if (evidence >= 0) return { groupFirst: evidence };
        // Object raising: "found the drug to reduce", "has shown it to relieve".
        for (let back = governorAt - 1; back >= 0 && governorAt - back <= 3 && !tokens[back + 1].breaks; back--) {
          if (RAISING_VERBS.has(tokens[back].norm)) return { groupFirst: back };
          if (isFunctionWord(tokens[back].norm) && !DETERMINERS.has(tokens[back].norm)) break;
        }
        if (NECESSITY_BEFORE_TO.has(governor.norm)) {
          const be = tokens[governorAt - 1];
          const subject = tokens[governorAt - 2];
          if (be && BE.has(be.norm) && subject && subject.norm !== 'it' && subject.norm !== 'this') return { groupFirst: governor.index };
        }
        return undefined;
      }
      if (ASSERTIVE_AUX.has(before.norm) || HEDGING_AUX.has(before.norm)) return { groupFirst: before.index };
      // The verb "help" governs ("your GP can help lower"): its subject is the claim's.
      if (HELP_FORMS.has(before.norm) && professionalBefore(tokens, before.index)) return undefined;
      if (PRONOUNS.has(before.norm)) return { groupFirst: first };
      if ((before.norm === 'and' || before.norm === 'or') && lexicon && coordinatedWithVerb(tokens, before.index, 'base', lexicon)) return { groupFirst: first };
      if (ADJECTIVE_LIKE_BASES.has(token.norm) && PARTICIPLE_OR_COMPARATIVE.test(before.norm)) return undefined; // "showed lower levels"
      // "help" is followed by its helped verb or "with" ("probiotics help with bloating"), checked by the caller.
      if ((nounLike && info.kind !== 'help') || ADJECTIVE_LIKE_BASES.has(token.norm)) {
        // Ambiguous base forms need a plausible subject and an object.
        if (isFunctionWord(before.norm) || !nextJoined || isFunctionWord(nextJoined.norm) && !DETERMINERS.has(nextJoined.norm)) return undefined;
        if (nextJoined.norm === 'than') return undefined;
      }
      if (isFunctionWord(before.norm)) return undefined;
      if (STARTS_WITH_DIGIT.test(before.norm)) return undefined;
      return { groupFirst: first };
    }
    case 's': {
      if (!before) return index === 0 && !opensFragment(tokens, index, info, nounLike) ? undefined : { groupFirst: first };
      if ((before.norm === 'and' || before.norm === 'or') && lexicon && coordinatedWithVerb(tokens, before.index, 's', lexicon)) return { groupFirst: first };
      // "this leads to", "that causes": a singular demonstrative before an -s form is its subject, not its determiner.
      if (SINGULAR_DEMONSTRATIVES.has(before.norm) && (info.particle.length > 0 || (nextJoined && !AFTER_NOUN_USE.has(nextJoined.norm)))) return { groupFirst: first };
      if (nounLike && (DETERMINERS.has(before.norm) || PREPOSITIONS.has(before.norm) || STARTS_WITH_DIGIT.test(before.norm))) return undefined;
      // "Rosacea triggers vary", "Migraine triggers can be hard to spot": no -s verb is followed by a finite auxiliary or a
      // verb's base form, so a noun-like form there is a plural noun, the subject of what follows.
      if (nounLike && nextJoined && (ASSERTIVE_AUX.has(nextJoined.norm) || HEDGING_AUX.has(nextJoined.norm) || BE.has(nextJoined.norm) || HAVE.has(nextJoined.norm) || NON_EFFECT_VERBS.has(nextJoined.norm))) return undefined;
      if (PREPOSITIONS.has(before.norm) || DETERMINERS.has(before.norm) && !PRONOUNS.has(before.norm)) return undefined;
      if (FIRST_PERSON.has(before.norm)) return undefined;
      return { groupFirst: first };
    }
    case 'ed': {
      if (!before) return info.particle.length > 0 && index > 0 ? { groupFirst: first } : undefined;
      if (nextJoined && AFTER_PARTICIPLE_MODIFIER.has(nextJoined.norm) && !BE.has(before.norm)) return undefined;
      if (BE.has(before.norm)) {
        // Passive: a claim when it names the cause ("pain is relieved by X") or states an
        // ability ("can be prevented"); "levels were reduced in group A" only describes.
        let start = before.index;
        const aux = tokens[start - 1];
        if (aux && !tokens[start].breaks && (ASSERTIVE_AUX.has(aux.norm) || HEDGING_AUX.has(aux.norm) || HAVE.has(aux.norm))) start = aux.index;
        const modal = ASSERTIVE_AUX.has(tokens[start].norm) || HEDGING_AUX.has(tokens[start].norm);
        if (!modal && !agentFollows(tokens, index)) return undefined;
        return { groupFirst: start, passive: true };
      }
      if (HAVE.has(before.norm)) {
        // Perfect "has reduced the risk" (an object follows), not "had reduced risk" (an adjective).
        if (nextJoined && (DETERMINERS.has(nextJoined.norm) || PRONOUNS.has(nextJoined.norm))) return { groupFirst: before.index };
        // "has contributed to lower rates", "have prevented infections": a particle verb, or a verb that is
        // rarely an adjective, with an object. ("had reduced risk" stays an adjective: "reduce" also changes by itself.)
        if (info.particle.length > 0 || !info.ergative && hasObject(tokens, index)) return { groupFirst: before.index };
        return undefined;
      }
      if ((before.norm === 'and' || before.norm === 'but') && nextJoined && !PREPOSITIONS.has(nextJoined.norm) && finiteVerbBefore(tokens, before.index) && !finiteVerbAfter(tokens, index)) {
        // Coordinated predicate: "was feasible and improved prescribing". Not when a verb follows: then the
        // participle modifies a noun of the subject ("patients exposed to smoke and reduced lung function were excluded").
        return { groupFirst: first };
      }
      // A relative clause with an object: "the factors that affected recovery", "a diet which lowered blood pressure".
      // Not "the idea that increased intake is harmful": there the participle starts the subject of "is".
      if ((before.norm === 'that' || before.norm === 'which') && !nounLike && hasObject(tokens, index) && !finiteVerbAfter(tokens, index)) return { groupFirst: first };
      if (isFunctionWord(before.norm) || STARTS_WITH_DIGIT.test(before.norm)) return undefined;
      if (nounLike) return undefined;
      // Simple past after a subject needs an object or complement right after it ("treated more than
      // five years" is a duration, not an object).
      if (!nextJoined) return undefined;
      if ((nextJoined.norm === 'more' || nextJoined.norm === 'less') && tokens[nextJoined.index + 1]?.norm === 'than') return undefined;
      // "Pregnancy induced progression is seen in": a verb right after the next noun makes the participle part of the subject.
      if (verbAfterShortPhrase(tokens, index)) return undefined;
      return { groupFirst: first };
    }
    case 'ing': {
      if (!before) {
        // After a comma: a participial clause ("..., offering relief"). At the very start, or when a
        // finite verb follows in the same clause ("..., reducing salt lowers blood pressure"): a gerund subject.
        if (index === 0 || tokens[first].index === 0 || finiteVerbAfter(tokens, index)) return undefined;
        // "..., we can develop programs, ultimately increasing screening": the writer's action and its aim.
        if (writerIsSubject(tokens, first)) return undefined;
        return { groupFirst: first };
      }
      if (BE.has(before.norm)) return { groupFirst: before.index };
      if (PARTICIPIAL_CLAUSE_OPENERS.has(tokens[first]?.norm ?? '')) return { groupFirst: first };
      if (RESULT_ADVERBS_BEFORE_ING.has(before.norm)) return { groupFirst: before.index };
      // "Twice as effective as leading brands at soothing sore throats": an ability adjective's gerund is the effect asserted.
      if (before.norm === 'at') {
        const ability = abilityAdjectiveBefore(tokens, before.index);
        if (ability >= 0) return { groupFirst: ability };
      }
      // "Smoking is a habit leading to cancer": a participle that describes the noun after "be" says what the subject does.
      if (info.particle.length > 0 && predicateNounBefore(tokens, before.index)) return { groupFirst: first };
      return undefined;
    }
  }
  return undefined;
}

/** How far before "at" its ability adjective may stand: "twice as effective as leading brands at". */
const ABILITY_REACH = 5;

/**
 * The ability adjective that "at" at `at` complements (Quirk et al. 1985, 16.69: "good at",
 * "effective at"), over a comparison between them ("as effective as leading brands at", "faster
 * than any spray at"): its index, or -1. Said of a person ("She is great at managing her
 * diabetes") it rates a skill, not a product.
 */
function abilityAdjectiveBefore(tokens: Token[], at: number): number {
  for (let adjective = at - 1; adjective >= 0 && at - adjective <= ABILITY_REACH; adjective--) {
    if (tokens[adjective + 1].breaks) return -1;
    if (!ABILITY_ADJECTIVES.has(tokens[adjective].norm)) continue;
    for (let subject = adjective - 1; subject >= 0 && !tokens[subject + 1].breaks; subject--) {
      const norm = tokens[subject].norm;
      if (PEOPLE_SUBJECTS.has(norm) || NOT_PRODUCT_SUBJECTS.has(norm) || PERSON_BY_TRADE.test(norm) || PERSONAL_PRONOUNS.has(norm)) return -1;
    }
    return adjective;
  }
  return -1;
}
/** The forms a product is sold in (treatment-terms.json 'product' entries: "capsules", "tea", "balm"). */
const SOLD_FORMS = new Set(treatmentTermsData.entries.filter((entry) => entry.kind === 'product').map((entry) => entry.phrase));
const ABILITY_ADJECTIVES = new Set(consumerForms.entries.filter((entry) => entry.kind === 'ability-adjective').map((entry) => entry.phrase));
const PERSONAL_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they']);

/**
 * An -s form opening the sentence with an object after it: a fragment whose subject is left out,
 * as in a product's bullet or heading ("Soothes achy joints", "Eases morning stiffness"). The
 * structural family reads open verbs there the same way. A form that is also a plural noun
 * ("Causes", "Effects", "Results") needs a determiner or pronoun after it to be the verb ("Boosts
 * your energy"), since "Effects last for hours" opens with the noun.
 */
function opensFragment(tokens: Token[], index: number, info: VerbFormInfo, nounLike: boolean): boolean {
  const objectAt = index + info.particle.length;
  if (nounLike) {
    const next = tokens[objectAt + 1];
    return next !== undefined && !next.breaks && (DETERMINERS.has(next.norm) || PRONOUNS.has(next.norm));
  }
  // "Protects against colds": the object of a verb of protection follows its preposition.
  return info.particle.length > 0 || hasObject(tokens, objectAt) || tokens[objectAt + 1]?.norm === 'against';
}

/** The noun at `index` follows a form of "be" in the same clause, with only determiners and adjectives between ("is a potent threat"), and the subject is no expletive. */
function predicateNounBefore(tokens: Token[], index: number): boolean {
  if (isFunctionWord(tokens[index].norm) || looksLikeVerb(tokens[index]) && !tokens[index].norm.endsWith('s')) return false;
  for (let at = index - 1; at >= 0 && index - at <= 4; at--) {
    if (tokens[at + 1].breaks) return false;
    const norm = tokens[at].norm;
    // Not after an expletive: "there is a road leading to the clinic".
    if (BE.has(norm)) return at === 0 || (tokens[at - 1].norm !== 'there' && tokens[at - 1].norm !== 'it');
    if (isFunctionWord(norm) && !DETERMINERS.has(norm) || looksLikeVerb(tokens[at]) && !DETERMINERS.has(norm)) return false;
  }
  return false;
}
