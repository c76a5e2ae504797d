#!/usr/bin/env bash
# The test command: prepares the machine if needed, then runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm test
