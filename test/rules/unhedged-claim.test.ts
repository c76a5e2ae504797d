import { strict as assert } from 'node:assert';
import { applyEdits } from '../../rules/index.js';
import { describeRule, describeSeeds, lintWith } from './rule-cases.js';
import { parseCsv } from '../../scripts/eval.js';

const RULE = 'unhedged-claim';
const AS_FACT = 'states a health effect as fact';

describe('rule: unhedged-claim', () => {
  describeRule(RULE, {
    valid: [
      // A harm the causative "make" warns of: advice, not an efficacy claim.
      { text: 'Alcohol makes reflux worse.', language: 'plaintext', name: 'causative "make" with a harm' },
      { text: 'Stress can make psoriasis flare-ups more severe.', language: 'plaintext', name: 'causative "make" with "more" and a harm' },
      { text: 'Grapefruit juice can make some statins less effective.', language: 'plaintext', name: 'causative "make" with "less" and a good' },
      // Hedged: modal, epistemic verb, attribution, adjective.
      { text: 'Kratom may help relieve pain in some people.', language: 'plaintext' },
      { text: 'Some studies suggest that turmeric reduces inflammation.', language: 'plaintext' },
      { text: 'Ashwagandha is believed to lower stress hormones.', language: 'plaintext' },
      { text: 'Echinacea reportedly shortens colds.', language: 'plaintext' },
      { text: 'Cutting out caffeine improves sleep for many people with anxiety.', language: 'plaintext', name: 'an approximator of quantity: for many people' },
      { text: 'Your GP can help lower your cholesterol.', language: 'plaintext', name: 'a health professional who helps: advice, no product' },
      { text: 'A physiotherapist can help ease a stiff shoulder.', language: 'plaintext', name: 'a professional by trade who helps' },
      { text: 'Your pharmacist may relieve your worries about side effects.', language: 'plaintext', name: 'a professional as the subject of a modal' },
      { text: 'In most people, a cold sore heals without treatment.', language: 'plaintext', name: 'an approximator of quantity: in most people' },
      { text: 'The supplement offers potential relief from joint stiffness.', language: 'plaintext' },
      { text: 'Green tea could lower blood pressure slightly.', language: 'markdown' },
      { text: 'Chamomile tea often helps people relax before bed.', language: 'plaintext', name: 'frequency hedge (Hyland)' },
      { text: 'According to one small trial, valerian improves sleep quality.', language: 'plaintext' },
      { text: 'Its alkaloids are thought to block pain signals, which can result in relief.', language: 'plaintext', name: 'hedge scopes over a relative clause' },
      // Attributed to a reference a reader can follow.
      { text: 'In a 2019 trial, valerian shortened the time to fall asleep (Lee et al., 2019).', language: 'plaintext', name: 'author-year citation' },
      { text: 'Zinc lozenges shortened colds by two days in [one trial](https://doi.org/10.1000/example).', language: 'markdown', name: 'a link to the study' },
      { text: 'Magnesium relieves leg cramps in pregnancy [3].', language: 'markdown', name: 'a numbered reference' },
      // A mechanism, not a health effect.
      { text: 'Its alkaloids activate the mu-opioid receptors in the brain.', language: 'plaintext', name: 'receptors' },
      { text: 'Curcumin blocks several inflammatory signals in the joint.', language: 'markdown', name: 'signals' },
      { text: 'The extract triggers a cascade of neurotransmitters.', language: 'plaintext', name: 'a cascade of neurotransmitters' },
      { text: 'GABA is a neurotransmitter that calms the brain.', language: 'plaintext', name: 'what a neurotransmitter does, in a relative clause' },
      { text: 'Most ear infections are caused by bacteria.', language: 'plaintext', name: 'an infectious agent as the cause, after "by"' },
      { text: 'HPV causes cervical cancer.', language: 'plaintext', name: 'an infectious agent as the subject of a causing verb' },
      // The sentence denies the claim its support.
      { text: 'We found little reliable evidence that elderberry syrup shortens the flu.', language: 'plaintext', name: 'little reliable evidence that' },
      { text: 'A single survey cannot, by itself, show that beetroot juice lowers blood pressure.', language: 'plaintext', name: 'cannot show that' },
      { text: "These lab results don't prove that the tea relieves migraines.", language: 'markdown', name: "don't prove that" },
      // A warning about a harm, not a claim of benefit.
      { text: 'Too much niacin can cause nausea and itching.', language: 'plaintext', name: 'an adverse effect' },
      { text: 'A strict diet of this kind leads to iron deficiency within a year.', language: 'markdown', name: 'a deficiency it leads to' },
      { text: 'Regular use of the sleeping pill causes dependence within weeks.', language: 'plaintext', name: 'dependence' },
      { text: 'Ginkgo can strengthen the action of anticoagulants.', language: 'plaintext', name: 'an interaction with a medicine' },
      { text: 'Grapefruit juice interferes with several prescription drugs.', language: 'plaintext', name: 'an interaction with medicines' },
      { text: 'Potassium pills can raise potassium in the blood to harmful levels.', language: 'plaintext', name: 'a level that is itself the harm, after the object' },
      { text: 'Large doses of vitamin A can damage the liver of an unborn baby.', language: 'plaintext', name: 'a verb whose meaning is the harm' },
      { text: 'Large doses of vitamin A can raise liver enzymes to dangerous levels.', language: 'plaintext', name: 'dangerous levels' },
      // Negated.
      { text: 'Ginger does not cure motion sickness.', language: 'plaintext' },
      { text: 'In the trial, the tincture failed to reduce anxiety scores.', language: 'plaintext' },
      { text: 'The balm provides no relief from deep muscle pain.', language: 'plaintext' },
      // Reported uncertainty, questions, conditions, purposes.
      { text: 'More research is needed to understand how valerian affects sleep.', language: 'plaintext' },
      { text: 'Large trials are needed to find out whether fish oil prevents heart attacks.', language: 'plaintext' },
      { text: 'Does turmeric relieve joint pain?', language: 'plaintext' },
      { text: '# How kratom relieves pain', language: 'markdown', name: 'a heading that announces a topic' },
      { text: 'Many people drink chamomile to ease anxiety.', language: 'plaintext', name: 'purpose infinitive' },
      { text: 'If melatonin improves sleep, the effect is small.', language: 'plaintext', name: 'conditional clause' },
      { text: 'There is no evidence that apple cider vinegar cures diabetes.', language: 'plaintext', name: 'reported lack of evidence' },
      { text: 'The idea that magnets relieve arthritis is unproven.', language: 'plaintext', name: 'reported lack of evidence after the claim' },
      // Correlation and description, not causation.
      { text: 'Higher magnesium intake is associated with better sleep.', language: 'plaintext' },
      { text: 'Regular sauna use was linked to fewer strokes in one cohort.', language: 'plaintext' },
      { text: 'Vitamin D levels increased over the winter months.', language: 'plaintext', name: 'a change with no cause named' },
      { text: 'Patients treated with the extract were followed for a year.', language: 'plaintext', name: 'reduced relative clause' },
      { text: 'The potential benefits of cold showers are unproven.', language: 'plaintext' },
      { text: 'Eating walnuts is tied to better memory in older adults.', language: 'plaintext' },
      { text: 'It is good for you to rest after a long hike.', language: 'plaintext' },
      { text: 'Lentils are a good source of iron.', language: 'plaintext' },
      { text: 'The survey supports the idea that readers want plain language.', language: 'plaintext' },
      { text: 'Ask your pharmacist before you stop taking any medicine.', language: 'plaintext', name: 'aspect, not cause' },
      { text: 'After two weeks you can reduce the dose.', language: 'plaintext', name: "the reader's action, not an effect" },
      { text: 'There is no single cause of migraine.', language: 'plaintext' },
      { text: 'Blood pressure doubled during the stress test.', language: 'plaintext', name: 'a change with no cause named' },
      { text: 'Patients with reduced kidney function need lower doses.', language: 'plaintext', name: 'participle as adjective' },
      // Someone else's words; code.
      { text: '> This tea cures anxiety, the label says.', language: 'markdown', name: 'block quotation' },
      { text: 'The label claims the tea "cures anxiety", which the agency disputes.', language: 'plaintext', name: 'inline quotation' },
      { text: 'Call `cures()` to list every remedy.', language: 'markdown', name: 'inline code' },
      { text: '<p>Ginseng <em>may</em> boost energy.</p>', language: 'html' },
      // Suppression and configuration.
      {
        text: '<!-- health-lint-disable-next-line unhedged-claim -->\nKratom relieves pain.\n',
        language: 'markdown',
        name: 'disable-next-line comment',
      },
      {
        text: 'In our experience, kratom relieves pain.',
        language: 'plaintext',
        config: { lexicon: { hedges: ['in our experience'] } },
        name: 'user hedge',
      },
      { text: 'This tea unclogs the drain.', language: 'plaintext', name: 'a verb outside the lexicon, with no health concept as its object' },
      // Comparative, purpose, necessity and sequel wording that states no health effect.
      { text: 'The new scanner was superior to the old one for detecting small fractures.', language: 'plaintext', name: 'comparison of accuracy, not of an effect' },
      { text: 'The new clinic is superior to the old building.', language: 'plaintext', name: 'comparison without an effect' },
      { text: 'The vaccine was not superior to placebo in preventing infection.', language: 'plaintext', name: 'negated comparative efficacy' },
      { text: 'The app is useful for tracking symptoms.', language: 'plaintext', name: 'purpose adjective before a verb that is no effect' },
      { text: 'The campaign was successful in recruiting older volunteers.', language: 'plaintext', name: 'success at something that is no health effect' },
      { text: 'Participants were followed by a nurse for six months.', language: 'plaintext', name: '"followed by" without an effect noun' },
      { text: 'Sleep is crucial for anyone recovering from the flu.', language: 'plaintext', name: 'necessity for a person is advice' },
      { text: 'It is essential for patients to finish the course of antibiotics.', language: 'plaintext', name: 'necessity before an infinitive is advice' },
      { text: 'Whether fish oil is of benefit to the heart is still debated.', language: 'plaintext', name: 'benefit inside an indirect question' },
      { text: 'The cream did not show benefit in older adults.', language: 'plaintext', name: 'negated agentive benefit' },
      { text: 'Massage may be of benefit for tension headaches.', language: 'plaintext', name: 'hedged "of benefit"' },
      { text: 'The new schedule saves time for nurses.', language: 'plaintext', name: '"save" without lives' },
      { text: 'Samples were preserved in alcohol.', language: 'plaintext', name: 'passive "preserved" without an agent' },
      { text: 'Hydration is critical in hot weather.', language: 'plaintext', name: 'necessity in a circumstance' },
      { text: 'Larger trials are essential for firm conclusions.', language: 'plaintext', name: 'necessity about research' },
      { text: 'People with a compromised immune system should ask a doctor first.', language: 'plaintext', name: 'participle as adjective' },
      { text: 'Drinking coffee was associated with reduced odds of gout.', language: 'plaintext', name: 'correlational framing before the effect' },
      { text: 'In one cohort, walking lowered blood pressure, an association that may reflect fitness.', language: 'plaintext', name: 'correlational framing after the claim' },
      // Results reported by the research: only an effect noun that the research shows counts.
      { text: 'The study showed no reduction in headaches.', language: 'plaintext', name: 'a finding of no effect' },
      { text: 'The trial did not demonstrate a reduction in falls.', language: 'plaintext', name: 'a negated finding' },
      { text: 'Patients showed improvement after the second week.', language: 'plaintext', name: 'people showing a change is no finding about a cause' },
      { text: 'We showed the volunteers how to use the inhaler.', language: 'plaintext', name: '"we showed" without an effect noun' },
      { text: 'Our results suggest a reduction in falls.', language: 'plaintext', name: 'a finding reported as suggestive' },
      { text: 'The survey revealed a significant reduction in smoking among teens.', language: 'plaintext', name: 'a trend the research shows, with no cause named' },
      { text: 'The survey showed better outcomes in women.', language: 'plaintext', name: 'a difference the research shows, with no cause named' },
      { text: 'Walking improved mood, which was linked to better sleep.', language: 'plaintext', name: 'correlational framing in a relative clause after the claim' },
      { text: 'Patients had reduced risk of falls.', language: 'plaintext', name: '"had" before a participle used as an adjective' },
      { text: 'These leads to the clinic were followed up.', language: 'plaintext', name: 'a plural determiner before a noun-like form' },
      { text: 'It is essential to ask about allergies before a massage.', language: 'plaintext', name: 'necessity before an infinitive, not a gerund' },
      { text: 'Good records are important for billing.', language: 'plaintext', name: '"important for" without a causal -ing verb' },
      { text: 'Physical therapy is a common treatment for back pain.', language: 'plaintext', name: 'a treatment role that only reports usage' },
      { text: 'Honey is not a treatment for burns.', language: 'plaintext', name: 'a negated treatment role' },
      { text: 'There is no cure for the common cold.', language: 'plaintext', name: '"there is no cure"' },
      { text: 'The trial had efficacy endpoints at six months.', language: 'plaintext', name: 'an effect noun used as a modifier after "had"' },
      { text: 'Studies that examined sleep found nothing.', language: 'plaintext', name: 'a relative clause without a causal verb' },
      { text: 'An improvement was observed in both groups.', language: 'plaintext', name: 'an observed change with no treatment named' },
      { text: 'No benefit was seen with the antibiotic.', language: 'plaintext', name: 'no observed benefit' },
      { text: 'In small samples, differences in body size cause a bias toward the null.', language: 'plaintext', name: 'a property of the research as the object' },
      { text: 'The poison-centre reports have led to calls for stricter labels.', language: 'plaintext', name: 'public discourse as the object' },
      { text: 'The data support the idea that sleep matters.', language: 'plaintext', name: 'research supporting an idea, not an effect' },
      { text: 'Patients in the first group had better outcomes.', language: 'plaintext', name: 'a comparison between groups with no cause named' },
      { text: 'We aimed to show that the drug can reduce pain.', language: 'plaintext', name: 'an aim reaches the whole clause when it is the main verb' },
      { text: 'The app makes it easier to track symptoms.', language: 'plaintext', name: '"make" with a complement that is no health change' },
      { text: 'Bread is made with yeast.', language: 'plaintext', name: '"made" in a passive' },
      { text: 'Caffeine made me sleepy after lunch.', language: 'plaintext', name: "the writer's own experience" },
      { text: 'Does coffee make you more alert?', language: 'plaintext', name: '"make" in a question' },
      { text: 'The trial aimed to reduce pain.', language: 'plaintext', name: 'an aim stated as the main verb' },
      { text: 'The app is a useful planning tool for carers.', language: 'plaintext', name: 'a useful tool, not a treatment' },
      { text: 'The case series led to further research into the herb.', language: 'plaintext', name: 'research as the object' },
      { text: 'Two patients treated more than ten years had mild side effects.', language: 'plaintext', name: 'a duration after a participle, not an object' },
      { text: 'With these figures we can plan new clinics, ultimately increasing access to care.', language: 'plaintext', name: "the writer's aim in a participial clause" },
      { text: 'The questionnaire is an effective screening tool for depression.', language: 'plaintext', name: 'efficacy of a test, not of a treatment' },
      { text: 'Readers often meet the idea that increased screen time is harmful to children.', language: 'plaintext', name: 'a participle that starts a subject after "that"' },
      { text: 'The effects of kratom on the brain are complex.', language: 'plaintext', name: 'an effect described, not sized' },
      { text: 'The effect of kratom on pain is unclear.', language: 'plaintext', name: 'an effect reported as unclear' },
      { text: 'The effect of the drug on blood pressure was not significant.', language: 'plaintext', name: 'an effect reported as not significant' },
      { text: 'Studies of the effect of yoga on stress are small.', language: 'plaintext', name: 'the size of the studies, not of the effect' },
      { text: 'It is important to reduce salt slowly.', language: 'plaintext', name: 'advice after "it is important to"' },
      { text: 'Nurses maintained the records for a year.', language: 'plaintext', name: '"maintain" without a body function' },
      { text: 'Drink water to maintain healthy kidneys.', language: 'plaintext', name: '"maintain" as a purpose' },
      { text: 'Risk factors for stroke include high blood pressure, which damages arteries.', language: 'plaintext', name: 'a factor noun that its clause is about frames the claim' },
      { text: 'Obesity is a risk factor for knee pain that worsens mobility.', language: 'plaintext', name: 'a factor noun as a predicate frames the claim' },
      { text: 'Sparkling water is a good alternative to soda.', language: 'plaintext', name: 'an alternative to something that is no treatment' },
      { text: 'Walking is a good alternative to the bus for short trips.', language: 'plaintext', name: 'an alternative put to a use that is no treatment' },
      { text: 'Volunteers who walked daily and reduced their salt intake were studied.', language: 'plaintext', name: 'coordinated verbs inside the subject' },
      { text: 'Patients exposed to smoke and reduced lung function were excluded.', language: 'plaintext', name: 'a participle as adjective after "and" in the subject' },
      { text: 'The causes of migraine are complex.', language: 'plaintext', name: 'causes described, none named' },
      { text: 'The underlying cause of the rash is unknown.', language: 'plaintext', name: 'a ranked cause reported as unknown' },
      { text: 'The most common cause of back pain is not a slipped disc.', language: 'plaintext', name: 'a ranked cause denied' },
      { text: 'Nurses were involved in the development of the guideline.', language: 'plaintext', name: 'people involved in making something' },
      { text: 'Several genes may be implicated in the onset of migraine.', language: 'plaintext', name: 'a hedged part in a disease process' },
      { text: 'The survey showed a reduction in smoking when it was repeated.', language: 'plaintext', name: 'a "when" clause that names no treatment' },
      { text: 'Effect sizes were comparable to earlier trials.', language: 'plaintext', name: '"effect" modifying another noun' },
      { text: 'An accurate history is essential for appropriate treatment.', language: 'plaintext', name: 'necessity for the work of care, not a health outcome' },
      { text: 'Early diagnosis is crucial for successful treatment.', language: 'plaintext', name: 'necessity for treatment as such' },
      { text: 'Diet induced weight loss was greater in women.', language: 'plaintext', name: 'a participle in an unhyphenated compound subject' },
      { text: 'Our results show the usefulness of ultrasound for diagnosis.', language: 'plaintext', name: 'usefulness of a test' },
      { text: 'There is a road leading to the clinic.', language: 'plaintext', name: 'a participle after a noun that follows an expletive "there is"' },
      { text: 'The study showed the efficacy of the score for predicting relapse.', language: 'plaintext', name: 'efficacy of a prediction score' },
      { text: 'The effects of the two doses were similar.', language: 'plaintext', name: 'effects alike, compared with nothing named' },
    ],
    invalid: [
      {
        text: 'Not only do studies show that kratom relieves pain, users agree.',
        language: 'plaintext',
        name: '"not only" is emphasis, not a denial of the evidence',
        errors: [{ text: 'relieves pain', message: AS_FACT }],
      },
      {
        text: 'There is no doubt that kratom relieves pain.',
        language: 'plaintext',
        name: '"no doubt" affirms',
        errors: [{ text: 'relieves pain', message: AS_FACT }],
      },
      {
        text: 'It is not surprising that kratom relieves pain.',
        language: 'plaintext',
        name: 'a negation without any word about evidence denies nothing',
        errors: [{ text: 'relieves pain', message: AS_FACT }],
      },
      {
        text: 'Ginger relieves nausea and vomiting.',
        language: 'plaintext',
        name: 'lessening a harm is a claim of benefit',
        errors: [{ text: 'relieves nausea', message: AS_FACT }],
      },
      {
        text: 'Vitamin C increases iron absorption.',
        language: 'plaintext',
        name: 'a benefit stated with a verb that increases',
        errors: [{ text: 'increases iron absorption', message: AS_FACT }],
      },
      {
        text: 'Kratom relieves pain by blocking pain signals.',
        language: 'plaintext',
        name: 'the effect is still a claim when a mechanism follows it',
        errors: [{ text: 'relieves pain', message: AS_FACT }],
      },
      {
        text: 'Kratom relieves pain, say users at [the shop](https://shop.example.com/kratom?aff=12).',
        language: 'markdown',
        name: 'an affiliate link is not a reference',
        errors: [{ text: 'relieves pain', message: AS_FACT }],
      },
      {
        text: 'Kratom relieves pain.',
        language: 'plaintext',
        errors: [{ text: 'relieves pain', message: AS_FACT, suggestions: ['Hedge the claim: "may help relieve"', 'Attribute the claim: "Some studies suggest that ..."'] }],
      },
      {
        text: 'Shed 10 pounds in two weeks with our tea.',
        language: 'plaintext',
        name: 'an imperative that promises a result is hedged with the reader as object',
        errors: [{ text: 'Shed 10 pounds', suggestions: ['Hedge the claim: "May help you shed"'] }],
      },
      {
        text: 'You will lose belly fat in a week with our drops.',
        language: 'plaintext',
        name: 'a promise to the reader keeps the reader as subject',
        errors: [{ text: 'will lose belly fat', suggestions: ['Hedge the claim: "may lose"'] }],
      },
      {
        text: 'This tea can effectively alleviate anxiety within minutes.',
        language: 'plaintext',
        errors: [{ text: 'can effectively alleviate anxiety', message: '"can", "effectively" make it stronger', suggestions: ['Hedge the claim: "may help alleviate"', 'Attribute the claim: "Some studies suggest that ..."'] }],
      },
      {
        text: 'Magnesium cures migraines.',
        language: 'plaintext',
        errors: [{ text: 'cures migraines', suggestions: ['Hedge the claim: "may help with"', 'Attribute the claim: "Some studies suggest that ..."'] }],
      },
      {
        text: 'The extract binds to receptors, thereby providing relief from cramps.',
        language: 'plaintext',
        errors: [{ text: 'thereby providing relief from cramps', message: AS_FACT }],
      },
      {
        text: 'The resin calms the nerves, leading to the alleviation of tension headaches.',
        language: 'plaintext',
        errors: [{ text: 'calms the nerves' }, { text: 'leading to the alleviation of tension headaches' }],
      },
      {
        text: 'Its blend of herbs keeps working for hours while still offering potent analgesic effects.',
        language: 'plaintext',
        errors: [{ text: 'while still offering potent analgesic effects' }],
      },
      {
        text: 'Valerian root is effective for insomnia.',
        language: 'plaintext',
        errors: [{ text: 'is effective for insomnia', suggestions: ['Hedge the claim: "may be effective"', 'Attribute the claim: "Some studies suggest that ..."'] }],
      },
      {
        text: 'Daily walks lower blood pressure and reduce stress.',
        language: 'markdown',
        errors: [{ text: 'lower blood pressure' }, { text: 'reduce stress' }],
      },
      { text: '- Zinc boosts immunity.\n- Garlic eliminates toxins.\n', language: 'markdown', errors: [{ text: 'boosts immunity' }, { text: 'eliminates toxins' }] },
      { text: '## Kratom Cures Anxiety\n', language: 'markdown', errors: [{ text: 'Cures Anxiety' }] },
      {
        text: '<p>Our gummies <strong>eliminate</strong> stress.</p>',
        language: 'html',
        errors: [{ text: 'eliminate</strong> stress', suggestions: ['Hedge the claim: "may help eliminate"', 'Attribute the claim: "Some studies suggest that ..."'] }],
      },
      { text: '<ul><li>Reishi <b>heals</b> the liver.</li></ul>', language: 'html', errors: [{ text: 'heals</b> the liver' }] },
      {
        text: 'This tea unclogs arteries.',
        language: 'plaintext',
        config: { lexicon: { claimVerbs: ['unclog'] } },
        errors: [{ text: 'unclogs arteries' }],
        name: 'user claim verb',
      },
      { text: 'However, ginseng boosts energy.', language: 'plaintext', errors: [{ text: 'boosts energy' }] },
      { text: "St John's wort relieves depression.", language: 'plaintext', errors: [{ text: 'relieves depression' }] },
      { text: 'Pain is relieved by the patch within an hour.', language: 'plaintext', errors: [{ text: 'is relieved by the patch' }], name: 'passive with an agent' },
      {
        text: 'Few articles mention the benefits of cold showers for circulation.',
        language: 'plaintext',
        errors: [{ text: 'benefits of cold showers for circulation', suggestions: ['Hedge the claim: "possible benefits"', 'Attribute the claim: "Some studies suggest that ..."'] }],
        name: 'a benefit taken for granted',
      },
      { text: 'Older adults benefit from daily stretching.', language: 'plaintext', errors: [{ text: 'benefit from daily stretching' }] },
      { text: 'A small trial found the gel to reduce itching.', language: 'plaintext', errors: [{ text: 'found the gel to reduce itching' }] },
      // News-style wording.
      { text: 'Daily coffee cuts the risk of gout, a new study finds.', language: 'plaintext', errors: [{ text: 'cuts the risk of gout' }] },
      { text: 'A nightly walk wards off low moods.', language: 'plaintext', errors: [{ text: 'wards off low moods' }] },
      { text: 'Tai chi is good for balance.', language: 'plaintext', errors: [{ text: 'is good for balance', suggestions: ['Hedge the claim: "may be good"', 'Attribute the claim: "Some studies suggest that ..."'] }] },
      { text: 'Poor sleep is a major cause of daytime headaches.', language: 'plaintext', errors: [{ text: 'is a major cause of daytime headaches', suggestions: ['Hedge the claim: "may be a major cause"', 'Attribute the claim: "Some studies suggest that ..."'] }] },
      { text: 'Elderberry syrup supports immune function.', language: 'plaintext', errors: [{ text: 'supports immune function' }], name: 'structure/function claim' },
      { text: 'Cutting out soda helps you lose weight.', language: 'plaintext', errors: [{ text: 'helps you lose weight' }] },
      { text: 'Many users report that kratom can ease withdrawal.', language: 'plaintext', errors: [{ text: 'can ease withdrawal' }], name: 'anecdotal report is no hedge' },
      // Efficacy stated with comparatives, purposes, nouns and necessity.
      { text: 'Obesity contributes substantially to knee pain.', language: 'plaintext', errors: [{ text: 'contributes substantially to knee pain' }], name: 'adverb between a verb and its particle' },
      { text: 'The gel was superior to placebo in reducing itching.', language: 'plaintext', errors: [{ text: 'was superior' }], name: 'comparative efficacy' },
      { text: 'The exercise class was successful in preventing falls.', language: 'plaintext', errors: [{ text: 'was successful' }], name: 'success at an effect' },
      { text: 'Early surgery showed clear benefit over physiotherapy.', language: 'plaintext', errors: [{ text: 'showed clear benefit over physiotherapy' }], name: 'agentive effect noun after "show"' },
      { text: 'The injection was followed by a rapid improvement in mobility.', language: 'plaintext', errors: [{ text: 'was followed by a rapid improvement' }], name: 'effect after "was followed by"' },
      { text: 'The balm produced a 40% reduction in itching.', language: 'plaintext', errors: [{ text: 'produced a 40% reduction' }], name: 'an amount before the effect noun' },
      { text: 'Swimming is of great benefit to people with arthritis.', language: 'plaintext', errors: [{ text: 'is of great benefit' }], name: '"be of benefit"' },
      { text: 'Calcium is essential for strong bones.', language: 'plaintext', errors: [{ text: 'is essential for strong bones' }], name: 'necessity for an outcome (structure/function claim)' },
      { text: 'Regular screening saves lives.', language: 'plaintext', errors: [{ text: 'saves lives' }] },
      { text: 'The drug preserves kidney function.', language: 'plaintext', errors: [{ text: 'preserves kidney function' }] },
      { text: 'The cream is safe, well tolerated and effective.', language: 'plaintext', errors: [{ text: 'is safe, well tolerated and effective' }] },
      { text: 'Smoking is a contributor to gum disease.', language: 'plaintext', errors: [{ text: 'is a contributor to gum disease' }] },
      { text: 'Stretching helps in reducing back pain.', language: 'plaintext', errors: [{ text: 'helps in reducing back pain' }] },
      { text: 'Vitamin K is crucial in preventing bleeding.', language: 'plaintext', errors: [{ text: 'is crucial' }] },
      { text: 'Heavy drinking compromises immune function.', language: 'plaintext', errors: [{ text: 'compromises immune function' }] },
      { text: 'Caffeine blunts the effect of the sedative.', language: 'plaintext', errors: [{ text: 'blunts the effect of the sedative' }] },
      { text: 'The vaccine reduced the odds of hospital admission.', language: 'plaintext', errors: [{ text: 'reduced the odds of hospital admission' }], name: 'a correlational noun as the object of a causal verb' },
      { text: 'Weight loss reduces several risk factors for heart disease.', language: 'plaintext', errors: [{ text: 'reduces several risk factors for heart disease' }], name: 'risk factors acted on' },
      { text: 'Both pills raise blood pressure, and the highest rates are in people with both risk factors.', language: 'plaintext', errors: [{ text: 'raise blood pressure' }], name: 'a correlational noun in another clause, not as a predicate' },
      { text: 'The formula improved muscle strength, bone density and several risk factors.', language: 'plaintext', errors: [{ text: 'improved muscle strength' }], name: 'risk factors in a list of objects' },
      { text: 'Ibuprofen relieves pain associated with arthritis.', language: 'plaintext', errors: [{ text: 'relieves pain' }], name: 'a correlational participle inside the object' },
      { text: 'Classes that teach people to manage risk factors are effective in preventing heart attacks.', language: 'plaintext', errors: [{ text: 'are effective' }], name: 'risk factors managed by something, before the claim' },
      { text: 'Tackling several risk factors at once brings a marked improvement in heart health.', language: 'plaintext', errors: [{ text: 'brings a marked improvement' }], name: 'risk factors as the object of a gerund subject' },
      { text: 'The odds of a relapse were lowered by the program.', language: 'plaintext', errors: [{ text: 'were lowered by the program' }], name: 'odds as the subject of a passive claim' },
      { text: 'Yoga is an acceptable alternative to sleeping pills for mild insomnia.', language: 'plaintext', errors: [{ text: 'is an acceptable alternative' }], name: 'an endorsed alternative to a treatment' },
      { text: 'Diet is a reasonable alternative to atorvastatin.', language: 'plaintext', errors: [{ text: 'is a reasonable alternative', suggestions: ['Hedge the claim: "may be a reasonable alternative"', 'Attribute the claim: "Some studies suggest that ..."'] }], name: 'an alternative to a drug named by its stem' },
      { text: 'Acupuncture is an alternative therapy to painkillers for back pain.', language: 'plaintext', errors: [{ text: 'is an alternative therapy' }], name: 'a treatment role compared with another treatment' },
      { text: 'Physiotherapy has become the most useful treatment option.', language: 'plaintext', errors: [{ text: 'has become the most useful treatment option' }], name: 'a superlative efficacy predicate after "the"' },
      { text: 'The herbal tea tasted bitter and noticeably improved sleep in older adults.', language: 'plaintext', errors: [{ text: 'noticeably improved sleep' }], name: 'a claim coordinated with a simple past verb' },
      {
        text: 'The most common cause of diarrhoea in toddlers is a virus.',
        language: 'plaintext',
        errors: [{ text: 'The most common cause of diarrhoea in toddlers is a virus', suggestions: ['Attribute the claim: "Some studies suggest that ..."'] }],
        name: 'a ranked cause named after "be"',
      },
      { text: 'Poor sleep is common, and the main cause of it in older adults is pain.', language: 'plaintext', errors: [{ text: 'the main cause of it in older adults is pain' }], name: 'a ranked cause after a conjunction' },
      {
        text: 'Chronic inflammation is involved in the pathogenesis of asthma.',
        language: 'plaintext',
        errors: [{ text: 'is involved in the pathogenesis of asthma', suggestions: ['Hedge the claim: "may be involved"', 'Attribute the claim: "Some studies suggest that ..."'] }],
        name: 'a part in a disease process',
      },
      { text: 'The study showed better outcomes when patients received physiotherapy early.', language: 'plaintext', errors: [{ text: 'showed better outcomes' }], name: 'a result with its treatment named in a "when" clause' },
      { text: 'The effect of the new diet was similar to that of a fibre supplement.', language: 'plaintext', errors: [{ text: 'The effect of the new diet was similar' }], name: 'an effect compared with another, without "on"' },
      { text: 'The vaccine conferred protection against flu.', language: 'plaintext', errors: [{ text: 'conferred protection against flu' }], name: 'a support verb with a doubled consonant' },
      { text: 'Lithium is essential for the treatment of mania.', language: 'plaintext', errors: [{ text: 'is essential for the treatment of mania' }], name: 'necessity for treating a named condition' },
      { text: 'Adherence is critical for treatment success.', language: 'plaintext', errors: [{ text: 'is critical for treatment success' }], name: 'necessity for an outcome of treatment' },
      { text: 'Metformin reduced HbA1c and was well tolerated.', language: 'plaintext', errors: [{ text: 'reduced HbA1c' }], name: 'a simple past followed by a coordinated predicate' },
      { text: 'The trial demonstrated the utility of the app for smoking cessation.', language: 'plaintext', errors: [{ text: 'demonstrated the utility of the app for smoking cessation' }], name: 'utility shown by the research' },
      { text: 'Poor sleep is a common problem contributing to weight gain.', language: 'plaintext', errors: [{ text: 'contributing to weight gain' }], name: 'a causal participle describing the noun after "be"' },
      { text: 'Heavy drinking contributes in a major way to liver disease.', language: 'plaintext', errors: [{ text: 'contributes in a major way to liver disease' }], name: 'a manner phrase between a verb and its particle' },
      { text: 'Exercise raises HDL cholesterol to healthy levels.', language: 'plaintext', errors: [{ text: 'raises HDL cholesterol' }], name: 'a level that is no harm' },
      { text: 'Kratom acts on receptors, which relieves pain.', language: 'plaintext', errors: [{ text: 'relieves pain' }], name: '"which" after a comma refers to the whole clause, not to the mechanism noun' },
      { text: 'Probiotic bacteria improve digestion.', language: 'plaintext', errors: [{ text: 'improve digestion' }], name: 'bacteria as a product that does good' },
      { text: 'The drug raises blood sugar, and too much can be harmful.', language: 'plaintext', errors: [{ text: 'raises blood sugar' }], name: 'a harm word in another clause' },
      // Results reported as shown by the research or its authors.
      {
        text: 'The trial demonstrated a significant reduction in migraine days with the new drug.',
        language: 'plaintext',
        errors: [{ text: 'demonstrated a significant reduction', message: AS_FACT, suggestions: ['Hedge the claim: "suggested"'] }],
        name: 'a result the research demonstrated',
      },
      { text: 'Our study has shown an improvement in sleep quality with the app.', language: 'plaintext', errors: [{ text: 'has shown an improvement', suggestions: ['Hedge the claim: "has suggested"'] }], name: 'a result the research has shown' },
      { text: 'We confirmed the benefit of early mobilisation after hip surgery.', language: 'plaintext', errors: [{ text: 'confirmed the benefit of early mobilisation' }], name: 'a benefit the authors confirmed' },
      // Verb forms that the noun reading used to hide.
      { text: 'This leads to fewer hospital visits.', language: 'plaintext', errors: [{ text: 'leads to fewer hospital visits' }], name: '"this" is the subject of an -s verb' },
      { text: 'The campaign has contributed to lower smoking rates.', language: 'plaintext', errors: [{ text: 'has contributed to lower smoking rates' }], name: 'perfect of a verb with a particle' },
      { text: 'The vaccine has prevented infections in thousands of children.', language: 'plaintext', errors: [{ text: 'has prevented infections' }], name: 'perfect before an object without a determiner' },
      // Efficacy stated with purpose, treatment roles, effect nouns after "have", relative clauses and observed results.
      { text: 'Close monitoring is critical to reducing relapse.', language: 'plaintext', errors: [{ text: 'is critical' }], name: 'necessity before "to" and a causal gerund' },
      { text: 'Regular exercise is important in preventing falls.', language: 'plaintext', errors: [{ text: 'is important' }], name: '"important in" a causal gerund' },
      { text: 'The program was more efficient for improving cholesterol than diet advice alone.', language: 'plaintext', errors: [{ text: 'was more efficient for improving cholesterol' }], name: 'comparative efficiency at an effect' },
      { text: 'Willow bark is a natural remedy for headaches.', language: 'plaintext', errors: [{ text: 'is a natural remedy for headaches', suggestions: ['Hedge the claim: "may be a natural remedy"', 'Attribute the claim: "Some studies suggest that ..."'] }], name: 'a treatment role for a condition' },
      { text: 'The new drug has efficacy comparable to older statins.', language: 'plaintext', errors: [{ text: 'has efficacy comparable' }], name: 'agentive effect noun after "has"' },
      { text: 'Age and weight were the factors that affected recovery.', language: 'plaintext', errors: [{ text: 'affected recovery' }], name: 'a causal verb in a relative clause' },
      { text: 'The effect of caffeine on sleep was small.', language: 'plaintext', errors: [{ text: 'The effect of caffeine on sleep was small', suggestions: ['Attribute the claim: "Some studies suggest that ..."'] }], name: 'the size of an effect stated as fact' },
      { text: 'However, its impact on survival is greater than that of surgery.', language: 'plaintext', errors: [{ text: 'its impact on survival is greater' }], name: 'an effect compared' },
      { text: 'Close monitoring is important to slow kidney damage.', language: 'plaintext', errors: [{ text: 'important to slow kidney damage' }], name: '"important to" and a causal verb after a real subject' },
      { text: 'Our results support the efficacy of the vaccine in older adults.', language: 'plaintext', errors: [{ text: 'support the efficacy of the vaccine' }], name: 'results supporting efficacy' },
      { text: 'Surgery has proven to be the most successful treatment for this tumour.', language: 'plaintext', errors: [{ text: 'to be the most successful treatment for this tumour', suggestions: ['Attribute the claim: "Some studies suggest that ..."'] }], name: 'a purpose adjective before a treatment role' },
      { text: 'The trial demonstrated better outcomes with early surgery.', language: 'plaintext', errors: [{ text: 'demonstrated better outcomes' }], name: 'a comparative result the research reports' },
      { text: 'Programs designed to reduce falls are effective in older adults.', language: 'plaintext', errors: [{ text: 'are effective' }], name: 'a purpose that modifies the subject does not hedge the main verb' },
      { text: 'Exercise programs aimed at weight loss can improve mood.', language: 'plaintext', errors: [{ text: 'can improve mood' }], name: '"aimed at" modifying the subject' },
      { text: 'Bariatric surgery represents an effective treatment for severe obesity.', language: 'plaintext', errors: [{ text: 'represents an effective treatment for severe obesity' }], name: '"represents" links a subject to an efficacy predicate' },
      { text: 'The new regimen yielded better outcomes than standard care.', language: 'plaintext', errors: [{ text: 'yielded better outcomes' }], name: 'a support verb with a comparative outcome' },
      { text: 'Poor sleep contributes more to weight gain than diet.', language: 'plaintext', errors: [{ text: 'contributes more to weight gain' }], name: 'a degree word before the particle' },
      { text: 'Obesity contributes towards knee pain.', language: 'plaintext', errors: [{ text: 'contributes towards knee pain' }], name: '"contribute towards"' },
      { text: 'This tea makes your skin healthier.', language: 'plaintext', errors: [{ text: 'makes your skin healthier' }], name: 'causative "make" with a change in health' },
      { text: 'Our blend makes joints more resistant to wear.', language: 'plaintext', errors: [{ text: 'makes joints more resistant' }], name: 'causative "make" with "more" and an adjective' },
      { text: 'Calcium maintains bone density.', language: 'plaintext', errors: [{ text: 'maintains bone density' }], name: '"maintain" a body function (structure/function claim)' },
      {
        text: 'A marked reduction in pain was seen with the gel.',
        language: 'plaintext',
        errors: [{ text: 'marked reduction in pain was seen', suggestions: ['Attribute the claim: "Some studies suggest that ..."'] }],
        name: 'an effect observed with a treatment',
      },
    ],
  });

  describe('suggested wording', () => {
    const reword = (text: string, title: RegExp): string => {
      const [finding] = lintWith(RULE, text, 'plaintext');
      assert.ok(finding, `expected a finding in ${JSON.stringify(text)}`);
      const suggestion = finding.suggestions.find((fix) => title.test(fix.title));
      assert.ok(suggestion, `no suggestion matching ${title}`);
      return applyEdits(text, suggestion.edits);
    };

    it('hedges the verb phrase', () => {
      assert.equal(reword('Kratom relieves pain.', /Hedge/), 'Kratom may help relieve pain.');
      assert.equal(reword('Kratom can effectively alleviate pain.', /Hedge/), 'Kratom may help alleviate pain.');
      assert.equal(reword('This root cures insomnia.', /Hedge/), 'This root may help with insomnia.');
      assert.equal(reword('The patch works fast, offering relief from cramps.', /Hedge/), 'The patch works fast, potentially offering relief from cramps.');
      assert.equal(reword('Kratom is effective for pain.', /Hedge/), 'Kratom may be effective for pain.');
      assert.equal(reword('Smoking causes cancer.', /Hedge/), 'Smoking may cause cancer.');
      assert.equal(reword('Swimming is of great benefit to people with arthritis.', /Hedge/), 'Swimming may be of great benefit to people with arthritis.');
      assert.equal(reword('The injection was followed by a rapid improvement in mobility.', /Hedge/), 'The injection may have been followed by a rapid improvement in mobility.');
      assert.equal(reword('The gel was superior to placebo in reducing itching.', /Hedge/), 'The gel may have been superior to placebo in reducing itching.');
    });

    it('attributes the claim, lower-casing the first word but not a name', () => {
      assert.equal(reword('Kratom relieves pain.', /Attribute/), 'Some studies suggest that kratom relieves pain.');
      assert.equal(reword('However, ginseng boosts energy.', /Attribute/), 'However, some studies suggest that ginseng boosts energy.');
      assert.equal(reword("St John's wort relieves depression.", /Attribute/), "Some studies suggest that St John's wort relieves depression.");
    });

    it('offers no attribution when the claim sits in a subordinate clause', () => {
      const [finding] = lintWith(RULE, 'When taken at night, magnesium improves sleep.', 'plaintext');
      assert.ok(finding);
      assert.deepEqual(finding.suggestions.map((fix) => fix.title), ['Hedge the claim: "may help improve"']);
    });

    it('builds no edit over prose that is not verbatim in the source', () => {
      // The entity stands for one character of prose: the rewording would not map back exactly.
      const text = 'Kratom reli&#101;ves pain.';
      const findings = lintWith(RULE, text, 'html');
      assert.equal(findings.length, 1);
      assert.ok(findings[0].suggestions.every((fix) => !fix.title.startsWith('Hedge')));
    });
  });

  describeSeeds(RULE);

  it('keeps the hedged sentences of the seed articles clean', () => {
    for (const sentence of [
      'Its unique alkaloid composition and varied effects may offer personalized pain relief tailored to individual needs.',
      'These compounds are believed to modulate pain perception by binding to these receptors, which can result in pain relief.',
      'However promising these findings may be, more research is needed to fully understand its mechanisms of action.',
    ]) {
      assert.deepEqual(lintWith(RULE, sentence, 'plaintext'), [], sentence);
    }
  });

  it('eval harness: reads CSV with quoted fields, doubled quotes and line breaks', () => {
    const csv = 'sentence,label\r\nplain,0\n"with, comma",1\n"""quoted"" start",2\n"two\nlines",3\n';
    assert.deepEqual(parseCsv(csv), [
      ['sentence', 'label'],
      ['plain', '0'],
      ['with, comma', '1'],
      ['"quoted" start', '2'],
      ['two\nlines', '3'],
    ]);
  });
});
