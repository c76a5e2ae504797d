// Consumer claims missed at first contact, as classes: resultatives ("turns dry skin into a
// glow"), causatives of a restored body function ("will have your knees moving freely again"),
// an offered way or answer ("the natural way to calmer nerves"), health euphemisms with no concept
// word ("back on your feet", "that time of the month", "sick days"), and a testimony's relative
// clause ("one of thousands whose migraines are under control thanks to this patch"). Each with
// what must stay alone: a condition's own course, advice that names no product, a harm, hedged,
// negated, attributed and questioned forms. Sentences of our own.

import { strict as assert } from 'node:assert';
import { createLinter } from '../../rules/index.js';
import { claimsIn, flaggedText } from './claim-findings.js';

function assertFlagged(cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [text, flagged] of cases) assert.deepEqual(flaggedText(text), [flagged], text);
}

function assertClean(texts: readonly string[]): void {
  for (const text of texts) assert.deepEqual(flaggedText(text), [], text);
}

describe('a symptom turned into a better state (resultative)', () => {
  it('flags a product of the writer\'s, or a pronoun for one, that turns a symptom into a better state', () => {
    assertFlagged([
      ['Our serum turns dry, flaky skin into a smooth glow.', 'turns dry, flaky skin into a smooth glow'],
      ['It transforms puffy, tired eyes into bright ones overnight.', 'transforms puffy, tired eyes into bright ones overnight'],
      ['Our probiotic turns a grumbling, gassy gut into a settled one.', 'turns a grumbling, gassy gut into a settled'],
    ]);
    assert.deepEqual(flaggedText('Our ointment will change red, angry eczema into calm skin.'), ['will change red, angry eczema into calm skin']);
    assert.deepEqual(flaggedText('Our peppermint roll-on turns a thumping tension headache into a distant memory.'), ['turns a thumping tension headache into a distant']);
  });

  it('flags a product that takes a symptom or the reader from one state to a better one', () => {
    assertFlagged([
      ['Five stars: this spray took my hay fever from miserable to manageable in a day.', 'took my hay fever from miserable'],
      ['Our greens powder took me from sluggish to energised in a week.', 'took me from sluggish'],
      ['Our balm will take your cracked heels from rough to smooth overnight.', 'will take your cracked heels from rough'],
    ]);
    assertClean(['Physio took me from bedbound to walking in a month.', 'The bus took me from the station to the clinic.', 'This virus can take you from mildly unwell to seriously ill within hours.']);
  });

  it('flags a symptom that becomes a better state with a product of the writer\'s named as the cause', () => {
    assertFlagged([
      ['Thanks to our chamomile drops, colicky evenings become peaceful ones.', 'become peaceful ones'],
      ['With our ginger chews, queasy mornings become calm ones.', 'become calm ones'],
    ]);
    assertClean(['A blocked nose usually turns into a runny one before a cold clears up.', 'With rest, achy mornings become easier.', 'Many people find their headaches become less frequent once they drink more water.']);
  });

  it('reads a symptom adjective before a time of day as a symptom, and a practice noun as no product', () => {
    assertFlagged([['Say goodbye to achy mornings with our turmeric shots.', 'Say goodbye to achy mornings']]);
    assertClean(['Babies often have colicky evenings in their first months.', 'On sore days, rest and take paracetamol if you need it.', 'Regular exercise keeps your joints moving and your muscles strong.']);
  });

  it('flags an imperative whose means is a product of the writer\'s', () => {
    assertFlagged([['Turn tired, achy muscles into relaxed ones with our bath salts.', 'Turn tired, achy muscles into relaxed ones']]);
  });

  it("leaves alone a condition's own course, a change for the worse, and a turn by no product", () => {
    assertClean([
      'A cold can turn into a chest infection.',
      'Left untreated, the rash may turn into blisters.',
      'If your child\'s cough turns into wheezing, call 111.',
      'Stress can turn an occasional headache into a daily one.',
      'Gentle yoga turns stiff mornings into easy ones.',
      'Our nurses turn anxious patients into calm ones.',
      'Our app turns your sleep data into simple charts.',
      'Turn the heat down before bed.',
    ]);
  });

  it('leaves alone a question, a negation and a report of what others said', () => {
    assertClean([
      'Does our serum really turn dry skin into a healthy glow?',
      'Our serum does not turn acne scars into smooth skin overnight.',
      'Some customers told us the cream turned their dry skin into a softer texture, but we have not tested this.',
    ]);
  });

  it('explains the structure', () => {
    // The open verb reads most resultatives; this one's object it cannot.
    const [finding] = claimsIn('Our ointment will change red, angry eczema into calm skin.');
    assert.match(finding.explanation ?? '', /resultative "change"; a symptom turned into a better state by a product/);
  });
});

