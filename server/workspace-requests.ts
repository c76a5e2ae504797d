// Workspace-wide answers of the language server: LSP 3.17 workspace diagnostics
// (`workspace/diagnostic`: work-done progress, partial results, result ids, cancellation) for
// every supported file under the workspace folders, and `healthLint/workspaceReport`, the
// report model (and, when asked, the report rendered in one format) that "Lint Workspace",
// "Show Report" and "Export Report" show.
//
// Open documents are answered from their live text, as their document pulls are (with their
// version, so a client can tell them apart); every other file from its saved content.

import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type ResultProgressReporter,
  type WorkDoneProgressReporter,
  type WorkspaceDiagnosticReportPartialResult,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import packageJson from '../package.json';
import { renderReport } from '../report/index.js';
import { summarize, type FileProblem, type ReportData, type ReportFile, type ReportRule } from '../report/model.js';
import type { HealthLintConfig } from '../rules/engine/config.js';
import { docsUrl } from '../rules/engine/rule.js';
import { WORKSPACE_REPORT_REQUEST, type WorkspaceReportParams, type WorkspaceReportResult } from '../protocol/workspace.js';
import { uriKey, type FileAccess } from './file-access.js';
import type { LintOutcome } from './linting.js';
import { builtInReportRules } from './rule-ids.js';
import type { EditorSettings } from './settings.js';
import { diagnosticsOf, WorkspaceLinting, type FileReport, type TextLinter } from './workspace-lint.js';
import { listWorkspaceFiles, type WorkspaceFile } from './workspace-files.js';

/** What the workspace answers need from the rest of the server. */
export interface WorkspaceEnvironment {
  access: FileAccess;
  linter: TextLinter;
  /** The workspace folders' URIs, as the client last told them. */
  folders(): readonly { uri: string; name: string }[];
  /** The user's settings for a folder. */
  settingsFor(uri: string): Promise<EditorSettings>;
  /** The client's `files.exclude` globs for a folder (none when the client has no such setting). */
  excludesFor(folderUri: string): Promise<string[]>;
  /** The configuration a file is linted with (its `.healthlintrc.json` and the settings), or undefined when it is ignored. */
  configFor(fileUri: string, settings: EditorSettings): Promise<HealthLintConfig | undefined>;
  /** The `ignore` globs of the `.healthlintrc.json` in a folder. */
  configIgnoresIn(folderUri: string): Promise<readonly string[] | undefined>;
  /** An open document, if the file is open. */
  openDocument(uri: string): TextDocument | undefined;
  /** Lints an open document as its own pull does. */
  lintOpen(uri: string): Promise<LintOutcome | undefined>;
  log(message: string): void;
}

/** Partial results go out in batches of this many files, or after this long, whichever comes first. */
const BATCH_FILES = 50;
const BATCH_MS = 250;

const TOOL = { name: 'health-lint', version: packageJson.version as string, informationUri: 'https://github.com/health-lint/health-lint' };

class Cancelled extends ResponseError<void> {
  constructor() {
    super(LSPErrorCodes.RequestCancelled, 'The workspace lint was cancelled.');
  }
}

export class WorkspaceRequests {
  private readonly linting: WorkspaceLinting;
  /** One workspace run at a time: a second waits, then finds the first one's results kept. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly env: WorkspaceEnvironment) {
    this.linting = new WorkspaceLinting(env.access, env.linter);
  }

  register(connection: Connection): void {
    connection.languages.diagnostics.onWorkspace(async (params, token, workDone, resultProgress) => {
      const previous = new Map(params.previousResultIds.map((entry) => [uriKey(entry.uri), entry.value]));
      const items = await this.serialized(() =>
        this.run(token, workDone, (reports) => reports.map((entry) => workspaceItem(entry.report, previous.get(uriKey(entry.report.uri)))), resultProgress),
      );
      return { items };
    });
    connection.onRequest(WORKSPACE_REPORT_REQUEST, async (params: WorkspaceReportParams | undefined, token) => {
      const workDone = connection.window.attachWorkDoneProgress(params?.workDoneToken);
      const reports = await this.serialized(() => this.run(token, workDone, (entries) => entries));
      return this.reportOf(reports, params ?? {});
    });
  }

  /** After a configuration change: results are re-made on the next run (their stamps hold the configuration, so this only frees memory). */
  forgetResults(): void {
    this.linting.forget();
  }

