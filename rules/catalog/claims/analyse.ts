// Claim analysis of one sentence: finds statements that something causes a health effect
// and decides, for each, whether the writer asserts it or not.
//
// A claim is a causal verb ("relieves", "can alleviate", "led to"), an effect noun carried
// by a support verb ("providing relief", "offers potent analgesic effects") or an efficacy
// predicate ("is effective for"). Whether it is asserted depends on its context:
// - hedges (Hyland's modal and epistemic hedges, attribution, reported uncertainty) scope
//   over the claims after them in the sentence, but not across a contrast ("but",
//   "however", ";") nor out of a subordinate clause that a comma has closed;
// - negation close before the verb ("does not cure", "failed to reduce") denies it;
// - correlational framing ("is associated with") states no cause; a correlational word inside
//   the claim's object ("reduced the odds of relapse") is what the cause acts on, not a framing;
// - an infinitive after a verb of purpose ("used to treat", "aims to reduce") asserts nothing,
//   after a factive verb ("shown to reduce", "known to relieve") it does;
// - a result the research reports ("the trial showed a reduction in pain with X"), an effect observed
//   with a treatment or sized as fact ("the effect of X on Y was small") takes the effect for granted;
// - objects that are no health effect (mechanisms, study properties, discourse) are left to the rule;
// - words in quotation marks are mentioned, not used.
// The part-of-speech decisions are heuristics over function words (no tagger): they decide
// whether "reduced" is a verb ("aspirin reduced pain") or an adjective ("with reduced pain").

import { lexiconIdOfWord, vocabularyId, WordSet } from '../../engine/phrases.js';
import type { Word } from '../../engine/sentences.js';
import type { ClaimLexicon, CueMatch, VerbFormInfo } from './lexicon.js';

export type ClaimStatus = 'asserted' | 'hedged' | 'negated' | 'correlational' | 'quoted';

