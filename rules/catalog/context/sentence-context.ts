// Context that decides whether a phrase in a sentence is the writer's own claim: negation
// ("is not completely safe"), attribution or mention ("marketed as harmless", "avoid phrases
// like ..."), questions, quotation marks, hedges. Shared by the catalog rules
// (dosage-instruction, safety-minimization, disease-claim, uncited-evidence,
// missing-supplement-disclaimer and others), so that all of them read context the same way.
//
// All offsets are prose offsets of one block.

import { PhraseMatcher, type LexiconEntry } from '../../engine/phrases.js';
import { wordsOfSentence, type Sentence, type Word } from '../../engine/sentences.js';
import type { Range } from '../../engine/types.js';
import { quotationSpans } from '../../engine/quotes.js';
import negationCues from '../../data/negation-cues.json';
import distancingCues from '../../data/distancing-cues.json';
import sharedHedges from '../../data/hedges.json';
import contextHedges from '../../data/context-hedges.json';

const negationMatcher = new PhraseMatcher<LexiconEntry>(negationCues.entries);
const distancingMatcher = new PhraseMatcher<LexiconEntry>(distancingCues.entries);

/** One sentence with its words (prose offsets of the block). */
export interface SentenceWords {
  sentence: Sentence;
  words: readonly Word[];
}

export function sentenceWords(sentence: Sentence): SentenceWords {
  return { sentence, words: wordsOfSentence(sentence) };
}

/** Clause openers: a negation or hedge before one of these does not reach past it. */
const CLAUSE_WORDS = new Set(['but', 'although', 'though', 'whereas', 'while', 'yet', 'however', 'because', 'since', 'unless', 'which', 'and']);
const CLAUSE_PUNCTUATION = /[,;:()\u2014\u2013]/;

/**
 * Where the clause holding `offset` starts: after the last clause punctuation or clause
 * opener before it. Scans back to the sentence start; prefer `clauseWordsBefore` in loops.
 */
export function clauseStart(text: string, sentence: Sentence, words: readonly Word[], offset: number): number {
  let start = sentence.start;
  for (let i = offset - 1; i >= sentence.start; i--) {
    if (CLAUSE_PUNCTUATION.test(text[i])) {
      start = i + 1;
      break;
    }
  }
  for (const word of words) {
    if (word.end > offset) break;
    if (word.start >= start && CLAUSE_WORDS.has(word.norm)) start = word.end;
  }
  return start;
}

