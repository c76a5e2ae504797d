// A parsed document: its prose blocks, its suppression directives and a line index.

import { parseHtml } from './html.js';
import { parseMarkdown, type MarkdownChunkCache } from './markdown.js';
import { parsePlainText, type PlainTextCache } from './plaintext.js';
import type { ProseBlock } from './prose.js';
import { DocumentText } from './text.js';
import type { Directive, DocumentLanguage } from './types.js';

export interface LintDocument {
  /** The document's text; in pieces after edits (read bounded spans of it; `toString()` joins it all). */
  readonly text: DocumentText;
  readonly language: DocumentLanguage;
  readonly blocks: readonly ProseBlock[];
  readonly directives: readonly Directive[];
  /** Zero-based line of a source offset. */
  lineOf(offset: number): number;
}

/** `caches` (optional) keep parses between calls for one document, so an edit re-parses only what changed. */
export function parseDocument(source: string | DocumentText, language: DocumentLanguage, caches?: { markdown: MarkdownChunkCache; plaintext: PlainTextCache }): LintDocument {
  const text = DocumentText.of(source);
  let blocks: ProseBlock[];
  let directives: Directive[] = [];
  if (language === 'markdown') ({ blocks, directives } = parseMarkdownOrProse(text, caches));
  // HTML is parsed whole on every lint (htmlparser2 over the whole string): joining the pieces costs little beside it.
  else if (language === 'html') ({ blocks, directives } = parseHtml(text.toString()));
  else blocks = parsePlainText(text, caches?.plaintext);
  // Line starts are computed on first use: most documents have no directive that needs them.
  let lineStarts: number[] | undefined;
  return {
    text,
    language,
    blocks,
    directives,
    lineOf: (offset) => lineOfOffset((lineStarts ??= computeLineStarts(text)), offset),
  };
}

/**
 * The Markdown libraries walk their trees recursively; structure nested thousands deep can
 * exhaust the call stack. Such a document is still linted, as plain prose, rather than not at all.
 */
function parseMarkdownOrProse(text: DocumentText, caches?: { markdown: MarkdownChunkCache; plaintext: PlainTextCache }): { blocks: ProseBlock[]; directives: Directive[] } {
  if (isAbsurdlyNested(text, caches?.markdown)) return { blocks: parsePlainText(text, caches?.plaintext), directives: [] };
  try {
    return parseMarkdown(text, caches?.markdown);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { blocks: parsePlainText(text, caches?.plaintext), directives: [] };
  }
}

/** Deeper than this (quote or list markers on one line, or indentation) no real document goes. */
const MAX_CONTAINER_MARKERS = 100;
const MAX_INDENTATION = 1000;
const MAYBE_DEEP_LINE = new RegExp(`^[ \\t>*+-]{${MAX_CONTAINER_MARKERS + 1},}`, 'm');

/** Per document (its chunk cache): the last text found not absurdly nested. */
const shallowTexts = new WeakMap<MarkdownChunkCache, DocumentText>();

/**
 * Nesting hundreds of quotes or lists deep makes the Markdown parser slow (seconds) before it
 * runs out of stack; a cheap scan of line starts catches it first. After an edit of a text
 * found shallow, only the lines the edit touched are scanned again.
 */
function isAbsurdlyNested(text: DocumentText, cache: MarkdownChunkCache | undefined): boolean {
  const shallow = cache ? shallowTexts.get(cache) : undefined;
  let deep: boolean;
  if (shallow === undefined) deep = hasAbsurdNesting(text.toString());
  else {
    const { before, after } = text.changeSince(shallow);
    // From the start of the line holding the first changed character to the end of the line
    // holding the first unchanged one (a line break typed just before it makes it a line start).
    const from = text.lastIndexOf('\n', before - 1) + 1;
    const lineEnd = text.indexOf('\n', after);
    deep = hasAbsurdNesting(text.slice(from, lineEnd < 0 ? text.length : lineEnd));
  }
  if (cache && !deep) shallowTexts.set(cache, text);
  else if (cache) shallowTexts.delete(cache);
  return deep;
}

function hasAbsurdNesting(text: string): boolean {
  // So deep a line starts with over a hundred of these characters; the regular expression
  // finds out in one native pass whether any line does (most documents: none).
  if (!MAYBE_DEEP_LINE.test(text)) return false;
  let at = 0;
  while (at < text.length) {
    let markers = 0;
    let spaces = 0;
    for (;;) {
      const code = text.charCodeAt(at);
      if (code === 32 || code === 9) {
        spaces++;
        at++;
      } else if (code === 62) {
        markers++; // >
        at++;
      } else if ((code === 45 || code === 42 || code === 43) && text.charCodeAt(at + 1) === 32) {
        markers++; // "- ", "* ", "+ "
        at += 2;
      } else break;
      if (markers > MAX_CONTAINER_MARKERS || spaces > MAX_INDENTATION) return true;
    }
    const nextLine = text.indexOf('\n', at);
    if (nextLine < 0) return false;
    at = nextLine + 1;
  }
  return false;
}

export function computeLineStarts(text: string | DocumentText): number[] {
  const starts = [0];
  const scan = (piece: string, offset: number): void => {
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      if (c === 13) {
        // A CR LF is one break, also when the LF opens the next piece (skipped there).
        const next = i + 1 < piece.length ? piece.charCodeAt(i + 1) : text.charCodeAt(offset + i + 1);
        starts.push(offset + i + (next === 10 ? 2 : 1));
        if (next === 10) i++;
      } else if (c === 10 && !(i === 0 && offset > 0 && text.charCodeAt(offset - 1) === 13)) starts.push(offset + i + 1);
    }
  };
  if (typeof text === 'string') scan(text, 0);
  else text.forEachPiece(scan);
  return starts;
}

export function lineOfOffset(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Picks the language from a file name; undefined when the file is not one we lint. */
export function languageOfPath(path: string): DocumentLanguage | undefined {
  const lower = path.toLowerCase();
  if (/\.(md|markdown|mdown|mkd|mdx)$/.test(lower)) return 'markdown';
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (/\.(txt|text)$/.test(lower)) return 'plaintext';
  return undefined;
}

/** Maps an editor language id (VS Code, LSP) to ours. */
export function languageOfId(languageId: string): DocumentLanguage | undefined {
  if (languageId === 'markdown' || languageId === 'mdx') return 'markdown';
  if (languageId === 'html') return 'html';
  if (languageId === 'plaintext' || languageId === 'text') return 'plaintext';
  return undefined;
}
