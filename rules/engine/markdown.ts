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
import type { BlockKind, Directive, LinkInfo } from './types.js';

const micromarkExtensions = [gfm(), frontmatter(['yaml', 'toml'])];
const mdastExtensions = [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])];

export interface ParsedMarkdown {
  blocks: ProseBlock[];
  directives: Directive[];
}

interface Context {
  quoted: boolean;
  inList: boolean;
}

export function parseMarkdown(source: string): ParsedMarkdown {
  const tree: Root = fromMarkdown(source, { extensions: micromarkExtensions, mdastExtensions });
  const definitions = new Map<string, string>();
  collectDefinitions(tree, definitions);
  const blocks: ProseBlock[] = [];
  const directives: Directive[] = [];

  const walkBlock = (node: Nodes, context: Context): void => {
    switch (node.type) {
      case 'paragraph':
        emitBlock(node.children, 'paragraph', context);
        return;
      case 'heading':
        emitBlock(node.children, 'heading', context, node.depth);
        return;
      case 'tableCell':
        emitBlock(node.children, 'tableCell', context);
        return;
      case 'html': {
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? start;
        const parsed = parseHtml(source, start, end, context);
        blocks.push(...parsed.blocks);
        directives.push(...parsed.directives);
        return;
      }
      case 'blockquote':
        for (const child of node.children) walkBlock(child, { ...context, quoted: true });
        return;
      case 'listItem':
        for (const child of node.children) walkBlock(child, { ...context, inList: true });
        return;
      case 'code':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
      case 'footnoteDefinition':
        return;
      default:
        if ('children' in node) for (const child of (node as Parents).children) walkBlock(child as Nodes, context);
        // 'toml' front matter and other leaf nodes carry no prose.
        return;
    }
  };

  const emitBlock = (children: PhrasingContent[], kind: BlockKind, context: Context, headingDepth?: number): void => {
    const builder = new ProseBuilder();
    const inline = new InlineWalker(source, builder, definitions, directives);
    inline.walk(children);
    inline.closeOpenHtmlLinks();
    if (/[^\s\uFFFC]/.test(builder.text)) {
      blocks.push(builder.build(kind, { quoted: context.quoted, inList: context.inList || kind === 'listItem', headingDepth }));
    }
  };

  walkBlock(tree, { quoted: false, inList: false });
  return { blocks, directives };
}

class InlineWalker {
  private readonly openHtmlLinks: { target: string; rel?: string; relValueRange?: { start: number; end: number }; openTag: { start: number; end: number }; proseStart: number }[] = [];

  constructor(
    private readonly source: string,
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
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
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
          (firstChild.position?.start.offset === start || this.source[start] === '<') &&
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
        const textStart = node.children[0]?.position?.start.offset ?? start + 1;
        const textEnd = node.children[node.children.length - 1]?.position?.end.offset ?? textStart;
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

function collectDefinitions(node: Nodes, definitions: Map<string, string>): void {
  if (node.type === 'definition') {
    const key = normaliseLabel(node.identifier);
    if (!definitions.has(key)) definitions.set(key, node.url);
    return;
  }
  if ('children' in node) for (const child of (node as Parents).children) collectDefinitions(child as Nodes, definitions);
}

function normaliseLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}

export type { LinkInfo };
