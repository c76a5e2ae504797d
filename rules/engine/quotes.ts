// Where a block's prose is inside quotation marks. In the engine because a sentence rule sees
// only a part of a long block (`ProseBlock.part`), and a quotation may open in an earlier
// sentence: the engine works the spans out on the whole block and hands each part its share.

import type { Range } from './types.js';

/**
 * Spans of a block's prose inside quotation marks. Curly double quotes pair by shape; straight
 * double quotes pair in order; a curly single quote opens only at the start of a word (so
 * apostrophes such as "kratom’s" or "kratom‘s" never open a quotation). An opening mark with
 * no closing mark quotes nothing.
 */
export function quotationSpans(text: string): readonly Range[] {
  // Most rules ask about the same block one after the other, and most blocks hold no quotation mark.
  if (text !== lastQuoted.text) lastQuoted = { text, spans: OPENING_QUOTE.test(text) ? Object.freeze(findQuotedSpans(text)) : NO_SPANS };
  return lastQuoted.spans;
}

const OPENING_QUOTE = /["\u201c\u2018]/;
const NO_SPANS: readonly Range[] = Object.freeze([]);
let lastQuoted: { text: string; spans: readonly Range[] } = { text: '', spans: NO_SPANS };

function findQuotedSpans(text: string): Range[] {
  const spans: Range[] = [];
  let open: { at: number; close: string } | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open) {
      if (c === open.close && (open.close !== '\u2019' || !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ''))) {
        spans.push({ start: open.at, end: i + 1 });
        open = undefined;
      }
      continue;
    }
    if (c === '\u201c') open = { at: i, close: '\u201d' };
    else if (c === '"') open = { at: i, close: '"' };
    else if (c === '\u2018' && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? '')) open = { at: i, close: '\u2019' };
  }
  return spans;
}
