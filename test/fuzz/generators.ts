// fast-check generators of health writing wrapped in markup: Markdown, HTML and plain text
// built from a small vocabulary of health phrases (claims, hedges, advice, sales language)
// mixed with the constructs that make prose extraction hard (emphasis, links, code, fences,
// lists, quotes, HTML, entities, definitions, front matter, CRLF, surrogates, NUL).

import fc from 'fast-check';
import type { DocumentLanguage } from '../../rules/index.js';

const PHRASES = [
  'Kratom',
  'kratom cures anxiety',
  'kratom may help with pain',
  'it relieves chronic pain',
  'clinically proven',
  'studies show',
  'a 2019 study found',
  'consult your doctor',
  'talk to a healthcare provider before use',
  'take 5 grams daily',
  'buy now',
  'best price',
  '100% safe',
  'no side effects',
  'completely natural',
  'in mice',
  'my friend swears by it',
  'miracle cure',
  'always',
  'never',
  'Dr. Smith said',
  'e.g. headaches',
  'is not proven to treat cancer',
  'This statement has not been evaluated by the FDA.',
  'affiliate link',
  'and',
  'the',
  'it',
  'pain',
];

const INLINE_MARKDOWN = [
  '*emphasis*',
  '**strong claim**',
  '_cures_',
  '`code cures()`',
  '[buy kratom](https://amzn.to/abc?tag=x-20)',
  '[the study](https://pubmed.ncbi.nlm.nih.gov/1/)',
  '[ref][r]',
  '[r]',
  '[^1]',
  '![img](a.png)',
  '<https://example.com/cures>',
  'www.example.com',
  'https://shop.example.com/?ref=abc',
  'me@example.com',
  '&amp;',
  '&mdash;',
  '&#x1F600;',
  '&bogus;',
  '\\*',
  '\\',
  '<a href="https://amzn.to/x" rel="sponsored">buy</a>',
  '<a href=https://x.y>',
  '</a>',
  '<br>',
  '<!-- health-lint-disable-next-line -->',
  '<!-- health-lint-disable unhedged-claim -->',
  '<!-- health-lint-enable -->',
  '<span>relieves pain</span>',
  '~~cures~~',
  '~x~',
  '|',
  '#',
  '\t',
  '  ',
  '😀',
  '\ud800',
  '\udc00x',
  '\0',
  '\u00a0',
  '’',
  '“quoted”',
  ':',
  '!',
  '1.',
  '(',
];

const BLOCK_MARKDOWN = [
  '---',
  '***',
  '# Kratom cures pain',
  '## Kratom cures pain ##',
  '###### h6',
  '####### seven',
  '#hashtag',
  'Setext title\n===',
  'Setext two\n---',
  '> kratom cures anxiety',
  '> quote line\nlazy continuation',
  '> ```\n> code in quote',
  '- item one\n- item two',
  '- item\n\n  continued item',
  '* star item',
  '+ plus item',
  '1. first\n2. second',
  '2) second',
  '- ```\n  fenced in list\n  ```',
  '  ```\n  indented fence\n  ```',
  '```\nkratom cures\n```',
  '```\n\ncode with blank\n\n```',
  '```js\nunclosed fence',
  '~~~\ntilde fence\n~~~',
  '````\n```\nnested\n````',
  '``` info`tick\nnot a fence',
  '    indented code cures',
  '\tindented with tab',
  '<div>\nkratom cures anxiety\n</div>',
  '<div>\n```\n\nafter blank',
  '<pre>\n\ncures\n\n</pre>',
  '<script>\n\nvar cures = 1\n</script>',
  '<!--\nhidden claim\n\n-->',
  '<!-->',
  '<!--->',
  '<?php\n\n?>',
  '<!DOCTYPE html>',
  '<![CDATA[\n\n]]>',
  '<custom-tag>',
  '<custom-tag>\n```',
  '</span>',
  '<p>Kratom <b>relieves</b> pain</p>',
  '| claim | source |\n| --- | --- |\n| cures | none |',
  '| a |\n| - |\n```',
  '[r]: https://amzn.to/r?tag=1',
  '[R]: <https://example.com/r> "title"',
  '[^1]: A footnote that cures.',
  '[^1]: Footnote\n\n    continued footnote',
  '\\# not heading',
  '&nbsp;',
];

const SEPARATORS = ['\n', '\n\n', '\n\n\n', '\n \n', '\n\t\n', ' ', '\n  '];

const phrase = fc.constantFrom(...PHRASES);
const sentenceEnd = fc.constantFrom('.', '!', '?', '', ',', '...', '."', '.)');

