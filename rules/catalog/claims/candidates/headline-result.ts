// Verbless headlines that report a result with its cause: "Fewer strokes thanks to new clot-busting
// drug", "Sharp drop in HIV infections after PrEP rollout", "Less pain with weekly acupuncture". The
// headline opens with a comparative or a noun of change ("fewer", "a sharp drop in") and a health
// concept, and names the cause after it ("thanks to", "due to", "because of", "with" a product of the
// writer's: "Fewer sick days with our elderberry gummies"; after a noun of change
// also "after", "with", "following" and something done, not a time: "A drop in flu cases after two
// weeks"). A comparative with "after" is a topic ("Faster recovery after knee surgery": the time of
// the recovery). A clause with a form of "be" or "have", or a modal, is no verbless headline.

import type { Word } from '../../../engine/sentences.js';
import type { ConceptMatch } from '../concepts.js';
import { ASSERTIVE_AUX, BE, DETERMINERS, HAVE, HEDGING_AUX, type Token, isFunctionWord } from '../words.js';
import type { Candidate } from './candidate.js';
import { CHANGE_NOUNS } from './blamed-cause.js';
import { TIME_UNITS } from './structure-core.js';
import { productNamedIn } from './products.js';
import { RESULTS } from './treated-group.js';

const CAUSE_PHRASES = [['thanks', 'to'], ['due', 'to'], ['because', 'of']];
/** Prepositions that name a cause in a headline only before something done, not a time. */
const MEANS_PREPOSITIONS = new Set(['after', 'with', 'following']);
const TIME_WORDS = new Set([...TIME_UNITS, 'year', 'years', 'age', 'ages', 'decade', 'decades', 'midnight', 'dark', 'today', 'tomorrow', 'birth', 'childbirth', 'menopause', 'retirement']);
/** How far into the headline the concept may come: "Sharp drop in new HIV infections". */
const CONCEPT_REACH = 6;

export function mayHoldHeadlineResult(words: readonly Word[]): boolean {
  const first = words[0]?.norm ?? '';
  if (!RESULTS.has(first) && !CHANGE_NOUNS.has(words[1]?.norm ?? '') && !CHANGE_NOUNS.has(first)) return false;
  for (const word of words) if (BE.has(word.norm) || HAVE.has(word.norm) || ASSERTIVE_AUX.has(word.norm) || HEDGING_AUX.has(word.norm)) return false;
  return true;
}

export function headlineResultCandidate(tokens: readonly Token[], concepts: readonly ConceptMatch[]): Candidate | undefined {
  // The result opens the headline: a comparative ("Fewer"), or a change noun after at most an article or adjective ("A sharp drop in").
  let head = 0;
  if (!RESULTS.has(tokens[0].norm)) {
    head = CHANGE_NOUNS.has(tokens[0].norm) ? 0 : CHANGE_NOUNS.has(tokens[1]?.norm ?? '') ? 1 : CHANGE_NOUNS.has(tokens[2]?.norm ?? '') && DETERMINERS.has(tokens[0].norm) ? 2 : -1;
    if (head < 0 || tokens[head].breaks || !['in', 'of'].includes(tokens[head + 1]?.norm ?? '')) return undefined;
  }
  const concept = concepts.find((match) => match.firstWord > head && match.firstWord <= CONCEPT_REACH);
  if (!concept || tokens.slice(1, concept.firstWord).some((token) => token.breaks)) return undefined;
  // A comparative needs a cause named as one: "Faster recovery after knee surgery" is a topic, the time of the recovery.
  const cause = causeAfter(tokens, concept.endWord, head > 0 || CHANGE_NOUNS.has(tokens[0].norm));
  if (cause < 0) return undefined;
  return {
    kind: 'nominal',
    structure: 'headline result with its cause',
    groupFirst: 0,
    groupEnd: concept.endWord,
    head,
    info: { lemma: 'result', phrase: 'result', form: 'base', verbKind: 'observed' },
    // From the concept, so that the explanation names it.
    objectFrom: concept.firstWord,
  };
}

/** Where the cause phrase starts after the concept, in the same clause; -1 when none. */
function causeAfter(tokens: readonly Token[], from: number, change: boolean): number {
  for (let at = from; at < tokens.length && at - from < 3; at++) {
    if (at > from && tokens[at].breaks) return -1;
    if (CAUSE_PHRASES.some(([first, second]) => tokens[at].norm === first && tokens[at + 1]?.norm === second)) return at;
    // A past verb between the concept and the cause makes a clause ("Increases in HDL correlated with ..."): no headline.
    if (tokens[at].norm.endsWith('ed')) return -1;
    // A product of the writer's as the means names the cause after a comparative too: "Fewer sick days this winter with our elderberry gummies".
    if (tokens[at].norm === 'with' && productNamedIn(tokens, at + 1, at + 4) && !tokens[at + 1]?.breaks) return at;
    if (MEANS_PREPOSITIONS.has(tokens[at].norm) && change) {
      // Something done after it, not a time: "after PrEP rollout", not "after two weeks", "after age 60".
      const next = tokens.slice(at + 1, at + 4).filter((token) => !isFunctionWord(token.norm));
      if (next.length > 0 && !next.some((token) => TIME_WORDS.has(token.norm) || /^\d/.test(token.norm))) return at;
      return -1;
    }
  }
  return -1;
}
