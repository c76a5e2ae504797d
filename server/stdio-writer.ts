// Writes LSP messages to stdout: the header and the JSON body, at once. vscode-jsonrpc's stream
// writer queues each message behind a semaphore (one event-loop turn) and resolves only once
// the stream has flushed it, which for a 150 KB answer means once the client has read it (a
// pipe holds 64 KB). This one hands the bytes to the stream and is done, so the server's own time
// per request (timing.ts) ends when the answer leaves the server, not when the client has read
// it. Messages go out in the order they are written; the stream buffers what the pipe cannot
// take yet.

import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

export class StdioMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {
    super();
    stream.on('error', (error: Error) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    try {
      const body = Buffer.from(JSON.stringify(message), 'utf8');
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
