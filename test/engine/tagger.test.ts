import { strict as assert } from 'node:assert';
import { splitWords, splitSentences, wordsOfSentence } from '../../rules/engine/sentences.js';
import { prepareTagger, setTagCacheCapacity, setTaggerTokenLimit, tagCacheStats, taggerLoads, tagWords, type TaggedWord } from '../../rules/engine/tagger.js';

/** Tags a sentence and returns "word/POS/lemma[/form]" for each engine word. */
function tagged(text: string, offset = 0): string[] {
  const words = splitWords(text, offset);
  const tags = tagWords(text, offset, words);
  assert.equal(tags.length, words.length);
  return tags.map((tag: TaggedWord, index) => {
    const word = text.slice(words[index].start - offset, words[index].end - offset);
    return `${word}/${tag.pos}/${tag.lemma}${tag.verbForm ? `/${tag.verbForm}` : ''}`;
  });
}

describe('tagger (wink-nlp)', () => {
  it('tags lexical and figurative verbs after product names and nouns', () => {
    assert.deepEqual(tagged('Chaga tames inflammation.'), ['Chaga/NOUN/chaga', 'tames/VERB/tame/s', 'inflammation/NOUN/inflammation']);
    assert.ok(tagged('This blend shuts down sugar cravings.').includes('shuts/VERB/shut/s'));
    assert.ok(tagged('Our gummies fix your gut.').includes('fix/VERB/fix/base'));
    assert.ok(tagged('Valerian melts away tension.').includes('melts/VERB/melt/s'));
    assert.ok(tagged('Turmeric supports joints.').includes('supports/VERB/support/s'));
  });

  it('finds the verb wink reads as a noun in a clause that would otherwise have none', () => {
    assert.ok(tagged('Kelp kicks out heavy metals.').includes('kicks/VERB/kick/s'));
    assert.ok(tagged('Honey cures a sore throat.').includes('cures/VERB/cure/s'));
    assert.ok(tagged('These pills zap migraines for good.').includes('zap/VERB/zap/base'));
    assert.ok(tagged('Ginger aids digestion.').includes('aids/VERB/aid/s'));
    // A heading or fragment keeps its nouns.
    for (const fragment of ['Joint pain relief', 'Natural Relief for Sore Muscles', 'brain fog symptoms in adults']) {
      assert.ok(!tagged(fragment).some((entry) => entry.split('/')[1] === 'VERB'), fragment);
    }
  });

  it('tags passives, the future and imperatives', () => {
    assert.deepEqual(tagged('Arthritis is quickly reversed by this tea.').slice(1, 4), ['is/AUX/be/s', 'quickly/ADV/quickly', 'reversed/VERB/reverse/participle']);
    assert.deepEqual(tagged('The capsules will protect your liver.').slice(2, 4), ['will/AUX/will', 'protect/VERB/protect/base']);
    assert.equal(tagged('Grab a bottle today!')[0], 'Grab/VERB/grab/base');
    assert.equal(tagged('Ditch the pills and reach for arnica.')[0], 'Ditch/VERB/ditch/base');
    assert.equal(tagged('Relief that lasts all day.')[0], 'Relief/NOUN/relief');
    assert.ok(tagged('Melatonin has been shown to help.').includes('shown/VERB/show/participle'));
    assert.ok(tagged('The trial lowered pressure.').includes('lowered/VERB/lower/past'));
  });

  it('reads a title-case heading as words, not names', () => {
    assert.deepEqual(tagged('Supports Healthy Digestion').map((entry) => entry.split('/')[1]), ['VERB', 'ADJ', 'NOUN']);
  });

  it('keeps contractions and hyphenated words whole, one entry per engine word', () => {
    const tags = tagged("Don't wait: it's well-being that 5-HTP users want.");
    assert.equal(tags[0], "Don't/AUX/do/base");
    assert.equal(tags[2], "it's/PRON/it");
    assert.equal(tags[3].split('/')[1], 'NOUN'); // "being" alone would be AUX
    assert.equal(tags[5], '5-HTP/PROPN/5-htp');
    assert.equal(tagged("St. John's wort works.")[1], "John's/PROPN/john");
  });

  it('aligns around numbers, emoji, URLs replaced by U+FFFC and other symbols', () => {
    const text = 'See \ufffc for 😀 more, at 3.5 mg/day (or 10%)!';
    const words = splitWords(text);
    const tags = tagWords(text, 0, words);
    assert.deepEqual(words.map((word) => text.slice(word.start, word.end)), ['See', 'for', 'more', 'at', '3', '5', 'mg', 'day', 'or', '10']);
    assert.equal(tags.length, words.length);
    assert.equal(tags[0].pos, 'VERB');
    assert.deepEqual([tags[4].pos, tags[9].pos], ['NUM', 'NUM']);
    for (const tag of tags) assert.equal(tag.lemma, tag.lemma.toLowerCase());
  });

  it('loads the model once, and ahead of the first sentence when asked to (the lint worker does at start)', () => {
    prepareTagger();
    const loads = taggerLoads().length;
    assert.ok(loads >= 1);
    prepareTagger();
    assert.ok(tagged('Fennel eases bloating.').includes('eases/VERB/ease/s'));
    assert.equal(taggerLoads().length, loads);
    for (const load of taggerLoads()) assert.ok(load.requireMs >= 0 && load.instanceMs > 0);
  });

  it('works with offsets of a sentence inside a block', () => {
    const block = 'Read this first. Ginseng restores energy.';
    const sentence = splitSentences(block)[1];
    const tags = tagWords(sentence.text, sentence.start, wordsOfSentence(sentence));
    assert.deepEqual(tags.map((tag) => tag.pos), ['NOUN', 'VERB', 'NOUN']);
    assert.equal(tags[1].lemma, 'restore');
  });

  it('keeps tagging correctly across the replacement of a library instance that has seen too many new words', () => {
    setTaggerTokenLimit(2000);
    try {
      for (let batch = 0; batch < 3; batch++) {
        const text = Array.from({ length: 1000 }, (_, index) => `zorp${batch * 1000 + index}`).join(' ');
        assert.equal(tagWords(text, 0, splitWords(text)).length, 1000);
        assert.ok(tagged('Honey soothes a sore throat.').includes('soothes/VERB/soothe/s'));
      }
    } finally {
      setTaggerTokenLimit(100_000);
    }
  });

  it('keeps recent sentences\' tags: the same sentence is tagged once, and its tags cannot be changed by a caller', () => {
    setTagCacheCapacity(100);
    try {
      const text = 'Elderberry syrup shortens a cold.';
      const first = tagWords(text, 0, splitWords(text));
      tagCacheStats(true);
      // The same sentence elsewhere in a block: same text, other offset.
      const again = tagWords(text, 40, splitWords(text, 40));
      assert.deepEqual(tagCacheStats(), { hits: 1, misses: 0, size: 1 });
      assert.deepEqual(again, first);
      assert.ok(again.some((tag) => tag.pos === 'VERB' && tag.lemma === 'shorten'));
      assert.throws(() => { (again as TaggedWord[])[0] = { pos: 'X', lemma: 'x' }; });
      assert.throws(() => { again[1].pos = 'X'; });
      assert.equal(tagWords(text, 0, splitWords(text))[1].pos, first[1].pos);
    } finally {
      setTagCacheCapacity(2000);
    }
  });

  it('tags again when the words are split differently, and evicts the least recently used sentence', () => {
    setTagCacheCapacity(2);
    try {
      const text = 'Oats lower cholesterol.';
      const words = splitWords(text);
      tagWords(text, 0, words);
      tagCacheStats(true);
      // Only the first two words: a different split of the same text is not served from the cache.
      assert.equal(tagWords(text, 0, words.slice(0, 2)).length, 2);
      assert.equal(tagCacheStats().hits, 0);
      tagWords(text, 0, words);
      tagWords('Fennel eases bloating.', 0, splitWords('Fennel eases bloating.'));
      tagWords('Mint calms the stomach.', 0, splitWords('Mint calms the stomach.'));
      tagCacheStats(true);
      tagWords(text, 0, words);
      assert.deepEqual(tagCacheStats(), { hits: 0, misses: 1, size: 2 });
    } finally {
      setTagCacheCapacity(2000);
    }
  });

  it('handles empty text, text without words and a 10,000-word sentence', () => {
    assert.deepEqual(tagWords('', 0, []), []);
    assert.deepEqual(tagWords('… — !!', 0, splitWords('… — !!')), []);
    const long = Array.from({ length: 2500 }, (_, index) => `Kale ${index % 2 ? 'soothes' : 'helps'} tired eyes`).join(' ') + '.';
    const words = splitWords(long);
    assert.equal(words.length, 10_000);
    const tags = tagWords(long, 0, words);
    assert.equal(tags.length, 10_000);
    assert.ok(tags.every((tag) => tag.pos !== undefined && tag.lemma.length > 0));
    assert.equal(tags.filter((tag) => tag.lemma === 'eye').length, 2500);
  });
});
