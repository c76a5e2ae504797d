// "Health Lint: Lint Workspace" and "Health Lint: Show Report".
//
// Lint Workspace walks every workspace folder with the same file discovery and the same
// configuration search as the command line (`.gitignore`, `.healthlintignore`, `ignore`
// globs of `.healthlintrc.json`, plus the editor's `files.exclude`), lints the files in
// worker threads (the bundled CLI is the worker script) with a cancellable progress
// notification, and puts the findings in the Problems panel through a DiagnosticCollection
// of this client. Files shown in an editor tab are left to the language server, which lints
// their live text; their entries here are dropped so nothing shows twice, and a file whose
// last tab closes is linted again from disk.
//
// Show Report renders the shared HTML report in a webview (strict CSP with a nonce, theme
// colours); a finding opens its file at its range, and the export buttons save Markdown,
// HTML, JSON, CSV or SARIF through a save dialog.
//
// This module carries the whole engine, so it is bundled on its own (dist/workspace-report.js)
// and loaded by workspace-commands.ts the first time one of its commands runs.

import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as vscode from 'vscode';
import { discoverFiles, toPosix } from '../node/files.js';
import {
  makeNonce,
  renderHtml,
  renderReport,
  REPORT_EXTENSIONS,
  type ExportFormat,
  type ReportData,
  type ReportFile,
  type ReportFinding,
} from '../report/index.js';
import { builtInRules, createLinter, docsUrl, type HealthLintConfig } from '../rules/index.js';
import { ConfigResolver } from '../cli/configs.js';
import { mergeConfig, normalizeSettings } from '../server/settings.js';
import { reportRules, TOOL } from '../cli/report-data.js';
import { lintFile, type FileOutcome } from '../cli/lint-file.js';
import { chooseThreadCount, lintInProcess, lintInWorkers, type LintTask } from '../cli/pool.js';

const SOURCE = 'health-lint';

interface WorkspaceRun {
  data: ReportData;
  /** Absolute file URIs, index-aligned with `data.files`. */
  uris: vscode.Uri[];
  /** Folder the paths are relative to when there is one workspace folder. */
  root?: vscode.Uri;
}

export interface WorkspaceReport extends vscode.Disposable {
  lintWorkspace(): Promise<unknown>;
  showReport(): Promise<void>;
  exportReport(format?: ExportFormat): Promise<void>;
}

export function createWorkspaceReport(context: vscode.ExtensionContext): WorkspaceReport {
  const diagnostics = vscode.languages.createDiagnosticCollection('health-lint-workspace');
  let lastRun: WorkspaceRun | undefined;
  let panel: vscode.WebviewPanel | undefined;
  let running: Promise<WorkspaceRun | undefined> | undefined;

  const lintWorkspace = async (): Promise<WorkspaceRun | undefined> => {
    if (running) return running;
    running = runWorkspaceLint(context, diagnostics).finally(() => {
      running = undefined;
    });
    const result = await running;
    if (result) {
      lastRun = result;
      if (panel) panel.webview.html = reportHtml(panel.webview, result);
    }
    return result;
  };

  const showReport = async () => {
    const run = lastRun ?? (await lintWorkspace());
    if (!run) return;
    if (panel) {
      panel.reveal();
      panel.webview.html = reportHtml(panel.webview, run);
      return;
    }
    panel = vscode.window.createWebviewPanel('healthLint.report', 'Health Lint Report', vscode.ViewColumn.Active, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [],
    });
    panel.webview.html = reportHtml(panel.webview, run);
    panel.webview.onDidReceiveMessage((message: unknown) => handleMessage(message, () => lastRun));
    panel.onDidDispose(() => {
      panel = undefined;
    });
  };

  const exportReport = async (format?: ExportFormat) => {
    const run = lastRun ?? (await lintWorkspace());
    if (!run) return;
    const chosen = format ?? (await pickFormat());
    if (chosen) await saveReport(run, chosen);
  };

  const relintClosedFile = (uri: vscode.Uri) => {
    const run = lastRun;
    const index = run?.uris.findIndex((candidate) => candidate.toString() === uri.toString()) ?? -1;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!run || index < 0 || !folder) return;
    const resolver = new ConfigResolver(folder.uri.fsPath, undefined, {});
    const usable = mergeConfig(resolver.configs[resolver.indexFor(uri.fsPath)], editorSettingsFor(folder));
    const outcome = lintFile(uri.fsPath, createLinter(usable), usable, false);
    run.data.files[index] = { ...run.data.files[index], findings: outcome.findings, problems: outcome.problems };
    diagnostics.set(uri, toDiagnostics(outcome));
  };

  const handleMessage = async (message: unknown, current: () => WorkspaceRun | undefined) => {
    const run = current();
    if (!run || typeof message !== 'object' || message === null) return;
    const { type, file, finding, format } = message as { type?: string; file?: unknown; finding?: unknown; format?: unknown };
    if (type === 'open' && typeof file === 'number' && typeof finding === 'number') {
      const uri = run.uris[file];
      const found = run.data.files[file]?.findings[finding];
      if (uri && found) await vscode.window.showTextDocument(uri, { selection: rangeOf(found), viewColumn: vscode.ViewColumn.One, preview: true });
    } else if (type === 'export' && typeof format === 'string' && format in REPORT_EXTENSIONS) {
      await saveReport(run, format as ExportFormat);
    }
  };

  const disposables = vscode.Disposable.from(
    diagnostics,
    // A file shown in a tab is the language server's: it lints the live text. Drop ours so
    // nothing shows twice, and when its last tab closes (the server then drops its
    // diagnostics) lint the saved file again so the workspace view stays complete.
    vscode.window.tabGroups.onDidChangeTabs((event) => {
      for (const tab of event.opened) {
        const uri = tabUri(tab);
        if (uri) diagnostics.delete(uri);
      }
      for (const tab of event.closed) {
        const uri = tabUri(tab);
        if (uri && !isShownInTab(uri)) relintClosedFile(uri);
      }
    }),
    { dispose: () => panel?.dispose() },
  );
  return { lintWorkspace, showReport, exportReport, dispose: () => disposables.dispose() };
}

