// The supported files under a workspace folder, found through the server's file access (so it
// works on the local disk and over a browser client's `workspace.fs` alike). It leaves out what
// the command line's discovery leaves out (node/files.ts): `.gitignore` and `.healthlintignore`
// (each for its own folder and below, a deeper file may re-include with `!`), the `ignore`
// globs of a `.healthlintrc.json` (relative to its folder), the client's `files.exclude`
// (relative to the workspace folder), and `.git`, `node_modules`, `.hg`, `.svn`.

import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { languageOfPath } from '../rules/engine/document.js';
import { childUri, type FileAccess } from './file-access.js';

const IGNORE_FILE_NAMES = ['.gitignore', '.healthlintignore'] as const;
const ALWAYS_SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', '.hg', '.svn']);

export interface WorkspaceFile {
  uri: string;
  /** Relative to the workspace folder, with `/` separators. */
  path: string;
}

export interface ListOptions {
  /** Globs (picomatch) relative to the folder to leave out: the editor's `files.exclude`. */
  excludes: readonly string[];
  /** The `ignore` globs of the `.healthlintrc.json` in a folder (undefined when it has none). */
  configIgnoresIn(folderUri: string): Promise<readonly string[] | undefined>;
  /** Checked between folders: true stops the walk (what was found so far is returned). */
  isCancelled(): boolean;
}

interface Scope {
  /** The folder the rules are relative to, relative to the workspace folder ('' for the folder itself). */
  path: string;
  rules: Ignore;
}

const decoder = new TextDecoder();

/** The supported files under `folderUri`, sorted by path. Unreadable folders are not walked. */
export async function listWorkspaceFiles(access: FileAccess, folderUri: string, options: ListOptions): Promise<WorkspaceFile[]> {
  const excluded = options.excludes.length > 0 ? picomatch([...options.excludes], { dot: true }) : undefined;
  const found: WorkspaceFile[] = [];

  const scopesIn = async (uri: string, path: string, names: ReadonlySet<string>): Promise<Scope[]> => {
    const scopes: Scope[] = [];
    for (const name of IGNORE_FILE_NAMES) {
      if (!names.has(name)) continue;
      const bytes = await access.readFile(childUri(uri, name)).catch(() => undefined);
      if (bytes) scopes.push({ path, rules: ignore().add(decoder.decode(bytes)) });
    }
    const globs = await options.configIgnoresIn(uri);
    if (globs && globs.length > 0) scopes.push({ path, rules: ignore().add([...globs]) });
    return scopes;
  };

  const isIgnored = (path: string, isDirectory: boolean, scopes: readonly Scope[]): boolean => {
    let ignored = false;
    for (const scope of scopes) {
      const relative = scope.path === '' ? path : path.slice(scope.path.length + 1);
      const result = scope.rules.test(isDirectory ? `${relative}/` : relative);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  };

  const stack: { uri: string; path: string; scopes: Scope[] }[] = [{ uri: folderUri, path: '', scopes: [] }];
  while (stack.length > 0 && !options.isCancelled()) {
    const { uri, path, scopes: inherited } = stack.pop()!;
    const entries = (await access.readDirectory(uri)) ?? [];
    const scopes = [...inherited, ...(await scopesIn(uri, path, new Set(entries.map((entry) => entry.name))))];
    const subfolders: { uri: string; path: string; scopes: Scope[] }[] = [];
    for (const entry of entries) {
      const entryPath = path === '' ? entry.name : `${path}/${entry.name}`;
      if (excluded?.(entryPath)) continue;
      if (entry.kind === 'directory') {
        if (ALWAYS_SKIPPED_DIRECTORIES.has(entry.name) || isIgnored(entryPath, true, scopes)) continue;
        subfolders.push({ uri: childUri(uri, entry.name), path: entryPath, scopes });
      } else if (entry.kind === 'file' && languageOfPath(entry.name) && !isIgnored(entryPath, false, scopes)) {
        found.push({ uri: childUri(uri, entry.name), path: entryPath });
      }
    }
    // Reversed so that the stack visits folders in name order.
    subfolders.sort((a, b) => (a.path < b.path ? 1 : a.path > b.path ? -1 : 0));
    stack.push(...subfolders);
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
