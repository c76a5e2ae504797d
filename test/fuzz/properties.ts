// The engine's properties, shared by the short run in `npm test` and the long `npm run fuzz`.
// Each check throws (an AssertionError) with a clear message when a property does not hold.

import { strict as assert } from 'node:assert';
import { applyEdits, createLinter, DocumentText, type DocumentLanguage, type Finding, type LintResult, type TextEdit } from '../../rules/index.js';
import type { ParsedMarkdown } from '../../rules/engine/markdown.js';
import { applyEditSpec, type EditSpec } from './generators.js';

const linter = createLinter();

/** Everything a parse produces, including each block's private prose-to-source map. */
export function comparableParse(parsed: ParsedMarkdown): unknown {
  return {
    blocks: parsed.blocks.map((block) => ({
      kind: block.kind,
      text: block.text,
      context: block.context,
      links: block.links,
      sourceStart: block.sourceStart,
      sourceEnd: block.sourceEnd,
      segments: block.sourceMap(),
    })),
    directives: parsed.directives,
  };
}

function lintOrFail(text: string | DocumentText, language: DocumentLanguage, cache?: Map<string, never>): LintResult {
  try {
    return linter.lint(text, language, cache);
  } catch (error) {
    assert.fail(`the linter threw on a ${language} document: ${error instanceof Error ? error.stack : String(error)}`);
  }
}

/** True when an offset falls inside a surrogate pair or a CRLF, where no edit may cut. */
function splitsCharacter(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10);
}

function assertEditsInside(text: string, finding: Finding, edits: readonly TextEdit[], what: string): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let previousEnd = -1;
  for (const edit of sorted) {
    assert.ok(Number.isInteger(edit.start) && Number.isInteger(edit.end), `${finding.ruleId}: ${what} edit offsets must be integers`);
    assert.ok(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length, `${finding.ruleId}: ${what} edit [${edit.start}, ${edit.end}) outside the document (length ${text.length})`);
    assert.ok(edit.start >= previousEnd, `${finding.ruleId}: ${what} edits overlap at ${edit.start}`);
    previousEnd = edit.end;
  }
  // Applying the fix changes the edited ranges and nothing else.
  const result = applyEdits(text, edits);
  let cursor = 0;
  let resultCursor = 0;
  for (const edit of sorted) {
    const kept = text.slice(cursor, edit.start);
    assert.equal(result.slice(resultCursor, resultCursor + kept.length), kept, `${finding.ruleId}: ${what} changed text outside its edits`);
    resultCursor += kept.length + edit.newText.length;
    cursor = edit.end;
  }
  assert.equal(result.slice(resultCursor), text.slice(cursor), `${finding.ruleId}: ${what} changed text after its last edit`);
}

/** Applies the first safe fix of every finding, as "fix all" and `--fix` do. */
export function applySafeFixes(text: string, findings: readonly Finding[]): string {
  return applyEdits(
    text,
    findings.flatMap((finding) => finding.fixes[0]?.edits ?? []),
  );
}

export interface DocumentCheck {
  findings: number;
  fixes: number;
  ruleFailures: string[];
}

/**
 * The linter does not throw; every finding, fix and suggestion lies inside the document; each
 * fix edits only its own ranges and leaves the rest byte for byte.
 */
export function checkDocumentProperties(text: string, language: DocumentLanguage): DocumentCheck {
  const result = lintOrFail(text, language);
  let fixes = 0;
  for (const finding of result.findings) {
    assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length, `${finding.ruleId}: finding [${finding.start}, ${finding.end}) outside the document (length ${text.length})`);
    assert.ok(finding.message.trim().length > 0, `${finding.ruleId}: empty message`);
    for (const fix of finding.fixes) {
      fixes++;
      assertEditsInside(text, finding, fix.edits, `fix "${fix.title}"`);
    }
    for (const suggestion of finding.suggestions) assertEditsInside(text, finding, suggestion.edits, `suggestion "${suggestion.title}"`);
  }
  return { findings: result.findings.length, fixes, ruleFailures: result.failures.map((failure) => `${failure.ruleId}: ${failure.message}`) };
}

/** No fix or suggestion edit starts or ends inside a surrogate pair or between CR and LF. */
export function checkEditsKeepCharactersWhole(text: string, language: DocumentLanguage): void {
  for (const finding of lintOrFail(text, language).findings) {
    for (const fix of [...finding.fixes, ...finding.suggestions]) {
      for (const edit of fix.edits) {
        assert.ok(!splitsCharacter(text, edit.start) && !splitsCharacter(text, edit.end), `${finding.ruleId}: "${fix.title}" edit [${edit.start}, ${edit.end}) cuts a surrogate pair or a CRLF`);
      }
    }
  }
}

/** Applying all safe fixes, then linting and applying them again, changes nothing the second time. */
export function checkFixesIdempotent(text: string, language: DocumentLanguage): void {
  const once = applySafeFixes(text, lintOrFail(text, language).findings);
  if (once === text) return;
  const twice = applySafeFixes(once, lintOrFail(once, language).findings);
  assert.equal(twice, once, 'applying the safe fixes a second time changed the text again (the fixes are not idempotent)');
}

/**
 * Linting after each edit with the document's caches gives exactly what a fresh lint gives,
 * whether each version comes whole (a string) or as the lint worker keeps it (`DocumentText`
 * edited in place, which tells the engine where it changed).
 */
export function checkIncrementalEqualsFull(text: string, language: DocumentLanguage, edits: readonly EditSpec[]): void {
  const cache = new Map<string, never>();
  const editedCache = new Map<string, never>();
  lintOrFail(text, language, cache);
  let edited = DocumentText.of(text);
  lintOrFail(edited, language, editedCache);
  for (const spec of edits) {
    const edit = textEditOf(text, spec);
    text = applyEditSpec(text, spec);
    edited = edited.edited([edit]);
    const full = createLinter().lint(text, language);
    assert.deepStrictEqual(lintOrFail(text, language, cache), full, 'incremental lint differs from a full lint');
    assert.deepStrictEqual(lintOrFail(edited, language, editedCache), full, 'incremental lint of the edited DocumentText differs from a full lint');
  }
}

/** The edit `applyEditSpec` makes. */
function textEditOf(text: string, spec: EditSpec): TextEdit {
  const start = Math.min(text.length, Math.floor(spec.start * (text.length + 1)));
  return { start, end: Math.min(text.length, start + spec.length), newText: spec.text };
}
