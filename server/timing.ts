// The server's own time per request: from the moment the connection hands a request to its
// handler to the moment the answer has been handed to the transport (JSON included). A client
// can only time the round trip, which adds its own JSON, the pipe and its event loop; this is
// what the server spends, waiting for its lint worker included. The benchmark reads it through
// the `healthLint/serverTimings` request.

import type { Message, MessageStrategy, MessageWriter } from 'vscode-languageserver/node';

type NotificationResult = void | Promise<void>;

/** The request that answers the recorded durations (not part of LSP). */
export const SERVER_TIMINGS_REQUEST = 'healthLint/serverTimings';

/** The series `record` adds from the pull handler: its wait for the lint (worker included). */
export const LINT_WAIT_SERIES = 'textDocument/diagnostic: waiting for the lint';

/** Durations kept per method; older ones are dropped, so a long session stays small. */
const KEPT_PER_METHOD = 10_000;
/** Requests in flight that are timed at once; more means answers are being lost, so start over. */
const MAX_IN_FLIGHT = 10_000;

export interface ServerTimingsAnswer {
  /** Milliseconds per answered request, oldest first, by method. */
  durations: Record<string, number[]>;
}

export class RequestTimings {
  private readonly started = new Map<number | string, { method: string; at: number }>();
  private readonly durations = new Map<string, number[]>();

  constructor(private readonly methods: ReadonlySet<string>) {}

  /** Notes when each timed request reaches its handler. */
  readonly messageStrategy: MessageStrategy = {
    handleMessage: (message: Message, next: (message: Message) => NotificationResult): NotificationResult => {
      const request = message as { id?: number | string | null; method?: string };
      if (request.method !== undefined && request.id !== undefined && request.id !== null && this.methods.has(request.method)) {
        if (this.started.size >= MAX_IN_FLIGHT) this.started.clear();
        this.started.set(request.id, { method: request.method, at: performance.now() });
      }
      return next(message);
    },
  };

  /** A writer that records, for each timed request, when its answer has been written. */
  wrap(writer: MessageWriter): MessageWriter {
    const finish = (message: Message) => {
      const response = message as { id?: number | string | null; method?: string };
      if (response.method !== undefined || response.id === undefined || response.id === null) return;
      const start = this.started.get(response.id);
      if (!start) return;
      this.started.delete(response.id);
      this.record(start.method, performance.now() - start.at);
    };
    return {
      onError: writer.onError,
      onClose: writer.onClose,
      write: (message: Message) => {
        const written = writer.write(message);
        return written.then(() => finish(message));
      },
      end: () => writer.end(),
      dispose: () => writer.dispose(),
    };
  }

  /** The durations recorded so far; `reset` starts a new series. */
  take(reset: boolean): ServerTimingsAnswer {
    const durations: Record<string, number[]> = {};
    for (const [method, values] of this.durations) durations[method] = [...values];
    if (reset) this.durations.clear();
    return { durations };
  }

  /** Adds a duration to a series of its own (a part of some request's time). */
  record(method: string, milliseconds: number): void {
    let values = this.durations.get(method);
    if (!values) this.durations.set(method, (values = []));
    values.push(milliseconds);
    if (values.length > KEPT_PER_METHOD) values.splice(0, values.length - KEPT_PER_METHOD);
  }
}
