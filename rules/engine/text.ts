// A document's text as the engine reads it: a list of pieces, each a string small enough for
// V8's ordinary heap. Editing one long string makes a new one that V8 copies whole on its first
// read, and past 128 KB (64,000 two-byte characters) it goes to the large-object space, which
// costs ~2.5 ms per 290,000 characters on the machines this project runs on (bench/RESULTS.md,
// issue 15). An edit here rebuilds only the piece it falls in. Most documents are one piece,
// read as the string itself.
//
// Readers of the whole text ask for what they need: a character, a bounded slice, a search.
// A version made by `edited` knows where it differs from the one it was made from
// (`changeSince`), so an incremental parse finds its changed span without comparing texts.

import { changedSpan, type ChangedSpan } from './strings.js';
import type { TextEdit } from './types.js';

/**
 * Longest piece an edit leaves (characters). Two-byte strings of up to 65,000 characters stay
 * out of the large-object space; half of that leaves room to type into a piece before it is
 * split, and keeps a rebuilt piece's copy short (measured: bench/large-strings.mjs).
 */
const MAX_PIECE = 32_768;
/** A piece shorter than this is joined with its neighbour after an edit, so pieces do not multiply. */
const MIN_PIECE = 8_192;

let nextId = 1;

export class DocumentText {
  readonly length: number;
  /** Tells versions apart for `changeSince` without keeping the one before alive. */
  private readonly id = nextId++;
  private readonly starts: readonly number[];
  /** The whole text as one string: the only piece, or the pieces joined once someone asked for it. */
  private flat?: string;
  /** The piece read last: most reads are near the one before. */
  private cursor = 0;

  private constructor(
    private readonly pieces: readonly string[],
    /** The version this one was made from by `edited`, and where they differ. */
    private readonly madeFrom?: { id: number; span: ChangedSpan },
  ) {
    const starts: number[] = new Array(pieces.length);
    let at = 0;
    for (let i = 0; i < pieces.length; i++) {
      starts[i] = at;
      at += pieces[i].length;
    }
    this.starts = starts;
    this.length = at;
    if (pieces.length === 1) this.flat = pieces[0];
  }

  static of(text: string | DocumentText): DocumentText {
    return typeof text === 'string' ? new DocumentText([text]) : text;
  }

  /** How many pieces the text is kept in (1 for a text not edited since it came whole). */
  get pieceCount(): number {
    return this.pieces.length;
  }

  /** The whole text as one string; joined once (a large string: use it where the whole text is read anyway). */
  toString(): string {
    return (this.flat ??= this.pieces.join(''));
  }

  charCodeAt(offset: number): number {
    if (this.flat !== undefined) return this.flat.charCodeAt(offset);
    const i = this.pieceAt(offset);
    return i < 0 ? NaN : this.pieces[i].charCodeAt(offset - this.starts[i]);
  }

  /** Like `String.prototype.slice` with offsets from 0 to the length (no negative offsets). */
  slice(start: number, end = this.length): string {
    if (this.flat !== undefined) return this.flat.slice(start, end);
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(start, Math.min(end, this.length));
    if (start === end) return '';
    const first = this.pieceAt(start);
    const firstStart = this.starts[first];
    const piece = this.pieces[first];
    if (end <= firstStart + piece.length) return piece.slice(start - firstStart, end - firstStart);
    let text = piece.slice(start - firstStart);
    for (let i = first + 1; i < this.pieces.length && this.starts[i] < end; i++) text += this.pieces[i].slice(0, end - this.starts[i]);
    return text;
  }

  startsWith(search: string, at = 0): boolean {
    return this.flat !== undefined ? this.flat.startsWith(search, at) : at >= 0 && this.slice(at, at + search.length) === search;
  }

  /** First offset of `search` at or after `from` (and, when given, ending at or before `to`); -1 when none. */
  indexOf(search: string, from = 0, to = this.length): number {
    from = Math.max(0, from);
    const last = Math.min(to, this.length) - search.length;
    if (from > last) return -1;
    if (this.flat !== undefined) {
      const found = this.flat.indexOf(search, from);
      return found > last ? -1 : found;
    }
    for (let i = this.pieceAt(from); i >= 0 && i < this.pieces.length && this.starts[i] <= last; i++) {
      const start = this.starts[i];
      const piece = this.pieces[i];
      const found = piece.indexOf(search, Math.max(0, from - start));
      if (found >= 0) return start + found > last ? -1 : start + found;
      // A match across the end of this piece.
      if (search.length > 1) {
        const end = start + piece.length;
        const around = Math.max(from, end - search.length + 1);
        const across = this.slice(around, end + search.length - 1).indexOf(search);
        if (across >= 0) return around + across > last ? -1 : around + across;
      }
    }
    return -1;
  }

