// The claim lexicons (rules/data/*.json) compiled for claim analysis: causal verbs with
// their inflections, effect nouns and the verbs that carry them, hedges, boosters,
// negators and correlational cues. Compiled once per set of user additions and cached.

import claimVerbsData from '../../data/claim-verbs.json';
import claimEffectsData from '../../data/claim-effects.json';
import hedgesData from '../../data/hedges.json';
import boostersData from '../../data/boosters.json';
import negatorsData from '../../data/claim-negators.json';
import correlationalData from '../../data/claim-correlational.json';
import treatmentTermsData from '../../data/treatment-terms.json';
import medicineNamesData from '../../data/medicine-names.json';
import { lexiconIdOfWord, phraseWords, vocabularyId } from '../../engine/phrases.js';
import type { Word } from '../../engine/sentences.js';
import { healthConcepts, type ExtraHealthConcept, type HealthConcepts } from './concepts.js';

export type VerbKind = 'benefit' | 'neutral' | 'help';
export type VerbForm = 'base' | 's' | 'ed' | 'ing';

export type CueType = 'hedge' | 'booster' | 'negator' | 'correlational';

export interface CueEntry {
  phrase: string;
  /** Which list the entry comes from. */
  type?: CueType;
  source?: string;
  kind: string;
  scope?: string;
  /** Also covers a claim earlier in the sentence ("the way X works is not fully understood"). */
  after?: boolean;
  /** A correlational noun ("risk factors", "association"), not a verb or participle. */
  noun?: boolean;
  /** A correlational noun that names a measured factor ('risk factors', 'odds'), not the relation: it frames a claim only as a predicate noun. */
  variable?: boolean;
  /** A hedge that, as the object right after a claim's verb, is what the claim changes ("reduces the need for surgery"), not a hedge. */
  objectOfClaim?: boolean;
  /** An attribution that is no hedge with research or experts named only by their kind ("according to a new study"); with a name, a limited source or an interested party it is one. */
  followable?: boolean;
  note?: string;
}

interface VerbEntry extends CueEntry {
  forms?: string[];
  ergative?: boolean;
  objects?: string[];
}

/** What a word form of a causal or support verb stands for. */
export interface VerbFormInfo {
  /** Base form of the verb's first word, e.g. "lead" for "led". */
  lemma: string;
  /** The whole verb as listed, e.g. "lead to". */
  phrase: string;
  form: VerbForm;
  kind: VerbKind | 'support' | 'support-qualified' | 'sequel' | 'finding';
  /** Words that must follow the verb word, e.g. ["to"] for "lead to". */
  particle: string[];
  /** Also intransitive with the changed thing as subject ("levels increased"): a claim only with an object. */
  ergative: boolean;
  /** When set, a claim only with one of these words in its object ("supports immune function"). */
  objects?: ReadonlySet<string>;
  source?: string;
}

export interface ClaimLexicon {
  /** Causal verb forms by word. A word may belong to several verbs (rare); all are kept. */
  verbs: Map<string, VerbFormInfo[]>;
  /** Support verbs ("provide", "offer") that carry an effect noun. */
  supportVerbs: Map<string, VerbFormInfo[]>;
  effectNouns: Set<string>;
  effectHeads: Set<string>;
  effectQualifiers: Set<string>;
  predicates: Set<string>;
  /** Predicates that name a drug's action ("anti-inflammatory"): a claim only as a predicate, not before a noun ("an anti-inflammatory painkiller" names a class). */
  actionPredicates: Set<string>;
  /** Comparative efficacy adjectives, a claim only before "to" ("superior to placebo"). */
  comparativePredicates: Set<string>;
  /** Adjectives that are an efficacy claim only before in/at/for and a causal -ing verb ("successful in reducing"). */
  purposePredicates: Set<string>;
  /** Adjectives of necessity, a claim before for/in and an outcome ("is essential for bone health"). */
  necessityPredicates: Set<string>;
  /** Effect nouns that name what an agent brings about ("showed benefit"): a claim after show/demonstrate without a qualifier. */
  agentiveEffects: Set<string>;
  /** Hedges, boosters, negators and correlational cues in one index: one pass per sentence. */
  cues: CueIndex;
  /** The health-concept vocabulary (with the user's additions): what a claim changes. */
  concepts: HealthConcepts;
  /** Words that name a treatment, a medicine or a kind of care ("painkillers", "aspirin", "surgery"). */
  treatmentNouns: Set<string>;
  /** Drug-name stems (INN/USAN), matched as word endings: "-statin", "-pril". */
  medicineStems: string[];
  /** Whether a word ends in one of `medicineStems`: one test instead of one per stem. */
  medicineStemEnding: RegExp;
}

