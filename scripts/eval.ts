// Accuracy evaluation: `npm run eval`.
//
// (a) The seed articles in ../shared/corpus/seeds: every expectation of every rule
//     (flag/noflag: a finding of the rule overlaps the phrase's first occurrence;
//     doc/nodoc: the rule reports anywhere in the file).
// (b) The PubMed causal-language corpus in ../shared/eval/causal-language: sentences
//     labelled 1 (direct causal claim) should be flagged by unhedged-claim; labels 0
//     (no relationship), 2 (conditional causal) and 3 (correlational) should not.
// (c) The consumer-claims set in ../shared/eval/consumer-claims: sellers' claims quoted by
//     regulators should be flagged by unhedged-claim or disease-claim; careful sentences from
//     government health sources by neither. Recall is the share of claims flagged,
//     specificity the share of careful sentences left alone.
//
// Every figure is compared with the floors in eval/floors.json; the run fails when one
// falls below its floor. `npm run eval -- --raise-floors` records higher figures as new
// floors (a ratchet: floors only ever go up; lowering one is a deliberate, reviewed edit).

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter, languageOfPath, builtInRuleIds, type Finding } from '../rules/index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedRoot = resolve(repoRoot, '..', 'shared');
const seedsDir = join(sharedRoot, 'corpus', 'seeds');
const pubmedFile = join(sharedRoot, 'eval', 'causal-language', 'pubmed_causal_language_use.csv');
const consumerDir = join(sharedRoot, 'eval', 'consumer-claims');
const floorsFile = join(repoRoot, 'eval', 'floors.json');
const CLAIM_RULE = 'unhedged-claim';
/** The rules that judge a health claim: either one flagging a sentence counts as flagged. */
const CLAIM_RULES = ['unhedged-claim', 'disease-claim'];
const CLAIM_RULES_NAME = CLAIM_RULES.join('+');

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

interface Scores {
  precision: number;
  recall: number;
  f1: number;
  /** Share of the sentences that should not be flagged that were not (measured where a set has both kinds). */
  specificity?: number;
}

const METRICS = ['precision', 'recall', 'f1', 'specificity'] as const;

type Floors = Record<string, Record<string, Partial<Scores>>>;

const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

/** Precision with nothing flagged is 1 (no false alarm); recall with nothing to find is 1. */
function scoresOf(counts: Counts): Scores {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const specificity = counts.tn + counts.fp === 0 ? 1 : counts.tn / (counts.tn + counts.fp);
  return { precision, recall, f1, specificity };
}

// ---------------------------------------------------------------------------------------
// (a) Seed articles

interface PhraseExpectation {
  rule: string;
  phrase: string;
}

interface FileExpectations {
  doc?: string[];
  nodoc?: string[];
  flag?: PhraseExpectation[];
  noflag?: PhraseExpectation[];
}

interface SeedMiss {
  file: string;
  rule: string;
  kind: 'flag' | 'noflag' | 'doc' | 'nodoc';
  what: string;
}

