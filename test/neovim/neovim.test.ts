// The language server as a Neovim user runs it: headless Neovim with its built-in LSP
// client starts `node dist/server.js --stdio`, opens a seed article, waits for
// diagnostics and asks for code actions (see lsp-check.lua). Needs `nvim` (Debian package
// `neovim`, 0.7 or newer) and a build (`npm run build`, which `npm test` runs first).
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repoRoot = process.cwd();
const serverPath = path.join(repoRoot, 'dist', 'server.js');
const luaScript = path.join(repoRoot, 'test', 'neovim', 'lsp-check.lua');
const seedsDir = path.resolve(repoRoot, '..', 'shared', 'corpus', 'seeds');

interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  source?: string;
  code?: string | number;
  codeDescription?: { href: string };
}

interface NeovimReport {
  nvim: string;
  diagnostics: LspDiagnostic[];
  shown_count?: number;
  action_target?: LspDiagnostic;
  code_actions: { title: string; kind?: string; has_edit: boolean }[];
  errors: string[];
}

function runNeovim(file: string, actionRule: string): Promise<NeovimReport> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'health-lint-nvim-'));
  const outPath = path.join(workDir, 'result.json');
  const env = {
    ...process.env,
    HEALTH_LINT_LS_CMD: JSON.stringify([process.execPath, serverPath, '--stdio']),
    HEALTH_LINT_FILE: file,
    HEALTH_LINT_OUT: outPath,
    HEALTH_LINT_ACTION_RULE: actionRule,
    HEALTH_LINT_WAIT_MS: '15000',
    // A private state/log dir so nothing from the developer's own Neovim leaks in or out.
    XDG_STATE_HOME: workDir,
    XDG_CACHE_HOME: workDir,
    XDG_DATA_HOME: workDir,
  };
  return new Promise((resolve, reject) => {
    const child = spawn('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${luaScript}`], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const killer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(killer);
      try {
        if (!existsSync(outPath)) {
          reject(new Error(`Neovim exited (code ${code}, signal ${signal}) without writing a result. Output:\n${output}`));
          return;
        }
        resolve(JSON.parse(readFileSync(outPath, 'utf8')) as NeovimReport);
      } finally {
        rmSync(workDir, { recursive: true, force: true });
      }
    });
  });
}

describe('editor: Neovim built-in LSP client with health-lint-ls', function () {
  this.timeout(30_000);

  it('shows health-lint diagnostics on a seed article and offers code actions', async () => {
    const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.ok(
      !probe.error && probe.status === 0,
      'nvim is not installed: install Debian package `neovim` (apt-get install -y neovim) or run `node scripts/e2e-setup.mjs --only=apt`',
    );
    assert.ok(existsSync(serverPath), `${serverPath} is missing: run \`npm run build\` first`);

    const seed = path.join(seedsDir, '000_d35425ebc50fbd4b.txt');
    const report = await runNeovim(seed, 'unhedged-claim');
    assert.deepEqual(report.errors, [], `Neovim ${report.nvim} reported problems`);

    const fromHealthLint = report.diagnostics.filter((d) => d.source === 'health-lint');
    assert.ok(fromHealthLint.length > 0, `no diagnostics with source "health-lint": ${JSON.stringify(report.diagnostics)}`);
    const rules = new Set(fromHealthLint.map((d) => d.code));
    for (const expected of ['unhedged-claim', 'missing-provider-advice']) {
      assert.ok(rules.has(expected), `expected a ${expected} diagnostic, got rules ${[...rules].join(', ')}`);
    }
    assert.equal(report.shown_count, report.diagnostics.length, 'Neovim shows every published diagnostic');

    const text = readFileSync(seed, 'utf8').split('\n');
    const claim = fromHealthLint.find((d) => d.code === 'unhedged-claim')!;
    const claimLine = text[claim.range.start.line] ?? '';
    assert.ok(claimLine.length >= claim.range.start.character, 'diagnostic range lies inside the document');
    assert.match(claim.codeDescription?.href ?? '', /unhedged-claim/, 'the diagnostic links to its rule documentation');

    assert.equal(report.action_target?.code, 'unhedged-claim');
    assert.ok(
      report.code_actions.some((action) => action.kind === 'quickfix' && action.has_edit),
      `the server offers a quick fix with an edit for an unhedged claim: ${JSON.stringify(report.code_actions)}`,
    );
    assert.ok(
      report.code_actions.every((action) => action.title.trim().length > 0),
      `every code action has a title: ${JSON.stringify(report.code_actions)}`,
    );
  });
});
