// Claims found by structure (an open verb side and a health concept) on pages of our own:
// twenty seller-style claims, each with a different verb, and careful sentences of the kind a
// health agency writes. Neither page is in any evaluation set.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLinter, splitWords, type Finding } from '../../rules/index.js';
import { claimLexicon } from '../../rules/catalog/claims/index.js';
import { mayHoldStructuralClaim } from '../../rules/catalog/claims/candidates/structural.js';
import { checkIncrementalEqualsFull } from '../fuzz/properties.js';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../fixtures/claims/${name}`, import.meta.url)), 'utf8');
const CLAIM_RULES = new Set(['unhedged-claim', 'disease-claim']);

/** Each paragraph line of the page and whether a claim rule flags something in it. */
function judgeLines(text: string): Array<{ line: string; flagged: boolean; findings: Finding[] }> {
  const findings = createLinter().lint(text, 'markdown').findings;
  const judged: Array<{ line: string; flagged: boolean; findings: Finding[] }> = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (!line.trim() || line.startsWith('#')) continue;
    const inLine = findings.filter((finding) => CLAIM_RULES.has(finding.ruleId) && finding.start >= start && finding.end <= start + line.length);
    judged.push({ line, flagged: inLine.length > 0, findings: inLine });
  }
  return judged;
}

/** The text of each unhedged-claim finding in a plain-text sentence. */
const unhedged = (text: string): string[] =>
  createLinter()
    .lint(text, 'plaintext')
    .findings.filter((finding) => finding.ruleId === 'unhedged-claim')
    .map((finding) => text.slice(finding.start, finding.end));

describe('claims found by structure', () => {
  it('flags every one of twenty seller-style claims, each with a different verb', () => {
    const missed = judgeLines(fixture('seller-claims.md')).filter((judged) => !judged.flagged).map((judged) => judged.line);
    assert.deepEqual(missed, []);
  });

  it('asks the seller page for advice to consult a professional', () => {
    const findings = createLinter().lint(fixture('seller-claims.md'), 'markdown').findings;
    assert.ok(findings.some((finding) => finding.ruleId === 'missing-provider-advice'));
  });

  it('flags the promises of a second page, written after the structures they test were built', () => {
    const missed = judgeLines(fixture('seller-promises.md')).filter((judged) => !judged.flagged).map((judged) => judged.line);
    assert.deepEqual(missed, []);
  });

  it('leaves careful sentences alone', () => {
    const flagged = judgeLines(fixture('careful-2.md')).filter((judged) => judged.flagged).map((judged) => `${judged.line} -> ${judged.findings.map((finding) => finding.ruleId).join(', ')}`);
    assert.deepEqual(flagged, []);
  });

  it('flags the claims of a third page, structures no earlier page had (testimonials, before and after, a listicle heading, a bullet, an idiom around its object, a simile)', () => {
    const missed = judgeLines(fixture('seller-3.md')).filter((judged) => !judged.flagged).map((judged) => judged.line);
    assert.deepEqual(missed, []);
  });

  it('leaves alone the careful sentences of the third page (a natural course, hedged, negated, quoted, advice, research reported)', () => {
    const flagged = judgeLines(fixture('careful-3.md')).filter((judged) => judged.flagged).map((judged) => `${judged.line} -> ${judged.findings.map((finding) => finding.ruleId).join(', ')}`);
    assert.deepEqual(flagged, []);
  });

  it('leaves the careful sentences of the first page alone', () => {
    const flagged = judgeLines(fixture('careful.md')).filter((judged) => judged.flagged).map((judged) => `${judged.line} -> ${judged.findings.map((finding) => finding.ruleId).join(', ')}`);
    assert.deepEqual(flagged, []);
  });
});

describe('verb idioms in the place of the verb', () => {
  const claimFindings = (text: string): Finding[] => createLinter().lint(text, 'plaintext').findings.filter((finding) => CLAIM_RULES.has(finding.ruleId));

  for (const [text, flagged] of [
    ['Say goodbye to heartburn with our chewable tablets.', 'Say goodbye to heartburn'],
    ['This tea gets rid of bloating in minutes.', 'gets rid of bloating'],
    ['Fermented garlic works wonders for high blood pressure.', 'works wonders for high blood pressure'],
    ["You'll wave goodbye to your back pain after the first session.", 'wave goodbye to your back pain'],
    ['Our serum will put an end to acne.', 'will put an end to acne'],
  ] as const) {
    it(`flags "${flagged}" and names the idiom in the explanation`, () => {
      const findings = claimFindings(text);
      const unhedged = findings.find((finding) => finding.ruleId === 'unhedged-claim');
      assert.ok(unhedged, `no unhedged-claim finding in: ${text}`);
      assert.equal(text.slice(unhedged.start, unhedged.end), flagged);
      assert.match(unhedged.explanation ?? '', /verb idiom/);
    });
  }

  for (const text of [
    'Read on for how to get rid of dandruff.',
    'There is no quick way to get rid of eczema.',
    'It may help take the edge off anxiety.',
    'Get rid of old medicines safely at a pharmacy.',
    'We said goodbye to our grandmother last spring.',
    'Get rid of bloating.',
  ]) {
    it(`leaves alone: ${text}`, () => assert.deepEqual(claimFindings(text).map((finding) => text.slice(finding.start, finding.end)), []));
  }
});

describe('a health concept said to be gone ("be history")', () => {
  it('flags a promise that a concept will be gone', () => {
    assert.deepEqual(unhedged('Switch to our oat bars and your sugar cravings are history.'), ['are history']);
    assert.deepEqual(unhedged('With these patches, nicotine cravings will be a thing of the past.'), ['will be a thing of the past']);
    assert.deepEqual(unhedged('After a week of our balm, dry elbows become a distant memory.'), ['become a distant memory']);
  });

  it('leaves alone the natural course, a hedge and the word in another sense', () => {
    assert.deepEqual(unhedged('Colic is usually a thing of the past by itself within a few months.'), []);
    assert.deepEqual(unhedged('With the right support, panic attacks may become history for many people.'), []);
    assert.deepEqual(unhedged('Your family history of diabetes matters.'), []);
  });
});

describe('a noun modifier the tagger read as a verb after a particle', () => {
  it('keeps it in the object of the phrasal verb', () => {
    assert.deepEqual(unhedged('Our elderberry gummies chase away winter sniffles.'), ['chase away winter sniffles']);
  });
});

describe('a word with a common sense placed in the body', () => {
  it('reads it in its health sense after "out of", "from" with a possessive body part', () => {
    assert.deepEqual(unhedged('This detox tea flushes toxins out of your liver.'), ['flushes toxins out of your liver']);
    assert.deepEqual(unhedged('Our wrap melts fat from your belly.'), ['melts fat from your belly']);
  });

  it('does not when the body part does the work or no body is named', () => {
    assert.deepEqual(unhedged('Your liver removes toxins from the blood.'), []);
    assert.deepEqual(unhedged('The plant pulls toxins out of the soil.'), []);
  });
});

describe('the check before tagging', () => {
  const lexicon = claimLexicon();
  const mayHold = (text: string): boolean => {
    const words = splitWords(text);
    return mayHoldStructuralClaim(words, lexicon.concepts.conceptsIn(words), lexicon);
  };

  it('asks for tags where a structure can stand', () => {
    for (const text of ['This balm knocks out severe joint pain.', 'Joint pain is wiped out by our balm.', 'Your cravings are history.', 'Soothes sore throats.', 'Minerals that keep thyroid problems away.']) assert.ok(mayHold(text), text);
  });

  it('spares the tagger a concept inside a prepositional phrase, after a verb that changes nothing, or as a clause subject with no agent', () => {
    for (const text of ['Outcomes improved in patients with severe asthma.', 'Side effects may include nausea.', 'Undiagnosed celiac disease was common.']) assert.ok(!mayHold(text), text);
  });
});

describe('a product said to put the reader in a state of body or mind', () => {
  it('flags the promise after a causative verb and "you"', () => {
    assert.deepEqual(unhedged('This shake keeps you feeling full for hours.'), ['keeps you feeling full for hours']);
    assert.deepEqual(unhedged('One capsule leaves you feeling energised all day.'), ['leaves you feeling energised all day']);
    assert.deepEqual(unhedged('Our chamomile blend will have you sleeping like a baby.'), ['will have you sleeping']);
  });

  it("flags a promise that the reader's body keeps or reaches a state", () => {
    assert.deepEqual(unhedged('Two capsules with breakfast and your belly stays flat all day.'), ['stays flat all day']);
    assert.deepEqual(unhedged('With our night cream, your skin will look younger in a week.'), ['will look younger']);
    assert.deepEqual(unhedged('Your joints feel stiff in the morning.'), []);
  });

  it('leaves alone a hedged promise, a person who helps, and a state that is a harm', () => {
    assert.deepEqual(unhedged('A short walk after lunch may leave you feeling refreshed.'), []);
    assert.deepEqual(unhedged('Your doctor can help you feel calm before surgery.'), []);
    assert.deepEqual(unhedged('Skipping meals leaves you feeling tired.'), []);
  });
});

describe('a headline promise: "No more ..."', () => {
  it('flags the promise of a concept\'s end at the start of the sentence', () => {
    assert.deepEqual(unhedged('No more heartburn after dinner.'), ['No more heartburn']);
    assert.deepEqual(unhedged('No more sleepless nights: this blanket does the work.'), ['No more sleepless nights']);
  });

  it('offers no rewording it cannot make', () => {
    const finding = createLinter().lint('No more achy joints!', 'plaintext').findings.find((each) => each.ruleId === 'unhedged-claim');
    assert.ok(finding);
    assert.deepEqual(finding.suggestions ?? [], []);
  });

  it('leaves alone an amount, a clause with the concept as subject, and "no more" inside a sentence', () => {
    assert.deepEqual(unhedged('No more than two cups of coffee a day.'), []);
    assert.deepEqual(unhedged('No more seizures occurred after the dose was changed.'), []);
    assert.deepEqual(unhedged('The trial found no more headaches with the new pill than with placebo.'), []);
  });
});

describe('a change of state said of a class of conditions', () => {
  it('reads "most", "many", "some" before the condition as how such conditions go, not a claim', () => {
    assert.deepEqual(unhedged('Most sore throats clear up within a week.'), []);
    assert.deepEqual(unhedged('Many skin rashes fade without leaving a mark.'), []);
    assert.deepEqual(unhedged('Your sore throat clears up overnight with these lozenges.'), ['clears up overnight']);
  });
});

describe('an imperative with a means', () => {
  it('promises a result when the means is a product', () => {
    assert.deepEqual(unhedged('Soothe your sore throat with our honey lozenges.'), ['Soothe your sore throat']);
    assert.deepEqual(unhedged('Shrink your waistline by drinking this tea.'), ['Shrink your waistline']);
  });

  it('gives advice when the means is a habit', () => {
    assert.deepEqual(unhedged('Protect your skin by wearing a hat at midday.'), []);
    assert.deepEqual(unhedged('Keep your gums healthy with gentle brushing.'), []);
  });
});

describe('a change of state with its cause named', () => {
  it('flags a change the sentence credits to something ("thanks to", "because of")', () => {
    assert.deepEqual(unhedged('Thanks to these ginger chews, my morning sickness stopped within a day.'), ['stopped']);
    assert.deepEqual(unhedged('His cholesterol dropped thanks to our plant sterol spread.'), ['dropped']);
    assert.deepEqual(unhedged('My hay fever symptoms have disappeared since I started the drops.'), ['have disappeared']);
    assert.deepEqual(unhedged('Thanks to this balm, my eczema has calmed down.'), ['has calmed down']);
  });

  it('leaves alone a change with no cause named, when the verb is one the lexicon reads', () => {
    assert.deepEqual(unhedged('His cholesterol dropped after he changed jobs.'), []);
    assert.deepEqual(unhedged('The bleeding stopped after ten minutes of pressure.'), []);
  });
});

describe('a change of state: a claim only with a cause, a testimony, a promise, or as a rule', () => {
  it('leaves alone the course of a condition when nothing taken or done is named', () => {
    assert.deepEqual(unhedged('The swelling goes down after a few days.'), []);
    assert.deepEqual(unhedged('After a few days, the rash disappeared.'), []);
    assert.deepEqual(unhedged('The itching calmed down after an hour.'), []);
    assert.deepEqual(unhedged('Her cough cleared up after two weeks.'), []);
    assert.deepEqual(unhedged('The fever broke overnight and the aches faded by Sunday.'), []);
    assert.deepEqual(unhedged('My headache went away after a nap.'), []);
  });

  it('flags it when the sentence names what was taken or used', () => {
    assert.deepEqual(unhedged('Since I started the drops, my hay fever has cleared up.'), ['has cleared up']);
    assert.deepEqual(unhedged('After two weeks of our probiotic, my bloating disappeared.'), ['disappeared']);
    assert.deepEqual(unhedged('Within a month of using the serum my dark spots faded.'), ['faded']);
  });

  it('flags it when the sentence before is a testimony of taking something', () => {
    assert.deepEqual(unhedged('I started taking the capsules in May. Within a week my migraines disappeared.'), ['disappeared']);
    assert.deepEqual(unhedged('My husband switched to our decaf blend. His heartburn has vanished.'), ['has vanished']);
    assert.deepEqual(unhedged('I started feeling dizzy on Monday. By Wednesday the dizziness had gone away.'), []);
  });

  it('flags a promise to the reader and a change said as a rule', () => {
    assert.deepEqual(unhedged('Your cravings will vanish in days.'), ['will vanish']);
    assert.deepEqual(unhedged('Watch your belly fat melt away.'), ['melt away']);
    assert.deepEqual(unhedged('Puffy eyes fade while you sleep.'), ['fade']);
  });

  it('says in the explanation why the change is a claim', () => {
    const finding = createLinter().lint('I tried the tincture last spring. My hives disappeared.', 'plaintext').findings.find((each) => each.ruleId === 'unhedged-claim');
    assert.match(finding?.explanation ?? '', /sentence before tells of taking or using/);
  });

  it('gives the same findings in a long paragraph linted after edits as from scratch (the sentence before is read in either)', () => {
    const paragraph = [
      'I started taking the capsules in May.',
      'Within a week my migraines disappeared.',
      'The swelling goes down after a few days.',
      'My sister tried the balm on her elbows.',
      'Her eczema has cleared up.',
      'After a few days, the rash disappeared.',
      'I drank the tea every night.',
      'My insomnia vanished.',
    ].join(' ');
    const at = (fraction: number, text: string, length = 0) => ({ start: fraction, length, text });
    checkIncrementalEqualsFull(paragraph, 'plaintext', [at(0.05, 'We '), at(0.3, ' I used the cream.'), at(0.62, '', 12), at(0.9, 'x')]);
  });
});

describe("a product said to keep or leave the reader's body in a state", () => {
  it('flags "keeps your joints feeling limber", "leaves your skin glowing", "will have your gut feeling settled"', () => {
    assert.deepEqual(unhedged('This collagen blend keeps your joints feeling limber.'), ['keeps your joints feeling limber']);
    assert.deepEqual(unhedged('Our night cream leaves your skin glowing by morning.'), ['leaves your skin glowing']);
    assert.deepEqual(unhedged('These probiotics will have your gut feeling settled.'), ['will have your gut feeling settled']);
  });

  it('leaves alone a harm, a hedge and a person who helps', () => {
    assert.deepEqual(unhedged('Hot showers leave your skin feeling tight.'), []);
    assert.deepEqual(unhedged('A humidifier may keep your skin soft in winter.'), []);
    assert.deepEqual(unhedged('Your physiotherapist will keep your joints flexible with gentle exercises.'), []);
  });
});

describe('symptom adjectives before a body part, and everyday sleep, energy and mood phrasing', () => {
  it('reads "achy knees", "saggy skin", "sluggish bowels" as symptoms a claim may change', () => {
    assert.deepEqual(unhedged('This balm soothes achy knees after a run.'), ['soothes achy knees']);
    assert.deepEqual(unhedged('Say goodbye to saggy skin with our firming serum.'), ['Say goodbye to saggy skin']);
    assert.deepEqual(unhedged('Our fibre blend wakes up sluggish bowels.'), ['wakes up sluggish bowels']);
  });

  it('finds the wellbeing phrasing of supplement pages', () => {
    assert.deepEqual(unhedged('Say so long to restless nights with our magnesium gummies.'), ['Say so long to restless nights']);
    assert.deepEqual(unhedged('This tonic banishes the midday slump.'), ['banishes the midday slump']);
    assert.deepEqual(unhedged('Our adaptogen blend quiets a racing mind.'), ['quiets a racing mind']);
  });

  it('leaves alone the same words where nothing changes them', () => {
    assert.deepEqual(unhedged('Achy knees are common after a long hike.'), []);
    assert.deepEqual(unhedged('Restless nights can have many causes.'), []);
  });
});

describe('a product said to outdo or replace a medicine', () => {
  it('flags the verbs of outdoing and replacing with a medicine after them', () => {
    assert.deepEqual(unhedged('Our ginger shots outperform antacids for heartburn.'), ['outperform antacids for heartburn']);
    assert.deepEqual(unhedged('This valerian tea replaces sleeping pills.'), ['replaces sleeping pills']);
  });

  it('leaves alone a person, a negation and a past result', () => {
    assert.deepEqual(unhedged('The pharmacist replaces antibiotics that have expired.'), []);
    assert.deepEqual(unhedged('No supplement replaces your prescription medicine.'), []);
  });
});

describe('idioms around their object ("kiss X goodbye", "send X packing")', () => {
  it('flags the idiom with a health concept inside it, as a product claim or a promising imperative', () => {
    assert.deepEqual(unhedged('This tea sends sugar cravings packing.'), ['sends sugar cravings packing']);
    assert.deepEqual(unhedged('Kiss puffy morning eyes goodbye with our chilled eye gel.'), ['Kiss puffy morning eyes goodbye']);
    assert.deepEqual(unhedged('Show joint pain the door.'), ['Show joint pain the door']);
  });

  it('leaves alone the idiom about something else', () => {
    assert.deepEqual(unhedged('We sent the kids packing to summer camp.'), []);
    assert.deepEqual(unhedged('Kiss your old routine goodbye.'), []);
  });
});

describe('testimonials and product-page frames', () => {
  it('a testimony of a state needs its means named', () => {
    assert.deepEqual(unhedged('After two weeks of our chamomile drops I sleep through the night.'), ['sleep']);
    assert.deepEqual(unhedged('Since starting the new job, I feel great.'), []);
    assert.deepEqual(unhedged('I sleep badly when the room is warm.'), []);
  });

  it('"be gone" follows the rule of the other changes of state', () => {
    assert.deepEqual(unhedged('Since I began the tablets, my hot flushes are gone.'), ['are gone']);
    assert.deepEqual(unhedged('By morning the headache was gone.'), []);
  });

  it('a before-and-after testimony of a product', () => {
    assert.deepEqual(unhedged('Before this collagen powder, my knees ached on every walk; now I hike for hours.'), ['now I hike for hours']);
    assert.deepEqual(unhedged('Before surgery, the pain was constant; now it is gone.'), []);
  });

  it('a simile of a remedy and a superlative frame', () => {
    assert.deepEqual(unhedged('This oil works like a charm for dry skin.'), ['like a charm for dry skin']);
    assert.deepEqual(unhedged('It is the best tea for calming a racing mind.'), ['calming a racing mind']);
    assert.deepEqual(unhedged('It felt like a knife in my back.'), []);
  });

  it('a product bullet with a verb of the lexicon', () => {
    assert.deepEqual(unhedged('Relieves achy joints fast'), ['Relieves achy joints fast']);
  });
});

describe('more frames of seller copy: a causative before a change, "be better", an imperative to drop a medicine, idioms', () => {
  it('a change a product is said to help or let happen names its cause', () => {
    assert.deepEqual(unhedged('This bath soak helps tight muscles relax after a long run.'), ['relax']);
    assert.deepEqual(unhedged('Your doctor can help the swelling go down.'), []);
  });

  it('"be better" is a change of state only with a cause named', () => {
    assert.deepEqual(unhedged('After a month of our fish oil, my joints were so much better.'), ['were so much better']);
    assert.deepEqual(unhedged('By Friday her cough was much better.'), []);
    assert.deepEqual(unhedged('Colds get better in about a week.'), []);
  });

  it('an imperative to give up a medicine for a product of the writer\'s', () => {
    assert.deepEqual(unhedged('Ditch the antacids and soothe heartburn with our aloe drink.').slice(0, 1), ['Ditch the antacids']);
    assert.deepEqual(unhedged('Ditch the painkillers only with your doctor\'s agreement.'), []);
  });

  it('idioms of ending or easing', () => {
    assert.deepEqual(unhedged('Our night serum turns back the clock on fine lines.'), ['turns back the clock on fine lines']);
    assert.deepEqual(unhedged('This rub takes the sting out of sore shoulders.'), ['takes the sting out of sore shoulders']);
    assert.deepEqual(unhedged('Say hello to better digestion.'), ['Say hello to better digestion']);
  });
});

describe('headlines and states of a testimony', () => {
  it('a headline that bids a condition farewell (candidates/headline.ts), not a greeting of a symptom', () => {
    assert.deepEqual(unhedged('Goodbye, heartburn.'), ['Goodbye, heartburn']);
    assert.deepEqual(unhedged('So long, sugar cravings!'), ['So long, sugar cravings']);
    assert.deepEqual(unhedged('Hello, headache.'), []);
    assert.deepEqual(unhedged('Goodbye, old friend.'), []);
  });

  it('a body said to be in a good state, with the means named or promised to the reader', () => {
    assert.deepEqual(unhedged('Two weeks on your drops and my sinuses are clear.'), ['are clear']);
    assert.deepEqual(unhedged('Your skin will be clear in days.'), ['will be clear']);
    assert.deepEqual(unhedged('My skin is clear today.'), []);
  });

  it('the reader given a wellbeing state', () => {
    assert.deepEqual(unhedged('Our beetroot shots give you the stamina of a twenty-year-old.'), ['give you the stamina of a twenty-year-old']);
    assert.deepEqual(unhedged('The flu gives you a fever.'), []);
  });
});

describe('what a careful page says in the same shapes', () => {
  it('a course the reader is told to expect or watch is no promise', () => {
    assert.deepEqual(unhedged('Rest and drink plenty of fluids; your cold will go away in about a week.'), []);
    assert.deepEqual(unhedged('Watch the swelling go down over the next few days, and call your GP if it does not.'), []);
    assert.deepEqual(unhedged('Your symptoms will be better in a few days.'), []);
    assert.deepEqual(unhedged('Since I started physiotherapy, my back pain has improved.'), []);
  });

  it('the sentence before about a product of the writer\'s names the cause', () => {
    assert.deepEqual(unhedged('Our tea contains ginger. Your nausea will ease within minutes.'), ['will ease']);
    assert.deepEqual(unhedged('Our guide explains how colds spread. Your cold will clear up in a week.'), []);
  });
});

describe('a product in the role of a remedy', () => {
  it('figurative remedy nouns, a remedy closing the sentence, relief offered with a product, a wellbeing state to get', () => {
    assert.deepEqual(unhedged('Our turmeric capsules are a game-changer for achy knees.'), ['game-changer for achy knees']);
    assert.deepEqual(unhedged('If you suffer from migraines, our feverfew tincture is the answer.'), ['is the answer']);
    assert.deepEqual(unhedged('Experience relief from hay fever with our local honey.'), ['relief from hay fever']);
    assert.deepEqual(unhedged('Get glowing skin from within with our collagen shots.').length, 1);
  });

  it('leaves alone an option, a lack and time as the answer', () => {
    assert.deepEqual(unhedged('Ibuprofen is an option for period pain.'), []);
    assert.deepEqual(unhedged('There is no miracle cure for arthritis.'), []);
    assert.deepEqual(unhedged('For most back pain, time is the answer.'), []);
    assert.deepEqual(unhedged('Many people get better sleep in a cool, dark room.'), []);
  });
});

describe('a first conjunct that names the means ("One scoop of our greens powder and ...")', () => {
  it('names the cause of the change after "and"; an intensifier before the particle is part of the verb', () => {
    assert.deepEqual(unhedged('One scoop of our greens powder and my bloating vanished.'), ['vanished']);
    assert.deepEqual(unhedged('Two weeks on these drops, and my hay fever has calmed right down.'), ['has calmed right down']);
  });

  it('leaves alone a conjunct that names no product, and a course told with an intensifier', () => {
    assert.deepEqual(unhedged('I went for a walk and my headache cleared right up.'), []);
    assert.deepEqual(unhedged('Our clinic opened in May and the rash went away.'), []);
    assert.deepEqual(unhedged('My rash calmed right down after a day.'), []);
  });
});
