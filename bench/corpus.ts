// Benchmark documents built from the five seed articles: repeated until they reach a word
// count, as Markdown (a heading every few paragraphs, paragraphs separated by blank lines)
// or as plain text (one paragraph per line, the seeds' own shape).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type BenchFormat = 'markdown' | 'plaintext';

export function readSeedParagraphs(seedDirectory: string): string[] {
  const files = readdirSync(seedDirectory)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  return files.flatMap((name) =>
    readFileSync(join(seedDirectory, name), 'utf8')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0),
  );
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

/**
 * Paragraphs, cycling through the seeds, until `words` words are reached. Each repetition of
 * a paragraph ends with a short sentence naming the copy, so that no two paragraphs are the
 * same and no cache can reuse one paragraph's results for another.
 */
export function paragraphsOfLength(paragraphs: readonly string[], words: number): string[] {
  const result: string[] = [];
  let total = 0;
  for (let i = 0; total < words; i++) {
    const copy = Math.floor(i / paragraphs.length);
    const seed = paragraphs[i % paragraphs.length];
    const paragraph = copy === 0 || !/[.!?]$/.test(seed) ? seed : `${seed} Copy ${copy + 1}.`;
    const wordsHere = countWords(paragraph);
    if (total + wordsHere > words) {
      const remaining = paragraph.split(/\s+/).slice(0, words - total).join(' ');
      result.push(remaining);
      total = words;
      break;
    }
    result.push(paragraph);
    total += wordsHere;
  }
  return result;
}

export function buildDocument(paragraphs: readonly string[], words: number, format: BenchFormat): string {
  const body = paragraphsOfLength(paragraphs, words);
  if (format === 'plaintext') return body.join('\n\n') + '\n';
  const parts: string[] = [];
  body.forEach((paragraph, index) => {
    // Short seed lines are titles; every fifth paragraph gets a section heading.
    if (paragraph.length < 90 && !/[.!?]$/.test(paragraph)) parts.push(`## ${paragraph}`);
    else {
      if (index % 5 === 0) parts.push(`## Section ${index / 5 + 1}`);
      parts.push(paragraph);
    }
  });
  return parts.join('\n\n') + '\n';
}

/**
 * The seed articles as they are (lines kept, no blank lines added), each article once per
 * copy, articles separated by a blank line: what a paste from a CMS or a word processor looks
 * like. In Markdown most of an article is then one long paragraph (seed 002: 1,121 words in 11
 * lines; its bulleted lines make a list whose last item swallows the following lines).
 */
export function readSeedArticles(seedDirectory: string): string[] {
  return readdirSync(seedDirectory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(seedDirectory, name), 'utf8').replace(/\s+$/, ''));
}

export function buildLongParagraphDocument(articles: readonly string[], copies: number): string {
  const parts: string[] = [];
  for (let copy = 0; copy < copies; copy++) parts.push(...articles);
  return parts.join('\n\n') + '\n';
}
