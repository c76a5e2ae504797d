// The shared context helpers of the catalog rules (rules/catalog/context/), and odd input
// through the five rules that use them most.

import { strict as assert } from 'node:assert';
import { splitSentences } from '../../rules/index.js';
import { contextReason, isDistanced, isHedged, isNegated, isQuestion, quotedSpans, sentenceWords } from '../../rules/catalog/context/sentence-context.js';
import { lintWith } from './rule-cases.js';

function view(text: string) {
  const [sentence] = splitSentences(text);
  return sentenceWords(sentence);
}

describe('catalog context helpers', () => {
  it('negation reaches within its clause and a few words only', () => {
    const text = 'It is not cheap, but it is completely safe.';
    assert.equal(isNegated(text, view(text), text.indexOf('completely')), false);
    const negated = 'No product sold online is completely safe.';
    assert.equal(isNegated(negated, view(negated), negated.indexOf('completely')), true);
    const far = 'Not one of the many, many products that we tested in our lab was safe.';
    assert.equal(isNegated(far, view(far), far.indexOf('safe')), false);
  });

  it('hedges count in the same clause, including user hedges', () => {
    const text = 'It may be non-addictive.';
    assert.equal(isHedged(text, view(text), text.indexOf('non-addictive')), true);
    const custom = 'It is debatably harmless.';
    assert.equal(isHedged(custom, view(custom), custom.indexOf('harmless')), false);
    assert.equal(isHedged(custom, view(custom), custom.indexOf('harmless'), ['debatably']), true);
  });

  it('distancing cues cover what follows them in the sentence', () => {
    const text = 'Sellers claim it cures depression.';
    assert.equal(isDistanced(view(text), text.indexOf('cures')), true);
    assert.equal(isDistanced(view(text), 0), false);
  });

  it('questions end with a question mark, possibly inside quotes', () => {
    assert.equal(isQuestion(splitSentences('Is it safe?')[0]), true);
    assert.equal(isQuestion(splitSentences('He asked, \u201cIs it safe?\u201d')[0]), true);
    assert.equal(isQuestion(splitSentences('It is safe.')[0]), false);
  });

  it('quotation spans pair curly and straight quotes, never apostrophes', () => {
    const text = 'Kratom\u2019s label says \u201cno side effects\u201d and "risk-free"; kratom\u2018s fans agree.';
    const spans = quotedSpans({ text }).map((span) => text.slice(span.start, span.end));
    assert.deepEqual(spans, ['\u201cno side effects\u201d', '"risk-free"']);
    const unclosed = 'An \u201copen quote never closes.';
    assert.deepEqual(quotedSpans({ text: unclosed }), []);
  });

  it('gives the reason a phrase is not the writer\'s claim', () => {
    const text = 'Labels say \u201ccompletely safe\u201d.';
    const spans = quotedSpans({ text });
    const at = text.indexOf('completely');
    assert.equal(contextReason({ text, context: { quoted: false } }, spans, view(text), at, at + 15), 'quotation');
    assert.equal(contextReason({ text, context: { quoted: true } }, spans, view(text), at, at + 15), 'blockquote');
  });
});

describe('catalog rules on odd input', () => {
  const rules = ['dosage-instruction', 'safety-minimization', 'disease-claim', 'uncited-evidence', 'missing-supplement-disclaimer'];
  const inputs = [
    '',
    '\n\n\n',
    '?',
    '5',
    '5 mg',
    'without',
    '\u201c',
    'take 1-2-3-4-5 mg mg mg',
    '<p>5 <b>mg</b></p>',
    '> > > cures cancer',
    'studies show'.repeat(50),
    '\uFFFC\uFFFC 5 mg \uFFFC',
    '\uD83D\uDE00 cures arthritis \uD83D\uDE00 completely safe',
    '[1](', '<a href="x">studies show</a>',
  ];
  for (const ruleId of rules) {
    it(`${ruleId}: never throws, ranges stay inside the text`, () => {
      for (const text of inputs) {
        for (const language of ['markdown', 'html', 'plaintext'] as const) {
          for (const finding of lintWith(ruleId, text, language)) {
            assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length, `${language}: ${JSON.stringify(text)}`);
          }
        }
      }
    });
  }
});
