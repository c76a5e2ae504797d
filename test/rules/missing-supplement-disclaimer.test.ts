import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLinter } from '../../rules/index.js';
import { SUPPLEMENT_DISCLAIMER } from '../../rules/catalog/missing-supplement-disclaimer.js';
import { describeRule, lintWith } from './rule-cases.js';

const RULE = 'missing-supplement-disclaimer';
const FIX = 'Append the FDA supplement disclaimer (21 CFR 101.93(c))';
const MISSING = 'the page has no FDA disclaimer';
const PARTIAL = 'the FDA disclaimer on this page is incomplete';

describe('rule: missing-supplement-disclaimer', () => {
  describeRule(RULE, {
    valid: [
      { language: 'markdown', name: 'claim with the disclaimer', text: `# Calm Blend\n\nPromotes relaxation.\n\n*${SUPPLEMENT_DISCLAIMER}*\n` },
      { language: 'html', name: 'disclaimer with the FDA abbreviated and in another block', text: '<p>Supports immune health.</p><p>These statements have not been evaluated by the FDA.</p><p>This product is not intended to diagnose, treat, cure or prevent any disease.</p>' },
      { language: 'markdown', name: 'no structure/function claim', text: 'Our tea is made from organic leaves.\n' },
      { language: 'markdown', name: 'negated', text: 'Caffeine-free tea does not boost energy.\n' },
      { language: 'markdown', name: 'a question', text: 'Does magnesium support sleep?\n' },
      { language: 'markdown', name: 'quoted', text: 'Phrases like \u201csupports immune health\u201d need the disclaimer.\n' },
    ],
    invalid: [
      {
        language: 'markdown',
        text: '# Calm Blend\n\nOur ashwagandha blend supports a healthy stress response and promotes relaxation.\n',
        errors: [{ text: 'supports a healthy stress response', message: MISSING, fixes: [FIX] }],
        output: `# Calm Blend\n\nOur ashwagandha blend supports a healthy stress response and promotes relaxation.\n\n${SUPPLEMENT_DISCLAIMER}\n`,
      },
      {
        language: 'plaintext',
        name: 'plain text without a final newline',
        text: 'Boosts energy and focus.',
        errors: [{ text: 'Boosts energy', fixes: [FIX] }],
        output: `Boosts energy and focus.\n\n${SUPPLEMENT_DISCLAIMER}\n`,
      },
      {
        language: 'html',
        name: 'HTML: inserted before </body>',
        text: '<html><body><p>Helps support joint health.</p></body></html>',
        errors: [{ text: 'Helps support joint health', fixes: [FIX] }],
        output: `<html><body><p>Helps support joint health.</p>\n<p>${SUPPLEMENT_DISCLAIMER}</p>\n</body></html>`,
      },
      {
        language: 'markdown',
        name: 'half a disclaimer: offered as a suggestion only',
        text: 'Supports immune health.\n\nThese statements have not been evaluated by the Food and Drug Administration.\n',
        errors: [{ text: 'Supports immune health', message: PARTIAL, fixes: [], suggestions: [FIX] }],
      },
      {
        language: 'markdown',
        name: 'hedged structure/function claims still need it',
        text: 'May promote restful sleep.\n',
        errors: [{ text: 'promote restful sleep' }],
      },
    ],
  });

  it('is off by default', () => {
    const result = createLinter().lint('Boosts energy and focus.', 'plaintext');
    assert.deepEqual(result.findings.filter((finding) => finding.ruleId === RULE), []);
  });

  it('reports nothing on the seed articles, which are not product copy', () => {
    const seeds = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
    for (const file of ['000_d35425ebc50fbd4b.txt', '001_aecc3b4146d78e57.txt', '002_6c991e039ea08f29.txt', '003_c0693bd013c8954e.txt', '004_1ba3465e53400557.txt']) {
      const text = readFileSync(seeds + file, 'utf8');
      assert.deepEqual(lintWith(RULE, text, 'plaintext'), [], file);
    }
  });
});
