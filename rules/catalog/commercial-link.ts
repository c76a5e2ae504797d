// commercial-link: affiliate, tracking and sales links, and sales calls to action left in
// running text. Health information that quietly earns money from what it recommends is
// advertising (FTC 16 CFR Part 255); readers deserve to know, and editors want such links
// out of editorial copy. Detection lives in ./links/commercial.ts, shared with
// missing-affiliate-disclosure.

import type { BlockRule, RuleContext } from '../engine/rule.js';
import type { ProseBlock } from '../engine/prose.js';
import type { Fix, Range } from '../engine/types.js';
import { escapeFor } from './links/document-edits.js';
import { callsToActionIn, commercialLinksIn, disclosesCommercialRelationship, type CallToAction, type CommercialLink } from './links/commercial.js';

export const commercialLink: BlockRule = {
  meta: {
    id: 'commercial-link',
    description: 'Affiliate, tracking or sales links, and sales calls to action in running text.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
  },
  scope: 'block',
  check({ block, sentences }, context) {
    // A disclosure in the same paragraph already tells the reader; a link marked
    // rel="sponsored" has been labelled as paid by its author.
    if (block.links.length > 0 && !disclosesCommercialRelationship(block, sentences, context.settings)) {
      const insertionPoint = paragraphInsertionPoint(block);
      for (const found of commercialLinksIn(block, context.settings)) {
        if (!found.markedSponsored) reportLink(block, found, insertionPoint, context);
      }
    }
    if (!block.context.quoted) {
      for (const call of callsToActionIn(block, sentences, context.settings)) reportCallToAction(block, call, context);
    }
  },
};

function reportLink(block: ProseBlock, found: CommercialLink, insertionPoint: number, context: RuleContext): void {
  const { link } = found;
  const fixes: Fix[] = [];
  const suggestions: Fix[] = [];
  const hasMarkup = link.kind === 'inline' || link.kind === 'reference' || link.kind === 'html';
  if (link.kind === 'html' && link.openTag) {
    const sponsored = markSponsored(found);
    if (sponsored) fixes.push(sponsored);
  }
  if (hasMarkup && !found.promotionalAnchor && link.textRange.end > link.textRange.start) {
    fixes.push({
      title: 'Remove the link, keep its text',
      edits: [
        { start: link.range.start, end: link.textRange.start, newText: '' },
        { start: link.textRange.end, end: link.range.end, newText: '' },
      ],
    });
  }
  suggestions.push({
    title: 'Insert a disclosure at the start of this paragraph',
    edits: [{ start: insertionPoint, end: insertionPoint, newText: `${escapeFor(context.language, context.settings.disclosureText)} ` }],
  });
  suggestions.push({
    title: hasMarkup && link.textRange.end > link.textRange.start ? 'Delete the link and its text' : 'Delete the link',
    edits: [deletionOfLink(block, link.range)],
  });
  const labels = found.reasons.map((reason) => reason.label).join(', ');
  context.report({
    start: link.range.start,
    end: link.range.end,
    message: `Commercial link (${labels}). Links that earn the publisher money or sell a product must be disclosed to readers (FTC 16 CFR Part 255); unmarked, they make health information read as advertising.`,
    fixes,
    suggestions,
  });
}

function reportCallToAction(block: ProseBlock, call: CallToAction, context: RuleContext): void {
  const phrase = block.text.slice(call.start, call.end);
  const range = block.sourceRange(call.start, call.end);
  const suggestions: Fix[] = [];
  let message: string;
  if (call.kind === 'stripped-anchor' && call.noun) {
    message = `Call to action '${phrase}' does not fit the sentence: it reads like the anchor text of a sales link left behind when the link was removed. Sales copy inside health information misleads readers; keep only the noun.`;
    const noun = block.text.slice(call.noun.start, call.noun.end);
    if (block.isVerbatim(call.start, call.noun.start)) {
      suggestions.push({ title: `Replace '${phrase}' with '${noun}'`, edits: [{ ...block.sourceRange(call.start, call.noun.start), newText: '' }] });
    }
  } else if (call.kind === 'sales-imperative' && call.signals) {
    message = `Call to action '${phrase}' in running text: it asks the reader to buy, with ${joinSignals(call.signals)}. That is sales copy, not health information, and readers are not told it is advertising (FTC 16 CFR Part 255; CAP Code rule 2.1).`;
  } else {
    message = `Call to action '${phrase}' in running text: it is sales copy, not health information, and readers are not told it is advertising (FTC 16 CFR Part 255).`;
  }
  const sentence = sentenceDeletion(block, call.sentence);
  if (sentence) suggestions.push({ title: 'Delete the sentence with the call to action', edits: [sentence] });
  context.report({ ...range, message, suggestions });
}

/** "a price '$29' and a discount '40% off'" */
function joinSignals(signals: readonly string[]): string {
  return signals.length <= 1 ? signals.join('') : `${signals.slice(0, -1).join(', ')} and ${signals[signals.length - 1]}`;
}

/** Adds "sponsored nofollow" to the rel attribute of an HTML link, keeping its other values. */
function markSponsored(found: CommercialLink): Fix | undefined {
  const { link } = found;
  if (!link.openTag) return undefined;
  const title = 'Mark the link as paid: rel="sponsored nofollow"';
  if (link.rel === undefined) {
    // Before the closing ">" of the opening tag.
    const at = link.openTag.end - 1;
    return { title, edits: [{ start: at, end: at, newText: ' rel="sponsored nofollow"' }] };
  }
  if (!link.relValueRange) return undefined;
  const values = link.rel.split(/\s+/).filter((value) => value !== '');
  const lower = values.map((value) => value.toLowerCase());
  for (const added of ['sponsored', 'nofollow']) if (!lower.includes(added)) values.push(added);
  return { title, edits: [{ ...link.relValueRange, newText: values.join(' ') }] };
}

/**
 * Where a sentence can go in front of the paragraph's prose: before its first character, or
 * before a link that opens the paragraph (so the text does not land inside the link).
 */
function paragraphInsertionPoint(block: ProseBlock): number {
  let at = block.sourceStart;
  for (const link of block.links) at = Math.min(at, link.range.start);
  return at;
}

/**
 * Deletes a link together with the white space before it, so no double space is left. The
 * whole run goes: prose shows a line break as a space, and taking one character of a CRLF
 * would leave half a line break behind.
 */
function deletionOfLink(block: ProseBlock, range: Range): { start: number; end: number; newText: string } {
  // The first prose offset at or after the link (source offsets grow with prose offsets).
  let low = 0;
  let high = block.text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (block.toSource(mid, 'start') < range.start) low = mid + 1;
    else high = mid;
  }
  let spaceStart = low;
  while (spaceStart > 0 && /\s/.test(block.text[spaceStart - 1])) spaceStart--;
  if (spaceStart < low && block.isVerbatim(spaceStart, low)) {
    const space = block.sourceRange(spaceStart, low);
    if (space.end === range.start) return { start: space.start, end: range.end, newText: '' };
  }
  return { start: range.start, end: range.end, newText: '' };
}

/** Deletes a sentence with the white space after it (or before it, at the end of a block). */
function sentenceDeletion(block: ProseBlock, sentence: Range): { start: number; end: number; newText: string } | undefined {
  let start = sentence.start;
  let end = sentence.end;
  while (end < block.text.length && /\s/.test(block.text[end])) end++;
  if (end === block.text.length) while (start > 0 && /\s/.test(block.text[start - 1])) start--;
  if (!block.isVerbatim(start, end)) return undefined;
  return { ...block.sourceRange(start, end), newText: '' };
}
