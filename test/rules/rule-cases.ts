// A small textlint-tester-style harness for one rule: valid and invalid cases in each
// language, expected ranges as source substrings and message fragments, and a check that
// every fix and suggestion, applied with applyEdits, removes its finding without creating
// another one or touching text outside its edits. Also reads the seed expectations.

import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyEdits, builtInRules, createLinter, type DocumentLanguage, type Finding, type Fix, type HealthLintConfig } from '../../rules/index.js';

export interface ValidCase {
  name?: string;
  text: string;
  language: DocumentLanguage;
  config?: HealthLintConfig;
}

export interface ExpectedFinding {
  /** The source text the finding covers, exactly. */
  text: string;
  /** A fragment the message must contain. */
  message?: string;
  /** Titles of the safe fixes, in order (checked when given). */
  fixes?: string[];
  /** Titles of the suggestions, in order (checked when given). */
  suggestions?: string[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** Expected document after applying the first safe fix of every finding (checked when given). */
  output?: string;
}

/** Lints with only the rule under test switched on (plus the case's own configuration). */
export function lintWith(ruleId: string, text: string, language: DocumentLanguage, config: HealthLintConfig = {}): Finding[] {
  const rules: HealthLintConfig['rules'] = {};
  for (const rule of builtInRules) rules[rule.meta.id] = rule.meta.id === ruleId ? (config.rules?.[ruleId] ?? 'warning') : 'off';
  const result = createLinter({ ...config, rules }).lint(text, language);
  assert.deepEqual(result.failures, [], `rule ${ruleId} threw`);
  return result.findings.filter((finding) => finding.ruleId === ruleId);
}

export function describeRule(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe('valid', () => {
    for (const valid of cases.valid) {
      it(`${valid.language}: ${valid.name ?? preview(valid.text)}`, () => {
        const findings = lintWith(ruleId, valid.text, valid.language, valid.config);
        assert.deepEqual(
          findings.map((finding) => valid.text.slice(finding.start, finding.end)),
          [],
          'expected no findings',
        );
      });
    }
  });
  describe('invalid', () => {
    for (const invalid of cases.invalid) {
      it(`${invalid.language}: ${invalid.name ?? preview(invalid.text)}`, () => {
        const findings = lintWith(ruleId, invalid.text, invalid.language, invalid.config);
        assert.deepEqual(
          findings.map((finding) => invalid.text.slice(finding.start, finding.end)),
          invalid.errors.map((error) => error.text),
          'finding ranges',
        );
        findings.forEach((finding, index) => {
          const expected = invalid.errors[index];
          if (expected.message) assert.ok(finding.message.includes(expected.message), `message "${finding.message}" should contain "${expected.message}"`);
          if (expected.fixes) assert.deepEqual(finding.fixes.map((fix) => fix.title), expected.fixes, 'fix titles');
          if (expected.suggestions) assert.deepEqual(finding.suggestions.map((fix) => fix.title), expected.suggestions, 'suggestion titles');
        });
        assertEveryEditResolves(ruleId, invalid.text, invalid.language, invalid.config, findings);
        if (invalid.output !== undefined) {
          const edits = findings.flatMap((finding) => finding.fixes[0]?.edits ?? []);
          assert.equal(applyEdits(invalid.text, edits), invalid.output, 'output after the first fix of every finding');
        }
      });
    }
  });
}

/** Every fix and suggestion removes its finding, creates none, and leaves the rest of the text alone. */
export function assertEveryEditResolves(ruleId: string, text: string, language: DocumentLanguage, config: HealthLintConfig | undefined, findings: Finding[]): void {
  for (const finding of findings) {
    for (const fix of [...finding.fixes, ...finding.suggestions]) {
      const output = applyEdits(text, fix.edits);
      assertOnlyEditsChanged(text, output, fix);
      const after = lintWith(ruleId, output, language, config);
      const expected = findings.filter((other) => other !== finding).map((other) => mapThrough(other, fix));
      const key = (f: { start: number; end: number; message: string }): string => `${f.start}:${f.end}:${f.message}`;
      const expectedKeys = new Set(expected.map(key));
      for (const remaining of after) {
        assert.ok(
          expectedKeys.has(key(remaining)),
          `after "${fix.title}" a finding remains or appears at ${JSON.stringify(output.slice(remaining.start, remaining.end))}: ${remaining.message}\n--- output ---\n${output}`,
        );
      }
    }
  }
}

function assertOnlyEditsChanged(before: string, after: string, fix: Fix): void {
  assert.ok(fix.edits.length > 0, `"${fix.title}" has no edits`);
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  let cursorBefore = 0;
  let cursorAfter = 0;
  for (const edit of edits) {
    assert.ok(edit.start >= cursorBefore && edit.end >= edit.start && edit.end <= before.length, `"${fix.title}" has overlapping or out-of-range edits`);
    const kept = before.slice(cursorBefore, edit.start);
    assert.equal(after.slice(cursorAfter, cursorAfter + kept.length), kept, `"${fix.title}" changed text outside its edits`);
    cursorAfter += kept.length;
    assert.equal(after.slice(cursorAfter, cursorAfter + edit.newText.length), edit.newText);
    cursorAfter += edit.newText.length;
    cursorBefore = edit.end;
  }
  assert.equal(after.slice(cursorAfter), before.slice(cursorBefore), `"${fix.title}" changed text after its edits`);
}

function mapThrough(finding: Finding, fix: Fix): { start: number; end: number; message: string } {
  const shift = (offset: number): number => {
    let delta = 0;
    for (const edit of fix.edits) if (edit.end <= offset) delta += edit.newText.length - (edit.end - edit.start);
    return offset + delta;
  };
  return { start: shift(finding.start), end: shift(finding.end), message: finding.message };
}

// Seeds: /work/shared/corpus/seeds, found relative to the repository.
const SEEDS = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));

