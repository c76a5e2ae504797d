// Context scopes of claim analysis: where the sentence's cues are (hedges, negators,
// boosters, correlational framing, from the lexicon), which words are quoted, and how far each
// hedge reaches (the scope rules are listed in analyse.ts).

import { WordSet } from '../../engine/phrases.js';
import structureData from '../../data/claim-structure.json';
import { type ClaimLexicon, type CueEntry, type CueMatch, inflect } from './lexicon.js';
import { ASSERTIVE_AUX, BE, CONTRASTS, FIRST_PERSON, HEDGING_AUX, PERSON_BY_TRADE, PRONOUNS, RESEARCH_SUBJECTS, SUBORDINATORS, type Token, isAdverb, isFunctionWord } from './words.js';

/** "some" with a word for people (claim-structure.json 'people-noun'): the lexicon's "some people", "some users" for every such word. */
const SOME_OF_PEOPLE = new Map<string, CueEntry>(
  structureData.entries.filter((entry) => entry.kind === 'people-noun').map((entry) => [entry.phrase, { phrase: `some ${entry.phrase}`, type: 'hedge', kind: 'attribution', source: 'hyland1998' }]),
);

/**
 * Verbs that take an interrogative clause ("find out which foods trigger your symptoms", "learn
 * what works for you"; claim-structure.json 'finding-out-verb', FrameNet), every form: the
 * question they embed asserts nothing, as "whether" and "how" do (hedges.json).
 */
const FINDING_OUT_FORMS = new Set(
  structureData.entries
    .filter((entry) => entry.kind === 'finding-out-verb')
    .flatMap((entry) => [...inflect(entry.phrase).map((form) => form.word), ...('irregular' in entry ? (entry.irregular as string[]) : [])]),
);
const EMBEDDED_QUESTION_WORDS = new Set(['which', 'what']);
const EMBEDDED_QUESTION: CueEntry = { phrase: 'which', type: 'hedge', kind: 'uncertainty', scope: 'clause', source: 'framenet' };

