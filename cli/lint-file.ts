// Lints one file from disk (in a worker thread or in-process) and, with `--fix`, writes the
// safe fixes back. A file that cannot be linted (unreadable, binary, too large) yields a
// file problem, never a throw, so the run goes on.
//
// Fixing keeps the file's byte order mark and line endings, writes through a temporary
// file in the same folder and renames it over the original (atomic on POSIX), and leaves
// files whose text would not change untouched (their modification time stays).

import { chmodSync, closeSync, fstatSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  applyEdits,
  computeLineStarts,
  DEFAULT_MAX_FILE_SIZE,
  languageOfPath,
  lineOfOffset,
  type Finding,
  type HealthLintConfig,
  type Linter,
  type TextEdit,
} from '../rules/index.js';
import type { FileProblem, ReportFinding } from '../report/index.js';
import { toReportFindings } from '../report/findings.js';
import { BINARY_PROBLEM, tooLargeProblem } from '../report/problems.js';
import { reasonOf } from '../node/errors.js';
import type { FileTimes } from './timing.js';

export interface FileOutcome {
  path: string;
  findings: ReportFinding[];
  problems: FileProblem[];
  fixed: boolean;
}

/** ESLint's limit: fixes can enable other fixes, but never loop forever. */
const MAX_FIX_PASSES = 10;

/** Decoders are stateless between whole-buffer calls; one of each serves every file. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/** `times`, when given, gets the time of each step added (HEALTH_LINT_TIMING). */
/** A file's text, or why it is not linted: too large, unreadable, binary. Invalid UTF-8 is decoded leniently (and then never written back). */
export function readTextFile(path: string, maxFileSize: number): { text: string; hasBom: boolean; validUtf8: boolean } | { problem: FileOutcome['problems'][number] } {
  let bytes: Buffer;
  try {
    // One open for the size check and the read (no separate stat of the path).
    const descriptor = openSync(path, 'r');
    try {
      const size = fstatSync(descriptor).size;
      if (size > maxFileSize) return { problem: tooLargeProblem(size, maxFileSize) };
      bytes = readFileSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    return { problem: { severity: 'error', message: `Cannot read the file: ${reasonOf(error)}` } };
  }
  if (bytes.subarray(0, 8000).includes(0)) return { problem: BINARY_PROBLEM };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: strictUtf8.decode(body), hasBom, validUtf8: true };
  } catch {
    return { text: lenientUtf8.decode(body), hasBom, validUtf8: false };
  }
}

export function lintFile(path: string, linter: Linter, config: HealthLintConfig, fix: boolean, times?: FileTimes): FileOutcome {
  try {
    return lintFileUnguarded(path, linter, config, fix, times);
  } catch (error) {
    // A parser bug on one file must not end the run: report it for that file.
    const reason = error instanceof Error ? error.message : String(error);
    return { path, findings: [], problems: [{ severity: 'error', message: `Internal error while linting this file: ${reason}` }], fixed: false };
  }
}

function lintFileUnguarded(path: string, linter: Linter, config: HealthLintConfig, fix: boolean, times: FileTimes | undefined): FileOutcome {
  const outcome: FileOutcome = { path, findings: [], problems: [], fixed: false };
  const language = languageOfPath(path) ?? 'plaintext';
  const maxFileSize = config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let started = times ? performance.now() : 0;
  if (times) times.files++;
  const read = readTextFile(path, maxFileSize);
  if ('problem' in read) {
    outcome.problems.push(read.problem);
    return outcome;
  }
  let { text } = read;
  const { hasBom, validUtf8 } = read;
  if (times) {
    const now = performance.now();
    times.readMs += now - started;
    started = now;
  }

  let result = linter.lint(text, language);
  if (fix && validUtf8 && !result.skipped) {
    const original = text;
    const eol = dominantLineEnding(text);
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const edits = safeEdits(result.findings, eol);
      if (edits.length === 0) break;
      const next = applyEdits(text, edits);
      if (next === text) break;
      text = next;
      result = linter.lint(text, language);
    }
    if (text !== original) {
      try {
        writeAtomically(path, hasBom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]) : Buffer.from(text, 'utf8'));
        outcome.fixed = true;
      } catch (error) {
        outcome.problems.push({ severity: 'error', message: `Cannot write the fixes: ${reasonOf(error)}` });
        text = original;
        result = linter.lint(text, language);
      }
    }
  } else if (fix && !validUtf8) {
    outcome.problems.push({ severity: 'warning', message: 'Not fixed: the file is not valid UTF-8, and rewriting it would change bytes it does not mean to.' });
  }

  if (result.skipped) outcome.problems.push({ severity: 'warning', message: capitalize(result.skipped) + '.' });
  for (const failure of result.failures) {
    outcome.problems.push({ severity: 'error', message: `Rule "${failure.ruleId}" failed on this file and its findings are missing: ${failure.message}` });
  }
  if (times) {
    const now = performance.now();
    times.lintMs += now - started;
    started = now;
  }
  outcome.findings = toReportFindings(text, result.findings);
  if (times) times.positionsMs += performance.now() - started;
  return outcome;
}

/** One safe fix per finding (the first), line breaks in new text matched to the file's. */
function safeEdits(findings: readonly Finding[], eol: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    const first = finding.fixes[0];
    if (!first) continue;
    for (const edit of first.edits) edits.push(eol === '\n' ? edit : { ...edit, newText: edit.newText.replace(/\r?\n/g, eol) });
  }
  return edits;
}

function dominantLineEnding(text: string): string {
  let crlf = 0;
  let lf = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (text.charCodeAt(at - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}


/** Writes next to the target and renames over it, so readers never see half a file. */
export function writeAtomically(path: string, content: Buffer): void {
  const target = realpathSync(path);
  const mode = statSync(target).mode;
  const temporary = join(dirname(target), `.${basename(target)}.health-lint-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  const descriptor = openSync(temporary, 'wx', mode & 0o7777);
  try {
    let written = 0;
    while (written < content.length) written += writeSync(descriptor, content, written);
    fsyncSync(descriptor);
    if ((fstatSync(descriptor).mode & 0o7777) !== (mode & 0o7777)) chmodSync(temporary, mode & 0o7777);
  } catch (error) {
    closeSync(descriptor);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(descriptor);
  try {
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