  private serialized<T>(action: () => Promise<T>): Promise<T> {
    const result = this.queue.then(action, action);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /**
   * Lints every file of every folder; `convert` turns each batch of results into what is
   * reported. With a partial-result reporter, batches go out as they are ready and the
   * answer itself is empty; without one, the answer holds everything.
   */
  private async run<T>(
    token: CancellationToken,
    workDone: WorkDoneProgressReporter,
    convert: (entries: { report: FileReport; file: WorkspaceFile; folder: { uri: string; name: string } }[]) => T[],
    partial?: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult>,
  ): Promise<T[]> {
    workDone.begin('Health Lint', 0, 'finding files…', true);
    try {
      const cancelled = () => token.isCancellationRequested;
      const jobs: { file: WorkspaceFile; folder: { uri: string; name: string }; settings: EditorSettings }[] = [];
      for (const folder of this.env.folders()) {
        const settings = await this.env.settingsFor(folder.uri);
        if (!settings.enable) continue;
        const excludes = await this.env.excludesFor(folder.uri);
        const files = await listWorkspaceFiles(this.env.access, folder.uri, { excludes, configIgnoresIn: this.env.configIgnoresIn, isCancelled: cancelled });
        for (const file of files) jobs.push({ file, folder, settings });
      }
      if (cancelled()) throw new Cancelled();

      const results: T[] = [];
      let batch: Parameters<typeof convert>[0] = [];
      let batchStarted = Date.now();
      const flush = () => {
        if (batch.length === 0) return;
        const converted = convert(batch);
        if (partial) partial.report({ items: converted as WorkspaceDocumentDiagnosticReport[] });
        else results.push(...converted);
        batch = [];
        batchStarted = Date.now();
      };
      let done = 0;
      for (const job of jobs) {
        if (cancelled()) throw new Cancelled();
        const report = await this.lintOne(job.file, job.settings);
        done++;
        if (report) batch.push({ report, file: job.file, folder: job.folder });
        if (batch.length >= BATCH_FILES || Date.now() - batchStarted >= BATCH_MS) {
          workDone.report(Math.floor((done / jobs.length) * 100), `${done}/${jobs.length} files`);
          flush();
        }
      }
      // The results of a report are wanted whole; only workspace diagnostics stream.
      if (partial) flush();
      else if (batch.length > 0) results.push(...convert(batch));
      return results;
    } finally {
      workDone.done();
    }
  }

  /** One file's report; undefined when its configuration ignores it. Never throws. */
  private async lintOne(file: WorkspaceFile, settings: EditorSettings): Promise<FileReport | undefined> {
    try {
      const open = this.env.openDocument(file.uri);
      if (open) {
        const outcome = await this.env.lintOpen(open.uri);
        if (outcome) {
          const problems: FileProblem[] = outcome.skipped ? [{ severity: 'warning', message: `Not linted: ${outcome.skipped}` }] : [];
          if (outcome.skipped === 'ignored') return undefined;
          return this.linting.keepOpen(file.uri, outcome.document.version, outcome.document.getText(), outcome.findings, problems);
        }
      }
      const config = await this.env.configFor(file.uri, settings);
      if (!config) return undefined;
      return await this.linting.lintSaved(file.uri, config);
    } catch (error) {
      this.env.log(`workspace lint of ${file.uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { uri: file.uri, findings: [], problems: [{ severity: 'error', message: 'Not linted: internal error (see the output log).' }], resultId: 'failed' };
    }
  }

  private reportOf(entries: { report: FileReport; file: WorkspaceFile; folder: { name: string } }[], params: WorkspaceReportParams): WorkspaceReportResult {
    const multiRoot = this.env.folders().length > 1;
    const files: ReportFile[] = entries.map(({ report, file, folder }) => ({
      path: multiRoot ? `${folder.name}/${file.path}` : file.path,
      findings: report.findings,
      problems: report.problems,
    }));
    const data: ReportData = { tool: TOOL, rules: reportRules(), files };
    const result: WorkspaceReportResult = { data, summary: summarize(data), uris: entries.map((entry) => entry.report.uri) };
    const render = params.render;
    if (render) {
      const root = this.env.folders().length === 1 ? this.env.folders()[0].uri : undefined;
      result.rendered = renderReport(render.format, data, { html: render.html, sarif: root ? { srcRoot: root.endsWith('/') ? root : `${root}/` } : {} });
    }
    return result;
  }
}

/** The built-in rules; custom rules of config files appear under their ids as their findings name them. */
function reportRules(): ReportRule[] {
  return builtInReportRules.map((rule) => ({ ...rule, helpUri: docsUrl(rule.id) }));
}

function workspaceItem(report: FileReport, previousResultId: string | undefined): WorkspaceDocumentDiagnosticReport {
  const version = report.version ?? null;
  if (previousResultId === report.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, uri: report.uri, version, resultId: report.resultId };
  return { kind: DocumentDiagnosticReportKind.Full, uri: report.uri, version, resultId: report.resultId, items: diagnosticsOf(report) };
}
