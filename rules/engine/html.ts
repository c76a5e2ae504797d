// HTML to prose blocks, using htmlparser2's source indices. Block elements end a block;
// inline elements (a, em, span ...) stay inside it. Script, style, code and similar
// elements are not prose and are skipped.

import { Parser } from 'htmlparser2';
import { decodeHTMLAttribute, decodeHTMLStrict } from 'entities';
import { appendAligned } from './align.js';
import { parseDirective } from './directives.js';
import { ProseBuilder, SKIPPED, type ProseBlock } from './prose.js';
import type { BlockKind, Directive } from './types.js';

/** Elements whose content is not prose (code, scripts, forms ...). */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'var', 'template', 'noscript', 'svg', 'math', 'textarea', 'select', 'iframe', 'object', 'head']);
const INLINE_ELEMENTS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'del', 'ins', 'font', 'label', 'wbr']);
const VOID_REPLACED = new Set(['img', 'input', 'br', 'hr']);

export interface ParsedHtml {
  blocks: ProseBlock[];
  directives: Directive[];
}

/** Parses source[start, end) as HTML. `quoted`/`inList` describe the Markdown context it sits in. */
export function parseHtml(source: string, start = 0, end = source.length, outer: { quoted: boolean; inList: boolean } = { quoted: false, inList: false }): ParsedHtml {
  const blocks: ProseBlock[] = [];
  const directives: Directive[] = [];
  let builder = new ProseBuilder();
  let blockKind: BlockKind = 'paragraph';
  let headingDepth: number | undefined;
  let skipDepth = 0;
  let quoteDepth = 0;
  let listDepth = 0;
  const openLinks: { target: string; rel?: string; relValueRange?: { start: number; end: number }; openTag: { start: number; end: number }; textStart: number; proseStart: number }[] = [];

  const flush = (): void => {
    if (builder.length > 0 && /[^\s\uFFFC]/.test(builder.text)) {
      blocks.push(builder.build(blockKind, { quoted: outer.quoted || quoteDepth > 0, inList: outer.inList || listDepth > 0, headingDepth }));
    }
    builder = new ProseBuilder();
    blockKind = 'paragraph';
    headingDepth = undefined;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tagStart = start + parser.startIndex;
        const tagEnd = start + parser.endIndex + 1;
        if (skipDepth > 0 || SKIPPED_ELEMENTS.has(name)) {
          if (SKIPPED_ELEMENTS.has(name)) {
            if (skipDepth === 0) builder.appendReplacement(tagStart, tagStart, SKIPPED);
            skipDepth++;
          }
          return;
        }
        if (name === 'a') {
          openLinks.push({
            target: decodeHTMLAttribute(attributes.href ?? ''),
            rel: attributes.rel,
            relValueRange: attributes.rel === undefined ? undefined : attributeValueRange(source, tagStart, tagEnd, 'rel'),
            openTag: { start: tagStart, end: tagEnd },
            textStart: tagEnd,
            proseStart: builder.length,
          });
          return;
        }
        if (INLINE_ELEMENTS.has(name)) return;
        if (VOID_REPLACED.has(name)) {
          builder.appendSeparator(tagStart);
          return;
        }
        flush();
        if (/^h[1-6]$/.test(name)) {
          blockKind = 'heading';
          headingDepth = Number(name[1]);
        } else if (name === 'li' || name === 'dd' || name === 'dt') blockKind = 'listItem';
        else if (name === 'td' || name === 'th') blockKind = 'tableCell';
        if (name === 'blockquote') quoteDepth++;
        if (name === 'ul' || name === 'ol' || name === 'li') listDepth++;
      },
      onclosetag(name, isImplied) {
        const tagStart = start + parser.startIndex;
        const tagEnd = isImplied ? tagStart : start + parser.endIndex + 1;
        if (SKIPPED_ELEMENTS.has(name) && skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'a') {
          const link = openLinks.pop();
          if (link) {
            const text = builder.text.slice(link.proseStart).trim();
            builder.links.push({
              kind: 'html',
              target: link.target,
              text,
              range: { start: link.openTag.start, end: tagEnd },
              textRange: { start: link.textStart, end: tagStart },
              openTag: link.openTag,
              rel: link.rel,
              relValueRange: link.relValueRange,
            });
          }
          return;
        }
        if (INLINE_ELEMENTS.has(name) || VOID_REPLACED.has(name)) return;
        flush();
        if (name === 'blockquote' && quoteDepth > 0) quoteDepth--;
        if ((name === 'ul' || name === 'ol' || name === 'li') && listDepth > 0) listDepth--;
      },
      ontext(text) {
        if (skipDepth > 0) return;
        const textStart = start + parser.startIndex;
        const textEnd = start + parser.endIndex + 1;
        appendAligned(builder, decodeReferences(text), source, textStart, textEnd);
      },
      oncomment(comment) {
        const range = { start: start + parser.startIndex, end: start + parser.endIndex + 1 };
        const directive = parseDirective(comment, range);
        if (directive) directives.push(directive);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(source.slice(start, end));
  parser.end();
  flush();
  return { blocks, directives };
}

function decodeReferences(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

/** Where the value of an attribute sits in source[tagStart, tagEnd) (quotes excluded). */
export function attributeValueRange(source: string, tagStart: number, tagEnd: number, name: string): { start: number; end: number } | undefined {
  const tag = source.slice(tagStart, tagEnd);
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'id').exec(tag);
  if (!match?.indices) return undefined;
  const value = match.indices[1] ?? match.indices[2] ?? match.indices[3];
  return value ? { start: tagStart + value[0], end: tagStart + value[1] } : undefined;
}

/**
 * Elements whose content is not prose and that are still open at the end of `source`,
 * innermost last: text added after them would be swallowed (and a fix adding prose there
 * would not take effect).
 */
export function openSkippedElementsAtEnd(source: string): string[] {
  const open: string[] = [];
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED_ELEMENTS.has(name)) open.push(name);
      },
      onclosetag(name) {
        const at = open.lastIndexOf(name);
        if (at >= 0) open.splice(at, 1);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(source);
  // No parser.end(): that would close the open elements for us.
  return open;
}
