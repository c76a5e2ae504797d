import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeRule, describeSeeds, lintWith } from './rule-cases.js';

const RULE = 'uncited-evidence';
const MESSAGE = 'appeals to research without saying which';

describe('rule: uncited-evidence', () => {
  describeRule(RULE, {
    valid: [
      { language: 'markdown', name: 'a numbered citation', text: 'Studies show that sleep improves memory [1].\n' },
      { language: 'plaintext', name: 'a bracketed reference number after the claim', text: '(2) Studies show that sleep improves memory (4).\n' },
      { language: 'markdown', name: 'an author-year citation', text: 'Scientists have found that sleep matters (Walker et al., 2017).\n' },
      { language: 'markdown', name: 'a Markdown link in the sentence', text: 'Research shows [a small benefit](https://example.org/trial) in adults.\n' },
      { language: 'markdown', name: 'a link in the next sentence', text: 'One study published in 2016 found less pain. [Read the paper](https://example.org/paper).\n' },
      { language: 'html', name: 'an HTML link', text: '<p>Clinical studies have indicated a benefit (<a href="https://pubmed.ncbi.nlm.nih.gov/1">Lee, 2019</a>).</p>' },
      { language: 'plaintext', name: 'a bare URL', text: 'Evidence suggests a modest effect: https://example.org/review' },
      { language: 'html', name: 'a URL written out in HTML text', text: '<p>Evidence suggests a modest effect (https://example.org/review).</p>' },
      { language: 'markdown', name: 'a named journal', text: 'A 2019 study published in JAMA found a modest effect.\n' },
      { language: 'markdown', name: 'a named institution', text: 'Researchers at Stanford University found a link.\n' },
      { language: 'markdown', name: 'a DOI', text: 'A trial found fewer migraines (doi:10.1000/xyz123).\n' },
      { language: 'markdown', name: 'a PMID', text: 'Researchers found lower blood pressure (PMID: 12345678).\n' },
      { language: 'markdown', name: 'a footnote', text: 'Studies show it works.[^1]\n\n[^1]: Smith J. Journal of Sleep, 2020.\n' },
      { language: 'html', name: 'a superscript reference', text: '<p>Studies show it works.<sup>1</sup></p>' },
      { language: 'markdown', name: 'a numbered citation in parentheses', text: 'Studies show it works (1, 2).\n' },
      { language: 'markdown', name: 'negated', text: 'No studies have shown a benefit.\n' },
      { language: 'markdown', name: 'negated verb', text: 'Studies have not shown a benefit.\n' },
      { language: 'markdown', name: 'a study the text has already named', text: 'The study found a small effect.\n' },
      { language: 'markdown', name: 'a question', text: 'Do studies show that kratom works?\n' },
      { language: 'markdown', name: 'a mentioned phrase', text: 'Avoid phrases like "studies show" without a reference.\n' },
      { language: 'markdown', name: 'research as a need, not a finding', text: 'More research is needed to understand its risks.\n' },
      { language: 'markdown', name: 'anecdotes are another rule', text: 'Anecdotal evidence suggests it helps some people.\n' },
      { language: 'markdown', name: 'block quotation', text: '> Studies show it works.\n' },
      { language: 'markdown', name: 'a heading that announces findings', text: '## What recent trials found\n\nA 2021 trial found a small effect ([report](https://example.org/t)).\n' },
      { language: 'plaintext', name: 'an indirect question', text: 'Before you buy, learn what the research says about it.' },
      { language: 'html', name: 'an HTML heading with how', text: '<h2>How studies show an effect</h2><p>Trials compare groups.</p>' },
    ],
    invalid: [
      {
        language: 'markdown',
        text: 'Studies show that kratom relieves pain.\n',
        errors: [{ text: 'Studies show', message: MESSAGE }],
      },
      {
        language: 'plaintext',
        name: 'a list number in brackets that opens the sentence is no citation',
        text: '(2) Studies show that kratom relieves pain.\n',
        errors: [{ text: 'Studies show', message: MESSAGE }],
      },
      {
        language: 'markdown',
        name: 'a question word earlier in the sentence does not excuse a claim',
        text: 'How it works is unclear, but studies show a benefit.\n',
        errors: [{ text: 'studies show' }],
      },
      {
        language: 'plaintext',
        name: 'a year is not a source',
        text: 'One study published in 2016 found that participants reported less pain.',
        errors: [{ text: 'One study published in 2016 found' }],
      },
      {
        language: 'markdown',
        name: 'auxiliary and modifier',
        text: 'Clinical studies have indicated that kratom can help.\n',
        errors: [{ text: 'Clinical studies have indicated' }],
      },
      {
        language: 'markdown',
        name: 'a vitamin name is not a reference number',
        text: 'Studies show that vitamin B12 helps.\n',
        errors: [{ text: 'Studies show' }],
      },
      {
        language: 'markdown',
        name: 'fixed phrase',
        text: 'Our formula is clinically proven to reduce stress.\n',
        errors: [{ text: 'clinically proven' }],
      },
      {
        language: 'markdown',
        name: 'generic "the evidence"',
        text: 'The evidence suggests it works for most people.\n',
        errors: [{ text: 'evidence suggests' }],
      },
      {
        language: 'markdown',
        name: 'a citation two sentences later is too far',
        text: 'Scientists have found that it lowers stress. Many people agree. See [the study](https://example.org).\n',
        errors: [{ text: 'Scientists have found' }],
      },
      {
        language: 'markdown',
        name: 'one finding per sentence',
        text: 'Research proves it and studies show it.\n',
        errors: [{ text: 'Research proves' }],
      },
      {
        language: 'html',
        name: 'HTML',
        text: '<p>According to research, turmeric reduces inflammation.</p>',
        errors: [{ text: 'According to research' }],
      },
      {
        language: 'markdown',
        name: 'according to an unnamed review',
        text: 'Curcumin may ease low mood, according to a 2017 meta-analysis.\n',
        errors: [{ text: 'according to a 2017 meta-analysis' }],
      },
      {
        language: 'markdown',
        name: 'an affiliate link is not a source',
        text: 'Studies show it works. [Buy it now](https://amzn.to/abc?tag=shop-20).\n',
        errors: [{ text: 'Studies show' }],
      },
      {
        language: 'markdown',
        name: 'a link in another paragraph does not count',
        text: 'A growing body of research suggests benefits.\n\nSee [sources](https://example.org).\n',
        errors: [{ text: 'A growing body of research suggests' }],
      },
    ],
  });

  describeSeeds(RULE);

  it('reads the seeds as an editor would: every finding is an appeal to unnamed studies', () => {
    const seeds = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
    const found: string[] = [];
    for (const file of ['000_d35425ebc50fbd4b.txt', '001_aecc3b4146d78e57.txt', '002_6c991e039ea08f29.txt', '003_c0693bd013c8954e.txt', '004_1ba3465e53400557.txt']) {
      const text = readFileSync(seeds + file, 'utf8');
      for (const finding of lintWith(RULE, text, 'plaintext')) found.push(`${file.slice(0, 3)}: ${text.slice(finding.start, finding.end)}`);
    }
    // Not reported: "more research is needed", "Research continues to explore", "there have been
    // relatively few clinical studies investigating its efficacy" (no finding is claimed), and
    // "anecdotal evidence suggests" (anecdotal-evidence's business).
    assert.deepEqual(found, [
      '000: A growing body of research suggests',
      '000: Some studies indicate',
      '001: One study published in 2016 found',
      '001: Another study from 2020 suggested',
      '002: some scientific studies suggest',
      '002: some scientific studies suggest',
      '003: scientific research suggest',
      '003: Clinical studies have indicated',
      '004: some studies suggesting',
    ]);
  });
});
