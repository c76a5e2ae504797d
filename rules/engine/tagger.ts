// Parts of speech and lemmas for a sentence's engine words, from wink-nlp with its English
// lite web model, chosen by `npm run bench:taggers` (test/fixtures/pos/): 4 to 20 times faster
// than en-pos and compromise, the only one fast enough to tag every sentence, and with the two
// repairs below the best verb precision and recall together. The model is JavaScript, not a
// file read at run time, so the engine still runs in a browser; it is loaded on the first call,
// because it costs hundreds of milliseconds that most runs never need.
import type { Word } from './sentences.js';

/** Universal POS tags (universaldependencies.org/u/pos). */
export type UPOS =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM'
  | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X';

export type VerbForm = 'base' | 's' | 'past' | 'participle' | 'ing';

export interface TaggedWord {
  pos: UPOS;
  /** For VERB and AUX other than modals: which inflection the word is. */
  verbForm?: VerbForm;
  /** Lower-case dictionary form ("melts" → "melt", "don't" → "do"). */
  lemma: string;
}

/** A library token located in the text: offsets relative to the text given to the library. */
export interface LocatedToken {
  start: number;
  end: number;
  pos: UPOS;
  lemma: string;
}

type WinkNlp = ReturnType<typeof import('wink-nlp')['default']>;
let nlp: WinkNlp | undefined;

// wink adds every token it has not seen to a lexicon of its own, for the life of the instance
// (about 130 bytes a word): a server that runs for days would grow without bound. The distinct
// tokens given to the instance are counted, and past this many the instance is replaced
// (about a second, at most every 100,000 new tokens): at most ~20 MB between the two.
let maxDistinctTokens = 100_000;
let tokensSeen = new Set<string>();

/** How many distinct tokens one wink instance may see before it is replaced (tests, small hosts). */
export function setTaggerTokenLimit(distinctTokens: number): void {
  maxDistinctTokens = distinctTokens;
}

function loadWink(): WinkNlp {
  if (nlp && tokensSeen.size <= maxDistinctTokens) return nlp;
  tokensSeen = new Set();
  // `require` inside the function keeps the model out of module start-up: bundlers evaluate
  // it on this first call. Only the POS step of the pipeline: the others cost time and we do
  // not use them (sentences are already split by the engine).
  const started = performance.now();
  const winkNLP = require('wink-nlp') as typeof import('wink-nlp')['default'];
  const model = loadModel();
  const required = performance.now();
  nlp = winkNLP(model, ['pos']);
  loads.push({ requireMs: required - started, instanceMs: performance.now() - required });
  return nlp;
}

/** Each wink instance made in this process: loading the model's code (first time only) and building the instance from it. */
const loads: Array<{ requireMs: number; instanceMs: number }> = [];

/** How the tagger was loaded in this process (benchmarks, and tests that it loads once): one entry per wink instance. */
export function taggerLoads(): ReadonlyArray<{ requireMs: number; instanceMs: number }> {
  return loads;
}

/**
 * The English model. The bundles load it from `tagger-model.js` beside them (esbuild.mjs): Node
 * with `require`; a web worker (the browser build of the server), which has no `require`, with
 * `importScripts`, after which the file leaves the model in a global.
 */
function loadModel(): import('wink-eng-lite-web-model').Model {
  const scope = globalThis as { importScripts?: (...urls: string[]) => void; location?: { href: string }; healthLintTaggerModel?: import('wink-eng-lite-web-model').Model };
  // A worker started from a blob has the model already (the client puts it in front of the server).
  if (scope.healthLintTaggerModel) return scope.healthLintTaggerModel;
  if (typeof scope.importScripts === 'function' && scope.location) {
    scope.importScripts(new URL('tagger-model.js', scope.location.href).href);
    if (scope.healthLintTaggerModel) return scope.healthLintTaggerModel;
  }
  return require('wink-eng-lite-web-model') as import('wink-eng-lite-web-model').Model;
}

/**
 * Loads the model now rather than on the first sentence that needs tags (~0.35 s of CPU, more on
 * a busy machine): the language server's lint worker calls it when it has started, so the load
 * overlaps with the editor opening documents. Loading stays once per process. A model that
 * fails to load is left for that first sentence, whose caller reports it once.
 */
export function prepareTagger(): void {
  try {
    loadWink();
  } catch {
    // Reported where tags are asked for (rules/catalog/claims/analyse.ts), with lexicon claims still found.
  }
}

