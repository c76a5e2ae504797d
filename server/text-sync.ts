// What crosses between the server's main thread and its lint worker after an edit: the worker
// keeps each document's text and its last findings, so a re-lint sends only the editor's
// changes since the version the worker holds and gets back only the findings that changed.
// Copying the whole text and every finding across threads cost ~8 ms per keystroke at 42,000
// words, more than the lint itself. The main thread's documents (`EditedDocument`) keep their
// edits aside instead of building a new string per keystroke.

import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix } from '../rules/index.js';

/** `before` becomes the new text when [start, end) is replaced by `newText`. */
export interface TextChange {
  start: number;
  end: number;
  newText: string;
}

export function applyChange(text: string, change: TextChange): string {
  return text.slice(0, change.start) + change.newText + text.slice(change.end);
}

/**
 * New findings told as a change of the previous ones: the first `keep` stay, the last `tail`
 * stay but move by `delta` (the change in text length), `middle` replaces the rest.
 */
export interface FindingsChange {
  keep: number;
  tail: number;
  delta: number;
  middle: Finding[];
}

export function findingsChange(before: readonly Finding[], after: readonly Finding[], delta: number): FindingsChange {
  const limit = Math.min(before.length, after.length);
  let keep = 0;
  while (keep < limit && sameFinding(before[keep], after[keep], 0)) keep++;
  let tail = 0;
  while (tail < limit - keep && sameFinding(before[before.length - 1 - tail], after[after.length - 1 - tail], delta)) tail++;
  return { keep, tail, delta, middle: after.slice(keep, after.length - tail) };
}

/** The findings `findingsChange(before, after, delta)` was made from: equal to `after`, field by field. */
export function applyFindingsChange(before: readonly Finding[], change: FindingsChange): Finding[] {
  if (change.keep + change.tail > before.length) throw new Error('findings change does not fit the previous findings');
  const findings = before.slice(0, change.keep);
  for (const finding of change.middle) findings.push(finding);
  for (let i = before.length - change.tail; i < before.length; i++) findings.push(shiftFinding(before[i], change.delta));
  return findings;
}

/** True when `b` is `a` moved by `delta`: every field, fixes and suggestions included. */
function sameFinding(a: Finding, b: Finding, delta: number): boolean {
  return (
    a.start + delta === b.start &&
    a.end + delta === b.end &&
    a.ruleId === b.ruleId &&
    a.severity === b.severity &&
    a.message === b.message &&
    a.explanation === b.explanation &&
    sameFixes(a.fixes, b.fixes, delta) &&
    sameFixes(a.suggestions, b.suggestions, delta)
  );
}

function sameFixes(a: readonly Fix[], b: readonly Fix[], delta: number): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].title !== b[i].title || a[i].edits.length !== b[i].edits.length) return false;
    for (let j = 0; j < a[i].edits.length; j++) {
      const x = a[i].edits[j];
      const y = b[i].edits[j];
      if (x.start + delta !== y.start || x.end + delta !== y.end || x.newText !== y.newText) return false;
    }
  }
  return true;
}

function shiftFinding(finding: Finding, delta: number): Finding {
  if (delta === 0) return finding;
  const shiftFix = (fix: Fix): Fix => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, start: edit.start + delta, end: edit.end + delta })) });
  return { ...finding, start: finding.start + delta, end: finding.end + delta, fixes: finding.fixes.map(shiftFix), suggestions: finding.suggestions.map(shiftFix) };
}

const isLineBreak = (code: number): boolean => code === 13 || code === 10;

/** The offsets where the text's lines start. A CR LF pair is one break. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (!isLineBreak(code)) continue;
    if (code === 13 && text.charCodeAt(at + 1) === 10) at++;
    starts.push(at + 1);
  }
  return starts;
}

/**
 * Applies changes in order, each in offsets of the text the ones before it made. Several are
 * applied to a list of pieces and joined once: slicing the string one change made copies it
 * whole in V8 (it is a rope until read), so applying 32 changes one by one cost 32 copies.
 */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  if (changes.length <= 1) return changes.length === 1 ? applyChange(text, changes[0]) : text;
  let pieces = [text];
  for (const change of changes) pieces = replaceInPieces(pieces, change);
  return pieces.join('');
}

