/** `economics.json` scenarios from the share-pool crate's tests and subtensor's share-based staking tests. */
import { safeFloatEquals, safeFloatFromU64 } from '@taonet/primitives';
import { injectIntoPool, SharePool, stakeOnPool, unstakeFromPool } from '@taonet/runtime';
import type { EconomicsHandler } from './economicsHandler.js';
import { parseOpScript } from './opScript.js';
import { applySharePoolOp } from './sharePoolHandlers.js';
import { allowedDifference, toleranceOf } from './vectorTolerance.js';
import { arr, big, type Rec, rec, str } from './vectorValues.js';

function checkValues(
  pool: SharePool,
  expectedValues: Rec,
  tolerance: bigint,
  check: Parameters<EconomicsHandler>[2],
) {
  for (const [key, value] of Object.entries(expectedValues)) {
    check.nearInt(`value.${key}`, big(value, key), pool.getValue(key), tolerance);
  }
}

/** `test_get_value`: values read from raw pool storage. */
const getValue: EconomicsHandler = (inputs, expected, check) => {
  const pool = new SharePool('mock');
  const shares = Object.entries(rec(inputs.shares, 'shares')).map(
    ([k, v]) => [k, safeFloatFromU64(big(v, k))] as [string, ReturnType<typeof safeFloatFromU64>],
  );
  pool.setRaw(
    big(inputs.shared_value, 'shared_value'),
    safeFloatFromU64(big(inputs.denominator, 'denominator')),
    shares,
  );
  checkValues(pool, rec(expected.value, 'value'), 0n, check);
};

/** `test_denom_precision`, `test_denom_high_precision[_many_small_unstakes]`: mock pool op lists. */
const opSequence: EconomicsHandler = (inputs, expected, check, vector) => {
  const pool = new SharePool('mock');
  const ops = typeof inputs.ops === 'string' ? parseOpScript(str(inputs.ops, 'ops')) : arr(inputs.ops, 'ops');
  ops.forEach((op, i) => {
    applySharePoolOp(pool, arr(op, `ops[${i}]`), `ops[${i}]`);
  });
  checkValues(pool, rec(expected.value, 'value'), BigInt(allowedDifference(toleranceOf(vector), 0)), check);
};

/** `test_share_based_staking_stake_unstake_inject`: each of two coldkeys ends at stake - unstake + inject/2. */
const stakeUnstakeInject: EconomicsHandler = (inputs, _expected, check) => {
  arr(inputs.cases, 'cases').forEach((entry, i) => {
    const [stake, unstake, inject, tolerance] = arr(entry, `cases[${i}]`).map((v) => big(v, `cases[${i}]`));
    const pool = new SharePool('subtensor');
    for (const coldkey of ['ck1', 'ck2']) {
      stakeOnPool(pool, coldkey, stake ?? 0n);
      unstakeFromPool(pool, coldkey, unstake ?? 0n);
    }
    injectIntoPool(pool, inject ?? 0n);
    const expectedValue = (stake ?? 0n) - (unstake ?? 0n) + (inject ?? 0n) / 2n;
    for (const coldkey of ['ck1', 'ck2']) {
      check.nearInt(`cases[${i}].${coldkey}`, expectedValue, pool.getValue(coldkey), tolerance ?? 0n);
    }
  });
};

/** `test_share_based_staking_stake_inject_stake_new`: a staker joining after an injection does not share it. */
const stakeInjectStakeNew: EconomicsHandler = (inputs, _expected, check, vector) => {
  const tolerance = BigInt(allowedDifference(toleranceOf(vector), 0));
  arr(inputs['cases(stake1, inject, stake2)'], 'cases').forEach((entry, i) => {
    const [stake1, inject, stake2] = arr(entry, `cases[${i}]`).map((v) => big(v, `cases[${i}]`));
    const pool = new SharePool('subtensor');
    stakeOnPool(pool, 'ck1', stake1 ?? 0n);
    injectIntoPool(pool, inject ?? 0n);
    stakeOnPool(pool, 'ck2', stake2 ?? 0n);
    check.nearInt(`cases[${i}].ck1`, (stake1 ?? 0n) + (inject ?? 0n), pool.getValue('ck1'), tolerance);
    check.nearInt(`cases[${i}].ck2`, stake2 ?? 0n, pool.getValue('ck2'), tolerance);
  });
};

/** `test_share_based_staking_denominator_precision`: the first share equals the stake; unstaking is exact. */
const stakeDenominatorExact: EconomicsHandler = (inputs, _expected, check) => {
  arr(inputs['cases(stake, unstake)'], 'cases').forEach((entry, i) => {
    const [stake, unstake] = arr(entry, `cases[${i}]`).map((v) => big(v, `cases[${i}]`));
    const pool = new SharePool('subtensor');
    stakeOnPool(pool, 'ck', stake ?? 0n);
    const first = pool.getShare('ck');
    check.isTrue(
      `cases[${i}].first_share_equals_stake`,
      safeFloatEquals(first, safeFloatFromU64(stake ?? 0n)),
      'share differs from the stake',
    );
    unstakeFromPool(pool, 'ck', unstake ?? 0n);
    check.exact(`cases[${i}].remaining`, (stake ?? 0n) - (unstake ?? 0n), pool.getValue('ck'));
  });
};

export const SHARE_POOL_TEST_HANDLERS: ReadonlyArray<readonly [string, EconomicsHandler]> = [
  ['test_get_value', getValue],
  ['test_denom_precision', opSequence],
  ['test_denom_high_precision', opSequence],
  ['test_denom_high_precision_many_small_unstakes', opSequence],
  ['test_share_based_staking_stake_unstake_inject', stakeUnstakeInject],
  ['test_share_based_staking_stake_inject_stake_new', stakeInjectStakeNew],
  ['test_share_based_staking_denominator_precision', stakeDenominatorExact],
];
