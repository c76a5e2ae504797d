// The file problems that the command line and the language server's workspace lint both
// report, worded once so the two say the same thing.

import type { FileProblem } from './model.js';

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** A file over the `maxFileSize` limit, not linted. */
export function tooLargeProblem(size: number, maxFileSize: number): FileProblem {
  return { severity: 'warning', message: `Not linted: ${formatSize(size)} is larger than the ${formatSize(maxFileSize)} limit (setting "maxFileSize").` };
}

/** A file with NUL bytes, not linted. */
export const BINARY_PROBLEM: FileProblem = { severity: 'warning', message: 'Not linted: the file looks binary (it contains NUL bytes).' };
