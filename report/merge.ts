// Joins reports of shards (`health-lint --shard K/N`) into one: Health Lint's JSON reports
// into one `ReportData` (the totals are then recomputed by the renderers), SARIF logs into
// one log with one run per tool. Pure: takes parsed JSON, reads no files.
//
// Nothing is dropped silently. Whatever cannot be joined without losing or corrupting
// something is refused with a MergeError that names the input: reports of different tool
// versions or configurations, a shard missing or given twice, a file in two reports, SARIF
// runs whose index-based tables (other than rules and artifacts, which are renumbered)
// differ.
//
// Order of the merged report: files by path (UTF-16 code-unit order, which is the order the
// CLI lists a folder in), and within a file by position, then rule id.

import { nestedJson } from './json.js';
import { SEVERITIES, type FileProblem, type ReportData, type ReportFile, type ReportFinding, type ReportRule } from './model.js';

export class MergeError extends Error {}

/** One parsed input and the name to use for it in messages (its file name). */
export interface MergeInput {
  name: string;
  content: unknown;
}

export type MergeableFormat = 'sarif' | 'json';

type JsonObject = { [key: string]: unknown };

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** 'sarif' for a SARIF 2.1.0 log, 'json' for Health Lint's JSON report, undefined for anything else. */
export function detectFormat(content: unknown): MergeableFormat | undefined {
  if (!isObject(content)) return undefined;
  if (Array.isArray(content.runs) && typeof content.version === 'string') return 'sarif';
  if (isObject(content.tool) && Array.isArray(content.files)) return 'json';
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Shards

export interface ShardOfInput {
  name: string;
  shard?: { index: number; count: number };
}

/**
 * Either no input is a shard, or together they are every shard of one run, each once:
 * a missing shard would silently drop its files' findings.
 */
export function checkShards(inputs: readonly ShardOfInput[], what = 'report'): void {
  const sharded = inputs.filter((input) => input.shard);
  if (sharded.length === 0) return;
  const plain = inputs.find((input) => !input.shard);
  if (plain) {
    throw new MergeError(`${sharded[0].name} is the ${what} of shard ${describeShard(sharded[0].shard!)} but ${plain.name} is not the ${what} of a shard: merge the ${what}s of the shards of one run.`);
  }
  const count = sharded[0].shard!.count;
  const other = sharded.find((input) => input.shard!.count !== count);
  if (other) {
    throw new MergeError(`${sharded[0].name} is shard ${describeShard(sharded[0].shard!)} but ${other.name} is shard ${describeShard(other.shard!)}: merge the ${what}s of the shards of one run.`);
  }
  const byIndex = new Map<number, string>();
  for (const input of sharded) {
    const previous = byIndex.get(input.shard!.index);
    if (previous !== undefined) throw new MergeError(`Shard ${describeShard(input.shard!)} is given twice: ${previous} and ${input.name}.`);
    byIndex.set(input.shard!.index, input.name);
  }
  const missing = [];
  for (let index = 1; index <= count; index++) if (!byIndex.has(index)) missing.push(index);
  if (missing.length > 0) {
    const list = missing.length > 10 ? `${missing.slice(0, 10).join(', ')} and ${missing.length - 10} more` : missing.join(', ');
    throw new MergeError(`Shard${missing.length === 1 ? '' : 's'} ${list} of ${count} ${missing.length === 1 ? 'is' : 'are'} missing: their files' findings would be lost. Merge the ${what}s of every shard.`);
  }
}

function describeShard(shard: { index: number; count: number }): string {
  return `${shard.index}/${shard.count}`;
}

function readShard(value: unknown, where: string): { index: number; count: number } | undefined {
  if (value === undefined) return undefined;
  if (isObject(value) && isPositiveInteger(value.index) && isPositiveInteger(value.count) && value.index <= value.count) {
    return { index: value.index, count: value.count };
  }
  throw new MergeError(`${where}: "shard" must be { "index": K, "count": N } with 1 ≤ K ≤ N.`);
}

const isPositiveInteger = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;

// ---------------------------------------------------------------------------------------
// Health Lint JSON reports

/**
 * Joins JSON reports into the data of one report. `ruleOrder` lists rule ids in the order
 * the tool's registry has them (the merged report lists rules in that order, then the
 * others as they first appear), so a merge lists rules as an unsharded run does.
 */
export function mergeJsonReports(inputs: readonly MergeInput[], ruleOrder: readonly string[] = []): ReportData {
  if (inputs.length === 0) throw new MergeError('No reports to merge.');
  const reports = inputs.map((input) => ({ name: input.name, ...readJsonReport(input) }));
  const first = reports[0];
  for (const report of reports) {
    if (report.tool.name !== first.tool.name) {
      throw new MergeError(`Cannot merge reports of different tools: ${first.name} is from ${first.tool.name}, ${report.name} from ${report.tool.name}.`);
    }
    if (report.tool.version !== first.tool.version) {
      throw new MergeError(
        `Cannot merge reports of different versions of ${first.tool.name}: ${first.name} is from ${first.tool.version}, ${report.name} from ${report.tool.version}. Lint every shard with the same version.`,
      );
    }
  }
  checkShards(reports);

  const rules = new Map<string, { rule: ReportRule; from: string }>();
  for (const report of reports) {
    for (const rule of report.rules) {
      const known = rules.get(rule.id);
      if (!known) rules.set(rule.id, { rule, from: report.name });
      else if (!sameJson(known.rule, rule)) throw differentRule(rule.id, known.from, report.name);
    }
  }
  const registryIndex = new Map(ruleOrder.map((id, index) => [id, index]));
  const appearance = [...rules.keys()];
  const orderedRules = [...rules.values()]
    .map((entry) => entry.rule)
    .sort((a, b) => (registryIndex.get(a.id) ?? Infinity) - (registryIndex.get(b.id) ?? Infinity) || appearance.indexOf(a.id) - appearance.indexOf(b.id));

  const fileSource = new Map<string, string>();
  const files: ReportFile[] = [];
  for (const report of reports) {
    for (const file of report.files) {
      const previous = fileSource.get(file.path);
      if (previous !== undefined) {
        throw new MergeError(`${file.path} is in both ${previous} and ${report.name}: a file linted twice would be counted twice.`);
      }
      fileSource.set(file.path, report.name);
      files.push({ ...file, findings: [...file.findings].sort(compareFindings) });
    }
  }
  files.sort((a, b) => compareText(a.path, b.path));
  return { tool: first.tool, rules: orderedRules, files };
}

function differentRule(id: string, first: string, second: string): MergeError {
  return new MergeError(`Rule "${id}" is described differently in ${first} and ${second}: were the shards linted with different configurations?`);
}

/** Checks one JSON report field by field; the message names the input and where in it. */
function readJsonReport(input: MergeInput): { tool: ReportData['tool']; rules: ReportRule[]; files: ReportFile[]; shard?: { index: number; count: number } } {
  const { name, content } = input;
  const fail = (where: string, what: string) => new MergeError(`${name} is not a valid Health Lint JSON report: ${where} ${what}.`);
  if (!isObject(content)) throw fail('the top level', 'must be an object');
  const tool = content.tool;
  if (!isObject(tool) || typeof tool.name !== 'string' || typeof tool.version !== 'string') throw fail('"tool"', 'must have a "name" and a "version"');
  if (!Array.isArray(content.rules)) throw fail('"rules"', 'must be a list');
  if (!Array.isArray(content.files)) throw fail('"files"', 'must be a list');
  const rules = content.rules.map((rule, index) => {
    const where = `rules[${index}]`;
    if (!isObject(rule) || typeof rule.id !== 'string' || typeof rule.description !== 'string') throw fail(where, 'must have an "id" and a "description"');
    if (!([...SEVERITIES, 'off'] as unknown[]).includes(rule.defaultSeverity)) throw fail(`${where}.defaultSeverity`, `must be one of ${[...SEVERITIES, 'off'].join(', ')}`);
    if (rule.helpUri !== undefined && typeof rule.helpUri !== 'string') throw fail(`${where}.helpUri`, 'must be a string');
    return rule as unknown as ReportRule;
  });
  const files = content.files.map((file, index) => {
    const where = `files[${index}]`;
    if (!isObject(file) || typeof file.path !== 'string') throw fail(where, 'must have a "path"');
    if (!Array.isArray(file.findings)) throw fail(`${where}.findings`, 'must be a list');
    if (!Array.isArray(file.problems)) throw fail(`${where}.problems`, 'must be a list');
    if (file.fixed !== undefined && typeof file.fixed !== 'boolean') throw fail(`${where}.fixed`, 'must be true or false');
    file.findings.forEach((finding, findingIndex) => checkFinding(finding, `${where}.findings[${findingIndex}]`, fail));
    file.problems.forEach((problem, problemIndex) => {
      if (!isObject(problem) || (problem.severity !== 'error' && problem.severity !== 'warning') || typeof problem.message !== 'string') {
        throw fail(`${where}.problems[${problemIndex}]`, 'must have a "severity" (error or warning) and a "message"');
      }
    });
    return file as unknown as ReportFile;
  });
  return { tool: tool as unknown as ReportData['tool'], rules, files, shard: readShard(content.shard, name) };
}

function checkFinding(finding: unknown, where: string, fail: (where: string, what: string) => MergeError): void {
  if (!isObject(finding)) throw fail(where, 'must be an object');
  if (typeof finding.ruleId !== 'string') throw fail(`${where}.ruleId`, 'must be a string');
  if (!(SEVERITIES as unknown[]).includes(finding.severity)) throw fail(`${where}.severity`, `must be one of ${SEVERITIES.join(', ')}`);
  if (typeof finding.message !== 'string') throw fail(`${where}.message`, 'must be a string');
  for (const key of ['line', 'column', 'endLine', 'endColumn']) {
    if (!isPositiveInteger(finding[key])) throw fail(`${where}.${key}`, 'must be a whole number of 1 or more');
  }
  if (typeof finding.fixable !== 'boolean') throw fail(`${where}.fixable`, 'must be true or false');
}

function compareFindings(a: ReportFinding, b: ReportFinding): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || compareText(a.ruleId, b.ruleId);
}

