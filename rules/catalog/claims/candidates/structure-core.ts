// What the structural families share: the word classes of rules/data/claim-structure.json and
// the small closed classes beside them, the input a family reads (`StructureInput`), and the
// readings every family needs: a verb form from its tag or ending, the noun phrase that ends
// with a concept, the verb group before a verb, and whether a subject can be a product
// (`subjectOf`) and an imperative promises a result (`promisesResult`).

import structureData from '../../../data/claim-structure.json';
import symptomModifierData from '../../../data/symptom-modifiers.json';
import medicineNamesData from '../../../data/medicine-names.json';
import treatmentTermsData from '../../../data/treatment-terms.json';
import type { Candidate } from './candidate.js';
import { COMMA_ONLY, PERSON_BY_TRADE, assertingPhraseBefore, isFormulationParticiple, type Token, phraseAt } from '../words.js';
import { type ClaimLexicon, inflect } from '../lexicon.js';
import type { TaggedWord } from '../../../engine/tagger.js';
import type { Word } from '../../../engine/sentences.js';
import type { ConceptMatch } from '../concepts.js';

export type ConceptMention = Pick<ConceptMatch, 'firstWord' | 'endWord' | 'category' | 'disease' | 'ambiguous'>;

const wordsOfKind = (kind: string): Set<string> => new Set(structureData.entries.filter((entry) => entry.kind === kind).map((entry) => entry.phrase));
export const NON_EFFECT_VERBS = wordsOfKind('non-effect');
export const PARTICLES = wordsOfKind('particle');
export const CHANGE_OF_STATE_VERBS = wordsOfKind('change-of-state');
export const REMEDY_NOUNS = wordsOfKind('remedy-noun');
export const SEEKING_WORDS = wordsOfKind('seeking');
export const MEDICINE_NOUNS = wordsOfKind('medicine-noun');
/** Nouns of what sellers sell and testimonies name ("drops", "tea", "blend"): claim-structure.json 'product-noun'. */
export const PRODUCT_NOUNS = wordsOfKind('product-noun');
/** Nouns that name a product by what it is or the form it is sold in ("spray", "capsules", "supplement", "tea"). */
export const PRODUCT_FORMS = new Set([...treatmentTermsData.entries.filter((entry) => entry.kind === 'product').map((entry) => entry.phrase), ...MEDICINE_NOUNS, ...PRODUCT_NOUNS]);
/** "outperforms", "rivals": a verb that says its subject does better than (or as well as) its object. */
export const OUTDOING_VERBS = new Set([...wordsOfKind('outdoing-verb')].flatMap(finiteForms));
export const RISK_NOUNS = wordsOfKind('risk-noun');
/** Nouns of something done, not taken ("exercise", "yoga", "walks"): claim-structure.json 'practice-noun'. */
export const PRACTICE_NOUNS = wordsOfKind('practice-noun');
export const MEDICINE_NAMES = new Set(medicineNamesData.entries.filter((entry) => entry.kind !== 'stem' && !entry.phrase.includes(' ')).map((entry) => entry.phrase));
/** The non-effect verbs in their regular forms, -ing too, for the check before tagging ("includes", "experiencing", "reported"). */
export const NON_EFFECT_FORMS = new Set([...NON_EFFECT_VERBS].flatMap((verb) => [...finiteForms(verb), ingForm(verb)]));
/** The change-of-state verbs in their base, -s and -ed forms, for the check before tagging. */
export const CHANGE_OF_STATE_FORMS = new Set([...CHANGE_OF_STATE_VERBS].flatMap(finiteForms));
export const NATURAL_COURSE = structureData.entries.filter((entry) => entry.kind === 'natural-course').map((entry) => entry.phrase.split(' '));
/** Verb idioms whose object follows their last word; `promise`: a promise even as a bare imperative ("Say goodbye to heartburn"). */
export const VERB_IDIOMS = structureData.entries
  .filter((entry) => entry.kind === 'verb-idiom')
  .map((entry) => ({ words: entry.phrase.split(' '), promise: 'promise' in entry && entry.promise === true }));
export type VerbIdiom = (typeof VERB_IDIOMS)[number];
/** States of body or mind a product is said to put the reader in ("keeps you feeling full"). */
export const PROMISED_STATES = wordsOfKind('promised-state');
/** Comparatives that end in no "-er". */
export const COMPARATIVE_WORDS = new Set(['better', 'more', 'less', 'fewer']);

