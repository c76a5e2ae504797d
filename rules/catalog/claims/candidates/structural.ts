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
import { DETERMINERS, PREPOSITIONS, RESEARCH_SUBJECTS, isFormulationParticiple, isFunctionWord, type Token } from '../words.js';
import { inflect, type ClaimLexicon } from '../lexicon.js';
import { headlinePromiseCandidate, mayHoldHeadlinePromise } from './headline.js';
import { mayHoldPerceivedResult, perceivedResultCandidate } from './perceived.js';
import { mayHoldWayConstruction, wayCandidate } from './way.js';
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
const NOT_PRODUCT_SUBJECTS = new Set(['i', 'we', 'he', 'she', 'one', 'people', 'person', 'patients', 'patient', 'adults', 'children', 'kids', 'women', 'men', 'doctors', 'doctor', 'physicians', 'nurses', 'researchers', 'scientists', 'experts', 'users', 'customers', 'everyone', 'someone', 'anyone', 'study', 'studies', 'research', 'trial', 'trials', 'review', 'evidence', 'data', 'results', 'findings', 'analysis', 'survey', 'report', 'article', 'page', 'guide', 'body', 'brain', 'doctor', 'gp', 'pharmacist', 'dietitian', 'clinician', 'clinicians', 'provider', 'providers', 'who', 'parents', 'family', 'friends', 'nurse', 'midwife', 'coach', 'trainer', 'carer', 'caregiver', 'team', 'surgeon']);
/** Nouns for people by their trade or field: "physiotherapist", "dermatologist", "paediatrician" (not "mist"). */
const PERSON_NOUN = /^\p{L}{3,}(?:ists?|ians?)$/u;
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
  /** The words of the sentence before in the block, read only where a change of state names no cause of its own. */
  previousWords?: () => readonly Word[];
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
  for (let at = 1; at < words.length; at++) if (promisedStateAfter(words, at, concepts, lexicon) >= 0) return true;
  for (const concept of concepts) if (bodyStateVerbAfter(words, concept) >= 0) return true;
  if (concepts.length > 0 && (words[0]?.norm === 'before' || words[0]?.norm === 'now')) return true;
  // "..., our tincture is the answer.": a remedy noun closing the sentence.
  if (concepts.length > 0 && remedyClosesSentence(words)) return true;
  // "relief from hay fever with our honey": a remedy noun offered with a product of the writer's.
  for (const concept of concepts) if (concept.firstWord > 1 && REMEDY_NOUNS.has(words[concept.firstWord - 2].norm) && /^(?:for|from|to|against)$/.test(words[concept.firstWord - 1].norm)) return true;
  // A testimony of a state with its means named ("Since switching to this spray, I sleep through").
  for (let at = 0; at + 1 < words.length; at++) if (TESTIFIERS.has(words[at].norm) && meansNamedIn(words)) return true;
  return mayHoldHeadlinePromise(words, concepts) || mayHoldPerceivedResult(words, concepts) || mayHoldWayConstruction(words, concepts);
}

/**
 * Where the reader's body, named by the concept after "your" ("your belly", "your blood sugar"),
 * is said to keep or reach a promised state ("stays flat", "will look younger"): the index of the
 * verb of state, or -1.
 */
