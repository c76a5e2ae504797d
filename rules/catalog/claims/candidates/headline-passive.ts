// Headline passives: a headline leaves out "be" as it leaves out articles, so the passive of a
// claim verb stands as a bare participle after its subject: "Heart attacks cut by flu jab",
// "Dementia risk halved by daily walks", "Migraines prevented by monthly injection". The subject
// opens the headline (or the part after a colon) and names a health concept; the agent follows
// "by". A sentence with a form of "be" or "have", or a modal, is no headline: there the participle
// after a noun is a reduced relative clause ("the infections prevented by the jab were mild"),
// which the claim-verb family reads.

import { WordSet } from '../../../engine/phrases.js';
import type { Word } from '../../../engine/sentences.js';
import type { ConceptMatch } from '../concepts.js';
import type { ClaimLexicon, VerbFormInfo } from '../lexicon.js';
import { ASSERTIVE_AUX, BE, HAVE, HEDGING_AUX, type Token, isFunctionWord, DETERMINERS } from '../words.js';
import type { Candidate } from './candidate.js';

/** How many words the headline's subject may have before the participle. */
const SUBJECT_REACH = 5;

/** The participle's verb, when the word is the past participle of a claim verb with no particle ("cut", "halved"). */
function participleOf(lexicon: ClaimLexicon, norm: string): VerbFormInfo | undefined {
  return lexicon.verbs.get(norm)?.find((info) => info.form === 'ed' && info.particle.length === 0 && (info.kind === 'benefit' || info.kind === 'neutral'));
}

/** Whether the words may hold a headline passive: a claim verb's participle right before "by", and no verb of being, having or modality. */
export function mayHoldHeadlinePassive(words: readonly Word[], lexicon: ClaimLexicon): boolean {
  // By vocabulary id, "by" first: this runs on every sentence, and most have a finite verb or no "by".
  let participle = false;
  for (let at = 2; at < words.length && !participle; at++) if (BY.has(words[at]) && participleOf(lexicon, words[at - 1].norm)) participle = true;
  return participle && !FINITE.hasAny(words);
}
const BY = new WordSet(['by']);
/** Words that make a clause finite: a headline has none. */
const FINITE = new WordSet([...BE, ...HAVE, ...ASSERTIVE_AUX, ...HEDGING_AUX]);

/** The headline passives of a sentence that `mayHoldHeadlinePassive` let through. */
export function headlinePassiveCandidates(tokens: readonly Token[], lexicon: ClaimLexicon, concepts: readonly ConceptMatch[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (let at = 1; at + 1 < tokens.length; at++) {
    const info = participleOf(lexicon, tokens[at].norm);
    if (!info || tokens[at + 1].norm !== 'by' || tokens[at].breaks || tokens[at + 1].breaks) continue;
    // The subject: the words back to the headline's start or a colon, all of one noun phrase.
    let start = at;
    while (start > 0 && !tokens[start].breaks && at - start < SUBJECT_REACH) {
      const norm = tokens[start - 1].norm;
      if (isFunctionWord(norm) && !DETERMINERS.has(norm) && norm !== 'of') break;
      start--;
    }
    const opensHeadline = start === 0 || (tokens[start].breaks && /[:\u2013\u2014-]/.test(tokens[start].gap));
    if (!opensHeadline || start === at) continue;
    if (!concepts.some((concept) => concept.firstWord >= start && concept.endWord <= at)) continue;
    candidates.push({
      kind: 'verb',
      structure: 'headline passive',
      groupFirst: at,
      groupEnd: at + 1,
      head: at,
      passive: true,
      info: { lemma: info.lemma, phrase: info.phrase, form: 'ed', verbKind: info.kind as Candidate['info']['verbKind'] },
      objectFrom: at + 1,
    });
  }
  return candidates;
}
