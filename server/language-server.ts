// The language server's main thread: command-line options, V8 heap settings, the connection
// on the transport the command line names. main.ts loads this only on the main thread, so the
// lint worker (the same bundle) does not initialise the LSP library.

import { inspect } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures, type Connection, type MessageReader } from 'vscode-languageserver/node';
import packageJson from '../package.json';
import { HEAP_GROWING_FLAG } from './code-cache.js';
import { heapFigures, LintRunner } from './lint-worker.js';
import { NodeFileAccess } from './node-file-access.js';
import { startServer } from './server.js';
import { StdioMessageWriter } from './stdio-writer.js';
import { RequestTimings } from './timing.js';

/** A lint that takes longer is abandoned (its worker replaced) and the document reported as not linted. */
const LINT_TIME_LIMIT_MS = 60_000;

export function startLanguageServer(): void {
  const args = process.argv.slice(2);
  if (args.includes('--version') || args.includes('-v')) {
    process.stdout.write(`${packageJson.version}\n`);
    process.exit(0);
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(
      [
        'Usage: health-lint-ls [--stdio | --node-ipc | --socket=PORT]',
        '',
        'The Health Lint language server. Editors start it and talk LSP to it;',
        'with no transport option it uses stdin/stdout (--stdio).',
        '',
      ].join('\n'),
    );
    process.exit(0);
  }
  if (!args.some((arg) => arg === '--stdio' || arg === '--node-ipc' || arg.startsWith('--socket=') || arg.startsWith('--pipe='))) {
    process.argv.push('--stdio');
    args.push('--stdio');
  }

  // Under a steady stream of edits V8 let each thread reserve 2-4 times its live heap (measured
  // with bench/load.mjs: 155 MB reserved for 35 MB live on the main thread, RSS ~370 MB). A
  // smaller growing step (V8's default is decided per GC, up to 4x) kept RSS at ~270 MB for
  // ~13% more CPU. V8 reads this flag at every collection; it holds for the lint worker too.
  setFlagsFromString(HEAP_GROWING_FLAG);

  const timings = new RequestTimings(new Set(['textDocument/diagnostic', 'textDocument/codeAction']));
  const connection = connectionFor(args, timings);

  // A bug must cost one answer, not the server: log it and carry on.
  process.on('uncaughtException', (error) => connection.console.error(`[health-lint] unexpected error: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) =>
    connection.console.error(`[health-lint] unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`),
  );

  const linter = new LintRunner(__filename, LINT_TIME_LIMIT_MS, (message) => connection.console.log(`[health-lint] ${message}`));
  startServer(connection, {
    linter,
    fileAccess: new NodeFileAccess(),
    timings,
    memoryUsage: async (collectGarbage) => ({
      rss: process.memoryUsage.rss(),
      main: heapFigures(collectGarbage),
      worker: await linter.workerHeap(collectGarbage),
    }),
  });
  connection.listen();
}

/**
 * The connection on the transport the command line names. For stdio and node IPC (the ones
 * editors use) the writer is wrapped so the server's own time per request can be recorded;
 * sockets and pipes are left to vscode-languageserver and go untimed.
 */
function connectionFor(args: string[], timings: RequestTimings): Connection {
  const options = { messageStrategy: timings.messageStrategy };
  if (args.includes('--node-ipc')) {
    return createConnection(ProposedFeatures.all, new IPCMessageReader(process), timings.wrap(new IPCMessageWriter(process)), options);
  }
  if (args.includes('--stdio')) {
    // stdin is passed as a stream (not a reader) so the connection still ends the process when
    // the editor closes it.
    const input = process.stdin as unknown as MessageReader;
    const connection = createConnection(ProposedFeatures.all, input, timings.wrap(new StdioMessageWriter(process.stdout)), options);
    logConsoleTo(connection);
    return connection;
  }
  return createConnection(ProposedFeatures.all);
}

/** stdout carries the protocol: anything written with `console` goes to the client's log instead. */
function logConsoleTo(connection: Connection): void {
  const text = (args: unknown[]) => args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg))).join(' ');
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(text(args));
  console.warn = (...args: unknown[]) => connection.console.warn(text(args));
  console.error = console.trace = (...args: unknown[]) => connection.console.error(text(args));
  console.dir = (value: unknown) => connection.console.log(inspect(value));
}
