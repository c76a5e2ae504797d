// Entry point of the language server in a browser (`dist/browser-server.js`): the web
// extension starts it in a web worker (client/browser-client.ts) and talks LSP to it over
// postMessage. The same server as in Node (server.ts); only what needs Node differs: files are
// read through the client (browser-file-access.ts) and rules run in this worker itself, which
// is already off the editor's thread.

import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { ClientFileAccess } from './browser-file-access.js';
import { InProcessLinter } from './in-process-linter.js';
import { startServer } from './server.js';

declare const self: DedicatedWorkerGlobalScope;
interface DedicatedWorkerGlobalScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self as never), new BrowserMessageWriter(self as never));
startServer(connection, { linter: new InProcessLinter(), fileAccess: new ClientFileAccess(connection) });
connection.listen();
// Told once in the client's log: where this server runs (the end-to-end test looks for it).
connection.console.log('[health-lint] running in a web worker; files are read through the editor');