/** Number of words that end at or before `offset` (binary search: words are in order). */
export function wordsEndingBy(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words[mid].end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The words of the clause before `offset`, at most `maxWords` of them: the window a negation,
 * hedge or subject must sit in. The clause starts after the last clause punctuation or clause
 * opener ("It is not cheap, but it is completely safe": the "not" belongs to the first clause).
 * Bounded, so checking every phrase of a long sentence stays linear.
 */
export function clauseWordsBefore(text: string, words: readonly Word[], offset: number, maxWords: number): Word[] {
  const end = wordsEndingBy(words, offset);
  const begin = Math.max(0, end - maxWords);
  for (let i = end - 1; i >= begin; i--) {
    const gapEnd = i + 1 < end ? words[i + 1].start : offset;
    if (CLAUSE_PUNCTUATION.test(text.slice(words[i].end, gapEnd)) || CLAUSE_WORDS.has(words[i].norm)) return words.slice(i + 1, end);
  }
  return words.slice(begin, end);
}

/** A cue that ends at most `maxGapWords` words before the end of the window. */
function cueInWindow(matcher: PhraseMatcher<LexiconEntry>, window: readonly Word[], maxGapWords: number): boolean {
  return matcher.findLongest(window).some((match) => window.length - match.endWord <= maxGapWords);
}

/** Longest cue we look for, in words; the window must hold a cue plus the gap after it. */
const LONGEST_CUE = 4;

/** A negation in the same clause, at most `maxGapWords` words before the phrase ("no product is risk-free"). */
export function isNegated(text: string, { words }: SentenceWords, phraseStart: number, maxGapWords = 5): boolean {
  return cueInWindow(negationMatcher, clauseWordsBefore(text, words, phraseStart, maxGapWords + LONGEST_CUE), maxGapWords);
}

const firstDistancingCue = new WeakMap<SentenceWords, number>();

/** An attribution, mention or "no evidence that" cue anywhere earlier in the sentence. */
export function isDistanced(view: SentenceWords, phraseStart: number): boolean {
  let cueEnd = firstDistancingCue.get(view);
  if (cueEnd === undefined) {
    cueEnd = distancingMatcher.findLongest(view.words)[0]?.end ?? Number.POSITIVE_INFINITY;
    firstDistancingCue.set(view, cueEnd);
  }
  return cueEnd <= phraseStart;
}

/** The sentence asks rather than states ("Is kratom completely safe?"). */
export function isQuestion(sentence: Sentence): boolean {
  // Look only at the end: a regex anchored with $ would scan the whole sentence on every call.
  const tail = sentence.text.slice(-8);
  return /\?["'\u201d\u2019)\]]*$/.test(tail);
}

/** The shared hedge lexicon's doubt and attribution cues; its 'uncertainty' cues ("should", "if") do not soften a safety promise. */
const SOFTENING_HEDGE_KINDS = new Set(['modal', 'epistemic', 'attribution']);
const softeningHedges: LexiconEntry[] = [
  ...sharedHedges.entries.filter((entry) => SOFTENING_HEDGE_KINDS.has(entry.kind)),
  ...contextHedges.entries,
];
const hedgeMatchers = new Map<string, PhraseMatcher<LexiconEntry>>();

/** The softening hedges plus the user's `lexicon.hedges`; built once per distinct list. */
function hedgeMatcher(extraHedges: readonly string[]): PhraseMatcher<LexiconEntry> {
  const key = extraHedges.join('\n');
  let matcher = hedgeMatchers.get(key);
  if (!matcher) {
    matcher = new PhraseMatcher<LexiconEntry>([...softeningHedges, ...extraHedges.map((phrase) => ({ phrase, source: 'user configuration' }))]);
    if (hedgeMatchers.size > 16) hedgeMatchers.clear();
    hedgeMatchers.set(key, matcher);
  }
  return matcher;
}

/** A hedge in the same clause before the phrase ("may be non-addictive", "is generally harmless"). */
export function isHedged(text: string, { words }: SentenceWords, phraseStart: number, extraHedges: readonly string[] = [], maxGapWords = 6): boolean {
  return cueInWindow(hedgeMatcher(extraHedges), clauseWordsBefore(text, words, phraseStart, maxGapWords + LONGEST_CUE), maxGapWords);
}

/**
 * Spans of a block's prose inside quotation marks (see `quotationSpans`). A sentence rule's
 * block may be a part of a longer one: its spans then come from the whole block, so a
 * quotation opened in an earlier sentence still covers this one.
 */
export function quotedSpans(block: string | { readonly text: string; readonly quotes?: readonly Range[] }): readonly Range[] {
  // A bare text is taken as a whole block's.
  if (typeof block === 'string') return quotationSpans(block);
  return block.quotes ?? quotationSpans(block.text);
}

/** Whether [start, end) lies inside one of the spans (sorted, not overlapping). */
export function isInside(spans: readonly Range[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start <= start) low = mid + 1;
    else high = mid;
  }
  const span = spans[low - 1];
  return span !== undefined && end <= span.end;
}

/**
 * Why a phrase at [start, end) is not the writer's own assertion, or undefined when it is.
 * Covers what every claim-like rule treats as context: block quotations, quotation marks,
 * questions, attribution and mention. Negation and hedges are left to each rule, since
 * they mean different things to different rules (a hedged disease claim is still one).
 */
export function contextReason(
  block: { text: string; context: { quoted: boolean } },
  quotes: readonly Range[],
  sentence: SentenceWords,
  start: number,
  end: number,
): 'blockquote' | 'quotation' | 'question' | 'distanced' | undefined {
  if (block.context.quoted) return 'blockquote';
  if (isInside(quotes, start, end)) return 'quotation';
  if (isQuestion(sentence.sentence)) return 'question';
  if (isDistanced(sentence, start)) return 'distanced';
  return undefined;
}
