// "Health Lint: Lint Workspace", "Show Report" and "Export Report": thin callers of the
// language server. Lint Workspace asks for LSP workspace diagnostics (`workspace/diagnostic`)
// with a cancellable progress notification fed by the server's work-done progress, collects
// the partial results and shows them in the Problems panel. Show Report and Export ask for
// the report (`healthLint/workspaceReport`) rendered by the server: HTML for a webview (strict
// CSP with a nonce, theme colours; a finding opens its file at its range) or Markdown, HTML,
// JSON, CSV or SARIF to save.
//
// A file shown in an editor tab is left to the document pulls of the language client, which
// lint its live text: its entry here is dropped so nothing shows twice, and when its last tab
// closes the workspace is asked again, with the result ids held, so that only that file comes
// back changed.
//
// Nothing of the engine is here (test/client/boundaries.test.ts): this runs in the desktop's
// Node extension host and in the browser's web worker alike.

import * as vscode from 'vscode';
import {
  DocumentDiagnosticReportKind,
  WorkDoneProgress,
  WorkspaceDiagnosticRequest,
  type BaseLanguageClient,
  type WorkDoneProgressBegin,
  type WorkDoneProgressReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageclient';
import {
  WORKSPACE_REPORT_REQUEST,
  type ReportFormat,
  type WorkspaceReportParams,
  type WorkspaceReportResult,
} from '../protocol/workspace.js';

const FORMATS: { label: string; format: ReportFormat; extension: string }[] = [
  { label: 'Markdown', format: 'markdown', extension: 'md' },
  { label: 'HTML', format: 'html', extension: 'html' },
  { label: 'JSON', format: 'json', extension: 'json' },
  { label: 'CSV', format: 'csv', extension: 'csv' },
  { label: 'SARIF', format: 'sarif', extension: 'sarif' },
];

export class WorkspaceReport implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('health-lint-workspace');
  /** The result id the server gave each file shown here: asked again, unchanged files come back "unchanged". */
  private readonly resultIds = new Map<string, string>();
  private running: Promise<boolean> | undefined;
  private panel: vscode.WebviewPanel | undefined;
  private lastReport: WorkspaceReportResult | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(
    /** The language client now running, if one is. */
    private readonly client: () => BaseLanguageClient | undefined,
  ) {
    this.disposables = [
      this.diagnostics,
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        for (const tab of event.opened) {
          const uri = tabUri(tab);
          if (uri) this.forget(uri);
        }
        if (this.resultIds.size > 0 && event.closed.some((tab) => tabUri(tab) && !isShownInTab(tabUri(tab)!))) void this.refresh();
      }),
      { dispose: () => this.panel?.dispose() },
    ];
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  /** Lints the workspace into the Problems panel; true when it ran to the end. */
  lintWorkspace(): Promise<boolean> {
    this.running ??= this.runWorkspaceLint().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  async showReport(): Promise<void> {
    const html = { nonce: nonce(), cspSource: '', interactive: true, subtitle: `Made ${new Date().toLocaleString()}` };
    const report = await this.report({ format: 'html', html }, 'making the report…', () => {
      // The webview's CSP source is known once the panel exists.
      this.panel ??= this.createPanel();
      html.cspSource = this.panel.webview.cspSource;
    });
    if (!this.panel) return;
    if (!report?.rendered) {
      // Cancelled or failed before anything was shown: no empty panel is left behind.
      if (!this.panel.webview.html) this.panel.dispose();
      return;
    }
    this.panel.webview.html = report.rendered;
    this.panel.reveal();
  }

  async exportReport(format?: ReportFormat): Promise<void> {
    const chosen = FORMATS.find((entry) => entry.format === format) ?? (await vscode.window.showQuickPick(FORMATS, { placeHolder: 'Export the Health Lint report as…' }));
    if (!chosen) return;
    const report = await this.report({ format: chosen.format }, 'making the report…');
    if (report?.rendered === undefined) return;
    const base = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      defaultUri: base ? vscode.Uri.joinPath(base, `health-lint-report.${chosen.extension}`) : undefined,
      filters: { [chosen.label]: [chosen.extension] },
      saveLabel: `Export ${chosen.label}`,
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(report.rendered));
    const choice = await vscode.window.showInformationMessage(`Health Lint: report saved to ${target.fsPath || target.toString()}.`, 'Open');
    if (choice) await vscode.commands.executeCommand('vscode.open', target);
  }

  private async runWorkspaceLint(): Promise<boolean> {
    const client = this.readyClient();
    if (!client) return false;
    const items = await withServerProgress(client, 'finding files…', async (workDoneToken, token) => {
      const partialResultToken = randomToken();
      const collected: WorkspaceDocumentDiagnosticReport[] = [];
      const partials = client.onProgress(WorkspaceDiagnosticRequest.partialResult, partialResultToken, (chunk) => {
        collected.push(...chunk.items);
      });
      try {
        const answer = await client.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [], workDoneToken, partialResultToken }, token);
        return [...collected, ...(answer?.items ?? [])];
      } finally {
        partials.dispose();
      }
    });
    if (!items) return false;
    this.diagnostics.clear();
    this.resultIds.clear();
    await this.show(client, items);
    let findings = 0;
    let affected = 0;
    for (const item of items) {
      const count = item.kind === DocumentDiagnosticReportKind.Full ? item.items.filter((diagnostic) => diagnostic.code !== undefined).length : 0;
      findings += count;
      if (count > 0) affected++;
    }
    void vscode.window
      .showInformationMessage(`Health Lint: ${findings} finding${findings === 1 ? '' : 's'} in ${affected} of ${items.length} files.`, 'Show Report')
      .then((choice) => {
        if (choice) void vscode.commands.executeCommand('healthLint.showReport');
      });
    return true;
  }

  /** Asks again with the result ids held (after a tab closed): only files that changed come back in full. */
  private async refresh(): Promise<void> {
    const client = this.client();
    if (!client?.isRunning() || this.running) return;
    const previousResultIds = [...this.resultIds].map(([uri, value]) => ({ uri, value }));
    try {
      const answer = await client.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds });
      await this.show(client, answer.items);
    } catch {
      // The server restarted or the request failed: the panel keeps what it shows.
    }
  }

  /** Puts full reports into the Problems panel, except for files shown in a tab. */
  private async show(client: BaseLanguageClient, items: readonly WorkspaceDocumentDiagnosticReport[]): Promise<void> {
    const entries: [vscode.Uri, vscode.Diagnostic[]][] = [];
    for (const item of items) {
      if (item.kind !== DocumentDiagnosticReportKind.Full) continue;
      const uri = client.protocol2CodeConverter.asUri(item.uri);
      if (isShownInTab(uri)) continue;
      this.resultIds.set(item.uri, item.resultId ?? '');
      entries.push([uri, await client.protocol2CodeConverter.asDiagnostics(item.items)]);
    }
    this.diagnostics.set(entries);
  }

  private forget(uri: vscode.Uri): void {
    this.diagnostics.delete(uri);
    for (const key of this.resultIds.keys()) if (vscode.Uri.parse(key).toString() === uri.toString()) this.resultIds.delete(key);
  }

  /** The report from the server, rendered as asked, with a progress notification; undefined when cancelled or not possible. */
  private async report(
    render: NonNullable<WorkspaceReportParams['render']>,
    title: string,
    prepare?: () => void,
  ): Promise<WorkspaceReportResult | undefined> {
    const client = this.readyClient();
    if (!client) return undefined;
    const report = await withServerProgress(client, title, (workDoneToken, token) => {
      prepare?.();
      const params: WorkspaceReportParams = { workDoneToken, render };
      return client.sendRequest<WorkspaceReportResult>(WORKSPACE_REPORT_REQUEST, params, token);
    });
    if (report) this.lastReport = report;
    return report;
  }

  private readyClient(): BaseLanguageClient | undefined {
    if ((vscode.workspace.workspaceFolders ?? []).length === 0) {
      void vscode.window.showInformationMessage('Health Lint: open a folder to lint a workspace.');
      return undefined;
    }
    const client = this.client();
    if (!client?.isRunning()) {
      void vscode.window.showWarningMessage('Health Lint: the language server is not running. See the "Health Lint" output for details.');
      return undefined;
    }
    return client;
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel('healthLint.report', 'Health Lint Report', vscode.ViewColumn.Active, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [],
    });
    panel.webview.onDidReceiveMessage((message: unknown) => this.handleMessage(message));
    panel.onDidDispose(() => {
      this.panel = undefined;
    });
    return panel;
  }

  private async handleMessage(message: unknown): Promise<void> {
    const report = this.lastReport;
    if (!report || typeof message !== 'object' || message === null) return;
    const { type, file, finding, format } = message as { type?: string; file?: unknown; finding?: unknown; format?: unknown };
    if (type === 'open' && typeof file === 'number' && typeof finding === 'number') {
      const uri = report.uris[file];
      const found = report.data.files[file]?.findings[finding];
      if (!uri || !found) return;
      const selection = new vscode.Range(found.line - 1, found.column - 1, found.endLine - 1, found.endColumn - 1);
      await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection, viewColumn: vscode.ViewColumn.One, preview: true });
    } else if (type === 'export' && typeof format === 'string' && FORMATS.some((entry) => entry.format === format)) {
      await this.exportReport(format as ReportFormat);
    }
  }
}

