// uncited-evidence: an appeal to research ("studies show", "clinically proven", "One study
// published in 2016 found", "Clinical studies have indicated") with no source a reader
// could check in the same sentence or the next: no link, no [1] or (Smith et al., 2020),
// no DOI or PMID, no named journal or institution.

import { PhraseMatcher, WordSet, type LexiconEntry } from '../engine/phrases.js';
import type { SentenceRule } from '../engine/rule.js';
import { wordsOfSentence, type Sentence } from '../engine/sentences.js';
import evidence from '../data/evidence-phrases.json';
import { hasSource } from './context/citations.js';
import { commercialLinkIndexes } from './links/commercial.js';
import { contextReason, isNegated, quotedSpans, sentenceWords } from './context/sentence-context.js';

const fixedPhrases = new PhraseMatcher<LexiconEntry>(evidence.entries);

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (entries: readonly { phrase: string }[]) =>
  entries
    .map((entry) => entry.phrase)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/** Words that may stand before the evidence noun: "one", "a growing body of", "clinical", "2016". */
const MODIFIER =
  '(?:one|a|an|another|some|several|many|numerous|multiple|recent|new|newer|early|earlier|preliminary|emerging|existing|current|further|more|most|large|small|clinical|scientific|medical|published|peer-reviewed|independent|human|animal|laboratory|lab|ongoing|growing|body|of|number|randomi[sz]ed|controlled|double-blind|placebo-controlled|observational|(?:19|20)\\d\\d)';
/** "published in 2016", "from 2020", "of 500 adults", "conducted on humans". */
const QUALIFIER = '(?:\\s+(?:published|conducted|carried\\s+out|done|performed|from|in|of|on|with|involving)\\s+[^,.;:!?]{1,40}?)?';
const AUXILIARY = '(?:\\s+(?:have|has|had|also|consistently|repeatedly|now|already|clearly|even|all|largely|generally|increasingly))*';
const EVIDENCE_CLAIM = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${MODIFIER}\\s+){0,4}(?:${alternation(evidence.nouns)})${QUALIFIER}${AUXILIARY}\\s+(?:${alternation(evidence.verbs)})(?![\\p{L}-])`,
  'giu',
);

/** A determiner that points back to a study already named: "the study found", "these findings suggest". */
const ANAPHORIC = new Set('the this these that those such our their its his her said same'.split(' '));
/** Nouns that "the" makes specific; "the research shows" and "the evidence suggests" stay generic. */
const SPECIFIC_AFTER_THE = new Set('study trial paper review meta-analysis authors researchers findings results data survey investigation experiment'.split(' '));

interface EvidenceHit {
  start: number;
  end: number;
}

/** Single words (nouns are one word each, hyphens included): a sentence without one cannot match EVIDENCE_CLAIM. */
const EVIDENCE_NOUNS = new WordSet(evidence.nouns.map((entry) => entry.phrase.toLowerCase()));

function evidenceHits(text: string, sentence: Sentence): EvidenceHit[] {
  const hits: EvidenceHit[] = [];
  const words = wordsOfSentence(sentence);
  // The pattern is long; most sentences name no study, so a word lookup decides first.
  if (EVIDENCE_NOUNS.hasAny(words)) {
    const slice = text.slice(sentence.start, sentence.end);
    EVIDENCE_CLAIM.lastIndex = 0;
    for (let match = EVIDENCE_CLAIM.exec(slice); match; match = EVIDENCE_CLAIM.exec(slice)) {
      const start = sentence.start + match.index;
      hits.push({ start, end: start + match[0].length });
    }
  }
  for (const match of fixedPhrases.findLongest(words)) hits.push({ start: match.start, end: match.end });
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** "the study found" refers back to a study the text has named; "anecdotal evidence suggests" is another rule's business. */
function isExcludedSubject(text: string, hit: EvidenceHit, sentenceStart: number): boolean {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(sentenceStart, hit.start - 30), hit.start));
  const firstWord = /^\p{L}[\p{L}-]*/u.exec(text.slice(hit.start, hit.end))?.[0].toLowerCase() ?? '';
  if (firstWord === 'anecdotal' || before?.[1].toLowerCase() === 'anecdotal') return true;
  if (!before) return false;
  const determiner = before[1].toLowerCase();
  if (!ANAPHORIC.has(determiner)) return false;
  return determiner !== 'the' || SPECIFIC_AFTER_THE.has(firstWord);
}

/**
 * "What the research says", "What large trials found", "how studies show ...": an indirect
 * question announces what the text will report (often as a heading over the cited passage);
 * it does not itself claim a finding.
 */
const QUESTION_WORDS = new Set(['what', 'how', 'whether', 'why', 'which', 'where', 'when']);
function isIndirectQuestion(text: string, hit: EvidenceHit, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, hit.start - 24), hit.start).toLowerCase();
  const words = before.match(/\p{L}+/gu) ?? [];
  let last = words.pop();
  if (last === 'the') last = words.pop();
  return last !== undefined && QUESTION_WORDS.has(last) && /\s$/.test(before);
}

export const uncitedEvidence: SentenceRule = {
  meta: {
    id: 'uncited-evidence',
    description: 'Appeals to research ("studies show", "clinically proven") with no citation nearby.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
  },
  scope: 'sentence',
  check({ block, sentences, next }, context) {
    const text = block.text;
    const quotes = quotedSpans(block);
    let shopLinks: ReadonlySet<number> | undefined;
    const sourced = (sentence: Sentence | undefined): boolean => {
      if (!sentence) return false;
      // A shop or affiliate link is not a source for a research claim.
      shopLinks ??= commercialLinkIndexes(block, context.settings);
      return hasSource(block, sentence, { ignoredLinks: shopLinks });
    };
    sentences.forEach((sentence, index) => {
      const hits = evidenceHits(text, sentence);
      if (hits.length === 0) return;
      if (sourced(sentence) || sourced(sentences[index + 1] ?? next)) return;
      const view = sentenceWords(sentence);
      let coveredUntil = -1;
      for (const hit of hits) {
        if (hit.start < coveredUntil) continue;
        if (isExcludedSubject(text, hit, sentence.start) || isIndirectQuestion(text, hit, sentence.start)) continue;
        if (contextReason(block, quotes, view, hit.start, hit.end)) continue;
        if (isNegated(text, view, hit.start, 2)) continue;
        coveredUntil = hit.end;
        const phrase = text.slice(hit.start, hit.end);
        context.report({
          ...block.sourceRange(hit.start, hit.end),
          message: `"${phrase}" appeals to research without saying which. Cite it (a link, a reference such as [1] or (Author, year), or the journal) in this sentence or the next, so readers can judge how strong the evidence is.`,
        });
        break; // one finding per sentence: the citation fixes them all
      }
    });
  },
};
