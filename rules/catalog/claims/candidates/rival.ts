// "Nothing calms an upset stomach faster than our peppermint drops", "No other balm soothes
// cracked heels better": a subject that denies itself with a comparative after the verb is no
// denial of the effect but a claim that the product does it best (the rival denied is every
// other one), and so is "like" with a product of the writer's ("Nothing soothes a teething baby
// like our chamomile drops"). decide.ts reads "nothing" as denying the claim; this reads the
// comparison and gives the claim back. "Nothing cures a cold faster than time" compares with no product and
// stays denied.

import type { Token } from '../words.js';
import { productNamedIn, productOfTheWriterIn } from './products.js';

const DENYING = new Set(['nothing', 'no']);
/** Comparatives of how well or how fast: "faster", "better", "more gently". */
const COMPARATIVES = new Set(['faster', 'better', 'quicker', 'sooner', 'harder', 'longer', 'more', 'quickest', 'fastest', 'best']);
/** How many words the denying subject may stand before the verb group: "No other cream", "Nothing else on the market". */
const SUBJECT_REACH = 5;

/** Whether a claim whose group starts at `groupFirst` has a self-denying subject and a comparison that makes it a product's claim to be best. */
export function deniedRival(tokens: readonly Token[], groupFirst: number): boolean {
  let denier = -1;
  for (let at = groupFirst - 1; at >= 0 && groupFirst - at <= SUBJECT_REACH; at--) {
    if (tokens[at + 1].breaks) break;
    if (DENYING.has(tokens[at].norm)) denier = at;
  }
  if (denier < 0 || (tokens[denier].norm === 'no' && tokens[denier + 1]?.norm !== 'other')) return false;
  let clauseEnd = groupFirst + 1;
  while (clauseEnd < tokens.length && !tokens[clauseEnd].breaks) clauseEnd++;
  const comparative = tokens.slice(groupFirst, clauseEnd).findIndex((token) => COMPARATIVES.has(token.norm));
  if (comparative < 0) return likeOurProduct(tokens, groupFirst, clauseEnd);
  const than = tokens.slice(groupFirst + comparative, clauseEnd).findIndex((token) => token.norm === 'than');
  if (than < 0) return true;
  const from = groupFirst + comparative + than + 1;
  return productNamedIn(tokens, from, Math.min(clauseEnd, from + 5));
}

/**
 * "Nothing soothes a teething baby like our chamomile drops": "like" and a product of the
 * writer's in the denied subject's clause compare as "better than" does (nothing does it as the
 * product does). "Nothing works like a good night's sleep" names no product and stays denied.
 */
function likeOurProduct(tokens: readonly Token[], groupFirst: number, clauseEnd: number): boolean {
  for (let at = groupFirst + 1; at < clauseEnd; at++) {
    if (tokens[at].norm === 'like') return productOfTheWriterIn(tokens, at + 1, Math.min(clauseEnd, at + 5));
  }
  return false;
}
