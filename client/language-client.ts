// The language client on the desktop (and code-server's Node extension host): starts the
// Health Lint language server (`dist/server.js`) as a Node process over IPC. Everything else
// is shared with the browser (language-server.ts).
//
// vscode-languageclient is most of the extension's code, so this module is a bundle of its own
// (dist/language-client.js) that extension.ts loads right after activation: VS Code's
// activation time then covers only the small entry module.

import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { CLIENT_ID, CLIENT_NAME, LanguageServer as SharedLanguageServer } from './language-server.js';

export class LanguageServer extends SharedLanguageServer {
  constructor(context: vscode.ExtensionContext, output: vscode.LogOutputChannel) {
    super(context, output, (clientOptions) => {
      const serverModule = context.asAbsolutePath('dist/server.js');
      const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6012'] } },
      };
      return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
    });
  }
}
