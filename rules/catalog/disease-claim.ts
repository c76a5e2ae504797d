// disease-claim: a statement that a product cures, treats, prevents, mitigates or diagnoses a
// named disease or its characteristic symptoms, or replaces a drug for one (21 CFR
// 101.93(g)). Aimed at what an editor or compliance reviewer of a health ARTICLE needs to
// see: the writer asserting an effect ("cures arthritis", "offering relief from withdrawal
// symptoms"). Not reported: negations ("does not cure cancer", "no evidence that it prevents
// colds"), questions, quotations, reported claims, headings and uses that name a topic
// ("Managing chronic pain", "an option for managing chronic pain"), and hedged research
// findings ("may help relieve arthritis pain"), unless the text reads as product copy (our
// formula, a shop link, a call to action), where FDA reads softened claims as claims.

import { PhraseMatcher, WordSet, type LexiconEntry, type PhraseMatch } from '../engine/phrases.js';
import type { SentenceRule } from '../engine/rule.js';
import type { Word } from '../engine/sentences.js';
import verbData from '../data/disease-claim-verbs.json';
import medicineData from '../data/medicine-names.json';
import hedgeData from '../data/hedges.json';
import { clauseWordsBefore, contextReason, isNegated, quotedSpans, sentenceWords, type SentenceWords } from './context/sentence-context.js';
import { callsToActionIn, commercialLinksIn } from './links/commercial.js';
import type { ProseBlock } from '../engine/prose.js';
import type { LintSettings } from '../engine/config.js';
import type { Sentence } from '../engine/sentences.js';
import { healthConcepts } from './claims/concepts.js';
import { remedySoughtOrLacking } from './claims/candidates/remedies.js';
import { meansNamedIn } from './claims/candidates/means.js';
import { productOfTheWriterIn } from './claims/candidates/products.js';
import { NOT_PRODUCT_SUBJECTS } from './claims/candidates/structure-core.js';
import { continuesList, explainClaim, prepareVerdicts, sentenceVerdict, type ClaimStatus, type SentenceVerdict } from './claims/index.js';

interface DiseaseEntry extends LexiconEntry {
  notDisease?: boolean;
}
interface ClaimWordEntry extends LexiconEntry {
  kind: string;
}

const GENERIC_DISEASE_WORDS = new Set(['disease', 'diseases', 'illness', 'illnesses', 'condition', 'conditions', 'disorder', 'disorders', 'ailment', 'ailments', 'sickness', 'sicknesses', 'problem', 'problems']);

/** The diseases of the health-concept vocabulary (its entries marked `disease`), with the user's additions. */
function diseasesIn(words: readonly Word[], settings: LintSettings): Array<PhraseMatch<DiseaseEntry>> {
  const matches: Array<PhraseMatch<DiseaseEntry>> = [];
  for (const match of healthConcepts(settings.extraHealthConcepts).conceptsOfSentence(words)) {
    // "prevent any disease", "a chronic condition": a disease claim names a disease or a class of them.
    if (match.disease && !(match.endWord - match.firstWord === 1 && GENERIC_DISEASE_WORDS.has(words[match.firstWord].norm))) matches.push({ entry: match.entry, firstWord: match.firstWord, endWord: match.endWord, start: match.start, end: match.end });
  }
  return matches;
}
/**
 * The shared hedge lexicon's research-status cues ("under investigation", "remains unclear",
 * "more research is needed"): a sentence that calls the effect an open question does not claim
 * it. Purpose phrases ("intended to", "designed to") are left out: "intended to treat
 * arthritis" is a claim.
 */
const PURPOSE = new Set(['expected to', 'designed to', 'intended to', 'in order to', 'should', 'need', 'needs', 'aim', 'aims', 'aimed', 'objective', 'purpose', 'hope', 'hoped', 'worth', 'deserves', 'merits', 'warrant', 'warrants', 'warranted', 'required', 'requires', 'question', 'questions']);
const openQuestion = new PhraseMatcher<LexiconEntry>(
  hedgeData.entries.filter((entry) => entry.kind === 'uncertainty' && entry.scope !== 'clause' && !PURPOSE.has(entry.phrase)),
);
const claimWords = new PhraseMatcher<ClaimWordEntry>(verbData.entries.filter((entry) => entry.kind !== 'drug'));
const drugs = new PhraseMatcher<ClaimWordEntry>(verbData.entries.filter((entry) => entry.kind === 'drug'));