function evaluateSeeds(): { counts: Map<string, Counts>; misses: SeedMiss[]; problems: string[] } {
  const counts = new Map<string, Counts>();
  const misses: SeedMiss[] = [];
  const problems: string[] = [];
  const countsOf = (rule: string): Counts => {
    let entry = counts.get(rule);
    if (!entry) counts.set(rule, (entry = emptyCounts()));
    return entry;
  };
  const expectationsFile = join(seedsDir, 'expectations.json');
  if (!existsSync(expectationsFile)) {
    problems.push(`missing ${expectationsFile}`);
    return { counts, misses, problems };
  }
  const expectations = JSON.parse(readFileSync(expectationsFile, 'utf8')) as { files: Record<string, FileExpectations> };
  const linter = createLinter();
  for (const [file, expected] of Object.entries(expectations.files)) {
    const path = join(seedsDir, file);
    if (!existsSync(path)) {
      problems.push(`missing seed file ${file}`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const findings = linter.lint(text, languageOfPath(file) ?? 'plaintext').findings;
    const byRule = (rule: string): Finding[] => findings.filter((finding) => finding.ruleId === rule);
    const covers = ({ rule, phrase }: PhraseExpectation): boolean | undefined => {
      const at = text.indexOf(phrase);
      if (at < 0) return undefined;
      const end = at + phrase.length;
      return byRule(rule).some((finding) => finding.start < end && at < finding.end);
    };
    for (const expectation of expected.flag ?? []) {
      const covered = covers(expectation);
      if (covered === undefined) problems.push(`${file}: phrase not found: "${expectation.phrase}"`);
      else if (covered) countsOf(expectation.rule).tp++;
      else {
        countsOf(expectation.rule).fn++;
        misses.push({ file, rule: expectation.rule, kind: 'flag', what: expectation.phrase });
      }
    }
    for (const expectation of expected.noflag ?? []) {
      const covered = covers(expectation);
      if (covered === undefined) problems.push(`${file}: phrase not found: "${expectation.phrase}"`);
      else if (covered) {
        countsOf(expectation.rule).fp++;
        misses.push({ file, rule: expectation.rule, kind: 'noflag', what: expectation.phrase });
      } else countsOf(expectation.rule).tn++;
    }
    for (const rule of expected.doc ?? []) {
      if (byRule(rule).length > 0) countsOf(rule).tp++;
      else {
        countsOf(rule).fn++;
        misses.push({ file, rule, kind: 'doc', what: 'no finding in the file' });
      }
    }
    for (const rule of expected.nodoc ?? []) {
      if (byRule(rule).length > 0) {
        countsOf(rule).fp++;
        misses.push({ file, rule, kind: 'nodoc', what: `${byRule(rule).length} finding(s) in the file` });
      } else countsOf(rule).tn++;
    }
  }
  return { counts, misses, problems };
}

// ---------------------------------------------------------------------------------------
// (b) PubMed causal-language sentences

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

interface PubmedResult {
  counts: Counts;
  byLabel: Map<string, { total: number; flagged: number }>;
  sentences: number;
  milliseconds: number;
  engineMilliseconds: number;
}

function evaluatePubmed(): PubmedResult | string {
  if (!existsSync(pubmedFile)) return `missing ${pubmedFile}`;
  const rows = parseCsv(readFileSync(pubmedFile, 'utf8'));
  const header = rows.shift() ?? [];
  const sentenceColumn = header.indexOf('sentence');
  const labelColumn = header.indexOf('label');
  if (sentenceColumn < 0 || labelColumn < 0) return `unexpected header in ${pubmedFile}: ${header.join(',')}`;
  // Only the claim rule runs: the other rules are not measured here and would only cost time.
  const linter = createLinter({ rules: Object.fromEntries([...builtInRuleIds].map((id) => [id, id === CLAIM_RULE ? 'warning' : 'off'])) });
  const counts = emptyCounts();
  const byLabel = new Map<string, { total: number; flagged: number }>();
  let sentences = 0;
  const started = performance.now();
  for (const row of rows) {
    const sentence = row[sentenceColumn];
    const label = row[labelColumn]?.trim();
    if (sentence === undefined || label === undefined || !/^[0-3]$/.test(label)) continue;
    sentences++;
    const flagged = linter.lint(sentence, 'plaintext').findings.some((finding) => finding.ruleId === CLAIM_RULE);
    const perLabel = byLabel.get(label) ?? { total: 0, flagged: 0 };
    perLabel.total++;
    if (flagged) perLabel.flagged++;
    byLabel.set(label, perLabel);
    const shouldFlag = label === '1';
    if (shouldFlag && flagged) counts.tp++;
    else if (shouldFlag) counts.fn++;
    else if (flagged) counts.fp++;
    else counts.tn++;
  }
  const milliseconds = performance.now() - started;
  // The same calls with every rule off: what is left is the engine (parsing, sentences), so
  // the difference is the claim rule's own cost.
  const engineOnly = createLinter({ rules: Object.fromEntries([...builtInRuleIds].map((id) => [id, 'off'])) });
  const baselineStarted = performance.now();
  for (const row of rows) if (row[sentenceColumn] !== undefined) engineOnly.lint(row[sentenceColumn], 'plaintext');
  return { counts, byLabel, sentences, milliseconds, engineMilliseconds: performance.now() - baselineStarted };
}

// ---------------------------------------------------------------------------------------
// (c) Consumer claims and careful consumer sentences

interface ConsumerSentence {
  id: string;
  text: string;
  label: 'claim' | 'careful';
  source: string;
}

interface ConsumerResult {
  counts: Counts;
  /** Sentences judged wrongly, for the reader to look at. */
  misses: Array<{ id: string; label: string; text: string; rules: string[] }>;
}

function evaluateConsumer(): ConsumerResult | string {
  const sentences: ConsumerSentence[] = [];
  for (const file of ['claims.jsonl', 'careful.jsonl']) {
    const path = join(consumerDir, file);
    if (!existsSync(path)) return `missing ${path}`;
    for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim()) sentences.push(JSON.parse(line) as ConsumerSentence);
  }
  const linter = createLinter({ rules: Object.fromEntries([...builtInRuleIds].map((id) => [id, CLAIM_RULES.includes(id) ? 'warning' : 'off'])) });
  const counts = emptyCounts();
  const misses: ConsumerResult['misses'] = [];
  for (const sentence of sentences) {
    const rules = [...new Set(linter.lint(sentence.text, 'plaintext').findings.map((finding) => finding.ruleId))];
    const flagged = rules.length > 0;
    const shouldFlag = sentence.label === 'claim';
    if (shouldFlag && flagged) counts.tp++;
    else if (shouldFlag) counts.fn++;
    else if (flagged) counts.fp++;
    else counts.tn++;
    if (flagged !== shouldFlag) misses.push({ id: sentence.id, label: sentence.label, text: sentence.text, rules });
  }
  return { counts, misses };
}

// ---------------------------------------------------------------------------------------
// Report and floors

const LABEL_MEANING: Record<string, string> = {
  '0': 'no relationship (should not flag)',
  '1': 'direct causal (should flag)',
  '2': 'conditional causal (should not flag)',
  '3': 'correlational (should not flag)',
};

const fmt = (value: number): string => value.toFixed(3);
const pad = (text: string, width: number): string => text.padEnd(width);

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => pad(cell, widths[column])).join('  ').trimEnd()).join('\n');
}

