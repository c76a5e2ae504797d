import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeRule, lintWith, assertEveryEditResolves } from './rule-cases.js';

const RULE = 'absolute-language';
const ABSOLUTE = 'is absolute';
const PROOF = 'claims a level of proof';
const GUARANTEE = 'no health product can guarantee';
const SPEED = 'speed or permanence';

describe('rule: absolute-language', () => {
  describeRule(RULE, {
    valid: [
      { language: 'markdown', name: 'advice: always consult', text: 'Always consult your doctor before you start kratom.\n' },
      { language: 'markdown', name: 'advice: never exceed', text: 'Never exceed the recommended dose.\n' },
      { language: 'plaintext', name: 'advice: always prioritize (seed 001)', text: 'Remember: always prioritize your health and well-being when exploring new treatment options.' },
      { language: 'markdown', name: 'advice with should', text: 'You should always start with a low dose, and you should never mix it with alcohol.\n' },
      { language: 'markdown', name: 'advice: an imperative with a base-form verb', text: 'Always reduce the dose if you feel drowsy.\n' },
      { language: 'markdown', name: 'advice: stop instantly', text: 'Stop instantly if you feel dizzy.\n' },
      { language: 'markdown', name: 'a harm, not a promise', text: 'Heavy drinking can permanently damage your liver.\n' },
      { language: 'markdown', name: 'negated: does not always work', text: 'Kratom does not always work, and no product works for everyone.\n' },
      { language: 'markdown', name: 'negated: not proven', text: 'It has not been proven to relieve pain.\n' },
      { language: 'markdown', name: 'negated guarantee', text: 'Results are not guaranteed to last.\n' },
      { language: 'markdown', name: 'proven, with the proof named', text: 'Exercise is proven to lower blood pressure in many large trials.\n' },
      { language: 'markdown', name: 'guaranteed in another sense', text: 'Your privacy is guaranteed by law, and delivery is guaranteed within a week.\n' },
      { language: 'markdown', name: 'every time without an effect', text: 'Every time you take it, drink a glass of water.\n' },
      { language: 'markdown', name: 'a question', text: 'Does kratom always work?\n' },
      { language: 'markdown', name: 'quoted', text: 'Be wary of labels that say "guaranteed results" or "100% effective".\n' },
      { language: 'markdown', name: 'attributed', text: 'The tea is marketed as 100% effective.\n' },
      { language: 'markdown', name: 'block quotation', text: '> It works every time, the vendor wrote.\n' },
      { language: 'markdown', name: 'safety absolutes belong to safety-minimization', text: 'Kratom is 100% safe.\n' },
      { language: 'markdown', name: 'hedged, quantified writing', text: 'In one trial, 40% of participants reported less pain after eight weeks.\n' },
      { language: 'markdown', name: 'suppressed', text: '<!-- health-lint-disable-next-line absolute-language -->\nIt never fails.\n' },
      { language: 'markdown', name: 'allowed phrase', text: 'Our slogan: it always works.\n', config: { lexicon: { allowedPhrases: ['it always works'] } } },
    ],
    invalid: [
      {
        language: 'markdown',
        name: 'always works, never fails',
        text: 'Kratom always works. It never fails.\n',
        errors: [
          { text: 'always works', message: ABSOLUTE, suggestions: ['Replace "always works" with "often works"'] },
          { text: 'never fails', message: ABSOLUTE, suggestions: ['Replace "never fails" with "usually works"'] },
        ],
      },
      {
        language: 'markdown',
        name: 'an absolute after "and" in the same sentence as advice',
        text: 'Take it with food and it will always help.\n',
        errors: [{ text: 'always help', suggestions: ['Replace "always help" with "often help"'] }],
      },
      {
        language: 'markdown',
        name: 'guarantees',
        text: 'It is guaranteed to relieve pain. Results are guaranteed.\n',
        errors: [
          { text: 'is guaranteed to', message: GUARANTEE, suggestions: ['Replace "is guaranteed to" with "may"'] },
          { text: 'Results are guaranteed', message: GUARANTEE, suggestions: [] },
        ],
      },
      {
        language: 'html',
        name: 'guaranteed as a clause of its own',
        text: '<p>It works for everyone, guaranteed.</p>',
        errors: [
          { text: 'works for everyone', suggestions: ['Replace "works for everyone" with "works for some people"'] },
          { text: 'guaranteed', message: GUARANTEE, suggestions: [] },
        ],
      },
      {
        language: 'markdown',
        name: 'guaranteed results: delete the modifier',
        text: 'Enjoy guaranteed relief.\n',
        errors: [{ text: 'guaranteed relief', suggestions: ['Replace "guaranteed relief" with "relief"'] }],
      },
      {
        language: 'markdown',
        name: '100% effective, works for everyone',
        text: 'This tea is 100% effective and works for everyone.\n',
        errors: [
          { text: '100% effective', message: ABSOLUTE, suggestions: ['Replace "100% effective" with "effective for some people"'] },
          { text: 'works for everyone', message: ABSOLUTE, suggestions: ['Replace "works for everyone" with "works for some people"'] },
        ],
      },
      {
        language: 'markdown',
        name: '100% of the time',
        text: 'Our formula works 100% of the time.\n',
        errors: [{ text: '100% of the time', suggestions: ['Replace "100% of the time" with "for some people"'] }],
      },
      {
        language: 'markdown',
        name: 'proven to',
        text: 'Kratom is proven to reduce pain.\n',
        errors: [{ text: 'is proven to', message: PROOF, suggestions: ['Replace "is proven to" with "may"'] }],
      },
      {
        language: 'markdown',
        name: 'instantly and permanently',
        text: 'It instantly relieves pain and permanently cures arthritis.\n',
        errors: [
          { text: 'instantly', message: SPEED, suggestions: ['Delete "instantly"'] },
          { text: 'permanently', message: SPEED, suggestions: ['Delete "permanently"'] },
        ],
      },
      {
        language: 'markdown',
        name: 'an adverb after its verb',
        text: 'Kratom relieves pain instantly.\n',
        errors: [{ text: 'instantly', suggestions: ['Delete "instantly"'] }],
      },
      {
        language: 'markdown',
        name: 'works every time, completely cures',
        text: 'It works every time and completely cures migraines.\n',
        errors: [
          { text: 'every time', suggestions: ['Replace "every time" with "often"'] },
          { text: 'completely cures', suggestions: ['Replace "completely cures" with "cures"'] },
        ],
      },
      {
        language: 'html',
        name: 'HTML list item',
        text: '<ul><li>Never fails, even for severe pain</li></ul>',
        errors: [{ text: 'Never fails' }],
      },
      {
        language: 'html',
        name: 'HTML: emphasis splits the phrase, so no edit is offered',
        text: '<p>It <strong>always</strong> works.</p>',
        errors: [{ text: 'always</strong> works', suggestions: [] }],
      },
      {
        language: 'plaintext',
        name: 'plain text',
        text: 'Permanent relief for joint pain.\nIt helps everyone.',
        errors: [
          { text: 'Permanent relief', suggestions: ['Replace "Permanent relief" with "lasting relief"'] },
          { text: 'helps everyone', suggestions: ['Replace "helps everyone" with "helps some people"'] },
        ],
      },
    ],
  });

  it('keeps the case of a sentence-initial phrase', () => {
    const text = 'Permanent relief awaits.\n';
    const [finding] = lintWith(RULE, text, 'markdown');
    const edit = finding.suggestions[0].edits[0];
    assert.equal(edit.newText, 'Lasting relief');
  });

  describe('seed articles', () => {
    const seeds = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
    for (const file of readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort()) {
      it(`${file}: nothing absolute ("always prioritize your health" is advice)`, () => {
        const text = readFileSync(`${seeds}${file}`, 'utf8');
        const findings = lintWith(RULE, text, 'plaintext');
        assert.deepEqual(findings.map((finding) => text.slice(finding.start, finding.end)), []);
        assertEveryEditResolves(RULE, text, 'plaintext', undefined, findings);
      });
    }
  });
});
