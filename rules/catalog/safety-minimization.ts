// safety-minimization: wording that plays down the risks of a product ("completely safe",
// "no side effects", "non-addictive", "without the addictive risks of opioids", "natural, so
// it is safe"). Negated, hedged, reported, quoted and questioned forms are the writer being
// careful and stay clean: "no product is risk-free", "is generally harmless", "users
// reported no side effects", "Is kratom completely safe?".

import { PhraseMatcher, type LexiconEntry } from '../engine/phrases.js';
import type { SentenceRule } from '../engine/rule.js';
import type { Word } from '../engine/sentences.js';
import type { Fix } from '../engine/types.js';
import type { ProseBlock } from '../engine/prose.js';
import lexicon from '../data/safety-minimization.json';
import { hasSource } from './context/citations.js';
import { clauseWordsBefore, contextReason, isHedged, isNegated, quotedSpans, sentenceWords, type SentenceWords } from './context/sentence-context.js';

const matcher = new PhraseMatcher<LexiconEntry>(lexicon.entries);

/** Harms that "without ..." can deny. */
const HARM_WORDS = new Set(
  'addiction addictive dependency dependence dependent habit-forming withdrawal tolerance overdose toxicity toxic harm harms danger dangers dangerous risk risks adverse side-effects'.split(' '),
);
/** "without the same level of sedation": a comparison, not a denial of the harm. */
const COMPARATIVE_WORDS = new Set('same as much many level levels degree extent usual typical severe intense strong'.split(' '));
/** A study result reported in the past tense ("participants reported no side effects") is a finding, not a promise. */
const REPORTED_FINDING = new Set('reported observed noted found experienced recorded documented'.split(' '));
/** Words inside a wildcard match that reverse it ("natural, so it isn't safe"). */
const NEGATIONS = new Set("not no never isn't aren't wasn't doesn't don't cannot can't".split(' '));
/** "no risk factors" is not a safety promise. */
const NOT_AFTER_RISK = new Set('factor factors assessment assessments score scores group groups'.split(' '));

interface Hit {
  start: number;
  end: number;
  entry?: LexiconEntry;
  /** End of the clause a "without ..." phrase opens, for the removal suggestion. */
  clauseEnd?: number;
}

function withoutHits(text: string, words: readonly Word[], sentenceEnd: number): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i].norm !== 'without') continue;
    for (let j = i + 1; j < Math.min(words.length, i + 7); j++) {
      // Stop at clause punctuation between the words.
      if (/[,;:.!?()]/.test(text.slice(words[j - 1].end, words[j].start))) break;
      const norm = words[j].norm;
      if (COMPARATIVE_WORDS.has(norm)) break;
      if (isHarmAt(words, j)) {
        // Take in the rest of the harm: "addictive risks", "risk of addiction", "side effects".
        let last = j;
        for (;;) {
          if (words[last].norm === 'side' && words[last + 1]?.norm === 'effects') last++;
          else if (isHarmAt(words, last + 1)) last++;
          else if (words[last + 1]?.norm === 'of' && isHarmAt(words, last + 2)) last += 2;
          else break;
        }
        const end = words[last].end;
        hits.push({ start: words[i].start, end, clauseEnd: clauseEndAfter(text, end, sentenceEnd) });
        break;
      }
    }
  }
  return hits;
}

function isHarmAt(words: readonly Word[], index: number): boolean {
  const word = words[index];
  if (!word) return false;
  return HARM_WORDS.has(word.norm) || (word.norm === 'side' && words[index + 1]?.norm === 'effects');
}

/** Where the clause a "without ..." phrase sits in ends; undefined when it runs on too long to remove safely. */
function clauseEndAfter(text: string, from: number, sentenceEnd: number): number | undefined {
  const limit = Math.min(sentenceEnd, from + 200);
  for (let i = from; i < limit; i++) {
    if (/[,;:.!?()\u2014]/.test(text[i])) return i;
  }
  return limit === sentenceEnd ? sentenceEnd : undefined;
}

function lexiconHits(view: SentenceWords): Hit[] {
  const hits: Hit[] = [];
  for (const match of matcher.findLongest(view.words)) {
    const matched = view.words.slice(match.firstWord, match.endWord);
    if (match.entry.phrase.includes('*') && matched.slice(1).some((word) => NEGATIONS.has(word.norm))) continue;
    const last = matched[matched.length - 1].norm;
    if (last === 'risk' || last === 'risks') {
      const next = view.words[match.endWord];
      if (NOT_AFTER_RISK.has(next?.norm ?? '')) continue;
      // "no risk of radiation exposure" denies a harm that may truly be absent; "no risk of addiction" does not.
      if (next?.norm === 'of' && !isHarmAt(view.words, match.endWord + 1) && !isHarmAt(view.words, match.endWord + 2)) continue;
    }
    hits.push({ start: match.start, end: match.end, entry: match.entry });
  }
  return hits;
}

