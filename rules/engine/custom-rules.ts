// Users' own phrase rules from `.healthlintrc.json` (`customRules`), in the spirit of Vale's
// existence and substitution rules. Patterns run on RE2 (re2js): linear time, so a pattern
// can never hang the editor.

import type { CompiledCustomRule } from './config.js';
import type { BlockRule } from './rule.js';

export function customRuleFor(custom: CompiledCustomRule): BlockRule {
  return {
    meta: {
      id: custom.id,
      description: custom.message,
      defaultSeverity: custom.severity,
      fixable: false,
      hasSuggestions: custom.replacement !== undefined,
    },
    scope: 'block',
    check({ block }, context) {
      const matcher = custom.regex.matcher(block.text);
      let from = 0;
      while (from <= block.text.length && matcher.find(from)) {
        const start = matcher.start();
        const end = matcher.end();
        from = end > start ? end : end + 1;
        if (end === start) continue;
        const range = block.sourceRange(start, end);
        const replacement = custom.replacement;
        context.report({
          ...range,
          message: custom.message,
          suggestions:
            replacement !== undefined && block.isVerbatim(start, end)
              ? [{ title: replacement === '' ? `Delete "${block.text.slice(start, end)}"` : `Replace with "${replacement}"`, edits: [{ ...range, newText: replacement }] }]
              : [],
        });
      }
    },
  };
}
