// Edits that add a paragraph to a whole document (a disclosure at the top, advice at the
// end), written in the document's own language: a Markdown or plain-text paragraph after a
// blank line, an HTML <p> inside <body>. Shared by the document rules that offer them.

import { openSkippedElementsAtEnd } from '../../engine/html.js';
import { parseDocument } from '../../engine/document.js';
import { planMarkdownChunks } from '../../engine/markdown-chunks.js';
import type { LintDocument } from '../../engine/document.js';
import type { DocumentText } from '../../engine/text.js';
import type { DocumentLanguage, TextEdit } from '../../engine/types.js';

/** Makes text safe to insert into the language (HTML needs its special characters escaped). */
export function escapeFor(language: DocumentLanguage, text: string): string {
  if (language === 'html') return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // In Markdown a leading "#", ">", "-", "+", "*" or "1." would turn the sentence into a heading, quote or list.
  if (language === 'markdown') return text.replace(/^(\s*)([#>+*-]|\d+[.)])/, (_, space: string, marker: string) => `${space}${marker.replace(/^(\d+)?(.)$/, '$1\\$2')}`);
  return text;
}

/** Adds a paragraph at the end of the document (in HTML: before </body>, or </html>). */
export function appendParagraph(document: LintDocument, paragraph: string): TextEdit {
  const { text, language } = document;
  if (language === 'html') {
    // Searched with regular expressions: read as one string (HTML is parsed whole on every lint anyway).
    const whole = text.toString();
    const html = `<p>${escapeFor(language, paragraph)}</p>\n`;
    const close = lastIndexOfTag(whole, /<\/body\s*>/gi) ?? lastIndexOfTag(whole, /<\/html\s*>/gi);
    const at = close ?? whole.length;
    // After an unclosed <script>, <pre> or <textarea>, everything is that element's content:
    // close it first, or the paragraph would not be prose (and a re-lint would add it again).
    const closing = openSkippedElementsAtEnd(whole.slice(0, at))
      .reverse()
      .map((name) => `</${name}>`)
      .join('');
    if (close !== undefined) return { start: close, end: close, newText: `${closing}${html}` };
    const separator = whole.length === 0 || whole.endsWith('\n') || closing ? '' : '\n';
    return { start: whole.length, end: whole.length, newText: `${closing}${separator}${html}` };
  }
  // This runs on every lint of a document without advice: it reads the text's end and one
  // search, not a copy of it (a document being edited is kept in pieces, rules/engine/text.ts).
  // The white space at the end, found from the end (a regular expression would try every offset).
  let start = text.length;
  while (start > 0 && /\s/.test(String.fromCharCode(text.charCodeAt(start - 1)))) start--;
  const newline = text.indexOf('\r\n') >= 0 ? '\r\n' : '\n';
  // Keep the text's final newline (if any) after the new paragraph.
  const ending = text.slice(start).includes('\n') ? newline : '';
  const separator = start === 0 ? '' : newline + newline;
  const plain = { start, end: text.length, newText: `${separator}${escapeFor(language, paragraph)}${ending}` };
  if (language !== 'markdown' || endsWithProse(text, plain, paragraph)) return plain;
  // The end of the document is inside something that is not prose: in practice a fenced code
  // block left open, which runs to the end of a Markdown file. Close it first: with the fence
  // a line scan finds open at the end, else the longest fence of either kind (the scan does not
  // know containers: a fence line inside an HTML block or a list item is no top-level fence).
  const whole = text.toString();
  const fence = openFenceAtEnd(whole);
  const candidates = [...(fence ? [fence] : []), '`'.repeat(Math.max(3, longestFenceRun(whole, '`'))), '~'.repeat(Math.max(3, longestFenceRun(whole, '~')))];
  for (const closer of candidates) {
    const closed = { ...plain, newText: `${newline}${closer}${plain.newText}` };
    if (endsWithProse(text, closed, paragraph)) return closed;
  }
  return plain;
}

/** The longest run of `char` (a fence character) that opens a line, after up to three spaces. */
function longestFenceRun(text: string, char: string): number {
  let longest = 0;
  const pattern = char === '`' ? /^ {0,3}(`{3,})/gm : /^ {0,3}(~{3,})/gm;
  for (const match of text.matchAll(pattern)) longest = Math.max(longest, match[1].length);
  return longest;
}

/**
 * Adds a paragraph at the top of the document's prose: after the title when the first block
 * is a heading, else before the first block (front matter and any markup before the first
 * prose stay first).
 */
export function prependParagraph(document: LintDocument, paragraph: string): TextEdit {
  const { text, language, blocks } = document;
  const first = blocks[0];
  const newline = text.indexOf('\r\n') >= 0 ? '\r\n' : '\n';
  if (language === 'html') {
    // Searched with regular expressions: read as one string (HTML is parsed whole on every lint anyway).
    const whole = text.toString();
    const html = `<p>${escapeFor(language, paragraph)}</p>`;
    if (first?.kind === 'heading') {
      const closing = /<\/h[1-6]\s*>/gi;
      closing.lastIndex = first.sourceEnd;
      const match = closing.exec(whole);
      if (match) return { start: match.index + match[0].length, end: match.index + match[0].length, newText: `${newline}${html}` };
    }
    const body = /<body\b[^>]*>/i.exec(whole);
    if (body && (!first || body.index < first.sourceStart)) return { start: body.index + body[0].length, end: body.index + body[0].length, newText: `${newline}${html}` };
    const at = first ? startOfLeadingTags(whole, first.sourceStart) : 0;
    return { start: at, end: at, newText: `${html}${newline}` };
  }
  paragraph = escapeFor(language, paragraph);
  if (!first) return { start: 0, end: 0, newText: `${paragraph}${newline}${newline}` };
  if (first.kind === 'heading') {
    let lineEnd = endOfLine(text, first.sourceEnd);
    // A setext heading is underlined on the next line.
    const next = endOfLine(text, lineEnd + newlineLength(text, lineEnd));
    if (language === 'markdown' && /^ {0,3}(=+|-+)[ \t]*$/.test(text.slice(lineEnd + newlineLength(text, lineEnd), next))) lineEnd = next;
    return { start: lineEnd, end: lineEnd, newText: `${newline}${newline}${paragraph}` };
  }
  const lineStart = startOfLine(text, first.sourceStart);
  return { start: lineStart, end: lineStart, newText: `${paragraph}${newline}${newline}` };
}

/** Whether, after the edit, the document's last prose block holds the inserted paragraph. */
function endsWithProse(text: DocumentText, edit: TextEdit, paragraph: string): boolean {
  // Made as pieces: no copy of the whole text.
  const edited = text.edited([edit]);
  // Top-level chunks parse alone as they parse in the document, and the last one decides what
  // the end of the document is: parsing it alone keeps this cheap (it runs on every lint of a
  // document without advice). A chunk that could open front matter is parsed in place.
  const starts = planMarkdownChunks(edited);
  const from = starts?.[starts.length - 1] ?? 0;
  const tail = edited.slice(from);
  const blocks = parseDocument(from > 0 && !/^(?:---|\+\+\+)/.test(tail) ? tail : edited, 'markdown').blocks;
  const last = blocks[blocks.length - 1];
  return last !== undefined && last.text.includes(paragraph.trim().slice(0, 40));
}

/** The fence that would close a fenced code block still open at the end of the text, if any. */
function openFenceAtEnd(text: string): string | undefined {
  let open: { char: string; length: number } | undefined;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!match) continue;
    const marker = match[1];
    if (!open) {
      // A backtick fence's info string may not contain a backtick.
      if (marker[0] === '`' && match[2].includes('`')) continue;
      open = { char: marker[0], length: marker.length };
    } else if (marker[0] === open.char && marker.length >= open.length && match[2].trim() === '') open = undefined;
  }
  return open ? open.char.repeat(open.length) : undefined;
}

function lastIndexOfTag(text: string, pattern: RegExp): number | undefined {
  let last: number | undefined;
  for (const match of text.matchAll(pattern)) last = match.index;
  return last;
}

/** Walks back from a prose start over the tags and white space right before it. */
function startOfLeadingTags(text: string, at: number): number {
  let start = at;
  for (;;) {
    let i = start;
    while (i > 0 && /\s/.test(text[i - 1])) i--;
    if (i > 0 && text[i - 1] === '>') {
      const open = text.lastIndexOf('<', i - 1);
      if (open < 0 || /^<\/?(body|html|head)\b/i.test(text.slice(open)) || /^<!/.test(text.slice(open))) return start;
      start = open;
      continue;
    }
    return start;
  }
}

function startOfLine(text: DocumentText, offset: number): number {
  let i = offset;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

function endOfLine(text: DocumentText, offset: number): number {
  let i = offset;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

function newlineLength(text: DocumentText, offset: number): number {
  if (text.startsWith('\r\n', offset)) return 2;
  return offset < text.length ? 1 : 0;
}