const QUOTE_OPEN = /["\u201c\u00ab]/;
const ANY_QUOTE = /["\u201c\u201d\u00ab\u00bb]/;
const QUOTE_CLOSE = /["\u201d\u00bb]/;

/** Per-word facts about cues, computed once per sentence. */
export interface CueMap {
  /** Hedge that starts at a word (its whole span covers more words). */
  hedgeAt: Array<CueMatch | undefined>;
  /** Some word starts a hedge. */
  anyHedge: boolean;
  negatorAt: Array<CueMatch | undefined>;
  boosterAt: Array<CueMatch | undefined>;
  /** Correlational cues in word order. */
  correlational: CueMatch[];
  /** Word lies inside quotation marks that do not enclose the whole sentence (a missing entry is false). */
  quoted: readonly boolean[];
}

export function cuesOf(tokens: Token[], lexicon: ClaimLexicon, text: string, offset: number): CueMap {
  // One trie pass for every cue list; per list, the longest match wins where matches overlap.
  const hedgeAt: Array<CueMatch | undefined> = new Array(tokens.length);
  const negatorAt: Array<CueMatch | undefined> = new Array(tokens.length);
  const boosterAt: Array<CueMatch | undefined> = new Array(tokens.length);
  const correlational: CueMatch[] = [];
  const coveredUntil = { hedge: 0, negator: 0, booster: 0, correlational: 0 };
  let anyHedge = false;
  for (const match of lexicon.cues.findAll(tokens)) {
    const type = match.entry.type ?? 'hedge';
    if (match.firstWord < coveredUntil[type]) continue;
    coveredUntil[type] = match.endWord;
    if (type === 'hedge') {
      // "according to a new study" relays the claim as news: no source a reader can follow.
      if (match.entry.followable && relaysNews(tokens, match.endWord, text, offset)) continue;
      // "Obsessed with how this serum cleared my acne": after an emotive word "how" exclaims a fact (CGEL ch. 11); it asks nothing.
      if (match.entry.phrase === 'how' && exclamativeHow(tokens, match.firstWord)) continue;
      // "Worth every penny", "worth the money": a price judged worth paying (Wiktionary), not a suggestion to try.
      if (match.entry.phrase === 'worth' && valueIdiomAfter(tokens, match.endWord)) continue;
      // "I can't believe how fast ...": disbelief at a fact, no belief hedged.
      if (match.entry.phrase === 'believe' && tokens[match.endWord]?.norm === 'how' && /^(?:can't|cannot|couldn't)$/.test(tokens[match.firstWord - 1]?.norm ?? '')) continue;
      hedgeAt[match.firstWord] = match;
      anyHedge = true;
    } else if (type === 'booster') boosterAt[match.firstWord] = match;
    else if (type === 'correlational') correlational.push(match);
    else if (match.entry.kind === 'negation') negatorAt[match.firstWord] = match;
  }
  // "some parents", "some runners": part of a group of people, like the lexicon's "some people" (an attribution).
  for (let at = 0; at + 1 < tokens.length; at++) {
    if (tokens[at].norm !== 'some' || hedgeAt[at] || tokens[at + 1].breaks) continue;
    const entry = SOME_OF_PEOPLE.get(tokens[at + 1].norm);
    if (!entry) continue;
    hedgeAt[at] = { entry, firstWord: at, endWord: at + 2 };
    anyHedge = true;
  }
  // "find out which foods trigger it": "which" or "what" right after a verb of finding out (and its "out") opens an embedded question.
  for (let at = 1; at < tokens.length; at++) {
    if (!EMBEDDED_QUESTION_WORDS.has(tokens[at].norm) || hedgeAt[at] || tokens[at].breaks) continue;
    const verb = tokens[at - 1].norm === 'out' && at > 1 && !tokens[at - 1].breaks ? at - 2 : at - 1;
    if (!FINDING_OUT_FORMS.has(tokens[verb].norm)) continue;
    hedgeAt[at] = { entry: { ...EMBEDDED_QUESTION, phrase: tokens.slice(verb, at + 1).map((token) => token.norm).join(' ') }, firstWord: at, endWord: at + 1 };
    anyHedge = true;
  }
  // Quotation: words between an opening and a closing mark, unless the marks wrap the whole sentence.
  // Most sentences hold no quotation mark: one scan of the text, and no per-word array.
  let quoted: boolean[] = NOTHING_QUOTED;
  if (ANY_QUOTE.test(text) && !wholeQuoted(text)) {
    quoted = new Array<boolean>(tokens.length).fill(false);
    let openedAt = -1;
    for (const token of tokens) {
      for (const char of token.gap) {
        if (openedAt >= 0 && QUOTE_CLOSE.test(char)) {
          for (let at = openedAt; at < token.index; at++) quoted[at] = true;
          openedAt = -1;
        } else if (openedAt < 0 && QUOTE_OPEN.test(char)) openedAt = token.index;
      }
    }
    // An opening mark with no closing one (a stray quote) quotes nothing.
    if (openedAt >= 0 && QUOTE_CLOSE.test(text.slice(tokens[tokens.length - 1].end - offset))) {
      for (let at = openedAt; at < tokens.length; at++) quoted[at] = true;
    }
  }
  return {
    hedgeAt,
    anyHedge,
    negatorAt,
    boosterAt,
    correlational,
    quoted,
  };
}

/** "every penny", "the money", "the price" after "worth": the price is worth it. */
function valueIdiomAfter(tokens: Token[], at: number): boolean {
  const next = tokens[at]?.norm;
  return next === 'every' || (next === 'the' && VALUE_NOUNS.has(tokens[at + 1]?.norm ?? ''));
}
const VALUE_NOUNS = new Set(['money', 'price', 'cost', 'hype', 'wait', 'splurge']);

/** "love how", "obsessed with how", "amazed at how", "can't believe how": the "how" at `at` opens an exclamative clause. */
function exclamativeHow(tokens: Token[], at: number): boolean {
  if (at === 0 || tokens[at].breaks) return false;
  const before = /^(?:with|at|by)$/.test(tokens[at - 1].norm) && at > 1 && !tokens[at - 1].breaks ? at - 2 : at - 1;
  return EMOTIVE_PREDICATES.has(tokens[before].norm);
}
const EMOTIVE_PREDICATES = new Set(structureData.entries.filter((entry) => entry.kind === 'emotive-predicate').map((entry) => entry.phrase));

/** Words that call a source limited: "one small trial", "a preliminary report", "some experts". */
const LIMITED_SOURCE = new Set(['one', 'single', 'small', 'preliminary', 'early', 'pilot', 'limited', 'some', 'few', 'anecdotal', 'unpublished']);
/** People who report research, named by their kind: "scientists", "experts" (and any trade in -ist or -ian). */
const RESEARCH_PEOPLE = new Set(['scientists', 'scientist', 'researchers', 'researcher', 'experts', 'expert', 'investigators', 'authors', 'doctors', 'academics']);
/** How many words after an attribution its source is looked for in: "according to a 2019 review by Cochrane". */
const SOURCE_REACH = 6;

/**
 * The source after an attribution (from word `from`, to the end of its phrase) is research or
 * experts named only by their kind ("a new study", "scientists", "researchers"): the writer relays
 * the claim as news, with nothing a reader can follow (issue 13, item 3). A source that can be
 * followed (a capitalised name: "the NHS", "researchers at Leeds", "The Lancet"; a year; a citation
 * in brackets; a link) or that the writer calls limited ("one small trial") keeps the attribution a
 * hedge, and so does an interested party ("according to its makers"), from whom it distances.
 */
function relaysNews(tokens: Token[], from: number, text: string, offset: number): boolean {
  let research = false;
  for (let at = from; at < tokens.length && at - from < SOURCE_REACH; at++) {
    const token = tokens[at];
    if (at > from && token.breaks) return research && !/^\s*[([]/.test(token.gap) && !token.gap.includes('\ufffc');
    if (token.gap.includes('\ufffc') || LIMITED_SOURCE.has(token.norm) || /^(?:1[89]|20)\d\d$/.test(token.norm) || token.norm === 'al') return false;
    if (/^\p{Lu}/u.test(text.slice(token.start - offset, token.end - offset))) return false;
    if (RESEARCH_SUBJECTS.has(token.norm) || RESEARCH_PEOPLE.has(token.norm) || PERSON_BY_TRADE.test(token.norm)) research = true;
  }
  return research;
}

/** Read only: every look-up gives undefined, which is falsy like false. */
const NOTHING_QUOTED: boolean[] = [];

/** The marks wrap the whole sentence (then nothing inside counts as quoted). */
function wholeQuoted(text: string): boolean {
  const trimmed = text.trim();
  return QUOTE_OPEN.test(trimmed[0] ?? '') && QUOTE_CLOSE.test(trimmed.replace(/[.!?]+$/, '').slice(-1));
}

// The same lists tested by vocabulary id (tokens carry it): an array read per word instead of a string look-up.
const CONTRAST_WORDS = new WordSet(CONTRASTS);
const SUBORDINATOR_WORDS = new WordSet(SUBORDINATORS);

/**
 * For each word, the hedge (if any) whose scope reaches it, following the scope rules in the
 * header comment. Clause-scoped hedges ("if", "whether") reach only to the next comma.
 */
export function hedgeScopes(tokens: Token[], cues: CueMap): Array<CueMatch | undefined> {
  const scope: Array<CueMatch | undefined> = new Array(tokens.length);
  let main: CueMatch | undefined;
  let subordinate: CueMatch | undefined;
  let inSubordinate = false;
  let clauseHedge: CueMatch | undefined;
  /** The clause hedge modifies a noun ("programs designed to reduce falls"): the main verb after it ends its reach. */
  let clauseHedgeModifiesNoun = false;
  for (const token of tokens) {
    const gapBreaks = token.breaks;
    if (clauseHedgeModifiesNoun && (BE.has(token.norm) || ASSERTIVE_AUX.has(token.norm) || HEDGING_AUX.has(token.norm))) {
      clauseHedge = undefined;
      clauseHedgeModifiesNoun = false;
    }
    if (gapBreaks && token.gap.includes(';')) {
      main = undefined;
      subordinate = undefined;
      inSubordinate = false;
    }
    if (gapBreaks) {
      clauseHedge = undefined;
      if (inSubordinate && token.gap.includes(',')) {
        inSubordinate = false;
        subordinate = undefined;
      }
    }
    const next = tokens[token.index + 1];
    if (CONTRAST_WORDS.has(token) && !(token.norm === 'but' && next?.norm === 'also')) {
      main = undefined;
      subordinate = undefined;
    }
    if (SUBORDINATOR_WORDS.has(token) && (token.index === 0 || gapBreaks || CONTRAST_WORDS.has(tokens[token.index - 1]))) {
      inSubordinate = true;
      subordinate = undefined;
    }
    const hedge = cues.hedgeAt[token.index];
    if (hedge) {
      if (hedge.entry.scope === 'clause') {
        clauseHedge = hedge;
        const head = token.index > 0 && !token.breaks ? tokens[token.index - 1] : undefined;
        clauseHedgeModifiesNoun = head !== undefined && token.norm.endsWith('ed') && !isFunctionWord(head.norm) && !isAdverb(head) && !FIRST_PERSON.has(head.norm) && !RESEARCH_SUBJECTS.has(head.norm) && !PRONOUNS.has(head.norm);
      }
      else if (inSubordinate) subordinate = hedge;
      else main = hedge;
    }
    scope[token.index] = clauseHedge ?? (inSubordinate ? subordinate ?? main : main);
  }
  return scope;
}

/** Hedge scopes of a sentence without hedges: every look-up gives undefined. */
export const NO_SCOPES: ReadonlyArray<CueMatch | undefined> = [];
