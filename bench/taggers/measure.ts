// Runs in a fresh process, bundled with one candidate (see bench/taggers.mjs): load time,
// speed on the seed articles and accuracy on the gold set, printed as one JSON line.
import { readFileSync } from 'node:fs';
import { splitSentences, splitWords, wordsOfSentence, type Word } from '../../rules/engine/sentences.js';
import type { TaggedWord } from '../../rules/engine/tagger.js';

type Tagger = (text: string, offset: number, words: readonly Word[]) => TaggedWord[];

export function measure(tag: Tagger, goldPath: string, heldOutPath: string, seedPaths: string[]): void {
  const loadStart = performance.now();
  tag('Load the model.', 0, splitWords('Load the model.'));
  const loadMs = performance.now() - loadStart;

  const gold = score(tag, goldPath);
  const heldOut = score(tag, heldOutPath);

  const sentences = seedPaths.flatMap((path) => readFileSync(path, 'utf8').split(/\n\s*\n/).flatMap((block) => splitSentences(block)));
  let seedWords = 0;
  const speedStart = performance.now();
  let rounds = 0;
  do {
    for (const sentence of sentences) {
      const sentenceWords = wordsOfSentence(sentence);
      tag(sentence.text, sentence.start, sentenceWords);
      seedWords += sentenceWords.length;
    }
    rounds++;
  } while (performance.now() - speedStart < 3000 && rounds < 20);
  const wordsPerSecond = seedWords / ((performance.now() - speedStart) / 1000);

  console.log(JSON.stringify({
    loadMs, wordsPerSecond, gold, heldOut, heapMB: process.memoryUsage().heapUsed / 1e6,
  }));
}

/** UPOS accuracy, VERB precision and recall, and lemma accuracy on verbs, over a gold file. */
function score(tag: Tagger, goldPath: string) {
  let words = 0, correct = 0, truePositive = 0, falsePositive = 0, falseNegative = 0, verbLemmas = 0, verbLemmasCorrect = 0;
  const verbMisses: string[] = [];
  for (const line of readFileSync(goldPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const gold = JSON.parse(line) as { text: string; words: [string, string, string][] };
    const tagged = tag(gold.text, 0, splitWords(gold.text));
    gold.words.forEach(([word, pos, lemma], index) => {
      const guess = tagged[index];
      words++;
      if (guess.pos === pos) correct++;
      const goldVerb = pos === 'VERB', guessVerb = guess.pos === 'VERB';
      if (goldVerb && guessVerb) truePositive++;
      else if (guessVerb) falsePositive++;
      else if (goldVerb) { falseNegative++; verbMisses.push(word); }
      if (goldVerb) { verbLemmas++; if (guess.lemma === lemma) verbLemmasCorrect++; }
    });
  }

  return {
    words, accuracy: correct / words,
    verbPrecision: truePositive / (truePositive + falsePositive), verbRecall: truePositive / (truePositive + falseNegative),
    verbLemmaAccuracy: verbLemmasCorrect / verbLemmas, verbMisses,
  };
}
