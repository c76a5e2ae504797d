// unhedged-claim: a sentence that asserts, with no hedge, that a substance, product or
// practice causes a health effect ("kratom relieves pain", "can effectively alleviate",
// "thereby providing relief"). Health claims need evidence; a writer who has no strong
// evidence should qualify the claim ("may help relieve") or attribute it to its source.
// The claim analysis (causal verbs, effect nouns, hedge and negation scope, correlational
// framing) lives in ./claims/ so that other rules can reuse it.

import type { SentenceRule } from '../engine/rule.js';
import type { Fix } from '../engine/types.js';
import type { ProseBlock } from '../engine/prose.js';
import { wordsOfSentence, type Sentence, type Word } from '../engine/sentences.js';
import { analyseSentence, claimLexicon, CAUSAL_ROLE_NOUNS, type Claim } from './claims/index.js';
import { hasSource } from './context/citations.js';
import { commercialLinkIndexes } from './links/commercial.js';
import { PhraseMatcher } from '../engine/phrases.js';
import mechanismObjectData from '../data/claim-mechanism-objects.json';
import harmObjectData from '../data/claim-harm-objects.json';
import deniedSupportData from '../data/claim-denied-support.json';
import effectData from '../data/claim-effects.json';
import methodObjectData from '../data/claim-method-objects.json';
import discourseObjectData from '../data/claim-discourse-objects.json';
import pathogenData from '../data/claim-pathogens.json';

