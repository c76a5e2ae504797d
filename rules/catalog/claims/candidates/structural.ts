// Candidate claims found by structure rather than by a verb list: something taken or done is
// said to change a health concept. The concept side is closed and sourced (the health-concept
// vocabulary); the verb side is open: any lexical verb the tagger finds, except the classes
// that talk about, look at, have or want a concept instead of changing it
// (rules/data/claim-structure.json). Verbs of the claim-verb lexicon are left to its own
// analysis, which knows their senses; this module adds what that list cannot hold.
//
// Structures, each around one mention of a health concept:
// - active:   [subject] [aux/adverbs] VERB [particle] [object NP holding the concept]
//             "Chaga tames inflammation", "this blend shuts down sugar cravings", "our gummies
//             will fix your gut", "soothes sore throats" (a product bullet with no subject),
//             "you'll lose weight" (a promise to the reader), "Lose 20 pounds in 4 weeks" (an
//             imperative that promises a result);
// - passive:  [concept NP] be/get [adverbs] PARTICIPLE [particle] by|with X
//             "joint pain is wiped out by our balm";
// - change of state, the concept as subject: "the rash fades", "bloating vanishes", "your
//   cravings are history" (not when the sentence says it is the condition's natural course: "on
//   its own", "without treatment");
// - remedy nouns: "a natural remedy for anxiety", "is the answer to brain fog" (not after verbs
//   of seeking or lacking: "the search for a cure for");
// - comparison with a medicine: "works like ibuprofen", "as strong as a statin", "more
//   effective than the leading cancer drug", "outperforms ibuprofen";
// - a headline promise: "No more heartburn!", "No more sleepless nights: ..." (at the start of
//   the sentence, the concept's phrase not followed by a verb); the verbless ones ("Goodbye,
//   bloating", "Clearer skin in days") are in headline.ts;
// - a result a share of people perceived: "93% of users saw firmer skin" (perceived.ts);
// - the way construction: "Sip your way to a stronger immune system with our greens" (way.ts);
// - verb idioms in the active structure's place of the verb: "say goodbye to heartburn", "gets
//   rid of bloating", "works wonders for joint pain" (the idioms are data, with their source).

import structureData from '../../../data/claim-structure.json';
import medicineNamesData from '../../../data/medicine-names.json';
import treatmentTermsData from '../../../data/treatment-terms.json';
import type { Candidate } from './candidate.js';
import { DETERMINERS, PREPOSITIONS, isFormulationParticiple, isFunctionWord, type Token } from '../words.js';
import { headlinePromiseCandidate, mayHoldHeadlinePromise } from './headline.js';
import { mayHoldPerceivedResult, perceivedResultCandidate } from './perceived.js';
import { mayHoldWayConstruction, wayCandidate } from './way.js';
import type { ClaimLexicon } from '../lexicon.js';
import type { TaggedWord } from '../../../engine/tagger.js';
import type { Word } from '../../../engine/sentences.js';
import type { ConceptMatch } from '../concepts.js';

type ConceptMention = Pick<ConceptMatch, 'firstWord' | 'endWord' | 'category' | 'disease' | 'ambiguous'>;

const wordsOfKind = (kind: string): Set<string> => new Set(structureData.entries.filter((entry) => entry.kind === kind).map((entry) => entry.phrase));
const NON_EFFECT_VERBS = wordsOfKind('non-effect');
const PARTICLES = wordsOfKind('particle');
const CHANGE_OF_STATE_VERBS = wordsOfKind('change-of-state');
const REMEDY_NOUNS = wordsOfKind('remedy-noun');
const SEEKING_WORDS = wordsOfKind('seeking');
const MEDICINE_NOUNS = wordsOfKind('medicine-noun');
/** Nouns that name a product by what it is or the form it is sold in ("spray", "capsules", "supplement"). */
const PRODUCT_FORMS = new Set([...treatmentTermsData.entries.filter((entry) => entry.kind === 'product').map((entry) => entry.phrase), ...MEDICINE_NOUNS]);
/** "outperforms", "rivals": a verb that says its subject does better than (or as well as) its object. */
const OUTDOING_VERBS = new Set([...wordsOfKind('outdoing-verb')].flatMap(finiteForms));
const RISK_NOUNS = wordsOfKind('risk-noun');
const MEDICINE_NAMES = new Set(medicineNamesData.entries.filter((entry) => entry.kind !== 'stem' && !entry.phrase.includes(' ')).map((entry) => entry.phrase));
/** The non-effect verbs in their regular forms, -ing too, for the check before tagging ("includes", "experiencing", "reported"). */
const NON_EFFECT_FORMS = new Set([...NON_EFFECT_VERBS].flatMap((verb) => [...finiteForms(verb), ingForm(verb)]));
/** The change-of-state verbs in their base, -s and -ed forms, for the check before tagging. */
const CHANGE_OF_STATE_FORMS = new Set([...CHANGE_OF_STATE_VERBS].flatMap(finiteForms));
const NATURAL_COURSE = structureData.entries.filter((entry) => entry.kind === 'natural-course').map((entry) => entry.phrase.split(' '));
/** Verb idioms whose object follows their last word; `promise`: a promise even as a bare imperative ("Say goodbye to heartburn"). */
const VERB_IDIOMS = structureData.entries
  .filter((entry) => entry.kind === 'verb-idiom')
  .map((entry) => ({ words: entry.phrase.split(' '), promise: 'promise' in entry && entry.promise === true }));
