// missing-provider-advice: a document that discusses using a treatment, supplement, drug or
// dose but never tells the reader to consult a doctor, pharmacist or other qualified
// professional. FDA and NIH (ODS, NCCIH) advise readers to talk with a health care provider
// before they start, stop or change a supplement or medicine, because of interactions, side
// effects and conditions the writer cannot know about.
//
// Advice counts only when a provider is the object of advice ("consult with a healthcare
// provider", "under the guidance of a pharmacist") or the advice stands on its own ("seek
// medical advice", "professionally supervised"). Providers named in another role ("for
// researchers, healthcare providers, and policymakers to work together") and negated advice
// ("you don't need to see a doctor") do not count.
//
// What makes a document need the advice: a dose, two sentences about using a treatment, or one
// unhedged efficacy claim about a product (the claim analysis that `unhedged-claim` uses): a page
// that sells a supplement for a health effect needs the advice whether or not it gives a dose.
// On a page that sells (a shop or affiliate link, a call to action), a hedged claim about a
// product promotes it too ("may help you bounce back faster ... Order today"), as disease-claim
// reads product copy.

import type { DocumentRule } from '../engine/rule.js';
import type { LintDocument } from '../engine/document.js';
import { PhraseMatcher, phraseWords, textContainsPhrase, type LexiconEntry, type PhraseMatch } from '../engine/phrases.js';
import { wordsOfSentence, type Sentence, type Word } from '../engine/sentences.js';
import type { Range } from '../engine/types.js';
import providers from '../data/providers.json';
import treatmentTerms from '../data/treatment-terms.json';
import { appendParagraph } from './links/document-edits.js';
import { doseUnitPattern } from './support/dose-units.js';
import { prepareVerdicts, sentenceVerdict } from './claims/index.js';
import { callsToActionIn, commercialLinksIn } from './links/commercial.js';
import type { ProseBlock } from '../engine/prose.js';
import type { LintSettings } from '../engine/config.js';

interface KindEntry extends LexiconEntry {
  kind: string;
}

/** Per-block facts; ranges are prose offsets of the block. */
export interface ProviderAdviceFacts {
  /** The block advises consulting a professional. */
  advises: boolean;
  /** First sentence that discusses dosing (a dose word or an amount with a unit). */
  doseSentence?: Range;
  /** First sentence that discusses using a treatment (a use word with a product word). */
  useSentence?: Range;
  /** Number of sentences that discuss use or dosing. */
  useSentences: number;
  /** First sentence that claims a health effect of a product (an unhedged claim, as `unhedged-claim` flags it). */
  claimSentence?: Range;
  /** First sentence that claims it with a hedge ("may help"): promotion only where the page sells. */
  hedgedClaimSentence?: Range;
  /** The block sells: a shop or affiliate link, or a call to action. */
  sells: boolean;
  /** First sentence of the block. */
  firstSentence?: Range;
}

const adviceMatcher = new PhraseMatcher<KindEntry>((providers.entries as KindEntry[]).filter((entry) => entry.kind !== 'filler' && entry.kind !== 'negator'));
const fillers = new Set((providers.entries as KindEntry[]).filter((entry) => entry.kind === 'filler').map((entry) => entry.phrase));
const negators = new Set((providers.entries as KindEntry[]).filter((entry) => entry.kind === 'negator').map((entry) => entry.phrase));
const treatmentMatcher = new PhraseMatcher<KindEntry>(treatmentTerms.entries as KindEntry[]);

/** Most words that may stand between an advice verb and the provider ("consult with your own trusted doctor"). */
const MAX_FILLER_WORDS = 4;
/** How far back a negation can reach within a clause. */
const NEGATION_WINDOW = 8;

/**
 * An amount with a unit of the dose-unit lexicon: "500 mg", "2 to 6 grams", "1-2 capsules",
 * "two gummies". Kitchen units ("2 cups") count only beside a use word, since recipes use them.
 */
const AMOUNT_BEFORE = '(?<![\\p{L}\\p{N}])(?:\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|half)(?:\\s*(?:-|\u2013|to)\\s*\\d+(?:[.,]\\d+)?)?\\s*';
const AMOUNT = new RegExp(`${AMOUNT_BEFORE}(?:${doseUnitPattern('measure', 'count')})(?![\\p{L}])`, 'iu');
const KITCHEN_AMOUNT = new RegExp(`${AMOUNT_BEFORE}(?:${doseUnitPattern('kitchen')})(?![\\p{L}])`, 'iu');