/** The pieces of the text with [start, end) replaced; the untouched pieces are kept or sliced (a slice of a flat string shares it). */
function replaceInPieces(pieces: readonly string[], { start, end, newText }: TextChange): string[] {
  const before: string[] = [];
  const after: string[] = [];
  let at = 0;
  for (const piece of pieces) {
    const pieceEnd = at + piece.length;
    if (at < start) before.push(pieceEnd <= start ? piece : piece.slice(0, start - at));
    if (pieceEnd > end) after.push(at >= end ? piece : piece.slice(end - at));
    at = pieceEnd;
  }
  return newText ? [...before, newText, ...after] : [...before, ...after];
}

/** A document's text as the lint worker is told it: the changes since a version it holds, or the whole text. */
export interface VersionedText {
  readonly version: number;
  readonly length: number;
  getText(): string;
  /** The changes from `version` to this one, in order; undefined when they are no longer known. */
  changesSince(version: number): readonly TextChange[] | undefined;
}

/** The changes that made one version from the one before it. */
interface VersionChanges {
  /** The version the changes were made to. */
  from: number;
  changes: readonly TextChange[];
}

/**
 * Edits kept on top of a flat text before they are applied into a new flat string. Applying an
 * edit to a 295,000-character text makes V8 copy it all on the next read (~2 ms of fresh
 * large-object pages): with the edits kept aside, a keystroke reads only the characters around
 * the ranges it reports, and the copy comes once per this many edits (or when a whole text is asked for).
 */
const PENDING_EDITS = 32;
/** How many versions' changes a document remembers, for a lint worker that is behind. */
const HISTORY_VERSIONS = 64;

type ContentChange = { range: Range; text: string } | { text: string };

/**
 * A document as the server keeps it (given to `TextDocuments`): one immutable object per
 * version, so it is also the frozen text a lint's findings refer to. Its text is a flat string
 * plus the edits made since (applied when the whole text is read), its line starts are carried
 * over from the version before, and it remembers the changes of its last versions so that the
 * lint worker is sent those instead of the text.
 */
