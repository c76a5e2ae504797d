// Forms of claims that consumer pages use and research prose does not: fragments whose subject
// is left out ("Soothes achy joints"), headlines with no verb ("Goodbye, bloating"), a product
// said to outdo a medicine, remedies named by metaphor ("your secret weapon against"), and a
// question answered "yes". Sentences of our own.

import { strict as assert } from 'node:assert';
import { createLinter } from '../../rules/index.js';
import { flaggedText } from './claim-findings.js';

describe('a fragment that opens with the verb', () => {
  it('flags a bullet or heading that opens with a claim verb and has an object', () => {
    const page = ['# Elderflower Night Drops', '', '- Relieves a stuffy nose within minutes', '- Calms a racing mind before bed', '- Lowers cortisol after a stressful day', '', '## Boosts your immune defences', ''].join('\n');
    assert.deepEqual(flaggedText(page), ['Relieves a stuffy nose', 'Calms a racing mind', 'Lowers cortisol', 'Boosts your immune defences']);
  });

  it('reads the object of a verb of protection after "against"', () => {
    assert.deepEqual(flaggedText('- Protects against winter colds\n'), ['Protects against winter colds']);
  });

  it('says the subject is left out and offers the hedged verb', () => {
    const [finding] = createLinter()
      .lint('- Relieves a stuffy nose within minutes\n', 'markdown')
      .findings.filter((candidate) => candidate.ruleId === 'unhedged-claim');
    assert.match(finding.explanation ?? '', /subject left out/);
    assert.ok(finding.suggestions?.some((fix) => fix.edits.some((edit) => edit.newText === 'May help relieve')), JSON.stringify(finding.suggestions));
  });

  it('asks a page of such bullets for advice to consult a professional', () => {
    const page = '# Knee Comfort Capsules\n\n- Eases stiff knees\n- Soothes sore muscles\n';
    assert.ok(createLinter().lint(page, 'markdown').findings.some((finding) => finding.ruleId === 'missing-provider-advice'));
  });

  it('leaves alone a plural noun that opens a heading or a sentence, and a fragment without an object', () => {
    for (const text of ['## Causes and risk factors', 'Effects last for about four hours.', 'Results vary from person to person.', '- Benefits of a good night\u2019s sleep', '- Improves with rest']) {
      assert.deepEqual(flaggedText(text), [], text);
    }
  });

  it('leaves alone a hedged or negated fragment', () => {
    for (const text of ['- May relieve a stuffy nose', '- Does not cure colds', '- Never replaces your inhaler']) {
      assert.deepEqual(flaggedText(text), [], text);
    }
  });
});

describe('a verb of outdoing with a medicine as its object', () => {
  it('flags a product said to outdo or rival a medicine', () => {
    for (const [text, flagged] of [
      ['Our arnica gel outperforms ibuprofen.', 'outperforms ibuprofen'],
      ['- Rivals prescription painkillers', 'Rivals prescription painkillers'],
      ['This spray beats most antibiotics.', 'beats most antibiotics'],
    ]) {
      assert.deepEqual(flaggedText(text), [flagged], text);
    }
  });

  it('leaves alone a negated or hedged comparison, and a medicine that is not the object', () => {
    for (const text of ['Our gel does not outperform ibuprofen.', 'It may rival some medicines.', 'The price of the new drug surpasses that of older drugs.', 'Your heart beats faster on these drugs.']) {
      assert.deepEqual(flaggedText(text), [], text);
    }
  });
});

