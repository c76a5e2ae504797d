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

describe('an ability adjective with "at" and a claim verb\'s gerund', () => {
  it('flags the gerund as the product\'s asserted effect, over a comparison', () => {
    assert.deepEqual(flaggedText('Twice as effective as leading brands at soothing sore throats.\n'), ['effective as leading brands at soothing sore throats']);
    assert.deepEqual(flaggedText('Effective at soothing sore throats.\n'), ['Effective at soothing sore throats']);
  });

  it('leaves alone a person\'s skill', () => {
    assert.deepEqual(flaggedText('She is great at managing her diabetes.\n'), []);
    assert.deepEqual(flaggedText('Nurses are good at reducing patient anxiety.\n'), []);
  });
});

describe('an exclamative "how"', () => {
  it('asserts the fact it exclaims after an emotive word', () => {
    assert.deepEqual(flaggedText('Obsessed with how this serum cleared my hormonal acne in a month.\n'), ['cleared my hormonal acne']);
    assert.deepEqual(flaggedText('I can\'t believe how fast these drops cleared my hay fever.\n'), ['cleared my hay fever']);
  });

  it('still reads "how" after other words as a topic', () => {
    assert.deepEqual(flaggedText('Learn how turmeric relieves joint pain.\n'), []);
    assert.deepEqual(flaggedText('How our balm soothes eczema.\n'), []);
  });
});

describe('health professionals said to endorse a product of the writer\'s', () => {
  it('flags "recommend" with the product and the concept', () => {
    assert.deepEqual(flaggedText('Doctors recommend our formula for joint pain.\n'), ['recommend our formula for joint pain']);
  });

  it('leaves alone advice with no product of the writer\'s, and "some" doctors', () => {
    assert.deepEqual(flaggedText('Doctors recommend vitamin D for people at risk of deficiency.\n'), []);
    assert.deepEqual(flaggedText('Doctors recommend rest for a sprained ankle.\n'), []);
    assert.deepEqual(flaggedText('Some doctors recommend our formula for joint pain.\n'), []);
  });
});

describe('"say no to" a symptom', () => {
  it('promises as "say goodbye to" does', () => {
    assert.deepEqual(flaggedText('Say no to sleepless nights.\n'), ['Say no to sleepless nights']);
  });

  it('leaves alone what is no symptom', () => {
    assert.deepEqual(flaggedText('Say no to antibiotics for a cold.\n'), []);
    assert.deepEqual(flaggedText('Say no to sugary drinks.\n'), []);
  });
});

describe('headlines that promise an ailment\'s end', () => {
  it('flags a transition from a symptom to a better state with a time, a dose or a product', () => {
    assert.deepEqual(flaggedText('From achy to active in 7 days.\n'), ['From achy to active in 7 days']);
    assert.deepEqual(flaggedText('From sniffles to smiles overnight.\n'), ['From sniffles to smiles overnight']);
  });

  it('leaves alone a transition from no symptom, with no time, or in a clause', () => {
    assert.deepEqual(flaggedText('From diagnosis to treatment in two weeks.\n'), []);
    assert.deepEqual(flaggedText('From tired to tireless.\n'), []);
    assert.deepEqual(flaggedText('From age 50, your risk of cataracts rises.\n'), []);
  });

  it('flags "never" with a verb of enduring and a recurrence or a product', () => {
    assert.deepEqual(flaggedText('Never suffer another migraine.\n'), ['Never suffer another migraine']);
    assert.deepEqual(flaggedText('Never put up with heartburn again.\n'), ['Never put up with heartburn']);
  });

  it('leaves alone advice not to endure in silence', () => {
    assert.deepEqual(flaggedText('Never suffer in silence with back pain: see your GP.\n'), []);
  });

  it('reads "for good" closing an imperative as a promise', () => {
    assert.deepEqual(flaggedText('Ditch the dandruff for good.\n'), ['Ditch the dandruff for good']);
    assert.deepEqual(flaggedText('Eat more fibre for good gut health.\n'), []);
  });
});

