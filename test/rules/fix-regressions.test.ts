import { strict as assert } from 'node:assert';
import { applyEdits, createLinter } from '../../rules/index.js';

// Cases the fuzzer found: a fix must leave text that the same rule no longer reports, and an
// edit must never split a CRLF line break.
describe('fixes found wanting by the fuzzer', () => {
  const linter = createLinter();

  for (const element of ['style', 'script', 'textarea', 'pre', 'code']) {
    it(`missing-provider-advice: the advice lands outside an unclosed <${element}>, so the fix is applied once`, () => {
      const text = `<p>Take 5 grams of kratom daily.</p><${element}>`;
      const finding = linter.lint(text, 'html').findings.find((candidate) => candidate.ruleId === 'missing-provider-advice');
      assert.ok(finding, 'the rule reports');
      const fixed = applyEdits(text, finding.fixes[0].edits);
      assert.ok(fixed.startsWith(text), 'the original text is kept');
      assert.deepEqual(linter.lint(fixed, 'html').findings.filter((candidate) => candidate.ruleId === 'missing-provider-advice'), []);
    });
  }

  it('missing-provider-advice: backticks inside an HTML block are not an open fence, so no fence is "closed" (which would open one)', () => {
    const text = '# Take 5 grams of kratom daily\n<div>\n```\n\nafter the block\n';
    const finding = linter.lint(text, 'markdown').findings.find((candidate) => candidate.ruleId === 'missing-provider-advice');
    assert.ok(finding);
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.deepEqual(linter.lint(fixed, 'markdown').findings.filter((candidate) => candidate.ruleId === 'missing-provider-advice'), []);
    assert.equal(fixed.split('```').length, 2, 'no fence line was added');
  });

  it('missing-provider-advice: a fence opened after an HTML block that holds a fence line is closed, so the fix is applied once', () => {
    // The line scan pairs the backticks inside the HTML block with the real, unclosed fence.
    const text = 'Take 5 grams daily.\n<div>\n```\n\nafter blank\n\n```\ncode to the end\n';
    const finding = linter.lint(text, 'markdown').findings.find((candidate) => candidate.ruleId === 'missing-provider-advice');
    assert.ok(finding);
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.ok(fixed.startsWith(text), 'the original text is kept');
    assert.deepEqual(linter.lint(fixed, 'markdown').findings.filter((candidate) => candidate.ruleId === 'missing-provider-advice'), []);
  });

  it('commercial-link: deleting a link after a CRLF takes the whole line break, never half of it', () => {
    const text = 'Kratom.\r\nhttps://shop.example.com/?ref=abc\r\n';
    const finding = linter.lint(text, 'plaintext').findings.find((candidate) => candidate.ruleId === 'commercial-link');
    assert.ok(finding);
    for (const fix of [...finding.fixes, ...finding.suggestions]) {
      for (const edit of fix.edits) {
        assert.ok(!(text[edit.start - 1] === '\r' && text[edit.start] === '\n'), `${fix.title} starts inside a CRLF`);
        assert.ok(!(text[edit.end - 1] === '\r' && text[edit.end] === '\n'), `${fix.title} ends inside a CRLF`);
      }
    }
    const deletion = finding.suggestions.find((fix) => fix.title.startsWith('Delete the link'));
    assert.ok(deletion);
    assert.equal(applyEdits(text, deletion.edits), 'Kratom.\r\n');
  });
});
