// A minimal LSP client over stdio, for the benchmark and the server fuzz test: JSON-RPC
// framing, requests with promises and a time limit, and a null answer to anything the server
// asks of the client (configuration, registrations, progress).

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

interface Waiter {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private nextId = 1;
  private readonly pending = new Map<number, Waiter>();
  private buffer = Buffer.alloc(0);
  stderr = '';
  readonly exited: Promise<{ code: number | null; signal: string | null }>;
  hasExited = false;
  /** Diagnostics the server pushed, by URI. */
  readonly pushed = new Map<string, unknown[]>();

  constructor(command: string, args: string[], options: { cwd?: string } = {}) {
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], cwd: options.cwd });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.child.stdin.on('error', () => undefined);
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
    void this.exited.then(({ code, signal }) => {
      this.hasExited = true;
      for (const { reject } of this.pending.values()) reject(new Error(`server exited (code ${code}, signal ${signal}): ${this.stderr.slice(-2000)}`));
      this.pending.clear();
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: (\d+)/i.exec(header)?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body));
    }
  }

  private dispatch(message: { id?: number; method?: string; result?: unknown; error?: { code: number; message: string }; params?: { uri?: string; diagnostics?: unknown[] } }): void {
    if (message.id !== undefined && message.method === undefined) {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!waiter) return;
      if (message.error) waiter.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else waiter.resolve(message.result);
    } else if (message.id !== undefined) {
      this.send({ jsonrpc: '2.0', id: message.id, result: null });
    } else if (message.method === 'textDocument/publishDiagnostics' && message.params?.uri) {
      this.pushed.set(message.params.uri, message.params.diagnostics ?? []);
    }
  }

  private send(message: unknown): void {
    if (this.hasExited) return;
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request<T = unknown>(method: string, params: unknown, timeoutMs = 30_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Initializes as a client that pulls diagnostics and answers no configuration requests. */
  async initialize(): Promise<void> {
    await this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        textDocument: { synchronization: { dynamicRegistration: false }, diagnostic: { dynamicRegistration: false }, publishDiagnostics: {}, codeAction: {} },
        workspace: { configuration: false },
      },
    });
    this.notify('initialized', {});
  }

  async shutdown(): Promise<void> {
    if (!this.hasExited) {
      try {
        await this.request('shutdown', null, 3000);
        this.notify('exit', null);
      } catch {
        // Gone already, or not answering: killed below.
      }
    }
    const timer = setTimeout(() => this.child.kill(), 3000);
    await this.exited;
    clearTimeout(timer);
  }
}

/** Resident set size of a process in MB, from /proc (Linux). */
export async function residentMegabytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

export interface Position {
  line: number;
  character: number;
}

/** LSP position (UTF-16) of an offset; lines end at CRLF, LF or CR. */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Lengths of the document's lines (line ends excluded). */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

/**
 * CPU time the process has used so far, all threads (the server's main thread, its lint worker,
 * V8's helpers), in ms, from /proc/PID/task/N/schedstat (nanoseconds; Linux). Unlike wall time
 * it does not count waiting for a CPU on a shared machine.
 */
export function processCpuMilliseconds(pid: number): number {
  return cpuMilliseconds(pid);
}

/** CPU time of the process's main thread alone (the LSP connection, not the lint worker), in ms. */
export function mainThreadCpuMilliseconds(pid: number): number {
  return cpuMilliseconds(pid, pid);
}

function cpuMilliseconds(pid: number, onlyThread?: number): number {
  let nanoseconds = 0;
  let tasks: string[] = [];
  try {
    tasks = onlyThread === undefined ? readdirSync(`/proc/${pid}/task`) : [String(onlyThread)];
  } catch {
    return NaN;
  }
  for (const task of tasks) {
    try {
      nanoseconds += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // The thread ended meanwhile.
    }
  }
  return nanoseconds / 1e6;
}
