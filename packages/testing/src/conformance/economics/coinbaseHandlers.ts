/** Function-level vectors of the coinbase: moving price, dividends, subnet terms, pending split, one block. */
import { I96F32, U64F64, U96F32 } from '@taonet/primitives';
import {
  calculateDividendDistribution,
  computePendingEmission,
  computeSingleSubnetBlock,
  getBlockEmissionForIssuance,
  getSubnetTerms,
  getTaoWeight,
  type HotkeyStake,
  type PendingEmissionSplit,
  type SubnetTerms,
  type SwapOutcome,
  updateMovingPrice,
} from '@taonet/runtime';
import type { OutputCheck } from './outputCheck.js';
import { readPool } from './swapHandlers.js';
import { arr, big, bool, optBig, type Rec, rec } from './vectorValues.js';

/** `Pallet::update_moving_price`, one update per step. */
export function runMovingPrice(inputs: Rec, expected: Rec, check: OutputCheck): void {
  const first = inputs.FirstEmissionBlockNumber;
  let movingPrice = I96F32.fromBits(big(inputs.initial_SubnetMovingPrice_I96F32_bits, 'initial price'));
  const prices = arr(inputs.steps, 'steps').map((entry, i) => {
    const step = rec(entry, `steps[${i}]`);
    movingPrice = updateMovingPrice({
      block: big(step.block, `steps[${i}].block`),
      firstEmissionBlock:
        first === null || first === undefined ? null : big(first, 'FirstEmissionBlockNumber'),
      halvingBlocks: big(inputs.EMAPriceHalvingBlocks, 'EMAPriceHalvingBlocks'),
      movingAlpha: I96F32.fromBits(
        big(inputs.SubnetMovingAlpha_I96F32_bits, 'SubnetMovingAlpha_I96F32_bits'),
      ),
      spotPrice: U64F64.fromBits(big(step.spot_price_U64F64_bits, `steps[${i}].spot_price_U64F64_bits`)),
      movingPrice,
    });
    return movingPrice;
  });
  check.exact('SubnetMovingPrice_I96F32_bits', expected.SubnetMovingPrice_I96F32_bits, prices);
}

function toObject(map: ReadonlyMap<string, bigint>): Record<string, bigint> {
  return Object.fromEntries(map);
}

/** `Pallet::calculate_dividend_distribution` */
export function runDividendDistribution(inputs: Rec, expected: Rec, check: OutputCheck): void {
  const taoWeight = getTaoWeight(big(inputs.TaoWeight_raw, 'TaoWeight_raw'));
  const stakeMap = new Map<string, HotkeyStake>();
  for (const [hotkey, value] of Object.entries(rec(inputs.stake_map, 'stake_map'))) {
    const s = rec(value, `stake_map.${hotkey}`);
    stakeMap.set(hotkey, { alpha: big(s.alpha, 'alpha'), root: big(s.root, 'root') });
  }
  // deterministic: BTreeMap order (sorted hotkeys), as the Rust map iterates
  const hotkeys = Object.keys(rec(inputs.epoch_dividends, 'epoch_dividends')).sort();
  const dividends = new Map<string, U96F32>();
  for (const hotkey of hotkeys) {
    dividends.set(hotkey, U96F32.saturatingFromInt(big(rec(inputs.epoch_dividends, 'd')[hotkey], hotkey)));
  }
  const result = calculateDividendDistribution(
    big(inputs.pending_validator_alpha, 'pending_validator_alpha'),
    big(inputs.pending_root_alpha, 'pending_root_alpha'),
    taoWeight,
    stakeMap,
    dividends,
  );
  const floor = (m: ReadonlyMap<string, U96F32>) => new Map([...m].map(([k, v]) => [k, U96F32.toU64(v)]));
  const sum = (m: ReadonlyMap<string, bigint>) => [...m.values()].reduce((a, b) => a + b, 0n);
  const actual = {
    tao_weight_U96F32_bits: taoWeight,
    alpha_dividends_U96F32_bits: toObject(result.alphaDividends),
    root_alpha_dividends_U96F32_bits: toObject(result.rootAlphaDividends),
    alpha_dividends_floor: toObject(floor(result.alphaDividends)),
    root_alpha_dividends_floor: toObject(floor(result.rootAlphaDividends)),
    sum_alpha_floor: sum(floor(result.alphaDividends)),
    sum_root_floor: sum(floor(result.rootAlphaDividends)),
  };
  for (const key of Object.keys(actual) as (keyof typeof actual)[]) {
    const e = expected[key];
    const a = actual[key];
    if (typeof e === 'object' && e !== null && typeof a === 'object') check.sameKeys(key, e, a);
  }
  check.exact('', expected, actual);
}

export function pendingFields(p: PendingEmissionSplit, alphaEmission: bigint): Record<string, unknown> {
  return {
    alpha_emission: alphaEmission,
    SubnetAlphaOutEmission: p.alphaOutEmission,
    SubnetAlphaOut_after_mint: p.subnetAlphaOutAfterMint,
    root_proportion_U96F32_bits: p.rootProportion,
    PendingOwnerCut: p.pendingOwnerCut,
    PendingServerEmission: p.pendingServerEmission,
    PendingValidatorEmission: p.pendingValidatorEmission,
    PendingRootAlphaDivs: p.pendingRootAlphaDivs,
    recycled_root_alpha: p.recycledRootAlpha,
    SubnetAlphaOut_after: p.subnetAlphaOutAfter,
  };
}

