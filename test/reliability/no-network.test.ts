// No network: the language server and the command line never reach out, whatever links the
// documents hold. Dynamically, the BUILT bundles run with a preload (no-network-preload.cjs,
// through NODE_OPTIONS, so lint worker threads get it too) that makes every network API
// record the attempt and throw; statically, the bundles are searched for network modules.

import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureServerBuilt, isCodeAction, LspTestClient, repoRoot } from '../server/lsp-client.js';

const preload = join(repoRoot, 'test', 'reliability', 'no-network-preload.cjs');
const serverBundle = join(repoRoot, 'dist', 'server.js');
const cliBundle = join(repoRoot, 'dist', 'cli.js');

const links = [
  'https://shop.example.com/kratom?aff=123&utm_source=newsletter',
  'http://amzn.to/3xYz',
  'https://www.amazon.com/dp/B000000000?tag=healthblog-20',
  'https://clickbank.net/hop?id=1',
  'https://pubmed.ncbi.nlm.nih.gov/12345678/',
  'https://doi.org/10.1000/182',
  'ftp://files.example.org/study.pdf',
  'mailto:editor@example.com',
  '//cdn.example.net/pixel.gif',
];

const markdown = [
  '---',
  'canonical: https://blog.example.com/kratom',
  '---',
  '# Kratom: what we know',
  '',
  `Kratom cures anxiety and relieves pain. [Buy it here](${links[0]}) or at <${links[2]}> or www.example-shop.com/deal.`,
  '',
  `Studies show it works ([source](${links[4]}), ${links[5]}). ![pixel](${links[8]}) [ref link][shop]`,
  '',
  `<a href="${links[1]}">cheap kratom</a> <img src="${links[3]}"> <iframe src="https://video.example.com/embed/1"></iframe>`,
  '',
  '<script src="https://tracker.example.com/t.js"></script><link rel="stylesheet" href="https://fonts.example.com/css">',
  '',
  `Take 5 grams three times a day. Contact ${links[7]} or download ${links[6]}.`,
  '',
  `[shop]: ${links[0]} "Our shop"`,
  '',
].join('\n');

const html = `<!doctype html><html><head><link rel="canonical" href="https://blog.example.com/kratom"><script src="https://tracker.example.com/t.js"></script></head><body>
<h1>Kratom</h1><p>Kratom cures anxiety. <a href="${links[0]}">Buy now</a>, <a href="${links[1]}">deal</a>, <img src="${links[3]}" srcset="${links[8]} 2x">.</p>
<p>Studies show it works (<a href="${links[4]}">source</a>). <form action="https://shop.example.com/checkout"><button>Order</button></form></p>
<iframe src="https://video.example.com/embed/1"></iframe><object data="https://example.com/x.swf"></object></body></html>`;

const plaintext = `Kratom cures anxiety. Buy it at ${links.join(' and ')}. Take 5 grams daily.\nMore at www.example-shop.com/kratom?ref=blog.\n`;

interface NetworkRecord {
  pid: number;
  threadId: number;
  kind: 'loaded' | 'attempt';
  api?: string;
  target?: string | null;
  stack?: string;
}

function readRecords(file: string): NetworkRecord[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as NetworkRecord);
}

