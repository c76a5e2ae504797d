// In-process A/B of two trees' engines: both bundled and loaded in one process, full lints
// alternated lint by lint (structural claims on and off, tag cache off as in engine-bench.ts),
// then the same one-character edits re-linted by each (tag cache on), edit by edit. On a shared
// machine this is steadier than running the bench in separate processes. Prints CPU ms.
//   node bench/ab-inprocess.mjs TREE_A TREE_B DOCUMENT [LANGUAGE] [ROUNDS] [EDITS]
// A tree from before the tagger (96f18df, issue 13's speed baseline) has no tagger or structural
// switch: its lints with structural claims "off" are the same as "on".
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const [a, b, doc, lang = 'markdown', rounds = '15', edits = '200'] = process.argv.slice(2);
const taggedEntry = `export { createLinter } from './rules/index.ts'; export { setTagCacheCapacity, TAG_CACHE_SENTENCES, tagCacheStats } from './rules/engine/tagger.ts'; export { setStructuralAnalysis } from './rules/catalog/claims/analyse.ts';`;
const untaggedEntry = `export { createLinter } from './rules/index.ts'; export const setTagCacheCapacity = () => {}, TAG_CACHE_SENTENCES = 0, tagCacheStats = () => ({}), setStructuralAnalysis = () => {};`;
const outDir = join(tmpdir(), 'health-lint-ab');
mkdirSync(outDir, { recursive: true });
const engines = {};
for (const [k, tree] of [['A', a], ['B', b]]) {
  const out = join(outDir, `${k}.mjs`);
  const entry = existsSync(join(tree, 'rules/engine/tagger.ts')) ? taggedEntry : untaggedEntry;
  await esbuild.build({ stdin: { contents: entry, resolveDir: tree, loader: 'ts' }, outfile: out, bundle: true, platform: 'node', target: 'node20', format: 'esm', minify: true, logLevel: 'warning', mainFields: ['module', 'main'], banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" } });
  engines[k] = await import(out);
}
const text = readFileSync(doc, 'utf8');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const median = (v) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)];
const pct = (v, p) => [...v].sort((x, y) => x - y)[Math.min(v.length - 1, Math.floor(p / 100 * v.length))];
for (const e of Object.values(engines)) { e.createLinter().lint(text, lang); e.setTagCacheCapacity(0); }
const full = { A: { on: [], off: [] }, B: { on: [], off: [] } };
let n = 0;
for (let r = 0; r < Number(rounds); r++) for (const k of r % 2 ? ['B', 'A'] : ['A', 'B']) for (const mode of ['on', 'off']) {
  const e = engines[k];
  e.setStructuralAnalysis(mode === 'on');
  const variant = `Variant ${n++} opens this document.\n\n${text}`;
  const c = cpu(); e.createLinter().lint(variant, lang); full[k][mode].push(cpu() - c);
}
const findings = {};
for (const [k, e] of Object.entries(engines)) { e.setStructuralAnalysis(true); e.setTagCacheCapacity(e.TAG_CACHE_SENTENCES); findings[k] = JSON.stringify(e.createLinter().lint(text, lang).findings); }
// Re-lints: the same random one-character edits, A and B edit by edit, each with its own cache.
const state = {};
for (const [k, e] of Object.entries(engines)) { const linter = e.createLinter(); const cache = new Map(); linter.lint(text, lang, cache); state[k] = { linter, cache, times: [] }; }
let current = text; let seed = 12345;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
for (let i = 0; i < Number(edits); i++) {
  const at = Math.floor(random() * current.length);
  current = i % 2 === 0 ? current.slice(0, at) + 'x' + current.slice(at) : current.slice(0, at) + current.slice(at + 1);
  for (const k of i % 2 ? ['B', 'A'] : ['A', 'B']) { const s = state[k]; const c = cpu(); s.linter.lint(current, lang, s.cache); s.times.push(cpu() - c); }
}
const f = (x) => x.toFixed(1);
for (const k of ['A', 'B']) console.log(k, `full on ${f(median(full[k].on))} off ${f(median(full[k].off))} share ${f(median(full[k].on) - median(full[k].off))} | relint p50 ${f(pct(state[k].times, 50))} p95 ${f(pct(state[k].times, 95))}`);
console.log('findings identical:', findings.A === findings.B, `(${JSON.parse(findings.A).length} and ${JSON.parse(findings.B).length})`, 'load', readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
