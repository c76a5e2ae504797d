// The server's file access in Node: `file:` URIs on the local file system.

import { readdir, readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { DirectoryEntry, FileAccess, FileStat } from './file-access.js';
import { reasonOf } from '../node/errors.js';

export class NodeFileAccess implements FileAccess {
  async readDirectory(uri: string): Promise<DirectoryEntry[] | undefined> {
    const path = pathOf(uri);
    if (!path) return undefined;
    const entries = await readdir(path, { withFileTypes: true }).catch(() => undefined);
    if (!entries) return undefined;
    const result: DirectoryEntry[] = [];
    for (const entry of entries) {
      if (entry.isSymbolicLink()) {
        // Links to files are followed; links to folders never (they can loop).
        const target = await stat(`${path}/${entry.name}`).catch(() => undefined);
        result.push({ name: entry.name, kind: target?.isFile() ? 'file' : 'other' });
      } else result.push({ name: entry.name, kind: entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other' });
    }
    return result;
  }

  async stat(uri: string): Promise<FileStat | undefined> {
    const path = pathOf(uri);
    const stats = path ? await stat(path).catch(() => undefined) : undefined;
    if (!stats) return undefined;
    return { kind: stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other', size: stats.size, mtime: stats.mtimeMs };
  }

  async readFile(uri: string): Promise<Uint8Array> {
    const path = pathOf(uri);
    if (!path) throw new Error(`not a local file (${uri})`);
    try {
      return await readFile(path);
    } catch (error) {
      throw new Error(reasonOf(error));
    }
  }
}

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

