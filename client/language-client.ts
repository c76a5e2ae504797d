// The language client: starts the Health Lint language server (`dist/server.js`, over Node
// IPC) for Markdown, plain text and HTML, restarts it, stops it. All linting happens in the
// server; this file only wires VS Code to it.
//
// vscode-languageclient is most of the extension's code, so this module is a bundle of its own
// (dist/language-client.js) that extension.ts loads right after activation: VS Code's
// activation time then covers only the small entry module.

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

const CLIENT_ID = 'healthLint';
const CLIENT_NAME = 'Health Lint';
const LANGUAGES = ['markdown', 'plaintext', 'html'];
/** Restarts the language client's default error handler allows before it gives up. */
const MAX_RESTARTS = 4;

/** The user hears about a crashed server once per session; details go to the output channel. */
let toldAboutCrash = false;

/** The running language server, one client at a time; restarts and stops wait for each other. */
export class LanguageServer {
  private client: LanguageClient | undefined;
  /** The current client's start; settled (never rejects) once the start succeeded or failed. */
  private starting: Promise<boolean> = Promise.resolve(false);
  private restarting: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  /** Starts a client; resolves true once the server answered, false if it could not start (the user is told). */
  start(): Promise<boolean> {
    this.starting = (async () => {
      try {
        const client = createClient(this.context, this.output);
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

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
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
  languageClient.clientOptions.errorHandler = tellOnce(languageClient.createDefaultErrorHandler(MAX_RESTARTS), output);
  return languageClient;
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
