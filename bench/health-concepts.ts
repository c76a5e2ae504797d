// Health-concept vocabulary: size, compile time, matching speed, and how many sentences of the
// measurement corpora name at least one concept (a ceiling for a claim detector that needs a
// concept as the changed thing). Prints figures only; no sentence is printed or kept.
//   npx tsx bench/health-concepts.ts

import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { formsOf, healthConceptEntries, healthConcepts, type ConceptMatch } from '../rules/catalog/claims/concepts.js';
import { splitSentences, wordsOfSentence } from '../rules/engine/sentences.js';
import { builtInRuleIds, createLinter } from '../rules/index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalRoot = resolve(repoRoot, '..', 'shared', 'eval');

const forms = healthConceptEntries.reduce((sum, entry) => sum + formsOf(entry).length, 0);
let started = performance.now();
const cpuBefore = process.cpuUsage();
const concepts = healthConcepts();
const compileMs = performance.now() - started;
// CPU time as well as wall time: on a shared machine the wall time includes waiting for a core.
const compileCpuMs = process.cpuUsage(cpuBefore).user / 1000;
started = performance.now();
healthConcepts(['an extra concept']);
const recompileMs = performance.now() - started;
console.log(`entries ${healthConceptEntries.length}, forms matched ${forms}; compile ${compileMs.toFixed(1)} ms (CPU ${compileCpuMs.toFixed(1)} ms), with one user extra ${recompileMs.toFixed(1)} ms`);

function matchesOf(text: string): ConceptMatch[] {
  return splitSentences(text).flatMap((sentence) => concepts.conceptsIn(wordsOfSentence(sentence)));
}

function report(name: string, texts: string[]): void {
  if (texts.length === 0) return;
  let any = 0;
  let unambiguous = 0;
  let disease = 0;
  for (const text of texts) {
    const matches = matchesOf(text);
    if (matches.length > 0) any++;
    if (matches.some((match) => !match.ambiguous)) unambiguous++;
    if (matches.some((match) => match.disease)) disease++;
  }
  const share = (count: number): string => `${count}/${texts.length} (${((100 * count) / texts.length).toFixed(1)} %)`;
  console.log(`${name}: with a concept ${share(any)}, with an unambiguous concept ${share(unambiguous)}, with a disease ${share(disease)}`);
}

const consumer = join(evalRoot, 'consumer-claims');
for (const file of ['claims.jsonl', 'careful.jsonl']) {
  const path = join(consumer, file);
  if (!existsSync(path)) continue;
  const texts = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => String(JSON.parse(line).text));
  report(`consumer-claims/${file}`, texts);
}

const pubmed = join(evalRoot, 'causal-language', 'pubmed_causal_language_use.csv');
if (existsSync(pubmed)) {
  const byLabel = new Map<string, string[]>();
  for (const line of readFileSync(pubmed, 'utf8').split('\n').slice(1)) {
    const match = /^(.*),(\d)\s*$/.exec(line);
    if (!match) continue;
    const text = match[1].replace(/^"|"$/g, '').replace(/""/g, '"');
    (byLabel.get(match[2]) ?? byLabel.set(match[2], []).get(match[2])!).push(text);
  }
  for (const [label, texts] of [...byLabel].sort()) report(`pubmed label ${label}`, texts);
  // Where a concept vocabulary can help the claim rule: the direct causal claims it misses today.
  const claimRule = 'unhedged-claim';
  const linter = createLinter({ rules: Object.fromEntries([...builtInRuleIds].map((id) => [id, id === claimRule ? 'warning' : 'off'])) });
  const direct = byLabel.get('1') ?? [];
  const missed = direct.filter((text) => !linter.lint(text, 'plaintext').findings.some((finding) => finding.ruleId === claimRule));
  report(`pubmed label 1 missed by ${claimRule}`, missed);
  const all = [...byLabel.values()].flat();
  // Time the matching alone: split every sentence first.
  const words = all.flatMap((text) => splitSentences(text).map(wordsOfSentence));
  for (const list of words) concepts.conceptsIn(list);
  started = performance.now();
  let found = 0;
  for (let round = 0; round < 5; round++) for (const list of words) found += concepts.conceptsIn(list).length;
  const perSentenceUs = ((performance.now() - started) * 1000) / (5 * words.length);
  console.log(`matching: ${perSentenceUs.toFixed(2)} µs per sentence over ${words.length} sentences (${found / 5} concepts found per pass)`);
}