describe('a product that puts the reader or the reader\'s body back in working order (causative)', () => {
  it('flags a body part got doing a body function again', () => {
    assertFlagged([
      ['Our joint formula will have your knees moving freely again.', 'will have your knees moving freely again'],
      ['This collagen drink will have your joints bending like new.', 'will have your joints bending'],
      ['Our wrist brace gets your hands working again after a long day at the keyboard.', 'gets your hands working again'],
    ]);
  });

  it('flags the reader got doing a body function, or put in a state people want', () => {
    assertFlagged([
      ['These insoles will have you walking pain-free again after years of plantar fasciitis.', 'will have you walking pain-free again'],
      ['It keeps you moving all day.', 'keeps you moving all day'],
      ['Our tonic keeps you going all day without the 3 pm slump.', 'keeps you going all day'],
      ['This patch gets you back on your feet in days.', 'gets you back on your feet'],
      ['These lozenges leave you right as rain.', 'leave you right'],
    ]);
  });

  it('flags "make" with relief or with an idiom of having gone, which is no harm', () => {
    assertFlagged([
      ['Our heat patch makes that time of the month bearable.', 'makes'],
      ['This balm makes period cramps a thing of the past.', 'makes period cramps a thing of the past'],
    ]);
    assert.deepEqual(flaggedText('Coffee makes my anxiety worse.'), []);
  });

  it('flags the reader or a person of theirs doing any activity again', () => {
    assertFlagged([
      ['Our knee sleeve has my dad climbing stairs again without wincing.', 'has my dad climbing stairs again'],
      ['Our compression socks will have you hiking again by spring.', 'will have you hiking again'],
      ['It will get your mum gardening again.', 'will get your mum gardening again'],
    ]);
    assertClean(['Having my dad living with us again is lovely.', 'Physio will have you running again.', 'Walking groups can get people moving again after a long illness.']);
  });

  it('flags a symptom made to disappear or heal, and a better body had with its cause named', () => {
    assertFlagged([
      ['Our arnica gel gets bruises fading in record time.', 'gets bruises fading'],
      ['Our balm has cold sores healing in days.', 'has cold sores healing'],
      ['I have much calmer skin since switching to this serum.', 'have much calmer skin'],
      ['My mum finally has comfortable feet thanks to your compression socks.', 'has comfortable feet'],
      ['A daily shot of our ginger tonic will soon have you back to your old self.', 'will soon have you back'],
    ]);
    assertClean(['Stress keeps my eczema flaring.', 'She has healthy teeth thanks to regular brushing.', 'People with diabetes have weaker bones.', 'Older adults often have drier skin.']);
  });

  it('flags the reader, or a body part, symptom or function, put back as it was', () => {
    assertFlagged([
      ['Our foot cream gets cracked heels back to baby-soft in a week.', 'gets cracked heels back'],
      ['Our probiotic gets your digestion back on track.', 'gets your digestion back on track'],
      ['Our collagen brings your skin back to life.', 'brings your skin back'],
    ]);
    assertClean(['A holiday gets you back to your best.', 'Put the lid back on the jar.', 'The infection can get your fever back up.', 'The doctor put my shoulder back into place.']);
  });

  it("flags a body part of the writer's or the reader's made to feel a better state", () => {
    assertFlagged([['These magnesium flakes have my legs feeling light and cramp-free after every run.', 'have my legs feeling light']]);
    assertClean(['Long shifts leave my legs feeling heavy and swollen.']);
  });

  it('leaves alone a practice, a person, and a course that names no better state', () => {
    assertClean([
      'Gentle stretches get you moving in the morning.',
      'A good breakfast keeps you going until lunch.',
      'Your physiotherapist will get you moving again.',
      'Our nurses will have you walking again within days of surgery.',
      'A week of rest should get you back on your feet.',
      'Most colds leave you under the weather for a few days.',
      'Life with a bad back can leave you feeling run-down.',
    ]);
  });
});

