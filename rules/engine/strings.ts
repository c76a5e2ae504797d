// Strings of a document across edits. Parses are cached per document and outlive the text
// they were made from. In V8 a slice of a long string keeps the whole string alive, so a block
// parsed from an old version of a document would keep that version's full text in memory for
// as long as the block stays cached (one old text per cached chunk: an open document's memory
// grew with every edit). Text that a cached parse is built from is therefore copied first.

import type { DocumentText } from './text.js';

/** A copy of `text` that keeps no larger string alive. */
export function detachedCopy(text: string): string {
  // Slicing a concatenation makes V8 build a new flat string holding only this text.
  return (' ' + text).slice(1);
}

// After an edit most of a document is unchanged at its start and its end. Whole pieces are
// compared first (a string comparison runs at memory speed), then ever smaller ones.

/** Length of the common start of `a` and `b`, at most `limit`. */
function commonPrefixLength(a: string, b: string, limit = Math.min(a.length, b.length)): number {
  return commonLength(a, b, limit, true);
}

/** Length of the common end of `a` and `b`, at most `limit`. */
function commonSuffixLength(a: string, b: string, limit = Math.min(a.length, b.length)): number {
  return commonLength(a, b, limit, false);
}

function commonLength(a: string, b: string, limit: number, fromStart: boolean): number {
  let length = 0;
  for (let piece = 4096; piece >= 1; piece = piece > 16 ? piece >> 4 : piece >> 1) {
    while (length + piece <= limit && sameRange(a, b, length, piece, fromStart)) length += piece;
  }
  return length;
}

function sameRange(a: string, b: string, offset: number, length: number, fromStart: boolean): boolean {
  if (length === 1) return fromStart ? a.charCodeAt(offset) === b.charCodeAt(offset) : a.charCodeAt(a.length - 1 - offset) === b.charCodeAt(b.length - 1 - offset);
  if (fromStart) return a.slice(offset, offset + length) === b.slice(offset, offset + length);
  return a.slice(a.length - offset - length, a.length - offset) === b.slice(b.length - offset - length, b.length - offset);
}

/**
 * Where a new version of a text differs from the old one: the first `before` characters are
 * the same in both, and so is everything from `after` on in the new text (`shift` further on
 * in the old one).
 */
export interface ChangedSpan {
  readonly before: number;
  readonly after: number;
  /** New length minus old length. */
  readonly shift: number;
}

/** The last pair compared: one parse asks several times (nesting guard, chunk planner, pieces). */
let lastSpan: { oldText: string; newText: string; span: ChangedSpan } | undefined;

export function changedSpan(oldText: string, newText: string): ChangedSpan {
  if (lastSpan && lastSpan.oldText === oldText && lastSpan.newText === newText) return lastSpan.span;
  const before = commonPrefixLength(oldText, newText);
  const suffix = commonSuffixLength(oldText, newText, Math.min(oldText.length, newText.length) - before);
  const span = { before, after: newText.length - suffix, shift: newText.length - oldText.length };
  lastSpan = { oldText, newText, span };
  return span;
}

/**
 * Pieces of the last version of a text (chunks, paragraphs) that an edit left alone: those
 * wholly before the first changed character (same offset) or after the last one (moved by the
 * length change), with the same length. Pieces are asked for in order, so one cursor walks the
 * old list once; nothing is sliced or hashed.
 */
export class UnchangedPieces<Piece extends { readonly start: number; readonly text: string }> {
  private readonly before: number;
  private readonly after: number;
  private readonly shift: number;
  private cursor = 0;

  constructor(
    oldText: DocumentText,
    private readonly oldPieces: readonly Piece[],
    newText: DocumentText,
  ) {
    ({ before: this.before, after: this.after, shift: this.shift } = newText.changeSince(oldText));
  }

  /** The old piece that the new text's range [start, end) still is, if any. */
  find(start: number, end: number): Piece | undefined {
    const oldStart = end <= this.before ? start : start >= this.after ? start - this.shift : undefined;
    if (oldStart === undefined) return undefined;
    const old = this.oldPieces;
    while (this.cursor < old.length && old[this.cursor].start < oldStart) this.cursor++;
    const piece = old[this.cursor];
    if (!piece || piece.start !== oldStart || piece.text.length !== end - start) return undefined;
    // Past a piece once it is found: the caller may move it in place.
    this.cursor++;
    return piece;
  }
}
