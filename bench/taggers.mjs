// `npm run bench:taggers`: compares part-of-speech taggers for the claim analysis, on our own
// gold set (test/fixtures/pos/gold.jsonl: UPOS and lemmas of engine words, tagged by hand) and
// the seed articles. Each candidate is bundled (esbuild, minified, as the extension would ship
// it) with the same measuring code and run in a fresh process: bundle size, load time (first
// call, model included), words per second, UPOS accuracy, verb precision and recall, and
// lemma accuracy on verbs (the shipped tagger with its sentence cache off). Then the shipped
// tagger inside the linter (bench/taggers/relint.ts): model load, full lint and re-lint with the
// cache off and on, its hit rate and memory. Prints a table; no figure is asserted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = resolve(root, '..', 'shared', 'corpus', 'seeds');
const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).map((name) => join(seedsDir, name));
const gold = join(root, 'test', 'fixtures', 'pos', 'gold.jsonl');
// Written after the wink repair rule was tuned on the gold set, to check it on sentences it never saw.
const heldOut = join(root, 'test', 'fixtures', 'pos', 'heldout.jsonl');

const candidates = [
  { name: 'wink-nlp + lite web model (shipped: capitals taken off)', adapter: 'wink' },
  { name: 'wink-nlp + lite web model (text as is)', adapter: 'wink-raw' },
  { name: 'en-pos + wink-lemmatizer', adapter: 'en-pos' },
  { name: 'compromise', adapter: 'compromise' },
];

const out = mkdtempSync(join(tmpdir(), 'taggers-'));
const rows = [];
let inLinter;
try {
  // The engine's word splitting and the measuring code alone, to subtract from each bundle.
  const baseline = await bundle('const tag = () => [];', 'baseline');
  for (const candidate of candidates) {
    let file;
    try {
      file = await bundle(`import { tag } from './taggers/${candidate.adapter}.ts';`, candidate.adapter);
    } catch (error) {
      // A machine without the compared packages installed (npm ci) still measures the others.
      process.stderr.write(`${candidate.name}: left out, its bundle failed (${String(error.message).split('\n').slice(1, 3).join('; ')})\n`);
      continue;
    }
    const bytes = statSync(file).size - statSync(baseline).size;
    const gzipBytes = gzipSync(readFileSync(file)).length - gzipSync(readFileSync(baseline)).length;
    const result = JSON.parse(execFileSync(process.execPath, [file, gold, heldOut, ...seeds], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim().split('\n').pop());
    rows.push({ ...candidate, bytes, gzipBytes, ...result });
    process.stderr.write(`${candidate.name}: verbs missed: gold ${result.gold.verbMisses.join(', ')}; held out ${result.heldOut.verbMisses.join(', ')}\n`);
  }
  // The shipped tagger inside the linter, on the 42,000-word document of `npm run bench`.
  const relintFile = join(out, 'relint.cjs');
  await esbuild.build({
    entryPoints: [join(root, 'bench', 'taggers', 'relint.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    minify: true, outfile: relintFile, logLevel: 'error', mainFields: ['module', 'main'], define: { 'import.meta.url': 'undefined' },
  });
  inLinter = JSON.parse(execFileSync(process.execPath, ['--expose-gc', relintFile, seedsDir, '200'], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim().split('\n').pop());
} finally {
  rmSync(out, { recursive: true, force: true });
}

const percent = (value) => `${(value * 100).toFixed(1)}%`;
console.log(`\nGold set: ${rows[0]?.gold.words} words; held-out set: ${rows[0]?.heldOut.words} words; seeds: ${seeds.length} articles. Node ${process.version}, load average ${loadavg()[0].toFixed(1)}.\n`);
console.log('| Candidate | Bundle adds (min / gzip) | Load (first call) | Words/s | Set | UPOS acc. | VERB precision | VERB recall | Verb lemma acc. |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) {
  for (const [name, set] of [['gold', row.gold], ['held out', row.heldOut]]) {
    const head = name === 'gold' ? `| ${row.name} | ${(row.bytes / 1e6).toFixed(2)} MB / ${(row.gzipBytes / 1e6).toFixed(2)} MB | ${row.loadMs.toFixed(0)} ms | ${Math.round(row.wordsPerSecond).toLocaleString('en')} ` : '| | | | ';
    console.log(`${head}| ${name} | ${percent(set.accuracy)} | ${percent(set.verbPrecision)} | ${percent(set.verbRecall)} | ${percent(set.verbLemmaAccuracy)} |`);
  }
}

async function bundle(tagSource, name) {
  const outfile = join(out, `${name}.cjs`);
  const contents = `import { measure } from './taggers/measure.ts';\n${tagSource}\nmeasure(tag, process.argv[2], process.argv[3], process.argv.slice(4));\n`;
  await esbuild.build({
    stdin: { contents, resolveDir: join(root, 'bench'), loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, outfile, logLevel: 'error',
  });
  return outfile;
}

if (inLinter) {
  const { withoutCache, withCache, relintWithout, relintWith } = inLinter;
  console.log(`\nShipped tagger in the linter, 42,000-word markdown bench document (CPU ms, medians; the document repeats the seed articles, so the cache also hits within one lint):`);
  console.log(`- model load (first call, fresh process): ${inLinter.loadMs.toFixed(0)} ms`);
  console.log(`- warm full lint: ${withoutCache.cpuMs.toFixed(0)} ms with the tag cache off, ${withCache.cpuMs.toFixed(0)} ms with it on (${withCache.hits} of ${withCache.sentencesTagged} sentences from the cache)`);
  console.log(`- re-lint after 200 one-character edits: p50 ${relintWithout.cpuMsP50.toFixed(1)} ms off, ${relintWith.cpuMsP50.toFixed(1)} ms on; hit rate ${percent(relintWith.hitRate)} (${relintWith.hits} of ${relintWith.hits + relintWith.misses}); heap after ${relintWithout.heapMB.toFixed(1)} MB off, ${relintWith.heapMB.toFixed(1)} MB on`);
  console.log(`- a full cache (${inLinter.cacheEntries} sentences): ${(inLinter.cacheBytes / 2 ** 20).toFixed(1)} MB of heap, ${Math.round(inLinter.cacheBytes / inLinter.cacheEntries)} bytes a sentence`);
}
