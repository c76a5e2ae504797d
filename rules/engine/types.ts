// Shared vocabulary of the rule engine. Everything here is plain data: no `vscode`,
// no LSP types, no file access, so the engine runs in the server, the CLI and a browser.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export type DocumentLanguage = 'markdown' | 'html' | 'plaintext';

/** Half-open range of UTF-16 offsets into the source document. */
export interface Range {
  start: number;
  end: number;
}

/** Replace source[start, end) with newText. Offsets are into the original source. */
export interface TextEdit extends Range {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** What a rule reports; the engine adds the rule id and the configured severity. */
export interface FindingInput extends Range {
  message: string;
  /** Safe fixes: applied by "fix all" and `--fix` without a person looking. */
  fixes?: Fix[];
  /** Suggestions: shown as quick fixes, never applied automatically (rewording a claim is always one). */
  suggestions?: Fix[];
  /** Why the rule reported it, in one line (the claim analysis's short form); the editor's hover shows it. */
  explanation?: string;
}

export interface Finding extends Range {
  ruleId: string;
  severity: Severity;
  message: string;
  fixes: Fix[];
  suggestions: Fix[];
  explanation?: string;
}

export type BlockKind = 'paragraph' | 'heading' | 'listItem' | 'tableCell' | 'other';

/** A link as the reader sees it: anchor text plus target, with where each sits in the source. */
export interface LinkInfo {
  kind: 'inline' | 'reference' | 'autolink' | 'bare-url' | 'html';
  target: string;
  /** Anchor text as prose ('' for autolinks and bare URLs, whose text is the URL). */
  text: string;
  /** The whole link in the source, markup included. */
  range: Range;
  /** The anchor text in the source (empty range at range.start when there is none). */
  textRange: Range;
  /** For HTML links: the opening tag `<a ...>` in the source. */
  openTag?: Range;
  /** For HTML links: the value of the rel attribute, if any. */
  rel?: string;
  /** For HTML links with a rel attribute: where its value sits in the source (quotes excluded), so a fix can edit it. */
  relValueRange?: Range;
}

/** A comment that switches rules off or on, e.g. `<!-- health-lint-disable-next-line unhedged-claim -->`. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';
  /** Rule ids; empty means every rule. */
  ruleIds: string[];
  range: Range;
}
