// `health-lint merge FILE... [-o OUT] [--format sarif|json]`: joins the reports of shards
// (or of runs over different folders) into one report. Exit codes as for linting: 0 no
// errors in the merged report; 1 errors, or more warnings than --max-warnings; 2 bad usage
// or inputs that cannot be merged, and then nothing is written.

import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
  countForExit,
  countSarifLevels,
  detectFormat,
  jsonChunks,
  mergeJsonReports,
  MergeError,
  mergeSarifLogs,
  sarifChunks,
  sarifLogChunks,
  summarize,
  type MergeableFormat,
  type MergeInput,
} from '../report/index.js';
import { builtInRules } from '../rules/index.js';
import { displayPath } from '../node/files.js';
import { maxWarningsOf, usageMessage, UsageError } from './args.js';
import { writeFileAtomically, writeToStream } from './output.js';
import type { CliIo } from './run.js';

export const MERGE_HELP = `Usage: health-lint merge [options] FILE...

Joins the reports of shards (health-lint --shard K/N) into one report: SARIF logs into one
SARIF log (one run per tool, rules and artifacts listed once), JSON reports into one JSON
report, with the totals recomputed. Findings are ordered by file path, then position.
A folder stands for the .sarif and .json files directly in it.

The reports must all be SARIF or all be JSON, come from the same version of Health Lint,
and, when they are shards, be every shard of one run, each once.

Options:
  -o, --output FILE        write the merged report to FILE (never one of the inputs)
                           instead of standard output
  -f, --format NAME        sarif or json (default: the format of the inputs); JSON reports
                           can be merged into SARIF, SARIF logs not into JSON
      --max-warnings N     exit with code 1 when there are more than N warnings
  -h, --help               show this help

Exit codes: 0 no errors in the merged report; 1 errors, or more warnings than --max-warnings;
2 bad usage, or reports that cannot be merged (nothing is written).
`;

interface MergeOptions {
  files: string[];
  output?: string;
  format?: MergeableFormat;
  maxWarnings?: number;
  help: boolean;
}

function parseMergeArgs(argv: readonly string[]): MergeOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        'max-warnings': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(usageMessage(error, 'merge'));
  }
  const { values, positionals } = parsed;
  const format = values.format;
  if (format !== undefined && format !== 'sarif' && format !== 'json') throw new UsageError(`merge writes sarif or json; got --format "${format}".`);
  if (values.output !== undefined && values.output.trim() === '') throw new UsageError('--output needs a file name.');
  return { files: positionals, output: values.output, format, maxWarnings: maxWarningsOf(values['max-warnings']), help: values.help ?? false };
}

