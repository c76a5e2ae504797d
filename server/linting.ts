// Linting open documents and turning findings into LSP diagnostics. Each open document
// keeps its own block cache (dropped on close), so a keystroke re-lints only the blocks
// that changed. Nothing here decides what is a problem: that is `rules/`.

import { DiagnosticSeverity, type Diagnostic, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  builtInRuleIds,
  createLinter,
  docsUrl,
  languageOfId,
  languageOfPath,
  type BlockCache,
  type DocumentLanguage,
  type Finding,
  type HealthLintConfig,
  type Linter,
  type RuleFailure,
  type Severity,
} from '../rules/index.js';

export const DIAGNOSTIC_SOURCE = 'health-lint';

export interface LintOutcome {
  uri: string;
  version: number;
  language: DocumentLanguage;
  findings: Finding[];
  /** Why the document was not linted, when it was not. */
  skipped?: string;
  failures: RuleFailure[];
}

/** Keeps one linter per distinct configuration; configurations are few (one per config file). */
export class LinterPool {
  private readonly linters = new Map<string, Linter>();

  linterFor(config: HealthLintConfig): Linter {
    const key = JSON.stringify(config);
    let linter = this.linters.get(key);
    if (!linter) {
      if (this.linters.size >= 16) this.linters.clear();
      linter = createLinter(config);
      this.linters.set(key, linter);
    }
    return linter;
  }

  clear(): void {
    this.linters.clear();
  }
}

interface DocumentState {
  linter?: Linter;
  cache: BlockCache;
  last?: LintOutcome;
}

/** Lints documents, caching per document; the latest outcome serves code actions. */
export class DocumentLinting {
  private readonly states = new Map<string, DocumentState>();

  lint(document: TextDocument, linter: Linter): LintOutcome {
    const language = languageOf(document) ?? 'plaintext';
    const state = this.stateOf(document.uri);
    if (state.last && state.linter === linter && state.last.version === document.version && state.last.language === language) return state.last;
    // Cached block results belong to the linter that made them.
    if (state.linter !== linter) state.cache = new Map();
    state.linter = linter;
    const result = linter.lint(document.getText(), language, state.cache);
    state.last = { uri: document.uri, version: document.version, language, findings: result.findings, skipped: result.skipped, failures: result.failures };
    return state.last;
  }

  /** An outcome for a document that was not linted (disabled, failed): nothing to report. */
  empty(document: TextDocument, skipped?: string): LintOutcome {
    return { uri: document.uri, version: document.version, language: languageOf(document) ?? 'plaintext', findings: [], skipped, failures: [] };
  }

  drop(uri: string): void {
    this.states.delete(uri);
  }

  /** Forgets cached results of every document (after a configuration change). */
  forgetResults(): void {
    for (const state of this.states.values()) {
      state.last = undefined;
      state.linter = undefined;
      state.cache = new Map();
    }
  }

  private stateOf(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (!state) {
      state = { cache: new Map() };
      this.states.set(uri, state);
    }
    return state;
  }
}

/** The language of a document: from the editor's language id, else from its file name. */
export function languageOf(document: TextDocument): DocumentLanguage | undefined {
  return languageOfId(document.languageId) ?? languageOfPath(document.uri);
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding, document: TextDocument): Diagnostic {
  const diagnostic: Diagnostic = {
    range: { start: positionOf(document, finding.start), end: positionOf(document, finding.end) },
    severity: SEVERITIES[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    message: finding.message,
  };
  // Custom rules from the config file have no documentation page.
  if (builtInRuleIds.has(finding.ruleId)) diagnostic.codeDescription = { href: docsUrl(finding.ruleId) };
  return diagnostic;
}

/**
 * The LSP position of a UTF-16 offset, clamped into the document. An offset between the
 * `\r` and `\n` of a line break is moved before the break, so no position points past a
 * line's end.
 */
export function positionOf(document: TextDocument, offset: number): Position {
  const text = document.getText();
  let at = Math.max(0, Math.min(offset, text.length));
  if (at > 0 && text.charCodeAt(at - 1) === 13 && text.charCodeAt(at) === 10) at -= 1;
  return document.positionAt(at);
}