describe('a headline promise with no verb', () => {
  it('flags a farewell to a concept and a better state by a time', () => {
    const page = ['## Goodbye, heartburn', '', '## So long, stuffy noses!', '', '## Bye-bye brain fog', '', '## Calmer skin by morning', '', '## A slimmer waist in three weeks', ''].join('\n');
    assert.deepEqual(flaggedText(page), ['Goodbye, heartburn', 'So long, stuffy noses', 'Bye-bye brain fog', 'Calmer skin', 'A slimmer waist']);
  });

  it('flags a farewell that opens a clause of the headline', () => {
    assert.deepEqual(flaggedText('Hello focus, farewell brain fog!\n'), ['farewell brain fog']);
  });

  it('flags a farewell that closes the clause after the concept', () => {
    assert.deepEqual(flaggedText('Kiss flaky scalp goodbye.\n'), ['Kiss flaky scalp goodbye']);
    assert.deepEqual(flaggedText('We waved the ward sisters goodbye.\n'), []);
  });

  it('flags a list of better states after the opening clause, with a time anywhere', () => {
    assert.deepEqual(flaggedText('Notice it by the weekend: calmer digestion, steadier energy.\n'), ['calmer digestion', 'steadier energy']);
    assert.deepEqual(flaggedText('The verdict: deeper sleep in the group that cycled to work.\n'), []);
  });

  it('flags a farewell with "to" after any verb of saying it', () => {
    assert.deepEqual(flaggedText('Blow a kiss goodbye to puffy eyes with our cooling gel.\n'), ['goodbye to puffy eyes']);
    assert.deepEqual(flaggedText('She waved goodbye to the ward staff.\n'), []);
    assert.deepEqual(flaggedText('We never said goodbye to the migraines.\n'), []);
  });

  it('names the structure and offers no rewording it cannot make', () => {
    const [finding] = createLinter()
      .lint('## Goodbye, heartburn\n', 'markdown')
      .findings.filter((candidate) => candidate.ruleId === 'unhedged-claim');
    assert.match(finding.explanation ?? '', /headline promise \(farewell\)/);
    assert.deepEqual(finding.suggestions ?? [], []);
  });

  it('leaves alone a topic heading, a clause, a farewell to no concept and a better state with no time', () => {
    for (const text of ['## Stronger bones: what to eat', '## Better sleep: what the research says', '## Goodbye to an old friend', 'Farewell, heartburn was the promise on the box.', '## Healthier skin starts with sunscreen', '## Faster recovery after knee surgery']) {
      assert.deepEqual(flaggedText(text), [], text);
    }
  });
});

describe('a compound subject the tagger read as a base verb', () => {
  it('reads the base form right before an -s verb as the last noun of the subject', () => {
    // The tagger reads "chew" and "dip" as verbs here; "settles" is no verb of the claim lexicon, so the structural family decides.
    assert.deepEqual(flaggedText('This ginger chew settles an upset stomach.\n'), ['settles an upset stomach']);
    assert.deepEqual(flaggedText('This honey dip settles a cough.\n'), ['settles a cough']);
    assert.deepEqual(flaggedText('This ginger chew settles a queasy stomach.\n'), ['settles a queasy stomach']);
  });
});

describe('a remedy named by a metaphor of illness as war', () => {
  it('flags a product called a weapon, shield or ally against a concept', () => {
    for (const [text, flagged] of [
      ['Rhodiola is your secret weapon against fatigue.', 'weapon against fatigue'],
      ['Our elderberry gummies are a natural shield against colds.', 'shield against colds'],
      ['Oregano oil is your best ally against sinus infections.', 'ally against sinus infections'],
    ]) {
      assert.deepEqual(flaggedText(text), [flagged], text);
    }
  });

  it('leaves alone the body described by the metaphor, a denied one and the literal defence', () => {
    for (const text of ['Your skin is your body\u2019s shield against infection.', 'There is no magic bullet for weight loss.', 'Vaccination is the best defence against measles.']) {
      assert.deepEqual(flaggedText(text), [], text);
    }
  });
});

describe('a yes/no question answered "yes"', () => {
  it('flags the claim the answer asserts', () => {
    assert.deepEqual(flaggedText('Does fennel tea relieve colic? Absolutely. Parents love it.\n'), ['relieve colic']);
    assert.deepEqual(flaggedText('Can zinc shorten a cold? Yes, it can.\n'), ['shorten a cold']);
  });

  it('leaves alone a question answered "no", a qualified yes and an open question', () => {
    for (const text of ['Does fennel tea relieve colic? No.', 'Can zinc shorten a cold? Yes, but only by a day or so in some trials.', 'Does fennel tea relieve colic? The trials disagree.', 'Does fennel tea relieve colic?']) {
      assert.deepEqual(flaggedText(text), [], text);
    }
  });
});

