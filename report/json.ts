// Machine-readable JSON: every file linted with its findings, the totals, and the rules.
// Produced file by file (the same text `JSON.stringify(report, null, 2)` gives), so a run
// over thousands of files never holds the whole report in one string.

import { countForExit, summarize, type ReportData } from './model.js';

/** `JSON.stringify(value, null, 2)` for a value nested `level` levels deep. */
export function nestedJson(value: unknown, level: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(level)}`);
}

export function* jsonChunks(data: ReportData): Generator<string> {
  const summary = summarize(data);
  const { errors, warnings } = countForExit(summary);
  const usedRules = new Set(summary.byRule.map((entry) => entry.rule.id));
  const head = {
    tool: data.tool,
    ...(data.shard ? { shard: data.shard } : {}),
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
  };
  let text = '{';
  for (const [key, value] of Object.entries(head)) text += `\n  ${JSON.stringify(key)}: ${nestedJson(value, 1)},`;
  if (data.files.length === 0) {
    yield `${text}\n  "files": []\n}\n`;
    return;
  }
  yield `${text}\n  "files": [`;
  for (let index = 0; index < data.files.length; index++) {
    const file = data.files[index];
    const entry = { path: file.path, ...(file.fixed ? { fixed: true } : {}), problems: file.problems, findings: file.findings };
    yield `${index === 0 ? '' : ','}\n    ${nestedJson(entry, 2)}`;
  }
  yield '\n  ]\n}\n';
}

export function renderJson(data: ReportData): string {
  return [...jsonChunks(data)].join('');
}
