#!/usr/bin/env bash
# The test command: prepares the machine if needed, runs the whole suite (typecheck, unit,
# server, CLI, Chromium and Neovim tests, accuracy evaluation), then the end-to-end test of
# the packaged extension in a real VS Code (code-server, installed on first use and cached).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm test
# The end-to-end run reads VS Code's virtualised Problems list by scrolling it; that read has
# been seen to time out once in several runs on a loaded machine. One more full run tells a
# flaky read from a real failure, which fails both.
if ! npm run test:e2e; then
  echo "test:e2e failed; running it once more to tell a flaky read from a real failure" >&2
  npm run test:e2e
fi