describe('a way or an answer offered for a health effect', () => {
  it('flags a product of the writer\'s said to be the way, the answer or the ticket', () => {
    assertFlagged([
      ['Our valerian drops are the natural way to calmer nerves.', 'the natural way to calmer nerves'],
      ['Our lavender pillow mist is the gentle way to a deeper, calmer sleep.', 'the gentle way to a deeper, calmer sleep'],
      ['Our elderberry gummies are your ticket to fewer sick days.', 'your ticket to fewer sick days'],
    ]);
  });

  it('flags a headline that sells the way or offers it to the reader', () => {
    assertFlagged([
      ['The natural way to calmer nerves.', 'The natural way to calmer nerves'],
      ['Your answer to aching joints.', 'Your answer to aching joints'],
      ['Your go-to fix for an upset tummy after a big night out.', 'Your go-to fix for an upset tummy'],
    ]);
    // A disease: disease-claim reads its own claim inside the phrase.
    assert.deepEqual(flaggedText('The drug-free way to beat a migraine.'), ['The drug-free way to beat a migraine', 'beat a migraine']);
  });

  it('flags a headline that names a product after a colon, or opens with a selling possessive', () => {
    assertFlagged([
      ['The way to healthy joints: our turmeric capsules.', 'The way to healthy joints'],
      ["Nature's way to a calmer tummy: our slippery elm powder.", "Nature's way to a calmer tummy"],
      ['Our sleep drops are the secret to nodding off in minutes.', 'the secret to nodding off'],
    ]);
    assertClean(['The way to healthy joints is regular movement.']);
    // A question asking for the way, answered by a product of the writer's (answered-question.ts).
    assert.deepEqual(flaggedText('Your shortcut to softer, calmer skin? Our oat and honey balm.'), ['Our oat and honey balm']);
    assertClean(['The easy way to better sleep? Going to bed at the same time each night.']);
  });

  it('reads a better state with no concept as the target ("to calmer, happier kids")', () => {
    assertFlagged([
      ['Our greens are your ticket to a slimmer, fitter you.', 'your ticket to a slimmer'],
      ['The drug-free way to calmer, happier kids: our magnesium bedtime spray.', 'The drug-free way to calmer'],
    ]);
    assertClean(['The answer to other questions is on our FAQ page.', 'The best way to healthier kids is more play outside.']);
  });

  it('leaves alone the way as a topic, a way said of no product, a plain headline, a question and a denial', () => {
    assertClean([
      'The safest way to cool a burn is running water.',
      'The answer to dry eyes is not always more drops.',
      'Rest is the natural way to recover from a cold.',
      'Your guide to hay fever season.',
      'The solution for dry eyes.',
      'Is there an easy way to stop snoring?',
      'There is no natural way to cure type 1 diabetes.',
    ]);
  });
});

