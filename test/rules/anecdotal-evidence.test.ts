import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeRule, lintWith, assertEveryEditResolves } from './rule-cases.js';

const RULE = 'anecdotal-evidence';
const REPORTS = 'offers what users say as evidence';
const HOOK = 'offers testimonials as proof';
const PROOF = 'treats anecdotes as proof';
const LABEL = 'Say that these are anecdotal reports';

describe('rule: anecdotal-evidence', () => {
  describeRule(RULE, {
    valid: [
      { language: 'markdown', name: 'anecdotes reported as weak evidence', text: 'While anecdotal evidence exists, trials are needed.\n' },
      {
        language: 'plaintext',
        name: 'seed 000: anecdotal support conceded, studies called for',
        text: 'While anecdotal evidence supports its effectiveness for many users, rigorous scientific studies are needed to fully understand its benefits and risks.',
      },
      { language: 'markdown', name: 'labelled as anecdotal', text: 'Anecdotally, many users report less pain.\n' },
      { language: 'markdown', name: 'weighed in the next sentence', text: 'Some readers say the tea helps them sleep. Such self-reports cannot show that the tea caused it.\n' },
      { language: 'markdown', name: 'the support called weak in the same sentence, in words of no list', text: 'Some walkers find that a knee sleeve keeps them going, but the evidence on sleeves for arthritis is mixed.\n' },
      { language: 'markdown', name: 'the support called weak in the next sentence', text: 'Plenty of parents say chamomile eases teething pain. Research on it remains sparse.\n' },
      { language: 'markdown', name: 'a report of use, not of an outcome', text: 'Many people report taking melatonin to reset their sleep after travel.\n' },
      { language: 'markdown', name: 'a benefit in the writer\'s own remark, not in the report', text: 'Patients often report fatigue, which usually improves after a few weeks.\n' },
      { language: 'markdown', name: 'a concessive clause', text: 'Although many users say it helps, no controlled trial has tested it.\n' },
      { language: 'markdown', name: 'reports of harms claim no benefit', text: 'Some users have reported nausea and withdrawal symptoms.\n' },
      { language: 'markdown', name: 'a reported benefit that is negated', text: 'Users report that it did not help.\n' },
      { language: 'markdown', name: 'study participants report data', text: 'In the 2020 survey, participants reported less pain.\n' },
      { language: 'markdown', name: 'people in a trial', text: 'Patients in the trial reported better sleep than those on placebo.\n' },
      { language: 'markdown', name: 'a survey named before the reporters', text: 'In a 2020 survey of 500 kratom users, many reported less pain.\n' },
      { language: 'markdown', name: 'scarcity: few users', text: 'Few users report any benefit.\n' },
      { language: 'markdown', name: 'negated proof', text: 'Testimonials do not prove that a product works.\n' },
      { language: 'markdown', name: 'hedged: anecdotes "suggest"', text: 'Research and anecdotal evidence suggest it may ease withdrawal.\n' },
      { language: 'markdown', name: 'a question', text: 'Do users report less pain?\n' },
      { language: 'markdown', name: 'quotation marks', text: 'Avoid openings such as "many users report that it works".\n' },
      { language: 'markdown', name: 'block quotation', text: '> Thousands of customers swear by it.\n' },
      { language: 'html', name: 'HTML block quotation', text: '<blockquote><p>Many users report relief.</p></blockquote>' },
      { language: 'markdown', name: 'a reporter with no report verb', text: 'Many people also turn to kratom as an alternative for chronic pain.\n' },
      { language: 'markdown', name: 'a clause break between reporter and verb', text: 'Many users, doctors say, take it daily for relief.\n' },
      { language: 'markdown', name: 'suppressed', text: '<!-- health-lint-disable-next-line anecdotal-evidence -->\nMany users report that it relieves pain.\n' },
    ],
    invalid: [
      {
        language: 'markdown',
        name: 'support praised, not called weak',
        text: 'Plenty of parents say chamomile eases teething pain. Research on it is growing.\n',
        errors: [{ text: 'Plenty of parents say', message: REPORTS, suggestions: [LABEL] }],
      },
      {
        language: 'plaintext',
        name: 'seed 000: many users report',
        text: 'Many users report that kratom can effectively alleviate pain from conditions such as arthritis.',
        errors: [{ text: 'Many users report', message: REPORTS, suggestions: [LABEL] }],
      },
      {
        language: 'markdown',
        name: 'thousands of customers swear by it',
        text: 'Thousands of customers swear by it.\n',
        errors: [{ text: 'Thousands of customers swear by', message: REPORTS, suggestions: [LABEL] }],
      },
      {
        language: 'markdown',
        name: 'people say it changed their life: one finding a sentence',
        text: 'People say it changed their life.\n',
        errors: [{ text: 'People say', message: REPORTS }],
      },
      {
        language: 'markdown',
        name: 'a reporter separated from its verb by a modifier',
        text: 'Users of kratom pills often report a reduction in chronic pain.\n',
        errors: [{ text: 'Users of kratom pills often report', suggestions: [LABEL] }],
      },
      {
        language: 'markdown',
        name: '"a few" is a quantity, not scarcity',
        text: 'A few readers told us their migraines were gone.\n',
        errors: [{ text: 'A few readers told us' }],
      },
      {
        language: 'markdown',
        name: 'other reporters and benefits',
        text: 'Countless moms swear by elderberry syrup for colds. Reviewers say this tea knocked out their insomnia in a week.\n',
        errors: [{ text: 'Countless moms swear by' }, { text: 'Reviewers say' }],
      },
      {
        language: 'markdown',
        name: 'a study named after the testimonial does not make it data',
        text: 'Thousands of customers swear by it, and clinical studies show it lowers cortisol.\n',
        errors: [{ text: 'Thousands of customers swear by', suggestions: [LABEL] }],
      },
      {
        language: 'markdown',
        name: 'the report comes after the benefit',
        text: 'This pill fixes sleep, some readers say.\n',
        errors: [{ text: 'some readers say', suggestions: [LABEL] }],
      },
      {
        language: 'markdown',
        name: 'testimonial hook: no single rewording, so no suggestion',
        text: "Don't take our word for it.\n",
        errors: [{ text: "Don't take our word for it", message: HOOK, suggestions: [] }],
      },
      {
        language: 'markdown',
        name: 'anecdotes as proof: soften the verb',
        text: 'Customer testimonials prove it works.\n',
        errors: [{ text: 'Customer testimonials prove', message: PROOF, suggestions: ['Replace "prove" with "suggest"'] }],
      },
      {
        language: 'markdown',
        name: 'anecdotal evidence shows',
        text: 'Anecdotal evidence shows that kratom eases withdrawal.\n',
        errors: [{ text: 'Anecdotal evidence shows', message: PROOF, suggestions: ['Replace "shows" with "suggests"'] }],
      },
      {
        language: 'html',
        name: 'HTML paragraph',
        text: '<p>Many patients tell us that the tea <em>works</em>.</p>',
        errors: [{ text: 'Many patients tell us', suggestions: [LABEL] }],
      },
      {
        language: 'html',
        name: 'HTML heading',
        text: '<h2>Real people, real results</h2>',
        errors: [{ text: 'Real people, real results', message: HOOK }],
      },
      {
        language: 'plaintext',
        name: 'plain text, two paragraphs',
        text: 'Kratom is a plant.\n\nMost fans rave about its calming effect.',
        errors: [{ text: 'Most fans rave about', suggestions: [LABEL] }],
      },
    ],
  });

  it('inserts the label before the sentence-final punctuation', () => {
    const text = 'Many users report relief.\n';
    const [finding] = lintWith(RULE, text, 'markdown');
    const edit = finding.suggestions[0].edits[0];
    assert.equal(text.slice(0, edit.start) + edit.newText + text.slice(edit.end), 'Many users report relief (anecdotal reports, not results of controlled trials).\n');
  });

  describe('seed articles', () => {
    const seeds = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
    // What an editor flags: user reports offered as evidence of effect. Not flagged: sentences
    // that call the evidence anecdotal and weigh it ("while anecdotal evidence supports ...,
    // rigorous scientific studies are needed"; "anecdotal evidence and some scientific studies
    // suggest"), reports of adverse effects, and study participants' reports.
    const expected: Record<string, string[]> = {
      '000_d35425ebc50fbd4b.txt': ['Many users report'],
      '001_aecc3b4146d78e57.txt': [],
      '002_6c991e039ea08f29.txt': ['Users often report', 'Users of kratom pills often report'],
      '003_c0693bd013c8954e.txt': [],
      '004_1ba3465e53400557.txt': [],
    };
    const names = readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort();
    for (const file of names) {
      it(file, () => {
        const text = readFileSync(`${seeds}${file}`, 'utf8');
        const findings = lintWith(RULE, text, 'plaintext');
        assert.deepEqual(findings.map((finding) => text.slice(finding.start, finding.end)), expected[file] ?? []);
        assertEveryEditResolves(RULE, text, 'plaintext', undefined, findings);
      });
    }
    it('leaves the conceded anecdotal evidence in seed 000 alone', () => {
      const file = '000_d35425ebc50fbd4b.txt';
      const text = readFileSync(`${seeds}${file}`, 'utf8');
      const phrase = 'anecdotal evidence supports its effectiveness for many users';
      const at = text.indexOf(phrase);
      assert.ok(at >= 0);
      assert.ok(!lintWith(RULE, text, 'plaintext').some((finding) => finding.start < at + phrase.length && at < finding.end));
    });
  });
});
