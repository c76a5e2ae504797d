// Words of a sentence for claim analysis: tokens (a word with the punctuation before it and
// whether that punctuation breaks the phrase), and the closed word classes and small tests that
// several stages of the analysis read. See analyse.ts for the stages.

import { lexiconIdOfWord } from '../../engine/phrases.js';
import type { Word } from '../../engine/sentences.js';

export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', "it's", 'their', 'his', 'her', 'our', 'your', 'my', 'some', 'any', 'no', 'each', 'every', 'all', 'both', 'more', 'less', 'such', 'much', 'many', 'few', 'several', 'most', 'other', 'another', 'further', 'greater', 'lower', 'higher']);
export const PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'into', 'onto', 'over', 'under', 'between', 'among', 'amongst', 'through', 'throughout', 'during', 'after', 'before', 'within', 'against', 'about', 'via', 'per', 'than', 'as', 'upon', 'across', 'toward', 'towards', 'despite', 'following', 'regarding', 'including', 'like', 'unlike', 'versus', 'vs', 'whose']);
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't"]);
export const HAVE = new Set(['has', 'have', 'had', 'having']);
export const ASSERTIVE_AUX = new Set(['can', 'will', 'shall', 'must', 'does', 'do', 'did', 'cannot']);
export const HEDGING_AUX = new Set(['may', 'might', 'could', 'would', 'should']);
export const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'which', 'who', 'this', 'that', 'these', 'those', 'you', 'one', 'both', 'each']);
/** Subjects whose action is the writer's or the reader's, not a substance's effect: "we reduced the dose", "you can stop". */
export const FIRST_PERSON = new Set(['we', 'i', 'you']);
export const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor', 'yet', 'so', 'then', 'also']);
const LINKING_ADVERBS = new Set(['thereby', 'thus', 'hence', 'therefore', 'consequently', 'so', 'while', 'whilst', 'still', 'further', 'also', 'even', 'ultimately', 'in turn', 'eventually', 'often', 'usually', 'typically', 'generally', 'really', 'actually', 'simply', 'just', 'already', 'now', 'both', 'not', 'only']);
/** Opens a subordinate clause: a hedge inside it stops at the comma that closes it. */
export const SUBORDINATORS = new Set(['although', 'though', 'while', 'whilst', 'whereas', 'if', 'unless', 'when', 'whenever', 'because', 'since', 'as', 'after', 'before', 'once', 'until']);
/** Ends the reach of every earlier hedge. */
export const CONTRASTS = new Set(['but', 'however', 'whereas', 'yet', 'nevertheless', 'nonetheless', 'conversely', 'instead']);
/** Subjects that are the research itself: "these findings contribute to", "the results help to". */
export const RESEARCH_SUBJECTS = new Set(['findings', 'results', 'data', 'study', 'studies', 'analysis', 'analyses', 'research', 'evidence', 'trial', 'trials', 'review', 'work', 'paper', 'article', 'implications', 'observations', 'model', 'models', 'survey', 'report']);
// Patterns hoisted out of the hot functions (a regex literal in a function body is a new object per call).
const PHRASE_BREAK = /[,;:()[\]\u2013\u2014.!?]|\s-\s/;
/**
 * Participles that say how a product was made, before "to" in product copy ("formulated to ease
 * bloating", "Doctor-formulated to banish"): the infinitive after them is what the product does,
 * asserted, not a purpose. Research prose says "designed to" or "developed to" for its aims.
 */
const FORMULATION_PARTICIPLES = /(?:^|-)(?:formulated|crafted|engineered|blended)$/;
export const isFormulationParticiple = (norm: string): boolean => FORMULATION_PARTICIPLES.test(norm);

/**
 * Participles of filling (Levin 1993, 9.8, "fill" verbs) that say what a product is full of
 * before what it is then said to do: "Packed with electrolytes to beat the afternoon slump".
 * "Fortified" and "enriched" are left out: "flour is fortified with folic acid to prevent ..." is
 * how public health states a policy's purpose.
 */
const FILLING_PARTICIPLES = new Set(['packed', 'loaded', 'infused', 'crammed', 'stuffed', 'bursting', 'brimming']);
/** Participles of making that may name their maker before "to": "Designed by a dermatologist to calm". */
const MAKING_PARTICIPLES = /(?:^|-)(?:formulated|crafted|engineered|blended|designed|created|developed|made)$/;
/** Makers whose craft sells a product: a person by trade ("dermatologist", "nutritionist") or these. */
const MAKERS = new Set(['doctor', 'doctors', 'pharmacist', 'pharmacists', 'experts', 'expert', 'naturopath', 'naturopaths', 'herbalist', 'herbalists']);
/** How many words the maker's phrase may have after "by": "by a leading dermatologist". */
const MAKER_REACH = 3;

