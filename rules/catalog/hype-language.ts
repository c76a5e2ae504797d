// hype-language: sensational words ("miracle", "breakthrough", "game-changer", "superfood",
// "detox your body", "doctors hate ...") that promise more than any treatment delivers.
//
// The terms live in rules/data/hype-terms.json, each with its source. Medical terms that
// contain a hype word ("breakthrough pain", "Breakthrough Therapy designation") live in
// rules/data/hype-exceptions.json and are never reported. Bare "secret" and "detox" are not
// in the list on purpose: "trade secret" and "opioid detoxification" are ordinary words;
// only the promotional phrases ("secret ingredient", "detox your body") are.

import type { SentenceRule } from '../engine/rule.js';
import { PhraseMatcher, type LexiconEntry } from '../engine/phrases.js';
import hypeTerms from '../data/hype-terms.json';
import hypeExceptions from '../data/hype-exceptions.json';
import { isDistanced, isNegated, isQuestion, quotedSpans, sentenceWords } from './context/sentence-context.js';
import { insideSpan, lexiconSuggestions } from './support/prose-edits.js';

const termMatcher = new PhraseMatcher<LexiconEntry>(hypeTerms.entries);
const exceptionMatcher = new PhraseMatcher<LexiconEntry>(hypeExceptions.entries);

const DETOX_SOURCES = new Set(['nccih-detox', 'klein-kiat-2015']);

/**
 * Verbs that report someone else's label for a thing: "researchers called the finding a
 * breakthrough", "patients described it as life-changing", "critics dubbed it a miracle
 * pill". The writer reports the word; it is not the writer's hype. Past tense only: the
 * present is the ad copy's appeal to authority ("Doctors are calling it a breakthrough"),
 * and not when the writer is the one naming ("we called it a miracle").
 */
const NAMING_VERBS = new Set(
  'called described dubbed hailed heralded branded labelled labeled termed nicknamed touted'.split(' '),
);
const FIRST_PERSON = new Set(['i', 'we', "i'd", "we'd", "i'm", "we're", 'our', 'my', 'us', 'me']);
function isReportedLabel(words: readonly { norm: string }[], termFirstWord: number): boolean {
  for (let i = termFirstWord - 1; i >= Math.max(0, termFirstWord - 6); i--) {
    if (!NAMING_VERBS.has(words[i].norm)) continue;
    const subject = words.slice(Math.max(0, i - 4), i);
    return subject.length > 0 && !subject.some((word) => FIRST_PERSON.has(word.norm));
  }
  return false;
}

export const hypeLanguage: SentenceRule = {
  meta: {
    id: 'hype-language',
    description: 'Sensational terms ("miracle", "breakthrough", "game-changer", "superfood", "detox your body") that overstate what a treatment or product does.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  scope: 'sentence',
  check({ block, sentences }, context) {
    if (block.context.quoted) return;
    const quotes = quotedSpans(block);
    for (const sentence of sentences) {
      if (isQuestion(sentence)) continue;
      const words = sentenceWords(sentence);
      const matches = termMatcher.findLongest(words.words);
      if (matches.length === 0) continue;
      const inException = coveredWords(words.words.length, exceptionMatcher.findAll(words.words));
      for (const match of matches) {
        if (inException[match.firstWord] && inException[match.endWord - 1]) continue;
        if (insideSpan(quotes, match.start, match.end) || isDistanced(words, match.start)) continue;
        if (isNegated(block.text, words, match.start)) continue;
        if (match.firstWord > 0 && words.words[match.firstWord - 1].norm === 'so-called') continue;
        if (isReportedLabel(words.words, match.firstWord)) continue;
        const term = block.text.slice(match.start, match.end);
        context.report({
          ...block.sourceRange(match.start, match.end),
          message: messageFor(term, match.entry),
          suggestions: lexiconSuggestions(block, words.words, match),
        });
      }
    }
  },
};

function messageFor(term: string, entry: LexiconEntry): string {
  if (entry.source && DETOX_SOURCES.has(entry.source)) {
    return `"${term}" is a detox claim: the liver and kidneys clear waste, and no good evidence shows that detox products remove toxins. Name a specific, supported effect or cut the claim.`;
  }
  if (entry.source === 'conspiracy') {
    return `"${term}" is a hidden-cure hook, a classic sign of health fraud (FDA). Cut it and state what the evidence shows.`;
  }
  return `"${term}" is hype: sensational words promise more than a treatment delivers and mislead readers. Say what it does, for whom and how well, or cut the word.`;
}

/** Marks the words covered by any of the matches (one pass, so long sentences stay linear). */
function coveredWords(count: number, matches: readonly { firstWord: number; endWord: number }[]): Uint8Array {
  const covered = new Uint8Array(count);
  for (const match of matches) covered.fill(1, match.firstWord, match.endWord);
  return covered;
}
