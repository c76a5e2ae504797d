// The data every report format renders: findings already turned into 1-based lines and
// columns (UTF-16 code units), grouped by file. Pure data, built by the CLI or the editor;
// this module reads no files and knows nothing of `vscode`.

export type ReportSeverity = 'error' | 'warning' | 'info' | 'hint';

export interface ReportFinding {
  ruleId: string;
  severity: ReportSeverity;
  message: string;
  /** 1-based line and column of the first character. Columns count UTF-16 code units. */
  line: number;
  column: number;
  /** 1-based line and column just past the last character (exclusive, as in SARIF). */
  endLine: number;
  endColumn: number;
  /** A safe fix exists (`--fix` would apply it). */
  fixable: boolean;
  /** Why the rule reported it, in one line (claim rules), when the rule says. */
  explanation?: string;
}

/** Something about a whole file: not linted (binary, too large, unreadable) or a rule that failed. */
export interface FileProblem {
  severity: 'error' | 'warning';
  message: string;
}

export interface ReportFile {
  /** Path shown to people and used in SARIF: relative to the report's base, with `/` separators. */
  path: string;
  findings: ReportFinding[];
  problems: FileProblem[];
  /** `--fix` rewrote this file. */
  fixed?: boolean;
}

export interface ReportRule {
  id: string;
  description: string;
  defaultSeverity: ReportSeverity | 'off';
  /** Documentation page; absent for users' custom rules. */
  helpUri?: string;
}

export interface ReportTool {
  name: string;
  version: string;
  informationUri: string;
}

export interface ReportData {
  tool: ReportTool;
  /** Every rule the run knew (built-in and custom), in registry order. */
  rules: ReportRule[];
  /** Every file linted, clean ones included, in a stable order. */
  files: ReportFile[];
  /** Set when the run linted one share of the files (`--shard K/N`, N > 1): K (1-based) of N. */
  shard?: { index: number; count: number };
}

export interface RuleTotal {
  rule: ReportRule;
  total: number;
  bySeverity: Record<ReportSeverity, number>;
}

export interface FileTotal {
  file: ReportFile;
  /** Index of the file in `ReportData.files`. */
  index: number;
  total: number;
  errors: number;
  warnings: number;
}

export interface ReportSummary {
  filesLinted: number;
  filesWithFindings: number;
  findings: number;
  bySeverity: Record<ReportSeverity, number>;
  /** Findings `--fix` could fix, by severity that counts for the exit code. */
  fixableErrors: number;
  fixableWarnings: number;
  /** File-level problems (files not linted, rules that failed). */
  problems: number;
  problemErrors: number;
  problemWarnings: number;
  /** Rules with at least one finding, most findings first. */
  byRule: RuleTotal[];
  /** Files with findings or problems, most findings first. */
  byFile: FileTotal[];
}

export const SEVERITIES: readonly ReportSeverity[] = ['error', 'warning', 'info', 'hint'];

const zeroCounts = (): Record<ReportSeverity, number> => ({ error: 0, warning: 0, info: 0, hint: 0 });

/** Rule metadata for an id, inventing a minimal entry for ids the run did not list. */
export function ruleFor(data: ReportData, ruleId: string, cache = new Map<string, ReportRule>()): ReportRule {
  if (cache.size === 0) for (const rule of data.rules) cache.set(rule.id, rule);
  let rule = cache.get(ruleId);
  if (!rule) {
    rule = { id: ruleId, description: ruleId, defaultSeverity: 'warning' };
    cache.set(ruleId, rule);
  }
  return rule;
}

export function summarize(data: ReportData): ReportSummary {
  const bySeverity = zeroCounts();
  const rules = new Map<string, ReportRule>();
  const byRuleId = new Map<string, RuleTotal>();
  const byFile: FileTotal[] = [];
  let findings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  let problems = 0;
  let problemErrors = 0;
  let problemWarnings = 0;
  data.files.forEach((file, index) => {
    let errors = 0;
    let warnings = 0;
    for (const finding of file.findings) {
      findings++;
      bySeverity[finding.severity]++;
      if (finding.severity === 'error') errors++;
      if (finding.severity === 'warning') warnings++;
      if (finding.fixable && finding.severity === 'error') fixableErrors++;
      if (finding.fixable && finding.severity === 'warning') fixableWarnings++;
      let total = byRuleId.get(finding.ruleId);
      if (!total) {
        total = { rule: ruleFor(data, finding.ruleId, rules), total: 0, bySeverity: zeroCounts() };
        byRuleId.set(finding.ruleId, total);
      }
      total.total++;
      total.bySeverity[finding.severity]++;
    }
    for (const problem of file.problems) {
      problems++;
      if (problem.severity === 'error') problemErrors++;
      else problemWarnings++;
    }
    if (file.findings.length > 0 || file.problems.length > 0) {
      byFile.push({ file, index, total: file.findings.length, errors, warnings });
    }
  });
  const order = new Map(data.rules.map((rule, index) => [rule.id, index]));
  return {
    filesLinted: data.files.length,
    filesWithFindings: byFile.filter((entry) => entry.total > 0).length,
    findings,
    bySeverity,
    fixableErrors,
    fixableWarnings,
    problems,
    problemErrors,
    problemWarnings,
    byRule: [...byRuleId.values()].sort(
      (a, b) => b.total - a.total || (order.get(a.rule.id) ?? 1e9) - (order.get(b.rule.id) ?? 1e9) || a.rule.id.localeCompare(b.rule.id),
    ),
    byFile: byFile.sort((a, b) => b.total - a.total || a.index - b.index),
  };
}

/** Errors and warnings that decide the exit code: findings plus file-level problems. */
export function countForExit(summary: ReportSummary): { errors: number; warnings: number } {
  return { errors: summary.bySeverity.error + summary.problemErrors, warnings: summary.bySeverity.warning + summary.problemWarnings };
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
