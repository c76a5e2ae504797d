// In-process timing of the Health Lint engine on one document (run in a fresh process by
// bench/run.mjs, after bundling like the shipped code): cold lint, lint with no caches once
// warm, and re-lint after one-character edits with the document's caches.
//   node engine-bench.mjs <file> <language> <edits> [pieces]
// With `pieces`, the re-lints get the text as the lint worker keeps it (a DocumentText, each
// edit applied to its pieces) instead of a new string per edit, and the output counts how often
// a lint joined the pieces into one string.

import { readFileSync } from 'node:fs';
import { createLinter, DocumentText, type DocumentLanguage } from '../rules/index.js';
import { setTagCacheCapacity, taggerLoads, TAG_CACHE_SENTENCES } from '../rules/engine/tagger.js';
import { setStructuralAnalysis } from '../rules/catalog/claims/analyse.js';

const [file, language, editCount, mode] = process.argv.slice(2);
const inPieces = mode === 'pieces';
// Joins of a text kept in several pieces (a large string made): counted during the re-lints.
let joins = 0;
const toString = DocumentText.prototype.toString;
DocumentText.prototype.toString = function (this: DocumentText) {
  if (this.pieceCount > 1) joins++;
  return toString.call(this);
};
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
  let current = text;
  let pieces = DocumentText.of(text);
  linter.lint(inPieces ? pieces : text, lang, cache);
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const wall: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < Number(editCount); i++) {
    const at = Math.floor(random() * (inPieces ? pieces : current).length);
    const edit = i % 2 === 0 ? { start: at, end: at, newText: 'x' } : { start: at, end: at + 1, newText: '' };
    // Making the new version counts: the lint worker does it per keystroke too.
    start = now();
    cpuStart = cpu();
    if (inPieces) pieces = pieces.edited([edit]);
    else current = current.slice(0, edit.start) + edit.newText + current.slice(edit.end);
    linter.lint(inPieces ? pieces : current, lang, cache);
    wall.push(now() - start);
    cpuTimes.push(cpu() - cpuStart);
  }
  setStructuralAnalysis(true);
  return { wall, cpu: cpuTimes };
}
joins = 0;
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
    relintJoins: joins,
    failures: first.failures.map((failure) => failure.ruleId),
    heapMB: process.memoryUsage().heapUsed / 2 ** 20,
  }),
);
