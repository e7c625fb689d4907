import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  decodeBlockJournal,
  decodeStateJournal,
  encodeBlockJournal,
  encodeStateJournal,
  type JournalEntry,
} from '../../src/stateJournal.js';

describe('state journal codec', () => {
  it('round-trips present, empty and absent previous values (property)', () => {
    const entry = fc.tuple(
      fc.uint8Array({ maxLength: 80 }),
      fc.option(fc.uint8Array({ maxLength: 300 }), { nil: undefined }),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (entries: JournalEntry[]) => {
        assert.deepEqual(decodeStateJournal(encodeStateJournal(entries)), entries);
      }),
    );
  });

  it('rejects a truncated journal', () => {
    const bytes = encodeStateJournal([[Uint8Array.of(1, 2), Uint8Array.of(3, 4, 5)]]);
    assert.throws(() => decodeStateJournal(bytes.subarray(0, bytes.length - 1)), { code: 'CORRUPT_STORE' });
    assert.throws(() => decodeStateJournal(bytes.subarray(0, 3)), { code: 'CORRUPT_STORE' });
  });

  it('round-trips a block journal: sequence number, inserted node keys and state (property)', () => {
    const journal = fc.record({
      seq: fc.nat({ max: 2 ** 32 - 1 }),
      insertedNodes: fc.array(fc.uint8Array({ minLength: 34, maxLength: 120 }), { maxLength: 10 }),
      state: fc.array(fc.tuple(fc.uint8Array({ maxLength: 40 }), fc.constant(undefined)), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(journal, (value) => {
        const bytes = encodeBlockJournal(value);
        assert.deepEqual(decodeBlockJournal(bytes), { ...value });
        assert.throws(() => decodeBlockJournal(bytes.subarray(0, 7)), { code: 'CORRUPT_STORE' });
      }),
    );
  });
});
