// Rewording of an asserted claim, offered as suggestions (never applied by "fix all"): hedge its
// verb group in place ("can effectively alleviate" -> "may help alleviate"), or attribute the
// sentence to research ("Some studies suggest that ...").

import type { Fix } from '../../engine/types.js';
import type { ProseBlock } from '../../engine/prose.js';
import type { Sentence } from '../../engine/sentences.js';
import type { Claim } from './analyse.js';
import { CAUSAL_ROLE_NOUNS } from './candidates/predicate.js';
import { PERCEIVED_RESULT } from './candidates/perceived.js';
import { CONDITIONAL_IMPERATIVE } from './candidates/conditional-imperative.js';

/** Openers after which an attribution is inserted rather than before them. */
const CONNECTIVE_OPENER = /^(?:however|additionally|moreover|furthermore|in addition|in conclusion|in summary|in short|overall|therefore|thus|also|finally|importantly|notably|in fact|indeed|consequently|as a result|for example|for instance|similarly|likewise|in particular|specifically|in practice)\s*,\s*/i;
/** Words that embed the claim in another clause; an attribution at the sentence start would not reach it. */
const EMBEDDING_WORDS = /\b(?:that|which|who|whom|whose|how|report|reports|reported|say|says|said|claim|claims|believe|believes)\b/i;
/** A contrast ends the reach of a hedge (scopes.ts): an attribution before it would not cover the claim after it. */
const CONTRAST_WORDS = /\b(?:but|however|yet|whereas|nevertheless|nonetheless|conversely|instead)\b/i;
const SUBORDINATE_OPENER = /^\s*(?:although|though|while|whilst|whereas|if|unless|when|whenever|because|since|as|after|before|once|until|by|with|without|for|to|in|on|we|i|you)\b/i;
const TITLE_WORDS = new Set(['Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'St', 'I']);

export function suggestionsFor(block: ProseBlock, sentence: Sentence, claim: Claim): Fix[] {
  const fixes: Fix[] = [];
  const reworded = rewordGroup(block.text.slice(claim.groupStart, claim.groupEnd), claim);
  if (reworded !== undefined && block.isVerbatim(claim.groupStart, claim.groupEnd)) {
    const range = block.sourceRange(claim.groupStart, claim.groupEnd);
    fixes.push({ title: `Hedge the claim: "${reworded}"`, edits: [{ start: range.start, end: range.end, newText: reworded }] });
  }
  const attribution = attributionEdit(block, sentence, claim);
  if (attribution) fixes.push(attribution);
  return fixes;
}

/** The hedged wording of a verb group, e.g. "can effectively alleviate" -> "may help alleviate". */
export function rewordGroup(group: string, claim: Claim): string | undefined {
  const words = group.split(/\s+/);
  const last = words[words.length - 1];
  const capital = /^[A-Z]/.test(group);
  const cap = (text: string): string => (capital ? text[0].toUpperCase() + text.slice(1) : text);
  const lemma = claim.lemma;
  const particle = claim.phrase.split(/\s+/).slice(1).join(' ');
  const base = particle && !group.toLowerCase().endsWith(particle) ? lemma : claim.phrase;
  switch (claim.kind) {
    case 'predicate':
      // "has proven to be effective": a modal cannot replace the infinitive; attribution is offered instead.
      if (/^to$/i.test(words[0])) return undefined;
      // A role with its article ("is a natural remedy", "is an effective treatment") keeps the article.
      const withArticle = /^(?:a|an|the)$/i.test(words[1] ?? '');
      if (CAUSAL_ROLE_NOUNS.has(claim.trigger.toLowerCase()) || claim.trigger.toLowerCase() === 'benefit' || withArticle) {
        // "is a leading cause" -> "may be a leading cause": keep the noun phrase, hedge the verb.
        const rest = words.slice(1).join(' ');
        return cap(/^(?:was|were|been|became|remained)$/i.test(words[0]) ? `may have been ${rest}` : `may be ${rest}`);
      }
      // A bullet that opens with the adjective ("Great for bloating"): it moves after "May be", in lower case.
      const trigger = words[0] === claim.trigger ? claim.trigger[0].toLowerCase() + claim.trigger.slice(1) : claim.trigger;
      return cap(/\b(?:was|were|been|proved|proven|became|remained)\b/i.test(group) ? `may have been ${trigger}` : `may be ${trigger}`);
    case 'nominal':
      // A named effect with no verb ("the benefits of", "beneficial effects of"): call it possible.
      if (claim.verbKind === 'predicate') return cap(`possible ${group[0].toLowerCase()}${group.slice(1)}`);
      // "was followed by an improvement" -> "may have been followed by".
      if (claim.verbKind === 'sequel') return cap(`may have been ${last}`);
      // "A reduction was seen with X": no verb group to hedge in place; attribution is offered instead.
      if (claim.verbKind === 'observed') return undefined;
      // A result reported as shown ("the trial showed a reduction"): "suggested" reports it as evidence, not proof.
      if (claim.verbKind === 'finding') {
        const suggested = claim.form === 'ed' ? 'suggested' : claim.form === 's' ? 'suggests' : 'suggest';
        return cap(words.length > 1 && /^(?:has|have|had)$/i.test(words[0]) ? `${words[0].toLowerCase()} ${suggested}` : suggested);
      }
      if (claim.form === 'ing') return cap(`potentially ${last}`);
      if (claim.form === 'ed') return cap(`may have ${last}`);
      return cap(`may ${claim.lemma}`);
    case 'verb': {
      // The result of a conditional imperative: "and wake up refreshed" -> "and you may wake up refreshed", "and you'll sleep" -> "and you may sleep".
      if (claim.structure === CONDITIONAL_IMPERATIVE) return cap(`you may ${/^you\b/i.test(group) ? words.slice(/^you'll$/i.test(words[0]) ? 1 : 2).join(' ') : group[0].toLowerCase() + group.slice(1)}`);
      // An imperative that promises a result: "Lose 20 pounds" -> "May help you lose 20 pounds".
      if (claim.subject === 'imperative') return cap(`may help you ${base}`);
      // A promise to the reader keeps the reader as subject: "you will lose" -> "you may lose". In
      // "you'll lose" the modal is part of the subject's word, outside the group: no rewording in place.
      if (claim.subject === 'reader') return words.length > 1 && /^(?:will|can|shall|would)$/i.test(words[0]) ? cap(`may ${words.slice(1).join(' ')}`) : undefined;
      if (claim.verbKind === 'help') return cap(`may ${group.replace(/^.*?\b(help\w*)/i, 'help').replace(/^help\w*/i, 'help')}`);
      if (claim.form === 'ing') return cap(`potentially ${words.slice(words.findIndex((word) => word.toLowerCase().startsWith(lemma.slice(0, 3)))).join(' ')}`);
      if (claim.form === 'ed') {
        const verbAt = words.findIndex((word) => word.toLowerCase() === claim.trigger.toLowerCase());
        const participle = words.slice(verbAt).join(' ');
        const passive = words.slice(0, verbAt).some((word) => /^(?:is|are|was|were|be|been)$/i.test(word));
        if (passive) return cap(/^(?:is|are|be)$/i.test(words[verbAt - 1] ?? '') ? `may be ${participle}` : `may have been ${participle}`);
        return cap(`may have ${participle}`);
      }
      if (lemma === 'cure') return cap('may help with');
      if (claim.verbKind === 'benefit') return cap(`may help ${base}`);
      return cap(`may ${base}`);
    }
  }
  return undefined;
}

/** "Some studies suggest that ..." before the sentence (after an opening connective), lower-casing its first word. */
function attributionEdit(block: ProseBlock, sentence: Sentence, claim: Claim): Fix | undefined {
  // "The trial showed ..." already names its source; "suggested" is the rewording it needs.
  if (claim.verbKind === 'finding') return undefined;
  // A headline promise with no verb ("No more heartburn!") is no statement a study could suggest,
  // and a share of buyers who saw a result is a survey of them, not a study's suggestion.
  if ((claim.kind === 'nominal' && claim.subject === 'reader') || claim.structure === PERCEIVED_RESULT) return undefined;
  const opener = CONNECTIVE_OPENER.exec(sentence.text);
  const insertAt = sentence.start + (opener ? opener[0].length : 0);
  // Only when the claim belongs to the sentence's main clause, which starts the sentence:
  // "Some studies suggest that when ingested, ..." or "... that many users report that ..." reads badly.
  const lead = block.text.slice(insertAt, claim.groupStart);
  // A claim that starts the sentence is reworded in place; one with no rewording may still be attributed.
  const startsSentence = claim.groupStart < insertAt || (claim.groupStart === insertAt && claim.verbKind !== 'observed');
  if (startsSentence || /[,;:()\u2013\u2014]/.test(lead) || EMBEDDING_WORDS.test(lead) || CONTRAST_WORDS.test(lead) || SUBORDINATE_OPENER.test(lead)) return undefined;
  const firstWord = /^[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/u.exec(block.text.slice(insertAt));
  if (!firstWord) return undefined;
  const word = firstWord[0];
  const wordEnd = insertAt + word.length;
  if (!block.isVerbatim(insertAt, wordEnd)) return undefined;
  const following = /^\s+([\p{L}]+)/u.exec(block.text.slice(wordEnd));
  const properName = TITLE_WORDS.has(word) || /^[\p{Lu}][\p{Ll}]+$/u.test(following?.[1] ?? '') && /^[\p{Lu}]/u.test(word);
  const lowered = !properName && /^[\p{Lu}][\p{Ll}'\u2019-]*$/u.test(word) ? word[0].toLowerCase() + word.slice(1) : word;
  const prefix = opener ? 'some studies suggest that ' : 'Some studies suggest that ';
  const range = block.sourceRange(insertAt, wordEnd);
  return { title: 'Attribute the claim: "Some studies suggest that ..."', edits: [{ start: range.start, end: range.end, newText: prefix + lowered }] };
}
