// Which configuration each file gets: the nearest `.healthlintrc.json` from the file's
// folder up to the current folder (or up to the file system root for files outside it),
// the same search the editor makes; `--config` replaces the search. `--rule` overrides
// apply on top. Any problem in a configuration is a usage error (exit code 2), reported
// as `file:line:col: message`.

import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { CONFIG_FILE_NAME, loadConfigFile, type LoadedConfig } from '../node/config-file.js';
import { builtInRuleIds, computeLineStarts, lineOfOffset, type HealthLintConfig, type SeveritySetting } from '../rules/index.js';

export class ConfigResolver {
  /** Configurations in use; index 0 is "no file found" (defaults plus overrides). */
  readonly configs: HealthLintConfig[];
  /** The file each configuration came from (undefined for index 0). */
  readonly sources: (string | undefined)[] = [undefined];
  readonly problems: string[] = [];
  private readonly byPath = new Map<string, number>();
  private readonly byDirectory = new Map<string, number>();
  private readonly explicit?: number;

  constructor(
    private readonly cwd: string,
    explicitConfig: string | undefined,
    private readonly overrides: Record<string, SeveritySetting>,
  ) {
    this.configs = [this.withOverrides({})];
    if (explicitConfig) {
      const path = resolve(cwd, explicitConfig);
      if (!existsSync(path)) this.problems.push(`Cannot read the configuration file ${explicitConfig}: it does not exist.`);
      else this.explicit = this.load(path);
    }
  }

  /** The `ignore` globs that apply in a folder; with `--config`, that file's globs apply from the current folder. */
  ignoresIn = (directory: string): readonly string[] | undefined => {
    if (this.explicit !== undefined) return directory === this.cwd ? this.configs[this.explicit].ignore : undefined;
    const path = join(directory, CONFIG_FILE_NAME);
    if (!existsSync(path)) return undefined;
    return this.configs[this.load(path)].ignore;
  };

  /** Index of the configuration for a file. */
  indexFor(file: string): number {
    if (this.explicit !== undefined) return this.explicit;
    return this.indexForDirectory(dirname(file));
  }

  /** Every rule id a configuration defines, built-in or custom. */
  knownRuleIds(): Set<string> {
    const ids = new Set(builtInRuleIds);
    for (const config of this.configs) for (const rule of config.customRules ?? []) ids.add(rule.id);
    return ids;
  }

  private indexForDirectory(directory: string): number {
    const cached = this.byDirectory.get(directory);
    if (cached !== undefined) return cached;
    let index = 0;
    const path = join(directory, CONFIG_FILE_NAME);
    if (existsSync(path)) index = this.load(path);
    else {
      const stop = isInside(directory, this.cwd) ? this.cwd : undefined;
      const parent = dirname(directory);
      if (directory !== stop && parent !== directory) index = this.indexForDirectory(parent);
    }
    this.byDirectory.set(directory, index);
    return index;
  }

  private load(path: string): number {
    const known = this.byPath.get(path);
    if (known !== undefined) return known;
    const loaded = loadConfigFile(path, builtInRuleIds);
    for (const problem of loaded.problems) this.problems.push(formatProblem(this.cwd, loaded, problem));
    const index = this.configs.length;
    this.configs.push(this.withOverrides(loaded.config));
    this.sources.push(path);
    this.byPath.set(path, index);
    return index;
  }

  private withOverrides(config: HealthLintConfig): HealthLintConfig {
    if (Object.keys(this.overrides).length === 0) return config;
    return { ...config, rules: { ...config.rules, ...this.overrides } };
  }
}

function formatProblem(cwd: string, loaded: LoadedConfig, rawProblem: LoadedConfig['problems'][number]): string {
  // The editor carries on with defaults; the command line stops instead, so drop that remark.
  const problem = { ...rawProblem, message: rawProblem.message.replace(/;? ?[Dd]efaults are used\.?$/, '.').replace(/\.\.$/, '.') };
  const name = relative(cwd, loaded.path ?? CONFIG_FILE_NAME) || loaded.path || CONFIG_FILE_NAME;
  if (!problem.range || loaded.text === undefined) return `${name}: ${problem.message}`;
  const starts = computeLineStarts(loaded.text);
  const line = lineOfOffset(starts, problem.range.start);
  return `${name}:${line + 1}:${problem.range.start - starts[line] + 1}: ${problem.message}`;
}

function isInside(path: string, directory: string): boolean {
  const relativePath = relative(directory, path);
  return relativePath === '' || (!relativePath.startsWith('..') && !isAbsolute(relativePath));
}
