// Shared by the CLI tests: a fresh bundle of the CLI (so tests never run a stale dist/),
// a runner that spawns it like a user would, and throwaway copies of fixture folders.

import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

export const repoRoot = join(__dirname, '..', '..');
export const fixturesRoot = join(repoRoot, 'test', 'fixtures', 'cli');

let built: Promise<string> | undefined;

/** Bundles cli/main.ts the way esbuild.mjs does, once per test run; returns the script path. */
export function buildCli(): Promise<string> {
  built ??= (async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'health-lint-cli-')), 'cli.js');
    await esbuild.build({
      entryPoints: [join(repoRoot, 'cli', 'main.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      mainFields: ['module', 'main'],
      logLevel: 'error',
      define: { 'import.meta.url': 'undefined' },
    });
    return outfile;
  })();
  return built;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in a child process with a clean, CI-like environment (no colours unless asked). */
export async function runCli(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<CliRun> {
  const script = await buildCli();
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A private copy of a fixture folder, so tests can add, fix and break files freely. */
export function copyFixture(name: string): string {
  const target = join(mkdtempSync(join(tmpdir(), `health-lint-${name}-`)), name);
  cpSync(join(fixturesRoot, name), target, { recursive: true });
  return target;
}

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>.md';

/** The basic fixture plus a file whose name and content try to run script. */
export function hostileFixture(): string {
  const folder = copyFixture('basic');
  writeFileSync(join(folder, HOSTILE_NAME), 'A miracle <script>alert("x")</script> & "quotes", very much.\n');
  return folder;
}
