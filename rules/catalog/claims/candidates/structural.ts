// Candidate claims found by structure rather than by a verb list: something taken or done is
// said to change a health concept. The concept side is closed and sourced (the health-concept
// vocabulary); the verb side is open: any lexical verb the tagger finds, except the classes
// that talk about, look at, have or want a concept instead of changing it
// (rules/data/claim-structure.json). Verbs of the claim-verb lexicon are left to its own
// analysis, which knows their senses; this family adds what that list cannot hold.
//
// This file holds the check before tagging (`mayHoldStructuralClaim`), the families' order
// (`structuralCandidates`), and the structures of a verb and its object:
// - active:   [subject] [aux/adverbs] VERB [particle] [object NP holding the concept]
//             "Chaga tames inflammation", "this blend shuts down sugar cravings", "our gummies
//             will fix your gut", "soothes sore throats" (a product bullet with no subject),
//             "you'll lose weight" (a promise to the reader), "Lose 20 pounds in 4 weeks" (an
//             imperative that promises a result); verb idioms in the verb's place ("say goodbye
//             to heartburn", "gets rid of bloating", "sends cravings packing": data, with sources);
// - passive:  [concept NP] be/get [adverbs] PARTICIPLE [particle] by|with X
//             "joint pain is wiped out by our balm";
// - "No more heartburn!", "No more sleepless nights: ..." at the start of the sentence.
// The other structures, one file each, share structure-core.ts:
// - change-of-state.ts: "the rash fades", "your cravings are history", with a cause (means.ts);
// - states.ts: promised and testified states ("keeps you feeling full", "your belly stays flat");
// - remedies.ts: remedy nouns, similes and comparisons with a medicine ("outperforms ibuprofen");
// - headline.ts: verbless headline promises ("Goodbye, bloating", "Clearer skin in days");
// - perceived.ts: a result a share of people perceived ("93% of users saw firmer skin");
// - way.ts: the way construction ("Sip your way to a stronger immune system with our greens");
// - suitability.ts: suitability predicates ("Great for bloating", "Our balm is excellent for cold sores");
// - personified.ts: a body part promised a feeling for a product ("Your gut will love this");
// - defeat.ts: a concept beaten in an idiom ("Heartburn doesn't stand a chance");
// - within-reach.ts: a better state a dose or a time away ("Clearer skin is just one capsule away");
// - difference.ts: a promised difference ("Feel the difference in your knees within a week");
// - conditional-imperative.ts: an instruction and its promised result ("Take two capsules and wake up refreshed");
// - exchange.ts: a symptom traded for a better state with a product ("traded hot flushes for calm nights with our capsules");
// - goal-state.ts: a better state as a product's goal ("Zinc lozenges for fewer colds", "Wake up to clearer skin with our mask");
// - working-on.ts: a product said to work on a concept ("This gel works in minutes on tension headaches");
// - ended-testimony.ts: a symptom ended since a product was taken ("... and haven't had a single afternoon crash since");
// - needed-product.ts: a product of the writer's as what a reader with an ailment needs ("If you get cold sores, you need this patch").

import structureData from '../../../data/claim-structure.json';
import type { Candidate } from './candidate.js';
import { DETERMINERS, PREPOSITIONS, assertingPhraseBefore, isFormulationParticiple, isFunctionWord, firstPhraseAt, phraseAt } from '../words.js';
import type { ClaimLexicon } from '../lexicon.js';
import { headlinePromiseCandidate, mayHoldHeadlinePromise, mayHoldRestoredState, mayHoldTransition, restoredStateCandidate, transitionCandidate } from './headline.js';
import { mayHoldPerceivedResult, perceivedResultCandidate } from './perceived.js';
import { mayHoldWayConstruction, wayCandidate } from './way.js';
import { mayHoldSuitability, suitabilityCandidate } from './suitability.js';
import { mayHoldPersonified, personifiedCandidate } from './personified.js';
import { defeatCandidate, mayHoldDefeat } from './defeat.js';
import { mayHoldWithinReach, withinReachCandidate } from './within-reach.js';
import { differenceCandidate, mayHoldDifference } from './difference.js';
import type { TaggedWord } from '../../../engine/tagger.js';
import type { Word } from '../../../engine/sentences.js';
import { changeOfStateCandidate } from './change-of-state.js';
import { conditionalImperativeCandidate, mayHoldConditionalImperative } from './conditional-imperative.js';
import { exchangeCandidate, mayHoldExchange } from './exchange.js';
import { goalStateCandidate, mayHoldGoalState } from './goal-state.js';
import { mayHoldWorkingOn, workingOnCandidate } from './working-on.js';
import { endedTestimonyCandidate, mayHoldEndedTestimony } from './ended-testimony.js';
import { mayHoldNeededProduct, neededProductCandidate } from './needed-product.js';
import { meansNamedIn, namesCause } from './means.js';
import { productOfTheWriterIn } from './products.js';
import { remedyClosesSentence, remedyCompoundCandidate, remedyNounCandidate, remedyRoleCandidate, simileBefore } from './remedies.js';
import { beforeAndAfterCandidate, bodyStateCandidate, bodyStateVerbAfter, promisedStateAfter, promisedStateCandidate, testimonyStateCandidate, holdsTestifier } from './states.js';
import { AMOUNT, ASSERTING_BEFORE_TO, BECOME, BE_OR_GET, CAUSATIVES, CHANGE_OF_STATE_FORMS, type ConceptMention, ENDURING_VERBS, GONE_IDIOMS, MODALS, NON_EFFECT_FORMS, NON_EFFECT_VERBS, PARTICLES, POSSESSIVES, PRODUCT_FORMS, READER, RELATIVE_PRONOUNS, REMEDY_NOUNS, RISK_NOUNS, type StructureInput, VERB_IDIOMS, type VerbIdiom, WEIGHT_UNITS, bodyLocusAfter, insidePrepositionalPhrase, isLexiconVerb, isVerb, lexiconVerb, nounAfterConcept, nounPhraseStart, possessiveIn, presentVerb, promisesResult, subjectOf, superlativeBeforeFor, superlativeProductBefore, thirdPersonVerb, verbForm, verbGroupBefore, verbReadAsPlural } from './structure-core.js';

