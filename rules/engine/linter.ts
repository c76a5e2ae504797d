// The engine: parses a document, runs the enabled rules, applies severities and
// suppressions, and contains rule failures. Block results are cached by the block's source
// text, so re-linting an edited document re-runs rules only on the blocks that changed; in a
// long block, sentence rules' results are cached by sentence, so they re-run only on the
// sentences around the edit.

import { parseDocument, type LintDocument } from './document.js';
import type { MarkdownChunkCache } from './markdown.js';
import type { PlainTextCache } from './plaintext.js';
import { Suppressions } from './directives.js';
import { resolveSettings, type HealthLintConfig, type LintSettings } from './config.js';
import { customRuleFor } from './custom-rules.js';
import type { ProseBlock } from './prose.js';
import type { BlockInput, DocumentRule, Rule, RuleContext, RuleMeta, SentenceInput, SentencePreparation, SentenceRule } from './rule.js';
import { quotationSpans } from './quotes.js';
import { splitSentences, type Sentence } from './sentences.js';
import { detachedCopy } from './strings.js';
import { DocumentText } from './text.js';
import type { DocumentLanguage, Finding, FindingInput, Fix, Severity, SeveritySetting } from './types.js';

export interface RuleFailure {
  ruleId: string;
  message: string;
}

export interface LintResult {
  findings: Finding[];
  /** Set when the document was not linted at all, saying why (too large, binary). */
  skipped?: string;
  /** Rules that threw; their findings are missing, the others are complete. */
  failures: RuleFailure[];
}

/**
 * Per-document cache of block results; owned by the caller (one per open document). Keyed by
 * a block's origin (a parse reused from the parse caches: found by identity, nothing to hash
 * or compare) or, for a block parsed anew, by its source text.
 */
export type BlockCache = Map<string | ProseBlock, CachedBlock>;

interface CachedBlock {
  /** The block's key by source text (`blockKey`), kept so a hit by origin can carry it over. */
  key: string;
  /** The last lint of the document that used this result (see `sweepStale`). */
  stamp: number;
  /** The findings placed at a source start, as the last lint placed them: most blocks do not move. */
  placedAt: number;
  placed: Finding[];
  /** What the results were computed from: they hold for any block of the same shape. */
  language: DocumentLanguage;
  block: ProseBlock;
  /** Findings of block rules, with offsets relative to the block's source start. */
  findings: Finding[];
  failures: RuleFailure[];
  /** Facts of document rules, by rule id. */
  facts: Map<string, unknown>;
  /** The sentence results this block's findings were assembled from (kept while the block is in use). */
  sentences: CachedSentence[];
}

interface ActiveRule {
  rule: Rule;
  severity: Severity;
}

interface ActiveSentenceRule extends ActiveRule {
  rule: SentenceRule;
}

/** A document rule that collects facts per sentence. */
type SentenceCollector = DocumentRule & Required<Pick<DocumentRule, 'collectSentence'>>;

/**
 * Sentence rules' findings for one sentence, by the source text of its window (the sentence
 * with the one before and the one after; see `SentenceRule`). Lives beside a document's
 * block cache.
 */
type SentenceCache = Map<string, CachedSentence>;

interface CachedSentence {
  stamp: number;
  language: DocumentLanguage;
  /** The window the findings were computed in: they hold for any window of the same shape. */
  window: ProseBlock;
  /** The sentence rules' block contexts they were computed with (JSON). */
  blockContexts: string;
  /** Findings in the sentence, offsets relative to the window's source start. */
  findings: Finding[];
  /** The sentence's facts, one per sentence collector (see `DocumentRule.collectSentence`). */
  facts: unknown[];
}

/**
 * Below this many sentences a block is checked whole: an edit re-runs the sentence rules on
 * three sentences (the edited one and its neighbours), which in a short block is most of it.
 */
const MIN_SENTENCES_TO_CACHE = 6;

