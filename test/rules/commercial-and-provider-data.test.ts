// The data lists behind missing-provider-advice, commercial-link and
// missing-affiliate-disclosure: every entry has a phrase, a kind the rules read, and a
// source that the file cites; patterns compile; phrases are not listed twice.

import { strict as assert } from 'node:assert';
import providers from '../../rules/data/providers.json';
import treatmentTerms from '../../rules/data/treatment-terms.json';
import affiliateMarkers from '../../rules/data/affiliate-markers.json';
import promotionalPhrases from '../../rules/data/promotional-phrases.json';
import disclosures from '../../rules/data/disclosures.json';

interface Entry {
  phrase: string;
  kind: string;
  source?: string;
  hostPattern?: string;
  valuePattern?: string;
}

const files: [string, { description: string; sources: Record<string, string>; entries: Entry[] }, string[]][] = [
  ['providers.json', providers, ['provider', 'trigger', 'standalone', 'filler', 'negator']],
  ['treatment-terms.json', treatmentTerms, ['dose', 'use', 'product']],
  ['affiliate-markers.json', affiliateMarkers, ['parameter', 'network', 'shortener', 'path']],
  ['promotional-phrases.json', promotionalPhrases, ['anchor', 'idiom', 'cta-verb', 'commercial-modifier', 'product-noun', 'sales-verb', 'product-form', 'shop-noun', 'retailer', 'discount', 'pressure', 'immediacy']],
  ['disclosures.json', disclosures, ['phrase', 'label']],
];

describe('data: provider advice, commercial links and disclosures', () => {
  for (const [name, data, kinds] of files) {
    it(`${name}: described, every entry sourced and of a known kind, no duplicates`, () => {
      assert.ok(data.description.length > 40, 'a description says what the list is for');
      const seen = new Set<string>();
      for (const entry of data.entries) {
        assert.ok(entry.phrase.trim() !== '', 'a phrase');
        assert.ok(kinds.includes(entry.kind), `"${entry.phrase}": kind "${entry.kind}"`);
        assert.ok(entry.source !== undefined && entry.source in data.sources, `"${entry.phrase}": source "${entry.source}" is cited in "sources"`);
        const key = `${entry.kind}|${entry.phrase.toLowerCase()}`;
        assert.ok(!seen.has(key), `"${entry.phrase}" (${entry.kind}) is listed twice`);
        seen.add(key);
        if (entry.hostPattern) assert.doesNotThrow(() => new RegExp(entry.hostPattern!));
        if (entry.valuePattern) assert.doesNotThrow(() => new RegExp(entry.valuePattern!));
      }
      const used = new Set(data.entries.map((entry) => entry.source));
      for (const key of Object.keys(data.sources)) assert.ok(used.has(key), `source "${key}" is cited by some entry`);
    });
  }

  it('hostnames are bare lower-case hostnames', () => {
    for (const entry of affiliateMarkers.entries as Entry[]) {
      if (entry.kind === 'network' || entry.kind === 'shortener') assert.match(entry.phrase, /^[a-z0-9-]+(\.[a-z0-9-]+)+$/, entry.phrase);
    }
  });
});
