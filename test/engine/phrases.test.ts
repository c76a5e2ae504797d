// PhraseMatcher looks a sentence's words up once for every lexicon (a shared vocabulary, start
// slots kept on the shared word lists). It must find exactly what a plain trie walk per
// lexicon finds, in the same order, however lexicons and sentences are made and interleaved.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { phraseWords, PhraseMatcher, WordSet, type PhraseMatch } from '../../rules/engine/phrases.js';
import { splitWords, type Word } from '../../rules/engine/sentences.js';

interface Entry {
  phrase: string;
  id: number;
}

/** The trie walk PhraseMatcher used before the shared vocabulary: one map look-up per word and lexicon. */
class ReferenceMatcher {
  private readonly root: Node = { next: new Map(), entries: [] };

  constructor(entries: Iterable<Entry>) {
    for (const entry of entries) this.add(entry);
  }

  add(entry: Entry): void {
    const words = entry.phrase.split(/\s+/).flatMap((part) => (part === '*' ? ['*'] : splitWords(part).map((word) => word.norm)));
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map(), entries: [] }));
      node = child;
    }
    node.entries.push(entry);
  }

  findAll(words: readonly Word[]): PhraseMatch<Entry>[] {
    const matches: PhraseMatch<Entry>[] = [];
    for (let first = 0; first < words.length; first++) {
      const found: PhraseMatch<Entry>[] = [];
      this.walk(this.root, words, first, first, found);
      found.sort((a, b) => b.endWord - a.endWord);
      matches.push(...found);
    }
    return matches;
  }

  findLongest(words: readonly Word[]): PhraseMatch<Entry>[] {
    const result: PhraseMatch<Entry>[] = [];
    let coveredUntil = 0;
    for (const match of this.findAll(words)) {
      if (match.firstWord < coveredUntil) continue;
      result.push(match);
      coveredUntil = match.endWord;
    }
    return result;
  }

  private walk(node: Node, words: readonly Word[], first: number, index: number, found: PhraseMatch<Entry>[]): void {
    if (index > first) {
      for (const entry of node.entries) found.push({ entry, firstWord: first, endWord: index, start: words[first].start, end: words[index - 1].end });
    }
    if (index >= words.length) return;
    const exact = node.next.get(words[index].norm);
    if (exact) this.walk(exact, words, first, index + 1, found);
    const any = node.next.get('*');
    if (any) this.walk(any, words, first, index + 1, found);
  }
}

interface Node {
  next: Map<string, Node>;
  entries: Entry[];
}

// A small vocabulary so that phrases overlap, share prefixes and match often; words are fresh
// per run so that every run's lexicons add words the vocabulary has not seen yet.
let run = 0;
const wordIndex = fc.integer({ min: 0, max: 7 });
const phrase = fc.array(fc.oneof(wordIndex, fc.constant(-1)), { minLength: 1, maxLength: 4 });
const lexicon = fc.array(phrase, { minLength: 1, maxLength: 8 });
const sentence = fc.array(fc.oneof(wordIndex, fc.integer({ min: 8, max: 9 })), { maxLength: 14 });

function spell(indexes: readonly number[], prefix: string): string {
  return indexes.map((index) => (index < 0 ? '*' : `${prefix}${index}`)).join(' ');
}

function check(matcher: PhraseMatcher<Entry>, reference: ReferenceMatcher, words: readonly Word[]): void {
  assert.deepEqual(matcher.findAll(words), reference.findAll(words));
  assert.deepEqual(matcher.findLongest(words), reference.findLongest(words));
}