/** A block whose result is not cached: the lint checks it and keeps its result here. */
interface PlannedBlock {
  block: ProseBlock;
  key: string;
  result: CachedBlock | undefined;
}

/** What the lint checks in a planned block: made when the block's batch comes up, dropped once it is checked. */
interface BlockWork {
  plan: PlannedBlock;
  input: BlockInput;
  sentences: SentencePlan;
}

/**
 * How many sentences the preparations get at a time. The blocks are split into sentences, prepared
 * and checked a batch at a time, not all up front: the words, concepts and tags a preparation
 * makes for the whole document at once live through the lint, so V8 copies them in every young
 * collection and promotes them to the old generation (the warm full lint of the 42,000-word bench
 * document promoted 7-9 MB per lint so, 3-4.5 MB in batches of 64; a batch of 256 sentences still
 * lived long enough for V8 to promote as much; see bench/RESULTS.md, ninth session).
 */
const PREPARED_SENTENCES = 64;

/**
 * How the sentence rules will run on a block: not at all (no sentence rule or collector is
 * enabled), on the whole block, or by sentence window (`WindowPlan`).
 */
type SentencePlan = { kind: 'none' } | { kind: 'whole' } | WindowPlan;

/** A block checked by sentence window: the windows, which of them are cached, and the block contexts. */
interface WindowPlan {
  kind: 'windows';
  windows: SentenceWindow[];
  /** Each window's cache key, and its cached result when it is still good. */
  keys: string[];
  cached: (CachedSentence | undefined)[];
  /** The sentence rules whose block context could be worked out, with it (JSON together, for the cache). */
  rules: ActiveSentenceRule[];
  contexts: (() => unknown)[];
  blockContexts: string;
  /** Rules whose block context threw. */
  failures: RuleFailure[];
  /** So many windows changed that the rules run on the whole block, their findings filed by sentence. */
  whole: boolean;
}

export class Linter {
  readonly settings: LintSettings;
  private readonly active: ActiveRule[];
  private readonly sentenceRules: ActiveSentenceRule[];
  private readonly sentenceCollectors: SentenceCollector[];
  private readonly preparations: SentencePreparation[];

  constructor(
    readonly rules: readonly Rule[],
    readonly config: HealthLintConfig = {},
  ) {
    this.settings = resolveSettings(config);
    const custom = this.settings.customRules.map(customRuleFor);
    this.active = [...rules, ...custom]
      .map((rule) => ({ rule, severity: severityOf(rule.meta, config.rules?.[rule.meta.id]) }))
      .filter((entry): entry is ActiveRule => entry.severity !== 'off');
    this.sentenceRules = this.active.filter((entry): entry is ActiveSentenceRule => entry.rule.scope === 'sentence');
    this.sentenceCollectors = this.active.map((entry) => entry.rule).filter((rule): rule is SentenceCollector => rule.scope === 'document' && rule.collectSentence !== undefined);
    const preparations = this.active.map(({ rule }) => (rule.scope === 'block' ? undefined : rule.prepare));
    this.preparations = [...new Set(preparations.filter((prepare) => prepare !== undefined))];
  }

  /** Rule metadata of every rule this linter knows, enabled or not. */
  get ruleMetas(): RuleMeta[] {
    return this.rules.map((rule) => rule.meta);
  }

  /** `text` whole, or as the lint worker keeps it (in pieces, edited since the last lint). */
  lint(source: string | DocumentText, language: DocumentLanguage, cache?: BlockCache): LintResult {
    const text = DocumentText.of(source);
    const skipped = reasonNotToLint(text, this.settings.maxFileSize);
    if (skipped) return { findings: [], skipped, failures: [] };
    const document = parseDocument(text, language, cache ? parseCachesOf(cache) : undefined);
    return this.lintDocument(document, cache);
  }

