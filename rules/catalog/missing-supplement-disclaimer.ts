// missing-supplement-disclaimer: product copy that makes structure/function claims
// ("supports immune health", "promotes relaxation") must carry the FDA disclaimer of 21 CFR
// 101.93(c). A document rule: each block reports its first claim and whether it holds either
// sentence of the disclaimer; the document is judged once. Off by default, since only
// dietary-supplement product copy needs it; turn it on for product pages.

import { PhraseMatcher, type LexiconEntry } from '../engine/phrases.js';
import type { DocumentRule } from '../engine/rule.js';
import type { DocumentText } from '../engine/text.js';
import type { DocumentLanguage, Fix } from '../engine/types.js';
import data from '../data/supplement-disclaimer.json';
import { contextReason, isNegated, quotedSpans, sentenceWords } from './context/sentence-context.js';

export const SUPPLEMENT_DISCLAIMER = data.disclaimer;

const claimVerbs = new PhraseMatcher<LexiconEntry>(data.entries);
const targets = new Set(data.targets.map((entry) => entry.phrase));
/** Words between the verb and the structure or function it names: "supports a healthy immune system". */
const MAX_WORDS_TO_TARGET = 3;

const MODIFIER_TARGETS = new Set(['healthy', 'cognitive']);
const OBJECT_STOP = new Set('and or with in for by the a an to of as while when that which from at on'.split(' '));

const NOT_EVALUATED = /\bnot\s+been\s+evaluated\s+by\s+the\s+(?:food\s+and\s+drug\s+administration|fda)\b/i;
const NOT_INTENDED = /\bnot\s+intended\s+to\s+diagnose,?\s+treat,?\s+cure,?\s+(?:or|and)\s+prevent\s+any\s+disease/i;

export interface SupplementFacts {
  /** First structure/function claim in the block, in prose offsets of the block. */
  claim?: { start: number; end: number };
  notEvaluated: boolean;
  notIntended: boolean;
}

function appendDisclaimer(text: DocumentText, language: DocumentLanguage): Fix {
  const title = 'Append the FDA supplement disclaimer (21 CFR 101.93(c))';
  if (language === 'html') {
    const whole = text.toString();
    const bodyEnd = whole.toLowerCase().lastIndexOf('</body>');
    const at = bodyEnd >= 0 ? bodyEnd : whole.length;
    const before = at > 0 && whole[at - 1] !== '\n' ? '\n' : '';
    return { title, edits: [{ start: at, end: at, newText: `${before}<p>${SUPPLEMENT_DISCLAIMER}</p>\n` }] };
  }
  // Only the end of the text matters: no need to read it all.
  const end = text.slice(Math.max(0, text.length - 2));
  const separator = text.length === 0 || end.endsWith('\n\n') ? '' : end.endsWith('\n') ? '\n' : '\n\n';
  return { title, edits: [{ start: text.length, end: text.length, newText: `${separator}${SUPPLEMENT_DISCLAIMER}\n` }] };
}

export const missingSupplementDisclaimer: DocumentRule<SupplementFacts> = {
  meta: {
    id: 'missing-supplement-disclaimer',
    description: 'Structure/function claims ("supports immune health") without the FDA disclaimer of 21 CFR 101.93(c). Off by default; for supplement product copy.',
    defaultSeverity: 'off',
    fixable: true,
    hasSuggestions: true,
  },
  scope: 'document',
  collect({ block, sentences }) {
    const facts: SupplementFacts = { notEvaluated: NOT_EVALUATED.test(block.text), notIntended: NOT_INTENDED.test(block.text) };
    const quotes = quotedSpans(block);
    for (const sentence of sentences) {
      const view = sentenceWords(sentence);
      for (const verb of claimVerbs.findLongest(view.words)) {
        const after = view.words.slice(verb.endWord, verb.endWord + MAX_WORDS_TO_TARGET + 1);
        const targetIndex = after.findIndex((word) => targets.has(word.norm));
        if (targetIndex < 0) continue;
        // The object must follow without a clause break: "supports, in part, ..." is fine, "supports. Energy" is not.
        let end = after[targetIndex].end;
        // "healthy", "cognitive" describe the target that follows: take in "healthy stress response".
        if (MODIFIER_TARGETS.has(after[targetIndex].norm)) {
          const rest = view.words.slice(verb.endWord + targetIndex + 1, verb.endWord + targetIndex + 3);
          for (const word of rest) {
            if (OBJECT_STOP.has(word.norm) || /[^\s\p{L}-]/u.test(block.text.slice(end, word.start))) break;
            end = word.end;
          }
        }
        if (/[.;:!?]/.test(block.text.slice(verb.end, end))) continue;
        if (contextReason(block, quotes, view, verb.start, end) || isNegated(block.text, view, verb.start)) continue;
        facts.claim = { start: verb.start, end };
        return facts;
      }
    }
    return facts;
  },
  check(document, facts, context) {
    const notEvaluated = facts.some((fact) => fact?.notEvaluated);
    const notIntended = facts.some((fact) => fact?.notIntended);
    if (notEvaluated && notIntended) return;
    const index = facts.findIndex((fact) => fact?.claim !== undefined);
    if (index < 0) return;
    const block = document.blocks[index];
    const claim = facts[index]!.claim!;
    const phrase = block.text.slice(claim.start, claim.end);
    const partial = notEvaluated || notIntended;
    const fix = appendDisclaimer(document.text, document.language);
    context.report({
      ...block.sourceRange(claim.start, claim.end),
      message: partial
        ? `"${phrase}" is a structure/function claim, and the FDA disclaimer on this page is incomplete: 21 CFR 101.93(c) requires both sentences ("These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.").`
        : `"${phrase}" is a structure/function claim, but the page has no FDA disclaimer. Supplement copy making such claims must say "These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease." (21 CFR 101.93(c)).`,
      // Appending the regulation's own wording rewrites nothing, so it is a safe fix; when part of
      // the disclaimer is already there, a person should merge the two, so it is only offered.
      fixes: partial ? [] : [fix],
      suggestions: partial ? [fix] : [],
    });
  },
};
