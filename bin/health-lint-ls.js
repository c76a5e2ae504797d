#!/usr/bin/env node
// The Health Lint language server for any LSP client: `health-lint-ls --stdio`.
require('../dist/server.js');
