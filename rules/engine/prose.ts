// Prose text with an exact map back to source offsets.
//
// A block's prose is assembled from pieces of the source. Most pieces are copied one for one
// (the characters may be normalised, e.g. a newline becomes a space, but the length stays).
// Markup that stands for something else (an entity, an escape, inline code, a URL) becomes a
// short replacement whose every character maps onto the whole source span it replaced.

import type { BlockKind, LinkInfo, Range } from './types.js';

/** Stands for skipped content (inline code, a URL) so that words on either side stay apart. */
export const SKIPPED = '\uFFFC';

export interface Segment {
  prose: number;
  proseLength: number;
  source: number;
  sourceLength: number;
}

export class ProseBuilder {
  /** The prose assembled so far. */
  text = '';
  private readonly segments: Segment[] = [];
  readonly links: LinkInfo[] = [];

  get length(): number {
    return this.text.length;
  }

  /** Copies source text of the same length (characters may be normalised, offsets may not move). */
  appendSource(sourceOffset: number, text: string): void {
    if (text.length === 0) return;
    const last = this.segments[this.segments.length - 1];
    if (
      last &&
      last.proseLength === last.sourceLength &&
      last.prose + last.proseLength === this.text.length &&
      last.source + last.sourceLength === sourceOffset
    ) {
      last.proseLength += text.length;
      last.sourceLength += text.length;
    } else {
      this.segments.push({ prose: this.text.length, proseLength: text.length, source: sourceOffset, sourceLength: text.length });
    }
    this.text += text;
  }

  /** Adds prose that stands for source[start, end) as a whole (an entity, an escape, a code span). */
  appendReplacement(sourceStart: number, sourceEnd: number, replacement: string): void {
    if (replacement.length === 0) return;
    this.segments.push({ prose: this.text.length, proseLength: replacement.length, source: sourceStart, sourceLength: sourceEnd - sourceStart });
    this.text += replacement;
  }

  /** Ensures the previous piece and the next one are separated by white space. */
  appendSeparator(sourceOffset: number): void {
    if (this.text.length > 0 && !/\s$/.test(this.text)) this.appendReplacement(sourceOffset, sourceOffset, ' ');
  }

  build(kind: BlockKind, context: BlockContext): ProseBlock {
    return new ProseBlock(kind, this.text, this.segments, this.links, context);
  }
}

export interface BlockContext {
  /** Inside a block quotation: the words are someone else's. */
  quoted: boolean;
  /** Part of a list item. */
  inList: boolean;
  /** Heading level 1-6 for headings. */
  headingDepth?: number;
}

export class ProseBlock {
  readonly sourceStart: number;
  readonly sourceEnd: number;
  /**
   * The block as first parsed; a moved copy (`shifted`) keeps it. Two blocks with the same
   * origin have the same shape, so caches can recognise a reused parse by identity alone.
   */
  readonly origin: ProseBlock;
  private movedLinks?: readonly LinkInfo[];

  constructor(
    readonly kind: BlockKind,
    readonly text: string,
    private readonly segments: readonly Segment[],
    private readonly ownLinks: readonly LinkInfo[],
    readonly context: BlockContext,
    origin?: ProseBlock,
    /**
     * Source offset added to every segment and link. A moved copy shares its original's
     * segments: an edit moves every block after it, and copying their maps on each keystroke
     * made garbage the lint worker then spent milliseconds collecting.
     */
    private readonly delta = 0,
    /** For a part of a block (`part`): the whole block's quotation spans within it. */
    readonly quotes?: readonly Range[],
  ) {
    const first = segments[0];
    const last = segments[segments.length - 1];
    this.sourceStart = first ? first.source + delta : 0;
    this.sourceEnd = last ? last.source + last.sourceLength + delta : 0;
    this.origin = origin ?? this;
  }

  /** Links in the block, in source offsets (moved on first use for a moved copy: few rules read them). */
  get links(): readonly LinkInfo[] {
    if (this.delta === 0 || this.ownLinks.length === 0) return this.ownLinks;
    return (this.movedLinks ??= this.ownLinks.map((link) => shiftLink(link, this.delta)));
  }

  /**
   * True when the other block would give every rule the same results, moved by the difference
   * of their source starts: same prose, kind, context, prose-to-source map and links. (The
   * source text alone does not say this: markup before a block's first character, such as an
   * opening `*`, changes its prose.)
   */
  sameShape(other: ProseBlock): boolean {
    if (this.origin === other.origin) return true;
    if (this.text !== other.text || this.kind !== other.kind || this.segments.length !== other.segments.length || this.ownLinks.length !== other.ownLinks.length) return false;
    if (this.context.quoted !== other.context.quoted || this.context.inList !== other.context.inList || this.context.headingDepth !== other.context.headingDepth) return false;
    const delta = other.sourceStart - this.sourceStart;
    for (let i = 0; i < this.segments.length; i++) {
      const a = this.segments[i];
      const b = other.segments[i];
      if (a.prose !== b.prose || a.proseLength !== b.proseLength || a.sourceLength !== b.sourceLength || a.source + this.delta + delta !== b.source + other.delta) return false;
    }
    if (!sameRanges(this.quotes, other.quotes)) return false;
    if (this.ownLinks.length === 0) return true;
    return JSON.stringify(this.links.map((link) => shiftLink(link, delta))) === JSON.stringify(other.links);
  }

