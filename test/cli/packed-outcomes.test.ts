// Outcomes packed by a worker read back exactly as they were linted, field order included
// (the JSON report writes findings as they are).

import { strict as assert } from 'node:assert';
import type { FileOutcome } from '../../cli/lint-file.js';
import { packOutcomes, unpackOutcomes } from '../../cli/packed-outcomes.js';

const outcomes: [number, FileOutcome][] = [
  [
    4,
    {
      path: '/docs/a.md',
      findings: [
        { ruleId: 'hype-language', severity: 'warning', message: '"Miracle" overstates what it does.', line: 1, column: 3, endLine: 1, endColumn: 10, fixable: false },
        { ruleId: 'commercial-link', severity: 'error', message: 'Affiliate link.', line: 2, column: 1, endLine: 4, endColumn: 2, fixable: true },
        { ruleId: 'hype-language', severity: 'warning', message: '"Miracle" overstates what it does.', line: 9, column: 1, endLine: 9, endColumn: 8, fixable: false },
      ],
      problems: [{ severity: 'error', message: 'Rule "x" failed on this file and its findings are missing: boom' }],
      fixed: true,
    },
  ],
  [0, { path: '/docs/empty.md', findings: [], problems: [], fixed: false }],
  [7, { path: '/docs/big.md', findings: [], problems: [{ severity: 'warning', message: 'Not linted: 3.0 MB is larger than the 2.0 MB limit (setting "maxFileSize").' }], fixed: false }],
  [2, { path: '/docs/ü 😀.txt', findings: [{ ruleId: 'custom', severity: 'hint', message: 'Ünïcode 😀 message', line: 100000, column: 65535, endLine: 100001, endColumn: 1, fixable: false }], problems: [], fixed: false }],
];

describe('outcomes passed from worker threads', () => {
  it('read back the same, field order included, with paths from the task list', () => {
    const paths = new Map(outcomes.map(([index, outcome]) => [index, outcome.path]));
    const packed = packOutcomes(outcomes);
    const unpacked = unpackOutcomes(packed, (index) => paths.get(index)!);
    assert.deepEqual(unpacked, outcomes);
    assert.equal(JSON.stringify(unpacked), JSON.stringify(outcomes));
  });

  it('carry each text once, and share the copies the caller keeps', () => {
    const packed = packOutcomes(outcomes);
    assert.equal(packed.strings.filter((text) => text === '"Miracle" overstates what it does.').length, 1);
    const kept = new Map<string, string>();
    const intern = (text: string) => kept.get(text) ?? (kept.set(text, text), text);
    const first = unpackOutcomes(packed, () => 'x', intern);
    const second = unpackOutcomes(packOutcomes(outcomes), () => 'x', intern);
    assert.equal(first[0][1].findings[0].message, second[0][1].findings[0].message);
    assert.ok(kept.has('hype-language'));
  });

  it('handle a batch with no files', () => {
    assert.deepEqual(unpackOutcomes(packOutcomes([]), () => 'x'), []);
  });
});
