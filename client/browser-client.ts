// The web extension's entry (`browser` in package.json, dist/browser-client.js): VS Code for
// the web (vscode.dev, github.dev, code-server) runs it in its web worker extension host. It
// starts the same language server in a web worker of its own (dist/browser-server.js) and
// answers the server's file requests with `vscode.workspace.fs`, since a web worker has no file
// system. Commands, the workspace lint and the report are the desktop's (commands.ts,
// language-server.ts); only the Node command line has no place here.

import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import {
  READ_DIRECTORY_REQUEST,
  READ_FILE_REQUEST,
  STAT_REQUEST,
  type DirectoryEntry,
  type FileKind,
  type FileStat,
  type ReadFileResult,
  type UriParams,
} from '../protocol/workspace.js';
import { registerCommands } from './commands.js';
import { CLIENT_ID, CLIENT_NAME, LanguageServer } from './language-server.js';

/** The server's bundle, next to this one in the package (see esbuild.mjs). */
const BROWSER_SERVER = 'browser-server.js';
/** The tagger's model (rules/engine/tagger.ts), a bundle of its own beside the server's. */
const TAGGER_MODEL = 'tagger-model.js';

/** The web worker constructor of the extension host (the project compiles without the DOM library). */
declare const Worker: new (url: string) => ConstructorParameters<typeof BrowserMessageReader>[0];

let server: LanguageServer | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  const languageServer = new LanguageServer(
    context,
    output,
    (clientOptions) => {
      const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, () => startServerWorker(context.extensionUri), clientOptions);
      answerFileRequests(client);
      return client;
    },
    // In the browser workspaces are virtual: github.dev and vscode.dev (vscode-vfs), a remote
    // such as code-server (vscode-remote), @vscode/test-web (vscode-test-web).
    ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web'],
  );
  server = languageServer;
  context.subscriptions.push(output, registerCommands(output, async () => server), { dispose: () => void deactivate() });
  void languageServer.start();
}

export async function deactivate(): Promise<void> {
  const running = server;
  server = undefined;
  await running?.stop();
}

/**
 * The server's web worker. Where the extension is served over http(s) (vscode.dev, github.dev)
 * the worker loads the bundle from its URL (and the tagger's model beside it, on first use);
 * where it lives on a remote (code-server's `vscode-remote:`), from which VS Code does not let
 * extensions start workers, the model and the bundle are read through `workspace.fs` and started
 * together from a blob URL. The transports are made here: the
 * extension host wraps `Worker`, so the client's own `instanceof Worker` test fails.
 */
async function startServerWorker(extensionUri: vscode.Uri): Promise<MessageTransports> {
  const bundle = vscode.Uri.joinPath(extensionUri, 'dist', BROWSER_SERVER);
  let worker: ConstructorParameters<typeof BrowserMessageReader>[0];
  if (bundle.scheme === 'http' || bundle.scheme === 'https') worker = new Worker(bundle.toString(true));
  else {
    // A blob worker has no address to load the tagger's model from (the server would
    // `importScripts` it beside itself): the model goes in front of the server, in one script.
    const [model, server] = await Promise.all([vscode.Uri.joinPath(extensionUri, 'dist', TAGGER_MODEL), bundle].map((uri) => vscode.workspace.fs.readFile(uri)));
    worker = new Worker(URL.createObjectURL(new Blob([model, '\n;\n', server], { type: 'text/javascript' })));
  }
  return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
}

/** The server reads the workspace through these (server/browser-file-access.ts). */
function answerFileRequests(client: LanguageClient): void {
  const fs = vscode.workspace.fs;
  client.onRequest(READ_DIRECTORY_REQUEST, async ({ uri }: UriParams): Promise<DirectoryEntry[] | null> => {
    try {
      const entries = await fs.readDirectory(vscode.Uri.parse(uri));
      return entries.map(([name, type]) => ({ name, kind: kindOf(type) }));
    } catch {
      return null;
    }
  });
  client.onRequest(STAT_REQUEST, async ({ uri }: UriParams): Promise<FileStat | null> => {
    try {
      const stat = await fs.stat(vscode.Uri.parse(uri));
      return { kind: kindOf(stat.type), size: stat.size, mtime: stat.mtime };
    } catch {
      return null;
    }
  });
  client.onRequest(READ_FILE_REQUEST, async ({ uri }: UriParams): Promise<ReadFileResult> => {
    try {
      return { base64: toBase64(await fs.readFile(vscode.Uri.parse(uri))) };
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return null;
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
}

function kindOf(type: vscode.FileType): FileKind {
  // A symbolic link to a file is read as the file; links to folders are not walked (they can loop).
  if (type & vscode.FileType.Directory) return type & vscode.FileType.SymbolicLink ? 'other' : 'directory';
  if (type & vscode.FileType.File) return 'file';
  return 'other';
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}
