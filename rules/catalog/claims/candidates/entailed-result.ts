// A result entailed by "mean": "More exercise means fewer heart attacks", "Giving iron to pregnant
// women meant fewer premature births". "Mean" with a comparative and a health concept after it says
// that one thing brings the other (the consequence sense of "mean"); with a measure as its subject it
// reads a measurement instead ("A score above ten means more severe depression"), which is left alone.

import { WordSet } from '../../../engine/phrases.js';
import type { Word } from '../../../engine/sentences.js';
import type { ConceptMatch } from '../concepts.js';
import { type Token, isFunctionWord } from '../words.js';
import type { Candidate } from './candidate.js';
import { MEASURE_NOUNS } from './predicate.js';
import { RESULTS } from './treated-group.js';

const MEAN_FORMS = new Set(['mean', 'means', 'meant', 'meaning']);
/** The same, by vocabulary id: the check before any token is made runs on every sentence. */
const MEAN_FORM_IDS = new WordSet(MEAN_FORMS);
/** How far after "mean" the concept may come: "means far fewer serious heart attacks". */
const REACH = 4;

export function mayHoldEntailedResult(words: readonly Word[]): boolean {
  for (let at = 1; at + 1 < words.length; at++) if (MEAN_FORM_IDS.has(words[at]) && RESULTS.has(words[at + 1].norm)) return true;
  return false;
}

export function entailedResultCandidates(tokens: readonly Token[], concepts: readonly ConceptMatch[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (let at = 1; at + 1 < tokens.length; at++) {
    if (!MEAN_FORMS.has(tokens[at].norm) || !RESULTS.has(tokens[at + 1].norm) || tokens[at + 1].breaks) continue;
    if (!concepts.some((concept) => concept.firstWord > at + 1 && concept.firstWord <= at + REACH)) continue;
    if (measuredSubject(tokens, at, concepts)) continue;
    candidates.push({
      kind: 'verb',
      structure: 'result entailed by "mean"',
      groupFirst: at,
      groupEnd: at + 2,
      head: at,
      info: { lemma: 'mean', phrase: 'mean', form: tokens[at].norm === 'meant' ? 'ed' : tokens[at].norm === 'mean' ? 'base' : 's', verbKind: 'neutral' },
      objectFrom: at + 1,
    });
  }
  return candidates;
}

/** The subject of "mean", back to its clause's start, names a measure or a biomarker: a reading, not a cause. */
function measuredSubject(tokens: readonly Token[], mean: number, concepts: readonly ConceptMatch[]): boolean {
  let start = mean;
  while (start > 0 && !tokens[start].breaks) start--;
  for (let at = start; at < mean; at++) if (MEASURE_NOUNS.has(tokens[at].norm) || tokens[at].norm === 'reading' || tokens[at].norm === 'level' || tokens[at].norm === 'levels') return true;
  return concepts.some((concept) => concept.firstWord >= start && concept.endWord <= mean && concept.category === 'biomarker') || (mean > 0 && isFunctionWord(tokens[mean - 1].norm) && tokens[mean - 1].norm !== 'also');
}