/** Headings that ask or announce a topic ("How kratom relieves pain") claim nothing. */
const QUESTION_OPENERS = /^\s*(?:how|why|what|when|which|who|whether|can|could|does|do|is|are|will|should)\b/i;
/** Openers after which an attribution is inserted rather than before them. */
const CONNECTIVE_OPENER = /^(?:however|additionally|moreover|furthermore|in addition|in conclusion|in summary|in short|overall|therefore|thus|also|finally|importantly|notably|in fact|indeed|consequently|as a result|for example|for instance|similarly|likewise|in particular|specifically|in practice)\s*,\s*/i;
/** Words that embed the claim in another clause; an attribution at the sentence start would not reach it. */
const EMBEDDING_WORDS = /\b(?:that|which|who|whom|whose|how|report|reports|reported|say|says|said|claim|claims|believe|believes)\b/i;
const SUBORDINATE_OPENER = /^\s*(?:although|though|while|whilst|whereas|if|unless|when|whenever|because|since|as|after|before|once|until|by|with|without|for|to|in|on|we|i|you)\b/i;
const QUESTION_END = /\?\s*["\u201d')\]]*$/;
const TITLE_WORDS = new Set(['Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'St', 'I']);

export const unhedgedClaim: SentenceRule = {
  meta: {
    id: 'unhedged-claim',
    description: 'Flags sentences that assert, without a hedge, that a substance, product or practice causes a health effect.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  scope: 'sentence',
  check({ block, sentences }, context) {
    if (block.context.quoted) return; // someone else's words
    const lexicon = claimLexicon(context.settings.extraClaimVerbs, context.settings.extraHedges);
    let shopLinks: Set<number> | undefined;
    for (const sentence of sentences) {
      if (QUESTION_END.test(sentence.text)) continue; // a question asserts nothing
      if (block.kind === 'heading' && QUESTION_OPENERS.test(sentence.text)) continue;
      const claims = analyseSentence(sentence.text, sentence.start, lexicon, wordsOfSentence(sentence)).filter((claim) => claim.status === 'asserted');
      if (claims.length === 0) continue;
      // A claim with a reference a reader can follow is attributed, which is what the rule asks for.
      shopLinks ??= commercialLinkIndexes(block, context.settings);
      if (hasSource(block, sentence, { ignoredLinks: shopLinks, explicitOnly: true })) continue;
      for (const claim of claims) {
        if (namesMechanism(block.text.slice(claim.start, claim.end)) || mechanismIsSubject(block.text, sentence.start, claim.start) || pathogenIsCause(block.text, sentence.start, claim) || warnsOfHarm(block.text.slice(claim.start, claim.end), claim, restOfClause(block.text, claim.end, sentence.end))) continue;
        if (supportDeniedBefore(block.text, wordsOfSentence(sentence), claim.start)) continue;
        const range = block.sourceRange(claim.start, claim.end);
        context.report({
          start: range.start,
          end: range.end,
          message: messageFor(block.text.slice(claim.start, claim.end), claim),
          suggestions: suggestionsFor(block, sentence, claim),
        });
      }
    }
  },
};

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

const harmObjects = new PhraseMatcher(harmObjectData.entries);
/** Verbs that bring something about or make it worse: with a harm as object, the sentence warns. */
const HARM_VERBS = new Set(['cause', 'induce', 'trigger', 'provoke', 'increase', 'raise', 'worsen', 'aggravate', 'exacerbate', 'lead', 'produce', 'result', 'contribute', 'interfere', 'promote', 'make']);

/**
 * "can cause nausea", "leads to iron deficiency", "can strengthen the action of anticoagulants": a
 * warning about a risk, not a claim of benefit; hedging it would only weaken the warning.
 */
function warnsOfHarm(claimText: string, claim: Claim, clauseRest: string): boolean {
  if (claim.kind !== 'verb') return false;
  // "leading to the relief of headaches": a benefit noun turns the harm into what is relieved.
  if (benefitNouns.findInText(claimText).length > 0) return false;
  const causesSomething = HARM_VERBS.has(claim.lemma) || HARM_VERBS.has(claim.phrase.split(' ')[0]);
  // "can raise calcium in the blood to harmful levels": the amount reached is the harm.
  if (causesSomething && harmLevels.findInText(clauseRest).length > 0) return true;
  return harmObjects.findInText(claimText).some((match) => match.entry.kind === 'interaction' || causesSomething);
}
const harmLevels = new PhraseMatcher(harmObjectData.entries.filter((entry) => entry.kind === 'harm-level'));
const CLAUSE_END = /[,;:.!?]|\b(?:and|but|or|while|whereas|although|which|that)\b/i;

/** The text after a claim up to the end of its clause (punctuation, a conjunction or a relative pronoun). */
function restOfClause(text: string, from: number, sentenceEnd: number): string {
  const rest = text.slice(from, Math.max(from, sentenceEnd));
  const stop = CLAUSE_END.exec(rest);
  return stop ? rest.slice(0, stop.index) : rest;
}
const benefitNouns = new PhraseMatcher(effectData.entries.filter((entry) => entry.kind === 'effect'));

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

function messageFor(flagged: string, claim: Claim): string {
  const plain = flagged.replace(/\uFFFC/g, '\u2026'); // skipped code or URL
  const quoted = plain.length > 60 ? `${plain.slice(0, 57).trimEnd()}...` : plain;
  const strength = claim.strengtheners.length > 0 ? ` ("${claim.strengtheners.join('", "')}" make${claim.strengtheners.length === 1 ? 's' : ''} it stronger, not weaker)` : '';
  return `"${quoted}" states a health effect as fact${strength}. Unless strong evidence backs it, hedge the claim ("may help") or attribute it to its source, so readers do not take it as proven.`;
}

function suggestionsFor(block: ProseBlock, sentence: Sentence, claim: Claim): Fix[] {
  const fixes: Fix[] = [];
  const reworded = rewordGroup(block.text.slice(claim.groupStart, claim.groupEnd), claim);
  if (reworded !== undefined && block.isVerbatim(claim.groupStart, claim.groupEnd)) {
    const range = block.sourceRange(claim.groupStart, claim.groupEnd);
    fixes.push({ title: `Hedge the claim: "${reworded}"`, edits: [{ start: range.start, end: range.end, newText: reworded }] });
  }
  const attribution = attributionEdit(block, sentence, claim);
  if (attribution) fixes.push(attribution);
  return fixes;
}

/** The hedged wording of a verb group, e.g. "can effectively alleviate" -> "may help alleviate". */
export function rewordGroup(group: string, claim: Claim): string | undefined {
  const words = group.split(/\s+/);
  const last = words[words.length - 1];
  const capital = /^[A-Z]/.test(group);
  const cap = (text: string): string => (capital ? text[0].toUpperCase() + text.slice(1) : text);
  const lemma = claim.lemma;
  const particle = claim.phrase.split(/\s+/).slice(1).join(' ');
  const base = particle && !group.toLowerCase().endsWith(particle) ? lemma : claim.phrase;
  switch (claim.kind) {
    case 'predicate':
      // "has proven to be effective": a modal cannot replace the infinitive; attribution is offered instead.
      if (/^to$/i.test(words[0])) return undefined;
      // A role with its article ("is a natural remedy", "is an effective treatment") keeps the article.
      const withArticle = /^(?:a|an|the)$/i.test(words[1] ?? '');
      if (CAUSAL_ROLE_NOUNS.has(claim.trigger.toLowerCase()) || claim.trigger.toLowerCase() === 'benefit' || withArticle) {
        // "is a leading cause" -> "may be a leading cause": keep the noun phrase, hedge the verb.
        const rest = words.slice(1).join(' ');
        return cap(/^(?:was|were|been|became|remained)$/i.test(words[0]) ? `may have been ${rest}` : `may be ${rest}`);
      }
      return cap(/\b(?:was|were|been|proved|proven|became|remained)\b/i.test(group) ? `may have been ${claim.trigger}` : `may be ${claim.trigger}`);
    case 'nominal':
      // A named effect with no verb ("the benefits of", "beneficial effects of"): call it possible.
      if (claim.verbKind === 'predicate') return cap(`possible ${group[0].toLowerCase()}${group.slice(1)}`);
      // "was followed by an improvement" -> "may have been followed by".
      if (claim.verbKind === 'sequel') return cap(`may have been ${last}`);
      // "A reduction was seen with X": no verb group to hedge in place; attribution is offered instead.
      if (claim.verbKind === 'observed') return undefined;
      // A result reported as shown ("the trial showed a reduction"): "suggested" reports it as evidence, not proof.
      if (claim.verbKind === 'finding') {
        const suggested = claim.form === 'ed' ? 'suggested' : claim.form === 's' ? 'suggests' : 'suggest';
        return cap(words.length > 1 && /^(?:has|have|had)$/i.test(words[0]) ? `${words[0].toLowerCase()} ${suggested}` : suggested);
      }
      if (claim.form === 'ing') return cap(`potentially ${last}`);
      if (claim.form === 'ed') return cap(`may have ${last}`);
      return cap(`may ${claim.lemma}`);
    case 'verb': {
      if (claim.verbKind === 'help') return cap(`may ${group.replace(/^.*?\b(help\w*)/i, 'help').replace(/^help\w*/i, 'help')}`);
      if (claim.form === 'ing') return cap(`potentially ${words.slice(words.findIndex((word) => word.toLowerCase().startsWith(lemma.slice(0, 3)))).join(' ')}`);
      if (claim.form === 'ed') {
        const verbAt = words.findIndex((word) => word.toLowerCase() === claim.trigger.toLowerCase());
        const participle = words.slice(verbAt).join(' ');
        const passive = words.slice(0, verbAt).some((word) => /^(?:is|are|was|were|be|been)$/i.test(word));
        if (passive) return cap(/^(?:is|are|be)$/i.test(words[verbAt - 1] ?? '') ? `may be ${participle}` : `may have been ${participle}`);
        return cap(`may have ${participle}`);
      }
      if (lemma === 'cure') return cap('may help with');
      if (claim.verbKind === 'benefit') return cap(`may help ${base}`);
      return cap(`may ${base}`);
    }
  }
  return undefined;
}

/** "Some studies suggest that ..." before the sentence (after an opening connective), lower-casing its first word. */
function attributionEdit(block: ProseBlock, sentence: Sentence, claim: Claim): Fix | undefined {
  // "The trial showed ..." already names its source; "suggested" is the rewording it needs.
  if (claim.verbKind === 'finding') return undefined;
  const opener = CONNECTIVE_OPENER.exec(sentence.text);
  const insertAt = sentence.start + (opener ? opener[0].length : 0);
  // Only when the claim belongs to the sentence's main clause, which starts the sentence:
  // "Some studies suggest that when ingested, ..." or "... that many users report that ..." reads badly.
  const lead = block.text.slice(insertAt, claim.groupStart);
  // A claim that starts the sentence is reworded in place; one with no rewording may still be attributed.
  const startsSentence = claim.groupStart < insertAt || (claim.groupStart === insertAt && claim.verbKind !== 'observed');
  if (startsSentence || /[,;:()\u2013\u2014]/.test(lead) || EMBEDDING_WORDS.test(lead) || SUBORDINATE_OPENER.test(lead)) return undefined;
  const firstWord = /^[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/u.exec(block.text.slice(insertAt));
  if (!firstWord) return undefined;
  const word = firstWord[0];
  const wordEnd = insertAt + word.length;
  if (!block.isVerbatim(insertAt, wordEnd)) return undefined;
  const following = /^\s+([\p{L}]+)/u.exec(block.text.slice(wordEnd));
  const properName = TITLE_WORDS.has(word) || /^[\p{Lu}][\p{Ll}]+$/u.test(following?.[1] ?? '') && /^[\p{Lu}]/u.test(word);
  const lowered = !properName && /^[\p{Lu}][\p{Ll}'\u2019-]*$/u.test(word) ? word[0].toLowerCase() + word.slice(1) : word;
  const prefix = opener ? 'some studies suggest that ' : 'Some studies suggest that ';
  const range = block.sourceRange(insertAt, wordEnd);
  return { title: 'Attribute the claim: "Some studies suggest that ..."', edits: [{ start: range.start, end: range.end, newText: prefix + lowered }] };
}
