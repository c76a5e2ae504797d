// Building suggestion edits from prose offsets. An edit is offered only over prose that was
// copied one for one from the source, so that it lands exactly where the reader sees it.
// Shared by anecdotal-evidence, hype-language, animal-to-human and absolute-language.

import type { LexiconEntry, PhraseMatch } from '../../engine/phrases.js';
import type { ProseBlock } from '../../engine/prose.js';
import type { Word } from '../../engine/sentences.js';
import type { Fix, TextEdit } from '../../engine/types.js';

/** Replaces prose [start, end) with `newText`; undefined when that prose is not verbatim source. */
export function replaceProse(block: ProseBlock, start: number, end: number, newText: string): TextEdit | undefined {
  if (end <= start || !block.isVerbatim(start, end)) return undefined;
  const range = block.sourceRange(start, end);
  return { start: range.start, end: range.end, newText };
}

/** Inserts `newText` at a prose offset that sits between two verbatim characters. */
export function insertAtProse(block: ProseBlock, at: number, newText: string): TextEdit | undefined {
  const before = Math.max(0, at - 1);
  const after = Math.min(block.text.length, at + 1);
  if (after <= before || !block.isVerbatim(before, after)) return undefined;
  const position = at === 0 ? block.sourceRange(0, 1).start : block.sourceRange(before, at).end;
  return { start: position, end: position, newText };
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

/** The trailing sentence punctuation (and closing quotes or brackets) of a sentence's text. */
export function trailingPunctuationLength(sentenceText: string): number {
  const match = /[.!?\u2026]+["'\u201d\u2019)\]]*$/.exec(sentenceText);
  return match ? match[0].length : 0;
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
  const title = replacement === '' || (modifiesNext && !/\s/.test(match.entry.phrase)) ? `Delete "${term}"` : `Replace "${term}" with "${replacement}"`;

  if (title.startsWith('Delete')) {
    if (modifiesNext || inRowOfModifiers) {
      if (article) {
        const newArticle = matchCase(text.slice(article.start, article.end), indefiniteArticle(text.slice(next!.start, next!.end)));
        return fixOf(title, replaceProse(block, article.start, next!.start, `${newArticle} `));
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