/** `Pallet::emit_to_subnets(pending split)` */
export function runPendingSplit(inputs: Rec, expected: Rec, check: OutputCheck): void {
  const actual = arr(inputs.cases, 'cases').map((entry, i) => {
    const c = rec(entry, `cases[${i}]`);
    const alphaEmission = getBlockEmissionForIssuance(big(c.alpha_issuance_for_emission, 'alpha_issuance'));
    const split = computePendingEmission({
      alphaOut: U96F32.saturatingFromInt(alphaEmission),
      subnetAlphaIn: big(c.SubnetAlphaIn, 'SubnetAlphaIn'),
      subnetAlphaOut: big(c.SubnetAlphaOut, 'SubnetAlphaOut'),
      rootSubnetTao: big(c.root_SubnetTAO, 'root_SubnetTAO'),
      taoWeightRaw: big(c.TaoWeight_raw, 'TaoWeight_raw'),
      subnetOwnerCut: big(c.SubnetOwnerCut, 'SubnetOwnerCut'),
      ownerCutEnabled: bool(c.OwnerCutEnabled, 'OwnerCutEnabled'),
      rootSellFlag: bool(c.root_sell_flag, 'root_sell_flag'),
    });
    return pendingFields(split, alphaEmission);
  });
  check.exact('cases', expected.cases, actual);
}

export function termsFields(t: SubnetTerms): Record<string, unknown> {
  return {
    alpha_emission: t.alphaEmission,
    price_U96F32_bits: t.price,
    root_proportion_U96F32_bits: t.rootProportion,
    alpha_injection_cap_U96F32_bits: t.alphaInjectionCap,
    capped: t.capped,
    tao_in_U96F32_bits: t.taoIn,
    alpha_in_U96F32_bits: t.alphaIn,
    alpha_out_U96F32_bits: t.alphaOut,
    excess_tao_U96F32_bits: t.excessTao,
  };
}

/** `Pallet::get_subnet_terms` */
export function runSubnetTerms(inputs: Rec, expected: Rec, check: OutputCheck): void {
  const actual = arr(inputs.cases, 'cases').map((entry, i) => {
    const c = rec(entry, `cases[${i}]`);
    const terms = getSubnetTerms({
      taoEmission: U96F32.fromBits(big(c.tao_emission_U96F32_bits, 'tao_emission_U96F32_bits')),
      subnetAlphaIn: big(c.SubnetAlphaIn, 'SubnetAlphaIn'),
      subnetAlphaOut: big(c.SubnetAlphaOut, 'SubnetAlphaOut'),
      price: U64F64.fromBits(big(c.price_U64F64_bits, 'price_U64F64_bits')),
      rootSubnetTao: big(c.root_SubnetTAO, 'root_SubnetTAO'),
      taoWeightRaw: big(c.TaoWeight_raw, 'TaoWeight_raw'),
    });
    return termsFields(terms);
  });
  check.exact('cases', expected.cases, actual);
}

function swapFields(outcome: SwapOutcome | null): Record<string, unknown> | null {
  if (outcome === null) return null;
  if (!outcome.ok) return { error: outcome.error };
  return {
    amount_paid_in: outcome.amountPaidIn,
    amount_paid_out: outcome.amountPaidOut,
    fee_paid: outcome.feePaid,
    fee_to_block_author: outcome.feeToBlockAuthor,
    limit_hit: outcome.limitHit,
  };
}

/** `Pallet::run_coinbase(single subnet block)` */
export function runSingleSubnetBlock(inputs: Rec, expected: Rec, check: OutputCheck): void {
  const pool = readPool(
    {
      tao_reserve: inputs.SubnetTAO,
      alpha_reserve: inputs.SubnetAlphaIn,
      quote_weight_perquintill: inputs.quote_weight_perquintill,
      FeeRate: inputs.FeeRate,
      MinimumReserve: inputs.MinimumReserve,
    },
    'inputs',
  );
  const r = computeSingleSubnetBlock({
    taoEmission: U96F32.fromBits(big(inputs.tao_emission_U96F32_bits, 'tao_emission_U96F32_bits')),
    pool,
    subnetAlphaOut: big(inputs.SubnetAlphaOut, 'SubnetAlphaOut'),
    rootSubnetTao: big(inputs.root_SubnetTAO, 'root_SubnetTAO'),
    taoWeightRaw: big(inputs.TaoWeight_raw, 'TaoWeight_raw'),
    subnetOwnerCut: optBig(inputs, 'SubnetOwnerCut', 11_796n),
    ownerCutEnabled: bool(inputs.OwnerCutEnabled, 'OwnerCutEnabled'),
    rootSellFlag: bool(inputs.root_sell_flag, 'root_sell_flag'),
  });
  check.exact('', expected, {
    price_before_U64F64_bits: r.priceBefore,
    terms: termsFields(r.terms),
    tao_in: r.taoIn,
    alpha_in: r.alphaIn,
    excess_tao: r.excessTao,
    liquidity_ok: r.liquidityOk,
    quote_weight_after: r.quoteWeightAfter,
    injected_tao: r.injectedTao,
    injected_alpha: r.injectedAlpha,
    chain_buy: swapFields(r.chainBuy),
    SubnetProtocolAlpha_delta: r.protocolAlphaDelta,
    pending: pendingFields(r.pending, r.terms.alphaEmission),
    SubnetTAO_after: r.subnetTaoAfter,
    SubnetAlphaIn_after: r.subnetAlphaInAfter,
    SubnetAlphaOut_after: r.subnetAlphaOutAfter,
    price_after_U64F64_bits: r.priceAfter,
  });
}
