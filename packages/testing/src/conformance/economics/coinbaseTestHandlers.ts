/** `economics.json` scenarios from the coinbase's Rust tests that reduce to its pure math. */
import { I96F32, U64F64, U96F32 } from '@taonet/primitives';
import {
  blocksUntilNextEpoch,
  calculateDividendDistribution,
  computeSingleSubnetBlock,
  DEFAULT_EMA_PRICE_HALVING_BLOCKS,
  type HotkeyStake,
  updateMovingPrice,
} from '@taonet/runtime';
import type { EconomicsHandler } from './economicsHandler.js';
import { MOCK_MINIMUM_RESERVE } from './swapHandlers.js';
import { allowedDifference, toleranceOf } from './vectorTolerance.js';
import { arr, big, num, optBig, perquintillFromDecimal, rec } from './vectorValues.js';

/**
 * `test_coinbase_moving_prices`, `test_update_moving_price_after_time`, `test_update_moving_price_initial`:
 * `updates` EMA steps at one block from float parameters (the tests use `from_num(f64)`).
 */
const movingPriceScenario: EconomicsHandler = (inputs, expected, check, vector) => {
  let price = I96F32.fromF64(num(inputs.initial_moving_price ?? inputs.initial, 'initial price'));
  const updates = Number(optBig(inputs, 'updates', 1n));
  for (let i = 0; i < updates; i++) {
    price = updateMovingPrice({
      block: big(inputs.block, 'block'),
      firstEmissionBlock: big(inputs.FirstEmissionBlockNumber, 'FirstEmissionBlockNumber'),
      halvingBlocks: optBig(inputs, 'EMAPriceHalvingBlocks', DEFAULT_EMA_PRICE_HALVING_BLOCKS),
      movingAlpha: I96F32.fromF64(num(inputs.SubnetMovingAlpha, 'SubnetMovingAlpha')),
      spotPrice: U64F64.fromF64(num(inputs.spot_price, 'spot_price')),
      movingPrice: price,
    });
  }
  const value = I96F32.toF64(price);
  if (expected.SubnetMovingPrice !== undefined) {
    const e = num(expected.SubnetMovingPrice, 'SubnetMovingPrice');
    check.near('SubnetMovingPrice', e, value, allowedDifference(toleranceOf(vector), e));
  }
  if (expected.SubnetMovingPrice_lt !== undefined) {
    const bound = num(expected.SubnetMovingPrice_lt, 'SubnetMovingPrice_lt');
    check.isTrue('SubnetMovingPrice_lt', value < bound, `expected < ${bound}, actual ${value}`);
  }
  check.exact('SubnetMovingPrice_exact_I96F32_bits', expected.SubnetMovingPrice_exact_I96F32_bits, price);
  // `emulated` is the stored I96F32 value as a double
  if (expected.emulated !== undefined) check.near('emulated', num(expected.emulated, 'emulated'), value, 0);
};

