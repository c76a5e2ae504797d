// `health-lint --explain FILES`: the claim analysis of every sentence, flagged or not, one line
// each, so that a writer who disagrees with a finding sees what to change and a developer sees
// why a sentence was missed. Reads files like a lint run (size limit, binary check) and prints
// to standard output; exit code 0 unless a file cannot be read (1).

import { computeLineStarts, DEFAULT_MAX_FILE_SIZE, explainClaims, languageOfPath, lineOfOffset, type HealthLintConfig } from '../rules/index.js';
import { displayPath } from '../node/files.js';
import { readTextFile } from './lint-file.js';

interface ExplainIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const PREVIEW = 70;

export function explainFiles(files: readonly { path: string; config: HealthLintConfig }[], cwd: string, io: ExplainIo): number {
  let failed = false;
  for (const { path, config } of files) {
    const shown = displayPath(path, cwd);
    const read = readTextFile(path, config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    if ('problem' in read) {
      io.stderr.write(`health-lint: ${shown}: ${read.problem.message}\n`);
      if (read.problem.severity === 'error') failed = true;
      continue;
    }
    const lineStarts = computeLineStarts(read.text);
    const lines = [shown];
    for (const explanation of explainClaims(read.text, languageOfPath(path) ?? 'plaintext', config)) {
      const line = lineOfOffset(lineStarts, explanation.start);
      const column = explanation.start - lineStarts[line] + 1;
      const sentence = explanation.sentence.replace(/\s+/g, ' ').replace(/\uFFFC/g, '\u2026');
      const preview = sentence.length > PREVIEW ? `${sentence.slice(0, PREVIEW - 3)}...` : sentence;
      lines.push(`  ${line + 1}:${column}  ${explanation.flagged ? 'flagged    ' : 'not flagged'}  "${preview}"  ${explanation.why}`);
    }
    io.stdout.write(`${lines.join('\n')}\n\n`);
  }
  return failed ? 1 : 0;
}