/** wink-nlp's tokens of `text`, with their offsets in it. */
export function winkTokens(text: string): LocatedToken[] {
  const wink = loadWink();
  const its = wink.its;
  const tokens = wink.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  for (const value of values) tokensSeen.add(value);
  const tags = tokens.out(its.pos) as string[];
  // wink's types do not admit its.lemma to out(), which accepts it.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  return locate(text, values, (index) => ({ pos: tags[index] as UPOS, lemma: lemmas[index] }));
}

/**
 * Places a library's token strings in the text they came from, in order. A token that cannot
 * be found (a library that rewrites its input) is dropped; its words fall back to `X`.
 */
export function locate(text: string, values: readonly string[], describe: (index: number) => { pos: UPOS; lemma: string }): LocatedToken[] {
  const located: LocatedToken[] = [];
  let cursor = 0;
  for (let index = 0; index < values.length; index++) {
    const start = findToken(text, values[index], cursor);
    if (start < 0) continue;
    cursor = start + values[index].length;
    located.push({ start, end: cursor, ...describe(index) });
  }
  return located;
}

/** Where `value` starts in `text` at or after `cursor`, or -1 if it is empty or not near. */
function findToken(text: string, value: string, cursor: number): number {
  if (value.length === 0) return -1;
  // Most tokens start right at the cursor or after one space: no search needed.
  if (text.startsWith(value, cursor)) return cursor;
  const start = text.indexOf(value, cursor);
  // Looking far ahead for a token that was rewritten would make a long sentence quadratic.
  return start < 0 || start - cursor > 64 + value.length ? -1 : start;
}

/**
 * Part of speech, verb form and lemma of each engine word of `text`, whose words are `words`
 * (offsets in the block, `offset` being where `text` starts: `sentence.start`). The result is
 * shared with later calls for the same sentence (see the cache below) and frozen: copy a tag
 * before changing it.
 */
export function tagWords(text: string, offset: number, words: readonly Word[]): TaggedWord[] {
  if (words.length === 0) return [];
  const known = entryFor(taggedAhead, text, offset, words) ?? cachedEntry(text, offset, words);
  if (known) {
    cacheHits++;
    return known.tags;
  }
  return tagAndRemember(text, offset, words).tags;
}

/** A sentence to tag: its text, where it starts in its block's prose, and its engine words (as for `tagWords`). */
export interface SentenceToTag {
  text: string;
  offset: number;
  words: readonly Word[];
}

/**
 * Tags the sentences a lint is about to ask for, in one pass per batch of blocks before the rules
 * run on them (the claim analysis calls it through the engine's `prepare` hook): a sentence tagged this way cost
 * ~80 µs against ~212 µs when the same call came from inside the rules, between their own work
 * (bench/RESULTS.md, issue 13). Sentences already in the cache are not tagged again. `tagWords`
 * finds the tags until the returned function is called at the end of the lint, whatever the
 * cache's capacity (the cache alone could evict them before they are asked for).
 */
export function tagAhead(sentences: readonly SentenceToTag[]): () => void {
  // A lint prepares its blocks a batch at a time and releases at its end: the batches add to one
  // store, so a sentence tagged for an earlier batch is found, not tagged again.
  const ahead: TagStore = taggedAhead === NOTHING_AHEAD ? new Map() : taggedAhead;
  // Set first: a second copy of a sentence in the list is found, not tagged again.
  taggedAhead = ahead;
  for (const { text, offset, words } of sentences) {
    if (words.length === 0 || entryFor(ahead, text, offset, words)) continue;
    ahead.set(text, cachedEntry(text, offset, words) ?? tagAndRemember(text, offset, words));
  }
  return () => {
    if (taggedAhead === ahead) taggedAhead = NOTHING_AHEAD;
  };
}

/** A sentence's tags, and where its words were (relative to its text) when it was tagged. */
interface TagEntry {
  wordOffsets: Int32Array;
  tags: TaggedWord[];
}
type TagStore = Map<string, TagEntry>;
const NOTHING_AHEAD: TagStore = new Map();
/** The tags `tagAhead` made for the lint under way. */
let taggedAhead = NOTHING_AHEAD;

/** Tags a sentence with wink, and keeps the result in the cache. */
function tagAndRemember(text: string, offset: number, words: readonly Word[]): TagEntry {
  cacheMisses++;
  const tagged = alignTokens(words, offset, winkTokens(caseForTagging(text, offset, words)));
  giveVerblessClausesTheirVerb(text, offset, words, tagged);
  for (const tag of tagged) Object.freeze(tag);
  const entry = { wordOffsets: wordOffsetsOf(offset, words), tags: Object.freeze(tagged) as TaggedWord[] };
  remember(text, entry);
  return entry;
}

