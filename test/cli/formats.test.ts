// Every report format from the real command line, plus the pure renderers on hostile input.
// SARIF is validated against the SARIF 2.1.0 JSON schema (see validateSarif in helpers.ts).

import { strict as assert } from 'node:assert';
import { csvField, escapeHtml, renderCsv, renderHtml, renderJson, renderMarkdown, renderSarif, type ReportData } from '../../report/index.js';
import { builtInRules, docsUrl } from '../../rules/index.js';
import { buildCli, hostileFixture, runCli, validateSarif } from './helpers.js';

describe('report formats', function () {
  this.timeout(60000);
  before(async () => {
    await buildCli();
  });

  describe('SARIF', () => {
    let log: any; // eslint-disable-line @typescript-eslint/no-explicit-any

    before(async () => {
      const run = await runCli(['--format', 'sarif'], { cwd: hostileFixture() });
      assert.equal(run.code, 1, run.stderr);
      log = JSON.parse(run.stdout);
    });

    it('is valid against the SARIF 2.1.0 schema', () => {
      assert.deepEqual(validateSarif(log), []);
      // The validator does reject what the schema forbids.
      assert.notDeepEqual(validateSarif({ ...log, version: '2.0.0' }), []);
      assert.notDeepEqual(validateSarif({ ...log, runs: [{ ...log.runs[0], columnKind: 'bytes' }] }), []);
    });

    it('names the tool and every rule with its docs page and default level', () => {
      assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
      assert.equal(log.version, '2.1.0');
      const driver = log.runs[0].tool.driver;
      assert.equal(driver.name, 'health-lint');
      assert.match(driver.version, /^\d+\.\d+\.\d+/);
      assert.match(driver.informationUri, /^https:\/\//);
      for (const rule of builtInRules) {
        const entry = driver.rules.find((candidate: { id: string }) => candidate.id === rule.meta.id);
        assert.ok(entry, rule.meta.id);
        assert.equal(entry.helpUri, docsUrl(rule.meta.id));
        assert.equal(entry.shortDescription.text, rule.meta.description);
        assert.ok(['error', 'warning', 'note', 'none'].includes(entry.defaultConfiguration.level));
      }
      const custom = driver.rules.find((candidate: { id: string }) => candidate.id === 'no-miracle');
      assert.equal(custom.defaultConfiguration.level, 'error');
    });

    it('has one result per finding, with relative URIs under %SRCROOT% and 1-based UTF-16 regions', () => {
      const run = log.runs[0];
      assert.equal(run.columnKind, 'utf16CodeUnits');
      assert.equal(run.results.length, 7);
      for (const result of run.results) {
        assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
        const location = result.locations[0].physicalLocation;
        assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
        assert.doesNotMatch(location.artifactLocation.uri, /^(\/|file:)/);
      }
      const article = run.results.find((result: any) => result.locations[0].physicalLocation.artifactLocation.uri === 'article.md'); // eslint-disable-line @typescript-eslint/no-explicit-any
      assert.equal(article.level, 'error');
      assert.equal(article.message.text, 'Avoid "miracle", it promises too much.');
      assert.deepEqual(article.locations[0].physicalLocation.region, { startLine: 3, startColumn: 6, endLine: 3, endColumn: 13 });
      const hostile = run.results.find((result: any) => result.locations[0].physicalLocation.artifactLocation.uri.startsWith('%3Cimg')); // eslint-disable-line @typescript-eslint/no-explicit-any
      assert.equal(hostile.locations[0].physicalLocation.artifactLocation.uri, '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.md');
    });
  });

  it('JSON lists every file linted with findings and totals', async () => {
    const run = await runCli(['--format', 'json'], { cwd: hostileFixture() });
    const report = JSON.parse(run.stdout);
    assert.equal(report.summary.filesLinted, 6);
    assert.equal(report.summary.errors, 3);
    assert.equal(report.summary.warnings, 4);
    assert.deepEqual(report.summary.byRule, { 'avoid-very': 4, 'no-miracle': 3 });
    assert.equal(report.files.find((file: { path: string }) => file.path === 'clean.md').findings.length, 0);
  });

  it('CSV is RFC 4180 with a header row and CRLF line ends', async () => {
    const run = await runCli(['--format', 'csv'], { cwd: hostileFixture() });
    const rows = run.stdout.split('\r\n');
    assert.equal(rows[0], 'file,line,column,endLine,endColumn,severity,ruleId,message,fixable');
    assert.equal(rows.at(-1), '', 'ends with CRLF');
    assert.equal(rows.length, 1 + 7 + 1);
    assert.ok(rows.includes('article.md,3,6,3,13,error,no-miracle,"Avoid ""miracle"", it promises too much.",false'), rows.join('\n'));
  });

  it('Markdown has totals, a rule table with docs links, and escapes file names and messages', async () => {
    const run = await runCli(['--format', 'markdown'], { cwd: hostileFixture() });
    assert.match(run.stdout, /^# Health Lint report\n\n7 findings in 5 files \(6 files linted\): 3 errors, 4 warnings/);
    assert.match(run.stdout, /\| avoid-very \| 4 \| 0 \| 4 \| 0 \|/);
    assert.match(run.stdout, /### `<img src=x onerror=alert\(1\)>\.md`/, 'a file name in a code span renders as text');
    assert.doesNotMatch(run.stdout.replace(/`[^`\n]*`/g, ''), /<img|<script/, 'no raw HTML outside code spans');
  });

  describe('pure renderers', () => {
    const data: ReportData = {
      tool: { name: 'health-lint', version: '1.0.0', informationUri: 'https://example.org' },
      rules: [{ id: 'demo', description: 'Demo <b>rule</b>', defaultSeverity: 'warning', helpUri: 'https://example.org/demo?a=1&b=2' }],
      files: [
        {
          path: 'a|b`c.md',
          problems: [],
          findings: [{ ruleId: 'demo', severity: 'warning', message: '=cmd|"/c calc"!A1, <script>x</script> *bold* [link](http://x)', line: 1, column: 1, endLine: 1, endColumn: 2, fixable: false }],
        },
      ],
    };

    it('CSV quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
      assert.equal(csvField('plain'), 'plain');
      assert.equal(csvField('a,b'), '"a,b"');
      assert.equal(csvField('say "hi"'), '"say ""hi"""');
      assert.equal(csvField('two\r\nlines'), '"two\r\nlines"');
      assert.equal(csvField('=1+1'), "'=1+1");
      assert.equal(csvField(-3), '-3', 'numbers are left alone');
      assert.match(renderCsv(data), /,"'=cmd\|""\/c calc""!A1, <script>x<\/script> \*bold\* \[link\]\(http:\/\/x\)",false\r\n$/);
    });

    it('Markdown escapes emphasis, links, HTML and table pipes', () => {
      const markdown = renderMarkdown(data);
      assert.ok(markdown.includes('&lt;script&gt;x&lt;/script&gt; \\*bold\\* \\[link\\]\\(http://x\\)'), markdown);
      assert.ok(markdown.includes('### ``a\\|b`c.md``'), markdown);
    });

    it('HTML escapes every string and has a strict CSP with a nonce and no script when standalone', () => {
      const html = renderHtml(data, { nonce: 'abc123' });
      assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-abc123&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;">`));
      assert.doesNotMatch(html, /<script/);
      assert.ok(html.includes(escapeHtml('<script>x</script>')));
      assert.ok(html.includes('Demo &#60;b&#62;rule&#60;/b&#62;'));
      assert.ok(html.includes('href="https://example.org/demo?a=1&#38;b=2"'));
      assert.throws(() => renderHtml(data, { nonce: '"><script>' }), /nonce/);
      const interactive = renderHtml(data, { nonce: 'abc123', interactive: true });
      assert.match(interactive, /script-src &#39;nonce-abc123&#39;/);
      assert.match(interactive, /<script nonce="abc123">/);
      assert.equal(interactive.match(/<script/g)?.length, 1);
    });

    it('JSON and SARIF, written in pieces, read exactly as JSON.stringify would write them', () => {
      const twoFiles: ReportData = { ...data, files: [...data.files, { path: 'clean.md', problems: [{ severity: 'warning', message: 'Not linted.' }], findings: [] }] };
      for (const text of [renderJson(twoFiles), renderSarif(twoFiles), renderJson({ ...data, files: [] }), renderSarif({ ...data, files: [] })]) {
        assert.equal(text, JSON.stringify(JSON.parse(text), null, 2) + '\n');
      }
    });

    it('HTML lists at most the configured number of findings, and says how many more there are', () => {
      const many: ReportData = {
        ...data,
        files: [{ path: 'long.md', problems: [], findings: Array.from({ length: 5 }, (_, index) => ({ ...data.files[0].findings[0], line: index + 1 })) }],
      };
      const html = renderHtml(many, { maxListedFindings: 3 });
      assert.equal(html.match(/<li class="finding/g)?.length, 3);
      assert.match(html, /2 more findings are not listed here/);
      assert.match(html, /5 findings in 1 file/);
      assert.ok(html.endsWith('</html>\n'));
    });

    it('SARIF adds rules that findings use but the run did not list', () => {
      const log = JSON.parse(renderSarif({ ...data, rules: [] }));
      assert.equal(log.runs[0].tool.driver.rules[0].id, 'demo');
      assert.equal(log.runs[0].results[0].ruleIndex, 0);
      assert.deepEqual(validateSarif(log), []);
    });
  });
});