/**
 * Whether a sentence can hold a structural claim at all, judged from the words alone so that the
 * tagger runs only where one may be: a health concept with room for a structure around it (a
 * word before its phrase that is no preposition, conjunction or auxiliary; a form of "be" or
 * "get", or a verb of change, after it; a remedy noun before it), an amount of body weight, or a
 * medicine to compare with.
 */
export function mayHoldStructuralClaim(words: readonly Word[], concepts: readonly ConceptMention[], lexicon: ClaimLexicon): boolean {
  // A named cause ("thanks to", "because of") may make any change of a concept a claim: the structures decide, with tags.
  if (concepts.length > 0 && namesCause(words)) return true;
  for (const concept of concepts) if (roomForStructure(words, concept, concepts, lexicon)) return true;
  for (let at = 1; at < words.length; at++) if (WEIGHT_UNITS.has(words[at].norm) && (AMOUNT.test(words[at - 1].norm) || words[at - 1].norm === 'dress')) return true;
  for (let at = 1; at < words.length; at++) if (promisedStateAfter(words, at, concepts, lexicon) >= 0) return true;
  for (const concept of concepts) if (bodyStateVerbAfter(words, concept) >= 0) return true;
  if (concepts.length > 0 && (words[0]?.norm === 'before' || words[0]?.norm === 'now')) return true;
  if (concepts.length > 0 && neverEnduredVerbEnd(words) > 0) return true;
  if (mayHoldTransition(words, concepts) || mayHoldNeededProduct(words, concepts) || mayHoldRestoredState(words, concepts)) return true;
  // "Our tea is the ultimate hangover cure": a remedy noun right after its concept.
  for (const concept of concepts) if (REMEDY_NOUNS.has(words[concept.endWord]?.norm ?? '')) return true;
  // "..., our tincture is the answer.": a remedy noun closing the sentence.
  if (concepts.length > 0 && remedyClosesSentence(words)) return true;
  // "relief from hay fever with our honey": a remedy noun offered with a product of the writer's.
  // Modifiers may stand between, which the tags read: "relief for dry, gritty eyes", "a lifesaver for my son's asthma".
  for (const concept of concepts) for (let noun = concept.firstWord - 2; noun >= 0 && noun >= concept.firstWord - 4; noun--) if (REMEDY_NOUNS.has(words[noun].norm) && /^(?:for|from|to|against)$/.test(words[noun + 1].norm)) return true;
  // A testimony of a state with its means named ("Since switching to this spray, I sleep through").
  if (holdsTestifier(words) && meansNamedIn(words)) return true;
  return mayHoldHeadlinePromise(words, concepts) || mayHoldPerceivedResult(words, concepts) || mayHoldWayConstruction(words, concepts) || mayHoldConditionalImperative(words, concepts) || mayHoldSuitability(words, concepts) || mayHoldPersonified(words, concepts) || mayHoldDefeat(words, concepts) || mayHoldWithinReach(words, concepts) || mayHoldDifference(words, concepts) || mayHoldExchange(words, concepts) || mayHoldGoalState(words, concepts) || mayHoldWorkingOn(words, concepts) || mayHoldEndedTestimony(words, concepts);
}

