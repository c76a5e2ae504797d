// Which `.healthlintrc.json` applies to a document, read once and cached until the file
// watcher says a config file changed. The search is the command line's (node/config-file.ts:
// the nearest file from the document's folder up to its workspace folder), made here by URI
// through the server's file access, so it works on the local disk and over a browser client's
// `workspace.fs` alike; the file is parsed and validated by the engine's `parseConfigText`.

import ignore, { type Ignore } from 'ignore';
import { parseConfigText, type ConfigProblem, type HealthLintConfig } from '../rules/engine/config.js';
import { childUri, parentUri, uriKey, type FileAccess } from './file-access.js';
import { builtInRuleIds } from './rule-ids.js';

export const CONFIG_FILE_NAME = '.healthlintrc.json';

export interface LoadedConfig {
  /** The URI of the file read, or undefined when none was found. */
  uri?: string;
  /** The usable configuration: invalid entries are dropped so their defaults apply. */
  config: HealthLintConfig;
  /** Problems with their ranges in the file's text. */
  problems: ConfigProblem[];
  /** The file's text, for turning problem offsets into positions. */
  text?: string;
}

const NO_CONFIG: LoadedConfig = { config: {}, problems: [] };
const decoder = new TextDecoder();

export class ConfigFiles {
  private readonly loaded = new Map<string, Promise<LoadedConfig>>();
  private readonly ignores = new Map<string, Ignore>();
  /** Folder URI -> the config file that applies to it ('' when none). */
  private readonly lookups = new Map<string, Promise<string>>();
  private roots: string[] = [];

  constructor(private readonly access: FileAccess) {}

  setWorkspaceRoots(rootUris: readonly string[]): void {
    this.roots = rootUris.map((uri) => uri.replace(/\/+$/, ''));
    this.invalidate();
  }

  /** Forgets everything read; the next request reads the files again. */
  invalidate(): void {
    this.loaded.clear();
    this.ignores.clear();
    this.lookups.clear();
  }

  /** The config file that applies to a document, or undefined when there is none. */
  async configUriFor(documentUri: string): Promise<string | undefined> {
    // Untitled documents take the first workspace folder's config.
    const folder = this.isInWorkspaceScheme(documentUri) ? parentUri(documentUri) : this.roots[0];
    if (folder === undefined) return undefined;
    const found = await this.configUriIn(folder, this.rootContaining(folder));
    return found === '' ? undefined : found;
  }

  /** Where a new config file for this document would go: its workspace folder's root. */
  newConfigUriFor(documentUri: string): string | undefined {
    const folder = this.isInWorkspaceScheme(documentUri) ? parentUri(documentUri) : this.roots[0];
    const root = folder === undefined ? undefined : (this.rootContaining(folder) ?? (this.isInWorkspaceScheme(documentUri) ? undefined : folder));
    return root === undefined ? undefined : childUri(root, CONFIG_FILE_NAME);
  }

  async configFor(documentUri: string): Promise<LoadedConfig> {
    const uri = await this.configUriFor(documentUri);
    return uri ? this.load(uri) : NO_CONFIG;
  }

  /** The `.healthlintrc.json` directly in a folder, if there is one. */
  async configIn(folderUri: string): Promise<LoadedConfig | undefined> {
    const uri = childUri(folderUri, CONFIG_FILE_NAME);
    const stat = await this.access.stat(uri).catch(() => undefined);
    return stat?.kind === 'file' ? this.load(uri) : undefined;
  }

  /**
   * Whether the `ignore` globs of the document's config file leave it out, as they do for the
   * command line (gitignore syntax, relative to the config file's folder).
   */
  async isIgnored(documentUri: string): Promise<boolean> {
    const configUri = await this.configUriFor(documentUri);
    if (!configUri || !this.isInWorkspaceScheme(documentUri)) return false;
    const globs = (await this.load(configUri)).config.ignore;
    if (!globs || globs.length === 0) return false;
    let rules = this.ignores.get(configUri);
    if (!rules) {
      rules = ignore().add(globs);
      this.ignores.set(configUri, rules);
    }
    const folder = uriKey(parentUri(configUri) ?? '');
    const document = uriKey(documentUri);
    if (!document.startsWith(`${folder}/`)) return false;
    try {
      return rules.ignores(document.slice(folder.length + 1));
    } catch {
      return false;
    }
  }

  /** Reads and validates a config file; an unreadable or invalid file yields problems, never a throw. */
  load(uri: string): Promise<LoadedConfig> {
    let config = this.loaded.get(uri);
    if (!config) {
      config = this.access.readFile(uri).then(
        (bytes) => {
          const { config, problems } = parseConfigText(decoder.decode(bytes), builtInRuleIds);
          return { uri, config, problems, text: decoder.decode(bytes) };
        },
        (error: unknown) => ({
          uri,
          config: {},
          problems: [{ path: [], message: `Cannot read ${CONFIG_FILE_NAME}: ${error instanceof Error ? error.message : String(error)}; defaults are used.` }],
        }),
      );
      this.loaded.set(uri, config);
    }
    return config;
  }

  /** Config files at the workspace roots, loaded so their problems can be shown without an open document. */
  async rootConfigs(): Promise<LoadedConfig[]> {
    const configs: LoadedConfig[] = [];
    for (const root of this.roots) {
      const config = await this.configIn(root);
      if (config) configs.push(config);
    }
    return configs;
  }

  /** The nearest config file from `folder` up to `stop` (or the top), '' when none; cached per folder. */
  private configUriIn(folder: string, stop: string | undefined): Promise<string> {
    let found = this.lookups.get(folder);
    if (!found) {
      found = (async () => {
        const uri = childUri(folder, CONFIG_FILE_NAME);
        const stat = await this.access.stat(uri).catch(() => undefined);
        if (stat?.kind === 'file') return uri;
        const parent = parentUri(folder);
        if (stop !== undefined && uriKey(folder) === uriKey(stop)) return '';
        return parent === undefined ? '' : this.configUriIn(parent, stop);
      })();
      this.lookups.set(folder, found);
    }
    return found;
  }

  /** Documents of these schemes live in folders (`untitled:` ones do not). */
  private isInWorkspaceScheme(uri: string): boolean {
    return !uri.startsWith('untitled:') && parentUri(uri) !== undefined;
  }

  private rootContaining(folder: string): string | undefined {
    const key = uriKey(folder);
    let best: string | undefined;
    for (const root of this.roots) {
      const rootKey = uriKey(root);
      if ((key === rootKey || key.startsWith(`${rootKey}/`)) && (!best || root.length > best.length)) best = root;
    }
    return best;
  }
}