export async function runMerge(argv: readonly string[], io: CliIo): Promise<number> {
  let options: MergeOptions;
  try {
    options = parseMergeArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(io, error.message);
    throw error;
  }
  if (options.help) {
    io.stdout.write(MERGE_HELP);
    return 0;
  }
  if (options.files.length === 0) return fail(io, 'merge needs the report files to join, e.g. health-lint merge shard-*.sarif -o merged.sarif.');
  const cwd = resolve(io.cwd);

  let paths: string[];
  try {
    paths = expandInputs(options.files, cwd);
  } catch (error) {
    return fail(io, errorText(error));
  }
  for (const [index, path] of paths.entries()) {
    // Unsharded SARIF logs carry nothing else that would reveal a report counted twice.
    const repeated = paths.slice(0, index).find((earlier) => sameFile(earlier, path));
    if (repeated !== undefined) return fail(io, `${displayPath(path, cwd)} is given twice (also as ${displayPath(repeated, cwd)}): its findings would be counted twice.`);
  }
  const target = options.output === undefined ? undefined : resolve(cwd, options.output);
  if (target) {
    const clash = paths.find((path) => sameFile(path, target));
    if (clash) return fail(io, `The output ${options.output} is one of the reports to merge; choose another file name.`);
  }

  // Read and check everything before writing anything.
  const inputs: MergeInput[] = [];
  let inputFormat: MergeableFormat | undefined;
  let firstOfFormat = '';
  for (const path of paths) {
    const name = displayPath(path, cwd);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      return fail(io, `Cannot read ${name}: ${readProblem(error)}.`);
    }
    let content: unknown;
    try {
      content = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      return fail(io, `${name} is not valid JSON (${errorText(error)}); merge reads SARIF logs and Health Lint JSON reports.`);
    }
    const format = detectFormat(content);
    if (!format) return fail(io, `${name} is neither a SARIF log nor a Health Lint JSON report.`);
    if (inputFormat && format !== inputFormat) {
      return fail(io, `Cannot merge a mix of formats: ${firstOfFormat} is ${describeFormat(inputFormat)}, ${name} is ${describeFormat(format)}. Merge reports of one format.`);
    }
    inputFormat ??= format;
    firstOfFormat ||= name;
    inputs.push({ name, content });
  }
  const outputFormat = options.format ?? inputFormat!;
  if (inputFormat === 'sarif' && outputFormat === 'json') {
    return fail(io, 'SARIF logs cannot be merged into a JSON report: SARIF does not say which findings --fix can fix. Merge the shards\' JSON reports, or write SARIF.');
  }

  let chunks: Iterable<string>;
  let counts: { errors: number; warnings: number };
  try {
    if (inputFormat === 'json') {
      const data = mergeJsonReports(inputs, builtInRules.map((rule) => rule.meta.id));
      counts = countForExit(summarize(data));
      chunks = outputFormat === 'json' ? jsonChunks(data) : sarifChunks(data, { srcRoot: pathToFileURL(cwd).href });
    } else {
      const { log, notes } = mergeSarifLogs(inputs);
      for (const note of notes) io.stderr.write(`health-lint: ${note}\n`);
      counts = countSarifLevels(log);
      chunks = sarifLogChunks(log);
    }
  } catch (error) {
    if (error instanceof MergeError) return fail(io, error.message);
    throw error;
  }
  inputs.length = 0; // the parsed inputs are no longer needed while the report is written

  if (target) {
    try {
      writeFileAtomically(target, chunks);
    } catch (error) {
      return fail(io, `Cannot write the merged report to ${options.output}: ${errorText(error)}`);
    }
  } else {
    await writeToStream(io.stdout, chunks);
  }

  if (counts.errors > 0) return 1;
  if (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) {
    io.stderr.write(`health-lint found too many warnings (${counts.warnings}; maximum: ${options.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

/** Files as given; a folder stands for the .sarif and .json files directly in it, in name order. */
function expandInputs(files: readonly string[], cwd: string): string[] {
  const paths: string[] = [];
  for (const file of files) {
    const path = resolve(cwd, file);
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      // Not there: reading it says so, with the reason.
    }
    if (!isDirectory) {
      paths.push(path);
      continue;
    }
    const reports = readdirSync(path)
      .filter((name) => /\.(sarif|json)$/i.test(name))
      .sort()
      .map((name) => join(path, name));
    if (reports.length === 0) throw new Error(`${file} is a folder with no .sarif or .json files in it.`);
    paths.push(...reports);
  }
  return paths;
}

/** The same file, also through links (a different name for an input must not overwrite it either). */
function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    const statA = statSync(a);
    const statB = statSync(b);
    return statA.dev === statB.dev && statA.ino === statB.ino;
  } catch {
    try {
      return realpathSync(a) === join(realpathSync(dirname(b)), basename(b));
    } catch {
      return false;
    }
  }
}

function describeFormat(format: MergeableFormat): string {
  return format === 'sarif' ? 'a SARIF log' : 'a Health Lint JSON report';
}

/** Why a file could not be read, without the system call and path the error message repeats. */
function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  // Node holds at most about 512 MB in one string.
  if (code === 'ERR_STRING_TOO_LONG') return 'it is too large to read whole (over 512 MB); split the run into more shards';
  return errorText(error);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function fail(io: CliIo, message: string): number {
  io.stderr.write(`health-lint: ${message}\n`);
  return 2;
}
