/** The Yuma math suite on copies of a few shared vectors, and on broken ones (precise failure messages). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Vector } from '../../../src/conformance/conformanceSuite.js';
import { yumaMathSuite } from '../../../src/conformance/yumaMath/yumaMathSuite.js';

const source = 'pallets/subtensor/src/tests/math.rs::test';

const VECTORS: Vector[] = [
  {
    name: 'col_clip_sparse_1',
    source_test: source,
    function: 'col_clip_sparse',
    args: {
      m: [
        [
          [1, 2.0],
          [2, 3.0],
        ],
        [
          [0, 4.0],
          [1, 5.0],
          [2, 6.0],
        ],
        [],
        [
          [0, 10.0],
          [1, 11.0],
          [2, 12.0],
        ],
      ],
      thr: [0.0, 5.0, 12.0],
    },
    types: { m: 'f32', thr: 'f32' },
    expected: [
      [
        [1, 2.0],
        [2, 3.0],
      ],
      [
        [1, 5.0],
        [2, 6.0],
      ],
      [],
      [
        [1, 5.0],
        [2, 12.0],
      ],
    ],
    expected_type: 'f32',
    tolerance: 'exact',
  },
  {
    name: 'weighted_median_1',
    source_test: source,
    function: 'weighted_median',
    args: {
      stake: 'normalize([0.51])',
      score: [1.0],
      partition_idx: '0..len',
      minority: 'fixed(1) - fixed(0.51)',
      partition_lo: 0,
      partition_hi: 'sum(stake)',
    },
    types: { stake: 'f32', score: 'f32' },
    expected: 1.0,
    expected_type: 'f32',
    tolerance: 'exact',
  },
  {
    name: 'normalize_pos',
    source_test: source,
    function: 'normalize',
    args: { x: [1.0, 10.0, 30.0] },
    types: { x: 'f64' },
    expected: [0.0243902437, 0.243902439, 0.7317073171],
    expected_type: 'f64',
    tolerance: { abs: 0.0001, eps_type: 'f64' },
  },
  {
    name: 'example_exp_safe_001',
    source_test: source,
    function: 'exp_safe',
    args: { x: [20.0, -21.0, -0.16055755084380507, 23.26817873166874, 21.0] },
    types: { x: 'f64' },
    expected: ['2066907302758576256', 8, 3657889679, '2066907302758576256', '2066907302758576256'],
    expected_type: 'I32F32_bits',
    tolerance: 'exact',
  },
  {
    name: 'vecdiv_1',
    source_test: source,
    function: 'vecdiv',
    args: { x: [1.0, 1.0, 10.0], y: [2.0, 3.0, 2.0] },
    types: { x: 'f32', y: 'f32' },
    expected: ['fixed(1)/fixed(2)', 'fixed(1)/fixed(3)', 5.0],
    expected_type: 'expr',
    tolerance: 'exact',
  },
  {
    name: 'liquid_alpha_equal_low_high_matches_disabled',
    source_test: source,
    function: 'compute_bonds_dense_liquid_vs_fixed',
    args: {
      weights: [
        [0.0, 0.1, 0.0],
        [0.0, 0.2, 0.4],
        [0.0, 0.3, 0.1],
        [0.0, 0.4, 0.5],
      ],
      bonds: [
        [0.1, 0.1, 0.5],
        [0.0, 0.0, 0.4],
        [0.5, 0.1, 0.1],
        [0.0, 0.4, 0.2],
      ],
      consensus: [0.3, 0.2, 0.1, 0.4],
      alpha_low_u16: 6553,
      alpha_high_u16: 6553,
      bonds_moving_average: 900000,
      alpha_sigmoid_steepness: 1000,
    },
    types: { weights: 'f32', bonds: 'f32', consensus: 'f32' },
    expected: 'compute_bonds(liquid on, low=high=6553) == compute_bonds(liquid off, bma=900000)',
    expected_type: 'relation',
    tolerance: { abs: 0.001, eps_type: 'f64' },
  },
  {
    name: 'example_inplace_normalize_64_001',
    source_test: source,
    function: 'inplace_normalize_64',
    args: { x: [1.5669433662450515e-5] },
    types: { x: 'I64F64_f64' },
    expected: ['18446744073709551616'],
    expected_type: 'I64F64_bits',
    tolerance: 'exact',
  },
  {
    name: 'split_emissions_rounding_to_first',
    source_test: 'pallets/subtensor/src/tests/mechanism.rs::split_emissions_rounding_to_first',
    function: 'split_emissions',
    args: { mechanism_count: 4, split: null, alpha: 10 },
    types: { alpha: 'u64', split: 'u16' },
    expected: [4, 2, 2, 2],
    expected_type: 'u64',
    tolerance: 'exact',
  },
];

const run = (vector: Vector) => {
  assert.ok(yumaMathSuite.accepts(vector), `${vector.name} accepted`);
  return yumaMathSuite.run(vector);
};

describe('yumaMathSuite', () => {
  for (const vector of VECTORS) {
    it(`passes ${vector.name}`, () => assert.deepEqual(run(vector), { status: 'pass' }));
  }

  it('reports the first differing sparse entry with expected vs actual bits', () => {
    const base = VECTORS[0] as Vector;
    const broken = {
      ...base,
      expected: [
        [
          [1, 2.0],
          [2, 3.0],
        ],
        [
          [1, 5.0],
          [2, 6.5],
        ],
        [],
        [
          [1, 5.0],
          [2, 12.0],
        ],
      ],
    };
    assert.deepEqual(run(broken), {
      status: 'fail',
      reason: 'row 1, entry 1, value: expected 6.5 (bits 27917287424) vs actual 6 (bits 25769803776)',
    });
    const short = {
      ...base,
      expected: [
        [
          [1, 2.0],
          [2, 3.0],
        ],
      ],
    };
    assert.match((run(short) as { reason: string }).reason, /^expected length 1 vs actual 4/);
  });

  it('compares exactly unless the vector gives a tolerance', () => {
    const base = { ...(VECTORS[2] as Vector), expected: [0.0243912437, 0.243902439, 0.7317073171] };
    assert.equal(run(base).status, 'pass');
    assert.match(
      (run({ ...base, tolerance: 'exact' }) as { reason: string }).reason,
      /^index 0: expected 0\.0243912437/,
    );
    assert.equal(run({ ...base, tolerance: { abs: 1e-7, eps_type: 'f64' } }).status, 'fail');
  });

  it('skips only descriptive entries, fails unknown functions and malformed arguments', () => {
    const description = {
      name: 'd',
      function: 'exp_safe',
      args: { x: [0] },
      expected: 'words',
      expected_type: 'description',
    };
    assert.equal(run(description).status, 'skip');
    assert.match(
      (run({ ...(VECTORS[0] as Vector), function: 'mystery' }) as { reason: string }).reason,
      /no math adapter for "mystery"/,
    );
    const missing = { ...(VECTORS[0] as Vector), args: { m: [] } };
    assert.match(
      (run(missing) as { reason: string }).reason,
      /malformed math vector: missing argument "thr"/,
    );
  });

  it('leaves economics and epoch vectors to their suites', () => {
    assert.equal(
      yumaMathSuite.accepts({ name: 'e', kind: 'derived_from_code', function: 'Pallet::x', inputs: {} }),
      false,
    );
    assert.equal(yumaMathSuite.accepts({ name: 's', kind: 'epoch_scenario' }), false);
  });
});