// Re-linting an edited document tags again the sentences of the blocks that changed, most of
// them unchanged: recent results are kept, keyed by the sentence's text, least recently used
// first out. Tags depend only on the text and on where its words are, so the words' offsets
// relative to the text are checked too (a caller may split words differently). Measured
// (`npm run bench:taggers`): about 1.9 KB a sentence, ~3.8 MB when full.
/** How many tagged sentences the cache keeps by default (about 1.9 KB each). */
export const TAG_CACHE_SENTENCES = 2000;
let cacheCapacity = TAG_CACHE_SENTENCES;
const tagCache: TagStore = new Map();
let cacheHits = 0;
let cacheMisses = 0;

function entryFor(store: TagStore, text: string, offset: number, words: readonly Word[]): TagEntry | undefined {
  const entry = store.get(text);
  return entry && sameOffsets(entry.wordOffsets, offset, words) ? entry : undefined;
}

function cachedEntry(text: string, offset: number, words: readonly Word[]): TagEntry | undefined {
  const entry = entryFor(tagCache, text, offset, words);
  if (entry) {
    // Moved to the end: the most recently used is the last to be evicted.
    tagCache.delete(text);
    tagCache.set(text, entry);
  }
  return entry;
}

function wordOffsetsOf(offset: number, words: readonly Word[]): Int32Array {
  const wordOffsets = new Int32Array(words.length * 2);
  for (let index = 0; index < words.length; index++) {
    wordOffsets[index * 2] = words[index].start - offset;
    wordOffsets[index * 2 + 1] = words[index].end - offset;
  }
  return wordOffsets;
}

function remember(text: string, entry: TagEntry): void {
  if (cacheCapacity <= 0) return;
  tagCache.delete(text);
  while (tagCache.size >= cacheCapacity) tagCache.delete(tagCache.keys().next().value as string);
  tagCache.set(ownCopy(text), entry);
}

/**
 * The sentence as a string of its own: a sentence sliced from a document keeps the whole
 * document alive in V8, and the cache would hold every edited version of it. Slicing a
 * concatenation makes V8 copy the characters first.
 */
function ownCopy(text: string): string {
  return `${text} `.slice(0, -1);
}

function sameOffsets(wordOffsets: Int32Array, offset: number, words: readonly Word[]): boolean {
  if (wordOffsets.length !== words.length * 2) return false;
  for (let index = 0; index < words.length; index++) {
    if (wordOffsets[index * 2] !== words[index].start - offset || wordOffsets[index * 2 + 1] !== words[index].end - offset) return false;
  }
  return true;
}

/**
 * How many sentences' tags are kept (0: none), emptying the cache; for benchmarks that must
 * measure tagging itself, and for small hosts.
 */
export function setTagCacheCapacity(sentences: number): void {
  cacheCapacity = sentences;
  tagCache.clear();
}

/**
 * Since the last reset: sentences whose tags were found (made ahead, or in the cache) and
 * sentences tagged by wink (ahead or when asked); and the cache's current size (benchmarks).
 */
export function tagCacheStats(reset = false): { hits: number; misses: number; size: number } {
  const stats = { hits: cacheHits, misses: cacheMisses, size: tagCache.size };
  if (reset) cacheHits = cacheMisses = 0;
  return stats;
}

const CLAUSE_BREAK = /[,;:()\u2013\u2014!?.]/;
/** Noun suffixes that no verb has ("digestion", "treatment", "immunity"). */
const NEVER_A_VERB = /(?:tion|sion|ment|ness|ity|ance|ence|ism|ogy)s?$/;
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'away', 'back', 'over', 'through']);
const MAY_FOLLOW_A_VERB = new Set<UPOS>(['DET', 'PRON', 'ADJ', 'NOUN', 'ADP', 'NUM', 'ADV', 'PROPN']);

/**
 * wink tags a verb that can also be a noun as a noun after a noun subject ("Kelp kicks out
 * metals", "Honey cures a sore throat", "These drops zap headaches"), leaving a clause of
 * lower-case prose without any verb. In such a clause, the first noun or adjective that stands
 * between a nominal and what can follow a verb, and reads as an inflected form (it ends in -s
 * with a shorter lemma) or follows a plural, is taken as the verb. Headings and fragments in
 * title case are left alone.
 */
