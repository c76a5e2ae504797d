// A batch's outcomes as they travel from a worker to the main thread: numbers in one
// Int32Array (moved, not copied) and each distinct text once. Copying tens of thousands of
// small finding objects between threads costs far more, on both sides, and every copy of
// a repeated message would be a new string on the main thread.

import type { FileProblem, ReportFinding } from '../report/index.js';
import type { FileOutcome } from './lint-file.js';

export interface PackedOutcomes {
  /** Task index of each file, in order. */
  indexes: number[];
  /** Rule ids, severities and messages, each once. */
  strings: string[];
  /**
   * Per file: fixed (0/1), problem count, then each problem (severity, message), finding
   * count, then each finding (ruleId, severity, message, line, column, endLine, endColumn,
   * fixable, explanation or -1). Texts are indexes into `strings`.
   */
  numbers: Int32Array<ArrayBuffer>;
}

export function packOutcomes(outcomes: readonly [number, FileOutcome][]): PackedOutcomes {
  const strings: string[] = [];
  const stringIndexes = new Map<string, number>();
  const textIndex = (text: string): number => {
    let index = stringIndexes.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      stringIndexes.set(text, index);
    }
    return index;
  };
  let size = 0;
  for (const [, outcome] of outcomes) size += 3 + outcome.problems.length * 2 + outcome.findings.length * 9;
  const numbers = new Int32Array(size);
  let at = 0;
  for (const [, outcome] of outcomes) {
    numbers[at++] = outcome.fixed ? 1 : 0;
    numbers[at++] = outcome.problems.length;
    for (const problem of outcome.problems) {
      numbers[at++] = textIndex(problem.severity);
      numbers[at++] = textIndex(problem.message);
    }
    numbers[at++] = outcome.findings.length;
    for (const finding of outcome.findings) {
      numbers[at++] = textIndex(finding.ruleId);
      numbers[at++] = textIndex(finding.severity);
      numbers[at++] = textIndex(finding.message);
      numbers[at++] = finding.line;
      numbers[at++] = finding.column;
      numbers[at++] = finding.endLine;
      numbers[at++] = finding.endColumn;
      numbers[at++] = finding.fixable ? 1 : 0;
      numbers[at++] = finding.explanation === undefined ? -1 : textIndex(finding.explanation);
    }
  }
  return { indexes: outcomes.map(([index]) => index), strings, numbers };
}

/**
 * The outcomes back as objects. `pathOf` gives each task's path (the main thread knows
 * them); `intern` lets the caller keep one copy of each text across batches.
 */
export function unpackOutcomes(
  packed: PackedOutcomes,
  pathOf: (index: number) => string,
  intern: (text: string) => string = (text) => text,
): [number, FileOutcome][] {
  const strings = packed.strings.map(intern);
  const numbers = packed.numbers;
  const outcomes: [number, FileOutcome][] = [];
  let at = 0;
  for (const index of packed.indexes) {
    const fixed = numbers[at++] === 1;
    const problems: FileProblem[] = [];
    for (let count = numbers[at++]; count > 0; count--) {
      problems.push({ severity: strings[numbers[at]] as FileProblem['severity'], message: strings[numbers[at + 1]] });
      at += 2;
    }
    const findings: ReportFinding[] = [];
    for (let count = numbers[at++]; count > 0; count--) {
      const finding: ReportFinding = {
        ruleId: strings[numbers[at]],
        severity: strings[numbers[at + 1]] as ReportFinding['severity'],
        message: strings[numbers[at + 2]],
        line: numbers[at + 3],
        column: numbers[at + 4],
        endLine: numbers[at + 5],
        endColumn: numbers[at + 6],
        fixable: numbers[at + 7] === 1,
      };
      if (numbers[at + 8] >= 0) finding.explanation = strings[numbers[at + 8]];
      findings.push(finding);
      at += 9;
    }
    outcomes.push([index, { path: pathOf(index), findings, problems, fixed }]);
  }
  return outcomes;
}
