// Claim structures of research and press-release prose that state an effect without a plain
// causal verb (an effect named with its owner, efficacy with an amount, an endorsed means, a
// comparison in controlling a condition), the scope of correlational framing and limiting words,
// and the context that keeps such sentences from being claims. Sentences of our own, in research
// style and in press-release or consumer style.

import { describeRule } from './rule-cases.js';

describeRule('unhedged-claim', {
  valid: [
    { text: "Green tea's effect on blood pressure is still unclear.", language: 'plaintext', name: 'an effect with its owner, of unknown size' },
    { text: "Whether the drug's protective effect lasts is not known.", language: 'plaintext', name: 'an owned effect inside an indirect question' },
    { text: 'The lab is testing its new protective gear.', language: 'plaintext', name: 'a possessive before a noun that is no effect head' },
    { text: 'Researchers doubt any neuroprotective effect of the herb.', language: 'plaintext', name: 'a qualified effect denied by "any"' },
    { text: 'The new clinic was superior to the old one in managing waiting lists.', language: 'plaintext', name: 'a comparison in managing something that is no health concept' },
    { text: 'Nurses are important in managing the ward.', language: 'plaintext', name: 'a purpose adjective before a verb of managing' },
    { text: 'The manual was translated into French.', language: 'plaintext', name: '"translated into" in its literal sense, a passive with no agent' },
    { text: 'Better sleep may translate into fewer sick days.', language: 'plaintext', name: 'a hedged "translate into"' },
    { text: 'Coffee is associated with lower rates of liver disease, reducing the need for transplants.', language: 'plaintext', name: 'a correlational main clause frames the participle clause after it' },
    { text: 'Although walking is linked to better sleep, it is associated with lower blood pressure too.', language: 'plaintext', name: 'correlational framing in both clauses' },
    { text: 'Certain herbal teas calm an upset stomach.', language: 'plaintext', name: 'a cause limited to part of its class' },
    { text: 'Good data is key to beating the competition.', language: 'plaintext', name: 'necessity before overcoming something that is no health concept' },
    { text: 'The new rota saves hundreds of hours.', language: 'plaintext', name: '"save" with an amount of something other than lives' },
    { text: 'Walking lowered blood pressure, which was associated with fewer strokes.', language: 'plaintext', name: 'a correlational relative clause after the claim still frames it' },
    { text: 'Participants reduced their salt intake during the study.', language: 'plaintext', name: 'people as the subject: behaviour, not an effect' },
    { text: 'The nurse helps with forms at the front desk.', language: 'plaintext', name: '"helps with" something that is no health concept' },
    { text: 'Volunteers help with the lunches on Fridays.', language: 'plaintext', name: '"help with" chores, base form' },
    { text: 'The flu shot may be 60 percent effective this winter.', language: 'plaintext', name: 'a hedged amount of efficacy' },
    { text: 'A diary is the best way to track your symptoms.', language: 'plaintext', name: 'an endorsed means to something that is no effect' },
    { text: 'Walking is one way to stay active in winter.', language: 'plaintext', name: 'a means that is not endorsed' },
    { text: 'Fasting may be the best way to lose weight for some people.', language: 'plaintext', name: 'a hedged endorsed means' },
    { text: 'This is the best way to get there.', language: 'plaintext', name: 'an endorsed means whose subject is a demonstrative' },
    { text: 'The new law brings down prices for asthma inhalers.', language: 'plaintext', name: 'a phrasal verb whose object is no health concept' },
    { text: 'As the flu continues to impact millions of families, many clinics now open on Sundays.', language: 'plaintext', name: '"impact millions": afflicts, not causes' },
    { text: 'The inhaler may be superior to the older device in controlling asthma.', language: 'plaintext', name: 'a hedged comparison of effects' },
  ],
  invalid: [
    { text: "Green tea's effect on blood pressure was modest.", language: 'plaintext', errors: [{ text: "Green tea's effect on blood pressure was modest" }], name: 'the size of an effect with its owner' },
    { text: "The patch's protective effect held for a full year.", language: 'plaintext', errors: [{ text: 'protective effect held for a full year' }], name: 'a qualified effect with its owner before it' },
    { text: 'Processed meat has a carcinogenic effect, the panel concluded.', language: 'plaintext', errors: [{ text: 'has a carcinogenic effect' }], name: 'a qualifier by its ending (-genic)' },
    { text: 'The renoprotective effect of the drug lasted two years.', language: 'plaintext', errors: [{ text: 'renoprotective effect of the drug lasted two years' }], name: 'a qualifier by its ending (-protective)' },
    { text: 'The inhaler was superior to the older device in controlling asthma attacks.', language: 'plaintext', errors: [{ text: 'was superior' }], name: 'a comparison of effects in controlling a condition' },
    { text: 'Our new app beats paper diaries and is superior to them in managing diabetes.', language: 'plaintext', errors: [{ text: 'is superior' }], name: 'a comparison of effects in managing a disease, press-release style' },
    { text: 'Losing weight translated into lower blood sugar for most volunteers.', language: 'plaintext', errors: [{ text: 'translated into lower blood sugar for most volunteers' }], name: '"translate into": to result in' },
    { text: 'Although the tea is linked to better sleep in surveys, melatonin shortens the time it takes to fall asleep.', language: 'plaintext', errors: [{ text: 'shortens the time it takes' }], name: 'a correlational cue closed in its subordinate clause does not frame the main clause' },
    { text: 'As the model predicted, the new pill lowered blood pressure within a week.', language: 'plaintext', errors: [{ text: 'lowered blood pressure' }], name: 'a correlational verb in an "as" clause before the claim' },
    { text: 'Stretching at certain times of day relieves back stiffness.', language: 'plaintext', errors: [{ text: 'relieves back stiffness' }], name: 'a limiting determiner inside a prepositional phrase of the subject limits the time, not the cause' },
    { text: 'Exercise is key to beating depression.', language: 'plaintext', errors: [{ text: 'is key' }], name: 'necessity before overcoming a condition, headline style' },
    { text: 'Cutting salt saves thousands of lives a year.', language: 'plaintext', errors: [{ text: 'saves thousands of lives a year' }], name: '"save lives" with an amount before its object' },
    { text: 'The statin lowered LDL cholesterol, a marker associated with heart attacks.', language: 'plaintext', errors: [{ text: 'lowered LDL cholesterol' }], name: 'a correlational participle that describes a noun of an apposition frames no earlier claim' },
    { text: 'The new cream did not shorten flare-ups in the first week of use at the lower of the two doses but relieved the itching within a month.', language: 'plaintext', errors: [{ text: 'relieved the itching' }], name: 'a claim coordinated with a negated predicate whose object is long' },
    { text: 'Vitamin D given to older women reduced hip fractures.', language: 'plaintext', errors: [{ text: 'reduced hip fractures' }], name: 'people inside a phrase of the subject, not the subject' },
    { text: 'Probiotics help with bloating after meals.', language: 'plaintext', errors: [{ text: 'help with bloating' }], name: '"help with" a symptom, base form' },
    { text: 'The new vaccine is 90 percent effective against severe disease.', language: 'plaintext', errors: [{ text: 'is 90 percent effective against severe disease' }], name: 'an amount of efficacy before the predicate' },
    { text: 'Cutting out sugar is the best way to lose weight.', language: 'plaintext', errors: [{ text: 'is the best way' }], name: 'an endorsed means to keeping a condition in hand, consumer style' },
    { text: 'Swimming is a proven method for relieving back pain.', language: 'plaintext', errors: [{ text: 'proven method for relieving back pain' }], name: 'an endorsed means to an effect after "for"' },
    { text: 'A daily glass of beetroot juice brings down blood pressure.', language: 'plaintext', errors: [{ text: 'brings down blood pressure' }], name: 'a support verb with a particle is a phrasal verb of its own' },
  ],
});
