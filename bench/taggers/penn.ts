// Penn Treebank tags (en-pos) to Universal POS, and a Penn-style tokenizer for taggers that take tokens.
import type { UPOS } from '../../rules/engine/tagger.js';

const BE = new Set(['be', 'is', 'am', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m"]);

export function pennToUpos(tag: string, token: string, next: string | undefined): UPOS {
  const lower = token.toLowerCase();
  if (tag.startsWith('VB')) {
    if (BE.has(lower)) return 'AUX';
    if (/^(?:have|has|had|'ve|'d|do|does|did)$/.test(lower) && next && /^(?:VB[NDP]?|RB)$/.test(next)) return 'AUX';
    return 'VERB';
  }
  if (tag === 'MD') return 'AUX';
  if (tag === 'NN' || tag === 'NNS') return 'NOUN';
  if (tag === 'NNP' || tag === 'NNPS') return 'PROPN';
  if (tag.startsWith('JJ')) return 'ADJ';
  if (tag.startsWith('RB') || tag === 'WRB') return lower === 'not' || lower === "n't" ? 'PART' : 'ADV';
  if (tag === 'IN') return /^(?:that|if|because|while|whether|although|though|since|unless|when|before|after)$/.test(lower) && next?.match(/^(?:PRP|NN|DT)/) ? 'SCONJ' : 'ADP';
  if (tag === 'DT' || tag === 'PDT' || tag === 'WDT') return 'DET';
  if (tag === 'PRP' || tag === 'PRP$' || tag === 'WP' || tag === 'WP$' || tag === 'EX') return 'PRON';
  if (tag === 'CC') return 'CCONJ';
  if (tag === 'CD') return 'NUM';
  if (tag === 'TO' || tag === 'POS' || tag === 'RP') return tag === 'RP' ? 'ADP' : 'PART';
  if (tag === 'UH') return 'INTJ';
  if (tag === 'SYM' || tag === '$' || tag === '#') return 'SYM';
  if (/^[.,:;()"'`!?-]+$/.test(tag) || /^\W+$/.test(token)) return 'PUNCT';
  return 'X';
}

/** Words, numbers, clitics ("do" + "n't", "it" + "'s") and punctuation, as Penn taggers expect. */
export function pennTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|\S/gu)) {
    const token = match[0];
    const clitic = /^(.+?)(n't|'s|'re|'ve|'ll|'d|'m)$/i.exec(token.replace(/’/g, "'"));
    if (clitic) tokens.push(token.slice(0, clitic[1].length), token.slice(clitic[1].length));
    else tokens.push(token);
  }
  return tokens;
}