function roomForStructure(words: readonly Word[], concept: ConceptMention, concepts: readonly ConceptMention[], lexicon: ClaimLexicon): boolean {
  // The closing words of an idiom around its object ("... goodbye", "... packing"): the structure decides, with tags.
  for (const idiom of SPLIT_IDIOMS) if (phraseAt(words, concept.endWord, idiom.closing)) return true;
  for (let at = concept.endWord; at < words.length && at < concept.endWord + 3; at++) {
    const norm = words[at].norm;
    if (CHANGE_OF_STATE_FORMS.has(norm) || ((BE_OR_GET.has(norm) || BECOME.has(norm)) && passiveOrGoneAfter(words, at))) return true;
  }
  let before = concept.firstWord - 1;
  let possessive = false;
  while (before >= 0 && (POSSESSIVES.has(words[before].norm) || DETERMINERS.has(words[before].norm) || /^\d/.test(words[before].norm))) {
    if (POSSESSIVES.has(words[before].norm)) possessive = true;
    before--;
  }
  if (before < 0) return noMoreBefore(words, concept.firstWord) >= 0;
  // "gives you the stamina": the support verbs of the lexicon read effect nouns ("gives relief"), not the reader and a concept.
  if (words[before].norm === 'you' && before > 0 && GIVING_FORMS.has(words[before - 1].norm)) return true;
  // A verb idiom before the phrase, with up to two modifiers between ("say hello to better digestion").
  for (let end = before + 1; end >= Math.max(1, before - 1); end--) if (idiomEndingAt(words, end)) return true;
  // "the best tea for calming a racing mind": the gerund's verb may be any, the lexicon's too.
  if (words[before].norm.endsWith('ing') && superlativeBeforeFor(words, before)) return true;
  // An imperative or a promise to the reader may use any verb and any sense of the word: "Lose weight fast", "you'll lose weight".
  if (before === 0) return mayOpenAsVerb(words[0].norm);
  if (READER.has(words[before - 1].norm) || READER.has(words[before - 2]?.norm ?? '')) return true;
  // After a remedy noun the word has its health sense: "an antidote to colds".
  if (/^(?:for|from|to|against)$/.test(words[before].norm) && before > 0 && REMEDY_NOUNS.has(words[before - 1].norm)) return true;
  if (concept.ambiguous && !possessive && !bodyLocusAfter(words, concept, concepts) && !productBeforeVerb(words, before)) return false;
  // In a list of concepts ("muscle aches, insomnia and"), the first one is the object a verb may change.
  if (concepts.some((other) => other.firstWord <= before && before < other.endWord)) return false;
  const norm = words[before].norm;
  if (PARTICLES.has(norm)) return true;
  // After another noun, a simile gives it a remedy's role: "is like a reset button for sore backs".
  if (/^(?:for|from|to|against)$/.test(norm)) return before > 0 && norm === 'for' && (simileBefore(words, before - 1) >= 0 || superlativeProductBefore(words, before) >= 0);
  return roomForVerbBefore(words, before, lexicon);
}

/** The word before the verb that ends at `verbEnd` (over its particles: "melts away") is a product noun: "This spray clears", "Our tea melts away". */
function productBeforeVerb(words: readonly Word[], verbEnd: number): boolean {
  let verb = verbEnd;
  while (verb > 0 && PARTICLES.has(words[verb].norm)) verb--;
  return PRODUCT_FORMS.has(words[verb - 1]?.norm ?? '');
}

/** How far after "be" or "get" a passive's agent may come ("is quickly wiped out by"). */
const AGENT_REACH = 6;

/** After a form of "be" or "get": an agent ("by", "with", "thanks to") for a passive, or an idiom of having gone ("are history"). */
function passiveOrGoneAfter(words: readonly Word[], be: number): boolean {
  for (let at = be + 1; at < words.length && at <= be + AGENT_REACH; at++) {
    const norm = words[at].norm;
    if (norm === 'by' || norm === 'with' || norm === 'thanks') return true;
    if (at <= be + 3 && norm === 'better') return true;
    if (at <= be + 2 && (norm === 'gone' || norm === 'over' || firstPhraseAt(words, at, GONE_IDIOMS) !== undefined)) return true;
  }
  return false;
}

/**
 * Whether a sentence's first word can be a verb with no subject: an imperative's base form or a
 * product bullet's -s form ("Soothes sore throats"), not a participle ("Undiagnosed celiac disease").
 */
function mayOpenAsVerb(norm: string): boolean {
  return !/(?:ed|ing)$/.test(norm);
}

/**
 * Whether a verb of the structure's own (not the lexicon's) can stand at or just before word
 * `from`, the last word before the concept's phrase: walking back over the phrase's modifiers
 * ("knocks out severe joint pain"), a word can be that verb only where a verb can follow the word
 * before it. After an article, a possessive or a preposition comes a noun phrase ("in patients
 * with severe asthma"), so the tagger need not be asked; this spares it most sentences of
 * research prose, where the concept sits in a prepositional phrase.
 */
