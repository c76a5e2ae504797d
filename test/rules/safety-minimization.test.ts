import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeRule, describeSeeds, lintWith } from './rule-cases.js';

const RULE = 'safety-minimization';
const MESSAGE = 'plays down risk';

describe('rule: safety-minimization', () => {
  describeRule(RULE, {
    valid: [
      { language: 'markdown', name: 'negated', text: 'Kratom is not completely safe.\n' },
      { language: 'markdown', name: 'negated subject', text: 'No product is risk-free.\n' },
      { language: 'plaintext', name: 'negation with a gap', text: "Nothing you buy online is ever completely harmless." },
      { language: 'markdown', name: 'hedged', text: 'Some researchers think it may be non-addictive, but the evidence is thin.\n' },
      { language: 'markdown', name: 'a qualifier', text: 'Most moles are harmless.\n' },
      { language: 'markdown', name: 'a qualifier after the term', text: 'Zinc lozenges are harmless for most adults but can upset the stomach.\n' },
      { language: 'markdown', name: 'safe at the labelled dose', text: 'The syrup is risk-free at the recommended dose, according to its maker, though overdose harms the liver.\n' },
      { language: 'markdown', name: 'a claim reported after the statement', text: 'The gummies are completely safe, the seller claims, but no tests back this.\n' },
      { language: 'markdown', name: 'reported as a finding', text: 'Participants reported no side effects during the four-week trial.\n' },
      { language: 'markdown', name: 'attributed to sellers', text: 'Vendors market it as completely safe.\n' },
      { language: 'markdown', name: 'attributed with "marketed as"', text: 'It is marketed as harmless, yet poison centres see cases every year.\n' },
      { language: 'markdown', name: 'a question', text: 'Is kratom completely safe?\n' },
      { language: 'markdown', name: 'in quotation marks', text: 'Labels that say \u201cno side effects\u201d mislead buyers.\n' },
      { language: 'markdown', name: 'a myth named as one', text: 'Myth: herbal products are harmless because they are natural.\n' },
      { language: 'markdown', name: 'a comparison, not a denial', text: 'It relieves pain without the same level of sedation as morphine.\n' },
      { language: 'markdown', name: '"not without" keeps the risk', text: 'Kratom is not without risks of dependence.\n' },
      { language: 'markdown', name: 'attributed to a named body', text: 'CBD is not addictive, according to the WHO.\n' },
      { language: 'markdown', name: 'a harm that may truly be absent', text: 'MRI uses no radiation, so there is no risk of radiation exposure.\n' },
      { language: 'markdown', name: 'risk factors', text: 'People with no risk factors rarely need screening.\n' },
      { language: 'markdown', name: 'natural but not safe', text: "It's natural, so it isn't safe to assume anything.\n" },
      { language: 'html', name: 'block quotation in HTML', text: '<blockquote><p>It is completely safe.</p></blockquote>' },
      { language: 'markdown', name: 'a user hedge from configuration', text: 'It is debatably harmless.\n', config: { lexicon: { hedges: ['debatably'] } } },
      { language: 'markdown', name: 'allowed phrase', text: 'The placebo was harmless.\n', config: { lexicon: { allowedPhrases: ['placebo was harmless'] } } },
    ],
    invalid: [
      {
        language: 'markdown',
        text: 'Kratom is completely safe.\n',
        errors: [{ text: 'completely safe', message: MESSAGE, suggestions: ['Replace "completely safe" with "generally well tolerated" (needs evidence too)'] }],
      },
      {
        language: 'markdown',
        name: 'two claims in one sentence',
        text: 'Kratom has no side effects and is non-addictive.\n',
        errors: [
          { text: 'no side effects', suggestions: ['Replace "no side effects" with "few reported side effects" (needs evidence too)'] },
          { text: 'non-addictive', suggestions: [] },
        ],
      },
      {
        language: 'plaintext',
        name: 'natural, so safe',
        text: "It's natural, so it's safe for everyone.",
        errors: [{ text: "natural, so it's safe", message: "Treats 'natural' as proof of safety" }],
      },
      {
        language: 'markdown',
        name: 'without the risks of a drug, removable',
        text: 'Patients seek relief from chronic conditions without the addictive risks associated with conventional opioids.\n',
        errors: [{ text: 'without the addictive risks', suggestions: ['Remove "without the addictive risks associated with conventional opioids"'] }],
      },
      {
        language: 'markdown',
        name: 'without leading to dependency',
        text: 'It offers relief by mimicking opioid effects without leading to significant dependency or euphoria, experts say.\n',
        errors: [{ text: 'without leading to significant dependency', suggestions: ['Remove "without leading to significant dependency or euphoria"'] }],
      },
      {
        language: 'markdown',
        name: 'a shop link is not a source',
        text: 'Our kratom is completely safe: [buy it here](https://shop.example/kratom).\n',
        errors: [{ text: 'completely safe' }],
      },
      {
        language: 'markdown',
        name: 'no risk of a harm',
        text: 'There is no risk of addiction.\n',
        errors: [{ text: 'no risk of addiction' }],
      },
      {
        language: 'markdown',
        name: 'risk of addiction',
        text: 'It eases pain without the risk of addiction.\n',
        errors: [{ text: 'without the risk of addiction' }],
      },
      {
        language: 'markdown',
        name: 'a negation in an earlier clause does not reach',
        text: 'It is not cheap, but it is completely safe.\n',
        errors: [{ text: 'completely safe' }],
      },
      {
        language: 'markdown',
        name: 'a word that is not a hedge until configured as one',
        text: 'It is debatably harmless.\n',
        errors: [{ text: 'harmless' }],
      },
      {
        language: 'markdown',
        name: 'capitalised replacement',
        text: 'Risk-free and gentle.\n',
        errors: [{ text: 'Risk-free', suggestions: ['Replace "Risk-free" with "Low-risk" (needs evidence too)'] }],
      },
      {
        language: 'html',
        name: 'HTML',
        text: '<ul><li>100% safe &amp; natural</li><li>Harmless for kids</li></ul>',
        errors: [{ text: '100% safe' }, { text: 'Harmless' }],
      },
      {
        language: 'markdown',
        name: 'emphasis inside the phrase: reported, but no edit across markup',
        text: 'It is *completely* safe.\n',
        errors: [{ text: 'completely* safe', suggestions: [] }],
      },
    ],
  });

  describeSeeds(RULE);

  it('reports on the seeds only the two risk denials an editor would mark', () => {
    const seeds = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
    const found: string[] = [];
    for (const file of ['000_d35425ebc50fbd4b.txt', '001_aecc3b4146d78e57.txt', '002_6c991e039ea08f29.txt', '003_c0693bd013c8954e.txt', '004_1ba3465e53400557.txt']) {
      const text = readFileSync(seeds + file, 'utf8');
      for (const finding of lintWith(RULE, text, 'plaintext')) found.push(`${file.slice(0, 3)}: ${text.slice(finding.start, finding.end)}`);
    }
    // Left alone on purpose: "without the same level of side effects" (002, a comparison),
    // "without triggering the same level of dependency" (003, a comparison) and "without
    // creating a dependence of its own" (003, hedged with "reportedly ... according to ongoing research").
    assert.deepEqual(found, ['000: without the addictive risks', '003: without leading to significant dependency']);
  });
});
