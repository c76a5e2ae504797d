// Which asserted claims of a sentence a reader should see flagged: the claim analysis says a
// sentence asserts an effect; this stage leaves out what asserts no health benefit of a product
// (a mechanism, a pathogen causing disease, a warning of harm), claims inside a "that" clause
// whose support the sentence denies, and sentences with a source a reader can follow.
// `unhedged-claim` reports these claims; `missing-provider-advice` counts them as promotion of a
// product for a health effect, so the two rules agree about what a sentence claims. The result
// is kept per sentence object, so the rules of one lint analyse each sentence once.

import type { LintSettings } from '../../engine/config.js';
import type { BlockInput } from '../../engine/rule.js';
import type { SentenceToTag } from '../../engine/tagger.js';
import { PhraseMatcher } from '../../engine/phrases.js';
import type { ProseBlock } from '../../engine/prose.js';
import { splitSentences, wordsOfSentence, type Sentence, type Word } from '../../engine/sentences.js';
import { hasSource } from '../context/citations.js';
import { commercialLinkIndexes } from '../links/commercial.js';
import { analyseSentence, mayNeedTags, tagSentencesAhead, type Claim } from './analyse.js';
import { claimLexicon, type ClaimLexicon } from './lexicon.js';
import { ENDURING_VERBS } from './candidates/structure-core.js';
import mechanismObjectData from '../../data/claim-mechanism-objects.json';
import harmObjectData from '../../data/claim-harm-objects.json';
import deniedSupportData from '../../data/claim-denied-support.json';
import effectData from '../../data/claim-effects.json';
import methodObjectData from '../../data/claim-method-objects.json';
import discourseObjectData from '../../data/claim-discourse-objects.json';
import pathogenData from '../../data/claim-pathogens.json';
import structureData from '../../data/claim-structure.json';
import { firstPhraseAt } from './words.js';

