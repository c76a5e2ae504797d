// The extension manifest and the config schema agree with the engine: every rule id is in
// the settings and the schema, the schema accepts exactly what `parseConfigText` accepts
// (on a set of sample configs), and the files the manifest points to exist.

import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { builtInRuleIds, parseConfigText } from '../../rules/index.js';
import { repoRoot } from './lsp-client.js';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'healthlintrc.schema.json'), 'utf8'));
const ruleIds = [...builtInRuleIds].sort();
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('extension manifest and config schema', () => {
  it('settings cover enable, run, rules (every rule id), providerAdviceText, maxFileSize', () => {
    const properties = manifest.contributes.configuration.properties;
    for (const key of ['enable', 'run', 'rules', 'providerAdviceText', 'maxFileSize']) assert.ok(properties[`healthLint.${key}`], key);
    assert.deepEqual(properties['healthLint.run'].enum, ['onType', 'onSave']);
    assert.deepEqual(Object.keys(properties['healthLint.rules'].properties).sort(), ruleIds);
    for (const rule of Object.values(properties['healthLint.rules'].properties) as { enum: string[] }[]) {
      assert.deepEqual(rule.enum, ['off', 'hint', 'info', 'warning', 'error']);
    }
  });

  it('the schema lists every rule id, and validation of .healthlintrc.json points at it', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), ruleIds);
    assert.deepEqual([...schema.properties.customRules.items.properties.id.not.enum].sort(), ruleIds);
    const validation = manifest.contributes.jsonValidation.find((entry: { fileMatch: string }) => entry.fileMatch === '.healthlintrc.json');
    assert.ok(validation && existsSync(join(repoRoot, validation.url)));
  });

  it('activates on Markdown, plain text and HTML; main and icon exist after a build; commands are declared', () => {
    assert.deepEqual([...manifest.activationEvents].sort(), ['onLanguage:html', 'onLanguage:markdown', 'onLanguage:plaintext']);
    assert.equal(manifest.main, './dist/client.js');
    assert.ok(existsSync(join(repoRoot, manifest.icon)));
    const commands = manifest.contributes.commands.map((command: { command: string }) => command.command);
    assert.ok(commands.includes('healthLint.restartServer'));
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
  });

  it('the entry and every bundle the client loads by path are built by esbuild.mjs and packaged (.vscodeignore)', () => {
    const clientDir = join(repoRoot, 'client');
    const clientSource = readdirSync(clientDir).filter((name) => name.endsWith('.ts')).map((name) => readFileSync(join(clientDir, name), 'utf8')).join('\n');
    const loaded = [...clientSource.matchAll(/const \w+ = '([\w-]+\.js)';/g)].map((match) => `dist/${match[1]}`);
    assert.deepEqual([...loaded].sort(), ['dist/browser-server.js', 'dist/language-client.js', 'dist/tagger-model.js']);
    const build = readFileSync(join(repoRoot, 'esbuild.mjs'), 'utf8');
    const packaged = readFileSync(join(repoRoot, '.vscodeignore'), 'utf8').split('\n');
    for (const bundle of [manifest.main.replace(/^\.\//, ''), manifest.browser.replace(/^\.\//, ''), ...loaded]) {
      assert.ok(build.includes(`outfile: '${bundle}'`), `esbuild.mjs does not build ${bundle}`);
      assert.ok(packaged.includes(`!${bundle}`), `.vscodeignore leaves ${bundle} out of the package`);
    }
  });

  it('every command the client registers or a menu names is declared (VS Code warns about undeclared menu commands)', () => {
    const declared = new Set(manifest.contributes.commands.map((command: { command: string }) => command.command));
    const clientDir = join(repoRoot, 'client');
    const clientSource = readdirSync(clientDir).filter((name) => name.endsWith('.ts')).map((name) => readFileSync(join(clientDir, name), 'utf8')).join('\n');
    const constants = new Map([...clientSource.matchAll(/const (\w+) = '(healthLint\.\w+)'/g)].map((match) => [match[1], match[2]]));
    const registered = [...clientSource.matchAll(/registerCommand\(\s*(?:'([\w.]+)'|(\w+))/g)].map((match) => match[1] ?? constants.get(match[2]));
    assert.ok(registered.length >= 5, `found only ${registered.length} registerCommand calls`);
    for (const command of registered) assert.ok(command && declared.has(command), `registered but not declared: ${command}`);
    const menus = Object.values(manifest.contributes.menus ?? {}).flat() as { command: string }[];
    for (const item of menus) assert.ok(declared.has(item.command), `a menu names an undeclared command: ${item.command}`);
  });

  const samples: [string, unknown][] = [
    ['an empty config', {}],
    ['severities', { rules: { 'unhedged-claim': 'error', 'commercial-link': 'off' } }],
    ['a bad severity', { rules: { 'unhedged-claim': 'loud' } }],
    ['an unknown key', { rulez: {} }],
    ['texts', { providerAdviceText: 'Ask your doctor.', disclosureText: 'We earn commissions.' }],
    ['an empty advice text', { providerAdviceText: '   ' }],
    ['lexicon lists', { lexicon: { hedges: ['arguably'], affiliateDomains: ['shop.example'] } }],
    ['an unknown lexicon list', { lexicon: { verbs: ['heals'] } }],
    ['health concepts', { lexicon: { healthConcepts: ['qi deficiency', { phrase: 'candida', category: 'disease', disease: true }, { phrase: 'energy audit', category: 'not-health' }] } }],
    ['a health concept with an unknown category', { lexicon: { healthConcepts: [{ phrase: 'gut', category: 'organ' }] } }],
    ['a health concept without a category', { lexicon: { healthConcepts: [{ phrase: 'gut' }] } }],
    ['an empty health concept', { lexicon: { healthConcepts: [' '] } }],
    ['a health concept of punctuation only', { lexicon: { healthConcepts: ['*', { phrase: '!!', category: 'symptom' }] } }],
    ['a custom rule', { customRules: [{ id: 'no-miracle', message: 'No.', pattern: 'miracle', severity: 'info' }], rules: { 'no-miracle': 'error' } }],
    ['a custom rule with a built-in id', { customRules: [{ id: 'unhedged-claim', message: 'No.', pattern: 'x' }] }],
    ['a custom rule without a pattern', { customRules: [{ id: 'x', message: 'No.' }] }],
    ['a custom rule with severity off', { customRules: [{ id: 'x', message: 'No.', pattern: 'x', severity: 'off' }] }],
    ['ignore globs', { ignore: ['drafts/**'] }],
    ['a size', { maxFileSize: 100000 }],
    ['a negative size', { maxFileSize: -1 }],
    ['a fractional size', { maxFileSize: 1.5 }],
  ];

  it('the schema lets any rule id through (custom rule ids cannot be cross-checked in JSON Schema); the engine reports unknown ones on the file', () => {
    const config = { rules: { 'no-such-rule': 'off' } };
    assert.equal(validate(config), true);
    assert.match(parseConfigText(JSON.stringify(config), builtInRuleIds).problems[0].message, /Unknown rule "no-such-rule"/);
  });

  for (const [name, config] of samples) {
    it(`schema and engine agree on ${name}`, () => {
      const engineAccepts = parseConfigText(JSON.stringify(config), builtInRuleIds).problems.length === 0;
      const schemaAccepts = validate(config) === true;
      assert.equal(schemaAccepts, engineAccepts, JSON.stringify(validate.errors));
    });
  }
});
