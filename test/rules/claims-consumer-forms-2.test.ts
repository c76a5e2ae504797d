// Consumer claim forms with no causal verb: suitability predicates ("Great for bloating"), an
// elliptical question and answer ("Brain fog? Sorted."), and a body part promised a feeling for
// a product ("Your gut will love this"). Sentences of our own.

import { strict as assert } from 'node:assert';
import { createLinter } from '../../rules/index.js';
import { claimsIn, flaggedText } from './claim-findings.js';

function assertFlagged(cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [text, flagged] of cases) assert.deepEqual(flaggedText(text), [flagged], text);
}

function assertClean(texts: readonly string[]): void {
  for (const text of texts) assert.deepEqual(flaggedText(text), [], text);
}

describe('a suitability predicate with a health concept', () => {
  it('flags a product bullet or heading with no subject', () => {
    assertFlagged([
      ['- Great for heartburn, wind and that heavy feeling after dinner', 'Great for heartburn'],
      ['- Ideal for stiff shoulders after a day at the desk', 'Ideal for stiff shoulders'],
      ['## Perfect for itchy scalps', 'Perfect for itchy scalps'],
      ['- Also brilliant for puffy eyes', 'Also brilliant for puffy eyes'],
      ['The ideal spray for blocked sinuses.', 'ideal spray for blocked sinuses'],
      ['A must for hay fever.', 'A must for hay fever'],
    ]);
  });

  it('flags a product, a pronoun for one or a relative clause about one as the subject', () => {
    assertFlagged([
      ['Our chamomile syrup is wonderful for restless sleep.', 'is wonderful for restless sleep'],
      ["It's fantastic for chapped lips.", "It's fantastic for chapped lips"],
      ['These lozenges are the best for a scratchy throat.', 'are the best for a scratchy throat'],
      ['We make a salve that is excellent for cracked heels.', 'is excellent for cracked heels'],
      ['Our ginger chews are a godsend for travel sickness.', 'godsend for travel sickness'],
      ['Our ginger chews are a must for travel sickness.', 'are a must for travel sickness'],
      ['This roll-on is our go-to for tension headaches.', 'is our go-to for tension headaches'],
      ['Taking these capsules is great for muscle cramps.', 'is great for muscle cramps'],
    ]);
  });

  it('leaves alone the people a product is for, and permission or safety', () => {
    assertClean(['- Great for kids with asthma', 'Ideal for anyone who has eczema.', 'Suitable for people with coeliac disease.', 'Safe for pregnant women with heartburn.', 'Not recommended for people with gallstones.', '- Perfect for the whole family']);
  });

  it('leaves alone a negated or hedged suitability', () => {
    assertClean(['- Not great for severe migraines', 'Our balm may be ideal for dry patches of eczema.', "It isn't the best for severe sunburn.", 'Some people find it great for mild headaches.']);
  });

  it('leaves alone a practice named by a gerund, which careful writing states plainly', () => {
    assertClean(['Swimming is great for sore hips.', 'Cycling to work is excellent for your heart.', 'Stretching every evening is ideal for tight hamstrings.', 'I find walking is great for a stiff back.']);
    assert.deepEqual(flaggedText('Evening primrose oil is great for hot flushes.'), ['is great for hot flushes']);
    // The predicate family's "good" too, but not a product's gerund of use.
    assertClean(['Jogging is good for your lungs.']);
    assert.deepEqual(flaggedText('Taking these drops is good for dry eyes.'), ['is good for dry eyes']);
  });

  it('leaves alone a suitability that is no health concept, or a concept modifying another noun', () => {
    assertClean(['- Great for long car journeys', 'Ideal for energy bills in winter.', 'It is perfect for sleep trackers to record a whole night.']);
  });

  it('explains the structure and asks a page of such bullets for advice to consult a professional', () => {
    const page = '# Night Balm\n\n- Great for restless legs\n- Perfect for achy calves\n';
    const findings = createLinter().lint(page, 'markdown').findings;
    assert.match(findings.find((finding) => finding.ruleId === 'unhedged-claim')?.explanation ?? '', /suitability "Great"; subject left out/);
    assert.ok(findings.some((finding) => finding.ruleId === 'missing-provider-advice'));
  });

  it('offers the hedged wording with the adjective after "May be"', () => {
    const [finding] = claimsIn('- Great for restless legs\n');
    assert.ok(finding.suggestions?.some((fix) => fix.edits.some((edit) => edit.newText === 'May be great')), JSON.stringify(finding.suggestions));
  });
});

