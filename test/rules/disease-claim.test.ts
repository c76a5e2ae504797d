import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeRule, describeSeeds, lintWith } from './rule-cases.js';

const RULE = 'disease-claim';
const DISEASE = 'claims an effect on a disease';
const SUBSTITUTE = 'offers the product in place of';

describe('rule: disease-claim', () => {
  describeRule(RULE, {
    valid: [
      { language: 'markdown', name: 'negated', text: 'Kratom does not cure cancer.\n' },
      { language: 'markdown', name: 'negated subject', text: 'No supplement can cure cancer.\n' },
      { language: 'markdown', name: 'the FDA disclaimer itself', text: 'This product is not intended to diagnose, treat, cure, or prevent any disease.\n' },
      { language: 'markdown', name: 'a question', text: 'Can turmeric cure depression?\n' },
      { language: 'markdown', name: 'an embedded question', text: 'Researchers are testing whether it prevents migraines.\n' },
      { language: 'markdown', name: 'attributed', text: 'Sellers claim it cures depression.\n' },
      { language: 'markdown', name: 'quoted', text: 'Labels promising to \u201creverse diabetes\u201d are illegal.\n' },
      { language: 'markdown', name: 'clinical care, not a product', text: 'Doctors treat arthritis with NSAIDs and physiotherapy.\n' },
      { language: 'plaintext', name: 'a drug as the subject', text: 'Prescription antivirals can treat the flu if started early.' },
      { language: 'markdown', name: 'an effect called an open research question', text: 'Its efficacy in managing chronic pain is the subject of ongoing research.\n' },
      { language: 'markdown', name: 'a kind of care described with its medicines', text: 'Treatment for opioid use disorder includes medications such as buprenorphine.\n' },
      { language: 'markdown', name: 'public-health advice about a habit', text: 'Regular exercise can lower the risk of heart disease.\n' },
      { language: 'markdown', name: 'a permitted structure/function claim', text: 'Helps with occasional sleeplessness.\n' },
      { language: 'markdown', name: 'mild symptoms', text: 'May ease mild anxiety before exams.\n' },
      { language: 'markdown', name: 'a field of care, not a product effect', text: 'Diabetes management includes diet and exercise.\n' },
      { language: 'markdown', name: 'a side effect, not a disease', text: 'Mitragynine has a lower risk of respiratory depression.\n' },
      { language: 'markdown', name: '"lower" as a comparative adjective', text: 'Kratom may carry a lower risk of addiction than opioids.\n' },
      { language: 'markdown', name: 'a structure/function claim', text: 'Supports a healthy immune system.\n' },
      { language: 'markdown', name: 'block quotation', text: '> This tea cures arthritis.\n' },
      { language: 'markdown', name: 'a clause break stops the reach of the verb', text: 'It eases tension, but arthritis needs a doctor.\n' },
    ],
    invalid: [
      {
        language: 'markdown',
        text: 'Our tea cures arthritis.\n',
        errors: [{ text: 'cures arthritis', message: DISEASE }],
      },
      {
        language: 'markdown',
        name: 'hedged claims are still disease claims under FDA rules',
        text: 'This herb may help relieve arthritis pain.\n',
        errors: [{ text: 'relieve arthritis', message: 'softened or not' }],
      },
      {
        language: 'plaintext',
        name: 'a claim verb reaching over a list',
        text: 'Many users report that kratom can effectively alleviate pain from conditions such as arthritis, fibromyalgia, and back injuries.',
        errors: [{ text: 'alleviate pain from conditions such as arthritis' }],
      },
      {
        language: 'markdown',
        name: 'a stated purpose is a claim',
        text: 'This blend is intended to treat arthritis.\n',
        errors: [{ text: 'treat arthritis' }],
      },
      {
        language: 'markdown',
        name: 'a noun after the disease',
        text: 'A natural approach to chronic pain relief.\n',
        errors: [{ text: 'chronic pain relief' }],
      },
      {
        language: 'markdown',
        name: 'a remedy',
        text: 'A natural remedy for insomnia.\n',
        errors: [{ text: 'remedy for insomnia' }],
      },
      {
        language: 'markdown',
        name: 'prevention',
        text: 'Elderberry helps prevent the flu.\n',
        errors: [{ text: 'prevent the flu' }],
      },
      {
        language: 'markdown',
        name: 'risk reduction of a disease',
        text: 'Garlic reduces the risk of heart disease.\n',
        errors: [{ text: 'reduces the risk of heart disease' }],
      },
      {
        language: 'markdown',
        name: '"lowers" as a verb',
        text: 'This tea lowers high blood pressure.\n',
        errors: [{ text: 'lowers high blood pressure' }],
      },
      {
        language: 'markdown',
        name: 'replacing a medicine',
        text: 'Use it as an alternative to your medication.\n',
        errors: [{ text: 'alternative to your medication', message: SUBSTITUTE }],
      },
      {
        language: 'markdown',
        name: 'replacing a drug class',
        text: 'Many turn to it instead of antidepressants.\n',
        errors: [{ text: 'instead of antidepressants' }],
      },
      {
        language: 'html',
        name: 'HTML heading and paragraph',
        text: '<h2>Mitigating Opioid Withdrawal Symptoms</h2><p>It treats <em>type 2 diabetes</em>.</p>',
        errors: [{ text: 'Mitigating Opioid Withdrawal Symptoms' }, { text: 'treats <em>type 2 diabetes' }],
      },
      {
        language: 'markdown',
        name: 'one finding per sentence',
        text: 'It cures cancer and prevents strokes.\n',
        errors: [{ text: 'cures cancer' }],
      },
    ],
  });

  describeSeeds(RULE);

  it('finds the seeds\' disease claims: every finding aims a claim verb at pain, withdrawal or a drug', () => {
    const seeds = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
    for (const file of ['000_d35425ebc50fbd4b.txt', '001_aecc3b4146d78e57.txt', '002_6c991e039ea08f29.txt', '003_c0693bd013c8954e.txt', '004_1ba3465e53400557.txt']) {
      const text = readFileSync(seeds + file, 'utf8');
      const findings = lintWith(RULE, text, 'plaintext').map((finding) => text.slice(finding.start, finding.end));
      assert.ok(findings.length > 0, `${file} makes disease claims`);
      for (const phrase of findings) {
        assert.match(phrase, /chronic pain|withdrawal|arthritis|anxiety|opioids|medications/i, `${file}: "${phrase}"`);
      }
      // Careful sentences stay clean.
      for (const careful of ['respiratory depression', 'The FDA has issued warnings', 'side effects like dizziness or constipation']) {
        const at = text.indexOf(careful);
        if (at < 0) continue;
        assert.ok(!lintWith(RULE, text, 'plaintext').some((finding) => finding.start < at + careful.length && at < finding.end), `${file}: "${careful}"`);
      }
    }
  });
});
