// Code actions for Health Lint findings: each safe fix and each suggestion as a quick fix,
// "fix all" (safe fixes only), and ways to silence a rule that fit the file's syntax:
// comments in Markdown and HTML; the config file in plain text, which has no comments.

import { modify, parseTree, type ParseError } from 'jsonc-parser';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Command,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, TextEdit } from '../rules/index.js';
import { DIAGNOSTIC_SOURCE, positionOf, toDiagnostic, type LintOutcome } from './linting.js';

export const FIX_ALL_KIND = 'source.fixAll.healthLint';
/** Client command (VS Code) that sets `healthLint.rules[ruleId]` to "off" in the settings. */
export const TURN_OFF_IN_SETTINGS_COMMAND = 'healthLint.turnOffRuleInSettings';

export interface CodeActionEnvironment {
  /** Client accepts `documentChanges` (versioned edits). */
  documentChanges: boolean;
  /** Client can create files through a workspace edit. */
  createFiles: boolean;
  /** Client implements TURN_OFF_IN_SETTINGS_COMMAND (our VS Code extension does). */
  settingsCommand: boolean;
  /** Where the config file for this document is (existing), with its current text. */
  configFile?: { uri: string; text: string };
  /** Where a new config file would be created when none exists. */
  newConfigFileUri?: string;
}

export function codeActionsFor(document: TextDocument, outcome: LintOutcome, params: CodeActionParams, env: CodeActionEnvironment): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(requested + '.'));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const silenced = new Set<string>();
    for (const { finding, diagnostic } of findingsInRequest(document, outcome, params)) {
      actions.push(...fixActions(document, finding, diagnostic, env));
      // One way of silencing per rule and line is enough, however many findings it has there.
      const line = diagnostic.range.start.line;
      const key = `${finding.ruleId}@${line}`;
      if (silenced.has(key)) continue;
      silenced.add(key);
      actions.push(...silenceActions(document, outcome, finding, diagnostic, env));
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const fixAll = fixAllAction(document, outcome, env);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/**
 * Findings the request is about: those touching the range that the client lists in
 * `context.diagnostics` (ours, matched by rule and range). When the client lists none of
 * ours, or only ones whose ranges are out of date, every finding touching the range.
 */
function findingsInRequest(document: TextDocument, outcome: LintOutcome, params: CodeActionParams): { finding: Finding; diagnostic: Diagnostic }[] {
  const listed = new Set(params.context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE).map(diagnosticKey));
  const start = document.offsetAt(params.range.start);
  const end = document.offsetAt(params.range.end);
  const touching: { finding: Finding; diagnostic: Diagnostic }[] = [];
  for (const finding of outcome.findings) {
    if (finding.start <= end && start <= finding.end) touching.push({ finding, diagnostic: toDiagnostic(finding, document) });
  }
  const listedHere = touching.filter(({ diagnostic }) => listed.has(diagnosticKey(diagnostic)));
  return listedHere.length > 0 ? listedHere : touching;
}

function fixActions(document: TextDocument, finding: Finding, diagnostic: Diagnostic, env: CodeActionEnvironment): CodeAction[] {
  const actions: CodeAction[] = [];
  finding.fixes.forEach((fix, index) => actions.push(quickFix(document, fix, diagnostic, env, index === 0)));
  for (const suggestion of finding.suggestions) actions.push(quickFix(document, suggestion, diagnostic, env, false));
  return actions;
}

function quickFix(document: TextDocument, fix: Fix, diagnostic: Diagnostic, env: CodeActionEnvironment, isPreferred: boolean): CodeAction {
  const action: CodeAction = {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: documentEdit(document, fix.edits, env),
  };
  if (isPreferred) action.isPreferred = true;
  return action;
}

