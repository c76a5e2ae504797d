import { strict as assert } from 'node:assert';
import { applyEdits, parseDocument } from '../../rules/index.js';
import { missingProviderAdvice } from '../../rules/catalog/missing-provider-advice.js';
import { resolveSettings } from '../../rules/engine/config.js';
import { splitSentences } from '../../rules/engine/sentences.js';
import { describeRule, describeSeeds, lintWith } from './rule-cases.js';

const RULE = 'missing-provider-advice';
const MESSAGE = 'never advises readers to consult';
const FIX = 'Add advice to consult a health professional at the end';
const ADVICE = 'Talk to your doctor or pharmacist before you start, stop or change any treatment, supplement or dose.';

describe('rule: missing-provider-advice', () => {
  describeRule(RULE, {
    valid: [
      { language: 'markdown', text: '# Magnesium\n\nTake 200 mg at night. Talk to your doctor before you start.\n' },
      { language: 'markdown', text: 'Typical doses are 1-2 grams. Users should consult healthcare professionals before taking any supplement.\n' },
      { language: 'plaintext', text: 'The usual dose is 2 capsules.\n\nUse this herbal remedy under the guidance of a healthcare provider.' },
      { language: 'html', text: '<p>Take 2 capsules a day.</p><p>Seek medical advice if symptoms persist.</p>' },
      { language: 'markdown', text: 'Dosing should be professionally supervised. Start with 1 g.\n' },
      { language: 'markdown', text: 'Start with 500 mg. Ask your pharmacist whether it interacts with your other medicines.\n' },
      { language: 'markdown', name: 'double negation is advice', text: "Start with 2 g. Don't take it without talking to your doctor.\n" },
      { language: 'markdown', name: 'advice in a list item', text: 'Take 300 mg daily.\n\n- Check with your GP first.\n' },
      { language: 'markdown', name: 'the reader\'s own provider as the subject', text: 'The dose is 5 mg. Your doctor can help you decide whether it suits you.\n' },
      { language: 'plaintext', name: "a provider's instructions", text: "Take 2 g daily. Follow your doctor's instructions." },
      { language: 'plaintext', name: 'plural possessive, negated twice', text: "Take 2 g daily. Do not stop without your physicians' approval." },
      { language: 'markdown', name: 'nothing about using a treatment', text: '# Sleep\n\nKeep a regular schedule and a dark, quiet room.\n' },
      { language: 'plaintext', name: 'a single passing mention of treatment', text: 'The council debated treatment funding for the new clinic.' },
      { language: 'markdown', name: 'configured advice text counts', text: 'Take 2 g daily.\n\nRun it past a qualified expert first.\n', config: { providerAdviceText: 'Run it past a qualified expert first.' } },
      { language: 'markdown', name: 'silenced for the file', text: '<!-- health-lint-disable-file missing-provider-advice -->\n# Kratom dosing guide\n\nTake 2 g.\n' },
      { language: 'html', name: 'silenced on the title line', text: '<!-- health-lint-disable-next-line missing-provider-advice -->\n<h1>Dosing</h1>\n<p>Take 2 g.</p>' },
      { language: 'markdown', name: 'rule switched off', text: 'Take 2 g daily.\n', config: { rules: { [RULE]: 'off' } } },
      { language: 'plaintext', name: 'kitchen measures in a recipe are no dose', text: 'Stir 2 cups of oats into the milk and simmer for five minutes.' },
      { language: 'markdown', name: 'a hedged claim on a page that sells nothing', text: '# Peppermint and IBS\n\nPeppermint oil capsules may ease IBS cramps, a 2019 review found. Larger trials are under way.\n' },
    ],
    invalid: [
      {
        language: 'markdown',
        name: 'a hedged claim about a product on a page that sells it',
        text: '# Ginger Travel Lozenges\n\nOur ginger lozenges may help ease nausea on long drives.\n\nGrab a tin for $6.99 at checkout.\n',
        errors: [{ text: 'Ginger Travel Lozenges', message: MESSAGE }],
        output: `# Ginger Travel Lozenges\n\nOur ginger lozenges may help ease nausea on long drives.\n\nGrab a tin for $6.99 at checkout.\n\n${ADVICE}\n`,
      },
      {
        language: 'markdown',
        name: 'a hedged claim beside an affiliate link',
        text: 'This chamomile spray may calm a restless mind. [Buy it here](https://www.amazon.com/dp/B000?tag=sleepblog-20).\n',
        errors: [{ text: 'This chamomile spray may calm a restless mind.', message: MESSAGE }],
        output: `This chamomile spray may calm a restless mind. [Buy it here](https://www.amazon.com/dp/B000?tag=sleepblog-20).\n\n${ADVICE}\n`,
      },
      {
        language: 'plaintext',
        name: 'any unit of the dose-unit lexicon makes a dose (gummies, softgels)',
        text: 'Take 2 gummies before bed.',
        errors: [{ text: 'Take 2 gummies before bed.', message: MESSAGE }],
        output: `Take 2 gummies before bed.\n\n${ADVICE}`,
      },
      {
        language: 'plaintext',
        name: 'a kitchen measure beside a use word is a dose',
        text: 'Take 1 tablespoon of the tincture each morning.',
        errors: [{ text: 'Take 1 tablespoon of the tincture each morning.', message: MESSAGE }],
        output: `Take 1 tablespoon of the tincture each morning.\n\n${ADVICE}`,
      },
      {
        language: 'markdown',
        name: 'reports on the title',
        text: '# Kratom dosing guide\n\nStart with 2 grams of powder and increase slowly.\n',
        errors: [{ text: 'Kratom dosing guide', message: MESSAGE, fixes: [FIX] }],
        output: `# Kratom dosing guide\n\nStart with 2 grams of powder and increase slowly.\n\n${ADVICE}\n`,
      },
      {
        language: 'markdown',
        name: 'providers named in another role do not count',
        text: 'Many people take 500 mg of magnesium at night. It is crucial for researchers, doctors, and policymakers to work together.',
        errors: [{ text: 'Many people take 500 mg of magnesium at night.', message: MESSAGE }],
        output: `Many people take 500 mg of magnesium at night. It is crucial for researchers, doctors, and policymakers to work together.\n\n${ADVICE}`,
      },
      {
        language: 'plaintext',
        name: 'negated advice does not count',
        text: "Take 2 capsules a day. You don't need to see a doctor.\n",
        errors: [{ text: 'Take 2 capsules a day.', message: MESSAGE }],
        output: `Take 2 capsules a day. You don't need to see a doctor.\n\n${ADVICE}\n`,
      },
      {
        language: 'plaintext',
        name: 'advice "without" a provider is negated',
        text: 'Patients often take these pills without consulting a doctor. Many users take the pills daily.',
        errors: [{ text: 'Patients often take these pills without consulting a doctor.' }],
      },
      {
        language: 'html',
        name: 'HTML: the fix goes inside <body>',
        text: '<html><body><h1>Ashwagandha</h1><p>Take 600 mg daily.</p></body></html>',
        errors: [{ text: 'Ashwagandha', message: MESSAGE, fixes: [FIX] }],
        output: `<html><body><h1>Ashwagandha</h1><p>Take 600 mg daily.</p><p>${ADVICE}</p>\n</body></html>`,
      },
      {
        language: 'html',
        name: 'HTML fragment: escaped advice appended',
        text: '<p>Take 2 capsules a day.</p>',
        config: { providerAdviceText: 'Ask your doctor & pharmacist <first>.' },
        errors: [{ text: 'Take 2 capsules a day.' }],
        output: '<p>Take 2 capsules a day.</p>\n<p>Ask your doctor &amp; pharmacist &lt;first&gt;.</p>\n',
      },
      {
        language: 'plaintext',
        name: "a provider's approval, negated",
        text: "Take 2 g daily. It works without your doctor's approval.",
        errors: [{ text: 'Take 2 g daily.' }],
      },
      {
        language: 'markdown',
        name: 'Markdown: a leading list marker in the advice text is escaped',
        text: '# Iron\n\nTake 65 mg every other day.\n',
        config: { providerAdviceText: '- Ask your doctor first.' },
        errors: [{ text: 'Iron' }],
        output: '# Iron\n\nTake 65 mg every other day.\n\n\\- Ask your doctor first.\n',
      },
      {
        language: 'markdown',
        name: 'Markdown ending in an unclosed code fence: the fence is closed first',
        text: 'Take 2 g daily.\n\n~~~~\nlog: 2 g\n',
        errors: [{ text: 'Take 2 g daily.' }],
        output: `Take 2 g daily.\n\n~~~~\nlog: 2 g\n~~~~\n\n${ADVICE}\n`,
      },
      {
        language: 'markdown',
        name: 'Markdown ending in an unclosed tilde fence after a list item\'s backtick fence: the tilde fence is closed',
        text: 'Take 2 g daily.\n\n- ```\n  in the list\n  ```\n~~~\nlog: 2 g\n~~~ not a closing fence\n',
        errors: [{ text: 'Take 2 g daily.' }],
        output: `Take 2 g daily.\n\n- \`\`\`\n  in the list\n  \`\`\`\n~~~\nlog: 2 g\n~~~ not a closing fence\n~~~\n\n${ADVICE}\n`,
      },
      {
        language: 'markdown',
        name: 'Markdown ending in a list: the advice is a paragraph of its own',
        text: 'Take 2 g daily.\n\n- with food\n- in the morning\n',
        errors: [{ text: 'Take 2 g daily.' }],
        output: `Take 2 g daily.\n\n- with food\n- in the morning\n\n${ADVICE}\n`,
      },
      {
        language: 'markdown',
        name: 'use of a product in two sentences, no dose',
        text: 'Patients take these pills for pain.\n\nMany users take the pills daily.\n',
        errors: [{ text: 'Patients take these pills for pain.' }],
      },
      {
        language: 'markdown',
        name: 'configured advice text is what the fix inserts',
        text: 'Take 2 g daily.\r\n',
        config: { providerAdviceText: 'Run it past a qualified expert first.' },
        errors: [{ text: 'Take 2 g daily.' }],
        output: 'Take 2 g daily.\r\n\r\nRun it past a qualified expert first.\r\n',
      },
    ],
  });

  describeSeeds(RULE);

  describe('what counts as advice to consult a professional', () => {
    const advice = [
      'Before starting any new supplement, check in with your healthcare team.',
      'Consult your physician.',
      'Speak with a registered dietitian.',
      "Get your doctor's OK before you start.",
      "Let your doctor know if you take St. John's wort.",
      'Make sure your doctor knows about all the supplements you take.',
      'Inform your pharmacist.',
      'Your healthcare provider can recommend a safe dose.',
      "If you're pregnant, check with your OB-GYN first.",
      'Always seek the advice of your physician or other qualified health provider.',
      'Discuss any potential risks with your doctor.',
    ];
    const notAdvice = [
      'Doctors disagree about it.',
      'Many people use it instead of seeing a doctor.',
      'Researchers consulted the literature and doctors.',
      'Skip the doctor and save money.',
      'As we will see, doctors rarely prescribe it.',
      'This is not medical advice.',
      'No need to consult a doctor first.',
    ];
    for (const sentence of advice) {
      it(`advice: ${sentence}`, () => assert.deepEqual(lintWith(RULE, `Take 500 mg daily. ${sentence}`, 'plaintext'), []));
    }
    for (const sentence of notAdvice) {
      it(`not advice: ${sentence}`, () => assert.equal(lintWith(RULE, `Take 500 mg daily. ${sentence}`, 'plaintext').length, 1));
    }
  });

  it('collects prose offsets relative to the block, so cached facts survive moving the block', () => {
    const settings = resolveSettings({});
    const text = 'Take 2 g daily.';
    const near = parseDocument(`${text}\n`, 'markdown').blocks[0];
    const far = parseDocument(`# Title\n\nSome intro.\n\n${text}\n`, 'markdown').blocks[2];
    const factsNear = missingProviderAdvice.collect({ block: near, sentences: splitSentences(near.text) }, settings);
    const factsFar = missingProviderAdvice.collect({ block: far, sentences: splitSentences(far.text) }, settings);
    assert.deepEqual(factsNear, factsFar);
    assert.deepEqual(factsNear?.doseSentence, { start: 0, end: text.length });
  });

  it('reports once however many passages discuss dosing, and the fix holds on re-lint', () => {
    const text = '## Dose\n\nTake 1 g.\n\nThen 2 g.\n\n## More\n\nThen 3 g.';
    const findings = lintWith(RULE, text, 'markdown');
    assert.equal(findings.length, 1);
    const fixed = applyEdits(text, findings[0].fixes[0].edits);
    assert.deepEqual(lintWith(RULE, fixed, 'markdown'), []);
    assert.ok(fixed.endsWith(`\n\n${ADVICE}`));
  });
});
