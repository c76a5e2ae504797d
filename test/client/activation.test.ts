// The extension's entry (client/extension.ts) and its language client (client/language-client.ts),
// bundled as they ship, with stand-ins for `vscode` and for the language client library: the
// language client loads after activate() returns, a deactivation at any point stops the server
// once it is up (never a process left behind), and failures are shown to the user.

import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../server/lsp-client.js';

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** What the extension did through the `vscode` stand-in. */
class FakeVscode {
  commands = new Map<string, (...args: unknown[]) => unknown>();
  configurationListeners: ((event: { affectsConfiguration(section: string): boolean }) => void)[] = [];
  log: string[] = [];
  errorsShown: string[] = [];
  api = {
    window: {
      createOutputChannel: () => ({
        info: (line: string) => this.log.push(`info ${line}`),
        warn: (line: string) => this.log.push(`warn ${line}`),
        error: (line: string) => this.log.push(`error ${line}`),
        show: () => undefined,
        dispose: () => undefined,
      }),
      showErrorMessage: async (message: string) => {
        this.errorsShown.push(message);
        return undefined;
      },
      showWarningMessage: async () => undefined,
      showInformationMessage: async () => undefined,
    },
    commands: {
      registerCommand: (id: string, run: (...args: unknown[]) => unknown) => {
        this.commands.set(id, run);
        return { dispose: () => this.commands.delete(id) };
      },
    },
    workspace: {
      onDidChangeConfiguration: (listener: FakeVscode['configurationListeners'][number]) => {
        this.configurationListeners.push(listener);
        return { dispose: () => undefined };
      },
      onDidGrantWorkspaceTrust: () => ({ dispose: () => undefined }),
      getConfiguration: () => ({ get: (_key: string, fallback: unknown) => fallback }),
      createFileSystemWatcher: () => ({ dispose: () => undefined }),
      isTrusted: true,
    },
    Disposable: { from: (...items: { dispose(): unknown }[]) => ({ dispose: () => items.forEach((item) => item.dispose()) }) },
  };
}

/** A stand-in for vscode-languageclient's LanguageClient: like the real one, it cannot be stopped while it is starting. */
class FakeLanguageClient {
  static created: FakeLanguageClient[] = [];
  static starts: Deferred<void>[] = [];
  state: 'initial' | 'starting' | 'running' | 'startFailed' | 'stopped' = 'initial';
  clientOptions: Record<string, unknown>;
  constructor(_id: string, _name: string, _serverOptions: unknown, clientOptions: Record<string, unknown>) {
    this.clientOptions = clientOptions;
    FakeLanguageClient.created.push(this);
  }
  createDefaultErrorHandler() {
    return { error: () => ({ action: 1 }), closed: async () => ({ action: 1 }) };
  }
  async start(): Promise<void> {
    this.state = 'starting';
    const start = deferred<void>();
    FakeLanguageClient.starts.push(start);
    try {
      await start.promise;
      this.state = 'running';
    } catch (error) {
      this.state = 'startFailed';
      throw error;
    }
  }
  needsStop(): boolean {
    return this.state === 'starting' || this.state === 'running';
  }
  async stop(): Promise<void> {
    if (this.state !== 'running') throw new Error(`Client is not running and can't be stopped. It's current state is: ${this.state}`);
    this.state = 'stopped';
  }
  async sendNotification(): Promise<void> {}
}

/** What the entry module did with the language client module, and how that module behaves. */
const fakeLanguageServer = {
  throwOnLoad: false,
  events: [] as string[],
  start: deferred<boolean>(),
  stop: deferred<void>(),
};

let dir: string;
let vscode: FakeVscode;
const originalLoad = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;

function loadFresh<T>(file: string): T {
  for (const name of ['client.js', 'language-client.js', 'real-language-client.js']) delete require.cache[join(dir, name)];
  return require(join(dir, file)) as T;
}

interface Entry {
  activate(context: unknown): void;
  deactivate(): Promise<void>;
}
interface LanguageServerModule {
  LanguageServer: new (context: unknown, output: unknown) => {
    start(): Promise<boolean>;
    restart(): Promise<void>;
    stop(): Promise<void>;
  };
}