function giveVerblessClausesTheirVerb(text: string, offset: number, words: readonly Word[], tagged: TaggedWord[]): void {
  let clauseStart = 0;
  for (let index = 1; index <= words.length; index++) {
    const atBreak = index === words.length || CLAUSE_BREAK.test(text.slice(words[index - 1].end - offset, words[index].start - offset));
    if (!atBreak) continue;
    repairClause(text, offset, words, tagged, clauseStart, index);
    clauseStart = index;
  }
  giveImperativeItsVerb(text, offset, words, tagged);
}

/**
 * An imperative that wink read as a noun: "Ditch the pills", "Sip slowly", "Sleep better".
 * The first word in its base form, followed in the same clause by a determiner, a pronoun
 * other than a relative one ("Relief that lasts") or an adverb.
 */
function giveImperativeItsVerb(text: string, offset: number, words: readonly Word[], tagged: TaggedWord[]): void {
  if (words.length < 2) return;
  const first = tagged[0];
  const norm = words[0].norm;
  const next = tagged[1].pos;
  if (first.pos !== 'NOUN' || first.lemma !== norm || NEVER_A_VERB.test(norm)) return;
  if (CLAUSE_BREAK.test(text.slice(words[0].end - offset, words[1].start - offset))) return;
  if (RELATIVE.has(words[1].norm) || (next !== 'DET' && next !== 'PRON' && next !== 'ADV')) return;
  tagged[0] = { pos: 'VERB', lemma: norm, verbForm: 'base' };
}

const RELATIVE = new Set(['that', 'which', 'who', 'whose', 'whom']);

function repairClause(text: string, offset: number, words: readonly Word[], tagged: TaggedWord[], start: number, end: number): void {
  if (end - start < 3) return;
  for (let index = start; index < end; index++) {
    const pos = tagged[index].pos;
    if (pos === 'VERB' || pos === 'AUX') return;
    if (index > start && isCapitalisedOnly(text, words[index].start - offset, words[index].end - offset)) return;
  }
  let chosen = -1;
  let chosenFollowsPlural = false;
  for (let index = start + 1; index < end - 1; index++) {
    const candidate = tagged[index];
    const before = tagged[index - 1];
    if (candidate.pos !== 'NOUN' && candidate.pos !== 'ADJ') continue;
    if (before.pos !== 'NOUN' && before.pos !== 'PROPN' && before.pos !== 'PRON') continue;
    const after = tagged[index + 1].pos;
    if (!MAY_FOLLOW_A_VERB.has(after)) continue;
    // Before a preposition only a particle tells a verb ("kicks out toxins") from the head of a
    // noun phrase ("brain fog symptoms in adults", "sleep aids for kids").
    if (after === 'ADP' && !PARTICLES.has(words[index + 1].norm)) continue;
    const norm = words[index].norm;
    const previous = words[index - 1].norm;
    const inflected = norm.endsWith('s') && candidate.lemma.length < norm.length;
    const followsPlural = previous.endsWith('s') && !previous.endsWith("'s") && before.lemma.length < previous.length;
    // After a plural ("These drops zap headaches", "Detox teas flush toxins") beats an -s form.
    if (NEVER_A_VERB.test(norm)) continue;
    // An -s form already chosen just before is more likely the verb than its plural subject
    // ("Ginger aids digestion", "wort lifts low moods").
    if ((followsPlural && !chosenFollowsPlural && chosen !== index - 1) || (inflected && chosen < 0)) {
      chosen = index;
      chosenFollowsPlural = followsPlural;
    }
  }
  if (chosen < 0) return;
  const norm = words[chosen].norm;
  const asThirdPerson = !chosenFollowsPlural;
  tagged[chosen] = { pos: 'VERB', lemma: asThirdPerson ? tagged[chosen].lemma : norm, verbForm: asThirdPerson ? 's' : 'base' };
}

/**
 * The text with capitals that carry no meaning taken off, length unchanged: wink tags nearly
 * every capitalised word as a proper noun, so the first word of a sentence ("Turmeric supports
 * ...", "Grab a bottle") and the words of a title-case heading ("Supports Healthy Digestion")
 * would be PROPN. Words with other capitals ("NeuroCalm", "HTP", "FDA") keep theirs.
 */
export function caseForTagging(text: string, offset: number, words: readonly Word[]): string {
  let capitalised = 0;
  for (const word of words) if (isCapitalisedOnly(text, word.start - offset, word.end - offset)) capitalised++;
  const titleCase = words.length > 1 && capitalised * 2 > words.length;
  let result = '';
  let copied = 0;
  for (let index = 0; index < words.length; index++) {
    if (index > 0 && !titleCase) break;
    const start = words[index].start - offset;
    if (!isCapitalisedOnly(text, start, words[index].end - offset)) continue;
    result += text.slice(copied, start) + text[start].toLowerCase();
    copied = start + 1;
  }
  return copied === 0 ? text : result + text.slice(copied);
}

