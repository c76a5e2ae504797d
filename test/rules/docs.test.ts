// Every built-in rule has complete metadata beside its logic and a documentation page with
// the sections a reader needs: what it catches, why (with sources), failing and passing
// examples, how to fix, and how to configure and silence it. The index lists every rule.

import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtInRules, createLinter, docsUrl, SEVERITY_SETTINGS, type DocumentLanguage } from '../../rules/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCS = `${ROOT}docs/rules/`;

/** Sections of a rule page, each recognised by the headings and labels the pages use. */
const SECTIONS: { name: string; test: (page: string, ruleId: string) => boolean }[] = [
  {
    name: 'what it catches (a paragraph under the title, or a "What counts" section)',
    test: (page) => introProse(page).length >= 40 || /^##+ .*what (?:it )?(?:catches|counts|reports)/im.test(page),
  },
  { name: 'why, with its sources', test: (page) => /^##+ .*\b(?:why|sources?|rationale)\b/im.test(page) },
  { name: 'failing examples', test: (page) => exampleBlock(page, FAILING) !== undefined },
  { name: 'passing examples', test: (page) => exampleBlock(page, PASSING) !== undefined },
  { name: 'how to fix', test: (page) => /^##+ .*\bfix/im.test(page) },
  { name: 'how to configure it (a configuration section with a "rules" example)', test: (page, id) => /^##+ .*config/im.test(page) && page.includes('"rules"') && page.includes(id) },
  { name: 'how to silence it (a health-lint-disable comment for this rule)', test: (page, id) => new RegExp(`health-lint-disable(?:-next-line|-line|-file)? ${id}\\b`).test(page) },
];

/** The prose between the title and the first section, without the severity summary. */
function introProse(page: string): string {
  const firstSection = page.search(/^## /m);
  const intro = firstSection < 0 ? page : page.slice(0, firstSection);
  return intro
    .split(/\n\s*\n/)
    .filter((paragraph) => !/^\s*#/.test(paragraph) && !/^\s*\*\*Default severity/.test(paragraph))
    .join(' ')
    .trim();
}

/** Labels of example blocks: a line of its own ("Fails:", "Fails (Markdown):", "### Passing"). */
const FAILING = /^(?:#{2,4}\s*)?(?:\*\*)?(?:fails|failing|reported|flagged)\b[^\n]*(?::|:\*\*|\bexamples?)\s*$/im;
const PASSING = /^(?:#{2,4}\s*)?(?:\*\*)?(?:passes|passing|not reported|not flagged)\b[^\n]*(?::|:\*\*|\bexamples?)\s*$/im;

/** The first fenced code block after a label, with the language its fence names. */
function exampleBlock(page: string, label: RegExp): { language: DocumentLanguage; text: string } | undefined {
  const match = label.exec(page);
  if (!match) return undefined;
  const fence = /```(\w*)\n([\s\S]*?)```/.exec(page.slice(match.index));
  if (!fence) return undefined;
  const language: DocumentLanguage = fence[1] === 'html' ? 'html' : fence[1] === 'text' || fence[1] === 'plaintext' ? 'plaintext' : 'markdown';
  return { language, text: fence[2] };
}

/** Lints with only one rule switched on. */
function lintOnly(ruleId: string, text: string, language: DocumentLanguage): number {
  const rules: Record<string, 'warning' | 'off'> = {};
  for (const rule of builtInRules) rules[rule.meta.id] = rule.meta.id === ruleId ? 'warning' : 'off';
  return createLinter({ rules }).lint(text, language).findings.filter((finding) => finding.ruleId === ruleId).length;
}

describe('rule metadata and documentation', () => {
  const index = existsSync(`${DOCS}README.md`) ? readFileSync(`${DOCS}README.md`, 'utf8') : '';

  it('the section check notices what a page lacks', () => {
    const page = '# some-rule\n\nReports something that health writers should not write.\n';
    const missing = SECTIONS.filter((section) => !section.test(page, 'some-rule')).map((section) => section.name);
    assert.equal(missing.length, SECTIONS.length - 1, `only "what it catches" should be found; missing: ${missing.join('; ')}`);
  });

  it('the rule ids are unique', () => {
    const ids = builtInRules.map((rule) => rule.meta.id);
    assert.deepEqual(ids, [...new Set(ids)]);
  });

  for (const rule of builtInRules) {
    const { id, description, defaultSeverity } = rule.meta;
    describe(id, () => {
      it('metadata: id matches its file, description and severity are set', () => {
        const file = `${ROOT}rules/catalog/${id}.ts`;
        assert.ok(existsSync(file), `rules/catalog/${id}.ts should hold the rule`);
        assert.match(readFileSync(file, 'utf8'), new RegExp(`id: '${id}'`), `the rule in rules/catalog/${id}.ts should declare id '${id}'`);
        assert.match(id, /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');
        assert.ok(description.trim().length >= 20 && !/placeholder/i.test(description), `"${description}" should say what the rule catches`);
        assert.ok(!description.includes('\n') && description.length <= 200, 'the description is one line');
        assert.ok(SEVERITY_SETTINGS.includes(defaultSeverity), `default severity "${defaultSeverity}" should be one of ${SEVERITY_SETTINGS.join(', ')}`);
        assert.ok(typeof rule.meta.fixable === 'boolean' && typeof rule.meta.hasSuggestions === 'boolean', 'fixable and hasSuggestions are declared');
        assert.ok(docsUrl(id).endsWith(`/docs/rules/${id}.md`), 'the docs link points at this page');
      });

      it(`has docs/rules/${id}.md with every required section`, () => {
        const path = `${DOCS}${id}.md`;
        assert.ok(existsSync(path), `docs/rules/${id}.md is missing`);
        const page = readFileSync(path, 'utf8');
        assert.match(page, new RegExp(`^# ${id}\\s*$`, 'm'), `the page title should be "# ${id}"`);
        const missing = SECTIONS.filter((section) => !section.test(page, id)).map((section) => section.name);
        assert.deepEqual(missing, [], `docs/rules/${id}.md lacks: ${missing.join('; ')}`);
      });

      it('the examples on its page agree with the rule: the failing block is reported, the passing block is not', () => {
        const path = `${DOCS}${id}.md`;
        assert.ok(existsSync(path), `docs/rules/${id}.md is missing`);
        const page = readFileSync(path, 'utf8');
        const failing = exampleBlock(page, FAILING);
        const passing = exampleBlock(page, PASSING);
        assert.ok(failing && passing, 'the page should have failing and passing example blocks');
        assert.ok(lintOnly(id, failing.text, failing.language) > 0, `the failing example of ${id} is not reported`);
        assert.equal(lintOnly(id, passing.text, passing.language), 0, `the passing example of ${id} is reported`);
      });

      it('is listed in docs/rules/README.md with a link and a description', () => {
        const row = index.split('\n').find((line) => line.includes(`](${id}.md)`));
        assert.ok(row, `docs/rules/README.md should link to ${id}.md`);
        assert.ok(row.replace(/\[[^\]]*\]\([^)]*\)/g, '').replace(/[|\s-]/g, '').length > 20, `the index row for ${id} should describe it`);
      });
    });
  }
});