describe('an elliptical question answered with the concept gone', () => {
  it('flags an answer that says the concept has gone, has ended, or ends with a product', () => {
    assertFlagged([
      ['Night sweats? Gone within a week.', 'Gone within a week'],
      ['Itchy eyes? Sorted, thanks to one spray a day.', 'Sorted'],
      ['Puffy ankles? A thing of the past.', 'A thing of the past'],
      ['Restless nights? Never again.', 'Never again'],
      ['Heartburn after curry? Not any more.', 'Not any more'],
      ['Dry, cracked hands? Not with our shea butter balm.', 'Not with our shea butter balm'],
      ['## Hangover headaches? Banished.', 'Banished'],
      ['Afternoon slumps? Zapped in minutes.', 'Zapped in minutes'],
      ['Dry eyes? Consider it fixed.', 'Consider it fixed'],
      ["Can't sleep through the night? Sorted.", 'Sorted'],
      ['Indigestion? Not with this!', 'Not with this'],
    ]);
  });

  it('leaves alone a participle that talks about the concept, names a cause, or is the page\'s own work', () => {
    assertClean(['Night sweats? Explained.', 'Hiccups? Caused by a spasm of the diaphragm.', 'Heartburn? Answered below.', 'Hay fever? Treated differently in children.']);
  });

  it("reports the question's concept and offers no rewording of a fragment", () => {
    const [finding] = claimsIn('Night sweats? Gone within a week.');
    assert.match(finding.explanation ?? '', /answers "Night sweats\?"/);
    assert.match(finding.explanation ?? '', /health concept "Night sweats"/);
    assert.deepEqual(finding.suggestions ?? [], []);
  });

  it('leaves alone an answer that refers the reader on, explains, or is hedged', () => {
    assertClean([
      'Night sweats? See your doctor if they wake you most nights.',
      'Heartburn? It often follows large, late meals.',
      'Itchy eyes? Often, yes.',
      'Puffy ankles? Usually gone by morning if you rest with your feet up.',
      'Heartburn? Not always a reason to worry.',
    ]);
  });

  it("leaves alone a condition's natural course, a limit, and a full question", () => {
    assertClean([
      'Cold sores? Gone in ten days on their own.',
      'Heartburn? No more than three antacid tablets a day.',
      'Heartburn? Over the counter antacids are an option.',
      'What causes night sweats? Gone are the days when doctors ignored them.',
      "Can't you sleep? Sorted.",
      'Dry hands? Not with gloves on, anyway.',
    ]);
  });
});

describe('a body part promised a feeling for a product', () => {
  it('flags a body part that will thank or love a product of the writer\'s', () => {
    assertFlagged([
      ['Your liver will thank you for swapping to our dandelion tea.', 'will thank you for swapping'],
      ['Your tired feet will absolutely love these gel insoles.', 'will absolutely love these gel insoles'],
      ['Your gut is going to adore this.', 'is going to adore this'],
      ['Your scalp loves our rosemary oil.', 'loves our rosemary oil'],
      ['Your hips will be so grateful for these capsules.', 'will be so grateful for these capsules'],
      ['Your kidneys will be thanking you for our nettle tea.', 'will be thanking you for our nettle tea'],
    ]);
  });

  it('reads a product named in the sentence before, and a promise of lasting change on its own', () => {
    assert.deepEqual(flaggedText('Try our magnesium spray tonight. Your muscles will thank you.'), ['will thank you']);
    assert.deepEqual(flaggedText('Your hair will never look back.'), ['will never look back']);
  });

  it('leaves alone a practice, a body part with no product named, and a negated feeling', () => {
    assertClean([
      'Your back will thank you for lifting with bent knees.',
      'Sit less and walk more. Your heart will thank you.',
      'Your skin will love it when you drink more water.',
      "Your knees won't thank you for this magnesium spray.",
      'Your skin will thank you.',
    ]);
  });
});

