// Markdown to prose blocks with micromark's exact positions (via mdast-util-from-markdown).
// Code, front matter, definitions and URLs are skipped; links keep their anchor text;
// raw HTML blocks go through the HTML parser; HTML comments may hold suppression directives.

import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import type { Nodes, Parents, PhrasingContent, Root } from 'mdast';
import { appendAligned } from './align.js';
import { parseDirective } from './directives.js';
import { attributeValueRange, parseHtml } from './html.js';
import { ProseBuilder, SKIPPED, type ProseBlock } from './prose.js';
import { plainHeadingOf, plainPiecesOf, planMarkdownChunks } from './markdown-chunks.js';
import { detachedCopy, UnchangedPieces } from './strings.js';
import { DocumentText } from './text.js';
import type { BlockKind, Directive, LinkInfo } from './types.js';

const micromarkExtensions = [gfm(), frontmatter(['yaml', 'toml'])];
const mdastExtensions = [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])];

export interface ParsedMarkdown {
  blocks: ProseBlock[];
  directives: Directive[];
}

/**
 * Parse results of top-level Markdown chunks, by chunk text, kept between parses of one
 * document so that an edit re-parses only the chunk it touched.
 */
export type MarkdownChunkCache = Map<string, ChunkParse>;

export interface ChunkParse {
  /** Blocks and directives with offsets relative to the chunk's start. */
  readonly blocks: readonly ProseBlock[];
  readonly directives: readonly Directive[];
  /** Reference and footnote definitions the chunk holds, in order. */
  readonly definitions: readonly DefinitionFact[];
  /** For a chunk that may use references: the definitions it was parsed with. */
  readonly definedWith?: string;
}

interface DefinitionFact {
  footnote: boolean;
  /** Label as written, to define it again in front of a chunk parsed on its own. */
  label: string;
  /** Normalised label (how references find it). */
  key: string;
  url: string;
}

interface Context {
  quoted: boolean;
  inList: boolean;
}

const PLAIN_CONTEXT = { quoted: false, inList: false };
const FIRST_CHUNK = '\u0000first\u0000';

