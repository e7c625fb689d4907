/**
 * `economics.json` scenarios of root claims (subtensor's `claim_root.rs` tests), run on a mock chain through
 * the runtime's `distributeEmission` and its `set_root_claim_type` / `claim_root` calls: a dynamic subnet whose
 * owner hotkey validates with alpha stake and root stake from one or more coldkeys; pending root alpha is
 * distributed and the root stakers claim it.
 */
import { type AccountId, I96F32, type NetUid } from '@taonet/primitives';
import {
  createClaimRootCall,
  distributeEmission,
  getClaimableRate,
  getStake,
  increaseStake,
  ROOT_NETUID,
  RootAlphaDividendsPerSubnet,
  RootClaimed,
  type RootClaimType,
  setRootClaimType,
  signed,
  TaoWeight,
} from '@taonet/runtime';
import { checkInt } from './coinbaseScenarioHandlers.js';
import type { EconomicsHandler } from './economicsHandler.js';
import {
  addDynamicNetwork,
  createMockChain,
  type MockChain,
  mockAccount,
  taoWeightRaw,
} from './mockChain.js';
import { allowedDifference, toleranceOf } from './vectorTolerance.js';
import { big, num, optBig, type Rec, rec, str } from './vectorValues.js';

const OWNER_COLDKEY = mockAccount(1001);
const HOTKEY = mockAccount(1002);

interface ClaimSetup {
  readonly chain: MockChain;
  readonly netuid: NetUid;
}

function setupValidator(inputs: Rec, alphaStake: bigint): ClaimSetup {
  const chain = createMockChain();
  const netuid = addDynamicNetwork(chain, HOTKEY, OWNER_COLDKEY);
  const weight = inputs.TaoWeight_raw ?? inputs.TaoWeight;
  const raw =
    weight === undefined
      ? taoWeightRaw(1)
      : typeof weight === 'number'
        ? taoWeightRaw(weight)
        : big(weight, 'w');
  TaoWeight.set(chain.state, raw);
  increaseStake(chain.state, { hotkey: HOTKEY, coldkey: OWNER_COLDKEY, netuid }, alphaStake);
  return { chain, netuid };
}

function stakeOnRoot(setup: ClaimSetup, coldkey: AccountId, amount: bigint): void {
  increaseStake(setup.chain.state, { hotkey: HOTKEY, coldkey, netuid: ROOT_NETUID }, amount);
}

function distributeRoot(setup: ClaimSetup, rootAlpha: bigint): void {
  const pending = { server: 0n, validator: 0n, root: rootAlpha, ownerCut: 0n };
  distributeEmission(setup.chain.ctx(), setup.chain.modules, setup.netuid, pending);
}

function claim(setup: ClaimSetup, coldkey: AccountId, kind: RootClaimType['kind']): void {
  const { chain, netuid } = setup;
  const type: RootClaimType = kind === 'KeepSubnets' ? { kind, subnets: [netuid] } : { kind };
  setRootClaimType.dispatch(chain.ctx(), signed(coldkey), { new_root_claim_type: type });
  createClaimRootCall(chain.modules).dispatch(chain.ctx(), signed(coldkey), { subnets: [netuid] });
}

function claimKind(inputs: Rec): 'Swap' | 'Keep' {
  const kind = str(inputs.claim_type ?? 'Swap', 'claim_type');
  if (kind !== 'Swap' && kind !== 'Keep') throw new Error(`claim_type ${kind}`);
  return kind;
}

const rateOf = (setup: ClaimSetup) => I96F32.toF64(getClaimableRate(setup.chain.state, HOTKEY, setup.netuid));

/**
 * `test_claim_root_with_drain_emissions`: one root staker; two rounds of distribute + claim. Rust-test values
 * are compared within the vector's tolerances, the bit-exact emulation (`emulated_exact`) exactly.
 */
