// Which documents the lint worker's engine keeps state for (text and caches): documents being
// edited within the large budget, documents only opened within the small one, always the last.

import { strict as assert } from 'node:assert';
import { CACHED_CHARACTERS_LINTED_ONCE, LintEngine } from '../../server/lint-worker.js';

describe('lint worker engine: documents kept', () => {
  // Each text is over half the budget for documents linted once, so two of them do not fit.
  const size = Math.ceil(CACHED_CHARACTERS_LINTED_ONCE * 0.6);
  const textOf = (name: string, edit = '') => `${name}${edit} ${'Some words of prose here. '.repeat(Math.ceil(size / 26))}`.slice(0, size);

  it('drops documents linted once before documents being edited, and counts an edit made while dropped', () => {
    const engine = new LintEngine();
    engine.lint('a', textOf('a'), 'plaintext', {});
    engine.lint('b', textOf('b'), 'plaintext', {});
    assert.equal(engine.textOf('a'), undefined, 'a, linted once, is dropped for b');
    assert.equal(engine.textOf('b')?.toString(), textOf('b'));

    // a comes back edited: being edited now, it stays while others are linted once.
    engine.lint('a', textOf('a', 'x'), 'plaintext', {});
    engine.lint('c', textOf('c'), 'plaintext', {});
    assert.equal(engine.textOf('a')?.toString(), textOf('a', 'x'));
    assert.equal(engine.textOf('b'), undefined);

    // b linted again with the same text (a configuration change) is still only opened.
    engine.lint('b', textOf('b'), 'plaintext', {});
    engine.lint('d', textOf('d'), 'plaintext', {});
    assert.equal(engine.textOf('b'), undefined);
    assert.equal(engine.textOf('a')?.toString(), textOf('a', 'x'));
  });

  it('keeps a document being edited one after the caches are cleared', () => {
    const engine = new LintEngine();
    engine.lint('a', textOf('a'), 'plaintext', {});
    engine.lint('a', textOf('a', 'x'), 'plaintext', {});
    engine.clear();
    engine.lint('a', textOf('a', 'x'), 'plaintext', {});
    engine.lint('b', textOf('b'), 'plaintext', {});
    assert.equal(engine.textOf('a')?.toString(), textOf('a', 'x'));
  });
});
