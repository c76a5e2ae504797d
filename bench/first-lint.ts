// Where the first lint of a document goes, in a fresh process (run by bench/run.mjs after
// bundling like the shipped code): loading and compiling the engine's code and data, building
// the linter, parsing, running the rules; then the same document again, warm.
//   node first-lint.mjs <file> <language>

import { readFileSync } from 'node:fs';

const [file, language] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const sinceStart = performance.now(); // Node's own start-up, before this module ran
const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

async function main(): Promise<void> {
  let at = performance.now();
  const phase = (): number => {
    const now = performance.now();
    const took = now - at;
    at = now;
    return took;
  };
  const cpuAtStart = cpu();
  const rules = await import('../rules/index.js');
  const load = phase();
  const linter = rules.createLinter();
  const create = phase();
  const document = rules.parseDocument(text, language as never);
  const parse = phase();
  const result = linter.lintDocument(document);
  const lint = phase();
  const firstCpu = cpu() - cpuAtStart;
  rules.createLinter().lintDocument(rules.parseDocument(`Again.\n\n${text}`, language as never));
  const warm = phase();
  console.log(JSON.stringify({ nodeStart: sinceStart, load, create, parse, rules: lint, first: load + create + parse + lint, firstCpu, warm, findings: result.findings.length }));
}

void main();
