// A body function said to come back, with its cause named: science news tells of implants, gene
// therapies and drugs that let people walk, see or hear again. "Again" after a verb of a basic
// function (rules/data/claim-restored-functions.json) says the function was lost and returned;
// the cause is the subject of a causative before it ("The implant let paralysed patients walk
// again", "Gene therapy helps deaf children to hear again") or named after it ("Blind patients see
// again after gene therapy", "... thanks to a new implant"). Without a cause it is a story of
// recovery ("She walked again within a week"), left alone.

import data from '../../../data/claim-restored-functions.json';
import type { Word } from '../../../engine/sentences.js';
import { inflect } from '../lexicon.js';
import { PERSON_BY_TRADE, type Token, isFunctionWord } from '../words.js';
import type { Candidate } from './candidate.js';
import type { ConceptMention } from './structure-core.js';

const formsOfKind = (kind: string): Set<string> =>
  new Set(data.entries.filter((entry) => entry.kind === kind).flatMap((entry) => [...inflect(entry.phrase).map((form) => form.word), ...('forms' in entry ? (entry.forms as string[]) : [])]));
const FUNCTION_VERBS = formsOfKind('function-verb');
const CAUSATIVES = formsOfKind('causative');
/** Words that name the cause after the restored function: "after gene therapy", "thanks to an implant", "with the new drug". */
const CAUSE_OPENERS = new Set(['after', 'following', 'with', 'thanks']);
/** How many words the causative's object may have: "paralysed patients", "many deaf children". */
const OBJECT_REACH = 4;

export function mayHoldRestoredFunction(words: readonly Word[]): boolean {
  for (let at = 1; at < words.length; at++) if (words[at].norm === 'again' && FUNCTION_VERBS.has(words[at - 1].norm)) return true;
  return false;
}

export function restoredFunctionCandidates(tokens: readonly Token[], concepts: readonly ConceptMention[] = []): Candidate[] {
  const candidates: Candidate[] = [];
  for (let again = 1; again < tokens.length; again++) {
    if (tokens[again].norm !== 'again' || tokens[again].breaks) continue;
    const verb = again - 1;
    if (!FUNCTION_VERBS.has(tokens[verb].norm) || tokens[verb].breaks) continue;
    const causative = causativeBefore(tokens, verb);
    if (causative >= 0) {
      candidates.push(candidate(causative, again, 'restored function, its cause the subject of a causative'));
      continue;
    }
    if (causeNamedAfter(tokens, again + 1, concepts)) candidates.push(candidate(verb, again, 'restored function, its cause named after it'));
  }
  return candidates;
}

/** The causative before the function verb's subject ("let paralysed patients walk", "helps deaf children to hear"), whose own subject is no person of a trade; or -1. */
function causativeBefore(tokens: readonly Token[], verb: number): number {
  let at = verb - 1;
  if (at >= 0 && tokens[at].norm === 'to') at--;
  for (let object = 0; at >= 1 && object < OBJECT_REACH; at--, object++) {
    if (tokens[at + 1].breaks) return -1;
    if (CAUSATIVES.has(tokens[at].norm) && object > 0) {
      // "Physiotherapists help patients walk again" points to care, as a professional subject does elsewhere.
      return PERSON_BY_TRADE.test(tokens[at - 1].norm) ? -1 : at;
    }
    if (isFunctionWord(tokens[at].norm) && !/^(?:the|a|an|many|most|some|all|these|those|their|his|her)$/.test(tokens[at].norm)) return -1;
  }
  return -1;
}

/** How far after "after" or "following" an illness may name the time, not the cause ("after a long illness"). */
const ILLNESS_REACH = 3;

function causeNamedAfter(tokens: readonly Token[], from: number, concepts: readonly ConceptMention[]): boolean {
  for (let at = from; at < tokens.length && at - from < 3; at++) {
    if (at > from && tokens[at].breaks) return false;
    const norm = tokens[at].norm;
    if (!CAUSE_OPENERS.has(norm) || (norm === 'thanks' && tokens[at + 1]?.norm !== 'to')) continue;
    // "walking again after a long illness", "after a stroke": an illness names when, not what restored it.
    if ((norm === 'after' || norm === 'following') && concepts.some((concept) => (concept.category === 'disease' || concept.category === 'symptom') && concept.firstWord > at && concept.firstWord - at <= ILLNESS_REACH)) return false;
    return true;
  }
  return false;
}

function candidate(groupFirst: number, again: number, structure: string): Candidate {
  return {
    kind: 'verb',
    structure,
    subject: 'product',
    groupFirst,
    groupEnd: again + 1,
    head: again - 1,
    info: { lemma: 'restore', phrase: 'restore', form: 'base', verbKind: 'benefit' },
    objectFrom: again + 1,
  };
}
