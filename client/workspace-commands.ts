// Registers "Lint Workspace", "Show Report" and "Export Report". The language server does the
// work (see workspace-report.ts); these wait for it to be loaded and started.

import * as vscode from 'vscode';
import type { LanguageServer } from './language-server.js';

type ReportFormat = 'markdown' | 'html' | 'json' | 'csv' | 'sarif';

export function registerWorkspaceCommands(server: () => Promise<LanguageServer | undefined>): vscode.Disposable {
  const withWorkspace = async (action: (workspace: LanguageServer['workspace']) => unknown) => {
    const running = await server();
    if (running) await action(running.workspace);
    else void vscode.window.showWarningMessage('Health Lint: the language server is not running. See the "Health Lint" output for details.');
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('healthLint.lintWorkspace', () => withWorkspace((workspace) => workspace.lintWorkspace())),
    vscode.commands.registerCommand('healthLint.showReport', () => withWorkspace((workspace) => workspace.showReport())),
    vscode.commands.registerCommand('healthLint.exportReport', (format?: ReportFormat) => withWorkspace((workspace) => workspace.exportReport(format))),
  );
}
