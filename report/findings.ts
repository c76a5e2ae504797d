// Engine findings as report rows: 1-based lines and UTF-16 columns, as every report format and
// the workspace diagnostics have them. One function for the command line and the server, so
// the two give the same positions.

import { computeLineStarts, lineOfOffset } from '../rules/engine/document.js';
import type { Finding } from '../rules/engine/types.js';
import type { ReportFinding } from './model.js';

/** Offsets to 1-based lines and UTF-16 columns (the end exclusive), as reports have them. */
export function toReportFindings(text: string, findings: readonly Finding[]): ReportFinding[] {
  if (findings.length === 0) return [];
  const lineStarts = computeLineStarts(text);
  const position = (offset: number) => {
    let at = Math.max(0, Math.min(offset, text.length));
    // Never between the \r and \n of a line break (as the language server's positionOf).
    if (at > 0 && text.charCodeAt(at - 1) === 13 && text.charCodeAt(at) === 10) at -= 1;
    const line = lineOfOffset(lineStarts, at);
    return { line: line + 1, column: at - lineStarts[line] + 1 };
  };
  return findings.map((finding) => {
    const start = position(finding.start);
    const end = position(Math.max(finding.start, finding.end));
    return {
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      fixable: finding.fixes.length > 0,
      ...(finding.explanation === undefined ? {} : { explanation: finding.explanation }),
    };
  });
}
