// Lexicons: phrase lists kept as data, each entry able to name its source, compiled once
// into a word trie so that matching costs one pass over a sentence's words however many
// phrases a list holds.
//
// The rules ask some thirty lexicons about each sentence. So that this does not cost a pass
// per lexicon, every lexicon word has a number in one vocabulary shared by all matchers, each
// sentence word is looked up in it once (`Word.lexiconId`), and one pass over a shared word
// list finds where each lexicon's phrases may start (`PhraseStarts`, by start slot). A lexicon
// then walks its trie from those words only.

import { normaliseWord, splitWords, type SharedWords, type Word } from './sentences.js';

export interface LexiconEntry {
  /** Words to match, case-insensitive. `*` matches any one word. */
  phrase: string;
  /** Key into the lexicon's `sources`, or a free-text citation. */
  source?: string;
  /** Optional note for editors, e.g. why the entry is there or what to write instead. */
  note?: string;
  /** Optional replacement text offered as a suggestion. */
  replacement?: string;
}

export interface Lexicon {
  description: string;
  sources?: Record<string, string>;
  entries: LexiconEntry[];
}

export interface PhraseMatch<T> {
  entry: T;
  /** Index of the first and one past the last matched word. */
  firstWord: number;
  endWord: number;
  start: number;
  end: number;
}

// The words of every phrase of every matcher. It only grows (a matcher made from user
// configuration adds its words). `version` changes whenever the vocabulary or the start slots
// below do, so that what was worked out for a sentence under an older version is redone.
const vocabulary = new Map<string, number>();
let version = 0;

/** A word's id in the vocabulary shared by all lexicons, added if new (for indexes of phrases other than `PhraseMatcher`'s). */
export function vocabularyId(word: string): number {
  let id = vocabulary.get(word);
  if (id === undefined) {
    id = vocabulary.size;
    vocabulary.set(word, id);
    version++;
  }
  return id;
}

/**
 * A word's vocabulary id, or a negative number when no phrase holds the word. Looked up once
 * per word and kept on the word (`Word.lexiconId`) for every other lexicon to read; `absent`
 * (-1 - version) marks a word as absent from the current vocabulary.
 */
function lexiconIdOf(word: Word, absent: number): number {
  const id = vocabulary.get(word.norm) ?? absent;
  // Words that lack the field were not made by the engine: leave their shape alone.
  if (word.lexiconId !== undefined) word.lexiconId = id;
  return id;
}

/** A word's id in the lexicons' vocabulary, or a negative number when no lexicon holds it; looked up once per word. */
export function lexiconIdOfWord(word: Word): number {
  const id = word.lexiconId;
  const absent = -1 - version;
  return id !== undefined && (id >= 0 || id === absent) ? id : lexiconIdOf(word, absent);
}

// Start slots: matchers whose phrases begin with the same set of words share a slot, so that
// building the same lexicon again (for another configuration) adds nothing. For each
// vocabulary id, the slots that have a phrase starting with it.
const slotsByFirstWords = new Map<string, number>();
const slotsStartedBy: number[][] = [];

function slotFor(firstWordIds: readonly number[]): number {
  const key = firstWordIds.join(' ');
  let slot = slotsByFirstWords.get(key);
  if (slot === undefined) {
    slot = slotsByFirstWords.size;
    slotsByFirstWords.set(key, slot);
    for (const id of firstWordIds) (slotsStartedBy[id] ??= []).push(slot);
    version++;
  }
  return slot;
}

/**
 * Where each start slot's words are in one of the engine's shared word lists, worked out once per
 * list and vocabulary version; undefined for other arrays (they may change).
 */
function sharedStarts(words: readonly Word[]): Array<number | number[] | undefined> | undefined {
  const starts = (words as SharedWords).phraseStarts;
  if (starts === undefined) return undefined;
  if (starts.version !== version) {
    starts.bySlot = startsOf(words);
    starts.version = version;
  }
  return starts.bySlot;
}

/** For each start slot, the index or indexes of the words that start one of its phrases. */
function startsOf(words: readonly Word[]): Array<number | number[] | undefined> {
  const absent = -1 - version;
  // Sized once: slots are few, and growing the array slot by slot would copy it.
  const bySlot: Array<number | number[] | undefined> = new Array(slotsByFirstWords.size);
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    let id = word.lexiconId!;
    if (!(id >= 0) && id !== absent) id = lexiconIdOf(word, absent);
    if (id < 0) continue;
    const slots = slotsStartedBy[id];
    if (slots === undefined) continue;
    for (const slot of slots) {
      // Most slots start at one word of a sentence, if any: a number, and a list only for more.
      const starts = bySlot[slot];
      if (starts === undefined) bySlot[slot] = index;
      else if (typeof starts === 'number') bySlot[slot] = [starts, index];
      else starts.push(index);
    }
  }
  return bySlot;
}

