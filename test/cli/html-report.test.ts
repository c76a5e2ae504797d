// The HTML report in a real browser (Debian's Chromium, driven by playwright-core): it
// renders, its totals are right, a hostile file name and hostile content show as text and
// run nothing, it works with the keyboard, and the editor variant posts clicks.
// Saves a screenshot to test-artifacts/report.png.

import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderHtml, type ReportData } from '../../report/index.js';
import { buildCli, HOSTILE_NAME, hostileFixture, repoRoot, runCli } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

interface Watch {
  dialogs: string[];
  errors: string[];
  requests: string[];
}

async function openWatched(browser: Browser, url: string, init?: string): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const watch: Watch = { dialogs: [], errors: [], requests: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Content Security Policy/.test(message.text())) watch.errors.push(message.text());
  });
  page.on('request', (request) => {
    if (request.url() !== url) watch.requests.push(request.url());
  });
  if (init) await page.addInitScript(init);
  await page.goto(url);
  return { page, watch };
}

describe('HTML report in Chromium', function () {
  this.timeout(90000);
  let browser: Browser;
  let reportUrl: string;

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `Chromium is missing at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\` (the setup script does).`);
    await buildCli();
    const folder = hostileFixture();
    const run = await runCli(['--format', 'html', '--output', 'report.html'], { cwd: folder });
    assert.equal(run.code, 1, run.stderr);
    reportUrl = pathToFileURL(join(folder, 'report.html')).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
  });

  it('renders the totals by severity, rule and file', async () => {
    const { page, watch } = await openWatched(browser, reportUrl);
    assert.equal(await page.title(), 'Health Lint report');
    assert.equal(await page.locator('#summary').innerText(), '7 findings in 5 files (6 files linted)');
    assert.equal(await page.locator('[data-severity="error"]').innerText(), '3');
    assert.equal(await page.locator('[data-severity="warning"]').innerText(), '4');
    assert.equal(await page.locator('#by-rule tr[data-rule="avoid-very"] .total').innerText(), '4');
    assert.equal(await page.locator('#by-rule tr[data-rule="no-miracle"] .total').innerText(), '3');
    assert.equal(await page.locator('#by-file tbody tr').count(), 5);
    assert.equal(await page.locator('li.finding').count(), 7);
    assert.equal(await page.locator('figure.chart svg rect').count(), 2, 'one bar per rule');
    assert.match(await page.locator('li.finding a.loc').first().innerText(), /^[^:]+:\d+:\d+$/);
    mkdirSync(join(repoRoot, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: join(repoRoot, 'test-artifacts', 'report.png'), fullPage: true });
    assert.deepEqual(watch, { dialogs: [], errors: [], requests: [] });
    await page.close();
  });

  it('shows a hostile file name and content as text and runs nothing', async () => {
    const { page, watch } = await openWatched(browser, reportUrl);
    const summaries = await page.locator('details.file summary .path').allInnerTexts();
    assert.ok(summaries.includes(HOSTILE_NAME), summaries.join('\n'));
    const hostileFinding = page.locator('li.finding', { hasText: HOSTILE_NAME }).first();
    assert.match(await hostileFinding.innerText(), /<img src=x onerror=alert\(1\)>\.md:1:3/);
    assert.equal(await page.locator('img').count(), 0, 'no <img> element was created');
    assert.equal(await page.locator('script').count(), 0, 'the standalone report has no script at all');
    await page.waitForTimeout(300);
    assert.deepEqual(watch.dialogs, []);
    assert.deepEqual(watch.errors, []);
    await page.close();
  });

  it('works with the keyboard: Tab reaches the findings, Enter follows them', async () => {
    const { page } = await openWatched(browser, reportUrl);
    const focusedTexts: string[] = [];
    for (let step = 0; step < 40; step++) {
      await page.keyboard.press('Tab');
      focusedTexts.push(String(await page.evaluate('document.activeElement ? document.activeElement.className : ""')));
    }
    assert.ok(focusedTexts.includes('loc'), 'a finding link receives focus');
    await page.close();
  });

  it('the editor variant posts clicks and Enter on a finding, and export requests', async () => {
    const data: ReportData = {
      tool: { name: 'health-lint', version: '0.0.0', informationUri: 'https://example.org' },
      rules: [{ id: 'demo', description: 'Demo', defaultSeverity: 'warning' }],
      files: [
        { path: HOSTILE_NAME, problems: [], findings: [{ ruleId: 'demo', severity: 'warning', message: '<script>alert(2)</script>', line: 2, column: 3, endLine: 2, endColumn: 9, fixable: false }] },
      ],
    };
    const file = join(mkdtempSync(join(tmpdir(), 'health-lint-view-')), 'view.html');
    writeFileSync(file, renderHtml(data, { interactive: true }));
    // Stands in for the webview's API, as VS Code provides it before the page's scripts run.
    const init = 'window.__posted = []; window.acquireVsCodeApi = () => ({ postMessage: (message) => window.__posted.push(message) });';
    const { page, watch } = await openWatched(browser, pathToFileURL(file).href, init);
    await page.locator('a.loc').first().click();
    await page.locator('a.loc').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('button[data-export="sarif"]').click();
    const posted = await page.evaluate('window.__posted');
    assert.deepEqual(posted, [
      { type: 'open', file: 0, finding: 0 },
      { type: 'open', file: 0, finding: 0 },
      { type: 'export', format: 'sarif' },
    ]);
    assert.deepEqual(watch.dialogs, []);
    assert.deepEqual(watch.errors, []);
    await page.close();
  });
});
