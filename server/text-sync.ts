// What crosses between the server's main thread and its lint worker after an edit: the worker
// keeps each document's text and its last findings, so a re-lint sends only the span of text
// that changed and gets back only the findings that changed. Copying the whole text and every
// finding across threads cost ~8 ms per keystroke at 42,000 words, more than the lint itself.
// Snapshots of a document's text likewise carry their line index over from the last one.

import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix } from '../rules/index.js';
import { changedSpan } from '../rules/engine/strings.js';

/** `before` becomes the new text when [start, end) is replaced by `newText`. */
export interface TextChange {
  start: number;
  end: number;
  newText: string;
}

/**
 * The one span in which two texts differ (the longest common prefix and suffix stay out). A
 * pull asks for the same change twice (the snapshot's line index, then the worker's text):
 * `changedSpan` remembers the last pair compared.
 */
export function changeBetween(before: string, after: string): TextChange {
  const span = changedSpan(before, after);
  return { start: span.before, end: span.after - span.shift, newText: after.slice(span.before, span.after) };
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

/**
 * A frozen text of a document, as `TextDocument` sees it (same positions and offsets), whose
 * line index is carried over from the previous snapshot of the same document: only the lines
 * around the change are scanned again, not the whole text on every keystroke.
 */
export class TextSnapshot implements TextDocument {
  private lineOffsets?: number[];

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    readonly version: number,
    private readonly text: string,
  ) {}

  /** A snapshot of `text`, reusing the line index of `previous` (an older text of the same document) when it has one. */
  static of(uri: string, languageId: string, version: number, text: string, previous?: TextSnapshot): TextSnapshot {
    const snapshot = new TextSnapshot(uri, languageId, version, text);
    if (previous?.lineOffsets) snapshot.lineOffsets = lineOffsetsAfter(previous.lineOffsets, previous.text, text);
    return snapshot;
  }

  get lineCount(): number {
    return this.offsets().length;
  }

  getText(range?: Range): string {
    return range ? this.text.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : this.text;
  }

  positionAt(offset: number): Position {
    const at = Math.max(Math.min(offset, this.text.length), 0);
    const offsets = this.offsets();
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
    const offsets = this.offsets();
    if (position.line >= offsets.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineOffset = offsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < offsets.length ? offsets[position.line + 1] : this.text.length;
    return this.beforeLineEnd(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }

  getLineRange(line: number): Range {
    const offsets = this.offsets();
    if (line >= offsets.length) {
      const last = offsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.text.length - offsets[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const next = line + 1 < offsets.length ? offsets[line + 1] : this.text.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeLineEnd(next, offsets[line]) - offsets[line] } };
  }

  getEOLCharacters(line: number): string {
    const offsets = this.offsets();
    if (line < 0 || line >= offsets.length) return '';
    const next = line + 1 < offsets.length ? offsets[line + 1] : this.text.length;
    return this.text.substring(this.beforeLineEnd(next, offsets[line]), next);
  }

  private beforeLineEnd(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isLineBreak(this.text.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  private offsets(): number[] {
    this.lineOffsets ??= scanLineStarts(this.text, 0, Infinity, [0]);
    return this.lineOffsets;
  }
}

const isLineBreak = (code: number): boolean => code === 13 || code === 10;

/** Appends to `into` the starts of lines after `from` (itself a line start) up to `limit`. A CR LF pair is one break. */
function scanLineStarts(text: string, from: number, limit: number, into: number[]): number[] {
  for (let at = from; at < text.length && at < limit; at++) {
    const code = text.charCodeAt(at);
    if (!isLineBreak(code)) continue;
    if (code === 13 && text.charCodeAt(at + 1) === 10) at++;
    if (at + 1 > limit) break;
    into.push(at + 1);
  }
  return into;
}

/** Line starts of `after`, from those of `before`: kept before the change, moved after it, scanned in between. */
function lineOffsetsAfter(previous: readonly number[], before: string, after: string): number[] {
  const change = changeBetween(before, after);
  const changedEnd = change.start + change.newText.length;
  // Line starts before the change depend only on unchanged text; so do those two characters
  // past its end (a line start depends on the character before it and, for CR LF, on itself).
  let kept = 0;
  while (kept < previous.length && previous[kept] < change.start) kept++;
  const offsets = previous.slice(0, Math.max(kept, 1));
  if (kept === 0) offsets[0] = 0;
  scanLineStarts(after, offsets[offsets.length - 1], changedEnd + 1, offsets);
  const delta = after.length - before.length;
  for (let i = kept; i < previous.length; i++) if (previous[i] >= change.end + 2) offsets.push(previous[i] + delta);
  return offsets;
}