export function parseMarkdown(text: string | DocumentText, cache?: MarkdownChunkCache): ParsedMarkdown {
  const source = DocumentText.of(text);
  const previous = cache ? lastLayouts.get(cache) : undefined;
  // Chunk objects of the last layout are reused below; if this parse throws, none is trusted.
  if (cache) lastLayouts.delete(cache);
  const starts = planMarkdownChunks(source, previous);
  // Not cut into chunks: micromark reads the whole text as one string.
  if (!starts) return parseWhole(source.toString());
  const unchanged = previous ? new UnchangedPieces(previous.source, previous.chunks, source) : undefined;
  const chunks: LaidOutChunk[] = new Array(starts.length);
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index];
    const end = index + 1 < starts.length ? contentEndBefore(source, starts[index + 1]) : source.length;
    // A chunk the edit did not touch keeps its earlier string and parse: nothing to slice or hash.
    // The first chunk is parsed as a document's start (front matter): it never swaps with another.
    const found = unchanged?.find(start, end);
    if (found && (found.start === 0) === (start === 0)) {
      // Moved by the edit: its blocks move with it (made again below).
      if (found.start !== start) {
        found.start = start;
        found.blocks = undefined;
      }
      chunks[index] = found;
    } else chunks[index] = { start, text: source.slice(start, end) };
  }

  // The first chunk parses differently (front matter may open a document): its own key.
  const keyOf = (index: number): string => (index === 0 ? FIRST_CHUNK + chunks[0].text : chunks[index].text);
  // A chunk parsed now is cached: it must not keep the whole source text alive (strings.ts).
  const detach = (index: number): string => (chunks[index].text = detachedCopy(chunks[index].text));
  const results: (ChunkParse | undefined)[] = new Array(chunks.length);
  const unparsed: number[] = [];
  let fromCache = false;
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index];
    if (chunk.result) {
      results[index] = chunk.result;
      continue;
    }
    const known = cache?.get(keyOf(index));
    if (known) fromCache = true;
    // Copied either way: the next parse may carry this text over (UnchangedPieces), and a slice
    // would keep this whole version of the document alive with it.
    detach(index);
    results[index] = known ?? plainParse(chunk.text);
    if (!results[index]) unparsed.push(index);
  }
  let definitions = definitionsOf(results);
  if (unparsed.length > 0) {
    // The known chunks' definitions go in front: the new chunks hold their own.
    const parsed = parseChunks(unparsed.map((index) => chunks[index].text), definitions, unparsed[0] === 0);
    unparsed.forEach((index, i) => (results[index] = { blocks: [], directives: [], definitions: parsed[i].definitions }));
    definitions = definitionsOf(results);
    const signature = signatureOf(definitions);
    const targets = targetsOf(definitions);
    unparsed.forEach((index, i) => (results[index] = walkChunk(parsed[i], chunks[index].text, targets, signature)));
  }
  // Chunks parsed earlier with other definitions than the document has now.
  const signature = signatureOf(definitions);
  const stale: number[] = [];
  for (let index = 0; index < results.length; index++) {
    const definedWith = results[index]!.definedWith;
    if (definedWith !== undefined && definedWith !== signature) stale.push(index);
  }
  if (stale.length > 0) {
    stale.forEach(detach);
    const parsed = parseChunks(stale.map((index) => chunks[index].text), definitions, stale[0] === 0);
    const targets = targetsOf(definitions);
    stale.forEach((index, i) => (results[index] = walkChunk(parsed[i], chunks[index].text, targets, signature)));
  }

  // The cache by chunk text gains the chunks parsed now; it is rebuilt from the live chunks
  // only when entries of old texts pile up (or were used: they may be old texts again).
  const rebuild = cache !== undefined && (fromCache || stale.length > 0 || cache.size > chunks.length + Math.max(16, chunks.length / 4));
  if (rebuild) cache.clear();
  const blocks: ProseBlock[] = [];
  const directives: Directive[] = [];
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index];
    const result = results[index]!;
    const { start } = chunk;
    if (cache && (rebuild || chunk.result !== result)) cache.set(keyOf(index), result);
    // Blocks the last parse already placed at this offset are the same objects again.
    if (chunk.result !== result || !chunk.blocks) chunk.blocks = result.blocks.map((block) => block.shifted(start));
    chunk.result = result;
    for (const block of chunk.blocks) blocks.push(block);
    for (const directive of result.directives) directives.push(start === 0 ? directive : { ...directive, range: { start: directive.range.start + start, end: directive.range.end + start } });
  }
  if (cache) lastLayouts.set(cache, { source, chunks });
  return { blocks, directives };
}

/** A chunk of the last layout; one the next edit leaves alone is carried over (and moved) in place. */
interface LaidOutChunk {
  start: number;
  text: string;
  result?: ChunkParse;
  /** The result's blocks moved to `start`. */
  blocks?: readonly ProseBlock[];
}

/** The last parse of a document: its text and how it was cut into chunks. */
interface ChunkLayout {
  source: DocumentText;
  chunks: readonly LaidOutChunk[];
}

const lastLayouts = new WeakMap<MarkdownChunkCache, ChunkLayout>();



/** End of the last non-blank line before `next` (line ending excluded, trailing spaces kept). */
function contentEndBefore(source: DocumentText, next: number): number {
  let end = next;
  for (let code = source.charCodeAt(end - 1); end > 0 && (code === 32 || code === 9 || code === 10 || code === 13); code = source.charCodeAt(end - 1)) end--;
  while (end < next && source.charCodeAt(end) !== 10 && source.charCodeAt(end) !== 13) end++;
  return end;
}

/**
 * A chunk that is one plain heading, or plain paragraphs and bulleted list items (see
 * `plainPiecesOf`), needs no parser: each paragraph's prose is its text.
 */