/** An ASCII capital followed only by lower-case letters and joiners ("Turmeric", "Don't"). */
function isCapitalisedOnly(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first < 65 || first > 90) return false;
  for (let at = start + 1; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code >= 65 && code <= 90) return false;
  }
  return end - start > 1;
}

/**
 * One tagged word per engine word, from located library tokens. An engine word keeps
 * contractions and hyphenated words whole where libraries split them: a contraction
 * ("don't", "John's") takes its first token, the verb or noun it starts with; a hyphenated
 * word ("re-energizes", "5-HTP") its last, which is its head.
 */
export function alignTokens(words: readonly Word[], offset: number, tokens: readonly LocatedToken[]): TaggedWord[] {
  const tagged: TaggedWord[] = new Array(words.length);
  let first = 0;
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    const start = word.start - offset;
    const end = word.end - offset;
    while (first < tokens.length && tokens[first].end <= start) first++;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].start < end) last++;
    const overlaps = first < tokens.length && tokens[first].start < end;
    if (!overlaps) {
      tagged[index] = { pos: 'X', lemma: word.norm };
      continue;
    }
    const contraction = word.norm.includes("'");
    const head = contraction ? tokens[first] : tokens[last];
    // A hyphenated word is never an auxiliary: "well-being" ends in the token "being".
    const pos = head.pos === 'AUX' && !contraction && head !== tokens[first] ? 'NOUN' : head.pos;
    let lemma: string;
    if (head.start === start && head.end === end) lemma = head.lemma.toLowerCase();
    else if (head.start >= start && head.end <= end && !contraction) lemma = word.norm.slice(0, head.start - start) + head.lemma.toLowerCase();
    else if (contraction && head.start === start) lemma = head.lemma.toLowerCase();
    else lemma = word.norm; // one token spans several words ("U.S."): keep the word
    const result: TaggedWord = { pos, lemma };
    if (pos === 'VERB' || pos === 'AUX') {
      const form = verbFormOf(contraction ? word.norm.slice(0, head.end - start) : word.norm, lemma, words, index);
      if (form) result.verbForm = form;
    }
    tagged[index] = result;
  }
  return tagged;
}

const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "won't", 'wo', 'ca', 'ought']);
const IRREGULAR_FORMS: Record<string, VerbForm> = {
  am: 'base', are: 'base', is: 's', was: 'past', were: 'past', been: 'participle', being: 'ing',
  has: 's', does: 's', did: 'past', done: 'participle', gone: 'participle', went: 'past',
};
/** Forms of be, have and get before which a past form is a participle ("is reversed by"). */
const PARTICIPLE_CUES = new Set(['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being', "isn't", "aren't", "wasn't", "weren't", 'has', 'have', 'had', "hasn't", "haven't", "hadn't", 'get', 'gets', 'got', 'gotten', 'getting']);
/** Words that may stand between an auxiliary and its participle ("was dramatically lowered"). */
const MAY_INTERVENE = /^(?:not|never|also|already|often|been|being|just|now|then|\w+ly)$/;

/**
 * The inflection of a verb, from its surface and lemma (wink gives no fine tag). A past or
 * participle ending is told apart by what comes before: a form of be, have or get.
 */
function verbFormOf(surface: string, lemma: string, words: readonly Word[], index: number): VerbForm | undefined {
  if (MODALS.has(surface) || MODALS.has(lemma)) return undefined;
  const irregular = IRREGULAR_FORMS[surface];
  if (irregular) return irregular;
  if (surface === lemma || surface === 'be' || surface === 'have' || surface === 'do') return 'base';
  if (surface.endsWith('ing')) return 'ing';
  if (surface.endsWith('s') && (surface === `${lemma}s` || surface === `${lemma}es` || surface.endsWith('ies') || lemma === 'have')) return 's';
  if (/(?:en|wn|ne)$/.test(surface) && !surface.endsWith('ened')) return 'participle';
  for (let before = index - 1; before >= 0 && before >= index - 3; before--) {
    const norm = words[before].norm;
    if (PARTICIPLE_CUES.has(norm) || norm.endsWith("'s") || norm.endsWith("'ve") || norm.endsWith("'re")) return 'participle';
    if (!MAY_INTERVENE.test(norm)) break;
  }
  return 'past';
}
