// Where a run's time goes, for `HEALTH_LINT_TIMING=1 health-lint ...` (the workspace benchmark
// sets it): start-up, discovery, reading, `Linter.lint`, positions, messages and the report,
// per thread, on standard error. Off by default; it changes nothing else in the run.
//
// Wall-clock spans come from `performance.now()`. On a shared machine a thread is sometimes
// waiting for a core inside a span, so each thread's spans are scaled by the share of its
// wall time it spent on a core (its own CPU time from /proc/thread-self/stat, Linux only).

import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';

export const TIMING_ENV = 'HEALTH_LINT_TIMING';

export function timingRequested(env: NodeJS.ProcessEnv): boolean {
  const value = env[TIMING_ENV];
  return value !== undefined && value !== '' && value !== '0';
}

/** Milliseconds spent in the steps of linting files; lintFile adds to it when given one. */
export interface FileTimes {
  files: number;
  /** stat, read and decode. */
  readMs: number;
  /** `Linter.lint` (every pass with --fix). */
  lintMs: number;
  /** Offsets to lines and columns. */
  positionsMs: number;
}

export interface ThreadTimes extends FileTimes {
  /** From the thread's start to its first file (loading the bundle, building the rules). */
  startupMs: number;
  /** Garbage collection, mostly inside `lintMs`. */
  gcMs: number;
  /** The thread's life so far, and its CPU time (undefined where it cannot be read). */
  wallMs: number;
  cpuMs?: number;
}

export function emptyFileTimes(): FileTimes {
  return { files: 0, readMs: 0, lintMs: 0, positionsMs: 0 };
}

/** CPU time (user + system) of the calling thread in ms, or undefined off Linux. */
export function threadCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // Fields after the command name (which may hold spaces) in parentheses; utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
/** USER_HZ: 100 on every Linux port Node supports. */
const CLOCK_TICKS_PER_SECOND = 100;

/** Sums the garbage collection pauses of this thread from now on. */
export function watchGarbageCollection(): { readonly ms: number; stop(): void } {
  const total = { ms: 0, stop: () => observer.disconnect() };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) total.ms += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  return total;
}

export interface MainTimes {
  startupMs: number;
  discoveryMs: number;
  lintingMs: number;
  reportMs: number;
  totalMs: number;
  cpuMs?: number;
  /** Garbage collection on the main thread. */
  gcMs: number;
}

/** The breakdown as text: one line per thread, then the process's CPU split into linting and the rest. */
export function formatTiming(main: MainTimes, threads: readonly ThreadTimes[], processCpuMs: number): string {
  const ms = (value: number) => `${Math.round(value)} ms`;
  const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
  const lines = [
    `${TIMING_ENV}: where the time went`,
    `  main thread: start-up ${ms(main.startupMs)}, configuration and discovery ${ms(main.discoveryMs)}, linting ${ms(main.lintingMs)}, report ${ms(main.reportMs)}, total ${ms(main.totalMs)} wall` +
      `${main.cpuMs === undefined ? '' : `; ${ms(main.cpuMs)} CPU`} (garbage collection ${ms(main.gcMs)})`,
  ];
  let lintCpu = 0;
  for (const [index, thread] of threads.entries()) {
    // The share of the thread's wall time it was on a core; spans are scaled by it.
    const onCore = thread.cpuMs !== undefined && thread.wallMs > 0 ? Math.min(1, thread.cpuMs / thread.wallMs) : 1;
    lintCpu += thread.lintMs * onCore;
    const other = thread.wallMs - thread.startupMs - thread.readMs - thread.lintMs - thread.positionsMs;
    lines.push(
      `  ${threads.length === 1 && index === 0 && thread.startupMs === 0 ? 'in-process' : `worker ${index + 1}`}: ${thread.files} files; ` +
        `start-up ${ms(thread.startupMs)}, reading ${ms(thread.readMs)}, Linter.lint ${ms(thread.lintMs)} (garbage collection ${ms(thread.gcMs)}), ` +
        `positions ${ms(thread.positionsMs)}, messages and waiting ${ms(Math.max(0, other))}; ${ms(thread.wallMs)} wall` +
        `${thread.cpuMs === undefined ? '' : `, ${ms(thread.cpuMs)} CPU (${Math.round(onCore * 100)}% on a core)`}`,
    );
  }
  const files = threads.reduce((sum, thread) => sum + thread.files, 0);
  const rest = processCpuMs - lintCpu;
  let split = '';
  const threadCpu = threads.every((thread) => thread.cpuMs !== undefined) ? threads.reduce((sum, thread) => sum + (thread.cpuMs ?? 0), 0) : undefined;
  if (threadCpu !== undefined && (main.cpuMs !== undefined || (threads.length === 1 && threads[0].startupMs === 0))) {
    // In-process, the linting thread is the main thread: its CPU is counted once.
    const mainCpu = main.cpuMs ?? 0;
    const background = processCpuMs - threadCpu - mainCpu;
    split = ` = linting threads outside Linter.lint ${seconds(threadCpu - lintCpu)} + main thread ${seconds(mainCpu)} + V8's own threads (optimizing compiler, garbage collection helpers) ${seconds(background)}`;
  }
  lines.push(
    `  process CPU ${seconds(processCpuMs)}: Linter.lint ${seconds(lintCpu)} (${percent(lintCpu, processCpuMs)}), everything else ${seconds(rest)} (${percent(rest, processCpuMs)})${split}`,
  );
  if (files > 0) lines.push(`  per file: ${(lintCpu / files).toFixed(2)} ms in Linter.lint + ${(rest / files).toFixed(2)} ms else`);
  return lines.join('\n') + '\n';
}

function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : '-';
}