function plainParse(text: string): ChunkParse | undefined {
  const heading = plainHeadingOf(text);
  if (heading) {
    const builder = new ProseBuilder();
    appendAligned(builder, text.slice(heading.textStart), text, heading.textStart, text.length);
    return { blocks: [builder.build('heading', { quoted: false, inList: false, headingDepth: heading.depth })], directives: [], definitions: [] };
  }
  const pieces = plainPiecesOf(text);
  if (!pieces) return undefined;
  const blocks = pieces.map(({ start, end, inList }) => {
    const builder = new ProseBuilder();
    appendAligned(builder, text.slice(start, end), text, start, end);
    return builder.build('paragraph', { quoted: false, inList, headingDepth: undefined });
  });
  return { blocks, directives: [], definitions: [] };
}

function definitionsOf(results: readonly (ChunkParse | undefined)[]): DefinitionFact[] {
  const definitions: DefinitionFact[] = [];
  for (const result of results) if (result) definitions.push(...result.definitions);
  return definitions;
}

function signatureOf(definitions: readonly DefinitionFact[]): string {
  return definitions.length === 0 ? '' : JSON.stringify(definitions.map((definition) => [definition.footnote, definition.key, definition.url]));
}

/** Link targets by normalised label; the first definition of a label wins. */
function targetsOf(definitions: readonly DefinitionFact[]): Map<string, string> {
  const targets = new Map<string, string>();
  for (const definition of definitions) if (!definition.footnote && !targets.has(definition.key)) targets.set(definition.key, definition.url);
  return targets;
}

interface ParsedChunk {
  nodes: Nodes[];
  /** Where the chunk sits in the text micromark parsed. */
  offset: number;
  definitions: DefinitionFact[];
}

/**
 * Parses several chunks with one micromark run (a run has a fixed cost): the chunks joined by
 * blank lines, after the given definitions so that references resolve as in the document.
 */
function parseChunks(texts: readonly string[], definitions: readonly DefinitionFact[], firstStartsDocument: boolean): ParsedChunk[] {
  // A thematic break first keeps a chunk that does not open the document from being read as
  // front matter; definitions follow so that references resolve as in the document.
  let prefix = CHUNK_SEPARATOR.slice(2);
  for (const definition of definitions) {
    const label = /[\r\n]/.test(definition.label) ? definition.key : definition.label;
    prefix += definition.footnote ? `[^${label}]: x\n\n` : `[${label}]: x\n\n`;
  }
  if (firstStartsDocument && definitions.length === 0) return parseBatch(texts, '', '');
  if (firstStartsDocument) {
    // The document's first chunk must start the text micromark sees (front matter); the
    // definitions go after it (it is not the last chunk, so it leaves nothing open).
    const [first] = parseBatch([texts[0]], '', definitions.length > 0 ? '\n\n' + prefix : '');
    return texts.length === 1 ? [first] : [first, ...parseBatch(texts.slice(1), prefix, '')];
  }
  return parseBatch(texts, prefix, '');
}

// Between chunks in one run: a thematic break ends any list the previous chunk left open,
// as the chunks' own lists would end if parsed apart (their items give the same prose).
const CHUNK_SEPARATOR = '\n\n***\n\n';

function parseBatch(texts: readonly string[], prefix: string, suffix: string): ParsedChunk[] {
  const parsed: (ParsedChunk & { end: number })[] = [];
  let offset = prefix.length;
  for (const text of texts) {
    parsed.push({ nodes: [], offset, end: offset + text.length, definitions: [] });
    offset += text.length + CHUNK_SEPARATOR.length;
  }
  const tree: Root = fromMarkdown(prefix + texts.join(CHUNK_SEPARATOR) + suffix, { extensions: micromarkExtensions, mdastExtensions });
  let index = 0;
  for (const node of tree.children) {
    const start = node.position?.start.offset ?? 0;
    while (index + 1 < parsed.length && start >= parsed[index + 1].offset) index++;
    // Definitions in front, separators and definitions after belong to no chunk.
    if (start < parsed[index].offset || start > parsed[index].end) continue;
    parsed[index].nodes.push(node);
  }
  parsed.forEach((chunk, i) => {
    if (texts[i].includes(']:')) for (const node of chunk.nodes) collectDefinitionFacts(node, chunk.definitions);
  });
  return parsed;
}

