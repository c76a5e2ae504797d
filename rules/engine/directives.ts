// Reads suppression comments: `<!-- health-lint-disable-next-line unhedged-claim -->` and friends.

import type { Directive, Range } from './types.js';

const DIRECTIVE = /health-lint-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*?)(?:-->|$)/;

/** Parses the text of one comment (with or without its `<!--` `-->` delimiters). */
export function parseDirective(comment: string, range: Range): Directive | undefined {
  const match = DIRECTIVE.exec(comment);
  if (!match) return undefined;
  const ruleIds = match[2]
    .replace(/--.*$/s, '') // `-- reason` after the rule list is a free-text justification
    .split(/[\s,]+/)
    .filter((id) => /^[a-z0-9][a-z0-9-]*$/i.test(id));
  return { kind: match[1] as Directive['kind'], ruleIds, range };
}

/** Answers whether a finding of a rule at a source offset is silenced by the document's directives. */
export class Suppressions {
  private readonly fileWide = new Set<string>();
  private fileWideAll = false;
  private readonly lineRules = new Map<number, Set<string> | 'all'>();
  /** Ordered disable/enable switches. */
  private readonly switches: { offset: number; disable: boolean; ruleIds: string[] }[] = [];

  constructor(directives: readonly Directive[], private readonly lineOf: (offset: number) => number) {
    for (const directive of directives) {
      switch (directive.kind) {
        case 'disable-file':
          if (directive.ruleIds.length === 0) this.fileWideAll = true;
          for (const id of directive.ruleIds) this.fileWide.add(id);
          break;
        case 'disable-line':
          this.addLine(lineOf(directive.range.start), directive.ruleIds);
          break;
        case 'disable-next-line':
          this.addLine(lineOf(directive.range.end) + 1, directive.ruleIds);
          break;
        case 'disable':
        case 'enable':
          this.switches.push({ offset: directive.range.start, disable: directive.kind === 'disable', ruleIds: directive.ruleIds });
          break;
      }
    }
    this.switches.sort((a, b) => a.offset - b.offset);
  }

  get isEmpty(): boolean {
    return !this.fileWideAll && this.fileWide.size === 0 && this.lineRules.size === 0 && this.switches.length === 0;
  }

  isSuppressed(ruleId: string, offset: number): boolean {
    if (this.fileWideAll || this.fileWide.has(ruleId)) return true;
    const onLine = this.lineRules.get(this.lineOf(offset));
    if (onLine === 'all' || onLine?.has(ruleId)) return true;
    let disabled = false;
    for (const change of this.switches) {
      if (change.offset > offset) break;
      if (change.ruleIds.length === 0 || change.ruleIds.includes(ruleId)) disabled = change.disable;
    }
    return disabled;
  }

  private addLine(line: number, ruleIds: string[]): void {
    if (ruleIds.length === 0) {
      this.lineRules.set(line, 'all');
      return;
    }
    const existing = this.lineRules.get(line);
    if (existing === 'all') return;
    const set = existing ?? new Set<string>();
    for (const id of ruleIds) set.add(id);
    this.lineRules.set(line, set);
  }
}
