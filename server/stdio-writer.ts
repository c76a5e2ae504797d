// Writes LSP messages to stdout: the header and the JSON body, at once. vscode-jsonrpc's stream
// writer queues each message behind a semaphore (one event-loop turn) and resolves only once
// the stream has flushed it, which for a 150 KB answer means once the client has read it (a
// pipe holds 64 KB). This one hands the bytes to the stream and is done, so the server's own time
// per request (timing.ts) ends when the answer leaves the server, not when the client has read
// it. Messages go out in the order they are written; the stream buffers what the pipe cannot
// take yet.
//
// A long list (a document's diagnostics) is serialised in groups of items. V8 returns
// `JSON.stringify`'s result as a rope of parts; reading a rope of 200 KB (to encode it) first
// copies it into one flat string, which V8 allocates in its large-object space, fresh pages each
// time. On this project's machines that copy cost more than the rest of the answer's JSON
// (`npx tsx bench/json-writer.ts`); groups of a few dozen items stay small strings.

import type { Writable } from 'node:stream';
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

/** Items per group: ~40 diagnostics are ~20 KB of JSON, far below V8's large-object size (128 KB). */
const ITEMS_PER_GROUP = 40;

export class StdioMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly stream: Writable) {
    super();
    stream.on('error', (error: Error) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    try {
      const body = encodeMessage(message);
      let length = 0;
      for (const part of body) length += part.length;
      // Corked, the header and the parts leave in one write (writev): no 250 KB buffer to join them in.
      this.stream.cork();
      this.stream.write(Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'ascii'));
      for (let index = 0; index < body.length; index++) {
        const last = index === body.length - 1;
        this.stream.write(
          body[index],
          last
            ? (error) => {
                if (error) this.fireError(error, message, ++this.errors);
                else this.errors = 0;
              }
            : undefined,
        );
      }
      this.stream.uncork();
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

/** Stands in for the long list in the rest of the message; JSON writes it as "\u0000health-lint-items\u0000". */
const PLACEHOLDER = '\u0000health-lint-items\u0000';
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);

/**
 * The message as UTF-8 JSON, in parts whose concatenation is exactly `JSON.stringify(message)`:
 * a long list of a response's result (`items`, or the result itself) or of a notification's
 * `diagnostics` goes in groups, the rest around it. Exported for tests.
 */
export function encodeMessage(message: Message): Buffer[] {
  const list = longListOf(message);
  if (!list) return [Buffer.from(JSON.stringify(message), 'utf8')];
  const { items, replaced } = list;
  const shell = JSON.stringify(replaced);
  const at = shell.indexOf(PLACEHOLDER_JSON);
  const parts = [Buffer.from(shell.slice(0, at) + '[', 'utf8')];
  for (let from = 0; from < items.length; from += ITEMS_PER_GROUP) {
    const group = JSON.stringify(items.slice(from, from + ITEMS_PER_GROUP));
    parts.push(Buffer.from((from === 0 ? '' : ',') + group.slice(1, -1), 'utf8'));
  }
  parts.push(Buffer.from(']' + shell.slice(at + PLACEHOLDER_JSON.length), 'utf8'));
  return parts;
}

/** The message with its long list replaced by the placeholder, and the list; undefined when it has none. */
function longListOf(message: Message): { items: unknown[]; replaced: unknown } | undefined {
  const { result, params } = message as { result?: unknown; params?: unknown };
  const long = (value: unknown): value is unknown[] => Array.isArray(value) && value.length > ITEMS_PER_GROUP;
  if (long(result)) return { items: result, replaced: { ...message, result: PLACEHOLDER } };
  const items = (result as { items?: unknown } | null | undefined)?.items;
  if (long(items) && isPlainObject(result)) return { items, replaced: { ...message, result: { ...result, items: PLACEHOLDER } } };
  const diagnostics = (params as { diagnostics?: unknown } | null | undefined)?.diagnostics;
  if (long(diagnostics) && isPlainObject(params)) return { items: diagnostics, replaced: { ...message, params: { ...params, diagnostics: PLACEHOLDER } } };
  return undefined;
}

/** Spreading keeps a plain object's JSON; an object with `toJSON` or a prototype of its own might not. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
