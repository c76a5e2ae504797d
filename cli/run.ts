// `health-lint`: find the files, pick each one's configuration, lint (in worker threads
// for big runs), render the report, and decide the exit code:
// 0 no errors; 1 errors, or more warnings than --max-warnings; 2 bad usage or configuration.

import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { discoverFiles, displayPath } from '../node/files.js';
import { countForExit, reportChunks, summarize, type ReportData, type ReportFile } from '../report/index.js';
import { builtInRules, SEVERITY_SETTINGS, type SeveritySetting } from '../rules/index.js';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args.js';
import { ConfigResolver } from './configs.js';
import { runMerge } from './merge.js';
import { batched, writeToStream } from './output.js';
import { filesOfShard } from './shard.js';
import { explainFiles } from './explain.js';
import { reportRules, TOOL } from './report-data.js';
import type { FileOutcome } from './lint-file.js';
import { chooseThreadCount, lintInProcess, lintInWorkers, type LintTask } from './pool.js';
import { formatTiming, threadCpuMs, timingRequested, watchGarbageCollection, type ThreadTimes } from './timing.js';

export { TOOL };

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number; once?(event: 'drain', listener: () => void): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** The script worker threads run (the bundled CLI itself). */
  workerScript: string;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // A folder named "merge" is linted as ./merge.
  if (argv[0] === 'merge') return runMerge(argv.slice(1), io);
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, error.message);
    throw error;
  }
  if (options.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    io.stdout.write(`${TOOL.version}\n`);
    return 0;
  }
  if (options.listRules) {
    io.stdout.write(listRules());
    return 0;
  }

  const overrides: Record<string, SeveritySetting> = {};
  for (const { id, severity } of options.rules) {
    if (!SEVERITY_SETTINGS.includes(severity as SeveritySetting)) {
      return usageError(io, `Bad severity "${severity}" for rule "${id}"; use one of ${SEVERITY_SETTINGS.join(', ')}.`);
    }
    overrides[id] = severity as SeveritySetting;
  }

  // performance.now() counts from the process's start: what it shows here is node's own start-up and loading this bundle.
  const startupMs = performance.now();
  const timing = timingRequested(io.env) ? { threads: [] as ThreadTimes[], gc: watchGarbageCollection() } : undefined;
  const cwd = resolve(io.cwd);
  const configs = new ConfigResolver(cwd, options.config, overrides);
  if (configs.problems.length > 0) return configError(io, configs.problems);
  const discovery = await discoverFiles({ cwd, patterns: options.patterns, configIgnoresIn: configs.ignoresIn });
  if (discovery.unmatched.length > 0) {
    return usageError(io, `No files match ${discovery.unmatched.map((pattern) => `"${pattern}"`).join(', ')}.`);
  }
  for (const { path, reason } of discovery.skipped) io.stderr.write(`health-lint: skipped ${displayPath(path, cwd)}: ${reason}.\n`);
  const files = options.shard ? filesOfShard(discovery.files, cwd, options.shard) : discovery.files;
  const tasks: LintTask[] = files.map((path) => ({ path, configIndex: configs.indexFor(path) }));
  if (configs.problems.length > 0) return configError(io, configs.problems);
  if (options.explain) return explainFiles(tasks.map((task) => ({ path: task.path, config: configs.configs[task.configIndex] })), cwd, io);
  const known = configs.knownRuleIds();
  const unknown = Object.keys(overrides).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    return usageError(io, `Unknown rule ${unknown.map((id) => `"${id}"`).join(', ')} in --rule. Run health-lint --list-rules to see the rule ids.`);
  }

  const lintingStart = performance.now();
  const progress = new Progress(io, tasks.length);
  const runOptions = { configs: configs.configs, fix: options.fix, onResult: () => progress.tick(), timing: timing?.threads };
  const threads = chooseThreadCount(tasks.length, options.concurrency);
  let outcomes: (FileOutcome | undefined)[];
  try {
    outcomes = threads > 0 ? await lintInWorkers(tasks, { ...runOptions, threads, workerScript: io.workerScript }) : await lintInProcess(tasks, runOptions);
  } finally {
    progress.done();
  }
  const reportStart = performance.now();

  const data: ReportData = {
    tool: TOOL,
    rules: reportRules(configs.configs),
    files: outcomes.map((outcome, index) => toReportFile(outcome ?? lost(tasks[index].path), cwd, options.quiet)),
    ...(options.shard && options.shard.count > 1 ? { shard: options.shard } : {}),
  };
  const summary = summarize(data);
  const { errors, warnings } = countForExit(summary);
  const noColorEnv = typeof io.env.NO_COLOR === 'string' && io.env.NO_COLOR !== '';
  const useColor = !options.output && !noColorEnv && (options.color ?? Boolean(io.stdout.isTTY));
  const chunks = reportChunks(options.format, data, {
    color: useColor,
    width: !options.output && io.stdout.isTTY ? io.stdout.columns : undefined,
    sarif: { srcRoot: pathToFileURL(cwd).href },
    html: { subtitle: `Made on ${new Date().toISOString().slice(0, 10)} in ${basename(cwd) || cwd}` },
  });
  if (options.output) {
    const target = resolve(cwd, options.output);
    try {
      mkdirSync(dirname(target), { recursive: true });
      const descriptor = openSync(target, 'w');
      try {
        for (const piece of batched(chunks)) writeSync(descriptor, piece);
      } finally {
        closeSync(descriptor);
      }
    } catch (error) {
      return usageError(io, `Cannot write the report to ${options.output}: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else {
    await writeToStream(io.stdout, chunks);
  }
  if (timing) {
    const end = performance.now();
    timing.gc.stop();
    const cpu = process.cpuUsage();
    const main = {
      startupMs,
      discoveryMs: lintingStart - startupMs,
      lintingMs: reportStart - lintingStart,
      reportMs: end - reportStart,
      totalMs: end,
      // In-process runs lint on this thread too; that part is shown as its own line.
      cpuMs: threads > 0 ? threadCpuMs() : undefined,
      gcMs: timing.gc.ms,
    };
    io.stderr.write(formatTiming(main, timing.threads.filter(Boolean), (cpu.user + cpu.system) / 1000));
  }

  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && !options.quiet && warnings > options.maxWarnings) {
    io.stderr.write(`health-lint found too many warnings (${warnings}; maximum: ${options.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

export function listRules(): string {
  const metas = builtInRules.map((rule) => rule.meta);
  const idWidth = Math.max(...metas.map((meta) => meta.id.length));
  const severityWidth = Math.max(...metas.map((meta) => meta.defaultSeverity.length));
  return metas.map((meta) => `${meta.id.padEnd(idWidth)}  ${meta.defaultSeverity.padEnd(severityWidth)}  ${meta.description.replace(/\s+/g, ' ')}`).join('\n') + '\n';
}

function toReportFile(outcome: FileOutcome, cwd: string, quiet: boolean): ReportFile {
  return {
    path: displayPath(outcome.path, cwd),
    findings: quiet ? outcome.findings.filter((finding) => finding.severity === 'error') : outcome.findings,
    problems: quiet ? outcome.problems.filter((problem) => problem.severity === 'error') : outcome.problems,
    ...(outcome.fixed ? { fixed: true } : {}),
  };
}

function lost(path: string): FileOutcome {
  return { path, findings: [], problems: [{ severity: 'error', message: 'Not linted: the run stopped before this file.' }], fixed: false };
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`health-lint: ${message}\n`);
  return 2;
}

function configError(io: CliIo, problems: readonly string[]): number {
  io.stderr.write(`health-lint: invalid configuration: ${problems[0]}\n`);
  for (const problem of problems.slice(1)) io.stderr.write(`  ${problem}\n`);
  return 2;
}

/** "Linting 120/2000 files" on stderr, only on a terminal, never in CI, only for long runs. */
class Progress {
  private readonly enabled: boolean;
  private count = 0;
  private lastDraw = 0;

  constructor(
    private readonly io: CliIo,
    private readonly total: number,
  ) {
    this.enabled = Boolean(io.stderr.isTTY) && !io.env.CI && total >= 50;
  }

  tick(): void {
    this.count++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && this.count < this.total) return;
    this.lastDraw = now;
    this.io.stderr.write(`\r\u001b[KLinting ${this.count}/${this.total} files…`);
  }

  done(): void {
    if (this.enabled && this.lastDraw > 0) this.io.stderr.write('\r\u001b[K');
  }
}
