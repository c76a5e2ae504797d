#!/usr/bin/env node
// End-to-end test of the packaged extension (health-lint.vsix) in a real VS Code: code-server
// driven by Debian's Chromium through playwright-core. `npm run test:e2e`.
//
// What it does: installs what it needs if missing (scripts/e2e-setup.mjs, cached outside the
// repository), builds the vsix if it is missing or older than the sources, installs it into a
// throw-away extensions dir, copies the seed articles and a Markdown fixture into a temporary
// workspace, starts code-server on 127.0.0.1, and checks, as a user would see them: the
// Problems panel, a hover, a quick fix, "Fix All", a settings change, and the workspace lint
// and report; last, it kills the language server twice (restarted, the user told once).
// Oracles are the command line (dist/cli.js on the same files) and
// ../shared/corpus/seeds/expectations.json. Screenshots: test-artifacts/e2e/.
// Every process it starts is stopped by process group id, also on failure.
// Options: --keep (leave the temporary directory), --headed is not supported (no display).
// --web: the same steps with the extension in VS Code's web worker extension host, as in
// vscode.dev (the web extension: package.json "browser", the server in a web worker reading
// files through workspace.fs); instead of the crash check it checks that no Node language server
// runs and that the server's web worker started. Screenshots: test-artifacts/e2e-web/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumBin, codeServerBin, ensureAll, importPlaywright, node24Bin } from '../../scripts/e2e-setup.mjs';
import { descendantProcesses, freePort, killAllStartedSync, startGroup, stopGroup, waitForHttp } from './lib/processes.mjs';
import {
  LONG,
  MEDIUM,
  cursorPosition,
  filterProblems,
  openFile,
  problemsBadge,
  readProblems,
  renderedMarkersWithCode,
  revealProblem,
  runCommand,
  saveActiveEditor,
  showProblems,
  waitUntil,
} from './lib/workbench.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const seedsDir = path.resolve(repoRoot, '..', 'shared', 'corpus', 'seeds');
const fixturesDir = path.join(repoRoot, 'test', 'e2e', 'fixtures');
const web = process.argv.includes('--web');
const artifactsDir = path.join(repoRoot, 'test-artifacts', web ? 'e2e-web' : 'e2e');
const vsixPath = path.join(repoRoot, 'health-lint.vsix');
const keep = process.argv.includes('--keep');
const ARTICLE = 'affiliate-article.md';
const SOURCE = 'health-lint';

const timings = {};
const results = [];
let currentStep = null;
let temporaryBase = null; // removed on exit unless --keep

function log(message) {
  process.stdout.write(`[e2e] ${message}\n`);
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

// ---------------------------------------------------------------------------------------
// Preparation: tools, vsix, workspace

function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== 'node_modules') visit(path.join(p, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

function ensureVsix() {
  const sources = ['client', 'protocol', 'server', 'rules', 'cli', 'report', 'package.json', 'esbuild.mjs', '.vscodeignore', 'README.md'].map((p) =>
    path.join(repoRoot, p),
  );
  if (existsSync(vsixPath) && statSync(vsixPath).mtimeMs >= newestMtime(sources)) {
    log('health-lint.vsix is up to date');
    return;
  }
  log('building health-lint.vsix (npm run package)');
  const result = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: 'inherit' });
  check(result.status === 0 && existsSync(vsixPath), `npm run package failed (status ${result.status})`);
}

function codeServerArgs(extra) {
  return [codeServerBin, ...extra];
}

