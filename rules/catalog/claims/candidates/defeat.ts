// A health concept said to be beaten, in an idiom of defeat with the concept as its subject:
// illness as an enemy that a remedy defeats (Sontag, Illness as Metaphor, 1978). "Heartburn
// doesn't stand a chance against our chewable tablets", "Your migraines have finally met their
// match", "Colds are no match for our zinc lozenges", "Joint stiffness has nothing on our
// capsules", and the vocative "Hangovers, meet your match". The idioms are data (rules/data/claim-consumer-forms.json 'defeat-idiom'); "stand a
// chance" is the claim only denied, so the denial is the idiom's and not the claim's. "be no
// match for" needs a product after it: "Antibiotics are no match for viruses" has a medicine as
// the subject, no concept, and is left alone.

import consumerForms from '../../../data/claim-consumer-forms.json';
import type { Word } from '../../../engine/sentences.js';
import type { Candidate } from './candidate.js';
import { productNamedIn } from './products.js';
import type { ConceptMention, StructureInput } from './structure-core.js';

const IDIOMS = consumerForms.entries
  .filter((entry) => entry.kind === 'defeat-idiom')
  .map((entry) => ({ words: entry.phrase.split(' '), negated: 'negated' in entry && entry.negated === true }));
/** The idioms' verbs in their forms: "meet", "meets", "met", "stand", "stands", "stood". */
const VERB_FORMS = new Map([['meet', 'meet'], ['meets', 'meet'], ['met', 'meet'], ['meeting', 'meet'], ['stand', 'stand'], ['stands', 'stand'], ['stood', 'stand']]);
const POSSESSIVES = new Set(['its', 'their', 'your', 'his', 'her', 'my', 'our']);
/** Auxiliaries and adverbs between the concept and the idiom: "has finally", "will soon", "is about to". */
const GROUP_WORDS = new Set(['has', 'have', 'had', 'will', "'ll", 'is', 'are', 'was', 'were', 'be', 'about', 'to', 'finally', 'just', 'now', 'truly', 'officially', 'soon', 'really', 'simply']);
/** Denials of "stand a chance": "doesn't", "won't", "will not", "never". */
const DENIALS = new Set(["doesn't", "don't", "didn't", "won't", "can't", 'cannot', 'not', 'never', 'wont', 'doesnt', 'dont']);

/** Whether the words may hold an idiom of defeat after a concept (no tags needed). */
export function mayHoldDefeat(words: readonly Word[], concepts: readonly ConceptMention[]): boolean {
  return concepts.some((concept) => idiomAfter(words, concept.endWord) !== undefined);
}

export function defeatCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens } = input;
  if (concept.category === 'body-part' || concept.category === 'wellbeing' || concept.category === 'function') return undefined;
  const found = idiomAfter(tokens, concept.endWord);
  if (!found) return undefined;
  // "is no match for" and "has nothing on" a product of the writer's.
  if ((found.idiom.words[0] === 'no' || found.idiom.words[0] === 'nothing') && !productNamedIn(tokens, found.end, tokens.length, input.tags)) return undefined;
  return {
    // A nominal claim, observed: no hedged wording in place ("may stand a chance" would turn it round).
    kind: 'nominal',
    structure: 'idiom of defeat',
    subject: 'product',
    basis: `the health concept is said to be beaten ("${found.idiom.words.join(' ').replace('*', "one's")}")`,
    groupFirst: found.groupFirst,
    groupEnd: found.end,
    head: found.head,
    info: { lemma: found.idiom.words[0], phrase: found.idiom.words.join(' '), form: 'base', verbKind: 'observed' },
    objectFrom: found.end,
    // "doesn't stand a chance": the denial is the idiom's.
    ownNegator: true,
  };
}

/** The idiom right after the concept, over auxiliaries, adverbs and a denial (or a vocative comma), or undefined. */
function idiomAfter(words: readonly (Word & { breaks?: boolean; gap?: string })[], from: number): { idiom: (typeof IDIOMS)[number]; groupFirst: number; head: number; end: number } | undefined {
  let at = from;
  let denied = false;
  // "Hangovers, meet your match": the vocative's comma.
  const vocative = at < words.length && /^,\s*$/.test(words[at].gap ?? '') && from > 0;
  if (at < words.length && words[at].breaks && !vocative) return undefined;
  while (at < words.length && at - from < 4 && (GROUP_WORDS.has(words[at].norm) || DENIALS.has(words[at].norm)) && (at === from || !words[at].breaks)) {
    if (DENIALS.has(words[at].norm)) denied = true;
    at++;
  }
  if (at >= words.length || (at > from && words[at].breaks)) return undefined;
  for (const idiom of IDIOMS) {
    if (idiom.negated && !denied) continue;
    let end = at;
    let matches = true;
    for (const [index, part] of idiom.words.entries()) {
      const norm = words[end]?.norm;
      if (norm === undefined || (end > at && words[end].breaks)) matches = false;
      else if (part === '*') matches = POSSESSIVES.has(norm);
      else matches = index === 0 && VERB_FORMS.has(norm) ? VERB_FORMS.get(norm) === part : norm === part;
      if (!matches) break;
      end++;
    }
    if (matches && (!vocative || at === from)) return { idiom, groupFirst: from, head: at, end };
  }
  return undefined;
}