function main(): void {
  const raiseFloors = process.argv.includes('--raise-floors');
  const floors: Floors = existsSync(floorsFile) ? JSON.parse(readFileSync(floorsFile, 'utf8')) : {};
  const measured: Floors = { seeds: {}, pubmed: {}, consumer: {} };
  /** Rules that reported nothing on a set: their perfect precision means nothing yet, so no floor is recorded for them. */
  const silent = new Set<string>();
  const failures: string[] = [];
  const started = performance.now();

  console.log('Health Lint accuracy evaluation\n');
  const seeds = evaluateSeeds();
  const seedRows = [['rule', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'F1']];
  const ruleIds = [...builtInRuleIds].filter((id) => seeds.counts.has(id));
  for (const rule of ruleIds) {
    const counts = seeds.counts.get(rule)!;
    const scores = scoresOf(counts);
    measured.seeds[rule] = scores;
    if (counts.tp + counts.fp === 0) silent.add(`seeds/${rule}`);
    seedRows.push([rule, String(counts.tp), String(counts.fp), String(counts.fn), String(counts.tn), fmt(scores.precision), fmt(scores.recall), fmt(scores.f1)]);
  }
  for (const rule of seeds.counts.keys()) if (!builtInRuleIds.has(rule)) seeds.problems.push(`expectations name an unknown rule "${rule}"`);
  console.log('(a) Seed articles (../shared/corpus/seeds/expectations.json)');
  console.log(table(seedRows));
  if (seeds.misses.length > 0) {
    console.log('\n  Unmet expectations:');
    for (const miss of seeds.misses) console.log(`  - ${miss.rule} ${miss.kind} in ${miss.file}: ${miss.what}`);
  }
  for (const problem of seeds.problems) console.log(`  ! ${problem}`);

  console.log('\n(b) PubMed causal-language sentences, rule unhedged-claim (../shared/eval/causal-language)');
  const pubmed = evaluatePubmed();
  if (typeof pubmed === 'string') {
    console.log(`  ! ${pubmed}`);
    failures.push(pubmed);
  } else {
    const scores = scoresOf(pubmed.counts);
    measured.pubmed[CLAIM_RULE] = scores;
    const { tp, fp, fn, tn } = pubmed.counts;
    console.log(table([
      ['rule', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'F1'],
      [CLAIM_RULE, String(tp), String(fp), String(fn), String(tn), fmt(scores.precision), fmt(scores.recall), fmt(scores.f1)],
    ]));
    console.log('\n  Flag rate per label:');
    const labelRows = [['label', 'meaning', 'sentences', 'flagged', 'rate']];
    for (const label of [...pubmed.byLabel.keys()].sort()) {
      const { total, flagged } = pubmed.byLabel.get(label)!;
      labelRows.push([label, LABEL_MEANING[label] ?? '', String(total), String(flagged), fmt(flagged / total)]);
    }
    console.log(table(labelRows).replace(/^/gm, '  '));
    const perSentence = (ms: number): string => ((ms * 1000) / pubmed.sentences).toFixed(0);
    console.log(
      `\n  ${pubmed.sentences} sentences in ${pubmed.milliseconds.toFixed(0)} ms: ${perSentence(pubmed.milliseconds)} \u00b5s per sentence per lint call, ` +
        `under tsx with warm-up included; the engine alone takes ${perSentence(pubmed.engineMilliseconds)} \u00b5s (rule: ~${perSentence(Math.max(0, pubmed.milliseconds - pubmed.engineMilliseconds))} \u00b5s)`,
    );
  }

  console.log(`\n(c) Consumer claims and careful consumer sentences, rules ${CLAIM_RULES.join(' or ')} (../shared/eval/consumer-claims)`);
  const consumer = evaluateConsumer();
  if (typeof consumer === 'string') {
    console.log(`  ! ${consumer}`);
    failures.push(consumer);
  } else {
    const scores = scoresOf(consumer.counts);
    measured.consumer[CLAIM_RULES_NAME] = scores;
    const { tp, fp, fn, tn } = consumer.counts;
    console.log(table([
      ['rules', 'claims flagged', 'careful left alone', 'claims flagged (recall)', 'careful left alone (specificity)'],
      [CLAIM_RULES_NAME, `${tp} of ${tp + fn}`, `${tn} of ${tn + fp}`, fmt(scores.recall), fmt(scores.specificity ?? 1)],
    ]));
    if (consumer.misses.length > 0) {
      console.log('\n  Judged wrongly:');
      for (const miss of consumer.misses) console.log(`  - ${miss.id} (${miss.label}${miss.rules.length ? `, flagged by ${miss.rules.join(', ')}` : ', not flagged'}): ${miss.text}`);
    }
  }

  // Compare with the floors.
  for (const [set, rules] of Object.entries(floors)) {
    for (const [rule, floor] of Object.entries(rules)) {
      const figures = measured[set]?.[rule];
      for (const metric of METRICS) {
        const minimum = floor[metric];
        if (minimum === undefined) continue;
        const value = figures?.[metric];
        if (value === undefined) failures.push(`${set} ${rule} ${metric}: not measured (floor ${fmt(minimum)})`);
        else if (value + 1e-9 < minimum) failures.push(`${set} ${rule} ${metric}: ${fmt(value)} is below the floor ${fmt(minimum)}`);
      }
    }
  }

  if (raiseFloors) {
    const next: Floors = JSON.parse(JSON.stringify(floors));
    for (const [set, rules] of Object.entries(measured)) {
      for (const [rule, figures] of Object.entries(rules)) {
        if (silent.has(`${set}/${rule}`)) continue;
        const floor = (next[set] ??= {})[rule] ?? {};
        for (const metric of METRICS) {
          if (figures[metric] === undefined) continue;
          // Rounded down to two decimals so that a harmless wobble does not fail the run.
          const candidate = Math.floor((figures[metric] ?? 0) * 100) / 100;
          floor[metric] = Math.max(floor[metric] ?? 0, candidate);
        }
        next[set][rule] = floor;
      }
    }
    writeFileSync(floorsFile, `${JSON.stringify(next, null, 2)}\n`);
    console.log(`\nFloors raised where the figures allowed: ${floorsFile}`);
  }

  console.log(`\nTotal time ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (failures.length > 0) {
    console.log('\nFAILED: figures below the floors in eval/floors.json:');
    for (const failure of failures) console.log(`  - ${failure}`);
    process.exitCode = 1;
  } else console.log('\nAll figures at or above the floors in eval/floors.json.');
}

// Runs only as a script, so tests may import parseCsv.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
