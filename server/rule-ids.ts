// The built-in rule ids, for the server's main thread: it validates config files and links
// diagnostics to their rule's page, but never lints, so it must not load the rules and their
// lexicons (~6 MB of RSS, measured) just to learn their ids. The extension manifest lists
// every id as a setting (`healthLint.rules`); test/server/rule-ids.test.ts checks the list
// equals the rules'.

import packageJson from '../package.json';

export const builtInRuleIds: ReadonlySet<string> = new Set(Object.keys(packageJson.contributes.configuration.properties['healthLint.rules'].properties));

interface ManifestRuleSetting {
  markdownDescription: string;
}

/**
 * The built-in rules as reports list them, from the same manifest entries: a setting's
 * description is the rule's description, then "Default: `severity`." (checked against the
 * rules by test/server/rule-ids.test.ts).
 */
export const builtInReportRules: readonly { id: string; description: string; defaultSeverity: 'error' | 'warning' | 'info' | 'hint' | 'off' }[] = Object.entries(
  packageJson.contributes.configuration.properties['healthLint.rules'].properties as Record<string, ManifestRuleSetting>,
).map(([id, setting]) => {
  const [description, rest = ''] = setting.markdownDescription.split('\n\nDefault: `');
  const defaultSeverity = rest.slice(0, rest.indexOf('`'));
  return { id, description, defaultSeverity: defaultSeverity as 'error' | 'warning' | 'info' | 'hint' | 'off' };
});
