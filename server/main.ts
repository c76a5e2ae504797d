// Entry point of the language server (`dist/server.js`, `health-lint-ls`). The transport
// comes from the command line: `--stdio` (editors such as Neovim, Helix, Emacs), or
// `--node-ipc` when VS Code's language client starts it. With no transport flag, stdio.
// The same bundle also runs as the server's lint worker thread, which needs none of the LSP
// side: loaded with `require` (not an import), the bundler leaves it out of the worker's start-up
// (the LSP library took ~2 MB of the worker's heap).

import { isLintWorker, runLintWorker, startLintWorkerEarly } from './lint-worker.js';

if (isLintWorker()) runLintWorker();
else {
  // The worker starts first, so that it loads the rules while this thread loads the LSP library.
  const informational = process.argv.slice(2).some((arg) => ['--version', '-v', '--help', '-h'].includes(arg));
  if (!informational) startLintWorkerEarly(__filename);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('./language-server.js') as typeof import('./language-server.js')).startLanguageServer();
}
