#!/usr/bin/env node
// End-to-end check of "Health Lint: Lint Workspace" and "Health Lint: Show Report" in a real
// VS Code (code-server) driven by Debian's Chromium. Not part of `npm test` (it needs the
// ~800 MB code-server install): run `node scripts/e2e-setup.mjs`, `npm run build`, then
// `node test/cli/editor-workspace.e2e.mjs`. Exits 1 on the first failed check.
// Screenshots go to test-artifacts/editor-*.png.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerBin, node24Bin } from '../../scripts/e2e-setup.mjs';
import { freePort, startGroup, stopGroup, waitForHttp } from '../e2e/lib/processes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { chromium } = createRequire(import.meta.url)('playwright-core');
const artifacts = join(root, 'test-artifacts');
mkdirSync(artifacts, { recursive: true });

const base = mkdtempSync(join(tmpdir(), 'health-lint-editor-e2e-'));
const extension = join(base, 'extensions', 'health-lint.health-lint-0.1.0');
mkdirSync(extension, { recursive: true });
cpSync(join(root, 'package.json'), join(extension, 'package.json'));
cpSync(join(root, 'dist'), join(extension, 'dist'), { recursive: true });
const workspace = join(base, 'workspace');
cpSync(join(root, 'test', 'fixtures', 'cli', 'basic'), workspace, { recursive: true });
writeFileSync(join(workspace, '<img src=x onerror=alert(1)>.md'), 'A miracle <script>alert(1)</script>, very much.\n');

const port = await freePort();
const server = startGroup(
  node24Bin,
  [codeServerBin, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--extensions-dir', join(base, 'extensions'), '--user-data-dir', join(base, 'user-data'), workspace],
  { logPath: join(base, 'code-server.log') },
);
let browser;
try {
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 120000, server);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 120000 });

  /** Runs a command from the palette, waiting until the extension has contributed it. */
  const runCommand = async (title) => {
    await page.locator('.monaco-workbench .part.editor').first().click();
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    for (let attempt = 0; ; attempt++) {
      await input.fill(`>${title}`);
      await page.waitForTimeout(1000);
      if ((await page.locator('.quick-input-list').innerText()).split('\n')[0] === title) break;
      assert.ok(attempt < 90, `the command "${title}" never appeared in the palette`);
      await input.fill('>');
    }
    await page.keyboard.press('Enter');
  };

  await runCommand('Health Lint: Lint Workspace');
  const notice = page.locator('text=/Health Lint: \\d+ findings? in/').first();
  await notice.waitFor({ timeout: 120000 });
  assert.match(await notice.innerText(), /Health Lint: 7 findings in 5 of 6 files\./);
  await page.keyboard.press('Control+Shift+M');
  await page.waitForTimeout(2000);
  const problems = await page.locator('.markers-panel').innerText();
  for (const expected of ['article.md', 'notes.txt', 'page.html', '<img src=x onerror=alert(1)>.md', '[Ln 3, Col 6]', 'no-miracle', 'avoid-very']) {
    assert.ok(problems.includes(expected), `Problems panel shows ${expected}`);
  }
  assert.ok(!problems.includes('draft.md') && !problems.includes('ignored.md'), 'ignored files are not linted');
  await page.screenshot({ path: join(artifacts, 'editor-problems.png') });

  await runCommand('Health Lint: Show Report');
  const view = page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
  await view.locator('#summary').waitFor({ timeout: 60000 });
  assert.equal(await view.locator('#summary').innerText(), '7 findings in 5 files (6 files linted)');
  assert.equal(await view.locator('img').count(), 0);
  await page.screenshot({ path: join(artifacts, 'editor-report.png') });

  await view.locator('a.loc', { hasText: 'article.md:3:6' }).click();
  await page.waitForFunction(() => document.querySelector('.tab.active')?.textContent?.includes('article.md'), null, { timeout: 30000 });
  const selection = await page.locator('[id="status.editor.selection"]').innerText();
  assert.match(selection, /Ln 3, Col 13 \(7 selected\)/, 'the finding opens with its range selected');
  // The language server takes over the open file: its findings show once, not twice.
  await page.waitForTimeout(15000);
  const after = await page.locator('.markers-panel').innerText();
  assert.equal(after.split('[Ln 3, Col 6]').length - 1, 1, 'article.md:3:6 is listed exactly once');
  await page.screenshot({ path: join(artifacts, 'editor-after-click.png') });
  // Closing the file hands it back: the server drops its diagnostics, the workspace view re-lints it.
  await page.keyboard.press('Control+W');
  await page.waitForTimeout(5000);
  const closed = await page.locator('.markers-panel').innerText();
  await page.screenshot({ path: join(artifacts, 'editor-after-close.png') });
  assert.equal(closed.split('[Ln 3, Col 6]').length - 1, 1, 'article.md:3:6 is still listed once after closing the file');
  assert.deepEqual(dialogs, [], 'no script from a file name or document ran');
  console.log('editor workspace e2e: 1 passed, 0 failed');
} catch (error) {
  console.error(error);
  console.log('editor workspace e2e: 0 passed, 1 failed');
  process.exitCode = 1;
} finally {
  await browser?.close();
  await stopGroup(server);
  rmSync(base, { recursive: true, force: true });
}
