// Plain text to prose blocks. Blank lines separate paragraphs. When the file is not
// hard-wrapped (some line is long), each line is its own block, because such files put a
// paragraph, a title or a list item on each line. Bare URLs are skipped and kept as links.

import { ProseBuilder, SKIPPED, type ProseBlock } from './prose.js';
import { normaliseProse } from './align.js';
import { detachedCopy, UnchangedPieces } from './strings.js';
import { DocumentText } from './text.js';

const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'\u201c\u201d\u2018\u2019]+/gi;
const LIST_MARKER = /^\s*(?:[-*\u2022]|\d{1,3}[.)])\s+/;
const HARD_WRAP_WIDTH = 100;

/** Blocks by their source text (built at offset 0), kept between parses of one document. */
export type PlainTextCache = Map<string, ProseBlock | null>;

interface PlacedParagraph {
  start: number;
  /** The paragraph's text, copied off the document (strings.ts). */
  text: string;
  /** Built at offset 0; null when the paragraph holds no prose. */
  block: ProseBlock | null;
  /** `block` moved to `start`. */
  placed: ProseBlock | null;
}

/** The last parse of a document, so that an edit re-builds only the paragraphs it touched. */
interface PlainTextLayout {
  source: DocumentText;
  oneBlockPerLine: boolean;
  paragraphs: PlacedParagraph[];
}

const lastLayouts = new WeakMap<PlainTextCache, PlainTextLayout>();

export function parsePlainText(text: string | DocumentText, cache?: PlainTextCache): ProseBlock[] {
  const source = DocumentText.of(text);
  const blocks: ProseBlock[] = [];
  const lines = splitLines(source);
  const oneBlockPerLine = lines.some((line) => line.end - line.start > HARD_WRAP_WIDTH);
  const used: PlainTextCache | undefined = cache ? new Map() : undefined;
  const previous = cache ? lastLayouts.get(cache) : undefined;
  // Paragraphs the edit left alone keep their text and blocks, found by position (no slicing or
  // hashing); a switch between one block per line and per paragraph regroups everything.
  const unchanged = previous && previous.oneBlockPerLine === oneBlockPerLine ? new UnchangedPieces(previous.source, previous.paragraphs, source) : undefined;
  const layout: PlacedParagraph[] = [];
  let paragraph: { start: number; end: number }[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) {
      const start = paragraph[0].start;
      const end = paragraph[paragraph.length - 1].end;
      let block: ProseBlock | null | undefined;
      if (cache && used) {
        // A block depends on its own text only: built once at offset 0, then moved.
        const earlier = unchanged?.find(start, end);
        let placed: ProseBlock | null;
        let text: string;
        if (earlier) {
          ({ text, block } = earlier);
          placed = earlier.start === start ? earlier.placed : (block?.shifted(start) ?? null);
        } else {
          // Copied: cached blocks and the layout must not keep the whole source alive (strings.ts).
          text = detachedCopy(source.slice(start, end));
          block = used.get(text) ?? cache.get(text);
          if (block === undefined) block = buildBlock(text, 0) ?? null;
          placed = block?.shifted(start) ?? null;
        }
        used.set(text, block);
        layout.push({ start, text, block, placed });
        block = placed;
      } else block = buildBlock(source.slice(start, end), start);
      if (block) blocks.push(block);
    }
    paragraph = [];
  };
  for (const line of lines) {
    if (isBlank(source, line.start, line.end)) {
      flush();
      continue;
    }
    if (oneBlockPerLine || startsListItem(source, line.start, line.end)) flush();
    paragraph.push(line);
    if (oneBlockPerLine) flush();
  }
  flush();
  if (cache && used) {
    cache.clear();
    for (const [text, block] of used) cache.set(text, block);
    lastLayouts.set(cache, { source, oneBlockPerLine, paragraphs: layout });
  }
  return blocks;
}

/** Whether source[start, end) is empty or white space only (as `trim` sees it), without slicing. */
function isBlank(source: DocumentText, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (!isSpace(source, at)) return false;
  return true;
}

/** White space as `\s` and `trim` define it. */
function isSpace(source: DocumentText, at: number): boolean {
  const code = source.charCodeAt(at);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code >= 128 && /\s/.test(String.fromCharCode(code));
}

/** Whether the line opens a list item; most lines start with a letter and need no slice. */
function startsListItem(source: DocumentText, start: number, end: number): boolean {
  let at = start;
  while (at < end && isSpace(source, at)) at++;
  const code = source.charCodeAt(at);
  const mayBeMarker = code === 45 || code === 42 || code === 0x2022 || (code >= 48 && code <= 57);
  return at < end && mayBeMarker && LIST_MARKER.test(source.slice(start, end));
}

/** The block of a paragraph's `text`, which starts at `start` in the document. */
function buildBlock(text: string, start: number): ProseBlock | undefined {
  const builder = new ProseBuilder();
  const marker = LIST_MARKER.exec(text);
  const bodyStart = marker ? marker[0].length : 0;
  let cursor = bodyStart;
  BARE_URL.lastIndex = bodyStart;
  for (let match = BARE_URL.exec(text); match; match = BARE_URL.exec(text)) {
    // Sentence punctuation right after a URL belongs to the sentence.
    const url = match[0].replace(/[.,;:!?)\]]+$/, '');
    const urlStart = match.index;
    const urlEnd = urlStart + url.length;
    builder.appendSource(start + cursor, normaliseProse(text.slice(cursor, urlStart)));
    builder.appendReplacement(start + urlStart, start + urlEnd, SKIPPED);
    builder.links.push({
      kind: 'bare-url',
      target: url.startsWith('www.') ? `http://${url}` : url,
      text: '',
      range: { start: start + urlStart, end: start + urlEnd },
      textRange: { start: start + urlStart, end: start + urlStart },
    });
    cursor = urlEnd;
    BARE_URL.lastIndex = urlEnd;
  }
  builder.appendSource(start + cursor, normaliseProse(text.slice(cursor)));
  if (!/[^\s\uFFFC]/.test(builder.text)) return undefined;
  const isListItem = marker !== null;
  const kind = isListItem ? 'listItem' : looksLikeTitle(text) ? 'heading' : 'paragraph';
  return builder.build(kind, { quoted: false, inList: isListItem });
}

/** A short single line with no sentence punctuation at its end reads as a title. */
function looksLikeTitle(text: string): boolean {
  const trimmed = text.trim();
  return !trimmed.includes('\n') && trimmed.length <= 120 && /^[\p{Lu}\p{N}]/u.test(trimmed) && !/[.!?,;:"\u201d)]$/.test(trimmed);
}

function splitLines(source: DocumentText): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  if (source.indexOf('\r') < 0) {
    // The usual case, LF only: the native search is several times faster than a character loop.
    for (let end = source.indexOf('\n'); end >= 0; end = source.indexOf('\n', start)) {
      lines.push({ start, end });
      start = end + 1;
    }
  } else {
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || c === 13) {
        lines.push({ start, end: i });
        if (c === 13 && source.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
      }
    }
  }
  lines.push({ start, end: source.length });
  return lines;
}
