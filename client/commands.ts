// The commands and listeners both entries register (extension.ts on the desktop,
// browser-client.ts in the browser): restart, output, turning a rule off in settings, the
// workspace commands, and the events that restart or re-configure the server.

import * as vscode from 'vscode';
import type { LanguageServer } from './language-server.js';
import { registerWorkspaceCommands } from './workspace-commands.js';

/** Must match TURN_OFF_IN_SETTINGS_COMMAND in server/code-actions.ts. */
const TURN_OFF_IN_SETTINGS_COMMAND = 'healthLint.turnOffRuleInSettings';

export function registerCommands(output: vscode.LogOutputChannel, server: () => Promise<LanguageServer | undefined>): vscode.Disposable {
  const withServer = async (action: (running: LanguageServer) => unknown) => {
    const running = await server();
    if (running) await action(running);
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('healthLint.restartServer', () => withServer((running) => running.restart())),
    vscode.commands.registerCommand('healthLint.showOutput', () => output.show()),
    vscode.commands.registerCommand(TURN_OFF_IN_SETTINGS_COMMAND, turnOffRuleInSettings),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // When to pull diagnostics is fixed when the client starts, so a new run mode needs a new client.
      if (event.affectsConfiguration('healthLint.run')) void withServer((running) => running.restart());
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void withServer((running) => running.workspaceTrustGranted())),
    // Workspace-wide commands ("Lint Workspace", "Show Report", "Export Report"): the server answers them.
    registerWorkspaceCommands(server),
  );
}

/** Sets `healthLint.rules[ruleId]` to "off" where the user keeps settings for this file. */
async function turnOffRuleInSettings(ruleId: unknown, documentUri: unknown): Promise<void> {
  if (typeof ruleId !== 'string') return;
  const scope = typeof documentUri === 'string' ? vscode.Uri.parse(documentUri) : undefined;
  const settings = vscode.workspace.getConfiguration('healthLint', scope);
  const inspected = settings.inspect<Record<string, string>>('rules');
  const inWorkspace = vscode.workspace.workspaceFolders !== undefined && vscode.workspace.workspaceFolders.length > 0;
  const target = inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const current = (inWorkspace ? inspected?.workspaceValue : inspected?.globalValue) ?? {};
  await settings.update('rules', { ...current, [ruleId]: 'off' }, target);
  void vscode.window.showInformationMessage(`Health Lint: ${ruleId} is turned off in ${inWorkspace ? 'the workspace' : 'your user'} settings.`);
}