/** Code-unit order, the order of Array.prototype.sort (not the locale's). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Equal as JSON, whatever the order of object keys. */
function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

// ---------------------------------------------------------------------------------------
// SARIF

export interface SarifMerge {
  /** The merged log, ready for `sarifLogChunks`. */
  log: JsonObject;
  /** Things worth telling the user that did not stop the merge. */
  notes: string[];
}

/** Run-level tables that results point into by index. Merge renumbers rules and artifacts; these must be identical in every run of a tool. */
const INDEXED_RUN_TABLES = ['logicalLocations', 'threadFlowLocations', 'addresses', 'graphs', 'webRequests', 'webResponses', 'policies', 'taxonomies', 'translations'];

interface RunOfInput {
  name: string;
  run: JsonObject;
  driver: JsonObject;
}

/**
 * Joins SARIF 2.1.0 logs: one run per tool (by driver name), results concatenated and sorted,
 * rules and artifacts de-duplicated and renumbered. The inputs' results are renumbered in
 * place and become part of the merged log (a big merge holds them once, not twice).
 */
export function mergeSarifLogs(inputs: readonly MergeInput[]): SarifMerge {
  if (inputs.length === 0) throw new MergeError('No reports to merge.');
  const notes: string[] = [];
  const groups = new Map<string, RunOfInput[]>();
  for (const input of inputs) {
    const log = input.content;
    const fail = (what: string) => new MergeError(`${input.name} is not a valid SARIF log: ${what}.`);
    if (!isObject(log) || !Array.isArray(log.runs)) throw fail('it has no "runs" list');
    if (log.version !== '2.1.0') throw fail(`its version is ${JSON.stringify(log.version)}; only SARIF 2.1.0 can be merged`);
    log.runs.forEach((run, index) => {
      const where = `runs[${index}]`;
      if (!isObject(run)) throw fail(`${where} is not an object`);
      const driver = isObject(run.tool) ? run.tool.driver : undefined;
      if (!isObject(driver) || typeof driver.name !== 'string') throw fail(`${where}.tool.driver has no "name"`);
      if (run.results !== undefined && !Array.isArray(run.results)) throw fail(`${where}.results is not a list`);
      if (driver.rules !== undefined && !Array.isArray(driver.rules)) throw fail(`${where}.tool.driver.rules is not a list`);
      if (run.artifacts !== undefined && !Array.isArray(run.artifacts)) throw fail(`${where}.artifacts is not a list`);
      const name = runName(input.name, log.runs as unknown[], index);
      const group = groups.get(driver.name) ?? [];
      group.push({ name, run, driver });
      groups.set(driver.name, group);
    });
  }
  const first = inputs[0].content as JsonObject;
  const { runs: _runs, ...top } = first;
  const runs = [...groups.values()].map((group) => mergeRuns(group, notes));
  return { log: { ...top, version: '2.1.0', runs }, notes };
}

