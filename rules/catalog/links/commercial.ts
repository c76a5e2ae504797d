// Commercial-link detection shared by `commercial-link` (which reports each link and each
// call to action left in running text) and `missing-affiliate-disclosure` (which asks
// whether a page with such links discloses the relationship). One module, so both rules
// always agree on what a commercial link is.
//
// Targets are parsed with the WHATWG URL class; query parameter names, hostnames and path
// segments are looked up in `rules/data/affiliate-markers.json`. Anchor text and running
// text are matched against `rules/data/promotional-phrases.json`; disclosures against
// `rules/data/disclosures.json`. All offsets handed out here are prose offsets of one block,
// except link ranges, which stay inside the LinkInfo they came from.

import { PhraseMatcher, phraseWords, textContainsPhrase, type LexiconEntry, type PhraseMatch } from '../../engine/phrases.js';
import type { ProseBlock } from '../../engine/prose.js';
import { splitWords, wordsOfSentence, type Sentence, type Word } from '../../engine/sentences.js';
import type { LintSettings } from '../../engine/config.js';
import type { LinkInfo, Range } from '../../engine/types.js';
import { isInside, isQuestion, quotedSpans } from '../context/sentence-context.js';
import affiliateMarkers from '../../data/affiliate-markers.json';
import promotionalPhrases from '../../data/promotional-phrases.json';
import disclosures from '../../data/disclosures.json';

export type CommercialReasonKind = 'parameter' | 'network' | 'shortener' | 'path' | 'user-domain' | 'anchor';

export interface CommercialReason {
  kind: CommercialReasonKind;
  /** Names the marker for a message, e.g. "affiliate parameter `tag=`". */
  label: string;
}

export interface CommercialLink {
  /** Index into `block.links`. */
  index: number;
  link: LinkInfo;
  reasons: CommercialReason[];
  /** The anchor text itself sells ("buy now"): keeping it as plain text would still sell. */
  promotionalAnchor: boolean;
  /** An HTML link already marked rel="sponsored": the author has labelled it as paid. */
  markedSponsored: boolean;
}

export type CallToActionKind = 'idiom' | 'stripped-anchor' | 'imperative' | 'sales-imperative';

export interface CallToAction {
  kind: CallToActionKind;
  /** Prose range of the call to action. */
  start: number;
  end: number;
  /** For a stripped anchor: prose range of the noun that the sales phrase replaced ("kratom"). */
  noun?: Range;
  /** The sentence holding it (prose offsets). */
  sentence: Range;
  /** For a sales imperative: what makes it commercial ("a discount '40% off'"). */
  signals?: string[];
}

interface MarkerEntry extends LexiconEntry {
  kind: string;
  hostPattern?: string;
  valuePattern?: string;
}

interface PromotionalEntry extends LexiconEntry {
  kind: string;
  exceptBefore?: string[];
  exceptAfter?: string[];
}

interface CompiledParameter {
  entry: MarkerEntry;
  host?: RegExp;
  value?: RegExp;
}

/** Everything compiled from the data files and the user's lexicon, built once per settings object. */
class CommercialDetector {
  private readonly exactParameters = new Map<string, CompiledParameter>();
  private readonly prefixParameters: { prefix: string; parameter: CompiledParameter }[] = [];
  private readonly hosts = new Map<string, { kind: 'network' | 'shortener' | 'user-domain'; note?: string }>();
  private readonly pathSegments = new Set<string>();
  readonly anchorMatcher: PhraseMatcher<PromotionalEntry>;
  readonly idiomMatcher: PhraseMatcher<PromotionalEntry>;
  readonly modifierMatcher: PhraseMatcher<PromotionalEntry>;
  readonly ctaVerbs: Set<string>;
  readonly productNouns: Set<string>;
  readonly salesVerbMatcher: PhraseMatcher<PromotionalEntry>;
  /** Product forms, the product nouns and shop nouns by word: what a seller's "our" or "my" points at. */
  readonly productForms: Map<string, PromotionalEntry>;
  readonly sellerNouns: Set<string>;
  readonly shopNounMatcher: PhraseMatcher<PromotionalEntry>;
  readonly retailerMatcher: PhraseMatcher<PromotionalEntry>;
  readonly discountMatcher: PhraseMatcher<PromotionalEntry>;
  readonly pressureMatcher: PhraseMatcher<PromotionalEntry>;
  readonly immediacyMatcher: PhraseMatcher<PromotionalEntry>;
  private readonly disclosureMatcher: PhraseMatcher<LexiconEntry>;
  private readonly disclosureLabels: Set<string>;
  private readonly configuredDisclosure: readonly string[];