function walkChunk(parsed: ParsedChunk, text: string, targets: Map<string, string>, signature: string): ChunkParse {
  const blocks: ProseBlock[] = [];
  const directives: Directive[] = [];
  const walker = new BlockWalker(text, parsed.offset, targets, blocks, directives);
  for (const node of parsed.nodes) walker.walkBlock(node, PLAIN_CONTEXT);
  return { blocks, directives, definitions: parsed.definitions, definedWith: text.includes('[') ? signature : undefined };
}

/** The whole document in one micromark run: for documents the chunk planner cannot split, and as the reference in tests. */
export function parseWhole(source: string): ParsedMarkdown {
  const tree: Root = fromMarkdown(source, { extensions: micromarkExtensions, mdastExtensions });
  const facts: DefinitionFact[] = [];
  collectDefinitionFacts(tree, facts);
  const blocks: ProseBlock[] = [];
  const directives: Directive[] = [];
  new BlockWalker(source, 0, targetsOf(facts), blocks, directives).walkBlock(tree, PLAIN_CONTEXT);
  return { blocks, directives };
}

/** Turns block nodes into prose blocks. Node offsets minus `delta` are offsets into `source`. */
class BlockWalker {
  constructor(
    private readonly source: string,
    private readonly delta: number,
    private readonly definitions: Map<string, string>,
    private readonly blocks: ProseBlock[],
    private readonly directives: Directive[],
  ) {}

  /** Walks block nodes with an explicit stack: quotes and lists can nest thousands deep. */
  walkBlock(root: Nodes, rootContext: Context): void {
    const stack: { node: Nodes; context: Context }[] = [{ node: root, context: rootContext }];
    const pushChildren = (children: readonly Nodes[], context: Context): void => {
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], context });
    };
    for (let item = stack.pop(); item; item = stack.pop()) {
      const { node, context } = item;
      switch (node.type) {
        case 'paragraph':
          this.emitBlock(node.children, 'paragraph', context);
          break;
        case 'heading':
          this.emitBlock(node.children, 'heading', context, node.depth);
          break;
        case 'tableCell':
          this.emitBlock(node.children, 'tableCell', context);
          break;
        case 'html': {
          const start = (node.position?.start.offset ?? this.delta) - this.delta;
          const end = (node.position?.end.offset ?? this.delta) - this.delta;
          const parsed = parseHtml(this.source, start, Math.max(start, end), context);
          this.blocks.push(...parsed.blocks);
          this.directives.push(...parsed.directives);
          break;
        }
        case 'blockquote':
          pushChildren(node.children, context.quoted ? context : { ...context, quoted: true });
          break;
        case 'listItem':
          pushChildren(node.children, context.inList ? context : { ...context, inList: true });
          break;
        case 'code':
        case 'yaml':
        case 'definition':
        case 'thematicBreak':
        case 'footnoteDefinition':
          break;
        default:
          // 'toml' front matter and other leaf nodes carry no prose.
          if ('children' in node) pushChildren((node as Parents).children as Nodes[], context);
      }
    }
  }

  private emitBlock(children: PhrasingContent[], kind: BlockKind, context: Context, headingDepth?: number): void {
    const builder = new ProseBuilder();
    const inline = new InlineWalker(this.source, this.delta, builder, this.definitions, this.directives);
    inline.walk(children);
    inline.closeOpenHtmlLinks();
    if (/[^\s\uFFFC]/.test(builder.text)) {
      this.blocks.push(builder.build(kind, { quoted: context.quoted, inList: context.inList || kind === 'listItem', headingDepth }));
    }
  }
}

class InlineWalker {
  private readonly openHtmlLinks: { target: string; rel?: string; relValueRange?: { start: number; end: number }; openTag: { start: number; end: number }; proseStart: number }[] = [];

  constructor(
    private readonly source: string,
    private readonly delta: number,
    private readonly builder: ProseBuilder,
    private readonly definitions: Map<string, string>,
    private readonly directives: Directive[],
  ) {}

  walk(children: readonly PhrasingContent[]): void {
    for (const child of children) this.visit(child);
  }

  closeOpenHtmlLinks(): void {
    this.openHtmlLinks.length = 0;
  }

