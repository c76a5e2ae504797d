// The VS Code extension's entry point (dist/client.js). VS Code counts loading this module
// and running activate() as the extension's activation time, so both stay small: activate()
// registers the commands and listeners and returns, and the language client
// (language-client.ts, its own bundle, most of the extension's code) is loaded and started on
// the next turn of the event loop. All linting happens in the language server.

import { join } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageServer } from './language-client.js';
import { registerCommands } from './commands.js';

const CLIENT_NAME = 'Health Lint';
/** Next to dist/client.js in the package (see esbuild.mjs). */
const LANGUAGE_CLIENT = 'language-client.js';

/** The language server once its client is loaded (starting or started); undefined if it could not load or after deactivation. */
let server: Promise<LanguageServer | undefined> | undefined;
let deactivated = false;

export function activate(context: vscode.ExtensionContext): void {
  deactivated = false;
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(
    output,
    registerCommands(output, async () => server && (await server)),
    { dispose: () => void deactivate() },
  );
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
