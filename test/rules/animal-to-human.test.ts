import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeRule, lintWith, assertEveryEditResolves } from './rule-cases.js';

const RULE = 'animal-to-human';
const QUALIFY = 'Say that this was shown only in the preclinical model';

describe('rule: animal-to-human', () => {
  describeRule(RULE, {
    valid: [
      { language: 'markdown', name: 'qualified: the result keeps its subject', text: 'Kratom reduced pain in rats.\n' },
      { language: 'markdown', name: 'qualified up front', text: 'In mice, kratom relieves pain.\n' },
      { language: 'markdown', name: 'a study reporting a result in its model', text: 'A study found that kratom reduced pain in rats.\n' },
      { language: 'markdown', name: 'limitation stated', text: 'In mice, kratom reduced anxiety-like behaviour, but it has not been tested in humans.\n' },
      { language: 'markdown', name: 'limitation: may not apply to people', text: 'Extracts killed bacteria in test tubes, so they may help infections, but results in test tubes may not apply to people.\n' },
      { language: 'markdown', name: 'the limit stated in the next sentence', text: 'Rats given the extract ate less, so it could help people lose weight. It has not been tested in humans.\n' },
      { language: 'markdown', name: 'human trials are cited too', text: 'Kratom eased pain in rats, and clinical trials in people now show it can help patients.\n' },
      { language: 'markdown', name: 'hedged, with no claim about people', text: 'Studies in mice suggest that CBD may reduce anxiety.\n' },
      { language: 'markdown', name: 'unknown whether it works in humans', text: 'It reversed memory loss in mice; whether it works in humans is unknown.\n' },
      { language: 'markdown', name: 'in vitro fertilization is not a lab model', text: 'In vitro fertilization has improved, so it can help you conceive.\n' },
      { language: 'markdown', name: '"animal" in another sense', text: 'Animal protein can help you build muscle.\n' },
      { language: 'markdown', name: 'advice after an animal finding is not a claim', text: 'Rats given high doses developed liver damage, so you should be careful.\n' },
      { language: 'markdown', name: 'negated subject', text: 'No animal studies exist, and people report that it helps.\n' },
      { language: 'markdown', name: 'a question', text: 'Does a study in mice mean it will help you?\n' },
      { language: 'markdown', name: 'a hedge from lexicon.hedges', text: 'Research on rats shows kratom in principle relieves pain.\n', config: { lexicon: { hedges: ['in principle'] } } },
      { language: 'markdown', name: 'block quotation', text: '> Kratom reduced pain in rats, so it can help your back pain.\n' },
      { language: 'markdown', name: 'suppressed', text: '<!-- health-lint-disable-next-line animal-to-human -->\nA study in mice shows it cures anxiety.\n' },
    ],
    invalid: [
      {
        language: 'markdown',
        name: 'a rat result applied to the reader',
        text: 'Kratom reduced pain in rats, so it can help your back pain.\n',
        errors: [{ text: 'so it can help your back pain', message: 'applies a result in rats to people', suggestions: [QUALIFY] }],
      },
      {
        language: 'markdown',
        name: 'a study in mice "shows" a general claim',
        text: 'A study in mice shows X cures anxiety.\n',
        errors: [{ text: 'X cures anxiety', message: 'in mice', suggestions: [QUALIFY] }],
      },
      {
        language: 'markdown',
        name: 'research on rats shows',
        text: 'Research on rats shows that kratom relieves pain.\n',
        errors: [{ text: 'kratom relieves pain', suggestions: [QUALIFY] }],
      },
      {
        language: 'markdown',
        name: 'the next sentence draws the conclusion',
        text: 'Kratom reduced pain in rats. This means it can help your back pain.\n',
        errors: [{ text: 'This means it can help your back pain', suggestions: [QUALIFY] }],
      },
      {
        language: 'markdown',
        name: 'in vitro',
        text: 'In vitro, the extract killed bacteria, which means it fights your infections.\n',
        errors: [{ text: 'which means it fights your infections', message: 'applies a result in vitro to people' }],
      },
      {
        language: 'markdown',
        name: 'hedged, but applied to the reader',
        text: 'Animal studies found less inflammation, so it may help your joints.\n',
        errors: [{ text: 'so it may help your joints', message: 'in animal studies' }],
      },
      {
        language: 'markdown',
        name: '"new hope" for patients from a mouse study',
        text: 'Researchers found that the compound shrank tumors in mice, offering new hope for cancer patients.\n',
        errors: [{ text: 'offering new hope for cancer patients', suggestions: [QUALIFY] }],
      },
      {
        language: 'html',
        name: 'HTML paragraph with markup',
        text: '<p>Turmeric slowed tumours in <em>mice</em>, so it can protect you from cancer.</p>',
        errors: [{ text: 'so it can protect you from cancer', suggestions: [QUALIFY] }],
      },
      {
        language: 'plaintext',
        name: 'plain text',
        text: 'A cell culture study shows the compound kills cancer cells and helps patients live longer.',
        errors: [{ text: 'and helps patients live longer' }],
      },
    ],
  });

  it('the suggested qualifier names the model', () => {
    const text = 'A study in mice shows X cures anxiety.\n';
    const [finding] = lintWith(RULE, text, 'markdown');
    const edit = finding.suggestions[0].edits[0];
    assert.equal(text.slice(0, edit.start) + edit.newText + text.slice(edit.end), 'A study in mice shows X cures anxiety (shown in mice only, not yet tested in people).\n');
  });

  describe('seed articles', () => {
    const seeds = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
    for (const file of readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort()) {
      it(`${file}: no animal or lab studies are cited, so nothing to report`, () => {
        const text = readFileSync(`${seeds}${file}`, 'utf8');
        const findings = lintWith(RULE, text, 'plaintext');
        assert.deepEqual(findings.map((finding) => text.slice(finding.start, finding.end)), []);
        assertEveryEditResolves(RULE, text, 'plaintext', undefined, findings);
      });
    }
  });
});
