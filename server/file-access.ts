// The language server's only way to the workspace's files (config discovery, workspace
// listing, reading files to lint). In Node it is the file system; in a browser's web worker
// it is the client's `workspace.fs`, asked over LSP (browser-file-access.ts). Everything
// is addressed by URI, so the server need not know which it has.

import type { DirectoryEntry, FileStat } from '../protocol/workspace.js';

export type { DirectoryEntry, FileKind, FileStat } from '../protocol/workspace.js';

export interface FileAccess {
  /** A folder's entries, or undefined when it cannot be read. */
  readDirectory(uri: string): Promise<DirectoryEntry[] | undefined>;
  /** What is at `uri`, or undefined when nothing is. */
  stat(uri: string): Promise<FileStat | undefined>;
  /** A file's bytes; throws an Error whose message says why it cannot be read. */
  readFile(uri: string): Promise<Uint8Array>;
}

/** The URI of `name` inside the folder `folderUri`. */
export function childUri(folderUri: string, name: string): string {
  return `${folderUri.replace(/\/+$/, '')}/${encodeURIComponent(name)}`;
}

/** The folder containing `uri` (its last segment removed), or undefined at the top. */
export function parentUri(uri: string): string | undefined {
  const match = /^([a-z][\w+.-]*:\/\/[^/]*)(\/.*)?$/i.exec(uri.replace(/[?#].*$/, ''));
  if (!match) return undefined;
  const path = (match[2] ?? '').replace(/\/+$/, '');
  if (path === '') return undefined;
  return match[1] + path.slice(0, path.lastIndexOf('/'));
}

/** A URI in one spelling, so that `file:///a%20b` and `file:///a b` compare equal. */
export function uriKey(uri: string): string {
  try {
    return decodeURIComponent(uri).replace(/\/+$/, '');
  } catch {
    return uri.replace(/\/+$/, '');
  }
}