/**
 * Runs a request under a cancellable progress notification that shows the server's work-done
 * progress ("12/40 files"). Undefined when the user cancelled (they are told) or it failed.
 */
async function withServerProgress<T>(
  client: BaseLanguageClient,
  firstMessage: string,
  request: (workDoneToken: string, token: vscode.CancellationToken) => Promise<T>,
): Promise<T | undefined> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Health Lint', cancellable: true }, async (progress, token) => {
    progress.report({ message: firstMessage });
    const workDoneToken = randomToken();
    let shown = 0;
    const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
      if (value.kind === 'end') return;
      const { message, percentage } = value as WorkDoneProgressBegin | WorkDoneProgressReport;
      const increment = percentage !== undefined && percentage > shown ? percentage - shown : undefined;
      if (percentage !== undefined) shown = Math.max(shown, percentage);
      progress.report({ message, increment });
    });
    try {
      return await request(workDoneToken, token);
    } catch (error) {
      if (token.isCancellationRequested) void vscode.window.showInformationMessage('Health Lint: workspace lint cancelled.');
      else void vscode.window.showErrorMessage(`Health Lint: the workspace lint failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    } finally {
      listener.dispose();
    }
  });
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  return tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
}

function isShownInTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUri(tab)?.toString() === key));
}

function randomToken(): string {
  return `health-lint-${nonce()}`;
}

/** 128 random bits, base64: a CSP nonce, or a progress token no other request uses. */
function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
