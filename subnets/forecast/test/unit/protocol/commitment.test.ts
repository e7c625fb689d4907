import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  canonicalJson,
  computeCommitment,
  createForecastAnswer,
  createSalt,
  type ForecastReveal,
  verifyReveal,
} from '@taonet/subnet-forecast';
import fc from 'fast-check';

const HOTKEY = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const OTHER = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const SALT = 'ab'.repeat(32);

function answer() {
  return createForecastAnswer(
    HOTKEY,
    { task_id: 'task1' },
    {
      point: [1.5, 2, -3],
      quantiles: [
        { q: 0.9, values: [2, 3, -2] },
        { q: 0.1, values: [1, 1, -4] },
      ],
    },
    SALT,
  );
}

describe('canonicalJson', () => {
  it('sorts keys, drops undefined members and writes no spaces', () => {
    assert.equal(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined }), '{"a":[true,null,"x"],"b":1}');
    assert.equal(canonicalJson({ z: { y: 0.1, x: -0 } }), '{"z":{"x":0,"y":0.1}}');
    assert.throws(() => canonicalJson({ a: Number.NaN }), RangeError);
    assert.throws(() => canonicalJson([Number.POSITIVE_INFINITY]), RangeError);
  });

  it('does not depend on key order', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true })),
        (record) => {
          const reversed = Object.fromEntries(Object.entries(record).reverse());
          assert.equal(canonicalJson(record), canonicalJson(reversed));
        },
      ),
    );
  });
});

describe('commit and reveal', () => {
  it('verifies an honest reveal, whatever the order of its quantiles', () => {
    const { commit, reveal } = answer();
    assert.match(commit.commitment, /^[0-9a-f]{64}$/);
    assert.equal(commit.task_id, 'task1');
    assert.deepEqual(verifyReveal(HOTKEY, 'task1', commit.commitment, reveal), { ok: true, reveal });
    const reordered = { ...reveal, quantiles: [...(reveal.quantiles ?? [])].reverse() };
    assert.equal(verifyReveal(HOTKEY, 'task1', commit.commitment, reordered).ok, true);
    assert.equal(computeCommitment(HOTKEY, reveal), commit.commitment);
  });

  it('rejects tampered reveals', () => {
    const { commit, reveal } = answer();
    const tampered: [string, unknown][] = [
      ['point', { ...reveal, point: [1.5, 2, -3.0001] }],
      ['salt', { ...reveal, salt: 'cd'.repeat(32) }],
      ['quantile', { ...reveal, quantiles: [{ q: 0.9, values: [2, 3, -2] }] }],
      ['no quantiles', { task_id: reveal.task_id, point: reveal.point, salt: reveal.salt }],
    ];
    for (const [what, value] of tampered) {
      assert.deepEqual(
        verifyReveal(HOTKEY, 'task1', commit.commitment, value),
        {
          ok: false,
          reason: 'commitment_mismatch',
        },
        what,
      );
    }
    assert.deepEqual(verifyReveal(OTHER, 'task1', commit.commitment, reveal), {
      ok: false,
      reason: 'commitment_mismatch',
    });
    assert.deepEqual(verifyReveal(HOTKEY, 'task2', commit.commitment, reveal), {
      ok: false,
      reason: 'task_mismatch',
    });
  });

  it('rejects malformed reveals without throwing', () => {
    const { commit, reveal } = answer();
    const bad: unknown[] = [
      null,
      'x',
      { ...reveal, salt: 'short' },
      { ...reveal, salt: 'AB'.repeat(32) },
      { ...reveal, point: [1, Number.NaN, 2] },
      { ...reveal, point: [] },
      { ...reveal, quantiles: [{ q: 1.5, values: [1, 2, 3] }] },
      { ...reveal, task_id: 7 },
    ];
    for (const value of bad) {
      assert.deepEqual(verifyReveal(HOTKEY, 'task1', commit.commitment, value), {
        ok: false,
        reason: 'malformed',
      });
    }
  });

  it('uses a fresh 32-byte salt by default', () => {
    const a = createSalt();
    assert.match(a, /^[0-9a-f]{64}$/);
    assert.notEqual(a, createSalt());
    const r1: ForecastReveal = createForecastAnswer(HOTKEY, { task_id: 't' }, { point: [1] }).reveal;
    const r2: ForecastReveal = createForecastAnswer(HOTKEY, { task_id: 't' }, { point: [1] }).reveal;
    assert.notEqual(r1.salt, r2.salt);
    assert.equal(r1.quantiles, undefined);
  });
});
