// Sentence and word segmentation. Sentences come from Intl.Segmenter (Unicode UAX #29),
// then a break after a common abbreviation ("Dr.", "e.g.") or before a lower-case word is
// undone, since UAX #29 alone splits "Dr. Smith" in two.

export interface Sentence {
  /** Sentence text, trailing white space removed. */
  text: string;
  /** Offsets into the block's prose. */
  start: number;
  end: number;
  /** The sentence's words, once `wordsOfSentence` has split it. */
  words?: readonly Word[];
}

export interface Word {
  /** Lower-case, with typographic apostrophes made plain. */
  norm: string;
  start: number;
  end: number;
  /**
   * The word's id in the lexicons' shared vocabulary, kept by `PhraseMatcher` so that a
   * sentence's words are looked up once for all lexicons (negative: not in it, or not yet
   * looked up). A copy of a word with another `norm` must set it to -1.
   */
  lexiconId?: number;
}

/**
 * Where each lexicon's phrases may start in a word list, worked out once for all lexicons and
 * kept by `PhraseMatcher` (phrases.ts) under the vocabulary version it was worked out for.
 */
export interface PhraseStarts {
  version: number;
  /** By start slot: the index of the one word that starts a phrase, or the indexes, ascending. */
  bySlot: Array<number | number[] | undefined>;
}

/** The shared word lists carry one mutable `PhraseStarts` (other arrays do not). */
export type SharedWords = readonly Word[] & { readonly phraseStarts?: PhraseStarts };

/**
 * Readies a word list for sharing, with room for its phrase starts. Typed readonly, not frozen:
 * every rule reads these lists, and V8 takes slower paths for frozen arrays (a warm full lint ran
 * about a quarter more instructions with them frozen).
 */
function share(words: Word[]): readonly Word[] {
  (words as { phraseStarts?: PhraseStarts }).phraseStarts = { version: -1, bySlot: [] };
  return words;
}

const ABBREVIATION_BEFORE_BREAK = /(?:^|[\s(])(?:dr|mr|mrs|ms|prof|st|vs|etc|e\.g|i\.e|fig|figs|no|approx|ca|al|cf|incl|min|max|jr|sr|inc|ltd|co|corp|dept|univ|vol|pp?|mg|mcg|ml|oz|lb|lbs|kg|hr|hrs|wk|wks)\.\s*$/i;

let segmenter: Intl.Segmenter | undefined;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let pending: { start: number; end: number } | undefined;
  for (const { segment, index } of segmentsOf(text)) {
    const end = index + segment.length;
    if (pending) {
      if (endsWithAbbreviation(text, pending.start, pending.end) || /^\s*[a-z]/.test(segment)) {
        pending.end = end;
        continue;
      }
      pushTrimmed(text, pending, sentences);
    }
    pending = { start: index, end };
  }
  if (pending) pushTrimmed(text, pending, sentences);
  return sentences;
}

// V8's sentence segmenter costs time in proportion to the whole string at every step, so one
// huge block would take quadratic time. Segmenting a window at a time keeps it linear: every
// segment of a window but the last is final; the last starts the next window.
const SEGMENT_WINDOW = 4096;

function* segmentsOf(text: string): Generator<{ segment: string; index: number }> {
  let windowStart = 0;
  let windowLength = SEGMENT_WINDOW;
  while (windowStart < text.length) {
    const windowEnd = Math.min(text.length, windowStart + windowLength);
    const segments = sentenceSegments(text.slice(windowStart, windowEnd));
    if (windowEnd === text.length) {
      for (const { segment, index } of segments) yield { segment, index: windowStart + index };
      return;
    }
    if (segments.length < 2) {
      // One sentence fills the window: widen it rather than cut the sentence.
      windowLength *= 2;
      continue;
    }
    for (const { segment, index } of segments.slice(0, -1)) yield { segment, index: windowStart + index };
    windowStart += segments[segments.length - 1].index;
    windowLength = SEGMENT_WINDOW;
  }
}

/**
 * The sentence segments of a text, as iterating `Intl.Segmenter`'s segments gives them. Asking
 * for the segment containing each next index is the same walk, and in V8 a third faster than
 * the iterator.
 */
export function sentenceSegments(text: string): { segment: string; index: number }[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const all = segmenter.segment(text);
  const segments: { segment: string; index: number }[] = [];
  for (let at = 0; at < text.length; ) {
    const { segment, index } = all.containing(at)!;
    segments.push({ segment, index });
    at = index + segment.length;
  }
  return segments;
}