/** A sentence or two of health writing. */
export const prose: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.array(phrase, { minLength: 1, maxLength: 4 }), sentenceEnd), { minLength: 1, maxLength: 3 })
  .map((sentences) => sentences.map(([words, end]) => words.join(' ') + end).join(' '));

const markdownInline = fc.oneof({ weight: 3, arbitrary: prose }, { weight: 2, arbitrary: fc.constantFrom(...INLINE_MARKDOWN) });

const markdownLine = fc.array(markdownInline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));

const markdownBlock = fc.oneof(
  { weight: 4, arbitrary: fc.array(markdownLine, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')) },
  { weight: 1, arbitrary: fc.constant(null).chain(() => pastedArticle) },
  { weight: 2, arbitrary: fc.constantFrom(...BLOCK_MARKDOWN) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('# ', '> ', '- ', '1. ', '  ', '    ', '<p>', '| '), markdownLine).map(([prefix, line]) => prefix + line) },
);

const lineEndings = fc.constantFrom('lf', 'lf', 'lf', 'crlf', 'cr');

function withLineEndings(text: string, kind: string): string {
  if (kind === 'crlf') return text.replace(/\r?\n/g, '\r\n');
  if (kind === 'cr') return text.replace(/\r?\n/g, '\r');
  return text;
}

const frontMatter = fc.constantFrom('', '', '', '---\ntitle: Kratom cures\n---\n\n', '+++\ntitle = "x"\n+++\n', '---\nunclosed: yes\n\n', '---  \na: 1\n\n---\n');

export const markdownDocument: fc.Arbitrary<string> = fc
  .tuple(frontMatter, fc.array(fc.tuple(markdownBlock, fc.constantFrom(...SEPARATORS)), { minLength: 0, maxLength: 12 }), lineEndings)
  .map(([front, blocks, endings]) => withLineEndings(front + blocks.map(([block, separator]) => block + separator).join(''), endings));

const HTML_INLINE = [
  '<em>kratom</em>',
  '<strong>cures</strong>',
  '<a href="https://amzn.to/x?tag=y">buy now</a>',
  '<a href="/ref" rel="nofollow sponsored">best price</a>',
  '<a>',
  '</a>',
  '<code>cures()</code>',
  '<br>',
  '<br/>',
  '<img src="a.png" alt="cures">',
  '&amp;',
  '&lt;',
  '&mdash;',
  '&#169;',
  '&nosuch;',
  '<!-- health-lint-disable-next-line -->',
  '<!-- health-lint-disable-file hype-language -->',
  '<span class="x">relieves pain</span>',
  '<',
  '>',
  '😀',
  '\ud83d',
  '\0',
];

const HTML_BLOCK_OPEN = ['<p>', '<h1>', '<h3>', '<li>', '<blockquote>', '<div>', '<td>', '<ul><li>', '<script>', '<style>', '<pre>', '<textarea>', '<section>', ''];
const HTML_BLOCK_CLOSE = ['</p>', '</h1>', '</h3>', '</li>', '</blockquote>', '</div>', '</td>', '</li></ul>', '</script>', '</style>', '</pre>', '', '</textarea>'];

export const htmlDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.constantFrom(...HTML_BLOCK_OPEN),
        fc.array(fc.oneof({ weight: 3, arbitrary: prose }, { weight: 2, arbitrary: fc.constantFrom(...HTML_INLINE) }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...HTML_BLOCK_CLOSE),
        fc.constantFrom('', '\n', '\n\n', ' '),
      ),
      { minLength: 0, maxLength: 10 },
    ),
    lineEndings,
  )
  .map(([blocks, endings]) => withLineEndings(blocks.map(([open, parts, close, separator]) => open + parts.join(' ') + close + separator).join(''), endings));

const PLAIN_EXTRA = ['https://amzn.to/abc?tag=1', 'www.example.com/cures.', '- list item', '1) numbered', '  indented', 'TITLE LINE', '😀', '\ud800', '\0', '\t', '•  bullet'];

