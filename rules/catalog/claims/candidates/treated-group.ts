// Results reported for a group defined by the treatment it received, the way trial results are
// told in science news and abstracts: no causal verb, but an outcome compared or changed for the
// people who were given something, which states that the treatment brought it about.
// - the group as subject:  [people] given|who were given|randomised to X  [predicate: result + outcome]
//   "Patients given the drug were discharged two days sooner", "Those on the vaccine had 30% fewer
//   infections", "Mice injected with the antibody lived longer";
// - the group as a place:  [clause: result + outcome]  among|in [people|the group] given X
//   "Mortality fell by a quarter among patients given the steroid", "Relapse rates were halved in
//   the group randomised to the drug";
// - the treatment as a means: [outcome] [verb of change] ... with|on|after [the] X (a regimen noun)
//   "Recurrence rates dropped from 30% to 12% with the new radiotherapy regimen", or an outcome
//   verb with a result: "Patients recovered faster with the new physiotherapy programme".
// A result needs a comparative, multiple or verb of change AND a health outcome (a concept of the
// vocabulary, or a verb such as "died", "were discharged") in the clause. Only the words of an
// experiment assign a treatment: groups that chose a habit ("people who drank coffee") or had some
// care ("patients treated with statins", "who received") may differ for other reasons, which is a
// correlation; a difference "at baseline" is none of the treatment's results. The words are data:
// rules/data/claim-treated-groups.json.

import data from '../../../data/claim-treated-groups.json';
import { WordSet } from '../../../engine/phrases.js';
import type { Word } from '../../../engine/sentences.js';
import type { ConceptMatch } from '../concepts.js';
import type { ClaimLexicon } from '../lexicon.js';
import { BE, CONTRASTS, DETERMINERS, HAVE, ASSERTIVE_AUX, HEDGING_AUX, type Token, isAdverb, isFunctionWord } from '../words.js';
import type { Candidate } from './candidate.js';

const wordsOfKind = (kind: string): Set<string> => new Set(data.entries.filter((entry) => entry.kind === kind).map((entry) => entry.phrase));
const GROUP_NOUNS = wordsOfKind('group-noun');
/** Words for what is given rather than who is given it: "doses given", "the drugs given". */
const GIVEN_THINGS = wordsOfKind('given-thing');

/**
 * A noun that can name the group a treatment was given to: a listed group noun ("patients",
 * "those", "the group"), or any other plural noun ("teenagers", "smokers", "nurses"), which in
 * "[plural noun] given X" is who received it, unless it names what is given ("doses", "drugs").
 */
function isGroupNoun(norm: string): boolean {
  if (GROUP_NOUNS.has(norm)) return true;
  return norm.length > 3 && norm.endsWith('s') && !norm.endsWith('ss') && !norm.endsWith("'s") && !isFunctionWord(norm) && !GIVEN_THINGS.has(norm) && !REGIMEN_NOUNS.has(norm);
}
/** Assignment phrases by their first word: "treated" -> "with". */
const ASSIGNMENTS = new Map<string, string | undefined>(data.entries.filter((entry) => entry.kind === 'assignment').map((entry) => {
  const [first, second] = entry.phrase.split(' ');
  return [first, second];
}));
const REGIMEN_NOUNS = wordsOfKind('regimen-noun');

/**
 * A word for what was given: a regimen noun of the data, or a medicine the claim lexicon knows (a
 * treatment noun, a medicine name, a drug-name stem: "statins", "an immunosuppressant").
 */