  lintDocument(document: LintDocument, cache?: BlockCache): LintResult {
    const findings: Finding[] = [];
    const failures = new Map<string, RuleFailure>();
    const blockFacts: Map<string, unknown>[] = new Array(document.blocks.length);
    // Entries are marked with the lint that used them last and the stale ones swept out now and
    // then, rather than the map being rebuilt on every keystroke: rebuilding a map of thousands
    // of entries made garbage that the lint worker spent more time collecting than linting.
    const blocks = cache ?? new Map();
    const stamp = nextStamp(blocks);
    const sentenceCache = cache && sentenceCacheOf(cache);
    // First what is cached and what is left to check; then the blocks left, a batch at a time,
    // so that the preparations see the batch's sentences to check before any rule runs on them.
    const planned: PlannedBlock[] = [];
    const plannedByKey = new Map<string, PlannedBlock>();
    const found = document.blocks.map((block) => {
      const byOrigin = blocks.get(block.origin);
      if (byOrigin?.language === document.language) return byOrigin;
      // Keyed by the block's source text (no long key string to build and hash); on a hit,
      // the block itself is compared: prose, map to the source, kind, context and links.
      const key = blockKey(document, block);
      const byText = blocks.get(key);
      if (byText && byText.language === document.language && byText.block.sameShape(block)) return byText;
      const twin = plannedByKey.get(key);
      if (twin?.block.sameShape(block)) return twin;
      const plan: PlannedBlock = { block, key, result: undefined };
      planned.push(plan);
      plannedByKey.set(key, plan);
      return plan;
    });
    // What the preparations made is released when the whole lint is done, not per batch: a later
    // batch finds it too (a sentence repeated further on is not tagged again).
    const releases: (() => void)[] = [];
    try {
      for (let next = 0; next < planned.length; ) {
        const batch: BlockWork[] = [];
        for (let sentences = 0; next < planned.length && sentences < PREPARED_SENTENCES; next++) {
          const plan = planned[next];
          const input: BlockInput = { block: plan.block, sentences: splitSentences(plan.block.text) };
          batch.push({ plan, input, sentences: this.planSentences(document, input, sentenceCache) });
          sentences += input.sentences.length;
        }
        releases.push(...this.prepare(batch));
        for (const work of batch) work.plan.result = this.lintBlock(document, work, sentenceCache, stamp);
      }
    } finally {
      for (const release of releases) release();
    }
    let index = 0;
    let results = 0;
    let sentenceResults = 0;
    for (const block of document.blocks) {
      const entry = found[index];
      // A cached result, or a planned block's, now checked.
      const result = 'result' in entry ? entry.result! : entry;
      // Both keys: the text key serves a block parsed anew (a whole-document parse).
      if (blocks.get(block.origin) !== result) blocks.set(result.key, result);
      if (result.stamp !== stamp) {
        result.stamp = stamp;
        results++;
        sentenceResults += result.sentences.length;
        for (const sentence of result.sentences) sentence.stamp = stamp;
      }
      blocks.set(block.origin, result);
      for (const finding of placedFindings(result, block.sourceStart)) findings.push(finding);
      for (const failure of result.failures) failures.set(failure.ruleId, failure);
      blockFacts[index++] = result.facts;
    }
    // In use: an entry by origin per block, one by text per result.
    if (cache) {
      sweepStale(cache, stamp, document.blocks.length + results);
      if (sentenceCache) sweepStale(sentenceCache, stamp, sentenceResults);
    }
    for (const { rule, severity } of this.active) {
      if (rule.scope !== 'document') continue;
      const facts = blockFacts.map((facts) => facts.get(rule.meta.id));
      const context = this.contextFor(document.language, rule.meta.id, severity, findings);
      try {
        rule.check(document, facts, context);
      } catch (error) {
        failures.set(rule.meta.id, failureOf(rule.meta.id, error));
      }
    }
    return { findings: this.finish(document, findings), failures: [...failures.values()] };
  }

