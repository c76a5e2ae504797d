// en-pos (Brill-style tagger over a lexicon; Penn tags) with wink-lemmatizer for lemmas.
import type { Word } from '../../rules/engine/sentences.js';
import { alignTokens, locate, type TaggedWord } from '../../rules/engine/tagger.js';
import { pennToUpos, pennTokens } from './penn.js';

type EnPos = { Tag: new (tokens: string[]) => { initial(): { smooth(): { tags: string[] } } } };
type Lemmatizer = { verb(word: string): string; noun(word: string): string; adjective(word: string): string };
let library: { pos: EnPos; lemmatize: Lemmatizer } | undefined;

export function tag(text: string, offset: number, words: readonly Word[]): TaggedWord[] {
  library ??= { pos: require('en-pos') as EnPos, lemmatize: require('wink-lemmatizer') as Lemmatizer };
  const tokens = pennTokens(text);
  if (tokens.length === 0) return [];
  const tags = new library.pos.Tag(tokens).initial().smooth().tags;
  const lemmatize = library.lemmatize;
  const located = locate(text, tokens, (index) => {
    const token = tokens[index].toLowerCase();
    const tag = tags[index];
    const lemma = tag.startsWith('VB') ? lemmatize.verb(token) : tag === 'NNS' ? lemmatize.noun(token) : tag.startsWith('JJ') ? lemmatize.adjective(token) : token;
    return { pos: pennToUpos(tag, token, tags[index + 1]), lemma: token === "n't" ? 'not' : lemma };
  });
  return alignTokens(words, offset, located);
}
