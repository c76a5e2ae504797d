// The extension carries none of the engine: the client's sources import nothing from rules/,
// cli/, node/, report/ or server/ (only `vscode`, the language client, Node built-ins, its own
// files and the request types in protocol/), and its bundles, built as esbuild.mjs builds them,
// take in no file from those folders. Linting, workspace lints and reports come from the server.

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../server/lsp-client.js';

const FORBIDDEN = ['rules', 'cli', 'node', 'report', 'server'];
const clientDir = join(repoRoot, 'client');
const clientFiles = readdirSync(clientDir).filter((name) => name.endsWith('.ts'));

describe('client boundaries', () => {
  it('client sources import only vscode, the language client, Node built-ins, client/ and protocol/', () => {
    assert.ok(clientFiles.length >= 4);
    for (const name of clientFiles) {
      const source = readFileSync(join(clientDir, name), 'utf8');
      const specifiers = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'|require\(\s*'([^']+)'\s*\)|import\(\s*'([^']+)'\s*\)/g)].map(
        (match) => match[1] ?? match[2] ?? match[3],
      );
      for (const specifier of specifiers) {
        const allowed =
          specifier === 'vscode' ||
          specifier.startsWith('vscode-languageclient') ||
          specifier.startsWith('node:') ||
          specifier.startsWith('./') ||
          specifier.startsWith('../protocol/');
        assert.ok(allowed, `${name} imports ${specifier}`);
      }
    }
  });

  it('the client bundles take in no file of the engine, the server, the CLI or the report renderers', async function () {
    this.timeout(60_000);
    const entries = clientFiles.filter((name) => ['extension.ts', 'language-client.ts', 'browser-client.ts'].includes(name));
    assert.ok(entries.includes('extension.ts') && entries.includes('language-client.ts'));
    for (const entry of entries) {
      const result = await esbuild.build({
        entryPoints: [join(clientDir, entry)],
        bundle: true,
        write: false,
        metafile: true,
        platform: entry === 'browser-client.ts' ? 'browser' : 'node',
        format: 'cjs',
        mainFields: ['module', 'main'],
        external: ['vscode'],
        logLevel: 'silent',
      });
      const inputs = Object.keys(result.metafile.inputs).map((input) => relative(repoRoot, join(process.cwd(), input)).split('\\').join('/'));
      const offending = inputs.filter((input) => FORBIDDEN.some((folder) => input.startsWith(`${folder}/`)));
      assert.deepEqual(offending, [], `${entry} bundles ${offending.join(', ')}`);
    }
  });
});
