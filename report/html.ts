// A standalone HTML report (and the editor's report view): totals by severity, rule and
// file, a bar chart of findings per rule as inline SVG, and every finding with file:line.
//
// Safety: every string that comes from a document, a file name or a rule is HTML-escaped;
// the page loads nothing from outside and runs under a strict Content-Security-Policy with
// a nonce. The standalone page has no script at all. The editor variant adds one small
// nonce'd script that posts clicks and export requests to the extension.
// Colours come from the editor's `--vscode-*` variables, with fallbacks when standalone.

import { countForExit, plural, summarize, SEVERITIES, type ReportData, type ReportSeverity } from './model.js';

export type ExportFormat = 'markdown' | 'html' | 'json' | 'csv' | 'sarif';

export interface HtmlOptions {
  /** CSP nonce; a random one is made when absent. */
  nonce?: string;
  /** The editor variant: findings post `{type:'open', file, finding}`, export buttons post `{type:'export', format}`. */
  interactive?: boolean;
  /** Extra CSP source for the editor (the webview's `cspSource`), allowed for images only. */
  cspSource?: string;
  title?: string;
  /** Shown under the title, e.g. when and where the report was made. */
  subtitle?: string;
  /** Findings listed one by one (totals always count all); a page with hundreds of thousands would not open. */
  maxListedFindings?: number;
}

const DEFAULT_MAX_LISTED = 10_000;

const MOST_AFFECTED = 10;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export function makeNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  let text = '';
  for (const byte of bytes) text += byte.toString(16).padStart(2, '0');
  return text;
}

export function renderHtml(data: ReportData, options: HtmlOptions = {}): string {
  return [...htmlChunks(data, options)].join('');
}

/** The page in pieces, so a big report need not sit in one string. */
export function* htmlChunks(data: ReportData, options: HtmlOptions = {}): Generator<string> {
  const nonce = options.nonce ?? makeNonce();
  if (!/^[A-Za-z0-9+/=_-]+$/.test(nonce)) throw new Error('A CSP nonce must be base64 or hex characters.');
  const summary = summarize(data);
  const { errors, warnings } = countForExit(summary);
  const title = options.title ?? 'Health Lint report';
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    options.interactive ? `script-src 'nonce-${nonce}'` : undefined,
    options.cspSource ? `img-src ${options.cspSource}` : undefined,
    "base-uri 'none'",
    "form-action 'none'",
  ]
    .filter(Boolean)
    .join('; ');

  const maxListed = options.maxListedFindings ?? DEFAULT_MAX_LISTED;
  yield line(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(`${data.tool.name} ${data.tool.version}`)}">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
