import { strict as assert } from 'node:assert';
import { parseDocument } from '../../rules/index.js';

/** Every word of every block maps back to the same word in the source. */
function assertWordsRoundTrip(source: string, language: 'markdown' | 'html' | 'plaintext'): void {
  for (const block of parseDocument(source, language).blocks) {
    for (const match of block.text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const range = block.sourceRange(match.index, match.index + match[0].length);
      assert.equal(source.slice(range.start, range.end), match[0], `word "${match[0]}" in ${language}`);
    }
  }
}

describe('engine: prose extraction and offset mapping', () => {
  it('maps Markdown prose back to exact source offsets through escapes, entities and quotes', () => {
    const source = '# Kratom &amp; pain\n\n> It \\*really* relieves\n> pain &mdash; they say.\n\n1. Take it *daily*.\n';
    assertWordsRoundTrip(source, 'markdown');
    const blocks = parseDocument(source, 'markdown').blocks;
    assert.deepEqual(blocks.map((block) => block.kind), ['heading', 'paragraph', 'paragraph']);
    assert.equal(blocks[0].text, 'Kratom & pain');
    assert.equal(blocks[1].context.quoted, true);
    assert.equal(blocks[1].text, 'It *really* relieves pain \u2014 they say.');
    const entity = blocks[0].sourceRange(7, 8);
    assert.equal(source.slice(entity.start, entity.end), '&amp;');
  });

  it('skips front matter, fenced and inline code, and URLs in Markdown', () => {
    const source = '---\ntitle: Cures everything\n---\n\nUse `cures()` here: https://example.com/cures.\n\n```\nit cures\n```\n';
    const text = parseDocument(source, 'markdown').blocks.map((block) => block.text).join('\n');
    assert.doesNotMatch(text, /cures|Cures/);
    assert.match(text, /^Use \uFFFC here: \uFFFC\.$/);
  });

  it('finds Markdown links with their anchor text, target and range', () => {
    const source = 'See [the best price](https://amzn.to/abc?tag=x-20), [ref][r] and <https://e.com>.\n\n[r]: https://e.com/?utm_source=a\n';
    const links = parseDocument(source, 'markdown').blocks[0].links;
    assert.deepEqual(
      links.map((link) => [link.kind, link.text, link.target, source.slice(link.range.start, link.range.end), source.slice(link.textRange.start, link.textRange.end)]),
      [
        ['inline', 'the best price', 'https://amzn.to/abc?tag=x-20', '[the best price](https://amzn.to/abc?tag=x-20)', 'the best price'],
        ['reference', 'ref', 'https://e.com/?utm_source=a', '[ref][r]', 'ref'],
        ['autolink', '', 'https://e.com', '<https://e.com>', ''],
      ],
    );
  });

  it('parses HTML: block elements split, script/style/code skipped, links with open tags', () => {
    const source = '<h1>Title</h1><p>Kratom <a href="https://x.com/?ref=1" rel="noopener">buy now</a> &amp; more.<script>cures()</script></p><pre>cures</pre><!-- health-lint-disable unhedged-claim -->';
    assertWordsRoundTrip(source, 'html');
    const document = parseDocument(source, 'html');
    assert.deepEqual(document.blocks.map((block) => [block.kind, block.text.replace(/\uFFFC/g, '')]), [
      ['heading', 'Title'],
      ['paragraph', 'Kratom buy now & more.'],
    ]);
    const link = document.blocks[1].links[0];
    assert.equal(link.text, 'buy now');
    assert.equal(link.rel, 'noopener');
    assert.equal(source.slice(link.openTag!.start, link.openTag!.end), '<a href="https://x.com/?ref=1" rel="noopener">');
    assert.deepEqual(document.directives.map((directive) => [directive.kind, directive.ruleIds]), [['disable', ['unhedged-claim']]]);
  });

  it('splits plain text into one block per line when lines are long, and skips bare URLs', () => {
    const long = 'Kratom is a plant that people use for many things, and this sentence is long enough to show no hard wrap.';
    const source = `A Title Line\n${long} Visit https://shop.example.com/kratom?aff=12.\n- a list item\n`;
    assertWordsRoundTrip(source, 'plaintext');
    const blocks = parseDocument(source, 'plaintext').blocks;
    assert.deepEqual(blocks.map((block) => block.kind), ['heading', 'paragraph', 'listItem']);
    assert.equal(blocks[1].links[0].target, 'https://shop.example.com/kratom?aff=12');
    assert.ok(blocks[1].text.endsWith('Visit \uFFFC.'));
  });

  it('joins hard-wrapped plain text lines into one paragraph', () => {
    const source = 'Kratom relieves pain\nin some people.\n\nSecond paragraph.';
    const blocks = parseDocument(source, 'plaintext').blocks;
    assert.deepEqual(blocks.map((block) => block.text), ['Kratom relieves pain in some people.', 'Second paragraph.']);
  });
});
