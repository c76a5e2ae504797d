// Renders a set of findings in every report format. Pure: no file access, no `vscode`.
// Shared by the command line and the editor's report view.

import { renderCsv } from './csv.js';
import { renderHtml, type HtmlOptions } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { ReportData } from './model.js';
import { renderSarif, type SarifOptions } from './sarif.js';
import { renderStylish } from './stylish.js';

export * from './model.js';
export { renderCsv, csvField } from './csv.js';
export { renderHtml, escapeHtml, makeNonce, type HtmlOptions, type ExportFormat } from './html.js';
export { renderJson } from './json.js';
export { renderMarkdown } from './markdown.js';
export { renderSarif, sarifLevel, pathToUriReference, SARIF_SCHEMA, type SarifOptions } from './sarif.js';
export { renderStylish, type StylishOptions } from './stylish.js';

export const REPORT_FORMATS = ['stylish', 'json', 'sarif', 'markdown', 'html', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderOptions {
  color?: boolean;
  /** Terminal width for stylish output. */
  width?: number;
  html?: HtmlOptions;
  sarif?: SarifOptions;
}

export function renderReport(format: ReportFormat, data: ReportData, options: RenderOptions = {}): string {
  switch (format) {
    case 'stylish':
      return renderStylish(data, { color: options.color ?? false, width: options.width });
    case 'json':
      return renderJson(data);
    case 'sarif':
      return renderSarif(data, options.sarif);
    case 'markdown':
      return renderMarkdown(data);
    case 'html':
      return renderHtml(data, options.html);
    case 'csv':
      return renderCsv(data);
  }
}

/** The usual file extension for a format (for save dialogs and `--output` defaults). */
export const REPORT_EXTENSIONS: Record<Exclude<ReportFormat, 'stylish'>, string> = {
  json: 'json',
  sarif: 'sarif',
  markdown: 'md',
  html: 'html',
  csv: 'csv',
};
