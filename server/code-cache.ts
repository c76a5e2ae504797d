// V8's code cache for the lint worker's bundle. A fresh worker compiles the 1.4 MB server bundle
// and then, on the first lint, every function the rules call; V8 can serialise that compiled
// code once and hand it back to the next process (Node 20 has no built-in compile cache, but
// `vm.Script` takes `cachedData`). The cache is an optimisation only: a missing, stale or corrupt
// file means compiling as before, and nothing in it is trusted beyond what V8 itself checks
// (V8 rejects data made from another source text, V8 version or flags).

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * The V8 flags the server sets while it runs (language-server.ts: heap growth; lint-worker.ts:
 * `gc` for the worker's idle collection). V8 accepts cached code only under the flags it was
 * made with, and the cache is made after these are set: the loader sets them before compiling.
 */
export const HEAP_GROWING_FLAG = '--heap-growing-percent=30';
export const EXPOSE_GC_FLAG = '--expose-gc';

/** Emitted on `process` by the lint worker once its first lint is answered: the code the rules need is compiled by then. */
export const FIRST_LINT_ANSWERED = 'health-lint:first-lint-answered';

/**
 * The per-user cache directory: `HEALTH_LINT_CACHE_DIR`, else the platform's user cache
 * (`$XDG_CACHE_HOME` or `~/.cache` on Linux, `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on
 * Windows). Not the shared temporary directory: another user could put a file there. An empty
 * `HEALTH_LINT_CACHE_DIR` turns the cache off.
 */
export function codeCacheDirectory(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string | undefined {
  if (env.HEALTH_LINT_CACHE_DIR !== undefined) return env.HEALTH_LINT_CACHE_DIR === '' ? undefined : env.HEALTH_LINT_CACHE_DIR;
  if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'health-lint', 'Cache') : undefined;
  if (!home) return undefined;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'health-lint');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'health-lint');
}

/** The cache file for one bundle text on this V8: a new bundle or runtime gets a file of its own. */
export function codeCacheFile(directory: string, source: string): string {
  const hash = createHash('sha256').update(source).update(`\0${process.versions.v8}\0${process.arch}`).digest('hex').slice(0, 24);
  return join(directory, `lint-worker-${hash}.v8cache`);
}

/** The cached data, or undefined when there is none or it cannot be read. */
export function readCodeCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the cache whole or not at all (a temporary file renamed over it); false when it cannot. */
export function writeCodeCache(file: string, data: Buffer): boolean {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, file);
    removeStaleCaches(dirname(file), basename(file));
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Never created (the directory cannot be made).
    }
    return false;
  }
}

/** Caches of other bundles (earlier versions of the extension) not rewritten for a week: each is ~1.4 MB. */
const STALE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

function removeStaleCaches(directory: string, keep: string): void {
  try {
    for (const name of readdirSync(directory)) {
      if (name === keep || !/^lint-worker-[0-9a-f]+\.v8cache$/.test(name)) continue;
      const path = join(directory, name);
      if (Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { force: true });
    }
  } catch {
    // Left for the next time.
  }
}