  /**
   * Gives the rules' preparations the sentences a batch of planned blocks will check (all of a
   * block's but those whose window is cached); returns what to call when the lint is done.
   */
  private prepare(batch: readonly BlockWork[]): (() => void)[] {
    if (this.preparations.length === 0 || batch.length === 0) return [];
    const toCheck: BlockInput[] = [];
    for (const { input, sentences: plan } of batch) {
      const sentences = plan.kind === 'windows' && !plan.whole ? input.sentences.filter((_, i) => plan.cached[i] === undefined) : input.sentences;
      if (sentences.length > 0) toCheck.push({ block: input.block, sentences });
    }
    const releases: (() => void)[] = [];
    for (const prepare of this.preparations) {
      try {
        const release = prepare(toCheck, this.settings);
        if (release) releases.push(release);
      } catch {
        // A preparation only saves time: the checks do the same work themselves when it fails.
      }
    }
    return releases;
  }

  private lintBlock(document: LintDocument, work: BlockWork, sentenceCache: SentenceCache | undefined, stamp: number): CachedBlock {
    const language = document.language;
    const { plan, input } = work;
    const { block, key } = plan;
    const findings: Finding[] = [];
    const failures: RuleFailure[] = [];
    const facts = new Map<string, unknown>();
    const { used: sentences, sentenceFacts } = this.lintSentences(document, input, work.sentences, sentenceCache, stamp, findings, failures);
    for (const { rule, severity } of this.active) {
      try {
        if (rule.scope === 'block') rule.check(input, this.contextFor(language, rule.meta.id, severity, findings));
        else if (rule.scope === 'document') {
          const collector = this.sentenceCollectors.indexOf(rule as SentenceCollector);
          facts.set(rule.meta.id, rule.collect(collector >= 0 && sentenceFacts ? { ...input, sentenceFacts: sentenceFacts.map((facts) => facts[collector]) } : input, this.settings));
        }
      } catch (error) {
        failures.push(failureOf(rule.meta.id, error));
      }
    }
    // The key is a slice of this version of the document: copied, so the cache does not keep that version alive.
    return { key: detachedCopy(key), stamp: 0, placedAt: block.sourceStart, placed: findings, language, block, findings: findings.map((finding) => shift(finding, -block.sourceStart)), failures, facts, sentences };
  }

  /**
   * How the sentence rules will run on a block: whole, or, when its sentences' windows can be
   * cached, by window, the cached windows' results reused.
   */
  private planSentences(document: LintDocument, input: BlockInput, cache: SentenceCache | undefined): SentencePlan {
    if (this.sentenceRules.length === 0 && this.sentenceCollectors.length === 0) return { kind: 'none' };
    const { block, sentences } = input;
    const windows = cache && sentences.length >= MIN_SENTENCES_TO_CACHE ? sentenceWindows(block, sentences) : undefined;
    if (!cache || !windows) return { kind: 'whole' };
    // Cached by sentence: the block contexts are part of what a sentence's findings are reused for.
    const rules: ActiveSentenceRule[] = [];
    const contexts: (() => unknown)[] = [];
    const values: unknown[] = [];
    const failures: RuleFailure[] = [];
    for (const entry of this.sentenceRules) {
      try {
        const value = entry.rule.blockContext?.(input, this.settings);
        values.push(value);
        contexts.push(() => value);
        rules.push(entry);
      } catch (error) {
        failures.push(failureOf(entry.rule.meta.id, error));
      }
    }
    const blockContexts = JSON.stringify(values);
    const prefix = blockKeyPrefix(document.language, block);
    const keys = windows.map((window) => prefix + document.text.slice(window.block.sourceStart, window.block.sourceEnd));
    const cached: (CachedSentence | undefined)[] = keys.map((key, i) => {
      const entry = cache.get(key);
      return entry && entry.language === document.language && entry.blockContexts === blockContexts && entry.window.sameShape(windows[i].block) ? entry : undefined;
    });
    const missing = cached.filter((entry) => entry === undefined).length;
    // Re-running three sentences per changed one costs more than the whole block past a point.
    return { kind: 'windows', windows, keys, cached, rules, contexts, blockContexts, failures, whole: missing * 3 > sentences.length };
  }

