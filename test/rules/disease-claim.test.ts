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
      // Headings and titles that name a topic assert nothing.
      { language: 'markdown', name: 'a heading naming a topic', text: '## Managing chronic pain\n\nMost people need more than one approach.\n' },
      { language: 'html', name: 'an HTML heading naming a topic', text: '<h2>Mitigating Opioid Withdrawal Symptoms</h2><p>Withdrawal can be hard.</p>' },
      { language: 'plaintext', name: 'a table of contents entry', text: 'Contents:\n\n- Treating Insomnia Without Pills\n- Sleep and Diet\n' },
      { language: 'markdown', name: 'a heading with a care noun', text: '# Chronic pain relief: what the trials show\n' },
      // A use or a topic, not an asserted effect.
      { language: 'markdown', name: 'an option for managing a disease', text: 'Some readers ask about herbs as an option for managing chronic pain.\n' },
      { language: 'markdown', name: 'a dose for a use', text: 'The usual dosage for chronic pain relief differs between products.\n' },
      { language: 'markdown', name: 'a circumstance', text: 'When managing arthritis, keep a diary of flare-ups.\n' },
      { language: 'markdown', name: 'a gerund subject', text: 'Treating migraines takes patience and a good neurologist.\n' },
      { language: 'markdown', name: 'a goal named with "how to"', text: 'Your school nurse can show you how to manage asthma during sports.\n' },
      { language: 'markdown', name: 'means listed for a goal', text: 'There are several ways to prevent heart disease, and most of them cost nothing.\n' },
      // Hedged research findings are careful article writing.
      { language: 'markdown', name: 'hedged: may help', text: 'This herb may help relieve arthritis pain.\n' },
      { language: 'markdown', name: 'hedged: a finding that suggests', text: 'Early trials suggest that the extract eases migraines.\n' },
      { language: 'markdown', name: 'hedged: a belief reaching over a long subject', text: "It is thought that the leaf's main alkaloid in high doses helps to ease withdrawal symptoms.\n" },
      { language: 'markdown', name: 'hedged: potential', text: 'Researchers are interested in its potential to relieve neuropathic pain.\n' },
      // Negation of a verb of showing or advising scopes over what it governs.
      { language: 'markdown', name: 'a negated verb of showing', text: 'The trial does not show that a daily capsule will prevent heart attacks.\n' },
      { language: 'markdown', name: 'a negated recommendation', text: 'Guidelines do not recommend the supplement for healthy adults to prevent heart disease.\n' },
      { language: 'markdown', name: 'little evidence', text: 'There is little reliable evidence that daily zinc prevents colds.\n' },
      // Medicines and standard care named as the subject: medical care, not a product claim.
      { language: 'markdown', name: 'a drug named by its INN stem (-triptan)', text: 'Rizatriptan relieves migraines within two hours for many patients.\n' },
      { language: 'markdown', name: 'a drug named by its INN stem (-prazole)', text: 'Pantoprazole heals stomach ulcers in most people.\n' },
      { language: 'markdown', name: 'a named essential medicine', text: 'Low-dose aspirin reduces the risk of a second heart attack.\n' },
      { language: 'markdown', name: 'a drug class from the substitution list', text: 'Antidepressants can ease depression, though they take weeks to work.\n' },
      { language: 'markdown', name: 'standard care', text: 'Physiotherapy eases chronic back pain for many people.\n' },
      { language: 'markdown', name: '"lower" as an adjective after "as"', text: 'The authors scored the behaviour as lower anxiety.\n' },
    ],
    invalid: [
      {
        language: 'markdown',
        text: 'Our tea cures arthritis.\n',
        errors: [{ text: 'cures arthritis', message: DISEASE }],
      },
      {
        language: 'markdown',
        name: 'a goal named with "how to" in a sentence that sells',
        text: 'Here is how to beat gout with our cherry capsules.\n',
        errors: [{ text: 'beat gout', message: DISEASE }],
      },
      {
        language: 'markdown',
        name: 'a hedged claim in product copy (our blend)',
        text: 'Our herbal blend may help relieve arthritis pain.\n',
        errors: [{ text: 'relieve arthritis', message: 'in product copy' }],
      },
      {
        language: 'markdown',
        name: 'a hedged claim beside a shop link',
        text: 'This tea may help relieve arthritis pain. [Buy now](https://shop.example.com/tea?ref=healthblog)\n',
        errors: [{ text: 'relieve arthritis', message: 'Softened or not' }],
      },
      {
        language: 'markdown',
        name: 'a frequency word does not hedge',
        text: 'The tincture usually cures insomnia within a week.\n',
        errors: [{ text: 'cures insomnia' }],
      },
      {
        language: 'markdown',
        name: 'a heading that asserts with a verb',
        text: '# Turmeric Cures Arthritis\n',
        errors: [{ text: 'Cures Arthritis' }],
      },
      {
        language: 'markdown',
        name: 'a heading with a finite verb',
        text: '## Five Herbs That Fight Cancer\n',
        errors: [{ text: 'Fight Cancer' }],
      },
      {
        language: 'markdown',
        name: 'an effect after "effective in"',
        text: 'The extract is effective in treating migraines.\n',
        errors: [{ text: 'treating migraines' }],
      },
      {
        language: 'markdown',
        name: 'an effect after "a role in"',
        text: 'Ginger plays a central role in easing nausea and preventing migraines.\n',
        errors: [{ text: 'preventing migraines' }],
      },
      {
        language: 'markdown',
        name: 'a medicine the product is compared with is not the subject',
        text: 'The powder works like morphine to relieve chronic pain.\n',
        errors: [{ text: 'relieve chronic pain' }],
      },
      {
        language: 'markdown',
        name: 'a comparison "at" a gerund states an effect',
        text: 'This blend is stronger than aspirin at easing arthritis.\n',
        errors: [{ text: 'easing arthritis' }],
      },
      {
        language: 'markdown',
        name: 'a short word ending like a drug stem is not a drug',
        text: 'In April this tea cured my arthritis.\n',
        errors: [{ text: 'cured my arthritis' }],
      },
      {
        language: 'markdown',
        name: 'the strongest claim of the sentence',
        text: 'It relieves arthritis pain and cures insomnia.\n',
        errors: [{ text: 'cures insomnia' }],
      },
      {
        language: 'markdown',
        name: '"not only" adds to the claim',
        text: 'This oil not only soothes the skin but cures eczema.\n',
        errors: [{ text: 'cures eczema' }],
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
        name: 'HTML: a topic heading is clean, the paragraph claims',
        text: '<h2>Mitigating Opioid Withdrawal Symptoms</h2><p>It treats <em>type 2 diabetes</em>.</p>',
        errors: [{ text: 'treats <em>type 2 diabetes' }],
      },
      {
        language: 'markdown',
        name: 'one finding per sentence',
        text: 'It cures cancer and prevents strokes. It eases anxiety and relieves arthritis.\n',
        errors: [{ text: 'cures cancer' }, { text: 'eases anxiety' }],
      },
    ],
  });

  describeSeeds(RULE);

  it('finds the seeds\' asserted disease claims and leaves their topic headings and hedged findings alone', () => {
    const seeds = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
    const files = ['000_d35425ebc50fbd4b.txt', '001_aecc3b4146d78e57.txt', '002_6c991e039ea08f29.txt', '003_c0693bd013c8954e.txt', '004_1ba3465e53400557.txt'];
    const linted = new Map(
      files.map((file) => {
        const text = readFileSync(seeds + file, 'utf8');
        return [file, { text, findings: lintWith(RULE, text, 'plaintext') }];
      }),
    );
    const covers = (file: string, phrase: string): boolean => {
      const { text, findings } = linted.get(file)!;
      const at = text.indexOf(phrase);
      assert.ok(at >= 0, `${file}: "${phrase}" not found`);
      return findings.some((finding) => finding.start < at + phrase.length && at < finding.end);
    };
    let total = 0;
    for (const [file, { text, findings }] of linted) {
      total += findings.length;
      for (const finding of findings) {
        const phrase = text.slice(finding.start, finding.end);
        assert.match(phrase, /chronic pain|withdrawal|arthritis|anxiety|opioids|medications/i, `${file}: "${phrase}"`);
      }
      for (const careful of ['respiratory depression', 'The FDA has issued warnings', 'side effects like dizziness or constipation']) {
        if (text.includes(careful)) assert.ok(!covers(file, careful), `${file}: "${careful}"`);
      }
    }
    assert.ok(total > 0, 'the seeds make disease claims');
    // Asserted effects are reported.
    assert.ok(covers('003_c0693bd013c8954e.txt', 'offering relief from withdrawal symptoms'));
    assert.ok(covers('004_1ba3465e53400557.txt', 'leading to the alleviation of chronic pain'));
    // Topic headings, uses and hedged findings are not.
    assert.ok(!covers('003_c0693bd013c8954e.txt', 'Understanding Kratom and Its Role in Mitigating Opioid Withdrawal Symptoms'));
    assert.ok(!covers('001_aecc3b4146d78e57.txt', 'a natural alternative for managing chronic pain'));
    assert.ok(!covers('004_1ba3465e53400557.txt', 'may represent a viable option for managing chronic pain'));
  });
});
