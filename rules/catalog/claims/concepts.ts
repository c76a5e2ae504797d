// The health-concept vocabulary (rules/data/health-concepts.json): conditions, symptoms, body
// functions and systems, body parts, biomarkers and wellbeing states, with consumer synonyms.
// A claim is something taken or done said to change one of these; the verb side is open, the
// concept side is this closed, catalogued list. `disease-claim` reads the entries marked
// `disease`.
//
// Usage:
//   const concepts = healthConcepts(settings.extraHealthConcepts);
//   for (const match of concepts.conceptsIn(words)) ... match.category, match.disease, match.ambiguous

import conceptData from '../../data/health-concepts.json';
import symptomModifierData from '../../data/symptom-modifiers.json';
import { PhraseMatcher, WordSet, phraseWords, type LexiconEntry, type PhraseMatch } from '../../engine/phrases.js';
import type { Word } from '../../engine/sentences.js';
import { HEALTH_CONCEPT_CATEGORIES, type HealthConceptCategory, type HealthConceptConfig } from '../../engine/config.js';

export const CONCEPT_CATEGORIES = HEALTH_CONCEPT_CATEGORIES;
export type ConceptCategory = HealthConceptCategory;
/**
 * `not-health`: a longer phrase in which a health word has another sense ("gut feeling",
 * "cold war", "economic depression"). It is matched so that the shorter entry inside it is
 * not, and is never reported. `unclassified`: a user's extra concept given as a plain string.
 */
export type EntryCategory = ConceptCategory | 'not-health' | 'unclassified';

export interface ConceptEntry extends LexiconEntry {
  category: EntryCategory;
  /** Names a disease or its characteristic symptom (21 CFR 101.93(g)): what `disease-claim` looks for. */
  disease?: boolean;
  /** The word has a common sense outside health ("energy", "heart", "pressure"): a detector should want more evidence. */
  ambiguous?: boolean;
  /**
   * Plural forms. Absent: the regular plural of the last word is generated for the countable
   * categories (disease, symptom, body-part, biomarker) and none for functions and wellbeing
   * states, which are mostly mass nouns ("digestion", "energy"). `true`: generate it anyway;
   * `false`: none; a string or list: these forms exactly (irregular: "feet", "vertebrae").
   */
  plural?: boolean | string | string[];
}

/** A user's extra concept (`lexicon.healthConcepts`): a phrase, or a phrase with its category (and disease flag). */
export type ExtraHealthConcept = HealthConceptConfig;

export interface ConceptMatch {
  /** The vocabulary entry (for a plural or hyphenated form, the entry it was made from). */
  entry: ConceptEntry;
  category: ConceptCategory | 'unclassified';
  disease: boolean;
  ambiguous: boolean;
  /** Index of the first and one past the last matched word. */
  firstWord: number;
  endWord: number;
  /** Offsets of the match, in the words' own coordinates. */
  start: number;
  end: number;
}

export interface HealthConcepts {
  /** Every concept in the words, longest first and non-overlapping, left to right ("gut lining", not "gut"). */
  conceptsIn(words: readonly Word[]): ConceptMatch[];
  /**
   * `conceptsIn` for a sentence's shared words (`wordsOfSentence`), looked up once per words
   * array however many rules ask (the claim analysis, `disease-claim`). The array is shared:
   * copy it before changing it.
   */
  conceptsOfSentence(words: readonly Word[]): ConceptMatch[];
  /** The concept that one word names whole, looked up on its own: a compound's stem ("pain" of "pain-free", "gut" of "gut-healing"). */
  conceptOfWord(norm: string, start: number): ConceptMatch | undefined;
}

/** One form of an entry as the matcher sees it: the listed phrase, a plural, a hyphenated compound. */
interface ConceptForm {
  phrase: string;
  concept: ConceptEntry;
}

const COUNTABLE: ReadonlySet<EntryCategory> = new Set(['disease', 'symptom', 'body-part', 'biomarker', 'unclassified']);