  /**
   * Runs the sentence rules on a block as planned: on the whole block, or only on the sentences
   * whose window changed. A whole run files its findings by sentence so that the next edit finds
   * them. With windows, the sentence collectors' facts come the same way, one list per sentence
   * (else each document rule collects on its own).
   */
  private lintSentences(document: LintDocument, input: BlockInput, plan: SentencePlan, cache: SentenceCache | undefined, stamp: number, findings: Finding[], failures: RuleFailure[]): { used: CachedSentence[]; sentenceFacts?: unknown[][] } {
    if (plan.kind === 'none') return { used: [] };
    const { block, sentences } = input;
    if (plan.kind === 'whole' || !cache) {
      // Checked whole: each block context is worked out only if the rule asks for it (a throw is the rule's failure).
      const lazy = this.sentenceRules.map(({ rule }) => {
        let context: { value: unknown } | undefined;
        return () => (context ??= { value: rule.blockContext?.(input, this.settings) }).value;
      });
      for (const finding of this.runSentenceRules(this.sentenceRules, lazy, { block, sentences }, document.language, failures)) findings.push(finding);
      return { used: [] };
    }
    const { windows, keys, cached, rules, contexts, blockContexts } = plan;
    for (const failure of plan.failures) failures.push(failure);
    const runWhole = (): Finding[] => this.runSentenceRules(rules, contexts, { block, sentences }, document.language, failures);
    const store = (i: number, inSentence: Finding[], facts: unknown[]): CachedSentence => {
      const window = windows[i].block;
      const entry: CachedSentence = { stamp, language: document.language, window, blockContexts, findings: inSentence.map((finding) => shift(finding, -window.sourceStart)), facts };
      // The key is a slice of this version of the document: copied, so the cache does not keep that version alive.
      cache.set(detachedCopy(keys[i]), entry);
      return entry;
    };
    const failuresBefore = failures.length;
    let bySentence: Finding[][] | undefined;
    const used: CachedSentence[] = [];
    const sentenceFacts: unknown[][] = [];
    const whole = plan.whole;
    if (whole) bySentence = fileBySentence(runWhole(), windows);
    for (let i = 0; i < windows.length; i++) {
      let entry = cached[i];
      if (!entry) {
        const window = windows[i];
        const inSentence = bySentence?.[i] ?? this.runSentenceRules(rules, contexts, window.input, document.language, failures).filter((finding) => window.holds(finding));
        // In a whole run, the sentence in the whole block with its neighbours, as its window shows it.
        const factsInput = whole ? { block, sentences: [sentences[i]], previous: sentences[i - 1], next: sentences[i + 1] } : window.input;
        const facts = this.collectSentenceFacts(factsInput, failures);
        sentenceFacts.push(facts);
        // A rule that failed leaves its findings out: such a result is not kept.
        if (failures.length > failuresBefore) {
          for (const finding of inSentence) findings.push(finding);
          continue;
        }
        entry = store(i, inSentence, facts);
      } else sentenceFacts.push(entry.facts);
      entry.stamp = stamp;
      used.push(entry);
      const window = windows[i].block;
      for (const finding of entry.findings) findings.push(shift(finding, window.sourceStart));
    }
    // Facts missing for a collector that failed: it collects on its own (and fails again, reported once).
    return { used, sentenceFacts: failures.length > failuresBefore ? undefined : sentenceFacts };
  }