/** `test_calculate_dividend_distribution_totals`: per-hotkey U96F32 results and the pool totals. */
const dividendTotals: EconomicsHandler = (inputs, expected, check, vector) => {
  const taoWeight = U96F32.fromF64(num(inputs.tao_weight, 'tao_weight'));
  const stakeMap = new Map<string, HotkeyStake>();
  for (const [hotkey, value] of Object.entries(rec(inputs.stake_map, 'stake_map'))) {
    const s = rec(value, hotkey);
    stakeMap.set(hotkey, { alpha: big(s.alpha, 'alpha'), root: big(s.root, 'root') });
  }
  const dividendInputs = rec(inputs.epoch_dividends, 'epoch_dividends');
  // deterministic: BTreeMap order (sorted hotkeys)
  const dividends = new Map(
    Object.keys(dividendInputs)
      .sort()
      .map((hk) => [hk, U96F32.saturatingFromInt(big(dividendInputs[hk], hk))] as const),
  );
  const result = calculateDividendDistribution(
    big(inputs.pending_validator_alpha, 'pending_validator_alpha'),
    big(inputs.pending_root_alpha, 'pending_root_alpha'),
    taoWeight,
    stakeMap,
    dividends,
  );
  const bits = {
    alpha: Object.fromEntries(result.alphaDividends),
    root: Object.fromEntries(result.rootAlphaDividends),
  };
  check.exact('emulated_per_hotkey_U96F32_bits', expected.emulated_per_hotkey_U96F32_bits, bits);
  const floats = (m: ReadonlyMap<string, U96F32>) =>
    Object.fromEntries([...m].map(([k, v]) => [k, U96F32.toF64(v)]));
  const expectedFloats =
    expected.emulated_per_hotkey_float === undefined ? {} : rec(expected.emulated_per_hotkey_float, 'floats');
  for (const [side, map] of [
    ['alpha', result.alphaDividends],
    ['root', result.rootAlphaDividends],
  ] as const) {
    const e = expectedFloats[side] === undefined ? {} : rec(expectedFloats[side], side);
    const actual = floats(map);
    for (const [hk, value] of Object.entries(e))
      check.near(`emulated_per_hotkey_float.${side}.${hk}`, num(value, hk), actual[hk] ?? Number.NaN, 0);
  }
  const sum = (m: ReadonlyMap<string, U96F32>) =>
    [...m.values()].reduce((acc, v) => acc + U96F32.toU64(v), 0n);
  const tolerance = BigInt(allowedDifference(toleranceOf(vector, 'sums'), 0));
  check.nearInt(
    'sum_alpha_dividends',
    big(expected.sum_alpha_dividends, 'sum'),
    sum(result.alphaDividends),
    tolerance,
  );
  check.nearInt(
    'sum_root_alpha_dividends',
    big(expected.sum_root_alpha_dividends, 'sum'),
    sum(result.rootAlphaDividends),
    tolerance,
  );
};

/**
 * `test_owner_cut_base`: one coinbase block of a subnet with `reserves = [tao, alpha]` and the test mock's
 * zero TAO weight, for each `SubnetOwnerCut`.
 */
const ownerCut: EconomicsHandler = (inputs, expected, check) => {
  const [tao, alpha] = arr(inputs.reserves, 'reserves').map((v) => big(v, 'reserves'));
  const cuts = arr(inputs.SubnetOwnerCut, 'SubnetOwnerCut').map((v) => big(v, 'SubnetOwnerCut'));
  const pending = cuts.map(
    (cut) =>
      computeSingleSubnetBlock({
        taoEmission: U96F32.saturatingFromInt(big(inputs.block_tao_emission, 'block_tao_emission')),
        pool: {
          taoReserve: tao ?? 0n,
          alphaReserve: alpha ?? 0n,
          quoteWeight: perquintillFromDecimal(0.5),
          feeRate: 33n,
          minimumReserve: MOCK_MINIMUM_RESERVE,
        },
        subnetAlphaOut: 0n,
        rootSubnetTao: 0n,
        taoWeightRaw: 0n,
        subnetOwnerCut: cut,
        ownerCutEnabled: true,
        rootSellFlag: true,
      }).pending.pendingOwnerCut,
  );
  check.exact('PendingOwnerCut', expected.PendingOwnerCut, pending);
};

/** `tests/emission.rs`: blocks until the next automatic epoch. */
const blocksUntilNextAutoEpoch: EconomicsHandler = (inputs, expected, check) => {
  const results = arr(inputs.cases, 'cases').map((entry, i) => {
    const c = rec(entry, `cases[${i}]`);
    return blocksUntilNextEpoch(
      { tempo: big(c.tempo, 'tempo'), lastEpochBlock: big(c.last, 'last') },
      big(c.block, 'block'),
    );
  });
  check.exact('result', expected.result, results);
};

export const COINBASE_TEST_HANDLERS: ReadonlyArray<readonly [string, EconomicsHandler]> = [
  ['test_coinbase_moving_prices', movingPriceScenario],
  ['test_update_moving_price_after_time', movingPriceScenario],
  ['test_update_moving_price_initial', movingPriceScenario],
  ['test_calculate_dividend_distribution_totals', dividendTotals],
  ['test_owner_cut_base', ownerCut],
  ['emission.rs', blocksUntilNextAutoEpoch],
];
