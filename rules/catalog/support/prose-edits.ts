// Building suggestion edits from prose offsets. An edit is offered only over prose that was
// copied one for one from the source, so that it lands exactly where the reader sees it.
// Shared by anecdotal-evidence, hype-language, animal-to-human and absolute-language.

import type { LexiconEntry, PhraseMatch } from '../../engine/phrases.js';
import type { ProseBlock } from '../../engine/prose.js';
import type { Word } from '../../engine/sentences.js';
import type { SentenceWords } from '../context/sentence-context.js';
import type { Fix, TextEdit } from '../../engine/types.js';

/** Replaces prose [start, end) with `newText`; undefined when that prose is not verbatim source. */
export function replaceProse(block: ProseBlock, start: number, end: number, newText: string): TextEdit | undefined {
  if (end <= start || !block.isVerbatim(start, end)) return undefined;
  const range = block.sourceRange(start, end);
  return { start: range.start, end: range.end, newText };
}

/**
 * Inserts `newText` at a prose offset: just before the next character when that character was
 * copied verbatim (so "<em>works</em>." gets the text before the full stop, after the tag),
 * else just after the previous one.
 */
export function insertAtProse(block: ProseBlock, at: number, newText: string): TextEdit | undefined {
  if (at < block.text.length && block.isVerbatim(at, at + 1)) {
    const position = block.sourceRange(at, at + 1).start;
    return { start: position, end: position, newText };
  }
  if (at > 0 && block.isVerbatim(at - 1, at)) {
    const position = block.sourceRange(at - 1, at).end;
    return { start: position, end: position, newText };
  }
  return undefined;
}

export function fixOf(title: string, edit: TextEdit | undefined): Fix[] {
  return edit ? [{ title, edits: [edit] }] : [];
}

