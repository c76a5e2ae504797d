// Linting every supported file of the workspace folders, for LSP workspace diagnostics and
// the workspace report. Files are read through the server's file access and linted one at a
// time by the lint worker, so a keystroke's lint waits for at most one file; each file's
// result is kept with the file's size and modification time and the configuration it was
// linted with, so asking again re-lints only what changed. A result is kept as report
// findings (lines and columns), the smallest form both answers are made from.
//
// Files that cannot be linted (unreadable, binary, larger than `maxFileSize`) get a file
// problem, as on the command line, and the run goes on.

import type { VersionedText } from './text-sync.js';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { FileProblem, ReportFinding } from '../report/model.js';
import { DEFAULT_MAX_FILE_SIZE, type HealthLintConfig } from '../rules/engine/config.js';
import { languageOfPath } from '../rules/engine/document.js';
import { toReportFindings } from '../report/findings.js';
import { BINARY_PROBLEM, tooLargeProblem } from '../report/problems.js';
import { docsUrl } from '../rules/engine/rule.js';
import type { DocumentLanguage, Finding, LintResult } from '../rules/index.js';
import type { FileAccess } from './file-access.js';
import { DIAGNOSTIC_SOURCE, diagnosticMessage } from './linting.js';
import { builtInRuleIds } from './rule-ids.js';

/** One file's findings and problems, named by a result id that changes only when they do. */
export interface FileReport {
  uri: string;
  findings: ReportFinding[];
  problems: FileProblem[];
  resultId: string;
  /** The open document's version the findings are for; undefined for the saved file. */
  version?: number;
}

/** What lints: the server's lint worker (through its runner). */
export interface TextLinter {
  /** `text` is a whole text, or an open document's version, whose changes a linter that keeps texts can apply instead. */
  lint(key: string, text: string | VersionedText, language: DocumentLanguage, config: HealthLintConfig): Promise<LintResult>;
  drop(key: string): void;
}

interface Kept extends FileReport {
  /** Size, modification time and configuration the result is for. */
  stamp: string;
  /** The findings and problems as JSON: a new result id is made only when this changes. */
  content: string;
}

/** Bytes looked at for a NUL, as the command line does, to tell a binary file. */
const BINARY_PROBE_BYTES = 8000;

export class WorkspaceLinting {
  private readonly kept = new Map<string, Kept>();
  /** Ids of an earlier server process must not match: each process has its own prefix. */
  private readonly prefix = `w${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  private counter = 0;

  constructor(
    private readonly access: FileAccess,
    private readonly linter: TextLinter,
  ) {}

  /** The saved file linted, or its kept result when neither the file nor the configuration changed since. */
  async lintSaved(uri: string, config: HealthLintConfig): Promise<FileReport> {
    const configKey = JSON.stringify(config);
    const stats = await this.access.stat(uri).catch(() => undefined);
    const stamp = stats ? `${stats.size}:${stats.mtime}:${configKey}` : `missing:${configKey}`;
    const known = this.kept.get(uri);
    if (known && known.stamp === stamp && known.version === undefined) return known;
    const { findings, problems } = await this.lintBytes(uri, stats?.size, config);
    return this.keep(uri, stamp, findings, problems, undefined);
  }

  /** The result for an open document, linted elsewhere (the document's own pull path). */
  keepOpen(uri: string, version: number, text: string, findings: readonly Finding[], problems: FileProblem[]): FileReport {
    return this.keep(uri, `open:${version}`, toReportFindings(text, findings), problems, version);
  }

  /** Forgets results (after a configuration change all are stale anyway; the stamps would tell). */
  forget(uri?: string): void {
    if (uri === undefined) this.kept.clear();
    else this.kept.delete(uri);
  }

  private keep(uri: string, stamp: string, findings: ReportFinding[], problems: FileProblem[], version: number | undefined): Kept {
    const content = JSON.stringify([findings, problems]);
    const known = this.kept.get(uri);
    const resultId = known && known.content === content ? known.resultId : `${this.prefix}.${++this.counter}`;
    const kept: Kept = { uri, findings, problems, resultId, version, stamp, content };
    this.kept.set(uri, kept);
    return kept;
  }

  private async lintBytes(uri: string, size: number | undefined, config: HealthLintConfig): Promise<{ findings: ReportFinding[]; problems: FileProblem[] }> {
    const maxFileSize = config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    if (size !== undefined && size > maxFileSize) {
      return { findings: [], problems: [tooLargeProblem(size, maxFileSize)] };
    }
    let bytes: Uint8Array;
    try {
      bytes = await this.access.readFile(uri);
    } catch (error) {
      return { findings: [], problems: [{ severity: 'error', message: `Cannot read the file: ${error instanceof Error ? error.message : String(error)}` }] };
    }
    // The size may have changed since the stat.
    if (bytes.length > maxFileSize) {
      return { findings: [], problems: [tooLargeProblem(bytes.length, maxFileSize)] };
    }
    if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) {
      return { findings: [], problems: [BINARY_PROBLEM] };
    }
    const text = decodeUtf8(bytes);
    const language = languageOfPath(uri.replace(/[?#].*$/, '')) ?? 'plaintext';
    // Its own key, so that the worker's state of the same file open in the editor is left alone.
    const key = `${uri}#health-lint-workspace`;
    try {
      const result = await this.linter.lint(key, text, language, config);
      const problems: FileProblem[] = [];
      if (result.skipped) problems.push({ severity: 'warning', message: `${capitalize(result.skipped)}.` });
      for (const failure of result.failures) {
        problems.push({ severity: 'error', message: `Rule "${failure.ruleId}" failed on this file and its findings are missing: ${failure.message}` });
      }
      return { findings: toReportFindings(text, result.findings), problems };
    } catch (error) {
      return { findings: [], problems: [{ severity: 'error', message: `Not linted: ${error instanceof Error ? error.message : String(error)}` }] };
    } finally {
      // Workspace files are linted once: their caches would only push out those of the documents being edited.
      this.linter.drop(key);
    }
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: false });

/** The text of a file: UTF-8 without its byte order mark; invalid bytes become U+FFFD. */
function decodeUtf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return lenientUtf8.decode(bytes);
  }
}

const SEVERITIES: Record<ReportFinding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A file's LSP diagnostics: its problems at the start of the file, then its findings. */
export function diagnosticsOf(report: Pick<FileReport, 'findings' | 'problems'>): Diagnostic[] {
  const diagnostics: Diagnostic[] = report.problems.map((problem) => ({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  }));
  for (const finding of report.findings) {
    const diagnostic: Diagnostic = {
      range: { start: { line: finding.line - 1, character: finding.column - 1 }, end: { line: finding.endLine - 1, character: finding.endColumn - 1 } },
      severity: SEVERITIES[finding.severity],
      source: DIAGNOSTIC_SOURCE,
      code: finding.ruleId,
      message: diagnosticMessage(finding),
    };
    if (builtInRuleIds.has(finding.ruleId)) diagnostic.codeDescription = { href: docsUrl(finding.ruleId) };
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
