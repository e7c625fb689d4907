/** Function-level vectors of the halving law and of safe-bigmath's power function. */
import { powRatioScaled } from '@taonet/primitives';
import {
  type BlockEmissionOpts,
  DEFAULT_BLOCK_EMISSION,
  findHalvingThreshold,
  getBlockEmissionForIssuance,
  TOTAL_SUPPLY,
} from '@taonet/runtime';
import type { OutputCheck } from './outputCheck.js';
import { arr, big, num, optBig, type Rec, rec } from './vectorValues.js';

/** `Pallet::get_block_emission_for_issuance`: a table of issuances, or the halving thresholds k = 1..n. */
export function runBlockEmission(inputs: Rec, expected: Rec, check: OutputCheck): void {
  const opts: BlockEmissionOpts = {
    totalSupply: optBig(inputs, 'TotalSupply', TOTAL_SUPPLY),
    defaultBlockEmission: optBig(inputs, 'DefaultBlockEmission', DEFAULT_BLOCK_EMISSION),
  };
  if (inputs.issuance_rao !== undefined) {
    const issuances = arr(inputs.issuance_rao, 'issuance_rao').map((v, i) => big(v, `issuance_rao[${i}]`));
    const actual = issuances.map((issuance) => getBlockEmissionForIssuance(issuance, opts));
    check.exact('block_emission_rao', expected.block_emission_rao, actual);
  }
  if (expected.thresholds !== undefined) {
    arr(expected.thresholds, 'thresholds').forEach((entry, i) => {
      const k = big(rec(entry, `thresholds[${i}]`).k, `thresholds[${i}].k`);
      const first = findHalvingThreshold(k, opts);
      check.exact(`thresholds[${i}]`, entry, {
        k,
        first_issuance_rao: first,
        emission_at: getBlockEmissionForIssuance(first, opts),
        emission_one_rao_below: getBlockEmissionForIssuance(first - 1n, opts),
      });
    });
  }
}

/** `safe_bigmath::SafeInt::pow_ratio_scaled`: results and the branch taken. */
export function runPowRatioScaled(inputs: Rec, expected: Rec, check: OutputCheck): void {
  const results = arr(inputs.cases, 'cases').map((entry, i) => {
    const c = rec(entry, `cases[${i}]`);
    return powRatioScaled(
      big(c.base_numerator, 'base_numerator'),
      big(c.base_denominator, 'base_denominator'),
      big(c.exponent_numerator, 'exponent_numerator'),
      big(c.exponent_denominator, 'exponent_denominator'),
      num(c.precision, 'precision'),
      big(c.scale, 'scale'),
    );
  });
  check.exact(
    'result',
    expected.result,
    results.map((r) => r.value),
  );
  if (expected.path !== undefined) {
    check.exact(
      'path',
      expected.path,
      results.map((r) => r.path),
    );
  }
}
