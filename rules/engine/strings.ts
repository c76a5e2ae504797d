// Strings of a document across edits. Parses are cached per document and outlive the text
// they were made from. In V8 a slice of a long string keeps the whole string alive, so a block
// parsed from an old version of a document would keep that version's full text in memory for
// as long as the block stays cached (one old text per cached chunk: an open document's memory
// grew with every edit). Text that a cached parse is built from is therefore copied first.

/** A copy of `text` that keeps no larger string alive. */
export function detachedCopy(text: string): string {
  // Slicing a concatenation makes V8 build a new flat string holding only this text.
  return (' ' + text).slice(1);
}

// After an edit most of a document is unchanged at its start and its end. Whole pieces are
// compared first (a string comparison runs at memory speed), then ever smaller ones.

/** Length of the common start of `a` and `b`, at most `limit`. */
export function commonPrefixLength(a: string, b: string, limit = Math.min(a.length, b.length)): number {
  return commonLength(a, b, limit, true);
}

/** Length of the common end of `a` and `b`, at most `limit`. */
export function commonSuffixLength(a: string, b: string, limit = Math.min(a.length, b.length)): number {
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
 * What an edit left alone: the new text equals the old one before `before`, and from `after`
 * on equals the old text moved by `shift` characters.
 */
export class UnchangedEnds {
  readonly before: number;
  readonly after: number;
  readonly shift: number;

  constructor(oldText: string, newText: string) {
    this.before = commonPrefixLength(oldText, newText);
    const suffix = commonSuffixLength(oldText, newText, Math.min(oldText.length, newText.length) - this.before);
    this.after = newText.length - suffix;
    this.shift = newText.length - oldText.length;
  }

  /** Where the new text's range [start, end) stood in the old text, when the edit did not touch it. */
  oldStartOf(start: number, end: number): number | undefined {
    if (end <= this.before) return start;
    if (start >= this.after) return start - this.shift;
    return undefined;
  }
}
