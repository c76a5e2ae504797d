// A small LSP client for tests: starts the BUILT server (`node dist/server.js --stdio`) as
// a child process and talks JSON-RPC to it over its real stdin/stdout, as an editor does.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  CodeAction,
  Command,
  Diagnostic,
  DocumentDiagnosticReport,
  InitializeResult,
  Position,
  PublishDiagnosticsParams,
  Range,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';

export const repoRoot = join(__dirname, '..', '..');
export const seedsDir = join(repoRoot, '..', 'shared', 'corpus', 'seeds');
const serverBundle = join(repoRoot, 'dist', 'server.js');

/** Builds `dist/` when the server bundle is missing or older than any source it bundles. */
export function ensureServerBuilt(): void {
  const sources = ['server', 'rules', 'node', 'protocol', 'report'].flatMap((directory) => filesUnder(join(repoRoot, directory)));
  const newestSource = Math.max(...sources.map((file) => statSync(file).mtimeMs), statSync(join(repoRoot, 'package.json')).mtimeMs);
  if (existsSync(serverBundle) && statSync(serverBundle).mtimeMs >= newestSource) return;
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
}

function filesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

export interface ClientOptions {
  /** Declare pull-diagnostic support (textDocument/diagnostic). */
  pull: boolean;
  workspaceRoot?: string;
  /** The `healthLint` section answered to workspace/configuration. */
  settings?: Record<string, unknown>;
  /** Other sections answered to workspace/configuration (e.g. `files.exclude`); the rest are null. */
  sections?: Record<string, unknown>;
  documentChanges?: boolean;
  initializationOptions?: Record<string, unknown>;
  /** Script to start instead of dist/server.js (e.g. the bin wrapper); `--stdio` is passed to it. */
  script?: string;
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
  /** Answers to requests of the server's own (e.g. `healthLint/fs/readFile`), by method. */
  requestHandlers?: Record<string, (params: never) => unknown>;
}

interface OpenDocument {
  uri: string;
  languageId: string;
  version: number;
  text: string;
}

export class LspTestClient {
  readonly pushed = new Map<string, PublishDiagnosticsParams>();
  readonly shownMessages: string[] = [];
  readonly logMessages: string[] = [];
  refreshRequests = 0;
  settings: Record<string, unknown>;
  initializeResult?: InitializeResult;
  private readonly documents = new Map<string, OpenDocument>();
  private readonly waiters: { check: () => boolean; resolve: () => void }[] = [];
  private stderr = '';
  private exited = false;

  private constructor(
    readonly server: ChildProcess,
    readonly connection: MessageConnection,
    readonly options: ClientOptions,
  ) {
    this.settings = options.settings ?? {};
  }

  static async start(options: ClientOptions): Promise<LspTestClient> {
    ensureServerBuilt();
    const server = spawn(process.execPath, [options.script ?? serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const client = new LspTestClient(server, connection, options);
    server.stderr!.on('data', (chunk) => (client.stderr += String(chunk)));
    server.on('exit', () => {
      client.exited = true;
      client.wake();
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      client.pushed.set(params.uri, params);
      client.wake();
    });
    connection.onNotification('window/showMessage', (params: { message: string }) => {
      client.shownMessages.push(params.message);
      client.wake();
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      client.logMessages.push(params.message);
      client.wake();
    });
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'healthLint' ? client.settings : (options.sections?.[item.section ?? ''] ?? null))),
    );
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => {
      client.refreshRequests++;
      client.wake();
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    for (const [method, handler] of Object.entries(options.requestHandlers ?? {})) connection.onRequest(method, handler);
    connection.listen();
    const root = options.workspaceRoot;
    const exited = new Promise<never>((_, reject) =>
      server.once('exit', (code, signal) => reject(new Error(`the server exited during initialization (${signal ?? code}); stderr:\n${client.stderr}`))),
    );
    const initialize = connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: root ? pathToFileURL(root).toString() : null,
      workspaceFolders: root ? [{ uri: pathToFileURL(root).toString(), name: 'workspace' }] : null,
      initializationOptions: options.initializationOptions ?? {},
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          diagnostics: options.pull ? { refreshSupport: true } : undefined,
          workspaceEdit: { documentChanges: options.documentChanges ?? true, resourceOperations: ['create'] },
        },
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: false },
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
          diagnostic: options.pull ? { dynamicRegistration: false, relatedDocumentSupport: false } : undefined,
        },
      },
    });
    client.initializeResult = await Promise.race([initialize, exited]);
    exited.catch(() => undefined);
    await connection.sendNotification('initialized', {});
    return client;
  }

  get pid(): number {
    return this.server.pid!;
  }

  get isRunning(): boolean {
    return !this.exited;
  }

  get serverStderr(): string {
    return this.stderr;
  }

  textOf(uri: string): string {
    return this.documentOf(uri).text;
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    const document = { uri, languageId, version: 1, text };
    this.documents.set(uri, document);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (a full-sync change event). */
  async replaceText(uri: string, text: string): Promise<void> {
    const document = this.documentOf(uri);
    document.version++;
    document.text = text;
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [{ text }] });
  }

  /** Sends edits as incremental change events (ranges in the text before each event). */
  async editText(uri: string, edits: TextEdit[]): Promise<void> {
    const document = this.documentOf(uri);
    // Applied back to front so each event's range refers to the text as the server has it then.
    const ordered = [...edits].sort((a, b) => comparePositions(b.range.start, a.range.start));
    const contentChanges = [];
    for (const edit of ordered) {
      document.text = applyTextEdits(document.text, [edit]);
      contentChanges.push({ range: edit.range, text: edit.newText });
    }
    document.version++;
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges });
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The document's diagnostics for its current version: pulled, or waited for when pushed. */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    if (this.options.pull) {
      const report: DocumentDiagnosticReport = await this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
      if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
      return report.items;
    }
    const version = this.documentOf(uri).version;
    await this.waitFor(() => this.pushed.get(uri)?.version === version);
    return this.pushed.get(uri)!.diagnostics;
  }

  async pullReport(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<(CodeAction | Command)[]> {
    return (await this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } })) ?? [];
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { healthLint: settings } });
  }

  async configFileChanged(uri: string, type: 1 | 2 | 3): Promise<void> {
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type }] });
  }

  /** Resolves when `check` holds after some message from the server (mocha's timeout bounds the wait). */
  waitFor(check: () => boolean): Promise<void> {
    if (check()) return Promise.resolve();
    if (this.exited) return Promise.reject(new Error(`server exited; stderr:\n${this.stderr}`));
    return new Promise((resolve) => this.waiters.push({ check, resolve }));
  }

  /** Shuts the server down politely, then makes sure the process we started is gone (by its pid). */
  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))]);
        await this.connection.sendNotification('exit');
      } catch {
        // The server may already be gone; the kill below covers it.
      }
      await Promise.race([new Promise((resolve) => this.server.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, 2000))]);
    }
    this.connection.dispose();
    if (!this.exited) {
      try {
        process.kill(this.pid, 'SIGKILL');
      } catch {
        // Already exited.
      }
    }
  }

  private documentOf(uri: string): OpenDocument {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`not open: ${uri}`);
    return document;
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) {
      if (this.exited || waiter.check()) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }
}