// Most nodes of a large lexicon (the health concepts: some 20,000 phrases) are the last word of
// a phrase with no children, and most have no entries: the map and the list are made only when
// needed, which keeps the compiled lexicons smaller and quicker to build.
class TrieNode<T> {
  /** Children by vocabulary id, once there is one. */
  next: Map<number, TrieNode<T>> | undefined = undefined;
  /** The child reached through a `*` word. */
  any: TrieNode<T> | undefined = undefined;
  /** The phrases that end here, once there is one. */
  entries: T[] | undefined = undefined;
}

export class PhraseMatcher<T extends { phrase: string }> {
  private readonly root = new TrieNode<T>();
  /** The root's children indexed by vocabulary id: the test every word of a sentence meets. */
  private readonly firstWords: Array<TrieNode<T> | undefined> = [];
  private empty = true;
  /** This matcher's start slot; -1 until the first search after a phrase was added. */
  private slot = -1;

  constructor(entries: Iterable<T>) {
    for (const entry of entries) this.add(entry);
  }

  add(entry: T): void {
    const words = phraseWords(entry.phrase);
    if (words.length === 0) return;
    this.empty = false;
    this.slot = -1;
    let node = this.root;
    for (const word of words) {
      let child: TrieNode<T> | undefined;
      if (word === '*') child = node.any ??= new TrieNode<T>();
      else {
        const id = vocabularyId(word);
        child = node.next?.get(id);
        if (!child) {
          child = new TrieNode<T>();
          (node.next ??= new Map()).set(id, child);
          if (node === this.root) {
            while (this.firstWords.length < id) this.firstWords.push(undefined);
            this.firstWords[id] = child;
          }
        }
      }
      node = child;
    }
    (node.entries ??= []).push(entry);
  }

  /** Every match, longest first at each start word; overlapping matches are all reported. */
  findAll(words: readonly Word[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    if (this.empty || words.length === 0) return matches;
    // A phrase starting with `*` may start anywhere: no index helps.
    if (this.root.any !== undefined) return this.scan(words, matches);
    if (this.slot < 0) this.slot = slotFor([...(this.root.next?.keys() ?? [])].sort((a, b) => a - b));
    const starts = sharedStarts(words);
    if (starts === undefined) return this.scan(words, matches);
    const mine = starts[this.slot];
    if (mine === undefined) return matches;
    if (typeof mine === 'number') this.walkFrom(mine, words, matches);
    else for (const first of mine) this.walkFrom(first, words, matches);
    return matches;
  }

  /** Adds the matches starting at a word known to start one of this matcher's phrases. */
  private walkFrom(first: number, words: readonly Word[], matches: PhraseMatch<T>[]): void {
    const before = matches.length;
    this.walk(this.firstWords[words[first].lexiconId!]!, words, -1 - version, first, first + 1, matches);
    if (matches.length - before > 1) sortLongestFirst(matches, before);
  }

  /** `findAll` word by word, for word arrays that are not the engine's shared ones. */
  private scan(words: readonly Word[], matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
    const absent = -1 - version;
    const firstWords = this.firstWords;
    const anyFirst = this.root.any;
    for (let first = 0; first < words.length; first++) {
      const word = words[first];
      let id = word.lexiconId!;
      if (!(id >= 0) && id !== absent) id = lexiconIdOf(word, absent);
      // Most words start no phrase: skip them without allocating.
      const exact = id >= 0 ? firstWords[id] : undefined;
      if (exact === undefined && anyFirst === undefined) continue;
      const before = matches.length;
      if (exact !== undefined) this.walk(exact, words, absent, first, first + 1, matches);
      if (anyFirst !== undefined) this.walk(anyFirst, words, absent, first, first + 1, matches);
      if (matches.length - before > 1) sortLongestFirst(matches, before);
    }
    return matches;
  }

  /** Longest match at each position, with overlapping shorter ones dropped. */
  findLongest(words: readonly Word[]): PhraseMatch<T>[] {
    const all = this.findAll(words);
    if (all.length < 2) return all;
    const result: PhraseMatch<T>[] = [];
    let coveredUntil = 0;
    for (const match of all) {
      if (match.firstWord < coveredUntil) continue;
      result.push(match);
      coveredUntil = match.endWord;
    }
    return result;
  }

  /** Convenience: matches in a piece of text. */
  findInText(text: string, offset = 0): PhraseMatch<T>[] {
    return this.findLongest(splitWords(text, offset));
  }

  /** Adds the matches ending at the node reached after `words[first..index)`, then walks on. */
  private walk(node: TrieNode<T>, words: readonly Word[], absent: number, first: number, index: number, found: PhraseMatch<T>[]): void {
    if (node.entries !== undefined) {
      for (const entry of node.entries) found.push({ entry, firstWord: first, endWord: index, start: words[first].start, end: words[index - 1].end });
    }
    if (index >= words.length) return;
    if (node.next !== undefined) {
      const word = words[index];
      let id = word.lexiconId!;
      if (!(id >= 0) && id !== absent) id = lexiconIdOf(word, absent);
      const exact = id >= 0 ? node.next.get(id) : undefined;
      if (exact) this.walk(exact, words, absent, first, index + 1, found);
    }
    if (node.any) this.walk(node.any, words, absent, first, index + 1, found);
  }
}

/**
 * A set of single words, tested through the shared vocabulary: a word's id is looked up once
 * however many sets and lexicons ask about it, and each test is an array read instead of a
 * string hash look-up. `has` answers as `Set.has(word.norm)` would.
 */
export class WordSet {
  private readonly members: Uint8Array;