async function runWorkspaceLint(context: vscode.ExtensionContext, diagnostics: vscode.DiagnosticCollection): Promise<WorkspaceRun | undefined> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file');
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('Health Lint: open a folder to lint a workspace.');
    return undefined;
  }
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Health Lint', cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      token.onCancellationRequested(() => abort.abort());
      progress.report({ message: 'finding files…' });

      // Discover per folder; each folder has its own configuration search, stopping at the folder.
      const configs: HealthLintConfig[] = [];
      const tasks: (LintTask & { folder: vscode.WorkspaceFolder })[] = [];
      const problems: string[] = [];
      for (const folder of folders) {
        const root = folder.uri.fsPath;
        const resolver = new ConfigResolver(root, undefined, {});
        const discovery = await discoverFiles({ cwd: root, patterns: [], excludes: filesExclude(folder), configIgnoresIn: resolver.ignoresIn, signal: abort.signal });
        const offset = configs.length;
        for (const path of discovery.files) tasks.push({ path, configIndex: offset + resolver.indexFor(path), folder });
        // The editor's settings override the file, and an untrusted workspace gets no custom
        // rules: the same merge the language server makes, so both report the same findings.
        const settings = editorSettingsFor(folder);
        configs.push(...resolver.configs.map((config) => mergeConfig(config, settings)));
        problems.push(...resolver.problems);
      }
      if (abort.signal.aborted) return undefined;
      if (problems.length > 0) void vscode.window.showWarningMessage(`Health Lint: ${problems[0]} (invalid entries are ignored)`);

      let done = 0;
      let reported = 0;
      const total = tasks.length;
      progress.report({ message: `0/${total} files` });
      const options = {
        configs,
        fix: false,
        signal: abort.signal,
        onResult: () => {
          done++;
          if (done - reported >= Math.max(1, total / 100) || done === total) {
            progress.report({ message: `${done}/${total} files`, increment: ((done - reported) / total) * 100 });
            reported = done;
          }
        },
      };
      const workerScript = join(context.extensionPath, 'dist', 'cli.js');
      const threads = existsSync(workerScript) ? chooseThreadCount(total) : 0;
      const outcomes = threads > 0 ? await lintInWorkers(tasks, { ...options, threads, workerScript }) : await lintInProcess(tasks, options);
      if (abort.signal.aborted) {
        void vscode.window.showInformationMessage(`Health Lint: workspace lint cancelled after ${done} of ${total} files.`);
        return undefined;
      }

      const multiRoot = folders.length > 1;
      const files: ReportFile[] = [];
      const uris: vscode.Uri[] = [];
      diagnostics.clear();
      const entries: [vscode.Uri, vscode.Diagnostic[]][] = [];
      outcomes.forEach((outcome: FileOutcome | undefined, index) => {
        if (!outcome) return;
        const task = tasks[index];
        const uri = vscode.Uri.file(outcome.path);
        const path = toPosix(relative(task.folder.uri.fsPath, outcome.path));
        files.push({ path: multiRoot ? `${task.folder.name}/${path}` : path, findings: outcome.findings, problems: outcome.problems });
        uris.push(uri);
        if (!isShownInTab(uri)) entries.push([uri, toDiagnostics(outcome)]);
      });
      diagnostics.set(entries);
      const data: ReportData = { tool: { ...TOOL, version: (context.extension.packageJSON as { version?: string }).version ?? TOOL.version }, rules: reportRules(configs), files };
      const findings = files.reduce((sum, file) => sum + file.findings.length, 0);
      const affected = files.filter((file) => file.findings.length > 0).length;
      void vscode.window
        .showInformationMessage(`Health Lint: ${findings} finding${findings === 1 ? '' : 's'} in ${affected} of ${files.length} files.`, 'Show Report')
        .then((choice) => {
          if (choice) void vscode.commands.executeCommand('healthLint.showReport');
        });
      return { data, uris, root: multiRoot ? undefined : folders[0].uri };
    },
  );
}

