// Terminal output in the style people know from ESLint: a header per file, aligned
// `line:col  severity  message  rule` rows, and a summary line.

import { countForExit, plural, summarize, type ReportData } from './model.js';

export interface StylishOptions {
  /** ANSI colours; the caller decides (TTY, NO_COLOR, --no-color). */
  color: boolean;
  /** Terminal width: long messages wrap to fit beside the rule id. Unset (piped output): one line per finding. */
  width?: number;
}

/** Without a terminal width, messages longer than this are not padded, so rule ids stay near their message. */
const PAD_LIMIT = 72;

const codes = { reset: 0, bold: 1, dim: 2, underline: 4, red: 31, green: 32, yellow: 33, blue: 34, gray: 90 } as const;
type Style = keyof typeof codes;

export function renderStylish(data: ReportData, options: StylishOptions): string {
  return [...stylishChunks(data, options)].join('');
}

export function* stylishChunks(data: ReportData, options: StylishOptions): Generator<string> {
  const paint = (text: string, ...styles: Style[]) =>
    options.color && styles.length > 0 ? `${styles.map((style) => `\u001b[${codes[style]}m`).join('')}${text}\u001b[0m` : text;
  const severityStyle: Record<string, Style> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'gray' };
  const summary = summarize(data);
  for (const file of data.files) {
    if (file.findings.length === 0 && file.problems.length === 0) continue;
    let output = '';
    const rows: string[][] = [];
    for (const problem of file.problems) rows.push(['0:0', problem.severity, oneLine(problem.message), '']);
    for (const finding of file.findings) {
      rows.push([`${finding.line}:${finding.column}`, finding.severity, oneLine(finding.message), finding.ruleId]);
    }
    const positionWidth = Math.max(...rows.map((row) => row[0].length));
    const severityWidth = Math.max(...rows.map((row) => row[1].length));
    const ruleWidth = Math.max(...rows.map((row) => row[3].length));
    const indent = 2 + positionWidth + 2 + severityWidth + 2;
    const longest = Math.max(...rows.map((row) => row[2].length));
    // On a terminal, wrap messages into the room left beside the rule ids; piped, keep one line each.
    const room = options.width ? options.width - indent - 2 - ruleWidth - 1 : undefined;
    const wrapAt = room !== undefined && room >= 30 ? Math.min(room, longest) : undefined;
    const messageWidth = wrapAt ?? Math.min(longest, PAD_LIMIT);
    output += `\n${paint(terminalSafe(file.path), 'underline')}${file.fixed ? paint('  (fixed)', 'green') : ''}\n`;
    for (const [position, severity, message, ruleId] of rows) {
      const lines = wrapAt ? wrap(message, wrapAt) : [message];
      const first = ruleId ? `${lines[0].padEnd(messageWidth)}  ${paint(ruleId, 'dim')}` : lines[0];
      output += `  ${paint(position.padEnd(positionWidth), 'dim')}  ${paint(severity.padEnd(severityWidth), severityStyle[severity] ?? 'reset')}  ${first}`.trimEnd() + '\n';
      for (const line of lines.slice(1)) output += `${' '.repeat(indent)}${line}\n`;
    }
    yield output;
  }
  const { errors, warnings } = countForExit(summary);
  const others = summary.bySeverity.info + summary.bySeverity.hint;
  const total = summary.findings + summary.problems;
  if (total === 0) {
    yield `${paint('✔', 'green')} ${plural(summary.filesLinted, 'file')} linted, no problems found.\n`;
    return;
  }
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (others > 0) parts.push(`${others} info`);
  const mark = errors > 0 ? paint('✖', 'red', 'bold') : paint('⚠', 'yellow', 'bold');
  let output = `\n${mark} ${paint(`${plural(total, 'problem')} (${parts.join(', ')})`, 'bold')} in ${plural(summary.filesWithFindings + filesWithOnlyProblems(summary), 'file')} of ${summary.filesLinted} linted\n`;
  if (summary.fixableErrors + summary.fixableWarnings > 0) {
    output += `  ${plural(summary.fixableErrors, 'error')} and ${plural(summary.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.\n`;
  }
  yield output;
}

/** Greedy word wrap; a word longer than the width gets a line of its own. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

function filesWithOnlyProblems(summary: ReturnType<typeof summarize>): number {
  return summary.byFile.filter((entry) => entry.total === 0).length;
}

/** Messages are one or two sentences; a stray newline must not break the table. */
function oneLine(text: string): string {
  return terminalSafe(text.replace(/\s*[\r\n]+\s*/g, ' '));
}

/** A file name or message must not carry escape sequences to the terminal. */
function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
}