/** How many words may sit between a claim verb and the disease ("alleviate pain from conditions such as arthritis"). */
const MAX_GAP_TO_DISEASE = 6;
const MAX_GAP_TO_DRUG = 3;
/** These turn a symptom into a permitted structure/function claim: "occasional sleeplessness", "mild anxiety". */
const MINOR_SYMPTOM = new Set('occasional mild minor everyday temporary normal simple'.split(' '));
/** Words that end the reach of a claim verb. */
const CLAUSE_BREAK = new Set('but although though whereas while because unless'.split(' '));
/**
 * When a clinician, a drug, a therapy or a healthy habit does the treating or preventing, the
 * sentence describes medical care or public-health advice ("Regular exercise lowers the risk
 * of heart disease"), not a claim for a product.
 */
const CLINICAL_SUBJECT = new WordSet(
  'physiotherapist physiotherapists sunscreen doctor doctors physician physicians clinician clinicians surgeon surgeons medication medications medicine medicines drug drugs prescription prescriptions surgery vaccine vaccines vaccination antibiotics antibiotic antivirals chemotherapy radiation insulin statins therapy therapies psychotherapy counseling counselling fda-approved approved exercise exercising activity diet diets eating nutrition quitting smoking weight vaccination screening screenings handwashing washing hygiene condoms breastfeeding walking'.split(
    ' ',
  ),
);

interface Claim {
  start: number;
  end: number;
  disease?: string;
  drug?: string;
  /** The claim word, as matched ("cures", "managing", "relief"). */
  word: string;
  /** Index of the first word of the claim phrase (claim word, or the disease for nouns after it). */
  firstWord: number;
  strength: number;
}

function breaksBetween(text: string, words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (i > from && CLAUSE_BREAK.has(words[i].norm)) return true;
    if (i + 1 < words.length && i + 1 <= to && /[.;:!?()]/.test(text.slice(words[i].end, words[i + 1].start))) return true;
  }
  return false;
}

function isDiseaseUse(view: SentenceWords, match: PhraseMatch<DiseaseEntry>): boolean {
  if (match.entry.notDisease) return false;
  const before = view.words[match.firstWord - 1];
  return !(before && MINOR_SYMPTOM.has(before.norm));
}

/** Medicines named before the verb: whole names ("aspirin", "antidepressants") and INN/USAN stems ("-statin", "-triptan"). */
const medicineNames = new PhraseMatcher<LexiconEntry>([
  ...medicineData.entries.filter((entry) => entry.kind !== 'stem'),
  ...verbData.entries.filter((entry) => entry.kind === 'drug'),
]);
const MEDICINE_STEMS = medicineData.entries.filter((entry) => entry.kind === 'stem').map((entry) => entry.phrase);
/** A stem names a drug only on a longer word: "April" is not an ACE inhibitor. */
const isStemmedDrugName = (norm: string): boolean => MEDICINE_STEMS.some((stem) => norm.length >= stem.length + 3 && norm.endsWith(stem));

/** A medicine after these is compared with, not doing the treating: "works like morphine to relieve pain". */
const COMPARED = new Set(['like', 'unlike', 'than', 'as', 'of', 'to', 'from', 'instead', 'versus', 'vs']);
function hasClinicalSubject(text: string, view: SentenceWords, verbStart: number): boolean {
  const window = clauseWordsBefore(text, view.words, verbStart, 12);
  if (CLINICAL_SUBJECT.hasAny(window)) return true;
  const isSubject = (index: number): boolean => !COMPARED.has(window[index - 1]?.norm ?? '');
  if (window.some((word, index) => isStemmedDrugName(word.norm) && isSubject(index))) return true;
  return medicineNames.findLongest(window).some((match) => isSubject(match.firstWord));
}

