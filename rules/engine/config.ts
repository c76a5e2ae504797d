// Configuration: the shape of `.healthlintrc.json` (and of the editor settings, which share
// it), its validation with exact problem locations, and the settings rules read at run time.
// Parsing config text is pure; reading the file is the caller's job.

import { parseTree, findNodeAtLocation, type Node as JsonNode, type ParseError, printParseErrorCode } from 'jsonc-parser';
import { RE2JS } from 're2js';
import type { Range, Severity, SeveritySetting } from './types.js';

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export interface CustomRuleConfig {
  id: string;
  message: string;
  /** RE2 syntax; compiled by a linear-time engine, so no pattern can hang the editor. */
  pattern: string;
  severity?: Severity;
  replacement?: string;
  /** Match case; off by default. */
  caseSensitive?: boolean;
}

/** Categories of the health-concept vocabulary (rules/data/health-concepts.json). */
export const HEALTH_CONCEPT_CATEGORIES = ['disease', 'symptom', 'function', 'body-part', 'biomarker', 'wellbeing'] as const;
export type HealthConceptCategory = (typeof HEALTH_CONCEPT_CATEGORIES)[number];

/**
 * A user's extra health concept: a phrase, or a phrase with its category. `not-health` adds a
 * phrase in which a health word has another sense, so that the shorter word is not matched
 * there ("energy audit"). `disease` marks a disease or its characteristic symptom for disease-claim.
 */
export type HealthConceptConfig = string | { phrase: string; category: HealthConceptCategory | 'not-health'; disease?: boolean };

export interface HealthLintConfig {
  rules?: Record<string, SeveritySetting>;
  providerAdviceText?: string;
  disclosureText?: string;
  lexicon?: {
    claimVerbs?: string[];
    hedges?: string[];
    allowedPhrases?: string[];
    promotionalPhrases?: string[];
    affiliateDomains?: string[];
    healthConcepts?: HealthConceptConfig[];
  };
  customRules?: CustomRuleConfig[];
  ignore?: string[];
  /** Files larger than this many bytes are not linted. */
  maxFileSize?: number;
}

export const DEFAULT_PROVIDER_ADVICE =
  'Talk to your doctor or pharmacist before you start, stop or change any treatment, supplement or dose.';
export const DEFAULT_DISCLOSURE =
  'Disclosure: we may earn a commission when you buy through links on this page.';
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

/** Everything rules read at run time, resolved from configuration with defaults applied. */
export interface LintSettings {
  readonly providerAdviceText: string;
  readonly disclosureText: string;
  readonly extraClaimVerbs: readonly string[];
  readonly extraHedges: readonly string[];
  readonly allowedPhrases: readonly string[];
  readonly extraPromotionalPhrases: readonly string[];
  readonly extraAffiliateDomains: readonly string[];
  /** Extra health concepts for claim detection (`lexicon.healthConcepts`). */
  readonly extraHealthConcepts: readonly HealthConceptConfig[];
  readonly customRules: readonly CompiledCustomRule[];
  readonly maxFileSize: number;
  /** A key that changes whenever anything a rule can read changes (for caches). */
  readonly cacheKey: string;
}

export interface CompiledCustomRule {
  id: string;
  message: string;
  severity: Severity;
  replacement?: string;
  regex: RE2JS;
}

export interface ConfigProblem {
  /** JSON path of the offending value, e.g. ['rules', 'unhedged-claim']. */
  path: (string | number)[];
  message: string;
  /** Source range in the config text, when the config came from text. */
  range?: Range;
}

export function resolveSettings(config: HealthLintConfig): LintSettings {
  const lexicon = config.lexicon ?? {};
  const customRules: CompiledCustomRule[] = [];
  for (const rule of config.customRules ?? []) {
    const compiled = compileCustomRule(rule);
    if (typeof compiled !== 'string') customRules.push(compiled);
  }
  const settings = {
    providerAdviceText: config.providerAdviceText?.trim() || DEFAULT_PROVIDER_ADVICE,
    disclosureText: config.disclosureText?.trim() || DEFAULT_DISCLOSURE,
    extraClaimVerbs: lexicon.claimVerbs ?? [],
    extraHedges: lexicon.hedges ?? [],
    allowedPhrases: lexicon.allowedPhrases ?? [],
    extraPromotionalPhrases: lexicon.promotionalPhrases ?? [],
    extraAffiliateDomains: lexicon.affiliateDomains ?? [],
    extraHealthConcepts: lexicon.healthConcepts ?? [],
    customRules,
    maxFileSize: config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
  };
  return {
    ...settings,
    cacheKey: JSON.stringify([settings.providerAdviceText, settings.disclosureText, lexicon, config.customRules ?? []]),
  };
}

