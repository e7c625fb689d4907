/**
 * `economics.json` scenarios of the coinbase's TAO and alpha issuance (subtensor's `tao_issuance.rs` and
 * `alpha_issuance.rs` tests), run through the runtime's stateful `runCoinbase` on a mock chain. The inputs
 * describe the subnets: how many (or which netuids), their pool reserves, EMA prices, mechanism, emission
 * switches and the block emission, optionally a sequence of blocks with switch changes. Subnets with EMA
 * prices or `mechanism: 1` are dynamic (stable subnets report an EMA price of 1); a dynamic subnet without
 * reserves is registered like `add_dynamic_network`. Unless the root pool or the TAO weight is stated, the
 * coinbase tests' shared fixture applies (`set_full_injection_root_stake`).
 */
import { I96F32, type NetUid } from '@taonet/primitives';
import {
  DYNAMIC_MECHANISM,
  ROOT_NETUID,
  runCoinbase,
  SubnetAlphaIn,
  SubnetAlphaOutEmission,
  SubnetEmissionEnabled,
  SubnetMechanism,
  SubnetMovingPrice,
  SubnetTAO,
  SubnetTaoInEmission,
  TaoWeight,
  TotalIssuance,
  TotalStake,
} from '@taonet/runtime';
import type { Vector } from '../conformanceSuite.js';
import type { EconomicsHandler } from './economicsHandler.js';
import {
  addDynamicNetwork,
  addNetwork,
  createMockChain,
  type MockChain,
  mockAccount,
  setFullInjectionRootStake,
  subnetId,
} from './mockChain.js';
import type { OutputCheck } from './outputCheck.js';
import { allowedDifference, toleranceOf } from './vectorTolerance.js';
import { arr, big, bool, isIntegerLike, num, type Rec, rec } from './vectorValues.js';

/** A per-subnet input: a list (one per subnet) or one value for every subnet. */
function perSubnet(value: unknown, count: number): unknown[] | undefined {
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value : Array.from({ length: count }, () => value);
}

/** The netuids: `subnets` as a list of netuids or a count (1..n); else the length of any per-subnet list. */
function readNetuids(inputs: Rec): NetUid[] {
  if (Array.isArray(inputs.subnets))
    return inputs.subnets.map((n, i) => subnetId(Number(big(n, `subnets[${i}]`))));
  let count = typeof inputs.subnets === 'number' ? inputs.subnets : 0;
  for (const key of [
    'SubnetTAO',
    'initial_SubnetTAO',
    'SubnetAlphaIn',
    'initial_SubnetAlphaIn',
    'SubnetMovingPrice',
  ]) {
    const value = inputs[key];
    if (Array.isArray(value)) count = Math.max(count, value.length);
  }
  return Array.from({ length: Math.max(count, 1) }, (_, i) => subnetId(i + 1));
}

function setupSubnet(chain: MockChain, inputs: Rec, netuid: NetUid, i: number, count: number): void {
  const { state } = chain;
  const tao = perSubnet(inputs.SubnetTAO ?? inputs.initial_SubnetTAO, count)?.[i];
  const alpha = perSubnet(inputs.SubnetAlphaIn ?? inputs.initial_SubnetAlphaIn, count)?.[i];
  const price = perSubnet(inputs.SubnetMovingPrice, count)?.[i];
  const dynamic = inputs.mechanism === 1 || (inputs.mechanism === undefined && price !== undefined);
  if (dynamic && tao === undefined && alpha === undefined) {
    const registered = addDynamicNetwork(chain, mockAccount(1002 + 10 * i), mockAccount(1001 + 10 * i));
    if (registered !== netuid) throw new Error(`registered netuid ${registered}, expected ${netuid}`);
  } else {
    addNetwork(chain, netuid, 1);
    if (tao !== undefined) SubnetTAO.set(state, [netuid], big(tao, `SubnetTAO[${i}]`));
    if (alpha !== undefined) SubnetAlphaIn.set(state, [netuid], big(alpha, `SubnetAlphaIn[${i}]`));
    if (dynamic) {
      SubnetMechanism.set(state, [netuid], DYNAMIC_MECHANISM);
      chain.swap.maybeInitializePool(chain.ctx(), netuid);
    }
  }
  if (price !== undefined) SubnetMovingPrice.set(state, [netuid], I96F32.fromF64(num(price, `price[${i}]`)));
  if (inputs.SubnetEmissionEnabled !== undefined) {
    SubnetEmissionEnabled.set(state, [netuid], bool(inputs.SubnetEmissionEnabled, 'SubnetEmissionEnabled'));
  }
}

