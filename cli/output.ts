// Writing a report made in pieces: to standard output (waiting when the pipe is full) or
// to a file through a temporary file renamed over it, so a failed write never leaves half
// a report where a whole one was.

import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface ReportStream {
  write(text: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
}

export async function writeToStream(stream: ReportStream, chunks: Iterable<string>): Promise<void> {
  for (const piece of batched(chunks)) {
    if (stream.write(piece) === false && stream.once) await new Promise<void>((resolve) => stream.once!('drain', () => resolve()));
  }
}

export function writeFileAtomically(target: string, chunks: Iterable<string>): void {
  mkdirSync(dirname(target), { recursive: true });
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    const descriptor = openSync(temporary, 'w');
    try {
      for (const piece of batched(chunks)) writeSync(descriptor, piece);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Joins small report pieces into writes of about 64 KB. */
export function* batched(chunks: Iterable<string>): Generator<string> {
  let buffer = '';
  for (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= 65536) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}
