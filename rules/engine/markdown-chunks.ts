// Splits a Markdown document into top-level chunks that parse the same on their own as they
// do inside the whole document, so that each chunk's parse can be cached and only an edited
// chunk is parsed again.
//
// A chunk starts at a line with no indentation that follows a blank line, unless the blank
// line sits inside a construct that survives blank lines at the top level: fenced code, an
// HTML block of kinds 1-5 (raw text elements, comments, processing instructions,
// declarations, CDATA) or front matter. Containers (block quotes, list items, footnotes)
// always end at such a line, so they never cross a chunk boundary. Reference definitions are
// the one thing that crosses chunks; the caller supplies them.
//
// The scanner mirrors micromark's rules for where those constructs start and end. Where a
// line is ambiguous without a full parse (a fence or HTML start indented by 1-3 spaces,
// which may belong to a list item; a fence after a possible HTML block of kind 7), it gives
// up and the caller parses the whole document at once.

import { htmlBlockNames, htmlRawNames } from 'micromark-util-html-tag-name';
import { DocumentText } from './text.js';

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const BACKTICK = 96;
const TILDE = 126;
const LESS_THAN = 60;

const RAW_NAMES = new Set(htmlRawNames);
const BLOCK_NAMES = new Set(htmlBlockNames);

type HtmlKind = 'raw' | 'comment' | 'instruction' | 'declaration' | 'cdata';

/**
 * Start offsets of the top-level chunks (the first is 0), or undefined when the document
 * must be parsed as a whole.
 */
export function planMarkdownChunks(text: string | DocumentText, previous?: EarlierPlan): number[] | undefined {
  const source = DocumentText.of(text);
  const length = source.length;
  let starts = [0];
  let position = 0;
  let afterBlank = false;
  let seenContent = false;
  let afterIndentedLine = false;
  // Open construct at the top level.
  let fence: { code: number; size: number } | undefined;
  let htmlUntilBlank = false;
  let maybeHtmlComplete = false;
  // With an earlier plan, the scan starts at the last chunk start before the edit and stops
  // at the first chunk start after it that the earlier plan also has (see `resumeAt`).
  const resume = previous ? resumeAt(source, previous) : undefined;

  if (resume) {
    starts = resume.starts;
    position = resume.position;
    afterBlank = true;
    seenContent = true;
  } else {
    const frontMatterEnd = frontMatterEndOf(source);
    if (frontMatterEnd === 'unclosed') return undefined;
    if (frontMatterEnd !== undefined) {
      position = frontMatterEnd;
      seenContent = true;
    }
  }

  while (position <= length) {
    const lineEnd = lineEndOf(source, position);
    const next = lineEnd >= length ? length + 1 : source.charCodeAt(lineEnd) === CR && source.charCodeAt(lineEnd + 1) === LF ? lineEnd + 2 : lineEnd + 1;
    const first = position < lineEnd ? source.charCodeAt(position) : -1;
    const blank = first === -1 || ((first === SPACE || first === TAB) && isBlank(source, position, lineEnd));

    if (fence) {
      if (!blank && closesFence(source, position, lineEnd, fence)) fence = undefined;
      afterBlank = false;
      position = next;
      continue;
    }
    if (htmlUntilBlank || maybeHtmlComplete) {
      if (blank) {
        htmlUntilBlank = false;
        maybeHtmlComplete = false;
        afterBlank = true;
      } else if (maybeHtmlComplete) {
        const indent = indentOf(source, position, lineEnd);
        const marker = indent <= 3 ? source.charCodeAt(position + indent) : -1;
        if (marker === BACKTICK || marker === TILDE || marker === LESS_THAN) return undefined;
      }
      position = next;
      continue;
    }
    if (blank) {
      afterBlank = true;
      position = next;
      continue;
    }

    // After indented code, blank lines may still belong to the code, and micromark then
    // treats the next line as interrupting it: no chunk starts there.
    if (afterBlank && seenContent && !afterIndentedLine && first !== SPACE && first !== TAB) {
      const rest = resume?.restFrom(position);
      if (rest) return starts.concat(rest);
      starts.push(position);
    }
    afterBlank = false;
    seenContent = true;
    const indent = first === SPACE ? indentOf(source, position, lineEnd) : first === TAB ? 4 : 0;
    afterIndentedLine = indent >= 4;
    if (indent <= 3) {
      const at = position + indent;
      const marker = source.charCodeAt(at);
      if (marker === BACKTICK || marker === TILDE) {
        const opened = fenceOpenedAt(source, at, lineEnd);
        if (opened) {
          if (indent > 0) return undefined;
          fence = opened;
        }
      } else if (marker === LESS_THAN) {
        const html = htmlStartAt(source, at, lineEnd);
        if (html) {
          if (indent > 0) return undefined;
          if (html.kind === 'basic') htmlUntilBlank = true;
          else if (html.kind === 'complete') maybeHtmlComplete = true;
          else {
            const closedAt = htmlEndAfter(source, html.continueAt, html.kind, html.state);
            if (closedAt === undefined) break; // Open until the end of the document.
            position = nextLineAfter(source, closedAt);
            continue;
          }
        }
      }
    }
    position = next;
  }
  return starts;
}

