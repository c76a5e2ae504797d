// `npm run fuzz`: the engine's properties on many random documents (100,000 by default),
// with progress and a summary. Unlike the short run in `npm test`, a failing property does
// not stop the run: each distinct failure is shrunk to a small counterexample and reported.
//
//   tsx test/fuzz/run.ts [cases] [--seed N] [--server]
//
// --server also drives the real language server (dist/server.js) with random edit sequences.

import fc from 'fast-check';
import { parseMarkdown, parseWhole } from '../../rules/engine/markdown.js';
import { anyDocument, applyEditSpec, edit, markdownDocument } from './generators.js';
import { checkDocumentProperties, checkEditsKeepCharactersWhole, checkFixesIdempotent, checkIncrementalEqualsFull, comparableParse } from './properties.js';
import { strict as assert } from 'node:assert';

const args = process.argv.slice(2);
const total = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 100_000);
const seedArg = args.indexOf('--seed');
const seed = seedArg >= 0 ? Number(args[seedArg + 1]) : Date.now() % 2 ** 31;
const withServer = args.includes('--server');

interface Property {
  name: string;
  /** Share of the cases this property gets. */
  weight: number;
  property: fc.IProperty<never>;
}

const properties: Property[] = [
  {
    name: 'engine never throws; ranges inside the document; fixes edit only their ranges',
    weight: 3,
    property: fc.property(anyDocument, ({ text, language }) => {
      checkDocumentProperties(text, language);
    }) as unknown as fc.IProperty<never>,
  },
  {
    name: 'safe fixes are idempotent',
    weight: 2,
    property: fc.property(anyDocument, ({ text, language }) => checkFixesIdempotent(text, language)) as unknown as fc.IProperty<never>,
  },
  {
    name: 'no edit cuts a surrogate pair or a CRLF',
    weight: 1,
    property: fc.property(anyDocument, ({ text, language }) => checkEditsKeepCharactersWhole(text, language)) as unknown as fc.IProperty<never>,
  },
  {
    name: 'Markdown chunked parse equals whole parse',
    weight: 2,
    property: fc.property(markdownDocument, (text) => {
      assert.deepStrictEqual(comparableParse(parseMarkdown(text)), comparableParse(parseWhole(text)));
    }) as unknown as fc.IProperty<never>,
  },
  {
    name: 'incremental lint equals full lint after random edits',
    weight: 2,
    property: fc.property(anyDocument, fc.array(edit, { minLength: 1, maxLength: 4 }), ({ text, language }, edits) =>
      checkIncrementalEqualsFull(text, language, edits),
    ) as unknown as fc.IProperty<never>,
  },
  {
    name: 'Markdown chunk cache after random edits equals fresh parse',
    weight: 1,
    property: fc.property(markdownDocument, fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) => {
      const cache = new Map();
      parseMarkdown(text, cache);
      for (const spec of edits) {
        text = applyEditSpec(text, spec);
        assert.deepStrictEqual(comparableParse(parseMarkdown(text, cache)), comparableParse(parseWhole(text)));
      }
    }) as unknown as fc.IProperty<never>,
  },
];

interface Failure {
  property: string;
  message: string;
  counterexample: string;
  seed: number;
  path?: string;
}

const BATCH = 1000;
const weightSum = properties.reduce((sum, entry) => sum + entry.weight, 0);
const failures = new Map<string, Failure>();
const casesPerProperty = new Map<string, number>();

async function main(): Promise<void> {
const started = Date.now();
let done = 0;
let batchSeed = seed;
console.log(`fuzzing ${total} cases, seed ${seed}${withServer ? ', with the language server' : ''}`);
while (done < total) {
  for (const { name, weight, property } of properties) {
    const runs = Math.max(1, Math.round((BATCH * weight) / weightSum));
    batchSeed = (batchSeed * 1103515245 + 12345) % 2 ** 31;
    const details = fc.check(property, { numRuns: runs, seed: batchSeed, endOnFailure: true });
    casesPerProperty.set(name, (casesPerProperty.get(name) ?? 0) + details.numRuns);
    done += details.numRuns;
    if (details.failed) {
      const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      // One report per property and first line of the message (numbers aside): the rest are the same bug.
      const key = `${name}: ${error.split('\n')[0].replace(/\d+/g, 'N')}`;
      if (!failures.has(key)) {
        // Replay the failing case with shrinking, for a small counterexample.
        const shrunk = fc.check(property, { seed: details.seed, path: details.counterexamplePath ?? undefined, numRuns: 1 });
        const example = fc.stringify(shrunk.failed ? shrunk.counterexample : details.counterexample);
        failures.set(key, { property: name, message: error.split('\n').slice(0, 12).join('\n'), counterexample: example, seed: details.seed, path: details.counterexamplePath ?? undefined });
        console.log(`\nFAILED ${name}\n  ${error.split('\n')[0]}\n  counterexample: ${example.slice(0, 600)}\n  replay: seed ${details.seed}, path ${details.counterexamplePath}`);
      }
    }
  }
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(`\r${done} / ${total} cases, ${seconds.toFixed(0)} s, ${(done / seconds).toFixed(0)} cases/s, ${failures.size} distinct failures   `);
}

if (withServer) {
  const { fuzzServer } = await import('./server.js');
  console.log('\n\nlanguage server: random edit sequences over LSP ...');
  const serverFailures = await fuzzServer(Math.max(20, Math.round(total / 1000)), seed);
  for (const failure of serverFailures) failures.set(`server: ${failure}`, { property: 'language server', message: failure, counterexample: '', seed });
}

const seconds = (Date.now() - started) / 1000;
console.log(`\n\nsummary: ${done} cases in ${seconds.toFixed(1)} s (seed ${seed})`);
for (const [name, cases] of casesPerProperty) console.log(`  ${String(cases).padStart(7)}  ${name}`);
if (failures.size === 0) console.log('no property failed');
else {
  console.log(`${failures.size} distinct failures:`);
  for (const failure of failures.values()) console.log(`\n- ${failure.property}\n  ${failure.message.replace(/\n/g, '\n  ')}\n  counterexample: ${failure.counterexample.slice(0, 1000)}`);
}
process.exitCode = failures.size === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
