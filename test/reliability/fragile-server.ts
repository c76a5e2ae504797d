// Bundles the REAL language server (server/main.ts, as esbuild.mjs does) with one change: the
// rule registry also lists the broken rules of fragile-rules.ts. No hook in production code;
// the shipped dist/server.js is untouched. The bundle is its own lint worker, like the real one.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../server/lsp-client.js';

const REGISTRY_LIST = 'export const builtInRules: readonly Rule[] = [';

export async function buildFragileServer(): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'health-lint-fragile-server-')), 'server.js');
  const fragileRules = join(repoRoot, 'test', 'reliability', 'fragile-rules.ts');
  await esbuild.build({
    entryPoints: [join(repoRoot, 'server', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'silent',
    mainFields: ['module', 'main'],
    define: { 'import.meta.url': 'undefined' },
    plugins: [
      {
        name: 'registry-with-fragile-rules',
        setup(build) {
          build.onLoad({ filter: /rules[\\/]catalog[\\/]index\.ts$/ }, (args) => {
            const source = readFileSync(args.path, 'utf8');
            if (!source.includes(REGISTRY_LIST)) throw new Error(`the registry no longer declares "${REGISTRY_LIST}"; update fragile-server.ts`);
            const patched = source.replace(
              REGISTRY_LIST,
              `import { fragileBlockRule, fragileDocumentRule } from ${JSON.stringify(fragileRules)};\n${REGISTRY_LIST}fragileBlockRule, fragileDocumentRule, `,
            );
            return { contents: patched, loader: 'ts' };
          });
        },
      },
    ],
  });
  return outfile;
}