/**
 * Tests only the last few characters of a pending sentence: merged sentences can grow long,
 * and testing the whole of each would make splitting quadratic.
 */
function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  let trimmedEnd = end;
  while (trimmedEnd > start && /\s/.test(text[trimmedEnd - 1])) trimmedEnd--;
  // The longest abbreviation plus its dot is 7 characters, so a window of 9 cannot let `^`
  // match in the middle of a word.
  return ABBREVIATION_BEFORE_BREAK.test(text.slice(Math.max(start, trimmedEnd - 9), trimmedEnd));
}

function pushTrimmed(text: string, range: { start: number; end: number }, into: Sentence[]): void {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) into.push({ text: text.slice(start, end), start, end });
}

// Several rules split the same text into words; recent results are kept, keyed by the text
// itself (whose hash the string caches) and then by offset, so a lookup never builds a key.
// The arrays are shared, so typed readonly: a rule must copy before changing one.
const WORDS_CACHE_SIZE = 256;
const wordsCache = new Map<string, Map<number, readonly Word[]>>();

/** Words of a text with their offsets. Hyphenated words and contractions stay whole. */
export function splitWords(text: string, offset = 0): readonly Word[] {
  let byOffset = wordsCache.get(text);
  const cached = byOffset?.get(offset);
  if (cached) return cached;
  const words = share(findWords(text, offset));
  if (!byOffset) {
    if (wordsCache.size >= WORDS_CACHE_SIZE) wordsCache.delete(wordsCache.keys().next().value as string);
    byOffset = new Map();
    wordsCache.set(text, byOffset);
  }
  byOffset.set(offset, words);
  return words;
}

/** Words of a sentence, offsets in its block's prose: split once per sentence, however many rules ask. */
export function wordsOfSentence(sentence: Sentence): readonly Word[] {
  // Kept on the sentence itself: every rule asks about every sentence, and a property read is
  // far cheaper than a WeakMap lookup.
  return (sentence.words ??= share(findWords(sentence.text, sentence.start)));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** 1 for the ASCII letters and digits, by character code. */
const ASCII_WORD_CHAR = new Uint8Array(128).map((_, code) => (/[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0));

/** Length in UTF-16 units of the letter or digit starting at `index`, or 0 if there is none. */
function wordCharLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) return ASCII_WORD_CHAR[code];
  if (Number.isNaN(code)) return 0;
  const point = text.codePointAt(index)!;
  const length = point > 0xffff ? 2 : 1;
  return LETTER_OR_DIGIT.test(text.slice(index, index + length)) ? length : 0;
}

function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2d || code === 0x2019 || code === 0x2018;
}

/**
 * Runs of letters and digits, joined through single apostrophes and hyphens ("St. John's",
 * "well-being"). A hand loop rather than a Unicode regular expression: this runs over every
 * sentence, and ASCII text needs no Unicode tables.
 */
function findWords(text: string, offset: number): Word[] {
  const words: Word[] = [];
  // Lower-casing the whole text at once is the same as word by word unless the length changes
  // (U+0130) or a capital sigma's final form depends on what follows the word.
  let lower: string | undefined = text.toLowerCase();
  if (lower.length !== text.length || text.includes('\u03a3')) lower = undefined;
  else if (lower.includes('\u2019') || lower.includes('\u2018')) lower = lower.replace(/[\u2019\u2018]/g, "'");
  const length = text.length;
  let index = 0;
  while (index < length) {
    let step = wordCharLength(text, index);
    if (step === 0) {
      index++;
      continue;
    }
    const start = index;
    for (;;) {
      while (step > 0) {
        index += step;
        step = index < length ? wordCharLength(text, index) : 0;
      }
      // A joiner continues the word only when a letter or digit follows it.
      if (index < length && isJoiner(text.charCodeAt(index))) {
        step = wordCharLength(text, index + 1);
        if (step > 0) {
          index++;
          continue;
        }
      }
      break;
    }
    words.push({ norm: lower === undefined ? normaliseWord(text.slice(start, index)) : lower.slice(start, index), start: offset + start, end: offset + index, lexiconId: -1 });
  }
  return words;
}

export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/[\u2019\u2018]/g, "'");
}