interface SeedExpectations {
  files: Record<string, { doc?: string[]; nodoc?: string[]; flag?: { rule: string; phrase: string }[]; noflag?: { rule: string; phrase: string }[] }>;
}

/** Checks the seed expectations that concern one rule. */
export function describeSeeds(ruleId: string): void {
  describe('seed articles', () => {
    const expectations = JSON.parse(readFileSync(`${SEEDS}expectations.json`, 'utf8')) as SeedExpectations;
    const names = new Set(readdirSync(SEEDS));
    for (const [file, expected] of Object.entries(expectations.files)) {
      const relevant =
        expected.doc?.includes(ruleId) ||
        expected.nodoc?.includes(ruleId) ||
        expected.flag?.some((entry) => entry.rule === ruleId) ||
        expected.noflag?.some((entry) => entry.rule === ruleId);
      if (!relevant || !names.has(file)) continue;
      it(file, () => {
        const text = readFileSync(`${SEEDS}${file}`, 'utf8');
        const findings = lintWith(ruleId, text, 'plaintext');
        if (expected.doc?.includes(ruleId)) assert.ok(findings.length > 0, `${ruleId} must report on ${file}`);
        if (expected.nodoc?.includes(ruleId)) assert.deepEqual(findings.map((finding) => text.slice(finding.start, finding.end)), [], `${ruleId} must not report on ${file}`);
        for (const entry of expected.flag ?? []) {
          if (entry.rule !== ruleId) continue;
          const at = text.indexOf(entry.phrase);
          assert.ok(at >= 0);
          assert.ok(findings.some((finding) => finding.start < at + entry.phrase.length && at < finding.end), `${ruleId} must cover "${entry.phrase}"`);
        }
        for (const entry of expected.noflag ?? []) {
          if (entry.rule !== ruleId) continue;
          const at = text.indexOf(entry.phrase);
          assert.ok(!findings.some((finding) => finding.start < at + entry.phrase.length && at < finding.end), `${ruleId} must not cover "${entry.phrase}"`);
        }
        assertEveryEditResolves(ruleId, text, 'plaintext', undefined, findings);
      });
    }
  });
}

function preview(text: string): string {
  return JSON.stringify(text.length > 70 ? `${text.slice(0, 70)}…` : text);
}