  /** Last offset of `search` starting at or before `from`; -1 when none. */
  lastIndexOf(search: string, from = this.length): number {
    if (this.flat !== undefined) return this.flat.lastIndexOf(search, from);
    if (search.length > this.length) return -1;
    // As `String.prototype.lastIndexOf`: an offset below 0 is 0.
    from = Math.max(0, Math.min(from, this.length - search.length));
    for (let i = this.pieceAt(from); i >= 0; i--) {
      const start = this.starts[i];
      // A match across the end of this piece, which starts later than any inside it.
      if (search.length > 1 && i + 1 < this.pieces.length) {
        const end = start + this.pieces[i].length;
        const around = Math.max(start, end - search.length + 1);
        if (around <= from) {
          const across = this.slice(around, Math.min(end + search.length - 1, from + search.length)).lastIndexOf(search);
          if (across >= 0) return around + across;
        }
      }
      const found = this.pieces[i].lastIndexOf(search, from - start);
      if (found >= 0 && found + search.length <= this.pieces[i].length) return start + found;
    }
    return -1;
  }

  /** Calls `read` with each piece and its offset, in order; stops when it returns false. */
  forEachPiece(read: (piece: string, start: number) => boolean | void): void {
    for (let i = 0; i < this.pieces.length; i++) if (read(this.pieces[i], this.starts[i]) === false) return;
  }

  /**
   * The next version: `edits` made in order, each in offsets of the text the ones before it
   * made (as an editor's changes come). Only the pieces an edit touches are rebuilt; a whole
   * long string is first cut into slices (which share it, copying nothing).
   */
  edited(edits: readonly TextEdit[]): DocumentText {
    let pieces: string[] = this.pieces.length === 1 && this.length > MAX_PIECE ? cut(this.pieces[0]) : [...this.pieces];
    let span: ChangedSpan | undefined;
    let length = this.length;
    for (const edit of edits) {
      const start = Math.max(0, Math.min(edit.start, length));
      const end = Math.max(start, Math.min(edit.end, length));
      pieces = replaced(pieces, start, end, edit.newText);
      const shift = edit.newText.length - (end - start);
      length += shift;
      // Composed with the span so far: unchanged before the earliest start, and from the later
      // of this edit's end and the earlier span's end (moved by this edit).
      span = span
        ? { before: Math.min(span.before, start), after: Math.max(start + edit.newText.length, span.after >= end ? span.after + shift : start + edit.newText.length), shift: span.shift + shift }
        : { before: start, after: start + edit.newText.length, shift };
    }
    return new DocumentText(pieces.length === 0 ? [''] : pieces, { id: this.id, span: span ?? { before: this.length, after: this.length, shift: 0 } });
  }

  /**
   * Where this text differs from an earlier version: known when this one was made from it by
   * `edited`; otherwise the texts are compared (joined first when in pieces).
   */
  changeSince(earlier: DocumentText): ChangedSpan {
    if (earlier === this) return { before: this.length, after: this.length, shift: 0 };
    if (this.madeFrom?.id === earlier.id) return this.madeFrom.span;
    return changedSpan(earlier.toString(), this.toString());
  }

  /** Index of the piece holding `offset`; -1 outside [0, length). */
  private pieceAt(offset: number): number {
    if (offset < 0 || offset >= this.length) return -1;
    const starts = this.starts;
    const cursor = this.cursor;
    if (offset >= starts[cursor] && (cursor + 1 === starts.length || offset < starts[cursor + 1])) return cursor;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    this.cursor = low;
    return low;
  }
}

/** A long string as slices of at most `MAX_PIECE` characters, of even length (slices of a flat string share it). */
function cut(text: string): string[] {
  const size = Math.ceil(text.length / Math.ceil(text.length / MAX_PIECE));
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += size) pieces.push(text.slice(at, at + size));
  return pieces;
}

/** The pieces with [start, end) replaced by `newText`: the pieces it touches rebuilt as one, split or joined to stay within bounds. */
function replaced(pieces: readonly string[], start: number, end: number, newText: string): string[] {
  let first = 0;
  let firstStart = 0;
  while (first < pieces.length - 1 && firstStart + pieces[first].length < start) firstStart += pieces[first++].length;
  let last = first;
  let lastStart = firstStart;
  while (last < pieces.length - 1 && lastStart + pieces[last].length < end) lastStart += pieces[last++].length;
  const head = pieces[first]?.slice(0, start - firstStart) ?? '';
  const tail = pieces[last]?.slice(end - lastStart) ?? '';
  let middle = head + newText + tail;
  // A short piece joins a neighbour, so that deleting text does not leave slivers.
  let from = first;
  let to = last + 1;
  if (middle.length < MIN_PIECE && from > 0 && pieces[from - 1].length + middle.length <= MAX_PIECE) middle = pieces[--from] + middle;
  if (middle.length < MIN_PIECE && to < pieces.length && pieces[to].length + middle.length <= MAX_PIECE) middle += pieces[to++];
  const rebuilt = middle.length === 0 ? [] : middle.length <= MAX_PIECE ? [middle] : cut(middle);
  return [...pieces.slice(0, from), ...rebuilt, ...pieces.slice(to)];
}