/** "a.sarif", or "a.sarif (run 2)" when a log has several runs. */
function runName(file: string, runs: readonly unknown[], index: number): string {
  return runs.length === 1 ? file : `${file} (run ${index + 1})`;
}

function driverVersion(driver: JsonObject): string | undefined {
  const version = driver.version ?? driver.semanticVersion;
  return typeof version === 'string' ? version : undefined;
}

function mergeRuns(group: readonly RunOfInput[], notes: string[]): JsonObject {
  const base = group[0];
  const toolName = base.driver.name as string;
  const { rules: _rules, ...baseDriverRest } = base.driver;
  for (const entry of group) {
    if (driverVersion(entry.driver) !== driverVersion(base.driver)) {
      throw new MergeError(
        `Cannot merge reports of different versions of ${toolName}: ${base.name} is from ${driverVersion(base.driver) ?? 'an unknown version'}, ${entry.name} from ${driverVersion(entry.driver) ?? 'an unknown version'}. Lint every shard with the same version.`,
      );
    }
    const { rules: _entryRules, ...driverRest } = entry.driver;
    if (!sameJson(driverRest, baseDriverRest)) throw new MergeError(`${base.name} and ${entry.name} describe ${toolName} differently (tool.driver): cannot merge them.`);
    for (const key of ['columnKind', ...INDEXED_RUN_TABLES]) {
      if (!sameJson(entry.run[key], base.run[key])) throw new MergeError(`${base.name} and ${entry.name} have different "${key}" in their ${toolName} runs: merge cannot join those.`);
    }
    if (!sameJson((entry.run.tool as JsonObject).extensions, (base.run.tool as JsonObject).extensions)) {
      throw new MergeError(`${base.name} and ${entry.name} have different tool extensions in their ${toolName} runs: merge cannot join those.`);
    }
  }
  checkShards(group.map((entry) => ({ name: entry.name, shard: readShard(isObject(entry.run.properties) ? entry.run.properties.shard : undefined, entry.name) })), 'SARIF run');

  // Rules and artifacts: each distinct one once, and each run's old index mapped to the new one.
  const rules: unknown[] = [];
  const ruleIndexById = new Map<string, number>();
  const ruleSource: string[] = [];
  const artifacts: JsonObject[] = [];
  const artifactIndexByKey = new Map<string, number>();
  const results: JsonObject[] = [];
  const invocations: JsonObject[] = [];
  const uriBaseIds: JsonObject = {};
  for (const entry of group) {
    const ruleMap = ((entry.driver.rules as unknown[] | undefined) ?? []).map((rule, index) => {
      const id = isObject(rule) && typeof rule.id === 'string' ? rule.id : undefined;
      if (id === undefined) throw new MergeError(`${entry.name} is not a valid SARIF log: tool.driver.rules[${index}] has no "id".`);
      const known = ruleIndexById.get(id);
      if (known !== undefined) {
        if (!sameJson(rules[known], rule)) throw differentRule(id, ruleSource[known], entry.name);
        return known;
      }
      ruleIndexById.set(id, rules.length);
      ruleSource.push(entry.name);
      rules.push(rule);
      return rules.length - 1;
    });
    const entryArtifacts = (entry.run.artifacts as unknown[] | undefined) ?? [];
    const artifactMap = entryArtifacts.map((artifact, index) => {
      if (!isObject(artifact)) throw new MergeError(`${entry.name} is not a valid SARIF log: artifacts[${index}] is not an object.`);
      // The same file (location) in two runs is one artifact; an artifact without a location is kept as it is.
      const key = isObject(artifact.location) ? canonicalJson({ uri: artifact.location.uri, uriBaseId: artifact.location.uriBaseId }) : undefined;
      const known = key === undefined ? undefined : artifactIndexByKey.get(key);
      if (known !== undefined) return known;
      if (key !== undefined) artifactIndexByKey.set(key, artifacts.length);
      artifacts.push(artifact);
      return artifacts.length - 1;
    });
    // parentIndex points into the same table.
    for (let index = 0; index < entryArtifacts.length; index++) {
      const merged = artifacts[artifactMap[index]];
      if (merged === entryArtifacts[index] && typeof merged.parentIndex === 'number') {
        artifacts[artifactMap[index]] = { ...merged, parentIndex: remap(artifactMap, merged.parentIndex, entry.name, 'artifacts[].parentIndex') };
      }
    }
    for (const result of (entry.run.results as unknown[] | undefined) ?? []) {
      if (!isObject(result)) throw new MergeError(`${entry.name} is not a valid SARIF log: a result is not an object.`);
      renumberInPlace(result, ruleMap, artifactMap, entry.name);
      if (typeof result.ruleIndex === 'number') result.ruleIndex = remap(ruleMap, result.ruleIndex, entry.name, 'ruleIndex');
      results.push(result);
    }
    for (const invocation of (entry.run.invocations as unknown[] | undefined) ?? []) {
      if (!isObject(invocation)) continue;
      renumberInPlace(invocation, ruleMap, artifactMap, entry.name);
      invocations.push(invocation);
    }
    if (isObject(entry.run.originalUriBaseIds)) {
      for (const [key, value] of Object.entries(entry.run.originalUriBaseIds)) {
        if (!(key in uriBaseIds)) uriBaseIds[key] = value;
        else if (!sameJson(uriBaseIds[key], value)) {
          notes.push(`${entry.name} was made in another folder (${key} ${describeUriBase(value)}, not ${describeUriBase(uriBaseIds[key])}); the merged report keeps the first.`);
        }
      }
    }
  }

  const artifactUri = (location: unknown): string => {
    const artifactLocation = isObject(location) && isObject(location.physicalLocation) ? location.physicalLocation.artifactLocation : undefined;
    if (!isObject(artifactLocation)) return '';
    if (typeof artifactLocation.uri === 'string') return artifactLocation.uri;
    const artifact = typeof artifactLocation.index === 'number' ? artifacts[artifactLocation.index] : undefined;
    return isObject(artifact) && isObject(artifact.location) && typeof artifact.location.uri === 'string' ? artifact.location.uri : '';
  };
  results.sort((a, b) => compareResults(a, b, artifactUri));

  const { results: _results, artifacts: _artifacts, invocations: _invocations, originalUriBaseIds: _uriBaseIds, properties, ...rest } = base.run;
  const { shard: _shard, ...otherProperties } = isObject(properties) ? properties : {};
  const run: JsonObject = {};
  // Keys in the order the first run had them, so a merge of one report reads like it.
  for (const key of Object.keys(base.run)) {
    if (key === 'tool') run.tool = { ...(base.run.tool as JsonObject), driver: { ...base.driver, rules } };
    else if (key === 'originalUriBaseIds') run.originalUriBaseIds = uriBaseIds;
    else if (key === 'artifacts') run.artifacts = artifacts;
    else if (key === 'invocations') run.invocations = [joinInvocations(invocations, artifactUri)];
    else if (key === 'results') run.results = results;
    else if (key === 'properties') {
      if (Object.keys(otherProperties).length > 0) run.properties = otherProperties;
    } else run[key] = rest[key];
  }
  if (!('originalUriBaseIds' in run) && Object.keys(uriBaseIds).length > 0) run.originalUriBaseIds = uriBaseIds;
  if (!('artifacts' in run) && artifacts.length > 0) run.artifacts = artifacts;
  if (!('invocations' in run) && invocations.length > 0) run.invocations = [joinInvocations(invocations, artifactUri)];
  if (!('results' in run)) run.results = results;
  return run;
}

