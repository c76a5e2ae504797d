// Dose units as a regular-expression alternation, from the dose-unit lexicon
// (rules/data/dosage-units.json). Shared by dosage-instruction, which judges whether an
// amount is advice, and missing-provider-advice, which only asks whether a text doses at all.

import unitsData from '../../data/dosage-units.json';

export type DoseUnitKind = 'measure' | 'count' | 'kitchen';

export const doseUnitEntries = unitsData.entries as ReadonlyArray<{ phrase: string; kind: DoseUnitKind }>;

/** The units of the given kinds, longest first (so "mg/kg" wins over "mg"), escaped, spaces flexible. */
export function doseUnitPattern(...kinds: DoseUnitKind[]): string {
  return doseUnitEntries
    .filter((entry) => kinds.includes(entry.kind))
    .map((entry) => entry.phrase)
    .sort((a, b) => b.length - a.length)
    .map((unit) => unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
}
