// Run by bench/taggers.mjs in a fresh process (bundled, --expose-gc): what the tagger and its
// cache of tagged sentences cost inside the linter, on the 42,000-word markdown document of
// `npm run bench` (bench/corpus.ts). CPU times (user + system), medians; one JSON line.
//   node relint.cjs <seed directory> <edits>
import { buildDocument, readSeedParagraphs } from '../corpus.js';
import { createLinter } from '../../rules/index.js';
import { setTagCacheCapacity, tagCacheStats, tagWords } from '../../rules/engine/tagger.js';
import { splitSentences, wordsOfSentence } from '../../rules/engine/sentences.js';

const [seedDirectory, editCount] = process.argv.slice(2);
const text = buildDocument(readSeedParagraphs(seedDirectory), 42000, 'markdown');
const cpu = () => { const usage = process.cpuUsage(); return (usage.user + usage.system) / 1000; };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const CAPACITY = 2000;

const loadStart = performance.now();
tagWords('Load the model.', 0, wordsOfSentence(splitSentences('Load the model.')[0]));
const loadMs = performance.now() - loadStart;
createLinter().lint(text, 'markdown'); // warms the code

// Full lints of a slightly different text each time, with no document cache (as bench/engine-bench.ts),
// the tag cache off, then on. The bench document repeats the seed articles, so with the cache
// on, later copies of a sentence are served from it even within one lint.
const fullLint = (capacity: number) => {
  const times: number[] = [];
  let tagged = 0;
  for (let round = 0; round < 5; round++) {
    setTagCacheCapacity(capacity);
    tagCacheStats(true);
    const start = cpu();
    createLinter().lint(`Variant ${round} opens this document.\n\n${text}`, 'markdown');
    times.push(cpu() - start);
    const stats = tagCacheStats();
    tagged = stats.hits + stats.misses;
  }
  return { cpuMs: median(times), sentencesTagged: tagged, hits: tagCacheStats().hits };
};
const withoutCache = fullLint(0);
const withCache = fullLint(CAPACITY);

// Re-lint after one-character edits at random offsets, with the document's cache (as bench/engine-bench.ts).
const relint = (capacity: number) => {
  setTagCacheCapacity(capacity);
  const linter = createLinter();
  const cache = new Map<string, never>();
  linter.lint(text, 'markdown', cache);
  tagCacheStats(true);
  let current = text;
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const times: number[] = [];
  for (let edit = 0; edit < Number(editCount); edit++) {
    const at = Math.floor(random() * current.length);
    current = edit % 2 === 0 ? current.slice(0, at) + 'x' + current.slice(at) : current.slice(0, at) + current.slice(at + 1);
    const start = cpu();
    linter.lint(current, 'markdown', cache);
    times.push(cpu() - start);
  }
  const stats = tagCacheStats();
  gc?.();
  return { heapMB: process.memoryUsage().heapUsed / 2 ** 20, cpuMsP50: median(times), hits: stats.hits, misses: stats.misses, hitRate: stats.hits / Math.max(1, stats.hits + stats.misses) };
};
const gc = (globalThis as { gc?: () => void }).gc;
const relintWithout = relint(0);
const relintWith = relint(CAPACITY);

// Memory of a full cache: distinct sentences (numbered copies of the document's) tagged until it holds CAPACITY.
const sentences = text.split(/\n\s*\n/).flatMap((block) => splitSentences(block)).filter((sentence) => sentence.text.length > 20);
setTagCacheCapacity(0);
for (let index = 0; index < CAPACITY; index++) {
  // Tagged once with the cache off first, so that wink's own lexicon growth is not counted.
  const sentence = `${sentences[index % sentences.length].text} ${index}`;
  tagWords(sentence, 0, wordsOfSentence(splitSentences(sentence)[0]));
}
setTagCacheCapacity(CAPACITY);
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
for (let index = 0; index < CAPACITY; index++) {
  const sentence = `${sentences[index % sentences.length].text} ${index}`;
  tagWords(sentence, 0, wordsOfSentence(splitSentences(sentence)[0]));
}
gc?.();
const cacheBytes = process.memoryUsage().heapUsed - heapBefore;

console.log(JSON.stringify({ loadMs, withoutCache, withCache, relintWithout, relintWith, cacheEntries: tagCacheStats().size, cacheBytes }));