function isRegimen(norm: string, lexicon: ClaimLexicon): boolean {
  if (REGIMEN_NOUNS.has(norm) || lexicon.treatmentNouns.has(norm)) return true;
  const singular = norm.endsWith('s') ? norm.slice(0, -1) : norm;
  return lexicon.treatmentNouns.has(singular) || lexicon.medicineStemEnding.test(singular);
}
/** Comparatives, multiples and verbs of change that report a result (also read by entailed-result.ts). */
export const RESULTS = wordsOfKind('result');
const OUTCOME_VERBS = wordsOfKind('outcome-verb');
const BASELINE = wordsOfKind('baseline');
/** Relative words between a group noun and its assignment: "who were given", "that had been given". */
const RELATIVES = new Set(['who', 'that', 'which']);
const RELATIVE_AUX = new Set(['were', 'was', 'had', 'been', 'have', 'are', 'being']);
/** Prepositions that make the group the place of a result: "among patients given", "in the group receiving". */
const PLACE_PREPOSITIONS = new Set(['among', 'amongst', 'in', 'for']);
/** Prepositions that name the regimen as the means of a change: "with the new regimen", "on the drug", "after screening began". */
const MEANS_PREPOSITIONS = new Set(['with', 'on', 'after', 'following']);
/** The words at which `mayHoldTreatedGroupResult` looks further: assignments, and the prepositions before a regimen. */
const ENTRY_WORDS = new WordSet([...ASSIGNMENTS.keys(), ...MEANS_PREPOSITIONS]);
/** How many words the outcome's noun phrase may run before its verb of change: "admissions for pneumonia in older adults". */
const SUBJECT_RUN = 6;
/** How many words a treatment's noun phrase may run before the predicate. */
const TREATMENT_REACH = 7;

/**
 * Whether the words may hold a treated-group result: a group noun with an assignment after it, or
 * a regimen noun after "with" or "on". A look-up per word, before any token is made.
 */
export function mayHoldTreatedGroupResult(words: readonly Word[], lexicon: ClaimLexicon): boolean {
  // By vocabulary id: this runs on every sentence, and most hold none of these words.
  for (let at = 1; at < words.length; at++) {
    if (!ENTRY_WORDS.has(words[at])) continue;
    if (ASSIGNMENTS.has(words[at].norm)) return true;
    // "on", "with", "after", "following": a regimen within the next four words.
    for (let next = at + 1; next < words.length && next <= at + 4; next++) if (isRegimen(words[next].norm, lexicon)) return true;
  }
  return false;
}

/** The treated-group results of the sentence (at most one per group). */
export function treatedGroupCandidates(tokens: readonly Token[], concepts: readonly ConceptMatch[], lexicon: ClaimLexicon): Candidate[] {
  const candidates: Candidate[] = [];
  for (let at = 1; at < tokens.length; at++) {
    const assignment = assignmentAt(tokens, at, lexicon);
    if (assignment) {
      const candidate = groupResult(tokens, concepts, assignment);
      if (candidate) candidates.push(candidate);
      continue;
    }
    if (isRegimen(tokens[at].norm, lexicon)) {
      const candidate = meansResult(tokens, concepts, at);
      if (candidate) candidates.push(candidate);
    }
  }
  return candidates;
}

interface Assignment {
  /** The group noun ("patients", "group"). */
  group: number;
  /** First word of the assignment ("given", "who", "on") and one past its last ("with", "to"). */
  first: number;
  end: number;
}

/** A group noun with an assignment after it, whose assignment word is at `at`: "patients given", "those on the drug", "the group that was given". */
function assignmentAt(tokens: readonly Token[], at: number, lexicon: ClaimLexicon): Assignment | undefined {
  const token = tokens[at];
  if (token.breaks) return undefined;
  const norm = token.norm;
  if (norm === 'on') {
    // "Those on the drug": a regimen noun within three words.
    if (!isGroupNoun(tokens[at - 1].norm)) return undefined;
    for (let next = at + 1; next < tokens.length && next <= at + 3; next++) {
      if (tokens[next].breaks) return undefined;
      if (isRegimen(tokens[next].norm, lexicon)) return { group: at - 1, first: at, end: at + 1 };
    }
    return undefined;
  }
  if (!ASSIGNMENTS.has(norm)) return undefined;
  const second = ASSIGNMENTS.get(norm);
  if (second !== undefined && tokens[at + 1]?.norm !== second) return undefined;
  const end = second === undefined ? at + 1 : at + 2;
  // Right after the group noun ("patients given"), or after a relative ("who were given", "that had been given"), not as a clause's verb ("patients were given").
  let before = at - 1;
  while (before > 0 && RELATIVE_AUX.has(tokens[before].norm) && at - before <= 2 && !tokens[before + 1].breaks) before--;
  let first = at;
  if (RELATIVES.has(tokens[before].norm) && !tokens[before + 1].breaks) {
    first = before;
    before--;
  } else if (before !== at - 1) return undefined;
  if (before < 0 || !isGroupNoun(tokens[before].norm) || tokens[first].breaks) return undefined;
  return { group: before, first, end };
}

