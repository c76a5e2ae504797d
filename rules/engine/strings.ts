// Parses are cached per document and outlive the text they were made from. In V8 a slice of a
// long string keeps the whole string alive, so a block parsed from an old version of a document
// would keep that version's full text in memory for as long as the block stays cached (one old
// text per cached chunk: an open document's memory grew with every edit). Text that a cached
// parse is built from is therefore copied first.

/** A copy of `text` that keeps no larger string alive. */
export function detachedCopy(text: string): string {
  // Slicing a concatenation makes V8 build a new flat string holding only this text.
  return (' ' + text).slice(1);
}

// After an edit most of a document is unchanged at its start and its end. Comparing in pieces
// lets V8 compare memory natively instead of character by character.
const COMPARE_PIECE = 4096;

/** Length of the common start of `a` and `b`. */
export function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let at = 0;
  while (at + COMPARE_PIECE <= limit && a.slice(at, at + COMPARE_PIECE) === b.slice(at, at + COMPARE_PIECE)) at += COMPARE_PIECE;
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** Length of the common end of `a` and `b`, at most `limit`. */
export function commonSuffixLength(a: string, b: string, limit: number): number {
  let length = 0;
  while (length + COMPARE_PIECE <= limit && a.slice(a.length - length - COMPARE_PIECE, a.length - length) === b.slice(b.length - length - COMPARE_PIECE, b.length - length)) length += COMPARE_PIECE;
  while (length < limit && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) length++;
  return length;
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