/** Verbs of enduring an ailment (claim-structure.json 'enduring-verb'), as word lists in their base and -ing forms: "suffer", "putting up with". */
export const ENDURING_VERBS = structureData.entries
  .filter((entry) => entry.kind === 'enduring-verb')
  .flatMap((entry) => {
    const [verb, ...rest] = entry.phrase.split(' ');
    return inflect(verb)
      .filter((form) => form.form === 'base' || form.form === 'ing')
      .map((form) => [form.word, ...rest]);
  });
/** What a dose is counted in besides a product's form: "one sip", "a single scoop". */
export const DOSE_UNITS = new Set(['use', 'application', 'sip', 'sips', 'scoop', 'scoops', 'spoonful', 'spoonfuls', 'dose', 'doses', 'drop', 'spray', 'sprays', 'squeeze', 'bottle', 'bottles', 'jar', 'cup', 'cups', 'glass', 'sachet', 'sachets', 'serving', 'servings']);

/** A better state, comparative or promised: "firmer", "fewer", "calmer", "glowing" (headlines and perceived results). */
export function isBetterState(norm: string): boolean {
  return COMPARATIVE_WORDS.has(norm) || PROMISED_STATES.has(norm) || (norm.length > 4 && norm.endsWith('er'));
}
/** Verbs that put someone in a state: "keeps/leaves/has/gets/makes you ...". */
export const STATE_CAUSATIVES = new Set(['have', 'has', 'had', 'keep', 'keeps', 'kept', 'leave', 'leaves', 'left', 'get', 'gets', 'got', 'make', 'makes', 'made', 'help', 'helps', 'helped']);
export const FEELING_WORDS = new Set(['feeling', 'feel', 'feels', 'looking', 'look', 'waking', 'wake', 'staying', 'stay']);
/** Verbs that keep or bring a body in a state: "your skin stays clear", "your joints will feel young again". */
export const STATE_VERBS = new Set(['stay', 'stays', 'remain', 'remains', 'feel', 'feels', 'look', 'looks', 'become', 'becomes']);
export const STATE_DEGREE = new Set(['so', 'more', 'much', 'really', 'totally', 'completely', 'fully', 'up']);
/** Predicates that say, after "be", that their subject has gone: "history", "a thing of the past". */
export const GONE_IDIOMS = structureData.entries.filter((entry) => entry.kind === 'gone-idiom').map((entry) => entry.phrase.split(' '));