function setupRoot(chain: MockChain, inputs: Rec): void {
  if (inputs.root_SubnetTAO === undefined && inputs.TaoWeight_raw === undefined) {
    setFullInjectionRootStake(chain);
    return;
  }
  if (inputs.root_SubnetTAO !== undefined)
    SubnetTAO.set(chain.state, [ROOT_NETUID], big(inputs.root_SubnetTAO, 'root'));
  if (inputs.TaoWeight_raw !== undefined)
    TaoWeight.set(chain.state, big(inputs.TaoWeight_raw, 'TaoWeight_raw'));
}

interface IssuanceRun {
  readonly netuids: NetUid[];
  readonly chain: MockChain;
  readonly before: { subnetTao: bigint[]; issuance: bigint; stake: bigint };
  readonly taoInPerStep: bigint[][];
  readonly alphaOutPerStep: bigint[][];
}

function runIssuance(inputs: Rec): IssuanceRun {
  const chain = createMockChain();
  const netuids = readNetuids(inputs);
  netuids.forEach((netuid, i) => {
    setupSubnet(chain, inputs, netuid, i, netuids.length);
  });
  setupRoot(chain, inputs);
  const { state } = chain;
  const before = {
    subnetTao: netuids.map((n) => SubnetTAO.get(state, [n])),
    issuance: TotalIssuance.get(state),
    stake: TotalStake.get(state),
  };
  const emission = big(inputs.emission ?? inputs.emission_per_block, 'emission');
  const steps = inputs.sequence === undefined ? [{}] : arr(inputs.sequence, 'sequence');
  const taoInPerStep: bigint[][] = [];
  const alphaOutPerStep: bigint[][] = [];
  steps.forEach((entry, s) => {
    const step = rec(entry, `sequence[${s}]`);
    if (step.enabled !== undefined) {
      arr(step.enabled, 'enabled').forEach((on, i) => {
        const netuid = netuids[i];
        if (netuid !== undefined) SubnetEmissionEnabled.set(state, [netuid], bool(on, 'enabled'));
      });
    }
    runCoinbase(chain.ctx(), chain.modules, { remaining: emission });
    taoInPerStep.push(netuids.map((n) => SubnetTaoInEmission.get(state, [n])));
    alphaOutPerStep.push(netuids.map((n) => SubnetAlphaOutEmission.get(state, [n])));
  });
  return { netuids, chain, before, taoInPerStep, alphaOutPerStep };
}

/** Compare an integer output within the vector's tolerance for `field`. */
export function checkInt(
  check: OutputCheck,
  vector: Vector,
  field: string,
  path: string,
  e: unknown,
  a: bigint,
) {
  if (e === undefined) return;
  if (!isIntegerLike(e)) {
    check.fail(path, `expected ${JSON.stringify(e)} is not an integer`);
    return;
  }
  const expected = big(e, path);
  const tolerance = BigInt(Math.floor(allowedDifference(toleranceOf(vector, field), Number(expected))));
  check.nearInt(path, expected, a, tolerance);
}

function checkList(
  check: OutputCheck,
  vector: Vector,
  field: string,
  expected: unknown,
  actual: bigint[],
): void {
  if (expected === undefined) return;
  const list = perSubnet(expected, actual.length) ?? [];
  actual.forEach((a, i) => {
    checkInt(check, vector, field, `${field}[${i}]`, list[i], a);
  });
}

