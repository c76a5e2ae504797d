// Aligns a parser's decoded text with the source it came from, so that every prose character
// maps back to the exact source characters: escapes (`\*`), character references (`&amp;`),
// and container prefixes a parser strips at line starts (`> `, list indentation).

import { decodeHTMLStrict } from 'entities';
import type { ProseBuilder } from './prose.js';

const AMPERSAND = 0x26;
const BACKSLASH = 0x5c;
const CHARACTER_REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/** Appends `value` (decoded text) to the builder, mapped onto source[sourceStart, sourceEnd). */
export function appendAligned(builder: ProseBuilder, value: string, source: string, sourceStart: number, sourceEnd: number): void {
  // The usual case: the parser decoded nothing and dropped nothing, so the text maps one for one.
  if (value.length === sourceEnd - sourceStart && source.startsWith(value, sourceStart)) {
    builder.appendSource(sourceStart, normaliseProse(value));
    return;
  }
  let v = 0;
  let s = sourceStart;
  let runStart = -1; // start of the current one-for-one run in value
  let runSource = -1;
  const flushRun = (): void => {
    if (runStart >= 0) {
      builder.appendSource(runSource, normaliseProse(value.slice(runStart, v)));
      runStart = -1;
    }
  };
  while (v < value.length && s < sourceEnd) {
    const vc = value.charCodeAt(v);
    const sc = source.charCodeAt(s);
    if (sc === AMPERSAND) {
      // A character reference decodes to what the parser put in value; checked before the
      // plain comparison because "&amp;" also starts with the "&" it decodes to.
      const reference = CHARACTER_REFERENCE.exec(source.slice(s, Math.min(sourceEnd, s + 40)));
      if (reference) {
        const decoded = decodeHTMLStrict(reference[0]);
        if (decoded.length > 0 && decoded !== reference[0] && value.startsWith(decoded, v)) {
          flushRun();
          builder.appendReplacement(s, s + reference[0].length, decoded);
          v += decoded.length;
          s += reference[0].length;
          continue;
        }
      }
    }
    if (vc === sc) {
      if (runStart < 0) {
        runStart = v;
        runSource = s;
      }
      v++;
      s++;
      continue;
    }
    flushRun();
    if (sc === BACKSLASH && source.charCodeAt(s + 1) === vc) {
      builder.appendReplacement(s, s + 2, value[v]);
      v++;
      s += 2;
      continue;
    }
    // Source characters the parser dropped (container markers, indentation): skip them.
    s++;
  }
  flushRun();
  if (v < value.length) {
    // Could not align the rest (should not happen); map it onto the end of the node.
    builder.appendReplacement(Math.min(s, sourceEnd), sourceEnd, normaliseProse(value.slice(v)));
  }
}

/** Line breaks and tabs inside a block are spaces to a reader; the length stays the same. */
export function normaliseProse(text: string): string {
  return text.replace(/[\r\n\t\f\v]/g, ' ');
}