describe('a result that a share of people is said to have perceived', () => {
  it('flags a share of buyers who saw a better state of a concept', () => {
    for (const [text, flagged] of [
      ['87% of testers saw brighter, clearer skin in a fortnight.', 'saw brighter, clearer skin'],
      ['Eight in ten parents noticed fewer night wakings.', 'noticed fewer night wakings'],
      ['Most of our customers reported less joint pain.', 'reported less joint pain'],
    ]) {
      assert.deepEqual(flaggedText(text), [flagged], text);
    }
  });

  it('leaves alone a harm they saw, people not counted as a share, and a state with no concept', () => {
    for (const text of ['60% of users noticed more headaches in the first week.', 'Some users noticed more energy.', 'Users who slept longer had fewer headaches.', 'Most walkers felt happier.']) {
      assert.deepEqual(flaggedText(text), [], text);
    }
  });

  it('offers no attribution to studies for a survey of buyers', () => {
    const [finding] = createLinter()
      .lint('Nine in ten women noticed fewer breakouts.\n', 'markdown')
      .findings.filter((candidate) => candidate.ruleId === 'unhedged-claim');
    assert.deepEqual(finding.suggestions ?? [], []);
  });
});

describe('an infinitive after a word that asserts it', () => {
  it('reads a product said to be made to do something as claiming it does', () => {
    for (const [text, flagged] of [
      ['Our lozenges are formulated to calm a tickly cough.', 'formulated to calm a tickly cough'],
      ['- Doctor-formulated to banish heartburn', 'Doctor-formulated to banish heartburn'],
      ['This balm is clinically proven to tame eczema flare-ups.', 'is clinically proven to tame eczema flare-ups'],
      ['Our tonic helps to banish brain fog.', 'helps to banish brain fog'],
    ]) {
      assert.deepEqual(flaggedText(text), [flagged], text);
    }
  });

  it('leaves alone an aim, and a formulation that names no health effect', () => {
    for (const text of ['The programme was designed to tackle obesity in schools.', 'The tablet is formulated to dissolve slowly.']) {
      assert.deepEqual(flaggedText(text), [], text);
    }
  });
});

describe('a word with a common sense, given its health sense by a product', () => {
  it('reads it in its health sense after a product named by its form, or in a bullet with a promised time', () => {
    assert.deepEqual(flaggedText('This nasal spray clears congestion fast.\n'), ['clears congestion fast']);
    assert.deepEqual(flaggedText('- Clears congestion in seconds\n'), ['Clears congestion']);
  });

  it('leaves the other sense alone', () => {
    for (const text of ['The new bypass clears congestion in the town centre.', '- Clears congestion', 'Clears the road of congestion.']) {
      assert.deepEqual(flaggedText(text), [], text);
    }
  });
});

describe('a claim the writer reports as someone else\'s', () => {
  it('reads "claims", "claim that", "alleges" as distance, not assertion', () => {
    for (const text of ['Sellers claim that the drops cure tinnitus.', 'The maker claims its capsules relieve joint pain.', 'The advert alleges the tea melts away belly fat.']) {
      assert.deepEqual(flaggedText(text), [], text);
    }
  });
});

describe('the way construction', () => {
  it('flags "[verb] your way to" a concept when a product of the writer\'s or a time is promised', () => {
    assert.deepEqual(flaggedText('Sip your way to calmer digestion with our fennel tea.\n'), ['Sip your way to calmer digestion']);
    assert.deepEqual(flaggedText('Stretch your way to less back pain in ten days.\n'), ['Stretch your way to less back pain']);
  });

  it('leaves alone advice with no product or time, and the construction without a concept', () => {
    for (const text of ['Walk your way to better sleep.', 'She talked her way into a better job.', 'Dance your way to the weekend.']) {
      assert.deepEqual(flaggedText(text), [], text);
    }
  });
});
