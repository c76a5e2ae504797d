// Runs the extension's integration suite inside a real VS Code with @vscode/test-electron:
// `npm run test:vscode`. It needs to download VS Code; where that is impossible (machines
// that reach only the npm registry), it says so and exits non-zero rather than pretend.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const seedsDir = resolve(repoRoot, '..', 'shared', 'corpus', 'seeds');

if (!existsSync(join(repoRoot, 'dist', 'client.js')) || !existsSync(join(repoRoot, 'dist', 'server.js'))) {
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let vscodeExecutablePath;
try {
  vscodeExecutablePath = await downloadAndUnzipVSCode({ version: process.env.VSCODE_TEST_VERSION ?? 'stable', timeout: 30_000 });
} catch (error) {
  console.error('test:vscode: NOT RUN. VS Code could not be downloaded, so the integration suite did not run.');
  console.error(`  reason: ${error instanceof Error ? error.message : String(error)}`);
  console.error('  Run it on a machine that can reach update.code.visualstudio.com, or see ../shared/e2e/README.md for code-server.');
  process.exit(2);
}

// A throw-away workspace with the seed articles and a Markdown copy of one.
const workspace = mkdtempSync(join(tmpdir(), 'health-lint-vscode-'));
for (const name of readdirSync(seedsDir).filter((file) => file.endsWith('.txt'))) cpSync(join(seedsDir, name), join(workspace, name));
const userData = mkdtempSync(join(tmpdir(), 'health-lint-vscode-user-'));

let exitCode = 1;
try {
  exitCode = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(here, 'suite', 'index.cjs'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${userData}`],
  });
} catch (error) {
  console.error(`test:vscode: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(userData, { recursive: true, force: true });
}
process.exit(exitCode);