export interface CueMatch {
  entry: CueEntry;
  firstWord: number;
  endWord: number;
}

/**
 * Phrases indexed by their first word's id in the lexicons' shared vocabulary, which the
 * sentence's words already carry (see phrases.ts): most words start no cue, so a sentence
 * costs one array read per word; the few candidates are compared word by word (`*` matches
 * any word).
 */
export class CueIndex {
  private readonly byFirstWord: Array<{ words: string[]; entry: CueEntry }[] | undefined> = [];

  constructor(entries: Iterable<CueEntry>) {
    const byFirstWord = new Map<number, { words: string[]; entry: CueEntry }[]>();
    for (const entry of entries) {
      const words = phraseWords(entry.phrase);
      if (words.length === 0 || words[0] === '*') continue;
      const id = vocabularyId(words[0]);
      const list = byFirstWord.get(id) ?? [];
      list.push({ words, entry });
      byFirstWord.set(id, list);
    }
    // Longest first, so that the first match at a word is the longest.
    for (const [id, list] of byFirstWord) {
      list.sort((a, b) => b.words.length - a.words.length);
      while (this.byFirstWord.length < id) this.byFirstWord.push(undefined);
      this.byFirstWord[id] = list;
    }
  }

  /** Every match, in word order, longest first at each word. */
  findAll(words: readonly Word[]): CueMatch[] {
    const matches: CueMatch[] = [];
    for (let first = 0; first < words.length; first++) {
      const id = lexiconIdOfWord(words[first]);
      const candidates = id >= 0 ? this.byFirstWord[id] : undefined;
      if (!candidates) continue;
      for (const { words: phrase, entry } of candidates) {
        if (first + phrase.length > words.length) continue;
        let ok = true;
        for (let k = 1; k < phrase.length; k++) {
          if (phrase[k] !== '*' && phrase[k] !== words[first + k].norm) {
            ok = false;
            break;
          }
        }
        if (ok) matches.push({ entry, firstWord: first, endWord: first + phrase.length });
      }
    }
    return matches;
  }
}

/** Regular inflections of an English verb, with the doubled-consonant variants where plausible. */
export function inflect(base: string): { form: VerbForm; word: string }[] {
  const result: { form: VerbForm; word: string }[] = [{ form: 'base', word: base }];
  const consonantY = /[^aeiou]y$/.test(base);
  const third = /(?:s|x|z|ch|sh|o)$/.test(base) ? `${base}es` : consonantY ? `${base.slice(0, -1)}ies` : `${base}s`;
  result.push({ form: 's', word: third });
  let past: string;
  let ing: string;
  if (base.endsWith('e')) {
    past = `${base}d`;
    ing = /(?:ee|ye|oe)$/.test(base) ? `${base}ing` : base.endsWith('ie') ? `${base.slice(0, -2)}ying` : `${base.slice(0, -1)}ing`;
  } else if (consonantY) {
    past = `${base.slice(0, -1)}ied`;
    ing = `${base}ing`;
  } else {
    past = `${base}ed`;
    ing = `${base}ing`;
  }
  result.push({ form: 'ed', word: past }, { form: 'ing', word: ing });
  // Single-syllable consonant-vowel-consonant verbs double the last consonant (stop, stopped).
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(base)) {
    const doubled = base + base[base.length - 1];
    result.push({ form: 'ed', word: `${doubled}ed` }, { form: 'ing', word: `${doubled}ing` });
  }
  return result;
}

function formOfIrregular(word: string): VerbForm {
  if (word.endsWith('ing')) return 'ing';
  if (word.endsWith('s') && !word.endsWith('ss')) return 's';
  return 'ed';
}

function addVerb(into: Map<string, VerbFormInfo[]>, entry: VerbEntry, kind: VerbFormInfo['kind']): void {
  const words = phraseWords(entry.phrase);
  if (words.length === 0) return;
  const [lemma, ...particle] = words;
  const forms = inflect(lemma);
  // British spelling of -ize verbs (minimise, stabilise) is the same verb.
  if (lemma.endsWith('ize')) forms.push(...inflect(`${lemma.slice(0, -3)}ise`).map(({ form, word }) => ({ form, word })));
  for (const listed of entry.forms ?? []) {
    const first = phraseWords(listed)[0];
    if (first) forms.push({ form: formOfIrregular(first), word: first });
  }
  const objects = entry.objects ? new Set(entry.objects) : undefined;
  for (const { form, word } of forms) {
    const list = into.get(word) ?? [];
    if (!list.some((info) => info.phrase === entry.phrase && info.form === form && info.kind === kind)) {
      list.push({ lemma, phrase: entry.phrase, form, kind, particle, ergative: entry.ergative === true, objects, source: entry.source });
    }
    into.set(word, list);
  }
}