/**
 * A person is the subject of the claim word ("She works for a diabetes charity", "She is great at
 * managing her diabetes"): what a person does is no product's disease claim, as the shared analysis
 * finds no product subject there either. Unless a verb of helping puts the person after a product
 * ("Our tea helps you manage your diabetes") or the sentence names a product or an intake as the
 * means ("I cleared my eczema with this cream"), which makes it a testimony of one.
 */
function personActs(text: string, view: SentenceWords, claimStart: number): boolean {
  const clause = clauseWordsBefore(text, view.words, claimStart, 8);
  // The claim's own clause: after a complementiser the subject is new ("users report that kratom can alleviate").
  let opener = clause.length - 1;
  while (opener >= 0 && !COMPLEMENTISERS.has(clause[opener].norm)) opener--;
  const window = clause.slice(opener + 1);
  // The subject: right before the claim word, over auxiliaries, adverbs and a rating ("She is great at managing").
  let person = window.length - 1;
  while (person >= 0 && window.length - person <= 4 && BETWEEN_SUBJECT_AND_VERB.test(window[person].norm)) person--;
  if (person < 0 || !(PERSONAL_SUBJECTS.has(window[person].norm) || NOT_PRODUCT_SUBJECTS.has(window[person].norm))) return false;
  if (window.slice(0, person).some((word) => HELPING.has(word.norm))) return false;
  return !meansNamedIn(view.words) && !productOfTheWriterIn(view.words, 0);
}
/** Words between a subject and its verb: auxiliaries, adverbs in -ly, and a rating before "at" ("is great at", "are good at"). */
const BETWEEN_SUBJECT_AND_VERB = /^(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|may|might|should|must|not|also|still|often|always|\w+ly|great|good|better|brilliant|excellent|at)$/;
const PERSONAL_SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they']);
const COMPLEMENTISERS = new Set(['that', 'which', 'who', 'whether', 'if']);
const HELPING = new Set(['help', 'helps', 'helped', 'helping', 'let', 'lets', 'make', 'makes', 'made', 'enable', 'enables', 'allow', 'allows']);

/** Nouns that name a kind of care: "Treatment for opioid use disorder includes medications". */
const CARE_NOUNS = new Set('treatment treatments prevention management therapy diagnosis'.split(' '));

/** A care noun in a sentence that also names clinical care describes medicine, not a product. */
function isCareTopic(view: SentenceWords, claim: PhraseMatch<ClaimWordEntry>): boolean {
  if (!CARE_NOUNS.has(view.words[claim.firstWord].norm)) return false;
  return CLINICAL_SUBJECT.hasAny(view.words);
}

/** "a lower risk of addiction" compares; "lowers blood pressure" claims. */
const COMPARATIVE_VERBS = new Set(['lower']);
const BEFORE_ADJECTIVE = new Set('a an the much slightly significantly far as with'.split(' '));
function isComparativeAdjective(words: readonly Word[], claim: PhraseMatch<ClaimWordEntry>): boolean {
  if (claim.endWord - claim.firstWord !== 1 || !COMPARATIVE_VERBS.has(words[claim.firstWord].norm)) return false;
  return BEFORE_ADJECTIVE.has(words[claim.firstWord - 1]?.norm ?? '') || words[claim.endWord]?.norm === 'risk';
}

/** The first match starting at or after word `index` (matches are in order of their first word). */
function firstMatchFrom<T extends { phrase: string }>(matches: readonly PhraseMatch<T>[], index: number): PhraseMatch<T> | undefined {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (matches[mid].firstWord < index) low = mid + 1;
    else high = mid;
  }
  return matches[low];
}