describe('readings learnt from testimonial copy', () => {
  it('reads a noun-like -s form before an auxiliary or a verb that compares as a plural noun', () => {
    assert.deepEqual(flaggedText('Rosacea triggers vary, and keeping a diary can help you spot yours.\n'), []);
    assert.deepEqual(flaggedText('Migraine triggers can be hard to spot.\n'), []);
    assert.deepEqual(flaggedText('Stress triggers migraines.\n'), ['triggers migraines']);
  });

  it('flags a remedy noun after "has been" and a possessive before the concept', () => {
    assert.deepEqual(flaggedText('This little bottle has been a lifesaver for my son\'s asthma.\n'), ['lifesaver for my son\'s asthma']);
    assert.deepEqual(flaggedText('There is still no cure for my mother\'s dementia.\n'), []);
  });

  it('reads "worth every penny" as a price, not a suggestion', () => {
    assert.deepEqual(flaggedText('Worth every penny for the way it calms my rosacea.\n'), ['calms my rosacea']);
    assert.deepEqual(flaggedText('It is worth trying a gentle cream for rosacea.\n'), []);
  });

  it('flags a product of the writer\'s named as what a reader with an ailment needs', () => {
    assert.deepEqual(flaggedText('If you struggle with cold sores, you need this patch in your life.\n'), ['need this patch in your life']);
    assert.deepEqual(flaggedText('If you have asthma, you need your inhaler with you at all times.\n'), []);
    assert.deepEqual(flaggedText('If you get cold sores, you need to see a pharmacist.\n'), []);
  });
});

describe('a claim packed into a compound adjective', () => {
  it('flags a concept and a verb of benefit, or an ailment and any verb, said of a product', () => {
    assert.deepEqual(flaggedText('This gut-healing bone broth is our winter staple.\n'), ['gut-healing']);
    assert.deepEqual(flaggedText('Try our immune-boosting elderberry gummies this cold season.\n'), ['immune-boosting']);
    assert.deepEqual(flaggedText('These stress-busting bath salts are back in stock.\n'), ['stress-busting']);
    assert.deepEqual(flaggedText('Our cholesterol-lowering oat bars come in three flavours.\n'), ['cholesterol-lowering']);
  });

  it('leaves alone idioms of a body part, harms, classes of medicines and practices', () => {
    assert.deepEqual(flaggedText('That eye-catching label is misleading.\n'), []);
    assert.deepEqual(flaggedText('A mouth-watering, heart-warming story.\n'), []);
    assert.deepEqual(flaggedText('Disease-causing bacteria spread in dirty water.\n'), []);
    assert.deepEqual(flaggedText('Blood-thinning medicines such as warfarin need regular checks.\n'), []);
    assert.deepEqual(flaggedText('A fever-reducing medicine such as paracetamol can help.\n'), []);
    assert.deepEqual(flaggedText('Do muscle-strengthening activities on at least two days a week.\n'), []);
  });

  it('leaves a compound reported as marketing alone', () => {
    assert.deepEqual(flaggedText('Some foods are marketed as immune-boosting without good evidence.\n'), []);
  });
});

describe('a drug\'s action said of a food', () => {
  it('flags it as a predicate, not as the name of a class', () => {
    assert.deepEqual(flaggedText('Golden milk is naturally anti-inflammatory.\n'), ['is naturally anti-inflammatory']);
    assert.deepEqual(flaggedText('Ibuprofen is an anti-inflammatory painkiller.\n'), []);
  });
});

describe('a use attributed to tradition', () => {
  it('hedges a traditional remedy', () => {
    assert.deepEqual(flaggedText('Ginger is a traditional remedy for nausea, though studies disagree on how well it works.\n'), []);
  });
});