describe('extension activation', () => {
  before(async function () {
    this.timeout(60_000);
    dir = mkdtempSync(join(tmpdir(), 'health-lint-activation-'));
    const common: esbuild.BuildOptions = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], logLevel: 'warning' };
    await esbuild.build({ ...common, entryPoints: [join(repoRoot, 'client/extension.ts')], outfile: join(dir, 'client.js'), external: ['vscode'] });
    await esbuild.build({ ...common, entryPoints: [join(repoRoot, 'client/language-client.ts')], outfile: join(dir, 'real-language-client.js'), external: ['vscode', 'vscode-languageclient', 'vscode-languageclient/node'] });
    // Next to client.js, where the entry looks for the language client.
    writeFileSync(
      join(dir, 'language-client.js'),
      `const fake = globalThis.fakeLanguageServer;
      if (fake.throwOnLoad) throw new Error('the bundle is broken');
      fake.events.push('loaded');
      exports.LanguageServer = class {
        start() { fake.events.push('start'); return fake.start.promise; }
        async stop() { fake.events.push('stop'); await fake.stop.promise; fake.events.push('stopped'); }
        async restart() { fake.events.push('restart'); }
        workspaceTrustGranted() { fake.events.push('trust'); }
      };`,
    );
    (globalThis as Record<string, unknown>).fakeLanguageServer = fakeLanguageServer;
    (Module as unknown as { _load: unknown })._load = function (request: string, ...rest: unknown[]) {
      if (request === 'vscode') return vscode.api;
      if (request === 'vscode-languageclient/node' || request === 'vscode-languageclient') {
        return { LanguageClient: FakeLanguageClient, CloseAction: { DoNotRestart: 1, Restart: 2 }, DidChangeConfigurationNotification: { type: {} }, TransportKind: { ipc: 1 } };
      }
      return originalLoad.call(this, request, ...rest);
    };
  });

  after(() => {
    (Module as unknown as { _load: unknown })._load = originalLoad;
    delete (globalThis as Record<string, unknown>).fakeLanguageServer;
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => {
    vscode = new FakeVscode();
    Object.assign(fakeLanguageServer, { throwOnLoad: false, events: [], start: deferred<boolean>(), stop: deferred<void>() });
    FakeLanguageClient.created = [];
    FakeLanguageClient.starts = [];
  });

  const context = () => ({ subscriptions: [] as { dispose(): unknown }[], asAbsolutePath: (path: string) => join(dir, path) });

  describe('the entry module (dist/client.js)', () => {
    it('registers the commands in activate() and loads and starts the language client only after it returns', async () => {
      const entry = loadFresh<Entry>('client.js');
      assert.equal(entry.activate(context()), undefined, 'activate() returns at once: nothing for VS Code to wait for');
      assert.deepEqual(fakeLanguageServer.events, []);
      for (const command of ['healthLint.restartServer', 'healthLint.showOutput', 'healthLint.turnOffRuleInSettings', 'healthLint.lintWorkspace', 'healthLint.showReport', 'healthLint.exportReport']) {
        assert.ok(vscode.commands.has(command), command);
      }
      await nextTurn();
      assert.deepEqual(fakeLanguageServer.events, ['loaded', 'start']);
      fakeLanguageServer.start.resolve(true);
      await nextTurn();
      assert.ok(vscode.log.some((line) => /^info Language client loaded \d+ ms after activation, language server started \d+ ms after activation\.$/.test(line)), vscode.log.join('\n'));
      fakeLanguageServer.stop.resolve();
      await entry.deactivate();
      assert.deepEqual(fakeLanguageServer.events, ['loaded', 'start', 'stop', 'stopped']);
    });

    it('deactivated before the deferred load: the language client is never loaded, no server starts', async () => {
      const entry = loadFresh<Entry>('client.js');
      entry.activate(context());
      await entry.deactivate();
      await nextTurn();
      await nextTurn();
      assert.deepEqual(fakeLanguageServer.events, []);
    });

    it('deactivated while the server starts: deactivate() waits until it is stopped', async () => {
      const entry = loadFresh<Entry>('client.js');
      entry.activate(context());
      await nextTurn();
      let done = false;
      const deactivating = entry.deactivate().then(() => (done = true));
      await nextTurn();
      assert.deepEqual(fakeLanguageServer.events, ['loaded', 'start', 'stop']);
      assert.equal(done, false);
      fakeLanguageServer.stop.resolve();
      await deactivating;
      assert.deepEqual(fakeLanguageServer.events, ['loaded', 'start', 'stop', 'stopped']);
    });

    it('the restart command and a change of healthLint.run given before the load wait for it, then restart', async () => {
      const entry = loadFresh<Entry>('client.js');
      entry.activate(context());
      const restarting = vscode.commands.get('healthLint.restartServer')!();
      vscode.configurationListeners.forEach((listener) => listener({ affectsConfiguration: (section) => section === 'healthLint.run' }));
      await restarting;
      await nextTurn();
      assert.deepEqual(fakeLanguageServer.events, ['loaded', 'start', 'restart', 'restart']);
      fakeLanguageServer.stop.resolve();
      await entry.deactivate();
    });

    it('a language client that fails to load is reported to the user and in the output', async () => {
      fakeLanguageServer.throwOnLoad = true;
      const entry = loadFresh<Entry>('client.js');
      entry.activate(context());
      await nextTurn();
      await nextTurn();
      assert.equal(vscode.errorsShown.length, 1);
      assert.match(vscode.errorsShown[0]!, /language client could not be loaded/);
      assert.ok(vscode.log.some((line) => line.startsWith('error Could not load the Health Lint language client: Error: the bundle is broken')), vscode.log.join('\n'));
      // The commands still answer, and deactivation has nothing to stop.
      await vscode.commands.get('healthLint.restartServer')!();
      await entry.deactivate();
    });
  });

  describe('the language client (dist/language-client.js)', () => {
    const output = () => vscode.api.window.createOutputChannel();

    it('stop() during the start waits for the server to be up, then stops it', async () => {
      const { LanguageServer } = loadFresh<LanguageServerModule>('real-language-client.js');
      const server = new LanguageServer(context(), output());
      const started = server.start();
      const stopping = server.stop();
      await nextTurn();
      const [client] = FakeLanguageClient.created;
      assert.equal(client!.state, 'starting');
      FakeLanguageClient.starts[0]!.resolve();
      assert.equal(await started, true);
      await stopping;
      assert.equal(client!.state, 'stopped');
      assert.equal(FakeLanguageClient.created.length, 1);
    });

    it('a failed start is shown and logged; stop() afterwards has nothing to stop', async () => {
      const { LanguageServer } = loadFresh<LanguageServerModule>('real-language-client.js');
      const server = new LanguageServer(context(), output());
      const started = server.start();
      FakeLanguageClient.starts[0]!.reject(new Error('spawn failed'));
      assert.equal(await started, false);
      assert.match(vscode.errorsShown.join('\n'), /language server could not start/);
      assert.ok(vscode.log.includes('error Could not start the Health Lint language server: spawn failed'), vscode.log.join('\n'));
      await server.stop();
    });

    it('restarts one at a time: concurrent restarts give one new server; none after stop()', async () => {
      const { LanguageServer } = loadFresh<LanguageServerModule>('real-language-client.js');
      const server = new LanguageServer(context(), output());
      void server.start();
      const first = server.restart();
      assert.equal(server.restart(), first);
      FakeLanguageClient.starts[0]!.resolve();
      await nextTurn();
      await nextTurn();
      assert.equal(FakeLanguageClient.created.length, 2);
      assert.equal(FakeLanguageClient.created[0]!.state, 'stopped');
      FakeLanguageClient.starts[1]!.resolve();
      await first;
      assert.ok(vscode.log.includes('info Health Lint language server restarted.'));
      await server.stop();
      assert.equal(FakeLanguageClient.created[1]!.state, 'stopped');
      await server.restart();
      assert.equal(FakeLanguageClient.created.length, 2);
    });
  });
});
