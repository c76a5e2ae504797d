// Claims as science news and press releases state them (issue 13): results reported for a group
// given a treatment, outcomes that trials measure, headline passives with no "be", causes named by
// blame, and the context that keeps such sentences from being claims (habits people chose, care
// they had, differences at baseline, reduced relatives, places, questions, hedges, negation).
// Sentences of our own.

import { describeRule } from './rule-cases.js';

describeRule('unhedged-claim', {
  valid: [
    { text: 'Patients given the drug may have fewer strokes.', language: 'plaintext', name: 'a treated-group result, hedged' },
    { text: 'Patients given the drug were no more likely to survive.', language: 'plaintext', name: 'a treated-group result, negated' },
    { text: 'Patients given the drug were older and heavier at baseline.', language: 'plaintext', name: 'a difference at baseline is no result of the treatment' },
    { text: 'Patients were given the drug for six weeks.', language: 'plaintext', name: '"given" as the clause\'s verb: what was done, no result' },
    { text: 'People who drank green tea had fewer strokes.', language: 'plaintext', name: 'a group that chose a habit: a correlation' },
    { text: 'Patients treated with statins had lower mortality.', language: 'plaintext', name: 'a group by the care it had, not assigned in an experiment: a correlation' },
    { text: 'Given the cost, patients with fewer symptoms were sent home.', language: 'plaintext', name: '"given" opening the sentence means "considering"' },
    { text: 'Those on the waiting list had more migraines.', language: 'plaintext', name: '"on" something that is no treatment' },
    { text: 'Deaths from heart disease have fallen by half since 1990.', language: 'plaintext', name: 'a change of an outcome with no treatment named' },
    { text: 'Budget cut by health board.', language: 'plaintext', name: 'a headline passive whose subject is no health concept' },
    { text: 'The infections prevented by the jab were mild.', language: 'plaintext', name: 'a participle after a noun in a sentence with "be" is a reduced relative' },
    { text: 'She felt a dull pain behind the eyes.', language: 'plaintext', name: '"behind" as a place' },
    { text: 'The gene responsible for encoding the insulin receptor was sequenced.', language: 'plaintext', name: '"responsible for" doing something: a mechanism' },
    { text: 'Nobody knows who is behind the rise in measles cases.', language: 'plaintext', name: 'a question of who is behind it names no cause' },
    { text: 'Air pollution may be behind the rise in asthma.', language: 'plaintext', name: 'a blamed cause, hedged' },
    { text: 'Salt is not to blame for the rise in strokes.', language: 'plaintext', name: 'a blamed cause, negated' },
    { text: 'Steroids may reduce the need for surgery.', language: 'plaintext', name: 'reducing the need for a treatment, hedged' },
    { text: 'Trials highlight the need for better asthma inhalers.', language: 'plaintext', name: '"the need for" after a verb that is no claim still reports a need' },
    { text: 'She walked again within a week.', language: 'plaintext', name: 'a recovery with no cause named' },
    { text: 'Physiotherapists help patients walk again.', language: 'plaintext', name: 'a professional who helps points to care' },
    { text: 'The drug could one day help people with spinal injuries walk again.', language: 'plaintext', name: 'a restored function, hedged' },
    { text: 'A score above ten means more severe depression.', language: 'plaintext', name: '"mean" reading a measure, not naming a cause' },
    { text: 'High blood pressure means more strain on the heart.', language: 'plaintext', name: '"mean" after a biomarker' },
  ],
  invalid: [
    { text: 'Patients given the new antiviral were discharged a day sooner.', language: 'plaintext', errors: [{ text: 'were discharged a day sooner' }], name: 'a group given a treatment, an outcome verb and a comparative' },
    { text: 'Volunteers given the vaccine had 80% fewer infections than those given a dummy jab.', language: 'plaintext', errors: [{ text: 'had 80% fewer infections' }], name: 'a result compared with a control group' },
    { text: 'Deaths fell by a fifth among adults given the steroid.', language: 'plaintext', errors: [{ text: 'fell' }], name: 'the group as the place of a change of an outcome' },
    { text: 'Relapse rates were halved in the group randomised to the drug.', language: 'plaintext', errors: [{ text: 'were halved' }], name: 'the arm of a trial, by its randomisation' },
    { text: 'Mice injected with the antibody lived longer.', language: 'plaintext', errors: [{ text: 'lived longer' }], name: 'an animal result (animal-to-human asks where it comes from)' },
    { text: 'Women who were given iron tablets had fewer premature births.', language: 'plaintext', errors: [{ text: 'had fewer premature births' }], name: 'a relative clause of assignment, an outcome of pregnancy' },
    { text: 'Infection rates dropped sharply with the new antibiotic regimen.', language: 'plaintext', errors: [{ text: 'dropped sharply' }], name: 'a regimen named as the means of a change' },
    { text: 'Those on the drug had fewer migraines.', language: 'plaintext', errors: [{ text: 'had fewer migraines' }], name: '"on" a treatment makes the group' },
    { text: 'Asthma attacks cut by new inhaler.', language: 'plaintext', errors: [{ text: 'cut by new inhaler' }], name: 'a headline passive: no "be", no article' },
    { text: 'Study: hip fractures halved by vitamin D and calcium.', language: 'plaintext', errors: [{ text: 'halved by vitamin D' }], name: 'a headline passive after a colon' },
    { text: 'Knee pain relieved by weekly tai chi, trial shows.', language: 'plaintext', errors: [{ text: 'relieved by weekly tai chi' }], name: 'a headline passive with the study after it: an unnamed study is no source to follow' },
    { text: 'Ultra-processed food is behind the rise in type 2 diabetes.', language: 'plaintext', errors: [{ text: 'behind the rise' }], name: '"behind" a change of a condition names its cause' },
    { text: 'Vaping to blame for surge in lung injuries among teenagers.', language: 'plaintext', errors: [{ text: 'to blame for surge' }], name: '"to blame for" in a headline' },
    { text: 'Salt is responsible for a third of strokes.', language: 'plaintext', errors: [{ text: 'responsible for a third of strokes' }], name: '"responsible for" a share of a condition' },
    { text: 'Screens blamed for epidemic of short-sightedness.', language: 'plaintext', errors: [{ text: 'blamed for epidemic of short-sightedness' }], name: '"blamed for" in a headline' },
    { text: 'Early steroids reduced the need for ventilation.', language: 'plaintext', errors: [{ text: 'reduced the need for ventilation' }], name: '"the need for" as the object of a verb of reducing is what it reduces, no hedge' },
    { text: 'The implant let paralysed patients walk again.', language: 'plaintext', errors: [{ text: 'let paralysed patients walk again' }], name: 'a restored function, its cause the subject of "let"' },
    { text: 'Gene therapy helps deaf children to hear again.', language: 'plaintext', errors: [{ text: 'helps deaf children to hear again' }], name: 'a restored function after "help ... to"' },
    { text: 'Blind patients see again after gene therapy.', language: 'plaintext', errors: [{ text: 'see again' }], name: 'a restored function, its cause named after it' },
    { text: 'More exercise means fewer heart attacks.', language: 'plaintext', errors: [{ text: 'means fewer heart attacks' }], name: '"mean" with a comparative and a condition: a consequence' },
    { text: 'Giving iron to pregnant women meant fewer premature births.', language: 'plaintext', errors: [{ text: 'meant fewer premature births' }], name: '"meant" in the past, an outcome of pregnancy' },
  ],
});