type VerbIdiom = (typeof VERB_IDIOMS)[number];
/** States of body or mind a product is said to put the reader in ("keeps you feeling full"). */
export const PROMISED_STATES = wordsOfKind('promised-state');
/** Verbs that put someone in a state: "keeps/leaves/has/gets/makes you ...". */
const STATE_CAUSATIVES = new Set(['have', 'has', 'had', 'keep', 'keeps', 'kept', 'leave', 'leaves', 'left', 'get', 'gets', 'got', 'make', 'makes', 'made', 'help', 'helps', 'helped']);
const FEELING_WORDS = new Set(['feeling', 'feel', 'feels', 'looking', 'look', 'waking', 'wake', 'staying', 'stay']);
/** Verbs that keep or bring a body in a state: "your skin stays clear", "your joints will feel young again". */
const STATE_VERBS = new Set(['stay', 'stays', 'remain', 'remains', 'feel', 'feels', 'look', 'looks', 'become', 'becomes']);
const STATE_DEGREE = new Set(['so', 'more', 'much', 'really', 'totally', 'completely', 'fully', 'up']);
/** Predicates that say, after "be", that their subject has gone: "history", "a thing of the past". */
const GONE_IDIOMS = structureData.entries.filter((entry) => entry.kind === 'gone-idiom').map((entry) => entry.phrase.split(' '));

const POSSESSIVES = new Set(['my', 'your', 'our', 'their', 'his', 'her', 'its', "body's", "bodys"]);
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const BECOME = new Set(['become', 'becomes', 'became']);
const BE_OR_GET = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten', "'s", "'re"]);
const PROMISING_AUX = new Set(['will', "'ll", 'can', 'shall', 'must', 'does', 'do', 'did', 'is', 'are', 'has', 'have', 'had', 'going', 'gonna']);
const MODALS = new Set(['may', 'might', 'can', 'could', 'will', 'would', 'shall', 'should', 'must', "'ll", 'cannot']);
const HELP_WORDS = new Set(['help', 'helps', 'helped', 'helping']);
/** Infinitives after these assert the verb ("helps to calm", "works to clear", "is proven to lift"). */
const ASSERTING_BEFORE_TO = new Set([...HELP_WORDS, 'works', 'work', 'worked', 'proven', 'proved', 'shown', 'known', 'guaranteed', 'designed', 'formulated', 'made']);
/** Subjects that are people or the research: their verbs report, experience or study a concept. */
const NOT_PRODUCT_SUBJECTS = new Set(['i', 'we', 'he', 'she', 'one', 'people', 'person', 'patients', 'patient', 'adults', 'children', 'kids', 'women', 'men', 'doctors', 'doctor', 'physicians', 'nurses', 'researchers', 'scientists', 'experts', 'users', 'customers', 'everyone', 'someone', 'anyone', 'study', 'studies', 'research', 'trial', 'trials', 'review', 'evidence', 'data', 'results', 'findings', 'analysis', 'survey', 'report', 'article', 'page', 'guide', 'body', 'brain', 'doctor', 'gp', 'pharmacist', 'dietitian', 'clinician', 'clinicians', 'provider', 'providers', 'who', 'parents', 'family', 'friends']);
/** The reader as subject; the contracted forms carry their auxiliary ("you'll" promises). */
const READER = new Set(['you', "you'll", "you're", "you've"]);
const READER_PROMISING = new Set(["you'll"]);
const CAUSATIVES = new Set(['help', 'helps', 'helped', 'make', 'makes', 'made', 'let', 'lets']);
const PRODUCT_PRONOUNS = new Set(['it', 'this', 'these', 'they']);
const AMOUNT = /^(?:\d.*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a|an|few|several)$/;
const WEIGHT_UNITS = new Set(['pounds', 'pound', 'lbs', 'lb', 'kilos', 'kilo', 'kg', 'kilograms', 'kilogram', 'stone', 'inches', 'inch', 'sizes', 'size', 'cm']);
export const TIME_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'hour', 'hours', 'minute', 'minutes', 'seconds', 'night', 'nights']);
export const PROMISE_WORDS = new Set(['overnight', 'fast', 'quickly', 'instantly', 'immediately', 'permanently', 'forever', 'naturally', 'effortlessly', 'guaranteed']);
const MEANS_WORDS = new Set(['with', 'using', 'thanks']);
const COMPARED_ADJECTIVES = new Set(['effective', 'strong', 'stronger', 'powerful', 'potent', 'good', 'better', 'fast', 'faster', 'effectively', 'well']);
const WORKING_VERBS = new Set(['work', 'works', 'worked', 'working', 'act', 'acts', 'acted', 'perform', 'performs', 'performed', 'do', 'does']);
const PROMOTING_ADJECTIVES = new Set(['natural', 'best', 'ultimate', 'fast', 'quick', 'instant', 'effective', 'powerful', 'proven', 'gentle', 'perfect', 'real', 'true', 'amazing', 'go-to', 'simple', 'safe', 'permanent', 'lasting', 'complete', 'total', 'miracle', 'secret']);
const COPULAS = new Set(['is', 'are', 'was', 'were', "'s", 'be', 'as', 'becomes', 'remains']);
const BREAK_PUNCTUATION = /[:\u2013\u2014]|\s-\s/;

/** What the structural stage needs to know about each word of the sentence. */
export interface StructureInput {
  /** The sentence and its offset in the block's prose (tokens carry prose offsets). */
  text: string;
  offset: number;
  tokens: readonly Token[];
  tags: readonly TaggedWord[];
  concepts: readonly ConceptMention[];
  lexicon: ClaimLexicon;
}

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
  for (let at = 1; at < words.length; at++) if (promisedStateAfter(words, at) >= 0) return true;
  for (const concept of concepts) if (bodyStateVerbAfter(words, concept) >= 0) return true;
  return mayHoldHeadlinePromise(words, concepts) || mayHoldPerceivedResult(words, concepts) || mayHoldWayConstruction(words, concepts);
}