function describeUriBase(value: unknown): string {
  return isObject(value) && typeof value.uri === 'string' ? value.uri : JSON.stringify(value);
}

/** The runs' invocations as one: it succeeded if every one did; notifications joined, sorted by file like results. */
function joinInvocations(invocations: readonly JsonObject[], artifactUri: (location: unknown) => string): JsonObject {
  const joined: JsonObject = { ...invocations[0] };
  joined.executionSuccessful = invocations.every((invocation) => invocation.executionSuccessful === true);
  for (const key of ['toolExecutionNotifications', 'toolConfigurationNotifications']) {
    const lists = invocations.map((invocation) => invocation[key]).filter(Array.isArray);
    if (lists.length === 0) continue;
    const uriOf = (notification: unknown) => (isObject(notification) && Array.isArray(notification.locations) ? artifactUri(notification.locations[0]) : '');
    joined[key] = lists.flat().sort((a, b) => compareText(uriOf(a), uriOf(b)));
  }
  return joined;
}

/**
 * Moves the rule references and artifact indexes inside a result or invocation to the merged
 * tables, in place: a merge of many shards must not hold every result twice. (A result's own
 * ruleIndex is its caller's.)
 */
function renumberInPlace(value: unknown, ruleMap: readonly number[], artifactMap: readonly number[], name: string, key?: string): void {
  if (Array.isArray(value)) {
    for (const item of value) renumberInPlace(item, ruleMap, artifactMap, name);
    return;
  }
  if (!isObject(value)) return;
  for (const [childKey, child] of Object.entries(value)) if (typeof child === 'object' && child !== null) renumberInPlace(child, ruleMap, artifactMap, name, childKey);
  // A reference into the driver's rules carries no toolComponent (one into an extension does, and extensions are equal in every run).
  if ((key === 'rule' || key === 'associatedRule') && typeof value.index === 'number' && value.toolComponent === undefined) {
    value.index = remap(ruleMap, value.index, name, `${key}.index`);
  }
  if ((key === 'artifactLocation' || key === 'analysisTarget') && typeof value.index === 'number') {
    value.index = remap(artifactMap, value.index, name, `${key}.index`);
  }
}