function silenceActions(document: TextDocument, outcome: LintOutcome, finding: Finding, diagnostic: Diagnostic, env: CodeActionEnvironment): CodeAction[] {
  const ruleId = finding.ruleId;
  if (outcome.language === 'markdown' || outcome.language === 'html') {
    const text = document.getText();
    const eol = lineBreakOf(text);
    const lineStart = startOfLine(text, finding.start);
    const prefix = linePrefix(text, lineStart, outcome.language);
    const top = outcome.language === 'markdown' ? endOfFrontMatter(text) : endOfDoctype(text);
    const topBreak = top > 0 && !isLineBreak(text.charCodeAt(top - 1)) ? eol : '';
    // A line inserted into a Markdown table would end the table: there the comment goes inside the cell.
    const cellEnd = outcome.language === 'markdown' ? tableCellEnd(text, lineStart + prefix.length, finding.end) : undefined;
    const disableLine: TextEdit =
      cellEnd !== undefined
        ? { start: cellEnd, end: cellEnd, newText: ` <!-- health-lint-disable-line ${ruleId} -->` }
        : { start: lineStart, end: lineStart, newText: `${prefix}<!-- health-lint-disable-next-line ${ruleId} -->${eol}` };
    return [
      {
        title: `Disable ${ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: documentEdit(document, [disableLine], env),
      },
      {
        title: `Disable ${ruleId} for this file`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: documentEdit(document, [{ start: top, end: top, newText: `${topBreak}<!-- health-lint-disable-file ${ruleId} -->${eol}` }], env),
      },
    ];
  }
  // Plain text cannot hold a comment, so the honest way to silence a rule is configuration.
  const actions: CodeAction[] = [];
  const configEdit = turnOffInConfigFile(ruleId, env);
  if (configEdit) {
    actions.push({ title: `Turn off ${ruleId} in .healthlintrc.json`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: configEdit });
  }
  if (env.settingsCommand) {
    const command: Command = { title: `Turn off ${ruleId} in settings`, command: TURN_OFF_IN_SETTINGS_COMMAND, arguments: [ruleId, document.uri] };
    actions.push({ title: command.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command });
  }
  return actions;
}

/** An edit of the config file setting `rules[ruleId]` to "off", or creating the file with that. */
function turnOffInConfigFile(ruleId: string, env: CodeActionEnvironment): WorkspaceEdit | undefined {
  const formattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };
  if (env.configFile) {
    const { uri, text } = env.configFile;
    const errors: ParseError[] = [];
    parseTree(text, errors, { allowTrailingComma: true });
    // Editing a file that is not valid JSON could make it worse; its own diagnostics say what to fix.
    if (errors.length > 0) return undefined;
    const config = TextDocument.create(uri, 'json', 0, text);
    const edits: LspTextEdit[] = modify(text, ['rules', ruleId], 'off', { formattingOptions }).map((edit) => ({
      range: { start: config.positionAt(edit.offset), end: config.positionAt(edit.offset + edit.length) },
      newText: edit.content,
    }));
    if (edits.length === 0) return undefined;
    return env.documentChanges ? { documentChanges: [{ textDocument: { uri, version: null }, edits }] } : { changes: { [uri]: edits } };
  }
  if (env.newConfigFileUri && env.documentChanges && env.createFiles) {
    const uri = env.newConfigFileUri;
    const content = `${JSON.stringify({ rules: { [ruleId]: 'off' } }, null, 2)}\n`;
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }] },
      ],
    };
  }
  return undefined;
}

/** Every safe fix that fits, computed on the current text: the first fix of each finding, none overlapping. */
export function fixAllEdits(outcome: LintOutcome): TextEdit[] {
  const candidates = outcome.findings
    .map((finding) => finding.fixes[0])
    .filter((fix): fix is Fix => fix !== undefined && fix.edits.length > 0)
    .map((fix) => [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end))
    .sort((a, b) => a[0].start - b[0].start);
  const chosen: TextEdit[] = [];
  for (const edits of candidates) {
    const overlaps = edits.some((edit, index) => (index > 0 && edit.start < edits[index - 1].end) || chosen.some((other) => conflicts(edit, other)));
    if (!overlaps) chosen.push(...edits);
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

function fixAllAction(document: TextDocument, outcome: LintOutcome, env: CodeActionEnvironment): CodeAction | undefined {
  const edits = fixAllEdits(outcome);
  if (edits.length === 0) return undefined;
  return { title: 'Fix all safe Health Lint problems', kind: FIX_ALL_KIND, edit: documentEdit(document, edits, env) };
}

/** Two edits conflict when their ranges overlap, one inserts inside the other, or they start at the same place (order would be ambiguous). */
function conflicts(a: TextEdit, b: TextEdit): boolean {
  if (a.start === b.start) return true;
  return a.start < b.end && b.start < a.end;
}

function documentEdit(document: TextDocument, edits: readonly TextEdit[], env: CodeActionEnvironment): WorkspaceEdit {
  const lspEdits: LspTextEdit[] = edits.map((edit) => ({ range: { start: positionOf(document, edit.start), end: positionOf(document, edit.end) }, newText: edit.newText }));
  if (env.documentChanges) return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: lspEdits }] };
  return { changes: { [document.uri]: lspEdits } };
}

/** Identifies a diagnostic by rule and range, so the client's copy matches ours. */
function diagnosticKey(diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.range;
  return `${String(diagnostic.code)}|${start.line}:${start.character}-${end.line}:${end.character}`;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

function lineBreakOf(text: string): string {
  const newline = text.indexOf('\n');
  if (newline > 0 && text.charCodeAt(newline - 1) === 13) return '\r\n';
  if (newline < 0 && text.includes('\r')) return '\r';
  return '\n';
}

function startOfLine(text: string, offset: number): number {
  let at = Math.max(0, Math.min(offset, text.length));
  while (at > 0 && !isLineBreak(text.charCodeAt(at - 1))) at--;
  return at;
}

/**
 * What a comment line inserted above this line must start with to stay in the same place:
 * the indentation and, in Markdown, the blockquote markers (`> > `).
 */
function linePrefix(text: string, lineStart: number, language: 'markdown' | 'html'): string {
  let at = lineStart;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === 32 || code === 9) at++;
    else if (code === 62 /* > */ && language === 'markdown') at++;
    else break;
  }
  return text.slice(lineStart, at);
}

/**
 * When the line at `contentStart` is a Markdown table row (it starts with `|`) and the
 * finding ends on it, the offset where the finding's cell text ends: before the next
 * unescaped `|` (and the spaces before it), or at the end of the line. Undefined for any other line.
 */
function tableCellEnd(text: string, contentStart: number, findingEnd: number): number | undefined {
  if (text.charCodeAt(contentStart) !== 124 /* | */) return undefined;
  let lineEnd = contentStart;
  while (lineEnd < text.length && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
  if (findingEnd > lineEnd) return undefined;
  for (let at = Math.max(findingEnd, contentStart + 1); at < lineEnd; at++) {
    const code = text.charCodeAt(at);
    if (code === 92 /* \\ */) at++;
    else if (code === 124) return beforeSpaces(text, at, findingEnd);
  }
  return beforeSpaces(text, lineEnd, findingEnd);
}

/** Steps back from `offset` over spaces and tabs, not before `floor`. */
function beforeSpaces(text: string, offset: number, floor: number): number {
  let at = offset;
  while (at > floor && (text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 9)) at--;
  return at;
}

/** Offset just after Markdown front matter (`---` YAML or `+++` TOML), or 0 when there is none. */
export function endOfFrontMatter(text: string): number {
  const fence = text.startsWith('---') ? '---' : text.startsWith('+++') ? '+++' : undefined;
  if (!fence) return 0;
  let lineEnd = nextLineStart(text, 0);
  if (text.slice(fence.length, lineEnd).trim() !== '') return 0;
  while (lineEnd < text.length) {
    const next = nextLineStart(text, lineEnd);
    const line = text.slice(lineEnd, next).replace(/[\r\n]+$/, '');
    if (line.trimEnd() === fence || (fence === '---' && line.trimEnd() === '...')) return next;
    lineEnd = next;
  }
  return 0;
}

/** Offset just after a leading `<!DOCTYPE ...>` line in HTML, or 0. */
function endOfDoctype(text: string): number {
  const match = /^\s*<!doctype[^>]*>[^\S\r\n]*(\r\n|\r|\n)?/i.exec(text.slice(0, 1024));
  return match ? match[0].length : 0;
}

function nextLineStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return i + 1;
    if (code === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return text.length;
}
