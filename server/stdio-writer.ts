// Writes LSP messages to stdout: the header and the JSON body, at once. vscode-jsonrpc's stream
// writer queues each message behind a semaphore (one event-loop turn) and resolves only once
// the stream has flushed it, which for a 150 KB answer means once the client has read it (a
// pipe holds 64 KB). This one hands the bytes to the stream and is done, so the server's own time
// per request (timing.ts) ends when the answer leaves the server, not when the client has read
// it. Messages go out in the order they are written; the stream buffers what the pipe cannot
// take yet.

import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

/**
 * From this many items on, a result's items are encoded one by one and a frozen item's JSON is
 * kept with it: a long document's diagnostics are mostly the same objects from one keystroke to
 * the next (linting.ts), and encoding 400 of them again was most of the cost of an answer.
 */
const KEEP_ITEMS_FROM = 64;
const ITEMS_MARK = '\u0000items of this result\u0000';
const itemJson = new WeakMap<object, string>();

/** The message as UTF-8 JSON, byte for byte what `JSON.stringify` gives. */
export function encodeMessage(message: Message): Buffer {
  return Buffer.from(messageJson(message), 'utf8');
}

function messageJson(message: Message): string {
  const result = (message as { result?: unknown }).result;
  const items = typeof result === 'object' && result !== null ? (result as { items?: unknown }).items : undefined;
  if (!Array.isArray(items) || items.length < KEEP_ITEMS_FROM) return JSON.stringify(message);
  const around = JSON.stringify({ ...message, result: { ...(result as object), items: ITEMS_MARK } }).split(JSON.stringify(ITEMS_MARK));
  if (around.length !== 2) return JSON.stringify(message);
  return `${around[0]}[${items.map(jsonOfItem).join(',')}]${around[1]}`;
}

function jsonOfItem(item: unknown): string {
  // Only a frozen item cannot change after its JSON is kept.
  const keep = typeof item === 'object' && item !== null && Object.isFrozen(item);
  let json = keep ? itemJson.get(item) : undefined;
  if (json === undefined) {
    json = JSON.stringify(item) ?? 'null';
    if (keep) itemJson.set(item, json);
  }
  return json;
}

export class StdioMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {
    super();
    stream.on('error', (error: Error) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    try {
      const body = encodeMessage(message);
      this.stream.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]), (error) => {
        if (error) this.fireError(error, message, ++this.errors);
        else this.errors = 0;
      });
      return Promise.resolve();
    } catch (error) {
      this.fireError(error, message, ++this.errors);
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  end(): void {
    this.stream.end();
  }
}