/**
 * Where the reader's body, named by the concept after "your" ("your belly", "your blood sugar"),
 * is said to keep or reach a promised state ("stays flat", "will look younger"): the index of the
 * verb of state, or -1.
 */
function bodyStateVerbAfter(words: readonly (Word & { breaks?: boolean })[], concept: ConceptMention): number {
  if (words[concept.firstWord - 1]?.norm !== 'your') return -1;
  let verb = concept.endWord;
  if (words[verb]?.norm === 'will' && !words[verb].breaks) verb++;
  if (verb >= words.length || words[verb].breaks || !STATE_VERBS.has(words[verb].norm)) return -1;
  let state = verb + 1;
  if (STATE_DEGREE.has(words[state]?.norm ?? '')) state++;
  return state < words.length && !words[state].breaks && PROMISED_STATES.has(words[state].norm) ? verb : -1;
}

/**
 * Where "you" at `at`, after a causative verb, is put in a promised state: the state word's
 * index ("keeps you feeling full", "leaves you so refreshed", "will have you sleeping"), or -1.
 */
function promisedStateAfter(words: readonly (Word & { breaks?: boolean })[], at: number): number {
  if (words[at].norm !== 'you' || !STATE_CAUSATIVES.has(words[at - 1]?.norm ?? '') || words[at].breaks) return -1;
  let next = at + 1;
  if (FEELING_WORDS.has(words[next]?.norm ?? '')) next++;
  if (STATE_DEGREE.has(words[next]?.norm ?? '')) next++;
  return next < words.length && !words[next].breaks && PROMISED_STATES.has(words[next].norm) ? next : -1;
}

function roomForStructure(words: readonly Word[], concept: ConceptMention, concepts: readonly ConceptMention[], lexicon: ClaimLexicon): boolean {
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
  if (idiomEndingAt(words, before + 1)) return true;
  // An imperative or a promise to the reader may use any verb and any sense of the word: "Lose weight fast", "you'll lose weight".
  if (before === 0) return mayOpenAsVerb(words[0].norm);
  if (READER.has(words[before - 1].norm) || READER.has(words[before - 2]?.norm ?? '')) return true;
  // After a remedy noun the word has its health sense: "an antidote to colds".
  if (/^(?:for|from|to|against)$/.test(words[before].norm) && before > 0 && REMEDY_NOUNS.has(words[before - 1].norm)) return true;
  if (concept.ambiguous && !possessive && !bodyLocusAfter(words, concept, concepts) && !PRODUCT_FORMS.has(words[before - 1]?.norm ?? '')) return false;
  // In a list of concepts ("muscle aches, insomnia and"), the first one is the object a verb may change.
  if (concepts.some((other) => other.firstWord <= before && before < other.endWord)) return false;
  const norm = words[before].norm;
  if (PARTICLES.has(norm)) return true;
  if (/^(?:for|from|to|against)$/.test(norm)) return false;
  return roomForVerbBefore(words, before, lexicon);
}

/** How far after "be" or "get" a passive's agent may come ("is quickly wiped out by"). */
const AGENT_REACH = 6;

/** After a form of "be" or "get": an agent ("by", "with", "thanks to") for a passive, or an idiom of having gone ("are history"). */
function passiveOrGoneAfter(words: readonly Word[], be: number): boolean {
  for (let at = be + 1; at < words.length && at <= be + AGENT_REACH; at++) {
    const norm = words[at].norm;
    if (norm === 'by' || norm === 'with' || norm === 'thanks') return true;
    if (at <= be + 2 && GONE_IDIOMS.some((idiom) => idiom.every((word, offset) => words[at + offset]?.norm === word))) return true;
  }
  return false;
}

/** A verb's regular base, -s/-es and -ed/-d forms ("goes" too). Irregular forms are left to the tagger. */
function finiteForms(verb: string): string[] {
  return [verb, `${verb}s`, `${verb}es`, verb.endsWith('e') ? `${verb}d` : `${verb}ed`];
}

/** A verb's -ing form, a final silent "e" dropped. */
function ingForm(verb: string): string {
  return `${verb.endsWith('e') && !verb.endsWith('ee') ? verb.slice(0, -1) : verb}ing`;
}

/**
 * Whether a sentence's first word can be a verb with no subject: an imperative's base form or a
 * product bullet's -s form ("Soothes sore throats"), not a participle ("Undiagnosed celiac disease").
 */
function mayOpenAsVerb(norm: string): boolean {
  return !/(?:ed|ing)$/.test(norm);
}

const isLexiconVerb = (lexicon: ClaimLexicon, norm: string): boolean => lexicon.verbs.has(norm) || lexicon.supportVerbs.has(norm);

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
    if (previous === 'to' && at > 1 && (ASSERTING_BEFORE_TO.has(words[at - 2].norm) || isFormulationParticiple(words[at - 2].norm))) return true;
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
    const found = activeCandidate(input, concept) ?? passiveCandidate(input, concept) ?? changeOfStateCandidate(input, concept) ?? remedyNounCandidate(input, concept) ?? noMoreCandidate(input, concept) ?? headlinePromiseCandidate(input, concept) ?? perceivedResultCandidate(input.tokens, concept) ?? wayCandidate(input, concept);
    if (found) candidates.push(found);
  }
  for (let at = 1; at < input.tokens.length; at++) {
    const found = promisedStateCandidate(input, at);
    if (found) candidates.push(found);
  }
  for (const concept of around) {
    const found = bodyStateCandidate(input, concept);
    if (found) candidates.push(found);
  }
  return candidates;
}

