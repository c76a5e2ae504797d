// The health-concept vocabulary (rules/data/health-concepts.json) and its matcher
// (rules/catalog/claims/concepts.ts): the data is well formed and sourced, it keeps every entry
// of the former diseases.json, and matching handles multi-word phrases, plurals (regular and irregular),
// British spellings, case, hyphenated compounds, stop phrases and a user's extra concepts.

import { strict as assert } from 'node:assert';
import conceptData from '../../rules/data/health-concepts.json';
import {
  CONCEPT_CATEGORIES,
  conceptsIn,
  formsOf,
  healthConcepts,
  healthConceptEntries,
  pluralsOf,
  regularPlural,
  type ConceptEntry,
  type ExtraHealthConcept,
} from '../../rules/catalog/claims/concepts.js';
import { splitSentences, splitWords, wordsOfSentence } from '../../rules/engine/sentences.js';
import { builtInRuleIds, parseConfigText, resolveSettings } from '../../rules/index.js';

const entries = conceptData.entries as ConceptEntry[];

/** The concepts found in a text, as "matched text: category" strings. */
function found(text: string, extras: readonly ExtraHealthConcept[] = []): string[] {
  return conceptsIn(splitWords(text), extras).map((match) => `${text.slice(match.start, match.end)}: ${match.category}`);
}

describe('health-concept vocabulary data', () => {
  it('every entry has a phrase, a known category and a source key the file defines', () => {
    const categories = new Set<string>([...CONCEPT_CATEGORIES, 'not-health']);
    const sources = new Set(Object.keys(conceptData.sources));
    const problems = entries.filter(
      (entry) => entry.phrase.trim() !== entry.phrase || entry.phrase === '' || !categories.has(entry.category) || entry.source === undefined || !sources.has(entry.source),
    );
    assert.deepEqual(problems, []);
    assert.ok(entries.length >= 2000, `only ${entries.length} entries`);
    for (const category of CONCEPT_CATEGORIES) {
      const count = entries.filter((entry) => entry.category === category).length;
      assert.ok(count >= 100, `category ${category} has only ${count} entries`);
    }
  });

  it('every source is described and used', () => {
    for (const [key, text] of Object.entries(conceptData.sources)) {
      assert.ok(text.length > 30, `source ${key} should say what it is`);
      assert.ok(entries.some((entry) => entry.source === key), `source ${key} is not used`);
    }
  });

  it('no phrase is listed twice; a form (plural, hyphenated) that two entries share means the same in both', () => {
    const listed = new Map<string, string>();
    const owner = new Map<string, ConceptEntry>();
    const clashes: string[] = [];
    for (const entry of entries) {
      const [phrase, ...others] = formsOf(entry);
      if (listed.has(phrase)) clashes.push(`"${entry.phrase}" is listed twice ("${listed.get(phrase)}")`);
      listed.set(phrase, entry.phrase);
      for (const form of [phrase, ...others]) {
        const previous = owner.get(form);
        if (previous === undefined) owner.set(form, entry);
        else if (previous.category !== entry.category || Boolean(previous.disease) !== Boolean(entry.disease)) clashes.push(`"${form}" is a form of "${entry.phrase}" and of "${previous.phrase}"`);
      }
    }
    assert.deepEqual(clashes, []);
  });

  it('diseases are flagged for disease-claim; stop phrases are not; consumer wording and British spellings say what they stand for', () => {
    assert.deepEqual(entries.filter((entry) => entry.category === 'disease' && entry.disease !== true).map((entry) => entry.phrase), []);
    assert.deepEqual(entries.filter((entry) => entry.category === 'not-health' && (entry.disease || entry.ambiguous)).map((entry) => entry.phrase), []);
    assert.deepEqual(entries.filter((entry) => entry.source === 'consumer' && !entry.note).map((entry) => entry.phrase), []);
    // A British spelling names its American form, and that form is a concept of the same category.
    for (const entry of entries) {
      const american = /British spelling of '(.+?)'(?:;|$)/.exec(entry.note ?? '')?.[1];
      if (american === undefined) continue;
      const [match, ...more] = conceptsIn(splitWords(american));
      assert.ok(match && more.length === 0 && match.category === entry.category, `"${entry.phrase}" is the British spelling of "${american}", which should be a ${entry.category}`);
    }
  });
});

