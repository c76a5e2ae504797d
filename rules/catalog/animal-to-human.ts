// animal-to-human: a result in mice, rats, cells or test tubes presented as if it held for
// people. "Kratom reduced pain in rats, so it can help your back pain"; "A study in mice
// shows X cures anxiety". Most such results never reach people (FTC 2022; Sumner et al. 2014
// found inflated inference to humans in a third of press releases on animal or cell studies).
//
// The rule looks for a preclinical subject in a sentence and then for a claim about people
// that the subject does not scope:
// - a clause without the subject that applies an effect to people ("so it can help YOUR pain");
// - an unhedged present-tense claim reported by the study ("a study in mice SHOWS X CURES Y");
// - the next sentence, when it opens with a consequence ("This means it can help you").
// A clause that keeps its subject ("reduced pain in rats") is qualified; a sentence that says
// the result may not hold in people, or that cites human trials too, is left alone.
//
// Words and roles: rules/data/preclinical-subjects.json.

import type { SentenceRule } from '../engine/rule.js';
import type { ProseBlock } from '../engine/prose.js';
import { PhraseMatcher, type LexiconEntry, type PhraseMatch } from '../engine/phrases.js';
import type { Word } from '../engine/sentences.js';
import type { Fix } from '../engine/types.js';
import preclinical from '../data/preclinical-subjects.json';
import { contextReason, isHedged, isNegated, quotedSpans, sentenceWords, type SentenceWords } from './context/sentence-context.js';
import { fixOf, insertAtProse } from './support/prose-edits.js';

type Role = 'subject' | 'not-subject' | 'human-study' | 'human-scope' | 'limitation' | 'application' | 'claim-verb' | 'evidence-verb' | 'consequence';

interface PreclinicalEntry extends LexiconEntry {
  role: Role;
}

const entries = preclinical.entries as PreclinicalEntry[];
const matcherFor = (role: Role) => new PhraseMatcher<PreclinicalEntry>(entries.filter((entry) => entry.role === role));
const subjectsAndLookalikes = new PhraseMatcher<PreclinicalEntry>(entries.filter((entry) => entry.role === 'subject' || entry.role === 'not-subject'));
/** Preclinical models named in a sentence; "in vitro fertilization" and the like are not models. */
const subjects = {
  findLongest: (words: readonly Word[]) => subjectsAndLookalikes.findLongest(words).filter((match) => match.entry.role === 'subject'),
};
const humanStudies = matcherFor('human-study');
const humanScopes = matcherFor('human-scope');
const limitations = matcherFor('limitation');
const applications = matcherFor('application');
const claimVerbs = matcherFor('claim-verb');
const evidenceVerbs = matcherFor('evidence-verb');
const consequences = matcherFor('consequence');

/** Words that end a clause and start the next one (besides punctuation). */
const CLAUSE_OPENERS = new Set(['so', 'therefore', 'thus', 'hence', 'which', 'meaning', 'and', 'but', 'because', 'while', 'although']);
const UNCERTAIN = /\b(?:whether|unclear|unknown|needed|yet|remains)\b/i;

interface Span {
  start: number;
  end: number;
}

interface Analysis {
  words: SentenceWords;
  subject?: PhraseMatch<PreclinicalEntry>;
  /** The sentence already limits its result to the model, or cites human evidence too. */
  qualified: boolean;
}

