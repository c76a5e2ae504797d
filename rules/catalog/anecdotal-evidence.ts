// anecdotal-evidence: testimonials offered as evidence that something works.
//
// Three shapes, all read from rules/data/anecdote-phrases.json (each entry has a `role`):
// 1. "<many> <users> [...] <report> <benefit>": "Many users report that kratom relieves pain",
//    "Users often report a reduction in pain", "Thousands of customers swear by it".
// 2. A testimonial hook: "Don't take our word for it", "It changed their lives".
// 3. "<anecdote noun> <proof verb>": "Testimonials prove it works".
//
// Not reported: a sentence that itself calls the reports anecdotal or says they are weak
// evidence, in a listed phrase ("while anecdotal evidence exists, trials are needed") or by its
// structure, shared with unhedged-claim ("the evidence on it is mixed", "research remains thin");
// either covers the sentence before it too; a concessive clause
// ("While many users report relief, no trial has tested it"); reports of harms ("users report
// nausea": no benefit is claimed); people in a study ("participants reported"); negation,
// quotations, block quotes and questions.

import type { SentenceRule } from '../engine/rule.js';
import type { ProseBlock } from '../engine/prose.js';
import { PhraseMatcher, type LexiconEntry, type PhraseMatch } from '../engine/phrases.js';
import type { Sentence, Word } from '../engine/sentences.js';
import type { Fix } from '../engine/types.js';
import anecdotePhrases from '../data/anecdote-phrases.json';
import { isNegated, isQuestion, quotedSpans, sentenceWords, type SentenceWords } from './context/sentence-context.js';
import { callsSupportWeak } from './claims/decide.js';
import { fixOf, insertAtProse, insideSpan, replaceProse, trailingPunctuationLength, wordIndexAt } from './support/prose-edits.js';

type Role =
  | 'reporter'
  | 'quantifier'
  | 'report-verb'
  | 'positive-verb'
  | 'benefit'
  | 'testimonial'
  | 'anecdote-noun'
  | 'proof-verb'
  | 'study-context'
  | 'label'
  | 'limitation';

interface AnecdoteEntry extends LexiconEntry {
  role: Role;
}

const entries = anecdotePhrases.entries as AnecdoteEntry[];
const matcherFor = (...roles: Role[]) => new PhraseMatcher<AnecdoteEntry>(entries.filter((entry) => roles.includes(entry.role)));
const reporters = matcherFor('reporter');
const quantifiers = matcherFor('quantifier');
const reportVerbs = matcherFor('report-verb');
const positiveVerbs = new Set(entries.filter((entry) => entry.role === 'positive-verb').map((entry) => entry.phrase));
const benefits = matcherFor('benefit');
const testimonials = matcherFor('testimonial');
const anecdoteNouns = matcherFor('anecdote-noun');
const proofVerbs = matcherFor('proof-verb');
const studyContext = matcherFor('study-context');
const labels = matcherFor('label');
const limitations = matcherFor('limitation');

/** Words a reporter may be separated from its verb by: "users of kratom pills often report". */
const MAX_REPORTER_GAP = 6;
/** How far back (in characters) a concessive opener can sit before the claim it concedes. */
const CONCESSIVE_REACH = 200;
const CONCESSIVE_OPENING = /\b(?:while|although|though|whereas|despite|even if)\b[^,;:]*$/i;
const LABEL_TEXT = ' (anecdotal reports, not results of controlled trials)';

