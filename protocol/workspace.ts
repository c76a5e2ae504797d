// Requests of Health Lint's own that the extension and the language server share, besides
// LSP's `workspace/diagnostic`. Types and names only: the client imports this and nothing of
// the engine or the server (test/client/boundaries.test.ts keeps it so).

import type { ReportData, ReportSummary } from '../report/model.js';

/** The workspace report: every supported file of the workspace folders linted, as the report renderers take it. */
export const WORKSPACE_REPORT_REQUEST = 'healthLint/workspaceReport';

export type ReportFormat = 'markdown' | 'html' | 'json' | 'csv' | 'sarif';

export interface WorkspaceReportParams {
  /** LSP work-done progress token: the server reports "n/m files" on it and honours its cancellation. */
  workDoneToken?: string | number;
  /** Also render the report in this format (the renderers run in the server). */
  render?: {
    format: ReportFormat;
    /** For `html` shown in a webview: a script nonce, the webview's CSP source, clickable findings. */
    html?: { nonce: string; cspSource: string; interactive: boolean; subtitle?: string };
  };
}

export interface WorkspaceReportResult {
  data: ReportData;
  /** Totals by rule, severity and file. */
  summary: ReportSummary;
  /** The URI of each file, index-aligned with `data.files`. */
  uris: string[];
  /** The report in the asked format, when one was asked for. */
  rendered?: string;
}

/**
 * Files a server in a web worker cannot read itself: it asks the client, which reads them
 * through `vscode.workspace.fs`. Answers are undefined (null) when the entry does not exist.
 */
export const READ_DIRECTORY_REQUEST = 'healthLint/fs/readDirectory';
export const STAT_REQUEST = 'healthLint/fs/stat';
export const READ_FILE_REQUEST = 'healthLint/fs/readFile';

export type FileKind = 'file' | 'directory' | 'other';

export interface FileStat {
  kind: FileKind;
  size: number;
  /** Modification time in milliseconds. */
  mtime: number;
}

export interface DirectoryEntry {
  name: string;
  kind: FileKind;
}

export interface UriParams {
  uri: string;
}

/** A file's bytes as base64 (JSON carries no binary), or an error message when it cannot be read. */
export type ReadFileResult = { base64: string } | { error: string } | null;