describe('PhraseMatcher', () => {
  it('finds what a plain trie walk finds, in the same order, on shared, sliced and foreign word lists', () => {
    fc.assert(
      fc.property(fc.array(lexicon, { minLength: 1, maxLength: 4 }), fc.array(sentence, { minLength: 1, maxLength: 4 }), lexicon, (lexicons, sentences, later) => {
        const prefix = `w${run++}x`;
        let id = 0;
        const entriesOf = (phrases: number[][]) => phrases.map((indexes) => ({ phrase: spell(indexes, prefix), id: id++ }));
        const texts = sentences.map((indexes) => `${spell(indexes, prefix)}.`);
        const pairs = lexicons.map((phrases) => {
          const entries = entriesOf(phrases);
          return { matcher: new PhraseMatcher(entries), reference: new ReferenceMatcher(entries) };
        });
        const checkAll = () => {
          for (const text of texts) {
            const shared = splitWords(text, 3);
            for (const { matcher, reference } of pairs) {
              check(matcher, reference, shared);
              check(matcher, reference, shared.slice(1));
              check(matcher, reference, shared.map(({ norm, start, end }) => ({ norm, start, end })));
              assert.deepEqual(matcher.findInText(text, 3), reference.findLongest(shared));
            }
          }
        };
        checkAll();
        // Lexicons made after the sentences were split and matched (user configuration), and
        // phrases added to a lexicon already used, are found too.
        const entries = entriesOf(later);
        pairs.push({ matcher: new PhraseMatcher(entries), reference: new ReferenceMatcher(entries) });
        const [extra] = entriesOf([later[0].map((index) => (index < 0 ? index : 7 - index))]);
        pairs[0].matcher.add(extra);
        pairs[0].reference.add(extra);
        checkAll();
      }),
      { numRuns: 400, seed: 20261203 },
    );
  });

  it('matches a phrase that starts with a wildcard anywhere', () => {
    const matcher = new PhraseMatcher([{ phrase: '* free' }, { phrase: 'sugar free' }]);
    const words = splitWords('Try our sugar free, gluten free range.');
    assert.deepEqual(
      matcher.findAll(words).map((match) => [match.entry.phrase, match.firstWord, match.endWord]),
      [
        ['sugar free', 2, 4],
        ['* free', 2, 4],
        ['* free', 4, 6],
      ],
    );
  });
});

describe('WordSet', () => {
  it('answers as a Set of the words would, also for words the vocabulary learns later', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 6 }), fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 12 }), (members, sentence) => {
        const prefix = `s${run++}x`;
        const names = members.map((index) => `${prefix}${index}`);
        const words = splitWords(sentence.map((index) => `${prefix}${index}`).join(' '));
        const set = new WordSet(names);
        const plain = new Set(names);
        const check = () => {
          for (const word of words) assert.equal(set.has(word), plain.has(word.norm));
          // The engine's shared list answers from its start slots, a copy by a scan: both as the Set would.
          assert.equal(set.hasAny(words), words.some((word) => plain.has(word.norm)));
          assert.equal(set.hasAny([...words]), words.some((word) => plain.has(word.norm)));
        };
        check();
        // A lexicon made later adds words to the shared vocabulary.
        new PhraseMatcher([{ phrase: `${prefix}11 ${prefix}12` }]);
        check();
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });
});

describe('phraseWords', () => {
  /** What it computed before its fast path for plain ASCII words: every part through the word scanner. */
  const reference = (phrase: string): string[] =>
    phrase
      .split(/\s+/)
      .flatMap((part) => (part === '*' ? ['*'] : splitWords(part).map((word) => word.norm)))
      .filter((word) => word.length > 0);

  it('splits every phrase of the built-in lexicons as the word scanner does', () => {
    const dataDirectory = join(__dirname, '..', '..', 'rules', 'data');
    let phrases = 0;
    for (const file of readdirSync(dataDirectory).filter((name) => name.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(join(dataDirectory, file), 'utf8')) as { entries?: { phrase?: unknown }[] };
      for (const entry of data.entries ?? []) {
        if (typeof entry.phrase !== 'string') continue;
        phrases++;
        assert.deepEqual(phraseWords(entry.phrase), reference(entry.phrase), `${file}: ${entry.phrase}`);
      }
    }
    assert.ok(phrases > 1000, `only ${phrases} phrases found`);
  });

  it('splits any phrase as the word scanner does (letters, digits, joiners, capitals, accents, wildcards)', () => {
    const pieces = fc.constantFrom('a', 'Z', 'é', 'İ', 'Σ', '7', "'", '\u2019', '-', ' ', '  ', '*', '.', 'ß', '😀', 'cure', 'St', 'ACE');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const phrase = parts.join('');
        assert.deepEqual(phraseWords(phrase), reference(phrase));
      }),
      { numRuns: 3000 },
    );
  });
});
