import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../rules/index.js';
import { missingAffiliateDisclosure } from '../../rules/catalog/missing-affiliate-disclosure.js';
import { resolveSettings } from '../../rules/engine/config.js';
import { splitSentences } from '../../rules/engine/sentences.js';
import { describeRule, describeSeeds, lintWith } from './rule-cases.js';

const RULE = 'missing-affiliate-disclosure';
const MESSAGE = 'no disclosure of the commercial relationship';
const SUGGEST = 'Insert a disclosure at the top of the document';
const DISCLOSURE = 'Disclosure: we may earn a commission when you buy through links on this page.';

describe('rule: missing-affiliate-disclosure', () => {
  describeRule(RULE, {
    valid: [
      { language: 'markdown', name: 'no commercial links', text: '# Magnesium\n\nSee the [NIH fact sheet](https://ods.od.nih.gov/).\n' },
      {
        language: 'markdown',
        name: 'disclosure at the top',
        text: '# Best scales\n\n*We may earn a commission from links on this page.*\n\nIntro.\n\nMore.\n\nMore.\n\nGet [it](https://amzn.to/x).\n',
      },
      { language: 'markdown', name: 'disclosure right before the link', text: 'Intro.\n\nA.\n\nB.\n\nC.\n\nThis post contains affiliate links.\n\nGet [it](https://amzn.to/x).\n' },
      { language: 'markdown', name: 'disclosure in the same paragraph', text: 'Intro.\n\nA.\n\nB.\n\nAs an Amazon Associate I earn from qualifying purchases: [scale](https://amzn.to/x).\n' },
      { language: 'html', name: 'a "Sponsored" label', text: '<p>Sponsored</p><p>Intro.</p><p>Try <a href="https://amzn.to/x">this</a>.</p>' },
      { language: 'plaintext', name: 'a hashtag', text: 'Our favourite scale #ad\n\nBuy it at https://amzn.to/x today.' },
      {
        language: 'markdown',
        name: 'configured disclosure text counts',
        text: 'Heads up: the shop pays us when you order.\n\nGet [it](https://amzn.to/x).\n',
        config: { disclosureText: 'Heads up: the shop pays us when you order.' },
      },
      { language: 'markdown', name: 'silenced at the link', text: '# S\n\nA.\n\nB.\n\n<!-- health-lint-disable-next-line missing-affiliate-disclosure -->\nGet [it](https://amzn.to/x).\n' },
      { language: 'plaintext', name: 'a call to action without a link is not a link', text: 'Mitragynine may contribute to buy high quality kratom\u2019s stronger effects.' },
    ],
    invalid: [
      {
        language: 'markdown',
        name: 'reports at the first commercial link; suggestion goes under the title',
        text: '# Scales\n\nIntro.\n\nA.\n\nB.\n\nGet [it](https://amzn.to/x) or [that](https://amzn.to/y).\n',
        errors: [{ text: '[it](https://amzn.to/x)', message: MESSAGE, fixes: [], suggestions: [SUGGEST] }],
      },
      {
        language: 'markdown',
        name: 'a disclosure far below the links does not count',
        text: 'Intro.\n\nA.\n\nB.\n\nC [it](https://amzn.to/x).\n\nD.\n\nE.\n\nWe earn a commission from affiliate links.\n',
        errors: [{ text: '[it](https://amzn.to/x)', message: 'amzn.to' }],
      },
      {
        language: 'markdown',
        name: 'front matter stays first',
        text: '---\ntitle: Scales\n---\n\nIntro.\n\nA.\n\nB.\n\nGet [it](https://amzn.to/x).\n',
        errors: [{ text: '[it](https://amzn.to/x)' }],
      },
      {
        language: 'html',
        name: 'rel="sponsored" marks the link for search engines, not for readers',
        text: '<html><body><h1>T</h1><p>A.</p><p>B.</p><p>Get <a href="https://amzn.to/x" rel="sponsored">it</a></p></body></html>',
        errors: [{ text: '<a href="https://amzn.to/x" rel="sponsored">it</a>', message: MESSAGE }],
      },
      {
        language: 'html',
        name: 'HTML fragment without a heading',
        text: '<div><p>A.</p><p>B.</p><p>C.</p><p>Get <a href="https://amzn.to/x">it</a></p></div>',
        errors: [{ text: '<a href="https://amzn.to/x">it</a>' }],
      },
      {
        language: 'plaintext',
        name: 'plain text with a bare URL',
        text: 'Intro.\n\nA.\n\nB.\n\nGet it at https://amzn.to/abc today.',
        errors: [{ text: 'https://amzn.to/abc' }],
      },
      {
        language: 'markdown',
        name: '"industry-sponsored" is not a disclosure',
        text: 'An industry-sponsored trial found it works.\n\nBuy at the [shop](https://example.com/kratom).\n',
        errors: [{ text: '[shop](https://example.com/kratom)', message: "promotional anchor text 'shop'" }],
      },
    ],
  });

  describeSeeds(RULE);

  it('stays silent on the seed articles, which hold no links', () => {
    const seeds = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
    const files = readdirSync(seeds).filter((name) => name.endsWith('.txt'));
    assert.equal(files.length, 5);
    for (const file of files) assert.deepEqual(lintWith(RULE, readFileSync(seeds + file, 'utf8'), 'plaintext'), [], file);
  });

  it('puts the disclosure after the title, in the document\'s own form', () => {
    const cases: [string, 'markdown' | 'html' | 'plaintext', string][] = [
      ['# Scales\n\nA.\n\nB.\n\nGet [it](https://amzn.to/x).\n', 'markdown', `# Scales\n\n${DISCLOSURE}\n\nA.\n\nB.\n\nGet [it](https://amzn.to/x).\n`],
      ['Scales\n======\n\nA.\n\nB.\n\nGet [it](https://amzn.to/x).\n', 'markdown', `Scales\n======\n\n${DISCLOSURE}\n\nA.\n\nB.\n\nGet [it](https://amzn.to/x).\n`],
      ['---\ntitle: x\n---\nA.\n\nB.\n\nC [it](https://amzn.to/x).\n', 'markdown', `---\ntitle: x\n---\n${DISCLOSURE}\n\nA.\n\nB.\n\nC [it](https://amzn.to/x).\n`],
      ['<body><h1>T</h1><p>A.</p><p>B.</p><p><a href="https://amzn.to/x">it</a></p></body>', 'html', `<body><h1>T</h1>\n<p>${DISCLOSURE}</p><p>A.</p><p>B.</p><p><a href="https://amzn.to/x">it</a></p></body>`],
      ['<body><p>A.</p><p>B.</p><p>C <a href="https://amzn.to/x">it</a></p></body>', 'html', `<body>\n<p>${DISCLOSURE}</p><p>A.</p><p>B.</p><p>C <a href="https://amzn.to/x">it</a></p></body>`],
    ];
    for (const [text, language, expected] of cases) {
      const [finding] = lintWith(RULE, text, language);
      assert.ok(finding, text);
      const edits = finding.suggestions[0].edits;
      let output = text;
      for (const edit of [...edits].sort((a, b) => b.start - a.start)) output = output.slice(0, edit.start) + edit.newText + output.slice(edit.end);
      assert.equal(output, expected);
    }
  });

  it('collects no offsets at all, only link indices, so cached facts survive moving the block', () => {
    const settings = resolveSettings({});
    const text = 'Get [it](https://amzn.to/x).';
    const near = parseDocument(`${text}\n`, 'markdown').blocks[0];
    const far = parseDocument(`# Title\n\nSome intro.\n\n${text}\n`, 'markdown').blocks[2];
    const collect = (block: typeof near) => missingAffiliateDisclosure.collect({ block, sentences: splitSentences(block.text) }, settings);
    assert.deepEqual(collect(near), collect(far));
    assert.deepEqual(collect(near)?.commercialLinks.map((link) => link.index), [0]);
  });
});
