// SARIF 2.1.0 as GitHub code scanning reads it: one run, the tool's rules with their docs
// pages, one result per finding with a relative URI under %SRCROOT%, and 1-based regions
// whose columns count UTF-16 code units (declared through `columnKind`).

import { nestedJson } from './json.js';
import { ruleFor, type ReportData, type ReportRule, type ReportSeverity } from './model.js';

export interface SarifOptions {
  /** Absolute `file://` URI of the folder paths are relative to (optional; GitHub supplies its own). */
  srcRoot?: string;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export function sarifLevel(severity: ReportSeverity | 'off'): SarifLevel {
  if (severity === 'error') return 'error';
  if (severity === 'warning') return 'warning';
  if (severity === 'off') return 'none';
  return 'note';
}

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
export function pathToUriReference(path: string): string {
  return path
    .split('/')
    .map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)))
    .join('/');
}

export function* sarifChunks(data: ReportData, options: SarifOptions = {}): Generator<string> {
  // First pass: the rules every result can point into, and the file-level notifications.
  const cache = new Map<string, ReportRule>();
  const rules: ReportRule[] = [...data.rules];
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
  const notifications = [];
  for (const file of data.files) {
    for (const finding of file.findings) {
      if (!indexOf.has(finding.ruleId)) {
        indexOf.set(finding.ruleId, rules.length);
        rules.push(ruleFor(data, finding.ruleId, cache));
      }
    }
    for (const problem of file.problems) {
      notifications.push({ level: problem.severity, message: { text: problem.message }, locations: [location(file.path)] });
    }
  }
  const run = {
    tool: {
      driver: {
        name: data.tool.name,
        version: data.tool.version,
        semanticVersion: data.tool.version,
        informationUri: data.tool.informationUri,
        rules: rules.map((rule) => ({
          id: rule.id,
          shortDescription: { text: rule.description },
          ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
          defaultConfiguration: { enabled: rule.defaultSeverity !== 'off', level: sarifLevel(rule.defaultSeverity) },
        })),
      },
    },
    ...(options.srcRoot ? { originalUriBaseIds: { '%SRCROOT%': { uri: options.srcRoot.endsWith('/') ? options.srcRoot : `${options.srcRoot}/` } } } : {}),
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
    columnKind: 'utf16CodeUnits',
    // Which share of the files a `--shard` run linted, for `health-lint merge` to check that no shard is missing.
    ...(data.shard ? { properties: { shard: data.shard } } : {}),
  };
  let head = `{\n  "$schema": ${JSON.stringify(SARIF_SCHEMA)},\n  "version": "2.1.0",\n  "runs": [\n    {`;
  for (const [key, value] of Object.entries(run)) head += `\n      ${JSON.stringify(key)}: ${nestedJson(value, 3)},`;
  yield `${head}\n      "results": [`;
  // Second pass: one result per finding, written as it is made.
  let first = true;
  for (const file of data.files) {
    for (const finding of file.findings) {
      const result = {
        ruleId: finding.ruleId,
        ruleIndex: indexOf.get(finding.ruleId),
        level: sarifLevel(finding.severity),
        message: { text: finding.message },
        locations: [location(file.path, { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn })],
      };
      yield `${first ? '' : ','}\n        ${nestedJson(result, 4)}`;
      first = false;
    }
  }
  yield `${first ? ']' : '\n      ]'}\n    }\n  ]\n}\n`;
}

function location(path: string, region?: object) {
  return {
    physicalLocation: {
      artifactLocation: { uri: pathToUriReference(path), uriBaseId: '%SRCROOT%' },
      ...(region ? { region } : {}),
    },
  };
}

export function renderSarif(data: ReportData, options: SarifOptions = {}): string {
  return [...sarifChunks(data, options)].join('');
}