/** "Your belly stays flat all day", "your skin will look younger": a promise to the reader about their body. */
function bodyStateCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens } = input;
  const verbAt = bodyStateVerbAfter(tokens, concept);
  if (verbAt < 0) return undefined;
  const groupFirst = tokens[verbAt - 1].norm === 'will' ? verbAt - 1 : verbAt;
  const verb = presentVerb(tokens[verbAt].norm);
  return {
    kind: 'verb',
    structure: 'promised state',
    subject: 'reader',
    groupFirst,
    groupEnd: verbAt + 1,
    head: verbAt,
    info: { lemma: verb.lemma, phrase: verb.lemma, form: verbForm(verb), verbKind: 'neutral' },
    objectFrom: verbAt + 1,
  };
}

/**
 * A product said to put the reader in a state of body or mind: "This shake keeps you feeling
 * full for hours", "Our tea will have you sleeping like a baby" (a causative verb, "you", the
 * state). Its subject must be able to be a product, as for an active verb: "Exercise" counts,
 * "Your doctor" does not.
 */
function promisedStateCandidate(input: StructureInput, you: number): Candidate | undefined {
  const { tokens, tags } = input;
  const state = promisedStateAfter(tokens, you);
  if (state < 0) return undefined;
  const verbAt = you - 1;
  if (tokens[verbAt].breaks && verbAt > 0) return undefined;
  const group = verbGroupBefore(input, verbAt);
  if (!group) return undefined;
  const { groupFirst, promising } = group;
  const before = groupFirst > 0 && !tokens[groupFirst].breaks ? groupFirst - 1 : -1;
  const tag = isVerb(tags[verbAt]) ? tags[verbAt] : presentVerb(tokens[verbAt].norm);
  const form = verbForm(tag);
  const stateMention: ConceptMention = { firstWord: state, endWord: state + 1, category: 'wellbeing', disease: false, ambiguous: false };
  // "This shake keeps": after a determiner, the word the tagger read as a verb is the subject noun.
  const subjectMisread = before > 0 && isVerb(tags[before]) && DETERMINERS.has(tokens[before - 1].norm);
  if (subjectOf(input, before, groupFirst, verbAt, form, promising, stateMention, subjectMisread) !== 'product') return undefined;
  return {
    kind: 'verb',
    structure: 'promised state',
    subject: 'product',
    groupFirst,
    groupEnd: verbAt + 1,
    head: verbAt,
    info: { lemma: tag.lemma, phrase: tag.lemma, form, verbKind: 'benefit' },
    objectFrom: verbAt + 1,
  };
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

const isVerb = (tag: TaggedWord | undefined): boolean => tag?.pos === 'VERB';

/** Index of the first word of the noun phrase that ends with the concept (determiners, adjectives, nouns, "of"), scanning back at most six words in the clause. */
function nounPhraseStart(input: StructureInput, concept: ConceptMention): number {
  const { tokens, tags } = input;
  let first = concept.firstWord;
  for (let skipped = 0; first > 0 && skipped < 6 && !tokens[first].breaks; skipped++) {
    const previous = first - 1;
    const norm = tokens[previous].norm;
    const tag = tags[previous];
    const inPhrase = POSSESSIVES.has(norm) || (NOUN_PHRASE_TAGS.has(tag.pos) && !isVerb(tag)) || (norm === 'of' && previous > 0 && tags[previous - 1].pos === 'NOUN') || modifierReadAsVerb(input, previous);
    if (!inPhrase) break;
    // After a modal comes a verb, whatever the tagger read ("may quiet restless legs").
    if (previous > 0 && MODALS.has(tokens[previous - 1].norm) && !tokens[previous].breaks) break;
    // A noun that modifies another is singular ("sugar cravings", "muscle cramps"): a plural-looking
    // word right before the phrase is the verb of the clause ("Pine bark extract quiets restless legs").
    if (previous === first - 1 && verbReadAsPlural(input, previous)) break;
    first = previous;
  }
  return first;
}

/**
 * A base-form "verb" right after a phrasal verb's particle, before the noun of the phrase, is a
 * noun modifier the tagger misread ("chase away winter sniffles"): a particle is followed by the
 * object, not by another verb.
 */
function modifierReadAsVerb({ tokens, tags }: StructureInput, at: number): boolean {
  if (at === 0 || tokens[at].breaks || tags[at].pos !== 'VERB' || tags[at].verbForm !== 'base') return false;
  // The particle follows its verb: it is not the sentence's first word.
  return at > 1 && PARTICLES.has(tokens[at - 1].norm) && !tokens[at - 1].breaks;
}

/**
 * A word the tagger read as a plural noun that stands where the verb of "subject verb object"
 * stands: right after a noun (the subject's head), in lower case (not a title: "Surg Lasers
 * Imaging"), not opening an "of" phrase ("levels of"), and not part of a health concept.
 */
function verbReadAsPlural({ tokens, tags, concepts, text, offset }: StructureInput, at: number): boolean {
  if (at === 0 || tokens[at].breaks || !looksLikeThirdPerson(tokens[at].norm, tags[at])) return false;
  const subject = tags[at - 1];
  // The tagger may have taken the subject's head for the verb ("Pine bark extract quiets": extract/VERB).
  const subjectIsNoun = subject.pos === 'NOUN' || subject.pos === 'PROPN' || (subject.pos === 'VERB' && subject.verbForm === 'base' && at > 1 && NOUN_PHRASE_TAGS.has(tags[at - 2].pos));
  if (!subjectIsNoun) return false;
  if (tokens[at + 1]?.norm === 'of') return false;
  const first = text.charCodeAt(tokens[at].start - offset);
  if (first >= 65 && first <= 90) return false;
  return !concepts.some((other) => other.firstWord <= at && at < other.endWord);
}

/** A noun the tagger found that reads as a verb's -s form: not a possessive, not a word ending in -ss, -us, -is. */
function looksLikeThirdPerson(norm: string, tag: TaggedWord): boolean {
  return tag.pos === 'NOUN' && norm.length > 3 && norm.endsWith('s') && !/(?:ss|us|is|'s)$/.test(norm);
}

const LOCUS_PREPOSITIONS = new Set(['from', 'through', 'in', 'of']);

/**
 * A word with a common sense outside health is meant in its health sense when the clause places
 * it in someone's body: "toxins out of your liver", "fat from your belly", "inflammation in your
 * joints" (a preposition, then a possessive and a body part, right after the concept).
 */
function bodyLocusAfter(words: readonly Word[], concept: ConceptMention, concepts: readonly ConceptMention[]): boolean {
  let at = concept.endWord;
  if (words[at]?.norm === 'out') at++;
  if (!LOCUS_PREPOSITIONS.has(words[at]?.norm ?? '') || !POSSESSIVES.has(words[at + 1]?.norm ?? '')) return false;
  // "of" only as "out of": "levels of your" is a measure, not a place.
  if (words[at].norm === 'of' && words[at - 1]?.norm !== 'out') return false;
  return concepts.some((other) => other.firstWord === at + 2 && other.category === 'body-part');
}

function possessiveIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (POSSESSIVES.has(tokens[at].norm)) return true;
  return false;
}

function verbForm(tag: TaggedWord): Candidate['info']['form'] {
  switch (tag.verbForm) {
    case 's':
      return 's';
    case 'past':
    case 'participle':
      return 'ed';
    case 'ing':
      return 'ing';
    default:
      return 'base';
  }
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

/** A present-tense verb read from its ending: an -s form ("keeps", "stays") or the base form. */
function presentVerb(norm: string): TaggedWord {
  return norm.endsWith('s') && !norm.endsWith('ss') ? thirdPersonVerb(norm) : { pos: 'VERB', verbForm: 'base', lemma: norm };
}

function thirdPersonVerb(norm: string): TaggedWord {
  return { pos: 'VERB', verbForm: 's', lemma: /(?:sh|ch|x|z|ss)es$/.test(norm) ? norm.slice(0, -2) : /[^aeiou]ies$/.test(norm) ? `${norm.slice(0, -3)}y` : norm.slice(0, -1) };
}

/** A verb the claim-verb lexicon knows (any form): its own analysis decides it. */
function lexiconVerb(lexicon: ClaimLexicon, token: Token): boolean {
  return lexicon.verbs.has(token.norm) || lexicon.supportVerbs.has(token.norm);
}

/**
 * The verb idiom whose last word is right before word `end` ("get rid of" before "bloating"), and
 * where its verb is. Its other words must be as listed, unbroken by punctuation; its verb is
 * checked by lemma where the tags are given (the check before tagging reads the other words only).
 */
function idiomEndingAt(words: readonly (Word & { breaks?: boolean })[], end: number, tags?: readonly TaggedWord[]): { idiom: VerbIdiom; verbAt: number } | undefined {
  for (const idiom of VERB_IDIOMS) {
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

/** The idiom's verb as a verb whatever the tagger read (a sentence-initial "Say" may be read as a noun); its form follows its ending. */
function idiomVerbTag(norm: string, tag: TaggedWord, lemma: string): TaggedWord {
  if (isVerb(tag)) return { ...tag, lemma };
  const verbForm = norm === lemma ? 'base' : norm.endsWith('ing') ? 'ing' : norm.endsWith('s') ? 's' : 'past';
  return { pos: 'VERB', verbForm, lemma };
}

function activeCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens, tags, lexicon } = input;
  const phraseStart = nounPhraseStart(input, concept);
  const idiom = idiomEndingAt(tokens, phraseStart, tags);
  let verbAt = idiom ? idiom.verbAt : phraseStart - 1;
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
  const tag = idiom ? idiomVerbTag(verb.norm, tags[verbAt], idiom.idiom.words[0]) : particles.length > 0 ? verbBeforeParticle(input, verbAt) : afterModal ? { pos: 'VERB' as const, verbForm: 'base' as const, lemma: tokens[verbAt].norm } : verbReadAsPlural(input, verbAt) ? thirdPersonVerb(tokens[verbAt].norm) : tags[verbAt];
  // Where the verb is a word the tagger read otherwise, it read the subject before it as the verb ("extract quiets").
  const repaired = tag !== tags[verbAt];
  if (!isVerb(tag) || (!idiom && NON_EFFECT_VERBS.has(tag.lemma))) return undefined;
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
  if (form === 'ing' && groupFirst === verbAt && !(groupFirst > 0 && /,/.test(tokens[groupFirst].gap))) return undefined;
  // A participle right before its noun modifies it ("advanced breast cancer", "compensated cirrhosis").
  if (form === 'ed' && groupFirst === verbAt && (before < 0 || beforeTag?.pos !== 'NOUN' && beforeTag?.pos !== 'PROPN' && beforeTag?.pos !== 'PRON' || insidePrepositionalPhrase(input, before))) return undefined;
  // A concept before another noun modifies it ("Sleep Gummies", "pain medications"): the object is that noun.
  if (nounAfterConcept(input, concept)) return undefined;
  // The object of a causative frame ("allows snoring to be evaluated") is not what the verb changes.
  if (tokens[concept.endWord]?.norm === 'to' && !tokens[concept.endWord].breaks) return undefined;
  const bareImperative = before < 0 && form === 'base' && groupFirst === verbAt;
  const subject = subjectOf(input, before, groupFirst, verbAt, form, promising, concept, repaired) ?? (idiom?.idiom.promise && bareImperative ? 'imperative' : undefined);
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
  if (!idiom && !otherPhrasal && lexiconVerb(lexicon, verb) && subject !== 'reader' && subject !== 'imperative') return undefined;
  // A word with a common sense outside health is a health concept when it is someone's ("your
  // energy") or the reader is promised a change in it ("you'll lose weight").
  // So is a word whose subject is a product by its form ("This spray clears congestion"), or a product
  // bullet's object with a promised time or amount ("Clears congestion in seconds").
  const senseGiven = PRODUCT_FORMS.has(tokens[before]?.norm ?? '') || (before < 0 && form === 's' && promisesResult(input, concept));
  if (concept.ambiguous && subject !== 'reader' && subject !== 'imperative' && !possessiveIn(tokens, phraseStart, concept.firstWord) && !bodyLocusAfter(tokens, concept, input.concepts) && !senseGiven) return undefined;
  const groupEnd = verbAt + 1 + particles.length;
  return {
    kind: 'verb',
    structure: idiom ? 'verb idiom' : 'open verb',
    groupFirst,
    groupEnd,
    head: verbAt,
    info: { lemma: tag.lemma, phrase: [tag.lemma, ...particles].join(' '), form, verbKind: 'benefit' },
    objectFrom: groupEnd,
    subject,
  };
}

/**
 * The verb group before the verb at `verbAt`: adverbs, negators, modals and auxiliaries, and
 * "help" ("can really help"). Undefined for an infinitive of purpose or advice ("you need to
 * manage stress", "try to reduce cravings"); after a verb that asserts it ("helps to calm",
 * "is proven to lift") the infinitive's group starts there.
 */
function verbGroupBefore({ tokens, tags }: StructureInput, verbAt: number): { groupFirst: number; promising: boolean } | undefined {
  let groupFirst = verbAt;
  let promising = false;
  let infinitive = false;
  for (let at = verbAt - 1; at >= 0 && verbAt - at <= 4 && !tokens[at + 1].breaks; at--) {
    const norm = tokens[at].norm;
    const pos = tags[at].pos;
    if (norm === 'to') {
      infinitive = true;
      if (at > 0 && (ASSERTING_BEFORE_TO.has(tokens[at - 1].norm) || isFormulationParticiple(tokens[at - 1].norm)) && !tokens[at].breaks) {
        // "is clinically proven to tame", "was formulated to banish": the auxiliaries and adverbs before it belong to the group.
        groupFirst = at - 1;
        while (groupFirst > 0 && !tokens[groupFirst].breaks && (tags[groupFirst - 1].pos === 'AUX' || tags[groupFirst - 1].pos === 'ADV' || BE_OR_GET.has(tokens[groupFirst - 1].norm))) groupFirst--;
        break;
      }
      return undefined;
    }
    if (HELP_WORDS.has(norm)) {
      groupFirst = at;
      continue;
    }
    if (pos === 'AUX' || pos === 'ADV' || pos === 'PART' || PROMISING_AUX.has(norm) || norm === 'not') {
      if (PROMISING_AUX.has(norm)) promising = true;
      groupFirst = at;
      continue;
    }
    break;
  }
  if (infinitive && groupFirst === verbAt) return undefined;
  return { groupFirst, promising };
}

/** The noun at `at` ends a phrase that a preposition governs ("for HER2+ advanced", "in women treated"): it cannot be a past verb's subject. */
function insidePrepositionalPhrase({ tokens, tags }: StructureInput, at: number): boolean {
  for (let back = at - 1; back >= 0 && at - back <= 4; back--) {
    if (tokens[back + 1].breaks) return false;
    const pos = tags[back].pos;
    if (pos === 'ADP') return true;
    if (!NOUN_PHRASE_TAGS.has(pos)) return false;
  }
  return false;
}

/**
 * What the word before the verb group says the subject is, when it lets the verb be a product's effect: a product or
 * substance (a noun or proper noun that is not a person, the research, or a health concept
 * itself), a pronoun for one, a coordinated predicate; with no subject, a product bullet
 * ("Soothes sore throats") or an imperative that promises a result; "you" with "will" or "can".
 */
function subjectOf(input: StructureInput, before: number, groupFirst: number, verbAt: number, form: Candidate['info']['form'], promising: boolean, concept: ConceptMention, repaired: boolean): SubjectKind | undefined {
  const { tokens, tags, concepts } = input;
  if (before < 0) {
    // A product bullet: "Soothes sore throats", "Formulated to banish bloating".
    if (form === 's' || isFormulationParticiple(tokens[groupFirst].norm)) return 'product';
    if (form === 'base' && groupFirst === verbAt) return promisesResult(input, concept) ? 'imperative' : undefined;
    return undefined;
  }
  const subject = tokens[before];
  // Right before a verb, a plural the tagger read as a verb is the subject noun ("Beet crystals open up"), and so is
  // a base form before an -s verb, since no verb in its base form takes a finite one after it ("This ginger chew settles").
  const readAsVerb = tags[before].pos === 'VERB' && (tags[before].verbForm === 's' || repaired || (tags[before].verbForm === 'base' && form === 's'));
  const tag = readAsVerb && groupFirst === verbAt ? { ...tags[before], pos: 'NOUN' as const } : tags[before];
  if (READER.has(subject.norm)) return promising || READER_PROMISING.has(subject.norm) ? 'reader' : undefined;
  // "helps Americans lose weight", "makes you sleep": the verb completes a causative; its subject is the helper's.
  if (before > 0 && CAUSATIVES.has(tokens[before - 1].norm) && (tag.pos === 'NOUN' || tag.pos === 'PROPN' || tag.pos === 'PRON')) return 'product';
  // A coordinated predicate shares its subject: "it calms the gut and banishes bloating" (finite forms only: "to maintain X and achieve Y" is a purpose).
  if (tag.pos === 'CCONJ') return form === 's' || form === 'ed' ? 'product' : undefined;
  if (RELATIVE_PRONOUNS.has(subject.norm)) return relativeAntecedentAllows(input, before) ? 'product' : undefined;
  if (tag.pos === 'PRON' || PRODUCT_PRONOUNS.has(subject.norm)) return PRODUCT_PRONOUNS.has(subject.norm) ? 'product' : undefined;
  if (tag.pos !== 'NOUN' && tag.pos !== 'PROPN') return undefined;
  if (NOT_PRODUCT_SUBJECTS.has(subject.norm)) return undefined;
  // A health concept as the subject describes the body ("stress disrupts sleep"), not a product.
  return concepts.some((other) => other.firstWord <= before && before < other.endWord) ? undefined : 'product';
}

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

/**
 * A relative pronoun stands for the noun before it ("a tea that soothes"). After a comma it may
 * stand for the whole clause before ("absorbs calcium, which keeps bones strong"), and after a
 * pronoun ("those that regulate") or a health concept it names no product.
 */
function relativeAntecedentAllows({ tokens, tags, concepts }: StructureInput, pronoun: number): boolean {
  if (pronoun === 0 || tokens[pronoun].breaks) return false;
  const antecedent = pronoun - 1;
  const pos = tags[antecedent].pos;
  if (pos !== 'NOUN' && pos !== 'PROPN') return false;
  if (NOT_PRODUCT_SUBJECTS.has(tokens[antecedent].norm)) return false;
  return !concepts.some((concept) => concept.firstWord <= antecedent && antecedent < concept.endWord);
}

/** The concept is followed by a noun of its phrase that is no concept itself: it modifies that noun. */
function nounAfterConcept({ tokens, tags, concepts }: StructureInput, concept: ConceptMention): boolean {
  const next = concept.endWord;
  if (next >= tokens.length || tokens[next].breaks) return false;
  if (tags[next].pos !== 'NOUN' && tags[next].pos !== 'PROPN') return false;
  return !concepts.some((other) => other.firstWord === next);
}

/** Who a structural claim is about: a product or substance (or an elided one), the reader promised a result, or an imperative that promises one. */
type SubjectKind = 'product' | 'reader' | 'imperative';

/** An imperative promises a result with an amount ("Lose 20 pounds"), a time ("in 4 weeks", "overnight") or a means ("with our tea", "by using"). */
export function promisesResult(input: StructureInput, concept: ConceptMention): boolean {
  const { tokens, tags } = input;
  for (let at = concept.firstWord; at < tokens.length; at++) {
    if (at > concept.firstWord && tokens[at].breaks) break;
    const norm = tokens[at].norm;
    if (tags[at].pos === 'NUM' || /^\d/.test(norm)) return true;
    if (PROMISE_WORDS.has(norm) || TIME_UNITS.has(norm) && at > concept.endWord) return true;
    if ((MEANS_WORDS.has(norm) && at >= concept.endWord) || (norm === 'by' && tokens[at + 1]?.norm.endsWith('ing'))) {
      if (productNamedAfter(input, at + 1)) return true;
    }
  }
  return false;
}

const PRODUCT_DETERMINERS = new Set(['our', 'this', 'these', 'my']);

/**
 * The means named after "with", "using" or "by ...ing" is a product (one of ours, this one, a
 * name: "with our tea", "by using this trick", "with Slimtea"), not a habit the reader is advised
 * to take up ("by washing gently", "with regular exercise"): only then does an imperative promise.
 */
function productNamedAfter({ tokens, text, offset }: StructureInput, from: number): boolean {
  for (let at = from; at < tokens.length && at < from + 4; at++) {
    if (at > from && tokens[at].breaks) return false;
    if (PRODUCT_DETERMINERS.has(tokens[at].norm)) return true;
    const first = text.charCodeAt(tokens[at].start - offset);
    if (first >= 65 && first <= 90) return true;
  }
  return false;
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

function changeOfStateCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens, tags, lexicon } = input;
  const phraseStart = nounPhraseStart(input, concept);
  // The concept must open its clause: it is the subject.
  if (phraseStart > 0 && !tokens[phraseStart].breaks && !/^(?:and|but|so|then|until)$/.test(tokens[phraseStart - 1].norm)) return undefined;
  let at = concept.endWord;
  let groupFirst = -1;
  while (at < tokens.length && at - concept.endWord < 3 && !tokens[at].breaks && (tags[at].pos === 'AUX' || tags[at].pos === 'ADV' || tokens[at].norm === 'will')) {
    if (groupFirst < 0) groupFirst = at;
    at++;
  }
  if (at >= tokens.length || tokens[at].breaks) return undefined;
  // "are history", "will be a thing of the past", "become a distant memory".
  const gone = BECOME.has(tokens[at].norm) ? goneIdiomAt(tokens, groupFirst < 0 ? at : groupFirst, at + 1) : groupFirst >= 0 ? goneIdiomAt(tokens, groupFirst, at) : undefined;
  if (gone) return gone;
  const tag = tags[at];
  // A participle only in the perfect: "my migraines have disappeared".
  const perfect = groupFirst >= 0 && tokens.slice(groupFirst, at).some((token) => HAVE_FORMS.has(token.norm));
  if (!isVerb(tag) || !CHANGE_OF_STATE_VERBS.has(tag.lemma) || (tag.verbForm === 'participle' && !perfect) || tag.verbForm === 'ing') return undefined;
  // The lexicon's verbs of change ("stop", "ease", "heal") are its own to decide, unless the sentence names what caused the change: "Thanks to this shot, my flare-ups stopped".
  if (lexiconVerb(lexicon, tokens[at]) && !/^(?:disappear|vanish|fade|melt|go|clear)/.test(tag.lemma) && !namesCause(tokens)) return undefined;
  let end = at + 1;
  while (end < tokens.length && PARTICLES.has(tokens[end].norm) && !tokens[end].breaks) end++;
  // An object after the verb makes it another structure ("drops the habit").
  const next = tags[end];
  if (next && !tokens[end].breaks && (next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PRON') && !causeAt(tokens, end)) return undefined;
  if (naturalCourse(tokens) || quantifiedSubject(tokens, phraseStart, concept.firstWord)) return undefined;
  return {
    kind: 'verb',
    structure: 'change of state',
    groupFirst: groupFirst < 0 ? at : groupFirst,
    groupEnd: end,
    head: at,
    info: { lemma: tag.lemma, phrase: [tag.lemma, ...tokens.slice(at + 1, end).map((token) => token.norm)].join(' '), form: verbForm(tag), verbKind: 'neutral' },
    // A change of state has no object; a cause phrase after it ("thanks to ...") is not one either.
    objectFrom: causeAt(tokens, end) ? tokens.length : end,
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

/** "(will) be history", "are a thing of the past" after the concept: a change of state said with "be" and an idiom. */
function goneIdiomAt(tokens: readonly Token[], groupFirst: number, at: number): Candidate | undefined {
  if (!tokens.slice(groupFirst, at).some((token) => BE_OR_GET.has(token.norm) || BECOME.has(token.norm))) return undefined;
  const idiom = GONE_IDIOMS.find((words) => words.every((word, offset) => tokens[at + offset]?.norm === word && (offset === 0 || !tokens[at + offset].breaks)));
  if (!idiom || naturalCourse(tokens)) return undefined;
  const end = at + idiom.length;
  return {
    kind: 'verb',
    structure: 'change of state',
    groupFirst,
    groupEnd: end,
    head: at - 1,
    info: { lemma: 'be', phrase: ['be', ...idiom].join(' '), form: 'base', verbKind: 'neutral' },
    objectFrom: end,
  };
}

/** Determiners that make the subject a share of a class of conditions ("Most colds clear up"): the sentence tells how such conditions go. */
const CLASS_QUANTIFIERS = new Set(['most', 'many', 'some', 'few', 'all', 'several']);

function quantifiedSubject(tokens: readonly Token[], phraseStart: number, conceptFirst: number): boolean {
  for (let at = phraseStart; at < conceptFirst; at++) if (CLASS_QUANTIFIERS.has(tokens[at].norm)) return true;
  return false;
}

const HAVE_FORMS = new Set(['has', 'have', 'had', "'ve", "'s"]);
const CAUSE_PHRASES = [['thanks', 'to'], ['because', 'of'], ['due', 'to']];

/** A cause phrase starts at word `at`. */
function causeAt(words: readonly Word[], at: number): boolean {
  return CAUSE_PHRASES.some(([first, second]) => words[at]?.norm === first && words[at + 1]?.norm === second);
}

/** The sentence names what brought a change about: "thanks to", "because of", "due to". */
function namesCause(words: readonly Word[]): boolean {
  for (let at = 0; at + 1 < words.length; at++) if (causeAt(words, at)) return true;
  return false;
}

function naturalCourse(tokens: readonly Token[]): boolean {
  for (let at = 0; at < tokens.length; at++) {
    for (const phrase of NATURAL_COURSE) {
      if (phrase.every((word, offset) => tokens[at + offset]?.norm === word)) return true;
    }
  }
  return false;
}

function remedyNounCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens, tags } = input;
  let at = nounPhraseStart(input, concept) - 1;
  if (at < 1 || !/^(?:for|from|to|against)$/.test(tokens[at].norm) || tokens[at + 1].breaks) return undefined;
  const noun = at - 1;
  if (!REMEDY_NOUNS.has(tokens[noun].norm) || tags[noun].pos === 'VERB') return undefined;
  // What comes before the noun: a promotional adjective, or a copula, colon or dash that makes it the product's role.
  let endorsed = false;
  for (at = noun - 1; at >= 0 && noun - at <= 4; at--) {
    const norm = tokens[at].norm;
    if (SEEKING_WORDS.has(norm) || SEEKING_WORDS.has(tags[at].lemma)) return undefined;
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
  if (!endorsed) return undefined;
  return {
    kind: 'nominal',
    structure: 'remedy noun', subject: 'product',
    groupFirst: noun,
    groupEnd: noun + 1,
    head: noun,
    info: { lemma: tokens[noun].norm, phrase: tokens[noun].norm, form: 'base', verbKind: 'predicate' },
    // The object is what follows the preposition ("for", "to"), which would end it otherwise.
    objectFrom: noun + 2,
  };
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

/** "Our balm outperforms ibuprofen", "Rivals prescription painkillers": a verb of outdoing with a medicine as its object. */
function outdoingCandidate(tokens: readonly Token[], lexicon: ClaimLexicon): Candidate | undefined {
  for (let at = 0; at < tokens.length - 1; at++) {
    const norm = tokens[at].norm;
    if (!OUTDOING_VERBS.has(norm) || !medicineIsObject(tokens, at + 1, lexicon)) continue;
    return {
      kind: 'nominal',
      structure: 'comparison with a medicine',
      subject: 'product',
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
    if (isFunctionWord(norm) && !DETERMINERS.has(norm) || /(?:er|ly)$/.test(norm)) return false;
  }
  return false;
}

const isMedicine = (norm: string, lexicon: ClaimLexicon): boolean => MEDICINE_NOUNS.has(norm) || MEDICINE_NAMES.has(norm) || lexicon.medicineStems.some((stem) => norm.endsWith(stem));

function medicineFollows(tokens: readonly Token[], from: number, lexicon: ClaimLexicon): boolean {
  for (let at = from; at < tokens.length && at - from < 6; at++) {
    if (at > from && tokens[at].breaks) return false;
    const norm = tokens[at].norm;
    if (isMedicine(norm, lexicon)) return true;
  }
  return false;
}