  /**
   * The part of the block from prose offset `start` to `end` as a block of its own (prose
   * offsets from 0, source offsets unchanged), with the links that overlap it: what a sentence
   * rule sees of a long block. `quotes` are the whole block's quotation spans (see
   * `quotedSpans`), clipped to the part. Undefined when a boundary cuts a piece of prose that
   * stands for a longer stretch of source (an entity, a code span): no exact part exists.
   */
  part(start: number, end: number, quotes: readonly Range[]): ProseBlock | undefined {
    const segments: Segment[] = [];
    for (const segment of this.segments) {
      const segmentEnd = segment.prose + segment.proseLength;
      if (segmentEnd <= start || segment.prose >= end) continue;
      if (segment.prose >= start && segmentEnd <= end) {
        segments.push({ prose: segment.prose - start, proseLength: segment.proseLength, source: segment.source, sourceLength: segment.sourceLength });
        continue;
      }
      if (segment.proseLength !== segment.sourceLength) return undefined;
      const from = Math.max(start, segment.prose);
      const to = Math.min(end, segmentEnd);
      segments.push({ prose: from - start, proseLength: to - from, source: segment.source + (from - segment.prose), sourceLength: to - from });
    }
    if (segments.length === 0) return undefined;
    const part = new ProseBlock(this.kind, this.text.slice(start, end), segments, [], this.context, undefined, this.delta);
    const links = this.links.filter((link) => link.range.start < part.sourceEnd && part.sourceStart < link.range.end);
    const clipped: Range[] = [];
    for (const span of quotes) if (span.start < end && start < span.end) clipped.push({ start: Math.max(span.start, start) - start, end: Math.min(span.end, end) - start });
    // The links are already in source offsets: the part adds no delta to them.
    return new ProseBlock(this.kind, part.text, segments, links.map((link) => shiftLink(link, -this.delta)), this.context, undefined, this.delta, clipped);
  }

  /** The same block moved by `delta` source offsets (for a block parsed on its own and placed in a document). */
  shifted(delta: number): ProseBlock {
    if (delta === 0) return this;
    return new ProseBlock(this.kind, this.text, this.segments, this.ownLinks, this.context, this.origin, this.delta + delta, this.quotes);
  }

  /** The prose-to-source map in source offsets: what two parses of a block are compared by. */
  sourceMap(): Segment[] {
    return this.segments.map((segment) => ({ ...segment, source: segment.source + this.delta }));
  }

  /** Maps a prose offset to a source offset. `side` decides where an offset inside a replacement lands. */
  toSource(proseOffset: number, side: 'start' | 'end'): number {
    const segments = this.segments;
    if (segments.length === 0) return 0;
    let low = 0;
    let high = segments.length - 1;
    // Last segment whose prose start is <= offset (for 'end', strictly < so that an end offset
    // sitting on a boundary belongs to the piece before it).
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      const start = segments[mid].prose;
      if (side === 'start' ? start <= proseOffset : start < proseOffset) low = mid;
      else high = mid - 1;
    }
    const segment = segments[low];
    const source = segment.source + this.delta;
    const delta = proseOffset - segment.prose;
    if (segment.proseLength === segment.sourceLength) {
      return source + Math.max(0, Math.min(delta, segment.sourceLength));
    }
    if (delta <= 0) return source;
    if (delta >= segment.proseLength) return source + segment.sourceLength;
    return side === 'start' ? source : source + segment.sourceLength;
  }

  /** Maps a prose range [start, end) to the source range it came from. */
  sourceRange(proseStart: number, proseEnd: number): Range {
    const start = this.toSource(proseStart, 'start');
    const end = proseEnd <= proseStart ? start : this.toSource(proseEnd, 'end');
    return { start, end: Math.max(start, end) };
  }

  /** True when the prose range was copied one for one, so an edit of it maps exactly onto the source. */
  isVerbatim(proseStart: number, proseEnd: number): boolean {
    let expectedProse = proseStart;
    let expectedSource = -1;
    for (const segment of this.segments) {
      const segmentEnd = segment.prose + segment.proseLength;
      if (segmentEnd <= proseStart || segment.proseLength === 0) continue;
      if (segment.prose >= proseEnd) break;
      if (segment.proseLength !== segment.sourceLength) return false;
      const overlapStart = Math.max(segment.prose, proseStart);
      if (overlapStart !== expectedProse) return false;
      const source = segment.source + this.delta + (overlapStart - segment.prose);
      if (expectedSource >= 0 && source !== expectedSource) return false;
      const overlapEnd = Math.min(segmentEnd, proseEnd);
      expectedProse = overlapEnd;
      expectedSource = source + (overlapEnd - overlapStart);
    }
    return expectedProse >= proseEnd;
  }
}

function sameRanges(a: readonly Range[] | undefined, b: readonly Range[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].start !== b[i].start || a[i].end !== b[i].end) return false;
  return true;
}

function shiftRange(range: Range, delta: number): Range {
  return { start: range.start + delta, end: range.end + delta };
}

function shiftLink(link: LinkInfo, delta: number): LinkInfo {
  const moved: LinkInfo = { ...link, range: shiftRange(link.range, delta), textRange: shiftRange(link.textRange, delta) };
  if (link.openTag) moved.openTag = shiftRange(link.openTag, delta);
  if (link.relValueRange) moved.relValueRange = shiftRange(link.relValueRange, delta);
  return moved;
}