/** The last plan of a document: its text and chunk starts. */
export interface EarlierPlan {
  source: string | DocumentText;
  chunks: readonly { readonly start: number }[];
}

/**
 * Where to scan again after an edit. A chunk starts only where no construct is open and the
 * line before is blank, so the scanner's whole state there is known: the scan can start at
 * the last earlier chunk start before the edit, and once it starts a chunk past the edit where
 * the earlier plan also started one (moved by the edit), the rest of the earlier plan holds,
 * moved. An edit in the first chunk (front matter) is planned from the top.
 */
function resumeAt(source: DocumentText, previous: EarlierPlan): { starts: number[]; position: number; restFrom(position: number): number[] | undefined } | undefined {
  const { before, after, shift } = source.changeSince(DocumentText.of(previous.source));
  const old = previous.chunks;
  let index = 0;
  while (index + 1 < old.length && old[index + 1].start <= before) index++;
  if (index === 0) return undefined;
  const starts: number[] = [];
  for (let i = 0; i < index; i++) starts.push(old[i].start);
  let cursor = index + 1;
  return {
    starts,
    position: old[index].start,
    restFrom(position: number): number[] | undefined {
      if (position < after) return undefined;
      while (cursor < old.length && old[cursor].start + shift < position) cursor++;
      if (cursor >= old.length || old[cursor].start + shift !== position) return undefined;
      const rest: number[] = [];
      for (let i = cursor; i < old.length; i++) rest.push(old[i].start + shift);
      return rest;
    },
  };
}

// Where the next CR is, remembered between calls: most documents have none, and searching
// for it again on every line would make the scan quadratic.
let crSource: DocumentText | undefined;
let crFrom = 0;
let crAt = -1;

function lineEndOf(source: DocumentText, from: number): number {
  if (source !== crSource || from < crFrom || (crAt >= 0 && crAt < from)) {
    crSource = source;
    crAt = source.indexOf('\r', from);
  }
  crFrom = from;
  const lf = source.indexOf('\n', from);
  const end = lf < 0 ? source.length : lf;
  return crAt >= 0 && crAt < end ? crAt : end;
}

function nextLineAfter(source: DocumentText, offset: number): number {
  const end = lineEndOf(source, offset);
  if (end >= source.length) return source.length + 1;
  return source.charCodeAt(end) === CR && source.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
}

