// A Markdown report for pull-request comments and job summaries: totals, rules, the most
// affected files, then every finding. Text from documents and file names is escaped so it
// renders as text (no HTML, links or emphasis sneak in).

import { countForExit, plural, summarize, SEVERITIES, type ReportData } from './model.js';

const MOST_AFFECTED = 10;

export function renderMarkdown(data: ReportData): string {
  const summary = summarize(data);
  const { errors, warnings } = countForExit(summary);
  const lines: string[] = ['# Health Lint report', ''];
  lines.push(
    `${plural(summary.findings, 'finding')} in ${plural(summary.filesWithFindings, 'file')} ` +
      `(${plural(summary.filesLinted, 'file')} linted): ${plural(errors, 'error')}, ${plural(warnings, 'warning')}` +
      `, ${summary.bySeverity.info} info, ${plural(summary.bySeverity.hint, 'hint')}.`,
    '',
  );
  if (summary.byRule.length > 0) {
    lines.push('## Findings by rule', '', '| Rule | Findings | Errors | Warnings | Info/hints |', '| --- | ---: | ---: | ---: | ---: |');
    for (const entry of summary.byRule) {
      const name = entry.rule.helpUri ? `[${md(entry.rule.id)}](${entry.rule.helpUri})` : md(entry.rule.id);
      lines.push(`| ${name} | ${entry.total} | ${entry.bySeverity.error} | ${entry.bySeverity.warning} | ${entry.bySeverity.info + entry.bySeverity.hint} |`);
    }
    lines.push('');
  }
  const affected = summary.byFile.filter((entry) => entry.total > 0);
  if (affected.length > 0) {
    lines.push('## Most affected files', '', '| File | Findings | Errors | Warnings |', '| --- | ---: | ---: | ---: |');
    for (const entry of affected.slice(0, MOST_AFFECTED)) {
      lines.push(`| ${code(entry.file.path)} | ${entry.total} | ${entry.errors} | ${entry.warnings} |`);
    }
    lines.push('');
  }
  const notLinted = data.files.filter((file) => file.problems.length > 0);
  if (notLinted.length > 0) {
    lines.push('## File problems', '');
    for (const file of notLinted) for (const problem of file.problems) lines.push(`- ${code(file.path)}: ${problem.severity}: ${md(problem.message)}`);
    lines.push('');
  }
  if (summary.findings > 0) {
    lines.push('## Findings', '');
    for (const file of data.files) {
      if (file.findings.length === 0) continue;
      lines.push(`### ${code(file.path)}`, '', '| Line:Col | Severity | Message | Rule |', '| --- | --- | --- | --- |');
      for (const finding of file.findings) {
        lines.push(`| ${finding.line}:${finding.column} | ${SEVERITIES.includes(finding.severity) ? finding.severity : ''} | ${md(finding.message)} | ${md(finding.ruleId)} |`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}

/** Escapes Markdown and HTML syntax so the text renders literally, on one table-safe line. */
export function md(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, (character) => `\\${character}`);
}

/** A file name in a code span; backticks inside widen the fence, pipes are escaped for tables. */
function code(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ');
  const longestRun = Math.max(0, ...[...clean.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean.replace(/\|/g, '\\|')}${pad}${fence}`;
}