describe('product-page bullets and small print', () => {
  it('flags a share of customers who notice a result now', () => {
    assert.deepEqual(flaggedText('Most customers notice less stiffness within two weeks.\n'), ['notice less stiffness']);
    assert.deepEqual(flaggedText('Most people notice less pain within a week of a sprain.\n'), []);
  });

  it('flags a better state with a dose after a comma, and the reader\'s body back in order', () => {
    assert.deepEqual(flaggedText('A calmer gut, one sachet at a time.\n'), ['A calmer gut']);
    assert.deepEqual(flaggedText('Your hormones, finally in balance.\n'), ['finally in balance']);
    assert.deepEqual(flaggedText('Your asthma under control: a guide.\n'), []);
  });

  it('leaves alone the wording of a claim authorised in the EU register', () => {
    assert.deepEqual(flaggedText('Contains zinc, which contributes to the normal function of the immune system.\n'), []);
    assert.deepEqual(flaggedText('Vitamin D contributes to the maintenance of normal bones.\n'), []);
  });

  it('reads a claim verb before the form a product is sold in as part of its name', () => {
    assert.deepEqual(flaggedText('# Night Calm capsules\n'), []);
    assert.deepEqual(flaggedText('Our tea helps relax muscles.\n'), ['helps relax muscles']);
  });
});

describe('disease-claim and a person as the subject', () => {
  const diseaseClaims = (text: string) => claimsIn(text).filter((finding) => finding.ruleId === 'disease-claim').map((finding) => text.slice(finding.start, finding.end));

  it('leaves alone what a person does, as the shared analysis does', () => {
    assert.deepEqual(diseaseClaims('She works for a diabetes charity.\n'), []);
    assert.deepEqual(diseaseClaims('She is great at managing her diabetes.\n'), []);
  });

  it('still reads a product that helps the person, and a testimony that names the product', () => {
    assert.deepEqual(diseaseClaims('Our tea helps you manage your diabetes.\n'), ['manage your diabetes']);
    assert.deepEqual(diseaseClaims('My mum treats her arthritis with our turmeric capsules.\n'), ['treats her arthritis']);
    assert.deepEqual(diseaseClaims('Users report that kratom can alleviate pain from conditions such as arthritis.\n'), ['alleviate pain from conditions such as arthritis']);
  });
});

describe('a remedy noun right after its concept', () => {
  it('flags the product given the role after a copula', () => {
    assert.deepEqual(flaggedText('The humble kiwi is a natural sleep aid.\n'), ['is a natural sleep aid']);
    assert.deepEqual(flaggedText('Our tea is the ultimate hangover cure.\n'), ['is the ultimate hangover cure']);
  });

  it('leaves alone a denial and a product sold as one', () => {
    assert.deepEqual(flaggedText('There is no hangover cure.\n'), []);
    assert.deepEqual(flaggedText('Melatonin is sold as a sleep aid.\n'), []);
  });
});

describe('remedies asked for and promoted', () => {
  it('reads "against" as asking for a remedy in a verbless question answered by a product', () => {
    assert.deepEqual(flaggedText('The secret weapon against dark circles? Cold cucumber patches from our range.\n'), ['Cold cucumber patches from our range']);
  });

  it('reads a promise of duration or speed as promoting a remedy noun', () => {
    assert.deepEqual(flaggedText('Long-lasting relief from hay fever, without the drowsiness.\n'), ['relief from hay fever']);
    assert.deepEqual(flaggedText('First aid for burns: cool the burn under running water.\n'), []);
  });
});

describe('a promise in a comma', () => {
  it('flags a topic closed by the word that says it has gone, and a dose with its result', () => {
    assert.deepEqual(flaggedText('Hay fever season, sorted.\n'), ['Hay fever season, sorted']);
    assert.deepEqual(flaggedText('One sachet, zero bloating.\n'), ['One sachet, zero bloating']);
  });

  it('leaves alone a symptom list, a clause, and a topic with no health concept', () => {
    assert.deepEqual(flaggedText('No fever, no rash: probably a cold.\n'), []);
    assert.deepEqual(flaggedText('Hay fever, once the season is over, fades.\n'), []);
    assert.deepEqual(flaggedText('The plan, sorted.\n'), []);
  });
});

describe('a rival denied with "like"', () => {
  it('gives the claim back when "like" names a product of the writer\'s', () => {
    assert.deepEqual(flaggedText('Nothing soothes a teething baby like our chamomile drops.\n'), ['soothes a teething baby']);
    assert.deepEqual(flaggedText('Nothing soothes a sore throat like a warm drink with honey.\n'), []);
  });
});
