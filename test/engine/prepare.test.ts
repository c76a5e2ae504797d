// Rules' preparations (`prepare`): once per batch of blocks, before any check in them, over the
// sentences the lint checks and no others, released when the lint is done; and the claim
// analysis's use of it, tagging in one pass only the sentences that are re-checked.

import { strict as assert } from 'node:assert';
import { builtInRules, createLinter } from '../../rules/index.js';
import { Linter } from '../../rules/engine/linter.js';
import type { BlockInput, DocumentRule, Rule, SentenceRule } from '../../rules/engine/rule.js';
import { setTagCacheCapacity, tagCacheStats, TAG_CACHE_SENTENCES } from '../../rules/engine/tagger.js';

const meta = (id: string) => ({ id, description: 'Records what the engine gives it.', defaultSeverity: 'warning' as const, fixable: false, hasSuggestions: false });

/** Two rules sharing one preparation, and the events they saw: preparations, checks, releases. */
function recordingRules(events: string[]): Rule[] {
  const prepare = (blocks: readonly BlockInput[]) => {
    events.push(`prepare ${blocks.flatMap((input) => input.sentences.map((sentence) => sentence.text)).join(' | ')}`);
    return () => events.push('release');
  };
  const checker: SentenceRule = {
    meta: meta('checker'),
    scope: 'sentence',
    prepare,
    check({ sentences }) {
      for (const sentence of sentences) events.push(`check ${sentence.text}`);
    },
  };
  const collector: DocumentRule = {
    meta: meta('collector'),
    scope: 'document',
    prepare,
    collect: () => undefined,
    check: () => events.push('document check'),
  };
  return [checker, collector];
}

describe('engine: rules\' preparations', () => {
  it('prepares once per lint, before any check, the sentences the lint checks and only those, and releases them after the checks', () => {
    const events: string[] = [];
    const linter = new Linter(recordingRules(events));
    const sentences = Array.from({ length: 12 }, (_, i) => `Line ${i + 1} is about ${i % 2 ? 'sleep' : 'tea'}.`);
    const text = `${sentences.join(' ')}\n\nA short second paragraph.\n`;
    const cache = new Map<string, never>();
    linter.lint(text, 'markdown', cache);
    // Shared by two rules, called once; every sentence of both blocks.
    assert.deepEqual(events.filter((event) => event.startsWith('prepare')), [`prepare ${[...sentences, 'A short second paragraph.'].join(' | ')}`]);
    assert.equal(events[0].startsWith('prepare'), true);
    assert.equal(events.indexOf('release'), events.indexOf('document check') - 1);
    assert.equal(events.filter((event) => event === 'release').length, 1);

    // One word changed in the fifth line: its window and its neighbours' are checked again, nothing else.
    events.length = 0;
    const edited = text.replace('Line 5 is', 'Line 5 now is');
    linter.lint(edited, 'markdown', cache);
    const checkedAgain = ['Line 4 is about sleep.', 'Line 5 now is about tea.', 'Line 6 is about sleep.'];
    assert.deepEqual(events, [`prepare ${checkedAgain.join(' | ')}`, ...checkedAgain.map((sentence) => `check ${sentence}`), 'release', 'document check']);

    // Nothing changed: nothing to check, nothing to prepare.
    events.length = 0;
    linter.lint(edited, 'markdown', cache);
    assert.deepEqual(events, ['document check']);
  });

  it('prepares a long document a batch of blocks at a time, each before its checks, every sentence once, and releases after all checks', () => {
    const events: string[] = [];
    const linter = new Linter(recordingRules(events));
    // 40 paragraphs of three sentences: more than one batch.
    const paragraphs = Array.from({ length: 40 }, (_, p) => [1, 2, 3].map((s) => `Paragraph ${p + 1} sentence ${s} is here.`));
    linter.lint(paragraphs.map((sentences) => sentences.join(' ')).join('\n\n'), 'markdown');
    const prepared = events.filter((event) => event.startsWith('prepare')).map((event) => event.slice('prepare '.length).split(' | '));
    assert.ok(prepared.length > 1);
    assert.deepEqual(prepared.flat(), paragraphs.flat());
    // Each batch is prepared before the first of its sentences is checked, and after the last check of the batch before.
    prepared.forEach((batch, i) => {
      const preparedAt = events.indexOf(`prepare ${batch.join(' | ')}`);
      assert.ok(preparedAt < events.indexOf(`check ${batch[0]}`));
      if (i > 0) assert.ok(preparedAt > events.indexOf(`check ${prepared[i - 1][prepared[i - 1].length - 1]}`));
    });
    assert.deepEqual(events.slice(-(prepared.length + 1)), [...prepared.map(() => 'release'), 'document check']);
  });

  it('lints as without the preparation when it throws', () => {
    const events: string[] = [];
    const [checker, collector] = recordingRules(events) as [SentenceRule, DocumentRule];
    const failing: SentenceRule = {
      ...checker,
      prepare: () => {
        throw new Error('cannot prepare');
      },
      check({ block, sentences }, context) {
        for (const sentence of sentences) if (sentence.text.includes('tea')) context.report({ ...block.sourceRange(sentence.start, sentence.end), message: 'tea' });
      },
    };
    const text = 'Green tea at noon. Water at night.\n';
    const result = new Linter([failing, collector]).lint(text, 'markdown');
    assert.deepEqual(result.failures, []);
    assert.deepEqual(result.findings.map((finding) => text.slice(finding.start, finding.end)), ['Green tea at noon.']);
    // The other preparation still ran, and was released.
    assert.deepEqual(events.filter((event) => event === 'release'), ['release']);
  });
});