  private collectSentenceFacts(input: Omit<SentenceInput, 'blockContext'>, failures: RuleFailure[]): unknown[] {
    return this.sentenceCollectors.map((rule) => {
      try {
        return rule.collectSentence({ ...input, blockContext: () => undefined }, this.settings);
      } catch (error) {
        failures.push(failureOf(rule.meta.id, error));
        return undefined;
      }
    });
  }

  private runSentenceRules(rules: readonly ActiveSentenceRule[], contexts: readonly (() => unknown)[], input: Omit<SentenceInput, 'blockContext'>, language: DocumentLanguage, failures: RuleFailure[]): Finding[] {
    const findings: Finding[] = [];
    for (let i = 0; i < rules.length; i++) {
      const { rule, severity } = rules[i];
      try {
        // Spelled out rather than spread: inputs come in several shapes, and this runs per rule per block.
        rule.check({ block: input.block, sentences: input.sentences, previous: input.previous, next: input.next, blockContext: contexts[i] }, this.contextFor(language, rule.meta.id, severity, findings));
      } catch (error) {
        failures.push(failureOf(rule.meta.id, error));
      }
    }
    return findings;
  }

  private contextFor(language: DocumentLanguage, ruleId: string, severity: Severity, into: Finding[]): RuleContext {
    return {
      language,
      settings: this.settings,
      report: (input: FindingInput) => into.push(toFinding(ruleId, severity, input)),
    };
  }

  /** Drops suppressed and allowed findings, clamps ranges, sorts by position. */
  private finish(document: LintDocument, findings: Finding[]): Finding[] {
    const suppressions = new Suppressions(document.directives, document.lineOf);
    // Allowed phrases are looked for in the whole text, lower-cased: a copy of it either way.
    const allowed = this.settings.allowedPhrases.length === 0 ? [] : allowedRanges(document.text.toString(), this.settings.allowedPhrases);
    const length = document.text.length;
    // `findings` is this lint's own array: clamped in place, filtered only when something can be dropped.
    for (let i = 0; i < findings.length; i++) findings[i] = clamp(findings[i], length);
    const kept =
      suppressions.isEmpty && allowed.length === 0
        ? findings
        : findings.filter((finding) => (suppressions.isEmpty || !suppressions.isSuppressed(finding.ruleId, finding.start)) && !allowed.some((range) => range.start < finding.end && finding.start < range.end));
    return kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  }
}

/** The block's findings at `sourceStart`: the same objects as last time when the block has not moved. */
function placedFindings(result: CachedBlock, sourceStart: number): Finding[] {
  if (result.placedAt !== sourceStart) {
    result.placed = result.findings.map((finding) => shift(finding, sourceStart));
    result.placedAt = sourceStart;
  }
  return result.placed;
}

/** A sentence's window in its block, and the source range its findings fall in. */
interface SentenceWindow {
  block: ProseBlock;
  input: Omit<SentenceInput, 'blockContext'>;
  /** Source offset where the sentence's share of the block starts (its first character). */
  from: number;
  /** Where the next sentence's share starts (the block's end for the last). */
  to: number;
  holds(finding: Finding): boolean;
}

/**
 * Each sentence's window: the part of the block from the sentence before it to the one after
 * it. Undefined when the block cannot be cut at its sentences (see `ProseBlock.part`).
 * A finding belongs to the sentence its start falls in, or to the one before the gap it falls in.
 */
function sentenceWindows(block: ProseBlock, sentences: readonly Sentence[]): SentenceWindow[] | undefined {
  const quotes = quotationSpans(block.text);
  const windows: SentenceWindow[] = [];
  const starts = sentences.map((sentence, i) => (i === 0 ? -Infinity : block.toSource(sentence.start, 'start')));
  for (let i = 0; i < sentences.length; i++) {
    const first = sentences[Math.max(0, i - 1)];
    const last = sentences[Math.min(sentences.length - 1, i + 1)];
    const part = block.part(first.start, last.end, quotes);
    if (!part) return undefined;
    const rebase = (sentence: Sentence): Sentence => ({ text: sentence.text, start: sentence.start - first.start, end: sentence.end - first.start });
    const from = starts[i];
    const to = i + 1 < sentences.length ? starts[i + 1] : Infinity;
    windows.push({
      block: part,
      input: { block: part, sentences: [rebase(sentences[i])], previous: i > 0 ? rebase(first) : undefined, next: i + 1 < sentences.length ? rebase(last) : undefined },
      from,
      to,
      holds: (finding) => finding.start >= from && finding.start < to,
    });
  }
  return windows;
}

