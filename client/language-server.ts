// The running language server as the extension sees it, on the desktop (Node IPC) and in the
// browser (a web worker) alike: one client at a time, restarts and stops that wait for each
// other, the client options both share, and the workspace commands (workspace-report.ts).
// How the client is made (which transport, which server bundle) is the entry's: see
// language-client.ts (Node) and browser-client.ts (web worker).

import * as vscode from 'vscode';
import {
  CloseAction,
  DidChangeConfigurationNotification,
  type BaseLanguageClient,
  type ConfigurationParams,
  type ErrorHandler,
  type LanguageClientOptions,
} from 'vscode-languageclient';
import { WorkspaceReport } from './workspace-report.js';

export const CLIENT_ID = 'healthLint';
export const CLIENT_NAME = 'Health Lint';
const LANGUAGES = ['markdown', 'plaintext', 'html'];
/** Restarts the language client's default error handler allows before it gives up. */
const MAX_RESTARTS = 4;

/** The user hears about a crashed server once per session; details go to the output channel. */
let toldAboutCrash = false;

export type ClientFactory = (clientOptions: LanguageClientOptions) => BaseLanguageClient;

/** The running language server, one client at a time; restarts and stops wait for each other. */
export class LanguageServer {
  private client: BaseLanguageClient | undefined;
  /** The current client's start; settled (never rejects) once the start succeeded or failed. */
  private starting: Promise<boolean> = Promise.resolve(false);
  private restarting: Promise<void> | undefined;
  private stopped = false;
  private workspaceReport: WorkspaceReport | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
    private readonly createClient: ClientFactory,
    /** URI schemes of documents the server lints (`file` and `untitled` on the desktop); undefined: any. */
    private readonly schemes: readonly string[] | undefined = ['file', 'untitled'],
  ) {}

  /** Lint Workspace, Show Report and Export Report, through whichever client is running; made on first use. */
  get workspace(): WorkspaceReport {
    if (!this.workspaceReport) {
      this.workspaceReport = new WorkspaceReport(() => this.client);
      this.context.subscriptions.push(this.workspaceReport);
    }
    return this.workspaceReport;
  }

  /** Starts a client; resolves true once the server answered, false if it could not start (the user is told). */
  start(): Promise<boolean> {
    this.starting = (async () => {
      try {
        const client = this.createClient(clientOptions(this.output, this.schemes));
        client.clientOptions.errorHandler = tellOnce(client.createDefaultErrorHandler(MAX_RESTARTS), this.output);
        this.client = client;
        await client.start();
        return true;
      } catch (error) {
        this.output.error(`Could not start the Health Lint language server: ${error instanceof Error ? error.message : String(error)}`);
        void vscode.window.showErrorMessage('Health Lint: the language server could not start. See the "Health Lint" output for details.');
        return false;
      }
    })();
    return this.starting;
  }

  restart(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.restarting ??= (async () => {
      try {
        await this.stopClient();
      } catch (error) {
        this.output.warn(`Stopping the old server: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (this.stopped) return;
      await this.start();
      this.output.info('Health Lint language server restarted.');
    })().finally(() => {
      this.restarting = undefined;
    });
    return this.restarting;
  }

  /** Stops the server for good, also one still starting (it is stopped once it is up, so no process is left behind). */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.restarting;
    await this.stopClient();
  }

  /** Trust can be granted while running; the server then re-reads settings (custom rules apply). */
  workspaceTrustGranted(): void {
    void this.client?.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  private async stopClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    // A client that is still starting cannot be stopped (vscode-languageclient throws).
    await this.starting;
    if (client?.needsStop()) await client.stop();
  }
}

function clientOptions(output: vscode.LogOutputChannel, schemes: readonly string[] | undefined): LanguageClientOptions {
  const run = vscode.workspace.getConfiguration('healthLint').get<string>('run', 'onType');
  return {
    documentSelector: LANGUAGES.flatMap((language) => (schemes ? schemes.map((scheme) => ({ scheme, language })) : [{ language }])),
    outputChannel: output,
    initializationOptions: {
      // The file watcher below reports config changes; the server need not register its own.
      clientWatchesConfigFile: true,
      turnOffInSettingsCommand: true,
      // The workspace is linted when the user asks (Lint Workspace), not pulled in the background.
      workspaceDiagnosticsOnCommand: true,
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
}

/** The client's own restart policy, plus one message to the user the first time the server dies. */
function tellOnce(fallback: ErrorHandler, output: vscode.LogOutputChannel): ErrorHandler {
  return {
    error: (error, message, count) => fallback.error(error, message, count),
    closed: async () => {
      const result = await fallback.closed();
      if (result.action === CloseAction.Restart && !toldAboutCrash) {
        toldAboutCrash = true;
        output.error('The Health Lint language server stopped unexpectedly; restarting it.');
        void vscode.window
          .showWarningMessage('Health Lint: the language server stopped unexpectedly and was restarted.', 'Show Output')
          .then((choice) => choice && output.show());
      }
      return result;
    },
  };
}
