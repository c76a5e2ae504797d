// The server's file access in a browser's web worker, where there is no file system: every
// read is a request to the client, which answers it with `vscode.workspace.fs` (see
// client/browser-client.ts), so it works for any workspace the editor can open (github.dev,
// vscode.dev, code-server's web extension host).

import type { Connection } from 'vscode-languageserver';
import {
  READ_DIRECTORY_REQUEST,
  READ_FILE_REQUEST,
  STAT_REQUEST,
  type DirectoryEntry,
  type FileStat,
  type ReadFileResult,
  type UriParams,
} from '../protocol/workspace.js';
import type { FileAccess } from './file-access.js';

export class ClientFileAccess implements FileAccess {
  constructor(private readonly connection: Connection) {}

  async readDirectory(uri: string): Promise<DirectoryEntry[] | undefined> {
    const entries = await this.connection.sendRequest<DirectoryEntry[] | null>(READ_DIRECTORY_REQUEST, { uri } satisfies UriParams).catch(() => null);
    return entries ?? undefined;
  }

  async stat(uri: string): Promise<FileStat | undefined> {
    const stat = await this.connection.sendRequest<FileStat | null>(STAT_REQUEST, { uri } satisfies UriParams).catch(() => null);
    return stat ?? undefined;
  }

  async readFile(uri: string): Promise<Uint8Array> {
    const result = await this.connection.sendRequest<ReadFileResult>(READ_FILE_REQUEST, { uri } satisfies UriParams);
    if (!result) throw new Error('the file no longer exists');
    if ('error' in result) throw new Error(result.error);
    const binary = atob(result.base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
}
