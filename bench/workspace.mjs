// Workspace benchmark: generates a tree of health articles (2,000 by default; pass a number,
// e.g. `npm run bench:workspace -- 10000`) of about 600 words each from sentence templates,
// runs the built CLI on it and prints wall time, CPU time, files per second, peak memory and
// where the CPU went (HEALTH_LINT_TIMING: Linter.lint against start-up, reading, messages, the
// report and V8's own threads). Prints figures only; nothing here asserts a time.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--generate-only DIR` writes the tree to DIR and stops (for profiling by hand).
const generateOnly = process.argv.indexOf('--generate-only');
const count = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 2000);
if (!Number.isInteger(count) || count <= 0) {
  console.error('usage: node bench/workspace.mjs [number of files]');
  process.exit(2);
}
const WORDS_PER_ARTICLE = 600;

// Written for this benchmark in the register of consumer health writing: hedged and
// unhedged claims, dosing, safety notes, anecdotes, sales links and advice to see a doctor.
const topics = ['magnesium', 'ashwagandha', 'turmeric', 'melatonin', 'vitamin D', 'fish oil', 'zinc', 'green tea extract', 'probiotics', 'valerian root', 'creatine', 'elderberry'];
const conditions = ['sleep', 'joint pain', 'stress', 'low mood', 'heart health', 'blood sugar', 'immunity', 'digestion', 'memory', 'inflammation'];
const templates = [
  'Many readers ask whether {t} can help with {c}.',
  '{T} may help some people with {c}, although the evidence is mixed.',
  '{T} cures {c} and works for everyone.',
  'A small 2019 trial suggested that {t} might ease {c} in older adults.',
  'Studies show that {t} reverses {c} in just two weeks.',
  'Researchers found that mice given {t} had less {c}, but human data are limited.',
  'Take 500 mg of {t} twice a day with food.',
  'The usual dose on the label is one capsule daily; do not exceed it.',
  '{T} is completely safe and has no side effects.',
  'Some people report stomach upset, headaches or drowsiness when they take {t}.',
  '{T} can interact with blood thinners and some antidepressants.',
  'My aunt swears that {t} fixed her {c} overnight.',
  'I started taking {t} last spring and I have never felt better.',
  'This miracle supplement is the best thing you can do for {c}.',
  'Doctors hate this simple {t} trick for {c}.',
  'Talk to your doctor or pharmacist before you start taking {t}, especially if you are pregnant.',
  'If your {c} gets worse or does not improve, see a health professional.',
  'Buy {t} now at 30% off with our exclusive discount code.',
  'You can find our favourite brand of {t} [on Amazon](https://www.amazon.com/dp/B0EXAMPLE{n}?tag=healthsite-20).',
  'Quality varies between brands, so look for products tested by an independent lab.',
  'The FDA does not review supplements for safety or effectiveness before they are sold.',
  'Sleep, exercise and a varied diet matter more for {c} than any single supplement.',
  'It is not clear how long the effects of {t} last.',
  'In one survey, about a third of adults said they had tried {t}.',
  '{T} definitely prevents {c} and you should never skip it.',
  'Results may vary, and more research is needed before firm conclusions can be drawn.',
  'Scientists believe {t} works by calming the nervous system, but this has not been proven.',
  'Always check the label for allergens and added ingredients.',
  'Children and people with kidney disease should not take {t} without medical advice.',
  'According to a 2021 review, the effect of {t} on {c} was small.',
];

let seed = 20240601;
const random = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = (items) => items[Math.floor(random() * items.length)];
const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);

function sentence(topic, condition, n) {
  return pick(templates).replace(/\{t\}/g, topic).replace(/\{T\}/g, capitalize(topic)).replace(/\{c\}/g, condition).replace(/\{n\}/g, String(n));
}

function article(index) {
  const topic = pick(topics);
  const condition = pick(conditions);
  const paragraphs = [];
  let words = 0;
  while (words < WORDS_PER_ARTICLE) {
    const sentences = [];
    const length = 3 + Math.floor(random() * 4);
    for (let s = 0; s < length; s++) sentences.push(sentence(topic, condition, index));
    const paragraph = sentences.join(' ');
    words += paragraph.split(/\s+/).length;
    paragraphs.push(paragraph);
  }
  const title = `${capitalize(topic)} and ${condition}: what the evidence says`;
  const kind = index % 10;
  if (kind === 8) {
    const body = paragraphs.map((p) => `<p>${p.replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>')}</p>`).join('\n');
    return { extension: 'html', text: `<!DOCTYPE html>\n<html><head><title>${title}</title></head>\n<body>\n<h1>${title}</h1>\n${body}\n</body></html>\n` };
  }
  if (kind === 9) return { extension: 'txt', text: `${title}\n\n${paragraphs.join('\n\n').replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')}\n` };
  const sections = paragraphs.map((p, i) => (i > 0 && i % 3 === 0 ? `## Part ${i / 3 + 1}\n\n${p}` : p));
  return { extension: 'md', text: `---\ntitle: "${title}"\n---\n\n# ${title}\n\n${sections.join('\n\n')}\n` };
}

