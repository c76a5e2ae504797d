// Linting where the server runs, for a server that is itself off the editor's thread: the
// browser's web worker. Keeps a block cache per document linted (dropped when it closes) and a
// linter per configuration, so a keystroke re-lints only the blocks that changed. No time
// limit can be enforced here: the engine is linear-time by design (RE2 for user patterns).

import { createLinter, type BlockCache, type DocumentLanguage, type HealthLintConfig, type Linter, type LintResult } from '../rules/index.js';
import type { ServerLinter } from './server.js';
import type { VersionedText } from './text-sync.js';

/** Configurations are few (one per config file and settings); a bound keeps a long session small. */
const MAX_LINTERS = 16;

export class InProcessLinter implements ServerLinter {
  timeLimitMs = 0;
  private readonly linters = new Map<string, Linter>();
  private readonly caches = new Map<string, { linter: Linter; cache: BlockCache }>();

  async lint(key: string, text: string | VersionedText, language: DocumentLanguage, config: HealthLintConfig): Promise<LintResult> {
    const linter = this.linterFor(config);
    let entry = this.caches.get(key);
    // Cached block results belong to the linter (configuration) that made them.
    if (entry?.linter !== linter) {
      entry = { linter, cache: new Map() };
      this.caches.set(key, entry);
    }
    return linter.lint(typeof text === 'string' ? text : text.getText(), language, entry.cache);
  }

  drop(key: string): void {
    this.caches.delete(key);
  }

  clear(): void {
    this.linters.clear();
    this.caches.clear();
  }

  dispose(): void {
    this.clear();
  }

  private linterFor(config: HealthLintConfig): Linter {
    const key = JSON.stringify(config);
    let linter = this.linters.get(key);
    if (!linter) {
      if (this.linters.size >= MAX_LINTERS) this.clear();
      linter = createLinter(config);
      this.linters.set(key, linter);
    }
    return linter;
  }
}
