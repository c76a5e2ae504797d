// The lint worker's entry (`dist/lint-worker-loader.js`): runs the server bundle as Node would
// (`require` beside it, `module`, `__filename`), but compiled with V8's code cache when one is
// there, and leaves a cache for the next process after the first lint (see code-cache.ts).
// Loading the bundle in the worker is then mostly deserialising instead of compiling.

import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { workerData } from 'node:worker_threads';
import { codeCacheDirectory, codeCacheFile, EXPOSE_GC_FLAG, FIRST_LINT_ANSWERED, HEAP_GROWING_FLAG, readCodeCache, writeCodeCache } from './code-cache.js';

// The flags the server will set, set now: the cache is accepted only under the flags it was made with.
setFlagsFromString(HEAP_GROWING_FLAG);
setFlagsFromString(EXPOSE_GC_FLAG);
const { script: bundle } = workerData as { script: string };
const source = readFileSync(bundle, 'utf8');
const directory = codeCacheDirectory();
const cacheFile = directory ? codeCacheFile(directory, source) : undefined;
const cachedData = cacheFile ? readCodeCache(cacheFile) : undefined;
const compiled = new Script(Module.wrap(source), { filename: bundle, cachedData });
// Missing or rejected (another V8, a corrupt file): made anew once the first lint has compiled what linting needs.
// The worker's stderr goes to the server's log: one line says what happened to the cache.
if (cacheFile && cachedData !== undefined && !compiled.cachedDataRejected) process.stderr.write(`code cache used: ${cacheFile}\n`);
else if (cacheFile) {
  if (cachedData !== undefined) process.stderr.write(`code cache rejected by V8, made anew: ${cacheFile}\n`);
  process.once(FIRST_LINT_ANSWERED, () =>
    setImmediate(() => {
      let data: Buffer | undefined;
      try {
        data = compiled.createCachedData();
      } catch {
        // Nothing to save: the next process compiles, as this one did.
      }
      if (!data || !writeCodeCache(cacheFile, data)) process.stderr.write(`code cache not written (cannot write ${cacheFile})\n`);
    }),
  );
}
const module = { exports: {}, filename: bundle, id: bundle, loaded: false };
(compiled.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