/** Participles that report evidence ("backed", "shown", "tested"), and the adverbs that make a test clinical. */
const EVIDENCE_PARTICIPLES = /(?:^|-)(?:proven|proved|shown|backed|supported|tested|validated|demonstrated|confirmed)$/;
const EVIDENCE_ADVERBS = new Set(['clinically', 'scientifically', 'medically']);
/** How many words an evidence phrase ("by science", "in two clinical trials") may have after its preposition. */
const EVIDENCE_PHRASE_REACH = 4;

/**
 * The word that asserts an infinitive by naming its evidence, for "to" at `to`: the participle of
 * "backed by science to lower", "shown in two trials to reduce", or the adverb or compound of
 * "clinically tested to reduce", "dermatologist-tested to calm"; or the participle of making
 * before what a product is made with ("made with ginger to settle", "crafted with chamomile to
 * ease"), or the adjective of a degree complement ("powerful enough to knock out"). The infinitive
 * is then what the evidence is said to show, or the product made or strong enough to do,
 * asserted, as after "proven to" and "formulated to". -1 when there is none. A bare "tested to
 * meet" states a purpose.
 */
export function assertingPhraseBefore(words: readonly (Word & { breaks?: boolean })[], to: number): number {
  if (to < 1 || words[to].breaks) return -1;
  const before = words[to - 1].norm;
  // A degree complement (Huddleston & Pullum 2002, ch. 13): "powerful enough to knock out", "strong enough to
  // clear" says what the product can do, asserted as after "proven to".
  if (before === 'enough') return to > 1 && !isFunctionWord(words[to - 2].norm) && !words[to - 1].breaks ? to - 2 : -1;
  if (EVIDENCE_PARTICIPLES.test(before)) {
    if (before.includes('-')) return to - 1;
    return to > 1 && EVIDENCE_ADVERBS.has(words[to - 2].norm) && !words[to - 1].breaks ? to - 2 : -1;
  }
  // The phrase must name research ("by science", "in clinical trials"): "supported by a grant to reduce" names a purpose.
  let namesResearch = before === 'science' || RESEARCH_SUBJECTS.has(before);
  for (let preposition = to - 2; preposition >= 1 && to - preposition <= EVIDENCE_PHRASE_REACH + 1; preposition--) {
    if (words[preposition + 1].breaks) return -1;
    const norm = words[preposition].norm;
    // "Made with ginger to settle", "Crafted with chamomile and lavender to ease", "Packed with electrolytes to beat": what it is made of or full of, then what it is made to do.
    if (norm === 'with' && !words[preposition].breaks && (words[preposition - 1].norm === 'made' || isFormulationParticiple(words[preposition - 1].norm) || FILLING_PARTICIPLES.has(words[preposition - 1].norm))) return preposition - 1;
    // "Designed by a dermatologist to calm", "Formulated by nutritionists to support": the maker's craft asserts what it made the product do.
    if (norm === 'by' && !words[preposition].breaks && to - preposition <= MAKER_REACH + 1 && MAKING_PARTICIPLES.test(words[preposition - 1].norm) && (MAKERS.has(before) || PERSON_BY_TRADE.test(before))) return preposition - 1;
    if (norm !== 'by' && norm !== 'in') {
      namesResearch ||= norm === 'science' || RESEARCH_SUBJECTS.has(norm);
      continue;
    }
    if (!namesResearch || words[preposition].breaks || !EVIDENCE_PARTICIPLES.test(words[preposition - 1].norm)) return -1;
    return EVIDENCE_ADVERBS.has(words[preposition - 2]?.norm ?? '') && !words[preposition - 1].breaks ? preposition - 2 : preposition - 1;
  }
  return -1;
}

/** Nouns for people by their trade or field: "physiotherapist", "dermatologist", "paediatrician" (not "mist"). */
export const PERSON_BY_TRADE = /^\p{L}{3,}(?:ists?|ians?)$/u;

export const STARTS_WITH_DIGIT = /^\d/;
export const PARTICIPLE_OR_COMPARATIVE = /(?:ed|er)$/;
export const COMMA_ONLY = /^,\s*$/;
/** Words ending in -ly that are not adverbs. */
const NOT_ADVERBS_IN_LY = new Set(['only', 'apply', 'supply', 'reply', 'rely', 'family', 'daily', 'early', 'likely', 'unlikely']);
/** Verbs that, like "be", link a subject to an efficacy predicate. */
export const COPULAR_VERBS = new Set(['prove', 'proves', 'proved', 'proven', 'remain', 'remains', 'remained', 'become', 'becomes', 'became', 'represent', 'represents', 'represented', 'constitute', 'constitutes', 'constituted']);