function isBlank(source: DocumentText, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

/** Columns of leading white space, or 4 when a tab appears within the first four columns. */
function indentOf(source: DocumentText, start: number, end: number): number {
  let spaces = 0;
  for (let i = start; i < end && spaces < 4; i++) {
    const c = source.charCodeAt(i);
    if (c === SPACE) spaces++;
    else if (c === TAB) return 4;
    else break;
  }
  return spaces;
}

/**
 * Front matter (`---` or `+++` on the first line, closed by the same line later): where it
 * ends. 'unclosed' when the first line opens front matter that never closes: micromark's
 * failed attempt then changes how the rest of the document parses (no lists, no block
 * quotes), so such a document is only parsed whole.
 */
function frontMatterEndOf(source: DocumentText): number | 'unclosed' | undefined {
  const first = source.charCodeAt(0);
  if (first !== 45 && first !== 43) return undefined;
  const firstLineEnd = lineEndOf(source, 0);
  const marker = /^(---|\+\+\+)[ \t]*$/.exec(source.slice(0, firstLineEnd))?.[1];
  if (!marker || firstLineEnd >= source.length) return undefined;
  // The first line after it that is the same marker alone (white space after it allowed) closes it.
  for (let line = nextLineAfter(source, 0); line <= source.length; ) {
    const lineEnd = lineEndOf(source, line);
    if (source.startsWith(marker, line) && isBlank(source, line + 3, lineEnd)) return Math.min(nextLineAfter(source, line), source.length);
    if (lineEnd >= source.length) break;
    line = nextLineAfter(source, line);
  }
  return 'unclosed';
}

function fenceOpenedAt(source: DocumentText, at: number, lineEnd: number): { code: number; size: number } | undefined {
  const code = source.charCodeAt(at);
  let size = 0;
  while (at + size < lineEnd && source.charCodeAt(at + size) === code) size++;
  if (size < 3) return undefined;
  // A backtick fence's info string may not contain a backtick (it would be inline code).
  if (code === BACKTICK && source.slice(at + size, lineEnd).includes('`')) return undefined;
  return { code, size };
}

function closesFence(source: DocumentText, start: number, lineEnd: number, fence: { code: number; size: number }): boolean {
  const indent = indentOf(source, start, lineEnd);
  if (indent > 3) return false;
  let at = start + indent;
  let size = 0;
  while (at < lineEnd && source.charCodeAt(at) === fence.code) {
    size++;
    at++;
  }
  return size >= fence.size && isBlank(source, at, lineEnd);
}

type HtmlState = 'continuation' | 'declarationInside';

interface HtmlStart {
  kind: HtmlKind | 'basic' | 'complete';
  /** Where the end search starts, and in which state. */
  continueAt: number;
  state: HtmlState;
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiAlphanumeric(c: number): boolean {
  return isAsciiAlpha(c) || (c >= 48 && c <= 57);
}

/** Which HTML block (CommonMark kinds 1-7) a line starting with `<` at `at` opens, if any. */
function htmlStartAt(source: DocumentText, at: number, lineEnd: number): HtmlStart | undefined {
  let i = at + 1;
  const c = source.charCodeAt(i);
  if (c === 33 /* ! */) {
    const d = source.charCodeAt(i + 1);
    if (d === 45 /* - */) {
      return source.charCodeAt(i + 2) === 45 ? { kind: 'comment', continueAt: i + 3, state: 'declarationInside' } : undefined;
    }
    if (d === 91 /* [ */) return source.startsWith('CDATA[', i + 2) ? { kind: 'cdata', continueAt: i + 8, state: 'continuation' } : undefined;
    if (isAsciiAlpha(d)) return { kind: 'declaration', continueAt: i + 2, state: 'declarationInside' };
    return undefined;
  }
  if (c === 63 /* ? */) return { kind: 'instruction', continueAt: i + 1, state: 'declarationInside' };
  let closing = false;
  if (c === 47 /* / */) {
    closing = true;
    i++;
  }
  if (!isAsciiAlpha(source.charCodeAt(i))) return undefined;
  const nameStart = i;
  while (i < lineEnd && (isAsciiAlphanumeric(source.charCodeAt(i)) || source.charCodeAt(i) === 45)) i++;
  const after = i < lineEnd ? source.charCodeAt(i) : -1;
  if (!(after === -1 || after === 47 || after === 62 || after === SPACE || after === TAB)) return undefined;
  const name = source.slice(nameStart, i).toLowerCase();
  if (after !== 47 && !closing && RAW_NAMES.has(name)) return { kind: 'raw', continueAt: i, state: 'continuation' };
  if (BLOCK_NAMES.has(name)) {
    if (after === 47 && source.charCodeAt(i + 1) !== 62) return undefined;
    return { kind: 'basic', continueAt: i, state: 'continuation' };
  }
  // Possibly a complete tag alone on its line (kind 7). Whether it is one, and whether it may
  // start a block here, needs a full parse; the caller treats what follows with suspicion.
  return { kind: 'complete', continueAt: i, state: 'continuation' };
}

/** Offset of the character that closes an HTML block of kinds 1-5, or undefined when it runs to the end. */
function htmlEndAfter(source: DocumentText, from: number, kind: HtmlKind, initial: HtmlState): number | undefined {
  type State = HtmlState | 'commentInside' | 'cdataInside' | 'rawTagOpen' | 'rawEndTag';
  let state: State = initial;
  let name = '';
  for (let i = from; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === LF || c === CR) {
      state = 'continuation';
      continue;
    }
    // Each state either consumes the character or hands it to the plain continuation state.
    if (state === 'commentInside') {
      if (c === 45) {
        state = 'declarationInside';
        continue;
      }
      state = 'continuation';
    } else if (state === 'declarationInside') {
      if (c === 62) return i;
      if (c === 45 && kind === 'comment') continue;
      state = 'continuation';
    } else if (state === 'cdataInside') {
      if (c === 93) {
        state = 'declarationInside';
        continue;
      }
      state = 'continuation';
    } else if (state === 'rawTagOpen') {
      if (c === 47) {
        state = 'rawEndTag';
        name = '';
        continue;
      }
      state = 'continuation';
    } else if (state === 'rawEndTag') {
      if (c === 62) {
        if (RAW_NAMES.has(name.toLowerCase())) return i;
        state = 'continuation';
      } else if (isAsciiAlpha(c) && name.length < 8) {
        name += String.fromCharCode(c);
        continue;
      } else state = 'continuation';
    }
    // Plain continuation.
    if (c === 45 && kind === 'comment') state = 'commentInside';
    else if (c === LESS_THAN && kind === 'raw') state = 'rawTagOpen';
    else if (c === 62 && kind === 'declaration') return i;
    else if (c === 63 && kind === 'instruction') state = 'declarationInside';
    else if (c === 93 && kind === 'cdata') state = 'cdataInside';
  }
  return undefined;
}

const PLAIN_UNSAFE = /[\\`*_[\]<>&|~@\0\t]|:\/\/|www\./i;
const PLAIN_LINE_START = /^(?:[\p{L}"'(\u201c\u2018]|\p{N}+(?![.)\p{N}]))/u;

const PLAIN_HEADING = /^(#{1,6}) (?=[^\s#])([^#\r\n]*[^\s#])$/;

/** For a one-line ATX heading whose text is plain: its depth and where the text starts. */
export function plainHeadingOf(chunk: string): { depth: number; textStart: number } | undefined {
  if (chunk.length > 200 || chunk.charCodeAt(0) !== 35) return undefined;
  const match = PLAIN_HEADING.exec(chunk);
  if (!match || PLAIN_UNSAFE.test(match[2])) return undefined;
  return { depth: match[1].length, textStart: match[1].length + 1 };
}

/** Where a plain chunk's paragraphs are: [start, end) of each paragraph's text in the chunk, and whether it is a list item's. */
export interface PlainPiece {
  start: number;
  end: number;
  inList: boolean;
}

/**
 * The paragraphs of a chunk of plain lines in which some lines start a bullet ("- " and plain
 * text), as text pasted from a CMS or word processor looks: the lines before the first bullet
 * are a paragraph; each bullet starts a list item whose paragraph runs on over the plain lines
 * after it (CommonMark's lazy continuation lines), up to the next bullet. Undefined when the
 * chunk holds anything else: a character Markdown gives a meaning to (emphasis, links, code,
 * HTML, entities, escapes, tables, autolinks), a line (or a bullet's text) that could start
 * another block, white space at a line's edge. Each paragraph's prose is then its own text.
 */
export function plainPiecesOf(chunk: string): PlainPiece[] | undefined {
  if (PLAIN_UNSAFE.test(chunk)) return undefined;
  const pieces: PlainPiece[] = [];
  let start = 0;
  while (start <= chunk.length) {
    let end = start;
    while (end < chunk.length && chunk.charCodeAt(end) !== LF && chunk.charCodeAt(end) !== CR) end++;
    if (end === start || chunk.charCodeAt(end - 1) === SPACE) return undefined;
    const bullet = chunk.charCodeAt(start) === 45 /* - */ && chunk.charCodeAt(start + 1) === SPACE;
    const textStart = bullet ? start + 2 : start;
    if (!PLAIN_LINE_START.test(chunk.slice(textStart, Math.min(end, textStart + 12)))) return undefined;
    const last = pieces[pieces.length - 1];
    if (bullet || !last) pieces.push({ start: textStart, end, inList: bullet });
    else last.end = end;
    if (end >= chunk.length) return pieces;
    start = chunk.charCodeAt(end) === CR && chunk.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
  }
  return pieces;
}
