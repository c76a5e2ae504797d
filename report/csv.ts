// CSV (RFC 4180): one row per finding, CRLF line ends, fields quoted when they hold a
// comma, a quote or a line break. Cells that a spreadsheet would run as a formula get a
// leading apostrophe, so opening a report of hostile file names runs nothing.

import type { ReportData } from './model.js';

const HEADER = ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'ruleId', 'message', 'fixable'];

export function* csvChunks(data: ReportData): Generator<string> {
  const line = (row: (string | number | boolean)[]) => row.map(csvField).join(',') + '\r\n';
  yield line(HEADER);
  for (const file of data.files) {
    let text = '';
    for (const problem of file.problems) text += line([file.path, '', '', '', '', problem.severity, '', problem.message, false]);
    for (const finding of file.findings) {
      text += line([file.path, finding.line, finding.column, finding.endLine, finding.endColumn, finding.severity, finding.ruleId, finding.message, finding.fixable]);
    }
    if (text) yield text;
  }
}

export function renderCsv(data: ReportData): string {
  return [...csvChunks(data)].join('');
}

export function csvField(value: string | number | boolean): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