  private visit(node: PhrasingContent): void {
    if (node.position?.start.offset === undefined || node.position.end.offset === undefined) return;
    const start = node.position.start.offset - this.delta;
    const end = node.position.end.offset - this.delta;
    const builder = this.builder;
    switch (node.type) {
      case 'text':
        appendAligned(builder, node.value, this.source, start, end);
        return;
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        builder.appendReplacement(start, end, SKIPPED);
        return;
      case 'break':
        builder.appendReplacement(start, end, ' ');
        return;
      case 'link':
      case 'linkReference': {
        const target = node.type === 'link' ? node.url : (this.definitions.get(normaliseLabel(node.identifier)) ?? '');
        const firstChild = node.children[0];
        const isLiteral =
          node.type === 'link' &&
          node.children.length === 1 &&
          firstChild?.type === 'text' &&
          (firstChild.position?.start.offset === start + this.delta || this.source[start] === '<') &&
          (target === firstChild.value || target.endsWith(firstChild.value) || target === `mailto:${firstChild.value}`);
        if (isLiteral) {
          // An autolink (<https://...>) or a bare URL: the text is the address, not prose.
          builder.appendReplacement(start, end, SKIPPED);
          builder.links.push({
            kind: this.source[start] === '<' ? 'autolink' : 'bare-url',
            target,
            text: '',
            range: { start, end },
            textRange: { start, end: start },
          });
          return;
        }
        const proseStart = builder.length;
        const firstOffset = node.children[0]?.position?.start.offset;
        const lastOffset = node.children[node.children.length - 1]?.position?.end.offset;
        const textStart = firstOffset === undefined ? start + 1 : firstOffset - this.delta;
        const textEnd = lastOffset === undefined ? textStart : lastOffset - this.delta;
        this.walk(node.children);
        builder.links.push({
          kind: node.type === 'link' ? 'inline' : 'reference',
          target,
          text: builder.text.slice(proseStart).trim(),
          range: { start, end },
          textRange: { start: textStart, end: textEnd },
        });
        return;
      }
      case 'html':
        this.visitInlineHtml(node.value, start, end);
        return;
      default:
        if ('children' in node) this.walk(node.children as PhrasingContent[]);
    }
  }

  // Inline HTML arrives tag by tag: `<a href="...">`, text nodes, `</a>`.
  private visitInlineHtml(value: string, start: number, end: number): void {
    if (value.startsWith('<!--')) {
      const directive = parseDirective(value, { start, end });
      if (directive) this.directives.push(directive);
      return;
    }
    const open = /^<a\b([^>]*)>$/is.exec(value);
    if (open) {
      const attributes = open[1];
      this.openHtmlLinks.push({
        target: readAttribute(attributes, 'href') ?? '',
        rel: readAttribute(attributes, 'rel'),
        relValueRange: attributeValueRange(this.source, start, end, 'rel'),
        openTag: { start, end },
        proseStart: this.builder.length,
      });
      return;
    }
    if (/^<\/a\s*>$/i.test(value)) {
      const link = this.openHtmlLinks.pop();
      if (link) {
        this.builder.links.push({
          kind: 'html',
          target: link.target,
          text: this.builder.text.slice(link.proseStart).trim(),
          range: { start: link.openTag.start, end },
          textRange: { start: link.openTag.end, end: start },
          openTag: link.openTag,
          rel: link.rel,
          relValueRange: link.relValueRange,
        });
      }
      return;
    }
    if (/^<(br|img|hr)\b/i.test(value)) this.builder.appendSeparator(start);
  }
}

function readAttribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function collectDefinitionFacts(node: Nodes, into: DefinitionFact[]): void {
  if (node.type === 'definition' || node.type === 'footnoteDefinition') {
    into.push({
      footnote: node.type === 'footnoteDefinition',
      label: node.label ?? node.identifier,
      key: normaliseLabel(node.identifier),
      url: node.type === 'definition' ? node.url : '',
    });
    if (node.type === 'definition') return;
  }
  if ('children' in node) for (const child of (node as Parents).children) collectDefinitionFacts(child as Nodes, into);
}

function normaliseLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}

export type { LinkInfo };