function roomForVerbBefore(words: readonly Word[], from: number, lexicon: ClaimLexicon): boolean {
  for (let at = from; at >= 0 && from - at < 4; at--) {
    const norm = words[at].norm;
    if (PARTICLES.has(norm)) continue;
    // The lexicon's verbs are its own analysis's; a verb that talks about, has or wants a concept ("includes nausea") changes none.
    if (isFunctionWord(norm) || isLexiconVerb(lexicon, norm) || NON_EFFECT_FORMS.has(norm)) return false;
    if (at === 0) return mayOpenAsVerb(norm);
    const previous = words[at - 1].norm;
    if (isLexiconVerb(lexicon, previous)) return false;
    // "to" after a word that asserts its infinitive is no preposition: "helps to banish", "is proven to tame", "formulated to soothe".
    if (previous === 'to' && at > 1 && (ASSERTING_BEFORE_TO.has(words[at - 2].norm) || isFormulationParticiple(words[at - 2].norm) || assertingPhraseBefore(words, at - 1) >= 0)) return true;
    // An article after a phrasal verb's particle opens its object: "knock out a stubborn cold sore", "clears up the worst acne".
    if ((previous === 'a' || previous === 'an' || previous === 'the') && at > 1 && PARTICLES.has(words[at - 2].norm)) return true;
    // "that" may be a relative pronoun before its verb ("minerals that keep").
    if ((!DETERMINERS.has(previous) || RELATIVE_PRONOUNS.has(previous)) && !POSSESSIVES.has(previous) && !PREPOSITIONS.has(previous)) return true;
  }
  return false;
}

/**
 * The structures around the given health concepts (`around`, some of `input.concepts`) and
 * amounts of body weight; the caller has checked `mayHoldStructuralClaim`.
 */
export function structuralCandidates(input: StructureInput, around: readonly ConceptMention[] = input.concepts): Candidate[] {
  const candidates: Candidate[] = [];
  const concepts = [...around, ...weightQuantities(input)];
  for (const concept of concepts) {
    const found = activeCandidate(input, concept) ?? passiveCandidate(input, concept) ?? changeOfStateCandidate(input, concept) ?? remedyNounCandidate(input, concept) ?? remedyCompoundCandidate(input, concept) ?? noMoreCandidate(input, concept) ?? neverEnduredCandidate(input, concept) ?? headlinePromiseCandidate(input, concept) ?? restoredStateCandidate(input, concept) ?? perceivedResultCandidate(input.tokens, concept) ?? wayCandidate(input, concept) ?? suitabilityCandidate(input, concept) ?? personifiedCandidate(input, concept) ?? defeatCandidate(input, concept) ?? withinReachCandidate(input, concept) ?? differenceCandidate(input, concept) ?? workingOnCandidate(input, concept) ?? endedTestimonyCandidate(input, concept);
    if (found) candidates.push(found);
  }
  for (let at = 1; at < input.tokens.length; at++) {
    const found = promisedStateCandidate(input, at) ?? goalStateCandidate(input, at);
    if (found) candidates.push(found);
  }
  for (const concept of around) {
    const found = bodyStateCandidate(input, concept);
    if (found) candidates.push(found);
  }
  const transition = transitionCandidate(input);
  if (transition) candidates.push(transition);
  const needed = neededProductCandidate(input.tokens, input.concepts);
  if (needed) candidates.push(needed);
  const testimony = testimonyStateCandidate(input);
  if (testimony) candidates.push(testimony);
  const beforeAfter = beforeAndAfterCandidate(input);
  if (beforeAfter) candidates.push(beforeAfter);
  for (const concept of around) {
    const exchanged = exchangeCandidate(input.tokens, concept, input.concepts);
    if (exchanged) candidates.push(exchanged);
  }
  const conditional = conditionalImperativeCandidate(input.tokens, input.concepts);
  if (conditional) candidates.push(conditional);
  const role = remedyRoleCandidate(input);
  if (role && !candidates.some((candidate) => candidate.groupFirst <= role.head && role.head < candidate.objectFrom + 2)) candidates.push(role);
  return candidates;
}

/** "20 pounds", "two dress sizes": an amount of body weight is a health concept for the verbs of losing. */
function weightQuantities({ tokens, tags }: StructureInput): ConceptMention[] {
  const found: ConceptMention[] = [];
  for (let at = 1; at < tokens.length; at++) {
    if (!WEIGHT_UNITS.has(tokens[at].norm)) continue;
    let first = at - 1;
    if (tokens[first].norm === 'dress' && first > 0) first--;
    if (!AMOUNT.test(tokens[first].norm) || (tokens[first].norm === 'a' || tokens[first].norm === 'an') && tags[first].pos !== 'DET') continue;
    found.push({ firstWord: first, endWord: at + 1, category: 'wellbeing', disease: false, ambiguous: false });
  }
  return found;
}