export const POSSESSIVES = new Set(['my', 'your', 'our', 'their', 'his', 'her', 'its', "body's", "bodys"]);
/** The possessives of people: whose body ("your belly") or whose way ("Sip your way to"). */
export const PERSONAL_POSSESSIVES = new Set(['my', 'your', 'our', 'their', 'his', 'her']);
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
export const BECOME = new Set(['become', 'becomes', 'became']);
export const BE_OR_GET = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten', "'s", "'re"]);
const PROMISING_AUX = new Set(['will', "'ll", 'can', 'shall', 'must', 'does', 'do', 'did', 'is', 'are', 'has', 'have', 'had', 'going', 'gonna']);
export const MODALS = new Set(['may', 'might', 'can', 'could', 'will', 'would', 'shall', 'should', 'must', "'ll", 'cannot']);
const HELP_WORDS = new Set(['help', 'helps', 'helped', 'helping']);
/** Infinitives after these assert the verb ("helps to calm", "works to clear", "is proven to lift"). */
export const ASSERTING_BEFORE_TO = new Set([...HELP_WORDS, 'works', 'work', 'worked', 'proven', 'proved', 'shown', 'known', 'guaranteed', 'designed', 'formulated', 'made']);
/** Subjects that are people or the research: their verbs report, experience or study a concept. */
export const NOT_PRODUCT_SUBJECTS = new Set(['i', 'we', 'he', 'she', 'one', 'people', 'person', 'patients', 'patient', 'adults', 'children', 'kids', 'women', 'men', 'doctors', 'doctor', 'physicians', 'nurses', 'researchers', 'scientists', 'experts', 'users', 'customers', 'everyone', 'someone', 'anyone', 'study', 'studies', 'research', 'trial', 'trials', 'review', 'evidence', 'data', 'results', 'findings', 'analysis', 'survey', 'report', 'article', 'page', 'guide', 'body', 'brain', 'doctor', 'gp', 'pharmacist', 'dietitian', 'clinician', 'clinicians', 'provider', 'providers', 'who', 'parents', 'family', 'friends', 'nurse', 'midwife', 'coach', 'trainer', 'carer', 'caregiver', 'team', 'surgeon']);
/** The reader as subject; the contracted forms carry their auxiliary ("you'll" promises). */
export const READER = new Set(['you', "you'll", "you're", "you've"]);
const READER_PROMISING = new Set(["you'll"]);
export const CAUSATIVES = new Set(['help', 'helps', 'helped', 'make', 'makes', 'made', 'let', 'lets']);
export const PRODUCT_PRONOUNS = new Set(['it', 'this', 'these', 'they']);
export const AMOUNT = /^(?:\d.*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a|an|few|several)$/;
export const WEIGHT_UNITS = new Set(['pounds', 'pound', 'lbs', 'lb', 'kilos', 'kilo', 'kg', 'kilograms', 'kilogram', 'stone', 'inches', 'inch', 'sizes', 'size', 'cm']);
export const TIME_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'hour', 'hours', 'minute', 'minutes', 'seconds', 'night', 'nights']);
export const PROMISE_WORDS = new Set(['overnight', 'fast', 'quickly', 'instantly', 'immediately', 'permanently', 'forever', 'naturally', 'effortlessly', 'guaranteed']);
const MEANS_WORDS = new Set(['with', 'using', 'thanks']);
/** Words before a time unit that make it a schedule: "every day", "each evening", "twice a day", "per week". */
const FREQUENCY_WORDS = new Set(['every', 'each', 'per', 'a', 'an']);
export const COMPARED_ADJECTIVES = new Set(['effective', 'strong', 'stronger', 'powerful', 'potent', 'good', 'better', 'fast', 'faster', 'effectively', 'well']);
export const WORKING_VERBS = new Set(['work', 'works', 'worked', 'working', 'act', 'acts', 'acted', 'perform', 'performs', 'performed', 'do', 'does']);
export const PROMOTING_ADJECTIVES = new Set(['natural', 'best', 'ultimate', 'fast', 'quick', 'instant', 'effective', 'powerful', 'proven', 'gentle', 'perfect', 'real', 'true', 'amazing', 'go-to', 'simple', 'safe', 'permanent', 'lasting', 'complete', 'total', 'miracle', 'secret', "nature's", 'long-lasting', 'fast-acting', 'all-day', 'rapid', 'targeted']);
export const COPULAS = new Set(['is', 'are', 'was', 'were', "'s", "'re", 'be', 'been', 'as', 'becomes', 'remains']);
export const BREAK_PUNCTUATION = /[:\u2013\u2014]|\s-\s/;

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

/** A verb's regular base, -s/-es and -ed/-d forms ("goes" too). Irregular forms are left to the tagger. */
function finiteForms(verb: string): string[] {
  const forms = [verb, `${verb}s`, `${verb}es`, verb.endsWith('e') ? `${verb}d` : `${verb}ed`];
  // A one-syllable verb ending in consonant, vowel, consonant doubles it: "stopped", "slimmed".
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb)) forms.push(`${verb}${verb[verb.length - 1]}ed`);
  return forms;
}

/** A verb's -ing form, a final silent "e" dropped. */
function ingForm(verb: string): string {
  return `${verb.endsWith('e') && !verb.endsWith('ee') ? verb.slice(0, -1) : verb}ing`;
}

export const isLexiconVerb = (lexicon: ClaimLexicon, norm: string): boolean => lexicon.verbs.has(norm) || lexicon.supportVerbs.has(norm);

export const isVerb = (tag: TaggedWord | undefined): boolean => tag?.pos === 'VERB';