/** Runs `action` with NODE_OPTIONS preloading the guard for every process it starts; returns what the guard saw. */
async function underGuard(action: (env: NodeJS.ProcessEnv) => Promise<void>): Promise<NetworkRecord[]> {
  const directory = mkdtempSync(join(tmpdir(), 'health-lint-no-network-'));
  const logFile = join(directory, 'network.log');
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(preload)}`.trim(), HEALTH_LINT_NETWORK_LOG: logFile };
  try {
    await action(env);
    return readRecords(logFile);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function writeWorkspace(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'health-lint-links-'));
  writeFileSync(
    join(workspace, '.healthlintrc.json'),
    JSON.stringify({
      $schema: 'https://json.schemastore.org/healthlintrc.json',
      lexicon: { affiliateDomains: ['example-shop.com'] },
      customRules: [{ id: 'no-shop-links', message: 'Shop link.', pattern: 'https?://shop\\.example\\.com\\S*' }],
    }),
  );
  mkdirSync(join(workspace, 'articles'));
  for (let i = 0; i < 12; i++) {
    // Enough files that the CLI lints in worker threads.
    writeFileSync(join(workspace, 'articles', `links-${i}.md`), markdown);
    writeFileSync(join(workspace, 'articles', `links-${i}.html`), html);
    writeFileSync(join(workspace, 'articles', `links-${i}.txt`), plaintext);
  }
  return workspace;
}

function assertNoAttempts(records: NetworkRecord[]): void {
  const attempts = records.filter((record) => record.kind === 'attempt');
  assert.deepEqual(attempts, [], `network attempts:\n${attempts.map((attempt) => `${attempt.api} ${attempt.target}: ${attempt.stack}`).join('\n')}`);
}

function ensureCliBuilt(): void {
  ensureServerBuilt();
  const sources = ['cli', 'node', 'rules', 'report'].flatMap((directory) => filesUnder(join(repoRoot, directory)));
  const newest = Math.max(...sources.map((file) => statSync(file).mtimeMs));
  if (existsSync(cliBundle) && statSync(cliBundle).mtimeMs >= newest) return;
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
}

function filesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)]));
}

describe('no network: the guard itself', () => {
  it('records and blocks an attempt in the main thread and in worker threads', async () => {
    const script = [
      "const { Worker } = require('node:worker_threads');",
      "try { require('node:https').get('https://example.com/'); } catch {}",
      "const worker = new Worker(\"try { require('node:dns').lookup('example.com', () => {}); } catch {}\", { eval: true });",
      "worker.on('exit', () => {});",
    ].join('\n');
    const records = await underGuard(
      (env) =>
        new Promise((resolve, reject) => {
          const child = spawn(process.execPath, ['-e', script], { env, stdio: 'ignore' });
          child.on('error', reject);
          child.on('exit', () => resolve());
        }),
    );
    const attempts = records.filter((record) => record.kind === 'attempt');
    assert.deepEqual(attempts.map((attempt) => `${attempt.threadId === 0 ? 'main' : 'worker'} ${attempt.api}`).sort(), ['main https.get', 'worker dns.lookup']);
  });
});

describe('no network: the built language server', function () {
  this.timeout(120_000);

  for (const pull of [true, false]) {
    it(`lints, fixes and reports documents full of links without a network call (${pull ? 'pull' : 'push'})`, async () => {
      ensureServerBuilt();
      const workspace = writeWorkspace();
      let served = 0;
      const records = await underGuard(async (env) => {
        // LspTestClient spawns with this process's environment: set it just for the spawn.
        const saved = { NODE_OPTIONS: process.env.NODE_OPTIONS, HEALTH_LINT_NETWORK_LOG: process.env.HEALTH_LINT_NETWORK_LOG };
        Object.assign(process.env, { NODE_OPTIONS: env.NODE_OPTIONS, HEALTH_LINT_NETWORK_LOG: env.HEALTH_LINT_NETWORK_LOG });
        let client: LspTestClient;
        try {
          client = await LspTestClient.start({ pull, workspaceRoot: workspace, script: serverBundle });
        } finally {
          for (const [key, value] of Object.entries(saved)) {
            if (value === undefined) delete process.env[key];
            else process.env[key] = value;
          }
        }
        try {
          for (const [name, language] of [['links-0.md', 'markdown'], ['links-0.html', 'html'], ['links-0.txt', 'plaintext']]) {
            const uri = pathToFileURL(join(workspace, 'articles', name)).toString();
            await client.open(uri, language, readFileSync(join(workspace, 'articles', name), 'utf8'));
            const diagnostics = await client.diagnostics(uri);
            assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'commercial-link'), `${name}: the links were looked at`);
            const whole = { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } };
            const actions = (await client.codeActions(uri, whole, diagnostics)).filter(isCodeAction);
            assert.ok(actions.length > 0);
            served++;
            await client.close(uri);
          }
        } finally {
          await client.stop();
        }
      });
      rmSync(workspace, { recursive: true, force: true });
      assert.equal(served, 3);
      assert.ok(records.some((record) => record.kind === 'loaded' && record.threadId === 0), 'the guard ran in the server');
      assert.ok(records.some((record) => record.kind === 'loaded' && record.threadId !== 0), 'the guard ran in the lint worker thread');
      assertNoAttempts(records);
    });
  }
});

describe('no network: the built command line', function () {
  this.timeout(120_000);

  for (const format of ['stylish', 'sarif', 'html']) {
    it(`lints a folder of documents full of links (--format ${format}) without a network call`, async () => {
      ensureCliBuilt();
      const workspace = writeWorkspace();
      let output = '';
      const records = await underGuard(
        (env) =>
          new Promise((resolve, reject) => {
            const child = spawn(process.execPath, [cliBundle, '--format', format, '--concurrency', '2', 'articles'], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
            child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
            child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
            child.on('error', reject);
            child.on('close', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`exit code ${code}:\n${output}`))));
          }),
      );
      rmSync(workspace, { recursive: true, force: true });
      assert.match(output, /commercial-link/, 'the links were looked at');
      if (format === 'html') {
        // The report is opened in a browser: it must load nothing from elsewhere either.
        assert.doesNotMatch(output, /<(script|link|img|iframe|object|embed|source|video|audio)\b[^>]*\b(src|href|data|srcset)\s*=\s*["']?(https?:)?\/\//i);
        assert.doesNotMatch(output, /@import|url\(\s*["']?(https?:)?\/\//i);
      }
      assert.ok(records.some((record) => record.kind === 'loaded' && record.threadId === 0));
      assert.ok(records.some((record) => record.kind === 'loaded' && record.threadId !== 0), 'the guard ran in the lint worker threads');
      assertNoAttempts(records);
    });
  }

  it('--fix writes its files without a network call', async () => {
    ensureCliBuilt();
    const workspace = writeWorkspace();
    const before = readFileSync(join(workspace, 'articles', 'links-0.md'), 'utf8');
    const records = await underGuard(
      (env) =>
        new Promise((resolve, reject) => {
          const child = spawn(process.execPath, [cliBundle, '--fix', 'articles'], { cwd: workspace, env, stdio: 'ignore' });
          child.on('error', reject);
          child.on('close', () => resolve());
        }),
    );
    const after = readFileSync(join(workspace, 'articles', 'links-0.md'), 'utf8');
    rmSync(workspace, { recursive: true, force: true });
    assert.notEqual(after, before, 'safe fixes were applied');
    assertNoAttempts(records);
  });
});

describe('no network: what the bundles contain', () => {
  const NETWORK_MODULES = ['net', 'http', 'https', 'http2', 'tls', 'dns', 'dgram', 'undici'];
  const requiresOf = (source: string) => [...source.matchAll(/require\(["'](?:node:)?([\w/]+)["']\)/g)].map((match) => match[1]).filter((name) => NETWORK_MODULES.includes(name));

  it('dist/cli.js loads no network module and calls no fetch, XMLHttpRequest or WebSocket', () => {
    ensureCliBuilt();
    const source = readFileSync(cliBundle, 'utf8');
    assert.deepEqual(requiresOf(source), []);
    assert.doesNotMatch(source, /\bfetch\(|XMLHttpRequest|new WebSocket|EventSource/);
  });

  it('dist/server.js: only the LSP transport loads "net", for the pipe or loopback socket the editor names', () => {
    ensureServerBuilt();
    const source = readFileSync(serverBundle, 'utf8');
    assert.doesNotMatch(source, /\bfetch\(|XMLHttpRequest|new WebSocket|EventSource/);
    assert.deepEqual(requiresOf(source), ['net'], 'net is the only network module, required once');
    // It is vscode-jsonrpc's transports for `--pipe=NAME` and `--socket=PORT` (createServer*
    // and createClient* Pipe/SocketTransport). Written so it holds for the minified build too.
    const binding = /(\w+)\s*=\s*require\("net"\)/.exec(source)?.[1];
    assert.ok(binding, 'the net module is bound to a variable');
    const uses = [...source.matchAll(new RegExp(`(?<![\\w$.])${binding.replace('$', '\\$')}\\.(\\w+)`, 'g'))].map((match) => ({ name: match[1], at: match.index! }));
    assert.deepEqual(uses.map((use) => use.name).sort(), ['createConnection', 'createConnection', 'createServer', 'createServer'], 'no other use of net');
    const callText = (at: number) => source.slice(at, source.indexOf(';', at));
    const connections = uses.filter((use) => use.name === 'createConnection').map((use) => callText(use.at));
    assert.equal(connections.filter((call) => call.includes('"127.0.0.1"')).length, 1, 'the socket transport connects to loopback only');
    assert.equal(connections.filter((call) => /^[\w$]+\.createConnection\)\(\s*\w+\s*\)/.test(call)).length, 1, 'the pipe transport connects to the pipe it is given');
    const listens = uses.filter((use) => use.name === 'createServer').map((use) => source.slice(use.at, source.indexOf('.listen(', use.at) + 40));
    assert.equal(listens.filter((text) => /\.listen\(\s*\w+\s*,\s*"127\.0\.0\.1"/.test(text)).length, 1, 'the socket server listens on loopback only');
    assert.equal(listens.filter((text) => /\.listen\(\s*\w+\s*,\s*(\(\)\s*=>|function)/.test(text)).length, 1, 'the other server listens on the named pipe');
    assert.match(source, /createServerSocketTransport/);
    assert.match(source, /createServerPipeTransport/);
  });
});
