// wink-nlp given the text as it is, to show what taking capitals off is worth.
import type { Word } from '../../rules/engine/sentences.js';
import { alignTokens, winkTokens, type TaggedWord } from '../../rules/engine/tagger.js';

export function tag(text: string, offset: number, words: readonly Word[]): TaggedWord[] {
  return alignTokens(words, offset, winkTokens(text));
}
