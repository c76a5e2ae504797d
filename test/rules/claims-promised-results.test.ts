// Claims that consumer pages make by promising a result: an instruction to use something and the
// result it promises ("Take two capsules and wake up refreshed"), an infinitive asserted by the
// evidence named before it ("Backed by science to lower cortisol"), and an ambiguous word given
// its health sense by a product as the subject ("Our tea melts away stress"). Sentences of our own.

import { strict as assert } from 'node:assert';
import { createLinter } from '../../rules/index.js';
import { flaggedText } from './claim-findings.js';

describe('an infinitive asserted by the evidence named before it', () => {
  it('flags the infinitive after an evidence participle and a phrase that names research', () => {
    assert.deepEqual(flaggedText('Supported by two clinical trials to lower LDL cholesterol.\n'), ['Supported by two clinical trials to lower LDL cholesterol']);
    assert.deepEqual(flaggedText('Shown in research to tame sugar cravings.\n'), ['Shown in research to tame sugar cravings']);
    assert.deepEqual(flaggedText('Our lozenges are backed by science to soothe a scratchy throat.\n'), ['backed by science to soothe a scratchy throat']);
  });

  it('flags a clinical or compound test participle before the infinitive', () => {
    assert.deepEqual(flaggedText('Clinically tested to relieve itchy eyes.\n'), ['Clinically tested to relieve itchy eyes']);
    assert.deepEqual(flaggedText('Pharmacist-tested to ease heartburn.\n'), ['Pharmacist-tested to ease heartburn']);
  });

  it('leaves alone a purpose, a test with no clinical word, and a phrase that names no research', () => {
    assert.deepEqual(flaggedText('The walking club is supported by a council grant to lower blood pressure among carers.\n'), []);
    assert.deepEqual(flaggedText('Each batch is tested to meet purity standards.\n'), []);
    assert.deepEqual(flaggedText('The tablets were tested to check that they dissolve.\n'), []);
  });

  it('leaves a hedged one hedged', () => {
    assert.deepEqual(flaggedText('Backed by early research, magnesium may ease muscle cramps.\n'), []);
  });
});

describe('an ambiguous word given its health sense by a product as the subject', () => {
  it('reads the word after a phrasal verb whose subject is a product noun', () => {
    assert.deepEqual(flaggedText('Our chamomile tea melts away stress.\n'), ['melts away stress']);
  });

  it('leaves the word alone when the subject is no product', () => {
    assert.deepEqual(flaggedText('A good stretch melts away stress.\n'), []);
  });
});

describe('an instruction to use something and the result it promises (conditional imperative)', () => {
  it('flags a promised state, a concept gone or better, and a body function done well', () => {
    assert.deepEqual(flaggedText('Chew two gummies after lunch and feel energised all afternoon.\n'), ['feel energised all afternoon']);
    assert.deepEqual(flaggedText('Massage the oil into your temples and wake up free of tension headaches.\n'), ['wake up free of tension headaches']);
    assert.deepEqual(flaggedText('Rub a little balm on each evening and enjoy softer, calmer skin.\n'), ['enjoy softer, calmer skin']);
    assert.deepEqual(flaggedText('Drink a mug of our cocoa blend at bedtime and sleep through the night.\n'), ['sleep through the night']);
    assert.deepEqual(flaggedText('Inhale the vapour twice a day and breathe easier within days.\n'), ['breathe easier']);
  });

  it('flags a concept the reader is told to watch change, and a product of the writer\'s as the first conjunct', () => {
    assert.deepEqual(flaggedText('Mix a spoonful into your porridge and watch those sugar cravings fade.\n'), ['watch those sugar cravings fade']);
    assert.deepEqual(flaggedText('Three drops of our tincture and you\'ll sleep like a log.\n'), ["you'll sleep like a log"]);
  });

  it('offers the result hedged, with the reader as its subject', () => {
    const text = 'Take one sachet in the evening and wake up refreshed.\n';
    const [finding] = createLinter()
      .lint(text, 'markdown')
      .findings.filter((candidate) => candidate.ruleId === 'unhedged-claim');
    assert.match(finding.explanation ?? '', /conditional imperative/);
    assert.ok(finding.suggestions?.some((fix) => fix.edits.some((edit) => edit.newText === 'you may wake up')), JSON.stringify(finding.suggestions));
  });

  it('leaves alone instructions after "and", warnings, and advice on the reader\'s own medicine', () => {
    for (const careful of [
      'Take one tablet with water and see your doctor if the pain lasts more than three days.',
      'Take the capsules with food and watch for stomach upset.',
      'Use the cream for a week and stop if your skin becomes red or sore.',
      'Apply sunscreen every morning and check your skin for new moles.',
      'Take your blood pressure tablets every day and you will feel better in the long run.',
      'Drink too much coffee late in the day and you will sleep badly.',
      'Try the drops for a week and see whether your sleep improves.',
      'Eat a heavy meal late at night and wake up with heartburn.',
      'Use the inhaler as shown and breathe in slowly.',
      'Use the spray and breathe through your nose for a minute.',
    ]) assert.deepEqual(flaggedText(`${careful}\n`), [], careful);
  });
});

