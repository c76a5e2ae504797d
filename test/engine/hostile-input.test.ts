import { strict as assert } from 'node:assert';
import { createLinter } from '../../rules/index.js';

// Structures that break recursive walkers or quadratic loops; the engine must finish them
// with every range inside the document. (No timing is asserted: that is what bench is for.)
describe('engine: hostile structure', () => {
  const linter = createLinter();
  const cases: [string, string, 'markdown' | 'html' | 'plaintext'][] = [
    ['5,000 nested block quotes', `${'> '.repeat(5000)}Kratom cures pain. Buy now.\n`, 'markdown'],
    ['5,000 nested list items', Array.from({ length: 5000 }, () => '- ').join('') + 'Kratom cures pain.\n', 'markdown'],
    ['5,000 nested HTML elements', `${'<div><blockquote>'.repeat(2500)}Kratom cures pain.${'</blockquote></div>'.repeat(2500)}`, 'html'],
    ['one 300,000-character line', 'Kratom relieves pain. Buy high quality kratom now! '.repeat(6000), 'plaintext'],
    ['one 300,000-character Markdown line', 'Kratom *relieves* pain [buy now](https://amzn.to/x?tag=a). '.repeat(5000), 'markdown'],
  ];
  for (const [name, text, language] of cases) {
    it(`${name}: finishes, every range inside the document`, () => {
      const result = linter.lint(text, language);
      assert.deepEqual(result.failures, []);
      for (const finding of result.findings) {
        assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length, `${finding.ruleId} ${finding.start}-${finding.end}`);
      }
    });
  }
});