/** A whole block's findings, filed by the sentence window that holds each. */
function fileBySentence(findings: readonly Finding[], windows: readonly SentenceWindow[]): Finding[][] {
  const filed: Finding[][] = windows.map(() => []);
  for (const finding of findings) {
    let low = 0;
    let high = windows.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (windows[mid].from <= finding.start) low = mid;
      else high = mid - 1;
    }
    filed[low].push(finding);
  }
  return filed;
}

/** Per block cache: the sentence cache of its document. */
const sentenceCaches = new WeakMap<BlockCache, SentenceCache>();

function sentenceCacheOf(cache: BlockCache): SentenceCache {
  let sentences = sentenceCaches.get(cache);
  if (!sentences) {
    sentences = new Map();
    sentenceCaches.set(cache, sentences);
  }
  return sentences;
}

/** Per block cache: the last lint of its document (stamps mark the entries a lint used). */
const lintStamps = new WeakMap<BlockCache, number>();

function nextStamp(cache: BlockCache): number {
  const stamp = (lintStamps.get(cache) ?? 0) + 1;
  lintStamps.set(cache, stamp);
  return stamp;
}

/**
 * Drops the entries the last lint did not use once they are a fifth of the cache: each edit
 * leaves one or two behind, so a long document sweeps every few hundred keystrokes.
 */
function sweepStale(cache: Map<unknown, { stamp: number }>, stamp: number, inUse: number): void {
  if (cache.size <= inUse + Math.max(16, inUse / 4)) return;
  for (const [key, entry] of cache) if (entry.stamp !== stamp) cache.delete(key);
}

// Parses (Markdown chunks, plain-text blocks) live beside the caller's block cache, one per
// document, and go with it.
const parseCaches = new WeakMap<BlockCache, { markdown: MarkdownChunkCache; plaintext: PlainTextCache }>();

function parseCachesOf(cache: BlockCache): { markdown: MarkdownChunkCache; plaintext: PlainTextCache } {
  let caches = parseCaches.get(cache);
  if (!caches) {
    caches = { markdown: new Map(), plaintext: new Map() };
    parseCaches.set(cache, caches);
  }
  return caches;
}

/** Why a text should not be linted at all, or undefined when it should. */
export function reasonNotToLint(source: string | DocumentText, maxFileSize: number): string | undefined {
  const text = DocumentText.of(source);
  // Size in UTF-8 bytes, without allocating a buffer for huge texts. A UTF-16 code unit is at
  // most 3 bytes, so short enough texts need no counting.
  const bytes = text.length > maxFileSize ? text.length : text.length * 3 <= maxFileSize ? text.length : utf8Length(text);
  if (bytes > maxFileSize) {
    return `not linted: ${formatBytes(bytes)} is larger than the ${formatBytes(maxFileSize)} limit (setting "maxFileSize")`;
  }
  // Like git: a NUL character near the start means binary content.
  if (text.slice(0, 8000).includes('\0')) return 'not linted: the file looks binary (it contains NUL characters)';
  return undefined;
}