function typed(entries: CueEntry[], type: CueType): CueEntry[] {
  return entries.map((entry) => ({ ...entry, type }));
}

/** Kinds of care that the medicine list leaves out, as the thing a treatment may replace: "an alternative to surgery". */
const STANDARD_CARE_NOUNS = ['surgery', 'surgeries', 'surgical', 'operation', 'operations', 'injection', 'injections', 'chemotherapy'];

let cached: { verbs: readonly string[]; hedges: readonly string[]; concepts: readonly ExtraHealthConcept[]; key: string; lexicon: ClaimLexicon } | undefined;
const NO_CONCEPTS: readonly ExtraHealthConcept[] = [];

/** The compiled lexicon, with the user's extra claim verbs and hedges added. */
export function claimLexicon(extraClaimVerbs: readonly string[] = [], extraHedges: readonly string[] = [], extraConcepts: readonly ExtraHealthConcept[] = NO_CONCEPTS): ClaimLexicon {
  // Called once per block: the same settings arrays come back, so compare them by identity first.
  if (cached && cached.verbs === extraClaimVerbs && cached.hedges === extraHedges && cached.concepts === extraConcepts) return cached.lexicon;
  const key = JSON.stringify([extraClaimVerbs, extraHedges, extraConcepts]);
  if (cached && cached.key === key) {
    cached = { ...cached, verbs: extraClaimVerbs, hedges: extraHedges, concepts: extraConcepts };
    return cached.lexicon;
  }
  const verbs = new Map<string, VerbFormInfo[]>();
  for (const entry of claimVerbsData.entries as VerbEntry[]) addVerb(verbs, entry, entry.kind as VerbKind);
  for (const phrase of extraClaimVerbs) addVerb(verbs, { phrase, kind: 'benefit', source: 'user configuration' }, 'benefit');
  const supportVerbs = new Map<string, VerbFormInfo[]>();
  const effects = claimEffectsData.entries as VerbEntry[];
  const wordsOfKind = (kind: string): Set<string> =>
    new Set(effects.filter((entry) => entry.kind === kind).map((entry) => phraseWords(entry.phrase).join(' ')));
  for (const entry of effects) {
    if (entry.kind === 'support' || entry.kind === 'support-qualified' || entry.kind === 'sequel' || entry.kind === 'finding') addVerb(supportVerbs, entry, entry.kind);
  }
  const hedgeEntries: CueEntry[] = [...(hedgesData.entries as CueEntry[]), ...extraHedges.map((phrase) => ({ phrase, kind: 'user', source: 'user configuration' }))];
  const medicineStems = medicineNamesData.entries.filter((entry) => entry.kind === 'stem').map((entry) => entry.phrase);
  const lexicon: ClaimLexicon = {
    verbs,
    supportVerbs,
    effectNouns: wordsOfKind('effect'),
    effectHeads: wordsOfKind('head'),
    effectQualifiers: wordsOfKind('qualifier'),
    predicates: new Set([...wordsOfKind('predicate'), ...wordsOfKind('action-predicate')]),
    actionPredicates: wordsOfKind('action-predicate'),
    comparativePredicates: wordsOfKind('comparative'),
    purposePredicates: wordsOfKind('purpose-predicate'),
    agentiveEffects: wordsOfKind('agentive'),
    necessityPredicates: wordsOfKind('necessity'),
    treatmentNouns: new Set([
      ...treatmentTermsData.entries.filter((entry) => entry.kind === 'product').map((entry) => entry.phrase),
      ...medicineNamesData.entries.filter((entry) => entry.kind !== 'stem' && !entry.phrase.includes(' ')).map((entry) => entry.phrase),
      ...STANDARD_CARE_NOUNS,
    ]),
    medicineStems,
    medicineStemEnding: new RegExp(`(?:${medicineStems.map((stem) => stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`),
    concepts: healthConcepts(extraConcepts),
    cues: new CueIndex([
      ...typed(hedgeEntries, 'hedge'),
      ...typed(boostersData.entries as CueEntry[], 'booster'),
      ...typed(negatorsData.entries as CueEntry[], 'negator'),
      ...typed(correlationalData.entries as CueEntry[], 'correlational'),
    ]),
  };
  cached = { verbs: extraClaimVerbs, hedges: extraHedges, concepts: extraConcepts, key, lexicon };
  return lexicon;
}
