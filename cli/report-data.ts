// What the CLI and the editor tell every report about the tool and its rules.

import packageJson from '../package.json';
import type { ReportRule, ReportTool } from '../report/index.js';
import { builtInRules, docsUrl, type HealthLintConfig } from '../rules/index.js';

export const TOOL: ReportTool = {
  name: 'health-lint',
  version: packageJson.version,
  informationUri: 'https://github.com/health-lint/health-lint',
};

/** Built-in rules with their docs pages, then the custom rules the configurations define. */
export function reportRules(configs: readonly HealthLintConfig[]): ReportRule[] {
  const rules: ReportRule[] = builtInRules.map((rule) => ({
    id: rule.meta.id,
    description: rule.meta.description,
    defaultSeverity: rule.meta.defaultSeverity,
    helpUri: docsUrl(rule.meta.id),
  }));
  const seen = new Set(rules.map((rule) => rule.id));
  for (const config of configs) {
    for (const custom of config.customRules ?? []) {
      if (seen.has(custom.id)) continue;
      seen.add(custom.id);
      rules.push({ id: custom.id, description: custom.message, defaultSeverity: custom.severity ?? 'warning' });
    }
  }
  return rules;
}
