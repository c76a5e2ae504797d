// The rule registry: every built-in rule, in the order `--list-rules` prints them.
// Add a rule by creating its file beside this one and listing it here.

import type { Rule } from '../engine/rule.js';
import { unhedgedClaim } from './unhedged-claim.js';
import { missingProviderAdvice } from './missing-provider-advice.js';
import { commercialLink } from './commercial-link.js';
import { dosageInstruction } from './dosage-instruction.js';
import { safetyMinimization } from './safety-minimization.js';
import { diseaseClaim } from './disease-claim.js';
import { uncitedEvidence } from './uncited-evidence.js';
import { anecdotalEvidence } from './anecdotal-evidence.js';
import { hypeLanguage } from './hype-language.js';
import { animalToHuman } from './animal-to-human.js';
import { absoluteLanguage } from './absolute-language.js';
import { missingAffiliateDisclosure } from './missing-affiliate-disclosure.js';
import { missingSupplementDisclaimer } from './missing-supplement-disclaimer.js';

export const builtInRules: readonly Rule[] = [
  unhedgedClaim,
  missingProviderAdvice,
  commercialLink,
  dosageInstruction,
  safetyMinimization,
  diseaseClaim,
  uncitedEvidence,
  anecdotalEvidence,
  hypeLanguage,
  animalToHuman,
  absoluteLanguage,
  missingAffiliateDisclosure,
  missingSupplementDisclaimer,
];

export const builtInRuleIds: ReadonlySet<string> = new Set(builtInRules.map((rule) => rule.meta.id));
