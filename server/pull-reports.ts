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
  private readonly prefix = `${(typeof process === 'undefined' ? Math.floor(Math.random() * 2 ** 31) : process.pid).toString(36)}.${Date.now().toString(36)}`;
  private counter = 0;
  private readonly last = new Map<string, { resultId: string; diagnostics: CompactDiagnostics }>();

  /** The answer to a pull whose diagnostics are `diagnostics`. */
  report(uri: string, diagnostics: Diagnostic[], previousResultId: string | undefined): DocumentDiagnosticReport {
    const last = this.last.get(uri);
    let resultId: string;
    if (last && last.diagnostics.equals(diagnostics)) resultId = last.resultId;
    else {
      resultId = `${this.prefix}.${++this.counter}`;
      this.last.set(uri, { resultId, diagnostics: CompactDiagnostics.of(diagnostics) });
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

const NUMBERS = 5;
const STRINGS = 4;

/**
 * A list of diagnostics kept only to be compared with the next one: the numbers in one typed
 * array and the strings (shared with the findings, not copied) in one array, ~45 bytes per
 * diagnostic instead of ~300 for the objects (5 per diagnostic). With 200 open documents the
 * objects took ~7 MB of the main thread's heap.
 */
class CompactDiagnostics {
  private constructor(
    private readonly numbers: Int32Array,
    private readonly strings: (string | number | undefined)[],
    /** False when a diagnostic has something this form does not keep: the list then equals no other. */
    private readonly comparable: boolean,
  ) {}

  static of(diagnostics: readonly Diagnostic[]): CompactDiagnostics {
    const numbers = new Int32Array(diagnostics.length * NUMBERS);
    const strings: (string | number | undefined)[] = new Array(diagnostics.length * STRINGS);
    let comparable = true;
    for (let i = 0; i < diagnostics.length; i++) {
      const d = diagnostics[i];
      if (!keepsEverything(d)) comparable = false;
      numbers[i * NUMBERS] = d.range.start.line;
      numbers[i * NUMBERS + 1] = d.range.start.character;
      numbers[i * NUMBERS + 2] = d.range.end.line;
      numbers[i * NUMBERS + 3] = d.range.end.character;
      numbers[i * NUMBERS + 4] = d.severity ?? 0;
      strings[i * STRINGS] = d.code;
      strings[i * STRINGS + 1] = d.source;
      strings[i * STRINGS + 2] = typeof d.message === 'string' ? d.message : undefined;
      strings[i * STRINGS + 3] = d.codeDescription?.href;
    }
    return new CompactDiagnostics(numbers, strings, comparable);
  }

  /** Whether `diagnostics` is this list, field by field. */
  equals(diagnostics: readonly Diagnostic[]): boolean {
    if (!this.comparable || diagnostics.length * NUMBERS !== this.numbers.length) return false;
    const { numbers, strings } = this;
    for (let i = 0; i < diagnostics.length; i++) {
      const d = diagnostics[i];
      if (!keepsEverything(d)) return false;
      if (
        numbers[i * NUMBERS] !== d.range.start.line ||
        numbers[i * NUMBERS + 1] !== d.range.start.character ||
        numbers[i * NUMBERS + 2] !== d.range.end.line ||
        numbers[i * NUMBERS + 3] !== d.range.end.character ||
        numbers[i * NUMBERS + 4] !== (d.severity ?? 0) ||
        strings[i * STRINGS] !== d.code ||
        strings[i * STRINGS + 1] !== d.source ||
        strings[i * STRINGS + 2] !== d.message ||
        strings[i * STRINGS + 3] !== d.codeDescription?.href
      ) {
        return false;
      }
    }
    return true;
  }
}

/** Whether the compact form holds all of a diagnostic: what `toDiagnostic` (linting.ts) sets, nothing more. */
function keepsEverything(d: Diagnostic): boolean {
  return typeof d.message === 'string' && d.tags === undefined && d.relatedInformation === undefined && d.data === undefined;
}
