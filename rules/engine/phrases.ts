// Lexicons: phrase lists kept as data, each entry able to name its source, compiled once
// into a word trie so that matching costs one pass over a sentence's words however many
// phrases a list holds.

import { normaliseWord, splitWords, type Word } from './sentences.js';

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

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  entries: T[];
}

export class PhraseMatcher<T extends { phrase: string }> {
  private readonly root: TrieNode<T> = { next: new Map(), entries: [] };

  constructor(entries: Iterable<T>) {
    for (const entry of entries) this.add(entry);
  }

  add(entry: T): void {
    const words = phraseWords(entry.phrase);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    node.entries.push(entry);
  }

  /** Every match, longest first at each start word; overlapping matches are all reported. */
  findAll(words: readonly Word[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    const root = this.root;
    if (root.next.size === 0) return matches;
    const anyFirst = root.next.has('*');
    for (let first = 0; first < words.length; first++) {
      // Most words start no phrase: skip them without allocating.
      if (!anyFirst && !root.next.has(words[first].norm)) continue;
      const found: PhraseMatch<T>[] = [];
      this.walk(root, words, first, first, found);
      if (found.length > 1) found.sort((a, b) => b.endWord - a.endWord);
      for (const match of found) matches.push(match);
    }
    return matches;
  }

  /** Longest match at each position, with overlapping shorter ones dropped. */
  findLongest(words: readonly Word[]): PhraseMatch<T>[] {
    const result: PhraseMatch<T>[] = [];
    let coveredUntil = 0;
    for (const match of this.findAll(words)) {
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

  private walk(node: TrieNode<T>, words: readonly Word[], first: number, index: number, found: PhraseMatch<T>[]): void {
    if (index > first) {
      for (const entry of node.entries) {
        found.push({ entry, firstWord: first, endWord: index, start: words[first].start, end: words[index - 1].end });
      }
    }
    if (index >= words.length || node.next.size === 0) return;
    const exact = node.next.get(words[index].norm);
    if (exact) this.walk(exact, words, first, index + 1, found);
    const any = node.next.get('*');
    if (any) this.walk(any, words, first, index + 1, found);
  }
}

export function phraseWords(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .flatMap((part) => (part === '*' ? ['*'] : splitWords(part).map((word) => word.norm)))
    .filter((word) => word.length > 0);
}

/**
 * Whether the text holds the phrase (already split by `phraseWords`) as consecutive words,
 * whatever the case and spacing. Cheap for the usual text that lacks the phrase's first word.
 */
export function textContainsPhrase(text: string, phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  // The part before any apostrophe: the text may spell it typographically.
  if (!text.toLowerCase().includes(phrase[0].split("'")[0])) return false;
  const words = splitWords(text);
  for (let first = 0; first + phrase.length <= words.length; first++) {
    let length = 0;
    while (length < phrase.length && words[first + length].norm === phrase[length]) length++;
    if (length === phrase.length) return true;
  }
  return false;
}

/** Reads a lexicon's entries as plain phrases, adding extra phrases from user configuration. */
export function lexiconPhrases(lexicon: Lexicon, extra: readonly string[] = []): LexiconEntry[] {
  return [...lexicon.entries, ...extra.map((phrase) => ({ phrase, source: 'user configuration' }))];
}

export { normaliseWord };
