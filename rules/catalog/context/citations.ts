// Whether a sentence names a source a reader could check: a link, a numbered or author-year
// citation, a DOI or PMID, a named journal, institution or author, or "according to" a named
// body. Used by uncited-evidence (an appeal to research needs one) and dosage-instruction (a
// dose attributed to a source is reported information, not the writer's advice).

import { SKIPPED, type ProseBlock } from '../../engine/prose.js';
import type { Sentence } from '../../engine/sentences.js';
import evidence from '../../data/evidence-phrases.json';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const NAMED_SOURCE = new RegExp(
  `(?<![\\p{L}])(?:${evidence.namedSources
    .map((entry) => entry.phrase)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}])`,
  'u',
);

/** Citations proper: a reference a reader can follow, as opposed to a name mentioned in passing. */
const EXPLICIT_CITATIONS: readonly RegExp[] = [
  /\[\s*\d+(?:\s*[,\u2013-]\s*\d+)*\s*\]/, // [1], [2, 3], [4-6]
  /[\u00b9\u00b2\u00b3\u2070-\u2079]/, // superscript reference numbers
  /\p{L}[.,;:)]\d{1,3}(?:[,\u2013-]\d{1,3})*(?=\s|$)/u, // "works.1": a <sup>1</sup> reference after the punctuation
  /\(\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3})*\)/, // (1), (2, 3), (4-6)
  /\([^()]{0,80}?\p{Lu}[\p{L}'\u2019-]+[^()]{0,40}?\b(?:19|20)\d\d[a-z]?\s*\)/u, // (Smith et al., 2020)
  /\bet\s+al\b/,
  /\bdoi\s*:|\b10\.\d{4,9}\/\S/i,
  /\bPMID\s*:?\s*\d+|\bPMC\d+/,
  /\b(?:published|appeared|reported)\s+in\s+(?:the\s+)?(?:journal\s+)?\p{Lu}/u,
  /\baccording\s+to\s+(?:the\s+)?\p{Lu}/u, // "according to the NHS"
];

/** Sources named in passing: an institution, an author, a journal. */
const NAMED_SOURCES: readonly RegExp[] = [
  /\b(?:University|Institute|Institutes|College|Hospital|Clinic|Centre|Center|Foundation|Agency|Administration|Organi[sz]ation|Society|Association|Academy|School\s+of\s+Medicine)\b/,
  /\b(?:by|at|from)\s+(?:Dr\.?\s+|Professor\s+)?\p{Lu}\p{Ll}+/u, // "a study by Smith", "researchers at Yale"
  NAMED_SOURCE,
];

/**
 * Whether the sentence carries a source: a citation pattern (with `explicitOnly`, only a
 * reference a reader can follow, not a named journal or institution in passing), or (unless `links` is false) a
 * link overlapping it that is not in `ignoredLinks` (e.g. shop and affiliate links). Product
 * copy links to shops, so a rule about claims a seller makes can ask for citations only.
 */
export function hasSource(
  block: ProseBlock,
  sentence: Sentence,
  { links = true, ignoredLinks, explicitOnly = false }: { links?: boolean; ignoredLinks?: ReadonlySet<number>; explicitOnly?: boolean } = {},
): boolean {
  if (links) {
    const range = block.sourceRange(sentence.start, sentence.end);
    const linked = block.links.some(
      (link, index) => !ignoredLinks?.has(index) && link.range.start < range.end && range.start < link.range.end,
    );
    if (linked) return true;
    // Bare URLs are links in Markdown and plain text; in HTML text they stay as written.
    if (/\bhttps?:\/\/\S|\bwww\.\S/i.test(sentence.text)) return true;
    // Skipped markup that is not a link: a footnote reference such as [^1].
    for (let at = sentence.text.indexOf(SKIPPED); at >= 0; at = sentence.text.indexOf(SKIPPED, at + 1)) {
      const skipped = block.sourceRange(sentence.start + at, sentence.start + at + 1);
      if (!block.links.some((link) => link.range.start <= skipped.start && skipped.end <= link.range.end)) return true;
    }
  }
  const found = citationIn(sentence);
  return explicitOnly ? found === 'explicit' : found !== 'none';
}

const LEADING_LIST_NUMBER = /^\s*\(\d{1,3}\)\s+/;

// Several rules ask about the same sentence; its text is read once.
const citationCache = new WeakMap<Sentence, 'explicit' | 'named' | 'none'>();

/** The strongest kind of citation the sentence's text holds. */
function citationIn(sentence: Sentence): 'explicit' | 'named' | 'none' {
  let found = citationCache.get(sentence);
  if (found === undefined) {
    // "(2) Studies show ...": a list number opening the sentence is no reference number.
    const text = sentence.text.replace(LEADING_LIST_NUMBER, '');
    const test = (pattern: RegExp) => pattern.test(text);
    found = EXPLICIT_CITATIONS.some(test) ? 'explicit' : NAMED_SOURCES.some(test) ? 'named' : 'none';
    citationCache.set(sentence, found);
  }
  return found;
}
