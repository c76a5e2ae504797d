// Finding and reading `.healthlintrc.json`: shared by the language server and the CLI so
// that the editor, the command line and CI read the same configuration the same way.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
// The config module alone, not '../rules/index.js': the language server's main thread reads config
// files but never lints, and must not load the rules and their lexicons.
import { parseConfigText, type ConfigProblem, type HealthLintConfig } from '../rules/engine/config.js';

export const CONFIG_FILE_NAME = '.healthlintrc.json';

export interface LoadedConfig {
  /** Absolute path of the file read, or undefined when none was found. */
  path?: string;
  /** The usable configuration: invalid entries are dropped so their defaults apply. */
  config: HealthLintConfig;
  /** Problems with their ranges in the file's text. */
  problems: ConfigProblem[];
  /** The file's text, for turning problem offsets into line and column. */
  text?: string;
}

/** The nearest `.healthlintrc.json` in `startDirectory` or above it, stopping at `stopAt` if given. */
export function findConfigFile(startDirectory: string, stopAt?: string): string | undefined {
  let directory = resolve(startDirectory);
  const stop = stopAt ? resolve(stopAt) : undefined;
  for (;;) {
    const candidate = join(directory, CONFIG_FILE_NAME);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    if (directory === stop) return undefined;
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

/**
 * Reads and validates a config file; an unreadable or invalid file yields problems, never a throw.
 * `knownRuleIds`: the built-in rule ids (`builtInRuleIds` of the rules).
 */
export function loadConfigFile(path: string, knownRuleIds: ReadonlySet<string>): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { path, config: {}, problems: [{ path: [], message: `Cannot read ${CONFIG_FILE_NAME}: ${reason}; defaults are used.` }] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const { config, problems } = parseConfigText(text, knownRuleIds);
  return { path, config, problems, text };
}