export const anecdotalEvidence: SentenceRule = {
  meta: {
    id: 'anecdotal-evidence',
    description: 'Testimonials offered as evidence that a treatment works ("many users report", "thousands of customers swear by", "testimonials prove").',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  scope: 'sentence',
  check({ block, sentences, next }, context) {
    if (block.context.quoted) return;
    const quotes = quotedSpans(block);
    // A sentence that weighs the evidence covers itself and the sentence before it:
    // "Some users say it helps. Surveys rely on self-reports and cannot show cause and effect."
    const weighs = [...sentences, ...(next ? [next] : [])].map((sentence) => {
      const { words } = sentenceWords(sentence);
      return limitations.findLongest(words).length > 0 || callsSupportWeak(words);
    });
    sentences.forEach((sentence, index) => {
      if (isQuestion(sentence) || weighs[index] || weighs[index + 1]) return;
      const words = sentenceWords(sentence);
      const labelled = labels.findLongest(words.words).length > 0;
      const studies = studyContext.findLongest(words.words);
      const reported: { start: number; end: number }[] = [];
      const report = (start: number, end: number, message: string, suggestions: () => Fix[]): void => {
        // One finding a sentence: the sentence is the unit an editor rewrites.
        if (insideSpan(quotes, start, end) || reported.length > 0) return;
        if (CONCESSIVE_OPENING.test(block.text.slice(Math.max(sentence.start, start - CONCESSIVE_REACH), start))) return;
        reported.push({ start, end });
        context.report({ ...block.sourceRange(start, end), message, suggestions: suggestions() });
      };

      if (!labelled) {
        for (const claim of userReports(block.text, words, studies)) {
          const phrase = block.text.slice(claim.start, claim.end);
          report(claim.start, claim.end, `"${phrase}" offers what users say as evidence that it works. User reports are anecdotes: uncontrolled, self-selected and not typical results (HealthNewsReview.org, FTC). Cite controlled studies, or say plainly that these are anecdotes.`, () => labelSuggestion(block, sentence));
        }
      }
      if (!labelled) {
        for (const match of testimonials.findLongest(words.words)) {
          const phrase = block.text.slice(match.start, match.end);
          // A hook introduces testimonials elsewhere; no one wording fits, so no suggestion.
          report(match.start, match.end, `"${phrase}" offers testimonials as proof of effect. Testimonials are easy to make up, self-selected and not typical results (FDA, FTC); cite controlled studies or call them anecdotes.`, () => []);
        }
      }
      for (const claim of anecdotesAsProof(block.text, words, studies)) {
        const phrase = block.text.slice(claim.start, claim.end);
        report(claim.start, claim.end, `"${phrase}" treats anecdotes as proof. Anecdotes can illustrate a treatment's use but cannot show that it works; only controlled studies can (HealthNewsReview.org).`, () => softerVerbSuggestion(block, claim.verb));
      }
    });
  },
};

interface Claim {
  start: number;
  end: number;
}

/** "<quantifier> <reporter> [up to 6 words] <report verb> ... <benefit>". */
function userReports(text: string, sentence: SentenceWords, studies: readonly PhraseMatch<AnecdoteEntry>[]): Claim[] {
  const words = sentence.words;
  const claims: Claim[] = [];
  const reporterMatches = reporters.findLongest(words);
  if (reporterMatches.length === 0) return claims;
  let next = 0; // reporters before the current verb: both lists are in text order
  for (const verb of reportVerbs.findLongest(words)) {
    while (next < reporterMatches.length && reporterMatches[next].endWord <= verb.firstWord) next++;
    const reporter = next > 0 ? reporterMatches[next - 1] : undefined;
    if (!reporter || verb.firstWord - reporter.endWord > MAX_REPORTER_GAP) continue;
    // The reporter must be the verb's subject: no clause break between them.
    if (/[,;:()\u2014\u2013]/.test(text.slice(reporter.end, verb.start))) continue;
    const start = quantifierStart(words, reporter) ?? reporter.start;
    if (inStudy(words, studies, start, verb)) continue;
    if (isNegated(text, sentence, start) || isNegated(text, sentence, verb.start, 3) || scarcityBefore(words, start)) continue;
    // "Some people report using kratom to manage withdrawal" reports a use, not an outcome.
    if (USE_GERUNDS.has(words[verb.endWord]?.norm ?? '')) continue;
    if (!positiveVerbs.has(verb.entry.phrase) && !benefitAfter(text, sentence, verb.endWord) && !benefitBeforeTrailingReport(text, sentence, reporter, verb)) continue;
    claims.push({ start, end: verb.end });
  }
  return claims;
}

/** Start of "Many", "Thousands of", "A growing number of" right before the reporter. */
function quantifierStart(words: readonly Word[], reporter: PhraseMatch<AnecdoteEntry>): number | undefined {
  let best: number | undefined;
  for (const quantifier of quantifiers.findAll(words.slice(Math.max(0, reporter.firstWord - 4), reporter.firstWord))) {
    if (quantifier.endWord + Math.max(0, reporter.firstWord - 4) === reporter.firstWord) best = Math.min(best ?? quantifier.start, quantifier.start);
  }
  return best;
}

/** "Few users report ..." says reports are scarce ("a few users" is a quantity, not scarcity). */
function scarcityBefore(words: readonly Word[], start: number): boolean {
  const index = wordIndexAt(words, start);
  const previous = index > 0 ? words[index - 1] : undefined;
  const first = words[index];
  if (first?.norm === 'few' && previous?.norm !== 'a') return true;
  return previous?.norm === 'few' && (index < 2 || words[index - 2].norm !== 'a');
}

const USE_GERUNDS = new Set(['using', 'taking', 'trying', 'buying', 'drinking', 'smoking', 'mixing', 'combining']);

/** How many words before a reporter a study may be named and still frame it ("In a 2020 survey of 500 users, many reported ..."). */
const STUDY_REACH = 12;

/**
 * The people reporting are a study's participants: a study word sits before the verb, either
 * between reporter and verb ("patients in the trial reported") or shortly before the reporter
 * ("in the survey, users reported"). A study named after the report ("..., and clinical studies
 * show ...") does not turn testimonials into data.
 */
function inStudy(words: readonly Word[], studies: readonly PhraseMatch<AnecdoteEntry>[], start: number, verb: PhraseMatch<AnecdoteEntry>): boolean {
  const firstWord = wordIndexAt(words, start);
  const from = words[Math.max(0, firstWord - STUDY_REACH)].start;
  return studies.some((study) => study.start >= from && study.end <= verb.start);
}

/** "This pill fixes sleep, some readers say.": the report verb ends the sentence and the benefit came first. */
function benefitBeforeTrailingReport(text: string, sentence: SentenceWords, reporter: PhraseMatch<AnecdoteEntry>, verb: PhraseMatch<AnecdoteEntry>): boolean {
  if (verb.endWord !== sentence.words.length) return false;
  const before = sentence.words.slice(Math.max(0, reporter.firstWord - BENEFIT_REACH), reporter.firstWord);
  return benefits.findLongest(before).some((benefit) => !isNegated(text, sentence, benefit.start, 3));
}

/** Words that open the writer's own remark after what users report. */
const REMARK_OPENERS = new Set(['which', 'but', 'although', 'though', 'whereas', 'while']);

/** How many words after the report verb its reported content may run. */
const BENEFIT_REACH = 30;

/** A benefit word in what the users report, not itself negated ("did not help"). */
function benefitAfter(text: string, sentence: SentenceWords, fromWord: number): boolean {
  // What they report runs to the end of its clause: in "patients report fatigue, which usually
  // improves", the improvement is the writer's remark, not the patients' report.
  const words = sentence.words;
  let end = fromWord;
  while (end < words.length && end < fromWord + BENEFIT_REACH) {
    if (end > fromWord && (/[,;:()\u2014\u2013]/.test(text.slice(words[end - 1].end, words[end].start)) || REMARK_OPENERS.has(words[end].norm))) break;
    end++;
  }
  const rest = words.slice(fromWord, end);
  return benefits.findLongest(rest).some((benefit) => !isNegated(text, sentence, benefit.start, 3));
}

/** "<anecdote noun> [have|clearly...] <proof verb>": "Testimonials prove it works". */
function anecdotesAsProof(text: string, sentence: SentenceWords, studies: readonly PhraseMatch<AnecdoteEntry>[]): (Claim & { verb: PhraseMatch<AnecdoteEntry> })[] {
  const words = sentence.words;
  const claims: (Claim & { verb: PhraseMatch<AnecdoteEntry> })[] = [];
  const nouns = anecdoteNouns.findLongest(words);
  if (nouns.length === 0) return claims;
  let next = 0;
  for (const verb of proofVerbs.findLongest(words)) {
    while (next < nouns.length && nouns[next].endWord <= verb.firstWord) next++;
    const noun = next > 0 ? nouns[next - 1] : undefined;
    if (!noun || verb.firstWord - noun.endWord > 3 || /[,;:()]/.test(text.slice(noun.end, verb.start))) continue;
    if (isNegated(text, sentence, verb.start, 3)) continue;
    // "Research and anecdotal evidence show ...": the anecdotes are not offered alone.
    if (inStudy(words, studies, noun.start, verb)) continue;
    claims.push({ start: noun.start, end: verb.end, verb });
  }
  return claims;
}

/** Inserts a label before the sentence's final punctuation, so the reader knows what the reports are. */
function labelSuggestion(block: ProseBlock, sentence: Sentence): Fix[] {
  const at = sentence.end - trailingPunctuationLength(sentence.text);
  return fixOf('Say that these are anecdotal reports', insertAtProse(block, at, LABEL_TEXT));
}

/** "prove" -> "suggest", keeping the verb's form. */
function softerVerbSuggestion(block: ProseBlock, verb: PhraseMatch<AnecdoteEntry>): Fix[] {
  const original = block.text.slice(verb.start, verb.end);
  const lower = original.toLowerCase();
  const softer = /(?:ed|en|wn)$/.test(lower) ? 'suggested' : /s$/.test(lower.split(' ')[0]) ? 'suggests' : 'suggest';
  return fixOf(`Replace "${original}" with "${softer}"`, replaceProse(block, verb.start, verb.end, softer));
}
