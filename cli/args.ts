// Command-line options, parsed with `node:util` parseArgs. Anything wrong here is a usage
// error: exit code 2 with one line saying what is wrong.

import { parseArgs } from 'node:util';
import { REPORT_FORMATS, type ReportFormat } from '../report/index.js';
import { parseShard, type Shard } from './shard.js';

export interface CliOptions {
  format: ReportFormat;
  output?: string;
  config?: string;
  /** `--rule id:severity`, validated later against the known rule ids. */
  rules: { id: string; severity: string }[];
  maxWarnings?: number;
  fix: boolean;
  listRules: boolean;
  /** Print the claim analysis of every sentence instead of the findings. */
  explain: boolean;
  quiet: boolean;
  color?: boolean;
  help: boolean;
  version: boolean;
  /** Worker threads: undefined = decide from the number of files; 0 = lint in this thread. */
  concurrency?: number;
  /** `--shard K/N`: lint only this share of the selected files. */
  shard?: Shard;
  patterns: string[];
}

export class UsageError extends Error {}

export const HELP = `Usage: health-lint [options] [files, folders or globs]

Lints health writing in Markdown, HTML and text files. With no files, lints the current folder.
Files left out by .gitignore, .healthlintignore and the "ignore" globs of .healthlintrc.json are skipped.

Options:
  -f, --format NAME        stylish (default), json, sarif, markdown, html or csv
  -o, --output FILE        write the report to FILE instead of standard output
  -c, --config FILE        use this .healthlintrc.json for every file (default: the nearest one)
      --rule ID:SEVERITY   set a rule's severity (off, hint, info, warning, error); repeatable
      --max-warnings N     exit with code 1 when there are more than N warnings
      --fix                apply safe fixes and write the files that change
      --list-rules         list the rules: id, default severity, description
      --explain            print, for every sentence, whether unhedged-claim flags it and why
                           (the claim, its subject and health concept, the hedge, negation
                           or source looked for), instead of the findings
      --quiet              report errors only
      --no-color           no colours (also: NO_COLOR=1, or output that is not a terminal)
      --color              colours even when the output is not a terminal
      --concurrency N      worker threads (default: decided by the number of files; 0 = none)
      --shard K/N          lint only shard K of N (1-based): the files whose path hash falls in it,
                           so N runners lint a share each; join their reports with health-lint merge
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors; 1 errors found, or more warnings than --max-warnings;
2 bad usage or configuration.

Join the SARIF or JSON reports of shards into one: health-lint merge FILE... [-o OUT]
(health-lint merge --help for more).
`;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        fix: { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        explain: { type: 'boolean' },
        quiet: { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        concurrency: { type: 'string' },
        shard: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(usageMessage(error));
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'stylish';
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format "${format}"; use one of ${REPORT_FORMATS.join(', ')}.`);
  }
  for (const [name, value] of [['output', values.output], ['config', values.config]] as const) {
    if (value !== undefined && value.trim() === '') throw new UsageError(`--${name} needs a file name.`);
  }
  const rules = (values.rule ?? []).map((entry) => {
    const match = /^([^:\s]+):([^:\s]+)$/.exec(entry.trim());
    if (!match) throw new UsageError(`--rule expects ID:SEVERITY (e.g. unhedged-claim:error); got "${entry}".`);
    return { id: match[1], severity: match[2] };
  });
  const maxWarnings = maxWarningsOf(values['max-warnings']);
  let concurrency: number | undefined;
  if (values.concurrency !== undefined && values.concurrency !== 'auto') {
    if (!/^\d+$/.test(values.concurrency)) throw new UsageError(`--concurrency expects a whole number or "auto"; got "${values.concurrency}".`);
    concurrency = Number(values.concurrency);
  }
  let shard: Shard | undefined;
  if (values.shard !== undefined) {
    const parsedShard = parseShard(values.shard);
    if ('problem' in parsedShard) throw new UsageError(parsedShard.problem);
    shard = parsedShard;
  }
  return {
    format: format as ReportFormat,
    output: values.output,
    config: values.config,
    rules,
    maxWarnings,
    fix: values.fix ?? false,
    listRules: values['list-rules'] ?? false,
    explain: values.explain ?? false,
    quiet: values.quiet ?? false,
    color: values['no-color'] ? false : values.color,
    help: values.help ?? false,
    version: values.version ?? false,
    concurrency,
    shard,
    patterns: positionals,
  };
}

/** parseArgs's messages are long and mention its own option names; say it in one line. */
/** `--max-warnings` as a number, or a usage error; undefined when it is not given. */
export function maxWarningsOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`--max-warnings expects a whole number of 0 or more; got "${text}".`);
  return Number(text);
}

/** What `parseArgs` rejected, in our words; `command` names a sub-command ("merge") whose help to point to. */
export function usageMessage(error: unknown, command?: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return command ? `Unknown option "${unknown[1]}" for ${command}. Run health-lint ${command} --help for the options.` : `Unknown option "${unknown[1]}". Run health-lint --help for the options.`;
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `Option "${missing[1].replace(/^-\w, /, '')}" needs a value.`;
  return message.split('\n')[0];
}
