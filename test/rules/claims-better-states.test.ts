// Consumer claims with no verb of change, or with a verb the claim lexicon does not hold: a
// symptom's "-free" compound ("pain-free mornings"), a condition said to be over with a product
// named, a better state as a product's goal ("Zinc lozenges for fewer colds"), an infinitive
// asserted by what a product is full of or who made it, a product said to work on an ailment,
// and a remedy's role said of a body part ("your gut's secret weapon"). Sentences of our own.

import { strict as assert } from 'node:assert';
import { conceptsIn } from '../../rules/catalog/claims/concepts.js';
import { splitWords } from '../../rules/engine/sentences.js';
import { claimsIn, flaggedText } from './claim-findings.js';

describe('a symptom or disease compounded with "-free"', () => {
  const concepts = (text: string) => conceptsIn(splitWords(text, 0)).map((match) => [match.entry.phrase, match.category, match.disease]);

  it('is a wellbeing state, joined by the body part after it', () => {
    assert.deepEqual(concepts('pain-free mornings'), [['pain-free', 'wellbeing', false]]);
    assert.deepEqual(concepts('acne-free skin'), [['acne-free skin', 'wellbeing', true]]);
  });

  it('is not made from a food word, an ambiguous word, or a trial endpoint', () => {
    assert.deepEqual(concepts('sugar-free sweets and fragrance-free cream'), []);
    assert.deepEqual(concepts('disease-free patients'), []);
    assert.deepEqual(concepts('symptom-free days'), []);
  });

  it('flags a promise of the state with a product of the writer\'s, and keeps a disease a disease', () => {
    assert.deepEqual(flaggedText('Enjoy pain-free mornings with our magnesium soak.\n'), ['Enjoy pain-free mornings']);
    assert.deepEqual(flaggedText('Get acne-free skin in two weeks with our serum.\n'), ['Get acne-free skin']);
    assert.ok(claimsIn('Stay cancer-free with our green tea capsules.\n').some((finding) => finding.ruleId === 'disease-claim'));
  });

  it('leaves alone a course, a report and advice', () => {
    assert.deepEqual(flaggedText('Most people are pain-free within a week of a minor sprain.\n'), []);
    assert.deepEqual(flaggedText('She has been cancer-free for five years since her surgery.\n'), []);
    assert.deepEqual(flaggedText('Aim for three alcohol-free days a week.\n'), []);
  });
});

describe('a condition said to be over', () => {
  it('flags it with a product named as its cause', () => {
    assert.deepEqual(flaggedText('With our zinc lozenges, colds are over before they really start.\n'), ['are over']);
    assert.deepEqual(flaggedText('Hay fever is over for good with our nasal spray.\n'), ['is over for good']);
  });

  it('leaves alone a natural course, a time, and "over" as a preposition', () => {
    assert.deepEqual(flaggedText('Once your period is over, the cramps usually stop.\n'), []);
    assert.deepEqual(flaggedText('Most colds are over within ten days.\n'), []);
    assert.deepEqual(flaggedText('With our cream the rash is over most of her back.\n'), []);
  });
});

describe('a better state named as the goal of a product', () => {
  it('flags a product heading with "for" and a better state', () => {
    assert.deepEqual(flaggedText('Zinc lozenges for fewer colds this winter.\n'), ['Zinc lozenges for fewer colds']);
    assert.deepEqual(flaggedText('Our gummies for better sleep and calmer mornings.\n'), ['Our gummies for better sleep']);
    assert.deepEqual(flaggedText('Ashwagandha gummies for a calmer, more focused you.\n'), ['Ashwagandha gummies for a calmer, more focused you']);
  });

  it('flags an opening imperative whose goal is the state, with a product of the writer\'s', () => {
    assert.deepEqual(flaggedText('Wake up to clearer skin with our overnight retinol mask.\n'), ['Wake up to clearer skin']);
    assert.deepEqual(flaggedText('Step into a pain-free life with our knee sleeve.\n'), ['Step into a pain-free life']);
  });

  it('leaves alone a topic, advice, the people a product is for, and a question', () => {
    assert.deepEqual(flaggedText('Ten tips for better sleep.\n'), []);
    assert.deepEqual(flaggedText('Ginger tea for nausea: what the evidence says.\n'), []);
    assert.deepEqual(flaggedText('Wake up to better mornings by going to bed earlier.\n'), []);
    assert.deepEqual(flaggedText('A gentle moisturiser for drier skin types.\n'), []);
    assert.deepEqual(flaggedText('Lozenges for younger children should be sugar-free.\n'), []);
    assert.deepEqual(flaggedText('Lozenges for winter colds.\n'), []);
    assert.deepEqual(flaggedText('Is there a cream for smoother skin that actually works?\n'), []);
  });

  it('leaves a hedged goal hedged', () => {
    assert.deepEqual(flaggedText('Our gummies may be an option for better sleep.\n'), []);
  });
});

