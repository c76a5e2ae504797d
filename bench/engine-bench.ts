// In-process timing of the Health Lint engine on one document (run in a fresh process by
// bench/run.mjs, after bundling like the shipped code): cold lint, lint with no caches once
// warm, and re-lint after one-character edits with the document's caches.
//   node engine-bench.mjs <file> <language> <edits>

import { readFileSync } from 'node:fs';
import { createLinter, type DocumentLanguage } from '../rules/index.js';
import { setTagCacheCapacity, taggerLoads, TAG_CACHE_SENTENCES } from '../rules/engine/tagger.js';
import { setStructuralAnalysis } from '../rules/catalog/claims/analyse.js';

const [file, language, editCount] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const lang = language as DocumentLanguage;

// CPU time (user + system) in ms: on a machine shared with other work, wall time measures the
// neighbours as much as the code; both are reported.
const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const now = () => performance.now();
let start = now();
const linter = createLinter();
const setup = now() - start;
start = now();
let cpuStart = cpu();
const first = linter.lint(text, lang);
const cold = now() - start;
const coldCpu = cpu() - cpuStart;

// Once the code is warm: full lints with no caches at all, each of a slightly different text
// so that nothing can be reused; the tagger's cache of tagged sentences is off for them too (the
// document repeats the seed articles, so it would find most sentences tagged already). Lints
// without the structural claims (no tagger) alternate with them, so both see the same machine.
const warmFull: number[] = [];
const warmFullCpu: number[] = [];
const warmFullWithoutTaggerCpu: number[] = [];
setTagCacheCapacity(0);
for (let i = 0; i < 14; i++) {
  const withTagger = i % 2 === 0;
  setStructuralAnalysis(withTagger);
  const variant = `Variant ${i} opens this document.\n\n${text}`;
  start = now();
  cpuStart = cpu();
  createLinter().lint(variant, lang);
  const took = now() - start;
  const tookCpu = cpu() - cpuStart;
  if (withTagger) {
    warmFull.push(took);
    warmFullCpu.push(tookCpu);
  } else warmFullWithoutTaggerCpu.push(tookCpu);
}
setStructuralAnalysis(true);
setTagCacheCapacity(TAG_CACHE_SENTENCES);

// Re-lint after one-character edits (typing a letter, then deleting it) at random offsets, the
// same edits with and without the structural claims (the tag cache on, as shipped).
function relintTimes(withTagger: boolean): { wall: number[]; cpu: number[] } {
  setStructuralAnalysis(withTagger);
  const cache = new Map<string, never>();
  const linter = createLinter();
  linter.lint(text, lang, cache);
  let current = text;
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const wall: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < Number(editCount); i++) {
    const at = Math.floor(random() * current.length);
    current = i % 2 === 0 ? current.slice(0, at) + 'x' + current.slice(at) : current.slice(0, at) + current.slice(at + 1);
    start = now();
    cpuStart = cpu();
    linter.lint(current, lang, cache);
    wall.push(now() - start);
    cpuTimes.push(cpu() - cpuStart);
  }
  setStructuralAnalysis(true);
  return { wall, cpu: cpuTimes };
}
const withoutTagger = relintTimes(false);
const { wall: relint, cpu: relintCpu } = relintTimes(true);

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const percentile = (values: number[], p: number) => sorted(values)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
console.log(
  JSON.stringify({
    setup,
    cold,
    coldCpu,
    warmFullMedian: percentile(warmFull, 50),
    warmFullCpuMedian: percentile(warmFullCpu, 50),
    relintP50: percentile(relint, 50),
    relintP95: percentile(relint, 95),
    relintCpuP50: percentile(relintCpu, 50),
    relintCpuP95: percentile(relintCpu, 95),
    warmFullWithoutTaggerCpuMedian: percentile(warmFullWithoutTaggerCpu, 50),
    relintWithoutTaggerCpuP50: percentile(withoutTagger.cpu, 50),
    relintWithoutTaggerCpuP95: percentile(withoutTagger.cpu, 95),
    // The first lint loaded the tagger's model: its code, then a wink instance built from it.
    taggerRequireMs: taggerLoads()[0]?.requireMs,
    taggerInstanceMs: taggerLoads()[0]?.instanceMs,
    findings: first.findings.length,
    failures: first.failures.map((failure) => failure.ruleId),
    heapMB: process.memoryUsage().heapUsed / 2 ** 20,
  }),
);