/** Compiles a user pattern with RE2 (linear time); returns an error message when it is invalid. */
export function compileCustomRule(rule: CustomRuleConfig): CompiledCustomRule | string {
  try {
    const flags = rule.caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE;
    return {
      id: rule.id,
      message: rule.message,
      severity: rule.severity ?? 'warning',
      replacement: rule.replacement,
      regex: RE2JS.compile(rule.pattern, flags),
    };
  } catch (error) {
    return `invalid pattern: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Validates a parsed configuration. Returns the usable part (invalid entries dropped, so
 * defaults apply to them) and one problem per invalid entry.
 */
export function validateConfig(value: unknown, knownRuleIds: ReadonlySet<string>): { config: HealthLintConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: HealthLintConfig = {};
  if (!isObject(value)) {
    problems.push({ path: [], message: 'The configuration must be a JSON object.' });
    return { config, problems };
  }
  const known = new Set(['$schema', 'rules', 'providerAdviceText', 'disclosureText', 'lexicon', 'customRules', 'ignore', 'maxFileSize']);
  for (const key of Object.keys(value)) {
    if (!known.has(key)) problems.push({ path: [key], message: `Unknown setting "${key}". Known settings: ${[...known].filter((k) => k !== '$schema').join(', ')}.` });
  }
  if (value.rules !== undefined) {
    if (!isObject(value.rules)) problems.push({ path: ['rules'], message: '"rules" must be an object mapping rule ids to a severity.' });
    else {
      const customIds = new Set(Array.isArray(value.customRules) ? value.customRules.filter(isObject).map((rule) => String(rule.id)) : []);
      config.rules = {};
      for (const [id, severity] of Object.entries(value.rules)) {
        if (!knownRuleIds.has(id) && !customIds.has(id)) {
          problems.push({ path: ['rules', id], message: `Unknown rule "${id}". Run \`health-lint --list-rules\` to see the rule ids.` });
        } else if (typeof severity !== 'string' || !SEVERITY_SETTINGS.includes(severity as SeveritySetting)) {
          problems.push({ path: ['rules', id], message: `Severity of "${id}" must be one of ${SEVERITY_SETTINGS.join(', ')}; got ${JSON.stringify(severity)}.` });
        } else config.rules[id] = severity as SeveritySetting;
      }
    }
  }
  for (const key of ['providerAdviceText', 'disclosureText'] as const) {
    const text = value[key];
    if (text === undefined) continue;
    if (typeof text !== 'string' || text.trim() === '') problems.push({ path: [key], message: `"${key}" must be a non-empty string.` });
    else config[key] = text;
  }
  if (value.lexicon !== undefined) {
    if (!isObject(value.lexicon)) problems.push({ path: ['lexicon'], message: '"lexicon" must be an object of phrase lists.' });
    else {
      const lists = ['claimVerbs', 'hedges', 'allowedPhrases', 'promotionalPhrases', 'affiliateDomains'] as const;
      const knownLists = [...lists, 'healthConcepts'];
      config.lexicon = {};
      for (const key of Object.keys(value.lexicon)) {
        if (!knownLists.includes(key)) problems.push({ path: ['lexicon', key], message: `Unknown phrase list "${key}". Known lists: ${knownLists.join(', ')}.` });
      }
      if (value.lexicon.healthConcepts !== undefined) {
        const concepts = checkHealthConcepts(value.lexicon.healthConcepts, problems);
        if (concepts) config.lexicon.healthConcepts = concepts;
      }
      for (const key of lists) {
        const list = value.lexicon[key];
        if (list === undefined) continue;
        if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item.trim() !== '')) {
          problems.push({ path: ['lexicon', key], message: `"lexicon.${key}" must be an array of non-empty strings.` });
        } else config.lexicon[key] = list as string[];
      }
    }
  }
  if (value.customRules !== undefined) {
    if (!Array.isArray(value.customRules)) problems.push({ path: ['customRules'], message: '"customRules" must be an array.' });
    else {
      config.customRules = [];
      value.customRules.forEach((rule, index) => {
        const problem = checkCustomRule(rule, knownRuleIds);
        if (problem) problems.push({ path: ['customRules', index, ...problem.path], message: problem.message });
        else config.customRules!.push(rule as unknown as CustomRuleConfig);
      });
    }
  }
  if (value.ignore !== undefined) {
    if (!Array.isArray(value.ignore) || !value.ignore.every((item) => typeof item === 'string')) problems.push({ path: ['ignore'], message: '"ignore" must be an array of glob strings.' });
    else config.ignore = value.ignore as string[];
  }
  if (value.maxFileSize !== undefined) {
    const size = value.maxFileSize;
    if (typeof size !== 'number' || !Number.isInteger(size) || size <= 0) problems.push({ path: ['maxFileSize'], message: '"maxFileSize" must be a positive whole number of bytes.' });
    else config.maxFileSize = size;
  }
  return { config, problems };
}

/**
 * Checks `lexicon.healthConcepts` item by item: a bad item is reported at the item (or at its
 * bad field) and left out; the good ones are kept.
 */