const claimWithDrain: EconomicsHandler = (inputs, expected, check, vector) => {
  const alphaStake = big(inputs.subnet_alpha_stake_of_validator, 'subnet_alpha_stake_of_validator');
  const setup = setupValidator(inputs, alphaStake);
  const { state } = setup.chain;
  const staker = mockAccount(1003);
  stakeOnRoot(setup, staker, big(inputs.root_stake, 'root_stake'));
  const rootAlpha = big(inputs.pending_root_alpha, 'pending_root_alpha');
  distributeRoot(setup, rootAlpha);
  const validatorStake = getStake(state, { hotkey: HOTKEY, coldkey: OWNER_COLDKEY, netuid: setup.netuid });
  const field = 'validator_subnet_stake_after';
  checkInt(check, vector, field, field, expected[field], validatorStake);
  const rate = rateOf(setup);
  const rateTolerance = allowedDifference(toleranceOf(vector, 'RootClaimable_rate'), rate);
  if (expected.RootClaimable_rate !== undefined) {
    check.near('RootClaimable_rate', num(expected.RootClaimable_rate, 'rate'), rate, rateTolerance);
  }
  claim(setup, staker, claimKind(inputs));
  const position = { hotkey: HOTKEY, coldkey: staker, netuid: setup.netuid };
  const claimed = getStake(state, position);
  checkInt(
    check,
    vector,
    'claimed_alpha_stake',
    'claimed_alpha_stake',
    expected.claimed_alpha_stake,
    claimed,
  );
  const recorded = RootClaimed.get(state, [setup.netuid, HOTKEY, staker]);
  check.isTrue('RootClaimed', recorded === claimed, `RootClaimed ${recorded} != claimed stake ${claimed}`);
  checkInt(check, vector, 'claimed_alpha_stake', 'RootClaimed', expected.RootClaimed, recorded);
  const exact = expected.emulated_exact === undefined ? {} : rec(expected.emulated_exact, 'emulated_exact');
  check.exact('emulated_exact.validator_take_alpha', exact.validator_take_alpha, validatorStake - alphaStake);
  const toClaimable = RootAlphaDividendsPerSubnet.get(state, [setup.netuid, HOTKEY]);
  check.exact('emulated_exact.root_alpha_to_claimable', exact.root_alpha_to_claimable, toClaimable);
  if (exact.rate_I96F32 !== undefined)
    check.near('emulated_exact.rate_I96F32', num(exact.rate_I96F32, 'r'), rate, 0);
  check.exact('emulated_exact.claimed_alpha', exact.claimed_alpha, claimed);
  distributeRoot(setup, rootAlpha);
  if (expected.second_round_rate !== undefined) {
    check.near('second_round_rate', num(expected.second_round_rate, 'rate'), rateOf(setup), rateTolerance);
  }
  claim(setup, staker, claimKind(inputs));
  const total = getStake(state, position);
  const totalField = 'second_round_total_stake';
  checkInt(check, vector, 'claimed_alpha_stake', totalField, expected[totalField], total);
};

/** `test_claim_root_adding_stake_proportionally_for_two_stakers` (and other `root_stakes` maps). */
const claimManyStakers: EconomicsHandler = (inputs, expected, check, vector) => {
  const setup = setupValidator(inputs, optBig(inputs, 'subnet_alpha_stake_of_validator', 10_000_000n));
  const stakes = rec(inputs.root_stakes, 'root_stakes');
  // deterministic: the stakers in the vector's order, each a distinct mock coldkey
  const stakers = Object.keys(stakes).map((name, i) => [name, mockAccount(1003 + i)] as const);
  for (const [name, coldkey] of stakers) stakeOnRoot(setup, coldkey, big(stakes[name], name));
  distributeRoot(setup, big(inputs.pending_root_alpha, 'pending_root_alpha'));
  for (const [name, coldkey] of stakers) {
    const field = `${name}_alpha`;
    if (expected[field] === undefined) continue;
    claim(setup, coldkey, claimKind(inputs));
    const stake = getStake(setup.chain.state, { hotkey: HOTKEY, coldkey, netuid: setup.netuid });
    checkInt(check, vector, field, field, expected[field], stake);
  }
};

export const ROOT_CLAIM_SCENARIO_HANDLERS: ReadonlyArray<readonly [string, EconomicsHandler]> = [
  ['test_claim_root_with_drain_emissions', claimWithDrain],
  ['test_claim_root_adding_stake_proportionally_for_two_stakers', claimManyStakers],
];
