// `--shard K/N`: which share of the selected files this run lints. A file's shard depends
// only on its own path (relative to the working directory, with `/` separators), so adding
// or removing a file never moves another file to a different shard, and every runner of a
// CI matrix agrees on the split without talking to the others.

import { createHash } from 'node:crypto';
import { displayPath } from '../node/files.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parses "K/N", or says what is wrong with it. */
export function parseShard(text: string): Shard | { problem: string } {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (!match) return { problem: `--shard expects K/N, shard K of N (e.g. 2/4); got "${text}".` };
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1) return { problem: `--shard ${text}: the number of shards must be 1 or more.` };
  if (index < 1 || index > count) return { problem: `--shard ${text}: K must be from 1 to ${count} (shards are numbered from 1).` };
  return { index, count };
}

/**
 * The 1-based shard of a path given relative to the run's base with `/` separators.
 * The first 6 bytes of its SHA-256 as a whole number, modulo N: spreads any set of names
 * evenly and is the same on every platform and Node version.
 */
export function shardOfPath(relativePath: string, count: number): number {
  const digest = createHash('sha256').update(relativePath, 'utf8').digest();
  return (digest.readUIntBE(0, 6) % count) + 1;
}

/** The files (absolute paths) of `files` that belong to `shard`, in their original order. */
export function filesOfShard(files: readonly string[], cwd: string, shard: Shard): string[] {
  if (shard.count === 1) return [...files];
  return files.filter((path) => shardOfPath(displayPath(path, cwd), shard.count) === shard.index);
}