function utf8Length(text: DocumentText): number {
  let bytes = 0;
  // Where the next piece's reading starts: 1 when a surrogate pair's low half opens it (counted with the high half).
  let next = 0;
  text.forEachPiece((piece, start) => {
    let i = next;
    for (; i < piece.length; i++) {
      const code = piece.charCodeAt(i);
      if (code < 0x80) bytes += 1;
      else if (code < 0x800) bytes += 2;
      else if (code >= 0xd800 && code < 0xdc00 && start + i + 1 < text.length) {
        bytes += 4;
        i++;
      } else bytes += 3;
    }
    next = i - piece.length;
  });
  return bytes;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function severityOf(meta: RuleMeta, configured: SeveritySetting | undefined): SeveritySetting {
  return configured ?? meta.defaultSeverity;
}

/**
 * The block's source text; for headings, list items, quotes and table cells prefixed by what
 * they are, since the same text often comes back in another role (a title as a list item).
 */
function blockKey(document: LintDocument, block: ProseBlock): string {
  const source = document.text.slice(block.sourceStart, block.sourceEnd);
  const { quoted, inList, headingDepth } = block.context;
  if (block.kind === 'paragraph' && !quoted && !inList) return source;
  return `\u0000${block.kind}|${quoted ? 'q' : ''}${inList ? 'l' : ''}${headingDepth ?? ''}|${source}`;
}

/** What a sentence window's key starts with: the document's language and the block's role. */
function blockKeyPrefix(language: DocumentLanguage, block: ProseBlock): string {
  const { quoted, inList, headingDepth } = block.context;
  return `${language}|${block.kind}|${quoted ? 'q' : ''}${inList ? 'l' : ''}${headingDepth ?? ''}|`;
}

function toFinding(ruleId: string, severity: Severity, input: FindingInput): Finding {
  const finding: Finding = {
    ruleId,
    severity,
    start: input.start,
    end: input.end,
    message: input.message,
    fixes: input.fixes ?? [],
    suggestions: input.suggestions ?? [],
  };
  if (input.explanation !== undefined) finding.explanation = input.explanation;
  return finding;
}

function shift(finding: Finding, delta: number): Finding {
  if (delta === 0) return finding;
  const moved: Finding = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    start: finding.start + delta,
    end: finding.end + delta,
    message: finding.message,
    fixes: shiftFixes(finding.fixes, delta),
    suggestions: shiftFixes(finding.suggestions, delta),
  };
  if (finding.explanation !== undefined) moved.explanation = finding.explanation;
  return moved;
}

/** Most findings have no fixes: their empty list is shared rather than copied on every move. */
function shiftFixes(fixes: Fix[], delta: number): Fix[] {
  if (fixes.length === 0) return fixes;
  return fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map((edit) => ({ start: edit.start + delta, end: edit.end + delta, newText: edit.newText })) }));
}

function clamp(finding: Finding, length: number): Finding {
  const start = Math.max(0, Math.min(finding.start, length));
  const end = Math.max(start, Math.min(finding.end, length));
  return start === finding.start && end === finding.end ? finding : { ...finding, start, end };
}

/**
 * Where the allowed phrases stand, as whole words: allowing "cure" must not hide a finding
 * about "secure", nor an allowed "a" every finding with that letter in it.
 */
function allowedRanges(text: string, phrases: readonly string[]): { start: number; end: number }[] {
  if (phrases.length === 0) return [];
  const lower = text.toLowerCase();
  const ranges: { start: number; end: number }[] = [];
  for (const phrase of phrases) {
    const needle = phrase.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0 && needle.length > 0; at = lower.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      const cutsWordBefore = isWordCharacter(needle, 0) && isWordCharacter(lower, at - 1);
      const cutsWordAfter = isWordCharacter(needle, needle.length - 1) && isWordCharacter(lower, end);
      if (!cutsWordBefore && !cutsWordAfter) ranges.push({ start: at, end });
    }
  }
  return ranges;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
function isWordCharacter(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_CHARACTER.test(text[index]);
}

function failureOf(ruleId: string, error: unknown): RuleFailure {
  return { ruleId, message: error instanceof Error ? error.message : String(error) };
}