${options.subtitle ? `<p class="subtitle">${escapeHtml(options.subtitle)}</p>` : ''}
<p id="summary" class="summary">${plural(summary.findings, 'finding')} in ${plural(summary.filesWithFindings, 'file')} (${plural(summary.filesLinted, 'file')} linted)</p>
${options.interactive ? exportButtons() : ''}
</header>
<main>`);

  // Totals by severity.
  const counts: Record<ReportSeverity, number> = { ...summary.bySeverity, error: errors, warning: warnings };
  yield line(`<section aria-labelledby="h-severity"><h2 id="h-severity">By severity</h2><ul class="cards">`);
  for (const severity of SEVERITIES) {
    yield line(`<li class="card sev-${severity}"><span class="count" data-severity="${severity}">${counts[severity]}</span> <span class="label">${label(severity, counts[severity])}</span></li>`);
  }
  yield line(`</ul></section>`);

  // By rule: a table with the numbers and an SVG chart of the same numbers.
  yield line(`<section aria-labelledby="h-rules"><h2 id="h-rules">By rule</h2>`);
  if (summary.byRule.length === 0) yield line(`<p>No findings.</p>`);
  else {
    yield line(ruleChart(summary.byRule.map((entry) => ({ id: entry.rule.id, total: entry.total }))));
    yield line(`<table id="by-rule"><thead><tr><th scope="col">Rule</th><th scope="col">Description</th><th scope="col" class="num">Findings</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col" class="num">Info/hints</th></tr></thead><tbody>`);
    for (const entry of summary.byRule) {
      const name = entry.rule.helpUri
        ? `<a href="${escapeHtml(entry.rule.helpUri)}" rel="noreferrer noopener">${escapeHtml(entry.rule.id)}</a>`
        : escapeHtml(entry.rule.id);
      yield line(
        `<tr data-rule="${escapeHtml(entry.rule.id)}"><th scope="row">${name}</th><td>${escapeHtml(entry.rule.description)}</td><td class="num total">${entry.total}</td>` +
          `<td class="num">${entry.bySeverity.error}</td><td class="num">${entry.bySeverity.warning}</td><td class="num">${entry.bySeverity.info + entry.bySeverity.hint}</td></tr>`,
      );
    }
    yield line(`</tbody></table>`);
  }
  yield line(`</section>`);

  // Most affected files.
  const affected = summary.byFile.filter((entry) => entry.total > 0);
  if (affected.length > 0) {
    const top = affected.slice(0, MOST_AFFECTED);
    const most = top[0].total;
    yield line(`<section aria-labelledby="h-files"><h2 id="h-files">Most affected files</h2><table id="by-file"><thead><tr><th scope="col">File</th><th scope="col" class="num">Findings</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col"><span class="visually-hidden">Share</span></th></tr></thead><tbody>`);
    for (const entry of top) {
      yield line(
        `<tr><th scope="row"><a href="#file-${entry.index}" class="path">${escapeHtml(entry.file.path)}</a></th><td class="num total">${entry.total}</td><td class="num">${entry.errors}</td><td class="num">${entry.warnings}</td>` +
          `<td>${bar(entry.total, most)}</td></tr>`,
      );
    }
    yield line(`</tbody></table></section>`);
  }

  // Files that could not be linted.
  const withProblems = data.files.map((file, index) => ({ file, index })).filter(({ file }) => file.problems.length > 0);
  if (withProblems.length > 0) {
    yield line(`<section aria-labelledby="h-problems"><h2 id="h-problems">File problems</h2><ul class="problems">`);
    for (const { file } of withProblems) {
      for (const problem of file.problems) {
        yield line(`<li class="sev-${problem.severity}"><span class="path">${escapeHtml(file.path)}</span>: <span class="sev">${problem.severity}</span> ${escapeHtml(problem.message)}</li>`);
      }
    }
    yield line(`</ul></section>`);
  }

  // Every finding.
  if (summary.findings > 0) {
    yield line(`<section aria-labelledby="h-findings"><h2 id="h-findings">Findings</h2>`);
    let listed = 0;
    for (let fileIndex = 0; fileIndex < data.files.length && listed < maxListed; fileIndex++) {
      const file = data.files[fileIndex];
      if (file.findings.length === 0) continue;
      yield line(`<details open id="file-${fileIndex}" class="file"><summary><span class="path">${escapeHtml(file.path)}</span> <span class="badge">${file.findings.length}</span></summary><ol class="findings">`);
      for (let findingIndex = 0; findingIndex < file.findings.length && listed < maxListed; findingIndex++, listed++) {
        const finding = file.findings[findingIndex];
        const where = `${file.path}:${finding.line}:${finding.column}`;
        yield line(
          `<li class="finding sev-${finding.severity}"><a class="loc" href="#file-${fileIndex}" data-file="${fileIndex}" data-finding="${findingIndex}">${escapeHtml(where)}</a>` +
            ` <span class="sev">${finding.severity}</span> <span class="msg">${escapeHtml(finding.message)}</span> <code class="rule">${escapeHtml(finding.ruleId)}</code>${finding.fixable ? ' <span class="fixable">fixable</span>' : ''}</li>`,
        );
      }
      yield line(`</ol></details>`);
    }
    if (summary.findings > listed) {
      yield line(`<p class="more">${summary.findings - listed} more findings are not listed here; the totals above count them all. Export JSON, CSV or SARIF for the full list.</p>`);
    }
    yield line(`</section>`);
  }
  yield line(`</main>
<footer><p>${plural(errors, 'error')}, ${plural(warnings, 'warning')}. Made by <a href="${escapeHtml(data.tool.informationUri)}" rel="noreferrer noopener">${escapeHtml(data.tool.name)}</a> ${escapeHtml(data.tool.version)}.</p></footer>
${options.interactive ? `<script nonce="${nonce}">${SCRIPT}</script>` : ''}
</body>
</html>`);
}