/** Headings that ask or announce a topic ("How kratom relieves pain") claim nothing. */
const QUESTION_OPENERS = /^\s*(?:how|why|what|when|which|who|whether|can|could|does|do|is|are|will|should)\b/i;
const QUESTION_END = /\?\s*["\u201d')\]]*$/;

/** Why a sentence has no flagged claim although it holds an asserted one (for the explanation). */
export type SentenceVerdict = { claims: Claim[]; flagged: Claim[]; skipped?: string; dropped: Array<{ claim: Claim; reason: string }> };

const verdicts = new WeakMap<Sentence, { block: ProseBlock; lexicon: ClaimLexicon; verdict: SentenceVerdict }>();
const shopLinksOf = new WeakMap<ProseBlock, Set<number>>();

/** The claims of a sentence and which of them are flagged, worked out once per sentence object and configuration. */
export function sentenceVerdict(block: ProseBlock, sentence: Sentence, settings: LintSettings): SentenceVerdict {
  const lexicon = claimLexicon(settings.extraClaimVerbs, settings.extraHedges, settings.extraHealthConcepts);
  const known = verdicts.get(sentence);
  // Offsets are the block's: a sentence seen in another block (a window of it) is judged again.
  if (known && known.lexicon === lexicon && known.block === block) return known.verdict;
  const verdict = judge(block, sentence, settings, lexicon);
  verdicts.set(sentence, { block, lexicon, verdict });
  return verdict;
}

/** The asserted claims of a sentence that `unhedged-claim` flags. */
export function flaggedClaims(block: ProseBlock, sentence: Sentence, settings: LintSettings): Claim[] {
  return sentenceVerdict(block, sentence, settings).flagged;
}

/**
 * The preparation (`SentencePreparation`) of the rules that read verdicts: the sentences of a
 * batch that will be analysed and may need parts of speech are tagged in one pass before the
 * rules run on them, which costs less than tagging them one by one among the rules' work.
 */
export function prepareVerdicts(blocks: readonly BlockInput[], settings: LintSettings): (() => void) | undefined {
  const lexicon = claimLexicon(settings.extraClaimVerbs, settings.extraHedges, settings.extraHealthConcepts);
  const toTag: SentenceToTag[] = [];
  for (const { block, sentences } of blocks) {
    for (const sentence of sentences) {
      if (notAnalysedBecause(block, sentence)) continue;
      const words = wordsOfSentence(sentence);
      if (mayNeedTags(words, lexicon)) toTag.push({ text: sentence.text, offset: sentence.start, words });
    }
  }
  return tagSentencesAhead(toTag);
}

const NOTHING: Claim[] = [];

/** A yes/no question opens with an auxiliary or modal: "Does ginger ease nausea?" */
const POLAR_QUESTION = /^\s*(?:does|do|did|can|could|will|would|is|are|should|may|might)\b/i;
const affirmingAnswers = new Set(structureData.entries.filter((entry) => entry.kind === 'affirming-answer').map((entry) => entry.phrase));

/**
 * A yes/no question that the next sentence answers "yes" ("Does beetroot juice lower blood
 * pressure? Absolutely."): the answer asserts what the question asked. The answer is read from
 * the block's text after the question, so every rule sees the same verdict for the sentence.
 */
function affirmedQuestion(block: ProseBlock, sentence: Sentence): boolean {
  if (!POLAR_QUESTION.test(sentence.text)) return false;
  // Only the answer's own words, up to its first stop or line break: a window of the block (linter.ts) ends with it.
  const answer = /^[^.!?;\n]*/.exec(block.text.slice(sentence.end, sentence.end + 60))![0];
  const words = answer.toLowerCase().match(/\p{L}+/gu) ?? [];
  const length = affirmingAnswers.has(words[0] ?? '') ? 1 : affirmingAnswers.has(`${words[0]} ${words[1]}`) ? 2 : 0;
  // "Yes, but only a little": a qualified yes asserts less than the question asked.
  return length > 0 && !QUALIFYING_WORDS.has(words[length] ?? '');
}

/** How many words may come between "Why" and the verb of enduring ("Why keep suffering", "Why do you put up with"). */
const ENDURING_REACH = 3;

/**
 * A rhetorical question that asks why the reader endures an ailment when something else is at
 * hand ("Why suffer through another allergy season when one spray a day keeps your sinuses
 * clear?"): it asks nothing, it asserts what its "when" clause says. Real questions of why
 * ("Why do some people get migraines when others don't?") have no verb of enduring.
 */
function rhetoricalWhy(sentence: Sentence): boolean {
  const words = wordsOfSentence(sentence);
  if (words[0]?.norm !== 'why' || !words.some((word) => word.norm === 'when')) return false;
  for (let at = 1; at <= ENDURING_REACH && at < words.length; at++) {
    if (firstPhraseAt(words, at, ENDURING_VERBS)) return true;
  }
  return false;
}

const QUALIFYING_WORDS = new Set(['but', 'though', 'although', 'only', 'sometimes', 'partly', 'maybe', 'perhaps', 'probably', 'possibly', 'in']);

/** Why a sentence is not analysed at all, or undefined. */
function notAnalysedBecause(block: ProseBlock, sentence: Sentence): string | undefined {
  if (block.context.quoted) return 'quoted block: someone else\'s words';
  if (QUESTION_END.test(sentence.text) && !affirmedQuestion(block, sentence) && !rhetoricalWhy(sentence)) return 'a question asserts nothing';
  if (block.kind === 'heading' && QUESTION_OPENERS.test(sentence.text)) return 'a heading that asks or announces a topic';
  return undefined;
}

function judge(block: ProseBlock, sentence: Sentence, settings: LintSettings, lexicon: ClaimLexicon): SentenceVerdict {
  const skipped = notAnalysedBecause(block, sentence);
  if (skipped) return { claims: NOTHING, flagged: NOTHING, skipped, dropped: [] };
  const words = wordsOfSentence(sentence);
  let previous: Sentence | null | undefined;
  const previousSentence = (): Sentence | undefined => (previous === undefined ? (previous = previousSentenceOf(block.text, sentence.start) ?? null) : previous) ?? undefined;
  const claims = analyseSentence(sentence.text, sentence.start, lexicon, words, () => {
    const before = previousSentence();
    return before ? wordsOfSentence(before) : [];
  }, previousSentence);
  const asserted = claims.filter((claim) => claim.status === 'asserted');
  if (asserted.length === 0) return { claims, flagged: NOTHING, dropped: [] };
  // A claim with a reference a reader can follow is attributed, which is what the rule asks for.
  let shopLinks = shopLinksOf.get(block);
  if (!shopLinks) shopLinksOf.set(block, (shopLinks = commercialLinkIndexes(block, settings)));
  if (hasSource(block, sentence, { ignoredLinks: shopLinks, explicitOnly: true })) return { claims, flagged: NOTHING, skipped: 'the sentence cites a source', dropped: [] };
  const flagged: Claim[] = [];
  const dropped: SentenceVerdict['dropped'] = [];
  for (const claim of asserted) {
    const reason = notABenefitClaim(block.text, sentence, words, claim);
    if (reason) dropped.push({ claim, reason });
    else flagged.push(claim);
  }
  return { claims, flagged, dropped };
}

/** How far back the sentence before is looked for: a testimony is short, and a long paragraph is not read from its start for each sentence. */
const PREVIOUS_REACH = 400;
/**
 * The sentence before `start` in the block's prose, split as the engine splits
 * sentences, from at most `PREVIOUS_REACH` characters back. The engine checks a sentence either
 * in its whole block or in a window that starts with the sentence before; both hold the same
 * characters before `start`, so the sentence found is the same.
 */
function previousSentenceOf(text: string, start: number): Sentence | undefined {
  const from = Math.max(0, start - PREVIOUS_REACH);
  const sentences = splitSentences(text.slice(from, start));
  const last = sentences[sentences.length - 1];
  // In the block's prose offsets, as the rules' sentences are.
  return last && { text: last.text, start: last.start + from, end: last.end + from };
}

function notABenefitClaim(text: string, sentence: Sentence, words: readonly Word[], claim: Claim): string | undefined {
  if (claim.practice) return 'its subject is a practice named by a gerund, which careful writing states plainly, not a product';
  const claimText = text.slice(claim.start, claim.end);
  if (namesMechanism(claimText) || mechanismIsSubject(text, sentence.start, claim.start)) return 'names a mechanism, not a health effect';
  if (pathogenIsCause(text, sentence.start, claim)) return 'an infectious agent causing disease';
  if (warnsOfHarm(claimText, claim, restOfClause(text, claim.end, sentence.end))) return 'warns of harm';
  if (supportDeniedBefore(text, words, claim.start)) return 'the sentence denies the claim its support';
  return undefined;
}

const mechanismObjects = new PhraseMatcher([...mechanismObjectData.entries, ...methodObjectData.entries, ...discourseObjectData.entries]);

const denialWords = new Set(deniedSupportData.entries.filter((entry) => entry.kind === 'denial').map((entry) => entry.phrase));
const supportWords = new Set(deniedSupportData.entries.filter((entry) => entry.kind === 'support').map((entry) => entry.phrase));
/** How far before "that" the denial and the support word may stand ("cannot, by itself, show that"). */
const DENIAL_REACH = 8;

/**
 * "We found little reliable evidence that elderberry shortens the flu", "these results don't
 * prove that the tea relieves migraines": the claim sits in a "that" clause whose support the
 * sentence denies, so the writer is saying it is unproven.
 */
function supportDeniedBefore(text: string, words: readonly Word[], claimStart: number): boolean {
  let that = -1;
  for (let i = 0; i < words.length && words[i].end <= claimStart; i++) if (words[i].norm === 'that') that = i;
  if (that < 0) return false;
  // The "that" clause must run on to the claim: no clause break between them.
  if (/[;:!?]/.test(text.slice(words[that].end, claimStart))) return false;
  let denied = false;
  let supported = false;
  for (let i = that - 1; i >= Math.max(0, that - DENIAL_REACH); i--) {
    if (/[;:.!?]/.test(text.slice(words[i].end, words[i + 1].start))) break;
    const norm = words[i].norm;
    const next = words[i + 1]?.norm;
    // "Not only do studies show that", "there is no doubt that": emphasis, not denial.
    if (next === 'only' || (norm === 'no' && next === 'doubt') || (norm === 'doubt' && words[i - 1]?.norm === 'no')) continue;
    if (denialWords.has(norm) || norm.endsWith("n't")) denied = true;
    if (supportWords.has(norm)) supported = true;
  }
  return denied && supported;
}

const harmObjects = new PhraseMatcher(harmObjectData.entries.filter((entry) => entry.kind !== 'damaging-verb'));
/** Verbs that bring something about or make it worse: with a harm as object, the sentence warns. */
const HARM_VERBS = new Set(['cause', 'induce', 'trigger', 'provoke', 'increase', 'raise', 'worsen', 'aggravate', 'exacerbate', 'lead', 'produce', 'result', 'contribute', 'interfere', 'promote', 'make']);

/**
 * "can cause nausea", "leads to iron deficiency", "can strengthen the action of anticoagulants",
 * "can harm the thyroid": a warning about a risk, not a claim of benefit; hedging it would only
 * weaken the warning.
 */
function warnsOfHarm(claimText: string, claim: Claim, clauseRest: string): boolean {
  if (claim.kind !== 'verb') return false;
  if (DAMAGING_VERBS.has(claim.lemma)) return true;
  // "Stress can make eczema worse", "can make the pill less effective": the causative's complement is the harm.
  if (claim.structure === 'causative make' && HARMFUL_COMPLEMENT.test(claimText)) return true;
  // "leading to the relief of headaches": a benefit noun turns the harm into what is relieved; so
  // does an idiom of having gone ("makes period cramps a thing of the past").
  if (benefitNouns.findInText(claimText).length > 0 || goneIdioms.findInText(claimText).length > 0) return false;
  const causesSomething = HARM_VERBS.has(claim.lemma) || HARM_VERBS.has(claim.phrase.split(' ')[0]);
  // "can raise calcium in the blood to harmful levels": the amount reached is the harm.
  if (causesSomething && harmLevels.findInText(clauseRest).length > 0) return true;
  return harmObjects.findInText(claimText).some((match) => match.entry.kind === 'interaction' || causesSomething);
}
/** Complements of the causative "make" that state a harm (causative-make.ts lists them all). */
const HARMFUL_COMPLEMENT = /\b(?:worse|sicker|weaker|ill|sick|dizzy|nauseous|infertile|fatter|heavier|more (?:prone|likely|susceptible|vulnerable|severe|painful|anxious|tired|sensitive)|less (?:effective|tolerable|alert|energetic|fertile|active|resistant))\b/i;
/** Verbs whose meaning is the harm: "can harm the thyroid" warns whatever its object. */
const DAMAGING_VERBS = new Set(harmObjectData.entries.filter((entry) => entry.kind === 'damaging-verb').map((entry) => entry.phrase));
const harmLevels = new PhraseMatcher(harmObjectData.entries.filter((entry) => entry.kind === 'harm-level'));
const CLAUSE_END = /[,;:.!?]|\b(?:and|but|or|while|whereas|although|which|that)\b/i;

/** The text after a claim up to the end of its clause (punctuation, a conjunction or a relative pronoun). */
function restOfClause(text: string, from: number, sentenceEnd: number): string {
  const rest = text.slice(from, Math.max(from, sentenceEnd));
  const stop = CLAUSE_END.exec(rest);
  return stop ? rest.slice(0, stop.index) : rest;
}
const benefitNouns = new PhraseMatcher(effectData.entries.filter((entry) => entry.kind === 'effect'));
const goneIdioms = new PhraseMatcher(structureData.entries.filter((entry) => entry.kind === 'gone-idiom'));

/**
 * "activates the receptors", "blocks pain signals": how something acts, not what it does for health;
 * "causes a bias", "introduces confounding": a property of the research; "has led to calls for
 * regulation": what people say or do about it. None is a health effect.
 */
function namesMechanism(claimText: string): boolean {
  return mechanismObjects.findInText(claimText).length > 0;
}

/** "(a neurotransmitter) that", "(the enzymes) which": a restrictive relative pronoun after a mechanism noun, right before the claim. (After a comma, "which" may refer to the whole clause: "kratom acts on receptors, which relieves pain".) */
const MECHANISM_RELATIVE = /(\p{L}[\p{L}-]*)\s+(?:that|which)\s+$/u;

/**
 * "GABA, a neurotransmitter that calms nerve activity": the claim describes what a part of the
 * body's machinery does, not what a substance or product does for health.
 */
function mechanismIsSubject(text: string, sentenceStart: number, claimStart: number): boolean {
  const lead = text.slice(Math.max(sentenceStart, claimStart - 80), claimStart);
  // Most claims follow no "that"/"which": checked first, as the anchored pattern is tried at every position.
  const trimmed = lead.trimEnd();
  if (trimmed.length === lead.length || !(trimmed.endsWith('that') || trimmed.endsWith('which'))) return false;
  const before = MECHANISM_RELATIVE.exec(lead);
  return before !== null && mechanismObjects.findInText(before[1]).length > 0;
}

const pathogens = new PhraseMatcher(pathogenData.entries);
const AGENT_AFTER_BY = /\bby\s+(.*)$/i;
const LAST_WORDS = /((?:[\p{L}][\p{L}.-]*\s+){0,2}[\p{L}][\p{L}.-]*)\s*$/u;

/**
 * "Most colds are caused by rhinoviruses", "HPV causes cervical cancer": an infectious agent as the
 * cause (the agent after "by", or the subject right before the verb) of a verb that brings
 * something about says how a disease arises.
 */
function pathogenIsCause(text: string, sentenceStart: number, claim: Claim): boolean {
  // Only verbs that bring something about: "probiotic bacteria improve digestion" is a product claim.
  if (claim.kind !== 'verb' || !(HARM_VERBS.has(claim.lemma) || HARM_VERBS.has(claim.phrase.split(' ')[0]))) return false;
  const agent = AGENT_AFTER_BY.exec(text.slice(claim.groupEnd, claim.end));
  if (agent) return pathogens.findInText(agent[1]).length > 0;
  const subject = LAST_WORDS.exec(text.slice(Math.max(sentenceStart, claim.groupStart - 60), claim.groupStart));
  return subject !== null && pathogens.findInText(subject[1]).some((match) => match.end >= subject[1].length);
}

