// Claims that consumer pages make by promising a result: an infinitive asserted by the evidence
// named before it ("Backed by science to lower cortisol"), and an ambiguous word given its health
// sense by a product as the subject ("Our tea melts away stress"). Sentences of our own.

import { strict as assert } from 'node:assert';
import { createLinter, type Finding } from '../../rules/index.js';

const CLAIM_RULES = new Set(['unhedged-claim', 'disease-claim']);

function claimsIn(text: string): Finding[] {
  return createLinter()
    .lint(text, 'markdown')
    .findings.filter((finding) => CLAIM_RULES.has(finding.ruleId));
}

const flaggedText = (text: string): string[] => [...new Set(claimsIn(text).map((finding) => text.slice(finding.start, finding.end)))];

describe('an infinitive asserted by the evidence named before it', () => {
  it('flags the infinitive after an evidence participle and a phrase that names research', () => {
    assert.deepEqual(flaggedText('Supported by two clinical trials to lower LDL cholesterol.\n'), ['Supported by two clinical trials to lower LDL cholesterol']);
    assert.deepEqual(flaggedText('Shown in research to tame sugar cravings.\n'), ['Shown in research to tame sugar cravings']);
    assert.deepEqual(flaggedText('Our lozenges are backed by science to soothe a scratchy throat.\n'), ['backed by science to soothe a scratchy throat']);
  });

  it('flags a clinical or compound test participle before the infinitive', () => {
    assert.deepEqual(flaggedText('Clinically tested to relieve itchy eyes.\n'), ['Clinically tested to relieve itchy eyes']);
    assert.deepEqual(flaggedText('Pharmacist-tested to ease heartburn.\n'), ['Pharmacist-tested to ease heartburn']);
  });

  it('leaves alone a purpose, a test with no clinical word, and a phrase that names no research', () => {
    assert.deepEqual(flaggedText('The walking club is supported by a council grant to lower blood pressure among carers.\n'), []);
    assert.deepEqual(flaggedText('Each batch is tested to meet purity standards.\n'), []);
    assert.deepEqual(flaggedText('The tablets were tested to check that they dissolve.\n'), []);
  });

  it('leaves a hedged one hedged', () => {
    assert.deepEqual(flaggedText('Backed by early research, magnesium may ease muscle cramps.\n'), []);
  });
});

describe('an ambiguous word given its health sense by a product as the subject', () => {
  it('reads the word after a phrasal verb whose subject is a product noun', () => {
    assert.deepEqual(flaggedText('Our chamomile tea melts away stress.\n'), ['melts away stress']);
  });

  it('leaves the word alone when the subject is no product', () => {
    assert.deepEqual(flaggedText('A good stretch melts away stress.\n'), []);
  });
});
