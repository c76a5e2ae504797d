#!/usr/bin/env node
// `health-lint` command (`npx health-lint` in this repository): runs the bundled CLI,
// building it first when a fresh checkout has no dist/ yet.
'use strict';
const { existsSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli) && existsSync(join(root, 'esbuild.mjs'))) {
  process.stderr.write('health-lint: building dist/ first (npm run build)…\n');
  const build = spawnSync(process.execPath, [join(root, 'esbuild.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    process.stderr.write('health-lint: the build failed; run `npm run build` to see why.\n');
    process.exit(2);
  }
}
if (!existsSync(cli)) {
  process.stderr.write('health-lint: dist/cli.js is missing; run `npm run build` first.\n');
  process.exit(2);
}
require(cli);