const coinbaseIssuance: EconomicsHandler = (inputs, expected, check, vector) => {
  const run = runIssuance(inputs);
  const { state } = run.chain;
  const subnetTao = run.netuids.map((n) => SubnetTAO.get(state, [n]));
  const alphaIn = run.netuids.map((n) => SubnetAlphaIn.get(state, [n]));
  const deltaTao = subnetTao.map((v, i) => v - (run.before.subnetTao[i] ?? 0n));
  checkList(check, vector, 'delta_SubnetTAO', expected.delta_SubnetTAO, deltaTao);
  checkList(check, vector, 'SubnetTAO_each', expected.SubnetTAO_each, subnetTao);
  checkList(check, vector, 'SubnetTAO', expected.SubnetTAO, subnetTao);
  checkList(check, vector, 'SubnetAlphaIn_after', expected.SubnetAlphaIn_after, alphaIn);
  const issuance = TotalIssuance.get(state);
  const stake = TotalStake.get(state);
  checkInt(check, vector, 'TotalIssuance', 'TotalIssuance', expected.TotalIssuance, issuance);
  checkInt(check, vector, 'TotalStake', 'TotalStake', expected.TotalStake, stake);
  const deltaIssuance = issuance - run.before.issuance;
  checkInt(
    check,
    vector,
    'delta_TotalIssuance',
    'delta_TotalIssuance',
    expected.delta_TotalIssuance,
    deltaIssuance,
  );
  checkInt(
    check,
    vector,
    'delta_TotalStake',
    'delta_TotalStake',
    expected.delta_TotalStake,
    stake - run.before.stake,
  );
  if (expected.SubnetAlphaIn_after_lt !== undefined) {
    const bound = big(expected.SubnetAlphaIn_after_lt, 'SubnetAlphaIn_after_lt');
    alphaIn.forEach((a, i) => {
      check.isTrue(`SubnetAlphaIn_after_lt[${i}]`, a < bound, `expected < ${bound}, actual ${a}`);
    });
  }
  const lastAlphaOut = run.alphaOutPerStep[run.alphaOutPerStep.length - 1] ?? [];
  if (
    typeof expected.SubnetAlphaOutEmission === 'string' &&
    expected.SubnetAlphaOutEmission.startsWith('> 0')
  ) {
    run.alphaOutPerStep.forEach((row, s) => {
      row.forEach((a, i) => {
        check.isTrue(`SubnetAlphaOutEmission[${s}][${i}]`, a > 0n, `expected > 0, actual ${a}`);
      });
    });
  } else {
    checkList(check, vector, 'SubnetAlphaOutEmission', expected.SubnetAlphaOutEmission, lastAlphaOut);
  }
  if (expected.SubnetTaoInEmission_per_step !== undefined) {
    arr(expected.SubnetTaoInEmission_per_step, 'per_step').forEach((row, s) => {
      checkList(check, vector, 'SubnetTaoInEmission_per_step', row, run.taoInPerStep[s] ?? []);
    });
  }
};

export const COINBASE_SCENARIO_HANDLERS: ReadonlyArray<readonly [string, EconomicsHandler]> = [
  ['test_coinbase_tao_issuance_base', coinbaseIssuance],
  ['test_coinbase_tao_issuance_multiple', coinbaseIssuance],
  ['test_sudo_set_subnet_emission_enabled_multiple_subnets_multiple_toggles', coinbaseIssuance],
  ['test_coinbase_tao_issuance_different_prices', coinbaseIssuance],
  ['test_coinbase_alpha_issuance_base', coinbaseIssuance],
  ['test_coinbase_alpha_issuance_different', coinbaseIssuance],
  ['test_coinbase_alpha_issuance_with_cap_trigger', coinbaseIssuance],
];