export const animalToHuman: SentenceRule = {
  meta: {
    id: 'animal-to-human',
    description: 'Results in mice, rats, cells or test tubes presented as if they held for people, without saying they come from animal or lab studies.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  scope: 'sentence',
  check({ block, sentences, previous: sentenceBefore, next: sentenceAfter }, context) {
    if (block.context.quoted) return;
    const text = block.text;
    const quotes = quotedSpans(block);
    let previous: Analysis | undefined = sentenceBefore ? analyse(text, sentenceWords(sentenceBefore)) : undefined;
    // A limit stated in the next sentence also qualifies: "..., so it may help you. It has not been tested in people."
    const limitedNext = (index: number): boolean => {
      const next = sentences[index + 1] ?? (index + 1 === sentences.length ? sentenceAfter : undefined);
      return next !== undefined && limitations.findLongest(sentenceWords(next).words).length > 0;
    };
    for (const [index, sentence] of sentences.entries()) {
      const analysis = analyse(text, sentenceWords(sentence));
      const { words } = analysis;
      let claim: Span | undefined;
      let subject = analysis.subject;
      if (subject && !analysis.qualified) {
        claim = claimInSameSentence(text, words, context.settings.extraHedges);
      } else if (!subject && !analysis.qualified && previous?.subject && !previous.qualified) {
        subject = previous.subject;
        claim = claimAfterConsequence(text, words, context.settings.extraHedges);
      }
      previous = analysis;
      if (!claim || !subject || limitedNext(index)) continue;
      if (contextReason(block, quotes, words, claim.start, claim.end)) continue;
      const model = inModel(text.slice(subject.start, subject.end).toLowerCase());
      context.report({
        ...block.sourceRange(claim.start, claim.end),
        message: `This applies a result ${model} to people. Results ${model} often do not hold in humans; say that the finding comes ${model.replace(/^in /, 'from ')} and has not been shown in people (FTC 2022; Sumner et al., BMJ 2014).`,
        suggestions: qualifierSuggestion(block, claim, model),
      });
    }
  },
};

function analyse(text: string, words: SentenceWords): Analysis {
  const found = subjects.findLongest(words.words);
  const subject = found.find((match) => !isNegated(text, words, match.start, 2));
  if (!subject) return { words, qualified: false };
  if (limitations.findLongest(words.words).length > 0 || humanStudies.findLongest(words.words).length > 0) return { words, subject, qualified: true };
  // "in humans" after "not", or in a sentence that asks whether / says it is unknown, is a qualifier.
  const scopes = humanScopes.findLongest(words.words);
  const qualifiedScope = scopes.length > 0 && (UNCERTAIN.test(words.sentence.text) || scopes.some((scope) => isNegated(text, words, scope.start, 6)));
  return { words, subject, qualified: qualifiedScope };
}

/**
 * A claim about people in the same sentence as the preclinical subject, or undefined. A clause
 * that names people ("and helps patients live longer") is the clearest jump and is preferred
 * over a general claim the study is said to show ("shows the compound kills cancer cells").
 */
function claimInSameSentence(text: string, words: SentenceWords, extraHedges: readonly string[]): Span | undefined {
  const subjectSpans = subjects.findLongest(words.words);
  let nextSubject = 0;
  let fallback: Span | undefined;
  for (const clause of clauses(text, words)) {
    const inClause = words.words.slice(clause.firstWord, clause.endWord);
    if (inClause.length === 0) continue;
    while (nextSubject < subjectSpans.length && subjectSpans[nextSubject].endWord <= clause.firstWord) nextSubject++;
    const clauseSubjects: PhraseMatch<PreclinicalEntry>[] = [];
    for (let i = nextSubject; i < subjectSpans.length && subjectSpans[i].firstWord < clause.endWord; i++) clauseSubjects.push(subjectSpans[i]);
    if (clauseSubjects.length > 0) {
      // "A study in mice shows X cures anxiety": the claim after the evidence verb has no subject of its own.
      fallback ??= reportedClaim(text, words, inClause, clauseSubjects, extraHedges);
      continue;
    }
    if (appliesToPeople(text, words, inClause)) return trimmed(text, clause);
    if (opensWithConsequence(inClause) && unhedgedClaim(text, words, inClause, extraHedges)) fallback ??= trimmed(text, clause);
  }
  return fallback;
}

/** Next sentence: "This means it can help your back pain." */
function claimAfterConsequence(text: string, words: SentenceWords, extraHedges: readonly string[]): Span | undefined {
  const inSentence = words.words;
  if (!opensWithConsequence(inSentence)) return undefined;
  if (!appliesToPeople(text, words, inSentence) && !unhedgedClaim(text, words, inSentence, extraHedges)) return undefined;
  return trimmed(text, { start: words.sentence.start, end: words.sentence.end });
}

function reportedClaim(text: string, words: SentenceWords, inClause: readonly Word[], clauseSubjects: PhraseMatch<PreclinicalEntry>[], extraHedges: readonly string[]): Span | undefined {
  const lastSubject = clauseSubjects[clauseSubjects.length - 1];
  const verb = evidenceVerbs.findLongest(inClause).find((match) => match.start >= lastSubject.end);
  if (!verb) return undefined;
  let first = verb.endWord;
  if (inClause[first]?.norm === 'that') first++;
  const complement = inClause.slice(first);
  if (complement.length < 2) return undefined;
  if (!unhedgedClaim(text, words, complement, extraHedges) && !appliesToPeople(text, words, complement)) return undefined;
  return trimmed(text, { start: complement[0].start, end: complement[complement.length - 1].end });
}

/** People are named ("you", "your", "patients", "in humans") alongside an effect verb. */
function appliesToPeople(text: string, words: SentenceWords, inClause: readonly Word[]): boolean {
  const people = applications.findLongest(inClause).length > 0 || humanScopes.findLongest(inClause).length > 0;
  return people && claimVerbs.findLongest(inClause).some((verb) => !isNegated(text, words, verb.start, 3));
}

/** A present-tense or can/will effect claim, neither hedged nor negated ("X cures anxiety"). */
function unhedgedClaim(text: string, words: SentenceWords, inClause: readonly Word[], extraHedges: readonly string[]): boolean {
  return claimVerbs.findLongest(inClause).some((verb) => !isNegated(text, words, verb.start, 3) && !isHedged(text, words, verb.start, extraHedges));
}

function opensWithConsequence(inClause: readonly Word[]): boolean {
  const opening = consequences.findLongest(inClause.slice(0, 3));
  return opening.length > 0 && opening[0].firstWord === 0;
}

interface Clause extends Span {
  /** Index of its first word and one past its last in the sentence's words. */
  firstWord: number;
  endWord: number;
}

/** Clauses of a sentence, split at clause punctuation and before clause-opening words (one pass). */
function clauses(text: string, words: SentenceWords): Clause[] {
  const result: Clause[] = [];
  const all = words.words;
  let start = words.sentence.start;
  let firstWord = 0;
  for (let i = 0; i < all.length; i++) {
    const gap = text.slice(i === 0 ? words.sentence.start : all[i - 1].end, all[i].start);
    const punctuation = /[,;:()\u2014\u2013]/.test(gap);
    if (i > firstWord && (punctuation || CLAUSE_OPENERS.has(all[i].norm))) {
      result.push({ start, end: all[i - 1].end, firstWord, endWord: i });
      start = punctuation ? all[i].start : all[i].start;
      firstWord = i;
    }
  }
  if (firstWord < all.length) result.push({ start, end: words.sentence.end, firstWord, endWord: all.length });
  return result;
}

/** A clause without surrounding space, trailing sentence punctuation or a leading connective. */
function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:]/.test(text[start])) start++;
  while (end > start && /[\s.!?,;:"'\u201d\u2019)]/.test(text[end - 1])) end--;
  return { start, end };
}

function qualifierSuggestion(block: ProseBlock, claim: Span, model: string): Fix[] {
  return fixOf('Say that this was shown only in the preclinical model', insertAtProse(block, claim.end, ` (shown ${model} only, not yet tested in people)`));
}

/** "mice" -> "in mice"; "in vitro" stays. */
function inModel(subject: string): string {
  return /^in\s/i.test(subject) ? subject : `in ${subject}`;
}