function bodyStateVerbAfter(words: readonly (Word & { breaks?: boolean })[], concept: ConceptMention): number {
  const owner = words[concept.firstWord - 1]?.norm ?? '';
  if (!BODY_OWNERS.has(owner)) return -1;
  let verb = concept.endWord;
  if (words[verb]?.norm === 'will' && !words[verb].breaks) verb++;
  if (verb >= words.length || words[verb].breaks) return -1;
  // "is", "was": only with a cause named, which the candidate checks; the other owners too.
  const be = BE_FORMS.has(words[verb].norm);
  if (!STATE_VERBS.has(words[verb].norm) && !be) return -1;
  let state = verb + 1;
  while (state < verb + 3 && STATE_DEGREE.has(words[state]?.norm ?? '')) state++;
  const stateWord = words[state]?.norm ?? '';
  return state < words.length && !words[state].breaks && (PROMISED_STATES.has(stateWord) || (be && BETTER_STATES.has(stateWord))) ? verb : -1;
}
const BODY_OWNERS = new Set(['your', 'my', 'his', 'her', 'our', 'their']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', "'s", "'re"]);

/**
 * Where the reader ("you") or the reader's body ("your joints", "your skin"), at `at` after a
 * causative verb, is put in a promised state: the state word's index ("keeps you feeling full",
 * "leaves your skin glowing", "will have your gut feeling settled"), or -1. After "your" the
 * words up to the state must be one health concept (`concepts`).
 */
function promisedStateAfter(words: readonly (Word & { breaks?: boolean })[], at: number, concepts: readonly ConceptMention[], lexicon: ClaimLexicon): number {
  const object = words[at].norm;
  if ((object !== 'you' && object !== 'your') || !STATE_CAUSATIVES.has(words[at - 1]?.norm ?? '') || words[at].breaks) return -1;
  let next = at + 1;
  if (object === 'your') {
    const concept = concepts.find((each) => each.firstWord === at + 1);
    // "your gut feeling settled": the idiom "gut feeling" hides the body part, which "feeling" then follows.
    const beforeFeeling = !concept && FEELING_WORDS.has(words[at + 2]?.norm ?? '') && lexicon.concepts.conceptsIn(words.slice(at + 1, at + 2)).length > 0;
    if (!concept && !beforeFeeling) return -1;
    next = concept ? concept.endWord : at + 2;
  }
  if (FEELING_WORDS.has(words[next]?.norm ?? '') && !words[next].breaks) next++;
  if (STATE_DEGREE.has(words[next]?.norm ?? '')) next++;
  return next < words.length && !words[next].breaks && PROMISED_STATES.has(words[next].norm) ? next : -1;
}

function roomForStructure(words: readonly Word[], concept: ConceptMention, concepts: readonly ConceptMention[], lexicon: ClaimLexicon): boolean {
  // The closing words of an idiom around its object ("... goodbye", "... packing"): the structure decides, with tags.
  if (SPLIT_IDIOMS.some((idiom) => idiom.closing.every((word, offset) => words[concept.endWord + offset]?.norm === word))) return true;
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
  if (concept.ambiguous && !possessive && !bodyLocusAfter(words, concept, concepts) && !PRODUCT_FORMS.has(words[before - 1]?.norm ?? '')) return false;
  // In a list of concepts ("muscle aches, insomnia and"), the first one is the object a verb may change.
  if (concepts.some((other) => other.firstWord <= before && before < other.endWord)) return false;
  const norm = words[before].norm;
  if (PARTICLES.has(norm)) return true;
  // After another noun, a simile gives it a remedy's role: "is like a reset button for sore backs".
  if (/^(?:for|from|to|against)$/.test(norm)) return before > 0 && norm === 'for' && simileBefore(words, before - 1) >= 0;
  return roomForVerbBefore(words, before, lexicon);
}

/** How far after "be" or "get" a passive's agent may come ("is quickly wiped out by"). */
const AGENT_REACH = 6;

/** After a form of "be" or "get": an agent ("by", "with", "thanks to") for a passive, or an idiom of having gone ("are history"). */
function passiveOrGoneAfter(words: readonly Word[], be: number): boolean {
  for (let at = be + 1; at < words.length && at <= be + AGENT_REACH; at++) {
    const norm = words[at].norm;
    if (norm === 'by' || norm === 'with' || norm === 'thanks') return true;
    if (at <= be + 3 && norm === 'better') return true;
    if (at <= be + 2 && (norm === 'gone' || GONE_IDIOMS.some((idiom) => idiom.every((word, offset) => words[at + offset]?.norm === word)))) return true;
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
  const testimony = testimonyStateCandidate(input);
  if (testimony) candidates.push(testimony);
  const beforeAfter = beforeAndAfterCandidate(input);
  if (beforeAfter) candidates.push(beforeAfter);
  const role = remedyRoleCandidate(input);
  if (role && !candidates.some((candidate) => candidate.groupFirst <= role.head && role.head < candidate.objectFrom + 2)) candidates.push(role);
  return candidates;
}

/**
 * Where a before-and-after testimony turns ("now", after the time before a product): the index
 * of "now" when the sentence opens with "Before" and a product or an intake ("Before our sleep
 * spray, I tossed and turned; now I drift off in minutes", "Before I tried these drops ..."), or
 * when the sentence before did and this one opens with "Now". -1 otherwise. The caller wants a
 * health concept in the sentence.
 */
function beforeAndAfterTurn(words: readonly (Word & { breaks?: boolean })[], previousWords?: () => readonly Word[]): number {
  if (words[0]?.norm === 'now') {
    const previous = previousWords?.();
    return previous && opensWithBeforeProduct(previous) ? 0 : -1;
  }
  if (!opensWithBeforeProduct(words)) return -1;
  for (let at = 3; at < words.length; at++) if (words[at].norm === 'now') return at;
  return -1;
}

function opensWithBeforeProduct(words: readonly (Word & { breaks?: boolean })[]): boolean {
  return words[0]?.norm === 'before' && intakeNamedAfter(words, 1);
}

function beforeAndAfterCandidate(input: StructureInput): Candidate | undefined {
  const { tokens, concepts } = input;
  const now = beforeAndAfterTurn(tokens, input.previousWords);
  if (now < 0 || tokens[now + 1] === undefined) return undefined;
  if (concepts.length === 0) return undefined;
  return {
    kind: 'verb',
    structure: 'before and after',
    subject: 'product',
    basis: 'a before-and-after testimony of a product',
    groupFirst: now,
    groupEnd: now + 1,
    head: now,
    info: { lemma: 'now', phrase: 'now', form: 'base', verbKind: 'observed' },
    objectFrom: now + 1,
  };
}

const TESTIFIERS = new Set(['i', 'we']);
const FEEL_FORMS = new Set(['feel', 'feels', 'felt', 'look', 'looks', 'looked']);
/** States a testimony claims besides the promised ones: "I feel better", "I feel like new". */
const BETTER_STATES = new Set(['better', 'great', 'amazing', 'fantastic', 'incredible', 'wonderful', 'brand-new']);

/**
 * A testimony that names what was taken and the state it brought: "Since switching to this pillow
 * spray, I sleep straight through", "After a week of our tea I feel lighter". The writer ("I",
 * "we") then does a body function of the vocabulary ("sleep", "breathe") or feels or looks a
 * promised state, in a sentence that names the means (see `meansNamed`).
 */
function testimonyStateCandidate(input: StructureInput): Candidate | undefined {
  const { tokens, tags, concepts } = input;
  for (let person = 0; person < tokens.length - 1; person++) {
    if (!TESTIFIERS.has(tokens[person].norm)) continue;
    let verb = person + 1;
    while (verb < tokens.length && verb - person <= 3 && !tokens[verb].breaks && (tags[verb].pos === 'ADV' || tags[verb].pos === 'AUX') && !FEEL_FORMS.has(tokens[verb].norm)) verb++;
    if (verb >= tokens.length || tokens[verb].breaks) continue;
    const doesFunction = concepts.some((concept) => concept.firstWord === verb && concept.endWord === verb + 1 && concept.category === 'function') && tags[verb].pos === 'VERB';
    let state = verb + 1;
    while (state < verb + 3 && STATE_DEGREE.has(tokens[state]?.norm ?? '')) state++;
    const feelsState = FEEL_FORMS.has(tokens[verb].norm) && state < tokens.length && !tokens[state].breaks && (PROMISED_STATES.has(tokens[state].norm) || BETTER_STATES.has(tokens[state].norm));
    if (!doesFunction && !feelsState) continue;
    if (!meansNamed(input)) return undefined;
    const tag = isVerb(tags[verb]) ? tags[verb] : presentVerb(tokens[verb].norm);
    return {
      kind: 'verb',
      structure: 'testimony',
      subject: 'product',
      basis: CHANGE_BASES.cause,
      groupFirst: verb,
      groupEnd: verb + 1,
      head: verb,
      info: { lemma: tag.lemma, phrase: tag.lemma, form: verbForm(tag), verbKind: 'neutral' },
      objectFrom: verb + 1,
    };
  }
  return undefined;
}

/** "Your belly stays flat all day", "your skin will look younger": a promise to the reader about their body. */
function bodyStateCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens } = input;
  const verbAt = bodyStateVerbAfter(tokens, concept);
  if (verbAt < 0) return undefined;
  const future = tokens[verbAt - 1].norm === 'will';
  const groupFirst = future ? verbAt - 1 : verbAt;
  // "Your skin will look younger" promises; "my skin is clear", "your joints are so much better" need their cause named.
  // "Your symptoms will be better in a few days" is a course: "better" is promised only with a cause named.
  const stateWord = tokens.slice(verbAt + 1, verbAt + 4).find((token) => !STATE_DEGREE.has(token.norm))?.norm ?? '';
  const promised = tokens[concept.firstWord - 1].norm === 'your' && (future || !BE_FORMS.has(tokens[verbAt].norm)) && !BETTER_STATES.has(stateWord);
  const caused = !promised && (meansNamed(input) || testimonyBefore(input));
  if (!promised && !caused) return undefined;
  const verb = BE_FORMS.has(tokens[verbAt].norm) ? { pos: 'VERB' as const, verbForm: 'base' as const, lemma: 'be' } : presentVerb(tokens[verbAt].norm);
  return {
    kind: 'verb',
    structure: 'promised state',
    subject: promised ? 'reader' : 'product',
    basis: promised ? undefined : CHANGE_BASES.cause,
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
  const state = promisedStateAfter(tokens, you, input.concepts, input.lexicon);
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
    // A gerund after "for" in a superlative frame, whatever the tagger read ("the best balm for soothing sore feet").
    if (norm.endsWith('ing') && superlativeBeforeFor(tokens, previous)) break;
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

/** Words that make a product the best at something: "the best tea for", "nothing beats our balm for", "your go-to gel for". */
const SUPERLATIVES = new Set(['best', 'ultimate', 'unbeatable', 'unrivalled', 'unrivaled', 'unmatched', 'go-to', 'perfect', 'ideal']);
const NOTHING_BEATS = new Set(['beats', 'tops', 'compares', 'rivals']);

/**
 * A gerund after "for" that a superlative before it in the clause makes the product's claim:
 * "Nothing beats our balm for soothing sore feet", "the best tea for calming a racing mind".
 */
function superlativeBeforeFor(tokens: readonly (Word & { breaks?: boolean })[], verbAt: number): boolean {
  if (tokens[verbAt - 1]?.norm !== 'for' || tokens[verbAt].breaks) return false;
  for (let at = verbAt - 2; at >= 0 && verbAt - at <= 8; at--) {
    const norm = tokens[at].norm;
    if (SUPERLATIVES.has(norm) || (norm === 'nothing' && NOTHING_BEATS.has(tokens[at + 1]?.norm ?? '')) || (norm === 'number' && tokens[at + 1]?.norm === 'one')) return true;
    if (tokens[at + 1].breaks) return false;
  }
  return false;
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
  if (NOT_PRODUCT_SUBJECTS.has(subject.norm) || PERSON_NOUN.test(subject.norm)) return undefined;
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
  // The concept must open its clause: it is the subject. An adverbial may come first ("Within a week my migraines disappeared").
  let phraseStart = nounPhraseStart(input, concept);
  const watched = watchedChange(tokens, phraseStart);
  const caused = !watched && causedChange(tokens, phraseStart);
  if (phraseStart > 0 && !tokens[phraseStart].breaks && !/^(?:and|but|so|then|until)$/.test(tokens[phraseStart - 1].norm) && !watched && !caused) {
    phraseStart = subjectAfterFrontedAdverbial(input, phraseStart, concept.firstWord);
    if (phraseStart < 0) return undefined;
  }
  // The concept may modify the subject's head noun: "my eczema patches", "her migraine attacks".
  let at = concept.endWord;
  while (at < concept.endWord + 2 && at < tokens.length && !tokens[at].breaks && tags[at].pos === 'NOUN' && !CHANGE_OF_STATE_FORMS.has(tokens[at].norm)) at++;
  const subjectEnd = at;
  let groupFirst = -1;
  while (at < tokens.length && at - subjectEnd < 3 && !tokens[at].breaks && (tags[at].pos === 'AUX' || tags[at].pos === 'ADV' || tokens[at].norm === 'will')) {
    if (groupFirst < 0) groupFirst = at;
    at++;
  }
  if (at >= tokens.length || tokens[at].breaks) return undefined;
  // "are history", "will be a thing of the past", "become a distant memory".
  const gone = BECOME.has(tokens[at].norm) ? goneIdiomAt(tokens, groupFirst < 0 ? at : groupFirst, at + 1) : groupFirst >= 0 ? goneIdiomAt(tokens, groupFirst, at) : undefined;
  if (gone) return gone;
  // "were gone", "is gone for good": "be gone" is a change of state like "disappear", in the tense of "be";
  // "was much better", "gets better": like "improve", a claim only with a cause named.
  const beOrGet = groupFirst >= 0 && tokens.slice(groupFirst, at).some((token) => BE_OR_GET.has(token.norm));
  const beGone = beOrGet && tokens[at].norm === 'gone';
  let betterAt = at;
  while (beOrGet && betterAt < at + 3 && BETTER_DEGREE.has(tokens[betterAt]?.norm ?? '')) betterAt++;
  const beBetter = beOrGet && tokens[betterAt]?.norm === 'better' && !tokens.slice(at, betterAt + 1).some((token) => token.breaks) && tokens[betterAt + 1]?.norm !== 'than';
  if (beBetter) at = betterAt;
  const beTense = (): TaggedWord['verbForm'] => (tokens.slice(groupFirst, at).some((token) => PAST_BE.has(token.norm) || token.norm === 'got') ? 'past' : 'base');
  // After "watch your belly fat" comes a bare infinitive, whatever the tagger read ("melt" as a noun).
  const tag: TaggedWord = beGone
    ? { pos: 'VERB', verbForm: beTense(), lemma: 'go' }
    : beBetter
      ? { pos: 'VERB', verbForm: beTense(), lemma: 'improve' }
    : (watched || caused) && CHANGE_OF_STATE_VERBS.has(tokens[at].norm)
      ? { pos: 'VERB', verbForm: 'base', lemma: tokens[at].norm }
      : tags[at];
  // A participle only in the perfect: "my migraines have disappeared".
  const perfect = groupFirst >= 0 && tokens.slice(groupFirst, at).some((token) => HAVE_FORMS.has(token.norm));
  if (!isVerb(tag) || !CHANGE_OF_STATE_VERBS.has(tag.lemma) || (tag.verbForm === 'participle' && !perfect) || tag.verbForm === 'ing') return undefined;
  let end = at + 1;
  // "calmed right down", "cleared all up": an intensifier before the particle.
  if (PARTICLE_INTENSIFIERS.has(tokens[end]?.norm ?? '') && PARTICLES.has(tokens[end + 1]?.norm ?? '') && !tokens[end].breaks && !tokens[end + 1].breaks) end++;
  while (end < tokens.length && PARTICLES.has(tokens[end].norm) && !tokens[end].breaks) end++;
  // An object after the verb makes it another structure ("drops the habit").
  const next = tags[end];
  if (next && !tokens[end].breaks && (next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PRON') && !causeAt(tokens, end)) return undefined;
  if (naturalCourse(tokens) || quantifiedSubject(tokens, phraseStart, concept.firstWord)) return undefined;
  // "Watch the swelling go down" is advice to keep an eye on it; "watch the pounds melt away" promises.
  if (watched && !FIGURATIVE_CHANGES.has(tag.lemma)) return undefined;
  const why = watched ? 'promise' : caused ? 'cause' : whyChangeIsClaimed(input, phraseStart, concept, at, tag, perfect, beBetter);
  if (!why) return undefined;
  return {
    kind: 'verb',
    structure: 'change of state',
    subject: why === 'promise' ? 'reader' : why === 'generic' ? undefined : 'product',
    basis: CHANGE_BASES[why],
    groupFirst: groupFirst < 0 ? at : groupFirst,
    groupEnd: end,
    head: at,
    info: { lemma: tag.lemma, phrase: [tag.lemma, ...tokens.slice(at + 1, end).map((token) => token.norm)].join(' '), form: verbForm(tag), verbKind: 'neutral' },
    // A change of state has no object; a cause phrase after it ("thanks to ...") is not one either.
    objectFrom: causeAt(tokens, end) ? tokens.length : end,
  };
}

/**
 * Why a change of state of a health concept is a claim, or undefined when the sentence only
 * says how a condition went or goes ("The swelling goes down after a few days", "After a few
 * days, the rash disappeared"): nothing taken or done is named as its cause or means.
 * - 'cause': the sentence names something taken or done as its cause or means ("thanks to this
 *   balm", "with these lozenges", "since I started the drops", "after a week of our tea"), or the
 *   sentence before is a testimony of taking or using something ("I started taking X.");
 * - 'promise': the reader is promised it ("your cravings will vanish") or a promise word says it
 *   ("melts away overnight", "gone for good");
 * - 'generic': a bare plural or mass noun in the present says that such a condition goes away,
 *   as a rule ("Brain fog disappears within days"); a careful writer says how often ("usually",
 *   "most colds"), which the hedges and quantifiers already leave alone.
 * The claim-verb lexicon's verbs of change ("stop", "ease", "heal", "improve") are its own to
 * decide, and are claims of change here only with a cause named.
 */
function whyChangeIsClaimed(input: StructureInput, phraseStart: number, concept: ConceptMention, verbAt: number, tag: TaggedWord, perfect: boolean, needsCause: boolean): keyof typeof CHANGE_BASES | undefined {
  const { tokens, lexicon } = input;
  if (meansNamed(input)) return 'cause';
  if (testimonyBefore(input)) return 'testimony';
  if (needsCause || (lexiconVerb(lexicon, tokens[verbAt]) && !/^(?:disappear|vanish|fade|melt|go|clear)/.test(tag.lemma))) return undefined;
  // What happened, told in the past with no cause, is a course ("the fever broke overnight").
  if (tag.verbForm === 'past' || perfect) return undefined;
  if (promiseWordIn(tokens)) return 'promise';
  const determiners = tokens.slice(phraseStart, concept.firstWord).map((token) => token.norm);
  // "Your cravings will vanish", "your belly fat melts away": a figurative verb promises; "your cold will go away in a week" is how a cold goes.
  if (determiners.includes('your')) return FIGURATIVE_CHANGES.has(tag.lemma) ? 'promise' : undefined;
  if (!determiners.some((word) => DETERMINERS.has(word) || POSSESSIVES.has(word))) return 'generic';
  return undefined;
}
/** Verbs of disappearance that no one uses for a condition's course, only for a promise: "melt away", "vanish". */
const FIGURATIVE_CHANGES = new Set(['melt', 'vanish', 'dissolve', 'evaporate']);

/** Imperatives of perception that promise the reader a change they will watch or feel: "Watch the pounds melt away". */
const PERCEPTION_IMPERATIVES = new Set(['watch', 'see', 'feel']);

/** The subject at `phraseStart` follows an imperative of perception that opens the sentence (or "and", "just", "then" before it). */
function watchedChange(tokens: readonly Token[], phraseStart: number): boolean {
  const verb = phraseStart - 1;
  if (verb < 0 || tokens[phraseStart].breaks || !PERCEPTION_IMPERATIVES.has(tokens[verb].norm)) return false;
  return verb === 0 || tokens[verb].breaks || /^(?:and|just|then|now)$/.test(tokens[verb - 1].norm) && (verb === 1 || tokens[verb - 1].breaks);
}

/**
 * The subject at `phraseStart` is the object of a causative whose own subject can be a product
 * ("Our spray helps restless legs settle down", "this tea lets cramps fade"): the causative's
 * subject is named as the cause. Not after a person or the research ("your doctor can help").
 */
function causedChange(tokens: readonly Token[], phraseStart: number): boolean {
  const verb = phraseStart - 1;
  if (verb < 1 || tokens[phraseStart].breaks || tokens[verb].breaks || !CAUSATIVES.has(tokens[verb].norm)) return false;
  let subject = verb - 1;
  while (subject > 0 && (MODALS.has(tokens[subject].norm) || /ly$/.test(tokens[subject].norm)) && !tokens[subject + 1].breaks) subject--;
  const norm = tokens[subject].norm;
  if (isFunctionWord(norm) && !PRODUCT_PRONOUNS.has(norm)) return false;
  return !NOT_PRODUCT_SUBJECTS.has(norm) && !PERSON_NOUN.test(norm) && !READER.has(norm);
}

/** What the explanation says about each reason a change of state is a claim. */
const CHANGE_BASES = {
  cause: 'its cause or means named in the sentence',
  testimony: 'the sentence before tells of taking or using something, or of a product of the writer\'s',
  promise: 'promised to the reader',
  generic: 'said of the condition as a rule (no determiner, present tense, no hedge)',
} as const;

/** Words that open a fronted adverbial of time or means before a clause's subject ("Within a week", "After two weeks of our tea"). */
const FRONTED_OPENERS = new Set(['within', 'in', 'after', 'by', 'over', 'for', 'since', 'once', 'with', 'from', 'following']);

/**
 * Where the clause's subject starts after a fronted adverbial with no comma ("Within a week my
 * migraines disappeared", "After a month of using the serum my dark spots faded", "Two days
 * later the rash faded"): the last determiner or possessive before the concept (or the concept),
 * when the words before it open with a preposition (or end in "later"), hold no finite verb and
 * end in a noun; otherwise -1.
 */
function subjectAfterFrontedAdverbial({ tokens, tags }: StructureInput, phraseStart: number, conceptFirst: number): number {
  let subject = conceptFirst;
  for (let at = conceptFirst - 1; at >= phraseStart; at--) {
    if (POSSESSIVES.has(tokens[at].norm) || tags[at].pos === 'DET') {
      subject = at;
      break;
    }
  }
  if (subject < 2) return -1;
  const last = tokens[subject - 1].norm;
  if (!FRONTED_OPENERS.has(tokens[0].norm) && last !== 'later') return -1;
  if (last !== 'later' && tags[subject - 1].pos !== 'NOUN' && tags[subject - 1].pos !== 'PROPN' && !TIME_UNITS.has(last)) return -1;
  for (let at = 1; at <= subject; at++) if (tokens[at].breaks) return -1;
  for (let at = 0; at < subject; at++) if ((isVerb(tags[at]) || tags[at].pos === 'AUX') && (tags[at].verbForm === 's' || tags[at].verbForm === 'past')) return -1;
  return subject;
}

/** Verbs of taking or using something (claim-structure.json 'intake-verb'), in every form: what a testimony or a means names. */
const INTAKE_FORMS = new Set(structureData.entries.filter((entry) => entry.kind === 'intake-verb').flatMap((entry) => [...inflect(entry.phrase).map((form) => form.word), ...('forms' in entry ? (entry.forms as string[]) : [])]));
/** Words that open a phrase or clause naming when or by what a change came: "after taking", "since I started", "within a week of using". */
const MEANS_OPENERS = new Set(['after', 'since', 'once', 'within', 'from', 'when', 'following', 'by', 'with', 'on']);
const PERSONAL_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', "i've", "we've", "you've", "i'd", "i'm", 'my', 'our', 'his', 'her', 'their']);
const MEANS_REACH = 6;
/** Determiners that make a noun a product the writer sells or shows ("our balm", "this tea"). */
const PRODUCT_DEMONSTRATIVES = new Set(['our', 'this', 'these']);

/**
 * The sentence names something taken or done as the means of a change: a cause phrase ("thanks
 * to", "because of"), or a phrase of time or means that names taking or using something ("after
 * taking it", "since I started the drops", "within a week of using") or a product of the
 * writer's or shown ("with these lozenges", "after a week of our balm"). A name alone is not
 * enough: research reports changes "with vitamin D supplements" as observations.
 */
function meansNamed(input: StructureInput): boolean {
  return meansNamedIn(input.tokens);
}

function meansNamedIn(tokens: readonly (Word & { breaks?: boolean })[]): boolean {
  if (namesCause(tokens)) return true;
  for (let at = 0; at < tokens.length; at++) {
    if (MEANS_OPENERS.has(tokens[at].norm) && intakeNamedAfter(tokens, at + 1)) return true;
    // "One scoop of our greens powder and my bloating vanished", "Two weeks on these drops and ...":
    // a first conjunct that names a product of the writer's or an intake is the condition of what follows "and".
    if (tokens[at].norm === 'and' && at > 1 && conjunctNamesMeans(tokens, at)) return true;
  }
  return false;
}

/** The words before "and" at `and`, from the sentence's start, name a product of the writer's ("our greens powder", "this tea") or an intake. */
function conjunctNamesMeans(tokens: readonly (Word & { breaks?: boolean })[], and: number): boolean {
  for (let at = 0; at < and - 1; at++) {
    if (PRODUCT_DEMONSTRATIVES.has(tokens[at].norm) && tokens.slice(at + 1, Math.min(and, at + 4)).some((token) => PRODUCT_NOUNS.has(token.norm))) return true;
    if (intakeAt(tokens, at)) return true;
  }
  return false;
}

/** Within a few words of the clause from `from`, a verb of taking or using ("taking", "I started", "of using") or a product of ours or this one. */
function intakeNamedAfter(words: readonly (Word & { breaks?: boolean })[], from: number): boolean {
  for (let at = from; at < words.length && at < from + MEANS_REACH; at++) {
    if (at > from && words[at].breaks) return false;
    const norm = words[at].norm;
    if (intakeAt(words, at) && (norm.endsWith('ing') || PERSONAL_SUBJECTS.has(words[at - 1]?.norm ?? '') || PERSONAL_SUBJECTS.has(words[at - 2]?.norm ?? ''))) return true;
    // "with our balm", "after a week of this tea"; not "within this week".
    if (PRODUCT_DEMONSTRATIVES.has(norm) && at + 1 < words.length && !words[at + 1].breaks && !TIME_UNITS.has(words[at + 1].norm) && !namesNoProduct(words, at + 1)) return true;
    // A testimony to the seller: "three weeks on your tea".
    if (norm === 'your' && PRODUCT_NOUNS.has(words[at + 1]?.norm ?? '')) return true;
  }
  return false;
}

const formsOfVerbs = (verbs: readonly string[]): Set<string> =>
  new Set(verbs.flatMap((verb) => [...inflect(verb).map((form) => form.word), ...(structureData.entries.find((entry) => entry.kind === 'intake-verb' && entry.phrase === verb && 'forms' in entry) as { forms?: string[] } | undefined)?.forms ?? []]));
/** Verbs of beginning, trying or changing: what they take up must be something taken ("started the drops", not "started the new job"). */
const TAKE_UP_FORMS = formsOfVerbs(['start', 'begin', 'try', 'switch']);
/** "take" and "use" name an intake except in light-verb phrases ("took a nap", "take a walk"). */
const TAKE_FORMS = formsOfVerbs(['take', 'use']);
const LIGHT_VERB_OBJECTS = new Set(['nap', 'naps', 'walk', 'walks', 'break', 'breaks', 'bath', 'baths', 'shower', 'showers', 'rest', 'breath', 'breather', 'look', 'seat', 'step', 'steps', 'trip', 'holiday', 'vacation', 'time', 'day', 'days', 'turn', 'stroll', 'swim', 'run', 'jog']);
const PRODUCT_NOUNS = new Set(structureData.entries.filter((entry) => entry.kind === 'product-noun').map((entry) => entry.phrase));

/**
 * A verb of taking or using at `at`. "started", "tried", "switched" only with a product after them
 * (a product noun, or one of ours or this one: "started the drops", "switched to our tea") or a
 * verb of taking ("started taking"); "took", "used" not in a light-verb phrase ("took a nap").
 */
function intakeAt(words: readonly Word[], at: number): boolean {
  const norm = words[at].norm;
  if (!INTAKE_FORMS.has(norm)) return false;
  const next = words.slice(at + 1, at + 4).map((word) => word.norm);
  if (TAKE_UP_FORMS.has(norm)) {
    if (next[0]?.endsWith('ing')) return INTAKE_FORMS.has(next[0]);
    return next.some((word, offset) => PRODUCT_NOUNS.has(word) || (offset < 2 && (word === 'our' || word === 'this' || word === 'these')));
  }
  if (TAKE_FORMS.has(norm)) return !next.some((word) => LIGHT_VERB_OBJECTS.has(word));
  return true;
}

/** The noun phrase at `from` (its first two words) is the research, a person or a place of care, not a product: "this study", "our results", "our team". */
function namesNoProduct(words: readonly Word[], from: number): boolean {
  return words.slice(from, from + 2).some((word) => RESEARCH_SUBJECTS.has(word.norm) || NOT_PRODUCT_SUBJECTS.has(word.norm) || PERSON_NOUN.test(word.norm) || CARE_PLACES.has(word.norm));
}
const CARE_PLACES = new Set(['clinic', 'clinics', 'hospital', 'hospitals', 'practice', 'surgery', 'ward', 'unit', 'centre', 'center', 'service', 'services', 'programme', 'program', 'population', 'community', 'country', 'area', 'region']);

/** The sentence before is a testimony of taking or using something ("I started taking X.", "My husband tried the drops.") or is about a product of the writer's ("Our serum contains ..."). */
function testimonyBefore({ previousWords }: StructureInput): boolean {
  const words = previousWords?.();
  if (!words) return false;
  // The sentence before is about a product of the writer's: "Our acne serum contains salicylic acid."
  if (PRODUCT_DEMONSTRATIVES.has(words[0]?.norm ?? '') && words.slice(1, 4).some((word) => PRODUCT_NOUNS.has(word.norm))) return true;
  for (let at = 0; at < words.length; at++) {
    if (!PERSONAL_SUBJECTS.has(words[at].norm) || words[at].norm === 'you') continue;
    for (let verb = at + 1; verb < words.length && verb <= at + 3; verb++) if (intakeAt(words, verb) && !words[verb].norm.endsWith('ing')) return true;
  }
  return false;
}

/** Words that promise a change: "overnight", "for good", "like magic". */
function promiseWordIn(tokens: readonly Token[]): boolean {
  for (let at = 0; at < tokens.length; at++) {
    const norm = tokens[at].norm;
    if (CHANGE_PROMISE_WORDS.has(norm)) return true;
    if (norm === 'for' && tokens[at + 1]?.norm === 'good') return true;
    if (norm === 'like' && tokens[at + 1]?.norm === 'magic') return true;
  }
  return false;
}
const CHANGE_PROMISE_WORDS = new Set(['overnight', 'instantly', 'permanently', 'forever', 'effortlessly', 'guaranteed', 'magically', 'miraculously']);

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
const PAST_BE = new Set(['was', 'were', 'had']);
const PARTICLE_INTENSIFIERS = new Set(['right', 'all', 'completely', 'straight']);
/** Degree words before "better": "much better", "so much better", "a lot better". */
const BETTER_DEGREE = new Set(['much', 'so', 'far', 'a', 'lot', 'way', 'even', 'already', 'now']);
const CAUSE_PHRASES = [['thanks', 'to'], ['because', 'of'], ['due', 'to']];

/** A cause phrase starts at word `at`. */
function causeAt(words: readonly Word[], at: number): boolean {
  // A plain loop: this runs at every word of a sentence with a concept, before any tagging.
  const first = words[at]?.norm;
  const second = words[at + 1]?.norm;
  for (const phrase of CAUSE_PHRASES) if (first === phrase[0] && second === phrase[1]) return true;
  return false;
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
  return {
    kind: 'nominal',
    structure: like >= 0 ? 'simile of a remedy' : 'remedy noun', subject: 'product',
    groupFirst: like >= 0 ? like : noun,
    groupEnd: noun + 1,
    head: noun,
    info: { lemma: tokens[noun].norm, phrase: tokens[noun].norm, form: 'base', verbKind: 'predicate' },
    // The object is what follows the preposition ("for", "to"), which would end it otherwise.
    objectFrom: noun + 2,
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
function remedyClosesSentence(words: readonly Word[]): boolean {
  const last = words.length - 1;
  if (last < 3 || !REMEDY_NOUNS.has(words[last].norm)) return false;
  if (!words.slice(Math.max(0, last - 3), last).some((word) => COPULAS.has(word.norm))) return false;
  return words.some((word) => PRODUCT_DEMONSTRATIVES.has(word.norm));
}

/**
 * "If you suffer from migraines, our feverfew tincture is the answer.": a product of the writer's
 * said to be the remedy, with the concept elsewhere in the sentence (a remedy noun after a
 * copula, closing the clause).
 */
function remedyRoleCandidate({ tokens, concepts }: StructureInput): Candidate | undefined {
  if (concepts.length === 0) return undefined;
  for (let noun = 3; noun < tokens.length; noun++) {
    if (!REMEDY_NOUNS.has(tokens[noun].norm) || (noun + 1 < tokens.length && !tokens[noun + 1].breaks)) continue;
    let copula = noun - 1;
    while (copula > noun - 3 && copula > 0 && (DETERMINERS.has(tokens[copula].norm) || PROMOTING_ADJECTIVES.has(tokens[copula].norm))) copula--;
    if (!COPULAS.has(tokens[copula].norm) || tokens[copula + 1].breaks) continue;
    // The subject is a product of the writer's: "our feverfew tincture", "this balm".
    let subject = copula - 1;
    while (subject > 0 && !tokens[subject + 1].breaks && !PRODUCT_DEMONSTRATIVES.has(tokens[subject].norm) && copula - subject < 5) subject--;
    if (!PRODUCT_DEMONSTRATIVES.has(tokens[subject].norm)) continue;
    return {
      kind: 'nominal',
      structure: 'remedy noun', subject: 'product',
      groupFirst: copula,
      groupEnd: noun + 1,
      head: noun,
      info: { lemma: tokens[noun].norm, phrase: tokens[noun].norm, form: 'base', verbKind: 'predicate' },
      objectFrom: noun + 1,
    };
  }
  return undefined;
}

/**
 * "is like a reset button for sore backs", "works like a charm for dry skin": a simile after a
 * copula or a verb of working that gives the noun before "for" a remedy's role, whatever the
 * noun. The index of "like", or -1.
 */
function simileBefore(words: readonly (Word & { breaks?: boolean })[], noun: number): number {
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
    if (subject !== undefined && (NOT_PRODUCT_SUBJECTS.has(subject) || PERSON_NOUN.test(subject) || READER.has(subject))) continue;
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
