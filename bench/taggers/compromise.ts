// compromise (rule-based tagger with its own tag set; verb roots from compute('root')).
import type { Word } from '../../rules/engine/sentences.js';
import { alignTokens, locate, type TaggedWord, type UPOS } from '../../rules/engine/tagger.js';

type Term = { text: string; normal: string; tags: string[]; root?: string; implicit?: string };
type Compromise = (text: string) => { compute(method: string): void; json(options?: object): Array<{ terms: Term[] }> };
let nlp: Compromise | undefined;

function toUpos(term: Term): UPOS {
  const tags = new Set(term.tags);
  const normal = (term.implicit ?? term.normal).toLowerCase();
  if (tags.has('Copula') || tags.has('Auxiliary') || tags.has('Modal')) return 'AUX';
  if (tags.has('Negative') && normal === 'not') return 'PART';
  if (tags.has('Verb')) return 'VERB';
  if (tags.has('Pronoun')) return 'PRON';
  if (tags.has('ProperNoun')) return 'PROPN';
  if (tags.has('Value') || tags.has('Cardinal')) return 'NUM';
  if (tags.has('Noun')) return 'NOUN';
  if (tags.has('Adjective')) return 'ADJ';
  if (tags.has('Adverb')) return 'ADV';
  if (tags.has('Determiner')) return 'DET';
  if (tags.has('Conjunction')) return /^(?:and|or|but|nor|yet)$/.test(normal) ? 'CCONJ' : 'SCONJ';
  if (tags.has('Preposition')) return normal === 'to' ? 'PART' : 'ADP';
  if (tags.has('QuestionWord')) return 'ADV';
  if (tags.has('Expression')) return 'INTJ';
  return 'X';
}

export function tag(text: string, offset: number, words: readonly Word[]): TaggedWord[] {
  nlp ??= require('compromise') as Compromise;
  const doc = nlp(text);
  doc.compute('root');
  const terms = doc.json().flatMap((sentence) => sentence.terms);
  const located = locate(text, terms.map((term) => term.text), (index) => ({
    pos: toUpos(terms[index]),
    lemma: (terms[index].root || terms[index].implicit || terms[index].normal).toLowerCase(),
  }));
  return alignTokens(words, offset, located);
}