function findClaims(text: string, view: SentenceWords, settings: LintSettings): Claim[] {
  const { words } = view;
  const claims: Claim[] = [];
  // Most sentences hold no claim word; then diseases and drugs need not be looked for.
  const claimMatches = claimWords.findLongest(words);
  if (claimMatches.length === 0) return claims;
  const diseaseMatches = diseasesIn(words, settings);
  const drugMatches = drugs.findLongest(words);
  const diseaseByEnd = new Map(diseaseMatches.map((match) => [match.endWord, match]));
  claimMatches.forEach((claim, index) => {
    const kind = claim.entry.kind;
    if (kind === 'before') {
      if (isComparativeAdjective(words, claim)) return;
      const target = firstMatchFrom(diseaseMatches, claim.endWord);
      if (!target || target.firstWord - claim.endWord > MAX_GAP_TO_DISEASE || !isDiseaseUse(view, target) || breaksBetween(text, words, claim.endWord - 1, target.firstWord)) return;
      // A nearer claim word owns the disease: "easing nausea and preventing migraines".
      const next = claimMatches[index + 1];
      if (next && next.entry.kind === 'before' && next.firstWord < target.firstWord) return;
      if (hasClinicalSubject(text, view, claim.start)) return;
      if (personActs(text, view, claim.start)) return;
      if (isCareTopic(view, claim)) return;
      // "searching for a cure for", "no treatment for": a remedy sought or lacking is claimed for nothing.
      if (remedySoughtOrLacking(words, claim.firstWord)) return;
      claims.push({ start: claim.start, end: target.end, disease: text.slice(target.start, target.end), word: claim.entry.phrase, firstWord: claim.firstWord, strength: strengthOf(claim.entry.phrase) });
    } else if (kind === 'after') {
      const target = diseaseByEnd.get(claim.firstWord);
      if (!target || !isDiseaseUse(view, target)) return;
      if (hasClinicalSubject(text, view, target.start)) return;
      claims.push({ start: target.start, end: claim.end, disease: text.slice(target.start, target.end), word: claim.entry.phrase, firstWord: target.firstWord, strength: strengthOf(claim.entry.phrase) });
    } else if (kind === 'substitute') {
      const target = firstMatchFrom(drugMatches, claim.endWord);
      if (!target || target.firstWord - claim.endWord > MAX_GAP_TO_DRUG || breaksBetween(text, words, claim.endWord - 1, target.firstWord)) return;
      claims.push({ start: claim.start, end: target.end, drug: text.slice(target.start, target.end), word: claim.entry.phrase, firstWord: claim.firstWord, strength: STRONG });
    }
  });
  return claims.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------
// Which claims an editor of a health article wants to see

const STRONG = 3;
/** Cure-like words outrank treat/prevent words, which outrank relieve/manage/help words. */
function strengthOf(phrase: string): number {
  if (/^(cur|revers|heal|eliminat|gets? rid|beat|remed)/.test(phrase)) return STRONG;
  if (/^(treat|prevent|diagnos|fight|combat|counteract|wards? off|protect|effective|works|reduc\w* the risk|lower\w* the risk|cut the risk)/.test(phrase)) return 2;
  return 1;
}

/**
 * A negation earlier in the same clause scopes over the claim, however far back: "do not tell
 * us that a capsule will prevent heart attacks", "does not recommend supplements to prevent
 * heart disease". "Not only" and "not just" add rather than deny.
 */
const WIDE_NEGATION = new Set(['not', 'no', 'never', 'cannot', "can't", "don't", "doesn't", "didn't", "isn't", "aren't", "won't", 'neither', 'nor']);
function isNegatedInClause(text: string, view: SentenceWords, claimStart: number): boolean {
  const window = clauseWordsBefore(text, view.words, claimStart, 14);
  return window.some((word, i) => WIDE_NEGATION.has(word.norm) && !(word.norm === 'not' && /^(only|just|merely)$/.test(window[i + 1]?.norm ?? '')));
}

/** "There is little good evidence that zinc prevents colds": the claim is what the evidence does not show. */
const SCANT = new Set(['no', 'little', 'scant', 'insufficient', 'inadequate', 'weak', 'limited', 'lack']);
const EVIDENCE = new Set(['evidence', 'proof', 'data', 'support']);
function deniesEvidence(view: SentenceWords, claimWord: number): boolean {
  const { words } = view;
  for (let i = Math.max(0, claimWord - 16); i < claimWord; i++) {
    if (!EVIDENCE.has(words[i].norm)) continue;
    for (let j = Math.max(0, i - 3); j < i; j++) if (SCANT.has(words[j].norm)) return true;
  }
  return false;
}

/**
 * Hedges that make a claim a tentative research finding: possibility ("may", "could",
 * "potential"), evidence verbs ("suggests", "is believed"), attribution ("some studies").
 * Frequency words ("often", "usually") still assert the effect and are left out.
 */
const FREQUENCY = new Set(['often', 'sometimes', 'usually', 'generally', 'typically', 'frequently', 'in general', 'in most cases', 'in many cases', 'mostly', 'largely']);
const claimHedges = new PhraseMatcher<LexiconEntry>(
  hedgeData.entries.filter((entry) => (entry.kind === 'modal' || entry.kind === 'epistemic' || entry.kind === 'attribution') && !FREQUENCY.has(entry.phrase)),
);
/** A hedge in the claim's clause, up to twelve words back ("it is believed that kratom's action on the receptors helps to mitigate"). */
function hedgeIn(text: string, view: SentenceWords, claimStart: number): boolean {
  return claimHedges.findLongest(clauseWordsBefore(text, view.words, claimStart, 12)).length > 0;
}

/** Nouns a seller uses for what they sell: "our formula", "my tea". */
const PRODUCT_NOUNS = new Set(
  'formula formulas blend blends product products tea teas capsule capsules gummies gummy supplement supplements extract extracts tincture tinctures oil oils powder powders pills tablets brand remedy remedies kit'.split(' '),
);
function sellsInSentence(view: SentenceWords): boolean {
  const { words } = view;
  for (let i = 0; i < words.length; i++) {
    if (words[i].norm !== 'our' && words[i].norm !== 'my') continue;
    for (let j = i + 1; j <= i + 3 && j < words.length; j++) if (PRODUCT_NOUNS.has(words[j].norm)) return true;
  }
  return false;
}

/** Hedged claims are kept in product copy, where FDA reads softened claims as claims (21 CFR 101.93(g)). */
function isProductCopy(view: SentenceWords, blockSells: () => boolean): boolean {
  return sellsInSentence(view) || blockSells();
}

/** A heading, or a short line without closing punctuation (a table of contents entry, a title). */
function isTitle(block: ProseBlock, sentence: Sentence, view: SentenceWords): boolean {
  if (block.kind === 'heading') return true;
  // Only the tail is tested: a regex anchored with $ would scan a long sentence from every position.
  return view.words.length <= 14 && !/[.!?:;]["'\u201d\u2019)\]]*\s*$/.test(sentence.text.slice(-12));
}

/** Claim words that name an activity or field rather than assert an effect, in a title. */
const TOPIC_NOUNS = new Set(['treatment', 'treatments', 'prevention', 'management', 'mitigation', 'alleviation', 'relief', 'therapy', 'protection', 'reliever', 'relievers']);
/**
 * A title names a topic ("Managing Chronic Pain", "Mitigating Opioid Withdrawal Symptoms",
 * "Chronic pain relief") unless it asserts an effect with a verb ("Turmeric Cures Arthritis",
 * "Foods That Fight Cancer") or calls the product a cure or remedy.
 */
function assertsInTitle(view: SentenceWords, claim: Claim): boolean {
  if (claim.drug) return true;
  const first = claim.word.split(' ')[0];
  return !first.endsWith('ing') && !TOPIC_NOUNS.has(first);
}

/**
 * Words whose preposition introduces an effect: "effective in treating", "a role in
 * mitigating", "beneficial in managing", "efficacy in managing". After other words the phrase
 * names a use or a topic: "an option for managing chronic pain", "the dosage for chronic pain
 * relief", "when managing chronic pain".
 */
const EFFECT_HEADS = new Set(
  'effective effectiveness efficacy efficacious beneficial benefit benefits useful usefulness helpful help helps successful success role value valuable instrumental works work worked proven powerful good great best better excellent ideal perfect'.split(
    ' ',
  ),
);
const TOPIC_PREPOSITIONS = new Set(['for', 'in', 'of', 'about', 'on', 'with', 'when', 'while', 'before', 'after']);
const DETERMINER = new Set(['the', 'a', 'an']);
/** Gerunds and care nouns that can name a topic after a preposition ("for managing", "in chronic pain relief"). */
function isNominalClaimWord(word: string): boolean {
  const first = word.split(' ')[0];
  return first.endsWith('ing') || TOPIC_NOUNS.has(first);
}
/** "how to prevent", "whether to treat": an infinitive after these names a goal the text is about, not an effect. */
const GOAL_OPENERS = new Set(['how', 'what', 'when', 'where', 'whether', 'which']);
/** "ways to prevent", "tips to relieve": plural nouns of means before an infinitive list options; a product's "the best way to" is still a claim. */
const MEANS_NOUNS = new Set(['ways', 'tips', 'steps', 'strategies', 'methods', 'things', 'options', 'techniques', 'habits']);
/**
 * A claim verb as an infinitive whose goal the sentence names or lists means for ("how to manage
 * asthma", "ways to prevent heart disease"); not in a sentence that sells ("how to cure arthritis
 * with our capsules").
 */
function namesGoal(view: SentenceWords, claim: Claim): boolean {
  if (claim.drug || sellsInSentence(view)) return false;
  const { words } = view;
  if (words[claim.firstWord - 1]?.norm !== 'to') return false;
  const before = words[claim.firstWord - 2]?.norm ?? '';
  return GOAL_OPENERS.has(before) || MEANS_NOUNS.has(before);
}
function namesUseOrTopic(view: SentenceWords, claim: Claim): boolean {
  if (namesGoal(view, claim)) return true;
  if (claim.drug || !isNominalClaimWord(claim.word)) return false;
  const { words } = view;
  let at = claim.firstWord - 1;
  if (at >= 0 && DETERMINER.has(words[at].norm)) at--;
  // A gerund opening the sentence is its subject: "Managing diabetes takes planning."
  if (at < 0) return claim.word.split(' ')[0].endsWith('ing');
  if (!TOPIC_PREPOSITIONS.has(words[at].norm)) return false;
  const head = words[at - 1]?.norm;
  return head === undefined || !EFFECT_HEADS.has(head);
}

/** What the shared claim analysis decided about a claim over the same words, if it found one there. */
function sharedStatusOf(shared: SentenceVerdict, claim: Claim, text: string): ClaimStatus | undefined {
  const same = shared.claims.find((other) => other.start < claim.end && claim.start < other.end);
  if (same) return same.status;
  // An -ing complement in a list after a negated one ("doesn't result in living longer, slowing decline, or lowering the risk of cancer").
  const before = shared.claims.filter((other) => other.end <= claim.start).pop();
  if (before?.status === 'negated' && claim.word.split(' ')[0].endsWith('ing') && continuesList(text.slice(before.end, claim.start))) return 'negated';
  return undefined;
}

/**
 * Claims on a disease that the shared analysis flags and the disease-claim words miss (an open
 * verb: "Chaga tames arthritis", "Migraines disappear"), added as disease claims.
 */
function withSharedClaims(claims: Claim[], shared: SentenceVerdict, text: string, view: SentenceWords): Claim[] {
  const added: Claim[] = [];
  for (const flagged of shared.flagged) {
    // Only the structures that find a product's effect (the claim words of this rule cover the rest), and not when care or a drug does the treating.
    if (!flagged.concept?.disease || flagged.subject === undefined || hasClinicalSubject(text, view, flagged.start)) continue;
    if (claims.some((claim) => claim.start < flagged.end && flagged.start < claim.end)) continue;
    added.push({ start: flagged.start, end: flagged.end, disease: flagged.concept.text, word: text.slice(flagged.groupStart, flagged.groupEnd).toLowerCase(), firstWord: flagged.firstWord, strength: 2 });
  }
  return added.length === 0 ? claims : [...claims, ...added].sort((a, b) => a.start - b.start);
}

/**
 * The short reason: the shared analysis's account of the claim where it found one over the same
 * words, otherwise this rule's own (a claim word of its list, the disease or the medicine).
 */
function explainDiseaseClaim(block: ProseBlock, sentence: Sentence, shared: SentenceVerdict, claim: Claim, hedged: boolean): string {
  const same = shared.claims.find((other) => other.start < claim.end && claim.start < other.end && other.status === 'asserted');
  if (same) return explainClaim(block, sentence, same);
  const target = claim.drug ? `the medicine "${claim.drug}"` : `the disease "${claim.disease}"`;
  const context = hedged ? 'hedged, but in product copy (a shop link, a call to action, "our formula"), where a softened claim still counts' : 'no negation, quotation, attribution or topic-only use found';
  return `disease-claim word "${claim.word}" on ${target}; ${context}.`;
}

export const diseaseClaim: SentenceRule<{ sells: boolean }> = {
  meta: {
    id: 'disease-claim',
    description: 'Claims that a product cures, treats, prevents or mitigates a named disease, or replaces a medicine (21 CFR 101.93(g)).',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
  },
  scope: 'sentence',
  // The claim analysis's parts of speech, made in one pass per batch of the lint's sentences.
  prepare: prepareVerdicts,
  /** Whether the paragraph sells (a shop or affiliate link, a call to action): hedged claims count in product copy. */
  blockContext: ({ block, sentences }, settings) => ({ sells: commercialLinksIn(block, settings).length > 0 || callsToActionIn(block, sentences, settings).length > 0 }),
  check({ block, sentences, blockContext }, context) {
    const text = block.text;
    const quotes = quotedSpans(block);
    const productCopy = (): boolean => blockContext().sells;
    for (const sentence of sentences) {
      const view = sentenceWords(sentence);
      // The claim analysis that unhedged-claim uses decides the context of the same words, so the two rules agree.
      const shared = sentenceVerdict(block, sentence, context.settings);
      const claims = withSharedClaims(findClaims(text, view, context.settings), shared, text, view);
      if (claims.length === 0 || openQuestion.findLongest(view.words).length > 0) continue;
      const title = isTitle(block, sentence, view);
      let strongest: { claim: Claim; hedged: boolean } | undefined;
      let sells: boolean | undefined;
      for (const claim of claims) {
        if (contextReason(block, quotes, view, claim.start, claim.end)) continue;
        if (isNegated(text, view, claim.start) || isNegatedInClause(text, view, claim.start) || deniesEvidence(view, claim.firstWord)) continue;
        if (title ? !assertsInTitle(view, claim) : namesUseOrTopic(view, claim)) continue;
        const sharedStatus = sharedStatusOf(shared, claim, text);
        if (sharedStatus === 'negated' || sharedStatus === 'correlational' || sharedStatus === 'quoted') continue;
        // Hedges are this rule's own reading: frequency words ("usually cures") do not soften a disease claim.
        const hedged = hedgeIn(text, view, claim.start);
        if (hedged && !(sells ??= isProductCopy(view, productCopy))) continue;
        if (!strongest || claim.strength > strongest.claim.strength) strongest = { claim, hedged };
      }
      // One finding per sentence, the strongest claim in it: the sentence needs rewriting as a whole.
      if (!strongest) continue;
      const { claim, hedged } = strongest;
      const phrase = text.slice(claim.start, claim.end);
      const message = claim.drug
        ? `"${phrase}" offers the product in place of (or alongside) ${claim.drug}. FDA treats a claim to replace or augment a drug as a disease claim (21 CFR 101.93(g)(2)), and readers who stop a prescribed medicine can come to harm.`
        : hedged
          ? `"${phrase}" claims an effect on a disease (${claim.disease}) in product copy. Softened or not, FDA reads it as a drug claim for a supplement or herb (21 CFR 101.93(g)); report what a named study found instead, or drop the claim.`
          : `"${phrase}" claims an effect on a disease (${claim.disease}). For a supplement or herb that makes it a drug claim under 21 CFR 101.93(g); report what a named study found instead, with its limits, or drop the claim.`;
      context.report({ ...block.sourceRange(claim.start, claim.end), message, explanation: explainDiseaseClaim(block, sentence, shared, claim, hedged) });
    }
  },
};