function remap(map: readonly number[], index: number, name: string, what: string): number {
  const mapped = map[index];
  if (mapped === undefined) throw new MergeError(`${name} is not a valid SARIF log: ${what} ${index} points past the end of its table.`);
  return mapped;
}

function compareResults(a: JsonObject, b: JsonObject, artifactUri: (location: unknown) => string): number {
  const locationOf = (result: JsonObject) => (Array.isArray(result.locations) ? result.locations[0] : undefined);
  const regionOf = (result: JsonObject): JsonObject => {
    const location = locationOf(result);
    const region = isObject(location) && isObject(location.physicalLocation) ? location.physicalLocation.region : undefined;
    return isObject(region) ? region : {};
  };
  const number = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
  const regionA = regionOf(a);
  const regionB = regionOf(b);
  const lineA = number(regionA.startLine, 0);
  const lineB = number(regionB.startLine, 0);
  return (
    compareText(artifactUri(locationOf(a)), artifactUri(locationOf(b))) ||
    lineA - lineB ||
    number(regionA.startColumn, 1) - number(regionB.startColumn, 1) ||
    number(regionA.endLine, lineA) - number(regionB.endLine, lineB) ||
    number(regionA.endColumn, Infinity) - number(regionB.endColumn, Infinity) ||
    compareText(String(a.ruleId ?? ''), String(b.ruleId ?? ''))
  );
}