describe('the object of a claim', () => {
  it('reads on across a comma between the modifiers of its head noun', () => {
    assert.deepEqual(flaggedText('Our balm calms red, itchy skin.\n'), ['calms red, itchy skin']);
    assert.deepEqual(flaggedText('Our balm calms itchy skin, according to its makers.\n'), []);
  });
});

describe('a result said of the people who use a product of the writer\'s', () => {
  it('flags a better state of a concept after people who take or use our product, whatever the verb', () => {
    assert.deepEqual(flaggedText('Runners who use our recovery balm get fewer muscle cramps.\n'), ['get fewer muscle cramps']);
    assert.deepEqual(flaggedText('Mums who drink this tea report less bloating after meals.\n'), ['report less bloating']);
  });

  it('leaves alone groups that took no product of the writer\'s, and harms they had', () => {
    assert.deepEqual(flaggedText('Children who take vitamin D in winter have fewer chest infections.\n'), []);
    assert.deepEqual(flaggedText('Patients who took it had fewer migraines.\n'), []);
    assert.deepEqual(flaggedText('Users who take our capsules on an empty stomach report more nausea.\n'), []);
  });
});

describe('"Nothing beats" a product named at length', () => {
  it('reads the superlative across a long name before "for"', () => {
    assert.deepEqual(flaggedText('Nothing beats a warm mug of our turmeric and ginger blend for easing stiff joints.\n'), ['easing stiff joints']);
  });
});

describe('"some" with a word for people', () => {
  it('hedges what part of a group is said to find, as "some people" does', () => {
    assert.deepEqual(flaggedText('Some runners find that tart cherry juice eases muscle soreness.\n'), []);
    assert.deepEqual(flaggedText('Tart cherry juice eases muscle soreness in runners.\n'), ['eases muscle soreness']);
  });
});

describe('a rhetorical question of why the reader endures an ailment', () => {
  it('reads what its "when" clause asserts', () => {
    assert.deepEqual(flaggedText('Why struggle with dry, cracked heels when our foot cream softens rough skin overnight?\n'), ['softens rough skin overnight']);
  });

  it('leaves alone real questions of why, and questions that point to care', () => {
    assert.deepEqual(flaggedText('Why do some children outgrow eczema when others do not?\n'), []);
    assert.deepEqual(flaggedText('Why put up with heartburn when a pharmacist can suggest what to try?\n'), []);
    assert.deepEqual(flaggedText('Does our foot cream soften cracked heels?\n'), []);
  });
});

describe('a pronoun object standing for a concept named before it', () => {
  it('reads "them" or "it" after a product\'s verb as the concept of the question or clause before', () => {
    assert.deepEqual(flaggedText('Sore gums? Our herbal rinse toughens them up in a week.\n'), ['toughens them up']);
    assert.deepEqual(flaggedText('Why put up with heartburn when this tonic will settle it for good?\n'), ['will settle it for good']);
  });

  it('does not take a concept inside the product\'s name, and leaves alone pronouns with no product as subject', () => {
    assert.deepEqual(flaggedText('Our foot spray refreshes them after a long walk.\n'), []);
    assert.deepEqual(flaggedText('Heartburn is common after big meals. Most people manage it with smaller portions.\n'), []);
    assert.deepEqual(flaggedText('Migraines run in families. Take it easy on days with warning signs.\n'), []);
  });
});

describe('a product made the remedy by a superlative', () => {
  it('flags a superlative product noun before "for" and a concept', () => {
    assert.deepEqual(flaggedText('The ultimate night cream for crow\'s feet.\n'), ["ultimate night cream for crow's feet"]);
    assert.deepEqual(flaggedText('Your go-to balm for cracked lips.\n'), ['go-to balm for cracked lips']);
    assert.deepEqual(flaggedText('The only drops you\'ll ever need for dry eyes.\n'), ["only drops you'll ever need for dry eyes"]);
  });

  it('leaves alone advice on treatments, the phrase as the subject of another verb, and questions', () => {
    assert.deepEqual(flaggedText('The best treatment for a sprained ankle is rest, ice and time.\n'), []);
    assert.deepEqual(flaggedText('The best cream for dry skin varies from person to person.\n'), []);
    assert.deepEqual(flaggedText('Which is the best tea for a sore throat?\n'), []);
  });
});

describe('what a product is made with, and what it is made to do', () => {
  it('reads the infinitive after a participle of making and its ingredients as asserted', () => {
    assert.deepEqual(flaggedText('Blended with peppermint and fennel to relieve trapped wind.\n'), ['Blended with peppermint and fennel to relieve trapped wind']);
  });

  it('leaves alone a purpose of someone\'s making', () => {
    assert.deepEqual(flaggedText('The leaflet was written with nurses to help parents spot meningitis.\n'), []);
  });
});

