// CSV (RFC 4180): one row per finding, CRLF line ends, fields quoted when they hold a
// comma, a quote or a line break. Cells that a spreadsheet would run as a formula get a
// leading apostrophe, so opening a report of hostile file names runs nothing.

import type { ReportData } from './model.js';

const HEADER = ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'ruleId', 'message', 'fixable'];

export function renderCsv(data: ReportData): string {
  const rows: (string | number | boolean)[][] = [HEADER];
  for (const file of data.files) {
    for (const problem of file.problems) rows.push([file.path, '', '', '', '', problem.severity, '', problem.message, false]);
    for (const finding of file.findings) {
      rows.push([file.path, finding.line, finding.column, finding.endLine, finding.endColumn, finding.severity, finding.ruleId, finding.message, finding.fixable]);
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: string | number | boolean): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
