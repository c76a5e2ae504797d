// Renders a set of findings in every report format. Pure: no file access, no `vscode`.
// Shared by the command line and the editor's report view.

import { csvChunks } from './csv.js';
import { htmlChunks, type HtmlOptions } from './html.js';
import { jsonChunks } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { ReportData } from './model.js';
import { sarifChunks, type SarifOptions } from './sarif.js';
import { stylishChunks } from './stylish.js';

export * from './model.js';
export { renderCsv, csvChunks, csvField } from './csv.js';
export { renderHtml, htmlChunks, escapeHtml, makeNonce, type HtmlOptions, type ExportFormat } from './html.js';
export { renderJson, jsonChunks } from './json.js';
export { renderMarkdown } from './markdown.js';
export { checkShards, countSarifLevels, detectFormat, mergeJsonReports, mergeSarifLogs, MergeError, sarifLogChunks, type MergeableFormat, type MergeInput, type SarifMerge } from './merge.js';
export { renderSarif, sarifChunks, sarifLevel, pathToUriReference, SARIF_SCHEMA, type SarifOptions } from './sarif.js';
export { renderStylish, stylishChunks, type StylishOptions } from './stylish.js';

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
  return [...reportChunks(format, data, options)].join('');
}

/** The report in pieces that concatenate to `renderReport`'s text, for writing big reports as they are made. */
export function* reportChunks(format: ReportFormat, data: ReportData, options: RenderOptions = {}): Generator<string> {
  switch (format) {
    case 'stylish':
      return yield* stylishChunks(data, { color: options.color ?? false, width: options.width });
    case 'json':
      return yield* jsonChunks(data);
    case 'sarif':
      return yield* sarifChunks(data, options.sarif);
    case 'markdown':
      return yield renderMarkdown(data);
    case 'html':
      return yield* htmlChunks(data, options.html);
    case 'csv':
      return yield* csvChunks(data);
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