  constructor(words: Iterable<string>) {
    const ids = [...words].map(vocabularyId);
    this.members = new Uint8Array(Math.max(-1, ...ids) + 1);
    for (const id of ids) this.members[id] = 1;
  }

  has(word: Word): boolean {
    const id = lexiconIdOfWord(word);
    // A word added to the vocabulary after this set was made is past its end: not a member.
    return id >= 0 && id < this.members.length && this.members[id] === 1;
  }

  /** Whether any of the words is in the set: an array read per word (families of the claim analysis ask this of every sentence before their own scan). */
  hasAny(words: readonly Word[]): boolean {
    for (let i = 0; i < words.length; i++) if (this.has(words[i])) return true;
    return false;
  }
}

/** Sorts `matches[from..]` by end word, descending, keeping the order of equal ends (a stable insertion sort: these runs are a few matches long). */
function sortLongestFirst<T>(matches: PhraseMatch<T>[], from: number): void {
  for (let i = from + 1; i < matches.length; i++) {
    const match = matches[i];
    let j = i - 1;
    while (j >= from && matches[j].endWord < match.endWord) {
      matches[j + 1] = matches[j];
      j--;
    }
    matches[j + 1] = match;
  }
}
export function phraseWords(phrase: string): string[] {
  const words: string[] = [];
  for (const part of phrase.split(/\s+/)) {
    if (part === '*') words.push(part);
    // Most parts are one plain ASCII word, which the word scanner would return lower-cased:
    // the lexicons' ~20,000 phrases are compiled on the first lint, and this skips a scan per word.
    else if (PLAIN_ASCII_WORD.test(part)) words.push(part.toLowerCase());
    else for (const word of splitWords(part)) if (word.norm.length > 0) words.push(word.norm);
  }
  return words;
}

const PLAIN_ASCII_WORD = /^[A-Za-z0-9]+$/;

/**
 * Whether the text holds the phrase (already split by `phraseWords`) as consecutive words,
 * whatever the case and spacing. Cheap for the usual text that lacks the phrase's first word.
 */
export function textContainsPhrase(text: string, phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  // The part before any apostrophe: the text may spell it typographically.
  if (!lowerCase(text).includes(phrase[0].split("'")[0])) return false;
  const words = splitWords(text);
  for (let first = 0; first + phrase.length <= words.length; first++) {
    let length = 0;
    while (length < phrase.length && words[first + length].norm === phrase[length]) length++;
    if (length === phrase.length) return true;
  }
  return false;
}

// Rules ask about the same block one after the other: its lower case is kept for the next.
let lastLowered = { text: '', lower: '' };
function lowerCase(text: string): string {
  if (text !== lastLowered.text) lastLowered = { text, lower: text.toLowerCase() };
  return lastLowered.lower;
}

/** Reads a lexicon's entries as plain phrases, adding extra phrases from user configuration. */
export function lexiconPhrases(lexicon: Lexicon, extra: readonly string[] = []): LexiconEntry[] {
  return [...lexicon.entries, ...extra.map((phrase) => ({ phrase, source: 'user configuration' }))];
}

export { normaliseWord };
