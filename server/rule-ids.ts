// The built-in rule ids, for the server's main thread: it validates config files and links
// diagnostics to their rule's page, but never lints, so it must not load the rules and their
// lexicons (~6 MB of RSS, measured) just to learn their ids. The extension manifest lists
// every id as a setting (`healthLint.rules`); test/server/rule-ids.test.ts checks the list
// equals the rules'.

import packageJson from '../package.json';

export const builtInRuleIds: ReadonlySet<string> = new Set(Object.keys(packageJson.contributes.configuration.properties['healthLint.rules'].properties));