describe('health-concept plurals', () => {
  it('regular plurals of the last word', () => {
    assert.deepEqual(['joint', 'ache', 'allergy', 'sinus', 'abscess', 'rash', 'day'].map(regularPlural), ['joints', 'aches', 'allergies', 'sinuses', 'abscesses', 'rashes', 'days']);
    assert.deepEqual(pluralsOf({ phrase: 'lymph node', category: 'body-part' }), ['lymph nodes']);
    // Mass nouns of functions and wellbeing states, and words already in -s, get none.
    assert.deepEqual(pluralsOf({ phrase: 'digestion', category: 'function' }), []);
    assert.deepEqual(pluralsOf({ phrase: 'diabetes', category: 'disease' }), []);
    assert.deepEqual(pluralsOf({ phrase: 'foot', category: 'body-part', plural: 'feet' }), ['feet']);
  });

  it('matches regular and irregular plurals to their entry', () => {
    assert.deepEqual(found('Stiff joints, tension headaches and food allergies'), ['Stiff joints: symptom', 'tension headaches: disease', 'food allergies: disease']);
    assert.deepEqual(
      conceptsIn(splitWords('Good for feet, teeth, vertebrae and ovaries')).map((match) => match.entry.phrase),
      ['foot', 'tooth', 'vertebra', 'ovary'],
    );
  });
});

describe('health-concept matching', () => {
  it('the longest phrase wins: "gut lining" over "gut", "high blood pressure" over "blood pressure"', () => {
    assert.deepEqual(found('It repairs the gut lining and the gut'), ['gut lining: body-part', 'gut: body-part']);
    assert.deepEqual(found('It treats high blood pressure'), ['high blood pressure: disease']);
    assert.deepEqual(found('It lowers blood pressure'), ['blood pressure: biomarker']);
  });

  it('reads a symptom adjective right before a body part as one symptom, not one already inside another concept', () => {
    assert.deepEqual(found('It eases achy knees and puffy eyes'), ['achy knees: symptom', 'puffy eyes: symptom']);
    assert.deepEqual(found('It soothes your skin'), ['skin: body-part']);
    assert.ok(!conceptsIn(splitWords('It firms saggy skin')).some((match) => match.ambiguous), 'the adjective gives the health sense');
  });

  it('matches British spellings, any case, hyphenated compounds and typographic apostrophes', () => {
    // "sore" makes the body part a symptom (rules/data/symptom-modifiers.json); the British spelling is matched inside it.
    assert.deepEqual(found('Anaemia, diarrhoea and a sore oesophagus'), ['Anaemia: disease', 'diarrhoea: symptom', 'sore oesophagus: symptom']);
    assert.deepEqual(found('the oesophagus'), ['oesophagus: body-part']);
    assert.deepEqual(found('LOWERS LDL AND Blood Sugar'), ['LDL: biomarker', 'Blood Sugar: biomarker']);
    assert.deepEqual(found('for healthy blood-sugar levels and joint-pain relief'), ['blood-sugar levels: biomarker', 'joint-pain: symptom']);
    assert.deepEqual(found('slows Alzheimer’s disease'), ['Alzheimer’s disease: disease']);
    assert.deepEqual(found('It backs the liver’s own defences and the kidneys’ work'), ['liver’s: body-part', 'defences: function', 'kidneys: body-part']);
  });

  it('reports the disease and ambiguous flags', () => {
    const [arthritis, energy, digestion] = conceptsIn(splitWords('arthritis, energy and digestion'));
    assert.deepEqual([arthritis.disease, arthritis.ambiguous], [true, false]);
    assert.deepEqual([energy.disease, energy.ambiguous, energy.category], [false, true, 'wellbeing']);
    assert.deepEqual([digestion.disease, digestion.ambiguous, digestion.category], [false, false, 'function']);
  });

  it('stop phrases hide a health word used in another sense', () => {
    assert.deepEqual(found('I had a gut feeling about the energy bills during the cold war'), []);
    assert.deepEqual(found('She learned it by heart at the focus group'), []);
    assert.deepEqual(found('It eases the respiratory depression'), ['respiratory depression: symptom']);
    assert.equal(conceptsIn(splitWords('respiratory depression'))[0].disease, false);
  });

  it('finds the concepts of consumer claims the closed verb list missed', () => {
    const cases: [string, string[]][] = [
      ['Chaga tames inflammation.', ['inflammation: symptom']],
      ['These gummies shut down sugar cravings for good.', ['sugar cravings: symptom']],
      ['Our bone broth fixes your gut.', ['gut: body-part']],
      ['Reishi soothes frazzled nerves after a long day.', ['frazzled nerves: wellbeing']],
      ['This blend torches stubborn belly fat while you sleep.', ['stubborn belly fat: wellbeing', 'sleep: function']],
      ['Turmeric melts away achy joints and morning stiffness.', ['achy joints: symptom', 'morning stiffness: symptom']],
      ["Lion's mane clears brain fog and sharpens your focus.", ['brain fog: symptom', 'focus: wellbeing']],
      ['Colostrum seals a leaky gut and calms IBS flare-ups.', ['leaky gut: disease', 'IBS: disease', 'flare-ups: symptom']],
      ['Sea moss revs up a sluggish metabolism and thyroid.', ['sluggish metabolism: symptom', 'thyroid: body-part']],
      ['Beet powder supercharges stamina and blood flow.', ['stamina: wellbeing', 'blood flow: function']],
      ['Magnesium knocks out leg cramps and restless legs at night.', ['leg cramps: symptom', 'restless legs: symptom']],
      ['Collagen erases wrinkles and revives dull skin.', ['wrinkles: symptom', 'dull skin: symptom']],
      ['The tonic revitalises a flagging libido and balances hormones.', ['libido: function', 'hormones: function']],
      ['Elderberry shields your immune system from winter colds.', ['immune system: function', 'colds: disease']],
      ['Berberine melts your A1C and your triglycerides.', ['A1C: biomarker', 'triglycerides: biomarker']],
    ];
    for (const [sentence, expected] of cases) assert.deepEqual(found(sentence), expected, sentence);
  });

  it('gives the same answer on the engine’s shared sentence word lists', () => {
    const text = 'Chaga tames inflammation. It also fixes your gut lining and blood-sugar spikes.';
    const viaSentences = splitSentences(text).flatMap((sentence) => conceptsIn(wordsOfSentence(sentence)).map((match) => text.slice(match.start, match.end)));
    assert.deepEqual(viaSentences, ['inflammation', 'gut lining', 'blood-sugar spikes']);
  });
});

