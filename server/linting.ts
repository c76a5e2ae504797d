// Linting open documents and turning findings into LSP diagnostics. The rules run in a
// worker (see lint-worker.ts) that keeps a block cache per open document, so a keystroke
// re-lints only the blocks that changed. Nothing here decides what is a problem: that is
// `rules/`.

import { DiagnosticSeverity, type Diagnostic, type Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
// Engine modules one by one, not '../rules/index.js': this runs on the main thread, which must
// not load the rules (see rule-ids.ts).
import type { DocumentLanguage, Finding, HealthLintConfig, RuleFailure, Severity } from '../rules/index.js';
import { languageOfId, languageOfPath } from '../rules/engine/document.js';
import { docsUrl } from '../rules/engine/rule.js';
import type { LintRunner } from './lint-worker.js';
import { builtInRuleIds } from './rule-ids.js';
import { EditedDocument } from './text-sync.js';

export const DIAGNOSTIC_SOURCE = 'health-lint';

export interface LintOutcome {
  /** The text that was linted, frozen: finding offsets refer to it even if the editor's copy moved on. */
  document: TextDocument;
  language: DocumentLanguage;
  findings: Finding[];
  /** Why the document was not linted, when it was not. */
  skipped?: string;
  failures: RuleFailure[];
}

/** Lints documents through the runner; remembers the latest outcome per document for code actions. */
export class DocumentLinting {
  private readonly latest = new Map<string, { key: string; outcome: Promise<LintOutcome> }>();
  /** The last snapshot per document of a kind other than the server's own (tests, whole texts). */
  private readonly snapshots = new Map<string, EditedDocument>();

  constructor(private readonly runner: Pick<LintRunner, 'lint' | 'drop'>) {}

  lint(document: TextDocument, config: HealthLintConfig): Promise<LintOutcome> {
    const language = languageOf(document) ?? 'plaintext';
    const key = `${document.version}|${language}|${JSON.stringify(config)}`;
    const known = this.latest.get(document.uri);
    if (known?.key === key) return known.outcome;
    // The server's documents are immutable versions that tell the worker their changes; any
    // other is sent whole and frozen into a snapshot while the worker lints.
    const result = this.runner.lint(document.uri, document instanceof EditedDocument ? document : document.getText(), language, config);
    const snapshot = this.snapshotOf(document);
    const outcome = result.then((result) => ({
      document: snapshot,
      language,
      findings: result.findings,
      skipped: result.skipped,
      failures: result.failures,
    }));
    const entry = { key, outcome };
    this.latest.set(document.uri, entry);
    // A failed lint is not remembered, so the next request tries again.
    outcome.catch(() => {
      if (this.latest.get(document.uri) === entry) this.latest.delete(document.uri);
    });
    return outcome;
  }

  /** An outcome for a document that was not linted (disabled, ignored, failed): nothing to report. */
  empty(document: TextDocument, skipped?: string): LintOutcome {
    const snapshot = this.snapshotOf(document);
    return { document: snapshot, language: languageOf(document) ?? 'plaintext', findings: [], skipped, failures: [] };
  }

  /** The document's text frozen (finding offsets refer to it even when the editor's copy moves on). */
  private snapshotOf(document: TextDocument): EditedDocument {
    if (document instanceof EditedDocument) return document;
    const previous = this.snapshots.get(document.uri);
    if (previous?.version === document.version && previous.languageId === document.languageId && previous.getText() === document.getText()) return previous;
    const snapshot = EditedDocument.create(document.uri, document.languageId, document.version, document.getText());
    this.snapshots.set(document.uri, snapshot);
    return snapshot;
  }

  drop(uri: string): void {
    this.latest.delete(uri);
    this.snapshots.delete(uri);
    this.runner.drop(uri);
  }

  /** Forgets every result (after a configuration change). */
  forgetResults(): void {
    this.latest.clear();
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

/** The hover shows the whole message: the analysis's short reason, when the rule gives one, goes under it. */
export function diagnosticMessage(finding: { message: string; explanation?: string }): string {
  return finding.explanation ? `${finding.message}\nWhy: ${finding.explanation}` : finding.message;
}

export function toDiagnostic(finding: Finding, document: TextDocument): Diagnostic {
  const diagnostic: Diagnostic = {
    range: { start: positionOf(document, finding.start), end: positionOf(document, finding.end) },
    severity: SEVERITIES[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    message: diagnosticMessage(finding),
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
  // The server's documents read single characters without building their whole text.
  const text: Pick<string, 'charCodeAt' | 'length'> = document instanceof EditedDocument ? document : document.getText();
  let at = Math.max(0, Math.min(offset, text.length));
  if (at > 0 && text.charCodeAt(at - 1) === 13 && text.charCodeAt(at) === 10) at -= 1;
  return document.positionAt(at);
}
