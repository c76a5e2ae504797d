// `npx tsx bench/taggers/snapshot.ts OUT.jsonl`: the shipped tagger's output on the gold and
// held-out sets, the seed articles (sentence by sentence, as the engine splits them) and the
// PubMed sentences of ../shared/eval, one line per sentence, so that a change meant to be faster
// only can be checked to change no tag (`diff` two snapshots). Measuring only: nothing is kept.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitSentences, splitWords, wordsOfSentence } from '../../rules/engine/sentences.js';
import { tagWords } from '../../rules/engine/tagger.js';

const root = resolve(import.meta.dirname, '..', '..');
const shared = resolve(root, '..', 'shared');
const lines: string[] = [];
const record = (source: string, text: string, offset: number, words: ReturnType<typeof splitWords>) => {
  const tags = tagWords(text, offset, words).map((tag) => `${tag.pos}/${tag.lemma}${tag.verbForm ? `/${tag.verbForm}` : ''}`);
  lines.push(JSON.stringify([source, offset, text, tags]));
};

for (const name of ['gold.jsonl', 'heldout.jsonl']) {
  for (const line of readFileSync(join(root, 'test', 'fixtures', 'pos', name), 'utf8').split('\n')) {
    if (line.trim()) { const { text } = JSON.parse(line) as { text: string }; record(name, text, 0, splitWords(text)); }
  }
}
const seedsDir = join(shared, 'corpus', 'seeds');
for (const name of readdirSync(seedsDir).filter((file) => file.endsWith('.txt')).sort()) {
  for (const block of readFileSync(join(seedsDir, name), 'utf8').split(/\n\s*\n/)) {
    for (const sentence of splitSentences(block)) record(name, sentence.text, sentence.start, wordsOfSentence(sentence));
  }
}
const csv = readFileSync(join(shared, 'eval', 'causal-language', 'pubmed_causal_language_use.csv'), 'utf8');
// The CSV's sentence column, quoted when it holds commas: "sentence",label per line.
for (const match of csv.split('\n').slice(1).map((line) => /^(?:"((?:[^"]|"")*)"|([^,]*)),\d+\s*$/.exec(line))) {
  if (!match) continue;
  const sentence = match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2];
  record('pubmed', sentence, 0, splitWords(sentence));
}
writeFileSync(process.argv[2], lines.join('\n') + '\n');
console.log(`${lines.length} sentences, ${lines.reduce((sum, line) => sum + (JSON.parse(line)[3] as string[]).length, 0)} words`);