/**
 * The word before a particle and its object is the verb of a phrasal verb even where the tagger
 * read a noun or adjective ("tonic flushes out bloating", "crystals open up your arteries"):
 * after a noun phrase, nothing else fits there. Its form follows its ending.
 */
function verbBeforeParticle({ tokens, tags }: StructureInput, at: number): TaggedWord {
  const tag = tags[at];
  if (isVerb(tag) || at === 0 || tokens[at].breaks) return tag;
  const previous = tags[at - 1].pos;
  if (!(tag.pos === 'NOUN' || tag.pos === 'ADJ') || !(previous === 'NOUN' || previous === 'PROPN' || previous === 'VERB' || previous === 'PRON')) return tag;
  const norm = tokens[at].norm;
  if (/(?:ss|us|is)$/.test(norm) || !norm.endsWith('s')) return { pos: 'VERB', verbForm: 'base', lemma: norm };
  return thirdPersonVerb(norm);
}

/**
 * The verb idiom whose last word is right before word `end` ("get rid of" before "bloating"), and
 * where its verb is. Its other words must be as listed, unbroken by punctuation; its verb is
 * checked by lemma where the tags are given (the check before tagging reads the other words only).
 */
function idiomEndingAt(words: readonly (Word & { breaks?: boolean })[], end: number, tags?: readonly TaggedWord[]): { idiom: VerbIdiom; verbAt: number } | undefined {
  // Only the idioms whose last word ends here can: looked up rather than every idiom tried (this runs around every concept before tagging).
  for (const idiom of IDIOMS_BY_LAST_WORD.get(words[end - 1]?.norm ?? '') ?? NO_IDIOMS) {
    const verbAt = end - idiom.words.length;
    if (verbAt < 0) continue;
    let matches = true;
    for (let at = 1; at < idiom.words.length && matches; at++) matches = words[verbAt + at].norm === idiom.words[at] && !words[verbAt + at].breaks;
    if (!matches) continue;
    if (tags && words[verbAt].norm !== idiom.words[0] && tags[verbAt].lemma !== idiom.words[0]) continue;
    return { idiom, verbAt };
  }
  return undefined;
}

/** The verb idioms of more than one word by their last word, in the data's order (a one-word idiom would match at any end: there is none, see below). */
const IDIOMS_BY_LAST_WORD = new Map<string, VerbIdiom[]>();
for (const idiom of VERB_IDIOMS) {
  if (idiom.words.length < 2) throw new Error(`claim-structure.json: the verb idiom "${idiom.words.join(' ')}" needs a word after its verb`);
  const last = idiom.words[idiom.words.length - 1];
  IDIOMS_BY_LAST_WORD.set(last, [...(IDIOMS_BY_LAST_WORD.get(last) ?? []), idiom]);
}
const NO_IDIOMS: readonly VerbIdiom[] = [];

/** Verbs of obtaining: with a wellbeing state as object they promise it ("get glowing skin"). */
const OBTAINING = new Set(['get', 'gain', 'regain']);

/** Verbs of giving whose indirect object may be the reader: "gives you energy", "brings you relief". */
const GIVING_FORMS = new Set(['give', 'gives', 'gave', 'bring', 'brings', 'brought', 'grant', 'grants']);

/** Idioms whose object stands inside them, after the verb ("kiss * goodbye"): the verb's base form and the words after the object. */
const SPLIT_IDIOMS = structureData.entries
  .filter((entry) => entry.kind === 'split-idiom')
  .map((entry) => {
    const [verb, , ...closing] = entry.phrase.split(' ');
    return { verb, closing };
  });

/**
 * The idiom around the object ending at `objectEnd` whose verb is at `verbAt` ("Kiss puffy eyes
 * goodbye", "sends sugar cravings packing"): the verb's lemma is checked by the tagger's lemma or
 * read from the word's ending (a sentence-initial "Kiss" may be read as a noun).
 */
function splitIdiomAround({ tokens, tags }: StructureInput, verbAt: number, objectEnd: number): { verb: string } | undefined {
  const norm = tokens[verbAt].norm;
  for (const idiom of SPLIT_IDIOMS) {
    if (tags[verbAt].lemma !== idiom.verb && presentVerb(norm).lemma !== idiom.verb && norm !== idiom.verb) continue;
    if (idiom.closing.every((word, offset) => tokens[objectEnd + offset]?.norm === word && !tokens[objectEnd + offset].breaks)) return { verb: idiom.verb };
  }
  return undefined;
}

/** The idiom's verb as a verb whatever the tagger read (a sentence-initial "Say" may be read as a noun); its form follows its ending. */
function idiomVerbTag(norm: string, tag: TaggedWord, lemma: string): TaggedWord {
  if (isVerb(tag)) return { ...tag, lemma };
  const verbForm = norm === lemma ? 'base' : norm.endsWith('ing') ? 'ing' : norm.endsWith('s') ? 's' : 'past';
  return { pos: 'VERB', verbForm, lemma };
}

function activeCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens, tags, lexicon } = input;
  let phraseStart = nounPhraseStart(input, concept);
  // The verb of an idiom around its object, read as a noun of the phrase ("Kiss puffy eyes goodbye"): the phrase starts after it.
  if (phraseStart < concept.firstWord && splitIdiomAround(input, phraseStart, concept.endWord)) phraseStart++;
  let idiom = idiomEndingAt(tokens, phraseStart, tags);
  // A comparative the tagger read as a verb between the idiom and the noun ("say hello to better digestion").
  if (!idiom && phraseStart > 1 && /er$/.test(tokens[phraseStart - 1].norm) && !tokens[phraseStart].breaks) {
    idiom = idiomEndingAt(tokens, phraseStart - 1, tags);
    if (idiom) phraseStart--;
  }
  let verbAt = idiom ? idiom.verbAt : phraseStart - 1;
  // The reader as the indirect object of a verb of giving: "gives you the stamina of a twenty-year-old".
  const givenToReader = !idiom && verbAt > 0 && tokens[verbAt].norm === 'you' && GIVING_FORMS.has(tokens[verbAt - 1].norm) && !tokens[verbAt].breaks;
  if (givenToReader) verbAt--;
  if (verbAt < 0 || tokens[phraseStart].breaks) return undefined;
  // Particles between the verb and its object: "shuts down sugar cravings", "clears up acne"; an idiom's words after its verb.
  const particles: string[] = idiom ? idiom.idiom.words.slice(1) : [];
  while (!idiom && verbAt > 0 && PARTICLES.has(tokens[verbAt].norm) && !tokens[verbAt].breaks && particles.length < 2) {
    particles.unshift(tokens[verbAt].norm);
    verbAt--;
  }
  if (particles.length > 0 && tokens[verbAt + 1].breaks) return undefined;
  const verb = tokens[verbAt];
  const afterModal = verbAt > 0 && MODALS.has(tokens[verbAt - 1].norm) && !tokens[verbAt].breaks && (tags[verbAt].pos === 'ADJ' || tags[verbAt].pos === 'NOUN' || (tags[verbAt].pos === 'ADV' && !tokens[verbAt].norm.endsWith('ly')));
  // "Kiss puffy eyes goodbye", "send cravings packing": an idiom around its object.
  const split = !idiom && particles.length === 0 ? splitIdiomAround(input, verbAt, concept.endWord) : undefined;
  const gerundAfterBest = !idiom && !split && verb.norm.endsWith('ing') && !isVerb(tags[verbAt]) && superlativeBeforeFor(tokens, verbAt);
  const tag = gerundAfterBest ? { pos: 'VERB' as const, verbForm: 'ing' as const, lemma: lexicon.verbs.get(verb.norm)?.[0]?.lemma ?? verb.norm.slice(0, -3) } : idiom ? idiomVerbTag(verb.norm, tags[verbAt], idiom.idiom.words[0]) : split ? idiomVerbTag(verb.norm, tags[verbAt], split.verb) : particles.length > 0 ? verbBeforeParticle(input, verbAt) : afterModal ? { pos: 'VERB' as const, verbForm: 'base' as const, lemma: tokens[verbAt].norm } : verbReadAsPlural(input, verbAt) ? thirdPersonVerb(tokens[verbAt].norm) : tags[verbAt];
  // Where the verb is a word the tagger read otherwise, it read the subject before it as the verb ("extract quiets").
  const repaired = tag !== tags[verbAt];
  // "Get glowing skin with our shots", "you'll gain stamina": obtaining a state people want is the promise, unlike "get a headache".
  const obtains = OBTAINING.has(tag.lemma) && concept.category === 'wellbeing';
  if (!isVerb(tag) || (!idiom && !split && !obtains && NON_EFFECT_VERBS.has(tag.lemma))) return undefined;
  // "carries a high risk of overdose", "poses a danger to the liver": a risk named, a warning rather than a benefit.
  for (let at = phraseStart; at < concept.firstWord; at++) if (RISK_NOUNS.has(tokens[at].norm)) return undefined;
  const form = verbForm(tag);
  const group = verbGroupBefore(input, verbAt);
  if (!group) return undefined;
  let { groupFirst } = group;
  const { promising } = group;
  // Participles and gerunds that are not a finite verb: "reduced inflammation", "Managing stress is".
  const before = groupFirst > 0 && !tokens[groupFirst].breaks ? groupFirst - 1 : -1;
  const beforeTag = before >= 0 ? tags[before] : undefined;
  // A hyphenated verb form is a compound adjective ("self-monitored", "weight-related").
  if (verb.norm.includes('-')) return undefined;
  // An -ing form is a claim as a progressive ("is healing") or a participial clause after a comma
  // ("..., easing joint pain"); elsewhere it is a gerund or a modifier ("regarding", "targeting breast cancer screening").
  const bestFor = form === 'ing' && groupFirst === verbAt && superlativeBeforeFor(tokens, verbAt);
  if (form === 'ing' && groupFirst === verbAt && !(groupFirst > 0 && /,/.test(tokens[groupFirst].gap)) && !bestFor) return undefined;
  // A participle right before its noun modifies it ("advanced breast cancer", "compensated cirrhosis").
  if (form === 'ed' && groupFirst === verbAt && (before < 0 || beforeTag?.pos !== 'NOUN' && beforeTag?.pos !== 'PROPN' && beforeTag?.pos !== 'PRON' || insidePrepositionalPhrase(input, before))) return undefined;
  // A concept before another noun modifies it ("Sleep Gummies", "pain medications"): the object is that noun.
  if (!split && nounAfterConcept(input, concept)) return undefined;
  // The object of a causative frame ("allows snoring to be evaluated") is not what the verb changes.
  if (tokens[concept.endWord]?.norm === 'to' && !tokens[concept.endWord].breaks) return undefined;
  const bareImperative = before < 0 && form === 'base' && groupFirst === verbAt;
  const subject = bestFor ? 'product' : subjectOf(input, before, groupFirst, verbAt, form, promising, concept, repaired) ?? ((idiom?.idiom.promise || split) && bareImperative ? 'imperative' : undefined);
  if (!subject) return undefined;
  // A causative's helper and its auxiliaries belong to the group: "can help Americans lose".
  if (before > 0 && CAUSATIVES.has(tokens[before - 1].norm) && !tokens[before].breaks) {
    groupFirst = before - 1;
    while (groupFirst > 0 && !tokens[groupFirst].breaks && (tags[groupFirst - 1].pos === 'AUX' || tags[groupFirst - 1].pos === 'ADV')) groupFirst--;
  }
  // A verb of the claim-verb lexicon is its analysis's to decide, except in the structures that
  // analysis leaves out: a promise to the reader and an imperative that promises a result.
  // A lexicon verb with a particle the lexicon does not list is another verb ("brings down blood pressure"; the lexicon has
  // "bring about" and the support verb "bring"), which that analysis does not read.
  const otherPhrasal = particles.length > 0 && !(lexicon.verbs.get(verb.norm) ?? []).some((info) => info.particle.length === 0 || info.particle[0] === particles[0]);
  // The lexicon's analysis also leaves out a product bullet's verb, which has no subject ("Calms a churning stomach").
  const bullet = before < 0 && form === 's';
  if (!idiom && !split && !bestFor && !bullet && !givenToReader && !otherPhrasal && lexiconVerb(lexicon, verb) && subject !== 'reader' && subject !== 'imperative') return undefined;
  // A word with a common sense outside health is a health concept when it is someone's ("your
  // energy") or the reader is promised a change in it ("you'll lose weight").
  // So is a word whose subject is a product by its form ("This spray clears congestion"), or a product
  // bullet's object with a promised time or amount ("Clears congestion in seconds").
  const senseGiven = PRODUCT_FORMS.has(tokens[before]?.norm ?? '') || (before < 0 && form === 's' && promisesResult(input, concept));
  if (concept.ambiguous && subject !== 'reader' && subject !== 'imperative' && !possessiveIn(tokens, phraseStart, concept.firstWord) && !bodyLocusAfter(tokens, concept, input.concepts) && !senseGiven) return undefined;
  const groupEnd = verbAt + 1 + particles.length;
  return {
    kind: 'verb',
    structure: idiom || split ? 'verb idiom' : 'open verb',
    groupFirst,
    groupEnd,
    head: verbAt,
    info: { lemma: tag.lemma, phrase: [tag.lemma, ...particles].join(' '), form, verbKind: 'benefit' },
    objectFrom: groupEnd,
    subject,
  };
}

function passiveCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens, tags, lexicon } = input;
  const phraseStart = nounPhraseStart(input, concept);
  if (phraseStart > 0 && !tokens[phraseStart].breaks && !/^(?:and|but|so|that|which)$/.test(tokens[phraseStart - 1].norm)) return undefined;
  let at = concept.endWord;
  let groupFirst = -1;
  while (at < tokens.length && at - concept.endWord < 4 && !tokens[at].breaks) {
    const norm = tokens[at].norm;
    if (BE_OR_GET.has(norm) || tags[at].pos === 'AUX' || tags[at].pos === 'ADV' || norm === 'will' || norm === 'can') {
      if (groupFirst < 0) groupFirst = at;
      at++;
      continue;
    }
    break;
  }
  if (groupFirst < 0 || at >= tokens.length || tokens[at].breaks) return undefined;
  const tag = tags[at];
  if (!isVerb(tag) || (tag.verbForm !== 'participle' && tag.verbForm !== 'past') || NON_EFFECT_VERBS.has(tag.lemma) || lexiconVerb(lexicon, tokens[at])) return undefined;
  if (!tokens.slice(groupFirst, at).some((token) => BE_OR_GET.has(token.norm))) return undefined;
  let end = at + 1;
  while (end < tokens.length && PARTICLES.has(tokens[end].norm) && !tokens[end].breaks) end++;
  const agent = tokens[end];
  const agentWord = agent?.norm;
  if (!agent || agent.breaks || !(agentWord === 'by' || agentWord === 'with' || (agentWord === 'thanks' && tokens[end + 1]?.norm === 'to'))) return undefined;
  return {
    kind: 'verb',
    structure: 'passive', subject: 'product',
    groupFirst,
    groupEnd: end,
    head: at,
    info: { lemma: tag.lemma, phrase: [tag.lemma, ...tokens.slice(at + 1, end).map((token) => token.norm)].join(' '), form: 'ed', verbKind: 'neutral' },
    objectFrom: end,
    passive: true,
  };
}