function installVsix(extensionsDir, userDataDir, logPath) {
  const result = spawnSync(
    node24Bin,
    codeServerArgs(['--install-extension', vsixPath, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--force']),
    { encoding: 'utf8', timeout: 180_000 },
  );
  writeFileSync(logPath, `${result.stdout}\n${result.stderr}`);
  check(result.status === 0, `code-server --install-extension failed (status ${result.status}): ${result.stderr || result.stdout}`);
  const installed = readdirSync(extensionsDir).filter((name) => name.startsWith('health-lint.'));
  check(installed.length > 0, `the vsix did not install into ${extensionsDir}: ${result.stdout}`);
  log(`installed ${installed.join(', ')}`);
}

function prepareWorkspace(base) {
  const workspace = path.join(base, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();
  for (const name of seeds) copyFileSync(path.join(seedsDir, name), path.join(workspace, name));
  copyFileSync(path.join(fixturesDir, ARTICLE), path.join(workspace, ARTICLE));
  return { workspace, seeds };
}

function writeUserSettings(userDataDir) {
  const dir = path.join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  // A quiet profile: no welcome page, tips, chat or auto-save (saving is part of the test).
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'files.autoSave': 'off',
    'editor.hover.delay': 150,
    'editor.minimap.enabled': false,
    'git.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    // Where the extension runs: with "web", code-server loads its "browser" entry into the
    // browser's web worker extension host instead of its "main" entry into Node.
    ...(web ? { 'remote.extensionKind': { 'health-lint.health-lint': ['web'] } } : {}),
  };
  writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

/** The command line's JSON report on some files: the oracle the editor is compared with. */
function cliReport(cwd, args) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), '--format', 'json', '--concurrency', '0', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  check(result.status === 0 || result.status === 1, `the CLI failed (status ${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout);
}

function cliFix(file) {
  const copyDir = mkdtempSync(path.join(tmpdir(), 'health-lint-fix-'));
  const copy = path.join(copyDir, path.basename(file));
  copyFileSync(file, copy);
  spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), '--fix', '--concurrency', '0', copy], { cwd: copyDir, encoding: 'utf8' });
  const text = readFileSync(copy, 'utf8');
  rmSync(copyDir, { recursive: true, force: true });
  return text;
}

function findingsOf(report, fileName) {
  const entry = report.files.find((file) => path.basename(file.path ?? file.file ?? '') === fileName);
  return entry ? entry.findings : [];
}

/** The range ({ line, column, endLine, endColumn }) of the CLI's one finding of `rule` that starts at `start`. */
function findingRange(report, fileName, rule, start) {
  const matches = findingsOf(report, fileName).filter((f) => f.ruleId === rule && f.line === start.line && f.column === start.column);
  check(matches.length === 1, `the CLI reports ${matches.length} ${rule} findings at ${start.line}:${start.column} of ${fileName}, expected one`);
  const [{ line, column, endLine, endColumn }] = matches;
  return { line, column, endLine, endColumn };
}

// 1-based line and column of the first occurrence of a phrase.
function positionOf(text, phrase) {
  const offset = text.indexOf(phrase);
  if (offset < 0) return null;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

// ---------------------------------------------------------------------------------------
// Steps

/** The extension's row of "Developer: Startup Performance": VS Code's times for loading its code, the activate call, and the call until its promise settled. */
async function activationParts(page) {
  // The palette can close under the closing Running Extensions editor: open it again if so.
  for (let attempt = 1; ; attempt++) {
    try {
      await runCommand(page, 'Developer: Startup Performance', 15_000);
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
  const row = await waitUntil('the Health Lint row of the startup performance report', async () => {
    // The report is a long read-only editor: each find goes to the next mention of the
    // extension (performance marks name it too) and scrolls it into view.
    await page.keyboard.press('Control+F');
    await page.keyboard.type('health-lint.health-lint');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    const lines = await page.evaluate(() => [...document.querySelectorAll('.editor-instance .view-line')].map((line) => line.textContent.replace(/\u00a0/g, ' ')));
    return lines.find((line) => /^\|\s*health-lint\.health-lint\s*\|/.test(line));
  }, MEDIUM, 1000);
  await page.keyboard.press('Control+W');
  // | Extension | Eager | Load Code | Call Activate | Finish Activate | Event | By |
  const [, , , load, call, finish] = row.split('|').map((cell) => cell.trim());
  return `code loading ${load} ms + activate call ${call} ms; the activate call until its promise settled ${finish} ms`;
}

/** The extension's own log line (client/extension.ts): when, after activation, the language client was loaded and the server answered. */
function languageServerStartLog(userDataDir) {
  const logs = [];
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name === 'Health Lint.log') logs.push(full);
    }
  };
  visit(path.join(userDataDir, 'logs'));
  const line = logs.flatMap((file) => readFileSync(file, 'utf8').split('\n')).find((text) => text.includes('Language client loaded'));
  return line ? line.replace(/^.*\] /, '') : 'no log of the language client start';
}

async function step(name, body, { page, requires = [] } = {}) {
  const started = Date.now();
  currentStep = name;
  const missing = requires.filter((dependency) => !results.find((r) => r.name === dependency && r.ok));
  let ok = false;
  let detail = '';
  try {
    if (missing.length) throw new Error(`not run: it needs ${missing.join(', ')} to pass first`);
    detail = (await body()) ?? '';
    ok = true;
  } catch (error) {
    detail = error?.message ?? String(error);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (page && !missing.length) {
    const shot = path.join(artifactsDir, `${String(results.length + 1).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
    await page.screenshot({ path: shot }).catch(() => {});
  }
  results.push({ name, ok, detail, seconds });
  log(`${ok ? 'PASS' : 'FAIL'} ${name} (${seconds} s)${detail ? `: ${detail}` : ''}`);
  return ok;
}

function healthLintProblems(problems) {
  return problems.filter((problem) => problem.source === SOURCE);
}

function byFile(problems) {
  const map = new Map();
  for (const problem of problems) {
    if (!map.has(problem.file)) map.set(problem.file, []);
    map.get(problem.file).push(problem);
  }
  return map;
}

/** What a read of the Problems panel found per file, beside what the CLI finds, for failure messages. */
function describeRead(read, files, report) {
  if (!read) return 'nothing (the panel was never read)';
  const found = healthLintProblems(read);
  const perFile = files.map((file) => `${file} ${found.filter((p) => p.file === file).length}/${findingsOf(report, file).length}`).join(', ');
  return `${found.length} health-lint findings read, ${report.summary.findings} expected (read/expected per file: ${perFile}); the reader says: ${read.detail}`;
}

function key(rule, line, column) {
  return `${rule}@${line}:${column}`;
}

async function main() {
  const totalStarted = Date.now();
  mkdirSync(artifactsDir, { recursive: true });
  for (const old of readdirSync(artifactsDir)) if (old.endsWith('.png')) rmSync(path.join(artifactsDir, old));

  let started = Date.now();
  ensureAll({ apt: true });
  timings.setup = (Date.now() - started) / 1000;

  started = Date.now();
  ensureVsix();
  // The CLI is the oracle; make sure the bundle exists (npm run package builds it too).
  if (!existsSync(path.join(repoRoot, 'dist', 'cli.js'))) spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  timings.package = (Date.now() - started) / 1000;

  const base = mkdtempSync(path.join(tmpdir(), 'health-lint-e2e-'));
  temporaryBase = base;
  const extensionsDir = path.join(base, 'extensions');
  const userDataDir = path.join(base, 'user-data');
  mkdirSync(extensionsDir);
  started = Date.now();
  installVsix(extensionsDir, userDataDir, path.join(base, 'install.log'));
  timings.install = (Date.now() - started) / 1000;
  writeUserSettings(userDataDir);
  const { workspace, seeds } = prepareWorkspace(base);
  const files = [...seeds, ARTICLE];
  const expectations = JSON.parse(readFileSync(path.join(seedsDir, 'expectations.json'), 'utf8')).files;

  const port = await freePort();
  const configPath = path.join(base, 'code-server.yaml');
  writeFileSync(configPath, 'auth: none\n');
  const codeServerLog = path.join(base, 'code-server.log');
  const server = startGroup(
    node24Bin,
    codeServerArgs([
      '--config', configPath,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--extensions-dir', extensionsDir,
      '--user-data-dir', userDataDir,
      workspace,
    ]),
    { logPath: codeServerLog },
  );
  log(`code-server pid ${server.pid} on 127.0.0.1:${port}; workspace ${workspace}`);

  let browser;
  const runStarted = Date.now();
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, LONG, server);
    const { chromium } = await importPlaywright();
    browser = await chromium.launch({
      executablePath: chromiumBin,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    // Web workers the page starts (the extension host's, and in --web the language server's).
    const workerUrls = [];
    page.on('worker', (worker) => workerUrls.push(worker.url()));
    page.context().on('serviceworker', (worker) => workerUrls.push(worker.url()));
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    // 1. Workbench, files, Problems panel ------------------------------------------------
    let problems = [];
    const cliBefore = cliReport(workspace, files);
    await step('open workspace and files, Problems lists health-lint findings', async () => {
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: LONG });
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: LONG });
      for (const file of files) await openFile(page, file);
      await showProblems(page);
      const expectedCount = cliBefore.summary.findings;
      let lastRead = null;
      problems = await waitUntil(
        `health-lint findings for all ${files.length} files in the Problems panel (${expectedCount} expected, as the CLI finds)`,
        async () => {
          const all = await readProblems(page);
          lastRead = all;
          const found = healthLintProblems(all);
          const filesShown = new Set(found.map((p) => p.file));
          return all.complete && files.every((f) => filesShown.has(f)) && found.length >= expectedCount ? found : undefined;
        },
        LONG,
        1000,
      ).catch((error) => {
        throw new Error(`${error.message}. Last read: ${describeRead(lastRead, files, cliBefore)}`);
      });
      const rules = [...new Set(problems.map((p) => p.code))].sort();
      return `${problems.length} findings in ${new Set(problems.map((p) => p.file)).size} files; rules: ${rules.join(', ')}`;
    }, { page });

    await step('Problems panel matches the command line (rule, line, column)', async () => {
      const shown = byFile(problems);
      const differences = [];
      for (const file of files) {
        const expected = findingsOf(cliBefore, file).map((f) => key(f.ruleId, f.line, f.column)).sort();
        const actual = (shown.get(file) ?? []).map((p) => key(p.code, p.line, p.column)).sort();
        const missing = expected.filter((k) => !actual.includes(k));
        const extra = actual.filter((k) => !expected.includes(k));
        if (missing.length || extra.length) differences.push(`${file}: missing ${missing.join(' ') || '-'}; extra ${extra.join(' ') || '-'}`);
      }
      check(differences.length === 0, differences.join(' | '));
      return `${problems.length} findings identical to the CLI's`;
    }, { requires: ['open workspace and files, Problems lists health-lint findings'] });

    await step('Problems panel meets the seed expectations and flags the sales link', async () => {
      const shown = byFile(problems);
      const failures = [];
      let checks = 0;
      for (const [file, expectation] of Object.entries(expectations)) {
        const text = readFileSync(path.join(workspace, file), 'utf8');
        const markers = shown.get(file) ?? [];
        const coveredOn = (rule, phrase) => {
          const at = positionOf(text, phrase);
          if (!at) return null;
          const endColumn = at.column + phrase.length;
          // Problems shows where a finding starts; a finding on the phrase starts on its line at or before its end.
          return markers.some((m) => m.code === rule && m.line === at.line && m.column <= endColumn);
        };
        for (const { rule, phrase } of expectation.flag ?? []) {
          checks++;
          if (!coveredOn(rule, phrase)) failures.push(`${file}: no ${rule} on "${phrase}"`);
        }
        for (const { rule, phrase } of expectation.noflag ?? []) {
          checks++;
          const at = positionOf(text, phrase);
          if (at && markers.some((m) => m.code === rule && m.line === at.line && m.column >= at.column && m.column < at.column + phrase.length)) {
            failures.push(`${file}: unexpected ${rule} in "${phrase}"`);
          }
        }
        for (const rule of expectation.doc ?? []) {
          checks++;
          if (!markers.some((m) => m.code === rule)) failures.push(`${file}: no ${rule} anywhere`);
        }
        for (const rule of expectation.nodoc ?? []) {
          checks++;
          if (markers.some((m) => m.code === rule)) failures.push(`${file}: unexpected ${rule}`);
        }
      }
      const articleText = readFileSync(path.join(workspace, ARTICLE), 'utf8');
      const salesLink = positionOf(articleText, '[buy kratom capsules here]');
      checks++;
      if (!(shown.get(ARTICLE) ?? []).some((m) => m.code === 'commercial-link' && m.line === salesLink.line)) {
        failures.push(`${ARTICLE}: the sales link on line ${salesLink.line} has no commercial-link finding`);
      }
      check(failures.length === 0, `${failures.length} of ${checks} checks failed: ${failures.join(' | ')}`);
      return `${checks} checks passed`;
    }, { requires: ['open workspace and files, Problems lists health-lint findings'] });

    // 2. Hover ---------------------------------------------------------------------------
    await step('hover on a squiggle shows the message and the rule documentation link', async () => {
      const claim = positionOf(readFileSync(path.join(workspace, ARTICLE), 'utf8'), 'cures chronic pain');
      const range = findingRange(cliBefore, ARTICLE, 'unhedged-claim', claim);
      await revealProblem(page, { file: ARTICLE, code: 'unhedged-claim', messageIncludes: 'cures chronic pain', range });
      // Revealing selects the finding; Left puts the cursor at its start, on the squiggle.
      await page.keyboard.press('ArrowLeft');
      const cursor = await waitUntil('the editor cursor', async () =>
        page.locator('.part.editor .editor-group-container.active .monaco-editor .cursors-layer .cursor').first().boundingBox(),
      );
      const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'cures chronic pain' });
      let attempts = 0;
      await waitUntil(
        'a hover with the unhedged-claim message',
        async () => {
          attempts++;
          // The pointer first; on a busy machine the mouse hover is sometimes never shown, so
          // every third try also asks for it from the keyboard ("Show Hover", Ctrl+K Ctrl+I),
          // as a keyboard user would: the same hover, at the cursor on the squiggle.
          if (attempts % 3 === 0) {
            await page.keyboard.press('Control+K');
            await page.keyboard.press('Control+I');
          } else {
            await page.mouse.move(cursor.x + 12, cursor.y + cursor.height / 2 + 1);
            await page.mouse.move(cursor.x + 14, cursor.y + cursor.height / 2);
          }
          return hover.first().isVisible();
        },
        MEDIUM,
        1000,
      ).catch(async (error) => {
        // What the pointer was over and which hovers were shown, so a failure can be told apart.
        const seen = await page.evaluate(({ x, y }) => ({
          under: document.elementFromPoint(x, y)?.className?.toString() ?? 'nothing',
          hovers: [...document.querySelectorAll('.monaco-hover:not(.hidden)')].map((node) => node.textContent.slice(0, 120)),
        }), { x: cursor.x + 14, y: cursor.y + cursor.height / 2 }).catch(() => null);
        throw new Error(`${error.message} (pointer at ${Math.round(cursor.x + 14)},${Math.round(cursor.y + cursor.height / 2)} over "${seen?.under}", cursor ${await cursorPosition(page).catch(() => '?')}; hovers shown: ${seen?.hovers.length ? seen.hovers.join(' | ') : 'none'})`);
      });
      const text = await hover.first().innerText();
      check(/states a health effect as fact/.test(text), `hover text lacks the rule's message: ${text}`);
      const links = await hover.first().evaluate((node) =>
        [...node.querySelectorAll('a')].map((a) => ({ text: a.textContent, href: a.getAttribute('href') ?? a.getAttribute('data-href') ?? a.title ?? '' })),
      );
      const docs = links.find((link) => /docs\/rules\/unhedged-claim/.test(link.href));
      check(docs, `no link to the rule documentation in the hover; links: ${JSON.stringify(links)}`);
      return `link "${docs.text}" -> ${docs.href}`;
    }, { page, requires: ['open workspace and files, Problems lists health-lint findings'] });
    await page.keyboard.press('Escape');

    // 3. Quick fix and Fix All -----------------------------------------------------------
    const articlePath = path.join(workspace, ARTICLE);
    await step('quick fix (Ctrl+.) removes an affiliate link and its finding goes', async () => {
      const link = positionOf(readFileSync(articlePath, 'utf8'), '[these capsules]');
      const linkLine = link.line;
      const countOnLine = (list) => list.filter((p) => p.file === ARTICLE && p.code === 'commercial-link' && p.line === linkLine).length;
      check(countOnLine(problems) > 0, `no commercial-link finding on line ${linkLine} of ${ARTICLE} to fix`);
      const range = findingRange(cliBefore, ARTICLE, 'commercial-link', link);
      await revealProblem(page, { file: ARTICLE, code: 'commercial-link', messageIncludes: 'affiliate parameter `tag=`', range });
      const position = await cursorPosition(page);
      check(position.startsWith(`Ln ${linkLine},`), `the cursor is at ${position}, not on line ${linkLine}`);
      const title = 'Remove the link, keep its text';
      const item = page.locator('.action-widget .monaco-list-row').filter({ hasText: title });
      // On a busy machine the first Ctrl+. is sometimes swallowed while the editor takes focus
      // from the Problems list: while no quick-fix menu is open, press it again every 5 s, as a user would.
      let waited = 0;
      await waitUntil(`the quick fix menu offering "${title}"`, async () => {
        const menuOpen = await page.locator('.action-widget').first().isVisible().catch(() => false);
        if (!menuOpen && waited++ % 5 === 0) await page.keyboard.press('Control+.');
        return item.first().isVisible();
      }, MEDIUM, 1000);
      const offered = await page.locator('.action-widget .monaco-list-row').allInnerTexts();
      await item.first().hover();
      await page.screenshot({ path: path.join(artifactsDir, '05a-quick-fix-menu.png') });
      await item.first().click();
      await waitUntil('the quick fix menu to close', async () => !(await page.locator('.action-widget .monaco-list-row').first().isVisible().catch(() => false)));
      // The fix's edit lands in the editor after the menu closes: save once the editor has changed.
      await waitUntil('the editor to change', () => page.evaluate(() => document.querySelector('.tab.active')?.classList.contains('dirty')));
      await saveActiveEditor(page);
      const text = readFileSync(articlePath, 'utf8');
      check(text.includes('these capsules') && !text.includes('[these capsules]'), `the link was not removed: ${text.split('\n')[linkLine - 1]}`);
      // Its absence counts only in a complete read of the list.
      let lastRead = null;
      await waitUntil('the commercial-link finding on the fixed line to go', async () => {
        lastRead = await readProblems(page);
        return lastRead.complete && countOnLine(healthLintProblems(lastRead)) === 0;
      }, MEDIUM, 1000).catch((error) => {
        throw new Error(`${error.message} (${lastRead ? `${countOnLine(healthLintProblems(lastRead))} still on line ${linkLine}; ${lastRead.detail}` : 'not read'})`);
      });
      return `applied "${title}" (offered: ${offered.map((t) => t.split('\n')[0]).join('; ')})`;
    }, { page, requires: ['open workspace and files, Problems lists health-lint findings'] });

    const fixAllFile = seeds[0];
    const fixAllPath = path.join(workspace, fixAllFile);
    await step('Fix All applies only the safe fixes (claims stay as they are)', async () => {
      const before = readFileSync(fixAllPath, 'utf8');
      const expected = cliFix(fixAllPath);
      check(expected !== before, `the CLI's --fix changes nothing in ${fixAllFile}; nothing to compare`);
      await openFile(page, fixAllFile);
      await runCommand(page, 'Fix All');
      await waitUntil('the editor to change', () => page.evaluate(() => document.querySelector('.tab.active')?.classList.contains('dirty')));
      await saveActiveEditor(page);
      const after = readFileSync(fixAllPath, 'utf8');
      check(after === expected, `Fix All differs from \`health-lint --fix\`: ${after.length} vs ${expected.length} characters`);
      const claim = expectations[fixAllFile].flag.find((f) => f.rule === 'unhedged-claim');
      check(after.includes(claim.phrase), `the claim "${claim.phrase}" was rewritten, but a claim rewrite is only a suggestion`);
      let lastRead = null;
      await waitUntil(
        'missing-provider-advice to go while unhedged-claim stays',
        async () => {
          lastRead = await readProblems(page);
          const now = healthLintProblems(lastRead).filter((p) => p.file === fixAllFile);
          return lastRead.complete && !now.some((p) => p.code === 'missing-provider-advice') && now.some((p) => p.code === 'unhedged-claim');
        },
        MEDIUM,
        1000,
      ).catch((error) => {
        const now = lastRead ? healthLintProblems(lastRead).filter((p) => p.file === fixAllFile) : [];
        throw new Error(`${error.message} (${fixAllFile} shows: ${now.map((p) => `${p.code}@${p.line}:${p.column}`).join(' ') || 'nothing'}; ${lastRead?.detail ?? 'not read'})`);
      });
      return `${fixAllFile}: ${after.length - before.length} characters added, identical to health-lint --fix; claims untouched`;
    }, { page, requires: ['open workspace and files, Problems lists health-lint findings'] });

    // 4. Settings ------------------------------------------------------------------------
    const ruleTurnedOff = 'uncited-evidence';
    const cliAfter = cliReport(workspace, ['--rule', `${ruleTurnedOff}:off`, ...files]);
    const { findings: total, filesWithFindings, filesLinted } = cliAfter.summary;
    await step(`turning ${ruleTurnedOff} off in .vscode/settings.json removes its findings`, async () => {
      // The Problems filter matches rule codes, so the few rows left fit on screen: no scrolling.
      await filterProblems(page, ruleTurnedOff);
      const count = await waitUntil(`${ruleTurnedOff} findings listed`, () => renderedMarkersWithCode(page, ruleTurnedOff));
      mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
      writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'healthLint.rules': { [ruleTurnedOff]: 'off' } }, null, 2));
      await waitUntil(`${ruleTurnedOff} findings to leave the Problems panel`, async () => (await renderedMarkersWithCode(page, ruleTurnedOff)) === 0, LONG, 500);
      await filterProblems(page, '');
      // Every other finding stays: the Problems count equals the CLI's with the rule off.
      const badge = await waitUntil(`the Problems count to be ${total}`, async () => {
        const value = await problemsBadge(page);
        return value === total ? value : undefined;
      }, MEDIUM, 500).catch(async (error) => {
        throw new Error(`${error.message} (it shows ${await problemsBadge(page)})`);
      });
      return `${ruleTurnedOff} findings gone (at least ${count} were listed); Problems shows ${badge}, as the CLI with ${ruleTurnedOff}:off`;
    }, { page, requires: ['open workspace and files, Problems lists health-lint findings'] });

    // 5. Workspace lint and report -------------------------------------------------------
    await step('"Health Lint: Lint Workspace" reports the same totals as the CLI', async () => {
      await runCommand(page, 'Health Lint: Lint Workspace');
      const notice = page.locator('.notifications-toasts, .notification-toast-container, .notifications-center').locator('text=/Health Lint: \\d+ findings? in \\d+ of \\d+ files/');
      await notice.first().waitFor({ timeout: LONG });
      const text = await notice.first().innerText();
      const expected = `Health Lint: ${total} finding${total === 1 ? '' : 's'} in ${filesWithFindings} of ${filesLinted} files.`;
      check(text.includes(expected), `notification says "${text}", the CLI says "${expected}"`);
      return text;
    }, { page, requires: ['open workspace and files, Problems lists health-lint findings'] });

    await step('"Health Lint: Show Report" shows the same totals as the CLI', async () => {
      await runCommand(page, 'Health Lint: Show Report');
      const view = page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
      await view.locator('#summary').waitFor({ timeout: LONG });
      const summary = (await view.locator('#summary').innerText()).trim();
      const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
      const expected = `${plural(total, 'finding')} in ${plural(filesWithFindings, 'file')} (${plural(filesLinted, 'file')} linted)`;
      check(summary === expected, `report summary "${summary}", the CLI's "${expected}"`);
      return summary;
    }, { page, requires: ['open workspace and files, Problems lists health-lint findings'] });

    await step('no page dialogs and no extension errors', async () => {
      check(dialogs.length === 0, `dialogs: ${dialogs.join(' | ')}`);
      const logText = readFileSync(codeServerLog, 'utf8');
      const activationFailure = /Activating extension .health-lint[^\n]*failed[^\n]*/i.exec(logText);
      check(!activationFailure, activationFailure?.[0]);
    }, { page });

    // VS Code's own activation figure (loading the extension's code plus its activate call), as
    // "Developer: Show Running Extensions" shows it; its parts from "Developer: Startup
    // Performance" (with the activate call until its promise settled); and, from the extension's
    // log, when the language client it loads after activation was loaded and the server answered.
    // Printed, not asserted: the machine is shared.
    await step('VS Code shows the extension\'s activation time', async () => {
      await runCommand(page, 'Developer: Show Running Extensions');
      const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Health Lint' }).first();
      // The list is sorted by activation time and renders only the rows in view: scroll to ours.
      await waitUntil('the Health Lint row in the running extensions', async () => {
        if (await row.isVisible().catch(() => false)) return true;
        await page.locator('.runtime-extensions-editor .monaco-list').first().hover();
        await page.mouse.wheel(0, 200);
        return false;
      }, LONG, 250);
      const shown = await waitUntil('an activation time in the Health Lint row', async () => {
        const text = (await row.locator('.activation-time').innerText()).trim();
        return /\d+\s*ms/.test(text) ? text : undefined;
      }, MEDIUM, 250);
      // The row also shows VS Code's complaints about the manifest (a menu naming an unknown command...).
      const message = (await row.locator('.msg').innerText()).trim();
      check(!/command|not defined|invalid|error|warning/i.test(message), `VS Code reports a problem with the extension: "${message}"`);
      await page.keyboard.press('Control+W');
      const parts = await activationParts(page).catch((error) => `parts not read: ${error.message.split('\n')[0]}`);
      return `${shown}; ${parts}; ${languageServerStartLog(userDataDir)}`;
    }, { page, requires: ['open workspace and files, Problems lists health-lint findings'] });

    if (web) {
      await step('the extension runs in the web worker extension host, its server in a web worker, no Node server', async () => {
        const installed = readdirSync(extensionsDir).find((name) => name.startsWith('health-lint.'));
        const nodeServer = path.join(extensionsDir, installed, 'dist', 'server.js');
        const nodeServers = descendantProcesses(server.pid, (args) => args.includes(nodeServer));
        check(nodeServers.length === 0, `a Node language server runs: pids ${nodeServers.map((p) => p.pid).join(', ')}`);
        // The server's own log line (server/browser-main.ts), in the extension's output channel.
        await runCommand(page, 'Health Lint: Show Output');
        const said = 'running in a web worker';
        const line = await waitUntil(`"${said}" in the Health Lint output`, async () => {
          const lines = await page.evaluate(() => [...document.querySelectorAll('.panel .view-line')].map((node) => node.textContent.replace(/\u00a0/g, ' ')));
          return lines.find((text) => text.includes(said));
        }, MEDIUM, 500);
        return `${line.replace(/^.*\[health-lint\] /, '')}; ${workerUrls.length} web workers started by the page; no process runs ${path.relative(extensionsDir, nodeServer)}`;
      }, { page, requires: ['open workspace and files, Problems lists health-lint findings'] });
    }

    // 6. Crash and restart -----------------------------------------------------------------
    // Last, so the edits it makes cannot change what the steps above compare with the CLI.
    // A web worker is not a process to kill: only on the desktop (Node) path.
    if (!web) await step('a killed language server is restarted, diagnostics go on, the user is told once', async () => {
      const installed = readdirSync(extensionsDir).find((name) => name.startsWith('health-lint.'));
      const serverScript = path.join(extensionsDir, installed, 'dist', 'server.js');
      const serverPids = () => descendantProcesses(server.pid, (args) => args.includes(serverScript)).map((p) => p.pid);
      const restartNotice = 'stopped unexpectedly and was restarted';
      const noticesShown = () =>
        page.evaluate(
          (wanted) =>
            [...document.querySelectorAll('.notifications-toasts .notification-list-item-message, .notifications-center .notification-list-item-message')].filter(
              (node) => node.textContent.includes(wanted),
            ).length,
          restartNotice,
        );
      const killServer = async (round) => {
        const [pid, ...others] = await waitUntil('exactly one language server process under code-server', () => {
          const pids = serverPids();
          return pids.length === 1 ? pids : undefined;
        });
        check(others.length === 0, `more than one language server: ${[pid, ...others].join(', ')}`);
        process.kill(pid, 'SIGKILL');
        const next = await waitUntil(`a new language server process after kill ${round} (pid ${pid} killed)`, () => serverPids().find((p) => p !== pid), LONG, 250);
        return { killed: pid, next };
      };
      // Typing goes to the article's editor, not to the Problems filter that had the focus.
      const focusArticle = async () => {
        await openFile(page, ARTICLE);
        await page.keyboard.press('Control+1');
        await waitUntil('the editor to take focus', () => page.evaluate(() => Boolean(document.activeElement?.closest('.part.editor .monaco-editor'))));
      };
      // The findings the new server must report: the CLI on the saved files, the rule still off.
      const expectedCount = () => cliReport(workspace, ['--rule', `${ruleTurnedOff}:off`, ...files]).summary.findings;
      const waitForCount = (count, what) =>
        waitUntil(`the Problems count to be ${count} (${what})`, async () => (await problemsBadge(page)) === count, LONG, 500).catch(async (error) => {
          throw new Error(`${error.message} (it shows ${await problemsBadge(page)})`);
        });
      await waitForCount(total, 'before the kill');
      check((await noticesShown()) === 0, 'a restart notification is shown before any server was killed');

      // First crash: restarted, told, and a new claim typed afterwards is flagged.
      const first = await killServer(1);
      await waitUntil(`a notification that says "${restartNotice}"`, noticesShown, MEDIUM, 250);
      // The message as the user sees it; the step's own screenshot shows the notification list at the end.
      await page.screenshot({ path: path.join(artifactsDir, `${String(results.length + 1).padStart(2, '0')}-restart.png`) });
      const sentence = 'Kratom cures anxiety.';
      await focusArticle();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type(sentence);
      await saveActiveEditor(page);
      const articleText = readFileSync(articlePath, 'utf8');
      check(articleText.trimEnd().endsWith(`\n\n${sentence}`), `the sentence did not land as its own paragraph: ...${JSON.stringify(articleText.slice(-60))}`);
      const withClaim = expectedCount();
      check(withClaim > total, `the CLI finds nothing new in "${sentence}" (${withClaim} findings), so the edit proves nothing`);
      await waitForCount(withClaim, `"${sentence}" added after the first restart`);
      const sentenceLine = articleText.trimEnd().split('\n').length;
      let onSentenceLine = [];
      await waitUntil(`an unhedged-claim finding on line ${sentenceLine} of ${ARTICLE} in the Problems panel`, async () => {
        // A row seen is enough here (the list need not be read to its end to show one finding).
        onSentenceLine = healthLintProblems(await readProblems(page)).filter((p) => p.file === ARTICLE && p.line === sentenceLine);
        return onSentenceLine.some((p) => p.code === 'unhedged-claim');
      }, MEDIUM, 1000).catch((error) => {
        throw new Error(`${error.message} (on that line: ${onSentenceLine.map((p) => p.code).join(', ') || 'nothing'})`);
      });

      // VS Code shows a repeated message in place of the first, so a second one could hide behind
      // it: the first is dismissed, and none may come back.
      await runCommand(page, 'Notifications: Clear All Notifications');
      await waitUntil('the restart notification to be dismissed', async () => (await noticesShown()) === 0);

      // Second crash: restarted again, diagnostics follow the removal of the sentence, no second message.
      const second = await killServer(2);
      check(second.next !== first.next && second.next !== first.killed, `the second server has an old pid ${second.next}`);
      await focusArticle();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Shift+Home');
      await page.keyboard.press('Delete');
      await saveActiveEditor(page);
      const withoutClaim = expectedCount();
      check(withoutClaim !== withClaim, `removing "${sentence}" leaves the CLI's count at ${withClaim}, so the edit proves nothing`);
      await waitForCount(withoutClaim, `"${sentence}" removed after the second restart`);
      // The message is shown before the client restarts the server, so by now a second one would be listed.
      await runCommand(page, 'Notifications: Show Notifications');
      await page.locator('.notifications-center').waitFor({ state: 'visible', timeout: MEDIUM });
      const told = await page.locator('.notifications-center .notification-list-item-message').filter({ hasText: restartNotice }).count();
      check(told === 0 && (await noticesShown()) === 0, `the user was told again after the second crash (${told} restart notifications listed)`);
      return `killed pid ${first.killed} -> ${first.next} (notified; Problems ${total} -> ${withClaim} after typing "${sentence}"), killed ${second.killed} -> ${second.next} (Problems -> ${withoutClaim}, no new notification): told once`;
    }, { page, requires: ['open workspace and files, Problems lists health-lint findings'] });
  } catch (error) {
    results.push({ name: currentStep ? `(aborted during: ${currentStep})` : 'start code-server and Chromium', ok: false, detail: error.message, seconds: '-' });
  } finally {
    timings.run = (Date.now() - runStarted) / 1000;
    await browser?.close().catch(() => {});
    await stopGroup(server);
    if (keep) log(`kept ${base}`);
    else rmSync(base, { recursive: true, force: true });
  }
  timings.total = (Date.now() - totalStarted) / 1000;
}

process.on('exit', () => {
  killAllStartedSync();
  if (temporaryBase && !keep) rmSync(temporaryBase, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    log(`stopped by ${signal}`);
    process.exit(130); // the exit handler stops code-server and removes the temporary folder
  });
}

try {
  await main();
} catch (error) {
  results.push({ name: 'prepare (setup, package, install)', ok: false, detail: error.message, seconds: '-' });
}

const failed = results.filter((r) => !r.ok);
console.log(`\nHealth Lint e2e (code-server + Chromium${web ? ', web worker extension host' : ''}) summary`);
for (const r of results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name}${r.ok ? '' : `\n        ${r.detail}`}`);
console.log(`  timings (s): ${Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
console.log(`  ${results.length - failed.length} passed, ${failed.length} failed; screenshots in ${path.relative(process.cwd(), artifactsDir) || artifactsDir}`);
process.exitCode = failed.length || results.length === 0 ? 1 : 0;