describe('a product made for a concept, or strong enough for it', () => {
  it('flags a participle of making and a strength enough for the concept', () => {
    assertFlagged([
      ['- Specially formulated for stubborn dandruff', 'Specially formulated for stubborn dandruff'],
      ['Our spray is designed for blocked noses.', 'is designed for blocked noses'],
      ['- Powerful enough for the worst tension headaches', 'Powerful enough for the worst tension headaches'],
    ]);
  });

  it('leaves alone the people it was made for and a tool made for a task', () => {
    assertClean(['- Designed for people with type 2 diabetes', 'The diary was designed for asthma monitoring.', '- Gentle enough for sensitive skin']);
  });
});

describe('a health concept beaten in an idiom of defeat', () => {
  it('flags the concept that does not stand a chance, has met its match, or is no match for a product', () => {
    assertFlagged([
      ["Dandruff won't stand a chance.", "won't stand a chance"],
      ['Muscle cramps, meet your match.', 'meet your match'],
      ['Travel sickness has met its match in our ginger chews.', 'has met its match'],
      ['Hay fever is no match for our nasal spray.', 'is no match for our nasal spray'],
      ['Period cramps have nothing on this heat patch.', 'have nothing on this heat patch'],
    ]);
  });

  it('offers no hedged wording in place, which would turn the idiom round', () => {
    const [finding] = claimsIn("Dandruff won't stand a chance.");
    assert.ok(!finding.suggestions?.some((fix) => fix.title.startsWith('Hedge')), JSON.stringify(finding.suggestions));
  });

  it('leaves alone a chance that stands, a medicine no match for an illness, and a body part', () => {
    assertClean(['Eczema stands a good chance of clearing by adulthood.', 'Antibiotics are no match for viral colds.', 'A cold has nothing on a bad flu.', 'Your knees have met their match on that hill.']);
  });
});

describe('a better state within a dose or a time', () => {
  it('flags a better state a dose or a time away, or starting with a product', () => {
    assertFlagged([
      ['Softer, calmer skin is only a few drops away.', 'is only a few drops away'],
      ['Deeper sleep is just two nights away.', 'is just two nights away'],
      ['A happier gut begins with our kefir.', 'begins with our kefir'],
    ]);
  });

  it('leaves alone a state that starts with a habit, and a distance that is no dose', () => {
    assertClean(['Healthier teeth start with brushing twice a day.', 'Better sleep is a long way away for new parents.', 'Good digestion begins with chewing slowly.']);
  });
});

describe('a promised difference in a health concept', () => {
  it('flags an imperative or a promise to the reader to perceive the difference', () => {
    assertFlagged([
      ['See the difference in your skin after one jar.', 'See the difference in your skin'],
      ["You'll notice the difference in your energy by Friday.", 'notice the difference in your energy'],
    ]);
  });

  it('leaves alone a hedged or conditional difference', () => {
    assertClean(['You may notice a difference in your energy after a few weeks.', 'Tell your doctor if you do not notice a difference in your symptoms.']);
  });
});

describe('a rival denied with a comparison', () => {
  it('flags "nothing" or "no other" with a comparative and a product of the writer\'s, or no standard', () => {
    assertFlagged([
      ['Nothing soothes a sore throat faster than our honey lozenges.', 'soothes a sore throat faster'],
      ['No other cream relieves itching better.', 'relieves itching better'],
    ]);
  });

  it('keeps the denial where the standard is no product, or no comparison is made', () => {
    assertClean(['Nothing cures a cold faster than rest and time.', 'Nothing cures a cold.', 'No supplement relieves arthritis pain.']);
  });
});
