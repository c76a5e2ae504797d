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

export type CallToActionKind = 'idiom' | 'stripped-anchor' | 'imperative';

export interface CallToAction {
  kind: CallToActionKind;
  /** Prose range of the call to action. */
  start: number;
  end: number;
  /** For a stripped anchor: prose range of the noun that the sales phrase replaced ("kratom"). */
  noun?: Range;
  /** The sentence holding it (prose offsets). */
  sentence: Range;
}

interface MarkerEntry extends LexiconEntry {
  kind: string;
  hostPattern?: string;
  valuePattern?: string;
}

interface PromotionalEntry extends LexiconEntry {
  kind: string;
  exceptBefore?: string[];
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

function detectorFor(settings: LintSettings): CommercialDetector {
  let detector = detectors.get(settings);
  if (!detector) {
    detector = new CommercialDetector(settings);
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
  }
  if (found.length === 0 || block.links.length === 0) return found;
  // Text inside a link is the link's business. Links sorted by start, with the furthest end
  // so far, answer "does any link overlap this range" by binary search.
  const links = [...block.links].sort((a, b) => a.range.start - b.range.start);
  const furthestEnd: number[] = [];
  for (const link of links) furthestEnd.push(Math.max(link.range.end, furthestEnd[furthestEnd.length - 1] ?? -1));
  return found.filter((call) => {
    const source = block.sourceRange(call.start, call.end);
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