export class EditedDocument implements TextDocument, VersionedText {
  private flat?: string;

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    readonly version: number,
    /** The text is `base` with `pending` applied in order. */
    private readonly base: string,
    private readonly pending: readonly TextChange[],
    readonly length: number,
    private readonly lineOffsets: readonly number[],
    private readonly history: readonly VersionChanges[],
  ) {
    if (pending.length === 0) this.flat = base;
  }

  static create(uri: string, languageId: string, version: number, text: string): EditedDocument {
    return new EditedDocument(uri, languageId, version, text, [], text.length, lineStartsOf(text), []);
  }

  /** The next version: `changes` applied in order (LSP content changes: ranges in the text as each finds it, or a whole text). */
  update(changes: readonly ContentChange[], version: number): EditedDocument {
    let document: EditedDocument = this;
    const made: TextChange[] = [];
    let replaced = false;
    for (const change of changes) {
      if (!('range' in change && change.range)) {
        // A whole new text (a client that syncs whole documents): nothing to keep from before,
        // and no change worth telling (the worker gets the text).
        document = EditedDocument.create(this.uri, this.languageId, version, change.text);
        replaced = true;
        continue;
      }
      const [from, to] = ordered(change.range.start, change.range.end);
      const edit = { start: document.offsetAt(from), end: document.offsetAt(to), newText: change.text };
      made.push(edit);
      document = document.applied(edit);
    }
    const history = replaced ? [] : [...this.history.slice(-(HISTORY_VERSIONS - 1)), { from: this.version, changes: made }];
    return new EditedDocument(this.uri, this.languageId, version, document.base, document.pending, document.length, document.lineOffsets, history);
  }

  changesSince(version: number): readonly TextChange[] | undefined {
    if (version === this.version) return [];
    // Versions need not go up by one: the changes start at the entry made from `version` itself.
    const first = this.history.findIndex((entry) => entry.from === version);
    return first < 0 ? undefined : this.history.slice(first).flatMap((entry) => entry.changes);
  }

  getText(range?: Range): string {
    this.flat ??= applyChanges(this.base, this.pending);
    return range ? this.flat.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : this.flat;
  }

  /** The UTF-16 code unit at `offset` (NaN outside the text), read without flattening the text. */
  charCodeAt(offset: number): number {
    if (this.flat !== undefined) return this.flat.charCodeAt(offset);
    if (offset < 0 || offset >= this.length) return NaN;
    // Walk back through the edits to the offset in the base text, or to the edit that wrote it.
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const edit = this.pending[i];
      if (offset < edit.start) continue;
      if (offset < edit.start + edit.newText.length) return edit.newText.charCodeAt(offset - edit.start);
      offset += edit.end - edit.start - edit.newText.length;
    }
    return this.base.charCodeAt(offset);
  }

  get lineCount(): number {
    return this.lineOffsets.length;
  }

  positionAt(offset: number): Position {
    const at = Math.max(Math.min(offset, this.length), 0);
    const offsets = this.lineOffsets;
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offsets[mid] > at) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeLineEnd(at, offsets[line]) - offsets[line] };
  }

  offsetAt(position: Position): number {
    const offsets = this.lineOffsets;
    if (position.line >= offsets.length) return this.length;
    if (position.line < 0) return 0;
    const lineOffset = offsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < offsets.length ? offsets[position.line + 1] : this.length;
    return this.beforeLineEnd(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }

  getLineRange(line: number): Range {
    const offsets = this.lineOffsets;
    if (line >= offsets.length) {
      const last = offsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.length - offsets[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const next = line + 1 < offsets.length ? offsets[line + 1] : this.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeLineEnd(next, offsets[line]) - offsets[line] } };
  }

  getEOLCharacters(line: number): string {
    const offsets = this.lineOffsets;
    if (line < 0 || line >= offsets.length) return '';
    const next = line + 1 < offsets.length ? offsets[line + 1] : this.length;
    let eol = '';
    for (let at = this.beforeLineEnd(next, offsets[line]); at < next; at++) eol += String.fromCharCode(this.charCodeAt(at));
    return eol;
  }

  private beforeLineEnd(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isLineBreak(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  /** This text with one edit made (same version and history: `update` sets those). */
  private applied(edit: TextChange): EditedDocument {
    const length = this.length - (edit.end - edit.start) + edit.newText.length;
    const changedEnd = edit.start + edit.newText.length;
    // The new text's character at `at`, from this text and the edit, without building it.
    const charAt = (at: number): number =>
      at < edit.start ? this.charCodeAt(at) : at < changedEnd ? edit.newText.charCodeAt(at - edit.start) : at < length ? this.charCodeAt(at - changedEnd + edit.end) : NaN;
    // A line starts at `at` when a break ends before it (a CR only when no LF follows it): the
    // starts from the edit's start to just past its new end depend on the edit; the rest move.
    const offsets: number[] = [];
    for (const start of this.lineOffsets) {
      if (start >= edit.start) break;
      offsets.push(start);
    }
    if (offsets.length === 0) offsets.push(0);
    for (let at = Math.max(edit.start, 1); at <= Math.min(changedEnd + 1, length); at++) {
      const before = charAt(at - 1);
      if (before === 10 || (before === 13 && charAt(at) !== 10)) offsets.push(at);
    }
    const delta = length - this.length;
    for (const start of this.lineOffsets) if (start >= edit.end + 2) offsets.push(start + delta);
    const fresh = this.flat !== undefined;
    const base = fresh ? this.flat! : this.base;
    const pending = fresh ? [edit] : [...this.pending, edit];
    // Too many edits aside: apply them into one flat string (read once, so V8 copies it now).
    if (pending.length >= PENDING_EDITS) {
      const text = applyChanges(base, pending);
      text.charCodeAt(0);
      return new EditedDocument(this.uri, this.languageId, this.version, text, [], length, offsets, this.history);
    }
    return new EditedDocument(this.uri, this.languageId, this.version, base, pending, length, offsets, this.history);
  }
}

function ordered(a: Position, b: Position): [Position, Position] {
  return a.line < b.line || (a.line === b.line && a.character <= b.character) ? [a, b] : [b, a];
}
