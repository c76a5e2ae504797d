// dosage-instruction: a specific amount, schedule or duration for a substance given to the
// reader as advice ("a starting dose might be 1-2 grams of kratom powder", "take 5 mg an
// hour before bed"). Doses reported as what a study gave its participants, doses attributed
// to a label or guideline ("labels suggest 500 mg"), stated upper limits, numbers that are
// not doses, and product composition ("each capsule contains 500 mg", "Gummies (3 mg)") are
// left alone.

import { WordSet } from '../engine/phrases.js';
import type { SentenceRule } from '../engine/rule.js';
import type { Word } from '../engine/sentences.js';
import { hasSource } from './context/citations.js';
import { commercialLinkIndexes } from './links/commercial.js';
import { contextReason, quotedSpans, sentenceWords, wordsEndingBy, type SentenceWords } from './context/sentence-context.js';
import { doseUnitEntries, doseUnitPattern as unitPattern, type DoseUnitKind as UnitKind } from './support/dose-units.js';

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|half|a\\s+half';
const FRACTIONS = '\u00bd\u00bc\u00be\u2153\u2154\u215b';
const NUMBER = `(?:\\d+(?:[.,]\\d+)*(?:\\s*\\/\\s*\\d+)?(?:\\s*[${FRACTIONS}])?|[${FRACTIONS}]|(?:${NUMBER_WORDS})(?![\\p{L}]))`;
const AMOUNT = `(?<![\\p{L}\\p{N}.,/])${NUMBER}(?:\\s*(?:-|\u2013|\u2014|to|or|and)\\s*${NUMBER})?`;

/** "5 mg", "2 to 6 grams", "1-2g": the unit follows the number directly. */
/** "190 mg/dL", "5 mg/mL": a concentration or a lab value, not an amount to take. */
const NOT_CONCENTRATION = '(?!\\s*\\/\\s*(?:d[lL]|[lL]|m[lL]|cc|m2|m\u00b2|min)(?![\\p{L}]))';
const MEASURED = new RegExp(`${AMOUNT}\\s*(?:${unitPattern('measure')})(?![\\p{L}])${NOT_CONCENTRATION}`, 'giu');
/** "1 to 3 kratom pills", "two capsules": up to two describing words may sit between. */
const COUNTED = new RegExp(`${AMOUNT}((?:\\s+\\p{L}[\\p{L}-]*){0,2}?)\\s+(?:${unitPattern('count')})(?![\\p{L}])`, 'giu');
const KITCHEN = new RegExp(`${AMOUNT}((?:\\s+\\p{L}[\\p{L}-]*){0,1}?)\\s+(?:${unitPattern('kitchen')})(?![\\p{L}])`, 'giu');

const PERIOD = '(?:day|week|night|morning|evening|meal)';
const FREQUENCY_SOURCE =
  `(?:(?:once|twice|thrice|${NUMBER}\\s+times)\\s+(?:(?:a|per|each|every)\\s+${PERIOD}|daily|weekly)` +
  `|(?:per|a|each)\\s+${PERIOD}|daily|nightly|with\\s+(?:each\\s+|every\\s+)?meals?` +
  `|every\\s+(?:${NUMBER}(?:\\s*(?:-|\u2013|to)\\s*${NUMBER})?\\s+)?(?:hours?|days?|${PERIOD})` +
  `|at\\s+bedtime|before\\s+(?:bed(?:time)?|sleep)|(?:an?|one|${NUMBER})\\s+hours?\\s+before\\s+(?:bed(?:time)?|sleep))(?![\\p{L}])`;
const DURATION_SOURCE = `for\\s+(?:up\\s+to\\s+|at\\s+least\\s+)?${NUMBER}(?:\\s*(?:-|\u2013|to)\\s*${NUMBER})?\\s+(?:days?|weeks?|months?)(?![\\p{L}])`;
/** What may follow an amount and still belong to the instruction: "of X", a schedule, a duration. */
const TAIL_PIECE = new RegExp(`^(?:,?\\s*(?:${FREQUENCY_SOURCE})|\\s+${DURATION_SOURCE})`, 'iu');
const FREQUENCY = new RegExp(FREQUENCY_SOURCE, 'giu');