// ---- text helpers, written independently of the server's own code ---------------------------

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) {
      starts.push(i + 2);
      i++;
    } else if (code === 10 || code === 13) starts.push(i + 1);
  }
  return starts;
}

/** UTF-16 offset of an LSP position; throws when the position is outside the text. */
export function offsetAt(text: string, position: Position, starts = lineStarts(text)): number {
  if (position.line < 0 || position.line >= starts.length) throw new Error(`line ${position.line} outside the text (${starts.length} lines)`);
  const lineStart = starts[position.line];
  const nextStart = position.line + 1 < starts.length ? starts[position.line + 1] : text.length;
  let lineEnd = nextStart;
  while (lineEnd > lineStart && (text.charCodeAt(lineEnd - 1) === 10 || text.charCodeAt(lineEnd - 1) === 13)) lineEnd--;
  if (position.line + 1 >= starts.length) lineEnd = text.length;
  if (position.character < 0 || lineStart + position.character > lineEnd) {
    throw new Error(`character ${position.character} outside line ${position.line} (length ${lineEnd - lineStart})`);
  }
  return lineStart + position.character;
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Applies LSP text edits (positions refer to the original text); overlapping edits are an error. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = lineStarts(text);
  const resolved = edits
    .map((edit, index) => ({ start: offsetAt(text, edit.range.start, starts), end: offsetAt(text, edit.range.end, starts), newText: edit.newText, index }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  let result = '';
  let cursor = 0;
  for (const edit of resolved) {
    if (edit.end < edit.start) throw new Error('edit range ends before it starts');
    if (edit.start < cursor) throw new Error('overlapping edits');
    result += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}

/** The text edits a workspace edit makes to one document (from `changes` or `documentChanges`). */
export function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  const edits: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) edits.push(...(change.edits as TextEdit[]));
  }
  return edits;
}

/** Every document a workspace edit touches or creates. */
export function urisOf(edit: WorkspaceEdit): string[] {
  const uris = new Set(Object.keys(edit.changes ?? {}));
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change) uris.add(change.textDocument.uri);
    else if ('uri' in change) uris.add(change.uri);
  }
  return [...uris];
}

/** Applies a workspace edit to the given texts (by uri); files it creates start empty. */
export function applyWorkspaceEdit(texts: Map<string, string>, edit: WorkspaceEdit): Map<string, string> {
  const result = new Map(texts);
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change && change.kind === 'create' && !result.has(change.uri)) result.set(change.uri, '');
  }
  for (const uri of urisOf(edit)) {
    const edits = editsFor(edit, uri);
    if (edits.length === 0) continue;
    const text = result.get(uri);
    if (text === undefined) throw new Error(`edit of a document the test does not have: ${uri}`);
    result.set(uri, applyTextEdits(text, edits));
  }
  return result;
}

export function isCodeAction(item: CodeAction | Command): item is CodeAction {
  return typeof (item as CodeAction).title === 'string' && typeof (item as Command).command !== 'string';
}

export function rangeOffsets(text: string, range: Range, starts = lineStarts(text)): { start: number; end: number } {
  return { start: offsetAt(text, range.start, starts), end: offsetAt(text, range.end, starts) };
}
