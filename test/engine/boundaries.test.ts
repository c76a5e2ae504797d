import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)) {
    specifiers.push(match[1] ?? match[2] ?? match[3] ?? match[4]);
  }
  return specifiers;
}

describe('architecture boundaries', () => {
  it('the rule engine imports nothing from vscode, the LSP libraries, or Node I/O', () => {
    const forbidden = /^(vscode|vscode-languageserver.*|vscode-languageclient.*|vscode-jsonrpc.*|(node:)?(fs|fs\/promises|path|child_process|net|http|https|worker_threads|os))$/;
    const offenders: string[] = [];
    for (const file of sourceFiles(join(root, 'rules'))) {
      const text = readFileSync(file, 'utf8');
      for (const specifier of importsOf(text)) {
        if (forbidden.test(specifier)) offenders.push(`${relative(root, file)} imports ${specifier}`);
      }
      if (/\bprocess\.(env|cwd|argv)|\b__dirname\b|\bfetch\s*\(/.test(text)) offenders.push(`${relative(root, file)} reaches outside the engine`);
    }
    assert.deepEqual(offenders, []);
  });

  it('every rule file in the catalog is registered, one rule per file', async () => {
    const { builtInRules } = await import('../../rules/index.js');
    const files = readdirSync(join(root, 'rules', 'catalog')).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
    const ids = builtInRules.map((rule) => rule.meta.id).sort();
    assert.deepEqual(files.map((name) => name.replace(/\.ts$/, '')).sort(), ids);
  });
});