/** Words that end the "of <substance>" part of an amount phrase. */
const SUBSTANCE_STOP = new Set(
  'a an and or to at in on per for with before after daily each every once twice which that who is are was were can could may might should will would as by from if when while but it its this these those then the has have had contains provides gives offers'.split(' '),
);
/** Words that cannot sit between a number and a count unit ("1,000 participants took capsules"). */
const COUNT_GAP_STOP = new Set(
  'of the a an to and or who that which took take takes taking were was had have has received receive given participants patients people adults children subjects users volunteers per with in on at from for than'.split(' '),
);
/** "500 mg per tablet": the amount describes a product. */
const PER_PORTION = /^\s*(?:per|in\s+each|in\s+every|in\s+one|in\s+a)\s+(?:serving|servings|portion|capsule|tablet|softgel|gummy|scoop|bar|bag|pack|packet|bottle|jar|can|piece|slice|sachet|100\s*g)\b/i;
/** "a 100 g serving of salmon": a portion size, unless the sentence tells the reader to take it ("Take a 500 mg capsule"). */
const PORTION_SIZE = /^\s*(?:serving|portion|capsule|tablet|softgel|gummy|scoop|bar|bag|pack|packet|bottle|jar|can|piece|slice|sachet)\b/i;
const MEASURE_UNITS = new Set(doseUnitEntries.filter((entry) => entry.kind === 'measure').map((entry) => entry.phrase.toLowerCase()));

/** Verbs of composition: "each capsule contains 500 mg" describes a product, it does not advise. */
const COMPOSITION = new Set('contains contain containing contained provides provide providing has have having packs delivers equals equivalent'.split(' '));
const RESEARCH_WORDS = new WordSet(
  'study studies trial trials participants subjects volunteers patients cohort researchers investigators mice rats animals placebo randomized randomised experiment experiments group groups arm'.split(' '),
);
/** Past-tense verbs that report what was given in a study. */
const REPORTED_DOSING = new WordSet('received took consumed ingested administered given assigned randomized randomised dosed used tested gave studied compared evaluated'.split(' '));
const UPPER_LIMIT_NEGATIONS = new Set(["not", "don't", "doesn't", "shouldn't", "mustn't", 'never', 'avoid', 'nobody', 'no-one', 'none']);
/** Verbs that make a sentence an instruction to take something. */
const INTAKE_VERBS = new Set('take taking taken use using drink drinking consume consuming chew swallow apply dissolve mix dose dosing start starting begin'.split(' '));
const INTAKE_VERBS_BY_ID = new WordSet(INTAKE_VERBS);

const PROFESSIONAL_ADVICE =
  /\b(?:consult(?:ing)?|talk(?:ing)?\s+(?:to|with)|speak(?:ing)?\s+(?:to|with)|ask(?:ing)?|check(?:ing)?\s+with|seek(?:ing)?|guidance\s+(?:of|from)|supervis\w*)\b[^.!?]{0,60}?\b(?:doctors?|physicians?|pharmacists?|clinicians?|health\s*-?\s*care|professionals?|providers?|nurses?|dietitians?|GP)\b/i;
const VARIATION_NOTE = /\b(?:individual(?:s|ly)?\b[^.!?]{0,30}\b(?:respon\w*|sensitiv\w*|toleran\w*|needs|differ\w*|var\w*)|var(?:y|ies|iable|iability|ying)\s+(?:widely\s+)?(?:among|between|from|by|with|according)|depend(?:s|ing)?\s+on|tolerance|body\s+weight)\b/i;

interface Candidate {
  start: number;
  end: number;
  kind: UnitKind | 'frequency';
}

function wordsBefore(words: readonly Word[], offset: number, count: number): Word[] {
  const end = wordsEndingBy(words, offset);
  return words.slice(Math.max(0, end - count), end);
}

/** "Do not take more than 100 micrograms a day": a warning against overdose, which careful writing should keep. */
function isUpperLimitWarning(words: readonly Word[], amountStart: number): boolean {
  const before = wordsBefore(words, amountStart, 6).map((word) => word.norm);
  const negated = before.findIndex((word) => UPPER_LIMIT_NEGATIONS.has(word));
  if (negated < 0) return false;
  const rest = before.slice(negated + 1).join(' ');
  return /\b(?:exceed|more than|over|above|higher than)$/.test(rest) || /^(?:exceed|go over)\b/.test(rest);
}

/**
 * The sentence reports what a study gave its participants ("participants received 5 mg"). The
 * study may be named in another sentence of the paragraph ("REDUCE-IT tested 4 g a day ...
 * than in the placebo group").
 */
function reportsStudyDosing(words: readonly Word[], paragraphMentionsResearch: () => boolean): boolean {
  if (!REPORTED_DOSING.hasAny(words)) return false;
  return RESEARCH_WORDS.hasAny(words) || paragraphMentionsResearch();
}

/**
 * A dose the sentence attributes to a label, a maker or a guideline body before giving it
 * ("Product labels commonly suggest 500 mg", "specialists we spoke to said that 0.5 mg ...").
 * The reader is told whose figure it is; the writer does not advise it.
 */