/** Index of the first word of the noun phrase that ends with the concept (determiners, adjectives, nouns, "of"), scanning back at most six words in the clause. */
export function nounPhraseStart(input: StructureInput, concept: ConceptMention): number {
  const { tokens, tags } = input;
  let first = concept.firstWord;
  for (let skipped = 0; first > 0 && skipped < 6 && (!tokens[first].breaks || commaBetweenAdjectives(input, first, concept)); skipped++) {
    const previous = first - 1;
    const norm = tokens[previous].norm;
    const tag = tags[previous];
    // A clock time modifies the noun ("my 3 am wake-ups"): the tagger reads "am" as the verb.
    const clockTime = (norm === 'am' || norm === 'pm') && previous > 0 && /^\d/.test(tokens[previous - 1].norm) && !tokens[previous].breaks;
    const inPhrase = POSSESSIVES.has(norm) || (NOUN_PHRASE_TAGS.has(tag.pos) && !isVerb(tag)) || (norm === 'of' && previous > 0 && tags[previous - 1].pos === 'NOUN') || modifierReadAsVerb(input, previous) || clockTime;
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
 * A comma between two adjectives of one symptom's phrase, before word `at`: "dry, gritty eyes",
 * "red, itchy skin" (the concept a symptom, or the adjective before the comma a symptom's). In a
 * list the comma separates items: "whole-grain foods daily, healthy weight".
 */
function commaBetweenAdjectives({ tokens, tags }: StructureInput, at: number, concept: ConceptMention): boolean {
  if (!COMMA_ONLY.test(tokens[at].gap) || tags[at].pos !== 'ADJ' || tags[at - 1].pos !== 'ADJ') return false;
  return concept.category === 'symptom' || SYMPTOM_ADJECTIVES.has(tokens[at - 1].norm);
}
/** The adjectives that make a body part a symptom (symptom-modifiers.json): "dry", "achy", "puffy". */
export const SYMPTOM_ADJECTIVES = new Set(symptomModifierData.entries.map((entry) => entry.phrase));

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
export function verbReadAsPlural({ tokens, tags, concepts, text, offset }: StructureInput, at: number): boolean {
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
export function bodyLocusAfter(words: readonly Word[], concept: ConceptMention, concepts: readonly ConceptMention[]): boolean {
  let at = concept.endWord;
  if (words[at]?.norm === 'out') at++;
  if (!LOCUS_PREPOSITIONS.has(words[at]?.norm ?? '') || !POSSESSIVES.has(words[at + 1]?.norm ?? '')) return false;
  // "of" only as "out of": "levels of your" is a measure, not a place.
  if (words[at].norm === 'of' && words[at - 1]?.norm !== 'out') return false;
  return concepts.some((other) => other.firstWord === at + 2 && other.category === 'body-part');
}

export function possessiveIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (POSSESSIVES.has(tokens[at].norm)) return true;
  return false;
}

export function verbForm(tag: TaggedWord): Candidate['info']['form'] {
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

/** A present-tense verb read from its ending: an -s form ("keeps", "stays") or the base form. */
export function presentVerb(norm: string): TaggedWord {
  return norm.endsWith('s') && !norm.endsWith('ss') ? thirdPersonVerb(norm) : { pos: 'VERB', verbForm: 'base', lemma: norm };
}

export function thirdPersonVerb(norm: string): TaggedWord {
  return { pos: 'VERB', verbForm: 's', lemma: /(?:sh|ch|x|z|ss)es$/.test(norm) ? norm.slice(0, -2) : /[^aeiou]ies$/.test(norm) ? `${norm.slice(0, -3)}y` : norm.slice(0, -1) };
}

/** A verb the claim-verb lexicon knows (any form): its own analysis decides it. */
export function lexiconVerb(lexicon: ClaimLexicon, token: Token): boolean {
  return lexicon.verbs.has(token.norm) || lexicon.supportVerbs.has(token.norm);
}

/** Words that make a product the best at something: "the best tea for", "nothing beats our balm for", "your go-to gel for". */
const SUPERLATIVES = new Set(['best', 'ultimate', 'unbeatable', 'unrivalled', 'unrivaled', 'unmatched', 'go-to', 'perfect', 'ideal']);

/** How far before a product noun its superlative may come: "the best herbal tea", "your go-to night balm". */
const SUPERLATIVE_BEFORE_NOUN = 3;
/** Words between a product noun and "for" that keep it the remedy: "the only balm you need for", "you'll ever need for". */
const NEEDED = [['you', 'need'], ['you', "'ll", 'ever', 'need'], ["you'll", 'ever', 'need'], ['you', 'will', 'ever', 'need'], ['you', 'ever', 'need']];

/**
 * The product noun that "for" at `forAt` follows, when a superlative or "the only" makes it the
 * remedy for what follows: "The best tea for better sleep", "The ultimate supplement for glowing
 * skin", "the only balm you need for cold sores". The superlative's index, or -1. Sold forms only (claim-structure.json
 * 'product-noun'): "The best treatment for a cold is rest" is advice.
 */
export function superlativeProductBefore(words: readonly (Word & { breaks?: boolean })[], forAt: number): number {
  if (words[forAt]?.norm !== 'for') return -1;
  let noun = forAt - 1;
  const needed = NEEDED.find((phrase) => phraseAt(words, forAt - phrase.length, phrase));
  if (needed) noun -= needed.length;
  if (noun < 1 || !PRODUCT_NOUNS.has(words[noun].norm)) return -1;
  for (let at = noun - 1; at >= 0 && noun - at <= SUPERLATIVE_BEFORE_NOUN; at--) {
    if (words[at + 1].breaks) return -1;
    const norm = words[at].norm;
    if (SUPERLATIVES.has(norm) || (norm === 'only' && needed) || (norm === 'number' && words[at + 1].norm === 'one')) return at;
  }
  return -1;
}
const NOTHING_BEATS = new Set(['beats', 'tops', 'compares', 'rivals']);
/** How far before the gerund the superlative may come, within its clause: "Nothing beats | a warm mug of our turmeric and ginger blend for | easing". */
const SUPERLATIVE_REACH = 16;

/**
 * A gerund after "for" that a superlative before it in the clause makes the product's claim:
 * "Nothing beats our balm for soothing sore feet", "the best tea for calming a racing mind".
 */
export function superlativeBeforeFor(tokens: readonly (Word & { breaks?: boolean })[], verbAt: number): boolean {
  if (tokens[verbAt - 1]?.norm !== 'for' || tokens[verbAt].breaks) return false;
  for (let at = verbAt - 2; at >= 0 && verbAt - at <= SUPERLATIVE_REACH; at--) {
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
export function verbGroupBefore({ tokens, tags }: StructureInput, verbAt: number): { groupFirst: number; promising: boolean } | undefined {
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
      const evidence = assertingPhraseBefore(tokens, at);
      if (evidence >= 0) {
        // "backed by science to lower", "is strong enough to clear": the asserting phrase and the auxiliaries before it belong to the group.
        groupFirst = evidence;
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
export function insidePrepositionalPhrase({ tokens, tags }: StructureInput, at: number): boolean {
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
export function subjectOf(input: StructureInput, before: number, groupFirst: number, verbAt: number, form: Candidate['info']['form'], promising: boolean, concept: ConceptMention, repaired: boolean): SubjectKind | undefined {
  const { tokens, tags, concepts } = input;
  if (before < 0) {
    // A product bullet: "Soothes sore throats", "Formulated to banish bloating".
    if (form === 's' || isFormulationParticiple(tokens[groupFirst].norm)) return 'product';
    // "Backed by science to tame cravings", "Clinically tested to calm redness": the evidence asserts what the product does.
    if (form === 'base' && verbAt > 0 && tokens[verbAt - 1].norm === 'to' && assertingPhraseBefore(tokens, verbAt - 1) === groupFirst) return 'product';
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
  // A practice is done, not taken ("Gentle yoga turns stiff mornings into easy ones", "Regular exercise keeps your joints moving").
  if (NOT_PRODUCT_SUBJECTS.has(subject.norm) || PERSON_BY_TRADE.test(subject.norm) || PRACTICE_NOUNS.has(subject.norm)) return undefined;
  // A health concept as the subject describes the body ("stress disrupts sleep"), not a product.
  return concepts.some((other) => other.firstWord <= before && before < other.endWord) ? undefined : 'product';
}

export const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

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
export function nounAfterConcept({ tokens, tags, concepts }: StructureInput, concept: ConceptMention): boolean {
  const next = concept.endWord;
  if (next >= tokens.length || tokens[next].breaks) return false;
  // "pain-free mornings": a state of being free of a symptom, whatever it is said of (concepts.ts).
  if (tokens[next - 1].norm.endsWith('-free')) return false;
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
    // A time unit promises a result by then ("in 4 weeks"), not when a frequency makes it a schedule ("every day", "twice a day").
    if (PROMISE_WORDS.has(norm) || (TIME_UNITS.has(norm) && at > concept.endWord && !FREQUENCY_WORDS.has(tokens[at - 1].norm))) return true;
    // "Ditch the dandruff for good": "for good" closing the clause promises an end for ever (Wiktionary).
    if (norm === 'for' && tokens[at + 1]?.norm === 'good' && !tokens[at + 1].breaks && (at + 2 >= tokens.length || tokens[at + 2].breaks)) return true;
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