function generate(directory) {
  let bytes = 0;
  for (let index = 0; index < count; index++) {
    const folder = join(directory, `section-${String(Math.floor(index / 100)).padStart(3, '0')}`);
    if (index % 100 === 0) mkdirSync(folder, { recursive: true });
    const { extension, text } = article(index);
    writeFileSync(join(folder, `article-${String(index).padStart(5, '0')}.${extension}`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

if (generateOnly >= 0) {
  const target = process.argv[generateOnly + 1];
  mkdirSync(target, { recursive: true });
  console.log(`Generated ${count} files (${(generate(target) / 1024 / 1024).toFixed(1)} MB) in ${target}`);
  process.exit(0);
}

const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.log('Building dist/ first…');
  const build = await run(process.execPath, [join(root, 'esbuild.mjs')], { cwd: root });
  if (build.code !== 0) {
    console.error(build.stderr);
    process.exit(1);
  }
}

const directory = mkdtempSync(join(tmpdir(), 'health-lint-bench-'));
try {
  const generationStart = performance.now();
  const bytes = generate(directory);
  console.log(`Generated ${count} files (${(bytes / 1024 / 1024).toFixed(1)} MB, ~${WORDS_PER_ARTICLE} words each) in ${((performance.now() - generationStart) / 1000).toFixed(1)} s`);
  console.log(`Cores available: ${availableParallelism()}`);

  const report = join(directory, 'report.json');
  const timeTool = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const cliArgs = [cli, '--format', 'json', '--output', report, '.'];
  const env = { ...process.env, CI: '1', HEALTH_LINT_TIMING: '1' };
  const loadBefore = loadavg();
  const start = performance.now();
  const result = timeTool ? await run(timeTool, ['-v', process.execPath, ...cliArgs], { cwd: directory, env }) : await run(process.execPath, cliArgs, { cwd: directory, env });
  const seconds = (performance.now() - start) / 1000;
  if (result.code !== 0 && result.code !== 1) {
    console.error(`The CLI failed (exit code ${result.code}):\n${result.stderr}`);
    process.exit(1);
  }
  const summary = JSON.parse(readFileSync(report, 'utf8')).summary;
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  console.log(`Linted ${summary.filesLinted} files in ${seconds.toFixed(2)} s wall time: ${(summary.filesLinted / seconds).toFixed(0)} files/s`);
  console.log(`Findings: ${summary.findings} (${summary.errors} errors, ${summary.warnings} warnings); report ${(statSync(report).size / 1024 / 1024).toFixed(1)} MB`);
  console.log(peak ? `Peak memory (max RSS of the CLI process, all worker threads included): ${(Number(peak[1]) / 1024).toFixed(0)} MB` : 'Peak memory: /usr/bin/time not available');
  const user = /User time \(seconds\): ([\d.]+)/.exec(result.stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(result.stderr);
  if (user && system) {
    // On a shared machine wall time depends on the load; CPU time says what the run itself cost.
    const cpu = Number(user[1]) + Number(system[1]);
    const cores = Math.min(2, availableParallelism());
    console.log(`CPU time: ${cpu.toFixed(1)} s (${(cpu / summary.filesLinted * 1000).toFixed(1)} ms per file); on ${cores} otherwise idle cores that is about ${(cpu / cores).toFixed(1)} s wall time`);
  }
  // Other work on the machine inflates wall time (not CPU time): say how busy it was.
  console.log(`Load average (1, 5, 15 min) before the run: ${loadBefore.map((value) => value.toFixed(1)).join(', ')}; after: ${loadavg().map((value) => value.toFixed(1)).join(', ')}`);
  const timing = result.stderr.slice(result.stderr.indexOf('HEALTH_LINT_TIMING:')).split('\n').filter((line) => /^(HEALTH_LINT_TIMING:| {2})/.test(line));
  if (timing.length > 0) console.log(timing.join('\n'));
  console.log(`Rules by findings: ${Object.entries(summary.byRule).map(([id, n]) => `${id} ${n}`).join(', ')}`);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
