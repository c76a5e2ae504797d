// Times one peer prose linter on one document, in-process:
//   node run-peer.mjs <peer> <file> <repeats>
// Prints JSON: setup (import and initialisation), cold (first run), warm (median of the
// following runs) in milliseconds, and how many problems it reported.
import { readFileSync } from 'node:fs';

const [peer, file, repeats = '5'] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const markdown = file.endsWith('.md');
const now = () => performance.now();
const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

async function load() {
  switch (peer) {
    case 'write-good': {
      const { default: writeGood } = await import('write-good');
      return async (value) => writeGood(value).length;
    }
    case 'retext-intensify': {
      const [{ retext }, { default: intensify }] = await Promise.all([import('retext'), import('retext-intensify')]);
      const processor = retext().use(intensify);
      return async (value) => (await processor.process(value)).messages.length;
    }
    case 'alex': {
      const alex = await import('alex');
      return async (value) => (markdown ? alex.markdown(value) : alex.text(value)).messages.length;
    }
    case 'textlint': {
      const [{ createLinter }, { TextlintKernelDescriptor }, markdownPlugin, textPlugin, writeGoodRule] = await Promise.all([
        import('textlint'),
        import('@textlint/kernel'),
        import('@textlint/textlint-plugin-markdown'),
        import('@textlint/textlint-plugin-text'),
        import('textlint-rule-write-good'),
      ]);
      // CommonJS modules compiled from ES modules: the rule or plugin sits under `default`, maybe twice.
      const unwrap = (module) => (module && typeof module === 'object' && 'default' in module ? unwrap(module.default) : module);
      const descriptor = new TextlintKernelDescriptor({
        rules: [{ ruleId: 'write-good', rule: unwrap(writeGoodRule), options: true }],
        plugins: [
          { pluginId: 'markdown', plugin: unwrap(markdownPlugin) },
          { pluginId: 'text', plugin: unwrap(textPlugin) },
        ],
        filterRules: [],
      });
      const linter = createLinter({ descriptor });
      return async (value) => (await linter.lintText(value, markdown ? 'bench.md' : 'bench.txt')).messages.length;
    }
    case 'harper.js': {
      const [{ LocalLinter }, { binaryInlined }] = await Promise.all([import('harper.js'), import('harper.js/binaryInlined')]);
      const linter = new LocalLinter({ binary: binaryInlined });
      await linter.setup();
      return async (value) => (await linter.lint(value, { language: markdown ? 'markdown' : 'plaintext' })).length;
    }
    default:
      throw new Error(`unknown peer ${peer}`);
  }
}

let start = now();
const run = await load();
const setup = now() - start;
start = now();
let cpuStart = cpu();
const problems = await run(text);
const cold = now() - start;
const coldCpu = cpu() - cpuStart;
const warm = [];
const warmCpu = [];
for (let i = 0; i < Number(repeats); i++) {
  start = now();
  cpuStart = cpu();
  await run(text);
  warm.push(now() - start);
  warmCpu.push(cpu() - cpuStart);
}
const median = (values, fallback) => (values.length ? [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] : fallback);
console.log(JSON.stringify({ setup, cold, coldCpu, warm: median(warm, cold), warmCpu: median(warmCpu, coldCpu), problems }));
process.exit(0);
