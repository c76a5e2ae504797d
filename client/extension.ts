// The VS Code extension: starts the Health Lint language server (`dist/server.js`, over
// Node IPC) for Markdown, plain text and HTML, and adds a few commands. All linting
// happens in the server; this file only wires VS Code to it.

import * as vscode from 'vscode';
import {
  CloseAction,
  DidChangeConfigurationNotification,
  LanguageClient,
  TransportKind,
  type ConfigurationParams,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { registerWorkspaceCommands } from './workspace-commands.js';

const CLIENT_ID = 'healthLint';
const CLIENT_NAME = 'Health Lint';
const LANGUAGES = ['markdown', 'plaintext', 'html'];
/** Must match TURN_OFF_IN_SETTINGS_COMMAND in server/code-actions.ts. */
const TURN_OFF_IN_SETTINGS_COMMAND = 'healthLint.turnOffRuleInSettings';
/** Restarts the language client's default error handler allows before it gives up. */
const MAX_RESTARTS = 4;

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
/** The user hears about a crashed server once per session; details go to the output channel. */
let toldAboutCrash = false;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('healthLint.restartServer', () => restartClient(context)),
    vscode.commands.registerCommand('healthLint.showOutput', () => output?.show()),
    vscode.commands.registerCommand(TURN_OFF_IN_SETTINGS_COMMAND, turnOffRuleInSettings),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // When to pull diagnostics is fixed when the client starts, so a new run mode needs a new client.
      if (event.affectsConfiguration('healthLint.run')) void restartClient(context);
    }),
    // Trust can be granted while running; the server then re-reads settings (custom rules apply).
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void client?.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    }),
    { dispose: () => void client?.stop() },
  );

  // Workspace-wide commands ("Lint Workspace", "Show Report", "Export Report"); their code
  // loads on first use.
  context.subscriptions.push(registerWorkspaceCommands(context));

  await startClient(context);
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6012'] } },
  };
  const run = vscode.workspace.getConfiguration('healthLint').get<string>('run', 'onType');
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    outputChannel: output,
    initializationOptions: {
      // The file watcher below reports config changes; the server need not register its own.
      clientWatchesConfigFile: true,
      turnOffInSettingsCommand: true,
    },
    synchronize: {
      configurationSection: 'healthLint',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.healthlintrc.json'),
    },
    // Like vscode-eslint: lint while typing, or only when the file is saved.
    diagnosticPullOptions: { onChange: run !== 'onSave', onSave: run === 'onSave' },
    middleware: {
      workspace: {
        // The server reads whether the workspace is trusted alongside the settings.
        configuration: async (params: ConfigurationParams, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((value: unknown, index: number) =>
            params.items[index]?.section === 'healthLint' && typeof value === 'object' && value !== null
              ? { ...value, workspaceTrusted: vscode.workspace.isTrusted }
              : value,
          );
        },
      },
    },
  };
  const languageClient = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  languageClient.clientOptions.errorHandler = tellOnce(languageClient.createDefaultErrorHandler(MAX_RESTARTS));
  return languageClient;
}

/** The client's own restart policy, plus one message to the user the first time the server dies. */
function tellOnce(fallback: ErrorHandler): ErrorHandler {
  return {
    error: (error, message, count) => fallback.error(error, message, count),
    closed: async () => {
      const result = await fallback.closed();
      if (result.action === CloseAction.Restart && !toldAboutCrash) {
        toldAboutCrash = true;
        output?.error('The Health Lint language server stopped unexpectedly; restarting it.');
        void vscode.window
          .showWarningMessage('Health Lint: the language server stopped unexpectedly and was restarted.', 'Show Output')
          .then((choice) => choice && output?.show());
      }
      return result;
    },
  };
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  try {
    await client.start();
  } catch (error) {
    output?.error(`Could not start the Health Lint language server: ${error instanceof Error ? error.message : String(error)}`);
    void vscode.window.showErrorMessage('Health Lint: the language server could not start. See the "Health Lint" output for details.');
  }
}

let restarting: Promise<void> | undefined;

async function restartClient(context: vscode.ExtensionContext): Promise<void> {
  if (restarting) return restarting;
  restarting = (async () => {
    const old = client;
    client = undefined;
    try {
      await old?.stop();
    } catch (error) {
      output?.warn(`Stopping the old server: ${error instanceof Error ? error.message : String(error)}`);
    }
    await startClient(context);
    output?.info('Health Lint language server restarted.');
  })().finally(() => {
    restarting = undefined;
  });
  return restarting;
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
