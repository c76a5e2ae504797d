// The language server's wiring: capabilities, document sync, when to lint, diagnostics
// (pulled when the client can, pushed otherwise), code actions and configuration. It
// answers every request; a failure becomes a log line and an empty answer, never a crash.

import {
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import packageJson from '../package.json';
import { codeActionsFor, FIX_ALL_KIND, type CodeActionEnvironment } from './code-actions.js';
import { ConfigFiles, type LoadedConfig } from './config-files.js';
import { LintSupersededError, LintTimeoutError } from './lint-errors.js';
import { DIAGNOSTIC_SOURCE, DocumentLinting, languageOf, toDiagnostic, type LintOutcome } from './linting.js';
import { PulledReports } from './pull-reports.js';
import { LINT_WAIT_SERIES, SERVER_TIMINGS_REQUEST, type RequestTimings, type ServerTimingsAnswer } from './timing.js';
import { DEFAULT_EDITOR_SETTINGS, mergeConfig, normalizeSettings, type EditorSettings, type SettingsProblem } from './settings.js';
import { uriKey, type FileAccess } from './file-access.js';
import { WorkspaceRequests } from './workspace-requests.js';
import type { TextLinter } from './workspace-lint.js';
import { EditedDocument } from './text-sync.js';

/** The request bench/load.mjs sends for the memory timeline. */
export const MEMORY_USAGE_REQUEST = 'healthLint/memoryUsage';

/** Quiet time after a keystroke before a pushed re-lint. */
const PUSH_DEBOUNCE_MS = 200;

/** What the client said about itself at initialization. */
interface ClientAbilities {
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  configurationRequest: boolean;
  configurationDynamicRegistration: boolean;
  watchedFilesDynamicRegistration: boolean;
  workspaceFolders: boolean;
  documentChanges: boolean;
  createFiles: boolean;
  /** Options only our VS Code client sends. */
  clientWatchesConfigFile: boolean;
  settingsCommand: boolean;
  /** Our VS Code client asks for workspace diagnostics on a command, not in the background. */
  workspaceDiagnosticsOnCommand: boolean;
}

function abilitiesOf(capabilities: ClientCapabilities, options: Record<string, unknown>): ClientAbilities {
  const workspaceEdit = capabilities.workspace?.workspaceEdit;
  return {
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: capabilities.workspace?.diagnostics?.refreshSupport === true,
    configurationRequest: capabilities.workspace?.configuration === true,
    configurationDynamicRegistration: capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesDynamicRegistration: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    workspaceFolders: capabilities.workspace?.workspaceFolders === true,
    documentChanges: workspaceEdit?.documentChanges === true,
    createFiles: workspaceEdit?.resourceOperations?.includes('create') === true,
    clientWatchesConfigFile: options.clientWatchesConfigFile === true,
    settingsCommand: options.turnOffInSettingsCommand === true,
    workspaceDiagnosticsOnCommand: options.workspaceDiagnosticsOnCommand === true,
  };
}

/** What lints for the server: the lint worker thread in Node (lint-worker.ts), in-process in a browser's web worker. */
export interface ServerLinter extends TextLinter {
  /** A lint that takes longer is abandoned, where that is possible. */
  timeLimitMs: number;
  /** Forgets every cached result (a config file changed). */
  clear(): void;
  dispose(): void;
  /** Gets ready for the first lint while the client starts up (the Node lint worker starts and loads the rules). */
  prepare?(): void;
}

export interface ServerOptions {
  linter: ServerLinter;
  /** The workspace's files: the file system in Node, the client's `workspace.fs` in a browser. */
  fileAccess: FileAccess;
  /** Both threads' heaps for the load benchmark's `healthLint/memoryUsage` (Node only). */
  memoryUsage?(collectGarbage: boolean): Promise<Record<string, unknown>>;
  /** Records the server's own time per request, where the transport allows it (see timing.ts). */
  timings?: RequestTimings;
}

export function startServer(connection: Connection, serverOptions: ServerOptions): void {
  // Each version an immutable document that remembers its changes: the lint worker is sent those, not the text.
  const documents = new TextDocuments<EditedDocument>({ create: EditedDocument.create, update: (document, changes, version) => document.update(changes, version) });
  const configFiles = new ConfigFiles(serverOptions.fileAccess);
  const runner = serverOptions.linter;
  const linting = new DocumentLinting(runner);
  let client: ClientAbilities | undefined;
  /** Settings for clients that push them instead of answering `workspace/configuration`. */
  let pushedSettings: EditorSettings = DEFAULT_EDITOR_SETTINGS;
  const settingsByUri = new Map<string, Promise<EditorSettings>>();
  /** The last pulled diagnostics per document, to answer "unchanged" (a configuration change that changes no diagnostic needs no new list either). */
  const pulledReports = new PulledReports();
  const pushTimers = new Map<string, NodeJS.Timeout>();
  const pushedVersions = new Map<string, number>();
  const toldNotLinted = new Set<string>();
  const loggedOnce = new Set<string>();
  const loggedFailures = new Set<string>();
  const loggedSettingsProblems = new Set<string>();
  const configUrisWithProblems = new Set<string>();
  const publishedConfigUris = new Set<string>();

  /** The workspace folders as the client names them; workspace diagnostics and the report cover these. */
  let workspaceFolders: { uri: string; name: string }[] = [];
  const workspace = new WorkspaceRequests({
    access: serverOptions.fileAccess,
    linter: runner,
    folders: () => workspaceFolders,
    settingsFor: (uri) => settingsFor(uri),
    excludesFor: (folderUri) => filesExcludeFor(folderUri),
    configFor: async (fileUri, settings) => {
      const loaded = await configFiles.configFor(fileUri);
      if (loaded.uri && !publishedConfigUris.has(loaded.uri)) publishConfigProblems([loaded]);
      return (await configFiles.isIgnored(fileUri)) ? undefined : mergeConfig(loaded.config, settings);
    },
    configIgnoresIn: async (folderUri) => (await configFiles.configIn(folderUri))?.config.ignore,
    openDocument: (uri) => documents.get(uri) ?? documents.all().find((document) => uriKey(document.uri) === uriKey(uri)),
    lintOpen: (uri) => lintDocument(uri),
    log: (message) => log(message),
  });

  const log = (message: string) => connection.console.log(`[health-lint] ${message}`);
  const logError = (what: string, error: unknown) =>
    connection.console.error(`[health-lint] ${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  const usesPull = () => client?.pullDiagnostics === true;

  connection.onShutdown(() => runner.dispose());

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    runner.prepare?.();
    const options = (params.initializationOptions ?? {}) as Record<string, unknown>;
    client = abilitiesOf(params.capabilities, options);
    pushedSettings = readSettings(options.settings);
    // Tests shorten the time limit to exercise the abandoned-lint path.
    if (typeof options.lintTimeLimitMs === 'number' && options.lintTimeLimitMs > 0) runner.timeLimitMs = options.lintTimeLimitMs;
    workspaceFolders = params.workspaceFolders?.map(({ uri, name }) => ({ uri, name })) ?? (params.rootUri ? [{ uri: params.rootUri, name: fileName(params.rootUri) }] : []);
    configFiles.setWorkspaceRoots(workspaceFolders.map((folder) => folder.uri));
    const result: InitializeResult = {
      capabilities: {
        // Incremental sync; a client may still send whole-document changes, which are handled too.
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'health-lint', version: SERVER_VERSION },
    };
    if (client.pullDiagnostics) {
      result.capabilities.diagnosticProvider = { identifier: 'health-lint', interFileDependencies: false, workspaceDiagnostics: !client.workspaceDiagnosticsOnCommand };
    }
    return result;
  });

  connection.onInitialized(() => {
    // Our VS Code client already sends configuration changes (synchronize.configurationSection).
    if (client?.configurationDynamicRegistration && !client.clientWatchesConfigFile) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'healthLint' }).catch((error) => logError('registering for configuration changes', error));
    }
    if (client?.watchedFilesDynamicRegistration && !client.clientWatchesConfigFile) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.healthlintrc.json' }] })
        .catch((error) => logError('registering the config file watcher', error));
    }
    if (client?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(() => {
        connection.workspace
          .getWorkspaceFolders()
          .then((folders) => {
            workspaceFolders = folders?.map(({ uri, name }) => ({ uri, name })) ?? [];
            configFiles.setWorkspaceRoots(workspaceFolders.map((folder) => folder.uri));
            configurationChanged();
          })
          .catch((error) => logError('reading workspace folders', error));
      });
    }
    configFiles
      .rootConfigs()
      .then(publishConfigProblems)
      .catch((error) => logError('publishing config file problems', error));
    log(`ready; diagnostics are ${usesPull() ? 'pulled by the client' : 'pushed by the server'}`);
  });

  // ---- settings and configuration --------------------------------------------------------

  function readSettings(raw: unknown): EditorSettings {
    const problems: SettingsProblem[] = [];
    const settings = normalizeSettings(raw, problems);
    for (const problem of problems) {
      if (loggedSettingsProblems.has(problem.message)) continue;
      loggedSettingsProblems.add(problem.message);
      log(problem.message);
    }
    return settings;
  }

  /** The globs switched on in the client's `files.exclude` for a folder (conditional entries count as on). */
  async function filesExcludeFor(folderUri: string): Promise<string[]> {
    if (!client?.configurationRequest) return [];
    const exclude: unknown = await connection.workspace.getConfiguration({ scopeUri: folderUri, section: 'files.exclude' }).catch((error) => {
      logError('reading files.exclude', error);
      return undefined;
    });
    if (typeof exclude !== 'object' || exclude === null) return [];
    return Object.entries(exclude)
      .filter(([, value]) => value === true || (typeof value === 'object' && value !== null))
      .map(([glob]) => glob);
  }

  function settingsFor(uri: string): Promise<EditorSettings> {
    if (!client?.configurationRequest) return Promise.resolve(pushedSettings);
    let settings = settingsByUri.get(uri);
    if (!settings) {
      settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'healthLint' }).then(readSettings, (error) => {
        logError('reading settings', error);
        // Only our VS Code client's answer says whether the workspace is trusted (its
        // notifications carry the raw section, which the workspace can fill): without that
        // answer, custom rules stay off.
        return client?.clientWatchesConfigFile ? { ...pushedSettings, workspaceTrusted: false } : pushedSettings;
      });
      settingsByUri.set(uri, settings);
    }
    return settings;
  }

  connection.onDidChangeConfiguration((change) => {
    const settings = (change.settings as Record<string, unknown> | null | undefined)?.healthLint;
    if (settings !== undefined) pushedSettings = readSettings(settings);
    configurationChanged();
  });

  connection.onDidChangeWatchedFiles(() => {
    configFiles.invalidate();
    runner.clear();
    publishedConfigUris.clear();
    void (async () => {
      const configs = await configFiles.rootConfigs();
      // Files that showed problems before are read again, or cleared when they are gone.
      for (const uri of configUrisWithProblems) {
        const stat = await serverOptions.fileAccess.stat(uri).catch(() => undefined);
        if (stat?.kind === 'file') configs.push(await configFiles.load(uri));
        else {
          configUrisWithProblems.delete(uri);
          void connection.sendDiagnostics({ uri, diagnostics: [] });
        }
      }
      publishConfigProblems(configs);
    })().catch((error) => logError('publishing config file problems', error));
    configurationChanged();
  });

  /** Settings or a config file changed: every result so far may be wrong. */
  function configurationChanged(): void {
    settingsByUri.clear();
    linting.forgetResults();
    workspace.forgetResults();
    pushedVersions.clear();
    if (usesPull()) {
      if (client?.diagnosticRefresh) connection.languages.diagnostics.refresh().catch((error) => logError('asking the client to refresh diagnostics', error));
    } else {
      for (const document of documents.all()) schedulePush(document, 0);
    }
  }

  /** Shows a config file's problems on the config file itself, at each problem's range. */
  function publishConfigProblems(configs: LoadedConfig[]): void {
    const seen = new Set<string>();
    for (const loaded of configs) {
      const uri = loaded.uri;
      if (!uri || seen.has(uri)) continue;
      seen.add(uri);
      publishedConfigUris.add(uri);
      const text = TextDocument.create(uri, 'json', 0, loaded.text ?? '');
      const diagnostics: Diagnostic[] = loaded.problems.map((problem) => ({
        range: {
          start: text.positionAt(problem.range?.start ?? 0),
          end: text.positionAt(problem.range?.end ?? 0),
        },
        severity: problem.path.length === 0 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        source: DIAGNOSTIC_SOURCE,
        message: problem.message,
      }));
      if (diagnostics.length === 0 && !configUrisWithProblems.has(uri)) continue;
      if (diagnostics.length > 0) configUrisWithProblems.add(uri);
      else configUrisWithProblems.delete(uri);
      connection.sendDiagnostics({ uri, diagnostics });
    }
  }

  // ---- linting ---------------------------------------------------------------------------

  /** Lints the current text of a document; never throws. The outcome holds the text it is about. */
  async function lintDocument(uri: string): Promise<LintOutcome | undefined> {
    const settings = await settingsFor(uri);
    if (!documents.get(uri)) return undefined;
    let document = documents.get(uri)!;
    try {
      if (!settings.enable || languageOf(document) === undefined) return linting.empty(document);
      const loaded = await configFiles.configFor(uri);
      if (loaded.uri && !publishedConfigUris.has(loaded.uri)) publishConfigProblems([loaded]);
      const ignored = await configFiles.isIgnored(uri);
      // The text may have changed while the settings and the config were on their way: lint what is there now.
      const current = documents.get(uri);
      if (!current) return undefined;
      document = current;
      if (ignored) {
        logOnce(`${uri}: not linted: its path matches "ignore" in ${loaded.uri}`);
        return linting.empty(document, 'ignored');
      }
      const outcome = await linting.lint(document, mergeConfig(loaded.config, settings));
      if (outcome.skipped) reportNotLinted(uri, outcome.skipped);
      for (const failure of outcome.failures) {
        if (loggedFailures.has(failure.ruleId)) continue;
        loggedFailures.add(failure.ruleId);
        log(`rule ${failure.ruleId} failed (its findings are missing; other rules ran): ${failure.message}`);
      }
      return outcome;
    } catch (error) {
      // A newer text was queued behind this one: answer with the result for the text as it is now.
      if (error instanceof LintSupersededError) return lintDocument(uri);
      if (error instanceof LintTimeoutError) {
        reportNotLinted(uri, `not linted: linting ${error.message}`);
        return linting.empty(document, error.message);
      }
      logError(`linting ${uri} failed`, error);
      return linting.empty(document, 'not linted: internal error (see the output log)');
    }
  }

  function logOnce(message: string): void {
    if (loggedOnce.has(message)) return;
    loggedOnce.add(message);
    log(message);
  }

  function reportNotLinted(uri: string, reason: string): void {
    logOnce(`${uri}: ${reason}`);
    if (!toldNotLinted.has(uri)) {
      toldNotLinted.add(uri);
      // A notification, not a request: nothing to answer, and the user is told once per file.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Health Lint: ${fileName(uri)} is ${reason}.` });
    }
  }

  // ---- push diagnostics (clients without pull support) -------------------------------------

  function schedulePush(document: TextDocument, delay: number): void {
    const uri = document.uri;
    clearTimeout(pushTimers.get(uri));
    pushTimers.set(
      uri,
      setTimeout(() => {
        pushTimers.delete(uri);
        void pushDiagnostics(uri);
      }, delay),
    );
  }

  async function pushDiagnostics(uri: string): Promise<void> {
    const outcome = await lintDocument(uri);
    if (!outcome) return;
    const document = outcome.document;
    // Closed meanwhile, or a newer version already shown: this result is stale.
    const current = documents.get(uri);
    if (!current || (pushedVersions.get(uri) ?? -Infinity) >= document.version) return;
    // The text changed while it was linted: these ranges belong to the older text. The newer
    // text gets its own push (scheduled by the change when linting on type; here otherwise).
    if (current.version !== document.version) {
      if (!pushTimers.has(uri)) schedulePush(current, 0);
      return;
    }
    pushedVersions.set(uri, document.version);
    const diagnostics = guard('making diagnostics', () => outcome.findings.map((finding) => toDiagnostic(finding, document))) ?? [];
    connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }

  documents.onDidOpen(({ document }) => {
    if (!usesPull()) schedulePush(document, 0);
  });

  documents.onDidChangeContent(({ document }) => {
    if (usesPull() || pushedVersions.get(document.uri) === document.version) return;
    void settingsFor(document.uri).then((settings) => {
      if (settings.run === 'onType') schedulePush(document, PUSH_DEBOUNCE_MS);
    });
  });

  documents.onDidSave(({ document }) => {
    if (!usesPull()) schedulePush(document, 0);
  });

  documents.onDidClose(({ document }) => {
    const uri = document.uri;
    clearTimeout(pushTimers.get(uri));
    pushTimers.delete(uri);
    pushedVersions.delete(uri);
    settingsByUri.delete(uri);
    linting.drop(uri);
    pulledReports.forget(uri);
    if (!usesPull()) connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  // ---- pull diagnostics --------------------------------------------------------------------

  connection.languages.diagnostics.on(async (params): Promise<DocumentDiagnosticReport> => {
    const lintStart = performance.now();
    const outcome = await lintDocument(params.textDocument.uri);
    serverOptions.timings?.record(LINT_WAIT_SERIES, performance.now() - lintStart);
    if (!outcome) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const document = outcome.document;
    const items = guard('making diagnostics', () => outcome.findings.map((finding) => toDiagnostic(finding, document)));
    // Without diagnostics (a bug, logged) the answer is empty and names no result.
    if (!items) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    // Closed while it was linted: nothing to remember.
    if (!documents.get(document.uri)) return { kind: DocumentDiagnosticReportKind.Full, items };
    return pulledReports.report(document.uri, items, params.previousResultId);
  });

  // ---- memory figures (bench/load.mjs) --------------------------------------------------------

  // Not part of LSP: the load benchmark asks for both threads' heaps to show whether memory
  // stays bounded. `collectGarbage` forces a full collection first when the server runs with
  // `node --expose-gc`.
  connection.onRequest(MEMORY_USAGE_REQUEST, async (params: { collectGarbage?: boolean } | undefined) => {
    const figures = (await serverOptions.memoryUsage?.(params?.collectGarbage === true)) ?? {};
    return { ...figures, openDocuments: documents.keys().length };
  });

  // Not part of LSP either: the benchmark reads the server's own time per request. Without a
  // timed transport (sockets, pipes) the answer is empty.
  connection.onRequest(SERVER_TIMINGS_REQUEST, (params: { reset?: boolean } | undefined): ServerTimingsAnswer => {
    return serverOptions.timings?.take(params?.reset === true) ?? { durations: {} };
  });

  // ---- code actions ------------------------------------------------------------------------

  connection.onCodeAction(async (params) => {
    const outcome = await lintDocument(params.textDocument.uri);
    if (!outcome) return [];
    const document = outcome.document;
    const configUri = await configFiles.configUriFor(document.uri).catch(() => undefined);
    const configText = configUri ? (await configFiles.load(configUri)).text : undefined;
    return (
      guard('making code actions', () => {
        const newConfigUri = configFiles.newConfigUriFor(document.uri);
        const env: CodeActionEnvironment = {
          documentChanges: client?.documentChanges === true,
          createFiles: client?.createFiles === true,
          settingsCommand: client?.settingsCommand === true,
          configFile: configUri && configText !== undefined ? { uri: configUri, text: configText } : undefined,
          newConfigFileUri: !configUri && newConfigUri ? newConfigUri : undefined,
        };
        return codeActionsFor(document, outcome, params, env);
      }) ?? []
    );
  });

  function guard<T>(what: string, action: () => T): T | undefined {
    try {
      return action();
    } catch (error) {
      logError(what, error);
      return undefined;
    }
  }

  workspace.register(connection);
  documents.listen(connection);
}

const SERVER_VERSION: string = packageJson.version;

function fileName(uri: string): string {
  const path = decodeURIComponentSafe(uri.replace(/[?#].*$/, ''));
  return path.slice(path.lastIndexOf('/') + 1) || path;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