  constructor(settings: LintSettings) {
    for (const entry of affiliateMarkers.entries as MarkerEntry[]) {
      const phrase = entry.phrase.toLowerCase();
      if (entry.kind === 'parameter') {
        const parameter: CompiledParameter = {
          entry,
          host: entry.hostPattern ? new RegExp(entry.hostPattern, 'i') : undefined,
          value: entry.valuePattern ? new RegExp(entry.valuePattern, 'i') : undefined,
        };
        if (phrase.endsWith('*')) this.prefixParameters.push({ prefix: phrase.slice(0, -1), parameter });
        else this.exactParameters.set(phrase, parameter);
      } else if (entry.kind === 'network' || entry.kind === 'shortener') {
        this.hosts.set(phrase, { kind: entry.kind, note: entry.note });
      } else if (entry.kind === 'path') this.pathSegments.add(phrase);
    }
    for (const domain of settings.extraAffiliateDomains) {
      const host = normaliseHost(domain);
      if (host) this.hosts.set(host, { kind: 'user-domain' });
    }
    const promotional = promotionalPhrases.entries as PromotionalEntry[];
    const extra: PromotionalEntry[] = settings.extraPromotionalPhrases.map((phrase) => ({ phrase, kind: 'user', source: 'user configuration' }));
    this.anchorMatcher = new PhraseMatcher([...promotional.filter((entry) => entry.kind === 'anchor'), ...extra]);
    this.idiomMatcher = new PhraseMatcher([...promotional.filter((entry) => entry.kind === 'idiom'), ...extra]);
    this.modifierMatcher = new PhraseMatcher(promotional.filter((entry) => entry.kind === 'commercial-modifier'));
    this.ctaVerbs = new Set(promotional.filter((entry) => entry.kind === 'cta-verb').map((entry) => entry.phrase.toLowerCase()));
    this.productNouns = new Set(promotional.filter((entry) => entry.kind === 'product-noun').map((entry) => entry.phrase.toLowerCase()));
    const ofKind = (kind: string) => promotional.filter((entry) => entry.kind === kind);
    this.salesVerbMatcher = new PhraseMatcher(ofKind('sales-verb'));
    this.productForms = new Map(ofKind('product-form').map((entry) => [entry.phrase.toLowerCase(), entry]));
    this.sellerNouns = new Set([...this.productForms.keys(), ...this.productNouns, ...ofKind('shop-noun').map((entry) => entry.phrase.toLowerCase())]);
    this.shopNounMatcher = new PhraseMatcher(ofKind('shop-noun'));
    this.retailerMatcher = new PhraseMatcher(ofKind('retailer'));
    this.discountMatcher = new PhraseMatcher(ofKind('discount'));
    this.pressureMatcher = new PhraseMatcher(ofKind('pressure'));
    this.immediacyMatcher = new PhraseMatcher(ofKind('immediacy'));
    this.disclosureMatcher = new PhraseMatcher(disclosures.entries.filter((entry) => entry.kind === 'phrase'));
    this.disclosureLabels = new Set(disclosures.entries.filter((entry) => entry.kind === 'label').map((entry) => entry.phrase.toLowerCase()));
    this.configuredDisclosure = phraseWords(settings.disclosureText);
  }

