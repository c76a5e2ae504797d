// Machine-readable JSON: every file linted with its findings, the totals, and the rules.

import { countForExit, summarize, type ReportData } from './model.js';

export function renderJson(data: ReportData): string {
  const summary = summarize(data);
  const { errors, warnings } = countForExit(summary);
  const usedRules = new Set(summary.byRule.map((entry) => entry.rule.id));
  return (
    JSON.stringify(
      {
        tool: data.tool,
        summary: {
          filesLinted: summary.filesLinted,
          filesWithFindings: summary.filesWithFindings,
          findings: summary.findings,
          errors,
          warnings,
          info: summary.bySeverity.info,
          hints: summary.bySeverity.hint,
          fixable: summary.fixableErrors + summary.fixableWarnings,
          byRule: Object.fromEntries(summary.byRule.map((entry) => [entry.rule.id, entry.total])),
        },
        rules: data.rules.filter((rule) => usedRules.has(rule.id)),
        files: data.files.map((file) => ({
          path: file.path,
          ...(file.fixed ? { fixed: true } : {}),
          problems: file.problems,
          findings: file.findings,
        })),
      },
      null,
      2,
    ) + '\n'
  );
}
