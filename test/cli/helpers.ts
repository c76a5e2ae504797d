// Shared by the CLI tests: a fresh bundle of the CLI (so tests never run a stale dist/),
// a runner that spawns it like a user would, and throwaway copies of fixture folders.

import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import * as esbuild from 'esbuild';
import { runCli as runCliInProcess } from '../../cli/run.js';

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

const SARIF_SCHEMA_PATH = join(repoRoot, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
let sarifValidator: ReturnType<Ajv['compile']> | undefined;

/**
 * Problems of a SARIF log against the SARIF 2.1.0 JSON schema shipped in @microsoft/jest-sarif
 * (version 2.1.0-rtm.5, the schema the 2.1.0 standard was published with; draft-04, hence
 * ajv-draft-04), with ajv-formats for the `uri` and `date-time` formats. Empty when valid.
 */
export function validateSarif(log: unknown): string[] {
  if (!sarifValidator) {
    const schema = JSON.parse(readFileSync(SARIF_SCHEMA_PATH, 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }); // the schema's language pattern has a stray ']' that only non-unicode regexes accept
    addFormats(ajv);
    sarifValidator = ajv.compile(schema);
  }
  return sarifValidator(log) ? [] : (sarifValidator.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** Sentences for generated articles (written for these tests): some trip rules, some are careful. */
const ARTICLE_SENTENCES = [
  'This miracle tea cures insomnia in a week.',
  'Ginger may ease nausea in some people, according to a 2019 review.',
  'Take 400 mg of magnesium every night before bed.',
  'Our cleanse is completely safe and has no side effects.',
  'Studies show that cold showers boost immunity.',
  'Many users report that the patch melted their back pain away.',
  'Buy now and get a second bottle free.',
  'Walking after meals is linked to lower blood sugar in several trials.',
  'In mice, the extract shrank tumours by half.',
  'This breakthrough serum reverses ageing overnight.',
  'See the [full offer](https://shop.example.com/serum?ref=writer42&utm_source=newsletter).',
  'Sleep needs differ from person to person.',
];

/**
 * A workspace of `count` generated articles (Markdown, text and HTML, in nested folders,
 * some names with spaces and accents), all with the built-in rules' defaults.
 */
export function generatedWorkspace(count: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'health-lint-generated-'));
  const folders = ['', 'news', 'news/2026', 'guides', 'guides/sleep well'];
  for (const sub of folders) if (sub) mkdirSync(join(folder, sub), { recursive: true });
  for (let index = 0; index < count; index++) {
    const sentences = [0, 1, 2].map((offset) => ARTICLE_SENTENCES[(index * 5 + offset * 7) % ARTICLE_SENTENCES.length]);
    const kind = index % 6;
    const name = `${index % 9 === 4 ? 'café ' : 'article-'}${index}`;
    const path = join(folder, folders[index % folders.length]);
    if (kind === 5) writeFileSync(join(path, `${name}.html`), `<h1>Note ${index}</h1>\n<p>${sentences.join(' ').replace(/\[(.+?)\]\((.+?)\)/g, '<a href="$2">$1</a>')}</p>\n`);
    else if (kind === 4) writeFileSync(join(path, `${name}.txt`), `${sentences.join(' ').replace(/\[(.+?)\]\((.+?)\)/g, '$1: $2')}\n`);
    else writeFileSync(join(path, `${name}.md`), `# Note ${index}\n\n${sentences.slice(0, 2).join(' ')}\n\n${sentences[2]}\n`);
  }
  return folder;
}

/**
 * Runs the CLI in this process (much cheaper than a child process on a busy machine);
 * worker threads, when a run uses them, run the fresh bundle.
 */
export async function runCliHere(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<CliRun> {
  const workerScript = await buildCli();
  let stdout = '';
  let stderr = '';
  const code = await runCliInProcess(args, {
    cwd: options.cwd,
    env: { ...options.env },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    workerScript,
  });
  return { code, stdout, stderr };
}