describe('health euphemisms as concepts', () => {
  it('reads a claim about a condition named by a euphemism', () => {
    assertFlagged([
      ['Our ginger chews stop the trots in their tracks.', 'stop the trots'],
      ['Our saw palmetto capsules mean fewer trips to the loo at night.', 'mean fewer trips'],
      ['Our iron tonic puts the spring back in your step.', 'puts the spring back'],
      ['This tea takes the edge off a stressful day.', 'takes the edge off a stressful day'],
      ['Thanks to our cranberry capsules, those endless trips to the loo are finally a thing of the past.', 'are finally a thing of the past'],
      ['No more wake-ups with our sleep spray.', 'No more wake-ups'],
    ]);
  });

  it('reads a headline\'s comparative with a product of the writer\'s as its means', () => {
    assertFlagged([
      ['Fewer sick days this winter with our elderberry gummies.', 'Fewer sick days this winter'],
      ['Less bloating with our ginger tea.', 'Less bloating'],
    ]);
    assertClean(['Fewer colds with these simple habits.', 'Faster recovery after knee surgery.']);
  });

  it('reads a clock time inside the phrase, and a review that names the seller\'s product', () => {
    assertFlagged([
      ['No more 3 am wake-ups.', 'No more 3 am wake-ups'],
      ['Since switching to your sleep tea, my 3 am wake-ups have stopped completely.', 'have stopped completely'],
    ]);
    assertClean(['I am up at 3 am most nights.']);
  });

  it('leaves alone a euphemism in a story, a condition\'s course or advice', () => {
    assertClean([
      'I took a few sick days last winter.',
      'My son had the runs after the school trip.',
      'She is on the mend after her operation.',
      'The flu left me under the weather for a week.',
      'Most people feel under the weather for a day or two after the vaccine.',
      'That time of the month can be hard for many women.',
      'Many women feel out of sorts at that time of the month.',
    ]);
  });

  it('reads a longer phrase from the last word of a stop phrase ("get back" | "back on your feet")', () => {
    assertFlagged([['Our tonic will get you back on your feet in days.', 'will get you back on your feet']]);
    assertClean(['Physiotherapists can help you get back on your feet after a knee operation.', 'She came back stronger.']);
  });

  it('names the euphemism as the concept, with its category', () => {
    const [finding] = claimsIn('This patch gets you back on your feet in days.');
    assert.match(finding.explanation ?? '', /health concept "back on your feet" \(wellbeing\)/);
  });
});

describe("a condition held down, with its cause named (a testimony's relative clause)", () => {
  it('flags "under control" or "in check" with a product named as the cause', () => {
    assertFlagged([
      ["I'm one of thousands whose migraines are under control thanks to this patch.", 'are under control'],
      ['My blood pressure is finally under control thanks to our beetroot shots.', 'is finally under control'],
    ]);
  });

  it("flags a review of a person of the writer's, or of a body part, with the product named as the means", () => {
    assertFlagged([
      ['Since he started using your throat spray, my husband sleeps silently.', 'sleeps silently'],
      ["Since he started using your throat spray, my husband's snoring has stopped.", 'has stopped'],
      ['My knees feel better than they have in years, all thanks to your turmeric capsules!', 'feel better'],
      ['My back feels great since I started your magnesium spray.', 'feels great'],
    ]);
    assertClean(['Your knees will feel better in a week.', 'My knees feel better after a rest.', 'Your skin will look better with sleep and water.']);
  });

  it('leaves alone a condition held down with no cause named, and a story with no product', () => {
    assertClean(['Her asthma is under control.', 'Her blood sugar was under control.', 'My husband, whose snoring kept me up for years, now sleeps silently.']);
  });

  it('asks a page of such claims for advice to consult a professional', () => {
    const page = '# Night Patch\n\nThis patch gets you back on your feet in days.\n\nOur joint formula will have your knees moving freely again.\n';
    assert.ok(createLinter().lint(page, 'markdown').findings.some((finding) => finding.ruleId === 'missing-provider-advice'));
  });
});

describe('advice with a schedule', () => {
  it('leaves alone an imperative whose time is how often, not by when', () => {
    assertClean(['Keep your asthma under control by taking your preventer inhaler every day.', 'Protect your teeth by brushing twice a day.']);
    assert.deepEqual(flaggedText('Lose 2 pounds every week with our shakes.'), ['Lose 2 pounds every week']);
  });
});