/** "a" or "an" before a word, by its first sound as far as spelling tells. */
export function indefiniteArticle(nextWord: string): 'a' | 'an' {
  const lower = nextWord.toLowerCase();
  if (/^(hour|honest|honou?r|heir)/.test(lower)) return 'an';
  if (/^(uni|use|usu|uti|eu|one|once|ur[aeiou])/.test(lower)) return 'a';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

/** Keeps the capital of the word being replaced ("Breakthrough" -> "Advance"). */
export function matchCase(original: string, replacement: string): string {
  if (replacement === '' || !/^\p{Lu}/u.test(original)) return replacement;
  return replacement[0].toUpperCase() + replacement.slice(1);
}

/** Length of the trailing sentence punctuation (and closing quotes or brackets) of a sentence's text. */
export function trailingPunctuationLength(sentenceText: string): number {
  // Scanned from the end: a regex anchored with $ would try every position of a long sentence.
  let end = sentenceText.length;
  while (end > 0 && `"'\u201d\u2019)]`.includes(sentenceText[end - 1])) end--;
  let stop = end;
  while (stop > 0 && '.!?\u2026'.includes(sentenceText[stop - 1])) stop--;
  return stop === end ? 0 : sentenceText.length - stop;
}

/** Words after which a matched noun is a noun ("a breakthrough in ...") rather than a modifier of the next word. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'without', 'as', 'than', 'that', 'which',
  'who', 'and', 'or', 'but', 'nor', 'so', 'yet', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will',
  'would', 'can', 'could', 'may', 'might', 'this', 'these', 'those', 'it', 'its', 'they', 'we', 'you', 'your', 'our',
  'their', 'if', 'when', 'because', 'since', 'while', 'like', 'into', 'about', 'over', 'under', 'after', 'before',
]);

const SPACE = /^[ \t\u00a0]+$/;

/**
 * Suggestions for a lexicon match whose entry may carry a `replacement` ('' = delete):
 * - a modifier ("a breakthrough treatment", "revolutionary, safe pills") is deleted, fixing "a"/"an";
 * - an adverb ending in -ly ("relieves pain instantly") is deleted wherever it stands;
 * - otherwise the replacement is offered, again fixing "a"/"an";
 * - a deletable word used as a predicate ("it is amazing") gets no suggestion: a person must rewrite.
 */
export function lexiconSuggestions(block: ProseBlock, words: readonly Word[], match: PhraseMatch<LexiconEntry>): Fix[] {
  const replacement = match.entry.replacement;
  if (replacement === undefined) return [];
  const text = block.text;
  const term = text.slice(match.start, match.end);
  const next = words[match.endWord];
  const gap = next ? text.slice(match.end, next.start) : '';
  const modifiesNext = next !== undefined && !FUNCTION_WORDS.has(next.norm) && SPACE.test(gap);
  const inRowOfModifiers = next !== undefined && !FUNCTION_WORDS.has(next.norm) && /^,[ \t\u00a0]+$/.test(gap);
  const previous = match.firstWord > 0 ? words[match.firstWord - 1] : undefined;
  const article = previous && (previous.norm === 'a' || previous.norm === 'an') && SPACE.test(text.slice(previous.end, match.start)) ? previous : undefined;
  const isVerb = (match.entry as LexiconEntry & { partOfSpeech?: string }).partOfSpeech === 'verb';
  const title = replacement === '' || (modifiesNext && !isVerb && !/\s/.test(match.entry.phrase)) ? `Delete "${term}"` : `Replace "${term}" with "${replacement}"`;

  if (title.startsWith('Delete')) {
    if (modifiesNext || inRowOfModifiers) {
      if (article) {
        const newArticle = matchCase(text.slice(article.start, article.end), indefiniteArticle(text.slice(next!.start, next!.end)));
        return fixOf(title, replaceProse(block, article.start, next!.start, `${newArticle} `));
      }
      if (match.firstWord === 0 && /^\p{Lu}/u.test(term) && /^\p{Ll}/u.test(text[next!.start])) {
        // "Revolutionary pills help." -> "Pills help.": the sentence keeps its capital.
        return fixOf(title, replaceProse(block, match.start, next!.start + 1, text[next!.start].toUpperCase()));
      }
      return fixOf(title, replaceProse(block, match.start, next!.start, ''));
    }
    if (/ly$/i.test(term) && match.firstWord > 0 && SPACE.test(text.slice(words[match.firstWord - 1].end, match.start))) {
      // "works instantly." -> "works."
      return fixOf(title, replaceProse(block, words[match.firstWord - 1].end, match.end, ''));
    }
    return [];
  }
  const newText = matchCase(term, replacement);
  if (article) {
    const newArticle = matchCase(text.slice(article.start, article.end), indefiniteArticle(newText));
    return fixOf(title, replaceProse(block, article.start, match.end, `${newArticle} ${newText}`));
  }
  return fixOf(title, replaceProse(block, match.start, match.end, newText));
}

/**
 * The words around [start, end) as a sentence of their own, at most `before` words before and
 * `after` words after. Context cues (negation, hedges, attribution) reach a few words, so a
 * window keeps every check local and the whole rule linear even in a 300,000-character
 * sentence with no full stop.
 */
export function around(text: string, sentence: SentenceWords, start: number, end: number, before = 40, after = 40): SentenceWords {
  const words = sentence.words;
  if (words.length <= before + after) return sentence;
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words[mid].start < start) low = mid + 1;
    else high = mid;
  }
  let last = low;
  while (last < words.length && words[last].end <= end) last++;
  const window = words.slice(Math.max(0, low - before), Math.min(words.length, last + after));
  if (window.length === 0) return sentence;
  const windowStart = window[0].start;
  const windowEnd = window[window.length - 1].end;
  return { sentence: { text: text.slice(windowStart, windowEnd), start: windowStart, end: windowEnd }, words: window };
}

/** Index of the first word starting at or after `offset` (binary search). */
export function wordIndexAt(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether [start, end) lies inside one of the spans (in text order, not overlapping): binary search. */
export function insideSpan(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start <= start) low = mid + 1;
    else high = mid;
  }
  const span = spans[low - 1];
  return span !== undefined && span.start <= start && end <= span.end;
}