describe('claim rules: parts of speech tagged in one pass before the rules', () => {
  // Each of these asks for the tagger (a health concept after an open verb), and each is a different sentence.
  const taggedSentences = [
    'Our ginger tea tames bloating after meals.',
    'This balm melts away tension headaches.',
    'Warm lemon water flushes out bloating overnight.',
    'Chamomile drops knock out insomnia for good.',
    'Our herbal blend zaps brain fog by noon.',
    'The night cream erases dark circles fast.',
    'Tart cherry juice banishes muscle soreness.',
  ];
  // Nine sentences: an edit in one leaves six windows cached, so the paragraph is not checked whole.
  const text = `${taggedSentences.join(' ')} Sleep more on weekends. Drink plenty of water.\n\nThis rub wipes out sore muscles. Rest on weekends.\n`;

  afterEach(() => setTagCacheCapacity(TAG_CACHE_SENTENCES));

  it('tags only the sentences a re-lint checks again, with the tag cache off', () => {
    setTagCacheCapacity(0);
    const linter = createLinter();
    const cache = new Map<string, never>();
    tagCacheStats(true);
    linter.lint(text, 'markdown', cache);
    assert.equal(tagCacheStats().misses, taggedSentences.length + 1);

    // One character typed in the fourth sentence: it and its two neighbours are checked again, and tagged.
    tagCacheStats(true);
    const edited = text.replace('knock out', 'knocks out');
    linter.lint(edited, 'markdown', cache);
    assert.deepEqual(tagCacheStats(), { hits: 3, misses: 3, size: 0 });

    // The short paragraph is checked whole: its one sentence that needs tags.
    tagCacheStats(true);
    linter.lint(edited.replace('wipes out', 'wipes  out'), 'markdown', cache);
    assert.equal(tagCacheStats().misses, 1);
  });

  it('tags only the edited sentence with the tag cache on, as shipped', () => {
    const linter = createLinter();
    const cache = new Map<string, never>();
    linter.lint(text, 'markdown', cache);
    tagCacheStats(true);
    linter.lint(text.replace('knock out', 'knocks out'), 'markdown', cache);
    assert.equal(tagCacheStats().misses, 1);
  });

  it('finds what the rules find when they ask for tags one sentence at a time', () => {
    setTagCacheCapacity(0);
    const unprepared = builtInRules.map((rule) => (rule.scope === 'block' ? rule : { ...rule, prepare: undefined }));
    const withPreparation = createLinter().lint(text, 'markdown');
    assert.ok(withPreparation.findings.filter((finding) => finding.ruleId === 'unhedged-claim').length >= taggedSentences.length);
    assert.deepStrictEqual(withPreparation, new Linter(unprepared).lint(text, 'markdown'));
  });
});