describe('health concepts from configuration', () => {
  it('adds a user’s phrases (unclassified), categorised phrases and stop phrases, with plurals', () => {
    const extras: ExtraHealthConcept[] = ['qi deficiency', { phrase: 'adrenal burnout', category: 'symptom' }, { phrase: 'energy audit', category: 'not-health' }, { phrase: 'candida', category: 'disease', disease: true }];
    assert.deepEqual(found('It fixes qi deficiencies and adrenal burnout', extras), ['qi deficiencies: unclassified', 'adrenal burnout: symptom']);
    assert.deepEqual(found('We ran an energy audit', extras), []);
    assert.deepEqual(found('We ran an energy audit'), ['energy: wellbeing']);
    const [candida] = conceptsIn(splitWords('It kills candida'), extras);
    assert.deepEqual([candida.category, candida.disease, candida.entry.source], ['disease', true, 'user configuration']);
  });

  it('compiles once per configuration', () => {
    const extras = ['qi deficiency'];
    assert.equal(healthConcepts(extras), healthConcepts(extras));
    assert.equal(healthConcepts(extras), healthConcepts(['qi deficiency']), 'an equal list from a reloaded configuration');
    assert.notEqual(healthConcepts(extras), healthConcepts([]));
    assert.equal(healthConceptEntries.length, entries.length);
  });

  it('lexicon.healthConcepts is validated item by item, each problem at its place; good items are kept', () => {
    const text = JSON.stringify(
      { lexicon: { healthConcepts: ['qi deficiency', '  ', '*', { phrase: 'adrenal burnout', category: 'symptom' }, { phrase: 'x', category: 'organ' }, { phrase: 'y', category: 'disease', disease: 'yes' }, { phrase: 'z', category: 'symptom', note: 'n' }, 42, { category: 'symptom' }] } },
      null,
      2,
    );
    const { config, problems } = parseConfigText(text, builtInRuleIds);
    assert.deepEqual(
      problems.map((problem) => text.slice(problem.range!.start, problem.range!.end)),
      ['"  "', '"*"', '"organ"', '"yes"', '"note"', '42', '{\n        "category": "symptom"\n      }'],
    );
    assert.ok(problems.every((problem) => problem.message.length > 20));
    assert.deepEqual(config.lexicon?.healthConcepts, ['qi deficiency', { phrase: 'adrenal burnout', category: 'symptom' }]);
    assert.deepEqual(resolveSettings(config).extraHealthConcepts, config.lexicon?.healthConcepts);
    assert.match(parseConfigText('{"lexicon": {"healthConcepts": "gut"}}', builtInRuleIds).problems[0].message, /must be an array/);
  });
});
