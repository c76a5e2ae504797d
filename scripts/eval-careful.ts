// Precision check on careful health writing: `npx tsx scripts/eval-careful.ts`.
//
// eval/careful-writing/ holds original articles written the way a careful health journalist
// or public-health page writes (hedged findings with sources, advice to see a doctor, doses
// attributed to labels and guidelines, negations, vendor claims inside quotation marks).
// Nearly every finding on them is a false positive, so the figure that matters is findings
// per 1,000 words, per rule and overall. Every finding is printed so a reader can judge it.
//
// The run fails (exit 1) when a rule's rate rises above its ceiling in
// eval/careful-writing/ceilings.json. The ceilings are a ratchet: lower them when a rule
// improves (`--lower-ceilings` records current figures, rounded up slightly, wherever that is
// lower); raising one is a deliberate, reviewed edit to the file.

import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter, languageOfPath, parseDocument, splitWords, builtInRuleIds, lineOfOffset, computeLineStarts } from '../rules/index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(repoRoot, 'eval', 'careful-writing');
const ceilingsFile = join(corpusDir, 'ceilings.json');
/** Added to a measured rate before it is recorded as a ceiling, so one new finding in an unrelated edit does not fail the run. */
const CEILING_MARGIN = 0.25;
const OVERALL = '(all rules)';

interface Ceilings {
  about?: string;
  perThousandWords: Record<string, number>;
}

interface FileResult {
  file: string;
  words: number;
  lines: string[];
  byRule: Map<string, number>;
}

/** Words of prose only: markup, code and URLs are not writing. */
function proseWordCount(text: string, language: ReturnType<typeof languageOfPath> & string): number {
  let words = 0;
  for (const block of parseDocument(text, language).blocks) words += splitWords(block.text).length;
  return words;
}

function excerpt(text: string, start: number, end: number): string {
  const flat = (s: string): string => s.replace(/\s+/g, ' ');
  const flagged = flat(text.slice(start, end));
  return flagged.length > 140 ? `${flagged.slice(0, 137)}...` : flagged;
}

function lintCorpus(): FileResult[] {
  const linter = createLinter();
  const results: FileResult[] = [];
  for (const file of readdirSync(corpusDir).sort()) {
    const language = languageOfPath(file);
    if (!language || file === 'README.md') continue;
    const text = readFileSync(join(corpusDir, file), 'utf8');
    const result = linter.lint(text, language);
    if (result.failures.length > 0) throw new Error(`${file}: rule failures ${JSON.stringify(result.failures)}`);
    const lineStarts = computeLineStarts(text);
    const byRule = new Map<string, number>();
    const lines: string[] = [];
    for (const finding of result.findings) {
      byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
      lines.push(`${file}:${lineOfOffset(lineStarts, finding.start) + 1}  ${finding.ruleId}  "${excerpt(text, finding.start, finding.end)}"`);
    }
    results.push({ file, words: proseWordCount(text, language), lines, byRule });
  }
  return results;
}

const perThousand = (count: number, words: number): number => (words === 0 ? 0 : (count * 1000) / words);
const roundUp = (value: number): number => Math.ceil((value + CEILING_MARGIN) * 10) / 10;

function main(): void {
  const lowerCeilings = process.argv.includes('--lower-ceilings');
  const results = lintCorpus();
  const words = results.reduce((sum, result) => sum + result.words, 0);
  const counts = new Map<string, number>();
  for (const result of results) for (const [rule, count] of result.byRule) counts.set(rule, (counts.get(rule) ?? 0) + count);
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);

  console.log(`Careful health writing: ${results.length} articles, ${words} words of prose (eval/careful-writing).`);
  console.log('Nearly every finding here is a false positive; judge each one below.\n');
  for (const result of results) {
    console.log(`${result.file} (${result.words} words, ${result.lines.length} findings)`);
    for (const line of result.lines) console.log(`  ${line}`);
  }

  const rates = new Map<string, number>();
  for (const rule of [...builtInRuleIds].sort()) rates.set(rule, perThousand(counts.get(rule) ?? 0, words));
  rates.set(OVERALL, perThousand(total, words));

  const ceilings: Ceilings = existsSync(ceilingsFile) ? (JSON.parse(readFileSync(ceilingsFile, 'utf8')) as Ceilings) : { perThousandWords: {} };
  const failures: string[] = [];
  console.log('\nFindings per 1,000 words (ceiling in brackets):');
  for (const [rule, rate] of rates) {
    const ceiling = ceilings.perThousandWords[rule];
    const count = rule === OVERALL ? total : (counts.get(rule) ?? 0);
    const over = ceiling !== undefined && rate > ceiling;
    if (over) failures.push(`${rule}: ${rate.toFixed(2)} per 1,000 words is above its ceiling ${ceiling}`);
    if (ceiling === undefined) failures.push(`${rule}: no ceiling recorded in ${ceilingsFile}`);
    console.log(`  ${rule.padEnd(30)} ${rate.toFixed(2).padStart(6)}  (${count} findings)  [${ceiling ?? 'none'}]${over ? '  ABOVE CEILING' : ''}`);
  }

  if (lowerCeilings) {
    const next: Record<string, number> = {};
    for (const [rule, rate] of rates) {
      const current = ceilings.perThousandWords[rule];
      next[rule] = current === undefined ? roundUp(rate) : Math.min(current, roundUp(rate));
    }
    ceilings.perThousandWords = next;
    writeFileSync(ceilingsFile, `${JSON.stringify(ceilings, null, 2)}\n`);
    console.log(`\nCeilings written to ${ceilingsFile} (only ever lowered by this flag).`);
    return;
  }
  if (failures.length > 0) {
    console.error(`\nFAILED:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('\nAll rules at or below their ceilings.');
}

main();
