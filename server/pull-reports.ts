// Pulled diagnostics, told as "unchanged" when they are. A client that pulls names the result
// it holds (`previousResultId`); when the diagnostics for the current text are exactly that
// result, the answer carries no items and the client keeps what it has (LSP 3.17,
// `RelatedUnchangedDocumentDiagnosticReport`). Most keystrokes change no diagnostic: an LSP
// position is a line and a column, so an edit moves only the diagnostics after it on its own
// line. Writing the 400 diagnostics of a long document as JSON on every keystroke cost more
// than the re-lint itself.
//
// A result id names one list of diagnostics, never two: a new id is made whenever the list
// differs from the last one reported for the document, and the same id is kept while it does
// not, whatever the text's version.

import { DocumentDiagnosticReportKind, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver';

export class PulledReports {
  /** Ids of an earlier server process must not match: each process has its own prefix. */
  private readonly prefix = `${process.pid.toString(36)}.${Date.now().toString(36)}`;
  private counter = 0;
  private readonly last = new Map<string, { resultId: string; diagnostics: Diagnostic[] }>();

  /** The answer to a pull whose diagnostics are `diagnostics`. */
  report(uri: string, diagnostics: Diagnostic[], previousResultId: string | undefined): DocumentDiagnosticReport {
    const last = this.last.get(uri);
    let resultId: string;
    if (last && sameDiagnostics(last.diagnostics, diagnostics)) resultId = last.resultId;
    else {
      resultId = `${this.prefix}.${++this.counter}`;
      this.last.set(uri, { resultId, diagnostics });
    }
    if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnostics };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }

  forgetAll(): void {
    this.last.clear();
  }
}

function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameDiagnostic(a[i], b[i])) return false;
  return true;
}

/** Field by field: every field `toDiagnostic` (linting.ts) sets, and the ones it may set one day. */
export function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  if (a === b) return true;
  return (
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character &&
    a.severity === b.severity &&
    a.code === b.code &&
    a.source === b.source &&
    a.message === b.message &&
    a.codeDescription?.href === b.codeDescription?.href &&
    a.tags === undefined &&
    b.tags === undefined &&
    a.relatedInformation === undefined &&
    b.relatedInformation === undefined &&
    a.data === undefined &&
    b.data === undefined
  );
}