  /** Affiliate and tracking markers in a link target. */
  targetReasons(target: string): CommercialReason[] {
    const url = parseUrl(target);
    if (!url) return [];
    const reasons: CommercialReason[] = [];
    const host = url.hostname.toLowerCase().replace(/\.$/, '');
    if (host !== RELATIVE_HOST) {
      const known = this.hostEntry(host);
      if (known) {
        const name = `\`${known.host}\``;
        if (known.kind === 'network') reasons.push({ kind: 'network', label: `affiliate network link ${name}${known.note ? ` (${known.note})` : ''}` });
        else if (known.kind === 'shortener') reasons.push({ kind: 'shortener', label: `link shortener ${name}, which hides where the link goes` });
        else reasons.push({ kind: 'user-domain', label: `affiliate domain ${name} (from lexicon.affiliateDomains)` });
      }
    }
    const seen = new Set<string>();
    for (const [rawName, value] of url.searchParams) {
      const name = rawName.toLowerCase();
      if (seen.has(name)) continue;
      seen.add(name);
      const parameter = this.parameterEntry(name);
      if (!parameter) continue;
      if ((parameter.host || parameter.value) && !(parameter.host?.test(host) || parameter.value?.test(value))) continue;
      const tracking = name.startsWith('utm_');
      reasons.push({ kind: 'parameter', label: `${tracking ? 'tracking' : 'affiliate'} parameter \`${rawName}=\`` });
    }
    const segments = url.pathname.split('/').filter((segment) => segment !== '');
    if (segments.length >= 2 && this.pathSegments.has(segments[0].toLowerCase())) {
      reasons.push({ kind: 'path', label: `affiliate redirect path \`/${segments[0]}/\`` });
    }
    return reasons;
  }

  /** The promotional phrase in an anchor text, if any ("buy now", "best price"). */
  promotionalAnchor(text: string): string | undefined {
    const words = splitWords(text);
    for (const match of this.anchorMatcher.findLongest(words)) {
      if (isExcepted(match, words)) continue;
      return text.slice(match.start, match.end);
    }
    return undefined;
  }

