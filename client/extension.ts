// The VS Code extension's entry point (dist/client.js). VS Code counts loading this module
// and running activate() as the extension's activation time, so both stay small: activate()
// registers the commands and listeners and returns, and the language client
// (language-client.ts, its own bundle, most of the extension's code) is loaded and started on
// the next turn of the event loop. All linting happens in the language server.

import { join } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageServer } from './language-client.js';
import { registerWorkspaceCommands } from './workspace-commands.js';

const CLIENT_NAME = 'Health Lint';
/** Must match TURN_OFF_IN_SETTINGS_COMMAND in server/code-actions.ts. */
const TURN_OFF_IN_SETTINGS_COMMAND = 'healthLint.turnOffRuleInSettings';
/** Next to dist/client.js in the package (see esbuild.mjs). */
const LANGUAGE_CLIENT = 'language-client.js';

/** The language server once its client is loaded (starting or started); undefined if it could not load or after deactivation. */
let server: Promise<LanguageServer | undefined> | undefined;
let deactivated = false;

export function activate(context: vscode.ExtensionContext): void {
  deactivated = false;
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  const withServer = async (action: (running: LanguageServer) => unknown) => {
    const running = await server;
    if (running) await action(running);
  };
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('healthLint.restartServer', () => withServer((running) => running.restart())),
    vscode.commands.registerCommand('healthLint.showOutput', () => output.show()),
    vscode.commands.registerCommand(TURN_OFF_IN_SETTINGS_COMMAND, turnOffRuleInSettings),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // When to pull diagnostics is fixed when the client starts, so a new run mode needs a new client.
      if (event.affectsConfiguration('healthLint.run')) void withServer((running) => running.restart());
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void withServer((running) => running.workspaceTrustGranted())),
    { dispose: () => void deactivate() },
  );

  // Workspace-wide commands ("Lint Workspace", "Show Report", "Export Report"): the server answers them.
  context.subscriptions.push(registerWorkspaceCommands(async () => server && (await server)));

  server = loadServerLater(context, output);
}

export async function deactivate(): Promise<void> {
  deactivated = true;
  const pending = server;
  server = undefined;
  // A server still loading or starting is stopped once it is up, so no process is left behind.
  await (await pending)?.stop();
}

/** Loads the language client after activate() has returned and starts it; the times go to the output channel. */
async function loadServerLater(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<LanguageServer | undefined> {
  const activated = performance.now();
  await new Promise((resolve) => setImmediate(resolve));
  if (deactivated) return undefined;
  let languageServer: LanguageServer;
  try {
    // A computed path keeps esbuild from inlining the module into this bundle.
    const { LanguageServer } = require(join(__dirname, LANGUAGE_CLIENT)) as typeof import('./language-client.js');
    languageServer = new LanguageServer(context, output);
  } catch (error) {
    output.error(`Could not load the Health Lint language client: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    void vscode.window.showErrorMessage('Health Lint: the language client could not be loaded. See the "Health Lint" output for details.');
    return undefined;
  }
  const loaded = performance.now();
  void languageServer.start().then((started) => {
    if (started) output.info(`Language client loaded ${ms(loaded - activated)} after activation, language server started ${ms(performance.now() - activated)} after activation.`);
  });
  return languageServer;
}

const ms = (milliseconds: number) => `${Math.round(milliseconds)} ms`;

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