describe('an infinitive asserted by what a product is full of or who made it', () => {
  it('flags the infinitive after a participle of filling with its contents', () => {
    assert.deepEqual(flaggedText('Packed with electrolytes to beat the afternoon slump.\n'), ['Packed with electrolytes to beat the afternoon slump']);
    assert.deepEqual(flaggedText('Our bars are loaded with fibre to banish bloating.\n'), ['are loaded with fibre to banish bloating']);
  });

  it('flags the infinitive after a participle of making and its maker by trade', () => {
    assert.deepEqual(flaggedText('Designed by a dermatologist to calm eczema flare-ups.\n'), ['Designed by a dermatologist to calm eczema flare-ups']);
  });

  it('leaves alone public-health fortification and a maker that sells no craft', () => {
    assert.deepEqual(flaggedText('Flour is fortified with folic acid to prevent neural tube defects.\n'), []);
    assert.deepEqual(flaggedText('The leaflet was designed by the council to explain how to lower blood pressure.\n'), []);
  });
});

describe('a product said to work on an ailment', () => {
  it('flags a verb of working with the ailment after "on", "against" or "for"', () => {
    assert.deepEqual(flaggedText('This gel works in minutes on tension headaches.\n'), ['works in minutes on tension headaches']);
    assert.deepEqual(flaggedText('Our balm acts fast against cold sores.\n'), ['acts fast against cold sores']);
  });

  it('leaves alone a denial, people at work, a mechanism and a hedge', () => {
    assert.deepEqual(flaggedText('Antibiotics do not work on viral infections such as colds.\n'), []);
    assert.deepEqual(flaggedText('Researchers are working on a new vaccine against malaria.\n'), []);
    assert.deepEqual(flaggedText('Vitamin D acts on cells in the gut lining.\n'), []);
    assert.deepEqual(flaggedText('Some creams work better than others on eczema.\n'), []);
  });
});

describe('a remedy and its role', () => {
  it('flags a remedy noun after a body part\'s possessive, said of a product of the writer\'s', () => {
    assert.deepEqual(flaggedText('Our kombucha is your gut\'s secret weapon.\n'), ['is your gut\'s secret weapon']);
    assert.deepEqual(flaggedText('This balm is your skin\'s new best friend.\n'), ['is your skin\'s new best friend']);
  });

  it('flags a remedy heading that nature owns, and a remedy for a listed symptom', () => {
    assert.deepEqual(flaggedText('Nature\'s answer to restless legs.\n'), ['answer to restless legs']);
    assert.deepEqual(flaggedText('Clinically proven relief for dry, gritty eyes.\n'), ['relief for dry, gritty eyes']);
  });

  it('leaves alone a friend who is a person and a remedy sought', () => {
    assert.deepEqual(flaggedText('Your GP is your best friend when a cough will not clear.\n'), []);
    assert.deepEqual(flaggedText('Scientists are still looking for an answer to restless legs.\n'), []);
  });
});

describe('a testimony that a symptom has ended since a product was taken', () => {
  it('flags a negated verb of having the symptom, closed by "since", "anymore" or "again", with the means named', () => {
    assert.deepEqual(flaggedText('Swapped my morning coffee for our mushroom blend and haven\'t had a single afternoon crash since.\n'), ['haven\'t had a single afternoon crash']);
    assert.deepEqual(flaggedText('Since starting these drops I don\'t get headaches anymore.\n'), ['don\'t get headaches']);
    assert.deepEqual(flaggedText('I no longer wake up with a stiff neck since switching to our pillow.\n'), ['no longer wake up with a stiff neck']);
  });

  it('leaves alone a habit as the means, a symptom never had, and a denied effect', () => {
    assert.deepEqual(flaggedText('I haven\'t had a cold since I started washing my hands more often.\n'), []);
    assert.deepEqual(flaggedText('I don\'t get migraines, but my sister does.\n'), []);
    assert.deepEqual(flaggedText('Our tea hasn\'t stopped my headaches.\n'), []);
  });
});

describe('an answer that names a product as what the asker needs', () => {
  it('flags a product by its form named as needed after a question about a concept', () => {
    assert.deepEqual(flaggedText('Struggling with brain fog? This is the supplement you need.\n'), ['This is the supplement you need']);
    assert.deepEqual(flaggedText('Cracked heels? Our foot balm is what you\'ve been looking for.\n'), ['Our foot balm is what you\'ve been looking for']);
  });

  it('leaves alone a page\'s content, a guide, and a hedged answer', () => {
    assert.deepEqual(flaggedText('Heartburn after meals? Here is what you need to know.\n'), []);
    assert.deepEqual(flaggedText('Back pain? Our guide explains what you need.\n'), []);
    assert.deepEqual(flaggedText('Hay fever? These antihistamine tablets may be what you need.\n'), []);
  });
});

describe('a headline better state with a dose', () => {
  it('flags a better state before a concept with a dose after it', () => {
    assert.deepEqual(flaggedText('A happier tummy in every sip.\n'), ['A happier tummy']);
    assert.deepEqual(flaggedText('Softer skin with every use.\n'), ['Softer skin']);
  });

  it('leaves alone a measured content', () => {
    assert.deepEqual(flaggedText('More protein in every scoop.\n'), []);
  });
});

describe('an embedded question', () => {
  it('asserts nothing after a verb of finding out', () => {
    assert.deepEqual(flaggedText('If you have IBS, a dietitian can help you find which foods trigger your symptoms.\n'), []);
    assert.deepEqual(flaggedText('Keep a diary to work out what sets off your migraines.\n'), []);
  });

  it('does not hide a claim after a relative "which"', () => {
    assert.deepEqual(flaggedText('Our blend contains ginger which settles an upset stomach.\n'), ['settles an upset stomach']);
  });
});
