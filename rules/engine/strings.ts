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