/** Globs switched on in `files.exclude` (conditional `when` entries count as on). */
function filesExclude(folder: vscode.WorkspaceFolder): string[] {
  const exclude = vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, boolean | { when: string }>>('exclude') ?? {};
  return Object.entries(exclude)
    .filter(([, value]) => value === true || (typeof value === 'object' && value !== null))
    .map(([glob]) => glob);
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  return tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
}

function isShownInTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUri(tab)?.toString() === key));
}

function toDiagnostics(outcome: FileOutcome): vscode.Diagnostic[] {
  const list: vscode.Diagnostic[] = [];
  for (const problem of outcome.problems) {
    const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), problem.message, problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
    diagnostic.source = SOURCE;
    list.push(diagnostic);
  }
  for (const finding of outcome.findings) {
    const diagnostic = new vscode.Diagnostic(rangeOf(finding), finding.message, severityOf(finding.severity));
    diagnostic.source = SOURCE;
    const rule = builtInRules.find((candidate) => candidate.meta.id === finding.ruleId);
    diagnostic.code = rule ? { value: finding.ruleId, target: vscode.Uri.parse(docsUrl(finding.ruleId)) } : finding.ruleId;
    list.push(diagnostic);
  }
  return list;
}

function rangeOf(finding: ReportFinding): vscode.Range {
  return new vscode.Range(finding.line - 1, finding.column - 1, finding.endLine - 1, finding.endColumn - 1);
}

function severityOf(severity: ReportFinding['severity']): vscode.DiagnosticSeverity {
  if (severity === 'error') return vscode.DiagnosticSeverity.Error;
  if (severity === 'warning') return vscode.DiagnosticSeverity.Warning;
  if (severity === 'info') return vscode.DiagnosticSeverity.Information;
  return vscode.DiagnosticSeverity.Hint;
}

function reportHtml(webview: vscode.Webview, run: WorkspaceRun): string {
  return renderHtml(run.data, {
    nonce: makeNonce(),
    interactive: true,
    cspSource: webview.cspSource,
    subtitle: `Made ${new Date().toLocaleString()}${run.root ? ` in ${run.root.fsPath}` : ''}`,
  });
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items: { label: string; format: ExportFormat }[] = [
    { label: 'Markdown', format: 'markdown' },
    { label: 'HTML', format: 'html' },
    { label: 'JSON', format: 'json' },
    { label: 'CSV', format: 'csv' },
    { label: 'SARIF', format: 'sarif' },
  ];
  return (await vscode.window.showQuickPick(items, { placeHolder: 'Export the Health Lint report as…' }))?.format;
}

async function saveReport(run: WorkspaceRun, format: ExportFormat): Promise<void> {
  const extension = REPORT_EXTENSIONS[format];
  const names: Record<ExportFormat, string> = { markdown: 'Markdown', html: 'HTML', json: 'JSON', csv: 'CSV', sarif: 'SARIF' };
  const base = run.root ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    defaultUri: base ? vscode.Uri.joinPath(base, `health-lint-report.${extension}`) : undefined,
    filters: { [names[format]]: [extension] },
    saveLabel: `Export ${names[format]}`,
  });
  if (!target) return;
  const text = renderReport(format, run.data, { sarif: run.root ? { srcRoot: run.root.toString() } : {} });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  const choice = await vscode.window.showInformationMessage(`Health Lint: report saved to ${target.fsPath}.`, 'Open');
  if (choice) await vscode.commands.executeCommand('vscode.open', target);
}

/** The user's `healthLint.*` settings for a folder, read as the language server reads them. */
function editorSettingsFor(folder: vscode.WorkspaceFolder) {
  const configuration = vscode.workspace.getConfiguration('healthLint', folder.uri);
  return normalizeSettings({
    rules: configuration.get('rules'),
    providerAdviceText: configuration.get('providerAdviceText'),
    maxFileSize: configuration.get('maxFileSize'),
    workspaceTrusted: vscode.workspace.isTrusted,
  });
}