export interface Token extends Word {
  index: number;
  /** Text between the previous word and this one (punctuation, spaces, skipped code). */
  gap: string;
  /** Punctuation before this word breaks the phrase (see `breaks`). */
  breaks: boolean;
}

export function isAdverb(token: Token | undefined): boolean {
  if (!token) return false;
  return (token.norm.endsWith('ly') && token.norm.length > 3 && !NOT_ADVERBS_IN_LY.has(token.norm)) || LINKING_ADVERBS.has(token.norm);
}

export function isFunctionWord(norm: string): boolean {
  return DETERMINERS.has(norm) || PREPOSITIONS.has(norm) || BE.has(norm) || HAVE.has(norm) || ASSERTIVE_AUX.has(norm) || HEDGING_AUX.has(norm) || CONJUNCTIONS.has(norm) || SUBORDINATORS.has(norm) || norm === 'not' || norm === 'to';
}

/** True when punctuation between two words breaks the phrase (comma, semicolon, dash, bracket). */
function breaks(gap: string): boolean {
  return PHRASE_BREAK.test(gap);
}

/** Same words as the engine's splitWords (letters and digits, inner apostrophes and hyphens), faster. */
const WORD = /[\p{L}\p{N}]+(?:['\u2019\u2018-][\p{L}\p{N}]+)*/gu;
const LONE_BRACKET = /^\s*[()]\s*$/;
const TYPOGRAPHIC_APOSTROPHE = /[\u2019\u2018]/g;

export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    let norm = raw.toLowerCase();
    if (norm.includes('\u2019') || norm.includes('\u2018')) norm = norm.replace(TYPOGRAPHIC_APOSTROPHE, "'");
    const gap = text.slice(previousEnd, start);
    // Built with a fixed shape (no spread): every function below reads these objects.
    // A bracket alone does not break the phrase: "doses (in single doses) reduced LDL" keeps its subject.
    tokens.push({ norm, start: offset + start, end: offset + end, index: tokens.length, gap, breaks: gap !== ' ' && !LONE_BRACKET.test(gap) && breaks(gap), lexiconId: -1 });
    previousEnd = end;
  }
  return tokens;
}

/**
 * Whether the words from `at` on are `phrase` (lower-case words). A plain loop: the families try
 * their phrase lists at many places in every sentence, and a closure per phrase and place
 * (`phrase.every(...)`) was much of what the check before tagging allocated.
 */
export function phraseAt(words: readonly { norm: string }[], at: number, phrase: readonly string[]): boolean {
  if (at < 0 || at + phrase.length > words.length) return false;
  for (let offset = 0; offset < phrase.length; offset++) if (words[at + offset].norm !== phrase[offset]) return false;
  return true;
}

/** The first of `phrases` that stands in the words from `at` on (`phraseAt`), or undefined. */
export function firstPhraseAt<Phrase extends readonly string[]>(words: readonly { norm: string }[], at: number, phrases: readonly Phrase[]): Phrase | undefined {
  for (const phrase of phrases) if (phraseAt(words, at, phrase)) return phrase;
  return undefined;
}

/** The same tokens from words the engine has already split (`wordsOfSentence`): no second regular-expression pass. */
export function tokensOfWords(text: string, offset: number, words: readonly Word[]): Token[] {
  const tokens: Token[] = new Array(words.length);
  let previousEnd = 0;
  for (let at = 0; at < words.length; at++) {
    const word = words[at];
    const start = word.start - offset;
    const end = word.end - offset;
    const gap = text.slice(previousEnd, start);
    tokens[at] = { norm: word.norm, start: word.start, end: word.end, index: at, gap, breaks: gap !== ' ' && !LONE_BRACKET.test(gap) && breaks(gap), lexiconId: lexiconIdOfWord(word) };
    previousEnd = end;
  }
  return tokens;
}

/** The first word at or after `from` that is not an adverb of the same phrase (at most `limit` skipped). */
export function skipAdverbs(tokens: Token[], from: number, limit: number): number {
  let at = from;
  while (at - from < limit && at < tokens.length && !tokens[at].breaks && tokens[at].norm !== 'not' && isAdverb(tokens[at])) at++;
  return at < tokens.length && tokens[at].breaks ? from : at;
}

/** A word that is more likely a verb than an adjective before a noun: "showed", "reduces". */
export function looksLikeVerb(token: Token): boolean {
  return PARTICIPLE_OR_COMPARATIVE.test(token.norm) && !token.norm.endsWith('er') || token.norm.endsWith('s') && !token.norm.endsWith('ss');
}
