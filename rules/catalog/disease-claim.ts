// disease-claim: a statement that a product cures, treats, prevents, mitigates or diagnoses a
// named disease or its characteristic symptoms, or replaces a drug for one (21 CFR
// 101.93(g)). FDA reads implied and softened claims as claims too, so "may help relieve
// arthritis" is reported; negations ("does not cure cancer"), questions, quotations and
// reported claims ("sellers claim it cures depression") are not.

import { PhraseMatcher, type LexiconEntry, type PhraseMatch } from '../engine/phrases.js';
import type { BlockRule } from '../engine/rule.js';
import type { Word } from '../engine/sentences.js';
import diseaseData from '../data/diseases.json';
import verbData from '../data/disease-claim-verbs.json';
import hedgeData from '../data/hedges.json';
import { clauseWordsBefore, contextReason, isNegated, quotedSpans, sentenceWords, type SentenceWords } from './context/sentence-context.js';

interface DiseaseEntry extends LexiconEntry {
  notDisease?: boolean;
}
interface ClaimWordEntry extends LexiconEntry {
  kind: string;
}

const diseases = new PhraseMatcher<DiseaseEntry>(diseaseData.entries);
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
const CLINICAL_SUBJECT = new Set(
  'doctor doctors physician physicians clinician clinicians surgeon surgeons medication medications medicine medicines drug drugs prescription prescriptions surgery vaccine vaccines vaccination antibiotics antibiotic antivirals chemotherapy radiation insulin statins therapy therapies psychotherapy counseling counselling fda-approved approved exercise exercising activity diet diets eating nutrition quitting smoking weight vaccination screening screenings handwashing washing hygiene condoms breastfeeding walking'.split(
    ' ',
  ),
);

interface Claim {
  start: number;
  end: number;
  disease?: string;
  drug?: string;
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

function hasClinicalSubject(text: string, view: SentenceWords, verbStart: number): boolean {
  return clauseWordsBefore(text, view.words, verbStart, 12).some((word) => CLINICAL_SUBJECT.has(word.norm));
}

/** Nouns that name a kind of care: "Treatment for opioid use disorder includes medications". */
const CARE_NOUNS = new Set('treatment treatments prevention management therapy diagnosis'.split(' '));

/** A care noun in a sentence that also names clinical care describes medicine, not a product. */
function isCareTopic(view: SentenceWords, claim: PhraseMatch<ClaimWordEntry>): boolean {
  if (!CARE_NOUNS.has(view.words[claim.firstWord].norm)) return false;
  return view.words.some((word) => CLINICAL_SUBJECT.has(word.norm));
}

/** "a lower risk of addiction" compares; "lowers blood pressure" claims. */
const COMPARATIVE_VERBS = new Set(['lower']);
const BEFORE_ADJECTIVE = new Set('a an the much slightly significantly far'.split(' '));
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

function findClaims(text: string, view: SentenceWords): Claim[] {
  const { words } = view;
  const diseaseMatches = diseases.findLongest(words);
  const drugMatches = drugs.findLongest(words);
  const diseaseByEnd = new Map(diseaseMatches.map((match) => [match.endWord, match]));
  const claims: Claim[] = [];
  for (const claim of claimWords.findLongest(words)) {
    const kind = claim.entry.kind;
    if (kind === 'before') {
      if (isComparativeAdjective(words, claim)) continue;
      const target = firstMatchFrom(diseaseMatches, claim.endWord);
      if (!target || target.firstWord - claim.endWord > MAX_GAP_TO_DISEASE || !isDiseaseUse(view, target) || breaksBetween(text, words, claim.endWord - 1, target.firstWord)) continue;
      if (hasClinicalSubject(text, view, claim.start)) continue;
      if (isCareTopic(view, claim)) continue;
      claims.push({ start: claim.start, end: target.end, disease: text.slice(target.start, target.end) });
    } else if (kind === 'after') {
      const target = diseaseByEnd.get(claim.firstWord);
      if (!target || !isDiseaseUse(view, target)) continue;
      if (hasClinicalSubject(text, view, target.start)) continue;
      claims.push({ start: target.start, end: claim.end, disease: text.slice(target.start, target.end) });
    } else if (kind === 'substitute') {
      const target = firstMatchFrom(drugMatches, claim.endWord);
      if (!target || target.firstWord - claim.endWord > MAX_GAP_TO_DRUG || breaksBetween(text, words, claim.endWord - 1, target.firstWord)) continue;
      claims.push({ start: claim.start, end: target.end, drug: text.slice(target.start, target.end) });
    }
  }
  return claims.sort((a, b) => a.start - b.start);
}

export const diseaseClaim: BlockRule = {
  meta: {
    id: 'disease-claim',
    description: 'Claims that a product cures, treats, prevents or mitigates a named disease, or replaces a medicine (21 CFR 101.93(g)).',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
  },
  scope: 'block',
  check({ block, sentences }, context) {
    const text = block.text;
    const quotes = quotedSpans(text);
    for (const sentence of sentences) {
      const view = sentenceWords(sentence);
      const claims = findClaims(text, view);
      if (claims.length === 0 || openQuestion.findLongest(view.words).length > 0) continue;
      for (const claim of claims) {
        if (contextReason(block, quotes, view, claim.start, claim.end)) continue;
        if (isNegated(text, view, claim.start)) continue;
        const phrase = text.slice(claim.start, claim.end);
        const message = claim.drug
          ? `"${phrase}" offers the product in place of (or alongside) ${claim.drug}. FDA treats a claim to replace or augment a drug as a disease claim (21 CFR 101.93(g)(2)), and readers who stop a prescribed medicine can come to harm.`
          : `"${phrase}" claims an effect on a disease (${claim.disease}). For a supplement or herb that makes it a drug claim under 21 CFR 101.93(g), softened or not; report what a named study found instead, or drop the claim.`;
        context.report({ ...block.sourceRange(claim.start, claim.end), message });
        break; // one finding per sentence: the sentence needs rewriting as a whole
      }
    }
  },
};
