// A claim packed into a compound adjective: a health concept, a hyphen and the -ing form of a
// verb of effect, said of the noun it modifies (Quirk et al. 1985, Appendix I, compound adjectives
// of the type "object + -ing participle": "man-eating" is "that eats men"): "gut-healing bone
// broth" claims the broth heals the gut, like "immune-boosting gummies", "stress-busting bath
// salts", "cholesterol-lowering oat bars", "sleep-promoting magnesium". The verb is one of the
// claim lexicon's verbs of benefit ("healing", "boosting", "lowering"); with a symptom or disease
// before the hyphen any verb the lexicon does not hold is read as one too, the open side
// ("stress-busting", "bloat-banishing"), while the lexicon's verbs of causing stay out
// ("disease-causing bacteria", "cancer-promoting" is a harm). Left alone:
// - idioms of a body part ("eye-catching", "mouth-watering", "jaw-dropping"): a body part, and a
//   word with another sense ("cold-brewing"), takes a verb of benefit only;
// - a practice ("muscle-strengthening activities", "bone-strengthening exercises": 'practice-noun'
//   entries), which public health names by what it does;
// - a class of medicines ("cholesterol-lowering medicines", "pain-relieving drugs such as
//   ibuprofen"): a description of how they work, as careful writing names them;
// - a compound with no -ing verb ("heart-healthy", "low-fat").

import structureData from '../../../data/claim-structure.json';
import type { Word } from '../../../engine/sentences.js';
import type { ClaimLexicon } from '../lexicon.js';
import type { Token } from '../words.js';
import type { Candidate } from './candidate.js';
import { MEDICINE_NAMES, MEDICINE_NOUNS } from './structure-core.js';

const PRACTICE_NOUNS = new Set(structureData.entries.filter((entry) => entry.kind === 'practice-noun').map((entry) => entry.phrase));
/** A hyphenated word whose last part is an -ing form: its stem and its verb. */
const COMPOUND = /^([a-z][a-z'-]*[a-z])-([a-z]{3,}ing)$/;
/** How many words after the compound may name a medicine it describes: "cholesterol-lowering statin drugs". */
const MEDICINE_REACH = 3;

/** Whether the words hold a compound of a concept and a verb of effect (no tags needed). */
export function mayHoldCompoundEffect(words: readonly Word[], lexicon: ClaimLexicon): boolean {
  for (let at = 0; at < words.length; at++) if (words[at].norm.includes('-') && compoundEffect(words[at], lexicon) !== undefined) return true;
  return false;
}

export function compoundEffectCandidates(tokens: readonly Token[], lexicon: ClaimLexicon): Candidate[] {
  const found: Candidate[] = [];
  for (let at = 0; at < tokens.length; at++) {
    if (!tokens[at].norm.includes('-')) continue;
    const effect = compoundEffect(tokens[at], lexicon);
    if (!effect || describesMedicine(tokens, at, lexicon) || PRACTICE_NOUNS.has(tokens[at + 1]?.norm ?? '')) continue;
    found.push({
      kind: 'verb',
      structure: 'compound adjective',
      subject: 'product',
      basis: `"${tokens[at].norm}" says that what it describes ${effect.verb}s ${effect.stem}`,
      groupFirst: at,
      groupEnd: at + 1,
      head: at,
      info: { lemma: effect.verb, phrase: effect.verb, form: 'ing', verbKind: 'benefit' },
      objectFrom: at,
      objectEnd: at + 1,
    });
  }
  return found;
}

/** The stem concept and the verb of effect of a compound adjective, or undefined. */
function compoundEffect(word: Word, lexicon: ClaimLexicon): { stem: string; verb: string } | undefined {
  const parts = COMPOUND.exec(word.norm);
  if (!parts) return undefined;
  const [, stem, ing] = parts;
  const concept = lexicon.concepts.conceptOfWord(stem, word.start);
  if (!concept) return undefined;
  const benefit = lexicon.verbs.get(ing)?.find((info) => info.form === 'ing' && info.particle.length === 0 && info.kind === 'benefit');
  if (benefit) return { stem, verb: benefit.lemma };
  // The open side, for an ailment in its health sense only: a verb the lexicon does not hold ("stress-busting"; not "cold-brewing").
  const ailment = concept.category === 'symptom' || concept.category === 'disease';
  if (ailment && !concept.ambiguous && !lexicon.verbs.has(ing)) return { stem, verb: ing.slice(0, -3) };
  return undefined;
}

/** The compound describes a class of medicines: a medicine noun or name right after it, or "such as" a medicine later ("pain-relieving drugs such as ibuprofen"). */
function describesMedicine(tokens: readonly Token[], at: number, lexicon: ClaimLexicon): boolean {
  for (let next = at + 1; next < tokens.length && next - at <= MEDICINE_REACH; next++) {
    const norm = tokens[next].norm;
    if (MEDICINE_NOUNS.has(norm) || MEDICINE_NAMES.has(norm) || lexicon.medicineStemEnding.test(norm)) return true;
    if (tokens[next].breaks) break;
  }
  return false;
}
