// Entry point of the language server (`dist/server.js`, `health-lint-ls`). The transport
// comes from the command line: `--stdio` (editors such as Neovim, Helix, Emacs), or
// `--node-ipc` when VS Code's language client starts it. With no transport flag, stdio.
// The same bundle also runs as the server's lint worker thread.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import packageJson from '../package.json';
import { isLintWorker, runLintWorker } from './lint-worker.js';
import { startServer } from './server.js';

if (isLintWorker()) runLintWorker();
else startLanguageServer();

function startLanguageServer(): void {
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
  }

  const connection = createConnection(ProposedFeatures.all);

  // A bug must cost one answer, not the server: log it and carry on.
  process.on('uncaughtException', (error) => connection.console.error(`[health-lint] unexpected error: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) =>
    connection.console.error(`[health-lint] unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`),
  );

  startServer(connection, { workerScript: __filename });
  connection.listen();
}
