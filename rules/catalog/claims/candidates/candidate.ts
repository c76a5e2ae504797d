// The candidate claim that each family in this folder finds and decide.ts decides.

import type { Claim } from '../analyse.js';

export interface Candidate {
  kind: Claim['kind'];
  /** First and one-past-last word of the verb group. */
  groupFirst: number;
  groupEnd: number;
  /** Word index of the causal word itself (verb, effect noun or predicate adjective). */
  head: number;
  info: { lemma: string; phrase: string; form: Claim['form']; verbKind: Claim['verbKind'] };
  /** Words after the group where the object phrase starts. */
  objectFrom: number;
  /** One past the object's last word, where the family has read the whole object itself ("for a calmer, more focused you"). */
  objectEnd?: number;
  /** A passive whose agent ("by X") belongs to the claim. */
  passive?: boolean;
  /** The structure's own "no" is the promise, not a denial ("No more heartburn"). */
  ownNegator?: boolean;
  /** Which family found it, for the explanation ("claim verb", "open verb", "remedy noun", ...). */
  structure: string;
  /** What the structure found the subject to be, where it looks (the structural families). */
  subject?: 'product' | 'reader' | 'imperative';
  /** Why the structure is a claim where it may also describe a condition's course ("its cause named: ..."), for the explanation. */
  basis?: string;
  /** The health concept when it stands outside the sentence (the question an answer answers). */
  concept?: Claim['concept'];
  /** The subject is a practice named by a gerund: found for the explanation, not flagged. */
  practice?: boolean;
}
