// Which files to lint: shared by the command line and the editor's "Lint Workspace".
// Expands files, folders and globs; skips what `.gitignore`, `.healthlintignore`, the
// `ignore` globs of `.healthlintrc.json` and the caller's excludes (the editor's
// `files.exclude`) leave out. Ignore files apply to their own folder and below, as in git:
// a deeper file can re-include (`!pattern`) what a shallower one ignored.

import { existsSync, statSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { languageOfPath } from '../rules/index.js';

export const IGNORE_FILE_NAMES = ['.gitignore', '.healthlintignore'] as const;
/** Never worth walking into (ESLint and most tools skip them too). */
const ALWAYS_SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', '.hg', '.svn']);

export interface DiscoverOptions {
  /** Base for relative patterns and for the ignore files above a walked folder. */
  cwd: string;
  /** Files, folders or globs; none means the whole of `cwd`. */
  patterns: readonly string[];
  /** Globs (picomatch) relative to `cwd` to leave out, e.g. the editor's `files.exclude`. */
  excludes?: readonly string[];
  /** The `ignore` globs that apply in a folder (from the `.healthlintrc.json` there), relative to it. */
  configIgnoresIn?: (directory: string) => readonly string[] | undefined;
  /** Stops the walk early (the editor's Cancel). */
  signal?: AbortSignal;
}

export interface DiscoveryResult {
  /** Absolute paths of the files to lint, without duplicates: in the order of the patterns, sorted within each. */
  files: string[];
  /** Patterns that matched nothing (a missing file or folder, a glob with no match). */
  unmatched: string[];
  /** Files named explicitly but not linted, with the reason. */
  skipped: { path: string; reason: string }[];
}

interface Scope {
  directory: string;
  rules: Ignore;
  source: string;
}

const GLOB_CHARACTERS = /[*?[\]{}!()]/;

/** Finds the files to lint. Never throws for unreadable folders: they are simply not walked. */
export async function discoverFiles(options: DiscoverOptions): Promise<DiscoveryResult> {
  const cwd = resolve(options.cwd);
  const patterns = options.patterns.length > 0 ? options.patterns : ['.'];
  const excluded = options.excludes && options.excludes.length > 0 ? picomatch(options.excludes as string[], { dot: true }) : undefined;
  const scopeCache = new Map<string, Scope[]>();
  const found = new Set<string>();
  const unmatched: string[] = [];
  const skipped: { path: string; reason: string }[] = [];

  /** Ignore scopes declared in exactly this folder. */
  const scopesIn = async (directory: string): Promise<Scope[]> => {
    let scopes = scopeCache.get(directory);
    if (scopes) return scopes;
    scopes = [];
    for (const name of IGNORE_FILE_NAMES) {
      const text = await readFile(join(directory, name), 'utf8').catch(() => undefined);
      if (text !== undefined) scopes.push({ directory, rules: ignore().add(text), source: name });
    }
    const globs = options.configIgnoresIn?.(directory);
    if (globs && globs.length > 0) scopes.push({ directory, rules: ignore().add([...globs]), source: '.healthlintrc.json' });
    scopeCache.set(directory, scopes);
    return scopes;
  };

  /** Scopes from the folders between cwd (or the walk root, when outside cwd) and `directory`, shallowest first. */
  const inheritedScopes = async (directory: string): Promise<Scope[]> => {
    const chain: string[] = [];
    const top = isInside(directory, cwd) ? cwd : directory;
    for (let current = directory; ; current = dirname(current)) {
      chain.unshift(current);
      if (current === top || dirname(current) === current) break;
    }
    const scopes: Scope[] = [];
    for (const folder of chain) scopes.push(...(await scopesIn(folder)));
    return scopes;
  };

  const isIgnored = (path: string, isDirectory: boolean, scopes: readonly Scope[]): Scope | undefined => {
    let ignoredBy: Scope | undefined;
    for (const scope of scopes) {
      const relativePath = toPosix(relative(scope.directory, path));
      if (relativePath === '' || relativePath.startsWith('..')) continue;
      const result = scope.rules.test(isDirectory ? `${relativePath}/` : relativePath);
      if (result.ignored) ignoredBy = scope;
      else if (result.unignored) ignoredBy = undefined;
    }
    return ignoredBy;
  };

  const isExcluded = (path: string): boolean => {
    if (!excluded) return false;
    const relativePath = toPosix(relative(cwd, path));
    return relativePath !== '' && !relativePath.startsWith('..') && excluded(relativePath);
  };

  const walk = async (root: string, accept: (path: string) => boolean): Promise<number> => {
    let count = 0;
    const stack: { directory: string; scopes: Scope[] }[] = [{ directory: root, scopes: await inheritedScopes(root) }];
    while (stack.length > 0) {
      if (options.signal?.aborted) break;
      const { directory, scopes } = stack.pop()!;
      const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
      const childScopes = directory === root ? scopes : [...scopes, ...(await scopesIn(directory))];
      const subdirectories: string[] = [];
      for (const entry of entries) {
        const path = join(directory, entry.name);
        let isDirectory = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          // Follow links to files; never links to folders (they can loop).
          const target = await stat(path).catch(() => undefined);
          isFile = target?.isFile() ?? false;
          isDirectory = false;
        }
        if (isDirectory) {
          if (ALWAYS_SKIPPED_DIRECTORIES.has(entry.name) || isExcluded(path) || isIgnored(path, true, childScopes)) continue;
          subdirectories.push(path);
        } else if (isFile && languageOfPath(entry.name) && !isExcluded(path) && !isIgnored(path, false, childScopes) && accept(path)) {
          found.add(path);
          count++;
        }
      }
      // Reverse so the stack visits folders in name order.
      for (const subdirectory of subdirectories.sort().reverse()) stack.push({ directory: subdirectory, scopes: childScopes });
    }
    return count;
  };

  const ordered: string[] = [];
  for (const pattern of patterns) {
    if (options.signal?.aborted) break;
    const before = found.size;
    await expand(pattern);
    ordered.push(...[...found].slice(before).sort());
  }
  return { files: ordered, unmatched, skipped };

  async function expand(pattern: string): Promise<void> {
    const path = resolve(cwd, pattern);
    const stats = await stat(path).catch(() => undefined);
    if (stats?.isFile()) {
      if (!languageOfPath(path)) {
        skipped.push({ path, reason: 'not a Markdown, HTML or text file' });
        return;
      }
      const ignoredBy = isIgnored(path, false, await inheritedScopes(dirname(path)));
      if (ignoredBy) skipped.push({ path, reason: `ignored by ${join(relative(cwd, ignoredBy.directory), ignoredBy.source)}` });
      else if (isExcluded(path)) skipped.push({ path, reason: 'excluded' });
      else found.add(path);
    } else if (stats?.isDirectory()) {
      await walk(path, () => true);
    } else if (GLOB_CHARACTERS.test(pattern)) {
      const posixPattern = toPosix(pattern);
      const { base } = picomatch.scan(posixPattern);
      const root = resolve(cwd, base || '.');
      const matches = picomatch(toPosix(relative(cwd, resolve(cwd, posixPattern))) || posixPattern, { dot: false });
      const isDirectoryRoot = existsSync(root) && statSync(root).isDirectory();
      const count = isDirectoryRoot ? await walk(root, (file) => matches(toPosix(relative(cwd, file)))) : 0;
      if (count === 0) unmatched.push(pattern);
    } else {
      unmatched.push(pattern);
    }
  }
}

function isInside(path: string, directory: string): boolean {
  const relativePath = relative(directory, path);
  return relativePath === '' || (!relativePath.startsWith('..') && !isAbsolute(relativePath));
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** The path shown in reports: relative to `base` when inside or near it, with `/` separators. */
export function displayPath(path: string, base: string): string {
  const relativePath = relative(base, path);
  return toPosix(relativePath === '' ? path : relativePath);
}