function line(text: string): string {
  return `${text}\n`;
}

function label(severity: ReportSeverity, count: number): string {
  if (severity === 'info') return 'info';
  return count === 1 ? severity : `${severity}s`;
}

function exportButtons(): string {
  const formats: [ExportFormat, string][] = [
    ['markdown', 'Markdown'],
    ['html', 'HTML'],
    ['json', 'JSON'],
    ['csv', 'CSV'],
    ['sarif', 'SARIF'],
  ];
  return `<nav class="exports" aria-label="Export the report">Export: ${formats
    .map(([format, name]) => `<button type="button" data-export="${format}">${name}</button>`)
    .join(' ')}</nav>`;
}

/** A horizontal bar chart: geometry in SVG attributes (not inline styles, which the CSP forbids). */
function ruleChart(entries: { id: string; total: number }[]): string {
  const rowHeight = 22;
  const labelWidth = 230;
  const barWidth = 360;
  const most = Math.max(...entries.map((entry) => entry.total));
  const height = entries.length * rowHeight + 4;
  const rows = entries.map((entry, index) => {
    const y = index * rowHeight + 2;
    const width = Math.max(1, Math.round((entry.total / most) * barWidth));
    return (
      `<g><title>${escapeHtml(entry.id)}: ${entry.total}</title>` +
      `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end" class="chart-label">${escapeHtml(truncate(entry.id, 32))}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${width}" height="${rowHeight - 8}" rx="2" class="chart-bar"></rect>` +
      `<text x="${labelWidth + width + 6}" y="${y + 15}" class="chart-value">${entry.total}</text></g>`
    );
  });
  const summary = entries.map((entry) => `${entry.id} ${entry.total}`).join(', ');
  return `<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(`Findings per rule: ${summary}`)}" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}" width="${labelWidth + barWidth + 60}" height="${height}">${rows.join('')}</svg><figcaption>Findings per rule</figcaption></figure>`;
}