/** A result for the group: as the subject of the clause, or as the place of the clause's result. */
function groupResult(tokens: readonly Token[], concepts: readonly ConceptMatch[], assignment: Assignment): Candidate | undefined {
  const start = nounPhraseStart(tokens, assignment.group);
  if (start > 0 && PLACE_PREPOSITIONS.has(tokens[start - 1].norm) && !tokens[start].breaks) return placeResult(tokens, concepts, start - 1);
  if (start > 0 && !tokens[start].breaks) return undefined;
  // The group is the subject: the predicate starts after the treatment's noun phrase.
  const predicate = predicateAfter(tokens, assignment.end);
  if (predicate < 0) return undefined;
  const end = clauseEnd(tokens, predicate);
  return resultCandidate(tokens, concepts, predicate, predicate, end, 'treated group, subject');
}

/** "Mortality fell by a quarter among patients given X": the result is in the clause before the preposition at `preposition`. */
function placeResult(tokens: readonly Token[], concepts: readonly ConceptMatch[], preposition: number): Candidate | undefined {
  let start = preposition;
  while (start > 0 && !tokens[start].breaks) start--;
  // The clause's first verb: a form of "be" or "have", an auxiliary, a result or outcome verb.
  for (let at = start; at < preposition; at++) {
    const norm = tokens[at].norm;
    if (BE.has(norm) || HAVE.has(norm) || ASSERTIVE_AUX.has(norm) || HEDGING_AUX.has(norm) || OUTCOME_VERBS.has(norm) || (RESULTS.has(norm) && norm.endsWith('ed')) || norm === 'fell' || norm === 'rose') {
      return resultCandidate(tokens, concepts, at, start, preposition, 'treated group, place');
    }
  }
  return undefined;
}

/**
 * "Recurrence rates dropped from 30% to 12% with the new radiotherapy regimen": an outcome that is
 * the subject of a verb of change, with the regimen (at `regimen`) named after "with" or "on".
 */
function meansResult(tokens: readonly Token[], concepts: readonly ConceptMatch[], regimen: number): Candidate | undefined {
  let preposition = regimen - 1;
  while (preposition > 0 && regimen - preposition <= 4 && !MEANS_PREPOSITIONS.has(tokens[preposition].norm)) {
    if (tokens[preposition + 1].breaks || !(DETERMINERS.has(tokens[preposition].norm) || !isFunctionWord(tokens[preposition].norm))) return undefined;
    preposition--;
  }
  if (!MEANS_PREPOSITIONS.has(tokens[preposition].norm) || tokens[preposition].breaks) return undefined;
  let start = preposition;
  while (start > 0 && !tokens[start].breaks) start--;
  // Or the clause reports an outcome verb with a result: "patients recovered faster with the new regimen".
  for (let at = start; at < preposition; at++) {
    if (!OUTCOME_VERBS.has(tokens[at].norm)) continue;
    const result = tokens.slice(at + 1, preposition).findIndex((token) => RESULTS.has(token.norm));
    if (result >= 0) return baselineIn(tokens, start, clauseEnd(tokens, preposition)) ? undefined : candidate(at, at + 1 + result, 'treatment as the means of a result', tokens[at + 1 + result].norm);
  }
  // The subject of the clause is the outcome: a concept that opens it (after at most a determiner or two).
  const subject = concepts.find((concept) => concept.firstWord >= start && concept.firstWord - start <= 2 && concept.endWord < preposition);
  if (!subject) return undefined;
  // The verb of change after the subject, which may run on ("Recurrence rates", "admissions for pneumonia").
  let verb = subject.endWord;
  while (verb < preposition && verb - subject.endWord < SUBJECT_RUN && !(RESULTS.has(tokens[verb].norm) && /(?:ed|fell|rose)$/.test(tokens[verb].norm))) {
    if (BE.has(tokens[verb].norm) && !/ed$/.test(tokens[verb + 1]?.norm ?? '')) return undefined;
    verb++;
  }
  if (verb >= preposition || !RESULTS.has(tokens[verb].norm)) return undefined;
  // The verb group: the verb with its auxiliaries and adverbs ("were sharply reduced", "did not fall").
  let group = verb;
  while (group > subject.endWord && (BE.has(tokens[group - 1].norm) || HAVE.has(tokens[group - 1].norm) || ASSERTIVE_AUX.has(tokens[group - 1].norm) || HEDGING_AUX.has(tokens[group - 1].norm) || tokens[group - 1].norm === 'not' || isAdverb(tokens[group - 1]))) group--;
  return baselineIn(tokens, start, clauseEnd(tokens, preposition)) ? undefined : candidate(group, verb, 'treatment as the means of a change', tokens[verb].norm);
}

