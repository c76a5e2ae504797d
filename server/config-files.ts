// Which `.healthlintrc.json` applies to a document, read once and cached until the file
// watcher says a config file changed. Discovery and parsing live in `node/config-file.ts`,
// shared with the CLI, so editor and command line read the same file the same way.

import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ignore, { type Ignore } from 'ignore';
import { CONFIG_FILE_NAME, findConfigFile, loadConfigFile, type LoadedConfig } from '../node/config-file.js';
import { builtInRuleIds } from './rule-ids.js';

const NO_CONFIG: LoadedConfig = { config: {}, problems: [] };

export class ConfigFiles {
  private readonly loaded = new Map<string, LoadedConfig>();
  private readonly ignores = new Map<string, Ignore>();
  /** Directory -> the config file that applies to it ('' when none). */
  private readonly lookups = new Map<string, string>();
  private roots: string[] = [];

  setWorkspaceRoots(rootUris: readonly string[]): void {
    this.roots = rootUris.map(pathOfUri).filter((path): path is string => path !== undefined).map((path) => resolve(path));
    this.invalidate();
  }

  get workspaceRoots(): readonly string[] {
    return this.roots;
  }

  /** Forgets everything read; the next request reads the files again. */
  invalidate(): void {
    this.loaded.clear();
    this.ignores.clear();
    this.lookups.clear();
  }

  /** The config file that applies to a document, or undefined when there is none. */
  configPathFor(documentUri: string): string | undefined {
    const documentPath = pathOfUri(documentUri);
    // Untitled documents take the first workspace folder's config.
    const directory = documentPath ? dirname(documentPath) : this.roots[0];
    if (directory === undefined) return undefined;
    let found = this.lookups.get(directory);
    if (found === undefined) {
      found = findConfigFile(directory, this.rootContaining(directory)) ?? '';
      this.lookups.set(directory, found);
    }
    return found === '' ? undefined : found;
  }

  /** Where a new config file for this document would go: its workspace folder's root. */
  newConfigPathFor(documentUri: string): string | undefined {
    const documentPath = pathOfUri(documentUri);
    const root = documentPath ? this.rootContaining(dirname(documentPath)) : this.roots[0];
    return root === undefined ? undefined : join(root, CONFIG_FILE_NAME);
  }

  configFor(documentUri: string): LoadedConfig {
    const path = this.configPathFor(documentUri);
    return path ? this.load(path) : NO_CONFIG;
  }

  /**
   * Whether the `ignore` globs of the document's config file leave it out, as they do for the
   * command line (gitignore syntax, relative to the config file's folder).
   */
  isIgnored(documentUri: string): boolean {
    const documentPath = pathOfUri(documentUri);
    const configPath = this.configPathFor(documentUri);
    if (!documentPath || !configPath) return false;
    const globs = this.load(configPath).config.ignore;
    if (!globs || globs.length === 0) return false;
    let rules = this.ignores.get(configPath);
    if (!rules) {
      rules = ignore().add(globs);
      this.ignores.set(configPath, rules);
    }
    const path = relative(dirname(configPath), documentPath).split(sep).join('/');
    if (path === '' || path.startsWith('../')) return false;
    try {
      return rules.ignores(path);
    } catch {
      return false;
    }
  }

  load(path: string): LoadedConfig {
    let config = this.loaded.get(path);
    if (!config) {
      config = loadConfigFile(path, builtInRuleIds);
      this.loaded.set(path, config);
    }
    return config;
  }

  /** Config files at the workspace roots, loaded so their problems can be shown without an open document. */
  rootConfigs(): LoadedConfig[] {
    const configs: LoadedConfig[] = [];
    for (const root of this.roots) {
      const path = findConfigFile(root, root);
      if (path) configs.push(this.load(path));
    }
    return configs;
  }

  /** Every config file read since the last invalidation. */
  loadedConfigs(): LoadedConfig[] {
    return [...this.loaded.values()];
  }

  private rootContaining(directory: string): string | undefined {
    let best: string | undefined;
    for (const root of this.roots) {
      if ((directory === root || directory.startsWith(root.endsWith(sep) ? root : root + sep)) && (!best || root.length > best.length)) best = root;
    }
    return best;
  }
}

export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function uriOfPath(path: string): string {
  return pathToFileURL(path).toString();
}