/**
 * Where a sentence opens with "No more" before the concept's phrase (at most two modifiers
 * between: "No more achy, stiff joints"), the index of "no"; otherwise -1.
 */
function noMoreBefore(words: readonly Word[], conceptFirst: number): number {
  for (let no = 0; no <= 2 && no + 1 < conceptFirst; no++) {
    if (words[no].norm === 'no' && words[no + 1].norm === 'more') return no === 0 || (no === 1 && words[0].norm === 'and') ? no : -1;
  }
  return -1;
}

/**
 * "Never suffer another migraine", "Never put up with heartburn again": a headline that promises
 * the reader an ailment's end by telling them never to endure it (the enduring verbs that a
 * rhetorical "why" reads too). A promise only with "another", "again" or a product of the
 * writer's named: "Never suffer in silence with back pain: see your GP" advises.
 */
function neverEnduredCandidate({ tokens }: StructureInput, concept: ConceptMention): Candidate | undefined {
  const verbEnd = neverEnduredVerbEnd(tokens);
  if (verbEnd < 0 || concept.category === 'body-part') return undefined;
  if (concept.firstWord < verbEnd || concept.firstWord - verbEnd > 2 || tokens.slice(verbEnd, concept.firstWord + 1).some((token) => token.breaks)) return undefined;
  const again = tokens.slice(verbEnd, concept.firstWord).some((token) => token.norm === 'another') || tokens.slice(concept.endWord).some((token) => token.norm === 'again');
  if (!again && !productOfTheWriterIn(tokens, 0)) return undefined;
  return {
    kind: 'nominal',
    structure: 'never endured',
    subject: 'reader',
    groupFirst: 0,
    groupEnd: verbEnd,
    head: 1,
    info: { lemma: 'never endure', phrase: 'never endure', form: 'base', verbKind: 'observed' },
    objectFrom: verbEnd,
    objectEnd: concept.endWord,
    ownNegator: true,
  };
}

/** One past the verb of enduring after an opening "never" ("Never suffer", "Never put up with"), or -1. */
function neverEnduredVerbEnd(words: readonly (Word & { breaks?: boolean })[]): number {
  if (words[0]?.norm !== 'never' || words[1]?.breaks) return -1;
  const verb = ENDURING_VERBS.find((phrase) => phrase.every((word, offset) => words[1 + offset]?.norm === word && !words[1 + offset].breaks));
  return verb ? 1 + verb.length : -1;
}

/**
 * "No more heartburn after dinner!", "No more sleepless nights: ...": a headline that promises
 * the reader the concept's end. Not "No more than two cups" (no concept right after), nor a
 * clause whose subject the concept is ("No more seizures occurred"): no verb after its phrase.
 */
function noMoreCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens, tags } = input;
  const no = noMoreBefore(tokens, concept.firstWord);
  if (no < 0 || nounPhraseStart(input, concept) > no + 2) return undefined;
  for (let at = no + 1; at <= concept.firstWord; at++) if (tokens[at].breaks) return undefined;
  const next = concept.endWord;
  if (next < tokens.length && !tokens[next].breaks && (isVerb(tags[next]) || tags[next].pos === 'AUX' || tags[next].pos === 'NOUN')) return undefined;
  return {
    kind: 'nominal',
    structure: 'no more',
    subject: 'reader',
    groupFirst: no,
    groupEnd: no + 2,
    head: no + 1,
    info: { lemma: 'no more', phrase: 'no more', form: 'base', verbKind: 'observed' },
    objectFrom: no + 2,
    ownNegator: true,
  };
}