/** The candidate when the words from `from` to `end` report a result: a result word and a health outcome, and no baseline. */
function resultCandidate(tokens: readonly Token[], concepts: readonly ConceptMatch[], predicate: number, from: number, end: number, structure: string): Candidate | undefined {
  let result = -1;
  let outcome = false;
  for (let at = from; at < end; at++) {
    const norm = tokens[at].norm;
    if (result < 0 && (RESULTS.has(norm) || PERCENT.test(tokens[at + 1]?.gap ?? ''))) result = at;
    if (OUTCOME_VERBS.has(norm)) outcome = true;
  }
  if (!outcome) outcome = concepts.some((concept) => concept.firstWord >= from && concept.endWord <= end);
  if (result < 0 || !outcome || baselineIn(tokens, from, end)) return undefined;
  return candidate(predicate, Math.max(predicate, result), `result of a ${structure}`, tokens[result].norm);
}
const PERCENT = /^\s*%/;

/**
 * The candidate, its verb named by the direction of its result word: a result that lessens
 * something is a claim of reducing it, one that raises it a claim of increasing it, which the
 * rule reads as a warning when what rises is a harm ("more side effects").
 */
function candidate(groupFirst: number, head: number, structure: string, resultWord: string): Candidate {
  const lemma = RESULT_VERBS[RESULT_DIRECTIONS.get(resultWord) ?? ''] ?? 'change';
  return {
    kind: 'verb',
    structure,
    subject: 'product',
    groupFirst,
    groupEnd: head + 1,
    head,
    info: { lemma, phrase: lemma, form: 'ed', verbKind: 'neutral' },
    objectFrom: head + 1,
  };
}
const RESULT_DIRECTIONS = new Map(data.entries.filter((entry) => entry.kind === 'result').map((entry) => [entry.phrase, 'direction' in entry ? String(entry.direction) : '']));
const RESULT_VERBS: Record<string, string> = { down: 'reduce', up: 'increase', better: 'improve', worse: 'worsen' };

function baselineIn(tokens: readonly Token[], from: number, end: number): boolean {
  for (let at = from; at < end; at++) if (BASELINE.has(tokens[at].norm)) return true;
  return false;
}

/** The first word of the noun phrase whose head is at `head`: back over determiners, numbers and modifiers (at most three). */
function nounPhraseStart(tokens: readonly Token[], head: number): number {
  let start = head;
  while (start > 0 && head - start < 3 && !tokens[start].breaks) {
    const previous = tokens[start - 1].norm;
    if (DETERMINERS.has(previous) || /^\d/.test(previous) || !isFunctionWord(previous) && !RESULTS.has(previous) && !OUTCOME_VERBS.has(previous)) start--;
    else break;
  }
  return start;
}

/**
 * Where the predicate starts after the treatment's noun phrase (from `from`): a form of "be" or
 * "have", an auxiliary, an outcome or result verb, or the verb before a comparative ("lost more
 * weight", "spent fewer days"); -1 when none comes within reach or the clause ends first.
 */
function predicateAfter(tokens: readonly Token[], from: number): number {
  for (let at = from + 1; at < tokens.length && at - from <= TREATMENT_REACH; at++) {
    if (tokens[at].breaks) return -1;
    const norm = tokens[at].norm;
    if (BE.has(norm) || HAVE.has(norm) || ASSERTIVE_AUX.has(norm) || HEDGING_AUX.has(norm) || OUTCOME_VERBS.has(norm)) return at;
    if (RESULTS.has(norm) && at > from + 1) return isFunctionWord(tokens[at - 1].norm) ? at : at - 1;
  }
  return -1;
}

/** One past the clause from `from`: up to a semicolon, a contrast or a new clause after a comma. */
function clauseEnd(tokens: readonly Token[], from: number): number {
  for (let at = from + 1; at < tokens.length; at++) {
    if (tokens[at].gap.includes(';') || CONTRASTS.has(tokens[at].norm)) return at;
    if (tokens[at].breaks && /,/.test(tokens[at].gap) && !/^(?:than|compared)$/.test(tokens[at].norm)) return at;
  }
  return tokens.length;
}
