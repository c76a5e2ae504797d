#!/usr/bin/env bash
# The test command: prepares the machine if needed, runs the whole suite (typecheck, unit,
# server, CLI, Chromium and Neovim tests, accuracy evaluation), then the end-to-end test of
# the packaged extension in a real VS Code (code-server, installed on first use and cached).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm test
npm run test:e2e