  /** True when the text (split into these sentences) discloses a commercial relationship. */
  discloses(text: string, sentences: readonly Sentence[]): boolean {
    let wordCount = 0;
    for (const sentence of sentences) {
      const words = wordsOfSentence(sentence);
      wordCount += words.length;
      if (this.disclosureMatcher.findLongest(words).length > 0) return true;
    }
    if (text.includes('#') && /(^|[^\p{L}\p{N}_])#(ad|ads|sponsored|affiliate|paidpartnership|partner)\b/iu.test(text)) return true;
    // A short label such as "Sponsored" or "Ad:" standing on its own.
    if (wordCount > 0 && wordCount <= 4 && sentences.some((sentence) => wordsOfSentence(sentence).some((word) => this.disclosureLabels.has(word.norm)))) return true;
    return textContainsPhrase(text, this.configuredDisclosure);
  }

  private hostEntry(host: string): { host: string; kind: 'network' | 'shortener' | 'user-domain'; note?: string } | undefined {
    // The host itself, then each parent domain: "click.linksynergy.com", "linksynergy.com".
    for (let candidate = host; candidate.includes('.'); candidate = candidate.slice(candidate.indexOf('.') + 1)) {
      const entry = this.hosts.get(candidate);
      if (entry) return { host: candidate, ...entry };
    }
    return undefined;
  }

  private parameterEntry(name: string): CompiledParameter | undefined {
    const exact = this.exactParameters.get(name);
    if (exact) return exact;
    for (const { prefix, parameter } of this.prefixParameters) if (name.startsWith(prefix) && name.length > prefix.length) return parameter;
    return undefined;
  }
}

const RELATIVE_HOST = 'relative.invalid';

function parseUrl(target: string): URL | undefined {
  const trimmed = target.trim();
  if (trimmed === '' || /^(mailto|tel|data|javascript):/i.test(trimmed)) return undefined;
  try {
    const url = new URL(/^www\./i.test(trimmed) ? `http://${trimmed}` : trimmed, `http://${RELATIVE_HOST}/`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function normaliseHost(domain: string): string {
  return domain
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#].*$/, '')
    .replace(/\.$/, '');
}

function isExcepted(match: PhraseMatch<PromotionalEntry>, words: readonly Word[]): boolean {
  const next = words[match.endWord];
  return next !== undefined && (match.entry.exceptBefore ?? []).includes(next.norm);
}

const detectors = new WeakMap<LintSettings, CommercialDetector>();
/**
 * Detectors by what they are built from, the most recent last: a linter made again with the same
 * configuration (a benchmark's, a server's after a settings change) reuses one instead of
 * compiling its ten lexicons again. A few, for a server that serves several workspaces.
 */
const detectorsByConfiguration = new Map<string, CommercialDetector>();
const MAX_DETECTORS = 8;

function detectorFor(settings: LintSettings): CommercialDetector {
  let detector = detectors.get(settings);
  if (!detector) {
    const key = JSON.stringify([settings.extraAffiliateDomains, settings.extraPromotionalPhrases, settings.disclosureText]);
    detector = detectorsByConfiguration.get(key) ?? new CommercialDetector(settings);
    detectorsByConfiguration.delete(key);
    detectorsByConfiguration.set(key, detector);
    if (detectorsByConfiguration.size > MAX_DETECTORS) detectorsByConfiguration.delete(detectorsByConfiguration.keys().next().value as string);
    detectors.set(settings, detector);
  }
  return detector;
}

/** Indexes (into `block.links`) of the block's commercial links: links that are no citation. */
export function commercialLinkIndexes(block: ProseBlock, settings: LintSettings): Set<number> {
  return new Set(block.links.length === 0 ? [] : commercialLinksIn(block, settings).map((link) => link.index));
}

/** The commercial links of a block: affiliate or tracking targets, or promotional anchor text. */
export function commercialLinksIn(block: ProseBlock, settings: LintSettings): CommercialLink[] {
  const detector = detectorFor(settings);
  const found: CommercialLink[] = [];
  block.links.forEach((link, index) => {
    const reasons = detector.targetReasons(link.target);
    const anchor = link.text ? detector.promotionalAnchor(link.text) : undefined;
    if (anchor !== undefined) reasons.push({ kind: 'anchor', label: `promotional anchor text '${anchor}'` });
    if (reasons.length === 0) return;
    const rel = (link.rel ?? '').toLowerCase().split(/\s+/);
    found.push({ index, link, reasons, promotionalAnchor: anchor !== undefined, markedSponsored: link.kind === 'html' && rel.includes('sponsored') });
  });
  return found;
}

/** True when the block's prose discloses a commercial relationship ("we may earn a commission"). */
export function disclosesCommercialRelationship(block: ProseBlock, sentences: readonly Sentence[], settings: LintSettings): boolean {
  return detectorFor(settings).discloses(block.text, sentences);
}

// Grammar that tells a sales phrase standing where a noun belongs. A bare verb cannot follow
// a preposition (other than the infinitive "to") or a determiner, nor carry a possessive.
const NOUN_SLOT_WORDS = new Set([
  'of', 'for', 'with', 'about', 'from', 'in', 'on', 'by', 'into', 'via', 'through', 'against', 'over', 'under', 'between', 'among',
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'whose',
]);
// Not in the list: "to" (infinitive), "than" ("rather than buy"), "that" (relative pronoun:
// "people that buy premium kratom").
// Words that take "to" + noun ("contribute to", "due to", "similar to"); after them "to buy"
// cannot be an infinitive.
const NOUN_TAKING_TO = new Set([
  'contribute', 'contributes', 'contributed', 'contributing', 'lead', 'leads', 'led', 'leading', 'due', 'related', 'relating', 'similar', 'compared', 'comparable',
  'according', 'addition', 'access', 'response', 'responses', 'exposure', 'attributed', 'attributable', 'linked', 'prior', 'thanks', 'owing', 'relative', 'contrast',
  'attention', 'reference', 'approach', 'alternative', 'alternatives', 'key', 'addiction', 'susceptibility', 'tolerance', 'sensitivity', 'resistance', 'adjunct',
  'equivalent', 'identical', 'superior', 'inferior', 'opposed', 'exposed', 'limited', 'devoted', 'dedicated', 'committed', 'close', 'next', 'subject', 'central',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'some', 'your', 'our', 'their', 'this', 'these']);
// Words that end the object of a call to action ("buy premium kratom [from] a vendor").
const OBJECT_STOP = new Set([
  'from', 'at', 'for', 'online', 'now', 'here', 'today', 'to', 'and', 'or', 'but', 'with', 'in', 'on', 'that', 'which', 'who', 'is', 'are', 'was', 'were',
  'be', 'can', 'could', 'may', 'might', 'will', 'would', 'should', 'must', 'by', 'via', 'through', 'than', 'the', 'a', 'an', 'of', 'if', 'when', 'as', 'it',
  'they', 'you', 'we', 'has', 'have', 'had', 'do', 'does', 'did', 'not',
]);
const SENTENCE_OPENERS = new Set(['so', 'just', 'then', 'now', 'please', 'simply', 'also', 'and']);

/**
 * Calls to action in running text: sales idioms ("order now", "discount code") anywhere, and
 * a sales phrase (verb + commercial modifier + product) where it reads as a stripped link
 * anchor (noun slot, possessive after it, Title Case mid-sentence) or opens the sentence as
 * a command. "People who buy high quality kratom should check purity" is ordinary prose.
 */
export function callsToActionIn(block: ProseBlock, sentences: readonly Sentence[], settings: LintSettings): CallToAction[] {
  const detector = detectorFor(settings);
  const found: CallToAction[] = [];
  for (const sentence of sentences) {
    const range = { start: sentence.start, end: sentence.end };
    const words = wordsOfSentence(sentence);
    const foundBefore = found.length;
    const inIdiom = new Set<number>();
    for (const match of detector.idiomMatcher.findLongest(words)) {
      if (isExcepted(match, words)) continue;
      found.push({ kind: 'idiom', start: match.start, end: match.end, sentence: range });
      for (let w = match.firstWord; w < match.endWord; w++) inIdiom.add(w);
    }
    let firstContentWord = 0;
    while (firstContentWord < words.length && SENTENCE_OPENERS.has(words[firstContentWord].norm)) firstContentWord++;
    const modifiers = new Map<number, number>();
    for (const match of detector.modifierMatcher.findLongest(words)) modifiers.set(match.firstWord, match.endWord);
    for (let i = 0; i < words.length; i++) {
      const verb = words[i];
      if (!detector.ctaVerbs.has(verb.norm) || inIdiom.has(i)) continue;
      let at = i + 1;
      if (at < words.length && DETERMINERS.has(words[at].norm) && !modifiers.has(at) && adjacent(block.text, words[at - 1], words[at])) at++;
      const modifierEnd = modifiers.get(at);
      if (modifierEnd === undefined || !adjacent(block.text, words[at - 1], words[at])) continue;
      // The product: the word right after the modifier, then up to two product nouns
      // ("kratom capsules"), stopping at a possessive.
      let productEnd = modifierEnd;
      let possessive = false;
      while (
        productEnd < words.length &&
        productEnd - modifierEnd < 3 &&
        (productEnd === modifierEnd || detector.productNouns.has(words[productEnd].norm)) &&
        !OBJECT_STOP.has(words[productEnd].norm) &&
        adjacent(block.text, words[productEnd - 1], words[productEnd])
      ) {
        productEnd++;
        if (/'s$/.test(words[productEnd - 1].norm)) {
          possessive = true;
          break;
        }
      }
      if (productEnd === modifierEnd) continue;
      const last = words[productEnd - 1];
      const end = possessive ? last.end - 2 : last.end;
      const noun = { start: words[modifierEnd].start, end };
      const previous = words[i - 1];
      const beforePrevious = words[i - 2];
      const titleCase =
        block.kind !== 'heading' && i > 0 && /^\p{Lu}/u.test(block.text[verb.start]) && /^\p{Lu}/u.test(block.text[words[i + 1].start]);
      const nounSlot =
        possessive ||
        titleCase ||
        (previous !== undefined && NOUN_SLOT_WORDS.has(previous.norm) && adjacent(block.text, previous, verb)) ||
        (previous?.norm === 'to' && beforePrevious !== undefined && NOUN_TAKING_TO.has(beforePrevious.norm));
      const opensSentence = i <= firstContentWord;
      if (nounSlot) found.push({ kind: 'stripped-anchor', start: verb.start, end, noun, sentence: range });
      else if (opensSentence) found.push({ kind: 'imperative', start: verb.start, end, sentence: range });
      else continue;
      i = productEnd - 1;
    }
    // One call to action per sentence is enough: the suggestion deletes the sentence.
    if (found.length === foundBefore) {
      const call = salesImperativeIn(block, sentence, words, detector);
      if (call) found.push(call);
    }
  }
  if (found.length === 0 || block.links.length === 0) return found;
  // Text inside a link is the link's business. Links sorted by start, with the furthest end
  // so far, answer "does any link overlap this range" by binary search.
  const links = [...block.links].sort((a, b) => a.range.start - b.range.start);
  const furthestEnd: number[] = [];
  for (const link of links) furthestEnd.push(Math.max(link.range.end, furthestEnd[furthestEnd.length - 1] ?? -1));
  return found.filter((call) => {
    // A sales imperative is the link's business only when its verb is in the link text: "Grab
    // [a bottle of our syrup](...) at 40% off" is still a call to action in running text.
    const source = block.sourceRange(call.start, call.kind === 'sales-imperative' ? call.start + 1 : call.end);
    // Links starting before the call's end: the last of them is at index `low - 1`.
    let low = 0;
    let high = links.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (links[mid].range.start < source.end) low = mid + 1;
      else high = mid;
    }
    return low === 0 || furthestEnd[low - 1] <= source.start;
  });
}

/** Only white space (or a hyphen) between two words: nothing like a comma breaks the phrase. */
function adjacent(text: string, first: Word, second: Word): boolean {
  return /^[\s-]*$/.test(text.slice(first.end, second.start));
}

// Sales imperatives: "Grab a bottle of our elderberry syrup at 40% off today." A verb of
// buying that opens a clause as a command is sales copy only when something commercial comes
// with it; "buy a thermometer" and "order a test from your GP" are a writer's instructions.

/** Words before a clause's verb that leave it a command ("so buy", "just order", "then grab"). */
const CLAUSE_OPENERS = new Set([...SENTENCE_OPENERS, 'or']);
const CLAUSE_BREAK = /[,;:()\u2014\u2013]|\s-\s/;
const AUXILIARIES = ['is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'should', 'may', 'might', 'must', 'does', 'do', 'did'];
/** After the verb, these make it a noun or a subject ("Order of magnitude", "Shop prices are"). */
const NOT_AN_OBJECT = new Set(['of', ...AUXILIARIES]);
/** Words that end the verb's object: prepositions (but "of": "a bottle of ..."), conjunctions, adverbs, clause words. */
const OBJECT_END = new Set([
  'from', 'at', 'for', 'on', 'in', 'with', 'by', 'via', 'through', 'to', 'into', 'before', 'after', 'until', 'while', 'when', 'if', 'as', 'than', 'because',
  'and', 'or', 'but', 'so', 'now', 'today', 'tonight', 'here', 'there', 'online', 'that', 'which', 'who', 'where', 'instead', 'too',
  ...AUXILIARIES,
]);
const MAX_OBJECT_WORDS = 8;
const MAX_REGION_WORDS = 30;
const SELLER_WORDS = new Set(['our', 'my']);
const SHOP_PREPOSITIONS = new Set(['at', 'from', 'in', 'on', 'via', 'through']);
// A price offers a deal ("for $29.99", "just £9"); "about $10" or "it costs $12" tells the
// reader what something costs.
const PRICE = /(?:[$\u00a3\u20ac]\s?|\b(?:usd|gbp|eur)\s?)\d[\d,]*(?:\.\d{1,2})?|\b\d[\d,]*(?:\.\d{1,2})?\s?(?:dollars?|bucks|quid|euros?|usd|gbp|eur)\b/giu;
const INFORMATIVE_PRICE = /\b(?:about|around|roughly|approximately|approx|under|below|less than|between|typically|usually|average|averages|costs?|costing|pay|paying|spend|spending)\s*~?\s*$|~\s*$/i;
const PERCENT_OFF = /\b\d{1,3}(?:\.\d+)?\s?(?:%|per\s?cent|percent)\s?(?:off|discount)\b|\bsave\s+(?:up\s+to\s+)?(?:\d{1,3}\s?(?:%|per\s?cent|percent)|[$\u00a3\u20ac]\s?\d)/giu;
const TRADEMARK = /^[\u2122\u00ae]/;

type SignalKind = 'seller' | 'shop' | 'retailer' | 'price' | 'discount' | 'pressure' | 'form' | 'brand' | 'immediacy';
/** Signals a writer's instruction never carries; the others (a product form, a brand name, "today") count only together. */
const STRONG_SIGNALS = new Set<SignalKind>(['seller', 'shop', 'retailer', 'price', 'discount', 'pressure']);

interface Signal {
  kind: SignalKind;
  /** For the message: "a discount '40% off'". */
  label: string;
  /** Prose offset where its words end: the finding reaches that far. */
  end: number;
}

function salesImperativeIn(block: ProseBlock, sentence: Sentence, words: readonly Word[], detector: CommercialDetector): CallToAction | undefined {
  if (isQuestion(sentence)) return undefined;
  const text = block.text;
  for (const verb of detector.salesVerbMatcher.findLongest(words)) {
    if (!opensClause(text, words, verb.firstWord)) continue;
    const next = words[verb.endWord];
    if (next === undefined || NOT_AN_OBJECT.has(next.norm)) continue;
    if (isInside(quotedSpans(text), verb.start, verb.end)) continue;
    const objectEnd = objectEndOf(text, words, verb.endWord);
    const regionEnd = clauseRegionEnd(text, words, verb.endWord);
    const signals = commercialSignals(block, sentence, words, verb.endWord, objectEnd, regionEnd, detector);
    if (!isCommercial(signals)) continue;
    const end = Math.max(objectEnd > verb.endWord ? words[objectEnd - 1].end : verb.end, ...signals.map((signal) => signal.end));
    const strong = signals.filter((signal) => STRONG_SIGNALS.has(signal.kind));
    const named = (strong.length > 0 ? strong : signals).map((signal) => signal.label);
    return { kind: 'sales-imperative', start: verb.start, end, sentence: { start: sentence.start, end: sentence.end }, signals: named };
  }
  return undefined;
}

/** Any strong signal, or all three weak ones together: a product form, a brand name and "today" ("Grab a tin of Zenleaf gummies today"). */
function isCommercial(signals: readonly Signal[]): boolean {
  return signals.some((signal) => STRONG_SIGNALS.has(signal.kind)) || signals.length === 3;
}

/** The verb at `index` starts its clause, maybe after "so", "just", "then", "please". */
function opensClause(text: string, words: readonly Word[], index: number): boolean {
  let at = index;
  while (at > 0 && !CLAUSE_BREAK.test(text.slice(words[at - 1].end, words[at].start)) && CLAUSE_OPENERS.has(words[at - 1].norm)) at--;
  return at === 0 || CLAUSE_BREAK.test(text.slice(words[at - 1].end, words[at].start));
}

/** One past the last word of the verb's object (a noun phrase, "of" phrases included). */
function objectEndOf(text: string, words: readonly Word[], first: number): number {
  let end = first;
  while (end < words.length && end - first < MAX_OBJECT_WORDS && !OBJECT_END.has(words[end].norm)) {
    if (end > first && /[^\s-]/.test(text.slice(words[end - 1].end, words[end].start))) break;
    end++;
  }
  return end;
}

/**
 * Where the signals of the verb's clause may stand: up to a semicolon, colon or dash, the
 * sentence's end, or `MAX_REGION_WORDS` words (so a long run-on sentence stays linear).
 */
function clauseRegionEnd(text: string, words: readonly Word[], first: number): number {
  const last = Math.min(words.length, first + MAX_REGION_WORDS);
  for (let i = first + 1; i < last; i++) {
    if (/[;:\u2014\u2013]/.test(text.slice(words[i - 1].end, words[i].start))) return i;
  }
  return last;
}

function commercialSignals(
  block: ProseBlock,
  sentence: Sentence,
  words: readonly Word[],
  objectStart: number,
  objectEnd: number,
  regionEnd: number,
  detector: CommercialDetector,
): Signal[] {
  const text = block.text;
  const signals: Signal[] = [];
  const quote = (start: number, end: number) => `'${text.slice(start, end)}'`;
  const object = words.slice(objectStart, objectEnd);
  const region = words.slice(objectStart, regionEnd);
  if (region.length === 0) return signals;
  const regionText = text.slice(words[objectStart - 1].start, region[region.length - 1].end);
  const regionOffset = words[objectStart - 1].start;

  // The seller's own product: "our elderberry syrup", "a tin of my gummies".
  const heads = object.filter((word, i) => i === object.length - 1 || object[i + 1].norm === 'of');
  const seller = object.find((word) => SELLER_WORDS.has(word.norm));
  if (seller && heads.some((head) => detector.sellerNouns.has(head.norm))) {
    signals.push({ kind: 'seller', label: `the seller's product ${quote(seller.start, object[object.length - 1].end)}`, end: object[object.length - 1].end });
  }
  // The seller's shop: "at our store", "from my online shop".
  for (const shop of detector.shopNounMatcher.findLongest(region)) {
    const before = region.slice(Math.max(0, shop.firstWord - 3), shop.firstWord);
    const sellerAt = before.findIndex((word) => SELLER_WORDS.has(word.norm));
    if (sellerAt > 0 && SHOP_PREPOSITIONS.has(before[sellerAt - 1].norm)) {
      signals.push({ kind: 'shop', label: `the seller's shop ${quote(before[sellerAt - 1].start, shop.end)}`, end: shop.end });
      break;
    }
  }
  // A retailer: "on Amazon", "from iHerb".
  for (const retailer of detector.retailerMatcher.findLongest(region)) {
    const before = region[retailer.firstWord - 1];
    if (before && SHOP_PREPOSITIONS.has(before.norm)) {
      signals.push({ kind: 'retailer', label: `a retailer ${quote(before.start, retailer.end)}`, end: retailer.end });
      break;
    }
  }
  PRICE.lastIndex = 0;
  for (let match = PRICE.exec(regionText); match; match = PRICE.exec(regionText)) {
    if (INFORMATIVE_PRICE.test(regionText.slice(Math.max(0, match.index - 16), match.index))) continue;
    signals.push({ kind: 'price', label: `a price ${quote(regionOffset + match.index, regionOffset + match.index + match[0].length)}`, end: regionOffset + match.index + match[0].length });
    break;
  }
  PERCENT_OFF.lastIndex = 0;
  const percentOff = PERCENT_OFF.exec(regionText);
  const discount = detector.discountMatcher.findLongest(region)[0];
  if (percentOff) {
    signals.push({ kind: 'discount', label: `a discount ${quote(regionOffset + percentOff.index, regionOffset + percentOff.index + percentOff[0].length)}`, end: regionOffset + percentOff.index + percentOff[0].length });
  } else if (discount) {
    signals.push({ kind: 'discount', label: `a discount ${quote(discount.start, discount.end)}`, end: discount.end });
  }
  const pressure = detector.pressureMatcher.findLongest(region)[0];
  if (pressure) signals.push({ kind: 'pressure', label: `pressure to buy ${quote(pressure.start, pressure.end)}`, end: pressure.end });

  // Weak signals: one of each kind at most.
  const form = heads.find((head) => {
    const entry = detector.productForms.get(head.norm);
    const before = object[object.indexOf(head) - 1];
    return entry !== undefined && !(before && entry.exceptAfter?.includes(before.norm));
  });
  if (form) signals.push({ kind: 'form', label: `a product form ${quote(form.start, form.end)}`, end: form.end });
  const brand = brandIn(block, sentence, words, object);
  if (brand) signals.push({ kind: 'brand', label: `a brand ${quote(brand.start, brand.end)}`, end: brand.end });
  const immediacy = detector.immediacyMatcher.findLongest(region)[0];
  if (immediacy) signals.push({ kind: 'immediacy', label: `${quote(immediacy.start, immediacy.end)}`, end: immediacy.end });
  return signals;
}

/**
 * A brand name in the object: a word marked ™ or ®, or a capitalised word that is neither
 * the sentence's first nor an acronym ("Elderwell", not "COVID"), outside headings and Title
 * Case lines, where capitals say nothing.
 */
function brandIn(block: ProseBlock, sentence: Sentence, words: readonly Word[], object: readonly Word[]): Word | undefined {
  const text = block.text;
  const marked = object.find((word) => TRADEMARK.test(text.slice(word.end, word.end + 1)));
  if (marked) return marked;
  if (block.kind === 'heading') return undefined;
  const capitalised = (word: Word) => /^\p{Lu}/u.test(text[word.start]);
  // Title Case: most longer words of the sentence's opening capitalised.
  const long = words.slice(0, MAX_REGION_WORDS).filter((word) => word.end - word.start > 3);
  if (long.filter(capitalised).length * 2 > long.length) return undefined;
  return object.find((word) => word.start > words[0].start && capitalised(word) && /\p{Ll}/u.test(text.slice(word.start, word.end)) && word.start !== sentence.start);
}