export const plainTextDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.tuple(fc.array(fc.oneof({ weight: 3, arbitrary: prose }, { weight: 1, arbitrary: fc.constantFrom(...PLAIN_EXTRA) }), { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\n\n', ' ', '\n\n\n')),
      { minLength: 0, maxLength: 12 },
    ),
    lineEndings,
  )
  .map(([paragraphs, endings]) => withLineEndings(paragraphs.map(([parts, separator]) => parts.join(' ') + separator).join(''), endings));

/**
 * Text pasted from a CMS or word processor: lines with no blank line between them, some of
 * them bullets ("- ..."), and a few lines that only look like bullets or other blocks.
 */
const PASTED_LINE_PREFIXES = ['', '', '', '- ', '- ', '-', '-  ', '- - ', '1. ', '2019 ', 'x- ', '* '];
export const pastedArticle: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...PASTED_LINE_PREFIXES), prose, fc.constantFrom('', '', '', ' ')), { minLength: 1, maxLength: 10 }), fc.constantFrom('\n', '\n', '\r\n', '\n\n'))
  .map(([lines, ending]) => lines.map(([prefix, line, trailing]) => prefix + line + trailing).join(ending));

/** Sentences of health writing to make long paragraphs of; some quote across sentences or link. */
const LONG_PARAGRAPH_EXTRAS = ['“Kratom cures pain.', 'It is 100% safe.”', '"Studies show', 'it works." Critics disagree.', '[the study](https://pubmed.ncbi.nlm.nih.gov/1/) says so.', 'Buy now at [the shop](https://amzn.to/x?tag=y).', 'See [1].', 'In mice, it cured pain.', 'It has not been tested in people.', 'Many users report relief.', 'Surveys rely on self-reports.', 'Take 5 grams daily.', 'A 2019 study found this.', 'Consult your doctor.', '&amp; more.', 'Use `code` here.', 'Does kratom cure pain?', 'Absolutely.', 'Yes, but only sometimes.'];
const longParagraphSentence = fc.oneof({ weight: 3, arbitrary: prose.map((text) => (/[.!?]$/.test(text) ? text : text + '.')) }, { weight: 2, arbitrary: fc.constantFrom(...LONG_PARAGRAPH_EXTRAS) });

/** A long paragraph (6 to 30 sentences): the unit whose re-lint the sentence cache makes cheap. */
export const longParagraph: fc.Arbitrary<string> = fc.array(longParagraphSentence, { minLength: 6, maxLength: 30 }).map((sentences) => sentences.join(' '));

/** Documents of a few long paragraphs, as Markdown or plain text. */
export const longParagraphDocument: fc.Arbitrary<{ text: string; language: DocumentLanguage }> = fc
  .tuple(fc.array(longParagraph, { minLength: 1, maxLength: 3 }), fc.constantFrom('\n\n', '\n'), fc.constantFrom('markdown' as const, 'plaintext' as const))
  .map(([paragraphs, separator, language]) => ({ text: paragraphs.join(separator) + '\n', language }));

/** Edits that split and join sentences and paragraphs, and change words, in long paragraphs. */
const SENTENCE_EDIT_TEXTS = ['. ', '.', '? ', '\n\n', '\n', ' ', 'x', 'cures cancer. It', ' may', 'not ', '"', '”', ' [1]', ' (Smith et al., 2020)', 'Dr. ', '? Yes. ', 'Absolutely', ''];
export const sentenceEdit: fc.Arbitrary<EditSpec> = fc.record({
  start: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.constantFrom(0, 0, 1, 1, 2, 3, 12),
  text: fc.constantFrom(...SENTENCE_EDIT_TEXTS),
});

export const anyDocument: fc.Arbitrary<{ text: string; language: DocumentLanguage }> = fc.oneof(
  markdownDocument.map((text) => ({ text, language: 'markdown' as const })),
  htmlDocument.map((text) => ({ text, language: 'html' as const })),
  plainTextDocument.map((text) => ({ text, language: 'plaintext' as const })),
);

/** One editor-like change: replace [start, end) (fractions of the length) by some text. */
export interface EditSpec {
  start: number;
  length: number;
  text: string;
}

const EDIT_TEXTS = ['x', ' ', '\n', '\n\n', '*', '`', '```', '[', ']', '<', '>', '&', '#', '- ', '> ', '|', 'cures', ' may ', 'not ', 'doctor', '\r\n', '😀', '<!--', '-->', '[r]: http://x.y\n'];

export const edit: fc.Arbitrary<EditSpec> = fc.record({
  start: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.constantFrom(0, 0, 0, 1, 1, 2, 5, 20),
  text: fc.oneof(fc.constantFrom(...EDIT_TEXTS), fc.constantFrom('', ''), prose),
});

/** Applies an edit given as fractions of the text's length; returns the new text. */
export function applyEditSpec(text: string, spec: EditSpec): string {
  const start = Math.min(text.length, Math.floor(spec.start * (text.length + 1)));
  const end = Math.min(text.length, start + spec.length);
  return text.slice(0, start) + spec.text + text.slice(end);
}