/**
 * The regular English plural of a word. Irregular and Latin plurals are listed in the data
 * instead: general-purpose pluralisers get medical nouns wrong ("virus" -> "viri",
 * "stomach" -> "stomaches", "bronchus" -> "bronchuses").
 */
export function regularPlural(word: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** The plural forms of an entry's phrase (whole phrases, the last word made plural). */
export function pluralsOf(entry: ConceptEntry): string[] {
  const plural = entry.plural ?? COUNTABLE.has(entry.category);
  if (plural === false) return [];
  if (typeof plural === 'string') return [plural];
  if (Array.isArray(plural)) return plural;
  const words = entry.phrase.split(' ');
  const last = words[words.length - 1];
  // Not a word to inflect ("covid-19", "a1c") or one that already ends in -s ("diabetes",
  // "arthritis", "shingles"); words in -ss and -us do take -es ("abscesses", "sinuses").
  if (/\d$/.test(last) || (/s$/.test(last) && !/(?:ss|us)$/.test(last))) return [];
  return [[...words.slice(0, -1), regularPlural(last)].join(' ')];
}

/**
 * A phrase's words joined by hyphens in each way a compound modifier may be written: "blood
 * sugar" -> "blood-sugar"; "high blood pressure" -> "high-blood pressure", "high blood-pressure",
 * "high-blood-pressure". Past four words only the fully hyphenated form: the others are rare.
 */
function hyphenations(words: readonly string[]): string[] {
  if (words.length < 2) return [];
  if (words.length > 4) return [words.join('-')];
  const variants: string[] = [];
  for (let mask = 1; mask < 1 << (words.length - 1); mask++) {
    variants.push(words.reduce((text, word, index) => (index === 0 ? word : `${text}${mask & (1 << (index - 1)) ? '-' : ' '}${word}`), ''));
  }
  return variants;
}

/**
 * Every form an entry is matched in (normalised words): the phrase, its plurals, their
 * hyphenated compounds, and for a body part the possessive ("the liver's own defences"; a
 * plural possessive, "kidneys'", splits as "kidneys").
 */
export function formsOf(entry: ConceptEntry): string[] {
  // Not after a final s: "lungs" is plural already.
  const possessive = entry.category === 'body-part' && !/s$/i.test(entry.phrase) ? [`${entry.phrase}'s`] : [];
  const forms = [entry.phrase, ...pluralsOf(entry), ...possessive].map((form) => phraseWords(form));
  return [...new Set([...forms.map((words) => words.join(' ')), ...forms.flatMap(hyphenations)])];
}

const builtInEntries = conceptData.entries as ConceptEntry[];

function matcherOf(entries: readonly ConceptEntry[]): PhraseMatcher<ConceptForm> {
  return new PhraseMatcher<ConceptForm>(entries.flatMap((concept) => formsOf(concept).map((phrase) => ({ phrase, concept }))));
}

/** The built-in vocabulary, compiled on first use and shared by every configuration. */
let builtInMatcher: PhraseMatcher<ConceptForm> | undefined;

function userEntry(extra: ExtraHealthConcept): ConceptEntry {
  if (typeof extra === 'string') return { phrase: extra, category: 'unclassified', source: 'user configuration' };
  return { phrase: extra.phrase, category: extra.category, disease: extra.disease, source: 'user configuration' };
}

/** Earlier start first; at the same start, longer first; for the same words, the user's entry after the built-in one. */
function byPosition(a: PhraseMatch<ConceptForm>, b: PhraseMatch<ConceptForm>): number {
  return a.firstWord - b.firstWord || b.endWord - a.endWord;
}

class CompiledConcepts implements HealthConcepts {
  private readonly builtIn: PhraseMatcher<ConceptForm>;
  /** The user's extra concepts: a matcher of their own, so that a configuration never recompiles the built-in list. */
  private readonly extra: PhraseMatcher<ConceptForm> | undefined;

  constructor(extras: readonly ExtraHealthConcept[]) {
    this.builtIn = builtInMatcher ??= matcherOf(builtInEntries);
    this.extra = extras.length > 0 ? matcherOf(extras.map(userEntry)) : undefined;
  }

  /** By sentence words array: the lists `wordsOfSentence` shares live as long as their sentence. */
  private readonly bySentence = new WeakMap<readonly Word[], ConceptMatch[]>();

  conceptsOfSentence(words: readonly Word[]): ConceptMatch[] {
    let concepts = this.bySentence.get(words);
    if (!concepts) this.bySentence.set(words, (concepts = this.conceptsIn(words)));
    return concepts;
  }

  conceptOfWord(norm: string, start: number): ConceptMatch | undefined {
    const [match] = this.conceptsIn([{ norm, start, end: start + norm.length, lexiconId: -1 }]);
    return match && match.endWord === 1 ? match : undefined;
  }

  conceptsIn(words: readonly Word[]): ConceptMatch[] {
    let all = this.builtIn.findAll(words);
    // A stable sort keeps the built-in match before the user's for the same words; the last wins below.
    if (this.extra) all = [...all, ...this.extra.findAll(words)].sort(byPosition);
    const result: ConceptMatch[] = [];
    /** Words inside a `not-health` phrase: no "-free" compound is looked for there. */
    let otherSense: PhraseMatch<ConceptForm>[] | undefined;
    let coveredUntil = 0;
    /** Where the last `not-health` phrase ended: a longer health phrase from its last word on may still start there. */
    let otherSenseEnd = -1;
    for (let index = 0; index < all.length; index++) {
      const match = all[index];
      // "get back on your feet": the stop phrase "get back" keeps "back" from being the body part, not from opening a longer phrase.
      const fromStopPhrase = match.firstWord === otherSenseEnd - 1 && match.endWord > otherSenseEnd && match.endWord - match.firstWord > 1 && match.entry.concept.category !== 'not-health';
      if (match.firstWord < coveredUntil && !fromStopPhrase) continue;
      // Several entries may share a form (a built-in "cold", a user's own "cold"): the last added wins.
      let chosen = match;
      while (index + 1 < all.length && all[index + 1].firstWord === match.firstWord && all[index + 1].endWord === match.endWord) chosen = all[++index];
      coveredUntil = match.endWord;
      const concept = chosen.entry.concept;
      if (concept.category === 'not-health') {
        (otherSense ??= []).push(match);
        otherSenseEnd = match.endWord;
        continue;
      }
      const modifier = concept.category === 'body-part' ? symptomModifierBefore(words, match.firstWord, result) : undefined;
      if (modifier) {
        result.push(modifiedBodyPart(modifier, concept, words[match.firstWord - 1], match));
        continue;
      }
      const located = concept.category === 'body-part' ? symptomNounBefore(words, match.firstWord) : undefined;
      if (located) {
        // "the stiffness in your knees": one symptom from the noun to the body part, in place of the noun's own concept.
        if (result.length > 0 && result[result.length - 1].firstWord === match.firstWord - 3) result.pop();
        result.push(locatedSymptom(located, concept, words[match.firstWord - 3], match));
        continue;
      }
      result.push({
        entry: concept,
        category: concept.category,
        disease: concept.disease === true,
        ambiguous: concept.ambiguous === true,
        firstWord: match.firstWord,
        endWord: match.endWord,
        start: match.start,
        end: match.end,
      });
    }
    return withTimedSymptoms(words, this.withFreeCompounds(words, result, otherSense));
  }

  /**
   * A symptom or disease compounded with "-free" names the state of being without it: "pain-free",
   * "itch-free", "cancer-free" (Wiktionary, "-free": "without; not containing"). The compound is
   * one word, so the matcher never sees its stem: each "-free" word is looked up by its stem here,
   * and becomes a wellbeing state (a disease's keeps its disease flag: "Stay cancer-free with our
   * tea" is a disease claim). Stems of other kinds stay alone: "sugar-free", "fat-free" describe
   * a food, not a body.
   */
  private withFreeCompounds(words: readonly Word[], found: ConceptMatch[], otherSense: readonly PhraseMatch<ConceptForm>[] = []): ConceptMatch[] {
    let result = found;
    for (let at = 0; at < words.length; at++) {
      const word = words[at];
      if (!word.norm.endsWith(FREE_SUFFIX) || word.norm.length <= FREE_SUFFIX.length) continue;
      if ([...result, ...otherSense].some((match) => match.firstWord <= at && at < match.endWord)) continue;
      const match = this.conceptOfWord(word.norm.slice(0, -FREE_SUFFIX.length), word.start);
      if (!match || (match.category !== 'symptom' && match.category !== 'disease') || match.ambiguous) continue;
      const state: ConceptMatch = {
        entry: { phrase: word.norm, category: 'wellbeing', source: match.entry.source, note: `free of "${match.entry.phrase}" (the suffix "-free", Wiktionary)` },
        category: 'wellbeing',
        disease: match.disease,
        ambiguous: false,
        firstWord: at,
        endWord: at + 1,
        start: word.start,
        end: word.end,
      };
      if (result === found) result = [...found];
      const after = result.findIndex((other) => other.firstWord > at);
      // A body part right after it joins it: "acne-free skin", "pain-free joints" are one better state of that part.
      const part = after < 0 ? undefined : result[after];
      if (part && part.firstWord === at + 1 && part.category === 'body-part') {
        result[after] = { ...state, entry: { ...state.entry, phrase: `${word.norm} ${part.entry.phrase}` }, endWord: part.endWord, end: part.end };
      } else result.splice(after < 0 ? result.length : after, 0, state);
    }
    return result;
  }
}

const FREE_SUFFIX = '-free';

/** Times of day a symptom is felt at, looked up by vocabulary id (made on first use). */
let timesOfDay: WordSet | undefined;
const TIMED_MODIFIERS = new Map(symptomModifierData.entries.filter((entry) => 'timed' in entry && entry.timed === true).map((entry) => [entry.phrase, entry]));

/**
 * A symptom adjective before a time of day names the symptom felt then: "achy mornings", "colicky
 * evenings", "bloated afternoons" (symptom-modifiers.json entries marked `timed`), unless a
 * concept already holds those words ("restless nights").
 */
function withTimedSymptoms(words: readonly Word[], found: ConceptMatch[]): ConceptMatch[] {
  timesOfDay ??= new WordSet(['morning', 'mornings', 'evening', 'evenings', 'night', 'nights', 'afternoon', 'afternoons', 'day', 'days']);
  let result = found;
  for (let at = 1; at < words.length; at++) {
    if (!timesOfDay.has(words[at])) continue;
    const modifier = TIMED_MODIFIERS.get(words[at - 1].norm);
    if (!modifier || result.some((match) => match.firstWord <= at && at - 1 < match.endWord)) continue;
    const symptom: ConceptMatch = {
      entry: { phrase: `${modifier.phrase} ${words[at].norm}`, category: 'symptom', source: modifier.source, note: 'symptom adjective and a time of day (rules/data/symptom-modifiers.json)' },
      category: 'symptom',
      disease: false,
      ambiguous: false,
      firstWord: at - 1,
      endWord: at + 1,
      start: words[at - 1].start,
      end: words[at].end,
    };
    if (result === found) result = [...found];
    const after = result.findIndex((other) => other.firstWord > at);
    result.splice(after < 0 ? result.length : after, 0, symptom);
  }
  return result;
}

const SYMPTOM_MODIFIERS = new Map(symptomModifierData.entries.map((entry) => [entry.phrase, entry]));

/** The symptom adjective right before a body part ("achy knees", "puffy eyes"), when no concept already holds it. */
function symptomModifierBefore(words: readonly Word[], firstWord: number, found: readonly ConceptMatch[]): LexiconEntry | undefined {
  if (firstWord === 0) return undefined;
  const modifier = SYMPTOM_MODIFIERS.get(words[firstWord - 1].norm);
  if (!modifier || (found.length > 0 && found[found.length - 1].endWord >= firstWord)) return undefined;
  return modifier;
}

/** Nouns of the symptom adjectives: "stiffness", "puffiness", and the -ing ones as they are ("burning", "throbbing"). */
const SYMPTOM_NOUNS = new Map(
  symptomModifierData.entries.map((entry) => {
    const adjective = entry.phrase;
    const noun = adjective.endsWith('ing') ? adjective : adjective.endsWith('y') ? `${adjective.slice(0, -1)}iness` : `${adjective}ness`;
    return [noun, entry];
  }),
);
const LOCATING_DETERMINERS = new Set(['your', 'my', 'the', 'his', 'her', 'their', 'our']);

/** A symptom noun and "in" before a body part: "the stiffness in your knees", "the burning in my chest". */
function symptomNounBefore(words: readonly Word[], firstWord: number): LexiconEntry | undefined {
  if (firstWord < 3 || words[firstWord - 2].norm !== 'in' || !LOCATING_DETERMINERS.has(words[firstWord - 1].norm)) return undefined;
  return SYMPTOM_NOUNS.get(words[firstWord - 3].norm);
}

function locatedSymptom(modifier: LexiconEntry, bodyPart: ConceptEntry, noun: Word, match: PhraseMatch<ConceptForm>): ConceptMatch {
  return {
    entry: { phrase: `${noun.norm} in ${bodyPart.phrase}`, category: 'symptom', source: modifier.source, note: 'symptom noun and body part (rules/data/symptom-modifiers.json)' },
    category: 'symptom',
    disease: false,
    ambiguous: false,
    firstWord: match.firstWord - 3,
    endWord: match.endWord,
    start: noun.start,
    end: match.end,
  };
}

/** "achy knees": the adjective and the body part as one symptom, unambiguous (the adjective gives the health sense). */
function modifiedBodyPart(modifier: LexiconEntry, bodyPart: ConceptEntry, adjective: Word, match: PhraseMatch<ConceptForm>): ConceptMatch {
  return {
    entry: { phrase: `${modifier.phrase} ${bodyPart.phrase}`, category: 'symptom', source: modifier.source, note: 'symptom adjective and body part (rules/data/symptom-modifiers.json)' },
    category: 'symptom',
    disease: false,
    ambiguous: false,
    firstWord: match.firstWord - 1,
    endWord: match.endWord,
    start: adjective.start,
    end: match.end,
  };
}

/** Compiled vocabularies by configuration, the most recent last; a few, for a server that serves several workspaces. */
const compiled = new Map<string, HealthConcepts>();
const MAX_COMPILED = 8;
let last: { extras: readonly ExtraHealthConcept[]; concepts: HealthConcepts } | undefined;

/** The vocabulary with the user's extra concepts added, compiled once per configuration. */
export function healthConcepts(extras: readonly ExtraHealthConcept[] = []): HealthConcepts {
  // Called once per block with the same settings array: compare by identity first.
  if (last && last.extras === extras) return last.concepts;
  const key = JSON.stringify(extras);
  let concepts = compiled.get(key);
  if (concepts) compiled.delete(key);
  else concepts = new CompiledConcepts(extras);
  compiled.set(key, concepts);
  if (compiled.size > MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
  last = { extras, concepts };
  return concepts;
}

/** Shorthand: the concepts in the words, with the built-in vocabulary and the given extras. */
export function conceptsIn(words: readonly Word[], extras: readonly ExtraHealthConcept[] = []): ConceptMatch[] {
  return healthConcepts(extras).conceptsIn(words);
}

/** The built-in entries, for rules that read them directly (e.g. the disease part). */
export const healthConceptEntries: readonly ConceptEntry[] = builtInEntries;
