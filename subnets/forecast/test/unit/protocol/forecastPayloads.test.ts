import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  forecastCommitSchema,
  forecastRevealSchema,
  forecastTaskSchema,
  MAX_HORIZON,
} from '@taonet/subnet-forecast';

describe('payload schemas', () => {
  it('accept well-formed payloads', () => {
    const task = { task_id: 'abc', history: [1, 2, 3], horizon: 2, interval_s: 3600 };
    assert.deepEqual(forecastTaskSchema.parse(task), task);
    const commit = { task_id: 'abc', commitment: 'f'.repeat(64) };
    assert.deepEqual(forecastCommitSchema.parse(commit), commit);
    const reveal = {
      task_id: 'abc',
      point: [1, 2],
      quantiles: [{ q: 0.5, values: [1, 2] }],
      salt: '0'.repeat(32),
    };
    assert.deepEqual(forecastRevealSchema.parse(reveal), reveal);
  });

  it('reject out-of-bounds payloads', () => {
    const task = { task_id: 'abc', history: [1, 2, 3], horizon: 2, interval_s: 3600 };
    assert.equal(forecastTaskSchema.safeParse({ ...task, horizon: 1.5 }).success, false);
    assert.equal(forecastTaskSchema.safeParse({ ...task, horizon: MAX_HORIZON + 1 }).success, false);
    assert.equal(
      forecastTaskSchema.safeParse({ ...task, history: [1, Number.POSITIVE_INFINITY] }).success,
      false,
    );
    assert.equal(forecastTaskSchema.safeParse({ ...task, task_id: 'a b' }).success, false);
    assert.equal(
      forecastCommitSchema.safeParse({ task_id: 'abc', commitment: 'F'.repeat(64) }).success,
      false,
    );
    const reveal = { task_id: 'abc', point: [1], salt: '0'.repeat(32) };
    assert.equal(forecastRevealSchema.safeParse({ ...reveal, salt: '0'.repeat(30) }).success, false);
    assert.equal(
      forecastRevealSchema.safeParse({ ...reveal, quantiles: [{ q: 0, values: [1] }] }).success,
      false,
    );
  });
});
