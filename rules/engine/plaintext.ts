// Plain text to prose blocks. Blank lines separate paragraphs. When the file is not
// hard-wrapped (some line is long), each line is its own block, because such files put a
// paragraph, a title or a list item on each line. Bare URLs are skipped and kept as links.

import { ProseBuilder, SKIPPED, type ProseBlock } from './prose.js';
import { normaliseProse } from './align.js';
import { detachedCopy } from './strings.js';

const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'\u201c\u201d\u2018\u2019]+/gi;
const LIST_MARKER = /^\s*(?:[-*\u2022]|\d{1,3}[.)])\s+/;
const HARD_WRAP_WIDTH = 100;

/** Blocks by their source text (built at offset 0), kept between parses of one document. */
export type PlainTextCache = Map<string, ProseBlock | null>;

export function parsePlainText(source: string, cache?: PlainTextCache): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const lines = splitLines(source);
  const oneBlockPerLine = lines.some((line) => line.end - line.start > HARD_WRAP_WIDTH);
  const used: PlainTextCache | undefined = cache ? new Map() : undefined;
  let paragraph: { start: number; end: number }[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) {
      const start = paragraph[0].start;
      const end = paragraph[paragraph.length - 1].end;
      let block: ProseBlock | null | undefined;
      if (cache && used) {
        // A block depends on its own text only: built once at offset 0, then moved.
        const text = source.slice(start, end);
        block = used.get(text) ?? cache.get(text);
        // A cached block must not keep the whole source text alive (strings.ts).
        if (block === undefined) block = buildBlock(detachedCopy(text), 0, text.length) ?? null;
        used.set(text, block);
        if (block) block = block.shifted(start);
      } else block = buildBlock(source, start, end);
      if (block) blocks.push(block);
    }
    paragraph = [];
  };
  for (const line of lines) {
    const text = source.slice(line.start, line.end);
    if (text.trim() === '') {
      flush();
      continue;
    }
    if (oneBlockPerLine || LIST_MARKER.test(text)) flush();
    paragraph.push(line);
    if (oneBlockPerLine) flush();
  }
  flush();
  if (cache && used) {
    cache.clear();
    for (const [text, block] of used) cache.set(text, block);
  }
  return blocks;
}

function buildBlock(source: string, start: number, end: number): ProseBlock | undefined {
  const builder = new ProseBuilder();
  const text = source.slice(start, end);
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

function splitLines(source: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i });
      if (c === 13 && source.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: source.length });
  return lines;
}
