import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeRule, lintWith, assertEveryEditResolves } from './rule-cases.js';

const RULE = 'hype-language';
const HYPE = 'is hype';
const DETOX = 'is a detox claim';
const FRAUD = 'hidden-cure hook';

describe('rule: hype-language', () => {
  describeRule(RULE, {
    valid: [
      { language: 'markdown', name: 'medical term: breakthrough pain', text: 'Opioids are used for breakthrough pain in cancer.\n' },
      { language: 'markdown', name: 'medical term: breakthrough bleeding', text: 'Breakthrough bleeding is common in the first months of the pill.\n' },
      { language: 'plaintext', name: 'FDA designation', text: 'The FDA granted the drug Breakthrough Therapy designation in 2021.' },
      { language: 'plaintext', name: 'trade secret is not a secret ingredient', text: 'The maker keeps the recipe as a trade secret.' },
      { language: 'plaintext', name: 'an ordinary "secret of"', text: 'Our guide explains the secret of reading a supplement label: look for third-party testing.' },
      { language: 'plaintext', name: 'medical detoxification is not a detox claim', text: 'Opioid detoxification should happen under medical supervision.' },
      { language: 'markdown', name: 'negated', text: 'There is no miracle cure for chronic pain.\n' },
      { language: 'markdown', name: 'negated with a gap', text: "Kratom isn't a cure-all, and no supplement is a magic bullet.\n" },
      { language: 'markdown', name: 'a myth named as such', text: 'The myth of the superfood sells a lot of powder.\n' },
      { language: 'markdown', name: 'so-called', text: 'Beware of so-called superfoods.\n' },
      { language: 'markdown', name: 'a label others gave', text: 'Some scientists called the result a breakthrough, while others urged caution.\n' },
      { language: 'markdown', name: 'how participants described it', text: 'Several participants described the change as life-changing.\n' },
      { language: 'markdown', name: 'quoted in running text', text: 'Avoid words such as "miracle" and "breakthrough" in headlines.\n' },
      { language: 'markdown', name: 'quotation marks', text: 'The label calls it a \u201cmiracle cure\u201d, which it is not.\n' },
      { language: 'markdown', name: 'block quotation', text: '> This revolutionary tea will detox your body.\n' },
      { language: 'markdown', name: 'a question', text: 'Is kratom a miracle cure?\n' },
      { language: 'markdown', name: 'inline code', text: 'The CSS class `miracle-cure` styles the banner.\n' },
      { language: 'html', name: 'script content is not prose', text: '<p>Kratom relieves some pain.</p><script>var miracle = "breakthrough";</script>' },
      { language: 'plaintext', name: 'careful writing', text: 'Kratom shows promise for some kinds of pain, but more research is needed.' },
      { language: 'markdown', name: 'suppressed by a directive', text: '<!-- health-lint-disable-next-line hype-language -->\nA true medical breakthrough.\n' },
      { language: 'markdown', name: 'allowed phrase in configuration', text: 'Our Superfood Salad recipe has kale.\n', config: { lexicon: { allowedPhrases: ['Superfood Salad'] } } },
      { language: 'markdown', name: 'rule switched off', text: 'A miracle cure.\n', config: { rules: { 'hype-language': 'off' } } },
    ],
    invalid: [
      {
        language: 'markdown',
        name: 'miracle cure: replace',
        text: 'Kratom is a miracle cure for pain.\n',
        errors: [{ text: 'miracle cure', message: HYPE, suggestions: ['Replace "miracle cure" with "treatment"'] }],
      },
      {
        language: 'markdown',
        name: 'an allowed phrase counts only as whole words ("a" does not allow "miracle")',
        text: 'Kratom is a miracle cure for pain.\n',
        config: { lexicon: { allowedPhrases: ['a', 'mirac', 'ure for'] } },
        errors: [{ text: 'miracle cure', message: HYPE, suggestions: ['Replace "miracle cure" with "treatment"'] }],
      },
      {
        language: 'markdown',
        name: 'breakthrough as a modifier: delete, fixing the article',
        text: 'Try this breakthrough formula. It is a breakthrough supplement.\n',
        errors: [
          { text: 'breakthrough', message: HYPE, suggestions: ['Delete "breakthrough"'] },
          { text: 'breakthrough', message: HYPE, suggestions: ['Delete "breakthrough"'] },
        ],
      },
      {
        language: 'markdown',
        name: 'breakthrough as a noun: replace with "advance", fixing the article',
        text: 'It is a breakthrough in arthritis care.\n',
        errors: [{ text: 'breakthrough', suggestions: ['Replace "breakthrough" with "advance"'] }],
      },
      {
        language: 'markdown',
        name: 'a row of modifiers',
        text: 'This revolutionary, amazing superfood powder helps.\n',
        errors: [
          { text: 'revolutionary', suggestions: ['Delete "revolutionary"'] },
          { text: 'amazing', suggestions: ['Delete "amazing"'] },
          { text: 'superfood', suggestions: ['Delete "superfood"'] },
        ],
      },
      {
        language: 'markdown',
        name: 'a predicate adjective needs a person to rewrite',
        text: 'The results were amazing.\n',
        errors: [{ text: 'amazing', message: HYPE, suggestions: [] }],
      },
      {
        language: 'markdown',
        name: 'the writer naming it is the writer\'s hype',
        text: 'We called it a miracle cure for tired joints.\n',
        errors: [{ text: 'miracle cure' }],
      },
      {
        language: 'markdown',
        name: 'an appeal to authority in the present tense',
        text: 'Doctors are calling it a breakthrough for joint health.\n',
        errors: [{ text: 'breakthrough' }],
      },
      {
        language: 'markdown',
        name: 'game-changer, holy grail, panacea',
        text: 'Kratom is a game-changer, the holy grail of pain relief, a panacea.\n',
        errors: [
          { text: 'game-changer', suggestions: ['Replace "game-changer" with "advance"'] },
          { text: 'holy grail', suggestions: ['Replace "holy grail" with "goal"'] },
          { text: 'panacea', suggestions: ['Replace "panacea" with "remedy"'] },
        ],
      },
      {
        language: 'markdown',
        name: 'detox claims',
        text: 'This tea will detox your body and flush out toxins.\n',
        errors: [
          { text: 'detox your body', message: DETOX, suggestions: [] },
          { text: 'flush out toxins', message: DETOX },
        ],
      },
      {
        language: 'markdown',
        name: 'hidden-cure hooks and secrets',
        text: 'Doctors hate this secret ingredient.\n',
        errors: [
          { text: 'Doctors hate', message: FRAUD },
          { text: 'secret ingredient', suggestions: ['Replace "secret ingredient" with "ingredient"'] },
        ],
      },
      {
        language: 'markdown',
        name: 'a heading is checked too',
        text: '# The Miracle Plant Big Pharma Fears\n',
        errors: [{ text: 'Miracle Plant', suggestions: ['Replace "Miracle Plant" with "plant"'] }],
      },
      {
        language: 'markdown',
        name: 'emphasis inside a phrase: the range spans the markup',
        text: 'A *miracle* cure.\n',
        errors: [{ text: 'miracle* cure', suggestions: [] }],
      },
      {
        language: 'markdown',
        name: 'a negation in an earlier clause does not reach',
        text: 'It is not cheap, but it is a miracle cure.\n',
        errors: [{ text: 'miracle cure' }],
      },
      {
        language: 'html',
        name: 'HTML paragraph',
        text: '<p>Meet the <em>wonder drug</em> of the decade.</p>',
        errors: [{ text: 'wonder drug', suggestions: ['Replace "wonder drug" with "drug"'] }],
      },
      {
        language: 'html',
        name: 'HTML: no edit across a tag',
        text: '<p>A <b>revolutionary</b> pill.</p>',
        errors: [{ text: 'revolutionary', suggestions: [] }],
      },
      {
        language: 'plaintext',
        name: 'plain text',
        text: 'Moringa is the superfood everyone needs.\nIt revolutionizes energy.',
        errors: [
          { text: 'superfood', suggestions: ['Delete "superfood"'] },
          { text: 'revolutionizes', suggestions: ['Replace "revolutionizes" with "changes"'] },
        ],
      },
      {
        language: 'markdown',
        name: 'severity from configuration',
        text: 'A scientific breakthrough.\n',
        config: { rules: { 'hype-language': 'error' } },
        errors: [{ text: 'scientific breakthrough', suggestions: ['Replace "scientific breakthrough" with "new finding"'] }],
      },
    ],
  });

  it('applies suggestions as an editor would', () => {
    const text = 'It is a breakthrough supplement and an amazing, safe tea.\n';
    const findings = lintWith(RULE, text, 'markdown');
    const applied = findings.map((finding) => {
      const edit = finding.suggestions[0].edits[0];
      return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    });
    assert.deepEqual(applied, ['It is a supplement and an amazing, safe tea.\n', 'It is a breakthrough supplement and a safe tea.\n']);
  });

  it('keeps the sentence capitalised when the first word is deleted', () => {
    const text = 'Revolutionary pills help some people.\n';
    const [finding] = lintWith(RULE, text, 'markdown');
    const edit = finding.suggestions[0].edits[0];
    assert.equal(text.slice(0, edit.start) + edit.newText + text.slice(edit.end), 'Pills help some people.\n');
  });

  it('picks "an" when the replacement starts with a vowel', () => {
    const text = 'This is a breakthrough in care.\n';
    const [finding] = lintWith(RULE, text, 'markdown');
    const edit = finding.suggestions[0].edits[0];
    assert.equal(text.slice(0, edit.start) + edit.newText + text.slice(edit.end), 'This is an advance in care.\n');
  });

  describe('seed articles', () => {
    const seeds = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
    for (const file of readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort()) {
      it(`${file}: no hype (the seeds are sober in tone: "promising", "compelling" and "detoxification" are not hype terms)`, () => {
        const text = readFileSync(`${seeds}${file}`, 'utf8');
        const findings = lintWith(RULE, text, 'plaintext');
        assert.deepEqual(findings.map((finding) => text.slice(finding.start, finding.end)), []);
        assertEveryEditResolves(RULE, text, 'plaintext', undefined, findings);
      });
    }
  });
});