describe('people said to endorse a product of the writer\'s for a health concept', () => {
  it('flags the endorsement, with a better state before a body part', () => {
    assert.deepEqual(flaggedText('Cyclists swear by our arnica gel for bruised knees.\n'), ['swear by our arnica gel for bruised knees']);
    assert.deepEqual(flaggedText('Mothers rave about this balm for itch-free skin.\n'), ['rave about this balm for itch-free skin']);
  });

  it('leaves alone an anecdote of a product not the writer\'s, and a body part with no better state', () => {
    assert.deepEqual(flaggedText('Some gardeners swear by nettle tea for hay fever, though no trial has tested it.\n'), []);
    assert.deepEqual(flaggedText('Customers love our socks for their feet.\n'), []);
  });
});

describe('a symptom named by where it is felt', () => {
  it('reads a symptom adjective\'s noun and "in" a body part as one symptom', () => {
    assert.deepEqual(flaggedText('Two sprays and the puffiness in your eyes is gone.\n'), ['is gone']);
    assert.deepEqual(flaggedText('With our cooling gel, the soreness in your calves fades fast.\n'), ['fades fast']);
  });

  it('leaves alone the same symptom going by its own course', () => {
    assert.deepEqual(flaggedText('The soreness in your calves usually fades within two days.\n'), []);
  });
});

describe('a body function done well as the imperative itself, with a product of the writer\'s', () => {
  it('flags it, and offers it hedged with the reader as subject', () => {
    const text = 'Sleep straight through with our lavender pillow mist.\n';
    assert.deepEqual(flaggedText(text), ['Sleep straight']);
    const [finding] = createLinter()
      .lint(text, 'markdown')
      .findings.filter((candidate) => candidate.ruleId === 'unhedged-claim');
    assert.ok(finding.suggestions?.some((fix) => fix.edits.some((edit) => edit.newText === 'You may sleep')), JSON.stringify(finding.suggestions));
  });

  it('leaves alone advice with no product, and instructions of how to breathe', () => {
    assert.deepEqual(flaggedText('Sleep soundly, wake refreshed.\n'), []);
    assert.deepEqual(flaggedText('Breathe slowly with our guided app when you feel panicky.\n'), []);
  });
});

describe('an effect limited in time', () => {
  it('reads "for a while", "for a short time", "temporarily" as qualifying the effect, as a Drug Facts label does', () => {
    assert.deepEqual(flaggedText('A warm flannel can ease a stiff neck for a short time.\n'), []);
    assert.deepEqual(flaggedText('Menthol lozenges temporarily relieve a sore throat.\n'), []);
    assert.deepEqual(flaggedText('Menthol lozenges relieve a sore throat in minutes.\n'), ['relieve a sore throat']);
  });
});

describe('a headline that opens with a list of states', () => {
  it('reads a better state that opens a list of adjectives before the concept, by a time', () => {
    assert.deepEqual(flaggedText('Calm, comfortable joints within a week.\n'), ['Calm, comfortable joints']);
  });

  it('leaves alone the list as a topic or as a clause\'s subject', () => {
    assert.deepEqual(flaggedText('Strong, healthy teeth need fluoride.\n'), []);
    assert.deepEqual(flaggedText('Clear, simple advice on sinus pain.\n'), []);
  });
});

describe('a question that asks for a remedy, answered by a product of the writer\'s', () => {
  it('flags the answer as naming the product the remedy for the question\'s concept', () => {
    assert.deepEqual(flaggedText('The trick to calmer digestion? Two of our peppermint capsules after meals.\n'), ['Two of our peppermint capsules after meals']);
  });

  it('leaves alone an answer that is a clause or names no product, and a question that asks for no remedy', () => {
    assert.deepEqual(flaggedText('The secret to better sleep? It is a regular bedtime.\n'), []);
    assert.deepEqual(flaggedText('The key to healthy gums? Brushing twice a day.\n'), []);
    assert.deepEqual(flaggedText('Hay fever? Our pollen forecast page.\n'), []);
  });
});

describe('a symptom traded for a better state with a product of the writer\'s', () => {
  it('flags the exchange, in a testimony or an imperative', () => {
    assert.deepEqual(flaggedText('Hundreds of runners have swapped shin splints for strong, comfortable legs with our insoles.\n'), ['have swapped shin splints for strong']);
    assert.deepEqual(flaggedText('Trade heartburn for calm digestion with our ginger chews.\n'), ['Trade heartburn for calm digestion']);
  });

  it('leaves alone an exchange with no symptom given up, or no product of the writer\'s', () => {
    assert.deepEqual(flaggedText('Swap fizzy drinks for water to protect your teeth.\n'), []);
    assert.deepEqual(flaggedText('He traded his migraines for calm after a change of job.\n'), []);
  });
});

describe('a degree complement', () => {
  it('reads the infinitive after "ADJ enough to" as what the product can do, asserted', () => {
    assert.deepEqual(flaggedText('Tough enough to knock out a stubborn cold sore overnight.\n'), ['Tough enough to knock out a stubborn cold sore overnight']);
    assert.deepEqual(flaggedText('Our rub is strong enough to clear a blocked nose.\n'), ['is strong enough to clear a blocked nose']);
  });

  it('leaves alone who is old enough to take something, and harms', () => {
    assert.deepEqual(flaggedText('Children are old enough to take ibuprofen at three months.\n'), []);
    assert.deepEqual(flaggedText('The dose is high enough to cause liver damage.\n'), []);
  });
});
