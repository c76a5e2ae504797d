// Word and sentence splitting: the hand-written word scanner must agree with the plain
// definition of a word (letters and digits, joined through single apostrophes and hyphens).

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sentenceSegments, splitSentences, splitWords, wordsOfSentence } from '../../rules/engine/sentences.js';

const WORD_DEFINITION = /[\p{L}\p{N}]+(?:['\u2019\u2018-][\p{L}\p{N}]+)*/gu;

function wordsByDefinition(text: string, offset: number): { norm: string; start: number; end: number }[] {
  return [...text.matchAll(WORD_DEFINITION)].map((match) => ({
    norm: match[0].toLowerCase().replace(/[\u2019\u2018]/g, "'"),
    start: offset + match.index!,
    end: offset + match.index! + match[0].length,
  }));
}

// Characters that stress the scanner: joiners, non-ASCII letters and digits, astral letters,
// a lone surrogate, the letters whose lower case changes length or depends on context.
const tricky = fc.constantFrom(..."aZ9 -''\u2019\u2018.,é\u0130\u03a3\u03c3ß½²\u{1d400}\u{1f600}\ud800\u00a0\n".split(''), '\u{1d400}', '\u{1f600}');
const trickyText = fc.array(fc.oneof(tricky, fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 2 })), { maxLength: 40 }).map((parts) => parts.join(''));

/** A word's text and place, without the engine's own bookkeeping (`lexiconId`). */
const plain = (words: readonly { norm: string; start: number; end: number }[]) => words.map(({ norm, start, end }) => ({ norm, start, end }));

describe('splitWords', () => {
  it('agrees with the definition of a word on random text', () => {
    fc.assert(
      fc.property(trickyText, fc.nat(1000), (text, offset) => {
        assert.deepEqual(plain(splitWords(text, offset)), wordsByDefinition(text, offset));
      }),
      { numRuns: 2000, seed: 20261122 },
    );
  });

  it('keeps hyphenated words and contractions whole and drops trailing joiners', () => {
    assert.deepEqual(
      splitWords("St. John\u2019s well-being isn't -x y-").map((word) => word.norm),
      ['st', "john's", 'well-being', "isn't", 'x', 'y'],
    );
  });

  it('gives the same words for the same text at another offset, shifted', () => {
    const text = 'Kratom may relieve pain.';
    assert.deepEqual(
      splitWords(text, 10).map((word) => word.start - 10),
      splitWords(text, 0).map((word) => word.start),
    );
  });
});

describe('wordsOfSentence', () => {
  it('splits a sentence once, with offsets in the block prose', () => {
    const text = 'First one here. Second sentence follows.';
    const [, second] = splitSentences(text);
    const words = wordsOfSentence(second);
    assert.equal(wordsOfSentence(second), words);
    assert.deepEqual(plain(words), wordsByDefinition(second.text, second.start));
    assert.equal(text.slice(words[0].start, words[0].end), 'Second');
  });
});

describe('sentenceSegments', () => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const iterated = (text: string) => [...segmenter.segment(text)].map(({ segment, index }) => ({ segment, index }));
  const sentencePart = fc.oneof(tricky, fc.constantFrom('. ', '? ', '! ', '.\n', '\n\n', '\r\n', 'Dr. ', 'e.g. ', '...', '."', '.) ', ' A', ' the', '\u2029', '\u3002'), fc.string({ maxLength: 4 }));

  it("walks the same segments as Intl.Segmenter's iterator", () => {
    fc.assert(
      fc.property(fc.array(sentencePart, { maxLength: 60 }).map((parts) => parts.join('')), (text) => {
        assert.deepEqual(sentenceSegments(text), iterated(text));
      }),
      { numRuns: 3000, seed: 20261203 },
    );
  });
});