function bar(value: number, most: number): string {
  const width = Math.max(1, Math.round((value / Math.max(1, most)) * 120));
  return `<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" width="122" height="10" viewBox="0 0 122 10"><rect x="0" y="1" width="${width}" height="8" rx="2" class="chart-bar"></rect></svg>`;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

const STYLE = `
:root {
  --fallback-bg: #ffffff; --fallback-fg: #1f2328; --fallback-muted: #59636e; --fallback-border: #d1d9e0;
  --fallback-link: #0969da; --fallback-error: #cf222e; --fallback-warning: #9a6700; --fallback-info: #0969da;
  --fallback-bar: #0969da; --fallback-focus: #0969da; --fallback-button-bg: #0969da; --fallback-button-fg: #ffffff;
  --fallback-row: #f6f8fa;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fallback-bg: #0d1117; --fallback-fg: #e6edf3; --fallback-muted: #9198a1; --fallback-border: #3d444d;
    --fallback-link: #4493f8; --fallback-error: #f85149; --fallback-warning: #d29922; --fallback-info: #4493f8;
    --fallback-bar: #4493f8; --fallback-focus: #4493f8; --fallback-button-bg: #1f6feb; --fallback-row: #151b23;
  }
}
body {
  margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem;
  background: var(--vscode-editor-background, var(--fallback-bg));
  color: var(--vscode-editor-foreground, var(--fallback-fg));
  font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif);
  font-size: var(--vscode-font-size, 14px); line-height: 1.45;
}
h1 { font-size: 1.6em; margin: 0.4em 0 0.2em; }
h2 { font-size: 1.2em; margin: 1.6em 0 0.6em; border-bottom: 1px solid var(--vscode-panel-border, var(--fallback-border)); padding-bottom: 0.2em; }
a { color: var(--vscode-textLink-foreground, var(--fallback-link)); }
a:focus-visible, button:focus-visible, summary:focus-visible { outline: 2px solid var(--vscode-focusBorder, var(--fallback-focus)); outline-offset: 2px; }
.subtitle, .summary, figcaption, footer { color: var(--vscode-descriptionForeground, var(--fallback-muted)); }
.cards { display: flex; flex-wrap: wrap; gap: 0.75rem; list-style: none; padding: 0; margin: 0; }
.card { border: 1px solid var(--vscode-panel-border, var(--fallback-border)); border-radius: 6px; padding: 0.6rem 1rem; min-width: 7rem; }
.card .count { font-size: 1.6em; font-weight: 600; display: block; }
.sev-error .count, .sev-error .sev { color: var(--vscode-errorForeground, var(--fallback-error)); }
.sev-warning .count, .sev-warning .sev { color: var(--vscode-editorWarning-foreground, var(--fallback-warning)); }
.sev-info .count, .sev-info .sev, .sev-hint .count, .sev-hint .sev { color: var(--vscode-editorInfo-foreground, var(--fallback-info)); }
.sev { font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
th, td { text-align: left; padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--vscode-panel-border, var(--fallback-border)); vertical-align: top; }
thead th { font-weight: 600; }
#by-rule tbody th { white-space: nowrap; }
tbody tr:nth-child(even) { background: var(--vscode-list-hoverBackground, var(--fallback-row)); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.chart { margin: 0.5rem 0 1rem; overflow-x: auto; }
.chart svg { max-width: 100%; height: auto; }
.chart-bar { fill: var(--vscode-charts-blue, var(--fallback-bar)); }
.chart-label, .chart-value { fill: var(--vscode-editor-foreground, var(--fallback-fg)); font-size: 12px; font-family: inherit; }
.path { font-family: var(--vscode-editor-font-family, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace); word-break: break-all; }
details.file { margin: 0.5rem 0; border: 1px solid var(--vscode-panel-border, var(--fallback-border)); border-radius: 6px; padding: 0.3rem 0.8rem; }
details.file summary { cursor: pointer; font-weight: 600; padding: 0.2rem 0; }
.badge { font-weight: normal; border-radius: 1em; padding: 0 0.5em; border: 1px solid var(--vscode-panel-border, var(--fallback-border)); }
ol.findings { padding-left: 1.2rem; margin: 0.3rem 0; }
ol.findings li { margin: 0.25rem 0; }
.loc { font-family: var(--vscode-editor-font-family, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace); word-break: break-all; }
.rule, .fixable { color: var(--vscode-descriptionForeground, var(--fallback-muted)); }
.fixable { font-size: 0.85em; border: 1px solid currentColor; border-radius: 3px; padding: 0 0.3em; }
.problems li { margin: 0.2rem 0; }
.exports button {
  font: inherit; cursor: pointer; border: none; border-radius: 2px; padding: 0.25rem 0.7rem; margin: 0 0.2rem 0.3rem 0;
  background: var(--vscode-button-background, var(--fallback-button-bg)); color: var(--vscode-button-foreground, var(--fallback-button-fg));
}
.exports button:hover { background: var(--vscode-button-hoverBackground, var(--fallback-button-bg)); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer { margin-top: 2rem; font-size: 0.9em; }
`;

// Runs only in the editor's webview. Anchors are focusable, so Enter opens a finding too.
const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', function (event) {
    const target = event.target instanceof Element ? event.target : null;
    const location = target && target.closest('a.loc');
    if (location) {
      event.preventDefault();
      vscode.postMessage({ type: 'open', file: Number(location.dataset.file), finding: Number(location.dataset.finding) });
      return;
    }
    const button = target && target.closest('button[data-export]');
    if (button) vscode.postMessage({ type: 'export', format: button.dataset.export });
  });
})();
`;