/** Errors and warnings among a merged log's results and notifications (SARIF's default level is warning). */
export function countSarifLevels(log: JsonObject): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  const count = (level: unknown) => {
    if (level === 'error') errors++;
    else if (level === undefined || level === 'warning') warnings++;
  };
  for (const run of log.runs as JsonObject[]) {
    for (const result of (run.results as JsonObject[] | undefined) ?? []) count(result.level);
    for (const invocation of (run.invocations as JsonObject[] | undefined) ?? []) {
      for (const notification of (invocation.toolExecutionNotifications as JsonObject[] | undefined) ?? []) count(notification.level);
    }
  }
  return { errors, warnings };
}

/**
 * The log as `JSON.stringify(log, null, 2)` writes it, in pieces: one per result, so a
 * merge of many shards never holds the whole text in one string.
 */
export function* sarifLogChunks(log: JsonObject): Generator<string> {
  let text = '{';
  const entries = Object.entries(log);
  for (const [index, [key, value]] of entries.entries()) {
    const separator = index < entries.length - 1 ? ',' : '';
    if (key !== 'runs' || !Array.isArray(value) || value.length === 0) {
      text += `\n  ${JSON.stringify(key)}: ${nestedJson(value, 1)}${separator}`;
      continue;
    }
    text += `\n  "runs": [`;
    for (const [runIndex, run] of (value as JsonObject[]).entries()) {
      text += `${runIndex === 0 ? '' : ','}\n    {`;
      const runEntries = Object.entries(run).filter(([, child]) => child !== undefined);
      for (const [childIndex, [childKey, child]] of runEntries.entries()) {
        const childSeparator = childIndex < runEntries.length - 1 ? ',' : '';
        if (childKey !== 'results' || !Array.isArray(child) || child.length === 0) {
          text += `\n      ${JSON.stringify(childKey)}: ${nestedJson(child, 3)}${childSeparator}`;
          continue;
        }
        yield `${text}\n      "results": [`;
        text = '';
        for (const [resultIndex, result] of child.entries()) yield `${resultIndex === 0 ? '' : ','}\n        ${nestedJson(result, 4)}`;
        text = `\n      ]${childSeparator}`;
      }
      text += '\n    }';
    }
    text += `\n  ]${separator}`;
  }
  yield `${text}\n}\n`;
}