const ATTRIBUTED_TO =
  /\b(?:labels?|label(?:l)?ing|packag(?:e|es|ing)|boxes|manufacturers?|makers?|brands?|guidelines?|guidance|inserts?|specialists?|experts?|pharmacists?|doctors?|physicians?|clinicians?|dietitians?|researchers?|authorities|agenc(?:y|ies)|institutes?|associations?|societ(?:y|ies)|colleges?|academ(?:y|ies)|pharmacopoeias?|monographs?)\b[^.!?]{0,60}?\b(?:says?|said|suggest(?:s|ed)?|lists?|listed|recommends?|recommended|direct(?:s|ed)?|states?|stated|advises?|advised|sets?|indicates?|indicated|calls?\s+for|specif(?:y|ies|ied))\b/i;
/** "Take 2 tablets every 4 hours, as directed on the package": the figure repeats the label's directions. */
const AS_DIRECTED = /\bas\s+(?:directed|instructed|stated|printed|shown|written)\s+(?:on|by|in)\s+(?:the\s+|your\s+)?(?:label|package|packaging|pack|box|leaflet|insert|pharmacist|doctor|prescriber|prescription)\b/i;
function isAttributedDose(sentenceText: string, amountOffsetInSentence: number): boolean {
  return ATTRIBUTED_TO.test(sentenceText.slice(0, amountOffsetInSentence)) || AS_DIRECTED.test(sentenceText);
}

/** "The upper limit for adults is 4,000 IU a day": a ceiling, which careful writing should keep. */
const LIMIT_WORDS = new Set(['limit', 'limits', 'maximum', 'max', 'ceiling', 'ul']);
function isStatedLimit(words: readonly Word[], amountStart: number): boolean {
  return wordsBefore(words, amountStart, 6).some((word) => LIMIT_WORDS.has(word.norm));
}

/** "Brand A Gummies (3 mg)": an amount alone in brackets labels a product's strength. */
function isBracketedStrength(text: string, amount: Candidate): boolean {
  return /\(\s*$/.test(text.slice(Math.max(0, amount.start - 3), amount.start)) && /^\s*\)/.test(text.slice(amount.end, amount.end + 3));
}

function isIntakeSentence(words: readonly Word[]): boolean {
  return INTAKE_VERBS_BY_ID.hasAny(words);
}

