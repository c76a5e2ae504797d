// Editor settings (`healthLint.*`) and how they combine with `.healthlintrc.json`.
//
// The config file is shared with the command line and CI, so it is the base; the editor
// settings are personal and override it: `healthLint.rules` per rule, and
// `providerAdviceText` / `maxFileSize` only when the user has set them (empty / 0 mean
// "use the file's value, or the built-in default").

import type { HealthLintConfig, SeveritySetting } from '../rules/index.js';
import { SEVERITY_SETTINGS } from '../rules/engine/config.js';

export type RunMode = 'onType' | 'onSave';

export interface EditorSettings {
  enable: boolean;
  run: RunMode;
  rules: Record<string, SeveritySetting>;
  providerAdviceText: string;
  /** Bytes; 0 means "use the config file's value or the default". */
  maxFileSize: number;
  /** Whether the user trusts the workspace; only the VS Code client tells us, others are trusted. */
  workspaceTrusted: boolean;
}

export const DEFAULT_EDITOR_SETTINGS: EditorSettings = {
  enable: true,
  run: 'onType',
  rules: {},
  providerAdviceText: '',
  maxFileSize: 0,
  workspaceTrusted: true,
};

export interface SettingsProblem {
  message: string;
}

/** Reads whatever the client sent (any shape) into settings; invalid values fall back to defaults. */
export function normalizeSettings(raw: unknown, problems: SettingsProblem[] = []): EditorSettings {
  const settings: EditorSettings = { ...DEFAULT_EDITOR_SETTINGS, rules: {} };
  if (!isObject(raw)) return settings;
  if (typeof raw.enable === 'boolean') settings.enable = raw.enable;
  if (raw.run === 'onType' || raw.run === 'onSave') settings.run = raw.run;
  if (typeof raw.providerAdviceText === 'string') settings.providerAdviceText = raw.providerAdviceText;
  if (typeof raw.maxFileSize === 'number' && Number.isFinite(raw.maxFileSize) && raw.maxFileSize >= 0) {
    settings.maxFileSize = Math.floor(raw.maxFileSize);
  }
  if (typeof raw.workspaceTrusted === 'boolean') settings.workspaceTrusted = raw.workspaceTrusted;
  if (isObject(raw.rules)) {
    for (const [id, severity] of Object.entries(raw.rules)) {
      if (typeof severity !== 'string' || !SEVERITY_SETTINGS.includes(severity as SeveritySetting)) {
        problems.push({ message: `Setting healthLint.rules["${id}"] must be one of ${SEVERITY_SETTINGS.join(', ')}; got ${JSON.stringify(severity)}. It is ignored.` });
      } else {
        // An id that is not built in may name a custom rule of the config file, so it is kept.
        settings.rules[id] = severity as SeveritySetting;
      }
    }
  }
  return settings;
}

/** The configuration the linter runs with: the file's config, overridden by editor settings. */
export function mergeConfig(fileConfig: HealthLintConfig, settings: EditorSettings): HealthLintConfig {
  const merged: HealthLintConfig = { ...fileConfig };
  // An untrusted workspace's file may still choose severities and phrases, but not add rules.
  if (!settings.workspaceTrusted) delete merged.customRules;
  if (Object.keys(settings.rules).length > 0) merged.rules = { ...fileConfig.rules, ...settings.rules };
  if (settings.providerAdviceText.trim() !== '') merged.providerAdviceText = settings.providerAdviceText;
  if (settings.maxFileSize > 0) merged.maxFileSize = settings.maxFileSize;
  return merged;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
