import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeRule, describeSeeds, lintWith } from './rule-cases.js';

const RULE = 'dosage-instruction';
const BARE = 'with no note that doses should be set with a doctor or pharmacist';
const SOFTENED = 'does mention professional advice or individual variation';

describe('rule: dosage-instruction', () => {
  describeRule(RULE, {
    valid: [
      { language: 'markdown', name: 'a year', text: 'Kratom was scheduled in 2016 in some states.\n' },
      { language: 'markdown', name: 'a duration of research, not of a dose', text: 'The team spent 2 to 6 weeks of research on the question.\n' },
      { language: 'markdown', name: 'a percentage', text: 'Pain scores showed a 20% reduction.\n' },
      { language: 'markdown', name: 'a head count', text: 'The survey had 1,000 participants who took capsules or powder.\n' },
      { language: 'markdown', name: 'a dose a study gave, in the past tense', text: 'In the trial, participants received 5 mg of melatonin each night.\n' },
      { language: 'plaintext', name: 'study doses reported with "took"', text: 'Adults in the study took 300 mg of ashwagandha daily for 8 weeks.' },
      { language: 'markdown', name: 'product composition', text: 'Each capsule contains 500 mg of ashwagandha root extract.\n' },
      { language: 'markdown', name: 'a lab value', text: 'LDL cholesterol above 190 mg/dL is high.\n' },
      { language: 'markdown', name: 'a concentration', text: 'The oral solution is 5 mg/mL.\n' },
      { language: 'markdown', name: 'an amount per tablet on a label', text: 'Vitamin C, 500 mg per tablet.\n' },
      { language: 'markdown', name: 'a portion size and its nutrients', text: 'A 100 g serving of salmon has 2 g of omega-3 fats.\n' },
      { language: 'markdown', name: 'a recipe amount', text: 'Add 2 cups of flour and stir.\n' },
      { language: 'markdown', name: 'a question', text: 'Is 10 grams of kratom too much?\n' },
      { language: 'markdown', name: 'a quoted example', text: 'Avoid copy such as "take 10 grams a day" on product pages.\n' },
      { language: 'markdown', name: 'a block quotation', text: '> Take 5 mg an hour before bed.\n' },
      { language: 'html', name: 'a body weight', text: '<p>The average adult weighs 70 kg.</p>' },
      { language: 'markdown', name: 'a schedule outside an instruction', text: 'The clinic is open daily from 9 to 5.\n' },
      { language: 'markdown', name: 'code is not prose', text: 'Set `dose = "5 mg"` in the config.\n' },
      { language: 'markdown', name: 'a dose attributed to a named source', text: 'Most adults need 10 micrograms of vitamin D a day, according to the NHS.\n' },
      { language: 'markdown', name: 'a dose with a citation', text: 'Start with 300 mg a day [2].\n' },
      { language: 'markdown', name: 'a dose linked to its study', text: 'The trial dose was 300 mg ([the trial report](https://example.org/trial-report)).\n' },
      { language: 'markdown', name: 'a warning not to exceed a limit', text: 'Do not take more than 100 micrograms a day.\n' },
      { language: 'plaintext', name: 'never exceed', text: 'Never exceed 4 grams in a day.' },
      { language: 'markdown', name: 'a limit with "nobody should"', text: 'Nobody should take more than 3 g of paracetamol a day without advice.\n' },
      { language: 'markdown', name: 'a dose attributed to product labels', text: 'Bottle labels list 200 mg to 600 mg per day, and package inserts suggest 400 mg at night.\n' },
      { language: 'markdown', name: 'a dose attributed to a guideline body', text: 'Sleep guidelines recommend 0.5 mg to 3 mg for jet lag.\n' },
      { language: 'markdown', name: 'a dose attributed to experts the writer asked', text: 'The pharmacists we interviewed said that 1 g daily is a common amount.\n' },
      { language: 'markdown', name: 'label directions repeated as directed', text: 'Adults can take 2 tablets every 6 hours, as directed on the packaging.\n' },
      { language: 'markdown', name: 'a stated upper limit', text: 'The safe upper limit for adults is 45 mg of iron a day.\n' },
      { language: 'markdown', name: 'a product strength in brackets', text: '**Brand Z Calm Drops (10 mg).** Tastes of mint.\n' },
      { language: 'markdown', name: 'doses as data in a table', text: '| Product | Amount per serving |\n|---|---|\n| Brand X | 200 mg |\n| Brand Y | 1-5 mg |\n' },
      { language: 'html', name: 'doses as data in an HTML table', text: '<table><tr><th>Trial</th><th>Daily dose</th></tr><tr><td>ACME-1</td><td>300 mg</td></tr></table>' },
      { language: 'markdown', name: 'a heading naming products', text: '## Six magnesium capsules compared\n' },
      { language: 'markdown', name: 'a trial named in the paragraph', text: 'ACME-2 tested 2 g a day of the purified oil. Events were fewer than in the placebo arm.\n' },
      { language: 'markdown', name: 'switched off', text: 'Take 5 mg an hour before bed.\n', config: { rules: { [RULE]: 'off' } } },
    ],
    invalid: [
      {
        language: 'markdown',
        name: 'an amount with a schedule',
        text: 'Take 5 mg an hour before bed.\n',
        errors: [{ text: '5 mg an hour before bed', message: BARE }],
      },
      {
        language: 'markdown',
        name: 'amount, frequency and duration',
        text: 'Try 500 mg twice daily for 8 weeks.\n',
        errors: [{ text: '500 mg twice daily for 8 weeks', message: 'gives a specific dose as advice' }],
      },
      {
        language: 'plaintext',
        name: 'a range with a hyphen and a substance',
        text: 'A standard starting dose might be around 1-2 grams of kratom powder.',
        errors: [{ text: '1-2 grams of kratom powder', message: BARE }],
      },
      {
        language: 'markdown',
        name: 'softened with "might" is still dosing advice',
        text: 'A moderate starting point might range from 2 to 6 grams of powdered leaf.\n',
        errors: [{ text: '2 to 6 grams of powdered leaf' }],
      },
      {
        language: 'markdown',
        name: 'count units with a describing word; one finding per sentence',
        text: 'Most people need 1 to 3 kratom pills, or 2 to 6 grams of leaf.\n',
        errors: [{ text: '1 to 3 kratom pills' }],
      },
      {
        language: 'markdown',
        name: 'a dose per kilogram with a schedule',
        text: 'Give 10 mg/kg every 6 hours.\n',
        errors: [{ text: '10 mg/kg every 6 hours' }],
      },
      {
        language: 'markdown',
        name: 'a shop link does not make a dose sourced',
        text: 'Take 2 gummies daily, available [here](https://amzn.to/x?tag=a-20).\n',
        errors: [{ text: '2 gummies daily' }],
      },
      {
        language: 'markdown',
        name: 'a capsule size in an instruction',
        text: 'Take a 500 mg capsule daily.\n',
        errors: [{ text: '500 mg' }],
      },
      {
        language: 'markdown',
        name: 'attached unit',
        text: 'The usual dose is 1-2g of powder.\n',
        errors: [{ text: '1-2g of powder' }],
      },
      {
        language: 'markdown',
        name: 'a schedule in an instruction',
        text: 'Take it twice a day with meals.\n',
        errors: [{ text: 'twice a day', message: 'gives a dosing schedule as advice' }],
      },
      {
        language: 'markdown',
        name: 'kitchen units when taking something',
        text: 'Drink 2 cups of chamomile tea a day.\n',
        errors: [{ text: '2 cups of chamomile tea a day' }],
      },
      {
        language: 'markdown',
        name: 'advice to consult in the paragraph changes the message, not the finding',
        text: 'Start with 1 gram of powder. Doses vary between people, so talk to your doctor first.\n',
        errors: [{ text: '1 gram of powder', message: SOFTENED }],
      },
      {
        language: 'html',
        name: 'HTML with entities and inline markup',
        text: '<p>Take <strong>300&nbsp;mg</strong> of magnesium at bedtime.</p>',
        errors: [{ text: '300&nbsp;mg</strong> of magnesium at bedtime' }],
      },
      {
        language: 'markdown',
        name: '"no more than" on its own is still a dose to take',
        text: 'Take no more than 2 capsules a day.\n',
        errors: [{ text: '2 capsules a day' }],
      },
      {
        language: 'markdown',
        name: 'in a list item',
        text: '- Dose: 5 to 10 drops under the tongue\n',
        errors: [{ text: '5 to 10 drops' }],
      },
      {
        language: 'markdown',
        name: 'an instruction that mentions the label still advises',
        text: 'Ignore the label and take 3 capsules a day.\n',
        errors: [{ text: '3 capsules a day' }],
      },
      {
        language: 'markdown',
        name: 'a heading with an intake verb instructs',
        text: '## Take 5 mg before bed\n',
        errors: [{ text: '5 mg before bed' }],
      },
      {
        language: 'markdown',
        name: 'a table cell with an intake verb instructs',
        text: '| Step | What to do |\n|---|---|\n| 1 | Take 2 capsules daily |\n',
        errors: [{ text: '2 capsules daily' }],
      },
    ],
  });

  describeSeeds(RULE);

  it('reports nothing on the seeds beyond the two dosage sentences an editor would mark', () => {
    const seeds = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
    const found: string[] = [];
    for (const file of ['000_d35425ebc50fbd4b.txt', '001_aecc3b4146d78e57.txt', '002_6c991e039ea08f29.txt', '003_c0693bd013c8954e.txt', '004_1ba3465e53400557.txt']) {
      const text = readFileSync(seeds + file, 'utf8');
      for (const finding of lintWith(RULE, text, 'plaintext')) found.push(`${file.slice(0, 3)}: ${text.slice(finding.start, finding.end)}`);
    }
    assert.deepEqual(found, ['002: 2 to 6 grams of powdered leaf', '004: 1-2 grams of kratom powder']);
  });
});
