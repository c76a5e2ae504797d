// absolute-language: effect claims stated as certainties: "always works", "never fails",
// "guaranteed results", "100% effective", "works for everyone", "proven to", "instantly
// relieves", "permanently cures". No treatment works for everyone every time, and regulators
// treat such words as claims needing proof (FTC) or as signs of fraud (FDA).
//
// Good writing also uses "always" and "never": "always consult your doctor", "never exceed the
// dose". Those are advice, so the lexicon (rules/data/absolute-terms.json) pairs "always" and
// "never" only with effect words, and an imperative "Always ..." is skipped as well. Absolute
// safety claims ("100% safe") belong to safety-minimization, "clinically proven" to
// uncited-evidence, so that one phrase is not reported twice.

import type { SentenceRule } from '../engine/rule.js';
import { PhraseMatcher, type LexiconEntry, type PhraseMatch } from '../engine/phrases.js';
import type { Word } from '../engine/sentences.js';
import absoluteTerms from '../data/absolute-terms.json';
import { clauseWordsBefore, isDistanced, isNegated, isQuestion, quotedSpans, sentenceWords } from './context/sentence-context.js';
import { insideSpan, lexiconSuggestions } from './support/prose-edits.js';

const termMatcher = new PhraseMatcher<LexiconEntry>(absoluteTerms.entries);

/** Entries that are absolute only beside an effect: "instantly relieves" yes, "stop instantly" no. */
const NEEDS_NEARBY_EFFECT = new Set(['instantly', 'permanently', 'every time']);

/** Effect words that make "instantly", "permanently" or "every time" a promise. */
const EFFECT_WORDS = new Set([
  'relieve', 'relieves', 'relieved', 'relief', 'work', 'works', 'worked', 'cure', 'cures', 'cured', 'heal', 'heals', 'healed',
  'eliminate', 'eliminates', 'remove', 'removes', 'fix', 'fixes', 'reverse', 'reverses', 'end', 'ends', 'ease', 'eases',
  'calm', 'calms', 'boost', 'boosts', 'improve', 'improves', 'reduce', 'reduces', 'stop', 'stops', 'results', 'gone',
  'disappear', 'disappears', 'vanish', 'vanishes', 'feel', 'better', 'effective', 'help', 'helps', 'kills', 'clears',
]);

/** Evidence that can stand behind "proven": trials and their syntheses, named in the sentence. */
const HUMAN_TRIALS = /\b(?:trials?|meta-analys[ie]s|systematic reviews?|randomi[sz]ed)\b/i;

/** A word before "always"/"never" that makes the clause advice ("you should always ..."). */
const ADVICE_LEAD = new Set(['should', 'must', 'you', 'please', 'to', 'and', 'but', 'so']);

export const absoluteLanguage: SentenceRule = {
  meta: {
    id: 'absolute-language',
    description: 'Effect claims stated as certainties ("always works", "guaranteed results", "100% effective", "proven to", "instantly relieves", "permanently cures").',
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
      const namesTrials = HUMAN_TRIALS.test(sentence.text);
      for (const match of matches) {
        if (insideSpan(quotes, match.start, match.end) || isDistanced(words, match.start)) continue;
        if (isNegated(block.text, words, match.start)) continue;
        const phrase = match.entry.phrase;
        if (NEEDS_NEARBY_EFFECT.has(phrase) && !effectNearby(block.text, words.words, match)) continue;
        if (phrase === 'guaranteed' && !standsAlone(block.text, words.words, match)) continue;
        // "Exercise is proven to lower blood pressure in many large trials" names its proof.
        if (/proven/.test(phrase) && namesTrials) continue;
        if (/^(always|never) /.test(phrase) && isAdvice(block.text, words.words, match)) continue;
        const term = block.text.slice(match.start, match.end).replace(/\s+/g, ' ');
        context.report({
          ...block.sourceRange(match.start, match.end),
          message: messageFor(term, phrase),
          suggestions: lexiconSuggestions(block, words.words, match),
        });
      }
    }
  },
};

function effectNearby(text: string, words: readonly Word[], match: PhraseMatch<LexiconEntry>): boolean {
  const before = match.entry.phrase === 'every time' ? 3 : 2;
  for (let i = Math.max(0, match.firstWord - before); i < Math.min(words.length, match.endWord + 2); i++) {
    if (i >= match.firstWord && i < match.endWord) continue;
    if (!EFFECT_WORDS.has(words[i].norm)) continue;
    // An effect verb opening its clause is an instruction: "Stop instantly if you feel dizzy."
    if (clauseWordsBefore(text, words, words[i].start, 1).length === 0) continue;
    return true;
  }
  return false;
}

/** "It works for everyone, guaranteed.": the word is a clause of its own, after a comma or dash. */
function standsAlone(text: string, words: readonly Word[], match: PhraseMatch<LexiconEntry>): boolean {
  const previous = words[match.firstWord - 1];
  const next = words[match.endWord];
  if (!previous || !/[,\u2014\u2013]/.test(text.slice(previous.end, match.start))) return false;
  return !next || /[.!;,]/.test(text.slice(match.end, next.start));
}

/**
 * "Always take it with food", "you should never ...": an instruction, not a claim. A clause
 * that opens with "always"/"never" is an imperative only when a base-form verb follows:
 * "Never exceed ..." is advice, "Never fails" and "Always effective" are claims.
 */
function isAdvice(text: string, words: readonly Word[], match: PhraseMatch<LexiconEntry>): boolean {
  const previous = clauseWordsBefore(text, words, match.start, 3);
  if (previous.length === 0) {
    const following = words[match.firstWord + 1]?.norm ?? '';
    return !/(?:s|ed)$/.test(following) && !ADJECTIVES.has(following);
  }
  return previous.length <= 2 && ADVICE_LEAD.has(previous[previous.length - 1].norm);
}

const ADJECTIVES = new Set(['effective', 'successful', 'beneficial']);

function messageFor(term: string, phrase: string): string {
  if (/proven/.test(phrase)) {
    return `"${term}" claims a level of proof (FTC: randomized human trials) that health writing rarely has. Name the evidence and its limits, or hedge.`;
  }
  if (/guarantee/.test(phrase)) {
    return `"${term}" promises a result no health product can guarantee; "guaranteed results" is a warning sign of health fraud (FDA). Say what the evidence shows, for whom.`;
  }
  if (/instant|permanent/.test(phrase)) {
    return `"${term}" promises a speed or permanence of effect that few treatments have; quick and permanent fixes are warning signs of health fraud (FDA). Say how soon and how long, as measured.`;
  }
  return `"${term}" is absolute: no treatment works for everyone, every time. Say how often and for whom it worked, or hedge.`;
}