/**
 * "Harmless for most people", "safe at recommended doses", "non-addictive when taken as
 * directed": a qualifier right after the term limits the promise, as "most" does before it.
 */
const AFTER_QUALIFIER = /^\s*(?:for\s+most\s+(?:people|adults|users|patients|children)|in\s+most\s+(?:people|cases|adults)|at\s+(?:the\s+)?(?:recommended|usual|normal|labell?ed)\s+doses?|when\s+(?:taken|used)\s+as\s+(?:directed|prescribed|recommended))\b/i;
function isQualifiedAfter(text: string, end: number, sentenceEnd: number): boolean {
  return AFTER_QUALIFIER.test(text.slice(end, Math.min(sentenceEnd, end + 50)));
}

/** "Kratom is completely safe, vendors claim, but ...": a claim verb reported after the statement. ("..., experts say" stays reported: "say" vouches, "claim" distances.) */
const POSTPOSED_CLAIM = /^[^.;:!?]{0,30}?,\s*(?:\p{L}+\s+){0,3}?(?:claims?|claimed|alleges?|alleged|insists?|insisted|contends?|contended)\b/iu;
function isClaimReportedAfter(text: string, end: number, sentenceEnd: number): boolean {
  return POSTPOSED_CLAIM.test(text.slice(end, Math.min(sentenceEnd, end + 80)));
}

function isReportedFinding(text: string, view: SentenceWords, start: number): boolean {
  return clauseWordsBefore(text, view.words, start, 12).some((word) => REPORTED_FINDING.has(word.norm));
}

function matchCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

function suggestionsFor(block: ProseBlock, hit: Hit): Fix[] {
  const text = block.text;
  const phrase = text.slice(hit.start, hit.end);
  if (hit.entry?.replacement && block.isVerbatim(hit.start, hit.end)) {
    const replacement = matchCase(phrase, hit.entry.replacement);
    return [{ title: `Replace "${phrase}" with "${replacement}" (needs evidence too)`, edits: [{ ...block.sourceRange(hit.start, hit.end), newText: replacement }] }];
  }
  if (hit.clauseEnd !== undefined) {
    // Remove the "without ..." modifier with the space before it, up to the end of its clause.
    let start = hit.start;
    while (start > 0 && text[start - 1] === ' ') start--;
    if (start < hit.start && block.isVerbatim(start, hit.clauseEnd)) {
      const removed = text.slice(hit.start, hit.clauseEnd);
      return [{ title: `Remove "${removed}"`, edits: [{ ...block.sourceRange(start, hit.clauseEnd), newText: '' }] }];
    }
  }
  return [];
}

export const safetyMinimization: SentenceRule = {
  meta: {
    id: 'safety-minimization',
    description: 'Wording that plays down risk: "completely safe", "no side effects", "non-addictive", "without the risks of ...".',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  scope: 'sentence',
  check({ block, sentences }, context) {
    const text = block.text;
    const quotes = quotedSpans(block);
    for (const sentence of sentences) {
      const view = sentenceWords(sentence);
      // A safety statement attributed to a named body or a citation ("not addictive, according to
      // the WHO") is reported information; links do not count, since sales pages link to shops.
      const hits = [...lexiconHits(view), ...withoutHits(text, view.words, sentence.end)].sort((a, b) => a.start - b.start);
      if (hits.length === 0 || hasSource(block, sentence, { links: false })) continue;
      let coveredUntil = -1;
      for (const hit of hits) {
        if (hit.start < coveredUntil) continue;
        if (contextReason(block, quotes, view, hit.start, hit.end)) continue;
        if (isNegated(text, view, hit.start)) continue;
        if (isHedged(text, view, hit.start, context.settings.extraHedges)) continue;
        if (isReportedFinding(text, view, hit.start)) continue;
        if (isQualifiedAfter(text, hit.end, sentence.end) || isClaimReportedAfter(text, hit.end, sentence.end)) continue;
        coveredUntil = hit.end;
        const phrase = text.slice(hit.start, hit.end);
        const why = hit.entry?.note ?? 'It denies a harm (dependence, side effects, risk) that the evidence does not rule out.';
        context.report({
          ...block.sourceRange(hit.start, hit.end),
          message: `"${phrase}" plays down risk. ${why} Safety claims need evidence as strong as efficacy claims (FTC); say what is known about side effects, dependence and interactions.`,
          suggestions: suggestionsFor(block, hit),
        });
      }
    }
  },
};