let lastAdvice: { text: string; words: readonly string[] } | undefined;
/** The configured advice as words; it changes only with the configuration, so the last is kept. */
function adviceWords(adviceText: string): readonly string[] {
  if (lastAdvice?.text !== adviceText) lastAdvice = { text: adviceText, words: phraseWords(adviceText) };
  return lastAdvice.words;
}

/** Every amount starts with a digit or contains a number word: most sentences have neither. */
const MAY_HOLD_AMOUNT = /\d|one|two|three|four|five|six|seven|eight|nine|ten|half/i;
/** The number words by their first letter's code. */
const NUMBER_WORDS_BY_FIRST: Array<string[] | undefined> = [];
for (const word of ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half']) (NUMBER_WORDS_BY_FIRST[word.charCodeAt(0)] ??= []).push(word);

/**
 * Whether an amount can start in this word: at its start or after a joiner ("twenty-one"), a
 * digit or a number word. The patterns' look-behind keeps an amount from starting anywhere
 * else, so a sentence with no such word needs no pattern run. A character outside ASCII
 * answers yes: case folding might match it.
 */
function amountMayStartIn(norm: string): boolean {
  for (let at = 0; ; ) {
    const code = norm.charCodeAt(at);
    if ((code >= 0x30 && code <= 0x39) || code >= 0x80) return true;
    const numbers = NUMBER_WORDS_BY_FIRST[code];
    if (numbers !== undefined) for (const number of numbers) if (norm.startsWith(number, at)) return true;
    // On to the part after the next joiner, if any.
    let next = at + 1;
    while (next < norm.length && norm.charCodeAt(next) !== 0x27 && norm.charCodeAt(next) !== 0x2d) next++;
    if (next >= norm.length - 1) return false;
    at = next + 1;
  }
}

/** What one sentence says: advice to consult a professional, use of a treatment or a dose, promotion of a product, a sales call. */
interface SentenceFacts {
  advises: boolean;
  use: 'dose' | 'use' | undefined;
  promotes: Promotion;
  sells: boolean;
}

function sentenceFactsOf(block: ProseBlock, sentence: Sentence, settings: LintSettings): SentenceFacts {
  const words = wordsOfSentence(sentence);
  return { advises: advisesConsulting(block.text, words), use: discussesUse(sentence, words), promotes: promotesProduct(block, sentence, words, settings), sells: sellsIn(block, sentence, settings) };
}

function sellsIn(block: ProseBlock, sentence: Sentence, settings: LintSettings): boolean {
  return callsToActionIn(block, [sentence], settings).length > 0;
}

export const missingProviderAdvice: DocumentRule<ProviderAdviceFacts, SentenceFacts> = {
  meta: {
    id: 'missing-provider-advice',
    description: 'Discusses using a treatment, supplement, drug or dose without advising readers to consult a professional.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: false,
  },
  scope: 'document',
  // The claim analysis's parts of speech, made in one pass per batch of the lint's sentences.
  prepare: prepareVerdicts,
  collectSentence: ({ block, sentences: [sentence] }, settings) => sentenceFactsOf(block, sentence, settings),
  collect({ block, sentences, sentenceFacts }, settings) {
    const facts: ProviderAdviceFacts = { advises: false, useSentences: 0, sells: commercialLinksIn(block, settings).length > 0 };
    if (sentences.length > 0) facts.firstSentence = { start: sentences[0].start, end: sentences[0].end };
    // The configured advice counts however it reads, so the rule's own fix always satisfies it.
    if (textContainsPhrase(block.text, adviceWords(settings.providerAdviceText))) facts.advises = true;
    for (const [index, sentence] of sentences.entries()) {
      const known = sentenceFacts?.[index];
      const words = known ? undefined : wordsOfSentence(sentence);
      const promotes = known ? known.promotes : promotesProduct(block, sentence, words!, settings);
      // Worked out here (a whole block, not cached by sentence): advice is looked for only until found.
      if (known ? known.advises : !facts.advises && advisesConsulting(block.text, words!)) facts.advises = true;
      const use = known ? known.use : discussesUse(sentence, words!);
      if (use === 'dose') facts.doseSentence ??= { start: sentence.start, end: sentence.end };
      if (use === 'use') facts.useSentence ??= { start: sentence.start, end: sentence.end };
      if (use) facts.useSentences++;
      if (promotes === 'claim') facts.claimSentence ??= { start: sentence.start, end: sentence.end };
      if (promotes === 'hedged') facts.hedgedClaimSentence ??= { start: sentence.start, end: sentence.end };
      if (known ? known.sells : sellsIn(block, sentence, settings)) facts.sells = true;
    }
    return facts;
  },
  check(document, facts, context) {
    if (facts.some((fact) => fact?.advises)) return;
    // Dosing once is enough; use without a dose needs two sentences, so a passing mention of
    // "treatment" in a news story is not taken for advice about using one.
    // An efficacy claim about a product promotes using it, dose or no dose.
    const doseBlock = facts.findIndex((fact) => fact?.doseSentence !== undefined);
    // A hedged claim promotes the product on a page that sells it.
    const sells = facts.some((fact) => fact?.sells);
    const claimBlock = facts.findIndex((fact) => fact?.claimSentence !== undefined || (sells && fact?.hedgedClaimSentence !== undefined));
    const useCount = facts.reduce((sum, fact) => sum + (fact?.useSentences ?? 0), 0);
    if (doseBlock < 0 && claimBlock < 0 && useCount < 2) return;
    const firstUseBlock = facts.findIndex((fact) => fact?.doseSentence !== undefined || fact?.useSentence !== undefined || fact?.claimSentence !== undefined || (sells && fact?.hedgedClaimSentence !== undefined));
    const at = placement(document, facts, firstUseBlock);
    if (!at) return;
    const advice = context.settings.providerAdviceText;
    context.report({
      ...at,
      message:
        'This text discusses using a treatment, supplement or dose but never advises readers to consult a doctor, pharmacist or other qualified health professional. Readers may act on it; FDA and NIH advise checking with a provider first because of interactions, side effects and health conditions.',
      fixes: [{ title: 'Add advice to consult a health professional at the end', edits: [appendParagraph(document, advice)] }],
    });
  },
};

/** Where a reader looks: the first heading, else the first passage about use or dosing, else the first sentence. */
function placement(document: LintDocument, facts: ReadonlyArray<ProviderAdviceFacts | undefined>, useBlock: number): Range | undefined {
  const heading = document.blocks.findIndex((block) => block.kind === 'heading');
  if (heading >= 0) {
    const block = document.blocks[heading];
    return { start: block.sourceStart, end: block.sourceEnd };
  }
  if (useBlock >= 0) {
    const fact = facts[useBlock]!;
    const sentence = [fact.doseSentence, fact.useSentence, fact.claimSentence, fact.hedgedClaimSentence].filter((range): range is Range => range !== undefined).sort((a, b) => a.start - b.start)[0];
    return document.blocks[useBlock].sourceRange(sentence.start, sentence.end);
  }
  const first = facts.findIndex((fact) => fact?.firstSentence !== undefined);
  if (first < 0) return undefined;
  const sentence = facts[first]!.firstSentence!;
  return document.blocks[first].sourceRange(sentence.start, sentence.end);
}

/** True when a sentence advises consulting a professional and the advice is not negated. */
function advisesConsulting(text: string, sentenceWords: readonly Word[]): boolean {
  // "your doctor's advice": match the provider without its possessive ending, and remember it.
  const possessive = new Set<number>();
  let words: readonly Word[] = sentenceWords;
  for (let index = 0; index < sentenceWords.length; index++) {
    const word = sentenceWords[index];
    // "doctor's" is one word; in "physicians' advice" the apostrophe follows the word.
    const next = text.charCodeAt(word.end);
    if ((next === 0x27 || next === 0x2019) && word.norm.endsWith('s')) possessive.add(index);
    if (word.norm.length > 2 && word.norm.endsWith("'s")) {
      possessive.add(index);
      // The words are shared: copy once, on the first possessive.
      if (words === sentenceWords) words = sentenceWords.slice();
      (words as Word[])[index] = { ...word, norm: word.norm.slice(0, -2), lexiconId: -1 };
    }
  }
  const matches = adviceMatcher.findLongest(words);
  for (let m = 0; m < matches.length; m++) {
    const match = matches[m];
    const kind = match.entry.kind;
    if (kind === 'standalone') {
      if (!isNegated(text, words, match.firstWord)) return true;
      continue;
    }
    if (kind !== 'trigger') continue;
    const provider = providerAfter(text, words, matches, m);
    if (provider && !isNegated(text, words, match.firstWord)) return true;
  }
  for (const match of matches) {
    // "with your doctor's approval", "follow your pharmacist's instructions".
    if (match.entry.kind === 'provider' && possessive.has(match.endWord - 1) && ADVICE_NOUNS.has(words[match.endWord]?.norm ?? '')) {
      if (!isNegated(text, words, match.firstWord)) return true;
    }
  }
  // "Your doctor can help you decide": the reader's own provider, as the subject of advice.
  for (const match of matches) {
    if (match.entry.kind !== 'provider' || words[match.firstWord - 1]?.norm !== 'your') continue;
    const next = words.slice(match.endWord, match.endWord + 3).map((word) => word.norm);
    if (next.some((word) => ADVISING_VERBS.has(word)) && !isNegated(text, words, match.firstWord)) return true;
  }
  return false;
}

const ADVICE_NOUNS = new Set(['advice', 'guidance', 'approval', 'supervision', 'instructions', 'instruction', 'recommendation', 'recommendations', 'orders', 'okay', 'ok', 'permission', 'care', 'direction', 'directions', 'oversight', 'input']);
const ADVISING_VERBS = new Set(['advise', 'help', 'recommend', 'guide', 'tell', 'explain', 'decide', 'monitor', 'check', 'review', 'suggest', 'know', 'knows', 'approve', 'approves']);

/** The provider named right after a trigger, with only filler words between them. */
function providerAfter(text: string, words: readonly Word[], matches: readonly PhraseMatch<KindEntry>[], index: number): PhraseMatch<KindEntry> | undefined {
  const trigger = matches[index];
  const next = matches[index + 1];
  if (!next || next.entry.kind !== 'provider') {
    return undefined;
  }
  const gap = words.slice(trigger.endWord, next.firstWord);
  if (gap.length > MAX_FILLER_WORDS || !gap.every((word) => fillers.has(word.norm))) return undefined;
  // Clause punctuation between them breaks the link ("as we will see, doctors ...").
  if (/[,;:.!?()]/.test(text.slice(trigger.end, next.start))) return undefined;
  return next;
}

/**
 * Odd number of negations in the clause before the advice: "you don't need to see a doctor"
 * is negated; "don't start without talking to your doctor" negates twice, so it is advice.
 */
function isNegated(text: string, words: readonly Word[], firstWord: number): boolean {
  let count = 0;
  for (let i = firstWord - 1; i >= 0 && firstWord - i <= NEGATION_WINDOW; i--) {
    if (/[;:.!?]/.test(text.slice(words[i].end, words[i + 1].start))) break;
    const word = words[i].norm;
    if (negators.has(word) || word.endsWith("n't") || word === 'cannot') count++;
  }
  return count % 2 === 1;
}

/** How a sentence promotes a product for a health effect: by a claim, by a hedged claim, or not. */
type Promotion = 'claim' | 'hedged' | undefined;

/**
 * The sentence claims a health effect of something taken or done: a claim the structural
 * analysis found about a product (or promised to the reader), or a claim in a sentence that
 * names a product or treatment ("kratom relieves pain"). 'claim' when it is flagged (unhedged),
 * 'hedged' when hedged ("may help"). A claim about the body or a condition alone ("stress
 * disrupts sleep") promotes nothing.
 */
function promotesProduct(block: ProseBlock, sentence: Sentence, words: readonly Word[], settings: LintSettings): Promotion {
  const verdict = sentenceVerdict(block, sentence, settings);
  const hedged = verdict.claims.filter((claim) => claim.status === 'hedged');
  if (verdict.flagged.length === 0 && hedged.length === 0) return undefined;
  const namesProduct = (): boolean => treatmentMatcher.findAll(words).some((match) => match.entry.kind === 'product');
  const aboutProduct = (claims: readonly { subject?: unknown }[]): boolean => claims.length > 0 && (claims.some((claim) => claim.subject !== undefined) || namesProduct());
  if (aboutProduct(verdict.flagged)) return 'claim';
  return aboutProduct(hedged) ? 'hedged' : undefined;
}

/** 'dose' for dosing, 'use' for use of a product, undefined otherwise. */
function discussesUse(sentence: Sentence, words: readonly Word[]): 'dose' | 'use' | undefined {
  let use = false;
  let product = false;
  for (const match of treatmentMatcher.findAll(words)) {
    if (match.entry.kind === 'dose') return 'dose';
    if (match.entry.kind === 'use') use = true;
    if (match.entry.kind === 'product') product = true;
  }
  if (words.some((word) => amountMayStartIn(word.norm)) && MAY_HOLD_AMOUNT.test(sentence.text) && (AMOUNT.test(sentence.text) || (use && KITCHEN_AMOUNT.test(sentence.text)))) return 'dose';
  return use && product ? 'use' : undefined;
}
