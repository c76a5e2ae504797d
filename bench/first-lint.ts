// Where the first lint of a document goes, in a fresh process (run by bench/run.mjs after
// bundling like the shipped code): loading and compiling the engine's code and data, loading
// the part-of-speech tagger's model, a one-sentence lint (the lexicons built on first use and the
// rules' code compiled for the first time), parsing, running the rules, and how much of it all was
// garbage collection; then the same document again, warm.
//   node first-lint.mjs <file> <language>

import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';

const [file, language] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const sinceStart = performance.now(); // Node's own start-up and this bundle's compilation, before this module ran
const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
let garbageCollection = 0;
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) garbageCollection += entry.duration;
});
gcObserver.observe({ entryTypes: ['gc'] });

async function main(): Promise<void> {
  let at = performance.now();
  const phase = (): number => {
    const now = performance.now();
    const took = now - at;
    at = now;
    return took;
  };
  const cpuAtStart = cpu();
  const rules = await import('../rules/index.js');
  const load = phase();
  const { winkTokens } = await import('../rules/engine/tagger.js');
  phase();
  // The model loads on the first sentence tagged.
  winkTokens('The model loads now.');
  const taggerModel = phase();
  const linter = rules.createLinter();
  linter.lint('Turmeric cures arthritis, and studies show it works. Buy it now at https://shop.example.com/?ref=7.', language as never);
  const firstSentence = phase();
  const document = rules.parseDocument(text, language as never);
  const parse = phase();
  const result = linter.lintDocument(document);
  const lint = phase();
  const firstCpu = cpu() - cpuAtStart;
  // GC entries arrive asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const firstGarbageCollection = garbageCollection;
  rules.createLinter().lintDocument(rules.parseDocument(`Again.\n\n${text}`, language as never));
  const warm = phase();
  gcObserver.disconnect();
  const first = load + taggerModel + firstSentence + parse + lint;
  console.log(JSON.stringify({ nodeStart: sinceStart, load, taggerModel, firstSentence, parse, rules: lint, first, firstCpu, garbageCollection: firstGarbageCollection, warm, findings: result.findings.length }));
}

void main();