function checkHealthConcepts(list: unknown, problems: ConfigProblem[]): HealthConceptConfig[] | undefined {
  const path = ['lexicon', 'healthConcepts'];
  if (!Array.isArray(list)) {
    problems.push({ path, message: '"lexicon.healthConcepts" must be an array of phrases, or of { "phrase", "category" } objects.' });
    return undefined;
  }
  const categories: readonly string[] = [...HEALTH_CONCEPT_CATEGORIES, 'not-health'];
  // A phrase without a letter or digit matches nothing, or (a bare "*") every word.
  const isPhrase = (text: unknown): text is string => typeof text === 'string' && /[\p{L}\p{N}]/u.test(text);
  const concepts: HealthConceptConfig[] = [];
  list.forEach((item, index) => {
    if (typeof item === 'string') {
      if (!isPhrase(item)) problems.push({ path: [...path, index], message: 'A health concept must be a phrase of words (letters or digits).' });
      else concepts.push(item);
      return;
    }
    if (!isObject(item)) {
      problems.push({ path: [...path, index], message: 'A health concept is a phrase, or an object with "phrase" and "category".' });
      return;
    }
    const unknown = Object.keys(item).find((key) => !['phrase', 'category', 'disease'].includes(key));
    if (unknown !== undefined) problems.push({ path: [...path, index, unknown], message: `Unknown field "${unknown}" of a health concept. Known fields: phrase, category, disease.` });
    else if (!isPhrase(item.phrase)) problems.push({ path: [...path, index, ...(item.phrase === undefined ? [] : ['phrase'])], message: 'A health concept needs a "phrase" of words (letters or digits).' });
    else if (typeof item.category !== 'string' || !categories.includes(item.category)) {
      problems.push({ path: [...path, index, ...(item.category === undefined ? [] : ['category'])], message: `A health concept's "category" must be one of ${categories.join(', ')}.` });
    } else if (item.disease !== undefined && typeof item.disease !== 'boolean') problems.push({ path: [...path, index, 'disease'], message: '"disease" must be true or false.' });
    else concepts.push({ phrase: item.phrase, category: item.category as HealthConceptCategory | 'not-health', ...(item.disease === undefined ? {} : { disease: item.disease }) });
  });
  return concepts;
}

function checkCustomRule(rule: unknown, knownRuleIds: ReadonlySet<string>): { path: string[]; message: string } | undefined {
  if (!isObject(rule)) return { path: [], message: 'A custom rule must be an object with id, message and pattern.' };
  if (typeof rule.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(rule.id)) return { path: ['id'], message: 'A custom rule needs an "id" of lower-case letters, digits and hyphens.' };
  if (knownRuleIds.has(rule.id)) return { path: ['id'], message: `"${rule.id}" is a built-in rule id; give the custom rule its own id.` };
  if (typeof rule.message !== 'string' || rule.message.trim() === '') return { path: ['message'], message: 'A custom rule needs a "message".' };
  if (typeof rule.pattern !== 'string' || rule.pattern === '') return { path: ['pattern'], message: 'A custom rule needs a "pattern" (RE2 syntax).' };
  if (rule.severity !== undefined && (typeof rule.severity !== 'string' || !['hint', 'info', 'warning', 'error'].includes(rule.severity))) {
    return { path: ['severity'], message: 'A custom rule\'s "severity" must be one of hint, info, warning, error.' };
  }
  if (rule.replacement !== undefined && typeof rule.replacement !== 'string') return { path: ['replacement'], message: '"replacement" must be a string.' };
  const compiled = compileCustomRule(rule as unknown as CustomRuleConfig);
  if (typeof compiled === 'string') return { path: ['pattern'], message: `Custom rule "${rule.id}" has an ${compiled}` };
  return undefined;
}

/** Parses config text (JSON with comments allowed) and validates it, locating each problem. */
export function parseConfigText(text: string, knownRuleIds: ReadonlySet<string>): { config: HealthLintConfig; problems: ConfigProblem[] } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !tree) {
    const first = errors[0];
    const range = first ? { start: first.offset, end: first.offset + Math.max(1, first.length) } : { start: 0, end: 0 };
    return {
      config: {},
      problems: [{ path: [], message: `The configuration is not valid JSON (${first ? printParseErrorCode(first.error) : 'empty file'}); defaults are used.`, range }],
    };
  }
  const result = validateConfig(nodeValue(tree), knownRuleIds);
  for (const problem of result.problems) {
    const node = findNodeAtLocation(tree, problem.path) ?? tree;
    // Point at the key for unknown keys, at the value otherwise.
    const keyNode = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    const target = problem.message.startsWith('Unknown') && keyNode ? keyNode : node;
    problem.range = { start: target.offset, end: target.offset + target.length };
  }
  return result;
}

function nodeValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const object: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) object[String(key.value)] = nodeValue(value);
      }
      return object;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