export interface Claim {
  kind: 'verb' | 'nominal' | 'predicate';
  status: ClaimStatus;
  /** The claim as flagged: verb group through its object (prose offsets). */
  start: number;
  end: number;
  /** The verb group a rewording replaces: modal, adverbs and the verb (prose offsets). */
  groupStart: number;
  groupEnd: number;
  /** The causal verb, noun or adjective itself, as written. */
  trigger: string;
  /** Base form of the verb carrying the claim ("relieve", "provide", "be"). */
  lemma: string;
  /** The verb as listed in the lexicon ("lead to"). */
  phrase: string;
  form: VerbFormInfo['form'] | 'predicate';
  verbKind: VerbFormInfo['kind'] | 'predicate' | 'observed';
  /** Boosters and ability modals inside the verb group ("can", "effectively"). */
  strengtheners: string[];
  /** The cue that hedges, negates or makes the claim correlational, when there is one. */
  cue?: string;
  /** Index of the claim's first word in the sentence. */
  firstWord: number;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', "it's", 'their', 'his', 'her', 'our', 'your', 'my', 'some', 'any', 'no', 'each', 'every', 'all', 'both', 'more', 'less', 'such', 'much', 'many', 'few', 'several', 'most', 'other', 'another', 'further', 'greater', 'lower', 'higher']);
const PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'into', 'onto', 'over', 'under', 'between', 'among', 'amongst', 'through', 'throughout', 'during', 'after', 'before', 'within', 'against', 'about', 'via', 'per', 'than', 'as', 'upon', 'across', 'toward', 'towards', 'despite', 'following', 'regarding', 'including', 'like', 'unlike', 'versus', 'vs', 'whose']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't"]);
const HAVE = new Set(['has', 'have', 'had', 'having']);
const ASSERTIVE_AUX = new Set(['can', 'will', 'shall', 'must', 'does', 'do', 'did', 'cannot']);
const HEDGING_AUX = new Set(['may', 'might', 'could', 'would', 'should']);
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'which', 'who', 'this', 'that', 'these', 'those', 'you', 'one', 'both', 'each']);
/** Subjects whose action is the writer's or the reader's, not a substance's effect: "we reduced the dose", "you can stop". */
const FIRST_PERSON = new Set(['we', 'i', 'you']);
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor', 'yet', 'so', 'then', 'also']);
const LINKING_ADVERBS = new Set(['thereby', 'thus', 'hence', 'therefore', 'consequently', 'so', 'while', 'whilst', 'still', 'further', 'also', 'even', 'ultimately', 'in turn', 'eventually', 'often', 'usually', 'typically', 'generally', 'really', 'actually', 'simply', 'just', 'already', 'now', 'both', 'not', 'only']);
/** Closes the object of a claim: a new clause, a means or manner phrase, a comparison. */
const OBJECT_STOPS = new Set(['by', 'through', 'via', 'which', 'that', 'who', 'when', 'while', 'whilst', 'without', 'because', 'as', 'than', 'and', 'or', 'but', 'thus', 'thereby', 'whereas', 'if', 'although', 'though', 'compared', 'since', 'due', 'after', 'before', 'following', 'during', 'unless', 'until', 'so', 'whether', 'where', 'is', 'are', 'was', 'were', 'such', 'including', 'like', 'especially', 'particularly', 'with', 'to', 'in', 'within']);
/** Opens a subordinate clause: a hedge inside it stops at the comma that closes it. */
const SUBORDINATORS = new Set(['although', 'though', 'while', 'whilst', 'whereas', 'if', 'unless', 'when', 'whenever', 'because', 'since', 'as', 'after', 'before', 'once', 'until']);
/** Ends the reach of every earlier hedge. */
const CONTRASTS = new Set(['but', 'however', 'whereas', 'yet', 'nevertheless', 'nonetheless', 'conversely', 'instead']);
/** Verbs (as participles or adjectives) before "to": the infinitive after them is asserted. */
const FACTIVE_BEFORE_TO = new Set(['shown', 'found', 'proven', 'proved', 'known', 'demonstrated', 'confirmed', 'able', 'works', 'work', 'worked', 'serves', 'serve', 'served', 'acts', 'act', 'continues', 'continue', 'helps', 'help', 'helped', 'helping', 'guaranteed', 'certain', 'sure', 'bound']);
/** Nouns that can be read as a verb form of a causal verb ("an increase in", "no cure"). */
const NOUN_LIKE_FORMS = new Set(['increase', 'increases', 'decrease', 'decreases', 'cure', 'cures', 'boost', 'boosts', 'benefit', 'benefits', 'change', 'changes', 'help', 'helps', 'aid', 'aids', 'damage', 'damages', 'delay', 'delays', 'block', 'blocks', 'trigger', 'triggers', 'stop', 'stops', 'balance', 'lower', 'raise', 'raises', 'fight', 'fights', 'repair', 'repairs', 'calm', 'cause', 'causes', 'effect', 'effects', 'impact', 'impacts', 'alter', 'protect', 'treat', 'treats', 'result', 'results', 'lead', 'leads', 'release', 'slow', 'halt', 'relax', 'support', 'cut', 'cuts', 'double', 'doubles', 'lift', 'lifts', 'harm', 'harms', 'speed', 'offset', 'drive', 'drives']);
/** Singular subjects that cannot determine a plural noun: "this leads to" is a verb, "these leads" a noun. */
const SINGULAR_DEMONSTRATIVES = new Set(['this', 'that']);
/** Subjects that are the research itself: "these findings contribute to", "the results help to". */
const RESEARCH_SUBJECTS = new Set(['findings', 'results', 'data', 'study', 'studies', 'analysis', 'analyses', 'research', 'evidence', 'trial', 'trials', 'review', 'work', 'paper', 'article', 'implications', 'observations', 'model', 'models', 'survey', 'report']);
/** Adjectives before "to" that assert the infinitive after them when the subject is not an expletive "it". */
const NECESSITY_BEFORE_TO = new Set(['necessary', 'essential', 'critical', 'crucial', 'vital', 'sufficient', 'key', 'important']);
const POPULATION_OBJECTS = /^(?:\d.*|millions|thousands|hundreds|billions|many|most|people|individuals|patients|adults|children|women|men|everyone|users|americans|one|about|around|nearly|up|over|roughly|approximately|some)$/;
/** Verbs outside the claim lexicon that still make a health claim after "helps": "helps maintain", "helps manage". */
/** Verbs that before an -ing word mark aspect ("stop taking"), not a cause. */
const ASPECTUAL_VERBS = new Set(['stop', 'halt', 'quit', 'start', 'keep', 'avoid']);
/** People as the ones something matters to: "crucial for clinicians", "essential for anyone". */
const PEOPLE = new Set(['individuals', 'researchers', 'clinicians', 'doctors', 'physicians', 'nurses', 'consumers', 'readers', 'anyone', 'parents', 'caregivers', 'carers', 'providers', 'practitioners', 'writers', 'policymakers', 'patient', 'person', 'people', 'those', 'all', 'understanding', 'future', 'further']);
const HELPED_PEOPLE = new Set(['you', 'people', 'them', 'us', 'patients', 'users', 'adults', 'children', 'women', 'men', 'someone', 'everyone']);
const HELPED_VERBS = new Set(['maintain', 'manage', 'control', 'keep', 'support', 'regulate', 'fight', 'ward', 'lose', 'burn', 'sleep', 'recover']);
/** Verbs after which a participle or noun-like form is a modifier of the object: "showed increased levels". */
const VERBS_TAKING_OBJECT = new Set(['show', 'shows', 'showed', 'shown', 'had', 'has', 'have', 'found', 'saw', 'exhibit', 'exhibits', 'exhibited', 'identified', 'observed', 'revealed', 'demonstrated', 'displayed', 'reported', 'noted', 'yielded', 'produced', 'caused', 'induced', 'experienced', 'developed', 'presented', 'suffered']);
const QUANTITY_AFTER_BY = /^(?:\d.*|one|two|three|four|five|ten|half|a|an|about|around|nearly|almost|approximately|up|over|more|less|roughly)$/;
/** Verbs that take an object and an asserted infinitive: "found X to reduce". */
const RAISING_VERBS = new Set(['found', 'shown', 'showed', 'proven', 'proved', 'demonstrated', 'known']);
/** Adjectives of degree that put a noun after them: "a high impact context", "a minor increased risk". */
const DEGREE_ADJECTIVES = new Set(['high', 'low', 'great', 'major', 'minor', 'big', 'small', 'large', 'strong', 'weak', 'positive', 'negative', 'little', 'direct', 'indirect', 'modest', 'slight', 'nominal', 'marginal', 'overall', 'net', 'total', 'initial', 'further']);
/** Nouns that name a causal role: "is a major cause of", "are independent determinants of". */
export const CAUSAL_ROLE_NOUNS = new Set(['cause', 'causes', 'driver', 'drivers', 'determinant', 'determinants', 'contributor', 'contributors', 'mediator', 'mediators', 'culprit']);
/** Nouns that name a treatment role: "is an alternative treatment for", "is a remedy for". */
const TREATMENT_ROLE_NOUNS = new Set(['treatment', 'treatments', 'therapy', 'therapies', 'remedy', 'remedies', 'cure', 'cures', 'antidote']);
/** Nouns for something used instead of another: a treatment role only when endorsed and in place of a treatment. */
const ALTERNATIVE_NOUNS = new Set(['alternative', 'alternatives']);
/** Words that describe how a treatment is used, not how well it works: "a common treatment for". */
const USAGE_ADJECTIVES = new Set(['common', 'usual', 'standard', 'popular', 'traditional', 'folk', 'conventional', 'frequent', 'typical', 'proposed', 'possible', 'potential', 'experimental', 'investigational', 'candidate', 'unproven', 'alternative-medicine', 'available', 'only', 'approved', 'recommended', 'prescribed', 'licensed', 'old', 'older', 'new', 'newer', 'novel']);
/** Adjectives that compare an effect with another: "efficacy comparable to". */
const COMPARISON_WORDS = new Set(['comparable', 'similar', 'equivalent', 'equal', 'identical', 'superior', 'greater', 'larger']);
/** Nouns for what measures or predicts rather than treats: "an effective marker", "a useful screening tool". */
const MEASURE_NOUNS = new Set(['marker', 'markers', 'biomarker', 'biomarkers', 'predictor', 'predictors', 'indicator', 'indicators', 'test', 'tests', 'tool', 'tools', 'measure', 'measures', 'instrument', 'instruments', 'index', 'scale', 'scales', 'score', 'scores', 'questionnaire', 'survey', 'assay', 'assays', 'screening', 'diagnostic', 'diagnosis']);
/** Forms of the causative "make". */
const MAKE_FORMS = new Map<string, VerbFormInfo['form']>([['make', 'base'], ['makes', 's'], ['made', 'ed'], ['making', 'ing']]);
/** Complements of "make" that state a change in health: "makes symptoms worse". */
const HEALTH_COMPARATIVES = new Set(['worse', 'better', 'stronger', 'weaker', 'healthier', 'sicker', 'happier', 'calmer', 'fitter', 'leaner', 'slimmer', 'younger', 'older', 'fatter', 'heavier', 'sleepier', 'drowsy', 'sleepy', 'ill', 'sick', 'dizzy', 'nauseous', 'infertile', 'immune', 'resistant']);
/** Adjectives after "more"/"less" in such a complement: "makes people more prone to". */
const HEALTH_DEGREE_ADJECTIVES = new Set(['likely', 'prone', 'susceptible', 'vulnerable', 'resistant', 'sensitive', 'severe', 'painful', 'effective', 'tolerable', 'alert', 'anxious', 'tired', 'energetic', 'fertile', 'active']);
/** Comparatives that make an outcome a result of a comparison: "better outcomes", "greater benefits". */
const COMPARATIVE_OUTCOMES = new Set(['better', 'improved', 'superior', 'greater', 'larger', 'fewer', 'lower', 'higher', 'worse', 'poorer']);
/** Words that state how large or how alike an effect is: "the effect was small", "its impact is greater". */
const EFFECT_SIZES = new Set(['significant', 'substantial', 'large', 'larger', 'largest', 'great', 'greater', 'greatest', 'strong', 'stronger', 'strongest', 'marked', 'modest', 'small', 'smaller', 'smallest', 'minor', 'moderate', 'similar', 'comparable', 'equivalent', 'independent', 'additive', 'synergistic', 'sustained', 'dose-dependent', 'pronounced', 'evident', 'apparent', 'robust', 'consistent', 'proportionate', 'proportional', 'weak', 'weaker', 'mild', 'dramatic', 'profound', 'considerable', 'negligible', 'superior', 'inferior', 'beneficial', 'harmful', 'detrimental', 'protective', 'positive', 'negative']);
/** Sizes that compare an effect with another's: "similar to", "greater than". */
const COMPARED_SIZES = new Set(['similar', 'comparable', 'equivalent', 'greater', 'larger', 'stronger', 'smaller', 'weaker', 'superior', 'inferior']);
/** Passive participles that report an observed result: "a reduction was seen with". */
const OBSERVATION_PARTICIPLES = new Set(['observed', 'seen', 'noted', 'found', 'achieved', 'obtained', 'attained', 'demonstrated', 'documented', 'recorded', 'produced']);
/** Degree words between a verb and its particle: "contributes more to". */
const DEGREE_BEFORE_PARTICLE = new Set(['more', 'most', 'less', 'least']);
/** Prepositions that name the treatment after an observed result. */
const TREATMENT_LINKS = new Set(['with', 'after', 'following', 'by']);
const ADJECTIVE_LIKE_BASES = new Set(['lower', 'slow', 'calm', 'balance']);
// Patterns hoisted out of the hot functions (a regex literal in a function body is a new object per call).
const PHRASE_BREAK = /[,;:()[\]\u2013\u2014.!?]|\s-\s/;
const SEMICOLON = /;/;
const COMMA = /,/;
const STARTS_WITH_DIGIT = /^\d/;
const PARTICIPLE_OR_COMPARATIVE = /(?:ed|er)$/;
const COMMA_ONLY = /^,\s*$/;
// Small closed word lists used by the heuristics below.
/** Words ending in -ly that are not adverbs. */
const NOT_ADVERBS_IN_LY = new Set(['only', 'apply', 'supply', 'reply', 'rely', 'family', 'daily', 'early', 'likely', 'unlikely']);
/** Words after a noun-like form that show it is a noun: "an increase in", "causes of". */
const AFTER_NOUN_USE = new Set(['in', 'of', 'for', 'on', 'to', 'is', 'are', 'was', 'were']);
/** Words after a participle that show it modifies a noun: "patients treated with", "increased in". */
const AFTER_PARTICIPLE_MODIFIER = new Set(['with', 'by', 'in', 'among', 'at', 'than', 'from', 'during', 'after', 'for', 'as']);
/** Adverbs that open a participial clause stating a result: "thereby providing relief". */
const PARTICIPIAL_CLAUSE_OPENERS = new Set(['thereby', 'thus', 'hence', 'while', 'whilst', 'still', 'so', 'therefore', 'consequently', 'ultimately', 'eventually']);
/** The same, directly before the -ing word. */
const RESULT_ADVERBS_BEFORE_ING = new Set(['thereby', 'thus', 'hence', 'while', 'whilst', 'still', 'therefore']);
/** Nouns that name an effect when followed by "on": "an impact on sleep". */
const EFFECT_ON_NOUNS = new Set(['effect', 'effects', 'impact', 'influence']);
/** Words that may stand between a support verb and its effect noun. */
const NOMINAL_FILLERS = new Set(['and', 'or', 'both', 'very', 'much', 'some', 'a', 'an']);
/** Words before a qualified effect that deny or weaken it: "no beneficial effect", "potential benefits". */
const EFFECT_DENIERS = new Set(['no', 'any', 'without', 'potential', 'possible', 'putative']);
/** Verbs that, like "be", link a subject to an efficacy predicate. */
const COPULAR_VERBS = new Set(['prove', 'proves', 'proved', 'proven', 'remain', 'remains', 'remained', 'become', 'becomes', 'became', 'represent', 'represents', 'represented', 'constitute', 'constitutes', 'constituted']);
/** Words between "is" and an efficacy adjective: "is as effective as", "is a safe and effective". */
const PREDICATE_FILLERS = new Set(['as', 'more', 'most', 'the', 'an', 'a', 'very', 'safe', 'and', 'equally', 'particularly', 'especially', 'both', 'also', 'not', 'well']);
/** Prepositions that introduce the purpose of a purpose predicate: "successful in reducing", "useful for preventing", "key to preventing". */
const PURPOSE_PREPOSITIONS = new Set(['in', 'at', 'for', 'to']);
/** Words between "be of" and "benefit": "is of (great, clear, no) benefit". */
const OF_BENEFIT_DEGREE = new Set(['great', 'clear', 'significant', 'substantial', 'considerable', 'some', 'little', 'no', 'particular', 'real', 'major', 'clinical', 'therapeutic', 'greater', 'additional', 'added']);
const QUOTE_OPEN = /["\u201c\u00ab]/;
const ANY_QUOTE = /["\u201c\u201d\u00ab\u00bb]/;
const QUOTE_CLOSE = /["\u201d\u00bb]/;

interface Token extends Word {
  index: number;
  /** Text between the previous word and this one (punctuation, spaces, skipped code). */
  gap: string;
  /** Punctuation before this word breaks the phrase (see `breaks`). */
  breaks: boolean;
}

/** Per-word facts about cues, computed once per sentence. */
interface CueMap {
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

function isAdverb(token: Token | undefined): boolean {
  if (!token) return false;
  return (token.norm.endsWith('ly') && token.norm.length > 3 && !NOT_ADVERBS_IN_LY.has(token.norm)) || LINKING_ADVERBS.has(token.norm);
}

function isFunctionWord(norm: string): boolean {
  return DETERMINERS.has(norm) || PREPOSITIONS.has(norm) || BE.has(norm) || HAVE.has(norm) || ASSERTIVE_AUX.has(norm) || HEDGING_AUX.has(norm) || CONJUNCTIONS.has(norm) || SUBORDINATORS.has(norm) || norm === 'not' || norm === 'to';
}

/** True when punctuation between two words breaks the phrase (comma, semicolon, dash, bracket). */
function breaks(gap: string): boolean {
  return PHRASE_BREAK.test(gap);
}

/** Same words as the engine's splitWords (letters and digits, inner apostrophes and hyphens), faster. */
const WORD = /[\p{L}\p{N}]+(?:['\u2019\u2018-][\p{L}\p{N}]+)*/gu;
const LONE_BRACKET = /^\s*[()]\s*$/;
const TYPOGRAPHIC_APOSTROPHE = /[\u2019\u2018]/g;

function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    let norm = raw.toLowerCase();
    if (norm.includes('\u2019') || norm.includes('\u2018')) norm = norm.replace(TYPOGRAPHIC_APOSTROPHE, "'");
    const gap = text.slice(previousEnd, start);
    // Built with a fixed shape (no spread): every function below reads these objects.
    // A bracket alone does not break the phrase: "doses (in single doses) reduced LDL" keeps its subject.
    tokens.push({ norm, start: offset + start, end: offset + end, index: tokens.length, gap, breaks: gap !== ' ' && !LONE_BRACKET.test(gap) && breaks(gap), lexiconId: -1 });
    previousEnd = end;
  }
  return tokens;
}

/** The same tokens from words the engine has already split (`wordsOfSentence`): no second regular-expression pass. */
function tokensOfWords(text: string, offset: number, words: readonly Word[]): Token[] {
  const tokens: Token[] = new Array(words.length);
  let previousEnd = 0;
  for (let at = 0; at < words.length; at++) {
    const word = words[at];
    const start = word.start - offset;
    const end = word.end - offset;
    const gap = text.slice(previousEnd, start);
    tokens[at] = { norm: word.norm, start: word.start, end: word.end, index: at, gap, breaks: gap !== ' ' && !LONE_BRACKET.test(gap) && breaks(gap), lexiconId: lexiconIdOfWord(word) };
    previousEnd = end;
  }
  return tokens;
}

function cuesOf(tokens: Token[], lexicon: ClaimLexicon, text: string, offset: number): CueMap {
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
      hedgeAt[match.firstWord] = match;
      anyHedge = true;
    } else if (type === 'booster') boosterAt[match.firstWord] = match;
    else if (type === 'correlational') correlational.push(match);
    else if (match.entry.kind === 'negation') negatorAt[match.firstWord] = match;
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
function hedgeScopes(tokens: Token[], cues: CueMap): Array<CueMatch | undefined> {
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

interface Candidate {
  kind: Claim['kind'];
  /** First and one-past-last word of the verb group. */
  groupFirst: number;
  groupEnd: number;
  /** Word index of the causal word itself (verb, effect noun or predicate adjective). */
  head: number;
  info: { lemma: string; phrase: string; form: Claim['form']; verbKind: Claim['verbKind'] };
  /** Words after the group where the object phrase starts. */
  objectFrom: number;
  /** A passive whose agent ("by X") belongs to the claim. */
  passive?: boolean;
}

/**
 * Analyses one sentence. `offset` is the sentence's start in the block's prose. `words`, when
 * given, are the sentence's words as the engine split them (`wordsOfSentence`), offsets in the
 * same prose; they spare a second split.
 */
export function analyseSentence(text: string, offset: number, lexicon: ClaimLexicon, words?: readonly Word[]): Claim[] {
  // Most sentences hold no word that can start a claim: one look-up per word, and no cue analysis.
  const table = triggerTable(lexicon);
  const triggers = table.words;
  // The engine's words and the tokens made from them carry the same words and ids: one scan finds the first trigger.
  const firstTrigger = words ? firstTriggerOf(triggers, words) : -1;
  if (words && firstTrigger < 0) return [];
  const tokens = words ? tokensOfWords(text, offset, words) : tokenize(text, offset);
  if (tokens.length === 0) return [];
  const from = words ? firstTrigger : firstTriggerOf(triggers, tokens);
  if (from < 0) return [];
  const cues = cuesOf(tokens, lexicon, text, offset);
  const scopes = cues.anyHedge ? hedgeScopes(tokens, cues) : NO_SCOPES;
  const candidates: Candidate[] = [];
  for (let at = from; at < tokens.length; at++) {
    const token = tokens[at];
    if (!triggers.has(token)) continue;
    // Only the candidate functions whose entry test this word passes (the others would return undefined).
    const id = lexiconIdOfWord(token);
    const verbOptions = table.verbs[id];
    if (verbOptions) {
      const verb = verbCandidate(tokens, token, lexicon, verbOptions);
      if (verb) candidates.push(verb);
    }
    const supportOptions = table.supportVerbs[id];
    if (supportOptions) {
      const nominal = nominalCandidate(tokens, token, lexicon, supportOptions);
      if (nominal) candidates.push(nominal);
    }
    const kinds = table.kinds[id];
    if (kinds & STARTS_PREDICATE) {
      const predicate = predicateCandidate(tokens, token, lexicon);
      if (predicate) candidates.push(predicate);
    }
    if (kinds & STARTS_QUALIFIED) {
      const qualified = qualifiedEffectCandidate(tokens, token, lexicon);
      if (qualified) candidates.push(qualified);
    }
    if (kinds & STARTS_OBSERVED) {
      const observed = observedEffectCandidate(tokens, token, lexicon);
      if (observed) candidates.push(observed);
    }
    if (kinds & STARTS_SIZED) {
      const sized = sizedEffectCandidate(tokens, token);
      if (sized) candidates.push(sized);
    }
    if (kinds & STARTS_MADE) {
      const made = causativeMakeCandidate(tokens, token);
      if (made) candidates.push(made);
    }
  }
  if (candidates.length > 1) candidates.sort((a, b) => a.groupFirst - b.groupFirst || b.groupEnd - a.groupEnd);
  const claims: Claim[] = [];
  let coveredUntil = 0;
  for (const candidate of candidates) {
    if (candidate.groupFirst < coveredUntil) continue;
    const claim = decide(tokens, candidate, cues, scopes, text, offset);
    claims.push(claim);
    // Later candidates inside this claim's phrase are part of it ("helps relieve", "reduce pain and swelling").
    const afterClaim = tokens.findIndex((token) => token.start >= claim.end);
    coveredUntil = Math.max(candidate.groupEnd, afterClaim === -1 ? tokens.length : afterClaim);
  }
  return claims;
}

/** Index of the first word that can start a claim, or -1. */
function firstTriggerOf(triggers: WordSet, words: readonly Word[]): number {
  for (let at = 0; at < words.length; at++) if (triggers.has(words[at])) return at;
  return -1;
}

/** Hedge scopes of a sentence without hedges: every look-up gives undefined. */
const NO_SCOPES: ReadonlyArray<CueMatch | undefined> = [];

/** Which candidate functions a trigger word can start, beyond the verb and support-verb look-ups (bits of `TriggerTable.kinds`). */
const STARTS_PREDICATE = 1;
const STARTS_QUALIFIED = 2;
const STARTS_OBSERVED = 4;
const STARTS_SIZED = 8;
const STARTS_MADE = 16;

/**
 * The candidate functions' entry tests, by vocabulary id: a trigger costs array reads instead of
 * a dozen string look-ups, most of which fail.
 */
interface TriggerTable {
  /** Every word at which a candidate function below can find a claim (the union of their entry tests). */
  words: WordSet;
  /** `lexicon.verbs` and `lexicon.supportVerbs` by id. */
  verbs: Array<VerbFormInfo[] | undefined>;
  supportVerbs: Array<VerbFormInfo[] | undefined>;
  /** STARTS_* bits by id (0 past the end). */
  kinds: Uint8Array;
}

const triggersByLexicon = new WeakMap<ClaimLexicon, TriggerTable>();

/** The last table asked for: one lexicon serves a whole lint. */
let lastTable: { lexicon: ClaimLexicon; table: TriggerTable } | undefined;

function triggerTable(lexicon: ClaimLexicon): TriggerTable {
  if (lastTable?.lexicon === lexicon) return lastTable.table;
  let table = triggersByLexicon.get(lexicon);
  if (!table) {
    // Dense arrays: ids are assigned in no particular order, and a sparse array is a slow dictionary.
    const byId = (map: Map<string, VerbFormInfo[]>): Array<VerbFormInfo[] | undefined> => {
      const ids = [...map.keys()].map(vocabularyId);
      const array = new Array<VerbFormInfo[] | undefined>(Math.max(0, ...ids) + 1).fill(undefined);
      for (const [word, options] of map) array[vocabularyId(word)] = options;
      return array;
    };
    // The entry test of each function: predicateCandidate's chain of sets, then the others' single tests.
    const starts: Array<[number, Iterable<string>]> = [
      [STARTS_PREDICATE, [...CAUSAL_ROLE_NOUNS, ...TREATMENT_ROLE_NOUNS, ...ALTERNATIVE_NOUNS, 'benefit', ...INVOLVEMENT_PARTICIPLES, ...lexicon.comparativePredicates, ...lexicon.purposePredicates, ...lexicon.necessityPredicates, ...lexicon.predicates]],
      [STARTS_QUALIFIED, lexicon.effectHeads],
      [STARTS_OBSERVED, OBSERVATION_PARTICIPLES],
      [STARTS_SIZED, EFFECT_ON_NOUNS],
      [STARTS_MADE, MAKE_FORMS.keys()],
    ];
    const startWords: string[] = [];
    const bits: Array<[number, number]> = [];
    for (const [bit, words] of starts) {
      for (const word of words) {
        startWords.push(word);
        bits.push([vocabularyId(word), bit]);
      }
    }
    const verbs = byId(lexicon.verbs);
    const supportVerbs = byId(lexicon.supportVerbs);
    const kinds = new Uint8Array(Math.max(0, ...bits.map(([id]) => id + 1)));
    for (const [id, bit] of bits) kinds[id] |= bit;
    table = {
      words: new WordSet([...lexicon.verbs.keys(), ...lexicon.supportVerbs.keys(), ...startWords]),
      verbs,
      supportVerbs,
      kinds,
    };
    triggersByLexicon.set(lexicon, table);
  }
  lastTable = { lexicon, table };
  return table;
}

/** The first word at or after `from` that is not an adverb of the same phrase (at most `limit` skipped). */
function skipAdverbs(tokens: Token[], from: number, limit: number): number {
  let at = from;
  while (at - from < limit && at < tokens.length && !tokens[at].breaks && tokens[at].norm !== 'not' && isAdverb(tokens[at])) at++;
  return at < tokens.length && tokens[at].breaks ? from : at;
}

const MANNER_NOUNS = new Set(['manner', 'way', 'fashion', 'degree', 'extent']);

/** "in a negative manner", "in a major way", "to a large extent" between a verb and its particle: the index after it, or `from`. */
function skipMannerPhrase(tokens: Token[], from: number): number {
  const opener = tokens[from];
  if (!opener || opener.breaks || (opener.norm !== 'in' && opener.norm !== 'to')) return from;
  let at = from + 1;
  if (tokens[at]?.norm !== 'a' && tokens[at]?.norm !== 'an') return from;
  for (at++; at < tokens.length && at - from <= 4; at++) {
    if (tokens[at].breaks) return from;
    if (MANNER_NOUNS.has(tokens[at].norm)) return at + 1 < tokens.length && !tokens[at + 1].breaks ? at + 1 : from;
    if (isFunctionWord(tokens[at].norm)) return from;
  }
  return from;
}

/** A direct object follows the verb: after adverbs, a word that starts a noun phrase. */
function hasObject(tokens: Token[], index: number): boolean {
  let at = index + 1;
  while (at < tokens.length && isAdverb(tokens[at]) && !tokens[at].breaks && tokens[at].norm !== 'not') at++;
  const next = tokens[at];
  if (!next || next.breaks) return false;
  if ((next.norm === 'more' || next.norm === 'less') && (isAdverb(tokens[at + 1]) || tokens[at + 1]?.norm === 'than' || !tokens[at + 1])) return false; // "decreased more rapidly"
  if (DETERMINERS.has(next.norm) || PRONOUNS.has(next.norm) && next.norm !== 'which' && next.norm !== 'who') return true;
  // "30-day mortality" is an object, "2-fold" or "20" alone is an amount.
  return !isFunctionWord(next.norm) && (!STARTS_WITH_DIGIT.test(next.norm) || /^\d+-(?!fold)\p{L}/u.test(next.norm));
}

/** One of `words` within the next four words of the clause. */
function objectMentions(tokens: Token[], from: number, words: ReadonlySet<string>): boolean {
  for (let at = from; at < Math.min(tokens.length, from + 4); at++) {
    if (tokens[at].breaks) return false;
    if (words.has(tokens[at].norm)) return true;
    // The object noun phrase ends at a preposition or a conjunction.
    if (isFunctionWord(tokens[at].norm) && !DETERMINERS.has(tokens[at].norm)) return false;
  }
  return false;
}

/** "by" follows within the clause: a passive that names its cause. */
function agentFollows(tokens: Token[], index: number): boolean {
  for (let at = index + 1; at < Math.min(tokens.length, index + 4); at++) {
    if (tokens[at].breaks) return false;
    if (tokens[at].norm === 'by') return !QUANTITY_AFTER_BY.test(tokens[at + 1]?.norm ?? ''); // "reduced by one third" is an amount
  }
  return false;
}

/** "walks lower blood pressure and reduce stress": a claim verb of the same form earlier in the clause. */
function coordinatedWithVerb(tokens: Token[], conjunction: number, form: VerbFormInfo['form'], lexicon: ClaimLexicon): boolean {
  for (let at = conjunction - 1; at >= 0 && conjunction - at <= 8; at--) {
    if (lexicon.verbs.get(tokens[at].norm)?.some((info) => info.form === form) && verbRole(tokens, tokens[at], lexicon.verbs.get(tokens[at].norm)!.find((info) => info.form === form)!)) return true;
    if (tokens[at].breaks) return false;
  }
  return false;
}

/** "we" earlier in the sentence (always a subject): the participial clause at `index` states the writers' aim. ("I" is left out: "type I", "phase I".) */
function writerIsSubject(tokens: Token[], index: number): boolean {
  for (let at = 0; at < index; at++) {
    if (tokens[at].norm === 'we') return true;
  }
  return false;
}

/** A modal or a form of be/have/do later in the same clause: the -ing word heads a subject. */
function finiteVerbAfter(tokens: Token[], index: number): boolean {
  for (let at = index + 1; at < tokens.length && at - index <= 10; at++) {
    if (tokens[at].breaks) return false;
    const norm = tokens[at].norm;
    if (norm === 'that' || norm === 'which' || norm === 'who' || norm === 'when' || norm === 'while') return false;
    if (BE.has(norm) || ASSERTIVE_AUX.has(norm) || HEDGING_AUX.has(norm) || norm === 'has' || norm === 'have' || norm === 'remains') return true;
  }
  return false;
}

/** A form of "be", "have" or a modal within the three words after `index`, with no break or conjunction between. */
function verbAfterShortPhrase(tokens: Token[], index: number): boolean {
  for (let at = index + 1; at < tokens.length && at - index <= 3; at++) {
    const norm = tokens[at].norm;
    if (tokens[at].breaks || CONJUNCTIONS.has(norm) || norm === 'that' || norm === 'which' || norm === 'who') return false;
    if (at > index + 1 && (BE.has(norm) || HAVE.has(norm) || ASSERTIVE_AUX.has(norm) || HEDGING_AUX.has(norm))) return true;
    if (isFunctionWord(norm) && !DETERMINERS.has(norm)) return false;
  }
  return false;
}

/** A finite verb earlier in the clause (a form of be, do, a modal, or an -ed/-s verb after a subject). */
function finiteVerbBefore(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= 0 && index - at <= 12; at--) {
    const norm = tokens[at].norm;
    if (BE.has(norm) || ASSERTIVE_AUX.has(norm) || HEDGING_AUX.has(norm) || norm === 'did') return true;
    // A simple past after its subject: "antibodies developed in most patients and ...".
    if (norm.endsWith('ed') && at > 0 && !tokens[at].breaks && !isFunctionWord(tokens[at - 1].norm) && !isAdverb(tokens[at - 1]) && !STARTS_WITH_DIGIT.test(tokens[at - 1].norm)) return true;
    if (tokens[at + 1]?.breaks && at < index - 1) return false;
  }
  return false;
}

/** `options`: the verb's entries in `lexicon.verbs`. */
function verbCandidate(tokens: Token[], token: Token, lexicon: ClaimLexicon, options: readonly VerbFormInfo[]): Candidate | undefined {
  for (const info of options) {
    // Particles: "lead" must be followed by "to", after at most two adverbs ("contributes substantially to").
    let end = token.index + 1;
    let ok = true;
    if (info.particle.length > 0) {
      // "contributes more to", "leads most often to": a degree word may stand before the particle too.
      if (DEGREE_BEFORE_PARTICLE.has(tokens[end]?.norm ?? '') && !tokens[end].breaks && tokens[end + 1]?.norm !== 'than') end++;
      end = skipAdverbs(tokens, end, 2);
      end = skipMannerPhrase(tokens, end);
    }
    for (const particle of info.particle) {
      const next = tokens[end];
      if (!next || next.norm !== particle || next.breaks) {
        ok = false;
        break;
      }
      end++;
    }
    if (!ok) continue;
    if (info.kind === 'help') {
      // "helps (to) relieve", "helps with", "helps you sleep": the claim is the helped verb.
      let next = tokens[end];
      if (next && HELPED_PEOPLE.has(next.norm) && !next.breaks) end++;
      next = tokens[end];
      // "helps in reducing": a preposition and a causal verb in -ing.
      const helpsIn = next?.norm === 'in' && !tokens[end + 1]?.breaks && lexicon.verbs.get(tokens[end + 1]?.norm ?? '')?.some((other) => other.form === 'ing' && other.kind !== 'help');
      if (next?.norm === 'to' || next?.norm === 'with' || helpsIn) end++;
      next = tokens[end];
      if (!next || next.breaks) continue;
      if (tokens[end - 1].norm !== 'with' && !helpsIn && !HELPED_VERBS.has(next.norm) && !lexicon.verbs.get(next.norm)?.some((other) => other.form === 'base' && other.kind !== 'help')) continue;
      if (tokens[end - 1].norm !== 'with') end++;
    }
    const role = verbRole(tokens, token, info, lexicon);
    if (!role) continue;
    if (info.objects && !objectMentions(tokens, end, info.objects)) continue;
    return {
      kind: 'verb',
      passive: role.passive,
      groupFirst: role.groupFirst,
      groupEnd: end,
      head: token.index,
      info: { lemma: info.lemma, phrase: info.phrase, form: info.form, verbKind: info.kind },
      objectFrom: end,
    };
  }
  return undefined;
}

/**
 * Decides whether a verb form is used as a finite (or participial-clause) verb that asserts
 * something, and where its verb group starts. Undefined when it is a noun, an adjective, a
 * reduced relative ("patients treated with"), an imperative or a purpose infinitive.
 */
function verbRole(tokens: Token[], token: Token, info: VerbFormInfo, lexicon?: ClaimLexicon): { groupFirst: number; passive?: boolean } | undefined {
  const index = token.index;
  const next = tokens[index + 1 + info.particle.length];
  const nextJoined = next && !next.breaks ? next : undefined;
  let first = index;
  // Adverbs and "not" directly before the verb belong to its group.
  while (first > 0 && isAdverb(tokens[first - 1]) && !tokens[first].breaks) first--;
  const before = first > 0 && !tokens[first].breaks ? tokens[first - 1] : undefined;
  const atClauseStart = !before;
  const nounLike = NOUN_LIKE_FORMS.has(token.norm);
  const helpsInDoing = info.kind === 'help' && nextJoined?.norm === 'in' && (tokens[index + 2]?.norm.endsWith('ing') ?? false);
  if (nounLike && nextJoined && AFTER_NOUN_USE.has(nextJoined.norm) && info.particle.length === 0 && !helpsInDoing) {
    // "an increase in", "the cause of", "causes of": a noun.
    return undefined;
  }
  if (before && (FIRST_PERSON.has(before.norm) || RESEARCH_SUBJECTS.has(before.norm) || DEGREE_ADJECTIVES.has(before.norm))) return undefined;
  const subjectBeforeAux = before && (ASSERTIVE_AUX.has(before.norm) || HEDGING_AUX.has(before.norm)) && !before.breaks ? tokens[before.index - 1] : undefined;
  if (subjectBeforeAux && (FIRST_PERSON.has(subjectBeforeAux.norm) || RESEARCH_SUBJECTS.has(subjectBeforeAux.norm))) return undefined;
  // Two finite verbs do not follow each other: after "showed" or "yielded", "increased levels"
  // and "results" are an adjective and a noun.
  if (before && info.form !== 'ing' && (VERBS_TAKING_OBJECT.has(before.norm) || before.norm.endsWith('ed') && !BE.has(before.norm) && info.form !== 'ed')) {
    if (!(info.form === 'ed' && HAVE.has(before.norm))) return undefined;
  }
  if (info.lemma === 'affect' && POPULATION_OBJECTS.test(nextJoined?.norm ?? '')) return undefined; // "affects millions": afflicts, not causes
  // "stop taking", "start using": aspect, not cause.
  if (nextJoined && nextJoined.norm.endsWith('ing') && ASPECTUAL_VERBS.has(info.lemma)) return undefined;
  const progressive = info.form === 'ing' && before !== undefined && BE.has(before.norm);
  if (info.ergative && info.particle.length === 0 && (info.form !== 'ing' || progressive) && !hasObject(tokens, index)) {
    // "levels increased over time" describes a change; only "X increased Y" names a cause.
    // Passives keep their agent check below.
    if (!(info.form === 'ed' && before && BE.has(before.norm))) return undefined;
  }
  switch (info.form) {
    case 'base': {
      if (!before) return undefined; // sentence-initial: an imperative, or a heading fragment
      if (before.norm === 'to') {
        let governorAt = before.index - 1;
        while (governorAt > 0 && isAdverb(tokens[governorAt]) && !tokens[governorAt + 1].breaks) governorAt--;
        const governor = tokens[governorAt];
        if (!governor || tokens[governorAt + 1].breaks) return undefined;
        if (FACTIVE_BEFORE_TO.has(governor.norm)) return { groupFirst: governor.index };
        // Object raising: "found the drug to reduce", "has shown it to relieve".
        for (let back = governorAt - 1; back >= 0 && governorAt - back <= 3 && !tokens[back + 1].breaks; back--) {
          if (RAISING_VERBS.has(tokens[back].norm)) return { groupFirst: back };
          if (isFunctionWord(tokens[back].norm) && !DETERMINERS.has(tokens[back].norm)) break;
        }
        if (NECESSITY_BEFORE_TO.has(governor.norm)) {
          const be = tokens[governorAt - 1];
          const subject = tokens[governorAt - 2];
          if (be && BE.has(be.norm) && subject && subject.norm !== 'it' && subject.norm !== 'this') return { groupFirst: governor.index };
        }
        return undefined;
      }
      if (ASSERTIVE_AUX.has(before.norm) || HEDGING_AUX.has(before.norm)) return { groupFirst: before.index };
      if (PRONOUNS.has(before.norm)) return { groupFirst: first };
      if ((before.norm === 'and' || before.norm === 'or') && lexicon && coordinatedWithVerb(tokens, before.index, 'base', lexicon)) return { groupFirst: first };
      if (ADJECTIVE_LIKE_BASES.has(token.norm) && PARTICIPLE_OR_COMPARATIVE.test(before.norm)) return undefined; // "showed lower levels"
      if (nounLike || ADJECTIVE_LIKE_BASES.has(token.norm)) {
        // Ambiguous base forms need a plausible subject and an object.
        if (isFunctionWord(before.norm) || !nextJoined || isFunctionWord(nextJoined.norm) && !DETERMINERS.has(nextJoined.norm)) return undefined;
        if (nextJoined.norm === 'than') return undefined;
      }
      if (isFunctionWord(before.norm)) return undefined;
      if (STARTS_WITH_DIGIT.test(before.norm)) return undefined;
      return { groupFirst: first };
    }
    case 's': {
      if (!before) return atClauseStart && index === 0 ? undefined : { groupFirst: first };
      if ((before.norm === 'and' || before.norm === 'or') && lexicon && coordinatedWithVerb(tokens, before.index, 's', lexicon)) return { groupFirst: first };
      // "this leads to", "that causes": a singular demonstrative before an -s form is its subject, not its determiner.
      if (SINGULAR_DEMONSTRATIVES.has(before.norm) && (info.particle.length > 0 || (nextJoined && !AFTER_NOUN_USE.has(nextJoined.norm)))) return { groupFirst: first };
      if (nounLike && (DETERMINERS.has(before.norm) || PREPOSITIONS.has(before.norm) || STARTS_WITH_DIGIT.test(before.norm))) return undefined;
      if (PREPOSITIONS.has(before.norm) || DETERMINERS.has(before.norm) && !PRONOUNS.has(before.norm)) return undefined;
      if (FIRST_PERSON.has(before.norm)) return undefined;
      return { groupFirst: first };
    }
    case 'ed': {
      if (!before) return info.particle.length > 0 && index > 0 ? { groupFirst: first } : undefined;
      if (nextJoined && AFTER_PARTICIPLE_MODIFIER.has(nextJoined.norm) && !BE.has(before.norm)) return undefined;
      if (BE.has(before.norm)) {
        // Passive: a claim when it names the cause ("pain is relieved by X") or states an
        // ability ("can be prevented"); "levels were reduced in group A" only describes.
        let start = before.index;
        const aux = tokens[start - 1];
        if (aux && !tokens[start].breaks && (ASSERTIVE_AUX.has(aux.norm) || HEDGING_AUX.has(aux.norm) || HAVE.has(aux.norm))) start = aux.index;
        const modal = ASSERTIVE_AUX.has(tokens[start].norm) || HEDGING_AUX.has(tokens[start].norm);
        if (!modal && !agentFollows(tokens, index)) return undefined;
        return { groupFirst: start, passive: true };
      }
      if (HAVE.has(before.norm)) {
        // Perfect "has reduced the risk" (an object follows), not "had reduced risk" (an adjective).
        if (nextJoined && (DETERMINERS.has(nextJoined.norm) || PRONOUNS.has(nextJoined.norm))) return { groupFirst: before.index };
        // "has contributed to lower rates", "have prevented infections": a particle verb, or a verb that is
        // rarely an adjective, with an object. ("had reduced risk" stays an adjective: "reduce" also changes by itself.)
        if (info.particle.length > 0 || !info.ergative && hasObject(tokens, index)) return { groupFirst: before.index };
        return undefined;
      }
      if ((before.norm === 'and' || before.norm === 'but') && nextJoined && !PREPOSITIONS.has(nextJoined.norm) && finiteVerbBefore(tokens, before.index) && !finiteVerbAfter(tokens, index)) {
        // Coordinated predicate: "was feasible and improved prescribing". Not when a verb follows: then the
        // participle modifies a noun of the subject ("patients exposed to smoke and reduced lung function were excluded").
        return { groupFirst: first };
      }
      // A relative clause with an object: "the factors that affected recovery", "a diet which lowered blood pressure".
      // Not "the idea that increased intake is harmful": there the participle starts the subject of "is".
      if ((before.norm === 'that' || before.norm === 'which') && !nounLike && hasObject(tokens, index) && !finiteVerbAfter(tokens, index)) return { groupFirst: first };
      if (isFunctionWord(before.norm) || STARTS_WITH_DIGIT.test(before.norm)) return undefined;
      if (nounLike) return undefined;
      // Simple past after a subject needs an object or complement right after it ("treated more than
      // five years" is a duration, not an object).
      if (!nextJoined) return undefined;
      if ((nextJoined.norm === 'more' || nextJoined.norm === 'less') && tokens[nextJoined.index + 1]?.norm === 'than') return undefined;
      // "Pregnancy induced progression is seen in": a verb right after the next noun makes the participle part of the subject.
      if (verbAfterShortPhrase(tokens, index)) return undefined;
      return { groupFirst: first };
    }
    case 'ing': {
      if (!before) {
        // After a comma: a participial clause ("..., offering relief"). At the very start, or when a
        // finite verb follows in the same clause ("..., reducing salt lowers blood pressure"): a gerund subject.
        if (index === 0 || tokens[first].index === 0 || finiteVerbAfter(tokens, index)) return undefined;
        // "..., we can develop programs, ultimately increasing screening": the writer's action and its aim.
        if (writerIsSubject(tokens, first)) return undefined;
        return { groupFirst: first };
      }
      if (BE.has(before.norm)) return { groupFirst: before.index };
      if (PARTICIPIAL_CLAUSE_OPENERS.has(tokens[first]?.norm ?? '')) return { groupFirst: first };
      if (RESULT_ADVERBS_BEFORE_ING.has(before.norm)) return { groupFirst: before.index };
      // "Smoking is a habit leading to cancer": a participle that describes the noun after "be" says what the subject does.
      if (info.particle.length > 0 && predicateNounBefore(tokens, before.index)) return { groupFirst: first };
      return undefined;
    }
  }
  return undefined;
}

/** The noun at `index` follows a form of "be" in the same clause, with only determiners and adjectives between ("is a potent threat"), and the subject is no expletive. */
function predicateNounBefore(tokens: Token[], index: number): boolean {
  if (isFunctionWord(tokens[index].norm) || looksLikeVerb(tokens[index]) && !tokens[index].norm.endsWith('s')) return false;
  for (let at = index - 1; at >= 0 && index - at <= 4; at--) {
    if (tokens[at + 1].breaks) return false;
    const norm = tokens[at].norm;
    // Not after an expletive: "there is a road leading to the clinic".
    if (BE.has(norm)) return at === 0 || (tokens[at - 1].norm !== 'there' && tokens[at - 1].norm !== 'it');
    if (isFunctionWord(norm) && !DETERMINERS.has(norm) || looksLikeVerb(tokens[at]) && !DETERMINERS.has(norm)) return false;
  }
  return false;
}

/** "providing relief from", "offers potent analgesic effects", "has beneficial effects on", "plays a key role in". */
/** `options`: the verb's entries in `lexicon.supportVerbs`. */
function nominalCandidate(tokens: Token[], token: Token, lexicon: ClaimLexicon, options: readonly VerbFormInfo[]): Candidate | undefined {
  for (const info of options) {
    let role: { groupFirst: number } | undefined;
    let scanFrom = token.index + 1;
    if (info.kind === 'sequel') {
      // Only the passive "was followed by an improvement": the cause is the subject, the effect follows "by".
      role = sequelRole(tokens, token, info);
      scanFrom += info.particle.length;
    } else if (info.kind === 'finding') role = findingRole(tokens, token, info);
    else role = verbRole(tokens, token, { ...info, particle: [] });
    if (!role) continue;
    // Up to five modifiers (at most two unknown words), then the effect noun.
    let qualified = false;
    /** Qualified only by a comparative ("better outcomes"): a difference, an effect only with its cause named. */
    let comparativeOnly = false;
    let unknown = 0;
    for (let at = scanFrom; at < Math.min(tokens.length, scanFrom + 6); at++) {
      const word = tokens[at];
      if (word.breaks && !(qualified && COMMA_ONLY.test(word.gap))) break;
      const norm = word.norm;
      const next = tokens[at + 1];
      const nextNorm = next && !next.breaks ? next.norm : '';
      const found = (head: number): Candidate => ({
        kind: 'nominal',
        groupFirst: role.groupFirst,
        groupEnd: token.index + 1,
        head,
        info: { lemma: info.lemma, phrase: info.phrase, form: info.form, verbKind: info.kind },
        objectFrom: head + 1,
      });
      // "has a dramatic improvement" means experienced it; only heads ("beneficial effects") count after "have".
      const isEffectNoun = lexicon.effectNouns.has(norm) && !lexicon.effectHeads.has(nextNorm) && !lexicon.effectNouns.has(nextNorm) && !(info.lemma === 'have' && !lexicon.effectHeads.has(norm));
      if ((info.kind === 'support' || info.kind === 'sequel') && isEffectNoun) return found(at);
      // A change the research shows is an effect only with its cause named: "a reduction in falls
      // with the program"; "data show a reduction in teen smoking" may only describe a trend.
      const needsCause = info.kind === 'finding' && ((lexicon.effectNouns.has(norm) && !lexicon.agentiveEffects.has(norm)) || comparativeOnly) && !causeNamedAfter(tokens, at);
      if (info.kind === 'finding' && isEffectNoun && !needsCause) return found(at);
      // "showed benefit", "demonstrated efficacy": what the agent brought about, no qualifier needed.
      if ((info.kind === 'support-qualified' || info.kind === 'finding') && (info.lemma !== 'have' || effectNounEnds(tokens, at)) && info.lemma !== 'play' && lexicon.agentiveEffects.has(norm) && !lexicon.effectHeads.has(nextNorm) && !lexicon.effectNouns.has(nextNorm) && !ratesATest(tokens, at)) return found(at);
      if (lexicon.effectHeads.has(norm) || isEffectNoun) {
        // A qualified effect ("potent analgesic effects"), an effect on something ("an impact on"),
        // or a part in it ("plays a role in").
        if (qualified && !lexicon.effectHeads.has(nextNorm) && !needsCause) return found(at);
        if (EFFECT_ON_NOUNS.has(norm) && nextNorm === 'on') return found(at);
        if (info.lemma === 'play' && norm === 'role') return found(at);
      }
      if (lexicon.effectQualifiers.has(norm)) {
        qualified = true;
        comparativeOnly = false;
        continue;
      }
      // A result may be comparative: "the trial showed better outcomes with", "the regimen yielded better outcomes".
      if ((info.kind === 'finding' || info.kind === 'support') && COMPARATIVE_OUTCOMES.has(norm)) {
        comparativeOnly = !qualified;
        qualified = true;
        continue;
      }
      // Amounts are modifiers too: "a 30% reduction", "a two-fold improvement".
      if (DETERMINERS.has(norm) || isAdverb(word) || NOMINAL_FILLERS.has(norm) || STARTS_WITH_DIGIT.test(norm)) continue;
      if (!isFunctionWord(norm) && unknown < 2) {
        unknown++;
        continue;
      }
      break;
    }
  }
  return undefined;
}

/** Words that make an effect noun rate a test or a prediction: "the usefulness of ultrasound for diagnosis". */
const TEST_PURPOSES = new Set([...MEASURE_NOUNS, 'detection', 'detecting', 'prediction', 'predicting', 'diagnosing', 'identifying', 'identification', 'prognosis', 'staging']);

/** One of TEST_PURPOSES among the next eight words of the clause after the effect noun at `at`. */
function ratesATest(tokens: Token[], at: number): boolean {
  for (let next = at + 1; next < tokens.length && next - at <= 8; next++) {
    if (tokens[next].breaks) return false;
    if (TEST_PURPOSES.has(tokens[next].norm)) return true;
  }
  return false;
}

/**
 * "The trial showed a reduction in", "we confirmed the benefit of": the research (or its authors)
 * reports an effect as its result. The subject is the research or "we", directly before the verb
 * or before "has", "have" or an adverb.
 */
function findingRole(tokens: Token[], token: Token, info: VerbFormInfo): { groupFirst: number } | undefined {
  if (info.form === 'ing') return undefined;
  let first = token.index;
  while (first > 0 && isAdverb(tokens[first - 1]) && !tokens[first].breaks) first--;
  let subjectAt = first - 1;
  if (subjectAt >= 0 && HAVE.has(tokens[subjectAt].norm) && !tokens[first].breaks && info.form === 'ed') {
    first = subjectAt;
    subjectAt--;
  }
  const subject = subjectAt >= 0 && !tokens[first].breaks ? tokens[subjectAt] : undefined;
  if (!subject || !(RESEARCH_SUBJECTS.has(subject.norm) || subject.norm === 'we')) return undefined;
  return { groupFirst: first };
}

/** The effect noun ends its phrase ("has efficacy comparable to", "had benefits for"), not "had efficacy endpoints". */
function effectNounEnds(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  return !next || next.breaks || isFunctionWord(next.norm) || COMPARISON_WORDS.has(next.norm);
}

/** "with", "after", "following", "from" or "by" later in the clause: the cause of a reported change. */
function causeNamedAfter(tokens: Token[], index: number): boolean {
  for (let at = index + 1; at < tokens.length && at - index <= 12; at++) {
    if (tokens[at].breaks && !COMMA_ONLY.test(tokens[at].gap)) return false;
    if (TREATMENT_LINKS.has(tokens[at].norm) || tokens[at].norm === 'from' || tokens[at].norm === 'compared' || (tokens[at].norm === 'when' && treatmentTakenAfter(tokens, at))) return true;
  }
  return false;
}

/** Verbs that say a treatment was taken or given: "when patients received", "when combined with". */
const TREATMENT_TAKING_VERBS = new Set(['received', 'receive', 'receiving', 'given', 'treated', 'took', 'take', 'taking', 'used', 'using', 'combined', 'added', 'administered', 'exposed', 'switched', 'started']);

/** "when" opens a clause about taking a treatment within its next three words: "when patients received X", "when given early". */
function treatmentTakenAfter(tokens: Token[], when: number): boolean {
  for (let at = when + 1; at < tokens.length && at - when <= 3; at++) {
    if (tokens[at].breaks) return false;
    if (TREATMENT_TAKING_VERBS.has(tokens[at].norm)) return true;
  }
  return false;
}

/** "was followed by": a passive form of "be" right before, the particle right after. */
function sequelRole(tokens: Token[], token: Token, info: VerbFormInfo): { groupFirst: number } | undefined {
  if (info.form !== 'ed' || token.breaks) return undefined;
  for (let k = 0; k < info.particle.length; k++) {
    const next = tokens[token.index + 1 + k];
    if (!next || next.breaks || next.norm !== info.particle[k]) return undefined;
  }
  let first = token.index;
  while (first > 0 && isAdverb(tokens[first - 1]) && !tokens[first].breaks) first--;
  const be = first > 0 && !tokens[first].breaks ? tokens[first - 1] : undefined;
  if (!be || !BE.has(be.norm)) return undefined;
  const subject = tokens[be.index - 1];
  if (subject && !tokens[be.index].breaks && (RESEARCH_SUBJECTS.has(subject.norm) || FIRST_PERSON.has(subject.norm))) return undefined;
  const aux = tokens[be.index - 1];
  if (aux && !tokens[be.index].breaks && (ASSERTIVE_AUX.has(aux.norm) || HEDGING_AUX.has(aux.norm) || HAVE.has(aux.norm))) return { groupFirst: aux.index };
  return { groupFirst: be.index };
}

/** "the beneficial effects of X", "a protective effect on": a qualified effect named as a fact. */
function qualifiedEffectCandidate(tokens: Token[], token: Token, lexicon: ClaimLexicon): Candidate | undefined {
  if (!lexicon.effectHeads.has(token.norm) || token.index === 0) return undefined;
  const next = tokens[token.index + 1];
  if (!next || next.breaks || (next.norm !== 'of' && next.norm !== 'on')) return undefined;
  const determiner = tokens[token.index - 1];
  if ((token.norm === 'benefits' || token.norm === 'benefit') && next.norm === 'of' && determiner && (determiner.norm === 'the' || determiner.norm === 'its' || determiner.norm === 'their') && !token.breaks) {
    // "the benefits of kratom" takes the benefit for granted.
    return { kind: 'nominal', groupFirst: token.index, groupEnd: token.index + 1, head: token.index, info: { lemma: token.norm, phrase: token.norm, form: 'base', verbKind: 'predicate' }, objectFrom: token.index + 1 };
  }
  let first = token.index;
  let unknown = 0;
  // Qualifiers, adverbs between them, and one other adjective ("beneficial cardiovascular effect").
  while (first > 0 && !tokens[first].breaks) {
    const previous = tokens[first - 1];
    if (lexicon.effectQualifiers.has(previous.norm) || (isAdverb(previous) && first < token.index)) first--;
    else if (unknown === 0 && first === token.index && !isFunctionWord(previous.norm) && lexicon.effectQualifiers.has(tokens[first - 2]?.norm ?? '')) {
      unknown++;
      first--;
    } else break;
  }
  if (first === token.index || !lexicon.effectQualifiers.has(tokens[first].norm)) return undefined;
  const before = tokens[first - 1];
  if (before && EFFECT_DENIERS.has(before.norm)) return undefined;
  return {
    kind: 'nominal',
    groupFirst: first,
    groupEnd: token.index + 1,
    head: token.index,
    info: { lemma: token.norm, phrase: token.norm, form: 'base', verbKind: 'predicate' },
    objectFrom: token.index + 1,
  };
}

/**
 * "A marked reduction in pain was seen with the gel", "improvements were achieved with": an effect
 * reported as observed after a treatment. The effect noun is the subject of a passive verb of
 * observation followed by "with", "after" or "following" (without them it may only describe a change).
 */
function observedEffectCandidate(tokens: Token[], token: Token, lexicon: ClaimLexicon): Candidate | undefined {
  if (!OBSERVATION_PARTICIPLES.has(token.norm) || token.breaks) return undefined;
  const be = tokens[token.index - 1];
  if (!be || !BE.has(be.norm) || be.breaks) return undefined;
  const cause = tokens[token.index + 1];
  if (!cause || cause.breaks || !TREATMENT_LINKS.has(cause.norm)) return undefined;
  // The subject: an effect noun (or a qualified effect head) at most six words back, in the same clause.
  for (let at = be.index - 1; at >= 0 && be.index - at <= 6; at--) {
    const norm = tokens[at].norm;
    const qualifiedHead = lexicon.effectHeads.has(norm) && at > 0 && lexicon.effectQualifiers.has(tokens[at - 1].norm) && !tokens[at].breaks;
    if (lexicon.effectNouns.has(norm) || qualifiedHead) {
      let first = qualifiedHead ? at - 1 : at;
      while (first > 0 && !tokens[first].breaks && (lexicon.effectQualifiers.has(tokens[first - 1].norm) || isAdverb(tokens[first - 1]) || STARTS_WITH_DIGIT.test(tokens[first - 1].norm))) first--;
      return {
        kind: 'nominal',
        groupFirst: first,
        groupEnd: token.index + 1,
        head: at,
        info: { lemma: token.norm, phrase: token.norm, form: 'ed', verbKind: 'observed' },
        objectFrom: token.index + 1,
      };
    }
    if (tokens[at + 1].breaks || BE.has(norm) || CONJUNCTIONS.has(norm) && norm !== 'and') return undefined;
  }
  return undefined;
}

/**
 * "The effect of caffeine on sleep was small", "its impact on survival is greater than": the size of
 * an effect of something on something, stated as fact, takes the effect for granted. Only with a
 * word of size or comparison after "be" ("the effects of X on Y are complex" or "unclear" is no claim).
 */
function sizedEffectCandidate(tokens: Token[], token: Token): Candidate | undefined {
  if (!EFFECT_ON_NOUNS.has(token.norm)) return undefined;
  // The noun phrase starts the clause: "The effect", "However, its impact"; not "evidence of an effect".
  let first = token.index;
  while (first > 0 && !tokens[first].breaks && token.index - first < 3 && (DETERMINERS.has(tokens[first - 1].norm) || !isFunctionWord(tokens[first - 1].norm) && !looksLikeVerb(tokens[first - 1]))) first--;
  if (first > 0 && !tokens[first].breaks) return undefined;
  let on = -1;
  let be = -1;
  for (let at = token.index + 1; at < tokens.length && at - token.index <= 12; at++) {
    const word = tokens[at];
    if (word.breaks) return undefined;
    if (word.norm === 'on' && on < 0 && at - token.index <= 6) on = at;
    else if (BE.has(word.norm)) {
      be = at;
      break;
    } else if (word.norm === 'that' || word.norm === 'which' || ASSERTIVE_AUX.has(word.norm) || HEDGING_AUX.has(word.norm) || HAVE.has(word.norm)) return undefined;
  }
  if (be < 0) return undefined;
  let predicate = be + 1;
  while (predicate < tokens.length && !tokens[predicate].breaks && (isAdverb(tokens[predicate]) || tokens[predicate].norm === 'more' || tokens[predicate].norm === 'most') && tokens[predicate].norm !== 'not') predicate++;
  const size = tokens[predicate];
  if (!size || size.breaks || !EFFECT_SIZES.has(size.norm)) return undefined;
  // Without "on", only an effect compared with another's: "the effect of the diet was similar to that of fibre".
  if (on < 0 && !(tokens[token.index + 1]?.norm === 'of' && COMPARED_SIZES.has(size.norm) && (tokens[predicate + 1]?.norm === 'to' || tokens[predicate + 1]?.norm === 'than') && !tokens[predicate + 1].breaks)) return undefined;
  return {
    kind: 'nominal',
    groupFirst: first,
    groupEnd: predicate + 1,
    head: token.index,
    info: { lemma: token.norm, phrase: token.norm, form: 'base', verbKind: 'observed' },
    objectFrom: predicate + 1,
  };
}

/** A word that is more likely a verb than an adjective before a noun: "showed", "reduces". */
function looksLikeVerb(token: Token): boolean {
  return PARTICIPLE_OR_COMPARATIVE.test(token.norm) && !token.norm.endsWith('er') || token.norm.endsWith('s') && !token.norm.endsWith('ss');
}

/**
 * "Alcohol makes reflux worse", "poor sleep makes people more prone to infection": the causative
 * "make" with an object and a complement that states a change in health (Wolff & Song's CAUSE verbs).
 */
function causativeMakeCandidate(tokens: Token[], token: Token): Candidate | undefined {
  const form = MAKE_FORMS.get(token.norm);
  if (!form) return undefined;
  const role = verbRole(tokens, token, { lemma: 'make', phrase: 'make', form, kind: 'neutral', particle: [], ergative: false });
  if (!role) return undefined;
  // "made me sleepy" is the writer's own experience (an anecdote), not a claim about others.
  if (tokens[token.index + 1]?.norm === 'me') return undefined;
  // Object: one to three words, then the complement.
  for (let at = token.index + 2; at <= token.index + 4 && at < tokens.length; at++) {
    if (tokens[at].breaks || tokens[at - 1].breaks && at - 1 > token.index) return undefined;
    const norm = tokens[at].norm;
    const degree = norm === 'more' || norm === 'less';
    const complement = degree ? tokens[at + 1] : tokens[at];
    if (!complement || complement.breaks) return undefined;
    if ((!degree && HEALTH_COMPARATIVES.has(norm)) || (degree && HEALTH_DEGREE_ADJECTIVES.has(complement.norm))) {
      return {
        kind: 'verb',
        groupFirst: role.groupFirst,
        groupEnd: token.index + 1,
        head: token.index,
        info: { lemma: 'make', phrase: 'make', form, verbKind: 'neutral' },
        objectFrom: token.index + 1,
      };
    }
    if (isFunctionWord(norm) && !DETERMINERS.has(norm) && !PRONOUNS.has(norm)) return undefined;
  }
  return undefined;
}

/** "is effective in", "proved efficacious", "is an effective treatment for", "was superior to". */
function predicateCandidate(tokens: Token[], token: Token, lexicon: ClaimLexicon): Candidate | undefined {
  if (CAUSAL_ROLE_NOUNS.has(token.norm)) return causalRoleCandidate(tokens, token);
  if (TREATMENT_ROLE_NOUNS.has(token.norm) || ALTERNATIVE_NOUNS.has(token.norm)) return treatmentRoleCandidate(tokens, token, lexicon);
  if (token.norm === 'benefit') return ofBenefitCandidate(tokens, token);
  if (INVOLVEMENT_PARTICIPLES.has(token.norm)) return involvementCandidate(tokens, token);
  const next = tokens[token.index + 1];
  const nextJoined = next && !next.breaks ? next : undefined;
  if (lexicon.comparativePredicates.has(token.norm)) {
    // "was superior to placebo in reducing pain": a comparison of effects. Without the effect
    // ("superior to CT", "non-inferior to standard care") it may compare accuracy, cost or safety.
    if (nextJoined?.norm !== 'to' || !purposeFollows(tokens, token.index + 2, 5, lexicon)) return undefined;
  } else if (lexicon.purposePredicates.has(token.norm)) {
    // "was successful in reducing falls", "is a useful treatment option"; "is useful for diagnosis" claims no effect.
    if (!purposeFollows(tokens, token.index + 1, 0, lexicon) && !nounFollowsInPhrase(tokens, token.index, TREATMENT_ROLE_NOUNS)) return undefined;
  } else if (lexicon.necessityPredicates.has(token.norm)) {
    if (!necessityForOutcome(tokens, token.index, lexicon)) return undefined;
  } else if (!lexicon.predicates.has(token.norm)) return undefined;
  if (token.norm === 'good' && !goodForHealth(tokens, token.index)) return undefined;
  // "an effective predictive marker", "a useful screening tool": the adjective rates a measure or a test, not a treatment.
  if (nounFollowsInPhrase(tokens, token.index, MEASURE_NOUNS)) return undefined;
  // Walk back over adverbs, "as", "more", "an", "safe and" to a form of "be" or "prove".
  let at = token.index - 1;
  let steps = 0;
  while (at >= 0 && steps < 6 && (!tokens[at + 1].breaks || COMMA_ONLY.test(tokens[at + 1].gap) && at + 1 < token.index)) {
    const norm = tokens[at].norm;
    if (BE.has(norm) || COPULAR_VERBS.has(norm)) {
      let start = at;
      const aux = tokens[at - 1];
      if (aux && !tokens[at].breaks && (ASSERTIVE_AUX.has(aux.norm) || HEDGING_AUX.has(aux.norm) || HAVE.has(aux.norm) || aux.norm === 'to')) start = aux.index;
      if (lexicon.necessityPredicates.has(token.norm)) {
        // "Further studies are essential for ...", "it is vital for ...": about the research or the reader.
        const subject = tokens[start - 1];
        if (subject && !tokens[start].breaks && (PRONOUNS.has(subject.norm) && subject.norm !== 'they' || subject.norm === 'there' || RESEARCH_SUBJECTS.has(subject.norm))) return undefined;
      }
      return predicateClaimCandidate(tokens, start, token.index, token.index + 1);
    }
    const adjectiveBeforeAnd = (tokens[at + 1]?.norm === 'and' || COMMA_ONLY.test(tokens[at + 1]?.gap ?? '')) && !isFunctionWord(norm);
    if (adjectiveBeforeAnd || isAdverb(tokens[at]) || PREDICATE_FILLERS.has(norm)) {
      at--;
      steps++;
      continue;
    }
    break;
  }
  return undefined;
}

/**
 * One of `nouns` within the next two words of the same phrase: a treatment role ("successful
 * treatment", "useful therapeutic option") or a measure ("effective predictive marker").
 */
function nounFollowsInPhrase(tokens: Token[], index: number, nouns: ReadonlySet<string>): boolean {
  for (let at = index + 1; at <= index + 2 && at < tokens.length; at++) {
    if (tokens[at].breaks) return false;
    if (nouns.has(tokens[at].norm)) return true;
    if (isFunctionWord(tokens[at].norm)) return false;
  }
  return false;
}

/** "in/at/for" and a causal verb in -ing, at `from` or after at most `skip` more words of the same clause. */
function purposeFollows(tokens: Token[], from: number, skip: number, lexicon: ClaimLexicon): boolean {
  for (let at = from; at <= from + skip && at < tokens.length - 1; at++) {
    if (tokens[at].breaks) return false;
    if (!PURPOSE_PREPOSITIONS.has(tokens[at].norm)) continue;
    const verb = tokens[skipAdverbs(tokens, at + 1, 1)];
    return !!verb && !verb.breaks && !!lexicon.verbs.get(verb.norm)?.some((info) => info.form === 'ing' && info.kind !== 'help');
  }
  return false;
}

/** Nouns for the work of care: a need for them is advice about care, not a health effect. */
const CARE_NOUNS = new Set(['treatment', 'diagnosis', 'management', 'care', 'planning', 'screening', 'assessment', 'evaluation', 'monitoring', 'decision', 'decisions', 'diagnoses', 'follow-up', 'counselling', 'counseling', 'referral']);

/** "is essential for bone health", "is crucial in preventing", not "is crucial for readers", "critical in hot weather" nor "it is vital for patients to rest". */
function necessityForOutcome(tokens: Token[], index: number, lexicon?: ClaimLexicon): boolean {
  const next = tokens[index + 1];
  if (!next || next.breaks) return false;
  // "critical to reducing relapse": "to" and a causal verb in -ing (not "essential to ask", an infinitive).
  if (next.norm === 'to') return lexicon !== undefined && purposeFollows(tokens, index + 1, 0, lexicon);
  if (next.norm !== 'for' && next.norm !== 'in') return false;
  const object = tokens[index + 2];
  // "crucial in preventing", not "critical in hot weather".
  if (next.norm === 'in' && !object?.norm.endsWith('ing')) return false;
  if (!object || object.breaks || HELPED_PEOPLE.has(object.norm) || PEOPLE.has(object.norm) || FIRST_PERSON.has(object.norm)) return false;
  // "is essential for (appropriate) treatment", "crucial for diagnosis": a need of the care, not a health
  // outcome. Not "for treatment success" nor "for the treatment of depression", which name what the care achieves.
  const careAt = CARE_NOUNS.has(object.norm) ? index + 2 : index + 3;
  const afterCare = tokens[careAt + 1];
  if (CARE_NOUNS.has(tokens[careAt]?.norm ?? '') && !tokens[careAt].breaks && (!afterCare || afterCare.breaks || isFunctionWord(afterCare.norm) && afterCare.norm !== 'of')) return false;
  for (let at = index + 2; at < Math.min(tokens.length, index + 7); at++) {
    if (tokens[at].breaks) break;
    if (tokens[at].norm === 'to') return false;
  }
  return true;
}

/** "is of benefit", "were of clear benefit to": efficacy stated with "be of" and the noun. */
function ofBenefitCandidate(tokens: Token[], token: Token): Candidate | undefined {
  let at = token.index - 1;
  if (at >= 0 && OF_BENEFIT_DEGREE.has(tokens[at].norm) && !tokens[at + 1].breaks) at--;
  if (at < 1 || tokens[at].norm !== 'of' || tokens[at + 1].breaks || tokens[at].breaks) return undefined;
  let be = at - 1;
  while (be > 0 && isAdverb(tokens[be]) && !tokens[be + 1].breaks) be--;
  if (!BE.has(tokens[be].norm) && !COPULAR_VERBS.has(tokens[be].norm)) return undefined;
  let start = be;
  const aux = tokens[be - 1];
  if (aux && !tokens[be].breaks && (ASSERTIVE_AUX.has(aux.norm) || HEDGING_AUX.has(aux.norm) || HAVE.has(aux.norm) || aux.norm === 'to')) start = aux.index;
  const subject = tokens[start - 1];
  if (subject && !tokens[start].breaks && (subject.norm === 'it' || subject.norm === 'there' || RESEARCH_SUBJECTS.has(subject.norm))) return undefined;
  return predicateClaimCandidate(tokens, start, token.index, token.index + 1);
}

/** Forms of "be" and the linking verbs before a causal role: "remains a leading cause of". */
const CAUSAL_ROLE_COPULAS = new Set([...BE, 'remain', 'remains', 'become', 'becomes']);
/** Forms of "be" and the linking verbs before a treatment role: "proved an effective therapy for". */
const TREATMENT_ROLE_COPULAS = new Set([...BE, ...COPULAR_VERBS]);
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * The linking verb of a role noun ("is a major cause", "remains the best therapy"): walks back at most
 * five words of the same phrase over determiners, adverbs, "and", "one" and at most `unknownBudget`
 * content words (the role's modifiers). Undefined when the walk meets anything else, or a word of
 * `refusing` (a modifier that takes the claim out of the role).
 */
function copulaBeforeRole(tokens: Token[], roleIndex: number, copulas: ReadonlySet<string>, unknownBudget: number, refusing: ReadonlySet<string> = NO_WORDS): number | undefined {
  let unknown = 0;
  for (let at = roleIndex - 1; at >= 0 && roleIndex - at <= 5 && !tokens[at + 1].breaks; at--) {
    const norm = tokens[at].norm;
    if (refusing.has(norm)) return undefined;
    if (copulas.has(norm)) return at;
    if (DETERMINERS.has(norm) && norm !== 'no' || isAdverb(tokens[at]) || norm === 'a' || norm === 'an' || norm === 'and' || norm === 'one') continue;
    if (!isFunctionWord(norm) && !STARTS_WITH_DIGIT.test(norm) && unknown < unknownBudget) {
      unknown++;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** A predicate claim from `groupFirst` through the role or adjective at `head`; the object starts at `objectFrom`. */
function predicateClaimCandidate(tokens: Token[], groupFirst: number, head: number, objectFrom: number): Candidate {
  return {
    kind: 'predicate',
    groupFirst,
    groupEnd: head + 1,
    head,
    info: { lemma: 'be', phrase: tokens[head].norm, form: 'predicate', verbKind: 'predicate' },
    objectFrom,
  };
}

/** Participles that put something inside a disease process: "is involved in the pathogenesis of". */
const INVOLVEMENT_PARTICIPLES = new Set(['involved', 'implicated']);
/**
 * Nouns for how a disease comes about (MeSH's etiology subheading and its pathogenesis scope).
 * "Development" is left out: people are involved in the development of guidelines and apps.
 */
const DISEASE_PROCESS_NOUNS = new Set(['pathogenesis', 'etiology', 'aetiology', 'onset', 'progression', 'causation', 'pathophysiology', 'worsening']);

/**
 * "Inflammation is involved in the pathogenesis of asthma", "are implicated in the onset of":
 * a part in causing a disease, stated after "be" (with its modal, if any, so that "may be involved" is hedged).
 */
function involvementCandidate(tokens: Token[], token: Token): Candidate | undefined {
  let be = token.index - 1;
  while (be > 0 && isAdverb(tokens[be]) && !tokens[be + 1].breaks) be--;
  if (be < 0 || !BE.has(tokens[be].norm) || tokens[be + 1].breaks) return undefined;
  let at = token.index + 1;
  if (tokens[at]?.norm !== 'in' || tokens[at].breaks) return undefined;
  at++;
  if (tokens[at] && DETERMINERS.has(tokens[at].norm)) at++;
  const process = tokens[at];
  if (!process || process.breaks || !DISEASE_PROCESS_NOUNS.has(process.norm) || tokens[at + 1]?.norm !== 'of') return undefined;
  let start = be;
  const aux = tokens[be - 1];
  if (aux && !tokens[be].breaks && (ASSERTIVE_AUX.has(aux.norm) || HEDGING_AUX.has(aux.norm) || HAVE.has(aux.norm))) start = aux.index;
  const subject = tokens[start - 1];
  if (subject && !tokens[start].breaks && (FIRST_PERSON.has(subject.norm) || RESEARCH_SUBJECTS.has(subject.norm))) return undefined;
  // The claim runs through the process and what it is of: "is involved in the onset of migraine".
  return predicateClaimCandidate(tokens, start, token.index, at + 1);
}

/** "is a major cause of", "are key drivers of": a causal role stated after "be". ("responsible for" is left out: it mostly describes mechanisms, "receptors responsible for".) */
function causalRoleCandidate(tokens: Token[], token: Token): Candidate | undefined {
  const next = tokens[token.index + 1];
  if (!next || next.breaks || !(next.norm === 'of' || next.norm === 'for' || ((next.norm === 'in' || next.norm === 'to') && token.norm.startsWith('contribut')))) return undefined;
  const copula = copulaBeforeRole(tokens, token.index, CAUSAL_ROLE_COPULAS, 2);
  if (copula === undefined) return next.norm === 'of' ? namedCauseCandidate(tokens, token) : undefined;
  const subject = tokens[copula - 1];
  if (subject && (subject.norm === 'it' || subject.norm === 'this' || subject.norm === 'there' || RESEARCH_SUBJECTS.has(subject.norm))) return undefined;
  // "a contributor to gum disease": "to" and "in" would close the object; "of" does not.
  return predicateClaimCandidate(tokens, copula, token.index, next.norm === 'to' || next.norm === 'in' ? token.index + 2 : token.index + 1);
}

/** Adjectives that rank a cause among others: "the main cause of", "the most common cause of". */
const RANKING_ADJECTIVES = new Set(['main', 'leading', 'common', 'commonest', 'major', 'primary', 'principal', 'chief', 'predominant', 'dominant', 'biggest', 'largest', 'greatest', 'single', 'underlying', 'direct', 'root', 'usual', 'frequent']);
/** Words after "is" that describe the causes instead of naming one: "the causes of migraine are complex". */
const CAUSE_DESCRIPTIONS = new Set(['complex', 'multiple', 'many', 'varied', 'various', 'diverse', 'numerous', 'multifactorial', 'unknown', 'unclear', 'uncertain', 'debated', 'disputed', 'different', 'similar', 'not', 'never', 'still', 'often', 'likely', 'probably', 'poorly', 'largely', 'partly', 'listed', 'discussed', 'described', 'shown', 'summarized', 'summarised', 'below', 'above', 'as', 'less', 'more']);

/**
 * "The most common cause of diarrhoea in infants is rotavirus": a ranked cause at the head of the
 * subject, named after "be". The claim is the whole statement, which has no verb group to hedge in
 * place (attribution is offered). Not "the causes of migraine are complex" nor "is not".
 */
function namedCauseCandidate(tokens: Token[], token: Token): Candidate | undefined {
  // The subject starts its clause: "The", "However, the most common".
  let first = token.index;
  let ranked = false;
  while (first > 0 && !tokens[first].breaks && token.index - first < 4) {
    const norm = tokens[first - 1].norm;
    if (RANKING_ADJECTIVES.has(norm)) ranked = true;
    else if (!DETERMINERS.has(norm) && !isAdverb(tokens[first - 1]) && norm !== 'most') break;
    first--;
  }
  // A clause start: the sentence's, after punctuation, or after a conjunction ("..., and the main cause was").
  if (!ranked || (first > 0 && !tokens[first].breaks && !CONJUNCTIONS.has(tokens[first - 1].norm))) return undefined;
  for (let at = token.index + 2; at < tokens.length && at - token.index <= 8; at++) {
    const word = tokens[at];
    if (word.breaks || isFunctionWord(word.norm) && !BE.has(word.norm) && !PREPOSITIONS.has(word.norm) && !DETERMINERS.has(word.norm)) return undefined;
    if (!BE.has(word.norm)) continue;
    const named = tokens[at + 1];
    if (!named || named.breaks || CAUSE_DESCRIPTIONS.has(named.norm) || named.norm === 'that' || named.norm === 'to') return undefined;
    return {
      kind: 'nominal',
      groupFirst: first,
      groupEnd: at + 1,
      head: token.index,
      info: { lemma: 'be', phrase: token.norm, form: 'base', verbKind: 'observed' },
      objectFrom: at + 1,
    };
  }
  return undefined;
}

/**
 * "is an alternative treatment for gout", "remains the best therapy for": a treatment role for a
 * condition stated after "be". Not when the role is only usage ("a common treatment for") or the
 * subject is "it", "there" or the research.
 */
function treatmentRoleCandidate(tokens: Token[], token: Token, lexicon: ClaimLexicon): Candidate | undefined {
  const next = tokens[token.index + 1];
  if (!next || next.breaks) return undefined;
  const alternative = ALTERNATIVE_NOUNS.has(token.norm);
  // "an alternative therapy to surgery", "an acceptable alternative to statins for ...": a role compared with another treatment.
  const comparedRole = next.norm === 'to' && (alternative || ALTERNATIVE_NOUNS.has(tokens[token.index - 1]?.norm ?? ''));
  if (next.norm !== 'for' && !comparedRole) return undefined;
  const copula = copulaBeforeRole(tokens, token.index, TREATMENT_ROLE_COPULAS, 3, USAGE_ADJECTIVES);
  if (copula === undefined) return undefined;
  // "an alternative" alone may replace anything ("a good alternative to soda"): a treatment role only when
  // endorsed and in place of a treatment ("an acceptable alternative to statins").
  if (alternative && !(endorsedBetween(tokens, copula, token.index) && next.norm === 'to' && treatmentNamed(tokens, token.index + 2, 3, lexicon))) return undefined;
  let start = copula;
  const aux = tokens[copula - 1];
  if (aux && !tokens[copula].breaks && (ASSERTIVE_AUX.has(aux.norm) || HEDGING_AUX.has(aux.norm) || HAVE.has(aux.norm))) start = aux.index;
  const subject = tokens[start - 1];
  if (subject && (subject.norm === 'it' || subject.norm === 'this' || subject.norm === 'there' || subject.norm === 'what' || RESEARCH_SUBJECTS.has(subject.norm))) return undefined;
  return predicateClaimCandidate(tokens, start, token.index, token.index + 1);
}

/** Adjectives that endorse an alternative as working: "an acceptable alternative", "a viable alternative". */
const ENDORSING_ADJECTIVES = new Set(['acceptable', 'viable', 'valid', 'effective', 'efficacious', 'suitable', 'reasonable', 'appropriate', 'useful', 'good', 'excellent', 'attractive', 'safe', 'better', 'best', 'feasible']);

function endorsedBetween(tokens: Token[], from: number, to: number): boolean {
  for (let at = from + 1; at < to; at++) if (ENDORSING_ADJECTIVES.has(tokens[at].norm)) return true;
  return false;
}

/** A treatment, a medicine or a kind of care among the next `reach` words of the phrase: "to (oral) painkillers", "to atorvastatin". */
function treatmentNamed(tokens: Token[], from: number, reach: number, lexicon: ClaimLexicon): boolean {
  for (let at = from; at < tokens.length && at - from < reach; at++) {
    if (tokens[at].breaks) return false;
    const norm = tokens[at].norm;
    const singular = norm.endsWith('s') ? norm.slice(0, -1) : norm;
    if (lexicon.treatmentNouns.has(norm) || lexicon.medicineStems.some((stem) => singular.length >= stem.length + 3 && singular.endsWith(stem))) return true;
    if (isFunctionWord(norm) && !DETERMINERS.has(norm)) return false;
  }
  return false;
}

/** "is good for back pain", not "it is good for you to rest" nor "is good practice". */
function goodForHealth(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (!next || next.breaks || next.norm !== 'for') return false;
  for (let at = index + 2; at < Math.min(tokens.length, index + 6); at++) {
    if (tokens[at].breaks) break;
    if (tokens[at].norm === 'to') return false;
  }
  const subject = tokens[index - 2];
  return !(subject && (subject.norm === 'it' || subject.norm === 'this' || subject.norm === 'that'));
}

/** The word as written (`text` is the sentence, starting at `offset` in the block's prose). */
function rawOf(token: Token, text: string, offset: number): string {
  return text.slice(token.start - offset, token.end - offset);
}

/** The claim with another status (and the cue that gave it): set on the fresh object rather than copied, as a copy per claim costs more. */
function withStatus(claim: Claim, status: ClaimStatus, cue?: string): Claim {
  claim.status = status;
  if (cue !== undefined) claim.cue = cue;
  return claim;
}

function decide(tokens: Token[], candidate: Candidate, cues: CueMap, scopes: ReadonlyArray<CueMatch | undefined>, text: string, offset: number): Claim {
  // The object: up to seven words after the group, to the first clause boundary.
  let last = Math.max(candidate.head, candidate.groupEnd - 1);
  for (let at = candidate.objectFrom; at < Math.min(tokens.length, candidate.objectFrom + 7); at++) {
    const word = tokens[at];
    if (candidate.passive && at === candidate.objectFrom && word.norm === 'by' && !word.breaks) {
      last = at;
      continue;
    }
    // A correlational participle ends the object: "relieves pain | associated with arthritis".
    if (word.breaks || OBJECT_STOPS.has(word.norm) || cues.correlational.some((cue) => cue.firstWord === at && word.norm.endsWith('ed'))) break;
    last = at;
  }
  const group = tokens.slice(candidate.groupFirst, candidate.groupEnd);
  const strengtheners = group.filter((token) => ASSERTIVE_AUX.has(token.norm) || cues.boosterAt[token.index]).map((token) => rawOf(token, text, offset));
  const claim: Claim = {
    kind: candidate.kind,
    status: 'asserted',
    start: tokens[candidate.groupFirst].start,
    end: tokens[last].end,
    groupStart: tokens[candidate.groupFirst].start,
    groupEnd: tokens[candidate.groupEnd - 1].end,
    trigger: rawOf(tokens[candidate.head], text, offset),
    lemma: candidate.info.lemma,
    phrase: candidate.info.phrase,
    form: candidate.info.form,
    verbKind: candidate.info.verbKind,
    strengtheners,
    firstWord: candidate.groupFirst,
  };
  if (cues.quoted[candidate.head]) return withStatus(claim, 'quoted');
  // Negation: a negator in the group, or at most three words before it in the same clause,
  // or between a support verb and its effect noun ("provides no relief").
  for (let at = Math.max(0, candidate.groupFirst - 3); at <= candidate.head; at++) {
    const negator = cues.negatorAt[at];
    if (!negator) continue;
    let crossed = false;
    for (let between = negator.endWord; between <= candidate.groupFirst && between < tokens.length; between++) {
      if (tokens[between].breaks) crossed = true;
    }
    if (!crossed || at >= candidate.groupFirst) return withStatus(claim, 'negated', negator.entry.phrase);
  }
  // Hedges reaching the claim, or inside the claim ("offering potential relief").
  const hedge = scopes[candidate.head] ?? scopes[candidate.groupFirst];
  if (hedge) return withStatus(claim, 'hedged', hedge.entry.phrase);
  for (let at = candidate.groupFirst; at <= last; at++) {
    const inside = cues.hedgeAt[at];
    if (inside && inside.entry.scope !== 'clause') return withStatus(claim, 'hedged', inside.entry.phrase);
  }
  // Attribution after the claim ("..., according to one review"), or reported uncertainty
  // about it ("the way X relieves pain is not fully understood"), unless a contrast intervenes.
  for (let at = last + 1; at < tokens.length; at++) {
    if (SEMICOLON.test(tokens[at].gap) || CONTRASTS.has(tokens[at].norm)) break;
    const after = cues.hedgeAt[at];
    if (after && (after.entry.kind === 'attribution' || after.entry.after === true)) return withStatus(claim, 'hedged', after.entry.phrase);
  }
  // A correlational word inside the claim's object is what the cause acts on ("lowered the odds of
  // relapse", "improved the relationship", "relieves pain associated with arthritis"); elsewhere in
  // the sentence it frames the statement.
  const framing = cues.correlational.find((cue) => (cue.firstWord <= candidate.head && (!cue.entry.variable || variableFrames(tokens, cue.firstWord, candidate.groupFirst))) || (cue.firstWord > last && !sameNounPhraseRun(tokens, last, cue.firstWord) && (!cue.entry.noun || predicateNoun(tokens, cue.firstWord))));
  if (framing) return withStatus(claim, 'correlational', framing.entry.phrase);
  return claim;
}

/**
 * A noun that renames the claim: after a form of "be" or "as" at most three words back ("is a risk
 * factor", "as predictors"), or opening an apposition after a comma ("..., an association that").
 */
function predicateNoun(tokens: Token[], at: number): boolean {
  for (let back = at - 1; back >= 0 && at - back <= 3; back--) {
    if (tokens[back + 1].breaks) return COMMA.test(tokens[back + 1].gap) && DETERMINERS.has(tokens[back + 1].norm);
    if (BE.has(tokens[back].norm) || tokens[back].norm === 'as' || COPULAR_VERBS.has(tokens[back].norm)) return true;
  }
  return false;
}

/**
 * A correlational noun that names a factor ("risk factors", "odds") frames a claim after it when it
 * renames something ("smoking is a risk factor for") or is what its clause is about ("Risk factors for
 * gout include ..."). Not when a cause acts on it ("controlling risk factors is effective in") or it is
 * the claim's own subject ("the odds of relapse were reduced by the program").
 */
function variableFrames(tokens: Token[], at: number, claimFirst: number): boolean {
  if (predicateNoun(tokens, at)) return true;
  if (at < claimFirst && sameNounPhraseRun(tokens, at, claimFirst - 1)) return false;
  // The subject of its clause: at most three determiners or adjectives before it, back to the clause start.
  for (let back = at; back >= 0 && at - back <= 3; back--) {
    if (back === 0 || tokens[back].breaks) return true;
    const previous = tokens[back - 1];
    if (!DETERMINERS.has(previous.norm) && (isFunctionWord(previous.norm) || looksLikeVerb(previous) || previous.norm.endsWith('ing'))) return false;
  }
  return false;
}

/** Words from `from` to `to` continue one phrase: no punctuation break, no new clause (a conjunction, a verb of being, a modal). */
function sameNounPhraseRun(tokens: Token[], from: number, to: number): boolean {
  for (let at = from + 1; at <= to; at++) {
    const norm = tokens[at].norm;
    if (tokens[at].breaks || CONJUNCTIONS.has(norm) || SUBORDINATORS.has(norm) || BE.has(norm) || HAVE.has(norm) || ASSERTIVE_AUX.has(norm) || HEDGING_AUX.has(norm) || CONTRASTS.has(norm) || norm === 'that' || norm === 'which' || norm === 'who') return false;
  }
  return true;
}