/** Extends an amount over "of powdered leaf", a schedule and a duration that follow it. */
function extendAmount(text: string, end: number, sentenceEnd: number): number {
  // Everything an amount can take in fits in a short stretch; bounding it keeps long sentences linear.
  const limit = Math.min(sentenceEnd, end + 120);
  const of = /^\s+of\s+/u.exec(text.slice(end, limit));
  if (of) {
    let cursor = end + of[0].length;
    let substanceEnd = -1;
    let taken = 0;
    const WORD = /^(\p{L}[\p{L}'\u2019-]*)\s*/u;
    for (let word = WORD.exec(text.slice(cursor, limit)); word && taken < 4; word = WORD.exec(text.slice(cursor, limit))) {
      const norm = word[1].toLowerCase();
      if (SUBSTANCE_STOP.has(norm) && !(norm === 'the' && taken === 0)) break;
      taken++;
      if (norm !== 'the') substanceEnd = cursor + word[1].length;
      cursor += word[0].length;
    }
    if (substanceEnd > end) end = substanceEnd;
  }
  for (let piece = 0; piece < 3; piece++) {
    const tail = TAIL_PIECE.exec(text.slice(end, limit));
    if (!tail) break;
    end += tail[0].length;
  }
  return end;
}

const NUMBER_WORD_SET = new Set(NUMBER_WORDS.split('|').filter((word) => !word.includes('\\')));
const NUMBER_WORDS_BY_ID = new WordSet(NUMBER_WORD_SET);
const DIGIT_OR_FRACTION = new RegExp(`[0-9${FRACTIONS}]`);

/**
 * Every amount starts with a digit, a fraction or a number word (alone or joined to another:
 * "twenty-one", "one's"): most sentences have none, and the amount patterns are long.
 */
function mayHoldAmount(sentenceText: string, words: readonly Word[]): boolean {
  if (DIGIT_OR_FRACTION.test(sentenceText)) return true;
  return words.some((word) => NUMBER_WORDS_BY_ID.has(word) || ((word.norm.includes("'") || word.norm.includes('-')) && word.norm.split(/['-]/).some((part) => NUMBER_WORD_SET.has(part))));
}

function findAmounts(text: string, { sentence, words }: SentenceWords): Candidate[] {
  if (!mayHoldAmount(sentence.text, words)) return [];
  const slice = text.slice(sentence.start, sentence.end);
  const found: Candidate[] = [];
  const intake = isIntakeSentence(words);
  for (const [regex, kind] of [
    [MEASURED, 'measure'],
    [COUNTED, 'count'],
    [KITCHEN, 'kitchen'],
  ] as const) {
    regex.lastIndex = 0;
    for (let match = regex.exec(slice); match; match = regex.exec(slice)) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const between = match[1] ?? '';
      const after = slice.slice(match.index + match[0].length, match.index + match[0].length + 40);
      if (PER_PORTION.test(after) || (!intake && PORTION_SIZE.test(after))) continue;
      if (kind !== 'measure') {
        const gapWords = between.split(/\s+/).map((word) => word.toLowerCase());
        if (gapWords.some((word) => COUNT_GAP_STOP.has(word) || MEASURE_UNITS.has(word))) continue;
        // "in 2016 pills were ..." is a year, not an amount.
        if (between !== '' && /^(?:19|20)\d\d\b/.test(match[0])) continue;
        if (kind === 'kitchen' && !intake && !mentionsSchedule(slice)) continue;
      }
      found.push({ start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, kind });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

function mentionsSchedule(text: string): boolean {
  FREQUENCY.lastIndex = 0;
  return FREQUENCY.test(text);
}

/** A schedule without an amount ("Take it twice a day") counts only in an instruction to take something. */
function findSchedule(text: string, { sentence, words }: SentenceWords): Candidate | undefined {
  const first = words[0]?.norm;
  const instructs = (first !== undefined && INTAKE_VERBS.has(first)) || /\b(?:should|must|can|to)\s+(?:take|use|drink|consume|chew)\b/i.test(sentence.text);
  if (!instructs) return undefined;
  FREQUENCY.lastIndex = 0;
  const match = FREQUENCY.exec(text.slice(sentence.start, sentence.end));
  if (!match) return undefined;
  return { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, kind: 'frequency' };
}

export const dosageInstruction: SentenceRule<{ softened: boolean; mentionsResearch: boolean }> = {
  meta: {
    id: 'dosage-instruction',
    description: 'Specific doses, schedules or durations for a substance given to the reader as advice.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
  },
  scope: 'sentence',
  /** Whether the paragraph mentions professional advice or individual variation, and research (a study's doses are reported, not advised). */
  blockContext: ({ block, sentences }) => ({
    softened: PROFESSIONAL_ADVICE.test(block.text) || VARIATION_NOTE.test(block.text),
    mentionsResearch: sentences.some((sentence) => RESEARCH_WORDS.hasAny(sentenceWords(sentence).words)),
  }),
  check({ block, sentences, blockContext }, context) {
    const text = block.text;
    const quotes = quotedSpans(block);
    let shopLinks: ReadonlySet<number> | undefined;
    for (const sentence of sentences) {
      const view = sentenceWords(sentence);
      const amounts = findAmounts(text, view);
      const schedule = amounts.length === 0 ? findSchedule(text, view) : undefined;
      if (amounts.length === 0 && !schedule) continue;
      // A study's dose, or a dose attributed to a named source ("according to the NHS"), is
      // reported information the reader can check, not the writer's own advice.
      shopLinks ??= commercialLinkIndexes(block, context.settings);
      if (reportsStudyDosing(view.words, () => blockContext().mentionsResearch) || hasSource(block, sentence, { ignoredLinks: shopLinks })) continue;
      // A heading names what a section covers ("Five melatonin gummies compared") and a table
      // cell holds data ("200 mg" under "Dose on label"); either instructs only with an intake verb.
      if ((block.kind === 'heading' || block.kind === 'tableCell') && !isIntakeSentence(view.words)) continue;
      let chosen: Candidate | undefined;
      for (const amount of amounts) {
        if (contextReason(block, quotes, view, amount.start, amount.end)) continue;
        if (wordsBefore(view.words, amount.start, 3).some((word) => COMPOSITION.has(word.norm))) continue;
        if (isUpperLimitWarning(view.words, amount.start) || isStatedLimit(view.words, amount.start)) continue;
        if (isAttributedDose(sentence.text, amount.start - sentence.start) || isBracketedStrength(text, amount)) continue;
        chosen = { ...amount, end: extendAmount(text, amount.end, sentence.end) };
        break;
      }
      if (schedule && !contextReason(block, quotes, view, schedule.start, schedule.end)) chosen = schedule;
      if (!chosen) continue;
      const phrase = text.slice(chosen.start, chosen.end);
      const what = chosen.kind === 'frequency' ? 'a dosing schedule' : 'a specific dose';
      const message = blockContext().softened
        ? `"${phrase}" gives ${what} as advice. The paragraph does mention professional advice or individual variation, but a bare figure still reads as a recommendation: attribute it to a source or leave the dose to the reader's clinician.`
        : `"${phrase}" gives ${what} as advice with no note that doses should be set with a doctor or pharmacist. Readers differ in health, medicines and sensitivity, so a figure read as a recommendation can cause harm.`;
      context.report({ ...block.sourceRange(chosen.start, chosen.end), message });
    }
  },
};
