// Registers "Lint Workspace", "Show Report" and "Export Report". Their implementation
// (workspace-report.ts) carries the whole rule engine and report renderers, so it is a
// bundle of its own, loaded the first time one of these commands runs: activating the
// extension then loads only the language client.

import { join } from 'node:path';
import * as vscode from 'vscode';
import type { WorkspaceReport } from './workspace-report.js';

/** Next to dist/client.js in the package (see esbuild.mjs). */
const IMPLEMENTATION = 'workspace-report.js';

export function registerWorkspaceCommands(context: vscode.ExtensionContext): vscode.Disposable {
  let report: WorkspaceReport | undefined;
  const loaded = (): WorkspaceReport => {
    // A computed path keeps esbuild from inlining the module into the client bundle.
    report ??= (require(join(__dirname, IMPLEMENTATION)) as typeof import('./workspace-report.js')).createWorkspaceReport(context);
    return report;
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('healthLint.lintWorkspace', () => loaded().lintWorkspace()),
    vscode.commands.registerCommand('healthLint.showReport', () => loaded().showReport()),
    vscode.commands.registerCommand('healthLint.exportReport', (format?: Parameters<WorkspaceReport['exportReport']>[0]) => loaded().exportReport(format)),
    { dispose: () => report?.dispose() },
  );
}
